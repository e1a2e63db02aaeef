	.amdgcn_target "amdgpu9.42-amd-amdhsa-unknown-gfx942"
	.amdhsa_code_object_version 5
	.text
	.globl	gemm                            ; -- Begin function gemm
	.p2align	8
	.type	gemm,@function
gemm:                                   ; @gemm
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.7:
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 186 0 prologue_end            ; kernels.py:186:0
	s_load_dwordx2 s[2:3], s[0:1], 0x0
	s_load_dwordx8 s[4:11], s[0:1], 0x8
	s_load_dwordx4 s[12:15], s[0:1], 0x28
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.8:
.LBB0_0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
.Ltmp1:
	.loc	1 198 5 is_stmt 1               ; kernels.py:198:5
	v_readfirstlane_b32 s0, v0
	s_lshr_b32 s8, s0, 6
	.loc	1 190 10                        ; kernels.py:190:10
	s_lshl_b32 s0, s16, 5
	.loc	1 191 10                        ; kernels.py:191:10
	s_lshl_b32 s1, s17, 5
	.loc	1 190 23                        ; kernels.py:190:23
	v_and_b32_e32 v26, 31, v0
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_lt_i32 s10, 1
	.loc	1 190 23                        ; kernels.py:190:23
	v_and_b32_e32 v27, 32, v0
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_5
; %bb.1:                                ; %.lr.ph
	.loc	1 190 23                        ; kernels.py:190:23
	v_and_b32_e32 v1, 63, v0
	v_lshl_or_b32 v1, s8, 6, v1
	v_lshrrev_b32_e32 v11, 5, v1
	.loc	1 190 10 is_stmt 0              ; kernels.py:190:10
	v_or_b32_e32 v2, s0, v11
	v_or_b32_e32 v3, 8, v2
	v_or_b32_e32 v5, 16, v2
	v_or_b32_e32 v7, 24, v2
	.loc	1 195 29 is_stmt 1              ; kernels.py:195:29
	v_mul_lo_u32 v2, v2, s11
	v_mul_lo_u32 v4, v3, s11
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	v_ashrrev_i32_e32 v3, 31, v2
	v_lshl_add_u64 v[16:17], v[2:3], 1, s[2:3]
	.loc	1 191 10 is_stmt 1              ; kernels.py:191:10
	v_or_b32_e32 v2, s1, v26
	.loc	1 195 29                        ; kernels.py:195:29
	v_mul_lo_u32 v8, v7, s11
	v_ashrrev_i32_e32 v3, 31, v2
	v_mul_lo_u32 v6, v5, s11
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	v_ashrrev_i32_e32 v5, 31, v4
	v_ashrrev_i32_e32 v9, 31, v8
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	v_lshl_add_u64 v[24:25], v[2:3], 1, s[4:5]
	v_lshlrev_b32_e32 v3, 2, v0
	.loc	1 190 23                        ; kernels.py:190:23
	v_and_b32_e32 v10, 0xe0, v1
	.loc	1 195 21                        ; kernels.py:195:21
	v_lshl_add_u64 v[18:19], v[4:5], 1, s[2:3]
	v_lshl_add_u64 v[22:23], v[8:9], 1, s[2:3]
	v_and_b32_e32 v3, 56, v3
	v_lshrrev_b32_e32 v4, 2, v27
	v_lshlrev_b32_e32 v9, 6, v0
	v_bfe_i32 v0, v0, 4, 1
	v_xor_b32_e32 v4, v3, v4
	v_lshrrev_b32_e32 v10, 2, v10
	v_and_b32_e32 v0, 0x408, v0
	v_lshl_or_b32 v5, v26, 6, v4
	v_and_b32_e32 v9, 0x3c0, v9
	v_xor_b32_e32 v3, v3, v10
	v_xor_b32_e32 v4, v4, v0
	v_xor_b32_e32 v3, v3, v0
	v_or_b32_e32 v0, v4, v9
	v_add_u32_e32 v10, 0, v9
	v_xor_b32_e32 v9, 16, v0
	v_xor_b32_e32 v12, 32, v0
	v_xor_b32_e32 v13, 48, v0
	.loc	1 194 5                         ; kernels.py:194:5
	v_lshlrev_b32_e32 v0, 2, v11
	.loc	1 195 21                        ; kernels.py:195:21
	v_ashrrev_i32_e32 v7, 31, v6
	.loc	1 194 5                         ; kernels.py:194:5
	v_or_b32_e32 v14, 3, v0
	.loc	1 195 21                        ; kernels.py:195:21
	v_lshl_add_u64 v[20:21], v[6:7], 1, s[2:3]
	v_lshlrev_b32_e32 v1, 1, v1
	s_lshl_b32 s2, s8, 3
	.loc	1 194 5                         ; kernels.py:194:5
	v_mul_lo_u32 v28, s12, v14
	v_or_b32_e32 v14, 2, v0
	v_mul_lo_u32 v0, s12, v0
	v_xor_b32_e32 v1, s2, v1
	v_add_u32_e32 v30, s12, v0
	v_mul_lo_u32 v0, s12, v11
	v_xor_b32_e32 v2, 32, v1
	v_xor_b32_e32 v6, 16, v5
	v_xor_b32_e32 v7, 32, v5
	v_xor_b32_e32 v8, 48, v5
	v_lshlrev_b32_e32 v31, 2, v0
	v_mov_b32_e32 v0, 0
	s_mov_b32 s2, 0
	s_lshl_b32 s3, s12, 5
	v_mul_lo_u32 v29, s12, v14
	v_add_u32_e32 v32, 0, v1
	v_add_u32_e32 v33, 0, v2
	v_add_u32_e32 v34, 0, v5
	v_add_u32_e32 v35, 0, v6
	v_add_u32_e32 v36, 0, v7
	v_add_u32_e32 v37, 0, v8
	s_mov_b32 s4, 0x5040100
	v_add_u32_e32 v38, v10, v3
	v_add_u32_e32 v39, v10, v4
	v_add_u32_e32 v40, 0, v9
	v_add_u32_e32 v41, 0, v12
	v_add_u32_e32 v42, 0, v13
	v_mov_b32_e32 v1, v0
	v_mov_b32_e32 v2, v0
	v_mov_b32_e32 v3, v0
	v_mov_b32_e32 v4, v0
	v_mov_b32_e32 v5, v0
	v_mov_b32_e32 v6, v0
	v_mov_b32_e32 v7, v0
	v_mov_b32_e32 v8, v0
	v_mov_b32_e32 v9, v0
	v_mov_b32_e32 v10, v0
	v_mov_b32_e32 v11, v0
	v_mov_b32_e32 v12, v0
	v_mov_b32_e32 v13, v0
	v_mov_b32_e32 v14, v0
	v_mov_b32_e32 v15, v0
	s_mov_b32 s5, 0
.LBB0_2:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_u32_e32 v44, s5, v26
	v_ashrrev_i32_e32 v45, 31, v44
	v_lshlrev_b64 v[44:45], 1, v[44:45]
	v_lshl_add_u64 v[46:47], v[16:17], 0, v[44:45]
	v_lshl_add_u64 v[48:49], v[18:19], 0, v[44:45]
	v_lshl_add_u64 v[50:51], v[20:21], 0, v[44:45]
	v_lshl_add_u64 v[44:45], v[22:23], 0, v[44:45]
	.loc	1 195 13 is_stmt 0              ; kernels.py:195:13
	global_load_ushort v55, v[46:47], off
	global_load_ushort v56, v[48:49], off
	global_load_ushort v57, v[50:51], off
	global_load_ushort v58, v[44:45], off
	.loc	1 196 29 is_stmt 1              ; kernels.py:196:29
	v_add_u32_e32 v44, s2, v31
	v_add_u32_e32 v46, s2, v30
	v_add_u32_e32 v48, s2, v29
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_add_u32_e32 v50, s2, v28
	v_ashrrev_i32_e32 v45, 31, v44
	v_ashrrev_i32_e32 v47, 31, v46
	v_ashrrev_i32_e32 v49, 31, v48
	v_ashrrev_i32_e32 v51, 31, v50
	v_lshl_add_u64 v[44:45], v[44:45], 1, v[24:25]
	v_lshl_add_u64 v[46:47], v[46:47], 1, v[24:25]
	v_lshl_add_u64 v[48:49], v[48:49], 1, v[24:25]
	v_lshl_add_u64 v[50:51], v[50:51], 1, v[24:25]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ushort v43, v[44:45], off
	global_load_ushort v52, v[46:47], off
	global_load_ushort v53, v[48:49], off
	global_load_ushort v54, v[50:51], off
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	s_barrier
	.loc	1 194 5                         ; kernels.py:194:5
	s_add_i32 s5, s5, 32
	s_add_i32 s2, s2, s3
	s_cmp_lt_i32 s5, s10
	.loc	1 195 13                        ; kernels.py:195:13
	s_waitcnt vmcnt(7)
	ds_write_b16 v32, v55
	s_waitcnt vmcnt(5)
	ds_write_b16 v32, v57 offset:1024
	ds_write_b16 v33, v56 offset:512
	s_waitcnt vmcnt(4)
	ds_write_b16 v33, v58 offset:1536
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b64 v[46:47], v34
	ds_read_b64 v[48:49], v35
	ds_read_b64 v[50:51], v36
	ds_read_b64 v[56:57], v37
	.loc	1 196 13                        ; kernels.py:196:13
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(2)
	v_perm_b32 v44, v52, v43, s4
	s_waitcnt vmcnt(0)
	v_perm_b32 v45, v54, v53, s4
	ds_write_b64 v38, v[44:45]
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b64 v[44:45], v39
	ds_read_b64 v[52:53], v40
	ds_read_b64 v[54:55], v41
	ds_read_b64 v[58:59], v42
	.loc	1 197 16                        ; kernels.py:197:16
	s_waitcnt lgkmcnt(3)
	v_mfma_f32_32x32x8_bf16 v[0:15], v[44:45], v[46:47], v[0:15]
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x8_bf16 v[0:15], v[52:53], v[48:49], v[0:15]
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x8_bf16 v[0:15], v[54:55], v[50:51], v[0:15]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x8_bf16 v[0:15], v[58:59], v[56:57], v[0:15]
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_2
; %bb.3:                                ; %._crit_edge
	.loc	1 198 5                         ; kernels.py:198:5
	s_cmp_lg_u32 s8, 0
	s_cbranch_scc0 .LBB0_6
.LBB0_4:                                ; %.critedge28
	.loc	1 186 1                         ; kernels.py:186:1
	s_endpgm
.LBB0_5:
	.loc	1 0 1 is_stmt 0                 ; kernels.py:0:1
	v_mov_b32_e32 v15, 0
	v_mov_b32_e32 v14, v15
	v_mov_b32_e32 v13, v15
	v_mov_b32_e32 v12, v15
	v_mov_b32_e32 v11, v15
	v_mov_b32_e32 v10, v15
	v_mov_b32_e32 v9, v15
	v_mov_b32_e32 v8, v15
	v_mov_b32_e32 v7, v15
	v_mov_b32_e32 v6, v15
	v_mov_b32_e32 v5, v15
	v_mov_b32_e32 v4, v15
	v_mov_b32_e32 v3, v15
	v_mov_b32_e32 v2, v15
	v_mov_b32_e32 v1, v15
	v_mov_b32_e32 v0, v15
	.loc	1 198 5 is_stmt 1               ; kernels.py:198:5
	s_cmp_lg_u32 s8, 0
	s_cbranch_scc1 .LBB0_4
.LBB0_6:                                ; %.critedge
	.loc	1 190 10                        ; kernels.py:190:10
	v_or_b32_e32 v17, s0, v26
	.loc	1 190 23 is_stmt 0              ; kernels.py:190:23
	v_lshrrev_b32_e32 v16, 3, v27
	.loc	1 198 22 is_stmt 1              ; kernels.py:198:22
	v_mul_lo_u32 v18, s13, v17
	.loc	1 191 10                        ; kernels.py:191:10
	v_or_b32_e32 v16, s1, v16
	.loc	1 198 14                        ; kernels.py:198:14
	v_ashrrev_i32_e32 v19, 31, v18
	v_lshl_add_u64 v[18:19], v[18:19], 2, s[6:7]
	v_ashrrev_i32_e32 v17, 31, v16
	v_lshl_add_u64 v[16:17], v[16:17], 2, v[18:19]
	.loc	1 198 5 is_stmt 0               ; kernels.py:198:5
	global_store_dwordx4 v[16:17], v[0:3], off
	global_store_dwordx4 v[16:17], v[4:7], off offset:32
	global_store_dwordx4 v[16:17], v[8:11], off offset:64
	global_store_dwordx4 v[16:17], v[12:15], off offset:96
	.loc	1 186 1 is_stmt 1               ; kernels.py:186:1
	s_endpgm
.Ltmp2:
.Lfunc_end0:
	.size	gemm, .Lfunc_end0-gemm
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel gemm
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 64
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
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 60
		.amdhsa_next_free_sgpr 18
		.amdhsa_accum_offset 60
		.amdhsa_reserve_vcc 0
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
	.set .Lgemm.num_vgpr, 60
	.set .Lgemm.num_agpr, 0
	.set .Lgemm.numbered_sgpr, 18
	.set .Lgemm.num_named_barrier, 0
	.set .Lgemm.private_seg_size, 0
	.set .Lgemm.uses_vcc, 0
	.set .Lgemm.uses_flat_scratch, 0
	.set .Lgemm.has_dyn_sized_stack, 0
	.set .Lgemm.has_recursion, 0
	.set .Lgemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1292
; TotalNumSgprs: 24
; NumVgprs: 60
; NumAgprs: 0
; TotalNumVgprs: 60
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 2
; VGPRBlocks: 7
; NumSGPRsForWavesPerEU: 24
; NumVGPRsForWavesPerEU: 60
; AccumOffset: 60
; Occupancy: 8
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 14
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
      - .offset:         24
        .size:           4
        .value_kind:     by_value
      - .offset:         28
        .size:           4
        .value_kind:     by_value
      - .offset:         32
        .size:           4
        .value_kind:     by_value
      - .offset:         36
        .size:           4
        .value_kind:     by_value
      - .offset:         40
        .size:           4
        .value_kind:     by_value
      - .offset:         44
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         48
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         56
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 64
    .max_flat_workgroup_size: 256
    .name:           gemm
    .private_segment_fixed_size: 0
    .sgpr_count:     24
    .sgpr_spill_count: 0
    .symbol:         gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     60
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

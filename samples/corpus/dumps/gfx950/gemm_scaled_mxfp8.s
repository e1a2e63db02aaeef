	.amdgcn_target "amdgpu9.50-amd-amdhsa-unknown-gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	gemm_scaled                     ; -- Begin function gemm_scaled
	.p2align	8
	.type	gemm_scaled,@function
gemm_scaled:                            ; @gemm_scaled
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.3:
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 204 0 prologue_end            ; kernels.py:204:0
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
.Ltmp1:
	.loc	1 217 5 is_stmt 1               ; kernels.py:217:5
	v_readfirstlane_b32 s1, v0
	s_lshr_b32 s0, s1, 6
	.loc	1 211 25                        ; kernels.py:211:25
	s_and_b32 s12, s1, 0xc0
	s_and_b32 s1, s1, 0x80
	v_and_b32_e32 v1, 63, v0
	.loc	1 211 17 is_stmt 0              ; kernels.py:211:17
	s_add_u32 s2, s2, s1
	.loc	1 211 55                        ; kernels.py:211:55
	v_mov_b32_e32 v2, 0x7f
	.loc	1 211 17                        ; kernels.py:211:17
	s_addc_u32 s3, s3, 0
	.loc	1 211 55                        ; kernels.py:211:55
	v_bitop3_b32 v2, s12, v2, v1 bitop3:0xc8
	.loc	1 211 9                         ; kernels.py:211:9
	global_load_ubyte v18, v2, s[2:3]
	global_load_ubyte v21, v2, s[2:3] offset:2048
	global_load_ubyte v22, v2, s[2:3] offset:256
	global_load_ubyte v23, v2, s[2:3] offset:2304
	global_load_ubyte v24, v2, s[2:3] offset:512
	global_load_ubyte v25, v2, s[2:3] offset:2560
	global_load_ubyte v26, v2, s[2:3] offset:768
	global_load_ubyte v27, v2, s[2:3] offset:2816
	global_load_ubyte v28, v2, s[2:3] offset:1024
	global_load_ubyte v29, v2, s[2:3] offset:3072
	global_load_ubyte v30, v2, s[2:3] offset:1280
	global_load_ubyte v31, v2, s[2:3] offset:3328
	global_load_ubyte v32, v2, s[2:3] offset:1536
	global_load_ubyte v33, v2, s[2:3] offset:3584
	global_load_ubyte v34, v2, s[2:3] offset:1792
	global_load_ubyte v35, v2, s[2:3] offset:3840
	.loc	1 212 25 is_stmt 1              ; kernels.py:212:25
	v_mov_b32_e32 v4, 0xe0
	.loc	1 212 17 is_stmt 0              ; kernels.py:212:17
	v_mov_b32_e32 v17, 0
	.loc	1 212 25                        ; kernels.py:212:25
	v_bitop3_b32 v16, s12, v4, v1 bitop3:0xc8
	v_mov_b32_e32 v6, 0x50
	.loc	1 211 25 is_stmt 1              ; kernels.py:211:25
	v_and_b32_e32 v2, 31, v0
	.loc	1 212 17                        ; kernels.py:212:17
	v_mov_b32_e32 v3, v17
	v_lshl_add_u64 v[4:5], s[6:7], 0, v[16:17]
	v_lshl_add_u64 v[4:5], v[4:5], 0, v[2:3]
	v_bitop3_b32 v6, s12, v6, v1 bitop3:0x36
	.loc	1 214 37                        ; kernels.py:214:37
	v_lshlrev_b32_e32 v16, 2, v2
	.loc	1 212 9                         ; kernels.py:212:9
	global_load_ubyte v38, v[4:5], off
	global_load_ubyte v39, v[4:5], off offset:512
	global_load_ubyte v40, v[4:5], off offset:1024
	global_load_ubyte v41, v[4:5], off offset:1536
	global_load_ubyte v42, v[4:5], off offset:2048
	global_load_ubyte v43, v[4:5], off offset:2560
	global_load_ubyte v44, v[4:5], off offset:3072
	global_load_ubyte v45, v[4:5], off offset:3584
	global_load_ubyte v46, v[4:5], off offset:256
	global_load_ubyte v47, v[4:5], off offset:768
	global_load_ubyte v48, v[4:5], off offset:1280
	global_load_ubyte v49, v[4:5], off offset:1792
	global_load_ubyte v50, v[4:5], off offset:2304
	global_load_ubyte v51, v[4:5], off offset:2816
	global_load_ubyte v52, v[4:5], off offset:3328
	global_load_ubyte v53, v[4:5], off offset:3840
	.loc	1 214 64                        ; kernels.py:214:64
	v_bfe_u32 v4, v0, 5, 1
	.loc	1 214 23 is_stmt 0              ; kernels.py:214:23
	v_mov_b32_e32 v5, v17
	.loc	1 211 9 is_stmt 1               ; kernels.py:211:9
	v_add_u32_e32 v15, 0, v6
	.loc	1 214 23                        ; kernels.py:214:23
	v_lshl_add_u64 v[6:7], s[4:5], 0, v[16:17]
	.loc	1 215 23                        ; kernels.py:215:23
	v_lshl_add_u64 v[8:9], s[8:9], 0, v[16:17]
	.loc	1 214 23                        ; kernels.py:214:23
	v_lshl_add_u64 v[6:7], v[6:7], 0, v[4:5]
	.loc	1 215 23                        ; kernels.py:215:23
	v_lshl_add_u64 v[4:5], v[8:9], 0, v[4:5]
	.loc	1 216 9                         ; kernels.py:216:9
	global_load_ubyte v8, v[6:7], off offset:2
	global_load_ubyte v9, v[6:7], off
	global_load_ubyte v19, v[4:5], off offset:2
	global_load_ubyte v20, v[4:5], off
	.loc	1 211 25                        ; kernels.py:211:25
	v_or_b32_e32 v3, s12, v1
	.loc	1 211 9 is_stmt 0               ; kernels.py:211:9
	v_add_u32_e32 v11, 0, v3
	v_xad_u32 v12, v3, 16, 0
	v_xad_u32 v13, v3, 32, 0
	v_xad_u32 v14, v3, 48, 0
	v_xad_u32 v3, v3, 64, 0
	.loc	1 212 67 is_stmt 1              ; kernels.py:212:67
	v_and_b32_e32 v10, 32, v0
	s_movk_i32 s2, 0x70
	.loc	1 211 9                         ; kernels.py:211:9
	v_lshlrev_b32_e32 v16, 7, v2
	s_movk_i32 s1, 0x60
	.loc	1 217 5                         ; kernels.py:217:5
	s_cmp_lg_u32 s0, 0
	.loc	1 211 9                         ; kernels.py:211:9
	s_waitcnt vmcnt(35)
	ds_write_b8 v11, v18
	s_waitcnt vmcnt(34)
	ds_write_b8 v11, v21 offset:2048
	s_waitcnt vmcnt(33)
	ds_write_b8 v12, v22 offset:256
	s_waitcnt vmcnt(32)
	ds_write_b8 v12, v23 offset:2304
	s_waitcnt vmcnt(31)
	ds_write_b8 v13, v24 offset:512
	s_waitcnt vmcnt(30)
	ds_write_b8 v13, v25 offset:2560
	s_waitcnt vmcnt(29)
	ds_write_b8 v14, v26 offset:768
	s_waitcnt vmcnt(28)
	ds_write_b8 v14, v27 offset:2816
	s_waitcnt vmcnt(27)
	ds_write_b8 v3, v28 offset:1024
	s_waitcnt vmcnt(26)
	ds_write_b8 v3, v29 offset:3072
	s_waitcnt vmcnt(25)
	ds_write_b8 v15, v30 offset:1280
	s_waitcnt vmcnt(24)
	ds_write_b8 v15, v31 offset:3328
	v_mov_b32_e32 v3, 0x60
	v_bitop3_b32 v3, s12, v3, v1 bitop3:0x36
	v_add_u32_e32 v3, 0, v3
	s_waitcnt vmcnt(23)
	ds_write_b8 v3, v32 offset:1536
	s_waitcnt vmcnt(22)
	ds_write_b8 v3, v33 offset:3584
	v_mov_b32_e32 v3, 0x70
	v_bitop3_b32 v1, s12, v3, v1 bitop3:0x36
	v_add_u32_e32 v1, 0, v1
	s_waitcnt vmcnt(21)
	ds_write_b8 v1, v34 offset:1792
	s_waitcnt vmcnt(20)
	ds_write_b8 v1, v35 offset:3840
	v_lshlrev_b32_e32 v1, 3, v0
	v_and_b32_e32 v2, 0x70, v1
	v_lshrrev_b32_e32 v18, 1, v10
	v_bitop3_b32 v3, v1, v18, s2 bitop3:0x6c
	v_bitop3_b32 v2, v2, v16, v18 bitop3:0xde
	v_add_u32_e32 v4, 0, v2
	v_xad_u32 v5, v2, 32, 0
	v_xad_u32 v2, v2, 64, 0
	v_bitop3_b32 v3, v3, s1, v16 bitop3:0x36
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[22:25], v4
	ds_read_b128 v[26:29], v5
	v_add_u32_e32 v3, 0, v3
	ds_read_b128 v[30:33], v2
	ds_read_b128 v[34:37], v3
	.loc	1 212 9                         ; kernels.py:212:9
	v_lshlrev_b32_e32 v2, 4, v0
	v_and_b32_e32 v2, 0x2e0, v2
	v_and_b32_e32 v1, 8, v1
	v_and_b32_e32 v0, 16, v0
	v_or3_b32 v0, v1, v0, v2
	v_add_u32_e32 v1, 0, v0
	v_xad_u32 v0, v0, 16, 0
	.loc	1 216 9                         ; kernels.py:216:9
	s_mov_b32 s1, 0xc0c0004
	.loc	1 212 9                         ; kernels.py:212:9
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(19)
	ds_write_b8 v11, v38
	s_waitcnt vmcnt(18)
	ds_write_b8 v11, v39 offset:512
	s_waitcnt vmcnt(17)
	ds_write_b8 v11, v40 offset:1024
	s_waitcnt vmcnt(16)
	ds_write_b8 v11, v41 offset:1536
	s_waitcnt vmcnt(15)
	ds_write_b8 v11, v42 offset:2048
	s_waitcnt vmcnt(14)
	ds_write_b8 v11, v43 offset:2560
	s_waitcnt vmcnt(13)
	ds_write_b8 v11, v44 offset:3072
	s_waitcnt vmcnt(12)
	ds_write_b8 v11, v45 offset:3584
	s_waitcnt vmcnt(11)
	ds_write_b8 v12, v46 offset:256
	s_waitcnt vmcnt(10)
	ds_write_b8 v12, v47 offset:768
	s_waitcnt vmcnt(9)
	ds_write_b8 v12, v48 offset:1280
	s_waitcnt vmcnt(8)
	ds_write_b8 v12, v49 offset:1792
	s_waitcnt vmcnt(7)
	ds_write_b8 v12, v50 offset:2304
	s_waitcnt vmcnt(6)
	ds_write_b8 v12, v51 offset:2816
	s_waitcnt vmcnt(5)
	ds_write_b8 v12, v52 offset:3328
	s_waitcnt vmcnt(4)
	ds_write_b8 v12, v53 offset:3840
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b64_tr_b8 v[40:41], v0 offset:256
	ds_read_b64_tr_b8 v[44:45], v0 offset:1280
	ds_read_b64_tr_b8 v[38:39], v1
	ds_read_b64_tr_b8 v[42:43], v1 offset:1024
	ds_read_b64_tr_b8 v[46:47], v1 offset:2048
	ds_read_b64_tr_b8 v[50:51], v1 offset:3072
	ds_read_b64_tr_b8 v[48:49], v0 offset:2304
	ds_read_b64_tr_b8 v[52:53], v0 offset:3328
	.loc	1 216 9                         ; kernels.py:216:9
	s_waitcnt vmcnt(2)
	v_perm_b32 v21, v9, v8, s1
	s_waitcnt vmcnt(0)
	v_perm_b32 v19, v20, v19, s1
	s_waitcnt lgkmcnt(4)
	s_nop 0
	v_mfma_scale_f32_32x32x64_f8f6f4 v[0:15], v[38:45], v[22:29], 0, v19, v21 op_sel_hi:[0,0,0]
	s_waitcnt lgkmcnt(0)
	v_mfma_scale_f32_32x32x64_f8f6f4 v[0:15], v[46:53], v[30:37], v[0:15], v19, v21 op_sel:[1,1,0] op_sel_hi:[0,0,0]
	.loc	1 217 5                         ; kernels.py:217:5
	s_cbranch_scc0 .LBB0_2
; %bb.1:                                ; %.critedge28
	.loc	1 204 1                         ; kernels.py:204:1
	s_endpgm
.LBB0_2:                                ; %.critedge
	.loc	1 217 14                        ; kernels.py:217:14
	v_lshl_add_u64 v[20:21], s[10:11], 0, v[16:17]
	v_mov_b32_e32 v19, v17
	v_lshl_add_u64 v[16:17], v[20:21], 0, v[18:19]
	.loc	1 217 5 is_stmt 0               ; kernels.py:217:5
	s_nop 15
	global_store_dwordx4 v[16:17], v[0:3], off
	global_store_dwordx4 v[16:17], v[4:7], off offset:32
	global_store_dwordx4 v[16:17], v[8:11], off offset:64
	global_store_dwordx4 v[16:17], v[12:15], off offset:96
	.loc	1 204 1 is_stmt 1               ; kernels.py:204:1
	s_endpgm
.Ltmp2:
.Lfunc_end0:
	.size	gemm_scaled, .Lfunc_end0-gemm_scaled
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel gemm_scaled
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 56
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
		.amdhsa_next_free_vgpr 54
		.amdhsa_next_free_sgpr 16
		.amdhsa_accum_offset 56
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
	.set .Lgemm_scaled.num_vgpr, 54
	.set .Lgemm_scaled.num_agpr, 0
	.set .Lgemm_scaled.numbered_sgpr, 16
	.set .Lgemm_scaled.num_named_barrier, 0
	.set .Lgemm_scaled.private_seg_size, 0
	.set .Lgemm_scaled.uses_vcc, 0
	.set .Lgemm_scaled.uses_flat_scratch, 0
	.set .Lgemm_scaled.has_dyn_sized_stack, 0
	.set .Lgemm_scaled.has_recursion, 0
	.set .Lgemm_scaled.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1560
; TotalNumSgprs: 22
; NumVgprs: 54
; NumAgprs: 0
; TotalNumVgprs: 54
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 2
; VGPRBlocks: 6
; NumSGPRsForWavesPerEU: 22
; NumVGPRsForWavesPerEU: 54
; AccumOffset: 56
; Occupancy: 8
; WaveLimiterHint : 1
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 13
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
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 56
    .max_flat_workgroup_size: 256
    .name:           gemm_scaled
    .private_segment_fixed_size: 0
    .sgpr_count:     22
    .sgpr_spill_count: 0
    .symbol:         gemm_scaled.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     54
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgpu9.50-amd-amdhsa-unknown-gfx950
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

	.amdgcn_target "amdgpu11.51-amd-amdhsa-unknown-gfx1151"
	.amdhsa_code_object_version 5
	.text
	.globl	scan_rows                       ; -- Begin function scan_rows
	.p2align	8
	.type	scan_rows,@function
scan_rows:                              ; @scan_rows
.Lfunc_begin0:
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 40 0                          ; kernels.py:40:0
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_load_b128 s[4:7], s[0:1], 0x0
.Ltmp0:
	.loc	1 44 5 prologue_end             ; kernels.py:44:5
	v_lshrrev_b32_e32 v1, 5, v0
	.loc	1 41 12                         ; kernels.py:41:12
	v_and_b32_e32 v4, 31, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_readfirstlane_b32 s2, v1
	.loc	1 42 9                          ; kernels.py:42:9
	v_lshlrev_b32_e32 v2, 2, v4
.Ltmp1:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_cmp_gt_u32_e32 vcc_lo, 2, v4
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_3)
.Ltmp2:
	.loc	1 42 9                          ; kernels.py:42:9
	v_lshl_or_b32 v0, s2, 7, v2
.Ltmp3:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_add_nc_u32_e32 v9, -8, v2
	v_add_nc_u32_e32 v11, -16, v2
	v_subrev_nc_u32_e32 v13, 32, v2
	v_cndmask_b32_e32 v9, v9, v2, vcc_lo
	v_sub_nc_u32_e64 v3, v4, 1 clamp
	s_waitcnt lgkmcnt(0)
	s_mov_b64 s[8:9], s[6:7]
.Ltmp4:
	.loc	1 42 9                          ; kernels.py:42:9
	s_and_b32 s5, s5, 0xffff
	s_mov_b32 s7, 0x31027000
	s_mov_b32 s6, 0x7ffffffe
	s_clause 0x1
	buffer_load_b32 v5, v0, s[4:7], 0 offen
	buffer_load_b32 v6, v0, s[4:7], 0 offen offset:512
.Ltmp5:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_cmp_gt_u32_e32 vcc_lo, 4, v4
	v_cmp_eq_u32_e64 s4, 0, v4
	v_cmp_lt_u32_e64 s6, 1, v4
	v_cmp_lt_u32_e64 s5, 3, v4
	v_cmp_lt_u32_e64 s3, 7, v4
	v_cndmask_b32_e32 v11, v11, v2, vcc_lo
	v_cmp_gt_u32_e32 vcc_lo, 8, v4
	v_lshlrev_b32_e32 v3, 2, v3
	v_cmp_eq_u32_e64 s2, 31, v4
	s_waitcnt vmcnt(1)
	ds_bpermute_b32 v7, v3, v5
	s_waitcnt lgkmcnt(0)
	v_cndmask_b32_e64 v7, v7, 0, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v7, v7, v5
	ds_bpermute_b32 v10, v9, v7
	s_waitcnt lgkmcnt(0)
	v_cndmask_b32_e64 v10, 0, v10, s6
	v_add_nc_u32_e32 v7, v7, v10
	ds_bpermute_b32 v10, v11, v7
	s_waitcnt lgkmcnt(0)
	v_cndmask_b32_e64 v14, 0, v10, s5
	v_cndmask_b32_e32 v10, v13, v2, vcc_lo
	s_waitcnt vmcnt(0)
	ds_bpermute_b32 v8, v3, v6
	v_cmp_gt_u32_e32 vcc_lo, 16, v4
	v_add_nc_u32_e32 v13, v7, v14
	v_subrev_nc_u32_e32 v14, 64, v2
	ds_bpermute_b32 v7, v10, v13
	s_waitcnt lgkmcnt(1)
	v_cndmask_b32_e64 v8, v8, 0, s4
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u32_e32 v8, v8, v6
	s_waitcnt lgkmcnt(0)
	v_cndmask_b32_e64 v15, 0, v7, s3
	v_cndmask_b32_e32 v7, v14, v2, vcc_lo
	ds_bpermute_b32 v12, v9, v8
	v_cmp_lt_u32_e32 vcc_lo, 15, v4
	v_lshl_add_u32 v4, v1, 2, 0
	v_add_nc_u32_e32 v13, v13, v15
	ds_bpermute_b32 v14, v7, v13
	s_waitcnt lgkmcnt(1)
	v_cndmask_b32_e64 v12, 0, v12, s6
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v8, v8, v12
	ds_bpermute_b32 v12, v11, v8
	s_waitcnt lgkmcnt(0)
	v_cndmask_b32_e64 v12, 0, v12, s5
	v_add_nc_u32_e32 v8, v8, v12
	ds_bpermute_b32 v12, v10, v8
	s_waitcnt lgkmcnt(0)
	v_cndmask_b32_e64 v2, 0, v12, s3
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u32_e32 v12, v8, v2
	v_cndmask_b32_e32 v8, 0, v14, vcc_lo
	ds_bpermute_b32 v2, v7, v12
	v_add_nc_u32_e32 v8, v13, v8
	s_and_saveexec_b32 s7, s2
; %bb.1:
	ds_store_b32 v4, v8
; %bb.2:
	.loc	2 0 12 is_stmt 0                ; standard.py:0:12
	s_or_b32 exec_lo, exec_lo, s7
	s_load_b64 s[12:13], s[0:1], 0x10
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	s_waitcnt lgkmcnt(0)
	v_cndmask_b32_e32 v13, 0, v2, vcc_lo
.Ltmp6:
	.loc	1 0 0                           ; kernels.py:0
	v_or_b32_e32 v2, 0x200, v0
	s_delay_alu instid0(VALU_DEP_2)
.Ltmp7:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_add_nc_u32_e32 v12, v12, v13
	s_and_saveexec_b32 s0, s2
; %bb.3:
	ds_store_b32 v4, v12 offset:16
.Ltmp8:
; %bb.4:
	.loc	2 0 12                          ; standard.py:0:12
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 44 39 is_stmt 1               ; kernels.py:44:39
	v_cvt_f32_i32_e32 v5, v5
	v_cvt_f32_i32_e32 v6, v6
.Ltmp9:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	s_waitcnt lgkmcnt(0)
	s_barrier
	buffer_gl0_inv
.Ltmp10:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	ds_bpermute_b32 v13, v3, v5
	ds_bpermute_b32 v3, v3, v6
.Ltmp11:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_cmp_lt_u32_e64 s0, 1, v1
	v_cmp_eq_u32_e64 s1, 3, v1
.Ltmp12:
	.loc	1 43 5                          ; kernels.py:43:5
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s11, 0x31027000
	s_mov_b32 s10, 0x7ffffffe
.Ltmp13:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	s_waitcnt lgkmcnt(1)
	v_cndmask_b32_e64 v13, v13, 1.0, s4
	s_waitcnt lgkmcnt(0)
	v_cndmask_b32_e64 v3, v3, 1.0, s4
.Ltmp14:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_cmp_eq_u32_e64 s4, 0, v1
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp15:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	v_mul_f32_e32 v5, v13, v5
	v_mul_f32_e32 v3, v3, v6
	ds_bpermute_b32 v6, v9, v5
	ds_bpermute_b32 v9, v9, v3
.Ltmp16:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	s_waitcnt lgkmcnt(0)
	v_dual_mul_f32 v6, v5, v6 :: v_dual_mul_f32 v9, v3, v9
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp17:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	v_cndmask_b32_e64 v5, v5, v6, s6
	v_cndmask_b32_e64 v6, v3, v9, s6
	ds_bpermute_b32 v9, v11, v5
	ds_bpermute_b32 v11, v11, v6
.Ltmp18:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	s_waitcnt lgkmcnt(1)
	v_mul_f32_e32 v9, v5, v9
	s_waitcnt lgkmcnt(0)
	v_mul_f32_e32 v11, v6, v11
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp19:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	v_cndmask_b32_e64 v5, v5, v9, s5
	v_cndmask_b32_e64 v6, v6, v11, s5
	ds_bpermute_b32 v17, v10, v5
.Ltmp20:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_mov_b32_e32 v3, 0
.Ltmp21:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	ds_bpermute_b32 v18, v10, v6
.Ltmp22:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	ds_load_b128 v[13:16], v3
	ds_load_b96 v[9:11], v3 offset:16
.Ltmp23:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:358:12 @[ kernels.py:43:28 ] ]
	s_waitcnt lgkmcnt(1)
	v_add_nc_u32_e32 v14, v14, v13
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_nc_u32_e32 v15, v14, v15
.Ltmp24:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_cndmask_b32_e64 v13, v13, v14, s0
.Ltmp25:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:358:12 @[ kernels.py:43:28 ] ]
	v_add_nc_u32_e32 v14, v15, v16
.Ltmp26:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	v_dual_mul_f32 v16, v5, v17 :: v_dual_mul_f32 v17, v6, v18
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
.Ltmp27:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_cndmask_b32_e64 v13, v13, v15, s1
.Ltmp28:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:358:12 @[ kernels.py:43:28 ] ]
	s_waitcnt lgkmcnt(0)
	v_add_nc_u32_e32 v9, v14, v9
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_4)
.Ltmp29:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	v_cndmask_b32_e64 v5, v5, v16, s3
	v_cndmask_b32_e64 v1, v6, v17, s3
.Ltmp30:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_cndmask_b32_e64 v6, v13, 0, s4
	v_cndmask_b32_e64 v13, v9, v14, s4
.Ltmp31:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	ds_bpermute_b32 v14, v7, v5
	ds_bpermute_b32 v15, v7, v1
.Ltmp32:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:358:12 @[ kernels.py:43:28 ] ]
	v_add_nc_u32_e32 v7, v9, v10
.Ltmp33:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_add_nc_u32_e32 v6, v6, v8
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v9, v13, v7, s0
.Ltmp34:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:358:12 @[ kernels.py:43:28 ] ]
	v_add_nc_u32_e32 v7, v7, v11
.Ltmp35:
	.loc	1 43 5                          ; kernels.py:43:5
	buffer_store_b32 v6, v0, s[8:11], 0 offen
.Ltmp36:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_cndmask_b32_e64 v7, v9, v7, s1
.Ltmp37:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	s_waitcnt lgkmcnt(1)
	v_dual_mul_f32 v7, v5, v14 :: v_dual_add_nc_u32 v8, v7, v12
	s_waitcnt lgkmcnt(0)
	v_mul_f32_e32 v6, v1, v15
.Ltmp38:
	.loc	1 43 5                          ; kernels.py:43:5
	buffer_store_b32 v8, v2, s[8:11], 0 offen
.Ltmp39:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	s_waitcnt_vscnt null, 0x0
	s_barrier
	buffer_gl0_inv
	s_and_saveexec_b32 s3, s2
; %bb.5:
	ds_store_2addr_b32 v4, v7, v6 offset1:4
; %bb.6:                                ; %.critedge
	.loc	2 0 12 is_stmt 0                ; standard.py:0:12
	s_or_b32 exec_lo, exec_lo, s3
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	s_waitcnt lgkmcnt(0)
	s_barrier
	buffer_gl0_inv
	ds_load_b128 v[8:11], v3
	ds_load_b96 v[12:14], v3 offset:16
	v_cndmask_b32_e32 v5, v5, v7, vcc_lo
	v_cndmask_b32_e32 v1, v1, v6, vcc_lo
.Ltmp40:
	.loc	1 44 5 is_stmt 1                ; kernels.py:44:5
	s_and_b32 s13, s13, 0xffff
	s_mov_b32 s14, s10
	s_mov_b32 s15, s11
.Ltmp41:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	s_waitcnt lgkmcnt(1)
	v_mul_f32_e32 v3, v8, v9
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_f32_e32 v4, v3, v10
	v_mul_f32_e32 v9, v4, v11
	s_waitcnt lgkmcnt(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_mul_f32_e32 v10, v9, v12
.Ltmp42:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	v_cndmask_b32_e64 v3, v8, v3, s0
	v_cndmask_b32_e64 v8, v10, v9, s4
.Ltmp43:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	v_mul_f32_e32 v9, v10, v13
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp44:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	v_cndmask_b32_e64 v3, v3, v4, s1
	v_cndmask_b32_e64 v4, v8, v9, s0
.Ltmp45:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	v_mul_f32_e32 v7, v9, v14
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mul_f32_e32 v3, v5, v3
.Ltmp46:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	v_cndmask_b32_e64 v4, v4, v7, s1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v3, v3, v5, s4
.Ltmp47:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	v_mul_f32_e32 v1, v1, v4
.Ltmp48:
	.loc	1 44 5                          ; kernels.py:44:5
	s_clause 0x1
	buffer_store_b32 v3, v0, s[12:15], 0 offen
	buffer_store_b32 v1, v2, s[12:15], 0 offen
	.loc	1 40 1                          ; kernels.py:40:1
	s_endpgm
.Ltmp49:
.Lfunc_end0:
	.size	scan_rows, .Lfunc_end0-scan_rows
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel scan_rows
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
		.amdhsa_next_free_vgpr 19
		.amdhsa_next_free_sgpr 16
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
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-scan_rows)<<4)&1008)>>4
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
	.set .Lscan_rows.num_vgpr, 19
	.set .Lscan_rows.num_agpr, 0
	.set .Lscan_rows.numbered_sgpr, 16
	.set .Lscan_rows.num_named_barrier, 0
	.set .Lscan_rows.private_seg_size, 0
	.set .Lscan_rows.uses_vcc, 1
	.set .Lscan_rows.uses_flat_scratch, 0
	.set .Lscan_rows.has_dyn_sized_stack, 0
	.set .Lscan_rows.has_recursion, 0
	.set .Lscan_rows.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1164
; TotalNumSgprs: 18
; NumVgprs: 19
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 2
; NumSGPRsForWavesPerEU: 18
; NumVGPRsForWavesPerEU: 19
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
	.quad	.Ltmp1-.Lfunc_begin0
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	.Ltmp10-.Lfunc_begin0
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp12-.Lfunc_begin0
	.quad	.Ltmp14-.Lfunc_begin0
	.quad	.Ltmp15-.Lfunc_begin0
	.quad	.Ltmp20-.Lfunc_begin0
	.quad	.Ltmp21-.Lfunc_begin0
	.quad	.Ltmp22-.Lfunc_begin0
	.quad	.Ltmp26-.Lfunc_begin0
	.quad	.Ltmp27-.Lfunc_begin0
	.quad	.Ltmp29-.Lfunc_begin0
	.quad	.Ltmp30-.Lfunc_begin0
	.quad	.Ltmp31-.Lfunc_begin0
	.quad	.Ltmp32-.Lfunc_begin0
	.quad	.Ltmp35-.Lfunc_begin0
	.quad	.Ltmp36-.Lfunc_begin0
	.quad	.Ltmp37-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges1:
	.quad	.Ltmp23-.Lfunc_begin0
	.quad	.Ltmp24-.Lfunc_begin0
	.quad	.Ltmp25-.Lfunc_begin0
	.quad	.Ltmp26-.Lfunc_begin0
	.quad	.Ltmp28-.Lfunc_begin0
	.quad	.Ltmp29-.Lfunc_begin0
	.quad	.Ltmp32-.Lfunc_begin0
	.quad	.Ltmp33-.Lfunc_begin0
	.quad	.Ltmp34-.Lfunc_begin0
	.quad	.Ltmp35-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges2:
	.quad	.Ltmp10-.Lfunc_begin0
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp13-.Lfunc_begin0
	.quad	.Ltmp14-.Lfunc_begin0
	.quad	.Ltmp15-.Lfunc_begin0
	.quad	.Ltmp20-.Lfunc_begin0
	.quad	.Ltmp21-.Lfunc_begin0
	.quad	.Ltmp22-.Lfunc_begin0
	.quad	.Ltmp26-.Lfunc_begin0
	.quad	.Ltmp27-.Lfunc_begin0
	.quad	.Ltmp29-.Lfunc_begin0
	.quad	.Ltmp30-.Lfunc_begin0
	.quad	.Ltmp31-.Lfunc_begin0
	.quad	.Ltmp32-.Lfunc_begin0
	.quad	.Ltmp37-.Lfunc_begin0
	.quad	.Ltmp38-.Lfunc_begin0
	.quad	.Ltmp39-.Lfunc_begin0
	.quad	.Ltmp40-.Lfunc_begin0
	.quad	.Ltmp41-.Lfunc_begin0
	.quad	.Ltmp48-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges3:
	.quad	.Ltmp16-.Lfunc_begin0
	.quad	.Ltmp17-.Lfunc_begin0
	.quad	.Ltmp18-.Lfunc_begin0
	.quad	.Ltmp19-.Lfunc_begin0
	.quad	.Ltmp26-.Lfunc_begin0
	.quad	.Ltmp27-.Lfunc_begin0
	.quad	.Ltmp37-.Lfunc_begin0
	.quad	.Ltmp38-.Lfunc_begin0
	.quad	.Ltmp41-.Lfunc_begin0
	.quad	.Ltmp42-.Lfunc_begin0
	.quad	.Ltmp43-.Lfunc_begin0
	.quad	.Ltmp44-.Lfunc_begin0
	.quad	.Ltmp45-.Lfunc_begin0
	.quad	.Ltmp46-.Lfunc_begin0
	.quad	.Ltmp47-.Lfunc_begin0
	.quad	.Ltmp48-.Lfunc_begin0
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
    .name:           scan_rows
    .private_segment_fixed_size: 0
    .sgpr_count:     18
    .sgpr_spill_count: 0
    .symbol:         scan_rows.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     19
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

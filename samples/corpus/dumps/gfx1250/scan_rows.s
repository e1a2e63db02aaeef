	.amdgcn_target "amdgpu12.50-amd-amdhsa-unknown-gfx1250"
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
	s_setreg_imm32_b32 hwreg(HW_REG_WAVE_MODE, 25, 1), 1 ;  msbs: dst=0 src0=0 src1=0 src2=0
	s_mov_b64 s[64:65], 0
	v_nop
	global_prefetch_b8 v0, s[64:65] scope:SCOPE_SE
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_setreg_imm32_b32 hwreg(HW_REG_WAVE_SCHED_MODE, 0, 2), 2
.Ltmp0:
	.loc	1 41 12 prologue_end            ; kernels.py:41:12
	s_bfe_u32 s2, ttmp8, 0x50019
	s_mov_b32 s11, 0
	.loc	1 42 9                          ; kernels.py:42:9
	s_mov_b32 s10, 0xffffff
.Ltmp1:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_dual_lshrrev_b32 v6, 5, v0 :: v_dual_bitop2_b32 v1, 31, v0 bitop3:0x40
.Ltmp2:
	.loc	1 41 12                         ; kernels.py:41:12
	s_lshl_b32 s2, s2, 5
	s_clause 0x1
	s_load_b128 s[12:15], s[0:1], 0x0 nv
	s_load_b64 s[16:17], s[0:1], 0x10 nv
	v_and_or_b32 v0, 0x60, s2, v1
.Ltmp3:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_sub_nc_u32_e64 v2, v1, 1 clamp
	v_cmp_eq_u32_e64 s4, 0, v1
	v_cmp_gt_u32_e64 s5, 2, v1
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_dual_lshlrev_b32 v4, 2, v1 :: v_dual_lshlrev_b32 v0, 2, v0
	v_lshlrev_b32_e32 v8, 2, v2
	v_cmp_lt_u32_e64 s3, 1, v1
	v_cmp_gt_u32_e64 s6, 4, v1
	v_cmp_lt_u32_e64 s2, 3, v1
	v_cmp_gt_u32_e64 s7, 8, v1
	s_wait_xcnt 0x0
	v_cmp_lt_u32_e64 s1, 7, v1
	v_cmp_gt_u32_e64 s8, 16, v1
	v_cmp_lt_u32_e32 vcc_lo, 15, v1
	v_cmp_eq_u32_e64 s0, 31, v1
	v_lshl_add_u32 v1, v6, 2, 0
	v_dual_add_nc_u32 v2, -8, v4 :: v_dual_add_nc_u32 v3, -16, v4
	v_subrev_nc_u32_e32 v11, 32, v4
	v_subrev_nc_u32_e32 v12, 64, v4
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_dual_cndmask_b32 v7, v2, v4, s5 :: v_dual_cndmask_b32 v5, v3, v4, s6
	v_dual_cndmask_b32 v3, v11, v4, s7 :: v_dual_cndmask_b32 v2, v12, v4, s8
.Ltmp4:
	.loc	1 42 9                          ; kernels.py:42:9
	s_wait_kmcnt 0x0
	s_or_b64 s[8:9], s[12:13], 0xfc00000000000000
	s_wait_alu depctr_va_vdst(14)
	s_clause 0x1
	buffer_load_b32 v9, v0, s[8:11], null offen
	buffer_load_b32 v10, v0, s[8:11], null offen offset:512
.Ltmp5:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	s_wait_loadcnt 0x1
	s_wait_alu depctr_va_vdst(0)
	ds_bpermute_b32 v4, v8, v9
	s_wait_loadcnt 0x0
	ds_bpermute_b32 v11, v8, v10
	s_wait_dscnt 0x1
	v_cndmask_b32_e64 v4, v4, 0, s4
	s_wait_dscnt 0x0
	v_cndmask_b32_e64 v11, v11, 0, s4
	s_delay_alu instid0(VALU_DEP_1)
	v_dual_add_nc_u32 v4, v4, v9 :: v_dual_add_nc_u32 v11, v11, v10
	s_wait_alu depctr_va_vdst(0)
	ds_bpermute_b32 v12, v7, v4
	ds_bpermute_b32 v13, v7, v11
	s_wait_dscnt 0x0
	v_dual_cndmask_b32 v12, 0, v12, s3 :: v_dual_cndmask_b32 v13, 0, v13, s3
	s_wait_alu depctr_vm_vsrc(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_dual_add_nc_u32 v4, v4, v12 :: v_dual_add_nc_u32 v11, v11, v13
	s_wait_alu depctr_va_vdst(0)
	ds_bpermute_b32 v12, v5, v4
	ds_bpermute_b32 v13, v5, v11
	s_wait_dscnt 0x0
	v_dual_cndmask_b32 v12, 0, v12, s2 :: v_dual_cndmask_b32 v13, 0, v13, s2
	s_wait_alu depctr_vm_vsrc(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_dual_add_nc_u32 v4, v4, v12 :: v_dual_add_nc_u32 v11, v11, v13
	s_wait_alu depctr_va_vdst(0)
	ds_bpermute_b32 v12, v3, v4
	ds_bpermute_b32 v13, v3, v11
	s_wait_dscnt 0x0
	v_dual_cndmask_b32 v12, 0, v12, s1 :: v_dual_cndmask_b32 v13, 0, v13, s1
	s_wait_alu depctr_vm_vsrc(1)
	s_delay_alu instid0(VALU_DEP_1)
	v_dual_add_nc_u32 v4, v4, v12 :: v_dual_add_nc_u32 v12, v11, v13
	s_wait_alu depctr_va_vdst(0) depctr_vm_vsrc(0)
	ds_bpermute_b32 v11, v2, v4
	ds_bpermute_b32 v13, v2, v12
	s_wait_dscnt 0x1
	v_cndmask_b32_e32 v11, 0, v11, vcc_lo
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u32_e32 v11, v4, v11
	s_and_saveexec_b32 s5, s0
	s_cbranch_execz .LBB0_2
; %bb.1:
	s_wait_alu depctr_va_vdst(0)
	ds_store_b32 v1, v11
.Ltmp6:
.LBB0_2:
	.loc	2 0 12 is_stmt 0                ; standard.py:0:12
	s_or_b32 exec_lo, exec_lo, s5
	s_wait_alu depctr_vm_vsrc(1)
	v_or_b32_e32 v4, 0x200, v0
.Ltmp7:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	s_wait_dscnt 0x0
	v_cndmask_b32_e32 v13, 0, v13, vcc_lo
	s_wait_alu depctr_vm_vsrc(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u32_e32 v12, v12, v13
	s_and_saveexec_b32 s5, s0
	s_cbranch_execz .LBB0_4
; %bb.3:
	s_wait_alu depctr_va_vdst(0)
	ds_store_b32 v1, v12 offset:16
.LBB0_4:
	.loc	2 0 12                          ; standard.py:0:12
	s_or_b32 exec_lo, exec_lo, s5
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	s_wait_dscnt 0x0
	s_barrier_signal -1
.Ltmp8:
	.loc	1 44 39 is_stmt 1               ; kernels.py:44:39
	v_cvt_f32_i32_e32 v13, v9
	v_cvt_f32_i32_e32 v10, v10
.Ltmp9:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_cmp_eq_u32_e64 s6, 0, v6
	v_mov_b32_e32 v9, 0
	v_cmp_lt_u32_e64 s7, 1, v6
	v_cmp_eq_u32_e64 s5, 3, v6
.Ltmp10:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	s_wait_alu depctr_va_vdst(0)
	ds_bpermute_b32 v6, v8, v13
	s_wait_alu depctr_vm_vsrc(0)
	ds_bpermute_b32 v8, v8, v10
.Ltmp11:
	.loc	1 43 5                          ; kernels.py:43:5
	s_or_b64 s[8:9], s[14:15], 0xfc00000000000000
.Ltmp12:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	s_wait_dscnt 0x1
	v_cndmask_b32_e64 v6, v6, 1.0, s4
	s_wait_dscnt 0x0
	v_cndmask_b32_e64 v8, v8, 1.0, s4
	s_wait_alu depctr_vm_vsrc(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_dual_mul_f32 v6, v6, v13 :: v_dual_mul_f32 v8, v8, v10
.Ltmp13:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	s_barrier_wait -1
	ds_load_b128 v[14:17], v9
	ds_load_b96 v[18:20], v9 offset:16
.Ltmp14:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	s_wait_alu depctr_va_vdst(0)
	ds_bpermute_b32 v10, v7, v6
	s_wait_alu depctr_vm_vsrc(0)
	ds_bpermute_b32 v7, v7, v8
.Ltmp15:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:358:12 @[ kernels.py:43:28 ] ]
	s_wait_dscnt 0x3
	v_add_nc_u32_e32 v13, v15, v14
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
.Ltmp16:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_dual_cndmask_b32 v14, v14, v13, s7 :: v_dual_add_nc_u32 v13, v13, v16
.Ltmp17:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	s_wait_dscnt 0x0
	v_dual_mul_f32 v10, v6, v10 :: v_dual_mul_f32 v7, v8, v7
.Ltmp18:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_cndmask_b32_e64 v14, v14, v13, s5
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
.Ltmp19:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:358:12 @[ kernels.py:43:28 ] ]
	v_dual_add_nc_u32 v13, v13, v17 :: v_dual_cndmask_b32 v6, v6, v10, s3
.Ltmp20:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	s_wait_alu depctr_vm_vsrc(0)
	v_cndmask_b32_e64 v7, v8, v7, s3
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp21:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_cndmask_b32_e64 v8, v14, 0, s6
.Ltmp22:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:358:12 @[ kernels.py:43:28 ] ]
	v_dual_add_nc_u32 v10, v13, v18 :: v_dual_add_nc_u32 v8, v8, v11
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp23:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_dual_cndmask_b32 v11, v10, v13, s6 :: v_dual_add_nc_u32 v10, v10, v19
	v_dual_cndmask_b32 v11, v11, v10, s7 :: v_dual_add_nc_u32 v10, v10, v20
.Ltmp24:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	s_wait_alu depctr_va_vdst(1)
	ds_bpermute_b32 v13, v5, v6
	s_wait_alu depctr_vm_vsrc(0)
	ds_bpermute_b32 v5, v5, v7
.Ltmp25:
	.loc	2 358 12                        ; standard.py:358:12 @[ kernels.py:43:28 ]
	v_cndmask_b32_e64 v10, v11, v10, s5
.Ltmp26:
	.loc	1 43 5                          ; kernels.py:43:5
	buffer_store_b32 v8, v0, s[8:11], null offen
.Ltmp27:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:358:12 @[ kernels.py:43:28 ] ]
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_add_nc_u32_e32 v8, v10, v12
.Ltmp28:
	.loc	1 43 5                          ; kernels.py:43:5
	s_wait_alu depctr_va_vdst(0)
	buffer_store_b32 v8, v4, s[8:11], null offen
.Ltmp29:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	s_wait_dscnt 0x1
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_mul_f32_e32 v8, v6, v13
.Ltmp30:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp31:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	v_dual_mul_f32 v5, v7, v5 :: v_dual_cndmask_b32 v6, v6, v8, s2
.Ltmp32:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	v_cndmask_b32_e64 v7, v7, v5, s2
	s_wait_alu depctr_va_vdst(0)
	ds_bpermute_b32 v5, v3, v6
	s_wait_alu depctr_vm_vsrc(0)
	ds_bpermute_b32 v3, v3, v7
.Ltmp33:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	s_wait_dscnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_mul_f32 v5, v6, v5 :: v_dual_mul_f32 v3, v7, v3
.Ltmp34:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	s_barrier_wait -1
	s_delay_alu instid0(VALU_DEP_1)
	v_dual_cndmask_b32 v5, v6, v5, s1 :: v_dual_cndmask_b32 v3, v7, v3, s1
	s_wait_alu depctr_va_vdst(0)
	ds_bpermute_b32 v6, v2, v5
	ds_bpermute_b32 v7, v2, v3
.Ltmp35:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	s_wait_dscnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_mul_f32 v2, v5, v6 :: v_dual_mul_f32 v6, v3, v7
.Ltmp36:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_6
; %bb.5:
	s_wait_alu depctr_va_vdst(0)
	ds_store_2addr_b32 v1, v2, v6 offset1:4
.LBB0_6:                                ; %.critedge
	.loc	2 0 12 is_stmt 0                ; standard.py:0:12
	s_or_b32 exec_lo, exec_lo, s1
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_wait_alu depctr_vm_vsrc(0)
	v_cndmask_b32_e32 v1, v5, v2, vcc_lo
	v_cndmask_b32_e32 v2, v3, v6, vcc_lo
.Ltmp37:
	.loc	1 44 5 is_stmt 1                ; kernels.py:44:5
	s_or_b64 s[8:9], s[16:17], 0xfc00000000000000
.Ltmp38:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	s_barrier_wait -1
	ds_load_b128 v[10:13], v9
	ds_load_b96 v[14:16], v9 offset:16
.Ltmp39:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	s_wait_dscnt 0x1
	v_mul_f32_e32 v3, v10, v11
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp40:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	v_dual_cndmask_b32 v5, v10, v3, s7 :: v_dual_mul_f32 v3, v3, v12
	v_dual_cndmask_b32 v5, v5, v3, s5 :: v_dual_mul_f32 v3, v3, v13
.Ltmp41:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	s_wait_dscnt 0x0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_mul_f32 v5, v1, v5 :: v_dual_mul_f32 v6, v3, v14
.Ltmp42:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	v_dual_cndmask_b32 v1, v5, v1, s6 :: v_dual_cndmask_b32 v3, v6, v3, s6
.Ltmp43:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	v_mul_f32_e32 v5, v6, v15
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp44:
	.loc	2 375 12                        ; standard.py:375:12 @[ kernels.py:44:28 ]
	v_dual_cndmask_b32 v3, v3, v5, s7 :: v_dual_mul_f32 v5, v5, v16
	v_cndmask_b32_e64 v3, v3, v5, s5
.Ltmp45:
	.loc	1 44 5                          ; kernels.py:44:5
	s_wait_alu depctr_va_vdst(3)
	buffer_store_b32 v1, v0, s[8:11], null offen
.Ltmp46:
	.loc	2 366 12                        ; standard.py:366:12 @[ standard.py:375:12 @[ kernels.py:44:28 ] ]
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_mul_f32_e32 v1, v2, v3
.Ltmp47:
	.loc	1 44 5                          ; kernels.py:44:5
	s_wait_alu depctr_va_vdst(0)
	buffer_store_b32 v1, v4, s[8:11], null offen
	.loc	1 40 1                          ; kernels.py:40:1
	s_endpgm
.Ltmp48:
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
		.amdhsa_user_sgpr_kernarg_preload_length 0
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_wavefront_size32 1
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 1
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 21
		.amdhsa_next_free_sgpr 66
		.amdhsa_named_barrier_count 0
		.amdhsa_reserve_vcc 1
		.amdhsa_reserve_xnack_mask 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-scan_rows)<<4)&4080)>>4
		.amdhsa_round_robin_scheduling 0
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
	.set .Lscan_rows.num_vgpr, 21
	.set .Lscan_rows.num_agpr, 0
	.set .Lscan_rows.numbered_sgpr, 66
	.set .Lscan_rows.num_named_barrier, 0
	.set .Lscan_rows.private_seg_size, 0
	.set .Lscan_rows.uses_vcc, 1
	.set .Lscan_rows.uses_flat_scratch, 0
	.set .Lscan_rows.has_dyn_sized_stack, 0
	.set .Lscan_rows.has_recursion, 0
	.set .Lscan_rows.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1400
; TotalNumSgprs: 68
; NumVgprs: 21
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 1
; NumSGPRsForWavesPerEU: 68
; NumVGPRsForWavesPerEU: 21
; NamedBarCnt: 0
; Occupancy: 16
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 2
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 1
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
	.quad	.Ltmp13-.Lfunc_begin0
	.quad	.Ltmp14-.Lfunc_begin0
	.quad	.Ltmp15-.Lfunc_begin0
	.quad	.Ltmp17-.Lfunc_begin0
	.quad	.Ltmp18-.Lfunc_begin0
	.quad	.Ltmp20-.Lfunc_begin0
	.quad	.Ltmp21-.Lfunc_begin0
	.quad	.Ltmp24-.Lfunc_begin0
	.quad	.Ltmp25-.Lfunc_begin0
	.quad	.Ltmp26-.Lfunc_begin0
	.quad	.Ltmp27-.Lfunc_begin0
	.quad	.Ltmp28-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges1:
	.quad	.Ltmp15-.Lfunc_begin0
	.quad	.Ltmp16-.Lfunc_begin0
	.quad	.Ltmp19-.Lfunc_begin0
	.quad	.Ltmp20-.Lfunc_begin0
	.quad	.Ltmp22-.Lfunc_begin0
	.quad	.Ltmp23-.Lfunc_begin0
	.quad	.Ltmp27-.Lfunc_begin0
	.quad	.Ltmp28-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges2:
	.quad	.Ltmp10-.Lfunc_begin0
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp12-.Lfunc_begin0
	.quad	.Ltmp13-.Lfunc_begin0
	.quad	.Ltmp14-.Lfunc_begin0
	.quad	.Ltmp15-.Lfunc_begin0
	.quad	.Ltmp17-.Lfunc_begin0
	.quad	.Ltmp18-.Lfunc_begin0
	.quad	.Ltmp20-.Lfunc_begin0
	.quad	.Ltmp21-.Lfunc_begin0
	.quad	.Ltmp24-.Lfunc_begin0
	.quad	.Ltmp25-.Lfunc_begin0
	.quad	.Ltmp29-.Lfunc_begin0
	.quad	.Ltmp37-.Lfunc_begin0
	.quad	.Ltmp38-.Lfunc_begin0
	.quad	.Ltmp45-.Lfunc_begin0
	.quad	.Ltmp46-.Lfunc_begin0
	.quad	.Ltmp47-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges3:
	.quad	.Ltmp17-.Lfunc_begin0
	.quad	.Ltmp18-.Lfunc_begin0
	.quad	.Ltmp29-.Lfunc_begin0
	.quad	.Ltmp30-.Lfunc_begin0
	.quad	.Ltmp31-.Lfunc_begin0
	.quad	.Ltmp32-.Lfunc_begin0
	.quad	.Ltmp33-.Lfunc_begin0
	.quad	.Ltmp34-.Lfunc_begin0
	.quad	.Ltmp35-.Lfunc_begin0
	.quad	.Ltmp36-.Lfunc_begin0
	.quad	.Ltmp39-.Lfunc_begin0
	.quad	.Ltmp40-.Lfunc_begin0
	.quad	.Ltmp41-.Lfunc_begin0
	.quad	.Ltmp42-.Lfunc_begin0
	.quad	.Ltmp43-.Lfunc_begin0
	.quad	.Ltmp44-.Lfunc_begin0
	.quad	.Ltmp46-.Lfunc_begin0
	.quad	.Ltmp47-.Lfunc_begin0
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
    .sgpr_count:     68
    .sgpr_spill_count: 0
    .symbol:         scan_rows.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     21
    .vgpr_spill_count: 0
    .wavefront_size: 32
amdhsa.target:   amdgpu12.50-amd-amdhsa-unknown-gfx1250
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

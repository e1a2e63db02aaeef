	.amdgcn_target "amdgpu12.50-amd-amdhsa-unknown-gfx1250"
	.amdhsa_code_object_version 5
	.text
	.globl	softmax_fp16                    ; -- Begin function softmax_fp16
	.p2align	8
	.type	softmax_fp16,@function
softmax_fp16:                           ; @softmax_fp16
.Lfunc_begin0:
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 175 0                         ; kernels.py:175:0
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
	.file	2 "<triton>/language" "standard.py"
	.loc	2 314 12 prologue_end           ; standard.py:314:12 @[ kernels.py:180:43 ]
	s_bfe_u32 s2, ttmp8, 0x50019
	s_mov_b32 s7, 0
	s_mov_b32 s6, 0xffffff
.Ltmp1:
	.loc	1 177 12                        ; kernels.py:177:12
	v_and_b32_e32 v1, 31, v0
.Ltmp2:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:179:20 ]
	v_lshlrev_b32_e32 v0, 2, v0
	s_lshl_b32 s3, s2, 2
.Ltmp3:
	.loc	1 177 12                        ; kernels.py:177:12
	s_lshl_b32 s2, s2, 5
.Ltmp4:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:179:20 ]
	s_and_b32 s3, s3, 12
.Ltmp5:
	.loc	1 177 12                        ; kernels.py:177:12
	v_and_or_b32 v1, 0x60, s2, v1
.Ltmp6:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:179:20 ]
	v_dual_mov_b32 v6, s3 :: v_dual_bitop2_b32 v0, 12, v0 bitop3:0x40
.Ltmp7:
	.loc	2 314 12                        ; standard.py:314:12 @[ kernels.py:180:43 ]
	s_clause 0x1
	s_load_b32 s3, s[0:1], 0x10 nv
	s_load_b128 s[8:11], s[0:1], 0x0 nv
.Ltmp8:
	.loc	1 178 9                         ; kernels.py:178:9
	v_lshlrev_b32_e32 v2, 1, v1
	.loc	1 177 12                        ; kernels.py:177:12
	v_or_b32_e32 v3, 0x80, v1
	v_or_b32_e32 v4, 0x100, v1
	v_or_b32_e32 v5, 0x180, v1
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp9:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:179:20 ]
	v_dual_add_nc_u32 v7, 0, v0 :: v_dual_lshlrev_b32 v0, 1, v3
.Ltmp10:
	.loc	1 178 9                         ; kernels.py:178:9
	v_dual_lshlrev_b32 v8, 1, v4 :: v_dual_lshlrev_b32 v9, 1, v5
	.loc	1 178 46 is_stmt 0              ; kernels.py:178:46
	s_wait_kmcnt 0x0
	v_cmp_gt_i32_e32 vcc_lo, s3, v1
	v_cmp_gt_i32_e64 s0, s3, v3
	v_cmp_gt_i32_e64 s1, s3, v4
	v_cmp_gt_i32_e64 s2, s3, v5
	.loc	1 178 9                         ; kernels.py:178:9
	v_cndmask_b32_e32 v10, 0x80000000, v2, vcc_lo
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_cndmask_b32_e64 v11, 0x80000000, v0, s0
	v_cndmask_b32_e64 v8, 0x80000000, v8, s1
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(SALU_CYCLE_1)
	v_cndmask_b32_e64 v9, 0x80000000, v9, s2
	.loc	1 178 25                        ; kernels.py:178:25
	s_mul_i32 s4, s3, ttmp9
	.loc	1 178 17                        ; kernels.py:178:17
	s_ashr_i32 s5, s4, 31
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_lshl_b64 s[12:13], s[4:5], 1
	s_add_nc_u64 s[4:5], s[8:9], s[12:13]
	.loc	1 180 14 is_stmt 1              ; kernels.py:180:14
	s_add_nc_u64 s[8:9], s[10:11], s[12:13]
	.loc	1 178 9                         ; kernels.py:178:9
	s_or_b32 s5, s5, 0xfc000000
	s_wait_alu depctr_va_vdst(3)
	buffer_load_u16 v12, v10, s[4:7], null offen
	s_wait_alu depctr_va_vdst(2)
	buffer_load_u16 v13, v11, s[4:7], null offen
	s_wait_alu depctr_va_vdst(1)
	buffer_load_u16 v14, v8, s[4:7], null offen
	s_wait_alu depctr_va_vdst(0)
	buffer_load_u16 v15, v9, s[4:7], null offen
	.loc	1 180 5                         ; kernels.py:180:5
	s_wait_xcnt 0x0
	s_or_b64 s[4:5], s[8:9], 0xfc00000000000000
	.loc	1 178 9                         ; kernels.py:178:9
	s_wait_loadcnt 0x3
	v_cvt_f32_f16_e32 v0, v12.l
	s_wait_loadcnt 0x2
	v_cvt_f32_f16_e32 v1, v13.l
	s_wait_loadcnt 0x1
	v_cvt_f32_f16_e32 v2, v14.l
	s_wait_loadcnt 0x0
	v_cvt_f32_f16_e32 v3, v15.l
	v_cndmask_b32_e32 v0, 0xff800000, v0, vcc_lo
	v_cndmask_b32_e64 v1, 0xff800000, v1, s0
	v_cndmask_b32_e64 v2, 0xff800000, v2, s1
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v3, 0xff800000, v3, s2
.Ltmp11:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:179:20 ] ]
	v_max_num_f32_e32 v4, v0, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_max3_num_f32 v4, v4, v2, v3
.Ltmp12:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:179:20 ]
	v_mov_b32_dpp v5, v4 row_shr:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp13:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:179:20 ] ]
	v_max_num_f32_e32 v5, v5, v5
	v_max_num_f32_e32 v4, v4, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp14:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:179:20 ]
	v_mov_b32_dpp v5, v4 row_shr:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp15:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:179:20 ] ]
	v_max_num_f32_e32 v5, v5, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_max_num_f32_e32 v4, v4, v5
.Ltmp16:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:179:20 ]
	v_mov_b32_dpp v5, v4 row_shr:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp17:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:179:20 ] ]
	v_max_num_f32_e32 v5, v5, v5
	v_max_num_f32_e32 v4, v4, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp18:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:179:20 ]
	v_mov_b32_dpp v5, v4 row_shr:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp19:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:179:20 ] ]
	v_max_num_f32_e32 v5, v5, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_max_num_f32_e32 v4, v4, v5
.Ltmp20:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:179:20 ]
	v_permlanex16_b32 v5, v4, -1, -1 op_sel:[1,0]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp21:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:179:20 ] ]
	v_max_num_f32_e32 v5, v5, v5
	v_max_num_f32_e32 v4, v4, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp22:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:179:20 ]
	v_readlane_b32 s0, v4, 31
	v_mov_b32_e32 v4, s0
	s_wait_alu depctr_va_vdst(0)
	ds_store_b32 v6, v4
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	ds_load_b32 v16, v7
	s_wait_dscnt 0x0
	v_mov_b32_dpp v4, v16 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp23:
	.loc	2 314 12                        ; standard.py:314:12 @[ kernels.py:180:43 ]
	s_barrier_signal -1
.Ltmp24:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:179:20 ] ]
	v_max_num_f32_e32 v5, v16, v16
	s_wait_alu depctr_vm_vsrc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_max_num_f32_e32 v4, v4, v4
	v_max_num_f32_e32 v4, v5, v4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp25:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:179:20 ]
	v_mov_b32_dpp v5, v4 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp26:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:179:20 ] ]
	v_max_num_f32_e32 v5, v5, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_max_num_f32_e32 v4, v4, v5
.Ltmp27:
	.loc	1 179 16                        ; kernels.py:179:16
	v_pk_add_f32 v[0:1], v[0:1], v[4:5] op_sel_hi:[1,0] neg_lo:[0,1] neg_hi:[0,1]
	v_pk_add_f32 v[2:3], v[2:3], v[4:5] op_sel_hi:[1,0] neg_lo:[0,1] neg_hi:[0,1]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 179 9 is_stmt 0               ; kernels.py:179:9
	v_pk_mul_f32 v[0:1], 0x3fb8aa3b, v[0:1] op_sel_hi:[0,1]
	v_pk_mul_f32 v[2:3], 0x3fb8aa3b, v[2:3] op_sel_hi:[0,1]
.Ltmp28:
	.loc	2 314 12 is_stmt 1              ; standard.py:314:12 @[ kernels.py:180:43 ]
	s_barrier_wait -1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp29:
	.loc	1 179 9                         ; kernels.py:179:9
	v_cmp_gt_f32_e32 vcc_lo, 0xc2fc0000, v1
	v_cmp_gt_f32_e64 s0, 0xc2fc0000, v0
	s_delay_alu instid0(VALU_DEP_3)
	v_cmp_gt_f32_e64 s1, 0xc2fc0000, v3
	v_cmp_gt_f32_e64 s2, 0xc2fc0000, v2
	v_cndmask_b32_e64 v4, 0, 0x42800000, vcc_lo
	v_cndmask_b32_e64 v5, 0, 0xffffffc0, vcc_lo
	v_cndmask_b32_e64 v12, 0, 0x42800000, s0
	v_cndmask_b32_e64 v13, 0, 0xffffffc0, s0
	v_cndmask_b32_e64 v14, 0, 0x42800000, s1
	v_add_f32_e32 v1, v1, v4
	v_cndmask_b32_e64 v4, 0, 0xffffffc0, s1
	v_add_f32_e32 v0, v0, v12
	v_cndmask_b32_e64 v12, 0, 0x42800000, s2
	v_add_f32_e32 v3, v3, v14
	v_exp_f32_e32 v1, v1
	v_cndmask_b32_e64 v14, 0, 0xffffffc0, s2
	v_exp_f32_e32 v0, v0
	v_add_f32_e32 v2, v2, v12
	v_exp_f32_e32 v3, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(TRANS32_DEP_3)
	v_exp_f32_e32 v2, v2
	v_ldexp_f32 v1, v1, v5
	v_ldexp_f32 v0, v0, v13
	s_delay_alu instid0(TRANS32_DEP_2) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	v_ldexp_f32 v3, v3, v4
	v_ldexp_f32 v2, v2, v14
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp30:
	.loc	2 314 12                        ; standard.py:314:12 @[ kernels.py:180:43 ]
	v_pk_add_f32 v[4:5], v[0:1], v[2:3]
.Ltmp31:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:314:12 @[ kernels.py:180:43 ] ]
	v_add_f32_e32 v4, v4, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_f32_dpp v4, v4, v4 row_shr:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_add_f32_dpp v4, v4, v4 row_shr:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_f32_dpp v4, v4, v4 row_shr:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_add_f32_dpp v4, v4, v4 row_shr:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp32:
	.loc	2 314 12                        ; standard.py:314:12 @[ kernels.py:180:43 ]
	v_permlanex16_b32 v5, v4, -1, -1 op_sel:[1,0]
.Ltmp33:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:314:12 @[ kernels.py:180:43 ] ]
	v_add_f32_e32 v4, v4, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp34:
	.loc	2 314 12                        ; standard.py:314:12 @[ kernels.py:180:43 ]
	v_readlane_b32 s0, v4, 31
	v_mov_b32_e32 v4, s0
	s_wait_alu depctr_va_vdst(0)
	ds_store_b32 v6, v4
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	ds_load_b32 v6, v7
.Ltmp35:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:314:12 @[ kernels.py:180:43 ] ]
	s_wait_dscnt 0x0
	v_add_f32_dpp v4, v6, v6 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_wait_alu depctr_vm_vsrc(1)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_f32_dpp v4, v4, v4 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp36:
	.loc	1 180 39                        ; kernels.py:180:39
	v_div_scale_f32 v5, null, v4, v4, v0
	v_div_scale_f32 v6, null, v4, v4, v1
	s_wait_alu depctr_vm_vsrc(0)
	v_div_scale_f32 v7, null, v4, v4, v2
	v_div_scale_f32 v12, null, v4, v4, v3
	v_div_scale_f32 v13, vcc_lo, v0, v4, v0
	v_rcp_f32_e32 v14, v5
	v_div_scale_f32 v15, s0, v1, v4, v1
	v_rcp_f32_e32 v16, v6
	v_div_scale_f32 v17, s1, v2, v4, v2
	v_rcp_f32_e32 v18, v7
	v_div_scale_f32 v19, s2, v3, v4, v3
	v_rcp_f32_e32 v20, v12
	v_fma_f32 v21, -v5, v14, 1.0
	s_delay_alu instid0(TRANS32_DEP_3) | instskip(NEXT) | instid1(TRANS32_DEP_2)
	v_fma_f32 v22, -v6, v16, 1.0
	v_fma_f32 v23, -v7, v18, 1.0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	v_fmac_f32_e32 v14, v21, v14
	v_fma_f32 v21, -v12, v20, 1.0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_dual_fmac_f32 v16, v22, v16 :: v_dual_fmac_f32 v18, v23, v18
	v_mul_f32_e32 v22, v13, v14
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_fmac_f32_e32 v20, v21, v20
	v_dual_mul_f32 v21, v15, v16 :: v_dual_mul_f32 v23, v17, v18
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_dual_fma_f32 v24, -v5, v22, v13 :: v_dual_mul_f32 v25, v19, v20
	v_dual_fma_f32 v26, -v6, v21, v15 :: v_dual_fma_f32 v27, -v7, v23, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_fmac_f32_e32 v22, v24, v14
	v_dual_fma_f32 v24, -v12, v25, v19 :: v_dual_fmac_f32 v21, v26, v16
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_fmac_f32_e32 v23, v27, v18
	v_fma_f32 v5, -v5, v22, v13
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_dual_fmac_f32 v25, v24, v20 :: v_dual_fma_f32 v6, -v6, v21, v15
	v_fma_f32 v7, -v7, v23, v17
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_div_fmas_f32 v5, v5, v14, v22
	s_mov_b32 vcc_lo, s0
	v_fma_f32 v12, -v12, v25, v19
	v_div_fmas_f32 v6, v6, v16, v21
	s_mov_b32 vcc_lo, s1
	v_div_fixup_f32 v0, v5, v4, v0
	v_div_fmas_f32 v5, v7, v18, v23
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_div_fixup_f32 v1, v6, v4, v1
	s_mov_b32 vcc_lo, s2
	v_div_fmas_f32 v6, v12, v20, v25
	v_div_fixup_f32 v2, v5, v4, v2
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 180 38 is_stmt 0              ; kernels.py:180:38
	v_cvt_pk_f16_f32 v0, v0, v1
	.loc	1 180 39                        ; kernels.py:180:39
	v_div_fixup_f32 v1, v6, v4, v3
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 180 5                         ; kernels.py:180:5
	v_lshrrev_b32_e32 v3, 16, v0
	.loc	1 180 38                        ; kernels.py:180:38
	v_cvt_pk_f16_f32 v1, v2, v1
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 180 5                         ; kernels.py:180:5
	v_lshrrev_b32_e32 v2, 16, v1
	s_wait_alu depctr_va_vdst(0)
	s_clause 0x3
	buffer_store_b16 v0, v10, s[4:7], null offen
	buffer_store_b16 v3, v11, s[4:7], null offen
	buffer_store_b16 v1, v8, s[4:7], null offen
	buffer_store_b16 v2, v9, s[4:7], null offen
	.loc	1 175 1 is_stmt 1               ; kernels.py:175:1
	s_endpgm
.Ltmp37:
.Lfunc_end0:
	.size	softmax_fp16, .Lfunc_end0-softmax_fp16
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel softmax_fp16
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
		.amdhsa_next_free_vgpr 28
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
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-softmax_fp16)<<4)&4080)>>4
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
	.set .Lsoftmax_fp16.num_vgpr, 28
	.set .Lsoftmax_fp16.num_agpr, 0
	.set .Lsoftmax_fp16.numbered_sgpr, 66
	.set .Lsoftmax_fp16.num_named_barrier, 0
	.set .Lsoftmax_fp16.private_seg_size, 0
	.set .Lsoftmax_fp16.uses_vcc, 1
	.set .Lsoftmax_fp16.uses_flat_scratch, 0
	.set .Lsoftmax_fp16.has_dyn_sized_stack, 0
	.set .Lsoftmax_fp16.has_recursion, 0
	.set .Lsoftmax_fp16.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1544
; TotalNumSgprs: 68
; NumVgprs: 28
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 1
; NumSGPRsForWavesPerEU: 68
; NumVGPRsForWavesPerEU: 28
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
	.byte	6                               ; Abbreviation Code
	.byte	29                              ; DW_TAG_inlined_subroutine
	.byte	0                               ; DW_CHILDREN_no
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
	.byte	0                               ; EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 ; Length of Unit
.Ldebug_info_start0:
	.short	4                               ; DWARF version number
	.long	.debug_abbrev                   ; Offset Into Abbrev. Section
	.byte	8                               ; Address Size (in bytes)
	.byte	1                               ; Abbrev [1] 0xb:0x6b DW_TAG_compile_unit
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
	.byte	3                               ; Abbrev [3] 0x30:0x45 DW_TAG_subprogram
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.long	42                              ; DW_AT_abstract_origin
	.byte	4                               ; Abbrev [4] 0x41:0x1a DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges0                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	180                             ; DW_AT_call_line
	.byte	43                              ; DW_AT_call_column
	.byte	5                               ; Abbrev [5] 0x4d:0xd DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges1                 ; DW_AT_ranges
	.byte	2                               ; DW_AT_call_file
	.short	314                             ; DW_AT_call_line
	.byte	12                              ; DW_AT_call_column
	.byte	0                               ; End Of Children Mark
	.byte	4                               ; Abbrev [4] 0x5b:0x19 DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges2                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	179                             ; DW_AT_call_line
	.byte	20                              ; DW_AT_call_column
	.byte	6                               ; Abbrev [6] 0x67:0xc DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges3                 ; DW_AT_ranges
	.byte	2                               ; DW_AT_call_file
	.byte	216                             ; DW_AT_call_line
	.byte	16                              ; DW_AT_call_column
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_ranges,"",@progbits
.Ldebug_ranges0:
	.quad	.Ltmp0-.Lfunc_begin0
	.quad	.Ltmp1-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	.Ltmp23-.Lfunc_begin0
	.quad	.Ltmp24-.Lfunc_begin0
	.quad	.Ltmp28-.Lfunc_begin0
	.quad	.Ltmp29-.Lfunc_begin0
	.quad	.Ltmp30-.Lfunc_begin0
	.quad	.Ltmp36-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges1:
	.quad	.Ltmp31-.Lfunc_begin0
	.quad	.Ltmp32-.Lfunc_begin0
	.quad	.Ltmp33-.Lfunc_begin0
	.quad	.Ltmp34-.Lfunc_begin0
	.quad	.Ltmp35-.Lfunc_begin0
	.quad	.Ltmp36-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges2:
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	.Ltmp10-.Lfunc_begin0
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp23-.Lfunc_begin0
	.quad	.Ltmp24-.Lfunc_begin0
	.quad	.Ltmp27-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges3:
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp12-.Lfunc_begin0
	.quad	.Ltmp13-.Lfunc_begin0
	.quad	.Ltmp14-.Lfunc_begin0
	.quad	.Ltmp15-.Lfunc_begin0
	.quad	.Ltmp16-.Lfunc_begin0
	.quad	.Ltmp17-.Lfunc_begin0
	.quad	.Ltmp18-.Lfunc_begin0
	.quad	.Ltmp19-.Lfunc_begin0
	.quad	.Ltmp20-.Lfunc_begin0
	.quad	.Ltmp21-.Lfunc_begin0
	.quad	.Ltmp22-.Lfunc_begin0
	.quad	.Ltmp24-.Lfunc_begin0
	.quad	.Ltmp25-.Lfunc_begin0
	.quad	.Ltmp26-.Lfunc_begin0
	.quad	.Ltmp27-.Lfunc_begin0
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
	.asciz	"softmax_fp16"                  ; string offset=44 ; softmax_fp16
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
    .name:           softmax_fp16
    .private_segment_fixed_size: 0
    .sgpr_count:     68
    .sgpr_spill_count: 0
    .symbol:         softmax_fp16.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     28
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

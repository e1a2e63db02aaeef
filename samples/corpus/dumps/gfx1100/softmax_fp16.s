	.amdgcn_target "amdgpu11.00-amd-amdhsa-unknown-gfx1100"
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
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_clause 0x1
	s_load_b32 s2, s[0:1], 0x10
	s_load_b128 s[8:11], s[0:1], 0x0
.Ltmp0:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 314 12 prologue_end           ; standard.py:314:12 @[ kernels.py:180:43 ]
	v_readfirstlane_b32 s3, v0
.Ltmp1:
	.loc	1 178 9                         ; kernels.py:178:9
	s_mov_b32 s7, 0x31027000
	s_mov_b32 s6, 0x7ffffffe
	.loc	1 180 5                         ; kernels.py:180:5
	s_and_b32 s3, s3, 0x60
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 177 12                        ; kernels.py:177:12
	v_and_or_b32 v1, v0, 31, s3
.Ltmp2:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:179:20 ]
	v_lshlrev_b32_e32 v0, 2, v0
.Ltmp3:
	.loc	1 177 12                        ; kernels.py:177:12
	v_or_b32_e32 v2, 0x80, v1
	.loc	1 178 9                         ; kernels.py:178:9
	v_lshlrev_b32_e32 v3, 1, v1
	.loc	1 177 12                        ; kernels.py:177:12
	v_or_b32_e32 v4, 0x100, v1
	v_or_b32_e32 v5, 0x180, v1
.Ltmp4:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:179:20 ]
	v_and_b32_e32 v0, 12, v0
.Ltmp5:
	.loc	1 178 46                        ; kernels.py:178:46
	s_waitcnt lgkmcnt(0)
	v_cmp_gt_i32_e32 vcc_lo, s2, v1
	.loc	1 178 25 is_stmt 0              ; kernels.py:178:25
	s_mul_i32 s0, s2, s15
	.loc	1 178 9                         ; kernels.py:178:9
	v_lshlrev_b32_e32 v6, 1, v4
	.loc	1 178 17                        ; kernels.py:178:17
	s_ashr_i32 s1, s0, 31
	.loc	1 178 9                         ; kernels.py:178:9
	v_lshlrev_b32_e32 v7, 1, v5
	v_cndmask_b32_e32 v1, 0x80000000, v3, vcc_lo
	v_lshlrev_b32_e32 v3, 1, v2
	.loc	1 178 17                        ; kernels.py:178:17
	s_lshl_b64 s[12:13], s[0:1], 1
	.loc	1 178 46                        ; kernels.py:178:46
	v_cmp_gt_i32_e64 s0, s2, v2
	v_cmp_gt_i32_e64 s1, s2, v4
	v_cmp_gt_i32_e64 s2, s2, v5
	.loc	1 178 17                        ; kernels.py:178:17
	s_add_u32 s4, s8, s12
	s_addc_u32 s5, s9, s13
	.loc	1 178 9                         ; kernels.py:178:9
	v_cndmask_b32_e64 v2, 0x80000000, v3, s0
	v_cndmask_b32_e64 v3, 0x80000000, v6, s1
	s_and_b32 s5, s5, 0xffff
	v_cndmask_b32_e64 v4, 0x80000000, v7, s2
	s_clause 0x3
	buffer_load_u16 v5, v1, s[4:7], 0 offen
	buffer_load_u16 v6, v2, s[4:7], 0 offen
	buffer_load_u16 v7, v3, s[4:7], 0 offen
	buffer_load_u16 v8, v4, s[4:7], 0 offen
.Ltmp6:
	.loc	2 216 16 is_stmt 1              ; standard.py:216:16 @[ kernels.py:179:20 ]
	v_add_nc_u32_e32 v0, 0, v0
.Ltmp7:
	.loc	1 178 9                         ; kernels.py:178:9
	s_waitcnt vmcnt(3)
	v_cvt_f32_f16_e32 v5, v5.l
	s_waitcnt vmcnt(2)
	v_cvt_f32_f16_e32 v6, v6.l
	s_waitcnt vmcnt(1)
	v_cvt_f32_f16_e32 v7, v7.l
	s_waitcnt vmcnt(0)
	v_cvt_f32_f16_e32 v8, v8.l
	v_cndmask_b32_e32 v5, 0xff800000, v5, vcc_lo
	v_cndmask_b32_e64 v6, 0xff800000, v6, s0
	v_cndmask_b32_e64 v7, 0xff800000, v7, s1
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v8, 0xff800000, v8, s2
.Ltmp8:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:179:20 ]
	s_lshr_b32 s1, s3, 3
.Ltmp9:
	.loc	1 180 14                        ; kernels.py:180:14
	s_add_u32 s4, s10, s12
.Ltmp10:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:179:20 ] ]
	v_max_f32_e32 v9, v5, v6
	v_max3_f32 v9, v9, v7, v8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp11:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:179:20 ]
	v_mov_b32_dpp v10, v9 row_shr:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp12:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:179:20 ] ]
	v_max_f32_e32 v10, v10, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_max_f32_e32 v9, v9, v10
.Ltmp13:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:179:20 ]
	v_mov_b32_dpp v10, v9 row_shr:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp14:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:179:20 ] ]
	v_max_f32_e32 v10, v10, v10
	v_max_f32_e32 v9, v9, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp15:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:179:20 ]
	v_mov_b32_dpp v10, v9 row_shr:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp16:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:179:20 ] ]
	v_max_f32_e32 v10, v10, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_max_f32_e32 v9, v9, v10
.Ltmp17:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:179:20 ]
	v_mov_b32_dpp v10, v9 row_shr:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp18:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:179:20 ] ]
	v_max_f32_e32 v10, v10, v10
	v_max_f32_e32 v9, v9, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp19:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:179:20 ]
	v_permlanex16_b32 v10, v9, -1, -1 op_sel:[1,0]
.Ltmp20:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:179:20 ] ]
	v_max_f32_e32 v10, v10, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_max_f32_e32 v9, v9, v10
.Ltmp21:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:179:20 ]
	v_readlane_b32 s0, v9, 31
	s_delay_alu instid0(VALU_DEP_1)
	v_dual_mov_b32 v9, s1 :: v_dual_mov_b32 v10, s0
	ds_store_b32 v9, v10
	s_waitcnt lgkmcnt(0)
	s_barrier
	buffer_gl0_inv
	ds_load_b32 v10, v0
	s_waitcnt lgkmcnt(0)
	v_mov_b32_dpp v11, v10 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp22:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:179:20 ] ]
	v_max_f32_e32 v10, v10, v10
.Ltmp23:
	.loc	2 314 12                        ; standard.py:314:12 @[ kernels.py:180:43 ]
	s_barrier
	buffer_gl0_inv
.Ltmp24:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:179:20 ] ]
	v_max_f32_e32 v11, v11, v11
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_max_f32_e32 v10, v10, v11
.Ltmp25:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:179:20 ]
	v_mov_b32_dpp v11, v10 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp26:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:179:20 ] ]
	v_max_f32_e32 v11, v11, v11
	v_max_f32_e32 v10, v10, v11
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
.Ltmp27:
	.loc	1 179 16                        ; kernels.py:179:16
	v_sub_f32_e32 v7, v7, v10
	v_sub_f32_e32 v8, v8, v10
	v_sub_f32_e32 v5, v5, v10
	.loc	1 179 9 is_stmt 0               ; kernels.py:179:9
	v_dual_mul_f32 v7, 0x3fb8aa3b, v7 :: v_dual_mul_f32 v8, 0x3fb8aa3b, v8
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mul_f32_e32 v5, 0x3fb8aa3b, v5
	v_cmp_gt_f32_e64 s1, 0xc2fc0000, v7
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cmp_gt_f32_e64 s2, 0xc2fc0000, v8
	v_cmp_gt_f32_e32 vcc_lo, 0xc2fc0000, v5
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	v_cndmask_b32_e64 v12, 0, 0x42800000, s1
	.loc	1 179 16                        ; kernels.py:179:16
	v_sub_f32_e32 v6, v6, v10
	.loc	1 179 9                         ; kernels.py:179:9
	v_cndmask_b32_e64 v10, 0, 0x42800000, vcc_lo
	v_cndmask_b32_e64 v13, 0, 0x42800000, s2
	v_add_f32_e32 v7, v7, v12
	v_cndmask_b32_e64 v12, 0, 0xffffffc0, s1
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_dual_add_f32 v5, v5, v10 :: v_dual_add_f32 v8, v8, v13
	v_cndmask_b32_e64 v13, 0, 0xffffffc0, s2
	v_exp_f32_e32 v7, v7
	v_cndmask_b32_e64 v10, 0, 0xffffffc0, vcc_lo
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(TRANS32_DEP_3)
	v_exp_f32_e32 v5, v5
	v_exp_f32_e32 v8, v8
	v_ldexp_f32 v7, v7, v12
	s_waitcnt_depctr depctr_va_vdst(0)
	v_ldexp_f32 v5, v5, v10
	v_ldexp_f32 v8, v8, v13
	v_mul_f32_e32 v6, 0x3fb8aa3b, v6
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cmp_gt_f32_e64 s0, 0xc2fc0000, v6
	v_cndmask_b32_e64 v11, 0, 0x42800000, s0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_f32_e32 v6, v6, v11
	v_cndmask_b32_e64 v11, 0, 0xffffffc0, s0
	v_exp_f32_e32 v6, v6
	s_waitcnt_depctr depctr_va_vdst(0)
	v_ldexp_f32 v6, v6, v11
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp28:
	.loc	2 287 12 is_stmt 1              ; standard.py:287:12 @[ standard.py:314:12 @[ kernels.py:180:43 ] ]
	v_dual_add_f32 v11, v7, v8 :: v_dual_add_f32 v10, v5, v6
	v_add_f32_e32 v10, v10, v11
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_f32_dpp v10, v10, v10 row_shr:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_add_f32_dpp v10, v10, v10 row_shr:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_f32_dpp v10, v10, v10 row_shr:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_add_f32_dpp v10, v10, v10 row_shr:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp29:
	.loc	2 314 12                        ; standard.py:314:12 @[ kernels.py:180:43 ]
	v_permlanex16_b32 v11, v10, -1, -1 op_sel:[1,0]
.Ltmp30:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:314:12 @[ kernels.py:180:43 ] ]
	v_add_f32_e32 v10, v10, v11
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp31:
	.loc	2 314 12                        ; standard.py:314:12 @[ kernels.py:180:43 ]
	v_readlane_b32 s0, v10, 31
	v_mov_b32_e32 v10, s0
	ds_store_b32 v9, v10
	s_waitcnt lgkmcnt(0)
	s_barrier
	buffer_gl0_inv
	ds_load_b32 v0, v0
.Ltmp32:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:314:12 @[ kernels.py:180:43 ] ]
	s_waitcnt lgkmcnt(0)
	v_add_f32_dpp v0, v0, v0 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_f32_dpp v0, v0, v0 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp33:
	.loc	1 180 39                        ; kernels.py:180:39
	v_div_scale_f32 v10, null, v0, v0, v6
	v_div_scale_f32 v9, null, v0, v0, v5
	v_div_scale_f32 v11, null, v0, v0, v7
	v_div_scale_f32 v12, null, v0, v0, v8
	v_div_scale_f32 v18, s0, v6, v0, v6
	v_rcp_f32_e32 v14, v10
	v_rcp_f32_e32 v13, v9
	v_rcp_f32_e32 v15, v11
	v_rcp_f32_e32 v16, v12
	v_div_scale_f32 v17, vcc_lo, v5, v0, v5
	v_div_scale_f32 v19, s1, v7, v0, v7
	v_div_scale_f32 v24, s2, v8, v0, v8
	v_fma_f32 v21, -v10, v14, 1.0
	s_delay_alu instid0(TRANS32_DEP_3) | instskip(NEXT) | instid1(TRANS32_DEP_2)
	v_fma_f32 v20, -v9, v13, 1.0
	v_fma_f32 v22, -v11, v15, 1.0
	s_delay_alu instid0(TRANS32_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_fma_f32 v23, -v12, v16, 1.0
	v_dual_fmac_f32 v14, v21, v14 :: v_dual_fmac_f32 v13, v20, v13
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_fmac_f32_e32 v15, v22, v15
	v_dual_mul_f32 v21, v18, v14 :: v_dual_mul_f32 v20, v17, v13
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mul_f32_e32 v22, v19, v15
	v_fma_f32 v26, -v10, v21, v18
	v_fmac_f32_e32 v16, v23, v16
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_fma_f32 v25, -v9, v20, v17
	v_fma_f32 v27, -v11, v22, v19
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_fmac_f32_e32 v21, v26, v14
	v_dual_mul_f32 v23, v24, v16 :: v_dual_fmac_f32 v20, v25, v13
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_fmac_f32_e32 v22, v27, v15
	v_fma_f32 v10, -v10, v21, v18
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_fma_f32 v28, -v12, v23, v24
	v_fma_f32 v9, -v9, v20, v17
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_fma_f32 v11, -v11, v22, v19
	v_fmac_f32_e32 v23, v28, v16
	s_delay_alu instid0(VALU_DEP_3)
	v_div_fmas_f32 v9, v9, v13, v20
	s_mov_b32 vcc_lo, s0
	.loc	1 180 14 is_stmt 0              ; kernels.py:180:14
	s_addc_u32 s0, s11, s13
	.loc	1 180 39                        ; kernels.py:180:39
	v_div_fmas_f32 v10, v10, v14, v21
	v_fma_f32 v12, -v12, v23, v24
	s_mov_b32 vcc_lo, s1
	v_div_fixup_f32 v5, v9, v0, v5
	v_div_fmas_f32 v11, v11, v15, v22
	s_mov_b32 vcc_lo, s2
	v_div_fixup_f32 v6, v10, v0, v6
	v_div_fmas_f32 v12, v12, v16, v23
	.loc	1 180 38                        ; kernels.py:180:38
	v_cvt_f16_f32_e32 v5.l, v5
	.loc	1 180 39                        ; kernels.py:180:39
	v_div_fixup_f32 v7, v11, v0, v7
	.loc	1 180 5                         ; kernels.py:180:5
	s_and_b32 s5, s0, 0xffff
	.loc	1 180 38                        ; kernels.py:180:38
	v_cvt_f16_f32_e32 v6.l, v6
	.loc	1 180 39                        ; kernels.py:180:39
	v_div_fixup_f32 v0, v12, v0, v8
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 180 38                        ; kernels.py:180:38
	v_cvt_f16_f32_e32 v7.l, v7
	v_cvt_f16_f32_e32 v0.l, v0
	.loc	1 180 5                         ; kernels.py:180:5
	s_clause 0x3
	buffer_store_b16 v5, v1, s[4:7], 0 offen
	buffer_store_b16 v6, v2, s[4:7], 0 offen
	buffer_store_b16 v7, v3, s[4:7], 0 offen
	buffer_store_b16 v0, v4, s[4:7], 0 offen
	.loc	1 175 1 is_stmt 1               ; kernels.py:175:1
	s_endpgm
.Ltmp34:
.Lfunc_end0:
	.size	softmax_fp16, .Lfunc_end0-softmax_fp16
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel softmax_fp16
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 40
		.amdhsa_user_sgpr_count 15
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
		.amdhsa_next_free_vgpr 29
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
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-softmax_fp16)<<4)&1008)>>4
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
	.set .Lsoftmax_fp16.num_vgpr, 29
	.set .Lsoftmax_fp16.num_agpr, 0
	.set .Lsoftmax_fp16.numbered_sgpr, 16
	.set .Lsoftmax_fp16.num_named_barrier, 0
	.set .Lsoftmax_fp16.private_seg_size, 0
	.set .Lsoftmax_fp16.uses_vcc, 1
	.set .Lsoftmax_fp16.uses_flat_scratch, 0
	.set .Lsoftmax_fp16.has_dyn_sized_stack, 0
	.set .Lsoftmax_fp16.has_recursion, 0
	.set .Lsoftmax_fp16.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1420
; TotalNumSgprs: 18
; NumVgprs: 29
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 3
; NumSGPRsForWavesPerEU: 18
; NumVGPRsForWavesPerEU: 29
; Occupancy: 16
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 15
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
	.quad	.Ltmp23-.Lfunc_begin0
	.quad	.Ltmp24-.Lfunc_begin0
	.quad	.Ltmp28-.Lfunc_begin0
	.quad	.Ltmp33-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges1:
	.quad	.Ltmp28-.Lfunc_begin0
	.quad	.Ltmp29-.Lfunc_begin0
	.quad	.Ltmp30-.Lfunc_begin0
	.quad	.Ltmp31-.Lfunc_begin0
	.quad	.Ltmp32-.Lfunc_begin0
	.quad	.Ltmp33-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges2:
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	.Ltmp10-.Lfunc_begin0
	.quad	.Ltmp23-.Lfunc_begin0
	.quad	.Ltmp24-.Lfunc_begin0
	.quad	.Ltmp27-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges3:
	.quad	.Ltmp10-.Lfunc_begin0
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
	.quad	.Ltmp23-.Lfunc_begin0
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
    .sgpr_count:     18
    .sgpr_spill_count: 0
    .symbol:         softmax_fp16.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     29
    .vgpr_spill_count: 0
    .wavefront_size: 32
    .workgroup_processor_mode: 1
amdhsa.target:   amdgpu11.00-amd-amdhsa-unknown-gfx1100
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

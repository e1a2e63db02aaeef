	.amdgcn_target "amdgpu12.50-amd-amdhsa-unknown-gfx1250"
	.amdhsa_code_object_version 5
	.text
	.globl	sort_histogram                  ; -- Begin function sort_histogram
	.p2align	8
	.type	sort_histogram,@function
sort_histogram:                         ; @sort_histogram
.Lfunc_begin0:
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 68 0                          ; kernels.py:68:0
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
	.loc	1 72 42 prologue_end            ; kernels.py:72:42
	v_mov_b32_e32 v10, 0
	.loc	1 72 5 is_stmt 0                ; kernels.py:72:5
	s_bfe_u32 s40, ttmp8, 0x50019
	s_mov_b32 s39, 0
.Ltmp1:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 383 10 is_stmt 1              ; standard.py:383:10 @[ standard.py:420:16 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_and_b32_e32 v1, 1, v0
.Ltmp2:
	.loc	1 69 12                         ; kernels.py:69:12
	v_and_b32_e32 v2, 31, v0
.Ltmp3:
	.loc	2 383 10                        ; standard.py:383:10 @[ standard.py:420:16 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_and_b32_e32 v3, 4, v0
	v_and_b32_e32 v4, 8, v0
	v_and_b32_e32 v5, 16, v0
.Ltmp4:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_sub_co_u32 v6, s33, v1, 1
.Ltmp5:
	.loc	2 383 10                        ; standard.py:383:10 @[ standard.py:420:16 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_and_b32_e32 v7, 2, v0
	v_bfe_u32 v8, v0, 1, 1
	v_bfe_u32 v9, v0, 2, 1
	v_bfe_u32 v11, v0, 3, 1
	v_bfe_u32 v12, v0, 4, 1
.Ltmp6:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_lshlrev_b32_e32 v13, 7, v1
.Ltmp7:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e64 s10, v8, v1
	v_cmp_ne_u32_e64 s11, v9, v8
	v_cmp_ne_u32_e64 s12, v9, v1
	v_cmp_ne_u32_e64 s13, v11, v9
	v_cmp_ne_u32_e64 s14, v11, v8
	v_cmp_ne_u32_e64 s15, v11, v1
	v_cmp_ne_u32_e64 s16, v12, v11
	v_cmp_ne_u32_e64 s17, v12, v9
	v_cmp_ne_u32_e64 s18, v12, v8
	v_cmp_ne_u32_e64 s19, v12, v1
.Ltmp8:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_lshlrev_b32_e32 v14, 5, v7
	v_dual_lshlrev_b32 v15, 3, v3 :: v_dual_lshlrev_b32 v16, 1, v4
	v_dual_lshrrev_b32 v17, 1, v5 :: v_dual_bitop2_b32 v0, 15, v0 bitop3:0x40
	v_bfrev_b32_e32 v18, v2
.Ltmp9:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e64 s7, 0, v5
	s_delay_alu instid0(VALU_DEP_4)
.Ltmp10:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_add3_u32 v14, 0, v14, v16
.Ltmp11:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_eq_u32_e64 s2, 0, v5
	v_cmp_ne_u32_e64 s6, 0, v4
	v_cmp_eq_u32_e64 s9, 0, v4
	v_cmp_ne_u32_e64 s5, 0, v3
.Ltmp12:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_add3_u32 v14, v14, v15, v17
.Ltmp13:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_eq_u32_e64 s8, 0, v3
	v_cmp_ne_u32_e64 s4, 0, v7
	v_cmp_eq_u32_e32 vcc_lo, 0, v7
	v_cmp_eq_u32_e64 s3, 1, v1
.Ltmp14:
	.loc	1 72 42                         ; kernels.py:72:42
	v_dual_add_nc_u32 v3, -1, v8 :: v_dual_add_nc_u32 v4, -1, v9
	v_dual_add_nc_u32 v7, -1, v11 :: v_dual_add_nc_u32 v15, -1, v12
	v_lshl_add_u32 v16, v2, 2, 0
	v_lshlrev_b32_e32 v0, 2, v0
.Ltmp15:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_cndmask_b32_e64 v17, 0x180, 0, s33
	v_lshrrev_b32_e32 v18, 24, v18
.Ltmp16:
	.loc	1 72 5                          ; kernels.py:72:5
	s_clause 0x1
	s_load_b128 s[28:31], s[0:1], 0x0 nv
	s_load_b64 s[34:35], s[0:1], 0x10 nv
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 72 42 is_stmt 0               ; kernels.py:72:42
	v_dual_add_nc_u32 v19, 0, v0 :: v_dual_add_nc_u32 v18, 0, v18
	.loc	1 69 12 is_stmt 1               ; kernels.py:69:12
	s_wait_xcnt 0x0
	s_lshl_b32 s0, s40, 5
	s_mov_b32 s38, 0xffffff
	s_and_b32 s41, s0, 32
	.loc	1 72 5                          ; kernels.py:72:5
	s_and_b32 s23, s40, 1
	.loc	1 69 12                         ; kernels.py:69:12
	v_or_b32_e32 v2, s41, v2
.Ltmp17:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e64 s0, s23, v12
	v_cmp_ne_u32_e64 s1, s23, v11
	v_cmp_ne_u32_e64 s20, s23, v9
	v_cmp_ne_u32_e64 s21, s23, v8
.Ltmp18:
	.loc	1 70 9                          ; kernels.py:70:9
	v_lshlrev_b32_e32 v11, 2, v2
.Ltmp19:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e64 s22, s23, v1
.Ltmp20:
	.loc	1 72 5                          ; kernels.py:72:5
	v_or_b32_e32 v1, s23, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cmp_eq_u32_e64 s23, 0, v1
	v_cndmask_b32_e64 v12, 0x80000000, v0, s23
	.loc	1 70 9                          ; kernels.py:70:9
	s_wait_kmcnt 0x0
	s_or_b32 s37, s29, 0xfc000000
	s_mov_b32 s36, s28
.Ltmp21:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_mov_b32 s29, 0x76543210
.Ltmp22:
	.loc	1 69 12                         ; kernels.py:69:12
	s_bfe_i32 s42, s40, 0x10000
	.loc	1 70 9                          ; kernels.py:70:9
	s_wait_alu depctr_va_vdst(4)
	s_clause 0x1
	buffer_load_b32 v20, v11, s[36:39], null offen
	buffer_load_b32 v21, v11, s[36:39], null offen offset:256
	.loc	1 71 5                          ; kernels.py:71:5
	s_wait_xcnt 0x0
	s_mov_b32 s36, s30
.Ltmp23:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_wait_loadcnt 0x1
	v_mov_b32_dpp v0, v20 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_wait_loadcnt 0x0
	v_mov_b32_dpp v1, v21 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp24:
	.loc	1 72 55                         ; kernels.py:72:55
	v_dual_ashrrev_i32 v2, 31, v20 :: v_dual_ashrrev_i32 v5, 31, v21
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp25:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s23, v20, v0
	v_cmp_gt_i32_e64 s24, v21, v1
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp26:
	.loc	1 72 55                         ; kernels.py:72:55
	v_dual_lshrrev_b32 v2, 28, v2 :: v_dual_lshrrev_b32 v5, 28, v5
	v_dual_add_nc_u32 v2, v20, v2 :: v_dual_add_nc_u32 v5, v21, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_and_b32_e32 v2, -16, v2
	v_dual_sub_nc_u32 v2, v20, v2 :: v_dual_bitop2_b32 v5, -16, v5 bitop3:0x40
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	v_sub_nc_u32_e32 v5, v21, v5
.Ltmp27:
	.loc	2 403 22                        ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s23, s10, s23
	s_xor_b32 s10, s10, s24
	.loc	2 403 11 is_stmt 0              ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v20, v0, s23 :: v_dual_cndmask_b32 v1, v21, v1, s10
.Ltmp28:
	.loc	1 72 42 is_stmt 1               ; kernels.py:72:42
	v_and_b32_e32 v8, 1, v2
	v_bfe_u32 v9, v2, 1, 1
	v_bfe_u32 v20, v2, 2, 1
	s_delay_alu instid0(VALU_DEP_4)
.Ltmp29:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v21, v0 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v22, v1 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp30:
	.loc	1 72 42                         ; kernels.py:72:42
	v_cmp_ne_u32_e64 s10, 0, v8
	v_cmp_ne_u32_e64 s23, 0, v9
	v_cmp_ne_u32_e64 s24, 0, v20
.Ltmp31:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s25, v0, v21
	v_cmp_gt_i32_e64 s26, v1, v22
.Ltmp32:
	.loc	1 72 42                         ; kernels.py:72:42
	v_bfe_u32 v8, v2, 3, 1
	v_bfe_u32 v2, v2, 4, 1
	v_and_b32_e32 v9, 1, v5
	v_bfe_u32 v20, v5, 1, 1
	v_bfe_u32 v23, v5, 2, 1
	v_bfe_u32 v24, v5, 3, 1
	v_bfe_u32 v5, v5, 4, 1
	v_cmp_ne_u32_e64 s27, 0, v8
	v_cmp_ne_u32_e64 s28, 0, v2
	v_xor_b32_e32 v2, s10, v6
	v_xor_b32_e32 v8, s23, v3
	v_xor_b32_e32 v25, s24, v4
	v_xor_b32_e32 v26, s27, v7
	v_xor_b32_e32 v27, s28, v15
	v_cmp_ne_u32_e64 s10, 0, v9
	v_cmp_ne_u32_e64 s23, 0, v20
	v_bitop3_b32 v2, v8, v25, v2 bitop3:0x80
	v_cmp_ne_u32_e64 s24, 0, v23
	v_cmp_ne_u32_e64 s27, 0, v24
	v_cmp_ne_u32_e64 s28, 0, v5
	v_xor_b32_e32 v5, s10, v6
	v_bitop3_b32 v2, v2, v27, v26 bitop3:0x80
	v_xor_b32_e32 v3, s23, v3
	v_xor_b32_e32 v4, s24, v4
	v_xor_b32_e32 v6, s27, v7
	v_xor_b32_e32 v7, s28, v15
	v_bcnt_u32_b32 v2, v2, 0
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_bitop3_b32 v3, v3, v4, v5 bitop3:0x80
	v_bitop3_b32 v3, v3, v7, v6 bitop3:0x80
.Ltmp33:
	.loc	2 403 22                        ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s10, s11, s25
	s_xor_b32 s11, s11, s26
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	2 403 11 is_stmt 0              ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v21, s10 :: v_dual_cndmask_b32 v1, v1, v22, s11
.Ltmp34:
	.loc	1 72 42 is_stmt 1               ; kernels.py:72:42
	v_bcnt_u32_b32 v15, v3, v2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp35:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v2, v0 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v3, v1 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp36:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s10, v0, v2
	v_cmp_gt_i32_e64 s11, v1, v3
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s10, s12, s10
	s_xor_b32 s11, s12, s11
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v2, s10 :: v_dual_cndmask_b32 v1, v1, v3, s11
.Ltmp37:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v2, v0 row_xmask:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b32_dpp v3, v1 row_xmask:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp38:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s10, v0, v2
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	v_cmp_gt_i32_e64 s11, v1, v3
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s10, s13, s10
	s_xor_b32 s11, s13, s11
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v2, s10 :: v_dual_cndmask_b32 v1, v1, v3, s11
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp39:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v2, v0 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v3, v1 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp40:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s10, v0, v2
	v_cmp_gt_i32_e64 s11, v1, v3
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s10, s14, s10
	s_xor_b32 s11, s14, s11
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v2, s10 :: v_dual_cndmask_b32 v1, v1, v3, s11
.Ltmp41:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v2, v0 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b32_dpp v3, v1 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp42:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s10, v0, v2
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	v_cmp_gt_i32_e64 s11, v1, v3
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s10, s15, s10
	s_xor_b32 s11, s15, s11
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v2, s10 :: v_dual_cndmask_b32 v1, v1, v3, s11
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp43:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v2, v0 row_xmask:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v3, v1 row_xmask:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp44:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s10, v0, v2
	v_cmp_gt_i32_e64 s11, v1, v3
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s10, s16, s10
	s_xor_b32 s11, s16, s11
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v2, s10 :: v_dual_cndmask_b32 v1, v1, v3, s11
.Ltmp45:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v2, v0 row_xmask:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b32_dpp v3, v1 row_xmask:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp46:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s10, v0, v2
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	v_cmp_gt_i32_e64 s11, v1, v3
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s10, s17, s10
	s_xor_b32 s11, s17, s11
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v2, s10 :: v_dual_cndmask_b32 v1, v1, v3, s11
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp47:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v4, v0 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v6, v1 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp48:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s10, v0, v4
	v_cmp_gt_i32_e64 s11, v1, v6
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s10, s18, s10
	s_xor_b32 s11, s18, s11
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v4, s10 :: v_dual_cndmask_b32 v1, v1, v6, s11
.Ltmp49:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v6, v0 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b32_dpp v7, v1 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp50:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s10, v0, v6
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	v_cmp_gt_i32_e64 s11, v1, v7
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s10, s19, s10
	s_xor_b32 s11, s19, s11
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v6, s10 :: v_dual_cndmask_b32 v1, v1, v7, s11
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp51:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_permlanex16_b32 v6, v0, s29, 0xfedcba98 op_sel:[1,0]
	v_permlanex16_b32 v7, v1, s29, 0xfedcba98 op_sel:[1,0]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp52:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s10, v0, v6
	v_cmp_gt_i32_e64 s11, v1, v7
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s10, s0, s10
	s_xor_b32 s0, s0, s11
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v6, s10 :: v_dual_cndmask_b32 v1, v1, v7, s0
.Ltmp53:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v6, v0 row_xmask:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b32_dpp v7, v1 row_xmask:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp54:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v0, v6
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	v_cmp_gt_i32_e64 s10, v1, v7
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, s1, s0
	s_xor_b32 s1, s1, s10
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v6, s0 :: v_dual_cndmask_b32 v1, v1, v7, s1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp55:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v6, v0 row_xmask:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v7, v1 row_xmask:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp56:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v0, v6
	v_cmp_gt_i32_e64 s1, v1, v7
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, s20, s0
	s_xor_b32 s1, s20, s1
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v6, s0 :: v_dual_cndmask_b32 v1, v1, v7, s1
.Ltmp57:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v6, v0 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b32_dpp v7, v1 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp58:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v0, v6
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	v_cmp_gt_i32_e64 s1, v1, v7
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, s21, s0
	s_xor_b32 s1, s21, s1
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v6, s0 :: v_dual_cndmask_b32 v1, v1, v7, s1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp59:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v6, v0 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v7, v1 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp60:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v0, v6
	v_cmp_gt_i32_e64 s1, v1, v7
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, s22, s0
	s_xor_b32 s1, s22, s1
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v6, s0 :: v_dual_cndmask_b32 v1, v1, v7, s1
.Ltmp61:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_cmp_eq_u32 s41, 0
	s_cselect_b32 s10, -1, 0
	s_and_b32 s0, s42, 0x180
	s_lshl_b32 s1, s41, 2
	v_xad_u32 v6, s0, v13, v14
	v_xad_u32 v7, v17, s1, v14
	v_add_nc_u32_e32 v8, s1, v14
.Ltmp62:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_bitcmp1_b32 s40, 0
	s_cselect_b32 s11, -1, 0
.Ltmp63:
	.loc	1 71 5                          ; kernels.py:71:5
	s_or_b32 s37, s31, 0xfc000000
.Ltmp64:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_wait_alu depctr_va_vdst(2)
	ds_store_b64 v6, v[0:1]
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	s_wait_alu depctr_va_vdst(1)
	ds_load_b64 v[2:3], v7
.Ltmp65:
	.loc	2 319 12                        ; standard.py:319:12 @[ standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ] ]
	s_wait_dscnt 0x0
	v_xor_b32_dpp v2, v2, v2 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp66:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_barrier_signal -1
.Ltmp67:
	.loc	2 319 12                        ; standard.py:319:12 @[ standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ] ]
	v_xor_b32_dpp v3, v3, v3 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp68:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_barrier_wait -1
	s_wait_alu depctr_va_vdst(0)
	ds_store_b64 v8, v[2:3]
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	ds_load_b64 v[4:5], v18
.Ltmp69:
	.loc	2 396 10                        ; standard.py:396:10 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_wait_dscnt 0x0
	v_xor_b32_e32 v2, v0, v4
.Ltmp70:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_barrier_signal -1
.Ltmp71:
	.loc	2 396 10                        ; standard.py:396:10 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_wait_alu depctr_vm_vsrc(0)
	v_xor_b32_e32 v3, v1, v5
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v0, v2
	v_cmp_gt_i32_e64 s1, v1, v3
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, s11, s0
	s_xor_b32 s1, s10, s1
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v2, s0 :: v_dual_cndmask_b32 v1, v1, v3, s1
.Ltmp72:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_permlanex16_b32 v2, v0, s29, 0xfedcba98 op_sel:[1,0]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_permlanex16_b32 v3, v1, s29, 0xfedcba98 op_sel:[1,0]
.Ltmp73:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v0, v2
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(SALU_CYCLE_1)
	v_cmp_gt_i32_e64 s1, v1, v3
.Ltmp74:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_barrier_wait -1
.Ltmp75:
	.loc	2 403 22                        ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, s7, s0
	s_xor_b32 s1, s2, s1
	.loc	2 403 11 is_stmt 0              ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v2, s0 :: v_dual_cndmask_b32 v1, v1, v3, s1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp76:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v2, v0 row_xmask:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v3, v1 row_xmask:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp77:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v0, v2
	v_cmp_gt_i32_e64 s1, v1, v3
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, s6, s0
	s_xor_b32 s1, s9, s1
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v2, s0 :: v_dual_cndmask_b32 v1, v1, v3, s1
.Ltmp78:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v2, v0 row_xmask:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b32_dpp v3, v1 row_xmask:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp79:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v0, v2
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	v_cmp_gt_i32_e64 s1, v1, v3
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, s5, s0
	s_xor_b32 s1, s8, s1
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v2, s0 :: v_dual_cndmask_b32 v1, v1, v3, s1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp80:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v2, v0 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v3, v1 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp81:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v0, v2
	v_cmp_gt_i32_e64 s1, v1, v3
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, s4, s0
	s_xor_b32 s1, vcc_lo, s1
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v2, s0 :: v_dual_cndmask_b32 v1, v1, v3, s1
.Ltmp82:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v2, v0 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b32_dpp v3, v1 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp83:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v0, v2
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	v_cmp_gt_i32_e64 s1, v1, v3
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, s0, s3
	s_xor_b32 s1, s33, s1
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v2, v0, v2, s0 :: v_dual_cndmask_b32 v1, v1, v3, s1
	s_delay_alu instid0(VALU_DEP_1)
	v_max_i32_e32 v0, v2, v1
	v_min_i32_e32 v1, v1, v2
.Ltmp84:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_wait_alu depctr_va_vdst(0)
	ds_store_b64 v6, v[0:1]
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	ds_load_b64 v[6:7], v7
.Ltmp85:
	.loc	2 319 12                        ; standard.py:319:12 @[ standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ] ]
	s_wait_dscnt 0x0
	v_xor_b32_dpp v2, v6, v6 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp86:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_barrier_signal -1
.Ltmp87:
	.loc	2 319 12                        ; standard.py:319:12 @[ standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ] ]
	v_xor_b32_dpp v3, v7, v7 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp88:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_barrier_wait -1
	s_wait_alu depctr_va_vdst(0)
	ds_store_b64 v8, v[2:3]
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	ds_load_b64 v[8:9], v18
.Ltmp89:
	.loc	2 396 10                        ; standard.py:396:10 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_wait_dscnt 0x0
	v_xor_b32_e32 v2, v8, v0
	s_wait_alu depctr_vm_vsrc(1)
	v_xor_b32_e32 v3, v9, v1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v0, v2
	v_cmp_gt_i32_e64 s1, v1, v3
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, s10, s0
	s_xor_b32 s1, s10, s1
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v2, s0 :: v_dual_cndmask_b32 v1, v1, v3, s1
.Ltmp90:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_permlanex16_b32 v2, v0, s29, 0xfedcba98 op_sel:[1,0]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_permlanex16_b32 v3, v1, s29, 0xfedcba98 op_sel:[1,0]
.Ltmp91:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v0, v2
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	v_cmp_gt_i32_e64 s1, v1, v3
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, s2, s0
	s_xor_b32 s1, s2, s1
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v2, s0 :: v_dual_cndmask_b32 v1, v1, v3, s1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp92:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v2, v0 row_xmask:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v3, v1 row_xmask:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp93:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v0, v2
	v_cmp_gt_i32_e64 s1, v1, v3
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, s9, s0
	s_xor_b32 s1, s9, s1
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v2, s0 :: v_dual_cndmask_b32 v1, v1, v3, s1
.Ltmp94:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v2, v0 row_xmask:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b32_dpp v3, v1 row_xmask:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp95:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v0, v2
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	v_cmp_gt_i32_e64 s1, v1, v3
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, s8, s0
	s_xor_b32 s1, s8, s1
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v2, s0 :: v_dual_cndmask_b32 v1, v1, v3, s1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp96:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v2, v0 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v3, v1 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp97:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v0, v2
	v_cmp_gt_i32_e64 s1, v1, v3
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, vcc_lo, s0
	s_xor_b32 vcc_lo, vcc_lo, s1
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v2, s0 :: v_dual_cndmask_b32 v1, v1, v3, vcc_lo
.Ltmp98:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v2, v0 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b32_dpp v3, v1 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp99:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e32 vcc_lo, v0, v2
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	v_cmp_gt_i32_e64 s0, v1, v3
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 vcc_lo, s33, vcc_lo
	s_xor_b32 s0, s33, s0
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v0, v0, v2, vcc_lo :: v_dual_cndmask_b32 v1, v1, v3, s0
.Ltmp100:
	.loc	1 71 5 is_stmt 1                ; kernels.py:71:5
	s_wait_alu depctr_va_vdst(0)
	s_clause 0x1
	buffer_store_b32 v0, v11, s[36:39], null offen
	buffer_store_b32 v1, v11, s[36:39], null offen offset:256
	.loc	1 72 42                         ; kernels.py:72:42
	s_barrier_signal -1
	.loc	1 72 5 is_stmt 0                ; kernels.py:72:5
	s_or_b64 s[36:37], s[34:35], 0xfc00000000000000
	.loc	1 72 42                         ; kernels.py:72:42
	s_barrier_wait -1
	ds_store_b32 v16, v10
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	ds_add_u32 v16, v15
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	ds_load_b32 v4, v19
	.loc	1 72 5                          ; kernels.py:72:5
	s_wait_dscnt 0x0
	buffer_store_b32 v4, v12, s[36:39], null offen
	.loc	1 68 1 is_stmt 1                ; kernels.py:68:1
	s_endpgm
.Ltmp101:
.Lfunc_end0:
	.size	sort_histogram, .Lfunc_end0-sort_histogram
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel sort_histogram
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
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-sort_histogram)<<4)&4080)>>4
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
	.set .Lsort_histogram.num_vgpr, 28
	.set .Lsort_histogram.num_agpr, 0
	.set .Lsort_histogram.numbered_sgpr, 66
	.set .Lsort_histogram.num_named_barrier, 0
	.set .Lsort_histogram.private_seg_size, 0
	.set .Lsort_histogram.uses_vcc, 1
	.set .Lsort_histogram.uses_flat_scratch, 0
	.set .Lsort_histogram.has_dyn_sized_stack, 0
	.set .Lsort_histogram.has_recursion, 0
	.set .Lsort_histogram.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 2964
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
	.byte	1                               ; DW_CHILDREN_yes
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
	.byte	1                               ; Abbrev [1] 0xb:0x97 DW_TAG_compile_unit
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
	.byte	3                               ; Abbrev [3] 0x30:0x71 DW_TAG_subprogram
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.long	42                              ; DW_AT_abstract_origin
	.byte	4                               ; Abbrev [4] 0x41:0x5f DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges0                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	71                              ; DW_AT_call_line
	.byte	28                              ; DW_AT_call_column
	.byte	5                               ; Abbrev [5] 0x4d:0x52 DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges0                 ; DW_AT_ranges
	.byte	2                               ; DW_AT_call_file
	.short	490                             ; DW_AT_call_line
	.byte	12                              ; DW_AT_call_column
	.byte	5                               ; Abbrev [5] 0x5a:0x44 DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges0                 ; DW_AT_ranges
	.byte	2                               ; DW_AT_call_file
	.short	475                             ; DW_AT_call_line
	.byte	17                              ; DW_AT_call_column
	.byte	6                               ; Abbrev [6] 0x67:0xd DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges1                 ; DW_AT_ranges
	.byte	2                               ; DW_AT_call_file
	.short	420                             ; DW_AT_call_line
	.byte	16                              ; DW_AT_call_column
	.byte	5                               ; Abbrev [5] 0x74:0x29 DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges2                 ; DW_AT_ranges
	.byte	2                               ; DW_AT_call_file
	.short	425                             ; DW_AT_call_line
	.byte	13                              ; DW_AT_call_column
	.byte	5                               ; Abbrev [5] 0x81:0x1b DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges3                 ; DW_AT_ranges
	.byte	2                               ; DW_AT_call_file
	.short	396                             ; DW_AT_call_line
	.byte	15                              ; DW_AT_call_column
	.byte	6                               ; Abbrev [6] 0x8e:0xd DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges4                 ; DW_AT_ranges
	.byte	2                               ; DW_AT_call_file
	.short	330                             ; DW_AT_call_line
	.byte	12                              ; DW_AT_call_column
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_ranges,"",@progbits
.Ldebug_ranges0:
	.quad	.Ltmp1-.Lfunc_begin0
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
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
	.quad	.Ltmp28-.Lfunc_begin0
	.quad	.Ltmp29-.Lfunc_begin0
	.quad	.Ltmp30-.Lfunc_begin0
	.quad	.Ltmp31-.Lfunc_begin0
	.quad	.Ltmp32-.Lfunc_begin0
	.quad	.Ltmp33-.Lfunc_begin0
	.quad	.Ltmp34-.Lfunc_begin0
	.quad	.Ltmp35-.Lfunc_begin0
	.quad	.Ltmp63-.Lfunc_begin0
	.quad	.Ltmp64-.Lfunc_begin0
	.quad	.Ltmp100-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges1:
	.quad	.Ltmp1-.Lfunc_begin0
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges2:
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
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
	.quad	.Ltmp28-.Lfunc_begin0
	.quad	.Ltmp29-.Lfunc_begin0
	.quad	.Ltmp30-.Lfunc_begin0
	.quad	.Ltmp31-.Lfunc_begin0
	.quad	.Ltmp32-.Lfunc_begin0
	.quad	.Ltmp33-.Lfunc_begin0
	.quad	.Ltmp34-.Lfunc_begin0
	.quad	.Ltmp35-.Lfunc_begin0
	.quad	.Ltmp63-.Lfunc_begin0
	.quad	.Ltmp64-.Lfunc_begin0
	.quad	.Ltmp100-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges3:
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	.Ltmp10-.Lfunc_begin0
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp12-.Lfunc_begin0
	.quad	.Ltmp13-.Lfunc_begin0
	.quad	.Ltmp15-.Lfunc_begin0
	.quad	.Ltmp16-.Lfunc_begin0
	.quad	.Ltmp21-.Lfunc_begin0
	.quad	.Ltmp22-.Lfunc_begin0
	.quad	.Ltmp23-.Lfunc_begin0
	.quad	.Ltmp24-.Lfunc_begin0
	.quad	.Ltmp29-.Lfunc_begin0
	.quad	.Ltmp30-.Lfunc_begin0
	.quad	.Ltmp35-.Lfunc_begin0
	.quad	.Ltmp36-.Lfunc_begin0
	.quad	.Ltmp37-.Lfunc_begin0
	.quad	.Ltmp38-.Lfunc_begin0
	.quad	.Ltmp39-.Lfunc_begin0
	.quad	.Ltmp40-.Lfunc_begin0
	.quad	.Ltmp41-.Lfunc_begin0
	.quad	.Ltmp42-.Lfunc_begin0
	.quad	.Ltmp43-.Lfunc_begin0
	.quad	.Ltmp44-.Lfunc_begin0
	.quad	.Ltmp45-.Lfunc_begin0
	.quad	.Ltmp46-.Lfunc_begin0
	.quad	.Ltmp47-.Lfunc_begin0
	.quad	.Ltmp48-.Lfunc_begin0
	.quad	.Ltmp49-.Lfunc_begin0
	.quad	.Ltmp50-.Lfunc_begin0
	.quad	.Ltmp51-.Lfunc_begin0
	.quad	.Ltmp52-.Lfunc_begin0
	.quad	.Ltmp53-.Lfunc_begin0
	.quad	.Ltmp54-.Lfunc_begin0
	.quad	.Ltmp55-.Lfunc_begin0
	.quad	.Ltmp56-.Lfunc_begin0
	.quad	.Ltmp57-.Lfunc_begin0
	.quad	.Ltmp58-.Lfunc_begin0
	.quad	.Ltmp59-.Lfunc_begin0
	.quad	.Ltmp60-.Lfunc_begin0
	.quad	.Ltmp61-.Lfunc_begin0
	.quad	.Ltmp62-.Lfunc_begin0
	.quad	.Ltmp64-.Lfunc_begin0
	.quad	.Ltmp69-.Lfunc_begin0
	.quad	.Ltmp70-.Lfunc_begin0
	.quad	.Ltmp71-.Lfunc_begin0
	.quad	.Ltmp72-.Lfunc_begin0
	.quad	.Ltmp73-.Lfunc_begin0
	.quad	.Ltmp74-.Lfunc_begin0
	.quad	.Ltmp75-.Lfunc_begin0
	.quad	.Ltmp76-.Lfunc_begin0
	.quad	.Ltmp77-.Lfunc_begin0
	.quad	.Ltmp78-.Lfunc_begin0
	.quad	.Ltmp79-.Lfunc_begin0
	.quad	.Ltmp80-.Lfunc_begin0
	.quad	.Ltmp81-.Lfunc_begin0
	.quad	.Ltmp82-.Lfunc_begin0
	.quad	.Ltmp83-.Lfunc_begin0
	.quad	.Ltmp84-.Lfunc_begin0
	.quad	.Ltmp89-.Lfunc_begin0
	.quad	.Ltmp90-.Lfunc_begin0
	.quad	.Ltmp91-.Lfunc_begin0
	.quad	.Ltmp92-.Lfunc_begin0
	.quad	.Ltmp93-.Lfunc_begin0
	.quad	.Ltmp94-.Lfunc_begin0
	.quad	.Ltmp95-.Lfunc_begin0
	.quad	.Ltmp96-.Lfunc_begin0
	.quad	.Ltmp97-.Lfunc_begin0
	.quad	.Ltmp98-.Lfunc_begin0
	.quad	.Ltmp99-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges4:
	.quad	.Ltmp65-.Lfunc_begin0
	.quad	.Ltmp66-.Lfunc_begin0
	.quad	.Ltmp67-.Lfunc_begin0
	.quad	.Ltmp68-.Lfunc_begin0
	.quad	.Ltmp85-.Lfunc_begin0
	.quad	.Ltmp86-.Lfunc_begin0
	.quad	.Ltmp87-.Lfunc_begin0
	.quad	.Ltmp88-.Lfunc_begin0
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
	.asciz	"sort_histogram"                ; string offset=44 ; sort_histogram
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
    .max_flat_workgroup_size: 64
    .name:           sort_histogram
    .private_segment_fixed_size: 0
    .sgpr_count:     68
    .sgpr_spill_count: 0
    .symbol:         sort_histogram.kd
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

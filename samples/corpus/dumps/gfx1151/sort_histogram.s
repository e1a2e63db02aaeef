	.amdgcn_target "amdgpu11.51-amd-amdhsa-unknown-gfx1151"
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
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_clause 0x1
	s_load_b128 s[20:23], s[0:1], 0x0
	s_load_b64 s[16:17], s[0:1], 0x10
.Ltmp0:
	.loc	1 72 5 prologue_end             ; kernels.py:72:5
	v_readfirstlane_b32 s2, v0
	.loc	1 69 12                         ; kernels.py:69:12
	v_and_b32_e32 v6, 31, v0
	.loc	1 70 9                          ; kernels.py:70:9
	s_mov_b32 s15, 0x31027000
	s_mov_b32 s14, 0x7ffffffe
.Ltmp1:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 383 10                        ; standard.py:383:10 @[ standard.py:420:16 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_and_b32_e32 v9, 1, v0
.Ltmp2:
	.loc	1 69 12                         ; kernels.py:69:12
	s_and_b32 s11, s2, 32
.Ltmp3:
	.loc	2 383 10                        ; standard.py:383:10 @[ standard.py:420:16 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_bfe_u32 v10, v0, 1, 1
.Ltmp4:
	.loc	1 69 12                         ; kernels.py:69:12
	v_or_b32_e32 v1, s11, v6
.Ltmp5:
	.loc	2 383 10                        ; standard.py:383:10 @[ standard.py:420:16 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_bfe_u32 v11, v0, 2, 1
	v_bfe_u32 v12, v0, 3, 1
	v_bfe_u32 v13, v0, 4, 1
.Ltmp6:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e32 vcc_lo, v10, v9
.Ltmp7:
	.loc	1 70 9                          ; kernels.py:70:9
	v_lshlrev_b32_e32 v1, 2, v1
.Ltmp8:
	.loc	2 383 10                        ; standard.py:383:10 @[ standard.py:420:16 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_and_b32_e32 v15, 8, v0
	v_and_b32_e32 v17, 2, v0
.Ltmp9:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_mov_b32 s6, 0x76543210
.Ltmp10:
	.loc	2 383 10                        ; standard.py:383:10 @[ standard.py:420:16 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_lshr_b32 s3, s2, 5
.Ltmp11:
	.loc	1 69 12                         ; kernels.py:69:12
	s_bfe_i32 s4, s2, 0x10005
	.loc	1 70 9                          ; kernels.py:70:9
	s_waitcnt lgkmcnt(0)
	s_and_b32 s13, s21, 0xffff
	s_mov_b32 s12, s20
	s_clause 0x1
	buffer_load_b32 v7, v1, s[12:15], 0 offen
	buffer_load_b32 v8, v1, s[12:15], 0 offen offset:256
	.loc	1 72 5                          ; kernels.py:72:5
	s_mov_b32 s18, s14
	s_mov_b32 s19, s15
.Ltmp12:
	.loc	2 383 10                        ; standard.py:383:10 @[ standard.py:420:16 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_and_b32_e32 v14, 4, v0
	v_and_b32_e32 v16, 16, v0
.Ltmp13:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_and_b32_e32 v0, 15, v0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_lshlrev_b32_e32 v18, 2, v14
	v_lshlrev_b32_e32 v21, 3, v16
	s_waitcnt vmcnt(1)
	v_mov_b32_dpp v2, v7 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_waitcnt vmcnt(0)
	v_mov_b32_dpp v3, v8 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp14:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v7, v2
	v_cmp_gt_i32_e64 s1, v8, v3
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, vcc_lo, s0
	s_xor_b32 vcc_lo, vcc_lo, s1
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v7, v2, s0
	v_cndmask_b32_e32 v3, v8, v3, vcc_lo
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e32 vcc_lo, v11, v10
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp15:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v4, v2 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v5, v3 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp16:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v2, v4
	v_cmp_gt_i32_e64 s1, v3, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, vcc_lo, s0
	s_xor_b32 vcc_lo, vcc_lo, s1
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v4, s0
	v_cndmask_b32_e32 v3, v3, v5, vcc_lo
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e32 vcc_lo, v11, v9
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp17:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v4, v2 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v5, v3 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp18:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v2, v4
	v_cmp_gt_i32_e64 s1, v3, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, vcc_lo, s0
	s_xor_b32 vcc_lo, vcc_lo, s1
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v4, s0
	v_cndmask_b32_e32 v3, v3, v5, vcc_lo
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e32 vcc_lo, v12, v11
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp19:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v4, v2 row_xmask:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v5, v3 row_xmask:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp20:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v2, v4
	v_cmp_gt_i32_e64 s1, v3, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, vcc_lo, s0
	s_xor_b32 vcc_lo, vcc_lo, s1
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v4, s0
	v_cndmask_b32_e32 v3, v3, v5, vcc_lo
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e32 vcc_lo, v12, v10
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp21:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v4, v2 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v5, v3 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp22:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v2, v4
	v_cmp_gt_i32_e64 s1, v3, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, vcc_lo, s0
	s_xor_b32 vcc_lo, vcc_lo, s1
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v4, s0
	v_cndmask_b32_e32 v3, v3, v5, vcc_lo
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e32 vcc_lo, v12, v9
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp23:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v4, v2 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v5, v3 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp24:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v2, v4
	v_cmp_gt_i32_e64 s1, v3, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, vcc_lo, s0
	s_xor_b32 vcc_lo, vcc_lo, s1
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v4, s0
	v_cndmask_b32_e32 v3, v3, v5, vcc_lo
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e32 vcc_lo, v13, v12
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp25:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v4, v2 row_xmask:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v5, v3 row_xmask:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp26:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v2, v4
	v_cmp_gt_i32_e64 s1, v3, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, vcc_lo, s0
	s_xor_b32 vcc_lo, vcc_lo, s1
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v4, s0
	v_cndmask_b32_e32 v3, v3, v5, vcc_lo
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e32 vcc_lo, v13, v11
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp27:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v4, v2 row_xmask:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v5, v3 row_xmask:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp28:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v2, v4
	v_cmp_gt_i32_e64 s1, v3, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, vcc_lo, s0
	s_xor_b32 vcc_lo, vcc_lo, s1
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v4, s0
	v_cndmask_b32_e32 v3, v3, v5, vcc_lo
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e32 vcc_lo, v13, v10
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp29:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v4, v2 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v5, v3 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp30:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v2, v4
	v_cmp_gt_i32_e64 s1, v3, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, vcc_lo, s0
	s_xor_b32 vcc_lo, vcc_lo, s1
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v4, s0
	v_cndmask_b32_e32 v3, v3, v5, vcc_lo
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e32 vcc_lo, v13, v9
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp31:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v4, v2 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v5, v3 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp32:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v2, v4
	v_cmp_gt_i32_e64 s1, v3, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, vcc_lo, s0
	s_xor_b32 vcc_lo, vcc_lo, s1
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v4, s0
	v_cndmask_b32_e32 v3, v3, v5, vcc_lo
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e32 vcc_lo, s3, v13
.Ltmp33:
	.loc	1 72 42 is_stmt 1               ; kernels.py:72:42
	v_add_nc_u32_e32 v13, -1, v13
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
.Ltmp34:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_permlanex16_b32 v4, v2, s6, 0xfedcba98 op_sel:[1,0]
	v_permlanex16_b32 v5, v3, s6, 0xfedcba98 op_sel:[1,0]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp35:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v2, v4
	v_cmp_gt_i32_e64 s1, v3, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, vcc_lo, s0
	s_xor_b32 vcc_lo, vcc_lo, s1
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v4, s0
	v_cndmask_b32_e32 v3, v3, v5, vcc_lo
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e32 vcc_lo, s3, v12
.Ltmp36:
	.loc	1 72 42 is_stmt 1               ; kernels.py:72:42
	v_add_nc_u32_e32 v12, -1, v12
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
.Ltmp37:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v4, v2 row_xmask:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v5, v3 row_xmask:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp38:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v2, v4
	v_cmp_gt_i32_e64 s1, v3, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, vcc_lo, s0
	s_xor_b32 vcc_lo, vcc_lo, s1
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v4, s0
	v_cndmask_b32_e32 v3, v3, v5, vcc_lo
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e32 vcc_lo, s3, v11
.Ltmp39:
	.loc	1 72 42 is_stmt 1               ; kernels.py:72:42
	v_add_nc_u32_e32 v11, -1, v11
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
.Ltmp40:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v4, v2 row_xmask:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v5, v3 row_xmask:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp41:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v2, v4
	v_cmp_gt_i32_e64 s1, v3, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, vcc_lo, s0
	s_xor_b32 vcc_lo, vcc_lo, s1
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v4, s0
	v_cndmask_b32_e32 v3, v3, v5, vcc_lo
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e32 vcc_lo, s3, v10
.Ltmp42:
	.loc	1 72 42 is_stmt 1               ; kernels.py:72:42
	v_add_nc_u32_e32 v10, -1, v10
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
.Ltmp43:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v4, v2 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v5, v3 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp44:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v2, v4
	v_cmp_gt_i32_e64 s1, v3, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, vcc_lo, s0
	s_xor_b32 vcc_lo, vcc_lo, s1
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v4, s0
	v_cndmask_b32_e32 v3, v3, v5, vcc_lo
.Ltmp45:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_lshlrev_b32_e32 v5, 4, v17
.Ltmp46:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e32 vcc_lo, s3, v9
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
.Ltmp47:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v19, v2 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v20, v3 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_add3_u32 v5, 0, v5, v18
	v_sub_co_u32 v18, s12, v9, 1
.Ltmp48:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v2, v19
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_cmp_gt_i32_e64 s1, v3, v20
.Ltmp49:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_add3_u32 v23, v5, v21, v15
	v_cndmask_b32_e64 v22, 0x140, 0, s12
.Ltmp50:
	.loc	2 403 22                        ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, vcc_lo, s0
	s_xor_b32 vcc_lo, vcc_lo, s1
	.loc	2 403 11 is_stmt 0              ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v3, v3, v20 :: v_dual_lshlrev_b32 v4, 6, v9
.Ltmp51:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_cmp_eq_u32 s11, 0
.Ltmp52:
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v19, s0
.Ltmp53:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_cselect_b32 s7, -1, 0
	s_and_b32 s0, s4, 0x140
	s_delay_alu instid0(SALU_CYCLE_1)
	v_xad_u32 v19, s0, v4, v23
	s_lshl_b32 s0, s11, 1
.Ltmp54:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_bitcmp1_b32 s2, 5
.Ltmp55:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_xad_u32 v20, s0, v22, v23
	v_bfrev_b32_e32 v22, v0
	ds_store_b64 v19, v[2:3]
	s_waitcnt lgkmcnt(0)
	s_barrier
	buffer_gl0_inv
	ds_load_b64 v[4:5], v20
	v_lshrrev_b32_e32 v22, 25, v22
	v_add_nc_u32_e32 v23, s0, v23
.Ltmp56:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_cselect_b32 s1, -1, 0
	v_cmp_eq_u32_e64 s2, 0, v16
.Ltmp57:
	.loc	1 72 42                         ; kernels.py:72:42
	v_lshlrev_b32_e32 v0, 2, v0
.Ltmp58:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_add3_u32 v21, 0, v21, v22
.Ltmp59:
	.loc	1 71 5                          ; kernels.py:71:5
	s_and_b32 s13, s23, 0xffff
	.loc	1 72 5                          ; kernels.py:72:5
	s_and_b32 s17, s17, 0xffff
.Ltmp60:
	.loc	2 319 12                        ; standard.py:319:12 @[ standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ] ]
	s_waitcnt lgkmcnt(0)
	v_xor_b32_dpp v4, v4, v4 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_xor_b32_dpp v5, v5, v5 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp61:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_barrier
	buffer_gl0_inv
	ds_store_b64 v23, v[4:5]
	s_waitcnt lgkmcnt(0)
	s_barrier
	buffer_gl0_inv
	ds_load_b64 v[4:5], v21
.Ltmp62:
	.loc	2 396 10                        ; standard.py:396:10 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_waitcnt lgkmcnt(0)
	v_xor_b32_e32 v4, v2, v4
	v_xor_b32_e32 v5, v3, v5
.Ltmp63:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_barrier
	buffer_gl0_inv
.Ltmp64:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e32 vcc_lo, v2, v4
	v_cmp_gt_i32_e64 s0, v3, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 vcc_lo, s1, vcc_lo
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e32 v2, v2, v4, vcc_lo
	.loc	2 403 22                        ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 vcc_lo, s7, s0
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e32 v3, v3, v5, vcc_lo
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e32 vcc_lo, 0, v16
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp65:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_permlanex16_b32 v4, v2, s6, 0xfedcba98 op_sel:[1,0]
	v_permlanex16_b32 v5, v3, s6, 0xfedcba98 op_sel:[1,0]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp66:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v2, v4
	v_cmp_gt_i32_e64 s1, v3, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 vcc_lo, vcc_lo, s0
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e32 v2, v2, v4, vcc_lo
	.loc	2 403 22                        ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 vcc_lo, s2, s1
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_eq_u32_e64 s1, 0, v15
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e32 v3, v3, v5, vcc_lo
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e32 vcc_lo, 0, v15
.Ltmp67:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v4, v2 row_xmask:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp68:
	.loc	1 72 42                         ; kernels.py:72:42
	v_mov_b32_e32 v15, 0
	v_lshl_add_u32 v6, v6, 2, 0
.Ltmp69:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v5, v3 row_xmask:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp70:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v2, v4
	v_cmp_gt_i32_e64 s3, v3, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 vcc_lo, vcc_lo, s0
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_eq_u32_e64 s0, 0, v14
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e32 v2, v2, v4, vcc_lo
	.loc	2 403 22                        ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 vcc_lo, s1, s3
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e32 v3, v3, v5, vcc_lo
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e32 vcc_lo, 0, v14
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
.Ltmp71:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v4, v2 row_xmask:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp72:
	.loc	1 72 55                         ; kernels.py:72:55
	v_ashrrev_i32_e32 v14, 31, v8
.Ltmp73:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v5, v3 row_xmask:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp74:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s3, v2, v4
.Ltmp75:
	.loc	1 72 55                         ; kernels.py:72:55
	v_lshrrev_b32_e32 v14, 28, v14
	s_delay_alu instid0(VALU_DEP_3)
.Ltmp76:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s4, v3, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 vcc_lo, vcc_lo, s3
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e64 s3, 0, v17
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e32 v2, v2, v4, vcc_lo
	.loc	2 403 22                        ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 vcc_lo, s0, s4
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_dual_cndmask_b32 v3, v3, v5 :: v_dual_add_nc_u32 v14, v8, v14
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_eq_u32_e32 vcc_lo, 0, v17
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp77:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v4, v2 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp78:
	.loc	1 72 55                         ; kernels.py:72:55
	v_and_b32_e32 v14, -16, v14
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp79:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v5, v3 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp80:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s4, v2, v4
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp81:
	.loc	1 72 55                         ; kernels.py:72:55
	v_sub_nc_u32_e32 v8, v8, v14
.Ltmp82:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s5, v3, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s3, s3, s4
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v4, s3
	.loc	2 403 22                        ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s3, vcc_lo, s5
.Ltmp83:
	.loc	1 72 42 is_stmt 1               ; kernels.py:72:42
	v_bfe_u32 v22, v8, 2, 1
.Ltmp84:
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v3, v3, v5, s3
	.loc	2 403 33 is_stmt 0              ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_eq_u32_e64 s3, 1, v9
.Ltmp85:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v4, v2 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp86:
	.loc	1 72 55                         ; kernels.py:72:55
	v_ashrrev_i32_e32 v9, 31, v7
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp87:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v5, v3 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp88:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s4, v2, v4
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp89:
	.loc	1 72 55                         ; kernels.py:72:55
	v_lshrrev_b32_e32 v9, 28, v9
.Ltmp90:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s5, v3, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s3, s4, s3
.Ltmp91:
	.loc	1 72 55 is_stmt 1               ; kernels.py:72:55
	v_add_nc_u32_e32 v9, v7, v9
.Ltmp92:
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v4, v2, v4, s3
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s3, s12, s5
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v3, v3, v5, s3
.Ltmp93:
	.loc	1 72 55 is_stmt 1               ; kernels.py:72:55
	v_and_b32_e32 v9, -16, v9
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
.Ltmp94:
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_max_i32_e32 v2, v4, v3
	v_min_i32_e32 v3, v3, v4
.Ltmp95:
	.loc	1 72 55                         ; kernels.py:72:55
	v_sub_nc_u32_e32 v7, v7, v9
.Ltmp96:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	ds_store_b64 v19, v[2:3]
	s_waitcnt lgkmcnt(0)
	s_barrier
	buffer_gl0_inv
	ds_load_b64 v[4:5], v20
.Ltmp97:
	.loc	1 72 42                         ; kernels.py:72:42
	v_bfe_u32 v14, v7, 2, 1
	v_bfe_u32 v19, v7, 3, 1
	v_and_b32_e32 v20, 1, v8
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_ne_u32_e64 s9, 0, v20
.Ltmp98:
	.loc	2 319 12                        ; standard.py:319:12 @[ standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ] ]
	s_waitcnt lgkmcnt(0)
	v_xor_b32_dpp v4, v4, v4 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_xor_b32_dpp v5, v5, v5 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp99:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_barrier
	buffer_gl0_inv
	ds_store_b64 v23, v[4:5]
	s_waitcnt lgkmcnt(0)
	s_barrier
	buffer_gl0_inv
	ds_load_b64 v[4:5], v21
.Ltmp100:
	.loc	1 72 42                         ; kernels.py:72:42
	v_bfe_u32 v21, v8, 1, 1
.Ltmp101:
	.loc	2 396 10                        ; standard.py:396:10 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_waitcnt lgkmcnt(0)
	v_xor_b32_e32 v4, v4, v2
	v_xor_b32_e32 v5, v5, v3
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s3, v2, v4
	v_cmp_gt_i32_e64 s4, v3, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s3, s7, s3
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v4, s3
	.loc	2 403 22                        ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s3, s7, s4
.Ltmp102:
	.loc	1 72 42 is_stmt 1               ; kernels.py:72:42
	v_and_b32_e32 v4, 1, v7
.Ltmp103:
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v3, v3, v5, s3
.Ltmp104:
	.loc	1 72 42                         ; kernels.py:72:42
	v_bfe_u32 v5, v7, 1, 1
.Ltmp105:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_permlanex16_b32 v9, v2, s6, 0xfedcba98 op_sel:[1,0]
.Ltmp106:
	.loc	1 72 42                         ; kernels.py:72:42
	v_bfe_u32 v7, v7, 4, 1
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
.Ltmp107:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_permlanex16_b32 v17, v3, s6, 0xfedcba98 op_sel:[1,0]
.Ltmp108:
	.loc	1 72 42                         ; kernels.py:72:42
	v_cmp_ne_u32_e64 s6, 0, v19
.Ltmp109:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s3, v2, v9
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
.Ltmp110:
	.loc	1 72 42                         ; kernels.py:72:42
	v_cmp_ne_u32_e64 s8, 0, v7
.Ltmp111:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s4, v3, v17
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s3, s2, s3
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v9, s3
	.loc	2 403 22                        ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s2, s2, s4
.Ltmp112:
	.loc	1 72 42 is_stmt 1               ; kernels.py:72:42
	v_bfe_u32 v9, v8, 3, 1
.Ltmp113:
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v3, v3, v17, s2
.Ltmp114:
	.loc	1 72 42                         ; kernels.py:72:42
	v_cmp_ne_u32_e64 s2, 0, v4
.Ltmp115:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v17, v2 row_xmask:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp116:
	.loc	1 72 42                         ; kernels.py:72:42
	v_bfe_u32 v8, v8, 4, 1
	v_cmp_ne_u32_e64 s3, 0, v5
.Ltmp117:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v4, v3 row_xmask:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp118:
	.loc	1 72 42                         ; kernels.py:72:42
	v_xor_b32_e32 v7, s2, v18
.Ltmp119:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s5, v2, v17
.Ltmp120:
	.loc	1 72 42                         ; kernels.py:72:42
	v_cmp_ne_u32_e64 s10, 0, v8
	v_xor_b32_e32 v8, s3, v10
.Ltmp121:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s7, v3, v4
.Ltmp122:
	.loc	1 72 42                         ; kernels.py:72:42
	v_cmp_ne_u32_e64 s4, 0, v14
.Ltmp123:
	.loc	2 403 22                        ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s5, s1, s5
.Ltmp124:
	.loc	1 72 42                         ; kernels.py:72:42
	v_xor_b32_e32 v14, s6, v12
.Ltmp125:
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v17, s5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s1, s1, s7
.Ltmp126:
	.loc	1 72 42 is_stmt 1               ; kernels.py:72:42
	v_cmp_ne_u32_e64 s5, 0, v22
.Ltmp127:
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v3, v3, v4, s1
.Ltmp128:
	.loc	1 72 42                         ; kernels.py:72:42
	v_cmp_ne_u32_e64 s1, 0, v21
.Ltmp129:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v4, v2 row_xmask:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp130:
	.loc	1 72 42                         ; kernels.py:72:42
	v_cmp_ne_u32_e64 s7, 0, v9
	v_xor_b32_e32 v9, s4, v11
.Ltmp131:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v5, v3 row_xmask:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp132:
	.loc	1 72 42                         ; kernels.py:72:42
	v_xor_b32_e32 v10, s1, v10
.Ltmp133:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s2, v2, v4
.Ltmp134:
	.loc	1 72 42                         ; kernels.py:72:42
	v_and_b32_e32 v7, v8, v7
	v_xor_b32_e32 v11, s5, v11
.Ltmp135:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s3, v3, v5
.Ltmp136:
	.loc	1 72 42                         ; kernels.py:72:42
	v_xor_b32_e32 v8, s7, v12
.Ltmp137:
	.loc	2 403 22                        ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s2, s0, s2
.Ltmp138:
	.loc	1 72 42                         ; kernels.py:72:42
	v_and_b32_e32 v7, v7, v9
.Ltmp139:
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v4, s2
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, s0, s3
.Ltmp140:
	.loc	1 72 42 is_stmt 1               ; kernels.py:72:42
	v_xor_b32_e32 v4, s8, v13
.Ltmp141:
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v3, v3, v5, s0
.Ltmp142:
	.loc	1 72 42                         ; kernels.py:72:42
	v_xor_b32_e32 v5, s9, v18
.Ltmp143:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v17, v2 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp144:
	.loc	1 72 42                         ; kernels.py:72:42
	v_and_b32_e32 v7, v7, v14
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
.Ltmp145:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v18, v3 row_xmask:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp146:
	.loc	1 72 42                         ; kernels.py:72:42
	v_and_b32_e32 v5, v10, v5
	s_delay_alu instid0(VALU_DEP_4)
.Ltmp147:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v2, v17
.Ltmp148:
	.loc	1 72 42                         ; kernels.py:72:42
	v_xor_b32_e32 v10, s10, v13
	v_and_b32_e32 v4, v7, v4
.Ltmp149:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s1, v3, v18
.Ltmp150:
	.loc	1 72 42                         ; kernels.py:72:42
	v_and_b32_e32 v5, v5, v11
.Ltmp151:
	.loc	2 403 22                        ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 s0, vcc_lo, s0
.Ltmp152:
	.loc	1 72 42                         ; kernels.py:72:42
	v_add_nc_u32_e32 v7, 0, v0
.Ltmp153:
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v17, s0
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 vcc_lo, vcc_lo, s1
.Ltmp154:
	.loc	1 72 42 is_stmt 1               ; kernels.py:72:42
	v_and_b32_e32 v5, v5, v8
.Ltmp155:
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e32 v3, v3, v18, vcc_lo
.Ltmp156:
	.loc	1 72 42                         ; kernels.py:72:42
	v_bcnt_u32_b32 v4, v4, 0
.Ltmp157:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v9, v2 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
.Ltmp158:
	.loc	1 72 42                         ; kernels.py:72:42
	v_and_b32_e32 v5, v5, v10
.Ltmp159:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v11, v3 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp160:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e32 vcc_lo, v2, v9
.Ltmp161:
	.loc	1 72 42                         ; kernels.py:72:42
	v_bcnt_u32_b32 v4, v5, v4
	s_delay_alu instid0(VALU_DEP_3)
.Ltmp162:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s0, v3, v11
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 vcc_lo, s12, vcc_lo
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e32 v2, v2, v9, vcc_lo
	.loc	2 403 22                        ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b32 vcc_lo, s12, s0
.Ltmp163:
	.loc	1 71 5 is_stmt 1                ; kernels.py:71:5
	s_mov_b32 s12, s22
.Ltmp164:
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e32 v3, v3, v11, vcc_lo
.Ltmp165:
	.loc	1 71 5                          ; kernels.py:71:5
	s_clause 0x1
	buffer_store_b32 v2, v1, s[12:15], 0 offen
	buffer_store_b32 v3, v1, s[12:15], 0 offen offset:256
	.loc	1 72 42                         ; kernels.py:72:42
	s_waitcnt_vscnt null, 0x0
	s_barrier
	buffer_gl0_inv
	ds_store_b32 v6, v15
	s_waitcnt lgkmcnt(0)
	s_barrier
	buffer_gl0_inv
	ds_add_u32 v6, v4
	s_waitcnt lgkmcnt(0)
	s_barrier
	buffer_gl0_inv
	ds_load_b32 v1, v7
	.loc	1 72 5 is_stmt 0                ; kernels.py:72:5
	v_or_b32_e32 v2, s11, v16
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_eq_u32_e32 vcc_lo, 0, v2
	v_cndmask_b32_e32 v0, 0x80000000, v0, vcc_lo
	s_waitcnt lgkmcnt(0)
	buffer_store_b32 v1, v0, s[16:19], 0 offen
	.loc	1 68 1 is_stmt 1                ; kernels.py:68:1
	s_endpgm
.Ltmp166:
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
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_wavefront_size32 1
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 24
		.amdhsa_next_free_sgpr 24
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
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-sort_histogram)<<4)&1008)>>4
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
	.set .Lsort_histogram.num_vgpr, 24
	.set .Lsort_histogram.num_agpr, 0
	.set .Lsort_histogram.numbered_sgpr, 24
	.set .Lsort_histogram.num_named_barrier, 0
	.set .Lsort_histogram.private_seg_size, 0
	.set .Lsort_histogram.uses_vcc, 1
	.set .Lsort_histogram.uses_flat_scratch, 0
	.set .Lsort_histogram.has_dyn_sized_stack, 0
	.set .Lsort_histogram.has_recursion, 0
	.set .Lsort_histogram.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 2736
; TotalNumSgprs: 26
; NumVgprs: 24
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 2
; NumSGPRsForWavesPerEU: 26
; NumVGPRsForWavesPerEU: 24
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
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp12-.Lfunc_begin0
	.quad	.Ltmp33-.Lfunc_begin0
	.quad	.Ltmp34-.Lfunc_begin0
	.quad	.Ltmp36-.Lfunc_begin0
	.quad	.Ltmp37-.Lfunc_begin0
	.quad	.Ltmp39-.Lfunc_begin0
	.quad	.Ltmp40-.Lfunc_begin0
	.quad	.Ltmp42-.Lfunc_begin0
	.quad	.Ltmp43-.Lfunc_begin0
	.quad	.Ltmp57-.Lfunc_begin0
	.quad	.Ltmp58-.Lfunc_begin0
	.quad	.Ltmp59-.Lfunc_begin0
	.quad	.Ltmp60-.Lfunc_begin0
	.quad	.Ltmp68-.Lfunc_begin0
	.quad	.Ltmp69-.Lfunc_begin0
	.quad	.Ltmp72-.Lfunc_begin0
	.quad	.Ltmp73-.Lfunc_begin0
	.quad	.Ltmp75-.Lfunc_begin0
	.quad	.Ltmp76-.Lfunc_begin0
	.quad	.Ltmp78-.Lfunc_begin0
	.quad	.Ltmp79-.Lfunc_begin0
	.quad	.Ltmp81-.Lfunc_begin0
	.quad	.Ltmp82-.Lfunc_begin0
	.quad	.Ltmp83-.Lfunc_begin0
	.quad	.Ltmp84-.Lfunc_begin0
	.quad	.Ltmp86-.Lfunc_begin0
	.quad	.Ltmp87-.Lfunc_begin0
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
	.quad	.Ltmp100-.Lfunc_begin0
	.quad	.Ltmp101-.Lfunc_begin0
	.quad	.Ltmp102-.Lfunc_begin0
	.quad	.Ltmp103-.Lfunc_begin0
	.quad	.Ltmp104-.Lfunc_begin0
	.quad	.Ltmp105-.Lfunc_begin0
	.quad	.Ltmp106-.Lfunc_begin0
	.quad	.Ltmp107-.Lfunc_begin0
	.quad	.Ltmp108-.Lfunc_begin0
	.quad	.Ltmp109-.Lfunc_begin0
	.quad	.Ltmp110-.Lfunc_begin0
	.quad	.Ltmp111-.Lfunc_begin0
	.quad	.Ltmp112-.Lfunc_begin0
	.quad	.Ltmp113-.Lfunc_begin0
	.quad	.Ltmp114-.Lfunc_begin0
	.quad	.Ltmp115-.Lfunc_begin0
	.quad	.Ltmp116-.Lfunc_begin0
	.quad	.Ltmp117-.Lfunc_begin0
	.quad	.Ltmp118-.Lfunc_begin0
	.quad	.Ltmp119-.Lfunc_begin0
	.quad	.Ltmp120-.Lfunc_begin0
	.quad	.Ltmp121-.Lfunc_begin0
	.quad	.Ltmp122-.Lfunc_begin0
	.quad	.Ltmp123-.Lfunc_begin0
	.quad	.Ltmp124-.Lfunc_begin0
	.quad	.Ltmp125-.Lfunc_begin0
	.quad	.Ltmp126-.Lfunc_begin0
	.quad	.Ltmp127-.Lfunc_begin0
	.quad	.Ltmp128-.Lfunc_begin0
	.quad	.Ltmp129-.Lfunc_begin0
	.quad	.Ltmp130-.Lfunc_begin0
	.quad	.Ltmp131-.Lfunc_begin0
	.quad	.Ltmp132-.Lfunc_begin0
	.quad	.Ltmp133-.Lfunc_begin0
	.quad	.Ltmp134-.Lfunc_begin0
	.quad	.Ltmp135-.Lfunc_begin0
	.quad	.Ltmp136-.Lfunc_begin0
	.quad	.Ltmp137-.Lfunc_begin0
	.quad	.Ltmp138-.Lfunc_begin0
	.quad	.Ltmp139-.Lfunc_begin0
	.quad	.Ltmp140-.Lfunc_begin0
	.quad	.Ltmp141-.Lfunc_begin0
	.quad	.Ltmp142-.Lfunc_begin0
	.quad	.Ltmp143-.Lfunc_begin0
	.quad	.Ltmp144-.Lfunc_begin0
	.quad	.Ltmp145-.Lfunc_begin0
	.quad	.Ltmp146-.Lfunc_begin0
	.quad	.Ltmp147-.Lfunc_begin0
	.quad	.Ltmp148-.Lfunc_begin0
	.quad	.Ltmp149-.Lfunc_begin0
	.quad	.Ltmp150-.Lfunc_begin0
	.quad	.Ltmp151-.Lfunc_begin0
	.quad	.Ltmp152-.Lfunc_begin0
	.quad	.Ltmp153-.Lfunc_begin0
	.quad	.Ltmp154-.Lfunc_begin0
	.quad	.Ltmp155-.Lfunc_begin0
	.quad	.Ltmp156-.Lfunc_begin0
	.quad	.Ltmp157-.Lfunc_begin0
	.quad	.Ltmp158-.Lfunc_begin0
	.quad	.Ltmp159-.Lfunc_begin0
	.quad	.Ltmp161-.Lfunc_begin0
	.quad	.Ltmp162-.Lfunc_begin0
	.quad	.Ltmp163-.Lfunc_begin0
	.quad	.Ltmp164-.Lfunc_begin0
	.quad	.Ltmp165-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges1:
	.quad	.Ltmp1-.Lfunc_begin0
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	.Ltmp10-.Lfunc_begin0
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp12-.Lfunc_begin0
	.quad	.Ltmp13-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges2:
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	.Ltmp10-.Lfunc_begin0
	.quad	.Ltmp13-.Lfunc_begin0
	.quad	.Ltmp33-.Lfunc_begin0
	.quad	.Ltmp34-.Lfunc_begin0
	.quad	.Ltmp36-.Lfunc_begin0
	.quad	.Ltmp37-.Lfunc_begin0
	.quad	.Ltmp39-.Lfunc_begin0
	.quad	.Ltmp40-.Lfunc_begin0
	.quad	.Ltmp42-.Lfunc_begin0
	.quad	.Ltmp43-.Lfunc_begin0
	.quad	.Ltmp57-.Lfunc_begin0
	.quad	.Ltmp58-.Lfunc_begin0
	.quad	.Ltmp59-.Lfunc_begin0
	.quad	.Ltmp60-.Lfunc_begin0
	.quad	.Ltmp68-.Lfunc_begin0
	.quad	.Ltmp69-.Lfunc_begin0
	.quad	.Ltmp72-.Lfunc_begin0
	.quad	.Ltmp73-.Lfunc_begin0
	.quad	.Ltmp75-.Lfunc_begin0
	.quad	.Ltmp76-.Lfunc_begin0
	.quad	.Ltmp78-.Lfunc_begin0
	.quad	.Ltmp79-.Lfunc_begin0
	.quad	.Ltmp81-.Lfunc_begin0
	.quad	.Ltmp82-.Lfunc_begin0
	.quad	.Ltmp83-.Lfunc_begin0
	.quad	.Ltmp84-.Lfunc_begin0
	.quad	.Ltmp86-.Lfunc_begin0
	.quad	.Ltmp87-.Lfunc_begin0
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
	.quad	.Ltmp100-.Lfunc_begin0
	.quad	.Ltmp101-.Lfunc_begin0
	.quad	.Ltmp102-.Lfunc_begin0
	.quad	.Ltmp103-.Lfunc_begin0
	.quad	.Ltmp104-.Lfunc_begin0
	.quad	.Ltmp105-.Lfunc_begin0
	.quad	.Ltmp106-.Lfunc_begin0
	.quad	.Ltmp107-.Lfunc_begin0
	.quad	.Ltmp108-.Lfunc_begin0
	.quad	.Ltmp109-.Lfunc_begin0
	.quad	.Ltmp110-.Lfunc_begin0
	.quad	.Ltmp111-.Lfunc_begin0
	.quad	.Ltmp112-.Lfunc_begin0
	.quad	.Ltmp113-.Lfunc_begin0
	.quad	.Ltmp114-.Lfunc_begin0
	.quad	.Ltmp115-.Lfunc_begin0
	.quad	.Ltmp116-.Lfunc_begin0
	.quad	.Ltmp117-.Lfunc_begin0
	.quad	.Ltmp118-.Lfunc_begin0
	.quad	.Ltmp119-.Lfunc_begin0
	.quad	.Ltmp120-.Lfunc_begin0
	.quad	.Ltmp121-.Lfunc_begin0
	.quad	.Ltmp122-.Lfunc_begin0
	.quad	.Ltmp123-.Lfunc_begin0
	.quad	.Ltmp124-.Lfunc_begin0
	.quad	.Ltmp125-.Lfunc_begin0
	.quad	.Ltmp126-.Lfunc_begin0
	.quad	.Ltmp127-.Lfunc_begin0
	.quad	.Ltmp128-.Lfunc_begin0
	.quad	.Ltmp129-.Lfunc_begin0
	.quad	.Ltmp130-.Lfunc_begin0
	.quad	.Ltmp131-.Lfunc_begin0
	.quad	.Ltmp132-.Lfunc_begin0
	.quad	.Ltmp133-.Lfunc_begin0
	.quad	.Ltmp134-.Lfunc_begin0
	.quad	.Ltmp135-.Lfunc_begin0
	.quad	.Ltmp136-.Lfunc_begin0
	.quad	.Ltmp137-.Lfunc_begin0
	.quad	.Ltmp138-.Lfunc_begin0
	.quad	.Ltmp139-.Lfunc_begin0
	.quad	.Ltmp140-.Lfunc_begin0
	.quad	.Ltmp141-.Lfunc_begin0
	.quad	.Ltmp142-.Lfunc_begin0
	.quad	.Ltmp143-.Lfunc_begin0
	.quad	.Ltmp144-.Lfunc_begin0
	.quad	.Ltmp145-.Lfunc_begin0
	.quad	.Ltmp146-.Lfunc_begin0
	.quad	.Ltmp147-.Lfunc_begin0
	.quad	.Ltmp148-.Lfunc_begin0
	.quad	.Ltmp149-.Lfunc_begin0
	.quad	.Ltmp150-.Lfunc_begin0
	.quad	.Ltmp151-.Lfunc_begin0
	.quad	.Ltmp152-.Lfunc_begin0
	.quad	.Ltmp153-.Lfunc_begin0
	.quad	.Ltmp154-.Lfunc_begin0
	.quad	.Ltmp155-.Lfunc_begin0
	.quad	.Ltmp156-.Lfunc_begin0
	.quad	.Ltmp157-.Lfunc_begin0
	.quad	.Ltmp158-.Lfunc_begin0
	.quad	.Ltmp159-.Lfunc_begin0
	.quad	.Ltmp161-.Lfunc_begin0
	.quad	.Ltmp162-.Lfunc_begin0
	.quad	.Ltmp163-.Lfunc_begin0
	.quad	.Ltmp164-.Lfunc_begin0
	.quad	.Ltmp165-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges3:
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	.Ltmp10-.Lfunc_begin0
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
	.quad	.Ltmp28-.Lfunc_begin0
	.quad	.Ltmp29-.Lfunc_begin0
	.quad	.Ltmp30-.Lfunc_begin0
	.quad	.Ltmp31-.Lfunc_begin0
	.quad	.Ltmp32-.Lfunc_begin0
	.quad	.Ltmp34-.Lfunc_begin0
	.quad	.Ltmp35-.Lfunc_begin0
	.quad	.Ltmp37-.Lfunc_begin0
	.quad	.Ltmp38-.Lfunc_begin0
	.quad	.Ltmp40-.Lfunc_begin0
	.quad	.Ltmp41-.Lfunc_begin0
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
	.quad	.Ltmp58-.Lfunc_begin0
	.quad	.Ltmp59-.Lfunc_begin0
	.quad	.Ltmp60-.Lfunc_begin0
	.quad	.Ltmp62-.Lfunc_begin0
	.quad	.Ltmp63-.Lfunc_begin0
	.quad	.Ltmp64-.Lfunc_begin0
	.quad	.Ltmp65-.Lfunc_begin0
	.quad	.Ltmp66-.Lfunc_begin0
	.quad	.Ltmp67-.Lfunc_begin0
	.quad	.Ltmp68-.Lfunc_begin0
	.quad	.Ltmp69-.Lfunc_begin0
	.quad	.Ltmp70-.Lfunc_begin0
	.quad	.Ltmp71-.Lfunc_begin0
	.quad	.Ltmp72-.Lfunc_begin0
	.quad	.Ltmp73-.Lfunc_begin0
	.quad	.Ltmp74-.Lfunc_begin0
	.quad	.Ltmp77-.Lfunc_begin0
	.quad	.Ltmp78-.Lfunc_begin0
	.quad	.Ltmp79-.Lfunc_begin0
	.quad	.Ltmp80-.Lfunc_begin0
	.quad	.Ltmp85-.Lfunc_begin0
	.quad	.Ltmp86-.Lfunc_begin0
	.quad	.Ltmp87-.Lfunc_begin0
	.quad	.Ltmp88-.Lfunc_begin0
	.quad	.Ltmp96-.Lfunc_begin0
	.quad	.Ltmp97-.Lfunc_begin0
	.quad	.Ltmp98-.Lfunc_begin0
	.quad	.Ltmp100-.Lfunc_begin0
	.quad	.Ltmp105-.Lfunc_begin0
	.quad	.Ltmp106-.Lfunc_begin0
	.quad	.Ltmp107-.Lfunc_begin0
	.quad	.Ltmp108-.Lfunc_begin0
	.quad	.Ltmp115-.Lfunc_begin0
	.quad	.Ltmp116-.Lfunc_begin0
	.quad	.Ltmp117-.Lfunc_begin0
	.quad	.Ltmp118-.Lfunc_begin0
	.quad	.Ltmp129-.Lfunc_begin0
	.quad	.Ltmp130-.Lfunc_begin0
	.quad	.Ltmp131-.Lfunc_begin0
	.quad	.Ltmp132-.Lfunc_begin0
	.quad	.Ltmp143-.Lfunc_begin0
	.quad	.Ltmp144-.Lfunc_begin0
	.quad	.Ltmp145-.Lfunc_begin0
	.quad	.Ltmp146-.Lfunc_begin0
	.quad	.Ltmp157-.Lfunc_begin0
	.quad	.Ltmp158-.Lfunc_begin0
	.quad	.Ltmp159-.Lfunc_begin0
	.quad	.Ltmp160-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges4:
	.quad	.Ltmp60-.Lfunc_begin0
	.quad	.Ltmp61-.Lfunc_begin0
	.quad	.Ltmp98-.Lfunc_begin0
	.quad	.Ltmp99-.Lfunc_begin0
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
    .sgpr_count:     26
    .sgpr_spill_count: 0
    .symbol:         sort_histogram.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     24
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

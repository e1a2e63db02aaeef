	.amdgcn_target "amdgpu9.0a-amd-amdhsa-unknown-gfx90a"
	.amdhsa_code_object_version 5
	.text
	.globl	sort_histogram                  ; -- Begin function sort_histogram
	.p2align	8
	.type	sort_histogram,@function
sort_histogram:                         ; @sort_histogram
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.1:
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 68 0 prologue_end             ; kernels.py:68:0
	s_load_dwordx2 s[6:7], s[4:5], 0x0
	s_load_dwordx8 s[8:15], s[4:5], 0x8
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.2:
.LBB0_0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
.Ltmp1:
	.loc	1 72 5 is_stmt 1                ; kernels.py:72:5
	v_readfirstlane_b32 s0, v0
	.loc	1 69 12                         ; kernels.py:69:12
	v_and_b32_e32 v1, 63, v0
	s_and_b32 s33, s0, 64
	s_mov_b64 s[48:49], s[6:7]
	v_or_b32_e32 v2, s33, v1
	.loc	1 70 9                          ; kernels.py:70:9
	s_and_b32 s49, s49, 0xffff
	s_mov_b32 s51, 0x27000
	s_mov_b32 s50, 0x7ffffffe
	v_lshlrev_b32_e32 v3, 2, v2
	buffer_load_dword v4, v3, s[48:51], 0 offen
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 383 10                        ; standard.py:383:10 @[ standard.py:420:16 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_and_b32_e32 v11, 1, v0
	v_bfe_u32 v12, v0, 1, 1
	s_lshr_b32 s47, s0, 6
.Ltmp3:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e64 s[0:1], v12, v11
.Ltmp4:
	.loc	2 383 10                        ; standard.py:383:10 @[ standard.py:420:16 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_bfe_u32 v6, v0, 2, 1
.Ltmp5:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e64 s[2:3], v6, v12
	v_cmp_ne_u32_e64 s[4:5], v6, v11
.Ltmp6:
	.loc	2 383 10                        ; standard.py:383:10 @[ standard.py:420:16 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_bfe_u32 v7, v0, 3, 1
.Ltmp7:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e64 s[6:7], v7, v6
	s_mov_b64 s[44:45], s[10:11]
	v_cmp_ne_u32_e64 s[10:11], v7, v12
	v_cmp_ne_u32_e64 s[12:13], v7, v11
.Ltmp8:
	.loc	2 383 10                        ; standard.py:383:10 @[ standard.py:420:16 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_bfe_u32 v13, v0, 4, 1
.Ltmp9:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e64 s[14:15], v13, v7
	v_cmp_ne_u32_e64 s[16:17], v13, v6
	v_cmp_ne_u32_e64 s[18:19], v13, v12
	v_cmp_ne_u32_e64 s[20:21], v13, v11
.Ltmp10:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_lshlrev_b32_e32 v1, 2, v1
	v_xor_b32_e32 v20, 64, v1
.Ltmp11:
	.loc	2 383 10                        ; standard.py:383:10 @[ standard.py:420:16 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_bfe_u32 v9, v0, 5, 1
.Ltmp12:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e64 s[22:23], v9, v13
	v_cmp_ne_u32_e64 s[24:25], v9, v7
	v_cmp_ne_u32_e64 s[26:27], v9, v6
	v_cmp_ne_u32_e64 s[28:29], v9, v12
	v_cmp_ne_u32_e64 s[30:31], v9, v11
.Ltmp13:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_xor_b32_e32 v21, 0x80, v1
.Ltmp14:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e64 s[34:35], s47, v9
.Ltmp15:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_lshlrev_b32_e32 v14, 2, v0
	v_and_b32_e32 v15, 11, v0
.Ltmp16:
	.loc	2 383 10                        ; standard.py:383:10 @[ standard.py:420:16 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_and_b32_e32 v8, 16, v0
	v_and_b32_e32 v10, 2, v0
.Ltmp17:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_and_b32_e32 v14, 0x90, v14
	v_bfrev_b32_e32 v15, v15
	s_movk_i32 s46, 0x190
	v_mov_b32_e32 v5, 0x140
	v_lshlrev_b32_e32 v17, 4, v10
	v_lshrrev_b32_e32 v18, 2, v8
	v_subrev_co_u32_e32 v19, vcc, 1, v11
.Ltmp18:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e64 s[36:37], s47, v13
.Ltmp19:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_add_u32_e32 v24, 0, v14
	v_lshrrev_b32_e32 v15, 25, v15
	v_and_b32_e32 v2, 0x48, v2
	v_lshlrev_b32_e32 v16, 6, v11
	v_cndmask_b32_e64 v5, v5, 0, vcc
	v_add3_u32 v15, v24, v15, v18
	v_or_b32_e32 v14, v2, v14
.Ltmp20:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e64 s[38:39], s47, v7
	v_cmp_ne_u32_e64 s[40:41], s47, v6
.Ltmp21:
	.loc	1 72 42                         ; kernels.py:72:42
	v_add_u32_e32 v1, 0, v1
.Ltmp22:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_waitcnt vmcnt(0)
	v_mov_b32_dpp v22, v4 quad_perm:[1,0,3,2] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp23:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[42:43], v4, v22
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[0:1], s[0:1], s[42:43]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v22, v4, v22, s[0:1]
.Ltmp24:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_nop 1
	v_mov_b32_dpp v23, v22 quad_perm:[2,3,0,1] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp25:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[0:1], v22, v23
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[0:1], s[2:3], s[0:1]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v22, v22, v23, s[0:1]
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e64 s[2:3], s47, v11
.Ltmp26:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_add3_u32 v11, 0, v17, v18
	v_mov_b32_dpp v23, v22 quad_perm:[1,0,3,2] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp27:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[0:1], v22, v23
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[0:1], s[4:5], s[0:1]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v22, v22, v23, s[0:1]
.Ltmp28:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_add_u32_e32 v17, v24, v17
	v_and_or_b32 v24, v3, s46, v2
	v_mov_b32_dpp v23, v22 row_half_mirror row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_xad_u32 v16, v24, v16, v11
	v_xad_u32 v5, v14, v5, v11
	v_mov_b32_dpp v23, v23 quad_perm:[3,2,1,0] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp29:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[0:1], v22, v23
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[0:1], s[6:7], s[0:1]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v22, v22, v23, s[0:1]
.Ltmp30:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_add3_u32 v2, v17, v18, v2
.Ltmp31:
	.loc	1 72 5                          ; kernels.py:72:5
	s_mov_b32 s46, s50
.Ltmp32:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v23, v22 quad_perm:[2,3,0,1] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp33:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[0:1], v22, v23
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[0:1], s[10:11], s[0:1]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v22, v22, v23, s[0:1]
.Ltmp34:
	.loc	1 71 5 is_stmt 1                ; kernels.py:71:5
	s_mov_b32 s10, s50
	s_mov_b32 s11, s51
.Ltmp35:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	v_mov_b32_dpp v23, v22 quad_perm:[1,0,3,2] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp36:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[0:1], v22, v23
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[0:1], s[12:13], s[0:1]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v22, v22, v23, s[0:1]
.Ltmp37:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_nop 1
	v_mov_b32_dpp v23, v22 row_ror:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp38:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[0:1], v22, v23
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[0:1], s[14:15], s[0:1]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v22, v22, v23, s[0:1]
.Ltmp39:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_nop 1
	v_mov_b32_dpp v23, v22 row_half_mirror row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_nop 1
	v_mov_b32_dpp v23, v23 quad_perm:[3,2,1,0] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp40:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[0:1], v22, v23
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[0:1], s[16:17], s[0:1]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v22, v22, v23, s[0:1]
.Ltmp41:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_nop 1
	v_mov_b32_dpp v23, v22 quad_perm:[2,3,0,1] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp42:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[0:1], v22, v23
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[0:1], s[18:19], s[0:1]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v22, v22, v23, s[0:1]
.Ltmp43:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_nop 1
	v_mov_b32_dpp v23, v22 quad_perm:[1,0,3,2] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp44:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[0:1], v22, v23
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[0:1], s[20:21], s[0:1]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v22, v22, v23, s[0:1]
.Ltmp45:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	ds_bpermute_b32 v23, v20, v22
.Ltmp46:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_ne_u32_e64 s[0:1], s47, v12
	.loc	2 403 23 is_stmt 0              ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_waitcnt lgkmcnt(0)
	v_cmp_gt_i32_e64 s[4:5], v22, v23
	.loc	2 403 22                        ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[4:5], s[22:23], s[4:5]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v22, v22, v23, s[4:5]
.Ltmp47:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_nop 1
	v_mov_b32_dpp v23, v22 row_ror:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp48:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[4:5], v22, v23
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[4:5], s[24:25], s[4:5]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v22, v22, v23, s[4:5]
.Ltmp49:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_nop 1
	v_mov_b32_dpp v23, v22 row_half_mirror row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_nop 1
	v_mov_b32_dpp v23, v23 quad_perm:[3,2,1,0] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp50:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[4:5], v22, v23
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[4:5], s[26:27], s[4:5]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v22, v22, v23, s[4:5]
.Ltmp51:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_nop 1
	v_mov_b32_dpp v23, v22 quad_perm:[2,3,0,1] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp52:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[4:5], v22, v23
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[4:5], s[28:29], s[4:5]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v22, v22, v23, s[4:5]
.Ltmp53:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_nop 1
	v_mov_b32_dpp v23, v22 quad_perm:[1,0,3,2] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp54:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[4:5], v22, v23
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[4:5], s[30:31], s[4:5]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v22, v22, v23, s[4:5]
.Ltmp55:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	ds_bpermute_b32 v23, v21, v22
.Ltmp56:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_waitcnt lgkmcnt(0)
	v_cmp_gt_i32_e64 s[4:5], v22, v23
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[4:5], s[34:35], s[4:5]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v22, v22, v23, s[4:5]
.Ltmp57:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	ds_bpermute_b32 v23, v20, v22
.Ltmp58:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_waitcnt lgkmcnt(0)
	v_cmp_gt_i32_e64 s[4:5], v22, v23
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[4:5], s[36:37], s[4:5]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v11, v22, v23, s[4:5]
.Ltmp59:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_nop 1
	v_mov_b32_dpp v14, v11 row_ror:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp60:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[4:5], v11, v14
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[4:5], s[38:39], s[4:5]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v11, v11, v14, s[4:5]
.Ltmp61:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_nop 1
	v_mov_b32_dpp v14, v11 row_half_mirror row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_nop 1
	v_mov_b32_dpp v14, v14 quad_perm:[3,2,1,0] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp62:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[4:5], v11, v14
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[4:5], s[40:41], s[4:5]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v11, v11, v14, s[4:5]
.Ltmp63:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_nop 1
	v_mov_b32_dpp v14, v11 quad_perm:[2,3,0,1] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp64:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[4:5], v11, v14
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[0:1], s[0:1], s[4:5]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v11, v11, v14, s[0:1]
.Ltmp65:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_nop 1
	v_mov_b32_dpp v14, v11 quad_perm:[1,0,3,2] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp66:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[0:1], v11, v14
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[0:1], s[2:3], s[0:1]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v11, v11, v14, s[0:1]
.Ltmp67:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	ds_write_b32 v16, v11
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b32 v5, v5
	s_waitcnt lgkmcnt(0)
	s_barrier
.Ltmp68:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_cmp_eq_u32 s47, 0
.Ltmp69:
	.loc	2 319 12                        ; standard.py:319:12 @[ standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ] ]
	v_xor_b32_dpp v5, v5, v5 quad_perm:[1,0,3,2] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp70:
	.loc	2 330 12                        ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	ds_write_b32 v2, v5
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b32 v2, v15
.Ltmp71:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_cselect_b64 s[2:3], -1, 0
.Ltmp72:
	.loc	1 71 5                          ; kernels.py:71:5
	s_and_b32 s9, s9, 0xffff
	.loc	1 72 5                          ; kernels.py:72:5
	s_and_b32 s45, s45, 0xffff
	s_mov_b32 s47, s51
.Ltmp73:
	.loc	2 396 10                        ; standard.py:396:10 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_waitcnt lgkmcnt(0)
	v_xor_b32_e32 v2, v11, v2
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[0:1], v11, v2
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[0:1], s[2:3], s[0:1]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v11, v2, s[0:1]
.Ltmp74:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	ds_bpermute_b32 v5, v21, v2
.Ltmp75:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_subrev_co_u32_e64 v9, s[0:1], 1, v9
	.loc	2 403 23 is_stmt 0              ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_waitcnt lgkmcnt(0)
	v_cmp_gt_i32_e64 s[2:3], v2, v5
	.loc	2 403 22                        ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[0:1], s[0:1], s[2:3]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v5, s[0:1]
.Ltmp76:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	ds_bpermute_b32 v5, v20, v2
.Ltmp77:
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_eq_u32_e64 s[0:1], 0, v8
	v_subrev_co_u32_e64 v7, s[2:3], 1, v7
	.loc	2 403 23 is_stmt 0              ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_waitcnt lgkmcnt(0)
	v_cmp_gt_i32_e64 s[4:5], v2, v5
	.loc	2 403 22                        ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[0:1], s[0:1], s[4:5]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v5, s[0:1]
.Ltmp78:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_nop 1
	v_mov_b32_dpp v5, v2 row_ror:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp79:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[0:1], v2, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[0:1], s[2:3], s[0:1]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v5, s[0:1]
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_subrev_co_u32_e64 v6, s[2:3], 1, v6
.Ltmp80:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_nop 0
	v_mov_b32_dpp v5, v2 row_half_mirror row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_nop 1
	v_mov_b32_dpp v5, v5 quad_perm:[3,2,1,0] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp81:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[0:1], v2, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[0:1], s[2:3], s[0:1]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v5, s[0:1]
	.loc	2 403 33                        ; standard.py:403:33 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_eq_u32_e64 s[2:3], 0, v10
.Ltmp82:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_nop 0
	v_mov_b32_dpp v5, v2 quad_perm:[2,3,0,1] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp83:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[0:1], v2, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 s[0:1], s[2:3], s[0:1]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v5, s[0:1]
.Ltmp84:
	.loc	2 330 12 is_stmt 1              ; standard.py:330:12 @[ standard.py:396:15 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ] ]
	s_nop 1
	v_mov_b32_dpp v5, v2 quad_perm:[1,0,3,2] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp85:
	.loc	2 403 23                        ; standard.py:403:23 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cmp_gt_i32_e64 s[0:1], v2, v5
	.loc	2 403 22 is_stmt 0              ; standard.py:403:22 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	s_xor_b64 vcc, vcc, s[0:1]
	.loc	2 403 11                        ; standard.py:403:11 @[ standard.py:425:13 @[ standard.py:475:17 @[ standard.py:490:12 @[ kernels.py:71:28 ] ] ] ]
	v_cndmask_b32_e32 v2, v2, v5, vcc
.Ltmp86:
	.loc	1 71 5 is_stmt 1                ; kernels.py:71:5
	buffer_store_dword v2, v3, s[8:11], 0 offen
	.loc	1 72 55                         ; kernels.py:72:55
	v_ashrrev_i32_e32 v3, 31, v4
	v_lshrrev_b32_e32 v3, 28, v3
	v_add_u32_e32 v3, v4, v3
	v_and_b32_e32 v3, -16, v3
	v_sub_u32_e32 v3, v4, v3
	.loc	1 72 42 is_stmt 0               ; kernels.py:72:42
	v_and_b32_e32 v4, 1, v3
	v_cmp_ne_u32_e32 vcc, 0, v4
	v_bfe_u32 v4, v3, 1, 1
	v_cmp_ne_u32_e64 s[0:1], 0, v4
	v_bfe_u32 v4, v3, 2, 1
	v_cmp_ne_u32_e64 s[2:3], 0, v4
	v_bfe_u32 v4, v3, 3, 1
	v_cmp_ne_u32_e64 s[4:5], 0, v4
	v_bfe_u32 v4, v3, 4, 1
	v_bfe_u32 v3, v3, 5, 1
	v_add_u32_e32 v5, -1, v12
	v_cmp_ne_u32_e64 s[6:7], 0, v4
	v_cmp_ne_u32_e64 s[8:9], 0, v3
	v_ashrrev_i32_e32 v3, 31, v19
	v_xor_b32_e32 v4, vcc_lo, v19
	v_ashrrev_i32_e32 v8, 31, v5
	v_xor_b32_e32 v5, s0, v5
	v_xor_b32_e32 v3, vcc_hi, v3
	v_xor_b32_e32 v8, s1, v8
	v_and_b32_e32 v4, v5, v4
	v_ashrrev_i32_e32 v5, 31, v6
	v_and_b32_e32 v3, v8, v3
	v_xor_b32_e32 v5, s3, v5
	v_and_b32_e32 v3, v3, v5
	v_ashrrev_i32_e32 v5, 31, v7
	v_xor_b32_e32 v6, s2, v6
	v_xor_b32_e32 v5, s5, v5
	v_and_b32_e32 v4, v4, v6
	v_xor_b32_e32 v6, s4, v7
	v_and_b32_e32 v3, v3, v5
	v_add_u32_e32 v5, -1, v13
	v_and_b32_e32 v4, v4, v6
	v_ashrrev_i32_e32 v6, 31, v5
	v_xor_b32_e32 v6, s7, v6
	v_xor_b32_e32 v5, s6, v5
	v_and_b32_e32 v3, v3, v6
	v_and_b32_e32 v4, v4, v5
	v_ashrrev_i32_e32 v5, 31, v9
	v_xor_b32_e32 v6, s8, v9
	v_xor_b32_e32 v5, s9, v5
	v_and_b32_e32 v4, v4, v6
	v_and_b32_e32 v3, v3, v5
	v_bcnt_u32_b32 v4, v4, 0
	.loc	1 72 22                         ; kernels.py:72:22
	v_and_b32_e32 v2, 15, v0
	.loc	1 72 42                         ; kernels.py:72:42
	v_bcnt_u32_b32 v3, v3, v4
	v_mov_b32_e32 v4, 0
	s_barrier
	ds_write_b32 v1, v4
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_add_u32 v1, v3
	v_lshlrev_b32_e32 v1, 2, v2
	v_add_u32_e32 v2, 0, v1
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b32 v3, v2
	.loc	1 72 5                          ; kernels.py:72:5
	v_and_or_b32 v0, v0, 48, s33
	v_bfrev_b32_e32 v2, 1
	v_cmp_eq_u32_e32 vcc, 0, v0
	v_cndmask_b32_e32 v0, v2, v1, vcc
	s_waitcnt lgkmcnt(0)
	buffer_store_dword v3, v0, s[44:47], 0 offen
	.loc	1 68 1 is_stmt 1                ; kernels.py:68:1
	s_endpgm
.Ltmp87:
.Lfunc_end0:
	.size	sort_histogram, .Lfunc_end0-sort_histogram
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel sort_histogram
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
		.amdhsa_next_free_vgpr 25
		.amdhsa_next_free_sgpr 52
		.amdhsa_accum_offset 28
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
	.set .Lsort_histogram.num_vgpr, 25
	.set .Lsort_histogram.num_agpr, 0
	.set .Lsort_histogram.numbered_sgpr, 52
	.set .Lsort_histogram.num_named_barrier, 0
	.set .Lsort_histogram.private_seg_size, 0
	.set .Lsort_histogram.uses_vcc, 1
	.set .Lsort_histogram.uses_flat_scratch, 0
	.set .Lsort_histogram.has_dyn_sized_stack, 0
	.set .Lsort_histogram.has_recursion, 0
	.set .Lsort_histogram.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 2108
; TotalNumSgprs: 56
; NumVgprs: 25
; NumAgprs: 0
; TotalNumVgprs: 25
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 6
; VGPRBlocks: 3
; NumSGPRsForWavesPerEU: 56
; NumVGPRsForWavesPerEU: 25
; AccumOffset: 28
; Occupancy: 8
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 6
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
	.byte	7                               ; Abbreviation Code
	.byte	29                              ; DW_TAG_inlined_subroutine
	.byte	0                               ; DW_CHILDREN_no
	.byte	49                              ; DW_AT_abstract_origin
	.byte	19                              ; DW_FORM_ref4
	.byte	17                              ; DW_AT_low_pc
	.byte	1                               ; DW_FORM_addr
	.byte	18                              ; DW_AT_high_pc
	.byte	6                               ; DW_FORM_data4
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
	.byte	1                               ; Abbrev [1] 0xb:0x9f DW_TAG_compile_unit
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
	.byte	3                               ; Abbrev [3] 0x30:0x79 DW_TAG_subprogram
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.long	42                              ; DW_AT_abstract_origin
	.byte	4                               ; Abbrev [4] 0x41:0x67 DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges0                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	71                              ; DW_AT_call_line
	.byte	28                              ; DW_AT_call_column
	.byte	5                               ; Abbrev [5] 0x4d:0x5a DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges0                 ; DW_AT_ranges
	.byte	2                               ; DW_AT_call_file
	.short	490                             ; DW_AT_call_line
	.byte	12                              ; DW_AT_call_column
	.byte	5                               ; Abbrev [5] 0x5a:0x4c DW_TAG_inlined_subroutine
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
	.byte	5                               ; Abbrev [5] 0x74:0x31 DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges2                 ; DW_AT_ranges
	.byte	2                               ; DW_AT_call_file
	.short	425                             ; DW_AT_call_line
	.byte	13                              ; DW_AT_call_column
	.byte	5                               ; Abbrev [5] 0x81:0x23 DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges3                 ; DW_AT_ranges
	.byte	2                               ; DW_AT_call_file
	.short	396                             ; DW_AT_call_line
	.byte	15                              ; DW_AT_call_column
	.byte	7                               ; Abbrev [7] 0x8e:0x15 DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.quad	.Ltmp69                         ; DW_AT_low_pc
	.long	.Ltmp70-.Ltmp69                 ; DW_AT_high_pc
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
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp21-.Lfunc_begin0
	.quad	.Ltmp22-.Lfunc_begin0
	.quad	.Ltmp31-.Lfunc_begin0
	.quad	.Ltmp32-.Lfunc_begin0
	.quad	.Ltmp34-.Lfunc_begin0
	.quad	.Ltmp35-.Lfunc_begin0
	.quad	.Ltmp72-.Lfunc_begin0
	.quad	.Ltmp73-.Lfunc_begin0
	.quad	.Ltmp86-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges1:
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp12-.Lfunc_begin0
	.quad	.Ltmp16-.Lfunc_begin0
	.quad	.Ltmp17-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges2:
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp12-.Lfunc_begin0
	.quad	.Ltmp16-.Lfunc_begin0
	.quad	.Ltmp17-.Lfunc_begin0
	.quad	.Ltmp21-.Lfunc_begin0
	.quad	.Ltmp22-.Lfunc_begin0
	.quad	.Ltmp31-.Lfunc_begin0
	.quad	.Ltmp32-.Lfunc_begin0
	.quad	.Ltmp34-.Lfunc_begin0
	.quad	.Ltmp35-.Lfunc_begin0
	.quad	.Ltmp72-.Lfunc_begin0
	.quad	.Ltmp73-.Lfunc_begin0
	.quad	.Ltmp86-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges3:
	.quad	.Ltmp10-.Lfunc_begin0
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp13-.Lfunc_begin0
	.quad	.Ltmp14-.Lfunc_begin0
	.quad	.Ltmp15-.Lfunc_begin0
	.quad	.Ltmp16-.Lfunc_begin0
	.quad	.Ltmp17-.Lfunc_begin0
	.quad	.Ltmp18-.Lfunc_begin0
	.quad	.Ltmp19-.Lfunc_begin0
	.quad	.Ltmp20-.Lfunc_begin0
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
	.quad	.Ltmp63-.Lfunc_begin0
	.quad	.Ltmp64-.Lfunc_begin0
	.quad	.Ltmp65-.Lfunc_begin0
	.quad	.Ltmp66-.Lfunc_begin0
	.quad	.Ltmp67-.Lfunc_begin0
	.quad	.Ltmp68-.Lfunc_begin0
	.quad	.Ltmp69-.Lfunc_begin0
	.quad	.Ltmp71-.Lfunc_begin0
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
	.quad	.Ltmp85-.Lfunc_begin0
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
    .max_flat_workgroup_size: 128
    .name:           sort_histogram
    .private_segment_fixed_size: 0
    .sgpr_count:     56
    .sgpr_spill_count: 0
    .symbol:         sort_histogram.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     25
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

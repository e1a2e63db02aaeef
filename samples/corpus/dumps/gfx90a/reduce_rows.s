	.amdgcn_target "amdgpu9.0a-amd-amdhsa-unknown-gfx90a"
	.amdhsa_code_object_version 5
	.text
	.globl	reduce_rows                     ; -- Begin function reduce_rows
	.p2align	8
	.type	reduce_rows,@function
reduce_rows:                            ; @reduce_rows
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.7:
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 19 0 prologue_end             ; kernels.py:19:0
	s_load_dwordx2 s[6:7], s[4:5], 0x0
	s_load_dwordx4 s[8:11], s[4:5], 0x8
	s_load_dwordx2 s[12:13], s[4:5], 0x18
	s_load_dword s14, s[4:5], 0x20
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
	.loc	1 25 5 is_stmt 1                ; kernels.py:25:5
	v_readfirstlane_b32 s0, v0
	s_lshr_b32 s4, s0, 6
	.loc	1 21 12                         ; kernels.py:21:12
	v_and_b32_e32 v2, 63, v0
	s_and_b32 s0, s0, 0xc0
	v_or_b32_e32 v1, s0, v2
	.loc	1 22 25                         ; kernels.py:22:25
	s_mul_i32 s0, s14, s15
	.loc	1 22 17 is_stmt 0               ; kernels.py:22:17
	s_ashr_i32 s1, s0, 31
	s_lshl_b64 s[0:1], s[0:1], 2
	s_add_u32 s0, s6, s0
	s_addc_u32 s1, s7, s1
	.loc	1 22 9                          ; kernels.py:22:9
	v_lshlrev_b32_e32 v3, 2, v1
	v_bfrev_b32_e32 v4, 1
	.loc	1 22 46                         ; kernels.py:22:46
	v_cmp_gt_i32_e32 vcc, s14, v1
	.loc	1 22 9                          ; kernels.py:22:9
	s_and_b32 s1, s1, 0xffff
	s_mov_b32 s3, 0x27000
	s_mov_b32 s2, 0x7ffffffe
	v_cndmask_b32_e32 v3, v4, v3, vcc
	buffer_load_dword v3, v3, s[0:3], 0 offen
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 314 12 is_stmt 1              ; standard.py:314:12 @[ kernels.py:23:29 ]
	v_lshlrev_b32_e32 v0, 2, v0
	v_and_b32_e32 v0, 12, v0
	s_lshl_b32 s6, s4, 2
	v_add_u32_e32 v0, 0, v0
	v_mov_b32_e32 v4, s6
	s_mov_b32 s16, s15
.Ltmp3:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:314:12 @[ kernels.py:23:29 ] ]
	s_waitcnt vmcnt(0)
	v_add_f32_dpp v5, v3, v3 row_shr:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_nop 1
	v_add_f32_dpp v5, v5, v5 row_shr:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_nop 1
	v_add_f32_dpp v5, v5, v5 row_shr:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_nop 1
	v_add_f32_dpp v5, v5, v5 row_shr:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp4:
	.loc	2 314 12                        ; standard.py:314:12 @[ kernels.py:23:29 ]
	v_mov_b32_e32 v6, v5
	s_nop 1
	v_mov_b32_dpp v6, v6 row_bcast:15 row_mask:0xa bank_mask:0xf bound_ctrl:1
.Ltmp5:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:314:12 @[ kernels.py:23:29 ] ]
	v_add_f32_e32 v5, v6, v5
.Ltmp6:
	.loc	1 23 5                          ; kernels.py:23:5
	v_or_b32_e32 v6, s4, v2
	v_cmp_eq_u32_e32 vcc, 0, v6
.Ltmp7:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:314:12 @[ kernels.py:23:29 ] ]
	v_add_f32_dpp v5, v5, v5 row_bcast:31 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp8:
	.loc	2 314 12                        ; standard.py:314:12 @[ kernels.py:23:29 ]
	v_readlane_b32 s0, v5, 63
	v_mov_b32_e32 v5, s0
	ds_write_b32 v4, v5
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b32 v4, v0
.Ltmp9:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:314:12 @[ kernels.py:23:29 ] ]
	s_waitcnt lgkmcnt(0)
	s_nop 0
	v_add_f32_dpp v4, v4, v4 quad_perm:[2,3,0,1] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp10:
	.loc	2 314 12                        ; standard.py:314:12 @[ kernels.py:23:29 ]
	s_nop 1
	v_mov_b32_dpp v5, v4 quad_perm:[1,0,3,2] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp11:
	.loc	1 23 5                          ; kernels.py:23:5
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_2
; %bb.1:
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	s_ashr_i32 s17, s16, 31
	s_lshl_b64 s[2:3], s[16:17], 2
	s_add_u32 s2, s8, s2
	s_addc_u32 s3, s9, s3
	v_mov_b32_e32 v6, 0
	v_add_f32_e32 v4, v4, v5
	.loc	1 23 5                          ; kernels.py:23:5
	global_store_dword v6, v4, s[2:3]
.LBB0_2:
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b64 exec, exec, s[0:1]
.Ltmp12:
	.loc	2 216 16 is_stmt 1              ; standard.py:216:16 @[ kernels.py:24:29 ]
	v_mov_b32_dpp v4, v3 row_shr:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp13:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:24:29 ] ]
	v_max_f32_e32 v4, v4, v4
	v_max_f32_e32 v5, v3, v3
	v_max_f32_e32 v4, v5, v4
.Ltmp14:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:24:29 ]
	s_barrier
	s_nop 0
	v_mov_b32_dpp v5, v4 row_shr:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp15:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:24:29 ] ]
	v_max_f32_e32 v5, v5, v5
	v_max_f32_e32 v4, v4, v5
.Ltmp16:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:24:29 ]
	s_nop 1
	v_mov_b32_dpp v5, v4 row_shr:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp17:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:24:29 ] ]
	v_max_f32_e32 v5, v5, v5
	v_max_f32_e32 v4, v4, v5
.Ltmp18:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:24:29 ]
	s_nop 1
	v_mov_b32_dpp v5, v4 row_shr:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp19:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:24:29 ] ]
	v_max_f32_e32 v5, v5, v5
	v_max_f32_e32 v4, v4, v5
.Ltmp20:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:24:29 ]
	v_mov_b32_e32 v5, v4
	s_nop 1
	v_mov_b32_dpp v5, v5 row_bcast:15 row_mask:0xa bank_mask:0xf bound_ctrl:1
.Ltmp21:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:24:29 ] ]
	v_max_f32_e32 v5, v5, v5
	v_max_f32_e32 v4, v4, v5
.Ltmp22:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:24:29 ]
	s_nop 1
	v_mov_b32_dpp v5, v4 row_bcast:31 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp23:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:24:29 ] ]
	v_max_f32_e32 v5, v5, v5
	v_max_f32_e32 v4, v4, v5
.Ltmp24:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:24:29 ]
	v_readlane_b32 s0, v4, 63
	v_mov_b32_e32 v4, s6
	v_mov_b32_e32 v5, s0
	ds_write_b32 v4, v5
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b32 v4, v0
	s_waitcnt lgkmcnt(0)
	s_nop 0
	v_mov_b32_dpp v5, v4 quad_perm:[2,3,0,1] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp25:
	.loc	2 196 12                        ; standard.py:196:12 @[ standard.py:216:16 @[ kernels.py:24:29 ] ]
	v_max_f32_e32 v4, v4, v4
	v_max_f32_e32 v5, v5, v5
	v_max_f32_e32 v4, v4, v5
.Ltmp26:
	.loc	2 216 16                        ; standard.py:216:16 @[ kernels.py:24:29 ]
	s_nop 1
	v_mov_b32_dpp v5, v4 quad_perm:[1,0,3,2] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp27:
	.loc	1 24 5                          ; kernels.py:24:5
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_4
; %bb.3:
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	s_ashr_i32 s17, s16, 31
	s_lshl_b64 s[2:3], s[16:17], 2
	s_add_u32 s2, s10, s2
	v_max_f32_e32 v5, v5, v5
	v_max_f32_e32 v4, v4, v4
	s_addc_u32 s3, s11, s3
	v_mov_b32_e32 v6, 0
	v_max_f32_e32 v4, v4, v5
	.loc	1 24 5                          ; kernels.py:24:5
	global_store_dword v6, v4, s[2:3]
.LBB0_4:
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b64 exec, exec, s[0:1]
.Ltmp28:
	.loc	2 264 20 is_stmt 1              ; standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ]
	v_lshlrev_b32_e32 v2, 2, v2
	v_xor_b32_e32 v4, 0x80, v2
	ds_bpermute_b32 v5, v4, v3
	ds_bpermute_b32 v4, v4, v1
	v_xor_b32_e32 v2, 64, v2
	s_waitcnt lgkmcnt(0)
	s_barrier
.Ltmp29:
	.loc	2 233 15                        ; standard.py:233:15 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_eq_f32_e64 s[0:1], v3, v5
	.loc	2 233 36 is_stmt 0              ; standard.py:233:36 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_lt_i32_e64 s[2:3], v1, v4
	.loc	2 236 10 is_stmt 1              ; standard.py:236:10 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_lt_f32_e64 s[4:5], v3, v5
	.loc	2 233 15                        ; standard.py:233:15 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	s_and_b64 s[0:1], s[0:1], s[2:3]
	.loc	2 236 10                        ; standard.py:236:10 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	s_or_b64 s[0:1], s[4:5], s[0:1]
	.loc	2 237 17                        ; standard.py:237:17 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cndmask_b32_e64 v3, v5, v3, s[0:1]
	.loc	2 238 17                        ; standard.py:238:17 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cndmask_b32_e64 v1, v4, v1, s[0:1]
.Ltmp30:
	.loc	2 264 20                        ; standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ]
	ds_bpermute_b32 v4, v2, v3
	ds_bpermute_b32 v2, v2, v1
	s_waitcnt lgkmcnt(0)
.Ltmp31:
	.loc	2 233 15                        ; standard.py:233:15 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_eq_f32_e64 s[0:1], v3, v4
	.loc	2 233 36 is_stmt 0              ; standard.py:233:36 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_lt_i32_e64 s[2:3], v1, v2
	.loc	2 233 15                        ; standard.py:233:15 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	s_and_b64 s[2:3], s[0:1], s[2:3]
	.loc	2 236 10 is_stmt 1              ; standard.py:236:10 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_lt_f32_e64 s[0:1], v3, v4
	s_or_b64 s[0:1], s[0:1], s[2:3]
	.loc	2 237 17                        ; standard.py:237:17 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cndmask_b32_e64 v3, v4, v3, s[0:1]
	.loc	2 238 17                        ; standard.py:238:17 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cndmask_b32_e64 v1, v2, v1, s[0:1]
.Ltmp32:
	.loc	2 264 20                        ; standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ]
	s_nop 0
	v_mov_b32_dpp v2, v3 row_ror:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v4, v1 row_ror:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp33:
	.loc	2 233 15                        ; standard.py:233:15 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_eq_f32_e64 s[0:1], v3, v2
	.loc	2 233 36 is_stmt 0              ; standard.py:233:36 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_lt_i32_e64 s[2:3], v1, v4
	.loc	2 233 15                        ; standard.py:233:15 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	s_and_b64 s[2:3], s[0:1], s[2:3]
	.loc	2 236 10 is_stmt 1              ; standard.py:236:10 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_lt_f32_e64 s[0:1], v3, v2
	s_or_b64 s[0:1], s[0:1], s[2:3]
	.loc	2 237 17                        ; standard.py:237:17 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cndmask_b32_e64 v2, v2, v3, s[0:1]
	.loc	2 238 17                        ; standard.py:238:17 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cndmask_b32_e64 v1, v4, v1, s[0:1]
.Ltmp34:
	.loc	2 264 20                        ; standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ]
	s_nop 0
	v_mov_b32_dpp v3, v2 row_half_mirror row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v4, v1 row_half_mirror row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_nop 0
	v_mov_b32_dpp v3, v3 quad_perm:[3,2,1,0] row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v4, v4 quad_perm:[3,2,1,0] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp35:
	.loc	2 233 15                        ; standard.py:233:15 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_eq_f32_e64 s[0:1], v2, v3
	.loc	2 233 36 is_stmt 0              ; standard.py:233:36 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_lt_i32_e64 s[2:3], v1, v4
	.loc	2 233 15                        ; standard.py:233:15 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	s_and_b64 s[2:3], s[0:1], s[2:3]
	.loc	2 236 10 is_stmt 1              ; standard.py:236:10 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_lt_f32_e64 s[0:1], v2, v3
	s_or_b64 s[0:1], s[0:1], s[2:3]
	.loc	2 237 17                        ; standard.py:237:17 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cndmask_b32_e64 v2, v3, v2, s[0:1]
	.loc	2 238 17                        ; standard.py:238:17 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cndmask_b32_e64 v1, v4, v1, s[0:1]
.Ltmp36:
	.loc	2 264 20                        ; standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ]
	s_nop 0
	v_mov_b32_dpp v3, v2 quad_perm:[2,3,0,1] row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v4, v1 quad_perm:[2,3,0,1] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp37:
	.loc	2 233 15                        ; standard.py:233:15 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_eq_f32_e64 s[0:1], v2, v3
	.loc	2 233 36 is_stmt 0              ; standard.py:233:36 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_lt_i32_e64 s[2:3], v1, v4
	.loc	2 233 15                        ; standard.py:233:15 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	s_and_b64 s[2:3], s[0:1], s[2:3]
	.loc	2 236 10 is_stmt 1              ; standard.py:236:10 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_lt_f32_e64 s[0:1], v2, v3
	s_or_b64 s[0:1], s[0:1], s[2:3]
	.loc	2 237 17                        ; standard.py:237:17 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cndmask_b32_e64 v2, v3, v2, s[0:1]
	.loc	2 238 17                        ; standard.py:238:17 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cndmask_b32_e64 v1, v4, v1, s[0:1]
.Ltmp38:
	.loc	2 264 20                        ; standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ]
	s_nop 0
	v_mov_b32_dpp v3, v2 quad_perm:[1,0,3,2] row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v4, v1 quad_perm:[1,0,3,2] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp39:
	.loc	2 233 15                        ; standard.py:233:15 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_eq_f32_e64 s[0:1], v2, v3
	.loc	2 233 36 is_stmt 0              ; standard.py:233:36 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_lt_i32_e64 s[2:3], v1, v4
	.loc	2 233 15                        ; standard.py:233:15 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	s_and_b64 s[2:3], s[0:1], s[2:3]
	.loc	2 236 10 is_stmt 1              ; standard.py:236:10 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_lt_f32_e64 s[0:1], v2, v3
	s_or_b64 s[0:1], s[0:1], s[2:3]
	.loc	2 237 17                        ; standard.py:237:17 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cndmask_b32_e64 v2, v3, v2, s[0:1]
	.loc	2 238 17                        ; standard.py:238:17 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cndmask_b32_e64 v1, v4, v1, s[0:1]
.Ltmp40:
	.loc	2 264 20                        ; standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ]
	v_mov_b32_e32 v3, s6
	ds_write_b32 v3, v2
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b32 v2, v0
	ds_write_b32 v3, v1 offset:16
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b32 v0, v0 offset:16
	v_mov_b32_dpp v1, v2 quad_perm:[2,3,0,1] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp41:
	.loc	2 233 15                        ; standard.py:233:15 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_eq_f32_e64 s[0:1], v2, v1
.Ltmp42:
	.loc	2 264 20                        ; standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ]
	s_waitcnt lgkmcnt(0)
	v_mov_b32_dpp v3, v0 quad_perm:[2,3,0,1] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp43:
	.loc	2 233 36                        ; standard.py:233:36 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_lt_i32_e64 s[2:3], v0, v3
	.loc	2 233 15 is_stmt 0              ; standard.py:233:15 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	s_and_b64 s[2:3], s[0:1], s[2:3]
	.loc	2 236 10 is_stmt 1              ; standard.py:236:10 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_lt_f32_e64 s[0:1], v2, v1
	s_or_b64 s[0:1], s[0:1], s[2:3]
	.loc	2 237 17                        ; standard.py:237:17 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cndmask_b32_e64 v2, v1, v2, s[0:1]
	.loc	2 238 17                        ; standard.py:238:17 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cndmask_b32_e64 v0, v3, v0, s[0:1]
.Ltmp44:
	.loc	2 264 20                        ; standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ]
	s_nop 0
	v_mov_b32_dpp v3, v2 quad_perm:[1,0,3,2] row_mask:0xf bank_mask:0xf bound_ctrl:1
	v_mov_b32_dpp v1, v0 quad_perm:[1,0,3,2] row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp45:
	.loc	1 25 5                          ; kernels.py:25:5
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_6
; %bb.5:
.Ltmp46:
	.loc	2 233 15                        ; standard.py:233:15 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_eq_f32_e64 s[0:1], v2, v3
	.loc	2 233 36 is_stmt 0              ; standard.py:233:36 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_lt_i32_e64 s[2:3], v0, v1
	.loc	2 236 10 is_stmt 1              ; standard.py:236:10 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cmp_lt_f32_e32 vcc, v2, v3
	.loc	2 233 15                        ; standard.py:233:15 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	s_and_b64 s[0:1], s[0:1], s[2:3]
.Ltmp47:
	.loc	1 25 14                         ; kernels.py:25:14
	s_ashr_i32 s17, s16, 31
.Ltmp48:
	.loc	2 236 10                        ; standard.py:236:10 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	s_or_b64 vcc, vcc, s[0:1]
.Ltmp49:
	.loc	1 25 14                         ; kernels.py:25:14
	s_lshl_b64 s[0:1], s[16:17], 2
	s_add_u32 s0, s12, s0
.Ltmp50:
	.loc	2 238 17                        ; standard.py:238:17 @[ standard.py:244:12 @[ standard.py:264:20 @[ standard.py:281:14 @[ kernels.py:25:29 ] ] ] ]
	v_cndmask_b32_e32 v0, v1, v0, vcc
.Ltmp51:
	.loc	1 25 14                         ; kernels.py:25:14
	s_addc_u32 s1, s13, s1
	v_mov_b32_e32 v1, 0
	.loc	1 25 5 is_stmt 0                ; kernels.py:25:5
	global_store_dword v1, v0, s[0:1]
.LBB0_6:
	.loc	1 19 1 is_stmt 1                ; kernels.py:19:1
	s_endpgm
.Ltmp52:
.Lfunc_end0:
	.size	reduce_rows, .Lfunc_end0-reduce_rows
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel reduce_rows
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 56
		.amdhsa_user_sgpr_count 15
		.amdhsa_user_sgpr_private_segment_buffer 1
		.amdhsa_user_sgpr_dispatch_ptr 0
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_flat_scratch_init 0
		.amdhsa_user_sgpr_kernarg_preload_length 9
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_system_sgpr_private_segment_wavefront_offset 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 7
		.amdhsa_next_free_sgpr 18
		.amdhsa_accum_offset 8
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
	.set .Lreduce_rows.num_vgpr, 7
	.set .Lreduce_rows.num_agpr, 0
	.set .Lreduce_rows.numbered_sgpr, 18
	.set .Lreduce_rows.num_named_barrier, 0
	.set .Lreduce_rows.private_seg_size, 0
	.set .Lreduce_rows.uses_vcc, 1
	.set .Lreduce_rows.uses_flat_scratch, 0
	.set .Lreduce_rows.has_dyn_sized_stack, 0
	.set .Lreduce_rows.has_recursion, 0
	.set .Lreduce_rows.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1484
; TotalNumSgprs: 22
; NumVgprs: 7
; NumAgprs: 0
; TotalNumVgprs: 7
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 2
; VGPRBlocks: 0
; NumSGPRsForWavesPerEU: 22
; NumVGPRsForWavesPerEU: 7
; AccumOffset: 8
; Occupancy: 8
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 15
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 1
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
	.byte	6                               ; Abbreviation Code
	.byte	29                              ; DW_TAG_inlined_subroutine
	.byte	1                               ; DW_CHILDREN_yes
	.byte	49                              ; DW_AT_abstract_origin
	.byte	19                              ; DW_FORM_ref4
	.byte	17                              ; DW_AT_low_pc
	.byte	1                               ; DW_FORM_addr
	.byte	18                              ; DW_AT_high_pc
	.byte	6                               ; DW_FORM_data4
	.byte	88                              ; DW_AT_call_file
	.byte	11                              ; DW_FORM_data1
	.byte	89                              ; DW_AT_call_line
	.byte	11                              ; DW_FORM_data1
	.byte	87                              ; DW_AT_call_column
	.byte	11                              ; DW_FORM_data1
	.byte	0                               ; EOM(1)
	.byte	0                               ; EOM(2)
	.byte	7                               ; Abbreviation Code
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
	.byte	8                               ; Abbreviation Code
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
	.byte	0                               ; EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 ; Length of Unit
.Ldebug_info_start0:
	.short	4                               ; DWARF version number
	.long	.debug_abbrev                   ; Offset Into Abbrev. Section
	.byte	8                               ; Address Size (in bytes)
	.byte	1                               ; Abbrev [1] 0xb:0xa8 DW_TAG_compile_unit
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
	.byte	3                               ; Abbrev [3] 0x30:0x82 DW_TAG_subprogram
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.long	42                              ; DW_AT_abstract_origin
	.byte	4                               ; Abbrev [4] 0x41:0x1a DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges0                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	23                              ; DW_AT_call_line
	.byte	29                              ; DW_AT_call_column
	.byte	5                               ; Abbrev [5] 0x4d:0xd DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges1                 ; DW_AT_ranges
	.byte	2                               ; DW_AT_call_file
	.short	314                             ; DW_AT_call_line
	.byte	12                              ; DW_AT_call_column
	.byte	0                               ; End Of Children Mark
	.byte	6                               ; Abbrev [6] 0x5b:0x21 DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.quad	.Ltmp12                         ; DW_AT_low_pc
	.long	.Ltmp27-.Ltmp12                 ; DW_AT_high_pc
	.byte	1                               ; DW_AT_call_file
	.byte	24                              ; DW_AT_call_line
	.byte	29                              ; DW_AT_call_column
	.byte	7                               ; Abbrev [7] 0x6f:0xc DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges2                 ; DW_AT_ranges
	.byte	2                               ; DW_AT_call_file
	.byte	216                             ; DW_AT_call_line
	.byte	16                              ; DW_AT_call_column
	.byte	0                               ; End Of Children Mark
	.byte	4                               ; Abbrev [4] 0x7c:0x35 DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges3                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	25                              ; DW_AT_call_line
	.byte	29                              ; DW_AT_call_column
	.byte	8                               ; Abbrev [8] 0x88:0x28 DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges3                 ; DW_AT_ranges
	.byte	2                               ; DW_AT_call_file
	.short	281                             ; DW_AT_call_line
	.byte	14                              ; DW_AT_call_column
	.byte	8                               ; Abbrev [8] 0x95:0x1a DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges4                 ; DW_AT_ranges
	.byte	2                               ; DW_AT_call_file
	.short	264                             ; DW_AT_call_line
	.byte	20                              ; DW_AT_call_column
	.byte	7                               ; Abbrev [7] 0xa2:0xc DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges4                 ; DW_AT_ranges
	.byte	2                               ; DW_AT_call_file
	.byte	244                             ; DW_AT_call_line
	.byte	12                              ; DW_AT_call_column
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_ranges,"",@progbits
.Ldebug_ranges0:
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges1:
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	.Ltmp10-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges2:
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
	.quad	0
	.quad	0
.Ldebug_ranges3:
	.quad	.Ltmp28-.Lfunc_begin0
	.quad	.Ltmp45-.Lfunc_begin0
	.quad	.Ltmp46-.Lfunc_begin0
	.quad	.Ltmp47-.Lfunc_begin0
	.quad	.Ltmp48-.Lfunc_begin0
	.quad	.Ltmp49-.Lfunc_begin0
	.quad	.Ltmp50-.Lfunc_begin0
	.quad	.Ltmp51-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges4:
	.quad	.Ltmp29-.Lfunc_begin0
	.quad	.Ltmp30-.Lfunc_begin0
	.quad	.Ltmp31-.Lfunc_begin0
	.quad	.Ltmp32-.Lfunc_begin0
	.quad	.Ltmp33-.Lfunc_begin0
	.quad	.Ltmp34-.Lfunc_begin0
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
	.quad	.Ltmp46-.Lfunc_begin0
	.quad	.Ltmp47-.Lfunc_begin0
	.quad	.Ltmp48-.Lfunc_begin0
	.quad	.Ltmp49-.Lfunc_begin0
	.quad	.Ltmp50-.Lfunc_begin0
	.quad	.Ltmp51-.Lfunc_begin0
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
	.asciz	"reduce_rows"                   ; string offset=44 ; reduce_rows
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
      - .offset:         32
        .size:           4
        .value_kind:     by_value
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
    .name:           reduce_rows
    .private_segment_fixed_size: 0
    .sgpr_count:     22
    .sgpr_spill_count: 0
    .symbol:         reduce_rows.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     7
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

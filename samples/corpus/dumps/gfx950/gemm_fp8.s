	.amdgcn_target "amdgpu9.50-amd-amdhsa-unknown-gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	gemm                            ; -- Begin function gemm
	.p2align	8
	.type	gemm,@function
gemm:                                   ; @gemm
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.53:
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
; %bb.54:
.LBB0_0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
.Ltmp1:
	.loc	1 198 5 is_stmt 1               ; kernels.py:198:5
	v_readfirstlane_b32 s0, v0
	s_lshr_b32 s29, s0, 6
	.loc	1 190 10                        ; kernels.py:190:10
	s_lshl_b32 s28, s16, 4
	s_or_b32 s16, s29, s28
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s0, s16, s11
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s1, s0, 31
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_cmp_gt_i32 s10, 0
	.loc	1 190 23                        ; kernels.py:190:23
	v_and_b32_e32 v2, 63, v0
	.loc	1 194 5                         ; kernels.py:194:5
	s_cselect_b64 s[26:27], -1, 0
	s_cmp_lt_i32 s10, 1
	.loc	1 195 21                        ; kernels.py:195:21
	v_mov_b32_e32 v3, 0
	.loc	1 195 13 is_stmt 0              ; kernels.py:195:13
	s_cbranch_scc1 .LBB0_2
; %bb.1:
	.loc	1 0 13                          ; kernels.py:0:13
	v_lshl_add_u64 v[4:5], s[0:1], 0, v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v8, v[4:5], off
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v8, 0
.LBB0_3:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s8, s16, 2
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s8, s8, s11
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s9, s8, 31
	s_add_u32 s8, s2, s8
	s_addc_u32 s9, s3, s9
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b64 s[14:15], s[26:27], exec
	s_cselect_b32 s14, 1, 0
	s_cmp_lg_u32 s14, 1
	s_cbranch_scc1 .LBB0_5
; %bb.4:
	.loc	1 195 21                        ; kernels.py:195:21
	v_lshl_add_u64 v[4:5], s[8:9], 0, v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v9, v[4:5], off
	s_branch .LBB0_6
.LBB0_5:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v9, 0
.LBB0_6:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s14, s16, 4
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s14, s14, s11
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s15, s14, 31
	s_add_u32 s14, s2, s14
	s_addc_u32 s15, s3, s15
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b64 s[18:19], s[26:27], exec
	s_cselect_b32 s18, 1, 0
	s_cmp_lg_u32 s18, 1
	s_cbranch_scc1 .LBB0_8
; %bb.7:
	.loc	1 195 21                        ; kernels.py:195:21
	v_lshl_add_u64 v[4:5], s[14:15], 0, v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v10, v[4:5], off
	s_branch .LBB0_9
.LBB0_8:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v10, 0
.LBB0_9:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s18, s16, 6
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s18, s18, s11
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s19, s18, 31
	s_add_u32 s18, s2, s18
	s_addc_u32 s19, s3, s19
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b64 s[20:21], s[26:27], exec
	s_cselect_b32 s20, 1, 0
	s_cmp_lg_u32 s20, 1
	s_cbranch_scc1 .LBB0_11
; %bb.10:
	.loc	1 195 21                        ; kernels.py:195:21
	v_lshl_add_u64 v[4:5], s[18:19], 0, v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v12, v[4:5], off
	s_branch .LBB0_12
.LBB0_11:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v12, 0
.LBB0_12:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s20, s16, 8
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s20, s20, s11
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s21, s20, 31
	s_add_u32 s20, s2, s20
	s_addc_u32 s21, s3, s21
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b64 s[22:23], s[26:27], exec
	s_cselect_b32 s22, 1, 0
	s_cmp_lg_u32 s22, 1
	s_cbranch_scc1 .LBB0_14
; %bb.13:
	.loc	1 195 21                        ; kernels.py:195:21
	v_lshl_add_u64 v[4:5], s[20:21], 0, v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v13, v[4:5], off
	s_branch .LBB0_15
.LBB0_14:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v13, 0
.LBB0_15:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s22, s16, 10
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s22, s22, s11
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s23, s22, 31
	s_add_u32 s22, s2, s22
	s_addc_u32 s23, s3, s23
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b64 s[24:25], s[26:27], exec
	s_cselect_b32 s24, 1, 0
	s_cmp_lg_u32 s24, 1
	s_cbranch_scc1 .LBB0_17
; %bb.16:
	.loc	1 195 21                        ; kernels.py:195:21
	v_lshl_add_u64 v[4:5], s[22:23], 0, v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v15, v[4:5], off
	s_branch .LBB0_18
.LBB0_17:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v15, 0
.LBB0_18:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s24, s16, 12
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s24, s24, s11
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s25, s24, 31
	s_add_u32 s24, s2, s24
	s_addc_u32 s25, s3, s25
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b64 s[30:31], s[26:27], exec
	s_cselect_b32 s30, 1, 0
	s_cmp_lg_u32 s30, 1
	s_cbranch_scc1 .LBB0_20
; %bb.19:
	.loc	1 195 21                        ; kernels.py:195:21
	v_lshl_add_u64 v[4:5], s[24:25], 0, v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v16, v[4:5], off
	s_branch .LBB0_21
.LBB0_20:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v16, 0
.LBB0_21:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s16, s16, 14
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s16, s16, s11
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s11, s16, 31
	s_add_u32 s2, s2, s16
	s_addc_u32 s3, s3, s11
	.loc	1 195 13                        ; kernels.py:195:13
	s_and_b64 s[30:31], s[26:27], exec
	s_cselect_b32 s11, 1, 0
	s_cmp_lg_u32 s11, 1
	s_cbranch_scc1 .LBB0_23
; %bb.22:
	.loc	1 195 21                        ; kernels.py:195:21
	v_lshl_add_u64 v[4:5], s[2:3], 0, v[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v3, v[4:5], off
	s_branch .LBB0_24
.LBB0_23:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v3, 0
.LBB0_24:
	.loc	1 190 23 is_stmt 1              ; kernels.py:190:23
	s_lshl_b32 s30, s29, 6
	.loc	1 191 10                        ; kernels.py:191:10
	s_lshl_b32 s11, s17, 4
	.loc	1 190 23                        ; kernels.py:190:23
	v_and_b32_e32 v6, 15, v0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b64 s[16:17], s[26:27], exec
	.loc	1 190 23                        ; kernels.py:190:23
	v_or_b32_e32 v7, s30, v2
	.loc	1 191 10                        ; kernels.py:191:10
	v_or_b32_e32 v4, s11, v6
	.loc	1 196 13                        ; kernels.py:196:13
	s_cselect_b32 s16, 1, 0
	.loc	1 192 10                        ; kernels.py:192:10
	v_lshrrev_b32_e32 v1, 4, v7
	.loc	1 196 13                        ; kernels.py:196:13
	s_cmp_lg_u32 s16, 1
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v5, 31, v4
	.loc	1 196 13                        ; kernels.py:196:13
	s_cbranch_scc1 .LBB0_33
; %bb.25:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mul_lo_u32 v18, v1, s12
	v_ashrrev_i32_e32 v19, 31, v18
	v_lshl_add_u64 v[18:19], s[4:5], 0, v[18:19]
	v_lshl_add_u64 v[18:19], v[18:19], 0, v[4:5]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ubyte v17, v[18:19], off
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc1 .LBB0_34
.LBB0_26:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v11, 8, v1
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v18, v11, s12
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v19, 31, v18
	v_lshl_add_u64 v[18:19], s[4:5], 0, v[18:19]
	v_lshl_add_u64 v[18:19], v[18:19], 0, v[4:5]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ubyte v18, v[18:19], off
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc1 .LBB0_35
.LBB0_27:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v11, 16, v1
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v20, v11, s12
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v21, 31, v20
	v_lshl_add_u64 v[20:21], s[4:5], 0, v[20:21]
	v_lshl_add_u64 v[20:21], v[20:21], 0, v[4:5]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ubyte v19, v[20:21], off
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc1 .LBB0_36
.LBB0_28:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v11, 24, v1
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v20, v11, s12
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v21, 31, v20
	v_lshl_add_u64 v[20:21], s[4:5], 0, v[20:21]
	v_lshl_add_u64 v[20:21], v[20:21], 0, v[4:5]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ubyte v20, v[20:21], off
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc1 .LBB0_37
.LBB0_29:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v11, 32, v1
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v22, v11, s12
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v23, 31, v22
	v_lshl_add_u64 v[22:23], s[4:5], 0, v[22:23]
	v_lshl_add_u64 v[22:23], v[22:23], 0, v[4:5]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ubyte v21, v[22:23], off
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc1 .LBB0_38
.LBB0_30:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v11, 40, v1
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v22, v11, s12
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v23, 31, v22
	v_lshl_add_u64 v[22:23], s[4:5], 0, v[22:23]
	v_lshl_add_u64 v[22:23], v[22:23], 0, v[4:5]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ubyte v22, v[22:23], off
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc1 .LBB0_39
.LBB0_31:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v11, 48, v1
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v24, v11, s12
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v25, 31, v24
	v_lshl_add_u64 v[24:25], s[4:5], 0, v[24:25]
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[4:5]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ubyte v23, v[24:25], off
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc1 .LBB0_40
.LBB0_32:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v1, 56, v1
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v24, v1, s12
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v25, 31, v24
	v_lshl_add_u64 v[24:25], s[4:5], 0, v[24:25]
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[4:5]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ubyte v1, v[24:25], off
	s_branch .LBB0_41
.LBB0_33:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v17, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc0 .LBB0_26
.LBB0_34:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v18, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc0 .LBB0_27
.LBB0_35:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v19, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc0 .LBB0_28
.LBB0_36:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v20, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc0 .LBB0_29
.LBB0_37:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v21, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc0 .LBB0_30
.LBB0_38:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v22, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc0 .LBB0_31
.LBB0_39:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v23, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc0 .LBB0_32
.LBB0_40:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v1, 0
.LBB0_41:
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	v_add_u32_e32 v24, 0, v7
	v_xor_b32_e32 v11, 8, v7
	s_waitcnt vmcnt(0)
	ds_write_b8 v24, v8
	ds_write_b8 v24, v9 offset:128
	v_add_u32_e32 v8, 0, v11
	v_xor_b32_e32 v14, 16, v7
	ds_write_b8 v8, v10 offset:256
	ds_write_b8 v8, v12 offset:384
	v_add_u32_e32 v8, 0, v14
	ds_write_b8 v8, v13 offset:512
	ds_write_b8 v8, v15 offset:640
	v_xor_b32_e32 v15, 24, v7
	.loc	1 194 5                         ; kernels.py:194:5
	s_sub_i32 s26, s10, 64
	.loc	1 195 13                        ; kernels.py:195:13
	s_mov_b32 s27, 0
	v_add_u32_e32 v8, 0, v15
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_gt_i32 s26, 0
	v_lshlrev_b32_e32 v9, 3, v2
	.loc	1 195 13                        ; kernels.py:195:13
	ds_write_b8 v8, v16 offset:768
	ds_write_b8 v8, v3 offset:896
	.loc	1 196 13                        ; kernels.py:196:13
	ds_write_b8 v24, v17 offset:2048
	ds_write_b8 v24, v18 offset:2176
	ds_write_b8 v24, v19 offset:2304
	ds_write_b8 v24, v20 offset:2432
	ds_write_b8 v24, v21 offset:2560
	ds_write_b8 v24, v22 offset:2688
	ds_write_b8 v24, v23 offset:2816
	ds_write_b8 v24, v1 offset:2944
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_43
; %bb.42:                               ; %.._crit_edge_crit_edge
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	s_mov_b64 s[16:17], 0
	s_branch .LBB0_44
.LBB0_43:
	s_mov_b64 s[16:17], -1
.LBB0_44:                               ; %Flow139
	s_and_b64 s[16:17], s[16:17], exec
	v_and_b32_e32 v8, 48, v0
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	v_lshlrev_b32_e32 v10, 6, v6
	v_lshlrev_b32_e32 v12, 1, v0
	v_lshrrev_b32_e32 v13, 1, v8
	s_cbranch_scc1 .LBB0_47
; %bb.45:                               ; %.lr.ph
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	v_add_u32_e32 v0, s30, v2
	v_lshrrev_b32_e32 v0, 4, v0
	v_add_u32_e32 v1, 0x78, v0
	v_mul_lo_u32 v18, s12, v1
	v_add_u32_e32 v1, 0x70, v0
	v_mul_lo_u32 v19, s12, v1
	v_add_u32_e32 v1, 0x68, v0
	v_mul_lo_u32 v20, s12, v1
	v_add_u32_e32 v1, 0x60, v0
	v_mul_lo_u32 v21, s12, v1
	v_add_u32_e32 v1, 0x58, v0
	v_mul_lo_u32 v22, s12, v1
	v_add_u32_e32 v1, 0x50, v0
	v_mul_lo_u32 v23, s12, v1
	v_add_u32_e32 v1, 0x48, v0
	v_add_u32_e32 v0, 64, v0
	v_mul_lo_u32 v25, s12, v0
	v_mov_b32_e32 v0, 0
	v_lshl_add_u64 v[4:5], s[4:5], 0, v[4:5]
	v_bitop3_b32 v16, v12, v13, 24 bitop3:0x6c
	v_or_b32_e32 v17, 64, v2
	s_lshl_b32 s4, s12, 6
	v_mul_lo_u32 v24, s12, v1
	s_movk_i32 s16, 0x800
	s_mov_b32 s5, 0
	s_mov_b32 s12, 0
	v_mov_b32_e32 v1, v0
	v_mov_b32_e32 v2, v0
	v_mov_b32_e32 v3, v0
	s_mov_b32 s30, 0
.LBB0_46:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_u32_e32 v26, s30, v17
	v_ashrrev_i32_e32 v27, 31, v26
	v_lshl_add_u64 v[28:29], s[0:1], 0, v[26:27]
	v_lshl_add_u64 v[30:31], s[8:9], 0, v[26:27]
	v_lshl_add_u64 v[32:33], s[14:15], 0, v[26:27]
	v_lshl_add_u64 v[34:35], s[18:19], 0, v[26:27]
	v_lshl_add_u64 v[36:37], s[20:21], 0, v[26:27]
	v_lshl_add_u64 v[38:39], s[22:23], 0, v[26:27]
	v_lshl_add_u64 v[40:41], s[24:25], 0, v[26:27]
	v_lshl_add_u64 v[26:27], s[2:3], 0, v[26:27]
	.loc	1 195 13 is_stmt 0              ; kernels.py:195:13
	global_load_ubyte v46, v[28:29], off
	global_load_ubyte v47, v[30:31], off
	global_load_ubyte v48, v[32:33], off
	global_load_ubyte v49, v[34:35], off
	global_load_ubyte v50, v[36:37], off
	global_load_ubyte v51, v[38:39], off
	global_load_ubyte v52, v[40:41], off
	global_load_ubyte v53, v[26:27], off
	v_add3_u32 v26, s27, v10, v16
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b64 v[42:43], v26
	ds_read_b64 v[44:45], v26 offset:32
	.loc	1 196 29 is_stmt 1              ; kernels.py:196:29
	v_add_u32_e32 v26, s5, v25
	v_add_u32_e32 v28, s5, v24
	v_add_u32_e32 v30, s5, v23
	v_add_u32_e32 v32, s5, v22
	v_add_u32_e32 v34, s5, v21
	v_add_u32_e32 v36, s5, v20
	v_add_u32_e32 v38, s5, v19
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_add_u32_e32 v40, s5, v18
	v_ashrrev_i32_e32 v27, 31, v26
	v_ashrrev_i32_e32 v29, 31, v28
	v_ashrrev_i32_e32 v31, 31, v30
	v_ashrrev_i32_e32 v33, 31, v32
	v_ashrrev_i32_e32 v35, 31, v34
	v_ashrrev_i32_e32 v37, 31, v36
	v_ashrrev_i32_e32 v39, 31, v38
	v_ashrrev_i32_e32 v41, 31, v40
	v_lshl_add_u64 v[26:27], v[4:5], 0, v[26:27]
	v_lshl_add_u64 v[28:29], v[4:5], 0, v[28:29]
	v_lshl_add_u64 v[30:31], v[4:5], 0, v[30:31]
	v_lshl_add_u64 v[32:33], v[4:5], 0, v[32:33]
	v_lshl_add_u64 v[34:35], v[4:5], 0, v[34:35]
	v_lshl_add_u64 v[36:37], v[4:5], 0, v[36:37]
	v_lshl_add_u64 v[38:39], v[4:5], 0, v[38:39]
	v_lshl_add_u64 v[40:41], v[4:5], 0, v[40:41]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ubyte v54, v[26:27], off
	global_load_ubyte v55, v[28:29], off
	global_load_ubyte v56, v[30:31], off
	global_load_ubyte v57, v[32:33], off
	global_load_ubyte v58, v[34:35], off
	global_load_ubyte v59, v[36:37], off
	global_load_ubyte v60, v[38:39], off
	global_load_ubyte v61, v[40:41], off
	v_add_u32_e32 v26, s16, v9
	ds_read_b64_tr_b8 v[28:29], v26
	ds_read_b64_tr_b8 v[26:27], v26 offset:512
	.loc	1 197 16 is_stmt 1              ; kernels.py:197:16
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_16x16x32_fp8_fp8 v[0:3], v[28:29], v[42:43], v[0:3]
	.loc	1 194 5                         ; kernels.py:194:5
	s_add_i32 s17, s30, 64
	s_add_i32 s12, s12, 1
	s_cmp_lt_i32 s12, 2
	s_cselect_b32 s12, s12, 0
	.loc	1 197 16                        ; kernels.py:197:16
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_fp8_fp8 v[0:3], v[26:27], v[44:45], v[0:3]
	.loc	1 195 13                        ; kernels.py:195:13
	s_lshl_b32 s27, s12, 10
	v_add_u32_e32 v27, s27, v11
	s_barrier
	.loc	1 196 13                        ; kernels.py:196:13
	s_add_i32 s16, s27, 0x800
	.loc	1 194 5                         ; kernels.py:194:5
	s_add_i32 s5, s5, s4
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_u32_e32 v26, s27, v7
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_lt_i32 s17, s26
	s_mov_b32 s30, s17
	.loc	1 195 13                        ; kernels.py:195:13
	s_waitcnt vmcnt(15)
	ds_write_b8 v26, v46
	s_waitcnt vmcnt(14)
	ds_write_b8 v26, v47 offset:128
	s_waitcnt vmcnt(13)
	ds_write_b8 v27, v48 offset:256
	s_waitcnt vmcnt(12)
	ds_write_b8 v27, v49 offset:384
	v_add_u32_e32 v27, s27, v14
	s_waitcnt vmcnt(11)
	ds_write_b8 v27, v50 offset:512
	s_waitcnt vmcnt(10)
	ds_write_b8 v27, v51 offset:640
	v_add_u32_e32 v27, s27, v15
	s_waitcnt vmcnt(9)
	ds_write_b8 v27, v52 offset:768
	s_waitcnt vmcnt(8)
	ds_write_b8 v27, v53 offset:896
	.loc	1 196 13                        ; kernels.py:196:13
	s_waitcnt vmcnt(7)
	ds_write_b8 v26, v54 offset:2048
	s_waitcnt vmcnt(6)
	ds_write_b8 v26, v55 offset:2176
	s_waitcnt vmcnt(5)
	ds_write_b8 v26, v56 offset:2304
	s_waitcnt vmcnt(4)
	ds_write_b8 v26, v57 offset:2432
	s_waitcnt vmcnt(3)
	ds_write_b8 v26, v58 offset:2560
	s_waitcnt vmcnt(2)
	ds_write_b8 v26, v59 offset:2688
	s_waitcnt vmcnt(1)
	ds_write_b8 v26, v60 offset:2816
	s_waitcnt vmcnt(0)
	ds_write_b8 v26, v61 offset:2944
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_46
	s_branch .LBB0_48
.LBB0_47:
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	v_mov_b32_e32 v3, 0
	s_movk_i32 s16, 0x800
	v_mov_b32_e32 v2, v3
	v_mov_b32_e32 v1, v3
	v_mov_b32_e32 v0, v3
.LBB0_48:                               ; %._crit_edge
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_add_i32 s10, s10, 63
	s_cmp_lt_i32 s10, 64
	.loc	1 195 13                        ; kernels.py:195:13
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 197 16                        ; kernels.py:197:16
	s_cbranch_scc0 .LBB0_51
; %bb.49:
	.loc	1 198 5                         ; kernels.py:198:5
	s_cmp_lg_u32 s29, 0
	s_cbranch_scc0 .LBB0_52
.LBB0_50:                               ; %.critedge4
	.loc	1 186 1                         ; kernels.py:186:1
	s_endpgm
.LBB0_51:
	.loc	1 0 0 is_stmt 0                 ; kernels.py:0
	v_add_u32_e32 v4, s16, v9
	ds_read_b64_tr_b8 v[14:15], v4
	ds_read_b64_tr_b8 v[16:17], v4 offset:512
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	v_bitop3_b32 v4, v12, v13, 24 bitop3:0x6c
	v_add3_u32 v4, s27, v10, v4
	ds_read2_b64 v[10:13], v4 offset1:4
	.loc	1 197 16                        ; kernels.py:197:16
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_16x16x32_fp8_fp8 v[0:3], v[14:15], v[10:11], v[0:3]
	v_mfma_f32_16x16x32_fp8_fp8 v[0:3], v[16:17], v[12:13], v[0:3]
	.loc	1 198 5                         ; kernels.py:198:5
	s_cmp_lg_u32 s29, 0
	s_cbranch_scc1 .LBB0_50
.LBB0_52:                               ; %.critedge
	.loc	1 190 10                        ; kernels.py:190:10
	v_or_b32_e32 v5, s28, v6
	.loc	1 190 23 is_stmt 0              ; kernels.py:190:23
	v_lshrrev_b32_e32 v4, 2, v8
	.loc	1 198 22 is_stmt 1              ; kernels.py:198:22
	v_mul_lo_u32 v6, s13, v5
	.loc	1 191 10                        ; kernels.py:191:10
	v_or_b32_e32 v4, s11, v4
	.loc	1 198 14                        ; kernels.py:198:14
	v_ashrrev_i32_e32 v7, 31, v6
	v_lshl_add_u64 v[6:7], v[6:7], 2, s[6:7]
	v_ashrrev_i32_e32 v5, 31, v4
	v_lshl_add_u64 v[4:5], v[4:5], 2, v[6:7]
	.loc	1 198 5 is_stmt 0               ; kernels.py:198:5
	global_store_dwordx4 v[4:5], v[0:3], off
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
		.amdhsa_next_free_vgpr 62
		.amdhsa_next_free_sgpr 32
		.amdhsa_accum_offset 64
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
	.set .Lgemm.num_vgpr, 62
	.set .Lgemm.num_agpr, 0
	.set .Lgemm.numbered_sgpr, 32
	.set .Lgemm.num_named_barrier, 0
	.set .Lgemm.private_seg_size, 0
	.set .Lgemm.uses_vcc, 0
	.set .Lgemm.uses_flat_scratch, 0
	.set .Lgemm.has_dyn_sized_stack, 0
	.set .Lgemm.has_recursion, 0
	.set .Lgemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 2632
; TotalNumSgprs: 38
; NumVgprs: 62
; NumAgprs: 0
; TotalNumVgprs: 62
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 4
; VGPRBlocks: 7
; NumSGPRsForWavesPerEU: 38
; NumVGPRsForWavesPerEU: 62
; AccumOffset: 64
; Occupancy: 8
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 15
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
    .max_flat_workgroup_size: 128
    .name:           gemm
    .private_segment_fixed_size: 0
    .sgpr_count:     38
    .sgpr_spill_count: 0
    .symbol:         gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     62
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

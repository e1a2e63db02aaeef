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
	s_lshl_b32 s28, s16, 5
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
	v_and_b32_e32 v4, 63, v0
	.loc	1 194 5                         ; kernels.py:194:5
	s_cselect_b64 s[26:27], -1, 0
	s_cmp_lt_i32 s10, 1
	.loc	1 195 21                        ; kernels.py:195:21
	v_mov_b32_e32 v5, 0
	.loc	1 195 13 is_stmt 0              ; kernels.py:195:13
	s_cbranch_scc1 .LBB0_2
; %bb.1:
	.loc	1 0 13                          ; kernels.py:0:13
	v_lshl_add_u64 v[2:3], s[0:1], 0, v[4:5]
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v2, v[2:3], off
	s_branch .LBB0_3
.LBB0_2:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v2, 0
.LBB0_3:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s8, s16, 4
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
	v_lshl_add_u64 v[6:7], s[8:9], 0, v[4:5]
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v3, v[6:7], off
	s_branch .LBB0_6
.LBB0_5:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v3, 0
.LBB0_6:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s14, s16, 8
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
	v_lshl_add_u64 v[6:7], s[14:15], 0, v[4:5]
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v8, v[6:7], off
	s_branch .LBB0_9
.LBB0_8:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v8, 0
.LBB0_9:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s18, s16, 12
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
	v_lshl_add_u64 v[6:7], s[18:19], 0, v[4:5]
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v9, v[6:7], off
	s_branch .LBB0_12
.LBB0_11:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v9, 0
.LBB0_12:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s20, s16, 16
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
	v_lshl_add_u64 v[6:7], s[20:21], 0, v[4:5]
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v10, v[6:7], off
	s_branch .LBB0_15
.LBB0_14:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v10, 0
.LBB0_15:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s22, s16, 20
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
	v_lshl_add_u64 v[6:7], s[22:23], 0, v[4:5]
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v11, v[6:7], off
	s_branch .LBB0_18
.LBB0_17:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v11, 0
.LBB0_18:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s24, s16, 24
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
	v_lshl_add_u64 v[6:7], s[24:25], 0, v[4:5]
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v12, v[6:7], off
	s_branch .LBB0_21
.LBB0_20:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v12, 0
.LBB0_21:
	.loc	1 190 10 is_stmt 1              ; kernels.py:190:10
	s_or_b32 s16, s16, 28
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
	v_lshl_add_u64 v[6:7], s[2:3], 0, v[4:5]
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v5, v[6:7], off
	s_branch .LBB0_24
.LBB0_23:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v5, 0
.LBB0_24:
	.loc	1 190 23 is_stmt 1              ; kernels.py:190:23
	s_lshl_b32 s30, s29, 6
	.loc	1 191 10                        ; kernels.py:191:10
	s_lshl_b32 s11, s17, 5
	.loc	1 190 23                        ; kernels.py:190:23
	v_and_b32_e32 v18, 31, v0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b64 s[16:17], s[26:27], exec
	.loc	1 190 23                        ; kernels.py:190:23
	v_or_b32_e32 v19, s30, v4
	.loc	1 191 10                        ; kernels.py:191:10
	v_or_b32_e32 v6, s11, v18
	.loc	1 196 13                        ; kernels.py:196:13
	s_cselect_b32 s16, 1, 0
	.loc	1 192 10                        ; kernels.py:192:10
	v_lshrrev_b32_e32 v1, 5, v19
	.loc	1 196 13                        ; kernels.py:196:13
	s_cmp_lg_u32 s16, 1
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v7, 31, v6
	.loc	1 196 13                        ; kernels.py:196:13
	s_cbranch_scc1 .LBB0_33
; %bb.25:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mul_lo_u32 v14, v1, s12
	v_ashrrev_i32_e32 v15, 31, v14
	v_lshl_add_u64 v[14:15], s[4:5], 0, v[14:15]
	v_lshl_add_u64 v[14:15], v[14:15], 0, v[6:7]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ubyte v13, v[14:15], off
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc1 .LBB0_34
.LBB0_26:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v14, 8, v1
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v14, v14, s12
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v15, 31, v14
	v_lshl_add_u64 v[14:15], s[4:5], 0, v[14:15]
	v_lshl_add_u64 v[14:15], v[14:15], 0, v[6:7]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ubyte v14, v[14:15], off
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc1 .LBB0_35
.LBB0_27:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v15, 16, v1
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v16, v15, s12
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v17, 31, v16
	v_lshl_add_u64 v[16:17], s[4:5], 0, v[16:17]
	v_lshl_add_u64 v[16:17], v[16:17], 0, v[6:7]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ubyte v15, v[16:17], off
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc1 .LBB0_36
.LBB0_28:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v16, 24, v1
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v16, v16, s12
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v17, 31, v16
	v_lshl_add_u64 v[16:17], s[4:5], 0, v[16:17]
	v_lshl_add_u64 v[16:17], v[16:17], 0, v[6:7]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ubyte v16, v[16:17], off
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc1 .LBB0_37
.LBB0_29:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v17, 32, v1
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v20, v17, s12
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v21, 31, v20
	v_lshl_add_u64 v[20:21], s[4:5], 0, v[20:21]
	v_lshl_add_u64 v[20:21], v[20:21], 0, v[6:7]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ubyte v17, v[20:21], off
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc1 .LBB0_38
.LBB0_30:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v20, 40, v1
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v20, v20, s12
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v21, 31, v20
	v_lshl_add_u64 v[20:21], s[4:5], 0, v[20:21]
	v_lshl_add_u64 v[20:21], v[20:21], 0, v[6:7]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ubyte v20, v[20:21], off
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc1 .LBB0_39
.LBB0_31:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v21, 48, v1
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v22, v21, s12
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v23, 31, v22
	v_lshl_add_u64 v[22:23], s[4:5], 0, v[22:23]
	v_lshl_add_u64 v[22:23], v[22:23], 0, v[6:7]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ubyte v21, v[22:23], off
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc1 .LBB0_40
.LBB0_32:
	.loc	1 192 10 is_stmt 1              ; kernels.py:192:10
	v_or_b32_e32 v1, 56, v1
	.loc	1 196 29                        ; kernels.py:196:29
	v_mul_lo_u32 v22, v1, s12
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v23, 31, v22
	v_lshl_add_u64 v[22:23], s[4:5], 0, v[22:23]
	v_lshl_add_u64 v[22:23], v[22:23], 0, v[6:7]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ubyte v1, v[22:23], off
	s_branch .LBB0_41
.LBB0_33:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v13, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc0 .LBB0_26
.LBB0_34:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v14, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc0 .LBB0_27
.LBB0_35:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v15, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc0 .LBB0_28
.LBB0_36:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v16, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc0 .LBB0_29
.LBB0_37:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v17, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc0 .LBB0_30
.LBB0_38:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v20, 0
	.loc	1 196 13                        ; kernels.py:196:13
	s_and_b64 s[16:17], s[26:27], exec
	s_cselect_b32 s16, 1, 0
	s_cmp_lg_u32 s16, 1
	s_cbranch_scc0 .LBB0_31
.LBB0_39:
	.loc	1 0 13                          ; kernels.py:0:13
	v_mov_b32_e32 v21, 0
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
	v_add_u32_e32 v22, 0, v19
	v_xor_b32_e32 v26, 16, v19
	s_waitcnt vmcnt(0)
	ds_write_b8 v22, v2
	ds_write_b8 v22, v10 offset:1024
	v_add_u32_e32 v2, 0, v26
	v_xor_b32_e32 v27, 32, v19
	ds_write_b8 v2, v3 offset:256
	ds_write_b8 v2, v11 offset:1280
	v_add_u32_e32 v3, 0, v27
	v_xor_b32_e32 v28, 48, v19
	ds_write_b8 v3, v8 offset:512
	ds_write_b8 v3, v12 offset:1536
	v_add_u32_e32 v3, 0, v28
	.loc	1 194 5                         ; kernels.py:194:5
	s_sub_i32 s26, s10, 64
	.loc	1 195 13                        ; kernels.py:195:13
	s_mov_b32 s27, 0
	ds_write_b8 v3, v9 offset:768
	ds_write_b8 v3, v5 offset:1792
	.loc	1 196 13                        ; kernels.py:196:13
	ds_write_b8 v22, v13 offset:4096
	ds_write_b8 v22, v15 offset:4608
	ds_write_b8 v22, v17 offset:5120
	ds_write_b8 v22, v21 offset:5632
	ds_write_b8 v2, v14 offset:4352
	ds_write_b8 v2, v16 offset:4864
	ds_write_b8 v2, v20 offset:5376
	ds_write_b8 v2, v1 offset:5888
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_gt_i32 s26, 0
	v_lshlrev_b32_e32 v3, 4, v0
	v_lshlrev_b32_e32 v5, 3, v0
	v_and_b32_e32 v8, 16, v0
	s_cbranch_scc1 .LBB0_43
; %bb.42:                               ; %.._crit_edge_crit_edge
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b32_e32 v1, 0x2e0, v3
	v_and_or_b32 v2, v5, 8, v8
	s_movk_i32 s16, 0x110
	v_or_b32_e32 v21, v2, v1
	v_bitop3_b32 v22, v2, s16, v1 bitop3:0x36
	s_mov_b64 s[16:17], 0
	s_branch .LBB0_44
.LBB0_43:
	.loc	1 0 13 is_stmt 0                ; kernels.py:0:13
	s_mov_b64 s[16:17], -1
                                        ; implicit-def: $vgpr21
                                        ; implicit-def: $vgpr22
.LBB0_44:                               ; %Flow156
	s_and_b64 s[16:17], s[16:17], exec
	v_and_b32_e32 v20, 32, v0
	s_cselect_b32 s16, 1, 0
	v_mov_b32_e32 v2, 0
	s_cmp_lg_u32 s16, 1
	v_lshlrev_b32_e32 v23, 6, v18
	v_lshlrev_b32_e32 v24, 2, v0
	v_lshrrev_b32_e32 v25, 1, v20
	s_cbranch_scc1 .LBB0_47
; %bb.45:                               ; %.lr.ph
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	v_lshl_add_u64 v[0:1], s[4:5], 0, v[6:7]
	v_and_b32_e32 v3, 0x2e0, v3
	v_and_or_b32 v5, v5, 8, v8
	s_movk_i32 s4, 0x110
	v_or_b32_e32 v21, v5, v3
	v_bitop3_b32 v22, v5, s4, v3 bitop3:0x36
	v_bitop3_b32 v31, v5, 16, v3 bitop3:0x36
	v_add_u32_e32 v3, s30, v4
	v_lshrrev_b32_e32 v3, 5, v3
	v_or_b32_e32 v32, 64, v4
	v_add_u32_e32 v4, 0x78, v3
	v_mul_lo_u32 v33, s12, v4
	v_add_u32_e32 v4, 0x70, v3
	v_mul_lo_u32 v34, s12, v4
	v_add_u32_e32 v4, 0x68, v3
	v_mul_lo_u32 v35, s12, v4
	v_add_u32_e32 v4, 0x60, v3
	v_mul_lo_u32 v36, s12, v4
	v_add_u32_e32 v4, 0x58, v3
	v_mul_lo_u32 v37, s12, v4
	v_add_u32_e32 v4, 0x50, v3
	v_and_b32_e32 v6, 48, v24
	v_bitop3_b32 v7, v24, v25, 48 bitop3:0x6c
	v_mul_lo_u32 v38, s12, v4
	v_add_u32_e32 v4, 0x48, v3
	v_add_u32_e32 v3, 64, v3
	v_bitop3_b32 v29, v6, v23, v25 bitop3:0xde
	v_bitop3_b32 v30, v7, 32, v23 bitop3:0x36
	s_lshl_b32 s4, s12, 6
	v_mul_lo_u32 v39, s12, v4
	s_movk_i32 s17, 0x1000
	v_mul_lo_u32 v40, s12, v3
	v_mov_b32_e32 v3, 0
	v_mov_b32_e32 v4, 0
	v_mov_b32_e32 v5, 0
	v_mov_b32_e32 v6, 0
	v_mov_b32_e32 v7, 0
	v_mov_b32_e32 v8, 0
	v_mov_b32_e32 v9, 0
	v_mov_b32_e32 v10, 0
	v_mov_b32_e32 v11, 0
	v_mov_b32_e32 v12, 0
	v_mov_b32_e32 v13, 0
	v_mov_b32_e32 v14, 0
	v_mov_b32_e32 v15, 0
	v_mov_b32_e32 v16, 0
	v_mov_b32_e32 v17, 0
	s_mov_b32 s5, 0
	s_mov_b32 s16, 0
	s_mov_b32 s30, 0
.LBB0_46:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_u32_e32 v41, s27, v29
	s_waitcnt lgkmcnt(0)
	s_barrier
	v_add_u32_e32 v52, s27, v30
	ds_read_b128 v[58:61], v41
	ds_read_b128 v[62:65], v52
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	v_add_u32_e32 v42, s30, v32
	v_ashrrev_i32_e32 v43, 31, v42
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_add_i32 s12, s30, 64
	.loc	1 195 21                        ; kernels.py:195:21
	v_lshl_add_u64 v[44:45], s[0:1], 0, v[42:43]
	v_lshl_add_u64 v[46:47], s[8:9], 0, v[42:43]
	v_lshl_add_u64 v[48:49], s[14:15], 0, v[42:43]
	v_lshl_add_u64 v[50:51], s[18:19], 0, v[42:43]
	v_lshl_add_u64 v[52:53], s[20:21], 0, v[42:43]
	v_lshl_add_u64 v[54:55], s[22:23], 0, v[42:43]
	v_lshl_add_u64 v[56:57], s[24:25], 0, v[42:43]
	v_lshl_add_u64 v[42:43], s[2:3], 0, v[42:43]
	.loc	1 194 5                         ; kernels.py:194:5
	s_setprio 1
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v74, v[44:45], off
	global_load_ubyte v75, v[46:47], off
	global_load_ubyte v76, v[48:49], off
	global_load_ubyte v77, v[50:51], off
	global_load_ubyte v78, v[52:53], off
	global_load_ubyte v79, v[54:55], off
	global_load_ubyte v80, v[56:57], off
	global_load_ubyte v81, v[42:43], off
	; sched_barrier mask(0x00000000)
	.loc	1 196 13                        ; kernels.py:196:13
	v_add_u32_e32 v41, s17, v21
	v_add_u32_e32 v42, s17, v31
	ds_read_b64_tr_b8 v[66:67], v41
	ds_read_b64_tr_b8 v[70:71], v41 offset:1024
	ds_read_b64_tr_b8 v[68:69], v42 offset:256
	ds_read_b64_tr_b8 v[72:73], v42 offset:1280
	.loc	1 194 5                         ; kernels.py:194:5
	s_setprio 0
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_u32_e32 v42, s5, v40
	v_add_u32_e32 v44, s5, v39
	v_add_u32_e32 v46, s5, v38
	v_add_u32_e32 v48, s5, v37
	v_add_u32_e32 v50, s5, v36
	v_add_u32_e32 v52, s5, v35
	v_add_u32_e32 v54, s5, v34
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_add_u32_e32 v56, s5, v33
	v_ashrrev_i32_e32 v43, 31, v42
	v_ashrrev_i32_e32 v45, 31, v44
	v_ashrrev_i32_e32 v47, 31, v46
	v_ashrrev_i32_e32 v49, 31, v48
	v_ashrrev_i32_e32 v51, 31, v50
	v_ashrrev_i32_e32 v53, 31, v52
	v_ashrrev_i32_e32 v55, 31, v54
	v_ashrrev_i32_e32 v57, 31, v56
	v_lshl_add_u64 v[42:43], v[0:1], 0, v[42:43]
	v_lshl_add_u64 v[44:45], v[0:1], 0, v[44:45]
	v_lshl_add_u64 v[46:47], v[0:1], 0, v[46:47]
	v_lshl_add_u64 v[48:49], v[0:1], 0, v[48:49]
	v_lshl_add_u64 v[50:51], v[0:1], 0, v[50:51]
	v_lshl_add_u64 v[52:53], v[0:1], 0, v[52:53]
	v_lshl_add_u64 v[54:55], v[0:1], 0, v[54:55]
	v_lshl_add_u64 v[56:57], v[0:1], 0, v[56:57]
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ubyte v82, v[42:43], off
	global_load_ubyte v83, v[44:45], off
	global_load_ubyte v84, v[46:47], off
	global_load_ubyte v85, v[48:49], off
	global_load_ubyte v86, v[50:51], off
	global_load_ubyte v87, v[52:53], off
	global_load_ubyte v88, v[54:55], off
	global_load_ubyte v89, v[56:57], off
	.loc	1 197 16 is_stmt 1              ; kernels.py:197:16
	s_waitcnt lgkmcnt(1)
	v_mfma_i32_32x32x32_i8 v[2:17], v[66:69], v[58:61], v[2:17]
	; sched_barrier mask(0x00000001)
	.loc	1 194 5                         ; kernels.py:194:5
	s_setprio 1
	.loc	1 197 16                        ; kernels.py:197:16
	s_waitcnt lgkmcnt(0)
	v_mfma_i32_32x32x32_i8 v[2:17], v[70:73], v[62:65], v[2:17]
	.loc	1 194 5                         ; kernels.py:194:5
	s_setprio 0
	s_add_i32 s16, s16, 1
	s_cmp_lt_i32 s16, 2
	s_cselect_b32 s16, s16, 0
	.loc	1 195 13                        ; kernels.py:195:13
	s_lshl_b32 s27, s16, 11
	.loc	1 194 5                         ; kernels.py:194:5
	s_add_i32 s5, s5, s4
	.loc	1 196 13                        ; kernels.py:196:13
	s_add_i32 s17, s27, 0x1000
	s_mov_b32 s30, s12
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_u32_e32 v41, s27, v19
	v_add_u32_e32 v42, s27, v26
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_lt_i32 s12, s26
	.loc	1 195 13                        ; kernels.py:195:13
	s_barrier
	v_add_u32_e32 v43, s27, v27
	v_add_u32_e32 v44, s27, v28
	s_waitcnt vmcnt(15)
	ds_write_b8 v41, v74
	s_waitcnt vmcnt(11)
	ds_write_b8 v41, v78 offset:1024
	ds_write_b8 v42, v75 offset:256
	s_waitcnt vmcnt(10)
	ds_write_b8 v42, v79 offset:1280
	ds_write_b8 v43, v76 offset:512
	s_waitcnt vmcnt(9)
	ds_write_b8 v43, v80 offset:1536
	ds_write_b8 v44, v77 offset:768
	s_waitcnt vmcnt(8)
	ds_write_b8 v44, v81 offset:1792
	.loc	1 196 13                        ; kernels.py:196:13
	s_waitcnt vmcnt(7)
	ds_write_b8 v41, v82 offset:4096
	s_waitcnt vmcnt(5)
	ds_write_b8 v41, v84 offset:4608
	s_waitcnt vmcnt(3)
	ds_write_b8 v41, v86 offset:5120
	s_waitcnt vmcnt(1)
	ds_write_b8 v41, v88 offset:5632
	ds_write_b8 v42, v83 offset:4352
	ds_write_b8 v42, v85 offset:4864
	ds_write_b8 v42, v87 offset:5376
	s_waitcnt vmcnt(0)
	ds_write_b8 v42, v89 offset:5888
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_46
	s_branch .LBB0_48
.LBB0_47:
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	v_mov_b32_e32 v17, 0
	s_movk_i32 s17, 0x1000
	v_mov_b32_e32 v16, v17
	v_mov_b32_e32 v15, v17
	v_mov_b32_e32 v14, v17
	v_mov_b32_e32 v13, v17
	v_mov_b32_e32 v12, v17
	v_mov_b32_e32 v11, v17
	v_mov_b32_e32 v10, v17
	v_mov_b32_e32 v9, v17
	v_mov_b32_e32 v8, v17
	v_mov_b32_e32 v7, v17
	v_mov_b32_e32 v6, v17
	v_mov_b32_e32 v5, v17
	v_mov_b32_e32 v4, v17
	v_mov_b32_e32 v3, v17
	v_mov_b32_e32 v2, v17
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
.LBB0_50:                               ; %.critedge28
	.loc	1 186 1                         ; kernels.py:186:1
	s_endpgm
.LBB0_51:
	.loc	1 196 13                        ; kernels.py:196:13
	v_add_u32_e32 v0, s17, v21
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b32_e32 v19, 48, v24
	.loc	1 196 13                        ; kernels.py:196:13
	v_add_u32_e32 v1, s17, v22
	ds_read_b64_tr_b8 v[26:27], v0
	ds_read_b64_tr_b8 v[28:29], v1
	.loc	1 195 13                        ; kernels.py:195:13
	v_bitop3_b32 v19, v19, v23, v25 bitop3:0xde
	v_add_u32_e32 v21, s27, v19
	ds_read_b128 v[22:25], v21
	.loc	1 196 13                        ; kernels.py:196:13
	ds_read_b64_tr_b8 v[30:31], v0 offset:1024
	ds_read_b64_tr_b8 v[32:33], v1 offset:1024
	.loc	1 197 16                        ; kernels.py:197:16
	s_waitcnt lgkmcnt(2)
	v_mfma_i32_32x32x32_i8 v[2:17], v[26:29], v[22:25], v[2:17]
	.loc	1 195 13                        ; kernels.py:195:13
	v_xad_u32 v0, v19, 32, s27
	ds_read_b128 v[22:25], v0
	.loc	1 197 16                        ; kernels.py:197:16
	s_waitcnt lgkmcnt(0)
	v_mfma_i32_32x32x32_i8 v[2:17], v[30:33], v[22:25], v[2:17]
	.loc	1 198 5                         ; kernels.py:198:5
	s_cmp_lg_u32 s29, 0
	s_cbranch_scc1 .LBB0_50
.LBB0_52:                               ; %.critedge
	.loc	1 190 10                        ; kernels.py:190:10
	v_or_b32_e32 v1, s28, v18
	.loc	1 190 23 is_stmt 0              ; kernels.py:190:23
	v_lshrrev_b32_e32 v0, 3, v20
	.loc	1 198 22 is_stmt 1              ; kernels.py:198:22
	v_mul_lo_u32 v18, s13, v1
	.loc	1 191 10                        ; kernels.py:191:10
	v_or_b32_e32 v0, s11, v0
	.loc	1 198 14                        ; kernels.py:198:14
	v_ashrrev_i32_e32 v19, 31, v18
	v_lshl_add_u64 v[18:19], v[18:19], 2, s[6:7]
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshl_add_u64 v[0:1], v[0:1], 2, v[18:19]
	.loc	1 198 5 is_stmt 0               ; kernels.py:198:5
	s_nop 1
	global_store_dwordx4 v[0:1], v[2:5], off
	global_store_dwordx4 v[0:1], v[6:9], off offset:32
	global_store_dwordx4 v[0:1], v[10:13], off offset:64
	global_store_dwordx4 v[0:1], v[14:17], off offset:96
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
		.amdhsa_next_free_vgpr 90
		.amdhsa_next_free_sgpr 32
		.amdhsa_accum_offset 92
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
	.set .Lgemm.num_vgpr, 90
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
; codeLenInByte = 2908
; TotalNumSgprs: 38
; NumVgprs: 90
; NumAgprs: 0
; TotalNumVgprs: 90
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 4
; VGPRBlocks: 11
; NumSGPRsForWavesPerEU: 38
; NumVGPRsForWavesPerEU: 90
; AccumOffset: 92
; Occupancy: 5
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 22
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
    .max_flat_workgroup_size: 256
    .name:           gemm
    .private_segment_fixed_size: 0
    .sgpr_count:     38
    .sgpr_spill_count: 0
    .symbol:         gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     90
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

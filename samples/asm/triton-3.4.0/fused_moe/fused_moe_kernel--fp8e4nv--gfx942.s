	.amdgcn_target "amdgcn-amd-amdhsa--gfx942"
	.amdhsa_code_object_version 5
	.text
	.globl	fused_moe_kernel                ; -- Begin function fused_moe_kernel
	.p2align	8
	.type	fused_moe_kernel,@function
fused_moe_kernel:                       ; @fused_moe_kernel
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.107:
	.file	1 "fused_moe.py"
	.loc	1 26 0 prologue_end             ; fused_moe.py:26:0
	s_load_dwordx2 s[2:3], s[0:1], 0x0
	s_load_dwordx8 s[4:11], s[0:1], 0x8
	s_load_dwordx4 s[12:15], s[0:1], 0x28
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.108:
.LBB0_0:
	s_load_dword s56, s[0:1], 0x48
	s_load_dword s17, s[0:1], 0x50
	v_mov_b32_e32 v236, v0
.Ltmp1:
	.loc	1 74 22 is_stmt 1               ; fused_moe.py:74:22
	s_abs_i32 s21, s16
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 40 22                         ; standard.py:40:22 @[ fused_moe.py:72:27 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s18, s56, 0x7f
	.loc	2 40 28 is_stmt 0               ; standard.py:40:28 @[ fused_moe.py:72:27 ]
	s_ashr_i32 s19, s18, 31
	s_lshr_b32 s19, s19, 25
	s_add_i32 s18, s18, s19
	s_ashr_i32 s18, s18, 7
.Ltmp3:
	.loc	1 73 38 is_stmt 1               ; fused_moe.py:73:38
	s_lshl_b32 s20, s18, 5
	.loc	1 74 22                         ; fused_moe.py:74:22
	s_abs_i32 s18, s20
	v_cvt_f32_u32_e32 v0, s18
	s_sub_i32 s22, 0, s18
.Ltmp4:
	.loc	2 40 22                         ; standard.py:40:22 @[ fused_moe.py:71:28 ]
	s_add_i32 s17, s17, 63
	.loc	2 40 28 is_stmt 0               ; standard.py:40:28 @[ fused_moe.py:71:28 ]
	s_ashr_i32 s19, s17, 31
.Ltmp5:
	.loc	1 74 22 is_stmt 1               ; fused_moe.py:74:22
	v_rcp_iflag_f32_e32 v0, v0
.Ltmp6:
	.loc	2 40 28                         ; standard.py:40:28 @[ fused_moe.py:71:28 ]
	s_lshr_b32 s19, s19, 26
	s_add_i32 s17, s17, s19
.Ltmp7:
	.loc	1 74 22                         ; fused_moe.py:74:22
	s_xor_b32 s19, s16, s20
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
.Ltmp8:
	.loc	2 40 28                         ; standard.py:40:28 @[ fused_moe.py:71:28 ]
	s_ashr_i32 s17, s17, 6
.Ltmp9:
	.loc	1 74 22                         ; fused_moe.py:74:22
	s_ashr_i32 s19, s19, 31
	v_readfirstlane_b32 s23, v0
	s_mul_i32 s22, s22, s23
	s_mul_hi_u32 s22, s23, s22
	s_add_i32 s23, s23, s22
	s_mul_hi_u32 s22, s21, s23
	s_mul_i32 s23, s22, s18
	s_sub_i32 s21, s21, s23
	s_add_i32 s23, s22, 1
	s_sub_i32 s24, s21, s18
	s_cmp_ge_u32 s21, s18
	s_cselect_b32 s22, s23, s22
	s_cselect_b32 s21, s24, s21
	s_add_i32 s23, s22, 1
	s_cmp_ge_u32 s21, s18
	s_cselect_b32 s18, s23, s22
	s_xor_b32 s18, s18, s19
	s_sub_i32 s21, s18, s19
	.loc	1 75 29                         ; fused_moe.py:75:29
	s_lshl_b32 s22, s21, 5
	.loc	1 76 35                         ; fused_moe.py:76:35
	s_sub_i32 s17, s17, s22
	.loc	1 76 48 is_stmt 0               ; fused_moe.py:76:48
	s_min_i32 s23, s17, 32
	.loc	1 78 40 is_stmt 1               ; fused_moe.py:78:40
	s_abs_i32 s17, s23
	v_cvt_f32_u32_e32 v0, s17
	s_sub_i32 s24, 0, s17
	.loc	1 77 34                         ; fused_moe.py:77:34
	s_mul_i32 s21, s21, s20
	s_sub_i32 s16, s16, s21
	.loc	1 78 40                         ; fused_moe.py:78:40
	v_rcp_iflag_f32_e32 v0, v0
	s_abs_i32 s21, s16
	s_xor_b32 s20, s16, s23
	s_ashr_i32 s20, s20, 31
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
	s_load_dwordx2 s[18:19], s[0:1], 0x40
	v_readfirstlane_b32 s25, v0
	s_mul_i32 s24, s24, s25
	s_mul_hi_u32 s24, s25, s24
	s_add_i32 s25, s25, s24
	s_mul_hi_u32 s24, s21, s25
	s_mul_i32 s25, s24, s17
	s_sub_i32 s21, s21, s25
	s_add_i32 s25, s24, 1
	s_sub_i32 s26, s21, s17
	s_cmp_ge_u32 s21, s17
	s_cselect_b32 s24, s25, s24
	s_cselect_b32 s21, s26, s21
	s_add_i32 s25, s24, 1
	s_cmp_ge_u32 s21, s17
	s_cselect_b32 s17, s25, s24
	s_xor_b32 s17, s17, s20
	s_sub_i32 s17, s17, s20
	.loc	1 81 37                         ; fused_moe.py:81:37
	s_waitcnt lgkmcnt(0)
	s_load_dword s19, s[18:19], 0x0
	.loc	1 77 54                         ; fused_moe.py:77:54
	s_mul_i32 s18, s17, s23
	s_sub_i32 s16, s16, s18
	.loc	1 77 27 is_stmt 0               ; fused_moe.py:77:27
	s_add_i32 s16, s16, s22
	.loc	1 82 15 is_stmt 1               ; fused_moe.py:82:15
	s_lshl_b32 s18, s16, 6
	.loc	1 82 31 is_stmt 0               ; fused_moe.py:82:31
	s_waitcnt lgkmcnt(0)
	s_cmp_lt_i32 s18, s19
	s_cbranch_scc0 .LBB0_17
; %bb.1:
	.loc	1 85 43 is_stmt 1               ; fused_moe.py:85:43
	s_ashr_i32 s19, s18, 31
	.loc	1 86 48                         ; fused_moe.py:86:48
	s_lshl_b64 s[18:19], s[18:19], 2
	s_load_dwordx2 s[20:21], s[0:1], 0x38
	s_load_dword s68, s[0:1], 0x54
	s_load_dword s33, s[0:1], 0x64
	s_add_u32 s60, s14, s18
	s_addc_u32 s61, s15, s19
	.loc	1 90 22                         ; fused_moe.py:90:22
	s_lshl_b32 s58, s17, 7
	.loc	1 94 42                         ; fused_moe.py:94:42
	s_ashr_i32 s17, s16, 31
	.loc	1 90 37                         ; fused_moe.py:90:37
	s_ashr_i32 s59, s58, 31
	.loc	1 92 55                         ; fused_moe.py:92:55
	s_ashr_i32 s57, s56, 31
	.loc	1 94 42                         ; fused_moe.py:94:42
	s_lshl_b64 s[14:15], s[16:17], 2
	s_waitcnt lgkmcnt(0)
	s_add_u32 s14, s20, s14
	s_addc_u32 s15, s21, s15
	.loc	1 94 25 is_stmt 0               ; fused_moe.py:94:25
	s_load_dword s70, s[14:15], 0x0
	.loc	1 95 21 is_stmt 1               ; fused_moe.py:95:21
	s_waitcnt lgkmcnt(0)
	s_cmp_lg_u32 s70, -1
	s_cbranch_scc0 .LBB0_16
; %bb.2:
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_and_b32_e32 v29, 32, v236
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_lshrrev_b32_e32 v31, 1, v236
	.loc	1 101 24                        ; fused_moe.py:101:24
	s_abs_i32 s73, s56
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_lshrrev_b32_e32 v2, 3, v29
	v_lshrrev_b32_e32 v1, 3, v236
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_and_b32_e32 v28, 0x60, v31
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cvt_f32_u32_e32 v8, s73
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_and_or_b32 v30, v1, 27, v2
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_or_b32_e32 v2, v28, v2
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_and_b32_e32 v0, 31, v236
	v_accvgpr_write_b32 a40, v2
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_or_b32_e32 v26, s58, v2
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_or_b32_e32 v2, s58, v30
	.loc	1 86 48                         ; fused_moe.py:86:48
	v_lshlrev_b32_e32 v3, 2, v30
	v_lshlrev_b32_e32 v5, 2, v0
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_sub_u32_e32 v12, 0, v2
	.loc	1 86 25                         ; fused_moe.py:86:25
	global_load_dword v4, v3, s[60:61]
	s_load_dword s69, s[0:1], 0x4c
	s_load_dword s54, s[0:1], 0x58
	global_load_dword v68, v5, s[60:61]
	global_load_dword v66, v5, s[60:61] offset:128
	global_load_dword v6, v3, s[60:61] offset:128
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v7, 0x60, v2
	v_or_b32_e32 v3, 64, v2
	v_or_b32_e32 v5, 32, v2
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_max_i32_e32 v12, v2, v12
	v_rcp_iflag_f32_e32 v2, v8
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v10, 2, v26
	.loc	1 101 24                        ; fused_moe.py:101:24
	s_sub_i32 s14, 0, s73
	v_sub_u32_e32 v14, 0, v5
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_cvt_u32_f32_e32 v2, v2
	v_sub_u32_e32 v20, 0, v10
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v11, 1, v26
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_sub_u32_e32 v13, 0, v26
	v_max_i32_e32 v18, v5, v14
	v_max_i32_e32 v5, v10, v20
	v_mul_lo_u32 v10, s14, v2
	v_sub_u32_e32 v15, 0, v3
	v_max_i32_e32 v19, v26, v13
	v_sub_u32_e32 v13, 0, v11
	v_mul_hi_u32 v10, v2, v10
	v_max_i32_e32 v24, v3, v15
	v_max_i32_e32 v3, v11, v13
	v_add_u32_e32 v13, v2, v10
	v_mad_u64_u32 v[10:11], s[14:15], v12, v13, 0
	v_mul_hi_u32 v2, v19, v13
	v_mad_u64_u32 v[14:15], s[14:15], v18, v13, 0
	v_mul_hi_u32 v10, v3, v13
	v_mul_lo_u32 v2, v2, s73
	v_mul_hi_u32 v14, v5, v13
	v_mul_lo_u32 v10, v10, s73
	v_sub_u32_e32 v2, v19, v2
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v21, 3, v26
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_mul_lo_u32 v14, v14, s73
	v_sub_u32_e32 v3, v3, v10
	v_subrev_u32_e32 v10, s73, v2
	v_cmp_le_u32_e32 vcc, s73, v2
	v_sub_u32_e32 v5, v5, v14
	v_subrev_u32_e32 v19, s73, v3
	v_cndmask_b32_e32 v14, v2, v10, vcc
	v_sub_u32_e32 v2, 0, v21
	v_cmp_le_u32_e32 vcc, s73, v3
	v_max_i32_e32 v2, v21, v2
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v38, 8, v26
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v19, v3, v19, vcc
	v_mul_hi_u32 v3, v2, v13
	v_mul_lo_u32 v3, v3, s73
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s73, v2
	v_cmp_le_u32_e64 s[20:21], s73, v2
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v32, 9, v26
	v_or_b32_e32 v33, 10, v26
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v21, v2, v3, s[20:21]
	v_sub_u32_e32 v2, 0, v38
	v_max_i32_e32 v2, v38, v2
	v_mul_hi_u32 v3, v2, v13
	v_mul_lo_u32 v3, v3, s73
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s73, v2
	v_cmp_le_u32_e64 s[20:21], s73, v2
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v35, 11, v26
	v_or_b32_e32 v36, 16, v26
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v25, v2, v3, s[20:21]
	v_sub_u32_e32 v2, 0, v32
	v_max_i32_e32 v2, v32, v2
	v_mul_hi_u32 v3, v2, v13
	v_mul_lo_u32 v3, v3, s73
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s73, v2
	v_cmp_le_u32_e64 s[20:21], s73, v2
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v34, 17, v26
	v_accvgpr_write_b32 a38, v36
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v32, v2, v3, s[20:21]
	v_sub_u32_e32 v2, 0, v33
	v_max_i32_e32 v2, v33, v2
	v_mul_hi_u32 v3, v2, v13
	v_mul_lo_u32 v3, v3, s73
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s73, v2
	v_cmp_le_u32_e64 s[20:21], s73, v2
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v23, 18, v26
	v_or_b32_e32 v22, 19, v26
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v33, v2, v3, s[20:21]
	v_sub_u32_e32 v2, 0, v35
	v_max_i32_e32 v2, v35, v2
	v_mul_hi_u32 v3, v2, v13
	v_mul_lo_u32 v3, v3, s73
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s73, v2
	v_cmp_le_u32_e64 s[20:21], s73, v2
	v_accvgpr_write_b32 a42, v38
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v40, 24, v26
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v35, v2, v3, s[20:21]
	v_sub_u32_e32 v2, 0, v36
	v_max_i32_e32 v2, v36, v2
	v_mul_hi_u32 v3, v2, v13
	v_mul_lo_u32 v3, v3, s73
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s73, v2
	v_cmp_le_u32_e64 s[20:21], s73, v2
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v17, 25, v26
	v_or_b32_e32 v16, 26, v26
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v36, v2, v3, s[20:21]
	v_sub_u32_e32 v2, 0, v34
	v_max_i32_e32 v2, v34, v2
	v_mul_hi_u32 v3, v2, v13
	v_mul_lo_u32 v3, v3, s73
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s73, v2
	v_cmp_le_u32_e64 s[20:21], s73, v2
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v9, 27, v26
	v_accvgpr_write_b32 a36, v40
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v37, v2, v3, s[20:21]
	v_sub_u32_e32 v2, 0, v23
	v_max_i32_e32 v2, v23, v2
	v_mul_hi_u32 v3, v2, v13
	v_mul_lo_u32 v3, v3, s73
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s73, v2
	v_cmp_le_u32_e64 s[20:21], s73, v2
	s_ashr_i32 s72, s58, 31
.Ltmp10:
	.loc	2 40 22                         ; standard.py:40:22 @[ fused_moe.py:117:33 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s71, s69, 0x7f
.Ltmp11:
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v38, v2, v3, s[20:21]
	v_sub_u32_e32 v2, 0, v22
	v_max_i32_e32 v2, v22, v2
	v_mul_hi_u32 v3, v2, v13
	v_mul_lo_u32 v3, v3, s73
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s73, v2
	v_cmp_le_u32_e64 s[20:21], s73, v2
	v_subrev_u32_e32 v20, s73, v5
	.loc	1 88 30                         ; fused_moe.py:88:30
	s_waitcnt vmcnt(3)
	v_cmp_gt_i32_e64 s[18:19], s68, v4
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v39, v2, v3, s[20:21]
	v_sub_u32_e32 v2, 0, v40
	v_max_i32_e32 v2, v40, v2
	v_mul_hi_u32 v3, v2, v13
	v_mul_lo_u32 v3, v3, s73
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s73, v2
	v_cmp_le_u32_e64 s[20:21], s73, v2
	v_cmp_le_u32_e64 s[16:17], s73, v5
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cmpk_gt_i32 s71, 0x7f
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v46, v2, v3, s[20:21]
	v_sub_u32_e32 v2, 0, v17
	v_max_i32_e32 v2, v17, v2
	v_mul_hi_u32 v3, v2, v13
	v_mul_lo_u32 v3, v3, s73
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s73, v2
	v_cmp_le_u32_e64 s[20:21], s73, v2
	.loc	1 85 73                         ; fused_moe.py:85:73
	v_mov_b32_e32 v73, 0
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v20, v5, v20, s[16:17]
	v_cndmask_b32_e64 v47, v2, v3, s[20:21]
	v_sub_u32_e32 v2, 0, v16
	v_max_i32_e32 v2, v16, v2
	v_mul_hi_u32 v3, v2, v13
	v_mul_lo_u32 v3, v3, s73
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s73, v2
	v_cmp_le_u32_e64 s[20:21], s73, v2
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cselect_b64 s[22:23], -1, 0
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_mov_b32_e32 v27, s59
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v48, v2, v3, s[20:21]
	v_sub_u32_e32 v2, 0, v9
	v_max_i32_e32 v2, v9, v2
	v_mul_hi_u32 v3, v2, v13
	v_mul_lo_u32 v3, v3, s73
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s73, v2
	v_cmp_le_u32_e64 s[20:21], s73, v2
	v_sub_u32_e32 v8, 0, v7
	v_cmp_le_u32_e32 vcc, s73, v14
	v_cndmask_b32_e64 v49, v2, v3, s[20:21]
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_ashrrev_i32_e32 v2, 31, v4
	v_lshrrev_b32_e32 v2, 29, v2
	v_add_u32_e32 v2, v4, v2
	v_ashrrev_i32_e32 v2, 3, v2
	.loc	1 104 53 is_stmt 0              ; fused_moe.py:104:53
	v_mad_i64_i32 v[40:41], s[20:21], v2, s54, 0
	.loc	1 104 72                        ; fused_moe.py:104:72
	v_lshlrev_b32_e32 v2, 4, v236
	v_and_b32_e32 v72, 0x70, v2
	.loc	1 119 74 is_stmt 1              ; fused_moe.py:119:74
	v_cmp_gt_i32_e64 s[52:53], s69, v72
	.loc	1 119 56 is_stmt 0              ; fused_moe.py:119:56
	s_and_b64 s[20:21], s[52:53], s[18:19]
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_cmp_le_u32_e64 s[14:15], s73, v19
	v_cmp_le_u32_e64 s[16:17], s73, v20
	v_cmp_le_u32_e64 s[24:25], s73, v21
	v_cmp_le_u32_e64 s[26:27], s73, v25
	v_cmp_le_u32_e64 s[28:29], s73, v32
	v_cmp_le_u32_e64 s[30:31], s73, v33
	v_cmp_le_u32_e64 s[34:35], s73, v35
	v_cmp_le_u32_e64 s[36:37], s73, v36
	v_cmp_le_u32_e64 s[38:39], s73, v37
	v_cmp_le_u32_e64 s[40:41], s73, v38
	v_cmp_le_u32_e64 s[42:43], s73, v39
	v_cmp_le_u32_e64 s[44:45], s73, v46
	v_cmp_le_u32_e64 s[46:47], s73, v47
	v_cmp_le_u32_e64 s[48:49], s73, v48
	v_cmp_le_u32_e64 s[50:51], s73, v49
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 s[62:63], s[22:23], s[20:21]
	v_mov_b32_e32 v2, v73
	v_mov_b32_e32 v3, v73
	v_mov_b32_e32 v4, v73
	v_mov_b32_e32 v5, v73
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_and_saveexec_b64 s[20:21], s[62:63]
	s_cbranch_execz .LBB0_4
; %bb.3:
	.loc	1 104 22                        ; fused_moe.py:104:22
	v_lshl_add_u64 v[2:3], s[2:3], 0, v[40:41]
	v_lshl_add_u64 v[2:3], v[2:3], 0, v[72:73]
	.loc	1 119 20                        ; fused_moe.py:119:20
	global_load_dwordx4 v[2:5], v[2:3], off
.LBB0_4:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[20:21]
	v_max_i32_e32 v34, v7, v8
	.loc	1 104 45 is_stmt 1              ; fused_moe.py:104:45
	s_waitcnt vmcnt(0)
	v_ashrrev_i32_e32 v7, 31, v6
	v_mad_u64_u32 v[16:17], s[20:21], v24, v13, 0
	v_lshrrev_b32_e32 v7, 29, v7
	s_load_dwordx2 s[62:63], s[0:1], 0x5c
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[20:21], s68, v6
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_add_u32_e32 v6, v6, v7
	v_ashrrev_i32_e32 v6, 3, v6
	.loc	1 104 53 is_stmt 0              ; fused_moe.py:104:53
	v_mad_i64_i32 v[42:43], s[54:55], v6, s54, 0
	.loc	1 119 56 is_stmt 1              ; fused_moe.py:119:56
	s_and_b64 s[54:55], s[52:53], s[20:21]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 s[64:65], s[22:23], s[54:55]
	v_mov_b32_e32 v6, 0
	v_mov_b32_e32 v7, 0
	v_mov_b32_e32 v8, 0
	v_mov_b32_e32 v9, 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_and_saveexec_b64 s[54:55], s[64:65]
	s_cbranch_execz .LBB0_6
; %bb.5:
	.loc	1 104 22                        ; fused_moe.py:104:22
	v_lshl_add_u64 v[6:7], s[2:3], 0, v[42:43]
	v_lshl_add_u64 v[6:7], v[6:7], 0, v[72:73]
	.loc	1 119 20                        ; fused_moe.py:119:20
	global_load_dwordx4 v[6:9], v[6:7], off
.LBB0_6:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[54:55]
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_mul_lo_u32 v10, v11, s73
	v_mad_u64_u32 v[22:23], s[54:55], v34, v13, 0
	v_sub_u32_e32 v10, v12, v10
	v_subrev_u32_e32 v11, s73, v10
	v_cmp_le_u32_e64 s[54:55], s73, v10
	v_subrev_u32_e32 v16, s73, v14
	v_subrev_u32_e32 v50, s73, v19
	v_cndmask_b32_e64 v10, v10, v11, s[54:55]
	v_subrev_u32_e32 v11, s73, v10
	v_cmp_le_u32_e64 s[54:55], s73, v10
	v_subrev_u32_e32 v51, s73, v20
	v_subrev_u32_e32 v52, s73, v21
	v_cndmask_b32_e64 v10, v10, v11, s[54:55]
	v_xor_b32_e32 v10, s72, v10
	.loc	1 105 34                        ; fused_moe.py:105:34
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s54, s70, s62
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_subrev_u32_e32 v10, s72, v10
	.loc	1 105 34                        ; fused_moe.py:105:34
	s_mul_hi_i32 s55, s70, s62
	.loc	1 105 21 is_stmt 0              ; fused_moe.py:105:21
	s_add_u32 s64, s4, s54
	v_subrev_u32_e32 v53, s73, v25
	v_subrev_u32_e32 v54, s73, v32
	v_subrev_u32_e32 v55, s73, v33
	v_subrev_u32_e32 v56, s73, v35
	v_subrev_u32_e32 v57, s73, v36
	v_subrev_u32_e32 v58, s73, v37
	v_subrev_u32_e32 v59, s73, v38
	v_subrev_u32_e32 v60, s73, v39
	v_subrev_u32_e32 v61, s73, v46
	v_subrev_u32_e32 v62, s73, v47
	v_subrev_u32_e32 v63, s73, v48
	v_subrev_u32_e32 v64, s73, v49
	s_addc_u32 s65, s5, s55
	.loc	1 105 96                        ; fused_moe.py:105:96
	v_mad_i64_i32 v[44:45], s[66:67], v10, s63, 0
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[52:53], s[52:53], s[22:23]
	v_mov_b32_e32 v10, 0
	v_mov_b32_e32 v11, 0
	v_mov_b32_e32 v12, 0
	v_mov_b32_e32 v13, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b64 s[66:67], s[52:53]
	s_cbranch_execz .LBB0_8
; %bb.7:
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_lshl_add_u64 v[10:11], s[64:65], 0, v[44:45]
	v_lshl_add_u64 v[10:11], v[10:11], 0, v[72:73]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[10:13], v[10:11], off
.LBB0_8:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[66:67]
	v_cndmask_b32_e32 v16, v14, v16, vcc
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_mul_lo_u32 v14, v15, s73
	v_sub_u32_e32 v14, v18, v14
	v_subrev_u32_e32 v15, s73, v14
	v_cmp_le_u32_e32 vcc, s73, v14
	v_cndmask_b32_e64 v50, v19, v50, s[14:15]
	v_cndmask_b32_e64 v51, v20, v51, s[16:17]
	v_cndmask_b32_e32 v14, v14, v15, vcc
	v_subrev_u32_e32 v15, s73, v14
	v_cmp_le_u32_e32 vcc, s73, v14
	v_cndmask_b32_e64 v52, v21, v52, s[24:25]
	v_cndmask_b32_e64 v53, v25, v53, s[26:27]
	v_cndmask_b32_e32 v14, v14, v15, vcc
	v_xor_b32_e32 v14, s72, v14
	v_subrev_u32_e32 v14, s72, v14
	v_cndmask_b32_e64 v54, v32, v54, s[28:29]
	v_cndmask_b32_e64 v55, v33, v55, s[30:31]
	v_cndmask_b32_e64 v56, v35, v56, s[34:35]
	v_cndmask_b32_e64 v57, v36, v57, s[36:37]
	v_cndmask_b32_e64 v58, v37, v58, s[38:39]
	v_cndmask_b32_e64 v59, v38, v59, s[40:41]
	v_cndmask_b32_e64 v60, v39, v60, s[42:43]
	v_cndmask_b32_e64 v61, v46, v61, s[44:45]
	v_cndmask_b32_e64 v62, v47, v62, s[46:47]
	v_cndmask_b32_e64 v48, v48, v63, s[48:49]
	v_cndmask_b32_e64 v49, v49, v64, s[50:51]
	.loc	1 105 96                        ; fused_moe.py:105:96
	v_mad_i64_i32 v[46:47], s[14:15], v14, s63, 0
	v_mov_b32_e32 v14, 0
	v_mov_b32_e32 v18, 0
	v_mov_b32_e32 v19, 0
	v_mov_b32_e32 v20, 0
	v_mov_b32_e32 v21, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b64 s[14:15], s[52:53]
	s_cbranch_execz .LBB0_10
; %bb.9:
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_lshl_add_u64 v[18:19], s[64:65], 0, v[46:47]
	v_lshl_add_u64 v[18:19], v[18:19], 0, v[72:73]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[18:21], v[18:19], off
.LBB0_10:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[14:15]
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_mul_lo_u32 v15, v17, s73
	v_sub_u32_e32 v15, v24, v15
	v_xor_b32_e32 v22, s72, v16
	v_subrev_u32_e32 v16, s73, v15
	v_cmp_le_u32_e32 vcc, s73, v15
	v_xor_b32_e32 v25, s72, v50
	v_xor_b32_e32 v32, s72, v51
	v_cndmask_b32_e32 v15, v15, v16, vcc
	v_subrev_u32_e32 v16, s73, v15
	v_cmp_le_u32_e32 vcc, s73, v15
	v_xor_b32_e32 v33, s72, v52
	v_xor_b32_e32 v35, s72, v53
	v_cndmask_b32_e32 v15, v15, v16, vcc
	v_xor_b32_e32 v15, s72, v15
	v_subrev_u32_e32 v15, s72, v15
	v_xor_b32_e32 v36, s72, v54
	v_xor_b32_e32 v37, s72, v55
	v_xor_b32_e32 v38, s72, v56
	v_xor_b32_e32 v39, s72, v57
	v_xor_b32_e32 v50, s72, v58
	v_xor_b32_e32 v51, s72, v59
	v_xor_b32_e32 v52, s72, v60
	v_xor_b32_e32 v53, s72, v61
	v_xor_b32_e32 v54, s72, v62
	v_xor_b32_e32 v55, s72, v48
	v_xor_b32_e32 v65, s72, v49
	.loc	1 105 96                        ; fused_moe.py:105:96
	v_mad_i64_i32 v[48:49], s[14:15], v15, s63, 0
	v_mov_b32_e32 v15, 0
	v_mov_b32_e32 v16, 0
	v_mov_b32_e32 v17, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b64 s[14:15], s[52:53]
	s_cbranch_execz .LBB0_12
; %bb.11:
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_lshl_add_u64 v[14:15], s[64:65], 0, v[48:49]
	v_lshl_add_u64 v[14:15], v[14:15], 0, v[72:73]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[14:17], v[14:15], off
.LBB0_12:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[14:15]
	v_subrev_u32_e32 v64, s72, v22
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_mul_lo_u32 v22, v23, s73
	v_sub_u32_e32 v22, v34, v22
	v_subrev_u32_e32 v23, s73, v22
	v_cmp_le_u32_e32 vcc, s73, v22
	s_load_dwordx2 s[24:25], s[0:1], 0x68
	s_load_dword s26, s[0:1], 0x70
	v_cndmask_b32_e32 v22, v22, v23, vcc
	v_subrev_u32_e32 v23, s73, v22
	v_cmp_le_u32_e32 vcc, s73, v22
	.loc	1 0 0 is_stmt 0                 ; fused_moe.py:0
	v_subrev_u32_e32 v63, s72, v25
	v_subrev_u32_e32 v62, s72, v32
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v22, v22, v23, vcc
	v_xor_b32_e32 v22, s72, v22
	v_subrev_u32_e32 v22, s72, v22
	.loc	1 0 0                           ; fused_moe.py:0
	v_subrev_u32_e32 v61, s72, v33
	v_subrev_u32_e32 v60, s72, v35
	v_subrev_u32_e32 v59, s72, v36
	v_subrev_u32_e32 v58, s72, v37
	v_subrev_u32_e32 v57, s72, v38
	v_subrev_u32_e32 v56, s72, v39
	v_subrev_u32_e32 v39, s72, v50
	v_subrev_u32_e32 v38, s72, v51
	v_subrev_u32_e32 v37, s72, v52
	v_subrev_u32_e32 v36, s72, v53
	v_subrev_u32_e32 v35, s72, v54
	v_subrev_u32_e32 v33, s72, v55
	v_subrev_u32_e32 v32, s72, v65
	.loc	1 105 96 is_stmt 1              ; fused_moe.py:105:96
	v_mad_i64_i32 v[50:51], s[0:1], v22, s63, 0
	v_mov_b32_e32 v22, 0
	v_mov_b32_e32 v23, 0
	v_mov_b32_e32 v24, 0
	v_mov_b32_e32 v25, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b64 s[0:1], s[52:53]
	s_cbranch_execz .LBB0_14
; %bb.13:
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_lshl_add_u64 v[22:23], s[64:65], 0, v[50:51]
	v_lshl_add_u64 v[22:23], v[22:23], 0, v[72:73]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[22:25], v[22:23], off
.LBB0_14:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[0:1]
	.loc	1 110 79 is_stmt 1              ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v65, 31, v64
	v_lshrrev_b32_e32 v65, 25, v65
	v_add_u32_e32 v64, v64, v65
	v_ashrrev_i32_e32 v65, 31, v63
	v_lshrrev_b32_e32 v65, 25, v65
	v_add_u32_e32 v63, v63, v65
	v_ashrrev_i32_e32 v65, 31, v62
	v_lshrrev_b32_e32 v65, 25, v65
	v_add_u32_e32 v62, v62, v65
	v_ashrrev_i32_e32 v65, 31, v61
	v_lshrrev_b32_e32 v65, 25, v65
	v_add_u32_e32 v61, v61, v65
	v_ashrrev_i32_e32 v65, 7, v61
	v_ashrrev_i32_e32 v61, 31, v60
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v67, 31, v66
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_lshrrev_b32_e32 v61, 25, v61
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v53, 29, v67
	v_accvgpr_write_b32 a34, v66
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_add_u32_e32 v60, v60, v61
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[14:15], s68, v66
	v_accvgpr_write_b32 a35, v67
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v53, v66, v53
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v66, 7, v60
	v_ashrrev_i32_e32 v60, 31, v59
	v_lshrrev_b32_e32 v60, 25, v60
	v_add_u32_e32 v59, v59, v60
	v_ashrrev_i32_e32 v67, 7, v59
	v_ashrrev_i32_e32 v59, 31, v58
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v69, 31, v68
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_lshrrev_b32_e32 v59, 25, v59
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v52, 29, v69
	v_accvgpr_write_b32 a44, v68
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_add_u32_e32 v58, v58, v59
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[16:17], s68, v68
	v_accvgpr_write_b32 a45, v69
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v52, v68, v52
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v68, 7, v58
	v_ashrrev_i32_e32 v58, 31, v57
	v_lshrrev_b32_e32 v58, 25, v58
	v_add_u32_e32 v57, v57, v58
	v_ashrrev_i32_e32 v70, 7, v57
	v_ashrrev_i32_e32 v57, 31, v56
	v_lshrrev_b32_e32 v57, 25, v57
	v_add_u32_e32 v56, v56, v57
	v_ashrrev_i32_e32 v74, 7, v56
	v_ashrrev_i32_e32 v56, 31, v39
	v_lshrrev_b32_e32 v56, 25, v56
	v_add_u32_e32 v39, v39, v56
	v_ashrrev_i32_e32 v56, 31, v38
	v_lshrrev_b32_e32 v56, 25, v56
	v_add_u32_e32 v38, v38, v56
	v_ashrrev_i32_e32 v56, 31, v37
	v_lshrrev_b32_e32 v56, 25, v56
	v_add_u32_e32 v37, v37, v56
	v_ashrrev_i32_e32 v56, 31, v36
	v_lshrrev_b32_e32 v56, 25, v56
	v_add_u32_e32 v36, v36, v56
	v_ashrrev_i32_e32 v56, 31, v35
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v52, 3, v52
	v_ashrrev_i32_e32 v54, 3, v53
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_lshrrev_b32_e32 v56, 25, v56
	.loc	1 109 65                        ; fused_moe.py:109:65
	s_waitcnt lgkmcnt(0)
	v_mad_i64_i32 v[52:53], s[0:1], v52, s24, 0
	v_mad_i64_i32 v[54:55], s[0:1], v54, s24, 0
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_add_u32_e32 v35, v35, v56
	.loc	1 110 54 is_stmt 0              ; fused_moe.py:110:54
	s_mul_hi_i32 s1, s70, s25
	s_mul_i32 s0, s70, s25
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v82, 7, v35
	v_ashrrev_i32_e32 v35, 31, v33
	.loc	1 110 41                        ; fused_moe.py:110:41
	s_lshl_b64 s[0:1], s[0:1], 2
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_lshrrev_b32_e32 v35, 25, v35
	.loc	1 110 41                        ; fused_moe.py:110:41
	s_add_u32 s0, s10, s0
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v36, 7, v36
	v_add_u32_e32 v33, v33, v35
	.loc	1 110 41                        ; fused_moe.py:110:41
	s_addc_u32 s1, s11, s1
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v37, 7, v37
	v_ashrrev_i32_e32 v83, 7, v33
	v_ashrrev_i32_e32 v33, 31, v32
	.loc	1 110 90                        ; fused_moe.py:110:90
	v_mad_i64_i32 v[110:111], s[10:11], v36, s26, 0
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	v_and_b32_e32 v36, 4, v31
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_and_b32_e32 v34, 32, v31
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_lshrrev_b32_e32 v33, 25, v33
	.loc	1 110 90 is_stmt 0              ; fused_moe.py:110:90
	v_mad_i64_i32 v[80:81], s[10:11], v37, s26, 0
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	v_or_b32_e32 v35, v72, v36
	v_and_b32_e32 v37, 8, v31
	v_lshrrev_b32_e32 v29, 1, v29
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v38, 7, v38
	v_add_u32_e32 v32, v32, v33
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_or_b32_e32 v31, v35, v37
	v_or_b32_e32 v33, v34, v29
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v39, 7, v39
	.loc	1 110 90 is_stmt 0              ; fused_moe.py:110:90
	v_mad_i64_i32 v[78:79], s[10:11], v38, s26, 0
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	v_xor_b32_e32 v38, v33, v31
	v_lshlrev_b32_e32 v30, 7, v30
	.loc	1 110 90                        ; fused_moe.py:110:90
	v_mad_i64_i32 v[76:77], s[10:11], v39, s26, 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_or_b32_e32 v39, v38, v30
	v_add_u32_e32 v31, 0, v39
	ds_write_b32 v31, v2 offset:16384
	v_or_b32_e32 v2, 4, v72
	v_xor_b32_e32 v2, v2, v36
	v_or_b32_e32 v2, v2, v37
	v_xor_b32_e32 v84, v33, v2
	v_or_b32_e32 v85, v84, v30
	v_add_u32_e32 v33, 0, v85
	ds_write_b32 v33, v3 offset:16384
	v_or_b32_e32 v2, 8, v35
	v_or3_b32 v3, v29, v37, v34
	v_xor_b32_e32 v29, v3, v2
	v_or_b32_e32 v2, 12, v72
	v_or_b32_e32 v3, v3, v36
	v_xor_b32_e32 v36, v3, v2
	v_or_b32_e32 v34, v29, v30
	v_or_b32_e32 v86, v36, v30
	s_add_i32 s24, 0, 0x4000
	v_add_u32_e32 v35, 0, v34
	v_add_u32_e32 v37, 0, v86
	v_add_u32_e32 v2, s24, v39
	ds_write_b32 v35, v4 offset:16384
	ds_write_b32 v37, v5 offset:16384
	s_waitcnt vmcnt(0)
	ds_write_b32 v2, v6 offset:4096
	v_add_u32_e32 v4, s24, v85
	v_add_u32_e32 v6, s24, v34
	ds_write_b32 v4, v7 offset:4096
	ds_write_b32 v6, v8 offset:4096
	v_add_u32_e32 v8, s24, v86
	ds_write_b32 v8, v9 offset:4096
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_write_b32 v31, v10
	ds_write_b32 v33, v11
	ds_write_b32 v35, v12
	ds_write_b32 v37, v13
	ds_write_b32 v31, v18 offset:4096
	ds_write_b32 v33, v19 offset:4096
	ds_write_b32 v35, v20 offset:4096
	ds_write_b32 v37, v21 offset:4096
	v_add_u32_e32 v8, 0, v38
	v_add_u32_e32 v239, v8, v30
	v_add_u32_e32 v8, 0, v84
	v_add_u32_e32 v240, v8, v30
	v_add_u32_e32 v8, 0, v29
	v_add_u32_e32 v241, v8, v30
	v_add_u32_e32 v8, 0, v36
	v_add_u32_e32 v8, v8, v30
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v64, 7, v64
	v_ashrrev_i32_e32 v63, 7, v63
	v_ashrrev_i32_e32 v62, 7, v62
	v_ashrrev_i32_e32 v32, 7, v32
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_write_b32 v239, v14 offset:8192
	ds_write_b32 v240, v15 offset:8192
	ds_write_b32 v241, v16 offset:8192
	ds_write_b32 v239, v22 offset:12288
	ds_write_b32 v240, v23 offset:12288
	ds_write_b32 v241, v24 offset:12288
	ds_write2st64_b32 v8, v17, v25 offset0:32 offset1:48
	v_and_b32_e32 v1, 4, v1
	v_lshlrev_b32_e32 v9, 2, v236
	v_lshlrev_b32_e32 v25, 7, v0
	.loc	1 110 90                        ; fused_moe.py:110:90
	v_mad_i64_i32 v[56:57], s[10:11], v64, s26, 0
	v_mad_i64_i32 v[58:59], s[10:11], v63, s26, 0
	v_mad_i64_i32 v[60:61], s[10:11], v62, s26, 0
	v_mad_i64_i32 v[62:63], s[10:11], v65, s26, 0
	v_mad_i64_i32 v[64:65], s[10:11], v66, s26, 0
	v_mad_i64_i32 v[66:67], s[10:11], v67, s26, 0
	v_mad_i64_i32 v[68:69], s[10:11], v68, s26, 0
	v_mad_i64_i32 v[70:71], s[10:11], v70, s26, 0
	v_mad_i64_i32 v[74:75], s[10:11], v74, s26, 0
	v_mad_i64_i32 v[2:3], s[10:11], v82, s26, 0
	v_mad_i64_i32 v[4:5], s[10:11], v83, s26, 0
	v_mad_i64_i32 v[6:7], s[10:11], v32, s26, 0
	v_accvgpr_write_b32 a39, v8
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cmpk_gt_i32 s71, 0xff
	v_or_b32_e32 v10, 8, v1
	v_or_b32_e32 v11, 16, v1
	v_or_b32_e32 v12, 24, v1
	v_or_b32_e32 v13, 32, v1
	v_or_b32_e32 v14, 40, v1
	v_or_b32_e32 v15, 48, v1
	v_or_b32_e32 v16, 56, v1
	v_or_b32_e32 v17, 64, v1
	v_or_b32_e32 v18, 0x48, v1
	v_or_b32_e32 v19, 0x50, v1
	v_or_b32_e32 v20, 0x58, v1
	v_or_b32_e32 v21, 0x60, v1
	v_or_b32_e32 v22, 0x68, v1
	v_or_b32_e32 v23, 0x70, v1
	v_or_b32_e32 v8, 0x78, v1
	v_or_b32_e32 v24, v28, v0
	v_and_b32_e32 v9, 60, v9
	v_accvgpr_write_b32 a37, v25
	v_accvgpr_write_b32 a32, v236
	s_cbranch_scc1 .LBB0_18
; %bb.15:                               ; %.._crit_edge_crit_edge
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b32_e32 v0, 7, v0
	s_mov_b64 s[10:11], 0
	s_branch .LBB0_19
.LBB0_16:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_cbranch_execnz .LBB0_99
.LBB0_17:
	.loc	1 83 8 is_stmt 1                ; fused_moe.py:83:8
	s_endpgm
.LBB0_18:
	.loc	1 0 8 is_stmt 0                 ; fused_moe.py:0:8
	s_mov_b64 s[10:11], -1
                                        ; implicit-def: $vgpr0
.LBB0_19:                               ; %Flow980
	v_lshl_add_u64 v[28:29], v[52:53], 2, s[8:9]
	v_accvgpr_write_b32 a49, v29
	v_accvgpr_write_b32 a48, v28
	v_lshl_add_u64 v[28:29], v[54:55], 2, s[8:9]
	v_accvgpr_write_b32 a47, v29
	v_lshl_add_u64 v[88:89], v[74:75], 2, s[0:1]
	v_lshl_add_u64 v[86:87], v[76:77], 2, s[0:1]
	v_lshl_add_u64 v[84:85], v[78:79], 2, s[0:1]
	v_lshl_add_u64 v[78:79], v[2:3], 2, s[0:1]
	v_lshl_add_u64 v[76:77], v[4:5], 2, s[0:1]
	v_lshl_add_u64 v[74:75], v[6:7], 2, s[0:1]
	v_xor_b32_e32 v4, v1, v9
	v_lshlrev_b32_e32 v1, 7, v24
	v_xor_b32_e32 v237, v10, v9
	v_xor_b32_e32 v5, v11, v9
	v_xor_b32_e32 v6, v12, v9
	v_xor_b32_e32 v7, v13, v9
	v_xor_b32_e32 v25, v14, v9
	v_xor_b32_e32 v24, v15, v9
	v_xor_b32_e32 v10, v16, v9
	v_xor_b32_e32 v11, v17, v9
	v_xor_b32_e32 v12, v18, v9
	v_xor_b32_e32 v13, v19, v9
	v_xor_b32_e32 v14, v20, v9
	v_xor_b32_e32 v15, v21, v9
	v_xor_b32_e32 v3, v22, v9
	v_xor_b32_e32 v2, v23, v9
	v_xor_b32_e32 v18, v8, v9
	v_accvgpr_write_b32 a46, v28
	v_lshl_add_u64 v[104:105], v[56:57], 2, s[0:1]
	v_lshl_add_u64 v[102:103], v[58:59], 2, s[0:1]
	v_lshl_add_u64 v[100:101], v[60:61], 2, s[0:1]
	v_lshl_add_u64 v[98:99], v[62:63], 2, s[0:1]
	v_lshl_add_u64 v[96:97], v[64:65], 2, s[0:1]
	v_lshl_add_u64 v[94:95], v[66:67], 2, s[0:1]
	v_lshl_add_u64 v[92:93], v[68:69], 2, s[0:1]
	v_lshl_add_u64 v[90:91], v[70:71], 2, s[0:1]
	v_lshl_add_u64 v[82:83], v[80:81], 2, s[0:1]
	v_lshl_add_u64 v[80:81], v[110:111], 2, s[0:1]
	s_andn2_b64 vcc, exec, s[10:11]
	v_accvgpr_write_b32 a33, v2
	v_accvgpr_write_b32 a50, v3
	v_accvgpr_write_b32 a51, v15
	v_accvgpr_write_b32 a52, v14
	v_accvgpr_write_b32 a53, v13
	v_accvgpr_write_b32 a54, v18
	v_accvgpr_write_b32 a55, v12
	v_accvgpr_write_b32 a56, v11
	v_accvgpr_write_b32 a57, v10
	v_accvgpr_write_b32 a58, v24
	v_accvgpr_write_b32 a59, v25
	v_accvgpr_write_b32 a60, v7
	v_accvgpr_write_b32 a61, v6
	v_accvgpr_write_b32 a62, v5
	v_accvgpr_write_b32 a63, v4
	s_cbranch_vccnz .LBB0_38
; %bb.20:                               ; %.lr.ph
.Ltmp12:
	.loc	2 40 28 is_stmt 1               ; standard.py:40:28 @[ fused_moe.py:117:33 ]
	s_ashr_i32 s0, s71, 31
	s_lshr_b32 s0, s0, 25
	v_add_u32_e32 v17, 0, v2
	v_accvgpr_read_b32 v2, a37
	s_add_i32 s71, s71, s0
	v_add_u32_e32 v16, 0, v3
	v_add_u32_e32 v243, 0, v2
.Ltmp13:
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_lshl_add_u64 v[2:3], s[54:55], 0, v[50:51]
.Ltmp14:
	.loc	2 40 28                         ; standard.py:40:28 @[ fused_moe.py:117:33 ]
	s_ashr_i32 s0, s71, 7
.Ltmp15:
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_lshl_add_u64 v[2:3], v[2:3], 0, v[72:73]
	s_max_i32 s8, s0, 2
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[4:5]
	s_mov_b64 s[0:1], 0x80
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[0:1]
	v_accvgpr_write_b32 a65, v3
	v_accvgpr_write_b32 a64, v2
	v_lshl_add_u64 v[2:3], s[54:55], 0, v[48:49]
	v_lshl_add_u64 v[2:3], v[2:3], 0, v[72:73]
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[4:5]
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[0:1]
	v_accvgpr_write_b32 a67, v3
	v_accvgpr_write_b32 a66, v2
	v_lshl_add_u64 v[2:3], s[54:55], 0, v[46:47]
	v_add_u32_e32 v0, 0, v4
	v_lshl_add_u64 v[2:3], v[2:3], 0, v[72:73]
	v_add_u32_e32 v4, 0, v237
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[4:5]
	v_add_u32_e32 v0, v0, v1
	v_add_u32_e32 v5, 0, v5
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[0:1]
	v_accvgpr_write_b32 a41, v0
	v_add_u32_e32 v0, v4, v1
	v_add_u32_e32 v6, 0, v6
	v_accvgpr_write_b32 a69, v3
	v_accvgpr_write_b32 a43, v0
	v_add_u32_e32 v0, v5, v1
	v_add_u32_e32 v7, 0, v7
	v_accvgpr_write_b32 a68, v2
	v_lshl_add_u64 v[2:3], s[54:55], 0, v[44:45]
	v_accvgpr_write_b32 a76, v0
	v_add_u32_e32 v0, v6, v1
	v_add_u32_e32 v8, 0, v25
	v_lshl_add_u64 v[2:3], v[2:3], 0, v[72:73]
	v_accvgpr_write_b32 a77, v0
	v_add_u32_e32 v0, v7, v1
	v_add_u32_e32 v9, 0, v24
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[4:5]
	v_accvgpr_write_b32 a78, v0
	v_add_u32_e32 v0, v8, v1
	v_add_u32_e32 v10, 0, v10
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[0:1]
	v_accvgpr_write_b32 a79, v0
	v_add_u32_e32 v0, v9, v1
	v_add_u32_e32 v11, 0, v11
	v_accvgpr_write_b32 a71, v3
	v_accvgpr_write_b32 a80, v0
	v_add_u32_e32 v0, v10, v1
	v_add_u32_e32 v12, 0, v12
	v_accvgpr_write_b32 a70, v2
	v_lshl_add_u64 v[2:3], v[42:43], 0, v[72:73]
	v_accvgpr_write_b32 a81, v0
	v_add_u32_e32 v0, v11, v1
	v_add_u32_e32 v13, 0, v13
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[2:3]
	v_accvgpr_write_b32 a82, v0
	v_add_u32_e32 v0, v12, v1
	v_add_u32_e32 v14, 0, v14
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[0:1]
	v_accvgpr_write_b32 a83, v0
	v_add_u32_e32 v0, v13, v1
	v_add_u32_e32 v15, 0, v15
	v_accvgpr_write_b32 a73, v3
	v_accvgpr_write_b32 a84, v0
	v_add_u32_e32 v0, v14, v1
	v_accvgpr_write_b32 a72, v2
	v_lshl_add_u64 v[2:3], v[40:41], 0, v[72:73]
	v_accvgpr_write_b32 a85, v0
	v_add_u32_e32 v0, v15, v1
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[2:3]
	v_accvgpr_write_b32 a86, v0
	v_add_u32_e32 v0, v16, v1
	v_add_u32_e32 v18, 0, v18
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[0:1]
	v_accvgpr_write_b32 a87, v0
	v_add_u32_e32 v0, v17, v1
	v_accvgpr_write_b32 a75, v3
	s_lshl_b32 s0, s8, 7
	v_mov_b32_e32 v40, 0
	v_accvgpr_write_b32 a88, v0
	v_add_u32_e32 v0, v18, v1
	v_accvgpr_write_b32 a74, v2
	s_add_u32 s34, s0, 0xffffff80
	s_add_i32 s35, s69, 0xffffff80
	s_mov_b64 s[30:31], 0
	v_accvgpr_write_b32 a89, v0
	s_movk_i32 s36, 0x7f
	s_mov_b32 s37, 0x5040100
	v_mov_b32_e32 v36, 0x7e00
	v_mov_b32_e32 v28, 0x1800
	v_mov_b32_e32 v29, 0x1c00
	v_mov_b32_e32 v38, 0x1e00
	v_mov_b32_e32 v39, 0x2000
	v_mov_b32_e32 v244, 0x2100
	v_mov_b32_e32 v0, 0x2200
	v_mov_b32_e32 v245, 0x2300
	v_mov_b32_e32 v246, 8
	v_mov_b32_e32 v247, 7
	v_mov_b32_e32 v41, v40
	v_mov_b32_e32 v42, v40
	v_mov_b32_e32 v43, v40
	v_mov_b32_e32 v46, v40
	v_mov_b32_e32 v47, v40
	v_mov_b32_e32 v44, v40
	v_mov_b32_e32 v45, v40
	v_mov_b32_e32 v50, v40
	v_mov_b32_e32 v51, v40
	v_mov_b32_e32 v48, v40
	v_mov_b32_e32 v49, v40
	v_mov_b32_e32 v54, v40
	v_mov_b32_e32 v55, v40
	v_mov_b32_e32 v52, v40
	v_mov_b32_e32 v53, v40
	v_mov_b32_e32 v58, v40
	v_mov_b32_e32 v59, v40
	v_mov_b32_e32 v56, v40
	v_mov_b32_e32 v57, v40
	v_mov_b32_e32 v62, v40
	v_mov_b32_e32 v63, v40
	v_mov_b32_e32 v60, v40
	v_mov_b32_e32 v61, v40
	v_mov_b32_e32 v66, v40
	v_mov_b32_e32 v67, v40
	v_mov_b32_e32 v64, v40
	v_mov_b32_e32 v65, v40
	v_mov_b32_e32 v70, v40
	v_mov_b32_e32 v71, v40
	v_mov_b32_e32 v68, v40
	v_mov_b32_e32 v69, v40
	s_branch .LBB0_22
.LBB0_21:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 22 is_stmt 0                ; fused_moe.py:0:22
	s_or_b64 exec, exec, s[2:3]
	.loc	1 127 49 is_stmt 1              ; fused_moe.py:127:49
	s_lshl_b64 s[0:1], s[0:1], 2
	v_lshl_add_u64 v[128:129], v[104:105], 0, s[0:1]
	v_lshl_add_u64 v[130:131], v[102:103], 0, s[0:1]
	v_lshl_add_u64 v[132:133], v[100:101], 0, s[0:1]
	v_lshl_add_u64 v[134:135], v[98:99], 0, s[0:1]
	v_lshl_add_u64 v[136:137], v[96:97], 0, s[0:1]
	v_lshl_add_u64 v[138:139], v[94:95], 0, s[0:1]
	v_lshl_add_u64 v[140:141], v[92:93], 0, s[0:1]
	v_lshl_add_u64 v[142:143], v[90:91], 0, s[0:1]
	v_lshl_add_u64 v[188:189], v[88:89], 0, s[0:1]
	v_lshl_add_u64 v[192:193], v[86:87], 0, s[0:1]
	v_lshl_add_u64 v[204:205], v[84:85], 0, s[0:1]
	v_lshl_add_u64 v[210:211], v[82:83], 0, s[0:1]
	v_lshl_add_u64 v[216:217], v[80:81], 0, s[0:1]
	v_lshl_add_u64 v[220:221], v[78:79], 0, s[0:1]
	v_lshl_add_u64 v[224:225], v[76:77], 0, s[0:1]
	v_lshl_add_u64 v[226:227], v[74:75], 0, s[0:1]
	.loc	1 127 34 is_stmt 0              ; fused_moe.py:127:34
	global_load_dword v128, v[128:129], off
	s_nop 0
	global_load_dword v129, v[130:131], off
	s_nop 0
	global_load_dword v130, v[132:133], off
	global_load_dword v131, v[134:135], off
	s_nop 0
	global_load_dword v132, v[136:137], off
	global_load_dword v133, v[138:139], off
	global_load_dword v134, v[140:141], off
	global_load_dword v135, v[142:143], off
	s_nop 0
	global_load_dword v136, v[188:189], off
	global_load_dword v137, v[192:193], off
	global_load_dword v138, v[204:205], off
	global_load_dword v139, v[210:211], off
	global_load_dword v140, v[216:217], off
	global_load_dword v141, v[220:221], off
	global_load_dword v142, v[224:225], off
	global_load_dword v143, v[226:227], off
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	v_lshlrev_b16_e32 v188, 7, v172
	v_and_b32_e32 v188, 0x3f80, v188
	v_and_b32_e32 v189, 0x7f, v172
	v_add_u16_e32 v188, 0x2000, v188
	v_cmp_ne_u16_e32 vcc, s36, v189
	v_lshlrev_b16_e32 v109, 8, v172
	v_and_b32_e32 v109, 0xffff8000, v109
	v_cndmask_b32_e32 v188, v36, v188, vcc
	v_cmp_ne_u16_e32 vcc, 0, v189
	v_lshlrev_b16_sdwa v228, v247, v149 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v229, v246, v145 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v188, 0, v188, vcc
	v_cmp_ne_u16_e32 vcc, 1, v189
	v_and_b32_e32 v229, 0xffff8000, v229
	v_lshlrev_b16_sdwa v230, v247, v145 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v188, v28, v188, vcc
	v_cmp_ne_u16_e32 vcc, 2, v189
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_add_u32 s30, s30, 0x80
	s_addc_u32 s31, s31, 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v188, v29, v188, vcc
	v_cmp_ne_u16_e32 vcc, 3, v189
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_addk_i32 s35, 0xff80
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_nop 0
	v_cndmask_b32_e32 v188, v38, v188, vcc
	v_cmp_ne_u16_e32 vcc, 4, v189
	s_barrier
	s_nop 0
	v_cndmask_b32_e32 v188, v39, v188, vcc
	v_cmp_ne_u16_e32 vcc, 5, v189
	s_waitcnt vmcnt(16)
	ds_write_b32 v31, v2 offset:16384
	ds_write_b32 v33, v3 offset:16384
	ds_write_b32 v35, v4 offset:16384
	ds_write_b32 v37, v5 offset:16384
	ds_write_b32 v31, v10 offset:20480
	ds_write_b32 v33, v11 offset:20480
	ds_write_b32 v35, v12 offset:20480
	ds_write_b32 v37, v13 offset:20480
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_write_b32 v31, v6
	ds_write_b32 v33, v7
	ds_write_b32 v35, v8
	ds_write_b32 v37, v9
	ds_write_b32 v31, v18 offset:4096
	ds_write_b32 v33, v19 offset:4096
	ds_write_b32 v35, v20 offset:4096
	ds_write_b32 v37, v21 offset:4096
	ds_write_b32 v239, v14 offset:8192
	ds_write_b32 v240, v15 offset:8192
	ds_write_b32 v241, v16 offset:8192
	ds_write_b32 v239, v22 offset:12288
	ds_write_b32 v240, v23 offset:12288
	ds_write_b32 v241, v24 offset:12288
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v188, v244, v188, vcc
	v_cmp_ne_u16_e32 vcc, 6, v189
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cmp_lg_u32 s34, s30
	v_accvgpr_read_b32 v2, a39
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v188, v0, v188, vcc
	v_cmp_ne_u16_e32 vcc, 7, v189
	v_lshlrev_b16_e32 v189, 7, v108
	v_and_b32_e32 v189, 0x3f80, v189
	v_cndmask_b32_e32 v188, v245, v188, vcc
	v_or_b32_e32 v109, v188, v109
	v_lshlrev_b16_e32 v188, 8, v108
	v_and_b32_e32 v108, 0x7f, v108
	v_add_u16_e32 v189, 0x2000, v189
	v_cmp_ne_u16_e32 vcc, s36, v108
	v_and_b32_e32 v188, 0xffff8000, v188
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_write2st64_b32 v2, v17, v25 offset0:32 offset1:48
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v189, v36, v189, vcc
	v_cmp_ne_u16_e32 vcc, 0, v108
	s_nop 1
	v_cndmask_b32_e32 v189, 0, v189, vcc
	v_cmp_ne_u16_e32 vcc, 1, v108
	s_nop 1
	v_cndmask_b32_e32 v189, v28, v189, vcc
	v_cmp_ne_u16_e32 vcc, 2, v108
	s_nop 1
	v_cndmask_b32_e32 v189, v29, v189, vcc
	v_cmp_ne_u16_e32 vcc, 3, v108
	s_nop 1
	v_cndmask_b32_e32 v189, v38, v189, vcc
	v_cmp_ne_u16_e32 vcc, 4, v108
	s_nop 1
	v_cndmask_b32_e32 v189, v39, v189, vcc
	v_cmp_ne_u16_e32 vcc, 5, v108
	s_nop 1
	v_cndmask_b32_e32 v189, v244, v189, vcc
	v_cmp_ne_u16_e32 vcc, 6, v108
	s_nop 1
	v_cndmask_b32_e32 v189, v0, v189, vcc
	v_cmp_ne_u16_e32 vcc, 7, v108
	s_nop 1
	v_cndmask_b32_e32 v108, v245, v189, vcc
	v_or_b32_e32 v220, v108, v188
	v_lshlrev_b16_sdwa v188, v247, v172 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v188, 0x3f80, v188
	v_and_b32_sdwa v189, v172, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v188, 0x2000, v188
	v_cmp_ne_u16_e32 vcc, s36, v189
	v_lshlrev_b16_sdwa v108, v246, v172 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v108, 0xffff8000, v108
	v_cndmask_b32_e32 v188, v36, v188, vcc
	v_cmp_ne_u16_e32 vcc, 0, v189
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v220, v220, v109, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v109, v246, v158 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v188, 0, v188, vcc
	v_cmp_ne_u16_e32 vcc, 1, v189
	v_and_b32_e32 v109, 0xffff8000, v109
	s_nop 0
	v_cndmask_b32_e32 v188, v28, v188, vcc
	v_cmp_ne_u16_e32 vcc, 2, v189
	s_nop 1
	v_cndmask_b32_e32 v188, v29, v188, vcc
	v_cmp_ne_u16_e32 vcc, 3, v189
	s_nop 1
	v_cndmask_b32_e32 v188, v38, v188, vcc
	v_cmp_ne_u16_e32 vcc, 4, v189
	s_nop 1
	v_cndmask_b32_e32 v188, v39, v188, vcc
	v_cmp_ne_u16_e32 vcc, 5, v189
	s_nop 1
	v_cndmask_b32_e32 v188, v244, v188, vcc
	v_cmp_ne_u16_e32 vcc, 6, v189
	s_nop 1
	v_cndmask_b32_e32 v188, v0, v188, vcc
	v_cmp_ne_u16_e32 vcc, 7, v189
	s_nop 1
	v_cndmask_b32_e32 v188, v245, v188, vcc
	v_or_b32_e32 v221, v188, v108
	v_lshlrev_b16_sdwa v188, v247, v172 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v108, v246, v172 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v188, 0x3f80, v188
	v_and_b32_sdwa v172, v172, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v188, 0x2000, v188
	v_cmp_ne_u16_e32 vcc, s36, v172
	v_and_b32_e32 v108, 0xffff8000, v108
	s_nop 0
	v_cndmask_b32_e32 v188, v36, v188, vcc
	v_cmp_ne_u16_e32 vcc, 0, v172
	s_nop 1
	v_cndmask_b32_e32 v188, 0, v188, vcc
	v_cmp_ne_u16_e32 vcc, 1, v172
	s_nop 1
	v_cndmask_b32_e32 v188, v28, v188, vcc
	v_cmp_ne_u16_e32 vcc, 2, v172
	s_nop 1
	v_cndmask_b32_e32 v188, v29, v188, vcc
	v_cmp_ne_u16_e32 vcc, 3, v172
	s_nop 1
	v_cndmask_b32_e32 v188, v38, v188, vcc
	v_cmp_ne_u16_e32 vcc, 4, v172
	s_nop 1
	v_cndmask_b32_e32 v188, v39, v188, vcc
	v_cmp_ne_u16_e32 vcc, 5, v172
	s_nop 1
	v_cndmask_b32_e32 v188, v244, v188, vcc
	v_cmp_ne_u16_e32 vcc, 6, v172
	s_nop 1
	v_cndmask_b32_e32 v188, v0, v188, vcc
	v_cmp_ne_u16_e32 vcc, 7, v172
	s_nop 1
	v_cndmask_b32_e32 v172, v245, v188, vcc
	v_or_b32_e32 v222, v172, v108
	v_lshlrev_b16_e32 v172, 7, v170
	v_and_b32_e32 v172, 0x3f80, v172
	v_and_b32_e32 v188, 0x7f, v170
	v_add_u16_e32 v172, 0x2000, v172
	v_cmp_ne_u16_e32 vcc, s36, v188
	v_lshlrev_b16_e32 v108, 8, v170
	v_and_b32_e32 v108, 0xffff8000, v108
	v_cndmask_b32_e32 v172, v36, v172, vcc
	v_cmp_ne_u16_e32 vcc, 0, v188
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v221, v222, v221, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_sdwa v222, v158, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v172, 0, v172, vcc
	v_cmp_ne_u16_e32 vcc, 1, v188
	s_nop 1
	v_cndmask_b32_e32 v172, v28, v172, vcc
	v_cmp_ne_u16_e32 vcc, 2, v188
	s_nop 1
	v_cndmask_b32_e32 v172, v29, v172, vcc
	v_cmp_ne_u16_e32 vcc, 3, v188
	s_nop 1
	v_cndmask_b32_e32 v172, v38, v172, vcc
	v_cmp_ne_u16_e32 vcc, 4, v188
	s_nop 1
	v_cndmask_b32_e32 v172, v39, v172, vcc
	v_cmp_ne_u16_e32 vcc, 5, v188
	s_nop 1
	v_cndmask_b32_e32 v172, v244, v172, vcc
	v_cmp_ne_u16_e32 vcc, 6, v188
	s_nop 1
	v_cndmask_b32_e32 v172, v0, v172, vcc
	v_cmp_ne_u16_e32 vcc, 7, v188
	v_and_b32_sdwa v188, v170, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v172, v245, v172, vcc
	v_or_b32_e32 v216, v172, v108
	v_lshlrev_b16_e32 v172, 7, v107
	v_lshlrev_b16_e32 v108, 8, v107
	v_and_b32_e32 v172, 0x3f80, v172
	v_and_b32_e32 v107, 0x7f, v107
	v_add_u16_e32 v172, 0x2000, v172
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_and_b32_e32 v108, 0xffff8000, v108
	s_nop 0
	v_cndmask_b32_e32 v172, v36, v172, vcc
	v_cmp_ne_u16_e32 vcc, 0, v107
	s_nop 1
	v_cndmask_b32_e32 v172, 0, v172, vcc
	v_cmp_ne_u16_e32 vcc, 1, v107
	s_nop 1
	v_cndmask_b32_e32 v172, v28, v172, vcc
	v_cmp_ne_u16_e32 vcc, 2, v107
	s_nop 1
	v_cndmask_b32_e32 v172, v29, v172, vcc
	v_cmp_ne_u16_e32 vcc, 3, v107
	s_nop 1
	v_cndmask_b32_e32 v172, v38, v172, vcc
	v_cmp_ne_u16_e32 vcc, 4, v107
	s_nop 1
	v_cndmask_b32_e32 v172, v39, v172, vcc
	v_cmp_ne_u16_e32 vcc, 5, v107
	s_nop 1
	v_cndmask_b32_e32 v172, v244, v172, vcc
	v_cmp_ne_u16_e32 vcc, 6, v107
	s_nop 1
	v_cndmask_b32_e32 v172, v0, v172, vcc
	v_cmp_ne_u16_e32 vcc, 7, v107
	s_nop 1
	v_cndmask_b32_e32 v107, v245, v172, vcc
	v_lshlrev_b16_sdwa v172, v247, v170 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v172, 0x3f80, v172
	v_add_u16_e32 v172, 0x2000, v172
	v_cmp_ne_u16_e32 vcc, s36, v188
	v_or_b32_e32 v107, v107, v108
	v_lshlrev_b16_sdwa v108, v246, v170 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v172, v36, v172, vcc
	v_cmp_ne_u16_e32 vcc, 0, v188
	v_and_b32_e32 v108, 0xffff8000, v108
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v216, v107, v216, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v172, 0, v172, vcc
	v_cmp_ne_u16_e32 vcc, 1, v188
	v_lshlrev_b16_sdwa v107, v246, v156 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v107, 0xffff8000, v107
	v_cndmask_b32_e32 v172, v28, v172, vcc
	v_cmp_ne_u16_e32 vcc, 2, v188
	s_nop 1
	v_cndmask_b32_e32 v172, v29, v172, vcc
	v_cmp_ne_u16_e32 vcc, 3, v188
	s_nop 1
	v_cndmask_b32_e32 v172, v38, v172, vcc
	v_cmp_ne_u16_e32 vcc, 4, v188
	s_nop 1
	v_cndmask_b32_e32 v172, v39, v172, vcc
	v_cmp_ne_u16_e32 vcc, 5, v188
	s_nop 1
	v_cndmask_b32_e32 v172, v244, v172, vcc
	v_cmp_ne_u16_e32 vcc, 6, v188
	s_nop 1
	v_cndmask_b32_e32 v172, v0, v172, vcc
	v_cmp_ne_u16_e32 vcc, 7, v188
	v_and_b32_e32 v188, 0x7f, v168
	s_nop 0
	v_cndmask_b32_e32 v172, v245, v172, vcc
	v_or_b32_e32 v217, v172, v108
	v_lshlrev_b16_sdwa v172, v247, v170 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v108, v246, v170 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v172, 0x3f80, v172
	v_and_b32_sdwa v170, v170, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v172, 0x2000, v172
	v_cmp_ne_u16_e32 vcc, s36, v170
	v_and_b32_e32 v108, 0xffff8000, v108
	s_nop 0
	v_cndmask_b32_e32 v172, v36, v172, vcc
	v_cmp_ne_u16_e32 vcc, 0, v170
	s_nop 1
	v_cndmask_b32_e32 v172, 0, v172, vcc
	v_cmp_ne_u16_e32 vcc, 1, v170
	s_nop 1
	v_cndmask_b32_e32 v172, v28, v172, vcc
	v_cmp_ne_u16_e32 vcc, 2, v170
	s_nop 1
	v_cndmask_b32_e32 v172, v29, v172, vcc
	v_cmp_ne_u16_e32 vcc, 3, v170
	s_nop 1
	v_cndmask_b32_e32 v172, v38, v172, vcc
	v_cmp_ne_u16_e32 vcc, 4, v170
	s_nop 1
	v_cndmask_b32_e32 v172, v39, v172, vcc
	v_cmp_ne_u16_e32 vcc, 5, v170
	s_nop 1
	v_cndmask_b32_e32 v172, v244, v172, vcc
	v_cmp_ne_u16_e32 vcc, 6, v170
	s_nop 1
	v_cndmask_b32_e32 v172, v0, v172, vcc
	v_cmp_ne_u16_e32 vcc, 7, v170
	s_nop 1
	v_cndmask_b32_e32 v170, v245, v172, vcc
	v_lshlrev_b16_e32 v172, 7, v168
	v_and_b32_e32 v172, 0x3f80, v172
	v_add_u16_e32 v172, 0x2000, v172
	v_cmp_ne_u16_e32 vcc, s36, v188
	v_or_b32_e32 v108, v170, v108
	v_lshlrev_b16_e32 v170, 8, v168
	v_cndmask_b32_e32 v172, v36, v172, vcc
	v_cmp_ne_u16_e32 vcc, 0, v188
	v_and_b32_e32 v170, 0xffff8000, v170
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v217, v108, v217, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v172, 0, v172, vcc
	v_cmp_ne_u16_e32 vcc, 1, v188
	v_and_b32_sdwa v108, v156, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v172, v28, v172, vcc
	v_cmp_ne_u16_e32 vcc, 2, v188
	s_nop 1
	v_cndmask_b32_e32 v172, v29, v172, vcc
	v_cmp_ne_u16_e32 vcc, 3, v188
	s_nop 1
	v_cndmask_b32_e32 v172, v38, v172, vcc
	v_cmp_ne_u16_e32 vcc, 4, v188
	s_nop 1
	v_cndmask_b32_e32 v172, v39, v172, vcc
	v_cmp_ne_u16_e32 vcc, 5, v188
	s_nop 1
	v_cndmask_b32_e32 v172, v244, v172, vcc
	v_cmp_ne_u16_e32 vcc, 6, v188
	s_nop 1
	v_cndmask_b32_e32 v172, v0, v172, vcc
	v_cmp_ne_u16_e32 vcc, 7, v188
	s_nop 1
	v_cndmask_b32_e32 v172, v245, v172, vcc
	v_or_b32_e32 v210, v172, v170
	v_lshlrev_b16_e32 v172, 7, v106
	v_lshlrev_b16_e32 v170, 8, v106
	v_and_b32_e32 v172, 0x3f80, v172
	v_and_b32_e32 v106, 0x7f, v106
	v_add_u16_e32 v172, 0x2000, v172
	v_cmp_ne_u16_e32 vcc, s36, v106
	v_and_b32_e32 v170, 0xffff8000, v170
	s_nop 0
	v_cndmask_b32_e32 v172, v36, v172, vcc
	v_cmp_ne_u16_e32 vcc, 0, v106
	s_nop 1
	v_cndmask_b32_e32 v172, 0, v172, vcc
	v_cmp_ne_u16_e32 vcc, 1, v106
	s_nop 1
	v_cndmask_b32_e32 v172, v28, v172, vcc
	v_cmp_ne_u16_e32 vcc, 2, v106
	s_nop 1
	v_cndmask_b32_e32 v172, v29, v172, vcc
	v_cmp_ne_u16_e32 vcc, 3, v106
	s_nop 1
	v_cndmask_b32_e32 v172, v38, v172, vcc
	v_cmp_ne_u16_e32 vcc, 4, v106
	s_nop 1
	v_cndmask_b32_e32 v172, v39, v172, vcc
	v_cmp_ne_u16_e32 vcc, 5, v106
	s_nop 1
	v_cndmask_b32_e32 v172, v244, v172, vcc
	v_cmp_ne_u16_e32 vcc, 6, v106
	s_nop 1
	v_cndmask_b32_e32 v172, v0, v172, vcc
	v_cmp_ne_u16_e32 vcc, 7, v106
	s_nop 1
	v_cndmask_b32_e32 v106, v245, v172, vcc
	v_or_b32_e32 v211, v106, v170
	v_lshlrev_b16_sdwa v170, v247, v168 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v170, 0x3f80, v170
	v_and_b32_sdwa v172, v168, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v170, 0x2000, v170
	v_cmp_ne_u16_e32 vcc, s36, v172
	v_lshlrev_b16_sdwa v106, v246, v168 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v106, 0xffff8000, v106
	v_cndmask_b32_e32 v170, v36, v170, vcc
	v_cmp_ne_u16_e32 vcc, 0, v172
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v210, v211, v210, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_nop 0
	v_cndmask_b32_e32 v170, 0, v170, vcc
	v_cmp_ne_u16_e32 vcc, 1, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v28, v170, vcc
	v_cmp_ne_u16_e32 vcc, 2, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v29, v170, vcc
	v_cmp_ne_u16_e32 vcc, 3, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v38, v170, vcc
	v_cmp_ne_u16_e32 vcc, 4, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v39, v170, vcc
	v_cmp_ne_u16_e32 vcc, 5, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v244, v170, vcc
	v_cmp_ne_u16_e32 vcc, 6, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v0, v170, vcc
	v_cmp_ne_u16_e32 vcc, 7, v172
	v_and_b32_e32 v172, 0x7f, v166
	s_nop 0
	v_cndmask_b32_e32 v170, v245, v170, vcc
	v_or_b32_e32 v242, v170, v106
	v_lshlrev_b16_sdwa v170, v247, v168 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v106, v246, v168 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v170, 0x3f80, v170
	v_and_b32_sdwa v168, v168, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v170, 0x2000, v170
	v_cmp_ne_u16_e32 vcc, s36, v168
	v_and_b32_e32 v106, 0xffff8000, v106
	s_nop 0
	v_cndmask_b32_e32 v170, v36, v170, vcc
	v_cmp_ne_u16_e32 vcc, 0, v168
	s_nop 1
	v_cndmask_b32_e32 v170, 0, v170, vcc
	v_cmp_ne_u16_e32 vcc, 1, v168
	s_nop 1
	v_cndmask_b32_e32 v170, v28, v170, vcc
	v_cmp_ne_u16_e32 vcc, 2, v168
	s_nop 1
	v_cndmask_b32_e32 v170, v29, v170, vcc
	v_cmp_ne_u16_e32 vcc, 3, v168
	s_nop 1
	v_cndmask_b32_e32 v170, v38, v170, vcc
	v_cmp_ne_u16_e32 vcc, 4, v168
	s_nop 1
	v_cndmask_b32_e32 v170, v39, v170, vcc
	v_cmp_ne_u16_e32 vcc, 5, v168
	s_nop 1
	v_cndmask_b32_e32 v170, v244, v170, vcc
	v_cmp_ne_u16_e32 vcc, 6, v168
	s_nop 1
	v_cndmask_b32_e32 v170, v0, v170, vcc
	v_cmp_ne_u16_e32 vcc, 7, v168
	s_nop 1
	v_cndmask_b32_e32 v168, v245, v170, vcc
	v_lshlrev_b16_e32 v170, 7, v166
	v_and_b32_e32 v170, 0x3f80, v170
	v_add_u16_e32 v170, 0x2000, v170
	v_cmp_ne_u16_e32 vcc, s36, v172
	v_or_b32_e32 v106, v168, v106
	v_lshlrev_b16_e32 v168, 8, v166
	v_cndmask_b32_e32 v170, v36, v170, vcc
	v_cmp_ne_u16_e32 vcc, 0, v172
	v_and_b32_e32 v168, 0xffff8000, v168
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v211, v106, v242, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v170, 0, v170, vcc
	v_cmp_ne_u16_e32 vcc, 1, v172
	v_lshlrev_b16_e32 v106, 8, v154
	v_and_b32_e32 v106, 0xffff8000, v106
	v_cndmask_b32_e32 v170, v28, v170, vcc
	v_cmp_ne_u16_e32 vcc, 2, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v29, v170, vcc
	v_cmp_ne_u16_e32 vcc, 3, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v38, v170, vcc
	v_cmp_ne_u16_e32 vcc, 4, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v39, v170, vcc
	v_cmp_ne_u16_e32 vcc, 5, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v244, v170, vcc
	v_cmp_ne_u16_e32 vcc, 6, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v0, v170, vcc
	v_cmp_ne_u16_e32 vcc, 7, v172
	v_and_b32_e32 v172, 0x7f, v182
	s_nop 0
	v_cndmask_b32_e32 v170, v245, v170, vcc
	v_or_b32_e32 v199, v170, v168
	v_lshlrev_b16_e32 v170, 7, v182
	v_and_b32_e32 v170, 0x3f80, v170
	v_add_u16_e32 v170, 0x2000, v170
	v_cmp_ne_u16_e32 vcc, s36, v172
	v_lshlrev_b16_e32 v168, 8, v182
	v_and_b32_e32 v168, 0xffff8000, v168
	v_cndmask_b32_e32 v170, v36, v170, vcc
	v_cmp_ne_u16_e32 vcc, 0, v172
	s_nop 1
	v_cndmask_b32_e32 v170, 0, v170, vcc
	v_cmp_ne_u16_e32 vcc, 1, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v28, v170, vcc
	v_cmp_ne_u16_e32 vcc, 2, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v29, v170, vcc
	v_cmp_ne_u16_e32 vcc, 3, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v38, v170, vcc
	v_cmp_ne_u16_e32 vcc, 4, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v39, v170, vcc
	v_cmp_ne_u16_e32 vcc, 5, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v244, v170, vcc
	v_cmp_ne_u16_e32 vcc, 6, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v0, v170, vcc
	v_cmp_ne_u16_e32 vcc, 7, v172
	v_and_b32_sdwa v172, v166, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v170, v245, v170, vcc
	v_or_b32_e32 v204, v170, v168
	v_lshlrev_b16_sdwa v170, v247, v166 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v170, 0x3f80, v170
	v_add_u16_e32 v170, 0x2000, v170
	v_cmp_ne_u16_e32 vcc, s36, v172
	v_lshlrev_b16_sdwa v168, v246, v166 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v168, 0xffff8000, v168
	v_cndmask_b32_e32 v170, v36, v170, vcc
	v_cmp_ne_u16_e32 vcc, 0, v172
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v204, v204, v199, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_nop 0
	v_cndmask_b32_e32 v170, 0, v170, vcc
	v_cmp_ne_u16_e32 vcc, 1, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v28, v170, vcc
	v_cmp_ne_u16_e32 vcc, 2, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v29, v170, vcc
	v_cmp_ne_u16_e32 vcc, 3, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v38, v170, vcc
	v_cmp_ne_u16_e32 vcc, 4, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v39, v170, vcc
	v_cmp_ne_u16_e32 vcc, 5, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v244, v170, vcc
	v_cmp_ne_u16_e32 vcc, 6, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v0, v170, vcc
	v_cmp_ne_u16_e32 vcc, 7, v172
	s_nop 1
	v_cndmask_b32_e32 v170, v245, v170, vcc
	v_or_b32_e32 v205, v170, v168
	v_lshlrev_b16_sdwa v170, v247, v166 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v168, v246, v166 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v170, 0x3f80, v170
	v_and_b32_sdwa v166, v166, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v170, 0x2000, v170
	v_cmp_ne_u16_e32 vcc, s36, v166
	v_and_b32_e32 v168, 0xffff8000, v168
	s_nop 0
	v_cndmask_b32_e32 v170, v36, v170, vcc
	v_cmp_ne_u16_e32 vcc, 0, v166
	s_nop 1
	v_cndmask_b32_e32 v170, 0, v170, vcc
	v_cmp_ne_u16_e32 vcc, 1, v166
	s_nop 1
	v_cndmask_b32_e32 v170, v28, v170, vcc
	v_cmp_ne_u16_e32 vcc, 2, v166
	s_nop 1
	v_cndmask_b32_e32 v170, v29, v170, vcc
	v_cmp_ne_u16_e32 vcc, 3, v166
	s_nop 1
	v_cndmask_b32_e32 v170, v38, v170, vcc
	v_cmp_ne_u16_e32 vcc, 4, v166
	s_nop 1
	v_cndmask_b32_e32 v170, v39, v170, vcc
	v_cmp_ne_u16_e32 vcc, 5, v166
	s_nop 1
	v_cndmask_b32_e32 v170, v244, v170, vcc
	v_cmp_ne_u16_e32 vcc, 6, v166
	s_nop 1
	v_cndmask_b32_e32 v170, v0, v170, vcc
	v_cmp_ne_u16_e32 vcc, 7, v166
	s_nop 1
	v_cndmask_b32_e32 v166, v245, v170, vcc
	v_or_b32_e32 v219, v166, v168
	v_lshlrev_b16_e32 v168, 7, v164
	v_and_b32_e32 v168, 0x3f80, v168
	v_and_b32_e32 v170, 0x7f, v164
	v_add_u16_e32 v168, 0x2000, v168
	v_cmp_ne_u16_e32 vcc, s36, v170
	v_lshlrev_b16_e32 v166, 8, v164
	v_and_b32_e32 v166, 0xffff8000, v166
	v_cndmask_b32_e32 v168, v36, v168, vcc
	v_cmp_ne_u16_e32 vcc, 0, v170
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v205, v219, v205, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_nop 0
	v_cndmask_b32_e32 v168, 0, v168, vcc
	v_cmp_ne_u16_e32 vcc, 1, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v28, v168, vcc
	v_cmp_ne_u16_e32 vcc, 2, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v29, v168, vcc
	v_cmp_ne_u16_e32 vcc, 3, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v38, v168, vcc
	v_cmp_ne_u16_e32 vcc, 4, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v39, v168, vcc
	v_cmp_ne_u16_e32 vcc, 5, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v244, v168, vcc
	v_cmp_ne_u16_e32 vcc, 6, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v0, v168, vcc
	v_cmp_ne_u16_e32 vcc, 7, v170
	v_and_b32_e32 v170, 0x7f, v183
	s_nop 0
	v_cndmask_b32_e32 v168, v245, v168, vcc
	v_or_b32_e32 v182, v168, v166
	v_lshlrev_b16_e32 v168, 7, v183
	v_and_b32_e32 v168, 0x3f80, v168
	v_add_u16_e32 v168, 0x2000, v168
	v_cmp_ne_u16_e32 vcc, s36, v170
	v_lshlrev_b16_e32 v166, 8, v183
	v_and_b32_e32 v166, 0xffff8000, v166
	v_cndmask_b32_e32 v168, v36, v168, vcc
	v_cmp_ne_u16_e32 vcc, 0, v170
	s_nop 1
	v_cndmask_b32_e32 v168, 0, v168, vcc
	v_cmp_ne_u16_e32 vcc, 1, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v28, v168, vcc
	v_cmp_ne_u16_e32 vcc, 2, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v29, v168, vcc
	v_cmp_ne_u16_e32 vcc, 3, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v38, v168, vcc
	v_cmp_ne_u16_e32 vcc, 4, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v39, v168, vcc
	v_cmp_ne_u16_e32 vcc, 5, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v244, v168, vcc
	v_cmp_ne_u16_e32 vcc, 6, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v0, v168, vcc
	v_cmp_ne_u16_e32 vcc, 7, v170
	v_and_b32_sdwa v170, v164, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v168, v245, v168, vcc
	v_or_b32_e32 v188, v168, v166
	v_lshlrev_b16_sdwa v168, v247, v164 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v168, 0x3f80, v168
	v_add_u16_e32 v168, 0x2000, v168
	v_cmp_ne_u16_e32 vcc, s36, v170
	v_lshlrev_b16_sdwa v166, v246, v164 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v166, 0xffff8000, v166
	v_cndmask_b32_e32 v168, v36, v168, vcc
	v_cmp_ne_u16_e32 vcc, 0, v170
	s_nop 1
	v_cndmask_b32_e32 v168, 0, v168, vcc
	v_cmp_ne_u16_e32 vcc, 1, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v28, v168, vcc
	v_cmp_ne_u16_e32 vcc, 2, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v29, v168, vcc
	v_cmp_ne_u16_e32 vcc, 3, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v38, v168, vcc
	v_cmp_ne_u16_e32 vcc, 4, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v39, v168, vcc
	v_cmp_ne_u16_e32 vcc, 5, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v244, v168, vcc
	v_cmp_ne_u16_e32 vcc, 6, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v0, v168, vcc
	v_cmp_ne_u16_e32 vcc, 7, v170
	v_and_b32_sdwa v170, v160, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v168, v245, v168, vcc
	v_or_b32_e32 v192, v168, v166
	v_lshlrev_b16_sdwa v168, v247, v164 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v166, v246, v164 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v168, 0x3f80, v168
	v_and_b32_sdwa v164, v164, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v168, 0x2000, v168
	v_cmp_ne_u16_e32 vcc, s36, v164
	v_and_b32_e32 v166, 0xffff8000, v166
	s_nop 0
	v_cndmask_b32_e32 v168, v36, v168, vcc
	v_cmp_ne_u16_e32 vcc, 0, v164
	s_nop 1
	v_cndmask_b32_e32 v168, 0, v168, vcc
	v_cmp_ne_u16_e32 vcc, 1, v164
	s_nop 1
	v_cndmask_b32_e32 v168, v28, v168, vcc
	v_cmp_ne_u16_e32 vcc, 2, v164
	s_nop 1
	v_cndmask_b32_e32 v168, v29, v168, vcc
	v_cmp_ne_u16_e32 vcc, 3, v164
	s_nop 1
	v_cndmask_b32_e32 v168, v38, v168, vcc
	v_cmp_ne_u16_e32 vcc, 4, v164
	s_nop 1
	v_cndmask_b32_e32 v168, v39, v168, vcc
	v_cmp_ne_u16_e32 vcc, 5, v164
	s_nop 1
	v_cndmask_b32_e32 v168, v244, v168, vcc
	v_cmp_ne_u16_e32 vcc, 6, v164
	s_nop 1
	v_cndmask_b32_e32 v168, v0, v168, vcc
	v_cmp_ne_u16_e32 vcc, 7, v164
	s_nop 1
	v_cndmask_b32_e32 v164, v245, v168, vcc
	v_or_b32_e32 v193, v164, v166
	v_lshlrev_b16_e32 v166, 7, v162
	v_and_b32_e32 v166, 0x3f80, v166
	v_and_b32_e32 v168, 0x7f, v162
	v_add_u16_e32 v166, 0x2000, v166
	v_cmp_ne_u16_e32 vcc, s36, v168
	v_lshlrev_b16_e32 v164, 8, v162
	v_and_b32_e32 v164, 0xffff8000, v164
	v_cndmask_b32_e32 v166, v36, v166, vcc
	v_cmp_ne_u16_e32 vcc, 0, v168
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v199, v193, v192, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_nop 0
	v_cndmask_b32_e32 v166, 0, v166, vcc
	v_cmp_ne_u16_e32 vcc, 1, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v28, v166, vcc
	v_cmp_ne_u16_e32 vcc, 2, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v29, v166, vcc
	v_cmp_ne_u16_e32 vcc, 3, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v38, v166, vcc
	v_cmp_ne_u16_e32 vcc, 4, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v39, v166, vcc
	v_cmp_ne_u16_e32 vcc, 5, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v244, v166, vcc
	v_cmp_ne_u16_e32 vcc, 6, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v0, v166, vcc
	v_cmp_ne_u16_e32 vcc, 7, v168
	v_and_b32_e32 v168, 0x7f, v181
	s_nop 0
	v_cndmask_b32_e32 v166, v245, v166, vcc
	v_or_b32_e32 v172, v166, v164
	v_lshlrev_b16_e32 v166, 7, v181
	v_and_b32_e32 v166, 0x3f80, v166
	v_add_u16_e32 v166, 0x2000, v166
	v_cmp_ne_u16_e32 vcc, s36, v168
	v_lshlrev_b16_e32 v164, 8, v181
	v_and_b32_e32 v164, 0xffff8000, v164
	v_cndmask_b32_e32 v166, v36, v166, vcc
	v_cmp_ne_u16_e32 vcc, 0, v168
	s_nop 1
	v_cndmask_b32_e32 v166, 0, v166, vcc
	v_cmp_ne_u16_e32 vcc, 1, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v28, v166, vcc
	v_cmp_ne_u16_e32 vcc, 2, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v29, v166, vcc
	v_cmp_ne_u16_e32 vcc, 3, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v38, v166, vcc
	v_cmp_ne_u16_e32 vcc, 4, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v39, v166, vcc
	v_cmp_ne_u16_e32 vcc, 5, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v244, v166, vcc
	v_cmp_ne_u16_e32 vcc, 6, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v0, v166, vcc
	v_cmp_ne_u16_e32 vcc, 7, v168
	v_and_b32_sdwa v168, v162, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v166, v245, v166, vcc
	v_or_b32_e32 v181, v166, v164
	v_lshlrev_b16_sdwa v166, v247, v162 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v166, 0x3f80, v166
	v_add_u16_e32 v166, 0x2000, v166
	v_cmp_ne_u16_e32 vcc, s36, v168
	v_lshlrev_b16_sdwa v164, v246, v162 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v164, 0xffff8000, v164
	v_cndmask_b32_e32 v166, v36, v166, vcc
	v_cmp_ne_u16_e32 vcc, 0, v168
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v192, v181, v172, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_nop 0
	v_cndmask_b32_e32 v166, 0, v166, vcc
	v_cmp_ne_u16_e32 vcc, 1, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v28, v166, vcc
	v_cmp_ne_u16_e32 vcc, 2, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v29, v166, vcc
	v_cmp_ne_u16_e32 vcc, 3, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v38, v166, vcc
	v_cmp_ne_u16_e32 vcc, 4, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v39, v166, vcc
	v_cmp_ne_u16_e32 vcc, 5, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v244, v166, vcc
	v_cmp_ne_u16_e32 vcc, 6, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v0, v166, vcc
	v_cmp_ne_u16_e32 vcc, 7, v168
	v_and_b32_e32 v168, 0x7f, v180
	s_nop 0
	v_cndmask_b32_e32 v166, v245, v166, vcc
	v_or_b32_e32 v183, v166, v164
	v_lshlrev_b16_sdwa v166, v247, v162 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v164, v246, v162 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v166, 0x3f80, v166
	v_and_b32_sdwa v162, v162, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v166, 0x2000, v166
	v_cmp_ne_u16_e32 vcc, s36, v162
	v_and_b32_e32 v164, 0xffff8000, v164
	s_nop 0
	v_cndmask_b32_e32 v166, v36, v166, vcc
	v_cmp_ne_u16_e32 vcc, 0, v162
	s_nop 1
	v_cndmask_b32_e32 v166, 0, v166, vcc
	v_cmp_ne_u16_e32 vcc, 1, v162
	s_nop 1
	v_cndmask_b32_e32 v166, v28, v166, vcc
	v_cmp_ne_u16_e32 vcc, 2, v162
	s_nop 1
	v_cndmask_b32_e32 v166, v29, v166, vcc
	v_cmp_ne_u16_e32 vcc, 3, v162
	s_nop 1
	v_cndmask_b32_e32 v166, v38, v166, vcc
	v_cmp_ne_u16_e32 vcc, 4, v162
	s_nop 1
	v_cndmask_b32_e32 v166, v39, v166, vcc
	v_cmp_ne_u16_e32 vcc, 5, v162
	s_nop 1
	v_cndmask_b32_e32 v166, v244, v166, vcc
	v_cmp_ne_u16_e32 vcc, 6, v162
	s_nop 1
	v_cndmask_b32_e32 v166, v0, v166, vcc
	v_cmp_ne_u16_e32 vcc, 7, v162
	s_nop 1
	v_cndmask_b32_e32 v162, v245, v166, vcc
	v_or_b32_e32 v189, v162, v164
	v_lshlrev_b16_e32 v164, 7, v160
	v_and_b32_e32 v164, 0x3f80, v164
	v_and_b32_e32 v166, 0x7f, v160
	v_add_u16_e32 v164, 0x2000, v164
	v_cmp_ne_u16_e32 vcc, s36, v166
	v_lshlrev_b16_e32 v162, 8, v160
	v_and_b32_e32 v162, 0xffff8000, v162
	v_cndmask_b32_e32 v164, v36, v164, vcc
	v_cmp_ne_u16_e32 vcc, 0, v166
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v193, v189, v183, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_nop 0
	v_cndmask_b32_e32 v164, 0, v164, vcc
	v_cmp_ne_u16_e32 vcc, 1, v166
	s_nop 1
	v_cndmask_b32_e32 v164, v28, v164, vcc
	v_cmp_ne_u16_e32 vcc, 2, v166
	s_nop 1
	v_cndmask_b32_e32 v164, v29, v164, vcc
	v_cmp_ne_u16_e32 vcc, 3, v166
	s_nop 1
	v_cndmask_b32_e32 v164, v38, v164, vcc
	v_cmp_ne_u16_e32 vcc, 4, v166
	s_nop 1
	v_cndmask_b32_e32 v164, v39, v164, vcc
	v_cmp_ne_u16_e32 vcc, 5, v166
	s_nop 1
	v_cndmask_b32_e32 v164, v244, v164, vcc
	v_cmp_ne_u16_e32 vcc, 6, v166
	s_nop 1
	v_cndmask_b32_e32 v164, v0, v164, vcc
	v_cmp_ne_u16_e32 vcc, 7, v166
	v_lshlrev_b16_e32 v166, 7, v180
	v_and_b32_e32 v166, 0x3f80, v166
	v_cndmask_b32_e32 v164, v245, v164, vcc
	v_add_u16_e32 v166, 0x2000, v166
	v_cmp_ne_u16_e32 vcc, s36, v168
	v_or_b32_e32 v164, v164, v162
	v_lshlrev_b16_e32 v162, 8, v180
	v_cndmask_b32_e32 v166, v36, v166, vcc
	v_cmp_ne_u16_e32 vcc, 0, v168
	v_and_b32_e32 v162, 0xffff8000, v162
	s_nop 0
	v_cndmask_b32_e32 v166, 0, v166, vcc
	v_cmp_ne_u16_e32 vcc, 1, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v28, v166, vcc
	v_cmp_ne_u16_e32 vcc, 2, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v29, v166, vcc
	v_cmp_ne_u16_e32 vcc, 3, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v38, v166, vcc
	v_cmp_ne_u16_e32 vcc, 4, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v39, v166, vcc
	v_cmp_ne_u16_e32 vcc, 5, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v244, v166, vcc
	v_cmp_ne_u16_e32 vcc, 6, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v0, v166, vcc
	v_cmp_ne_u16_e32 vcc, 7, v168
	v_lshlrev_b16_sdwa v168, v247, v160 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v168, 0x3f80, v168
	v_cndmask_b32_e32 v166, v245, v166, vcc
	v_add_u16_e32 v168, 0x2000, v168
	v_cmp_ne_u16_e32 vcc, s36, v170
	v_or_b32_e32 v166, v166, v162
	v_lshlrev_b16_sdwa v162, v246, v160 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v168, v36, v168, vcc
	v_cmp_ne_u16_e32 vcc, 0, v170
	v_and_b32_e32 v162, 0xffff8000, v162
	s_nop 0
	v_cndmask_b32_e32 v168, 0, v168, vcc
	v_cmp_ne_u16_e32 vcc, 1, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v28, v168, vcc
	v_cmp_ne_u16_e32 vcc, 2, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v29, v168, vcc
	v_cmp_ne_u16_e32 vcc, 3, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v38, v168, vcc
	v_cmp_ne_u16_e32 vcc, 4, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v39, v168, vcc
	v_cmp_ne_u16_e32 vcc, 5, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v244, v168, vcc
	v_cmp_ne_u16_e32 vcc, 6, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v0, v168, vcc
	v_cmp_ne_u16_e32 vcc, 7, v170
	s_nop 1
	v_cndmask_b32_e32 v168, v245, v168, vcc
	v_or_b32_e32 v170, v168, v162
	v_lshlrev_b16_sdwa v168, v247, v160 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v162, v246, v160 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v168, 0x3f80, v168
	v_and_b32_sdwa v160, v160, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v168, 0x2000, v168
	v_cmp_ne_u16_e32 vcc, s36, v160
	v_and_b32_e32 v162, 0xffff8000, v162
	s_nop 0
	v_cndmask_b32_e32 v168, v36, v168, vcc
	v_cmp_ne_u16_e32 vcc, 0, v160
	s_nop 1
	v_cndmask_b32_e32 v168, 0, v168, vcc
	v_cmp_ne_u16_e32 vcc, 1, v160
	s_nop 1
	v_cndmask_b32_e32 v168, v28, v168, vcc
	v_cmp_ne_u16_e32 vcc, 2, v160
	s_nop 1
	v_cndmask_b32_e32 v168, v29, v168, vcc
	v_cmp_ne_u16_e32 vcc, 3, v160
	s_nop 1
	v_cndmask_b32_e32 v168, v38, v168, vcc
	v_cmp_ne_u16_e32 vcc, 4, v160
	s_nop 1
	v_cndmask_b32_e32 v168, v39, v168, vcc
	v_cmp_ne_u16_e32 vcc, 5, v160
	s_nop 1
	v_cndmask_b32_e32 v168, v244, v168, vcc
	v_cmp_ne_u16_e32 vcc, 6, v160
	s_nop 1
	v_cndmask_b32_e32 v168, v0, v168, vcc
	v_cmp_ne_u16_e32 vcc, 7, v160
	s_nop 1
	v_cndmask_b32_e32 v160, v245, v168, vcc
	v_or_b32_e32 v180, v160, v162
	v_and_b32_e32 v162, 0x7f, v158
	v_cmp_ne_u16_e32 vcc, s36, v162
	v_cmp_ne_u16_e64 s[0:1], 0, v162
	v_cmp_ne_u16_e64 s[2:3], 1, v162
	v_cmp_ne_u16_e64 s[4:5], 2, v162
	v_cmp_ne_u16_e64 s[8:9], 3, v162
	v_cmp_ne_u16_e64 s[10:11], 4, v162
	v_cmp_ne_u16_e64 s[24:25], 5, v162
	v_cmp_ne_u16_e64 s[26:27], 6, v162
	v_cmp_ne_u16_e64 s[28:29], 7, v162
	v_lshlrev_b16_e32 v162, 7, v158
	v_and_b32_e32 v162, 0x3f80, v162
	v_add_u16_e32 v162, 0x2000, v162
	v_cndmask_b32_e32 v162, v36, v162, vcc
	v_cndmask_b32_e64 v162, 0, v162, s[0:1]
	v_cndmask_b32_e64 v162, v28, v162, s[2:3]
	v_cndmask_b32_e64 v162, v29, v162, s[4:5]
	v_cndmask_b32_e64 v162, v38, v162, s[8:9]
	v_cndmask_b32_e64 v162, v39, v162, s[10:11]
	v_cndmask_b32_e64 v162, v244, v162, s[24:25]
	v_lshlrev_b16_e32 v160, 8, v158
	v_cndmask_b32_e64 v162, v0, v162, s[26:27]
	v_and_b32_e32 v160, 0xffff8000, v160
	v_cndmask_b32_e64 v162, v245, v162, s[28:29]
	v_lshlrev_b16_e32 v168, 7, v223
	v_or_b32_e32 v160, v162, v160
	v_and_b32_e32 v162, 0x7f, v223
	v_and_b32_e32 v168, 0x3f80, v168
	v_cmp_ne_u16_e32 vcc, s36, v162
	v_add_u16_e32 v168, 0x2000, v168
	v_cmp_ne_u16_e64 s[0:1], 0, v162
	v_cndmask_b32_e32 v168, v36, v168, vcc
	v_cmp_ne_u16_e64 s[2:3], 1, v162
	v_cndmask_b32_e64 v168, 0, v168, s[0:1]
	v_cmp_ne_u16_e64 s[4:5], 2, v162
	v_cndmask_b32_e64 v168, v28, v168, s[2:3]
	v_cmp_ne_u16_e64 s[8:9], 3, v162
	v_cndmask_b32_e64 v168, v29, v168, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 4, v162
	v_cndmask_b32_e64 v168, v38, v168, s[8:9]
	v_cmp_ne_u16_e64 s[24:25], 5, v162
	v_cndmask_b32_e64 v168, v39, v168, s[10:11]
	v_cmp_ne_u16_e64 s[26:27], 6, v162
	v_cndmask_b32_e64 v168, v244, v168, s[24:25]
	v_cmp_ne_u16_e64 s[28:29], 7, v162
	v_lshlrev_b16_e32 v162, 8, v223
	v_cndmask_b32_e64 v168, v0, v168, s[26:27]
	v_and_b32_e32 v162, 0xffff8000, v162
	v_cndmask_b32_e64 v168, v245, v168, s[28:29]
	v_or_b32_e32 v162, v168, v162
	v_and_b32_sdwa v168, v158, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_sdwa v223, v247, v158 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e32 vcc, s36, v168
	v_cmp_ne_u16_e64 s[0:1], 0, v168
	v_cmp_ne_u16_e64 s[2:3], 1, v168
	v_cmp_ne_u16_e64 s[4:5], 2, v168
	v_cmp_ne_u16_e64 s[8:9], 3, v168
	v_cmp_ne_u16_e64 s[10:11], 4, v168
	v_cmp_ne_u16_e64 s[24:25], 5, v168
	v_cmp_ne_u16_e64 s[26:27], 6, v168
	v_cmp_ne_u16_e64 s[28:29], 7, v168
	v_lshlrev_b16_sdwa v168, v246, v158 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v223, 0x3f80, v223
	v_lshlrev_b16_sdwa v158, v247, v158 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_add_u16_e32 v223, 0x2000, v223
	v_and_b32_e32 v158, 0x3f80, v158
	v_cndmask_b32_e32 v223, v36, v223, vcc
	v_cmp_ne_u16_e32 vcc, s36, v222
	v_add_u16_e32 v158, 0x2000, v158
	v_cndmask_b32_e64 v223, 0, v223, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v222
	v_cndmask_b32_e32 v158, v36, v158, vcc
	v_cndmask_b32_e64 v223, v28, v223, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v222
	v_cndmask_b32_e64 v158, 0, v158, s[0:1]
	v_cndmask_b32_e64 v223, v29, v223, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v222
	v_cndmask_b32_e64 v158, v28, v158, s[2:3]
	v_cndmask_b32_e64 v223, v38, v223, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 3, v222
	v_cndmask_b32_e64 v158, v29, v158, s[4:5]
	v_cndmask_b32_e64 v223, v39, v223, s[10:11]
	v_cmp_ne_u16_e64 s[10:11], 4, v222
	v_cndmask_b32_e64 v158, v38, v158, s[8:9]
	v_cndmask_b32_e64 v223, v244, v223, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v222
	v_cndmask_b32_e64 v158, v39, v158, s[10:11]
	v_cndmask_b32_e64 v223, v0, v223, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v222
	v_cndmask_b32_e64 v158, v244, v158, s[24:25]
	v_cndmask_b32_e64 v223, v245, v223, s[28:29]
	v_cmp_ne_u16_e64 s[28:29], 7, v222
	v_cndmask_b32_e64 v158, v0, v158, s[26:27]
	v_and_b32_e32 v168, 0xffff8000, v168
	v_cndmask_b32_e64 v158, v245, v158, s[28:29]
	v_or_b32_e32 v222, v158, v109
	v_lshlrev_b16_e32 v158, 7, v156
	v_and_b32_e32 v109, 0x7f, v156
	v_and_b32_e32 v158, 0x3f80, v158
	v_cmp_ne_u16_e32 vcc, s36, v109
	v_add_u16_e32 v158, 0x2000, v158
	v_cmp_ne_u16_e64 s[0:1], 0, v109
	v_cndmask_b32_e32 v158, v36, v158, vcc
	v_cmp_ne_u16_e64 s[2:3], 1, v109
	v_cndmask_b32_e64 v158, 0, v158, s[0:1]
	v_cmp_ne_u16_e64 s[4:5], 2, v109
	v_cndmask_b32_e64 v158, v28, v158, s[2:3]
	v_cmp_ne_u16_e64 s[8:9], 3, v109
	v_cndmask_b32_e64 v158, v29, v158, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 4, v109
	v_cndmask_b32_e64 v158, v38, v158, s[8:9]
	v_cmp_ne_u16_e64 s[24:25], 5, v109
	v_cndmask_b32_e64 v158, v39, v158, s[10:11]
	v_cmp_ne_u16_e64 s[26:27], 6, v109
	v_cndmask_b32_e64 v158, v244, v158, s[24:25]
	v_cmp_ne_u16_e64 s[28:29], 7, v109
	v_lshlrev_b16_e32 v109, 8, v156
	v_cndmask_b32_e64 v158, v0, v158, s[26:27]
	v_and_b32_e32 v109, 0xffff8000, v109
	v_cndmask_b32_e64 v158, v245, v158, s[28:29]
	v_or_b32_e32 v109, v158, v109
	v_and_b32_e32 v158, 0x7f, v198
	v_cmp_ne_u16_e32 vcc, s36, v158
	v_cmp_ne_u16_e64 s[0:1], 0, v158
	v_cmp_ne_u16_e64 s[2:3], 1, v158
	v_cmp_ne_u16_e64 s[4:5], 2, v158
	v_cmp_ne_u16_e64 s[8:9], 3, v158
	v_cmp_ne_u16_e64 s[10:11], 4, v158
	v_cmp_ne_u16_e64 s[24:25], 5, v158
	v_cmp_ne_u16_e64 s[26:27], 6, v158
	v_cmp_ne_u16_e64 s[28:29], 7, v158
	v_lshlrev_b16_e32 v158, 8, v198
	v_lshlrev_b16_e32 v198, 7, v198
	v_and_b32_e32 v198, 0x3f80, v198
	v_add_u16_e32 v198, 0x2000, v198
	v_cndmask_b32_e32 v198, v36, v198, vcc
	v_cndmask_b32_e64 v198, 0, v198, s[0:1]
	v_cndmask_b32_e64 v198, v28, v198, s[2:3]
	v_cndmask_b32_e64 v198, v29, v198, s[4:5]
	v_cndmask_b32_e64 v198, v38, v198, s[8:9]
	v_cndmask_b32_e64 v198, v39, v198, s[10:11]
	v_cndmask_b32_e64 v198, v244, v198, s[24:25]
	v_cndmask_b32_e64 v198, v0, v198, s[26:27]
	v_cndmask_b32_e64 v198, v245, v198, s[28:29]
	v_cmp_ne_u16_e32 vcc, s36, v108
	v_cmp_ne_u16_e64 s[0:1], 0, v108
	v_cmp_ne_u16_e64 s[2:3], 1, v108
	v_cmp_ne_u16_e64 s[4:5], 2, v108
	v_cmp_ne_u16_e64 s[8:9], 3, v108
	v_cmp_ne_u16_e64 s[10:11], 4, v108
	v_cmp_ne_u16_e64 s[24:25], 5, v108
	v_cmp_ne_u16_e64 s[26:27], 6, v108
	v_cmp_ne_u16_e64 s[28:29], 7, v108
	v_lshlrev_b16_sdwa v108, v247, v156 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v108, 0x3f80, v108
	v_add_u16_e32 v108, 0x2000, v108
	v_cndmask_b32_e32 v108, v36, v108, vcc
	v_cndmask_b32_e64 v108, 0, v108, s[0:1]
	v_cndmask_b32_e64 v108, v28, v108, s[2:3]
	v_cndmask_b32_e64 v108, v29, v108, s[4:5]
	v_cndmask_b32_e64 v108, v38, v108, s[8:9]
	v_cndmask_b32_e64 v108, v39, v108, s[10:11]
	v_cndmask_b32_e64 v108, v244, v108, s[24:25]
	v_cndmask_b32_e64 v108, v0, v108, s[26:27]
	v_cndmask_b32_e64 v108, v245, v108, s[28:29]
	v_or_b32_e32 v224, v108, v107
	v_lshlrev_b16_sdwa v108, v247, v156 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v107, v156, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v108, 0x3f80, v108
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_add_u16_e32 v108, 0x2000, v108
	v_cmp_ne_u16_e64 s[0:1], 0, v107
	v_cndmask_b32_e32 v108, v36, v108, vcc
	v_cmp_ne_u16_e64 s[2:3], 1, v107
	v_cndmask_b32_e64 v108, 0, v108, s[0:1]
	v_cmp_ne_u16_e64 s[4:5], 2, v107
	v_cndmask_b32_e64 v108, v28, v108, s[2:3]
	v_cmp_ne_u16_e64 s[8:9], 3, v107
	v_cndmask_b32_e64 v108, v29, v108, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 4, v107
	v_cndmask_b32_e64 v108, v38, v108, s[8:9]
	v_cmp_ne_u16_e64 s[24:25], 5, v107
	v_cndmask_b32_e64 v108, v39, v108, s[10:11]
	v_cmp_ne_u16_e64 s[26:27], 6, v107
	v_cndmask_b32_e64 v108, v244, v108, s[24:25]
	v_cmp_ne_u16_e64 s[28:29], 7, v107
	v_lshlrev_b16_sdwa v107, v246, v156 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v108, v0, v108, s[26:27]
	v_and_b32_e32 v107, 0xffff8000, v107
	v_cndmask_b32_e64 v108, v245, v108, s[28:29]
	v_or_b32_e32 v156, v108, v107
	v_and_b32_e32 v107, 0x7f, v154
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cmp_ne_u16_e64 s[0:1], 0, v107
	v_cmp_ne_u16_e64 s[2:3], 1, v107
	v_cmp_ne_u16_e64 s[4:5], 2, v107
	v_cmp_ne_u16_e64 s[8:9], 3, v107
	v_cmp_ne_u16_e64 s[10:11], 4, v107
	v_cmp_ne_u16_e64 s[24:25], 5, v107
	v_cmp_ne_u16_e64 s[26:27], 6, v107
	v_cmp_ne_u16_e64 s[28:29], 7, v107
	v_lshlrev_b16_e32 v107, 7, v154
	v_and_b32_e32 v107, 0x3f80, v107
	v_add_u16_e32 v107, 0x2000, v107
	v_cndmask_b32_e32 v107, v36, v107, vcc
	v_cndmask_b32_e64 v107, 0, v107, s[0:1]
	v_cndmask_b32_e64 v107, v28, v107, s[2:3]
	v_cndmask_b32_e64 v107, v29, v107, s[4:5]
	v_cndmask_b32_e64 v107, v38, v107, s[8:9]
	v_cndmask_b32_e64 v107, v39, v107, s[10:11]
	v_cndmask_b32_e64 v107, v244, v107, s[24:25]
	v_cndmask_b32_e64 v107, v0, v107, s[26:27]
	v_cndmask_b32_e64 v107, v245, v107, s[28:29]
	v_or_b32_e32 v168, v223, v168
	v_or_b32_e32 v223, v107, v106
	v_lshlrev_b16_e32 v107, 7, v179
	v_and_b32_e32 v106, 0x7f, v179
	v_and_b32_e32 v107, 0x3f80, v107
	v_cmp_ne_u16_e32 vcc, s36, v106
	v_add_u16_e32 v107, 0x2000, v107
	v_cmp_ne_u16_e64 s[0:1], 0, v106
	v_cndmask_b32_e32 v107, v36, v107, vcc
	v_cmp_ne_u16_e64 s[2:3], 1, v106
	v_cndmask_b32_e64 v107, 0, v107, s[0:1]
	v_cmp_ne_u16_e64 s[4:5], 2, v106
	v_cndmask_b32_e64 v107, v28, v107, s[2:3]
	v_cmp_ne_u16_e64 s[8:9], 3, v106
	v_cndmask_b32_e64 v107, v29, v107, s[4:5]
	v_cmp_ne_u16_e64 s[10:11], 4, v106
	v_cndmask_b32_e64 v107, v38, v107, s[8:9]
	v_cmp_ne_u16_e64 s[24:25], 5, v106
	v_cndmask_b32_e64 v107, v39, v107, s[10:11]
	v_cmp_ne_u16_e64 s[26:27], 6, v106
	v_cndmask_b32_e64 v107, v244, v107, s[24:25]
	v_cmp_ne_u16_e64 s[28:29], 7, v106
	v_lshlrev_b16_e32 v106, 8, v179
	v_cndmask_b32_e64 v107, v0, v107, s[26:27]
	v_and_b32_e32 v106, 0xffff8000, v106
	v_cndmask_b32_e64 v107, v245, v107, s[28:29]
	v_or_b32_e32 v225, v107, v106
	v_and_b32_sdwa v106, v154, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v106
	v_cmp_ne_u16_e64 s[0:1], 0, v106
	v_cmp_ne_u16_e64 s[2:3], 1, v106
	v_cmp_ne_u16_e64 s[4:5], 2, v106
	v_cmp_ne_u16_e64 s[8:9], 3, v106
	v_cmp_ne_u16_e64 s[10:11], 4, v106
	v_cmp_ne_u16_e64 s[24:25], 5, v106
	v_cmp_ne_u16_e64 s[26:27], 6, v106
	v_cmp_ne_u16_e64 s[28:29], 7, v106
	v_lshlrev_b16_sdwa v106, v247, v154 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v106, 0x3f80, v106
	v_add_u16_e32 v106, 0x2000, v106
	v_cndmask_b32_e32 v106, v36, v106, vcc
	v_cndmask_b32_e64 v106, 0, v106, s[0:1]
	v_cndmask_b32_e64 v106, v28, v106, s[2:3]
	v_cndmask_b32_e64 v106, v29, v106, s[4:5]
	v_cndmask_b32_e64 v106, v38, v106, s[8:9]
	v_cndmask_b32_e64 v106, v39, v106, s[10:11]
	v_cndmask_b32_e64 v106, v244, v106, s[24:25]
	v_cndmask_b32_e64 v106, v0, v106, s[26:27]
	v_lshlrev_b16_sdwa v107, v246, v154 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v107, 0xffff8000, v107
	v_cndmask_b32_e64 v106, v245, v106, s[28:29]
	v_or_b32_e32 v226, v106, v107
	v_lshlrev_b16_sdwa v106, v247, v154 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v106, 0x3f80, v106
	v_and_b32_sdwa v107, v154, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v106, 0x2000, v106
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_lshlrev_b16_e32 v108, 8, v177
	v_and_b32_e32 v108, 0xffff8000, v108
	v_cndmask_b32_e32 v106, v36, v106, vcc
	v_cmp_ne_u16_e32 vcc, 0, v107
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v189, v180, v170, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_e32 v158, 0xffff8000, v158
	v_cndmask_b32_e32 v106, 0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 1, v107
	v_or_b32_e32 v158, v198, v158
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v198, v188, v182, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, v28, v106, vcc
	v_cmp_ne_u16_e32 vcc, 2, v107
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v182, v162, v160, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_sdwa v160, v148, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v106, v29, v106, vcc
	v_cmp_ne_u16_e32 vcc, 3, v107
	v_and_b32_sdwa v162, v146, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v188, v166, v164, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, v38, v106, vcc
	v_cmp_ne_u16_e32 vcc, 4, v107
	v_lshlrev_b16_e32 v164, 8, v178
	v_and_b32_e32 v164, 0xffff8000, v164
	v_cndmask_b32_e32 v106, v39, v106, vcc
	v_cmp_ne_u16_e32 vcc, 5, v107
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v183, v222, v168, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_sdwa v168, v246, v184 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, v244, v106, vcc
	v_cmp_ne_u16_e32 vcc, 6, v107
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_and_b32_e32 v168, 0xffff8000, v168
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v222, v246, v161 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v106, v0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 7, v107
	v_lshlrev_b16_sdwa v107, v246, v154 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v107, 0xffff8000, v107
	v_cndmask_b32_e32 v106, v245, v106, vcc
	v_or_b32_e32 v227, v106, v107
	v_and_b32_e32 v106, 0x7f, v152
	v_cmp_ne_u16_e32 vcc, s36, v106
	v_cmp_ne_u16_e64 s[0:1], 0, v106
	v_cmp_ne_u16_e64 s[2:3], 1, v106
	v_cmp_ne_u16_e64 s[4:5], 2, v106
	v_cmp_ne_u16_e64 s[8:9], 3, v106
	v_cmp_ne_u16_e64 s[10:11], 4, v106
	v_cmp_ne_u16_e64 s[24:25], 5, v106
	v_cmp_ne_u16_e64 s[26:27], 6, v106
	v_cmp_ne_u16_e64 s[28:29], 7, v106
	v_lshlrev_b16_e32 v106, 7, v152
	v_and_b32_e32 v106, 0x3f80, v106
	v_add_u16_e32 v106, 0x2000, v106
	v_cndmask_b32_e32 v106, v36, v106, vcc
	v_cndmask_b32_e64 v106, 0, v106, s[0:1]
	v_cndmask_b32_e64 v106, v28, v106, s[2:3]
	v_cndmask_b32_e64 v106, v29, v106, s[4:5]
	v_cndmask_b32_e64 v106, v38, v106, s[8:9]
	v_cndmask_b32_e64 v106, v39, v106, s[10:11]
	v_cndmask_b32_e64 v106, v244, v106, s[24:25]
	v_cndmask_b32_e64 v106, v0, v106, s[26:27]
	v_lshlrev_b16_e32 v107, 8, v152
	v_and_b32_e32 v107, 0xffff8000, v107
	v_cndmask_b32_e64 v106, v245, v106, s[28:29]
	v_or_b32_e32 v106, v106, v107
	v_and_b32_e32 v107, 0x7f, v177
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cmp_ne_u16_e64 s[0:1], 0, v107
	v_cmp_ne_u16_e64 s[2:3], 1, v107
	v_cmp_ne_u16_e64 s[4:5], 2, v107
	v_cmp_ne_u16_e64 s[8:9], 3, v107
	v_cmp_ne_u16_e64 s[10:11], 4, v107
	v_cmp_ne_u16_e64 s[24:25], 5, v107
	v_cmp_ne_u16_e64 s[26:27], 6, v107
	v_cmp_ne_u16_e64 s[28:29], 7, v107
	v_lshlrev_b16_e32 v107, 7, v177
	v_and_b32_e32 v107, 0x3f80, v107
	v_add_u16_e32 v107, 0x2000, v107
	v_cndmask_b32_e32 v107, v36, v107, vcc
	v_cndmask_b32_e64 v107, 0, v107, s[0:1]
	v_cndmask_b32_e64 v107, v28, v107, s[2:3]
	v_cndmask_b32_e64 v107, v29, v107, s[4:5]
	v_cndmask_b32_e64 v107, v38, v107, s[8:9]
	v_cndmask_b32_e64 v107, v39, v107, s[10:11]
	v_cndmask_b32_e64 v107, v244, v107, s[24:25]
	v_cndmask_b32_e64 v107, v0, v107, s[26:27]
	v_cndmask_b32_e64 v107, v245, v107, s[28:29]
	v_or_b32_e32 v108, v107, v108
	v_lshlrev_b16_sdwa v107, v247, v152 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v107, 0x3f80, v107
	v_and_b32_sdwa v154, v152, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v107, 0x2000, v107
	v_cmp_ne_u16_e32 vcc, s36, v154
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v177, v156, v224, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_e32 v156, 0x7f, v146
	v_cndmask_b32_e32 v107, v36, v107, vcc
	v_cmp_ne_u16_e32 vcc, 0, v154
	v_and_b32_e32 v222, 0xffff8000, v222
	v_lshlrev_b16_sdwa v224, v246, v157 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v107, 0, v107, vcc
	v_cmp_ne_u16_e32 vcc, 1, v154
	v_and_b32_e32 v224, 0xffff8000, v224
	s_nop 0
	v_cndmask_b32_e32 v107, v28, v107, vcc
	v_cmp_ne_u16_e32 vcc, 2, v154
	s_nop 1
	v_cndmask_b32_e32 v107, v29, v107, vcc
	v_cmp_ne_u16_e32 vcc, 3, v154
	s_nop 1
	v_cndmask_b32_e32 v107, v38, v107, vcc
	v_cmp_ne_u16_e32 vcc, 4, v154
	s_nop 1
	v_cndmask_b32_e32 v107, v39, v107, vcc
	v_cmp_ne_u16_e32 vcc, 5, v154
	s_nop 1
	v_cndmask_b32_e32 v107, v244, v107, vcc
	v_cmp_ne_u16_e32 vcc, 6, v154
	s_nop 1
	v_cndmask_b32_e32 v107, v0, v107, vcc
	v_cmp_ne_u16_e32 vcc, 7, v154
	v_lshlrev_b16_sdwa v154, v246, v152 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v154, 0xffff8000, v154
	v_cndmask_b32_e32 v107, v245, v107, vcc
	v_or_b32_e32 v179, v107, v154
	v_and_b32_sdwa v107, v152, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cmp_ne_u16_e64 s[0:1], 0, v107
	v_cmp_ne_u16_e64 s[2:3], 1, v107
	v_cmp_ne_u16_e64 s[4:5], 2, v107
	v_cmp_ne_u16_e64 s[8:9], 3, v107
	v_cmp_ne_u16_e64 s[10:11], 4, v107
	v_cmp_ne_u16_e64 s[24:25], 5, v107
	v_cmp_ne_u16_e64 s[26:27], 6, v107
	v_cmp_ne_u16_e64 s[28:29], 7, v107
	v_lshlrev_b16_sdwa v107, v247, v152 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v107, 0x3f80, v107
	v_add_u16_e32 v107, 0x2000, v107
	v_cndmask_b32_e32 v107, v36, v107, vcc
	v_cndmask_b32_e64 v107, 0, v107, s[0:1]
	v_cndmask_b32_e64 v107, v28, v107, s[2:3]
	v_cndmask_b32_e64 v107, v29, v107, s[4:5]
	v_cndmask_b32_e64 v107, v38, v107, s[8:9]
	v_cndmask_b32_e64 v107, v39, v107, s[10:11]
	v_cndmask_b32_e64 v107, v244, v107, s[24:25]
	v_cndmask_b32_e64 v107, v0, v107, s[26:27]
	v_lshlrev_b16_sdwa v152, v246, v152 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v152, 0xffff8000, v152
	v_cndmask_b32_e64 v107, v245, v107, s[28:29]
	v_or_b32_e32 v219, v107, v152
	v_lshlrev_b16_e32 v107, 7, v150
	v_and_b32_e32 v107, 0x3f80, v107
	v_and_b32_e32 v152, 0x7f, v150
	v_add_u16_e32 v107, 0x2000, v107
	v_cmp_ne_u16_e32 vcc, s36, v152
	v_lshlrev_b16_e32 v154, 8, v176
	v_and_b32_e32 v154, 0xffff8000, v154
	v_cndmask_b32_e32 v107, v36, v107, vcc
	v_cmp_ne_u16_e32 vcc, 0, v152
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v179, v219, v179, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_nop 0
	v_cndmask_b32_e32 v107, 0, v107, vcc
	v_cmp_ne_u16_e32 vcc, 1, v152
	s_nop 1
	v_cndmask_b32_e32 v107, v28, v107, vcc
	v_cmp_ne_u16_e32 vcc, 2, v152
	s_nop 1
	v_cndmask_b32_e32 v107, v29, v107, vcc
	v_cmp_ne_u16_e32 vcc, 3, v152
	s_nop 1
	v_cndmask_b32_e32 v107, v38, v107, vcc
	v_cmp_ne_u16_e32 vcc, 4, v152
	s_nop 1
	v_cndmask_b32_e32 v107, v39, v107, vcc
	v_cmp_ne_u16_e32 vcc, 5, v152
	s_nop 1
	v_cndmask_b32_e32 v107, v244, v107, vcc
	v_cmp_ne_u16_e32 vcc, 6, v152
	s_nop 1
	v_cndmask_b32_e32 v107, v0, v107, vcc
	v_cmp_ne_u16_e32 vcc, 7, v152
	v_lshlrev_b16_e32 v152, 8, v150
	v_and_b32_e32 v152, 0xffff8000, v152
	v_cndmask_b32_e32 v107, v245, v107, vcc
	v_or_b32_e32 v107, v107, v152
	v_and_b32_e32 v152, 0x7f, v176
	v_cmp_ne_u16_e32 vcc, s36, v152
	v_cmp_ne_u16_e64 s[0:1], 0, v152
	v_cmp_ne_u16_e64 s[2:3], 1, v152
	v_cmp_ne_u16_e64 s[4:5], 2, v152
	v_cmp_ne_u16_e64 s[8:9], 3, v152
	v_cmp_ne_u16_e64 s[10:11], 4, v152
	v_cmp_ne_u16_e64 s[24:25], 5, v152
	v_cmp_ne_u16_e64 s[26:27], 6, v152
	v_cmp_ne_u16_e64 s[28:29], 7, v152
	v_lshlrev_b16_e32 v152, 7, v176
	v_and_b32_e32 v152, 0x3f80, v152
	v_add_u16_e32 v152, 0x2000, v152
	v_cndmask_b32_e32 v152, v36, v152, vcc
	v_cndmask_b32_e64 v152, 0, v152, s[0:1]
	v_cndmask_b32_e64 v152, v28, v152, s[2:3]
	v_cndmask_b32_e64 v152, v29, v152, s[4:5]
	v_cndmask_b32_e64 v152, v38, v152, s[8:9]
	v_cndmask_b32_e64 v152, v39, v152, s[10:11]
	v_cndmask_b32_e64 v152, v244, v152, s[24:25]
	v_cndmask_b32_e64 v152, v0, v152, s[26:27]
	v_cndmask_b32_e64 v152, v245, v152, s[28:29]
	v_or_b32_e32 v172, v152, v154
	v_and_b32_sdwa v152, v150, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v152
	v_cmp_ne_u16_e64 s[0:1], 0, v152
	v_cmp_ne_u16_e64 s[2:3], 1, v152
	v_cmp_ne_u16_e64 s[4:5], 2, v152
	v_cmp_ne_u16_e64 s[8:9], 3, v152
	v_cmp_ne_u16_e64 s[10:11], 4, v152
	v_cmp_ne_u16_e64 s[24:25], 5, v152
	v_cmp_ne_u16_e64 s[26:27], 6, v152
	v_cmp_ne_u16_e64 s[28:29], 7, v152
	v_lshlrev_b16_sdwa v152, v247, v150 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v152, 0x3f80, v152
	v_add_u16_e32 v152, 0x2000, v152
	v_cndmask_b32_e32 v152, v36, v152, vcc
	v_cndmask_b32_e64 v152, 0, v152, s[0:1]
	v_cndmask_b32_e64 v152, v28, v152, s[2:3]
	v_cndmask_b32_e64 v152, v29, v152, s[4:5]
	v_cndmask_b32_e64 v152, v38, v152, s[8:9]
	v_cndmask_b32_e64 v152, v39, v152, s[10:11]
	v_cndmask_b32_e64 v152, v244, v152, s[24:25]
	v_cndmask_b32_e64 v152, v0, v152, s[26:27]
	v_lshlrev_b16_sdwa v154, v246, v150 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v154, 0xffff8000, v154
	v_cndmask_b32_e64 v152, v245, v152, s[28:29]
	v_or_b32_e32 v181, v152, v154
	v_lshlrev_b16_sdwa v152, v247, v150 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v152, 0x3f80, v152
	v_and_b32_sdwa v154, v150, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v152, 0x2000, v152
	v_cmp_ne_u16_e32 vcc, s36, v154
	v_lshlrev_b16_sdwa v150, v246, v150 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v150, 0xffff8000, v150
	v_cndmask_b32_e32 v152, v36, v152, vcc
	v_cmp_ne_u16_e32 vcc, 0, v154
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v176, v158, v109, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_e32 v109, 7, v146
	v_cndmask_b32_e32 v152, 0, v152, vcc
	v_cmp_ne_u16_e32 vcc, 1, v154
	v_and_b32_e32 v109, 0x3f80, v109
	v_add_u16_e32 v109, 0x2000, v109
	v_cndmask_b32_e32 v152, v28, v152, vcc
	v_cmp_ne_u16_e32 vcc, 2, v154
	v_lshlrev_b16_e32 v158, 8, v174
	v_and_b32_e32 v158, 0xffff8000, v158
	v_cndmask_b32_e32 v152, v29, v152, vcc
	v_cmp_ne_u16_e32 vcc, 3, v154
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v180, v172, v107, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_and_b32_e32 v107, 0x7f, v184
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v152, v38, v152, vcc
	v_cmp_ne_u16_e32 vcc, 4, v154
	v_lshlrev_b16_sdwa v172, v246, v171 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v172, 0xffff8000, v172
	v_cndmask_b32_e32 v152, v39, v152, vcc
	v_cmp_ne_u16_e32 vcc, 5, v154
	s_nop 1
	v_cndmask_b32_e32 v152, v244, v152, vcc
	v_cmp_ne_u16_e32 vcc, 6, v154
	s_nop 1
	v_cndmask_b32_e32 v152, v0, v152, vcc
	v_cmp_ne_u16_e32 vcc, 7, v154
	v_lshlrev_b16_e32 v154, 8, v175
	v_and_b32_e32 v154, 0xffff8000, v154
	v_cndmask_b32_e32 v152, v245, v152, vcc
	v_or_b32_e32 v170, v152, v150
	v_and_b32_e32 v150, 0x7f, v148
	v_cmp_ne_u16_e32 vcc, s36, v150
	v_cmp_ne_u16_e64 s[0:1], 0, v150
	v_cmp_ne_u16_e64 s[2:3], 1, v150
	v_cmp_ne_u16_e64 s[4:5], 2, v150
	v_cmp_ne_u16_e64 s[8:9], 3, v150
	v_cmp_ne_u16_e64 s[10:11], 4, v150
	v_cmp_ne_u16_e64 s[24:25], 5, v150
	v_cmp_ne_u16_e64 s[26:27], 6, v150
	v_cmp_ne_u16_e64 s[28:29], 7, v150
	v_lshlrev_b16_e32 v150, 7, v148
	v_and_b32_e32 v150, 0x3f80, v150
	v_add_u16_e32 v150, 0x2000, v150
	v_cndmask_b32_e32 v150, v36, v150, vcc
	v_cndmask_b32_e64 v150, 0, v150, s[0:1]
	v_cndmask_b32_e64 v150, v28, v150, s[2:3]
	v_cndmask_b32_e64 v150, v29, v150, s[4:5]
	v_cndmask_b32_e64 v150, v38, v150, s[8:9]
	v_cndmask_b32_e64 v150, v39, v150, s[10:11]
	v_cndmask_b32_e64 v150, v244, v150, s[24:25]
	v_cndmask_b32_e64 v150, v0, v150, s[26:27]
	v_lshlrev_b16_e32 v152, 8, v148
	v_and_b32_e32 v152, 0xffff8000, v152
	v_cndmask_b32_e64 v150, v245, v150, s[28:29]
	v_or_b32_e32 v150, v150, v152
	v_and_b32_e32 v152, 0x7f, v175
	v_cmp_ne_u16_e32 vcc, s36, v152
	v_cmp_ne_u16_e64 s[0:1], 0, v152
	v_cmp_ne_u16_e64 s[2:3], 1, v152
	v_cmp_ne_u16_e64 s[4:5], 2, v152
	v_cmp_ne_u16_e64 s[8:9], 3, v152
	v_cmp_ne_u16_e64 s[10:11], 4, v152
	v_cmp_ne_u16_e64 s[24:25], 5, v152
	v_cmp_ne_u16_e64 s[26:27], 6, v152
	v_cmp_ne_u16_e64 s[28:29], 7, v152
	v_lshlrev_b16_e32 v152, 7, v175
	v_and_b32_e32 v152, 0x3f80, v152
	v_add_u16_e32 v152, 0x2000, v152
	v_cndmask_b32_e32 v152, v36, v152, vcc
	v_cndmask_b32_e64 v152, 0, v152, s[0:1]
	v_cndmask_b32_e64 v152, v28, v152, s[2:3]
	v_cndmask_b32_e64 v152, v29, v152, s[4:5]
	v_cndmask_b32_e64 v152, v38, v152, s[8:9]
	v_cndmask_b32_e64 v152, v39, v152, s[10:11]
	v_cndmask_b32_e64 v152, v244, v152, s[24:25]
	v_cndmask_b32_e64 v152, v0, v152, s[26:27]
	v_cndmask_b32_e64 v152, v245, v152, s[28:29]
	v_or_b32_e32 v152, v152, v154
	v_lshlrev_b16_sdwa v154, v247, v148 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v154, 0x3f80, v154
	v_add_u16_e32 v154, 0x2000, v154
	v_cmp_ne_u16_e32 vcc, s36, v160
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v181, v170, v181, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_sdwa v170, v173, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v154, v36, v154, vcc
	v_cmp_ne_u16_e32 vcc, 0, v160
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v175, v227, v226, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v226, v247, v153 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v154, 0, v154, vcc
	v_cmp_ne_u16_e32 vcc, 1, v160
	v_lshlrev_b16_sdwa v227, v246, v149 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v227, 0xffff8000, v227
	v_cndmask_b32_e32 v154, v28, v154, vcc
	v_cmp_ne_u16_e32 vcc, 2, v160
	s_nop 1
	v_cndmask_b32_e32 v154, v29, v154, vcc
	v_cmp_ne_u16_e32 vcc, 3, v160
	s_nop 1
	v_cndmask_b32_e32 v154, v38, v154, vcc
	v_cmp_ne_u16_e32 vcc, 4, v160
	s_nop 1
	v_cndmask_b32_e32 v154, v39, v154, vcc
	v_cmp_ne_u16_e32 vcc, 5, v160
	s_nop 1
	v_cndmask_b32_e32 v154, v244, v154, vcc
	v_cmp_ne_u16_e32 vcc, 6, v160
	s_nop 1
	v_cndmask_b32_e32 v154, v0, v154, vcc
	v_cmp_ne_u16_e32 vcc, 7, v160
	v_lshlrev_b16_sdwa v160, v246, v148 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v160, 0xffff8000, v160
	v_cndmask_b32_e32 v154, v245, v154, vcc
	v_or_b32_e32 v154, v154, v160
	v_and_b32_sdwa v160, v148, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v160
	v_cmp_ne_u16_e64 s[0:1], 0, v160
	v_cmp_ne_u16_e64 s[2:3], 1, v160
	v_cmp_ne_u16_e64 s[4:5], 2, v160
	v_cmp_ne_u16_e64 s[8:9], 3, v160
	v_cmp_ne_u16_e64 s[10:11], 4, v160
	v_cmp_ne_u16_e64 s[24:25], 5, v160
	v_cmp_ne_u16_e64 s[26:27], 6, v160
	v_cmp_ne_u16_e64 s[28:29], 7, v160
	v_lshlrev_b16_sdwa v160, v247, v148 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v160, 0x3f80, v160
	v_add_u16_e32 v160, 0x2000, v160
	v_cndmask_b32_e32 v160, v36, v160, vcc
	v_cmp_ne_u16_e32 vcc, s36, v156
	v_cndmask_b32_e64 v160, 0, v160, s[0:1]
	v_cndmask_b32_e64 v160, v28, v160, s[2:3]
	v_cndmask_b32_e32 v109, v36, v109, vcc
	v_cmp_ne_u16_e32 vcc, 0, v156
	v_cndmask_b32_e64 v160, v29, v160, s[4:5]
	v_cndmask_b32_e64 v160, v38, v160, s[8:9]
	v_cndmask_b32_e32 v109, 0, v109, vcc
	v_cmp_ne_u16_e32 vcc, 1, v156
	v_cndmask_b32_e64 v160, v39, v160, s[10:11]
	v_cndmask_b32_e64 v160, v244, v160, s[24:25]
	v_cndmask_b32_e32 v109, v28, v109, vcc
	v_cmp_ne_u16_e32 vcc, 2, v156
	v_cndmask_b32_e64 v160, v0, v160, s[26:27]
	v_cndmask_b32_e64 v160, v245, v160, s[28:29]
	v_cndmask_b32_e32 v109, v29, v109, vcc
	v_cmp_ne_u16_e32 vcc, 3, v156
	v_lshlrev_b16_sdwa v148, v246, v148 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v148, 0xffff8000, v148
	v_cndmask_b32_e32 v109, v38, v109, vcc
	v_cmp_ne_u16_e32 vcc, 4, v156
	v_or_b32_e32 v148, v160, v148
	v_lshlrev_b16_sdwa v160, v246, v146 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v109, v39, v109, vcc
	v_cmp_ne_u16_e32 vcc, 5, v156
	v_and_b32_e32 v160, 0xffff8000, v160
	s_nop 0
	v_cndmask_b32_e32 v109, v244, v109, vcc
	v_cmp_ne_u16_e32 vcc, 6, v156
	s_nop 1
	v_cndmask_b32_e32 v109, v0, v109, vcc
	v_cmp_ne_u16_e32 vcc, 7, v156
	v_lshlrev_b16_e32 v156, 8, v146
	v_and_b32_e32 v156, 0xffff8000, v156
	v_cndmask_b32_e32 v109, v245, v109, vcc
	v_or_b32_e32 v156, v109, v156
	v_and_b32_e32 v109, 0x7f, v174
	v_cmp_ne_u16_e32 vcc, s36, v109
	v_cmp_ne_u16_e64 s[0:1], 0, v109
	v_cmp_ne_u16_e64 s[2:3], 1, v109
	v_cmp_ne_u16_e64 s[4:5], 2, v109
	v_cmp_ne_u16_e64 s[8:9], 3, v109
	v_cmp_ne_u16_e64 s[10:11], 4, v109
	v_cmp_ne_u16_e64 s[24:25], 5, v109
	v_cmp_ne_u16_e64 s[26:27], 6, v109
	v_cmp_ne_u16_e64 s[28:29], 7, v109
	v_lshlrev_b16_e32 v109, 7, v174
	v_and_b32_e32 v109, 0x3f80, v109
	v_add_u16_e32 v109, 0x2000, v109
	v_cndmask_b32_e32 v109, v36, v109, vcc
	v_cndmask_b32_e64 v109, 0, v109, s[0:1]
	v_cndmask_b32_e64 v109, v28, v109, s[2:3]
	v_cndmask_b32_e64 v109, v29, v109, s[4:5]
	v_cndmask_b32_e64 v109, v38, v109, s[8:9]
	v_cndmask_b32_e64 v109, v39, v109, s[10:11]
	v_cndmask_b32_e64 v109, v244, v109, s[24:25]
	v_cndmask_b32_e64 v109, v0, v109, s[26:27]
	v_cndmask_b32_e64 v109, v245, v109, s[28:29]
	v_or_b32_e32 v158, v109, v158
	v_and_b32_sdwa v109, v146, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v109
	v_cmp_ne_u16_e64 s[0:1], 0, v109
	v_cmp_ne_u16_e64 s[2:3], 1, v109
	v_cmp_ne_u16_e64 s[4:5], 2, v109
	v_cmp_ne_u16_e64 s[8:9], 3, v109
	v_cmp_ne_u16_e64 s[10:11], 4, v109
	v_cmp_ne_u16_e64 s[24:25], 5, v109
	v_cmp_ne_u16_e64 s[26:27], 6, v109
	v_cmp_ne_u16_e64 s[28:29], 7, v109
	v_lshlrev_b16_sdwa v109, v247, v146 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v109, 0x3f80, v109
	v_add_u16_e32 v109, 0x2000, v109
	v_cndmask_b32_e32 v109, v36, v109, vcc
	v_cndmask_b32_e64 v109, 0, v109, s[0:1]
	v_cndmask_b32_e64 v109, v28, v109, s[2:3]
	v_cndmask_b32_e64 v109, v29, v109, s[4:5]
	v_cndmask_b32_e64 v109, v38, v109, s[8:9]
	v_cndmask_b32_e64 v109, v39, v109, s[10:11]
	v_cndmask_b32_e64 v109, v244, v109, s[24:25]
	v_cndmask_b32_e64 v109, v0, v109, s[26:27]
	v_cndmask_b32_e64 v109, v245, v109, s[28:29]
	v_or_b32_e32 v160, v109, v160
	v_lshlrev_b16_sdwa v109, v247, v146 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v109, 0x3f80, v109
	v_add_u16_e32 v109, 0x2000, v109
	v_cmp_ne_u16_e32 vcc, s36, v162
	v_lshlrev_b16_sdwa v146, v246, v146 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v146, 0xffff8000, v146
	v_cndmask_b32_e32 v109, v36, v109, vcc
	v_cmp_ne_u16_e32 vcc, 0, v162
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v174, v225, v223, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v223, v247, v161 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v109, 0, v109, vcc
	v_cmp_ne_u16_e32 vcc, 1, v162
	v_lshlrev_b16_sdwa v225, v246, v153 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v225, 0xffff8000, v225
	v_cndmask_b32_e32 v109, v28, v109, vcc
	v_cmp_ne_u16_e32 vcc, 2, v162
	s_nop 1
	v_cndmask_b32_e32 v109, v29, v109, vcc
	v_cmp_ne_u16_e32 vcc, 3, v162
	s_nop 1
	v_cndmask_b32_e32 v109, v38, v109, vcc
	v_cmp_ne_u16_e32 vcc, 4, v162
	s_nop 1
	v_cndmask_b32_e32 v109, v39, v109, vcc
	v_cmp_ne_u16_e32 vcc, 5, v162
	s_nop 1
	v_cndmask_b32_e32 v109, v244, v109, vcc
	v_cmp_ne_u16_e32 vcc, 6, v162
	s_nop 1
	v_cndmask_b32_e32 v109, v0, v109, vcc
	v_cmp_ne_u16_e32 vcc, 7, v162
	v_lshlrev_b16_e32 v162, 8, v144
	v_and_b32_e32 v162, 0xffff8000, v162
	v_cndmask_b32_e32 v109, v245, v109, vcc
	v_or_b32_e32 v146, v109, v146
	v_and_b32_e32 v109, 0x7f, v144
	v_cmp_ne_u16_e32 vcc, s36, v109
	v_cmp_ne_u16_e64 s[0:1], 0, v109
	v_cmp_ne_u16_e64 s[2:3], 1, v109
	v_cmp_ne_u16_e64 s[4:5], 2, v109
	v_cmp_ne_u16_e64 s[8:9], 3, v109
	v_cmp_ne_u16_e64 s[10:11], 4, v109
	v_cmp_ne_u16_e64 s[24:25], 5, v109
	v_cmp_ne_u16_e64 s[26:27], 6, v109
	v_cmp_ne_u16_e64 s[28:29], 7, v109
	v_lshlrev_b16_e32 v109, 7, v144
	v_and_b32_e32 v109, 0x3f80, v109
	v_add_u16_e32 v109, 0x2000, v109
	v_cndmask_b32_e32 v109, v36, v109, vcc
	v_cndmask_b32_e64 v109, 0, v109, s[0:1]
	v_cndmask_b32_e64 v109, v28, v109, s[2:3]
	v_cndmask_b32_e64 v109, v29, v109, s[4:5]
	v_cndmask_b32_e64 v109, v38, v109, s[8:9]
	v_cndmask_b32_e64 v109, v39, v109, s[10:11]
	v_cndmask_b32_e64 v109, v244, v109, s[24:25]
	v_cndmask_b32_e64 v109, v0, v109, s[26:27]
	v_cndmask_b32_e64 v109, v245, v109, s[28:29]
	v_or_b32_e32 v162, v109, v162
	v_and_b32_e32 v109, 0x7f, v178
	v_cmp_ne_u16_e32 vcc, s36, v109
	v_cmp_ne_u16_e64 s[0:1], 0, v109
	v_cmp_ne_u16_e64 s[2:3], 1, v109
	v_cmp_ne_u16_e64 s[4:5], 2, v109
	v_cmp_ne_u16_e64 s[8:9], 3, v109
	v_cmp_ne_u16_e64 s[10:11], 4, v109
	v_cmp_ne_u16_e64 s[24:25], 5, v109
	v_cmp_ne_u16_e64 s[26:27], 6, v109
	v_cmp_ne_u16_e64 s[28:29], 7, v109
	v_lshlrev_b16_e32 v109, 7, v178
	v_and_b32_e32 v109, 0x3f80, v109
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v178, v108, v106, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v106, v247, v144 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_add_u16_e32 v109, 0x2000, v109
	v_and_b32_e32 v106, 0x3f80, v106
	v_and_b32_sdwa v108, v144, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v109, v36, v109, vcc
	v_add_u16_e32 v106, 0x2000, v106
	v_cmp_ne_u16_e32 vcc, s36, v108
	v_cndmask_b32_e64 v109, 0, v109, s[0:1]
	v_cndmask_b32_e64 v109, v28, v109, s[2:3]
	v_cndmask_b32_e32 v106, v36, v106, vcc
	v_cmp_ne_u16_e32 vcc, 0, v108
	v_cndmask_b32_e64 v109, v29, v109, s[4:5]
	v_cndmask_b32_e64 v109, v38, v109, s[8:9]
	v_cndmask_b32_e32 v106, 0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 1, v108
	v_cndmask_b32_e64 v109, v39, v109, s[10:11]
	v_cndmask_b32_e64 v109, v244, v109, s[24:25]
	v_cndmask_b32_e32 v106, v28, v106, vcc
	v_cmp_ne_u16_e32 vcc, 2, v108
	v_cndmask_b32_e64 v109, v0, v109, s[26:27]
	v_cndmask_b32_e64 v109, v245, v109, s[28:29]
	v_cndmask_b32_e32 v106, v29, v106, vcc
	v_cmp_ne_u16_e32 vcc, 3, v108
	v_or_b32_e32 v164, v109, v164
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_sdwa v109, v246, v184 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, v38, v106, vcc
	v_cmp_ne_u16_e32 vcc, 4, v108
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_and_b32_e32 v109, 0xffff8000, v109
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_nop 0
	v_cndmask_b32_e32 v106, v39, v106, vcc
	v_cmp_ne_u16_e32 vcc, 5, v108
	s_nop 1
	v_cndmask_b32_e32 v106, v244, v106, vcc
	v_cmp_ne_u16_e32 vcc, 6, v108
	s_nop 1
	v_cndmask_b32_e32 v106, v0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 7, v108
	v_lshlrev_b16_sdwa v108, v246, v144 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v108, 0xffff8000, v108
	v_cndmask_b32_e32 v106, v245, v106, vcc
	v_or_b32_e32 v166, v106, v108
	v_and_b32_sdwa v106, v144, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v106
	v_cmp_ne_u16_e64 s[0:1], 0, v106
	v_cmp_ne_u16_e64 s[2:3], 1, v106
	v_cmp_ne_u16_e64 s[4:5], 2, v106
	v_cmp_ne_u16_e64 s[8:9], 3, v106
	v_cmp_ne_u16_e64 s[10:11], 4, v106
	v_cmp_ne_u16_e64 s[24:25], 5, v106
	v_cmp_ne_u16_e64 s[26:27], 6, v106
	v_cmp_ne_u16_e64 s[28:29], 7, v106
	v_lshlrev_b16_sdwa v106, v247, v144 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v106, 0x3f80, v106
	v_add_u16_e32 v106, 0x2000, v106
	v_cndmask_b32_e32 v106, v36, v106, vcc
	v_cndmask_b32_e64 v106, 0, v106, s[0:1]
	v_cndmask_b32_e64 v106, v28, v106, s[2:3]
	v_cndmask_b32_e64 v106, v29, v106, s[4:5]
	v_cndmask_b32_e64 v106, v38, v106, s[8:9]
	v_cndmask_b32_e64 v106, v39, v106, s[10:11]
	v_cndmask_b32_e64 v106, v244, v106, s[24:25]
	v_cndmask_b32_e64 v106, v0, v106, s[26:27]
	v_lshlrev_b16_sdwa v108, v246, v144 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v108, 0xffff8000, v108
	v_cndmask_b32_e64 v106, v245, v106, s[28:29]
	v_or_b32_e32 v144, v106, v108
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v106, 7, v184
	v_and_b32_e32 v106, 0x3f80, v106
	v_add_u16_e32 v106, 0x2000, v106
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_lshlrev_b16_e32 v108, 8, v185
	v_and_b32_e32 v108, 0xffff8000, v108
	v_cndmask_b32_e32 v106, v36, v106, vcc
	v_cmp_ne_u16_e32 vcc, 0, v107
	s_nop 1
	v_cndmask_b32_e32 v106, 0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 1, v107
	s_nop 1
	v_cndmask_b32_e32 v106, v28, v106, vcc
	v_cmp_ne_u16_e32 vcc, 2, v107
	s_nop 1
	v_cndmask_b32_e32 v106, v29, v106, vcc
	v_cmp_ne_u16_e32 vcc, 3, v107
	s_nop 1
	v_cndmask_b32_e32 v106, v38, v106, vcc
	v_cmp_ne_u16_e32 vcc, 4, v107
	s_nop 1
	v_cndmask_b32_e32 v106, v39, v106, vcc
	v_cmp_ne_u16_e32 vcc, 5, v107
	s_nop 1
	v_cndmask_b32_e32 v106, v244, v106, vcc
	v_cmp_ne_u16_e32 vcc, 6, v107
	s_nop 1
	v_cndmask_b32_e32 v106, v0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 7, v107
	v_lshlrev_b16_e32 v107, 8, v184
	v_and_b32_e32 v107, 0xffff8000, v107
	v_cndmask_b32_e32 v106, v245, v106, vcc
	v_or_b32_e32 v106, v106, v107
	v_and_b32_e32 v107, 0x7f, v185
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cmp_ne_u16_e64 s[0:1], 0, v107
	v_cmp_ne_u16_e64 s[2:3], 1, v107
	v_cmp_ne_u16_e64 s[4:5], 2, v107
	v_cmp_ne_u16_e64 s[8:9], 3, v107
	v_cmp_ne_u16_e64 s[10:11], 4, v107
	v_cmp_ne_u16_e64 s[24:25], 5, v107
	v_cmp_ne_u16_e64 s[26:27], 6, v107
	v_cmp_ne_u16_e64 s[28:29], 7, v107
	v_lshlrev_b16_e32 v107, 7, v185
	v_and_b32_e32 v107, 0x3f80, v107
	v_add_u16_e32 v107, 0x2000, v107
	v_cndmask_b32_e32 v107, v36, v107, vcc
	v_cndmask_b32_e64 v107, 0, v107, s[0:1]
	v_cndmask_b32_e64 v107, v28, v107, s[2:3]
	v_cndmask_b32_e64 v107, v29, v107, s[4:5]
	v_cndmask_b32_e64 v107, v38, v107, s[8:9]
	v_cndmask_b32_e64 v107, v39, v107, s[10:11]
	v_cndmask_b32_e64 v107, v244, v107, s[24:25]
	v_cndmask_b32_e64 v107, v0, v107, s[26:27]
	v_cndmask_b32_e64 v107, v245, v107, s[28:29]
	v_or_b32_e32 v107, v107, v108
	v_and_b32_sdwa v108, v184, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v108
	v_cmp_ne_u16_e64 s[0:1], 0, v108
	v_cmp_ne_u16_e64 s[2:3], 1, v108
	v_cmp_ne_u16_e64 s[4:5], 2, v108
	v_cmp_ne_u16_e64 s[8:9], 3, v108
	v_cmp_ne_u16_e64 s[10:11], 4, v108
	v_cmp_ne_u16_e64 s[24:25], 5, v108
	v_cmp_ne_u16_e64 s[26:27], 6, v108
	v_cmp_ne_u16_e64 s[28:29], 7, v108
	v_lshlrev_b16_sdwa v108, v247, v184 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v108, 0x3f80, v108
	v_add_u16_e32 v108, 0x2000, v108
	v_cndmask_b32_e32 v108, v36, v108, vcc
	v_cndmask_b32_e64 v108, 0, v108, s[0:1]
	v_cndmask_b32_e64 v108, v28, v108, s[2:3]
	v_cndmask_b32_e64 v108, v29, v108, s[4:5]
	v_cndmask_b32_e64 v108, v38, v108, s[8:9]
	v_cndmask_b32_e64 v108, v39, v108, s[10:11]
	v_cndmask_b32_e64 v108, v244, v108, s[24:25]
	v_cndmask_b32_e64 v108, v0, v108, s[26:27]
	v_cndmask_b32_e64 v108, v245, v108, s[28:29]
	v_or_b32_e32 v108, v108, v109
	v_and_b32_sdwa v109, v184, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v109
	v_cmp_ne_u16_e64 s[0:1], 0, v109
	v_cmp_ne_u16_e64 s[2:3], 1, v109
	v_cmp_ne_u16_e64 s[4:5], 2, v109
	v_cmp_ne_u16_e64 s[8:9], 3, v109
	v_cmp_ne_u16_e64 s[10:11], 4, v109
	v_cmp_ne_u16_e64 s[24:25], 5, v109
	v_cmp_ne_u16_e64 s[26:27], 6, v109
	v_cmp_ne_u16_e64 s[28:29], 7, v109
	v_lshlrev_b16_sdwa v109, v247, v184 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v109, 0x3f80, v109
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v184, v107, v106, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v106, 7, v186
	v_add_u16_e32 v109, 0x2000, v109
	v_and_b32_e32 v106, 0x3f80, v106
	v_and_b32_e32 v107, 0x7f, v186
	v_cndmask_b32_e32 v109, v36, v109, vcc
	v_add_u16_e32 v106, 0x2000, v106
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cndmask_b32_e64 v109, 0, v109, s[0:1]
	v_cndmask_b32_e64 v109, v28, v109, s[2:3]
	v_cndmask_b32_e32 v106, v36, v106, vcc
	v_cmp_ne_u16_e32 vcc, 0, v107
	v_cndmask_b32_e64 v109, v29, v109, s[4:5]
	v_cndmask_b32_e64 v109, v38, v109, s[8:9]
	v_cndmask_b32_e32 v106, 0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 1, v107
	v_cndmask_b32_e64 v109, v39, v109, s[10:11]
	v_cndmask_b32_e64 v109, v244, v109, s[24:25]
	v_cndmask_b32_e32 v106, v28, v106, vcc
	v_cmp_ne_u16_e32 vcc, 2, v107
	v_cndmask_b32_e64 v109, v0, v109, s[26:27]
	v_cndmask_b32_e64 v109, v245, v109, s[28:29]
	v_cndmask_b32_e32 v106, v29, v106, vcc
	v_cmp_ne_u16_e32 vcc, 3, v107
	v_or_b32_e32 v109, v109, v168
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v185, v109, v108, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v106, v38, v106, vcc
	v_cmp_ne_u16_e32 vcc, 4, v107
	v_lshlrev_b16_e32 v108, 8, v187
	v_and_b32_e32 v108, 0xffff8000, v108
	v_cndmask_b32_e32 v106, v39, v106, vcc
	v_cmp_ne_u16_e32 vcc, 5, v107
	v_lshlrev_b16_sdwa v109, v246, v186 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v109, 0xffff8000, v109
	v_cndmask_b32_e32 v106, v244, v106, vcc
	v_cmp_ne_u16_e32 vcc, 6, v107
	v_lshlrev_b16_sdwa v168, v246, v186 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v168, 0xffff8000, v168
	v_cndmask_b32_e32 v106, v0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 7, v107
	v_lshlrev_b16_e32 v107, 8, v186
	v_and_b32_e32 v107, 0xffff8000, v107
	v_cndmask_b32_e32 v106, v245, v106, vcc
	v_or_b32_e32 v106, v106, v107
	v_and_b32_e32 v107, 0x7f, v187
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cmp_ne_u16_e64 s[0:1], 0, v107
	v_cmp_ne_u16_e64 s[2:3], 1, v107
	v_cmp_ne_u16_e64 s[4:5], 2, v107
	v_cmp_ne_u16_e64 s[8:9], 3, v107
	v_cmp_ne_u16_e64 s[10:11], 4, v107
	v_cmp_ne_u16_e64 s[24:25], 5, v107
	v_cmp_ne_u16_e64 s[26:27], 6, v107
	v_cmp_ne_u16_e64 s[28:29], 7, v107
	v_lshlrev_b16_e32 v107, 7, v187
	v_and_b32_e32 v107, 0x3f80, v107
	v_add_u16_e32 v107, 0x2000, v107
	v_cndmask_b32_e32 v107, v36, v107, vcc
	v_cndmask_b32_e64 v107, 0, v107, s[0:1]
	v_cndmask_b32_e64 v107, v28, v107, s[2:3]
	v_cndmask_b32_e64 v107, v29, v107, s[4:5]
	v_cndmask_b32_e64 v107, v38, v107, s[8:9]
	v_cndmask_b32_e64 v107, v39, v107, s[10:11]
	v_cndmask_b32_e64 v107, v244, v107, s[24:25]
	v_cndmask_b32_e64 v107, v0, v107, s[26:27]
	v_cndmask_b32_e64 v107, v245, v107, s[28:29]
	v_or_b32_e32 v107, v107, v108
	v_and_b32_sdwa v108, v186, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v108
	v_cmp_ne_u16_e64 s[0:1], 0, v108
	v_cmp_ne_u16_e64 s[2:3], 1, v108
	v_cmp_ne_u16_e64 s[4:5], 2, v108
	v_cmp_ne_u16_e64 s[8:9], 3, v108
	v_cmp_ne_u16_e64 s[10:11], 4, v108
	v_cmp_ne_u16_e64 s[24:25], 5, v108
	v_cmp_ne_u16_e64 s[26:27], 6, v108
	v_cmp_ne_u16_e64 s[28:29], 7, v108
	v_lshlrev_b16_sdwa v108, v247, v186 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v108, 0x3f80, v108
	v_add_u16_e32 v108, 0x2000, v108
	v_cndmask_b32_e32 v108, v36, v108, vcc
	v_cndmask_b32_e64 v108, 0, v108, s[0:1]
	v_cndmask_b32_e64 v108, v28, v108, s[2:3]
	v_cndmask_b32_e64 v108, v29, v108, s[4:5]
	v_cndmask_b32_e64 v108, v38, v108, s[8:9]
	v_cndmask_b32_e64 v108, v39, v108, s[10:11]
	v_cndmask_b32_e64 v108, v244, v108, s[24:25]
	v_cndmask_b32_e64 v108, v0, v108, s[26:27]
	v_cndmask_b32_e64 v108, v245, v108, s[28:29]
	v_or_b32_e32 v108, v108, v109
	v_and_b32_sdwa v109, v186, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v109
	v_cmp_ne_u16_e64 s[0:1], 0, v109
	v_cmp_ne_u16_e64 s[2:3], 1, v109
	v_cmp_ne_u16_e64 s[4:5], 2, v109
	v_cmp_ne_u16_e64 s[8:9], 3, v109
	v_cmp_ne_u16_e64 s[10:11], 4, v109
	v_cmp_ne_u16_e64 s[24:25], 5, v109
	v_cmp_ne_u16_e64 s[26:27], 6, v109
	v_cmp_ne_u16_e64 s[28:29], 7, v109
	v_lshlrev_b16_sdwa v109, v247, v186 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v109, 0x3f80, v109
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v186, v107, v106, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v106, 7, v190
	v_add_u16_e32 v109, 0x2000, v109
	v_and_b32_e32 v106, 0x3f80, v106
	v_and_b32_e32 v107, 0x7f, v190
	v_cndmask_b32_e32 v109, v36, v109, vcc
	v_add_u16_e32 v106, 0x2000, v106
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cndmask_b32_e64 v109, 0, v109, s[0:1]
	v_cndmask_b32_e64 v109, v28, v109, s[2:3]
	v_cndmask_b32_e32 v106, v36, v106, vcc
	v_cmp_ne_u16_e32 vcc, 0, v107
	v_cndmask_b32_e64 v109, v29, v109, s[4:5]
	v_cndmask_b32_e64 v109, v38, v109, s[8:9]
	v_cndmask_b32_e32 v106, 0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 1, v107
	v_cndmask_b32_e64 v109, v39, v109, s[10:11]
	v_cndmask_b32_e64 v109, v244, v109, s[24:25]
	v_cndmask_b32_e32 v106, v28, v106, vcc
	v_cmp_ne_u16_e32 vcc, 2, v107
	v_cndmask_b32_e64 v109, v0, v109, s[26:27]
	v_cndmask_b32_e64 v109, v245, v109, s[28:29]
	v_cndmask_b32_e32 v106, v29, v106, vcc
	v_cmp_ne_u16_e32 vcc, 3, v107
	v_or_b32_e32 v109, v109, v168
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v187, v109, v108, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v106, v38, v106, vcc
	v_cmp_ne_u16_e32 vcc, 4, v107
	v_lshlrev_b16_e32 v108, 8, v191
	v_and_b32_e32 v108, 0xffff8000, v108
	v_cndmask_b32_e32 v106, v39, v106, vcc
	v_cmp_ne_u16_e32 vcc, 5, v107
	v_lshlrev_b16_sdwa v109, v246, v190 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v109, 0xffff8000, v109
	v_cndmask_b32_e32 v106, v244, v106, vcc
	v_cmp_ne_u16_e32 vcc, 6, v107
	v_lshlrev_b16_sdwa v168, v246, v190 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v168, 0xffff8000, v168
	v_cndmask_b32_e32 v106, v0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 7, v107
	v_lshlrev_b16_e32 v107, 8, v190
	v_and_b32_e32 v107, 0xffff8000, v107
	v_cndmask_b32_e32 v106, v245, v106, vcc
	v_or_b32_e32 v106, v106, v107
	v_and_b32_e32 v107, 0x7f, v191
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cmp_ne_u16_e64 s[0:1], 0, v107
	v_cmp_ne_u16_e64 s[2:3], 1, v107
	v_cmp_ne_u16_e64 s[4:5], 2, v107
	v_cmp_ne_u16_e64 s[8:9], 3, v107
	v_cmp_ne_u16_e64 s[10:11], 4, v107
	v_cmp_ne_u16_e64 s[24:25], 5, v107
	v_cmp_ne_u16_e64 s[26:27], 6, v107
	v_cmp_ne_u16_e64 s[28:29], 7, v107
	v_lshlrev_b16_e32 v107, 7, v191
	v_and_b32_e32 v107, 0x3f80, v107
	v_add_u16_e32 v107, 0x2000, v107
	v_cndmask_b32_e32 v107, v36, v107, vcc
	v_cndmask_b32_e64 v107, 0, v107, s[0:1]
	v_cndmask_b32_e64 v107, v28, v107, s[2:3]
	v_cndmask_b32_e64 v107, v29, v107, s[4:5]
	v_cndmask_b32_e64 v107, v38, v107, s[8:9]
	v_cndmask_b32_e64 v107, v39, v107, s[10:11]
	v_cndmask_b32_e64 v107, v244, v107, s[24:25]
	v_cndmask_b32_e64 v107, v0, v107, s[26:27]
	v_cndmask_b32_e64 v107, v245, v107, s[28:29]
	v_or_b32_e32 v107, v107, v108
	v_and_b32_sdwa v108, v190, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v108
	v_cmp_ne_u16_e64 s[0:1], 0, v108
	v_cmp_ne_u16_e64 s[2:3], 1, v108
	v_cmp_ne_u16_e64 s[4:5], 2, v108
	v_cmp_ne_u16_e64 s[8:9], 3, v108
	v_cmp_ne_u16_e64 s[10:11], 4, v108
	v_cmp_ne_u16_e64 s[24:25], 5, v108
	v_cmp_ne_u16_e64 s[26:27], 6, v108
	v_cmp_ne_u16_e64 s[28:29], 7, v108
	v_lshlrev_b16_sdwa v108, v247, v190 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v108, 0x3f80, v108
	v_add_u16_e32 v108, 0x2000, v108
	v_cndmask_b32_e32 v108, v36, v108, vcc
	v_cndmask_b32_e64 v108, 0, v108, s[0:1]
	v_cndmask_b32_e64 v108, v28, v108, s[2:3]
	v_cndmask_b32_e64 v108, v29, v108, s[4:5]
	v_cndmask_b32_e64 v108, v38, v108, s[8:9]
	v_cndmask_b32_e64 v108, v39, v108, s[10:11]
	v_cndmask_b32_e64 v108, v244, v108, s[24:25]
	v_cndmask_b32_e64 v108, v0, v108, s[26:27]
	v_cndmask_b32_e64 v108, v245, v108, s[28:29]
	v_or_b32_e32 v108, v108, v109
	v_and_b32_sdwa v109, v190, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v109
	v_cmp_ne_u16_e64 s[0:1], 0, v109
	v_cmp_ne_u16_e64 s[2:3], 1, v109
	v_cmp_ne_u16_e64 s[4:5], 2, v109
	v_cmp_ne_u16_e64 s[8:9], 3, v109
	v_cmp_ne_u16_e64 s[10:11], 4, v109
	v_cmp_ne_u16_e64 s[24:25], 5, v109
	v_cmp_ne_u16_e64 s[26:27], 6, v109
	v_cmp_ne_u16_e64 s[28:29], 7, v109
	v_lshlrev_b16_sdwa v109, v247, v190 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v109, 0x3f80, v109
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v190, v107, v106, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v106, 7, v194
	v_add_u16_e32 v109, 0x2000, v109
	v_and_b32_e32 v106, 0x3f80, v106
	v_and_b32_e32 v107, 0x7f, v194
	v_cndmask_b32_e32 v109, v36, v109, vcc
	v_add_u16_e32 v106, 0x2000, v106
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cndmask_b32_e64 v109, 0, v109, s[0:1]
	v_cndmask_b32_e64 v109, v28, v109, s[2:3]
	v_cndmask_b32_e32 v106, v36, v106, vcc
	v_cmp_ne_u16_e32 vcc, 0, v107
	v_cndmask_b32_e64 v109, v29, v109, s[4:5]
	v_cndmask_b32_e64 v109, v38, v109, s[8:9]
	v_cndmask_b32_e32 v106, 0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 1, v107
	v_cndmask_b32_e64 v109, v39, v109, s[10:11]
	v_cndmask_b32_e64 v109, v244, v109, s[24:25]
	v_cndmask_b32_e32 v106, v28, v106, vcc
	v_cmp_ne_u16_e32 vcc, 2, v107
	v_cndmask_b32_e64 v109, v0, v109, s[26:27]
	v_cndmask_b32_e64 v109, v245, v109, s[28:29]
	v_cndmask_b32_e32 v106, v29, v106, vcc
	v_cmp_ne_u16_e32 vcc, 3, v107
	v_or_b32_e32 v109, v109, v168
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v191, v109, v108, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v106, v38, v106, vcc
	v_cmp_ne_u16_e32 vcc, 4, v107
	v_lshlrev_b16_e32 v108, 8, v195
	v_and_b32_e32 v108, 0xffff8000, v108
	v_cndmask_b32_e32 v106, v39, v106, vcc
	v_cmp_ne_u16_e32 vcc, 5, v107
	v_lshlrev_b16_sdwa v109, v246, v194 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v109, 0xffff8000, v109
	v_cndmask_b32_e32 v106, v244, v106, vcc
	v_cmp_ne_u16_e32 vcc, 6, v107
	v_lshlrev_b16_sdwa v168, v246, v194 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v168, 0xffff8000, v168
	v_cndmask_b32_e32 v106, v0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 7, v107
	v_lshlrev_b16_e32 v107, 8, v194
	v_and_b32_e32 v107, 0xffff8000, v107
	v_cndmask_b32_e32 v106, v245, v106, vcc
	v_or_b32_e32 v106, v106, v107
	v_and_b32_e32 v107, 0x7f, v195
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cmp_ne_u16_e64 s[0:1], 0, v107
	v_cmp_ne_u16_e64 s[2:3], 1, v107
	v_cmp_ne_u16_e64 s[4:5], 2, v107
	v_cmp_ne_u16_e64 s[8:9], 3, v107
	v_cmp_ne_u16_e64 s[10:11], 4, v107
	v_cmp_ne_u16_e64 s[24:25], 5, v107
	v_cmp_ne_u16_e64 s[26:27], 6, v107
	v_cmp_ne_u16_e64 s[28:29], 7, v107
	v_lshlrev_b16_e32 v107, 7, v195
	v_and_b32_e32 v107, 0x3f80, v107
	v_add_u16_e32 v107, 0x2000, v107
	v_cndmask_b32_e32 v107, v36, v107, vcc
	v_cndmask_b32_e64 v107, 0, v107, s[0:1]
	v_cndmask_b32_e64 v107, v28, v107, s[2:3]
	v_cndmask_b32_e64 v107, v29, v107, s[4:5]
	v_cndmask_b32_e64 v107, v38, v107, s[8:9]
	v_cndmask_b32_e64 v107, v39, v107, s[10:11]
	v_cndmask_b32_e64 v107, v244, v107, s[24:25]
	v_cndmask_b32_e64 v107, v0, v107, s[26:27]
	v_cndmask_b32_e64 v107, v245, v107, s[28:29]
	v_or_b32_e32 v107, v107, v108
	v_and_b32_sdwa v108, v194, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v108
	v_cmp_ne_u16_e64 s[0:1], 0, v108
	v_cmp_ne_u16_e64 s[2:3], 1, v108
	v_cmp_ne_u16_e64 s[4:5], 2, v108
	v_cmp_ne_u16_e64 s[8:9], 3, v108
	v_cmp_ne_u16_e64 s[10:11], 4, v108
	v_cmp_ne_u16_e64 s[24:25], 5, v108
	v_cmp_ne_u16_e64 s[26:27], 6, v108
	v_cmp_ne_u16_e64 s[28:29], 7, v108
	v_lshlrev_b16_sdwa v108, v247, v194 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v108, 0x3f80, v108
	v_add_u16_e32 v108, 0x2000, v108
	v_cndmask_b32_e32 v108, v36, v108, vcc
	v_cndmask_b32_e64 v108, 0, v108, s[0:1]
	v_cndmask_b32_e64 v108, v28, v108, s[2:3]
	v_cndmask_b32_e64 v108, v29, v108, s[4:5]
	v_cndmask_b32_e64 v108, v38, v108, s[8:9]
	v_cndmask_b32_e64 v108, v39, v108, s[10:11]
	v_cndmask_b32_e64 v108, v244, v108, s[24:25]
	v_cndmask_b32_e64 v108, v0, v108, s[26:27]
	v_cndmask_b32_e64 v108, v245, v108, s[28:29]
	v_or_b32_e32 v108, v108, v109
	v_and_b32_sdwa v109, v194, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v109
	v_cmp_ne_u16_e64 s[0:1], 0, v109
	v_cmp_ne_u16_e64 s[2:3], 1, v109
	v_cmp_ne_u16_e64 s[4:5], 2, v109
	v_cmp_ne_u16_e64 s[8:9], 3, v109
	v_cmp_ne_u16_e64 s[10:11], 4, v109
	v_cmp_ne_u16_e64 s[24:25], 5, v109
	v_cmp_ne_u16_e64 s[26:27], 6, v109
	v_cmp_ne_u16_e64 s[28:29], 7, v109
	v_lshlrev_b16_sdwa v109, v247, v194 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v109, 0x3f80, v109
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v194, v107, v106, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v106, 7, v196
	v_add_u16_e32 v109, 0x2000, v109
	v_and_b32_e32 v106, 0x3f80, v106
	v_and_b32_e32 v107, 0x7f, v196
	v_cndmask_b32_e32 v109, v36, v109, vcc
	v_add_u16_e32 v106, 0x2000, v106
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cndmask_b32_e64 v109, 0, v109, s[0:1]
	v_cndmask_b32_e64 v109, v28, v109, s[2:3]
	v_cndmask_b32_e32 v106, v36, v106, vcc
	v_cmp_ne_u16_e32 vcc, 0, v107
	v_cndmask_b32_e64 v109, v29, v109, s[4:5]
	v_cndmask_b32_e64 v109, v38, v109, s[8:9]
	v_cndmask_b32_e32 v106, 0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 1, v107
	v_cndmask_b32_e64 v109, v39, v109, s[10:11]
	v_cndmask_b32_e64 v109, v244, v109, s[24:25]
	v_cndmask_b32_e32 v106, v28, v106, vcc
	v_cmp_ne_u16_e32 vcc, 2, v107
	v_cndmask_b32_e64 v109, v0, v109, s[26:27]
	v_cndmask_b32_e64 v109, v245, v109, s[28:29]
	v_cndmask_b32_e32 v106, v29, v106, vcc
	v_cmp_ne_u16_e32 vcc, 3, v107
	v_or_b32_e32 v109, v109, v168
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v195, v109, v108, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v106, v38, v106, vcc
	v_cmp_ne_u16_e32 vcc, 4, v107
	v_lshlrev_b16_e32 v108, 8, v197
	v_and_b32_e32 v108, 0xffff8000, v108
	v_cndmask_b32_e32 v106, v39, v106, vcc
	v_cmp_ne_u16_e32 vcc, 5, v107
	v_lshlrev_b16_sdwa v109, v246, v196 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v109, 0xffff8000, v109
	v_cndmask_b32_e32 v106, v244, v106, vcc
	v_cmp_ne_u16_e32 vcc, 6, v107
	v_lshlrev_b16_sdwa v168, v246, v196 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v168, 0xffff8000, v168
	v_cndmask_b32_e32 v106, v0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 7, v107
	v_lshlrev_b16_e32 v107, 8, v196
	v_and_b32_e32 v107, 0xffff8000, v107
	v_cndmask_b32_e32 v106, v245, v106, vcc
	v_or_b32_e32 v106, v106, v107
	v_and_b32_e32 v107, 0x7f, v197
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cmp_ne_u16_e64 s[0:1], 0, v107
	v_cmp_ne_u16_e64 s[2:3], 1, v107
	v_cmp_ne_u16_e64 s[4:5], 2, v107
	v_cmp_ne_u16_e64 s[8:9], 3, v107
	v_cmp_ne_u16_e64 s[10:11], 4, v107
	v_cmp_ne_u16_e64 s[24:25], 5, v107
	v_cmp_ne_u16_e64 s[26:27], 6, v107
	v_cmp_ne_u16_e64 s[28:29], 7, v107
	v_lshlrev_b16_e32 v107, 7, v197
	v_and_b32_e32 v107, 0x3f80, v107
	v_add_u16_e32 v107, 0x2000, v107
	v_cndmask_b32_e32 v107, v36, v107, vcc
	v_cndmask_b32_e64 v107, 0, v107, s[0:1]
	v_cndmask_b32_e64 v107, v28, v107, s[2:3]
	v_cndmask_b32_e64 v107, v29, v107, s[4:5]
	v_cndmask_b32_e64 v107, v38, v107, s[8:9]
	v_cndmask_b32_e64 v107, v39, v107, s[10:11]
	v_cndmask_b32_e64 v107, v244, v107, s[24:25]
	v_cndmask_b32_e64 v107, v0, v107, s[26:27]
	v_cndmask_b32_e64 v107, v245, v107, s[28:29]
	v_or_b32_e32 v107, v107, v108
	v_and_b32_sdwa v108, v196, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v108
	v_cmp_ne_u16_e64 s[0:1], 0, v108
	v_cmp_ne_u16_e64 s[2:3], 1, v108
	v_cmp_ne_u16_e64 s[4:5], 2, v108
	v_cmp_ne_u16_e64 s[8:9], 3, v108
	v_cmp_ne_u16_e64 s[10:11], 4, v108
	v_cmp_ne_u16_e64 s[24:25], 5, v108
	v_cmp_ne_u16_e64 s[26:27], 6, v108
	v_cmp_ne_u16_e64 s[28:29], 7, v108
	v_lshlrev_b16_sdwa v108, v247, v196 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v108, 0x3f80, v108
	v_add_u16_e32 v108, 0x2000, v108
	v_cndmask_b32_e32 v108, v36, v108, vcc
	v_cndmask_b32_e64 v108, 0, v108, s[0:1]
	v_cndmask_b32_e64 v108, v28, v108, s[2:3]
	v_cndmask_b32_e64 v108, v29, v108, s[4:5]
	v_cndmask_b32_e64 v108, v38, v108, s[8:9]
	v_cndmask_b32_e64 v108, v39, v108, s[10:11]
	v_cndmask_b32_e64 v108, v244, v108, s[24:25]
	v_cndmask_b32_e64 v108, v0, v108, s[26:27]
	v_cndmask_b32_e64 v108, v245, v108, s[28:29]
	v_or_b32_e32 v108, v108, v109
	v_and_b32_sdwa v109, v196, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v109
	v_cmp_ne_u16_e64 s[0:1], 0, v109
	v_cmp_ne_u16_e64 s[2:3], 1, v109
	v_cmp_ne_u16_e64 s[4:5], 2, v109
	v_cmp_ne_u16_e64 s[8:9], 3, v109
	v_cmp_ne_u16_e64 s[10:11], 4, v109
	v_cmp_ne_u16_e64 s[24:25], 5, v109
	v_cmp_ne_u16_e64 s[26:27], 6, v109
	v_cmp_ne_u16_e64 s[28:29], 7, v109
	v_lshlrev_b16_sdwa v109, v247, v196 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v109, 0x3f80, v109
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v196, v107, v106, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v106, 7, v200
	v_add_u16_e32 v109, 0x2000, v109
	v_and_b32_e32 v106, 0x3f80, v106
	v_and_b32_e32 v107, 0x7f, v200
	v_cndmask_b32_e32 v109, v36, v109, vcc
	v_add_u16_e32 v106, 0x2000, v106
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cndmask_b32_e64 v109, 0, v109, s[0:1]
	v_cndmask_b32_e64 v109, v28, v109, s[2:3]
	v_cndmask_b32_e32 v106, v36, v106, vcc
	v_cmp_ne_u16_e32 vcc, 0, v107
	v_cndmask_b32_e64 v109, v29, v109, s[4:5]
	v_cndmask_b32_e64 v109, v38, v109, s[8:9]
	v_cndmask_b32_e32 v106, 0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 1, v107
	v_cndmask_b32_e64 v109, v39, v109, s[10:11]
	v_cndmask_b32_e64 v109, v244, v109, s[24:25]
	v_cndmask_b32_e32 v106, v28, v106, vcc
	v_cmp_ne_u16_e32 vcc, 2, v107
	v_cndmask_b32_e64 v109, v0, v109, s[26:27]
	v_cndmask_b32_e64 v109, v245, v109, s[28:29]
	v_cndmask_b32_e32 v106, v29, v106, vcc
	v_cmp_ne_u16_e32 vcc, 3, v107
	v_or_b32_e32 v109, v109, v168
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v197, v109, v108, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v106, v38, v106, vcc
	v_cmp_ne_u16_e32 vcc, 4, v107
	v_lshlrev_b16_e32 v108, 8, v201
	v_and_b32_e32 v108, 0xffff8000, v108
	v_cndmask_b32_e32 v106, v39, v106, vcc
	v_cmp_ne_u16_e32 vcc, 5, v107
	v_lshlrev_b16_sdwa v109, v246, v200 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v109, 0xffff8000, v109
	v_cndmask_b32_e32 v106, v244, v106, vcc
	v_cmp_ne_u16_e32 vcc, 6, v107
	v_lshlrev_b16_sdwa v168, v246, v200 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v168, 0xffff8000, v168
	v_cndmask_b32_e32 v106, v0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 7, v107
	v_lshlrev_b16_e32 v107, 8, v200
	v_and_b32_e32 v107, 0xffff8000, v107
	v_cndmask_b32_e32 v106, v245, v106, vcc
	v_or_b32_e32 v106, v106, v107
	v_and_b32_e32 v107, 0x7f, v201
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cmp_ne_u16_e64 s[0:1], 0, v107
	v_cmp_ne_u16_e64 s[2:3], 1, v107
	v_cmp_ne_u16_e64 s[4:5], 2, v107
	v_cmp_ne_u16_e64 s[8:9], 3, v107
	v_cmp_ne_u16_e64 s[10:11], 4, v107
	v_cmp_ne_u16_e64 s[24:25], 5, v107
	v_cmp_ne_u16_e64 s[26:27], 6, v107
	v_cmp_ne_u16_e64 s[28:29], 7, v107
	v_lshlrev_b16_e32 v107, 7, v201
	v_and_b32_e32 v107, 0x3f80, v107
	v_add_u16_e32 v107, 0x2000, v107
	v_cndmask_b32_e32 v107, v36, v107, vcc
	v_cndmask_b32_e64 v107, 0, v107, s[0:1]
	v_cndmask_b32_e64 v107, v28, v107, s[2:3]
	v_cndmask_b32_e64 v107, v29, v107, s[4:5]
	v_cndmask_b32_e64 v107, v38, v107, s[8:9]
	v_cndmask_b32_e64 v107, v39, v107, s[10:11]
	v_cndmask_b32_e64 v107, v244, v107, s[24:25]
	v_cndmask_b32_e64 v107, v0, v107, s[26:27]
	v_cndmask_b32_e64 v107, v245, v107, s[28:29]
	v_or_b32_e32 v107, v107, v108
	v_and_b32_sdwa v108, v200, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v108
	v_cmp_ne_u16_e64 s[0:1], 0, v108
	v_cmp_ne_u16_e64 s[2:3], 1, v108
	v_cmp_ne_u16_e64 s[4:5], 2, v108
	v_cmp_ne_u16_e64 s[8:9], 3, v108
	v_cmp_ne_u16_e64 s[10:11], 4, v108
	v_cmp_ne_u16_e64 s[24:25], 5, v108
	v_cmp_ne_u16_e64 s[26:27], 6, v108
	v_cmp_ne_u16_e64 s[28:29], 7, v108
	v_lshlrev_b16_sdwa v108, v247, v200 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v108, 0x3f80, v108
	v_add_u16_e32 v108, 0x2000, v108
	v_cndmask_b32_e32 v108, v36, v108, vcc
	v_cndmask_b32_e64 v108, 0, v108, s[0:1]
	v_cndmask_b32_e64 v108, v28, v108, s[2:3]
	v_cndmask_b32_e64 v108, v29, v108, s[4:5]
	v_cndmask_b32_e64 v108, v38, v108, s[8:9]
	v_cndmask_b32_e64 v108, v39, v108, s[10:11]
	v_cndmask_b32_e64 v108, v244, v108, s[24:25]
	v_cndmask_b32_e64 v108, v0, v108, s[26:27]
	v_cndmask_b32_e64 v108, v245, v108, s[28:29]
	v_or_b32_e32 v108, v108, v109
	v_and_b32_sdwa v109, v200, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v109
	v_cmp_ne_u16_e64 s[0:1], 0, v109
	v_cmp_ne_u16_e64 s[2:3], 1, v109
	v_cmp_ne_u16_e64 s[4:5], 2, v109
	v_cmp_ne_u16_e64 s[8:9], 3, v109
	v_cmp_ne_u16_e64 s[10:11], 4, v109
	v_cmp_ne_u16_e64 s[24:25], 5, v109
	v_cmp_ne_u16_e64 s[26:27], 6, v109
	v_cmp_ne_u16_e64 s[28:29], 7, v109
	v_lshlrev_b16_sdwa v109, v247, v200 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v109, 0x3f80, v109
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v200, v107, v106, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v106, 7, v202
	v_add_u16_e32 v109, 0x2000, v109
	v_and_b32_e32 v106, 0x3f80, v106
	v_and_b32_e32 v107, 0x7f, v202
	v_cndmask_b32_e32 v109, v36, v109, vcc
	v_add_u16_e32 v106, 0x2000, v106
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cndmask_b32_e64 v109, 0, v109, s[0:1]
	v_cndmask_b32_e64 v109, v28, v109, s[2:3]
	v_cndmask_b32_e32 v106, v36, v106, vcc
	v_cmp_ne_u16_e32 vcc, 0, v107
	v_cndmask_b32_e64 v109, v29, v109, s[4:5]
	v_cndmask_b32_e64 v109, v38, v109, s[8:9]
	v_cndmask_b32_e32 v106, 0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 1, v107
	v_cndmask_b32_e64 v109, v39, v109, s[10:11]
	v_cndmask_b32_e64 v109, v244, v109, s[24:25]
	v_cndmask_b32_e32 v106, v28, v106, vcc
	v_cmp_ne_u16_e32 vcc, 2, v107
	v_cndmask_b32_e64 v109, v0, v109, s[26:27]
	v_cndmask_b32_e64 v109, v245, v109, s[28:29]
	v_cndmask_b32_e32 v106, v29, v106, vcc
	v_cmp_ne_u16_e32 vcc, 3, v107
	v_or_b32_e32 v109, v109, v168
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v201, v109, v108, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v106, v38, v106, vcc
	v_cmp_ne_u16_e32 vcc, 4, v107
	v_lshlrev_b16_e32 v108, 8, v203
	v_and_b32_e32 v108, 0xffff8000, v108
	v_cndmask_b32_e32 v106, v39, v106, vcc
	v_cmp_ne_u16_e32 vcc, 5, v107
	v_lshlrev_b16_sdwa v109, v246, v202 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v109, 0xffff8000, v109
	v_cndmask_b32_e32 v106, v244, v106, vcc
	v_cmp_ne_u16_e32 vcc, 6, v107
	v_lshlrev_b16_sdwa v168, v246, v202 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v168, 0xffff8000, v168
	v_cndmask_b32_e32 v106, v0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 7, v107
	v_lshlrev_b16_e32 v107, 8, v202
	v_and_b32_e32 v107, 0xffff8000, v107
	v_cndmask_b32_e32 v106, v245, v106, vcc
	v_or_b32_e32 v106, v106, v107
	v_and_b32_e32 v107, 0x7f, v203
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cmp_ne_u16_e64 s[0:1], 0, v107
	v_cmp_ne_u16_e64 s[2:3], 1, v107
	v_cmp_ne_u16_e64 s[4:5], 2, v107
	v_cmp_ne_u16_e64 s[8:9], 3, v107
	v_cmp_ne_u16_e64 s[10:11], 4, v107
	v_cmp_ne_u16_e64 s[24:25], 5, v107
	v_cmp_ne_u16_e64 s[26:27], 6, v107
	v_cmp_ne_u16_e64 s[28:29], 7, v107
	v_lshlrev_b16_e32 v107, 7, v203
	v_and_b32_e32 v107, 0x3f80, v107
	v_add_u16_e32 v107, 0x2000, v107
	v_cndmask_b32_e32 v107, v36, v107, vcc
	v_cndmask_b32_e64 v107, 0, v107, s[0:1]
	v_cndmask_b32_e64 v107, v28, v107, s[2:3]
	v_cndmask_b32_e64 v107, v29, v107, s[4:5]
	v_cndmask_b32_e64 v107, v38, v107, s[8:9]
	v_cndmask_b32_e64 v107, v39, v107, s[10:11]
	v_cndmask_b32_e64 v107, v244, v107, s[24:25]
	v_cndmask_b32_e64 v107, v0, v107, s[26:27]
	v_cndmask_b32_e64 v107, v245, v107, s[28:29]
	v_or_b32_e32 v107, v107, v108
	v_and_b32_sdwa v108, v202, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v108
	v_cmp_ne_u16_e64 s[0:1], 0, v108
	v_cmp_ne_u16_e64 s[2:3], 1, v108
	v_cmp_ne_u16_e64 s[4:5], 2, v108
	v_cmp_ne_u16_e64 s[8:9], 3, v108
	v_cmp_ne_u16_e64 s[10:11], 4, v108
	v_cmp_ne_u16_e64 s[24:25], 5, v108
	v_cmp_ne_u16_e64 s[26:27], 6, v108
	v_cmp_ne_u16_e64 s[28:29], 7, v108
	v_lshlrev_b16_sdwa v108, v247, v202 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v108, 0x3f80, v108
	v_add_u16_e32 v108, 0x2000, v108
	v_cndmask_b32_e32 v108, v36, v108, vcc
	v_cndmask_b32_e64 v108, 0, v108, s[0:1]
	v_cndmask_b32_e64 v108, v28, v108, s[2:3]
	v_cndmask_b32_e64 v108, v29, v108, s[4:5]
	v_cndmask_b32_e64 v108, v38, v108, s[8:9]
	v_cndmask_b32_e64 v108, v39, v108, s[10:11]
	v_cndmask_b32_e64 v108, v244, v108, s[24:25]
	v_cndmask_b32_e64 v108, v0, v108, s[26:27]
	v_cndmask_b32_e64 v108, v245, v108, s[28:29]
	v_or_b32_e32 v108, v108, v109
	v_and_b32_sdwa v109, v202, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v109
	v_cmp_ne_u16_e64 s[0:1], 0, v109
	v_cmp_ne_u16_e64 s[2:3], 1, v109
	v_cmp_ne_u16_e64 s[4:5], 2, v109
	v_cmp_ne_u16_e64 s[8:9], 3, v109
	v_cmp_ne_u16_e64 s[10:11], 4, v109
	v_cmp_ne_u16_e64 s[24:25], 5, v109
	v_cmp_ne_u16_e64 s[26:27], 6, v109
	v_cmp_ne_u16_e64 s[28:29], 7, v109
	v_lshlrev_b16_sdwa v109, v247, v202 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v109, 0x3f80, v109
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v202, v107, v106, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v106, 7, v206
	v_add_u16_e32 v109, 0x2000, v109
	v_and_b32_e32 v106, 0x3f80, v106
	v_and_b32_e32 v107, 0x7f, v206
	v_cndmask_b32_e32 v109, v36, v109, vcc
	v_add_u16_e32 v106, 0x2000, v106
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cndmask_b32_e64 v109, 0, v109, s[0:1]
	v_cndmask_b32_e64 v109, v28, v109, s[2:3]
	v_cndmask_b32_e32 v106, v36, v106, vcc
	v_cmp_ne_u16_e32 vcc, 0, v107
	v_cndmask_b32_e64 v109, v29, v109, s[4:5]
	v_cndmask_b32_e64 v109, v38, v109, s[8:9]
	v_cndmask_b32_e32 v106, 0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 1, v107
	v_cndmask_b32_e64 v109, v39, v109, s[10:11]
	v_cndmask_b32_e64 v109, v244, v109, s[24:25]
	v_cndmask_b32_e32 v106, v28, v106, vcc
	v_cmp_ne_u16_e32 vcc, 2, v107
	v_cndmask_b32_e64 v109, v0, v109, s[26:27]
	v_cndmask_b32_e64 v109, v245, v109, s[28:29]
	v_cndmask_b32_e32 v106, v29, v106, vcc
	v_cmp_ne_u16_e32 vcc, 3, v107
	v_or_b32_e32 v109, v109, v168
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v203, v109, v108, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v106, v38, v106, vcc
	v_cmp_ne_u16_e32 vcc, 4, v107
	v_lshlrev_b16_e32 v108, 8, v207
	v_and_b32_e32 v108, 0xffff8000, v108
	v_cndmask_b32_e32 v106, v39, v106, vcc
	v_cmp_ne_u16_e32 vcc, 5, v107
	v_lshlrev_b16_sdwa v109, v246, v206 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v109, 0xffff8000, v109
	v_cndmask_b32_e32 v106, v244, v106, vcc
	v_cmp_ne_u16_e32 vcc, 6, v107
	v_lshlrev_b16_sdwa v168, v246, v206 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v168, 0xffff8000, v168
	v_cndmask_b32_e32 v106, v0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 7, v107
	v_lshlrev_b16_e32 v107, 8, v206
	v_and_b32_e32 v107, 0xffff8000, v107
	v_cndmask_b32_e32 v106, v245, v106, vcc
	v_or_b32_e32 v106, v106, v107
	v_and_b32_e32 v107, 0x7f, v207
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cmp_ne_u16_e64 s[0:1], 0, v107
	v_cmp_ne_u16_e64 s[2:3], 1, v107
	v_cmp_ne_u16_e64 s[4:5], 2, v107
	v_cmp_ne_u16_e64 s[8:9], 3, v107
	v_cmp_ne_u16_e64 s[10:11], 4, v107
	v_cmp_ne_u16_e64 s[24:25], 5, v107
	v_cmp_ne_u16_e64 s[26:27], 6, v107
	v_cmp_ne_u16_e64 s[28:29], 7, v107
	v_lshlrev_b16_e32 v107, 7, v207
	v_and_b32_e32 v107, 0x3f80, v107
	v_add_u16_e32 v107, 0x2000, v107
	v_cndmask_b32_e32 v107, v36, v107, vcc
	v_cndmask_b32_e64 v107, 0, v107, s[0:1]
	v_cndmask_b32_e64 v107, v28, v107, s[2:3]
	v_cndmask_b32_e64 v107, v29, v107, s[4:5]
	v_cndmask_b32_e64 v107, v38, v107, s[8:9]
	v_cndmask_b32_e64 v107, v39, v107, s[10:11]
	v_cndmask_b32_e64 v107, v244, v107, s[24:25]
	v_cndmask_b32_e64 v107, v0, v107, s[26:27]
	v_cndmask_b32_e64 v107, v245, v107, s[28:29]
	v_or_b32_e32 v107, v107, v108
	v_and_b32_sdwa v108, v206, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v108
	v_cmp_ne_u16_e64 s[0:1], 0, v108
	v_cmp_ne_u16_e64 s[2:3], 1, v108
	v_cmp_ne_u16_e64 s[4:5], 2, v108
	v_cmp_ne_u16_e64 s[8:9], 3, v108
	v_cmp_ne_u16_e64 s[10:11], 4, v108
	v_cmp_ne_u16_e64 s[24:25], 5, v108
	v_cmp_ne_u16_e64 s[26:27], 6, v108
	v_cmp_ne_u16_e64 s[28:29], 7, v108
	v_lshlrev_b16_sdwa v108, v247, v206 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v108, 0x3f80, v108
	v_add_u16_e32 v108, 0x2000, v108
	v_cndmask_b32_e32 v108, v36, v108, vcc
	v_cndmask_b32_e64 v108, 0, v108, s[0:1]
	v_cndmask_b32_e64 v108, v28, v108, s[2:3]
	v_cndmask_b32_e64 v108, v29, v108, s[4:5]
	v_cndmask_b32_e64 v108, v38, v108, s[8:9]
	v_cndmask_b32_e64 v108, v39, v108, s[10:11]
	v_cndmask_b32_e64 v108, v244, v108, s[24:25]
	v_cndmask_b32_e64 v108, v0, v108, s[26:27]
	v_cndmask_b32_e64 v108, v245, v108, s[28:29]
	v_or_b32_e32 v108, v108, v109
	v_and_b32_sdwa v109, v206, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v109
	v_cmp_ne_u16_e64 s[0:1], 0, v109
	v_cmp_ne_u16_e64 s[2:3], 1, v109
	v_cmp_ne_u16_e64 s[4:5], 2, v109
	v_cmp_ne_u16_e64 s[8:9], 3, v109
	v_cmp_ne_u16_e64 s[10:11], 4, v109
	v_cmp_ne_u16_e64 s[24:25], 5, v109
	v_cmp_ne_u16_e64 s[26:27], 6, v109
	v_cmp_ne_u16_e64 s[28:29], 7, v109
	v_lshlrev_b16_sdwa v109, v247, v206 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v109, 0x3f80, v109
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v206, v107, v106, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v106, 7, v208
	v_add_u16_e32 v109, 0x2000, v109
	v_and_b32_e32 v106, 0x3f80, v106
	v_and_b32_e32 v107, 0x7f, v208
	v_cndmask_b32_e32 v109, v36, v109, vcc
	v_add_u16_e32 v106, 0x2000, v106
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cndmask_b32_e64 v109, 0, v109, s[0:1]
	v_cndmask_b32_e64 v109, v28, v109, s[2:3]
	v_cndmask_b32_e32 v106, v36, v106, vcc
	v_cmp_ne_u16_e32 vcc, 0, v107
	v_cndmask_b32_e64 v109, v29, v109, s[4:5]
	v_cndmask_b32_e64 v109, v38, v109, s[8:9]
	v_cndmask_b32_e32 v106, 0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 1, v107
	v_cndmask_b32_e64 v109, v39, v109, s[10:11]
	v_cndmask_b32_e64 v109, v244, v109, s[24:25]
	v_cndmask_b32_e32 v106, v28, v106, vcc
	v_cmp_ne_u16_e32 vcc, 2, v107
	v_cndmask_b32_e64 v109, v0, v109, s[26:27]
	v_cndmask_b32_e64 v109, v245, v109, s[28:29]
	v_cndmask_b32_e32 v106, v29, v106, vcc
	v_cmp_ne_u16_e32 vcc, 3, v107
	v_or_b32_e32 v109, v109, v168
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v207, v109, v108, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v106, v38, v106, vcc
	v_cmp_ne_u16_e32 vcc, 4, v107
	v_lshlrev_b16_e32 v108, 8, v209
	v_and_b32_e32 v108, 0xffff8000, v108
	v_cndmask_b32_e32 v106, v39, v106, vcc
	v_cmp_ne_u16_e32 vcc, 5, v107
	v_lshlrev_b16_sdwa v109, v246, v208 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v109, 0xffff8000, v109
	v_cndmask_b32_e32 v106, v244, v106, vcc
	v_cmp_ne_u16_e32 vcc, 6, v107
	v_lshlrev_b16_sdwa v168, v246, v208 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v168, 0xffff8000, v168
	v_cndmask_b32_e32 v106, v0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 7, v107
	v_lshlrev_b16_e32 v107, 8, v208
	v_and_b32_e32 v107, 0xffff8000, v107
	v_cndmask_b32_e32 v106, v245, v106, vcc
	v_or_b32_e32 v106, v106, v107
	v_and_b32_e32 v107, 0x7f, v209
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cmp_ne_u16_e64 s[0:1], 0, v107
	v_cmp_ne_u16_e64 s[2:3], 1, v107
	v_cmp_ne_u16_e64 s[4:5], 2, v107
	v_cmp_ne_u16_e64 s[8:9], 3, v107
	v_cmp_ne_u16_e64 s[10:11], 4, v107
	v_cmp_ne_u16_e64 s[24:25], 5, v107
	v_cmp_ne_u16_e64 s[26:27], 6, v107
	v_cmp_ne_u16_e64 s[28:29], 7, v107
	v_lshlrev_b16_e32 v107, 7, v209
	v_and_b32_e32 v107, 0x3f80, v107
	v_add_u16_e32 v107, 0x2000, v107
	v_cndmask_b32_e32 v107, v36, v107, vcc
	v_cndmask_b32_e64 v107, 0, v107, s[0:1]
	v_cndmask_b32_e64 v107, v28, v107, s[2:3]
	v_cndmask_b32_e64 v107, v29, v107, s[4:5]
	v_cndmask_b32_e64 v107, v38, v107, s[8:9]
	v_cndmask_b32_e64 v107, v39, v107, s[10:11]
	v_cndmask_b32_e64 v107, v244, v107, s[24:25]
	v_cndmask_b32_e64 v107, v0, v107, s[26:27]
	v_cndmask_b32_e64 v107, v245, v107, s[28:29]
	v_or_b32_e32 v107, v107, v108
	v_and_b32_sdwa v108, v208, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v108
	v_cmp_ne_u16_e64 s[0:1], 0, v108
	v_cmp_ne_u16_e64 s[2:3], 1, v108
	v_cmp_ne_u16_e64 s[4:5], 2, v108
	v_cmp_ne_u16_e64 s[8:9], 3, v108
	v_cmp_ne_u16_e64 s[10:11], 4, v108
	v_cmp_ne_u16_e64 s[24:25], 5, v108
	v_cmp_ne_u16_e64 s[26:27], 6, v108
	v_cmp_ne_u16_e64 s[28:29], 7, v108
	v_lshlrev_b16_sdwa v108, v247, v208 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v108, 0x3f80, v108
	v_add_u16_e32 v108, 0x2000, v108
	v_cndmask_b32_e32 v108, v36, v108, vcc
	v_cndmask_b32_e64 v108, 0, v108, s[0:1]
	v_cndmask_b32_e64 v108, v28, v108, s[2:3]
	v_cndmask_b32_e64 v108, v29, v108, s[4:5]
	v_cndmask_b32_e64 v108, v38, v108, s[8:9]
	v_cndmask_b32_e64 v108, v39, v108, s[10:11]
	v_cndmask_b32_e64 v108, v244, v108, s[24:25]
	v_cndmask_b32_e64 v108, v0, v108, s[26:27]
	v_cndmask_b32_e64 v108, v245, v108, s[28:29]
	v_or_b32_e32 v108, v108, v109
	v_and_b32_sdwa v109, v208, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v109
	v_cmp_ne_u16_e64 s[0:1], 0, v109
	v_cmp_ne_u16_e64 s[2:3], 1, v109
	v_cmp_ne_u16_e64 s[4:5], 2, v109
	v_cmp_ne_u16_e64 s[8:9], 3, v109
	v_cmp_ne_u16_e64 s[10:11], 4, v109
	v_cmp_ne_u16_e64 s[24:25], 5, v109
	v_cmp_ne_u16_e64 s[26:27], 6, v109
	v_cmp_ne_u16_e64 s[28:29], 7, v109
	v_lshlrev_b16_sdwa v109, v247, v208 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v109, 0x3f80, v109
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v208, v107, v106, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v106, 7, v212
	v_add_u16_e32 v109, 0x2000, v109
	v_and_b32_e32 v106, 0x3f80, v106
	v_and_b32_e32 v107, 0x7f, v212
	v_cndmask_b32_e32 v109, v36, v109, vcc
	v_add_u16_e32 v106, 0x2000, v106
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cndmask_b32_e64 v109, 0, v109, s[0:1]
	v_cndmask_b32_e64 v109, v28, v109, s[2:3]
	v_cndmask_b32_e32 v106, v36, v106, vcc
	v_cmp_ne_u16_e32 vcc, 0, v107
	v_cndmask_b32_e64 v109, v29, v109, s[4:5]
	v_cndmask_b32_e64 v109, v38, v109, s[8:9]
	v_cndmask_b32_e32 v106, 0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 1, v107
	v_cndmask_b32_e64 v109, v39, v109, s[10:11]
	v_cndmask_b32_e64 v109, v244, v109, s[24:25]
	v_cndmask_b32_e32 v106, v28, v106, vcc
	v_cmp_ne_u16_e32 vcc, 2, v107
	v_cndmask_b32_e64 v109, v0, v109, s[26:27]
	v_cndmask_b32_e64 v109, v245, v109, s[28:29]
	v_cndmask_b32_e32 v106, v29, v106, vcc
	v_cmp_ne_u16_e32 vcc, 3, v107
	v_or_b32_e32 v109, v109, v168
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v209, v109, v108, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v106, v38, v106, vcc
	v_cmp_ne_u16_e32 vcc, 4, v107
	v_lshlrev_b16_e32 v108, 8, v213
	v_and_b32_e32 v108, 0xffff8000, v108
	v_cndmask_b32_e32 v106, v39, v106, vcc
	v_cmp_ne_u16_e32 vcc, 5, v107
	v_lshlrev_b16_sdwa v109, v246, v212 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v109, 0xffff8000, v109
	v_cndmask_b32_e32 v106, v244, v106, vcc
	v_cmp_ne_u16_e32 vcc, 6, v107
	v_lshlrev_b16_sdwa v168, v246, v212 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v168, 0xffff8000, v168
	v_cndmask_b32_e32 v106, v0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 7, v107
	v_lshlrev_b16_e32 v107, 8, v212
	v_and_b32_e32 v107, 0xffff8000, v107
	v_cndmask_b32_e32 v106, v245, v106, vcc
	v_or_b32_e32 v106, v106, v107
	v_and_b32_e32 v107, 0x7f, v213
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cmp_ne_u16_e64 s[0:1], 0, v107
	v_cmp_ne_u16_e64 s[2:3], 1, v107
	v_cmp_ne_u16_e64 s[4:5], 2, v107
	v_cmp_ne_u16_e64 s[8:9], 3, v107
	v_cmp_ne_u16_e64 s[10:11], 4, v107
	v_cmp_ne_u16_e64 s[24:25], 5, v107
	v_cmp_ne_u16_e64 s[26:27], 6, v107
	v_cmp_ne_u16_e64 s[28:29], 7, v107
	v_lshlrev_b16_e32 v107, 7, v213
	v_and_b32_e32 v107, 0x3f80, v107
	v_add_u16_e32 v107, 0x2000, v107
	v_cndmask_b32_e32 v107, v36, v107, vcc
	v_cndmask_b32_e64 v107, 0, v107, s[0:1]
	v_cndmask_b32_e64 v107, v28, v107, s[2:3]
	v_cndmask_b32_e64 v107, v29, v107, s[4:5]
	v_cndmask_b32_e64 v107, v38, v107, s[8:9]
	v_cndmask_b32_e64 v107, v39, v107, s[10:11]
	v_cndmask_b32_e64 v107, v244, v107, s[24:25]
	v_cndmask_b32_e64 v107, v0, v107, s[26:27]
	v_cndmask_b32_e64 v107, v245, v107, s[28:29]
	v_or_b32_e32 v107, v107, v108
	v_and_b32_sdwa v108, v212, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v108
	v_cmp_ne_u16_e64 s[0:1], 0, v108
	v_cmp_ne_u16_e64 s[2:3], 1, v108
	v_cmp_ne_u16_e64 s[4:5], 2, v108
	v_cmp_ne_u16_e64 s[8:9], 3, v108
	v_cmp_ne_u16_e64 s[10:11], 4, v108
	v_cmp_ne_u16_e64 s[24:25], 5, v108
	v_cmp_ne_u16_e64 s[26:27], 6, v108
	v_cmp_ne_u16_e64 s[28:29], 7, v108
	v_lshlrev_b16_sdwa v108, v247, v212 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v108, 0x3f80, v108
	v_add_u16_e32 v108, 0x2000, v108
	v_cndmask_b32_e32 v108, v36, v108, vcc
	v_cndmask_b32_e64 v108, 0, v108, s[0:1]
	v_cndmask_b32_e64 v108, v28, v108, s[2:3]
	v_cndmask_b32_e64 v108, v29, v108, s[4:5]
	v_cndmask_b32_e64 v108, v38, v108, s[8:9]
	v_cndmask_b32_e64 v108, v39, v108, s[10:11]
	v_cndmask_b32_e64 v108, v244, v108, s[24:25]
	v_cndmask_b32_e64 v108, v0, v108, s[26:27]
	v_cndmask_b32_e64 v108, v245, v108, s[28:29]
	v_or_b32_e32 v108, v108, v109
	v_and_b32_sdwa v109, v212, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v109
	v_cmp_ne_u16_e64 s[0:1], 0, v109
	v_cmp_ne_u16_e64 s[2:3], 1, v109
	v_cmp_ne_u16_e64 s[4:5], 2, v109
	v_cmp_ne_u16_e64 s[8:9], 3, v109
	v_cmp_ne_u16_e64 s[10:11], 4, v109
	v_cmp_ne_u16_e64 s[24:25], 5, v109
	v_cmp_ne_u16_e64 s[26:27], 6, v109
	v_cmp_ne_u16_e64 s[28:29], 7, v109
	v_lshlrev_b16_sdwa v109, v247, v212 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v109, 0x3f80, v109
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v212, v107, v106, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v106, 7, v214
	v_add_u16_e32 v109, 0x2000, v109
	v_and_b32_e32 v106, 0x3f80, v106
	v_and_b32_e32 v107, 0x7f, v214
	v_cndmask_b32_e32 v109, v36, v109, vcc
	v_add_u16_e32 v106, 0x2000, v106
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cndmask_b32_e64 v109, 0, v109, s[0:1]
	v_cndmask_b32_e64 v109, v28, v109, s[2:3]
	v_cndmask_b32_e32 v106, v36, v106, vcc
	v_cmp_ne_u16_e32 vcc, 0, v107
	v_cndmask_b32_e64 v109, v29, v109, s[4:5]
	v_cndmask_b32_e64 v109, v38, v109, s[8:9]
	v_cndmask_b32_e32 v106, 0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 1, v107
	v_cndmask_b32_e64 v109, v39, v109, s[10:11]
	v_cndmask_b32_e64 v109, v244, v109, s[24:25]
	v_cndmask_b32_e32 v106, v28, v106, vcc
	v_cmp_ne_u16_e32 vcc, 2, v107
	v_cndmask_b32_e64 v109, v0, v109, s[26:27]
	v_cndmask_b32_e64 v109, v245, v109, s[28:29]
	v_cndmask_b32_e32 v106, v29, v106, vcc
	v_cmp_ne_u16_e32 vcc, 3, v107
	v_or_b32_e32 v109, v109, v168
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v213, v109, v108, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v106, v38, v106, vcc
	v_cmp_ne_u16_e32 vcc, 4, v107
	v_lshlrev_b16_e32 v108, 8, v215
	v_and_b32_e32 v108, 0xffff8000, v108
	v_cndmask_b32_e32 v106, v39, v106, vcc
	v_cmp_ne_u16_e32 vcc, 5, v107
	v_lshlrev_b16_sdwa v109, v246, v214 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v109, 0xffff8000, v109
	v_cndmask_b32_e32 v106, v244, v106, vcc
	v_cmp_ne_u16_e32 vcc, 6, v107
	v_lshlrev_b16_sdwa v168, v246, v214 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v168, 0xffff8000, v168
	v_cndmask_b32_e32 v106, v0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 7, v107
	v_lshlrev_b16_e32 v107, 8, v214
	v_and_b32_e32 v107, 0xffff8000, v107
	v_cndmask_b32_e32 v106, v245, v106, vcc
	v_or_b32_e32 v106, v106, v107
	v_and_b32_e32 v107, 0x7f, v215
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cmp_ne_u16_e64 s[0:1], 0, v107
	v_cmp_ne_u16_e64 s[2:3], 1, v107
	v_cmp_ne_u16_e64 s[4:5], 2, v107
	v_cmp_ne_u16_e64 s[8:9], 3, v107
	v_cmp_ne_u16_e64 s[10:11], 4, v107
	v_cmp_ne_u16_e64 s[24:25], 5, v107
	v_cmp_ne_u16_e64 s[26:27], 6, v107
	v_cmp_ne_u16_e64 s[28:29], 7, v107
	v_lshlrev_b16_e32 v107, 7, v215
	v_and_b32_e32 v107, 0x3f80, v107
	v_add_u16_e32 v107, 0x2000, v107
	v_cndmask_b32_e32 v107, v36, v107, vcc
	v_cndmask_b32_e64 v107, 0, v107, s[0:1]
	v_cndmask_b32_e64 v107, v28, v107, s[2:3]
	v_cndmask_b32_e64 v107, v29, v107, s[4:5]
	v_cndmask_b32_e64 v107, v38, v107, s[8:9]
	v_cndmask_b32_e64 v107, v39, v107, s[10:11]
	v_cndmask_b32_e64 v107, v244, v107, s[24:25]
	v_cndmask_b32_e64 v107, v0, v107, s[26:27]
	v_cndmask_b32_e64 v107, v245, v107, s[28:29]
	v_or_b32_e32 v107, v107, v108
	v_and_b32_sdwa v108, v214, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v108
	v_cmp_ne_u16_e64 s[0:1], 0, v108
	v_cmp_ne_u16_e64 s[2:3], 1, v108
	v_cmp_ne_u16_e64 s[4:5], 2, v108
	v_cmp_ne_u16_e64 s[8:9], 3, v108
	v_cmp_ne_u16_e64 s[10:11], 4, v108
	v_cmp_ne_u16_e64 s[24:25], 5, v108
	v_cmp_ne_u16_e64 s[26:27], 6, v108
	v_cmp_ne_u16_e64 s[28:29], 7, v108
	v_lshlrev_b16_sdwa v108, v247, v214 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v108, 0x3f80, v108
	v_add_u16_e32 v108, 0x2000, v108
	v_cndmask_b32_e32 v108, v36, v108, vcc
	v_cndmask_b32_e64 v108, 0, v108, s[0:1]
	v_cndmask_b32_e64 v108, v28, v108, s[2:3]
	v_cndmask_b32_e64 v108, v29, v108, s[4:5]
	v_cndmask_b32_e64 v108, v38, v108, s[8:9]
	v_cndmask_b32_e64 v108, v39, v108, s[10:11]
	v_cndmask_b32_e64 v108, v244, v108, s[24:25]
	v_cndmask_b32_e64 v108, v0, v108, s[26:27]
	v_cndmask_b32_e64 v108, v245, v108, s[28:29]
	v_or_b32_e32 v108, v108, v109
	v_and_b32_sdwa v109, v214, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v109
	v_cmp_ne_u16_e64 s[0:1], 0, v109
	v_cmp_ne_u16_e64 s[2:3], 1, v109
	v_cmp_ne_u16_e64 s[4:5], 2, v109
	v_cmp_ne_u16_e64 s[8:9], 3, v109
	v_cmp_ne_u16_e64 s[10:11], 4, v109
	v_cmp_ne_u16_e64 s[24:25], 5, v109
	v_cmp_ne_u16_e64 s[26:27], 6, v109
	v_cmp_ne_u16_e64 s[28:29], 7, v109
	v_lshlrev_b16_sdwa v109, v247, v214 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v109, 0x3f80, v109
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v214, v107, v106, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v106, 7, v121
	v_add_u16_e32 v109, 0x2000, v109
	v_and_b32_e32 v106, 0x3f80, v106
	v_and_b32_e32 v107, 0x7f, v121
	v_cndmask_b32_e32 v109, v36, v109, vcc
	v_add_u16_e32 v106, 0x2000, v106
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cndmask_b32_e64 v109, 0, v109, s[0:1]
	v_cndmask_b32_e64 v109, v28, v109, s[2:3]
	v_cndmask_b32_e32 v106, v36, v106, vcc
	v_cmp_ne_u16_e32 vcc, 0, v107
	v_cndmask_b32_e64 v109, v29, v109, s[4:5]
	v_cndmask_b32_e64 v109, v38, v109, s[8:9]
	v_cndmask_b32_e32 v106, 0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 1, v107
	v_cndmask_b32_e64 v109, v39, v109, s[10:11]
	v_cndmask_b32_e64 v109, v244, v109, s[24:25]
	v_cndmask_b32_e32 v106, v28, v106, vcc
	v_cmp_ne_u16_e32 vcc, 2, v107
	v_cndmask_b32_e64 v109, v0, v109, s[26:27]
	v_cndmask_b32_e64 v109, v245, v109, s[28:29]
	v_cndmask_b32_e32 v106, v29, v106, vcc
	v_cmp_ne_u16_e32 vcc, 3, v107
	v_or_b32_e32 v109, v109, v168
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v215, v109, v108, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v106, v38, v106, vcc
	v_cmp_ne_u16_e32 vcc, 4, v107
	v_lshlrev_b16_e32 v108, 8, v218
	v_and_b32_e32 v108, 0xffff8000, v108
	v_cndmask_b32_e32 v106, v39, v106, vcc
	v_cmp_ne_u16_e32 vcc, 5, v107
	v_lshlrev_b16_sdwa v109, v246, v121 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v109, 0xffff8000, v109
	v_cndmask_b32_e32 v106, v244, v106, vcc
	v_cmp_ne_u16_e32 vcc, 6, v107
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v168, v247, v173 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v168, 0x3f80, v168
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v106, v0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 7, v107
	v_lshlrev_b16_e32 v107, 8, v121
	v_and_b32_e32 v107, 0xffff8000, v107
	v_cndmask_b32_e32 v106, v245, v106, vcc
	v_or_b32_e32 v106, v106, v107
	v_and_b32_e32 v107, 0x7f, v218
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cmp_ne_u16_e64 s[0:1], 0, v107
	v_cmp_ne_u16_e64 s[2:3], 1, v107
	v_cmp_ne_u16_e64 s[4:5], 2, v107
	v_cmp_ne_u16_e64 s[8:9], 3, v107
	v_cmp_ne_u16_e64 s[10:11], 4, v107
	v_cmp_ne_u16_e64 s[24:25], 5, v107
	v_cmp_ne_u16_e64 s[26:27], 6, v107
	v_cmp_ne_u16_e64 s[28:29], 7, v107
	v_lshlrev_b16_e32 v107, 7, v218
	v_and_b32_e32 v107, 0x3f80, v107
	v_add_u16_e32 v107, 0x2000, v107
	v_cndmask_b32_e32 v107, v36, v107, vcc
	v_cndmask_b32_e64 v107, 0, v107, s[0:1]
	v_cndmask_b32_e64 v107, v28, v107, s[2:3]
	v_cndmask_b32_e64 v107, v29, v107, s[4:5]
	v_cndmask_b32_e64 v107, v38, v107, s[8:9]
	v_cndmask_b32_e64 v107, v39, v107, s[10:11]
	v_cndmask_b32_e64 v107, v244, v107, s[24:25]
	v_cndmask_b32_e64 v107, v0, v107, s[26:27]
	v_cndmask_b32_e64 v107, v245, v107, s[28:29]
	v_or_b32_e32 v107, v107, v108
	v_and_b32_sdwa v108, v121, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v108
	v_cmp_ne_u16_e64 s[0:1], 0, v108
	v_cmp_ne_u16_e64 s[2:3], 1, v108
	v_cmp_ne_u16_e64 s[4:5], 2, v108
	v_cmp_ne_u16_e64 s[8:9], 3, v108
	v_cmp_ne_u16_e64 s[10:11], 4, v108
	v_cmp_ne_u16_e64 s[24:25], 5, v108
	v_cmp_ne_u16_e64 s[26:27], 6, v108
	v_cmp_ne_u16_e64 s[28:29], 7, v108
	v_lshlrev_b16_sdwa v108, v247, v121 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v108, 0x3f80, v108
	v_add_u16_e32 v108, 0x2000, v108
	v_cndmask_b32_e32 v108, v36, v108, vcc
	v_cndmask_b32_e64 v108, 0, v108, s[0:1]
	v_cndmask_b32_e64 v108, v28, v108, s[2:3]
	v_cndmask_b32_e64 v108, v29, v108, s[4:5]
	v_cndmask_b32_e64 v108, v38, v108, s[8:9]
	v_cndmask_b32_e64 v108, v39, v108, s[10:11]
	v_cndmask_b32_e64 v108, v244, v108, s[24:25]
	v_cndmask_b32_e64 v108, v0, v108, s[26:27]
	v_cndmask_b32_e64 v108, v245, v108, s[28:29]
	v_or_b32_e32 v108, v108, v109
	v_and_b32_sdwa v109, v121, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v109
	v_cmp_ne_u16_e64 s[0:1], 0, v109
	v_cmp_ne_u16_e64 s[2:3], 1, v109
	v_cmp_ne_u16_e64 s[4:5], 2, v109
	v_cmp_ne_u16_e64 s[8:9], 3, v109
	v_cmp_ne_u16_e64 s[10:11], 4, v109
	v_cmp_ne_u16_e64 s[24:25], 5, v109
	v_cmp_ne_u16_e64 s[26:27], 6, v109
	v_cmp_ne_u16_e64 s[28:29], 7, v109
	v_lshlrev_b16_sdwa v109, v247, v121 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v109, 0x3f80, v109
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v218, v107, v106, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_e32 v106, 7, v124
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_add_u16_e32 v109, 0x2000, v109
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_e32 v106, 0x3f80, v106
	v_and_b32_e32 v107, 0x7f, v124
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v109, v36, v109, vcc
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u16_e32 v106, 0x2000, v106
	v_cmp_ne_u16_e32 vcc, s36, v107
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e64 v109, 0, v109, s[0:1]
	v_cndmask_b32_e64 v109, v28, v109, s[2:3]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, v36, v106, vcc
	v_cmp_ne_u16_e32 vcc, 0, v107
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e64 v109, v29, v109, s[4:5]
	v_cndmask_b32_e64 v109, v38, v109, s[8:9]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, 0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 1, v107
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e64 v109, v39, v109, s[10:11]
	v_cndmask_b32_e64 v109, v244, v109, s[24:25]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, v28, v106, vcc
	v_cmp_ne_u16_e32 vcc, 2, v107
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e64 v109, v0, v109, s[26:27]
	v_cndmask_b32_e64 v109, v245, v109, s[28:29]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, v29, v106, vcc
	v_cmp_ne_u16_e32 vcc, 3, v107
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_sdwa v121, v246, v121 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v121, 0xffff8000, v121
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, v38, v106, vcc
	v_cmp_ne_u16_e32 vcc, 4, v107
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_or_b32_e32 v109, v109, v121
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v219, v109, v108, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, v39, v106, vcc
	v_cmp_ne_u16_e32 vcc, 5, v107
	v_lshlrev_b16_e32 v108, 8, v120
	v_and_b32_e32 v108, 0xffff8000, v108
	v_cndmask_b32_e32 v106, v244, v106, vcc
	v_cmp_ne_u16_e32 vcc, 6, v107
	v_lshlrev_b16_sdwa v109, v246, v124 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v109, 0xffff8000, v109
	v_cndmask_b32_e32 v106, v0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 7, v107
	v_lshlrev_b16_e32 v107, 8, v124
	v_and_b32_e32 v107, 0xffff8000, v107
	v_cndmask_b32_e32 v106, v245, v106, vcc
	v_or_b32_e32 v106, v106, v107
	v_and_b32_e32 v107, 0x7f, v120
	v_cmp_ne_u16_e32 vcc, s36, v107
	v_cmp_ne_u16_e64 s[0:1], 0, v107
	v_cmp_ne_u16_e64 s[2:3], 1, v107
	v_cmp_ne_u16_e64 s[4:5], 2, v107
	v_cmp_ne_u16_e64 s[8:9], 3, v107
	v_cmp_ne_u16_e64 s[10:11], 4, v107
	v_cmp_ne_u16_e64 s[24:25], 5, v107
	v_cmp_ne_u16_e64 s[26:27], 6, v107
	v_cmp_ne_u16_e64 s[28:29], 7, v107
	v_lshlrev_b16_e32 v107, 7, v120
	v_and_b32_e32 v107, 0x3f80, v107
	v_add_u16_e32 v107, 0x2000, v107
	v_cndmask_b32_e32 v107, v36, v107, vcc
	v_cndmask_b32_e64 v107, 0, v107, s[0:1]
	v_cndmask_b32_e64 v107, v28, v107, s[2:3]
	v_cndmask_b32_e64 v107, v29, v107, s[4:5]
	v_cndmask_b32_e64 v107, v38, v107, s[8:9]
	v_cndmask_b32_e64 v107, v39, v107, s[10:11]
	v_cndmask_b32_e64 v107, v244, v107, s[24:25]
	v_cndmask_b32_e64 v107, v0, v107, s[26:27]
	v_cndmask_b32_e64 v107, v245, v107, s[28:29]
	v_or_b32_e32 v107, v107, v108
	v_and_b32_sdwa v108, v124, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v108
	v_cmp_ne_u16_e64 s[0:1], 0, v108
	v_cmp_ne_u16_e64 s[2:3], 1, v108
	v_cmp_ne_u16_e64 s[4:5], 2, v108
	v_cmp_ne_u16_e64 s[8:9], 3, v108
	v_cmp_ne_u16_e64 s[10:11], 4, v108
	v_cmp_ne_u16_e64 s[24:25], 5, v108
	v_cmp_ne_u16_e64 s[26:27], 6, v108
	v_cmp_ne_u16_e64 s[28:29], 7, v108
	v_lshlrev_b16_sdwa v108, v247, v124 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v108, 0x3f80, v108
	v_add_u16_e32 v108, 0x2000, v108
	v_cndmask_b32_e32 v108, v36, v108, vcc
	v_cndmask_b32_e64 v108, 0, v108, s[0:1]
	v_cndmask_b32_e64 v108, v28, v108, s[2:3]
	v_cndmask_b32_e64 v108, v29, v108, s[4:5]
	v_cndmask_b32_e64 v108, v38, v108, s[8:9]
	v_cndmask_b32_e64 v108, v39, v108, s[10:11]
	v_cndmask_b32_e64 v108, v244, v108, s[24:25]
	v_cndmask_b32_e64 v108, v0, v108, s[26:27]
	v_cndmask_b32_e64 v108, v245, v108, s[28:29]
	v_or_b32_e32 v108, v108, v109
	v_lshlrev_b16_sdwa v109, v247, v124 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v109, 0x3f80, v109
	v_and_b32_sdwa v120, v124, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v109, 0x2000, v109
	v_cmp_ne_u16_e32 vcc, s36, v120
	v_lshlrev_b16_e32 v121, 8, v173
	v_and_b32_e32 v121, 0xffff8000, v121
	v_cndmask_b32_e32 v109, v36, v109, vcc
	v_cmp_ne_u16_e32 vcc, 0, v120
	v_add_u16_e32 v168, 0x2000, v168
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[0:15], v[184:185], v[220:221], 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v109, 0, v109, vcc
	v_cmp_ne_u16_e32 vcc, 1, v120
	v_lshlrev_b16_sdwa v220, v246, v165 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v220, 0xffff8000, v220
	v_cndmask_b32_e32 v109, v28, v109, vcc
	v_cmp_ne_u16_e32 vcc, 2, v120
	v_lshlrev_b16_sdwa v221, v247, v165 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[0:15], v[186:187], v[216:217], a[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v109, v29, v109, vcc
	v_cmp_ne_u16_e32 vcc, 3, v120
	v_lshlrev_b16_sdwa v216, v246, v169 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v216, 0xffff8000, v216
	v_cndmask_b32_e32 v109, v38, v109, vcc
	v_cmp_ne_u16_e32 vcc, 4, v120
	v_lshlrev_b16_sdwa v217, v247, v169 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[0:15], v[190:191], v[210:211], a[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v109, v39, v109, vcc
	v_cmp_ne_u16_e32 vcc, 5, v120
	v_lshlrev_b16_e32 v210, 7, v167
	v_and_b32_e32 v210, 0x3f80, v210
	v_cndmask_b32_e32 v109, v244, v109, vcc
	v_cmp_ne_u16_e32 vcc, 6, v120
	v_and_b32_e32 v211, 0x7f, v167
	v_add_u16_e32 v210, 0x2000, v210
	v_cndmask_b32_e32 v109, v0, v109, vcc
	v_cmp_ne_u16_e32 vcc, 7, v120
	v_lshlrev_b16_sdwa v120, v246, v124 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v120, 0xffff8000, v120
	v_cndmask_b32_e32 v109, v245, v109, vcc
	v_or_b32_e32 v109, v109, v120
	v_and_b32_e32 v120, 0x7f, v173
	v_cmp_ne_u16_e32 vcc, s36, v120
	v_cmp_ne_u16_e64 s[0:1], 0, v120
	v_cmp_ne_u16_e64 s[2:3], 1, v120
	v_cmp_ne_u16_e64 s[4:5], 2, v120
	v_cmp_ne_u16_e64 s[8:9], 3, v120
	v_cmp_ne_u16_e64 s[10:11], 4, v120
	v_cmp_ne_u16_e64 s[24:25], 5, v120
	v_cmp_ne_u16_e64 s[26:27], 6, v120
	v_cmp_ne_u16_e64 s[28:29], 7, v120
	v_lshlrev_b16_e32 v120, 7, v173
	v_and_b32_e32 v120, 0x3f80, v120
	v_add_u16_e32 v120, 0x2000, v120
	v_cndmask_b32_e32 v120, v36, v120, vcc
	v_cndmask_b32_e64 v120, 0, v120, s[0:1]
	v_cndmask_b32_e64 v120, v28, v120, s[2:3]
	v_cndmask_b32_e64 v120, v29, v120, s[4:5]
	v_cndmask_b32_e64 v120, v38, v120, s[8:9]
	v_cndmask_b32_e64 v120, v39, v120, s[10:11]
	v_cndmask_b32_e64 v120, v244, v120, s[24:25]
	v_cndmask_b32_e64 v120, v0, v120, s[26:27]
	v_cndmask_b32_e64 v120, v245, v120, s[28:29]
	v_or_b32_e32 v120, v120, v121
	v_and_b32_e32 v121, 0x7f, v119
	v_cmp_ne_u16_e32 vcc, s36, v121
	v_cmp_ne_u16_e64 s[0:1], 0, v121
	v_cmp_ne_u16_e64 s[2:3], 1, v121
	v_cmp_ne_u16_e64 s[4:5], 2, v121
	v_cmp_ne_u16_e64 s[8:9], 3, v121
	v_cmp_ne_u16_e64 s[10:11], 4, v121
	v_cmp_ne_u16_e64 s[24:25], 5, v121
	v_cmp_ne_u16_e64 s[26:27], 6, v121
	v_cmp_ne_u16_e64 s[28:29], 7, v121
	v_lshlrev_b16_e32 v121, 7, v119
	v_and_b32_e32 v121, 0x3f80, v121
	v_add_u16_e32 v121, 0x2000, v121
	v_cndmask_b32_e32 v121, v36, v121, vcc
	v_cndmask_b32_e64 v121, 0, v121, s[0:1]
	v_cndmask_b32_e64 v121, v28, v121, s[2:3]
	v_cndmask_b32_e64 v121, v29, v121, s[4:5]
	v_cndmask_b32_e64 v121, v38, v121, s[8:9]
	v_cndmask_b32_e64 v121, v39, v121, s[10:11]
	v_cndmask_b32_e64 v121, v244, v121, s[24:25]
	v_cndmask_b32_e64 v121, v0, v121, s[26:27]
	v_lshlrev_b16_e32 v119, 8, v119
	v_and_b32_e32 v119, 0xffff8000, v119
	v_cndmask_b32_e64 v121, v245, v121, s[28:29]
	v_or_b32_e32 v119, v121, v119
	v_and_b32_sdwa v121, v173, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v121
	v_cmp_ne_u16_e64 s[0:1], 0, v121
	v_cmp_ne_u16_e64 s[2:3], 1, v121
	v_cmp_ne_u16_e64 s[4:5], 2, v121
	v_cmp_ne_u16_e64 s[8:9], 3, v121
	v_cmp_ne_u16_e64 s[10:11], 4, v121
	v_cmp_ne_u16_e64 s[24:25], 5, v121
	v_cmp_ne_u16_e64 s[26:27], 6, v121
	v_cmp_ne_u16_e64 s[28:29], 7, v121
	v_lshlrev_b16_sdwa v121, v247, v173 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v121, 0x3f80, v121
	v_add_u16_e32 v121, 0x2000, v121
	v_cndmask_b32_e32 v121, v36, v121, vcc
	v_cndmask_b32_e64 v121, 0, v121, s[0:1]
	v_cmp_ne_u16_e32 vcc, s36, v170
	v_cndmask_b32_e64 v121, v28, v121, s[2:3]
	v_cmp_ne_u16_e64 s[0:1], 0, v170
	v_cndmask_b32_e32 v168, v36, v168, vcc
	v_cndmask_b32_e64 v121, v29, v121, s[4:5]
	v_cmp_ne_u16_e64 s[2:3], 1, v170
	v_cndmask_b32_e64 v168, 0, v168, s[0:1]
	v_cndmask_b32_e64 v121, v38, v121, s[8:9]
	v_cmp_ne_u16_e64 s[4:5], 2, v170
	v_cndmask_b32_e64 v168, v28, v168, s[2:3]
	v_cndmask_b32_e64 v121, v39, v121, s[10:11]
	v_cmp_ne_u16_e64 s[8:9], 3, v170
	v_cndmask_b32_e64 v168, v29, v168, s[4:5]
	v_cndmask_b32_e64 v121, v244, v121, s[24:25]
	v_cmp_ne_u16_e64 s[10:11], 4, v170
	v_cndmask_b32_e64 v168, v38, v168, s[8:9]
	v_cndmask_b32_e64 v121, v0, v121, s[26:27]
	v_lshlrev_b16_sdwa v124, v246, v173 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e64 s[24:25], 5, v170
	v_cndmask_b32_e64 v168, v39, v168, s[10:11]
	v_and_b32_e32 v124, 0xffff8000, v124
	v_cndmask_b32_e64 v121, v245, v121, s[28:29]
	v_cmp_ne_u16_e64 s[26:27], 6, v170
	v_cndmask_b32_e64 v168, v244, v168, s[24:25]
	v_or_b32_e32 v121, v121, v124
	v_lshlrev_b16_sdwa v124, v246, v173 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cmp_ne_u16_e64 s[28:29], 7, v170
	v_cndmask_b32_e64 v168, v0, v168, s[26:27]
	v_and_b32_e32 v124, 0xffff8000, v124
	v_cndmask_b32_e64 v168, v245, v168, s[28:29]
	v_or_b32_e32 v124, v168, v124
	v_lshlrev_b16_e32 v168, 7, v171
	v_and_b32_e32 v168, 0x3f80, v168
	v_and_b32_e32 v170, 0x7f, v171
	v_add_u16_e32 v168, 0x2000, v168
	v_cmp_ne_u16_e32 vcc, s36, v170
	v_lshlrev_b16_sdwa v173, v247, v171 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[0:15], v[194:195], v[204:205], a[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v168, v36, v168, vcc
	v_cmp_ne_u16_e32 vcc, 0, v170
	v_lshlrev_b16_e32 v204, 7, v163
	v_and_b32_e32 v204, 0x3f80, v204
	v_cndmask_b32_e32 v168, 0, v168, vcc
	v_cmp_ne_u16_e32 vcc, 1, v170
	v_and_b32_e32 v205, 0x7f, v163
	v_add_u16_e32 v204, 0x2000, v204
	v_cndmask_b32_e32 v168, v28, v168, vcc
	v_cmp_ne_u16_e32 vcc, 2, v170
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[0:15], v[196:197], v[198:199], a[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_e32 v198, 7, v159
	v_cndmask_b32_e32 v168, v29, v168, vcc
	v_cmp_ne_u16_e32 vcc, 3, v170
	v_and_b32_e32 v198, 0x3f80, v198
	v_and_b32_e32 v199, 0x7f, v159
	v_cndmask_b32_e32 v168, v38, v168, vcc
	v_cmp_ne_u16_e32 vcc, 4, v170
	v_add_u16_e32 v198, 0x2000, v198
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[0:15], v[200:201], v[192:193], a[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v168, v39, v168, vcc
	v_cmp_ne_u16_e32 vcc, 5, v170
	v_lshlrev_b16_e32 v192, 7, v155
	v_and_b32_e32 v192, 0x3f80, v192
	v_cndmask_b32_e32 v168, v244, v168, vcc
	v_cmp_ne_u16_e32 vcc, 6, v170
	v_and_b32_e32 v193, 0x7f, v155
	v_add_u16_e32 v192, 0x2000, v192
	v_cndmask_b32_e32 v168, v0, v168, vcc
	v_cmp_ne_u16_e32 vcc, 7, v170
	v_lshlrev_b16_e32 v170, 8, v171
	v_and_b32_e32 v170, 0xffff8000, v170
	v_cndmask_b32_e32 v168, v245, v168, vcc
	v_or_b32_e32 v168, v168, v170
	v_and_b32_e32 v170, 0x7f, v118
	v_cmp_ne_u16_e32 vcc, s36, v170
	v_cmp_ne_u16_e64 s[0:1], 0, v170
	v_cmp_ne_u16_e64 s[2:3], 1, v170
	v_cmp_ne_u16_e64 s[4:5], 2, v170
	v_cmp_ne_u16_e64 s[8:9], 3, v170
	v_cmp_ne_u16_e64 s[10:11], 4, v170
	v_cmp_ne_u16_e64 s[24:25], 5, v170
	v_cmp_ne_u16_e64 s[26:27], 6, v170
	v_cmp_ne_u16_e64 s[28:29], 7, v170
	v_lshlrev_b16_e32 v170, 7, v118
	v_and_b32_e32 v170, 0x3f80, v170
	v_add_u16_e32 v170, 0x2000, v170
	v_cndmask_b32_e32 v170, v36, v170, vcc
	v_cndmask_b32_e64 v170, 0, v170, s[0:1]
	v_cndmask_b32_e64 v170, v28, v170, s[2:3]
	v_cndmask_b32_e64 v170, v29, v170, s[4:5]
	v_cndmask_b32_e64 v170, v38, v170, s[8:9]
	v_cndmask_b32_e64 v170, v39, v170, s[10:11]
	v_cndmask_b32_e64 v170, v244, v170, s[24:25]
	v_cndmask_b32_e64 v170, v0, v170, s[26:27]
	v_lshlrev_b16_e32 v118, 8, v118
	v_and_b32_e32 v118, 0xffff8000, v118
	v_cndmask_b32_e64 v170, v245, v170, s[28:29]
	v_or_b32_e32 v118, v170, v118
	v_and_b32_sdwa v170, v171, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v170
	v_cmp_ne_u16_e64 s[0:1], 0, v170
	v_cmp_ne_u16_e64 s[2:3], 1, v170
	v_cmp_ne_u16_e64 s[4:5], 2, v170
	v_cmp_ne_u16_e64 s[8:9], 3, v170
	v_cmp_ne_u16_e64 s[10:11], 4, v170
	v_cmp_ne_u16_e64 s[24:25], 5, v170
	v_cmp_ne_u16_e64 s[26:27], 6, v170
	v_cmp_ne_u16_e64 s[28:29], 7, v170
	v_lshlrev_b16_sdwa v170, v247, v171 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v170, 0x3f80, v170
	v_add_u16_e32 v170, 0x2000, v170
	v_cndmask_b32_e32 v170, v36, v170, vcc
	v_cndmask_b32_e64 v170, 0, v170, s[0:1]
	v_cndmask_b32_e64 v170, v28, v170, s[2:3]
	v_cndmask_b32_e64 v170, v29, v170, s[4:5]
	v_cndmask_b32_e64 v170, v38, v170, s[8:9]
	v_cndmask_b32_e64 v170, v39, v170, s[10:11]
	v_cndmask_b32_e64 v170, v244, v170, s[24:25]
	v_cndmask_b32_e64 v170, v0, v170, s[26:27]
	v_cndmask_b32_e64 v170, v245, v170, s[28:29]
	v_or_b32_e32 v170, v170, v172
	v_lshlrev_b16_sdwa v172, v246, v171 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v171, v171, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v171
	v_cmp_ne_u16_e64 s[0:1], 0, v171
	v_cmp_ne_u16_e64 s[2:3], 1, v171
	v_cmp_ne_u16_e64 s[4:5], 2, v171
	v_cmp_ne_u16_e64 s[8:9], 3, v171
	v_cmp_ne_u16_e64 s[10:11], 4, v171
	v_cmp_ne_u16_e64 s[24:25], 5, v171
	v_cmp_ne_u16_e64 s[26:27], 6, v171
	v_cmp_ne_u16_e64 s[28:29], 7, v171
	v_and_b32_e32 v171, 0x3f80, v173
	v_add_u16_e32 v171, 0x2000, v171
	v_cndmask_b32_e32 v171, v36, v171, vcc
	v_cndmask_b32_e64 v171, 0, v171, s[0:1]
	v_cndmask_b32_e64 v171, v28, v171, s[2:3]
	v_cndmask_b32_e64 v171, v29, v171, s[4:5]
	v_cndmask_b32_e64 v171, v38, v171, s[8:9]
	v_cndmask_b32_e64 v171, v39, v171, s[10:11]
	v_cndmask_b32_e64 v171, v244, v171, s[24:25]
	v_cndmask_b32_e64 v171, v0, v171, s[26:27]
	v_and_b32_e32 v172, 0xffff8000, v172
	v_cndmask_b32_e64 v171, v245, v171, s[28:29]
	v_or_b32_e32 v171, v171, v172
	v_and_b32_e32 v172, 0x7f, v169
	v_cmp_ne_u16_e32 vcc, s36, v172
	v_cmp_ne_u16_e64 s[0:1], 0, v172
	v_cmp_ne_u16_e64 s[2:3], 1, v172
	v_cmp_ne_u16_e64 s[4:5], 2, v172
	v_cmp_ne_u16_e64 s[8:9], 3, v172
	v_cmp_ne_u16_e64 s[10:11], 4, v172
	v_cmp_ne_u16_e64 s[24:25], 5, v172
	v_cmp_ne_u16_e64 s[26:27], 6, v172
	v_cmp_ne_u16_e64 s[28:29], 7, v172
	v_lshlrev_b16_e32 v172, 7, v169
	v_and_b32_e32 v172, 0x3f80, v172
	v_add_u16_e32 v172, 0x2000, v172
	v_cndmask_b32_e32 v172, v36, v172, vcc
	v_cndmask_b32_e64 v172, 0, v172, s[0:1]
	v_cndmask_b32_e64 v172, v28, v172, s[2:3]
	v_cndmask_b32_e64 v172, v29, v172, s[4:5]
	v_cndmask_b32_e64 v172, v38, v172, s[8:9]
	v_cndmask_b32_e64 v172, v39, v172, s[10:11]
	v_cndmask_b32_e64 v172, v244, v172, s[24:25]
	v_cndmask_b32_e64 v172, v0, v172, s[26:27]
	v_lshlrev_b16_e32 v173, 8, v169
	v_and_b32_e32 v173, 0xffff8000, v173
	v_cndmask_b32_e64 v172, v245, v172, s[28:29]
	v_or_b32_e32 v172, v172, v173
	v_and_b32_e32 v173, 0x7f, v117
	v_cmp_ne_u16_e32 vcc, s36, v173
	v_cmp_ne_u16_e64 s[0:1], 0, v173
	v_cmp_ne_u16_e64 s[2:3], 1, v173
	v_cmp_ne_u16_e64 s[4:5], 2, v173
	v_cmp_ne_u16_e64 s[8:9], 3, v173
	v_cmp_ne_u16_e64 s[10:11], 4, v173
	v_cmp_ne_u16_e64 s[24:25], 5, v173
	v_cmp_ne_u16_e64 s[26:27], 6, v173
	v_cmp_ne_u16_e64 s[28:29], 7, v173
	v_lshlrev_b16_e32 v173, 7, v117
	v_and_b32_e32 v173, 0x3f80, v173
	v_add_u16_e32 v173, 0x2000, v173
	v_cndmask_b32_e32 v173, v36, v173, vcc
	v_cndmask_b32_e64 v173, 0, v173, s[0:1]
	v_cndmask_b32_e64 v173, v28, v173, s[2:3]
	v_cndmask_b32_e64 v173, v29, v173, s[4:5]
	v_cndmask_b32_e64 v173, v38, v173, s[8:9]
	v_cndmask_b32_e64 v173, v39, v173, s[10:11]
	v_cndmask_b32_e64 v173, v244, v173, s[24:25]
	v_cndmask_b32_e64 v173, v0, v173, s[26:27]
	v_lshlrev_b16_e32 v117, 8, v117
	v_and_b32_e32 v117, 0xffff8000, v117
	v_cndmask_b32_e64 v173, v245, v173, s[28:29]
	v_or_b32_e32 v117, v173, v117
	v_and_b32_sdwa v173, v169, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v173
	v_cmp_ne_u16_e64 s[0:1], 0, v173
	v_cmp_ne_u16_e64 s[2:3], 1, v173
	v_cmp_ne_u16_e64 s[4:5], 2, v173
	v_cmp_ne_u16_e64 s[8:9], 3, v173
	v_cmp_ne_u16_e64 s[10:11], 4, v173
	v_cmp_ne_u16_e64 s[24:25], 5, v173
	v_cmp_ne_u16_e64 s[26:27], 6, v173
	v_cmp_ne_u16_e64 s[28:29], 7, v173
	v_lshlrev_b16_sdwa v173, v247, v169 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v173, 0x3f80, v173
	v_add_u16_e32 v173, 0x2000, v173
	v_cndmask_b32_e32 v173, v36, v173, vcc
	v_cndmask_b32_e64 v173, 0, v173, s[0:1]
	v_cndmask_b32_e64 v173, v28, v173, s[2:3]
	v_cndmask_b32_e64 v173, v29, v173, s[4:5]
	v_cndmask_b32_e64 v173, v38, v173, s[8:9]
	v_cndmask_b32_e64 v173, v39, v173, s[10:11]
	v_cndmask_b32_e64 v173, v244, v173, s[24:25]
	v_cndmask_b32_e64 v173, v0, v173, s[26:27]
	v_cndmask_b32_e64 v173, v245, v173, s[28:29]
	v_or_b32_e32 v173, v173, v216
	v_lshlrev_b16_sdwa v216, v246, v169 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v169, v169, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v169
	v_cmp_ne_u16_e64 s[0:1], 0, v169
	v_cmp_ne_u16_e64 s[2:3], 1, v169
	v_cmp_ne_u16_e64 s[4:5], 2, v169
	v_cmp_ne_u16_e64 s[8:9], 3, v169
	v_cmp_ne_u16_e64 s[10:11], 4, v169
	v_cmp_ne_u16_e64 s[24:25], 5, v169
	v_cmp_ne_u16_e64 s[26:27], 6, v169
	v_cmp_ne_u16_e64 s[28:29], 7, v169
	v_and_b32_e32 v169, 0x3f80, v217
	v_add_u16_e32 v169, 0x2000, v169
	v_cndmask_b32_e32 v169, v36, v169, vcc
	v_cmp_ne_u16_e32 vcc, s36, v211
	v_cndmask_b32_e64 v169, 0, v169, s[0:1]
	v_cndmask_b32_e64 v169, v28, v169, s[2:3]
	v_cndmask_b32_e32 v210, v36, v210, vcc
	v_cmp_ne_u16_e32 vcc, 0, v211
	v_cndmask_b32_e64 v169, v29, v169, s[4:5]
	v_cndmask_b32_e64 v169, v38, v169, s[8:9]
	v_cndmask_b32_e32 v210, 0, v210, vcc
	v_cmp_ne_u16_e32 vcc, 1, v211
	v_cndmask_b32_e64 v169, v39, v169, s[10:11]
	v_cndmask_b32_e64 v169, v244, v169, s[24:25]
	v_cndmask_b32_e32 v210, v28, v210, vcc
	v_cmp_ne_u16_e32 vcc, 2, v211
	v_cndmask_b32_e64 v169, v0, v169, s[26:27]
	v_cndmask_b32_e64 v169, v245, v169, s[28:29]
	v_cndmask_b32_e32 v210, v29, v210, vcc
	v_cmp_ne_u16_e32 vcc, 3, v211
	v_and_b32_e32 v216, 0xffff8000, v216
	v_or_b32_e32 v169, v169, v216
	v_cndmask_b32_e32 v210, v38, v210, vcc
	v_cmp_ne_u16_e32 vcc, 4, v211
	v_lshlrev_b16_sdwa v216, v246, v167 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v216, 0xffff8000, v216
	v_cndmask_b32_e32 v210, v39, v210, vcc
	v_cmp_ne_u16_e32 vcc, 5, v211
	v_lshlrev_b16_sdwa v217, v247, v167 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[0:15], v[202:203], v[188:189], a[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v210, v244, v210, vcc
	v_cmp_ne_u16_e32 vcc, 6, v211
	v_lshlrev_b16_e32 v188, 7, v151
	v_and_b32_e32 v188, 0x3f80, v188
	v_cndmask_b32_e32 v210, v0, v210, vcc
	v_cmp_ne_u16_e32 vcc, 7, v211
	v_lshlrev_b16_e32 v211, 8, v167
	v_and_b32_e32 v211, 0xffff8000, v211
	v_cndmask_b32_e32 v210, v245, v210, vcc
	v_or_b32_e32 v210, v210, v211
	v_and_b32_e32 v211, 0x7f, v116
	v_cmp_ne_u16_e32 vcc, s36, v211
	v_cmp_ne_u16_e64 s[0:1], 0, v211
	v_cmp_ne_u16_e64 s[2:3], 1, v211
	v_cmp_ne_u16_e64 s[4:5], 2, v211
	v_cmp_ne_u16_e64 s[8:9], 3, v211
	v_cmp_ne_u16_e64 s[10:11], 4, v211
	v_cmp_ne_u16_e64 s[24:25], 5, v211
	v_cmp_ne_u16_e64 s[26:27], 6, v211
	v_cmp_ne_u16_e64 s[28:29], 7, v211
	v_lshlrev_b16_e32 v211, 7, v116
	v_and_b32_e32 v211, 0x3f80, v211
	v_add_u16_e32 v211, 0x2000, v211
	v_cndmask_b32_e32 v211, v36, v211, vcc
	v_cndmask_b32_e64 v211, 0, v211, s[0:1]
	v_cndmask_b32_e64 v211, v28, v211, s[2:3]
	v_cndmask_b32_e64 v211, v29, v211, s[4:5]
	v_cndmask_b32_e64 v211, v38, v211, s[8:9]
	v_cndmask_b32_e64 v211, v39, v211, s[10:11]
	v_cndmask_b32_e64 v211, v244, v211, s[24:25]
	v_cndmask_b32_e64 v211, v0, v211, s[26:27]
	v_lshlrev_b16_e32 v116, 8, v116
	v_and_b32_e32 v116, 0xffff8000, v116
	v_cndmask_b32_e64 v211, v245, v211, s[28:29]
	v_or_b32_e32 v116, v211, v116
	v_and_b32_sdwa v211, v167, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v211
	v_cmp_ne_u16_e64 s[0:1], 0, v211
	v_cmp_ne_u16_e64 s[2:3], 1, v211
	v_cmp_ne_u16_e64 s[4:5], 2, v211
	v_cmp_ne_u16_e64 s[8:9], 3, v211
	v_cmp_ne_u16_e64 s[10:11], 4, v211
	v_cmp_ne_u16_e64 s[24:25], 5, v211
	v_cmp_ne_u16_e64 s[26:27], 6, v211
	v_cmp_ne_u16_e64 s[28:29], 7, v211
	v_lshlrev_b16_sdwa v211, v247, v167 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v211, 0x3f80, v211
	v_add_u16_e32 v211, 0x2000, v211
	v_cndmask_b32_e32 v211, v36, v211, vcc
	v_cndmask_b32_e64 v211, 0, v211, s[0:1]
	v_cndmask_b32_e64 v211, v28, v211, s[2:3]
	v_cndmask_b32_e64 v211, v29, v211, s[4:5]
	v_cndmask_b32_e64 v211, v38, v211, s[8:9]
	v_cndmask_b32_e64 v211, v39, v211, s[10:11]
	v_cndmask_b32_e64 v211, v244, v211, s[24:25]
	v_cndmask_b32_e64 v211, v0, v211, s[26:27]
	v_cndmask_b32_e64 v211, v245, v211, s[28:29]
	v_or_b32_e32 v211, v211, v216
	v_lshlrev_b16_sdwa v216, v246, v167 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v167, v167, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v167
	v_cmp_ne_u16_e64 s[0:1], 0, v167
	v_cmp_ne_u16_e64 s[2:3], 1, v167
	v_cmp_ne_u16_e64 s[4:5], 2, v167
	v_cmp_ne_u16_e64 s[8:9], 3, v167
	v_cmp_ne_u16_e64 s[10:11], 4, v167
	v_cmp_ne_u16_e64 s[24:25], 5, v167
	v_cmp_ne_u16_e64 s[26:27], 6, v167
	v_cmp_ne_u16_e64 s[28:29], 7, v167
	v_and_b32_e32 v167, 0x3f80, v217
	v_add_u16_e32 v167, 0x2000, v167
	v_cndmask_b32_e32 v167, v36, v167, vcc
	v_cndmask_b32_e64 v167, 0, v167, s[0:1]
	v_cndmask_b32_e64 v167, v28, v167, s[2:3]
	v_cndmask_b32_e64 v167, v29, v167, s[4:5]
	v_cndmask_b32_e64 v167, v38, v167, s[8:9]
	v_cndmask_b32_e64 v167, v39, v167, s[10:11]
	v_cndmask_b32_e64 v167, v244, v167, s[24:25]
	v_cndmask_b32_e64 v167, v0, v167, s[26:27]
	v_and_b32_e32 v216, 0xffff8000, v216
	v_cndmask_b32_e64 v167, v245, v167, s[28:29]
	v_or_b32_e32 v167, v167, v216
	v_and_b32_e32 v216, 0x7f, v165
	v_cmp_ne_u16_e32 vcc, s36, v216
	v_cmp_ne_u16_e64 s[0:1], 0, v216
	v_cmp_ne_u16_e64 s[2:3], 1, v216
	v_cmp_ne_u16_e64 s[4:5], 2, v216
	v_cmp_ne_u16_e64 s[8:9], 3, v216
	v_cmp_ne_u16_e64 s[10:11], 4, v216
	v_cmp_ne_u16_e64 s[24:25], 5, v216
	v_cmp_ne_u16_e64 s[26:27], 6, v216
	v_cmp_ne_u16_e64 s[28:29], 7, v216
	v_lshlrev_b16_e32 v216, 7, v165
	v_and_b32_e32 v216, 0x3f80, v216
	v_add_u16_e32 v216, 0x2000, v216
	v_cndmask_b32_e32 v216, v36, v216, vcc
	v_cndmask_b32_e64 v216, 0, v216, s[0:1]
	v_cndmask_b32_e64 v216, v28, v216, s[2:3]
	v_cndmask_b32_e64 v216, v29, v216, s[4:5]
	v_cndmask_b32_e64 v216, v38, v216, s[8:9]
	v_cndmask_b32_e64 v216, v39, v216, s[10:11]
	v_cndmask_b32_e64 v216, v244, v216, s[24:25]
	v_cndmask_b32_e64 v216, v0, v216, s[26:27]
	v_lshlrev_b16_e32 v217, 8, v165
	v_and_b32_e32 v217, 0xffff8000, v217
	v_cndmask_b32_e64 v216, v245, v216, s[28:29]
	v_or_b32_e32 v216, v216, v217
	v_and_b32_e32 v217, 0x7f, v115
	v_cmp_ne_u16_e32 vcc, s36, v217
	v_cmp_ne_u16_e64 s[0:1], 0, v217
	v_cmp_ne_u16_e64 s[2:3], 1, v217
	v_cmp_ne_u16_e64 s[4:5], 2, v217
	v_cmp_ne_u16_e64 s[8:9], 3, v217
	v_cmp_ne_u16_e64 s[10:11], 4, v217
	v_cmp_ne_u16_e64 s[24:25], 5, v217
	v_cmp_ne_u16_e64 s[26:27], 6, v217
	v_cmp_ne_u16_e64 s[28:29], 7, v217
	v_lshlrev_b16_e32 v217, 7, v115
	v_and_b32_e32 v217, 0x3f80, v217
	v_add_u16_e32 v217, 0x2000, v217
	v_cndmask_b32_e32 v217, v36, v217, vcc
	v_cndmask_b32_e64 v217, 0, v217, s[0:1]
	v_cndmask_b32_e64 v217, v28, v217, s[2:3]
	v_cndmask_b32_e64 v217, v29, v217, s[4:5]
	v_cndmask_b32_e64 v217, v38, v217, s[8:9]
	v_cndmask_b32_e64 v217, v39, v217, s[10:11]
	v_cndmask_b32_e64 v217, v244, v217, s[24:25]
	v_cndmask_b32_e64 v217, v0, v217, s[26:27]
	v_lshlrev_b16_e32 v115, 8, v115
	v_and_b32_e32 v115, 0xffff8000, v115
	v_cndmask_b32_e64 v217, v245, v217, s[28:29]
	v_or_b32_e32 v115, v217, v115
	v_and_b32_sdwa v217, v165, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v217
	v_cmp_ne_u16_e64 s[0:1], 0, v217
	v_cmp_ne_u16_e64 s[2:3], 1, v217
	v_cmp_ne_u16_e64 s[4:5], 2, v217
	v_cmp_ne_u16_e64 s[8:9], 3, v217
	v_cmp_ne_u16_e64 s[10:11], 4, v217
	v_cmp_ne_u16_e64 s[24:25], 5, v217
	v_cmp_ne_u16_e64 s[26:27], 6, v217
	v_cmp_ne_u16_e64 s[28:29], 7, v217
	v_lshlrev_b16_sdwa v217, v247, v165 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v217, 0x3f80, v217
	v_add_u16_e32 v217, 0x2000, v217
	v_cndmask_b32_e32 v217, v36, v217, vcc
	v_cndmask_b32_e64 v217, 0, v217, s[0:1]
	v_cndmask_b32_e64 v217, v28, v217, s[2:3]
	v_cndmask_b32_e64 v217, v29, v217, s[4:5]
	v_cndmask_b32_e64 v217, v38, v217, s[8:9]
	v_cndmask_b32_e64 v217, v39, v217, s[10:11]
	v_cndmask_b32_e64 v217, v244, v217, s[24:25]
	v_cndmask_b32_e64 v217, v0, v217, s[26:27]
	v_cndmask_b32_e64 v217, v245, v217, s[28:29]
	v_or_b32_e32 v217, v217, v220
	v_lshlrev_b16_sdwa v220, v246, v165 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v165, v165, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v165
	v_cmp_ne_u16_e64 s[0:1], 0, v165
	v_cmp_ne_u16_e64 s[2:3], 1, v165
	v_cmp_ne_u16_e64 s[4:5], 2, v165
	v_cmp_ne_u16_e64 s[8:9], 3, v165
	v_cmp_ne_u16_e64 s[10:11], 4, v165
	v_cmp_ne_u16_e64 s[24:25], 5, v165
	v_cmp_ne_u16_e64 s[26:27], 6, v165
	v_cmp_ne_u16_e64 s[28:29], 7, v165
	v_and_b32_e32 v165, 0x3f80, v221
	v_add_u16_e32 v165, 0x2000, v165
	v_cndmask_b32_e32 v165, v36, v165, vcc
	v_cmp_ne_u16_e32 vcc, s36, v205
	v_cndmask_b32_e64 v165, 0, v165, s[0:1]
	v_cndmask_b32_e64 v165, v28, v165, s[2:3]
	v_cndmask_b32_e32 v204, v36, v204, vcc
	v_cmp_ne_u16_e32 vcc, 0, v205
	v_cndmask_b32_e64 v165, v29, v165, s[4:5]
	v_cndmask_b32_e64 v165, v38, v165, s[8:9]
	v_cndmask_b32_e32 v204, 0, v204, vcc
	v_cmp_ne_u16_e32 vcc, 1, v205
	v_cndmask_b32_e64 v165, v39, v165, s[10:11]
	v_cndmask_b32_e64 v165, v244, v165, s[24:25]
	v_cndmask_b32_e32 v204, v28, v204, vcc
	v_cmp_ne_u16_e32 vcc, 2, v205
	v_cndmask_b32_e64 v165, v0, v165, s[26:27]
	v_cndmask_b32_e64 v165, v245, v165, s[28:29]
	v_cndmask_b32_e32 v204, v29, v204, vcc
	v_cmp_ne_u16_e32 vcc, 3, v205
	v_and_b32_e32 v220, 0xffff8000, v220
	v_or_b32_e32 v165, v165, v220
	v_cndmask_b32_e32 v204, v38, v204, vcc
	v_cmp_ne_u16_e32 vcc, 4, v205
	v_lshlrev_b16_sdwa v220, v246, v163 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v220, 0xffff8000, v220
	v_cndmask_b32_e32 v204, v39, v204, vcc
	v_cmp_ne_u16_e32 vcc, 5, v205
	v_lshlrev_b16_sdwa v221, v247, v163 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v189, 0x7f, v151
	v_cndmask_b32_e32 v204, v244, v204, vcc
	v_cmp_ne_u16_e32 vcc, 6, v205
	v_add_u16_e32 v188, 0x2000, v188
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[0:15], v[206:207], v[182:183], a[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v204, v0, v204, vcc
	v_cmp_ne_u16_e32 vcc, 7, v205
	v_lshlrev_b16_e32 v205, 8, v163
	v_and_b32_e32 v205, 0xffff8000, v205
	v_cndmask_b32_e32 v204, v245, v204, vcc
	v_or_b32_e32 v204, v204, v205
	v_and_b32_e32 v205, 0x7f, v114
	v_cmp_ne_u16_e32 vcc, s36, v205
	v_cmp_ne_u16_e64 s[0:1], 0, v205
	v_cmp_ne_u16_e64 s[2:3], 1, v205
	v_cmp_ne_u16_e64 s[4:5], 2, v205
	v_cmp_ne_u16_e64 s[8:9], 3, v205
	v_cmp_ne_u16_e64 s[10:11], 4, v205
	v_cmp_ne_u16_e64 s[24:25], 5, v205
	v_cmp_ne_u16_e64 s[26:27], 6, v205
	v_cmp_ne_u16_e64 s[28:29], 7, v205
	v_lshlrev_b16_e32 v205, 7, v114
	v_and_b32_e32 v205, 0x3f80, v205
	v_add_u16_e32 v205, 0x2000, v205
	v_cndmask_b32_e32 v205, v36, v205, vcc
	v_cndmask_b32_e64 v205, 0, v205, s[0:1]
	v_cndmask_b32_e64 v205, v28, v205, s[2:3]
	v_cndmask_b32_e64 v205, v29, v205, s[4:5]
	v_cndmask_b32_e64 v205, v38, v205, s[8:9]
	v_cndmask_b32_e64 v205, v39, v205, s[10:11]
	v_cndmask_b32_e64 v205, v244, v205, s[24:25]
	v_cndmask_b32_e64 v205, v0, v205, s[26:27]
	v_lshlrev_b16_e32 v114, 8, v114
	v_and_b32_e32 v114, 0xffff8000, v114
	v_cndmask_b32_e64 v205, v245, v205, s[28:29]
	v_or_b32_e32 v114, v205, v114
	v_and_b32_sdwa v205, v163, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v205
	v_cmp_ne_u16_e64 s[0:1], 0, v205
	v_cmp_ne_u16_e64 s[2:3], 1, v205
	v_cmp_ne_u16_e64 s[4:5], 2, v205
	v_cmp_ne_u16_e64 s[8:9], 3, v205
	v_cmp_ne_u16_e64 s[10:11], 4, v205
	v_cmp_ne_u16_e64 s[24:25], 5, v205
	v_cmp_ne_u16_e64 s[26:27], 6, v205
	v_cmp_ne_u16_e64 s[28:29], 7, v205
	v_lshlrev_b16_sdwa v205, v247, v163 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v205, 0x3f80, v205
	v_add_u16_e32 v205, 0x2000, v205
	v_cndmask_b32_e32 v205, v36, v205, vcc
	v_cndmask_b32_e64 v205, 0, v205, s[0:1]
	v_cndmask_b32_e64 v205, v28, v205, s[2:3]
	v_cndmask_b32_e64 v205, v29, v205, s[4:5]
	v_cndmask_b32_e64 v205, v38, v205, s[8:9]
	v_cndmask_b32_e64 v205, v39, v205, s[10:11]
	v_cndmask_b32_e64 v205, v244, v205, s[24:25]
	v_cndmask_b32_e64 v205, v0, v205, s[26:27]
	v_cndmask_b32_e64 v205, v245, v205, s[28:29]
	v_or_b32_e32 v205, v205, v220
	v_lshlrev_b16_sdwa v220, v246, v163 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v163, v163, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v163
	v_cmp_ne_u16_e64 s[0:1], 0, v163
	v_cmp_ne_u16_e64 s[2:3], 1, v163
	v_cmp_ne_u16_e64 s[4:5], 2, v163
	v_cmp_ne_u16_e64 s[8:9], 3, v163
	v_cmp_ne_u16_e64 s[10:11], 4, v163
	v_cmp_ne_u16_e64 s[24:25], 5, v163
	v_cmp_ne_u16_e64 s[26:27], 6, v163
	v_cmp_ne_u16_e64 s[28:29], 7, v163
	v_and_b32_e32 v163, 0x3f80, v221
	v_add_u16_e32 v163, 0x2000, v163
	v_cndmask_b32_e32 v163, v36, v163, vcc
	v_cndmask_b32_e64 v163, 0, v163, s[0:1]
	v_cndmask_b32_e64 v163, v28, v163, s[2:3]
	v_cndmask_b32_e64 v163, v29, v163, s[4:5]
	v_cndmask_b32_e64 v163, v38, v163, s[8:9]
	v_cndmask_b32_e64 v163, v39, v163, s[10:11]
	v_cndmask_b32_e64 v163, v244, v163, s[24:25]
	v_cndmask_b32_e64 v163, v0, v163, s[26:27]
	v_and_b32_e32 v220, 0xffff8000, v220
	v_cndmask_b32_e64 v163, v245, v163, s[28:29]
	v_or_b32_e32 v163, v163, v220
	v_and_b32_e32 v220, 0x7f, v161
	v_cmp_ne_u16_e32 vcc, s36, v220
	v_cmp_ne_u16_e64 s[0:1], 0, v220
	v_cmp_ne_u16_e64 s[2:3], 1, v220
	v_cmp_ne_u16_e64 s[4:5], 2, v220
	v_cmp_ne_u16_e64 s[8:9], 3, v220
	v_cmp_ne_u16_e64 s[10:11], 4, v220
	v_cmp_ne_u16_e64 s[24:25], 5, v220
	v_cmp_ne_u16_e64 s[26:27], 6, v220
	v_cmp_ne_u16_e64 s[28:29], 7, v220
	v_lshlrev_b16_e32 v220, 7, v161
	v_and_b32_e32 v220, 0x3f80, v220
	v_add_u16_e32 v220, 0x2000, v220
	v_cndmask_b32_e32 v220, v36, v220, vcc
	v_cndmask_b32_e64 v220, 0, v220, s[0:1]
	v_cndmask_b32_e64 v220, v28, v220, s[2:3]
	v_cndmask_b32_e64 v220, v29, v220, s[4:5]
	v_cndmask_b32_e64 v220, v38, v220, s[8:9]
	v_cndmask_b32_e64 v220, v39, v220, s[10:11]
	v_cndmask_b32_e64 v220, v244, v220, s[24:25]
	v_cndmask_b32_e64 v220, v0, v220, s[26:27]
	v_lshlrev_b16_e32 v221, 8, v161
	v_and_b32_e32 v221, 0xffff8000, v221
	v_cndmask_b32_e64 v220, v245, v220, s[28:29]
	v_or_b32_e32 v220, v220, v221
	v_and_b32_e32 v221, 0x7f, v113
	v_cmp_ne_u16_e32 vcc, s36, v221
	v_cmp_ne_u16_e64 s[0:1], 0, v221
	v_cmp_ne_u16_e64 s[2:3], 1, v221
	v_cmp_ne_u16_e64 s[4:5], 2, v221
	v_cmp_ne_u16_e64 s[8:9], 3, v221
	v_cmp_ne_u16_e64 s[10:11], 4, v221
	v_cmp_ne_u16_e64 s[24:25], 5, v221
	v_cmp_ne_u16_e64 s[26:27], 6, v221
	v_cmp_ne_u16_e64 s[28:29], 7, v221
	v_lshlrev_b16_e32 v221, 7, v113
	v_and_b32_e32 v221, 0x3f80, v221
	v_add_u16_e32 v221, 0x2000, v221
	v_cndmask_b32_e32 v221, v36, v221, vcc
	v_cndmask_b32_e64 v221, 0, v221, s[0:1]
	v_cndmask_b32_e64 v221, v28, v221, s[2:3]
	v_cndmask_b32_e64 v221, v29, v221, s[4:5]
	v_cndmask_b32_e64 v221, v38, v221, s[8:9]
	v_cndmask_b32_e64 v221, v39, v221, s[10:11]
	v_cndmask_b32_e64 v221, v244, v221, s[24:25]
	v_cndmask_b32_e64 v221, v0, v221, s[26:27]
	v_lshlrev_b16_e32 v113, 8, v113
	v_and_b32_e32 v113, 0xffff8000, v113
	v_cndmask_b32_e64 v221, v245, v221, s[28:29]
	v_or_b32_e32 v113, v221, v113
	v_and_b32_sdwa v221, v161, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v221
	v_cmp_ne_u16_e64 s[0:1], 0, v221
	v_cmp_ne_u16_e64 s[2:3], 1, v221
	v_cmp_ne_u16_e64 s[4:5], 2, v221
	v_cmp_ne_u16_e64 s[8:9], 3, v221
	v_cmp_ne_u16_e64 s[10:11], 4, v221
	v_cmp_ne_u16_e64 s[24:25], 5, v221
	v_cmp_ne_u16_e64 s[26:27], 6, v221
	v_cmp_ne_u16_e64 s[28:29], 7, v221
	v_lshlrev_b16_sdwa v221, v247, v161 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v221, 0x3f80, v221
	v_add_u16_e32 v221, 0x2000, v221
	v_cndmask_b32_e32 v221, v36, v221, vcc
	v_cndmask_b32_e64 v221, 0, v221, s[0:1]
	v_cndmask_b32_e64 v221, v28, v221, s[2:3]
	v_cndmask_b32_e64 v221, v29, v221, s[4:5]
	v_cndmask_b32_e64 v221, v38, v221, s[8:9]
	v_cndmask_b32_e64 v221, v39, v221, s[10:11]
	v_cndmask_b32_e64 v221, v244, v221, s[24:25]
	v_cndmask_b32_e64 v221, v0, v221, s[26:27]
	v_cndmask_b32_e64 v221, v245, v221, s[28:29]
	v_or_b32_e32 v221, v221, v222
	v_lshlrev_b16_sdwa v222, v246, v161 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v161, v161, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v161
	v_cmp_ne_u16_e64 s[0:1], 0, v161
	v_cmp_ne_u16_e64 s[2:3], 1, v161
	v_cmp_ne_u16_e64 s[4:5], 2, v161
	v_cmp_ne_u16_e64 s[8:9], 3, v161
	v_cmp_ne_u16_e64 s[10:11], 4, v161
	v_cmp_ne_u16_e64 s[24:25], 5, v161
	v_cmp_ne_u16_e64 s[26:27], 6, v161
	v_cmp_ne_u16_e64 s[28:29], 7, v161
	v_and_b32_e32 v161, 0x3f80, v223
	v_add_u16_e32 v161, 0x2000, v161
	v_cndmask_b32_e32 v161, v36, v161, vcc
	v_cmp_ne_u16_e32 vcc, s36, v199
	v_cndmask_b32_e64 v161, 0, v161, s[0:1]
	v_cndmask_b32_e64 v161, v28, v161, s[2:3]
	v_cndmask_b32_e32 v198, v36, v198, vcc
	v_cmp_ne_u16_e32 vcc, 0, v199
	v_cndmask_b32_e64 v161, v29, v161, s[4:5]
	v_cndmask_b32_e64 v161, v38, v161, s[8:9]
	v_cndmask_b32_e32 v198, 0, v198, vcc
	v_cmp_ne_u16_e32 vcc, 1, v199
	v_cndmask_b32_e64 v161, v39, v161, s[10:11]
	v_cndmask_b32_e64 v161, v244, v161, s[24:25]
	v_cndmask_b32_e32 v198, v28, v198, vcc
	v_cmp_ne_u16_e32 vcc, 2, v199
	v_cndmask_b32_e64 v161, v0, v161, s[26:27]
	v_cndmask_b32_e64 v161, v245, v161, s[28:29]
	v_cndmask_b32_e32 v198, v29, v198, vcc
	v_cmp_ne_u16_e32 vcc, 3, v199
	v_and_b32_e32 v222, 0xffff8000, v222
	v_or_b32_e32 v161, v161, v222
	v_cndmask_b32_e32 v198, v38, v198, vcc
	v_cmp_ne_u16_e32 vcc, 4, v199
	v_lshlrev_b16_sdwa v222, v246, v159 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v222, 0xffff8000, v222
	v_cndmask_b32_e32 v198, v39, v198, vcc
	v_cmp_ne_u16_e32 vcc, 5, v199
	v_lshlrev_b16_sdwa v223, v247, v159 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_e32 v182, 7, v147
	v_cndmask_b32_e32 v198, v244, v198, vcc
	v_cmp_ne_u16_e32 vcc, 6, v199
	v_and_b32_e32 v182, 0x3f80, v182
	v_and_b32_e32 v183, 0x7f, v147
	v_cndmask_b32_e32 v198, v0, v198, vcc
	v_cmp_ne_u16_e32 vcc, 7, v199
	v_lshlrev_b16_e32 v199, 8, v159
	v_and_b32_e32 v199, 0xffff8000, v199
	v_cndmask_b32_e32 v198, v245, v198, vcc
	v_or_b32_e32 v198, v198, v199
	v_and_b32_e32 v199, 0x7f, v112
	v_cmp_ne_u16_e32 vcc, s36, v199
	v_cmp_ne_u16_e64 s[0:1], 0, v199
	v_cmp_ne_u16_e64 s[2:3], 1, v199
	v_cmp_ne_u16_e64 s[4:5], 2, v199
	v_cmp_ne_u16_e64 s[8:9], 3, v199
	v_cmp_ne_u16_e64 s[10:11], 4, v199
	v_cmp_ne_u16_e64 s[24:25], 5, v199
	v_cmp_ne_u16_e64 s[26:27], 6, v199
	v_cmp_ne_u16_e64 s[28:29], 7, v199
	v_lshlrev_b16_e32 v199, 7, v112
	v_and_b32_e32 v199, 0x3f80, v199
	v_add_u16_e32 v199, 0x2000, v199
	v_cndmask_b32_e32 v199, v36, v199, vcc
	v_cndmask_b32_e64 v199, 0, v199, s[0:1]
	v_cndmask_b32_e64 v199, v28, v199, s[2:3]
	v_cndmask_b32_e64 v199, v29, v199, s[4:5]
	v_cndmask_b32_e64 v199, v38, v199, s[8:9]
	v_cndmask_b32_e64 v199, v39, v199, s[10:11]
	v_cndmask_b32_e64 v199, v244, v199, s[24:25]
	v_cndmask_b32_e64 v199, v0, v199, s[26:27]
	v_lshlrev_b16_e32 v112, 8, v112
	v_and_b32_e32 v112, 0xffff8000, v112
	v_cndmask_b32_e64 v199, v245, v199, s[28:29]
	v_or_b32_e32 v112, v199, v112
	v_and_b32_sdwa v199, v159, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v199
	v_cmp_ne_u16_e64 s[0:1], 0, v199
	v_cmp_ne_u16_e64 s[2:3], 1, v199
	v_cmp_ne_u16_e64 s[4:5], 2, v199
	v_cmp_ne_u16_e64 s[8:9], 3, v199
	v_cmp_ne_u16_e64 s[10:11], 4, v199
	v_cmp_ne_u16_e64 s[24:25], 5, v199
	v_cmp_ne_u16_e64 s[26:27], 6, v199
	v_cmp_ne_u16_e64 s[28:29], 7, v199
	v_lshlrev_b16_sdwa v199, v247, v159 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v199, 0x3f80, v199
	v_add_u16_e32 v199, 0x2000, v199
	v_cndmask_b32_e32 v199, v36, v199, vcc
	v_cndmask_b32_e64 v199, 0, v199, s[0:1]
	v_cndmask_b32_e64 v199, v28, v199, s[2:3]
	v_cndmask_b32_e64 v199, v29, v199, s[4:5]
	v_cndmask_b32_e64 v199, v38, v199, s[8:9]
	v_cndmask_b32_e64 v199, v39, v199, s[10:11]
	v_cndmask_b32_e64 v199, v244, v199, s[24:25]
	v_cndmask_b32_e64 v199, v0, v199, s[26:27]
	v_cndmask_b32_e64 v199, v245, v199, s[28:29]
	v_or_b32_e32 v199, v199, v222
	v_lshlrev_b16_sdwa v222, v246, v159 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v159, v159, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v159
	v_cmp_ne_u16_e64 s[0:1], 0, v159
	v_cmp_ne_u16_e64 s[2:3], 1, v159
	v_cmp_ne_u16_e64 s[4:5], 2, v159
	v_cmp_ne_u16_e64 s[8:9], 3, v159
	v_cmp_ne_u16_e64 s[10:11], 4, v159
	v_cmp_ne_u16_e64 s[24:25], 5, v159
	v_cmp_ne_u16_e64 s[26:27], 6, v159
	v_cmp_ne_u16_e64 s[28:29], 7, v159
	v_and_b32_e32 v159, 0x3f80, v223
	v_add_u16_e32 v159, 0x2000, v159
	v_cndmask_b32_e32 v159, v36, v159, vcc
	v_cndmask_b32_e64 v159, 0, v159, s[0:1]
	v_cndmask_b32_e64 v159, v28, v159, s[2:3]
	v_cndmask_b32_e64 v159, v29, v159, s[4:5]
	v_cndmask_b32_e64 v159, v38, v159, s[8:9]
	v_cndmask_b32_e64 v159, v39, v159, s[10:11]
	v_cndmask_b32_e64 v159, v244, v159, s[24:25]
	v_cndmask_b32_e64 v159, v0, v159, s[26:27]
	v_and_b32_e32 v222, 0xffff8000, v222
	v_cndmask_b32_e64 v159, v245, v159, s[28:29]
	v_or_b32_e32 v159, v159, v222
	v_and_b32_e32 v222, 0x7f, v157
	v_cmp_ne_u16_e32 vcc, s36, v222
	v_cmp_ne_u16_e64 s[0:1], 0, v222
	v_cmp_ne_u16_e64 s[2:3], 1, v222
	v_cmp_ne_u16_e64 s[4:5], 2, v222
	v_cmp_ne_u16_e64 s[8:9], 3, v222
	v_cmp_ne_u16_e64 s[10:11], 4, v222
	v_cmp_ne_u16_e64 s[24:25], 5, v222
	v_cmp_ne_u16_e64 s[26:27], 6, v222
	v_cmp_ne_u16_e64 s[28:29], 7, v222
	v_lshlrev_b16_e32 v222, 7, v157
	v_and_b32_e32 v222, 0x3f80, v222
	v_add_u16_e32 v222, 0x2000, v222
	v_cndmask_b32_e32 v222, v36, v222, vcc
	v_cndmask_b32_e64 v222, 0, v222, s[0:1]
	v_cndmask_b32_e64 v222, v28, v222, s[2:3]
	v_cndmask_b32_e64 v222, v29, v222, s[4:5]
	v_cndmask_b32_e64 v222, v38, v222, s[8:9]
	v_cndmask_b32_e64 v222, v39, v222, s[10:11]
	v_cndmask_b32_e64 v222, v244, v222, s[24:25]
	v_cndmask_b32_e64 v222, v0, v222, s[26:27]
	v_lshlrev_b16_e32 v223, 8, v157
	v_and_b32_e32 v223, 0xffff8000, v223
	v_cndmask_b32_e64 v222, v245, v222, s[28:29]
	v_or_b32_e32 v222, v222, v223
	v_and_b32_e32 v223, 0x7f, v111
	v_cmp_ne_u16_e32 vcc, s36, v223
	v_cmp_ne_u16_e64 s[0:1], 0, v223
	v_cmp_ne_u16_e64 s[2:3], 1, v223
	v_cmp_ne_u16_e64 s[4:5], 2, v223
	v_cmp_ne_u16_e64 s[8:9], 3, v223
	v_cmp_ne_u16_e64 s[10:11], 4, v223
	v_cmp_ne_u16_e64 s[24:25], 5, v223
	v_cmp_ne_u16_e64 s[26:27], 6, v223
	v_cmp_ne_u16_e64 s[28:29], 7, v223
	v_lshlrev_b16_e32 v223, 7, v111
	v_and_b32_e32 v223, 0x3f80, v223
	v_add_u16_e32 v223, 0x2000, v223
	v_cndmask_b32_e32 v223, v36, v223, vcc
	v_cndmask_b32_e64 v223, 0, v223, s[0:1]
	v_cndmask_b32_e64 v223, v28, v223, s[2:3]
	v_cndmask_b32_e64 v223, v29, v223, s[4:5]
	v_cndmask_b32_e64 v223, v38, v223, s[8:9]
	v_cndmask_b32_e64 v223, v39, v223, s[10:11]
	v_cndmask_b32_e64 v223, v244, v223, s[24:25]
	v_cndmask_b32_e64 v223, v0, v223, s[26:27]
	v_lshlrev_b16_e32 v111, 8, v111
	v_and_b32_e32 v111, 0xffff8000, v111
	v_cndmask_b32_e64 v223, v245, v223, s[28:29]
	v_or_b32_e32 v111, v223, v111
	v_and_b32_sdwa v223, v157, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v223
	v_cmp_ne_u16_e64 s[0:1], 0, v223
	v_cmp_ne_u16_e64 s[2:3], 1, v223
	v_cmp_ne_u16_e64 s[4:5], 2, v223
	v_cmp_ne_u16_e64 s[8:9], 3, v223
	v_cmp_ne_u16_e64 s[10:11], 4, v223
	v_cmp_ne_u16_e64 s[24:25], 5, v223
	v_cmp_ne_u16_e64 s[26:27], 6, v223
	v_cmp_ne_u16_e64 s[28:29], 7, v223
	v_lshlrev_b16_sdwa v223, v247, v157 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v223, 0x3f80, v223
	v_add_u16_e32 v223, 0x2000, v223
	v_cndmask_b32_e32 v223, v36, v223, vcc
	v_cndmask_b32_e64 v223, 0, v223, s[0:1]
	v_cndmask_b32_e64 v223, v28, v223, s[2:3]
	v_cndmask_b32_e64 v223, v29, v223, s[4:5]
	v_cndmask_b32_e64 v223, v38, v223, s[8:9]
	v_cndmask_b32_e64 v223, v39, v223, s[10:11]
	v_cndmask_b32_e64 v223, v244, v223, s[24:25]
	v_cndmask_b32_e64 v223, v0, v223, s[26:27]
	v_cndmask_b32_e64 v223, v245, v223, s[28:29]
	v_or_b32_e32 v242, v223, v224
	v_lshlrev_b16_sdwa v223, v246, v157 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v224, v247, v157 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v157, v157, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v157
	v_cmp_ne_u16_e64 s[0:1], 0, v157
	v_cmp_ne_u16_e64 s[2:3], 1, v157
	v_cmp_ne_u16_e64 s[4:5], 2, v157
	v_cmp_ne_u16_e64 s[8:9], 3, v157
	v_cmp_ne_u16_e64 s[10:11], 4, v157
	v_cmp_ne_u16_e64 s[24:25], 5, v157
	v_cmp_ne_u16_e64 s[26:27], 6, v157
	v_cmp_ne_u16_e64 s[28:29], 7, v157
	v_and_b32_e32 v157, 0x3f80, v224
	v_add_u16_e32 v157, 0x2000, v157
	v_cndmask_b32_e32 v157, v36, v157, vcc
	v_cmp_ne_u16_e32 vcc, s36, v193
	v_cndmask_b32_e64 v157, 0, v157, s[0:1]
	v_cndmask_b32_e64 v157, v28, v157, s[2:3]
	v_cndmask_b32_e32 v192, v36, v192, vcc
	v_cmp_ne_u16_e32 vcc, 0, v193
	v_cndmask_b32_e64 v157, v29, v157, s[4:5]
	v_cndmask_b32_e64 v157, v38, v157, s[8:9]
	v_cndmask_b32_e32 v192, 0, v192, vcc
	v_cmp_ne_u16_e32 vcc, 1, v193
	v_cndmask_b32_e64 v157, v39, v157, s[10:11]
	v_cndmask_b32_e64 v157, v244, v157, s[24:25]
	v_cndmask_b32_e32 v192, v28, v192, vcc
	v_cmp_ne_u16_e32 vcc, 2, v193
	v_cndmask_b32_e64 v157, v0, v157, s[26:27]
	v_cndmask_b32_e64 v157, v245, v157, s[28:29]
	v_cndmask_b32_e32 v192, v29, v192, vcc
	v_cmp_ne_u16_e32 vcc, 3, v193
	v_and_b32_e32 v223, 0xffff8000, v223
	v_or_b32_e32 v157, v157, v223
	v_cndmask_b32_e32 v192, v38, v192, vcc
	v_cmp_ne_u16_e32 vcc, 4, v193
	v_lshlrev_b16_sdwa v223, v246, v155 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v223, 0xffff8000, v223
	v_cndmask_b32_e32 v192, v39, v192, vcc
	v_cmp_ne_u16_e32 vcc, 5, v193
	v_lshlrev_b16_sdwa v224, v247, v155 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_add_u16_e32 v182, 0x2000, v182
	v_cndmask_b32_e32 v192, v244, v192, vcc
	v_cmp_ne_u16_e32 vcc, 6, v193
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[0:15], v[208:209], v[176:177], a[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v176, 7, v253
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v192, v0, v192, vcc
	v_cmp_ne_u16_e32 vcc, 7, v193
	v_lshlrev_b16_e32 v193, 8, v155
	v_and_b32_e32 v193, 0xffff8000, v193
	v_cndmask_b32_e32 v192, v245, v192, vcc
	v_or_b32_e32 v192, v192, v193
	v_and_b32_e32 v193, 0x7f, v110
	v_cmp_ne_u16_e32 vcc, s36, v193
	v_cmp_ne_u16_e64 s[0:1], 0, v193
	v_cmp_ne_u16_e64 s[2:3], 1, v193
	v_cmp_ne_u16_e64 s[4:5], 2, v193
	v_cmp_ne_u16_e64 s[8:9], 3, v193
	v_cmp_ne_u16_e64 s[10:11], 4, v193
	v_cmp_ne_u16_e64 s[24:25], 5, v193
	v_cmp_ne_u16_e64 s[26:27], 6, v193
	v_cmp_ne_u16_e64 s[28:29], 7, v193
	v_lshlrev_b16_e32 v193, 7, v110
	v_and_b32_e32 v193, 0x3f80, v193
	v_add_u16_e32 v193, 0x2000, v193
	v_cndmask_b32_e32 v193, v36, v193, vcc
	v_cndmask_b32_e64 v193, 0, v193, s[0:1]
	v_cndmask_b32_e64 v193, v28, v193, s[2:3]
	v_cndmask_b32_e64 v193, v29, v193, s[4:5]
	v_cndmask_b32_e64 v193, v38, v193, s[8:9]
	v_cndmask_b32_e64 v193, v39, v193, s[10:11]
	v_cndmask_b32_e64 v193, v244, v193, s[24:25]
	v_cndmask_b32_e64 v193, v0, v193, s[26:27]
	v_lshlrev_b16_e32 v110, 8, v110
	v_and_b32_e32 v110, 0xffff8000, v110
	v_cndmask_b32_e64 v193, v245, v193, s[28:29]
	v_or_b32_e32 v110, v193, v110
	v_and_b32_sdwa v193, v155, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v193
	v_cmp_ne_u16_e64 s[0:1], 0, v193
	v_cmp_ne_u16_e64 s[2:3], 1, v193
	v_cmp_ne_u16_e64 s[4:5], 2, v193
	v_cmp_ne_u16_e64 s[8:9], 3, v193
	v_cmp_ne_u16_e64 s[10:11], 4, v193
	v_cmp_ne_u16_e64 s[24:25], 5, v193
	v_cmp_ne_u16_e64 s[26:27], 6, v193
	v_cmp_ne_u16_e64 s[28:29], 7, v193
	v_lshlrev_b16_sdwa v193, v247, v155 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v193, 0x3f80, v193
	v_add_u16_e32 v193, 0x2000, v193
	v_cndmask_b32_e32 v193, v36, v193, vcc
	v_cndmask_b32_e64 v193, 0, v193, s[0:1]
	v_cndmask_b32_e64 v193, v28, v193, s[2:3]
	v_cndmask_b32_e64 v193, v29, v193, s[4:5]
	v_cndmask_b32_e64 v193, v38, v193, s[8:9]
	v_cndmask_b32_e64 v193, v39, v193, s[10:11]
	v_cndmask_b32_e64 v193, v244, v193, s[24:25]
	v_cndmask_b32_e64 v193, v0, v193, s[26:27]
	v_cndmask_b32_e64 v193, v245, v193, s[28:29]
	v_or_b32_e32 v193, v193, v223
	v_lshlrev_b16_sdwa v223, v246, v155 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v155, v155, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v155
	v_cmp_ne_u16_e64 s[0:1], 0, v155
	v_cmp_ne_u16_e64 s[2:3], 1, v155
	v_cmp_ne_u16_e64 s[4:5], 2, v155
	v_cmp_ne_u16_e64 s[8:9], 3, v155
	v_cmp_ne_u16_e64 s[10:11], 4, v155
	v_cmp_ne_u16_e64 s[24:25], 5, v155
	v_cmp_ne_u16_e64 s[26:27], 6, v155
	v_cmp_ne_u16_e64 s[28:29], 7, v155
	v_and_b32_e32 v155, 0x3f80, v224
	v_add_u16_e32 v155, 0x2000, v155
	v_cndmask_b32_e32 v155, v36, v155, vcc
	v_cndmask_b32_e64 v155, 0, v155, s[0:1]
	v_cndmask_b32_e64 v155, v28, v155, s[2:3]
	v_cndmask_b32_e64 v155, v29, v155, s[4:5]
	v_cndmask_b32_e64 v155, v38, v155, s[8:9]
	v_cndmask_b32_e64 v155, v39, v155, s[10:11]
	v_cndmask_b32_e64 v155, v244, v155, s[24:25]
	v_cndmask_b32_e64 v155, v0, v155, s[26:27]
	v_and_b32_e32 v223, 0xffff8000, v223
	v_cndmask_b32_e64 v155, v245, v155, s[28:29]
	v_or_b32_e32 v155, v155, v223
	v_and_b32_e32 v223, 0x7f, v153
	v_cmp_ne_u16_e32 vcc, s36, v223
	v_cmp_ne_u16_e64 s[0:1], 0, v223
	v_cmp_ne_u16_e64 s[2:3], 1, v223
	v_cmp_ne_u16_e64 s[4:5], 2, v223
	v_cmp_ne_u16_e64 s[8:9], 3, v223
	v_cmp_ne_u16_e64 s[10:11], 4, v223
	v_cmp_ne_u16_e64 s[24:25], 5, v223
	v_cmp_ne_u16_e64 s[26:27], 6, v223
	v_cmp_ne_u16_e64 s[28:29], 7, v223
	v_lshlrev_b16_e32 v223, 7, v153
	v_and_b32_e32 v223, 0x3f80, v223
	v_add_u16_e32 v223, 0x2000, v223
	v_cndmask_b32_e32 v223, v36, v223, vcc
	v_cndmask_b32_e64 v223, 0, v223, s[0:1]
	v_cndmask_b32_e64 v223, v28, v223, s[2:3]
	v_cndmask_b32_e64 v223, v29, v223, s[4:5]
	v_cndmask_b32_e64 v223, v38, v223, s[8:9]
	v_cndmask_b32_e64 v223, v39, v223, s[10:11]
	v_cndmask_b32_e64 v223, v244, v223, s[24:25]
	v_cndmask_b32_e64 v223, v0, v223, s[26:27]
	v_lshlrev_b16_e32 v224, 8, v153
	v_and_b32_e32 v224, 0xffff8000, v224
	v_cndmask_b32_e64 v223, v245, v223, s[28:29]
	v_or_b32_e32 v223, v223, v224
	v_and_b32_e32 v224, 0x7f, v32
	v_cmp_ne_u16_e32 vcc, s36, v224
	v_cmp_ne_u16_e64 s[0:1], 0, v224
	v_cmp_ne_u16_e64 s[2:3], 1, v224
	v_cmp_ne_u16_e64 s[4:5], 2, v224
	v_cmp_ne_u16_e64 s[8:9], 3, v224
	v_cmp_ne_u16_e64 s[10:11], 4, v224
	v_cmp_ne_u16_e64 s[24:25], 5, v224
	v_cmp_ne_u16_e64 s[26:27], 6, v224
	v_cmp_ne_u16_e64 s[28:29], 7, v224
	v_lshlrev_b16_e32 v224, 7, v32
	v_and_b32_e32 v224, 0x3f80, v224
	v_add_u16_e32 v224, 0x2000, v224
	v_cndmask_b32_e32 v224, v36, v224, vcc
	v_cndmask_b32_e64 v224, 0, v224, s[0:1]
	v_cndmask_b32_e64 v224, v28, v224, s[2:3]
	v_cndmask_b32_e64 v224, v29, v224, s[4:5]
	v_cndmask_b32_e64 v224, v38, v224, s[8:9]
	v_cndmask_b32_e64 v224, v39, v224, s[10:11]
	v_cndmask_b32_e64 v224, v244, v224, s[24:25]
	v_cndmask_b32_e64 v224, v0, v224, s[26:27]
	v_lshlrev_b16_e32 v32, 8, v32
	v_and_b32_e32 v32, 0xffff8000, v32
	v_cndmask_b32_e64 v224, v245, v224, s[28:29]
	v_or_b32_e32 v32, v224, v32
	v_and_b32_sdwa v224, v153, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v224
	v_cmp_ne_u16_e64 s[0:1], 0, v224
	v_cmp_ne_u16_e64 s[2:3], 1, v224
	v_cmp_ne_u16_e64 s[4:5], 2, v224
	v_cmp_ne_u16_e64 s[8:9], 3, v224
	v_cmp_ne_u16_e64 s[10:11], 4, v224
	v_cmp_ne_u16_e64 s[24:25], 5, v224
	v_cmp_ne_u16_e64 s[26:27], 6, v224
	v_cmp_ne_u16_e64 s[28:29], 7, v224
	v_lshlrev_b16_sdwa v224, v247, v153 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v224, 0x3f80, v224
	v_add_u16_e32 v224, 0x2000, v224
	v_cndmask_b32_e32 v224, v36, v224, vcc
	v_cndmask_b32_e64 v224, 0, v224, s[0:1]
	v_cndmask_b32_e64 v224, v28, v224, s[2:3]
	v_cndmask_b32_e64 v224, v29, v224, s[4:5]
	v_cndmask_b32_e64 v224, v38, v224, s[8:9]
	v_cndmask_b32_e64 v224, v39, v224, s[10:11]
	v_cndmask_b32_e64 v224, v244, v224, s[24:25]
	v_cndmask_b32_e64 v224, v0, v224, s[26:27]
	v_cndmask_b32_e64 v224, v245, v224, s[28:29]
	v_or_b32_e32 v224, v224, v225
	v_lshlrev_b16_sdwa v225, v246, v153 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v153, v153, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v153
	v_cmp_ne_u16_e64 s[0:1], 0, v153
	v_cmp_ne_u16_e64 s[2:3], 1, v153
	v_cmp_ne_u16_e64 s[4:5], 2, v153
	v_cmp_ne_u16_e64 s[8:9], 3, v153
	v_cmp_ne_u16_e64 s[10:11], 4, v153
	v_cmp_ne_u16_e64 s[24:25], 5, v153
	v_cmp_ne_u16_e64 s[26:27], 6, v153
	v_cmp_ne_u16_e64 s[28:29], 7, v153
	v_and_b32_e32 v153, 0x3f80, v226
	v_add_u16_e32 v153, 0x2000, v153
	v_cndmask_b32_e32 v153, v36, v153, vcc
	v_cmp_ne_u16_e32 vcc, s36, v189
	v_cndmask_b32_e64 v153, 0, v153, s[0:1]
	v_cndmask_b32_e64 v153, v28, v153, s[2:3]
	v_cndmask_b32_e32 v188, v36, v188, vcc
	v_cmp_ne_u16_e32 vcc, 0, v189
	v_cndmask_b32_e64 v153, v29, v153, s[4:5]
	v_cndmask_b32_e64 v153, v38, v153, s[8:9]
	v_cndmask_b32_e32 v188, 0, v188, vcc
	v_cmp_ne_u16_e32 vcc, 1, v189
	v_cndmask_b32_e64 v153, v39, v153, s[10:11]
	v_cndmask_b32_e64 v153, v244, v153, s[24:25]
	v_cndmask_b32_e32 v188, v28, v188, vcc
	v_cmp_ne_u16_e32 vcc, 2, v189
	v_cndmask_b32_e64 v153, v0, v153, s[26:27]
	v_cndmask_b32_e64 v153, v245, v153, s[28:29]
	v_cndmask_b32_e32 v188, v29, v188, vcc
	v_cmp_ne_u16_e32 vcc, 3, v189
	v_and_b32_e32 v225, 0xffff8000, v225
	v_or_b32_e32 v153, v153, v225
	v_cndmask_b32_e32 v188, v38, v188, vcc
	v_cmp_ne_u16_e32 vcc, 4, v189
	v_lshlrev_b16_sdwa v225, v246, v151 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v225, 0xffff8000, v225
	v_cndmask_b32_e32 v188, v39, v188, vcc
	v_cmp_ne_u16_e32 vcc, 5, v189
	v_lshlrev_b16_sdwa v226, v247, v151 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_and_b32_e32 v176, 0x3f80, v176
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v188, v244, v188, vcc
	v_cmp_ne_u16_e32 vcc, 6, v189
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_and_b32_e32 v177, 0x7f, v253
	v_add_u16_e32 v176, 0x2000, v176
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v188, v0, v188, vcc
	v_cmp_ne_u16_e32 vcc, 7, v189
	v_lshlrev_b16_e32 v189, 8, v151
	v_and_b32_e32 v189, 0xffff8000, v189
	v_cndmask_b32_e32 v188, v245, v188, vcc
	v_or_b32_e32 v188, v188, v189
	v_and_b32_e32 v189, 0x7f, v30
	v_cmp_ne_u16_e32 vcc, s36, v189
	v_cmp_ne_u16_e64 s[0:1], 0, v189
	v_cmp_ne_u16_e64 s[2:3], 1, v189
	v_cmp_ne_u16_e64 s[4:5], 2, v189
	v_cmp_ne_u16_e64 s[8:9], 3, v189
	v_cmp_ne_u16_e64 s[10:11], 4, v189
	v_cmp_ne_u16_e64 s[24:25], 5, v189
	v_cmp_ne_u16_e64 s[26:27], 6, v189
	v_cmp_ne_u16_e64 s[28:29], 7, v189
	v_lshlrev_b16_e32 v189, 7, v30
	v_and_b32_e32 v189, 0x3f80, v189
	v_add_u16_e32 v189, 0x2000, v189
	v_cndmask_b32_e32 v189, v36, v189, vcc
	v_cndmask_b32_e64 v189, 0, v189, s[0:1]
	v_cndmask_b32_e64 v189, v28, v189, s[2:3]
	v_cndmask_b32_e64 v189, v29, v189, s[4:5]
	v_cndmask_b32_e64 v189, v38, v189, s[8:9]
	v_cndmask_b32_e64 v189, v39, v189, s[10:11]
	v_cndmask_b32_e64 v189, v244, v189, s[24:25]
	v_cndmask_b32_e64 v189, v0, v189, s[26:27]
	v_lshlrev_b16_e32 v30, 8, v30
	v_and_b32_e32 v30, 0xffff8000, v30
	v_cndmask_b32_e64 v189, v245, v189, s[28:29]
	v_or_b32_e32 v30, v189, v30
	v_and_b32_sdwa v189, v151, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v189
	v_cmp_ne_u16_e64 s[0:1], 0, v189
	v_cmp_ne_u16_e64 s[2:3], 1, v189
	v_cmp_ne_u16_e64 s[4:5], 2, v189
	v_cmp_ne_u16_e64 s[8:9], 3, v189
	v_cmp_ne_u16_e64 s[10:11], 4, v189
	v_cmp_ne_u16_e64 s[24:25], 5, v189
	v_cmp_ne_u16_e64 s[26:27], 6, v189
	v_cmp_ne_u16_e64 s[28:29], 7, v189
	v_lshlrev_b16_sdwa v189, v247, v151 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v189, 0x3f80, v189
	v_add_u16_e32 v189, 0x2000, v189
	v_cndmask_b32_e32 v189, v36, v189, vcc
	v_cndmask_b32_e64 v189, 0, v189, s[0:1]
	v_cndmask_b32_e64 v189, v28, v189, s[2:3]
	v_cndmask_b32_e64 v189, v29, v189, s[4:5]
	v_cndmask_b32_e64 v189, v38, v189, s[8:9]
	v_cndmask_b32_e64 v189, v39, v189, s[10:11]
	v_cndmask_b32_e64 v189, v244, v189, s[24:25]
	v_cndmask_b32_e64 v189, v0, v189, s[26:27]
	v_cndmask_b32_e64 v189, v245, v189, s[28:29]
	v_or_b32_e32 v189, v189, v225
	v_lshlrev_b16_sdwa v225, v246, v151 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v151, v151, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v151
	v_cmp_ne_u16_e64 s[0:1], 0, v151
	v_cmp_ne_u16_e64 s[2:3], 1, v151
	v_cmp_ne_u16_e64 s[4:5], 2, v151
	v_cmp_ne_u16_e64 s[8:9], 3, v151
	v_cmp_ne_u16_e64 s[10:11], 4, v151
	v_cmp_ne_u16_e64 s[24:25], 5, v151
	v_cmp_ne_u16_e64 s[26:27], 6, v151
	v_cmp_ne_u16_e64 s[28:29], 7, v151
	v_and_b32_e32 v151, 0x3f80, v226
	v_add_u16_e32 v151, 0x2000, v151
	v_cndmask_b32_e32 v151, v36, v151, vcc
	v_cndmask_b32_e64 v151, 0, v151, s[0:1]
	v_cndmask_b32_e64 v151, v28, v151, s[2:3]
	v_cndmask_b32_e64 v151, v29, v151, s[4:5]
	v_cndmask_b32_e64 v151, v38, v151, s[8:9]
	v_cndmask_b32_e64 v151, v39, v151, s[10:11]
	v_cndmask_b32_e64 v151, v244, v151, s[24:25]
	v_cndmask_b32_e64 v151, v0, v151, s[26:27]
	v_and_b32_e32 v225, 0xffff8000, v225
	v_cndmask_b32_e64 v151, v245, v151, s[28:29]
	v_or_b32_e32 v151, v151, v225
	v_and_b32_e32 v225, 0x7f, v149
	v_cmp_ne_u16_e32 vcc, s36, v225
	v_cmp_ne_u16_e64 s[0:1], 0, v225
	v_cmp_ne_u16_e64 s[2:3], 1, v225
	v_cmp_ne_u16_e64 s[4:5], 2, v225
	v_cmp_ne_u16_e64 s[8:9], 3, v225
	v_cmp_ne_u16_e64 s[10:11], 4, v225
	v_cmp_ne_u16_e64 s[24:25], 5, v225
	v_cmp_ne_u16_e64 s[26:27], 6, v225
	v_cmp_ne_u16_e64 s[28:29], 7, v225
	v_lshlrev_b16_e32 v225, 7, v149
	v_and_b32_e32 v225, 0x3f80, v225
	v_add_u16_e32 v225, 0x2000, v225
	v_cndmask_b32_e32 v225, v36, v225, vcc
	v_cndmask_b32_e64 v225, 0, v225, s[0:1]
	v_cndmask_b32_e64 v225, v28, v225, s[2:3]
	v_cndmask_b32_e64 v225, v29, v225, s[4:5]
	v_cndmask_b32_e64 v225, v38, v225, s[8:9]
	v_cndmask_b32_e64 v225, v39, v225, s[10:11]
	v_cndmask_b32_e64 v225, v244, v225, s[24:25]
	v_cndmask_b32_e64 v225, v0, v225, s[26:27]
	v_lshlrev_b16_e32 v226, 8, v149
	v_and_b32_e32 v226, 0xffff8000, v226
	v_cndmask_b32_e64 v225, v245, v225, s[28:29]
	v_or_b32_e32 v225, v225, v226
	v_and_b32_e32 v226, 0x7f, v34
	v_cmp_ne_u16_e32 vcc, s36, v226
	v_cmp_ne_u16_e64 s[0:1], 0, v226
	v_cmp_ne_u16_e64 s[2:3], 1, v226
	v_cmp_ne_u16_e64 s[4:5], 2, v226
	v_cmp_ne_u16_e64 s[8:9], 3, v226
	v_cmp_ne_u16_e64 s[10:11], 4, v226
	v_cmp_ne_u16_e64 s[24:25], 5, v226
	v_cmp_ne_u16_e64 s[26:27], 6, v226
	v_cmp_ne_u16_e64 s[28:29], 7, v226
	v_lshlrev_b16_e32 v226, 7, v34
	v_and_b32_e32 v226, 0x3f80, v226
	v_add_u16_e32 v226, 0x2000, v226
	v_cndmask_b32_e32 v226, v36, v226, vcc
	v_cndmask_b32_e64 v226, 0, v226, s[0:1]
	v_cndmask_b32_e64 v226, v28, v226, s[2:3]
	v_cndmask_b32_e64 v226, v29, v226, s[4:5]
	v_cndmask_b32_e64 v226, v38, v226, s[8:9]
	v_cndmask_b32_e64 v226, v39, v226, s[10:11]
	v_cndmask_b32_e64 v226, v244, v226, s[24:25]
	v_cndmask_b32_e64 v226, v0, v226, s[26:27]
	v_lshlrev_b16_e32 v34, 8, v34
	v_and_b32_e32 v34, 0xffff8000, v34
	v_cndmask_b32_e64 v226, v245, v226, s[28:29]
	v_or_b32_e32 v34, v226, v34
	v_and_b32_sdwa v226, v149, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v226
	v_cmp_ne_u16_e64 s[0:1], 0, v226
	v_cmp_ne_u16_e64 s[2:3], 1, v226
	v_cmp_ne_u16_e64 s[4:5], 2, v226
	v_cmp_ne_u16_e64 s[8:9], 3, v226
	v_cmp_ne_u16_e64 s[10:11], 4, v226
	v_cmp_ne_u16_e64 s[24:25], 5, v226
	v_cmp_ne_u16_e64 s[26:27], 6, v226
	v_cmp_ne_u16_e64 s[28:29], 7, v226
	v_lshlrev_b16_sdwa v226, v247, v149 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v226, 0x3f80, v226
	v_add_u16_e32 v226, 0x2000, v226
	v_cndmask_b32_e32 v226, v36, v226, vcc
	v_cndmask_b32_e64 v226, 0, v226, s[0:1]
	v_cndmask_b32_e64 v226, v28, v226, s[2:3]
	v_cndmask_b32_e64 v226, v29, v226, s[4:5]
	v_cndmask_b32_e64 v226, v38, v226, s[8:9]
	v_cndmask_b32_e64 v226, v39, v226, s[10:11]
	v_cndmask_b32_e64 v226, v244, v226, s[24:25]
	v_cndmask_b32_e64 v226, v0, v226, s[26:27]
	v_cndmask_b32_e64 v226, v245, v226, s[28:29]
	v_or_b32_e32 v226, v226, v227
	v_lshlrev_b16_sdwa v227, v246, v149 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v149, v149, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v149
	v_cmp_ne_u16_e64 s[0:1], 0, v149
	v_cmp_ne_u16_e64 s[2:3], 1, v149
	v_cmp_ne_u16_e64 s[4:5], 2, v149
	v_cmp_ne_u16_e64 s[8:9], 3, v149
	v_cmp_ne_u16_e64 s[10:11], 4, v149
	v_cmp_ne_u16_e64 s[24:25], 5, v149
	v_cmp_ne_u16_e64 s[26:27], 6, v149
	v_cmp_ne_u16_e64 s[28:29], 7, v149
	v_and_b32_e32 v149, 0x3f80, v228
	v_add_u16_e32 v149, 0x2000, v149
	v_cndmask_b32_e32 v149, v36, v149, vcc
	v_cmp_ne_u16_e32 vcc, s36, v183
	v_cndmask_b32_e64 v149, 0, v149, s[0:1]
	v_cndmask_b32_e64 v149, v28, v149, s[2:3]
	v_cndmask_b32_e32 v182, v36, v182, vcc
	v_cmp_ne_u16_e32 vcc, 0, v183
	v_cndmask_b32_e64 v149, v29, v149, s[4:5]
	v_cndmask_b32_e64 v149, v38, v149, s[8:9]
	v_cndmask_b32_e32 v182, 0, v182, vcc
	v_cmp_ne_u16_e32 vcc, 1, v183
	v_cndmask_b32_e64 v149, v39, v149, s[10:11]
	v_cndmask_b32_e64 v149, v244, v149, s[24:25]
	v_cndmask_b32_e32 v182, v28, v182, vcc
	v_cmp_ne_u16_e32 vcc, 2, v183
	v_cndmask_b32_e64 v149, v0, v149, s[26:27]
	v_cndmask_b32_e64 v149, v245, v149, s[28:29]
	v_cndmask_b32_e32 v182, v29, v182, vcc
	v_cmp_ne_u16_e32 vcc, 3, v183
	v_and_b32_e32 v227, 0xffff8000, v227
	v_or_b32_e32 v149, v149, v227
	v_cndmask_b32_e32 v182, v38, v182, vcc
	v_cmp_ne_u16_e32 vcc, 4, v183
	v_lshlrev_b16_e32 v227, 8, v238
	v_and_b32_e32 v227, 0xffff8000, v227
	v_cndmask_b32_e32 v182, v39, v182, vcc
	v_cmp_ne_u16_e32 vcc, 5, v183
	v_lshlrev_b16_sdwa v228, v246, v147 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v228, 0xffff8000, v228
	v_cndmask_b32_e32 v182, v244, v182, vcc
	v_cmp_ne_u16_e32 vcc, 6, v183
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[0:15], v[212:213], v[174:175], a[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v174, 7, v251
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v182, v0, v182, vcc
	v_cmp_ne_u16_e32 vcc, 7, v183
	v_lshlrev_b16_e32 v183, 8, v147
	v_and_b32_e32 v183, 0xffff8000, v183
	v_cndmask_b32_e32 v182, v245, v182, vcc
	v_or_b32_e32 v182, v182, v183
	v_and_b32_e32 v183, 0x7f, v238
	v_cmp_ne_u16_e32 vcc, s36, v183
	v_cmp_ne_u16_e64 s[0:1], 0, v183
	v_cmp_ne_u16_e64 s[2:3], 1, v183
	v_cmp_ne_u16_e64 s[4:5], 2, v183
	v_cmp_ne_u16_e64 s[8:9], 3, v183
	v_cmp_ne_u16_e64 s[10:11], 4, v183
	v_cmp_ne_u16_e64 s[24:25], 5, v183
	v_cmp_ne_u16_e64 s[26:27], 6, v183
	v_cmp_ne_u16_e64 s[28:29], 7, v183
	v_lshlrev_b16_e32 v183, 7, v238
	v_and_b32_e32 v183, 0x3f80, v183
	v_add_u16_e32 v183, 0x2000, v183
	v_cndmask_b32_e32 v183, v36, v183, vcc
	v_cndmask_b32_e64 v183, 0, v183, s[0:1]
	v_cndmask_b32_e64 v183, v28, v183, s[2:3]
	v_cndmask_b32_e64 v183, v29, v183, s[4:5]
	v_cndmask_b32_e64 v183, v38, v183, s[8:9]
	v_cndmask_b32_e64 v183, v39, v183, s[10:11]
	v_cndmask_b32_e64 v183, v244, v183, s[24:25]
	v_cndmask_b32_e64 v183, v0, v183, s[26:27]
	v_cndmask_b32_e64 v183, v245, v183, s[28:29]
	v_or_b32_e32 v183, v183, v227
	v_and_b32_sdwa v227, v147, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v227
	v_cmp_ne_u16_e64 s[0:1], 0, v227
	v_cmp_ne_u16_e64 s[2:3], 1, v227
	v_cmp_ne_u16_e64 s[4:5], 2, v227
	v_cmp_ne_u16_e64 s[8:9], 3, v227
	v_cmp_ne_u16_e64 s[10:11], 4, v227
	v_cmp_ne_u16_e64 s[24:25], 5, v227
	v_cmp_ne_u16_e64 s[26:27], 6, v227
	v_cmp_ne_u16_e64 s[28:29], 7, v227
	v_lshlrev_b16_sdwa v227, v247, v147 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v227, 0x3f80, v227
	v_add_u16_e32 v227, 0x2000, v227
	v_cndmask_b32_e32 v227, v36, v227, vcc
	v_cndmask_b32_e64 v227, 0, v227, s[0:1]
	v_cndmask_b32_e64 v227, v28, v227, s[2:3]
	v_cndmask_b32_e64 v227, v29, v227, s[4:5]
	v_cndmask_b32_e64 v227, v38, v227, s[8:9]
	v_cndmask_b32_e64 v227, v39, v227, s[10:11]
	v_cndmask_b32_e64 v227, v244, v227, s[24:25]
	v_cndmask_b32_e64 v227, v0, v227, s[26:27]
	v_cndmask_b32_e64 v227, v245, v227, s[28:29]
	v_or_b32_e32 v238, v227, v228
	v_lshlrev_b16_sdwa v227, v246, v147 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v228, v247, v147 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v147, v147, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v147
	v_cmp_ne_u16_e64 s[0:1], 0, v147
	v_cmp_ne_u16_e64 s[2:3], 1, v147
	v_cmp_ne_u16_e64 s[4:5], 2, v147
	v_cmp_ne_u16_e64 s[8:9], 3, v147
	v_cmp_ne_u16_e64 s[10:11], 4, v147
	v_cmp_ne_u16_e64 s[24:25], 5, v147
	v_cmp_ne_u16_e64 s[26:27], 6, v147
	v_cmp_ne_u16_e64 s[28:29], 7, v147
	v_and_b32_e32 v147, 0x3f80, v228
	v_add_u16_e32 v147, 0x2000, v147
	v_cndmask_b32_e32 v147, v36, v147, vcc
	v_cndmask_b32_e64 v147, 0, v147, s[0:1]
	v_cndmask_b32_e64 v147, v28, v147, s[2:3]
	v_cndmask_b32_e64 v147, v29, v147, s[4:5]
	v_cndmask_b32_e64 v147, v38, v147, s[8:9]
	v_cndmask_b32_e64 v147, v39, v147, s[10:11]
	v_cndmask_b32_e64 v147, v244, v147, s[24:25]
	v_cndmask_b32_e64 v147, v0, v147, s[26:27]
	v_and_b32_e32 v227, 0xffff8000, v227
	v_cndmask_b32_e64 v147, v245, v147, s[28:29]
	v_or_b32_e32 v147, v147, v227
	v_and_b32_e32 v227, 0x7f, v145
	v_cmp_ne_u16_e32 vcc, s36, v227
	v_cmp_ne_u16_e64 s[0:1], 0, v227
	v_cmp_ne_u16_e64 s[2:3], 1, v227
	v_cmp_ne_u16_e64 s[4:5], 2, v227
	v_cmp_ne_u16_e64 s[8:9], 3, v227
	v_cmp_ne_u16_e64 s[10:11], 4, v227
	v_cmp_ne_u16_e64 s[24:25], 5, v227
	v_cmp_ne_u16_e64 s[26:27], 6, v227
	v_cmp_ne_u16_e64 s[28:29], 7, v227
	v_lshlrev_b16_e32 v227, 7, v145
	v_and_b32_e32 v227, 0x3f80, v227
	v_add_u16_e32 v227, 0x2000, v227
	v_cndmask_b32_e32 v227, v36, v227, vcc
	v_cndmask_b32_e64 v227, 0, v227, s[0:1]
	v_cndmask_b32_e64 v227, v28, v227, s[2:3]
	v_cndmask_b32_e64 v227, v29, v227, s[4:5]
	v_cndmask_b32_e64 v227, v38, v227, s[8:9]
	v_cndmask_b32_e64 v227, v39, v227, s[10:11]
	v_cndmask_b32_e64 v227, v244, v227, s[24:25]
	v_cndmask_b32_e64 v227, v0, v227, s[26:27]
	v_lshlrev_b16_e32 v228, 8, v145
	v_and_b32_e32 v228, 0xffff8000, v228
	v_cndmask_b32_e64 v227, v245, v227, s[28:29]
	v_or_b32_e32 v227, v227, v228
	v_and_b32_e32 v228, 0x7f, v255
	v_cmp_ne_u16_e32 vcc, s36, v228
	v_cmp_ne_u16_e64 s[0:1], 0, v228
	v_cmp_ne_u16_e64 s[2:3], 1, v228
	v_cmp_ne_u16_e64 s[4:5], 2, v228
	v_cmp_ne_u16_e64 s[8:9], 3, v228
	v_cmp_ne_u16_e64 s[10:11], 4, v228
	v_cmp_ne_u16_e64 s[24:25], 5, v228
	v_cmp_ne_u16_e64 s[26:27], 6, v228
	v_cmp_ne_u16_e64 s[28:29], 7, v228
	v_lshlrev_b16_e32 v228, 7, v255
	v_and_b32_e32 v228, 0x3f80, v228
	v_add_u16_e32 v228, 0x2000, v228
	v_cndmask_b32_e32 v228, v36, v228, vcc
	v_cndmask_b32_e64 v228, 0, v228, s[0:1]
	v_cndmask_b32_e64 v228, v28, v228, s[2:3]
	v_cndmask_b32_e64 v228, v29, v228, s[4:5]
	v_cndmask_b32_e64 v228, v38, v228, s[8:9]
	v_cndmask_b32_e64 v228, v39, v228, s[10:11]
	v_cndmask_b32_e64 v228, v244, v228, s[24:25]
	v_cndmask_b32_e64 v228, v0, v228, s[26:27]
	v_lshlrev_b16_e32 v255, 8, v255
	v_and_b32_e32 v255, 0xffff8000, v255
	v_cndmask_b32_e64 v228, v245, v228, s[28:29]
	v_or_b32_e32 v255, v228, v255
	v_and_b32_sdwa v228, v145, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v228
	v_cmp_ne_u16_e64 s[0:1], 0, v228
	v_cmp_ne_u16_e64 s[2:3], 1, v228
	v_cmp_ne_u16_e64 s[4:5], 2, v228
	v_cmp_ne_u16_e64 s[8:9], 3, v228
	v_cmp_ne_u16_e64 s[10:11], 4, v228
	v_cmp_ne_u16_e64 s[24:25], 5, v228
	v_cmp_ne_u16_e64 s[26:27], 6, v228
	v_cmp_ne_u16_e64 s[28:29], 7, v228
	v_lshlrev_b16_sdwa v228, v247, v145 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v228, 0x3f80, v228
	v_add_u16_e32 v228, 0x2000, v228
	v_cndmask_b32_e32 v228, v36, v228, vcc
	v_cndmask_b32_e64 v228, 0, v228, s[0:1]
	v_cndmask_b32_e64 v228, v28, v228, s[2:3]
	v_cndmask_b32_e64 v228, v29, v228, s[4:5]
	v_cndmask_b32_e64 v228, v38, v228, s[8:9]
	v_cndmask_b32_e64 v228, v39, v228, s[10:11]
	v_cndmask_b32_e64 v228, v244, v228, s[24:25]
	v_cndmask_b32_e64 v228, v0, v228, s[26:27]
	v_cndmask_b32_e64 v228, v245, v228, s[28:29]
	v_or_b32_e32 v228, v228, v229
	v_lshlrev_b16_sdwa v229, v246, v145 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v145, v145, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v145
	v_cmp_ne_u16_e64 s[0:1], 0, v145
	v_cmp_ne_u16_e64 s[2:3], 1, v145
	v_cmp_ne_u16_e64 s[4:5], 2, v145
	v_cmp_ne_u16_e64 s[8:9], 3, v145
	v_cmp_ne_u16_e64 s[10:11], 4, v145
	v_cmp_ne_u16_e64 s[24:25], 5, v145
	v_cmp_ne_u16_e64 s[26:27], 6, v145
	v_cmp_ne_u16_e64 s[28:29], 7, v145
	v_and_b32_e32 v145, 0x3f80, v230
	v_add_u16_e32 v145, 0x2000, v145
	v_cndmask_b32_e32 v145, v36, v145, vcc
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cmp_ne_u16_e32 vcc, s36, v177
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v145, 0, v145, s[0:1]
	v_cndmask_b32_e64 v145, v28, v145, s[2:3]
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v176, v36, v176, vcc
	v_cmp_ne_u16_e32 vcc, 0, v177
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v145, v29, v145, s[4:5]
	v_cndmask_b32_e64 v145, v38, v145, s[8:9]
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v176, 0, v176, vcc
	v_cmp_ne_u16_e32 vcc, 1, v177
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v145, v39, v145, s[10:11]
	v_cndmask_b32_e64 v145, v244, v145, s[24:25]
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v176, v28, v176, vcc
	v_cmp_ne_u16_e32 vcc, 2, v177
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v145, v0, v145, s[26:27]
	v_cndmask_b32_e64 v145, v245, v145, s[28:29]
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v176, v29, v176, vcc
	v_cmp_ne_u16_e32 vcc, 3, v177
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_e32 v229, 0xffff8000, v229
	v_or_b32_e32 v145, v145, v229
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v176, v38, v176, vcc
	v_cmp_ne_u16_e32 vcc, 4, v177
	v_lshlrev_b16_e32 v229, 8, v254
	v_and_b32_e32 v229, 0xffff8000, v229
	v_cndmask_b32_e32 v176, v39, v176, vcc
	v_cmp_ne_u16_e32 vcc, 5, v177
	v_lshlrev_b16_sdwa v230, v246, v253 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v230, 0xffff8000, v230
	v_cndmask_b32_e32 v176, v244, v176, vcc
	v_cmp_ne_u16_e32 vcc, 6, v177
	v_and_b32_e32 v174, 0x3f80, v174
	v_and_b32_e32 v175, 0x7f, v251
	v_cndmask_b32_e32 v176, v0, v176, vcc
	v_cmp_ne_u16_e32 vcc, 7, v177
	v_lshlrev_b16_e32 v177, 8, v253
	v_and_b32_e32 v177, 0xffff8000, v177
	v_cndmask_b32_e32 v176, v245, v176, vcc
	v_or_b32_e32 v176, v176, v177
	v_and_b32_e32 v177, 0x7f, v254
	v_cmp_ne_u16_e32 vcc, s36, v177
	v_cmp_ne_u16_e64 s[0:1], 0, v177
	v_cmp_ne_u16_e64 s[2:3], 1, v177
	v_cmp_ne_u16_e64 s[4:5], 2, v177
	v_cmp_ne_u16_e64 s[8:9], 3, v177
	v_cmp_ne_u16_e64 s[10:11], 4, v177
	v_cmp_ne_u16_e64 s[24:25], 5, v177
	v_cmp_ne_u16_e64 s[26:27], 6, v177
	v_cmp_ne_u16_e64 s[28:29], 7, v177
	v_lshlrev_b16_e32 v177, 7, v254
	v_and_b32_e32 v177, 0x3f80, v177
	v_add_u16_e32 v177, 0x2000, v177
	v_cndmask_b32_e32 v177, v36, v177, vcc
	v_cndmask_b32_e64 v177, 0, v177, s[0:1]
	v_cndmask_b32_e64 v177, v28, v177, s[2:3]
	v_cndmask_b32_e64 v177, v29, v177, s[4:5]
	v_cndmask_b32_e64 v177, v38, v177, s[8:9]
	v_cndmask_b32_e64 v177, v39, v177, s[10:11]
	v_cndmask_b32_e64 v177, v244, v177, s[24:25]
	v_cndmask_b32_e64 v177, v0, v177, s[26:27]
	v_cndmask_b32_e64 v177, v245, v177, s[28:29]
	v_or_b32_e32 v177, v177, v229
	v_and_b32_sdwa v229, v253, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v229
	v_cmp_ne_u16_e64 s[0:1], 0, v229
	v_cmp_ne_u16_e64 s[2:3], 1, v229
	v_cmp_ne_u16_e64 s[4:5], 2, v229
	v_cmp_ne_u16_e64 s[8:9], 3, v229
	v_cmp_ne_u16_e64 s[10:11], 4, v229
	v_cmp_ne_u16_e64 s[24:25], 5, v229
	v_cmp_ne_u16_e64 s[26:27], 6, v229
	v_cmp_ne_u16_e64 s[28:29], 7, v229
	v_lshlrev_b16_sdwa v229, v247, v253 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v229, 0x3f80, v229
	v_add_u16_e32 v229, 0x2000, v229
	v_cndmask_b32_e32 v229, v36, v229, vcc
	v_cndmask_b32_e64 v229, 0, v229, s[0:1]
	v_cndmask_b32_e64 v229, v28, v229, s[2:3]
	v_cndmask_b32_e64 v229, v29, v229, s[4:5]
	v_cndmask_b32_e64 v229, v38, v229, s[8:9]
	v_cndmask_b32_e64 v229, v39, v229, s[10:11]
	v_cndmask_b32_e64 v229, v244, v229, s[24:25]
	v_cndmask_b32_e64 v229, v0, v229, s[26:27]
	v_cndmask_b32_e64 v229, v245, v229, s[28:29]
	v_or_b32_e32 v254, v229, v230
	v_and_b32_sdwa v229, v253, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v229
	v_cmp_ne_u16_e64 s[0:1], 0, v229
	v_cmp_ne_u16_e64 s[2:3], 1, v229
	v_cmp_ne_u16_e64 s[4:5], 2, v229
	v_cmp_ne_u16_e64 s[8:9], 3, v229
	v_cmp_ne_u16_e64 s[10:11], 4, v229
	v_cmp_ne_u16_e64 s[24:25], 5, v229
	v_cmp_ne_u16_e64 s[26:27], 6, v229
	v_cmp_ne_u16_e64 s[28:29], 7, v229
	v_lshlrev_b16_sdwa v229, v247, v253 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v229, 0x3f80, v229
	v_add_u16_e32 v229, 0x2000, v229
	v_cndmask_b32_e32 v229, v36, v229, vcc
	v_add_u16_e32 v174, 0x2000, v174
	v_cmp_ne_u16_e32 vcc, s36, v175
	v_cndmask_b32_e64 v229, 0, v229, s[0:1]
	v_cndmask_b32_e64 v229, v28, v229, s[2:3]
	v_cndmask_b32_e32 v174, v36, v174, vcc
	v_cmp_ne_u16_e32 vcc, 0, v175
	v_cndmask_b32_e64 v229, v29, v229, s[4:5]
	v_cndmask_b32_e64 v229, v38, v229, s[8:9]
	v_cndmask_b32_e32 v174, 0, v174, vcc
	v_cmp_ne_u16_e32 vcc, 1, v175
	v_cndmask_b32_e64 v229, v39, v229, s[10:11]
	v_cndmask_b32_e64 v229, v244, v229, s[24:25]
	v_cndmask_b32_e32 v174, v28, v174, vcc
	v_cmp_ne_u16_e32 vcc, 2, v175
	v_cndmask_b32_e64 v229, v0, v229, s[26:27]
	v_lshlrev_b16_sdwa v230, v246, v253 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v174, v29, v174, vcc
	v_cmp_ne_u16_e32 vcc, 3, v175
	v_and_b32_e32 v230, 0xffff8000, v230
	v_cndmask_b32_e64 v229, v245, v229, s[28:29]
	v_cndmask_b32_e32 v174, v38, v174, vcc
	v_cmp_ne_u16_e32 vcc, 4, v175
	v_or_b32_e32 v229, v229, v230
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[0:15], v[214:215], v[178:179], a[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v174, v39, v174, vcc
	v_cmp_ne_u16_e32 vcc, 5, v175
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v179, v146, v160, s37
	v_perm_b32 v106, v107, v106, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v174, v244, v174, vcc
	v_cmp_ne_u16_e32 vcc, 6, v175
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v107, v109, v108, s37
	v_mfma_f32_32x32x8_f16 a[0:15], v[218:219], v[180:181], a[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v174, v0, v174, vcc
	v_cmp_ne_u16_e32 vcc, 7, v175
	v_lshlrev_b16_e32 v175, 8, v251
	v_and_b32_e32 v175, 0xffff8000, v175
	v_cndmask_b32_e32 v174, v245, v174, vcc
	v_or_b32_e32 v230, v174, v175
	v_and_b32_e32 v174, 0x7f, v252
	v_cmp_ne_u16_e32 vcc, s36, v174
	v_cmp_ne_u16_e64 s[0:1], 0, v174
	v_cmp_ne_u16_e64 s[2:3], 1, v174
	v_cmp_ne_u16_e64 s[4:5], 2, v174
	v_cmp_ne_u16_e64 s[8:9], 3, v174
	v_cmp_ne_u16_e64 s[10:11], 4, v174
	v_cmp_ne_u16_e64 s[24:25], 5, v174
	v_cmp_ne_u16_e64 s[26:27], 6, v174
	v_cmp_ne_u16_e64 s[28:29], 7, v174
	v_lshlrev_b16_e32 v174, 7, v252
	v_and_b32_e32 v174, 0x3f80, v174
	v_add_u16_e32 v174, 0x2000, v174
	v_cndmask_b32_e32 v174, v36, v174, vcc
	v_cndmask_b32_e64 v174, 0, v174, s[0:1]
	v_cndmask_b32_e64 v174, v28, v174, s[2:3]
	v_cndmask_b32_e64 v174, v29, v174, s[4:5]
	v_cndmask_b32_e64 v174, v38, v174, s[8:9]
	v_cndmask_b32_e64 v174, v39, v174, s[10:11]
	v_cndmask_b32_e64 v174, v244, v174, s[24:25]
	v_cndmask_b32_e64 v174, v0, v174, s[26:27]
	v_lshlrev_b16_e32 v175, 8, v252
	v_and_b32_e32 v175, 0xffff8000, v175
	v_cndmask_b32_e64 v174, v245, v174, s[28:29]
	v_or_b32_e32 v252, v174, v175
	v_and_b32_sdwa v174, v251, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v174
	v_cmp_ne_u16_e64 s[0:1], 0, v174
	v_cmp_ne_u16_e64 s[2:3], 1, v174
	v_cmp_ne_u16_e64 s[4:5], 2, v174
	v_cmp_ne_u16_e64 s[8:9], 3, v174
	v_cmp_ne_u16_e64 s[10:11], 4, v174
	v_cmp_ne_u16_e64 s[24:25], 5, v174
	v_cmp_ne_u16_e64 s[26:27], 6, v174
	v_cmp_ne_u16_e64 s[28:29], 7, v174
	v_lshlrev_b16_sdwa v174, v247, v251 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v174, 0x3f80, v174
	v_add_u16_e32 v174, 0x2000, v174
	v_cndmask_b32_e32 v174, v36, v174, vcc
	v_cndmask_b32_e64 v174, 0, v174, s[0:1]
	v_cndmask_b32_e64 v174, v28, v174, s[2:3]
	v_cndmask_b32_e64 v174, v29, v174, s[4:5]
	v_cndmask_b32_e64 v174, v38, v174, s[8:9]
	v_cndmask_b32_e64 v174, v39, v174, s[10:11]
	v_cndmask_b32_e64 v174, v244, v174, s[24:25]
	v_cndmask_b32_e64 v174, v0, v174, s[26:27]
	v_lshlrev_b16_sdwa v175, v246, v251 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v175, 0xffff8000, v175
	v_cndmask_b32_e64 v174, v245, v174, s[28:29]
	v_or_b32_e32 v253, v174, v175
	v_and_b32_sdwa v174, v251, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v174
	v_cmp_ne_u16_e64 s[0:1], 0, v174
	v_cmp_ne_u16_e64 s[2:3], 1, v174
	v_cmp_ne_u16_e64 s[4:5], 2, v174
	v_cmp_ne_u16_e64 s[8:9], 3, v174
	v_cmp_ne_u16_e64 s[10:11], 4, v174
	v_cmp_ne_u16_e64 s[24:25], 5, v174
	v_cmp_ne_u16_e64 s[26:27], 6, v174
	v_cmp_ne_u16_e64 s[28:29], 7, v174
	v_lshlrev_b16_sdwa v174, v247, v251 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v174, 0x3f80, v174
	v_add_u16_e32 v174, 0x2000, v174
	v_cndmask_b32_e32 v174, v36, v174, vcc
	v_cndmask_b32_e64 v174, 0, v174, s[0:1]
	v_cndmask_b32_e64 v174, v28, v174, s[2:3]
	v_cndmask_b32_e64 v174, v29, v174, s[4:5]
	v_cndmask_b32_e64 v174, v38, v174, s[8:9]
	v_cndmask_b32_e64 v174, v39, v174, s[10:11]
	v_cndmask_b32_e64 v174, v244, v174, s[24:25]
	v_cndmask_b32_e64 v174, v0, v174, s[26:27]
	v_lshlrev_b16_sdwa v175, v246, v251 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v175, 0xffff8000, v175
	v_cndmask_b32_e64 v174, v245, v174, s[28:29]
	v_or_b32_e32 v251, v174, v175
	v_lshlrev_b16_e32 v174, 7, v123
	v_and_b32_e32 v174, 0x3f80, v174
	v_and_b32_e32 v175, 0x7f, v123
	v_add_u16_e32 v174, 0x2000, v174
	v_cmp_ne_u16_e32 vcc, s36, v175
	v_and_b32_sdwa v180, v249, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v181, v144, v166, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v174, v36, v174, vcc
	v_cmp_ne_u16_e32 vcc, 0, v175
	s_nop 1
	v_cndmask_b32_e32 v174, 0, v174, vcc
	v_cmp_ne_u16_e32 vcc, 1, v175
	s_nop 1
	v_cndmask_b32_e32 v174, v28, v174, vcc
	v_cmp_ne_u16_e32 vcc, 2, v175
	s_nop 1
	v_cndmask_b32_e32 v174, v29, v174, vcc
	v_cmp_ne_u16_e32 vcc, 3, v175
	s_nop 1
	v_cndmask_b32_e32 v174, v38, v174, vcc
	v_cmp_ne_u16_e32 vcc, 4, v175
	s_nop 1
	v_cndmask_b32_e32 v174, v39, v174, vcc
	v_cmp_ne_u16_e32 vcc, 5, v175
	s_nop 1
	v_cndmask_b32_e32 v174, v244, v174, vcc
	v_cmp_ne_u16_e32 vcc, 6, v175
	s_nop 1
	v_cndmask_b32_e32 v174, v0, v174, vcc
	v_cmp_ne_u16_e32 vcc, 7, v175
	v_lshlrev_b16_e32 v175, 8, v123
	v_and_b32_e32 v175, 0xffff8000, v175
	v_cndmask_b32_e32 v174, v245, v174, vcc
	v_or_b32_e32 v231, v174, v175
	v_and_b32_e32 v174, 0x7f, v127
	v_cmp_ne_u16_e32 vcc, s36, v174
	v_cmp_ne_u16_e64 s[0:1], 0, v174
	v_cmp_ne_u16_e64 s[2:3], 1, v174
	v_cmp_ne_u16_e64 s[4:5], 2, v174
	v_cmp_ne_u16_e64 s[8:9], 3, v174
	v_cmp_ne_u16_e64 s[10:11], 4, v174
	v_cmp_ne_u16_e64 s[24:25], 5, v174
	v_cmp_ne_u16_e64 s[26:27], 6, v174
	v_cmp_ne_u16_e64 s[28:29], 7, v174
	v_lshlrev_b16_e32 v174, 7, v127
	v_and_b32_e32 v174, 0x3f80, v174
	v_add_u16_e32 v174, 0x2000, v174
	v_cndmask_b32_e32 v174, v36, v174, vcc
	v_cndmask_b32_e64 v174, 0, v174, s[0:1]
	v_cndmask_b32_e64 v174, v28, v174, s[2:3]
	v_cndmask_b32_e64 v174, v29, v174, s[4:5]
	v_cndmask_b32_e64 v174, v38, v174, s[8:9]
	v_cndmask_b32_e64 v174, v39, v174, s[10:11]
	v_cndmask_b32_e64 v174, v244, v174, s[24:25]
	v_cndmask_b32_e64 v174, v0, v174, s[26:27]
	v_lshlrev_b16_e32 v127, 8, v127
	v_and_b32_e32 v127, 0xffff8000, v127
	v_cndmask_b32_e64 v174, v245, v174, s[28:29]
	v_or_b32_e32 v232, v174, v127
	v_and_b32_sdwa v127, v123, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v127
	v_cmp_ne_u16_e64 s[0:1], 0, v127
	v_cmp_ne_u16_e64 s[2:3], 1, v127
	v_cmp_ne_u16_e64 s[4:5], 2, v127
	v_cmp_ne_u16_e64 s[8:9], 3, v127
	v_cmp_ne_u16_e64 s[10:11], 4, v127
	v_cmp_ne_u16_e64 s[24:25], 5, v127
	v_cmp_ne_u16_e64 s[26:27], 6, v127
	v_cmp_ne_u16_e64 s[28:29], 7, v127
	v_lshlrev_b16_sdwa v127, v247, v123 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v127, 0x3f80, v127
	v_add_u16_e32 v127, 0x2000, v127
	v_cndmask_b32_e32 v127, v36, v127, vcc
	v_cndmask_b32_e64 v127, 0, v127, s[0:1]
	v_cndmask_b32_e64 v127, v28, v127, s[2:3]
	v_cndmask_b32_e64 v127, v29, v127, s[4:5]
	v_cndmask_b32_e64 v127, v38, v127, s[8:9]
	v_cndmask_b32_e64 v127, v39, v127, s[10:11]
	v_cndmask_b32_e64 v127, v244, v127, s[24:25]
	v_cndmask_b32_e64 v127, v0, v127, s[26:27]
	v_lshlrev_b16_sdwa v174, v246, v123 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v174, 0xffff8000, v174
	v_cndmask_b32_e64 v127, v245, v127, s[28:29]
	v_or_b32_e32 v233, v127, v174
	v_and_b32_sdwa v127, v123, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v127
	v_cmp_ne_u16_e64 s[0:1], 0, v127
	v_cmp_ne_u16_e64 s[2:3], 1, v127
	v_cmp_ne_u16_e64 s[4:5], 2, v127
	v_cmp_ne_u16_e64 s[8:9], 3, v127
	v_cmp_ne_u16_e64 s[10:11], 4, v127
	v_cmp_ne_u16_e64 s[24:25], 5, v127
	v_cmp_ne_u16_e64 s[26:27], 6, v127
	v_cmp_ne_u16_e64 s[28:29], 7, v127
	v_lshlrev_b16_sdwa v127, v247, v123 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v127, 0x3f80, v127
	v_add_u16_e32 v127, 0x2000, v127
	v_cndmask_b32_e32 v127, v36, v127, vcc
	v_cndmask_b32_e64 v127, 0, v127, s[0:1]
	v_cndmask_b32_e64 v127, v28, v127, s[2:3]
	v_cndmask_b32_e64 v127, v29, v127, s[4:5]
	v_cndmask_b32_e64 v127, v38, v127, s[8:9]
	v_cndmask_b32_e64 v127, v39, v127, s[10:11]
	v_cndmask_b32_e64 v127, v244, v127, s[24:25]
	v_cndmask_b32_e64 v127, v0, v127, s[26:27]
	v_lshlrev_b16_sdwa v123, v246, v123 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v123, 0xffff8000, v123
	v_cndmask_b32_e64 v127, v245, v127, s[28:29]
	v_or_b32_e32 v234, v127, v123
	v_lshlrev_b16_e32 v123, 7, v249
	v_and_b32_e32 v123, 0x3f80, v123
	v_and_b32_e32 v127, 0x7f, v249
	v_add_u16_e32 v123, 0x2000, v123
	v_cmp_ne_u16_e32 vcc, s36, v127
	v_and_b32_e32 v174, 0x7f, v250
	v_cmp_ne_u16_e64 s[0:1], 0, v174
	v_cndmask_b32_e32 v123, v36, v123, vcc
	v_cmp_ne_u16_e32 vcc, 0, v127
	v_cmp_ne_u16_e64 s[2:3], 1, v174
	v_cmp_ne_u16_e64 s[4:5], 2, v174
	v_cndmask_b32_e32 v123, 0, v123, vcc
	v_cmp_ne_u16_e32 vcc, 1, v127
	v_cmp_ne_u16_e64 s[8:9], 3, v174
	v_cmp_ne_u16_e64 s[10:11], 4, v174
	v_cndmask_b32_e32 v123, v28, v123, vcc
	v_cmp_ne_u16_e32 vcc, 2, v127
	v_cmp_ne_u16_e64 s[24:25], 5, v174
	v_cmp_ne_u16_e64 s[26:27], 6, v174
	v_cndmask_b32_e32 v123, v29, v123, vcc
	v_cmp_ne_u16_e32 vcc, 3, v127
	v_cmp_ne_u16_e64 s[28:29], 7, v174
	v_lshlrev_b16_e32 v175, 8, v250
	v_cndmask_b32_e32 v123, v38, v123, vcc
	v_cmp_ne_u16_e32 vcc, 4, v127
	v_and_b32_e32 v175, 0xffff8000, v175
	s_nop 0
	v_cndmask_b32_e32 v123, v39, v123, vcc
	v_cmp_ne_u16_e32 vcc, 5, v127
	s_nop 1
	v_cndmask_b32_e32 v123, v244, v123, vcc
	v_cmp_ne_u16_e32 vcc, 6, v127
	s_nop 1
	v_cndmask_b32_e32 v123, v0, v123, vcc
	v_cmp_ne_u16_e32 vcc, 7, v127
	v_lshlrev_b16_e32 v127, 8, v249
	v_and_b32_e32 v127, 0xffff8000, v127
	v_cndmask_b32_e32 v123, v245, v123, vcc
	v_cmp_ne_u16_e32 vcc, s36, v174
	v_lshlrev_b16_e32 v174, 7, v250
	v_and_b32_e32 v174, 0x3f80, v174
	v_add_u16_e32 v174, 0x2000, v174
	v_cndmask_b32_e32 v174, v36, v174, vcc
	v_cndmask_b32_e64 v174, 0, v174, s[0:1]
	v_cndmask_b32_e64 v174, v28, v174, s[2:3]
	v_cndmask_b32_e64 v174, v29, v174, s[4:5]
	v_cndmask_b32_e64 v174, v38, v174, s[8:9]
	v_cndmask_b32_e64 v174, v39, v174, s[10:11]
	v_cndmask_b32_e64 v174, v244, v174, s[24:25]
	v_cndmask_b32_e64 v174, v0, v174, s[26:27]
	v_cndmask_b32_e64 v174, v245, v174, s[28:29]
	v_or_b32_e32 v250, v174, v175
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_e32 v174, 8, v125
	v_and_b32_e32 v236, 0xffff8000, v174
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v174, v177, v176, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_sdwa v176, v247, v249 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v176, 0x3f80, v176
	v_and_b32_sdwa v177, v249, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v176, 0x2000, v176
	v_cmp_ne_u16_e32 vcc, s36, v177
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v175, v229, v254, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_or_b32_e32 v235, v123, v127
	v_cndmask_b32_e32 v176, v36, v176, vcc
	v_cmp_ne_u16_e32 vcc, 0, v177
	.loc	1 126 34                        ; fused_moe.py:126:34
	v_mov_b32_e32 v123, v122
	.loc	1 127 49                        ; fused_moe.py:127:49
	v_mov_b32_e32 v127, v126
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v176, 0, v176, vcc
	v_cmp_ne_u16_e32 vcc, 1, v177
	s_nop 1
	v_cndmask_b32_e32 v176, v28, v176, vcc
	v_cmp_ne_u16_e32 vcc, 2, v177
	s_nop 1
	v_cndmask_b32_e32 v176, v29, v176, vcc
	v_cmp_ne_u16_e32 vcc, 3, v177
	s_nop 1
	v_cndmask_b32_e32 v176, v38, v176, vcc
	v_cmp_ne_u16_e32 vcc, 4, v177
	s_nop 1
	v_cndmask_b32_e32 v176, v39, v176, vcc
	v_cmp_ne_u16_e32 vcc, 5, v177
	s_nop 1
	v_cndmask_b32_e32 v176, v244, v176, vcc
	v_cmp_ne_u16_e32 vcc, 6, v177
	s_nop 1
	v_cndmask_b32_e32 v176, v0, v176, vcc
	v_cmp_ne_u16_e32 vcc, 7, v177
	v_lshlrev_b16_sdwa v177, v246, v249 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v177, 0xffff8000, v177
	v_cndmask_b32_e32 v176, v245, v176, vcc
	v_or_b32_e32 v229, v176, v177
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_e32 v176, 7, v125
	v_and_b32_e32 v176, 0x3f80, v176
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v177, v148, v154, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_e32 v148, 0x7f, v125
	v_add_u16_e32 v178, 0x2000, v176
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v176, v152, v150, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cmp_ne_u16_e32 vcc, s36, v148
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_sdwa v154, v247, v249 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[0:15], v[174:175], v[176:177], a[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v150, v36, v178, vcc
	v_cmp_ne_u16_e32 vcc, 0, v148
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v176, v252, v230, s37
	v_perm_b32 v177, v251, v253, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v150, 0, v150, vcc
	v_cmp_ne_u16_e32 vcc, 1, v148
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_and_b32_e32 v154, 0x3f80, v154
	v_add_u16_e32 v154, 0x2000, v154
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v150, v28, v150, vcc
	v_cmp_ne_u16_e32 vcc, 2, v148
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v178, v158, v156, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_sdwa v152, v246, v249 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v150, v29, v150, vcc
	v_cmp_ne_u16_e32 vcc, 3, v148
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[0:15], v[176:177], v[178:179], a[0:15]
	v_perm_b32 v178, v232, v231, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v150, v38, v150, vcc
	v_cmp_ne_u16_e32 vcc, 4, v148
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v179, v234, v233, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_and_b32_e32 v152, 0xffff8000, v152
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v150, v39, v150, vcc
	v_cmp_ne_u16_e32 vcc, 5, v148
	s_nop 1
	v_cndmask_b32_e32 v150, v244, v150, vcc
	v_cmp_ne_u16_e32 vcc, 6, v148
	s_nop 1
	v_cndmask_b32_e32 v150, v0, v150, vcc
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cmp_ne_u16_e32 vcc, s36, v180
	s_nop 1
	v_cndmask_b32_e32 v154, v36, v154, vcc
	v_cmp_ne_u16_e32 vcc, 0, v180
	s_nop 1
	v_cndmask_b32_e32 v154, 0, v154, vcc
	v_cmp_ne_u16_e32 vcc, 1, v180
	s_nop 1
	v_cndmask_b32_e32 v154, v28, v154, vcc
	v_cmp_ne_u16_e32 vcc, 2, v180
	s_nop 1
	v_cndmask_b32_e32 v154, v29, v154, vcc
	v_cmp_ne_u16_e32 vcc, 3, v180
	s_nop 1
	v_cndmask_b32_e32 v154, v38, v154, vcc
	v_cmp_ne_u16_e32 vcc, 4, v180
	s_nop 1
	v_cndmask_b32_e32 v154, v39, v154, vcc
	v_cmp_ne_u16_e32 vcc, 5, v180
	s_nop 1
	v_cndmask_b32_e32 v154, v244, v154, vcc
	v_cmp_ne_u16_e32 vcc, 6, v180
	s_nop 1
	v_cndmask_b32_e32 v154, v0, v154, vcc
	v_cmp_ne_u16_e32 vcc, 7, v180
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v180, v164, v162, s37
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_nop 0
	v_cndmask_b32_e32 v146, v245, v154, vcc
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[0:15], v[178:179], v[180:181], a[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_or_b32_e32 v146, v146, v152
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v180, v250, v235, s37
	v_perm_b32 v181, v146, v229, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cmp_ne_u16_e32 vcc, 7, v148
	s_nop 1
	v_cndmask_b32_e32 v144, v245, v150, vcc
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[0:15], v[180:181], v[106:107], a[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_e32 v106, 8, v248
	v_and_b32_e32 v108, 0xffff8000, v106
	v_lshlrev_b16_e32 v106, 7, v248
	v_and_b32_e32 v106, 0x3f80, v106
	v_add_u16_e32 v109, 0x2000, v106
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v106, v119, v120, s37
	v_perm_b32 v107, v124, v121, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_e32 v119, 0x7f, v248
	v_cmp_ne_u16_e32 vcc, s36, v119
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[16:31], v[184:185], v[106:107], 0
	v_perm_b32 v107, v171, v170, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, v36, v109, vcc
	v_cmp_ne_u16_e32 vcc, 0, v119
	v_or_b32_e32 v144, v144, v236
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_accvgpr_read_b32 v121, a3
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v109, 0, v106, vcc
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v106, v118, v168, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cmp_ne_u16_e32 vcc, 1, v119
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_accvgpr_read_b32 v118, a4
	v_mfma_f32_32x32x8_f16 a[16:31], v[186:187], v[106:107], a[16:31]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, v28, v109, vcc
	v_cmp_ne_u16_e32 vcc, 2, v119
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v107, v169, v173, s37
	v_accvgpr_read_b32 v120, a2
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, v29, v106, vcc
	v_cmp_ne_u16_e32 vcc, 3, v119
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[120:121], v[122:123], v[120:121]
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_nop 0
	v_cndmask_b32_e32 v109, v38, v106, vcc
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v106, v117, v172, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cmp_ne_u16_e32 vcc, 4, v119
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_accvgpr_read_b32 v117, a9
	v_mfma_f32_32x32x8_f16 a[16:31], v[190:191], v[106:107], a[16:31]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, v39, v109, vcc
	v_cmp_ne_u16_e32 vcc, 5, v119
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v107, v167, v211, s37
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_waitcnt vmcnt(12)
	v_pk_fma_f32 v[68:69], v[130:131], v[120:121], v[68:69]
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, v244, v106, vcc
	v_cmp_ne_u16_e32 vcc, 6, v119
	s_nop 1
	v_cndmask_b32_e32 v109, v0, v106, vcc
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v106, v116, v210, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cmp_ne_u16_e32 vcc, 7, v119
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_accvgpr_read_b32 v119, a5
	v_mfma_f32_32x32x8_f16 a[16:31], v[194:195], v[106:107], a[16:31]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, v245, v109, vcc
	v_or_b32_e32 v116, v106, v108
	v_lshlrev_b16_sdwa v106, v246, v125 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v108, 0xffff8000, v106
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v106, v115, v216, s37
	v_perm_b32 v107, v165, v217, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v109, v247, v125 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[118:119], v[122:123], v[118:119]
	.loc	1 128 41 is_stmt 0              ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[16:31], v[196:197], v[106:107], a[16:31]
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	v_and_b32_e32 v106, 0x3f80, v109
	v_and_b32_sdwa v109, v125, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v106, 0x2000, v106
	v_cmp_ne_u16_e32 vcc, s36, v109
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v107, v163, v205, s37
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_waitcnt vmcnt(10)
	v_pk_fma_f32 v[66:67], v[132:133], v[118:119], v[66:67]
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	v_cndmask_b32_e32 v115, v36, v106, vcc
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v106, v114, v204, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cmp_ne_u16_e32 vcc, 0, v109
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_nop 0
	v_mfma_f32_32x32x8_f16 a[16:31], v[200:201], v[106:107], a[16:31]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, 0, v115, vcc
	v_cmp_ne_u16_e32 vcc, 1, v109
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v107, v161, v221, s37
	v_accvgpr_read_b32 v115, a11
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, v28, v106, vcc
	v_cmp_ne_u16_e32 vcc, 2, v109
	s_nop 1
	v_cndmask_b32_e32 v114, v29, v106, vcc
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v106, v113, v220, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cmp_ne_u16_e32 vcc, 3, v109
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_nop 0
	v_mfma_f32_32x32x8_f16 a[16:31], v[202:203], v[106:107], a[16:31]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, v38, v114, vcc
	v_cmp_ne_u16_e32 vcc, 4, v109
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v107, v159, v199, s37
	v_accvgpr_read_b32 v114, a10
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, v39, v106, vcc
	v_cmp_ne_u16_e32 vcc, 5, v109
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[114:115], v[122:123], v[114:115]
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_nop 0
	v_cndmask_b32_e32 v113, v244, v106, vcc
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v106, v112, v198, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cmp_ne_u16_e32 vcc, 6, v109
	.loc	1 128 31                        ; fused_moe.py:128:31
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[60:61], v[138:139], v[114:115], v[60:61]
	.loc	1 128 41 is_stmt 0              ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[16:31], v[206:207], v[106:107], a[16:31]
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, v0, v113, vcc
	v_cmp_ne_u16_e32 vcc, 7, v109
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v107, v157, v242, s37
	v_accvgpr_read_b32 v113, a13
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, v245, v106, vcc
	v_or_b32_e32 v112, v106, v108
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v106, v111, v222, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_sdwa v111, v125, s36 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s36, v111
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[16:31], v[208:209], v[106:107], a[16:31]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v106, v247, v125 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v106, 0x3f80, v106
	v_add_u16_e32 v109, 0x2000, v106
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v106, v110, v192, s37
	v_perm_b32 v107, v155, v193, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v108, v246, v125 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v108, 0xffff8000, v108
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[16:31], v[212:213], v[106:107], a[16:31]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, v36, v109, vcc
	v_cmp_ne_u16_e32 vcc, 0, v111
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v107, v153, v224, s37
	v_perm_b32 v110, v116, v144, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v106, 0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 1, v111
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_accvgpr_read_b32 v155, a1
	.loc	1 128 41 is_stmt 0              ; fused_moe.py:128:41
	v_accvgpr_read_b32 v116, a8
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	v_cndmask_b32_e32 v109, v28, v106, vcc
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v106, v32, v223, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cmp_ne_u16_e32 vcc, 2, v111
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_accvgpr_read_b32 v154, a0
	.loc	1 128 41 is_stmt 0              ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[16:31], v[214:215], v[106:107], a[16:31]
	v_perm_b32 v106, v30, v188, s37
	v_perm_b32 v107, v151, v189, s37
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	v_cndmask_b32_e32 v32, v29, v109, vcc
	v_cmp_ne_u16_e32 vcc, 3, v111
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v109, v145, v228, s37
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	v_pk_mul_f32 v[154:155], v[122:123], v[154:155]
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	v_cndmask_b32_e32 v32, v38, v32, vcc
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[16:31], v[218:219], v[106:107], a[16:31]
	v_perm_b32 v106, v34, v225, s37
	v_perm_b32 v107, v149, v226, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cmp_ne_u16_e32 vcc, 4, v111
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[116:117], v[122:123], v[116:117]
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	v_pk_fma_f32 v[70:71], v[128:129], v[154:155], v[70:71]
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	v_cndmask_b32_e32 v32, v39, v32, vcc
	v_cmp_ne_u16_e32 vcc, 5, v111
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[16:31], v[174:175], v[106:107], a[16:31]
	v_perm_b32 v106, v183, v182, s37
	v_perm_b32 v107, v147, v238, s37
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v30, v244, v32, vcc
	v_cmp_ne_u16_e32 vcc, 6, v111
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[62:63], v[136:137], v[116:117], v[62:63]
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_nop 0
	v_cndmask_b32_e32 v30, v0, v30, vcc
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[16:31], v[176:177], v[106:107], a[16:31]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cmp_ne_u16_e32 vcc, 7, v111
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_accvgpr_read_b32 v107, a15
	v_accvgpr_read_b32 v106, a14
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v30, v245, v30, vcc
	v_or_b32_e32 v30, v30, v108
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v108, v255, v227, s37
	v_perm_b32 v111, v30, v112, s37
	v_accvgpr_read_b32 v112, a12
	v_mfma_f32_32x32x8_f16 a[16:31], v[178:179], v[108:109], a[16:31]
	v_accvgpr_read_b32 v109, a7
	v_accvgpr_read_b32 v108, a6
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	v_pk_mul_f32 v[108:109], v[122:123], v[108:109]
	v_pk_mul_f32 v[112:113], v[122:123], v[112:113]
	v_pk_mul_f32 v[106:107], v[122:123], v[106:107]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[64:65], v[134:135], v[108:109], v[64:65]
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[58:59], v[140:141], v[112:113], v[58:59]
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[16:31], v[180:181], v[110:111], a[16:31]
	.loc	1 128 31                        ; fused_moe.py:128:31
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[56:57], v[142:143], v[106:107], v[56:57]
	.loc	1 128 46                        ; fused_moe.py:128:46
	s_nop 7
	s_nop 0
	v_accvgpr_read_b32 v123, a17
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_accvgpr_read_b32 v111, a31
	v_accvgpr_read_b32 v110, a30
	v_accvgpr_read_b32 v125, a29
	v_accvgpr_read_b32 v124, a28
	v_accvgpr_read_b32 v145, a27
	v_accvgpr_read_b32 v144, a26
	v_accvgpr_read_b32 v147, a25
	v_accvgpr_read_b32 v146, a24
	v_accvgpr_read_b32 v149, a23
	v_accvgpr_read_b32 v148, a22
	v_accvgpr_read_b32 v151, a21
	v_accvgpr_read_b32 v150, a20
	v_accvgpr_read_b32 v153, a19
	v_accvgpr_read_b32 v152, a18
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_accvgpr_read_b32 v122, a16
	v_pk_mul_f32 v[122:123], v[126:127], v[122:123]
	v_pk_mul_f32 v[152:153], v[126:127], v[152:153]
	v_pk_mul_f32 v[150:151], v[126:127], v[150:151]
	v_pk_mul_f32 v[148:149], v[126:127], v[148:149]
	v_pk_mul_f32 v[146:147], v[126:127], v[146:147]
	v_pk_mul_f32 v[144:145], v[126:127], v[144:145]
	v_pk_mul_f32 v[124:125], v[126:127], v[124:125]
	v_pk_mul_f32 v[110:111], v[126:127], v[110:111]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[54:55], v[128:129], v[122:123], v[54:55]
	v_pk_fma_f32 v[52:53], v[130:131], v[152:153], v[52:53]
	v_pk_fma_f32 v[50:51], v[132:133], v[150:151], v[50:51]
	v_pk_fma_f32 v[48:49], v[134:135], v[148:149], v[48:49]
	v_pk_fma_f32 v[46:47], v[136:137], v[146:147], v[46:47]
	v_pk_fma_f32 v[44:45], v[138:139], v[144:145], v[44:45]
	v_pk_fma_f32 v[40:41], v[140:141], v[124:125], v[40:41]
	v_pk_fma_f32 v[42:43], v[142:143], v[110:111], v[42:43]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_cbranch_scc0 .LBB0_39
.LBB0_22:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 119 74                        ; fused_moe.py:119:74
	v_cmp_gt_i32_e32 vcc, s35, v72
	.loc	1 119 56 is_stmt 0              ; fused_moe.py:119:56
	s_and_b64 s[2:3], s[18:19], vcc
	v_mov_b32_e32 v2, 0
	v_mov_b32_e32 v3, 0
	v_mov_b32_e32 v4, 0
	v_mov_b32_e32 v5, 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_24
; %bb.23:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20                          ; fused_moe.py:0:20
	v_accvgpr_read_b32 v2, a74
	v_accvgpr_read_b32 v3, a75
	.loc	1 133 18 is_stmt 1              ; fused_moe.py:133:18
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[30:31]
	.loc	1 119 20                        ; fused_moe.py:119:20
	global_load_dwordx4 v[2:5], v[2:3], off
.LBB0_24:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[0:1]
	.loc	1 119 56                        ; fused_moe.py:119:56
	s_and_b64 s[2:3], s[20:21], vcc
	v_mov_b32_e32 v6, 0
	v_mov_b32_e32 v10, 0
	v_mov_b32_e32 v11, 0
	v_mov_b32_e32 v12, 0
	v_mov_b32_e32 v13, 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_26
; %bb.25:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20                          ; fused_moe.py:0:20
	v_accvgpr_read_b32 v8, a72
	v_accvgpr_read_b32 v9, a73
	.loc	1 134 18 is_stmt 1              ; fused_moe.py:134:18
	v_lshl_add_u64 v[8:9], v[8:9], 0, s[30:31]
	.loc	1 119 20                        ; fused_moe.py:119:20
	global_load_dwordx4 v[10:13], v[8:9], off
.LBB0_26:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[0:1]
	v_accvgpr_read_b32 v7, a63
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v7, v243, v7
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2st64_b32 v[172:173], v7 offset0:64 offset1:80
	v_add_u32_e32 v7, v243, v237
	ds_read2st64_b32 v[170:171], v7 offset0:64 offset1:80
	v_accvgpr_read_b32 v7, a62
	v_add_u32_e32 v7, v243, v7
	ds_read2st64_b32 v[168:169], v7 offset0:64 offset1:80
	v_accvgpr_read_b32 v7, a61
	v_add_u32_e32 v7, v243, v7
	ds_read2st64_b32 v[166:167], v7 offset0:64 offset1:80
	v_accvgpr_read_b32 v7, a60
	v_add_u32_e32 v7, v243, v7
	ds_read2st64_b32 v[164:165], v7 offset0:64 offset1:80
	v_accvgpr_read_b32 v7, a59
	v_add_u32_e32 v7, v243, v7
	ds_read2st64_b32 v[162:163], v7 offset0:64 offset1:80
	v_accvgpr_read_b32 v7, a58
	v_add_u32_e32 v7, v243, v7
	ds_read2st64_b32 v[160:161], v7 offset0:64 offset1:80
	v_accvgpr_read_b32 v7, a57
	v_add_u32_e32 v7, v243, v7
	ds_read2st64_b32 v[158:159], v7 offset0:64 offset1:80
	v_accvgpr_read_b32 v7, a56
	v_add_u32_e32 v7, v243, v7
	ds_read2st64_b32 v[156:157], v7 offset0:64 offset1:80
	v_accvgpr_read_b32 v7, a55
	v_add_u32_e32 v7, v243, v7
	ds_read2st64_b32 v[154:155], v7 offset0:64 offset1:80
	v_accvgpr_read_b32 v7, a53
	v_add_u32_e32 v7, v243, v7
	ds_read2st64_b32 v[152:153], v7 offset0:64 offset1:80
	v_accvgpr_read_b32 v7, a52
	v_add_u32_e32 v7, v243, v7
	ds_read2st64_b32 v[150:151], v7 offset0:64 offset1:80
	v_accvgpr_read_b32 v7, a51
	v_add_u32_e32 v7, v243, v7
	ds_read2st64_b32 v[148:149], v7 offset0:64 offset1:80
	v_accvgpr_read_b32 v7, a50
	v_add_u32_e32 v7, v243, v7
	ds_read2st64_b32 v[146:147], v7 offset0:64 offset1:80
	v_accvgpr_read_b32 v7, a33
	v_add_u32_e32 v7, v243, v7
	ds_read2st64_b32 v[144:145], v7 offset0:64 offset1:80
	v_accvgpr_read_b32 v7, a54
	v_add_u32_e32 v7, v243, v7
	ds_read2st64_b32 v[124:125], v7 offset0:64 offset1:80
	v_mov_b32_e32 v7, 0
	v_mov_b32_e32 v8, 0
	v_mov_b32_e32 v9, 0
	.loc	1 120 20 is_stmt 1              ; fused_moe.py:120:20
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_28
; %bb.27:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	v_accvgpr_read_b32 v6, a70
	v_accvgpr_read_b32 v7, a71
	.loc	1 134 18 is_stmt 1              ; fused_moe.py:134:18
	v_lshl_add_u64 v[6:7], v[6:7], 0, s[30:31]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[6:9], v[6:7], off
.LBB0_28:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v14, 0
	v_mov_b32_e32 v18, 0
	v_mov_b32_e32 v19, 0
	v_mov_b32_e32 v20, 0
	v_mov_b32_e32 v21, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_30
; %bb.29:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20                          ; fused_moe.py:0:20
	v_accvgpr_read_b32 v16, a68
	v_accvgpr_read_b32 v17, a69
	.loc	1 134 18 is_stmt 1              ; fused_moe.py:134:18
	v_lshl_add_u64 v[16:17], v[16:17], 0, s[30:31]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[18:21], v[16:17], off
.LBB0_30:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v15, 0
	v_mov_b32_e32 v16, 0
	v_mov_b32_e32 v17, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_32
; %bb.31:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20                          ; fused_moe.py:0:20
	v_accvgpr_read_b32 v14, a66
	v_accvgpr_read_b32 v15, a67
	.loc	1 134 18 is_stmt 1              ; fused_moe.py:134:18
	v_lshl_add_u64 v[14:15], v[14:15], 0, s[30:31]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[14:17], v[14:15], off
.LBB0_32:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v122, 0
	v_mov_b32_e32 v22, 0
	v_mov_b32_e32 v23, 0
	v_mov_b32_e32 v24, 0
	v_mov_b32_e32 v25, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_34
; %bb.33:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20                          ; fused_moe.py:0:20
	v_accvgpr_read_b32 v22, a64
	v_accvgpr_read_b32 v23, a65
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_lshl_add_u64 v[22:23], v[22:23], 0, s[30:31]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[22:25], v[22:23], off
.LBB0_34:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[0:1]
	v_accvgpr_read_b32 v30, a41
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_read_b32 v184, v30
	v_accvgpr_read_b32 v30, a43
	ds_read_b32 v186, v30
	v_accvgpr_read_b32 v30, a76
	ds_read_b32 v190, v30
	v_accvgpr_read_b32 v30, a77
	ds_read_b32 v194, v30
	v_accvgpr_read_b32 v30, a78
	ds_read_b32 v196, v30
	v_accvgpr_read_b32 v30, a79
	ds_read_b32 v200, v30
	v_accvgpr_read_b32 v30, a80
	ds_read_b32 v202, v30
	v_accvgpr_read_b32 v30, a81
	ds_read_b32 v206, v30
	v_accvgpr_read_b32 v30, a82
	ds_read_b32 v208, v30
	v_accvgpr_read_b32 v30, a83
	ds_read_b32 v212, v30
	v_accvgpr_read_b32 v30, a84
	ds_read_b32 v214, v30
	v_accvgpr_read_b32 v30, a85
	ds_read_b32 v121, v30
	v_accvgpr_read_b32 v30, a86
	ds_read_b32 v253, v30
	v_accvgpr_read_b32 v30, a87
	ds_read_b32 v251, v30
	v_accvgpr_read_b32 v30, a88
	ds_read_b32 v123, v30
	v_accvgpr_read_b32 v30, a89
	ds_read_b32 v249, v30
	.loc	1 125 48 is_stmt 1              ; fused_moe.py:125:48
	s_ashr_i32 s0, s30, 7
	.loc	1 126 49                        ; fused_moe.py:126:49
	s_ashr_i32 s1, s0, 31
	.loc	1 126 34 is_stmt 0              ; fused_moe.py:126:34
	s_and_saveexec_b64 s[2:3], s[16:17]
	s_cbranch_execz .LBB0_36
; %bb.35:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	v_accvgpr_read_b32 v107, a49
	v_accvgpr_read_b32 v106, a48
	v_lshl_add_u64 v[106:107], s[0:1], 2, v[106:107]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v122, v[106:107], off
.LBB0_36:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[2:3]
	s_waitcnt lgkmcnt(14)
	v_lshrrev_b32_e32 v108, 8, v172
	v_lshrrev_b32_e32 v107, 8, v170
	v_lshrrev_b32_e32 v106, 8, v168
	v_lshrrev_b32_e32 v182, 8, v166
	v_lshrrev_b32_e32 v183, 8, v164
	v_lshrrev_b32_e32 v181, 8, v162
	v_lshrrev_b32_e32 v180, 8, v160
	v_lshrrev_b32_e32 v223, 8, v158
	v_lshrrev_b32_e32 v198, 8, v156
	v_lshrrev_b32_e32 v179, 8, v154
	v_lshrrev_b32_e32 v177, 8, v152
	v_lshrrev_b32_e32 v176, 8, v150
	v_lshrrev_b32_e32 v175, 8, v148
	v_lshrrev_b32_e32 v174, 8, v146
	v_lshrrev_b32_e32 v178, 8, v144
	v_lshrrev_b32_e32 v120, 8, v124
	v_lshrrev_b32_e32 v119, 8, v173
	v_lshrrev_b32_e32 v118, 8, v171
	v_lshrrev_b32_e32 v117, 8, v169
	v_lshrrev_b32_e32 v116, 8, v167
	v_lshrrev_b32_e32 v115, 8, v165
	v_lshrrev_b32_e32 v114, 8, v163
	v_lshrrev_b32_e32 v113, 8, v161
	v_lshrrev_b32_e32 v112, 8, v159
	v_lshrrev_b32_e32 v111, 8, v157
	v_lshrrev_b32_e32 v110, 8, v155
	v_lshrrev_b32_e32 v32, 8, v153
	v_lshrrev_b32_e32 v30, 8, v151
	v_lshrrev_b32_e32 v34, 8, v149
	v_lshrrev_b32_e32 v238, 8, v147
	v_lshrrev_b32_e32 v255, 8, v145
	v_lshrrev_b32_e32 v248, 8, v125
	v_lshrrev_b32_e32 v185, 8, v184
	v_lshrrev_b32_e32 v187, 8, v186
	s_waitcnt lgkmcnt(13)
	v_lshrrev_b32_e32 v191, 8, v190
	s_waitcnt lgkmcnt(12)
	v_lshrrev_b32_e32 v195, 8, v194
	s_waitcnt lgkmcnt(11)
	v_lshrrev_b32_e32 v197, 8, v196
	s_waitcnt lgkmcnt(10)
	v_lshrrev_b32_e32 v201, 8, v200
	s_waitcnt lgkmcnt(9)
	v_lshrrev_b32_e32 v203, 8, v202
	s_waitcnt lgkmcnt(8)
	v_lshrrev_b32_e32 v207, 8, v206
	s_waitcnt lgkmcnt(7)
	v_lshrrev_b32_e32 v209, 8, v208
	s_waitcnt lgkmcnt(6)
	v_lshrrev_b32_e32 v213, 8, v212
	s_waitcnt lgkmcnt(5)
	v_lshrrev_b32_e32 v215, 8, v214
	s_waitcnt lgkmcnt(4)
	v_lshrrev_b32_e32 v218, 8, v121
	s_waitcnt lgkmcnt(3)
	v_lshrrev_b32_e32 v254, 8, v253
	s_waitcnt lgkmcnt(2)
	v_lshrrev_b32_e32 v252, 8, v251
	s_waitcnt lgkmcnt(1)
	v_lshrrev_b32_e32 v127, 8, v123
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v250, 8, v249
	v_mov_b32_e32 v126, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[2:3], s[14:15]
	s_cbranch_execz .LBB0_21
; %bb.37:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	v_accvgpr_read_b32 v129, a47
	v_accvgpr_read_b32 v128, a46
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[128:129], s[0:1], 2, v[128:129]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v126, v[128:129], off
	s_branch .LBB0_21
.LBB0_38:
	.loc	1 0 34                          ; fused_moe.py:0:34
	v_mov_b32_e32 v69, 0
	s_mov_b64 s[2:3], 0
	v_mov_b32_e32 v68, v69
	v_mov_b32_e32 v71, v69
	v_mov_b32_e32 v70, v69
	v_mov_b32_e32 v65, v69
	v_mov_b32_e32 v64, v69
	v_mov_b32_e32 v67, v69
	v_mov_b32_e32 v66, v69
	v_mov_b32_e32 v61, v69
	v_mov_b32_e32 v60, v69
	v_mov_b32_e32 v63, v69
	v_mov_b32_e32 v62, v69
	v_mov_b32_e32 v57, v69
	v_mov_b32_e32 v56, v69
	v_mov_b32_e32 v59, v69
	v_mov_b32_e32 v58, v69
	v_mov_b32_e32 v53, v69
	v_mov_b32_e32 v52, v69
	v_mov_b32_e32 v55, v69
	v_mov_b32_e32 v54, v69
	v_mov_b32_e32 v49, v69
	v_mov_b32_e32 v48, v69
	v_mov_b32_e32 v51, v69
	v_mov_b32_e32 v50, v69
	v_mov_b32_e32 v45, v69
	v_mov_b32_e32 v44, v69
	v_mov_b32_e32 v47, v69
	v_mov_b32_e32 v46, v69
	v_mov_b32_e32 v43, v69
	v_mov_b32_e32 v42, v69
	v_mov_b32_e32 v41, v69
	v_mov_b32_e32 v40, v69
	s_branch .LBB0_40
.LBB0_39:                               ; %._crit_edge.loopexit
	.loc	1 125 48 is_stmt 1              ; fused_moe.py:125:48
	s_ashr_i32 s2, s30, 7
	.loc	1 126 49                        ; fused_moe.py:126:49
	s_ashr_i32 s3, s2, 31
	v_accvgpr_read_b32 v0, a37
.LBB0_40:                               ; %._crit_edge
	.loc	1 0 49 is_stmt 0                ; fused_moe.py:0:49
	v_mov_b32_e32 v3, v27
	v_accvgpr_read_b32 v2, a42
	v_accvgpr_write_b32 a43, v3
	v_accvgpr_write_b32 a42, v2
	v_accvgpr_read_b32 v2, a38
	v_accvgpr_write_b32 a39, v3
	v_accvgpr_write_b32 a38, v2
	v_accvgpr_read_b32 v2, a36
	v_accvgpr_write_b32 a37, v3
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	v_add_u32_e32 v0, 0, v0
	v_accvgpr_read_b32 v17, a63
	v_accvgpr_read_b32 v72, a40
	v_accvgpr_write_b32 a36, v2
	v_add_u32_e32 v2, v0, v17
	v_accvgpr_write_b32 a40, v72
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2st64_b32 v[24:25], v2 offset0:64 offset1:80
	v_add_u32_e32 v2, v0, v237
	v_accvgpr_read_b32 v3, a62
	v_accvgpr_write_b32 a41, v73
	ds_read2st64_b32 v[72:73], v2 offset0:64 offset1:80
	v_add_u32_e32 v2, v0, v3
	v_accvgpr_read_b32 v4, a61
	ds_read2st64_b32 v[110:111], v2 offset0:64 offset1:80
	v_add_u32_e32 v2, v0, v4
	v_accvgpr_read_b32 v5, a60
	ds_read2st64_b32 v[112:113], v2 offset0:64 offset1:80
	v_add_u32_e32 v2, v0, v5
	v_accvgpr_read_b32 v6, a59
	ds_read2st64_b32 v[114:115], v2 offset0:64 offset1:80
	v_add_u32_e32 v2, v0, v6
	v_accvgpr_read_b32 v7, a58
	ds_read2st64_b32 v[116:117], v2 offset0:64 offset1:80
	v_add_u32_e32 v2, v0, v7
	v_accvgpr_read_b32 v8, a57
	ds_read2st64_b32 v[118:119], v2 offset0:64 offset1:80
	v_add_u32_e32 v2, v0, v8
	v_accvgpr_read_b32 v16, a56
	ds_read2st64_b32 v[120:121], v2 offset0:64 offset1:80
	v_add_u32_e32 v2, v0, v16
	v_accvgpr_read_b32 v15, a55
	ds_read2st64_b32 v[122:123], v2 offset0:64 offset1:80
	v_add_u32_e32 v2, v0, v15
	v_accvgpr_read_b32 v13, a53
	ds_read2st64_b32 v[124:125], v2 offset0:64 offset1:80
	v_add_u32_e32 v2, v0, v13
	v_accvgpr_read_b32 v12, a52
	ds_read2st64_b32 v[126:127], v2 offset0:64 offset1:80
	v_add_u32_e32 v2, v0, v12
	v_accvgpr_read_b32 v11, a51
	ds_read2st64_b32 v[128:129], v2 offset0:64 offset1:80
	v_add_u32_e32 v2, v0, v11
	v_accvgpr_read_b32 v10, a50
	ds_read2st64_b32 v[130:131], v2 offset0:64 offset1:80
	v_add_u32_e32 v2, v0, v10
	v_accvgpr_read_b32 v9, a33
	v_accvgpr_read_b32 v14, a54
	ds_read2st64_b32 v[132:133], v2 offset0:64 offset1:80
	v_add_u32_e32 v2, v0, v9
	v_add_u32_e32 v0, v0, v14
	ds_read2st64_b32 v[136:137], v0 offset0:64 offset1:80
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_add3_u32 v0, 0, v17, v1
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_read2st64_b32 v[134:135], v2 offset0:64 offset1:80
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_add3_u32 v2, 0, v237, v1
	v_add3_u32 v3, 0, v3, v1
	v_add3_u32 v4, 0, v4, v1
	v_add3_u32 v5, 0, v5, v1
	v_add3_u32 v6, 0, v6, v1
	v_add3_u32 v7, 0, v7, v1
	v_add3_u32 v8, 0, v8, v1
	ds_read_b32 v155, v0
	ds_read_b32 v158, v2
	ds_read_b32 v156, v3
	ds_read_b32 v152, v4
	ds_read_b32 v148, v5
	ds_read_b32 v144, v6
	ds_read_b32 v140, v7
	ds_read_b32 v141, v8
	v_add3_u32 v0, 0, v16, v1
	v_add3_u32 v2, 0, v15, v1
	v_add3_u32 v3, 0, v13, v1
	v_add3_u32 v4, 0, v12, v1
	v_add3_u32 v5, 0, v11, v1
	v_add3_u32 v6, 0, v10, v1
	v_add3_u32 v7, 0, v9, v1
	v_add3_u32 v1, 0, v14, v1
	ds_read_b32 v145, v0
	ds_read_b32 v164, v2
	ds_read_b32 v167, v3
	ds_read_b32 v108, v4
	ds_read_b32 v39, v5
	ds_read_b32 v35, v6
	ds_read_b32 v31, v7
	ds_read_b32 v23, v1
	v_mov_b32_e32 v2, 0
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[22:23], s[16:17]
	v_mov_b32_e32 v20, 0
	v_mov_b32_e32 v21, v2
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_42
; %bb.41:
	.loc	1 0 34 is_stmt 0                ; fused_moe.py:0:34
	v_accvgpr_read_b32 v0, a48
	v_accvgpr_read_b32 v1, a49
	v_lshl_add_u64 v[0:1], s[2:3], 2, v[0:1]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v20, v[0:1], off
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v21, v20
.LBB0_42:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[22:23], s[14:15]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_mov_b64 s[0:1], exec
	s_and_b64 s[4:5], s[0:1], s[4:5]
	v_accvgpr_read_b32 v236, a32
	s_mov_b64 exec, s[4:5]
	s_cbranch_execz .LBB0_44
; %bb.43:
	.loc	1 0 34 is_stmt 0                ; fused_moe.py:0:34
	v_accvgpr_read_b32 v0, a46
	v_accvgpr_read_b32 v1, a47
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[0:1], s[2:3], 2, v[0:1]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v2, v[0:1], off
.LBB0_44:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 127 34 is_stmt 1              ; fused_moe.py:127:34
	v_cndmask_b32_e64 v0, 0, 1, s[22:23]
	v_mov_b32_e32 v15, 0
	v_cmp_ne_u32_e64 s[0:1], 1, v0
	s_andn2_b64 vcc, exec, s[22:23]
	v_mov_b32_e32 v14, 0
	s_cbranch_vccnz .LBB0_60
; %bb.45:
	.loc	1 0 34 is_stmt 0                ; fused_moe.py:0:34
	v_lshl_add_u64 v[0:1], s[2:3], 2, v[104:105]
	.loc	1 127 34                        ; fused_moe.py:127:34
	global_load_dword v14, v[0:1], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_61
.LBB0_46:
	.loc	1 0 34                          ; fused_moe.py:0:34
	v_mov_b32_e32 v19, 0
	.loc	1 127 34                        ; fused_moe.py:127:34
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v18, 0
	s_cbranch_vccnz .LBB0_62
.LBB0_47:
	.loc	1 127 49                        ; fused_moe.py:127:49
	v_lshl_add_u64 v[0:1], s[2:3], 2, v[100:101]
	.loc	1 127 34                        ; fused_moe.py:127:34
	global_load_dword v18, v[0:1], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_63
.LBB0_48:
	.loc	1 0 34                          ; fused_moe.py:0:34
	v_mov_b32_e32 v11, 0
	.loc	1 127 34                        ; fused_moe.py:127:34
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v10, 0
	s_cbranch_vccnz .LBB0_64
.LBB0_49:
	.loc	1 127 49                        ; fused_moe.py:127:49
	v_lshl_add_u64 v[0:1], s[2:3], 2, v[96:97]
	.loc	1 127 34                        ; fused_moe.py:127:34
	global_load_dword v10, v[0:1], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_65
.LBB0_50:
	.loc	1 0 34                          ; fused_moe.py:0:34
	v_mov_b32_e32 v17, 0
	.loc	1 127 34                        ; fused_moe.py:127:34
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v16, 0
	s_cbranch_vccnz .LBB0_66
.LBB0_51:
	.loc	1 127 49                        ; fused_moe.py:127:49
	v_lshl_add_u64 v[0:1], s[2:3], 2, v[92:93]
	.loc	1 127 34                        ; fused_moe.py:127:34
	global_load_dword v16, v[0:1], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_67
.LBB0_52:
	.loc	1 0 34                          ; fused_moe.py:0:34
	v_mov_b32_e32 v7, 0
	.loc	1 127 34                        ; fused_moe.py:127:34
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v6, 0
	s_cbranch_vccnz .LBB0_68
.LBB0_53:
	.loc	1 127 49                        ; fused_moe.py:127:49
	v_lshl_add_u64 v[0:1], s[2:3], 2, v[88:89]
	.loc	1 127 34                        ; fused_moe.py:127:34
	global_load_dword v6, v[0:1], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_69
.LBB0_54:
	.loc	1 0 34                          ; fused_moe.py:0:34
	v_mov_b32_e32 v13, 0
	.loc	1 127 34                        ; fused_moe.py:127:34
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v12, 0
	s_cbranch_vccnz .LBB0_70
.LBB0_55:
	.loc	1 127 49                        ; fused_moe.py:127:49
	v_lshl_add_u64 v[0:1], s[2:3], 2, v[84:85]
	.loc	1 127 34                        ; fused_moe.py:127:34
	global_load_dword v12, v[0:1], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_71
.LBB0_56:
	.loc	1 0 34                          ; fused_moe.py:0:34
	v_mov_b32_e32 v5, 0
	.loc	1 127 34                        ; fused_moe.py:127:34
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v4, 0
	s_cbranch_vccnz .LBB0_72
.LBB0_57:
	.loc	1 127 49                        ; fused_moe.py:127:49
	v_lshl_add_u64 v[0:1], s[2:3], 2, v[80:81]
	.loc	1 127 34                        ; fused_moe.py:127:34
	global_load_dword v4, v[0:1], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_73
.LBB0_58:
	.loc	1 0 34                          ; fused_moe.py:0:34
	v_mov_b32_e32 v9, 0
	.loc	1 127 34                        ; fused_moe.py:127:34
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v8, 0
	s_cbranch_vccnz .LBB0_74
.LBB0_59:
	.loc	1 127 49                        ; fused_moe.py:127:49
	v_lshl_add_u64 v[0:1], s[2:3], 2, v[76:77]
	.loc	1 127 34                        ; fused_moe.py:127:34
	global_load_dword v8, v[0:1], off
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccz .LBB0_75
	s_branch .LBB0_76
.LBB0_60:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_46
.LBB0_61:
	.loc	1 127 49                        ; fused_moe.py:127:49
	v_lshl_add_u64 v[0:1], s[2:3], 2, v[102:103]
	.loc	1 127 34                        ; fused_moe.py:127:34
	global_load_dword v15, v[0:1], off
	v_mov_b32_e32 v19, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v18, 0
	s_cbranch_vccz .LBB0_47
.LBB0_62:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_48
.LBB0_63:
	.loc	1 127 49                        ; fused_moe.py:127:49
	v_lshl_add_u64 v[0:1], s[2:3], 2, v[98:99]
	.loc	1 127 34                        ; fused_moe.py:127:34
	global_load_dword v19, v[0:1], off
	v_mov_b32_e32 v11, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v10, 0
	s_cbranch_vccz .LBB0_49
.LBB0_64:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_50
.LBB0_65:
	.loc	1 127 49                        ; fused_moe.py:127:49
	v_lshl_add_u64 v[0:1], s[2:3], 2, v[94:95]
	.loc	1 127 34                        ; fused_moe.py:127:34
	global_load_dword v11, v[0:1], off
	v_mov_b32_e32 v17, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v16, 0
	s_cbranch_vccz .LBB0_51
.LBB0_66:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_52
.LBB0_67:
	.loc	1 127 49                        ; fused_moe.py:127:49
	v_lshl_add_u64 v[0:1], s[2:3], 2, v[90:91]
	.loc	1 127 34                        ; fused_moe.py:127:34
	global_load_dword v17, v[0:1], off
	v_mov_b32_e32 v7, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v6, 0
	s_cbranch_vccz .LBB0_53
.LBB0_68:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_54
.LBB0_69:
	.loc	1 127 49                        ; fused_moe.py:127:49
	v_lshl_add_u64 v[0:1], s[2:3], 2, v[86:87]
	.loc	1 127 34                        ; fused_moe.py:127:34
	global_load_dword v7, v[0:1], off
	v_mov_b32_e32 v13, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v12, 0
	s_cbranch_vccz .LBB0_55
.LBB0_70:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_56
.LBB0_71:
	.loc	1 127 49                        ; fused_moe.py:127:49
	v_lshl_add_u64 v[0:1], s[2:3], 2, v[82:83]
	.loc	1 127 34                        ; fused_moe.py:127:34
	global_load_dword v13, v[0:1], off
	v_mov_b32_e32 v5, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v4, 0
	s_cbranch_vccz .LBB0_57
.LBB0_72:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_58
.LBB0_73:
	.loc	1 127 49                        ; fused_moe.py:127:49
	v_lshl_add_u64 v[0:1], s[2:3], 2, v[78:79]
	.loc	1 127 34                        ; fused_moe.py:127:34
	global_load_dword v5, v[0:1], off
	v_mov_b32_e32 v9, 0
	s_and_b64 vcc, exec, s[0:1]
	v_mov_b32_e32 v8, 0
	s_cbranch_vccz .LBB0_59
.LBB0_74:
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_76
.LBB0_75:
	.loc	1 127 49                        ; fused_moe.py:127:49
	v_lshl_add_u64 v[0:1], s[2:3], 2, v[74:75]
	.loc	1 127 34                        ; fused_moe.py:127:34
	global_load_dword v9, v[0:1], off
.LBB0_76:
	.loc	1 0 34                          ; fused_moe.py:0:34
	v_mov_b32_e32 v22, 0
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a19, 0
	v_accvgpr_write_b32 a18, 0
	v_accvgpr_write_b32 a17, 0
	v_accvgpr_write_b32 a16, 0
	v_accvgpr_write_b32 a23, 0
	v_accvgpr_write_b32 a22, 0
	v_accvgpr_write_b32 a21, 0
	v_accvgpr_write_b32 a20, 0
	v_accvgpr_write_b32 a27, 0
	v_accvgpr_write_b32 a26, 0
	v_accvgpr_write_b32 a25, 0
	v_accvgpr_write_b32 a24, 0
	v_accvgpr_write_b32 a31, 0
	v_accvgpr_write_b32 a30, 0
	v_accvgpr_write_b32 a29, 0
	.loc	1 128 41 is_stmt 0              ; fused_moe.py:128:41
	s_and_b64 vcc, exec, s[0:1]
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_accvgpr_write_b32 a28, 0
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_cbranch_vccnz .LBB0_78
; %bb.77:
	.loc	1 120 20 is_stmt 1              ; fused_moe.py:120:20
	v_mov_b32_e32 v84, 7
	s_movk_i32 s0, 0x7f
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v29, v84, v23 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v1, v23, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v29, 0x3f80, v29
	v_add_u16_e32 v29, 0x2000, v29
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_mov_b32_e32 v81, 0x7e00
	v_mov_b32_e32 v80, 0x1800
	v_cndmask_b32_e32 v29, v81, v29, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	v_mov_b32_e32 v79, 0x1c00
	v_mov_b32_e32 v78, 0x1e00
	v_cndmask_b32_e32 v29, 0, v29, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	v_mov_b32_e32 v74, 0x2000
	v_mov_b32_e32 v75, 0x2100
	v_cndmask_b32_e32 v29, v80, v29, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	v_mov_b32_e32 v83, 8
	v_mov_b32_e32 v76, 0x2200
	v_cndmask_b32_e32 v29, v79, v29, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	v_lshlrev_b16_sdwa v28, v83, v23 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_mov_b32_e32 v77, 0x2300
	v_cndmask_b32_e32 v29, v78, v29, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	v_and_b32_e32 v28, 0xffff8000, v28
	v_lshrrev_b32_e32 v3, 8, v23
	v_cndmask_b32_e32 v29, v74, v29, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	v_lshlrev_b16_sdwa v32, v84, v31 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v32, 0x3f80, v32
	v_cndmask_b32_e32 v29, v75, v29, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	v_add_u16_e32 v32, 0x2000, v32
	v_lshlrev_b16_sdwa v33, v84, v31 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v29, v76, v29, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_and_b32_e32 v33, 0x3f80, v33
	v_add_u16_e32 v33, 0x2000, v33
	v_cndmask_b32_e32 v1, v77, v29, vcc
	v_or_b32_e32 v1, v1, v28
	v_lshlrev_b16_sdwa v29, v84, v23 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_accvgpr_write_b32 a0, v1
	v_and_b32_sdwa v1, v23, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v29, 0x3f80, v29
	v_add_u16_e32 v29, 0x2000, v29
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v28, v83, v23 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v28, 0xffff8000, v28
	v_cndmask_b32_e32 v29, v81, v29, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	v_lshrrev_b32_e32 v30, 8, v31
	v_lshlrev_b16_sdwa v36, v84, v35 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v29, 0, v29, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	v_and_b32_e32 v36, 0x3f80, v36
	v_add_u16_e32 v36, 0x2000, v36
	v_cndmask_b32_e32 v29, v80, v29, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	v_lshlrev_b16_sdwa v37, v84, v35 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v37, 0x3f80, v37
	v_cndmask_b32_e32 v29, v79, v29, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	v_add_u16_e32 v37, 0x2000, v37
	v_lshrrev_b32_e32 v34, 8, v35
	v_cndmask_b32_e32 v29, v78, v29, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	v_lshlrev_b16_sdwa v100, v84, v39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v100, 0x3f80, v100
	v_cndmask_b32_e32 v29, v74, v29, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	v_add_u16_e32 v100, 0x2000, v100
	v_lshlrev_b16_sdwa v101, v84, v39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v29, v75, v29, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	v_and_b32_e32 v101, 0x3f80, v101
	v_add_u16_e32 v101, 0x2000, v101
	v_cndmask_b32_e32 v29, v76, v29, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_lshrrev_b32_e32 v38, 8, v39
	v_lshlrev_b16_sdwa v105, v84, v108 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v1, v77, v29, vcc
	v_or_b32_e32 v1, v1, v28
	v_and_b32_e32 v28, 0x7f, v3
	v_lshlrev_b16_e32 v29, 8, v3
	v_lshlrev_b16_e32 v3, 7, v3
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s0, v28
	v_and_b32_e32 v105, 0x3f80, v105
	v_add_u16_e32 v105, 0x2000, v105
	v_cndmask_b32_e32 v3, v81, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v28
	v_lshlrev_b16_sdwa v109, v84, v108 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v109, 0x3f80, v109
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v28
	v_add_u16_e32 v109, 0x2000, v109
	v_lshrrev_b32_e32 v104, 8, v108
	v_cndmask_b32_e32 v3, v80, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v28
	v_lshlrev_b16_sdwa v168, v84, v167 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v168, 0x3f80, v168
	v_cndmask_b32_e32 v3, v79, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v28
	v_add_u16_e32 v168, 0x2000, v168
	v_lshlrev_b16_sdwa v169, v84, v167 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v3, v78, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v28
	v_and_b32_e32 v169, 0x3f80, v169
	v_add_u16_e32 v169, 0x2000, v169
	v_cndmask_b32_e32 v3, v74, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v28
	v_lshrrev_b32_e32 v166, 8, v167
	v_lshlrev_b16_sdwa v171, v84, v164 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v3, v75, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v28
	v_and_b32_e32 v171, 0x3f80, v171
	v_add_u16_e32 v171, 0x2000, v171
	v_cndmask_b32_e32 v3, v76, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v28
	v_and_b32_e32 v28, 0xffff8000, v29
	v_lshlrev_b16_e32 v29, 8, v23
	v_cndmask_b32_e32 v3, v77, v3, vcc
	v_or_b32_e32 v3, v3, v28
	v_and_b32_e32 v28, 0x7f, v23
	v_lshlrev_b16_e32 v23, 7, v23
	v_and_b32_e32 v23, 0x3f80, v23
	v_add_u16_e32 v23, 0x2000, v23
	v_cmp_ne_u16_e32 vcc, s0, v28
	v_lshlrev_b16_sdwa v172, v84, v164 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v172, 0x3f80, v172
	v_cndmask_b32_e32 v23, v81, v23, vcc
	v_cmp_ne_u16_e32 vcc, 0, v28
	v_add_u16_e32 v172, 0x2000, v172
	v_lshrrev_b32_e32 v170, 8, v164
	v_cndmask_b32_e32 v23, 0, v23, vcc
	v_cmp_ne_u16_e32 vcc, 1, v28
	v_lshlrev_b16_sdwa v173, v84, v145 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v173, 0x3f80, v173
	v_cndmask_b32_e32 v23, v80, v23, vcc
	v_cmp_ne_u16_e32 vcc, 2, v28
	v_add_u16_e32 v173, 0x2000, v173
	v_lshlrev_b16_sdwa v175, v84, v145 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v23, v79, v23, vcc
	v_cmp_ne_u16_e32 vcc, 3, v28
	v_and_b32_e32 v175, 0x3f80, v175
	v_add_u16_e32 v175, 0x2000, v175
	v_cndmask_b32_e32 v23, v78, v23, vcc
	v_cmp_ne_u16_e32 vcc, 4, v28
	v_lshrrev_b32_e32 v174, 8, v145
	v_lshlrev_b16_sdwa v176, v84, v141 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v23, v74, v23, vcc
	v_cmp_ne_u16_e32 vcc, 5, v28
	v_and_b32_e32 v176, 0x3f80, v176
	v_add_u16_e32 v176, 0x2000, v176
	v_cndmask_b32_e32 v23, v75, v23, vcc
	v_cmp_ne_u16_e32 vcc, 6, v28
	v_lshlrev_b16_sdwa v177, v84, v141 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v177, 0x3f80, v177
	v_cndmask_b32_e32 v23, v76, v23, vcc
	v_cmp_ne_u16_e32 vcc, 7, v28
	v_and_b32_e32 v28, 0xffff8000, v29
	v_lshlrev_b16_sdwa v29, v83, v31 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v23, v77, v23, vcc
	v_or_b32_e32 v23, v23, v28
	v_and_b32_sdwa v28, v31, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v28
	v_and_b32_e32 v29, 0xffff8000, v29
	v_add_u16_e32 v177, 0x2000, v177
	v_cndmask_b32_e32 v32, v81, v32, vcc
	v_cmp_ne_u16_e32 vcc, 0, v28
	v_lshrrev_b32_e32 v178, 8, v141
	v_lshrrev_b32_e32 v165, 8, v140
	v_cndmask_b32_e32 v32, 0, v32, vcc
	v_cmp_ne_u16_e32 vcc, 1, v28
	v_lshrrev_b32_e32 v163, 8, v144
	v_lshrrev_b32_e32 v149, 8, v148
	v_cndmask_b32_e32 v32, v80, v32, vcc
	v_cmp_ne_u16_e32 vcc, 2, v28
	v_lshrrev_b32_e32 v153, 8, v152
	v_lshrrev_b32_e32 v157, 8, v156
	v_cndmask_b32_e32 v32, v79, v32, vcc
	v_cmp_ne_u16_e32 vcc, 3, v28
	v_lshrrev_b32_e32 v161, 8, v158
	v_lshrrev_b32_e32 v160, 8, v155
	v_cndmask_b32_e32 v32, v78, v32, vcc
	v_cmp_ne_u16_e32 vcc, 4, v28
	v_lshrrev_b32_e32 v162, 8, v137
	v_lshrrev_b32_e32 v159, 8, v135
	v_cndmask_b32_e32 v32, v74, v32, vcc
	v_cmp_ne_u16_e32 vcc, 5, v28
	v_lshrrev_b32_e32 v154, 8, v133
	v_lshrrev_b32_e32 v151, 8, v131
	v_cndmask_b32_e32 v32, v75, v32, vcc
	v_cmp_ne_u16_e32 vcc, 6, v28
	v_lshrrev_b32_e32 v150, 8, v129
	v_lshrrev_b32_e32 v147, 8, v127
	v_cndmask_b32_e32 v32, v76, v32, vcc
	v_cmp_ne_u16_e32 vcc, 7, v28
	v_lshrrev_b32_e32 v0, 8, v125
	v_lshrrev_b32_e32 v146, 8, v123
	v_cndmask_b32_e32 v28, v77, v32, vcc
	v_or_b32_e32 v28, v28, v29
	v_and_b32_sdwa v29, v31, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v29
	v_lshlrev_b16_sdwa v32, v83, v31 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v32, 0xffff8000, v32
	v_cndmask_b32_e32 v33, v81, v33, vcc
	v_cmp_ne_u16_e32 vcc, 0, v29
	v_lshrrev_b32_e32 v143, 8, v121
	v_lshrrev_b32_e32 v142, 8, v119
	v_cndmask_b32_e32 v33, 0, v33, vcc
	v_cmp_ne_u16_e32 vcc, 1, v29
	v_lshrrev_b32_e32 v139, 8, v117
	v_lshrrev_b32_e32 v138, 8, v115
	v_cndmask_b32_e32 v33, v80, v33, vcc
	v_cmp_ne_u16_e32 vcc, 2, v29
	v_lshrrev_b32_e32 v107, 8, v113
	v_lshrrev_b32_e32 v106, 8, v111
	v_cndmask_b32_e32 v33, v79, v33, vcc
	v_cmp_ne_u16_e32 vcc, 3, v29
	v_lshrrev_b32_e32 v103, 8, v73
	v_lshrrev_b32_e32 v102, 8, v25
	v_cndmask_b32_e32 v33, v78, v33, vcc
	v_cmp_ne_u16_e32 vcc, 4, v29
	v_lshrrev_b32_e32 v99, 8, v136
	v_lshrrev_b32_e32 v98, 8, v134
	v_cndmask_b32_e32 v33, v74, v33, vcc
	v_cmp_ne_u16_e32 vcc, 5, v29
	v_lshrrev_b32_e32 v97, 8, v132
	v_lshrrev_b32_e32 v96, 8, v130
	v_cndmask_b32_e32 v33, v75, v33, vcc
	v_cmp_ne_u16_e32 vcc, 6, v29
	v_lshrrev_b32_e32 v95, 8, v128
	v_lshrrev_b32_e32 v94, 8, v126
	v_cndmask_b32_e32 v33, v76, v33, vcc
	v_cmp_ne_u16_e32 vcc, 7, v29
	v_lshrrev_b32_e32 v93, 8, v124
	v_lshrrev_b32_e32 v92, 8, v122
	v_cndmask_b32_e32 v29, v77, v33, vcc
	v_or_b32_e32 v29, v29, v32
	v_and_b32_e32 v32, 0x7f, v30
	v_lshlrev_b16_e32 v33, 8, v30
	v_lshlrev_b16_e32 v30, 7, v30
	v_and_b32_e32 v30, 0x3f80, v30
	v_add_u16_e32 v30, 0x2000, v30
	v_cmp_ne_u16_e32 vcc, s0, v32
	v_lshrrev_b32_e32 v91, 8, v120
	v_lshrrev_b32_e32 v90, 8, v118
	v_cndmask_b32_e32 v30, v81, v30, vcc
	v_cmp_ne_u16_e32 vcc, 0, v32
	v_lshrrev_b32_e32 v89, 8, v116
	v_lshrrev_b32_e32 v88, 8, v114
	v_cndmask_b32_e32 v30, 0, v30, vcc
	v_cmp_ne_u16_e32 vcc, 1, v32
	v_lshrrev_b32_e32 v87, 8, v112
	v_lshrrev_b32_e32 v86, 8, v110
	v_cndmask_b32_e32 v30, v80, v30, vcc
	v_cmp_ne_u16_e32 vcc, 2, v32
	v_lshrrev_b32_e32 v85, 8, v72
	v_lshrrev_b32_e32 v82, 8, v24
	v_cndmask_b32_e32 v30, v79, v30, vcc
	v_cmp_ne_u16_e32 vcc, 3, v32
	s_nop 1
	v_cndmask_b32_e32 v30, v78, v30, vcc
	v_cmp_ne_u16_e32 vcc, 4, v32
	s_nop 1
	v_cndmask_b32_e32 v30, v74, v30, vcc
	v_cmp_ne_u16_e32 vcc, 5, v32
	s_nop 1
	v_cndmask_b32_e32 v30, v75, v30, vcc
	v_cmp_ne_u16_e32 vcc, 6, v32
	s_nop 1
	v_cndmask_b32_e32 v30, v76, v30, vcc
	v_cmp_ne_u16_e32 vcc, 7, v32
	v_and_b32_e32 v32, 0xffff8000, v33
	v_lshlrev_b16_e32 v33, 8, v31
	v_cndmask_b32_e32 v30, v77, v30, vcc
	v_or_b32_e32 v30, v30, v32
	v_and_b32_e32 v32, 0x7f, v31
	v_lshlrev_b16_e32 v31, 7, v31
	v_and_b32_e32 v31, 0x3f80, v31
	v_add_u16_e32 v31, 0x2000, v31
	v_cmp_ne_u16_e32 vcc, s0, v32
	s_nop 1
	v_cndmask_b32_e32 v31, v81, v31, vcc
	v_cmp_ne_u16_e32 vcc, 0, v32
	s_nop 1
	v_cndmask_b32_e32 v31, 0, v31, vcc
	v_cmp_ne_u16_e32 vcc, 1, v32
	s_nop 1
	v_cndmask_b32_e32 v31, v80, v31, vcc
	v_cmp_ne_u16_e32 vcc, 2, v32
	s_nop 1
	v_cndmask_b32_e32 v31, v79, v31, vcc
	v_cmp_ne_u16_e32 vcc, 3, v32
	s_nop 1
	v_cndmask_b32_e32 v31, v78, v31, vcc
	v_cmp_ne_u16_e32 vcc, 4, v32
	s_nop 1
	v_cndmask_b32_e32 v31, v74, v31, vcc
	v_cmp_ne_u16_e32 vcc, 5, v32
	s_nop 1
	v_cndmask_b32_e32 v31, v75, v31, vcc
	v_cmp_ne_u16_e32 vcc, 6, v32
	s_nop 1
	v_cndmask_b32_e32 v31, v76, v31, vcc
	v_cmp_ne_u16_e32 vcc, 7, v32
	v_and_b32_e32 v32, 0xffff8000, v33
	v_lshlrev_b16_sdwa v33, v83, v35 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v31, v77, v31, vcc
	v_or_b32_e32 v31, v31, v32
	v_and_b32_sdwa v32, v35, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v32
	v_and_b32_e32 v33, 0xffff8000, v33
	s_nop 0
	v_cndmask_b32_e32 v36, v81, v36, vcc
	v_cmp_ne_u16_e32 vcc, 0, v32
	s_nop 1
	v_cndmask_b32_e32 v36, 0, v36, vcc
	v_cmp_ne_u16_e32 vcc, 1, v32
	s_nop 1
	v_cndmask_b32_e32 v36, v80, v36, vcc
	v_cmp_ne_u16_e32 vcc, 2, v32
	s_nop 1
	v_cndmask_b32_e32 v36, v79, v36, vcc
	v_cmp_ne_u16_e32 vcc, 3, v32
	s_nop 1
	v_cndmask_b32_e32 v36, v78, v36, vcc
	v_cmp_ne_u16_e32 vcc, 4, v32
	s_nop 1
	v_cndmask_b32_e32 v36, v74, v36, vcc
	v_cmp_ne_u16_e32 vcc, 5, v32
	s_nop 1
	v_cndmask_b32_e32 v36, v75, v36, vcc
	v_cmp_ne_u16_e32 vcc, 6, v32
	s_nop 1
	v_cndmask_b32_e32 v36, v76, v36, vcc
	v_cmp_ne_u16_e32 vcc, 7, v32
	s_nop 1
	v_cndmask_b32_e32 v32, v77, v36, vcc
	v_or_b32_e32 v32, v32, v33
	v_and_b32_sdwa v33, v35, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v33
	v_lshlrev_b16_sdwa v36, v83, v35 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v36, 0xffff8000, v36
	v_cndmask_b32_e32 v37, v81, v37, vcc
	v_cmp_ne_u16_e32 vcc, 0, v33
	s_nop 1
	v_cndmask_b32_e32 v37, 0, v37, vcc
	v_cmp_ne_u16_e32 vcc, 1, v33
	s_nop 1
	v_cndmask_b32_e32 v37, v80, v37, vcc
	v_cmp_ne_u16_e32 vcc, 2, v33
	s_nop 1
	v_cndmask_b32_e32 v37, v79, v37, vcc
	v_cmp_ne_u16_e32 vcc, 3, v33
	s_nop 1
	v_cndmask_b32_e32 v37, v78, v37, vcc
	v_cmp_ne_u16_e32 vcc, 4, v33
	s_nop 1
	v_cndmask_b32_e32 v37, v74, v37, vcc
	v_cmp_ne_u16_e32 vcc, 5, v33
	s_nop 1
	v_cndmask_b32_e32 v37, v75, v37, vcc
	v_cmp_ne_u16_e32 vcc, 6, v33
	s_nop 1
	v_cndmask_b32_e32 v37, v76, v37, vcc
	v_cmp_ne_u16_e32 vcc, 7, v33
	s_nop 1
	v_cndmask_b32_e32 v33, v77, v37, vcc
	v_or_b32_e32 v33, v33, v36
	v_and_b32_e32 v36, 0x7f, v34
	v_lshlrev_b16_e32 v37, 8, v34
	v_lshlrev_b16_e32 v34, 7, v34
	v_and_b32_e32 v34, 0x3f80, v34
	v_add_u16_e32 v34, 0x2000, v34
	v_cmp_ne_u16_e32 vcc, s0, v36
	s_nop 1
	v_cndmask_b32_e32 v34, v81, v34, vcc
	v_cmp_ne_u16_e32 vcc, 0, v36
	s_nop 1
	v_cndmask_b32_e32 v34, 0, v34, vcc
	v_cmp_ne_u16_e32 vcc, 1, v36
	s_nop 1
	v_cndmask_b32_e32 v34, v80, v34, vcc
	v_cmp_ne_u16_e32 vcc, 2, v36
	s_nop 1
	v_cndmask_b32_e32 v34, v79, v34, vcc
	v_cmp_ne_u16_e32 vcc, 3, v36
	s_nop 1
	v_cndmask_b32_e32 v34, v78, v34, vcc
	v_cmp_ne_u16_e32 vcc, 4, v36
	s_nop 1
	v_cndmask_b32_e32 v34, v74, v34, vcc
	v_cmp_ne_u16_e32 vcc, 5, v36
	s_nop 1
	v_cndmask_b32_e32 v34, v75, v34, vcc
	v_cmp_ne_u16_e32 vcc, 6, v36
	s_nop 1
	v_cndmask_b32_e32 v34, v76, v34, vcc
	v_cmp_ne_u16_e32 vcc, 7, v36
	v_and_b32_e32 v36, 0xffff8000, v37
	v_lshlrev_b16_e32 v37, 8, v35
	v_cndmask_b32_e32 v34, v77, v34, vcc
	v_or_b32_e32 v34, v34, v36
	v_and_b32_e32 v36, 0x7f, v35
	v_lshlrev_b16_e32 v35, 7, v35
	v_and_b32_e32 v35, 0x3f80, v35
	v_add_u16_e32 v35, 0x2000, v35
	v_cmp_ne_u16_e32 vcc, s0, v36
	s_nop 1
	v_cndmask_b32_e32 v35, v81, v35, vcc
	v_cmp_ne_u16_e32 vcc, 0, v36
	s_nop 1
	v_cndmask_b32_e32 v35, 0, v35, vcc
	v_cmp_ne_u16_e32 vcc, 1, v36
	s_nop 1
	v_cndmask_b32_e32 v35, v80, v35, vcc
	v_cmp_ne_u16_e32 vcc, 2, v36
	s_nop 1
	v_cndmask_b32_e32 v35, v79, v35, vcc
	v_cmp_ne_u16_e32 vcc, 3, v36
	s_nop 1
	v_cndmask_b32_e32 v35, v78, v35, vcc
	v_cmp_ne_u16_e32 vcc, 4, v36
	s_nop 1
	v_cndmask_b32_e32 v35, v74, v35, vcc
	v_cmp_ne_u16_e32 vcc, 5, v36
	s_nop 1
	v_cndmask_b32_e32 v35, v75, v35, vcc
	v_cmp_ne_u16_e32 vcc, 6, v36
	s_nop 1
	v_cndmask_b32_e32 v35, v76, v35, vcc
	v_cmp_ne_u16_e32 vcc, 7, v36
	v_and_b32_e32 v36, 0xffff8000, v37
	v_lshlrev_b16_sdwa v37, v83, v39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v35, v77, v35, vcc
	v_or_b32_e32 v35, v35, v36
	v_and_b32_sdwa v36, v39, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v36
	v_and_b32_e32 v37, 0xffff8000, v37
	s_nop 0
	v_cndmask_b32_e32 v100, v81, v100, vcc
	v_cmp_ne_u16_e32 vcc, 0, v36
	s_nop 1
	v_cndmask_b32_e32 v100, 0, v100, vcc
	v_cmp_ne_u16_e32 vcc, 1, v36
	s_nop 1
	v_cndmask_b32_e32 v100, v80, v100, vcc
	v_cmp_ne_u16_e32 vcc, 2, v36
	s_nop 1
	v_cndmask_b32_e32 v100, v79, v100, vcc
	v_cmp_ne_u16_e32 vcc, 3, v36
	s_nop 1
	v_cndmask_b32_e32 v100, v78, v100, vcc
	v_cmp_ne_u16_e32 vcc, 4, v36
	s_nop 1
	v_cndmask_b32_e32 v100, v74, v100, vcc
	v_cmp_ne_u16_e32 vcc, 5, v36
	s_nop 1
	v_cndmask_b32_e32 v100, v75, v100, vcc
	v_cmp_ne_u16_e32 vcc, 6, v36
	s_nop 1
	v_cndmask_b32_e32 v100, v76, v100, vcc
	v_cmp_ne_u16_e32 vcc, 7, v36
	s_nop 1
	v_cndmask_b32_e32 v36, v77, v100, vcc
	v_or_b32_e32 v36, v36, v37
	v_and_b32_sdwa v37, v39, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v37
	v_lshlrev_b16_sdwa v100, v83, v39 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v100, 0xffff8000, v100
	v_cndmask_b32_e32 v101, v81, v101, vcc
	v_cmp_ne_u16_e32 vcc, 0, v37
	s_nop 1
	v_cndmask_b32_e32 v101, 0, v101, vcc
	v_cmp_ne_u16_e32 vcc, 1, v37
	s_nop 1
	v_cndmask_b32_e32 v101, v80, v101, vcc
	v_cmp_ne_u16_e32 vcc, 2, v37
	s_nop 1
	v_cndmask_b32_e32 v101, v79, v101, vcc
	v_cmp_ne_u16_e32 vcc, 3, v37
	s_nop 1
	v_cndmask_b32_e32 v101, v78, v101, vcc
	v_cmp_ne_u16_e32 vcc, 4, v37
	s_nop 1
	v_cndmask_b32_e32 v101, v74, v101, vcc
	v_cmp_ne_u16_e32 vcc, 5, v37
	s_nop 1
	v_cndmask_b32_e32 v101, v75, v101, vcc
	v_cmp_ne_u16_e32 vcc, 6, v37
	s_nop 1
	v_cndmask_b32_e32 v101, v76, v101, vcc
	v_cmp_ne_u16_e32 vcc, 7, v37
	s_nop 1
	v_cndmask_b32_e32 v37, v77, v101, vcc
	v_or_b32_e32 v37, v37, v100
	v_and_b32_e32 v100, 0x7f, v38
	v_lshlrev_b16_e32 v101, 8, v38
	v_lshlrev_b16_e32 v38, 7, v38
	v_and_b32_e32 v38, 0x3f80, v38
	v_add_u16_e32 v38, 0x2000, v38
	v_cmp_ne_u16_e32 vcc, s0, v100
	s_nop 1
	v_cndmask_b32_e32 v38, v81, v38, vcc
	v_cmp_ne_u16_e32 vcc, 0, v100
	s_nop 1
	v_cndmask_b32_e32 v38, 0, v38, vcc
	v_cmp_ne_u16_e32 vcc, 1, v100
	s_nop 1
	v_cndmask_b32_e32 v38, v80, v38, vcc
	v_cmp_ne_u16_e32 vcc, 2, v100
	s_nop 1
	v_cndmask_b32_e32 v38, v79, v38, vcc
	v_cmp_ne_u16_e32 vcc, 3, v100
	s_nop 1
	v_cndmask_b32_e32 v38, v78, v38, vcc
	v_cmp_ne_u16_e32 vcc, 4, v100
	s_nop 1
	v_cndmask_b32_e32 v38, v74, v38, vcc
	v_cmp_ne_u16_e32 vcc, 5, v100
	s_nop 1
	v_cndmask_b32_e32 v38, v75, v38, vcc
	v_cmp_ne_u16_e32 vcc, 6, v100
	s_nop 1
	v_cndmask_b32_e32 v38, v76, v38, vcc
	v_cmp_ne_u16_e32 vcc, 7, v100
	v_and_b32_e32 v100, 0xffff8000, v101
	v_lshlrev_b16_e32 v101, 8, v39
	v_cndmask_b32_e32 v38, v77, v38, vcc
	v_or_b32_e32 v38, v38, v100
	v_and_b32_e32 v100, 0x7f, v39
	v_lshlrev_b16_e32 v39, 7, v39
	v_and_b32_e32 v39, 0x3f80, v39
	v_add_u16_e32 v39, 0x2000, v39
	v_cmp_ne_u16_e32 vcc, s0, v100
	s_nop 1
	v_cndmask_b32_e32 v39, v81, v39, vcc
	v_cmp_ne_u16_e32 vcc, 0, v100
	s_nop 1
	v_cndmask_b32_e32 v39, 0, v39, vcc
	v_cmp_ne_u16_e32 vcc, 1, v100
	s_nop 1
	v_cndmask_b32_e32 v39, v80, v39, vcc
	v_cmp_ne_u16_e32 vcc, 2, v100
	s_nop 1
	v_cndmask_b32_e32 v39, v79, v39, vcc
	v_cmp_ne_u16_e32 vcc, 3, v100
	s_nop 1
	v_cndmask_b32_e32 v39, v78, v39, vcc
	v_cmp_ne_u16_e32 vcc, 4, v100
	s_nop 1
	v_cndmask_b32_e32 v39, v74, v39, vcc
	v_cmp_ne_u16_e32 vcc, 5, v100
	s_nop 1
	v_cndmask_b32_e32 v39, v75, v39, vcc
	v_cmp_ne_u16_e32 vcc, 6, v100
	s_nop 1
	v_cndmask_b32_e32 v39, v76, v39, vcc
	v_cmp_ne_u16_e32 vcc, 7, v100
	v_and_b32_e32 v100, 0xffff8000, v101
	v_lshlrev_b16_sdwa v101, v83, v108 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v39, v77, v39, vcc
	v_or_b32_e32 v39, v39, v100
	v_and_b32_sdwa v100, v108, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v100
	v_and_b32_e32 v101, 0xffff8000, v101
	s_nop 0
	v_cndmask_b32_e32 v105, v81, v105, vcc
	v_cmp_ne_u16_e32 vcc, 0, v100
	s_nop 1
	v_cndmask_b32_e32 v105, 0, v105, vcc
	v_cmp_ne_u16_e32 vcc, 1, v100
	s_nop 1
	v_cndmask_b32_e32 v105, v80, v105, vcc
	v_cmp_ne_u16_e32 vcc, 2, v100
	s_nop 1
	v_cndmask_b32_e32 v105, v79, v105, vcc
	v_cmp_ne_u16_e32 vcc, 3, v100
	s_nop 1
	v_cndmask_b32_e32 v105, v78, v105, vcc
	v_cmp_ne_u16_e32 vcc, 4, v100
	s_nop 1
	v_cndmask_b32_e32 v105, v74, v105, vcc
	v_cmp_ne_u16_e32 vcc, 5, v100
	s_nop 1
	v_cndmask_b32_e32 v105, v75, v105, vcc
	v_cmp_ne_u16_e32 vcc, 6, v100
	s_nop 1
	v_cndmask_b32_e32 v105, v76, v105, vcc
	v_cmp_ne_u16_e32 vcc, 7, v100
	s_nop 1
	v_cndmask_b32_e32 v100, v77, v105, vcc
	v_or_b32_e32 v100, v100, v101
	v_and_b32_sdwa v101, v108, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v101
	v_lshlrev_b16_sdwa v105, v83, v108 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v105, 0xffff8000, v105
	v_cndmask_b32_e32 v109, v81, v109, vcc
	v_cmp_ne_u16_e32 vcc, 0, v101
	s_nop 1
	v_cndmask_b32_e32 v109, 0, v109, vcc
	v_cmp_ne_u16_e32 vcc, 1, v101
	s_nop 1
	v_cndmask_b32_e32 v109, v80, v109, vcc
	v_cmp_ne_u16_e32 vcc, 2, v101
	s_nop 1
	v_cndmask_b32_e32 v109, v79, v109, vcc
	v_cmp_ne_u16_e32 vcc, 3, v101
	s_nop 1
	v_cndmask_b32_e32 v109, v78, v109, vcc
	v_cmp_ne_u16_e32 vcc, 4, v101
	s_nop 1
	v_cndmask_b32_e32 v109, v74, v109, vcc
	v_cmp_ne_u16_e32 vcc, 5, v101
	s_nop 1
	v_cndmask_b32_e32 v109, v75, v109, vcc
	v_cmp_ne_u16_e32 vcc, 6, v101
	s_nop 1
	v_cndmask_b32_e32 v109, v76, v109, vcc
	v_cmp_ne_u16_e32 vcc, 7, v101
	s_nop 1
	v_cndmask_b32_e32 v101, v77, v109, vcc
	v_or_b32_e32 v101, v101, v105
	v_and_b32_e32 v105, 0x7f, v104
	v_lshlrev_b16_e32 v109, 8, v104
	v_lshlrev_b16_e32 v104, 7, v104
	v_and_b32_e32 v104, 0x3f80, v104
	v_add_u16_e32 v104, 0x2000, v104
	v_cmp_ne_u16_e32 vcc, s0, v105
	s_nop 1
	v_cndmask_b32_e32 v104, v81, v104, vcc
	v_cmp_ne_u16_e32 vcc, 0, v105
	s_nop 1
	v_cndmask_b32_e32 v104, 0, v104, vcc
	v_cmp_ne_u16_e32 vcc, 1, v105
	s_nop 1
	v_cndmask_b32_e32 v104, v80, v104, vcc
	v_cmp_ne_u16_e32 vcc, 2, v105
	s_nop 1
	v_cndmask_b32_e32 v104, v79, v104, vcc
	v_cmp_ne_u16_e32 vcc, 3, v105
	s_nop 1
	v_cndmask_b32_e32 v104, v78, v104, vcc
	v_cmp_ne_u16_e32 vcc, 4, v105
	s_nop 1
	v_cndmask_b32_e32 v104, v74, v104, vcc
	v_cmp_ne_u16_e32 vcc, 5, v105
	s_nop 1
	v_cndmask_b32_e32 v104, v75, v104, vcc
	v_cmp_ne_u16_e32 vcc, 6, v105
	s_nop 1
	v_cndmask_b32_e32 v104, v76, v104, vcc
	v_cmp_ne_u16_e32 vcc, 7, v105
	v_and_b32_e32 v105, 0xffff8000, v109
	v_lshlrev_b16_e32 v109, 8, v108
	v_cndmask_b32_e32 v104, v77, v104, vcc
	v_or_b32_e32 v104, v104, v105
	v_and_b32_e32 v105, 0x7f, v108
	v_lshlrev_b16_e32 v108, 7, v108
	v_and_b32_e32 v108, 0x3f80, v108
	v_add_u16_e32 v108, 0x2000, v108
	v_cmp_ne_u16_e32 vcc, s0, v105
	s_nop 1
	v_cndmask_b32_e32 v108, v81, v108, vcc
	v_cmp_ne_u16_e32 vcc, 0, v105
	s_nop 1
	v_cndmask_b32_e32 v108, 0, v108, vcc
	v_cmp_ne_u16_e32 vcc, 1, v105
	s_nop 1
	v_cndmask_b32_e32 v108, v80, v108, vcc
	v_cmp_ne_u16_e32 vcc, 2, v105
	s_nop 1
	v_cndmask_b32_e32 v108, v79, v108, vcc
	v_cmp_ne_u16_e32 vcc, 3, v105
	s_nop 1
	v_cndmask_b32_e32 v108, v78, v108, vcc
	v_cmp_ne_u16_e32 vcc, 4, v105
	s_nop 1
	v_cndmask_b32_e32 v108, v74, v108, vcc
	v_cmp_ne_u16_e32 vcc, 5, v105
	s_nop 1
	v_cndmask_b32_e32 v108, v75, v108, vcc
	v_cmp_ne_u16_e32 vcc, 6, v105
	s_nop 1
	v_cndmask_b32_e32 v108, v76, v108, vcc
	v_cmp_ne_u16_e32 vcc, 7, v105
	s_nop 1
	v_cndmask_b32_e32 v105, v77, v108, vcc
	v_and_b32_e32 v108, 0xffff8000, v109
	v_or_b32_e32 v105, v105, v108
	v_and_b32_sdwa v108, v167, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v108
	v_lshlrev_b16_sdwa v109, v83, v167 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v109, 0xffff8000, v109
	v_cndmask_b32_e32 v168, v81, v168, vcc
	v_cmp_ne_u16_e32 vcc, 0, v108
	s_nop 1
	v_cndmask_b32_e32 v168, 0, v168, vcc
	v_cmp_ne_u16_e32 vcc, 1, v108
	s_nop 1
	v_cndmask_b32_e32 v168, v80, v168, vcc
	v_cmp_ne_u16_e32 vcc, 2, v108
	s_nop 1
	v_cndmask_b32_e32 v168, v79, v168, vcc
	v_cmp_ne_u16_e32 vcc, 3, v108
	s_nop 1
	v_cndmask_b32_e32 v168, v78, v168, vcc
	v_cmp_ne_u16_e32 vcc, 4, v108
	s_nop 1
	v_cndmask_b32_e32 v168, v74, v168, vcc
	v_cmp_ne_u16_e32 vcc, 5, v108
	s_nop 1
	v_cndmask_b32_e32 v168, v75, v168, vcc
	v_cmp_ne_u16_e32 vcc, 6, v108
	s_nop 1
	v_cndmask_b32_e32 v168, v76, v168, vcc
	v_cmp_ne_u16_e32 vcc, 7, v108
	s_nop 1
	v_cndmask_b32_e32 v108, v77, v168, vcc
	v_or_b32_e32 v108, v108, v109
	v_and_b32_sdwa v109, v167, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v109
	v_lshlrev_b16_sdwa v168, v83, v167 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v168, 0xffff8000, v168
	v_cndmask_b32_e32 v169, v81, v169, vcc
	v_cmp_ne_u16_e32 vcc, 0, v109
	s_nop 1
	v_cndmask_b32_e32 v169, 0, v169, vcc
	v_cmp_ne_u16_e32 vcc, 1, v109
	s_nop 1
	v_cndmask_b32_e32 v169, v80, v169, vcc
	v_cmp_ne_u16_e32 vcc, 2, v109
	s_nop 1
	v_cndmask_b32_e32 v169, v79, v169, vcc
	v_cmp_ne_u16_e32 vcc, 3, v109
	s_nop 1
	v_cndmask_b32_e32 v169, v78, v169, vcc
	v_cmp_ne_u16_e32 vcc, 4, v109
	s_nop 1
	v_cndmask_b32_e32 v169, v74, v169, vcc
	v_cmp_ne_u16_e32 vcc, 5, v109
	s_nop 1
	v_cndmask_b32_e32 v169, v75, v169, vcc
	v_cmp_ne_u16_e32 vcc, 6, v109
	s_nop 1
	v_cndmask_b32_e32 v169, v76, v169, vcc
	v_cmp_ne_u16_e32 vcc, 7, v109
	s_nop 1
	v_cndmask_b32_e32 v109, v77, v169, vcc
	v_or_b32_e32 v109, v109, v168
	v_and_b32_e32 v168, 0x7f, v166
	v_lshlrev_b16_e32 v169, 8, v166
	v_lshlrev_b16_e32 v166, 7, v166
	v_and_b32_e32 v166, 0x3f80, v166
	v_add_u16_e32 v166, 0x2000, v166
	v_cmp_ne_u16_e32 vcc, s0, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v81, v166, vcc
	v_cmp_ne_u16_e32 vcc, 0, v168
	s_nop 1
	v_cndmask_b32_e32 v166, 0, v166, vcc
	v_cmp_ne_u16_e32 vcc, 1, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v80, v166, vcc
	v_cmp_ne_u16_e32 vcc, 2, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v79, v166, vcc
	v_cmp_ne_u16_e32 vcc, 3, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v78, v166, vcc
	v_cmp_ne_u16_e32 vcc, 4, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v74, v166, vcc
	v_cmp_ne_u16_e32 vcc, 5, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v75, v166, vcc
	v_cmp_ne_u16_e32 vcc, 6, v168
	s_nop 1
	v_cndmask_b32_e32 v166, v76, v166, vcc
	v_cmp_ne_u16_e32 vcc, 7, v168
	v_and_b32_e32 v168, 0xffff8000, v169
	v_lshlrev_b16_e32 v169, 8, v167
	v_cndmask_b32_e32 v166, v77, v166, vcc
	v_or_b32_e32 v166, v166, v168
	v_and_b32_e32 v168, 0x7f, v167
	v_lshlrev_b16_e32 v167, 7, v167
	v_and_b32_e32 v167, 0x3f80, v167
	v_add_u16_e32 v167, 0x2000, v167
	v_cmp_ne_u16_e32 vcc, s0, v168
	s_nop 1
	v_cndmask_b32_e32 v167, v81, v167, vcc
	v_cmp_ne_u16_e32 vcc, 0, v168
	s_nop 1
	v_cndmask_b32_e32 v167, 0, v167, vcc
	v_cmp_ne_u16_e32 vcc, 1, v168
	s_nop 1
	v_cndmask_b32_e32 v167, v80, v167, vcc
	v_cmp_ne_u16_e32 vcc, 2, v168
	s_nop 1
	v_cndmask_b32_e32 v167, v79, v167, vcc
	v_cmp_ne_u16_e32 vcc, 3, v168
	s_nop 1
	v_cndmask_b32_e32 v167, v78, v167, vcc
	v_cmp_ne_u16_e32 vcc, 4, v168
	s_nop 1
	v_cndmask_b32_e32 v167, v74, v167, vcc
	v_cmp_ne_u16_e32 vcc, 5, v168
	s_nop 1
	v_cndmask_b32_e32 v167, v75, v167, vcc
	v_cmp_ne_u16_e32 vcc, 6, v168
	s_nop 1
	v_cndmask_b32_e32 v167, v76, v167, vcc
	v_cmp_ne_u16_e32 vcc, 7, v168
	v_and_b32_e32 v168, 0xffff8000, v169
	v_lshlrev_b16_sdwa v169, v83, v164 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v167, v77, v167, vcc
	v_or_b32_e32 v167, v167, v168
	v_and_b32_sdwa v168, v164, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v168
	v_and_b32_e32 v169, 0xffff8000, v169
	s_nop 0
	v_cndmask_b32_e32 v171, v81, v171, vcc
	v_cmp_ne_u16_e32 vcc, 0, v168
	s_nop 1
	v_cndmask_b32_e32 v171, 0, v171, vcc
	v_cmp_ne_u16_e32 vcc, 1, v168
	s_nop 1
	v_cndmask_b32_e32 v171, v80, v171, vcc
	v_cmp_ne_u16_e32 vcc, 2, v168
	s_nop 1
	v_cndmask_b32_e32 v171, v79, v171, vcc
	v_cmp_ne_u16_e32 vcc, 3, v168
	s_nop 1
	v_cndmask_b32_e32 v171, v78, v171, vcc
	v_cmp_ne_u16_e32 vcc, 4, v168
	s_nop 1
	v_cndmask_b32_e32 v171, v74, v171, vcc
	v_cmp_ne_u16_e32 vcc, 5, v168
	s_nop 1
	v_cndmask_b32_e32 v171, v75, v171, vcc
	v_cmp_ne_u16_e32 vcc, 6, v168
	s_nop 1
	v_cndmask_b32_e32 v171, v76, v171, vcc
	v_cmp_ne_u16_e32 vcc, 7, v168
	s_nop 1
	v_cndmask_b32_e32 v168, v77, v171, vcc
	v_or_b32_e32 v168, v168, v169
	v_and_b32_sdwa v169, v164, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v169
	v_lshlrev_b16_sdwa v171, v83, v164 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v171, 0xffff8000, v171
	v_cndmask_b32_e32 v172, v81, v172, vcc
	v_cmp_ne_u16_e32 vcc, 0, v169
	s_nop 1
	v_cndmask_b32_e32 v172, 0, v172, vcc
	v_cmp_ne_u16_e32 vcc, 1, v169
	s_nop 1
	v_cndmask_b32_e32 v172, v80, v172, vcc
	v_cmp_ne_u16_e32 vcc, 2, v169
	s_nop 1
	v_cndmask_b32_e32 v172, v79, v172, vcc
	v_cmp_ne_u16_e32 vcc, 3, v169
	s_nop 1
	v_cndmask_b32_e32 v172, v78, v172, vcc
	v_cmp_ne_u16_e32 vcc, 4, v169
	s_nop 1
	v_cndmask_b32_e32 v172, v74, v172, vcc
	v_cmp_ne_u16_e32 vcc, 5, v169
	s_nop 1
	v_cndmask_b32_e32 v172, v75, v172, vcc
	v_cmp_ne_u16_e32 vcc, 6, v169
	s_nop 1
	v_cndmask_b32_e32 v172, v76, v172, vcc
	v_cmp_ne_u16_e32 vcc, 7, v169
	s_nop 1
	v_cndmask_b32_e32 v169, v77, v172, vcc
	v_or_b32_e32 v169, v169, v171
	v_and_b32_e32 v171, 0x7f, v170
	v_lshlrev_b16_e32 v172, 8, v170
	v_lshlrev_b16_e32 v170, 7, v170
	v_and_b32_e32 v170, 0x3f80, v170
	v_add_u16_e32 v170, 0x2000, v170
	v_cmp_ne_u16_e32 vcc, s0, v171
	s_nop 1
	v_cndmask_b32_e32 v170, v81, v170, vcc
	v_cmp_ne_u16_e32 vcc, 0, v171
	s_nop 1
	v_cndmask_b32_e32 v170, 0, v170, vcc
	v_cmp_ne_u16_e32 vcc, 1, v171
	s_nop 1
	v_cndmask_b32_e32 v170, v80, v170, vcc
	v_cmp_ne_u16_e32 vcc, 2, v171
	s_nop 1
	v_cndmask_b32_e32 v170, v79, v170, vcc
	v_cmp_ne_u16_e32 vcc, 3, v171
	s_nop 1
	v_cndmask_b32_e32 v170, v78, v170, vcc
	v_cmp_ne_u16_e32 vcc, 4, v171
	s_nop 1
	v_cndmask_b32_e32 v170, v74, v170, vcc
	v_cmp_ne_u16_e32 vcc, 5, v171
	s_nop 1
	v_cndmask_b32_e32 v170, v75, v170, vcc
	v_cmp_ne_u16_e32 vcc, 6, v171
	s_nop 1
	v_cndmask_b32_e32 v170, v76, v170, vcc
	v_cmp_ne_u16_e32 vcc, 7, v171
	v_and_b32_e32 v171, 0xffff8000, v172
	v_lshlrev_b16_e32 v172, 8, v164
	v_cndmask_b32_e32 v170, v77, v170, vcc
	v_or_b32_e32 v170, v170, v171
	v_and_b32_e32 v171, 0x7f, v164
	v_lshlrev_b16_e32 v164, 7, v164
	v_and_b32_e32 v164, 0x3f80, v164
	v_add_u16_e32 v164, 0x2000, v164
	v_cmp_ne_u16_e32 vcc, s0, v171
	s_nop 1
	v_cndmask_b32_e32 v164, v81, v164, vcc
	v_cmp_ne_u16_e32 vcc, 0, v171
	s_nop 1
	v_cndmask_b32_e32 v164, 0, v164, vcc
	v_cmp_ne_u16_e32 vcc, 1, v171
	s_nop 1
	v_cndmask_b32_e32 v164, v80, v164, vcc
	v_cmp_ne_u16_e32 vcc, 2, v171
	s_nop 1
	v_cndmask_b32_e32 v164, v79, v164, vcc
	v_cmp_ne_u16_e32 vcc, 3, v171
	s_nop 1
	v_cndmask_b32_e32 v164, v78, v164, vcc
	v_cmp_ne_u16_e32 vcc, 4, v171
	s_nop 1
	v_cndmask_b32_e32 v164, v74, v164, vcc
	v_cmp_ne_u16_e32 vcc, 5, v171
	s_nop 1
	v_cndmask_b32_e32 v164, v75, v164, vcc
	v_cmp_ne_u16_e32 vcc, 6, v171
	s_nop 1
	v_cndmask_b32_e32 v164, v76, v164, vcc
	v_cmp_ne_u16_e32 vcc, 7, v171
	v_and_b32_e32 v171, 0xffff8000, v172
	v_lshlrev_b16_sdwa v172, v83, v145 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v164, v77, v164, vcc
	v_or_b32_e32 v171, v164, v171
	v_and_b32_sdwa v164, v145, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v164
	v_and_b32_e32 v172, 0xffff8000, v172
	s_nop 0
	v_cndmask_b32_e32 v173, v81, v173, vcc
	v_cmp_ne_u16_e32 vcc, 0, v164
	s_nop 1
	v_cndmask_b32_e32 v173, 0, v173, vcc
	v_cmp_ne_u16_e32 vcc, 1, v164
	s_nop 1
	v_cndmask_b32_e32 v173, v80, v173, vcc
	v_cmp_ne_u16_e32 vcc, 2, v164
	s_nop 1
	v_cndmask_b32_e32 v173, v79, v173, vcc
	v_cmp_ne_u16_e32 vcc, 3, v164
	s_nop 1
	v_cndmask_b32_e32 v173, v78, v173, vcc
	v_cmp_ne_u16_e32 vcc, 4, v164
	s_nop 1
	v_cndmask_b32_e32 v173, v74, v173, vcc
	v_cmp_ne_u16_e32 vcc, 5, v164
	s_nop 1
	v_cndmask_b32_e32 v173, v75, v173, vcc
	v_cmp_ne_u16_e32 vcc, 6, v164
	s_nop 1
	v_cndmask_b32_e32 v173, v76, v173, vcc
	v_cmp_ne_u16_e32 vcc, 7, v164
	s_nop 1
	v_cndmask_b32_e32 v164, v77, v173, vcc
	v_or_b32_e32 v172, v164, v172
	v_and_b32_sdwa v164, v145, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v164
	v_lshlrev_b16_sdwa v173, v83, v145 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v173, 0xffff8000, v173
	v_cndmask_b32_e32 v175, v81, v175, vcc
	v_cmp_ne_u16_e32 vcc, 0, v164
	s_nop 1
	v_cndmask_b32_e32 v175, 0, v175, vcc
	v_cmp_ne_u16_e32 vcc, 1, v164
	s_nop 1
	v_cndmask_b32_e32 v175, v80, v175, vcc
	v_cmp_ne_u16_e32 vcc, 2, v164
	s_nop 1
	v_cndmask_b32_e32 v175, v79, v175, vcc
	v_cmp_ne_u16_e32 vcc, 3, v164
	s_nop 1
	v_cndmask_b32_e32 v175, v78, v175, vcc
	v_cmp_ne_u16_e32 vcc, 4, v164
	s_nop 1
	v_cndmask_b32_e32 v175, v74, v175, vcc
	v_cmp_ne_u16_e32 vcc, 5, v164
	s_nop 1
	v_cndmask_b32_e32 v175, v75, v175, vcc
	v_cmp_ne_u16_e32 vcc, 6, v164
	s_nop 1
	v_cndmask_b32_e32 v175, v76, v175, vcc
	v_cmp_ne_u16_e32 vcc, 7, v164
	s_nop 1
	v_cndmask_b32_e32 v164, v77, v175, vcc
	v_or_b32_e32 v173, v164, v173
	v_and_b32_e32 v164, 0x7f, v174
	v_lshlrev_b16_e32 v175, 8, v174
	v_lshlrev_b16_e32 v174, 7, v174
	v_and_b32_e32 v174, 0x3f80, v174
	v_add_u16_e32 v174, 0x2000, v174
	v_cmp_ne_u16_e32 vcc, s0, v164
	s_nop 1
	v_cndmask_b32_e32 v174, v81, v174, vcc
	v_cmp_ne_u16_e32 vcc, 0, v164
	s_nop 1
	v_cndmask_b32_e32 v174, 0, v174, vcc
	v_cmp_ne_u16_e32 vcc, 1, v164
	s_nop 1
	v_cndmask_b32_e32 v174, v80, v174, vcc
	v_cmp_ne_u16_e32 vcc, 2, v164
	s_nop 1
	v_cndmask_b32_e32 v174, v79, v174, vcc
	v_cmp_ne_u16_e32 vcc, 3, v164
	s_nop 1
	v_cndmask_b32_e32 v174, v78, v174, vcc
	v_cmp_ne_u16_e32 vcc, 4, v164
	s_nop 1
	v_cndmask_b32_e32 v174, v74, v174, vcc
	v_cmp_ne_u16_e32 vcc, 5, v164
	s_nop 1
	v_cndmask_b32_e32 v174, v75, v174, vcc
	v_cmp_ne_u16_e32 vcc, 6, v164
	s_nop 1
	v_cndmask_b32_e32 v174, v76, v174, vcc
	v_cmp_ne_u16_e32 vcc, 7, v164
	s_nop 1
	v_cndmask_b32_e32 v164, v77, v174, vcc
	v_and_b32_e32 v174, 0xffff8000, v175
	v_or_b32_e32 v174, v164, v174
	v_and_b32_e32 v164, 0x7f, v145
	v_lshlrev_b16_e32 v175, 8, v145
	v_lshlrev_b16_e32 v145, 7, v145
	v_and_b32_e32 v145, 0x3f80, v145
	v_add_u16_e32 v145, 0x2000, v145
	v_cmp_ne_u16_e32 vcc, s0, v164
	s_nop 1
	v_cndmask_b32_e32 v145, v81, v145, vcc
	v_cmp_ne_u16_e32 vcc, 0, v164
	s_nop 1
	v_cndmask_b32_e32 v145, 0, v145, vcc
	v_cmp_ne_u16_e32 vcc, 1, v164
	s_nop 1
	v_cndmask_b32_e32 v145, v80, v145, vcc
	v_cmp_ne_u16_e32 vcc, 2, v164
	s_nop 1
	v_cndmask_b32_e32 v145, v79, v145, vcc
	v_cmp_ne_u16_e32 vcc, 3, v164
	s_nop 1
	v_cndmask_b32_e32 v145, v78, v145, vcc
	v_cmp_ne_u16_e32 vcc, 4, v164
	s_nop 1
	v_cndmask_b32_e32 v145, v74, v145, vcc
	v_cmp_ne_u16_e32 vcc, 5, v164
	s_nop 1
	v_cndmask_b32_e32 v145, v75, v145, vcc
	v_cmp_ne_u16_e32 vcc, 6, v164
	s_nop 1
	v_cndmask_b32_e32 v145, v76, v145, vcc
	v_cmp_ne_u16_e32 vcc, 7, v164
	v_and_b32_e32 v164, 0xffff8000, v175
	s_nop 0
	v_cndmask_b32_e32 v145, v77, v145, vcc
	v_or_b32_e32 v175, v145, v164
	v_and_b32_sdwa v145, v141, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v145
	v_lshlrev_b16_sdwa v164, v83, v141 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v164, 0xffff8000, v164
	v_cndmask_b32_e32 v176, v81, v176, vcc
	v_cmp_ne_u16_e32 vcc, 0, v145
	s_nop 1
	v_cndmask_b32_e32 v176, 0, v176, vcc
	v_cmp_ne_u16_e32 vcc, 1, v145
	s_nop 1
	v_cndmask_b32_e32 v176, v80, v176, vcc
	v_cmp_ne_u16_e32 vcc, 2, v145
	s_nop 1
	v_cndmask_b32_e32 v176, v79, v176, vcc
	v_cmp_ne_u16_e32 vcc, 3, v145
	s_nop 1
	v_cndmask_b32_e32 v176, v78, v176, vcc
	v_cmp_ne_u16_e32 vcc, 4, v145
	s_nop 1
	v_cndmask_b32_e32 v176, v74, v176, vcc
	v_cmp_ne_u16_e32 vcc, 5, v145
	s_nop 1
	v_cndmask_b32_e32 v176, v75, v176, vcc
	v_cmp_ne_u16_e32 vcc, 6, v145
	s_nop 1
	v_cndmask_b32_e32 v176, v76, v176, vcc
	v_cmp_ne_u16_e32 vcc, 7, v145
	s_nop 1
	v_cndmask_b32_e32 v145, v77, v176, vcc
	v_or_b32_e32 v176, v145, v164
	v_and_b32_sdwa v145, v141, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v145
	v_lshlrev_b16_sdwa v164, v83, v141 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v164, 0xffff8000, v164
	v_cndmask_b32_e32 v177, v81, v177, vcc
	v_cmp_ne_u16_e32 vcc, 0, v145
	s_nop 1
	v_cndmask_b32_e32 v177, 0, v177, vcc
	v_cmp_ne_u16_e32 vcc, 1, v145
	s_nop 1
	v_cndmask_b32_e32 v177, v80, v177, vcc
	v_cmp_ne_u16_e32 vcc, 2, v145
	s_nop 1
	v_cndmask_b32_e32 v177, v79, v177, vcc
	v_cmp_ne_u16_e32 vcc, 3, v145
	s_nop 1
	v_cndmask_b32_e32 v177, v78, v177, vcc
	v_cmp_ne_u16_e32 vcc, 4, v145
	s_nop 1
	v_cndmask_b32_e32 v177, v74, v177, vcc
	v_cmp_ne_u16_e32 vcc, 5, v145
	s_nop 1
	v_cndmask_b32_e32 v177, v75, v177, vcc
	v_cmp_ne_u16_e32 vcc, 6, v145
	s_nop 1
	v_cndmask_b32_e32 v177, v76, v177, vcc
	v_cmp_ne_u16_e32 vcc, 7, v145
	s_nop 1
	v_cndmask_b32_e32 v145, v77, v177, vcc
	v_or_b32_e32 v177, v145, v164
	v_and_b32_e32 v145, 0x7f, v178
	v_lshlrev_b16_e32 v164, 8, v178
	v_lshlrev_b16_e32 v178, 7, v178
	v_and_b32_e32 v178, 0x3f80, v178
	v_add_u16_e32 v178, 0x2000, v178
	v_cmp_ne_u16_e32 vcc, s0, v145
	v_and_b32_e32 v164, 0xffff8000, v164
	s_nop 0
	v_cndmask_b32_e32 v178, v81, v178, vcc
	v_cmp_ne_u16_e32 vcc, 0, v145
	s_nop 1
	v_cndmask_b32_e32 v178, 0, v178, vcc
	v_cmp_ne_u16_e32 vcc, 1, v145
	s_nop 1
	v_cndmask_b32_e32 v178, v80, v178, vcc
	v_cmp_ne_u16_e32 vcc, 2, v145
	s_nop 1
	v_cndmask_b32_e32 v178, v79, v178, vcc
	v_cmp_ne_u16_e32 vcc, 3, v145
	s_nop 1
	v_cndmask_b32_e32 v178, v78, v178, vcc
	v_cmp_ne_u16_e32 vcc, 4, v145
	s_nop 1
	v_cndmask_b32_e32 v178, v74, v178, vcc
	v_cmp_ne_u16_e32 vcc, 5, v145
	s_nop 1
	v_cndmask_b32_e32 v178, v75, v178, vcc
	v_cmp_ne_u16_e32 vcc, 6, v145
	s_nop 1
	v_cndmask_b32_e32 v178, v76, v178, vcc
	v_cmp_ne_u16_e32 vcc, 7, v145
	s_nop 1
	v_cndmask_b32_e32 v145, v77, v178, vcc
	v_or_b32_e32 v178, v145, v164
	v_and_b32_e32 v145, 0x7f, v141
	v_lshlrev_b16_e32 v164, 8, v141
	v_lshlrev_b16_e32 v141, 7, v141
	v_and_b32_e32 v141, 0x3f80, v141
	v_add_u16_e32 v141, 0x2000, v141
	v_cmp_ne_u16_e32 vcc, s0, v145
	s_nop 1
	v_cndmask_b32_e32 v141, v81, v141, vcc
	v_cmp_ne_u16_e32 vcc, 0, v145
	s_nop 1
	v_cndmask_b32_e32 v141, 0, v141, vcc
	v_cmp_ne_u16_e32 vcc, 1, v145
	s_nop 1
	v_cndmask_b32_e32 v141, v80, v141, vcc
	v_cmp_ne_u16_e32 vcc, 2, v145
	s_nop 1
	v_cndmask_b32_e32 v141, v79, v141, vcc
	v_cmp_ne_u16_e32 vcc, 3, v145
	s_nop 1
	v_cndmask_b32_e32 v141, v78, v141, vcc
	v_cmp_ne_u16_e32 vcc, 4, v145
	s_nop 1
	v_cndmask_b32_e32 v141, v74, v141, vcc
	v_cmp_ne_u16_e32 vcc, 5, v145
	s_nop 1
	v_cndmask_b32_e32 v141, v75, v141, vcc
	v_cmp_ne_u16_e32 vcc, 6, v145
	s_nop 1
	v_cndmask_b32_e32 v141, v76, v141, vcc
	v_cmp_ne_u16_e32 vcc, 7, v145
	v_and_b32_e32 v145, 0xffff8000, v164
	v_lshlrev_b16_sdwa v164, v84, v140 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v141, v77, v141, vcc
	v_or_b32_e32 v179, v141, v145
	v_and_b32_sdwa v141, v140, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v164, 0x3f80, v164
	v_add_u16_e32 v164, 0x2000, v164
	v_cmp_ne_u16_e32 vcc, s0, v141
	v_lshlrev_b16_sdwa v145, v83, v140 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v145, 0xffff8000, v145
	v_cndmask_b32_e32 v164, v81, v164, vcc
	v_cmp_ne_u16_e32 vcc, 0, v141
	s_nop 1
	v_cndmask_b32_e32 v164, 0, v164, vcc
	v_cmp_ne_u16_e32 vcc, 1, v141
	s_nop 1
	v_cndmask_b32_e32 v164, v80, v164, vcc
	v_cmp_ne_u16_e32 vcc, 2, v141
	s_nop 1
	v_cndmask_b32_e32 v164, v79, v164, vcc
	v_cmp_ne_u16_e32 vcc, 3, v141
	s_nop 1
	v_cndmask_b32_e32 v164, v78, v164, vcc
	v_cmp_ne_u16_e32 vcc, 4, v141
	s_nop 1
	v_cndmask_b32_e32 v164, v74, v164, vcc
	v_cmp_ne_u16_e32 vcc, 5, v141
	s_nop 1
	v_cndmask_b32_e32 v164, v75, v164, vcc
	v_cmp_ne_u16_e32 vcc, 6, v141
	s_nop 1
	v_cndmask_b32_e32 v164, v76, v164, vcc
	v_cmp_ne_u16_e32 vcc, 7, v141
	s_nop 1
	v_cndmask_b32_e32 v141, v77, v164, vcc
	v_lshlrev_b16_sdwa v164, v84, v140 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v180, v141, v145
	v_and_b32_sdwa v141, v140, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v164, 0x3f80, v164
	v_add_u16_e32 v164, 0x2000, v164
	v_cmp_ne_u16_e32 vcc, s0, v141
	v_lshlrev_b16_sdwa v145, v83, v140 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v145, 0xffff8000, v145
	v_cndmask_b32_e32 v164, v81, v164, vcc
	v_cmp_ne_u16_e32 vcc, 0, v141
	s_nop 1
	v_cndmask_b32_e32 v164, 0, v164, vcc
	v_cmp_ne_u16_e32 vcc, 1, v141
	s_nop 1
	v_cndmask_b32_e32 v164, v80, v164, vcc
	v_cmp_ne_u16_e32 vcc, 2, v141
	s_nop 1
	v_cndmask_b32_e32 v164, v79, v164, vcc
	v_cmp_ne_u16_e32 vcc, 3, v141
	s_nop 1
	v_cndmask_b32_e32 v164, v78, v164, vcc
	v_cmp_ne_u16_e32 vcc, 4, v141
	s_nop 1
	v_cndmask_b32_e32 v164, v74, v164, vcc
	v_cmp_ne_u16_e32 vcc, 5, v141
	s_nop 1
	v_cndmask_b32_e32 v164, v75, v164, vcc
	v_cmp_ne_u16_e32 vcc, 6, v141
	s_nop 1
	v_cndmask_b32_e32 v164, v76, v164, vcc
	v_cmp_ne_u16_e32 vcc, 7, v141
	s_nop 1
	v_cndmask_b32_e32 v141, v77, v164, vcc
	v_lshlrev_b16_e32 v164, 7, v165
	v_or_b32_e32 v181, v141, v145
	v_and_b32_e32 v141, 0x7f, v165
	v_and_b32_e32 v164, 0x3f80, v164
	v_add_u16_e32 v164, 0x2000, v164
	v_cmp_ne_u16_e32 vcc, s0, v141
	v_lshlrev_b16_e32 v145, 8, v165
	v_and_b32_e32 v145, 0xffff8000, v145
	v_cndmask_b32_e32 v164, v81, v164, vcc
	v_cmp_ne_u16_e32 vcc, 0, v141
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v165, v84, v24 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v165, 0x3f80, v165
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v164, 0, v164, vcc
	v_cmp_ne_u16_e32 vcc, 1, v141
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u16_e32 v165, 0x2000, v165
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_nop 0
	v_cndmask_b32_e32 v164, v80, v164, vcc
	v_cmp_ne_u16_e32 vcc, 2, v141
	s_nop 1
	v_cndmask_b32_e32 v164, v79, v164, vcc
	v_cmp_ne_u16_e32 vcc, 3, v141
	s_nop 1
	v_cndmask_b32_e32 v164, v78, v164, vcc
	v_cmp_ne_u16_e32 vcc, 4, v141
	s_nop 1
	v_cndmask_b32_e32 v164, v74, v164, vcc
	v_cmp_ne_u16_e32 vcc, 5, v141
	s_nop 1
	v_cndmask_b32_e32 v164, v75, v164, vcc
	v_cmp_ne_u16_e32 vcc, 6, v141
	s_nop 1
	v_cndmask_b32_e32 v164, v76, v164, vcc
	v_cmp_ne_u16_e32 vcc, 7, v141
	s_nop 1
	v_cndmask_b32_e32 v141, v77, v164, vcc
	v_or_b32_e32 v182, v141, v145
	v_and_b32_e32 v141, 0x7f, v140
	v_lshlrev_b16_e32 v145, 8, v140
	v_lshlrev_b16_e32 v140, 7, v140
	v_and_b32_e32 v140, 0x3f80, v140
	v_add_u16_e32 v140, 0x2000, v140
	v_cmp_ne_u16_e32 vcc, s0, v141
	v_lshlrev_b16_sdwa v164, v84, v144 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v164, 0x3f80, v164
	v_cndmask_b32_e32 v140, v81, v140, vcc
	v_cmp_ne_u16_e32 vcc, 0, v141
	v_add_u16_e32 v164, 0x2000, v164
	s_nop 0
	v_cndmask_b32_e32 v140, 0, v140, vcc
	v_cmp_ne_u16_e32 vcc, 1, v141
	s_nop 1
	v_cndmask_b32_e32 v140, v80, v140, vcc
	v_cmp_ne_u16_e32 vcc, 2, v141
	s_nop 1
	v_cndmask_b32_e32 v140, v79, v140, vcc
	v_cmp_ne_u16_e32 vcc, 3, v141
	s_nop 1
	v_cndmask_b32_e32 v140, v78, v140, vcc
	v_cmp_ne_u16_e32 vcc, 4, v141
	s_nop 1
	v_cndmask_b32_e32 v140, v74, v140, vcc
	v_cmp_ne_u16_e32 vcc, 5, v141
	s_nop 1
	v_cndmask_b32_e32 v140, v75, v140, vcc
	v_cmp_ne_u16_e32 vcc, 6, v141
	s_nop 1
	v_cndmask_b32_e32 v140, v76, v140, vcc
	v_cmp_ne_u16_e32 vcc, 7, v141
	v_and_b32_e32 v141, 0xffff8000, v145
	v_lshlrev_b16_sdwa v145, v84, v144 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v140, v77, v140, vcc
	v_or_b32_e32 v183, v140, v141
	v_and_b32_sdwa v140, v144, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v145, 0x3f80, v145
	v_add_u16_e32 v145, 0x2000, v145
	v_cmp_ne_u16_e32 vcc, s0, v140
	v_lshlrev_b16_sdwa v141, v83, v144 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v141, 0xffff8000, v141
	v_cndmask_b32_e32 v145, v81, v145, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v145, 0, v145, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v145, v80, v145, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v145, v79, v145, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v145, v78, v145, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v145, v74, v145, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v145, v75, v145, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v145, v76, v145, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	s_nop 1
	v_cndmask_b32_e32 v140, v77, v145, vcc
	v_or_b32_e32 v141, v140, v141
	v_and_b32_sdwa v140, v144, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v140
	v_lshlrev_b16_sdwa v145, v83, v144 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v145, 0xffff8000, v145
	v_cndmask_b32_e32 v164, v81, v164, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	s_nop 1
	v_cndmask_b32_e32 v164, 0, v164, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v164, v80, v164, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v164, v79, v164, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v164, v78, v164, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v164, v74, v164, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v164, v75, v164, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v164, v76, v164, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	s_nop 1
	v_cndmask_b32_e32 v140, v77, v164, vcc
	v_or_b32_e32 v184, v140, v145
	v_and_b32_e32 v140, 0x7f, v163
	v_lshlrev_b16_e32 v145, 8, v163
	v_lshlrev_b16_e32 v163, 7, v163
	v_and_b32_e32 v163, 0x3f80, v163
	v_add_u16_e32 v163, 0x2000, v163
	v_cmp_ne_u16_e32 vcc, s0, v140
	v_and_b32_e32 v145, 0xffff8000, v145
	v_lshlrev_b16_sdwa v164, v84, v148 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v163, v81, v163, vcc
	v_cmp_ne_u16_e32 vcc, 0, v140
	v_and_b32_e32 v164, 0x3f80, v164
	v_add_u16_e32 v164, 0x2000, v164
	v_cndmask_b32_e32 v163, 0, v163, vcc
	v_cmp_ne_u16_e32 vcc, 1, v140
	s_nop 1
	v_cndmask_b32_e32 v163, v80, v163, vcc
	v_cmp_ne_u16_e32 vcc, 2, v140
	s_nop 1
	v_cndmask_b32_e32 v163, v79, v163, vcc
	v_cmp_ne_u16_e32 vcc, 3, v140
	s_nop 1
	v_cndmask_b32_e32 v163, v78, v163, vcc
	v_cmp_ne_u16_e32 vcc, 4, v140
	s_nop 1
	v_cndmask_b32_e32 v163, v74, v163, vcc
	v_cmp_ne_u16_e32 vcc, 5, v140
	s_nop 1
	v_cndmask_b32_e32 v163, v75, v163, vcc
	v_cmp_ne_u16_e32 vcc, 6, v140
	s_nop 1
	v_cndmask_b32_e32 v163, v76, v163, vcc
	v_cmp_ne_u16_e32 vcc, 7, v140
	s_nop 1
	v_cndmask_b32_e32 v140, v77, v163, vcc
	v_or_b32_e32 v140, v140, v145
	v_and_b32_e32 v145, 0x7f, v144
	v_lshlrev_b16_e32 v163, 8, v144
	v_lshlrev_b16_e32 v144, 7, v144
	v_and_b32_e32 v144, 0x3f80, v144
	v_add_u16_e32 v144, 0x2000, v144
	v_cmp_ne_u16_e32 vcc, s0, v145
	s_nop 1
	v_cndmask_b32_e32 v144, v81, v144, vcc
	v_cmp_ne_u16_e32 vcc, 0, v145
	s_nop 1
	v_cndmask_b32_e32 v144, 0, v144, vcc
	v_cmp_ne_u16_e32 vcc, 1, v145
	s_nop 1
	v_cndmask_b32_e32 v144, v80, v144, vcc
	v_cmp_ne_u16_e32 vcc, 2, v145
	s_nop 1
	v_cndmask_b32_e32 v144, v79, v144, vcc
	v_cmp_ne_u16_e32 vcc, 3, v145
	s_nop 1
	v_cndmask_b32_e32 v144, v78, v144, vcc
	v_cmp_ne_u16_e32 vcc, 4, v145
	s_nop 1
	v_cndmask_b32_e32 v144, v74, v144, vcc
	v_cmp_ne_u16_e32 vcc, 5, v145
	s_nop 1
	v_cndmask_b32_e32 v144, v75, v144, vcc
	v_cmp_ne_u16_e32 vcc, 6, v145
	s_nop 1
	v_cndmask_b32_e32 v144, v76, v144, vcc
	v_cmp_ne_u16_e32 vcc, 7, v145
	v_and_b32_e32 v145, 0xffff8000, v163
	v_lshlrev_b16_sdwa v163, v84, v148 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v144, v77, v144, vcc
	v_or_b32_e32 v185, v144, v145
	v_and_b32_sdwa v144, v148, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v163, 0x3f80, v163
	v_add_u16_e32 v163, 0x2000, v163
	v_cmp_ne_u16_e32 vcc, s0, v144
	v_lshlrev_b16_sdwa v145, v83, v148 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v145, 0xffff8000, v145
	v_cndmask_b32_e32 v163, v81, v163, vcc
	v_cmp_ne_u16_e32 vcc, 0, v144
	s_nop 1
	v_cndmask_b32_e32 v163, 0, v163, vcc
	v_cmp_ne_u16_e32 vcc, 1, v144
	s_nop 1
	v_cndmask_b32_e32 v163, v80, v163, vcc
	v_cmp_ne_u16_e32 vcc, 2, v144
	s_nop 1
	v_cndmask_b32_e32 v163, v79, v163, vcc
	v_cmp_ne_u16_e32 vcc, 3, v144
	s_nop 1
	v_cndmask_b32_e32 v163, v78, v163, vcc
	v_cmp_ne_u16_e32 vcc, 4, v144
	s_nop 1
	v_cndmask_b32_e32 v163, v74, v163, vcc
	v_cmp_ne_u16_e32 vcc, 5, v144
	s_nop 1
	v_cndmask_b32_e32 v163, v75, v163, vcc
	v_cmp_ne_u16_e32 vcc, 6, v144
	s_nop 1
	v_cndmask_b32_e32 v163, v76, v163, vcc
	v_cmp_ne_u16_e32 vcc, 7, v144
	s_nop 1
	v_cndmask_b32_e32 v144, v77, v163, vcc
	v_or_b32_e32 v145, v144, v145
	v_and_b32_sdwa v144, v148, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v144
	v_lshlrev_b16_sdwa v163, v83, v148 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v163, 0xffff8000, v163
	v_cndmask_b32_e32 v164, v81, v164, vcc
	v_cmp_ne_u16_e32 vcc, 0, v144
	s_nop 1
	v_cndmask_b32_e32 v164, 0, v164, vcc
	v_cmp_ne_u16_e32 vcc, 1, v144
	s_nop 1
	v_cndmask_b32_e32 v164, v80, v164, vcc
	v_cmp_ne_u16_e32 vcc, 2, v144
	s_nop 1
	v_cndmask_b32_e32 v164, v79, v164, vcc
	v_cmp_ne_u16_e32 vcc, 3, v144
	s_nop 1
	v_cndmask_b32_e32 v164, v78, v164, vcc
	v_cmp_ne_u16_e32 vcc, 4, v144
	s_nop 1
	v_cndmask_b32_e32 v164, v74, v164, vcc
	v_cmp_ne_u16_e32 vcc, 5, v144
	s_nop 1
	v_cndmask_b32_e32 v164, v75, v164, vcc
	v_cmp_ne_u16_e32 vcc, 6, v144
	s_nop 1
	v_cndmask_b32_e32 v164, v76, v164, vcc
	v_cmp_ne_u16_e32 vcc, 7, v144
	s_nop 1
	v_cndmask_b32_e32 v144, v77, v164, vcc
	v_or_b32_e32 v186, v144, v163
	v_and_b32_e32 v144, 0x7f, v149
	v_lshlrev_b16_e32 v163, 8, v149
	v_lshlrev_b16_e32 v149, 7, v149
	v_and_b32_e32 v149, 0x3f80, v149
	v_add_u16_e32 v149, 0x2000, v149
	v_cmp_ne_u16_e32 vcc, s0, v144
	v_lshlrev_b16_sdwa v164, v84, v152 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v164, 0x3f80, v164
	v_cndmask_b32_e32 v149, v81, v149, vcc
	v_cmp_ne_u16_e32 vcc, 0, v144
	v_add_u16_e32 v164, 0x2000, v164
	s_nop 0
	v_cndmask_b32_e32 v149, 0, v149, vcc
	v_cmp_ne_u16_e32 vcc, 1, v144
	s_nop 1
	v_cndmask_b32_e32 v149, v80, v149, vcc
	v_cmp_ne_u16_e32 vcc, 2, v144
	s_nop 1
	v_cndmask_b32_e32 v149, v79, v149, vcc
	v_cmp_ne_u16_e32 vcc, 3, v144
	s_nop 1
	v_cndmask_b32_e32 v149, v78, v149, vcc
	v_cmp_ne_u16_e32 vcc, 4, v144
	s_nop 1
	v_cndmask_b32_e32 v149, v74, v149, vcc
	v_cmp_ne_u16_e32 vcc, 5, v144
	s_nop 1
	v_cndmask_b32_e32 v149, v75, v149, vcc
	v_cmp_ne_u16_e32 vcc, 6, v144
	s_nop 1
	v_cndmask_b32_e32 v149, v76, v149, vcc
	v_cmp_ne_u16_e32 vcc, 7, v144
	s_nop 1
	v_cndmask_b32_e32 v144, v77, v149, vcc
	v_and_b32_e32 v149, 0xffff8000, v163
	v_or_b32_e32 v144, v144, v149
	v_and_b32_e32 v149, 0x7f, v148
	v_lshlrev_b16_e32 v163, 8, v148
	v_lshlrev_b16_e32 v148, 7, v148
	v_and_b32_e32 v148, 0x3f80, v148
	v_add_u16_e32 v148, 0x2000, v148
	v_cmp_ne_u16_e32 vcc, s0, v149
	s_nop 1
	v_cndmask_b32_e32 v148, v81, v148, vcc
	v_cmp_ne_u16_e32 vcc, 0, v149
	s_nop 1
	v_cndmask_b32_e32 v148, 0, v148, vcc
	v_cmp_ne_u16_e32 vcc, 1, v149
	s_nop 1
	v_cndmask_b32_e32 v148, v80, v148, vcc
	v_cmp_ne_u16_e32 vcc, 2, v149
	s_nop 1
	v_cndmask_b32_e32 v148, v79, v148, vcc
	v_cmp_ne_u16_e32 vcc, 3, v149
	s_nop 1
	v_cndmask_b32_e32 v148, v78, v148, vcc
	v_cmp_ne_u16_e32 vcc, 4, v149
	s_nop 1
	v_cndmask_b32_e32 v148, v74, v148, vcc
	v_cmp_ne_u16_e32 vcc, 5, v149
	s_nop 1
	v_cndmask_b32_e32 v148, v75, v148, vcc
	v_cmp_ne_u16_e32 vcc, 6, v149
	s_nop 1
	v_cndmask_b32_e32 v148, v76, v148, vcc
	v_cmp_ne_u16_e32 vcc, 7, v149
	v_and_b32_e32 v149, 0xffff8000, v163
	v_lshlrev_b16_sdwa v163, v84, v152 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v148, v77, v148, vcc
	v_or_b32_e32 v187, v148, v149
	v_and_b32_sdwa v148, v152, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v163, 0x3f80, v163
	v_add_u16_e32 v163, 0x2000, v163
	v_cmp_ne_u16_e32 vcc, s0, v148
	v_lshlrev_b16_sdwa v149, v83, v152 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v149, 0xffff8000, v149
	v_cndmask_b32_e32 v163, v81, v163, vcc
	v_cmp_ne_u16_e32 vcc, 0, v148
	s_nop 1
	v_cndmask_b32_e32 v163, 0, v163, vcc
	v_cmp_ne_u16_e32 vcc, 1, v148
	s_nop 1
	v_cndmask_b32_e32 v163, v80, v163, vcc
	v_cmp_ne_u16_e32 vcc, 2, v148
	s_nop 1
	v_cndmask_b32_e32 v163, v79, v163, vcc
	v_cmp_ne_u16_e32 vcc, 3, v148
	s_nop 1
	v_cndmask_b32_e32 v163, v78, v163, vcc
	v_cmp_ne_u16_e32 vcc, 4, v148
	s_nop 1
	v_cndmask_b32_e32 v163, v74, v163, vcc
	v_cmp_ne_u16_e32 vcc, 5, v148
	s_nop 1
	v_cndmask_b32_e32 v163, v75, v163, vcc
	v_cmp_ne_u16_e32 vcc, 6, v148
	s_nop 1
	v_cndmask_b32_e32 v163, v76, v163, vcc
	v_cmp_ne_u16_e32 vcc, 7, v148
	s_nop 1
	v_cndmask_b32_e32 v148, v77, v163, vcc
	v_or_b32_e32 v149, v148, v149
	v_and_b32_sdwa v148, v152, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v148
	v_lshlrev_b16_sdwa v163, v83, v152 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v163, 0xffff8000, v163
	v_cndmask_b32_e32 v164, v81, v164, vcc
	v_cmp_ne_u16_e32 vcc, 0, v148
	s_nop 1
	v_cndmask_b32_e32 v164, 0, v164, vcc
	v_cmp_ne_u16_e32 vcc, 1, v148
	s_nop 1
	v_cndmask_b32_e32 v164, v80, v164, vcc
	v_cmp_ne_u16_e32 vcc, 2, v148
	s_nop 1
	v_cndmask_b32_e32 v164, v79, v164, vcc
	v_cmp_ne_u16_e32 vcc, 3, v148
	s_nop 1
	v_cndmask_b32_e32 v164, v78, v164, vcc
	v_cmp_ne_u16_e32 vcc, 4, v148
	s_nop 1
	v_cndmask_b32_e32 v164, v74, v164, vcc
	v_cmp_ne_u16_e32 vcc, 5, v148
	s_nop 1
	v_cndmask_b32_e32 v164, v75, v164, vcc
	v_cmp_ne_u16_e32 vcc, 6, v148
	s_nop 1
	v_cndmask_b32_e32 v164, v76, v164, vcc
	v_cmp_ne_u16_e32 vcc, 7, v148
	s_nop 1
	v_cndmask_b32_e32 v148, v77, v164, vcc
	v_or_b32_e32 v188, v148, v163
	v_and_b32_e32 v148, 0x7f, v153
	v_lshlrev_b16_e32 v163, 8, v153
	v_lshlrev_b16_e32 v153, 7, v153
	v_and_b32_e32 v153, 0x3f80, v153
	v_add_u16_e32 v153, 0x2000, v153
	v_cmp_ne_u16_e32 vcc, s0, v148
	v_lshlrev_b16_sdwa v164, v84, v156 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v164, 0x3f80, v164
	v_cndmask_b32_e32 v153, v81, v153, vcc
	v_cmp_ne_u16_e32 vcc, 0, v148
	v_add_u16_e32 v164, 0x2000, v164
	s_nop 0
	v_cndmask_b32_e32 v153, 0, v153, vcc
	v_cmp_ne_u16_e32 vcc, 1, v148
	s_nop 1
	v_cndmask_b32_e32 v153, v80, v153, vcc
	v_cmp_ne_u16_e32 vcc, 2, v148
	s_nop 1
	v_cndmask_b32_e32 v153, v79, v153, vcc
	v_cmp_ne_u16_e32 vcc, 3, v148
	s_nop 1
	v_cndmask_b32_e32 v153, v78, v153, vcc
	v_cmp_ne_u16_e32 vcc, 4, v148
	s_nop 1
	v_cndmask_b32_e32 v153, v74, v153, vcc
	v_cmp_ne_u16_e32 vcc, 5, v148
	s_nop 1
	v_cndmask_b32_e32 v153, v75, v153, vcc
	v_cmp_ne_u16_e32 vcc, 6, v148
	s_nop 1
	v_cndmask_b32_e32 v153, v76, v153, vcc
	v_cmp_ne_u16_e32 vcc, 7, v148
	s_nop 1
	v_cndmask_b32_e32 v148, v77, v153, vcc
	v_and_b32_e32 v153, 0xffff8000, v163
	v_or_b32_e32 v148, v148, v153
	v_and_b32_e32 v153, 0x7f, v152
	v_lshlrev_b16_e32 v163, 8, v152
	v_lshlrev_b16_e32 v152, 7, v152
	v_and_b32_e32 v152, 0x3f80, v152
	v_add_u16_e32 v152, 0x2000, v152
	v_cmp_ne_u16_e32 vcc, s0, v153
	s_nop 1
	v_cndmask_b32_e32 v152, v81, v152, vcc
	v_cmp_ne_u16_e32 vcc, 0, v153
	s_nop 1
	v_cndmask_b32_e32 v152, 0, v152, vcc
	v_cmp_ne_u16_e32 vcc, 1, v153
	s_nop 1
	v_cndmask_b32_e32 v152, v80, v152, vcc
	v_cmp_ne_u16_e32 vcc, 2, v153
	s_nop 1
	v_cndmask_b32_e32 v152, v79, v152, vcc
	v_cmp_ne_u16_e32 vcc, 3, v153
	s_nop 1
	v_cndmask_b32_e32 v152, v78, v152, vcc
	v_cmp_ne_u16_e32 vcc, 4, v153
	s_nop 1
	v_cndmask_b32_e32 v152, v74, v152, vcc
	v_cmp_ne_u16_e32 vcc, 5, v153
	s_nop 1
	v_cndmask_b32_e32 v152, v75, v152, vcc
	v_cmp_ne_u16_e32 vcc, 6, v153
	s_nop 1
	v_cndmask_b32_e32 v152, v76, v152, vcc
	v_cmp_ne_u16_e32 vcc, 7, v153
	v_and_b32_e32 v153, 0xffff8000, v163
	v_lshlrev_b16_sdwa v163, v84, v156 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v152, v77, v152, vcc
	v_or_b32_e32 v189, v152, v153
	v_and_b32_sdwa v152, v156, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v163, 0x3f80, v163
	v_add_u16_e32 v163, 0x2000, v163
	v_cmp_ne_u16_e32 vcc, s0, v152
	v_lshlrev_b16_sdwa v153, v83, v156 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v153, 0xffff8000, v153
	v_cndmask_b32_e32 v163, v81, v163, vcc
	v_cmp_ne_u16_e32 vcc, 0, v152
	s_nop 1
	v_cndmask_b32_e32 v163, 0, v163, vcc
	v_cmp_ne_u16_e32 vcc, 1, v152
	s_nop 1
	v_cndmask_b32_e32 v163, v80, v163, vcc
	v_cmp_ne_u16_e32 vcc, 2, v152
	s_nop 1
	v_cndmask_b32_e32 v163, v79, v163, vcc
	v_cmp_ne_u16_e32 vcc, 3, v152
	s_nop 1
	v_cndmask_b32_e32 v163, v78, v163, vcc
	v_cmp_ne_u16_e32 vcc, 4, v152
	s_nop 1
	v_cndmask_b32_e32 v163, v74, v163, vcc
	v_cmp_ne_u16_e32 vcc, 5, v152
	s_nop 1
	v_cndmask_b32_e32 v163, v75, v163, vcc
	v_cmp_ne_u16_e32 vcc, 6, v152
	s_nop 1
	v_cndmask_b32_e32 v163, v76, v163, vcc
	v_cmp_ne_u16_e32 vcc, 7, v152
	s_nop 1
	v_cndmask_b32_e32 v152, v77, v163, vcc
	v_or_b32_e32 v153, v152, v153
	v_and_b32_sdwa v152, v156, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v152
	v_lshlrev_b16_sdwa v163, v83, v156 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v163, 0xffff8000, v163
	v_cndmask_b32_e32 v164, v81, v164, vcc
	v_cmp_ne_u16_e32 vcc, 0, v152
	s_nop 1
	v_cndmask_b32_e32 v164, 0, v164, vcc
	v_cmp_ne_u16_e32 vcc, 1, v152
	s_nop 1
	v_cndmask_b32_e32 v164, v80, v164, vcc
	v_cmp_ne_u16_e32 vcc, 2, v152
	s_nop 1
	v_cndmask_b32_e32 v164, v79, v164, vcc
	v_cmp_ne_u16_e32 vcc, 3, v152
	s_nop 1
	v_cndmask_b32_e32 v164, v78, v164, vcc
	v_cmp_ne_u16_e32 vcc, 4, v152
	s_nop 1
	v_cndmask_b32_e32 v164, v74, v164, vcc
	v_cmp_ne_u16_e32 vcc, 5, v152
	s_nop 1
	v_cndmask_b32_e32 v164, v75, v164, vcc
	v_cmp_ne_u16_e32 vcc, 6, v152
	s_nop 1
	v_cndmask_b32_e32 v164, v76, v164, vcc
	v_cmp_ne_u16_e32 vcc, 7, v152
	s_nop 1
	v_cndmask_b32_e32 v152, v77, v164, vcc
	v_or_b32_e32 v190, v152, v163
	v_and_b32_e32 v152, 0x7f, v157
	v_lshlrev_b16_e32 v163, 8, v157
	v_lshlrev_b16_e32 v157, 7, v157
	v_and_b32_e32 v157, 0x3f80, v157
	v_add_u16_e32 v157, 0x2000, v157
	v_cmp_ne_u16_e32 vcc, s0, v152
	v_lshlrev_b16_sdwa v164, v84, v158 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v164, 0x3f80, v164
	v_cndmask_b32_e32 v157, v81, v157, vcc
	v_cmp_ne_u16_e32 vcc, 0, v152
	v_add_u16_e32 v164, 0x2000, v164
	s_nop 0
	v_cndmask_b32_e32 v157, 0, v157, vcc
	v_cmp_ne_u16_e32 vcc, 1, v152
	s_nop 1
	v_cndmask_b32_e32 v157, v80, v157, vcc
	v_cmp_ne_u16_e32 vcc, 2, v152
	s_nop 1
	v_cndmask_b32_e32 v157, v79, v157, vcc
	v_cmp_ne_u16_e32 vcc, 3, v152
	s_nop 1
	v_cndmask_b32_e32 v157, v78, v157, vcc
	v_cmp_ne_u16_e32 vcc, 4, v152
	s_nop 1
	v_cndmask_b32_e32 v157, v74, v157, vcc
	v_cmp_ne_u16_e32 vcc, 5, v152
	s_nop 1
	v_cndmask_b32_e32 v157, v75, v157, vcc
	v_cmp_ne_u16_e32 vcc, 6, v152
	s_nop 1
	v_cndmask_b32_e32 v157, v76, v157, vcc
	v_cmp_ne_u16_e32 vcc, 7, v152
	s_nop 1
	v_cndmask_b32_e32 v152, v77, v157, vcc
	v_and_b32_e32 v157, 0xffff8000, v163
	v_or_b32_e32 v152, v152, v157
	v_and_b32_e32 v157, 0x7f, v156
	v_lshlrev_b16_e32 v163, 8, v156
	v_lshlrev_b16_e32 v156, 7, v156
	v_and_b32_e32 v156, 0x3f80, v156
	v_add_u16_e32 v156, 0x2000, v156
	v_cmp_ne_u16_e32 vcc, s0, v157
	s_nop 1
	v_cndmask_b32_e32 v156, v81, v156, vcc
	v_cmp_ne_u16_e32 vcc, 0, v157
	s_nop 1
	v_cndmask_b32_e32 v156, 0, v156, vcc
	v_cmp_ne_u16_e32 vcc, 1, v157
	s_nop 1
	v_cndmask_b32_e32 v156, v80, v156, vcc
	v_cmp_ne_u16_e32 vcc, 2, v157
	s_nop 1
	v_cndmask_b32_e32 v156, v79, v156, vcc
	v_cmp_ne_u16_e32 vcc, 3, v157
	s_nop 1
	v_cndmask_b32_e32 v156, v78, v156, vcc
	v_cmp_ne_u16_e32 vcc, 4, v157
	s_nop 1
	v_cndmask_b32_e32 v156, v74, v156, vcc
	v_cmp_ne_u16_e32 vcc, 5, v157
	s_nop 1
	v_cndmask_b32_e32 v156, v75, v156, vcc
	v_cmp_ne_u16_e32 vcc, 6, v157
	s_nop 1
	v_cndmask_b32_e32 v156, v76, v156, vcc
	v_cmp_ne_u16_e32 vcc, 7, v157
	v_and_b32_e32 v157, 0xffff8000, v163
	v_lshlrev_b16_sdwa v163, v84, v158 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v156, v77, v156, vcc
	v_or_b32_e32 v191, v156, v157
	v_and_b32_sdwa v156, v158, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v163, 0x3f80, v163
	v_add_u16_e32 v163, 0x2000, v163
	v_cmp_ne_u16_e32 vcc, s0, v156
	v_lshlrev_b16_sdwa v157, v83, v158 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v157, 0xffff8000, v157
	v_cndmask_b32_e32 v163, v81, v163, vcc
	v_cmp_ne_u16_e32 vcc, 0, v156
	s_nop 1
	v_cndmask_b32_e32 v163, 0, v163, vcc
	v_cmp_ne_u16_e32 vcc, 1, v156
	s_nop 1
	v_cndmask_b32_e32 v163, v80, v163, vcc
	v_cmp_ne_u16_e32 vcc, 2, v156
	s_nop 1
	v_cndmask_b32_e32 v163, v79, v163, vcc
	v_cmp_ne_u16_e32 vcc, 3, v156
	s_nop 1
	v_cndmask_b32_e32 v163, v78, v163, vcc
	v_cmp_ne_u16_e32 vcc, 4, v156
	s_nop 1
	v_cndmask_b32_e32 v163, v74, v163, vcc
	v_cmp_ne_u16_e32 vcc, 5, v156
	s_nop 1
	v_cndmask_b32_e32 v163, v75, v163, vcc
	v_cmp_ne_u16_e32 vcc, 6, v156
	s_nop 1
	v_cndmask_b32_e32 v163, v76, v163, vcc
	v_cmp_ne_u16_e32 vcc, 7, v156
	s_nop 1
	v_cndmask_b32_e32 v156, v77, v163, vcc
	v_or_b32_e32 v157, v156, v157
	v_and_b32_sdwa v156, v158, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v156
	v_lshlrev_b16_sdwa v163, v83, v158 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v163, 0xffff8000, v163
	v_cndmask_b32_e32 v164, v81, v164, vcc
	v_cmp_ne_u16_e32 vcc, 0, v156
	s_nop 1
	v_cndmask_b32_e32 v164, 0, v164, vcc
	v_cmp_ne_u16_e32 vcc, 1, v156
	s_nop 1
	v_cndmask_b32_e32 v164, v80, v164, vcc
	v_cmp_ne_u16_e32 vcc, 2, v156
	s_nop 1
	v_cndmask_b32_e32 v164, v79, v164, vcc
	v_cmp_ne_u16_e32 vcc, 3, v156
	s_nop 1
	v_cndmask_b32_e32 v164, v78, v164, vcc
	v_cmp_ne_u16_e32 vcc, 4, v156
	s_nop 1
	v_cndmask_b32_e32 v164, v74, v164, vcc
	v_cmp_ne_u16_e32 vcc, 5, v156
	s_nop 1
	v_cndmask_b32_e32 v164, v75, v164, vcc
	v_cmp_ne_u16_e32 vcc, 6, v156
	s_nop 1
	v_cndmask_b32_e32 v164, v76, v164, vcc
	v_cmp_ne_u16_e32 vcc, 7, v156
	s_nop 1
	v_cndmask_b32_e32 v156, v77, v164, vcc
	v_or_b32_e32 v192, v156, v163
	v_and_b32_e32 v156, 0x7f, v161
	v_lshlrev_b16_e32 v163, 8, v161
	v_lshlrev_b16_e32 v161, 7, v161
	v_and_b32_e32 v161, 0x3f80, v161
	v_add_u16_e32 v161, 0x2000, v161
	v_cmp_ne_u16_e32 vcc, s0, v156
	v_lshlrev_b16_sdwa v164, v84, v155 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v164, 0x3f80, v164
	v_cndmask_b32_e32 v161, v81, v161, vcc
	v_cmp_ne_u16_e32 vcc, 0, v156
	v_add_u16_e32 v164, 0x2000, v164
	s_nop 0
	v_cndmask_b32_e32 v161, 0, v161, vcc
	v_cmp_ne_u16_e32 vcc, 1, v156
	s_nop 1
	v_cndmask_b32_e32 v161, v80, v161, vcc
	v_cmp_ne_u16_e32 vcc, 2, v156
	s_nop 1
	v_cndmask_b32_e32 v161, v79, v161, vcc
	v_cmp_ne_u16_e32 vcc, 3, v156
	s_nop 1
	v_cndmask_b32_e32 v161, v78, v161, vcc
	v_cmp_ne_u16_e32 vcc, 4, v156
	s_nop 1
	v_cndmask_b32_e32 v161, v74, v161, vcc
	v_cmp_ne_u16_e32 vcc, 5, v156
	s_nop 1
	v_cndmask_b32_e32 v161, v75, v161, vcc
	v_cmp_ne_u16_e32 vcc, 6, v156
	s_nop 1
	v_cndmask_b32_e32 v161, v76, v161, vcc
	v_cmp_ne_u16_e32 vcc, 7, v156
	s_nop 1
	v_cndmask_b32_e32 v156, v77, v161, vcc
	v_and_b32_e32 v161, 0xffff8000, v163
	v_or_b32_e32 v156, v156, v161
	v_and_b32_e32 v161, 0x7f, v158
	v_lshlrev_b16_e32 v163, 8, v158
	v_lshlrev_b16_e32 v158, 7, v158
	v_and_b32_e32 v158, 0x3f80, v158
	v_add_u16_e32 v158, 0x2000, v158
	v_cmp_ne_u16_e32 vcc, s0, v161
	s_nop 1
	v_cndmask_b32_e32 v158, v81, v158, vcc
	v_cmp_ne_u16_e32 vcc, 0, v161
	s_nop 1
	v_cndmask_b32_e32 v158, 0, v158, vcc
	v_cmp_ne_u16_e32 vcc, 1, v161
	s_nop 1
	v_cndmask_b32_e32 v158, v80, v158, vcc
	v_cmp_ne_u16_e32 vcc, 2, v161
	s_nop 1
	v_cndmask_b32_e32 v158, v79, v158, vcc
	v_cmp_ne_u16_e32 vcc, 3, v161
	s_nop 1
	v_cndmask_b32_e32 v158, v78, v158, vcc
	v_cmp_ne_u16_e32 vcc, 4, v161
	s_nop 1
	v_cndmask_b32_e32 v158, v74, v158, vcc
	v_cmp_ne_u16_e32 vcc, 5, v161
	s_nop 1
	v_cndmask_b32_e32 v158, v75, v158, vcc
	v_cmp_ne_u16_e32 vcc, 6, v161
	s_nop 1
	v_cndmask_b32_e32 v158, v76, v158, vcc
	v_cmp_ne_u16_e32 vcc, 7, v161
	v_and_b32_e32 v161, 0xffff8000, v163
	v_lshlrev_b16_sdwa v163, v84, v155 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v158, v77, v158, vcc
	v_or_b32_e32 v193, v158, v161
	v_and_b32_sdwa v158, v155, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v163, 0x3f80, v163
	v_add_u16_e32 v163, 0x2000, v163
	v_cmp_ne_u16_e32 vcc, s0, v158
	v_lshlrev_b16_sdwa v161, v83, v155 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v161, 0xffff8000, v161
	v_cndmask_b32_e32 v163, v81, v163, vcc
	v_cmp_ne_u16_e32 vcc, 0, v158
	s_nop 1
	v_cndmask_b32_e32 v163, 0, v163, vcc
	v_cmp_ne_u16_e32 vcc, 1, v158
	s_nop 1
	v_cndmask_b32_e32 v163, v80, v163, vcc
	v_cmp_ne_u16_e32 vcc, 2, v158
	s_nop 1
	v_cndmask_b32_e32 v163, v79, v163, vcc
	v_cmp_ne_u16_e32 vcc, 3, v158
	s_nop 1
	v_cndmask_b32_e32 v163, v78, v163, vcc
	v_cmp_ne_u16_e32 vcc, 4, v158
	s_nop 1
	v_cndmask_b32_e32 v163, v74, v163, vcc
	v_cmp_ne_u16_e32 vcc, 5, v158
	s_nop 1
	v_cndmask_b32_e32 v163, v75, v163, vcc
	v_cmp_ne_u16_e32 vcc, 6, v158
	s_nop 1
	v_cndmask_b32_e32 v163, v76, v163, vcc
	v_cmp_ne_u16_e32 vcc, 7, v158
	s_nop 1
	v_cndmask_b32_e32 v158, v77, v163, vcc
	v_or_b32_e32 v161, v158, v161
	v_and_b32_sdwa v158, v155, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v158
	v_lshlrev_b16_sdwa v163, v83, v155 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v163, 0xffff8000, v163
	v_cndmask_b32_e32 v164, v81, v164, vcc
	v_cmp_ne_u16_e32 vcc, 0, v158
	s_nop 1
	v_cndmask_b32_e32 v164, 0, v164, vcc
	v_cmp_ne_u16_e32 vcc, 1, v158
	s_nop 1
	v_cndmask_b32_e32 v164, v80, v164, vcc
	v_cmp_ne_u16_e32 vcc, 2, v158
	s_nop 1
	v_cndmask_b32_e32 v164, v79, v164, vcc
	v_cmp_ne_u16_e32 vcc, 3, v158
	s_nop 1
	v_cndmask_b32_e32 v164, v78, v164, vcc
	v_cmp_ne_u16_e32 vcc, 4, v158
	s_nop 1
	v_cndmask_b32_e32 v164, v74, v164, vcc
	v_cmp_ne_u16_e32 vcc, 5, v158
	s_nop 1
	v_cndmask_b32_e32 v164, v75, v164, vcc
	v_cmp_ne_u16_e32 vcc, 6, v158
	s_nop 1
	v_cndmask_b32_e32 v164, v76, v164, vcc
	v_cmp_ne_u16_e32 vcc, 7, v158
	s_nop 1
	v_cndmask_b32_e32 v158, v77, v164, vcc
	v_or_b32_e32 v194, v158, v163
	v_and_b32_e32 v158, 0x7f, v160
	v_lshlrev_b16_e32 v163, 8, v160
	v_lshlrev_b16_e32 v160, 7, v160
	v_and_b32_e32 v160, 0x3f80, v160
	v_add_u16_e32 v160, 0x2000, v160
	v_cmp_ne_u16_e32 vcc, s0, v158
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v164, v84, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v164, 0x3f80, v164
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v160, v81, v160, vcc
	v_cmp_ne_u16_e32 vcc, 0, v158
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u16_e32 v164, 0x2000, v164
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_nop 0
	v_cndmask_b32_e32 v160, 0, v160, vcc
	v_cmp_ne_u16_e32 vcc, 1, v158
	s_nop 1
	v_cndmask_b32_e32 v160, v80, v160, vcc
	v_cmp_ne_u16_e32 vcc, 2, v158
	s_nop 1
	v_cndmask_b32_e32 v160, v79, v160, vcc
	v_cmp_ne_u16_e32 vcc, 3, v158
	s_nop 1
	v_cndmask_b32_e32 v160, v78, v160, vcc
	v_cmp_ne_u16_e32 vcc, 4, v158
	s_nop 1
	v_cndmask_b32_e32 v160, v74, v160, vcc
	v_cmp_ne_u16_e32 vcc, 5, v158
	s_nop 1
	v_cndmask_b32_e32 v160, v75, v160, vcc
	v_cmp_ne_u16_e32 vcc, 6, v158
	s_nop 1
	v_cndmask_b32_e32 v160, v76, v160, vcc
	v_cmp_ne_u16_e32 vcc, 7, v158
	s_nop 1
	v_cndmask_b32_e32 v158, v77, v160, vcc
	v_and_b32_e32 v160, 0xffff8000, v163
	v_or_b32_e32 v160, v158, v160
	v_and_b32_e32 v158, 0x7f, v155
	v_lshlrev_b16_e32 v163, 8, v155
	v_lshlrev_b16_e32 v155, 7, v155
	v_and_b32_e32 v155, 0x3f80, v155
	v_add_u16_e32 v155, 0x2000, v155
	v_cmp_ne_u16_e32 vcc, s0, v158
	s_nop 1
	v_cndmask_b32_e32 v155, v81, v155, vcc
	v_cmp_ne_u16_e32 vcc, 0, v158
	s_nop 1
	v_cndmask_b32_e32 v155, 0, v155, vcc
	v_cmp_ne_u16_e32 vcc, 1, v158
	s_nop 1
	v_cndmask_b32_e32 v155, v80, v155, vcc
	v_cmp_ne_u16_e32 vcc, 2, v158
	s_nop 1
	v_cndmask_b32_e32 v155, v79, v155, vcc
	v_cmp_ne_u16_e32 vcc, 3, v158
	s_nop 1
	v_cndmask_b32_e32 v155, v78, v155, vcc
	v_cmp_ne_u16_e32 vcc, 4, v158
	s_nop 1
	v_cndmask_b32_e32 v155, v74, v155, vcc
	v_cmp_ne_u16_e32 vcc, 5, v158
	s_nop 1
	v_cndmask_b32_e32 v155, v75, v155, vcc
	v_cmp_ne_u16_e32 vcc, 6, v158
	s_nop 1
	v_cndmask_b32_e32 v155, v76, v155, vcc
	v_cmp_ne_u16_e32 vcc, 7, v158
	v_and_b32_e32 v158, 0xffff8000, v163
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v163, v84, v137 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v155, v77, v155, vcc
	v_or_b32_e32 v195, v155, v158
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_sdwa v155, v137, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v163, 0x3f80, v163
	v_add_u16_e32 v163, 0x2000, v163
	v_cmp_ne_u16_e32 vcc, s0, v155
	v_lshlrev_b16_sdwa v158, v83, v137 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v158, 0xffff8000, v158
	v_cndmask_b32_e32 v163, v81, v163, vcc
	v_cmp_ne_u16_e32 vcc, 0, v155
	s_nop 1
	v_cndmask_b32_e32 v163, 0, v163, vcc
	v_cmp_ne_u16_e32 vcc, 1, v155
	s_nop 1
	v_cndmask_b32_e32 v163, v80, v163, vcc
	v_cmp_ne_u16_e32 vcc, 2, v155
	s_nop 1
	v_cndmask_b32_e32 v163, v79, v163, vcc
	v_cmp_ne_u16_e32 vcc, 3, v155
	s_nop 1
	v_cndmask_b32_e32 v163, v78, v163, vcc
	v_cmp_ne_u16_e32 vcc, 4, v155
	s_nop 1
	v_cndmask_b32_e32 v163, v74, v163, vcc
	v_cmp_ne_u16_e32 vcc, 5, v155
	s_nop 1
	v_cndmask_b32_e32 v163, v75, v163, vcc
	v_cmp_ne_u16_e32 vcc, 6, v155
	s_nop 1
	v_cndmask_b32_e32 v163, v76, v163, vcc
	v_cmp_ne_u16_e32 vcc, 7, v155
	s_nop 1
	v_cndmask_b32_e32 v155, v77, v163, vcc
	v_lshlrev_b16_sdwa v163, v84, v137 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v196, v155, v158
	v_and_b32_sdwa v155, v137, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v163, 0x3f80, v163
	v_add_u16_e32 v163, 0x2000, v163
	v_cmp_ne_u16_e32 vcc, s0, v155
	v_lshlrev_b16_sdwa v158, v83, v137 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v158, 0xffff8000, v158
	v_cndmask_b32_e32 v163, v81, v163, vcc
	v_cmp_ne_u16_e32 vcc, 0, v155
	s_nop 1
	v_cndmask_b32_e32 v163, 0, v163, vcc
	v_cmp_ne_u16_e32 vcc, 1, v155
	s_nop 1
	v_cndmask_b32_e32 v163, v80, v163, vcc
	v_cmp_ne_u16_e32 vcc, 2, v155
	s_nop 1
	v_cndmask_b32_e32 v163, v79, v163, vcc
	v_cmp_ne_u16_e32 vcc, 3, v155
	s_nop 1
	v_cndmask_b32_e32 v163, v78, v163, vcc
	v_cmp_ne_u16_e32 vcc, 4, v155
	s_nop 1
	v_cndmask_b32_e32 v163, v74, v163, vcc
	v_cmp_ne_u16_e32 vcc, 5, v155
	s_nop 1
	v_cndmask_b32_e32 v163, v75, v163, vcc
	v_cmp_ne_u16_e32 vcc, 6, v155
	s_nop 1
	v_cndmask_b32_e32 v163, v76, v163, vcc
	v_cmp_ne_u16_e32 vcc, 7, v155
	s_nop 1
	v_cndmask_b32_e32 v155, v77, v163, vcc
	v_or_b32_e32 v197, v155, v158
	v_and_b32_e32 v155, 0x7f, v162
	v_lshlrev_b16_e32 v158, 8, v162
	v_lshlrev_b16_e32 v162, 7, v162
	v_and_b32_e32 v162, 0x3f80, v162
	v_add_u16_e32 v162, 0x2000, v162
	v_cmp_ne_u16_e32 vcc, s0, v155
	v_and_b32_e32 v158, 0xffff8000, v158
	v_lshlrev_b16_sdwa v163, v84, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v162, v81, v162, vcc
	v_cmp_ne_u16_e32 vcc, 0, v155
	v_and_b32_e32 v163, 0x3f80, v163
	v_add_u16_e32 v163, 0x2000, v163
	v_cndmask_b32_e32 v162, 0, v162, vcc
	v_cmp_ne_u16_e32 vcc, 1, v155
	s_nop 1
	v_cndmask_b32_e32 v162, v80, v162, vcc
	v_cmp_ne_u16_e32 vcc, 2, v155
	s_nop 1
	v_cndmask_b32_e32 v162, v79, v162, vcc
	v_cmp_ne_u16_e32 vcc, 3, v155
	s_nop 1
	v_cndmask_b32_e32 v162, v78, v162, vcc
	v_cmp_ne_u16_e32 vcc, 4, v155
	s_nop 1
	v_cndmask_b32_e32 v162, v74, v162, vcc
	v_cmp_ne_u16_e32 vcc, 5, v155
	s_nop 1
	v_cndmask_b32_e32 v162, v75, v162, vcc
	v_cmp_ne_u16_e32 vcc, 6, v155
	s_nop 1
	v_cndmask_b32_e32 v162, v76, v162, vcc
	v_cmp_ne_u16_e32 vcc, 7, v155
	s_nop 1
	v_cndmask_b32_e32 v155, v77, v162, vcc
	v_or_b32_e32 v198, v155, v158
	v_and_b32_e32 v155, 0x7f, v137
	v_lshlrev_b16_e32 v158, 8, v137
	v_lshlrev_b16_e32 v137, 7, v137
	v_and_b32_e32 v137, 0x3f80, v137
	v_add_u16_e32 v137, 0x2000, v137
	v_cmp_ne_u16_e32 vcc, s0, v155
	v_lshlrev_b16_sdwa v162, v84, v135 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v162, 0x3f80, v162
	v_cndmask_b32_e32 v137, v81, v137, vcc
	v_cmp_ne_u16_e32 vcc, 0, v155
	v_add_u16_e32 v162, 0x2000, v162
	s_nop 0
	v_cndmask_b32_e32 v137, 0, v137, vcc
	v_cmp_ne_u16_e32 vcc, 1, v155
	s_nop 1
	v_cndmask_b32_e32 v137, v80, v137, vcc
	v_cmp_ne_u16_e32 vcc, 2, v155
	s_nop 1
	v_cndmask_b32_e32 v137, v79, v137, vcc
	v_cmp_ne_u16_e32 vcc, 3, v155
	s_nop 1
	v_cndmask_b32_e32 v137, v78, v137, vcc
	v_cmp_ne_u16_e32 vcc, 4, v155
	s_nop 1
	v_cndmask_b32_e32 v137, v74, v137, vcc
	v_cmp_ne_u16_e32 vcc, 5, v155
	s_nop 1
	v_cndmask_b32_e32 v137, v75, v137, vcc
	v_cmp_ne_u16_e32 vcc, 6, v155
	s_nop 1
	v_cndmask_b32_e32 v137, v76, v137, vcc
	v_cmp_ne_u16_e32 vcc, 7, v155
	v_and_b32_e32 v155, 0xffff8000, v158
	v_lshlrev_b16_sdwa v158, v83, v135 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v137, v77, v137, vcc
	v_or_b32_e32 v137, v137, v155
	v_and_b32_sdwa v155, v135, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v155
	v_and_b32_e32 v158, 0xffff8000, v158
	s_nop 0
	v_cndmask_b32_e32 v162, v81, v162, vcc
	v_cmp_ne_u16_e32 vcc, 0, v155
	s_nop 1
	v_cndmask_b32_e32 v162, 0, v162, vcc
	v_cmp_ne_u16_e32 vcc, 1, v155
	s_nop 1
	v_cndmask_b32_e32 v162, v80, v162, vcc
	v_cmp_ne_u16_e32 vcc, 2, v155
	s_nop 1
	v_cndmask_b32_e32 v162, v79, v162, vcc
	v_cmp_ne_u16_e32 vcc, 3, v155
	s_nop 1
	v_cndmask_b32_e32 v162, v78, v162, vcc
	v_cmp_ne_u16_e32 vcc, 4, v155
	s_nop 1
	v_cndmask_b32_e32 v162, v74, v162, vcc
	v_cmp_ne_u16_e32 vcc, 5, v155
	s_nop 1
	v_cndmask_b32_e32 v162, v75, v162, vcc
	v_cmp_ne_u16_e32 vcc, 6, v155
	s_nop 1
	v_cndmask_b32_e32 v162, v76, v162, vcc
	v_cmp_ne_u16_e32 vcc, 7, v155
	s_nop 1
	v_cndmask_b32_e32 v155, v77, v162, vcc
	v_lshlrev_b16_sdwa v162, v84, v135 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v199, v155, v158
	v_and_b32_sdwa v155, v135, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v162, 0x3f80, v162
	v_add_u16_e32 v162, 0x2000, v162
	v_cmp_ne_u16_e32 vcc, s0, v155
	v_lshlrev_b16_sdwa v158, v83, v135 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v158, 0xffff8000, v158
	v_cndmask_b32_e32 v162, v81, v162, vcc
	v_cmp_ne_u16_e32 vcc, 0, v155
	s_nop 1
	v_cndmask_b32_e32 v162, 0, v162, vcc
	v_cmp_ne_u16_e32 vcc, 1, v155
	s_nop 1
	v_cndmask_b32_e32 v162, v80, v162, vcc
	v_cmp_ne_u16_e32 vcc, 2, v155
	s_nop 1
	v_cndmask_b32_e32 v162, v79, v162, vcc
	v_cmp_ne_u16_e32 vcc, 3, v155
	s_nop 1
	v_cndmask_b32_e32 v162, v78, v162, vcc
	v_cmp_ne_u16_e32 vcc, 4, v155
	s_nop 1
	v_cndmask_b32_e32 v162, v74, v162, vcc
	v_cmp_ne_u16_e32 vcc, 5, v155
	s_nop 1
	v_cndmask_b32_e32 v162, v75, v162, vcc
	v_cmp_ne_u16_e32 vcc, 6, v155
	s_nop 1
	v_cndmask_b32_e32 v162, v76, v162, vcc
	v_cmp_ne_u16_e32 vcc, 7, v155
	s_nop 1
	v_cndmask_b32_e32 v155, v77, v162, vcc
	v_or_b32_e32 v200, v155, v158
	v_and_b32_e32 v155, 0x7f, v159
	v_lshlrev_b16_e32 v158, 8, v159
	v_lshlrev_b16_e32 v159, 7, v159
	v_and_b32_e32 v159, 0x3f80, v159
	v_add_u16_e32 v159, 0x2000, v159
	v_cmp_ne_u16_e32 vcc, s0, v155
	v_and_b32_e32 v158, 0xffff8000, v158
	v_lshlrev_b16_sdwa v162, v84, v110 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v159, v81, v159, vcc
	v_cmp_ne_u16_e32 vcc, 0, v155
	v_and_b32_e32 v162, 0x3f80, v162
	v_add_u16_e32 v162, 0x2000, v162
	v_cndmask_b32_e32 v159, 0, v159, vcc
	v_cmp_ne_u16_e32 vcc, 1, v155
	s_nop 1
	v_cndmask_b32_e32 v159, v80, v159, vcc
	v_cmp_ne_u16_e32 vcc, 2, v155
	s_nop 1
	v_cndmask_b32_e32 v159, v79, v159, vcc
	v_cmp_ne_u16_e32 vcc, 3, v155
	s_nop 1
	v_cndmask_b32_e32 v159, v78, v159, vcc
	v_cmp_ne_u16_e32 vcc, 4, v155
	s_nop 1
	v_cndmask_b32_e32 v159, v74, v159, vcc
	v_cmp_ne_u16_e32 vcc, 5, v155
	s_nop 1
	v_cndmask_b32_e32 v159, v75, v159, vcc
	v_cmp_ne_u16_e32 vcc, 6, v155
	s_nop 1
	v_cndmask_b32_e32 v159, v76, v159, vcc
	v_cmp_ne_u16_e32 vcc, 7, v155
	s_nop 1
	v_cndmask_b32_e32 v155, v77, v159, vcc
	v_or_b32_e32 v201, v155, v158
	v_and_b32_e32 v155, 0x7f, v135
	v_lshlrev_b16_e32 v158, 8, v135
	v_lshlrev_b16_e32 v135, 7, v135
	v_and_b32_e32 v135, 0x3f80, v135
	v_add_u16_e32 v135, 0x2000, v135
	v_cmp_ne_u16_e32 vcc, s0, v155
	v_lshlrev_b16_sdwa v159, v84, v110 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v159, 0x3f80, v159
	v_cndmask_b32_e32 v135, v81, v135, vcc
	v_cmp_ne_u16_e32 vcc, 0, v155
	v_add_u16_e32 v159, 0x2000, v159
	s_nop 0
	v_cndmask_b32_e32 v135, 0, v135, vcc
	v_cmp_ne_u16_e32 vcc, 1, v155
	s_nop 1
	v_cndmask_b32_e32 v135, v80, v135, vcc
	v_cmp_ne_u16_e32 vcc, 2, v155
	s_nop 1
	v_cndmask_b32_e32 v135, v79, v135, vcc
	v_cmp_ne_u16_e32 vcc, 3, v155
	s_nop 1
	v_cndmask_b32_e32 v135, v78, v135, vcc
	v_cmp_ne_u16_e32 vcc, 4, v155
	s_nop 1
	v_cndmask_b32_e32 v135, v74, v135, vcc
	v_cmp_ne_u16_e32 vcc, 5, v155
	s_nop 1
	v_cndmask_b32_e32 v135, v75, v135, vcc
	v_cmp_ne_u16_e32 vcc, 6, v155
	s_nop 1
	v_cndmask_b32_e32 v135, v76, v135, vcc
	v_cmp_ne_u16_e32 vcc, 7, v155
	v_and_b32_e32 v155, 0xffff8000, v158
	v_lshlrev_b16_sdwa v158, v84, v133 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v135, v77, v135, vcc
	v_or_b32_e32 v202, v135, v155
	v_and_b32_sdwa v135, v133, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v158, 0x3f80, v158
	v_add_u16_e32 v158, 0x2000, v158
	v_cmp_ne_u16_e32 vcc, s0, v135
	v_lshlrev_b16_sdwa v155, v83, v133 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v155, 0xffff8000, v155
	v_cndmask_b32_e32 v158, v81, v158, vcc
	v_cmp_ne_u16_e32 vcc, 0, v135
	s_nop 1
	v_cndmask_b32_e32 v158, 0, v158, vcc
	v_cmp_ne_u16_e32 vcc, 1, v135
	s_nop 1
	v_cndmask_b32_e32 v158, v80, v158, vcc
	v_cmp_ne_u16_e32 vcc, 2, v135
	s_nop 1
	v_cndmask_b32_e32 v158, v79, v158, vcc
	v_cmp_ne_u16_e32 vcc, 3, v135
	s_nop 1
	v_cndmask_b32_e32 v158, v78, v158, vcc
	v_cmp_ne_u16_e32 vcc, 4, v135
	s_nop 1
	v_cndmask_b32_e32 v158, v74, v158, vcc
	v_cmp_ne_u16_e32 vcc, 5, v135
	s_nop 1
	v_cndmask_b32_e32 v158, v75, v158, vcc
	v_cmp_ne_u16_e32 vcc, 6, v135
	s_nop 1
	v_cndmask_b32_e32 v158, v76, v158, vcc
	v_cmp_ne_u16_e32 vcc, 7, v135
	s_nop 1
	v_cndmask_b32_e32 v135, v77, v158, vcc
	v_lshlrev_b16_sdwa v158, v84, v133 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v203, v135, v155
	v_and_b32_sdwa v135, v133, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v158, 0x3f80, v158
	v_add_u16_e32 v158, 0x2000, v158
	v_cmp_ne_u16_e32 vcc, s0, v135
	v_lshlrev_b16_sdwa v155, v83, v133 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v155, 0xffff8000, v155
	v_cndmask_b32_e32 v158, v81, v158, vcc
	v_cmp_ne_u16_e32 vcc, 0, v135
	s_nop 1
	v_cndmask_b32_e32 v158, 0, v158, vcc
	v_cmp_ne_u16_e32 vcc, 1, v135
	s_nop 1
	v_cndmask_b32_e32 v158, v80, v158, vcc
	v_cmp_ne_u16_e32 vcc, 2, v135
	s_nop 1
	v_cndmask_b32_e32 v158, v79, v158, vcc
	v_cmp_ne_u16_e32 vcc, 3, v135
	s_nop 1
	v_cndmask_b32_e32 v158, v78, v158, vcc
	v_cmp_ne_u16_e32 vcc, 4, v135
	s_nop 1
	v_cndmask_b32_e32 v158, v74, v158, vcc
	v_cmp_ne_u16_e32 vcc, 5, v135
	s_nop 1
	v_cndmask_b32_e32 v158, v75, v158, vcc
	v_cmp_ne_u16_e32 vcc, 6, v135
	s_nop 1
	v_cndmask_b32_e32 v158, v76, v158, vcc
	v_cmp_ne_u16_e32 vcc, 7, v135
	s_nop 1
	v_cndmask_b32_e32 v135, v77, v158, vcc
	v_or_b32_e32 v204, v135, v155
	v_and_b32_e32 v135, 0x7f, v154
	v_lshlrev_b16_e32 v155, 8, v154
	v_lshlrev_b16_e32 v154, 7, v154
	v_and_b32_e32 v154, 0x3f80, v154
	v_add_u16_e32 v154, 0x2000, v154
	v_cmp_ne_u16_e32 vcc, s0, v135
	v_lshlrev_b16_sdwa v158, v84, v112 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v158, 0x3f80, v158
	v_cndmask_b32_e32 v154, v81, v154, vcc
	v_cmp_ne_u16_e32 vcc, 0, v135
	v_add_u16_e32 v158, 0x2000, v158
	s_nop 0
	v_cndmask_b32_e32 v154, 0, v154, vcc
	v_cmp_ne_u16_e32 vcc, 1, v135
	s_nop 1
	v_cndmask_b32_e32 v154, v80, v154, vcc
	v_cmp_ne_u16_e32 vcc, 2, v135
	s_nop 1
	v_cndmask_b32_e32 v154, v79, v154, vcc
	v_cmp_ne_u16_e32 vcc, 3, v135
	s_nop 1
	v_cndmask_b32_e32 v154, v78, v154, vcc
	v_cmp_ne_u16_e32 vcc, 4, v135
	s_nop 1
	v_cndmask_b32_e32 v154, v74, v154, vcc
	v_cmp_ne_u16_e32 vcc, 5, v135
	s_nop 1
	v_cndmask_b32_e32 v154, v75, v154, vcc
	v_cmp_ne_u16_e32 vcc, 6, v135
	s_nop 1
	v_cndmask_b32_e32 v154, v76, v154, vcc
	v_cmp_ne_u16_e32 vcc, 7, v135
	s_nop 1
	v_cndmask_b32_e32 v135, v77, v154, vcc
	v_and_b32_e32 v154, 0xffff8000, v155
	v_or_b32_e32 v205, v135, v154
	v_and_b32_e32 v135, 0x7f, v133
	v_lshlrev_b16_e32 v154, 8, v133
	v_lshlrev_b16_e32 v133, 7, v133
	v_and_b32_e32 v133, 0x3f80, v133
	v_add_u16_e32 v133, 0x2000, v133
	v_cmp_ne_u16_e32 vcc, s0, v135
	v_lshlrev_b16_sdwa v155, v84, v131 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v155, 0x3f80, v155
	v_cndmask_b32_e32 v133, v81, v133, vcc
	v_cmp_ne_u16_e32 vcc, 0, v135
	v_add_u16_e32 v155, 0x2000, v155
	s_nop 0
	v_cndmask_b32_e32 v133, 0, v133, vcc
	v_cmp_ne_u16_e32 vcc, 1, v135
	s_nop 1
	v_cndmask_b32_e32 v133, v80, v133, vcc
	v_cmp_ne_u16_e32 vcc, 2, v135
	s_nop 1
	v_cndmask_b32_e32 v133, v79, v133, vcc
	v_cmp_ne_u16_e32 vcc, 3, v135
	s_nop 1
	v_cndmask_b32_e32 v133, v78, v133, vcc
	v_cmp_ne_u16_e32 vcc, 4, v135
	s_nop 1
	v_cndmask_b32_e32 v133, v74, v133, vcc
	v_cmp_ne_u16_e32 vcc, 5, v135
	s_nop 1
	v_cndmask_b32_e32 v133, v75, v133, vcc
	v_cmp_ne_u16_e32 vcc, 6, v135
	s_nop 1
	v_cndmask_b32_e32 v133, v76, v133, vcc
	v_cmp_ne_u16_e32 vcc, 7, v135
	v_and_b32_e32 v135, 0xffff8000, v154
	v_lshlrev_b16_sdwa v154, v83, v131 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v133, v77, v133, vcc
	v_or_b32_e32 v133, v133, v135
	v_and_b32_sdwa v135, v131, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v135
	v_and_b32_e32 v154, 0xffff8000, v154
	s_nop 0
	v_cndmask_b32_e32 v155, v81, v155, vcc
	v_cmp_ne_u16_e32 vcc, 0, v135
	s_nop 1
	v_cndmask_b32_e32 v155, 0, v155, vcc
	v_cmp_ne_u16_e32 vcc, 1, v135
	s_nop 1
	v_cndmask_b32_e32 v155, v80, v155, vcc
	v_cmp_ne_u16_e32 vcc, 2, v135
	s_nop 1
	v_cndmask_b32_e32 v155, v79, v155, vcc
	v_cmp_ne_u16_e32 vcc, 3, v135
	s_nop 1
	v_cndmask_b32_e32 v155, v78, v155, vcc
	v_cmp_ne_u16_e32 vcc, 4, v135
	s_nop 1
	v_cndmask_b32_e32 v155, v74, v155, vcc
	v_cmp_ne_u16_e32 vcc, 5, v135
	s_nop 1
	v_cndmask_b32_e32 v155, v75, v155, vcc
	v_cmp_ne_u16_e32 vcc, 6, v135
	s_nop 1
	v_cndmask_b32_e32 v155, v76, v155, vcc
	v_cmp_ne_u16_e32 vcc, 7, v135
	s_nop 1
	v_cndmask_b32_e32 v135, v77, v155, vcc
	v_lshlrev_b16_sdwa v155, v84, v131 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v206, v135, v154
	v_and_b32_sdwa v135, v131, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v155, 0x3f80, v155
	v_add_u16_e32 v155, 0x2000, v155
	v_cmp_ne_u16_e32 vcc, s0, v135
	v_lshlrev_b16_sdwa v154, v83, v131 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v154, 0xffff8000, v154
	v_cndmask_b32_e32 v155, v81, v155, vcc
	v_cmp_ne_u16_e32 vcc, 0, v135
	s_nop 1
	v_cndmask_b32_e32 v155, 0, v155, vcc
	v_cmp_ne_u16_e32 vcc, 1, v135
	s_nop 1
	v_cndmask_b32_e32 v155, v80, v155, vcc
	v_cmp_ne_u16_e32 vcc, 2, v135
	s_nop 1
	v_cndmask_b32_e32 v155, v79, v155, vcc
	v_cmp_ne_u16_e32 vcc, 3, v135
	s_nop 1
	v_cndmask_b32_e32 v155, v78, v155, vcc
	v_cmp_ne_u16_e32 vcc, 4, v135
	s_nop 1
	v_cndmask_b32_e32 v155, v74, v155, vcc
	v_cmp_ne_u16_e32 vcc, 5, v135
	s_nop 1
	v_cndmask_b32_e32 v155, v75, v155, vcc
	v_cmp_ne_u16_e32 vcc, 6, v135
	s_nop 1
	v_cndmask_b32_e32 v155, v76, v155, vcc
	v_cmp_ne_u16_e32 vcc, 7, v135
	s_nop 1
	v_cndmask_b32_e32 v135, v77, v155, vcc
	v_or_b32_e32 v207, v135, v154
	v_and_b32_e32 v135, 0x7f, v151
	v_lshlrev_b16_e32 v154, 8, v151
	v_lshlrev_b16_e32 v151, 7, v151
	v_and_b32_e32 v151, 0x3f80, v151
	v_add_u16_e32 v151, 0x2000, v151
	v_cmp_ne_u16_e32 vcc, s0, v135
	v_lshlrev_b16_sdwa v155, v84, v112 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v155, 0x3f80, v155
	v_cndmask_b32_e32 v151, v81, v151, vcc
	v_cmp_ne_u16_e32 vcc, 0, v135
	v_add_u16_e32 v155, 0x2000, v155
	s_nop 0
	v_cndmask_b32_e32 v151, 0, v151, vcc
	v_cmp_ne_u16_e32 vcc, 1, v135
	s_nop 1
	v_cndmask_b32_e32 v151, v80, v151, vcc
	v_cmp_ne_u16_e32 vcc, 2, v135
	s_nop 1
	v_cndmask_b32_e32 v151, v79, v151, vcc
	v_cmp_ne_u16_e32 vcc, 3, v135
	s_nop 1
	v_cndmask_b32_e32 v151, v78, v151, vcc
	v_cmp_ne_u16_e32 vcc, 4, v135
	s_nop 1
	v_cndmask_b32_e32 v151, v74, v151, vcc
	v_cmp_ne_u16_e32 vcc, 5, v135
	s_nop 1
	v_cndmask_b32_e32 v151, v75, v151, vcc
	v_cmp_ne_u16_e32 vcc, 6, v135
	s_nop 1
	v_cndmask_b32_e32 v151, v76, v151, vcc
	v_cmp_ne_u16_e32 vcc, 7, v135
	s_nop 1
	v_cndmask_b32_e32 v135, v77, v151, vcc
	v_and_b32_e32 v151, 0xffff8000, v154
	v_or_b32_e32 v208, v135, v151
	v_and_b32_e32 v135, 0x7f, v131
	v_lshlrev_b16_e32 v151, 8, v131
	v_lshlrev_b16_e32 v131, 7, v131
	v_and_b32_e32 v131, 0x3f80, v131
	v_add_u16_e32 v131, 0x2000, v131
	v_cmp_ne_u16_e32 vcc, s0, v135
	v_lshlrev_b16_sdwa v154, v84, v114 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v154, 0x3f80, v154
	v_cndmask_b32_e32 v131, v81, v131, vcc
	v_cmp_ne_u16_e32 vcc, 0, v135
	v_add_u16_e32 v154, 0x2000, v154
	s_nop 0
	v_cndmask_b32_e32 v131, 0, v131, vcc
	v_cmp_ne_u16_e32 vcc, 1, v135
	s_nop 1
	v_cndmask_b32_e32 v131, v80, v131, vcc
	v_cmp_ne_u16_e32 vcc, 2, v135
	s_nop 1
	v_cndmask_b32_e32 v131, v79, v131, vcc
	v_cmp_ne_u16_e32 vcc, 3, v135
	s_nop 1
	v_cndmask_b32_e32 v131, v78, v131, vcc
	v_cmp_ne_u16_e32 vcc, 4, v135
	s_nop 1
	v_cndmask_b32_e32 v131, v74, v131, vcc
	v_cmp_ne_u16_e32 vcc, 5, v135
	s_nop 1
	v_cndmask_b32_e32 v131, v75, v131, vcc
	v_cmp_ne_u16_e32 vcc, 6, v135
	s_nop 1
	v_cndmask_b32_e32 v131, v76, v131, vcc
	v_cmp_ne_u16_e32 vcc, 7, v135
	v_and_b32_e32 v135, 0xffff8000, v151
	v_lshlrev_b16_sdwa v151, v84, v129 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v131, v77, v131, vcc
	v_or_b32_e32 v209, v131, v135
	v_and_b32_sdwa v131, v129, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v151, 0x3f80, v151
	v_add_u16_e32 v151, 0x2000, v151
	v_cmp_ne_u16_e32 vcc, s0, v131
	v_lshlrev_b16_sdwa v135, v83, v129 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v135, 0xffff8000, v135
	v_cndmask_b32_e32 v151, v81, v151, vcc
	v_cmp_ne_u16_e32 vcc, 0, v131
	s_nop 1
	v_cndmask_b32_e32 v151, 0, v151, vcc
	v_cmp_ne_u16_e32 vcc, 1, v131
	s_nop 1
	v_cndmask_b32_e32 v151, v80, v151, vcc
	v_cmp_ne_u16_e32 vcc, 2, v131
	s_nop 1
	v_cndmask_b32_e32 v151, v79, v151, vcc
	v_cmp_ne_u16_e32 vcc, 3, v131
	s_nop 1
	v_cndmask_b32_e32 v151, v78, v151, vcc
	v_cmp_ne_u16_e32 vcc, 4, v131
	s_nop 1
	v_cndmask_b32_e32 v151, v74, v151, vcc
	v_cmp_ne_u16_e32 vcc, 5, v131
	s_nop 1
	v_cndmask_b32_e32 v151, v75, v151, vcc
	v_cmp_ne_u16_e32 vcc, 6, v131
	s_nop 1
	v_cndmask_b32_e32 v151, v76, v151, vcc
	v_cmp_ne_u16_e32 vcc, 7, v131
	s_nop 1
	v_cndmask_b32_e32 v131, v77, v151, vcc
	v_lshlrev_b16_sdwa v151, v84, v129 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v210, v131, v135
	v_and_b32_sdwa v131, v129, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v151, 0x3f80, v151
	v_add_u16_e32 v151, 0x2000, v151
	v_cmp_ne_u16_e32 vcc, s0, v131
	v_lshlrev_b16_sdwa v135, v83, v129 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v135, 0xffff8000, v135
	v_cndmask_b32_e32 v151, v81, v151, vcc
	v_cmp_ne_u16_e32 vcc, 0, v131
	s_nop 1
	v_cndmask_b32_e32 v151, 0, v151, vcc
	v_cmp_ne_u16_e32 vcc, 1, v131
	s_nop 1
	v_cndmask_b32_e32 v151, v80, v151, vcc
	v_cmp_ne_u16_e32 vcc, 2, v131
	s_nop 1
	v_cndmask_b32_e32 v151, v79, v151, vcc
	v_cmp_ne_u16_e32 vcc, 3, v131
	s_nop 1
	v_cndmask_b32_e32 v151, v78, v151, vcc
	v_cmp_ne_u16_e32 vcc, 4, v131
	s_nop 1
	v_cndmask_b32_e32 v151, v74, v151, vcc
	v_cmp_ne_u16_e32 vcc, 5, v131
	s_nop 1
	v_cndmask_b32_e32 v151, v75, v151, vcc
	v_cmp_ne_u16_e32 vcc, 6, v131
	s_nop 1
	v_cndmask_b32_e32 v151, v76, v151, vcc
	v_cmp_ne_u16_e32 vcc, 7, v131
	s_nop 1
	v_cndmask_b32_e32 v131, v77, v151, vcc
	v_or_b32_e32 v211, v131, v135
	v_and_b32_e32 v131, 0x7f, v150
	v_lshlrev_b16_e32 v135, 8, v150
	v_lshlrev_b16_e32 v150, 7, v150
	v_and_b32_e32 v150, 0x3f80, v150
	v_add_u16_e32 v150, 0x2000, v150
	v_cmp_ne_u16_e32 vcc, s0, v131
	v_and_b32_e32 v135, 0xffff8000, v135
	v_lshlrev_b16_sdwa v151, v84, v114 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v150, v81, v150, vcc
	v_cmp_ne_u16_e32 vcc, 0, v131
	v_and_b32_e32 v151, 0x3f80, v151
	v_add_u16_e32 v151, 0x2000, v151
	v_cndmask_b32_e32 v150, 0, v150, vcc
	v_cmp_ne_u16_e32 vcc, 1, v131
	s_nop 1
	v_cndmask_b32_e32 v150, v80, v150, vcc
	v_cmp_ne_u16_e32 vcc, 2, v131
	s_nop 1
	v_cndmask_b32_e32 v150, v79, v150, vcc
	v_cmp_ne_u16_e32 vcc, 3, v131
	s_nop 1
	v_cndmask_b32_e32 v150, v78, v150, vcc
	v_cmp_ne_u16_e32 vcc, 4, v131
	s_nop 1
	v_cndmask_b32_e32 v150, v74, v150, vcc
	v_cmp_ne_u16_e32 vcc, 5, v131
	s_nop 1
	v_cndmask_b32_e32 v150, v75, v150, vcc
	v_cmp_ne_u16_e32 vcc, 6, v131
	s_nop 1
	v_cndmask_b32_e32 v150, v76, v150, vcc
	v_cmp_ne_u16_e32 vcc, 7, v131
	s_nop 1
	v_cndmask_b32_e32 v131, v77, v150, vcc
	v_or_b32_e32 v212, v131, v135
	v_and_b32_e32 v131, 0x7f, v129
	v_lshlrev_b16_e32 v135, 8, v129
	v_lshlrev_b16_e32 v129, 7, v129
	v_and_b32_e32 v129, 0x3f80, v129
	v_add_u16_e32 v129, 0x2000, v129
	v_cmp_ne_u16_e32 vcc, s0, v131
	v_lshlrev_b16_sdwa v150, v84, v127 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v150, 0x3f80, v150
	v_cndmask_b32_e32 v129, v81, v129, vcc
	v_cmp_ne_u16_e32 vcc, 0, v131
	v_add_u16_e32 v150, 0x2000, v150
	s_nop 0
	v_cndmask_b32_e32 v129, 0, v129, vcc
	v_cmp_ne_u16_e32 vcc, 1, v131
	s_nop 1
	v_cndmask_b32_e32 v129, v80, v129, vcc
	v_cmp_ne_u16_e32 vcc, 2, v131
	s_nop 1
	v_cndmask_b32_e32 v129, v79, v129, vcc
	v_cmp_ne_u16_e32 vcc, 3, v131
	s_nop 1
	v_cndmask_b32_e32 v129, v78, v129, vcc
	v_cmp_ne_u16_e32 vcc, 4, v131
	s_nop 1
	v_cndmask_b32_e32 v129, v74, v129, vcc
	v_cmp_ne_u16_e32 vcc, 5, v131
	s_nop 1
	v_cndmask_b32_e32 v129, v75, v129, vcc
	v_cmp_ne_u16_e32 vcc, 6, v131
	s_nop 1
	v_cndmask_b32_e32 v129, v76, v129, vcc
	v_cmp_ne_u16_e32 vcc, 7, v131
	v_and_b32_e32 v131, 0xffff8000, v135
	v_lshlrev_b16_sdwa v135, v83, v127 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v129, v77, v129, vcc
	v_or_b32_e32 v129, v129, v131
	v_and_b32_sdwa v131, v127, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v131
	v_and_b32_e32 v135, 0xffff8000, v135
	s_nop 0
	v_cndmask_b32_e32 v150, v81, v150, vcc
	v_cmp_ne_u16_e32 vcc, 0, v131
	s_nop 1
	v_cndmask_b32_e32 v150, 0, v150, vcc
	v_cmp_ne_u16_e32 vcc, 1, v131
	s_nop 1
	v_cndmask_b32_e32 v150, v80, v150, vcc
	v_cmp_ne_u16_e32 vcc, 2, v131
	s_nop 1
	v_cndmask_b32_e32 v150, v79, v150, vcc
	v_cmp_ne_u16_e32 vcc, 3, v131
	s_nop 1
	v_cndmask_b32_e32 v150, v78, v150, vcc
	v_cmp_ne_u16_e32 vcc, 4, v131
	s_nop 1
	v_cndmask_b32_e32 v150, v74, v150, vcc
	v_cmp_ne_u16_e32 vcc, 5, v131
	s_nop 1
	v_cndmask_b32_e32 v150, v75, v150, vcc
	v_cmp_ne_u16_e32 vcc, 6, v131
	s_nop 1
	v_cndmask_b32_e32 v150, v76, v150, vcc
	v_cmp_ne_u16_e32 vcc, 7, v131
	s_nop 1
	v_cndmask_b32_e32 v131, v77, v150, vcc
	v_lshlrev_b16_sdwa v150, v84, v127 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v213, v131, v135
	v_and_b32_sdwa v131, v127, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v150, 0x3f80, v150
	v_add_u16_e32 v150, 0x2000, v150
	v_cmp_ne_u16_e32 vcc, s0, v131
	v_lshlrev_b16_sdwa v135, v83, v127 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v135, 0xffff8000, v135
	v_cndmask_b32_e32 v150, v81, v150, vcc
	v_cmp_ne_u16_e32 vcc, 0, v131
	s_nop 1
	v_cndmask_b32_e32 v150, 0, v150, vcc
	v_cmp_ne_u16_e32 vcc, 1, v131
	s_nop 1
	v_cndmask_b32_e32 v150, v80, v150, vcc
	v_cmp_ne_u16_e32 vcc, 2, v131
	s_nop 1
	v_cndmask_b32_e32 v150, v79, v150, vcc
	v_cmp_ne_u16_e32 vcc, 3, v131
	s_nop 1
	v_cndmask_b32_e32 v150, v78, v150, vcc
	v_cmp_ne_u16_e32 vcc, 4, v131
	s_nop 1
	v_cndmask_b32_e32 v150, v74, v150, vcc
	v_cmp_ne_u16_e32 vcc, 5, v131
	s_nop 1
	v_cndmask_b32_e32 v150, v75, v150, vcc
	v_cmp_ne_u16_e32 vcc, 6, v131
	s_nop 1
	v_cndmask_b32_e32 v150, v76, v150, vcc
	v_cmp_ne_u16_e32 vcc, 7, v131
	s_nop 1
	v_cndmask_b32_e32 v131, v77, v150, vcc
	v_or_b32_e32 v214, v131, v135
	v_and_b32_e32 v131, 0x7f, v147
	v_lshlrev_b16_e32 v135, 8, v147
	v_lshlrev_b16_e32 v147, 7, v147
	v_and_b32_e32 v147, 0x3f80, v147
	v_add_u16_e32 v147, 0x2000, v147
	v_cmp_ne_u16_e32 vcc, s0, v131
	v_and_b32_e32 v135, 0xffff8000, v135
	v_lshlrev_b16_sdwa v150, v84, v116 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v147, v81, v147, vcc
	v_cmp_ne_u16_e32 vcc, 0, v131
	v_and_b32_e32 v150, 0x3f80, v150
	v_add_u16_e32 v150, 0x2000, v150
	v_cndmask_b32_e32 v147, 0, v147, vcc
	v_cmp_ne_u16_e32 vcc, 1, v131
	s_nop 1
	v_cndmask_b32_e32 v147, v80, v147, vcc
	v_cmp_ne_u16_e32 vcc, 2, v131
	s_nop 1
	v_cndmask_b32_e32 v147, v79, v147, vcc
	v_cmp_ne_u16_e32 vcc, 3, v131
	s_nop 1
	v_cndmask_b32_e32 v147, v78, v147, vcc
	v_cmp_ne_u16_e32 vcc, 4, v131
	s_nop 1
	v_cndmask_b32_e32 v147, v74, v147, vcc
	v_cmp_ne_u16_e32 vcc, 5, v131
	s_nop 1
	v_cndmask_b32_e32 v147, v75, v147, vcc
	v_cmp_ne_u16_e32 vcc, 6, v131
	s_nop 1
	v_cndmask_b32_e32 v147, v76, v147, vcc
	v_cmp_ne_u16_e32 vcc, 7, v131
	s_nop 1
	v_cndmask_b32_e32 v131, v77, v147, vcc
	v_or_b32_e32 v215, v131, v135
	v_and_b32_e32 v131, 0x7f, v127
	v_lshlrev_b16_e32 v135, 8, v127
	v_lshlrev_b16_e32 v127, 7, v127
	v_and_b32_e32 v127, 0x3f80, v127
	v_add_u16_e32 v127, 0x2000, v127
	v_cmp_ne_u16_e32 vcc, s0, v131
	v_lshlrev_b16_sdwa v147, v84, v116 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v147, 0x3f80, v147
	v_cndmask_b32_e32 v127, v81, v127, vcc
	v_cmp_ne_u16_e32 vcc, 0, v131
	v_add_u16_e32 v147, 0x2000, v147
	s_nop 0
	v_cndmask_b32_e32 v127, 0, v127, vcc
	v_cmp_ne_u16_e32 vcc, 1, v131
	s_nop 1
	v_cndmask_b32_e32 v127, v80, v127, vcc
	v_cmp_ne_u16_e32 vcc, 2, v131
	s_nop 1
	v_cndmask_b32_e32 v127, v79, v127, vcc
	v_cmp_ne_u16_e32 vcc, 3, v131
	s_nop 1
	v_cndmask_b32_e32 v127, v78, v127, vcc
	v_cmp_ne_u16_e32 vcc, 4, v131
	s_nop 1
	v_cndmask_b32_e32 v127, v74, v127, vcc
	v_cmp_ne_u16_e32 vcc, 5, v131
	s_nop 1
	v_cndmask_b32_e32 v127, v75, v127, vcc
	v_cmp_ne_u16_e32 vcc, 6, v131
	s_nop 1
	v_cndmask_b32_e32 v127, v76, v127, vcc
	v_cmp_ne_u16_e32 vcc, 7, v131
	v_and_b32_e32 v131, 0xffff8000, v135
	v_lshlrev_b16_sdwa v135, v84, v125 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v127, v77, v127, vcc
	v_or_b32_e32 v216, v127, v131
	v_and_b32_sdwa v127, v125, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v135, 0x3f80, v135
	v_add_u16_e32 v135, 0x2000, v135
	v_cmp_ne_u16_e32 vcc, s0, v127
	v_lshlrev_b16_sdwa v131, v83, v125 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v131, 0xffff8000, v131
	v_cndmask_b32_e32 v135, v81, v135, vcc
	v_cmp_ne_u16_e32 vcc, 0, v127
	s_nop 1
	v_cndmask_b32_e32 v135, 0, v135, vcc
	v_cmp_ne_u16_e32 vcc, 1, v127
	s_nop 1
	v_cndmask_b32_e32 v135, v80, v135, vcc
	v_cmp_ne_u16_e32 vcc, 2, v127
	s_nop 1
	v_cndmask_b32_e32 v135, v79, v135, vcc
	v_cmp_ne_u16_e32 vcc, 3, v127
	s_nop 1
	v_cndmask_b32_e32 v135, v78, v135, vcc
	v_cmp_ne_u16_e32 vcc, 4, v127
	s_nop 1
	v_cndmask_b32_e32 v135, v74, v135, vcc
	v_cmp_ne_u16_e32 vcc, 5, v127
	s_nop 1
	v_cndmask_b32_e32 v135, v75, v135, vcc
	v_cmp_ne_u16_e32 vcc, 6, v127
	s_nop 1
	v_cndmask_b32_e32 v135, v76, v135, vcc
	v_cmp_ne_u16_e32 vcc, 7, v127
	s_nop 1
	v_cndmask_b32_e32 v127, v77, v135, vcc
	v_lshlrev_b16_sdwa v135, v84, v125 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v217, v127, v131
	v_and_b32_sdwa v127, v125, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v135, 0x3f80, v135
	v_add_u16_e32 v135, 0x2000, v135
	v_cmp_ne_u16_e32 vcc, s0, v127
	v_lshlrev_b16_sdwa v131, v83, v125 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v131, 0xffff8000, v131
	v_cndmask_b32_e32 v135, v81, v135, vcc
	v_cmp_ne_u16_e32 vcc, 0, v127
	s_nop 1
	v_cndmask_b32_e32 v135, 0, v135, vcc
	v_cmp_ne_u16_e32 vcc, 1, v127
	s_nop 1
	v_cndmask_b32_e32 v135, v80, v135, vcc
	v_cmp_ne_u16_e32 vcc, 2, v127
	s_nop 1
	v_cndmask_b32_e32 v135, v79, v135, vcc
	v_cmp_ne_u16_e32 vcc, 3, v127
	s_nop 1
	v_cndmask_b32_e32 v135, v78, v135, vcc
	v_cmp_ne_u16_e32 vcc, 4, v127
	s_nop 1
	v_cndmask_b32_e32 v135, v74, v135, vcc
	v_cmp_ne_u16_e32 vcc, 5, v127
	s_nop 1
	v_cndmask_b32_e32 v135, v75, v135, vcc
	v_cmp_ne_u16_e32 vcc, 6, v127
	s_nop 1
	v_cndmask_b32_e32 v135, v76, v135, vcc
	v_cmp_ne_u16_e32 vcc, 7, v127
	s_nop 1
	v_cndmask_b32_e32 v127, v77, v135, vcc
	v_or_b32_e32 v218, v127, v131
	v_and_b32_e32 v127, 0x7f, v0
	v_lshlrev_b16_e32 v131, 8, v0
	v_lshlrev_b16_e32 v0, 7, v0
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e32 vcc, s0, v127
	v_lshlrev_b16_sdwa v135, v84, v122 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v135, 0x3f80, v135
	v_cndmask_b32_e32 v0, v81, v0, vcc
	v_cmp_ne_u16_e32 vcc, 0, v127
	v_add_u16_e32 v135, 0x2000, v135
	s_nop 0
	v_cndmask_b32_e32 v0, 0, v0, vcc
	v_cmp_ne_u16_e32 vcc, 1, v127
	s_nop 1
	v_cndmask_b32_e32 v0, v80, v0, vcc
	v_cmp_ne_u16_e32 vcc, 2, v127
	s_nop 1
	v_cndmask_b32_e32 v0, v79, v0, vcc
	v_cmp_ne_u16_e32 vcc, 3, v127
	s_nop 1
	v_cndmask_b32_e32 v0, v78, v0, vcc
	v_cmp_ne_u16_e32 vcc, 4, v127
	s_nop 1
	v_cndmask_b32_e32 v0, v74, v0, vcc
	v_cmp_ne_u16_e32 vcc, 5, v127
	s_nop 1
	v_cndmask_b32_e32 v0, v75, v0, vcc
	v_cmp_ne_u16_e32 vcc, 6, v127
	s_nop 1
	v_cndmask_b32_e32 v0, v76, v0, vcc
	v_cmp_ne_u16_e32 vcc, 7, v127
	v_and_b32_e32 v127, 0xffff8000, v131
	v_lshlrev_b16_sdwa v131, v84, v123 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v0, v77, v0, vcc
	v_or_b32_e32 v219, v0, v127
	v_and_b32_e32 v0, 0x7f, v125
	v_lshlrev_b16_e32 v127, 8, v125
	v_lshlrev_b16_e32 v125, 7, v125
	v_and_b32_e32 v125, 0x3f80, v125
	v_add_u16_e32 v125, 0x2000, v125
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_and_b32_e32 v131, 0x3f80, v131
	v_add_u16_e32 v131, 0x2000, v131
	v_cndmask_b32_e32 v125, v81, v125, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v125, 0, v125, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v125, v80, v125, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v125, v79, v125, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v125, v78, v125, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v125, v74, v125, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v125, v75, v125, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v125, v76, v125, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v125, vcc
	v_and_b32_e32 v125, 0xffff8000, v127
	v_or_b32_e32 v125, v0, v125
	v_and_b32_sdwa v0, v123, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v127, v83, v123 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v127, 0xffff8000, v127
	v_cndmask_b32_e32 v131, v81, v131, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v131, 0, v131, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v80, v131, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v79, v131, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v78, v131, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v74, v131, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v75, v131, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v76, v131, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v131, vcc
	v_lshlrev_b16_sdwa v131, v84, v123 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v220, v0, v127
	v_and_b32_sdwa v0, v123, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v131, 0x3f80, v131
	v_add_u16_e32 v131, 0x2000, v131
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v127, v83, v123 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v127, 0xffff8000, v127
	v_cndmask_b32_e32 v131, v81, v131, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v131, 0, v131, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v80, v131, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v79, v131, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v78, v131, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v74, v131, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v75, v131, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v76, v131, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v131, vcc
	v_lshlrev_b16_e32 v131, 7, v146
	v_or_b32_e32 v221, v0, v127
	v_and_b32_e32 v0, 0x7f, v146
	v_and_b32_e32 v131, 0x3f80, v131
	v_add_u16_e32 v131, 0x2000, v131
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_e32 v127, 8, v146
	v_and_b32_e32 v127, 0xffff8000, v127
	v_cndmask_b32_e32 v131, v81, v131, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_lshlrev_b16_sdwa v146, v84, v118 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v146, 0x3f80, v146
	v_cndmask_b32_e32 v131, 0, v131, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	v_add_u16_e32 v146, 0x2000, v146
	s_nop 0
	v_cndmask_b32_e32 v131, v80, v131, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v79, v131, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v78, v131, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v74, v131, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v75, v131, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v76, v131, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v131, vcc
	v_or_b32_e32 v222, v0, v127
	v_and_b32_e32 v0, 0x7f, v123
	v_lshlrev_b16_e32 v127, 8, v123
	v_lshlrev_b16_e32 v123, 7, v123
	v_and_b32_e32 v123, 0x3f80, v123
	v_add_u16_e32 v123, 0x2000, v123
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v131, v84, v126 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v131, 0x3f80, v131
	v_cndmask_b32_e32 v123, v81, v123, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_add_u16_e32 v131, 0x2000, v131
	s_nop 0
	v_cndmask_b32_e32 v123, 0, v123, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v80, v123, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v79, v123, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v78, v123, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v74, v123, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v75, v123, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v76, v123, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v123, vcc
	v_and_b32_e32 v123, 0xffff8000, v127
	v_lshlrev_b16_sdwa v127, v84, v121 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v223, v0, v123
	v_and_b32_sdwa v0, v121, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v127, 0x3f80, v127
	v_add_u16_e32 v127, 0x2000, v127
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v123, v83, v121 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v123, 0xffff8000, v123
	v_cndmask_b32_e32 v127, v81, v127, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v127, 0, v127, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v80, v127, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v79, v127, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v78, v127, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v74, v127, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v75, v127, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v76, v127, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v127, vcc
	v_lshlrev_b16_sdwa v127, v84, v121 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v224, v0, v123
	v_and_b32_sdwa v0, v121, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v127, 0x3f80, v127
	v_add_u16_e32 v127, 0x2000, v127
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v123, v83, v121 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v123, 0xffff8000, v123
	v_cndmask_b32_e32 v127, v81, v127, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v127, 0, v127, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v80, v127, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v79, v127, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v78, v127, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v74, v127, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v75, v127, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v76, v127, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v127, vcc
	v_lshlrev_b16_e32 v127, 7, v143
	v_or_b32_e32 v225, v0, v123
	v_and_b32_e32 v0, 0x7f, v143
	v_and_b32_e32 v127, 0x3f80, v127
	v_add_u16_e32 v127, 0x2000, v127
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_e32 v123, 8, v143
	v_and_b32_e32 v123, 0xffff8000, v123
	v_cndmask_b32_e32 v127, v81, v127, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_lshlrev_b16_sdwa v143, v84, v118 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v143, 0x3f80, v143
	v_cndmask_b32_e32 v127, 0, v127, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	v_add_u16_e32 v143, 0x2000, v143
	s_nop 0
	v_cndmask_b32_e32 v127, v80, v127, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v79, v127, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v78, v127, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v74, v127, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v75, v127, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v76, v127, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v127, vcc
	v_or_b32_e32 v226, v0, v123
	v_and_b32_e32 v0, 0x7f, v121
	v_lshlrev_b16_e32 v123, 8, v121
	v_lshlrev_b16_e32 v121, 7, v121
	v_and_b32_e32 v121, 0x3f80, v121
	v_add_u16_e32 v121, 0x2000, v121
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v127, v84, v119 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v127, 0x3f80, v127
	v_cndmask_b32_e32 v121, v81, v121, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_add_u16_e32 v127, 0x2000, v127
	s_nop 0
	v_cndmask_b32_e32 v121, 0, v121, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v121, v80, v121, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v121, v79, v121, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v121, v78, v121, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v121, v74, v121, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v121, v75, v121, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v121, v76, v121, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v121, vcc
	v_and_b32_e32 v121, 0xffff8000, v123
	v_or_b32_e32 v121, v0, v121
	v_and_b32_sdwa v0, v119, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v123, v83, v119 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v123, 0xffff8000, v123
	v_cndmask_b32_e32 v127, v81, v127, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v127, 0, v127, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v80, v127, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v79, v127, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v78, v127, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v74, v127, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v75, v127, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v76, v127, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v127, vcc
	v_lshlrev_b16_sdwa v127, v84, v119 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v227, v0, v123
	v_and_b32_sdwa v0, v119, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v127, 0x3f80, v127
	v_add_u16_e32 v127, 0x2000, v127
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v123, v83, v119 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v123, 0xffff8000, v123
	v_cndmask_b32_e32 v127, v81, v127, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v127, 0, v127, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v80, v127, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v79, v127, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v78, v127, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v74, v127, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v75, v127, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v76, v127, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v127, vcc
	v_lshlrev_b16_e32 v127, 7, v142
	v_or_b32_e32 v228, v0, v123
	v_and_b32_e32 v0, 0x7f, v142
	v_and_b32_e32 v127, 0x3f80, v127
	v_add_u16_e32 v127, 0x2000, v127
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_e32 v123, 8, v142
	v_and_b32_e32 v123, 0xffff8000, v123
	v_cndmask_b32_e32 v127, v81, v127, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_lshlrev_b16_sdwa v142, v84, v120 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v142, 0x3f80, v142
	v_cndmask_b32_e32 v127, 0, v127, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	v_add_u16_e32 v142, 0x2000, v142
	s_nop 0
	v_cndmask_b32_e32 v127, v80, v127, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v79, v127, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v78, v127, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v74, v127, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v75, v127, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v76, v127, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v127, vcc
	v_or_b32_e32 v229, v0, v123
	v_and_b32_e32 v0, 0x7f, v119
	v_lshlrev_b16_e32 v123, 8, v119
	v_lshlrev_b16_e32 v119, 7, v119
	v_and_b32_e32 v119, 0x3f80, v119
	v_add_u16_e32 v119, 0x2000, v119
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v127, v84, v130 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v127, 0x3f80, v127
	v_cndmask_b32_e32 v119, v81, v119, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_add_u16_e32 v127, 0x2000, v127
	s_nop 0
	v_cndmask_b32_e32 v119, 0, v119, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v80, v119, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v79, v119, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v78, v119, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v74, v119, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v75, v119, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v76, v119, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v119, vcc
	v_and_b32_e32 v119, 0xffff8000, v123
	v_lshlrev_b16_sdwa v123, v84, v117 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v230, v0, v119
	v_and_b32_sdwa v0, v117, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v123, 0x3f80, v123
	v_add_u16_e32 v123, 0x2000, v123
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v119, v83, v117 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v119, 0xffff8000, v119
	v_cndmask_b32_e32 v123, v81, v123, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v123, 0, v123, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v80, v123, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v79, v123, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v78, v123, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v74, v123, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v75, v123, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v76, v123, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v123, vcc
	v_lshlrev_b16_sdwa v123, v84, v117 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v231, v0, v119
	v_and_b32_sdwa v0, v117, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v123, 0x3f80, v123
	v_add_u16_e32 v123, 0x2000, v123
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v119, v83, v117 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v119, 0xffff8000, v119
	v_cndmask_b32_e32 v123, v81, v123, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v123, 0, v123, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v80, v123, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v79, v123, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v78, v123, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v74, v123, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v75, v123, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v76, v123, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v123, vcc
	v_lshlrev_b16_e32 v123, 7, v139
	v_or_b32_e32 v232, v0, v119
	v_and_b32_e32 v0, 0x7f, v139
	v_and_b32_e32 v123, 0x3f80, v123
	v_add_u16_e32 v123, 0x2000, v123
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_e32 v119, 8, v139
	v_and_b32_e32 v119, 0xffff8000, v119
	v_cndmask_b32_e32 v123, v81, v123, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_lshlrev_b16_sdwa v139, v84, v120 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v139, 0x3f80, v139
	v_cndmask_b32_e32 v123, 0, v123, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	v_add_u16_e32 v139, 0x2000, v139
	s_nop 0
	v_cndmask_b32_e32 v123, v80, v123, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v79, v123, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v78, v123, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v74, v123, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v75, v123, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v76, v123, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v123, vcc
	v_or_b32_e32 v233, v0, v119
	v_and_b32_e32 v0, 0x7f, v117
	v_lshlrev_b16_e32 v119, 8, v117
	v_lshlrev_b16_e32 v117, 7, v117
	v_and_b32_e32 v117, 0x3f80, v117
	v_add_u16_e32 v117, 0x2000, v117
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v123, v84, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v123, 0x3f80, v123
	v_cndmask_b32_e32 v117, v81, v117, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_add_u16_e32 v123, 0x2000, v123
	s_nop 0
	v_cndmask_b32_e32 v117, 0, v117, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v117, v80, v117, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v117, v79, v117, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v117, v78, v117, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v117, v74, v117, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v117, v75, v117, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v117, v76, v117, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v117, vcc
	v_and_b32_e32 v117, 0xffff8000, v119
	v_or_b32_e32 v117, v0, v117
	v_and_b32_sdwa v0, v115, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v119, v83, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v119, 0xffff8000, v119
	v_cndmask_b32_e32 v123, v81, v123, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v123, 0, v123, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v80, v123, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v79, v123, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v78, v123, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v74, v123, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v75, v123, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v76, v123, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v123, vcc
	v_lshlrev_b16_sdwa v123, v84, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v234, v0, v119
	v_and_b32_sdwa v0, v115, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v123, 0x3f80, v123
	v_add_u16_e32 v123, 0x2000, v123
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v119, v83, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v119, 0xffff8000, v119
	v_cndmask_b32_e32 v123, v81, v123, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v123, 0, v123, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v80, v123, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v79, v123, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v78, v123, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v74, v123, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v75, v123, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v76, v123, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v123, vcc
	v_lshlrev_b16_e32 v123, 7, v138
	v_or_b32_e32 v235, v0, v119
	v_and_b32_e32 v0, 0x7f, v138
	v_and_b32_e32 v123, 0x3f80, v123
	v_add_u16_e32 v123, 0x2000, v123
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_e32 v119, 8, v138
	v_and_b32_e32 v119, 0xffff8000, v119
	v_cndmask_b32_e32 v123, v81, v123, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_lshlrev_b16_sdwa v138, v84, v122 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v138, 0x3f80, v138
	v_cndmask_b32_e32 v123, 0, v123, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	v_add_u16_e32 v138, 0x2000, v138
	s_nop 0
	v_cndmask_b32_e32 v123, v80, v123, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v79, v123, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v78, v123, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v74, v123, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v75, v123, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v76, v123, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v123, vcc
	v_or_b32_e32 v236, v0, v119
	v_and_b32_e32 v0, 0x7f, v115
	v_lshlrev_b16_e32 v119, 8, v115
	v_lshlrev_b16_e32 v115, 7, v115
	v_and_b32_e32 v115, 0x3f80, v115
	v_add_u16_e32 v115, 0x2000, v115
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v123, v84, v132 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v123, 0x3f80, v123
	v_cndmask_b32_e32 v115, v81, v115, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_add_u16_e32 v123, 0x2000, v123
	s_nop 0
	v_cndmask_b32_e32 v115, 0, v115, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v80, v115, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v79, v115, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v78, v115, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v74, v115, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v75, v115, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v76, v115, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v115, vcc
	v_and_b32_e32 v115, 0xffff8000, v119
	v_lshlrev_b16_sdwa v119, v84, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v237, v0, v115
	v_and_b32_sdwa v0, v113, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v119, 0x3f80, v119
	v_add_u16_e32 v119, 0x2000, v119
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v115, v83, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v115, 0xffff8000, v115
	v_cndmask_b32_e32 v119, v81, v119, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v119, 0, v119, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v80, v119, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v79, v119, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v78, v119, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v74, v119, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v75, v119, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v76, v119, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v119, vcc
	v_lshlrev_b16_sdwa v119, v84, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v238, v0, v115
	v_and_b32_sdwa v0, v113, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v119, 0x3f80, v119
	v_add_u16_e32 v119, 0x2000, v119
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v115, v83, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v115, 0xffff8000, v115
	v_cndmask_b32_e32 v119, v81, v119, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v119, 0, v119, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v80, v119, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v79, v119, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v78, v119, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v74, v119, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v75, v119, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v76, v119, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v119, vcc
	v_or_b32_e32 v239, v0, v115
	v_and_b32_e32 v0, 0x7f, v107
	v_lshlrev_b16_e32 v115, 8, v107
	v_lshlrev_b16_e32 v107, 7, v107
	v_and_b32_e32 v107, 0x3f80, v107
	v_add_u16_e32 v107, 0x2000, v107
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v119, v84, v134 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v119, 0x3f80, v119
	v_cndmask_b32_e32 v107, v81, v107, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_add_u16_e32 v119, 0x2000, v119
	s_nop 0
	v_cndmask_b32_e32 v107, 0, v107, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v80, v107, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v79, v107, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v78, v107, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v74, v107, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v75, v107, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v76, v107, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v107, vcc
	v_and_b32_e32 v107, 0xffff8000, v115
	v_or_b32_e32 v240, v0, v107
	v_and_b32_e32 v0, 0x7f, v113
	v_lshlrev_b16_e32 v107, 8, v113
	v_lshlrev_b16_e32 v113, 7, v113
	v_and_b32_e32 v113, 0x3f80, v113
	v_add_u16_e32 v113, 0x2000, v113
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_and_b32_e32 v107, 0xffff8000, v107
	v_lshlrev_b16_sdwa v115, v84, v111 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v113, v81, v113, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_and_b32_e32 v115, 0x3f80, v115
	v_add_u16_e32 v115, 0x2000, v115
	v_cndmask_b32_e32 v113, 0, v113, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v113, v80, v113, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v113, v79, v113, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v113, v78, v113, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v113, v74, v113, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v113, v75, v113, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v113, v76, v113, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v113, vcc
	v_or_b32_e32 v113, v0, v107
	v_and_b32_sdwa v0, v111, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v107, v83, v111 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v107, 0xffff8000, v107
	v_cndmask_b32_e32 v115, v81, v115, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v115, 0, v115, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v80, v115, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v79, v115, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v78, v115, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v74, v115, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v75, v115, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v76, v115, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v115, vcc
	v_lshlrev_b16_sdwa v115, v84, v111 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v241, v0, v107
	v_and_b32_sdwa v0, v111, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v115, 0x3f80, v115
	v_add_u16_e32 v115, 0x2000, v115
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v107, v83, v111 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v107, 0xffff8000, v107
	v_cndmask_b32_e32 v115, v81, v115, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v115, 0, v115, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v80, v115, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v79, v115, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v78, v115, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v74, v115, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v75, v115, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v76, v115, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v115, vcc
	v_or_b32_e32 v242, v0, v107
	v_and_b32_e32 v0, 0x7f, v106
	v_lshlrev_b16_e32 v107, 8, v106
	v_lshlrev_b16_e32 v106, 7, v106
	v_and_b32_e32 v106, 0x3f80, v106
	v_add_u16_e32 v106, 0x2000, v106
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v115, v84, v134 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v115, 0x3f80, v115
	v_cndmask_b32_e32 v106, v81, v106, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_add_u16_e32 v115, 0x2000, v115
	s_nop 0
	v_cndmask_b32_e32 v106, 0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v106, v80, v106, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v106, v79, v106, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v106, v78, v106, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v106, v74, v106, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v106, v75, v106, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v106, v76, v106, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v106, vcc
	v_and_b32_e32 v106, 0xffff8000, v107
	v_lshlrev_b16_e32 v107, 7, v111
	v_or_b32_e32 v243, v0, v106
	v_and_b32_e32 v0, 0x7f, v111
	v_and_b32_e32 v107, 0x3f80, v107
	v_add_u16_e32 v107, 0x2000, v107
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_e32 v106, 8, v111
	v_and_b32_e32 v106, 0xffff8000, v106
	v_cndmask_b32_e32 v107, v81, v107, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_lshlrev_b16_sdwa v111, v84, v136 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v111, 0x3f80, v111
	v_cndmask_b32_e32 v107, 0, v107, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	v_add_u16_e32 v111, 0x2000, v111
	s_nop 0
	v_cndmask_b32_e32 v107, v80, v107, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v79, v107, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v78, v107, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v74, v107, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v75, v107, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v76, v107, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v107, vcc
	v_lshlrev_b16_sdwa v107, v84, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v244, v0, v106
	v_and_b32_sdwa v0, v73, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v107, 0x3f80, v107
	v_add_u16_e32 v107, 0x2000, v107
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v106, v83, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v106, 0xffff8000, v106
	v_cndmask_b32_e32 v107, v81, v107, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v107, 0, v107, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v80, v107, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v79, v107, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v78, v107, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v74, v107, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v75, v107, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v76, v107, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v107, vcc
	v_lshlrev_b16_sdwa v107, v84, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v245, v0, v106
	v_and_b32_sdwa v0, v73, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v107, 0x3f80, v107
	v_add_u16_e32 v107, 0x2000, v107
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v106, v83, v73 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v106, 0xffff8000, v106
	v_cndmask_b32_e32 v107, v81, v107, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v107, 0, v107, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v80, v107, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v79, v107, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v78, v107, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v74, v107, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v75, v107, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v76, v107, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v107, vcc
	v_or_b32_e32 v246, v0, v106
	v_and_b32_e32 v0, 0x7f, v103
	v_lshlrev_b16_e32 v106, 8, v103
	v_lshlrev_b16_e32 v103, 7, v103
	v_and_b32_e32 v103, 0x3f80, v103
	v_add_u16_e32 v103, 0x2000, v103
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v107, v84, v25 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v107, 0x3f80, v107
	v_cndmask_b32_e32 v103, v81, v103, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_add_u16_e32 v107, 0x2000, v107
	s_nop 0
	v_cndmask_b32_e32 v103, 0, v103, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v103, v80, v103, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v103, v79, v103, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v103, v78, v103, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v103, v74, v103, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v103, v75, v103, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v103, v76, v103, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v103, vcc
	v_and_b32_e32 v103, 0xffff8000, v106
	v_or_b32_e32 v247, v0, v103
	v_and_b32_e32 v0, 0x7f, v73
	v_lshlrev_b16_e32 v103, 8, v73
	v_lshlrev_b16_e32 v73, 7, v73
	v_and_b32_e32 v73, 0x3f80, v73
	v_add_u16_e32 v73, 0x2000, v73
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v106, v84, v25 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v106, 0x3f80, v106
	v_cndmask_b32_e32 v73, v81, v73, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_add_u16_e32 v106, 0x2000, v106
	s_nop 0
	v_cndmask_b32_e32 v73, 0, v73, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v73, v80, v73, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v73, v79, v73, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v73, v78, v73, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v73, v74, v73, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v73, v75, v73, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v73, v76, v73, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v73, vcc
	v_and_b32_e32 v73, 0xffff8000, v103
	v_or_b32_e32 v73, v0, v73
	v_and_b32_sdwa v0, v25, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v103, v83, v25 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v103, 0xffff8000, v103
	v_cndmask_b32_e32 v106, v81, v106, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v106, 0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v106, v80, v106, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v106, v79, v106, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v106, v78, v106, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v106, v74, v106, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v106, v75, v106, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v106, v76, v106, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v106, vcc
	v_or_b32_e32 v103, v0, v103
	v_and_b32_sdwa v0, v25, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v106, v83, v25 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v106, 0xffff8000, v106
	v_cndmask_b32_e32 v107, v81, v107, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v107, 0, v107, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v80, v107, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v79, v107, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v78, v107, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v74, v107, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v75, v107, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v76, v107, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v107, vcc
	v_or_b32_e32 v248, v0, v106
	v_and_b32_e32 v0, 0x7f, v102
	v_lshlrev_b16_e32 v106, 8, v102
	v_lshlrev_b16_e32 v102, 7, v102
	v_and_b32_e32 v102, 0x3f80, v102
	v_add_u16_e32 v102, 0x2000, v102
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v107, v84, v136 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v107, 0x3f80, v107
	v_cndmask_b32_e32 v102, v81, v102, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_add_u16_e32 v107, 0x2000, v107
	s_nop 0
	v_cndmask_b32_e32 v102, 0, v102, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v102, v80, v102, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v102, v79, v102, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v102, v78, v102, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v102, v74, v102, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v102, v75, v102, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v102, v76, v102, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v102, vcc
	v_and_b32_e32 v102, 0xffff8000, v106
	v_or_b32_e32 v102, v0, v102
	v_and_b32_e32 v0, 0x7f, v25
	v_lshlrev_b16_e32 v106, 8, v25
	v_lshlrev_b16_e32 v25, 7, v25
	v_and_b32_e32 v25, 0x3f80, v25
	v_add_u16_e32 v25, 0x2000, v25
	v_cmp_ne_u16_e32 vcc, s0, v0
	s_nop 1
	v_cndmask_b32_e32 v25, v81, v25, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v25, 0, v25, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v25, v80, v25, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v25, v79, v25, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v25, v78, v25, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v25, v74, v25, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v25, v75, v25, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v25, v76, v25, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v25, vcc
	v_and_b32_e32 v25, 0xffff8000, v106
	v_or_b32_e32 v25, v0, v25
	v_and_b32_sdwa v0, v136, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v106, v83, v136 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v106, 0xffff8000, v106
	v_cndmask_b32_e32 v107, v81, v107, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v107, 0, v107, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v80, v107, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v79, v107, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v78, v107, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v74, v107, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v75, v107, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v107, v76, v107, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v107, vcc
	v_or_b32_e32 v107, v0, v106
	v_and_b32_sdwa v0, v136, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v106, v83, v136 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v106, 0xffff8000, v106
	v_cndmask_b32_e32 v111, v81, v111, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v111, 0, v111, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v111, v80, v111, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v111, v79, v111, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v111, v78, v111, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v111, v74, v111, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v111, v75, v111, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v111, v76, v111, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v111, vcc
	v_or_b32_e32 v249, v0, v106
	v_and_b32_e32 v0, 0x7f, v99
	v_lshlrev_b16_e32 v106, 8, v99
	v_lshlrev_b16_e32 v99, 7, v99
	v_and_b32_e32 v99, 0x3f80, v99
	v_add_u16_e32 v99, 0x2000, v99
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_e32 v111, 7, v136
	v_and_b32_e32 v111, 0x3f80, v111
	v_cndmask_b32_e32 v99, v81, v99, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_add_u16_e32 v111, 0x2000, v111
	s_nop 0
	v_cndmask_b32_e32 v99, 0, v99, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v99, v80, v99, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v99, v79, v99, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v99, v78, v99, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v99, v74, v99, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v99, v75, v99, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v99, v76, v99, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v99, vcc
	v_and_b32_e32 v99, 0xffff8000, v106
	v_or_b32_e32 v99, v0, v99
	v_and_b32_e32 v0, 0x7f, v136
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_e32 v106, 8, v136
	v_and_b32_e32 v106, 0xffff8000, v106
	v_cndmask_b32_e32 v111, v81, v111, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v111, 0, v111, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v111, v80, v111, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v111, v79, v111, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v111, v78, v111, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v111, v74, v111, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v111, v75, v111, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v111, v76, v111, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v111, vcc
	v_or_b32_e32 v106, v0, v106
	v_and_b32_sdwa v0, v134, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v111, v83, v134 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v111, 0xffff8000, v111
	v_cndmask_b32_e32 v115, v81, v115, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v115, 0, v115, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v80, v115, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v79, v115, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v78, v115, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v74, v115, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v75, v115, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v115, v76, v115, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v115, vcc
	v_or_b32_e32 v111, v0, v111
	v_and_b32_sdwa v0, v134, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v115, v83, v134 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v115, 0xffff8000, v115
	v_cndmask_b32_e32 v119, v81, v119, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v119, 0, v119, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v80, v119, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v79, v119, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v78, v119, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v74, v119, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v75, v119, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v76, v119, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v119, vcc
	v_or_b32_e32 v136, v0, v115
	v_and_b32_e32 v0, 0x7f, v98
	v_lshlrev_b16_e32 v115, 8, v98
	v_lshlrev_b16_e32 v98, 7, v98
	v_and_b32_e32 v98, 0x3f80, v98
	v_add_u16_e32 v98, 0x2000, v98
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_e32 v119, 7, v134
	v_and_b32_e32 v119, 0x3f80, v119
	v_cndmask_b32_e32 v98, v81, v98, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_add_u16_e32 v119, 0x2000, v119
	s_nop 0
	v_cndmask_b32_e32 v98, 0, v98, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v98, v80, v98, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v98, v79, v98, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v98, v78, v98, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v98, v74, v98, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v98, v75, v98, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v98, v76, v98, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v98, vcc
	v_and_b32_e32 v98, 0xffff8000, v115
	v_or_b32_e32 v98, v0, v98
	v_and_b32_e32 v0, 0x7f, v134
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_e32 v115, 8, v134
	v_and_b32_e32 v115, 0xffff8000, v115
	v_cndmask_b32_e32 v119, v81, v119, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_lshlrev_b16_sdwa v134, v84, v124 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v134, 0x3f80, v134
	v_cndmask_b32_e32 v119, 0, v119, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	v_add_u16_e32 v134, 0x2000, v134
	s_nop 0
	v_cndmask_b32_e32 v119, v80, v119, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v79, v119, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v78, v119, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v74, v119, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v75, v119, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v76, v119, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v119, vcc
	v_lshlrev_b16_sdwa v119, v84, v132 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v250, v0, v115
	v_and_b32_sdwa v0, v132, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v119, 0x3f80, v119
	v_add_u16_e32 v119, 0x2000, v119
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v115, v83, v132 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v115, 0xffff8000, v115
	v_cndmask_b32_e32 v119, v81, v119, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v119, 0, v119, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v80, v119, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v79, v119, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v78, v119, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v74, v119, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v75, v119, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v119, v76, v119, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v119, vcc
	v_or_b32_e32 v115, v0, v115
	v_and_b32_sdwa v0, v132, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v119, v83, v132 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v119, 0xffff8000, v119
	v_cndmask_b32_e32 v123, v81, v123, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v123, 0, v123, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v80, v123, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v79, v123, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v78, v123, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v74, v123, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v75, v123, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v76, v123, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v123, vcc
	v_or_b32_e32 v251, v0, v119
	v_and_b32_e32 v0, 0x7f, v97
	v_lshlrev_b16_e32 v119, 8, v97
	v_lshlrev_b16_e32 v97, 7, v97
	v_and_b32_e32 v97, 0x3f80, v97
	v_add_u16_e32 v97, 0x2000, v97
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_e32 v123, 7, v132
	v_and_b32_e32 v123, 0x3f80, v123
	v_cndmask_b32_e32 v97, v81, v97, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_add_u16_e32 v123, 0x2000, v123
	s_nop 0
	v_cndmask_b32_e32 v97, 0, v97, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v97, v80, v97, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v97, v79, v97, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v97, v78, v97, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v97, v74, v97, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v97, v75, v97, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v97, v76, v97, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v97, vcc
	v_and_b32_e32 v97, 0xffff8000, v119
	v_or_b32_e32 v97, v0, v97
	v_and_b32_e32 v0, 0x7f, v132
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_e32 v119, 8, v132
	v_and_b32_e32 v119, 0xffff8000, v119
	v_cndmask_b32_e32 v123, v81, v123, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v123, 0, v123, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v80, v123, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v79, v123, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v78, v123, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v74, v123, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v75, v123, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v76, v123, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v123, vcc
	v_lshlrev_b16_sdwa v123, v84, v130 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v132, v0, v119
	v_and_b32_sdwa v0, v130, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v123, 0x3f80, v123
	v_add_u16_e32 v123, 0x2000, v123
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v119, v83, v130 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v119, 0xffff8000, v119
	v_cndmask_b32_e32 v123, v81, v123, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v123, 0, v123, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v80, v123, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v79, v123, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v78, v123, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v74, v123, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v75, v123, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v123, v76, v123, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v123, vcc
	v_or_b32_e32 v119, v0, v119
	v_and_b32_sdwa v0, v130, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v123, v83, v130 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v123, 0xffff8000, v123
	v_cndmask_b32_e32 v127, v81, v127, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v127, 0, v127, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v80, v127, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v79, v127, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v78, v127, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v74, v127, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v75, v127, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v76, v127, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v127, vcc
	v_or_b32_e32 v252, v0, v123
	v_and_b32_e32 v0, 0x7f, v96
	v_lshlrev_b16_e32 v123, 8, v96
	v_lshlrev_b16_e32 v96, 7, v96
	v_and_b32_e32 v96, 0x3f80, v96
	v_add_u16_e32 v96, 0x2000, v96
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_e32 v127, 7, v130
	v_and_b32_e32 v127, 0x3f80, v127
	v_cndmask_b32_e32 v96, v81, v96, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_add_u16_e32 v127, 0x2000, v127
	s_nop 0
	v_cndmask_b32_e32 v96, 0, v96, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v96, v80, v96, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v96, v79, v96, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v96, v78, v96, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v96, v74, v96, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v96, v75, v96, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v96, v76, v96, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v96, vcc
	v_and_b32_e32 v96, 0xffff8000, v123
	v_or_b32_e32 v96, v0, v96
	v_and_b32_e32 v0, 0x7f, v130
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_e32 v123, 8, v130
	v_and_b32_e32 v123, 0xffff8000, v123
	v_cndmask_b32_e32 v127, v81, v127, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_lshlrev_b16_sdwa v130, v84, v128 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v130, 0x3f80, v130
	v_cndmask_b32_e32 v127, 0, v127, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	v_add_u16_e32 v130, 0x2000, v130
	s_nop 0
	v_cndmask_b32_e32 v127, v80, v127, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v79, v127, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v78, v127, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v74, v127, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v75, v127, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v76, v127, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v127, vcc
	v_lshlrev_b16_sdwa v127, v84, v128 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v253, v0, v123
	v_and_b32_sdwa v0, v128, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v127, 0x3f80, v127
	v_add_u16_e32 v127, 0x2000, v127
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v123, v83, v128 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v123, 0xffff8000, v123
	v_cndmask_b32_e32 v127, v81, v127, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v127, 0, v127, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v80, v127, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v79, v127, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v78, v127, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v74, v127, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v75, v127, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v127, v76, v127, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v127, vcc
	v_or_b32_e32 v123, v0, v123
	v_and_b32_sdwa v0, v128, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v127, v83, v128 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v127, 0xffff8000, v127
	v_cndmask_b32_e32 v130, v81, v130, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v130, 0, v130, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v130, v80, v130, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v130, v79, v130, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v130, v78, v130, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v130, v74, v130, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v130, v75, v130, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v130, v76, v130, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v130, vcc
	v_or_b32_e32 v254, v0, v127
	v_and_b32_e32 v0, 0x7f, v95
	v_lshlrev_b16_e32 v127, 8, v95
	v_lshlrev_b16_e32 v95, 7, v95
	v_and_b32_e32 v95, 0x3f80, v95
	v_add_u16_e32 v95, 0x2000, v95
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v130, v84, v126 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v130, 0x3f80, v130
	v_cndmask_b32_e32 v95, v81, v95, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_add_u16_e32 v130, 0x2000, v130
	s_nop 0
	v_cndmask_b32_e32 v95, 0, v95, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v95, v80, v95, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v95, v79, v95, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v95, v78, v95, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v95, v74, v95, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v95, v75, v95, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v95, v76, v95, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v95, vcc
	v_and_b32_e32 v95, 0xffff8000, v127
	v_or_b32_e32 v95, v0, v95
	v_and_b32_e32 v0, 0x7f, v128
	v_lshlrev_b16_e32 v127, 8, v128
	v_lshlrev_b16_e32 v128, 7, v128
	v_and_b32_e32 v128, 0x3f80, v128
	v_add_u16_e32 v128, 0x2000, v128
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_and_b32_e32 v127, 0xffff8000, v127
	s_nop 0
	v_cndmask_b32_e32 v128, v81, v128, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v128, 0, v128, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v128, v80, v128, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v128, v79, v128, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v128, v78, v128, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v128, v74, v128, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v128, v75, v128, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v128, v76, v128, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v128, vcc
	v_or_b32_e32 v128, v0, v127
	v_and_b32_sdwa v0, v126, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v127, v83, v126 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v127, 0xffff8000, v127
	v_cndmask_b32_e32 v130, v81, v130, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v130, 0, v130, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v130, v80, v130, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v130, v79, v130, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v130, v78, v130, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v130, v74, v130, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v130, v75, v130, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v130, v76, v130, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v130, vcc
	v_or_b32_e32 v127, v0, v127
	v_and_b32_sdwa v0, v126, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v130, v83, v126 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v130, 0xffff8000, v130
	v_cndmask_b32_e32 v131, v81, v131, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v131, 0, v131, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v80, v131, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v79, v131, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v78, v131, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v74, v131, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v75, v131, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v76, v131, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v131, vcc
	v_or_b32_e32 v255, v0, v130
	v_and_b32_e32 v0, 0x7f, v94
	v_lshlrev_b16_e32 v130, 8, v94
	v_lshlrev_b16_e32 v94, 7, v94
	v_and_b32_e32 v94, 0x3f80, v94
	v_add_u16_e32 v94, 0x2000, v94
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v131, v84, v124 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v131, 0x3f80, v131
	v_cndmask_b32_e32 v94, v81, v94, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	v_add_u16_e32 v131, 0x2000, v131
	v_lshlrev_b16_sdwa v84, v84, v24 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v94, 0, v94, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	v_and_b32_e32 v84, 0x3f80, v84
	v_add_u16_e32 v84, 0x2000, v84
	v_cndmask_b32_e32 v94, v80, v94, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v94, v79, v94, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v94, v78, v94, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v94, v74, v94, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v94, v75, v94, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v94, v76, v94, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v94, vcc
	v_and_b32_e32 v94, 0xffff8000, v130
	v_or_b32_e32 v94, v0, v94
	v_and_b32_e32 v0, 0x7f, v126
	v_lshlrev_b16_e32 v130, 8, v126
	v_lshlrev_b16_e32 v126, 7, v126
	v_and_b32_e32 v126, 0x3f80, v126
	v_add_u16_e32 v126, 0x2000, v126
	v_cmp_ne_u16_e32 vcc, s0, v0
	s_nop 1
	v_cndmask_b32_e32 v126, v81, v126, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v126, 0, v126, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v126, v80, v126, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v126, v79, v126, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v126, v78, v126, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v126, v74, v126, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v126, v75, v126, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v126, v76, v126, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v126, vcc
	v_and_b32_e32 v126, 0xffff8000, v130
	v_or_b32_e32 v126, v0, v126
	v_and_b32_sdwa v0, v124, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v130, v83, v124 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v130, 0xffff8000, v130
	v_cndmask_b32_e32 v131, v81, v131, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v131, 0, v131, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v80, v131, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v79, v131, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v78, v131, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v74, v131, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v75, v131, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v131, v76, v131, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v131, vcc
	v_or_b32_e32 v131, v0, v130
	v_and_b32_sdwa v0, v124, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v130, v83, v124 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v130, 0xffff8000, v130
	v_cndmask_b32_e32 v134, v81, v134, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v134, 0, v134, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v134, v80, v134, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v134, v79, v134, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v134, v78, v134, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v134, v74, v134, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v134, v75, v134, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v134, v76, v134, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v77, v134, vcc
	v_or_b32_e32 v0, v0, v130
	v_and_b32_e32 v130, 0x7f, v93
	v_lshlrev_b16_e32 v134, 8, v93
	v_lshlrev_b16_e32 v93, 7, v93
	v_and_b32_e32 v93, 0x3f80, v93
	v_add_u16_e32 v93, 0x2000, v93
	v_cmp_ne_u16_e32 vcc, s0, v130
	s_nop 1
	v_cndmask_b32_e32 v93, v81, v93, vcc
	v_cmp_ne_u16_e32 vcc, 0, v130
	s_nop 1
	v_cndmask_b32_e32 v93, 0, v93, vcc
	v_cmp_ne_u16_e32 vcc, 1, v130
	s_nop 1
	v_cndmask_b32_e32 v93, v80, v93, vcc
	v_cmp_ne_u16_e32 vcc, 2, v130
	s_nop 1
	v_cndmask_b32_e32 v93, v79, v93, vcc
	v_cmp_ne_u16_e32 vcc, 3, v130
	s_nop 1
	v_cndmask_b32_e32 v93, v78, v93, vcc
	v_cmp_ne_u16_e32 vcc, 4, v130
	s_nop 1
	v_cndmask_b32_e32 v93, v74, v93, vcc
	v_cmp_ne_u16_e32 vcc, 5, v130
	s_nop 1
	v_cndmask_b32_e32 v93, v75, v93, vcc
	v_cmp_ne_u16_e32 vcc, 6, v130
	s_nop 1
	v_cndmask_b32_e32 v93, v76, v93, vcc
	v_cmp_ne_u16_e32 vcc, 7, v130
	v_and_b32_e32 v130, 0xffff8000, v134
	v_lshlrev_b16_e32 v134, 8, v124
	v_cndmask_b32_e32 v93, v77, v93, vcc
	v_or_b32_e32 v93, v93, v130
	v_and_b32_e32 v130, 0x7f, v124
	v_lshlrev_b16_e32 v124, 7, v124
	v_and_b32_e32 v124, 0x3f80, v124
	v_add_u16_e32 v124, 0x2000, v124
	v_cmp_ne_u16_e32 vcc, s0, v130
	s_nop 1
	v_cndmask_b32_e32 v124, v81, v124, vcc
	v_cmp_ne_u16_e32 vcc, 0, v130
	s_nop 1
	v_cndmask_b32_e32 v124, 0, v124, vcc
	v_cmp_ne_u16_e32 vcc, 1, v130
	s_nop 1
	v_cndmask_b32_e32 v124, v80, v124, vcc
	v_cmp_ne_u16_e32 vcc, 2, v130
	s_nop 1
	v_cndmask_b32_e32 v124, v79, v124, vcc
	v_cmp_ne_u16_e32 vcc, 3, v130
	s_nop 1
	v_cndmask_b32_e32 v124, v78, v124, vcc
	v_cmp_ne_u16_e32 vcc, 4, v130
	s_nop 1
	v_cndmask_b32_e32 v124, v74, v124, vcc
	v_cmp_ne_u16_e32 vcc, 5, v130
	s_nop 1
	v_cndmask_b32_e32 v124, v75, v124, vcc
	v_cmp_ne_u16_e32 vcc, 6, v130
	s_nop 1
	v_cndmask_b32_e32 v124, v76, v124, vcc
	v_cmp_ne_u16_e32 vcc, 7, v130
	v_and_b32_e32 v130, 0xffff8000, v134
	v_lshlrev_b16_sdwa v134, v83, v122 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v124, v77, v124, vcc
	v_or_b32_e32 v124, v124, v130
	v_and_b32_sdwa v130, v122, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v130
	v_and_b32_e32 v134, 0xffff8000, v134
	s_nop 0
	v_cndmask_b32_e32 v135, v81, v135, vcc
	v_cmp_ne_u16_e32 vcc, 0, v130
	s_nop 1
	v_cndmask_b32_e32 v135, 0, v135, vcc
	v_cmp_ne_u16_e32 vcc, 1, v130
	s_nop 1
	v_cndmask_b32_e32 v135, v80, v135, vcc
	v_cmp_ne_u16_e32 vcc, 2, v130
	s_nop 1
	v_cndmask_b32_e32 v135, v79, v135, vcc
	v_cmp_ne_u16_e32 vcc, 3, v130
	s_nop 1
	v_cndmask_b32_e32 v135, v78, v135, vcc
	v_cmp_ne_u16_e32 vcc, 4, v130
	s_nop 1
	v_cndmask_b32_e32 v135, v74, v135, vcc
	v_cmp_ne_u16_e32 vcc, 5, v130
	s_nop 1
	v_cndmask_b32_e32 v135, v75, v135, vcc
	v_cmp_ne_u16_e32 vcc, 6, v130
	s_nop 1
	v_cndmask_b32_e32 v135, v76, v135, vcc
	v_cmp_ne_u16_e32 vcc, 7, v130
	s_nop 1
	v_cndmask_b32_e32 v130, v77, v135, vcc
	v_or_b32_e32 v130, v130, v134
	v_and_b32_sdwa v134, v122, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v134
	v_lshlrev_b16_sdwa v135, v83, v122 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v135, 0xffff8000, v135
	v_cndmask_b32_e32 v138, v81, v138, vcc
	v_cmp_ne_u16_e32 vcc, 0, v134
	s_nop 1
	v_cndmask_b32_e32 v138, 0, v138, vcc
	v_cmp_ne_u16_e32 vcc, 1, v134
	s_nop 1
	v_cndmask_b32_e32 v138, v80, v138, vcc
	v_cmp_ne_u16_e32 vcc, 2, v134
	s_nop 1
	v_cndmask_b32_e32 v138, v79, v138, vcc
	v_cmp_ne_u16_e32 vcc, 3, v134
	s_nop 1
	v_cndmask_b32_e32 v138, v78, v138, vcc
	v_cmp_ne_u16_e32 vcc, 4, v134
	s_nop 1
	v_cndmask_b32_e32 v138, v74, v138, vcc
	v_cmp_ne_u16_e32 vcc, 5, v134
	s_nop 1
	v_cndmask_b32_e32 v138, v75, v138, vcc
	v_cmp_ne_u16_e32 vcc, 6, v134
	s_nop 1
	v_cndmask_b32_e32 v138, v76, v138, vcc
	v_cmp_ne_u16_e32 vcc, 7, v134
	s_nop 1
	v_cndmask_b32_e32 v134, v77, v138, vcc
	v_or_b32_e32 v135, v134, v135
	v_and_b32_e32 v134, 0x7f, v92
	v_lshlrev_b16_e32 v138, 8, v92
	v_lshlrev_b16_e32 v92, 7, v92
	v_and_b32_e32 v92, 0x3f80, v92
	v_add_u16_e32 v92, 0x2000, v92
	v_cmp_ne_u16_e32 vcc, s0, v134
	s_nop 1
	v_cndmask_b32_e32 v92, v81, v92, vcc
	v_cmp_ne_u16_e32 vcc, 0, v134
	s_nop 1
	v_cndmask_b32_e32 v92, 0, v92, vcc
	v_cmp_ne_u16_e32 vcc, 1, v134
	s_nop 1
	v_cndmask_b32_e32 v92, v80, v92, vcc
	v_cmp_ne_u16_e32 vcc, 2, v134
	s_nop 1
	v_cndmask_b32_e32 v92, v79, v92, vcc
	v_cmp_ne_u16_e32 vcc, 3, v134
	s_nop 1
	v_cndmask_b32_e32 v92, v78, v92, vcc
	v_cmp_ne_u16_e32 vcc, 4, v134
	s_nop 1
	v_cndmask_b32_e32 v92, v74, v92, vcc
	v_cmp_ne_u16_e32 vcc, 5, v134
	s_nop 1
	v_cndmask_b32_e32 v92, v75, v92, vcc
	v_cmp_ne_u16_e32 vcc, 6, v134
	s_nop 1
	v_cndmask_b32_e32 v92, v76, v92, vcc
	v_cmp_ne_u16_e32 vcc, 7, v134
	v_and_b32_e32 v134, 0xffff8000, v138
	v_lshlrev_b16_e32 v138, 8, v122
	v_cndmask_b32_e32 v92, v77, v92, vcc
	v_or_b32_e32 v92, v92, v134
	v_and_b32_e32 v134, 0x7f, v122
	v_lshlrev_b16_e32 v122, 7, v122
	v_and_b32_e32 v122, 0x3f80, v122
	v_add_u16_e32 v122, 0x2000, v122
	v_cmp_ne_u16_e32 vcc, s0, v134
	s_nop 1
	v_cndmask_b32_e32 v122, v81, v122, vcc
	v_cmp_ne_u16_e32 vcc, 0, v134
	s_nop 1
	v_cndmask_b32_e32 v122, 0, v122, vcc
	v_cmp_ne_u16_e32 vcc, 1, v134
	s_nop 1
	v_cndmask_b32_e32 v122, v80, v122, vcc
	v_cmp_ne_u16_e32 vcc, 2, v134
	s_nop 1
	v_cndmask_b32_e32 v122, v79, v122, vcc
	v_cmp_ne_u16_e32 vcc, 3, v134
	s_nop 1
	v_cndmask_b32_e32 v122, v78, v122, vcc
	v_cmp_ne_u16_e32 vcc, 4, v134
	s_nop 1
	v_cndmask_b32_e32 v122, v74, v122, vcc
	v_cmp_ne_u16_e32 vcc, 5, v134
	s_nop 1
	v_cndmask_b32_e32 v122, v75, v122, vcc
	v_cmp_ne_u16_e32 vcc, 6, v134
	s_nop 1
	v_cndmask_b32_e32 v122, v76, v122, vcc
	v_cmp_ne_u16_e32 vcc, 7, v134
	v_and_b32_e32 v134, 0xffff8000, v138
	v_lshlrev_b16_sdwa v138, v83, v120 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v122, v77, v122, vcc
	v_or_b32_e32 v122, v122, v134
	v_and_b32_sdwa v134, v120, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v134
	v_and_b32_e32 v138, 0xffff8000, v138
	s_nop 0
	v_cndmask_b32_e32 v139, v81, v139, vcc
	v_cmp_ne_u16_e32 vcc, 0, v134
	s_nop 1
	v_cndmask_b32_e32 v139, 0, v139, vcc
	v_cmp_ne_u16_e32 vcc, 1, v134
	s_nop 1
	v_cndmask_b32_e32 v139, v80, v139, vcc
	v_cmp_ne_u16_e32 vcc, 2, v134
	s_nop 1
	v_cndmask_b32_e32 v139, v79, v139, vcc
	v_cmp_ne_u16_e32 vcc, 3, v134
	s_nop 1
	v_cndmask_b32_e32 v139, v78, v139, vcc
	v_cmp_ne_u16_e32 vcc, 4, v134
	s_nop 1
	v_cndmask_b32_e32 v139, v74, v139, vcc
	v_cmp_ne_u16_e32 vcc, 5, v134
	s_nop 1
	v_cndmask_b32_e32 v139, v75, v139, vcc
	v_cmp_ne_u16_e32 vcc, 6, v134
	s_nop 1
	v_cndmask_b32_e32 v139, v76, v139, vcc
	v_cmp_ne_u16_e32 vcc, 7, v134
	s_nop 1
	v_cndmask_b32_e32 v134, v77, v139, vcc
	v_or_b32_e32 v134, v134, v138
	v_and_b32_sdwa v138, v120, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v138
	v_lshlrev_b16_sdwa v139, v83, v120 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v139, 0xffff8000, v139
	v_cndmask_b32_e32 v142, v81, v142, vcc
	v_cmp_ne_u16_e32 vcc, 0, v138
	s_nop 1
	v_cndmask_b32_e32 v142, 0, v142, vcc
	v_cmp_ne_u16_e32 vcc, 1, v138
	s_nop 1
	v_cndmask_b32_e32 v142, v80, v142, vcc
	v_cmp_ne_u16_e32 vcc, 2, v138
	s_nop 1
	v_cndmask_b32_e32 v142, v79, v142, vcc
	v_cmp_ne_u16_e32 vcc, 3, v138
	s_nop 1
	v_cndmask_b32_e32 v142, v78, v142, vcc
	v_cmp_ne_u16_e32 vcc, 4, v138
	s_nop 1
	v_cndmask_b32_e32 v142, v74, v142, vcc
	v_cmp_ne_u16_e32 vcc, 5, v138
	s_nop 1
	v_cndmask_b32_e32 v142, v75, v142, vcc
	v_cmp_ne_u16_e32 vcc, 6, v138
	s_nop 1
	v_cndmask_b32_e32 v142, v76, v142, vcc
	v_cmp_ne_u16_e32 vcc, 7, v138
	s_nop 1
	v_cndmask_b32_e32 v138, v77, v142, vcc
	v_or_b32_e32 v139, v138, v139
	v_and_b32_e32 v138, 0x7f, v91
	v_lshlrev_b16_e32 v142, 8, v91
	v_lshlrev_b16_e32 v91, 7, v91
	v_and_b32_e32 v91, 0x3f80, v91
	v_add_u16_e32 v91, 0x2000, v91
	v_cmp_ne_u16_e32 vcc, s0, v138
	s_nop 1
	v_cndmask_b32_e32 v91, v81, v91, vcc
	v_cmp_ne_u16_e32 vcc, 0, v138
	s_nop 1
	v_cndmask_b32_e32 v91, 0, v91, vcc
	v_cmp_ne_u16_e32 vcc, 1, v138
	s_nop 1
	v_cndmask_b32_e32 v91, v80, v91, vcc
	v_cmp_ne_u16_e32 vcc, 2, v138
	s_nop 1
	v_cndmask_b32_e32 v91, v79, v91, vcc
	v_cmp_ne_u16_e32 vcc, 3, v138
	s_nop 1
	v_cndmask_b32_e32 v91, v78, v91, vcc
	v_cmp_ne_u16_e32 vcc, 4, v138
	s_nop 1
	v_cndmask_b32_e32 v91, v74, v91, vcc
	v_cmp_ne_u16_e32 vcc, 5, v138
	s_nop 1
	v_cndmask_b32_e32 v91, v75, v91, vcc
	v_cmp_ne_u16_e32 vcc, 6, v138
	s_nop 1
	v_cndmask_b32_e32 v91, v76, v91, vcc
	v_cmp_ne_u16_e32 vcc, 7, v138
	v_and_b32_e32 v138, 0xffff8000, v142
	v_lshlrev_b16_e32 v142, 8, v120
	v_cndmask_b32_e32 v91, v77, v91, vcc
	v_or_b32_e32 v91, v91, v138
	v_and_b32_e32 v138, 0x7f, v120
	v_lshlrev_b16_e32 v120, 7, v120
	v_and_b32_e32 v120, 0x3f80, v120
	v_add_u16_e32 v120, 0x2000, v120
	v_cmp_ne_u16_e32 vcc, s0, v138
	s_nop 1
	v_cndmask_b32_e32 v120, v81, v120, vcc
	v_cmp_ne_u16_e32 vcc, 0, v138
	s_nop 1
	v_cndmask_b32_e32 v120, 0, v120, vcc
	v_cmp_ne_u16_e32 vcc, 1, v138
	s_nop 1
	v_cndmask_b32_e32 v120, v80, v120, vcc
	v_cmp_ne_u16_e32 vcc, 2, v138
	s_nop 1
	v_cndmask_b32_e32 v120, v79, v120, vcc
	v_cmp_ne_u16_e32 vcc, 3, v138
	s_nop 1
	v_cndmask_b32_e32 v120, v78, v120, vcc
	v_cmp_ne_u16_e32 vcc, 4, v138
	s_nop 1
	v_cndmask_b32_e32 v120, v74, v120, vcc
	v_cmp_ne_u16_e32 vcc, 5, v138
	s_nop 1
	v_cndmask_b32_e32 v120, v75, v120, vcc
	v_cmp_ne_u16_e32 vcc, 6, v138
	s_nop 1
	v_cndmask_b32_e32 v120, v76, v120, vcc
	v_cmp_ne_u16_e32 vcc, 7, v138
	v_and_b32_e32 v138, 0xffff8000, v142
	v_lshlrev_b16_sdwa v142, v83, v118 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v120, v77, v120, vcc
	v_or_b32_e32 v120, v120, v138
	v_and_b32_sdwa v138, v118, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v138
	v_and_b32_e32 v142, 0xffff8000, v142
	s_nop 0
	v_cndmask_b32_e32 v143, v81, v143, vcc
	v_cmp_ne_u16_e32 vcc, 0, v138
	s_nop 1
	v_cndmask_b32_e32 v143, 0, v143, vcc
	v_cmp_ne_u16_e32 vcc, 1, v138
	s_nop 1
	v_cndmask_b32_e32 v143, v80, v143, vcc
	v_cmp_ne_u16_e32 vcc, 2, v138
	s_nop 1
	v_cndmask_b32_e32 v143, v79, v143, vcc
	v_cmp_ne_u16_e32 vcc, 3, v138
	s_nop 1
	v_cndmask_b32_e32 v143, v78, v143, vcc
	v_cmp_ne_u16_e32 vcc, 4, v138
	s_nop 1
	v_cndmask_b32_e32 v143, v74, v143, vcc
	v_cmp_ne_u16_e32 vcc, 5, v138
	s_nop 1
	v_cndmask_b32_e32 v143, v75, v143, vcc
	v_cmp_ne_u16_e32 vcc, 6, v138
	s_nop 1
	v_cndmask_b32_e32 v143, v76, v143, vcc
	v_cmp_ne_u16_e32 vcc, 7, v138
	s_nop 1
	v_cndmask_b32_e32 v138, v77, v143, vcc
	v_or_b32_e32 v138, v138, v142
	v_and_b32_sdwa v142, v118, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v142
	v_lshlrev_b16_sdwa v143, v83, v118 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v143, 0xffff8000, v143
	v_cndmask_b32_e32 v146, v81, v146, vcc
	v_cmp_ne_u16_e32 vcc, 0, v142
	s_nop 1
	v_cndmask_b32_e32 v146, 0, v146, vcc
	v_cmp_ne_u16_e32 vcc, 1, v142
	s_nop 1
	v_cndmask_b32_e32 v146, v80, v146, vcc
	v_cmp_ne_u16_e32 vcc, 2, v142
	s_nop 1
	v_cndmask_b32_e32 v146, v79, v146, vcc
	v_cmp_ne_u16_e32 vcc, 3, v142
	s_nop 1
	v_cndmask_b32_e32 v146, v78, v146, vcc
	v_cmp_ne_u16_e32 vcc, 4, v142
	s_nop 1
	v_cndmask_b32_e32 v146, v74, v146, vcc
	v_cmp_ne_u16_e32 vcc, 5, v142
	s_nop 1
	v_cndmask_b32_e32 v146, v75, v146, vcc
	v_cmp_ne_u16_e32 vcc, 6, v142
	s_nop 1
	v_cndmask_b32_e32 v146, v76, v146, vcc
	v_cmp_ne_u16_e32 vcc, 7, v142
	s_nop 1
	v_cndmask_b32_e32 v142, v77, v146, vcc
	v_or_b32_e32 v143, v142, v143
	v_and_b32_e32 v142, 0x7f, v90
	v_lshlrev_b16_e32 v146, 8, v90
	v_lshlrev_b16_e32 v90, 7, v90
	v_and_b32_e32 v90, 0x3f80, v90
	v_add_u16_e32 v90, 0x2000, v90
	v_cmp_ne_u16_e32 vcc, s0, v142
	s_nop 1
	v_cndmask_b32_e32 v90, v81, v90, vcc
	v_cmp_ne_u16_e32 vcc, 0, v142
	s_nop 1
	v_cndmask_b32_e32 v90, 0, v90, vcc
	v_cmp_ne_u16_e32 vcc, 1, v142
	s_nop 1
	v_cndmask_b32_e32 v90, v80, v90, vcc
	v_cmp_ne_u16_e32 vcc, 2, v142
	s_nop 1
	v_cndmask_b32_e32 v90, v79, v90, vcc
	v_cmp_ne_u16_e32 vcc, 3, v142
	s_nop 1
	v_cndmask_b32_e32 v90, v78, v90, vcc
	v_cmp_ne_u16_e32 vcc, 4, v142
	s_nop 1
	v_cndmask_b32_e32 v90, v74, v90, vcc
	v_cmp_ne_u16_e32 vcc, 5, v142
	s_nop 1
	v_cndmask_b32_e32 v90, v75, v90, vcc
	v_cmp_ne_u16_e32 vcc, 6, v142
	s_nop 1
	v_cndmask_b32_e32 v90, v76, v90, vcc
	v_cmp_ne_u16_e32 vcc, 7, v142
	v_and_b32_e32 v142, 0xffff8000, v146
	v_lshlrev_b16_e32 v146, 8, v118
	v_cndmask_b32_e32 v90, v77, v90, vcc
	v_or_b32_e32 v90, v90, v142
	v_and_b32_e32 v142, 0x7f, v118
	v_lshlrev_b16_e32 v118, 7, v118
	v_and_b32_e32 v118, 0x3f80, v118
	v_add_u16_e32 v118, 0x2000, v118
	v_cmp_ne_u16_e32 vcc, s0, v142
	s_nop 1
	v_cndmask_b32_e32 v118, v81, v118, vcc
	v_cmp_ne_u16_e32 vcc, 0, v142
	s_nop 1
	v_cndmask_b32_e32 v118, 0, v118, vcc
	v_cmp_ne_u16_e32 vcc, 1, v142
	s_nop 1
	v_cndmask_b32_e32 v118, v80, v118, vcc
	v_cmp_ne_u16_e32 vcc, 2, v142
	s_nop 1
	v_cndmask_b32_e32 v118, v79, v118, vcc
	v_cmp_ne_u16_e32 vcc, 3, v142
	s_nop 1
	v_cndmask_b32_e32 v118, v78, v118, vcc
	v_cmp_ne_u16_e32 vcc, 4, v142
	s_nop 1
	v_cndmask_b32_e32 v118, v74, v118, vcc
	v_cmp_ne_u16_e32 vcc, 5, v142
	s_nop 1
	v_cndmask_b32_e32 v118, v75, v118, vcc
	v_cmp_ne_u16_e32 vcc, 6, v142
	s_nop 1
	v_cndmask_b32_e32 v118, v76, v118, vcc
	v_cmp_ne_u16_e32 vcc, 7, v142
	v_and_b32_e32 v142, 0xffff8000, v146
	v_lshlrev_b16_sdwa v146, v83, v116 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v118, v77, v118, vcc
	v_or_b32_e32 v118, v118, v142
	v_and_b32_sdwa v142, v116, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v142
	v_and_b32_e32 v146, 0xffff8000, v146
	s_nop 0
	v_cndmask_b32_e32 v147, v81, v147, vcc
	v_cmp_ne_u16_e32 vcc, 0, v142
	s_nop 1
	v_cndmask_b32_e32 v147, 0, v147, vcc
	v_cmp_ne_u16_e32 vcc, 1, v142
	s_nop 1
	v_cndmask_b32_e32 v147, v80, v147, vcc
	v_cmp_ne_u16_e32 vcc, 2, v142
	s_nop 1
	v_cndmask_b32_e32 v147, v79, v147, vcc
	v_cmp_ne_u16_e32 vcc, 3, v142
	s_nop 1
	v_cndmask_b32_e32 v147, v78, v147, vcc
	v_cmp_ne_u16_e32 vcc, 4, v142
	s_nop 1
	v_cndmask_b32_e32 v147, v74, v147, vcc
	v_cmp_ne_u16_e32 vcc, 5, v142
	s_nop 1
	v_cndmask_b32_e32 v147, v75, v147, vcc
	v_cmp_ne_u16_e32 vcc, 6, v142
	s_nop 1
	v_cndmask_b32_e32 v147, v76, v147, vcc
	v_cmp_ne_u16_e32 vcc, 7, v142
	s_nop 1
	v_cndmask_b32_e32 v142, v77, v147, vcc
	v_or_b32_e32 v142, v142, v146
	v_and_b32_sdwa v146, v116, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v146
	v_lshlrev_b16_sdwa v147, v83, v116 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v147, 0xffff8000, v147
	v_cndmask_b32_e32 v150, v81, v150, vcc
	v_cmp_ne_u16_e32 vcc, 0, v146
	s_nop 1
	v_cndmask_b32_e32 v150, 0, v150, vcc
	v_cmp_ne_u16_e32 vcc, 1, v146
	s_nop 1
	v_cndmask_b32_e32 v150, v80, v150, vcc
	v_cmp_ne_u16_e32 vcc, 2, v146
	s_nop 1
	v_cndmask_b32_e32 v150, v79, v150, vcc
	v_cmp_ne_u16_e32 vcc, 3, v146
	s_nop 1
	v_cndmask_b32_e32 v150, v78, v150, vcc
	v_cmp_ne_u16_e32 vcc, 4, v146
	s_nop 1
	v_cndmask_b32_e32 v150, v74, v150, vcc
	v_cmp_ne_u16_e32 vcc, 5, v146
	s_nop 1
	v_cndmask_b32_e32 v150, v75, v150, vcc
	v_cmp_ne_u16_e32 vcc, 6, v146
	s_nop 1
	v_cndmask_b32_e32 v150, v76, v150, vcc
	v_cmp_ne_u16_e32 vcc, 7, v146
	s_nop 1
	v_cndmask_b32_e32 v146, v77, v150, vcc
	v_or_b32_e32 v147, v146, v147
	v_and_b32_e32 v146, 0x7f, v89
	v_lshlrev_b16_e32 v150, 8, v89
	v_lshlrev_b16_e32 v89, 7, v89
	v_and_b32_e32 v89, 0x3f80, v89
	v_add_u16_e32 v89, 0x2000, v89
	v_cmp_ne_u16_e32 vcc, s0, v146
	s_nop 1
	v_cndmask_b32_e32 v89, v81, v89, vcc
	v_cmp_ne_u16_e32 vcc, 0, v146
	s_nop 1
	v_cndmask_b32_e32 v89, 0, v89, vcc
	v_cmp_ne_u16_e32 vcc, 1, v146
	s_nop 1
	v_cndmask_b32_e32 v89, v80, v89, vcc
	v_cmp_ne_u16_e32 vcc, 2, v146
	s_nop 1
	v_cndmask_b32_e32 v89, v79, v89, vcc
	v_cmp_ne_u16_e32 vcc, 3, v146
	s_nop 1
	v_cndmask_b32_e32 v89, v78, v89, vcc
	v_cmp_ne_u16_e32 vcc, 4, v146
	s_nop 1
	v_cndmask_b32_e32 v89, v74, v89, vcc
	v_cmp_ne_u16_e32 vcc, 5, v146
	s_nop 1
	v_cndmask_b32_e32 v89, v75, v89, vcc
	v_cmp_ne_u16_e32 vcc, 6, v146
	s_nop 1
	v_cndmask_b32_e32 v89, v76, v89, vcc
	v_cmp_ne_u16_e32 vcc, 7, v146
	v_and_b32_e32 v146, 0xffff8000, v150
	v_lshlrev_b16_e32 v150, 8, v116
	v_cndmask_b32_e32 v89, v77, v89, vcc
	v_or_b32_e32 v89, v89, v146
	v_and_b32_e32 v146, 0x7f, v116
	v_lshlrev_b16_e32 v116, 7, v116
	v_and_b32_e32 v116, 0x3f80, v116
	v_add_u16_e32 v116, 0x2000, v116
	v_cmp_ne_u16_e32 vcc, s0, v146
	s_nop 1
	v_cndmask_b32_e32 v116, v81, v116, vcc
	v_cmp_ne_u16_e32 vcc, 0, v146
	s_nop 1
	v_cndmask_b32_e32 v116, 0, v116, vcc
	v_cmp_ne_u16_e32 vcc, 1, v146
	s_nop 1
	v_cndmask_b32_e32 v116, v80, v116, vcc
	v_cmp_ne_u16_e32 vcc, 2, v146
	s_nop 1
	v_cndmask_b32_e32 v116, v79, v116, vcc
	v_cmp_ne_u16_e32 vcc, 3, v146
	s_nop 1
	v_cndmask_b32_e32 v116, v78, v116, vcc
	v_cmp_ne_u16_e32 vcc, 4, v146
	s_nop 1
	v_cndmask_b32_e32 v116, v74, v116, vcc
	v_cmp_ne_u16_e32 vcc, 5, v146
	s_nop 1
	v_cndmask_b32_e32 v116, v75, v116, vcc
	v_cmp_ne_u16_e32 vcc, 6, v146
	s_nop 1
	v_cndmask_b32_e32 v116, v76, v116, vcc
	v_cmp_ne_u16_e32 vcc, 7, v146
	v_and_b32_e32 v146, 0xffff8000, v150
	v_lshlrev_b16_sdwa v150, v83, v114 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v116, v77, v116, vcc
	v_or_b32_e32 v116, v116, v146
	v_and_b32_sdwa v146, v114, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v146
	v_and_b32_e32 v150, 0xffff8000, v150
	s_nop 0
	v_cndmask_b32_e32 v151, v81, v151, vcc
	v_cmp_ne_u16_e32 vcc, 0, v146
	s_nop 1
	v_cndmask_b32_e32 v151, 0, v151, vcc
	v_cmp_ne_u16_e32 vcc, 1, v146
	s_nop 1
	v_cndmask_b32_e32 v151, v80, v151, vcc
	v_cmp_ne_u16_e32 vcc, 2, v146
	s_nop 1
	v_cndmask_b32_e32 v151, v79, v151, vcc
	v_cmp_ne_u16_e32 vcc, 3, v146
	s_nop 1
	v_cndmask_b32_e32 v151, v78, v151, vcc
	v_cmp_ne_u16_e32 vcc, 4, v146
	s_nop 1
	v_cndmask_b32_e32 v151, v74, v151, vcc
	v_cmp_ne_u16_e32 vcc, 5, v146
	s_nop 1
	v_cndmask_b32_e32 v151, v75, v151, vcc
	v_cmp_ne_u16_e32 vcc, 6, v146
	s_nop 1
	v_cndmask_b32_e32 v151, v76, v151, vcc
	v_cmp_ne_u16_e32 vcc, 7, v146
	s_nop 1
	v_cndmask_b32_e32 v146, v77, v151, vcc
	v_or_b32_e32 v146, v146, v150
	v_and_b32_sdwa v150, v114, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v150
	v_lshlrev_b16_sdwa v151, v83, v114 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v151, 0xffff8000, v151
	v_cndmask_b32_e32 v154, v81, v154, vcc
	v_cmp_ne_u16_e32 vcc, 0, v150
	s_nop 1
	v_cndmask_b32_e32 v154, 0, v154, vcc
	v_cmp_ne_u16_e32 vcc, 1, v150
	s_nop 1
	v_cndmask_b32_e32 v154, v80, v154, vcc
	v_cmp_ne_u16_e32 vcc, 2, v150
	s_nop 1
	v_cndmask_b32_e32 v154, v79, v154, vcc
	v_cmp_ne_u16_e32 vcc, 3, v150
	s_nop 1
	v_cndmask_b32_e32 v154, v78, v154, vcc
	v_cmp_ne_u16_e32 vcc, 4, v150
	s_nop 1
	v_cndmask_b32_e32 v154, v74, v154, vcc
	v_cmp_ne_u16_e32 vcc, 5, v150
	s_nop 1
	v_cndmask_b32_e32 v154, v75, v154, vcc
	v_cmp_ne_u16_e32 vcc, 6, v150
	s_nop 1
	v_cndmask_b32_e32 v154, v76, v154, vcc
	v_cmp_ne_u16_e32 vcc, 7, v150
	s_nop 1
	v_cndmask_b32_e32 v150, v77, v154, vcc
	v_or_b32_e32 v151, v150, v151
	v_and_b32_e32 v150, 0x7f, v88
	v_lshlrev_b16_e32 v154, 8, v88
	v_lshlrev_b16_e32 v88, 7, v88
	v_and_b32_e32 v88, 0x3f80, v88
	v_add_u16_e32 v88, 0x2000, v88
	v_cmp_ne_u16_e32 vcc, s0, v150
	s_nop 1
	v_cndmask_b32_e32 v88, v81, v88, vcc
	v_cmp_ne_u16_e32 vcc, 0, v150
	s_nop 1
	v_cndmask_b32_e32 v88, 0, v88, vcc
	v_cmp_ne_u16_e32 vcc, 1, v150
	s_nop 1
	v_cndmask_b32_e32 v88, v80, v88, vcc
	v_cmp_ne_u16_e32 vcc, 2, v150
	s_nop 1
	v_cndmask_b32_e32 v88, v79, v88, vcc
	v_cmp_ne_u16_e32 vcc, 3, v150
	s_nop 1
	v_cndmask_b32_e32 v88, v78, v88, vcc
	v_cmp_ne_u16_e32 vcc, 4, v150
	s_nop 1
	v_cndmask_b32_e32 v88, v74, v88, vcc
	v_cmp_ne_u16_e32 vcc, 5, v150
	s_nop 1
	v_cndmask_b32_e32 v88, v75, v88, vcc
	v_cmp_ne_u16_e32 vcc, 6, v150
	s_nop 1
	v_cndmask_b32_e32 v88, v76, v88, vcc
	v_cmp_ne_u16_e32 vcc, 7, v150
	v_and_b32_e32 v150, 0xffff8000, v154
	v_lshlrev_b16_e32 v154, 8, v114
	v_cndmask_b32_e32 v88, v77, v88, vcc
	v_or_b32_e32 v88, v88, v150
	v_and_b32_e32 v150, 0x7f, v114
	v_lshlrev_b16_e32 v114, 7, v114
	v_and_b32_e32 v114, 0x3f80, v114
	v_add_u16_e32 v114, 0x2000, v114
	v_cmp_ne_u16_e32 vcc, s0, v150
	s_nop 1
	v_cndmask_b32_e32 v114, v81, v114, vcc
	v_cmp_ne_u16_e32 vcc, 0, v150
	s_nop 1
	v_cndmask_b32_e32 v114, 0, v114, vcc
	v_cmp_ne_u16_e32 vcc, 1, v150
	s_nop 1
	v_cndmask_b32_e32 v114, v80, v114, vcc
	v_cmp_ne_u16_e32 vcc, 2, v150
	s_nop 1
	v_cndmask_b32_e32 v114, v79, v114, vcc
	v_cmp_ne_u16_e32 vcc, 3, v150
	s_nop 1
	v_cndmask_b32_e32 v114, v78, v114, vcc
	v_cmp_ne_u16_e32 vcc, 4, v150
	s_nop 1
	v_cndmask_b32_e32 v114, v74, v114, vcc
	v_cmp_ne_u16_e32 vcc, 5, v150
	s_nop 1
	v_cndmask_b32_e32 v114, v75, v114, vcc
	v_cmp_ne_u16_e32 vcc, 6, v150
	s_nop 1
	v_cndmask_b32_e32 v114, v76, v114, vcc
	v_cmp_ne_u16_e32 vcc, 7, v150
	v_and_b32_e32 v150, 0xffff8000, v154
	v_lshlrev_b16_sdwa v154, v83, v112 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v114, v77, v114, vcc
	v_or_b32_e32 v114, v114, v150
	v_and_b32_sdwa v150, v112, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v150
	v_and_b32_e32 v154, 0xffff8000, v154
	s_nop 0
	v_cndmask_b32_e32 v155, v81, v155, vcc
	v_cmp_ne_u16_e32 vcc, 0, v150
	s_nop 1
	v_cndmask_b32_e32 v155, 0, v155, vcc
	v_cmp_ne_u16_e32 vcc, 1, v150
	s_nop 1
	v_cndmask_b32_e32 v155, v80, v155, vcc
	v_cmp_ne_u16_e32 vcc, 2, v150
	s_nop 1
	v_cndmask_b32_e32 v155, v79, v155, vcc
	v_cmp_ne_u16_e32 vcc, 3, v150
	s_nop 1
	v_cndmask_b32_e32 v155, v78, v155, vcc
	v_cmp_ne_u16_e32 vcc, 4, v150
	s_nop 1
	v_cndmask_b32_e32 v155, v74, v155, vcc
	v_cmp_ne_u16_e32 vcc, 5, v150
	s_nop 1
	v_cndmask_b32_e32 v155, v75, v155, vcc
	v_cmp_ne_u16_e32 vcc, 6, v150
	s_nop 1
	v_cndmask_b32_e32 v155, v76, v155, vcc
	v_cmp_ne_u16_e32 vcc, 7, v150
	s_nop 1
	v_cndmask_b32_e32 v150, v77, v155, vcc
	v_or_b32_e32 v150, v150, v154
	v_and_b32_sdwa v154, v112, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v154
	v_lshlrev_b16_sdwa v155, v83, v112 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v155, 0xffff8000, v155
	v_cndmask_b32_e32 v158, v81, v158, vcc
	v_cmp_ne_u16_e32 vcc, 0, v154
	s_nop 1
	v_cndmask_b32_e32 v158, 0, v158, vcc
	v_cmp_ne_u16_e32 vcc, 1, v154
	s_nop 1
	v_cndmask_b32_e32 v158, v80, v158, vcc
	v_cmp_ne_u16_e32 vcc, 2, v154
	s_nop 1
	v_cndmask_b32_e32 v158, v79, v158, vcc
	v_cmp_ne_u16_e32 vcc, 3, v154
	s_nop 1
	v_cndmask_b32_e32 v158, v78, v158, vcc
	v_cmp_ne_u16_e32 vcc, 4, v154
	s_nop 1
	v_cndmask_b32_e32 v158, v74, v158, vcc
	v_cmp_ne_u16_e32 vcc, 5, v154
	s_nop 1
	v_cndmask_b32_e32 v158, v75, v158, vcc
	v_cmp_ne_u16_e32 vcc, 6, v154
	s_nop 1
	v_cndmask_b32_e32 v158, v76, v158, vcc
	v_cmp_ne_u16_e32 vcc, 7, v154
	s_nop 1
	v_cndmask_b32_e32 v154, v77, v158, vcc
	v_or_b32_e32 v155, v154, v155
	v_and_b32_e32 v154, 0x7f, v87
	v_lshlrev_b16_e32 v158, 8, v87
	v_lshlrev_b16_e32 v87, 7, v87
	v_and_b32_e32 v87, 0x3f80, v87
	v_add_u16_e32 v87, 0x2000, v87
	v_cmp_ne_u16_e32 vcc, s0, v154
	s_nop 1
	v_cndmask_b32_e32 v87, v81, v87, vcc
	v_cmp_ne_u16_e32 vcc, 0, v154
	s_nop 1
	v_cndmask_b32_e32 v87, 0, v87, vcc
	v_cmp_ne_u16_e32 vcc, 1, v154
	s_nop 1
	v_cndmask_b32_e32 v87, v80, v87, vcc
	v_cmp_ne_u16_e32 vcc, 2, v154
	s_nop 1
	v_cndmask_b32_e32 v87, v79, v87, vcc
	v_cmp_ne_u16_e32 vcc, 3, v154
	s_nop 1
	v_cndmask_b32_e32 v87, v78, v87, vcc
	v_cmp_ne_u16_e32 vcc, 4, v154
	s_nop 1
	v_cndmask_b32_e32 v87, v74, v87, vcc
	v_cmp_ne_u16_e32 vcc, 5, v154
	s_nop 1
	v_cndmask_b32_e32 v87, v75, v87, vcc
	v_cmp_ne_u16_e32 vcc, 6, v154
	s_nop 1
	v_cndmask_b32_e32 v87, v76, v87, vcc
	v_cmp_ne_u16_e32 vcc, 7, v154
	v_and_b32_e32 v154, 0xffff8000, v158
	v_lshlrev_b16_e32 v158, 8, v112
	v_cndmask_b32_e32 v87, v77, v87, vcc
	v_or_b32_e32 v87, v87, v154
	v_and_b32_e32 v154, 0x7f, v112
	v_lshlrev_b16_e32 v112, 7, v112
	v_and_b32_e32 v112, 0x3f80, v112
	v_add_u16_e32 v112, 0x2000, v112
	v_cmp_ne_u16_e32 vcc, s0, v154
	s_nop 1
	v_cndmask_b32_e32 v112, v81, v112, vcc
	v_cmp_ne_u16_e32 vcc, 0, v154
	s_nop 1
	v_cndmask_b32_e32 v112, 0, v112, vcc
	v_cmp_ne_u16_e32 vcc, 1, v154
	s_nop 1
	v_cndmask_b32_e32 v112, v80, v112, vcc
	v_cmp_ne_u16_e32 vcc, 2, v154
	s_nop 1
	v_cndmask_b32_e32 v112, v79, v112, vcc
	v_cmp_ne_u16_e32 vcc, 3, v154
	s_nop 1
	v_cndmask_b32_e32 v112, v78, v112, vcc
	v_cmp_ne_u16_e32 vcc, 4, v154
	s_nop 1
	v_cndmask_b32_e32 v112, v74, v112, vcc
	v_cmp_ne_u16_e32 vcc, 5, v154
	s_nop 1
	v_cndmask_b32_e32 v112, v75, v112, vcc
	v_cmp_ne_u16_e32 vcc, 6, v154
	s_nop 1
	v_cndmask_b32_e32 v112, v76, v112, vcc
	v_cmp_ne_u16_e32 vcc, 7, v154
	v_and_b32_e32 v154, 0xffff8000, v158
	v_lshlrev_b16_sdwa v158, v83, v110 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v112, v77, v112, vcc
	v_or_b32_e32 v112, v112, v154
	v_and_b32_sdwa v154, v110, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v154
	v_and_b32_e32 v158, 0xffff8000, v158
	s_nop 0
	v_cndmask_b32_e32 v159, v81, v159, vcc
	v_cmp_ne_u16_e32 vcc, 0, v154
	s_nop 1
	v_cndmask_b32_e32 v159, 0, v159, vcc
	v_cmp_ne_u16_e32 vcc, 1, v154
	s_nop 1
	v_cndmask_b32_e32 v159, v80, v159, vcc
	v_cmp_ne_u16_e32 vcc, 2, v154
	s_nop 1
	v_cndmask_b32_e32 v159, v79, v159, vcc
	v_cmp_ne_u16_e32 vcc, 3, v154
	s_nop 1
	v_cndmask_b32_e32 v159, v78, v159, vcc
	v_cmp_ne_u16_e32 vcc, 4, v154
	s_nop 1
	v_cndmask_b32_e32 v159, v74, v159, vcc
	v_cmp_ne_u16_e32 vcc, 5, v154
	s_nop 1
	v_cndmask_b32_e32 v159, v75, v159, vcc
	v_cmp_ne_u16_e32 vcc, 6, v154
	s_nop 1
	v_cndmask_b32_e32 v159, v76, v159, vcc
	v_cmp_ne_u16_e32 vcc, 7, v154
	s_nop 1
	v_cndmask_b32_e32 v154, v77, v159, vcc
	v_or_b32_e32 v154, v154, v158
	v_and_b32_sdwa v158, v110, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v158
	v_lshlrev_b16_sdwa v159, v83, v110 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v159, 0xffff8000, v159
	v_cndmask_b32_e32 v162, v81, v162, vcc
	v_cmp_ne_u16_e32 vcc, 0, v158
	s_nop 1
	v_cndmask_b32_e32 v162, 0, v162, vcc
	v_cmp_ne_u16_e32 vcc, 1, v158
	s_nop 1
	v_cndmask_b32_e32 v162, v80, v162, vcc
	v_cmp_ne_u16_e32 vcc, 2, v158
	s_nop 1
	v_cndmask_b32_e32 v162, v79, v162, vcc
	v_cmp_ne_u16_e32 vcc, 3, v158
	s_nop 1
	v_cndmask_b32_e32 v162, v78, v162, vcc
	v_cmp_ne_u16_e32 vcc, 4, v158
	s_nop 1
	v_cndmask_b32_e32 v162, v74, v162, vcc
	v_cmp_ne_u16_e32 vcc, 5, v158
	s_nop 1
	v_cndmask_b32_e32 v162, v75, v162, vcc
	v_cmp_ne_u16_e32 vcc, 6, v158
	s_nop 1
	v_cndmask_b32_e32 v162, v76, v162, vcc
	v_cmp_ne_u16_e32 vcc, 7, v158
	s_nop 1
	v_cndmask_b32_e32 v158, v77, v162, vcc
	v_or_b32_e32 v159, v158, v159
	v_and_b32_e32 v158, 0x7f, v86
	v_lshlrev_b16_e32 v162, 8, v86
	v_lshlrev_b16_e32 v86, 7, v86
	v_and_b32_e32 v86, 0x3f80, v86
	v_add_u16_e32 v86, 0x2000, v86
	v_cmp_ne_u16_e32 vcc, s0, v158
	s_nop 1
	v_cndmask_b32_e32 v86, v81, v86, vcc
	v_cmp_ne_u16_e32 vcc, 0, v158
	s_nop 1
	v_cndmask_b32_e32 v86, 0, v86, vcc
	v_cmp_ne_u16_e32 vcc, 1, v158
	s_nop 1
	v_cndmask_b32_e32 v86, v80, v86, vcc
	v_cmp_ne_u16_e32 vcc, 2, v158
	s_nop 1
	v_cndmask_b32_e32 v86, v79, v86, vcc
	v_cmp_ne_u16_e32 vcc, 3, v158
	s_nop 1
	v_cndmask_b32_e32 v86, v78, v86, vcc
	v_cmp_ne_u16_e32 vcc, 4, v158
	s_nop 1
	v_cndmask_b32_e32 v86, v74, v86, vcc
	v_cmp_ne_u16_e32 vcc, 5, v158
	s_nop 1
	v_cndmask_b32_e32 v86, v75, v86, vcc
	v_cmp_ne_u16_e32 vcc, 6, v158
	s_nop 1
	v_cndmask_b32_e32 v86, v76, v86, vcc
	v_cmp_ne_u16_e32 vcc, 7, v158
	v_and_b32_e32 v158, 0xffff8000, v162
	v_lshlrev_b16_e32 v162, 8, v110
	v_cndmask_b32_e32 v86, v77, v86, vcc
	v_or_b32_e32 v86, v86, v158
	v_and_b32_e32 v158, 0x7f, v110
	v_lshlrev_b16_e32 v110, 7, v110
	v_and_b32_e32 v110, 0x3f80, v110
	v_add_u16_e32 v110, 0x2000, v110
	v_cmp_ne_u16_e32 vcc, s0, v158
	s_nop 1
	v_cndmask_b32_e32 v110, v81, v110, vcc
	v_cmp_ne_u16_e32 vcc, 0, v158
	s_nop 1
	v_cndmask_b32_e32 v110, 0, v110, vcc
	v_cmp_ne_u16_e32 vcc, 1, v158
	s_nop 1
	v_cndmask_b32_e32 v110, v80, v110, vcc
	v_cmp_ne_u16_e32 vcc, 2, v158
	s_nop 1
	v_cndmask_b32_e32 v110, v79, v110, vcc
	v_cmp_ne_u16_e32 vcc, 3, v158
	s_nop 1
	v_cndmask_b32_e32 v110, v78, v110, vcc
	v_cmp_ne_u16_e32 vcc, 4, v158
	s_nop 1
	v_cndmask_b32_e32 v110, v74, v110, vcc
	v_cmp_ne_u16_e32 vcc, 5, v158
	s_nop 1
	v_cndmask_b32_e32 v110, v75, v110, vcc
	v_cmp_ne_u16_e32 vcc, 6, v158
	s_nop 1
	v_cndmask_b32_e32 v110, v76, v110, vcc
	v_cmp_ne_u16_e32 vcc, 7, v158
	v_and_b32_e32 v158, 0xffff8000, v162
	v_lshlrev_b16_sdwa v162, v83, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v110, v77, v110, vcc
	v_or_b32_e32 v110, v110, v158
	v_and_b32_sdwa v158, v72, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v158
	v_and_b32_e32 v162, 0xffff8000, v162
	s_nop 0
	v_cndmask_b32_e32 v163, v81, v163, vcc
	v_cmp_ne_u16_e32 vcc, 0, v158
	s_nop 1
	v_cndmask_b32_e32 v163, 0, v163, vcc
	v_cmp_ne_u16_e32 vcc, 1, v158
	s_nop 1
	v_cndmask_b32_e32 v163, v80, v163, vcc
	v_cmp_ne_u16_e32 vcc, 2, v158
	s_nop 1
	v_cndmask_b32_e32 v163, v79, v163, vcc
	v_cmp_ne_u16_e32 vcc, 3, v158
	s_nop 1
	v_cndmask_b32_e32 v163, v78, v163, vcc
	v_cmp_ne_u16_e32 vcc, 4, v158
	s_nop 1
	v_cndmask_b32_e32 v163, v74, v163, vcc
	v_cmp_ne_u16_e32 vcc, 5, v158
	s_nop 1
	v_cndmask_b32_e32 v163, v75, v163, vcc
	v_cmp_ne_u16_e32 vcc, 6, v158
	s_nop 1
	v_cndmask_b32_e32 v163, v76, v163, vcc
	v_cmp_ne_u16_e32 vcc, 7, v158
	s_nop 1
	v_cndmask_b32_e32 v158, v77, v163, vcc
	v_or_b32_e32 v158, v158, v162
	v_and_b32_sdwa v162, v72, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v162
	v_lshlrev_b16_sdwa v163, v83, v72 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v163, 0xffff8000, v163
	v_cndmask_b32_e32 v164, v81, v164, vcc
	v_cmp_ne_u16_e32 vcc, 0, v162
	s_nop 1
	v_cndmask_b32_e32 v164, 0, v164, vcc
	v_cmp_ne_u16_e32 vcc, 1, v162
	s_nop 1
	v_cndmask_b32_e32 v164, v80, v164, vcc
	v_cmp_ne_u16_e32 vcc, 2, v162
	s_nop 1
	v_cndmask_b32_e32 v164, v79, v164, vcc
	v_cmp_ne_u16_e32 vcc, 3, v162
	s_nop 1
	v_cndmask_b32_e32 v164, v78, v164, vcc
	v_cmp_ne_u16_e32 vcc, 4, v162
	s_nop 1
	v_cndmask_b32_e32 v164, v74, v164, vcc
	v_cmp_ne_u16_e32 vcc, 5, v162
	s_nop 1
	v_cndmask_b32_e32 v164, v75, v164, vcc
	v_cmp_ne_u16_e32 vcc, 6, v162
	s_nop 1
	v_cndmask_b32_e32 v164, v76, v164, vcc
	v_cmp_ne_u16_e32 vcc, 7, v162
	s_nop 1
	v_cndmask_b32_e32 v162, v77, v164, vcc
	v_or_b32_e32 v163, v162, v163
	v_and_b32_e32 v162, 0x7f, v85
	v_lshlrev_b16_e32 v164, 8, v85
	v_lshlrev_b16_e32 v85, 7, v85
	v_and_b32_e32 v85, 0x3f80, v85
	v_add_u16_e32 v85, 0x2000, v85
	v_cmp_ne_u16_e32 vcc, s0, v162
	s_nop 1
	v_cndmask_b32_e32 v85, v81, v85, vcc
	v_cmp_ne_u16_e32 vcc, 0, v162
	s_nop 1
	v_cndmask_b32_e32 v85, 0, v85, vcc
	v_cmp_ne_u16_e32 vcc, 1, v162
	s_nop 1
	v_cndmask_b32_e32 v85, v80, v85, vcc
	v_cmp_ne_u16_e32 vcc, 2, v162
	s_nop 1
	v_cndmask_b32_e32 v85, v79, v85, vcc
	v_cmp_ne_u16_e32 vcc, 3, v162
	s_nop 1
	v_cndmask_b32_e32 v85, v78, v85, vcc
	v_cmp_ne_u16_e32 vcc, 4, v162
	s_nop 1
	v_cndmask_b32_e32 v85, v74, v85, vcc
	v_cmp_ne_u16_e32 vcc, 5, v162
	s_nop 1
	v_cndmask_b32_e32 v85, v75, v85, vcc
	v_cmp_ne_u16_e32 vcc, 6, v162
	s_nop 1
	v_cndmask_b32_e32 v85, v76, v85, vcc
	v_cmp_ne_u16_e32 vcc, 7, v162
	v_and_b32_e32 v162, 0xffff8000, v164
	v_lshlrev_b16_e32 v164, 8, v72
	v_cndmask_b32_e32 v85, v77, v85, vcc
	v_or_b32_e32 v85, v85, v162
	v_and_b32_e32 v162, 0x7f, v72
	v_lshlrev_b16_e32 v72, 7, v72
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cmp_ne_u16_e32 vcc, s0, v162
	s_nop 1
	v_cndmask_b32_e32 v72, v81, v72, vcc
	v_cmp_ne_u16_e32 vcc, 0, v162
	s_nop 1
	v_cndmask_b32_e32 v72, 0, v72, vcc
	v_cmp_ne_u16_e32 vcc, 1, v162
	s_nop 1
	v_cndmask_b32_e32 v72, v80, v72, vcc
	v_cmp_ne_u16_e32 vcc, 2, v162
	s_nop 1
	v_cndmask_b32_e32 v72, v79, v72, vcc
	v_cmp_ne_u16_e32 vcc, 3, v162
	s_nop 1
	v_cndmask_b32_e32 v72, v78, v72, vcc
	v_cmp_ne_u16_e32 vcc, 4, v162
	s_nop 1
	v_cndmask_b32_e32 v72, v74, v72, vcc
	v_cmp_ne_u16_e32 vcc, 5, v162
	s_nop 1
	v_cndmask_b32_e32 v72, v75, v72, vcc
	v_cmp_ne_u16_e32 vcc, 6, v162
	s_nop 1
	v_cndmask_b32_e32 v72, v76, v72, vcc
	v_cmp_ne_u16_e32 vcc, 7, v162
	v_and_b32_e32 v162, 0xffff8000, v164
	v_lshlrev_b16_sdwa v164, v83, v24 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v72, v77, v72, vcc
	v_or_b32_e32 v72, v72, v162
	v_and_b32_sdwa v162, v24, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v162
	v_and_b32_e32 v164, 0xffff8000, v164
	v_lshlrev_b16_sdwa v83, v83, v24 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v165, v81, v165, vcc
	v_cmp_ne_u16_e32 vcc, 0, v162
	v_and_b32_e32 v83, 0xffff8000, v83
	s_nop 0
	v_cndmask_b32_e32 v165, 0, v165, vcc
	v_cmp_ne_u16_e32 vcc, 1, v162
	s_nop 1
	v_cndmask_b32_e32 v165, v80, v165, vcc
	v_cmp_ne_u16_e32 vcc, 2, v162
	s_nop 1
	v_cndmask_b32_e32 v165, v79, v165, vcc
	v_cmp_ne_u16_e32 vcc, 3, v162
	s_nop 1
	v_cndmask_b32_e32 v165, v78, v165, vcc
	v_cmp_ne_u16_e32 vcc, 4, v162
	s_nop 1
	v_cndmask_b32_e32 v165, v74, v165, vcc
	v_cmp_ne_u16_e32 vcc, 5, v162
	s_nop 1
	v_cndmask_b32_e32 v165, v75, v165, vcc
	v_cmp_ne_u16_e32 vcc, 6, v162
	s_nop 1
	v_cndmask_b32_e32 v165, v76, v165, vcc
	v_cmp_ne_u16_e32 vcc, 7, v162
	s_nop 1
	v_cndmask_b32_e32 v162, v77, v165, vcc
	v_or_b32_e32 v162, v162, v164
	v_and_b32_sdwa v164, v24, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v164
	s_nop 1
	v_cndmask_b32_e32 v84, v81, v84, vcc
	v_cmp_ne_u16_e32 vcc, 0, v164
	s_nop 1
	v_cndmask_b32_e32 v84, 0, v84, vcc
	v_cmp_ne_u16_e32 vcc, 1, v164
	s_nop 1
	v_cndmask_b32_e32 v84, v80, v84, vcc
	v_cmp_ne_u16_e32 vcc, 2, v164
	s_nop 1
	v_cndmask_b32_e32 v84, v79, v84, vcc
	v_cmp_ne_u16_e32 vcc, 3, v164
	s_nop 1
	v_cndmask_b32_e32 v84, v78, v84, vcc
	v_cmp_ne_u16_e32 vcc, 4, v164
	s_nop 1
	v_cndmask_b32_e32 v84, v74, v84, vcc
	v_cmp_ne_u16_e32 vcc, 5, v164
	s_nop 1
	v_cndmask_b32_e32 v84, v75, v84, vcc
	v_cmp_ne_u16_e32 vcc, 6, v164
	s_nop 1
	v_cndmask_b32_e32 v84, v76, v84, vcc
	v_cmp_ne_u16_e32 vcc, 7, v164
	v_lshlrev_b16_e32 v164, 8, v82
	s_nop 0
	v_cndmask_b32_e32 v84, v77, v84, vcc
	v_or_b32_e32 v83, v84, v83
	v_and_b32_e32 v84, 0x7f, v82
	v_lshlrev_b16_e32 v82, 7, v82
	v_and_b32_e32 v82, 0x3f80, v82
	v_add_u16_e32 v82, 0x2000, v82
	v_cmp_ne_u16_e32 vcc, s0, v84
	s_nop 1
	v_cndmask_b32_e32 v82, v81, v82, vcc
	v_cmp_ne_u16_e32 vcc, 0, v84
	s_nop 1
	v_cndmask_b32_e32 v82, 0, v82, vcc
	v_cmp_ne_u16_e32 vcc, 1, v84
	s_nop 1
	v_cndmask_b32_e32 v82, v80, v82, vcc
	v_cmp_ne_u16_e32 vcc, 2, v84
	s_nop 1
	v_cndmask_b32_e32 v82, v79, v82, vcc
	v_cmp_ne_u16_e32 vcc, 3, v84
	s_nop 1
	v_cndmask_b32_e32 v82, v78, v82, vcc
	v_cmp_ne_u16_e32 vcc, 4, v84
	s_nop 1
	v_cndmask_b32_e32 v82, v74, v82, vcc
	v_cmp_ne_u16_e32 vcc, 5, v84
	s_nop 1
	v_cndmask_b32_e32 v82, v75, v82, vcc
	v_cmp_ne_u16_e32 vcc, 6, v84
	s_nop 1
	v_cndmask_b32_e32 v82, v76, v82, vcc
	v_cmp_ne_u16_e32 vcc, 7, v84
	v_and_b32_e32 v84, 0xffff8000, v164
	v_and_b32_e32 v164, 0x7f, v24
	v_cndmask_b32_e32 v82, v77, v82, vcc
	v_or_b32_e32 v82, v82, v84
	v_lshlrev_b16_e32 v84, 8, v24
	v_lshlrev_b16_e32 v24, 7, v24
	v_and_b32_e32 v24, 0x3f80, v24
	v_add_u16_e32 v24, 0x2000, v24
	v_cmp_ne_u16_e32 vcc, s0, v164
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_mov_b32 s0, 0x5040100
	v_perm_b32 v160, v160, v195, s0
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v24, v81, v24, vcc
	v_cmp_ne_u16_e32 vcc, 0, v164
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v161, v161, v194, s0
	v_perm_b32 v165, v162, v83, s0
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v24, 0, v24, vcc
	v_cmp_ne_u16_e32 vcc, 1, v164
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v102, v102, v25, s0
	v_perm_b32 v103, v103, v248, s0
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v24, v80, v24, vcc
	v_cmp_ne_u16_e32 vcc, 2, v164
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v131, v131, v0, s0
	v_accvgpr_read_b32 v0, a0
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v24, v79, v24, vcc
	v_cmp_ne_u16_e32 vcc, 3, v164
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 a[16:31], v[160:161], v[102:103], 0
	v_perm_b32 v156, v156, v193, s0
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v24, v78, v24, vcc
	v_cmp_ne_u16_e32 vcc, 4, v164
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v157, v157, v192, s0
	v_perm_b32 v162, v85, v72, s0
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v24, v74, v24, vcc
	v_cmp_ne_u16_e32 vcc, 5, v164
	v_and_b32_e32 v74, 0xffff8000, v84
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v163, v158, v163, s0
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v24, v75, v24, vcc
	v_cmp_ne_u16_e32 vcc, 6, v164
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v158, v86, v110, s0
	v_perm_b32 v110, v98, v250, s0
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v24, v76, v24, vcc
	v_cmp_ne_u16_e32 vcc, 7, v164
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v106, v99, v106, s0
	v_perm_b32 v98, v247, v73, s0
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v24, v77, v24, vcc
	v_or_b32_e32 v24, v24, v74
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v164, v82, v24, s0
	v_perm_b32 v99, v245, v246, s0
	v_perm_b32 v152, v152, v191, s0
	v_mfma_f32_32x32x8_f16 a[0:15], v[160:161], v[164:165], 0
	v_perm_b32 v153, v153, v190, s0
	v_perm_b32 v159, v154, v159, s0
	v_perm_b32 v155, v150, v155, s0
	v_perm_b32 v150, v88, v114, s0
	v_perm_b32 v147, v142, v147, s0
	v_perm_b32 v142, v90, v118, s0
	v_perm_b32 v118, v96, v253, s0
	v_mfma_f32_32x32x8_f16 a[0:15], v[156:157], v[162:163], a[0:15]
	v_perm_b32 v114, v97, v132, s0
	v_perm_b32 v96, v243, v244, s0
	v_perm_b32 v97, v241, v242, s0
	v_perm_b32 v148, v148, v189, s0
	v_perm_b32 v149, v149, v188, s0
	v_perm_b32 v154, v87, v112, s0
	v_perm_b32 v139, v134, v139, s0
	v_mfma_f32_32x32x8_f16 a[16:31], v[156:157], v[98:99], a[16:31]
	v_perm_b32 v134, v92, v122, s0
	v_perm_b32 v126, v94, v126, s0
	v_perm_b32 v122, v95, v128, s0
	v_perm_b32 v94, v240, v113, s0
	v_perm_b32 v95, v238, v239, s0
	v_perm_b32 v144, v144, v187, s0
	v_perm_b32 v145, v145, v186, s0
	v_mfma_f32_32x32x8_f16 a[0:15], v[152:153], v[158:159], a[0:15]
	v_perm_b32 v151, v146, v151, s0
	v_perm_b32 v135, v130, v135, s0
	v_perm_b32 v130, v93, v124, s0
	v_perm_b32 v92, v236, v237, s0
	v_perm_b32 v93, v234, v235, s0
	v_perm_b32 v140, v140, v185, s0
	v_perm_b32 v141, v141, v184, s0
	v_mfma_f32_32x32x8_f16 a[16:31], v[152:153], v[96:97], a[16:31]
	v_perm_b32 v146, v89, v116, s0
	v_perm_b32 v143, v138, v143, s0
	v_perm_b32 v138, v91, v120, s0
	v_perm_b32 v90, v233, v117, s0
	v_perm_b32 v91, v231, v232, s0
	v_perm_b32 v111, v111, v136, s0
	v_perm_b32 v24, v198, v137, s0
	v_mfma_f32_32x32x8_f16 a[0:15], v[148:149], v[154:155], a[0:15]
	v_perm_b32 v136, v182, v183, s0
	v_perm_b32 v137, v180, v181, s0
	v_perm_b32 v88, v229, v230, s0
	v_perm_b32 v89, v227, v228, s0
	v_perm_b32 v74, v205, v133, s0
	v_perm_b32 v132, v178, v179, s0
	v_perm_b32 v133, v176, v177, s0
	v_mfma_f32_32x32x8_f16 a[16:31], v[148:149], v[94:95], a[16:31]
	v_perm_b32 v86, v226, v121, s0
	v_perm_b32 v87, v224, v225, s0
	v_perm_b32 v78, v212, v129, s0
	v_perm_b32 v128, v174, v175, s0
	v_perm_b32 v129, v172, v173, s0
	v_perm_b32 v84, v222, v223, s0
	v_perm_b32 v85, v220, v221, s0
	v_mfma_f32_32x32x8_f16 a[0:15], v[144:145], v[150:151], a[0:15]
	v_perm_b32 v82, v219, v125, s0
	v_perm_b32 v124, v170, v171, s0
	v_perm_b32 v125, v168, v169, s0
	v_perm_b32 v83, v217, v218, s0
	v_perm_b32 v120, v166, v167, s0
	v_perm_b32 v121, v108, v109, s0
	v_perm_b32 v127, v127, v255, s0
	v_mfma_f32_32x32x8_f16 a[16:31], v[144:145], v[92:93], a[16:31]
	v_perm_b32 v80, v215, v216, s0
	v_perm_b32 v81, v213, v214, s0
	v_perm_b32 v116, v104, v105, s0
	v_perm_b32 v117, v100, v101, s0
	v_perm_b32 v123, v123, v254, s0
	v_perm_b32 v79, v210, v211, s0
	v_perm_b32 v112, v38, v39, s0
	v_mfma_f32_32x32x8_f16 a[0:15], v[140:141], v[146:147], a[0:15]
	v_perm_b32 v113, v36, v37, s0
	v_perm_b32 v119, v119, v252, s0
	v_perm_b32 v76, v208, v209, s0
	v_perm_b32 v77, v206, v207, s0
	v_perm_b32 v108, v34, v35, s0
	v_perm_b32 v109, v32, v33, s0
	v_perm_b32 v115, v115, v251, s0
	v_mfma_f32_32x32x8_f16 a[16:31], v[140:141], v[90:91], a[16:31]
	v_perm_b32 v75, v203, v204, s0
	v_perm_b32 v104, v30, v31, s0
	v_perm_b32 v105, v28, v29, s0
	v_perm_b32 v72, v201, v202, s0
	v_perm_b32 v73, v199, v200, s0
	v_perm_b32 v100, v3, v23, s0
	v_perm_b32 v101, v0, v1, s0
	v_mfma_f32_32x32x8_f16 a[0:15], v[136:137], v[142:143], a[0:15]
	v_perm_b32 v107, v107, v249, s0
	v_perm_b32 v25, v196, v197, s0
	v_accvgpr_read_b32 v236, a32
	v_mfma_f32_32x32x8_f16 a[16:31], v[136:137], v[88:89], a[16:31]
	v_mfma_f32_32x32x8_f16 a[0:15], v[132:133], v[138:139], a[0:15]
	v_mfma_f32_32x32x8_f16 a[16:31], v[132:133], v[86:87], a[16:31]
	v_mfma_f32_32x32x8_f16 a[0:15], v[128:129], v[134:135], a[0:15]
	v_mfma_f32_32x32x8_f16 a[16:31], v[128:129], v[84:85], a[16:31]
	v_mfma_f32_32x32x8_f16 a[0:15], v[124:125], v[130:131], a[0:15]
	v_mfma_f32_32x32x8_f16 a[16:31], v[124:125], v[82:83], a[16:31]
	v_mfma_f32_32x32x8_f16 a[0:15], v[120:121], v[126:127], a[0:15]
	v_mfma_f32_32x32x8_f16 a[16:31], v[120:121], v[80:81], a[16:31]
	v_mfma_f32_32x32x8_f16 a[0:15], v[116:117], v[122:123], a[0:15]
	v_mfma_f32_32x32x8_f16 a[16:31], v[116:117], v[78:79], a[16:31]
	v_mfma_f32_32x32x8_f16 a[0:15], v[112:113], v[118:119], a[0:15]
	v_mfma_f32_32x32x8_f16 a[16:31], v[112:113], v[76:77], a[16:31]
	v_mfma_f32_32x32x8_f16 a[0:15], v[108:109], v[114:115], a[0:15]
	v_mfma_f32_32x32x8_f16 a[16:31], v[108:109], v[74:75], a[16:31]
	v_mfma_f32_32x32x8_f16 a[0:15], v[104:105], v[110:111], a[0:15]
	v_mfma_f32_32x32x8_f16 a[16:31], v[104:105], v[72:73], a[16:31]
	v_mfma_f32_32x32x8_f16 a[0:15], v[100:101], v[106:107], a[0:15]
	v_mfma_f32_32x32x8_f16 a[16:31], v[100:101], v[24:25], a[16:31]
.LBB0_78:
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	s_nop 7
	s_nop 1
	v_accvgpr_read_b32 v101, a3
	v_accvgpr_read_b32 v100, a2
	v_accvgpr_read_b32 v103, a1
	v_accvgpr_read_b32 v102, a0
	v_accvgpr_read_b32 v97, a7
	v_accvgpr_read_b32 v96, a6
	v_accvgpr_read_b32 v99, a5
	v_accvgpr_read_b32 v98, a4
	v_accvgpr_read_b32 v93, a11
	v_accvgpr_read_b32 v92, a10
	v_accvgpr_read_b32 v95, a9
	v_accvgpr_read_b32 v94, a8
	v_accvgpr_read_b32 v89, a15
	v_accvgpr_read_b32 v88, a14
	v_accvgpr_read_b32 v91, a13
	v_accvgpr_read_b32 v90, a12
	v_accvgpr_read_b32 v85, a19
	v_accvgpr_read_b32 v84, a18
	v_accvgpr_read_b32 v87, a17
	v_accvgpr_read_b32 v86, a16
	v_accvgpr_read_b32 v81, a23
	v_accvgpr_read_b32 v80, a22
	v_accvgpr_read_b32 v83, a21
	v_accvgpr_read_b32 v82, a20
	v_accvgpr_read_b32 v77, a27
	v_accvgpr_read_b32 v76, a26
	v_accvgpr_read_b32 v79, a25
	v_accvgpr_read_b32 v78, a24
	s_waitcnt lgkmcnt(14)
	v_accvgpr_read_b32 v25, a31
	v_accvgpr_read_b32 v24, a30
	v_accvgpr_read_b32 v73, a29
	v_accvgpr_read_b32 v72, a28
	.loc	1 137 29 is_stmt 1              ; fused_moe.py:137:29
	s_mov_b64 s[0:1], exec
	v_accvgpr_read_b32 v28, a44
	s_and_b64 s[2:3], s[0:1], s[16:17]
	v_accvgpr_read_b32 v29, a45
	s_mov_b64 exec, s[2:3]
	s_cbranch_execz .LBB0_80
; %bb.79:
	.loc	1 0 29 is_stmt 0                ; fused_moe.py:0:29
	v_lshl_add_u64 v[0:1], v[28:29], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v22, v[0:1], off
.LBB0_80:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v74, 0
	v_mov_b32_e32 v75, v74
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_mov_b64 s[0:1], exec
	v_accvgpr_read_b32 v37, a35
	s_and_b64 s[2:3], s[0:1], s[14:15]
	v_accvgpr_read_b32 v36, a34
	s_mov_b64 exec, s[2:3]
	s_cbranch_execz .LBB0_82
; %bb.81:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[0:1], v[36:37], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v74, v[0:1], off
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v75, v74
.LBB0_82:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[0:1], s[0:1], v28, s33, 0
	.loc	1 92 55                         ; fused_moe.py:92:55
	v_cmp_gt_i64_e64 s[0:1], s[56:57], v[26:27]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_waitcnt vmcnt(0) lgkmcnt(0)
	v_mov_b32_e32 v23, v22
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshl_add_u64 v[38:39], v[0:1], 1, s[6:7]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[4:5], s[16:17], s[0:1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_84
; %bb.83:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[28:29], v[20:21], v[100:101]
	v_pk_mul_f32 v[0:1], v[20:21], v[102:103]
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	v_pk_fma_f32 v[28:29], v[18:19], v[28:29], v[68:69]
	v_pk_fma_f32 v[0:1], v[14:15], v[0:1], v[70:71]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v29, v69, v29, s[22:23]
	v_cndmask_b32_e64 v28, v68, v28, s[22:23]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[28:29], v[28:29], v[22:23]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v1, v71, v1, s[22:23]
	v_cndmask_b32_e64 v0, v70, v0, s[22:23]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_bfe_u32 v3, v28, 16, 1
	s_movk_i32 s4, 0x7fff
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[0:1], v[0:1], v[22:23]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_bfe_u32 v32, v29, 16, 1
	v_add3_u32 v3, v28, v3, s4
	v_cmp_o_f32_e32 vcc, v28, v28
	v_mov_b32_e32 v28, 0x7fff
	v_bfe_u32 v33, v0, 16, 1
	v_add3_u32 v32, v29, v32, s4
	v_cndmask_b32_sdwa v3, v28, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v29, v29
	v_bfe_u32 v34, v1, 16, 1
	v_add3_u32 v33, v0, v33, s4
	v_cndmask_b32_sdwa v29, v28, v32, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v0, v0
	v_add3_u32 v34, v1, v34, s4
	s_mov_b32 s4, 0x5040100
	v_cndmask_b32_sdwa v0, v28, v33, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v1, v1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[30:31], v[26:27], 1, v[38:39]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_perm_b32 v29, v29, v3, s4
	v_cndmask_b32_sdwa v1, v28, v34, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_perm_b32 v28, v1, v0, s4
	global_store_dwordx2 v[30:31], v[28:29], off
.LBB0_84:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v0, a40
	v_accvgpr_read_b32 v1, a41
	v_lshl_add_u64 v[34:35], s[58:59], 0, v[0:1]
	v_accvgpr_read_b32 v0, a42
	v_accvgpr_read_b32 v1, a43
	.loc	1 92 55 is_stmt 1               ; fused_moe.py:92:55
	v_cmp_gt_i64_e64 s[2:3], s[56:57], v[0:1]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[38:39], v[34:35], 1, v[38:39]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[16:17], s[2:3]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_86
; %bb.85:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[28:29], v[20:21], v[96:97]
	v_pk_mul_f32 v[0:1], v[20:21], v[98:99]
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	v_pk_fma_f32 v[28:29], v[16:17], v[28:29], v[64:65]
	v_pk_fma_f32 v[0:1], v[10:11], v[0:1], v[66:67]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v29, v65, v29, s[22:23]
	v_cndmask_b32_e64 v28, v64, v28, s[22:23]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[28:29], v[28:29], v[22:23]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v1, v67, v1, s[22:23]
	v_cndmask_b32_e64 v0, v66, v0, s[22:23]
	v_bfe_u32 v3, v28, 16, 1
	s_movk_i32 s8, 0x7fff
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[0:1], v[0:1], v[22:23]
	v_bfe_u32 v30, v29, 16, 1
	v_add3_u32 v3, v28, v3, s8
	v_cmp_o_f32_e32 vcc, v28, v28
	v_mov_b32_e32 v28, 0x7fff
	v_bfe_u32 v31, v0, 16, 1
	v_add3_u32 v30, v29, v30, s8
	v_cndmask_b32_sdwa v3, v28, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v29, v29
	v_bfe_u32 v32, v1, 16, 1
	v_add3_u32 v31, v0, v31, s8
	v_cndmask_b32_sdwa v29, v28, v30, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v0, v0
	v_add3_u32 v32, v1, v32, s8
	s_mov_b32 s8, 0x5040100
	v_cndmask_b32_sdwa v0, v28, v31, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v1, v1
	v_perm_b32 v29, v29, v3, s8
	s_nop 0
	v_cndmask_b32_sdwa v1, v28, v32, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_perm_b32 v28, v1, v0, s8
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_dwordx2 v[38:39], v[28:29], off offset:16
.LBB0_86:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	v_accvgpr_read_b32 v0, a38
	v_accvgpr_read_b32 v1, a39
	.loc	1 92 55 is_stmt 1               ; fused_moe.py:92:55
	v_cmp_gt_i64_e64 s[4:5], s[56:57], v[0:1]
	.loc	1 92 36 is_stmt 0               ; fused_moe.py:92:36
	s_and_b64 s[10:11], s[16:17], s[4:5]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[8:9], s[10:11]
	s_cbranch_execz .LBB0_88
; %bb.87:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[28:29], v[20:21], v[92:93]
	v_pk_mul_f32 v[0:1], v[20:21], v[94:95]
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	v_pk_fma_f32 v[28:29], v[12:13], v[28:29], v[60:61]
	v_pk_fma_f32 v[0:1], v[6:7], v[0:1], v[62:63]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v29, v61, v29, s[22:23]
	v_cndmask_b32_e64 v28, v60, v28, s[22:23]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[28:29], v[28:29], v[22:23]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v1, v63, v1, s[22:23]
	v_cndmask_b32_e64 v0, v62, v0, s[22:23]
	v_bfe_u32 v3, v28, 16, 1
	s_movk_i32 s10, 0x7fff
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[0:1], v[0:1], v[22:23]
	v_bfe_u32 v30, v29, 16, 1
	v_add3_u32 v3, v28, v3, s10
	v_cmp_o_f32_e32 vcc, v28, v28
	v_mov_b32_e32 v28, 0x7fff
	v_bfe_u32 v31, v0, 16, 1
	v_add3_u32 v30, v29, v30, s10
	v_cndmask_b32_sdwa v3, v28, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v29, v29
	v_bfe_u32 v32, v1, 16, 1
	v_add3_u32 v31, v0, v31, s10
	v_cndmask_b32_sdwa v29, v28, v30, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v0, v0
	v_add3_u32 v32, v1, v32, s10
	s_mov_b32 s10, 0x5040100
	v_cndmask_b32_sdwa v0, v28, v31, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v1, v1
	v_perm_b32 v29, v29, v3, s10
	s_nop 0
	v_cndmask_b32_sdwa v1, v28, v32, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_perm_b32 v28, v1, v0, s10
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_dwordx2 v[38:39], v[28:29], off offset:32
.LBB0_88:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[8:9]
	v_accvgpr_read_b32 v0, a36
	v_accvgpr_read_b32 v1, a37
	.loc	1 92 55 is_stmt 1               ; fused_moe.py:92:55
	v_cmp_gt_i64_e64 s[8:9], s[56:57], v[0:1]
	.loc	1 92 36 is_stmt 0               ; fused_moe.py:92:36
	s_and_b64 s[12:13], s[16:17], s[8:9]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[10:11], s[12:13]
	s_cbranch_execz .LBB0_90
; %bb.89:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[0:1], v[20:21], v[90:91]
	v_pk_mul_f32 v[20:21], v[20:21], v[88:89]
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	v_pk_fma_f32 v[0:1], v[4:5], v[0:1], v[58:59]
	v_pk_fma_f32 v[20:21], v[8:9], v[20:21], v[56:57]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v1, v59, v1, s[22:23]
	v_cndmask_b32_e64 v21, v57, v21, s[22:23]
	v_cndmask_b32_e64 v20, v56, v20, s[22:23]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[20:21], v[20:21], v[22:23]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v0, v58, v0, s[22:23]
	v_bfe_u32 v3, v20, 16, 1
	s_movk_i32 s12, 0x7fff
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[0:1], v[0:1], v[22:23]
	v_bfe_u32 v22, v21, 16, 1
	v_add3_u32 v3, v20, v3, s12
	v_cmp_o_f32_e32 vcc, v20, v20
	v_mov_b32_e32 v20, 0x7fff
	v_bfe_u32 v23, v0, 16, 1
	v_add3_u32 v22, v21, v22, s12
	v_cndmask_b32_sdwa v3, v20, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v21, v21
	v_bfe_u32 v28, v1, 16, 1
	v_add3_u32 v23, v0, v23, s12
	v_cndmask_b32_sdwa v21, v20, v22, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v0, v0
	v_add3_u32 v28, v1, v28, s12
	s_mov_b32 s12, 0x5040100
	v_cndmask_b32_sdwa v0, v20, v23, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v1, v1
	v_perm_b32 v21, v21, v3, s12
	s_nop 0
	v_cndmask_b32_sdwa v1, v20, v28, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_perm_b32 v20, v1, v0, s12
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_dwordx2 v[38:39], v[20:21], off offset:48
.LBB0_90:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[0:1], s[10:11], v36, s33, 0
	.loc	1 127 49                        ; fused_moe.py:127:49
	v_mov_b32_e32 v3, v2
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshl_add_u64 v[20:21], v[0:1], 1, s[6:7]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[10:11], s[14:15], s[0:1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[10:11]
	s_cbranch_execz .LBB0_92
; %bb.91:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[0:1], v[2:3], v[86:87]
	v_pk_mul_f32 v[22:23], v[2:3], v[84:85]
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	v_pk_fma_f32 v[0:1], v[14:15], v[0:1], v[54:55]
	v_pk_fma_f32 v[14:15], v[18:19], v[22:23], v[52:53]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v1, v55, v1, s[22:23]
	v_cndmask_b32_e64 v15, v53, v15, s[22:23]
	v_cndmask_b32_e64 v14, v52, v14, s[22:23]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[14:15], v[14:15], v[74:75]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v0, v54, v0, s[22:23]
	v_bfe_u32 v22, v14, 16, 1
	s_movk_i32 s10, 0x7fff
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[0:1], v[0:1], v[74:75]
	v_bfe_u32 v23, v15, 16, 1
	v_add3_u32 v22, v14, v22, s10
	v_cmp_o_f32_e32 vcc, v14, v14
	v_mov_b32_e32 v14, 0x7fff
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[18:19], v[26:27], 1, v[20:21]
	v_bfe_u32 v26, v0, 16, 1
	v_add3_u32 v23, v15, v23, s10
	v_cndmask_b32_sdwa v22, v14, v22, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v15, v15
	v_bfe_u32 v27, v1, 16, 1
	v_add3_u32 v26, v0, v26, s10
	v_cndmask_b32_sdwa v15, v14, v23, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v0, v0
	v_add3_u32 v27, v1, v27, s10
	s_mov_b32 s10, 0x5040100
	v_cndmask_b32_sdwa v0, v14, v26, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v1, v1
	v_perm_b32 v15, v15, v22, s10
	s_nop 0
	v_cndmask_b32_sdwa v1, v14, v27, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_perm_b32 v14, v1, v0, s10
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_dwordx2 v[18:19], v[14:15], off
.LBB0_92:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 91 55 is_stmt 1               ; fused_moe.py:91:55
	v_lshl_add_u64 v[14:15], v[34:35], 1, v[20:21]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], s[14:15], s[2:3]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_94
; %bb.93:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[0:1], v[2:3], v[82:83]
	v_pk_mul_f32 v[18:19], v[2:3], v[80:81]
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	v_pk_fma_f32 v[0:1], v[10:11], v[0:1], v[50:51]
	v_pk_fma_f32 v[10:11], v[16:17], v[18:19], v[48:49]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v1, v51, v1, s[22:23]
	v_cndmask_b32_e64 v11, v49, v11, s[22:23]
	v_cndmask_b32_e64 v10, v48, v10, s[22:23]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[10:11], v[10:11], v[74:75]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v0, v50, v0, s[22:23]
	v_bfe_u32 v16, v10, 16, 1
	s_movk_i32 s2, 0x7fff
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[0:1], v[0:1], v[74:75]
	v_bfe_u32 v17, v11, 16, 1
	v_add3_u32 v16, v10, v16, s2
	v_cmp_o_f32_e32 vcc, v10, v10
	v_mov_b32_e32 v10, 0x7fff
	v_bfe_u32 v18, v0, 16, 1
	v_add3_u32 v17, v11, v17, s2
	v_cndmask_b32_sdwa v16, v10, v16, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v11, v11
	v_bfe_u32 v19, v1, 16, 1
	v_add3_u32 v18, v0, v18, s2
	v_cndmask_b32_sdwa v11, v10, v17, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v0, v0
	v_add3_u32 v19, v1, v19, s2
	s_mov_b32 s2, 0x5040100
	v_cndmask_b32_sdwa v0, v10, v18, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v1, v1
	v_perm_b32 v11, v11, v16, s2
	s_nop 0
	v_cndmask_b32_sdwa v1, v10, v19, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_perm_b32 v10, v1, v0, s2
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_dwordx2 v[14:15], v[10:11], off offset:16
.LBB0_94:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[2:3], s[14:15], s[4:5]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_96
; %bb.95:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[0:1], v[2:3], v[78:79]
	v_pk_mul_f32 v[10:11], v[2:3], v[76:77]
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	v_pk_fma_f32 v[0:1], v[6:7], v[0:1], v[46:47]
	v_pk_fma_f32 v[6:7], v[12:13], v[10:11], v[44:45]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v1, v47, v1, s[22:23]
	v_cndmask_b32_e64 v7, v45, v7, s[22:23]
	v_cndmask_b32_e64 v6, v44, v6, s[22:23]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[6:7], v[6:7], v[74:75]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v0, v46, v0, s[22:23]
	v_bfe_u32 v10, v6, 16, 1
	s_movk_i32 s2, 0x7fff
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[0:1], v[0:1], v[74:75]
	v_bfe_u32 v11, v7, 16, 1
	v_add3_u32 v10, v6, v10, s2
	v_cmp_o_f32_e32 vcc, v6, v6
	v_mov_b32_e32 v6, 0x7fff
	v_bfe_u32 v12, v0, 16, 1
	v_add3_u32 v11, v7, v11, s2
	v_cndmask_b32_sdwa v10, v6, v10, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v7, v7
	v_bfe_u32 v13, v1, 16, 1
	v_add3_u32 v12, v0, v12, s2
	v_cndmask_b32_sdwa v7, v6, v11, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v0, v0
	v_add3_u32 v13, v1, v13, s2
	s_mov_b32 s2, 0x5040100
	v_cndmask_b32_sdwa v0, v6, v12, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v1, v1
	v_perm_b32 v7, v7, v10, s2
	s_nop 0
	v_cndmask_b32_sdwa v1, v6, v13, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_perm_b32 v6, v1, v0, s2
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_dwordx2 v[14:15], v[6:7], off offset:32
.LBB0_96:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[0:1], s[14:15], s[8:9]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_xor_b64 s[0:1], exec, s[2:3]
	s_cbranch_execz .LBB0_98
; %bb.97:
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[0:1], v[2:3], v[72:73]
	v_pk_mul_f32 v[2:3], v[2:3], v[24:25]
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	v_pk_fma_f32 v[0:1], v[4:5], v[0:1], v[40:41]
	v_pk_fma_f32 v[2:3], v[8:9], v[2:3], v[42:43]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v1, v41, v1, s[22:23]
	v_cndmask_b32_e64 v3, v43, v3, s[22:23]
	v_cndmask_b32_e64 v2, v42, v2, s[22:23]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[2:3], v[2:3], v[74:75]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v0, v40, v0, s[22:23]
	v_bfe_u32 v4, v2, 16, 1
	s_movk_i32 s2, 0x7fff
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[0:1], v[0:1], v[74:75]
	v_bfe_u32 v5, v3, 16, 1
	v_add3_u32 v4, v2, v4, s2
	v_cmp_o_f32_e32 vcc, v2, v2
	v_mov_b32_e32 v2, 0x7fff
	v_bfe_u32 v6, v0, 16, 1
	v_add3_u32 v5, v3, v5, s2
	v_cndmask_b32_sdwa v4, v2, v4, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v3, v3
	v_bfe_u32 v7, v1, 16, 1
	v_add3_u32 v6, v0, v6, s2
	v_cndmask_b32_sdwa v3, v2, v5, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v0, v0
	v_add3_u32 v7, v1, v7, s2
	s_mov_b32 s2, 0x5040100
	v_cndmask_b32_sdwa v0, v2, v6, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v1, v1
	v_perm_b32 v3, v3, v4, s2
	s_nop 0
	v_cndmask_b32_sdwa v1, v2, v7, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_perm_b32 v2, v1, v0, s2
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_dwordx2 v[14:15], v[2:3], off offset:48
.LBB0_98:                               ; %Flow
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	s_branch .LBB0_17
.LBB0_99:
	.loc	1 85 56 is_stmt 1               ; fused_moe.py:85:56
	v_lshrrev_b32_e32 v0, 2, v236
	v_and_b32_e32 v0, 60, v0
	.loc	1 86 48                         ; fused_moe.py:86:48
	v_or_b32_e32 v1, 0xc0, v0
	.loc	1 86 25 is_stmt 0               ; fused_moe.py:86:25
	global_load_dword v5, v0, s[60:61]
	global_load_dword v4, v0, s[60:61] offset:64
	global_load_dword v3, v0, s[60:61] offset:128
	global_load_dword v2, v1, s[60:61]
	.loc	1 90 50 is_stmt 1               ; fused_moe.py:90:50
	v_lshlrev_b32_e32 v0, 3, v236
	v_and_b32_e32 v0, 0x78, v0
	.loc	1 90 37 is_stmt 0               ; fused_moe.py:90:37
	v_or_b32_e32 v0, s58, v0
	v_mov_b32_e32 v1, s59
	.loc	1 92 55 is_stmt 1               ; fused_moe.py:92:55
	v_cmp_gt_i64_e32 vcc, s[56:57], v[0:1]
	.loc	1 88 30                         ; fused_moe.py:88:30
	s_waitcnt vmcnt(3)
	v_cmp_gt_i32_e64 s[0:1], s68, v5
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_101
; %bb.100:
	.loc	1 91 33                         ; fused_moe.py:91:33
	v_mad_i64_i32 v[6:7], s[2:3], v5, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[6:7], v[6:7], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[10:11], v[0:1], 1, v[6:7]
	.loc	1 97 25 is_stmt 1               ; fused_moe.py:97:25
	v_mov_b32_e32 v6, 0
	v_mov_b32_e32 v7, v6
	v_mov_b32_e32 v8, v6
	v_mov_b32_e32 v9, v6
	global_store_dwordx4 v[10:11], v[6:9], off
.LBB0_101:
	.loc	1 0 25 is_stmt 0                ; fused_moe.py:0:25
	s_or_b64 exec, exec, s[0:1]
	.loc	1 88 30 is_stmt 1               ; fused_moe.py:88:30
	s_waitcnt vmcnt(2)
	v_cmp_gt_i32_e64 s[0:1], s68, v4
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_103
; %bb.102:
	.loc	1 91 33                         ; fused_moe.py:91:33
	v_mad_i64_i32 v[4:5], s[2:3], v4, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[4:5], v[4:5], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[8:9], v[0:1], 1, v[4:5]
	.loc	1 97 25 is_stmt 1               ; fused_moe.py:97:25
	v_mov_b32_e32 v4, 0
	v_mov_b32_e32 v5, v4
	v_mov_b32_e32 v6, v4
	v_mov_b32_e32 v7, v4
	global_store_dwordx4 v[8:9], v[4:7], off
.LBB0_103:
	.loc	1 0 25 is_stmt 0                ; fused_moe.py:0:25
	s_or_b64 exec, exec, s[0:1]
	.loc	1 88 30 is_stmt 1               ; fused_moe.py:88:30
	s_waitcnt vmcnt(1)
	v_cmp_gt_i32_e64 s[0:1], s68, v3
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_105
; %bb.104:
	.loc	1 91 33                         ; fused_moe.py:91:33
	v_mad_i64_i32 v[4:5], s[2:3], v3, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[4:5], v[4:5], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[8:9], v[0:1], 1, v[4:5]
	.loc	1 97 25 is_stmt 1               ; fused_moe.py:97:25
	v_mov_b32_e32 v4, 0
	v_mov_b32_e32 v5, v4
	v_mov_b32_e32 v6, v4
	v_mov_b32_e32 v7, v4
	global_store_dwordx4 v[8:9], v[4:7], off
.LBB0_105:
	.loc	1 0 25 is_stmt 0                ; fused_moe.py:0:25
	s_or_b64 exec, exec, s[0:1]
	.loc	1 88 30 is_stmt 1               ; fused_moe.py:88:30
	s_waitcnt vmcnt(0)
	v_cmp_gt_i32_e64 s[0:1], s68, v2
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_xor_b64 s[2:3], exec, s[2:3]
	s_cbranch_execz .LBB0_17
; %bb.106:
	.loc	1 91 33                         ; fused_moe.py:91:33
	v_mad_i64_i32 v[2:3], s[0:1], v2, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[2:3], v[2:3], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[4:5], v[0:1], 1, v[2:3]
	.loc	1 97 25 is_stmt 1               ; fused_moe.py:97:25
	v_mov_b32_e32 v0, 0
	v_mov_b32_e32 v1, v0
	v_mov_b32_e32 v2, v0
	v_mov_b32_e32 v3, v0
	global_store_dwordx4 v[4:5], v[0:3], off
	.loc	1 83 8                          ; fused_moe.py:83:8
	s_endpgm
.Ltmp16:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fused_moe_kernel
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 128
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
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 346
		.amdhsa_next_free_sgpr 74
		.amdhsa_accum_offset 256
		.amdhsa_reserve_vcc 1
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
.Lfunc_end0:
	.size	fused_moe_kernel, .Lfunc_end0-fused_moe_kernel
	.cfi_endproc
                                        ; -- End function
	.set fused_moe_kernel.num_vgpr, 256
	.set fused_moe_kernel.num_agpr, 90
	.set fused_moe_kernel.numbered_sgpr, 74
	.set fused_moe_kernel.private_seg_size, 0
	.set fused_moe_kernel.uses_vcc, 1
	.set fused_moe_kernel.uses_flat_scratch, 0
	.set fused_moe_kernel.has_dyn_sized_stack, 0
	.set fused_moe_kernel.has_recursion, 0
	.set fused_moe_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 75872
; TotalNumSgprs: 80
; NumVgprs: 256
; NumAgprs: 90
; TotalNumVgprs: 346
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 9
; VGPRBlocks: 43
; NumSGPRsForWavesPerEU: 80
; NumVGPRsForWavesPerEU: 346
; AccumOffset: 256
; Occupancy: 1
; WaveLimiterHint : 1
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 63
; COMPUTE_PGM_RSRC3_GFX90A:TG_SPLIT: 0
	.text
	.p2alignl 6, 3212836864
	.fill 256, 4, 3212836864
	.section	.AMDGPU.gpr_maximums,"",@progbits
	.set amdgpu.max_num_vgpr, 0
	.set amdgpu.max_num_agpr, 0
	.set amdgpu.max_num_sgpr, 0
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
	.byte	1                               ; Abbrev [1] 0xb:0x60 DW_TAG_compile_unit
	.long	.Linfo_string0                  ; DW_AT_producer
	.short	2                               ; DW_AT_language
	.long	.Linfo_string1                  ; DW_AT_name
	.long	.Lline_table_start0             ; DW_AT_stmt_list
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.byte	2                               ; Abbrev [2] 0x26:0x6 DW_TAG_subprogram
	.long	.Linfo_string2                  ; DW_AT_name
	.byte	1                               ; DW_AT_inline
	.byte	3                               ; Abbrev [3] 0x2c:0x3e DW_TAG_subprogram
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.long	38                              ; DW_AT_abstract_origin
	.byte	4                               ; Abbrev [4] 0x3d:0x14 DW_TAG_inlined_subroutine
	.long	38                              ; DW_AT_abstract_origin
	.quad	.Ltmp2                          ; DW_AT_low_pc
	.long	.Ltmp3-.Ltmp2                   ; DW_AT_high_pc
	.byte	1                               ; DW_AT_call_file
	.byte	72                              ; DW_AT_call_line
	.byte	27                              ; DW_AT_call_column
	.byte	5                               ; Abbrev [5] 0x51:0xc DW_TAG_inlined_subroutine
	.long	38                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges0                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	71                              ; DW_AT_call_line
	.byte	28                              ; DW_AT_call_column
	.byte	5                               ; Abbrev [5] 0x5d:0xc DW_TAG_inlined_subroutine
	.long	38                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges1                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	117                             ; DW_AT_call_line
	.byte	33                              ; DW_AT_call_column
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_ranges,"",@progbits
.Ldebug_ranges0:
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges1:
	.quad	.Ltmp10-.Lfunc_begin0
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp12-.Lfunc_begin0
	.quad	.Ltmp13-.Lfunc_begin0
	.quad	.Ltmp14-.Lfunc_begin0
	.quad	.Ltmp15-.Lfunc_begin0
	.quad	0
	.quad	0
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0
.Linfo_string1:
	.asciz	"fused_moe.py"                  ; string offset=7
.Linfo_string2:
	.asciz	"fused_moe_kernel"              ; string offset=20
	.section	".note.GNU-stack","",@progbits
	.amdgpu_metadata
---
amdhsa.kernels:
  - .agpr_count:     90
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
      - .address_space:  global
        .offset:         40
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         48
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         56
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         64
        .size:           8
        .value_kind:     global_buffer
      - .offset:         72
        .size:           4
        .value_kind:     by_value
      - .offset:         76
        .size:           4
        .value_kind:     by_value
      - .offset:         80
        .size:           4
        .value_kind:     by_value
      - .offset:         84
        .size:           4
        .value_kind:     by_value
      - .offset:         88
        .size:           4
        .value_kind:     by_value
      - .offset:         92
        .size:           4
        .value_kind:     by_value
      - .offset:         96
        .size:           4
        .value_kind:     by_value
      - .offset:         100
        .size:           4
        .value_kind:     by_value
      - .offset:         104
        .size:           4
        .value_kind:     by_value
      - .offset:         108
        .size:           4
        .value_kind:     by_value
      - .offset:         112
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         120
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 128
    .max_flat_workgroup_size: 256
    .name:           fused_moe_kernel
    .private_segment_fixed_size: 0
    .sgpr_count:     80
    .sgpr_spill_count: 0
    .symbol:         fused_moe_kernel.kd
    .uses_dynamic_stack: false
    .vgpr_count:     346
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx942
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

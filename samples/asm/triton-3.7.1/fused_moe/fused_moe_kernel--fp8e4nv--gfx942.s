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
; %bb.17:
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
; %bb.18:
.LBB0_0:
	s_mov_b64 s[40:41], s[2:3]
	s_load_dword s34, s[0:1], 0x48
	s_load_dword s2, s[0:1], 0x50
	s_mov_b64 s[28:29], s[6:7]
	s_mov_b64 s[36:37], s[14:15]
	s_mov_b64 s[44:45], s[10:11]
.Ltmp1:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 17 is_stmt 1               ; standard.py:43:17 @[ fused_moe.py:72:27 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s3, s34, 0x7f
	.loc	2 43 30 is_stmt 0               ; standard.py:43:30 @[ fused_moe.py:72:27 ]
	s_ashr_i32 s6, s3, 31
	s_lshr_b32 s6, s6, 25
	s_add_i32 s3, s3, s6
	s_ashr_i32 s3, s3, 7
.Ltmp2:
	.loc	1 73 38 is_stmt 1               ; fused_moe.py:73:38
	s_lshl_b32 s3, s3, 5
	.loc	1 74 22                         ; fused_moe.py:74:22
	s_abs_i32 s6, s3
	v_cvt_f32_u32_e32 v1, s6
	s_sub_i32 s11, 0, s6
.Ltmp3:
	.loc	2 43 17                         ; standard.py:43:17 @[ fused_moe.py:71:28 ]
	s_add_i32 s2, s2, 63
.Ltmp4:
	.loc	1 74 22                         ; fused_moe.py:74:22
	s_abs_i32 s10, s16
	v_rcp_iflag_f32_e32 v1, v1
.Ltmp5:
	.loc	2 43 30                         ; standard.py:43:30 @[ fused_moe.py:71:28 ]
	s_ashr_i32 s7, s2, 31
	s_lshr_b32 s7, s7, 26
	s_add_i32 s2, s2, s7
.Ltmp6:
	.loc	1 74 22                         ; fused_moe.py:74:22
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_xor_b32 s7, s16, s3
.Ltmp7:
	.loc	2 43 30                         ; standard.py:43:30 @[ fused_moe.py:71:28 ]
	s_ashr_i32 s2, s2, 6
.Ltmp8:
	.loc	1 74 22                         ; fused_moe.py:74:22
	s_ashr_i32 s7, s7, 31
	v_readfirstlane_b32 s14, v1
	s_mul_i32 s11, s11, s14
	s_mul_hi_u32 s11, s14, s11
	s_add_i32 s14, s14, s11
	s_mul_hi_u32 s11, s10, s14
	s_mul_i32 s14, s11, s6
	s_sub_i32 s10, s10, s14
	s_add_i32 s14, s11, 1
	s_sub_i32 s15, s10, s6
	s_cmp_ge_u32 s10, s6
	s_cselect_b32 s11, s14, s11
	s_cselect_b32 s10, s15, s10
	s_add_i32 s14, s11, 1
	s_cmp_ge_u32 s10, s6
	s_cselect_b32 s6, s14, s11
	s_xor_b32 s6, s6, s7
	s_sub_i32 s10, s6, s7
	.loc	1 75 29                         ; fused_moe.py:75:29
	s_lshl_b32 s11, s10, 5
	.loc	1 76 35                         ; fused_moe.py:76:35
	s_sub_i32 s2, s2, s11
	.loc	1 76 48 is_stmt 0               ; fused_moe.py:76:48
	s_min_i32 s2, s2, 32
	.loc	1 78 40 is_stmt 1               ; fused_moe.py:78:40
	s_abs_i32 s14, s2
	v_cvt_f32_u32_e32 v1, s14
	.loc	1 77 34                         ; fused_moe.py:77:34
	s_mul_i32 s10, s10, s3
	s_sub_i32 s10, s16, s10
	.loc	1 78 40                         ; fused_moe.py:78:40
	s_sub_i32 s16, 0, s14
	v_rcp_iflag_f32_e32 v1, v1
	s_abs_i32 s15, s10
	s_xor_b32 s3, s10, s2
	s_ashr_i32 s3, s3, 31
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_load_dwordx2 s[6:7], s[0:1], 0x40
	v_readfirstlane_b32 s17, v1
	s_mul_i32 s16, s16, s17
	s_mul_hi_u32 s16, s17, s16
	s_add_i32 s17, s17, s16
	s_mul_hi_u32 s16, s15, s17
	s_mul_i32 s17, s16, s14
	s_sub_i32 s15, s15, s17
	s_add_i32 s17, s16, 1
	s_sub_i32 s18, s15, s14
	s_cmp_ge_u32 s15, s14
	s_cselect_b32 s16, s17, s16
	s_cselect_b32 s15, s18, s15
	s_add_i32 s17, s16, 1
	s_cmp_ge_u32 s15, s14
	s_cselect_b32 s14, s17, s16
	s_xor_b32 s14, s14, s3
	s_sub_i32 s3, s14, s3
	.loc	1 81 37                         ; fused_moe.py:81:37
	s_waitcnt lgkmcnt(0)
	s_load_dword s6, s[6:7], 0x0
	.loc	1 77 54                         ; fused_moe.py:77:54
	s_mul_i32 s2, s3, s2
	s_sub_i32 s2, s10, s2
	.loc	1 77 27 is_stmt 0               ; fused_moe.py:77:27
	s_add_i32 s2, s2, s11
	.loc	1 82 15 is_stmt 1               ; fused_moe.py:82:15
	s_lshl_b32 s31, s2, 6
	.loc	1 82 31 is_stmt 0               ; fused_moe.py:82:31
	s_waitcnt lgkmcnt(0)
	s_cmp_lt_i32 s31, s6
	.loc	1 120 20 is_stmt 1              ; fused_moe.py:120:20
	v_readfirstlane_b32 s6, v0
	.loc	1 82 31                         ; fused_moe.py:82:31
	s_cbranch_scc0 .LBB0_16
; %bb.1:
	.loc	1 0 31 is_stmt 0                ; fused_moe.py:0:31
	s_load_dwordx2 s[10:11], s[0:1], 0x38
	s_load_dword s56, s[0:1], 0x54
	s_load_dword s33, s[0:1], 0x64
	.loc	1 90 22 is_stmt 1               ; fused_moe.py:90:22
	s_lshl_b32 s57, s3, 7
	.loc	1 94 25                         ; fused_moe.py:94:25
	s_ashr_i32 s3, s2, 31
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_b32 s58, s6, 0xc0
	.loc	1 86 25                         ; fused_moe.py:86:25
	s_and_b32 s37, s37, 0xffff
	.loc	1 90 37                         ; fused_moe.py:90:37
	s_ashr_i32 s30, s57, 31
	.loc	1 92 55                         ; fused_moe.py:92:55
	s_ashr_i32 s35, s34, 31
	.loc	1 94 25                         ; fused_moe.py:94:25
	s_lshl_b64 s[2:3], s[2:3], 2
	s_waitcnt lgkmcnt(0)
	s_add_u32 s2, s10, s2
	s_addc_u32 s3, s11, s3
	s_load_dword s25, s[2:3], 0x0
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_and_or_b32 v169, v0, 63, s58
	s_mov_b32 s43, 0x27000
	s_mov_b32 s42, 0x7ffffffe
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_and_b32_e32 v170, 15, v0
	.loc	1 95 21                         ; fused_moe.py:95:21
	s_waitcnt lgkmcnt(0)
	s_cmp_lg_u32 s25, -1
	s_cbranch_scc0 .LBB0_4
; %bb.2:
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_and_b32_e32 v4, 31, v0
	v_lshrrev_b32_e32 v1, 3, v169
	v_or_b32_e32 v2, 32, v1
	.loc	1 86 48                         ; fused_moe.py:86:48
	v_or_b32_e32 v3, s31, v4
	v_or_b32_e32 v5, s31, v1
	v_or_b32_e32 v6, s31, v2
	v_lshlrev_b32_e32 v3, 2, v3
	.loc	1 86 25 is_stmt 0               ; fused_moe.py:86:25
	s_mov_b32 s38, s42
	s_mov_b32 s39, s43
	v_or_b32_e32 v7, 0x80, v3
	v_lshlrev_b32_e32 v5, 2, v5
	v_lshlrev_b32_e32 v6, 2, v6
	buffer_load_dword v174, v3, s[36:39], 0 offen
	buffer_load_dword v175, v7, s[36:39], 0 offen
	buffer_load_dword v16, v5, s[36:39], 0 offen
	buffer_load_dword v17, v6, s[36:39], 0 offen
	.loc	1 90 50 is_stmt 1               ; fused_moe.py:90:50
	v_lshrrev_b32_e32 v3, 3, v0
	.loc	1 101 24                        ; fused_moe.py:101:24
	s_abs_i32 s27, s34
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_and_b32_e32 v25, 4, v3
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cvt_f32_u32_e32 v3, s27
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v2, s57, v2
	s_load_dword s23, s[0:1], 0x4c
	s_load_dwordx2 s[6:7], s[0:1], 0x58
	s_load_dword s26, s[0:1], 0x60
	s_load_dwordx2 s[20:21], s[0:1], 0x68
	s_load_dword s24, s[0:1], 0x70
	.loc	1 101 24                        ; fused_moe.py:101:24
	s_sub_i32 s1, 0, s27
	v_rcp_iflag_f32_e32 v3, v3
	v_sub_u32_e32 v7, 0, v2
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_or_b32_e32 v1, s57, v1
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_max_i32_e32 v2, v7, v2
	v_mul_f32_e32 v3, 0x4f7ffffe, v3
	v_cvt_u32_f32_e32 v3, v3
	v_sub_u32_e32 v5, 0, v1
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v11, 0x60, v1
	v_or_b32_e32 v10, 64, v1
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_mul_lo_u32 v7, s1, v3
	v_mul_hi_u32 v7, v3, v7
	v_max_i32_e32 v1, v5, v1
	v_add_u32_e32 v7, v3, v7
	v_mul_hi_u32 v3, v1, v7
	v_mul_hi_u32 v13, v2, v7
	v_mul_lo_u32 v3, v3, s27
	v_mul_lo_u32 v13, v13, s27
	v_sub_u32_e32 v1, v1, v3
	v_sub_u32_e32 v2, v2, v13
	v_subrev_u32_e32 v3, s27, v1
	v_cmp_le_u32_e32 vcc, s27, v1
	v_subrev_u32_e32 v13, s27, v2
	.loc	1 90 50                         ; fused_moe.py:90:50
	s_lshr_b32 s0, s58, 1
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v3, vcc
	v_cmp_le_u32_e32 vcc, s27, v2
	v_subrev_u32_e32 v3, s27, v1
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_or_b32_e32 v173, s0, v25
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v2, v2, v13, vcc
	v_cmp_le_u32_e32 vcc, s27, v1
	v_subrev_u32_e32 v13, s27, v2
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v32, s57, v173
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v3, vcc
	v_xor_b32_e32 v1, s30, v1
	v_cmp_le_u32_e32 vcc, s27, v2
	v_subrev_u32_e32 v21, s30, v1
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v14, 1, v32
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v2, v13, vcc
	v_xor_b32_e32 v1, s30, v1
	v_subrev_u32_e32 v30, s30, v1
	v_sub_u32_e32 v1, 0, v10
	v_max_i32_e32 v1, v1, v10
	v_mul_hi_u32 v2, v1, v7
	v_mul_lo_u32 v2, v2, s27
	v_sub_u32_e32 v1, v1, v2
	v_subrev_u32_e32 v2, s27, v1
	v_cmp_le_u32_e32 vcc, s27, v1
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v15, 2, v32
	v_or_b32_e32 v20, 3, v32
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_subrev_u32_e32 v2, s27, v1
	v_cmp_le_u32_e32 vcc, s27, v1
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_or_b32_e32 v172, 8, v173
	.loc	1 90 37 is_stmt 0               ; fused_moe.py:90:37
	v_or_b32_e32 v19, s57, v172
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_xor_b32_e32 v1, s30, v1
	v_subrev_u32_e32 v10, s30, v1
	v_sub_u32_e32 v1, 0, v11
	v_max_i32_e32 v1, v1, v11
	v_mul_hi_u32 v2, v1, v7
	v_mul_lo_u32 v2, v2, s27
	v_sub_u32_e32 v1, v1, v2
	v_subrev_u32_e32 v2, s27, v1
	v_cmp_le_u32_e32 vcc, s27, v1
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v18, 9, v32
	.loc	1 104 72                        ; fused_moe.py:104:72
	v_lshlrev_b32_e32 v0, 4, v0
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_subrev_u32_e32 v2, s27, v1
	v_cmp_le_u32_e32 vcc, s27, v1
.Ltmp9:
	.loc	2 43 17                         ; standard.py:43:17 @[ fused_moe.py:117:33 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s39, s23, 0x7f
.Ltmp10:
	.loc	1 104 72                        ; fused_moe.py:104:72
	v_and_b32_e32 v24, 0x70, v0
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_xor_b32_e32 v1, s30, v1
	v_subrev_u32_e32 v13, s30, v1
	v_sub_u32_e32 v1, 0, v32
	v_max_i32_e32 v1, v1, v32
	v_mul_hi_u32 v2, v1, v7
	v_mul_lo_u32 v2, v2, s27
	v_sub_u32_e32 v1, v1, v2
	v_subrev_u32_e32 v2, s27, v1
	v_cmp_le_u32_e32 vcc, s27, v1
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cmpk_gt_i32 s39, 0x7f
	s_cselect_b64 s[16:17], -1, 0
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_subrev_u32_e32 v2, s27, v1
	v_cmp_le_u32_e32 vcc, s27, v1
	.loc	1 105 34                        ; fused_moe.py:105:34
	s_mul_i32 s38, s25, s7
	.loc	1 88 30                         ; fused_moe.py:88:30
	s_waitcnt vmcnt(1)
	v_cmp_gt_i32_e64 s[14:15], s56, v16
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_xor_b32_e32 v1, s30, v1
	v_subrev_u32_e32 v11, s30, v1
	v_sub_u32_e32 v1, 0, v14
	v_max_i32_e32 v1, v1, v14
	v_mul_hi_u32 v2, v1, v7
	v_mul_lo_u32 v2, v2, s27
	v_sub_u32_e32 v1, v1, v2
	v_subrev_u32_e32 v2, s27, v1
	v_cmp_le_u32_e32 vcc, s27, v1
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_add_u32_e32 v37, s38, v24
	.loc	1 88 30                         ; fused_moe.py:88:30
	s_waitcnt vmcnt(0)
	v_cmp_gt_i32_e64 s[18:19], s56, v17
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_subrev_u32_e32 v2, s27, v1
	v_cmp_le_u32_e32 vcc, s27, v1
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_bfrev_b32_e32 v36, 1
	s_and_b32 s41, s41, 0xffff
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_xor_b32_e32 v1, s30, v1
	v_subrev_u32_e32 v14, s30, v1
	v_sub_u32_e32 v1, 0, v15
	v_max_i32_e32 v1, v1, v15
	v_mul_hi_u32 v2, v1, v7
	v_mul_lo_u32 v2, v2, s27
	v_sub_u32_e32 v1, v1, v2
	v_subrev_u32_e32 v2, s27, v1
	v_cmp_le_u32_e32 vcc, s27, v1
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v29, 10, v32
	v_or_b32_e32 v28, 11, v32
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_subrev_u32_e32 v2, s27, v1
	v_cmp_le_u32_e32 vcc, s27, v1
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_or_b32_e32 v171, 16, v173
	.loc	1 90 37 is_stmt 0               ; fused_moe.py:90:37
	v_or_b32_e32 v34, s57, v171
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_xor_b32_e32 v1, s30, v1
	v_subrev_u32_e32 v15, s30, v1
	v_sub_u32_e32 v1, 0, v20
	v_max_i32_e32 v1, v1, v20
	v_mul_hi_u32 v2, v1, v7
	v_mul_lo_u32 v2, v2, s27
	v_sub_u32_e32 v1, v1, v2
	v_subrev_u32_e32 v2, s27, v1
	v_cmp_le_u32_e32 vcc, s27, v1
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v27, 17, v32
	v_or_b32_e32 v26, 18, v32
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_subrev_u32_e32 v2, s27, v1
	v_cmp_le_u32_e32 vcc, s27, v1
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v12, 19, v32
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_b32 s5, s5, 0xffff
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_xor_b32_e32 v1, s30, v1
	v_subrev_u32_e32 v40, s30, v1
	v_sub_u32_e32 v1, 0, v19
	v_max_i32_e32 v1, v1, v19
	v_mul_hi_u32 v2, v1, v7
	v_mul_lo_u32 v2, v2, s27
	v_sub_u32_e32 v1, v1, v2
	v_subrev_u32_e32 v2, s27, v1
	v_cmp_le_u32_e32 vcc, s27, v1
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_or_b32_e32 v190, 24, v173
	.loc	1 90 37 is_stmt 0               ; fused_moe.py:90:37
	v_or_b32_e32 v9, s57, v190
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_subrev_u32_e32 v2, s27, v1
	v_cmp_le_u32_e32 vcc, s27, v1
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v8, 25, v32
	v_or_b32_e32 v6, 26, v32
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_xor_b32_e32 v1, s30, v1
	v_subrev_u32_e32 v41, s30, v1
	v_sub_u32_e32 v1, 0, v18
	v_max_i32_e32 v1, v1, v18
	v_mul_hi_u32 v2, v1, v7
	v_mul_lo_u32 v2, v2, s27
	v_sub_u32_e32 v1, v1, v2
	v_subrev_u32_e32 v2, s27, v1
	v_cmp_le_u32_e32 vcc, s27, v1
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v5, 27, v32
	s_mov_b32 s22, 0
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v31, v1, v2, vcc
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_ashrrev_i32_e32 v1, 31, v16
	v_lshrrev_b32_e32 v1, 29, v1
	v_ashrrev_i32_e32 v2, 31, v17
	v_add_u32_e32 v1, v16, v1
	v_lshrrev_b32_e32 v2, 29, v2
	v_ashrrev_i32_e32 v1, 3, v1
	v_add_u32_e32 v2, v17, v2
	v_ashrrev_i32_e32 v2, 3, v2
	.loc	1 104 22 is_stmt 0              ; fused_moe.py:104:22
	v_mad_u64_u32 v[0:1], s[10:11], v1, s6, v[24:25]
	.loc	1 119 74 is_stmt 1              ; fused_moe.py:119:74
	v_cmp_gt_i32_e32 vcc, s23, v24
	.loc	1 104 22                        ; fused_moe.py:104:22
	v_mad_u64_u32 v[2:3], s[10:11], v2, s6, v[24:25]
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_mul_lo_u32 v1, s26, v21
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 vcc, vcc, s[16:17]
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_add_u32_e32 v3, v37, v1
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 s[6:7], vcc, s[14:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v38, v36, v3, vcc
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v3, v36, v0, s[6:7]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 s[6:7], vcc, s[18:19]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v33, v36, v2, s[6:7]
	buffer_load_dwordx4 v[16:19], v3, s[40:43], 0 offen
	buffer_load_dwordx4 v[20:23], v33, s[40:43], 0 offen
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_subrev_u32_e32 v3, s27, v31
	v_cmp_le_u32_e64 s[6:7], s27, v31
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[2:3], s56, v174
	v_cmp_gt_i32_e64 s[0:1], s56, v175
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v3, v31, v3, s[6:7]
	v_xor_b32_e32 v3, s30, v3
	v_subrev_u32_e32 v42, s30, v3
	v_sub_u32_e32 v3, 0, v29
	v_max_i32_e32 v3, v3, v29
	v_mul_hi_u32 v29, v3, v7
	v_mul_lo_u32 v29, v29, s27
	v_sub_u32_e32 v3, v3, v29
	v_subrev_u32_e32 v29, s27, v3
	v_cmp_le_u32_e64 s[6:7], s27, v3
	.loc	1 110 54                        ; fused_moe.py:110:54
	s_mul_i32 s25, s25, s21
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cmpk_gt_i32 s39, 0xff
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v3, v3, v29, s[6:7]
	v_subrev_u32_e32 v29, s27, v3
	v_cmp_le_u32_e64 s[6:7], s27, v3
	s_nop 1
	v_cndmask_b32_e64 v3, v3, v29, s[6:7]
	v_xor_b32_e32 v3, s30, v3
	v_subrev_u32_e32 v43, s30, v3
	v_sub_u32_e32 v3, 0, v28
	v_max_i32_e32 v3, v3, v28
	v_mul_hi_u32 v28, v3, v7
	v_mul_lo_u32 v28, v28, s27
	v_sub_u32_e32 v3, v3, v28
	v_subrev_u32_e32 v28, s27, v3
	v_cmp_le_u32_e64 s[6:7], s27, v3
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b32_e32 v29, 4, v169
	.loc	1 101 24                        ; fused_moe.py:101:24
	s_nop 0
	v_cndmask_b32_e64 v3, v3, v28, s[6:7]
	v_subrev_u32_e32 v28, s27, v3
	v_cmp_le_u32_e64 s[6:7], s27, v3
	s_nop 1
	v_cndmask_b32_e64 v3, v3, v28, s[6:7]
	v_xor_b32_e32 v3, s30, v3
	v_subrev_u32_e32 v44, s30, v3
	v_sub_u32_e32 v3, 0, v34
	v_max_i32_e32 v3, v3, v34
	v_mul_hi_u32 v28, v3, v7
	v_mul_lo_u32 v28, v28, s27
	v_sub_u32_e32 v3, v3, v28
	v_subrev_u32_e32 v28, s27, v3
	v_cmp_le_u32_e64 s[6:7], s27, v3
	s_nop 1
	v_cndmask_b32_e64 v3, v3, v28, s[6:7]
	v_subrev_u32_e32 v28, s27, v3
	v_cmp_le_u32_e64 s[6:7], s27, v3
	s_nop 1
	v_cndmask_b32_e64 v3, v3, v28, s[6:7]
	v_xor_b32_e32 v3, s30, v3
	v_subrev_u32_e32 v45, s30, v3
	v_sub_u32_e32 v3, 0, v27
	v_max_i32_e32 v3, v3, v27
	v_mul_hi_u32 v27, v3, v7
	v_mul_lo_u32 v27, v27, s27
	v_sub_u32_e32 v3, v3, v27
	v_subrev_u32_e32 v27, s27, v3
	v_cmp_le_u32_e64 s[6:7], s27, v3
	s_nop 1
	v_cndmask_b32_e64 v3, v3, v27, s[6:7]
	v_subrev_u32_e32 v27, s27, v3
	v_cmp_le_u32_e64 s[6:7], s27, v3
	s_nop 1
	v_cndmask_b32_e64 v3, v3, v27, s[6:7]
	v_xor_b32_e32 v3, s30, v3
	v_subrev_u32_e32 v27, s30, v3
	v_sub_u32_e32 v3, 0, v26
	v_max_i32_e32 v3, v3, v26
	v_mul_hi_u32 v26, v3, v7
	v_mul_lo_u32 v26, v26, s27
	v_sub_u32_e32 v3, v3, v26
	v_subrev_u32_e32 v26, s27, v3
	v_cmp_le_u32_e64 s[6:7], s27, v3
	s_nop 1
	v_cndmask_b32_e64 v3, v3, v26, s[6:7]
	v_subrev_u32_e32 v26, s27, v3
	v_cmp_le_u32_e64 s[6:7], s27, v3
	s_nop 1
	v_cndmask_b32_e64 v26, v3, v26, s[6:7]
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_mul_lo_u32 v3, s26, v30
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshrrev_b32_e32 v30, 1, v169
	v_and_b32_e32 v30, 60, v30
	v_xor_b32_e32 v29, v30, v29
	v_add_u32_e32 v33, 0, v29
	s_waitcnt vmcnt(0)
	ds_write2st64_b32 v33, v16, v20 offset0:64 offset1:80
	v_xor_b32_e32 v16, 4, v29
	v_add_u32_e32 v35, 0, v16
	v_xor_b32_e32 v16, 8, v29
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_add_u32_e32 v28, v37, v3
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v129, 0, v16
	v_xor_b32_e32 v16, 12, v29
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_mov_b32 s6, s42
	s_mov_b32 s7, s43
	v_cndmask_b32_e32 v28, v36, v28, vcc
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v131, 0, v16
	ds_write2st64_b32 v35, v17, v21 offset0:64 offset1:80
	ds_write2st64_b32 v129, v18, v22 offset0:64 offset1:80
	ds_write2st64_b32 v131, v19, v23 offset0:64 offset1:80
	.loc	1 120 20                        ; fused_moe.py:120:20
	buffer_load_dwordx4 v[16:19], v38, s[4:7], 0 offen
	buffer_load_dwordx4 v[20:23], v28, s[4:7], 0 offen
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_sub_u32_e32 v28, 0, v12
	v_max_i32_e32 v12, v28, v12
	v_mul_hi_u32 v28, v12, v7
	v_mul_lo_u32 v28, v28, s27
	v_sub_u32_e32 v12, v12, v28
	v_subrev_u32_e32 v28, s27, v12
	v_cmp_le_u32_e64 s[10:11], s27, v12
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_waitcnt vmcnt(0)
	ds_write2st64_b32 v33, v16, v20 offset1:16
	ds_write2st64_b32 v35, v17, v21 offset1:16
	ds_write2st64_b32 v129, v18, v22 offset1:16
	ds_write2st64_b32 v131, v19, v23 offset1:16
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v12, v12, v28, s[10:11]
	v_subrev_u32_e32 v28, s27, v12
	v_cmp_le_u32_e64 s[10:11], s27, v12
	v_xor_b32_e32 v26, s30, v26
	v_subrev_u32_e32 v26, s30, v26
	v_cndmask_b32_e64 v12, v12, v28, s[10:11]
	v_sub_u32_e32 v28, 0, v9
	v_max_i32_e32 v9, v28, v9
	v_mul_hi_u32 v28, v9, v7
	v_mul_lo_u32 v28, v28, s27
	v_sub_u32_e32 v9, v9, v28
	v_subrev_u32_e32 v28, s27, v9
	v_cmp_le_u32_e64 s[10:11], s27, v9
	v_xor_b32_e32 v12, s30, v12
	v_subrev_u32_e32 v12, s30, v12
	v_cndmask_b32_e64 v9, v9, v28, s[10:11]
	v_subrev_u32_e32 v28, s27, v9
	v_cmp_le_u32_e64 s[10:11], s27, v9
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v22, 31, v12
	v_lshrrev_b32_e32 v22, 25, v22
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v9, v9, v28, s[10:11]
	v_sub_u32_e32 v28, 0, v8
	v_max_i32_e32 v8, v28, v8
	v_mul_hi_u32 v28, v8, v7
	v_mul_lo_u32 v28, v28, s27
	v_sub_u32_e32 v8, v8, v28
	v_subrev_u32_e32 v28, s27, v8
	v_cmp_le_u32_e64 s[10:11], s27, v8
	v_xor_b32_e32 v9, s30, v9
	v_subrev_u32_e32 v9, s30, v9
	v_cndmask_b32_e64 v8, v8, v28, s[10:11]
	v_subrev_u32_e32 v28, s27, v8
	v_cmp_le_u32_e64 s[10:11], s27, v8
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_add_u32_e32 v12, v12, v22
	v_ashrrev_i32_e32 v22, 7, v12
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v8, v8, v28, s[10:11]
	v_xor_b32_e32 v8, s30, v8
	v_subrev_u32_e32 v46, s30, v8
	v_sub_u32_e32 v8, 0, v6
	v_max_i32_e32 v6, v8, v6
	v_mul_hi_u32 v8, v6, v7
	v_mul_lo_u32 v8, v8, s27
	v_sub_u32_e32 v6, v6, v8
	v_subrev_u32_e32 v8, s27, v6
	v_cmp_le_u32_e64 s[10:11], s27, v6
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v12, 31, v9
	v_lshrrev_b32_e32 v12, 25, v12
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v6, v6, v8, s[10:11]
	v_subrev_u32_e32 v8, s27, v6
	v_cmp_le_u32_e64 s[10:11], s27, v6
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_add_u32_e32 v9, v9, v12
	v_ashrrev_i32_e32 v23, 7, v9
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v6, v6, v8, s[10:11]
	v_xor_b32_e32 v6, s30, v6
	v_subrev_u32_e32 v47, s30, v6
	v_sub_u32_e32 v6, 0, v5
	v_max_i32_e32 v5, v6, v5
	v_mul_hi_u32 v6, v5, v7
	v_mul_lo_u32 v6, v6, s27
	v_sub_u32_e32 v5, v5, v6
	v_subrev_u32_e32 v6, s27, v5
	v_cmp_le_u32_e64 s[10:11], s27, v5
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v9, 31, v46
	v_ashrrev_i32_e32 v21, 31, v26
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v5, v5, v6, s[10:11]
	v_subrev_u32_e32 v6, s27, v5
	v_cmp_le_u32_e64 s[10:11], s27, v5
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_lshrrev_b32_e32 v9, 25, v9
	v_lshrrev_b32_e32 v21, 25, v21
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v5, v5, v6, s[10:11]
	v_xor_b32_e32 v5, s30, v5
	v_subrev_u32_e32 v48, s30, v5
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_mul_lo_u32 v5, s26, v10
	v_add_u32_e32 v7, v37, v5
	v_mul_lo_u32 v6, s26, v13
	v_add_u32_e32 v8, v37, v6
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v7, v36, v7, vcc
	v_cndmask_b32_e32 v8, v36, v8, vcc
	buffer_load_dwordx4 v[28:31], v7, s[4:7], 0 offen
	buffer_load_dwordx4 v[36:39], v8, s[4:7], 0 offen
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v10, 31, v11
	v_add_u32_e32 v9, v46, v9
	v_lshrrev_b32_e32 v10, 25, v10
	v_add_u32_e32 v21, v26, v21
	v_ashrrev_i32_e32 v26, 7, v9
	v_ashrrev_i32_e32 v9, 31, v47
	v_add_u32_e32 v10, v11, v10
	v_ashrrev_i32_e32 v11, 31, v14
	v_ashrrev_i32_e32 v13, 31, v15
	v_ashrrev_i32_e32 v20, 31, v27
	v_lshrrev_b32_e32 v9, 25, v9
	v_lshrrev_b32_e32 v11, 25, v11
	v_lshrrev_b32_e32 v13, 25, v13
	v_lshrrev_b32_e32 v20, 25, v20
	v_add_u32_e32 v9, v47, v9
	v_add_u32_e32 v11, v14, v11
	v_add_u32_e32 v13, v15, v13
	v_ashrrev_i32_e32 v14, 31, v40
	v_ashrrev_i32_e32 v15, 31, v41
	v_ashrrev_i32_e32 v16, 31, v42
	v_ashrrev_i32_e32 v17, 31, v43
	v_ashrrev_i32_e32 v18, 31, v44
	v_ashrrev_i32_e32 v19, 31, v45
	v_add_u32_e32 v20, v27, v20
	v_ashrrev_i32_e32 v27, 7, v9
	v_ashrrev_i32_e32 v9, 31, v48
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v7, 31, v174
	v_ashrrev_i32_e32 v8, 31, v175
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_lshrrev_b32_e32 v14, 25, v14
	v_lshrrev_b32_e32 v15, 25, v15
	v_lshrrev_b32_e32 v16, 25, v16
	v_lshrrev_b32_e32 v17, 25, v17
	v_lshrrev_b32_e32 v18, 25, v18
	v_lshrrev_b32_e32 v19, 25, v19
	v_lshrrev_b32_e32 v9, 25, v9
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v7, 29, v7
	v_lshrrev_b32_e32 v8, 29, v8
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_add_u32_e32 v14, v40, v14
	v_add_u32_e32 v15, v41, v15
	v_add_u32_e32 v16, v42, v16
	v_add_u32_e32 v17, v43, v17
	v_add_u32_e32 v18, v44, v18
	v_add_u32_e32 v19, v45, v19
	v_add_u32_e32 v9, v48, v9
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v7, v174, v7
	v_add_u32_e32 v8, v175, v8
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v10, 7, v10
	v_ashrrev_i32_e32 v11, 7, v11
	v_ashrrev_i32_e32 v13, 7, v13
	v_ashrrev_i32_e32 v14, 7, v14
	v_ashrrev_i32_e32 v15, 7, v15
	v_ashrrev_i32_e32 v16, 7, v16
	v_ashrrev_i32_e32 v17, 7, v17
	v_ashrrev_i32_e32 v18, 7, v18
	v_ashrrev_i32_e32 v19, 7, v19
	v_ashrrev_i32_e32 v20, 7, v20
	v_ashrrev_i32_e32 v21, 7, v21
	v_ashrrev_i32_e32 v40, 7, v9
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v7, 3, v7
	v_ashrrev_i32_e32 v8, 3, v8
	.loc	1 110 67                        ; fused_moe.py:110:67
	v_mul_lo_u32 v9, v10, s24
	v_mul_lo_u32 v10, v11, s24
	v_mul_lo_u32 v11, v13, s24
	v_mul_lo_u32 v12, v14, s24
	v_mul_lo_u32 v13, v15, s24
	v_mul_lo_u32 v14, v16, s24
	v_mul_lo_u32 v15, v17, s24
	v_mul_lo_u32 v16, v18, s24
	v_mul_lo_u32 v17, v19, s24
	v_mul_lo_u32 v18, v20, s24
	v_mul_lo_u32 v19, v21, s24
	v_mul_lo_u32 v20, v22, s24
	v_mul_lo_u32 v21, v23, s24
	v_mul_lo_u32 v22, v26, s24
	v_mul_lo_u32 v23, v27, s24
	v_mul_lo_u32 v26, v40, s24
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_waitcnt vmcnt(0)
	ds_write2st64_b32 v33, v28, v36 offset0:32 offset1:48
	ds_write2st64_b32 v35, v29, v37 offset0:32 offset1:48
	ds_write2st64_b32 v129, v30, v38 offset0:32 offset1:48
	ds_write2st64_b32 v131, v31, v39 offset0:32 offset1:48
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cbranch_scc1 .LBB0_5
; %bb.3:                                ; %.._crit_edge_crit_edge
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_b32 s53, s9, 0xffff
	s_mov_b32 s52, s8
	s_mov_b32 s55, 0x27000
	s_mov_b32 s54, 0x7ffffffe
	.loc	1 127 34                        ; fused_moe.py:127:34
	s_and_b32 s49, s45, 0xffff
	s_mov_b32 s48, s44
	s_mov_b64 s[6:7], 0
	s_branch .LBB0_6
.LBB0_4:
	.loc	1 0 34 is_stmt 0                ; fused_moe.py:0:34
	s_cbranch_execnz .LBB0_15
	s_branch .LBB0_16
.LBB0_5:
	s_mov_b64 s[6:7], -1
                                        ; implicit-def: $sgpr52_sgpr53
                                        ; implicit-def: $sgpr48_sgpr49
.LBB0_6:                                ; %Flow
	v_mul_lo_u32 v137, v7, s20
	v_mul_lo_u32 v136, v8, s20
	v_add_u32_e32 v135, s25, v9
	v_add_u32_e32 v134, s25, v10
	v_add_u32_e32 v133, s25, v11
	v_add_u32_e32 v132, s25, v12
	v_add_u32_e32 v130, s25, v13
	v_add_u32_e32 v128, s25, v14
	v_add_u32_e32 v127, s25, v15
	v_add_u32_e32 v126, s25, v16
	v_add_u32_e32 v125, s25, v17
	v_add_u32_e32 v124, s25, v18
	v_add_u32_e32 v123, s25, v19
	v_add_u32_e32 v122, s25, v20
	v_add_u32_e32 v121, s25, v21
	v_add_u32_e32 v120, s25, v22
	v_add_u32_e32 v119, s25, v23
	v_add_u32_e32 v118, s25, v26
	s_andn2_b64 vcc, exec, s[6:7]
	v_lshlrev_b32_e32 v116, 7, v4
	v_lshlrev_b32_e32 v117, 2, v170
	s_cbranch_vccnz .LBB0_10
; %bb.7:                                ; %.lr.ph
	v_lshl_or_b32 v14, s58, 6, v117
	v_or_b32_e32 v4, v116, v117
	v_xor_b32_e32 v14, v14, v25
	v_xor_b32_e32 v4, v4, v25
	v_or_b32_e32 v14, v14, v116
.Ltmp11:
	.loc	2 43 30 is_stmt 1               ; standard.py:43:30 @[ fused_moe.py:117:33 ]
	s_lshr_b32 s6, s39, 7
	v_xor_b32_e32 v7, 8, v4
	v_xor_b32_e32 v8, 16, v4
	v_xor_b32_e32 v9, 24, v4
	v_xor_b32_e32 v10, 32, v4
	v_xor_b32_e32 v11, 40, v4
	v_xor_b32_e32 v12, 48, v4
	v_xor_b32_e32 v13, 56, v4
	v_xor_b32_e32 v15, 8, v14
	v_xor_b32_e32 v16, 16, v14
	v_xor_b32_e32 v17, 24, v14
	v_xor_b32_e32 v18, 32, v14
	v_xor_b32_e32 v19, 40, v14
	v_xor_b32_e32 v20, 48, v14
	v_xor_b32_e32 v21, 56, v14
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s55, 0x27000
	s_mov_b32 s54, 0x7ffffffe
	s_and_b32 s45, s45, 0xffff
.Ltmp12:
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_add_u32_e32 v6, s38, v6
	s_movk_i32 s7, 0x80
	v_add_u32_e32 v5, s38, v5
	v_add_u32_e32 v3, s38, v3
	v_add_u32_e32 v1, s38, v1
	v_mov_b32_e32 v36, 0
	s_mov_b64 s[52:53], s[8:9]
	s_mov_b64 s[48:49], s[44:45]
	v_add3_u32 v138, v6, v24, s7
	v_add3_u32 v139, v5, v24, s7
	v_add3_u32 v140, v3, v24, s7
	v_add3_u32 v141, v1, v24, s7
	v_add_u32_e32 v142, 0x80, v2
	v_add_u32_e32 v143, 0x80, v0
	s_add_i32 s38, s6, -1
	s_add_i32 s39, s23, 0xffffff80
	s_mov_b32 s50, 0
	s_mov_b32 s6, s42
	s_mov_b32 s7, s43
	s_mov_b32 s10, s54
	s_mov_b32 s11, s55
	s_mov_b32 s46, s54
	s_mov_b32 s47, s55
	v_add_u32_e32 v144, 0, v4
	s_movk_i32 s51, 0x7f
	v_add_u32_e32 v145, 0, v7
	v_add_u32_e32 v146, 0, v8
	v_add_u32_e32 v147, 0, v9
	v_add_u32_e32 v148, 0, v10
	v_add_u32_e32 v149, 0, v11
	v_add_u32_e32 v150, 0, v12
	v_add_u32_e32 v151, 0, v13
	v_add_u32_e32 v152, 0, v14
	v_add_u32_e32 v153, 0, v15
	v_add_u32_e32 v154, 0, v16
	v_add_u32_e32 v155, 0, v17
	v_add_u32_e32 v156, 0, v18
	v_add_u32_e32 v157, 0, v19
	v_add_u32_e32 v158, 0, v20
	v_add_u32_e32 v159, 0, v21
	s_mov_b32 s59, 0x5040100
	v_bfrev_b32_e32 v160, 1
	v_mov_b32_e32 v37, v36
	v_mov_b32_e32 v38, v36
	v_mov_b32_e32 v39, v36
	v_mov_b32_e32 v40, v36
	v_mov_b32_e32 v41, v36
	v_mov_b32_e32 v42, v36
	v_mov_b32_e32 v43, v36
	v_mov_b32_e32 v44, v36
	v_mov_b32_e32 v45, v36
	v_mov_b32_e32 v46, v36
	v_mov_b32_e32 v47, v36
	v_mov_b32_e32 v48, v36
	v_mov_b32_e32 v49, v36
	v_mov_b32_e32 v50, v36
	v_mov_b32_e32 v51, v36
	v_mov_b32_e32 v52, v36
	v_mov_b32_e32 v53, v36
	v_mov_b32_e32 v54, v36
	v_mov_b32_e32 v55, v36
	v_mov_b32_e32 v56, v36
	v_mov_b32_e32 v57, v36
	v_mov_b32_e32 v58, v36
	v_mov_b32_e32 v59, v36
	v_mov_b32_e32 v60, v36
	v_mov_b32_e32 v61, v36
	v_mov_b32_e32 v62, v36
	v_mov_b32_e32 v63, v36
	v_mov_b32_e32 v64, v36
	v_mov_b32_e32 v65, v36
	v_mov_b32_e32 v66, v36
	v_mov_b32_e32 v67, v36
	v_mov_b32_e32 v161, 8
	v_mov_b32_e32 v162, 7
	v_mov_b32_e32 v163, 0x7e00
	v_mov_b32_e32 v164, 0x1800
	v_mov_b32_e32 v165, 0x1c00
	v_mov_b32_e32 v166, 0x1e00
	v_mov_b32_e32 v167, 0x2000
	v_mov_b32_e32 v176, 0x2100
	v_mov_b32_e32 v177, 0x2200
	v_mov_b32_e32 v178, 0x2300
.LBB0_8:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 119 74                        ; fused_moe.py:119:74
	v_cmp_gt_i32_e32 vcc, s39, v24
	.loc	1 133 18                        ; fused_moe.py:133:18
	v_add_u32_e32 v1, s50, v143
	.loc	1 119 56                        ; fused_moe.py:119:56
	s_and_b64 s[20:21], s[14:15], vcc
	.loc	1 134 18                        ; fused_moe.py:134:18
	v_add_u32_e32 v0, s50, v142
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v1, v160, v1, s[20:21]
	.loc	1 119 56 is_stmt 0              ; fused_moe.py:119:56
	s_and_b64 s[20:21], s[18:19], vcc
	.loc	1 134 18 is_stmt 1              ; fused_moe.py:134:18
	v_add_u32_e32 v2, s50, v141
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v3, 0x4000, v144
	v_add_u32_e32 v4, 0x4000, v145
	v_add_u32_e32 v5, 0x4000, v146
	v_cndmask_b32_e64 v0, v160, v0, s[20:21]
	v_add_u32_e32 v12, 0x4000, v147
	v_add_u32_e32 v13, 0x4000, v148
	v_add_u32_e32 v14, 0x4000, v149
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v179, v160, v2, vcc
	.loc	1 119 20                        ; fused_moe.py:119:20
	buffer_load_dwordx4 v[16:19], v1, s[40:43], 0 offen
	buffer_load_dwordx4 v[20:23], v0, s[40:43], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2_b32 v[10:11], v3 offset1:16
	ds_read2_b32 v[8:9], v4 offset1:16
	ds_read2_b32 v[6:7], v5 offset1:16
	ds_read2_b32 v[4:5], v12 offset1:16
	ds_read2_b32 v[2:3], v13 offset1:16
	ds_read2_b32 v[0:1], v14 offset1:16
	s_waitcnt lgkmcnt(5)
	v_lshlrev_b16_sdwa v26, v162, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v14, 7, v10
	v_and_b32_sdwa v30, v10, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v26, 0x3f80, v26
	v_lshrrev_b32_e32 v12, 8, v10
	v_lshlrev_b16_e32 v13, 8, v10
	v_lshlrev_b16_sdwa v15, v161, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v27, v161, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v28, v162, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v29, v10, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v10, 0x7f, v10
	v_and_b32_e32 v14, 0x3f80, v14
	v_add_u16_e32 v26, 0x2000, v26
	v_cmp_ne_u16_e64 s[22:23], s51, v30
	v_add_u16_e32 v14, 0x2000, v14
	v_cmp_ne_u16_e64 s[24:25], s51, v10
	v_cndmask_b32_e64 v26, v163, v26, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v30
	v_cndmask_b32_e64 v14, v163, v14, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v10
	v_cndmask_b32_e64 v26, 0, v26, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v30
	v_cndmask_b32_e64 v14, 0, v14, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v10
	v_cndmask_b32_e64 v26, v164, v26, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v30
	v_cndmask_b32_e64 v14, v164, v14, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v10
	v_cndmask_b32_e64 v26, v165, v26, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v30
	v_cndmask_b32_e64 v14, v165, v14, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v10
	v_cndmask_b32_e64 v26, v166, v26, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v30
	v_cndmask_b32_e64 v14, v166, v14, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v10
	v_cndmask_b32_e64 v26, v167, v26, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v30
	v_cndmask_b32_e64 v14, v167, v14, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v10
	v_cndmask_b32_e64 v26, v176, v26, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v30
	v_and_b32_e32 v28, 0x3f80, v28
	v_cndmask_b32_e64 v14, v176, v14, s[24:25]
	v_cndmask_b32_e64 v26, v177, v26, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v30
	v_lshlrev_b16_e32 v30, 7, v12
	v_cmp_ne_u16_e64 s[24:25], 6, v10
	v_add_u16_e32 v28, 0x2000, v28
	v_cmp_ne_u16_e64 s[20:21], s51, v29
	v_cndmask_b32_e64 v14, v177, v14, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v10
	v_and_b32_e32 v10, 0x7f, v12
	v_and_b32_e32 v30, 0x3f80, v30
	v_cndmask_b32_e64 v28, v163, v28, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v29
	v_add_u16_e32 v30, 0x2000, v30
	v_cmp_ne_u16_e64 s[26:27], s51, v10
	v_cndmask_b32_e64 v28, 0, v28, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v29
	v_cndmask_b32_e64 v30, v163, v30, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v10
	v_cndmask_b32_e64 v28, v164, v28, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v29
	v_cndmask_b32_e64 v30, 0, v30, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v10
	v_cndmask_b32_e64 v28, v165, v28, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v29
	v_cndmask_b32_e64 v30, v164, v30, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v10
	v_cndmask_b32_e64 v28, v166, v28, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v29
	v_cndmask_b32_e64 v30, v165, v30, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v10
	v_cndmask_b32_e64 v28, v167, v28, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v29
	v_cndmask_b32_e64 v30, v166, v30, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v10
	v_cndmask_b32_e64 v28, v176, v28, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v29
	v_cndmask_b32_e64 v30, v167, v30, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v10
	v_cndmask_b32_e64 v28, v177, v28, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v29
	s_waitcnt lgkmcnt(4)
	v_lshlrev_b16_sdwa v29, v162, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v30, v176, v30, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v10
	v_and_b32_e32 v15, 0xffff8000, v15
	v_cndmask_b32_e64 v26, v178, v26, s[22:23]
	v_lshlrev_b16_e32 v69, 7, v8
	v_cndmask_b32_e64 v30, v177, v30, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v10
	v_and_b32_e32 v13, 0xffff8000, v13
	v_cndmask_b32_e64 v14, v178, v14, s[24:25]
	v_or_b32_e32 v15, v26, v15
	v_and_b32_e32 v26, 0xffff8000, v27
	v_cndmask_b32_e64 v27, v178, v28, s[20:21]
	v_and_b32_sdwa v28, v8, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v29, 0x3f80, v29
	v_lshrrev_b32_e32 v31, 8, v8
	v_lshlrev_b16_e32 v68, 8, v8
	v_lshlrev_b16_sdwa v70, v161, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v10, v161, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v13, v14, v13
	v_lshlrev_b16_sdwa v14, v162, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v71, v8, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v26, v27, v26
	v_cndmask_b32_e64 v27, v178, v30, s[26:27]
	v_and_b32_e32 v8, 0x7f, v8
	v_and_b32_e32 v30, 0x3f80, v69
	v_add_u16_e32 v29, 0x2000, v29
	v_cmp_ne_u16_e64 s[22:23], s51, v28
	v_add_u16_e32 v30, 0x2000, v30
	v_cmp_ne_u16_e64 s[24:25], s51, v8
	v_cndmask_b32_e64 v29, v163, v29, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v28
	v_cndmask_b32_e64 v30, v163, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v8
	v_cndmask_b32_e64 v29, 0, v29, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v28
	v_cndmask_b32_e64 v30, 0, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v8
	v_cndmask_b32_e64 v29, v164, v29, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v28
	v_cndmask_b32_e64 v30, v164, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v8
	v_cndmask_b32_e64 v29, v165, v29, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v28
	v_cndmask_b32_e64 v30, v165, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v8
	v_cndmask_b32_e64 v29, v166, v29, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v28
	v_cndmask_b32_e64 v30, v166, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v8
	v_cndmask_b32_e64 v29, v167, v29, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v28
	v_and_b32_e32 v14, 0x3f80, v14
	v_cndmask_b32_e64 v30, v167, v30, s[24:25]
	v_cndmask_b32_e64 v29, v176, v29, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v28
	v_cmp_ne_u16_e64 s[24:25], 5, v8
	v_add_u16_e32 v14, 0x2000, v14
	v_cmp_ne_u16_e64 s[20:21], s51, v71
	v_cndmask_b32_e64 v29, v177, v29, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v28
	v_lshlrev_b16_e32 v28, 7, v31
	v_cndmask_b32_e64 v30, v176, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v8
	v_cndmask_b32_e64 v14, v163, v14, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v71
	v_cndmask_b32_e64 v30, v177, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v8
	v_and_b32_e32 v8, 0x7f, v31
	v_and_b32_e32 v28, 0x3f80, v28
	v_cndmask_b32_e64 v14, 0, v14, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v71
	v_add_u16_e32 v28, 0x2000, v28
	v_cmp_ne_u16_e64 s[26:27], s51, v8
	v_cndmask_b32_e64 v14, v164, v14, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v71
	v_cndmask_b32_e64 v28, v163, v28, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v8
	v_cndmask_b32_e64 v14, v165, v14, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v71
	v_cndmask_b32_e64 v28, 0, v28, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v8
	v_cndmask_b32_e64 v14, v166, v14, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v71
	v_cndmask_b32_e64 v28, v164, v28, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v8
	v_cndmask_b32_e64 v14, v167, v14, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v71
	v_cndmask_b32_e64 v28, v165, v28, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v8
	v_cndmask_b32_e64 v14, v176, v14, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v71
	v_cndmask_b32_e64 v28, v166, v28, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v8
	v_cndmask_b32_e64 v14, v177, v14, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v71
	v_cndmask_b32_e64 v28, v167, v28, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v8
	v_lshlrev_b16_e32 v12, 8, v12
	v_and_b32_e32 v68, 0xffff8000, v68
	v_cndmask_b32_e64 v28, v176, v28, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v8
	v_cndmask_b32_e64 v30, v178, v30, s[24:25]
	v_and_b32_e32 v69, 0xffff8000, v70
	v_cndmask_b32_e64 v29, v178, v29, s[22:23]
	v_and_b32_e32 v10, 0xffff8000, v10
	v_cndmask_b32_e64 v14, v178, v14, s[20:21]
	v_and_b32_e32 v12, 0xffff8000, v12
	v_cndmask_b32_e64 v28, v177, v28, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v8
	v_or_b32_e32 v30, v30, v68
	s_waitcnt lgkmcnt(3)
	v_lshlrev_b16_sdwa v68, v162, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v29, v29, v69
	v_or_b32_e32 v10, v14, v10
	v_lshlrev_b16_e32 v31, 8, v31
	v_or_b32_e32 v12, v27, v12
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v27, v26, v15, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_e32 v15, 7, v6
	v_and_b32_e32 v31, 0xffff8000, v31
	v_cndmask_b32_e64 v28, v178, v28, s[26:27]
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v73, v10, v29, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_sdwa v10, v6, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v29, 0x3f80, v68
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v26, v12, v13, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshrrev_b32_e32 v12, 8, v6
	v_lshlrev_b16_e32 v13, 8, v6
	v_lshlrev_b16_sdwa v8, v161, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v161, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v14, v162, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v28, v28, v31
	v_and_b32_sdwa v31, v6, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v6, 0x7f, v6
	v_and_b32_e32 v15, 0x3f80, v15
	v_add_u16_e32 v29, 0x2000, v29
	v_cmp_ne_u16_e64 s[22:23], s51, v10
	v_add_u16_e32 v15, 0x2000, v15
	v_cmp_ne_u16_e64 s[24:25], s51, v6
	v_cndmask_b32_e64 v29, v163, v29, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v10
	v_cndmask_b32_e64 v15, v163, v15, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v6
	v_cndmask_b32_e64 v29, 0, v29, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v10
	v_cndmask_b32_e64 v15, 0, v15, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v6
	v_cndmask_b32_e64 v29, v164, v29, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v10
	v_cndmask_b32_e64 v15, v164, v15, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v6
	v_cndmask_b32_e64 v29, v165, v29, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v10
	v_cndmask_b32_e64 v15, v165, v15, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v6
	v_cndmask_b32_e64 v29, v166, v29, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v10
	v_cndmask_b32_e64 v15, v166, v15, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v6
	v_cndmask_b32_e64 v29, v167, v29, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v10
	v_cndmask_b32_e64 v15, v167, v15, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v6
	v_cndmask_b32_e64 v29, v176, v29, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v10
	v_cndmask_b32_e64 v15, v176, v15, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v6
	v_cndmask_b32_e64 v29, v177, v29, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v10
	v_lshlrev_b16_e32 v10, 7, v12
	v_and_b32_e32 v14, 0x3f80, v14
	v_cndmask_b32_e64 v15, v177, v15, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v6
	v_and_b32_e32 v6, 0x7f, v12
	v_and_b32_e32 v10, 0x3f80, v10
	v_add_u16_e32 v14, 0x2000, v14
	v_cmp_ne_u16_e64 s[20:21], s51, v31
	v_add_u16_e32 v10, 0x2000, v10
	v_cmp_ne_u16_e64 s[26:27], s51, v6
	v_cndmask_b32_e64 v14, v163, v14, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v31
	v_cndmask_b32_e64 v10, v163, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v6
	v_cndmask_b32_e64 v14, 0, v14, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v31
	v_cndmask_b32_e64 v10, 0, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v6
	v_cndmask_b32_e64 v14, v164, v14, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v31
	v_cndmask_b32_e64 v10, v164, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v6
	v_cndmask_b32_e64 v14, v165, v14, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v31
	v_cndmask_b32_e64 v10, v165, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v6
	v_cndmask_b32_e64 v14, v166, v14, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v31
	v_cndmask_b32_e64 v10, v166, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v6
	v_cndmask_b32_e64 v14, v167, v14, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v31
	v_cndmask_b32_e64 v10, v167, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v6
	v_cndmask_b32_e64 v14, v176, v14, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v31
	v_cndmask_b32_e64 v10, v176, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v6
	v_cndmask_b32_e64 v14, v177, v14, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v31
	v_cndmask_b32_e64 v10, v177, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v6
	v_lshlrev_b16_e32 v12, 8, v12
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v72, v28, v30, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_e32 v8, 0xffff8000, v8
	v_cndmask_b32_e64 v29, v178, v29, s[22:23]
	v_and_b32_e32 v30, 0xffff8000, v69
	v_cndmask_b32_e64 v14, v178, v14, s[20:21]
	v_and_b32_e32 v12, 0xffff8000, v12
	v_cndmask_b32_e64 v10, v178, v10, s[26:27]
	v_or_b32_e32 v8, v29, v8
	v_or_b32_e32 v14, v14, v30
	v_or_b32_e32 v10, v10, v12
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b16_sdwa v12, v162, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v71, v14, v8, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_sdwa v8, v4, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v12, 0x3f80, v12
	v_add_u16_e32 v12, 0x2000, v12
	v_cmp_ne_u16_e64 s[20:21], s51, v8
	v_and_b32_e32 v13, 0xffff8000, v13
	v_cndmask_b32_e64 v15, v178, v15, s[24:25]
	v_cndmask_b32_e64 v12, v163, v12, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v8
	v_or_b32_e32 v13, v15, v13
	v_lshlrev_b16_sdwa v30, v162, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v12, 0, v12, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v8
	v_lshlrev_b16_e32 v15, 7, v4
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v70, v10, v13, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v12, v164, v12, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v8
	v_and_b32_sdwa v10, v4, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v14, 0x3f80, v30
	v_cndmask_b32_e64 v12, v165, v12, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v8
	v_and_b32_e32 v13, 0x3f80, v15
	v_add_u16_e32 v14, 0x2000, v14
	v_cndmask_b32_e64 v12, v166, v12, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v8
	v_cmp_ne_u16_e64 s[22:23], s51, v10
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e64 v12, v167, v12, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v8
	v_cndmask_b32_e64 v14, v163, v14, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v10
	v_cndmask_b32_e64 v12, v176, v12, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v8
	v_cndmask_b32_e64 v14, 0, v14, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v10
	v_cndmask_b32_e64 v12, v177, v12, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v8
	v_and_b32_e32 v8, 0x7f, v4
	v_cmp_ne_u16_e64 s[24:25], s51, v8
	v_cndmask_b32_e64 v14, v164, v14, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v10
	v_cndmask_b32_e64 v13, v163, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v8
	v_cndmask_b32_e64 v14, v165, v14, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v10
	v_cndmask_b32_e64 v13, 0, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v8
	v_cndmask_b32_e64 v14, v166, v14, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v10
	v_cndmask_b32_e64 v13, v164, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v8
	v_cndmask_b32_e64 v14, v167, v14, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v10
	v_cndmask_b32_e64 v13, v165, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v8
	v_lshrrev_b32_e32 v28, 8, v4
	v_cndmask_b32_e64 v14, v176, v14, s[22:23]
	v_cndmask_b32_e64 v13, v166, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v8
	v_cmp_ne_u16_e64 s[22:23], 6, v10
	v_lshlrev_b16_e32 v6, 8, v4
	v_cndmask_b32_e64 v13, v167, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v8
	v_cndmask_b32_e64 v14, v177, v14, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v10
	v_lshlrev_b16_e32 v10, 7, v28
	v_cndmask_b32_e64 v13, v176, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v8
	v_and_b32_e32 v10, 0x3f80, v10
	v_add_u16_e32 v10, 0x2000, v10
	v_cndmask_b32_e64 v13, v177, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v8
	v_and_b32_e32 v8, 0x7f, v28
	v_cmp_ne_u16_e64 s[26:27], s51, v8
	v_lshlrev_b16_sdwa v29, v161, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v4, v161, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v10, v163, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v8
	v_lshlrev_b16_e32 v15, 8, v28
	v_and_b32_e32 v6, 0xffff8000, v6
	v_cndmask_b32_e64 v10, 0, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v8
	v_cndmask_b32_e64 v14, v178, v14, s[22:23]
	v_and_b32_e32 v4, 0xffff8000, v4
	v_cndmask_b32_e64 v10, v164, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v8
	v_cndmask_b32_e64 v12, v178, v12, s[20:21]
	v_and_b32_e32 v15, 0xffff8000, v15
	v_cndmask_b32_e64 v10, v165, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v8
	v_or_b32_e32 v4, v12, v4
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b16_sdwa v12, v162, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v10, v166, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v8
	v_and_b32_e32 v12, 0x3f80, v12
	v_add_u16_e32 v12, 0x2000, v12
	v_cndmask_b32_e64 v10, v167, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v8
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_read2_b32 v[80:81], v152 offset1:16
	ds_read2_b32 v[112:113], v153 offset1:16
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v10, v176, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v8
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_read2_b32 v[114:115], v154 offset1:16
	.loc	1 125 48                        ; fused_moe.py:125:48
	s_ashr_i32 s60, s50, 7
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v10, v177, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v8
	v_cndmask_b32_e64 v8, v178, v13, s[24:25]
	v_and_b32_e32 v13, 0xffff8000, v29
	v_cndmask_b32_e64 v10, v178, v10, s[26:27]
	v_or_b32_e32 v6, v8, v6
	v_or_b32_e32 v13, v14, v13
	v_or_b32_e32 v10, v10, v15
	v_lshlrev_b16_sdwa v15, v162, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v69, v4, v13, s59
	v_perm_b32 v68, v10, v6, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_sdwa v4, v2, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v10, 0x3f80, v15
	v_add_u16_e32 v10, 0x2000, v10
	v_cmp_ne_u16_e64 s[20:21], s51, v4
	v_lshlrev_b16_e32 v14, 7, v2
	v_and_b32_sdwa v6, v2, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v10, v163, v10, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v4
	v_and_b32_e32 v13, 0x3f80, v14
	v_cmp_ne_u16_e64 s[22:23], s51, v6
	v_cndmask_b32_e64 v10, 0, v10, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v4
	v_cndmask_b32_e64 v12, v163, v12, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v6
	v_cndmask_b32_e64 v10, v164, v10, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v4
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e64 v12, 0, v12, s[22:23]
	v_cndmask_b32_e64 v10, v165, v10, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v4
	v_cmp_ne_u16_e64 s[22:23], 1, v6
	v_lshrrev_b32_e32 v8, 8, v2
	v_cndmask_b32_e64 v10, v166, v10, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v4
	v_cndmask_b32_e64 v12, v164, v12, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v6
	v_cndmask_b32_e64 v10, v167, v10, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v4
	v_cndmask_b32_e64 v12, v165, v12, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v6
	v_cndmask_b32_e64 v10, v176, v10, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v4
	v_cndmask_b32_e64 v12, v166, v12, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v6
	v_cndmask_b32_e64 v10, v177, v10, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v4
	v_and_b32_e32 v4, 0x7f, v2
	v_cmp_ne_u16_e64 s[24:25], s51, v4
	v_cndmask_b32_e64 v12, v167, v12, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v6
	v_cndmask_b32_e64 v13, v163, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v4
	v_cndmask_b32_e64 v12, v176, v12, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v6
	v_cndmask_b32_e64 v13, 0, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v4
	v_cndmask_b32_e64 v12, v177, v12, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v6
	v_cndmask_b32_e64 v13, v164, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v4
	v_lshlrev_b16_e32 v6, 7, v8
	v_and_b32_e32 v6, 0x3f80, v6
	v_cndmask_b32_e64 v13, v165, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v4
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e64 v12, v178, v12, s[22:23]
	v_cndmask_b32_e64 v13, v166, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v4
	v_cndmask_b32_e64 v10, v178, v10, s[20:21]
	v_and_b32_sdwa v14, v11, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e64 v13, v167, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v4
	v_and_b32_sdwa v15, v11, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_add_i32 s38, s38, -1
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v13, v176, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v4
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_addk_i32 s39, 0xff80
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_nop 0
	v_cndmask_b32_e64 v13, v177, v13, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v4
	v_and_b32_e32 v4, 0x7f, v8
	v_cmp_ne_u16_e64 s[26:27], s51, v4
	v_cndmask_b32_e64 v13, v178, v13, s[24:25]
	v_lshlrev_b16_e32 v8, 8, v8
	v_cndmask_b32_e64 v6, v163, v6, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v4
	v_and_b32_e32 v8, 0xffff8000, v8
	s_nop 0
	v_cndmask_b32_e64 v6, 0, v6, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v164, v6, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v165, v6, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v166, v6, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v167, v6, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v176, v6, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v177, v6, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v4
	v_lshlrev_b16_e32 v4, 8, v2
	v_and_b32_e32 v4, 0xffff8000, v4
	v_or_b32_e32 v4, v13, v4
	v_lshlrev_b16_sdwa v13, v161, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v2, v161, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v13, 0xffff8000, v13
	v_and_b32_e32 v2, 0xffff8000, v2
	v_or_b32_e32 v12, v12, v13
	v_or_b32_e32 v2, v10, v2
	v_cndmask_b32_e64 v6, v178, v6, s[26:27]
	v_or_b32_e32 v6, v6, v8
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v31, v2, v12, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_waitcnt lgkmcnt(3)
	v_lshlrev_b16_sdwa v2, v162, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v30, v6, v4, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_sdwa v4, v0, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e64 s[20:21], s51, v4
	v_lshlrev_b16_sdwa v8, v162, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v6, 0x3f80, v8
	v_cndmask_b32_e64 v2, v163, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v4
	v_add_u16_e32 v6, 0x2000, v6
	v_lshlrev_b16_e32 v10, 7, v0
	v_cndmask_b32_e64 v2, 0, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v4
	v_and_b32_e32 v8, 0x3f80, v10
	v_add_u16_e32 v8, 0x2000, v8
	v_cndmask_b32_e64 v2, v164, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v2, v165, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v2, v166, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v2, v167, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v2, v176, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v2, v177, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v4
	v_and_b32_sdwa v4, v0, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[22:23], s51, v4
	v_cndmask_b32_e64 v2, v178, v2, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v6, v163, v6, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v4
	s_nop 1
	v_cndmask_b32_e64 v6, 0, v6, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v164, v6, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v165, v6, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v166, v6, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v167, v6, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v176, v6, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v177, v6, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v4
	v_and_b32_e32 v4, 0x7f, v0
	v_cmp_ne_u16_e64 s[24:25], s51, v4
	v_cndmask_b32_e64 v6, v178, v6, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v8, v163, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v4
	s_nop 1
	v_cndmask_b32_e64 v8, 0, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v4
	s_nop 1
	v_cndmask_b32_e64 v8, v164, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v8, v165, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v8, v166, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v8, v167, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v8, v176, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v8, v177, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v4
	v_lshrrev_b32_e32 v4, 8, v0
	v_lshlrev_b16_e32 v10, 7, v4
	v_and_b32_e32 v10, 0x3f80, v10
	v_and_b32_e32 v12, 0x7f, v4
	v_add_u16_e32 v10, 0x2000, v10
	v_cmp_ne_u16_e64 s[26:27], s51, v12
	v_cndmask_b32_e64 v8, v178, v8, s[24:25]
	s_nop 0
	v_cndmask_b32_e64 v10, v163, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v12
	s_nop 1
	v_cndmask_b32_e64 v10, 0, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v164, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v165, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v166, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v167, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v176, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v177, v10, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v12
	v_lshlrev_b16_e32 v12, 8, v0
	v_and_b32_e32 v12, 0xffff8000, v12
	v_or_b32_e32 v8, v8, v12
	v_lshlrev_b16_sdwa v12, v161, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v0, v161, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v12, 0xffff8000, v12
	v_and_b32_e32 v0, 0xffff8000, v0
	v_or_b32_e32 v6, v6, v12
	v_or_b32_e32 v0, v2, v0
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v29, v0, v6, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v0, 0x4000, v150
	ds_read2_b32 v[12:13], v0 offset1:16
	v_lshlrev_b16_e32 v2, 8, v4
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v4, v178, v10, s[26:27]
	v_or_b32_e32 v2, v4, v2
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v0, v162, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v28, v2, v8, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_e32 v0, 0x3f80, v0
	v_and_b32_sdwa v2, v12, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e64 s[20:21], s51, v2
	v_and_b32_sdwa v4, v12, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[22:23], s51, v4
	v_cndmask_b32_e64 v0, v163, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v2
	v_and_b32_e32 v6, 0x7f, v12
	v_cmp_ne_u16_e64 s[24:25], s51, v6
	v_cndmask_b32_e64 v0, 0, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v164, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v165, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v166, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v167, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v176, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v177, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v2
	v_lshlrev_b16_sdwa v2, v162, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cndmask_b32_e64 v2, v163, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v4
	v_cndmask_b32_e64 v0, v178, v0, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v2, 0, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v4
	s_nop 1
	v_cndmask_b32_e64 v2, v164, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v2, v165, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v2, v166, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v2, v167, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v2, v176, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v2, v177, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v4
	v_lshlrev_b16_e32 v4, 7, v12
	v_and_b32_e32 v4, 0x3f80, v4
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e64 v4, v163, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v6
	v_cndmask_b32_e64 v2, v178, v2, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v4, 0, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v164, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v165, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v166, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v167, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v176, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v177, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v6
	v_lshrrev_b32_e32 v6, 8, v12
	v_lshlrev_b16_e32 v8, 7, v6
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v10, 0x7f, v6
	v_add_u16_e32 v8, 0x2000, v8
	v_cmp_ne_u16_e64 s[26:27], s51, v10
	v_cndmask_b32_e64 v4, v178, v4, s[24:25]
	v_lshlrev_b16_e32 v6, 8, v6
	v_cndmask_b32_e64 v8, v163, v8, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v10
	v_and_b32_e32 v6, 0xffff8000, v6
	s_nop 0
	v_cndmask_b32_e64 v8, 0, v8, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v164, v8, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v165, v8, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v166, v8, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v167, v8, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v176, v8, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v177, v8, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v10
	v_lshlrev_b16_e32 v10, 8, v12
	v_and_b32_e32 v10, 0xffff8000, v10
	v_or_b32_e32 v4, v4, v10
	v_lshlrev_b16_sdwa v10, v161, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v10, 0xffff8000, v10
	v_or_b32_e32 v2, v2, v10
	v_lshlrev_b16_sdwa v10, v161, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v10, 0xffff8000, v10
	v_or_b32_e32 v0, v0, v10
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v77, v0, v2, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v0, 0x4000, v151
	ds_read2_b32 v[74:75], v0 offset1:16
	v_cndmask_b32_e64 v8, v178, v8, s[26:27]
	v_or_b32_e32 v6, v8, v6
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v76, v6, v4, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v12, v162, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v0, v162, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v0, 0x3f80, v0
	v_and_b32_sdwa v2, v74, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e64 s[20:21], s51, v2
	v_and_b32_sdwa v4, v74, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[22:23], s51, v4
	v_cndmask_b32_e64 v0, v163, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v2
	v_and_b32_e32 v6, 0x7f, v74
	v_cmp_ne_u16_e64 s[24:25], s51, v6
	v_cndmask_b32_e64 v0, 0, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v2
	v_and_b32_e32 v12, 0x3f80, v12
	v_add_u16_e32 v12, 0x2000, v12
	v_cndmask_b32_e64 v0, v164, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v165, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v166, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v167, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v176, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v177, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v2
	v_lshlrev_b16_sdwa v2, v162, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cndmask_b32_e64 v2, v163, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v4
	v_cndmask_b32_e64 v0, v178, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], s51, v14
	v_cndmask_b32_e64 v2, 0, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v4
	v_cndmask_b32_e64 v12, v163, v12, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v14
	v_cndmask_b32_e64 v2, v164, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v4
	v_cndmask_b32_e64 v12, 0, v12, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v14
	v_cndmask_b32_e64 v2, v165, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v4
	v_cndmask_b32_e64 v12, v164, v12, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v14
	v_cndmask_b32_e64 v2, v166, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v4
	v_cndmask_b32_e64 v12, v165, v12, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v14
	v_cndmask_b32_e64 v2, v167, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v4
	v_cndmask_b32_e64 v12, v166, v12, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v14
	v_cndmask_b32_e64 v2, v176, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v4
	v_cndmask_b32_e64 v12, v167, v12, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v14
	v_cndmask_b32_e64 v2, v177, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v4
	v_lshlrev_b16_e32 v4, 7, v74
	v_and_b32_e32 v4, 0x3f80, v4
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e64 v4, v163, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v6
	v_cndmask_b32_e64 v2, v178, v2, s[22:23]
	v_cndmask_b32_e64 v12, v176, v12, s[20:21]
	v_cndmask_b32_e64 v4, 0, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v6
	v_cmp_ne_u16_e64 s[20:21], 6, v14
	v_cmp_ne_u16_e64 s[22:23], s51, v15
	v_cndmask_b32_e64 v4, v164, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v6
	v_cndmask_b32_e64 v12, v177, v12, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v14
	v_cndmask_b32_e64 v4, v165, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v166, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v167, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v176, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v177, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v6
	v_lshrrev_b32_e32 v6, 8, v74
	v_lshlrev_b16_e32 v8, 7, v6
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v10, 0x7f, v6
	v_add_u16_e32 v8, 0x2000, v8
	v_cmp_ne_u16_e64 s[26:27], s51, v10
	v_cndmask_b32_e64 v4, v178, v4, s[24:25]
	v_lshlrev_b16_e32 v6, 8, v6
	v_cndmask_b32_e64 v8, v163, v8, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v10
	v_and_b32_e32 v6, 0xffff8000, v6
	s_nop 0
	v_cndmask_b32_e64 v8, 0, v8, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v164, v8, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v165, v8, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v166, v8, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v167, v8, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v176, v8, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v177, v8, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v10
	v_lshlrev_b16_e32 v10, 8, v74
	v_and_b32_e32 v10, 0xffff8000, v10
	v_or_b32_e32 v4, v4, v10
	v_lshlrev_b16_sdwa v10, v161, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v10, 0xffff8000, v10
	v_or_b32_e32 v2, v2, v10
	v_lshlrev_b16_sdwa v10, v161, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v8, v178, v8, s[26:27]
	v_and_b32_e32 v10, 0xffff8000, v10
	v_or_b32_e32 v6, v8, v6
	v_or_b32_e32 v0, v0, v10
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v82, v6, v4, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_e32 v4, 7, v11
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v83, v0, v2, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshrrev_b32_e32 v0, 8, v11
	v_lshlrev_b16_e32 v2, 8, v11
	v_lshlrev_b16_sdwa v6, v161, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v8, v162, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v10, v161, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v11, 0x7f, v11
	v_and_b32_e32 v4, 0x3f80, v4
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[24:25], s51, v11
	v_and_b32_e32 v8, 0x3f80, v8
	v_add_u16_e32 v8, 0x2000, v8
	v_cndmask_b32_e64 v4, v163, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v11
	v_cndmask_b32_e64 v8, v163, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v15
	v_cndmask_b32_e64 v4, 0, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v11
	v_and_b32_e32 v14, 0x7f, v0
	v_cndmask_b32_e64 v8, 0, v8, s[22:23]
	v_cndmask_b32_e64 v4, v164, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v11
	v_cmp_ne_u16_e64 s[22:23], 1, v15
	v_cmp_ne_u16_e64 s[26:27], s51, v14
	v_cndmask_b32_e64 v4, v165, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v11
	v_cndmask_b32_e64 v8, v164, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v15
	v_cndmask_b32_e64 v4, v166, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v11
	v_cndmask_b32_e64 v8, v165, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v15
	v_cndmask_b32_e64 v4, v167, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v11
	v_cndmask_b32_e64 v8, v166, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v15
	v_cndmask_b32_e64 v4, v176, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v11
	v_cndmask_b32_e64 v8, v167, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v15
	v_cndmask_b32_e64 v4, v177, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v11
	v_lshlrev_b16_e32 v11, 7, v0
	v_and_b32_e32 v11, 0x3f80, v11
	v_add_u16_e32 v11, 0x2000, v11
	v_cndmask_b32_e64 v11, v163, v11, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v14
	v_cndmask_b32_e64 v8, v176, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v15
	v_cndmask_b32_e64 v11, 0, v11, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v14
	v_cndmask_b32_e64 v8, v177, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v15
	v_cndmask_b32_e64 v11, v164, v11, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v14
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v4, v178, v4, s[24:25]
	v_cndmask_b32_e64 v11, v165, v11, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v14
	v_or_b32_e32 v2, v4, v2
	v_and_b32_e32 v4, 0xffff8000, v6
	v_cndmask_b32_e64 v11, v166, v11, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v14
	v_cndmask_b32_e64 v6, v178, v8, s[22:23]
	v_or_b32_e32 v4, v6, v4
	v_cndmask_b32_e64 v11, v167, v11, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v14
	v_and_b32_e32 v6, 0xffff8000, v10
	v_cndmask_b32_e64 v8, v178, v12, s[20:21]
	v_cndmask_b32_e64 v11, v176, v11, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v14
	v_lshlrev_b16_e32 v0, 8, v0
	v_or_b32_e32 v6, v8, v6
	v_cndmask_b32_e64 v11, v177, v11, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v14
	v_and_b32_e32 v0, 0xffff8000, v0
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v85, v6, v4, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v8, v178, v11, s[26:27]
	v_or_b32_e32 v0, v8, v0
	v_lshlrev_b16_e32 v4, 7, v9
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v84, v0, v2, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshrrev_b32_e32 v0, 8, v9
	v_lshlrev_b16_e32 v2, 8, v9
	v_lshlrev_b16_sdwa v6, v161, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v8, v162, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v10, v161, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v11, v162, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v12, v9, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v14, v9, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v9, 0x7f, v9
	v_and_b32_e32 v4, 0x3f80, v4
	v_and_b32_e32 v11, 0x3f80, v11
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[24:25], s51, v9
	v_add_u16_e32 v11, 0x2000, v11
	v_cmp_ne_u16_e64 s[20:21], s51, v12
	v_cndmask_b32_e64 v4, v163, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v9
	v_cndmask_b32_e64 v11, v163, v11, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v12
	v_cndmask_b32_e64 v4, 0, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v9
	v_cndmask_b32_e64 v11, 0, v11, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v12
	v_cndmask_b32_e64 v4, v164, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v9
	v_cndmask_b32_e64 v11, v164, v11, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v12
	v_cndmask_b32_e64 v4, v165, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v9
	v_cndmask_b32_e64 v11, v165, v11, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v12
	v_cndmask_b32_e64 v4, v166, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v9
	v_cndmask_b32_e64 v11, v166, v11, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v12
	v_cndmask_b32_e64 v4, v167, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v9
	v_cndmask_b32_e64 v11, v167, v11, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v12
	v_and_b32_e32 v8, 0x3f80, v8
	v_cndmask_b32_e64 v4, v176, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v9
	v_cndmask_b32_e64 v11, v176, v11, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v12
	v_add_u16_e32 v8, 0x2000, v8
	v_cmp_ne_u16_e64 s[22:23], s51, v14
	v_cndmask_b32_e64 v4, v177, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v9
	v_lshlrev_b16_e32 v9, 7, v0
	v_cndmask_b32_e64 v11, v177, v11, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v12
	v_cndmask_b32_e64 v8, v163, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v14
	v_and_b32_e32 v9, 0x3f80, v9
	v_and_b32_e32 v12, 0x7f, v0
	v_cndmask_b32_e64 v8, 0, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v14
	v_add_u16_e32 v9, 0x2000, v9
	v_cmp_ne_u16_e64 s[26:27], s51, v12
	v_cndmask_b32_e64 v8, v164, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v14
	v_cndmask_b32_e64 v9, v163, v9, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v12
	v_cndmask_b32_e64 v8, v165, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v14
	v_cndmask_b32_e64 v9, 0, v9, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v12
	v_cndmask_b32_e64 v8, v166, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v14
	v_cndmask_b32_e64 v9, v164, v9, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v12
	v_cndmask_b32_e64 v8, v167, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v14
	v_cndmask_b32_e64 v9, v165, v9, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v12
	v_cndmask_b32_e64 v8, v176, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v14
	v_cndmask_b32_e64 v9, v166, v9, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v12
	v_cndmask_b32_e64 v8, v177, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v14
	v_cndmask_b32_e64 v9, v167, v9, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v12
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v4, v178, v4, s[24:25]
	v_cndmask_b32_e64 v9, v176, v9, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v12
	v_or_b32_e32 v2, v4, v2
	v_and_b32_e32 v4, 0xffff8000, v6
	v_cndmask_b32_e64 v6, v178, v8, s[22:23]
	v_cndmask_b32_e64 v9, v177, v9, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v12
	v_or_b32_e32 v4, v6, v4
	v_and_b32_e32 v6, 0xffff8000, v10
	v_cndmask_b32_e64 v8, v178, v11, s[20:21]
	v_lshlrev_b16_e32 v0, 8, v0
	v_or_b32_e32 v6, v8, v6
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v8, v178, v9, s[26:27]
	v_or_b32_e32 v0, v8, v0
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v87, v6, v4, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_e32 v4, 7, v7
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v86, v0, v2, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshrrev_b32_e32 v0, 8, v7
	v_lshlrev_b16_e32 v2, 8, v7
	v_lshlrev_b16_sdwa v6, v161, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v8, v162, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v9, v161, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v10, v162, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v11, v7, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v12, v7, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v7, 0x7f, v7
	v_and_b32_e32 v4, 0x3f80, v4
	v_and_b32_e32 v10, 0x3f80, v10
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[24:25], s51, v7
	v_add_u16_e32 v10, 0x2000, v10
	v_cmp_ne_u16_e64 s[20:21], s51, v11
	v_cndmask_b32_e64 v4, v163, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v7
	v_cndmask_b32_e64 v10, v163, v10, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v11
	v_cndmask_b32_e64 v4, 0, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v7
	v_cndmask_b32_e64 v10, 0, v10, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v11
	v_cndmask_b32_e64 v4, v164, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v7
	v_cndmask_b32_e64 v10, v164, v10, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v11
	v_cndmask_b32_e64 v4, v165, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v7
	v_cndmask_b32_e64 v10, v165, v10, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v11
	v_cndmask_b32_e64 v4, v166, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v7
	v_cndmask_b32_e64 v10, v166, v10, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v11
	v_cndmask_b32_e64 v4, v167, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v7
	v_cndmask_b32_e64 v10, v167, v10, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v11
	v_and_b32_e32 v8, 0x3f80, v8
	v_cndmask_b32_e64 v4, v176, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v7
	v_cndmask_b32_e64 v10, v176, v10, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v11
	v_add_u16_e32 v8, 0x2000, v8
	v_cmp_ne_u16_e64 s[22:23], s51, v12
	v_cndmask_b32_e64 v4, v177, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v7
	v_lshlrev_b16_e32 v7, 7, v0
	v_cndmask_b32_e64 v10, v177, v10, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v11
	v_cndmask_b32_e64 v8, v163, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v12
	v_and_b32_e32 v7, 0x3f80, v7
	v_and_b32_e32 v11, 0x7f, v0
	v_cndmask_b32_e64 v8, 0, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v12
	v_add_u16_e32 v7, 0x2000, v7
	v_cmp_ne_u16_e64 s[26:27], s51, v11
	v_cndmask_b32_e64 v8, v164, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v12
	v_cndmask_b32_e64 v7, v163, v7, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v11
	v_cndmask_b32_e64 v8, v165, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v12
	v_cndmask_b32_e64 v7, 0, v7, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v11
	v_cndmask_b32_e64 v8, v166, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v12
	v_cndmask_b32_e64 v7, v164, v7, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v11
	v_cndmask_b32_e64 v8, v167, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v12
	v_cndmask_b32_e64 v7, v165, v7, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v11
	v_cndmask_b32_e64 v8, v176, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v12
	v_cndmask_b32_e64 v7, v166, v7, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v11
	v_cndmask_b32_e64 v8, v177, v8, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v12
	v_cndmask_b32_e64 v7, v167, v7, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v11
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v4, v178, v4, s[24:25]
	v_cndmask_b32_e64 v7, v176, v7, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v11
	v_or_b32_e32 v2, v4, v2
	v_and_b32_e32 v4, 0xffff8000, v6
	v_cndmask_b32_e64 v6, v178, v8, s[22:23]
	v_cndmask_b32_e64 v7, v177, v7, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v11
	v_or_b32_e32 v4, v6, v4
	v_and_b32_e32 v6, 0xffff8000, v9
	v_cndmask_b32_e64 v8, v178, v10, s[20:21]
	v_lshlrev_b16_e32 v0, 8, v0
	v_or_b32_e32 v6, v8, v6
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v7, v178, v7, s[26:27]
	v_or_b32_e32 v0, v7, v0
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v89, v6, v4, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_e32 v4, 7, v5
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v88, v0, v2, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshrrev_b32_e32 v0, 8, v5
	v_lshlrev_b16_e32 v2, 8, v5
	v_lshlrev_b16_sdwa v6, v161, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v7, v162, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v8, v161, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v9, v162, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v10, v5, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v11, v5, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v5, 0x7f, v5
	v_and_b32_e32 v4, 0x3f80, v4
	v_and_b32_e32 v9, 0x3f80, v9
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[24:25], s51, v5
	v_add_u16_e32 v9, 0x2000, v9
	v_cmp_ne_u16_e64 s[20:21], s51, v10
	v_cndmask_b32_e64 v4, v163, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v5
	v_cndmask_b32_e64 v9, v163, v9, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v10
	v_cndmask_b32_e64 v4, 0, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v5
	v_cndmask_b32_e64 v9, 0, v9, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v10
	v_cndmask_b32_e64 v4, v164, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v5
	v_cndmask_b32_e64 v9, v164, v9, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v10
	v_cndmask_b32_e64 v4, v165, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v5
	v_cndmask_b32_e64 v9, v165, v9, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v10
	v_cndmask_b32_e64 v4, v166, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v5
	v_cndmask_b32_e64 v9, v166, v9, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v10
	v_cndmask_b32_e64 v4, v167, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v5
	v_cndmask_b32_e64 v9, v167, v9, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v10
	v_and_b32_e32 v7, 0x3f80, v7
	v_cndmask_b32_e64 v4, v176, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v5
	v_cndmask_b32_e64 v9, v176, v9, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v10
	v_add_u16_e32 v7, 0x2000, v7
	v_cmp_ne_u16_e64 s[22:23], s51, v11
	v_cndmask_b32_e64 v4, v177, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v5
	v_lshlrev_b16_e32 v5, 7, v0
	v_cndmask_b32_e64 v9, v177, v9, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v10
	v_cndmask_b32_e64 v7, v163, v7, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v11
	v_and_b32_e32 v5, 0x3f80, v5
	v_and_b32_e32 v10, 0x7f, v0
	v_cndmask_b32_e64 v7, 0, v7, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v11
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e64 s[26:27], s51, v10
	v_cndmask_b32_e64 v7, v164, v7, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v11
	v_cndmask_b32_e64 v5, v163, v5, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v10
	v_cndmask_b32_e64 v7, v165, v7, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v11
	v_cndmask_b32_e64 v5, 0, v5, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v10
	v_cndmask_b32_e64 v7, v166, v7, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v11
	v_cndmask_b32_e64 v5, v164, v5, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v10
	v_cndmask_b32_e64 v7, v167, v7, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v11
	v_cndmask_b32_e64 v5, v165, v5, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v10
	v_cndmask_b32_e64 v7, v176, v7, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v11
	v_cndmask_b32_e64 v5, v166, v5, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v10
	v_cndmask_b32_e64 v7, v177, v7, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v11
	v_cndmask_b32_e64 v5, v167, v5, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v10
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v4, v178, v4, s[24:25]
	v_cndmask_b32_e64 v5, v176, v5, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v10
	v_or_b32_e32 v2, v4, v2
	v_and_b32_e32 v4, 0xffff8000, v6
	v_cndmask_b32_e64 v6, v178, v7, s[22:23]
	v_cndmask_b32_e64 v5, v177, v5, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v10
	v_or_b32_e32 v4, v6, v4
	v_and_b32_e32 v6, 0xffff8000, v8
	v_cndmask_b32_e64 v7, v178, v9, s[20:21]
	v_lshlrev_b16_e32 v0, 8, v0
	v_or_b32_e32 v6, v7, v6
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v5, v178, v5, s[26:27]
	v_or_b32_e32 v0, v5, v0
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v91, v6, v4, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_e32 v4, 7, v3
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v90, v0, v2, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshrrev_b32_e32 v0, 8, v3
	v_lshlrev_b16_e32 v2, 8, v3
	v_lshlrev_b16_sdwa v5, v161, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v6, v162, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v7, v161, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v8, v162, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v9, v3, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v10, v3, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v3, 0x7f, v3
	v_and_b32_e32 v4, 0x3f80, v4
	v_and_b32_e32 v8, 0x3f80, v8
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[24:25], s51, v3
	v_add_u16_e32 v8, 0x2000, v8
	v_cmp_ne_u16_e64 s[20:21], s51, v9
	v_cndmask_b32_e64 v4, v163, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v3
	v_cndmask_b32_e64 v8, v163, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v9
	v_cndmask_b32_e64 v4, 0, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v3
	v_cndmask_b32_e64 v8, 0, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v9
	v_cndmask_b32_e64 v4, v164, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v3
	v_cndmask_b32_e64 v8, v164, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v9
	v_cndmask_b32_e64 v4, v165, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v3
	v_cndmask_b32_e64 v8, v165, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v9
	v_cndmask_b32_e64 v4, v166, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v3
	v_cndmask_b32_e64 v8, v166, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v9
	v_cndmask_b32_e64 v4, v167, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v3
	v_cndmask_b32_e64 v8, v167, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v9
	v_cndmask_b32_e64 v4, v176, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v3
	v_cndmask_b32_e64 v8, v176, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v9
	v_and_b32_e32 v6, 0x3f80, v6
	v_cndmask_b32_e64 v4, v177, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v3
	v_lshlrev_b16_e32 v3, 7, v0
	v_cndmask_b32_e64 v8, v177, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v9
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[22:23], s51, v10
	v_and_b32_e32 v3, 0x3f80, v3
	v_and_b32_e32 v9, 0x7f, v0
	v_cndmask_b32_e64 v6, v163, v6, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v10
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[26:27], s51, v9
	v_cndmask_b32_e64 v6, 0, v6, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v10
	v_cndmask_b32_e64 v3, v163, v3, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v9
	v_cndmask_b32_e64 v6, v164, v6, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v10
	v_cndmask_b32_e64 v3, 0, v3, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v9
	v_cndmask_b32_e64 v6, v165, v6, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v10
	v_cndmask_b32_e64 v3, v164, v3, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v9
	v_cndmask_b32_e64 v6, v166, v6, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v10
	v_cndmask_b32_e64 v3, v165, v3, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v9
	v_cndmask_b32_e64 v6, v167, v6, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v10
	v_cndmask_b32_e64 v3, v166, v3, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v9
	v_cndmask_b32_e64 v6, v176, v6, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v10
	v_cndmask_b32_e64 v3, v167, v3, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v9
	v_cndmask_b32_e64 v6, v177, v6, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v10
	v_cndmask_b32_e64 v3, v176, v3, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v9
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v4, v178, v4, s[24:25]
	v_cndmask_b32_e64 v3, v177, v3, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v9
	v_or_b32_e32 v2, v4, v2
	v_and_b32_e32 v4, 0xffff8000, v5
	v_cndmask_b32_e64 v5, v178, v6, s[22:23]
	v_lshlrev_b16_e32 v0, 8, v0
	v_or_b32_e32 v4, v5, v4
	v_and_b32_e32 v5, 0xffff8000, v7
	v_cndmask_b32_e64 v6, v178, v8, s[20:21]
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v3, v178, v3, s[26:27]
	v_or_b32_e32 v5, v6, v5
	v_or_b32_e32 v0, v3, v0
	v_lshlrev_b16_e32 v3, 7, v1
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v93, v5, v4, s59
	v_perm_b32 v92, v0, v2, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshrrev_b32_e32 v0, 8, v1
	v_lshlrev_b16_e32 v2, 8, v1
	v_lshlrev_b16_sdwa v4, v161, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v5, v162, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v6, v161, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v162, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v8, v1, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v9, v1, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v1, 0x7f, v1
	v_and_b32_e32 v3, 0x3f80, v3
	v_and_b32_e32 v7, 0x3f80, v7
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[24:25], s51, v1
	v_add_u16_e32 v7, 0x2000, v7
	v_cmp_ne_u16_e64 s[20:21], s51, v8
	v_cndmask_b32_e64 v3, v163, v3, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v1
	v_cndmask_b32_e64 v7, v163, v7, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v8
	v_cndmask_b32_e64 v3, 0, v3, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v1
	v_cndmask_b32_e64 v7, 0, v7, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v8
	v_cndmask_b32_e64 v3, v164, v3, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v1
	v_cndmask_b32_e64 v7, v164, v7, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v8
	v_and_b32_e32 v5, 0x3f80, v5
	v_cndmask_b32_e64 v3, v165, v3, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v1
	v_cndmask_b32_e64 v7, v165, v7, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v8
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e64 s[22:23], s51, v9
	v_cndmask_b32_e64 v3, v166, v3, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v1
	v_cndmask_b32_e64 v7, v166, v7, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v8
	v_cndmask_b32_e64 v5, v163, v5, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v9
	v_cndmask_b32_e64 v3, v167, v3, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v1
	v_cndmask_b32_e64 v7, v167, v7, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v8
	v_cndmask_b32_e64 v5, 0, v5, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v9
	v_cndmask_b32_e64 v3, v176, v3, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v1
	v_cndmask_b32_e64 v7, v176, v7, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v8
	v_cndmask_b32_e64 v5, v164, v5, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v9
	v_cndmask_b32_e64 v3, v177, v3, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v1
	v_lshlrev_b16_e32 v1, 7, v0
	v_cndmask_b32_e64 v7, v177, v7, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v8
	v_cndmask_b32_e64 v5, v165, v5, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v9
	v_and_b32_e32 v1, 0x3f80, v1
	v_and_b32_e32 v8, 0x7f, v0
	v_cndmask_b32_e64 v5, v166, v5, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v9
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[26:27], s51, v8
	v_cndmask_b32_e64 v5, v167, v5, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v9
	v_cndmask_b32_e64 v1, v163, v1, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v8
	v_cndmask_b32_e64 v5, v176, v5, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v9
	v_cndmask_b32_e64 v1, 0, v1, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v8
	v_cndmask_b32_e64 v5, v177, v5, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v9
	v_cndmask_b32_e64 v1, v164, v1, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v8
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v3, v178, v3, s[24:25]
	v_cndmask_b32_e64 v1, v165, v1, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v8
	v_or_b32_e32 v2, v3, v2
	v_and_b32_e32 v3, 0xffff8000, v4
	v_cndmask_b32_e64 v4, v178, v5, s[22:23]
	v_cndmask_b32_e64 v1, v166, v1, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v8
	v_or_b32_e32 v3, v4, v3
	v_and_b32_e32 v4, 0xffff8000, v6
	v_cndmask_b32_e64 v5, v178, v7, s[20:21]
	v_cndmask_b32_e64 v1, v167, v1, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v8
	v_or_b32_e32 v4, v5, v4
	v_lshlrev_b16_sdwa v6, v162, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v1, v176, v1, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v8
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v95, v4, v3, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v4, v162, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v7, v13, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v6, 0x3f80, v6
	v_cndmask_b32_e64 v1, v177, v1, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v8
	v_and_b32_sdwa v8, v13, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[20:21], s51, v7
	v_and_b32_e32 v4, 0x3f80, v4
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e64 v6, v163, v6, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v7
	v_cmp_ne_u16_e64 s[22:23], s51, v8
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e64 v6, 0, v6, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v7
	v_cndmask_b32_e64 v4, v163, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v8
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v1, v178, v1, s[26:27]
	v_cndmask_b32_e64 v6, v164, v6, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v7
	v_cndmask_b32_e64 v4, 0, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v8
	v_or_b32_e32 v0, v1, v0
	v_cndmask_b32_e64 v6, v165, v6, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v7
	v_cndmask_b32_e64 v4, v164, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v8
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v94, v0, v2, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_e32 v2, 7, v13
	v_cndmask_b32_e64 v6, v166, v6, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v7
	v_cndmask_b32_e64 v4, v165, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v8
	v_and_b32_e32 v9, 0x7f, v13
	v_cndmask_b32_e64 v6, v167, v6, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v7
	v_cndmask_b32_e64 v4, v166, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v8
	v_and_b32_e32 v2, 0x3f80, v2
	v_lshrrev_b32_e32 v0, 8, v13
	v_cndmask_b32_e64 v6, v176, v6, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v7
	v_cndmask_b32_e64 v4, v167, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v8
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e64 s[24:25], s51, v9
	v_cndmask_b32_e64 v6, v177, v6, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v7
	v_cndmask_b32_e64 v4, v176, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v8
	v_cndmask_b32_e64 v2, v163, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v9
	v_lshlrev_b16_e32 v7, 7, v0
	v_cndmask_b32_e64 v4, v177, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v8
	v_cndmask_b32_e64 v2, 0, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v9
	v_and_b32_e32 v7, 0x3f80, v7
	v_and_b32_e32 v8, 0x7f, v0
	v_cndmask_b32_e64 v2, v164, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v9
	v_add_u16_e32 v7, 0x2000, v7
	v_cmp_ne_u16_e64 s[26:27], s51, v8
	v_cndmask_b32_e64 v2, v165, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v9
	v_cndmask_b32_e64 v7, v163, v7, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v8
	v_cndmask_b32_e64 v2, v166, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v9
	v_cndmask_b32_e64 v7, 0, v7, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v8
	v_cndmask_b32_e64 v2, v167, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v9
	v_cndmask_b32_e64 v7, v164, v7, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v8
	v_cndmask_b32_e64 v2, v176, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v9
	v_cndmask_b32_e64 v7, v165, v7, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v8
	v_lshlrev_b16_e32 v1, 8, v13
	v_cndmask_b32_e64 v2, v177, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v9
	v_cndmask_b32_e64 v7, v166, v7, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v8
	v_lshlrev_b16_sdwa v3, v161, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v7, v167, v7, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v8
	v_cndmask_b32_e64 v2, v178, v2, s[24:25]
	v_lshlrev_b16_sdwa v5, v161, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v7, v176, v7, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v8
	v_or_b32_e32 v1, v2, v1
	v_and_b32_e32 v2, 0xffff8000, v3
	v_cndmask_b32_e64 v3, v178, v4, s[22:23]
	v_cndmask_b32_e64 v7, v177, v7, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v8
	v_or_b32_e32 v2, v3, v2
	v_and_b32_e32 v3, 0xffff8000, v5
	v_cndmask_b32_e64 v4, v178, v6, s[20:21]
	v_lshlrev_b16_e32 v0, 8, v0
	v_or_b32_e32 v3, v4, v3
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v4, v178, v7, s[26:27]
	v_or_b32_e32 v0, v4, v0
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v110, v0, v1, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_sdwa v0, v162, v80 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v0, 0x3f80, v0
	v_and_b32_sdwa v1, v80, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e64 s[20:21], s51, v1
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v111, v3, v2, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_and_b32_sdwa v2, v80, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v0, v163, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v1
	v_cmp_ne_u16_e64 s[22:23], s51, v2
	v_and_b32_e32 v3, 0x7f, v80
	v_cndmask_b32_e64 v0, 0, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v1
	v_cmp_ne_u16_e64 s[24:25], s51, v3
	s_nop 0
	v_cndmask_b32_e64 v0, v164, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v165, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v166, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v167, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v176, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v177, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v1
	v_lshlrev_b16_sdwa v1, v162, v80 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cndmask_b32_e64 v1, v163, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v2
	v_cndmask_b32_e64 v0, v178, v0, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v1, 0, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v164, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v165, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v166, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v167, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v176, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v177, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v2
	v_lshlrev_b16_e32 v2, 7, v80
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cndmask_b32_e64 v2, v163, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v3
	v_cndmask_b32_e64 v1, v178, v1, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v2, 0, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v164, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v165, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v166, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v167, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v176, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v177, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v3
	v_lshrrev_b32_e32 v3, 8, v80
	v_lshlrev_b16_e32 v4, 7, v3
	v_and_b32_e32 v4, 0x3f80, v4
	v_and_b32_e32 v5, 0x7f, v3
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[26:27], s51, v5
	v_cndmask_b32_e64 v2, v178, v2, s[24:25]
	v_lshlrev_b16_e32 v3, 8, v3
	v_cndmask_b32_e64 v4, v163, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v5
	v_and_b32_e32 v3, 0xffff8000, v3
	s_nop 0
	v_cndmask_b32_e64 v4, 0, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v164, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v165, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v166, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v167, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v176, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v177, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v5
	v_lshlrev_b16_e32 v5, 8, v80
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v2, v2, v5
	v_lshlrev_b16_sdwa v5, v161, v80 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v1, v1, v5
	v_lshlrev_b16_sdwa v5, v161, v80 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v0, v0, v5
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v107, v0, v1, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_sdwa v0, v162, v112 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v0, 0x3f80, v0
	v_and_b32_sdwa v1, v112, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e64 s[20:21], s51, v1
	v_cndmask_b32_e64 v4, v178, v4, s[26:27]
	v_or_b32_e32 v3, v4, v3
	v_cndmask_b32_e64 v0, v163, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v1
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v106, v3, v2, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_and_b32_sdwa v2, v112, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v0, 0, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v1
	v_cmp_ne_u16_e64 s[22:23], s51, v2
	v_and_b32_e32 v3, 0x7f, v112
	v_cndmask_b32_e64 v0, v164, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v1
	v_cmp_ne_u16_e64 s[24:25], s51, v3
	s_nop 0
	v_cndmask_b32_e64 v0, v165, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v166, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v167, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v176, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v177, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v1
	v_lshlrev_b16_sdwa v1, v162, v112 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cndmask_b32_e64 v1, v163, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v2
	v_cndmask_b32_e64 v0, v178, v0, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v1, 0, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v164, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v165, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v166, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v167, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v176, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v177, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v2
	v_lshlrev_b16_e32 v2, 7, v112
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cndmask_b32_e64 v2, v163, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v3
	v_cndmask_b32_e64 v1, v178, v1, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v2, 0, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v164, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v165, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v166, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v167, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v176, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v177, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v3
	v_lshrrev_b32_e32 v3, 8, v112
	v_lshlrev_b16_e32 v4, 7, v3
	v_and_b32_e32 v4, 0x3f80, v4
	v_and_b32_e32 v5, 0x7f, v3
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[26:27], s51, v5
	v_cndmask_b32_e64 v2, v178, v2, s[24:25]
	v_lshlrev_b16_e32 v3, 8, v3
	v_cndmask_b32_e64 v4, v163, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v5
	v_and_b32_e32 v3, 0xffff8000, v3
	s_nop 0
	v_cndmask_b32_e64 v4, 0, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v164, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v165, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v166, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v167, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v176, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v177, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v5
	v_lshlrev_b16_e32 v5, 8, v112
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v2, v2, v5
	v_lshlrev_b16_sdwa v5, v161, v112 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v1, v1, v5
	v_lshlrev_b16_sdwa v5, v161, v112 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v0, v0, v5
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v109, v0, v1, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_sdwa v0, v162, v114 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v0, 0x3f80, v0
	v_and_b32_sdwa v1, v114, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e64 s[20:21], s51, v1
	v_cndmask_b32_e64 v4, v178, v4, s[26:27]
	v_or_b32_e32 v3, v4, v3
	v_cndmask_b32_e64 v0, v163, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v1
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v108, v3, v2, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_and_b32_sdwa v2, v114, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v0, 0, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v1
	v_cmp_ne_u16_e64 s[22:23], s51, v2
	v_and_b32_e32 v3, 0x7f, v114
	v_cndmask_b32_e64 v0, v164, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v1
	v_cmp_ne_u16_e64 s[24:25], s51, v3
	s_nop 0
	v_cndmask_b32_e64 v0, v165, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v166, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v167, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v176, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v177, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v1
	v_lshlrev_b16_sdwa v1, v162, v114 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cndmask_b32_e64 v1, v163, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v2
	v_cndmask_b32_e64 v0, v178, v0, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v1, 0, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v164, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v165, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v166, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v167, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v176, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v177, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v2
	v_lshlrev_b16_e32 v2, 7, v114
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cndmask_b32_e64 v2, v163, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v3
	v_cndmask_b32_e64 v1, v178, v1, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v2, 0, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v164, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v165, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v166, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v167, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v176, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v177, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v3
	v_lshrrev_b32_e32 v3, 8, v114
	v_lshlrev_b16_e32 v4, 7, v3
	v_and_b32_e32 v4, 0x3f80, v4
	v_and_b32_e32 v5, 0x7f, v3
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[26:27], s51, v5
	v_cndmask_b32_e64 v2, v178, v2, s[24:25]
	v_lshlrev_b16_e32 v3, 8, v3
	v_cndmask_b32_e64 v4, v163, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v5
	v_and_b32_e32 v3, 0xffff8000, v3
	s_nop 0
	v_cndmask_b32_e64 v4, 0, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v164, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v165, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v166, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v167, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v176, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v177, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v5
	v_lshlrev_b16_e32 v5, 8, v114
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v2, v2, v5
	v_lshlrev_b16_sdwa v5, v161, v114 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v1, v1, v5
	v_lshlrev_b16_sdwa v5, v161, v114 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e64 v4, v178, v4, s[26:27]
	v_or_b32_e32 v0, v0, v5
	v_or_b32_e32 v3, v4, v3
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v105, v0, v1, s59
	v_perm_b32 v104, v3, v2, s59
	v_mfma_f32_32x32x8_f16 v[0:15], v[106:107], v[26:27], 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_read2_b32 v[26:27], v155 offset1:16
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v74, v26, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[22:23], s51, v74
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[108:109], v[72:73], v[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_sdwa v72, v162, v26 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v72, 0x3f80, v72
	v_and_b32_sdwa v73, v26, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v72, 0x2000, v72
	v_cmp_ne_u16_e64 s[20:21], s51, v73
	v_and_b32_e32 v78, 0x7f, v26
	v_cmp_ne_u16_e64 s[24:25], s51, v78
	v_cndmask_b32_e64 v72, v163, v72, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v73
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[104:105], v[70:71], v[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_read2_b32 v[70:71], v156 offset1:16
	v_cndmask_b32_e64 v72, 0, v72, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v164, v72, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v165, v72, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v166, v72, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v167, v72, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v176, v72, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v177, v72, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v73
	v_lshlrev_b16_sdwa v73, v162, v26 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v73, 0x3f80, v73
	v_add_u16_e32 v73, 0x2000, v73
	v_cndmask_b32_e64 v73, v163, v73, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v74
	v_cndmask_b32_e64 v72, v178, v72, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v73, 0, v73, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v74
	s_nop 1
	v_cndmask_b32_e64 v73, v164, v73, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v74
	s_nop 1
	v_cndmask_b32_e64 v73, v165, v73, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v74
	s_nop 1
	v_cndmask_b32_e64 v73, v166, v73, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v74
	s_nop 1
	v_cndmask_b32_e64 v73, v167, v73, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v74
	s_nop 1
	v_cndmask_b32_e64 v73, v176, v73, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v74
	s_nop 1
	v_cndmask_b32_e64 v73, v177, v73, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v74
	v_lshlrev_b16_e32 v74, 7, v26
	v_and_b32_e32 v74, 0x3f80, v74
	v_add_u16_e32 v74, 0x2000, v74
	v_cndmask_b32_e64 v74, v163, v74, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v78
	v_cndmask_b32_e64 v73, v178, v73, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v74, 0, v74, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v78
	s_nop 1
	v_cndmask_b32_e64 v74, v164, v74, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v78
	s_nop 1
	v_cndmask_b32_e64 v74, v165, v74, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v78
	s_nop 1
	v_cndmask_b32_e64 v74, v166, v74, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v78
	s_nop 1
	v_cndmask_b32_e64 v74, v167, v74, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v78
	s_nop 1
	v_cndmask_b32_e64 v74, v176, v74, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v78
	s_nop 1
	v_cndmask_b32_e64 v74, v177, v74, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v78
	v_lshrrev_b32_e32 v78, 8, v26
	v_lshlrev_b16_e32 v79, 7, v78
	v_and_b32_e32 v79, 0x3f80, v79
	v_and_b32_e32 v80, 0x7f, v78
	v_add_u16_e32 v79, 0x2000, v79
	v_cmp_ne_u16_e64 s[26:27], s51, v80
	v_cndmask_b32_e64 v74, v178, v74, s[24:25]
	s_nop 0
	v_cndmask_b32_e64 v79, v163, v79, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v80
	s_nop 1
	v_cndmask_b32_e64 v79, 0, v79, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v80
	s_nop 1
	v_cndmask_b32_e64 v79, v164, v79, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v80
	s_nop 1
	v_cndmask_b32_e64 v79, v165, v79, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v80
	s_nop 1
	v_cndmask_b32_e64 v79, v166, v79, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v80
	s_nop 1
	v_cndmask_b32_e64 v79, v167, v79, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v80
	s_nop 1
	v_cndmask_b32_e64 v79, v176, v79, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v80
	s_nop 1
	v_cndmask_b32_e64 v79, v177, v79, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v80
	v_lshlrev_b16_e32 v80, 8, v26
	v_and_b32_e32 v80, 0xffff8000, v80
	v_or_b32_e32 v74, v74, v80
	v_lshlrev_b16_sdwa v80, v161, v26 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v26, v161, v26 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v26, 0xffff8000, v26
	v_and_b32_e32 v80, 0xffff8000, v80
	v_or_b32_e32 v26, v72, v26
	v_lshlrev_b16_e32 v72, 8, v78
	v_or_b32_e32 v73, v73, v80
	v_and_b32_e32 v72, 0xffff8000, v72
	v_cndmask_b32_e64 v78, v178, v79, s[26:27]
	v_or_b32_e32 v72, v78, v72
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v103, v26, v73, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v26, v162, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v102, v72, v74, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_and_b32_e32 v26, 0x3f80, v26
	v_and_b32_sdwa v72, v70, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v26, 0x2000, v26
	v_cmp_ne_u16_e64 s[20:21], s51, v72
	v_and_b32_sdwa v73, v70, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[22:23], s51, v73
	v_cndmask_b32_e64 v26, v163, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v72
	v_and_b32_e32 v74, 0x7f, v70
	v_cmp_ne_u16_e64 s[24:25], s51, v74
	v_cndmask_b32_e64 v26, 0, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v72
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[102:103], v[68:69], v[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_read2_b32 v[68:69], v157 offset1:16
	v_cndmask_b32_e64 v26, v164, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v72
	s_nop 1
	v_cndmask_b32_e64 v26, v165, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v72
	s_nop 1
	v_cndmask_b32_e64 v26, v166, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v72
	s_nop 1
	v_cndmask_b32_e64 v26, v167, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v72
	s_nop 1
	v_cndmask_b32_e64 v26, v176, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v72
	s_nop 1
	v_cndmask_b32_e64 v26, v177, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v72
	v_lshlrev_b16_sdwa v72, v162, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v163, v72, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v73
	v_cndmask_b32_e64 v26, v178, v26, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v72, 0, v72, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v164, v72, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v165, v72, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v166, v72, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v167, v72, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v176, v72, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v177, v72, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v73
	v_lshlrev_b16_e32 v73, 7, v70
	v_and_b32_e32 v73, 0x3f80, v73
	v_add_u16_e32 v73, 0x2000, v73
	v_cndmask_b32_e64 v73, v163, v73, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v74
	v_cndmask_b32_e64 v72, v178, v72, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v73, 0, v73, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v74
	s_nop 1
	v_cndmask_b32_e64 v73, v164, v73, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v74
	s_nop 1
	v_cndmask_b32_e64 v73, v165, v73, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v74
	s_nop 1
	v_cndmask_b32_e64 v73, v166, v73, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v74
	s_nop 1
	v_cndmask_b32_e64 v73, v167, v73, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v74
	s_nop 1
	v_cndmask_b32_e64 v73, v176, v73, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v74
	s_nop 1
	v_cndmask_b32_e64 v73, v177, v73, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v74
	v_lshrrev_b32_e32 v74, 8, v70
	v_lshlrev_b16_e32 v78, 7, v74
	v_and_b32_e32 v78, 0x3f80, v78
	v_and_b32_e32 v79, 0x7f, v74
	v_add_u16_e32 v78, 0x2000, v78
	v_cmp_ne_u16_e64 s[26:27], s51, v79
	v_cndmask_b32_e64 v73, v178, v73, s[24:25]
	s_nop 0
	v_cndmask_b32_e64 v78, v163, v78, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v79
	s_nop 1
	v_cndmask_b32_e64 v78, 0, v78, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v79
	s_nop 1
	v_cndmask_b32_e64 v78, v164, v78, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v79
	s_nop 1
	v_cndmask_b32_e64 v78, v165, v78, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v79
	s_nop 1
	v_cndmask_b32_e64 v78, v166, v78, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v79
	s_nop 1
	v_cndmask_b32_e64 v78, v167, v78, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v79
	s_nop 1
	v_cndmask_b32_e64 v78, v176, v78, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v79
	s_nop 1
	v_cndmask_b32_e64 v78, v177, v78, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v79
	v_lshlrev_b16_e32 v79, 8, v70
	v_and_b32_e32 v79, 0xffff8000, v79
	v_or_b32_e32 v73, v73, v79
	v_lshlrev_b16_sdwa v79, v161, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v70, v161, v70 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v70, 0xffff8000, v70
	v_and_b32_e32 v79, 0xffff8000, v79
	v_or_b32_e32 v26, v26, v70
	v_lshlrev_b16_e32 v70, 8, v74
	v_or_b32_e32 v72, v72, v79
	v_and_b32_e32 v70, 0xffff8000, v70
	v_cndmask_b32_e64 v74, v178, v78, s[26:27]
	v_or_b32_e32 v70, v74, v70
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v101, v26, v72, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v26, v162, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v100, v70, v73, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_and_b32_e32 v26, 0x3f80, v26
	v_and_b32_sdwa v70, v68, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v26, 0x2000, v26
	v_cmp_ne_u16_e64 s[20:21], s51, v70
	v_and_b32_sdwa v72, v68, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[22:23], s51, v72
	v_cndmask_b32_e64 v26, v163, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v70
	v_and_b32_e32 v73, 0x7f, v68
	v_cmp_ne_u16_e64 s[24:25], s51, v73
	v_cndmask_b32_e64 v26, 0, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v70
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[100:101], v[30:31], v[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_read2_b32 v[30:31], v158 offset1:16
	v_cndmask_b32_e64 v26, v164, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v70
	s_nop 1
	v_cndmask_b32_e64 v26, v165, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v70
	s_nop 1
	v_cndmask_b32_e64 v26, v166, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v70
	s_nop 1
	v_cndmask_b32_e64 v26, v167, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v70
	s_nop 1
	v_cndmask_b32_e64 v26, v176, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v70
	s_nop 1
	v_cndmask_b32_e64 v26, v177, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v70
	v_lshlrev_b16_sdwa v70, v162, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v163, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v72
	v_cndmask_b32_e64 v26, v178, v26, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v70, 0, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v72
	s_nop 1
	v_cndmask_b32_e64 v70, v164, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v72
	s_nop 1
	v_cndmask_b32_e64 v70, v165, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v72
	s_nop 1
	v_cndmask_b32_e64 v70, v166, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v72
	s_nop 1
	v_cndmask_b32_e64 v70, v167, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v72
	s_nop 1
	v_cndmask_b32_e64 v70, v176, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v72
	s_nop 1
	v_cndmask_b32_e64 v70, v177, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v72
	v_lshlrev_b16_e32 v72, 7, v68
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v72, 0x2000, v72
	v_cndmask_b32_e64 v72, v163, v72, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v73
	v_cndmask_b32_e64 v70, v178, v70, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v72, 0, v72, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v164, v72, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v165, v72, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v166, v72, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v167, v72, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v176, v72, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v177, v72, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v73
	v_lshrrev_b32_e32 v73, 8, v68
	v_lshlrev_b16_e32 v74, 7, v73
	v_and_b32_e32 v74, 0x3f80, v74
	v_and_b32_e32 v78, 0x7f, v73
	v_add_u16_e32 v74, 0x2000, v74
	v_cmp_ne_u16_e64 s[26:27], s51, v78
	v_cndmask_b32_e64 v72, v178, v72, s[24:25]
	s_nop 0
	v_cndmask_b32_e64 v74, v163, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v78
	s_nop 1
	v_cndmask_b32_e64 v74, 0, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v78
	s_nop 1
	v_cndmask_b32_e64 v74, v164, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v78
	s_nop 1
	v_cndmask_b32_e64 v74, v165, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v78
	s_nop 1
	v_cndmask_b32_e64 v74, v166, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v78
	s_nop 1
	v_cndmask_b32_e64 v74, v167, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v78
	s_nop 1
	v_cndmask_b32_e64 v74, v176, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v78
	s_nop 1
	v_cndmask_b32_e64 v74, v177, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v78
	v_lshlrev_b16_e32 v78, 8, v68
	v_and_b32_e32 v78, 0xffff8000, v78
	v_or_b32_e32 v72, v72, v78
	v_lshlrev_b16_sdwa v78, v161, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v68, v161, v68 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v68, 0xffff8000, v68
	v_and_b32_e32 v78, 0xffff8000, v78
	v_or_b32_e32 v26, v26, v68
	v_lshlrev_b16_e32 v68, 8, v73
	v_or_b32_e32 v70, v70, v78
	v_and_b32_e32 v68, 0xffff8000, v68
	v_cndmask_b32_e64 v73, v178, v74, s[26:27]
	v_or_b32_e32 v68, v73, v68
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v99, v26, v70, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v26, v162, v30 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v98, v68, v72, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_and_b32_e32 v26, 0x3f80, v26
	v_and_b32_sdwa v68, v30, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v26, 0x2000, v26
	v_cmp_ne_u16_e64 s[20:21], s51, v68
	v_and_b32_sdwa v70, v30, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[22:23], s51, v70
	v_cndmask_b32_e64 v26, v163, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v68
	v_and_b32_e32 v72, 0x7f, v30
	v_cmp_ne_u16_e64 s[24:25], s51, v72
	v_cndmask_b32_e64 v26, 0, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v68
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[98:99], v[28:29], v[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_read2_b32 v[28:29], v159 offset1:16
	v_cndmask_b32_e64 v26, v164, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v68
	s_nop 1
	v_cndmask_b32_e64 v26, v165, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v68
	s_nop 1
	v_cndmask_b32_e64 v26, v166, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v68
	s_nop 1
	v_cndmask_b32_e64 v26, v167, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v68
	s_nop 1
	v_cndmask_b32_e64 v26, v176, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v68
	s_nop 1
	v_cndmask_b32_e64 v26, v177, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v68
	v_lshlrev_b16_sdwa v68, v162, v30 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v68, v163, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v70
	v_cndmask_b32_e64 v26, v178, v26, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v68, 0, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v70
	s_nop 1
	v_cndmask_b32_e64 v68, v164, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v70
	s_nop 1
	v_cndmask_b32_e64 v68, v165, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v70
	s_nop 1
	v_cndmask_b32_e64 v68, v166, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v70
	s_nop 1
	v_cndmask_b32_e64 v68, v167, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v70
	s_nop 1
	v_cndmask_b32_e64 v68, v176, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v70
	s_nop 1
	v_cndmask_b32_e64 v68, v177, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v70
	v_lshlrev_b16_e32 v70, 7, v30
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v163, v70, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v72
	v_cndmask_b32_e64 v68, v178, v68, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v70, 0, v70, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v72
	s_nop 1
	v_cndmask_b32_e64 v70, v164, v70, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v72
	s_nop 1
	v_cndmask_b32_e64 v70, v165, v70, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v72
	s_nop 1
	v_cndmask_b32_e64 v70, v166, v70, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v72
	s_nop 1
	v_cndmask_b32_e64 v70, v167, v70, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v72
	s_nop 1
	v_cndmask_b32_e64 v70, v176, v70, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v72
	s_nop 1
	v_cndmask_b32_e64 v70, v177, v70, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v72
	v_lshrrev_b32_e32 v72, 8, v30
	v_lshlrev_b16_e32 v73, 7, v72
	v_and_b32_e32 v73, 0x3f80, v73
	v_and_b32_e32 v74, 0x7f, v72
	v_add_u16_e32 v73, 0x2000, v73
	v_cmp_ne_u16_e64 s[26:27], s51, v74
	v_cndmask_b32_e64 v70, v178, v70, s[24:25]
	s_nop 0
	v_cndmask_b32_e64 v73, v163, v73, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v74
	s_nop 1
	v_cndmask_b32_e64 v73, 0, v73, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v74
	s_nop 1
	v_cndmask_b32_e64 v73, v164, v73, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v74
	s_nop 1
	v_cndmask_b32_e64 v73, v165, v73, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v74
	s_nop 1
	v_cndmask_b32_e64 v73, v166, v73, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v74
	s_nop 1
	v_cndmask_b32_e64 v73, v167, v73, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v74
	s_nop 1
	v_cndmask_b32_e64 v73, v176, v73, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v74
	s_nop 1
	v_cndmask_b32_e64 v73, v177, v73, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v74
	v_lshlrev_b16_e32 v74, 8, v30
	v_and_b32_e32 v74, 0xffff8000, v74
	v_or_b32_e32 v70, v70, v74
	v_lshlrev_b16_sdwa v74, v161, v30 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v30, v161, v30 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v30, 0xffff8000, v30
	v_and_b32_e32 v74, 0xffff8000, v74
	v_or_b32_e32 v26, v26, v30
	v_lshlrev_b16_e32 v30, 8, v72
	v_or_b32_e32 v68, v68, v74
	v_and_b32_e32 v30, 0xffff8000, v30
	v_cndmask_b32_e64 v72, v178, v73, s[26:27]
	v_or_b32_e32 v30, v72, v30
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v97, v26, v68, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v26, v162, v28 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v96, v30, v70, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_and_b32_e32 v26, 0x3f80, v26
	v_and_b32_sdwa v30, v28, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v26, 0x2000, v26
	v_cmp_ne_u16_e64 s[20:21], s51, v30
	v_and_b32_sdwa v68, v28, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[22:23], s51, v68
	v_cndmask_b32_e64 v26, v163, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v30
	v_and_b32_e32 v70, 0x7f, v28
	v_cmp_ne_u16_e64 s[24:25], s51, v70
	v_cndmask_b32_e64 v26, 0, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v30
	v_and_b32_sdwa v74, v81, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[96:97], v[76:77], v[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e64 v26, v164, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v30
	v_and_b32_sdwa v76, v81, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v77, 0x7f, v81
	v_cndmask_b32_e64 v26, v165, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v30
	s_nop 1
	v_cndmask_b32_e64 v26, v166, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v30
	s_nop 1
	v_cndmask_b32_e64 v26, v167, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v30
	s_nop 1
	v_cndmask_b32_e64 v26, v176, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v30
	s_nop 1
	v_cndmask_b32_e64 v26, v177, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v30
	v_lshlrev_b16_sdwa v30, v162, v28 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v30, 0x3f80, v30
	v_add_u16_e32 v30, 0x2000, v30
	v_cndmask_b32_e64 v30, v163, v30, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v68
	v_cndmask_b32_e64 v26, v178, v26, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], s51, v74
	v_cndmask_b32_e64 v30, 0, v30, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v68
	s_nop 1
	v_cndmask_b32_e64 v30, v164, v30, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v68
	s_nop 1
	v_cndmask_b32_e64 v30, v165, v30, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v68
	s_nop 1
	v_cndmask_b32_e64 v30, v166, v30, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v68
	s_nop 1
	v_cndmask_b32_e64 v30, v167, v30, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v68
	s_nop 1
	v_cndmask_b32_e64 v30, v176, v30, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v68
	s_nop 1
	v_cndmask_b32_e64 v30, v177, v30, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v68
	v_lshlrev_b16_e32 v68, 7, v28
	v_and_b32_e32 v68, 0x3f80, v68
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v68, v163, v68, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v70
	v_cndmask_b32_e64 v30, v178, v30, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], s51, v76
	v_cndmask_b32_e64 v68, 0, v68, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v70
	s_nop 1
	v_cndmask_b32_e64 v68, v164, v68, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v70
	s_nop 1
	v_cndmask_b32_e64 v68, v165, v68, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v70
	s_nop 1
	v_cndmask_b32_e64 v68, v166, v68, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v70
	s_nop 1
	v_cndmask_b32_e64 v68, v167, v68, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v70
	s_nop 1
	v_cndmask_b32_e64 v68, v176, v68, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v70
	s_nop 1
	v_cndmask_b32_e64 v68, v177, v68, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v70
	v_lshrrev_b32_e32 v70, 8, v28
	v_lshlrev_b16_e32 v72, 7, v70
	v_and_b32_e32 v72, 0x3f80, v72
	v_and_b32_e32 v73, 0x7f, v70
	v_add_u16_e32 v72, 0x2000, v72
	v_cmp_ne_u16_e64 s[26:27], s51, v73
	v_cndmask_b32_e64 v68, v178, v68, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], s51, v77
	v_cndmask_b32_e64 v72, v163, v72, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v73
	s_nop 1
	v_cndmask_b32_e64 v72, 0, v72, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v164, v72, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v165, v72, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v166, v72, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v167, v72, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v176, v72, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v73
	s_nop 1
	v_cndmask_b32_e64 v72, v177, v72, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v73
	v_lshlrev_b16_e32 v73, 8, v28
	v_and_b32_e32 v73, 0xffff8000, v73
	v_or_b32_e32 v68, v68, v73
	v_lshlrev_b16_sdwa v73, v161, v28 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v28, v161, v28 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v28, 0xffff8000, v28
	v_and_b32_e32 v73, 0xffff8000, v73
	v_or_b32_e32 v26, v26, v28
	v_lshlrev_b16_e32 v28, 8, v70
	v_or_b32_e32 v30, v30, v73
	v_and_b32_e32 v28, 0xffff8000, v28
	v_cndmask_b32_e64 v70, v178, v72, s[26:27]
	v_lshlrev_b16_sdwa v73, v162, v81 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v28, v70, v28
	v_lshlrev_b16_sdwa v70, v162, v81 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v73, 0x3f80, v73
	v_add_u16_e32 v73, 0x2000, v73
	v_and_b32_e32 v70, 0x3f80, v70
	v_cndmask_b32_e64 v73, v163, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v74
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v163, v70, s[22:23]
	v_cndmask_b32_e64 v73, 0, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v74
	v_cmp_ne_u16_e64 s[22:23], 0, v76
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v79, v26, v30, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e64 v73, v164, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v74
	v_cndmask_b32_e64 v70, 0, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v76
	v_cndmask_b32_e64 v73, v165, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v74
	v_cndmask_b32_e64 v70, v164, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v76
	v_lshlrev_b16_e32 v30, 7, v81
	v_cndmask_b32_e64 v73, v166, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v74
	v_cndmask_b32_e64 v70, v165, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v76
	v_cndmask_b32_e64 v73, v167, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v74
	v_cndmask_b32_e64 v70, v166, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v76
	v_and_b32_e32 v30, 0x3f80, v30
	v_lshrrev_b32_e32 v26, 8, v81
	v_cndmask_b32_e64 v73, v176, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v74
	v_cndmask_b32_e64 v70, v167, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v76
	v_add_u16_e32 v30, 0x2000, v30
	v_cndmask_b32_e64 v73, v177, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v74
	v_cndmask_b32_e64 v70, v176, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v76
	v_cndmask_b32_e64 v30, v163, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v77
	v_lshlrev_b16_e32 v74, 7, v26
	v_cndmask_b32_e64 v70, v177, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v76
	v_cndmask_b32_e64 v30, 0, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v77
	v_and_b32_e32 v74, 0x3f80, v74
	v_and_b32_e32 v76, 0x7f, v26
	v_cndmask_b32_e64 v30, v164, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v77
	v_add_u16_e32 v74, 0x2000, v74
	v_cmp_ne_u16_e64 s[26:27], s51, v76
	v_cndmask_b32_e64 v30, v165, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v77
	v_cndmask_b32_e64 v74, v163, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v76
	v_cndmask_b32_e64 v30, v166, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v77
	v_cndmask_b32_e64 v74, 0, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v76
	v_cndmask_b32_e64 v30, v167, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v77
	v_cndmask_b32_e64 v74, v164, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v76
	v_cndmask_b32_e64 v30, v176, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v77
	v_cndmask_b32_e64 v74, v165, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v76
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v78, v28, v68, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v28, 8, v81
	v_cndmask_b32_e64 v30, v177, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v77
	v_cndmask_b32_e64 v74, v166, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v76
	v_lshlrev_b16_sdwa v68, v161, v81 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v28, 0xffff8000, v28
	v_cndmask_b32_e64 v74, v167, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v76
	v_cndmask_b32_e64 v30, v178, v30, s[24:25]
	v_lshlrev_b16_sdwa v72, v161, v81 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v74, v176, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v76
	v_or_b32_e32 v28, v30, v28
	v_and_b32_e32 v30, 0xffff8000, v68
	v_cndmask_b32_e64 v68, v178, v70, s[22:23]
	v_cndmask_b32_e64 v74, v177, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v76
	v_or_b32_e32 v30, v68, v30
	v_and_b32_e32 v68, 0xffff8000, v72
	v_cndmask_b32_e64 v70, v178, v73, s[20:21]
	v_lshlrev_b16_e32 v26, 8, v26
	v_or_b32_e32 v68, v70, v68
	v_and_b32_e32 v26, 0xffff8000, v26
	v_cndmask_b32_e64 v70, v178, v74, s[26:27]
	v_lshlrev_b16_sdwa v73, v162, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v26, v70, v26
	v_lshlrev_b16_sdwa v70, v162, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v74, v113, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v73, 0x3f80, v73
	v_and_b32_sdwa v76, v113, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v73, 0x2000, v73
	v_cmp_ne_u16_e64 s[20:21], s51, v74
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v73, v163, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v74
	v_cmp_ne_u16_e64 s[22:23], s51, v76
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v81, v68, v30, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e64 v73, 0, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v74
	v_cndmask_b32_e64 v70, v163, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v76
	v_cndmask_b32_e64 v73, v164, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v74
	v_cndmask_b32_e64 v70, 0, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v76
	v_cndmask_b32_e64 v73, v165, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v74
	v_cndmask_b32_e64 v70, v164, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v76
	v_lshlrev_b16_e32 v30, 7, v113
	v_cndmask_b32_e64 v73, v166, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v74
	v_cndmask_b32_e64 v70, v165, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v76
	v_and_b32_e32 v77, 0x7f, v113
	v_cndmask_b32_e64 v73, v167, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v74
	v_cndmask_b32_e64 v70, v166, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v76
	v_and_b32_e32 v30, 0x3f80, v30
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v80, v26, v28, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshrrev_b32_e32 v26, 8, v113
	v_cndmask_b32_e64 v73, v176, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v74
	v_cndmask_b32_e64 v70, v167, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v76
	v_add_u16_e32 v30, 0x2000, v30
	v_cmp_ne_u16_e64 s[24:25], s51, v77
	v_cndmask_b32_e64 v73, v177, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v74
	v_cndmask_b32_e64 v70, v176, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v76
	v_cndmask_b32_e64 v30, v163, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v77
	v_lshlrev_b16_e32 v74, 7, v26
	v_cndmask_b32_e64 v70, v177, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v76
	v_cndmask_b32_e64 v30, 0, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v77
	v_and_b32_e32 v74, 0x3f80, v74
	v_and_b32_e32 v76, 0x7f, v26
	v_cndmask_b32_e64 v30, v164, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v77
	v_add_u16_e32 v74, 0x2000, v74
	v_cmp_ne_u16_e64 s[26:27], s51, v76
	v_cndmask_b32_e64 v30, v165, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v77
	v_cndmask_b32_e64 v74, v163, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v76
	v_cndmask_b32_e64 v30, v166, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v77
	v_cndmask_b32_e64 v74, 0, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v76
	v_cndmask_b32_e64 v30, v167, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v77
	v_cndmask_b32_e64 v74, v164, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v76
	v_cndmask_b32_e64 v30, v176, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v77
	v_cndmask_b32_e64 v74, v165, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v76
	v_lshlrev_b16_e32 v28, 8, v113
	v_cndmask_b32_e64 v30, v177, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v77
	v_cndmask_b32_e64 v74, v166, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v76
	v_lshlrev_b16_sdwa v68, v161, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v28, 0xffff8000, v28
	v_cndmask_b32_e64 v74, v167, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v76
	v_cndmask_b32_e64 v30, v178, v30, s[24:25]
	v_lshlrev_b16_sdwa v72, v161, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v74, v176, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v76
	v_or_b32_e32 v28, v30, v28
	v_and_b32_e32 v30, 0xffff8000, v68
	v_cndmask_b32_e64 v68, v178, v70, s[22:23]
	v_cndmask_b32_e64 v74, v177, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v76
	v_or_b32_e32 v30, v68, v30
	v_and_b32_e32 v68, 0xffff8000, v72
	v_cndmask_b32_e64 v70, v178, v73, s[20:21]
	v_lshlrev_b16_e32 v26, 8, v26
	v_or_b32_e32 v68, v70, v68
	v_and_b32_e32 v26, 0xffff8000, v26
	v_cndmask_b32_e64 v70, v178, v74, s[26:27]
	v_lshlrev_b16_sdwa v73, v162, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v26, v70, v26
	v_lshlrev_b16_sdwa v70, v162, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v74, v115, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v73, 0x3f80, v73
	v_and_b32_sdwa v76, v115, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v73, 0x2000, v73
	v_cmp_ne_u16_e64 s[20:21], s51, v74
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v73, v163, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v74
	v_cmp_ne_u16_e64 s[22:23], s51, v76
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[78:79], v[82:83], v[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e64 v73, 0, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v74
	v_cndmask_b32_e64 v70, v163, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v76
	v_cndmask_b32_e64 v73, v164, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v74
	v_cndmask_b32_e64 v70, 0, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v76
	v_cndmask_b32_e64 v73, v165, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v74
	v_cndmask_b32_e64 v70, v164, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v76
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v83, v68, v30, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v30, 7, v115
	v_cndmask_b32_e64 v73, v166, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v74
	v_cndmask_b32_e64 v70, v165, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v76
	v_and_b32_e32 v77, 0x7f, v115
	v_cndmask_b32_e64 v73, v167, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v74
	v_cndmask_b32_e64 v70, v166, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v76
	v_and_b32_e32 v30, 0x3f80, v30
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v82, v26, v28, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshrrev_b32_e32 v26, 8, v115
	v_cndmask_b32_e64 v73, v176, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v74
	v_cndmask_b32_e64 v70, v167, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v76
	v_add_u16_e32 v30, 0x2000, v30
	v_cmp_ne_u16_e64 s[24:25], s51, v77
	v_cndmask_b32_e64 v73, v177, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v74
	v_cndmask_b32_e64 v70, v176, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v76
	v_cndmask_b32_e64 v30, v163, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v77
	v_lshlrev_b16_e32 v74, 7, v26
	v_cndmask_b32_e64 v70, v177, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v76
	v_cndmask_b32_e64 v30, 0, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v77
	v_and_b32_e32 v74, 0x3f80, v74
	v_and_b32_e32 v76, 0x7f, v26
	v_cndmask_b32_e64 v30, v164, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v77
	v_add_u16_e32 v74, 0x2000, v74
	v_cmp_ne_u16_e64 s[26:27], s51, v76
	v_cndmask_b32_e64 v30, v165, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v77
	v_cndmask_b32_e64 v74, v163, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v76
	v_cndmask_b32_e64 v30, v166, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v77
	v_cndmask_b32_e64 v74, 0, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v76
	v_cndmask_b32_e64 v30, v167, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v77
	v_cndmask_b32_e64 v74, v164, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v76
	v_cndmask_b32_e64 v30, v176, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v77
	v_cndmask_b32_e64 v74, v165, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v76
	v_lshlrev_b16_e32 v28, 8, v115
	v_cndmask_b32_e64 v30, v177, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v77
	v_cndmask_b32_e64 v74, v166, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v76
	v_lshlrev_b16_sdwa v68, v161, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v28, 0xffff8000, v28
	v_cndmask_b32_e64 v74, v167, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v76
	v_cndmask_b32_e64 v30, v178, v30, s[24:25]
	v_lshlrev_b16_sdwa v72, v161, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v74, v176, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v76
	v_or_b32_e32 v28, v30, v28
	v_and_b32_e32 v30, 0xffff8000, v68
	v_cndmask_b32_e64 v68, v178, v70, s[22:23]
	v_cndmask_b32_e64 v74, v177, v74, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v76
	v_or_b32_e32 v30, v68, v30
	v_and_b32_e32 v68, 0xffff8000, v72
	v_cndmask_b32_e64 v70, v178, v73, s[20:21]
	v_lshlrev_b16_e32 v26, 8, v26
	v_or_b32_e32 v68, v70, v68
	v_and_b32_e32 v26, 0xffff8000, v26
	v_cndmask_b32_e64 v70, v178, v74, s[26:27]
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[80:81], v[84:85], v[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_or_b32_e32 v26, v70, v26
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v85, v68, v30, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v30, 7, v27
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v84, v26, v28, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshrrev_b32_e32 v26, 8, v27
	v_lshlrev_b16_e32 v28, 8, v27
	v_lshlrev_b16_sdwa v68, v161, v27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v70, v162, v27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v72, v161, v27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v73, v162, v27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v74, v27, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v76, v27, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v27, 0x7f, v27
	v_and_b32_e32 v30, 0x3f80, v30
	v_and_b32_e32 v73, 0x3f80, v73
	v_add_u16_e32 v30, 0x2000, v30
	v_cmp_ne_u16_e64 s[24:25], s51, v27
	v_add_u16_e32 v73, 0x2000, v73
	v_cmp_ne_u16_e64 s[20:21], s51, v74
	v_cndmask_b32_e64 v30, v163, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v27
	v_cndmask_b32_e64 v73, v163, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v74
	v_cndmask_b32_e64 v30, 0, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v27
	v_cndmask_b32_e64 v73, 0, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v74
	v_cndmask_b32_e64 v30, v164, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v27
	v_cndmask_b32_e64 v73, v164, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v74
	v_cndmask_b32_e64 v30, v165, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v27
	v_cndmask_b32_e64 v73, v165, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v74
	v_cndmask_b32_e64 v30, v166, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v27
	v_cndmask_b32_e64 v73, v166, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v74
	v_cndmask_b32_e64 v30, v167, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v27
	v_cndmask_b32_e64 v73, v167, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v74
	v_cndmask_b32_e64 v30, v176, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v27
	v_cndmask_b32_e64 v73, v176, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v74
	v_cndmask_b32_e64 v30, v177, v30, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v27
	v_lshlrev_b16_e32 v27, 7, v26
	v_cndmask_b32_e64 v73, v177, v73, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v74
	v_and_b32_e32 v70, 0x3f80, v70
	v_and_b32_e32 v27, 0x3f80, v27
	v_and_b32_e32 v74, 0x7f, v26
	v_add_u16_e32 v70, 0x2000, v70
	v_cmp_ne_u16_e64 s[22:23], s51, v76
	v_add_u16_e32 v27, 0x2000, v27
	v_cmp_ne_u16_e64 s[26:27], s51, v74
	v_cndmask_b32_e64 v70, v163, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v76
	v_cndmask_b32_e64 v27, v163, v27, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v74
	v_cndmask_b32_e64 v70, 0, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v76
	v_cndmask_b32_e64 v27, 0, v27, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v74
	v_cndmask_b32_e64 v70, v164, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v76
	v_cndmask_b32_e64 v27, v164, v27, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v74
	v_cndmask_b32_e64 v70, v165, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v76
	v_cndmask_b32_e64 v27, v165, v27, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v74
	v_cndmask_b32_e64 v70, v166, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v76
	v_cndmask_b32_e64 v27, v166, v27, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v74
	v_cndmask_b32_e64 v70, v167, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v76
	v_cndmask_b32_e64 v27, v167, v27, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v74
	v_cndmask_b32_e64 v70, v176, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v76
	v_cndmask_b32_e64 v27, v176, v27, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v74
	v_cndmask_b32_e64 v70, v177, v70, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v76
	v_cndmask_b32_e64 v27, v177, v27, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v74
	v_and_b32_e32 v28, 0xffff8000, v28
	v_cndmask_b32_e64 v30, v178, v30, s[24:25]
	v_lshlrev_b16_e32 v26, 8, v26
	v_or_b32_e32 v28, v30, v28
	v_and_b32_e32 v30, 0xffff8000, v68
	v_cndmask_b32_e64 v68, v178, v70, s[22:23]
	v_and_b32_e32 v26, 0xffff8000, v26
	v_cndmask_b32_e64 v27, v178, v27, s[26:27]
	v_or_b32_e32 v30, v68, v30
	v_and_b32_e32 v68, 0xffff8000, v72
	v_cndmask_b32_e64 v70, v178, v73, s[20:21]
	v_or_b32_e32 v26, v27, v26
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[82:83], v[86:87], v[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_or_b32_e32 v68, v70, v68
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v86, v26, v28, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v28, 7, v71
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v87, v68, v30, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshrrev_b32_e32 v26, 8, v71
	v_lshlrev_b16_e32 v27, 8, v71
	v_lshlrev_b16_sdwa v30, v161, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v68, v162, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v70, v161, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v72, v162, v71 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v73, v71, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v74, v71, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v71, 0x7f, v71
	v_and_b32_e32 v28, 0x3f80, v28
	v_and_b32_e32 v72, 0x3f80, v72
	v_add_u16_e32 v28, 0x2000, v28
	v_cmp_ne_u16_e64 s[24:25], s51, v71
	v_add_u16_e32 v72, 0x2000, v72
	v_cmp_ne_u16_e64 s[20:21], s51, v73
	v_cndmask_b32_e64 v28, v163, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v71
	v_cndmask_b32_e64 v72, v163, v72, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v73
	v_cndmask_b32_e64 v28, 0, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v71
	v_cndmask_b32_e64 v72, 0, v72, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v73
	v_cndmask_b32_e64 v28, v164, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v71
	v_cndmask_b32_e64 v72, v164, v72, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v73
	v_cndmask_b32_e64 v28, v165, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v71
	v_cndmask_b32_e64 v72, v165, v72, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v73
	v_cndmask_b32_e64 v28, v166, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v71
	v_cndmask_b32_e64 v72, v166, v72, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v73
	v_cndmask_b32_e64 v28, v167, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v71
	v_cndmask_b32_e64 v72, v167, v72, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v73
	v_and_b32_e32 v68, 0x3f80, v68
	v_cndmask_b32_e64 v28, v176, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v71
	v_cndmask_b32_e64 v72, v176, v72, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v73
	v_add_u16_e32 v68, 0x2000, v68
	v_cmp_ne_u16_e64 s[22:23], s51, v74
	v_cndmask_b32_e64 v28, v177, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v71
	v_lshlrev_b16_e32 v71, 7, v26
	v_cndmask_b32_e64 v72, v177, v72, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v73
	v_cndmask_b32_e64 v68, v163, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v74
	v_and_b32_e32 v71, 0x3f80, v71
	v_and_b32_e32 v73, 0x7f, v26
	v_cndmask_b32_e64 v68, 0, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v74
	v_add_u16_e32 v71, 0x2000, v71
	v_cmp_ne_u16_e64 s[26:27], s51, v73
	v_cndmask_b32_e64 v68, v164, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v74
	v_cndmask_b32_e64 v71, v163, v71, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v73
	v_cndmask_b32_e64 v68, v165, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v74
	v_cndmask_b32_e64 v71, 0, v71, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v73
	v_cndmask_b32_e64 v68, v166, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v74
	v_cndmask_b32_e64 v71, v164, v71, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v73
	v_cndmask_b32_e64 v68, v167, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v74
	v_cndmask_b32_e64 v71, v165, v71, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v73
	v_cndmask_b32_e64 v68, v176, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v74
	v_cndmask_b32_e64 v71, v166, v71, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v73
	v_cndmask_b32_e64 v68, v177, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v74
	v_cndmask_b32_e64 v71, v167, v71, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v73
	v_and_b32_e32 v27, 0xffff8000, v27
	v_cndmask_b32_e64 v28, v178, v28, s[24:25]
	v_cndmask_b32_e64 v71, v176, v71, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v73
	v_or_b32_e32 v27, v28, v27
	v_and_b32_e32 v28, 0xffff8000, v30
	v_cndmask_b32_e64 v30, v178, v68, s[22:23]
	v_cndmask_b32_e64 v71, v177, v71, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v73
	v_or_b32_e32 v28, v30, v28
	v_and_b32_e32 v30, 0xffff8000, v70
	v_cndmask_b32_e64 v68, v178, v72, s[20:21]
	v_lshlrev_b16_e32 v26, 8, v26
	v_or_b32_e32 v30, v68, v30
	v_and_b32_e32 v26, 0xffff8000, v26
	v_cndmask_b32_e64 v68, v178, v71, s[26:27]
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[84:85], v[88:89], v[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_or_b32_e32 v26, v68, v26
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v89, v30, v28, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v28, 7, v69
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v88, v26, v27, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshrrev_b32_e32 v26, 8, v69
	v_lshlrev_b16_e32 v27, 8, v69
	v_lshlrev_b16_sdwa v30, v161, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v68, v162, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v70, v161, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v71, v162, v69 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v72, v69, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v73, v69, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v69, 0x7f, v69
	v_and_b32_e32 v28, 0x3f80, v28
	v_and_b32_e32 v71, 0x3f80, v71
	v_add_u16_e32 v28, 0x2000, v28
	v_cmp_ne_u16_e64 s[24:25], s51, v69
	v_add_u16_e32 v71, 0x2000, v71
	v_cmp_ne_u16_e64 s[20:21], s51, v72
	v_cndmask_b32_e64 v28, v163, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v69
	v_cndmask_b32_e64 v71, v163, v71, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v72
	v_cndmask_b32_e64 v28, 0, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v69
	v_cndmask_b32_e64 v71, 0, v71, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v72
	v_cndmask_b32_e64 v28, v164, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v69
	v_cndmask_b32_e64 v71, v164, v71, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v72
	v_cndmask_b32_e64 v28, v165, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v69
	v_cndmask_b32_e64 v71, v165, v71, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v72
	v_cndmask_b32_e64 v28, v166, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v69
	v_cndmask_b32_e64 v71, v166, v71, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v72
	v_cndmask_b32_e64 v28, v167, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v69
	v_cndmask_b32_e64 v71, v167, v71, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v72
	v_and_b32_e32 v68, 0x3f80, v68
	v_cndmask_b32_e64 v28, v176, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v69
	v_cndmask_b32_e64 v71, v176, v71, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v72
	v_add_u16_e32 v68, 0x2000, v68
	v_cmp_ne_u16_e64 s[22:23], s51, v73
	v_cndmask_b32_e64 v28, v177, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v69
	v_lshlrev_b16_e32 v69, 7, v26
	v_cndmask_b32_e64 v71, v177, v71, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v72
	v_cndmask_b32_e64 v68, v163, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v73
	v_and_b32_e32 v69, 0x3f80, v69
	v_and_b32_e32 v72, 0x7f, v26
	v_cndmask_b32_e64 v68, 0, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v73
	v_add_u16_e32 v69, 0x2000, v69
	v_cmp_ne_u16_e64 s[26:27], s51, v72
	v_cndmask_b32_e64 v68, v164, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v73
	v_cndmask_b32_e64 v69, v163, v69, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v72
	v_cndmask_b32_e64 v68, v165, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v73
	v_cndmask_b32_e64 v69, 0, v69, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v72
	v_cndmask_b32_e64 v68, v166, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v73
	v_cndmask_b32_e64 v69, v164, v69, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v72
	v_cndmask_b32_e64 v68, v167, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v73
	v_cndmask_b32_e64 v69, v165, v69, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v72
	v_cndmask_b32_e64 v68, v176, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v73
	v_cndmask_b32_e64 v69, v166, v69, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v72
	v_cndmask_b32_e64 v68, v177, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v73
	v_cndmask_b32_e64 v69, v167, v69, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v72
	v_and_b32_e32 v27, 0xffff8000, v27
	v_cndmask_b32_e64 v28, v178, v28, s[24:25]
	v_cndmask_b32_e64 v69, v176, v69, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v72
	v_or_b32_e32 v27, v28, v27
	v_and_b32_e32 v28, 0xffff8000, v30
	v_cndmask_b32_e64 v30, v178, v68, s[22:23]
	v_cndmask_b32_e64 v69, v177, v69, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v72
	v_or_b32_e32 v28, v30, v28
	v_and_b32_e32 v30, 0xffff8000, v70
	v_cndmask_b32_e64 v68, v178, v71, s[20:21]
	v_lshlrev_b16_e32 v26, 8, v26
	v_or_b32_e32 v30, v68, v30
	v_and_b32_e32 v26, 0xffff8000, v26
	v_cndmask_b32_e64 v68, v178, v69, s[26:27]
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[86:87], v[90:91], v[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_or_b32_e32 v26, v68, v26
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v91, v30, v28, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v28, 7, v31
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v90, v26, v27, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshrrev_b32_e32 v26, 8, v31
	v_lshlrev_b16_e32 v27, 8, v31
	v_lshlrev_b16_sdwa v30, v161, v31 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v68, v162, v31 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v161, v31 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v70, v162, v31 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v71, v31, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v72, v31, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v31, 0x7f, v31
	v_and_b32_e32 v28, 0x3f80, v28
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v28, 0x2000, v28
	v_cmp_ne_u16_e64 s[24:25], s51, v31
	v_add_u16_e32 v70, 0x2000, v70
	v_cmp_ne_u16_e64 s[20:21], s51, v71
	v_cndmask_b32_e64 v28, v163, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v31
	v_cndmask_b32_e64 v70, v163, v70, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v71
	v_cndmask_b32_e64 v28, 0, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v31
	v_cndmask_b32_e64 v70, 0, v70, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v71
	v_cndmask_b32_e64 v28, v164, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v31
	v_cndmask_b32_e64 v70, v164, v70, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v71
	v_cndmask_b32_e64 v28, v165, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v31
	v_cndmask_b32_e64 v70, v165, v70, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v71
	v_cndmask_b32_e64 v28, v166, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v31
	v_cndmask_b32_e64 v70, v166, v70, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v71
	v_cndmask_b32_e64 v28, v167, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v31
	v_cndmask_b32_e64 v70, v167, v70, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v71
	v_and_b32_e32 v68, 0x3f80, v68
	v_cndmask_b32_e64 v28, v176, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v31
	v_cndmask_b32_e64 v70, v176, v70, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v71
	v_add_u16_e32 v68, 0x2000, v68
	v_cmp_ne_u16_e64 s[22:23], s51, v72
	v_cndmask_b32_e64 v28, v177, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v31
	v_lshlrev_b16_e32 v31, 7, v26
	v_cndmask_b32_e64 v70, v177, v70, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v71
	v_cndmask_b32_e64 v68, v163, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v72
	v_and_b32_e32 v31, 0x3f80, v31
	v_and_b32_e32 v71, 0x7f, v26
	v_cndmask_b32_e64 v68, 0, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v72
	v_add_u16_e32 v31, 0x2000, v31
	v_cmp_ne_u16_e64 s[26:27], s51, v71
	v_cndmask_b32_e64 v68, v164, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v72
	v_cndmask_b32_e64 v31, v163, v31, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v71
	v_cndmask_b32_e64 v68, v165, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v72
	v_cndmask_b32_e64 v31, 0, v31, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v71
	v_cndmask_b32_e64 v68, v166, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v72
	v_cndmask_b32_e64 v31, v164, v31, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v71
	v_cndmask_b32_e64 v68, v167, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v72
	v_cndmask_b32_e64 v31, v165, v31, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v71
	v_cndmask_b32_e64 v68, v176, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v72
	v_cndmask_b32_e64 v31, v166, v31, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v71
	v_cndmask_b32_e64 v68, v177, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v72
	v_cndmask_b32_e64 v31, v167, v31, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v71
	v_and_b32_e32 v27, 0xffff8000, v27
	v_cndmask_b32_e64 v28, v178, v28, s[24:25]
	v_cndmask_b32_e64 v31, v176, v31, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v71
	v_or_b32_e32 v27, v28, v27
	v_and_b32_e32 v28, 0xffff8000, v30
	v_cndmask_b32_e64 v30, v178, v68, s[22:23]
	v_cndmask_b32_e64 v31, v177, v31, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v71
	v_or_b32_e32 v28, v30, v28
	v_and_b32_e32 v30, 0xffff8000, v69
	v_cndmask_b32_e64 v68, v178, v70, s[20:21]
	v_lshlrev_b16_e32 v26, 8, v26
	v_or_b32_e32 v30, v68, v30
	v_and_b32_e32 v26, 0xffff8000, v26
	v_cndmask_b32_e64 v31, v178, v31, s[26:27]
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[88:89], v[92:93], v[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_or_b32_e32 v26, v31, v26
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v93, v30, v28, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v28, 7, v29
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v92, v26, v27, s59
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshrrev_b32_e32 v26, 8, v29
	v_lshlrev_b16_e32 v27, 8, v29
	v_lshlrev_b16_sdwa v30, v161, v29 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v31, v162, v29 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v68, v161, v29 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v69, v162, v29 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v70, v29, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v71, v29, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v29, 0x7f, v29
	v_and_b32_e32 v28, 0x3f80, v28
	v_and_b32_e32 v69, 0x3f80, v69
	v_add_u16_e32 v28, 0x2000, v28
	v_cmp_ne_u16_e64 s[24:25], s51, v29
	v_add_u16_e32 v69, 0x2000, v69
	v_cmp_ne_u16_e64 s[20:21], s51, v70
	v_cndmask_b32_e64 v28, v163, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v29
	v_cndmask_b32_e64 v69, v163, v69, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v70
	v_cndmask_b32_e64 v28, 0, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v29
	v_cndmask_b32_e64 v69, 0, v69, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v70
	v_cndmask_b32_e64 v28, v164, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v29
	v_cndmask_b32_e64 v69, v164, v69, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v70
	v_and_b32_e32 v31, 0x3f80, v31
	v_cndmask_b32_e64 v28, v165, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v29
	v_cndmask_b32_e64 v69, v165, v69, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v70
	v_add_u16_e32 v31, 0x2000, v31
	v_cmp_ne_u16_e64 s[22:23], s51, v71
	v_cndmask_b32_e64 v28, v166, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v29
	v_cndmask_b32_e64 v69, v166, v69, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v70
	v_cndmask_b32_e64 v31, v163, v31, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v71
	v_cndmask_b32_e64 v28, v167, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v29
	v_cndmask_b32_e64 v69, v167, v69, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v70
	v_cndmask_b32_e64 v31, 0, v31, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v71
	v_cndmask_b32_e64 v28, v176, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v29
	v_cndmask_b32_e64 v69, v176, v69, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v70
	v_cndmask_b32_e64 v31, v164, v31, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v71
	v_cndmask_b32_e64 v28, v177, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v29
	v_lshlrev_b16_e32 v29, 7, v26
	v_cndmask_b32_e64 v69, v177, v69, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v70
	v_cndmask_b32_e64 v31, v165, v31, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v71
	v_and_b32_e32 v29, 0x3f80, v29
	v_and_b32_e32 v70, 0x7f, v26
	v_cndmask_b32_e64 v31, v166, v31, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v71
	v_add_u16_e32 v29, 0x2000, v29
	v_cmp_ne_u16_e64 s[26:27], s51, v70
	v_cndmask_b32_e64 v31, v167, v31, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v71
	v_cndmask_b32_e64 v29, v163, v29, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v70
	v_cndmask_b32_e64 v31, v176, v31, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v71
	v_cndmask_b32_e64 v29, 0, v29, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v70
	v_cndmask_b32_e64 v31, v177, v31, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v71
	v_cndmask_b32_e64 v29, v164, v29, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v70
	v_and_b32_e32 v27, 0xffff8000, v27
	v_cndmask_b32_e64 v28, v178, v28, s[24:25]
	v_cndmask_b32_e64 v29, v165, v29, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v70
	v_or_b32_e32 v27, v28, v27
	v_and_b32_e32 v28, 0xffff8000, v30
	v_cndmask_b32_e64 v30, v178, v31, s[22:23]
	v_cndmask_b32_e64 v29, v166, v29, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v70
	v_or_b32_e32 v28, v30, v28
	v_and_b32_e32 v30, 0xffff8000, v68
	v_cndmask_b32_e64 v31, v178, v69, s[20:21]
	v_cndmask_b32_e64 v29, v167, v29, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v70
	v_or_b32_e32 v30, v31, v30
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v68, v162, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[90:91], v[94:95], v[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e64 v29, v176, v29, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v70
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v95, v30, v28, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v30, v162, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v69, v75, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v68, 0x3f80, v68
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e64 v29, v177, v29, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v70
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_sdwa v70, v75, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v68, 0x2000, v68
	v_cmp_ne_u16_e64 s[20:21], s51, v69
	v_and_b32_e32 v30, 0x3f80, v30
	v_add_u16_e32 v30, 0x2000, v30
	v_cndmask_b32_e64 v68, v163, v68, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v69
	v_cmp_ne_u16_e64 s[22:23], s51, v70
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshlrev_b16_e32 v26, 8, v26
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v68, 0, v68, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v69
	v_cndmask_b32_e64 v30, v163, v30, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v70
	v_cndmask_b32_e64 v68, v164, v68, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v69
	v_cndmask_b32_e64 v30, 0, v30, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v70
	v_cndmask_b32_e64 v68, v165, v68, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v69
	v_cndmask_b32_e64 v30, v164, v30, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v70
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_and_b32_e32 v26, 0xffff8000, v26
	v_cndmask_b32_e64 v29, v178, v29, s[26:27]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_e32 v28, 7, v75
	v_cndmask_b32_e64 v68, v166, v68, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v69
	v_cndmask_b32_e64 v30, v165, v30, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v70
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_or_b32_e32 v26, v29, v26
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_e32 v71, 0x7f, v75
	v_cndmask_b32_e64 v68, v167, v68, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v69
	v_cndmask_b32_e64 v30, v166, v30, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v70
	v_and_b32_e32 v28, 0x3f80, v28
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v94, v26, v27, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshrrev_b32_e32 v26, 8, v75
	v_cndmask_b32_e64 v68, v176, v68, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v69
	v_cndmask_b32_e64 v30, v167, v30, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v70
	v_add_u16_e32 v28, 0x2000, v28
	v_cmp_ne_u16_e64 s[24:25], s51, v71
	v_cndmask_b32_e64 v68, v177, v68, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v69
	v_cndmask_b32_e64 v30, v176, v30, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v70
	v_cndmask_b32_e64 v28, v163, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v71
	v_lshlrev_b16_e32 v69, 7, v26
	v_cndmask_b32_e64 v30, v177, v30, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v70
	v_cndmask_b32_e64 v28, 0, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v71
	v_and_b32_e32 v69, 0x3f80, v69
	v_and_b32_e32 v70, 0x7f, v26
	v_cndmask_b32_e64 v28, v164, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v71
	v_add_u16_e32 v69, 0x2000, v69
	v_cmp_ne_u16_e64 s[26:27], s51, v70
	v_cndmask_b32_e64 v28, v165, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v71
	v_cndmask_b32_e64 v69, v163, v69, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v70
	v_cndmask_b32_e64 v28, v166, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v71
	v_cndmask_b32_e64 v69, 0, v69, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v70
	v_cndmask_b32_e64 v28, v167, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v71
	v_cndmask_b32_e64 v69, v164, v69, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v70
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[92:93], v[110:111], v[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v28, v176, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v71
	v_cndmask_b32_e64 v69, v165, v69, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v70
	v_lshlrev_b16_e32 v27, 8, v75
	v_cndmask_b32_e64 v28, v177, v28, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v71
	v_cndmask_b32_e64 v69, v166, v69, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v70
	v_lshlrev_b16_sdwa v29, v161, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v27, 0xffff8000, v27
	v_cndmask_b32_e64 v69, v167, v69, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v70
	v_cndmask_b32_e64 v28, v178, v28, s[24:25]
	v_lshlrev_b16_sdwa v31, v161, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v69, v176, v69, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v70
	v_or_b32_e32 v28, v28, v27
	v_and_b32_e32 v27, 0xffff8000, v29
	v_cndmask_b32_e64 v29, v178, v30, s[22:23]
	v_cndmask_b32_e64 v69, v177, v69, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v70
	v_or_b32_e32 v27, v29, v27
	v_and_b32_e32 v29, 0xffff8000, v31
	v_cndmask_b32_e64 v30, v178, v68, s[20:21]
	v_lshlrev_b16_e32 v26, 8, v26
	v_or_b32_e32 v29, v30, v29
	v_and_b32_e32 v26, 0xffff8000, v26
	v_cndmask_b32_e64 v30, v178, v69, s[26:27]
	v_or_b32_e32 v26, v30, v26
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v27, v29, v27, s59
	v_perm_b32 v26, v26, v28, s59
	s_nop 1
	v_mfma_f32_32x32x8_f16 v[0:15], v[94:95], v[26:27], v[0:15]
	.loc	1 126 34                        ; fused_moe.py:126:34
	v_add_lshl_u32 v26, s60, v137, 2
	v_cndmask_b32_e64 v26, v160, v26, s[2:3]
	v_add_lshl_u32 v27, s60, v136, 2
	v_cndmask_b32_e64 v27, v160, v27, s[0:1]
	buffer_load_dword v26, v26, s[8:11], 0 offen
	s_nop 0
	buffer_load_dword v110, v27, s[8:11], 0 offen
	.loc	1 128 46                        ; fused_moe.py:128:46
	s_waitcnt vmcnt(1)
	s_nop 2
	v_pk_mul_f32 v[28:29], v[26:27], v[0:1] op_sel_hi:[0,1]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v0, 0x5000, v144
	ds_read2_b32 v[112:113], v0 offset1:16
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[30:31], v[26:27], v[2:3] op_sel_hi:[0,1]
	v_pk_mul_f32 v[68:69], v[26:27], v[4:5] op_sel_hi:[0,1]
	v_pk_mul_f32 v[70:71], v[26:27], v[6:7] op_sel_hi:[0,1]
	v_pk_mul_f32 v[72:73], v[26:27], v[8:9] op_sel_hi:[0,1]
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v0, v162, v112 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v0, 0x3f80, v0
	v_and_b32_sdwa v1, v112, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e64 s[20:21], s51, v1
	v_and_b32_sdwa v2, v112, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[22:23], s51, v2
	v_cndmask_b32_e64 v0, v163, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v1
	v_and_b32_e32 v3, 0x7f, v112
	v_cmp_ne_u16_e64 s[24:25], s51, v3
	v_cndmask_b32_e64 v0, 0, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v1
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[74:75], v[26:27], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[76:77], v[26:27], v[12:13] op_sel_hi:[0,1]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v0, v164, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v1
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[26:27], v[26:27], v[14:15] op_sel_hi:[0,1]
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_nop 0
	v_cndmask_b32_e64 v0, v165, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v166, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v167, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v176, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v177, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v1
	v_lshlrev_b16_sdwa v1, v162, v112 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cndmask_b32_e64 v1, v163, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v2
	v_cndmask_b32_e64 v0, v178, v0, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v1, 0, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v164, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v165, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v166, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v167, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v176, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v177, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v2
	v_lshlrev_b16_e32 v2, 7, v112
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cndmask_b32_e64 v2, v163, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v3
	v_cndmask_b32_e64 v1, v178, v1, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v2, 0, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v164, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v165, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v166, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v167, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v176, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v177, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v3
	v_lshrrev_b32_e32 v3, 8, v112
	v_lshlrev_b16_e32 v4, 7, v3
	v_and_b32_e32 v4, 0x3f80, v4
	v_and_b32_e32 v5, 0x7f, v3
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[26:27], s51, v5
	v_cndmask_b32_e64 v2, v178, v2, s[24:25]
	v_lshlrev_b16_e32 v3, 8, v3
	v_cndmask_b32_e64 v4, v163, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v5
	v_and_b32_e32 v3, 0xffff8000, v3
	s_nop 0
	v_cndmask_b32_e64 v4, 0, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v164, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v165, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v166, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v167, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v176, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v177, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v5
	v_lshlrev_b16_e32 v5, 8, v112
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v2, v2, v5
	v_lshlrev_b16_sdwa v5, v161, v112 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v1, v1, v5
	v_lshlrev_b16_sdwa v5, v161, v112 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v0, v0, v5
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v181, v0, v1, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v0, 0x5000, v145
	ds_read2_b32 v[114:115], v0 offset1:16
	v_cndmask_b32_e64 v4, v178, v4, s[26:27]
	v_or_b32_e32 v3, v4, v3
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v180, v3, v2, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v0, v162, v114 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v0, 0x3f80, v0
	v_and_b32_sdwa v1, v114, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e64 s[20:21], s51, v1
	v_and_b32_sdwa v2, v114, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[22:23], s51, v2
	v_cndmask_b32_e64 v0, v163, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v1
	v_and_b32_e32 v3, 0x7f, v114
	v_cmp_ne_u16_e64 s[24:25], s51, v3
	v_cndmask_b32_e64 v0, 0, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v164, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v165, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v166, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v167, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v176, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v177, v0, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v1
	v_lshlrev_b16_sdwa v1, v162, v114 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cndmask_b32_e64 v1, v163, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v2
	v_cndmask_b32_e64 v0, v178, v0, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v1, 0, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v164, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v165, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v166, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v167, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v176, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v177, v1, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v2
	v_lshlrev_b16_e32 v2, 7, v114
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cndmask_b32_e64 v2, v163, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v3
	v_cndmask_b32_e64 v1, v178, v1, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v2, 0, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v164, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v165, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v166, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v167, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v176, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v177, v2, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v3
	v_lshrrev_b32_e32 v3, 8, v114
	v_lshlrev_b16_e32 v4, 7, v3
	v_and_b32_e32 v4, 0x3f80, v4
	v_and_b32_e32 v5, 0x7f, v3
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[26:27], s51, v5
	v_cndmask_b32_e64 v2, v178, v2, s[24:25]
	v_lshlrev_b16_e32 v3, 8, v3
	v_cndmask_b32_e64 v4, v163, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v5
	v_and_b32_e32 v3, 0xffff8000, v3
	s_nop 0
	v_cndmask_b32_e64 v4, 0, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v164, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v165, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v166, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v167, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v176, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v177, v4, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v5
	v_lshlrev_b16_e32 v5, 8, v114
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v2, v2, v5
	v_lshlrev_b16_sdwa v5, v161, v114 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v1, v1, v5
	v_lshlrev_b16_sdwa v5, v161, v114 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e64 v4, v178, v4, s[26:27]
	v_or_b32_e32 v0, v0, v5
	v_or_b32_e32 v3, v4, v3
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v183, v0, v1, s59
	v_perm_b32 v182, v3, v2, s59
	v_mfma_f32_32x32x8_f16 v[0:15], v[106:107], v[180:181], 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v106, 0x5000, v146
	ds_read2_b32 v[106:107], v106 offset1:16
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v111, v106, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[108:109], v[182:183], v[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v108, v162, v106 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v108, 0x3f80, v108
	v_and_b32_sdwa v109, v106, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v108, 0x2000, v108
	v_cmp_ne_u16_e64 s[20:21], s51, v109
	v_cmp_ne_u16_e64 s[22:23], s51, v111
	v_and_b32_e32 v112, 0x7f, v106
	v_cndmask_b32_e64 v108, v163, v108, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v109
	v_cmp_ne_u16_e64 s[24:25], s51, v112
	s_nop 0
	v_cndmask_b32_e64 v108, 0, v108, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v164, v108, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v165, v108, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v166, v108, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v167, v108, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v176, v108, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v177, v108, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v109
	v_lshlrev_b16_sdwa v109, v162, v106 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v109, 0x3f80, v109
	v_add_u16_e32 v109, 0x2000, v109
	v_cndmask_b32_e64 v109, v163, v109, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v111
	v_cndmask_b32_e64 v108, v178, v108, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v109, 0, v109, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v111
	s_nop 1
	v_cndmask_b32_e64 v109, v164, v109, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v111
	s_nop 1
	v_cndmask_b32_e64 v109, v165, v109, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v111
	s_nop 1
	v_cndmask_b32_e64 v109, v166, v109, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v111
	s_nop 1
	v_cndmask_b32_e64 v109, v167, v109, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v111
	s_nop 1
	v_cndmask_b32_e64 v109, v176, v109, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v111
	s_nop 1
	v_cndmask_b32_e64 v109, v177, v109, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v111
	v_lshlrev_b16_e32 v111, 7, v106
	v_and_b32_e32 v111, 0x3f80, v111
	v_add_u16_e32 v111, 0x2000, v111
	v_cndmask_b32_e64 v111, v163, v111, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v112
	v_cndmask_b32_e64 v109, v178, v109, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v111, 0, v111, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v112
	s_nop 1
	v_cndmask_b32_e64 v111, v164, v111, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v112
	s_nop 1
	v_cndmask_b32_e64 v111, v165, v111, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v112
	s_nop 1
	v_cndmask_b32_e64 v111, v166, v111, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v112
	s_nop 1
	v_cndmask_b32_e64 v111, v167, v111, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v112
	s_nop 1
	v_cndmask_b32_e64 v111, v176, v111, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v112
	s_nop 1
	v_cndmask_b32_e64 v111, v177, v111, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v112
	v_lshrrev_b32_e32 v112, 8, v106
	v_lshlrev_b16_e32 v114, 7, v112
	v_and_b32_e32 v114, 0x3f80, v114
	v_and_b32_e32 v168, 0x7f, v112
	v_add_u16_e32 v114, 0x2000, v114
	v_cmp_ne_u16_e64 s[26:27], s51, v168
	v_cndmask_b32_e64 v111, v178, v111, s[24:25]
	s_nop 0
	v_cndmask_b32_e64 v114, v163, v114, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v168
	s_nop 1
	v_cndmask_b32_e64 v114, 0, v114, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v168
	s_nop 1
	v_cndmask_b32_e64 v114, v164, v114, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v168
	s_nop 1
	v_cndmask_b32_e64 v114, v165, v114, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v168
	s_nop 1
	v_cndmask_b32_e64 v114, v166, v114, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v168
	s_nop 1
	v_cndmask_b32_e64 v114, v167, v114, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v168
	s_nop 1
	v_cndmask_b32_e64 v114, v176, v114, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v168
	s_nop 1
	v_cndmask_b32_e64 v114, v177, v114, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v168
	v_lshlrev_b16_e32 v168, 8, v106
	v_and_b32_e32 v168, 0xffff8000, v168
	v_or_b32_e32 v111, v111, v168
	v_lshlrev_b16_sdwa v168, v161, v106 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v106, v161, v106 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v106, 0xffff8000, v106
	v_or_b32_e32 v106, v108, v106
	v_lshlrev_b16_e32 v108, 8, v112
	v_and_b32_e32 v168, 0xffff8000, v168
	v_and_b32_e32 v108, 0xffff8000, v108
	v_cndmask_b32_e64 v112, v178, v114, s[26:27]
	v_or_b32_e32 v109, v109, v168
	v_or_b32_e32 v108, v112, v108
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v109, v106, v109, s59
	v_perm_b32 v108, v108, v111, s59
	s_nop 1
	v_mfma_f32_32x32x8_f16 v[0:15], v[104:105], v[108:109], v[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v104, 0x5000, v147
	ds_read2_b32 v[104:105], v104 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v106, v162, v104 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v106, 0x3f80, v106
	v_and_b32_sdwa v108, v104, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v106, 0x2000, v106
	v_cmp_ne_u16_e64 s[20:21], s51, v108
	v_and_b32_sdwa v109, v104, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[22:23], s51, v109
	v_cndmask_b32_e64 v106, v163, v106, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v108
	v_and_b32_e32 v111, 0x7f, v104
	v_cmp_ne_u16_e64 s[24:25], s51, v111
	v_cndmask_b32_e64 v106, 0, v106, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v164, v106, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v165, v106, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v166, v106, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v167, v106, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v176, v106, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v177, v106, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v108
	v_lshlrev_b16_sdwa v108, v162, v104 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v108, 0x3f80, v108
	v_add_u16_e32 v108, 0x2000, v108
	v_cndmask_b32_e64 v108, v163, v108, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v109
	v_cndmask_b32_e64 v106, v178, v106, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v108, 0, v108, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v164, v108, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v165, v108, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v166, v108, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v167, v108, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v176, v108, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v177, v108, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v109
	v_lshlrev_b16_e32 v109, 7, v104
	v_and_b32_e32 v109, 0x3f80, v109
	v_add_u16_e32 v109, 0x2000, v109
	v_cndmask_b32_e64 v109, v163, v109, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v111
	v_cndmask_b32_e64 v108, v178, v108, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v109, 0, v109, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v111
	s_nop 1
	v_cndmask_b32_e64 v109, v164, v109, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v111
	s_nop 1
	v_cndmask_b32_e64 v109, v165, v109, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v111
	s_nop 1
	v_cndmask_b32_e64 v109, v166, v109, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v111
	s_nop 1
	v_cndmask_b32_e64 v109, v167, v109, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v111
	s_nop 1
	v_cndmask_b32_e64 v109, v176, v109, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v111
	s_nop 1
	v_cndmask_b32_e64 v109, v177, v109, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v111
	v_lshrrev_b32_e32 v111, 8, v104
	v_lshlrev_b16_e32 v112, 7, v111
	v_and_b32_e32 v112, 0x3f80, v112
	v_and_b32_e32 v114, 0x7f, v111
	v_add_u16_e32 v112, 0x2000, v112
	v_cmp_ne_u16_e64 s[26:27], s51, v114
	v_cndmask_b32_e64 v109, v178, v109, s[24:25]
	s_nop 0
	v_cndmask_b32_e64 v112, v163, v112, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v114
	s_nop 1
	v_cndmask_b32_e64 v112, 0, v112, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v114
	s_nop 1
	v_cndmask_b32_e64 v112, v164, v112, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v114
	s_nop 1
	v_cndmask_b32_e64 v112, v165, v112, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v114
	s_nop 1
	v_cndmask_b32_e64 v112, v166, v112, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v114
	s_nop 1
	v_cndmask_b32_e64 v112, v167, v112, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v114
	s_nop 1
	v_cndmask_b32_e64 v112, v176, v112, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v114
	s_nop 1
	v_cndmask_b32_e64 v112, v177, v112, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v114
	v_lshlrev_b16_e32 v114, 8, v104
	v_and_b32_e32 v114, 0xffff8000, v114
	v_or_b32_e32 v114, v109, v114
	v_lshlrev_b16_sdwa v109, v161, v104 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v104, v161, v104 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v104, 0xffff8000, v104
	v_and_b32_e32 v109, 0xffff8000, v109
	v_or_b32_e32 v104, v106, v104
	v_lshlrev_b16_e32 v106, 8, v111
	v_or_b32_e32 v108, v108, v109
	v_and_b32_e32 v106, 0xffff8000, v106
	v_cndmask_b32_e64 v109, v178, v112, s[26:27]
	v_or_b32_e32 v106, v109, v106
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v109, v104, v108, s59
	v_perm_b32 v108, v106, v114, s59
	s_nop 1
	v_mfma_f32_32x32x8_f16 v[0:15], v[102:103], v[108:109], v[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v102, 0x5000, v148
	ds_read2_b32 v[102:103], v102 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v104, v162, v102 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v104, 0x3f80, v104
	v_and_b32_sdwa v106, v102, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v104, 0x2000, v104
	v_cmp_ne_u16_e64 s[20:21], s51, v106
	v_and_b32_sdwa v108, v102, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[22:23], s51, v108
	v_cndmask_b32_e64 v104, v163, v104, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v106
	v_and_b32_e32 v109, 0x7f, v102
	v_cmp_ne_u16_e64 s[24:25], s51, v109
	v_cndmask_b32_e64 v104, 0, v104, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v106
	s_nop 1
	v_cndmask_b32_e64 v104, v164, v104, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v106
	s_nop 1
	v_cndmask_b32_e64 v104, v165, v104, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v106
	s_nop 1
	v_cndmask_b32_e64 v104, v166, v104, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v106
	s_nop 1
	v_cndmask_b32_e64 v104, v167, v104, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v106
	s_nop 1
	v_cndmask_b32_e64 v104, v176, v104, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v106
	s_nop 1
	v_cndmask_b32_e64 v104, v177, v104, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v106
	v_lshlrev_b16_sdwa v106, v162, v102 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v106, 0x3f80, v106
	v_add_u16_e32 v106, 0x2000, v106
	v_cndmask_b32_e64 v106, v163, v106, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v108
	v_cndmask_b32_e64 v104, v178, v104, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v106, 0, v106, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v164, v106, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v165, v106, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v166, v106, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v167, v106, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v176, v106, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v177, v106, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v108
	v_lshlrev_b16_e32 v108, 7, v102
	v_and_b32_e32 v108, 0x3f80, v108
	v_add_u16_e32 v108, 0x2000, v108
	v_cndmask_b32_e64 v108, v163, v108, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v109
	v_cndmask_b32_e64 v106, v178, v106, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v108, 0, v108, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v164, v108, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v165, v108, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v166, v108, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v167, v108, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v176, v108, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v177, v108, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v109
	v_lshrrev_b32_e32 v109, 8, v102
	v_lshlrev_b16_e32 v111, 7, v109
	v_and_b32_e32 v111, 0x3f80, v111
	v_and_b32_e32 v112, 0x7f, v109
	v_add_u16_e32 v111, 0x2000, v111
	v_cmp_ne_u16_e64 s[26:27], s51, v112
	v_cndmask_b32_e64 v108, v178, v108, s[24:25]
	s_nop 0
	v_cndmask_b32_e64 v111, v163, v111, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v112
	s_nop 1
	v_cndmask_b32_e64 v111, 0, v111, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v112
	s_nop 1
	v_cndmask_b32_e64 v111, v164, v111, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v112
	s_nop 1
	v_cndmask_b32_e64 v111, v165, v111, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v112
	s_nop 1
	v_cndmask_b32_e64 v111, v166, v111, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v112
	s_nop 1
	v_cndmask_b32_e64 v111, v167, v111, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v112
	s_nop 1
	v_cndmask_b32_e64 v111, v176, v111, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v112
	s_nop 1
	v_cndmask_b32_e64 v111, v177, v111, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v112
	v_lshlrev_b16_e32 v112, 8, v102
	v_and_b32_e32 v112, 0xffff8000, v112
	v_or_b32_e32 v108, v108, v112
	v_lshlrev_b16_sdwa v112, v161, v102 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v102, v161, v102 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v102, 0xffff8000, v102
	v_or_b32_e32 v102, v104, v102
	v_lshlrev_b16_e32 v104, 8, v109
	v_and_b32_e32 v112, 0xffff8000, v112
	v_and_b32_e32 v104, 0xffff8000, v104
	v_cndmask_b32_e64 v109, v178, v111, s[26:27]
	v_or_b32_e32 v106, v106, v112
	v_or_b32_e32 v104, v109, v104
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v109, v102, v106, s59
	v_perm_b32 v108, v104, v108, s59
	s_nop 1
	v_mfma_f32_32x32x8_f16 v[0:15], v[100:101], v[108:109], v[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v100, 0x5000, v149
	ds_read2_b32 v[100:101], v100 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v102, v162, v100 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v102, 0x3f80, v102
	v_and_b32_sdwa v104, v100, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v102, 0x2000, v102
	v_cmp_ne_u16_e64 s[20:21], s51, v104
	v_and_b32_sdwa v106, v100, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[22:23], s51, v106
	v_cndmask_b32_e64 v102, v163, v102, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v104
	v_and_b32_e32 v108, 0x7f, v100
	v_cmp_ne_u16_e64 s[24:25], s51, v108
	v_cndmask_b32_e64 v102, 0, v102, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v104
	s_nop 1
	v_cndmask_b32_e64 v102, v164, v102, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v104
	s_nop 1
	v_cndmask_b32_e64 v102, v165, v102, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v104
	s_nop 1
	v_cndmask_b32_e64 v102, v166, v102, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v104
	s_nop 1
	v_cndmask_b32_e64 v102, v167, v102, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v104
	s_nop 1
	v_cndmask_b32_e64 v102, v176, v102, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v104
	s_nop 1
	v_cndmask_b32_e64 v102, v177, v102, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v104
	v_lshlrev_b16_sdwa v104, v162, v100 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v104, 0x3f80, v104
	v_add_u16_e32 v104, 0x2000, v104
	v_cndmask_b32_e64 v104, v163, v104, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v106
	v_cndmask_b32_e64 v102, v178, v102, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v104, 0, v104, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v106
	s_nop 1
	v_cndmask_b32_e64 v104, v164, v104, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v106
	s_nop 1
	v_cndmask_b32_e64 v104, v165, v104, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v106
	s_nop 1
	v_cndmask_b32_e64 v104, v166, v104, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v106
	s_nop 1
	v_cndmask_b32_e64 v104, v167, v104, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v106
	s_nop 1
	v_cndmask_b32_e64 v104, v176, v104, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v106
	s_nop 1
	v_cndmask_b32_e64 v104, v177, v104, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v106
	v_lshlrev_b16_e32 v106, 7, v100
	v_and_b32_e32 v106, 0x3f80, v106
	v_add_u16_e32 v106, 0x2000, v106
	v_cndmask_b32_e64 v106, v163, v106, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v108
	v_cndmask_b32_e64 v104, v178, v104, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v106, 0, v106, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v164, v106, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v165, v106, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v166, v106, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v167, v106, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v176, v106, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v177, v106, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v108
	v_lshrrev_b32_e32 v108, 8, v100
	v_lshlrev_b16_e32 v109, 7, v108
	v_and_b32_e32 v109, 0x3f80, v109
	v_and_b32_e32 v111, 0x7f, v108
	v_add_u16_e32 v109, 0x2000, v109
	v_cmp_ne_u16_e64 s[26:27], s51, v111
	v_cndmask_b32_e64 v106, v178, v106, s[24:25]
	s_nop 0
	v_cndmask_b32_e64 v109, v163, v109, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v111
	s_nop 1
	v_cndmask_b32_e64 v109, 0, v109, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v111
	s_nop 1
	v_cndmask_b32_e64 v109, v164, v109, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v111
	s_nop 1
	v_cndmask_b32_e64 v109, v165, v109, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v111
	s_nop 1
	v_cndmask_b32_e64 v109, v166, v109, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v111
	s_nop 1
	v_cndmask_b32_e64 v109, v167, v109, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v111
	s_nop 1
	v_cndmask_b32_e64 v109, v176, v109, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v111
	s_nop 1
	v_cndmask_b32_e64 v109, v177, v109, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v111
	v_lshlrev_b16_e32 v111, 8, v100
	v_and_b32_e32 v111, 0xffff8000, v111
	v_or_b32_e32 v106, v106, v111
	v_lshlrev_b16_sdwa v111, v161, v100 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v100, v161, v100 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v100, 0xffff8000, v100
	v_or_b32_e32 v100, v102, v100
	v_lshlrev_b16_e32 v102, 8, v108
	v_and_b32_e32 v111, 0xffff8000, v111
	v_and_b32_e32 v102, 0xffff8000, v102
	v_cndmask_b32_e64 v108, v178, v109, s[26:27]
	v_or_b32_e32 v104, v104, v111
	v_or_b32_e32 v102, v108, v102
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v109, v100, v104, s59
	v_perm_b32 v108, v102, v106, s59
	s_nop 1
	v_mfma_f32_32x32x8_f16 v[0:15], v[98:99], v[108:109], v[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v98, 0x5000, v150
	ds_read2_b32 v[98:99], v98 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v100, v162, v98 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v100, 0x3f80, v100
	v_and_b32_sdwa v102, v98, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v100, 0x2000, v100
	v_cmp_ne_u16_e64 s[20:21], s51, v102
	v_and_b32_sdwa v104, v98, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[22:23], s51, v104
	v_cndmask_b32_e64 v100, v163, v100, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v102
	v_and_b32_e32 v106, 0x7f, v98
	v_cmp_ne_u16_e64 s[24:25], s51, v106
	v_cndmask_b32_e64 v100, 0, v100, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v102
	s_nop 1
	v_cndmask_b32_e64 v100, v164, v100, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v102
	s_nop 1
	v_cndmask_b32_e64 v100, v165, v100, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v102
	s_nop 1
	v_cndmask_b32_e64 v100, v166, v100, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v102
	s_nop 1
	v_cndmask_b32_e64 v100, v167, v100, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v102
	s_nop 1
	v_cndmask_b32_e64 v100, v176, v100, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v102
	s_nop 1
	v_cndmask_b32_e64 v100, v177, v100, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v102
	v_lshlrev_b16_sdwa v102, v162, v98 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v102, 0x3f80, v102
	v_add_u16_e32 v102, 0x2000, v102
	v_cndmask_b32_e64 v102, v163, v102, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v104
	v_cndmask_b32_e64 v100, v178, v100, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v102, 0, v102, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v104
	s_nop 1
	v_cndmask_b32_e64 v102, v164, v102, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v104
	s_nop 1
	v_cndmask_b32_e64 v102, v165, v102, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v104
	s_nop 1
	v_cndmask_b32_e64 v102, v166, v102, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v104
	s_nop 1
	v_cndmask_b32_e64 v102, v167, v102, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v104
	s_nop 1
	v_cndmask_b32_e64 v102, v176, v102, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v104
	s_nop 1
	v_cndmask_b32_e64 v102, v177, v102, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v104
	v_lshlrev_b16_e32 v104, 7, v98
	v_and_b32_e32 v104, 0x3f80, v104
	v_add_u16_e32 v104, 0x2000, v104
	v_cndmask_b32_e64 v104, v163, v104, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v106
	v_cndmask_b32_e64 v102, v178, v102, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v104, 0, v104, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v106
	s_nop 1
	v_cndmask_b32_e64 v104, v164, v104, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v106
	s_nop 1
	v_cndmask_b32_e64 v104, v165, v104, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v106
	s_nop 1
	v_cndmask_b32_e64 v104, v166, v104, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v106
	s_nop 1
	v_cndmask_b32_e64 v104, v167, v104, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v106
	s_nop 1
	v_cndmask_b32_e64 v104, v176, v104, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v106
	s_nop 1
	v_cndmask_b32_e64 v104, v177, v104, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v106
	v_lshrrev_b32_e32 v106, 8, v98
	v_lshlrev_b16_e32 v108, 7, v106
	v_and_b32_e32 v108, 0x3f80, v108
	v_and_b32_e32 v109, 0x7f, v106
	v_add_u16_e32 v108, 0x2000, v108
	v_cmp_ne_u16_e64 s[26:27], s51, v109
	v_cndmask_b32_e64 v104, v178, v104, s[24:25]
	s_nop 0
	v_cndmask_b32_e64 v108, v163, v108, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v109
	s_nop 1
	v_cndmask_b32_e64 v108, 0, v108, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v164, v108, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v165, v108, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v166, v108, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v167, v108, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v176, v108, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v109
	s_nop 1
	v_cndmask_b32_e64 v108, v177, v108, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v109
	v_lshlrev_b16_e32 v109, 8, v98
	v_and_b32_e32 v109, 0xffff8000, v109
	v_or_b32_e32 v104, v104, v109
	v_lshlrev_b16_sdwa v109, v161, v98 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v98, v161, v98 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v98, 0xffff8000, v98
	v_or_b32_e32 v98, v100, v98
	v_lshlrev_b16_e32 v100, 8, v106
	v_and_b32_e32 v109, 0xffff8000, v109
	v_and_b32_e32 v100, 0xffff8000, v100
	v_cndmask_b32_e64 v106, v178, v108, s[26:27]
	v_or_b32_e32 v102, v102, v109
	v_or_b32_e32 v100, v106, v100
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v109, v98, v102, s59
	v_perm_b32 v108, v100, v104, s59
	s_nop 1
	v_mfma_f32_32x32x8_f16 v[0:15], v[96:97], v[108:109], v[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v96, 0x5000, v151
	ds_read2_b32 v[96:97], v96 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v98, v162, v96 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v98, 0x3f80, v98
	v_and_b32_sdwa v100, v96, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v98, 0x2000, v98
	v_cmp_ne_u16_e64 s[20:21], s51, v100
	v_and_b32_sdwa v102, v96, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[22:23], s51, v102
	v_cndmask_b32_e64 v98, v163, v98, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v100
	v_and_b32_e32 v104, 0x7f, v96
	v_cmp_ne_u16_e64 s[24:25], s51, v104
	v_cndmask_b32_e64 v98, 0, v98, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v100
	s_nop 1
	v_cndmask_b32_e64 v98, v164, v98, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v100
	s_nop 1
	v_cndmask_b32_e64 v98, v165, v98, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v100
	s_nop 1
	v_cndmask_b32_e64 v98, v166, v98, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v100
	s_nop 1
	v_cndmask_b32_e64 v98, v167, v98, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v100
	s_nop 1
	v_cndmask_b32_e64 v98, v176, v98, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v100
	s_nop 1
	v_cndmask_b32_e64 v98, v177, v98, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v100
	v_lshlrev_b16_sdwa v100, v162, v96 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v100, 0x3f80, v100
	v_add_u16_e32 v100, 0x2000, v100
	v_cndmask_b32_e64 v100, v163, v100, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v102
	v_cndmask_b32_e64 v98, v178, v98, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v100, 0, v100, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v102
	s_nop 1
	v_cndmask_b32_e64 v100, v164, v100, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v102
	s_nop 1
	v_cndmask_b32_e64 v100, v165, v100, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v102
	s_nop 1
	v_cndmask_b32_e64 v100, v166, v100, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v102
	s_nop 1
	v_cndmask_b32_e64 v100, v167, v100, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v102
	s_nop 1
	v_cndmask_b32_e64 v100, v176, v100, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v102
	s_nop 1
	v_cndmask_b32_e64 v100, v177, v100, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v102
	v_lshlrev_b16_e32 v102, 7, v96
	v_and_b32_e32 v102, 0x3f80, v102
	v_add_u16_e32 v102, 0x2000, v102
	v_cndmask_b32_e64 v102, v163, v102, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v104
	v_cndmask_b32_e64 v100, v178, v100, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v102, 0, v102, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v104
	s_nop 1
	v_cndmask_b32_e64 v102, v164, v102, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v104
	s_nop 1
	v_cndmask_b32_e64 v102, v165, v102, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v104
	s_nop 1
	v_cndmask_b32_e64 v102, v166, v102, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v104
	s_nop 1
	v_cndmask_b32_e64 v102, v167, v102, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v104
	s_nop 1
	v_cndmask_b32_e64 v102, v176, v102, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v104
	s_nop 1
	v_cndmask_b32_e64 v102, v177, v102, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v104
	v_lshrrev_b32_e32 v104, 8, v96
	v_lshlrev_b16_e32 v106, 7, v104
	v_and_b32_e32 v106, 0x3f80, v106
	v_and_b32_e32 v108, 0x7f, v104
	v_add_u16_e32 v106, 0x2000, v106
	v_cmp_ne_u16_e64 s[26:27], s51, v108
	v_cndmask_b32_e64 v102, v178, v102, s[24:25]
	s_nop 0
	v_cndmask_b32_e64 v106, v163, v106, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v108
	s_nop 1
	v_cndmask_b32_e64 v106, 0, v106, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v164, v106, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v165, v106, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v166, v106, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v167, v106, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v176, v106, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v108
	s_nop 1
	v_cndmask_b32_e64 v106, v177, v106, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v108
	v_lshlrev_b16_e32 v108, 8, v96
	v_and_b32_e32 v108, 0xffff8000, v108
	v_or_b32_e32 v102, v102, v108
	v_lshlrev_b16_sdwa v108, v161, v96 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v96, v161, v96 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v96, 0xffff8000, v96
	v_or_b32_e32 v96, v98, v96
	v_lshlrev_b16_e32 v98, 8, v104
	v_and_b32_e32 v108, 0xffff8000, v108
	v_and_b32_e32 v98, 0xffff8000, v98
	v_cndmask_b32_e64 v104, v178, v106, s[26:27]
	v_or_b32_e32 v100, v100, v108
	v_or_b32_e32 v98, v104, v98
	v_lshlrev_b16_sdwa v104, v162, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v109, v96, v100, s59
	v_perm_b32 v108, v98, v102, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v100, v162, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v106, v113, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v104, 0x3f80, v104
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[78:79], v[108:109], v[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_sdwa v108, v113, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v104, 0x2000, v104
	v_cmp_ne_u16_e64 s[20:21], s51, v106
	v_and_b32_e32 v100, 0x3f80, v100
	v_add_u16_e32 v100, 0x2000, v100
	v_cndmask_b32_e64 v104, v163, v104, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v106
	v_cmp_ne_u16_e64 s[22:23], s51, v108
	v_lshlrev_b16_e32 v96, 7, v113
	v_cndmask_b32_e64 v104, 0, v104, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v106
	v_cndmask_b32_e64 v100, v163, v100, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v108
	v_cndmask_b32_e64 v104, v164, v104, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v106
	v_cndmask_b32_e64 v100, 0, v100, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v108
	v_cndmask_b32_e64 v104, v165, v104, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v106
	v_cndmask_b32_e64 v100, v164, v100, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v108
	v_cndmask_b32_e64 v104, v166, v104, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v106
	v_cndmask_b32_e64 v100, v165, v100, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v108
	v_and_b32_e32 v109, 0x7f, v113
	v_cndmask_b32_e64 v104, v167, v104, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v106
	v_cndmask_b32_e64 v100, v166, v100, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v108
	v_and_b32_e32 v96, 0x3f80, v96
	v_lshrrev_b32_e32 v78, 8, v113
	v_cndmask_b32_e64 v104, v176, v104, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v106
	v_cndmask_b32_e64 v100, v167, v100, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v108
	v_add_u16_e32 v96, 0x2000, v96
	v_cmp_ne_u16_e64 s[24:25], s51, v109
	v_cndmask_b32_e64 v104, v177, v104, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v106
	v_cndmask_b32_e64 v100, v176, v100, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v108
	v_cndmask_b32_e64 v96, v163, v96, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v109
	v_lshlrev_b16_e32 v106, 7, v78
	v_cndmask_b32_e64 v100, v177, v100, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v108
	v_cndmask_b32_e64 v96, 0, v96, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v109
	v_and_b32_e32 v106, 0x3f80, v106
	v_and_b32_e32 v108, 0x7f, v78
	v_cndmask_b32_e64 v96, v164, v96, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v109
	v_add_u16_e32 v106, 0x2000, v106
	v_cmp_ne_u16_e64 s[26:27], s51, v108
	v_cndmask_b32_e64 v96, v165, v96, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v109
	v_cndmask_b32_e64 v106, v163, v106, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v108
	v_cndmask_b32_e64 v96, v166, v96, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v109
	v_cndmask_b32_e64 v106, 0, v106, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v108
	v_cndmask_b32_e64 v96, v167, v96, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v109
	v_cndmask_b32_e64 v106, v164, v106, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v108
	v_cndmask_b32_e64 v96, v176, v96, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v109
	v_cndmask_b32_e64 v106, v165, v106, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v108
	v_lshlrev_b16_e32 v79, 8, v113
	v_cndmask_b32_e64 v96, v177, v96, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v109
	v_cndmask_b32_e64 v106, v166, v106, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v108
	v_lshlrev_b16_sdwa v98, v161, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v79, 0xffff8000, v79
	v_cndmask_b32_e64 v106, v167, v106, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v108
	v_cndmask_b32_e64 v96, v178, v96, s[24:25]
	v_lshlrev_b16_sdwa v102, v161, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v106, v176, v106, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v108
	v_or_b32_e32 v96, v96, v79
	v_and_b32_e32 v79, 0xffff8000, v98
	v_cndmask_b32_e64 v98, v178, v100, s[22:23]
	v_cndmask_b32_e64 v106, v177, v106, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v108
	v_or_b32_e32 v79, v98, v79
	v_and_b32_e32 v98, 0xffff8000, v102
	v_cndmask_b32_e64 v100, v178, v104, s[20:21]
	v_lshlrev_b16_e32 v78, 8, v78
	v_or_b32_e32 v98, v100, v98
	v_and_b32_e32 v78, 0xffff8000, v78
	v_cndmask_b32_e64 v100, v178, v106, s[26:27]
	v_or_b32_e32 v78, v100, v78
	v_lshlrev_b16_sdwa v100, v162, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v78, v78, v96, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v96, v162, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v102, v115, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v100, 0x3f80, v100
	v_and_b32_sdwa v104, v115, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v100, 0x2000, v100
	v_cmp_ne_u16_e64 s[20:21], s51, v102
	v_and_b32_e32 v96, 0x3f80, v96
	v_add_u16_e32 v96, 0x2000, v96
	v_cndmask_b32_e64 v100, v163, v100, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v102
	v_cmp_ne_u16_e64 s[22:23], s51, v104
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v79, v98, v79, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v100, 0, v100, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v102
	v_cndmask_b32_e64 v96, v163, v96, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v104
	v_cndmask_b32_e64 v100, v164, v100, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v102
	v_cndmask_b32_e64 v96, 0, v96, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v104
	v_cndmask_b32_e64 v100, v165, v100, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v102
	v_cndmask_b32_e64 v96, v164, v96, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v104
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[80:81], v[78:79], v[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_e32 v80, 7, v115
	v_cndmask_b32_e64 v100, v166, v100, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v102
	v_cndmask_b32_e64 v96, v165, v96, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v104
	v_and_b32_e32 v106, 0x7f, v115
	v_cndmask_b32_e64 v100, v167, v100, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v102
	v_cndmask_b32_e64 v96, v166, v96, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v104
	v_and_b32_e32 v80, 0x3f80, v80
	v_lshrrev_b32_e32 v78, 8, v115
	v_cndmask_b32_e64 v100, v176, v100, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v102
	v_cndmask_b32_e64 v96, v167, v96, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v104
	v_add_u16_e32 v80, 0x2000, v80
	v_cmp_ne_u16_e64 s[24:25], s51, v106
	v_cndmask_b32_e64 v100, v177, v100, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v102
	v_cndmask_b32_e64 v96, v176, v96, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v104
	v_cndmask_b32_e64 v80, v163, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v106
	v_lshlrev_b16_e32 v102, 7, v78
	v_cndmask_b32_e64 v96, v177, v96, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v104
	v_cndmask_b32_e64 v80, 0, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v106
	v_and_b32_e32 v102, 0x3f80, v102
	v_and_b32_e32 v104, 0x7f, v78
	v_cndmask_b32_e64 v80, v164, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v106
	v_add_u16_e32 v102, 0x2000, v102
	v_cmp_ne_u16_e64 s[26:27], s51, v104
	v_cndmask_b32_e64 v80, v165, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v106
	v_cndmask_b32_e64 v102, v163, v102, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v104
	v_cndmask_b32_e64 v80, v166, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v106
	v_cndmask_b32_e64 v102, 0, v102, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v104
	v_cndmask_b32_e64 v80, v167, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v106
	v_cndmask_b32_e64 v102, v164, v102, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v104
	v_cndmask_b32_e64 v80, v176, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v106
	v_cndmask_b32_e64 v102, v165, v102, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v104
	v_lshlrev_b16_e32 v79, 8, v115
	v_cndmask_b32_e64 v80, v177, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v106
	v_cndmask_b32_e64 v102, v166, v102, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v104
	v_lshlrev_b16_sdwa v81, v161, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v79, 0xffff8000, v79
	v_cndmask_b32_e64 v102, v167, v102, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v104
	v_cndmask_b32_e64 v80, v178, v80, s[24:25]
	v_lshlrev_b16_sdwa v98, v161, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v102, v176, v102, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v104
	v_or_b32_e32 v80, v80, v79
	v_and_b32_e32 v79, 0xffff8000, v81
	v_cndmask_b32_e64 v81, v178, v96, s[22:23]
	v_cndmask_b32_e64 v102, v177, v102, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v104
	v_or_b32_e32 v79, v81, v79
	v_and_b32_e32 v81, 0xffff8000, v98
	v_cndmask_b32_e64 v96, v178, v100, s[20:21]
	v_lshlrev_b16_e32 v78, 8, v78
	v_or_b32_e32 v81, v96, v81
	v_and_b32_e32 v78, 0xffff8000, v78
	v_cndmask_b32_e64 v96, v178, v102, s[26:27]
	v_or_b32_e32 v78, v96, v78
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v79, v81, v79, s59
	v_perm_b32 v78, v78, v80, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v96, v162, v107 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v98, v107, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[82:83], v[78:79], v[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v82, v162, v107 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v96, 0x3f80, v96
	v_and_b32_sdwa v100, v107, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v96, 0x2000, v96
	v_cmp_ne_u16_e64 s[20:21], s51, v98
	v_and_b32_e32 v82, 0x3f80, v82
	v_add_u16_e32 v82, 0x2000, v82
	v_cndmask_b32_e64 v96, v163, v96, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v98
	v_cmp_ne_u16_e64 s[22:23], s51, v100
	v_lshlrev_b16_e32 v80, 7, v107
	v_cndmask_b32_e64 v96, 0, v96, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v98
	v_cndmask_b32_e64 v82, v163, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v100
	v_cndmask_b32_e64 v96, v164, v96, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v98
	v_cndmask_b32_e64 v82, 0, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v100
	v_cndmask_b32_e64 v96, v165, v96, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v98
	v_cndmask_b32_e64 v82, v164, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v100
	v_cndmask_b32_e64 v96, v166, v96, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v98
	v_cndmask_b32_e64 v82, v165, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v100
	v_and_b32_e32 v102, 0x7f, v107
	v_cndmask_b32_e64 v96, v167, v96, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v98
	v_cndmask_b32_e64 v82, v166, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v100
	v_and_b32_e32 v80, 0x3f80, v80
	v_lshrrev_b32_e32 v78, 8, v107
	v_cndmask_b32_e64 v96, v176, v96, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v98
	v_cndmask_b32_e64 v82, v167, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v100
	v_add_u16_e32 v80, 0x2000, v80
	v_cmp_ne_u16_e64 s[24:25], s51, v102
	v_cndmask_b32_e64 v96, v177, v96, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v98
	v_cndmask_b32_e64 v82, v176, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v100
	v_cndmask_b32_e64 v80, v163, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v102
	v_lshlrev_b16_e32 v98, 7, v78
	v_cndmask_b32_e64 v82, v177, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v100
	v_cndmask_b32_e64 v80, 0, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v102
	v_and_b32_e32 v98, 0x3f80, v98
	v_and_b32_e32 v100, 0x7f, v78
	v_cndmask_b32_e64 v80, v164, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v102
	v_add_u16_e32 v98, 0x2000, v98
	v_cmp_ne_u16_e64 s[26:27], s51, v100
	v_cndmask_b32_e64 v80, v165, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v102
	v_cndmask_b32_e64 v98, v163, v98, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v100
	v_cndmask_b32_e64 v80, v166, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v102
	v_cndmask_b32_e64 v98, 0, v98, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v100
	v_cndmask_b32_e64 v80, v167, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v102
	v_cndmask_b32_e64 v98, v164, v98, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v100
	v_cndmask_b32_e64 v80, v176, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v102
	v_cndmask_b32_e64 v98, v165, v98, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v100
	v_lshlrev_b16_e32 v79, 8, v107
	v_cndmask_b32_e64 v80, v177, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v102
	v_cndmask_b32_e64 v98, v166, v98, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v100
	v_lshlrev_b16_sdwa v81, v161, v107 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v79, 0xffff8000, v79
	v_cndmask_b32_e64 v98, v167, v98, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v100
	v_cndmask_b32_e64 v80, v178, v80, s[24:25]
	v_lshlrev_b16_sdwa v83, v161, v107 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v98, v176, v98, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v100
	v_or_b32_e32 v80, v80, v79
	v_and_b32_e32 v79, 0xffff8000, v81
	v_cndmask_b32_e64 v81, v178, v82, s[22:23]
	v_cndmask_b32_e64 v98, v177, v98, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v100
	v_or_b32_e32 v79, v81, v79
	v_and_b32_e32 v81, 0xffff8000, v83
	v_cndmask_b32_e64 v82, v178, v96, s[20:21]
	v_lshlrev_b16_e32 v78, 8, v78
	v_or_b32_e32 v81, v82, v81
	v_and_b32_e32 v78, 0xffff8000, v78
	v_cndmask_b32_e64 v82, v178, v98, s[26:27]
	v_or_b32_e32 v78, v82, v78
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v79, v81, v79, s59
	v_perm_b32 v78, v78, v80, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v82, v162, v105 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v96, v105, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[84:85], v[78:79], v[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v84, v162, v105 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v85, v105, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v84, 0x3f80, v84
	v_add_u16_e32 v84, 0x2000, v84
	v_cmp_ne_u16_e64 s[20:21], s51, v85
	v_and_b32_e32 v82, 0x3f80, v82
	v_add_u16_e32 v82, 0x2000, v82
	v_cndmask_b32_e64 v84, v163, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v85
	v_cmp_ne_u16_e64 s[22:23], s51, v96
	v_lshlrev_b16_e32 v80, 7, v105
	v_cndmask_b32_e64 v84, 0, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v85
	v_cndmask_b32_e64 v82, v163, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v96
	v_cndmask_b32_e64 v84, v164, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v85
	v_cndmask_b32_e64 v82, 0, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v96
	v_cndmask_b32_e64 v84, v165, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v85
	v_cndmask_b32_e64 v82, v164, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v96
	v_cndmask_b32_e64 v84, v166, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v85
	v_cndmask_b32_e64 v82, v165, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v96
	v_and_b32_e32 v98, 0x7f, v105
	v_cndmask_b32_e64 v84, v167, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v85
	v_cndmask_b32_e64 v82, v166, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v96
	v_and_b32_e32 v80, 0x3f80, v80
	v_lshrrev_b32_e32 v78, 8, v105
	v_cndmask_b32_e64 v84, v176, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v85
	v_cndmask_b32_e64 v82, v167, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v96
	v_add_u16_e32 v80, 0x2000, v80
	v_cmp_ne_u16_e64 s[24:25], s51, v98
	v_cndmask_b32_e64 v84, v177, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v85
	v_cndmask_b32_e64 v82, v176, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v96
	v_cndmask_b32_e64 v80, v163, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v98
	v_lshlrev_b16_e32 v85, 7, v78
	v_cndmask_b32_e64 v82, v177, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v96
	v_cndmask_b32_e64 v80, 0, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v98
	v_and_b32_e32 v85, 0x3f80, v85
	v_and_b32_e32 v96, 0x7f, v78
	v_cndmask_b32_e64 v80, v164, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v98
	v_add_u16_e32 v85, 0x2000, v85
	v_cmp_ne_u16_e64 s[26:27], s51, v96
	v_cndmask_b32_e64 v80, v165, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v98
	v_cndmask_b32_e64 v85, v163, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v96
	v_cndmask_b32_e64 v80, v166, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v98
	v_cndmask_b32_e64 v85, 0, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v96
	v_cndmask_b32_e64 v80, v167, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v98
	v_cndmask_b32_e64 v85, v164, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v96
	v_cndmask_b32_e64 v80, v176, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v98
	v_cndmask_b32_e64 v85, v165, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v96
	v_lshlrev_b16_e32 v79, 8, v105
	v_cndmask_b32_e64 v80, v177, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v98
	v_cndmask_b32_e64 v85, v166, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v96
	v_lshlrev_b16_sdwa v81, v161, v105 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v79, 0xffff8000, v79
	v_cndmask_b32_e64 v85, v167, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v96
	v_cndmask_b32_e64 v80, v178, v80, s[24:25]
	v_lshlrev_b16_sdwa v83, v161, v105 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v85, v176, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v96
	v_or_b32_e32 v80, v80, v79
	v_and_b32_e32 v79, 0xffff8000, v81
	v_cndmask_b32_e64 v81, v178, v82, s[22:23]
	v_cndmask_b32_e64 v85, v177, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v96
	v_or_b32_e32 v79, v81, v79
	v_and_b32_e32 v81, 0xffff8000, v83
	v_cndmask_b32_e64 v82, v178, v84, s[20:21]
	v_lshlrev_b16_e32 v78, 8, v78
	v_or_b32_e32 v81, v82, v81
	v_and_b32_e32 v78, 0xffff8000, v78
	v_cndmask_b32_e64 v82, v178, v85, s[26:27]
	v_or_b32_e32 v78, v82, v78
	v_lshlrev_b16_sdwa v84, v162, v103 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v79, v81, v79, s59
	v_perm_b32 v78, v78, v80, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b16_sdwa v82, v162, v103 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v85, v103, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v84, 0x3f80, v84
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[86:87], v[78:79], v[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_sdwa v86, v103, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v84, 0x2000, v84
	v_cmp_ne_u16_e64 s[20:21], s51, v85
	v_and_b32_e32 v82, 0x3f80, v82
	v_add_u16_e32 v82, 0x2000, v82
	v_cndmask_b32_e64 v84, v163, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v85
	v_cmp_ne_u16_e64 s[22:23], s51, v86
	v_lshlrev_b16_e32 v80, 7, v103
	v_cndmask_b32_e64 v84, 0, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v85
	v_cndmask_b32_e64 v82, v163, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v86
	v_cndmask_b32_e64 v84, v164, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v85
	v_cndmask_b32_e64 v82, 0, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v86
	v_cndmask_b32_e64 v84, v165, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v85
	v_cndmask_b32_e64 v82, v164, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v86
	v_cndmask_b32_e64 v84, v166, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v85
	v_cndmask_b32_e64 v82, v165, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v86
	v_and_b32_e32 v87, 0x7f, v103
	v_cndmask_b32_e64 v84, v167, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v85
	v_cndmask_b32_e64 v82, v166, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v86
	v_and_b32_e32 v80, 0x3f80, v80
	v_lshrrev_b32_e32 v78, 8, v103
	v_cndmask_b32_e64 v84, v176, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v85
	v_cndmask_b32_e64 v82, v167, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v86
	v_add_u16_e32 v80, 0x2000, v80
	v_cmp_ne_u16_e64 s[24:25], s51, v87
	v_cndmask_b32_e64 v84, v177, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v85
	v_cndmask_b32_e64 v82, v176, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v86
	v_cndmask_b32_e64 v80, v163, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v87
	v_lshlrev_b16_e32 v85, 7, v78
	v_cndmask_b32_e64 v82, v177, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v86
	v_cndmask_b32_e64 v80, 0, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v87
	v_and_b32_e32 v85, 0x3f80, v85
	v_and_b32_e32 v86, 0x7f, v78
	v_cndmask_b32_e64 v80, v164, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v87
	v_add_u16_e32 v85, 0x2000, v85
	v_cmp_ne_u16_e64 s[26:27], s51, v86
	v_cndmask_b32_e64 v80, v165, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v87
	v_cndmask_b32_e64 v85, v163, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v86
	v_cndmask_b32_e64 v80, v166, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v87
	v_cndmask_b32_e64 v85, 0, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v86
	v_cndmask_b32_e64 v80, v167, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v87
	v_cndmask_b32_e64 v85, v164, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v86
	v_cndmask_b32_e64 v80, v176, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v87
	v_cndmask_b32_e64 v85, v165, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v86
	v_lshlrev_b16_e32 v79, 8, v103
	v_cndmask_b32_e64 v80, v177, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v87
	v_cndmask_b32_e64 v85, v166, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v86
	v_lshlrev_b16_sdwa v81, v161, v103 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v79, 0xffff8000, v79
	v_cndmask_b32_e64 v85, v167, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v86
	v_cndmask_b32_e64 v80, v178, v80, s[24:25]
	v_lshlrev_b16_sdwa v83, v161, v103 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v85, v176, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v86
	v_or_b32_e32 v80, v80, v79
	v_and_b32_e32 v79, 0xffff8000, v81
	v_cndmask_b32_e64 v81, v178, v82, s[22:23]
	v_cndmask_b32_e64 v85, v177, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v86
	v_or_b32_e32 v79, v81, v79
	v_and_b32_e32 v81, 0xffff8000, v83
	v_cndmask_b32_e64 v82, v178, v84, s[20:21]
	v_lshlrev_b16_e32 v78, 8, v78
	v_or_b32_e32 v81, v82, v81
	v_and_b32_e32 v78, 0xffff8000, v78
	v_cndmask_b32_e64 v82, v178, v85, s[26:27]
	v_lshlrev_b16_sdwa v84, v162, v101 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v78, v82, v78
	v_lshlrev_b16_sdwa v82, v162, v101 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v85, v101, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v84, 0x3f80, v84
	v_and_b32_sdwa v86, v101, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v84, 0x2000, v84
	v_cmp_ne_u16_e64 s[20:21], s51, v85
	v_and_b32_e32 v82, 0x3f80, v82
	v_add_u16_e32 v82, 0x2000, v82
	v_cndmask_b32_e64 v84, v163, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v85
	v_cmp_ne_u16_e64 s[22:23], s51, v86
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v78, v78, v80, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v84, 0, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v85
	v_cndmask_b32_e64 v82, v163, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v86
	v_cndmask_b32_e64 v84, v164, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v85
	v_cndmask_b32_e64 v82, 0, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v86
	v_cndmask_b32_e64 v84, v165, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v85
	v_cndmask_b32_e64 v82, v164, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v86
	v_lshlrev_b16_e32 v80, 7, v101
	v_cndmask_b32_e64 v84, v166, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v85
	v_cndmask_b32_e64 v82, v165, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v86
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v79, v81, v79, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_e32 v87, 0x7f, v101
	v_cndmask_b32_e64 v84, v167, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v85
	v_cndmask_b32_e64 v82, v166, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v86
	v_and_b32_e32 v80, 0x3f80, v80
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[88:89], v[78:79], v[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshrrev_b32_e32 v78, 8, v101
	v_cndmask_b32_e64 v84, v176, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v85
	v_cndmask_b32_e64 v82, v167, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v86
	v_add_u16_e32 v80, 0x2000, v80
	v_cmp_ne_u16_e64 s[24:25], s51, v87
	v_cndmask_b32_e64 v84, v177, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v85
	v_cndmask_b32_e64 v82, v176, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v86
	v_cndmask_b32_e64 v80, v163, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v87
	v_lshlrev_b16_e32 v85, 7, v78
	v_cndmask_b32_e64 v82, v177, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v86
	v_cndmask_b32_e64 v80, 0, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v87
	v_and_b32_e32 v85, 0x3f80, v85
	v_and_b32_e32 v86, 0x7f, v78
	v_cndmask_b32_e64 v80, v164, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v87
	v_add_u16_e32 v85, 0x2000, v85
	v_cmp_ne_u16_e64 s[26:27], s51, v86
	v_cndmask_b32_e64 v80, v165, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v87
	v_cndmask_b32_e64 v85, v163, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v86
	v_cndmask_b32_e64 v80, v166, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v87
	v_cndmask_b32_e64 v85, 0, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v86
	v_cndmask_b32_e64 v80, v167, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v87
	v_cndmask_b32_e64 v85, v164, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v86
	v_cndmask_b32_e64 v80, v176, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v87
	v_cndmask_b32_e64 v85, v165, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v86
	v_lshlrev_b16_e32 v79, 8, v101
	v_cndmask_b32_e64 v80, v177, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v87
	v_cndmask_b32_e64 v85, v166, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v86
	v_lshlrev_b16_sdwa v81, v161, v101 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v79, 0xffff8000, v79
	v_cndmask_b32_e64 v85, v167, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v86
	v_cndmask_b32_e64 v80, v178, v80, s[24:25]
	v_lshlrev_b16_sdwa v83, v161, v101 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v85, v176, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v86
	v_or_b32_e32 v80, v80, v79
	v_and_b32_e32 v79, 0xffff8000, v81
	v_cndmask_b32_e64 v81, v178, v82, s[22:23]
	v_cndmask_b32_e64 v85, v177, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v86
	v_or_b32_e32 v79, v81, v79
	v_and_b32_e32 v81, 0xffff8000, v83
	v_cndmask_b32_e64 v82, v178, v84, s[20:21]
	v_lshlrev_b16_e32 v78, 8, v78
	v_or_b32_e32 v81, v82, v81
	v_and_b32_e32 v78, 0xffff8000, v78
	v_cndmask_b32_e64 v82, v178, v85, s[26:27]
	v_lshlrev_b16_sdwa v84, v162, v99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v78, v82, v78
	v_lshlrev_b16_sdwa v82, v162, v99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v85, v99, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v84, 0x3f80, v84
	v_and_b32_sdwa v86, v99, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v84, 0x2000, v84
	v_cmp_ne_u16_e64 s[20:21], s51, v85
	v_and_b32_e32 v82, 0x3f80, v82
	v_add_u16_e32 v82, 0x2000, v82
	v_cndmask_b32_e64 v84, v163, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v85
	v_cmp_ne_u16_e64 s[22:23], s51, v86
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v78, v78, v80, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v84, 0, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v85
	v_cndmask_b32_e64 v82, v163, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v86
	v_cndmask_b32_e64 v84, v164, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v85
	v_cndmask_b32_e64 v82, 0, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v86
	v_cndmask_b32_e64 v84, v165, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v85
	v_cndmask_b32_e64 v82, v164, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v86
	v_lshlrev_b16_e32 v80, 7, v99
	v_cndmask_b32_e64 v84, v166, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v85
	v_cndmask_b32_e64 v82, v165, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v86
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v79, v81, v79, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_e32 v87, 0x7f, v99
	v_cndmask_b32_e64 v84, v167, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v85
	v_cndmask_b32_e64 v82, v166, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v86
	v_and_b32_e32 v80, 0x3f80, v80
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[90:91], v[78:79], v[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshrrev_b32_e32 v78, 8, v99
	v_cndmask_b32_e64 v84, v176, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v85
	v_cndmask_b32_e64 v82, v167, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v86
	v_add_u16_e32 v80, 0x2000, v80
	v_cmp_ne_u16_e64 s[24:25], s51, v87
	v_cndmask_b32_e64 v84, v177, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v85
	v_cndmask_b32_e64 v82, v176, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v86
	v_cndmask_b32_e64 v80, v163, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v87
	v_lshlrev_b16_e32 v85, 7, v78
	v_cndmask_b32_e64 v82, v177, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v86
	v_cndmask_b32_e64 v80, 0, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v87
	v_and_b32_e32 v85, 0x3f80, v85
	v_and_b32_e32 v86, 0x7f, v78
	v_cndmask_b32_e64 v80, v164, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v87
	v_add_u16_e32 v85, 0x2000, v85
	v_cmp_ne_u16_e64 s[26:27], s51, v86
	v_cndmask_b32_e64 v80, v165, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v87
	v_cndmask_b32_e64 v85, v163, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v86
	v_cndmask_b32_e64 v80, v166, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v87
	v_cndmask_b32_e64 v85, 0, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v86
	v_cndmask_b32_e64 v80, v167, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v87
	v_cndmask_b32_e64 v85, v164, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v86
	v_cndmask_b32_e64 v80, v176, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v87
	v_cndmask_b32_e64 v85, v165, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v86
	v_lshlrev_b16_e32 v79, 8, v99
	v_cndmask_b32_e64 v80, v177, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v87
	v_cndmask_b32_e64 v85, v166, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v86
	v_lshlrev_b16_sdwa v81, v161, v99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v79, 0xffff8000, v79
	v_cndmask_b32_e64 v85, v167, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v86
	v_cndmask_b32_e64 v80, v178, v80, s[24:25]
	v_lshlrev_b16_sdwa v83, v161, v99 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v85, v176, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v86
	v_or_b32_e32 v80, v80, v79
	v_and_b32_e32 v79, 0xffff8000, v81
	v_cndmask_b32_e64 v81, v178, v82, s[22:23]
	v_cndmask_b32_e64 v85, v177, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v86
	v_or_b32_e32 v79, v81, v79
	v_and_b32_e32 v81, 0xffff8000, v83
	v_cndmask_b32_e64 v82, v178, v84, s[20:21]
	v_lshlrev_b16_e32 v78, 8, v78
	v_or_b32_e32 v81, v82, v81
	v_and_b32_e32 v78, 0xffff8000, v78
	v_cndmask_b32_e64 v82, v178, v85, s[26:27]
	v_lshlrev_b16_sdwa v84, v162, v97 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v78, v82, v78
	v_lshlrev_b16_sdwa v82, v162, v97 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v85, v97, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v84, 0x3f80, v84
	v_and_b32_sdwa v86, v97, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v84, 0x2000, v84
	v_cmp_ne_u16_e64 s[20:21], s51, v85
	v_and_b32_e32 v82, 0x3f80, v82
	v_add_u16_e32 v82, 0x2000, v82
	v_cndmask_b32_e64 v84, v163, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v85
	v_cmp_ne_u16_e64 s[22:23], s51, v86
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v78, v78, v80, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v84, 0, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v85
	v_cndmask_b32_e64 v82, v163, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v86
	v_cndmask_b32_e64 v84, v164, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v85
	v_cndmask_b32_e64 v82, 0, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v86
	v_cndmask_b32_e64 v84, v165, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v85
	v_cndmask_b32_e64 v82, v164, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v86
	v_lshlrev_b16_e32 v80, 7, v97
	v_cndmask_b32_e64 v84, v166, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v85
	v_cndmask_b32_e64 v82, v165, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v86
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v79, v81, v79, s59
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_e32 v87, 0x7f, v97
	v_cndmask_b32_e64 v84, v167, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v85
	v_cndmask_b32_e64 v82, v166, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v86
	v_and_b32_e32 v80, 0x3f80, v80
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[92:93], v[78:79], v[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshrrev_b32_e32 v78, 8, v97
	v_cndmask_b32_e64 v84, v176, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v85
	v_cndmask_b32_e64 v82, v167, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v86
	v_add_u16_e32 v80, 0x2000, v80
	v_cmp_ne_u16_e64 s[24:25], s51, v87
	v_cndmask_b32_e64 v84, v177, v84, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v85
	v_cndmask_b32_e64 v82, v176, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v86
	v_cndmask_b32_e64 v80, v163, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v87
	v_lshlrev_b16_e32 v85, 7, v78
	v_cndmask_b32_e64 v82, v177, v82, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v86
	v_cndmask_b32_e64 v80, 0, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v87
	v_and_b32_e32 v85, 0x3f80, v85
	v_and_b32_e32 v86, 0x7f, v78
	v_cndmask_b32_e64 v80, v164, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v87
	v_add_u16_e32 v85, 0x2000, v85
	v_cmp_ne_u16_e64 s[26:27], s51, v86
	v_cndmask_b32_e64 v80, v165, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v87
	v_cndmask_b32_e64 v85, v163, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 0, v86
	v_cndmask_b32_e64 v80, v166, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v87
	v_cndmask_b32_e64 v85, 0, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 1, v86
	v_cndmask_b32_e64 v80, v167, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v87
	v_cndmask_b32_e64 v85, v164, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 2, v86
	v_cndmask_b32_e64 v80, v176, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v87
	v_cndmask_b32_e64 v85, v165, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 3, v86
	v_lshlrev_b16_e32 v79, 8, v97
	v_cndmask_b32_e64 v80, v177, v80, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v87
	v_cndmask_b32_e64 v85, v166, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 4, v86
	v_lshlrev_b16_sdwa v81, v161, v97 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v79, 0xffff8000, v79
	v_cndmask_b32_e64 v85, v167, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 5, v86
	v_cndmask_b32_e64 v80, v178, v80, s[24:25]
	v_lshlrev_b16_sdwa v83, v161, v97 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v85, v176, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 6, v86
	v_or_b32_e32 v80, v80, v79
	v_and_b32_e32 v79, 0xffff8000, v81
	v_cndmask_b32_e64 v81, v178, v82, s[22:23]
	v_cndmask_b32_e64 v85, v177, v85, s[26:27]
	v_cmp_ne_u16_e64 s[26:27], 7, v86
	v_or_b32_e32 v79, v81, v79
	v_and_b32_e32 v81, 0xffff8000, v83
	v_cndmask_b32_e64 v82, v178, v84, s[20:21]
	v_lshlrev_b16_e32 v78, 8, v78
	v_or_b32_e32 v81, v82, v81
	v_and_b32_e32 v78, 0xffff8000, v78
	v_cndmask_b32_e64 v82, v178, v85, s[26:27]
	v_or_b32_e32 v78, v82, v78
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v79, v81, v79, s59
	v_perm_b32 v78, v78, v80, s59
	.loc	1 127 34                        ; fused_moe.py:127:34
	v_add_lshl_u32 v80, s60, v133, 2
	v_add_lshl_u32 v81, s60, v132, 2
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x8_f16 v[0:15], v[94:95], v[78:79], v[0:15]
	.loc	1 134 18                        ; fused_moe.py:134:18
	v_add_u32_e32 v94, s50, v140
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v98, v160, v94, vcc
	.loc	1 134 18                        ; fused_moe.py:134:18
	v_add_u32_e32 v94, s50, v139
	.loc	1 127 34                        ; fused_moe.py:127:34
	v_add_lshl_u32 v78, s60, v135, 2
	v_add_lshl_u32 v79, s60, v134, 2
	v_add_lshl_u32 v82, s60, v130, 2
	v_add_lshl_u32 v83, s60, v128, 2
	v_add_lshl_u32 v84, s60, v127, 2
	v_add_lshl_u32 v85, s60, v126, 2
	v_add_lshl_u32 v86, s60, v125, 2
	v_add_lshl_u32 v87, s60, v124, 2
	v_add_lshl_u32 v88, s60, v123, 2
	v_add_lshl_u32 v89, s60, v122, 2
	v_add_lshl_u32 v90, s60, v121, 2
	v_add_lshl_u32 v91, s60, v120, 2
	v_add_lshl_u32 v92, s60, v119, 2
	v_add_lshl_u32 v93, s60, v118, 2
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v102, v160, v94, vcc
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_add_u32_e32 v94, s50, v138
	.loc	1 127 34                        ; fused_moe.py:127:34
	buffer_load_dword v78, v78, s[44:47], 0 offen
	s_nop 0
	buffer_load_dword v79, v79, s[44:47], 0 offen
	s_nop 0
	buffer_load_dword v80, v80, s[44:47], 0 offen
	s_nop 0
	buffer_load_dword v81, v81, s[44:47], 0 offen
	s_nop 0
	buffer_load_dword v82, v82, s[44:47], 0 offen
	s_nop 0
	buffer_load_dword v83, v83, s[44:47], 0 offen
	s_nop 0
	buffer_load_dword v84, v84, s[44:47], 0 offen
	s_nop 0
	buffer_load_dword v85, v85, s[44:47], 0 offen
	s_nop 0
	buffer_load_dword v86, v86, s[44:47], 0 offen
	s_nop 0
	buffer_load_dword v87, v87, s[44:47], 0 offen
	s_nop 0
	buffer_load_dword v88, v88, s[44:47], 0 offen
	s_nop 0
	buffer_load_dword v89, v89, s[44:47], 0 offen
	s_nop 0
	buffer_load_dword v90, v90, s[44:47], 0 offen
	s_nop 0
	buffer_load_dword v91, v91, s[44:47], 0 offen
	s_nop 0
	buffer_load_dword v92, v92, s[44:47], 0 offen
	s_nop 0
	buffer_load_dword v93, v93, s[44:47], 0 offen
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v106, v160, v94, vcc
	buffer_load_dwordx4 v[94:97], v179, s[4:7], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[98:101], v98, s[4:7], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[102:105], v102, s[4:7], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[106:109], v106, s[4:7], 0 offen
	.loc	1 128 46                        ; fused_moe.py:128:46
	s_waitcnt vmcnt(20)
	v_pk_mul_f32 v[0:1], v[110:111], v[0:1] op_sel_hi:[0,1]
	v_pk_mul_f32 v[2:3], v[110:111], v[2:3] op_sel_hi:[0,1]
	v_pk_mul_f32 v[4:5], v[110:111], v[4:5] op_sel_hi:[0,1]
	v_pk_mul_f32 v[6:7], v[110:111], v[6:7] op_sel_hi:[0,1]
	v_pk_mul_f32 v[8:9], v[110:111], v[8:9] op_sel_hi:[0,1]
	v_pk_mul_f32 v[10:11], v[110:111], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[12:13], v[110:111], v[12:13] op_sel_hi:[0,1]
	v_pk_mul_f32 v[14:15], v[110:111], v[14:15] op_sel_hi:[0,1]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_addk_i32 s50, 0x80
	s_cmp_lg_u32 s38, 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write2st64_b32 v33, v16, v20 offset0:64 offset1:80
	ds_write2st64_b32 v35, v17, v21 offset0:64 offset1:80
	ds_write2st64_b32 v129, v18, v22 offset0:64 offset1:80
	ds_write2st64_b32 v131, v19, v23 offset0:64 offset1:80
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_waitcnt vmcnt(2)
	ds_write2st64_b32 v33, v94, v98 offset1:16
	ds_write2st64_b32 v35, v95, v99 offset1:16
	ds_write2st64_b32 v129, v96, v100 offset1:16
	ds_write2st64_b32 v131, v97, v101 offset1:16
	s_waitcnt vmcnt(0)
	ds_write2st64_b32 v33, v102, v106 offset0:32 offset1:48
	ds_write2st64_b32 v35, v103, v107 offset0:32 offset1:48
	ds_write2st64_b32 v129, v104, v108 offset0:32 offset1:48
	ds_write2st64_b32 v131, v105, v109 offset0:32 offset1:48
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[66:67], v[78:79], v[28:29], v[66:67]
	v_pk_fma_f32 v[64:65], v[80:81], v[30:31], v[64:65]
	v_pk_fma_f32 v[62:63], v[82:83], v[68:69], v[62:63]
	v_pk_fma_f32 v[60:61], v[84:85], v[70:71], v[60:61]
	v_pk_fma_f32 v[58:59], v[86:87], v[72:73], v[58:59]
	v_pk_fma_f32 v[56:57], v[88:89], v[74:75], v[56:57]
	v_pk_fma_f32 v[54:55], v[90:91], v[76:77], v[54:55]
	v_pk_fma_f32 v[52:53], v[92:93], v[26:27], v[52:53]
	v_pk_fma_f32 v[50:51], v[78:79], v[0:1], v[50:51]
	v_pk_fma_f32 v[48:49], v[80:81], v[2:3], v[48:49]
	v_pk_fma_f32 v[46:47], v[82:83], v[4:5], v[46:47]
	v_pk_fma_f32 v[44:45], v[84:85], v[6:7], v[44:45]
	v_pk_fma_f32 v[42:43], v[86:87], v[8:9], v[42:43]
	v_pk_fma_f32 v[40:41], v[88:89], v[10:11], v[40:41]
	v_pk_fma_f32 v[38:39], v[90:91], v[12:13], v[38:39]
	v_pk_fma_f32 v[36:37], v[92:93], v[14:15], v[36:37]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cbranch_scc1 .LBB0_8
; %bb.9:                                ; %._crit_edge.loopexit
	.loc	1 125 48                        ; fused_moe.py:125:48
	s_ashr_i32 s22, s50, 7
	s_branch .LBB0_11
.LBB0_10:
	.loc	1 0 48 is_stmt 0                ; fused_moe.py:0:48
	v_mov_b32_e32 v67, 0
	v_mov_b32_e32 v66, 0
	v_mov_b32_e32 v65, 0
	v_mov_b32_e32 v64, 0
	v_mov_b32_e32 v63, 0
	v_mov_b32_e32 v62, 0
	v_mov_b32_e32 v61, 0
	v_mov_b32_e32 v60, 0
	v_mov_b32_e32 v59, 0
	v_mov_b32_e32 v58, 0
	v_mov_b32_e32 v57, 0
	v_mov_b32_e32 v56, 0
	v_mov_b32_e32 v55, 0
	v_mov_b32_e32 v54, 0
	v_mov_b32_e32 v53, 0
	v_mov_b32_e32 v52, 0
	v_mov_b32_e32 v51, 0
	v_mov_b32_e32 v50, 0
	v_mov_b32_e32 v49, 0
	v_mov_b32_e32 v48, 0
	v_mov_b32_e32 v47, 0
	v_mov_b32_e32 v46, 0
	v_mov_b32_e32 v45, 0
	v_mov_b32_e32 v44, 0
	v_mov_b32_e32 v43, 0
	v_mov_b32_e32 v42, 0
	v_mov_b32_e32 v41, 0
	v_mov_b32_e32 v40, 0
	v_mov_b32_e32 v39, 0
	v_mov_b32_e32 v38, 0
	v_mov_b32_e32 v37, 0
	v_mov_b32_e32 v36, 0
.LBB0_11:                               ; %._crit_edge
	.loc	1 126 34 is_stmt 1              ; fused_moe.py:126:34
	v_add_lshl_u32 v0, s22, v137, 2
	v_bfrev_b32_e32 v1, 1
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 vcc, s[16:17], s[2:3]
	.loc	1 126 34                        ; fused_moe.py:126:34
	v_cndmask_b32_e32 v0, v1, v0, vcc
	v_add_lshl_u32 v2, s22, v136, 2
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 vcc, s[16:17], s[0:1]
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 126 34                        ; fused_moe.py:126:34
	v_cndmask_b32_e32 v2, v1, v2, vcc
	buffer_load_dword v86, v0, s[52:55], 0 offen
	buffer_load_dword v84, v2, s[52:55], 0 offen
	.loc	1 127 34                        ; fused_moe.py:127:34
	v_add_lshl_u32 v0, s22, v135, 2
	v_cndmask_b32_e64 v0, v1, v0, s[16:17]
	s_mov_b32 s50, s54
	s_mov_b32 s51, s55
	v_add_lshl_u32 v2, s22, v134, 2
	v_add_lshl_u32 v3, s22, v133, 2
	v_add_lshl_u32 v4, s22, v132, 2
	v_add_lshl_u32 v5, s22, v130, 2
	v_add_lshl_u32 v6, s22, v128, 2
	v_add_lshl_u32 v7, s22, v127, 2
	v_add_lshl_u32 v8, s22, v126, 2
	v_cndmask_b32_e64 v2, v1, v2, s[16:17]
	v_cndmask_b32_e64 v3, v1, v3, s[16:17]
	v_cndmask_b32_e64 v4, v1, v4, s[16:17]
	v_cndmask_b32_e64 v5, v1, v5, s[16:17]
	v_cndmask_b32_e64 v6, v1, v6, s[16:17]
	v_cndmask_b32_e64 v7, v1, v7, s[16:17]
	v_cndmask_b32_e64 v8, v1, v8, s[16:17]
	buffer_load_dword v80, v0, s[48:51], 0 offen
	buffer_load_dword v81, v2, s[48:51], 0 offen
	buffer_load_dword v78, v3, s[48:51], 0 offen
	buffer_load_dword v79, v4, s[48:51], 0 offen
	buffer_load_dword v76, v5, s[48:51], 0 offen
	buffer_load_dword v77, v6, s[48:51], 0 offen
	buffer_load_dword v74, v7, s[48:51], 0 offen
	buffer_load_dword v75, v8, s[48:51], 0 offen
	v_add_lshl_u32 v0, s22, v125, 2
	v_cndmask_b32_e64 v0, v1, v0, s[16:17]
	v_add_lshl_u32 v2, s22, v124, 2
	v_add_lshl_u32 v3, s22, v123, 2
	v_add_lshl_u32 v4, s22, v122, 2
	v_add_lshl_u32 v5, s22, v121, 2
	v_add_lshl_u32 v6, s22, v120, 2
	v_add_lshl_u32 v7, s22, v119, 2
	v_add_lshl_u32 v8, s22, v118, 2
	v_cndmask_b32_e64 v2, v1, v2, s[16:17]
	v_cndmask_b32_e64 v3, v1, v3, s[16:17]
	v_cndmask_b32_e64 v4, v1, v4, s[16:17]
	v_cndmask_b32_e64 v5, v1, v5, s[16:17]
	v_cndmask_b32_e64 v6, v1, v6, s[16:17]
	v_cndmask_b32_e64 v7, v1, v7, s[16:17]
	v_cndmask_b32_e64 v1, v1, v8, s[16:17]
	buffer_load_dword v82, v0, s[48:51], 0 offen
	buffer_load_dword v83, v2, s[48:51], 0 offen
	buffer_load_dword v72, v3, s[48:51], 0 offen
	buffer_load_dword v73, v4, s[48:51], 0 offen
	buffer_load_dword v70, v5, s[48:51], 0 offen
	buffer_load_dword v71, v6, s[48:51], 0 offen
	buffer_load_dword v68, v7, s[48:51], 0 offen
	buffer_load_dword v69, v1, s[48:51], 0 offen
	v_mov_b32_e32 v33, s30
	v_mov_b32_e32 v35, s30
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_andn2_b64 vcc, exec, s[16:17]
	s_cbranch_vccnz .LBB0_13
; %bb.12:
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_lshl_or_b32 v0, s58, 6, v117
	v_xor_b32_e32 v0, v0, v25
	v_or_b32_e32 v14, v0, v116
	v_xad_u32 v0, v14, 56, 0
	ds_read2_b32 v[0:1], v0 offset1:16
	v_mov_b32_e32 v26, 7
	s_movk_i32 s4, 0x7f
	v_mov_b32_e32 v23, 0x7e00
	v_mov_b32_e32 v24, 8
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v4, v26, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v2, 8, v1
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_sdwa v6, v26, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v11, v1, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v8, 7, v2
	v_and_b32_sdwa v12, v1, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e32 vcc, s4, v11
	v_lshlrev_b16_e32 v7, 8, v2
	v_and_b32_e32 v8, 0x3f80, v8
	v_lshlrev_b16_e32 v10, 7, v1
	v_and_b32_e32 v2, 0x7f, v2
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e32 v4, v23, v4, vcc
	v_cmp_ne_u16_e32 vcc, s4, v12
	v_lshlrev_b16_sdwa v3, v24, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v24, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v9, 8, v1
	v_and_b32_e32 v10, 0x3f80, v10
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v8, 0x2000, v8
	v_cndmask_b32_e32 v6, v23, v6, vcc
	v_cmp_ne_u16_e32 vcc, s4, v2
	v_add_u16_e32 v10, 0x2000, v10
	v_mov_b32_e32 v22, 0x1800
	v_cndmask_b32_e32 v8, v23, v8, vcc
	v_cmp_ne_u16_e32 vcc, s4, v1
	v_mov_b32_e32 v21, 0x1c00
	v_mov_b32_e32 v20, 0x1e00
	v_cndmask_b32_e32 v10, v23, v10, vcc
	v_cmp_ne_u16_e32 vcc, 0, v11
	v_mov_b32_e32 v19, 0x2000
	v_mov_b32_e32 v18, 0x2100
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v12
	v_mov_b32_e32 v17, 0x2200
	v_mov_b32_e32 v16, 0x2300
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	v_and_b32_e32 v3, 0xffff8000, v3
	v_accvgpr_write_b32 a0, v170
	v_cndmask_b32_e32 v10, 0, v10, vcc
	v_cmp_ne_u16_e32 vcc, 1, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v22, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v12
	s_nop 1
	v_cndmask_b32_e32 v6, v22, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v22, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v22, v10, vcc
	v_cmp_ne_u16_e32 vcc, 2, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v21, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v12
	s_nop 1
	v_cndmask_b32_e32 v6, v21, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v21, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v21, v10, vcc
	v_cmp_ne_u16_e32 vcc, 3, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v20, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v12
	s_nop 1
	v_cndmask_b32_e32 v6, v20, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v20, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v20, v10, vcc
	v_cmp_ne_u16_e32 vcc, 4, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v19, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v12
	s_nop 1
	v_cndmask_b32_e32 v6, v19, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v19, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v19, v10, vcc
	v_cmp_ne_u16_e32 vcc, 5, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v18, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v12
	s_nop 1
	v_cndmask_b32_e32 v6, v18, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v18, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v18, v10, vcc
	v_cmp_ne_u16_e32 vcc, 6, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v17, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v12
	s_nop 1
	v_cndmask_b32_e32 v6, v17, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v17, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v17, v10, vcc
	v_cmp_ne_u16_e32 vcc, 7, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v16, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v12
	s_nop 1
	v_cndmask_b32_e32 v6, v16, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v16, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_and_b32_e32 v8, 0xffff8000, v9
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v10, vcc
	v_or_b32_e32 v1, v1, v8
	v_accvgpr_write_b32 a1, v1
	v_or_b32_e32 v1, v2, v7
	v_accvgpr_write_b32 a2, v1
	v_or_b32_e32 v1, v6, v5
	v_accvgpr_write_b32 a3, v1
	v_or_b32_e32 v1, v4, v3
	v_accvgpr_write_b32 a4, v1
	v_xad_u32 v1, v14, 48, 0
	ds_read2_b32 v[2:3], v1 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v5, v26, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v1, 8, v3
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_sdwa v7, v26, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v12, v3, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v9, 7, v1
	v_and_b32_sdwa v13, v3, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s4, v12
	v_lshlrev_b16_e32 v8, 8, v1
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v11, 7, v3
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e32 v5, v23, v5, vcc
	v_cmp_ne_u16_e32 vcc, s4, v13
	v_lshlrev_b16_sdwa v4, v24, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v6, v24, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v10, 8, v3
	v_and_b32_e32 v11, 0x3f80, v11
	v_and_b32_e32 v3, 0x7f, v3
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e32 v7, v23, v7, vcc
	v_cmp_ne_u16_e32 vcc, s4, v1
	v_add_u16_e32 v11, 0x2000, v11
	v_and_b32_e32 v8, 0xffff8000, v8
	v_cndmask_b32_e32 v9, v23, v9, vcc
	v_cmp_ne_u16_e32 vcc, s4, v3
	v_and_b32_e32 v6, 0xffff8000, v6
	v_and_b32_e32 v4, 0xffff8000, v4
	v_cndmask_b32_e32 v11, v23, v11, vcc
	v_cmp_ne_u16_e32 vcc, 0, v12
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v9, 0, v9, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v11, 0, v11, vcc
	v_cmp_ne_u16_e32 vcc, 1, v12
	s_nop 1
	v_cndmask_b32_e32 v5, v22, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v13
	s_nop 1
	v_cndmask_b32_e32 v7, v22, v7, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v9, v22, v9, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v11, v22, v11, vcc
	v_cmp_ne_u16_e32 vcc, 2, v12
	s_nop 1
	v_cndmask_b32_e32 v5, v21, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v13
	s_nop 1
	v_cndmask_b32_e32 v7, v21, v7, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v9, v21, v9, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v11, v21, v11, vcc
	v_cmp_ne_u16_e32 vcc, 3, v12
	s_nop 1
	v_cndmask_b32_e32 v5, v20, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v13
	s_nop 1
	v_cndmask_b32_e32 v7, v20, v7, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v9, v20, v9, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v11, v20, v11, vcc
	v_cmp_ne_u16_e32 vcc, 4, v12
	s_nop 1
	v_cndmask_b32_e32 v5, v19, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v13
	s_nop 1
	v_cndmask_b32_e32 v7, v19, v7, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v9, v19, v9, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v11, v19, v11, vcc
	v_cmp_ne_u16_e32 vcc, 5, v12
	s_nop 1
	v_cndmask_b32_e32 v5, v18, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v13
	s_nop 1
	v_cndmask_b32_e32 v7, v18, v7, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v9, v18, v9, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v11, v18, v11, vcc
	v_cmp_ne_u16_e32 vcc, 6, v12
	s_nop 1
	v_cndmask_b32_e32 v5, v17, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v13
	s_nop 1
	v_cndmask_b32_e32 v7, v17, v7, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v9, v17, v9, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v11, v17, v11, vcc
	v_cmp_ne_u16_e32 vcc, 7, v12
	s_nop 1
	v_cndmask_b32_e32 v5, v16, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v13
	s_nop 1
	v_cndmask_b32_e32 v7, v16, v7, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v9, vcc
	v_or_b32_e32 v1, v1, v8
	v_accvgpr_write_b32 a6, v1
	v_or_b32_e32 v1, v7, v6
	v_accvgpr_write_b32 a7, v1
	v_or_b32_e32 v1, v5, v4
	v_accvgpr_write_b32 a8, v1
	v_xad_u32 v1, v14, 40, 0
	ds_read2_b32 v[4:5], v1 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v3
	v_and_b32_e32 v9, 0xffff8000, v10
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v6, v26, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v1, 8, v5
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_sdwa v8, v26, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v13, v5, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v3, v16, v11, vcc
	v_and_b32_e32 v8, 0x3f80, v8
	v_lshlrev_b16_e32 v10, 7, v1
	v_and_b32_sdwa v15, v5, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e32 vcc, s4, v13
	v_or_b32_e32 v3, v3, v9
	v_lshlrev_b16_e32 v9, 8, v1
	v_and_b32_e32 v10, 0x3f80, v10
	v_lshlrev_b16_e32 v12, 7, v5
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v8, 0x2000, v8
	v_cndmask_b32_e32 v6, v23, v6, vcc
	v_cmp_ne_u16_e32 vcc, s4, v15
	v_accvgpr_write_b32 a5, v3
	v_lshlrev_b16_sdwa v3, v24, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v24, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v11, 8, v5
	v_and_b32_e32 v12, 0x3f80, v12
	v_and_b32_e32 v5, 0x7f, v5
	v_add_u16_e32 v10, 0x2000, v10
	v_cndmask_b32_e32 v8, v23, v8, vcc
	v_cmp_ne_u16_e32 vcc, s4, v1
	v_add_u16_e32 v12, 0x2000, v12
	v_and_b32_e32 v9, 0xffff8000, v9
	v_cndmask_b32_e32 v10, v23, v10, vcc
	v_cmp_ne_u16_e32 vcc, s4, v5
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v12, v23, v12, vcc
	v_cmp_ne_u16_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v15
	s_nop 1
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v10, 0, v10, vcc
	v_cmp_ne_u16_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v12, 0, v12, vcc
	v_cmp_ne_u16_e32 vcc, 1, v13
	s_nop 1
	v_cndmask_b32_e32 v6, v22, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v15
	s_nop 1
	v_cndmask_b32_e32 v8, v22, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v22, v10, vcc
	v_cmp_ne_u16_e32 vcc, 1, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v22, v12, vcc
	v_cmp_ne_u16_e32 vcc, 2, v13
	s_nop 1
	v_cndmask_b32_e32 v6, v21, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v15
	s_nop 1
	v_cndmask_b32_e32 v8, v21, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v21, v10, vcc
	v_cmp_ne_u16_e32 vcc, 2, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v21, v12, vcc
	v_cmp_ne_u16_e32 vcc, 3, v13
	s_nop 1
	v_cndmask_b32_e32 v6, v20, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v15
	s_nop 1
	v_cndmask_b32_e32 v8, v20, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v20, v10, vcc
	v_cmp_ne_u16_e32 vcc, 3, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v20, v12, vcc
	v_cmp_ne_u16_e32 vcc, 4, v13
	s_nop 1
	v_cndmask_b32_e32 v6, v19, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v15
	s_nop 1
	v_cndmask_b32_e32 v8, v19, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v19, v10, vcc
	v_cmp_ne_u16_e32 vcc, 4, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v19, v12, vcc
	v_cmp_ne_u16_e32 vcc, 5, v13
	s_nop 1
	v_cndmask_b32_e32 v6, v18, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v15
	s_nop 1
	v_cndmask_b32_e32 v8, v18, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v18, v10, vcc
	v_cmp_ne_u16_e32 vcc, 5, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v18, v12, vcc
	v_cmp_ne_u16_e32 vcc, 6, v13
	s_nop 1
	v_cndmask_b32_e32 v6, v17, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v15
	s_nop 1
	v_cndmask_b32_e32 v8, v17, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v17, v10, vcc
	v_cmp_ne_u16_e32 vcc, 6, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v17, v12, vcc
	v_cmp_ne_u16_e32 vcc, 7, v13
	s_nop 1
	v_cndmask_b32_e32 v6, v16, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v15
	s_nop 1
	v_cndmask_b32_e32 v8, v16, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v10, vcc
	v_or_b32_e32 v1, v1, v9
	v_accvgpr_write_b32 a10, v1
	v_or_b32_e32 v1, v8, v7
	v_accvgpr_write_b32 a11, v1
	v_or_b32_e32 v1, v6, v3
	v_accvgpr_write_b32 a12, v1
	v_xad_u32 v1, v14, 32, 0
	ds_read2_b32 v[6:7], v1 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v5
	v_and_b32_e32 v10, 0xffff8000, v11
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v1, 8, v7
	v_cndmask_b32_e32 v5, v16, v12, vcc
	v_or_b32_e32 v5, v5, v10
	v_accvgpr_write_b32 a9, v5
	v_lshlrev_b16_sdwa v5, v26, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_sdwa v9, v26, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v15, v7, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v11, 7, v1
	v_and_b32_sdwa v27, v7, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s4, v15
	v_lshlrev_b16_e32 v10, 8, v1
	v_and_b32_e32 v11, 0x3f80, v11
	v_lshlrev_b16_e32 v13, 7, v7
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e32 v5, v23, v5, vcc
	v_cmp_ne_u16_e32 vcc, s4, v27
	v_lshlrev_b16_sdwa v3, v24, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v8, v24, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v12, 8, v7
	v_and_b32_e32 v13, 0x3f80, v13
	v_and_b32_e32 v7, 0x7f, v7
	v_add_u16_e32 v11, 0x2000, v11
	v_cndmask_b32_e32 v9, v23, v9, vcc
	v_cmp_ne_u16_e32 vcc, s4, v1
	v_add_u16_e32 v13, 0x2000, v13
	v_and_b32_e32 v10, 0xffff8000, v10
	v_cndmask_b32_e32 v11, v23, v11, vcc
	v_cmp_ne_u16_e32 vcc, s4, v7
	v_and_b32_e32 v8, 0xffff8000, v8
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v13, v23, v13, vcc
	v_cmp_ne_u16_e32 vcc, 0, v15
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v27
	s_nop 1
	v_cndmask_b32_e32 v9, 0, v9, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v11, 0, v11, vcc
	v_cmp_ne_u16_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v13, 0, v13, vcc
	v_cmp_ne_u16_e32 vcc, 1, v15
	s_nop 1
	v_cndmask_b32_e32 v5, v22, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v27
	s_nop 1
	v_cndmask_b32_e32 v9, v22, v9, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v11, v22, v11, vcc
	v_cmp_ne_u16_e32 vcc, 1, v7
	s_nop 1
	v_cndmask_b32_e32 v13, v22, v13, vcc
	v_cmp_ne_u16_e32 vcc, 2, v15
	s_nop 1
	v_cndmask_b32_e32 v5, v21, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v27
	s_nop 1
	v_cndmask_b32_e32 v9, v21, v9, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v11, v21, v11, vcc
	v_cmp_ne_u16_e32 vcc, 2, v7
	s_nop 1
	v_cndmask_b32_e32 v13, v21, v13, vcc
	v_cmp_ne_u16_e32 vcc, 3, v15
	s_nop 1
	v_cndmask_b32_e32 v5, v20, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v27
	s_nop 1
	v_cndmask_b32_e32 v9, v20, v9, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v11, v20, v11, vcc
	v_cmp_ne_u16_e32 vcc, 3, v7
	s_nop 1
	v_cndmask_b32_e32 v13, v20, v13, vcc
	v_cmp_ne_u16_e32 vcc, 4, v15
	s_nop 1
	v_cndmask_b32_e32 v5, v19, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v27
	s_nop 1
	v_cndmask_b32_e32 v9, v19, v9, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v11, v19, v11, vcc
	v_cmp_ne_u16_e32 vcc, 4, v7
	s_nop 1
	v_cndmask_b32_e32 v13, v19, v13, vcc
	v_cmp_ne_u16_e32 vcc, 5, v15
	s_nop 1
	v_cndmask_b32_e32 v5, v18, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v27
	s_nop 1
	v_cndmask_b32_e32 v9, v18, v9, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v11, v18, v11, vcc
	v_cmp_ne_u16_e32 vcc, 5, v7
	s_nop 1
	v_cndmask_b32_e32 v13, v18, v13, vcc
	v_cmp_ne_u16_e32 vcc, 6, v15
	s_nop 1
	v_cndmask_b32_e32 v5, v17, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v27
	s_nop 1
	v_cndmask_b32_e32 v9, v17, v9, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v11, v17, v11, vcc
	v_cmp_ne_u16_e32 vcc, 6, v7
	s_nop 1
	v_cndmask_b32_e32 v13, v17, v13, vcc
	v_cmp_ne_u16_e32 vcc, 7, v15
	s_nop 1
	v_cndmask_b32_e32 v5, v16, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v27
	v_or_b32_e32 v127, v5, v3
	s_nop 0
	v_cndmask_b32_e32 v9, v16, v9, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_or_b32_e32 v177, v9, v8
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v11, vcc
	v_or_b32_e32 v179, v1, v10
	v_xad_u32 v1, v14, 24, 0
	ds_read2_b32 v[8:9], v1 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v7
	v_and_b32_e32 v11, 0xffff8000, v12
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v5, v26, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v1, 8, v9
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_sdwa v10, v26, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v27, v9, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v7, v16, v13, vcc
	v_and_b32_e32 v10, 0x3f80, v10
	v_lshlrev_b16_e32 v12, 7, v1
	v_and_b32_sdwa v28, v9, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s4, v27
	v_or_b32_e32 v7, v7, v11
	v_lshlrev_b16_e32 v11, 8, v1
	v_and_b32_e32 v12, 0x3f80, v12
	v_lshlrev_b16_e32 v15, 7, v9
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v10, 0x2000, v10
	v_cndmask_b32_e32 v5, v23, v5, vcc
	v_cmp_ne_u16_e32 vcc, s4, v28
	v_accvgpr_write_b32 a13, v7
	v_lshlrev_b16_sdwa v3, v24, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v24, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v13, 8, v9
	v_and_b32_e32 v15, 0x3f80, v15
	v_and_b32_e32 v9, 0x7f, v9
	v_add_u16_e32 v12, 0x2000, v12
	v_cndmask_b32_e32 v10, v23, v10, vcc
	v_cmp_ne_u16_e32 vcc, s4, v1
	v_add_u16_e32 v15, 0x2000, v15
	v_and_b32_e32 v11, 0xffff8000, v11
	v_cndmask_b32_e32 v12, v23, v12, vcc
	v_cmp_ne_u16_e32 vcc, s4, v9
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v15, v23, v15, vcc
	v_cmp_ne_u16_e32 vcc, 0, v27
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v28
	s_nop 1
	v_cndmask_b32_e32 v10, 0, v10, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v12, 0, v12, vcc
	v_cmp_ne_u16_e32 vcc, 0, v9
	s_nop 1
	v_cndmask_b32_e32 v15, 0, v15, vcc
	v_cmp_ne_u16_e32 vcc, 1, v27
	s_nop 1
	v_cndmask_b32_e32 v5, v22, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v28
	s_nop 1
	v_cndmask_b32_e32 v10, v22, v10, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v12, v22, v12, vcc
	v_cmp_ne_u16_e32 vcc, 1, v9
	s_nop 1
	v_cndmask_b32_e32 v15, v22, v15, vcc
	v_cmp_ne_u16_e32 vcc, 2, v27
	s_nop 1
	v_cndmask_b32_e32 v5, v21, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v28
	s_nop 1
	v_cndmask_b32_e32 v10, v21, v10, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v12, v21, v12, vcc
	v_cmp_ne_u16_e32 vcc, 2, v9
	s_nop 1
	v_cndmask_b32_e32 v15, v21, v15, vcc
	v_cmp_ne_u16_e32 vcc, 3, v27
	s_nop 1
	v_cndmask_b32_e32 v5, v20, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v28
	s_nop 1
	v_cndmask_b32_e32 v10, v20, v10, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v12, v20, v12, vcc
	v_cmp_ne_u16_e32 vcc, 3, v9
	s_nop 1
	v_cndmask_b32_e32 v15, v20, v15, vcc
	v_cmp_ne_u16_e32 vcc, 4, v27
	s_nop 1
	v_cndmask_b32_e32 v5, v19, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v28
	s_nop 1
	v_cndmask_b32_e32 v10, v19, v10, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v12, v19, v12, vcc
	v_cmp_ne_u16_e32 vcc, 4, v9
	s_nop 1
	v_cndmask_b32_e32 v15, v19, v15, vcc
	v_cmp_ne_u16_e32 vcc, 5, v27
	s_nop 1
	v_cndmask_b32_e32 v5, v18, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v28
	s_nop 1
	v_cndmask_b32_e32 v10, v18, v10, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v12, v18, v12, vcc
	v_cmp_ne_u16_e32 vcc, 5, v9
	s_nop 1
	v_cndmask_b32_e32 v15, v18, v15, vcc
	v_cmp_ne_u16_e32 vcc, 6, v27
	s_nop 1
	v_cndmask_b32_e32 v5, v17, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v28
	s_nop 1
	v_cndmask_b32_e32 v10, v17, v10, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v12, v17, v12, vcc
	v_cmp_ne_u16_e32 vcc, 6, v9
	s_nop 1
	v_cndmask_b32_e32 v15, v17, v15, vcc
	v_cmp_ne_u16_e32 vcc, 7, v27
	s_nop 1
	v_cndmask_b32_e32 v5, v16, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v28
	v_or_b32_e32 v123, v5, v3
	s_nop 0
	v_cndmask_b32_e32 v10, v16, v10, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_or_b32_e32 v129, v10, v7
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v12, vcc
	v_or_b32_e32 v126, v1, v11
	v_xad_u32 v1, v14, 16, 0
	ds_read2_b32 v[10:11], v1 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v9
	v_and_b32_e32 v12, 0xffff8000, v13
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v5, v26, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v9, v16, v15, vcc
	v_or_b32_e32 v128, v9, v12
	v_lshrrev_b32_e32 v1, 8, v11
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_sdwa v9, v26, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v28, v11, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v13, 7, v1
	v_and_b32_sdwa v29, v11, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s4, v28
	v_lshlrev_b16_e32 v12, 8, v1
	v_and_b32_e32 v13, 0x3f80, v13
	v_lshlrev_b16_e32 v27, 7, v11
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e32 v5, v23, v5, vcc
	v_cmp_ne_u16_e32 vcc, s4, v29
	v_lshlrev_b16_sdwa v3, v24, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v24, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v15, 8, v11
	v_and_b32_e32 v27, 0x3f80, v27
	v_and_b32_e32 v11, 0x7f, v11
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e32 v9, v23, v9, vcc
	v_cmp_ne_u16_e32 vcc, s4, v1
	v_add_u16_e32 v27, 0x2000, v27
	v_and_b32_e32 v12, 0xffff8000, v12
	v_cndmask_b32_e32 v13, v23, v13, vcc
	v_cmp_ne_u16_e32 vcc, s4, v11
	v_and_b32_e32 v3, 0xffff8000, v3
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e32 v27, v23, v27, vcc
	v_cmp_ne_u16_e32 vcc, 0, v28
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v29
	s_nop 1
	v_cndmask_b32_e32 v9, 0, v9, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v13, 0, v13, vcc
	v_cmp_ne_u16_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v27, 0, v27, vcc
	v_cmp_ne_u16_e32 vcc, 1, v28
	s_nop 1
	v_cndmask_b32_e32 v5, v22, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v29
	s_nop 1
	v_cndmask_b32_e32 v9, v22, v9, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v22, v13, vcc
	v_cmp_ne_u16_e32 vcc, 1, v11
	s_nop 1
	v_cndmask_b32_e32 v27, v22, v27, vcc
	v_cmp_ne_u16_e32 vcc, 2, v28
	s_nop 1
	v_cndmask_b32_e32 v5, v21, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v29
	s_nop 1
	v_cndmask_b32_e32 v9, v21, v9, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v21, v13, vcc
	v_cmp_ne_u16_e32 vcc, 2, v11
	s_nop 1
	v_cndmask_b32_e32 v27, v21, v27, vcc
	v_cmp_ne_u16_e32 vcc, 3, v28
	s_nop 1
	v_cndmask_b32_e32 v5, v20, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v29
	s_nop 1
	v_cndmask_b32_e32 v9, v20, v9, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v20, v13, vcc
	v_cmp_ne_u16_e32 vcc, 3, v11
	s_nop 1
	v_cndmask_b32_e32 v27, v20, v27, vcc
	v_cmp_ne_u16_e32 vcc, 4, v28
	s_nop 1
	v_cndmask_b32_e32 v5, v19, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v29
	s_nop 1
	v_cndmask_b32_e32 v9, v19, v9, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v19, v13, vcc
	v_cmp_ne_u16_e32 vcc, 4, v11
	s_nop 1
	v_cndmask_b32_e32 v27, v19, v27, vcc
	v_cmp_ne_u16_e32 vcc, 5, v28
	s_nop 1
	v_cndmask_b32_e32 v5, v18, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v29
	s_nop 1
	v_cndmask_b32_e32 v9, v18, v9, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v18, v13, vcc
	v_cmp_ne_u16_e32 vcc, 5, v11
	s_nop 1
	v_cndmask_b32_e32 v27, v18, v27, vcc
	v_cmp_ne_u16_e32 vcc, 6, v28
	s_nop 1
	v_cndmask_b32_e32 v5, v17, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v29
	s_nop 1
	v_cndmask_b32_e32 v9, v17, v9, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v17, v13, vcc
	v_cmp_ne_u16_e32 vcc, 6, v11
	s_nop 1
	v_cndmask_b32_e32 v27, v17, v27, vcc
	v_cmp_ne_u16_e32 vcc, 7, v28
	s_nop 1
	v_cndmask_b32_e32 v5, v16, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v29
	v_or_b32_e32 v119, v5, v3
	s_nop 0
	v_cndmask_b32_e32 v9, v16, v9, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_or_b32_e32 v131, v9, v7
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v13, vcc
	v_cmp_ne_u16_e32 vcc, 7, v11
	v_and_b32_e32 v13, 0xffff8000, v15
	v_or_b32_e32 v122, v1, v12
	v_cndmask_b32_e32 v11, v16, v27, vcc
	v_xad_u32 v1, v14, 8, 0
	v_or_b32_e32 v130, v11, v13
	ds_read2_b32 v[12:13], v1 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v5, v26, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v1, 8, v13
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_sdwa v9, v26, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v29, v13, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v15, 7, v1
	v_and_b32_sdwa v30, v13, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s4, v29
	v_lshlrev_b16_e32 v11, 8, v1
	v_and_b32_e32 v15, 0x3f80, v15
	v_lshlrev_b16_e32 v28, 7, v13
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e32 v5, v23, v5, vcc
	v_cmp_ne_u16_e32 vcc, s4, v30
	v_lshlrev_b16_sdwa v3, v24, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v24, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v27, 8, v13
	v_and_b32_e32 v28, 0x3f80, v28
	v_and_b32_e32 v13, 0x7f, v13
	v_add_u16_e32 v15, 0x2000, v15
	v_cndmask_b32_e32 v9, v23, v9, vcc
	v_cmp_ne_u16_e32 vcc, s4, v1
	v_add_u16_e32 v28, 0x2000, v28
	v_and_b32_e32 v11, 0xffff8000, v11
	v_cndmask_b32_e32 v15, v23, v15, vcc
	v_cmp_ne_u16_e32 vcc, s4, v13
	v_and_b32_e32 v3, 0xffff8000, v3
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e32 v28, v23, v28, vcc
	v_cmp_ne_u16_e32 vcc, 0, v29
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v30
	s_nop 1
	v_cndmask_b32_e32 v9, 0, v9, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v15, 0, v15, vcc
	v_cmp_ne_u16_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v28, 0, v28, vcc
	v_cmp_ne_u16_e32 vcc, 1, v29
	s_nop 1
	v_cndmask_b32_e32 v5, v22, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v30
	s_nop 1
	v_cndmask_b32_e32 v9, v22, v9, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v15, v22, v15, vcc
	v_cmp_ne_u16_e32 vcc, 1, v13
	s_nop 1
	v_cndmask_b32_e32 v28, v22, v28, vcc
	v_cmp_ne_u16_e32 vcc, 2, v29
	s_nop 1
	v_cndmask_b32_e32 v5, v21, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v30
	s_nop 1
	v_cndmask_b32_e32 v9, v21, v9, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v15, v21, v15, vcc
	v_cmp_ne_u16_e32 vcc, 2, v13
	s_nop 1
	v_cndmask_b32_e32 v28, v21, v28, vcc
	v_cmp_ne_u16_e32 vcc, 3, v29
	s_nop 1
	v_cndmask_b32_e32 v5, v20, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v30
	s_nop 1
	v_cndmask_b32_e32 v9, v20, v9, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v15, v20, v15, vcc
	v_cmp_ne_u16_e32 vcc, 3, v13
	s_nop 1
	v_cndmask_b32_e32 v28, v20, v28, vcc
	v_cmp_ne_u16_e32 vcc, 4, v29
	s_nop 1
	v_cndmask_b32_e32 v5, v19, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v30
	s_nop 1
	v_cndmask_b32_e32 v9, v19, v9, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v15, v19, v15, vcc
	v_cmp_ne_u16_e32 vcc, 4, v13
	s_nop 1
	v_cndmask_b32_e32 v28, v19, v28, vcc
	v_cmp_ne_u16_e32 vcc, 5, v29
	s_nop 1
	v_cndmask_b32_e32 v5, v18, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v30
	s_nop 1
	v_cndmask_b32_e32 v9, v18, v9, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v15, v18, v15, vcc
	v_cmp_ne_u16_e32 vcc, 5, v13
	s_nop 1
	v_cndmask_b32_e32 v28, v18, v28, vcc
	v_cmp_ne_u16_e32 vcc, 6, v29
	s_nop 1
	v_cndmask_b32_e32 v5, v17, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v30
	s_nop 1
	v_cndmask_b32_e32 v9, v17, v9, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v15, v17, v15, vcc
	v_cmp_ne_u16_e32 vcc, 6, v13
	s_nop 1
	v_cndmask_b32_e32 v28, v17, v28, vcc
	v_cmp_ne_u16_e32 vcc, 7, v29
	s_nop 1
	v_cndmask_b32_e32 v5, v16, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v30
	v_or_b32_e32 v115, v5, v3
	s_nop 0
	v_cndmask_b32_e32 v9, v16, v9, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_or_b32_e32 v133, v9, v7
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v15, vcc
	v_cmp_ne_u16_e32 vcc, 7, v13
	v_and_b32_e32 v15, 0xffff8000, v27
	v_or_b32_e32 v118, v1, v11
	v_cndmask_b32_e32 v13, v16, v28, vcc
	v_add_u32_e32 v1, 0, v14
	v_or_b32_e32 v132, v13, v15
	ds_read2_b32 v[14:15], v1 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v5, v26, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v1, 8, v15
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_sdwa v9, v26, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v29, v15, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v13, 7, v1
	v_and_b32_sdwa v30, v15, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s4, v29
	v_lshlrev_b16_e32 v11, 8, v1
	v_and_b32_e32 v13, 0x3f80, v13
	v_lshlrev_b16_e32 v28, 7, v15
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e32 v5, v23, v5, vcc
	v_cmp_ne_u16_e32 vcc, s4, v30
	v_lshlrev_b16_sdwa v3, v24, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v24, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v27, 8, v15
	v_and_b32_e32 v28, 0x3f80, v28
	v_and_b32_e32 v15, 0x7f, v15
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e32 v9, v23, v9, vcc
	v_cmp_ne_u16_e32 vcc, s4, v1
	v_add_u16_e32 v28, 0x2000, v28
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v13, v23, v13, vcc
	v_cmp_ne_u16_e32 vcc, s4, v15
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v11, 0xffff8000, v11
	v_cndmask_b32_e32 v28, v23, v28, vcc
	v_cmp_ne_u16_e32 vcc, 0, v29
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v30
	s_nop 1
	v_cndmask_b32_e32 v9, 0, v9, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v13, 0, v13, vcc
	v_cmp_ne_u16_e32 vcc, 0, v15
	s_nop 1
	v_cndmask_b32_e32 v28, 0, v28, vcc
	v_cmp_ne_u16_e32 vcc, 1, v29
	s_nop 1
	v_cndmask_b32_e32 v5, v22, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v30
	s_nop 1
	v_cndmask_b32_e32 v9, v22, v9, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v22, v13, vcc
	v_cmp_ne_u16_e32 vcc, 1, v15
	s_nop 1
	v_cndmask_b32_e32 v28, v22, v28, vcc
	v_cmp_ne_u16_e32 vcc, 2, v29
	s_nop 1
	v_cndmask_b32_e32 v5, v21, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v30
	s_nop 1
	v_cndmask_b32_e32 v9, v21, v9, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v21, v13, vcc
	v_cmp_ne_u16_e32 vcc, 2, v15
	s_nop 1
	v_cndmask_b32_e32 v28, v21, v28, vcc
	v_cmp_ne_u16_e32 vcc, 3, v29
	s_nop 1
	v_cndmask_b32_e32 v5, v20, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v30
	s_nop 1
	v_cndmask_b32_e32 v9, v20, v9, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v20, v13, vcc
	v_cmp_ne_u16_e32 vcc, 3, v15
	s_nop 1
	v_cndmask_b32_e32 v28, v20, v28, vcc
	v_cmp_ne_u16_e32 vcc, 4, v29
	s_nop 1
	v_cndmask_b32_e32 v5, v19, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v30
	s_nop 1
	v_cndmask_b32_e32 v9, v19, v9, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v19, v13, vcc
	v_cmp_ne_u16_e32 vcc, 4, v15
	s_nop 1
	v_cndmask_b32_e32 v28, v19, v28, vcc
	v_cmp_ne_u16_e32 vcc, 5, v29
	s_nop 1
	v_cndmask_b32_e32 v5, v18, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v30
	s_nop 1
	v_cndmask_b32_e32 v9, v18, v9, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v18, v13, vcc
	v_cmp_ne_u16_e32 vcc, 5, v15
	s_nop 1
	v_cndmask_b32_e32 v28, v18, v28, vcc
	v_cmp_ne_u16_e32 vcc, 6, v29
	s_nop 1
	v_cndmask_b32_e32 v5, v17, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v30
	s_nop 1
	v_cndmask_b32_e32 v9, v17, v9, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v17, v13, vcc
	v_cmp_ne_u16_e32 vcc, 6, v15
	s_nop 1
	v_cndmask_b32_e32 v28, v17, v28, vcc
	v_cmp_ne_u16_e32 vcc, 7, v29
	v_and_b32_sdwa v29, v0, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v5, v16, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v30
	v_or_b32_e32 v87, v5, v3
	v_lshlrev_b16_sdwa v5, v26, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v9, v16, v9, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_or_b32_e32 v135, v9, v7
	v_and_b32_e32 v5, 0x3f80, v5
	v_cndmask_b32_e32 v1, v16, v13, vcc
	v_cmp_ne_u16_e32 vcc, 7, v15
	v_and_b32_e32 v15, 0xffff8000, v27
	v_or_b32_e32 v114, v1, v11
	v_cndmask_b32_e32 v13, v16, v28, vcc
	v_lshrrev_b32_e32 v1, 8, v0
	v_lshlrev_b16_sdwa v9, v26, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v28, v0, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v134, v13, v15
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v13, 7, v1
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s4, v28
	v_lshlrev_b16_e32 v11, 8, v1
	v_and_b32_e32 v13, 0x3f80, v13
	v_lshlrev_b16_e32 v27, 7, v0
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e32 v5, v23, v5, vcc
	v_cmp_ne_u16_e32 vcc, s4, v29
	v_lshlrev_b16_sdwa v3, v24, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v24, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v15, 8, v0
	v_and_b32_e32 v27, 0x3f80, v27
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e32 v9, v23, v9, vcc
	v_cmp_ne_u16_e32 vcc, s4, v1
	v_add_u16_e32 v27, 0x2000, v27
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v13, v23, v13, vcc
	v_cmp_ne_u16_e32 vcc, s4, v0
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v11, 0xffff8000, v11
	v_cndmask_b32_e32 v27, v23, v27, vcc
	v_cmp_ne_u16_e32 vcc, 0, v28
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v29
	s_nop 1
	v_cndmask_b32_e32 v9, 0, v9, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v13, 0, v13, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v27, 0, v27, vcc
	v_cmp_ne_u16_e32 vcc, 1, v28
	s_nop 1
	v_cndmask_b32_e32 v5, v22, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v29
	s_nop 1
	v_cndmask_b32_e32 v9, v22, v9, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v22, v13, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v27, v22, v27, vcc
	v_cmp_ne_u16_e32 vcc, 2, v28
	s_nop 1
	v_cndmask_b32_e32 v5, v21, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v29
	s_nop 1
	v_cndmask_b32_e32 v9, v21, v9, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v21, v13, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v27, v21, v27, vcc
	v_cmp_ne_u16_e32 vcc, 3, v28
	s_nop 1
	v_cndmask_b32_e32 v5, v20, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v29
	s_nop 1
	v_cndmask_b32_e32 v9, v20, v9, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v20, v13, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v27, v20, v27, vcc
	v_cmp_ne_u16_e32 vcc, 4, v28
	s_nop 1
	v_cndmask_b32_e32 v5, v19, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v29
	s_nop 1
	v_cndmask_b32_e32 v9, v19, v9, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v19, v13, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v27, v19, v27, vcc
	v_cmp_ne_u16_e32 vcc, 5, v28
	s_nop 1
	v_cndmask_b32_e32 v5, v18, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v29
	s_nop 1
	v_cndmask_b32_e32 v9, v18, v9, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v18, v13, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v27, v18, v27, vcc
	v_cmp_ne_u16_e32 vcc, 6, v28
	s_nop 1
	v_cndmask_b32_e32 v5, v17, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v29
	s_nop 1
	v_cndmask_b32_e32 v9, v17, v9, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v17, v13, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v27, v17, v27, vcc
	v_cmp_ne_u16_e32 vcc, 7, v28
	v_and_b32_sdwa v28, v2, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v5, v16, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v29
	v_or_b32_e32 v191, v5, v3
	v_lshlrev_b16_sdwa v3, v26, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v9, v16, v9, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_or_b32_e32 v137, v9, v7
	v_and_b32_e32 v3, 0x3f80, v3
	v_cndmask_b32_e32 v1, v16, v13, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_and_b32_e32 v13, 0xffff8000, v15
	v_lshlrev_b16_sdwa v7, v26, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v0, v16, v27, vcc
	v_or_b32_e32 v136, v0, v13
	v_lshrrev_b32_e32 v0, 8, v2
	v_and_b32_sdwa v27, v2, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v85, v1, v11
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v11, 7, v0
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s4, v27
	v_lshlrev_b16_e32 v9, 8, v0
	v_and_b32_e32 v11, 0x3f80, v11
	v_lshlrev_b16_e32 v15, 7, v2
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e32 v3, v23, v3, vcc
	v_cmp_ne_u16_e32 vcc, s4, v28
	v_lshlrev_b16_sdwa v1, v24, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v24, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v13, 8, v2
	v_and_b32_e32 v15, 0x3f80, v15
	v_and_b32_e32 v2, 0x7f, v2
	v_add_u16_e32 v11, 0x2000, v11
	v_cndmask_b32_e32 v7, v23, v7, vcc
	v_cmp_ne_u16_e32 vcc, s4, v0
	v_add_u16_e32 v15, 0x2000, v15
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v11, v23, v11, vcc
	v_cmp_ne_u16_e32 vcc, s4, v2
	v_and_b32_e32 v9, 0xffff8000, v9
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v15, v23, v15, vcc
	v_cmp_ne_u16_e32 vcc, 0, v27
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v28
	s_nop 1
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v11, 0, v11, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	s_nop 1
	v_cndmask_b32_e32 v15, 0, v15, vcc
	v_cmp_ne_u16_e32 vcc, 1, v27
	s_nop 1
	v_cndmask_b32_e32 v3, v22, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v28
	s_nop 1
	v_cndmask_b32_e32 v7, v22, v7, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v11, v22, v11, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	s_nop 1
	v_cndmask_b32_e32 v15, v22, v15, vcc
	v_cmp_ne_u16_e32 vcc, 2, v27
	s_nop 1
	v_cndmask_b32_e32 v3, v21, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v28
	s_nop 1
	v_cndmask_b32_e32 v7, v21, v7, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v11, v21, v11, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	s_nop 1
	v_cndmask_b32_e32 v15, v21, v15, vcc
	v_cmp_ne_u16_e32 vcc, 3, v27
	s_nop 1
	v_cndmask_b32_e32 v3, v20, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v28
	s_nop 1
	v_cndmask_b32_e32 v7, v20, v7, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v11, v20, v11, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v15, v20, v15, vcc
	v_cmp_ne_u16_e32 vcc, 4, v27
	s_nop 1
	v_cndmask_b32_e32 v3, v19, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v28
	s_nop 1
	v_cndmask_b32_e32 v7, v19, v7, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v11, v19, v11, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v15, v19, v15, vcc
	v_cmp_ne_u16_e32 vcc, 5, v27
	s_nop 1
	v_cndmask_b32_e32 v3, v18, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v28
	s_nop 1
	v_cndmask_b32_e32 v7, v18, v7, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v11, v18, v11, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v15, v18, v15, vcc
	v_cmp_ne_u16_e32 vcc, 6, v27
	s_nop 1
	v_cndmask_b32_e32 v3, v17, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v28
	s_nop 1
	v_cndmask_b32_e32 v7, v17, v7, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v11, v17, v11, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v15, v17, v15, vcc
	v_cmp_ne_u16_e32 vcc, 7, v27
	v_and_b32_sdwa v27, v4, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v3, v16, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v28
	v_or_b32_e32 v193, v3, v1
	v_lshlrev_b16_sdwa v1, v24, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v7, v16, v7, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_or_b32_e32 v139, v7, v5
	v_lshlrev_b16_sdwa v5, v26, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v0, v16, v11, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	v_and_b32_e32 v11, 0xffff8000, v13
	v_or_b32_e32 v192, v0, v9
	v_cndmask_b32_e32 v2, v16, v15, vcc
	v_or_b32_e32 v138, v2, v11
	v_lshlrev_b16_sdwa v2, v26, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v0, 8, v4
	v_and_b32_e32 v2, 0x3f80, v2
	v_and_b32_sdwa v15, v4, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_e32 v9, 7, v0
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s4, v15
	v_lshlrev_b16_e32 v7, 8, v0
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v13, 7, v4
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v5, 0x2000, v5
	v_cndmask_b32_e32 v2, v23, v2, vcc
	v_cmp_ne_u16_e32 vcc, s4, v27
	v_lshlrev_b16_sdwa v3, v24, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v11, 8, v4
	v_and_b32_e32 v13, 0x3f80, v13
	v_and_b32_e32 v4, 0x7f, v4
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e32 v5, v23, v5, vcc
	v_cmp_ne_u16_e32 vcc, s4, v0
	v_add_u16_e32 v13, 0x2000, v13
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v9, v23, v9, vcc
	v_cmp_ne_u16_e32 vcc, s4, v4
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v13, v23, v13, vcc
	v_cmp_ne_u16_e32 vcc, 0, v15
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v27
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v9, 0, v9, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v13, 0, v13, vcc
	v_cmp_ne_u16_e32 vcc, 1, v15
	s_nop 1
	v_cndmask_b32_e32 v2, v22, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v27
	s_nop 1
	v_cndmask_b32_e32 v5, v22, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v9, v22, v9, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v13, v22, v13, vcc
	v_cmp_ne_u16_e32 vcc, 2, v15
	s_nop 1
	v_cndmask_b32_e32 v2, v21, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v27
	s_nop 1
	v_cndmask_b32_e32 v5, v21, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v9, v21, v9, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v13, v21, v13, vcc
	v_cmp_ne_u16_e32 vcc, 3, v15
	s_nop 1
	v_cndmask_b32_e32 v2, v20, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v27
	s_nop 1
	v_cndmask_b32_e32 v5, v20, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v9, v20, v9, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v13, v20, v13, vcc
	v_cmp_ne_u16_e32 vcc, 4, v15
	s_nop 1
	v_cndmask_b32_e32 v2, v19, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v27
	s_nop 1
	v_cndmask_b32_e32 v5, v19, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v9, v19, v9, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v13, v19, v13, vcc
	v_cmp_ne_u16_e32 vcc, 5, v15
	s_nop 1
	v_cndmask_b32_e32 v2, v18, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v27
	s_nop 1
	v_cndmask_b32_e32 v5, v18, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v9, v18, v9, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v13, v18, v13, vcc
	v_cmp_ne_u16_e32 vcc, 6, v15
	s_nop 1
	v_cndmask_b32_e32 v2, v17, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v27
	s_nop 1
	v_cndmask_b32_e32 v5, v17, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v9, v17, v9, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v13, v17, v13, vcc
	v_cmp_ne_u16_e32 vcc, 7, v15
	v_and_b32_sdwa v15, v6, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v2, v16, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v27
	v_or_b32_e32 v195, v2, v1
	v_lshlrev_b16_sdwa v2, v26, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v5, v16, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cndmask_b32_e32 v0, v16, v9, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_and_b32_e32 v9, 0xffff8000, v11
	v_or_b32_e32 v194, v0, v7
	v_cndmask_b32_e32 v4, v16, v13, vcc
	v_or_b32_e32 v140, v4, v9
	v_lshrrev_b32_e32 v0, 8, v6
	v_lshlrev_b16_sdwa v4, v26, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v13, v6, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_e32 v7, 7, v0
	v_cmp_ne_u16_e32 vcc, s4, v13
	v_or_b32_e32 v141, v5, v3
	v_lshlrev_b16_e32 v5, 8, v0
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v11, 7, v6
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e32 v2, v23, v2, vcc
	v_cmp_ne_u16_e32 vcc, s4, v15
	v_lshlrev_b16_sdwa v1, v24, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v3, v24, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v9, 8, v6
	v_and_b32_e32 v11, 0x3f80, v11
	v_and_b32_e32 v6, 0x7f, v6
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e32 v4, v23, v4, vcc
	v_cmp_ne_u16_e32 vcc, s4, v0
	v_add_u16_e32 v11, 0x2000, v11
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v7, v23, v7, vcc
	v_cmp_ne_u16_e32 vcc, s4, v6
	v_and_b32_e32 v3, 0xffff8000, v3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v11, v23, v11, vcc
	v_cmp_ne_u16_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v15
	s_nop 1
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cmp_ne_u16_e32 vcc, 0, v6
	s_nop 1
	v_cndmask_b32_e32 v11, 0, v11, vcc
	v_cmp_ne_u16_e32 vcc, 1, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v22, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v22, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v22, v7, vcc
	v_cmp_ne_u16_e32 vcc, 1, v6
	s_nop 1
	v_cndmask_b32_e32 v11, v22, v11, vcc
	v_cmp_ne_u16_e32 vcc, 2, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v21, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v21, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v21, v7, vcc
	v_cmp_ne_u16_e32 vcc, 2, v6
	s_nop 1
	v_cndmask_b32_e32 v11, v21, v11, vcc
	v_cmp_ne_u16_e32 vcc, 3, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v20, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v20, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v20, v7, vcc
	v_cmp_ne_u16_e32 vcc, 3, v6
	s_nop 1
	v_cndmask_b32_e32 v11, v20, v11, vcc
	v_cmp_ne_u16_e32 vcc, 4, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v19, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v19, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v19, v7, vcc
	v_cmp_ne_u16_e32 vcc, 4, v6
	s_nop 1
	v_cndmask_b32_e32 v11, v19, v11, vcc
	v_cmp_ne_u16_e32 vcc, 5, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v18, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v18, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v18, v7, vcc
	v_cmp_ne_u16_e32 vcc, 5, v6
	s_nop 1
	v_cndmask_b32_e32 v11, v18, v11, vcc
	v_cmp_ne_u16_e32 vcc, 6, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v17, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v17, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v17, v7, vcc
	v_cmp_ne_u16_e32 vcc, 6, v6
	s_nop 1
	v_cndmask_b32_e32 v11, v17, v11, vcc
	v_cmp_ne_u16_e32 vcc, 7, v13
	v_and_b32_sdwa v13, v8, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v2, v16, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v15
	v_or_b32_e32 v197, v2, v1
	v_lshlrev_b16_sdwa v2, v26, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v4, v16, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_or_b32_e32 v143, v4, v3
	v_and_b32_e32 v2, 0x3f80, v2
	v_cndmask_b32_e32 v0, v16, v7, vcc
	v_cmp_ne_u16_e32 vcc, 7, v6
	v_and_b32_e32 v7, 0xffff8000, v9
	v_or_b32_e32 v196, v0, v5
	v_cndmask_b32_e32 v6, v16, v11, vcc
	v_lshrrev_b32_e32 v0, 8, v8
	v_lshlrev_b16_sdwa v4, v26, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v11, v8, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v142, v6, v7
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_e32 v6, 7, v0
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s4, v11
	v_lshlrev_b16_e32 v5, 8, v0
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v9, 7, v8
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e32 v2, v23, v2, vcc
	v_cmp_ne_u16_e32 vcc, s4, v13
	v_lshlrev_b16_sdwa v1, v24, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v3, v24, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v7, 8, v8
	v_and_b32_e32 v9, 0x3f80, v9
	v_and_b32_e32 v8, 0x7f, v8
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e32 v4, v23, v4, vcc
	v_cmp_ne_u16_e32 vcc, s4, v0
	v_add_u16_e32 v9, 0x2000, v9
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v6, v23, v6, vcc
	v_cmp_ne_u16_e32 vcc, s4, v8
	v_and_b32_e32 v3, 0xffff8000, v3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v9, v23, v9, vcc
	v_cmp_ne_u16_e32 vcc, 0, v11
	v_and_b32_e32 v7, 0xffff8000, v7
	s_nop 0
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v8
	s_nop 1
	v_cndmask_b32_e32 v9, 0, v9, vcc
	v_cmp_ne_u16_e32 vcc, 1, v11
	s_nop 1
	v_cndmask_b32_e32 v2, v22, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v22, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v22, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v8
	s_nop 1
	v_cndmask_b32_e32 v9, v22, v9, vcc
	v_cmp_ne_u16_e32 vcc, 2, v11
	s_nop 1
	v_cndmask_b32_e32 v2, v21, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v21, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v21, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v8
	s_nop 1
	v_cndmask_b32_e32 v9, v21, v9, vcc
	v_cmp_ne_u16_e32 vcc, 3, v11
	s_nop 1
	v_cndmask_b32_e32 v2, v20, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v20, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v20, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v8
	s_nop 1
	v_cndmask_b32_e32 v9, v20, v9, vcc
	v_cmp_ne_u16_e32 vcc, 4, v11
	s_nop 1
	v_cndmask_b32_e32 v2, v19, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v19, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v19, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v8
	s_nop 1
	v_cndmask_b32_e32 v9, v19, v9, vcc
	v_cmp_ne_u16_e32 vcc, 5, v11
	s_nop 1
	v_cndmask_b32_e32 v2, v18, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v18, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v18, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v8
	s_nop 1
	v_cndmask_b32_e32 v9, v18, v9, vcc
	v_cmp_ne_u16_e32 vcc, 6, v11
	s_nop 1
	v_cndmask_b32_e32 v2, v17, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v17, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v17, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v8
	s_nop 1
	v_cndmask_b32_e32 v9, v17, v9, vcc
	v_cmp_ne_u16_e32 vcc, 7, v11
	v_and_b32_sdwa v11, v10, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v2, v16, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v13
	v_or_b32_e32 v199, v2, v1
	v_lshlrev_b16_sdwa v2, v26, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v4, v16, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_or_b32_e32 v145, v4, v3
	v_and_b32_e32 v2, 0x3f80, v2
	v_cndmask_b32_e32 v0, v16, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v8
	v_or_b32_e32 v198, v0, v5
	v_lshrrev_b32_e32 v0, 8, v10
	v_cndmask_b32_e32 v6, v16, v9, vcc
	v_lshlrev_b16_sdwa v4, v26, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v9, v10, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v144, v6, v7
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_e32 v6, 7, v0
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s4, v9
	v_lshlrev_b16_e32 v5, 8, v0
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v8, 7, v10
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e32 v2, v23, v2, vcc
	v_cmp_ne_u16_e32 vcc, s4, v11
	v_lshlrev_b16_sdwa v1, v24, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v3, v24, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v7, 8, v10
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v10, 0x7f, v10
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e32 v4, v23, v4, vcc
	v_cmp_ne_u16_e32 vcc, s4, v0
	v_add_u16_e32 v8, 0x2000, v8
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v6, v23, v6, vcc
	v_cmp_ne_u16_e32 vcc, s4, v10
	v_and_b32_e32 v3, 0xffff8000, v3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v8, v23, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v9
	v_and_b32_e32 v7, 0xffff8000, v7
	s_nop 0
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	s_nop 1
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v22, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v22, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v22, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v22, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v21, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v21, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v21, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v21, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v20, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v20, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v20, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v20, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v19, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v19, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v19, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v19, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v18, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v18, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v18, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v18, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v17, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v17, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v17, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v17, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v9
	v_and_b32_sdwa v9, v12, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v2, v16, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v11
	v_or_b32_e32 v201, v2, v1
	v_lshlrev_b16_sdwa v2, v26, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v4, v16, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_or_b32_e32 v147, v4, v3
	v_and_b32_e32 v2, 0x3f80, v2
	v_cndmask_b32_e32 v0, v16, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	v_or_b32_e32 v200, v0, v5
	v_lshrrev_b32_e32 v0, 8, v12
	v_cndmask_b32_e32 v6, v16, v8, vcc
	v_lshlrev_b16_sdwa v4, v26, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v146, v6, v7
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_e32 v6, 7, v0
	v_and_b32_sdwa v10, v12, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s4, v9
	v_lshlrev_b16_e32 v5, 8, v0
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v8, 7, v12
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e32 v2, v23, v2, vcc
	v_cmp_ne_u16_e32 vcc, s4, v10
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v11, 0x7f, v12
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e32 v4, v23, v4, vcc
	v_cmp_ne_u16_e32 vcc, s4, v0
	v_add_u16_e32 v8, 0x2000, v8
	v_lshlrev_b16_sdwa v1, v24, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v6, v23, v6, vcc
	v_cmp_ne_u16_e32 vcc, s4, v11
	v_lshlrev_b16_sdwa v3, v24, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v8, v23, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v9
	v_lshlrev_b16_e32 v7, 8, v12
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	v_and_b32_e32 v5, 0xffff8000, v5
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v22, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v4, v22, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v22, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v11
	s_nop 1
	v_cndmask_b32_e32 v8, v22, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v21, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v4, v21, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v21, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v11
	s_nop 1
	v_cndmask_b32_e32 v8, v21, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v20, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v4, v20, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v20, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v11
	s_nop 1
	v_cndmask_b32_e32 v8, v20, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v19, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v4, v19, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v19, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v11
	s_nop 1
	v_cndmask_b32_e32 v8, v19, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v18, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v4, v18, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v18, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v11
	s_nop 1
	v_cndmask_b32_e32 v8, v18, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v17, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v4, v17, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v17, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v11
	s_nop 1
	v_cndmask_b32_e32 v8, v17, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v9
	v_and_b32_sdwa v9, v14, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v2, v16, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	v_or_b32_e32 v203, v2, v1
	v_lshlrev_b16_sdwa v2, v26, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v4, v16, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_or_b32_e32 v149, v4, v3
	v_and_b32_e32 v2, 0x3f80, v2
	v_cndmask_b32_e32 v0, v16, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v11
	v_or_b32_e32 v202, v0, v5
	v_lshrrev_b32_e32 v0, 8, v14
	v_cndmask_b32_e32 v6, v16, v8, vcc
	v_lshlrev_b16_sdwa v4, v26, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v148, v6, v7
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_e32 v6, 7, v0
	v_and_b32_sdwa v10, v14, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s4, v9
	v_lshlrev_b16_e32 v5, 8, v0
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v8, 7, v14
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e32 v2, v23, v2, vcc
	v_cmp_ne_u16_e32 vcc, s4, v10
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v11, 0x7f, v14
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e32 v4, v23, v4, vcc
	v_cmp_ne_u16_e32 vcc, s4, v0
	v_add_u16_e32 v8, 0x2000, v8
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v6, v23, v6, vcc
	v_cmp_ne_u16_e32 vcc, s4, v11
	v_lshlrev_b16_sdwa v1, v24, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v3, v24, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v8, v23, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v9
	v_lshlrev_b16_e32 v7, 8, v14
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	v_and_b32_e32 v3, 0xffff8000, v3
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v22, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v4, v22, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v22, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v11
	s_nop 1
	v_cndmask_b32_e32 v8, v22, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v21, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v4, v21, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v21, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v11
	s_nop 1
	v_cndmask_b32_e32 v8, v21, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v20, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v4, v20, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v20, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v11
	s_nop 1
	v_cndmask_b32_e32 v8, v20, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v19, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v4, v19, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v19, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v11
	s_nop 1
	v_cndmask_b32_e32 v8, v19, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v18, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v4, v18, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v18, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v11
	s_nop 1
	v_cndmask_b32_e32 v8, v18, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v17, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v4, v17, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v17, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v11
	s_nop 1
	v_cndmask_b32_e32 v8, v17, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v9
	s_nop 1
	v_cndmask_b32_e32 v2, v16, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	v_or_b32_e32 v205, v2, v1
	s_nop 0
	v_cndmask_b32_e32 v4, v16, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_or_b32_e32 v151, v4, v3
	s_nop 0
	v_cndmask_b32_e32 v0, v16, v6, vcc
	v_or_b32_e32 v204, v0, v5
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_or_b32_e32 v0, v116, v117
	v_xor_b32_e32 v14, v0, v25
	v_xad_u32 v30, v14, 56, 0
	v_add_u32_e32 v0, 0x5000, v30
	ds_read2_b32 v[0:1], v0 offset1:16
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cmp_ne_u16_e32 vcc, 7, v11
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_xad_u32 v31, v14, 48, 0
	v_xad_u32 v29, v14, 40, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v6, v16, v8, vcc
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v4, v26, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_or_b32_e32 v150, v6, v7
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshrrev_b32_e32 v2, 8, v1
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_sdwa v6, v26, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v11, v1, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v8, 7, v2
	v_and_b32_sdwa v12, v1, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e32 vcc, s4, v11
	v_lshlrev_b16_e32 v7, 8, v2
	v_and_b32_e32 v8, 0x3f80, v8
	v_lshlrev_b16_e32 v10, 7, v1
	v_and_b32_e32 v2, 0x7f, v2
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e32 v4, v23, v4, vcc
	v_cmp_ne_u16_e32 vcc, s4, v12
	v_lshlrev_b16_sdwa v3, v24, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v24, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v9, 8, v1
	v_and_b32_e32 v10, 0x3f80, v10
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v8, 0x2000, v8
	v_cndmask_b32_e32 v6, v23, v6, vcc
	v_cmp_ne_u16_e32 vcc, s4, v2
	v_add_u16_e32 v10, 0x2000, v10
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v8, v23, v8, vcc
	v_cmp_ne_u16_e32 vcc, s4, v1
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v10, v23, v10, vcc
	v_cmp_ne_u16_e32 vcc, 0, v11
	v_xad_u32 v28, v14, 32, 0
	v_and_b32_sdwa v108, v0, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v12
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	s_nop 1
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v10, 0, v10, vcc
	v_cmp_ne_u16_e32 vcc, 1, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v22, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v12
	s_nop 1
	v_cndmask_b32_e32 v6, v22, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v22, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v22, v10, vcc
	v_cmp_ne_u16_e32 vcc, 2, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v21, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v12
	s_nop 1
	v_cndmask_b32_e32 v6, v21, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v21, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v21, v10, vcc
	v_cmp_ne_u16_e32 vcc, 3, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v20, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v12
	s_nop 1
	v_cndmask_b32_e32 v6, v20, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v20, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v20, v10, vcc
	v_cmp_ne_u16_e32 vcc, 4, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v19, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v12
	s_nop 1
	v_cndmask_b32_e32 v6, v19, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v19, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v19, v10, vcc
	v_cmp_ne_u16_e32 vcc, 5, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v18, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v12
	s_nop 1
	v_cndmask_b32_e32 v6, v18, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v18, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v18, v10, vcc
	v_cmp_ne_u16_e32 vcc, 6, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v17, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v12
	s_nop 1
	v_cndmask_b32_e32 v6, v17, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v17, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v17, v10, vcc
	v_cmp_ne_u16_e32 vcc, 7, v11
	s_nop 1
	v_cndmask_b32_e32 v4, v16, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v12
	v_or_b32_e32 v207, v4, v3
	s_nop 0
	v_cndmask_b32_e32 v6, v16, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	v_or_b32_e32 v89, v6, v5
	s_nop 0
	v_cndmask_b32_e32 v2, v16, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_and_b32_e32 v8, 0xffff8000, v9
	v_or_b32_e32 v206, v2, v7
	v_cndmask_b32_e32 v1, v16, v10, vcc
	v_or_b32_e32 v88, v1, v8
	v_add_u32_e32 v1, 0x5000, v31
	ds_read2_b32 v[2:3], v1 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v5, v26, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v1, 8, v3
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_sdwa v7, v26, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v12, v3, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v9, 7, v1
	v_and_b32_sdwa v13, v3, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s4, v12
	v_lshlrev_b16_e32 v8, 8, v1
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v11, 7, v3
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e32 v5, v23, v5, vcc
	v_cmp_ne_u16_e32 vcc, s4, v13
	v_lshlrev_b16_sdwa v4, v24, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v6, v24, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v10, 8, v3
	v_and_b32_e32 v11, 0x3f80, v11
	v_and_b32_e32 v3, 0x7f, v3
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e32 v7, v23, v7, vcc
	v_cmp_ne_u16_e32 vcc, s4, v1
	v_add_u16_e32 v11, 0x2000, v11
	v_and_b32_e32 v8, 0xffff8000, v8
	v_cndmask_b32_e32 v9, v23, v9, vcc
	v_cmp_ne_u16_e32 vcc, s4, v3
	v_and_b32_e32 v4, 0xffff8000, v4
	v_and_b32_e32 v6, 0xffff8000, v6
	v_cndmask_b32_e32 v11, v23, v11, vcc
	v_cmp_ne_u16_e32 vcc, 0, v12
	v_and_b32_sdwa v109, v2, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v9, 0, v9, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v11, 0, v11, vcc
	v_cmp_ne_u16_e32 vcc, 1, v12
	s_nop 1
	v_cndmask_b32_e32 v5, v22, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v13
	s_nop 1
	v_cndmask_b32_e32 v7, v22, v7, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v9, v22, v9, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v11, v22, v11, vcc
	v_cmp_ne_u16_e32 vcc, 2, v12
	s_nop 1
	v_cndmask_b32_e32 v5, v21, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v13
	s_nop 1
	v_cndmask_b32_e32 v7, v21, v7, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v9, v21, v9, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v11, v21, v11, vcc
	v_cmp_ne_u16_e32 vcc, 3, v12
	s_nop 1
	v_cndmask_b32_e32 v5, v20, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v13
	s_nop 1
	v_cndmask_b32_e32 v7, v20, v7, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v9, v20, v9, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v11, v20, v11, vcc
	v_cmp_ne_u16_e32 vcc, 4, v12
	s_nop 1
	v_cndmask_b32_e32 v5, v19, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v13
	s_nop 1
	v_cndmask_b32_e32 v7, v19, v7, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v9, v19, v9, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v11, v19, v11, vcc
	v_cmp_ne_u16_e32 vcc, 5, v12
	s_nop 1
	v_cndmask_b32_e32 v5, v18, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v13
	s_nop 1
	v_cndmask_b32_e32 v7, v18, v7, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v9, v18, v9, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v11, v18, v11, vcc
	v_cmp_ne_u16_e32 vcc, 6, v12
	s_nop 1
	v_cndmask_b32_e32 v5, v17, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v13
	s_nop 1
	v_cndmask_b32_e32 v7, v17, v7, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v9, v17, v9, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v11, v17, v11, vcc
	v_cmp_ne_u16_e32 vcc, 7, v12
	s_nop 1
	v_cndmask_b32_e32 v5, v16, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v13
	v_or_b32_e32 v209, v5, v4
	s_nop 0
	v_cndmask_b32_e32 v7, v16, v7, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_or_b32_e32 v91, v7, v6
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v9, vcc
	v_or_b32_e32 v208, v1, v8
	v_add_u32_e32 v1, 0x5000, v29
	ds_read2_b32 v[4:5], v1 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v3
	v_and_b32_e32 v9, 0xffff8000, v10
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v6, v26, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v1, 8, v5
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_sdwa v8, v26, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v13, v5, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v3, v16, v11, vcc
	v_and_b32_e32 v8, 0x3f80, v8
	v_lshlrev_b16_e32 v10, 7, v1
	v_and_b32_sdwa v15, v5, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e32 vcc, s4, v13
	v_or_b32_e32 v90, v3, v9
	v_lshlrev_b16_e32 v9, 8, v1
	v_and_b32_e32 v10, 0x3f80, v10
	v_lshlrev_b16_e32 v12, 7, v5
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v8, 0x2000, v8
	v_cndmask_b32_e32 v6, v23, v6, vcc
	v_cmp_ne_u16_e32 vcc, s4, v15
	v_lshlrev_b16_sdwa v3, v24, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v24, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v11, 8, v5
	v_and_b32_e32 v12, 0x3f80, v12
	v_and_b32_e32 v5, 0x7f, v5
	v_add_u16_e32 v10, 0x2000, v10
	v_cndmask_b32_e32 v8, v23, v8, vcc
	v_cmp_ne_u16_e32 vcc, s4, v1
	v_add_u16_e32 v12, 0x2000, v12
	v_and_b32_e32 v9, 0xffff8000, v9
	v_cndmask_b32_e32 v10, v23, v10, vcc
	v_cmp_ne_u16_e32 vcc, s4, v5
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v12, v23, v12, vcc
	v_cmp_ne_u16_e32 vcc, 0, v13
	v_and_b32_sdwa v110, v4, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v15
	s_nop 1
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v10, 0, v10, vcc
	v_cmp_ne_u16_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v12, 0, v12, vcc
	v_cmp_ne_u16_e32 vcc, 1, v13
	s_nop 1
	v_cndmask_b32_e32 v6, v22, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v15
	s_nop 1
	v_cndmask_b32_e32 v8, v22, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v22, v10, vcc
	v_cmp_ne_u16_e32 vcc, 1, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v22, v12, vcc
	v_cmp_ne_u16_e32 vcc, 2, v13
	s_nop 1
	v_cndmask_b32_e32 v6, v21, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v15
	s_nop 1
	v_cndmask_b32_e32 v8, v21, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v21, v10, vcc
	v_cmp_ne_u16_e32 vcc, 2, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v21, v12, vcc
	v_cmp_ne_u16_e32 vcc, 3, v13
	s_nop 1
	v_cndmask_b32_e32 v6, v20, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v15
	s_nop 1
	v_cndmask_b32_e32 v8, v20, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v20, v10, vcc
	v_cmp_ne_u16_e32 vcc, 3, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v20, v12, vcc
	v_cmp_ne_u16_e32 vcc, 4, v13
	s_nop 1
	v_cndmask_b32_e32 v6, v19, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v15
	s_nop 1
	v_cndmask_b32_e32 v8, v19, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v19, v10, vcc
	v_cmp_ne_u16_e32 vcc, 4, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v19, v12, vcc
	v_cmp_ne_u16_e32 vcc, 5, v13
	s_nop 1
	v_cndmask_b32_e32 v6, v18, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v15
	s_nop 1
	v_cndmask_b32_e32 v8, v18, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v18, v10, vcc
	v_cmp_ne_u16_e32 vcc, 5, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v18, v12, vcc
	v_cmp_ne_u16_e32 vcc, 6, v13
	s_nop 1
	v_cndmask_b32_e32 v6, v17, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v15
	s_nop 1
	v_cndmask_b32_e32 v8, v17, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v10, v17, v10, vcc
	v_cmp_ne_u16_e32 vcc, 6, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v17, v12, vcc
	v_cmp_ne_u16_e32 vcc, 7, v13
	s_nop 1
	v_cndmask_b32_e32 v6, v16, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v15
	v_or_b32_e32 v211, v6, v3
	s_nop 0
	v_cndmask_b32_e32 v8, v16, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_or_b32_e32 v93, v8, v7
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v10, vcc
	v_or_b32_e32 v210, v1, v9
	v_add_u32_e32 v1, 0x5000, v28
	ds_read2_b32 v[8:9], v1 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v5
	v_and_b32_e32 v10, 0xffff8000, v11
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v1, 8, v9
	v_cndmask_b32_e32 v5, v16, v12, vcc
	v_or_b32_e32 v92, v5, v10
	v_lshlrev_b16_sdwa v5, v26, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_sdwa v7, v26, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v15, v9, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v11, 7, v1
	v_and_b32_sdwa v25, v9, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s4, v15
	v_lshlrev_b16_e32 v10, 8, v1
	v_and_b32_e32 v11, 0x3f80, v11
	v_lshlrev_b16_e32 v13, 7, v9
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e32 v5, v23, v5, vcc
	v_cmp_ne_u16_e32 vcc, s4, v25
	v_lshlrev_b16_sdwa v3, v24, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v6, v24, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v12, 8, v9
	v_and_b32_e32 v13, 0x3f80, v13
	v_and_b32_e32 v9, 0x7f, v9
	v_add_u16_e32 v11, 0x2000, v11
	v_cndmask_b32_e32 v7, v23, v7, vcc
	v_cmp_ne_u16_e32 vcc, s4, v1
	v_add_u16_e32 v13, 0x2000, v13
	v_and_b32_e32 v10, 0xffff8000, v10
	v_cndmask_b32_e32 v11, v23, v11, vcc
	v_cmp_ne_u16_e32 vcc, s4, v9
	v_and_b32_e32 v6, 0xffff8000, v6
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v13, v23, v13, vcc
	v_cmp_ne_u16_e32 vcc, 0, v15
	v_and_b32_sdwa v111, v8, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v25
	s_nop 1
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v11, 0, v11, vcc
	v_cmp_ne_u16_e32 vcc, 0, v9
	s_nop 1
	v_cndmask_b32_e32 v13, 0, v13, vcc
	v_cmp_ne_u16_e32 vcc, 1, v15
	s_nop 1
	v_cndmask_b32_e32 v5, v22, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v25
	s_nop 1
	v_cndmask_b32_e32 v7, v22, v7, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v11, v22, v11, vcc
	v_cmp_ne_u16_e32 vcc, 1, v9
	s_nop 1
	v_cndmask_b32_e32 v13, v22, v13, vcc
	v_cmp_ne_u16_e32 vcc, 2, v15
	s_nop 1
	v_cndmask_b32_e32 v5, v21, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v25
	s_nop 1
	v_cndmask_b32_e32 v7, v21, v7, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v11, v21, v11, vcc
	v_cmp_ne_u16_e32 vcc, 2, v9
	s_nop 1
	v_cndmask_b32_e32 v13, v21, v13, vcc
	v_cmp_ne_u16_e32 vcc, 3, v15
	s_nop 1
	v_cndmask_b32_e32 v5, v20, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v25
	s_nop 1
	v_cndmask_b32_e32 v7, v20, v7, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v11, v20, v11, vcc
	v_cmp_ne_u16_e32 vcc, 3, v9
	s_nop 1
	v_cndmask_b32_e32 v13, v20, v13, vcc
	v_cmp_ne_u16_e32 vcc, 4, v15
	s_nop 1
	v_cndmask_b32_e32 v5, v19, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v25
	s_nop 1
	v_cndmask_b32_e32 v7, v19, v7, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v11, v19, v11, vcc
	v_cmp_ne_u16_e32 vcc, 4, v9
	s_nop 1
	v_cndmask_b32_e32 v13, v19, v13, vcc
	v_cmp_ne_u16_e32 vcc, 5, v15
	s_nop 1
	v_cndmask_b32_e32 v5, v18, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v25
	s_nop 1
	v_cndmask_b32_e32 v7, v18, v7, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v11, v18, v11, vcc
	v_cmp_ne_u16_e32 vcc, 5, v9
	s_nop 1
	v_cndmask_b32_e32 v13, v18, v13, vcc
	v_cmp_ne_u16_e32 vcc, 6, v15
	s_nop 1
	v_cndmask_b32_e32 v5, v17, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v25
	s_nop 1
	v_cndmask_b32_e32 v7, v17, v7, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v11, v17, v11, vcc
	v_cmp_ne_u16_e32 vcc, 6, v9
	s_nop 1
	v_cndmask_b32_e32 v13, v17, v13, vcc
	v_cmp_ne_u16_e32 vcc, 7, v15
	s_nop 1
	v_cndmask_b32_e32 v5, v16, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v25
	v_or_b32_e32 v213, v5, v3
	s_nop 0
	v_cndmask_b32_e32 v7, v16, v7, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_or_b32_e32 v95, v7, v6
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v11, vcc
	v_cmp_ne_u16_e32 vcc, 7, v9
	v_and_b32_e32 v11, 0xffff8000, v12
	v_or_b32_e32 v212, v1, v10
	v_cndmask_b32_e32 v9, v16, v13, vcc
	v_or_b32_e32 v94, v9, v11
	v_xad_u32 v9, v14, 24, 0
	v_add_u32_e32 v1, 0x5000, v9
	ds_read2_b32 v[6:7], v1 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v5, v26, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v1, 8, v7
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_sdwa v11, v26, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v27, v7, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v11, 0x3f80, v11
	v_lshlrev_b16_e32 v13, 7, v1
	v_and_b32_sdwa v96, v7, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s4, v27
	v_lshlrev_b16_e32 v12, 8, v1
	v_and_b32_e32 v13, 0x3f80, v13
	v_lshlrev_b16_e32 v25, 7, v7
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v11, 0x2000, v11
	v_cndmask_b32_e32 v5, v23, v5, vcc
	v_cmp_ne_u16_e32 vcc, s4, v96
	v_lshlrev_b16_sdwa v3, v24, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v10, v24, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v15, 8, v7
	v_and_b32_e32 v25, 0x3f80, v25
	v_and_b32_e32 v7, 0x7f, v7
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e32 v11, v23, v11, vcc
	v_cmp_ne_u16_e32 vcc, s4, v1
	v_add_u16_e32 v25, 0x2000, v25
	v_and_b32_e32 v12, 0xffff8000, v12
	v_cndmask_b32_e32 v13, v23, v13, vcc
	v_cmp_ne_u16_e32 vcc, s4, v7
	v_and_b32_e32 v10, 0xffff8000, v10
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v25, v23, v25, vcc
	v_cmp_ne_u16_e32 vcc, 0, v27
	v_and_b32_sdwa v112, v6, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v96
	s_nop 1
	v_cndmask_b32_e32 v11, 0, v11, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v13, 0, v13, vcc
	v_cmp_ne_u16_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v25, 0, v25, vcc
	v_cmp_ne_u16_e32 vcc, 1, v27
	s_nop 1
	v_cndmask_b32_e32 v5, v22, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v96
	s_nop 1
	v_cndmask_b32_e32 v11, v22, v11, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v22, v13, vcc
	v_cmp_ne_u16_e32 vcc, 1, v7
	s_nop 1
	v_cndmask_b32_e32 v25, v22, v25, vcc
	v_cmp_ne_u16_e32 vcc, 2, v27
	s_nop 1
	v_cndmask_b32_e32 v5, v21, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v96
	s_nop 1
	v_cndmask_b32_e32 v11, v21, v11, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v21, v13, vcc
	v_cmp_ne_u16_e32 vcc, 2, v7
	s_nop 1
	v_cndmask_b32_e32 v25, v21, v25, vcc
	v_cmp_ne_u16_e32 vcc, 3, v27
	s_nop 1
	v_cndmask_b32_e32 v5, v20, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v96
	s_nop 1
	v_cndmask_b32_e32 v11, v20, v11, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v20, v13, vcc
	v_cmp_ne_u16_e32 vcc, 3, v7
	s_nop 1
	v_cndmask_b32_e32 v25, v20, v25, vcc
	v_cmp_ne_u16_e32 vcc, 4, v27
	s_nop 1
	v_cndmask_b32_e32 v5, v19, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v96
	s_nop 1
	v_cndmask_b32_e32 v11, v19, v11, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v19, v13, vcc
	v_cmp_ne_u16_e32 vcc, 4, v7
	s_nop 1
	v_cndmask_b32_e32 v25, v19, v25, vcc
	v_cmp_ne_u16_e32 vcc, 5, v27
	s_nop 1
	v_cndmask_b32_e32 v5, v18, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v96
	s_nop 1
	v_cndmask_b32_e32 v11, v18, v11, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v18, v13, vcc
	v_cmp_ne_u16_e32 vcc, 5, v7
	s_nop 1
	v_cndmask_b32_e32 v25, v18, v25, vcc
	v_cmp_ne_u16_e32 vcc, 6, v27
	s_nop 1
	v_cndmask_b32_e32 v5, v17, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v96
	s_nop 1
	v_cndmask_b32_e32 v11, v17, v11, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v13, v17, v13, vcc
	v_cmp_ne_u16_e32 vcc, 6, v7
	s_nop 1
	v_cndmask_b32_e32 v25, v17, v25, vcc
	v_cmp_ne_u16_e32 vcc, 7, v27
	v_xad_u32 v27, v14, 16, 0
	s_nop 0
	v_cndmask_b32_e32 v5, v16, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v96
	v_or_b32_e32 v215, v5, v3
	s_nop 0
	v_cndmask_b32_e32 v11, v16, v11, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_or_b32_e32 v97, v11, v10
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v13, vcc
	v_or_b32_e32 v214, v1, v12
	v_add_u32_e32 v1, 0x5000, v27
	ds_read2_b32 v[10:11], v1 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v7
	v_and_b32_e32 v13, 0xffff8000, v15
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v5, v26, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v1, 8, v11
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_sdwa v12, v26, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v99, v11, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v7, v16, v25, vcc
	v_and_b32_e32 v12, 0x3f80, v12
	v_lshlrev_b16_e32 v15, 7, v1
	v_and_b32_sdwa v100, v11, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s4, v99
	v_or_b32_e32 v96, v7, v13
	v_lshlrev_b16_e32 v13, 8, v1
	v_and_b32_e32 v15, 0x3f80, v15
	v_lshlrev_b16_e32 v98, 7, v11
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v12, 0x2000, v12
	v_cndmask_b32_e32 v5, v23, v5, vcc
	v_cmp_ne_u16_e32 vcc, s4, v100
	v_lshlrev_b16_sdwa v3, v24, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v24, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v25, 8, v11
	v_and_b32_e32 v98, 0x3f80, v98
	v_and_b32_e32 v11, 0x7f, v11
	v_add_u16_e32 v15, 0x2000, v15
	v_cndmask_b32_e32 v12, v23, v12, vcc
	v_cmp_ne_u16_e32 vcc, s4, v1
	v_add_u16_e32 v98, 0x2000, v98
	v_and_b32_e32 v13, 0xffff8000, v13
	v_cndmask_b32_e32 v15, v23, v15, vcc
	v_cmp_ne_u16_e32 vcc, s4, v11
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v98, v23, v98, vcc
	v_cmp_ne_u16_e32 vcc, 0, v99
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v100
	s_nop 1
	v_cndmask_b32_e32 v12, 0, v12, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v15, 0, v15, vcc
	v_cmp_ne_u16_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v98, 0, v98, vcc
	v_cmp_ne_u16_e32 vcc, 1, v99
	s_nop 1
	v_cndmask_b32_e32 v5, v22, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v100
	s_nop 1
	v_cndmask_b32_e32 v12, v22, v12, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v15, v22, v15, vcc
	v_cmp_ne_u16_e32 vcc, 1, v11
	s_nop 1
	v_cndmask_b32_e32 v98, v22, v98, vcc
	v_cmp_ne_u16_e32 vcc, 2, v99
	s_nop 1
	v_cndmask_b32_e32 v5, v21, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v100
	s_nop 1
	v_cndmask_b32_e32 v12, v21, v12, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v15, v21, v15, vcc
	v_cmp_ne_u16_e32 vcc, 2, v11
	s_nop 1
	v_cndmask_b32_e32 v98, v21, v98, vcc
	v_cmp_ne_u16_e32 vcc, 3, v99
	s_nop 1
	v_cndmask_b32_e32 v5, v20, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v100
	s_nop 1
	v_cndmask_b32_e32 v12, v20, v12, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v15, v20, v15, vcc
	v_cmp_ne_u16_e32 vcc, 3, v11
	s_nop 1
	v_cndmask_b32_e32 v98, v20, v98, vcc
	v_cmp_ne_u16_e32 vcc, 4, v99
	s_nop 1
	v_cndmask_b32_e32 v5, v19, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v100
	s_nop 1
	v_cndmask_b32_e32 v12, v19, v12, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v15, v19, v15, vcc
	v_cmp_ne_u16_e32 vcc, 4, v11
	s_nop 1
	v_cndmask_b32_e32 v98, v19, v98, vcc
	v_cmp_ne_u16_e32 vcc, 5, v99
	s_nop 1
	v_cndmask_b32_e32 v5, v18, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v100
	s_nop 1
	v_cndmask_b32_e32 v12, v18, v12, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v15, v18, v15, vcc
	v_cmp_ne_u16_e32 vcc, 5, v11
	s_nop 1
	v_cndmask_b32_e32 v98, v18, v98, vcc
	v_cmp_ne_u16_e32 vcc, 6, v99
	s_nop 1
	v_cndmask_b32_e32 v5, v17, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v100
	s_nop 1
	v_cndmask_b32_e32 v12, v17, v12, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v15, v17, v15, vcc
	v_cmp_ne_u16_e32 vcc, 6, v11
	s_nop 1
	v_cndmask_b32_e32 v98, v17, v98, vcc
	v_cmp_ne_u16_e32 vcc, 7, v99
	s_nop 1
	v_cndmask_b32_e32 v5, v16, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v100
	v_or_b32_e32 v217, v5, v3
	s_nop 0
	v_cndmask_b32_e32 v12, v16, v12, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_or_b32_e32 v99, v12, v7
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v15, vcc
	v_cmp_ne_u16_e32 vcc, 7, v11
	v_and_b32_e32 v15, 0xffff8000, v25
	v_or_b32_e32 v216, v1, v13
	v_cndmask_b32_e32 v11, v16, v98, vcc
	v_or_b32_e32 v98, v11, v15
	v_xad_u32 v11, v14, 8, 0
	v_add_u32_e32 v1, 0x5000, v11
	ds_read2_b32 v[12:13], v1 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v5, v26, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v1, 8, v13
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_sdwa v15, v26, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v103, v13, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v15, 0x3f80, v15
	v_lshlrev_b16_e32 v100, 7, v1
	v_and_b32_sdwa v104, v13, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s4, v103
	v_lshlrev_b16_e32 v25, 8, v1
	v_and_b32_e32 v100, 0x3f80, v100
	v_lshlrev_b16_e32 v102, 7, v13
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v15, 0x2000, v15
	v_cndmask_b32_e32 v5, v23, v5, vcc
	v_cmp_ne_u16_e32 vcc, s4, v104
	v_lshlrev_b16_sdwa v3, v24, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v24, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v101, 8, v13
	v_and_b32_e32 v102, 0x3f80, v102
	v_and_b32_e32 v13, 0x7f, v13
	v_add_u16_e32 v100, 0x2000, v100
	v_cndmask_b32_e32 v15, v23, v15, vcc
	v_cmp_ne_u16_e32 vcc, s4, v1
	v_add_u16_e32 v102, 0x2000, v102
	v_and_b32_e32 v25, 0xffff8000, v25
	v_cndmask_b32_e32 v100, v23, v100, vcc
	v_cmp_ne_u16_e32 vcc, s4, v13
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v102, v23, v102, vcc
	v_cmp_ne_u16_e32 vcc, 0, v103
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v104
	s_nop 1
	v_cndmask_b32_e32 v15, 0, v15, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v100, 0, v100, vcc
	v_cmp_ne_u16_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v102, 0, v102, vcc
	v_cmp_ne_u16_e32 vcc, 1, v103
	s_nop 1
	v_cndmask_b32_e32 v5, v22, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v104
	s_nop 1
	v_cndmask_b32_e32 v15, v22, v15, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v100, v22, v100, vcc
	v_cmp_ne_u16_e32 vcc, 1, v13
	s_nop 1
	v_cndmask_b32_e32 v102, v22, v102, vcc
	v_cmp_ne_u16_e32 vcc, 2, v103
	s_nop 1
	v_cndmask_b32_e32 v5, v21, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v104
	s_nop 1
	v_cndmask_b32_e32 v15, v21, v15, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v100, v21, v100, vcc
	v_cmp_ne_u16_e32 vcc, 2, v13
	s_nop 1
	v_cndmask_b32_e32 v102, v21, v102, vcc
	v_cmp_ne_u16_e32 vcc, 3, v103
	s_nop 1
	v_cndmask_b32_e32 v5, v20, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v104
	s_nop 1
	v_cndmask_b32_e32 v15, v20, v15, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v100, v20, v100, vcc
	v_cmp_ne_u16_e32 vcc, 3, v13
	s_nop 1
	v_cndmask_b32_e32 v102, v20, v102, vcc
	v_cmp_ne_u16_e32 vcc, 4, v103
	s_nop 1
	v_cndmask_b32_e32 v5, v19, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v104
	s_nop 1
	v_cndmask_b32_e32 v15, v19, v15, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v100, v19, v100, vcc
	v_cmp_ne_u16_e32 vcc, 4, v13
	s_nop 1
	v_cndmask_b32_e32 v102, v19, v102, vcc
	v_cmp_ne_u16_e32 vcc, 5, v103
	s_nop 1
	v_cndmask_b32_e32 v5, v18, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v104
	s_nop 1
	v_cndmask_b32_e32 v15, v18, v15, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v100, v18, v100, vcc
	v_cmp_ne_u16_e32 vcc, 5, v13
	s_nop 1
	v_cndmask_b32_e32 v102, v18, v102, vcc
	v_cmp_ne_u16_e32 vcc, 6, v103
	s_nop 1
	v_cndmask_b32_e32 v5, v17, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v104
	s_nop 1
	v_cndmask_b32_e32 v15, v17, v15, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v100, v17, v100, vcc
	v_cmp_ne_u16_e32 vcc, 6, v13
	s_nop 1
	v_cndmask_b32_e32 v102, v17, v102, vcc
	v_cmp_ne_u16_e32 vcc, 7, v103
	s_nop 1
	v_cndmask_b32_e32 v5, v16, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v104
	v_or_b32_e32 v219, v5, v3
	s_nop 0
	v_cndmask_b32_e32 v15, v16, v15, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v100, vcc
	v_or_b32_e32 v218, v1, v25
	v_add_u32_e32 v25, 0, v14
	v_add_u32_e32 v1, 0x5000, v25
	v_and_b32_e32 v100, 0xffff8000, v101
	v_or_b32_e32 v101, v15, v7
	ds_read2_b32 v[14:15], v1 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v13
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v5, v26, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v13, v16, v102, vcc
	v_or_b32_e32 v100, v13, v100
	v_lshrrev_b32_e32 v1, 8, v15
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_sdwa v13, v26, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v106, v15, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v13, 0x3f80, v13
	v_lshlrev_b16_e32 v103, 7, v1
	v_and_b32_sdwa v107, v15, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s4, v106
	v_lshlrev_b16_e32 v102, 8, v1
	v_and_b32_e32 v103, 0x3f80, v103
	v_lshlrev_b16_e32 v105, 7, v15
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e32 v5, v23, v5, vcc
	v_cmp_ne_u16_e32 vcc, s4, v107
	v_lshlrev_b16_sdwa v3, v24, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v24, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v104, 8, v15
	v_and_b32_e32 v105, 0x3f80, v105
	v_and_b32_e32 v15, 0x7f, v15
	v_add_u16_e32 v103, 0x2000, v103
	v_cndmask_b32_e32 v13, v23, v13, vcc
	v_cmp_ne_u16_e32 vcc, s4, v1
	v_add_u16_e32 v105, 0x2000, v105
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v103, v23, v103, vcc
	v_cmp_ne_u16_e32 vcc, s4, v15
	v_and_b32_e32 v7, 0xffff8000, v7
	s_nop 0
	v_cndmask_b32_e32 v105, v23, v105, vcc
	v_cmp_ne_u16_e32 vcc, 0, v106
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v107
	s_nop 1
	v_cndmask_b32_e32 v13, 0, v13, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v103, 0, v103, vcc
	v_cmp_ne_u16_e32 vcc, 0, v15
	s_nop 1
	v_cndmask_b32_e32 v105, 0, v105, vcc
	v_cmp_ne_u16_e32 vcc, 1, v106
	s_nop 1
	v_cndmask_b32_e32 v5, v22, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v107
	s_nop 1
	v_cndmask_b32_e32 v13, v22, v13, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v103, v22, v103, vcc
	v_cmp_ne_u16_e32 vcc, 1, v15
	s_nop 1
	v_cndmask_b32_e32 v105, v22, v105, vcc
	v_cmp_ne_u16_e32 vcc, 2, v106
	s_nop 1
	v_cndmask_b32_e32 v5, v21, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v107
	s_nop 1
	v_cndmask_b32_e32 v13, v21, v13, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v103, v21, v103, vcc
	v_cmp_ne_u16_e32 vcc, 2, v15
	s_nop 1
	v_cndmask_b32_e32 v105, v21, v105, vcc
	v_cmp_ne_u16_e32 vcc, 3, v106
	s_nop 1
	v_cndmask_b32_e32 v5, v20, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v107
	s_nop 1
	v_cndmask_b32_e32 v13, v20, v13, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v103, v20, v103, vcc
	v_cmp_ne_u16_e32 vcc, 3, v15
	s_nop 1
	v_cndmask_b32_e32 v105, v20, v105, vcc
	v_cmp_ne_u16_e32 vcc, 4, v106
	s_nop 1
	v_cndmask_b32_e32 v5, v19, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v107
	s_nop 1
	v_cndmask_b32_e32 v13, v19, v13, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v103, v19, v103, vcc
	v_cmp_ne_u16_e32 vcc, 4, v15
	s_nop 1
	v_cndmask_b32_e32 v105, v19, v105, vcc
	v_cmp_ne_u16_e32 vcc, 5, v106
	s_nop 1
	v_cndmask_b32_e32 v5, v18, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v107
	s_nop 1
	v_cndmask_b32_e32 v13, v18, v13, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v103, v18, v103, vcc
	v_cmp_ne_u16_e32 vcc, 5, v15
	s_nop 1
	v_cndmask_b32_e32 v105, v18, v105, vcc
	v_cmp_ne_u16_e32 vcc, 6, v106
	s_nop 1
	v_cndmask_b32_e32 v5, v17, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v107
	s_nop 1
	v_cndmask_b32_e32 v13, v17, v13, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v103, v17, v103, vcc
	v_cmp_ne_u16_e32 vcc, 6, v15
	s_nop 1
	v_cndmask_b32_e32 v105, v17, v105, vcc
	v_cmp_ne_u16_e32 vcc, 7, v106
	v_lshlrev_b16_e32 v106, 7, v0
	v_and_b32_e32 v106, 0x3f80, v106
	v_cndmask_b32_e32 v5, v16, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v107
	v_or_b32_e32 v221, v5, v3
	v_lshlrev_b16_sdwa v5, v26, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v13, v16, v13, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_and_b32_e32 v5, 0x3f80, v5
	v_and_b32_sdwa v107, v0, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v1, v16, v103, vcc
	v_and_b32_e32 v103, 0xffff8000, v102
	v_cmp_ne_u16_e32 vcc, 7, v15
	v_or_b32_e32 v220, v1, v103
	v_or_b32_e32 v103, v13, v7
	v_lshrrev_b32_e32 v1, 8, v0
	v_lshlrev_b16_sdwa v13, v26, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v15, v16, v105, vcc
	v_and_b32_e32 v102, 0xffff8000, v104
	v_and_b32_e32 v13, 0x3f80, v13
	v_lshlrev_b16_e32 v104, 7, v1
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s4, v107
	v_or_b32_e32 v102, v15, v102
	v_lshlrev_b16_e32 v15, 8, v1
	v_and_b32_e32 v104, 0x3f80, v104
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e32 v5, v23, v5, vcc
	v_cmp_ne_u16_e32 vcc, s4, v108
	v_lshlrev_b16_sdwa v3, v24, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v24, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v105, 8, v0
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v104, 0x2000, v104
	v_cndmask_b32_e32 v13, v23, v13, vcc
	v_cmp_ne_u16_e32 vcc, s4, v1
	v_add_u16_e32 v106, 0x2000, v106
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v104, v23, v104, vcc
	v_cmp_ne_u16_e32 vcc, s4, v0
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v15, 0xffff8000, v15
	v_cndmask_b32_e32 v106, v23, v106, vcc
	v_cmp_ne_u16_e32 vcc, 0, v107
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v108
	s_nop 1
	v_cndmask_b32_e32 v13, 0, v13, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v104, 0, v104, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v106, 0, v106, vcc
	v_cmp_ne_u16_e32 vcc, 1, v107
	s_nop 1
	v_cndmask_b32_e32 v5, v22, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v108
	s_nop 1
	v_cndmask_b32_e32 v13, v22, v13, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v104, v22, v104, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v106, v22, v106, vcc
	v_cmp_ne_u16_e32 vcc, 2, v107
	s_nop 1
	v_cndmask_b32_e32 v5, v21, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v108
	s_nop 1
	v_cndmask_b32_e32 v13, v21, v13, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v104, v21, v104, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v106, v21, v106, vcc
	v_cmp_ne_u16_e32 vcc, 3, v107
	s_nop 1
	v_cndmask_b32_e32 v5, v20, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v108
	s_nop 1
	v_cndmask_b32_e32 v13, v20, v13, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v104, v20, v104, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v106, v20, v106, vcc
	v_cmp_ne_u16_e32 vcc, 4, v107
	s_nop 1
	v_cndmask_b32_e32 v5, v19, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v108
	s_nop 1
	v_cndmask_b32_e32 v13, v19, v13, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v104, v19, v104, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v106, v19, v106, vcc
	v_cmp_ne_u16_e32 vcc, 5, v107
	s_nop 1
	v_cndmask_b32_e32 v5, v18, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v108
	s_nop 1
	v_cndmask_b32_e32 v13, v18, v13, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v104, v18, v104, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v106, v18, v106, vcc
	v_cmp_ne_u16_e32 vcc, 6, v107
	s_nop 1
	v_cndmask_b32_e32 v5, v17, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v108
	s_nop 1
	v_cndmask_b32_e32 v13, v17, v13, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v104, v17, v104, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v106, v17, v106, vcc
	v_cmp_ne_u16_e32 vcc, 7, v107
	v_lshlrev_b16_e32 v107, 7, v2
	v_and_b32_e32 v107, 0x3f80, v107
	v_cndmask_b32_e32 v5, v16, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v108
	v_or_b32_e32 v223, v5, v3
	v_lshlrev_b16_sdwa v3, v26, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v13, v16, v13, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_and_b32_e32 v3, 0x3f80, v3
	v_and_b32_sdwa v108, v2, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v1, v16, v104, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_and_b32_e32 v104, 0xffff8000, v105
	v_or_b32_e32 v105, v13, v7
	v_cndmask_b32_e32 v0, v16, v106, vcc
	v_or_b32_e32 v104, v0, v104
	v_lshrrev_b32_e32 v0, 8, v2
	v_lshlrev_b16_sdwa v7, v26, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v222, v1, v15
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v15, 7, v0
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s4, v108
	v_lshlrev_b16_e32 v13, 8, v0
	v_and_b32_e32 v15, 0x3f80, v15
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e32 v3, v23, v3, vcc
	v_cmp_ne_u16_e32 vcc, s4, v109
	v_lshlrev_b16_sdwa v1, v24, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v24, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v106, 8, v2
	v_and_b32_e32 v2, 0x7f, v2
	v_add_u16_e32 v15, 0x2000, v15
	v_cndmask_b32_e32 v7, v23, v7, vcc
	v_cmp_ne_u16_e32 vcc, s4, v0
	v_add_u16_e32 v107, 0x2000, v107
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v15, v23, v15, vcc
	v_cmp_ne_u16_e32 vcc, s4, v2
	v_and_b32_e32 v13, 0xffff8000, v13
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v107, v23, v107, vcc
	v_cmp_ne_u16_e32 vcc, 0, v108
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v109
	s_nop 1
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v15, 0, v15, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	s_nop 1
	v_cndmask_b32_e32 v107, 0, v107, vcc
	v_cmp_ne_u16_e32 vcc, 1, v108
	s_nop 1
	v_cndmask_b32_e32 v3, v22, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v109
	s_nop 1
	v_cndmask_b32_e32 v7, v22, v7, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v15, v22, v15, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	s_nop 1
	v_cndmask_b32_e32 v107, v22, v107, vcc
	v_cmp_ne_u16_e32 vcc, 2, v108
	s_nop 1
	v_cndmask_b32_e32 v3, v21, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v109
	s_nop 1
	v_cndmask_b32_e32 v7, v21, v7, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v15, v21, v15, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	s_nop 1
	v_cndmask_b32_e32 v107, v21, v107, vcc
	v_cmp_ne_u16_e32 vcc, 3, v108
	s_nop 1
	v_cndmask_b32_e32 v3, v20, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v109
	s_nop 1
	v_cndmask_b32_e32 v7, v20, v7, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v15, v20, v15, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v107, v20, v107, vcc
	v_cmp_ne_u16_e32 vcc, 4, v108
	s_nop 1
	v_cndmask_b32_e32 v3, v19, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v109
	s_nop 1
	v_cndmask_b32_e32 v7, v19, v7, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v15, v19, v15, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v107, v19, v107, vcc
	v_cmp_ne_u16_e32 vcc, 5, v108
	s_nop 1
	v_cndmask_b32_e32 v3, v18, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v109
	s_nop 1
	v_cndmask_b32_e32 v7, v18, v7, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v15, v18, v15, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v107, v18, v107, vcc
	v_cmp_ne_u16_e32 vcc, 6, v108
	s_nop 1
	v_cndmask_b32_e32 v3, v17, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v109
	s_nop 1
	v_cndmask_b32_e32 v7, v17, v7, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v15, v17, v15, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v107, v17, v107, vcc
	v_cmp_ne_u16_e32 vcc, 7, v108
	v_lshlrev_b16_e32 v108, 7, v4
	v_and_b32_e32 v108, 0x3f80, v108
	v_cndmask_b32_e32 v3, v16, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v109
	v_and_b32_sdwa v109, v4, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v225, v3, v1
	v_cndmask_b32_e32 v7, v16, v7, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_lshlrev_b16_sdwa v1, v24, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v3, v24, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v0, v16, v15, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	v_and_b32_e32 v15, 0xffff8000, v106
	v_or_b32_e32 v224, v0, v13
	v_cndmask_b32_e32 v2, v16, v107, vcc
	v_or_b32_e32 v106, v2, v15
	v_lshlrev_b16_sdwa v2, v26, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v107, v7, v5
	v_lshrrev_b32_e32 v0, 8, v4
	v_and_b32_e32 v2, 0x3f80, v2
	v_lshlrev_b16_sdwa v5, v26, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_e32 v13, 7, v0
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s4, v109
	v_lshlrev_b16_e32 v7, 8, v0
	v_and_b32_e32 v13, 0x3f80, v13
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v5, 0x2000, v5
	v_cndmask_b32_e32 v2, v23, v2, vcc
	v_cmp_ne_u16_e32 vcc, s4, v110
	v_lshlrev_b16_e32 v15, 8, v4
	v_and_b32_e32 v4, 0x7f, v4
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e32 v5, v23, v5, vcc
	v_cmp_ne_u16_e32 vcc, s4, v0
	v_add_u16_e32 v108, 0x2000, v108
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v13, v23, v13, vcc
	v_cmp_ne_u16_e32 vcc, s4, v4
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v108, v23, v108, vcc
	v_cmp_ne_u16_e32 vcc, 0, v109
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v110
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v13, 0, v13, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v108, 0, v108, vcc
	v_cmp_ne_u16_e32 vcc, 1, v109
	s_nop 1
	v_cndmask_b32_e32 v2, v22, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v110
	s_nop 1
	v_cndmask_b32_e32 v5, v22, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v13, v22, v13, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v108, v22, v108, vcc
	v_cmp_ne_u16_e32 vcc, 2, v109
	s_nop 1
	v_cndmask_b32_e32 v2, v21, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v110
	s_nop 1
	v_cndmask_b32_e32 v5, v21, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v13, v21, v13, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v108, v21, v108, vcc
	v_cmp_ne_u16_e32 vcc, 3, v109
	s_nop 1
	v_cndmask_b32_e32 v2, v20, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v110
	s_nop 1
	v_cndmask_b32_e32 v5, v20, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v13, v20, v13, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v108, v20, v108, vcc
	v_cmp_ne_u16_e32 vcc, 4, v109
	s_nop 1
	v_cndmask_b32_e32 v2, v19, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v110
	s_nop 1
	v_cndmask_b32_e32 v5, v19, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v13, v19, v13, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v108, v19, v108, vcc
	v_cmp_ne_u16_e32 vcc, 5, v109
	s_nop 1
	v_cndmask_b32_e32 v2, v18, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v110
	s_nop 1
	v_cndmask_b32_e32 v5, v18, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v13, v18, v13, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v108, v18, v108, vcc
	v_cmp_ne_u16_e32 vcc, 6, v109
	s_nop 1
	v_cndmask_b32_e32 v2, v17, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v110
	s_nop 1
	v_cndmask_b32_e32 v5, v17, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v13, v17, v13, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v108, v17, v108, vcc
	v_cmp_ne_u16_e32 vcc, 7, v109
	s_nop 1
	v_cndmask_b32_e32 v2, v16, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v110
	v_or_b32_e32 v227, v2, v1
	v_lshlrev_b16_sdwa v2, v26, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v5, v16, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_and_b32_e32 v2, 0x3f80, v2
	v_and_b32_sdwa v110, v8, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v0, v16, v13, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_and_b32_e32 v13, 0xffff8000, v15
	v_or_b32_e32 v226, v0, v7
	v_cndmask_b32_e32 v4, v16, v108, vcc
	v_or_b32_e32 v108, v4, v13
	v_lshrrev_b32_e32 v0, 8, v8
	v_lshlrev_b16_sdwa v4, v26, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_e32 v7, 7, v0
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s4, v110
	v_or_b32_e32 v109, v5, v3
	v_lshlrev_b16_e32 v5, 8, v0
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v15, 7, v8
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e32 v2, v23, v2, vcc
	v_cmp_ne_u16_e32 vcc, s4, v111
	v_lshlrev_b16_sdwa v1, v24, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v3, v24, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v13, 8, v8
	v_and_b32_e32 v15, 0x3f80, v15
	v_and_b32_e32 v8, 0x7f, v8
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e32 v4, v23, v4, vcc
	v_cmp_ne_u16_e32 vcc, s4, v0
	v_add_u16_e32 v15, 0x2000, v15
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v7, v23, v7, vcc
	v_cmp_ne_u16_e32 vcc, s4, v8
	v_and_b32_e32 v3, 0xffff8000, v3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v15, v23, v15, vcc
	v_cmp_ne_u16_e32 vcc, 0, v110
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v111
	s_nop 1
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cmp_ne_u16_e32 vcc, 0, v8
	s_nop 1
	v_cndmask_b32_e32 v15, 0, v15, vcc
	v_cmp_ne_u16_e32 vcc, 1, v110
	s_nop 1
	v_cndmask_b32_e32 v2, v22, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v111
	s_nop 1
	v_cndmask_b32_e32 v4, v22, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v22, v7, vcc
	v_cmp_ne_u16_e32 vcc, 1, v8
	s_nop 1
	v_cndmask_b32_e32 v15, v22, v15, vcc
	v_cmp_ne_u16_e32 vcc, 2, v110
	s_nop 1
	v_cndmask_b32_e32 v2, v21, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v111
	s_nop 1
	v_cndmask_b32_e32 v4, v21, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v21, v7, vcc
	v_cmp_ne_u16_e32 vcc, 2, v8
	s_nop 1
	v_cndmask_b32_e32 v15, v21, v15, vcc
	v_cmp_ne_u16_e32 vcc, 3, v110
	s_nop 1
	v_cndmask_b32_e32 v2, v20, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v111
	s_nop 1
	v_cndmask_b32_e32 v4, v20, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v20, v7, vcc
	v_cmp_ne_u16_e32 vcc, 3, v8
	s_nop 1
	v_cndmask_b32_e32 v15, v20, v15, vcc
	v_cmp_ne_u16_e32 vcc, 4, v110
	s_nop 1
	v_cndmask_b32_e32 v2, v19, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v111
	s_nop 1
	v_cndmask_b32_e32 v4, v19, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v19, v7, vcc
	v_cmp_ne_u16_e32 vcc, 4, v8
	s_nop 1
	v_cndmask_b32_e32 v15, v19, v15, vcc
	v_cmp_ne_u16_e32 vcc, 5, v110
	s_nop 1
	v_cndmask_b32_e32 v2, v18, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v111
	s_nop 1
	v_cndmask_b32_e32 v4, v18, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v18, v7, vcc
	v_cmp_ne_u16_e32 vcc, 5, v8
	s_nop 1
	v_cndmask_b32_e32 v15, v18, v15, vcc
	v_cmp_ne_u16_e32 vcc, 6, v110
	s_nop 1
	v_cndmask_b32_e32 v2, v17, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v111
	s_nop 1
	v_cndmask_b32_e32 v4, v17, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v17, v7, vcc
	v_cmp_ne_u16_e32 vcc, 6, v8
	s_nop 1
	v_cndmask_b32_e32 v15, v17, v15, vcc
	v_cmp_ne_u16_e32 vcc, 7, v110
	s_nop 1
	v_cndmask_b32_e32 v2, v16, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v111
	v_or_b32_e32 v229, v2, v1
	v_lshlrev_b16_sdwa v2, v26, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v4, v16, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_or_b32_e32 v111, v4, v3
	v_and_b32_e32 v2, 0x3f80, v2
	v_cndmask_b32_e32 v0, v16, v7, vcc
	v_cmp_ne_u16_e32 vcc, 7, v8
	v_and_b32_e32 v8, 0xffff8000, v13
	v_or_b32_e32 v228, v0, v5
	v_cndmask_b32_e32 v7, v16, v15, vcc
	v_lshrrev_b32_e32 v0, 8, v6
	v_lshlrev_b16_sdwa v4, v26, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v15, v6, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v110, v7, v8
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_e32 v7, 7, v0
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s4, v15
	v_lshlrev_b16_e32 v5, 8, v0
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v13, 7, v6
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e32 v2, v23, v2, vcc
	v_cmp_ne_u16_e32 vcc, s4, v112
	v_lshlrev_b16_sdwa v1, v24, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v3, v24, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v8, 8, v6
	v_and_b32_e32 v13, 0x3f80, v13
	v_and_b32_e32 v6, 0x7f, v6
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e32 v4, v23, v4, vcc
	v_cmp_ne_u16_e32 vcc, s4, v0
	v_add_u16_e32 v13, 0x2000, v13
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v7, v23, v7, vcc
	v_cmp_ne_u16_e32 vcc, s4, v6
	v_and_b32_e32 v3, 0xffff8000, v3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v13, v23, v13, vcc
	v_cmp_ne_u16_e32 vcc, 0, v15
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v112
	s_nop 1
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cmp_ne_u16_e32 vcc, 0, v6
	s_nop 1
	v_cndmask_b32_e32 v13, 0, v13, vcc
	v_cmp_ne_u16_e32 vcc, 1, v15
	s_nop 1
	v_cndmask_b32_e32 v2, v22, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v112
	s_nop 1
	v_cndmask_b32_e32 v4, v22, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v22, v7, vcc
	v_cmp_ne_u16_e32 vcc, 1, v6
	s_nop 1
	v_cndmask_b32_e32 v13, v22, v13, vcc
	v_cmp_ne_u16_e32 vcc, 2, v15
	s_nop 1
	v_cndmask_b32_e32 v2, v21, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v112
	s_nop 1
	v_cndmask_b32_e32 v4, v21, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v21, v7, vcc
	v_cmp_ne_u16_e32 vcc, 2, v6
	s_nop 1
	v_cndmask_b32_e32 v13, v21, v13, vcc
	v_cmp_ne_u16_e32 vcc, 3, v15
	s_nop 1
	v_cndmask_b32_e32 v2, v20, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v112
	s_nop 1
	v_cndmask_b32_e32 v4, v20, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v20, v7, vcc
	v_cmp_ne_u16_e32 vcc, 3, v6
	s_nop 1
	v_cndmask_b32_e32 v13, v20, v13, vcc
	v_cmp_ne_u16_e32 vcc, 4, v15
	s_nop 1
	v_cndmask_b32_e32 v2, v19, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v112
	s_nop 1
	v_cndmask_b32_e32 v4, v19, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v19, v7, vcc
	v_cmp_ne_u16_e32 vcc, 4, v6
	s_nop 1
	v_cndmask_b32_e32 v13, v19, v13, vcc
	v_cmp_ne_u16_e32 vcc, 5, v15
	s_nop 1
	v_cndmask_b32_e32 v2, v18, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v112
	s_nop 1
	v_cndmask_b32_e32 v4, v18, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v18, v7, vcc
	v_cmp_ne_u16_e32 vcc, 5, v6
	s_nop 1
	v_cndmask_b32_e32 v13, v18, v13, vcc
	v_cmp_ne_u16_e32 vcc, 6, v15
	s_nop 1
	v_cndmask_b32_e32 v2, v17, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v112
	s_nop 1
	v_cndmask_b32_e32 v4, v17, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v7, v17, v7, vcc
	v_cmp_ne_u16_e32 vcc, 6, v6
	s_nop 1
	v_cndmask_b32_e32 v13, v17, v13, vcc
	v_cmp_ne_u16_e32 vcc, 7, v15
	v_and_b32_sdwa v15, v10, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v2, v16, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v112
	v_or_b32_e32 v231, v2, v1
	v_lshlrev_b16_sdwa v2, v26, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v4, v16, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_or_b32_e32 v113, v4, v3
	v_and_b32_e32 v2, 0x3f80, v2
	v_cndmask_b32_e32 v0, v16, v7, vcc
	v_cmp_ne_u16_e32 vcc, 7, v6
	v_and_b32_e32 v7, 0xffff8000, v8
	v_or_b32_e32 v230, v0, v5
	v_cndmask_b32_e32 v6, v16, v13, vcc
	v_lshrrev_b32_e32 v0, 8, v10
	v_lshlrev_b16_sdwa v4, v26, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v13, v10, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v112, v6, v7
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_e32 v6, 7, v0
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s4, v13
	v_lshlrev_b16_e32 v5, 8, v0
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v8, 7, v10
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e32 v2, v23, v2, vcc
	v_cmp_ne_u16_e32 vcc, s4, v15
	v_lshlrev_b16_sdwa v1, v24, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v3, v24, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v7, 8, v10
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v10, 0x7f, v10
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e32 v4, v23, v4, vcc
	v_cmp_ne_u16_e32 vcc, s4, v0
	v_add_u16_e32 v8, 0x2000, v8
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v6, v23, v6, vcc
	v_cmp_ne_u16_e32 vcc, s4, v10
	v_and_b32_e32 v3, 0xffff8000, v3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v8, v23, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v13
	v_and_b32_e32 v7, 0xffff8000, v7
	s_nop 0
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v15
	s_nop 1
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	s_nop 1
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v22, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v22, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v22, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v22, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v21, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v21, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v21, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v21, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v20, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v20, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v20, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v20, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v19, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v19, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v19, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v19, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v18, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v18, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v18, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v18, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v13
	s_nop 1
	v_cndmask_b32_e32 v2, v17, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v15
	s_nop 1
	v_cndmask_b32_e32 v4, v17, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v17, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v17, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v13
	v_and_b32_sdwa v13, v12, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v2, v16, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v15
	v_or_b32_e32 v233, v2, v1
	v_lshlrev_b16_sdwa v2, v26, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v4, v16, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_or_b32_e32 v117, v4, v3
	v_and_b32_e32 v2, 0x3f80, v2
	v_cndmask_b32_e32 v0, v16, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	v_or_b32_e32 v232, v0, v5
	v_lshrrev_b32_e32 v0, 8, v12
	v_cndmask_b32_e32 v6, v16, v8, vcc
	v_lshlrev_b16_sdwa v4, v26, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v10, v12, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v116, v6, v7
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_e32 v6, 7, v0
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s4, v10
	v_lshlrev_b16_e32 v5, 8, v0
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v8, 7, v12
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e32 v2, v23, v2, vcc
	v_cmp_ne_u16_e32 vcc, s4, v13
	v_lshlrev_b16_sdwa v1, v24, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v3, v24, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v7, 8, v12
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v12, 0x7f, v12
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e32 v4, v23, v4, vcc
	v_cmp_ne_u16_e32 vcc, s4, v0
	v_add_u16_e32 v8, 0x2000, v8
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v6, v23, v6, vcc
	v_cmp_ne_u16_e32 vcc, s4, v12
	v_and_b32_e32 v3, 0xffff8000, v3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v8, v23, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	v_and_b32_e32 v7, 0xffff8000, v7
	s_nop 0
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v12
	s_nop 1
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v2, v22, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v22, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v22, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v12
	s_nop 1
	v_cndmask_b32_e32 v8, v22, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v2, v21, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v21, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v21, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v12
	s_nop 1
	v_cndmask_b32_e32 v8, v21, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v2, v20, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v20, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v20, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v12
	s_nop 1
	v_cndmask_b32_e32 v8, v20, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v2, v19, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v19, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v19, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v12
	s_nop 1
	v_cndmask_b32_e32 v8, v19, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v2, v18, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v18, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v18, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v12
	s_nop 1
	v_cndmask_b32_e32 v8, v18, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v2, v17, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v17, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v17, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v12
	s_nop 1
	v_cndmask_b32_e32 v8, v17, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	v_and_b32_sdwa v10, v14, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v2, v16, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v13
	v_or_b32_e32 v235, v2, v1
	v_lshlrev_b16_sdwa v2, v26, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v4, v16, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_or_b32_e32 v121, v4, v3
	v_and_b32_e32 v2, 0x3f80, v2
	v_cndmask_b32_e32 v0, v16, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v12
	v_or_b32_e32 v234, v0, v5
	v_lshrrev_b32_e32 v0, 8, v14
	v_cndmask_b32_e32 v6, v16, v8, vcc
	v_lshlrev_b16_sdwa v4, v26, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v120, v6, v7
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_e32 v6, 7, v0
	v_and_b32_sdwa v12, v14, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s4, v10
	v_lshlrev_b16_e32 v5, 8, v0
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v8, 7, v14
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e32 v2, v23, v2, vcc
	v_cmp_ne_u16_e32 vcc, s4, v12
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v13, 0x7f, v14
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e32 v4, v23, v4, vcc
	v_cmp_ne_u16_e32 vcc, s4, v0
	v_add_u16_e32 v8, 0x2000, v8
	v_lshlrev_b16_sdwa v1, v24, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v6, v23, v6, vcc
	v_cmp_ne_u16_e32 vcc, s4, v13
	v_and_b32_e32 v5, 0xffff8000, v5
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v8, v23, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	v_lshlrev_b16_sdwa v3, v24, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v7, 8, v14
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v12
	v_and_b32_e32 v3, 0xffff8000, v3
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v2, v22, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v12
	s_nop 1
	v_cndmask_b32_e32 v4, v22, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v22, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v13
	s_nop 1
	v_cndmask_b32_e32 v8, v22, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v2, v21, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v12
	s_nop 1
	v_cndmask_b32_e32 v4, v21, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v21, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v13
	s_nop 1
	v_cndmask_b32_e32 v8, v21, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v2, v20, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v12
	s_nop 1
	v_cndmask_b32_e32 v4, v20, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v20, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v13
	s_nop 1
	v_cndmask_b32_e32 v8, v20, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v2, v19, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v12
	s_nop 1
	v_cndmask_b32_e32 v4, v19, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v19, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v13
	s_nop 1
	v_cndmask_b32_e32 v8, v19, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v2, v18, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v12
	s_nop 1
	v_cndmask_b32_e32 v4, v18, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v18, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v13
	s_nop 1
	v_cndmask_b32_e32 v8, v18, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v2, v17, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v12
	s_nop 1
	v_cndmask_b32_e32 v4, v17, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v6, v17, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v13
	s_nop 1
	v_cndmask_b32_e32 v8, v17, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	s_nop 1
	v_cndmask_b32_e32 v2, v16, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v12
	v_or_b32_e32 v237, v2, v1
	s_nop 0
	v_cndmask_b32_e32 v4, v16, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_or_b32_e32 v125, v4, v3
	s_nop 0
	v_cndmask_b32_e32 v0, v16, v6, vcc
	v_or_b32_e32 v236, v0, v5
	v_add_u32_e32 v0, 0x4000, v30
	ds_read2_b32 v[0:1], v0 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v13
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v4, v26, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v6, v16, v8, vcc
	v_or_b32_e32 v124, v6, v7
	v_lshrrev_b32_e32 v2, 8, v1
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_sdwa v6, v26, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v13, v1, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v8, 7, v2
	v_and_b32_sdwa v14, v1, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e32 vcc, s4, v13
	v_lshlrev_b16_e32 v7, 8, v2
	v_and_b32_e32 v8, 0x3f80, v8
	v_lshlrev_b16_e32 v12, 7, v1
	v_and_b32_e32 v2, 0x7f, v2
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e32 v4, v23, v4, vcc
	v_cmp_ne_u16_e32 vcc, s4, v14
	v_lshlrev_b16_sdwa v3, v24, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v24, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v10, 8, v1
	v_and_b32_e32 v12, 0x3f80, v12
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v8, 0x2000, v8
	v_cndmask_b32_e32 v6, v23, v6, vcc
	v_cmp_ne_u16_e32 vcc, s4, v2
	v_add_u16_e32 v12, 0x2000, v12
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e32 v8, v23, v8, vcc
	v_cmp_ne_u16_e32 vcc, s4, v1
	v_and_b32_e32 v3, 0xffff8000, v3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v12, v23, v12, vcc
	v_cmp_ne_u16_e32 vcc, 0, v13
	v_and_b32_sdwa v161, v0, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v162, v0, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v14
	v_lshlrev_b16_e32 v160, 7, v0
	v_and_b32_e32 v160, 0x3f80, v160
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	v_add_u16_e32 v160, 0x2000, v160
	s_nop 0
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v12, 0, v12, vcc
	v_cmp_ne_u16_e32 vcc, 1, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v22, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v14
	s_nop 1
	v_cndmask_b32_e32 v6, v22, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v22, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v12, v22, v12, vcc
	v_cmp_ne_u16_e32 vcc, 2, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v21, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v14
	s_nop 1
	v_cndmask_b32_e32 v6, v21, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v21, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v12, v21, v12, vcc
	v_cmp_ne_u16_e32 vcc, 3, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v20, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v14
	s_nop 1
	v_cndmask_b32_e32 v6, v20, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v20, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v12, v20, v12, vcc
	v_cmp_ne_u16_e32 vcc, 4, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v19, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v14
	s_nop 1
	v_cndmask_b32_e32 v6, v19, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v19, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v12, v19, v12, vcc
	v_cmp_ne_u16_e32 vcc, 5, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v18, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v14
	s_nop 1
	v_cndmask_b32_e32 v6, v18, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v18, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v12, v18, v12, vcc
	v_cmp_ne_u16_e32 vcc, 6, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v17, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v14
	s_nop 1
	v_cndmask_b32_e32 v6, v17, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v8, v17, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v12, v17, v12, vcc
	v_cmp_ne_u16_e32 vcc, 7, v13
	s_nop 1
	v_cndmask_b32_e32 v4, v16, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v14
	v_or_b32_e32 v240, v4, v3
	s_nop 0
	v_cndmask_b32_e32 v6, v16, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	v_or_b32_e32 v239, v6, v5
	s_nop 0
	v_cndmask_b32_e32 v2, v16, v8, vcc
	v_or_b32_e32 v238, v2, v7
	v_add_u32_e32 v2, 0x4000, v31
	ds_read2_b32 v[2:3], v2 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_and_b32_e32 v8, 0xffff8000, v10
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v6, v26, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v1, v16, v12, vcc
	v_or_b32_e32 v1, v1, v8
	v_lshrrev_b32_e32 v4, 8, v3
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_sdwa v8, v26, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v15, v3, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v8, 0x3f80, v8
	v_lshlrev_b16_e32 v12, 7, v4
	v_and_b32_sdwa v30, v3, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e32 vcc, s4, v15
	v_lshlrev_b16_e32 v10, 8, v4
	v_and_b32_e32 v12, 0x3f80, v12
	v_lshlrev_b16_e32 v14, 7, v3
	v_and_b32_e32 v4, 0x7f, v4
	v_add_u16_e32 v8, 0x2000, v8
	v_cndmask_b32_e32 v6, v23, v6, vcc
	v_cmp_ne_u16_e32 vcc, s4, v30
	v_lshlrev_b16_sdwa v5, v24, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v24, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v13, 8, v3
	v_and_b32_e32 v14, 0x3f80, v14
	v_and_b32_e32 v3, 0x7f, v3
	v_add_u16_e32 v12, 0x2000, v12
	v_cndmask_b32_e32 v8, v23, v8, vcc
	v_cmp_ne_u16_e32 vcc, s4, v4
	v_add_u16_e32 v14, 0x2000, v14
	v_and_b32_e32 v10, 0xffff8000, v10
	v_cndmask_b32_e32 v12, v23, v12, vcc
	v_cmp_ne_u16_e32 vcc, s4, v3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e32 v14, v23, v14, vcc
	v_cmp_ne_u16_e32 vcc, 0, v15
	v_and_b32_sdwa v163, v2, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v164, v2, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v30
	s_nop 1
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v12, 0, v12, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v14, 0, v14, vcc
	v_cmp_ne_u16_e32 vcc, 1, v15
	s_nop 1
	v_cndmask_b32_e32 v6, v22, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v30
	s_nop 1
	v_cndmask_b32_e32 v8, v22, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v12, v22, v12, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v14, v22, v14, vcc
	v_cmp_ne_u16_e32 vcc, 2, v15
	s_nop 1
	v_cndmask_b32_e32 v6, v21, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v30
	s_nop 1
	v_cndmask_b32_e32 v8, v21, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v12, v21, v12, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v14, v21, v14, vcc
	v_cmp_ne_u16_e32 vcc, 3, v15
	s_nop 1
	v_cndmask_b32_e32 v6, v20, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v30
	s_nop 1
	v_cndmask_b32_e32 v8, v20, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v12, v20, v12, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v14, v20, v14, vcc
	v_cmp_ne_u16_e32 vcc, 4, v15
	s_nop 1
	v_cndmask_b32_e32 v6, v19, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v30
	s_nop 1
	v_cndmask_b32_e32 v8, v19, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v12, v19, v12, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v14, v19, v14, vcc
	v_cmp_ne_u16_e32 vcc, 5, v15
	s_nop 1
	v_cndmask_b32_e32 v6, v18, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v30
	s_nop 1
	v_cndmask_b32_e32 v8, v18, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v12, v18, v12, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v14, v18, v14, vcc
	v_cmp_ne_u16_e32 vcc, 6, v15
	s_nop 1
	v_cndmask_b32_e32 v6, v17, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v30
	s_nop 1
	v_cndmask_b32_e32 v8, v17, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v12, v17, v12, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v14, v17, v14, vcc
	v_cmp_ne_u16_e32 vcc, 7, v15
	s_nop 1
	v_cndmask_b32_e32 v6, v16, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v30
	v_or_b32_e32 v243, v6, v5
	s_nop 0
	v_cndmask_b32_e32 v8, v16, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_or_b32_e32 v242, v8, v7
	s_nop 0
	v_cndmask_b32_e32 v4, v16, v12, vcc
	v_or_b32_e32 v241, v4, v10
	v_add_u32_e32 v4, 0x4000, v29
	ds_read2_b32 v[4:5], v4 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v3
	v_and_b32_e32 v12, 0xffff8000, v13
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v8, v26, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v3, v16, v14, vcc
	v_or_b32_e32 v3, v3, v12
	v_lshrrev_b32_e32 v6, 8, v5
	v_and_b32_e32 v8, 0x3f80, v8
	v_lshlrev_b16_sdwa v12, v26, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v30, v5, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v12, 0x3f80, v12
	v_lshlrev_b16_e32 v14, 7, v6
	v_and_b32_sdwa v31, v5, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v8, 0x2000, v8
	v_cmp_ne_u16_e32 vcc, s4, v30
	v_lshlrev_b16_e32 v13, 8, v6
	v_and_b32_e32 v14, 0x3f80, v14
	v_lshlrev_b16_e32 v29, 7, v5
	v_and_b32_e32 v6, 0x7f, v6
	v_add_u16_e32 v12, 0x2000, v12
	v_cndmask_b32_e32 v8, v23, v8, vcc
	v_cmp_ne_u16_e32 vcc, s4, v31
	v_lshlrev_b16_sdwa v7, v24, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v10, v24, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v15, 8, v5
	v_and_b32_e32 v29, 0x3f80, v29
	v_and_b32_e32 v5, 0x7f, v5
	v_add_u16_e32 v14, 0x2000, v14
	v_cndmask_b32_e32 v12, v23, v12, vcc
	v_cmp_ne_u16_e32 vcc, s4, v6
	v_add_u16_e32 v29, 0x2000, v29
	v_and_b32_e32 v13, 0xffff8000, v13
	v_cndmask_b32_e32 v14, v23, v14, vcc
	v_cmp_ne_u16_e32 vcc, s4, v5
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v10, 0xffff8000, v10
	v_cndmask_b32_e32 v29, v23, v29, vcc
	v_cmp_ne_u16_e32 vcc, 0, v30
	v_and_b32_sdwa v165, v4, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v166, v4, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v31
	s_nop 1
	v_cndmask_b32_e32 v12, 0, v12, vcc
	v_cmp_ne_u16_e32 vcc, 0, v6
	s_nop 1
	v_cndmask_b32_e32 v14, 0, v14, vcc
	v_cmp_ne_u16_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v29, 0, v29, vcc
	v_cmp_ne_u16_e32 vcc, 1, v30
	s_nop 1
	v_cndmask_b32_e32 v8, v22, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v31
	s_nop 1
	v_cndmask_b32_e32 v12, v22, v12, vcc
	v_cmp_ne_u16_e32 vcc, 1, v6
	s_nop 1
	v_cndmask_b32_e32 v14, v22, v14, vcc
	v_cmp_ne_u16_e32 vcc, 1, v5
	s_nop 1
	v_cndmask_b32_e32 v29, v22, v29, vcc
	v_cmp_ne_u16_e32 vcc, 2, v30
	s_nop 1
	v_cndmask_b32_e32 v8, v21, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v31
	s_nop 1
	v_cndmask_b32_e32 v12, v21, v12, vcc
	v_cmp_ne_u16_e32 vcc, 2, v6
	s_nop 1
	v_cndmask_b32_e32 v14, v21, v14, vcc
	v_cmp_ne_u16_e32 vcc, 2, v5
	s_nop 1
	v_cndmask_b32_e32 v29, v21, v29, vcc
	v_cmp_ne_u16_e32 vcc, 3, v30
	s_nop 1
	v_cndmask_b32_e32 v8, v20, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v31
	s_nop 1
	v_cndmask_b32_e32 v12, v20, v12, vcc
	v_cmp_ne_u16_e32 vcc, 3, v6
	s_nop 1
	v_cndmask_b32_e32 v14, v20, v14, vcc
	v_cmp_ne_u16_e32 vcc, 3, v5
	s_nop 1
	v_cndmask_b32_e32 v29, v20, v29, vcc
	v_cmp_ne_u16_e32 vcc, 4, v30
	s_nop 1
	v_cndmask_b32_e32 v8, v19, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v31
	s_nop 1
	v_cndmask_b32_e32 v12, v19, v12, vcc
	v_cmp_ne_u16_e32 vcc, 4, v6
	s_nop 1
	v_cndmask_b32_e32 v14, v19, v14, vcc
	v_cmp_ne_u16_e32 vcc, 4, v5
	s_nop 1
	v_cndmask_b32_e32 v29, v19, v29, vcc
	v_cmp_ne_u16_e32 vcc, 5, v30
	s_nop 1
	v_cndmask_b32_e32 v8, v18, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v31
	s_nop 1
	v_cndmask_b32_e32 v12, v18, v12, vcc
	v_cmp_ne_u16_e32 vcc, 5, v6
	s_nop 1
	v_cndmask_b32_e32 v14, v18, v14, vcc
	v_cmp_ne_u16_e32 vcc, 5, v5
	s_nop 1
	v_cndmask_b32_e32 v29, v18, v29, vcc
	v_cmp_ne_u16_e32 vcc, 6, v30
	s_nop 1
	v_cndmask_b32_e32 v8, v17, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v31
	s_nop 1
	v_cndmask_b32_e32 v12, v17, v12, vcc
	v_cmp_ne_u16_e32 vcc, 6, v6
	s_nop 1
	v_cndmask_b32_e32 v14, v17, v14, vcc
	v_cmp_ne_u16_e32 vcc, 6, v5
	s_nop 1
	v_cndmask_b32_e32 v29, v17, v29, vcc
	v_cmp_ne_u16_e32 vcc, 7, v30
	s_nop 1
	v_cndmask_b32_e32 v8, v16, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v31
	v_or_b32_e32 v246, v8, v7
	s_nop 0
	v_cndmask_b32_e32 v12, v16, v12, vcc
	v_cmp_ne_u16_e32 vcc, 7, v6
	v_or_b32_e32 v245, v12, v10
	s_nop 0
	v_cndmask_b32_e32 v6, v16, v14, vcc
	v_or_b32_e32 v244, v6, v13
	v_add_u32_e32 v6, 0x4000, v28
	ds_read2_b32 v[6:7], v6 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v5
	v_and_b32_e32 v14, 0xffff8000, v15
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v12, v26, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v5, v16, v29, vcc
	v_or_b32_e32 v5, v5, v14
	v_lshrrev_b32_e32 v8, 8, v7
	v_and_b32_e32 v12, 0x3f80, v12
	v_lshlrev_b16_sdwa v14, v26, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v31, v7, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v14, 0x3f80, v14
	v_lshlrev_b16_e32 v28, 7, v8
	v_and_b32_sdwa v152, v7, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v12, 0x2000, v12
	v_cmp_ne_u16_e32 vcc, s4, v31
	v_lshlrev_b16_e32 v15, 8, v8
	v_and_b32_e32 v28, 0x3f80, v28
	v_lshlrev_b16_e32 v30, 7, v7
	v_and_b32_e32 v8, 0x7f, v8
	v_add_u16_e32 v14, 0x2000, v14
	v_cndmask_b32_e32 v12, v23, v12, vcc
	v_cmp_ne_u16_e32 vcc, s4, v152
	v_lshlrev_b16_sdwa v10, v24, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v13, v24, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v29, 8, v7
	v_and_b32_e32 v30, 0x3f80, v30
	v_and_b32_e32 v7, 0x7f, v7
	v_add_u16_e32 v28, 0x2000, v28
	v_cndmask_b32_e32 v14, v23, v14, vcc
	v_cmp_ne_u16_e32 vcc, s4, v8
	v_add_u16_e32 v30, 0x2000, v30
	v_and_b32_e32 v15, 0xffff8000, v15
	v_cndmask_b32_e32 v28, v23, v28, vcc
	v_cmp_ne_u16_e32 vcc, s4, v7
	v_and_b32_e32 v13, 0xffff8000, v13
	v_and_b32_e32 v10, 0xffff8000, v10
	v_cndmask_b32_e32 v30, v23, v30, vcc
	v_cmp_ne_u16_e32 vcc, 0, v31
	v_and_b32_sdwa v167, v6, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v181, v6, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v12, 0, v12, vcc
	v_cmp_ne_u16_e32 vcc, 0, v152
	s_nop 1
	v_cndmask_b32_e32 v14, 0, v14, vcc
	v_cmp_ne_u16_e32 vcc, 0, v8
	s_nop 1
	v_cndmask_b32_e32 v28, 0, v28, vcc
	v_cmp_ne_u16_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v30, 0, v30, vcc
	v_cmp_ne_u16_e32 vcc, 1, v31
	s_nop 1
	v_cndmask_b32_e32 v12, v22, v12, vcc
	v_cmp_ne_u16_e32 vcc, 1, v152
	s_nop 1
	v_cndmask_b32_e32 v14, v22, v14, vcc
	v_cmp_ne_u16_e32 vcc, 1, v8
	s_nop 1
	v_cndmask_b32_e32 v28, v22, v28, vcc
	v_cmp_ne_u16_e32 vcc, 1, v7
	s_nop 1
	v_cndmask_b32_e32 v30, v22, v30, vcc
	v_cmp_ne_u16_e32 vcc, 2, v31
	s_nop 1
	v_cndmask_b32_e32 v12, v21, v12, vcc
	v_cmp_ne_u16_e32 vcc, 2, v152
	s_nop 1
	v_cndmask_b32_e32 v14, v21, v14, vcc
	v_cmp_ne_u16_e32 vcc, 2, v8
	s_nop 1
	v_cndmask_b32_e32 v28, v21, v28, vcc
	v_cmp_ne_u16_e32 vcc, 2, v7
	s_nop 1
	v_cndmask_b32_e32 v30, v21, v30, vcc
	v_cmp_ne_u16_e32 vcc, 3, v31
	s_nop 1
	v_cndmask_b32_e32 v12, v20, v12, vcc
	v_cmp_ne_u16_e32 vcc, 3, v152
	s_nop 1
	v_cndmask_b32_e32 v14, v20, v14, vcc
	v_cmp_ne_u16_e32 vcc, 3, v8
	s_nop 1
	v_cndmask_b32_e32 v28, v20, v28, vcc
	v_cmp_ne_u16_e32 vcc, 3, v7
	s_nop 1
	v_cndmask_b32_e32 v30, v20, v30, vcc
	v_cmp_ne_u16_e32 vcc, 4, v31
	s_nop 1
	v_cndmask_b32_e32 v12, v19, v12, vcc
	v_cmp_ne_u16_e32 vcc, 4, v152
	s_nop 1
	v_cndmask_b32_e32 v14, v19, v14, vcc
	v_cmp_ne_u16_e32 vcc, 4, v8
	s_nop 1
	v_cndmask_b32_e32 v28, v19, v28, vcc
	v_cmp_ne_u16_e32 vcc, 4, v7
	s_nop 1
	v_cndmask_b32_e32 v30, v19, v30, vcc
	v_cmp_ne_u16_e32 vcc, 5, v31
	s_nop 1
	v_cndmask_b32_e32 v12, v18, v12, vcc
	v_cmp_ne_u16_e32 vcc, 5, v152
	s_nop 1
	v_cndmask_b32_e32 v14, v18, v14, vcc
	v_cmp_ne_u16_e32 vcc, 5, v8
	s_nop 1
	v_cndmask_b32_e32 v28, v18, v28, vcc
	v_cmp_ne_u16_e32 vcc, 5, v7
	s_nop 1
	v_cndmask_b32_e32 v30, v18, v30, vcc
	v_cmp_ne_u16_e32 vcc, 6, v31
	s_nop 1
	v_cndmask_b32_e32 v12, v17, v12, vcc
	v_cmp_ne_u16_e32 vcc, 6, v152
	s_nop 1
	v_cndmask_b32_e32 v14, v17, v14, vcc
	v_cmp_ne_u16_e32 vcc, 6, v8
	s_nop 1
	v_cndmask_b32_e32 v28, v17, v28, vcc
	v_cmp_ne_u16_e32 vcc, 6, v7
	s_nop 1
	v_cndmask_b32_e32 v30, v17, v30, vcc
	v_cmp_ne_u16_e32 vcc, 7, v31
	s_nop 1
	v_cndmask_b32_e32 v12, v16, v12, vcc
	v_cmp_ne_u16_e32 vcc, 7, v152
	v_or_b32_e32 v249, v12, v10
	s_nop 0
	v_cndmask_b32_e32 v14, v16, v14, vcc
	v_cmp_ne_u16_e32 vcc, 7, v8
	v_or_b32_e32 v248, v14, v13
	s_nop 0
	v_cndmask_b32_e32 v8, v16, v28, vcc
	v_or_b32_e32 v247, v8, v15
	v_add_u32_e32 v8, 0x4000, v9
	ds_read2_b32 v[8:9], v8 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v7
	v_and_b32_e32 v28, 0xffff8000, v29
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v13, v26, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v10, 8, v9
	v_and_b32_e32 v13, 0x3f80, v13
	v_lshlrev_b16_sdwa v15, v26, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v152, v9, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v7, v16, v30, vcc
	v_and_b32_e32 v15, 0x3f80, v15
	v_lshlrev_b16_e32 v29, 7, v10
	v_and_b32_sdwa v153, v9, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v13, 0x2000, v13
	v_cmp_ne_u16_e32 vcc, s4, v152
	v_or_b32_e32 v7, v7, v28
	v_lshlrev_b16_e32 v28, 8, v10
	v_and_b32_e32 v29, 0x3f80, v29
	v_lshlrev_b16_e32 v31, 7, v9
	v_and_b32_e32 v10, 0x7f, v10
	v_add_u16_e32 v15, 0x2000, v15
	v_cndmask_b32_e32 v13, v23, v13, vcc
	v_cmp_ne_u16_e32 vcc, s4, v153
	v_lshlrev_b16_sdwa v12, v24, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v14, v24, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v30, 8, v9
	v_and_b32_e32 v31, 0x3f80, v31
	v_and_b32_e32 v9, 0x7f, v9
	v_add_u16_e32 v29, 0x2000, v29
	v_cndmask_b32_e32 v15, v23, v15, vcc
	v_cmp_ne_u16_e32 vcc, s4, v10
	v_add_u16_e32 v31, 0x2000, v31
	v_and_b32_e32 v28, 0xffff8000, v28
	v_cndmask_b32_e32 v29, v23, v29, vcc
	v_cmp_ne_u16_e32 vcc, s4, v9
	v_and_b32_e32 v12, 0xffff8000, v12
	v_and_b32_e32 v14, 0xffff8000, v14
	v_cndmask_b32_e32 v31, v23, v31, vcc
	v_cmp_ne_u16_e32 vcc, 0, v152
	v_and_b32_sdwa v183, v8, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v184, v8, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v13, 0, v13, vcc
	v_cmp_ne_u16_e32 vcc, 0, v153
	v_lshlrev_b16_e32 v182, 7, v8
	v_and_b32_e32 v182, 0x3f80, v182
	v_cndmask_b32_e32 v15, 0, v15, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	v_add_u16_e32 v182, 0x2000, v182
	s_nop 0
	v_cndmask_b32_e32 v29, 0, v29, vcc
	v_cmp_ne_u16_e32 vcc, 0, v9
	s_nop 1
	v_cndmask_b32_e32 v31, 0, v31, vcc
	v_cmp_ne_u16_e32 vcc, 1, v152
	s_nop 1
	v_cndmask_b32_e32 v13, v22, v13, vcc
	v_cmp_ne_u16_e32 vcc, 1, v153
	s_nop 1
	v_cndmask_b32_e32 v15, v22, v15, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v29, v22, v29, vcc
	v_cmp_ne_u16_e32 vcc, 1, v9
	s_nop 1
	v_cndmask_b32_e32 v31, v22, v31, vcc
	v_cmp_ne_u16_e32 vcc, 2, v152
	s_nop 1
	v_cndmask_b32_e32 v13, v21, v13, vcc
	v_cmp_ne_u16_e32 vcc, 2, v153
	s_nop 1
	v_cndmask_b32_e32 v15, v21, v15, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v29, v21, v29, vcc
	v_cmp_ne_u16_e32 vcc, 2, v9
	s_nop 1
	v_cndmask_b32_e32 v31, v21, v31, vcc
	v_cmp_ne_u16_e32 vcc, 3, v152
	s_nop 1
	v_cndmask_b32_e32 v13, v20, v13, vcc
	v_cmp_ne_u16_e32 vcc, 3, v153
	s_nop 1
	v_cndmask_b32_e32 v15, v20, v15, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v29, v20, v29, vcc
	v_cmp_ne_u16_e32 vcc, 3, v9
	s_nop 1
	v_cndmask_b32_e32 v31, v20, v31, vcc
	v_cmp_ne_u16_e32 vcc, 4, v152
	s_nop 1
	v_cndmask_b32_e32 v13, v19, v13, vcc
	v_cmp_ne_u16_e32 vcc, 4, v153
	s_nop 1
	v_cndmask_b32_e32 v15, v19, v15, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v29, v19, v29, vcc
	v_cmp_ne_u16_e32 vcc, 4, v9
	s_nop 1
	v_cndmask_b32_e32 v31, v19, v31, vcc
	v_cmp_ne_u16_e32 vcc, 5, v152
	s_nop 1
	v_cndmask_b32_e32 v13, v18, v13, vcc
	v_cmp_ne_u16_e32 vcc, 5, v153
	s_nop 1
	v_cndmask_b32_e32 v15, v18, v15, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v29, v18, v29, vcc
	v_cmp_ne_u16_e32 vcc, 5, v9
	s_nop 1
	v_cndmask_b32_e32 v31, v18, v31, vcc
	v_cmp_ne_u16_e32 vcc, 6, v152
	s_nop 1
	v_cndmask_b32_e32 v13, v17, v13, vcc
	v_cmp_ne_u16_e32 vcc, 6, v153
	s_nop 1
	v_cndmask_b32_e32 v15, v17, v15, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v29, v17, v29, vcc
	v_cmp_ne_u16_e32 vcc, 6, v9
	s_nop 1
	v_cndmask_b32_e32 v31, v17, v31, vcc
	v_cmp_ne_u16_e32 vcc, 7, v152
	s_nop 1
	v_cndmask_b32_e32 v13, v16, v13, vcc
	v_cmp_ne_u16_e32 vcc, 7, v153
	v_or_b32_e32 v252, v13, v12
	s_nop 0
	v_cndmask_b32_e32 v15, v16, v15, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	v_or_b32_e32 v251, v15, v14
	s_nop 0
	v_cndmask_b32_e32 v10, v16, v29, vcc
	v_or_b32_e32 v250, v10, v28
	v_add_u32_e32 v10, 0x4000, v27
	ds_read2_b32 v[12:13], v10 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v9
	v_and_b32_e32 v29, 0xffff8000, v30
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v15, v26, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v10, 8, v13
	v_and_b32_e32 v15, 0x3f80, v15
	v_lshlrev_b16_sdwa v28, v26, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v153, v13, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v9, v16, v31, vcc
	v_and_b32_e32 v28, 0x3f80, v28
	v_lshlrev_b16_e32 v30, 7, v10
	v_and_b32_sdwa v154, v13, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v15, 0x2000, v15
	v_cmp_ne_u16_e32 vcc, s4, v153
	v_or_b32_e32 v9, v9, v29
	v_lshlrev_b16_e32 v29, 8, v10
	v_and_b32_e32 v30, 0x3f80, v30
	v_lshlrev_b16_e32 v152, 7, v13
	v_and_b32_e32 v10, 0x7f, v10
	v_add_u16_e32 v28, 0x2000, v28
	v_cndmask_b32_e32 v15, v23, v15, vcc
	v_cmp_ne_u16_e32 vcc, s4, v154
	v_lshlrev_b16_sdwa v14, v24, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v27, v24, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v31, 8, v13
	v_and_b32_e32 v152, 0x3f80, v152
	v_and_b32_e32 v13, 0x7f, v13
	v_add_u16_e32 v30, 0x2000, v30
	v_cndmask_b32_e32 v28, v23, v28, vcc
	v_cmp_ne_u16_e32 vcc, s4, v10
	v_add_u16_e32 v152, 0x2000, v152
	v_and_b32_e32 v29, 0xffff8000, v29
	v_cndmask_b32_e32 v30, v23, v30, vcc
	v_cmp_ne_u16_e32 vcc, s4, v13
	v_and_b32_e32 v27, 0xffff8000, v27
	v_and_b32_e32 v14, 0xffff8000, v14
	v_cndmask_b32_e32 v152, v23, v152, vcc
	v_cmp_ne_u16_e32 vcc, 0, v153
	v_and_b32_sdwa v185, v12, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v186, v12, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v15, 0, v15, vcc
	v_cmp_ne_u16_e32 vcc, 0, v154
	v_lshlrev_b16_e32 v176, 7, v12
	v_and_b32_e32 v176, 0x3f80, v176
	v_cndmask_b32_e32 v28, 0, v28, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	v_add_u16_e32 v176, 0x2000, v176
	s_nop 0
	v_cndmask_b32_e32 v30, 0, v30, vcc
	v_cmp_ne_u16_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v152, 0, v152, vcc
	v_cmp_ne_u16_e32 vcc, 1, v153
	s_nop 1
	v_cndmask_b32_e32 v15, v22, v15, vcc
	v_cmp_ne_u16_e32 vcc, 1, v154
	s_nop 1
	v_cndmask_b32_e32 v28, v22, v28, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v30, v22, v30, vcc
	v_cmp_ne_u16_e32 vcc, 1, v13
	s_nop 1
	v_cndmask_b32_e32 v152, v22, v152, vcc
	v_cmp_ne_u16_e32 vcc, 2, v153
	s_nop 1
	v_cndmask_b32_e32 v15, v21, v15, vcc
	v_cmp_ne_u16_e32 vcc, 2, v154
	s_nop 1
	v_cndmask_b32_e32 v28, v21, v28, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v30, v21, v30, vcc
	v_cmp_ne_u16_e32 vcc, 2, v13
	s_nop 1
	v_cndmask_b32_e32 v152, v21, v152, vcc
	v_cmp_ne_u16_e32 vcc, 3, v153
	s_nop 1
	v_cndmask_b32_e32 v15, v20, v15, vcc
	v_cmp_ne_u16_e32 vcc, 3, v154
	s_nop 1
	v_cndmask_b32_e32 v28, v20, v28, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v30, v20, v30, vcc
	v_cmp_ne_u16_e32 vcc, 3, v13
	s_nop 1
	v_cndmask_b32_e32 v152, v20, v152, vcc
	v_cmp_ne_u16_e32 vcc, 4, v153
	s_nop 1
	v_cndmask_b32_e32 v15, v19, v15, vcc
	v_cmp_ne_u16_e32 vcc, 4, v154
	s_nop 1
	v_cndmask_b32_e32 v28, v19, v28, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v30, v19, v30, vcc
	v_cmp_ne_u16_e32 vcc, 4, v13
	s_nop 1
	v_cndmask_b32_e32 v152, v19, v152, vcc
	v_cmp_ne_u16_e32 vcc, 5, v153
	s_nop 1
	v_cndmask_b32_e32 v15, v18, v15, vcc
	v_cmp_ne_u16_e32 vcc, 5, v154
	s_nop 1
	v_cndmask_b32_e32 v28, v18, v28, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v30, v18, v30, vcc
	v_cmp_ne_u16_e32 vcc, 5, v13
	s_nop 1
	v_cndmask_b32_e32 v152, v18, v152, vcc
	v_cmp_ne_u16_e32 vcc, 6, v153
	s_nop 1
	v_cndmask_b32_e32 v15, v17, v15, vcc
	v_cmp_ne_u16_e32 vcc, 6, v154
	s_nop 1
	v_cndmask_b32_e32 v28, v17, v28, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v30, v17, v30, vcc
	v_cmp_ne_u16_e32 vcc, 6, v13
	s_nop 1
	v_cndmask_b32_e32 v152, v17, v152, vcc
	v_cmp_ne_u16_e32 vcc, 7, v153
	s_nop 1
	v_cndmask_b32_e32 v15, v16, v15, vcc
	v_cmp_ne_u16_e32 vcc, 7, v154
	v_or_b32_e32 v254, v15, v14
	s_nop 0
	v_cndmask_b32_e32 v28, v16, v28, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	v_or_b32_e32 v27, v28, v27
	s_nop 0
	v_cndmask_b32_e32 v10, v16, v30, vcc
	v_or_b32_e32 v253, v10, v29
	v_add_u32_e32 v10, 0x4000, v11
	ds_read2_b32 v[10:11], v10 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v13
	v_and_b32_e32 v30, 0xffff8000, v31
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v28, v26, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v13, v16, v152, vcc
	v_or_b32_e32 v13, v13, v30
	v_lshrrev_b32_e32 v14, 8, v11
	v_and_b32_e32 v28, 0x3f80, v28
	v_lshlrev_b16_sdwa v30, v26, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v155, v11, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v30, 0x3f80, v30
	v_lshlrev_b16_e32 v152, 7, v14
	v_and_b32_sdwa v156, v11, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v28, 0x2000, v28
	v_cmp_ne_u16_e32 vcc, s4, v155
	v_lshlrev_b16_e32 v31, 8, v14
	v_and_b32_e32 v152, 0x3f80, v152
	v_lshlrev_b16_e32 v154, 7, v11
	v_and_b32_e32 v14, 0x7f, v14
	v_add_u16_e32 v30, 0x2000, v30
	v_cndmask_b32_e32 v28, v23, v28, vcc
	v_cmp_ne_u16_e32 vcc, s4, v156
	v_lshlrev_b16_sdwa v15, v24, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v29, v24, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v153, 8, v11
	v_and_b32_e32 v154, 0x3f80, v154
	v_and_b32_e32 v11, 0x7f, v11
	v_add_u16_e32 v152, 0x2000, v152
	v_cndmask_b32_e32 v30, v23, v30, vcc
	v_cmp_ne_u16_e32 vcc, s4, v14
	v_add_u16_e32 v154, 0x2000, v154
	v_and_b32_e32 v15, 0xffff8000, v15
	v_cndmask_b32_e32 v152, v23, v152, vcc
	v_cmp_ne_u16_e32 vcc, s4, v11
	v_and_b32_e32 v29, 0xffff8000, v29
	v_and_b32_sdwa v187, v10, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v154, v23, v154, vcc
	v_cmp_ne_u16_e32 vcc, 0, v155
	v_and_b32_sdwa v188, v10, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v178, 7, v10
	v_cndmask_b32_e32 v28, 0, v28, vcc
	v_cmp_ne_u16_e32 vcc, 0, v156
	v_and_b32_e32 v178, 0x3f80, v178
	v_add_u16_e32 v178, 0x2000, v178
	v_cndmask_b32_e32 v30, 0, v30, vcc
	v_cmp_ne_u16_e32 vcc, 0, v14
	s_nop 1
	v_cndmask_b32_e32 v152, 0, v152, vcc
	v_cmp_ne_u16_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v154, 0, v154, vcc
	v_cmp_ne_u16_e32 vcc, 1, v155
	s_nop 1
	v_cndmask_b32_e32 v28, v22, v28, vcc
	v_cmp_ne_u16_e32 vcc, 1, v156
	s_nop 1
	v_cndmask_b32_e32 v30, v22, v30, vcc
	v_cmp_ne_u16_e32 vcc, 1, v14
	s_nop 1
	v_cndmask_b32_e32 v152, v22, v152, vcc
	v_cmp_ne_u16_e32 vcc, 1, v11
	s_nop 1
	v_cndmask_b32_e32 v154, v22, v154, vcc
	v_cmp_ne_u16_e32 vcc, 2, v155
	s_nop 1
	v_cndmask_b32_e32 v28, v21, v28, vcc
	v_cmp_ne_u16_e32 vcc, 2, v156
	s_nop 1
	v_cndmask_b32_e32 v30, v21, v30, vcc
	v_cmp_ne_u16_e32 vcc, 2, v14
	s_nop 1
	v_cndmask_b32_e32 v152, v21, v152, vcc
	v_cmp_ne_u16_e32 vcc, 2, v11
	s_nop 1
	v_cndmask_b32_e32 v154, v21, v154, vcc
	v_cmp_ne_u16_e32 vcc, 3, v155
	s_nop 1
	v_cndmask_b32_e32 v28, v20, v28, vcc
	v_cmp_ne_u16_e32 vcc, 3, v156
	s_nop 1
	v_cndmask_b32_e32 v30, v20, v30, vcc
	v_cmp_ne_u16_e32 vcc, 3, v14
	s_nop 1
	v_cndmask_b32_e32 v152, v20, v152, vcc
	v_cmp_ne_u16_e32 vcc, 3, v11
	s_nop 1
	v_cndmask_b32_e32 v154, v20, v154, vcc
	v_cmp_ne_u16_e32 vcc, 4, v155
	s_nop 1
	v_cndmask_b32_e32 v28, v19, v28, vcc
	v_cmp_ne_u16_e32 vcc, 4, v156
	s_nop 1
	v_cndmask_b32_e32 v30, v19, v30, vcc
	v_cmp_ne_u16_e32 vcc, 4, v14
	s_nop 1
	v_cndmask_b32_e32 v152, v19, v152, vcc
	v_cmp_ne_u16_e32 vcc, 4, v11
	s_nop 1
	v_cndmask_b32_e32 v154, v19, v154, vcc
	v_cmp_ne_u16_e32 vcc, 5, v155
	s_nop 1
	v_cndmask_b32_e32 v28, v18, v28, vcc
	v_cmp_ne_u16_e32 vcc, 5, v156
	s_nop 1
	v_cndmask_b32_e32 v30, v18, v30, vcc
	v_cmp_ne_u16_e32 vcc, 5, v14
	s_nop 1
	v_cndmask_b32_e32 v152, v18, v152, vcc
	v_cmp_ne_u16_e32 vcc, 5, v11
	s_nop 1
	v_cndmask_b32_e32 v154, v18, v154, vcc
	v_cmp_ne_u16_e32 vcc, 6, v155
	s_nop 1
	v_cndmask_b32_e32 v28, v17, v28, vcc
	v_cmp_ne_u16_e32 vcc, 6, v156
	s_nop 1
	v_cndmask_b32_e32 v30, v17, v30, vcc
	v_cmp_ne_u16_e32 vcc, 6, v14
	s_nop 1
	v_cndmask_b32_e32 v152, v17, v152, vcc
	v_cmp_ne_u16_e32 vcc, 6, v11
	s_nop 1
	v_cndmask_b32_e32 v154, v17, v154, vcc
	v_cmp_ne_u16_e32 vcc, 7, v155
	s_nop 1
	v_cndmask_b32_e32 v155, v16, v28, vcc
	v_cmp_ne_u16_e32 vcc, 7, v156
	v_and_b32_e32 v28, 0xffff8000, v31
	v_or_b32_e32 v255, v155, v15
	v_cndmask_b32_e32 v30, v16, v30, vcc
	v_cmp_ne_u16_e32 vcc, 7, v14
	v_and_b32_e32 v31, 0xffff8000, v153
	v_or_b32_e32 v29, v30, v29
	v_cndmask_b32_e32 v14, v16, v152, vcc
	v_or_b32_e32 v28, v14, v28
	v_add_u32_e32 v14, 0x4000, v25
	ds_read2_b32 v[14:15], v14 offset1:16
	v_cmp_ne_u16_e32 vcc, 7, v11
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v25, 8, v15
	v_cndmask_b32_e32 v11, v16, v154, vcc
	v_or_b32_e32 v11, v11, v31
	v_lshlrev_b16_sdwa v31, v26, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v31, 0x3f80, v31
	v_lshlrev_b16_sdwa v153, v26, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v158, v15, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v153, 0x3f80, v153
	v_lshlrev_b16_e32 v155, 7, v25
	v_and_b32_sdwa v159, v15, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v31, 0x2000, v31
	v_cmp_ne_u16_e32 vcc, s4, v158
	v_lshlrev_b16_e32 v154, 8, v25
	v_and_b32_e32 v155, 0x3f80, v155
	v_lshlrev_b16_e32 v157, 7, v15
	v_and_b32_e32 v25, 0x7f, v25
	v_add_u16_e32 v153, 0x2000, v153
	v_cndmask_b32_e32 v31, v23, v31, vcc
	v_cmp_ne_u16_e32 vcc, s4, v159
	v_lshlrev_b16_sdwa v30, v24, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v152, v24, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v156, 8, v15
	v_and_b32_e32 v157, 0x3f80, v157
	v_and_b32_e32 v15, 0x7f, v15
	v_add_u16_e32 v155, 0x2000, v155
	v_cndmask_b32_e32 v153, v23, v153, vcc
	v_cmp_ne_u16_e32 vcc, s4, v25
	v_add_u16_e32 v157, 0x2000, v157
	v_and_b32_sdwa v189, v14, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v155, v23, v155, vcc
	v_cmp_ne_u16_e32 vcc, s4, v15
	s_nop 1
	v_cndmask_b32_e32 v157, v23, v157, vcc
	v_cmp_ne_u16_e32 vcc, 0, v158
	s_nop 1
	v_cndmask_b32_e32 v31, 0, v31, vcc
	v_cmp_ne_u16_e32 vcc, 0, v159
	s_nop 1
	v_cndmask_b32_e32 v153, 0, v153, vcc
	v_cmp_ne_u16_e32 vcc, 0, v25
	s_nop 1
	v_cndmask_b32_e32 v155, 0, v155, vcc
	v_cmp_ne_u16_e32 vcc, 0, v15
	s_nop 1
	v_cndmask_b32_e32 v157, 0, v157, vcc
	v_cmp_ne_u16_e32 vcc, 1, v158
	s_nop 1
	v_cndmask_b32_e32 v31, v22, v31, vcc
	v_cmp_ne_u16_e32 vcc, 1, v159
	s_nop 1
	v_cndmask_b32_e32 v153, v22, v153, vcc
	v_cmp_ne_u16_e32 vcc, 1, v25
	s_nop 1
	v_cndmask_b32_e32 v155, v22, v155, vcc
	v_cmp_ne_u16_e32 vcc, 1, v15
	s_nop 1
	v_cndmask_b32_e32 v157, v22, v157, vcc
	v_cmp_ne_u16_e32 vcc, 2, v158
	s_nop 1
	v_cndmask_b32_e32 v31, v21, v31, vcc
	v_cmp_ne_u16_e32 vcc, 2, v159
	s_nop 1
	v_cndmask_b32_e32 v153, v21, v153, vcc
	v_cmp_ne_u16_e32 vcc, 2, v25
	s_nop 1
	v_cndmask_b32_e32 v155, v21, v155, vcc
	v_cmp_ne_u16_e32 vcc, 2, v15
	s_nop 1
	v_cndmask_b32_e32 v157, v21, v157, vcc
	v_cmp_ne_u16_e32 vcc, 3, v158
	s_nop 1
	v_cndmask_b32_e32 v31, v20, v31, vcc
	v_cmp_ne_u16_e32 vcc, 3, v159
	s_nop 1
	v_cndmask_b32_e32 v153, v20, v153, vcc
	v_cmp_ne_u16_e32 vcc, 3, v25
	s_nop 1
	v_cndmask_b32_e32 v155, v20, v155, vcc
	v_cmp_ne_u16_e32 vcc, 3, v15
	s_nop 1
	v_cndmask_b32_e32 v157, v20, v157, vcc
	v_cmp_ne_u16_e32 vcc, 4, v158
	s_nop 1
	v_cndmask_b32_e32 v31, v19, v31, vcc
	v_cmp_ne_u16_e32 vcc, 4, v159
	s_nop 1
	v_cndmask_b32_e32 v153, v19, v153, vcc
	v_cmp_ne_u16_e32 vcc, 4, v25
	s_nop 1
	v_cndmask_b32_e32 v155, v19, v155, vcc
	v_cmp_ne_u16_e32 vcc, 4, v15
	s_nop 1
	v_cndmask_b32_e32 v157, v19, v157, vcc
	v_cmp_ne_u16_e32 vcc, 5, v158
	s_nop 1
	v_cndmask_b32_e32 v31, v18, v31, vcc
	v_cmp_ne_u16_e32 vcc, 5, v159
	s_nop 1
	v_cndmask_b32_e32 v153, v18, v153, vcc
	v_cmp_ne_u16_e32 vcc, 5, v25
	s_nop 1
	v_cndmask_b32_e32 v155, v18, v155, vcc
	v_cmp_ne_u16_e32 vcc, 5, v15
	s_nop 1
	v_cndmask_b32_e32 v157, v18, v157, vcc
	v_cmp_ne_u16_e32 vcc, 6, v158
	s_nop 1
	v_cndmask_b32_e32 v31, v17, v31, vcc
	v_cmp_ne_u16_e32 vcc, 6, v159
	s_nop 1
	v_cndmask_b32_e32 v153, v17, v153, vcc
	v_cmp_ne_u16_e32 vcc, 6, v25
	s_nop 1
	v_cndmask_b32_e32 v155, v17, v155, vcc
	v_cmp_ne_u16_e32 vcc, 6, v15
	s_nop 1
	v_cndmask_b32_e32 v157, v17, v157, vcc
	v_cmp_ne_u16_e32 vcc, 7, v158
	s_nop 1
	v_cndmask_b32_e32 v31, v16, v31, vcc
	v_cmp_ne_u16_e32 vcc, 7, v159
	v_lshlrev_b16_e32 v159, 8, v0
	s_nop 0
	v_cndmask_b32_e32 v153, v16, v153, vcc
	v_cmp_ne_u16_e32 vcc, 7, v25
	s_nop 1
	v_cndmask_b32_e32 v25, v16, v155, vcc
	v_cmp_ne_u16_e32 vcc, 7, v15
	v_and_b32_e32 v155, 0xffff8000, v30
	v_and_b32_e32 v30, 0xffff8000, v152
	v_cndmask_b32_e32 v15, v16, v157, vcc
	v_and_b32_e32 v152, 0xffff8000, v154
	v_and_b32_e32 v154, 0xffff8000, v156
	v_or_b32_e32 v15, v15, v154
	v_lshlrev_b16_sdwa v154, v26, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v25, v25, v152
	v_lshrrev_b32_e32 v152, 8, v0
	v_and_b32_e32 v154, 0x3f80, v154
	v_lshlrev_b16_sdwa v156, v26, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v156, 0x3f80, v156
	v_lshlrev_b16_e32 v158, 7, v152
	v_add_u16_e32 v154, 0x2000, v154
	v_cmp_ne_u16_e32 vcc, s4, v161
	v_lshlrev_b16_e32 v157, 8, v152
	v_and_b32_e32 v158, 0x3f80, v158
	v_and_b32_e32 v152, 0x7f, v152
	v_add_u16_e32 v156, 0x2000, v156
	v_cndmask_b32_e32 v154, v23, v154, vcc
	v_cmp_ne_u16_e32 vcc, s4, v162
	v_or_b32_e32 v30, v153, v30
	v_or_b32_e32 v31, v31, v155
	v_lshlrev_b16_sdwa v153, v24, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v155, v24, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v158, 0x2000, v158
	v_cndmask_b32_e32 v156, v23, v156, vcc
	v_cmp_ne_u16_e32 vcc, s4, v152
	s_nop 1
	v_cndmask_b32_e32 v158, v23, v158, vcc
	v_cmp_ne_u16_e32 vcc, s4, v0
	s_nop 1
	v_cndmask_b32_e32 v160, v23, v160, vcc
	v_cmp_ne_u16_e32 vcc, 0, v161
	s_nop 1
	v_cndmask_b32_e32 v154, 0, v154, vcc
	v_cmp_ne_u16_e32 vcc, 0, v162
	s_nop 1
	v_cndmask_b32_e32 v156, 0, v156, vcc
	v_cmp_ne_u16_e32 vcc, 0, v152
	s_nop 1
	v_cndmask_b32_e32 v158, 0, v158, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v160, 0, v160, vcc
	v_cmp_ne_u16_e32 vcc, 1, v161
	s_nop 1
	v_cndmask_b32_e32 v154, v22, v154, vcc
	v_cmp_ne_u16_e32 vcc, 1, v162
	s_nop 1
	v_cndmask_b32_e32 v156, v22, v156, vcc
	v_cmp_ne_u16_e32 vcc, 1, v152
	s_nop 1
	v_cndmask_b32_e32 v158, v22, v158, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v160, v22, v160, vcc
	v_cmp_ne_u16_e32 vcc, 2, v161
	s_nop 1
	v_cndmask_b32_e32 v154, v21, v154, vcc
	v_cmp_ne_u16_e32 vcc, 2, v162
	s_nop 1
	v_cndmask_b32_e32 v156, v21, v156, vcc
	v_cmp_ne_u16_e32 vcc, 2, v152
	s_nop 1
	v_cndmask_b32_e32 v158, v21, v158, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v160, v21, v160, vcc
	v_cmp_ne_u16_e32 vcc, 3, v161
	s_nop 1
	v_cndmask_b32_e32 v154, v20, v154, vcc
	v_cmp_ne_u16_e32 vcc, 3, v162
	s_nop 1
	v_cndmask_b32_e32 v156, v20, v156, vcc
	v_cmp_ne_u16_e32 vcc, 3, v152
	s_nop 1
	v_cndmask_b32_e32 v158, v20, v158, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v160, v20, v160, vcc
	v_cmp_ne_u16_e32 vcc, 4, v161
	s_nop 1
	v_cndmask_b32_e32 v154, v19, v154, vcc
	v_cmp_ne_u16_e32 vcc, 4, v162
	s_nop 1
	v_cndmask_b32_e32 v156, v19, v156, vcc
	v_cmp_ne_u16_e32 vcc, 4, v152
	s_nop 1
	v_cndmask_b32_e32 v158, v19, v158, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v160, v19, v160, vcc
	v_cmp_ne_u16_e32 vcc, 5, v161
	s_nop 1
	v_cndmask_b32_e32 v154, v18, v154, vcc
	v_cmp_ne_u16_e32 vcc, 5, v162
	s_nop 1
	v_cndmask_b32_e32 v156, v18, v156, vcc
	v_cmp_ne_u16_e32 vcc, 5, v152
	s_nop 1
	v_cndmask_b32_e32 v158, v18, v158, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v160, v18, v160, vcc
	v_cmp_ne_u16_e32 vcc, 6, v161
	s_nop 1
	v_cndmask_b32_e32 v154, v17, v154, vcc
	v_cmp_ne_u16_e32 vcc, 6, v162
	s_nop 1
	v_cndmask_b32_e32 v156, v17, v156, vcc
	v_cmp_ne_u16_e32 vcc, 6, v152
	s_nop 1
	v_cndmask_b32_e32 v158, v17, v158, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v160, v17, v160, vcc
	v_cmp_ne_u16_e32 vcc, 7, v161
	v_lshlrev_b16_e32 v161, 8, v2
	s_nop 0
	v_cndmask_b32_e32 v154, v16, v154, vcc
	v_cmp_ne_u16_e32 vcc, 7, v162
	v_lshlrev_b16_e32 v162, 7, v2
	v_and_b32_e32 v162, 0x3f80, v162
	v_cndmask_b32_e32 v156, v16, v156, vcc
	v_cmp_ne_u16_e32 vcc, 7, v152
	v_add_u16_e32 v162, 0x2000, v162
	s_nop 0
	v_cndmask_b32_e32 v152, v16, v158, vcc
	v_and_b32_e32 v158, 0xffff8000, v153
	v_and_b32_e32 v153, 0xffff8000, v155
	v_or_b32_e32 v153, v156, v153
	v_lshlrev_b16_sdwa v156, v26, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cmp_ne_u16_e32 vcc, 7, v0
	v_or_b32_e32 v168, v154, v158
	v_lshrrev_b32_e32 v154, 8, v2
	v_and_b32_e32 v156, 0x3f80, v156
	v_lshlrev_b16_sdwa v158, v26, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v0, v16, v160, vcc
	v_and_b32_e32 v158, 0x3f80, v158
	v_lshlrev_b16_e32 v160, 7, v154
	v_add_u16_e32 v156, 0x2000, v156
	v_cmp_ne_u16_e32 vcc, s4, v163
	v_and_b32_e32 v155, 0xffff8000, v157
	v_and_b32_e32 v157, 0xffff8000, v159
	v_lshlrev_b16_e32 v159, 8, v154
	v_and_b32_e32 v160, 0x3f80, v160
	v_and_b32_e32 v154, 0x7f, v154
	v_add_u16_e32 v158, 0x2000, v158
	v_cndmask_b32_e32 v156, v23, v156, vcc
	v_cmp_ne_u16_e32 vcc, s4, v164
	v_or_b32_e32 v0, v0, v157
	v_or_b32_e32 v152, v152, v155
	v_lshlrev_b16_sdwa v155, v24, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v157, v24, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v2, 0x7f, v2
	v_add_u16_e32 v160, 0x2000, v160
	v_cndmask_b32_e32 v158, v23, v158, vcc
	v_cmp_ne_u16_e32 vcc, s4, v154
	s_nop 1
	v_cndmask_b32_e32 v160, v23, v160, vcc
	v_cmp_ne_u16_e32 vcc, s4, v2
	s_nop 1
	v_cndmask_b32_e32 v162, v23, v162, vcc
	v_cmp_ne_u16_e32 vcc, 0, v163
	s_nop 1
	v_cndmask_b32_e32 v156, 0, v156, vcc
	v_cmp_ne_u16_e32 vcc, 0, v164
	s_nop 1
	v_cndmask_b32_e32 v158, 0, v158, vcc
	v_cmp_ne_u16_e32 vcc, 0, v154
	s_nop 1
	v_cndmask_b32_e32 v160, 0, v160, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	s_nop 1
	v_cndmask_b32_e32 v162, 0, v162, vcc
	v_cmp_ne_u16_e32 vcc, 1, v163
	s_nop 1
	v_cndmask_b32_e32 v156, v22, v156, vcc
	v_cmp_ne_u16_e32 vcc, 1, v164
	s_nop 1
	v_cndmask_b32_e32 v158, v22, v158, vcc
	v_cmp_ne_u16_e32 vcc, 1, v154
	s_nop 1
	v_cndmask_b32_e32 v160, v22, v160, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	s_nop 1
	v_cndmask_b32_e32 v162, v22, v162, vcc
	v_cmp_ne_u16_e32 vcc, 2, v163
	s_nop 1
	v_cndmask_b32_e32 v156, v21, v156, vcc
	v_cmp_ne_u16_e32 vcc, 2, v164
	s_nop 1
	v_cndmask_b32_e32 v158, v21, v158, vcc
	v_cmp_ne_u16_e32 vcc, 2, v154
	s_nop 1
	v_cndmask_b32_e32 v160, v21, v160, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	s_nop 1
	v_cndmask_b32_e32 v162, v21, v162, vcc
	v_cmp_ne_u16_e32 vcc, 3, v163
	s_nop 1
	v_cndmask_b32_e32 v156, v20, v156, vcc
	v_cmp_ne_u16_e32 vcc, 3, v164
	s_nop 1
	v_cndmask_b32_e32 v158, v20, v158, vcc
	v_cmp_ne_u16_e32 vcc, 3, v154
	s_nop 1
	v_cndmask_b32_e32 v160, v20, v160, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v162, v20, v162, vcc
	v_cmp_ne_u16_e32 vcc, 4, v163
	s_nop 1
	v_cndmask_b32_e32 v156, v19, v156, vcc
	v_cmp_ne_u16_e32 vcc, 4, v164
	s_nop 1
	v_cndmask_b32_e32 v158, v19, v158, vcc
	v_cmp_ne_u16_e32 vcc, 4, v154
	s_nop 1
	v_cndmask_b32_e32 v160, v19, v160, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v162, v19, v162, vcc
	v_cmp_ne_u16_e32 vcc, 5, v163
	s_nop 1
	v_cndmask_b32_e32 v156, v18, v156, vcc
	v_cmp_ne_u16_e32 vcc, 5, v164
	s_nop 1
	v_cndmask_b32_e32 v158, v18, v158, vcc
	v_cmp_ne_u16_e32 vcc, 5, v154
	s_nop 1
	v_cndmask_b32_e32 v160, v18, v160, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v162, v18, v162, vcc
	v_cmp_ne_u16_e32 vcc, 6, v163
	s_nop 1
	v_cndmask_b32_e32 v156, v17, v156, vcc
	v_cmp_ne_u16_e32 vcc, 6, v164
	s_nop 1
	v_cndmask_b32_e32 v158, v17, v158, vcc
	v_cmp_ne_u16_e32 vcc, 6, v154
	s_nop 1
	v_cndmask_b32_e32 v160, v17, v160, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v162, v17, v162, vcc
	v_cmp_ne_u16_e32 vcc, 7, v163
	v_lshlrev_b16_e32 v163, 8, v4
	s_nop 0
	v_cndmask_b32_e32 v156, v16, v156, vcc
	v_cmp_ne_u16_e32 vcc, 7, v164
	v_lshlrev_b16_e32 v164, 7, v4
	v_and_b32_e32 v164, 0x3f80, v164
	v_cndmask_b32_e32 v158, v16, v158, vcc
	v_cmp_ne_u16_e32 vcc, 7, v154
	v_add_u16_e32 v164, 0x2000, v164
	s_nop 0
	v_cndmask_b32_e32 v154, v16, v160, vcc
	v_and_b32_e32 v160, 0xffff8000, v155
	v_and_b32_e32 v155, 0xffff8000, v157
	v_or_b32_e32 v155, v158, v155
	v_lshlrev_b16_sdwa v158, v26, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cmp_ne_u16_e32 vcc, 7, v2
	v_or_b32_e32 v170, v156, v160
	v_lshrrev_b32_e32 v156, 8, v4
	v_and_b32_e32 v158, 0x3f80, v158
	v_lshlrev_b16_sdwa v160, v26, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v2, v16, v162, vcc
	v_and_b32_e32 v160, 0x3f80, v160
	v_lshlrev_b16_e32 v162, 7, v156
	v_add_u16_e32 v158, 0x2000, v158
	v_cmp_ne_u16_e32 vcc, s4, v165
	v_and_b32_e32 v157, 0xffff8000, v159
	v_and_b32_e32 v159, 0xffff8000, v161
	v_lshlrev_b16_e32 v161, 8, v156
	v_and_b32_e32 v162, 0x3f80, v162
	v_and_b32_e32 v156, 0x7f, v156
	v_add_u16_e32 v160, 0x2000, v160
	v_cndmask_b32_e32 v158, v23, v158, vcc
	v_cmp_ne_u16_e32 vcc, s4, v166
	v_or_b32_e32 v2, v2, v159
	v_or_b32_e32 v154, v154, v157
	v_lshlrev_b16_sdwa v157, v24, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v159, v24, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v4, 0x7f, v4
	v_add_u16_e32 v162, 0x2000, v162
	v_cndmask_b32_e32 v160, v23, v160, vcc
	v_cmp_ne_u16_e32 vcc, s4, v156
	s_nop 1
	v_cndmask_b32_e32 v162, v23, v162, vcc
	v_cmp_ne_u16_e32 vcc, s4, v4
	s_nop 1
	v_cndmask_b32_e32 v164, v23, v164, vcc
	v_cmp_ne_u16_e32 vcc, 0, v165
	s_nop 1
	v_cndmask_b32_e32 v158, 0, v158, vcc
	v_cmp_ne_u16_e32 vcc, 0, v166
	s_nop 1
	v_cndmask_b32_e32 v160, 0, v160, vcc
	v_cmp_ne_u16_e32 vcc, 0, v156
	s_nop 1
	v_cndmask_b32_e32 v162, 0, v162, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v164, 0, v164, vcc
	v_cmp_ne_u16_e32 vcc, 1, v165
	s_nop 1
	v_cndmask_b32_e32 v158, v22, v158, vcc
	v_cmp_ne_u16_e32 vcc, 1, v166
	s_nop 1
	v_cndmask_b32_e32 v160, v22, v160, vcc
	v_cmp_ne_u16_e32 vcc, 1, v156
	s_nop 1
	v_cndmask_b32_e32 v162, v22, v162, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v164, v22, v164, vcc
	v_cmp_ne_u16_e32 vcc, 2, v165
	s_nop 1
	v_cndmask_b32_e32 v158, v21, v158, vcc
	v_cmp_ne_u16_e32 vcc, 2, v166
	s_nop 1
	v_cndmask_b32_e32 v160, v21, v160, vcc
	v_cmp_ne_u16_e32 vcc, 2, v156
	s_nop 1
	v_cndmask_b32_e32 v162, v21, v162, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v164, v21, v164, vcc
	v_cmp_ne_u16_e32 vcc, 3, v165
	s_nop 1
	v_cndmask_b32_e32 v158, v20, v158, vcc
	v_cmp_ne_u16_e32 vcc, 3, v166
	s_nop 1
	v_cndmask_b32_e32 v160, v20, v160, vcc
	v_cmp_ne_u16_e32 vcc, 3, v156
	s_nop 1
	v_cndmask_b32_e32 v162, v20, v162, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v164, v20, v164, vcc
	v_cmp_ne_u16_e32 vcc, 4, v165
	s_nop 1
	v_cndmask_b32_e32 v158, v19, v158, vcc
	v_cmp_ne_u16_e32 vcc, 4, v166
	s_nop 1
	v_cndmask_b32_e32 v160, v19, v160, vcc
	v_cmp_ne_u16_e32 vcc, 4, v156
	s_nop 1
	v_cndmask_b32_e32 v162, v19, v162, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v164, v19, v164, vcc
	v_cmp_ne_u16_e32 vcc, 5, v165
	s_nop 1
	v_cndmask_b32_e32 v158, v18, v158, vcc
	v_cmp_ne_u16_e32 vcc, 5, v166
	s_nop 1
	v_cndmask_b32_e32 v160, v18, v160, vcc
	v_cmp_ne_u16_e32 vcc, 5, v156
	s_nop 1
	v_cndmask_b32_e32 v162, v18, v162, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v164, v18, v164, vcc
	v_cmp_ne_u16_e32 vcc, 6, v165
	s_nop 1
	v_cndmask_b32_e32 v158, v17, v158, vcc
	v_cmp_ne_u16_e32 vcc, 6, v166
	s_nop 1
	v_cndmask_b32_e32 v160, v17, v160, vcc
	v_cmp_ne_u16_e32 vcc, 6, v156
	s_nop 1
	v_cndmask_b32_e32 v162, v17, v162, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v164, v17, v164, vcc
	v_cmp_ne_u16_e32 vcc, 7, v165
	v_lshlrev_b16_e32 v165, 8, v6
	s_nop 0
	v_cndmask_b32_e32 v158, v16, v158, vcc
	v_cmp_ne_u16_e32 vcc, 7, v166
	v_lshlrev_b16_e32 v166, 7, v6
	v_and_b32_e32 v166, 0x3f80, v166
	v_cndmask_b32_e32 v160, v16, v160, vcc
	v_cmp_ne_u16_e32 vcc, 7, v156
	v_add_u16_e32 v166, 0x2000, v166
	s_nop 0
	v_cndmask_b32_e32 v156, v16, v162, vcc
	v_and_b32_e32 v162, 0xffff8000, v157
	v_and_b32_e32 v157, 0xffff8000, v159
	v_or_b32_e32 v157, v160, v157
	v_lshlrev_b16_sdwa v160, v26, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_or_b32_e32 v180, v158, v162
	v_lshrrev_b32_e32 v158, 8, v6
	v_and_b32_e32 v160, 0x3f80, v160
	v_lshlrev_b16_sdwa v162, v26, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v4, v16, v164, vcc
	v_and_b32_e32 v162, 0x3f80, v162
	v_lshlrev_b16_e32 v164, 7, v158
	v_add_u16_e32 v160, 0x2000, v160
	v_cmp_ne_u16_e32 vcc, s4, v167
	v_and_b32_e32 v159, 0xffff8000, v161
	v_and_b32_e32 v161, 0xffff8000, v163
	v_lshlrev_b16_e32 v163, 8, v158
	v_and_b32_e32 v164, 0x3f80, v164
	v_and_b32_e32 v158, 0x7f, v158
	v_add_u16_e32 v162, 0x2000, v162
	v_cndmask_b32_e32 v160, v23, v160, vcc
	v_cmp_ne_u16_e32 vcc, s4, v181
	v_or_b32_e32 v4, v4, v161
	v_or_b32_e32 v156, v156, v159
	v_lshlrev_b16_sdwa v159, v24, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v161, v24, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v6, 0x7f, v6
	v_add_u16_e32 v164, 0x2000, v164
	v_cndmask_b32_e32 v162, v23, v162, vcc
	v_cmp_ne_u16_e32 vcc, s4, v158
	v_and_b32_e32 v161, 0xffff8000, v161
	v_and_b32_e32 v159, 0xffff8000, v159
	v_cndmask_b32_e32 v164, v23, v164, vcc
	v_cmp_ne_u16_e32 vcc, s4, v6
	s_nop 1
	v_cndmask_b32_e32 v166, v23, v166, vcc
	v_cmp_ne_u16_e32 vcc, 0, v167
	s_nop 1
	v_cndmask_b32_e32 v160, 0, v160, vcc
	v_cmp_ne_u16_e32 vcc, 0, v181
	s_nop 1
	v_cndmask_b32_e32 v162, 0, v162, vcc
	v_cmp_ne_u16_e32 vcc, 0, v158
	s_nop 1
	v_cndmask_b32_e32 v164, 0, v164, vcc
	v_cmp_ne_u16_e32 vcc, 0, v6
	s_nop 1
	v_cndmask_b32_e32 v166, 0, v166, vcc
	v_cmp_ne_u16_e32 vcc, 1, v167
	s_nop 1
	v_cndmask_b32_e32 v160, v22, v160, vcc
	v_cmp_ne_u16_e32 vcc, 1, v181
	s_nop 1
	v_cndmask_b32_e32 v162, v22, v162, vcc
	v_cmp_ne_u16_e32 vcc, 1, v158
	s_nop 1
	v_cndmask_b32_e32 v164, v22, v164, vcc
	v_cmp_ne_u16_e32 vcc, 1, v6
	s_nop 1
	v_cndmask_b32_e32 v166, v22, v166, vcc
	v_cmp_ne_u16_e32 vcc, 2, v167
	s_nop 1
	v_cndmask_b32_e32 v160, v21, v160, vcc
	v_cmp_ne_u16_e32 vcc, 2, v181
	s_nop 1
	v_cndmask_b32_e32 v162, v21, v162, vcc
	v_cmp_ne_u16_e32 vcc, 2, v158
	s_nop 1
	v_cndmask_b32_e32 v164, v21, v164, vcc
	v_cmp_ne_u16_e32 vcc, 2, v6
	s_nop 1
	v_cndmask_b32_e32 v166, v21, v166, vcc
	v_cmp_ne_u16_e32 vcc, 3, v167
	s_nop 1
	v_cndmask_b32_e32 v160, v20, v160, vcc
	v_cmp_ne_u16_e32 vcc, 3, v181
	s_nop 1
	v_cndmask_b32_e32 v162, v20, v162, vcc
	v_cmp_ne_u16_e32 vcc, 3, v158
	s_nop 1
	v_cndmask_b32_e32 v164, v20, v164, vcc
	v_cmp_ne_u16_e32 vcc, 3, v6
	s_nop 1
	v_cndmask_b32_e32 v166, v20, v166, vcc
	v_cmp_ne_u16_e32 vcc, 4, v167
	s_nop 1
	v_cndmask_b32_e32 v160, v19, v160, vcc
	v_cmp_ne_u16_e32 vcc, 4, v181
	s_nop 1
	v_cndmask_b32_e32 v162, v19, v162, vcc
	v_cmp_ne_u16_e32 vcc, 4, v158
	s_nop 1
	v_cndmask_b32_e32 v164, v19, v164, vcc
	v_cmp_ne_u16_e32 vcc, 4, v6
	s_nop 1
	v_cndmask_b32_e32 v166, v19, v166, vcc
	v_cmp_ne_u16_e32 vcc, 5, v167
	s_nop 1
	v_cndmask_b32_e32 v160, v18, v160, vcc
	v_cmp_ne_u16_e32 vcc, 5, v181
	s_nop 1
	v_cndmask_b32_e32 v162, v18, v162, vcc
	v_cmp_ne_u16_e32 vcc, 5, v158
	s_nop 1
	v_cndmask_b32_e32 v164, v18, v164, vcc
	v_cmp_ne_u16_e32 vcc, 5, v6
	s_nop 1
	v_cndmask_b32_e32 v166, v18, v166, vcc
	v_cmp_ne_u16_e32 vcc, 6, v167
	s_nop 1
	v_cndmask_b32_e32 v160, v17, v160, vcc
	v_cmp_ne_u16_e32 vcc, 6, v181
	s_nop 1
	v_cndmask_b32_e32 v162, v17, v162, vcc
	v_cmp_ne_u16_e32 vcc, 6, v158
	s_nop 1
	v_cndmask_b32_e32 v164, v17, v164, vcc
	v_cmp_ne_u16_e32 vcc, 6, v6
	s_nop 1
	v_cndmask_b32_e32 v166, v17, v166, vcc
	v_cmp_ne_u16_e32 vcc, 7, v167
	s_nop 1
	v_cndmask_b32_e32 v167, v16, v160, vcc
	v_cmp_ne_u16_e32 vcc, 7, v181
	v_and_b32_e32 v160, 0xffff8000, v163
	v_and_b32_e32 v163, 0xffff8000, v165
	v_cndmask_b32_e32 v162, v16, v162, vcc
	v_cmp_ne_u16_e32 vcc, 7, v158
	v_or_b32_e32 v161, v162, v161
	v_lshlrev_b16_sdwa v162, v26, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v158, v16, v164, vcc
	v_cmp_ne_u16_e32 vcc, 7, v6
	v_or_b32_e32 v160, v158, v160
	v_lshrrev_b32_e32 v158, 8, v8
	v_and_b32_e32 v162, 0x3f80, v162
	v_lshlrev_b16_sdwa v164, v26, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v6, v16, v166, vcc
	v_and_b32_e32 v164, 0x3f80, v164
	v_lshlrev_b16_e32 v166, 7, v158
	v_add_u16_e32 v162, 0x2000, v162
	v_cmp_ne_u16_e32 vcc, s4, v183
	v_lshlrev_b16_e32 v165, 8, v158
	v_and_b32_e32 v166, 0x3f80, v166
	v_and_b32_e32 v158, 0x7f, v158
	v_add_u16_e32 v164, 0x2000, v164
	v_cndmask_b32_e32 v162, v23, v162, vcc
	v_cmp_ne_u16_e32 vcc, s4, v184
	v_or_b32_e32 v6, v6, v163
	v_or_b32_e32 v181, v167, v159
	v_lshlrev_b16_sdwa v159, v24, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v163, v24, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v167, 8, v8
	v_and_b32_e32 v8, 0x7f, v8
	v_add_u16_e32 v166, 0x2000, v166
	v_cndmask_b32_e32 v164, v23, v164, vcc
	v_cmp_ne_u16_e32 vcc, s4, v158
	v_and_b32_e32 v163, 0xffff8000, v163
	v_and_b32_e32 v159, 0xffff8000, v159
	v_cndmask_b32_e32 v166, v23, v166, vcc
	v_cmp_ne_u16_e32 vcc, s4, v8
	s_nop 1
	v_cndmask_b32_e32 v182, v23, v182, vcc
	v_cmp_ne_u16_e32 vcc, 0, v183
	s_nop 1
	v_cndmask_b32_e32 v162, 0, v162, vcc
	v_cmp_ne_u16_e32 vcc, 0, v184
	s_nop 1
	v_cndmask_b32_e32 v164, 0, v164, vcc
	v_cmp_ne_u16_e32 vcc, 0, v158
	s_nop 1
	v_cndmask_b32_e32 v166, 0, v166, vcc
	v_cmp_ne_u16_e32 vcc, 0, v8
	s_nop 1
	v_cndmask_b32_e32 v182, 0, v182, vcc
	v_cmp_ne_u16_e32 vcc, 1, v183
	s_nop 1
	v_cndmask_b32_e32 v162, v22, v162, vcc
	v_cmp_ne_u16_e32 vcc, 1, v184
	s_nop 1
	v_cndmask_b32_e32 v164, v22, v164, vcc
	v_cmp_ne_u16_e32 vcc, 1, v158
	s_nop 1
	v_cndmask_b32_e32 v166, v22, v166, vcc
	v_cmp_ne_u16_e32 vcc, 1, v8
	s_nop 1
	v_cndmask_b32_e32 v182, v22, v182, vcc
	v_cmp_ne_u16_e32 vcc, 2, v183
	s_nop 1
	v_cndmask_b32_e32 v162, v21, v162, vcc
	v_cmp_ne_u16_e32 vcc, 2, v184
	s_nop 1
	v_cndmask_b32_e32 v164, v21, v164, vcc
	v_cmp_ne_u16_e32 vcc, 2, v158
	s_nop 1
	v_cndmask_b32_e32 v166, v21, v166, vcc
	v_cmp_ne_u16_e32 vcc, 2, v8
	s_nop 1
	v_cndmask_b32_e32 v182, v21, v182, vcc
	v_cmp_ne_u16_e32 vcc, 3, v183
	s_nop 1
	v_cndmask_b32_e32 v162, v20, v162, vcc
	v_cmp_ne_u16_e32 vcc, 3, v184
	s_nop 1
	v_cndmask_b32_e32 v164, v20, v164, vcc
	v_cmp_ne_u16_e32 vcc, 3, v158
	s_nop 1
	v_cndmask_b32_e32 v166, v20, v166, vcc
	v_cmp_ne_u16_e32 vcc, 3, v8
	s_nop 1
	v_cndmask_b32_e32 v182, v20, v182, vcc
	v_cmp_ne_u16_e32 vcc, 4, v183
	s_nop 1
	v_cndmask_b32_e32 v162, v19, v162, vcc
	v_cmp_ne_u16_e32 vcc, 4, v184
	s_nop 1
	v_cndmask_b32_e32 v164, v19, v164, vcc
	v_cmp_ne_u16_e32 vcc, 4, v158
	s_nop 1
	v_cndmask_b32_e32 v166, v19, v166, vcc
	v_cmp_ne_u16_e32 vcc, 4, v8
	s_nop 1
	v_cndmask_b32_e32 v182, v19, v182, vcc
	v_cmp_ne_u16_e32 vcc, 5, v183
	s_nop 1
	v_cndmask_b32_e32 v162, v18, v162, vcc
	v_cmp_ne_u16_e32 vcc, 5, v184
	s_nop 1
	v_cndmask_b32_e32 v164, v18, v164, vcc
	v_cmp_ne_u16_e32 vcc, 5, v158
	s_nop 1
	v_cndmask_b32_e32 v166, v18, v166, vcc
	v_cmp_ne_u16_e32 vcc, 5, v8
	s_nop 1
	v_cndmask_b32_e32 v182, v18, v182, vcc
	v_cmp_ne_u16_e32 vcc, 6, v183
	s_nop 1
	v_cndmask_b32_e32 v162, v17, v162, vcc
	v_cmp_ne_u16_e32 vcc, 6, v184
	s_nop 1
	v_cndmask_b32_e32 v164, v17, v164, vcc
	v_cmp_ne_u16_e32 vcc, 6, v158
	s_nop 1
	v_cndmask_b32_e32 v166, v17, v166, vcc
	v_cmp_ne_u16_e32 vcc, 6, v8
	s_nop 1
	v_cndmask_b32_e32 v182, v17, v182, vcc
	v_cmp_ne_u16_e32 vcc, 7, v183
	s_nop 1
	v_cndmask_b32_e32 v183, v16, v162, vcc
	v_cmp_ne_u16_e32 vcc, 7, v184
	v_and_b32_e32 v162, 0xffff8000, v165
	v_and_b32_e32 v165, 0xffff8000, v167
	v_cndmask_b32_e32 v164, v16, v164, vcc
	v_cmp_ne_u16_e32 vcc, 7, v158
	v_or_b32_e32 v163, v164, v163
	v_lshlrev_b16_sdwa v164, v26, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v158, v16, v166, vcc
	v_cmp_ne_u16_e32 vcc, 7, v8
	v_or_b32_e32 v162, v158, v162
	v_lshrrev_b32_e32 v158, 8, v12
	v_and_b32_e32 v164, 0x3f80, v164
	v_lshlrev_b16_sdwa v166, v26, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v8, v16, v182, vcc
	v_or_b32_e32 v182, v183, v159
	v_and_b32_e32 v166, 0x3f80, v166
	v_lshlrev_b16_e32 v183, 7, v158
	v_add_u16_e32 v164, 0x2000, v164
	v_cmp_ne_u16_e32 vcc, s4, v185
	v_lshlrev_b16_e32 v167, 8, v158
	v_and_b32_e32 v183, 0x3f80, v183
	v_and_b32_e32 v158, 0x7f, v158
	v_add_u16_e32 v166, 0x2000, v166
	v_cndmask_b32_e32 v164, v23, v164, vcc
	v_cmp_ne_u16_e32 vcc, s4, v186
	v_or_b32_e32 v8, v8, v165
	v_lshlrev_b16_sdwa v159, v24, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v165, v24, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v184, 8, v12
	v_and_b32_e32 v12, 0x7f, v12
	v_add_u16_e32 v183, 0x2000, v183
	v_cndmask_b32_e32 v166, v23, v166, vcc
	v_cmp_ne_u16_e32 vcc, s4, v158
	v_and_b32_e32 v165, 0xffff8000, v165
	v_and_b32_e32 v159, 0xffff8000, v159
	v_cndmask_b32_e32 v183, v23, v183, vcc
	v_cmp_ne_u16_e32 vcc, s4, v12
	s_nop 1
	v_cndmask_b32_e32 v176, v23, v176, vcc
	v_cmp_ne_u16_e32 vcc, 0, v185
	s_nop 1
	v_cndmask_b32_e32 v164, 0, v164, vcc
	v_cmp_ne_u16_e32 vcc, 0, v186
	s_nop 1
	v_cndmask_b32_e32 v166, 0, v166, vcc
	v_cmp_ne_u16_e32 vcc, 0, v158
	s_nop 1
	v_cndmask_b32_e32 v183, 0, v183, vcc
	v_cmp_ne_u16_e32 vcc, 0, v12
	s_nop 1
	v_cndmask_b32_e32 v176, 0, v176, vcc
	v_cmp_ne_u16_e32 vcc, 1, v185
	s_nop 1
	v_cndmask_b32_e32 v164, v22, v164, vcc
	v_cmp_ne_u16_e32 vcc, 1, v186
	s_nop 1
	v_cndmask_b32_e32 v166, v22, v166, vcc
	v_cmp_ne_u16_e32 vcc, 1, v158
	s_nop 1
	v_cndmask_b32_e32 v183, v22, v183, vcc
	v_cmp_ne_u16_e32 vcc, 1, v12
	s_nop 1
	v_cndmask_b32_e32 v176, v22, v176, vcc
	v_cmp_ne_u16_e32 vcc, 2, v185
	s_nop 1
	v_cndmask_b32_e32 v164, v21, v164, vcc
	v_cmp_ne_u16_e32 vcc, 2, v186
	s_nop 1
	v_cndmask_b32_e32 v166, v21, v166, vcc
	v_cmp_ne_u16_e32 vcc, 2, v158
	s_nop 1
	v_cndmask_b32_e32 v183, v21, v183, vcc
	v_cmp_ne_u16_e32 vcc, 2, v12
	s_nop 1
	v_cndmask_b32_e32 v176, v21, v176, vcc
	v_cmp_ne_u16_e32 vcc, 3, v185
	s_nop 1
	v_cndmask_b32_e32 v164, v20, v164, vcc
	v_cmp_ne_u16_e32 vcc, 3, v186
	s_nop 1
	v_cndmask_b32_e32 v166, v20, v166, vcc
	v_cmp_ne_u16_e32 vcc, 3, v158
	s_nop 1
	v_cndmask_b32_e32 v183, v20, v183, vcc
	v_cmp_ne_u16_e32 vcc, 3, v12
	s_nop 1
	v_cndmask_b32_e32 v176, v20, v176, vcc
	v_cmp_ne_u16_e32 vcc, 4, v185
	s_nop 1
	v_cndmask_b32_e32 v164, v19, v164, vcc
	v_cmp_ne_u16_e32 vcc, 4, v186
	s_nop 1
	v_cndmask_b32_e32 v166, v19, v166, vcc
	v_cmp_ne_u16_e32 vcc, 4, v158
	s_nop 1
	v_cndmask_b32_e32 v183, v19, v183, vcc
	v_cmp_ne_u16_e32 vcc, 4, v12
	s_nop 1
	v_cndmask_b32_e32 v176, v19, v176, vcc
	v_cmp_ne_u16_e32 vcc, 5, v185
	s_nop 1
	v_cndmask_b32_e32 v164, v18, v164, vcc
	v_cmp_ne_u16_e32 vcc, 5, v186
	s_nop 1
	v_cndmask_b32_e32 v166, v18, v166, vcc
	v_cmp_ne_u16_e32 vcc, 5, v158
	s_nop 1
	v_cndmask_b32_e32 v183, v18, v183, vcc
	v_cmp_ne_u16_e32 vcc, 5, v12
	s_nop 1
	v_cndmask_b32_e32 v176, v18, v176, vcc
	v_cmp_ne_u16_e32 vcc, 6, v185
	s_nop 1
	v_cndmask_b32_e32 v164, v17, v164, vcc
	v_cmp_ne_u16_e32 vcc, 6, v186
	s_nop 1
	v_cndmask_b32_e32 v166, v17, v166, vcc
	v_cmp_ne_u16_e32 vcc, 6, v158
	s_nop 1
	v_cndmask_b32_e32 v183, v17, v183, vcc
	v_cmp_ne_u16_e32 vcc, 6, v12
	s_nop 1
	v_cndmask_b32_e32 v176, v17, v176, vcc
	v_cmp_ne_u16_e32 vcc, 7, v185
	s_nop 1
	v_cndmask_b32_e32 v185, v16, v164, vcc
	v_cmp_ne_u16_e32 vcc, 7, v186
	v_and_b32_e32 v164, 0xffff8000, v167
	v_and_b32_e32 v167, 0xffff8000, v184
	v_cndmask_b32_e32 v166, v16, v166, vcc
	v_cmp_ne_u16_e32 vcc, 7, v158
	v_or_b32_e32 v165, v166, v165
	v_lshlrev_b16_sdwa v166, v26, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v158, v16, v183, vcc
	v_cmp_ne_u16_e32 vcc, 7, v12
	v_or_b32_e32 v164, v158, v164
	v_lshrrev_b32_e32 v158, 8, v10
	v_cndmask_b32_e32 v12, v16, v176, vcc
	v_and_b32_e32 v166, 0x3f80, v166
	v_lshlrev_b16_sdwa v176, v26, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v183, v185, v159
	v_and_b32_e32 v176, 0x3f80, v176
	v_lshlrev_b16_e32 v185, 7, v158
	v_add_u16_e32 v166, 0x2000, v166
	v_cmp_ne_u16_e32 vcc, s4, v187
	v_lshlrev_b16_e32 v184, 8, v158
	v_and_b32_e32 v185, 0x3f80, v185
	v_and_b32_e32 v158, 0x7f, v158
	v_add_u16_e32 v176, 0x2000, v176
	v_cndmask_b32_e32 v166, v23, v166, vcc
	v_cmp_ne_u16_e32 vcc, s4, v188
	v_or_b32_e32 v12, v12, v167
	v_lshlrev_b16_sdwa v159, v24, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v167, v24, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v186, 8, v10
	v_and_b32_e32 v10, 0x7f, v10
	v_add_u16_e32 v185, 0x2000, v185
	v_cndmask_b32_e32 v176, v23, v176, vcc
	v_cmp_ne_u16_e32 vcc, s4, v158
	v_and_b32_e32 v167, 0xffff8000, v167
	v_and_b32_e32 v159, 0xffff8000, v159
	v_cndmask_b32_e32 v185, v23, v185, vcc
	v_cmp_ne_u16_e32 vcc, s4, v10
	s_nop 1
	v_cndmask_b32_e32 v178, v23, v178, vcc
	v_cmp_ne_u16_e32 vcc, 0, v187
	s_nop 1
	v_cndmask_b32_e32 v166, 0, v166, vcc
	v_cmp_ne_u16_e32 vcc, 0, v188
	s_nop 1
	v_cndmask_b32_e32 v176, 0, v176, vcc
	v_cmp_ne_u16_e32 vcc, 0, v158
	s_nop 1
	v_cndmask_b32_e32 v185, 0, v185, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	s_nop 1
	v_cndmask_b32_e32 v178, 0, v178, vcc
	v_cmp_ne_u16_e32 vcc, 1, v187
	s_nop 1
	v_cndmask_b32_e32 v166, v22, v166, vcc
	v_cmp_ne_u16_e32 vcc, 1, v188
	s_nop 1
	v_cndmask_b32_e32 v176, v22, v176, vcc
	v_cmp_ne_u16_e32 vcc, 1, v158
	s_nop 1
	v_cndmask_b32_e32 v185, v22, v185, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v178, v22, v178, vcc
	v_cmp_ne_u16_e32 vcc, 2, v187
	s_nop 1
	v_cndmask_b32_e32 v166, v21, v166, vcc
	v_cmp_ne_u16_e32 vcc, 2, v188
	s_nop 1
	v_cndmask_b32_e32 v176, v21, v176, vcc
	v_cmp_ne_u16_e32 vcc, 2, v158
	s_nop 1
	v_cndmask_b32_e32 v185, v21, v185, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v178, v21, v178, vcc
	v_cmp_ne_u16_e32 vcc, 3, v187
	s_nop 1
	v_cndmask_b32_e32 v166, v20, v166, vcc
	v_cmp_ne_u16_e32 vcc, 3, v188
	s_nop 1
	v_cndmask_b32_e32 v176, v20, v176, vcc
	v_cmp_ne_u16_e32 vcc, 3, v158
	s_nop 1
	v_cndmask_b32_e32 v185, v20, v185, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v178, v20, v178, vcc
	v_cmp_ne_u16_e32 vcc, 4, v187
	s_nop 1
	v_cndmask_b32_e32 v166, v19, v166, vcc
	v_cmp_ne_u16_e32 vcc, 4, v188
	s_nop 1
	v_cndmask_b32_e32 v176, v19, v176, vcc
	v_cmp_ne_u16_e32 vcc, 4, v158
	s_nop 1
	v_cndmask_b32_e32 v185, v19, v185, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v178, v19, v178, vcc
	v_cmp_ne_u16_e32 vcc, 5, v187
	s_nop 1
	v_cndmask_b32_e32 v166, v18, v166, vcc
	v_cmp_ne_u16_e32 vcc, 5, v188
	s_nop 1
	v_cndmask_b32_e32 v176, v18, v176, vcc
	v_cmp_ne_u16_e32 vcc, 5, v158
	s_nop 1
	v_cndmask_b32_e32 v185, v18, v185, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v178, v18, v178, vcc
	v_cmp_ne_u16_e32 vcc, 6, v187
	s_nop 1
	v_cndmask_b32_e32 v166, v17, v166, vcc
	v_cmp_ne_u16_e32 vcc, 6, v188
	s_nop 1
	v_cndmask_b32_e32 v176, v17, v176, vcc
	v_cmp_ne_u16_e32 vcc, 6, v158
	s_nop 1
	v_cndmask_b32_e32 v185, v17, v185, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v178, v17, v178, vcc
	v_cmp_ne_u16_e32 vcc, 7, v187
	s_nop 1
	v_cndmask_b32_e32 v187, v16, v166, vcc
	v_cmp_ne_u16_e32 vcc, 7, v188
	v_and_b32_e32 v166, 0xffff8000, v184
	v_and_b32_sdwa v188, v14, s4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v176, v16, v176, vcc
	v_cmp_ne_u16_e32 vcc, 7, v158
	v_or_b32_e32 v167, v176, v167
	v_lshlrev_b16_sdwa v176, v26, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v158, v16, v185, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	v_or_b32_e32 v166, v158, v166
	v_lshrrev_b32_e32 v158, 8, v14
	v_and_b32_e32 v176, 0x3f80, v176
	v_lshlrev_b16_sdwa v26, v26, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v10, v16, v178, vcc
	v_and_b32_e32 v178, 0xffff8000, v186
	v_and_b32_e32 v26, 0x3f80, v26
	v_lshlrev_b16_e32 v185, 7, v158
	v_add_u16_e32 v176, 0x2000, v176
	v_cmp_ne_u16_e32 vcc, s4, v188
	v_or_b32_e32 v10, v10, v178
	v_or_b32_e32 v184, v187, v159
	v_lshlrev_b16_e32 v178, 8, v158
	v_and_b32_e32 v185, 0x3f80, v185
	v_lshlrev_b16_e32 v187, 7, v14
	v_and_b32_e32 v158, 0x7f, v158
	v_add_u16_e32 v26, 0x2000, v26
	v_cndmask_b32_e32 v176, v23, v176, vcc
	v_cmp_ne_u16_e32 vcc, s4, v189
	v_lshlrev_b16_sdwa v159, v24, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v24, v24, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v186, 8, v14
	v_and_b32_e32 v187, 0x3f80, v187
	v_and_b32_e32 v14, 0x7f, v14
	v_add_u16_e32 v185, 0x2000, v185
	v_cndmask_b32_e32 v26, v23, v26, vcc
	v_cmp_ne_u16_e32 vcc, s4, v158
	v_add_u16_e32 v187, 0x2000, v187
	s_nop 0
	v_cndmask_b32_e32 v185, v23, v185, vcc
	v_cmp_ne_u16_e32 vcc, s4, v14
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_mov_b32 s4, 0x5040100
	v_perm_b32 v152, v152, v0, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v23, v23, v187, vcc
	v_cmp_ne_u16_e32 vcc, 0, v188
	v_accvgpr_read_b32 v0, a13
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v128, v126, v128, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v176, 0, v176, vcc
	v_cmp_ne_u16_e32 vcc, 0, v189
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v126, v179, v0, s4
	v_accvgpr_read_b32 v0, a11
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v26, 0, v26, vcc
	v_cmp_ne_u16_e32 vcc, 0, v158
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v151, v205, v151, s4
	v_perm_b32 v150, v204, v150, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v185, 0, v185, vcc
	v_cmp_ne_u16_e32 vcc, 0, v14
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v129, v123, v129, s4
	v_perm_b32 v130, v122, v130, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v23, 0, v23, vcc
	v_cmp_ne_u16_e32 vcc, 1, v188
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v131, v119, v131, s4
	v_perm_b32 v132, v118, v132, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v176, v22, v176, vcc
	v_cmp_ne_u16_e32 vcc, 1, v189
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v133, v115, v133, s4
	v_perm_b32 v166, v166, v10, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v26, v22, v26, vcc
	v_cmp_ne_u16_e32 vcc, 1, v158
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v164, v164, v12, s4
	v_perm_b32 v162, v162, v8, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v185, v22, v185, vcc
	v_cmp_ne_u16_e32 vcc, 1, v14
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v160, v160, v6, s4
	v_perm_b32 v156, v156, v4, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v22, v22, v23, vcc
	v_cmp_ne_u16_e32 vcc, 2, v188
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v154, v154, v2, s4
	v_perm_b32 v31, v31, v30, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v23, v21, v176, vcc
	v_cmp_ne_u16_e32 vcc, 2, v189
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v30, v25, v15, s4
	v_perm_b32 v28, v28, v11, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v26, v21, v26, vcc
	v_cmp_ne_u16_e32 vcc, 2, v158
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v134, v114, v134, s4
	v_perm_b32 v149, v203, v149, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v176, v21, v185, vcc
	v_cmp_ne_u16_e32 vcc, 2, v14
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v148, v202, v148, s4
	v_perm_b32 v167, v184, v167, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v21, v21, v22, vcc
	v_cmp_ne_u16_e32 vcc, 3, v188
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v147, v201, v147, s4
	v_perm_b32 v146, v200, v146, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v22, v20, v23, vcc
	v_cmp_ne_u16_e32 vcc, 3, v189
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v165, v183, v165, s4
	v_perm_b32 v145, v199, v145, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v23, v20, v26, vcc
	v_cmp_ne_u16_e32 vcc, 3, v158
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v144, v198, v144, s4
	v_perm_b32 v163, v182, v163, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v26, v20, v176, vcc
	v_cmp_ne_u16_e32 vcc, 3, v14
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v143, v197, v143, s4
	v_perm_b32 v142, v196, v142, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v20, v20, v21, vcc
	v_cmp_ne_u16_e32 vcc, 4, v188
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v161, v181, v161, s4
	v_perm_b32 v141, v195, v141, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v21, v19, v22, vcc
	v_cmp_ne_u16_e32 vcc, 4, v189
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v140, v194, v140, s4
	v_perm_b32 v157, v180, v157, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v22, v19, v23, vcc
	v_cmp_ne_u16_e32 vcc, 4, v158
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v139, v193, v139, s4
	v_perm_b32 v138, v192, v138, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v23, v19, v26, vcc
	v_cmp_ne_u16_e32 vcc, 4, v14
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v26, v253, v13, s4
	v_perm_b32 v155, v170, v155, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v19, v19, v20, vcc
	v_cmp_ne_u16_e32 vcc, 5, v188
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v137, v191, v137, s4
	v_perm_b32 v136, v85, v136, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v20, v18, v21, vcc
	v_cmp_ne_u16_e32 vcc, 5, v189
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v153, v168, v153, s4
	v_perm_b32 v135, v87, v135, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v21, v18, v22, vcc
	v_cmp_ne_u16_e32 vcc, 5, v158
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v29, v255, v29, s4
	v_perm_b32 v27, v254, v27, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v22, v18, v23, vcc
	v_cmp_ne_u16_e32 vcc, 5, v14
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v25, v252, v251, s4
	v_perm_b32 v127, v127, v177, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v18, v18, v19, vcc
	v_cmp_ne_u16_e32 vcc, 6, v188
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v23, v249, v248, s4
	v_perm_b32 v125, v237, v125, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v19, v17, v20, vcc
	v_cmp_ne_u16_e32 vcc, 6, v189
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v124, v236, v124, s4
	v_perm_b32 v121, v235, v121, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v20, v17, v21, vcc
	v_cmp_ne_u16_e32 vcc, 6, v158
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v120, v234, v120, s4
	v_perm_b32 v117, v233, v117, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v21, v17, v22, vcc
	v_cmp_ne_u16_e32 vcc, 6, v14
	v_and_b32_e32 v22, 0xffff8000, v186
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v116, v232, v116, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v17, v17, v18, vcc
	v_cmp_ne_u16_e32 vcc, 7, v188
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v113, v231, v113, s4
	v_perm_b32 v112, v230, v112, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v18, v16, v19, vcc
	v_cmp_ne_u16_e32 vcc, 7, v189
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v111, v229, v111, s4
	v_perm_b32 v110, v228, v110, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v19, v16, v20, vcc
	v_cmp_ne_u16_e32 vcc, 7, v158
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v109, v227, v109, s4
	v_perm_b32 v108, v226, v108, s4
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v20, v16, v21, vcc
	v_cmp_ne_u16_e32 vcc, 7, v14
	v_and_b32_e32 v21, 0xffff8000, v178
	v_or_b32_e32 v20, v20, v21
	v_cndmask_b32_e32 v14, v16, v17, vcc
	v_and_b32_e32 v16, 0xffff8000, v159
	v_and_b32_e32 v17, 0xffff8000, v24
	v_or_b32_e32 v17, v19, v17
	v_or_b32_e32 v16, v18, v16
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v159, v16, v17, s4
	v_perm_b32 v16, v238, v1, s4
	v_accvgpr_read_b32 v1, a12
	v_perm_b32 v123, v1, v0, s4
	v_accvgpr_read_b32 v0, a9
	v_accvgpr_read_b32 v1, a10
	v_perm_b32 v122, v1, v0, s4
	v_accvgpr_read_b32 v0, a7
	v_accvgpr_read_b32 v1, a8
	v_perm_b32 v119, v1, v0, s4
	v_accvgpr_read_b32 v0, a5
	v_accvgpr_read_b32 v1, a6
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_or_b32_e32 v14, v14, v22
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_perm_b32 v118, v1, v0, s4
	v_accvgpr_read_b32 v0, a3
	v_accvgpr_read_b32 v1, a4
	v_perm_b32 v158, v20, v14, s4
	v_perm_b32 v115, v1, v0, s4
	v_accvgpr_read_b32 v0, a1
	v_accvgpr_read_b32 v1, a2
	v_perm_b32 v24, v250, v9, s4
	v_perm_b32 v22, v247, v7, s4
	v_perm_b32 v20, v244, v5, s4
	v_perm_b32 v18, v241, v3, s4
	v_perm_b32 v114, v1, v0, s4
	v_mfma_f32_32x32x8_f16 v[0:15], v[150:151], v[158:159], 0
	v_perm_b32 v21, v246, v245, s4
	v_perm_b32 v19, v243, v242, s4
	v_perm_b32 v17, v240, v239, s4
	v_perm_b32 v107, v225, v107, s4
	v_perm_b32 v106, v224, v106, s4
	v_perm_b32 v105, v223, v105, s4
	v_perm_b32 v104, v222, v104, s4
	v_mfma_f32_32x32x8_f16 v[0:15], v[148:149], v[166:167], v[0:15]
	v_perm_b32 v103, v221, v103, s4
	v_perm_b32 v102, v220, v102, s4
	v_perm_b32 v101, v219, v101, s4
	v_perm_b32 v100, v218, v100, s4
	v_perm_b32 v99, v217, v99, s4
	v_perm_b32 v98, v216, v98, s4
	v_perm_b32 v97, v215, v97, s4
	v_mfma_f32_32x32x8_f16 v[0:15], v[146:147], v[164:165], v[0:15]
	v_perm_b32 v96, v214, v96, s4
	v_perm_b32 v95, v213, v95, s4
	v_perm_b32 v94, v212, v94, s4
	v_perm_b32 v93, v211, v93, s4
	v_perm_b32 v92, v210, v92, s4
	v_perm_b32 v91, v209, v91, s4
	v_perm_b32 v90, v208, v90, s4
	v_mfma_f32_32x32x8_f16 v[0:15], v[144:145], v[162:163], v[0:15]
	v_perm_b32 v89, v207, v89, s4
	v_perm_b32 v88, v206, v88, s4
	v_accvgpr_read_b32 v170, a0
	v_mfma_f32_32x32x8_f16 v[0:15], v[142:143], v[160:161], v[0:15]
	v_mfma_f32_32x32x8_f16 v[0:15], v[140:141], v[156:157], v[0:15]
	v_mfma_f32_32x32x8_f16 v[0:15], v[138:139], v[154:155], v[0:15]
	v_mfma_f32_32x32x8_f16 v[0:15], v[136:137], v[152:153], v[0:15]
	v_mfma_f32_32x32x8_f16 v[0:15], v[134:135], v[30:31], v[0:15]
	v_mfma_f32_32x32x8_f16 v[0:15], v[132:133], v[28:29], v[0:15]
	v_mfma_f32_32x32x8_f16 v[0:15], v[130:131], v[26:27], v[0:15]
	v_mfma_f32_32x32x8_f16 v[0:15], v[128:129], v[24:25], v[0:15]
	v_mfma_f32_32x32x8_f16 v[0:15], v[126:127], v[22:23], v[0:15]
	v_mfma_f32_32x32x8_f16 v[0:15], v[122:123], v[20:21], v[0:15]
	v_mfma_f32_32x32x8_f16 v[0:15], v[118:119], v[18:19], v[0:15]
	v_mfma_f32_32x32x8_f16 v[0:15], v[114:115], v[16:17], v[0:15]
	v_mfma_f32_32x32x8_f16 v[16:31], v[150:151], v[124:125], 0
	v_mfma_f32_32x32x8_f16 v[16:31], v[148:149], v[120:121], v[16:31]
	v_mfma_f32_32x32x8_f16 v[16:31], v[146:147], v[116:117], v[16:31]
	v_mfma_f32_32x32x8_f16 v[16:31], v[144:145], v[112:113], v[16:31]
	v_mfma_f32_32x32x8_f16 v[16:31], v[142:143], v[110:111], v[16:31]
	v_mfma_f32_32x32x8_f16 v[16:31], v[140:141], v[108:109], v[16:31]
	v_mfma_f32_32x32x8_f16 v[16:31], v[138:139], v[106:107], v[16:31]
	v_mfma_f32_32x32x8_f16 v[16:31], v[136:137], v[104:105], v[16:31]
	v_mfma_f32_32x32x8_f16 v[16:31], v[134:135], v[102:103], v[16:31]
	v_mfma_f32_32x32x8_f16 v[16:31], v[132:133], v[100:101], v[16:31]
	v_mfma_f32_32x32x8_f16 v[16:31], v[130:131], v[98:99], v[16:31]
	v_mfma_f32_32x32x8_f16 v[16:31], v[128:129], v[96:97], v[16:31]
	v_mfma_f32_32x32x8_f16 v[16:31], v[126:127], v[94:95], v[16:31]
	v_mfma_f32_32x32x8_f16 v[16:31], v[122:123], v[92:93], v[16:31]
	v_mfma_f32_32x32x8_f16 v[16:31], v[118:119], v[90:91], v[16:31]
	v_mfma_f32_32x32x8_f16 v[16:31], v[114:115], v[88:89], v[16:31]
	s_branch .LBB0_14
.LBB0_13:
	.loc	1 0 41 is_stmt 0                ; fused_moe.py:0:41
	v_mov_b32_e32 v30, 0
	v_mov_b32_e32 v31, v30
	v_mov_b32_e32 v28, v30
	v_mov_b32_e32 v29, v30
	v_mov_b32_e32 v26, v30
	v_mov_b32_e32 v27, v30
	v_mov_b32_e32 v24, v30
	v_mov_b32_e32 v25, v30
	v_mov_b32_e32 v22, v30
	v_mov_b32_e32 v23, v30
	v_mov_b32_e32 v20, v30
	v_mov_b32_e32 v21, v30
	v_mov_b32_e32 v18, v30
	v_mov_b32_e32 v19, v30
	v_mov_b32_e32 v16, v30
	v_mov_b32_e32 v17, v30
	v_mov_b32_e32 v14, v30
	v_mov_b32_e32 v15, v30
	v_mov_b32_e32 v12, v30
	v_mov_b32_e32 v13, v30
	v_mov_b32_e32 v10, v30
	v_mov_b32_e32 v11, v30
	v_mov_b32_e32 v8, v30
	v_mov_b32_e32 v9, v30
	v_mov_b32_e32 v6, v30
	v_mov_b32_e32 v7, v30
	v_mov_b32_e32 v4, v30
	v_mov_b32_e32 v5, v30
	v_mov_b32_e32 v2, v30
	v_mov_b32_e32 v3, v30
	v_mov_b32_e32 v0, v30
	v_mov_b32_e32 v1, v30
.LBB0_14:
	.loc	1 137 29 is_stmt 1              ; fused_moe.py:137:29
	v_lshlrev_b32_e32 v85, 2, v174
	v_bfrev_b32_e32 v87, 1
	s_and_b32 s13, s13, 0xffff
	s_mov_b32 s15, 0x27000
	s_mov_b32 s14, 0x7ffffffe
	v_cndmask_b32_e64 v85, v87, v85, s[2:3]
	buffer_load_dword v88, v85, s[12:15], 0 offen
	v_lshlrev_b32_e32 v85, 2, v175
	v_cndmask_b32_e64 v85, v87, v85, s[0:1]
	buffer_load_dword v90, v85, s[12:15], 0 offen
	.loc	1 128 46                        ; fused_moe.py:128:46
	s_waitcnt vmcnt(19)
	v_pk_mul_f32 v[2:3], v[86:87], v[2:3] op_sel_hi:[0,1]
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[2:3], v[78:79], v[2:3], v[64:65]
	.loc	1 91 21 is_stmt 1               ; fused_moe.py:91:21
	v_mul_lo_u32 v89, v175, s33
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[0:1], v[86:87], v[0:1] op_sel_hi:[0,1]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v3, v65, v3, s[16:17]
	v_cndmask_b32_e64 v2, v64, v2, s[16:17]
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_mul_lo_u32 v85, v174, s33
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[0:1], v[80:81], v[0:1], v[66:67]
	.loc	1 92 55                         ; fused_moe.py:92:55
	v_cmp_gt_i64_e32 vcc, s[34:35], v[34:35]
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[28:29], v[84:85], v[28:29] op_sel_hi:[0,1]
	v_pk_mul_f32 v[30:31], v[84:85], v[30:31] op_sel_hi:[0,1]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v1, v67, v1, s[16:17]
	v_cndmask_b32_e64 v0, v66, v0, s[16:17]
	s_movk_i32 s10, 0x7fff
	.loc	1 128 31                        ; fused_moe.py:128:31
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[28:29], v[70:71], v[28:29], v[38:39]
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[30:31], v[68:69], v[30:31], v[36:37]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v28, v38, v28, s[16:17]
	v_cndmask_b32_e64 v30, v36, v30, s[16:17]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_mov_b32_e32 v38, 0x7fff
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v31, v37, v31, s[16:17]
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[6:7], v[86:87], v[6:7] op_sel_hi:[0,1]
	.loc	1 92 55                         ; fused_moe.py:92:55
	v_cmp_gt_i64_e64 s[4:5], s[34:35], v[32:33]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_u32_e32 v32, s57, v85
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[6:7], v[74:75], v[6:7], v[60:61]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_mov_b32 s11, 0x5040100
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[4:5], v[86:87], v[4:5] op_sel_hi:[0,1]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v7, v61, v7, s[16:17]
	v_cndmask_b32_e64 v6, v60, v6, s[16:17]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[4:5], v[76:77], v[4:5], v[62:63]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_b32 s13, s29, 0xffff
	s_mov_b32 s12, s28
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v5, v63, v5, s[16:17]
	v_cndmask_b32_e64 v4, v62, v4, s[16:17]
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[10:11], v[86:87], v[10:11] op_sel_hi:[0,1]
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	v_pk_fma_f32 v[10:11], v[72:73], v[10:11], v[56:57]
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[8:9], v[86:87], v[8:9] op_sel_hi:[0,1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v11, v57, v11, s[16:17]
	v_cndmask_b32_e64 v10, v56, v10, s[16:17]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[8:9], v[82:83], v[8:9], v[58:59]
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	v_pk_mul_f32 v[14:15], v[86:87], v[14:15] op_sel_hi:[0,1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v9, v59, v9, s[16:17]
	v_cndmask_b32_e64 v8, v58, v8, s[16:17]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[14:15], v[68:69], v[14:15], v[52:53]
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	v_pk_mul_f32 v[12:13], v[86:87], v[12:13] op_sel_hi:[0,1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v15, v53, v15, s[16:17]
	v_cndmask_b32_e64 v14, v52, v14, s[16:17]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[12:13], v[70:71], v[12:13], v[54:55]
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	v_pk_mul_f32 v[18:19], v[84:85], v[18:19] op_sel_hi:[0,1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v13, v55, v13, s[16:17]
	v_cndmask_b32_e64 v12, v54, v12, s[16:17]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[18:19], v[78:79], v[18:19], v[48:49]
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	v_pk_mul_f32 v[16:17], v[84:85], v[16:17] op_sel_hi:[0,1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v19, v49, v19, s[16:17]
	v_cndmask_b32_e64 v18, v48, v18, s[16:17]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[16:17], v[80:81], v[16:17], v[50:51]
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	v_pk_mul_f32 v[22:23], v[84:85], v[22:23] op_sel_hi:[0,1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v17, v51, v17, s[16:17]
	v_cndmask_b32_e64 v16, v50, v16, s[16:17]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_u32_e32 v33, s57, v89
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[22:23], v[74:75], v[22:23], v[44:45]
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	v_pk_mul_f32 v[20:21], v[84:85], v[20:21] op_sel_hi:[0,1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v23, v45, v23, s[16:17]
	v_cndmask_b32_e64 v22, v44, v22, s[16:17]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[20:21], v[76:77], v[20:21], v[46:47]
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	v_pk_mul_f32 v[26:27], v[84:85], v[26:27] op_sel_hi:[0,1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v21, v47, v21, s[16:17]
	v_cndmask_b32_e64 v20, v46, v20, s[16:17]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[26:27], v[72:73], v[26:27], v[40:41]
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	v_pk_mul_f32 v[24:25], v[84:85], v[24:25] op_sel_hi:[0,1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v27, v41, v27, s[16:17]
	v_cndmask_b32_e64 v26, v40, v26, s[16:17]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[24:25], v[82:83], v[24:25], v[42:43]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v29, v39, v29, s[16:17]
	v_cndmask_b32_e64 v25, v43, v25, s[16:17]
	v_cndmask_b32_e64 v24, v42, v24, s[16:17]
	.loc	1 138 36                        ; fused_moe.py:138:36
	s_waitcnt vmcnt(1)
	v_pk_mul_f32 v[2:3], v[88:89], v[2:3] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_bfe_u32 v34, v2, 16, 1
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[0:1], v[88:89], v[0:1] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_bfe_u32 v35, v3, 16, 1
	v_add3_u32 v34, v2, v34, s10
	v_bfe_u32 v36, v0, 16, 1
	v_add3_u32 v35, v3, v35, s10
	v_lshrrev_b32_e32 v34, 16, v34
	v_cmp_o_f32_e64 s[6:7], v2, v2
	v_bfe_u32 v37, v1, 16, 1
	v_add3_u32 v36, v0, v36, s10
	v_lshrrev_b32_e32 v35, 16, v35
	v_cndmask_b32_e64 v2, v38, v34, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v3, v3
	v_add3_u32 v37, v1, v37, s10
	v_lshrrev_b32_e32 v36, 16, v36
	v_cndmask_b32_e64 v3, v38, v35, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v0, v0
	v_lshrrev_b32_e32 v37, 16, v37
	v_perm_b32 v3, v3, v2, s11
	v_cndmask_b32_e64 v0, v38, v36, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v1, v1
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[6:7], v[88:89], v[6:7] op_sel_hi:[0,1]
	v_pk_mul_f32 v[4:5], v[88:89], v[4:5] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_cndmask_b32_e64 v1, v38, v37, s[6:7]
	v_perm_b32 v2, v1, v0, s11
	v_add_lshl_u32 v0, v32, v173, 1
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[6:7], s[2:3], s[4:5]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_cndmask_b32_e64 v0, v87, v0, s[6:7]
	buffer_store_dwordx2 v[2:3], v0, s[12:15], 0 offen
	v_bfe_u32 v0, v6, 16, 1
	v_bfe_u32 v1, v7, 16, 1
	v_add3_u32 v0, v6, v0, s10
	v_bfe_u32 v2, v4, 16, 1
	v_add3_u32 v1, v7, v1, s10
	v_lshrrev_b32_e32 v0, 16, v0
	v_cmp_o_f32_e64 s[8:9], v6, v6
	v_bfe_u32 v3, v5, 16, 1
	v_add3_u32 v2, v4, v2, s10
	v_lshrrev_b32_e32 v1, 16, v1
	v_cndmask_b32_e64 v0, v38, v0, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v7, v7
	v_add3_u32 v3, v5, v3, s10
	v_lshrrev_b32_e32 v2, 16, v2
	v_cndmask_b32_e64 v1, v38, v1, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v4, v4
	v_lshrrev_b32_e32 v3, 16, v3
	v_perm_b32 v1, v1, v0, s11
	v_cndmask_b32_e64 v0, v38, v2, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v5, v5
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[10:11], v[88:89], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[8:9], v[88:89], v[8:9] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_cndmask_b32_e64 v2, v38, v3, s[8:9]
	v_perm_b32 v0, v2, v0, s11
	v_add_lshl_u32 v2, v32, v172, 1
	v_cndmask_b32_e64 v2, v87, v2, s[6:7]
	buffer_store_dwordx2 v[0:1], v2, s[12:15], 0 offen
	v_bfe_u32 v0, v10, 16, 1
	v_bfe_u32 v1, v11, 16, 1
	v_add3_u32 v0, v10, v0, s10
	v_bfe_u32 v2, v8, 16, 1
	v_add3_u32 v1, v11, v1, s10
	v_lshrrev_b32_e32 v0, 16, v0
	v_cmp_o_f32_e64 s[6:7], v10, v10
	v_bfe_u32 v3, v9, 16, 1
	v_add3_u32 v2, v8, v2, s10
	v_lshrrev_b32_e32 v1, 16, v1
	v_cndmask_b32_e64 v0, v38, v0, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v11, v11
	v_add3_u32 v3, v9, v3, s10
	v_lshrrev_b32_e32 v2, 16, v2
	v_cndmask_b32_e64 v1, v38, v1, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v8, v8
	v_lshrrev_b32_e32 v3, 16, v3
	v_perm_b32 v1, v1, v0, s11
	v_cndmask_b32_e64 v0, v38, v2, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v9, v9
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], s[2:3], vcc
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[14:15], v[88:89], v[14:15] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_cndmask_b32_e64 v2, v38, v3, s[6:7]
	v_perm_b32 v0, v2, v0, s11
	v_add_lshl_u32 v2, v32, v171, 1
	v_cndmask_b32_e64 v2, v87, v2, s[2:3]
	buffer_store_dwordx2 v[0:1], v2, s[12:15], 0 offen
	v_bfe_u32 v0, v14, 16, 1
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[12:13], v[88:89], v[12:13] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_bfe_u32 v1, v15, 16, 1
	v_add3_u32 v0, v14, v0, s10
	v_bfe_u32 v2, v12, 16, 1
	v_add3_u32 v1, v15, v1, s10
	v_lshrrev_b32_e32 v0, 16, v0
	v_cmp_o_f32_e64 s[6:7], v14, v14
	v_bfe_u32 v3, v13, 16, 1
	v_add3_u32 v2, v12, v2, s10
	v_lshrrev_b32_e32 v1, 16, v1
	v_cndmask_b32_e64 v0, v38, v0, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v15, v15
	v_add3_u32 v3, v13, v3, s10
	v_lshrrev_b32_e32 v2, 16, v2
	v_cndmask_b32_e64 v1, v38, v1, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v12, v12
	v_lshrrev_b32_e32 v3, 16, v3
	v_perm_b32 v1, v1, v0, s11
	v_cndmask_b32_e64 v0, v38, v2, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v13, v13
	.loc	1 138 36                        ; fused_moe.py:138:36
	s_waitcnt vmcnt(3)
	v_pk_mul_f32 v[18:19], v[90:91], v[18:19] op_sel_hi:[0,1]
	v_pk_mul_f32 v[16:17], v[90:91], v[16:17] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_cndmask_b32_e64 v2, v38, v3, s[6:7]
	v_perm_b32 v0, v2, v0, s11
	v_add_lshl_u32 v2, v32, v190, 1
	v_cndmask_b32_e64 v2, v87, v2, s[2:3]
	buffer_store_dwordx2 v[0:1], v2, s[12:15], 0 offen
	v_bfe_u32 v0, v18, 16, 1
	v_bfe_u32 v1, v19, 16, 1
	v_add3_u32 v0, v18, v0, s10
	v_bfe_u32 v2, v16, 16, 1
	v_add3_u32 v1, v19, v1, s10
	v_lshrrev_b32_e32 v0, 16, v0
	v_cmp_o_f32_e64 s[2:3], v18, v18
	v_bfe_u32 v3, v17, 16, 1
	v_add3_u32 v2, v16, v2, s10
	v_lshrrev_b32_e32 v1, 16, v1
	v_cndmask_b32_e64 v0, v38, v0, s[2:3]
	v_cmp_o_f32_e64 s[2:3], v19, v19
	v_add3_u32 v3, v17, v3, s10
	v_lshrrev_b32_e32 v2, 16, v2
	v_cndmask_b32_e64 v1, v38, v1, s[2:3]
	v_cmp_o_f32_e64 s[2:3], v16, v16
	v_lshrrev_b32_e32 v3, 16, v3
	v_perm_b32 v1, v1, v0, s11
	v_cndmask_b32_e64 v0, v38, v2, s[2:3]
	v_cmp_o_f32_e64 s[2:3], v17, v17
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[22:23], v[90:91], v[22:23] op_sel_hi:[0,1]
	v_pk_mul_f32 v[20:21], v[90:91], v[20:21] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_cndmask_b32_e64 v2, v38, v3, s[2:3]
	v_perm_b32 v0, v2, v0, s11
	v_add_lshl_u32 v2, v33, v173, 1
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], s[0:1], s[4:5]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_cndmask_b32_e64 v2, v87, v2, s[2:3]
	buffer_store_dwordx2 v[0:1], v2, s[12:15], 0 offen
	v_bfe_u32 v0, v22, 16, 1
	v_bfe_u32 v1, v23, 16, 1
	v_add3_u32 v0, v22, v0, s10
	v_bfe_u32 v2, v20, 16, 1
	v_add3_u32 v1, v23, v1, s10
	v_lshrrev_b32_e32 v0, 16, v0
	v_cmp_o_f32_e64 s[4:5], v22, v22
	v_bfe_u32 v3, v21, 16, 1
	v_add3_u32 v2, v20, v2, s10
	v_lshrrev_b32_e32 v1, 16, v1
	v_cndmask_b32_e64 v0, v38, v0, s[4:5]
	v_cmp_o_f32_e64 s[4:5], v23, v23
	v_add3_u32 v3, v21, v3, s10
	v_lshrrev_b32_e32 v2, 16, v2
	v_cndmask_b32_e64 v1, v38, v1, s[4:5]
	v_cmp_o_f32_e64 s[4:5], v20, v20
	v_lshrrev_b32_e32 v3, 16, v3
	v_perm_b32 v1, v1, v0, s11
	v_cndmask_b32_e64 v0, v38, v2, s[4:5]
	v_cmp_o_f32_e64 s[4:5], v21, v21
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[26:27], v[90:91], v[26:27] op_sel_hi:[0,1]
	v_pk_mul_f32 v[24:25], v[90:91], v[24:25] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_cndmask_b32_e64 v2, v38, v3, s[4:5]
	v_perm_b32 v0, v2, v0, s11
	v_add_lshl_u32 v2, v33, v172, 1
	v_cndmask_b32_e64 v2, v87, v2, s[2:3]
	buffer_store_dwordx2 v[0:1], v2, s[12:15], 0 offen
	v_bfe_u32 v0, v26, 16, 1
	v_bfe_u32 v1, v27, 16, 1
	v_add3_u32 v0, v26, v0, s10
	v_bfe_u32 v2, v24, 16, 1
	v_add3_u32 v1, v27, v1, s10
	v_lshrrev_b32_e32 v0, 16, v0
	v_cmp_o_f32_e64 s[2:3], v26, v26
	v_bfe_u32 v3, v25, 16, 1
	v_add3_u32 v2, v24, v2, s10
	v_lshrrev_b32_e32 v1, 16, v1
	v_cndmask_b32_e64 v0, v38, v0, s[2:3]
	v_cmp_o_f32_e64 s[2:3], v27, v27
	v_add3_u32 v3, v25, v3, s10
	v_lshrrev_b32_e32 v2, 16, v2
	v_cndmask_b32_e64 v1, v38, v1, s[2:3]
	v_cmp_o_f32_e64 s[2:3], v24, v24
	v_lshrrev_b32_e32 v3, 16, v3
	v_perm_b32 v1, v1, v0, s11
	v_cndmask_b32_e64 v0, v38, v2, s[2:3]
	v_cmp_o_f32_e64 s[2:3], v25, v25
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[30:31], v[90:91], v[30:31] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_cndmask_b32_e64 v2, v38, v3, s[2:3]
	v_perm_b32 v0, v2, v0, s11
	v_add_lshl_u32 v2, v33, v171, 1
	v_cndmask_b32_e64 v2, v87, v2, s[0:1]
	buffer_store_dwordx2 v[0:1], v2, s[12:15], 0 offen
	v_bfe_u32 v0, v30, 16, 1
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[28:29], v[90:91], v[28:29] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_bfe_u32 v1, v31, 16, 1
	v_add3_u32 v0, v30, v0, s10
	v_cmp_o_f32_e32 vcc, v30, v30
	v_bfe_u32 v2, v28, 16, 1
	v_add3_u32 v1, v31, v1, s10
	v_cndmask_b32_sdwa v0, v38, v0, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v31, v31
	v_bfe_u32 v3, v29, 16, 1
	v_add3_u32 v2, v28, v2, s10
	v_cndmask_b32_sdwa v1, v38, v1, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v28, v28
	v_add3_u32 v3, v29, v3, s10
	v_perm_b32 v1, v1, v0, s11
	v_cndmask_b32_sdwa v0, v38, v2, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v29, v29
	s_nop 1
	v_cndmask_b32_sdwa v2, v38, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_perm_b32 v0, v2, v0, s11
	v_add_lshl_u32 v2, v33, v190, 1
	v_cndmask_b32_e64 v2, v87, v2, s[0:1]
	buffer_store_dwordx2 v[0:1], v2, s[12:15], 0 offen
	s_branch .LBB0_16
.LBB0_15:
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_lshrrev_b32_e32 v0, 4, v169
	.loc	1 86 48                         ; fused_moe.py:86:48
	v_or_b32_e32 v0, s31, v0
	v_lshlrev_b32_e32 v0, 2, v0
	.loc	1 86 25 is_stmt 0               ; fused_moe.py:86:25
	v_or_b32_e32 v1, 0xc0, v0
	s_mov_b32 s38, s42
	s_mov_b32 s39, s43
	v_or_b32_e32 v2, 0x80, v0
	v_or_b32_e32 v3, 64, v0
	buffer_load_dword v4, v1, s[36:39], 0 offen
	buffer_load_dword v5, v2, s[36:39], 0 offen
	buffer_load_dword v6, v3, s[36:39], 0 offen
	buffer_load_dword v7, v0, s[36:39], 0 offen
	s_mov_b32 s0, 0
	.loc	1 90 50 is_stmt 1               ; fused_moe.py:90:50
	v_lshlrev_b32_e32 v0, 3, v170
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_mov_b32 s2, s0
	s_mov_b32 s3, s0
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_mov_b32_e32 v1, s30
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_or_b32_e32 v0, s57, v0
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_mov_b32 s1, s0
	v_mov_b64_e32 v[10:11], s[2:3]
	.loc	1 92 55                         ; fused_moe.py:92:55
	v_cmp_gt_i64_e32 vcc, s[34:35], v[0:1]
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b64_e32 v[8:9], s[0:1]
	v_bfrev_b32_e32 v2, 1
	s_and_b32 s29, s29, 0xffff
	s_mov_b32 s31, 0x27000
	s_mov_b32 s30, 0x7ffffffe
	.loc	1 88 30                         ; fused_moe.py:88:30
	s_waitcnt vmcnt(3)
	v_cmp_gt_i32_e64 s[0:1], s56, v4
	s_waitcnt vmcnt(2)
	v_cmp_gt_i32_e64 s[2:3], s56, v5
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_mul_lo_u32 v3, v5, s33
	.loc	1 88 30                         ; fused_moe.py:88:30
	s_waitcnt vmcnt(0)
	v_cmp_gt_i32_e64 s[6:7], s56, v7
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_mul_lo_u32 v5, v7, s33
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[4:5], s56, v6
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_mul_lo_u32 v1, v4, s33
	v_mul_lo_u32 v4, v6, s33
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_add_lshl_u32 v5, v0, v5, 1
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[6:7], vcc, s[6:7]
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_add_lshl_u32 v4, v0, v4, 1
	v_add_lshl_u32 v3, v0, v3, 1
	v_add_lshl_u32 v0, v0, v1, 1
	v_cndmask_b32_e64 v1, v2, v5, s[6:7]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[4:5], vcc, s[4:5]
	s_and_b64 s[2:3], vcc, s[2:3]
	s_and_b64 vcc, vcc, s[0:1]
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_cndmask_b32_e64 v4, v2, v4, s[4:5]
	v_cndmask_b32_e64 v3, v2, v3, s[2:3]
	v_cndmask_b32_e32 v0, v2, v0, vcc
	buffer_store_dwordx4 v[8:11], v1, s[28:31], 0 offen
	buffer_store_dwordx4 v[8:11], v4, s[28:31], 0 offen
	buffer_store_dwordx4 v[8:11], v3, s[28:31], 0 offen
	buffer_store_dwordx4 v[8:11], v0, s[28:31], 0 offen
.LBB0_16:                               ; %common.ret
	.loc	1 0 0 is_stmt 0                 ; fused_moe.py:0
	s_endpgm
.Ltmp13:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fused_moe_kernel
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 136
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
		.amdhsa_next_free_vgpr 270
		.amdhsa_next_free_sgpr 61
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
	.set fused_moe_kernel.num_agpr, 14
	.set fused_moe_kernel.numbered_sgpr, 61
	.set fused_moe_kernel.num_named_barrier, 0
	.set fused_moe_kernel.private_seg_size, 0
	.set fused_moe_kernel.uses_vcc, 1
	.set fused_moe_kernel.uses_flat_scratch, 0
	.set fused_moe_kernel.has_dyn_sized_stack, 0
	.set fused_moe_kernel.has_recursion, 0
	.set fused_moe_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 79512
; TotalNumSgprs: 67
; NumVgprs: 256
; NumAgprs: 14
; TotalNumVgprs: 270
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 8
; VGPRBlocks: 33
; NumSGPRsForWavesPerEU: 67
; NumVGPRsForWavesPerEU: 270
; AccumOffset: 256
; Occupancy: 1
; WaveLimiterHint : 0
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
	.quad	.Ltmp1                          ; DW_AT_low_pc
	.long	.Ltmp2-.Ltmp1                   ; DW_AT_high_pc
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
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges1:
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	.Ltmp10-.Lfunc_begin0
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp12-.Lfunc_begin0
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
  - .agpr_count:     14
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
      - .address_space:  global
        .offset:         128
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 136
    .max_flat_workgroup_size: 256
    .name:           fused_moe_kernel
    .private_segment_fixed_size: 0
    .sgpr_count:     67
    .sgpr_spill_count: 0
    .symbol:         fused_moe_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     270
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

	.amdgcn_target "amdgcn-amd-amdhsa--gfx950"
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
	s_mov_b64 s[36:37], s[2:3]
	s_load_dword s22, s[0:1], 0x48
	s_load_dword s2, s[0:1], 0x50
	s_mov_b64 s[24:25], s[6:7]
	s_mov_b64 s[28:29], s[14:15]
	s_mov_b64 s[40:41], s[10:11]
.Ltmp1:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 17 is_stmt 1               ; standard.py:43:17 @[ fused_moe.py:72:27 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s3, s22, 0x7f
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
	s_lshl_b32 s27, s2, 6
	.loc	1 82 31 is_stmt 0               ; fused_moe.py:82:31
	s_waitcnt lgkmcnt(0)
	s_cmp_lt_i32 s27, s6
	.loc	1 120 20 is_stmt 1              ; fused_moe.py:120:20
	v_readfirstlane_b32 s6, v0
	.loc	1 82 31                         ; fused_moe.py:82:31
	s_cbranch_scc0 .LBB0_16
; %bb.1:
	.loc	1 0 31 is_stmt 0                ; fused_moe.py:0:31
	s_load_dwordx2 s[10:11], s[0:1], 0x38
	s_load_dword s34, s[0:1], 0x54
	s_load_dword s33, s[0:1], 0x64
	.loc	1 90 22 is_stmt 1               ; fused_moe.py:90:22
	s_lshl_b32 s35, s3, 7
	.loc	1 94 25                         ; fused_moe.py:94:25
	s_ashr_i32 s3, s2, 31
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_b32 s52, s6, 0xc0
	.loc	1 86 25                         ; fused_moe.py:86:25
	s_and_b32 s29, s29, 0xffff
	.loc	1 90 37                         ; fused_moe.py:90:37
	s_ashr_i32 s26, s35, 31
	.loc	1 92 55                         ; fused_moe.py:92:55
	s_ashr_i32 s23, s22, 31
	.loc	1 94 25                         ; fused_moe.py:94:25
	s_lshl_b64 s[2:3], s[2:3], 2
	s_waitcnt lgkmcnt(0)
	s_add_u32 s2, s10, s2
	s_addc_u32 s3, s11, s3
	s_load_dword s42, s[2:3], 0x0
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_and_or_b32 v1, v0, 63, s52
	s_mov_b32 s39, 0x27000
	s_mov_b32 s38, 0x7ffffffe
	.loc	1 95 21                         ; fused_moe.py:95:21
	s_waitcnt lgkmcnt(0)
	s_cmp_lg_u32 s42, -1
	s_cbranch_scc0 .LBB0_4
; %bb.2:
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_and_b32_e32 v6, 31, v0
	v_lshrrev_b32_e32 v2, 3, v1
	v_or_b32_e32 v3, 32, v2
	.loc	1 86 48                         ; fused_moe.py:86:48
	v_or_b32_e32 v4, s27, v6
	v_or_b32_e32 v5, s27, v2
	v_or_b32_e32 v7, s27, v3
	v_lshlrev_b32_e32 v4, 2, v4
	.loc	1 86 25 is_stmt 0               ; fused_moe.py:86:25
	s_mov_b32 s30, s38
	s_mov_b32 s31, s39
	v_lshlrev_b32_e32 v5, 2, v5
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	s_abs_i32 s16, s22
	.loc	1 86 25                         ; fused_moe.py:86:25
	v_or_b32_e32 v8, 0x80, v4
	v_lshlrev_b32_e32 v7, 2, v7
	buffer_load_dword v83, v4, s[28:31], 0 offen
	buffer_load_dword v85, v8, s[28:31], 0 offen
	buffer_load_dword v9, v5, s[28:31], 0 offen
	buffer_load_dword v10, v7, s[28:31], 0 offen
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cvt_f32_u32_e32 v5, s16
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_or_b32_e32 v2, s35, v2
	.loc	1 90 37 is_stmt 0               ; fused_moe.py:90:37
	v_or_b32_e32 v3, s35, v3
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_sub_u32_e32 v11, 0, v2
	v_rcp_iflag_f32_e32 v5, v5
	s_load_dword s21, s[0:1], 0x4c
	s_load_dwordx2 s[6:7], s[0:1], 0x58
	s_load_dword s43, s[0:1], 0x60
	s_load_dwordx2 s[10:11], s[0:1], 0x68
	s_load_dword s31, s[0:1], 0x70
	s_sub_i32 s0, 0, s16
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v7, 0x60, v2
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v8, 64, v2
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_max_i32_e32 v2, v11, v2
	v_sub_u32_e32 v11, 0, v3
	v_max_i32_e32 v3, v11, v3
	v_mul_lo_u32 v11, s0, v5
	v_mul_hi_u32 v11, v5, v11
	v_add_u32_e32 v5, v5, v11
	v_mul_hi_u32 v11, v2, v5
	v_mul_hi_u32 v27, v3, v5
	v_mul_lo_u32 v11, v11, s16
	v_mul_lo_u32 v27, v27, s16
	v_sub_u32_e32 v2, v2, v11
	v_sub_u32_e32 v3, v3, v27
	v_subrev_u32_e32 v11, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	v_subrev_u32_e32 v27, s16, v3
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_and_b32_e32 v86, 32, v0
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v2, v2, v11, vcc
	v_cmp_le_u32_e32 vcc, s16, v3
	v_subrev_u32_e32 v11, s16, v2
	.loc	1 90 50                         ; fused_moe.py:90:50
	s_lshr_b32 s30, s52, 1
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v3, v3, v27, vcc
	v_cmp_le_u32_e32 vcc, s16, v2
	v_subrev_u32_e32 v27, s16, v3
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_lshrrev_b32_e32 v4, 3, v86
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v2, v2, v11, vcc
	v_cmp_le_u32_e32 vcc, s16, v3
	v_xor_b32_e32 v2, s26, v2
	v_subrev_u32_e32 v11, s26, v2
	v_cndmask_b32_e32 v3, v3, v27, vcc
	v_sub_u32_e32 v2, 0, v8
	v_xor_b32_e32 v3, s26, v3
	v_max_i32_e32 v2, v2, v8
	v_subrev_u32_e32 v27, s26, v3
	v_mul_hi_u32 v3, v2, v5
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_or_b32_e32 v4, s30, v4
	v_or_b32_e32 v4, s35, v4
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v26, 1, v4
	v_or_b32_e32 v25, 2, v4
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s26, v2
	v_subrev_u32_e32 v8, s26, v2
	v_sub_u32_e32 v2, 0, v7
	v_max_i32_e32 v2, v2, v7
	v_mul_hi_u32 v3, v2, v5
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v24, 3, v4
	v_or_b32_e32 v23, 8, v4
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v22, 9, v4
	v_or_b32_e32 v21, 10, v4
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s26, v2
	v_subrev_u32_e32 v28, s26, v2
	v_sub_u32_e32 v2, 0, v4
	v_max_i32_e32 v2, v2, v4
	v_mul_hi_u32 v3, v2, v5
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v20, 11, v4
	v_or_b32_e32 v19, 16, v4
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v18, 17, v4
	v_or_b32_e32 v17, 18, v4
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s26, v2
	v_subrev_u32_e32 v29, s26, v2
	v_sub_u32_e32 v2, 0, v26
	v_max_i32_e32 v2, v2, v26
	v_mul_hi_u32 v3, v2, v5
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v16, 19, v4
	v_or_b32_e32 v15, 24, v4
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v14, 25, v4
	v_or_b32_e32 v13, 26, v4
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s26, v2
	v_subrev_u32_e32 v26, s26, v2
	v_sub_u32_e32 v2, 0, v25
	v_max_i32_e32 v2, v2, v25
	v_mul_hi_u32 v3, v2, v5
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v12, 27, v4
.Ltmp9:
	.loc	2 43 17                         ; standard.py:43:17 @[ fused_moe.py:117:33 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s47, s21, 0x7f
.Ltmp10:
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cmpk_gt_i32 s47, 0x7f
	.loc	1 105 34                        ; fused_moe.py:105:34
	s_mul_i32 s46, s42, s7
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s26, v2
	v_subrev_u32_e32 v25, s26, v2
	v_sub_u32_e32 v2, 0, v24
	v_max_i32_e32 v2, v2, v24
	v_mul_hi_u32 v3, v2, v5
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	.loc	1 88 30                         ; fused_moe.py:88:30
	s_waitcnt vmcnt(1)
	v_cmp_gt_i32_e64 s[14:15], s34, v9
	s_waitcnt vmcnt(0)
	v_cmp_gt_i32_e64 s[18:19], s34, v10
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_movk_i32 s44, 0x70
	s_mov_b32 s20, 0
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s26, v2
	v_subrev_u32_e32 v24, s26, v2
	v_sub_u32_e32 v2, 0, v23
	v_max_i32_e32 v2, v2, v23
	v_mul_hi_u32 v3, v2, v5
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[2:3], s34, v83
	v_cmp_gt_i32_e64 s[0:1], s34, v85
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	.loc	1 110 54                        ; fused_moe.py:110:54
	s_mul_i32 s42, s42, s11
	.loc	1 101 24                        ; fused_moe.py:101:24
	s_nop 0
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s26, v2
	v_subrev_u32_e32 v23, s26, v2
	v_sub_u32_e32 v2, 0, v22
	v_max_i32_e32 v2, v2, v22
	v_mul_hi_u32 v3, v2, v5
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s26, v2
	v_subrev_u32_e32 v22, s26, v2
	v_sub_u32_e32 v2, 0, v21
	v_max_i32_e32 v2, v2, v21
	v_mul_hi_u32 v3, v2, v5
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s26, v2
	v_subrev_u32_e32 v21, s26, v2
	v_sub_u32_e32 v2, 0, v20
	v_max_i32_e32 v2, v2, v20
	v_mul_hi_u32 v3, v2, v5
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s26, v2
	v_subrev_u32_e32 v20, s26, v2
	v_sub_u32_e32 v2, 0, v19
	v_max_i32_e32 v2, v2, v19
	v_mul_hi_u32 v3, v2, v5
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s26, v2
	v_subrev_u32_e32 v19, s26, v2
	v_sub_u32_e32 v2, 0, v18
	v_max_i32_e32 v2, v2, v18
	v_mul_hi_u32 v3, v2, v5
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s26, v2
	v_subrev_u32_e32 v18, s26, v2
	v_sub_u32_e32 v2, 0, v17
	v_max_i32_e32 v2, v2, v17
	v_mul_hi_u32 v3, v2, v5
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s26, v2
	v_subrev_u32_e32 v17, s26, v2
	v_sub_u32_e32 v2, 0, v16
	v_max_i32_e32 v2, v2, v16
	v_mul_hi_u32 v3, v2, v5
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s26, v2
	v_subrev_u32_e32 v16, s26, v2
	v_sub_u32_e32 v2, 0, v15
	v_max_i32_e32 v2, v2, v15
	v_mul_hi_u32 v3, v2, v5
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s26, v2
	v_subrev_u32_e32 v15, s26, v2
	v_sub_u32_e32 v2, 0, v14
	v_max_i32_e32 v2, v2, v14
	v_mul_hi_u32 v3, v2, v5
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s26, v2
	v_subrev_u32_e32 v14, s26, v2
	v_sub_u32_e32 v2, 0, v13
	v_max_i32_e32 v2, v2, v13
	v_mul_hi_u32 v3, v2, v5
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s26, v2
	v_subrev_u32_e32 v13, s26, v2
	v_sub_u32_e32 v2, 0, v12
	v_max_i32_e32 v2, v2, v12
	v_mul_hi_u32 v3, v2, v5
	v_mul_lo_u32 v3, v3, s16
	v_sub_u32_e32 v2, v2, v3
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s16, v2
	v_cmp_le_u32_e32 vcc, s16, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_xor_b32_e32 v2, s26, v2
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_ashrrev_i32_e32 v3, 31, v10
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_subrev_u32_e32 v12, s26, v2
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_ashrrev_i32_e32 v2, 31, v9
	v_lshrrev_b32_e32 v3, 29, v3
	v_lshrrev_b32_e32 v2, 29, v2
	v_add_u32_e32 v3, v10, v3
	v_add_u32_e32 v2, v9, v2
	v_ashrrev_i32_e32 v4, 3, v3
	.loc	1 104 72 is_stmt 0              ; fused_moe.py:104:72
	v_lshlrev_b32_e32 v3, 4, v0
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_ashrrev_i32_e32 v2, 3, v2
	.loc	1 104 72                        ; fused_moe.py:104:72
	v_and_b32_e32 v66, 0x70, v3
	.loc	1 104 22                        ; fused_moe.py:104:22
	v_mad_u64_u32 v[2:3], s[16:17], v2, s6, v[66:67]
	v_mad_u64_u32 v[4:5], s[16:17], v4, s6, v[66:67]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_cselect_b64 s[16:17], -1, 0
	.loc	1 119 74                        ; fused_moe.py:119:74
	v_cmp_gt_i32_e32 vcc, s21, v66
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_mul_lo_u32 v3, s43, v11
	v_add_u32_e32 v10, s46, v66
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 vcc, vcc, s[16:17]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_bfrev_b32_e32 v9, 1
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_add_u32_e32 v5, v10, v3
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 s[6:7], vcc, s[14:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v11, v9, v5, vcc
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v5, v9, v2, s[6:7]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 s[6:7], vcc, s[18:19]
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_and_b32 s37, s37, 0xffff
	v_cndmask_b32_e64 v7, v9, v4, s[6:7]
	buffer_load_dwordx4 v[34:37], v5, s[36:39], 0 offen
	buffer_load_dwordx4 v[38:41], v7, s[36:39], 0 offen
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_mul_lo_u32 v5, s43, v27
	v_mul_lo_u32 v7, s43, v8
	v_add_u32_e32 v27, v10, v5
	v_add_u32_e32 v30, v10, v7
	v_mul_lo_u32 v8, s43, v28
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_b32 s5, s5, 0xffff
	s_mov_b32 s6, s38
	s_mov_b32 s7, s39
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_add_u32_e32 v10, v10, v8
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v27, v9, v27, vcc
	buffer_load_dwordx4 v[42:45], v11, s[4:7], 0 offen
	buffer_load_dwordx4 v[46:49], v27, s[4:7], 0 offen
	v_cndmask_b32_e32 v11, v9, v30, vcc
	v_cndmask_b32_e32 v9, v9, v10, vcc
	buffer_load_dwordx4 v[50:53], v11, s[4:7], 0 offen
	buffer_load_dwordx4 v[54:57], v9, s[4:7], 0 offen
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v27, 31, v26
	v_lshrrev_b32_e32 v27, 25, v27
	v_add_u32_e32 v26, v26, v27
	v_ashrrev_i32_e32 v27, 31, v25
	v_lshrrev_b32_e32 v27, 25, v27
	v_add_u32_e32 v25, v25, v27
	v_ashrrev_i32_e32 v27, 31, v24
	v_lshrrev_b32_e32 v27, 25, v27
	v_add_u32_e32 v24, v24, v27
	v_ashrrev_i32_e32 v27, 31, v23
	v_lshrrev_b32_e32 v27, 25, v27
	v_add_u32_e32 v23, v23, v27
	v_ashrrev_i32_e32 v27, 31, v22
	v_lshrrev_b32_e32 v27, 25, v27
	v_add_u32_e32 v22, v22, v27
	v_ashrrev_i32_e32 v27, 31, v21
	v_lshrrev_b32_e32 v27, 25, v27
	v_add_u32_e32 v21, v21, v27
	v_ashrrev_i32_e32 v27, 31, v20
	v_lshrrev_b32_e32 v27, 25, v27
	v_add_u32_e32 v20, v20, v27
	v_ashrrev_i32_e32 v27, 31, v19
	v_lshrrev_b32_e32 v27, 25, v27
	v_add_u32_e32 v19, v19, v27
	v_ashrrev_i32_e32 v27, 31, v18
	v_lshrrev_b32_e32 v27, 25, v27
	v_add_u32_e32 v18, v18, v27
	v_ashrrev_i32_e32 v27, 7, v18
	v_ashrrev_i32_e32 v18, 31, v17
	v_lshrrev_b32_e32 v18, 25, v18
	v_add_u32_e32 v17, v17, v18
	v_ashrrev_i32_e32 v28, 7, v17
	v_ashrrev_i32_e32 v17, 31, v16
	v_ashrrev_i32_e32 v11, 31, v29
	v_lshrrev_b32_e32 v17, 25, v17
	v_lshrrev_b32_e32 v11, 25, v11
	v_add_u32_e32 v16, v16, v17
	v_add_u32_e32 v11, v29, v11
	v_ashrrev_i32_e32 v29, 7, v16
	v_ashrrev_i32_e32 v16, 31, v15
	v_lshrrev_b32_e32 v16, 25, v16
	v_add_u32_e32 v15, v15, v16
	v_ashrrev_i32_e32 v30, 7, v15
	v_ashrrev_i32_e32 v15, 31, v14
	v_lshrrev_b32_e32 v15, 25, v15
	v_add_u32_e32 v14, v14, v15
	v_ashrrev_i32_e32 v31, 7, v14
	v_ashrrev_i32_e32 v14, 31, v13
	v_lshrrev_b32_e32 v14, 25, v14
	v_add_u32_e32 v13, v13, v14
	v_ashrrev_i32_e32 v32, 7, v13
	v_ashrrev_i32_e32 v13, 31, v12
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v9, 31, v83
	v_ashrrev_i32_e32 v10, 31, v85
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v20, 7, v20
	v_lshrrev_b32_e32 v13, 25, v13
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v9, 29, v9
	v_lshrrev_b32_e32 v10, 29, v10
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_add_u32_e32 v12, v12, v13
	.loc	1 110 67 is_stmt 0              ; fused_moe.py:110:67
	v_mul_lo_u32 v18, v20, s31
	v_mul_lo_u32 v20, v27, s31
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	v_lshlrev_b32_e32 v27, 4, v1
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v9, v83, v9
	v_add_u32_e32 v10, v85, v10
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v11, 7, v11
	v_ashrrev_i32_e32 v26, 7, v26
	v_ashrrev_i32_e32 v25, 7, v25
	v_ashrrev_i32_e32 v24, 7, v24
	v_ashrrev_i32_e32 v23, 7, v23
	v_ashrrev_i32_e32 v22, 7, v22
	v_ashrrev_i32_e32 v21, 7, v21
	v_ashrrev_i32_e32 v19, 7, v19
	v_ashrrev_i32_e32 v33, 7, v12
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_bitop3_b32 v27, v27, v1, s44 bitop3:0x78
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v9, 3, v9
	v_ashrrev_i32_e32 v10, 3, v10
	.loc	1 110 67                        ; fused_moe.py:110:67
	v_mul_lo_u32 v11, v11, s31
	v_mul_lo_u32 v12, v26, s31
	v_mul_lo_u32 v13, v25, s31
	v_mul_lo_u32 v14, v24, s31
	v_mul_lo_u32 v15, v23, s31
	v_mul_lo_u32 v16, v22, s31
	v_mul_lo_u32 v17, v21, s31
	v_mul_lo_u32 v19, v19, s31
	v_mul_lo_u32 v21, v28, s31
	v_mul_lo_u32 v22, v29, s31
	v_mul_lo_u32 v23, v30, s31
	v_mul_lo_u32 v24, v31, s31
	v_mul_lo_u32 v25, v32, s31
	v_mul_lo_u32 v26, v33, s31
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v90, 0, v27
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cmpk_gt_i32 s47, 0xff
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_waitcnt vmcnt(5)
	ds_write_b128 v90, v[34:37] offset:16384
	s_waitcnt vmcnt(4)
	ds_write_b128 v90, v[38:41] offset:20480
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_waitcnt vmcnt(3)
	ds_write_b128 v90, v[42:45]
	s_waitcnt vmcnt(2)
	ds_write_b128 v90, v[46:49] offset:4096
	s_waitcnt vmcnt(1)
	ds_write_b128 v90, v[50:53] offset:8192
	s_waitcnt vmcnt(0)
	ds_write_b128 v90, v[54:57] offset:12288
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cbranch_scc1 .LBB0_5
; %bb.3:                                ; %.._crit_edge_crit_edge
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_b32 s49, s9, 0xffff
	s_mov_b32 s48, s8
	s_mov_b32 s51, 0x27000
	s_mov_b32 s50, 0x7ffffffe
	.loc	1 127 34                        ; fused_moe.py:127:34
	s_and_b32 s45, s41, 0xffff
	s_mov_b32 s44, s40
	s_mov_b64 s[6:7], 0
	s_branch .LBB0_6
.LBB0_4:
	.loc	1 0 34 is_stmt 0                ; fused_moe.py:0:34
	s_cbranch_execnz .LBB0_15
	s_branch .LBB0_16
.LBB0_5:
	s_mov_b64 s[6:7], -1
                                        ; implicit-def: $sgpr48_sgpr49
                                        ; implicit-def: $sgpr44_sgpr45
.LBB0_6:                                ; %Flow
	v_mul_lo_u32 v84, v9, s10
	v_mul_lo_u32 v82, v10, s10
	v_add_u32_e32 v81, s42, v11
	v_add_u32_e32 v80, s42, v12
	v_add_u32_e32 v79, s42, v13
	v_add_u32_e32 v78, s42, v14
	v_add_u32_e32 v77, s42, v15
	v_add_u32_e32 v76, s42, v16
	v_add_u32_e32 v75, s42, v17
	v_add_u32_e32 v74, s42, v18
	v_add_u32_e32 v89, s42, v19
	v_add_u32_e32 v73, s42, v20
	v_add_u32_e32 v72, s42, v21
	v_add_u32_e32 v71, s42, v22
	v_add_u32_e32 v70, s42, v23
	v_add_u32_e32 v69, s42, v24
	v_add_u32_e32 v68, s42, v25
	v_add_u32_e32 v67, s42, v26
	s_andn2_b64 vcc, exec, s[6:7]
	v_lshlrev_b32_e32 v87, 7, v6
	v_lshrrev_b32_e32 v88, 1, v86
	s_cbranch_vccnz .LBB0_10
; %bb.7:                                ; %.lr.ph
	v_lshlrev_b32_e32 v6, 3, v0
	v_and_b32_e32 v6, 0x70, v6
	s_lshl_b32 s10, s52, 6
	v_bitop3_b32 v9, v87, v88, v6 bitop3:0x36
	s_movk_i32 s7, 0x60
	v_bitop3_b32 v6, s10, v6, v88 bitop3:0xf6
.Ltmp11:
	.loc	2 43 30 is_stmt 1               ; standard.py:43:30 @[ fused_moe.py:117:33 ]
	s_lshr_b32 s6, s47, 7
	v_xor_b32_e32 v10, 32, v9
	v_xor_b32_e32 v11, 64, v9
	v_xor_b32_e32 v12, 0x60, v9
	v_or_b32_e32 v13, v6, v87
	v_bitop3_b32 v14, v6, 32, v87 bitop3:0x36
	v_bitop3_b32 v15, v6, 64, v87 bitop3:0x36
	v_bitop3_b32 v6, v6, s7, v87 bitop3:0x36
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s51, 0x27000
	s_mov_b32 s50, 0x7ffffffe
	s_and_b32 s41, s41, 0xffff
.Ltmp12:
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_add_u32_e32 v8, s46, v8
	s_movk_i32 s7, 0x80
	v_add_u32_e32 v7, s46, v7
	v_add_u32_e32 v5, s46, v5
	v_add_u32_e32 v3, s46, v3
	v_mov_b32_e32 v44, 0
	s_mov_b64 s[48:49], s[8:9]
	s_mov_b64 s[44:45], s[40:41]
	v_add3_u32 v91, v8, v66, s7
	v_add3_u32 v92, v7, v66, s7
	v_add3_u32 v93, v5, v66, s7
	v_add3_u32 v94, v3, v66, s7
	v_add_u32_e32 v95, 0x80, v4
	v_add_u32_e32 v96, 0x80, v2
	s_add_i32 s31, s6, -1
	s_add_i32 s46, s21, 0xffffff80
	s_mov_b32 s47, 0
	v_bfrev_b32_e32 v97, 1
	v_add_u32_e32 v98, 0, v9
	v_add_u32_e32 v99, 0, v10
	v_add_u32_e32 v100, 0, v11
	v_add_u32_e32 v101, 0, v12
	s_mov_b32 s6, s38
	s_mov_b32 s7, s39
	v_add_u32_e32 v102, 0, v13
	v_add_u32_e32 v103, 0, v14
	v_add_u32_e32 v104, 0, v15
	v_add_u32_e32 v105, 0, v6
	s_mov_b32 s10, s50
	s_mov_b32 s11, s51
	s_mov_b32 s42, s50
	s_mov_b32 s43, s51
	v_mov_b32_e32 v45, v44
	v_mov_b32_e32 v64, v44
	v_mov_b32_e32 v65, v44
	v_mov_b32_e32 v62, v44
	v_mov_b32_e32 v63, v44
	v_mov_b32_e32 v60, v44
	v_mov_b32_e32 v61, v44
	v_mov_b32_e32 v58, v44
	v_mov_b32_e32 v59, v44
	v_mov_b32_e32 v56, v44
	v_mov_b32_e32 v57, v44
	v_mov_b32_e32 v54, v44
	v_mov_b32_e32 v55, v44
	v_mov_b32_e32 v52, v44
	v_mov_b32_e32 v53, v44
	v_mov_b32_e32 v50, v44
	v_mov_b32_e32 v51, v44
	v_mov_b32_e32 v48, v44
	v_mov_b32_e32 v49, v44
	v_mov_b32_e32 v46, v44
	v_mov_b32_e32 v47, v44
	v_mov_b32_e32 v42, v44
	v_mov_b32_e32 v43, v44
	v_mov_b32_e32 v40, v44
	v_mov_b32_e32 v41, v44
	v_mov_b32_e32 v38, v44
	v_mov_b32_e32 v39, v44
	v_mov_b32_e32 v36, v44
	v_mov_b32_e32 v37, v44
	v_mov_b32_e32 v34, v44
	v_mov_b32_e32 v35, v44
.LBB0_8:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 125 48                        ; fused_moe.py:125:48
	s_ashr_i32 s20, s47, 7
	.loc	1 119 74                        ; fused_moe.py:119:74
	v_cmp_gt_i32_e32 vcc, s46, v66
	.loc	1 133 18                        ; fused_moe.py:133:18
	v_add_u32_e32 v2, s47, v96
	.loc	1 134 18                        ; fused_moe.py:134:18
	v_add_u32_e32 v4, s47, v94
	v_add_u32_e32 v5, s47, v93
	v_add_u32_e32 v6, s47, v92
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_add_u32_e32 v7, s47, v91
	.loc	1 126 34                        ; fused_moe.py:126:34
	v_add_lshl_u32 v8, s20, v84, 2
	v_add_lshl_u32 v9, s20, v82, 2
	.loc	1 127 34                        ; fused_moe.py:127:34
	v_add_lshl_u32 v10, s20, v81, 2
	v_add_lshl_u32 v11, s20, v80, 2
	v_add_lshl_u32 v12, s20, v79, 2
	v_add_lshl_u32 v13, s20, v78, 2
	v_add_lshl_u32 v14, s20, v77, 2
	v_add_lshl_u32 v15, s20, v76, 2
	v_add_lshl_u32 v16, s20, v75, 2
	v_add_lshl_u32 v17, s20, v74, 2
	v_add_lshl_u32 v18, s20, v89, 2
	v_add_lshl_u32 v19, s20, v73, 2
	v_add_lshl_u32 v20, s20, v72, 2
	v_add_lshl_u32 v21, s20, v71, 2
	v_add_lshl_u32 v22, s20, v70, 2
	v_add_lshl_u32 v23, s20, v69, 2
	v_add_lshl_u32 v24, s20, v68, 2
	v_add_lshl_u32 v121, s20, v67, 2
	.loc	1 119 56                        ; fused_moe.py:119:56
	s_and_b64 s[20:21], s[14:15], vcc
	.loc	1 134 18                        ; fused_moe.py:134:18
	v_add_u32_e32 v3, s47, v95
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v4, v97, v4, vcc
	v_cndmask_b32_e32 v5, v97, v5, vcc
	v_cndmask_b32_e32 v6, v97, v6, vcc
	v_cndmask_b32_e32 v7, v97, v7, vcc
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v2, v97, v2, s[20:21]
	.loc	1 119 56 is_stmt 0              ; fused_moe.py:119:56
	s_and_b64 vcc, s[18:19], vcc
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e32 v3, v97, v3, vcc
	buffer_load_dwordx4 v[164:167], v2, s[36:39], 0 offen
	buffer_load_dwordx4 v[168:171], v3, s[36:39], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 120 20 is_stmt 1              ; fused_moe.py:120:20
	ds_read_b128 v[124:127], v102
	ds_read_b128 v[128:131], v103
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_read_b128 v[26:29], v98 offset:16384
	ds_read_b128 v[132:135], v98 offset:20480
	ds_read_b128 v[30:33], v99 offset:16384
	ds_read_b128 v[136:139], v99 offset:20480
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_read_b128 v[140:143], v104
	ds_read_b128 v[144:147], v105
	.loc	1 126 34                        ; fused_moe.py:126:34
	v_cndmask_b32_e64 v25, v97, v8, s[2:3]
	v_cndmask_b32_e64 v123, v97, v9, s[0:1]
	.loc	1 120 20                        ; fused_moe.py:120:20
	buffer_load_dwordx4 v[172:175], v4, s[4:7], 0 offen
	buffer_load_dwordx4 v[176:179], v5, s[4:7], 0 offen
	buffer_load_dwordx4 v[180:183], v6, s[4:7], 0 offen
	buffer_load_dwordx4 v[184:187], v7, s[4:7], 0 offen
	.loc	1 127 34                        ; fused_moe.py:127:34
	buffer_load_dword v106, v10, s[40:43], 0 offen
	buffer_load_dword v107, v11, s[40:43], 0 offen
	buffer_load_dword v108, v12, s[40:43], 0 offen
	buffer_load_dword v109, v13, s[40:43], 0 offen
	buffer_load_dword v110, v14, s[40:43], 0 offen
	buffer_load_dword v111, v15, s[40:43], 0 offen
	buffer_load_dword v112, v16, s[40:43], 0 offen
	buffer_load_dword v113, v17, s[40:43], 0 offen
	buffer_load_dword v114, v18, s[40:43], 0 offen
	buffer_load_dword v115, v19, s[40:43], 0 offen
	buffer_load_dword v116, v20, s[40:43], 0 offen
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_waitcnt lgkmcnt(3)
	v_mfma_f32_32x32x64_f8f6f4 v[2:17], v[124:131], v[26:33], 0
	.loc	1 127 34                        ; fused_moe.py:127:34
	buffer_load_dword v117, v21, s[40:43], 0 offen
	buffer_load_dword v118, v22, s[40:43], 0 offen
	buffer_load_dword v119, v23, s[40:43], 0 offen
	buffer_load_dword v120, v24, s[40:43], 0 offen
	.loc	1 126 34                        ; fused_moe.py:126:34
	buffer_load_dword v122, v25, s[8:11], 0 offen
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_read_b128 v[148:151], v100 offset:16384
	ds_read_b128 v[156:159], v100 offset:20480
	ds_read_b128 v[152:155], v101 offset:16384
	ds_read_b128 v[160:163], v101 offset:20480
	.loc	1 127 34                        ; fused_moe.py:127:34
	buffer_load_dword v121, v121, s[40:43], 0 offen
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_addk_i32 s47, 0x80
	s_add_i32 s31, s31, -1
	s_addk_i32 s46, 0xff80
	s_cmp_lg_u32 s31, 0
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_waitcnt lgkmcnt(6)
	v_mfma_f32_32x32x64_f8f6f4 v[18:33], v[124:131], v[132:139], 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	buffer_load_dword v124, v123, s[8:11], 0 offen
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(23)
	ds_write_b128 v90, v[164:167] offset:16384
	s_waitcnt vmcnt(22)
	ds_write_b128 v90, v[168:171] offset:20480
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_waitcnt vmcnt(21)
	ds_write_b128 v90, v[172:175]
	s_waitcnt vmcnt(20)
	ds_write_b128 v90, v[176:179] offset:4096
	s_waitcnt vmcnt(19)
	ds_write_b128 v90, v[180:183] offset:8192
	s_waitcnt vmcnt(18)
	ds_write_b128 v90, v[184:187] offset:12288
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x64_f8f6f4 v[2:17], v[140:147], v[148:155], v[2:17]
	v_mfma_f32_32x32x64_f8f6f4 v[18:33], v[140:147], v[156:163], v[18:33]
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	s_waitcnt vmcnt(2)
	s_nop 15
	s_nop 1
	v_mul_f32_e64 v2, v122, v2
	v_mul_f32_e64 v3, v122, v3
	v_mul_f32_e64 v4, v122, v4
	v_mul_f32_e64 v5, v122, v5
	v_mul_f32_e64 v6, v122, v6
	v_mul_f32_e64 v7, v122, v7
	v_mul_f32_e64 v8, v122, v8
	v_mul_f32_e64 v9, v122, v9
	v_mul_f32_e64 v10, v122, v10
	v_mul_f32_e64 v11, v122, v11
	v_mul_f32_e64 v12, v122, v12
	v_mul_f32_e64 v13, v122, v13
	v_pk_mul_f32 v[14:15], v[122:123], v[14:15] op_sel_hi:[0,1]
	v_pk_mul_f32 v[16:17], v[122:123], v[16:17] op_sel_hi:[0,1]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[44:45], v[106:107], v[2:3], v[44:45]
	v_pk_fma_f32 v[64:65], v[108:109], v[4:5], v[64:65]
	v_pk_fma_f32 v[62:63], v[110:111], v[6:7], v[62:63]
	v_pk_fma_f32 v[60:61], v[112:113], v[8:9], v[60:61]
	v_pk_fma_f32 v[58:59], v[114:115], v[10:11], v[58:59]
	v_pk_fma_f32 v[56:57], v[116:117], v[12:13], v[56:57]
	v_pk_fma_f32 v[54:55], v[118:119], v[14:15], v[54:55]
	.loc	1 128 46                        ; fused_moe.py:128:46
	s_waitcnt vmcnt(0)
	v_pk_mul_f32 v[18:19], v[124:125], v[18:19] op_sel_hi:[0,1]
	v_pk_mul_f32 v[20:21], v[124:125], v[20:21] op_sel_hi:[0,1]
	v_pk_mul_f32 v[22:23], v[124:125], v[22:23] op_sel_hi:[0,1]
	v_pk_mul_f32 v[24:25], v[124:125], v[24:25] op_sel_hi:[0,1]
	v_pk_mul_f32 v[26:27], v[124:125], v[26:27] op_sel_hi:[0,1]
	v_pk_mul_f32 v[28:29], v[124:125], v[28:29] op_sel_hi:[0,1]
	v_pk_mul_f32 v[30:31], v[124:125], v[30:31] op_sel_hi:[0,1]
	v_pk_mul_f32 v[32:33], v[124:125], v[32:33] op_sel_hi:[0,1]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[50:51], v[106:107], v[18:19], v[50:51]
	v_pk_fma_f32 v[48:49], v[108:109], v[20:21], v[48:49]
	v_pk_fma_f32 v[46:47], v[110:111], v[22:23], v[46:47]
	v_pk_fma_f32 v[42:43], v[112:113], v[24:25], v[42:43]
	v_pk_fma_f32 v[40:41], v[114:115], v[26:27], v[40:41]
	v_pk_fma_f32 v[38:39], v[116:117], v[28:29], v[38:39]
	v_pk_fma_f32 v[52:53], v[120:121], v[16:17], v[52:53]
	v_pk_fma_f32 v[36:37], v[118:119], v[30:31], v[36:37]
	v_pk_fma_f32 v[34:35], v[120:121], v[32:33], v[34:35]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_cbranch_scc1 .LBB0_8
; %bb.9:                                ; %._crit_edge.loopexit
	.loc	1 125 48                        ; fused_moe.py:125:48
	s_ashr_i32 s20, s47, 7
	s_branch .LBB0_11
.LBB0_10:
	.loc	1 0 48 is_stmt 0                ; fused_moe.py:0:48
	v_mov_b32_e32 v35, 0
	v_mov_b32_e32 v34, 0
	v_mov_b32_e32 v37, 0
	v_mov_b32_e32 v36, 0
	v_mov_b32_e32 v39, 0
	v_mov_b32_e32 v38, 0
	v_mov_b32_e32 v41, 0
	v_mov_b32_e32 v40, 0
	v_mov_b32_e32 v43, 0
	v_mov_b32_e32 v42, 0
	v_mov_b32_e32 v47, 0
	v_mov_b32_e32 v46, 0
	v_mov_b32_e32 v49, 0
	v_mov_b32_e32 v48, 0
	v_mov_b32_e32 v51, 0
	v_mov_b32_e32 v50, 0
	v_mov_b32_e32 v53, 0
	v_mov_b32_e32 v52, 0
	v_mov_b32_e32 v55, 0
	v_mov_b32_e32 v54, 0
	v_mov_b32_e32 v57, 0
	v_mov_b32_e32 v56, 0
	v_mov_b32_e32 v59, 0
	v_mov_b32_e32 v58, 0
	v_mov_b32_e32 v61, 0
	v_mov_b32_e32 v60, 0
	v_mov_b32_e32 v63, 0
	v_mov_b32_e32 v62, 0
	v_mov_b32_e32 v65, 0
	v_mov_b32_e32 v64, 0
	v_mov_b32_e32 v45, 0
	v_mov_b32_e32 v44, 0
.LBB0_11:                               ; %._crit_edge
	.loc	1 126 34 is_stmt 1              ; fused_moe.py:126:34
	v_add_lshl_u32 v2, s20, v84, 2
	v_bfrev_b32_e32 v3, 1
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 vcc, s[16:17], s[2:3]
	.loc	1 126 34                        ; fused_moe.py:126:34
	v_cndmask_b32_e32 v2, v3, v2, vcc
	v_add_lshl_u32 v4, s20, v82, 2
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 vcc, s[16:17], s[0:1]
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 126 34                        ; fused_moe.py:126:34
	v_cndmask_b32_e32 v4, v3, v4, vcc
	buffer_load_dword v84, v2, s[48:51], 0 offen
	buffer_load_dword v82, v4, s[48:51], 0 offen
	.loc	1 127 34                        ; fused_moe.py:127:34
	v_add_lshl_u32 v2, s20, v81, 2
	v_cndmask_b32_e64 v2, v3, v2, s[16:17]
	s_mov_b32 s46, s50
	s_mov_b32 s47, s51
	v_add_lshl_u32 v4, s20, v80, 2
	v_add_lshl_u32 v5, s20, v79, 2
	v_add_lshl_u32 v6, s20, v78, 2
	v_add_lshl_u32 v7, s20, v77, 2
	v_add_lshl_u32 v8, s20, v76, 2
	v_add_lshl_u32 v9, s20, v75, 2
	v_add_lshl_u32 v10, s20, v74, 2
	v_cndmask_b32_e64 v4, v3, v4, s[16:17]
	v_cndmask_b32_e64 v5, v3, v5, s[16:17]
	v_cndmask_b32_e64 v6, v3, v6, s[16:17]
	v_cndmask_b32_e64 v7, v3, v7, s[16:17]
	v_cndmask_b32_e64 v8, v3, v8, s[16:17]
	v_cndmask_b32_e64 v9, v3, v9, s[16:17]
	v_cndmask_b32_e64 v10, v3, v10, s[16:17]
	buffer_load_dword v80, v2, s[44:47], 0 offen
	buffer_load_dword v81, v4, s[44:47], 0 offen
	buffer_load_dword v78, v5, s[44:47], 0 offen
	buffer_load_dword v79, v6, s[44:47], 0 offen
	buffer_load_dword v76, v7, s[44:47], 0 offen
	buffer_load_dword v77, v8, s[44:47], 0 offen
	buffer_load_dword v74, v9, s[44:47], 0 offen
	buffer_load_dword v75, v10, s[44:47], 0 offen
	v_add_lshl_u32 v2, s20, v89, 2
	v_cndmask_b32_e64 v2, v3, v2, s[16:17]
	v_add_lshl_u32 v4, s20, v73, 2
	v_add_lshl_u32 v5, s20, v72, 2
	v_add_lshl_u32 v6, s20, v71, 2
	v_add_lshl_u32 v7, s20, v70, 2
	v_add_lshl_u32 v8, s20, v69, 2
	v_add_lshl_u32 v9, s20, v68, 2
	v_add_lshl_u32 v10, s20, v67, 2
	v_cndmask_b32_e64 v4, v3, v4, s[16:17]
	v_cndmask_b32_e64 v5, v3, v5, s[16:17]
	v_cndmask_b32_e64 v6, v3, v6, s[16:17]
	v_cndmask_b32_e64 v7, v3, v7, s[16:17]
	v_cndmask_b32_e64 v8, v3, v8, s[16:17]
	v_cndmask_b32_e64 v9, v3, v9, s[16:17]
	v_cndmask_b32_e64 v3, v3, v10, s[16:17]
	buffer_load_dword v72, v2, s[44:47], 0 offen
	buffer_load_dword v73, v4, s[44:47], 0 offen
	buffer_load_dword v70, v5, s[44:47], 0 offen
	buffer_load_dword v71, v6, s[44:47], 0 offen
	buffer_load_dword v68, v7, s[44:47], 0 offen
	buffer_load_dword v69, v8, s[44:47], 0 offen
	buffer_load_dword v66, v9, s[44:47], 0 offen
	buffer_load_dword v67, v3, s[44:47], 0 offen
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_andn2_b64 vcc, exec, s[16:17]
	s_cbranch_vccnz .LBB0_13
; %bb.12:
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b32_e32 v2, 3, v0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_lshl_b32 s4, s52, 6
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_and_b32_e32 v2, 0x70, v2
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_bitop3_b32 v18, s4, v2, v88 bitop3:0xf6
	v_or_b32_e32 v19, v18, v87
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_bitop3_b32 v20, v87, v88, v2 bitop3:0x36
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_xad_u32 v3, v19, 32, 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_xad_u32 v21, v20, 32, 0
	v_add_u32_e32 v22, 0, v20
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_add_u32_e32 v4, 0, v19
	ds_read_b128 v[94:97], v3
	ds_read_b128 v[90:93], v4
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_read_b128 v[28:31], v21 offset:16384
	ds_read_b128 v[24:27], v22 offset:16384
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x64_f8f6f4 v[2:17], v[90:97], v[24:31], 0
	s_movk_i32 s4, 0x60
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_bitop3_b32 v18, v18, s4, v87 bitop3:0x36
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_xor_b32_e32 v23, 0x60, v20
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_add_u32_e32 v18, 0, v18
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_xad_u32 v87, v20, 64, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_xad_u32 v19, v19, 64, 0
	ds_read_b128 v[102:105], v18
	ds_read_b128 v[98:101], v19
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v88, 0, v23
	ds_read_b128 v[24:27], v87 offset:16384
	ds_read_b128 v[28:31], v88 offset:16384
	ds_read_b128 v[110:113], v21 offset:20480
	ds_read_b128 v[106:109], v22 offset:20480
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x64_f8f6f4 v[2:17], v[98:105], v[24:31], v[2:17]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x64_f8f6f4 v[18:33], v[90:97], v[106:113], 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_read_b128 v[92:95], v88 offset:20480
	ds_read_b128 v[88:91], v87 offset:20480
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x64_f8f6f4 v[18:33], v[98:105], v[88:95], v[18:33]
	s_branch .LBB0_14
.LBB0_13:
	.loc	1 0 41 is_stmt 0                ; fused_moe.py:0:41
	v_mov_b32_e32 v2, 0
	v_mov_b32_e32 v3, v2
	v_mov_b32_e32 v4, v2
	v_mov_b32_e32 v5, v2
	v_mov_b32_e32 v6, v2
	v_mov_b32_e32 v7, v2
	v_mov_b32_e32 v8, v2
	v_mov_b32_e32 v9, v2
	v_mov_b32_e32 v10, v2
	v_mov_b32_e32 v11, v2
	v_mov_b32_e32 v12, v2
	v_mov_b32_e32 v13, v2
	v_mov_b32_e32 v14, v2
	v_mov_b32_e32 v15, v2
	v_mov_b32_e32 v16, v2
	v_mov_b32_e32 v17, v2
	v_mov_b32_e32 v18, v2
	v_mov_b32_e32 v19, v2
	v_mov_b32_e32 v20, v2
	v_mov_b32_e32 v21, v2
	v_mov_b32_e32 v22, v2
	v_mov_b32_e32 v23, v2
	v_mov_b32_e32 v24, v2
	v_mov_b32_e32 v25, v2
	v_mov_b32_e32 v26, v2
	v_mov_b32_e32 v27, v2
	v_mov_b32_e32 v28, v2
	v_mov_b32_e32 v29, v2
	v_mov_b32_e32 v30, v2
	v_mov_b32_e32 v31, v2
	v_mov_b32_e32 v32, v2
	v_mov_b32_e32 v33, v2
.LBB0_14:
	.loc	1 137 29 is_stmt 1              ; fused_moe.py:137:29
	v_lshlrev_b32_e32 v87, 2, v83
	v_bfrev_b32_e32 v89, 1
	s_and_b32 s13, s13, 0xffff
	s_mov_b32 s15, 0x27000
	s_mov_b32 s14, 0x7ffffffe
	v_cndmask_b32_e64 v87, v89, v87, s[2:3]
	buffer_load_dword v88, v87, s[12:15], 0 offen
	v_lshlrev_b32_e32 v87, 2, v85
	v_cndmask_b32_e64 v87, v89, v87, s[0:1]
	buffer_load_dword v90, v87, s[12:15], 0 offen
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_mul_lo_u32 v83, v83, s33
	v_mul_lo_u32 v85, v85, s33
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_lshrrev_b32_e32 v86, 2, v86
	.loc	1 128 46                        ; fused_moe.py:128:46
	s_waitcnt vmcnt(19)
	v_pk_mul_f32 v[2:3], v[84:85], v[2:3] op_sel_hi:[0,1]
	v_pk_mul_f32 v[4:5], v[84:85], v[4:5] op_sel_hi:[0,1]
	v_pk_mul_f32 v[6:7], v[84:85], v[6:7] op_sel_hi:[0,1]
	v_pk_mul_f32 v[8:9], v[84:85], v[8:9] op_sel_hi:[0,1]
	v_pk_mul_f32 v[10:11], v[84:85], v[10:11] op_sel_hi:[0,1]
	s_waitcnt vmcnt(18)
	v_pk_mul_f32 v[18:19], v[82:83], v[18:19] op_sel_hi:[0,1]
	v_pk_mul_f32 v[20:21], v[82:83], v[20:21] op_sel_hi:[0,1]
	v_pk_mul_f32 v[22:23], v[82:83], v[22:23] op_sel_hi:[0,1]
	v_pk_mul_f32 v[24:25], v[82:83], v[24:25] op_sel_hi:[0,1]
	v_pk_mul_f32 v[26:27], v[82:83], v[26:27] op_sel_hi:[0,1]
	v_pk_mul_f32 v[28:29], v[82:83], v[28:29] op_sel_hi:[0,1]
	v_pk_mul_f32 v[30:31], v[82:83], v[30:31] op_sel_hi:[0,1]
	v_pk_mul_f32 v[32:33], v[82:83], v[32:33] op_sel_hi:[0,1]
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_or_b32_e32 v82, s30, v86
	.loc	1 128 31                        ; fused_moe.py:128:31
	s_waitcnt vmcnt(16)
	v_pk_fma_f32 v[2:3], v[80:81], v[2:3], v[44:45]
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[4:5], v[78:79], v[4:5], v[64:65]
	s_waitcnt vmcnt(12)
	v_pk_fma_f32 v[6:7], v[76:77], v[6:7], v[62:63]
	s_waitcnt vmcnt(10)
	v_pk_fma_f32 v[8:9], v[74:75], v[8:9], v[60:61]
	s_waitcnt vmcnt(8)
	v_pk_fma_f32 v[10:11], v[72:73], v[10:11], v[58:59]
	v_pk_fma_f32 v[18:19], v[80:81], v[18:19], v[50:51]
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_mov_b32_e32 v87, s26
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[12:13], v[84:85], v[12:13] op_sel_hi:[0,1]
	v_pk_mul_f32 v[14:15], v[84:85], v[14:15] op_sel_hi:[0,1]
	v_pk_mul_f32 v[16:17], v[84:85], v[16:17] op_sel_hi:[0,1]
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v86, s35, v82
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v3, v45, v3, s[16:17]
	v_cndmask_b32_e64 v2, v44, v2, s[16:17]
	v_cndmask_b32_e64 v5, v65, v5, s[16:17]
	v_cndmask_b32_e64 v4, v64, v4, s[16:17]
	v_cndmask_b32_e64 v7, v63, v7, s[16:17]
	v_cndmask_b32_e64 v6, v62, v6, s[16:17]
	v_cndmask_b32_e64 v9, v61, v9, s[16:17]
	v_cndmask_b32_e64 v8, v60, v8, s[16:17]
	v_cndmask_b32_e64 v11, v59, v11, s[16:17]
	v_cndmask_b32_e64 v10, v58, v10, s[16:17]
	v_cndmask_b32_e64 v19, v51, v19, s[16:17]
	v_cndmask_b32_e64 v18, v50, v18, s[16:17]
	.loc	1 128 31                        ; fused_moe.py:128:31
	s_waitcnt vmcnt(6)
	v_pk_fma_f32 v[12:13], v[70:71], v[12:13], v[56:57]
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[14:15], v[68:69], v[14:15], v[54:55]
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[16:17], v[66:67], v[16:17], v[52:53]
	v_pk_fma_f32 v[24:25], v[74:75], v[24:25], v[42:43]
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_or_b32_e32 v74, 16, v82
	.loc	1 92 55                         ; fused_moe.py:92:55
	v_cmp_gt_i64_e64 s[4:5], s[22:23], v[86:87]
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_mov_b32_e32 v93, s26
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v13, v57, v13, s[16:17]
	v_cndmask_b32_e64 v12, v56, v12, s[16:17]
	v_cndmask_b32_e64 v15, v55, v15, s[16:17]
	v_cndmask_b32_e64 v14, v54, v14, s[16:17]
	v_cndmask_b32_e64 v17, v53, v17, s[16:17]
	v_cndmask_b32_e64 v16, v52, v16, s[16:17]
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v92, s35, v74
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[6:7], s[2:3], s[4:5]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[20:21], v[78:79], v[20:21], v[48:49]
	v_pk_fma_f32 v[22:23], v[76:77], v[22:23], v[46:47]
	.loc	1 92 55                         ; fused_moe.py:92:55
	v_cmp_gt_i64_e32 vcc, s[22:23], v[92:93]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_b32 s13, s25, 0xffff
	s_mov_b32 s12, s24
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v21, v49, v21, s[16:17]
	v_cndmask_b32_e64 v20, v48, v20, s[16:17]
	v_cndmask_b32_e64 v23, v47, v23, s[16:17]
	v_cndmask_b32_e64 v22, v46, v22, s[16:17]
	v_cndmask_b32_e64 v25, v43, v25, s[16:17]
	v_cndmask_b32_e64 v24, v42, v24, s[16:17]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], s[2:3], vcc
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[26:27], v[72:73], v[26:27], v[40:41]
	v_pk_fma_f32 v[28:29], v[70:71], v[28:29], v[38:39]
	v_pk_fma_f32 v[30:31], v[68:69], v[30:31], v[36:37]
	v_pk_fma_f32 v[32:33], v[66:67], v[32:33], v[34:35]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v27, v41, v27, s[16:17]
	v_cndmask_b32_e64 v26, v40, v26, s[16:17]
	v_cndmask_b32_e64 v29, v39, v29, s[16:17]
	v_cndmask_b32_e64 v28, v38, v28, s[16:17]
	v_cndmask_b32_e64 v31, v37, v31, s[16:17]
	.loc	1 138 36                        ; fused_moe.py:138:36
	s_waitcnt vmcnt(1)
	v_pk_mul_f32 v[2:3], v[88:89], v[2:3] op_sel_hi:[0,1]
	v_pk_mul_f32 v[4:5], v[88:89], v[4:5] op_sel_hi:[0,1]
	v_pk_mul_f32 v[6:7], v[88:89], v[6:7] op_sel_hi:[0,1]
	v_pk_mul_f32 v[8:9], v[88:89], v[8:9] op_sel_hi:[0,1]
	v_pk_mul_f32 v[10:11], v[88:89], v[10:11] op_sel_hi:[0,1]
	s_waitcnt vmcnt(0)
	v_pk_mul_f32 v[18:19], v[90:91], v[18:19] op_sel_hi:[0,1]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cvt_pk_bf16_f32 v2, v2, v3
	v_cvt_pk_bf16_f32 v3, v4, v5
	v_cvt_pk_bf16_f32 v4, v6, v7
	v_cvt_pk_bf16_f32 v5, v8, v9
	v_cvt_pk_bf16_f32 v6, v10, v11
	v_cvt_pk_bf16_f32 v10, v18, v19
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	v_add_lshl_u32 v18, v86, v83, 1
	.loc	1 138 36 is_stmt 1              ; fused_moe.py:138:36
	v_pk_mul_f32 v[12:13], v[88:89], v[12:13] op_sel_hi:[0,1]
	v_pk_mul_f32 v[14:15], v[88:89], v[14:15] op_sel_hi:[0,1]
	v_pk_mul_f32 v[16:17], v[88:89], v[16:17] op_sel_hi:[0,1]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_permlane32_swap_b32_e32 v2, v4
	v_permlane32_swap_b32_e32 v3, v5
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	v_cndmask_b32_e64 v18, v89, v18, s[6:7]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cvt_pk_bf16_f32 v7, v12, v13
	v_cvt_pk_bf16_f32 v8, v14, v15
	v_cvt_pk_bf16_f32 v9, v16, v17
	.loc	1 142 21                        ; fused_moe.py:142:21
	buffer_store_dwordx4 v[2:5], v18, s[12:15], 0 offen
	.loc	1 138 36 is_stmt 1              ; fused_moe.py:138:36
	v_pk_mul_f32 v[20:21], v[90:91], v[20:21] op_sel_hi:[0,1]
	v_pk_mul_f32 v[22:23], v[90:91], v[22:23] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_add_lshl_u32 v2, v92, v83, 1
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[24:25], v[90:91], v[24:25] op_sel_hi:[0,1]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_permlane32_swap_b32_e32 v6, v8
	v_permlane32_swap_b32_e32 v7, v9
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	v_cndmask_b32_e64 v2, v89, v2, s[2:3]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v30, v36, v30, s[16:17]
	v_cndmask_b32_e64 v33, v35, v33, s[16:17]
	v_cndmask_b32_e64 v32, v34, v32, s[16:17]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cvt_pk_bf16_f32 v11, v20, v21
	v_cvt_pk_bf16_f32 v12, v22, v23
	v_cvt_pk_bf16_f32 v13, v24, v25
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	buffer_store_dwordx4 v[6:9], v2, s[12:15], 0 offen
	v_add_lshl_u32 v2, v86, v85, 1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[2:3], s[0:1], s[4:5]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[26:27], v[90:91], v[26:27] op_sel_hi:[0,1]
	v_pk_mul_f32 v[28:29], v[90:91], v[28:29] op_sel_hi:[0,1]
	v_pk_mul_f32 v[30:31], v[90:91], v[30:31] op_sel_hi:[0,1]
	v_pk_mul_f32 v[32:33], v[90:91], v[32:33] op_sel_hi:[0,1]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_permlane32_swap_b32_e32 v10, v12
	v_permlane32_swap_b32_e32 v11, v13
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	v_cndmask_b32_e64 v2, v89, v2, s[2:3]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cvt_pk_bf16_f32 v14, v26, v27
	v_cvt_pk_bf16_f32 v15, v28, v29
	v_cvt_pk_bf16_f32 v16, v30, v31
	v_cvt_pk_bf16_f32 v17, v32, v33
	.loc	1 142 21                        ; fused_moe.py:142:21
	buffer_store_dwordx4 v[10:13], v2, s[12:15], 0 offen
	v_add_lshl_u32 v2, v92, v85, 1
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 vcc, s[0:1], vcc
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_permlane32_swap_b32_e32 v14, v16
	v_permlane32_swap_b32_e32 v15, v17
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	v_cndmask_b32_e32 v2, v89, v2, vcc
	buffer_store_dwordx4 v[14:17], v2, s[12:15], 0 offen
	s_branch .LBB0_16
.LBB0_15:
	.loc	1 85 56 is_stmt 1               ; fused_moe.py:85:56
	v_lshrrev_b32_e32 v1, 4, v1
	.loc	1 86 48                         ; fused_moe.py:86:48
	v_or_b32_e32 v1, s27, v1
	v_lshlrev_b32_e32 v1, 2, v1
	.loc	1 86 25 is_stmt 0               ; fused_moe.py:86:25
	v_or_b32_e32 v2, 0xc0, v1
	s_mov_b32 s30, s38
	s_mov_b32 s31, s39
	v_or_b32_e32 v3, 0x80, v1
	v_or_b32_e32 v4, 64, v1
	buffer_load_dword v5, v2, s[28:31], 0 offen
	buffer_load_dword v6, v3, s[28:31], 0 offen
	buffer_load_dword v7, v4, s[28:31], 0 offen
	buffer_load_dword v8, v1, s[28:31], 0 offen
	s_mov_b32 s0, 0
	.loc	1 90 50 is_stmt 1               ; fused_moe.py:90:50
	v_lshlrev_b32_e32 v0, 3, v0
	v_and_b32_e32 v0, 0x78, v0
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_mov_b32 s2, s0
	s_mov_b32 s3, s0
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_mov_b32_e32 v1, s26
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_mov_b32 s1, s0
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_or_b32_e32 v0, s35, v0
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b64_e32 v[12:13], s[2:3]
	v_mov_b64_e32 v[10:11], s[0:1]
	.loc	1 92 55                         ; fused_moe.py:92:55
	v_cmp_gt_i64_e32 vcc, s[22:23], v[0:1]
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_bfrev_b32_e32 v2, 1
	s_and_b32 s25, s25, 0xffff
	s_mov_b32 s27, 0x27000
	s_mov_b32 s26, 0x7ffffffe
	.loc	1 88 30                         ; fused_moe.py:88:30
	s_waitcnt vmcnt(3)
	v_cmp_gt_i32_e64 s[0:1], s34, v5
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_mul_lo_u32 v1, v5, s33
	.loc	1 88 30                         ; fused_moe.py:88:30
	s_waitcnt vmcnt(2)
	v_cmp_gt_i32_e64 s[2:3], s34, v6
	s_waitcnt vmcnt(0)
	v_cmp_gt_i32_e64 s[6:7], s34, v8
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_mul_lo_u32 v5, v8, s33
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[4:5], s34, v7
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_mul_lo_u32 v3, v6, s33
	v_mul_lo_u32 v4, v7, s33
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
	buffer_store_dwordx4 v[10:13], v1, s[24:27], 0 offen
	buffer_store_dwordx4 v[10:13], v4, s[24:27], 0 offen
	buffer_store_dwordx4 v[10:13], v3, s[24:27], 0 offen
	buffer_store_dwordx4 v[10:13], v0, s[24:27], 0 offen
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
		.amdhsa_next_free_vgpr 188
		.amdhsa_next_free_sgpr 53
		.amdhsa_accum_offset 188
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
	.set fused_moe_kernel.num_vgpr, 188
	.set fused_moe_kernel.num_agpr, 0
	.set fused_moe_kernel.numbered_sgpr, 53
	.set fused_moe_kernel.num_named_barrier, 0
	.set fused_moe_kernel.private_seg_size, 0
	.set fused_moe_kernel.uses_vcc, 1
	.set fused_moe_kernel.uses_flat_scratch, 0
	.set fused_moe_kernel.has_dyn_sized_stack, 0
	.set fused_moe_kernel.has_recursion, 0
	.set fused_moe_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 7076
; TotalNumSgprs: 59
; NumVgprs: 188
; NumAgprs: 0
; TotalNumVgprs: 188
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 7
; VGPRBlocks: 23
; NumSGPRsForWavesPerEU: 59
; NumVGPRsForWavesPerEU: 188
; AccumOffset: 188
; Occupancy: 2
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 46
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
    .sgpr_count:     59
    .sgpr_spill_count: 0
    .symbol:         fused_moe_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     188
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx950
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

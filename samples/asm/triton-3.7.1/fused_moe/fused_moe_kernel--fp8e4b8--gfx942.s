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
	s_lshl_b32 s35, s2, 6
	.loc	1 82 31 is_stmt 0               ; fused_moe.py:82:31
	s_waitcnt lgkmcnt(0)
	s_cmp_lt_i32 s35, s6
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
	s_lshl_b32 s26, s3, 7
	.loc	1 94 25                         ; fused_moe.py:94:25
	s_ashr_i32 s3, s2, 31
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_b32 s52, s6, 0xc0
	.loc	1 86 25                         ; fused_moe.py:86:25
	s_and_b32 s29, s29, 0xffff
	.loc	1 90 37                         ; fused_moe.py:90:37
	s_ashr_i32 s27, s26, 31
	.loc	1 92 55                         ; fused_moe.py:92:55
	s_ashr_i32 s23, s22, 31
	.loc	1 94 25                         ; fused_moe.py:94:25
	s_lshl_b64 s[2:3], s[2:3], 2
	s_waitcnt lgkmcnt(0)
	s_add_u32 s2, s10, s2
	s_addc_u32 s3, s11, s3
	s_load_dword s42, s[2:3], 0x0
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_lshlrev_b32_e32 v1, 3, v0
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_and_or_b32 v99, v0, 63, s52
	s_mov_b32 s39, 0x27000
	s_mov_b32 s38, 0x7ffffffe
	.loc	1 95 21                         ; fused_moe.py:95:21
	s_waitcnt lgkmcnt(0)
	s_cmp_lg_u32 s42, -1
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_and_b32_e32 v97, 0x78, v1
	.loc	1 95 21                         ; fused_moe.py:95:21
	s_cbranch_scc0 .LBB0_4
; %bb.2:
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_lshrrev_b32_e32 v1, 3, v99
	v_and_b32_e32 v4, 31, v0
	v_or_b32_e32 v2, 32, v1
	.loc	1 86 48                         ; fused_moe.py:86:48
	v_or_b32_e32 v3, s35, v4
	v_or_b32_e32 v6, s35, v2
	v_or_b32_e32 v5, s35, v1
	v_lshlrev_b32_e32 v3, 2, v3
	.loc	1 86 25 is_stmt 0               ; fused_moe.py:86:25
	s_mov_b32 s30, s38
	s_mov_b32 s31, s39
	v_lshlrev_b32_e32 v6, 2, v6
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	s_abs_i32 s43, s22
	.loc	1 86 25                         ; fused_moe.py:86:25
	v_or_b32_e32 v7, 0x80, v3
	v_lshlrev_b32_e32 v5, 2, v5
	buffer_load_dword v121, v3, s[28:31], 0 offen
	buffer_load_dword v122, v7, s[28:31], 0 offen
	buffer_load_dword v8, v5, s[28:31], 0 offen
	buffer_load_dword v9, v6, s[28:31], 0 offen
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cvt_f32_u32_e32 v6, s43
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_and_b32_e32 v5, 32, v0
	v_or_b32_e32 v1, s26, v1
	s_load_dword s21, s[0:1], 0x4c
	s_load_dwordx2 s[6:7], s[0:1], 0x58
	s_load_dword s31, s[0:1], 0x60
	s_load_dwordx2 s[10:11], s[0:1], 0x68
	s_load_dword s30, s[0:1], 0x70
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_rcp_iflag_f32_e32 v6, v6
	.loc	1 90 50                         ; fused_moe.py:90:50
	s_lshr_b32 s0, s52, 1
	v_lshrrev_b32_e32 v3, 3, v5
	.loc	1 90 37 is_stmt 0               ; fused_moe.py:90:37
	v_or_b32_e32 v2, s26, v2
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_mul_f32_e32 v6, 0x4f7ffffe, v6
	v_cvt_u32_f32_e32 v6, v6
	v_sub_u32_e32 v10, 0, v1
	s_sub_i32 s1, 0, s43
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_or_b32_e32 v120, s0, v3
	.loc	1 90 37 is_stmt 0               ; fused_moe.py:90:37
	v_or_b32_e32 v3, 0x60, v1
	v_or_b32_e32 v7, 64, v1
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_max_i32_e32 v1, v10, v1
	v_sub_u32_e32 v10, 0, v2
	v_max_i32_e32 v2, v10, v2
	v_mul_lo_u32 v10, s1, v6
	v_mul_hi_u32 v10, v6, v10
	v_add_u32_e32 v6, v6, v10
	v_mul_hi_u32 v10, v1, v6
	v_mul_hi_u32 v25, v2, v6
	v_mul_lo_u32 v10, v10, s43
	v_mul_lo_u32 v25, v25, s43
	v_sub_u32_e32 v1, v1, v10
	v_sub_u32_e32 v2, v2, v25
	v_subrev_u32_e32 v10, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	v_subrev_u32_e32 v25, s43, v2
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v60, s26, v120
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v10, vcc
	v_cmp_le_u32_e32 vcc, s43, v2
	v_subrev_u32_e32 v10, s43, v1
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v24, 1, v60
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v2, v2, v25, vcc
	v_cmp_le_u32_e32 vcc, s43, v1
	v_subrev_u32_e32 v25, s43, v2
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v23, 2, v60
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v10, vcc
	v_xor_b32_e32 v1, s27, v1
	v_cmp_le_u32_e32 vcc, s43, v2
	v_subrev_u32_e32 v10, s27, v1
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v22, 3, v60
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v2, v25, vcc
	v_xor_b32_e32 v1, s27, v1
	v_subrev_u32_e32 v25, s27, v1
	v_sub_u32_e32 v1, 0, v7
	v_max_i32_e32 v1, v1, v7
	v_mul_hi_u32 v2, v1, v6
	v_mul_lo_u32 v2, v2, s43
	v_sub_u32_e32 v1, v1, v2
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_or_b32_e32 v119, 8, v120
	.loc	1 90 37 is_stmt 0               ; fused_moe.py:90:37
	v_or_b32_e32 v21, s26, v119
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v20, 9, v60
	v_or_b32_e32 v15, 10, v60
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_xor_b32_e32 v1, s27, v1
	v_subrev_u32_e32 v7, s27, v1
	v_sub_u32_e32 v1, 0, v3
	v_max_i32_e32 v1, v1, v3
	v_mul_hi_u32 v2, v1, v6
	v_mul_lo_u32 v2, v2, s43
	v_sub_u32_e32 v1, v1, v2
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v14, 11, v60
	.loc	1 90 50 is_stmt 0               ; fused_moe.py:90:50
	v_or_b32_e32 v118, 16, v120
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v62, s26, v118
	v_or_b32_e32 v13, 17, v60
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_xor_b32_e32 v1, s27, v1
	v_subrev_u32_e32 v26, s27, v1
	v_sub_u32_e32 v1, 0, v60
	v_max_i32_e32 v1, v1, v60
	v_mul_hi_u32 v2, v1, v6
	v_mul_lo_u32 v2, v2, s43
	v_sub_u32_e32 v1, v1, v2
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v12, 18, v60
	v_or_b32_e32 v11, 19, v60
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	.loc	1 104 72                        ; fused_moe.py:104:72
	v_lshlrev_b32_e32 v0, 4, v0
	v_and_b32_e32 v96, 0x70, v0
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_xor_b32_e32 v1, s27, v1
	v_subrev_u32_e32 v42, s27, v1
	v_sub_u32_e32 v1, 0, v24
	v_max_i32_e32 v1, v1, v24
	v_mul_hi_u32 v2, v1, v6
	v_mul_lo_u32 v2, v2, s43
	v_sub_u32_e32 v1, v1, v2
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
.Ltmp9:
	.loc	2 43 17                         ; standard.py:43:17 @[ fused_moe.py:117:33 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s47, s21, 0x7f
.Ltmp10:
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cmpk_gt_i32 s47, 0x7f
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	.loc	1 105 34                        ; fused_moe.py:105:34
	s_mul_i32 s46, s42, s7
	.loc	1 88 30                         ; fused_moe.py:88:30
	s_waitcnt vmcnt(1)
	v_cmp_gt_i32_e64 s[14:15], s34, v8
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_xor_b32_e32 v1, s27, v1
	v_subrev_u32_e32 v24, s27, v1
	v_sub_u32_e32 v1, 0, v23
	v_max_i32_e32 v1, v1, v23
	v_mul_hi_u32 v2, v1, v6
	v_mul_lo_u32 v2, v2, s43
	v_sub_u32_e32 v1, v1, v2
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_add_u32_e32 v29, s46, v96
	.loc	1 88 30                         ; fused_moe.py:88:30
	s_waitcnt vmcnt(0)
	v_cmp_gt_i32_e64 s[18:19], s34, v9
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_bfrev_b32_e32 v34, 1
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_or_b32_e32 v101, 24, v120
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_xor_b32_e32 v1, s27, v1
	v_subrev_u32_e32 v23, s27, v1
	v_sub_u32_e32 v1, 0, v22
	v_max_i32_e32 v1, v1, v22
	v_mul_hi_u32 v2, v1, v6
	v_mul_lo_u32 v2, v2, s43
	v_sub_u32_e32 v1, v1, v2
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v19, s26, v101
	v_or_b32_e32 v18, 25, v60
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v17, 26, v60
	v_or_b32_e32 v16, 27, v60
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_xor_b32_e32 v1, s27, v1
	v_subrev_u32_e32 v22, s27, v1
	v_sub_u32_e32 v1, 0, v21
	v_max_i32_e32 v1, v1, v21
	v_mul_hi_u32 v2, v1, v6
	v_mul_lo_u32 v2, v2, s43
	v_sub_u32_e32 v1, v1, v2
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	s_mov_b32 s20, 0
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[2:3], s34, v121
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[0:1], s34, v122
	.loc	1 110 54                        ; fused_moe.py:110:54
	s_mul_i32 s42, s42, s11
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_xor_b32_e32 v1, s27, v1
	v_subrev_u32_e32 v21, s27, v1
	v_sub_u32_e32 v1, 0, v20
	v_max_i32_e32 v1, v1, v20
	v_mul_hi_u32 v2, v1, v6
	v_mul_lo_u32 v2, v2, s43
	v_sub_u32_e32 v1, v1, v2
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_xor_b32_e32 v1, s27, v1
	v_subrev_u32_e32 v20, s27, v1
	v_sub_u32_e32 v1, 0, v15
	v_max_i32_e32 v1, v1, v15
	v_mul_hi_u32 v2, v1, v6
	v_mul_lo_u32 v2, v2, s43
	v_sub_u32_e32 v1, v1, v2
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_xor_b32_e32 v1, s27, v1
	v_subrev_u32_e32 v43, s27, v1
	v_sub_u32_e32 v1, 0, v14
	v_max_i32_e32 v1, v1, v14
	v_mul_hi_u32 v2, v1, v6
	v_mul_lo_u32 v2, v2, s43
	v_sub_u32_e32 v1, v1, v2
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_xor_b32_e32 v1, s27, v1
	v_subrev_u32_e32 v44, s27, v1
	v_sub_u32_e32 v1, 0, v62
	v_max_i32_e32 v1, v1, v62
	v_mul_hi_u32 v2, v1, v6
	v_mul_lo_u32 v2, v2, s43
	v_sub_u32_e32 v1, v1, v2
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_xor_b32_e32 v1, s27, v1
	v_subrev_u32_e32 v45, s27, v1
	v_sub_u32_e32 v1, 0, v13
	v_max_i32_e32 v1, v1, v13
	v_mul_hi_u32 v2, v1, v6
	v_mul_lo_u32 v2, v2, s43
	v_sub_u32_e32 v1, v1, v2
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_xor_b32_e32 v1, s27, v1
	v_subrev_u32_e32 v46, s27, v1
	v_sub_u32_e32 v1, 0, v12
	v_max_i32_e32 v1, v1, v12
	v_mul_hi_u32 v2, v1, v6
	v_mul_lo_u32 v2, v2, s43
	v_sub_u32_e32 v1, v1, v2
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_subrev_u32_e32 v2, s43, v1
	v_cmp_le_u32_e32 vcc, s43, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_xor_b32_e32 v1, s27, v1
	v_subrev_u32_e32 v47, s27, v1
	v_sub_u32_e32 v1, 0, v11
	v_max_i32_e32 v27, v1, v11
	v_mul_hi_u32 v1, v27, v6
	v_mul_lo_u32 v28, v1, s43
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_ashrrev_i32_e32 v1, 31, v8
	v_ashrrev_i32_e32 v2, 31, v9
	v_lshrrev_b32_e32 v1, 29, v1
	v_lshrrev_b32_e32 v2, 29, v2
	v_add_u32_e32 v1, v8, v1
	v_add_u32_e32 v2, v9, v2
	v_ashrrev_i32_e32 v1, 3, v1
	v_ashrrev_i32_e32 v2, 3, v2
	.loc	1 104 22 is_stmt 0              ; fused_moe.py:104:22
	v_mad_u64_u32 v[0:1], s[16:17], v1, s6, v[96:97]
	v_mad_u64_u32 v[2:3], s[16:17], v2, s6, v[96:97]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_cselect_b64 s[16:17], -1, 0
	.loc	1 119 74                        ; fused_moe.py:119:74
	v_cmp_gt_i32_e32 vcc, s21, v96
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_mul_lo_u32 v1, s31, v10
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 vcc, vcc, s[16:17]
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_add_u32_e32 v3, v29, v1
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 s[6:7], vcc, s[14:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_and_b32 s37, s37, 0xffff
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v35, v34, v3, vcc
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v3, v34, v0, s[6:7]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 s[6:7], vcc, s[18:19]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v30, v34, v2, s[6:7]
	buffer_load_dwordx4 v[8:11], v3, s[36:39], 0 offen
	buffer_load_dwordx4 v[12:15], v30, s[36:39], 0 offen
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_sub_u32_e32 v3, v27, v28
	v_subrev_u32_e32 v27, s43, v3
	v_cmp_le_u32_e64 s[6:7], s43, v3
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_b32 s5, s5, 0xffff
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cmpk_gt_i32 s47, 0xff
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v3, v3, v27, s[6:7]
	v_subrev_u32_e32 v27, s43, v3
	v_cmp_le_u32_e64 s[6:7], s43, v3
	s_nop 1
	v_cndmask_b32_e64 v3, v3, v27, s[6:7]
	v_xor_b32_e32 v3, s27, v3
	v_subrev_u32_e32 v48, s27, v3
	v_sub_u32_e32 v3, 0, v19
	v_max_i32_e32 v3, v3, v19
	v_mul_hi_u32 v19, v3, v6
	v_mul_lo_u32 v19, v19, s43
	v_sub_u32_e32 v3, v3, v19
	v_subrev_u32_e32 v19, s43, v3
	v_cmp_le_u32_e64 s[6:7], s43, v3
	s_nop 1
	v_cndmask_b32_e64 v3, v3, v19, s[6:7]
	v_subrev_u32_e32 v19, s43, v3
	v_cmp_le_u32_e64 s[6:7], s43, v3
	s_nop 1
	v_cndmask_b32_e64 v3, v3, v19, s[6:7]
	v_xor_b32_e32 v3, s27, v3
	v_subrev_u32_e32 v19, s27, v3
	v_sub_u32_e32 v3, 0, v18
	v_max_i32_e32 v3, v3, v18
	v_mul_hi_u32 v18, v3, v6
	v_mul_lo_u32 v18, v18, s43
	v_sub_u32_e32 v3, v3, v18
	v_subrev_u32_e32 v18, s43, v3
	v_cmp_le_u32_e64 s[6:7], s43, v3
	s_nop 1
	v_cndmask_b32_e64 v3, v3, v18, s[6:7]
	v_subrev_u32_e32 v18, s43, v3
	v_cmp_le_u32_e64 s[6:7], s43, v3
	s_nop 1
	v_cndmask_b32_e64 v3, v3, v18, s[6:7]
	v_xor_b32_e32 v3, s27, v3
	v_subrev_u32_e32 v18, s27, v3
	v_sub_u32_e32 v3, 0, v17
	v_max_i32_e32 v3, v3, v17
	v_mul_hi_u32 v17, v3, v6
	v_mul_lo_u32 v17, v17, s43
	v_sub_u32_e32 v3, v3, v17
	v_subrev_u32_e32 v17, s43, v3
	v_cmp_le_u32_e64 s[6:7], s43, v3
	s_nop 1
	v_cndmask_b32_e64 v3, v3, v17, s[6:7]
	v_subrev_u32_e32 v17, s43, v3
	v_cmp_le_u32_e64 s[6:7], s43, v3
	s_nop 1
	v_cndmask_b32_e64 v3, v3, v17, s[6:7]
	v_xor_b32_e32 v3, s27, v3
	v_subrev_u32_e32 v17, s27, v3
	v_sub_u32_e32 v3, 0, v16
	v_max_i32_e32 v3, v3, v16
	v_mul_hi_u32 v6, v3, v6
	v_mul_lo_u32 v6, v6, s43
	v_sub_u32_e32 v3, v3, v6
	v_subrev_u32_e32 v6, s43, v3
	v_cmp_le_u32_e64 s[6:7], s43, v3
	s_nop 1
	v_cndmask_b32_e64 v3, v3, v6, s[6:7]
	v_subrev_u32_e32 v6, s43, v3
	v_cmp_le_u32_e64 s[6:7], s43, v3
	s_nop 1
	v_cndmask_b32_e64 v3, v3, v6, s[6:7]
	v_xor_b32_e32 v3, s27, v3
	v_subrev_u32_e32 v16, s27, v3
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_mul_lo_u32 v3, s31, v25
	v_add_u32_e32 v25, v29, v3
	v_mul_lo_u32 v6, s31, v7
	v_mul_lo_u32 v7, s31, v26
	v_add_u32_e32 v36, v29, v6
	v_add_u32_e32 v37, v29, v7
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_mov_b32 s6, s38
	s_mov_b32 s7, s39
	v_cndmask_b32_e32 v25, v34, v25, vcc
	buffer_load_dwordx4 v[26:29], v35, s[4:7], 0 offen
	buffer_load_dwordx4 v[30:33], v25, s[4:7], 0 offen
	v_cndmask_b32_e32 v25, v34, v36, vcc
	v_cndmask_b32_e32 v49, v34, v37, vcc
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b32_e32 v34, 4, v99
	v_and_b32_e32 v35, 0x78, v99
	v_xor_b32_e32 v34, v34, v35
	v_add_u32_e32 v61, 0, v34
	s_waitcnt vmcnt(2)
	ds_write2st64_b64 v61, v[8:9], v[12:13] offset0:32 offset1:40
	v_xor_b32_e32 v8, 8, v34
	.loc	1 120 20                        ; fused_moe.py:120:20
	buffer_load_dwordx4 v[34:37], v25, s[4:7], 0 offen
	buffer_load_dwordx4 v[38:41], v49, s[4:7], 0 offen
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v63, 0, v8
	ds_write2st64_b64 v63, v[10:11], v[14:15] offset0:32 offset1:40
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v10, 31, v42
	v_lshrrev_b32_e32 v10, 25, v10
	v_add_u32_e32 v10, v42, v10
	v_ashrrev_i32_e32 v42, 31, v19
	v_lshrrev_b32_e32 v42, 25, v42
	v_ashrrev_i32_e32 v15, 31, v20
	v_add_u32_e32 v19, v19, v42
	v_lshrrev_b32_e32 v15, 25, v15
	v_ashrrev_i32_e32 v42, 7, v19
	v_ashrrev_i32_e32 v19, 31, v18
	v_add_u32_e32 v15, v20, v15
	v_ashrrev_i32_e32 v20, 31, v43
	v_lshrrev_b32_e32 v19, 25, v19
	v_ashrrev_i32_e32 v14, 31, v21
	v_lshrrev_b32_e32 v20, 25, v20
	v_add_u32_e32 v18, v18, v19
	v_lshrrev_b32_e32 v14, 25, v14
	v_add_u32_e32 v20, v43, v20
	v_ashrrev_i32_e32 v43, 7, v18
	v_ashrrev_i32_e32 v18, 31, v17
	v_ashrrev_i32_e32 v11, 31, v24
	v_ashrrev_i32_e32 v12, 31, v23
	v_ashrrev_i32_e32 v13, 31, v22
	v_add_u32_e32 v14, v21, v14
	v_ashrrev_i32_e32 v21, 31, v44
	v_lshrrev_b32_e32 v18, 25, v18
	v_lshrrev_b32_e32 v11, 25, v11
	v_lshrrev_b32_e32 v12, 25, v12
	v_lshrrev_b32_e32 v13, 25, v13
	v_lshrrev_b32_e32 v21, 25, v21
	v_add_u32_e32 v17, v17, v18
	v_add_u32_e32 v11, v24, v11
	v_add_u32_e32 v12, v23, v12
	v_add_u32_e32 v13, v22, v13
	v_add_u32_e32 v21, v44, v21
	v_ashrrev_i32_e32 v22, 31, v45
	v_ashrrev_i32_e32 v23, 31, v46
	v_ashrrev_i32_e32 v24, 31, v47
	v_ashrrev_i32_e32 v25, 31, v48
	v_ashrrev_i32_e32 v44, 7, v17
	v_ashrrev_i32_e32 v17, 31, v16
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v8, 31, v121
	v_ashrrev_i32_e32 v9, 31, v122
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_lshrrev_b32_e32 v22, 25, v22
	v_lshrrev_b32_e32 v23, 25, v23
	v_lshrrev_b32_e32 v24, 25, v24
	v_lshrrev_b32_e32 v25, 25, v25
	v_lshrrev_b32_e32 v17, 25, v17
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v8, 29, v8
	v_lshrrev_b32_e32 v9, 29, v9
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_add_u32_e32 v22, v45, v22
	v_add_u32_e32 v23, v46, v23
	v_add_u32_e32 v24, v47, v24
	v_add_u32_e32 v25, v48, v25
	v_add_u32_e32 v16, v16, v17
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v8, v121, v8
	v_add_u32_e32 v9, v122, v9
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v10, 7, v10
	v_ashrrev_i32_e32 v11, 7, v11
	v_ashrrev_i32_e32 v12, 7, v12
	v_ashrrev_i32_e32 v13, 7, v13
	v_ashrrev_i32_e32 v14, 7, v14
	v_ashrrev_i32_e32 v15, 7, v15
	v_ashrrev_i32_e32 v20, 7, v20
	v_ashrrev_i32_e32 v21, 7, v21
	v_ashrrev_i32_e32 v22, 7, v22
	v_ashrrev_i32_e32 v23, 7, v23
	v_ashrrev_i32_e32 v24, 7, v24
	v_ashrrev_i32_e32 v25, 7, v25
	v_ashrrev_i32_e32 v45, 7, v16
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v8, 3, v8
	v_ashrrev_i32_e32 v9, 3, v9
	.loc	1 110 67                        ; fused_moe.py:110:67
	v_mul_lo_u32 v10, v10, s30
	v_mul_lo_u32 v11, v11, s30
	v_mul_lo_u32 v12, v12, s30
	v_mul_lo_u32 v13, v13, s30
	v_mul_lo_u32 v14, v14, s30
	v_mul_lo_u32 v15, v15, s30
	v_mul_lo_u32 v16, v20, s30
	v_mul_lo_u32 v17, v21, s30
	v_mul_lo_u32 v18, v22, s30
	v_mul_lo_u32 v19, v23, s30
	v_mul_lo_u32 v20, v24, s30
	v_mul_lo_u32 v21, v25, s30
	v_mul_lo_u32 v22, v42, s30
	v_mul_lo_u32 v23, v43, s30
	v_mul_lo_u32 v24, v44, s30
	v_mul_lo_u32 v25, v45, s30
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_waitcnt vmcnt(2)
	ds_write2st64_b64 v61, v[26:27], v[30:31] offset1:8
	s_waitcnt vmcnt(0)
	ds_write2st64_b64 v61, v[34:35], v[38:39] offset0:16 offset1:24
	ds_write2st64_b64 v63, v[28:29], v[32:33] offset1:8
	ds_write2st64_b64 v63, v[36:37], v[40:41] offset0:16 offset1:24
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
	v_mul_lo_u32 v142, v8, s10
	v_mul_lo_u32 v141, v9, s10
	v_add_u32_e32 v140, s42, v10
	v_add_u32_e32 v139, s42, v11
	v_add_u32_e32 v138, s42, v12
	v_add_u32_e32 v137, s42, v13
	v_add_u32_e32 v136, s42, v14
	v_add_u32_e32 v135, s42, v15
	v_add_u32_e32 v134, s42, v16
	v_add_u32_e32 v133, s42, v17
	v_add_u32_e32 v132, s42, v18
	v_add_u32_e32 v131, s42, v19
	v_add_u32_e32 v130, s42, v20
	v_add_u32_e32 v129, s42, v21
	v_add_u32_e32 v128, s42, v22
	v_add_u32_e32 v127, s42, v23
	v_add_u32_e32 v126, s42, v24
	v_add_u32_e32 v125, s42, v25
	s_andn2_b64 vcc, exec, s[6:7]
	v_lshlrev_b32_e32 v123, 7, v4
	v_lshrrev_b32_e32 v124, 2, v5
	s_cbranch_vccnz .LBB0_10
; %bb.7:                                ; %.lr.ph
	v_or_b32_e32 v4, v123, v97
	s_lshl_b32 s7, s52, 6
	v_xor_b32_e32 v14, v97, v124
	v_xor_b32_e32 v4, v4, v124
	v_or3_b32 v14, s7, v14, v123
.Ltmp11:
	.loc	2 43 30 is_stmt 1               ; standard.py:43:30 @[ fused_moe.py:117:33 ]
	s_lshr_b32 s6, s47, 7
	v_xor_b32_e32 v5, 16, v4
	v_xor_b32_e32 v8, 32, v4
	v_xor_b32_e32 v9, 48, v4
	v_xor_b32_e32 v10, 64, v4
	v_xor_b32_e32 v11, 0x50, v4
	v_xor_b32_e32 v12, 0x60, v4
	v_xor_b32_e32 v13, 0x70, v4
	v_xor_b32_e32 v15, 16, v14
	v_xor_b32_e32 v16, 32, v14
	v_xor_b32_e32 v17, 48, v14
	v_xor_b32_e32 v18, 64, v14
	v_xor_b32_e32 v19, 0x50, v14
	v_xor_b32_e32 v20, 0x60, v14
	v_xor_b32_e32 v21, 0x70, v14
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s51, 0x27000
	s_mov_b32 s50, 0x7ffffffe
	s_and_b32 s41, s41, 0xffff
.Ltmp12:
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_add_u32_e32 v7, s46, v7
	s_movk_i32 s7, 0x80
	v_add_u32_e32 v6, s46, v6
	v_add_u32_e32 v3, s46, v3
	v_add_u32_e32 v1, s46, v1
	v_mov_b32_e32 v64, 0
	s_mov_b64 s[48:49], s[8:9]
	s_mov_b64 s[44:45], s[40:41]
	v_add3_u32 v143, v7, v96, s7
	v_add3_u32 v144, v6, v96, s7
	v_add3_u32 v145, v3, v96, s7
	v_add3_u32 v146, v1, v96, s7
	v_add_u32_e32 v147, 0x80, v2
	v_add_u32_e32 v148, 0x80, v0
	s_add_i32 s30, s6, -1
	s_add_i32 s31, s21, 0xffffff80
	s_mov_b32 s46, 0
	v_add_u32_e32 v149, 0, v4
	v_add_u32_e32 v150, 0, v5
	v_add_u32_e32 v151, 0, v8
	v_add_u32_e32 v152, 0, v9
	v_add_u32_e32 v153, 0, v10
	v_add_u32_e32 v154, 0, v11
	v_add_u32_e32 v155, 0, v12
	v_add_u32_e32 v156, 0, v13
	s_mov_b32 s6, s38
	s_mov_b32 s7, s39
	v_add_u32_e32 v157, 0, v14
	v_add_u32_e32 v158, 0, v15
	v_add_u32_e32 v159, 0, v16
	v_add_u32_e32 v160, 0, v17
	v_add_u32_e32 v161, 0, v18
	v_add_u32_e32 v162, 0, v19
	v_add_u32_e32 v163, 0, v20
	v_add_u32_e32 v164, 0, v21
	s_mov_b32 s10, s50
	s_mov_b32 s11, s51
	s_mov_b32 s42, s50
	s_mov_b32 s43, s51
	v_bfrev_b32_e32 v165, 1
	v_mov_b32_e32 v65, v64
	v_mov_b32_e32 v66, v64
	v_mov_b32_e32 v67, v64
	v_mov_b32_e32 v68, v64
	v_mov_b32_e32 v69, v64
	v_mov_b32_e32 v70, v64
	v_mov_b32_e32 v71, v64
	v_mov_b32_e32 v72, v64
	v_mov_b32_e32 v73, v64
	v_mov_b32_e32 v74, v64
	v_mov_b32_e32 v75, v64
	v_mov_b32_e32 v76, v64
	v_mov_b32_e32 v77, v64
	v_mov_b32_e32 v78, v64
	v_mov_b32_e32 v79, v64
	v_mov_b32_e32 v80, v64
	v_mov_b32_e32 v81, v64
	v_mov_b32_e32 v82, v64
	v_mov_b32_e32 v83, v64
	v_mov_b32_e32 v84, v64
	v_mov_b32_e32 v85, v64
	v_mov_b32_e32 v86, v64
	v_mov_b32_e32 v87, v64
	v_mov_b32_e32 v88, v64
	v_mov_b32_e32 v89, v64
	v_mov_b32_e32 v90, v64
	v_mov_b32_e32 v91, v64
	v_mov_b32_e32 v92, v64
	v_mov_b32_e32 v93, v64
	v_mov_b32_e32 v94, v64
	v_mov_b32_e32 v95, v64
.LBB0_8:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 125 48                        ; fused_moe.py:125:48
	s_ashr_i32 s47, s46, 7
	.loc	1 119 74                        ; fused_moe.py:119:74
	v_cmp_gt_i32_e32 vcc, s31, v96
	.loc	1 133 18                        ; fused_moe.py:133:18
	v_add_u32_e32 v0, s46, v148
	.loc	1 126 34                        ; fused_moe.py:126:34
	v_add_lshl_u32 v2, s47, v142, 2
	.loc	1 119 56                        ; fused_moe.py:119:56
	s_and_b64 s[20:21], s[14:15], vcc
	.loc	1 134 18                        ; fused_moe.py:134:18
	v_add_u32_e32 v1, s46, v147
	.loc	1 126 34                        ; fused_moe.py:126:34
	v_add_lshl_u32 v3, s47, v141, 2
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v0, v165, v0, s[20:21]
	.loc	1 119 56 is_stmt 0              ; fused_moe.py:119:56
	s_and_b64 s[20:21], s[18:19], vcc
	.loc	1 126 34 is_stmt 1              ; fused_moe.py:126:34
	v_cndmask_b32_e64 v2, v165, v2, s[2:3]
	.loc	1 134 18                        ; fused_moe.py:134:18
	v_add_u32_e32 v4, s46, v146
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_cndmask_b32_e64 v1, v165, v1, s[20:21]
	.loc	1 126 34                        ; fused_moe.py:126:34
	v_cndmask_b32_e64 v3, v165, v3, s[0:1]
	.loc	1 134 18                        ; fused_moe.py:134:18
	v_add_u32_e32 v5, s46, v145
	v_add_u32_e32 v6, s46, v144
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_add_u32_e32 v7, s46, v143
	.loc	1 119 20                        ; fused_moe.py:119:20
	buffer_load_dwordx4 v[32:35], v0, s[36:39], 0 offen
	buffer_load_dwordx4 v[36:39], v1, s[36:39], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 126 34                        ; fused_moe.py:126:34
	buffer_load_dword v100, v2, s[8:11], 0 offen
	buffer_load_dword v98, v3, s[8:11], 0 offen
	.loc	1 127 34                        ; fused_moe.py:127:34
	v_add_lshl_u32 v0, s47, v140, 2
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v4, v165, v4, vcc
	.loc	1 127 34                        ; fused_moe.py:127:34
	v_add_lshl_u32 v1, s47, v139, 2
	v_add_lshl_u32 v2, s47, v138, 2
	v_add_lshl_u32 v3, s47, v137, 2
	v_add_lshl_u32 v8, s47, v136, 2
	v_add_lshl_u32 v9, s47, v135, 2
	v_add_lshl_u32 v10, s47, v134, 2
	v_add_lshl_u32 v11, s47, v133, 2
	v_add_lshl_u32 v12, s47, v132, 2
	v_add_lshl_u32 v13, s47, v131, 2
	v_add_lshl_u32 v14, s47, v130, 2
	v_add_lshl_u32 v15, s47, v129, 2
	v_add_lshl_u32 v16, s47, v128, 2
	v_add_lshl_u32 v17, s47, v127, 2
	v_add_lshl_u32 v18, s47, v126, 2
	v_add_lshl_u32 v19, s47, v125, 2
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_cndmask_b32_e32 v5, v165, v5, vcc
	v_cndmask_b32_e32 v6, v165, v6, vcc
	v_cndmask_b32_e32 v7, v165, v7, vcc
	.loc	1 127 34                        ; fused_moe.py:127:34
	buffer_load_dword v102, v0, s[40:43], 0 offen
	buffer_load_dword v103, v1, s[40:43], 0 offen
	buffer_load_dword v104, v2, s[40:43], 0 offen
	buffer_load_dword v105, v3, s[40:43], 0 offen
	buffer_load_dword v106, v8, s[40:43], 0 offen
	buffer_load_dword v107, v9, s[40:43], 0 offen
	buffer_load_dword v108, v10, s[40:43], 0 offen
	buffer_load_dword v109, v11, s[40:43], 0 offen
                                        ; kill: killed $vgpr10
                                        ; kill: killed $vgpr3
                                        ; kill: killed $vgpr11
                                        ; kill: killed $vgpr8
                                        ; kill: killed $vgpr1
                                        ; kill: killed $vgpr9
                                        ; kill: killed $vgpr2
	.loc	1 120 20                        ; fused_moe.py:120:20
	buffer_load_dwordx4 v[40:43], v4, s[4:7], 0 offen
	buffer_load_dwordx4 v[44:47], v5, s[4:7], 0 offen
                                        ; kill: killed $vgpr4
                                        ; kill: killed $vgpr5
	buffer_load_dwordx4 v[48:51], v6, s[4:7], 0 offen
	buffer_load_dwordx4 v[52:55], v7, s[4:7], 0 offen
	.loc	1 127 34                        ; fused_moe.py:127:34
	buffer_load_dword v114, v12, s[40:43], 0 offen
	buffer_load_dword v115, v13, s[40:43], 0 offen
	buffer_load_dword v110, v14, s[40:43], 0 offen
	buffer_load_dword v111, v15, s[40:43], 0 offen
	buffer_load_dword v112, v16, s[40:43], 0 offen
	buffer_load_dword v113, v17, s[40:43], 0 offen
	buffer_load_dword v116, v18, s[40:43], 0 offen
	buffer_load_dword v117, v19, s[40:43], 0 offen
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_read_b64 v[166:167], v157
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_read2st64_b64 v[56:59], v149 offset0:32 offset1:40
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_read_b64 v[168:169], v158
	ds_read_b64 v[170:171], v159
	ds_read_b64 v[172:173], v160
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_waitcnt lgkmcnt(3)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[166:167], v[56:57], 0
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_addk_i32 s46, 0x80
	s_add_i32 s30, s30, -1
	s_addk_i32 s31, 0xff80
	s_cmp_lg_u32 s30, 0
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[166:167], v[58:59], 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_read2st64_b64 v[56:59], v150 offset0:32 offset1:40
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[168:169], v[56:57], v[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[168:169], v[58:59], v[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_read2st64_b64 v[56:59], v151 offset0:32 offset1:40
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[170:171], v[56:57], v[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[170:171], v[58:59], v[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_read2st64_b64 v[56:59], v152 offset0:32 offset1:40
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[172:173], v[56:57], v[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[172:173], v[58:59], v[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_read_b64 v[166:167], v161
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_read2st64_b64 v[56:59], v153 offset0:32 offset1:40
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_read_b64 v[174:175], v162
	ds_read_b64 v[176:177], v163
	ds_read_b64 v[178:179], v164
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_waitcnt lgkmcnt(3)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[166:167], v[58:59], v[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[166:167], v[56:57], v[16:31]
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_read2st64_b64 v[166:169], v154 offset0:32 offset1:40
	ds_read2st64_b64 v[170:173], v155 offset0:32 offset1:40
	ds_read2st64_b64 v[56:59], v156 offset0:32 offset1:40
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(22)
	ds_write2st64_b64 v61, v[32:33], v[36:37] offset0:32 offset1:40
	ds_write2st64_b64 v63, v[34:35], v[38:39] offset0:32 offset1:40
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_waitcnt vmcnt(10)
	ds_write2st64_b64 v61, v[40:41], v[44:45] offset1:8
	ds_write2st64_b64 v63, v[42:43], v[46:47] offset1:8
	s_waitcnt vmcnt(8)
	ds_write2st64_b64 v61, v[48:49], v[52:53] offset0:16 offset1:24
	ds_write2st64_b64 v63, v[50:51], v[54:55] offset0:16 offset1:24
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[174:175], v[168:169], v[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[174:175], v[166:167], v[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[176:177], v[170:171], v[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[176:177], v[172:173], v[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[178:179], v[56:57], v[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[178:179], v[58:59], v[0:15]
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	s_nop 9
	v_mul_f32_e64 v16, v100, v16
	v_mul_f32_e64 v17, v100, v17
	v_mul_f32_e64 v18, v100, v18
	v_mul_f32_e64 v19, v100, v19
	v_mul_f32_e64 v20, v100, v20
	v_mul_f32_e64 v21, v100, v21
	v_pk_mul_f32 v[22:23], v[100:101], v[22:23] op_sel_hi:[0,1]
	v_pk_mul_f32 v[24:25], v[100:101], v[24:25] op_sel_hi:[0,1]
	v_pk_mul_f32 v[26:27], v[100:101], v[26:27] op_sel_hi:[0,1]
	v_pk_mul_f32 v[28:29], v[100:101], v[28:29] op_sel_hi:[0,1]
	v_pk_mul_f32 v[30:31], v[100:101], v[30:31] op_sel_hi:[0,1]
	v_pk_mul_f32 v[0:1], v[98:99], v[0:1] op_sel_hi:[0,1]
	v_pk_mul_f32 v[2:3], v[98:99], v[2:3] op_sel_hi:[0,1]
	v_pk_mul_f32 v[4:5], v[98:99], v[4:5] op_sel_hi:[0,1]
	v_pk_mul_f32 v[6:7], v[98:99], v[6:7] op_sel_hi:[0,1]
	v_pk_mul_f32 v[8:9], v[98:99], v[8:9] op_sel_hi:[0,1]
	v_pk_mul_f32 v[10:11], v[98:99], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[12:13], v[98:99], v[12:13] op_sel_hi:[0,1]
	v_pk_mul_f32 v[14:15], v[98:99], v[14:15] op_sel_hi:[0,1]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[94:95], v[102:103], v[16:17], v[94:95]
	v_pk_fma_f32 v[78:79], v[102:103], v[0:1], v[78:79]
	v_pk_fma_f32 v[92:93], v[104:105], v[18:19], v[92:93]
	v_pk_fma_f32 v[76:77], v[104:105], v[2:3], v[76:77]
	v_pk_fma_f32 v[90:91], v[106:107], v[20:21], v[90:91]
	v_pk_fma_f32 v[74:75], v[106:107], v[4:5], v[74:75]
	v_pk_fma_f32 v[88:89], v[108:109], v[22:23], v[88:89]
	v_pk_fma_f32 v[72:73], v[108:109], v[6:7], v[72:73]
	s_waitcnt vmcnt(6)
	v_pk_fma_f32 v[86:87], v[114:115], v[24:25], v[86:87]
	v_pk_fma_f32 v[70:71], v[114:115], v[8:9], v[70:71]
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[84:85], v[110:111], v[26:27], v[84:85]
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[82:83], v[112:113], v[28:29], v[82:83]
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[80:81], v[116:117], v[30:31], v[80:81]
	v_pk_fma_f32 v[68:69], v[110:111], v[10:11], v[68:69]
	v_pk_fma_f32 v[66:67], v[112:113], v[12:13], v[66:67]
	v_pk_fma_f32 v[64:65], v[116:117], v[14:15], v[64:65]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_cbranch_scc1 .LBB0_8
; %bb.9:                                ; %._crit_edge.loopexit
	.loc	1 125 48                        ; fused_moe.py:125:48
	s_ashr_i32 s20, s46, 7
	s_branch .LBB0_11
.LBB0_10:
	.loc	1 0 48 is_stmt 0                ; fused_moe.py:0:48
	v_mov_b32_e32 v95, 0
	v_mov_b32_e32 v94, 0
	v_mov_b32_e32 v93, 0
	v_mov_b32_e32 v92, 0
	v_mov_b32_e32 v91, 0
	v_mov_b32_e32 v90, 0
	v_mov_b32_e32 v89, 0
	v_mov_b32_e32 v88, 0
	v_mov_b32_e32 v87, 0
	v_mov_b32_e32 v86, 0
	v_mov_b32_e32 v85, 0
	v_mov_b32_e32 v84, 0
	v_mov_b32_e32 v83, 0
	v_mov_b32_e32 v82, 0
	v_mov_b32_e32 v81, 0
	v_mov_b32_e32 v80, 0
	v_mov_b32_e32 v79, 0
	v_mov_b32_e32 v78, 0
	v_mov_b32_e32 v77, 0
	v_mov_b32_e32 v76, 0
	v_mov_b32_e32 v75, 0
	v_mov_b32_e32 v74, 0
	v_mov_b32_e32 v73, 0
	v_mov_b32_e32 v72, 0
	v_mov_b32_e32 v71, 0
	v_mov_b32_e32 v70, 0
	v_mov_b32_e32 v69, 0
	v_mov_b32_e32 v68, 0
	v_mov_b32_e32 v67, 0
	v_mov_b32_e32 v66, 0
	v_mov_b32_e32 v65, 0
	v_mov_b32_e32 v64, 0
.LBB0_11:                               ; %._crit_edge
	.loc	1 126 34 is_stmt 1              ; fused_moe.py:126:34
	v_add_lshl_u32 v0, s20, v142, 2
	v_bfrev_b32_e32 v1, 1
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 vcc, s[16:17], s[2:3]
	.loc	1 126 34                        ; fused_moe.py:126:34
	v_cndmask_b32_e32 v0, v1, v0, vcc
	v_add_lshl_u32 v2, s20, v141, 2
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 vcc, s[16:17], s[0:1]
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 126 34                        ; fused_moe.py:126:34
	v_cndmask_b32_e32 v2, v1, v2, vcc
	buffer_load_dword v50, v0, s[48:51], 0 offen
	buffer_load_dword v48, v2, s[48:51], 0 offen
	.loc	1 127 34                        ; fused_moe.py:127:34
	v_add_lshl_u32 v0, s20, v140, 2
	v_cndmask_b32_e64 v0, v1, v0, s[16:17]
	s_mov_b32 s46, s50
	s_mov_b32 s47, s51
	v_add_lshl_u32 v2, s20, v139, 2
	v_add_lshl_u32 v3, s20, v138, 2
	v_add_lshl_u32 v4, s20, v137, 2
	v_add_lshl_u32 v5, s20, v136, 2
	v_add_lshl_u32 v6, s20, v135, 2
	v_add_lshl_u32 v7, s20, v134, 2
	v_add_lshl_u32 v8, s20, v133, 2
	v_cndmask_b32_e64 v2, v1, v2, s[16:17]
	v_cndmask_b32_e64 v3, v1, v3, s[16:17]
	v_cndmask_b32_e64 v4, v1, v4, s[16:17]
	v_cndmask_b32_e64 v5, v1, v5, s[16:17]
	v_cndmask_b32_e64 v6, v1, v6, s[16:17]
	v_cndmask_b32_e64 v7, v1, v7, s[16:17]
	v_cndmask_b32_e64 v8, v1, v8, s[16:17]
	buffer_load_dword v44, v0, s[44:47], 0 offen
	buffer_load_dword v45, v2, s[44:47], 0 offen
	buffer_load_dword v42, v3, s[44:47], 0 offen
	buffer_load_dword v43, v4, s[44:47], 0 offen
	buffer_load_dword v40, v5, s[44:47], 0 offen
	buffer_load_dword v41, v6, s[44:47], 0 offen
	buffer_load_dword v38, v7, s[44:47], 0 offen
	buffer_load_dword v39, v8, s[44:47], 0 offen
	v_add_lshl_u32 v0, s20, v132, 2
	v_cndmask_b32_e64 v0, v1, v0, s[16:17]
	v_add_lshl_u32 v2, s20, v131, 2
	v_add_lshl_u32 v3, s20, v130, 2
	v_add_lshl_u32 v4, s20, v129, 2
	v_add_lshl_u32 v5, s20, v128, 2
	v_add_lshl_u32 v6, s20, v127, 2
	v_add_lshl_u32 v7, s20, v126, 2
	v_add_lshl_u32 v8, s20, v125, 2
	v_cndmask_b32_e64 v2, v1, v2, s[16:17]
	v_cndmask_b32_e64 v3, v1, v3, s[16:17]
	v_cndmask_b32_e64 v4, v1, v4, s[16:17]
	v_cndmask_b32_e64 v5, v1, v5, s[16:17]
	v_cndmask_b32_e64 v6, v1, v6, s[16:17]
	v_cndmask_b32_e64 v7, v1, v7, s[16:17]
	v_cndmask_b32_e64 v1, v1, v8, s[16:17]
	buffer_load_dword v46, v0, s[44:47], 0 offen
	buffer_load_dword v47, v2, s[44:47], 0 offen
	buffer_load_dword v36, v3, s[44:47], 0 offen
	buffer_load_dword v37, v4, s[44:47], 0 offen
	buffer_load_dword v34, v5, s[44:47], 0 offen
	buffer_load_dword v35, v6, s[44:47], 0 offen
	buffer_load_dword v32, v7, s[44:47], 0 offen
	buffer_load_dword v33, v1, s[44:47], 0 offen
	v_mov_b32_e32 v61, s27
	v_mov_b32_e32 v63, s27
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_andn2_b64 vcc, exec, s[16:17]
	s_cbranch_vccnz .LBB0_13
; %bb.12:
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_lshl_b32 s4, s52, 6
	v_xor_b32_e32 v0, v97, v124
	v_or3_b32 v16, s4, v0, v123
	v_add_u32_e32 v0, 0, v16
	ds_read_b64 v[132:133], v0
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_or_b32_e32 v0, v123, v97
	v_xor_b32_e32 v17, v0, v124
	v_add_u32_e32 v0, 0, v17
	ds_read2st64_b64 v[52:55], v0 offset0:32 offset1:40
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_xad_u32 v18, v16, 16, 0
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[132:133], v[52:53], 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_read_b64 v[52:53], v18
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_xad_u32 v18, v17, 16, 0
	ds_read2st64_b64 v[56:59], v18 offset0:32 offset1:40
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_xad_u32 v18, v16, 32, 0
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[52:53], v[56:57], v[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_read_b64 v[56:57], v18
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_xad_u32 v18, v17, 32, 0
	ds_read2st64_b64 v[102:105], v18 offset0:32 offset1:40
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_xad_u32 v18, v16, 48, 0
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[56:57], v[102:103], v[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_read_b64 v[102:103], v18
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_xad_u32 v18, v17, 48, 0
	ds_read2st64_b64 v[106:109], v18 offset0:32 offset1:40
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_xad_u32 v18, v16, 64, 0
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[102:103], v[106:107], v[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_read_b64 v[106:107], v18
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_xad_u32 v18, v17, 64, 0
	ds_read2st64_b64 v[110:113], v18 offset0:32 offset1:40
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_xor_b32_e32 v18, 0x50, v16
	v_add_u32_e32 v18, 0, v18
	ds_read_b64 v[134:135], v18
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_xor_b32_e32 v18, 0x50, v17
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[106:107], v[110:111], v[0:15]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v18, 0, v18
	ds_read2st64_b64 v[114:117], v18 offset0:32 offset1:40
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_xor_b32_e32 v18, 0x60, v16
	v_xor_b32_e32 v16, 0x70, v16
	v_add_u32_e32 v18, 0, v18
	v_add_u32_e32 v16, 0, v16
	ds_read_b64 v[110:111], v18
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[134:135], v[114:115], v[0:15]
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_read_b64 v[114:115], v16
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_xor_b32_e32 v18, 0x60, v17
	v_xor_b32_e32 v16, 0x70, v17
	v_add_u32_e32 v18, 0, v18
	v_add_u32_e32 v16, 0, v16
	ds_read2st64_b64 v[124:127], v18 offset0:32 offset1:40
	ds_read2st64_b64 v[128:131], v16 offset0:32 offset1:40
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[132:133], v[54:55], 0
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[52:53], v[58:59], v[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[56:57], v[104:105], v[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[102:103], v[108:109], v[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[106:107], v[112:113], v[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[134:135], v[116:117], v[16:31]
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[110:111], v[124:125], v[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[110:111], v[126:127], v[16:31]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[114:115], v[128:129], v[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[114:115], v[130:131], v[16:31]
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
	v_lshlrev_b32_e32 v49, 2, v121
	v_bfrev_b32_e32 v51, 1
	s_and_b32 s13, s13, 0xffff
	s_mov_b32 s15, 0x27000
	s_mov_b32 s14, 0x7ffffffe
	v_cndmask_b32_e64 v49, v51, v49, s[2:3]
	buffer_load_dword v52, v49, s[12:15], 0 offen
	v_lshlrev_b32_e32 v49, 2, v122
	v_cndmask_b32_e64 v49, v51, v49, s[0:1]
	buffer_load_dword v54, v49, s[12:15], 0 offen
	.loc	1 128 46                        ; fused_moe.py:128:46
	s_waitcnt vmcnt(19)
	v_pk_mul_f32 v[2:3], v[50:51], v[2:3] op_sel_hi:[0,1]
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[2:3], v[42:43], v[2:3], v[92:93]
	.loc	1 91 21 is_stmt 1               ; fused_moe.py:91:21
	v_mul_lo_u32 v49, v121, s33
	v_mul_lo_u32 v53, v122, s33
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[0:1], v[50:51], v[0:1] op_sel_hi:[0,1]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v3, v93, v3, s[16:17]
	v_cndmask_b32_e64 v2, v92, v2, s[16:17]
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[14:15], v[50:51], v[14:15] op_sel_hi:[0,1]
	v_pk_mul_f32 v[30:31], v[48:49], v[30:31] op_sel_hi:[0,1]
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	v_pk_fma_f32 v[0:1], v[44:45], v[0:1], v[94:95]
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[14:15], v[32:33], v[14:15], v[80:81]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v1, v95, v1, s[16:17]
	v_cndmask_b32_e64 v0, v94, v0, s[16:17]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[30:31], v[32:33], v[30:31], v[64:65]
	s_movk_i32 s10, 0x7fff
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	v_pk_mul_f32 v[10:11], v[50:51], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[12:13], v[50:51], v[12:13] op_sel_hi:[0,1]
	v_pk_mul_f32 v[26:27], v[48:49], v[26:27] op_sel_hi:[0,1]
	v_pk_mul_f32 v[28:29], v[48:49], v[28:29] op_sel_hi:[0,1]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[10:11], v[36:37], v[10:11], v[84:85]
	v_pk_fma_f32 v[12:13], v[34:35], v[12:13], v[82:83]
	v_pk_fma_f32 v[26:27], v[36:37], v[26:27], v[68:69]
	v_pk_fma_f32 v[28:29], v[34:35], v[28:29], v[66:67]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	v_mov_b32_e32 v36, 0x7fff
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[6:7], v[50:51], v[6:7] op_sel_hi:[0,1]
	.loc	1 92 55                         ; fused_moe.py:92:55
	v_cmp_gt_i64_e64 s[4:5], s[22:23], v[60:61]
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[16:17], v[48:49], v[16:17] op_sel_hi:[0,1]
	v_pk_mul_f32 v[18:19], v[48:49], v[18:19] op_sel_hi:[0,1]
	v_pk_mul_f32 v[20:21], v[48:49], v[20:21] op_sel_hi:[0,1]
	v_pk_mul_f32 v[22:23], v[48:49], v[22:23] op_sel_hi:[0,1]
	v_pk_mul_f32 v[24:25], v[48:49], v[24:25] op_sel_hi:[0,1]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_u32_e32 v48, s26, v49
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[6:7], v[38:39], v[6:7], v[88:89]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_mov_b32 s11, 0x5040100
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[4:5], v[50:51], v[4:5] op_sel_hi:[0,1]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v7, v89, v7, s[16:17]
	v_cndmask_b32_e64 v6, v88, v6, s[16:17]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[4:5], v[40:41], v[4:5], v[90:91]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_b32 s13, s25, 0xffff
	s_mov_b32 s12, s24
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v5, v91, v5, s[16:17]
	v_cndmask_b32_e64 v4, v90, v4, s[16:17]
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[8:9], v[50:51], v[8:9] op_sel_hi:[0,1]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v11, v85, v11, s[16:17]
	v_cndmask_b32_e64 v10, v84, v10, s[16:17]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[8:9], v[46:47], v[8:9], v[86:87]
	.loc	1 92 55                         ; fused_moe.py:92:55
	v_cmp_gt_i64_e32 vcc, s[22:23], v[62:63]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v9, v87, v9, s[16:17]
	v_cndmask_b32_e64 v8, v86, v8, s[16:17]
	v_cndmask_b32_e64 v15, v81, v15, s[16:17]
	v_cndmask_b32_e64 v14, v80, v14, s[16:17]
	v_cndmask_b32_e64 v13, v83, v13, s[16:17]
	v_cndmask_b32_e64 v12, v82, v12, s[16:17]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[18:19], v[42:43], v[18:19], v[76:77]
	v_pk_fma_f32 v[16:17], v[44:45], v[16:17], v[78:79]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v19, v77, v19, s[16:17]
	v_cndmask_b32_e64 v18, v76, v18, s[16:17]
	v_cndmask_b32_e64 v17, v79, v17, s[16:17]
	v_cndmask_b32_e64 v16, v78, v16, s[16:17]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_add_u32_e32 v49, s26, v53
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[22:23], v[38:39], v[22:23], v[72:73]
	v_pk_fma_f32 v[20:21], v[40:41], v[20:21], v[74:75]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v23, v73, v23, s[16:17]
	v_cndmask_b32_e64 v22, v72, v22, s[16:17]
	v_cndmask_b32_e64 v21, v75, v21, s[16:17]
	v_cndmask_b32_e64 v20, v74, v20, s[16:17]
	v_cndmask_b32_e64 v27, v69, v27, s[16:17]
	v_cndmask_b32_e64 v26, v68, v26, s[16:17]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[24:25], v[46:47], v[24:25], v[70:71]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v31, v65, v31, s[16:17]
	v_cndmask_b32_e64 v25, v71, v25, s[16:17]
	v_cndmask_b32_e64 v24, v70, v24, s[16:17]
	v_cndmask_b32_e64 v30, v64, v30, s[16:17]
	v_cndmask_b32_e64 v29, v67, v29, s[16:17]
	v_cndmask_b32_e64 v28, v66, v28, s[16:17]
	.loc	1 138 36                        ; fused_moe.py:138:36
	s_waitcnt vmcnt(1)
	v_pk_mul_f32 v[2:3], v[52:53], v[2:3] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_bfe_u32 v32, v2, 16, 1
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[0:1], v[52:53], v[0:1] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_bfe_u32 v33, v3, 16, 1
	v_add3_u32 v32, v2, v32, s10
	v_bfe_u32 v34, v0, 16, 1
	v_add3_u32 v33, v3, v33, s10
	v_lshrrev_b32_e32 v32, 16, v32
	v_cmp_o_f32_e64 s[6:7], v2, v2
	v_bfe_u32 v35, v1, 16, 1
	v_add3_u32 v34, v0, v34, s10
	v_lshrrev_b32_e32 v33, 16, v33
	v_cndmask_b32_e64 v2, v36, v32, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v3, v3
	v_add3_u32 v35, v1, v35, s10
	v_lshrrev_b32_e32 v34, 16, v34
	v_cndmask_b32_e64 v3, v36, v33, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v0, v0
	v_lshrrev_b32_e32 v35, 16, v35
	v_perm_b32 v3, v3, v2, s11
	v_cndmask_b32_e64 v0, v36, v34, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v1, v1
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[6:7], v[52:53], v[6:7] op_sel_hi:[0,1]
	v_pk_mul_f32 v[4:5], v[52:53], v[4:5] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_cndmask_b32_e64 v1, v36, v35, s[6:7]
	v_perm_b32 v2, v1, v0, s11
	v_add_lshl_u32 v0, v48, v120, 1
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[6:7], s[2:3], s[4:5]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_cndmask_b32_e64 v0, v51, v0, s[6:7]
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
	v_cndmask_b32_e64 v0, v36, v0, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v7, v7
	v_add3_u32 v3, v5, v3, s10
	v_lshrrev_b32_e32 v2, 16, v2
	v_cndmask_b32_e64 v1, v36, v1, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v4, v4
	v_lshrrev_b32_e32 v3, 16, v3
	v_perm_b32 v1, v1, v0, s11
	v_cndmask_b32_e64 v0, v36, v2, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v5, v5
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[10:11], v[52:53], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[8:9], v[52:53], v[8:9] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_cndmask_b32_e64 v2, v36, v3, s[8:9]
	v_perm_b32 v0, v2, v0, s11
	v_add_lshl_u32 v2, v48, v119, 1
	v_cndmask_b32_e64 v2, v51, v2, s[6:7]
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
	v_cndmask_b32_e64 v0, v36, v0, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v11, v11
	v_add3_u32 v3, v9, v3, s10
	v_lshrrev_b32_e32 v2, 16, v2
	v_cndmask_b32_e64 v1, v36, v1, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v8, v8
	v_lshrrev_b32_e32 v3, 16, v3
	v_perm_b32 v1, v1, v0, s11
	v_cndmask_b32_e64 v0, v36, v2, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v9, v9
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], s[2:3], vcc
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[14:15], v[52:53], v[14:15] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_cndmask_b32_e64 v2, v36, v3, s[6:7]
	v_perm_b32 v0, v2, v0, s11
	v_add_lshl_u32 v2, v48, v118, 1
	v_cndmask_b32_e64 v2, v51, v2, s[2:3]
	buffer_store_dwordx2 v[0:1], v2, s[12:15], 0 offen
	v_bfe_u32 v0, v14, 16, 1
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[12:13], v[52:53], v[12:13] op_sel_hi:[0,1]
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
	v_cndmask_b32_e64 v0, v36, v0, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v15, v15
	v_add3_u32 v3, v13, v3, s10
	v_lshrrev_b32_e32 v2, 16, v2
	v_cndmask_b32_e64 v1, v36, v1, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v12, v12
	v_lshrrev_b32_e32 v3, 16, v3
	v_perm_b32 v1, v1, v0, s11
	v_cndmask_b32_e64 v0, v36, v2, s[6:7]
	v_cmp_o_f32_e64 s[6:7], v13, v13
	.loc	1 138 36                        ; fused_moe.py:138:36
	s_waitcnt vmcnt(3)
	v_pk_mul_f32 v[18:19], v[54:55], v[18:19] op_sel_hi:[0,1]
	v_pk_mul_f32 v[16:17], v[54:55], v[16:17] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_cndmask_b32_e64 v2, v36, v3, s[6:7]
	v_perm_b32 v0, v2, v0, s11
	v_add_lshl_u32 v2, v48, v101, 1
	v_cndmask_b32_e64 v2, v51, v2, s[2:3]
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
	v_cndmask_b32_e64 v0, v36, v0, s[2:3]
	v_cmp_o_f32_e64 s[2:3], v19, v19
	v_add3_u32 v3, v17, v3, s10
	v_lshrrev_b32_e32 v2, 16, v2
	v_cndmask_b32_e64 v1, v36, v1, s[2:3]
	v_cmp_o_f32_e64 s[2:3], v16, v16
	v_lshrrev_b32_e32 v3, 16, v3
	v_perm_b32 v1, v1, v0, s11
	v_cndmask_b32_e64 v0, v36, v2, s[2:3]
	v_cmp_o_f32_e64 s[2:3], v17, v17
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[22:23], v[54:55], v[22:23] op_sel_hi:[0,1]
	v_pk_mul_f32 v[20:21], v[54:55], v[20:21] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_cndmask_b32_e64 v2, v36, v3, s[2:3]
	v_perm_b32 v0, v2, v0, s11
	v_add_lshl_u32 v2, v49, v120, 1
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], s[0:1], s[4:5]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_cndmask_b32_e64 v2, v51, v2, s[2:3]
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
	v_cndmask_b32_e64 v0, v36, v0, s[4:5]
	v_cmp_o_f32_e64 s[4:5], v23, v23
	v_add3_u32 v3, v21, v3, s10
	v_lshrrev_b32_e32 v2, 16, v2
	v_cndmask_b32_e64 v1, v36, v1, s[4:5]
	v_cmp_o_f32_e64 s[4:5], v20, v20
	v_lshrrev_b32_e32 v3, 16, v3
	v_perm_b32 v1, v1, v0, s11
	v_cndmask_b32_e64 v0, v36, v2, s[4:5]
	v_cmp_o_f32_e64 s[4:5], v21, v21
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[26:27], v[54:55], v[26:27] op_sel_hi:[0,1]
	v_pk_mul_f32 v[24:25], v[54:55], v[24:25] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_cndmask_b32_e64 v2, v36, v3, s[4:5]
	v_perm_b32 v0, v2, v0, s11
	v_add_lshl_u32 v2, v49, v119, 1
	v_cndmask_b32_e64 v2, v51, v2, s[2:3]
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
	v_cndmask_b32_e64 v0, v36, v0, s[2:3]
	v_cmp_o_f32_e64 s[2:3], v27, v27
	v_add3_u32 v3, v25, v3, s10
	v_lshrrev_b32_e32 v2, 16, v2
	v_cndmask_b32_e64 v1, v36, v1, s[2:3]
	v_cmp_o_f32_e64 s[2:3], v24, v24
	v_lshrrev_b32_e32 v3, 16, v3
	v_perm_b32 v1, v1, v0, s11
	v_cndmask_b32_e64 v0, v36, v2, s[2:3]
	v_cmp_o_f32_e64 s[2:3], v25, v25
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[30:31], v[54:55], v[30:31] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_cndmask_b32_e64 v2, v36, v3, s[2:3]
	v_perm_b32 v0, v2, v0, s11
	v_add_lshl_u32 v2, v49, v118, 1
	v_cndmask_b32_e64 v2, v51, v2, s[0:1]
	buffer_store_dwordx2 v[0:1], v2, s[12:15], 0 offen
	v_bfe_u32 v0, v30, 16, 1
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[28:29], v[54:55], v[28:29] op_sel_hi:[0,1]
	.loc	1 142 21                        ; fused_moe.py:142:21
	v_bfe_u32 v1, v31, 16, 1
	v_add3_u32 v0, v30, v0, s10
	v_cmp_o_f32_e32 vcc, v30, v30
	v_bfe_u32 v2, v28, 16, 1
	v_add3_u32 v1, v31, v1, s10
	v_cndmask_b32_sdwa v0, v36, v0, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v31, v31
	v_bfe_u32 v3, v29, 16, 1
	v_add3_u32 v2, v28, v2, s10
	v_cndmask_b32_sdwa v1, v36, v1, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v28, v28
	v_add3_u32 v3, v29, v3, s10
	v_perm_b32 v1, v1, v0, s11
	v_cndmask_b32_sdwa v0, v36, v2, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_o_f32_e32 vcc, v29, v29
	s_nop 1
	v_cndmask_b32_sdwa v2, v36, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_perm_b32 v0, v2, v0, s11
	v_add_lshl_u32 v2, v49, v101, 1
	v_cndmask_b32_e64 v2, v51, v2, s[0:1]
	buffer_store_dwordx2 v[0:1], v2, s[12:15], 0 offen
	s_branch .LBB0_16
.LBB0_15:
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_lshrrev_b32_e32 v0, 4, v99
	.loc	1 86 48                         ; fused_moe.py:86:48
	v_or_b32_e32 v0, s35, v0
	v_lshlrev_b32_e32 v0, 2, v0
	.loc	1 86 25 is_stmt 0               ; fused_moe.py:86:25
	v_or_b32_e32 v1, 0xc0, v0
	s_mov_b32 s30, s38
	s_mov_b32 s31, s39
	v_or_b32_e32 v2, 0x80, v0
	v_or_b32_e32 v3, 64, v0
	buffer_load_dword v4, v1, s[28:31], 0 offen
	buffer_load_dword v5, v2, s[28:31], 0 offen
	buffer_load_dword v6, v3, s[28:31], 0 offen
	buffer_load_dword v7, v0, s[28:31], 0 offen
	s_mov_b32 s0, 0
	.loc	1 97 25 is_stmt 1               ; fused_moe.py:97:25
	s_mov_b32 s2, s0
	s_mov_b32 s3, s0
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_or_b32_e32 v0, s26, v97
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_mov_b32_e32 v1, s27
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_mov_b32 s1, s0
	v_mov_b64_e32 v[10:11], s[2:3]
	.loc	1 92 55                         ; fused_moe.py:92:55
	v_cmp_gt_i64_e32 vcc, s[22:23], v[0:1]
	.loc	1 97 25                         ; fused_moe.py:97:25
	v_mov_b64_e32 v[8:9], s[0:1]
	v_bfrev_b32_e32 v2, 1
	s_and_b32 s25, s25, 0xffff
	s_mov_b32 s27, 0x27000
	s_mov_b32 s26, 0x7ffffffe
	.loc	1 88 30                         ; fused_moe.py:88:30
	s_waitcnt vmcnt(3)
	v_cmp_gt_i32_e64 s[0:1], s34, v4
	s_waitcnt vmcnt(2)
	v_cmp_gt_i32_e64 s[2:3], s34, v5
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_mul_lo_u32 v3, v5, s33
	.loc	1 88 30                         ; fused_moe.py:88:30
	s_waitcnt vmcnt(0)
	v_cmp_gt_i32_e64 s[6:7], s34, v7
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_mul_lo_u32 v5, v7, s33
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[4:5], s34, v6
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
	buffer_store_dwordx4 v[8:11], v1, s[24:27], 0 offen
	buffer_store_dwordx4 v[8:11], v4, s[24:27], 0 offen
	buffer_store_dwordx4 v[8:11], v3, s[24:27], 0 offen
	buffer_store_dwordx4 v[8:11], v0, s[24:27], 0 offen
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
		.amdhsa_next_free_vgpr 180
		.amdhsa_next_free_sgpr 53
		.amdhsa_accum_offset 180
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
	.set fused_moe_kernel.num_vgpr, 180
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
; codeLenInByte = 8704
; TotalNumSgprs: 59
; NumVgprs: 180
; NumAgprs: 0
; TotalNumVgprs: 180
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 7
; VGPRBlocks: 22
; NumSGPRsForWavesPerEU: 59
; NumVGPRsForWavesPerEU: 180
; AccumOffset: 180
; Occupancy: 2
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 44
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
    .vgpr_count:     180
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

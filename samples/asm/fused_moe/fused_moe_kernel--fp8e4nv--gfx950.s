	.amdgcn_target "amdgpu9.50-amd-amdhsa-unknown-gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	fused_moe_kernel                ; -- Begin function fused_moe_kernel
	.p2align	8
	.type	fused_moe_kernel,@function
fused_moe_kernel:                       ; @fused_moe_kernel
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.704:
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
; %bb.705:
.LBB0_0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_mov_b64 s[52:53], s[8:9]
	s_load_dword s78, s[0:1], 0x48
	s_load_dword s8, s[0:1], 0x50
	s_mov_b64 s[96:97], s[10:11]
	s_mov_b64 s[22:23], s[12:13]
.Ltmp1:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13 is_stmt 1               ; standard.py:43:13 @[ fused_moe.py:72:17 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s9, s78, 0x7f
	.loc	2 43 12 is_stmt 0               ; standard.py:43:12 @[ fused_moe.py:72:17 ]
	s_ashr_i32 s10, s9, 31
	s_lshr_b32 s10, s10, 25
	s_add_i32 s9, s9, s10
	s_ashr_i32 s9, s9, 7
.Ltmp2:
	.loc	1 73 24 is_stmt 1               ; fused_moe.py:73:24
	s_lshl_b32 s12, s9, 5
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_abs_i32 s10, s12
	v_cvt_f32_u32_e32 v1, s10
.Ltmp3:
	.loc	2 43 13                         ; standard.py:43:13 @[ fused_moe.py:71:17 ]
	s_add_i32 s8, s8, 63
.Ltmp4:
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_sub_i32 s13, 0, s10
.Ltmp5:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_ashr_i32 s11, s8, 31
.Ltmp6:
	.loc	1 74 16                         ; fused_moe.py:74:16
	v_rcp_f32_e32 v1, v1
.Ltmp7:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_lshr_b32 s11, s11, 26
	s_add_i32 s8, s8, s11
.Ltmp8:
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_abs_i32 s11, s16
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_xor_b32 s9, s16, s9
.Ltmp9:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_ashr_i32 s8, s8, 6
.Ltmp10:
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_ashr_i32 s9, s9, 31
	v_readfirstlane_b32 s17, v1
	s_mul_i32 s13, s13, s17
	s_mul_hi_u32 s13, s17, s13
	s_add_i32 s17, s17, s13
	s_mul_hi_u32 s13, s11, s17
	s_mul_i32 s17, s13, s10
	s_sub_i32 s11, s11, s17
	s_add_i32 s17, s13, 1
	s_sub_i32 s18, s11, s10
	s_cmp_ge_u32 s11, s10
	s_cselect_b32 s13, s17, s13
	s_cselect_b32 s11, s18, s11
	s_add_i32 s17, s13, 1
	s_cmp_ge_u32 s11, s10
	s_cselect_b32 s10, s17, s13
	s_xor_b32 s10, s10, s9
	s_sub_i32 s9, s10, s9
	.loc	1 75 19                         ; fused_moe.py:75:19
	s_lshl_b32 s13, s9, 5
	.loc	1 76 24                         ; fused_moe.py:76:24
	s_sub_i32 s8, s8, s13
	.loc	1 76 20 is_stmt 0               ; fused_moe.py:76:20
	s_min_i32 s17, s8, 32
	.loc	1 78 13 is_stmt 1               ; fused_moe.py:78:13
	s_abs_i32 s8, s17
	v_cvt_f32_u32_e32 v1, s8
	s_sub_i32 s18, 0, s8
	.loc	1 77 29                         ; fused_moe.py:77:29
	s_mul_i32 s9, s9, s12
	s_sub_i32 s9, s16, s9
	.loc	1 78 13                         ; fused_moe.py:78:13
	v_rcp_f32_e32 v1, v1
	s_abs_i32 s16, s9
	s_xor_b32 s12, s9, s17
	s_ashr_i32 s12, s12, 31
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_load_dwordx2 s[10:11], s[0:1], 0x40
	v_readfirstlane_b32 s19, v1
	s_mul_i32 s18, s18, s19
	s_mul_hi_u32 s18, s19, s18
	s_add_i32 s19, s19, s18
	s_mul_hi_u32 s18, s16, s19
	s_mul_i32 s19, s18, s8
	s_sub_i32 s16, s16, s19
	s_add_i32 s19, s18, 1
	s_sub_i32 s20, s16, s8
	s_cmp_ge_u32 s16, s8
	s_cselect_b32 s18, s19, s18
	s_cselect_b32 s16, s20, s16
	s_add_i32 s19, s18, 1
	s_cmp_ge_u32 s16, s8
	s_cselect_b32 s8, s19, s18
	s_xor_b32 s8, s8, s12
	s_sub_i32 s8, s8, s12
	.loc	1 81 30                         ; fused_moe.py:81:30
	s_waitcnt lgkmcnt(0)
	s_load_dword s10, s[10:11], 0x0
	.loc	1 77 28                         ; fused_moe.py:77:28
	s_mul_i32 s11, s8, s17
	s_sub_i32 s9, s9, s11
	.loc	1 77 13 is_stmt 0               ; fused_moe.py:77:13
	s_add_i32 s16, s9, s13
	.loc	1 82 8 is_stmt 1                ; fused_moe.py:82:8
	s_lshl_b32 s18, s16, 6
	s_waitcnt lgkmcnt(0)
	s_cmp_lt_i32 s18, s10
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_readfirstlane_b32 s9, v0
	.loc	1 82 8                          ; fused_moe.py:82:8
	s_cbranch_scc0 .LBB0_137
; %bb.1:
                                        ; implicit-def: $vgpr254 : SGPR spill to VGPR lane
	.loc	1 0 8 is_stmt 0                 ; fused_moe.py:0:8
	s_load_dword s24, s[0:1], 0x54
	v_writelane_b32 v254, s22, 0
	.loc	1 85 21 is_stmt 1               ; fused_moe.py:85:21
	s_ashr_i32 s19, s18, 31
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_b32 s10, s9, 0xc0
	v_writelane_b32 v254, s23, 1
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_bfe_u32 s23, s9, 0x10007
	.loc	1 86 26                         ; fused_moe.py:86:26
	s_lshl_b64 s[12:13], s[18:19], 2
	s_add_u32 s14, s14, s12
	s_addc_u32 s15, s15, s13
	s_lshl_b32 s9, s23, 2
	.loc	1 86 18 is_stmt 0               ; fused_moe.py:86:18
	s_load_dword s44, s[14:15], s9 offset:0x0
	s_load_dword s49, s[14:15], s9 offset:0x8
	s_load_dword s48, s[14:15], s9 offset:0x10
	s_load_dword s47, s[14:15], s9 offset:0x18
	s_load_dword s46, s[14:15], s9 offset:0x20
	s_load_dword s41, s[14:15], s9 offset:0x28
	s_load_dword s40, s[14:15], s9 offset:0x30
	s_load_dword s37, s[14:15], s9 offset:0x38
	s_load_dword s36, s[14:15], s9 offset:0x40
	s_load_dword s35, s[14:15], s9 offset:0x48
	s_load_dword s34, s[14:15], s9 offset:0x50
	s_load_dword s33, s[14:15], s9 offset:0x58
	s_load_dword s31, s[14:15], s9 offset:0x60
	s_load_dword s30, s[14:15], s9 offset:0x68
	s_load_dword s29, s[14:15], s9 offset:0x70
	s_load_dword s28, s[14:15], s9 offset:0x78
	s_load_dword s27, s[14:15], s9 offset:0x80
	s_load_dword s26, s[14:15], s9 offset:0x88
	s_load_dword s25, s[14:15], s9 offset:0x90
	s_load_dword s22, s[14:15], s9 offset:0x98
	s_load_dword s21, s[14:15], s9 offset:0xa0
	s_load_dword s20, s[14:15], s9 offset:0xa8
	s_load_dword s19, s[14:15], s9 offset:0xb0
	s_load_dword s18, s[14:15], s9 offset:0xb8
	s_load_dword s17, s[14:15], s9 offset:0xc0
	s_load_dword s11, s[14:15], s9 offset:0xc8
	s_load_dword s99, s[14:15], s9 offset:0xd0
	s_load_dword s98, s[14:15], s9 offset:0xd8
	s_load_dword s43, s[14:15], s9 offset:0xe0
	s_load_dword s56, s[14:15], s9 offset:0xe8
	s_load_dword s42, s[14:15], s9 offset:0xf0
	s_nop 0
	s_load_dword s9, s[14:15], s9 offset:0xf8
	s_nop 0
	s_load_dwordx2 s[38:39], s[0:1], 0x6c
	s_load_dwordx2 s[12:13], s[0:1], 0x38
	.loc	1 88 18 is_stmt 1               ; fused_moe.py:88:18
	s_waitcnt lgkmcnt(0)
	s_cmp_lt_i32 s44, s24
	v_writelane_b32 v254, s44, 2
	s_cselect_b64 s[44:45], -1, 0
	s_cmp_lt_i32 s49, s24
	v_writelane_b32 v254, s49, 3
	s_cselect_b64 s[50:51], -1, 0
	v_writelane_b32 v254, s50, 4
	s_cmp_lt_i32 s48, s24
                                        ; implicit-def: $vgpr255 : SGPR spill to VGPR lane
	.loc	1 85 44                         ; fused_moe.py:85:44
	v_and_b32_e32 v40, 63, v0
	v_writelane_b32 v254, s51, 5
	v_writelane_b32 v254, s48, 6
	.loc	1 88 18                         ; fused_moe.py:88:18
	s_cselect_b64 s[48:49], -1, 0
	v_writelane_b32 v254, s48, 7
	s_cmp_lt_i32 s47, s24
	.loc	1 90 38                         ; fused_moe.py:90:38
	v_mov_b32_e32 v1, 0x7f
	v_writelane_b32 v254, s49, 8
	v_writelane_b32 v254, s47, 9
	.loc	1 88 18                         ; fused_moe.py:88:18
	s_cselect_b64 s[48:49], -1, 0
	v_writelane_b32 v254, s48, 10
	s_cmp_lt_i32 s46, s24
	.loc	1 90 38                         ; fused_moe.py:90:38
	v_bitop3_b32 v1, s10, v1, v40 bitop3:0xc8
	v_writelane_b32 v254, s49, 11
	v_writelane_b32 v254, s46, 12
	.loc	1 88 18                         ; fused_moe.py:88:18
	s_cselect_b64 s[46:47], -1, 0
	v_writelane_b32 v254, s46, 13
	s_cmp_lt_i32 s41, s24
	s_nop 0
	v_writelane_b32 v254, s47, 14
	v_writelane_b32 v254, s41, 15
	s_cselect_b64 s[46:47], -1, 0
	v_writelane_b32 v254, s46, 16
	s_cmp_lt_i32 s40, s24
	s_nop 0
	v_writelane_b32 v254, s47, 17
	v_writelane_b32 v254, s40, 18
	s_cselect_b64 s[40:41], -1, 0
	v_writelane_b32 v254, s40, 19
	s_cmp_lt_i32 s37, s24
	s_nop 0
	v_writelane_b32 v254, s41, 20
	v_writelane_b32 v254, s37, 21
	s_cselect_b64 s[40:41], -1, 0
	v_writelane_b32 v254, s40, 22
	s_cmp_lt_i32 s36, s24
	s_nop 0
	v_writelane_b32 v254, s41, 23
	v_writelane_b32 v254, s36, 24
	s_cselect_b64 s[36:37], -1, 0
	v_writelane_b32 v254, s36, 25
	s_cmp_lt_i32 s35, s24
	s_nop 0
	v_writelane_b32 v254, s37, 26
	v_writelane_b32 v254, s35, 27
	s_cselect_b64 s[36:37], -1, 0
	v_writelane_b32 v254, s36, 28
	s_cmp_lt_i32 s34, s24
	s_nop 0
	v_writelane_b32 v254, s37, 29
	v_writelane_b32 v254, s34, 30
	s_cselect_b64 s[34:35], -1, 0
	v_writelane_b32 v254, s34, 31
	s_cmp_lt_i32 s33, s24
	s_nop 0
	v_writelane_b32 v254, s35, 32
	v_writelane_b32 v254, s33, 33
	s_cselect_b64 s[34:35], -1, 0
	v_writelane_b32 v254, s34, 34
	s_cmp_lt_i32 s31, s24
	s_nop 0
	v_writelane_b32 v254, s35, 35
	v_writelane_b32 v254, s31, 36
	s_cselect_b64 s[34:35], -1, 0
	v_writelane_b32 v254, s34, 37
	s_cmp_lt_i32 s30, s24
	s_nop 0
	v_writelane_b32 v254, s35, 38
	v_writelane_b32 v254, s30, 39
	s_cselect_b64 s[30:31], -1, 0
	v_writelane_b32 v254, s30, 40
	s_cmp_lt_i32 s29, s24
	s_nop 0
	v_writelane_b32 v254, s31, 41
	v_writelane_b32 v254, s29, 42
	s_cselect_b64 s[30:31], -1, 0
	v_writelane_b32 v254, s30, 43
	s_cmp_lt_i32 s28, s24
	s_nop 0
	v_writelane_b32 v254, s31, 44
	v_writelane_b32 v254, s28, 45
	s_cselect_b64 s[28:29], -1, 0
	v_writelane_b32 v254, s28, 46
	s_cmp_lt_i32 s27, s24
	s_nop 0
	v_writelane_b32 v254, s29, 47
	v_writelane_b32 v254, s27, 48
	s_cselect_b64 s[28:29], -1, 0
	v_writelane_b32 v254, s28, 49
	s_cmp_lt_i32 s26, s24
	s_nop 0
	v_writelane_b32 v254, s29, 50
	v_writelane_b32 v254, s26, 51
	s_cselect_b64 s[26:27], -1, 0
	v_writelane_b32 v254, s26, 52
	s_cmp_lt_i32 s25, s24
	s_nop 0
	v_writelane_b32 v254, s27, 53
	v_writelane_b32 v254, s25, 54
	s_cselect_b64 s[26:27], -1, 0
	v_writelane_b32 v254, s26, 55
	s_cmp_lt_i32 s22, s24
	s_nop 0
	v_writelane_b32 v254, s27, 56
	v_writelane_b32 v254, s22, 57
	s_cselect_b64 s[26:27], -1, 0
	v_writelane_b32 v254, s26, 58
	s_cmp_lt_i32 s21, s24
	s_nop 0
	v_writelane_b32 v254, s27, 59
	v_writelane_b32 v254, s21, 60
	s_cselect_b64 s[26:27], -1, 0
	v_writelane_b32 v254, s26, 61
	s_cmp_lt_i32 s20, s24
	s_nop 0
	v_writelane_b32 v254, s27, 62
	v_writelane_b32 v254, s20, 63
	s_cselect_b64 s[20:21], -1, 0
	v_writelane_b32 v255, s20, 0
	s_cmp_lt_i32 s19, s24
	s_nop 0
	v_writelane_b32 v255, s21, 1
	v_writelane_b32 v255, s19, 2
	s_cselect_b64 s[20:21], -1, 0
	v_writelane_b32 v255, s20, 3
	s_cmp_lt_i32 s18, s24
	s_nop 0
	v_writelane_b32 v255, s21, 4
	v_writelane_b32 v255, s18, 5
	s_cselect_b64 s[18:19], -1, 0
	v_writelane_b32 v255, s18, 6
	s_cmp_lt_i32 s17, s24
	s_nop 0
	v_writelane_b32 v255, s19, 7
	v_writelane_b32 v255, s17, 8
	s_cselect_b64 s[18:19], -1, 0
	v_writelane_b32 v255, s18, 9
	s_cmp_lt_i32 s11, s24
	s_nop 0
	v_writelane_b32 v255, s19, 10
	v_writelane_b32 v255, s11, 11
	s_cselect_b64 s[18:19], -1, 0
	v_writelane_b32 v255, s18, 12
	s_cmp_lt_i32 s99, s24
	s_nop 0
	v_writelane_b32 v255, s19, 13
	s_cselect_b64 s[18:19], -1, 0
	v_writelane_b32 v255, s18, 14
	s_cmp_lt_i32 s98, s24
	s_nop 0
	v_writelane_b32 v255, s19, 15
	s_cselect_b64 s[18:19], -1, 0
	v_writelane_b32 v255, s18, 16
	s_cmp_lt_i32 s43, s24
	s_nop 0
	v_writelane_b32 v255, s19, 17
	v_writelane_b32 v255, s43, 18
	s_cselect_b64 s[18:19], -1, 0
	v_writelane_b32 v255, s18, 19
	s_cmp_lt_i32 s56, s24
	s_nop 0
	v_writelane_b32 v255, s19, 20
	v_writelane_b32 v255, s56, 21
	s_cselect_b64 s[18:19], -1, 0
	v_writelane_b32 v255, s18, 22
	s_cmp_lt_i32 s42, s24
	s_nop 0
	v_writelane_b32 v255, s19, 23
	v_writelane_b32 v255, s42, 24
	s_cselect_b64 s[18:19], -1, 0
	v_writelane_b32 v255, s18, 25
	s_cmp_lt_i32 s9, s24
	s_nop 0
	v_writelane_b32 v255, s19, 26
	s_cselect_b64 s[18:19], -1, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	s_lshl_b32 s36, s8, 7
	.loc	1 94 26                         ; fused_moe.py:94:26
	s_ashr_i32 s17, s16, 31
	v_writelane_b32 v255, s9, 27
	.loc	1 90 15                         ; fused_moe.py:90:15
	s_ashr_i32 s37, s36, 31
	.loc	1 92 37                         ; fused_moe.py:92:37
	s_ashr_i32 s79, s78, 31
	.loc	1 94 26                         ; fused_moe.py:94:26
	s_lshl_b64 s[8:9], s[16:17], 2
	.loc	1 91 56                         ; fused_moe.py:91:56
	s_ashr_i32 s11, s39, 31
	.loc	1 94 26                         ; fused_moe.py:94:26
	s_add_u32 s8, s12, s8
	s_addc_u32 s9, s13, s9
	.loc	1 94 18 is_stmt 0               ; fused_moe.py:94:18
	s_load_dword s9, s[8:9], 0x0
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_writelane_b32 v255, s18, 28
	v_or_b32_e32 v2, s36, v1
	v_mov_b32_e32 v3, s37
	v_writelane_b32 v255, s19, 29
	.loc	1 94 26                         ; fused_moe.py:94:26
	v_writelane_b32 v255, s11, 30
	.loc	1 95 8                          ; fused_moe.py:95:8
	s_waitcnt lgkmcnt(0)
	s_cmp_lg_u32 s9, -1
	v_accvgpr_write_b32 a129, v3
	v_accvgpr_write_b32 a128, v2
	s_cbranch_scc0 .LBB0_136
; %bb.2:
	.loc	1 0 8 is_stmt 0                 ; fused_moe.py:0:8
	v_accvgpr_write_b32 a135, v1
	.loc	1 85 44 is_stmt 1               ; fused_moe.py:85:44
	v_and_b32_e32 v1, 31, v0
	.loc	1 86 26                         ; fused_moe.py:86:26
	v_lshlrev_b32_e32 v2, 2, v1
	.loc	1 86 18 is_stmt 0               ; fused_moe.py:86:18
	global_load_dword v48, v2, s[14:15]
	global_load_dword v46, v2, s[14:15] offset:128
	.loc	1 90 38 is_stmt 1               ; fused_moe.py:90:38
	v_and_b32_e32 v2, 32, v0
	s_lshr_b32 s8, s10, 1
	v_accvgpr_write_b32 a134, v2
	v_lshrrev_b32_e32 v2, 3, v2
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_or_b64 s[16:17], s[36:37], s[78:79]
	.loc	1 90 38                         ; fused_moe.py:90:38
	v_or_b32_e32 v34, s8, v2
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s17, 0
	v_writelane_b32 v255, s8, 31
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v4, s36, v34
	v_mov_b32_e32 v5, s37
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[12:13], -1, 0
                                        ; implicit-def: $vgpr2_vgpr3
	s_and_saveexec_b64 s[14:15], s[12:13]
	s_xor_b64 s[18:19], exec, s[14:15]
	s_cbranch_execz .LBB0_4
; %bb.3:
	s_ashr_i32 s12, s79, 31
	s_add_u32 s14, s78, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s79, s12
	s_xor_b64 s[20:21], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v2, s20
	v_cvt_f32_u32_e32 v3, s21
	s_sub_u32 s8, 0, s20
	s_subb_u32 s11, 0, s21
	v_mov_b32_e32 v7, 0
	v_fmamk_f32 v2, v3, 0x4f800000, v2
	v_rcp_f32_e32 v2, v2
	s_nop 0
	v_mul_f32_e32 v2, 0x5f7ffffc, v2
	v_mul_f32_e32 v3, 0x2f800000, v2
	v_trunc_f32_e32 v3, v3
	v_fmamk_f32 v2, v3, 0xcf800000, v2
	v_cvt_u32_f32_e32 v3, v3
	v_cvt_u32_f32_e32 v2, v2
	v_readfirstlane_b32 s12, v3
	v_readfirstlane_b32 s13, v2
	s_mul_i32 s14, s8, s12
	s_mul_hi_u32 s16, s8, s13
	s_mul_i32 s15, s11, s13
	s_add_i32 s14, s16, s14
	s_add_i32 s14, s14, s15
	s_mul_i32 s22, s8, s13
	s_mul_i32 s16, s13, s14
	s_mul_hi_u32 s25, s13, s22
	s_mul_hi_u32 s15, s13, s14
	s_add_u32 s16, s25, s16
	s_addc_u32 s15, 0, s15
	s_mul_hi_u32 s25, s12, s22
	s_mul_i32 s22, s12, s22
	s_add_u32 s16, s16, s22
	s_addc_u32 s15, s15, s25
	s_mul_hi_u32 s16, s12, s14
	s_addc_u32 s16, s16, 0
	s_mul_i32 s14, s12, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s16
	s_add_u32 s13, s13, s14
	s_addc_u32 s12, s12, s15
	s_mul_i32 s14, s8, s13
	s_mul_i32 s22, s8, s12
	s_mul_hi_u32 s8, s8, s13
	s_add_i32 s8, s8, s22
	s_mul_i32 s11, s11, s13
	s_add_i32 s8, s8, s11
	s_mul_hi_u32 s15, s12, s14
	s_mul_i32 s16, s12, s14
	s_mul_i32 s22, s13, s8
	s_mul_hi_u32 s14, s13, s14
	s_mul_hi_u32 s11, s13, s8
	s_add_u32 s14, s14, s22
	s_addc_u32 s11, 0, s11
	s_add_u32 s14, s14, s16
	s_addc_u32 s11, s11, s15
	s_mul_hi_u32 s14, s12, s8
	s_addc_u32 s14, s14, 0
	s_mul_i32 s8, s12, s8
	s_add_u32 s8, s11, s8
	v_ashrrev_i32_e32 v2, 31, v5
	s_addc_u32 s11, 0, s14
	v_mov_b32_e32 v3, v2
	s_add_u32 s8, s13, s8
	v_lshl_add_u64 v[4:5], v[4:5], 0, v[2:3]
	s_addc_u32 s11, s12, s11
	v_xor_b32_e32 v8, v4, v2
	v_xor_b32_e32 v3, v5, v2
	v_mad_u64_u32 v[4:5], s[12:13], v8, s11, 0
	v_mul_hi_u32 v6, v8, s8
	v_lshl_add_u64 v[4:5], v[6:7], 0, v[4:5]
	v_mad_u64_u32 v[6:7], s[12:13], v3, s8, 0
	v_add_co_u32_e32 v4, vcc, v4, v6
	s_mov_b32 s8, 0
	s_nop 0
	v_addc_co_u32_e32 v4, vcc, v5, v7, vcc
	v_mad_u64_u32 v[6:7], s[12:13], v3, s11, 0
	s_nop 0
	v_addc_co_u32_e32 v7, vcc, 0, v7, vcc
	v_mov_b32_e32 v5, s8
	v_lshl_add_u64 v[4:5], v[4:5], 0, v[6:7]
	v_mul_lo_u32 v6, s21, v4
	v_mul_lo_u32 v7, s20, v5
	v_mad_u64_u32 v[4:5], s[12:13], s20, v4, 0
	v_add3_u32 v5, v5, v7, v6
	v_sub_u32_e32 v6, v3, v5
	v_mov_b32_e32 v7, s21
	v_sub_co_u32_e32 v4, vcc, v8, v4
	s_nop 1
	v_subb_co_u32_e64 v6, s[14:15], v6, v7, vcc
	v_subrev_co_u32_e64 v7, s[14:15], s20, v4
	v_subb_co_u32_e32 v3, vcc, v3, v5, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v6, s[14:15], 0, v6, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s21, v6
	v_cmp_le_u32_e32 vcc, s21, v3
	s_nop 0
	v_cndmask_b32_e64 v8, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s20, v7
	v_cndmask_b32_e64 v5, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s20, v4
	v_cndmask_b32_e64 v9, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s21, v6
	s_nop 1
	v_cndmask_b32_e64 v6, v8, v9, s[14:15]
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s21, v3
	v_subrev_co_u32_e64 v8, s[14:15], s20, v7
	s_nop 0
	v_cndmask_b32_e32 v3, v5, v9, vcc
	v_cmp_ne_u32_e32 vcc, 0, v6
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v8, vcc
	v_cmp_ne_u32_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v4, v5, vcc
	v_xor_b32_e32 v3, v3, v2
	v_sub_co_u32_e32 v2, vcc, v3, v2
                                        ; implicit-def: $vgpr4
.LBB0_4:                                ; %Flow801
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_saveexec_b64 s[14:15], s[18:19]
	v_cvt_f32_u32_e32 v3, s78
	s_xor_b64 exec, exec, s[14:15]
	s_cbranch_execz .LBB0_6
; %bb.5:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v2, v3
	s_sub_i32 s8, 0, s78
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_cvt_u32_f32_e32 v2, v2
	v_mul_lo_u32 v5, s8, v2
	v_mul_hi_u32 v5, v2, v5
	v_add_u32_e32 v2, v2, v5
	v_mul_hi_u32 v2, v4, v2
	v_mul_lo_u32 v2, v2, s78
	v_sub_u32_e32 v2, v4, v2
	v_subrev_u32_e32 v4, s78, v2
	v_cmp_le_u32_e32 vcc, s78, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s78, v2
	v_cmp_le_u32_e32 vcc, s78, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
.LBB0_6:                                ; %.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s17, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v6, v34, s36, 1
	v_mov_b32_e32 v7, s37
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[12:13], -1, 0
                                        ; implicit-def: $vgpr4_vgpr5
	s_and_saveexec_b64 s[14:15], s[12:13]
	s_xor_b64 s[18:19], exec, s[14:15]
	s_cbranch_execz .LBB0_8
; %bb.7:
	s_ashr_i32 s12, s79, 31
	s_add_u32 s14, s78, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s79, s12
	s_xor_b64 s[20:21], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v4, s20
	v_cvt_f32_u32_e32 v5, s21
	s_sub_u32 s8, 0, s20
	s_subb_u32 s11, 0, s21
	v_mov_b32_e32 v9, 0
	v_fmamk_f32 v4, v5, 0x4f800000, v4
	v_rcp_f32_e32 v4, v4
	s_nop 0
	v_mul_f32_e32 v4, 0x5f7ffffc, v4
	v_mul_f32_e32 v5, 0x2f800000, v4
	v_trunc_f32_e32 v5, v5
	v_fmamk_f32 v4, v5, 0xcf800000, v4
	v_cvt_u32_f32_e32 v5, v5
	v_cvt_u32_f32_e32 v4, v4
	v_readfirstlane_b32 s12, v5
	v_readfirstlane_b32 s13, v4
	s_mul_i32 s14, s8, s12
	s_mul_hi_u32 s16, s8, s13
	s_mul_i32 s15, s11, s13
	s_add_i32 s14, s16, s14
	s_add_i32 s14, s14, s15
	s_mul_i32 s22, s8, s13
	s_mul_i32 s16, s13, s14
	s_mul_hi_u32 s25, s13, s22
	s_mul_hi_u32 s15, s13, s14
	s_add_u32 s16, s25, s16
	s_addc_u32 s15, 0, s15
	s_mul_hi_u32 s25, s12, s22
	s_mul_i32 s22, s12, s22
	s_add_u32 s16, s16, s22
	s_addc_u32 s15, s15, s25
	s_mul_hi_u32 s16, s12, s14
	s_addc_u32 s16, s16, 0
	s_mul_i32 s14, s12, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s16
	s_add_u32 s13, s13, s14
	s_addc_u32 s12, s12, s15
	s_mul_i32 s14, s8, s13
	s_mul_i32 s22, s8, s12
	s_mul_hi_u32 s8, s8, s13
	s_add_i32 s8, s8, s22
	s_mul_i32 s11, s11, s13
	s_add_i32 s8, s8, s11
	s_mul_hi_u32 s15, s12, s14
	s_mul_i32 s16, s12, s14
	s_mul_i32 s22, s13, s8
	s_mul_hi_u32 s14, s13, s14
	s_mul_hi_u32 s11, s13, s8
	s_add_u32 s14, s14, s22
	s_addc_u32 s11, 0, s11
	s_add_u32 s14, s14, s16
	s_addc_u32 s11, s11, s15
	s_mul_hi_u32 s14, s12, s8
	s_addc_u32 s14, s14, 0
	s_mul_i32 s8, s12, s8
	s_add_u32 s8, s11, s8
	v_ashrrev_i32_e32 v4, 31, v7
	s_addc_u32 s11, 0, s14
	v_mov_b32_e32 v5, v4
	s_add_u32 s8, s13, s8
	v_lshl_add_u64 v[6:7], v[6:7], 0, v[4:5]
	s_addc_u32 s11, s12, s11
	v_xor_b32_e32 v10, v6, v4
	v_xor_b32_e32 v5, v7, v4
	v_mad_u64_u32 v[6:7], s[12:13], v10, s11, 0
	v_mul_hi_u32 v8, v10, s8
	v_lshl_add_u64 v[6:7], v[8:9], 0, v[6:7]
	v_mad_u64_u32 v[8:9], s[12:13], v5, s8, 0
	v_add_co_u32_e32 v6, vcc, v6, v8
	s_mov_b32 s8, 0
	s_nop 0
	v_addc_co_u32_e32 v6, vcc, v7, v9, vcc
	v_mad_u64_u32 v[8:9], s[12:13], v5, s11, 0
	s_nop 0
	v_addc_co_u32_e32 v9, vcc, 0, v9, vcc
	v_mov_b32_e32 v7, s8
	v_lshl_add_u64 v[6:7], v[6:7], 0, v[8:9]
	v_mul_lo_u32 v8, s21, v6
	v_mul_lo_u32 v9, s20, v7
	v_mad_u64_u32 v[6:7], s[12:13], s20, v6, 0
	v_add3_u32 v7, v7, v9, v8
	v_sub_u32_e32 v8, v5, v7
	v_mov_b32_e32 v9, s21
	v_sub_co_u32_e32 v6, vcc, v10, v6
	s_nop 1
	v_subb_co_u32_e64 v8, s[14:15], v8, v9, vcc
	v_subrev_co_u32_e64 v9, s[14:15], s20, v6
	v_subb_co_u32_e32 v5, vcc, v5, v7, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v8, s[14:15], 0, v8, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s21, v8
	v_cmp_le_u32_e32 vcc, s21, v5
	s_nop 0
	v_cndmask_b32_e64 v10, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s20, v9
	v_cndmask_b32_e64 v7, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s20, v6
	v_cndmask_b32_e64 v11, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s21, v8
	s_nop 1
	v_cndmask_b32_e64 v8, v10, v11, s[14:15]
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s21, v5
	v_subrev_co_u32_e64 v10, s[14:15], s20, v9
	s_nop 0
	v_cndmask_b32_e32 v5, v7, v11, vcc
	v_cmp_ne_u32_e32 vcc, 0, v8
	s_nop 1
	v_cndmask_b32_e32 v7, v9, v10, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v6, v7, vcc
	v_xor_b32_e32 v5, v5, v4
	v_sub_co_u32_e32 v4, vcc, v5, v4
                                        ; implicit-def: $vgpr6
.LBB0_8:                                ; %Flow800
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[18:19]
	s_cbranch_execz .LBB0_10
; %bb.9:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v4, v3
	s_sub_i32 s8, 0, s78
	v_mul_f32_e32 v4, 0x4f7ffffe, v4
	v_cvt_u32_f32_e32 v4, v4
	v_mul_lo_u32 v5, s8, v4
	v_mul_hi_u32 v5, v4, v5
	v_add_u32_e32 v4, v4, v5
	v_mul_hi_u32 v4, v6, v4
	v_mul_lo_u32 v4, v4, s78
	v_sub_u32_e32 v4, v6, v4
	v_subrev_u32_e32 v5, s78, v4
	v_cmp_le_u32_e32 vcc, s78, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v5, vcc
	v_subrev_u32_e32 v5, s78, v4
	v_cmp_le_u32_e32 vcc, s78, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v5, vcc
.LBB0_10:                               ; %.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s17, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v8, v34, s36, 2
	v_mov_b32_e32 v9, s37
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[12:13], -1, 0
                                        ; implicit-def: $vgpr6_vgpr7
	s_and_saveexec_b64 s[14:15], s[12:13]
	s_xor_b64 s[18:19], exec, s[14:15]
	s_cbranch_execz .LBB0_12
; %bb.11:
	s_ashr_i32 s12, s79, 31
	s_add_u32 s14, s78, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s79, s12
	s_xor_b64 s[20:21], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s20
	v_cvt_f32_u32_e32 v6, s21
	s_sub_u32 s8, 0, s20
	s_subb_u32 s11, 0, s21
	v_mov_b32_e32 v11, 0
	v_fmamk_f32 v5, v6, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	s_nop 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v6, 0x2f800000, v5
	v_trunc_f32_e32 v6, v6
	v_fmamk_f32 v5, v6, 0xcf800000, v5
	v_cvt_u32_f32_e32 v6, v6
	v_cvt_u32_f32_e32 v5, v5
	v_readfirstlane_b32 s12, v6
	v_readfirstlane_b32 s13, v5
	s_mul_i32 s14, s8, s12
	s_mul_hi_u32 s16, s8, s13
	s_mul_i32 s15, s11, s13
	s_add_i32 s14, s16, s14
	s_add_i32 s14, s14, s15
	s_mul_i32 s22, s8, s13
	s_mul_i32 s16, s13, s14
	s_mul_hi_u32 s25, s13, s22
	s_mul_hi_u32 s15, s13, s14
	s_add_u32 s16, s25, s16
	s_addc_u32 s15, 0, s15
	s_mul_hi_u32 s25, s12, s22
	s_mul_i32 s22, s12, s22
	s_add_u32 s16, s16, s22
	s_addc_u32 s15, s15, s25
	s_mul_hi_u32 s16, s12, s14
	s_addc_u32 s16, s16, 0
	s_mul_i32 s14, s12, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s16
	s_add_u32 s13, s13, s14
	s_addc_u32 s12, s12, s15
	s_mul_i32 s14, s8, s13
	s_mul_i32 s22, s8, s12
	s_mul_hi_u32 s8, s8, s13
	s_add_i32 s8, s8, s22
	s_mul_i32 s11, s11, s13
	s_add_i32 s8, s8, s11
	s_mul_hi_u32 s15, s12, s14
	s_mul_i32 s16, s12, s14
	s_mul_i32 s22, s13, s8
	s_mul_hi_u32 s14, s13, s14
	s_mul_hi_u32 s11, s13, s8
	s_add_u32 s14, s14, s22
	s_addc_u32 s11, 0, s11
	s_add_u32 s14, s14, s16
	s_addc_u32 s11, s11, s15
	s_mul_hi_u32 s14, s12, s8
	s_addc_u32 s14, s14, 0
	s_mul_i32 s8, s12, s8
	s_add_u32 s8, s11, s8
	v_ashrrev_i32_e32 v6, 31, v9
	s_addc_u32 s11, 0, s14
	v_mov_b32_e32 v7, v6
	s_add_u32 s8, s13, s8
	v_lshl_add_u64 v[8:9], v[8:9], 0, v[6:7]
	s_addc_u32 s11, s12, s11
	v_xor_b32_e32 v7, v8, v6
	v_xor_b32_e32 v5, v9, v6
	v_mad_u64_u32 v[8:9], s[12:13], v7, s11, 0
	v_mul_hi_u32 v10, v7, s8
	v_lshl_add_u64 v[8:9], v[10:11], 0, v[8:9]
	v_mad_u64_u32 v[10:11], s[12:13], v5, s8, 0
	v_add_co_u32_e32 v8, vcc, v8, v10
	s_mov_b32 s8, 0
	s_nop 0
	v_addc_co_u32_e32 v8, vcc, v9, v11, vcc
	v_mad_u64_u32 v[10:11], s[12:13], v5, s11, 0
	s_nop 0
	v_addc_co_u32_e32 v11, vcc, 0, v11, vcc
	v_mov_b32_e32 v9, s8
	v_lshl_add_u64 v[8:9], v[8:9], 0, v[10:11]
	v_mul_lo_u32 v10, s21, v8
	v_mul_lo_u32 v11, s20, v9
	v_mad_u64_u32 v[8:9], s[12:13], s20, v8, 0
	v_add3_u32 v9, v9, v11, v10
	v_sub_u32_e32 v10, v5, v9
	v_mov_b32_e32 v11, s21
	v_sub_co_u32_e32 v7, vcc, v7, v8
	s_nop 1
	v_subb_co_u32_e64 v8, s[14:15], v10, v11, vcc
	v_subrev_co_u32_e64 v10, s[14:15], s20, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v8, s[14:15], 0, v8, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s21, v8
	v_cmp_le_u32_e32 vcc, s21, v5
	s_nop 0
	v_cndmask_b32_e64 v11, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s20, v10
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s20, v7
	v_cndmask_b32_e64 v12, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s21, v8
	s_nop 1
	v_cndmask_b32_e64 v8, v11, v12, s[14:15]
	v_cndmask_b32_e64 v12, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s21, v5
	v_subrev_co_u32_e64 v11, s[14:15], s20, v10
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v12, vcc
	v_cmp_ne_u32_e32 vcc, 0, v8
	s_nop 1
	v_cndmask_b32_e32 v8, v10, v11, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v8, vcc
	v_xor_b32_e32 v5, v5, v6
	v_sub_co_u32_e32 v6, vcc, v5, v6
                                        ; implicit-def: $vgpr8
.LBB0_12:                               ; %Flow799
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[18:19]
	s_cbranch_execz .LBB0_14
; %bb.13:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s8, 0, s78
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v6, s8, v5
	v_mul_hi_u32 v6, v5, v6
	v_add_u32_e32 v5, v5, v6
	v_mul_hi_u32 v5, v8, v5
	v_mul_lo_u32 v5, v5, s78
	v_sub_u32_e32 v5, v8, v5
	v_subrev_u32_e32 v6, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v6, vcc
	v_subrev_u32_e32 v6, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v6, v5, v6, vcc
.LBB0_14:                               ; %.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s17, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v10, v34, s36, 3
	v_mov_b32_e32 v11, s37
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[12:13], -1, 0
                                        ; implicit-def: $vgpr8_vgpr9
	s_and_saveexec_b64 s[14:15], s[12:13]
	s_xor_b64 s[18:19], exec, s[14:15]
	s_cbranch_execz .LBB0_16
; %bb.15:
	s_ashr_i32 s12, s79, 31
	s_add_u32 s14, s78, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s79, s12
	s_xor_b64 s[20:21], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s20
	v_cvt_f32_u32_e32 v7, s21
	s_sub_u32 s8, 0, s20
	s_subb_u32 s11, 0, s21
	v_ashrrev_i32_e32 v8, 31, v11
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v9, v8
	v_lshl_add_u64 v[10:11], v[10:11], 0, v[8:9]
	v_mov_b32_e32 v13, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_readfirstlane_b32 s12, v7
	v_readfirstlane_b32 s13, v5
	s_mul_i32 s14, s8, s12
	s_mul_hi_u32 s16, s8, s13
	s_mul_i32 s15, s11, s13
	s_add_i32 s14, s16, s14
	s_add_i32 s14, s14, s15
	s_mul_i32 s22, s8, s13
	s_mul_i32 s16, s13, s14
	s_mul_hi_u32 s25, s13, s22
	s_mul_hi_u32 s15, s13, s14
	s_add_u32 s16, s25, s16
	s_addc_u32 s15, 0, s15
	s_mul_hi_u32 s25, s12, s22
	s_mul_i32 s22, s12, s22
	s_add_u32 s16, s16, s22
	s_addc_u32 s15, s15, s25
	s_mul_hi_u32 s16, s12, s14
	s_addc_u32 s16, s16, 0
	s_mul_i32 s14, s12, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s16
	s_add_u32 s13, s13, s14
	s_addc_u32 s12, s12, s15
	s_mul_i32 s14, s8, s13
	s_mul_i32 s22, s8, s12
	s_mul_hi_u32 s8, s8, s13
	s_add_i32 s8, s8, s22
	s_mul_i32 s11, s11, s13
	s_add_i32 s8, s8, s11
	s_mul_hi_u32 s15, s12, s14
	s_mul_i32 s16, s12, s14
	s_mul_i32 s22, s13, s8
	s_mul_hi_u32 s14, s13, s14
	s_mul_hi_u32 s11, s13, s8
	s_add_u32 s14, s14, s22
	s_addc_u32 s11, 0, s11
	s_add_u32 s14, s14, s16
	s_addc_u32 s11, s11, s15
	s_mul_hi_u32 s14, s12, s8
	s_addc_u32 s14, s14, 0
	s_mul_i32 s8, s12, s8
	s_add_u32 s8, s11, s8
	s_addc_u32 s11, 0, s14
	s_add_u32 s8, s13, s8
	s_addc_u32 s11, s12, s11
	v_xor_b32_e32 v7, v10, v8
	v_xor_b32_e32 v5, v11, v8
	v_mad_u64_u32 v[10:11], s[12:13], v7, s11, 0
	v_mul_hi_u32 v12, v7, s8
	v_lshl_add_u64 v[10:11], v[12:13], 0, v[10:11]
	v_mad_u64_u32 v[12:13], s[12:13], v5, s8, 0
	v_add_co_u32_e32 v9, vcc, v10, v12
	s_mov_b32 s8, 0
	s_nop 0
	v_addc_co_u32_e32 v10, vcc, v11, v13, vcc
	v_mad_u64_u32 v[12:13], s[12:13], v5, s11, 0
	s_nop 0
	v_addc_co_u32_e32 v13, vcc, 0, v13, vcc
	v_mov_b32_e32 v11, s8
	v_lshl_add_u64 v[10:11], v[10:11], 0, v[12:13]
	v_mul_lo_u32 v9, s21, v10
	v_mul_lo_u32 v12, s20, v11
	v_mad_u64_u32 v[10:11], s[12:13], s20, v10, 0
	v_add3_u32 v9, v11, v12, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v12, s21
	v_sub_co_u32_e32 v7, vcc, v7, v10
	s_nop 1
	v_subb_co_u32_e64 v10, s[14:15], v11, v12, vcc
	v_subrev_co_u32_e64 v11, s[14:15], s20, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v10, s[14:15], 0, v10, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s21, v10
	v_cmp_le_u32_e32 vcc, s21, v5
	s_nop 0
	v_cndmask_b32_e64 v12, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s20, v11
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s20, v7
	v_cndmask_b32_e64 v13, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s21, v10
	s_nop 1
	v_cndmask_b32_e64 v10, v12, v13, s[14:15]
	v_cndmask_b32_e64 v13, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s21, v5
	v_subrev_co_u32_e64 v12, s[14:15], s20, v11
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v13, vcc
	v_cmp_ne_u32_e32 vcc, 0, v10
                                        ; implicit-def: $vgpr10
	s_nop 1
	v_cndmask_b32_e32 v9, v11, v12, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v8
	v_sub_co_u32_e32 v8, vcc, v5, v8
.LBB0_16:                               ; %Flow798
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[18:19]
	s_cbranch_execz .LBB0_18
; %bb.17:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s8, 0, s78
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s8, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v10, v5
	v_mul_lo_u32 v5, v5, s78
	v_sub_u32_e32 v5, v10, v5
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v8, v5, v7, vcc
.LBB0_18:                               ; %.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s17, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v12, v34, s36, 8
	v_mov_b32_e32 v13, s37
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[12:13], -1, 0
                                        ; implicit-def: $vgpr10_vgpr11
	s_and_saveexec_b64 s[14:15], s[12:13]
	s_xor_b64 s[18:19], exec, s[14:15]
	s_cbranch_execz .LBB0_20
; %bb.19:
	s_ashr_i32 s12, s79, 31
	s_add_u32 s14, s78, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s79, s12
	s_xor_b64 s[20:21], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s20
	v_cvt_f32_u32_e32 v7, s21
	s_sub_u32 s8, 0, s20
	s_subb_u32 s11, 0, s21
	v_ashrrev_i32_e32 v10, 31, v13
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v11, v10
	v_lshl_add_u64 v[12:13], v[12:13], 0, v[10:11]
	v_mov_b32_e32 v15, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_readfirstlane_b32 s12, v7
	v_readfirstlane_b32 s13, v5
	s_mul_i32 s14, s8, s12
	s_mul_hi_u32 s16, s8, s13
	s_mul_i32 s15, s11, s13
	s_add_i32 s14, s16, s14
	s_add_i32 s14, s14, s15
	s_mul_i32 s22, s8, s13
	s_mul_i32 s16, s13, s14
	s_mul_hi_u32 s25, s13, s22
	s_mul_hi_u32 s15, s13, s14
	s_add_u32 s16, s25, s16
	s_addc_u32 s15, 0, s15
	s_mul_hi_u32 s25, s12, s22
	s_mul_i32 s22, s12, s22
	s_add_u32 s16, s16, s22
	s_addc_u32 s15, s15, s25
	s_mul_hi_u32 s16, s12, s14
	s_addc_u32 s16, s16, 0
	s_mul_i32 s14, s12, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s16
	s_add_u32 s13, s13, s14
	s_addc_u32 s12, s12, s15
	s_mul_i32 s14, s8, s13
	s_mul_i32 s22, s8, s12
	s_mul_hi_u32 s8, s8, s13
	s_add_i32 s8, s8, s22
	s_mul_i32 s11, s11, s13
	s_add_i32 s8, s8, s11
	s_mul_hi_u32 s15, s12, s14
	s_mul_i32 s16, s12, s14
	s_mul_i32 s22, s13, s8
	s_mul_hi_u32 s14, s13, s14
	s_mul_hi_u32 s11, s13, s8
	s_add_u32 s14, s14, s22
	s_addc_u32 s11, 0, s11
	s_add_u32 s14, s14, s16
	s_addc_u32 s11, s11, s15
	s_mul_hi_u32 s14, s12, s8
	s_addc_u32 s14, s14, 0
	s_mul_i32 s8, s12, s8
	s_add_u32 s8, s11, s8
	s_addc_u32 s11, 0, s14
	s_add_u32 s8, s13, s8
	s_addc_u32 s11, s12, s11
	v_xor_b32_e32 v7, v12, v10
	v_xor_b32_e32 v5, v13, v10
	v_mad_u64_u32 v[12:13], s[12:13], v7, s11, 0
	v_mul_hi_u32 v14, v7, s8
	v_lshl_add_u64 v[12:13], v[14:15], 0, v[12:13]
	v_mad_u64_u32 v[14:15], s[12:13], v5, s8, 0
	v_add_co_u32_e32 v9, vcc, v12, v14
	s_mov_b32 s8, 0
	s_nop 0
	v_addc_co_u32_e32 v12, vcc, v13, v15, vcc
	v_mad_u64_u32 v[14:15], s[12:13], v5, s11, 0
	s_nop 0
	v_addc_co_u32_e32 v15, vcc, 0, v15, vcc
	v_mov_b32_e32 v13, s8
	v_lshl_add_u64 v[12:13], v[12:13], 0, v[14:15]
	v_mul_lo_u32 v9, s21, v12
	v_mul_lo_u32 v11, s20, v13
	v_mad_u64_u32 v[12:13], s[12:13], s20, v12, 0
	v_add3_u32 v9, v13, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v13, s21
	v_sub_co_u32_e32 v7, vcc, v7, v12
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v12, s[14:15], s20, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s21, v11
	v_cmp_le_u32_e32 vcc, s21, v5
	s_nop 0
	v_cndmask_b32_e64 v13, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s20, v12
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s20, v7
	v_cndmask_b32_e64 v14, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s21, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v13, v14, s[14:15]
	v_cndmask_b32_e64 v14, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s21, v5
	v_subrev_co_u32_e64 v13, s[14:15], s20, v12
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v14, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v12, v13, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
                                        ; implicit-def: $vgpr12
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v10
	v_sub_co_u32_e32 v10, vcc, v5, v10
.LBB0_20:                               ; %Flow797
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[18:19]
	s_cbranch_execz .LBB0_22
; %bb.21:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s8, 0, s78
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s8, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v12, v5
	v_mul_lo_u32 v5, v5, s78
	v_sub_u32_e32 v5, v12, v5
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v10, v5, v7, vcc
.LBB0_22:                               ; %.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s17, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v14, v34, s36, 9
	v_mov_b32_e32 v15, s37
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[12:13], -1, 0
                                        ; implicit-def: $vgpr12_vgpr13
	s_and_saveexec_b64 s[14:15], s[12:13]
	s_xor_b64 s[18:19], exec, s[14:15]
	s_cbranch_execz .LBB0_24
; %bb.23:
	s_ashr_i32 s12, s79, 31
	s_add_u32 s14, s78, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s79, s12
	s_xor_b64 s[20:21], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s20
	v_cvt_f32_u32_e32 v7, s21
	s_sub_u32 s8, 0, s20
	s_subb_u32 s11, 0, s21
	v_ashrrev_i32_e32 v12, 31, v15
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v13, v12
	v_lshl_add_u64 v[14:15], v[14:15], 0, v[12:13]
	v_mov_b32_e32 v17, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s21
	v_readfirstlane_b32 s12, v7
	v_readfirstlane_b32 s13, v5
	s_mul_i32 s14, s8, s12
	s_mul_hi_u32 s16, s8, s13
	s_mul_i32 s15, s11, s13
	s_add_i32 s14, s16, s14
	s_add_i32 s14, s14, s15
	s_mul_i32 s22, s8, s13
	s_mul_i32 s16, s13, s14
	s_mul_hi_u32 s25, s13, s22
	s_mul_hi_u32 s15, s13, s14
	s_add_u32 s16, s25, s16
	s_addc_u32 s15, 0, s15
	s_mul_hi_u32 s25, s12, s22
	s_mul_i32 s22, s12, s22
	s_add_u32 s16, s16, s22
	s_addc_u32 s15, s15, s25
	s_mul_hi_u32 s16, s12, s14
	s_addc_u32 s16, s16, 0
	s_mul_i32 s14, s12, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s16
	s_add_u32 s13, s13, s14
	s_addc_u32 s12, s12, s15
	s_mul_i32 s14, s8, s13
	s_mul_i32 s22, s8, s12
	s_mul_hi_u32 s8, s8, s13
	s_add_i32 s8, s8, s22
	s_mul_i32 s11, s11, s13
	s_add_i32 s8, s8, s11
	s_mul_hi_u32 s15, s12, s14
	s_mul_i32 s16, s12, s14
	s_mul_i32 s22, s13, s8
	s_mul_hi_u32 s14, s13, s14
	s_mul_hi_u32 s11, s13, s8
	s_add_u32 s14, s14, s22
	s_addc_u32 s11, 0, s11
	s_add_u32 s14, s14, s16
	s_addc_u32 s11, s11, s15
	s_mul_hi_u32 s14, s12, s8
	s_addc_u32 s14, s14, 0
	s_mul_i32 s8, s12, s8
	s_add_u32 s8, s11, s8
	s_addc_u32 s11, 0, s14
	s_add_u32 s8, s13, s8
	s_addc_u32 s11, s12, s11
	v_xor_b32_e32 v7, v14, v12
	v_xor_b32_e32 v5, v15, v12
	v_mad_u64_u32 v[14:15], s[12:13], v7, s11, 0
	v_mul_hi_u32 v16, v7, s8
	v_lshl_add_u64 v[14:15], v[16:17], 0, v[14:15]
	v_mad_u64_u32 v[16:17], s[12:13], v5, s8, 0
	v_add_co_u32_e32 v9, vcc, v14, v16
	s_mov_b32 s8, 0
	s_nop 0
	v_addc_co_u32_e32 v14, vcc, v15, v17, vcc
	v_mad_u64_u32 v[16:17], s[12:13], v5, s11, 0
	s_nop 0
	v_addc_co_u32_e32 v17, vcc, 0, v17, vcc
	v_mov_b32_e32 v15, s8
	v_lshl_add_u64 v[14:15], v[14:15], 0, v[16:17]
	v_mul_lo_u32 v9, s21, v14
	v_mul_lo_u32 v11, s20, v15
	v_mad_u64_u32 v[14:15], s[12:13], s20, v14, 0
	v_add3_u32 v9, v15, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v14
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s20, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s21, v11
	v_cmp_le_u32_e32 vcc, s21, v5
	s_nop 0
	v_cndmask_b32_e64 v14, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s20, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s20, v7
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s21, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v14, v15, s[14:15]
	v_cndmask_b32_e64 v15, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s21, v5
	v_subrev_co_u32_e64 v14, s[14:15], s20, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v14, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
                                        ; implicit-def: $vgpr14
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v12
	v_sub_co_u32_e32 v12, vcc, v5, v12
.LBB0_24:                               ; %Flow796
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[18:19]
	s_cbranch_execz .LBB0_26
; %bb.25:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s8, 0, s78
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s8, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v14, v5
	v_mul_lo_u32 v5, v5, s78
	v_sub_u32_e32 v5, v14, v5
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v5, v7, vcc
.LBB0_26:                               ; %.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s17, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v16, v34, s36, 10
	v_mov_b32_e32 v17, s37
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[12:13], -1, 0
                                        ; implicit-def: $vgpr14_vgpr15
	s_and_saveexec_b64 s[14:15], s[12:13]
	s_xor_b64 s[18:19], exec, s[14:15]
	s_cbranch_execz .LBB0_28
; %bb.27:
	s_ashr_i32 s12, s79, 31
	s_add_u32 s14, s78, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s79, s12
	s_xor_b64 s[20:21], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s20
	v_cvt_f32_u32_e32 v7, s21
	s_sub_u32 s8, 0, s20
	s_subb_u32 s11, 0, s21
	v_ashrrev_i32_e32 v14, 31, v17
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v15, v14
	v_lshl_add_u64 v[16:17], v[16:17], 0, v[14:15]
	v_mov_b32_e32 v19, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s21
	v_readfirstlane_b32 s12, v7
	v_readfirstlane_b32 s13, v5
	s_mul_i32 s14, s8, s12
	s_mul_hi_u32 s16, s8, s13
	s_mul_i32 s15, s11, s13
	s_add_i32 s14, s16, s14
	s_add_i32 s14, s14, s15
	s_mul_i32 s22, s8, s13
	s_mul_i32 s16, s13, s14
	s_mul_hi_u32 s25, s13, s22
	s_mul_hi_u32 s15, s13, s14
	s_add_u32 s16, s25, s16
	s_addc_u32 s15, 0, s15
	s_mul_hi_u32 s25, s12, s22
	s_mul_i32 s22, s12, s22
	s_add_u32 s16, s16, s22
	s_addc_u32 s15, s15, s25
	s_mul_hi_u32 s16, s12, s14
	s_addc_u32 s16, s16, 0
	s_mul_i32 s14, s12, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s16
	s_add_u32 s13, s13, s14
	s_addc_u32 s12, s12, s15
	s_mul_i32 s14, s8, s13
	s_mul_i32 s22, s8, s12
	s_mul_hi_u32 s8, s8, s13
	s_add_i32 s8, s8, s22
	s_mul_i32 s11, s11, s13
	s_add_i32 s8, s8, s11
	s_mul_hi_u32 s15, s12, s14
	s_mul_i32 s16, s12, s14
	s_mul_i32 s22, s13, s8
	s_mul_hi_u32 s14, s13, s14
	s_mul_hi_u32 s11, s13, s8
	s_add_u32 s14, s14, s22
	s_addc_u32 s11, 0, s11
	s_add_u32 s14, s14, s16
	s_addc_u32 s11, s11, s15
	s_mul_hi_u32 s14, s12, s8
	s_addc_u32 s14, s14, 0
	s_mul_i32 s8, s12, s8
	s_add_u32 s8, s11, s8
	s_addc_u32 s11, 0, s14
	s_add_u32 s8, s13, s8
	s_addc_u32 s11, s12, s11
	v_xor_b32_e32 v7, v16, v14
	v_xor_b32_e32 v5, v17, v14
	v_mad_u64_u32 v[16:17], s[12:13], v7, s11, 0
	v_mul_hi_u32 v18, v7, s8
	v_lshl_add_u64 v[16:17], v[18:19], 0, v[16:17]
	v_mad_u64_u32 v[18:19], s[12:13], v5, s8, 0
	v_add_co_u32_e32 v9, vcc, v16, v18
	s_mov_b32 s8, 0
	s_nop 0
	v_addc_co_u32_e32 v16, vcc, v17, v19, vcc
	v_mad_u64_u32 v[18:19], s[12:13], v5, s11, 0
	s_nop 0
	v_addc_co_u32_e32 v19, vcc, 0, v19, vcc
	v_mov_b32_e32 v17, s8
	v_lshl_add_u64 v[16:17], v[16:17], 0, v[18:19]
	v_mul_lo_u32 v9, s21, v16
	v_mul_lo_u32 v11, s20, v17
	v_mad_u64_u32 v[16:17], s[12:13], s20, v16, 0
	v_add3_u32 v9, v17, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v16
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s20, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s21, v11
	v_cmp_le_u32_e32 vcc, s21, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s20, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s20, v7
	v_cndmask_b32_e64 v16, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s21, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v16, s[14:15]
	v_cndmask_b32_e64 v16, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s21, v5
	v_subrev_co_u32_e64 v15, s[14:15], s20, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v16, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
                                        ; implicit-def: $vgpr16
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v14
	v_sub_co_u32_e32 v14, vcc, v5, v14
.LBB0_28:                               ; %Flow795
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[18:19]
	s_cbranch_execz .LBB0_30
; %bb.29:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s8, 0, s78
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s8, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v16, v5
	v_mul_lo_u32 v5, v5, s78
	v_sub_u32_e32 v5, v16, v5
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v14, v5, v7, vcc
.LBB0_30:                               ; %.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s17, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v18, v34, s36, 11
	v_mov_b32_e32 v19, s37
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[12:13], -1, 0
                                        ; implicit-def: $vgpr16_vgpr17
	s_and_saveexec_b64 s[14:15], s[12:13]
	s_xor_b64 s[18:19], exec, s[14:15]
	s_cbranch_execz .LBB0_32
; %bb.31:
	s_ashr_i32 s12, s79, 31
	s_add_u32 s14, s78, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s79, s12
	s_xor_b64 s[20:21], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s20
	v_cvt_f32_u32_e32 v7, s21
	s_sub_u32 s8, 0, s20
	s_subb_u32 s11, 0, s21
	v_ashrrev_i32_e32 v16, 31, v19
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v17, v16
	v_lshl_add_u64 v[18:19], v[18:19], 0, v[16:17]
	v_mov_b32_e32 v21, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s21
	v_readfirstlane_b32 s12, v7
	v_readfirstlane_b32 s13, v5
	s_mul_i32 s14, s8, s12
	s_mul_hi_u32 s16, s8, s13
	s_mul_i32 s15, s11, s13
	s_add_i32 s14, s16, s14
	s_add_i32 s14, s14, s15
	s_mul_i32 s22, s8, s13
	s_mul_i32 s16, s13, s14
	s_mul_hi_u32 s25, s13, s22
	s_mul_hi_u32 s15, s13, s14
	s_add_u32 s16, s25, s16
	s_addc_u32 s15, 0, s15
	s_mul_hi_u32 s25, s12, s22
	s_mul_i32 s22, s12, s22
	s_add_u32 s16, s16, s22
	s_addc_u32 s15, s15, s25
	s_mul_hi_u32 s16, s12, s14
	s_addc_u32 s16, s16, 0
	s_mul_i32 s14, s12, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s16
	s_add_u32 s13, s13, s14
	s_addc_u32 s12, s12, s15
	s_mul_i32 s14, s8, s13
	s_mul_i32 s22, s8, s12
	s_mul_hi_u32 s8, s8, s13
	s_add_i32 s8, s8, s22
	s_mul_i32 s11, s11, s13
	s_add_i32 s8, s8, s11
	s_mul_hi_u32 s15, s12, s14
	s_mul_i32 s16, s12, s14
	s_mul_i32 s22, s13, s8
	s_mul_hi_u32 s14, s13, s14
	s_mul_hi_u32 s11, s13, s8
	s_add_u32 s14, s14, s22
	s_addc_u32 s11, 0, s11
	s_add_u32 s14, s14, s16
	s_addc_u32 s11, s11, s15
	s_mul_hi_u32 s14, s12, s8
	s_addc_u32 s14, s14, 0
	s_mul_i32 s8, s12, s8
	s_add_u32 s8, s11, s8
	s_addc_u32 s11, 0, s14
	s_add_u32 s8, s13, s8
	s_addc_u32 s11, s12, s11
	v_xor_b32_e32 v7, v18, v16
	v_xor_b32_e32 v5, v19, v16
	v_mad_u64_u32 v[18:19], s[12:13], v7, s11, 0
	v_mul_hi_u32 v20, v7, s8
	v_lshl_add_u64 v[18:19], v[20:21], 0, v[18:19]
	v_mad_u64_u32 v[20:21], s[12:13], v5, s8, 0
	v_add_co_u32_e32 v9, vcc, v18, v20
	s_mov_b32 s8, 0
	s_nop 0
	v_addc_co_u32_e32 v18, vcc, v19, v21, vcc
	v_mad_u64_u32 v[20:21], s[12:13], v5, s11, 0
	s_nop 0
	v_addc_co_u32_e32 v21, vcc, 0, v21, vcc
	v_mov_b32_e32 v19, s8
	v_lshl_add_u64 v[18:19], v[18:19], 0, v[20:21]
	v_mul_lo_u32 v9, s21, v18
	v_mul_lo_u32 v11, s20, v19
	v_mad_u64_u32 v[18:19], s[12:13], s20, v18, 0
	v_add3_u32 v9, v19, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v18
                                        ; implicit-def: $vgpr18
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s20, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s21, v11
	v_cmp_le_u32_e32 vcc, s21, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s20, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s20, v7
	v_cndmask_b32_e64 v17, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s21, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[14:15]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s21, v5
	v_subrev_co_u32_e64 v15, s[14:15], s20, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v16
	v_sub_co_u32_e32 v16, vcc, v5, v16
.LBB0_32:                               ; %Flow794
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[18:19]
	s_cbranch_execz .LBB0_34
; %bb.33:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s8, 0, s78
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s8, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v18, v5
	v_mul_lo_u32 v5, v5, s78
	v_sub_u32_e32 v5, v18, v5
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v16, v5, v7, vcc
.LBB0_34:                               ; %.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s17, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v20, v34, s36, 16
	v_mov_b32_e32 v21, s37
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[12:13], -1, 0
                                        ; implicit-def: $vgpr18_vgpr19
	s_and_saveexec_b64 s[14:15], s[12:13]
	s_xor_b64 s[18:19], exec, s[14:15]
	s_cbranch_execz .LBB0_36
; %bb.35:
	s_ashr_i32 s12, s79, 31
	s_add_u32 s14, s78, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s79, s12
	s_xor_b64 s[20:21], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s20
	v_cvt_f32_u32_e32 v7, s21
	s_sub_u32 s8, 0, s20
	s_subb_u32 s11, 0, s21
	v_ashrrev_i32_e32 v18, 31, v21
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v19, v18
	v_lshl_add_u64 v[20:21], v[20:21], 0, v[18:19]
	v_mov_b32_e32 v23, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s21
	v_readfirstlane_b32 s12, v7
	v_readfirstlane_b32 s13, v5
	s_mul_i32 s14, s8, s12
	s_mul_hi_u32 s16, s8, s13
	s_mul_i32 s15, s11, s13
	s_add_i32 s14, s16, s14
	s_add_i32 s14, s14, s15
	s_mul_i32 s22, s8, s13
	s_mul_i32 s16, s13, s14
	s_mul_hi_u32 s25, s13, s22
	s_mul_hi_u32 s15, s13, s14
	s_add_u32 s16, s25, s16
	s_addc_u32 s15, 0, s15
	s_mul_hi_u32 s25, s12, s22
	s_mul_i32 s22, s12, s22
	s_add_u32 s16, s16, s22
	s_addc_u32 s15, s15, s25
	s_mul_hi_u32 s16, s12, s14
	s_addc_u32 s16, s16, 0
	s_mul_i32 s14, s12, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s16
	s_add_u32 s13, s13, s14
	s_addc_u32 s12, s12, s15
	s_mul_i32 s14, s8, s13
	s_mul_i32 s22, s8, s12
	s_mul_hi_u32 s8, s8, s13
	s_add_i32 s8, s8, s22
	s_mul_i32 s11, s11, s13
	s_add_i32 s8, s8, s11
	s_mul_hi_u32 s15, s12, s14
	s_mul_i32 s16, s12, s14
	s_mul_i32 s22, s13, s8
	s_mul_hi_u32 s14, s13, s14
	s_mul_hi_u32 s11, s13, s8
	s_add_u32 s14, s14, s22
	s_addc_u32 s11, 0, s11
	s_add_u32 s14, s14, s16
	s_addc_u32 s11, s11, s15
	s_mul_hi_u32 s14, s12, s8
	s_addc_u32 s14, s14, 0
	s_mul_i32 s8, s12, s8
	s_add_u32 s8, s11, s8
	s_addc_u32 s11, 0, s14
	s_add_u32 s8, s13, s8
	s_addc_u32 s11, s12, s11
	v_xor_b32_e32 v7, v20, v18
	v_xor_b32_e32 v5, v21, v18
	v_mad_u64_u32 v[20:21], s[12:13], v7, s11, 0
	v_mul_hi_u32 v22, v7, s8
	v_lshl_add_u64 v[20:21], v[22:23], 0, v[20:21]
	v_mad_u64_u32 v[22:23], s[12:13], v5, s8, 0
	v_add_co_u32_e32 v9, vcc, v20, v22
	s_mov_b32 s8, 0
	s_nop 0
	v_addc_co_u32_e32 v20, vcc, v21, v23, vcc
	v_mad_u64_u32 v[22:23], s[12:13], v5, s11, 0
	s_nop 0
	v_addc_co_u32_e32 v23, vcc, 0, v23, vcc
	v_mov_b32_e32 v21, s8
	v_lshl_add_u64 v[20:21], v[20:21], 0, v[22:23]
	v_mul_lo_u32 v9, s21, v20
	v_mul_lo_u32 v11, s20, v21
	v_mad_u64_u32 v[20:21], s[12:13], s20, v20, 0
	v_add3_u32 v9, v21, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v20
                                        ; implicit-def: $vgpr20
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s20, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s21, v11
	v_cmp_le_u32_e32 vcc, s21, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s20, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s20, v7
	v_cndmask_b32_e64 v17, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s21, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[14:15]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s21, v5
	v_subrev_co_u32_e64 v15, s[14:15], s20, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v18
	v_sub_co_u32_e32 v18, vcc, v5, v18
.LBB0_36:                               ; %Flow793
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[18:19]
	s_cbranch_execz .LBB0_38
; %bb.37:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s8, 0, s78
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s8, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v20, v5
	v_mul_lo_u32 v5, v5, s78
	v_sub_u32_e32 v5, v20, v5
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v18, v5, v7, vcc
.LBB0_38:                               ; %.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s17, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v22, v34, s36, 17
	v_mov_b32_e32 v23, s37
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[12:13], -1, 0
                                        ; implicit-def: $vgpr20_vgpr21
	s_and_saveexec_b64 s[14:15], s[12:13]
	s_xor_b64 s[18:19], exec, s[14:15]
	s_cbranch_execz .LBB0_40
; %bb.39:
	s_ashr_i32 s12, s79, 31
	s_add_u32 s14, s78, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s79, s12
	s_xor_b64 s[20:21], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s20
	v_cvt_f32_u32_e32 v7, s21
	s_sub_u32 s8, 0, s20
	s_subb_u32 s11, 0, s21
	v_ashrrev_i32_e32 v20, 31, v23
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v21, v20
	v_lshl_add_u64 v[22:23], v[22:23], 0, v[20:21]
	v_mov_b32_e32 v25, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s21
	v_readfirstlane_b32 s12, v7
	v_readfirstlane_b32 s13, v5
	s_mul_i32 s14, s8, s12
	s_mul_hi_u32 s16, s8, s13
	s_mul_i32 s15, s11, s13
	s_add_i32 s14, s16, s14
	s_add_i32 s14, s14, s15
	s_mul_i32 s22, s8, s13
	s_mul_i32 s16, s13, s14
	s_mul_hi_u32 s25, s13, s22
	s_mul_hi_u32 s15, s13, s14
	s_add_u32 s16, s25, s16
	s_addc_u32 s15, 0, s15
	s_mul_hi_u32 s25, s12, s22
	s_mul_i32 s22, s12, s22
	s_add_u32 s16, s16, s22
	s_addc_u32 s15, s15, s25
	s_mul_hi_u32 s16, s12, s14
	s_addc_u32 s16, s16, 0
	s_mul_i32 s14, s12, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s16
	s_add_u32 s13, s13, s14
	s_addc_u32 s12, s12, s15
	s_mul_i32 s14, s8, s13
	s_mul_i32 s22, s8, s12
	s_mul_hi_u32 s8, s8, s13
	s_add_i32 s8, s8, s22
	s_mul_i32 s11, s11, s13
	s_add_i32 s8, s8, s11
	s_mul_hi_u32 s15, s12, s14
	s_mul_i32 s16, s12, s14
	s_mul_i32 s22, s13, s8
	s_mul_hi_u32 s14, s13, s14
	s_mul_hi_u32 s11, s13, s8
	s_add_u32 s14, s14, s22
	s_addc_u32 s11, 0, s11
	s_add_u32 s14, s14, s16
	s_addc_u32 s11, s11, s15
	s_mul_hi_u32 s14, s12, s8
	s_addc_u32 s14, s14, 0
	s_mul_i32 s8, s12, s8
	s_add_u32 s8, s11, s8
	s_addc_u32 s11, 0, s14
	s_add_u32 s8, s13, s8
	s_addc_u32 s11, s12, s11
	v_xor_b32_e32 v7, v22, v20
	v_xor_b32_e32 v5, v23, v20
	v_mad_u64_u32 v[22:23], s[12:13], v7, s11, 0
	v_mul_hi_u32 v24, v7, s8
	v_lshl_add_u64 v[22:23], v[24:25], 0, v[22:23]
	v_mad_u64_u32 v[24:25], s[12:13], v5, s8, 0
	v_add_co_u32_e32 v9, vcc, v22, v24
	s_mov_b32 s8, 0
	s_nop 0
	v_addc_co_u32_e32 v22, vcc, v23, v25, vcc
	v_mad_u64_u32 v[24:25], s[12:13], v5, s11, 0
	s_nop 0
	v_addc_co_u32_e32 v25, vcc, 0, v25, vcc
	v_mov_b32_e32 v23, s8
	v_lshl_add_u64 v[22:23], v[22:23], 0, v[24:25]
	v_mul_lo_u32 v9, s21, v22
	v_mul_lo_u32 v11, s20, v23
	v_mad_u64_u32 v[22:23], s[12:13], s20, v22, 0
	v_add3_u32 v9, v23, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v22
                                        ; implicit-def: $vgpr22
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s20, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s21, v11
	v_cmp_le_u32_e32 vcc, s21, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s20, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s20, v7
	v_cndmask_b32_e64 v17, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s21, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[14:15]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s21, v5
	v_subrev_co_u32_e64 v15, s[14:15], s20, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v20
	v_sub_co_u32_e32 v20, vcc, v5, v20
.LBB0_40:                               ; %Flow792
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[18:19]
	s_cbranch_execz .LBB0_42
; %bb.41:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s8, 0, s78
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s8, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v22, v5
	v_mul_lo_u32 v5, v5, s78
	v_sub_u32_e32 v5, v22, v5
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v20, v5, v7, vcc
.LBB0_42:                               ; %.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s17, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v24, v34, s36, 18
	v_mov_b32_e32 v25, s37
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[12:13], -1, 0
                                        ; implicit-def: $vgpr22_vgpr23
	s_and_saveexec_b64 s[14:15], s[12:13]
	s_xor_b64 s[18:19], exec, s[14:15]
	s_cbranch_execz .LBB0_44
; %bb.43:
	s_ashr_i32 s12, s79, 31
	s_add_u32 s14, s78, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s79, s12
	s_xor_b64 s[20:21], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s20
	v_cvt_f32_u32_e32 v7, s21
	s_sub_u32 s8, 0, s20
	s_subb_u32 s11, 0, s21
	v_ashrrev_i32_e32 v22, 31, v25
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v23, v22
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[22:23]
	v_mov_b32_e32 v27, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s21
	v_readfirstlane_b32 s12, v7
	v_readfirstlane_b32 s13, v5
	s_mul_i32 s14, s8, s12
	s_mul_hi_u32 s16, s8, s13
	s_mul_i32 s15, s11, s13
	s_add_i32 s14, s16, s14
	s_add_i32 s14, s14, s15
	s_mul_i32 s22, s8, s13
	s_mul_i32 s16, s13, s14
	s_mul_hi_u32 s25, s13, s22
	s_mul_hi_u32 s15, s13, s14
	s_add_u32 s16, s25, s16
	s_addc_u32 s15, 0, s15
	s_mul_hi_u32 s25, s12, s22
	s_mul_i32 s22, s12, s22
	s_add_u32 s16, s16, s22
	s_addc_u32 s15, s15, s25
	s_mul_hi_u32 s16, s12, s14
	s_addc_u32 s16, s16, 0
	s_mul_i32 s14, s12, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s16
	s_add_u32 s13, s13, s14
	s_addc_u32 s12, s12, s15
	s_mul_i32 s14, s8, s13
	s_mul_i32 s22, s8, s12
	s_mul_hi_u32 s8, s8, s13
	s_add_i32 s8, s8, s22
	s_mul_i32 s11, s11, s13
	s_add_i32 s8, s8, s11
	s_mul_hi_u32 s15, s12, s14
	s_mul_i32 s16, s12, s14
	s_mul_i32 s22, s13, s8
	s_mul_hi_u32 s14, s13, s14
	s_mul_hi_u32 s11, s13, s8
	s_add_u32 s14, s14, s22
	s_addc_u32 s11, 0, s11
	s_add_u32 s14, s14, s16
	s_addc_u32 s11, s11, s15
	s_mul_hi_u32 s14, s12, s8
	s_addc_u32 s14, s14, 0
	s_mul_i32 s8, s12, s8
	s_add_u32 s8, s11, s8
	s_addc_u32 s11, 0, s14
	s_add_u32 s8, s13, s8
	s_addc_u32 s11, s12, s11
	v_xor_b32_e32 v7, v24, v22
	v_xor_b32_e32 v5, v25, v22
	v_mad_u64_u32 v[24:25], s[12:13], v7, s11, 0
	v_mul_hi_u32 v26, v7, s8
	v_lshl_add_u64 v[24:25], v[26:27], 0, v[24:25]
	v_mad_u64_u32 v[26:27], s[12:13], v5, s8, 0
	v_add_co_u32_e32 v9, vcc, v24, v26
	s_mov_b32 s8, 0
	s_nop 0
	v_addc_co_u32_e32 v24, vcc, v25, v27, vcc
	v_mad_u64_u32 v[26:27], s[12:13], v5, s11, 0
	s_nop 0
	v_addc_co_u32_e32 v27, vcc, 0, v27, vcc
	v_mov_b32_e32 v25, s8
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[26:27]
	v_mul_lo_u32 v9, s21, v24
	v_mul_lo_u32 v11, s20, v25
	v_mad_u64_u32 v[24:25], s[12:13], s20, v24, 0
	v_add3_u32 v9, v25, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v24
                                        ; implicit-def: $vgpr24
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s20, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s21, v11
	v_cmp_le_u32_e32 vcc, s21, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s20, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s20, v7
	v_cndmask_b32_e64 v17, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s21, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[14:15]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s21, v5
	v_subrev_co_u32_e64 v15, s[14:15], s20, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v22
	v_sub_co_u32_e32 v22, vcc, v5, v22
.LBB0_44:                               ; %Flow791
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[18:19]
	s_cbranch_execz .LBB0_46
; %bb.45:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s8, 0, s78
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s8, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v24, v5
	v_mul_lo_u32 v5, v5, s78
	v_sub_u32_e32 v5, v24, v5
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v22, v5, v7, vcc
.LBB0_46:                               ; %.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s17, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v26, v34, s36, 19
	v_mov_b32_e32 v27, s37
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[12:13], -1, 0
                                        ; implicit-def: $vgpr24_vgpr25
	s_and_saveexec_b64 s[14:15], s[12:13]
	s_xor_b64 s[18:19], exec, s[14:15]
	s_cbranch_execz .LBB0_48
; %bb.47:
	s_ashr_i32 s12, s79, 31
	s_add_u32 s14, s78, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s79, s12
	s_xor_b64 s[20:21], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s20
	v_cvt_f32_u32_e32 v7, s21
	s_sub_u32 s8, 0, s20
	s_subb_u32 s11, 0, s21
	v_ashrrev_i32_e32 v24, 31, v27
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v25, v24
	v_lshl_add_u64 v[26:27], v[26:27], 0, v[24:25]
	v_mov_b32_e32 v29, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s21
	v_readfirstlane_b32 s12, v7
	v_readfirstlane_b32 s13, v5
	s_mul_i32 s14, s8, s12
	s_mul_hi_u32 s16, s8, s13
	s_mul_i32 s15, s11, s13
	s_add_i32 s14, s16, s14
	s_add_i32 s14, s14, s15
	s_mul_i32 s22, s8, s13
	s_mul_i32 s16, s13, s14
	s_mul_hi_u32 s25, s13, s22
	s_mul_hi_u32 s15, s13, s14
	s_add_u32 s16, s25, s16
	s_addc_u32 s15, 0, s15
	s_mul_hi_u32 s25, s12, s22
	s_mul_i32 s22, s12, s22
	s_add_u32 s16, s16, s22
	s_addc_u32 s15, s15, s25
	s_mul_hi_u32 s16, s12, s14
	s_addc_u32 s16, s16, 0
	s_mul_i32 s14, s12, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s16
	s_add_u32 s13, s13, s14
	s_addc_u32 s12, s12, s15
	s_mul_i32 s14, s8, s13
	s_mul_i32 s22, s8, s12
	s_mul_hi_u32 s8, s8, s13
	s_add_i32 s8, s8, s22
	s_mul_i32 s11, s11, s13
	s_add_i32 s8, s8, s11
	s_mul_hi_u32 s15, s12, s14
	s_mul_i32 s16, s12, s14
	s_mul_i32 s22, s13, s8
	s_mul_hi_u32 s14, s13, s14
	s_mul_hi_u32 s11, s13, s8
	s_add_u32 s14, s14, s22
	s_addc_u32 s11, 0, s11
	s_add_u32 s14, s14, s16
	s_addc_u32 s11, s11, s15
	s_mul_hi_u32 s14, s12, s8
	s_addc_u32 s14, s14, 0
	s_mul_i32 s8, s12, s8
	s_add_u32 s8, s11, s8
	s_addc_u32 s11, 0, s14
	s_add_u32 s8, s13, s8
	s_addc_u32 s11, s12, s11
	v_xor_b32_e32 v7, v26, v24
	v_xor_b32_e32 v5, v27, v24
	v_mad_u64_u32 v[26:27], s[12:13], v7, s11, 0
	v_mul_hi_u32 v28, v7, s8
	v_lshl_add_u64 v[26:27], v[28:29], 0, v[26:27]
	v_mad_u64_u32 v[28:29], s[12:13], v5, s8, 0
	v_add_co_u32_e32 v9, vcc, v26, v28
	s_mov_b32 s8, 0
	s_nop 0
	v_addc_co_u32_e32 v26, vcc, v27, v29, vcc
	v_mad_u64_u32 v[28:29], s[12:13], v5, s11, 0
	s_nop 0
	v_addc_co_u32_e32 v29, vcc, 0, v29, vcc
	v_mov_b32_e32 v27, s8
	v_lshl_add_u64 v[26:27], v[26:27], 0, v[28:29]
	v_mul_lo_u32 v9, s21, v26
	v_mul_lo_u32 v11, s20, v27
	v_mad_u64_u32 v[26:27], s[12:13], s20, v26, 0
	v_add3_u32 v9, v27, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v26
                                        ; implicit-def: $vgpr26
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s20, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s21, v11
	v_cmp_le_u32_e32 vcc, s21, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s20, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s20, v7
	v_cndmask_b32_e64 v17, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s21, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[14:15]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s21, v5
	v_subrev_co_u32_e64 v15, s[14:15], s20, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v24
	v_sub_co_u32_e32 v24, vcc, v5, v24
.LBB0_48:                               ; %Flow790
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[18:19]
	s_cbranch_execz .LBB0_50
; %bb.49:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s8, 0, s78
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s8, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v26, v5
	v_mul_lo_u32 v5, v5, s78
	v_sub_u32_e32 v5, v26, v5
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v24, v5, v7, vcc
.LBB0_50:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s17, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v28, v34, s36, 24
	v_mov_b32_e32 v29, s37
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[12:13], -1, 0
                                        ; implicit-def: $vgpr26_vgpr27
	s_and_saveexec_b64 s[14:15], s[12:13]
	s_xor_b64 s[18:19], exec, s[14:15]
	s_cbranch_execz .LBB0_52
; %bb.51:
	s_ashr_i32 s12, s79, 31
	s_add_u32 s14, s78, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s79, s12
	s_xor_b64 s[20:21], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s20
	v_cvt_f32_u32_e32 v7, s21
	s_sub_u32 s8, 0, s20
	s_subb_u32 s11, 0, s21
	v_ashrrev_i32_e32 v26, 31, v29
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v27, v26
	v_lshl_add_u64 v[28:29], v[28:29], 0, v[26:27]
	v_mov_b32_e32 v31, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s21
	v_readfirstlane_b32 s12, v7
	v_readfirstlane_b32 s13, v5
	s_mul_i32 s14, s8, s12
	s_mul_hi_u32 s16, s8, s13
	s_mul_i32 s15, s11, s13
	s_add_i32 s14, s16, s14
	s_add_i32 s14, s14, s15
	s_mul_i32 s22, s8, s13
	s_mul_i32 s16, s13, s14
	s_mul_hi_u32 s25, s13, s22
	s_mul_hi_u32 s15, s13, s14
	s_add_u32 s16, s25, s16
	s_addc_u32 s15, 0, s15
	s_mul_hi_u32 s25, s12, s22
	s_mul_i32 s22, s12, s22
	s_add_u32 s16, s16, s22
	s_addc_u32 s15, s15, s25
	s_mul_hi_u32 s16, s12, s14
	s_addc_u32 s16, s16, 0
	s_mul_i32 s14, s12, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s16
	s_add_u32 s13, s13, s14
	s_addc_u32 s12, s12, s15
	s_mul_i32 s14, s8, s13
	s_mul_i32 s22, s8, s12
	s_mul_hi_u32 s8, s8, s13
	s_add_i32 s8, s8, s22
	s_mul_i32 s11, s11, s13
	s_add_i32 s8, s8, s11
	s_mul_hi_u32 s15, s12, s14
	s_mul_i32 s16, s12, s14
	s_mul_i32 s22, s13, s8
	s_mul_hi_u32 s14, s13, s14
	s_mul_hi_u32 s11, s13, s8
	s_add_u32 s14, s14, s22
	s_addc_u32 s11, 0, s11
	s_add_u32 s14, s14, s16
	s_addc_u32 s11, s11, s15
	s_mul_hi_u32 s14, s12, s8
	s_addc_u32 s14, s14, 0
	s_mul_i32 s8, s12, s8
	s_add_u32 s8, s11, s8
	s_addc_u32 s11, 0, s14
	s_add_u32 s8, s13, s8
	s_addc_u32 s11, s12, s11
	v_xor_b32_e32 v7, v28, v26
	v_xor_b32_e32 v5, v29, v26
	v_mad_u64_u32 v[28:29], s[12:13], v7, s11, 0
	v_mul_hi_u32 v30, v7, s8
	v_lshl_add_u64 v[28:29], v[30:31], 0, v[28:29]
	v_mad_u64_u32 v[30:31], s[12:13], v5, s8, 0
	v_add_co_u32_e32 v9, vcc, v28, v30
	s_mov_b32 s8, 0
	s_nop 0
	v_addc_co_u32_e32 v28, vcc, v29, v31, vcc
	v_mad_u64_u32 v[30:31], s[12:13], v5, s11, 0
	s_nop 0
	v_addc_co_u32_e32 v31, vcc, 0, v31, vcc
	v_mov_b32_e32 v29, s8
	v_lshl_add_u64 v[28:29], v[28:29], 0, v[30:31]
	v_mul_lo_u32 v9, s21, v28
	v_mul_lo_u32 v11, s20, v29
	v_mad_u64_u32 v[28:29], s[12:13], s20, v28, 0
	v_add3_u32 v9, v29, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v28
                                        ; implicit-def: $vgpr28
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s20, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s21, v11
	v_cmp_le_u32_e32 vcc, s21, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s20, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s20, v7
	v_cndmask_b32_e64 v17, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s21, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[14:15]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s21, v5
	v_subrev_co_u32_e64 v15, s[14:15], s20, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v26
	v_sub_co_u32_e32 v26, vcc, v5, v26
.LBB0_52:                               ; %Flow789
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[18:19]
	s_cbranch_execz .LBB0_54
; %bb.53:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s8, 0, s78
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s8, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v28, v5
	v_mul_lo_u32 v5, v5, s78
	v_sub_u32_e32 v5, v28, v5
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v26, v5, v7, vcc
.LBB0_54:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s17, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v30, v34, s36, 25
	v_mov_b32_e32 v31, s37
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[12:13], -1, 0
                                        ; implicit-def: $vgpr28_vgpr29
	s_and_saveexec_b64 s[14:15], s[12:13]
	s_xor_b64 s[18:19], exec, s[14:15]
	s_cbranch_execz .LBB0_56
; %bb.55:
	s_ashr_i32 s12, s79, 31
	s_add_u32 s14, s78, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s79, s12
	s_xor_b64 s[20:21], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s20
	v_cvt_f32_u32_e32 v7, s21
	s_sub_u32 s8, 0, s20
	s_subb_u32 s11, 0, s21
	v_ashrrev_i32_e32 v28, 31, v31
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v29, v28
	v_lshl_add_u64 v[30:31], v[30:31], 0, v[28:29]
	v_mov_b32_e32 v33, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s21
	v_readfirstlane_b32 s12, v7
	v_readfirstlane_b32 s13, v5
	s_mul_i32 s14, s8, s12
	s_mul_hi_u32 s16, s8, s13
	s_mul_i32 s15, s11, s13
	s_add_i32 s14, s16, s14
	s_add_i32 s14, s14, s15
	s_mul_i32 s22, s8, s13
	s_mul_i32 s16, s13, s14
	s_mul_hi_u32 s25, s13, s22
	s_mul_hi_u32 s15, s13, s14
	s_add_u32 s16, s25, s16
	s_addc_u32 s15, 0, s15
	s_mul_hi_u32 s25, s12, s22
	s_mul_i32 s22, s12, s22
	s_add_u32 s16, s16, s22
	s_addc_u32 s15, s15, s25
	s_mul_hi_u32 s16, s12, s14
	s_addc_u32 s16, s16, 0
	s_mul_i32 s14, s12, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s16
	s_add_u32 s13, s13, s14
	s_addc_u32 s12, s12, s15
	s_mul_i32 s14, s8, s13
	s_mul_i32 s22, s8, s12
	s_mul_hi_u32 s8, s8, s13
	s_add_i32 s8, s8, s22
	s_mul_i32 s11, s11, s13
	s_add_i32 s8, s8, s11
	s_mul_hi_u32 s15, s12, s14
	s_mul_i32 s16, s12, s14
	s_mul_i32 s22, s13, s8
	s_mul_hi_u32 s14, s13, s14
	s_mul_hi_u32 s11, s13, s8
	s_add_u32 s14, s14, s22
	s_addc_u32 s11, 0, s11
	s_add_u32 s14, s14, s16
	s_addc_u32 s11, s11, s15
	s_mul_hi_u32 s14, s12, s8
	s_addc_u32 s14, s14, 0
	s_mul_i32 s8, s12, s8
	s_add_u32 s8, s11, s8
	s_addc_u32 s11, 0, s14
	s_add_u32 s8, s13, s8
	s_addc_u32 s11, s12, s11
	v_xor_b32_e32 v7, v30, v28
	v_xor_b32_e32 v5, v31, v28
	v_mad_u64_u32 v[30:31], s[12:13], v7, s11, 0
	v_mul_hi_u32 v32, v7, s8
	v_lshl_add_u64 v[30:31], v[32:33], 0, v[30:31]
	v_mad_u64_u32 v[32:33], s[12:13], v5, s8, 0
	v_add_co_u32_e32 v9, vcc, v30, v32
	s_mov_b32 s8, 0
	s_nop 0
	v_addc_co_u32_e32 v30, vcc, v31, v33, vcc
	v_mad_u64_u32 v[32:33], s[12:13], v5, s11, 0
	s_nop 0
	v_addc_co_u32_e32 v33, vcc, 0, v33, vcc
	v_mov_b32_e32 v31, s8
	v_lshl_add_u64 v[30:31], v[30:31], 0, v[32:33]
	v_mul_lo_u32 v9, s21, v30
	v_mul_lo_u32 v11, s20, v31
	v_mad_u64_u32 v[30:31], s[12:13], s20, v30, 0
	v_add3_u32 v9, v31, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v30
                                        ; implicit-def: $vgpr30
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s20, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s21, v11
	v_cmp_le_u32_e32 vcc, s21, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s20, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s20, v7
	v_cndmask_b32_e64 v17, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s21, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[14:15]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s21, v5
	v_subrev_co_u32_e64 v15, s[14:15], s20, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v28
	v_sub_co_u32_e32 v28, vcc, v5, v28
.LBB0_56:                               ; %Flow788
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[18:19]
	s_cbranch_execz .LBB0_58
; %bb.57:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s8, 0, s78
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s8, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v30, v5
	v_mul_lo_u32 v5, v5, s78
	v_sub_u32_e32 v5, v30, v5
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v28, v5, v7, vcc
.LBB0_58:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s17, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v32, v34, s36, 26
	v_mov_b32_e32 v33, s37
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[12:13], -1, 0
                                        ; implicit-def: $vgpr30_vgpr31
	s_and_saveexec_b64 s[14:15], s[12:13]
	s_xor_b64 s[18:19], exec, s[14:15]
	s_cbranch_execz .LBB0_60
; %bb.59:
	s_ashr_i32 s12, s79, 31
	s_add_u32 s14, s78, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s79, s12
	s_xor_b64 s[20:21], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s20
	v_cvt_f32_u32_e32 v7, s21
	s_sub_u32 s8, 0, s20
	s_subb_u32 s11, 0, s21
	v_ashrrev_i32_e32 v30, 31, v33
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v31, v30
	v_lshl_add_u64 v[32:33], v[32:33], 0, v[30:31]
	v_mov_b32_e32 v37, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s21
	v_readfirstlane_b32 s12, v7
	v_readfirstlane_b32 s13, v5
	s_mul_i32 s14, s8, s12
	s_mul_hi_u32 s16, s8, s13
	s_mul_i32 s15, s11, s13
	s_add_i32 s14, s16, s14
	s_add_i32 s14, s14, s15
	s_mul_i32 s22, s8, s13
	s_mul_i32 s16, s13, s14
	s_mul_hi_u32 s25, s13, s22
	s_mul_hi_u32 s15, s13, s14
	s_add_u32 s16, s25, s16
	s_addc_u32 s15, 0, s15
	s_mul_hi_u32 s25, s12, s22
	s_mul_i32 s22, s12, s22
	s_add_u32 s16, s16, s22
	s_addc_u32 s15, s15, s25
	s_mul_hi_u32 s16, s12, s14
	s_addc_u32 s16, s16, 0
	s_mul_i32 s14, s12, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s16
	s_add_u32 s13, s13, s14
	s_addc_u32 s12, s12, s15
	s_mul_i32 s14, s8, s13
	s_mul_i32 s22, s8, s12
	s_mul_hi_u32 s8, s8, s13
	s_add_i32 s8, s8, s22
	s_mul_i32 s11, s11, s13
	s_add_i32 s8, s8, s11
	s_mul_hi_u32 s15, s12, s14
	s_mul_i32 s16, s12, s14
	s_mul_i32 s22, s13, s8
	s_mul_hi_u32 s14, s13, s14
	s_mul_hi_u32 s11, s13, s8
	s_add_u32 s14, s14, s22
	s_addc_u32 s11, 0, s11
	s_add_u32 s14, s14, s16
	s_addc_u32 s11, s11, s15
	s_mul_hi_u32 s14, s12, s8
	s_addc_u32 s14, s14, 0
	s_mul_i32 s8, s12, s8
	s_add_u32 s8, s11, s8
	s_addc_u32 s11, 0, s14
	s_add_u32 s8, s13, s8
	s_addc_u32 s11, s12, s11
	v_xor_b32_e32 v7, v32, v30
	v_xor_b32_e32 v5, v33, v30
	v_mad_u64_u32 v[32:33], s[12:13], v7, s11, 0
	v_mul_hi_u32 v36, v7, s8
	v_lshl_add_u64 v[32:33], v[36:37], 0, v[32:33]
	v_mad_u64_u32 v[36:37], s[12:13], v5, s8, 0
	v_add_co_u32_e32 v9, vcc, v32, v36
	s_mov_b32 s8, 0
	s_nop 0
	v_addc_co_u32_e32 v32, vcc, v33, v37, vcc
	v_mad_u64_u32 v[36:37], s[12:13], v5, s11, 0
	s_nop 0
	v_addc_co_u32_e32 v37, vcc, 0, v37, vcc
	v_mov_b32_e32 v33, s8
	v_lshl_add_u64 v[32:33], v[32:33], 0, v[36:37]
	v_mul_lo_u32 v9, s21, v32
	v_mul_lo_u32 v11, s20, v33
	v_mad_u64_u32 v[32:33], s[12:13], s20, v32, 0
	v_add3_u32 v9, v33, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v32
                                        ; implicit-def: $vgpr32
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s20, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s21, v11
	v_cmp_le_u32_e32 vcc, s21, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s20, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s20, v7
	v_cndmask_b32_e64 v17, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s21, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[14:15]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s21, v5
	v_subrev_co_u32_e64 v15, s[14:15], s20, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v30
	v_sub_co_u32_e32 v30, vcc, v5, v30
.LBB0_60:                               ; %Flow787
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[18:19]
	s_cbranch_execz .LBB0_62
; %bb.61:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s8, 0, s78
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s8, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v32, v5
	v_mul_lo_u32 v5, v5, s78
	v_sub_u32_e32 v5, v32, v5
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v30, v5, v7, vcc
.LBB0_62:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s17, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v32, v34, s36, 27
	v_mov_b32_e32 v33, s37
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[12:13], -1, 0
                                        ; implicit-def: $vgpr208_vgpr209
	s_and_saveexec_b64 s[14:15], s[12:13]
	s_xor_b64 s[16:17], exec, s[14:15]
	s_cbranch_execz .LBB0_64
; %bb.63:
	s_ashr_i32 s12, s79, 31
	s_add_u32 s14, s78, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s79, s12
	s_xor_b64 s[18:19], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s18
	v_cvt_f32_u32_e32 v7, s19
	s_sub_u32 s8, 0, s18
	s_subb_u32 s11, 0, s19
	v_ashrrev_i32_e32 v34, 31, v33
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v35, v34
	v_lshl_add_u64 v[32:33], v[32:33], 0, v[34:35]
	v_mov_b32_e32 v37, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s19
	v_readfirstlane_b32 s12, v7
	v_readfirstlane_b32 s13, v5
	s_mul_i32 s14, s8, s12
	s_mul_hi_u32 s20, s8, s13
	s_mul_i32 s15, s11, s13
	s_add_i32 s14, s20, s14
	s_add_i32 s14, s14, s15
	s_mul_i32 s21, s8, s13
	s_mul_i32 s20, s13, s14
	s_mul_hi_u32 s22, s13, s21
	s_mul_hi_u32 s15, s13, s14
	s_add_u32 s20, s22, s20
	s_addc_u32 s15, 0, s15
	s_mul_hi_u32 s22, s12, s21
	s_mul_i32 s21, s12, s21
	s_add_u32 s20, s20, s21
	s_addc_u32 s15, s15, s22
	s_mul_hi_u32 s20, s12, s14
	s_addc_u32 s20, s20, 0
	s_mul_i32 s14, s12, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s20
	s_add_u32 s13, s13, s14
	s_addc_u32 s12, s12, s15
	s_mul_i32 s14, s8, s13
	s_mul_i32 s21, s8, s12
	s_mul_hi_u32 s8, s8, s13
	s_add_i32 s8, s8, s21
	s_mul_i32 s11, s11, s13
	s_add_i32 s8, s8, s11
	s_mul_hi_u32 s15, s12, s14
	s_mul_i32 s20, s12, s14
	s_mul_i32 s21, s13, s8
	s_mul_hi_u32 s14, s13, s14
	s_mul_hi_u32 s11, s13, s8
	s_add_u32 s14, s14, s21
	s_addc_u32 s11, 0, s11
	s_add_u32 s14, s14, s20
	s_addc_u32 s11, s11, s15
	s_mul_hi_u32 s14, s12, s8
	s_addc_u32 s14, s14, 0
	s_mul_i32 s8, s12, s8
	s_add_u32 s8, s11, s8
	s_addc_u32 s11, 0, s14
	s_add_u32 s8, s13, s8
	s_addc_u32 s11, s12, s11
	v_xor_b32_e32 v7, v32, v34
	v_xor_b32_e32 v5, v33, v34
	v_mad_u64_u32 v[32:33], s[12:13], v7, s11, 0
	v_mul_hi_u32 v36, v7, s8
	v_lshl_add_u64 v[32:33], v[36:37], 0, v[32:33]
	v_mad_u64_u32 v[36:37], s[12:13], v5, s8, 0
	v_add_co_u32_e32 v9, vcc, v32, v36
	s_mov_b32 s8, 0
	s_nop 0
	v_addc_co_u32_e32 v32, vcc, v33, v37, vcc
	v_mad_u64_u32 v[36:37], s[12:13], v5, s11, 0
	s_nop 0
	v_addc_co_u32_e32 v37, vcc, 0, v37, vcc
	v_mov_b32_e32 v33, s8
	v_lshl_add_u64 v[32:33], v[32:33], 0, v[36:37]
	v_mul_lo_u32 v9, s19, v32
	v_mul_lo_u32 v11, s18, v33
	v_mad_u64_u32 v[32:33], s[12:13], s18, v32, 0
	v_add3_u32 v9, v33, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v32
                                        ; implicit-def: $vgpr32
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s18, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s19, v11
	v_cmp_le_u32_e32 vcc, s19, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s18, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s18, v7
	v_cndmask_b32_e64 v17, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s19, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[14:15]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s19, v5
	v_subrev_co_u32_e64 v15, s[14:15], s18, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v34
	v_sub_co_u32_e32 v208, vcc, v5, v34
.LBB0_64:                               ; %Flow786
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_66
; %bb.65:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s8, 0, s78
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s8, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v32, v5
	v_mul_lo_u32 v5, v5, s78
	v_sub_u32_e32 v5, v32, v5
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s78, v5
	v_cmp_le_u32_e32 vcc, s78, v5
	s_nop 1
	v_cndmask_b32_e32 v208, v5, v7, vcc
.LBB0_66:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	v_accvgpr_read_b32 v33, a129
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_or_b32_e32 v5, s79, v33
	v_accvgpr_read_b32 v32, a128
	v_cmp_ne_u32_e32 vcc, 0, v5
                                        ; implicit-def: $vgpr32_vgpr33
	s_and_saveexec_b64 s[12:13], vcc
	s_xor_b64 s[18:19], exec, s[12:13]
	s_cbranch_execz .LBB0_68
; %bb.67:
	s_ashr_i32 s12, s79, 31
	s_add_u32 s14, s78, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s79, s12
	s_xor_b64 s[20:21], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v3, s20
	v_cvt_f32_u32_e32 v5, s21
	s_sub_u32 s8, 0, s20
	s_subb_u32 s11, 0, s21
	v_accvgpr_read_b32 v33, a129
	v_fmamk_f32 v3, v5, 0x4f800000, v3
	v_rcp_f32_e32 v3, v3
	v_ashrrev_i32_e32 v34, 31, v33
	v_accvgpr_read_b32 v32, a128
	v_mov_b32_e32 v35, v34
	v_mul_f32_e32 v3, 0x5f7ffffc, v3
	v_mul_f32_e32 v5, 0x2f800000, v3
	v_trunc_f32_e32 v5, v5
	v_fmamk_f32 v3, v5, 0xcf800000, v3
	v_cvt_u32_f32_e32 v5, v5
	v_cvt_u32_f32_e32 v3, v3
	v_lshl_add_u64 v[32:33], v[32:33], 0, v[34:35]
	v_mov_b32_e32 v37, 0
	v_readfirstlane_b32 s12, v5
	v_readfirstlane_b32 s13, v3
	s_mul_i32 s14, s8, s12
	s_mul_hi_u32 s16, s8, s13
	s_mul_i32 s15, s11, s13
	s_add_i32 s14, s16, s14
	s_add_i32 s14, s14, s15
	s_mul_i32 s17, s8, s13
	s_mul_i32 s16, s13, s14
	s_mul_hi_u32 s22, s13, s17
	s_mul_hi_u32 s15, s13, s14
	s_add_u32 s16, s22, s16
	s_addc_u32 s15, 0, s15
	s_mul_hi_u32 s22, s12, s17
	s_mul_i32 s17, s12, s17
	s_add_u32 s16, s16, s17
	s_addc_u32 s15, s15, s22
	s_mul_hi_u32 s16, s12, s14
	s_addc_u32 s16, s16, 0
	s_mul_i32 s14, s12, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s16
	s_add_u32 s13, s13, s14
	s_addc_u32 s12, s12, s15
	s_mul_i32 s14, s8, s13
	s_mul_i32 s17, s8, s12
	s_mul_hi_u32 s8, s8, s13
	s_add_i32 s8, s8, s17
	s_mul_i32 s11, s11, s13
	s_add_i32 s8, s8, s11
	s_mul_hi_u32 s15, s12, s14
	s_mul_i32 s16, s12, s14
	s_mul_i32 s17, s13, s8
	s_mul_hi_u32 s14, s13, s14
	s_mul_hi_u32 s11, s13, s8
	s_add_u32 s14, s14, s17
	s_addc_u32 s11, 0, s11
	s_add_u32 s14, s14, s16
	s_addc_u32 s11, s11, s15
	s_mul_hi_u32 s14, s12, s8
	s_addc_u32 s14, s14, 0
	s_mul_i32 s8, s12, s8
	s_add_u32 s8, s11, s8
	s_addc_u32 s11, 0, s14
	s_add_u32 s8, s13, s8
	s_addc_u32 s11, s12, s11
	v_xor_b32_e32 v5, v32, v34
	v_xor_b32_e32 v3, v33, v34
	v_mad_u64_u32 v[32:33], s[12:13], v5, s11, 0
	v_mul_hi_u32 v36, v5, s8
	v_lshl_add_u64 v[32:33], v[36:37], 0, v[32:33]
	v_mad_u64_u32 v[36:37], s[12:13], v3, s8, 0
	v_add_co_u32_e32 v7, vcc, v32, v36
	s_mov_b32 s8, 0
	s_nop 0
	v_addc_co_u32_e32 v32, vcc, v33, v37, vcc
	v_mad_u64_u32 v[36:37], s[12:13], v3, s11, 0
	s_nop 0
	v_addc_co_u32_e32 v37, vcc, 0, v37, vcc
	v_mov_b32_e32 v33, s8
	v_lshl_add_u64 v[32:33], v[32:33], 0, v[36:37]
	v_mul_lo_u32 v7, s21, v32
	v_mul_lo_u32 v9, s20, v33
	v_mad_u64_u32 v[32:33], s[12:13], s20, v32, 0
	v_add3_u32 v7, v33, v9, v7
	v_sub_u32_e32 v9, v3, v7
	v_mov_b32_e32 v11, s21
	v_sub_co_u32_e32 v5, vcc, v5, v32
	s_nop 1
	v_subb_co_u32_e64 v9, s[14:15], v9, v11, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s20, v5
	v_subb_co_u32_e32 v3, vcc, v3, v7, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v15, s[16:17], 0, v9, s[14:15]
	v_cmp_le_u32_e64 s[16:17], s21, v15
	v_subb_co_u32_e64 v9, s[14:15], v9, v11, s[14:15]
	s_nop 0
	v_cndmask_b32_e64 v17, 0, -1, s[16:17]
	v_cmp_le_u32_e64 s[16:17], s20, v13
	v_subrev_co_u32_e64 v11, s[14:15], s20, v13
	s_nop 0
	v_cndmask_b32_e64 v19, 0, -1, s[16:17]
	v_cmp_eq_u32_e64 s[16:17], s21, v15
	v_subbrev_co_u32_e64 v9, s[14:15], 0, v9, s[14:15]
	s_nop 0
	v_cndmask_b32_e64 v17, v17, v19, s[16:17]
	v_cmp_le_u32_e32 vcc, s21, v3
	v_cmp_ne_u32_e64 s[14:15], 0, v17
	s_nop 0
	v_cndmask_b32_e64 v7, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s20, v5
	v_cndmask_b32_e64 v9, v15, v9, s[14:15]
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s21, v3
	s_nop 1
	v_cndmask_b32_e32 v7, v7, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v7
	v_cndmask_b32_e64 v7, v13, v11, s[14:15]
	s_nop 0
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_cndmask_b32_e32 v3, v3, v9, vcc
	v_xor_b32_e32 v5, v5, v34
	v_xor_b32_e32 v3, v3, v34
	v_sub_co_u32_e32 v32, vcc, v5, v34
	s_nop 1
	v_subb_co_u32_e32 v33, vcc, v3, v34, vcc
                                        ; implicit-def: $vgpr3
.LBB0_68:                               ; %Flow785
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_saveexec_b64 s[14:15], s[18:19]
	s_load_dword s20, s[0:1], 0x4c
	s_load_dwordx2 s[16:17], s[0:1], 0x58
	s_xor_b64 exec, exec, s[14:15]
	s_cbranch_execz .LBB0_70
; %bb.69:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v3, v3
	s_sub_i32 s8, 0, s78
	v_accvgpr_read_b32 v32, a128
	v_accvgpr_read_b32 v33, a129
	v_mul_f32_e32 v3, 0x4f7ffffe, v3
	v_cvt_u32_f32_e32 v3, v3
	v_mov_b32_e32 v33, 0
	v_mul_lo_u32 v5, s8, v3
	v_mul_hi_u32 v5, v3, v5
	v_add_u32_e32 v3, v3, v5
	v_mul_hi_u32 v3, v32, v3
	v_mul_lo_u32 v3, v3, s78
	v_sub_u32_e32 v3, v32, v3
	v_subrev_u32_e32 v5, s78, v3
	v_cmp_le_u32_e32 vcc, s78, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v5, vcc
	v_subrev_u32_e32 v5, s78, v3
	v_cmp_le_u32_e32 vcc, s78, v3
	s_nop 1
	v_cndmask_b32_e32 v32, v3, v5, vcc
.LBB0_70:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	v_readlane_b32 s11, v254, 2
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s8, s11, 31
	s_lshr_b32 s8, s8, 29
	s_add_i32 s8, s11, s8
	s_ashr_i32 s8, s8, 3
	s_waitcnt lgkmcnt(0)
	s_mul_hi_i32 s11, s8, s16
	s_mul_i32 s8, s8, s16
	v_accvgpr_read_b32 v3, a135
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s8
	.loc	1 104 66                        ; fused_moe.py:104:66
	v_mul_lo_u32 v34, v3, s17
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_addc_u32 s13, s3, s11
.Ltmp11:
	.loc	2 43 13 is_stmt 1               ; standard.py:43:13 @[ fused_moe.py:117:23 ]
	s_add_i32 s8, s20, 0x7f
.Ltmp12:
	.loc	1 104 23                        ; fused_moe.py:104:23
	v_ashrrev_i32_e32 v35, 31, v34
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cmpk_gt_i32 s8, 0x7f
	.loc	1 119 57                        ; fused_moe.py:119:57
	v_cmp_gt_i32_e32 vcc, s20, v3
	.loc	1 104 14                        ; fused_moe.py:104:14
	v_lshl_add_u64 v[36:37], s[12:13], 0, v[34:35]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cselect_b64 s[14:15], -1, 0
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b64 s[12:13], vcc, s[44:45]
	v_accvgpr_write_b32 a137, v37
	v_accvgpr_write_b32 a136, v36
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	v_mov_b32_e32 v3, 0
	v_mov_b32_e32 v42, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_72
; %bb.71:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_read_b32 v36, a136
	v_accvgpr_read_b32 v37, a137
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v42, v[36:37], off
.LBB0_72:
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v254, 3
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[36:37], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v254, 4
	v_readlane_b32 s13, v254, 5
	s_and_b64 s[12:13], vcc, s[12:13]
	v_accvgpr_write_b32 a139, v37
	v_accvgpr_write_b32 a138, v36
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_74
; %bb.73:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_read_b32 v36, a138
	v_accvgpr_read_b32 v37, a139
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v3, v[36:37], off
.LBB0_74:
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v254, 6
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[36:37], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v254, 7
	v_readlane_b32 s13, v254, 8
	s_and_b64 s[12:13], vcc, s[12:13]
	v_accvgpr_write_b32 a141, v37
	v_accvgpr_write_b32 a140, v36
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	v_mov_b32_e32 v43, 0
	v_mov_b32_e32 v45, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_76
; %bb.75:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_read_b32 v36, a140
	v_accvgpr_read_b32 v37, a141
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v45, v[36:37], off
.LBB0_76:
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v254, 9
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[36:37], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v254, 10
	v_readlane_b32 s13, v254, 11
	s_and_b64 s[12:13], vcc, s[12:13]
	v_accvgpr_write_b32 a143, v37
	v_accvgpr_write_b32 a142, v36
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_78
; %bb.77:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_read_b32 v36, a142
	v_accvgpr_read_b32 v37, a143
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v43, v[36:37], off
.LBB0_78:
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v254, 12
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[36:37], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v254, 13
	v_readlane_b32 s13, v254, 14
	s_and_b64 s[12:13], vcc, s[12:13]
	v_accvgpr_write_b32 a145, v37
	v_accvgpr_write_b32 a144, v36
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	v_mov_b32_e32 v218, 0
	v_mov_b32_e32 v219, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_80
; %bb.79:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_read_b32 v36, a144
	v_accvgpr_read_b32 v37, a145
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v219, v[36:37], off
.LBB0_80:
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v254, 15
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[36:37], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v254, 16
	v_readlane_b32 s13, v254, 17
	s_and_b64 s[12:13], vcc, s[12:13]
	v_accvgpr_write_b32 a147, v37
	v_accvgpr_write_b32 a146, v36
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_82
; %bb.81:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_read_b32 v36, a146
	v_accvgpr_read_b32 v37, a147
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v218, v[36:37], off
.LBB0_82:
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v254, 18
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[36:37], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v254, 19
	v_readlane_b32 s13, v254, 20
	s_and_b64 s[12:13], vcc, s[12:13]
	v_accvgpr_write_b32 a149, v37
	v_accvgpr_write_b32 a148, v36
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	v_mov_b32_e32 v220, 0
	v_mov_b32_e32 v221, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_84
; %bb.83:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_read_b32 v36, a148
	v_accvgpr_read_b32 v37, a149
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v221, v[36:37], off
.LBB0_84:
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v254, 21
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[36:37], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v254, 22
	v_readlane_b32 s13, v254, 23
	s_and_b64 s[12:13], vcc, s[12:13]
	v_accvgpr_write_b32 a151, v37
	v_accvgpr_write_b32 a150, v36
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_86
; %bb.85:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_read_b32 v36, a150
	v_accvgpr_read_b32 v37, a151
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v220, v[36:37], off
.LBB0_86:
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v254, 24
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[36:37], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v254, 25
	v_readlane_b32 s13, v254, 26
	s_and_b64 s[12:13], vcc, s[12:13]
	v_accvgpr_write_b32 a153, v37
	v_accvgpr_write_b32 a152, v36
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	v_mov_b32_e32 v222, 0
	v_mov_b32_e32 v223, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_88
; %bb.87:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_read_b32 v36, a152
	v_accvgpr_read_b32 v37, a153
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v223, v[36:37], off
.LBB0_88:
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v254, 27
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[36:37], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v254, 28
	v_readlane_b32 s13, v254, 29
	s_and_b64 s[12:13], vcc, s[12:13]
	v_accvgpr_write_b32 a155, v37
	v_accvgpr_write_b32 a154, v36
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_90
; %bb.89:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_read_b32 v36, a154
	v_accvgpr_read_b32 v37, a155
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v222, v[36:37], off
.LBB0_90:
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v254, 30
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[36:37], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v254, 31
	v_readlane_b32 s13, v254, 32
	s_and_b64 s[12:13], vcc, s[12:13]
	v_accvgpr_write_b32 a157, v37
	v_accvgpr_write_b32 a156, v36
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	v_mov_b32_e32 v226, 0
	v_mov_b32_e32 v227, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_92
; %bb.91:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_read_b32 v36, a156
	v_accvgpr_read_b32 v37, a157
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v227, v[36:37], off
.LBB0_92:
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v254, 33
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[36:37], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v254, 34
	v_readlane_b32 s13, v254, 35
	s_and_b64 s[12:13], vcc, s[12:13]
	v_accvgpr_write_b32 a159, v37
	v_accvgpr_write_b32 a158, v36
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_94
; %bb.93:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_read_b32 v36, a158
	v_accvgpr_read_b32 v37, a159
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v226, v[36:37], off
.LBB0_94:
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v254, 36
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[36:37], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v254, 37
	v_readlane_b32 s13, v254, 38
	s_and_b64 s[12:13], vcc, s[12:13]
	v_accvgpr_write_b32 a161, v37
	v_accvgpr_write_b32 a160, v36
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	v_mov_b32_e32 v228, 0
	v_mov_b32_e32 v229, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_96
; %bb.95:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_read_b32 v36, a160
	v_accvgpr_read_b32 v37, a161
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v229, v[36:37], off
.LBB0_96:
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v254, 39
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[36:37], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v254, 40
	v_readlane_b32 s13, v254, 41
	s_and_b64 s[12:13], vcc, s[12:13]
	v_accvgpr_write_b32 a163, v37
	v_accvgpr_write_b32 a162, v36
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_98
; %bb.97:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_read_b32 v36, a162
	v_accvgpr_read_b32 v37, a163
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v228, v[36:37], off
.LBB0_98:
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v254, 42
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[36:37], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v254, 43
	v_readlane_b32 s13, v254, 44
	s_and_b64 s[12:13], vcc, s[12:13]
	v_accvgpr_write_b32 a165, v37
	v_accvgpr_write_b32 a164, v36
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	v_mov_b32_e32 v230, 0
	v_mov_b32_e32 v231, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_100
; %bb.99:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_read_b32 v36, a164
	v_accvgpr_read_b32 v37, a165
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v231, v[36:37], off
.LBB0_100:
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v254, 45
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[36:37], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v254, 46
	v_readlane_b32 s13, v254, 47
	s_and_b64 s[12:13], vcc, s[12:13]
	v_accvgpr_write_b32 a167, v37
	v_accvgpr_write_b32 a166, v36
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_102
; %bb.101:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_read_b32 v36, a166
	v_accvgpr_read_b32 v37, a167
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v230, v[36:37], off
.LBB0_102:
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v254, 48
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[70:71], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v254, 49
	v_readlane_b32 s13, v254, 50
	s_and_b64 s[12:13], vcc, s[12:13]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	v_mov_b32_e32 v232, 0
	v_mov_b32_e32 v233, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_104
; %bb.103:
	global_load_ubyte v233, v[70:71], off
.LBB0_104:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v254, 51
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[72:73], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v254, 52
	v_readlane_b32 s13, v254, 53
	s_and_b64 s[12:13], vcc, s[12:13]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_106
; %bb.105:
	global_load_ubyte v232, v[72:73], off
.LBB0_106:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v254, 54
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[74:75], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v254, 55
	v_readlane_b32 s13, v254, 56
	s_and_b64 s[12:13], vcc, s[12:13]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	v_mov_b32_e32 v234, 0
	v_mov_b32_e32 v235, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_108
; %bb.107:
	global_load_ubyte v235, v[74:75], off
.LBB0_108:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v254, 57
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[76:77], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v254, 58
	v_readlane_b32 s13, v254, 59
	s_and_b64 s[12:13], vcc, s[12:13]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_110
; %bb.109:
	global_load_ubyte v234, v[76:77], off
.LBB0_110:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v254, 60
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[78:79], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v254, 61
	v_readlane_b32 s13, v254, 62
	s_and_b64 s[12:13], vcc, s[12:13]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	v_mov_b32_e32 v236, 0
	v_mov_b32_e32 v237, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_112
; %bb.111:
	global_load_ubyte v237, v[78:79], off
.LBB0_112:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v254, 63
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[80:81], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v255, 0
	v_readlane_b32 s13, v255, 1
	s_and_b64 s[12:13], vcc, s[12:13]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_114
; %bb.113:
	global_load_ubyte v236, v[80:81], off
.LBB0_114:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v255, 2
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[82:83], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v255, 3
	v_readlane_b32 s13, v255, 4
	s_and_b64 s[12:13], vcc, s[12:13]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	v_mov_b32_e32 v240, 0
	v_mov_b32_e32 v241, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_116
; %bb.115:
	global_load_ubyte v241, v[82:83], off
.LBB0_116:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v255, 5
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[84:85], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v255, 6
	v_readlane_b32 s13, v255, 7
	s_and_b64 s[12:13], vcc, s[12:13]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_118
; %bb.117:
	global_load_ubyte v240, v[84:85], off
.LBB0_118:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v255, 8
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[86:87], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v255, 9
	v_readlane_b32 s13, v255, 10
	s_and_b64 s[12:13], vcc, s[12:13]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	v_mov_b32_e32 v242, 0
	v_mov_b32_e32 v243, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_120
; %bb.119:
	global_load_ubyte v243, v[86:87], off
.LBB0_120:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v255, 11
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[88:89], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v255, 12
	v_readlane_b32 s13, v255, 13
	s_and_b64 s[12:13], vcc, s[12:13]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_122
; %bb.121:
	global_load_ubyte v242, v[88:89], off
.LBB0_122:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s99, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s99, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[90:91], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v255, 14
	v_readlane_b32 s13, v255, 15
	s_and_b64 s[12:13], vcc, s[12:13]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	v_mov_b32_e32 v244, 0
	v_mov_b32_e32 v245, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_124
; %bb.123:
	global_load_ubyte v245, v[90:91], off
.LBB0_124:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s98, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s98, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[92:93], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v255, 16
	v_readlane_b32 s13, v255, 17
	s_and_b64 s[12:13], vcc, s[12:13]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_126
; %bb.125:
	global_load_ubyte v244, v[92:93], off
.LBB0_126:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v255, 18
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[94:95], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v255, 19
	v_readlane_b32 s13, v255, 20
	s_and_b64 s[12:13], vcc, s[12:13]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	v_mov_b32_e32 v246, 0
	v_mov_b32_e32 v247, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_128
; %bb.127:
	global_load_ubyte v247, v[94:95], off
.LBB0_128:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v255, 21
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[96:97], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v255, 22
	v_readlane_b32 s13, v255, 23
	s_and_b64 s[12:13], vcc, s[12:13]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_130
; %bb.129:
	global_load_ubyte v246, v[96:97], off
.LBB0_130:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v255, 24
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s13, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s12, s2, s11
	s_addc_u32 s13, s3, s13
	v_lshl_add_u64 v[98:99], s[12:13], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s12, v255, 25
	v_readlane_b32 s13, v255, 26
	s_and_b64 s[12:13], vcc, s[12:13]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[12:13]
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[18:19], s[12:13]
	s_cbranch_execz .LBB0_132
; %bb.131:
	global_load_ubyte a1, v[98:99], off
.LBB0_132:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[18:19]
	v_readlane_b32 s12, v255, 27
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_ashr_i32 s11, s12, 31
	s_lshr_b32 s11, s11, 29
	s_add_i32 s11, s12, s11
	s_ashr_i32 s11, s11, 3
	s_mul_hi_i32 s12, s11, s16
	s_mul_i32 s11, s11, s16
	.loc	1 104 14 is_stmt 0              ; fused_moe.py:104:14
	s_add_u32 s2, s2, s11
	s_load_dwordx2 s[18:19], s[0:1], 0x60
	s_addc_u32 s3, s3, s12
	v_lshl_add_u64 v[100:101], s[2:3], 0, v[34:35]
	.loc	1 119 34 is_stmt 1              ; fused_moe.py:119:34
	v_readlane_b32 s2, v255, 28
	v_readlane_b32 s3, v255, 29
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[12:13], s[14:15], s[2:3]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[2:3], s[12:13]
	s_cbranch_execz .LBB0_134
; %bb.133:
	global_load_ubyte a0, v[100:101], off
.LBB0_134:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[2:3]
	s_load_dword s11, s[0:1], 0x68
	.loc	1 105 22 is_stmt 1              ; fused_moe.py:105:22
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s3, s9, s18
	s_mul_hi_i32 s2, s9, s18
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	s_add_u32 s4, s4, s3
	s_addc_u32 s5, s5, s2
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s2, s23, s19
	.loc	1 105 78                        ; fused_moe.py:105:78
	s_ashr_i32 s12, s11, 31
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s3, s2, 31
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_mov_b64_e32 v[34:35], s[4:5]
	v_mad_u64_u32 v[38:39], s[4:5], v32, s11, v[34:35]
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	s_cmp_ge_i32 s23, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_mul_lo_u32 v5, v33, s11
	v_mul_lo_u32 v7, v32, s12
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[12:13], -1, 0
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_xor_b64 s[4:5], s[14:15], -1
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_add3_u32 v39, v5, v39, v7
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_or_b64 s[12:13], s[4:5], s[12:13]
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[102:103], v[38:39], 0, s[2:3]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_and_b64 vcc, exec, s[12:13]
	s_cbranch_vccnz .LBB0_138
; %bb.135:
	global_load_ubyte a2, v[102:103], off
	s_branch .LBB0_139
.LBB0_136:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_cbranch_execnz .LBB0_626
.LBB0_137:                              ; %common.ret
	s_endpgm
.LBB0_138:
	v_accvgpr_write_b32 a2, 0
.LBB0_139:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_lshl1_add_u32 s12, s19, s2
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s16, s23, 2
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s13, s12, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s16, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[104:105], v[38:39], 0, s[12:13]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[12:13], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[12:13], s[4:5], s[12:13]
	s_and_b64 vcc, exec, s[12:13]
	s_cbranch_vccnz .LBB0_141
; %bb.140:
	global_load_ubyte a3, v[104:105], off
	s_branch .LBB0_142
.LBB0_141:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a3, 0
.LBB0_142:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_lshl2_add_u32 s12, s19, s2
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s18, s23, 4
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s13, s12, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s18, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[106:107], v[38:39], 0, s[12:13]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[12:13], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[12:13], s[4:5], s[12:13]
	s_and_b64 vcc, exec, s[12:13]
	s_cbranch_vccnz .LBB0_144
; %bb.143:
	global_load_ubyte a4, v[106:107], off
	s_branch .LBB0_145
.LBB0_144:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a4, 0
.LBB0_145:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 6
	s_add_i32 s12, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s21, s23, 6
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s13, s12, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s21, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[108:109], v[38:39], 0, s[12:13]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[12:13], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[12:13], s[4:5], s[12:13]
	s_and_b64 vcc, exec, s[12:13]
	s_cbranch_vccnz .LBB0_147
; %bb.146:
	global_load_ubyte a5, v[108:109], off
	s_branch .LBB0_148
.LBB0_147:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a5, 0
.LBB0_148:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_lshl3_add_u32 s12, s19, s2
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s27, s23, 8
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s13, s12, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s27, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[110:111], v[38:39], 0, s[12:13]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[12:13], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[12:13], s[4:5], s[12:13]
	s_and_b64 vcc, exec, s[12:13]
	s_cbranch_vccnz .LBB0_150
; %bb.149:
	global_load_ubyte a6, v[110:111], off
	s_branch .LBB0_151
.LBB0_150:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a6, 0
.LBB0_151:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 10
	s_add_i32 s12, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s28, s23, 10
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s13, s12, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s28, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[112:113], v[38:39], 0, s[12:13]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[12:13], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[12:13], s[4:5], s[12:13]
	s_and_b64 vcc, exec, s[12:13]
	s_cbranch_vccnz .LBB0_153
; %bb.152:
	global_load_ubyte a7, v[112:113], off
	s_branch .LBB0_154
.LBB0_153:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a7, 0
.LBB0_154:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 12
	s_add_i32 s12, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s29, s23, 12
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s13, s12, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s29, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[114:115], v[38:39], 0, s[12:13]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[12:13], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[12:13], s[4:5], s[12:13]
	s_and_b64 vcc, exec, s[12:13]
	s_cbranch_vccnz .LBB0_156
; %bb.155:
	global_load_ubyte a8, v[114:115], off
	s_branch .LBB0_157
.LBB0_156:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a8, 0
.LBB0_157:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 14
	s_add_i32 s12, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s30, s23, 14
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s13, s12, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s30, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[116:117], v[38:39], 0, s[12:13]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[12:13], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[12:13], s[4:5], s[12:13]
	s_and_b64 vcc, exec, s[12:13]
	s_cbranch_vccnz .LBB0_159
; %bb.158:
	global_load_ubyte a9, v[116:117], off
	s_branch .LBB0_160
.LBB0_159:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a9, 0
.LBB0_160:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_lshl4_add_u32 s12, s19, s2
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s31, s23, 16
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s13, s12, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s31, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[118:119], v[38:39], 0, s[12:13]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[12:13], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[12:13], s[4:5], s[12:13]
	s_and_b64 vcc, exec, s[12:13]
	s_cbranch_vccnz .LBB0_162
; %bb.161:
	global_load_ubyte a10, v[118:119], off
	s_branch .LBB0_163
.LBB0_162:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a10, 0
.LBB0_163:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 18
	s_add_i32 s12, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s34, s23, 18
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s13, s12, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s34, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[120:121], v[38:39], 0, s[12:13]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[12:13], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[12:13], s[4:5], s[12:13]
	s_and_b64 vcc, exec, s[12:13]
	s_cbranch_vccnz .LBB0_165
; %bb.164:
	global_load_ubyte a11, v[120:121], off
	s_branch .LBB0_166
.LBB0_165:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a11, 0
.LBB0_166:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 20
	s_add_i32 s12, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s35, s23, 20
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s13, s12, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s35, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[122:123], v[38:39], 0, s[12:13]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[12:13], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[12:13], s[4:5], s[12:13]
	s_and_b64 vcc, exec, s[12:13]
	s_cbranch_vccnz .LBB0_168
; %bb.167:
	global_load_ubyte a12, v[122:123], off
	s_branch .LBB0_169
.LBB0_168:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a12, 0
.LBB0_169:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 22
	s_add_i32 s12, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s46, s23, 22
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s13, s12, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s46, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[124:125], v[38:39], 0, s[12:13]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[12:13], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[12:13], s[4:5], s[12:13]
	s_and_b64 vcc, exec, s[12:13]
	s_cbranch_vccnz .LBB0_171
; %bb.170:
	global_load_ubyte a13, v[124:125], off
	s_branch .LBB0_172
.LBB0_171:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a13, 0
.LBB0_172:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 24
	s_add_i32 s12, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s47, s23, 24
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s13, s12, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s47, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[126:127], v[38:39], 0, s[12:13]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[12:13], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[12:13], s[4:5], s[12:13]
	s_and_b64 vcc, exec, s[12:13]
	s_cbranch_vccnz .LBB0_174
; %bb.173:
	global_load_ubyte a14, v[126:127], off
	s_branch .LBB0_175
.LBB0_174:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a14, 0
.LBB0_175:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 26
	s_add_i32 s12, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s22, s23, 26
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s13, s12, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s22, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[128:129], v[38:39], 0, s[12:13]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[12:13], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[12:13], s[4:5], s[12:13]
	s_and_b64 vcc, exec, s[12:13]
	s_cbranch_vccnz .LBB0_177
; %bb.176:
	global_load_ubyte a15, v[128:129], off
	s_branch .LBB0_178
.LBB0_177:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a15, 0
.LBB0_178:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 28
	s_add_i32 s12, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s33, s23, 28
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s13, s12, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s33, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[130:131], v[38:39], 0, s[12:13]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[12:13], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[12:13], s[4:5], s[12:13]
	s_and_b64 vcc, exec, s[12:13]
	s_cbranch_vccnz .LBB0_180
; %bb.179:
	global_load_ubyte a16, v[130:131], off
	s_branch .LBB0_181
.LBB0_180:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a16, 0
.LBB0_181:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 30
	s_add_i32 s12, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s25, s23, 30
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s13, s12, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s25, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[132:133], v[38:39], 0, s[12:13]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[12:13], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[12:13], s[4:5], s[12:13]
	s_and_b64 vcc, exec, s[12:13]
	s_cbranch_vccnz .LBB0_183
; %bb.182:
	global_load_ubyte a17, v[132:133], off
	s_branch .LBB0_184
.LBB0_183:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a17, 0
.LBB0_184:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_lshl_b32 s3, s19, 5
	s_add_i32 s40, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s13, s23, 32
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s13, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[134:135], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_186
; %bb.185:
	global_load_ubyte a18, v[134:135], off
	s_branch .LBB0_187
.LBB0_186:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a18, 0
.LBB0_187:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 34
	s_add_i32 s40, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s12, s23, 34
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s12, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[136:137], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_189
; %bb.188:
	global_load_ubyte a19, v[136:137], off
	s_branch .LBB0_190
.LBB0_189:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a19, 0
.LBB0_190:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 36
	s_add_i32 s40, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s26, s23, 36
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s26, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[138:139], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_192
; %bb.191:
	global_load_ubyte a20, v[138:139], off
	s_branch .LBB0_193
.LBB0_192:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a20, 0
.LBB0_193:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 38
	s_add_i32 s40, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s48, s23, 38
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s48, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[140:141], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_195
; %bb.194:
	global_load_ubyte a21, v[140:141], off
	s_branch .LBB0_196
.LBB0_195:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a21, 0
.LBB0_196:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 40
	s_add_i32 s40, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s49, s23, 40
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s49, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[142:143], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_198
; %bb.197:
	global_load_ubyte a22, v[142:143], off
	s_branch .LBB0_199
.LBB0_198:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a22, 0
.LBB0_199:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 42
	s_add_i32 s40, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s50, s23, 42
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s50, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[144:145], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_201
; %bb.200:
	global_load_ubyte a23, v[144:145], off
	s_branch .LBB0_202
.LBB0_201:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a23, 0
.LBB0_202:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 44
	s_add_i32 s40, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s51, s23, 44
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s51, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[146:147], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_mov_b64 s[42:43], s[52:53]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_204
; %bb.203:
	global_load_ubyte a24, v[146:147], off
	s_branch .LBB0_205
.LBB0_204:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a24, 0
.LBB0_205:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 46
	s_add_i32 s40, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s52, s23, 46
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s52, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[148:149], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_207
; %bb.206:
	global_load_ubyte a25, v[148:149], off
	s_branch .LBB0_208
.LBB0_207:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a25, 0
.LBB0_208:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 48
	s_add_i32 s40, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s53, s23, 48
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s53, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[150:151], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_210
; %bb.209:
	global_load_ubyte a26, v[150:151], off
	s_branch .LBB0_211
.LBB0_210:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a26, 0
.LBB0_211:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 50
	s_add_i32 s40, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s54, s23, 50
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s54, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[152:153], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_213
; %bb.212:
	global_load_ubyte a27, v[152:153], off
	s_branch .LBB0_214
.LBB0_213:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a27, 0
.LBB0_214:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 52
	s_add_i32 s40, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s55, s23, 52
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s55, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[154:155], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_216
; %bb.215:
	global_load_ubyte a28, v[154:155], off
	s_branch .LBB0_217
.LBB0_216:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a28, 0
.LBB0_217:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 54
	s_add_i32 s40, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s56, s23, 54
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s56, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[156:157], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_219
; %bb.218:
	global_load_ubyte a29, v[156:157], off
	s_branch .LBB0_220
.LBB0_219:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a29, 0
.LBB0_220:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 56
	s_add_i32 s40, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s57, s23, 56
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s57, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[158:159], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_222
; %bb.221:
	global_load_ubyte a30, v[158:159], off
	s_branch .LBB0_223
.LBB0_222:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a30, 0
.LBB0_223:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 58
	s_add_i32 s40, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s58, s23, 58
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s58, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[160:161], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_225
; %bb.224:
	global_load_ubyte a31, v[160:161], off
	s_branch .LBB0_226
.LBB0_225:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a31, 0
.LBB0_226:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 60
	s_add_i32 s40, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s59, s23, 60
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s59, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[162:163], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_228
; %bb.227:
	global_load_ubyte a32, v[162:163], off
	s_branch .LBB0_229
.LBB0_228:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a32, 0
.LBB0_229:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 62
	s_add_i32 s40, s2, s3
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_or_b32 s60, s23, 62
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s60, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[164:165], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_231
; %bb.230:
	global_load_ubyte a33, v[164:165], off
	s_branch .LBB0_232
.LBB0_231:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a33, 0
.LBB0_232:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_lshl_b32 s3, s19, 6
	s_add_i32 s40, s2, s3
	s_or_b32 s61, s23, 64
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s61, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[166:167], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_234
; %bb.233:
	global_load_ubyte a34, v[166:167], off
	s_branch .LBB0_235
.LBB0_234:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a34, 0
.LBB0_235:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x42
	s_add_i32 s40, s2, s3
	s_or_b32 s62, s23, 0x42
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s62, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[168:169], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_237
; %bb.236:
	global_load_ubyte a35, v[168:169], off
	s_branch .LBB0_238
.LBB0_237:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a35, 0
.LBB0_238:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x44
	s_add_i32 s40, s2, s3
	s_or_b32 s63, s23, 0x44
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s63, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[170:171], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_240
; %bb.239:
	global_load_ubyte a36, v[170:171], off
	s_branch .LBB0_241
.LBB0_240:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a36, 0
.LBB0_241:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x46
	s_add_i32 s40, s2, s3
	s_or_b32 s64, s23, 0x46
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s64, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[172:173], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_243
; %bb.242:
	global_load_ubyte a37, v[172:173], off
	s_branch .LBB0_244
.LBB0_243:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a37, 0
.LBB0_244:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x48
	s_add_i32 s40, s2, s3
	s_or_b32 s65, s23, 0x48
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s65, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[174:175], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_246
; %bb.245:
	global_load_ubyte a38, v[174:175], off
	s_branch .LBB0_247
.LBB0_246:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a38, 0
.LBB0_247:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x4a
	s_add_i32 s40, s2, s3
	s_or_b32 s66, s23, 0x4a
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s66, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[176:177], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_249
; %bb.248:
	global_load_ubyte a39, v[176:177], off
	s_branch .LBB0_250
.LBB0_249:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a39, 0
.LBB0_250:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x4c
	s_add_i32 s40, s2, s3
	s_or_b32 s67, s23, 0x4c
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s67, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[178:179], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_252
; %bb.251:
	global_load_ubyte a40, v[178:179], off
	s_branch .LBB0_253
.LBB0_252:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a40, 0
.LBB0_253:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x4e
	s_add_i32 s40, s2, s3
	s_or_b32 s68, s23, 0x4e
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s68, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[180:181], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_255
; %bb.254:
	global_load_ubyte a41, v[180:181], off
	s_branch .LBB0_256
.LBB0_255:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a41, 0
.LBB0_256:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x50
	s_add_i32 s40, s2, s3
	s_or_b32 s69, s23, 0x50
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s69, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[182:183], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_258
; %bb.257:
	global_load_ubyte a42, v[182:183], off
	s_branch .LBB0_259
.LBB0_258:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a42, 0
.LBB0_259:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x52
	s_add_i32 s40, s2, s3
	s_or_b32 s70, s23, 0x52
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s70, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[184:185], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_261
; %bb.260:
	global_load_ubyte a43, v[184:185], off
	s_branch .LBB0_262
.LBB0_261:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a43, 0
.LBB0_262:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x54
	s_add_i32 s40, s2, s3
	s_or_b32 s71, s23, 0x54
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s71, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[186:187], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_264
; %bb.263:
	global_load_ubyte a44, v[186:187], off
	s_branch .LBB0_265
.LBB0_264:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a44, 0
.LBB0_265:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x56
	s_add_i32 s40, s2, s3
	s_or_b32 s72, s23, 0x56
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s72, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[188:189], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_267
; %bb.266:
	global_load_ubyte a45, v[188:189], off
	s_branch .LBB0_268
.LBB0_267:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a45, 0
.LBB0_268:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x58
	s_add_i32 s40, s2, s3
	s_or_b32 s73, s23, 0x58
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s73, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[190:191], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_270
; %bb.269:
	global_load_ubyte a46, v[190:191], off
	s_branch .LBB0_271
.LBB0_270:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a46, 0
.LBB0_271:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x5a
	s_add_i32 s40, s2, s3
	s_or_b32 s74, s23, 0x5a
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s74, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[192:193], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_273
; %bb.272:
	global_load_ubyte a47, v[192:193], off
	s_branch .LBB0_274
.LBB0_273:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a47, 0
.LBB0_274:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x5c
	s_add_i32 s40, s2, s3
	s_or_b32 s75, s23, 0x5c
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s75, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[194:195], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_276
; %bb.275:
	global_load_ubyte a48, v[194:195], off
	s_branch .LBB0_277
.LBB0_276:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a48, 0
.LBB0_277:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x5e
	s_add_i32 s40, s2, s3
	s_or_b32 s76, s23, 0x5e
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s76, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[196:197], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_279
; %bb.278:
	global_load_ubyte a49, v[196:197], off
	s_branch .LBB0_280
.LBB0_279:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a49, 0
.LBB0_280:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x60
	s_add_i32 s40, s2, s3
	s_or_b32 s77, s23, 0x60
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s77, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[198:199], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_282
; %bb.281:
	global_load_ubyte a50, v[198:199], off
	s_branch .LBB0_283
.LBB0_282:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a50, 0
.LBB0_283:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x62
	s_add_i32 s40, s2, s3
	s_or_b32 s80, s23, 0x62
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s80, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[200:201], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_285
; %bb.284:
	global_load_ubyte a51, v[200:201], off
	s_branch .LBB0_286
.LBB0_285:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a51, 0
.LBB0_286:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x64
	s_add_i32 s40, s2, s3
	s_or_b32 s81, s23, 0x64
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s81, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[202:203], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_288
; %bb.287:
	global_load_ubyte a52, v[202:203], off
	s_branch .LBB0_289
.LBB0_288:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a52, 0
.LBB0_289:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x66
	s_add_i32 s40, s2, s3
	s_or_b32 s82, s23, 0x66
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s82, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[204:205], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_291
; %bb.290:
	global_load_ubyte a53, v[204:205], off
	s_branch .LBB0_292
.LBB0_291:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a53, 0
.LBB0_292:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x68
	s_add_i32 s40, s2, s3
	s_or_b32 s83, s23, 0x68
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s83, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[206:207], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_294
; %bb.293:
	global_load_ubyte a54, v[206:207], off
	s_branch .LBB0_295
.LBB0_294:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a54, 0
.LBB0_295:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x6a
	s_add_i32 s40, s2, s3
	s_or_b32 s84, s23, 0x6a
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s84, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[210:211], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_297
; %bb.296:
	global_load_ubyte a55, v[210:211], off
	s_branch .LBB0_298
.LBB0_297:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a55, 0
.LBB0_298:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x6c
	s_add_i32 s40, s2, s3
	s_or_b32 s85, s23, 0x6c
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s85, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[212:213], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_300
; %bb.299:
	global_load_ubyte a56, v[212:213], off
	s_branch .LBB0_301
.LBB0_300:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a56, 0
.LBB0_301:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x6e
	s_add_i32 s40, s2, s3
	s_or_b32 s86, s23, 0x6e
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s86, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[224:225], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_303
; %bb.302:
	global_load_ubyte a57, v[224:225], off
	s_branch .LBB0_304
.LBB0_303:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a57, 0
.LBB0_304:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x70
	s_add_i32 s40, s2, s3
	s_or_b32 s87, s23, 0x70
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s87, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[238:239], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_306
; %bb.305:
	global_load_ubyte a58, v[238:239], off
	s_branch .LBB0_307
.LBB0_306:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a58, 0
.LBB0_307:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x72
	s_add_i32 s40, s2, s3
	s_or_b32 s88, s23, 0x72
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s88, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[248:249], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_309
; %bb.308:
	global_load_ubyte a59, v[248:249], off
	s_branch .LBB0_310
.LBB0_309:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a59, 0
.LBB0_310:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x74
	s_add_i32 s40, s2, s3
	s_or_b32 s89, s23, 0x74
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s89, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[250:251], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_312
; %bb.311:
	global_load_ubyte a60, v[250:251], off
	s_branch .LBB0_313
.LBB0_312:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a60, 0
.LBB0_313:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x76
	s_add_i32 s40, s2, s3
	s_or_b32 s90, s23, 0x76
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s90, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[252:253], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_315
; %bb.314:
	global_load_ubyte a61, v[252:253], off
	s_branch .LBB0_316
.LBB0_315:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a61, 0
.LBB0_316:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x78
	s_add_i32 s40, s2, s3
	s_or_b32 s91, s23, 0x78
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s91, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[34:35], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_318
; %bb.317:
	global_load_ubyte a62, v[34:35], off
	s_branch .LBB0_319
.LBB0_318:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a62, 0
.LBB0_319:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x7a
	s_add_i32 s40, s2, s3
	s_or_b32 s92, s23, 0x7a
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s92, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[36:37], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_321
; %bb.320:
	global_load_ubyte a63, v[36:37], off
	s_branch .LBB0_322
.LBB0_321:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a63, 0
.LBB0_322:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x7c
	s_add_i32 s40, s2, s3
	s_or_b32 s93, s23, 0x7c
	s_ashr_i32 s41, s40, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s93, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[32:33], v[38:39], 0, s[40:41]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[40:41], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[40:41], s[4:5], s[40:41]
	s_and_b64 vcc, exec, s[40:41]
	s_cbranch_vccnz .LBB0_324
; %bb.323:
	global_load_ubyte a64, v[32:33], off
	s_branch .LBB0_325
.LBB0_324:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a64, 0
.LBB0_325:
	.loc	1 105 48 is_stmt 1              ; fused_moe.py:105:48
	s_mul_i32 s3, s19, 0x7e
	s_add_i32 s2, s2, s3
	s_or_b32 s94, s23, 0x7e
	s_ashr_i32 s3, s2, 31
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s94, s20
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_lshl_add_u64 v[38:39], v[38:39], 0, s[2:3]
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cselect_b64 s[2:3], -1, 0
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_or_b64 s[2:3], s[4:5], s[2:3]
	v_or_b32_e32 v44, s10, v40
	s_and_b64 vcc, exec, s[2:3]
	s_cbranch_vccnz .LBB0_327
; %bb.326:
	global_load_ubyte a65, v[38:39], off
	s_branch .LBB0_328
.LBB0_327:
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_write_b32 a65, 0
.LBB0_328:
	s_load_dword s10, s[0:1], 0x74
	.loc	1 86 18 is_stmt 1               ; fused_moe.py:86:18
	s_waitcnt vmcnt(1)
	v_ashrrev_i32_e32 v49, 31, v48
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_lshrrev_b32_e32 v5, 29, v49
	v_add_u32_e32 v5, v48, v5
	v_ashrrev_i32_e32 v5, 3, v5
	.loc	1 109 42 is_stmt 0              ; fused_moe.py:109:42
	s_waitcnt lgkmcnt(0)
	v_mad_i64_i32 v[214:215], s[4:5], v5, s10, 0
	.loc	1 110 69 is_stmt 1              ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v5, 31, v2
	v_lshrrev_b32_e32 v5, 25, v5
	v_add_u32_e32 v2, v2, v5
	v_ashrrev_i32_e32 v5, 31, v4
	v_lshrrev_b32_e32 v5, 25, v5
	v_add_u32_e32 v4, v4, v5
	v_ashrrev_i32_e32 v5, 31, v6
	v_lshrrev_b32_e32 v5, 25, v5
	v_add_u32_e32 v5, v6, v5
	v_ashrrev_i32_e32 v6, 7, v5
	v_ashrrev_i32_e32 v5, 31, v8
	v_lshrrev_b32_e32 v5, 25, v5
	v_add_u32_e32 v5, v8, v5
	v_ashrrev_i32_e32 v8, 7, v5
	v_ashrrev_i32_e32 v5, 31, v10
	v_lshrrev_b32_e32 v5, 25, v5
	v_add_u32_e32 v5, v10, v5
	v_ashrrev_i32_e32 v10, 7, v5
	v_ashrrev_i32_e32 v5, 31, v12
	v_lshrrev_b32_e32 v5, 25, v5
	v_add_u32_e32 v5, v12, v5
	v_ashrrev_i32_e32 v12, 7, v5
	v_ashrrev_i32_e32 v5, 31, v14
	v_lshrrev_b32_e32 v5, 25, v5
	v_add_u32_e32 v5, v14, v5
	v_ashrrev_i32_e32 v14, 7, v5
	v_ashrrev_i32_e32 v5, 31, v16
	v_lshrrev_b32_e32 v5, 25, v5
	v_add_u32_e32 v5, v16, v5
	v_ashrrev_i32_e32 v16, 7, v5
	v_ashrrev_i32_e32 v5, 31, v18
	v_lshrrev_b32_e32 v5, 25, v5
	v_add_u32_e32 v5, v18, v5
	v_ashrrev_i32_e32 v18, 7, v5
	v_ashrrev_i32_e32 v5, 31, v20
	v_lshrrev_b32_e32 v5, 25, v5
	v_add_u32_e32 v5, v20, v5
	v_ashrrev_i32_e32 v20, 7, v5
	v_ashrrev_i32_e32 v5, 31, v22
	v_lshrrev_b32_e32 v5, 25, v5
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_waitcnt vmcnt(0)
	v_ashrrev_i32_e32 v47, 31, v46
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v5, v22, v5
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_lshrrev_b32_e32 v7, 29, v47
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v22, 7, v5
	v_ashrrev_i32_e32 v5, 31, v24
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_add_u32_e32 v7, v46, v7
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v5, 25, v5
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_ashrrev_i32_e32 v7, 3, v7
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v5, v24, v5
	.loc	1 109 42                        ; fused_moe.py:109:42
	v_mad_i64_i32 v[216:217], s[4:5], v7, s10, 0
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v24, 7, v5
	v_ashrrev_i32_e32 v5, 31, v26
	s_load_dword s4, s[0:1], 0x7c
	v_lshrrev_b32_e32 v5, 25, v5
	v_add_u32_e32 v5, v26, v5
	v_ashrrev_i32_e32 v26, 7, v5
	v_ashrrev_i32_e32 v5, 31, v28
	v_lshrrev_b32_e32 v5, 25, v5
	v_add_u32_e32 v5, v28, v5
	.loc	1 110 42 is_stmt 0              ; fused_moe.py:110:42
	s_waitcnt lgkmcnt(0)
	s_mul_hi_i32 s5, s9, s4
	s_mul_i32 s4, s9, s4
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v28, 7, v5
	v_ashrrev_i32_e32 v5, 31, v30
	s_load_dword s9, s[0:1], 0x84
	v_lshrrev_b32_e32 v5, 25, v5
	v_add_u32_e32 v5, v30, v5
	v_ashrrev_i32_e32 v30, 7, v5
	v_ashrrev_i32_e32 v5, 31, v208
	v_ashrrev_i32_e32 v2, 7, v2
	v_lshrrev_b32_e32 v5, 25, v5
	v_add_u32_e32 v5, v208, v5
	.loc	1 110 68                        ; fused_moe.py:110:68
	s_waitcnt lgkmcnt(0)
	v_mad_i64_i32 v[208:209], s[10:11], v2, s9, 0
	.loc	1 119 13 is_stmt 1              ; fused_moe.py:119:13
	v_add_u32_e32 v2, 0, v44
	ds_write_b8 v2, v42 offset:32768
	ds_write_b8 v2, v223 offset:34816
	ds_write_b8 v2, v233 offset:36864
	ds_write_b8 v2, v243 offset:38912
	v_xor_b32_e32 v42, 16, v44
	v_accvgpr_write_b32 a209, v42
	v_add_u32_e32 v42, 0, v42
	ds_write_b8 v42, v3 offset:33024
	ds_write_b8 v42, v222 offset:35072
	ds_write_b8 v42, v232 offset:37120
	ds_write_b8 v42, v242 offset:39168
	v_xor_b32_e32 v3, 32, v44
	v_accvgpr_write_b32 a210, v3
	v_add_u32_e32 v3, 0, v3
	ds_write_b8 v3, v45 offset:33280
	ds_write_b8 v3, v227 offset:35328
	ds_write_b8 v3, v235 offset:37376
	ds_write_b8 v3, v245 offset:39424
	v_xor_b32_e32 v45, 48, v44
	v_accvgpr_write_b32 a211, v45
	v_add_u32_e32 v45, 0, v45
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_cmp_gt_i32_e64 s[2:3], s24, v48
	v_cmp_gt_i32_e32 vcc, s24, v46
	v_accvgpr_write_b32 a133, v49
	v_accvgpr_write_b32 a132, v48
	v_accvgpr_write_b32 a131, v47
	v_accvgpr_write_b32 a130, v46
	.loc	1 110 28                        ; fused_moe.py:110:28
	s_lshl_b64 s[4:5], s[4:5], 2
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_write_b8 v45, v43 offset:33536
	ds_write_b8 v45, v226 offset:35584
	ds_write_b8 v45, v234 offset:37632
	ds_write_b8 v45, v244 offset:39680
	v_xor_b32_e32 v43, 64, v44
	v_xor_b32_e32 v46, 0x50, v44
	v_xor_b32_e32 v47, 0x60, v44
	v_xor_b32_e32 v48, 0x70, v44
	.loc	1 110 28                        ; fused_moe.py:110:28
	s_add_u32 s4, s96, s4
	v_accvgpr_write_b32 a212, v43
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_u32_e32 v43, 0, v43
	v_accvgpr_write_b32 a213, v46
	v_add_u32_e32 v46, 0, v46
	v_accvgpr_write_b32 a214, v47
	v_add_u32_e32 v47, 0, v47
	v_accvgpr_write_b32 a215, v48
	v_add_u32_e32 v48, 0, v48
	.loc	1 110 28                        ; fused_moe.py:110:28
	s_addc_u32 s5, s97, s5
	.loc	1 110 69 is_stmt 0              ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v4, 7, v4
	v_ashrrev_i32_e32 v40, 7, v5
	.loc	1 119 13 is_stmt 1              ; fused_moe.py:119:13
	ds_write_b8 v43, v219 offset:33792
	ds_write_b8 v43, v229 offset:35840
	ds_write_b8 v43, v237 offset:37888
	ds_write_b8 v43, v247 offset:39936
	ds_write_b8 v46, v218 offset:34048
	ds_write_b8 v46, v228 offset:36096
	ds_write_b8 v46, v236 offset:38144
	ds_write_b8 v46, v246 offset:40192
	ds_write_b8 v47, v221 offset:34304
	ds_write_b8 v47, v231 offset:36352
	ds_write_b8 v47, v241 offset:38400
	ds_write_b8 v47, a1 offset:40448
	ds_write_b8 v48, v220 offset:34560
	ds_write_b8 v48, v230 offset:36608
	ds_write_b8 v48, v240 offset:38656
	ds_write_b8 v48, a0 offset:40704
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_write_b8 v2, a2
	ds_write_b8 v2, a10 offset:2048
	ds_write_b8 v2, a18 offset:4096
	ds_write_b8 v2, a26 offset:6144
	ds_write_b8 v2, a34 offset:8192
	ds_write_b8 v2, a42 offset:10240
	ds_write_b8 v2, a50 offset:12288
	ds_write_b8 v2, a58 offset:14336
	ds_write_b8 v42, a3 offset:256
	ds_write_b8 v42, a11 offset:2304
	ds_write_b8 v42, a19 offset:4352
	ds_write_b8 v42, a27 offset:6400
	ds_write_b8 v42, a35 offset:8448
	ds_write_b8 v42, a43 offset:10496
	ds_write_b8 v42, a51 offset:12544
	ds_write_b8 v42, a59 offset:14592
	ds_write_b8 v3, a4 offset:512
	ds_write_b8 v3, a12 offset:2560
	ds_write_b8 v3, a20 offset:4608
	ds_write_b8 v3, a28 offset:6656
	ds_write_b8 v3, a36 offset:8704
	ds_write_b8 v3, a44 offset:10752
	ds_write_b8 v3, a52 offset:12800
	ds_write_b8 v3, a60 offset:14848
	ds_write_b8 v45, a5 offset:768
	ds_write_b8 v45, a13 offset:2816
	ds_write_b8 v45, a21 offset:4864
	ds_write_b8 v45, a29 offset:6912
	ds_write_b8 v45, a37 offset:8960
	ds_write_b8 v45, a45 offset:11008
	ds_write_b8 v45, a53 offset:13056
	ds_write_b8 v45, a61 offset:15104
	ds_write_b8 v43, a6 offset:1024
	ds_write_b8 v43, a14 offset:3072
	ds_write_b8 v43, a22 offset:5120
	ds_write_b8 v43, a30 offset:7168
	ds_write_b8 v43, a38 offset:9216
	ds_write_b8 v43, a46 offset:11264
	ds_write_b8 v43, a54 offset:13312
	ds_write_b8 v43, a62 offset:15360
	ds_write_b8 v46, a7 offset:1280
	ds_write_b8 v46, a15 offset:3328
	ds_write_b8 v46, a23 offset:5376
	ds_write_b8 v46, a31 offset:7424
	ds_write_b8 v46, a39 offset:9472
	ds_write_b8 v46, a47 offset:11520
	ds_write_b8 v46, a55 offset:13568
	ds_write_b8 v46, a63 offset:15616
	ds_write_b8 v47, a8 offset:1536
	ds_write_b8 v47, a16 offset:3584
	ds_write_b8 v47, a24 offset:5632
	ds_write_b8 v47, a32 offset:7680
	ds_write_b8 v47, a40 offset:9728
	ds_write_b8 v47, a48 offset:11776
	ds_write_b8 v47, a56 offset:13824
	ds_write_b8 v47, a64 offset:15872
	ds_write_b8 v48, a9 offset:1792
	ds_write_b8 v48, a17 offset:3840
	ds_write_b8 v48, a25 offset:5888
	ds_write_b8 v48, a33 offset:7936
	ds_write_b8 v48, a41 offset:9984
	ds_write_b8 v48, a49 offset:12032
	ds_write_b8 v48, a57 offset:14080
	ds_write_b8 v48, a65 offset:16128
	v_accvgpr_read_b32 v3, a134
	.loc	1 110 68                        ; fused_moe.py:110:68
	v_mad_i64_i32 v[4:5], s[10:11], v4, s9, 0
	v_mad_i64_i32 v[6:7], s[10:11], v6, s9, 0
	v_mad_i64_i32 v[8:9], s[10:11], v8, s9, 0
	v_mad_i64_i32 v[10:11], s[10:11], v10, s9, 0
	v_mad_i64_i32 v[12:13], s[10:11], v12, s9, 0
	v_mad_i64_i32 v[14:15], s[10:11], v14, s9, 0
	v_mad_i64_i32 v[16:17], s[10:11], v16, s9, 0
	v_mad_i64_i32 v[18:19], s[10:11], v18, s9, 0
	v_mad_i64_i32 v[20:21], s[10:11], v20, s9, 0
	v_mad_i64_i32 v[22:23], s[10:11], v22, s9, 0
	v_mad_i64_i32 v[24:25], s[10:11], v24, s9, 0
	v_mad_i64_i32 v[26:27], s[10:11], v26, s9, 0
	v_mad_i64_i32 v[28:29], s[10:11], v28, s9, 0
	v_mad_i64_i32 v[30:31], s[10:11], v30, s9, 0
	v_mad_i64_i32 v[40:41], s[10:11], v40, s9, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_mov_b32 s24, 0
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cmpk_gt_i32 s8, 0xff
	v_lshlrev_b32_e32 v2, 7, v1
	v_lshlrev_b32_e32 v1, 3, v0
	v_lshrrev_b32_e32 v3, 1, v3
	v_lshlrev_b32_e32 v42, 6, v0
	v_lshlrev_b32_e32 v43, 2, v0
	v_and_b32_e32 v0, 16, v0
	s_cbranch_scc1 .LBB0_330
; %bb.329:                              ; %.._crit_edge_crit_edge
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_and_b32_e32 v45, 0x70, v1
	v_bitop3_b32 v45, v2, v3, v45 bitop3:0x36
	v_xor_b32_e32 v46, 32, v45
	v_accvgpr_write_b32 a204, v46
	v_xor_b32_e32 v46, 64, v45
	v_accvgpr_write_b32 a205, v46
	v_xor_b32_e32 v46, 0x60, v45
	v_accvgpr_write_b32 a206, v46
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_and_b32_e32 v46, 48, v43
	s_movk_i32 s9, 0xb80
	v_and_or_b32 v46, v42, s9, v46
	v_readlane_b32 s9, v255, 31
	v_and_b32_e32 v47, 8, v1
	s_mov_b64 s[10:11], 0
	v_bitop3_b32 v46, s9, v46, v0 bitop3:0x36
	s_movk_i32 s9, 0x440
	v_or_b32_e32 v48, v46, v47
	v_bitop3_b32 v46, v46, s9, v47 bitop3:0x36
	v_accvgpr_write_b32 a207, v48
	v_accvgpr_write_b32 a208, v46
	s_branch .LBB0_331
.LBB0_330:
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_mov_b64 s[10:11], -1
                                        ; implicit-def: $vgpr45
                                        ; implicit-def: $agpr204
                                        ; implicit-def: $agpr205
                                        ; implicit-def: $agpr206
                                        ; implicit-def: $agpr207
                                        ; implicit-def: $agpr208
.LBB0_331:                              ; %Flow783
	v_lshl_add_u64 v[4:5], v[4:5], 2, s[4:5]
	v_accvgpr_write_b32 a197, v5
	v_accvgpr_write_b32 a196, v4
	v_lshl_add_u64 v[4:5], v[6:7], 2, s[4:5]
	v_accvgpr_write_b32 a195, v5
	v_accvgpr_write_b32 a194, v4
	v_lshl_add_u64 v[4:5], v[8:9], 2, s[4:5]
	v_accvgpr_write_b32 a193, v5
	v_accvgpr_write_b32 a192, v4
	v_lshl_add_u64 v[4:5], v[10:11], 2, s[4:5]
	v_accvgpr_write_b32 a191, v5
	v_accvgpr_write_b32 a190, v4
	v_lshl_add_u64 v[4:5], v[12:13], 2, s[4:5]
	v_accvgpr_write_b32 a189, v5
	v_accvgpr_write_b32 a188, v4
	v_lshl_add_u64 v[4:5], v[14:15], 2, s[4:5]
	v_accvgpr_write_b32 a187, v5
	v_accvgpr_write_b32 a186, v4
	v_lshl_add_u64 v[4:5], v[16:17], 2, s[4:5]
	v_accvgpr_write_b32 a185, v5
	v_accvgpr_write_b32 a184, v4
	v_lshl_add_u64 v[4:5], v[18:19], 2, s[4:5]
	v_accvgpr_write_b32 a183, v5
	v_accvgpr_write_b32 a182, v4
	v_lshl_add_u64 v[4:5], v[20:21], 2, s[4:5]
	v_accvgpr_write_b32 a181, v5
	v_accvgpr_write_b32 a180, v4
	v_lshl_add_u64 v[4:5], v[22:23], 2, s[4:5]
	v_accvgpr_write_b32 a179, v5
	v_accvgpr_write_b32 a178, v4
	v_lshl_add_u64 v[4:5], v[24:25], 2, s[4:5]
	s_load_dword s95, s[0:1], 0x80
	s_load_dword s96, s[0:1], 0x78
	v_accvgpr_write_b32 a177, v5
	v_accvgpr_write_b32 a176, v4
	v_lshl_add_u64 v[4:5], v[26:27], 2, s[4:5]
	v_lshl_add_u64 v[46:47], v[214:215], 2, s[42:43]
	v_accvgpr_write_b32 a175, v5
	v_accvgpr_write_b32 a174, v4
	v_lshl_add_u64 v[4:5], v[28:29], 2, s[4:5]
	v_accvgpr_write_b32 a203, v47
	v_accvgpr_write_b32 a202, v46
	v_lshl_add_u64 v[46:47], v[216:217], 2, s[42:43]
	v_accvgpr_write_b32 a173, v5
	v_accvgpr_write_b32 a172, v4
	v_lshl_add_u64 v[4:5], v[30:31], 2, s[4:5]
	s_and_b64 s[0:1], s[10:11], exec
	v_writelane_b32 v255, s99, 32
	v_accvgpr_write_b32 a201, v47
	v_accvgpr_write_b32 a200, v46
	v_lshl_add_u64 v[46:47], v[208:209], 2, s[4:5]
	v_accvgpr_write_b32 a171, v5
	v_accvgpr_write_b32 a170, v4
	v_lshl_add_u64 v[4:5], v[40:41], 2, s[4:5]
	s_cselect_b32 s0, 1, 0
	v_writelane_b32 v255, s98, 33
	v_accvgpr_write_b32 a199, v47
	v_accvgpr_write_b32 a198, v46
	v_accvgpr_write_b32 a169, v5
	v_accvgpr_write_b32 a168, v4
	s_cmp_lg_u32 s0, 1
	v_mov_b32_e32 v215, 0
	v_mov_b32_e32 v214, 0
	v_mov_b32_e32 v217, 0
	v_mov_b32_e32 v216, 0
	v_mov_b32_e32 v219, 0
	v_mov_b32_e32 v218, 0
	v_mov_b32_e32 v221, 0
	v_mov_b32_e32 v220, 0
	v_mov_b32_e32 v223, 0
	v_mov_b32_e32 v222, 0
	v_mov_b32_e32 v227, 0
	v_mov_b32_e32 v226, 0
	v_mov_b32_e32 v229, 0
	v_mov_b32_e32 v228, 0
	v_mov_b32_e32 v231, 0
	v_mov_b32_e32 v230, 0
	v_mov_b32_e32 v233, 0
	v_mov_b32_e32 v232, 0
	v_mov_b32_e32 v235, 0
	v_mov_b32_e32 v234, 0
	v_mov_b32_e32 v237, 0
	v_mov_b32_e32 v236, 0
	v_mov_b32_e32 v241, 0
	v_mov_b32_e32 v240, 0
	v_mov_b32_e32 v243, 0
	v_mov_b32_e32 v242, 0
	v_mov_b32_e32 v245, 0
	v_mov_b32_e32 v244, 0
	v_mov_b32_e32 v247, 0
	v_mov_b32_e32 v246, 0
	v_mov_b32_e32 v209, 0
	v_mov_b32_e32 v208, 0
	s_cbranch_scc1 .LBB0_531
; %bb.332:                              ; %.lr.ph
	v_and_b32_e32 v4, 0x70, v1
	v_bitop3_b32 v45, v2, v3, v4 bitop3:0x36
	v_xor_b32_e32 v2, 32, v45
	v_accvgpr_write_b32 a204, v2
	v_xor_b32_e32 v2, 64, v45
	v_accvgpr_write_b32 a205, v2
	v_xor_b32_e32 v2, 0x60, v45
.Ltmp13:
	.loc	2 43 12 is_stmt 1               ; standard.py:43:12 @[ fused_moe.py:117:23 ]
	s_ashr_i32 s0, s8, 31
	v_accvgpr_write_b32 a206, v2
	v_and_b32_e32 v2, 48, v43
	s_movk_i32 s1, 0xb80
	s_lshr_b32 s0, s0, 25
	v_and_or_b32 v2, v42, s1, v2
	v_readlane_b32 s1, v255, 31
	s_add_i32 s8, s8, s0
	v_and_b32_e32 v1, 8, v1
	v_bitop3_b32 v0, s1, v2, v0 bitop3:0x36
	s_ashr_i32 s0, s8, 7
	v_or_b32_e32 v2, v0, v1
	s_movk_i32 s1, 0x440
.Ltmp14:
	.loc	1 134 19                        ; fused_moe.py:134:19
	s_lshl_b32 s4, s19, 7
	.loc	1 133 19                        ; fused_moe.py:133:19
	s_lshl_b32 s8, s17, 7
	v_accvgpr_write_b32 a207, v2
	v_bitop3_b32 v2, v0, s1, v1 bitop3:0x36
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_max_i32 s0, s0, 2
	v_bitop3_b32 v0, v0, 64, v1 bitop3:0x36
	v_mov_b32_e32 v208, 0
	s_ashr_i32 s9, s8, 31
	s_ashr_i32 s5, s4, 31
	v_accvgpr_write_b32 a208, v2
	s_add_i32 s24, s0, -1
	v_accvgpr_write_b32 a216, v0
	s_mov_b32 s19, 0
	s_mov_b32 s99, 0x8000
	s_mov_b32 s17, 0
	s_mov_b32 s97, 0
	v_mov_b32_e32 v209, v208
	v_mov_b32_e32 v246, v208
	v_mov_b32_e32 v247, v208
	v_mov_b32_e32 v244, v208
	v_mov_b32_e32 v245, v208
	v_mov_b32_e32 v242, v208
	v_mov_b32_e32 v243, v208
	v_mov_b32_e32 v240, v208
	v_mov_b32_e32 v241, v208
	v_mov_b32_e32 v236, v208
	v_mov_b32_e32 v237, v208
	v_mov_b32_e32 v234, v208
	v_mov_b32_e32 v235, v208
	v_mov_b32_e32 v232, v208
	v_mov_b32_e32 v233, v208
	v_mov_b32_e32 v230, v208
	v_mov_b32_e32 v231, v208
	v_mov_b32_e32 v228, v208
	v_mov_b32_e32 v229, v208
	v_mov_b32_e32 v226, v208
	v_mov_b32_e32 v227, v208
	v_mov_b32_e32 v222, v208
	v_mov_b32_e32 v223, v208
	v_mov_b32_e32 v220, v208
	v_mov_b32_e32 v221, v208
	v_mov_b32_e32 v218, v208
	v_mov_b32_e32 v219, v208
	v_mov_b32_e32 v216, v208
	v_mov_b32_e32 v217, v208
	v_mov_b32_e32 v214, v208
	v_mov_b32_e32 v215, v208
	s_branch .LBB0_334
	.loc	1 0 5 is_stmt 0                 ; :0:5
.Ltmp15:
	.p2align	5
.LBB0_333:                              ;   in Loop: Header=BB0_334 Depth=1
	s_or_b64 exec, exec, s[10:11]
	.loc	1 127 50 is_stmt 1              ; fused_moe.py:127:50
	s_mul_i32 s0, s97, s95
	.loc	1 127 35 is_stmt 0              ; fused_moe.py:127:35
	s_ashr_i32 s1, s0, 31
	s_lshl_b64 s[0:1], s[0:1], 2
	v_accvgpr_read_b32 v16, a198
	v_accvgpr_read_b32 v17, a199
	v_accvgpr_read_b32 v46, a182
	v_accvgpr_read_b32 v47, a183
	v_accvgpr_read_b32 v48, a180
	v_accvgpr_read_b32 v49, a181
	v_accvgpr_read_b32 v50, a178
	v_accvgpr_read_b32 v51, a179
	v_accvgpr_read_b32 v52, a176
	v_accvgpr_read_b32 v53, a177
	v_lshl_add_u64 v[16:17], v[16:17], 0, s[0:1]
	v_accvgpr_read_b32 v18, a196
	v_accvgpr_read_b32 v19, a197
	v_accvgpr_read_b32 v20, a194
	v_accvgpr_read_b32 v21, a195
	v_accvgpr_read_b32 v22, a192
	v_accvgpr_read_b32 v23, a193
	v_accvgpr_read_b32 v24, a190
	v_accvgpr_read_b32 v25, a191
	v_accvgpr_read_b32 v26, a188
	v_accvgpr_read_b32 v27, a189
	v_accvgpr_read_b32 v28, a186
	v_accvgpr_read_b32 v29, a187
	v_accvgpr_read_b32 v30, a184
	v_accvgpr_read_b32 v31, a185
	v_lshl_add_u64 v[46:47], v[46:47], 0, s[0:1]
	v_lshl_add_u64 v[48:49], v[48:49], 0, s[0:1]
	v_lshl_add_u64 v[50:51], v[50:51], 0, s[0:1]
	v_lshl_add_u64 v[52:53], v[52:53], 0, s[0:1]
	v_accvgpr_read_b32 v54, a174
	v_accvgpr_read_b32 v55, a175
	v_accvgpr_read_b32 v56, a172
	v_accvgpr_read_b32 v57, a173
	v_accvgpr_read_b32 v58, a170
	v_accvgpr_read_b32 v59, a171
	v_accvgpr_read_b32 v60, a168
	v_accvgpr_read_b32 v61, a169
	v_lshl_add_u64 v[18:19], v[18:19], 0, s[0:1]
	v_lshl_add_u64 v[20:21], v[20:21], 0, s[0:1]
	v_lshl_add_u64 v[22:23], v[22:23], 0, s[0:1]
	v_lshl_add_u64 v[24:25], v[24:25], 0, s[0:1]
	v_lshl_add_u64 v[26:27], v[26:27], 0, s[0:1]
	v_lshl_add_u64 v[28:29], v[28:29], 0, s[0:1]
	v_lshl_add_u64 v[30:31], v[30:31], 0, s[0:1]
	v_lshl_add_u64 v[54:55], v[54:55], 0, s[0:1]
	v_lshl_add_u64 v[56:57], v[56:57], 0, s[0:1]
	v_lshl_add_u64 v[58:59], v[58:59], 0, s[0:1]
	v_lshl_add_u64 v[60:61], v[60:61], 0, s[0:1]
	.loc	1 127 27                        ; fused_moe.py:127:27
	global_load_dword v62, v[16:17], off
	global_load_dword v63, v[18:19], off
	global_load_dword v64, v[20:21], off
	global_load_dword v65, v[22:23], off
	global_load_dword v66, v[24:25], off
	global_load_dword v67, v[26:27], off
	global_load_dword v68, v[28:29], off
	global_load_dword v69, v[30:31], off
	s_nop 0
	global_load_dword v46, v[46:47], off
	s_nop 0
	global_load_dword v47, v[48:49], off
	s_nop 0
	global_load_dword v48, v[50:51], off
	global_load_dword v49, v[52:53], off
	s_nop 0
	global_load_dword v50, v[54:55], off
	global_load_dword v51, v[56:57], off
	global_load_dword v52, v[58:59], off
	global_load_dword v53, v[60:61], off
	.loc	1 128 32 is_stmt 1              ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x64_f8f6f4 v[16:31], a[24:31], v[0:7], 0
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_i32 s0, s17, 1
	.loc	1 127 50                        ; fused_moe.py:127:50
	s_waitcnt vmcnt(16)
	v_mov_b32_e32 v41, v40
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cmp_lt_i32 s0, 2
	s_cselect_b32 s17, s0, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_lshl_b32 s0, s17, 13
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_add_i32 s19, s0, s0
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_u32_e32 v54, s0, v44
	ds_write_b8 v54, a35 offset:32768
	ds_write_b8 v54, a42 offset:34816
	ds_write_b8 v54, a50 offset:36864
	ds_write_b8 v54, a58 offset:38912
	s_add_i32 s99, s0, 0x8000
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cmp_lg_u32 s98, s24
	s_mov_b32 s97, s98
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x64_f8f6f4 v[16:31], a[16:23], v[8:15], v[16:31]
	v_mfma_f32_32x32x64_f8f6f4 v[0:15], a[24:31], a[8:15], 0
	s_nop 15
	s_nop 2
	v_mul_f32_e64 v16, v42, v16
	v_mul_f32_e64 v17, v43, v17
	v_mul_f32_e64 v18, v42, v18
	v_mul_f32_e64 v19, v43, v19
	v_mul_f32_e64 v20, v42, v20
	v_mul_f32_e64 v21, v43, v21
	v_mul_f32_e64 v22, v42, v22
	v_mul_f32_e64 v23, v43, v23
	v_mul_f32_e64 v24, v42, v24
	v_mul_f32_e64 v25, v43, v25
	v_mul_f32_e64 v26, v42, v26
	v_mul_f32_e64 v27, v43, v27
	v_mul_f32_e64 v28, v42, v28
	v_mul_f32_e64 v29, v43, v29
	v_pk_mul_f32 v[30:31], v[42:43], v[30:31]
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[208:209], v[62:63], v[16:17], v[208:209]
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x64_f8f6f4 v[0:15], a[16:23], a[0:7], v[0:15]
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_waitcnt vmcnt(12)
	v_fma_f32 v246, v64, v18, v246
	v_fma_f32 v247, v65, v19, v247
	s_waitcnt vmcnt(10)
	v_fma_f32 v244, v66, v20, v244
	v_fma_f32 v245, v67, v21, v245
	s_waitcnt vmcnt(8)
	v_fma_f32 v242, v68, v22, v242
	v_fma_f32 v243, v69, v23, v243
	s_waitcnt vmcnt(6)
	v_fma_f32 v240, v46, v24, v240
	v_fma_f32 v241, v47, v25, v241
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[236:237], v[48:49], v[26:27], v[236:237]
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[234:235], v[50:51], v[28:29], v[234:235]
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[232:233], v[52:53], v[30:31], v[232:233]
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_nop 1
	v_pk_mul_f32 v[0:1], v[40:41], v[0:1]
	v_pk_mul_f32 v[2:3], v[40:41], v[2:3]
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[230:231], v[62:63], v[0:1], v[230:231]
	v_accvgpr_read_b32 v1, a209
	v_pk_fma_f32 v[228:229], v[64:65], v[2:3], v[228:229]
	.loc	1 119 13 is_stmt 1              ; fused_moe.py:119:13
	v_add_u32_e32 v0, s0, v1
	v_accvgpr_read_b32 v2, a210
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_pk_mul_f32 v[4:5], v[40:41], v[4:5]
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_write_b8 v0, a33 offset:33024
	ds_write_b8 v0, a41 offset:35072
	ds_write_b8 v0, a49 offset:37120
	ds_write_b8 v0, a57 offset:39168
	v_add_u32_e32 v0, s0, v2
	v_accvgpr_read_b32 v3, a211
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[226:227], v[66:67], v[4:5], v[226:227]
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_write_b8 v0, a32 offset:33280
	ds_write_b8 v0, a40 offset:35328
	ds_write_b8 v0, a48 offset:37376
	ds_write_b8 v0, a56 offset:39424
	v_add_u32_e32 v0, s0, v3
	v_accvgpr_read_b32 v4, a212
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_pk_mul_f32 v[6:7], v[40:41], v[6:7]
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_write_b8 v0, a36 offset:33536
	ds_write_b8 v0, a44 offset:35584
	ds_write_b8 v0, a52 offset:37632
	ds_write_b8 v0, a60 offset:39680
	v_add_u32_e32 v0, s0, v4
	v_accvgpr_read_b32 v5, a213
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[222:223], v[68:69], v[6:7], v[222:223]
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_write_b8 v0, a34 offset:33792
	ds_write_b8 v0, a43 offset:35840
	ds_write_b8 v0, a51 offset:37888
	ds_write_b8 v0, a59 offset:39936
	v_add_u32_e32 v0, s0, v5
	v_accvgpr_read_b32 v6, a214
	ds_write_b8 v0, a38 offset:34048
	ds_write_b8 v0, a46 offset:36096
	ds_write_b8 v0, a54 offset:38144
	ds_write_b8 v0, a62 offset:40192
	v_add_u32_e32 v0, s0, v6
	v_accvgpr_read_b32 v7, a215
	ds_write_b8 v0, a37 offset:34304
	ds_write_b8 v0, a45 offset:36352
	ds_write_b8 v0, a53 offset:38400
	ds_write_b8 v0, a61 offset:40448
	v_add_u32_e32 v0, s0, v7
	ds_write_b8 v0, a39 offset:34560
	ds_write_b8 v0, a47 offset:36608
	ds_write_b8 v0, a55 offset:38656
	ds_write_b8 v0, a63 offset:40704
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_add_u32_e32 v0, s19, v44
	ds_write_b8 v0, a64
	ds_write_b8 v0, a72 offset:2048
	ds_write_b8 v0, a80 offset:4096
	ds_write_b8 v0, a88 offset:6144
	ds_write_b8 v0, a96 offset:8192
	ds_write_b8 v0, a104 offset:10240
	ds_write_b8 v0, a112 offset:12288
	ds_write_b8 v0, a120 offset:14336
	v_add_u32_e32 v0, s19, v1
	ds_write_b8 v0, a65 offset:256
	ds_write_b8 v0, a73 offset:2304
	ds_write_b8 v0, a81 offset:4352
	ds_write_b8 v0, a89 offset:6400
	ds_write_b8 v0, a97 offset:8448
	ds_write_b8 v0, a105 offset:10496
	ds_write_b8 v0, a113 offset:12544
	ds_write_b8 v0, a121 offset:14592
	v_add_u32_e32 v0, s19, v2
	ds_write_b8 v0, a66 offset:512
	ds_write_b8 v0, a74 offset:2560
	ds_write_b8 v0, a82 offset:4608
	ds_write_b8 v0, a90 offset:6656
	ds_write_b8 v0, a98 offset:8704
	ds_write_b8 v0, a106 offset:10752
	ds_write_b8 v0, a114 offset:12800
	ds_write_b8 v0, a122 offset:14848
	v_add_u32_e32 v0, s19, v3
	ds_write_b8 v0, a67 offset:768
	ds_write_b8 v0, a75 offset:2816
	ds_write_b8 v0, a83 offset:4864
	ds_write_b8 v0, a91 offset:6912
	ds_write_b8 v0, a99 offset:8960
	ds_write_b8 v0, a107 offset:11008
	ds_write_b8 v0, a115 offset:13056
	ds_write_b8 v0, a123 offset:15104
	v_add_u32_e32 v0, s19, v4
	ds_write_b8 v0, a68 offset:1024
	ds_write_b8 v0, a76 offset:3072
	ds_write_b8 v0, a84 offset:5120
	ds_write_b8 v0, a92 offset:7168
	ds_write_b8 v0, a100 offset:9216
	ds_write_b8 v0, a108 offset:11264
	ds_write_b8 v0, a116 offset:13312
	ds_write_b8 v0, a124 offset:15360
	v_add_u32_e32 v0, s19, v5
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_pk_mul_f32 v[8:9], v[40:41], v[8:9]
	v_pk_mul_f32 v[10:11], v[40:41], v[10:11]
	v_pk_mul_f32 v[12:13], v[40:41], v[12:13]
	v_pk_mul_f32 v[14:15], v[40:41], v[14:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_write_b8 v0, a69 offset:1280
	ds_write_b8 v0, a77 offset:3328
	ds_write_b8 v0, a85 offset:5376
	ds_write_b8 v0, a93 offset:7424
	ds_write_b8 v0, a101 offset:9472
	ds_write_b8 v0, a109 offset:11520
	ds_write_b8 v0, a117 offset:13568
	ds_write_b8 v0, a125 offset:15616
	v_add_u32_e32 v0, s19, v6
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[220:221], v[46:47], v[8:9], v[220:221]
	v_pk_fma_f32 v[218:219], v[48:49], v[10:11], v[218:219]
	v_pk_fma_f32 v[216:217], v[50:51], v[12:13], v[216:217]
	v_pk_fma_f32 v[214:215], v[52:53], v[14:15], v[214:215]
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_write_b8 v0, a70 offset:1536
	ds_write_b8 v0, a78 offset:3584
	ds_write_b8 v0, a86 offset:5632
	ds_write_b8 v0, a94 offset:7680
	ds_write_b8 v0, a102 offset:9728
	ds_write_b8 v0, a110 offset:11776
	ds_write_b8 v0, a118 offset:13824
	ds_write_b8 v0, a126 offset:15872
	v_add_u32_e32 v0, s19, v7
	ds_write_b8 v0, a71 offset:1792
	ds_write_b8 v0, a79 offset:3840
	ds_write_b8 v0, a87 offset:5888
	ds_write_b8 v0, a95 offset:7936
	ds_write_b8 v0, a103 offset:9984
	ds_write_b8 v0, a111 offset:12032
	ds_write_b8 v0, a119 offset:14080
	ds_write_b8 v0, a127 offset:16128
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cbranch_scc0 .LBB0_532
.LBB0_334:                              ; =>This Inner Loop Header: Depth=1
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	v_accvgpr_read_b32 v0, a136
	v_accvgpr_read_b32 v1, a137
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_i32 s98, s97, 1
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[8:9]
	.loc	1 118 27                        ; fused_moe.py:118:27
	s_lshl_b32 s0, s98, 7
	v_accvgpr_write_b32 a137, v1
	v_accvgpr_write_b32 a136, v0
	.loc	1 118 23 is_stmt 0              ; fused_moe.py:118:23
	s_sub_i32 s40, s20, s0
	v_accvgpr_read_b32 v0, a135
	.loc	1 119 57 is_stmt 1              ; fused_moe.py:119:57
	v_cmp_gt_i32_e64 s[0:1], s40, v0
	.loc	1 119 34 is_stmt 0              ; fused_moe.py:119:34
	s_and_b64 s[42:43], s[44:45], s[0:1]
	v_accvgpr_write_b32 a35, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_336
; %bb.335:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_read_b32 v0, a136
	v_accvgpr_read_b32 v1, a137
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a35, v[0:1], off
.LBB0_336:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	v_accvgpr_read_b32 v0, a138
	v_accvgpr_read_b32 v1, a139
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v254, 4
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s11, v254, 5
	v_accvgpr_write_b32 a139, v1
	v_accvgpr_write_b32 a138, v0
	s_and_b64 s[42:43], s[10:11], s[0:1]
	v_accvgpr_write_b32 a32, 0
	v_accvgpr_write_b32 a33, 0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_338
; %bb.337:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_read_b32 v0, a138
	v_accvgpr_read_b32 v1, a139
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a33, v[0:1], off
.LBB0_338:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	v_accvgpr_read_b32 v0, a140
	v_accvgpr_read_b32 v1, a141
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v254, 7
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s11, v254, 8
	v_accvgpr_write_b32 a141, v1
	v_accvgpr_write_b32 a140, v0
	s_and_b64 s[42:43], s[10:11], s[0:1]
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_340
; %bb.339:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_read_b32 v0, a140
	v_accvgpr_read_b32 v1, a141
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a32, v[0:1], off
.LBB0_340:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	v_accvgpr_read_b32 v0, a142
	v_accvgpr_read_b32 v1, a143
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v254, 10
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s11, v254, 11
	v_accvgpr_write_b32 a143, v1
	v_accvgpr_write_b32 a142, v0
	s_and_b64 s[42:43], s[10:11], s[0:1]
	v_accvgpr_write_b32 a34, 0
	v_accvgpr_write_b32 a36, 0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_342
; %bb.341:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_read_b32 v0, a142
	v_accvgpr_read_b32 v1, a143
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a36, v[0:1], off
.LBB0_342:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	v_accvgpr_read_b32 v0, a144
	v_accvgpr_read_b32 v1, a145
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v254, 13
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s11, v254, 14
	v_accvgpr_write_b32 a145, v1
	v_accvgpr_write_b32 a144, v0
	s_and_b64 s[42:43], s[10:11], s[0:1]
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_344
; %bb.343:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_read_b32 v0, a144
	v_accvgpr_read_b32 v1, a145
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a34, v[0:1], off
.LBB0_344:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	v_accvgpr_read_b32 v0, a146
	v_accvgpr_read_b32 v1, a147
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v254, 16
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s11, v254, 17
	v_accvgpr_write_b32 a147, v1
	v_accvgpr_write_b32 a146, v0
	s_and_b64 s[42:43], s[10:11], s[0:1]
	v_accvgpr_write_b32 a37, 0
	v_accvgpr_write_b32 a38, 0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_346
; %bb.345:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_read_b32 v0, a146
	v_accvgpr_read_b32 v1, a147
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a38, v[0:1], off
.LBB0_346:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	v_accvgpr_read_b32 v0, a148
	v_accvgpr_read_b32 v1, a149
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v254, 19
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s11, v254, 20
	v_accvgpr_write_b32 a149, v1
	v_accvgpr_write_b32 a148, v0
	s_and_b64 s[42:43], s[10:11], s[0:1]
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_348
; %bb.347:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_read_b32 v0, a148
	v_accvgpr_read_b32 v1, a149
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a37, v[0:1], off
.LBB0_348:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	v_accvgpr_read_b32 v0, a150
	v_accvgpr_read_b32 v1, a151
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v254, 22
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s11, v254, 23
	v_accvgpr_write_b32 a151, v1
	v_accvgpr_write_b32 a150, v0
	s_and_b64 s[42:43], s[10:11], s[0:1]
	v_accvgpr_write_b32 a42, 0
	v_accvgpr_write_b32 a39, 0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_350
; %bb.349:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_read_b32 v0, a150
	v_accvgpr_read_b32 v1, a151
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a39, v[0:1], off
.LBB0_350:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	v_accvgpr_read_b32 v0, a152
	v_accvgpr_read_b32 v1, a153
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v254, 25
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s11, v254, 26
	v_accvgpr_write_b32 a153, v1
	v_accvgpr_write_b32 a152, v0
	s_and_b64 s[42:43], s[10:11], s[0:1]
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_352
; %bb.351:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_read_b32 v0, a152
	v_accvgpr_read_b32 v1, a153
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a42, v[0:1], off
.LBB0_352:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	v_accvgpr_read_b32 v0, a154
	v_accvgpr_read_b32 v1, a155
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v254, 28
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s11, v254, 29
	v_accvgpr_write_b32 a155, v1
	v_accvgpr_write_b32 a154, v0
	s_and_b64 s[42:43], s[10:11], s[0:1]
	v_accvgpr_write_b32 a40, 0
	v_accvgpr_write_b32 a41, 0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_354
; %bb.353:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_read_b32 v0, a154
	v_accvgpr_read_b32 v1, a155
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a41, v[0:1], off
.LBB0_354:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	v_accvgpr_read_b32 v0, a156
	v_accvgpr_read_b32 v1, a157
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v254, 31
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s11, v254, 32
	v_accvgpr_write_b32 a157, v1
	v_accvgpr_write_b32 a156, v0
	s_and_b64 s[42:43], s[10:11], s[0:1]
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_356
; %bb.355:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_read_b32 v0, a156
	v_accvgpr_read_b32 v1, a157
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a40, v[0:1], off
.LBB0_356:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	v_accvgpr_read_b32 v0, a158
	v_accvgpr_read_b32 v1, a159
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v254, 34
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s11, v254, 35
	v_accvgpr_write_b32 a159, v1
	v_accvgpr_write_b32 a158, v0
	s_and_b64 s[42:43], s[10:11], s[0:1]
	v_accvgpr_write_b32 a43, 0
	v_accvgpr_write_b32 a44, 0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_358
; %bb.357:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_read_b32 v0, a158
	v_accvgpr_read_b32 v1, a159
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a44, v[0:1], off
.LBB0_358:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	v_accvgpr_read_b32 v0, a160
	v_accvgpr_read_b32 v1, a161
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v254, 37
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s11, v254, 38
	v_accvgpr_write_b32 a161, v1
	v_accvgpr_write_b32 a160, v0
	s_and_b64 s[42:43], s[10:11], s[0:1]
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_360
; %bb.359:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_read_b32 v0, a160
	v_accvgpr_read_b32 v1, a161
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a43, v[0:1], off
.LBB0_360:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	v_accvgpr_read_b32 v0, a162
	v_accvgpr_read_b32 v1, a163
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v254, 40
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s11, v254, 41
	v_accvgpr_write_b32 a163, v1
	v_accvgpr_write_b32 a162, v0
	s_and_b64 s[42:43], s[10:11], s[0:1]
	v_accvgpr_write_b32 a45, 0
	v_accvgpr_write_b32 a46, 0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_362
; %bb.361:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_read_b32 v0, a162
	v_accvgpr_read_b32 v1, a163
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a46, v[0:1], off
.LBB0_362:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	v_accvgpr_read_b32 v0, a164
	v_accvgpr_read_b32 v1, a165
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v254, 43
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s11, v254, 44
	v_accvgpr_write_b32 a165, v1
	v_accvgpr_write_b32 a164, v0
	s_and_b64 s[42:43], s[10:11], s[0:1]
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_364
; %bb.363:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_read_b32 v0, a164
	v_accvgpr_read_b32 v1, a165
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a45, v[0:1], off
.LBB0_364:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	v_accvgpr_read_b32 v0, a166
	v_accvgpr_read_b32 v1, a167
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v254, 46
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[0:1], v[0:1], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s11, v254, 47
	v_accvgpr_write_b32 a167, v1
	v_accvgpr_write_b32 a166, v0
	s_and_b64 s[42:43], s[10:11], s[0:1]
	v_accvgpr_write_b32 a50, 0
	v_accvgpr_write_b32 a47, 0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_366
; %bb.365:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_accvgpr_read_b32 v0, a166
	v_accvgpr_read_b32 v1, a167
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a47, v[0:1], off
.LBB0_366:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v254, 49
	v_readlane_b32 s11, v254, 50
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[70:71], v[70:71], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b64 s[42:43], s[10:11], s[0:1]
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_368
; %bb.367:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a50, v[70:71], off
.LBB0_368:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v254, 52
	v_readlane_b32 s11, v254, 53
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[72:73], v[72:73], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b64 s[42:43], s[10:11], s[0:1]
	v_accvgpr_write_b32 a48, 0
	v_accvgpr_write_b32 a49, 0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_370
; %bb.369:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a49, v[72:73], off
.LBB0_370:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v254, 55
	v_readlane_b32 s11, v254, 56
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[74:75], v[74:75], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b64 s[42:43], s[10:11], s[0:1]
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_372
; %bb.371:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a48, v[74:75], off
.LBB0_372:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v254, 58
	v_readlane_b32 s11, v254, 59
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[76:77], v[76:77], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b64 s[42:43], s[10:11], s[0:1]
	v_accvgpr_write_b32 a51, 0
	v_accvgpr_write_b32 a52, 0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_374
; %bb.373:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a52, v[76:77], off
.LBB0_374:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v254, 61
	v_readlane_b32 s11, v254, 62
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[78:79], v[78:79], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b64 s[42:43], s[10:11], s[0:1]
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_376
; %bb.375:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a51, v[78:79], off
.LBB0_376:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v255, 0
	v_readlane_b32 s11, v255, 1
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[80:81], v[80:81], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b64 s[42:43], s[10:11], s[0:1]
	v_accvgpr_write_b32 a53, 0
	v_accvgpr_write_b32 a54, 0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_378
; %bb.377:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a54, v[80:81], off
.LBB0_378:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v255, 3
	v_readlane_b32 s11, v255, 4
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[82:83], v[82:83], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b64 s[42:43], s[10:11], s[0:1]
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_380
; %bb.379:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a53, v[82:83], off
.LBB0_380:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v255, 6
	v_readlane_b32 s11, v255, 7
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[84:85], v[84:85], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b64 s[42:43], s[10:11], s[0:1]
	v_accvgpr_write_b32 a58, 0
	v_accvgpr_write_b32 a55, 0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_382
; %bb.381:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a55, v[84:85], off
.LBB0_382:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v255, 9
	v_readlane_b32 s11, v255, 10
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[86:87], v[86:87], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b64 s[42:43], s[10:11], s[0:1]
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_384
; %bb.383:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a58, v[86:87], off
.LBB0_384:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v255, 12
	v_readlane_b32 s11, v255, 13
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[88:89], v[88:89], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b64 s[42:43], s[10:11], s[0:1]
	v_accvgpr_write_b32 a56, 0
	v_accvgpr_write_b32 a57, 0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_386
; %bb.385:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a57, v[88:89], off
.LBB0_386:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v255, 14
	v_readlane_b32 s11, v255, 15
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[90:91], v[90:91], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b64 s[42:43], s[10:11], s[0:1]
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_388
; %bb.387:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a56, v[90:91], off
.LBB0_388:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v255, 16
	v_readlane_b32 s11, v255, 17
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[92:93], v[92:93], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b64 s[42:43], s[10:11], s[0:1]
	v_accvgpr_write_b32 a59, 0
	v_accvgpr_write_b32 a60, 0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_390
; %bb.389:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a60, v[92:93], off
.LBB0_390:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v255, 19
	v_readlane_b32 s11, v255, 20
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[94:95], v[94:95], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b64 s[42:43], s[10:11], s[0:1]
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_392
; %bb.391:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a59, v[94:95], off
.LBB0_392:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v255, 22
	v_readlane_b32 s11, v255, 23
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[96:97], v[96:97], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b64 s[42:43], s[10:11], s[0:1]
	v_accvgpr_write_b32 a61, 0
	v_accvgpr_write_b32 a62, 0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_394
; %bb.393:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a62, v[96:97], off
.LBB0_394:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v255, 25
	v_readlane_b32 s11, v255, 26
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[98:99], v[98:99], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b64 s[42:43], s[10:11], s[0:1]
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[10:11], s[42:43]
	s_cbranch_execz .LBB0_396
; %bb.395:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a61, v[98:99], off
.LBB0_396:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s10, v255, 28
	v_readlane_b32 s11, v255, 29
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_lshl_add_u64 v[100:101], v[100:101], 0, s[8:9]
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b64 s[10:11], s[10:11], s[0:1]
	v_accvgpr_write_b32 a63, 0
	.loc	1 119 13 is_stmt 0              ; fused_moe.py:119:13
	s_and_saveexec_b64 s[0:1], s[10:11]
	s_cbranch_execz .LBB0_398
; %bb.397:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a63, v[100:101], off
.LBB0_398:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_u32_e32 v4, s99, v45
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[0:3], v4
	ds_read_b128 a[8:11], v4 offset:4096
	v_accvgpr_read_b32 v4, a204
	v_add_u32_e32 v8, s99, v4
	ds_read_b128 v[4:7], v8
	ds_read_b128 a[12:15], v8 offset:4096
	v_accvgpr_read_b32 v8, a205
	v_add_u32_e32 v12, s99, v8
	ds_read_b128 v[8:11], v12
	ds_read_b128 a[0:3], v12 offset:4096
	v_accvgpr_read_b32 v12, a206
	v_add_u32_e32 v16, s99, v12
	ds_read_b128 v[12:15], v16
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	ds_read_b128 a[4:7], v16 offset:4096
	s_cmp_ge_i32 s23, s40
	.loc	1 134 9                         ; fused_moe.py:134:9
	v_lshl_add_u64 v[102:103], v[102:103], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_463
; %bb.399:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a64, v[102:103], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s16, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[104:105], v[104:105], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_464
.LBB0_400:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a65, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s18, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[106:107], v[106:107], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_465
.LBB0_401:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a66, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s21, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[108:109], v[108:109], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_466
.LBB0_402:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a67, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s27, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[110:111], v[110:111], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_467
.LBB0_403:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a68, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s28, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[112:113], v[112:113], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_468
.LBB0_404:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a69, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s29, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[114:115], v[114:115], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_469
.LBB0_405:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a70, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s30, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[116:117], v[116:117], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_470
.LBB0_406:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a71, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s31, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[118:119], v[118:119], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_471
.LBB0_407:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a72, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s34, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[120:121], v[120:121], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_472
.LBB0_408:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a73, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s35, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[122:123], v[122:123], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_473
.LBB0_409:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a74, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s46, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[124:125], v[124:125], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_474
.LBB0_410:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a75, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s47, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[126:127], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_475
.LBB0_411:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a76, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s22, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[128:129], v[128:129], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_476
.LBB0_412:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a77, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s33, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[130:131], v[130:131], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_477
.LBB0_413:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a78, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s25, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[132:133], v[132:133], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_478
.LBB0_414:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a79, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s13, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[134:135], v[134:135], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_479
.LBB0_415:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a80, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s12, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[136:137], v[136:137], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_480
.LBB0_416:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a81, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s26, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[138:139], v[138:139], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_481
.LBB0_417:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a82, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s48, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[140:141], v[140:141], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_482
.LBB0_418:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a83, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s49, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[142:143], v[142:143], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_483
.LBB0_419:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a84, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s50, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[144:145], v[144:145], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_484
.LBB0_420:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a85, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s51, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[146:147], v[146:147], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_485
.LBB0_421:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a86, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s52, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[148:149], v[148:149], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_486
.LBB0_422:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a87, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s53, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[150:151], v[150:151], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_487
.LBB0_423:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a88, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s54, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[152:153], v[152:153], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_488
.LBB0_424:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a89, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s55, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[154:155], v[154:155], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_489
.LBB0_425:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a90, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s56, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[156:157], v[156:157], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_490
.LBB0_426:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a91, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s57, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[158:159], v[158:159], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_491
.LBB0_427:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a92, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s58, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[160:161], v[160:161], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_492
.LBB0_428:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a93, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s59, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[162:163], v[162:163], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_493
.LBB0_429:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a94, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s60, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[164:165], v[164:165], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_494
.LBB0_430:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a95, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s61, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[166:167], v[166:167], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_495
.LBB0_431:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a96, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s62, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[168:169], v[168:169], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_496
.LBB0_432:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a97, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s63, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[170:171], v[170:171], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_497
.LBB0_433:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a98, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s64, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[172:173], v[172:173], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_498
.LBB0_434:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a99, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s65, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[174:175], v[174:175], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_499
.LBB0_435:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a100, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s66, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[176:177], v[176:177], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_500
.LBB0_436:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a101, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s67, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[178:179], v[178:179], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_501
.LBB0_437:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a102, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s68, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[180:181], v[180:181], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_502
.LBB0_438:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a103, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s69, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[182:183], v[182:183], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_503
.LBB0_439:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a104, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s70, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[184:185], v[184:185], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_504
.LBB0_440:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a105, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s71, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[186:187], v[186:187], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_505
.LBB0_441:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a106, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s72, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[188:189], v[188:189], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_506
.LBB0_442:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a107, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s73, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[190:191], v[190:191], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_507
.LBB0_443:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a108, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s74, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[192:193], v[192:193], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_508
.LBB0_444:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a109, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s75, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[194:195], v[194:195], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_509
.LBB0_445:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a110, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s76, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[196:197], v[196:197], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_510
.LBB0_446:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a111, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s77, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[198:199], v[198:199], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_511
.LBB0_447:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a112, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s80, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[200:201], v[200:201], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_512
.LBB0_448:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a113, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s81, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[202:203], v[202:203], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_513
.LBB0_449:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a114, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s82, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[204:205], v[204:205], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_514
.LBB0_450:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a115, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s83, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[206:207], v[206:207], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_515
.LBB0_451:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a116, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s84, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[210:211], v[210:211], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_516
.LBB0_452:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a117, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s85, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[212:213], v[212:213], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_517
.LBB0_453:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a118, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s86, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[224:225], v[224:225], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_518
.LBB0_454:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a119, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s87, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[238:239], v[238:239], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_519
.LBB0_455:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a120, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s88, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[248:249], v[248:249], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_520
.LBB0_456:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a121, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s89, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[250:251], v[250:251], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_521
.LBB0_457:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a122, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s90, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[252:253], v[252:253], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_522
.LBB0_458:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a123, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s91, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[34:35], v[34:35], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_523
.LBB0_459:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a124, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s92, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[36:37], v[36:37], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_524
.LBB0_460:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a125, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s93, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_525
.LBB0_461:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a126, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s94, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[38:39], v[38:39], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_526
.LBB0_462:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_write_b32 a127, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_branch .LBB0_527
	.loc	1 0 13                          ; :0:13
.Ltmp16:
	.p2align	5, , 4
.LBB0_463:                              ;   in Loop: Header=BB0_334 Depth=1
	v_accvgpr_write_b32 a64, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s16, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[104:105], v[104:105], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_400
.LBB0_464:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a65, v[104:105], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s18, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[106:107], v[106:107], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_401
.LBB0_465:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a66, v[106:107], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s21, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[108:109], v[108:109], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_402
.LBB0_466:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a67, v[108:109], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s27, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[110:111], v[110:111], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_403
.LBB0_467:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a68, v[110:111], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s28, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[112:113], v[112:113], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_404
.LBB0_468:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a69, v[112:113], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s29, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[114:115], v[114:115], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_405
.LBB0_469:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a70, v[114:115], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s30, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[116:117], v[116:117], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_406
.LBB0_470:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a71, v[116:117], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s31, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[118:119], v[118:119], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_407
.LBB0_471:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a72, v[118:119], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s34, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[120:121], v[120:121], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_408
.LBB0_472:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a73, v[120:121], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s35, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[122:123], v[122:123], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_409
.LBB0_473:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a74, v[122:123], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s46, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[124:125], v[124:125], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_410
.LBB0_474:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a75, v[124:125], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s47, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[126:127], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_411
.LBB0_475:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a76, v[126:127], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s22, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[128:129], v[128:129], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_412
.LBB0_476:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a77, v[128:129], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s33, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[130:131], v[130:131], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_413
.LBB0_477:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a78, v[130:131], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s25, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[132:133], v[132:133], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_414
.LBB0_478:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a79, v[132:133], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s13, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[134:135], v[134:135], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_415
.LBB0_479:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a80, v[134:135], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s12, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[136:137], v[136:137], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_416
.LBB0_480:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a81, v[136:137], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s26, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[138:139], v[138:139], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_417
.LBB0_481:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a82, v[138:139], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s48, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[140:141], v[140:141], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_418
.LBB0_482:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a83, v[140:141], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s49, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[142:143], v[142:143], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_419
.LBB0_483:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a84, v[142:143], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s50, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[144:145], v[144:145], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_420
.LBB0_484:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a85, v[144:145], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s51, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[146:147], v[146:147], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_421
.LBB0_485:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a86, v[146:147], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s52, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[148:149], v[148:149], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_422
.LBB0_486:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a87, v[148:149], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s53, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[150:151], v[150:151], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_423
.LBB0_487:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a88, v[150:151], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s54, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[152:153], v[152:153], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_424
.LBB0_488:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a89, v[152:153], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s55, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[154:155], v[154:155], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_425
.LBB0_489:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a90, v[154:155], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s56, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[156:157], v[156:157], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_426
.LBB0_490:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a91, v[156:157], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s57, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[158:159], v[158:159], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_427
.LBB0_491:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a92, v[158:159], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s58, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[160:161], v[160:161], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_428
.LBB0_492:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a93, v[160:161], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s59, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[162:163], v[162:163], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_429
.LBB0_493:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a94, v[162:163], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s60, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[164:165], v[164:165], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_430
.LBB0_494:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a95, v[164:165], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s61, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[166:167], v[166:167], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_431
.LBB0_495:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a96, v[166:167], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s62, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[168:169], v[168:169], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_432
.LBB0_496:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a97, v[168:169], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s63, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[170:171], v[170:171], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_433
.LBB0_497:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a98, v[170:171], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s64, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[172:173], v[172:173], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_434
.LBB0_498:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a99, v[172:173], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s65, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[174:175], v[174:175], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_435
.LBB0_499:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a100, v[174:175], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s66, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[176:177], v[176:177], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_436
.LBB0_500:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a101, v[176:177], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s67, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[178:179], v[178:179], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_437
.LBB0_501:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a102, v[178:179], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s68, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[180:181], v[180:181], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_438
.LBB0_502:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a103, v[180:181], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s69, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[182:183], v[182:183], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_439
.LBB0_503:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a104, v[182:183], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s70, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[184:185], v[184:185], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_440
.LBB0_504:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a105, v[184:185], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s71, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[186:187], v[186:187], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_441
.LBB0_505:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a106, v[186:187], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s72, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[188:189], v[188:189], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_442
.LBB0_506:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a107, v[188:189], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s73, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[190:191], v[190:191], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_443
.LBB0_507:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a108, v[190:191], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s74, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[192:193], v[192:193], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_444
.LBB0_508:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a109, v[192:193], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s75, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[194:195], v[194:195], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_445
.LBB0_509:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a110, v[194:195], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s76, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[196:197], v[196:197], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_446
.LBB0_510:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a111, v[196:197], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s77, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[198:199], v[198:199], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_447
.LBB0_511:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a112, v[198:199], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s80, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[200:201], v[200:201], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_448
.LBB0_512:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a113, v[200:201], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s81, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[202:203], v[202:203], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_449
.LBB0_513:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a114, v[202:203], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s82, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[204:205], v[204:205], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_450
.LBB0_514:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a115, v[204:205], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s83, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[206:207], v[206:207], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_451
.LBB0_515:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a116, v[206:207], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s84, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[210:211], v[210:211], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_452
.LBB0_516:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a117, v[210:211], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s85, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[212:213], v[212:213], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_453
.LBB0_517:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a118, v[212:213], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s86, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[224:225], v[224:225], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_454
.LBB0_518:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a119, v[224:225], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s87, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[238:239], v[238:239], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_455
.LBB0_519:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a120, v[238:239], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s88, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[248:249], v[248:249], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_456
.LBB0_520:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a121, v[248:249], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s89, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[250:251], v[250:251], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_457
.LBB0_521:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a122, v[250:251], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s90, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[252:253], v[252:253], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_458
.LBB0_522:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a123, v[252:253], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s91, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[34:35], v[34:35], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_459
.LBB0_523:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a124, v[34:35], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s92, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[36:37], v[36:37], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_460
.LBB0_524:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a125, v[36:37], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s93, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_461
.LBB0_525:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a126, v[32:33], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s94, s40
	.loc	1 134 9 is_stmt 1               ; fused_moe.py:134:9
	v_lshl_add_u64 v[38:39], v[38:39], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_462
.LBB0_526:                              ;   in Loop: Header=BB0_334 Depth=1
	global_load_ubyte a127, v[38:39], off
.LBB0_527:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_accvgpr_read_b32 v16, a207
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_add_u32_e32 v16, s19, v16
	ds_read_b64_tr_b8 a[24:25], v16
	ds_read_b64_tr_b8 a[28:29], v16 offset:4096
	ds_read_b64_tr_b8 a[16:17], v16 offset:8192
	ds_read_b64_tr_b8 a[20:21], v16 offset:12288
	v_accvgpr_read_b32 v16, a216
	v_add_u32_e32 v16, s19, v16
	ds_read_b64_tr_b8 a[26:27], v16 offset:1024
	ds_read_b64_tr_b8 a[30:31], v16 offset:5120
	ds_read_b64_tr_b8 a[18:19], v16 offset:9216
	ds_read_b64_tr_b8 a[22:23], v16 offset:13312
	.loc	1 126 50 is_stmt 1              ; fused_moe.py:126:50
	s_mul_i32 s0, s97, s96
	.loc	1 126 35 is_stmt 0              ; fused_moe.py:126:35
	s_ashr_i32 s1, s0, 31
	v_mov_b32_e32 v40, 0
	v_mov_b32_e32 v42, 0
	v_mov_b32_e32 v43, 0
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_and_saveexec_b64 s[10:11], s[2:3]
	s_cbranch_execz .LBB0_529
; %bb.528:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_accvgpr_read_b32 v16, a202
	v_accvgpr_read_b32 v17, a203
	v_lshl_add_u64 v[16:17], s[0:1], 2, v[16:17]
	.loc	1 126 27                        ; fused_moe.py:126:27
	global_load_dword v42, v[16:17], off
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v43, v42
.LBB0_529:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 27                          ; fused_moe.py:0:27
	s_or_b64 exec, exec, s[10:11]
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_and_saveexec_b64 s[10:11], vcc
	s_cbranch_execz .LBB0_333
; %bb.530:                              ;   in Loop: Header=BB0_334 Depth=1
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_accvgpr_read_b32 v16, a200
	v_accvgpr_read_b32 v17, a201
	.loc	1 126 35                        ; fused_moe.py:126:35
	v_lshl_add_u64 v[16:17], s[0:1], 2, v[16:17]
	.loc	1 126 27                        ; fused_moe.py:126:27
	global_load_dword v40, v[16:17], off
	s_branch .LBB0_333
.LBB0_531:
	.loc	1 0 27                          ; fused_moe.py:0:27
	s_mov_b32 s99, 0x8000
	s_mov_b32 s19, 0
.LBB0_532:                              ; %._crit_edge
	.loc	1 119 13 is_stmt 1              ; fused_moe.py:119:13
	v_add_u32_e32 v0, s99, v45
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b128 v[16:19], v0
	ds_read_b128 v[52:55], v0 offset:4096
	v_accvgpr_read_b32 v0, a204
	v_add_u32_e32 v0, s99, v0
	ds_read_b128 v[20:23], v0
	ds_read_b128 v[56:59], v0 offset:4096
	v_accvgpr_read_b32 v0, a205
	v_add_u32_e32 v0, s99, v0
	ds_read_b128 v[24:27], v0
	ds_read_b128 v[60:63], v0 offset:4096
	v_accvgpr_read_b32 v0, a206
	v_add_u32_e32 v0, s99, v0
	ds_read_b128 v[28:31], v0
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_read_b128 v[64:67], v0 offset:4096
	v_accvgpr_read_b32 v0, a207
	v_add_u32_e32 v0, s19, v0
	ds_read_b64_tr_b8 v[68:69], v0
	ds_read_b64_tr_b8 v[72:73], v0 offset:4096
	ds_read_b64_tr_b8 v[76:77], v0 offset:8192
	ds_read_b64_tr_b8 v[80:81], v0 offset:12288
	v_accvgpr_read_b32 v0, a208
	v_add_u32_e32 v0, s19, v0
	ds_read_b64_tr_b8 v[70:71], v0
	ds_read_b64_tr_b8 v[74:75], v0 offset:4096
	ds_read_b64_tr_b8 v[78:79], v0 offset:8192
	ds_read_b64_tr_b8 v[82:83], v0 offset:12288
	.loc	1 126 50                        ; fused_moe.py:126:50
	s_mul_i32 s0, s24, s96
	.loc	1 126 35 is_stmt 0              ; fused_moe.py:126:35
	s_ashr_i32 s1, s0, 31
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_and_b64 s[8:9], s[14:15], s[2:3]
	v_mov_b32_e32 v32, 0
	v_mov_b32_e32 v34, 0
	v_mov_b32_e32 v35, 0
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_534
; %bb.533:
	.loc	1 0 27 is_stmt 0                ; fused_moe.py:0:27
	v_accvgpr_read_b32 v0, a202
	v_accvgpr_read_b32 v1, a203
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 126 27                        ; fused_moe.py:126:27
	global_load_dword v34, v[0:1], off
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v35, v34
.LBB0_534:
	.loc	1 0 27                          ; fused_moe.py:0:27
	s_or_b64 exec, exec, s[4:5]
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_and_b64 s[8:9], s[14:15], vcc
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_and_saveexec_b64 s[4:5], s[8:9]
	v_readlane_b32 s98, v255, 33
	v_readlane_b32 s99, v255, 32
	s_cbranch_execz .LBB0_536
; %bb.535:
	.loc	1 0 27 is_stmt 0                ; fused_moe.py:0:27
	v_accvgpr_read_b32 v0, a200
	v_accvgpr_read_b32 v1, a201
	.loc	1 126 35                        ; fused_moe.py:126:35
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 126 27                        ; fused_moe.py:126:27
	global_load_dword v32, v[0:1], off
.LBB0_536:
	.loc	1 0 27                          ; fused_moe.py:0:27
	s_or_b64 exec, exec, s[4:5]
	.loc	1 127 50 is_stmt 1              ; fused_moe.py:127:50
	s_mul_i32 s0, s24, s95
	.loc	1 127 35 is_stmt 0              ; fused_moe.py:127:35
	s_ashr_i32 s1, s0, 31
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_554
; %bb.537:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_accvgpr_read_b32 v0, a198
	v_accvgpr_read_b32 v1, a199
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 127 27                        ; fused_moe.py:127:27
	global_load_dword v36, v[0:1], off
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc0 .LBB0_555
.LBB0_538:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_mov_b32_e32 v37, 0
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc0 .LBB0_556
.LBB0_539:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_mov_b32_e32 v38, 0
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc0 .LBB0_557
.LBB0_540:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_mov_b32_e32 v39, 0
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc0 .LBB0_558
.LBB0_541:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_mov_b32_e32 v40, 0
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc0 .LBB0_559
.LBB0_542:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_mov_b32_e32 v41, 0
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc0 .LBB0_560
.LBB0_543:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_mov_b32_e32 v42, 0
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc0 .LBB0_561
.LBB0_544:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_mov_b32_e32 v43, 0
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc0 .LBB0_562
.LBB0_545:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_mov_b32_e32 v44, 0
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc0 .LBB0_563
.LBB0_546:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_mov_b32_e32 v45, 0
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc0 .LBB0_564
.LBB0_547:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_mov_b32_e32 v46, 0
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc0 .LBB0_565
.LBB0_548:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_mov_b32_e32 v47, 0
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc0 .LBB0_566
.LBB0_549:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_mov_b32_e32 v48, 0
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc0 .LBB0_567
.LBB0_550:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_mov_b32_e32 v49, 0
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc0 .LBB0_568
.LBB0_551:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_mov_b32_e32 v50, 0
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc0 .LBB0_569
.LBB0_552:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_mov_b32_e32 v51, 0
	.loc	1 128 32 is_stmt 1              ; fused_moe.py:128:32
	s_and_b64 s[0:1], s[14:15], exec
	s_cselect_b32 s0, 1, 0
	s_cmp_lg_u32 s0, 1
	s_cbranch_scc0 .LBB0_570
.LBB0_553:
	.loc	1 0 32 is_stmt 0                ; fused_moe.py:0:32
	v_mov_b32_e32 v0, 0
	v_mov_b32_e32 v1, v0
	v_mov_b32_e32 v2, v0
	v_mov_b32_e32 v3, v0
	v_mov_b32_e32 v4, v0
	v_mov_b32_e32 v5, v0
	v_mov_b32_e32 v6, v0
	v_mov_b32_e32 v7, v0
	v_mov_b32_e32 v8, v0
	v_mov_b32_e32 v9, v0
	v_mov_b32_e32 v10, v0
	v_mov_b32_e32 v11, v0
	v_mov_b32_e32 v12, v0
	v_mov_b32_e32 v13, v0
	v_mov_b32_e32 v14, v0
	v_mov_b32_e32 v15, v0
	s_waitcnt lgkmcnt(14)
	v_mov_b32_e32 v16, v0
	v_mov_b32_e32 v17, v0
	v_mov_b32_e32 v18, v0
	v_mov_b32_e32 v19, v0
	s_waitcnt lgkmcnt(13)
	v_mov_b32_e32 v20, v0
	v_mov_b32_e32 v21, v0
	v_mov_b32_e32 v22, v0
	v_mov_b32_e32 v23, v0
	s_waitcnt lgkmcnt(11)
	v_mov_b32_e32 v24, v0
	v_mov_b32_e32 v25, v0
	v_mov_b32_e32 v26, v0
	v_mov_b32_e32 v27, v0
	s_waitcnt lgkmcnt(9)
	v_mov_b32_e32 v28, v0
	v_mov_b32_e32 v29, v0
	v_mov_b32_e32 v30, v0
	v_mov_b32_e32 v31, v0
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_branch .LBB0_571
.LBB0_554:
	.loc	1 0 32                          ; fused_moe.py:0:32
	v_mov_b32_e32 v36, 0
	.loc	1 127 27 is_stmt 1              ; fused_moe.py:127:27
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_538
.LBB0_555:
	.loc	1 0 27 is_stmt 0                ; fused_moe.py:0:27
	v_accvgpr_read_b32 v0, a196
	v_accvgpr_read_b32 v1, a197
	.loc	1 127 35                        ; fused_moe.py:127:35
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 127 27                        ; fused_moe.py:127:27
	global_load_dword v37, v[0:1], off
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_539
.LBB0_556:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_accvgpr_read_b32 v0, a194
	v_accvgpr_read_b32 v1, a195
	.loc	1 127 35                        ; fused_moe.py:127:35
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 127 27                        ; fused_moe.py:127:27
	global_load_dword v38, v[0:1], off
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_540
.LBB0_557:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_accvgpr_read_b32 v0, a192
	v_accvgpr_read_b32 v1, a193
	.loc	1 127 35                        ; fused_moe.py:127:35
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 127 27                        ; fused_moe.py:127:27
	global_load_dword v39, v[0:1], off
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_541
.LBB0_558:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_accvgpr_read_b32 v0, a190
	v_accvgpr_read_b32 v1, a191
	.loc	1 127 35                        ; fused_moe.py:127:35
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 127 27                        ; fused_moe.py:127:27
	global_load_dword v40, v[0:1], off
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_542
.LBB0_559:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_accvgpr_read_b32 v0, a188
	v_accvgpr_read_b32 v1, a189
	.loc	1 127 35                        ; fused_moe.py:127:35
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 127 27                        ; fused_moe.py:127:27
	global_load_dword v41, v[0:1], off
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_543
.LBB0_560:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_accvgpr_read_b32 v0, a186
	v_accvgpr_read_b32 v1, a187
	.loc	1 127 35                        ; fused_moe.py:127:35
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 127 27                        ; fused_moe.py:127:27
	global_load_dword v42, v[0:1], off
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_544
.LBB0_561:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_accvgpr_read_b32 v0, a184
	v_accvgpr_read_b32 v1, a185
	.loc	1 127 35                        ; fused_moe.py:127:35
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 127 27                        ; fused_moe.py:127:27
	global_load_dword v43, v[0:1], off
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_545
.LBB0_562:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_accvgpr_read_b32 v0, a182
	v_accvgpr_read_b32 v1, a183
	.loc	1 127 35                        ; fused_moe.py:127:35
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 127 27                        ; fused_moe.py:127:27
	global_load_dword v44, v[0:1], off
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_546
.LBB0_563:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_accvgpr_read_b32 v0, a180
	v_accvgpr_read_b32 v1, a181
	.loc	1 127 35                        ; fused_moe.py:127:35
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 127 27                        ; fused_moe.py:127:27
	global_load_dword v45, v[0:1], off
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_547
.LBB0_564:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_accvgpr_read_b32 v0, a178
	v_accvgpr_read_b32 v1, a179
	.loc	1 127 35                        ; fused_moe.py:127:35
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 127 27                        ; fused_moe.py:127:27
	global_load_dword v46, v[0:1], off
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_548
.LBB0_565:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_accvgpr_read_b32 v0, a176
	v_accvgpr_read_b32 v1, a177
	.loc	1 127 35                        ; fused_moe.py:127:35
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 127 27                        ; fused_moe.py:127:27
	global_load_dword v47, v[0:1], off
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_549
.LBB0_566:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_accvgpr_read_b32 v0, a174
	v_accvgpr_read_b32 v1, a175
	.loc	1 127 35                        ; fused_moe.py:127:35
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 127 27                        ; fused_moe.py:127:27
	global_load_dword v48, v[0:1], off
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_550
.LBB0_567:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_accvgpr_read_b32 v0, a172
	v_accvgpr_read_b32 v1, a173
	.loc	1 127 35                        ; fused_moe.py:127:35
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 127 27                        ; fused_moe.py:127:27
	global_load_dword v49, v[0:1], off
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_551
.LBB0_568:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_accvgpr_read_b32 v0, a170
	v_accvgpr_read_b32 v1, a171
	.loc	1 127 35                        ; fused_moe.py:127:35
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 127 27                        ; fused_moe.py:127:27
	global_load_dword v50, v[0:1], off
	s_and_b64 s[4:5], s[14:15], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_552
.LBB0_569:
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_accvgpr_read_b32 v0, a168
	v_accvgpr_read_b32 v1, a169
	.loc	1 127 35                        ; fused_moe.py:127:35
	v_lshl_add_u64 v[0:1], s[0:1], 2, v[0:1]
	.loc	1 127 27                        ; fused_moe.py:127:27
	global_load_dword v51, v[0:1], off
	.loc	1 128 32 is_stmt 1              ; fused_moe.py:128:32
	s_and_b64 s[0:1], s[14:15], exec
	s_cselect_b32 s0, 1, 0
	s_cmp_lg_u32 s0, 1
	s_cbranch_scc1 .LBB0_553
.LBB0_570:
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x64_f8f6f4 v[0:15], v[68:75], v[16:23], 0
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x64_f8f6f4 v[0:15], v[76:83], v[24:31], v[0:15]
	v_mfma_f32_32x32x64_f8f6f4 v[16:31], v[68:75], v[52:59], 0
	v_mfma_f32_32x32x64_f8f6f4 v[16:31], v[76:83], v[60:67], v[16:31]
.LBB0_571:
	.loc	1 0 32 is_stmt 0                ; fused_moe.py:0:32
	v_mov_b32_e32 v52, 0
	v_mov_b32_e32 v54, 0
	v_mov_b32_e32 v55, 0
	.loc	1 137 22 is_stmt 1              ; fused_moe.py:137:22
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_573
; %bb.572:
	.loc	1 0 22 is_stmt 0                ; fused_moe.py:0:22
	v_readlane_b32 s4, v254, 0
	v_readlane_b32 s5, v254, 1
	v_accvgpr_read_b32 v54, a132
	v_accvgpr_read_b32 v55, a133
	v_lshl_add_u64 v[54:55], v[54:55], 2, s[4:5]
	.loc	1 137 22                        ; fused_moe.py:137:22
	global_load_dword v54, v[54:55], off
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v55, v54
.LBB0_573:
	.loc	1 0 22                          ; fused_moe.py:0:22
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 22                        ; fused_moe.py:137:22
	s_and_saveexec_b64 s[0:1], vcc
	s_cbranch_execz .LBB0_575
; %bb.574:
	.loc	1 137 30                        ; fused_moe.py:137:30
	v_readlane_b32 s4, v254, 0
	v_readlane_b32 s5, v254, 1
	v_accvgpr_read_b32 v52, a130
	v_accvgpr_read_b32 v53, a131
	v_lshl_add_u64 v[52:53], v[52:53], 2, s[4:5]
	.loc	1 137 22                        ; fused_moe.py:137:22
	global_load_dword v52, v[52:53], off
.LBB0_575:
	.loc	1 0 22                          ; fused_moe.py:0:22
	s_or_b64 exec, exec, s[0:1]
	.loc	1 128 32 is_stmt 1              ; fused_moe.py:128:32
	s_nop 8
	v_pk_mul_f32 v[0:1], v[34:35], v[0:1]
	v_pk_mul_f32 v[2:3], v[34:35], v[2:3]
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[0:1], v[36:37], v[0:1], v[208:209]
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_pk_mul_f32 v[4:5], v[34:35], v[4:5]
	v_pk_mul_f32 v[6:7], v[34:35], v[6:7]
	v_pk_mul_f32 v[8:9], v[34:35], v[8:9]
	v_pk_mul_f32 v[10:11], v[34:35], v[10:11]
	v_pk_mul_f32 v[12:13], v[34:35], v[12:13]
	v_pk_mul_f32 v[14:15], v[34:35], v[14:15]
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_cndmask_b32_e64 v34, v208, v0, s[14:15]
	v_accvgpr_read_b32 v0, a134
	.loc	1 127 50                        ; fused_moe.py:127:50
	v_mov_b32_e32 v33, v32
	.loc	1 90 38                         ; fused_moe.py:90:38
	v_lshrrev_b32_e32 v0, 2, v0
	v_readlane_b32 s0, v255, 31
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_pk_mul_f32 v[16:17], v[32:33], v[16:17]
	v_pk_mul_f32 v[18:19], v[32:33], v[18:19]
	v_pk_mul_f32 v[20:21], v[32:33], v[20:21]
	v_pk_mul_f32 v[22:23], v[32:33], v[22:23]
	v_pk_mul_f32 v[24:25], v[32:33], v[24:25]
	v_pk_mul_f32 v[26:27], v[32:33], v[26:27]
	v_pk_mul_f32 v[28:29], v[32:33], v[28:29]
	v_pk_mul_f32 v[30:31], v[32:33], v[30:31]
	.loc	1 90 38                         ; fused_moe.py:90:38
	v_or_b32_e32 v32, s0, v0
	v_accvgpr_read_b32 v0, a132
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[2:3], v[38:39], v[2:3], v[246:247]
	v_pk_fma_f32 v[4:5], v[40:41], v[4:5], v[244:245]
	v_pk_fma_f32 v[6:7], v[42:43], v[6:7], v[242:243]
	v_pk_fma_f32 v[8:9], v[44:45], v[8:9], v[240:241]
	v_pk_fma_f32 v[10:11], v[46:47], v[10:11], v[236:237]
	v_pk_fma_f32 v[12:13], v[48:49], v[12:13], v[234:235]
	v_pk_fma_f32 v[14:15], v[50:51], v[14:15], v[232:233]
	v_pk_fma_f32 v[16:17], v[36:37], v[16:17], v[230:231]
	v_pk_fma_f32 v[18:19], v[38:39], v[18:19], v[228:229]
	v_pk_fma_f32 v[20:21], v[40:41], v[20:21], v[226:227]
	v_pk_fma_f32 v[22:23], v[42:43], v[22:23], v[222:223]
	v_pk_fma_f32 v[24:25], v[44:45], v[24:25], v[220:221]
	v_pk_fma_f32 v[26:27], v[46:47], v[26:27], v[218:219]
	v_pk_fma_f32 v[28:29], v[48:49], v[28:29], v[216:217]
	v_pk_fma_f32 v[30:31], v[50:51], v[30:31], v[214:215]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e64 v35, v209, v1, s[14:15]
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v38, s36, v32
	.loc	1 91 22                         ; fused_moe.py:91:22
	v_mad_i64_i32 v[0:1], s[0:1], v0, s38, 0
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e64 v37, v247, v3, s[14:15]
	v_cndmask_b32_e64 v36, v246, v2, s[14:15]
	v_cndmask_b32_e64 v5, v245, v5, s[14:15]
	v_cndmask_b32_e64 v4, v244, v4, s[14:15]
	v_cndmask_b32_e64 v7, v243, v7, s[14:15]
	v_cndmask_b32_e64 v6, v242, v6, s[14:15]
	v_cndmask_b32_e64 v9, v241, v9, s[14:15]
	v_cndmask_b32_e64 v8, v240, v8, s[14:15]
	v_cndmask_b32_e64 v11, v237, v11, s[14:15]
	v_cndmask_b32_e64 v10, v236, v10, s[14:15]
	v_cndmask_b32_e64 v13, v235, v13, s[14:15]
	v_cndmask_b32_e64 v12, v234, v12, s[14:15]
	v_cndmask_b32_e64 v15, v233, v15, s[14:15]
	v_cndmask_b32_e64 v14, v232, v14, s[14:15]
	v_cndmask_b32_e64 v17, v231, v17, s[14:15]
	v_cndmask_b32_e64 v16, v230, v16, s[14:15]
	v_cndmask_b32_e64 v19, v229, v19, s[14:15]
	v_cndmask_b32_e64 v18, v228, v18, s[14:15]
	v_cndmask_b32_e64 v21, v227, v21, s[14:15]
	v_cndmask_b32_e64 v20, v226, v20, s[14:15]
	v_cndmask_b32_e64 v23, v223, v23, s[14:15]
	v_cndmask_b32_e64 v22, v222, v22, s[14:15]
	v_cndmask_b32_e64 v25, v221, v25, s[14:15]
	v_cndmask_b32_e64 v24, v220, v24, s[14:15]
	v_cndmask_b32_e64 v27, v219, v27, s[14:15]
	v_cndmask_b32_e64 v26, v218, v26, s[14:15]
	v_cndmask_b32_e64 v29, v217, v29, s[14:15]
	v_cndmask_b32_e64 v28, v216, v28, s[14:15]
	v_cndmask_b32_e64 v31, v215, v31, s[14:15]
	v_cndmask_b32_e64 v30, v214, v30, s[14:15]
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_mov_b32_e32 v39, s37
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[6:7]
	.loc	1 91 56 is_stmt 0               ; fused_moe.py:91:56
	v_mad_i64_i32 v[0:1], s[0:1], v38, s39, 0
	.loc	1 138 23 is_stmt 1              ; fused_moe.py:138:23
	v_mov_b32_e32 v53, v52
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[0:1], s[78:79], v[38:39]
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[34:35], v[34:35], v[54:55]
	v_pk_mul_f32 v[36:37], v[36:37], v[54:55]
	v_pk_mul_f32 v[4:5], v[4:5], v[54:55]
	v_pk_mul_f32 v[38:39], v[6:7], v[54:55]
	v_pk_mul_f32 v[8:9], v[8:9], v[54:55]
	v_pk_mul_f32 v[40:41], v[10:11], v[54:55]
	v_pk_mul_f32 v[12:13], v[12:13], v[54:55]
	v_pk_mul_f32 v[42:43], v[14:15], v[54:55]
	v_pk_mul_f32 v[16:17], v[16:17], v[52:53]
	v_pk_mul_f32 v[44:45], v[18:19], v[52:53]
	v_pk_mul_f32 v[20:21], v[20:21], v[52:53]
	v_pk_mul_f32 v[46:47], v[22:23], v[52:53]
	v_pk_mul_f32 v[24:25], v[24:25], v[52:53]
	v_pk_mul_f32 v[48:49], v[26:27], v[52:53]
	v_pk_mul_f32 v[28:29], v[28:29], v[52:53]
	v_pk_mul_f32 v[50:51], v[30:31], v[52:53]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cvt_pk_bf16_f32 v6, v34, v35
	v_cvt_pk_bf16_f32 v10, v36, v37
	v_cvt_pk_bf16_f32 v14, v4, v5
	v_cvt_pk_bf16_f32 v18, v38, v39
	v_cvt_pk_bf16_f32 v22, v8, v9
	v_cvt_pk_bf16_f32 v26, v40, v41
	v_cvt_pk_bf16_f32 v30, v12, v13
	v_cvt_pk_bf16_f32 v42, v42, v43
	v_cvt_pk_bf16_f32 v41, v16, v17
	v_cvt_pk_bf16_f32 v40, v44, v45
	v_cvt_pk_bf16_f32 v39, v20, v21
	v_cvt_pk_bf16_f32 v38, v46, v47
	v_cvt_pk_bf16_f32 v37, v24, v25
	v_cvt_pk_bf16_f32 v36, v48, v49
	v_cvt_pk_bf16_f32 v35, v28, v29
	v_cvt_pk_bf16_f32 v34, v50, v51
	v_permlane32_swap_b32_e32 v6, v14
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[8:9], s[2:3], s[0:1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_permlane32_swap_b32_e32 v10, v18
	v_permlane32_swap_b32_e32 v22, v30
	v_permlane32_swap_b32_e32 v26, v42
	v_permlane32_swap_b32_e32 v41, v39
	v_permlane32_swap_b32_e32 v40, v38
	v_permlane32_swap_b32_e32 v37, v35
	v_permlane32_swap_b32_e32 v36, v34
	.loc	1 142 5 is_stmt 0               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_577
; %bb.576:
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[4:5], v[0:1], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[4:5], v6, off
.LBB0_577:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[4:5]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v8, v32, s36, 1
	v_mov_b32_e32 v9, s37
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_i64_i32 v[4:5], s[4:5], v8, s39, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[4:5], s[78:79], v[8:9]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b64 s[10:11], s[2:3], s[4:5]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[8:9], s[10:11]
	s_cbranch_execz .LBB0_579
; %bb.578:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[8:9], v[4:5], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short_d16_hi v[8:9], v6, off
.LBB0_579:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v8, v32, s36, 2
	v_mov_b32_e32 v9, s37
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_i64_i32 v[6:7], s[8:9], v8, s39, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[8:9], s[78:79], v[8:9]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b64 s[12:13], s[2:3], s[8:9]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[10:11], s[12:13]
	s_cbranch_execz .LBB0_581
; %bb.580:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[8:9], v[6:7], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[8:9], v10, off
.LBB0_581:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[10:11]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v12, v32, s36, 3
	v_mov_b32_e32 v13, s37
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_i64_i32 v[8:9], s[10:11], v12, s39, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[10:11], s[78:79], v[12:13]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b64 s[14:15], s[2:3], s[10:11]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[12:13], s[14:15]
	s_cbranch_execz .LBB0_583
; %bb.582:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[12:13], v[8:9], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short_d16_hi v[12:13], v10, off
.LBB0_583:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v12, v32, s36, 4
	v_mov_b32_e32 v13, s37
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_i64_i32 v[10:11], s[12:13], v12, s39, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[12:13], s[78:79], v[12:13]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b64 s[16:17], s[2:3], s[12:13]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_585
; %bb.584:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[12:13], v[10:11], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[12:13], v14, off
.LBB0_585:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[14:15]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v16, v32, s36, 5
	v_mov_b32_e32 v17, s37
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_i64_i32 v[12:13], s[14:15], v16, s39, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[14:15], s[78:79], v[16:17]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b64 s[18:19], s[2:3], s[14:15]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[16:17], s[18:19]
	s_cbranch_execz .LBB0_587
; %bb.586:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[16:17], v[12:13], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short_d16_hi v[16:17], v14, off
.LBB0_587:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[16:17]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v16, v32, s36, 6
	v_mov_b32_e32 v17, s37
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_i64_i32 v[14:15], s[16:17], v16, s39, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[16:17], s[78:79], v[16:17]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b64 s[20:21], s[2:3], s[16:17]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[18:19], s[20:21]
	s_cbranch_execz .LBB0_589
; %bb.588:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[16:17], v[14:15], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[16:17], v18, off
.LBB0_589:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[18:19]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v20, v32, s36, 7
	v_mov_b32_e32 v21, s37
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_i64_i32 v[16:17], s[18:19], v20, s39, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[18:19], s[78:79], v[20:21]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b64 s[22:23], s[2:3], s[18:19]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[20:21], s[22:23]
	s_cbranch_execz .LBB0_591
; %bb.590:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[20:21], v[16:17], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short_d16_hi v[20:21], v18, off
.LBB0_591:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[20:21]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v20, v32, s36, 16
	v_mov_b32_e32 v21, s37
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_i64_i32 v[18:19], s[20:21], v20, s39, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[20:21], s[78:79], v[20:21]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b64 s[24:25], s[2:3], s[20:21]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[22:23], s[24:25]
	s_cbranch_execz .LBB0_593
; %bb.592:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[20:21], v[18:19], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[20:21], v22, off
.LBB0_593:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[22:23]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v24, v32, s36, 17
	v_mov_b32_e32 v25, s37
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_i64_i32 v[20:21], s[22:23], v24, s39, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[22:23], s[78:79], v[24:25]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b64 s[26:27], s[2:3], s[22:23]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[24:25], s[26:27]
	s_cbranch_execz .LBB0_595
; %bb.594:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[24:25], v[20:21], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short_d16_hi v[24:25], v22, off
.LBB0_595:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[24:25]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v24, v32, s36, 18
	v_mov_b32_e32 v25, s37
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_i64_i32 v[22:23], s[24:25], v24, s39, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[24:25], s[78:79], v[24:25]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b64 s[28:29], s[2:3], s[24:25]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[26:27], s[28:29]
	s_cbranch_execz .LBB0_597
; %bb.596:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[24:25], v[22:23], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[24:25], v26, off
.LBB0_597:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[26:27]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v28, v32, s36, 19
	v_mov_b32_e32 v29, s37
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_i64_i32 v[24:25], s[26:27], v28, s39, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[26:27], s[78:79], v[28:29]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b64 s[30:31], s[2:3], s[26:27]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[28:29], s[30:31]
	s_cbranch_execz .LBB0_599
; %bb.598:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[28:29], v[24:25], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short_d16_hi v[28:29], v26, off
.LBB0_599:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[28:29]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v28, v32, s36, 20
	v_mov_b32_e32 v29, s37
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_i64_i32 v[26:27], s[28:29], v28, s39, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[28:29], s[78:79], v[28:29]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b64 s[34:35], s[2:3], s[28:29]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[30:31], s[34:35]
	s_cbranch_execz .LBB0_601
; %bb.600:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[28:29], v[26:27], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[28:29], v30, off
.LBB0_601:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[30:31]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v44, v32, s36, 21
	v_mov_b32_e32 v45, s37
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_i64_i32 v[28:29], s[30:31], v44, s39, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[30:31], s[78:79], v[44:45]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b64 s[40:41], s[2:3], s[30:31]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[34:35], s[40:41]
	s_cbranch_execz .LBB0_603
; %bb.602:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[44:45], v[28:29], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short_d16_hi v[44:45], v30, off
.LBB0_603:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[34:35]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v44, v32, s36, 22
	v_mov_b32_e32 v45, s37
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_i64_i32 v[30:31], s[34:35], v44, s39, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[34:35], s[78:79], v[44:45]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b64 s[40:41], s[2:3], s[34:35]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[46:47], s[40:41]
	s_cbranch_execz .LBB0_605
; %bb.604:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[44:45], v[30:31], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[44:45], v42, off
.LBB0_605:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[46:47]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v44, v32, s36, 23
	v_mov_b32_e32 v45, s37
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_i64_i32 v[32:33], s[36:37], v44, s39, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[36:37], s[78:79], v[44:45]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b64 s[40:41], s[2:3], s[36:37]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[40:41]
	s_cbranch_execz .LBB0_607
; %bb.606:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[2:3], v[32:33], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short_d16_hi v[2:3], v42, off
.LBB0_607:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_accvgpr_read_b32 v2, a130
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	v_mad_i64_i32 v[2:3], s[2:3], v2, s38, 0
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	v_lshl_add_u64 v[2:3], v[2:3], 1, s[6:7]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_690
; %bb.608:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[0:1], v[0:1], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[0:1], v41, off
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[4:5]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_691
.LBB0_609:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_692
.LBB0_610:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[0:1], v[6:7], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[0:1], v40, off
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[10:11]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_693
.LBB0_611:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[12:13]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_694
.LBB0_612:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[0:1], v[10:11], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[0:1], v39, off
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[14:15]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_695
.LBB0_613:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[16:17]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_696
.LBB0_614:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[0:1], v[14:15], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[0:1], v38, off
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[18:19]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_697
.LBB0_615:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[20:21]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_698
.LBB0_616:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[0:1], v[18:19], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[0:1], v37, off
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[22:23]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_699
.LBB0_617:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[24:25]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_700
.LBB0_618:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[0:1], v[22:23], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[0:1], v36, off
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[26:27]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_701
.LBB0_619:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[28:29]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_702
.LBB0_620:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[0:1], v[26:27], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[0:1], v35, off
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[30:31]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_703
.LBB0_621:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[34:35]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_623
.LBB0_622:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[0:1], v[30:31], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[0:1], v34, off
.LBB0_623:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b64 s[0:1], vcc, s[36:37]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_xor_b64 s[0:1], exec, s[2:3]
	s_cbranch_execz .LBB0_625
; %bb.624:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[0:1], v[32:33], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short_d16_hi v[0:1], v34, off
.LBB0_625:                              ; %Flow
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[0:1]
	s_branch .LBB0_137
.LBB0_626:
	v_accvgpr_read_b32 v4, a128
	v_accvgpr_read_b32 v5, a129
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_readlane_b32 s0, v255, 30
	v_mul_lo_u32 v2, v5, s39
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e32 vcc, s[78:79], v[4:5]
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v3, v4, s0
	v_mad_u64_u32 v[0:1], s[0:1], v4, s39, 0
	v_add3_u32 v1, v1, v3, v2
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[44:45]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_628
; %bb.627:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 2
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_628:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 4
	v_readlane_b32 s1, v254, 5
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_630
; %bb.629:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_630:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 7
	v_readlane_b32 s1, v254, 8
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_632
; %bb.631:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 6
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_632:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 10
	v_readlane_b32 s1, v254, 11
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_634
; %bb.633:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 9
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_634:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 13
	v_readlane_b32 s1, v254, 14
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_636
; %bb.635:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 12
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_636:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 16
	v_readlane_b32 s1, v254, 17
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_638
; %bb.637:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 15
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_638:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 19
	v_readlane_b32 s1, v254, 20
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_640
; %bb.639:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 18
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_640:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 22
	v_readlane_b32 s1, v254, 23
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_642
; %bb.641:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 21
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_642:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 25
	v_readlane_b32 s1, v254, 26
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_644
; %bb.643:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 24
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_644:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 28
	v_readlane_b32 s1, v254, 29
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_646
; %bb.645:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 27
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_646:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 31
	v_readlane_b32 s1, v254, 32
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_648
; %bb.647:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 30
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_648:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 34
	v_readlane_b32 s1, v254, 35
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_650
; %bb.649:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 33
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_650:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 37
	v_readlane_b32 s1, v254, 38
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_652
; %bb.651:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 36
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_652:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 40
	v_readlane_b32 s1, v254, 41
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_654
; %bb.653:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 39
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_654:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 43
	v_readlane_b32 s1, v254, 44
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_656
; %bb.655:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 42
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_656:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 46
	v_readlane_b32 s1, v254, 47
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_658
; %bb.657:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 45
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_658:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 49
	v_readlane_b32 s1, v254, 50
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_660
; %bb.659:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 48
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_660:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 52
	v_readlane_b32 s1, v254, 53
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_662
; %bb.661:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 51
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_662:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 55
	v_readlane_b32 s1, v254, 56
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_664
; %bb.663:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 54
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_664:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 58
	v_readlane_b32 s1, v254, 59
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_666
; %bb.665:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 57
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_666:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v254, 61
	v_readlane_b32 s1, v254, 62
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_668
; %bb.667:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 60
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_668:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 0
	v_readlane_b32 s1, v255, 1
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_670
; %bb.669:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v254, 63
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_670:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 3
	v_readlane_b32 s1, v255, 4
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_672
; %bb.671:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v255, 2
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_672:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 6
	v_readlane_b32 s1, v255, 7
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_674
; %bb.673:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v255, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_674:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 9
	v_readlane_b32 s1, v255, 10
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_676
; %bb.675:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v255, 8
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_676:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 12
	v_readlane_b32 s1, v255, 13
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_678
; %bb.677:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v255, 11
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_678:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 14
	v_readlane_b32 s1, v255, 15
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_680
; %bb.679:
	.loc	1 91 22                         ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s99, s38
	s_mul_i32 s2, s99, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_680:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 16
	v_readlane_b32 s1, v255, 17
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_682
; %bb.681:
	.loc	1 91 22                         ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s98, s38
	s_mul_i32 s2, s98, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_682:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 19
	v_readlane_b32 s1, v255, 20
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_684
; %bb.683:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v255, 18
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_684:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 22
	v_readlane_b32 s1, v255, 23
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_686
; %bb.685:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v255, 21
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_686:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 25
	v_readlane_b32 s1, v255, 26
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_688
; %bb.687:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v255, 24
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s2, s38
	s_mul_i32 s2, s2, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s6, s2
	s_addc_u32 s3, s7, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_688:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v255, 28
	v_readlane_b32 s1, v255, 29
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_xor_b64 s[2:3], exec, s[2:3]
	s_cbranch_execz .LBB0_137
; %bb.689:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s0, v255, 27
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s1, s0, s38
	s_mul_i32 s0, s0, s38
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[0:1], s[0:1], 1
	s_add_u32 s0, s6, s0
	s_addc_u32 s1, s7, s1
	v_lshl_add_u64 v[0:1], v[0:1], 1, s[0:1]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v2, 0
	global_store_short v[0:1], v2, off
	.loc	1 0 0 is_stmt 0                 ; fused_moe.py:0
	s_endpgm
.LBB0_690:
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[4:5]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_609
.LBB0_691:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[0:1], v[4:5], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short_d16_hi v[0:1], v41, off
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_610
.LBB0_692:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[10:11]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_611
.LBB0_693:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[0:1], v[8:9], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short_d16_hi v[0:1], v40, off
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[12:13]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_612
.LBB0_694:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[14:15]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_613
.LBB0_695:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[0:1], v[12:13], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short_d16_hi v[0:1], v39, off
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[16:17]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_614
.LBB0_696:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[18:19]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_615
.LBB0_697:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[0:1], v[16:17], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short_d16_hi v[0:1], v38, off
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[20:21]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_616
.LBB0_698:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[22:23]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_617
.LBB0_699:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[0:1], v[20:21], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short_d16_hi v[0:1], v37, off
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[24:25]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_618
.LBB0_700:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[26:27]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_619
.LBB0_701:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[0:1], v[24:25], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short_d16_hi v[0:1], v36, off
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[28:29]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_620
.LBB0_702:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[30:31]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_621
.LBB0_703:
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[0:1], v[28:29], 1, v[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short_d16_hi v[0:1], v35, off
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[34:35]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_622
	s_branch .LBB0_623
.Ltmp17:
.Lfunc_end0:
	.size	fused_moe_kernel, .Lfunc_end0-fused_moe_kernel
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fused_moe_kernel
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 152
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
		.amdhsa_next_free_vgpr 473
		.amdhsa_next_free_sgpr 100
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
                                        ; -- End function
	.set .Lfused_moe_kernel.num_vgpr, 256
	.set .Lfused_moe_kernel.num_agpr, 217
	.set .Lfused_moe_kernel.numbered_sgpr, 100
	.set .Lfused_moe_kernel.num_named_barrier, 0
	.set .Lfused_moe_kernel.private_seg_size, 0
	.set .Lfused_moe_kernel.uses_vcc, 1
	.set .Lfused_moe_kernel.uses_flat_scratch, 0
	.set .Lfused_moe_kernel.has_dyn_sized_stack, 0
	.set .Lfused_moe_kernel.has_recursion, 0
	.set .Lfused_moe_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 40060
; TotalNumSgprs: 106
; NumVgprs: 256
; NumAgprs: 217
; TotalNumVgprs: 473
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 13
; VGPRBlocks: 59
; NumSGPRsForWavesPerEU: 106
; NumVGPRsForWavesPerEU: 473
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
                                        ; DW_AT_APPLE_optimized
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
	.byte	17                              ; DW_AT_call_column
	.byte	5                               ; Abbrev [5] 0x51:0xc DW_TAG_inlined_subroutine
	.long	38                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges0                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	71                              ; DW_AT_call_line
	.byte	17                              ; DW_AT_call_column
	.byte	5                               ; Abbrev [5] 0x5d:0xc DW_TAG_inlined_subroutine
	.long	38                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges1                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	117                             ; DW_AT_call_line
	.byte	23                              ; DW_AT_call_column
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
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	.Ltmp10-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges1:
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp12-.Lfunc_begin0
	.quad	.Ltmp13-.Lfunc_begin0
	.quad	.Ltmp14-.Lfunc_begin0
	.quad	0
	.quad	0
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0 ; triton
.Linfo_string1:
	.asciz	"fused_moe.py"                  ; string offset=7 ; fused_moe.py
.Linfo_string2:
	.asciz	"fused_moe_kernel"              ; string offset=20 ; fused_moe_kernel
	.section	".note.GNU-stack","",@progbits
	.amdgpu_metadata
---
amdhsa.kernels:
  - .agpr_count:     217
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
      - .offset:         116
        .size:           4
        .value_kind:     by_value
      - .offset:         120
        .size:           4
        .value_kind:     by_value
      - .offset:         124
        .size:           4
        .value_kind:     by_value
      - .offset:         128
        .size:           4
        .value_kind:     by_value
      - .offset:         132
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         136
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         144
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 152
    .max_flat_workgroup_size: 256
    .name:           fused_moe_kernel
    .private_segment_fixed_size: 0
    .sgpr_count:     106
    .sgpr_spill_count: 98
    .symbol:         fused_moe_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     473
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

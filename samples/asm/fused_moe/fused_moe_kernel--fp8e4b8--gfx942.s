	.amdgcn_target "amdgpu9.42-amd-amdhsa-unknown-gfx942"
	.amdhsa_code_object_version 5
	.text
	.globl	fused_moe_kernel                ; -- Begin function fused_moe_kernel
	.p2align	8
	.type	fused_moe_kernel,@function
fused_moe_kernel:                       ; @fused_moe_kernel
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.469:
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
; %bb.470:
.LBB0_0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_mov_b64 s[44:45], s[6:7]
	s_load_dword s36, s[0:1], 0x48
	s_load_dword s6, s[0:1], 0x50
	s_mov_b64 s[30:31], s[8:9]
	s_mov_b64 s[22:23], s[12:13]
	s_mov_b64 s[34:35], s[4:5]
.Ltmp1:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13 is_stmt 1               ; standard.py:43:13 @[ fused_moe.py:72:17 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s7, s36, 0x7f
	.loc	2 43 12 is_stmt 0               ; standard.py:43:12 @[ fused_moe.py:72:17 ]
	s_ashr_i32 s8, s7, 31
	s_lshr_b32 s8, s8, 25
	s_add_i32 s7, s7, s8
	s_ashr_i32 s7, s7, 7
.Ltmp2:
	.loc	1 73 24 is_stmt 1               ; fused_moe.py:73:24
	s_lshl_b32 s8, s7, 5
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_abs_i32 s9, s8
	v_cvt_f32_u32_e32 v1, s9
.Ltmp3:
	.loc	2 43 13                         ; standard.py:43:13 @[ fused_moe.py:71:17 ]
	s_add_i32 s6, s6, 63
.Ltmp4:
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_sub_i32 s13, 0, s9
.Ltmp5:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_ashr_i32 s12, s6, 31
.Ltmp6:
	.loc	1 74 16                         ; fused_moe.py:74:16
	v_rcp_f32_e32 v1, v1
.Ltmp7:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_lshr_b32 s12, s12, 26
	s_add_i32 s6, s6, s12
.Ltmp8:
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_abs_i32 s12, s16
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_xor_b32 s7, s16, s7
.Ltmp9:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_ashr_i32 s6, s6, 6
.Ltmp10:
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_ashr_i32 s7, s7, 31
	v_readfirstlane_b32 s17, v1
	s_mul_i32 s13, s13, s17
	s_mul_hi_u32 s13, s17, s13
	s_add_i32 s17, s17, s13
	s_mul_hi_u32 s13, s12, s17
	s_mul_i32 s17, s13, s9
	s_sub_i32 s12, s12, s17
	s_add_i32 s17, s13, 1
	s_sub_i32 s18, s12, s9
	s_cmp_ge_u32 s12, s9
	s_cselect_b32 s13, s17, s13
	s_cselect_b32 s12, s18, s12
	s_add_i32 s17, s13, 1
	s_cmp_ge_u32 s12, s9
	s_cselect_b32 s9, s17, s13
	s_xor_b32 s9, s9, s7
	s_sub_i32 s9, s9, s7
	.loc	1 75 19                         ; fused_moe.py:75:19
	s_lshl_b32 s12, s9, 5
	.loc	1 76 24                         ; fused_moe.py:76:24
	s_sub_i32 s6, s6, s12
	.loc	1 76 20 is_stmt 0               ; fused_moe.py:76:20
	s_min_i32 s17, s6, 32
	.loc	1 78 13 is_stmt 1               ; fused_moe.py:78:13
	s_abs_i32 s13, s17
	v_cvt_f32_u32_e32 v1, s13
	s_sub_i32 s18, 0, s13
	.loc	1 77 29                         ; fused_moe.py:77:29
	s_mul_i32 s9, s9, s8
	s_sub_i32 s8, s16, s9
	.loc	1 78 13                         ; fused_moe.py:78:13
	v_rcp_f32_e32 v1, v1
	s_abs_i32 s16, s8
	s_xor_b32 s9, s8, s17
	s_ashr_i32 s9, s9, 31
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_load_dwordx2 s[6:7], s[0:1], 0x40
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_readfirstlane_b32 s5, v0
	.loc	1 78 13                         ; fused_moe.py:78:13
	v_readfirstlane_b32 s19, v1
	s_mul_i32 s18, s18, s19
	s_mul_hi_u32 s18, s19, s18
	s_add_i32 s19, s19, s18
	s_mul_hi_u32 s18, s16, s19
	s_mul_i32 s19, s18, s13
	s_sub_i32 s16, s16, s19
	s_add_i32 s19, s18, 1
	s_sub_i32 s20, s16, s13
	s_cmp_ge_u32 s16, s13
	s_cselect_b32 s18, s19, s18
	s_cselect_b32 s16, s20, s16
	s_add_i32 s19, s18, 1
	s_cmp_ge_u32 s16, s13
	s_cselect_b32 s13, s19, s18
	s_xor_b32 s13, s13, s9
	s_sub_i32 s13, s13, s9
	.loc	1 81 30                         ; fused_moe.py:81:30
	s_waitcnt lgkmcnt(0)
	s_load_dword s7, s[6:7], 0x0
	.loc	1 77 28                         ; fused_moe.py:77:28
	s_mul_i32 s6, s13, s17
	s_sub_i32 s6, s8, s6
	.loc	1 77 13 is_stmt 0               ; fused_moe.py:77:13
	s_add_i32 s12, s6, s12
	.loc	1 82 8 is_stmt 1                ; fused_moe.py:82:8
	s_lshl_b32 s6, s12, 6
	s_waitcnt lgkmcnt(0)
	s_cmp_lt_i32 s6, s7
	s_cbranch_scc0 .LBB0_468
; %bb.1:
	.loc	1 0 8 is_stmt 0                 ; fused_moe.py:0:8
	s_load_dword s9, s[0:1], 0x54
	.loc	1 85 21 is_stmt 1               ; fused_moe.py:85:21
	s_ashr_i32 s7, s6, 31
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_b32 s26, s5, 0xc0
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_and_b32 s4, s5, 0x80
	.loc	1 86 26                         ; fused_moe.py:86:26
	s_lshl_b64 s[6:7], s[6:7], 2
	s_add_u32 s6, s14, s6
                                        ; implicit-def: $vgpr251 : SGPR spill to VGPR lane
	s_addc_u32 s7, s15, s7
	s_lshr_b32 s14, s4, 5
	v_writelane_b32 v251, s22, 0
	.loc	1 86 18 is_stmt 0               ; fused_moe.py:86:18
	s_load_dword s48, s[6:7], s14 offset:0x0
	s_load_dword s46, s[6:7], s14 offset:0x8
	s_load_dword s98, s[6:7], s14 offset:0x10
	s_load_dword s96, s[6:7], s14 offset:0x18
	s_load_dword s94, s[6:7], s14 offset:0x20
	s_load_dword s92, s[6:7], s14 offset:0x28
	s_load_dword s90, s[6:7], s14 offset:0x30
	s_load_dword s88, s[6:7], s14 offset:0x38
	s_load_dword s86, s[6:7], s14 offset:0x40
	s_load_dword s82, s[6:7], s14 offset:0x48
	s_load_dword s80, s[6:7], s14 offset:0x50
	s_load_dword s78, s[6:7], s14 offset:0x58
	s_load_dword s76, s[6:7], s14 offset:0x60
	s_load_dword s74, s[6:7], s14 offset:0x68
	s_load_dword s72, s[6:7], s14 offset:0x70
	s_load_dword s70, s[6:7], s14 offset:0x78
	s_load_dword s68, s[6:7], s14 offset:0x80
	s_load_dword s67, s[6:7], s14 offset:0x88
	s_load_dword s66, s[6:7], s14 offset:0x90
	s_load_dword s65, s[6:7], s14 offset:0x98
	s_load_dword s64, s[6:7], s14 offset:0xa0
	s_load_dword s63, s[6:7], s14 offset:0xa8
	s_load_dword s62, s[6:7], s14 offset:0xb0
	s_load_dword s61, s[6:7], s14 offset:0xb8
	s_load_dword s60, s[6:7], s14 offset:0xc0
	s_load_dword s59, s[6:7], s14 offset:0xc8
	s_load_dword s58, s[6:7], s14 offset:0xd0
	s_load_dword s57, s[6:7], s14 offset:0xd8
	s_load_dword s56, s[6:7], s14 offset:0xe0
	s_load_dword s55, s[6:7], s14 offset:0xe8
	s_load_dword s54, s[6:7], s14 offset:0xf0
	s_load_dword s47, s[6:7], s14 offset:0xf8
	s_load_dwordx2 s[18:19], s[0:1], 0x6c
	s_nop 0
	s_load_dwordx2 s[14:15], s[0:1], 0x38
	.loc	1 88 18 is_stmt 1               ; fused_moe.py:88:18
	s_waitcnt lgkmcnt(0)
	s_cmp_lt_i32 s48, s9
	v_writelane_b32 v251, s23, 1
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 2
	s_cmp_lt_i32 s46, s9
                                        ; implicit-def: $vgpr252 : SGPR spill to VGPR lane
	.loc	1 85 44                         ; fused_moe.py:85:44
	v_and_or_b32 v1, v0, 63, s26
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_writelane_b32 v251, s17, 3
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 4
	s_cmp_lt_i32 s98, s9
	.loc	1 90 38                         ; fused_moe.py:90:38
	v_and_b32_e32 v162, 0x7f, v1
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_writelane_b32 v251, s17, 5
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 6
	s_cmp_lt_i32 s96, s9
	s_nop 0
	v_writelane_b32 v251, s17, 7
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 8
	s_cmp_lt_i32 s94, s9
	s_nop 0
	v_writelane_b32 v251, s17, 9
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 10
	s_cmp_lt_i32 s92, s9
	s_nop 0
	v_writelane_b32 v251, s17, 11
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 12
	s_cmp_lt_i32 s90, s9
	s_nop 0
	v_writelane_b32 v251, s17, 13
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 14
	s_cmp_lt_i32 s88, s9
	s_nop 0
	v_writelane_b32 v251, s17, 15
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 16
	s_cmp_lt_i32 s86, s9
	s_nop 0
	v_writelane_b32 v251, s17, 17
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 18
	s_cmp_lt_i32 s82, s9
	s_nop 0
	v_writelane_b32 v251, s17, 19
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 20
	s_cmp_lt_i32 s80, s9
	s_nop 0
	v_writelane_b32 v251, s17, 21
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 22
	s_cmp_lt_i32 s78, s9
	s_nop 0
	v_writelane_b32 v251, s17, 23
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 24
	s_cmp_lt_i32 s76, s9
	s_nop 0
	v_writelane_b32 v251, s17, 25
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 26
	s_cmp_lt_i32 s74, s9
	s_nop 0
	v_writelane_b32 v251, s17, 27
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 28
	s_cmp_lt_i32 s72, s9
	s_nop 0
	v_writelane_b32 v251, s17, 29
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 30
	s_cmp_lt_i32 s70, s9
	s_nop 0
	v_writelane_b32 v251, s17, 31
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 32
	s_cmp_lt_i32 s68, s9
	s_nop 0
	v_writelane_b32 v251, s17, 33
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 34
	s_cmp_lt_i32 s67, s9
	s_nop 0
	v_writelane_b32 v251, s17, 35
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 36
	s_cmp_lt_i32 s66, s9
	s_nop 0
	v_writelane_b32 v251, s17, 37
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 38
	s_cmp_lt_i32 s65, s9
	s_nop 0
	v_writelane_b32 v251, s17, 39
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 40
	s_cmp_lt_i32 s64, s9
	s_nop 0
	v_writelane_b32 v251, s17, 41
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 42
	s_cmp_lt_i32 s63, s9
	s_nop 0
	v_writelane_b32 v251, s17, 43
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 44
	s_cmp_lt_i32 s62, s9
	s_nop 0
	v_writelane_b32 v251, s17, 45
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 46
	s_cmp_lt_i32 s61, s9
	s_nop 0
	v_writelane_b32 v251, s17, 47
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 48
	s_cmp_lt_i32 s60, s9
	s_nop 0
	v_writelane_b32 v251, s17, 49
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 50
	s_cmp_lt_i32 s59, s9
	s_nop 0
	v_writelane_b32 v251, s17, 51
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 52
	s_cmp_lt_i32 s58, s9
	s_nop 0
	v_writelane_b32 v251, s17, 53
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 54
	s_cmp_lt_i32 s57, s9
	s_nop 0
	v_writelane_b32 v251, s17, 55
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 56
	s_cmp_lt_i32 s56, s9
	s_nop 0
	v_writelane_b32 v251, s17, 57
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 58
	s_cmp_lt_i32 s55, s9
	s_nop 0
	v_writelane_b32 v251, s17, 59
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 60
	s_cmp_lt_i32 s54, s9
	s_nop 0
	v_writelane_b32 v251, s17, 61
	s_cselect_b64 s[16:17], -1, 0
	v_writelane_b32 v251, s16, 62
	s_cmp_lt_i32 s47, s9
	s_nop 0
	v_writelane_b32 v251, s17, 63
	s_cselect_b64 s[16:17], -1, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_writelane_b32 v252, s16, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	s_ashr_i32 s37, s36, 31
	.loc	1 90 15                         ; fused_moe.py:90:15
	s_nop 0
	v_writelane_b32 v252, s17, 1
	s_lshl_b32 s16, s13, 7
	.loc	1 94 26                         ; fused_moe.py:94:26
	s_ashr_i32 s13, s12, 31
	v_writelane_b32 v252, s18, 2
	.loc	1 90 15                         ; fused_moe.py:90:15
	s_ashr_i32 s17, s16, 31
	.loc	1 94 26                         ; fused_moe.py:94:26
	s_lshl_b64 s[12:13], s[12:13], 2
	v_writelane_b32 v252, s19, 3
	.loc	1 91 56                         ; fused_moe.py:91:56
	s_ashr_i32 s18, s19, 31
	.loc	1 94 26                         ; fused_moe.py:94:26
	s_add_u32 s12, s14, s12
	s_addc_u32 s13, s15, s13
	.loc	1 94 18 is_stmt 0               ; fused_moe.py:94:18
	s_load_dword s28, s[12:13], 0x0
	.loc	1 94 26                         ; fused_moe.py:94:26
	v_writelane_b32 v252, s18, 4
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or_b32_e32 v2, s16, v162
	v_mov_b32_e32 v3, s17
	v_writelane_b32 v252, s36, 5
	.loc	1 95 8                          ; fused_moe.py:95:8
	s_waitcnt lgkmcnt(0)
	s_cmp_lg_u32 s28, -1
	v_accvgpr_write_b32 a9, v3
	v_accvgpr_write_b32 a8, v2
	v_writelane_b32 v252, s37, 6
	s_cbranch_scc0 .LBB0_332
; %bb.2:
	.loc	1 85 44                         ; fused_moe.py:85:44
	v_and_b32_e32 v119, 31, v0
	.loc	1 86 26                         ; fused_moe.py:86:26
	v_lshlrev_b32_e32 v2, 2, v119
	.loc	1 86 18 is_stmt 0               ; fused_moe.py:86:18
	global_load_dword v32, v2, s[6:7]
	global_load_dword v42, v2, s[6:7] offset:128
	.loc	1 90 38 is_stmt 1               ; fused_moe.py:90:38
	v_and_b32_e32 v142, 32, v0
	s_lshr_b32 s6, s26, 1
	v_lshrrev_b32_e32 v2, 3, v142
	v_or_b32_e32 v28, s6, v2
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_or_b64 s[18:19], s[16:17], s[36:37]
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v2, s16, v28
	v_mov_b32_e32 v3, s17
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s19, 0
	v_accvgpr_write_b32 a13, v3
	v_accvgpr_write_b32 a12, v2
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr2_vgpr3
	s_and_saveexec_b64 s[12:13], s[6:7]
	s_xor_b64 s[6:7], exec, s[12:13]
	s_cbranch_execz .LBB0_4
; %bb.3:
	s_ashr_i32 s12, s37, 31
	s_add_u32 s14, s36, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s37, s12
	s_xor_b64 s[12:13], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v2, s12
	v_cvt_f32_u32_e32 v3, s13
	s_sub_u32 s14, 0, s12
	s_subb_u32 s15, 0, s13
	v_accvgpr_read_b32 v5, a13
	v_fmamk_f32 v2, v3, 0x4f800000, v2
	v_rcp_f32_e32 v2, v2
	v_accvgpr_read_b32 v4, a12
	v_mov_b32_e32 v7, 0
	v_mul_f32_e32 v2, 0x5f7ffffc, v2
	v_mul_f32_e32 v3, 0x2f800000, v2
	v_trunc_f32_e32 v3, v3
	v_fmamk_f32 v2, v3, 0xcf800000, v2
	v_cvt_u32_f32_e32 v3, v3
	v_cvt_u32_f32_e32 v2, v2
	v_readfirstlane_b32 s18, v3
	v_readfirstlane_b32 s20, v2
	s_mul_i32 s21, s14, s18
	s_mul_hi_u32 s23, s14, s20
	s_mul_i32 s22, s15, s20
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s14, s20
	s_mul_i32 s23, s20, s21
	s_mul_hi_u32 s25, s20, s24
	s_mul_hi_u32 s22, s20, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s18, s24
	s_mul_i32 s24, s18, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s18, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s18, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s20, s20, s21
	s_addc_u32 s18, s18, s22
	s_mul_i32 s21, s14, s20
	s_mul_i32 s24, s14, s18
	s_mul_hi_u32 s14, s14, s20
	s_add_i32 s14, s14, s24
	s_mul_i32 s15, s15, s20
	s_add_i32 s14, s14, s15
	s_mul_hi_u32 s22, s18, s21
	s_mul_i32 s23, s18, s21
	s_mul_i32 s24, s20, s14
	s_mul_hi_u32 s21, s20, s21
	s_mul_hi_u32 s15, s20, s14
	s_add_u32 s21, s21, s24
	s_addc_u32 s15, 0, s15
	s_add_u32 s21, s21, s23
	s_addc_u32 s15, s15, s22
	s_mul_hi_u32 s21, s18, s14
	s_addc_u32 s21, s21, 0
	s_mul_i32 s14, s18, s14
	s_add_u32 s14, s15, s14
	v_ashrrev_i32_e32 v2, 31, v5
	s_addc_u32 s15, 0, s21
	v_mov_b32_e32 v3, v2
	s_add_u32 s20, s20, s14
	v_lshl_add_u64 v[4:5], v[4:5], 0, v[2:3]
	s_addc_u32 s18, s18, s15
	v_xor_b32_e32 v8, v4, v2
	v_xor_b32_e32 v3, v5, v2
	v_mad_u64_u32 v[4:5], s[14:15], v8, s18, 0
	v_mul_hi_u32 v6, v8, s20
	v_lshl_add_u64 v[4:5], v[6:7], 0, v[4:5]
	v_mad_u64_u32 v[6:7], s[14:15], v3, s20, 0
	v_add_co_u32_e32 v4, vcc, v4, v6
	s_nop 1
	v_addc_co_u32_e32 v4, vcc, v5, v7, vcc
	v_mad_u64_u32 v[6:7], s[14:15], v3, s18, 0
	s_mov_b32 s14, 0
	v_addc_co_u32_e32 v7, vcc, 0, v7, vcc
	v_mov_b32_e32 v5, s14
	v_lshl_add_u64 v[4:5], v[4:5], 0, v[6:7]
	v_mul_lo_u32 v6, s13, v4
	v_mul_lo_u32 v7, s12, v5
	v_mad_u64_u32 v[4:5], s[14:15], s12, v4, 0
	v_add3_u32 v5, v5, v7, v6
	v_sub_u32_e32 v6, v3, v5
	v_mov_b32_e32 v7, s13
	v_sub_co_u32_e32 v4, vcc, v8, v4
	s_nop 1
	v_subb_co_u32_e64 v6, s[14:15], v6, v7, vcc
	v_subrev_co_u32_e64 v7, s[14:15], s12, v4
	v_subb_co_u32_e32 v3, vcc, v3, v5, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v6, s[14:15], 0, v6, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s13, v6
	v_cmp_le_u32_e32 vcc, s13, v3
	s_nop 0
	v_cndmask_b32_e64 v8, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s12, v7
	v_cndmask_b32_e64 v5, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s12, v4
	v_cndmask_b32_e64 v9, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s13, v6
	s_nop 1
	v_cndmask_b32_e64 v6, v8, v9, s[14:15]
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s13, v3
	v_subrev_co_u32_e64 v8, s[14:15], s12, v7
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
.LBB0_4:                                ; %Flow643
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_saveexec_b64 s[6:7], s[6:7]
	v_cvt_f32_u32_e32 v3, s36
	s_xor_b64 exec, exec, s[6:7]
	s_cbranch_execz .LBB0_6
; %bb.5:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v2, v3
	v_readlane_b32 s14, v252, 5
	s_sub_i32 s12, 0, s14
	v_readlane_b32 s15, v252, 6
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_cvt_u32_f32_e32 v2, v2
	v_accvgpr_read_b32 v5, a13
	v_mul_lo_u32 v4, s12, v2
	v_mul_hi_u32 v4, v2, v4
	v_add_u32_e32 v2, v2, v4
	v_accvgpr_read_b32 v4, a12
	v_mul_hi_u32 v2, v4, v2
	v_mul_lo_u32 v2, v2, s14
	v_sub_u32_e32 v2, v4, v2
	v_subrev_u32_e32 v4, s14, v2
	v_cmp_le_u32_e32 vcc, s14, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s14, v2
	v_cmp_le_u32_e32 vcc, s14, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
.LBB0_6:                                ; %.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[6:7]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v4, v28, s16, 1
	v_mov_b32_e32 v5, s17
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s19, 0
	v_accvgpr_write_b32 a17, v5
	v_accvgpr_write_b32 a16, v4
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr4_vgpr5
	s_and_saveexec_b64 s[12:13], s[6:7]
	s_xor_b64 s[6:7], exec, s[12:13]
	s_cbranch_execz .LBB0_8
; %bb.7:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s14, v252, 5
	v_readlane_b32 s15, v252, 6
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s12, s15, 31
	s_add_u32 s14, s14, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s15, s12
	s_xor_b64 s[12:13], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v4, s12
	v_cvt_f32_u32_e32 v5, s13
	s_sub_u32 s14, 0, s12
	s_subb_u32 s15, 0, s13
	v_accvgpr_read_b32 v7, a17
	v_fmamk_f32 v4, v5, 0x4f800000, v4
	v_rcp_f32_e32 v4, v4
	v_accvgpr_read_b32 v6, a16
	v_mov_b32_e32 v9, 0
	v_mul_f32_e32 v4, 0x5f7ffffc, v4
	v_mul_f32_e32 v5, 0x2f800000, v4
	v_trunc_f32_e32 v5, v5
	v_fmamk_f32 v4, v5, 0xcf800000, v4
	v_cvt_u32_f32_e32 v5, v5
	v_cvt_u32_f32_e32 v4, v4
	v_readfirstlane_b32 s18, v5
	v_readfirstlane_b32 s20, v4
	s_mul_i32 s21, s14, s18
	s_mul_hi_u32 s23, s14, s20
	s_mul_i32 s22, s15, s20
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s14, s20
	s_mul_i32 s23, s20, s21
	s_mul_hi_u32 s25, s20, s24
	s_mul_hi_u32 s22, s20, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s18, s24
	s_mul_i32 s24, s18, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s18, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s18, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s20, s20, s21
	s_addc_u32 s18, s18, s22
	s_mul_i32 s21, s14, s20
	s_mul_i32 s24, s14, s18
	s_mul_hi_u32 s14, s14, s20
	s_add_i32 s14, s14, s24
	s_mul_i32 s15, s15, s20
	s_add_i32 s14, s14, s15
	s_mul_hi_u32 s22, s18, s21
	s_mul_i32 s23, s18, s21
	s_mul_i32 s24, s20, s14
	s_mul_hi_u32 s21, s20, s21
	s_mul_hi_u32 s15, s20, s14
	s_add_u32 s21, s21, s24
	s_addc_u32 s15, 0, s15
	s_add_u32 s21, s21, s23
	s_addc_u32 s15, s15, s22
	s_mul_hi_u32 s21, s18, s14
	s_addc_u32 s21, s21, 0
	s_mul_i32 s14, s18, s14
	s_add_u32 s14, s15, s14
	v_ashrrev_i32_e32 v4, 31, v7
	s_addc_u32 s15, 0, s21
	v_mov_b32_e32 v5, v4
	s_add_u32 s20, s20, s14
	v_lshl_add_u64 v[6:7], v[6:7], 0, v[4:5]
	s_addc_u32 s18, s18, s15
	v_xor_b32_e32 v10, v6, v4
	v_xor_b32_e32 v5, v7, v4
	v_mad_u64_u32 v[6:7], s[14:15], v10, s18, 0
	v_mul_hi_u32 v8, v10, s20
	v_lshl_add_u64 v[6:7], v[8:9], 0, v[6:7]
	v_mad_u64_u32 v[8:9], s[14:15], v5, s20, 0
	v_add_co_u32_e32 v6, vcc, v6, v8
	s_nop 1
	v_addc_co_u32_e32 v6, vcc, v7, v9, vcc
	v_mad_u64_u32 v[8:9], s[14:15], v5, s18, 0
	s_mov_b32 s14, 0
	v_addc_co_u32_e32 v9, vcc, 0, v9, vcc
	v_mov_b32_e32 v7, s14
	v_lshl_add_u64 v[6:7], v[6:7], 0, v[8:9]
	v_mul_lo_u32 v8, s13, v6
	v_mul_lo_u32 v9, s12, v7
	v_mad_u64_u32 v[6:7], s[14:15], s12, v6, 0
	v_add3_u32 v7, v7, v9, v8
	v_sub_u32_e32 v8, v5, v7
	v_mov_b32_e32 v9, s13
	v_sub_co_u32_e32 v6, vcc, v10, v6
	s_nop 1
	v_subb_co_u32_e64 v8, s[14:15], v8, v9, vcc
	v_subrev_co_u32_e64 v9, s[14:15], s12, v6
	v_subb_co_u32_e32 v5, vcc, v5, v7, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v8, s[14:15], 0, v8, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s13, v8
	v_cmp_le_u32_e32 vcc, s13, v5
	s_nop 0
	v_cndmask_b32_e64 v10, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s12, v9
	v_cndmask_b32_e64 v7, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s12, v6
	v_cndmask_b32_e64 v11, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s13, v8
	s_nop 1
	v_cndmask_b32_e64 v8, v10, v11, s[14:15]
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s13, v5
	v_subrev_co_u32_e64 v10, s[14:15], s12, v9
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
.LBB0_8:                                ; %Flow642
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[6:7], s[6:7]
	s_cbranch_execz .LBB0_10
; %bb.9:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v4, v3
	v_readlane_b32 s14, v252, 5
	s_sub_i32 s12, 0, s14
	v_accvgpr_read_b32 v6, a16
	v_mul_f32_e32 v4, 0x4f7ffffe, v4
	v_cvt_u32_f32_e32 v4, v4
	v_readlane_b32 s15, v252, 6
	v_accvgpr_read_b32 v7, a17
	v_mul_lo_u32 v5, s12, v4
	v_mul_hi_u32 v5, v4, v5
	v_add_u32_e32 v4, v4, v5
	v_mul_hi_u32 v4, v6, v4
	v_mul_lo_u32 v4, v4, s14
	v_sub_u32_e32 v4, v6, v4
	v_subrev_u32_e32 v5, s14, v4
	v_cmp_le_u32_e32 vcc, s14, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v5, vcc
	v_subrev_u32_e32 v5, s14, v4
	v_cmp_le_u32_e32 vcc, s14, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v5, vcc
.LBB0_10:                               ; %.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[6:7]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v6, v28, s16, 2
	v_mov_b32_e32 v7, s17
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s19, 0
	v_accvgpr_write_b32 a19, v7
	v_accvgpr_write_b32 a18, v6
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr6_vgpr7
	s_and_saveexec_b64 s[12:13], s[6:7]
	s_xor_b64 s[6:7], exec, s[12:13]
	s_cbranch_execz .LBB0_12
; %bb.11:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s14, v252, 5
	v_readlane_b32 s15, v252, 6
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s12, s15, 31
	s_add_u32 s14, s14, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s15, s12
	s_xor_b64 s[12:13], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s12
	v_cvt_f32_u32_e32 v6, s13
	s_sub_u32 s14, 0, s12
	s_subb_u32 s15, 0, s13
	v_accvgpr_read_b32 v9, a19
	v_fmamk_f32 v5, v6, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_accvgpr_read_b32 v8, a18
	v_mov_b32_e32 v11, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v6, 0x2f800000, v5
	v_trunc_f32_e32 v6, v6
	v_fmamk_f32 v5, v6, 0xcf800000, v5
	v_cvt_u32_f32_e32 v6, v6
	v_cvt_u32_f32_e32 v5, v5
	v_readfirstlane_b32 s18, v6
	v_readfirstlane_b32 s20, v5
	s_mul_i32 s21, s14, s18
	s_mul_hi_u32 s23, s14, s20
	s_mul_i32 s22, s15, s20
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s14, s20
	s_mul_i32 s23, s20, s21
	s_mul_hi_u32 s25, s20, s24
	s_mul_hi_u32 s22, s20, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s18, s24
	s_mul_i32 s24, s18, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s18, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s18, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s20, s20, s21
	s_addc_u32 s18, s18, s22
	s_mul_i32 s21, s14, s20
	s_mul_i32 s24, s14, s18
	s_mul_hi_u32 s14, s14, s20
	s_add_i32 s14, s14, s24
	s_mul_i32 s15, s15, s20
	s_add_i32 s14, s14, s15
	s_mul_hi_u32 s22, s18, s21
	s_mul_i32 s23, s18, s21
	s_mul_i32 s24, s20, s14
	s_mul_hi_u32 s21, s20, s21
	s_mul_hi_u32 s15, s20, s14
	s_add_u32 s21, s21, s24
	s_addc_u32 s15, 0, s15
	s_add_u32 s21, s21, s23
	s_addc_u32 s15, s15, s22
	s_mul_hi_u32 s21, s18, s14
	s_addc_u32 s21, s21, 0
	s_mul_i32 s14, s18, s14
	s_add_u32 s14, s15, s14
	v_ashrrev_i32_e32 v6, 31, v9
	s_addc_u32 s15, 0, s21
	v_mov_b32_e32 v7, v6
	s_add_u32 s20, s20, s14
	v_lshl_add_u64 v[8:9], v[8:9], 0, v[6:7]
	s_addc_u32 s18, s18, s15
	v_xor_b32_e32 v7, v8, v6
	v_xor_b32_e32 v5, v9, v6
	v_mad_u64_u32 v[8:9], s[14:15], v7, s18, 0
	v_mul_hi_u32 v10, v7, s20
	v_lshl_add_u64 v[8:9], v[10:11], 0, v[8:9]
	v_mad_u64_u32 v[10:11], s[14:15], v5, s20, 0
	v_add_co_u32_e32 v8, vcc, v8, v10
	s_nop 1
	v_addc_co_u32_e32 v8, vcc, v9, v11, vcc
	v_mad_u64_u32 v[10:11], s[14:15], v5, s18, 0
	s_mov_b32 s14, 0
	v_addc_co_u32_e32 v11, vcc, 0, v11, vcc
	v_mov_b32_e32 v9, s14
	v_lshl_add_u64 v[8:9], v[8:9], 0, v[10:11]
	v_mul_lo_u32 v10, s13, v8
	v_mul_lo_u32 v11, s12, v9
	v_mad_u64_u32 v[8:9], s[14:15], s12, v8, 0
	v_add3_u32 v9, v9, v11, v10
	v_sub_u32_e32 v10, v5, v9
	v_mov_b32_e32 v11, s13
	v_sub_co_u32_e32 v7, vcc, v7, v8
	s_nop 1
	v_subb_co_u32_e64 v8, s[14:15], v10, v11, vcc
	v_subrev_co_u32_e64 v10, s[14:15], s12, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v8, s[14:15], 0, v8, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s13, v8
	v_cmp_le_u32_e32 vcc, s13, v5
	s_nop 0
	v_cndmask_b32_e64 v11, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s12, v10
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s12, v7
	v_cndmask_b32_e64 v12, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s13, v8
	s_nop 1
	v_cndmask_b32_e64 v8, v11, v12, s[14:15]
	v_cndmask_b32_e64 v12, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s13, v5
	v_subrev_co_u32_e64 v11, s[14:15], s12, v10
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
.LBB0_12:                               ; %Flow641
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[6:7], s[6:7]
	s_cbranch_execz .LBB0_14
; %bb.13:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s14, v252, 5
	s_sub_i32 s12, 0, s14
	v_readlane_b32 s15, v252, 6
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_accvgpr_read_b32 v7, a19
	v_mul_lo_u32 v6, s12, v5
	v_mul_hi_u32 v6, v5, v6
	v_add_u32_e32 v5, v5, v6
	v_accvgpr_read_b32 v6, a18
	v_mul_hi_u32 v5, v6, v5
	v_mul_lo_u32 v5, v5, s14
	v_sub_u32_e32 v5, v6, v5
	v_subrev_u32_e32 v6, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v6, vcc
	v_subrev_u32_e32 v6, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v6, v5, v6, vcc
.LBB0_14:                               ; %.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[6:7]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v8, v28, s16, 3
	v_mov_b32_e32 v9, s17
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s19, 0
	v_accvgpr_write_b32 a21, v9
	v_accvgpr_write_b32 a20, v8
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr8_vgpr9
	s_and_saveexec_b64 s[12:13], s[6:7]
	s_xor_b64 s[6:7], exec, s[12:13]
	s_cbranch_execz .LBB0_16
; %bb.15:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s14, v252, 5
	v_readlane_b32 s15, v252, 6
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s12, s15, 31
	s_add_u32 s14, s14, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s15, s12
	s_xor_b64 s[12:13], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s12
	v_cvt_f32_u32_e32 v7, s13
	s_sub_u32 s14, 0, s12
	s_subb_u32 s15, 0, s13
	v_accvgpr_read_b32 v11, a21
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_ashrrev_i32_e32 v8, 31, v11
	v_accvgpr_read_b32 v10, a20
	v_mov_b32_e32 v9, v8
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_lshl_add_u64 v[10:11], v[10:11], 0, v[8:9]
	v_mov_b32_e32 v13, 0
	v_readfirstlane_b32 s18, v7
	v_readfirstlane_b32 s20, v5
	s_mul_i32 s21, s14, s18
	s_mul_hi_u32 s23, s14, s20
	s_mul_i32 s22, s15, s20
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s14, s20
	s_mul_i32 s23, s20, s21
	s_mul_hi_u32 s25, s20, s24
	s_mul_hi_u32 s22, s20, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s18, s24
	s_mul_i32 s24, s18, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s18, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s18, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s20, s20, s21
	s_addc_u32 s18, s18, s22
	s_mul_i32 s21, s14, s20
	s_mul_i32 s24, s14, s18
	s_mul_hi_u32 s14, s14, s20
	s_add_i32 s14, s14, s24
	s_mul_i32 s15, s15, s20
	s_add_i32 s14, s14, s15
	s_mul_hi_u32 s22, s18, s21
	s_mul_i32 s23, s18, s21
	s_mul_i32 s24, s20, s14
	s_mul_hi_u32 s21, s20, s21
	s_mul_hi_u32 s15, s20, s14
	s_add_u32 s21, s21, s24
	s_addc_u32 s15, 0, s15
	s_add_u32 s21, s21, s23
	s_addc_u32 s15, s15, s22
	s_mul_hi_u32 s21, s18, s14
	s_addc_u32 s21, s21, 0
	s_mul_i32 s14, s18, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s21
	s_add_u32 s20, s20, s14
	s_addc_u32 s18, s18, s15
	v_xor_b32_e32 v7, v10, v8
	v_xor_b32_e32 v5, v11, v8
	v_mad_u64_u32 v[10:11], s[14:15], v7, s18, 0
	v_mul_hi_u32 v12, v7, s20
	v_lshl_add_u64 v[10:11], v[12:13], 0, v[10:11]
	v_mad_u64_u32 v[12:13], s[14:15], v5, s20, 0
	v_add_co_u32_e32 v9, vcc, v10, v12
	s_nop 1
	v_addc_co_u32_e32 v10, vcc, v11, v13, vcc
	v_mad_u64_u32 v[12:13], s[14:15], v5, s18, 0
	s_mov_b32 s14, 0
	v_addc_co_u32_e32 v13, vcc, 0, v13, vcc
	v_mov_b32_e32 v11, s14
	v_lshl_add_u64 v[10:11], v[10:11], 0, v[12:13]
	v_mul_lo_u32 v9, s13, v10
	v_mul_lo_u32 v12, s12, v11
	v_mad_u64_u32 v[10:11], s[14:15], s12, v10, 0
	v_add3_u32 v9, v11, v12, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v12, s13
	v_sub_co_u32_e32 v7, vcc, v7, v10
	s_nop 1
	v_subb_co_u32_e64 v10, s[14:15], v11, v12, vcc
	v_subrev_co_u32_e64 v11, s[14:15], s12, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v10, s[14:15], 0, v10, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s13, v10
	v_cmp_le_u32_e32 vcc, s13, v5
	s_nop 0
	v_cndmask_b32_e64 v12, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s12, v11
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s12, v7
	v_cndmask_b32_e64 v13, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s13, v10
	s_nop 1
	v_cndmask_b32_e64 v10, v12, v13, s[14:15]
	v_cndmask_b32_e64 v13, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s13, v5
	v_subrev_co_u32_e64 v12, s[14:15], s12, v11
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v13, vcc
	v_cmp_ne_u32_e32 vcc, 0, v10
	s_nop 1
	v_cndmask_b32_e32 v9, v11, v12, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v8
	v_sub_co_u32_e32 v8, vcc, v5, v8
.LBB0_16:                               ; %Flow640
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[6:7], s[6:7]
	s_cbranch_execz .LBB0_18
; %bb.17:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s14, v252, 5
	s_sub_i32 s12, 0, s14
	v_accvgpr_read_b32 v8, a20
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_readlane_b32 s15, v252, 6
	v_accvgpr_read_b32 v9, a21
	v_mul_lo_u32 v7, s12, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v8, v5
	v_mul_lo_u32 v5, v5, s14
	v_sub_u32_e32 v5, v8, v5
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v8, v5, v7, vcc
.LBB0_18:                               ; %.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[6:7]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v10, v28, s16, 8
	v_mov_b32_e32 v11, s17
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s19, 0
	v_accvgpr_write_b32 a23, v11
	v_accvgpr_write_b32 a22, v10
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr10_vgpr11
	s_and_saveexec_b64 s[12:13], s[6:7]
	s_xor_b64 s[6:7], exec, s[12:13]
	s_cbranch_execz .LBB0_20
; %bb.19:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s14, v252, 5
	v_readlane_b32 s15, v252, 6
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s12, s15, 31
	s_add_u32 s14, s14, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s15, s12
	s_xor_b64 s[12:13], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s12
	v_cvt_f32_u32_e32 v7, s13
	s_sub_u32 s14, 0, s12
	s_subb_u32 s15, 0, s13
	v_accvgpr_read_b32 v13, a23
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_ashrrev_i32_e32 v10, 31, v13
	v_accvgpr_read_b32 v12, a22
	v_mov_b32_e32 v11, v10
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_lshl_add_u64 v[12:13], v[12:13], 0, v[10:11]
	v_mov_b32_e32 v15, 0
	v_readfirstlane_b32 s18, v7
	v_readfirstlane_b32 s20, v5
	s_mul_i32 s21, s14, s18
	s_mul_hi_u32 s23, s14, s20
	s_mul_i32 s22, s15, s20
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s14, s20
	s_mul_i32 s23, s20, s21
	s_mul_hi_u32 s25, s20, s24
	s_mul_hi_u32 s22, s20, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s18, s24
	s_mul_i32 s24, s18, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s18, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s18, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s20, s20, s21
	s_addc_u32 s18, s18, s22
	s_mul_i32 s21, s14, s20
	s_mul_i32 s24, s14, s18
	s_mul_hi_u32 s14, s14, s20
	s_add_i32 s14, s14, s24
	s_mul_i32 s15, s15, s20
	s_add_i32 s14, s14, s15
	s_mul_hi_u32 s22, s18, s21
	s_mul_i32 s23, s18, s21
	s_mul_i32 s24, s20, s14
	s_mul_hi_u32 s21, s20, s21
	s_mul_hi_u32 s15, s20, s14
	s_add_u32 s21, s21, s24
	s_addc_u32 s15, 0, s15
	s_add_u32 s21, s21, s23
	s_addc_u32 s15, s15, s22
	s_mul_hi_u32 s21, s18, s14
	s_addc_u32 s21, s21, 0
	s_mul_i32 s14, s18, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s21
	s_add_u32 s20, s20, s14
	s_addc_u32 s18, s18, s15
	v_xor_b32_e32 v7, v12, v10
	v_xor_b32_e32 v5, v13, v10
	v_mad_u64_u32 v[12:13], s[14:15], v7, s18, 0
	v_mul_hi_u32 v14, v7, s20
	v_lshl_add_u64 v[12:13], v[14:15], 0, v[12:13]
	v_mad_u64_u32 v[14:15], s[14:15], v5, s20, 0
	v_add_co_u32_e32 v9, vcc, v12, v14
	s_nop 1
	v_addc_co_u32_e32 v12, vcc, v13, v15, vcc
	v_mad_u64_u32 v[14:15], s[14:15], v5, s18, 0
	s_mov_b32 s14, 0
	v_addc_co_u32_e32 v15, vcc, 0, v15, vcc
	v_mov_b32_e32 v13, s14
	v_lshl_add_u64 v[12:13], v[12:13], 0, v[14:15]
	v_mul_lo_u32 v9, s13, v12
	v_mul_lo_u32 v11, s12, v13
	v_mad_u64_u32 v[12:13], s[14:15], s12, v12, 0
	v_add3_u32 v9, v13, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v13, s13
	v_sub_co_u32_e32 v7, vcc, v7, v12
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v12, s[14:15], s12, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s13, v11
	v_cmp_le_u32_e32 vcc, s13, v5
	s_nop 0
	v_cndmask_b32_e64 v13, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s12, v12
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s12, v7
	v_cndmask_b32_e64 v14, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s13, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v13, v14, s[14:15]
	v_cndmask_b32_e64 v14, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s13, v5
	v_subrev_co_u32_e64 v13, s[14:15], s12, v12
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v14, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v12, v13, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v10
	v_sub_co_u32_e32 v10, vcc, v5, v10
.LBB0_20:                               ; %Flow639
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[6:7], s[6:7]
	s_cbranch_execz .LBB0_22
; %bb.21:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s14, v252, 5
	s_sub_i32 s12, 0, s14
	v_accvgpr_read_b32 v10, a22
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_readlane_b32 s15, v252, 6
	v_accvgpr_read_b32 v11, a23
	v_mul_lo_u32 v7, s12, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v10, v5
	v_mul_lo_u32 v5, v5, s14
	v_sub_u32_e32 v5, v10, v5
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v10, v5, v7, vcc
.LBB0_22:                               ; %.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[6:7]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v12, v28, s16, 9
	v_mov_b32_e32 v13, s17
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s19, 0
	v_accvgpr_write_b32 a25, v13
	v_accvgpr_write_b32 a24, v12
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr12_vgpr13
	s_and_saveexec_b64 s[12:13], s[6:7]
	s_xor_b64 s[6:7], exec, s[12:13]
	s_cbranch_execz .LBB0_24
; %bb.23:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s14, v252, 5
	v_readlane_b32 s15, v252, 6
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s12, s15, 31
	s_add_u32 s14, s14, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s15, s12
	s_xor_b64 s[12:13], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s12
	v_cvt_f32_u32_e32 v7, s13
	s_sub_u32 s14, 0, s12
	s_subb_u32 s15, 0, s13
	v_accvgpr_read_b32 v15, a25
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_ashrrev_i32_e32 v12, 31, v15
	v_accvgpr_read_b32 v14, a24
	v_mov_b32_e32 v13, v12
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_lshl_add_u64 v[14:15], v[14:15], 0, v[12:13]
	v_mov_b32_e32 v17, 0
	v_readfirstlane_b32 s18, v7
	v_readfirstlane_b32 s20, v5
	s_mul_i32 s21, s14, s18
	s_mul_hi_u32 s23, s14, s20
	s_mul_i32 s22, s15, s20
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s14, s20
	s_mul_i32 s23, s20, s21
	s_mul_hi_u32 s25, s20, s24
	s_mul_hi_u32 s22, s20, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s18, s24
	s_mul_i32 s24, s18, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s18, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s18, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s20, s20, s21
	s_addc_u32 s18, s18, s22
	s_mul_i32 s21, s14, s20
	s_mul_i32 s24, s14, s18
	s_mul_hi_u32 s14, s14, s20
	s_add_i32 s14, s14, s24
	s_mul_i32 s15, s15, s20
	s_add_i32 s14, s14, s15
	s_mul_hi_u32 s22, s18, s21
	s_mul_i32 s23, s18, s21
	s_mul_i32 s24, s20, s14
	s_mul_hi_u32 s21, s20, s21
	s_mul_hi_u32 s15, s20, s14
	s_add_u32 s21, s21, s24
	s_addc_u32 s15, 0, s15
	s_add_u32 s21, s21, s23
	s_addc_u32 s15, s15, s22
	s_mul_hi_u32 s21, s18, s14
	s_addc_u32 s21, s21, 0
	s_mul_i32 s14, s18, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s21
	s_add_u32 s20, s20, s14
	s_addc_u32 s18, s18, s15
	v_xor_b32_e32 v7, v14, v12
	v_xor_b32_e32 v5, v15, v12
	v_mad_u64_u32 v[14:15], s[14:15], v7, s18, 0
	v_mul_hi_u32 v16, v7, s20
	v_lshl_add_u64 v[14:15], v[16:17], 0, v[14:15]
	v_mad_u64_u32 v[16:17], s[14:15], v5, s20, 0
	v_add_co_u32_e32 v9, vcc, v14, v16
	v_mov_b32_e32 v13, s13
	s_nop 0
	v_addc_co_u32_e32 v14, vcc, v15, v17, vcc
	v_mad_u64_u32 v[16:17], s[14:15], v5, s18, 0
	s_mov_b32 s14, 0
	v_addc_co_u32_e32 v17, vcc, 0, v17, vcc
	v_mov_b32_e32 v15, s14
	v_lshl_add_u64 v[14:15], v[14:15], 0, v[16:17]
	v_mul_lo_u32 v9, s13, v14
	v_mul_lo_u32 v11, s12, v15
	v_mad_u64_u32 v[14:15], s[14:15], s12, v14, 0
	v_add3_u32 v9, v15, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v14
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s12, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s13, v11
	v_cmp_le_u32_e32 vcc, s13, v5
	s_nop 0
	v_cndmask_b32_e64 v14, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s12, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s12, v7
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s13, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v14, v15, s[14:15]
	v_cndmask_b32_e64 v15, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s13, v5
	v_subrev_co_u32_e64 v14, s[14:15], s12, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v14, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v12
	v_sub_co_u32_e32 v12, vcc, v5, v12
.LBB0_24:                               ; %Flow638
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[6:7], s[6:7]
	s_cbranch_execz .LBB0_26
; %bb.25:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s14, v252, 5
	s_sub_i32 s12, 0, s14
	v_accvgpr_read_b32 v12, a24
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_readlane_b32 s15, v252, 6
	v_accvgpr_read_b32 v13, a25
	v_mul_lo_u32 v7, s12, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v12, v5
	v_mul_lo_u32 v5, v5, s14
	v_sub_u32_e32 v5, v12, v5
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v5, v7, vcc
.LBB0_26:                               ; %.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[6:7]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v14, v28, s16, 10
	v_mov_b32_e32 v15, s17
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s19, 0
	v_accvgpr_write_b32 a27, v15
	v_accvgpr_write_b32 a26, v14
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr14_vgpr15
	s_and_saveexec_b64 s[12:13], s[6:7]
	s_xor_b64 s[6:7], exec, s[12:13]
	s_cbranch_execz .LBB0_28
; %bb.27:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s14, v252, 5
	v_readlane_b32 s15, v252, 6
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s12, s15, 31
	s_add_u32 s14, s14, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s15, s12
	s_xor_b64 s[12:13], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s12
	v_cvt_f32_u32_e32 v7, s13
	s_sub_u32 s14, 0, s12
	s_subb_u32 s15, 0, s13
	v_accvgpr_read_b32 v17, a27
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_ashrrev_i32_e32 v14, 31, v17
	v_accvgpr_read_b32 v16, a26
	v_mov_b32_e32 v15, v14
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_lshl_add_u64 v[16:17], v[16:17], 0, v[14:15]
	v_mov_b32_e32 v19, 0
	v_readfirstlane_b32 s18, v7
	v_readfirstlane_b32 s20, v5
	s_mul_i32 s21, s14, s18
	s_mul_hi_u32 s23, s14, s20
	s_mul_i32 s22, s15, s20
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s14, s20
	s_mul_i32 s23, s20, s21
	s_mul_hi_u32 s25, s20, s24
	s_mul_hi_u32 s22, s20, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s18, s24
	s_mul_i32 s24, s18, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s18, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s18, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s20, s20, s21
	s_addc_u32 s18, s18, s22
	s_mul_i32 s21, s14, s20
	s_mul_i32 s24, s14, s18
	s_mul_hi_u32 s14, s14, s20
	s_add_i32 s14, s14, s24
	s_mul_i32 s15, s15, s20
	s_add_i32 s14, s14, s15
	s_mul_hi_u32 s22, s18, s21
	s_mul_i32 s23, s18, s21
	s_mul_i32 s24, s20, s14
	s_mul_hi_u32 s21, s20, s21
	s_mul_hi_u32 s15, s20, s14
	s_add_u32 s21, s21, s24
	s_addc_u32 s15, 0, s15
	s_add_u32 s21, s21, s23
	s_addc_u32 s15, s15, s22
	s_mul_hi_u32 s21, s18, s14
	s_addc_u32 s21, s21, 0
	s_mul_i32 s14, s18, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s21
	s_add_u32 s20, s20, s14
	s_addc_u32 s18, s18, s15
	v_xor_b32_e32 v7, v16, v14
	v_xor_b32_e32 v5, v17, v14
	v_mad_u64_u32 v[16:17], s[14:15], v7, s18, 0
	v_mul_hi_u32 v18, v7, s20
	v_lshl_add_u64 v[16:17], v[18:19], 0, v[16:17]
	v_mad_u64_u32 v[18:19], s[14:15], v5, s20, 0
	v_add_co_u32_e32 v9, vcc, v16, v18
	v_mov_b32_e32 v13, s13
	s_nop 0
	v_addc_co_u32_e32 v16, vcc, v17, v19, vcc
	v_mad_u64_u32 v[18:19], s[14:15], v5, s18, 0
	s_mov_b32 s14, 0
	v_addc_co_u32_e32 v19, vcc, 0, v19, vcc
	v_mov_b32_e32 v17, s14
	v_lshl_add_u64 v[16:17], v[16:17], 0, v[18:19]
	v_mul_lo_u32 v9, s13, v16
	v_mul_lo_u32 v11, s12, v17
	v_mad_u64_u32 v[16:17], s[14:15], s12, v16, 0
	v_add3_u32 v9, v17, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v16
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s12, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s13, v11
	v_cmp_le_u32_e32 vcc, s13, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s12, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s12, v7
	v_cndmask_b32_e64 v16, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s13, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v16, s[14:15]
	v_cndmask_b32_e64 v16, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s13, v5
	v_subrev_co_u32_e64 v15, s[14:15], s12, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v16, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v14
	v_sub_co_u32_e32 v14, vcc, v5, v14
.LBB0_28:                               ; %Flow637
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[6:7], s[6:7]
	s_cbranch_execz .LBB0_30
; %bb.29:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s14, v252, 5
	s_sub_i32 s12, 0, s14
	v_accvgpr_read_b32 v14, a26
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_readlane_b32 s15, v252, 6
	v_accvgpr_read_b32 v15, a27
	v_mul_lo_u32 v7, s12, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v14, v5
	v_mul_lo_u32 v5, v5, s14
	v_sub_u32_e32 v5, v14, v5
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v14, v5, v7, vcc
.LBB0_30:                               ; %.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[6:7]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s19, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v52, v28, s16, 11
	v_mov_b32_e32 v53, s17
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr16_vgpr17
	s_and_saveexec_b64 s[12:13], s[6:7]
	s_xor_b64 s[6:7], exec, s[12:13]
	s_cbranch_execz .LBB0_32
; %bb.31:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s14, v252, 5
	v_readlane_b32 s15, v252, 6
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s12, s15, 31
	s_add_u32 s14, s14, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s15, s12
	s_xor_b64 s[12:13], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s12
	v_cvt_f32_u32_e32 v7, s13
	s_sub_u32 s14, 0, s12
	s_subb_u32 s15, 0, s13
	v_ashrrev_i32_e32 v16, 31, v53
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v17, v16
	v_lshl_add_u64 v[18:19], v[52:53], 0, v[16:17]
	v_mov_b32_e32 v21, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s13
	v_readfirstlane_b32 s18, v7
	v_readfirstlane_b32 s20, v5
	s_mul_i32 s21, s14, s18
	s_mul_hi_u32 s23, s14, s20
	s_mul_i32 s22, s15, s20
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s14, s20
	s_mul_i32 s23, s20, s21
	s_mul_hi_u32 s25, s20, s24
	s_mul_hi_u32 s22, s20, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s18, s24
	s_mul_i32 s24, s18, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s18, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s18, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s20, s20, s21
	s_addc_u32 s18, s18, s22
	s_mul_i32 s21, s14, s20
	s_mul_i32 s24, s14, s18
	s_mul_hi_u32 s14, s14, s20
	s_add_i32 s14, s14, s24
	s_mul_i32 s15, s15, s20
	s_add_i32 s14, s14, s15
	s_mul_hi_u32 s22, s18, s21
	s_mul_i32 s23, s18, s21
	s_mul_i32 s24, s20, s14
	s_mul_hi_u32 s21, s20, s21
	s_mul_hi_u32 s15, s20, s14
	s_add_u32 s21, s21, s24
	s_addc_u32 s15, 0, s15
	s_add_u32 s21, s21, s23
	s_addc_u32 s15, s15, s22
	s_mul_hi_u32 s21, s18, s14
	s_addc_u32 s21, s21, 0
	s_mul_i32 s14, s18, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s21
	s_add_u32 s20, s20, s14
	s_addc_u32 s18, s18, s15
	v_xor_b32_e32 v7, v18, v16
	v_xor_b32_e32 v5, v19, v16
	v_mad_u64_u32 v[18:19], s[14:15], v7, s18, 0
	v_mul_hi_u32 v20, v7, s20
	v_lshl_add_u64 v[18:19], v[20:21], 0, v[18:19]
	v_mad_u64_u32 v[20:21], s[14:15], v5, s20, 0
	v_add_co_u32_e32 v9, vcc, v18, v20
	s_nop 1
	v_addc_co_u32_e32 v18, vcc, v19, v21, vcc
	v_mad_u64_u32 v[20:21], s[14:15], v5, s18, 0
	s_mov_b32 s14, 0
	v_addc_co_u32_e32 v21, vcc, 0, v21, vcc
	v_mov_b32_e32 v19, s14
	v_lshl_add_u64 v[18:19], v[18:19], 0, v[20:21]
	v_mul_lo_u32 v9, s13, v18
	v_mul_lo_u32 v11, s12, v19
	v_mad_u64_u32 v[18:19], s[14:15], s12, v18, 0
	v_add3_u32 v9, v19, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v18
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s12, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s13, v11
	v_cmp_le_u32_e32 vcc, s13, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s12, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s12, v7
	v_cndmask_b32_e64 v17, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s13, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[14:15]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s13, v5
	v_subrev_co_u32_e64 v15, s[14:15], s12, v13
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
.LBB0_32:                               ; %Flow636
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[6:7], s[6:7]
	s_cbranch_execz .LBB0_34
; %bb.33:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s14, v252, 5
	s_sub_i32 s12, 0, s14
	v_readlane_b32 s15, v252, 6
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s12, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v52, v5
	v_mul_lo_u32 v5, v5, s14
	v_sub_u32_e32 v5, v52, v5
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v16, v5, v7, vcc
.LBB0_34:                               ; %.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[6:7]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s19, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v54, v28, s16, 16
	v_mov_b32_e32 v55, s17
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr18_vgpr19
	s_and_saveexec_b64 s[12:13], s[6:7]
	s_xor_b64 s[6:7], exec, s[12:13]
	s_cbranch_execz .LBB0_36
; %bb.35:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s14, v252, 5
	v_readlane_b32 s15, v252, 6
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s12, s15, 31
	s_add_u32 s14, s14, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s15, s12
	s_xor_b64 s[12:13], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s12
	v_cvt_f32_u32_e32 v7, s13
	s_sub_u32 s14, 0, s12
	s_subb_u32 s15, 0, s13
	v_ashrrev_i32_e32 v18, 31, v55
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v19, v18
	v_lshl_add_u64 v[20:21], v[54:55], 0, v[18:19]
	v_mov_b32_e32 v23, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s13
	v_readfirstlane_b32 s18, v7
	v_readfirstlane_b32 s20, v5
	s_mul_i32 s21, s14, s18
	s_mul_hi_u32 s23, s14, s20
	s_mul_i32 s22, s15, s20
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s14, s20
	s_mul_i32 s23, s20, s21
	s_mul_hi_u32 s25, s20, s24
	s_mul_hi_u32 s22, s20, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s18, s24
	s_mul_i32 s24, s18, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s18, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s18, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s20, s20, s21
	s_addc_u32 s18, s18, s22
	s_mul_i32 s21, s14, s20
	s_mul_i32 s24, s14, s18
	s_mul_hi_u32 s14, s14, s20
	s_add_i32 s14, s14, s24
	s_mul_i32 s15, s15, s20
	s_add_i32 s14, s14, s15
	s_mul_hi_u32 s22, s18, s21
	s_mul_i32 s23, s18, s21
	s_mul_i32 s24, s20, s14
	s_mul_hi_u32 s21, s20, s21
	s_mul_hi_u32 s15, s20, s14
	s_add_u32 s21, s21, s24
	s_addc_u32 s15, 0, s15
	s_add_u32 s21, s21, s23
	s_addc_u32 s15, s15, s22
	s_mul_hi_u32 s21, s18, s14
	s_addc_u32 s21, s21, 0
	s_mul_i32 s14, s18, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s21
	s_add_u32 s20, s20, s14
	s_addc_u32 s18, s18, s15
	v_xor_b32_e32 v7, v20, v18
	v_xor_b32_e32 v5, v21, v18
	v_mad_u64_u32 v[20:21], s[14:15], v7, s18, 0
	v_mul_hi_u32 v22, v7, s20
	v_lshl_add_u64 v[20:21], v[22:23], 0, v[20:21]
	v_mad_u64_u32 v[22:23], s[14:15], v5, s20, 0
	v_add_co_u32_e32 v9, vcc, v20, v22
	s_nop 1
	v_addc_co_u32_e32 v20, vcc, v21, v23, vcc
	v_mad_u64_u32 v[22:23], s[14:15], v5, s18, 0
	s_mov_b32 s14, 0
	v_addc_co_u32_e32 v23, vcc, 0, v23, vcc
	v_mov_b32_e32 v21, s14
	v_lshl_add_u64 v[20:21], v[20:21], 0, v[22:23]
	v_mul_lo_u32 v9, s13, v20
	v_mul_lo_u32 v11, s12, v21
	v_mad_u64_u32 v[20:21], s[14:15], s12, v20, 0
	v_add3_u32 v9, v21, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v20
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s12, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s13, v11
	v_cmp_le_u32_e32 vcc, s13, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s12, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s12, v7
	v_cndmask_b32_e64 v17, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s13, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[14:15]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s13, v5
	v_subrev_co_u32_e64 v15, s[14:15], s12, v13
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
.LBB0_36:                               ; %Flow635
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[6:7], s[6:7]
	s_cbranch_execz .LBB0_38
; %bb.37:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s14, v252, 5
	s_sub_i32 s12, 0, s14
	v_readlane_b32 s15, v252, 6
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s12, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v54, v5
	v_mul_lo_u32 v5, v5, s14
	v_sub_u32_e32 v5, v54, v5
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v18, v5, v7, vcc
.LBB0_38:                               ; %.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[6:7]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s19, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v56, v28, s16, 17
	v_mov_b32_e32 v57, s17
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr20_vgpr21
	s_and_saveexec_b64 s[12:13], s[6:7]
	s_xor_b64 s[6:7], exec, s[12:13]
	s_cbranch_execz .LBB0_40
; %bb.39:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s14, v252, 5
	v_readlane_b32 s15, v252, 6
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s12, s15, 31
	s_add_u32 s14, s14, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s15, s12
	s_xor_b64 s[12:13], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s12
	v_cvt_f32_u32_e32 v7, s13
	s_sub_u32 s14, 0, s12
	s_subb_u32 s15, 0, s13
	v_ashrrev_i32_e32 v20, 31, v57
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v21, v20
	v_lshl_add_u64 v[22:23], v[56:57], 0, v[20:21]
	v_mov_b32_e32 v25, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s13
	v_readfirstlane_b32 s18, v7
	v_readfirstlane_b32 s20, v5
	s_mul_i32 s21, s14, s18
	s_mul_hi_u32 s23, s14, s20
	s_mul_i32 s22, s15, s20
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s14, s20
	s_mul_i32 s23, s20, s21
	s_mul_hi_u32 s25, s20, s24
	s_mul_hi_u32 s22, s20, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s18, s24
	s_mul_i32 s24, s18, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s18, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s18, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s20, s20, s21
	s_addc_u32 s18, s18, s22
	s_mul_i32 s21, s14, s20
	s_mul_i32 s24, s14, s18
	s_mul_hi_u32 s14, s14, s20
	s_add_i32 s14, s14, s24
	s_mul_i32 s15, s15, s20
	s_add_i32 s14, s14, s15
	s_mul_hi_u32 s22, s18, s21
	s_mul_i32 s23, s18, s21
	s_mul_i32 s24, s20, s14
	s_mul_hi_u32 s21, s20, s21
	s_mul_hi_u32 s15, s20, s14
	s_add_u32 s21, s21, s24
	s_addc_u32 s15, 0, s15
	s_add_u32 s21, s21, s23
	s_addc_u32 s15, s15, s22
	s_mul_hi_u32 s21, s18, s14
	s_addc_u32 s21, s21, 0
	s_mul_i32 s14, s18, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s21
	s_add_u32 s20, s20, s14
	s_addc_u32 s18, s18, s15
	v_xor_b32_e32 v7, v22, v20
	v_xor_b32_e32 v5, v23, v20
	v_mad_u64_u32 v[22:23], s[14:15], v7, s18, 0
	v_mul_hi_u32 v24, v7, s20
	v_lshl_add_u64 v[22:23], v[24:25], 0, v[22:23]
	v_mad_u64_u32 v[24:25], s[14:15], v5, s20, 0
	v_add_co_u32_e32 v9, vcc, v22, v24
	s_nop 1
	v_addc_co_u32_e32 v22, vcc, v23, v25, vcc
	v_mad_u64_u32 v[24:25], s[14:15], v5, s18, 0
	s_mov_b32 s14, 0
	v_addc_co_u32_e32 v25, vcc, 0, v25, vcc
	v_mov_b32_e32 v23, s14
	v_lshl_add_u64 v[22:23], v[22:23], 0, v[24:25]
	v_mul_lo_u32 v9, s13, v22
	v_mul_lo_u32 v11, s12, v23
	v_mad_u64_u32 v[22:23], s[14:15], s12, v22, 0
	v_add3_u32 v9, v23, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v22
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s12, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s13, v11
	v_cmp_le_u32_e32 vcc, s13, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s12, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s12, v7
	v_cndmask_b32_e64 v17, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s13, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[14:15]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s13, v5
	v_subrev_co_u32_e64 v15, s[14:15], s12, v13
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
.LBB0_40:                               ; %Flow634
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[6:7], s[6:7]
	s_cbranch_execz .LBB0_42
; %bb.41:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s14, v252, 5
	s_sub_i32 s12, 0, s14
	v_readlane_b32 s15, v252, 6
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s12, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v56, v5
	v_mul_lo_u32 v5, v5, s14
	v_sub_u32_e32 v5, v56, v5
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v20, v5, v7, vcc
.LBB0_42:                               ; %.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[6:7]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s19, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v58, v28, s16, 18
	v_mov_b32_e32 v59, s17
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr22_vgpr23
	s_and_saveexec_b64 s[12:13], s[6:7]
	s_xor_b64 s[6:7], exec, s[12:13]
	s_cbranch_execz .LBB0_44
; %bb.43:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s14, v252, 5
	v_readlane_b32 s15, v252, 6
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s12, s15, 31
	s_add_u32 s14, s14, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s15, s12
	s_xor_b64 s[12:13], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s12
	v_cvt_f32_u32_e32 v7, s13
	s_sub_u32 s14, 0, s12
	s_subb_u32 s15, 0, s13
	v_ashrrev_i32_e32 v22, 31, v59
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v23, v22
	v_lshl_add_u64 v[24:25], v[58:59], 0, v[22:23]
	v_mov_b32_e32 v27, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s13
	v_readfirstlane_b32 s18, v7
	v_readfirstlane_b32 s20, v5
	s_mul_i32 s21, s14, s18
	s_mul_hi_u32 s23, s14, s20
	s_mul_i32 s22, s15, s20
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s14, s20
	s_mul_i32 s23, s20, s21
	s_mul_hi_u32 s25, s20, s24
	s_mul_hi_u32 s22, s20, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s18, s24
	s_mul_i32 s24, s18, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s18, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s18, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s20, s20, s21
	s_addc_u32 s18, s18, s22
	s_mul_i32 s21, s14, s20
	s_mul_i32 s24, s14, s18
	s_mul_hi_u32 s14, s14, s20
	s_add_i32 s14, s14, s24
	s_mul_i32 s15, s15, s20
	s_add_i32 s14, s14, s15
	s_mul_hi_u32 s22, s18, s21
	s_mul_i32 s23, s18, s21
	s_mul_i32 s24, s20, s14
	s_mul_hi_u32 s21, s20, s21
	s_mul_hi_u32 s15, s20, s14
	s_add_u32 s21, s21, s24
	s_addc_u32 s15, 0, s15
	s_add_u32 s21, s21, s23
	s_addc_u32 s15, s15, s22
	s_mul_hi_u32 s21, s18, s14
	s_addc_u32 s21, s21, 0
	s_mul_i32 s14, s18, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s21
	s_add_u32 s20, s20, s14
	s_addc_u32 s18, s18, s15
	v_xor_b32_e32 v7, v24, v22
	v_xor_b32_e32 v5, v25, v22
	v_mad_u64_u32 v[24:25], s[14:15], v7, s18, 0
	v_mul_hi_u32 v26, v7, s20
	v_lshl_add_u64 v[24:25], v[26:27], 0, v[24:25]
	v_mad_u64_u32 v[26:27], s[14:15], v5, s20, 0
	v_add_co_u32_e32 v9, vcc, v24, v26
	s_nop 1
	v_addc_co_u32_e32 v24, vcc, v25, v27, vcc
	v_mad_u64_u32 v[26:27], s[14:15], v5, s18, 0
	s_mov_b32 s14, 0
	v_addc_co_u32_e32 v27, vcc, 0, v27, vcc
	v_mov_b32_e32 v25, s14
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[26:27]
	v_mul_lo_u32 v9, s13, v24
	v_mul_lo_u32 v11, s12, v25
	v_mad_u64_u32 v[24:25], s[14:15], s12, v24, 0
	v_add3_u32 v9, v25, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v24
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s12, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s13, v11
	v_cmp_le_u32_e32 vcc, s13, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s12, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s12, v7
	v_cndmask_b32_e64 v17, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s13, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[14:15]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s13, v5
	v_subrev_co_u32_e64 v15, s[14:15], s12, v13
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
.LBB0_44:                               ; %Flow633
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[6:7], s[6:7]
	s_cbranch_execz .LBB0_46
; %bb.45:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s14, v252, 5
	s_sub_i32 s12, 0, s14
	v_readlane_b32 s15, v252, 6
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s12, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v58, v5
	v_mul_lo_u32 v5, v5, s14
	v_sub_u32_e32 v5, v58, v5
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v22, v5, v7, vcc
.LBB0_46:                               ; %.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[6:7]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s19, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v60, v28, s16, 19
	v_mov_b32_e32 v61, s17
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr24_vgpr25
	s_and_saveexec_b64 s[12:13], s[6:7]
	s_xor_b64 s[6:7], exec, s[12:13]
	s_cbranch_execz .LBB0_48
; %bb.47:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s14, v252, 5
	v_readlane_b32 s15, v252, 6
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s12, s15, 31
	s_add_u32 s14, s14, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s15, s12
	s_xor_b64 s[12:13], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s12
	v_cvt_f32_u32_e32 v7, s13
	s_sub_u32 s14, 0, s12
	s_subb_u32 s15, 0, s13
	v_ashrrev_i32_e32 v24, 31, v61
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v25, v24
	v_lshl_add_u64 v[26:27], v[60:61], 0, v[24:25]
	v_mov_b32_e32 v31, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s13
	v_readfirstlane_b32 s18, v7
	v_readfirstlane_b32 s20, v5
	s_mul_i32 s21, s14, s18
	s_mul_hi_u32 s23, s14, s20
	s_mul_i32 s22, s15, s20
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s14, s20
	s_mul_i32 s23, s20, s21
	s_mul_hi_u32 s25, s20, s24
	s_mul_hi_u32 s22, s20, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s18, s24
	s_mul_i32 s24, s18, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s18, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s18, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s20, s20, s21
	s_addc_u32 s18, s18, s22
	s_mul_i32 s21, s14, s20
	s_mul_i32 s24, s14, s18
	s_mul_hi_u32 s14, s14, s20
	s_add_i32 s14, s14, s24
	s_mul_i32 s15, s15, s20
	s_add_i32 s14, s14, s15
	s_mul_hi_u32 s22, s18, s21
	s_mul_i32 s23, s18, s21
	s_mul_i32 s24, s20, s14
	s_mul_hi_u32 s21, s20, s21
	s_mul_hi_u32 s15, s20, s14
	s_add_u32 s21, s21, s24
	s_addc_u32 s15, 0, s15
	s_add_u32 s21, s21, s23
	s_addc_u32 s15, s15, s22
	s_mul_hi_u32 s21, s18, s14
	s_addc_u32 s21, s21, 0
	s_mul_i32 s14, s18, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s21
	s_add_u32 s20, s20, s14
	s_addc_u32 s18, s18, s15
	v_xor_b32_e32 v7, v26, v24
	v_xor_b32_e32 v5, v27, v24
	v_mad_u64_u32 v[26:27], s[14:15], v7, s18, 0
	v_mul_hi_u32 v30, v7, s20
	v_lshl_add_u64 v[26:27], v[30:31], 0, v[26:27]
	v_mad_u64_u32 v[30:31], s[14:15], v5, s20, 0
	v_add_co_u32_e32 v9, vcc, v26, v30
	s_nop 1
	v_addc_co_u32_e32 v26, vcc, v27, v31, vcc
	v_mad_u64_u32 v[30:31], s[14:15], v5, s18, 0
	s_mov_b32 s14, 0
	v_addc_co_u32_e32 v31, vcc, 0, v31, vcc
	v_mov_b32_e32 v27, s14
	v_lshl_add_u64 v[26:27], v[26:27], 0, v[30:31]
	v_mul_lo_u32 v9, s13, v26
	v_mul_lo_u32 v11, s12, v27
	v_mad_u64_u32 v[26:27], s[14:15], s12, v26, 0
	v_add3_u32 v9, v27, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v26
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s12, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s13, v11
	v_cmp_le_u32_e32 vcc, s13, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s12, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s12, v7
	v_cndmask_b32_e64 v17, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s13, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[14:15]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s13, v5
	v_subrev_co_u32_e64 v15, s[14:15], s12, v13
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
.LBB0_48:                               ; %Flow632
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[6:7], s[6:7]
	s_cbranch_execz .LBB0_50
; %bb.49:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s14, v252, 5
	s_sub_i32 s12, 0, s14
	v_readlane_b32 s15, v252, 6
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s12, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v60, v5
	v_mul_lo_u32 v5, v5, s14
	v_sub_u32_e32 v5, v60, v5
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v24, v5, v7, vcc
.LBB0_50:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[6:7]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s19, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v62, v28, s16, 24
	v_mov_b32_e32 v63, s17
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr26_vgpr27
	s_and_saveexec_b64 s[12:13], s[6:7]
	s_xor_b64 s[6:7], exec, s[12:13]
	s_cbranch_execz .LBB0_52
; %bb.51:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s14, v252, 5
	v_readlane_b32 s15, v252, 6
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s12, s15, 31
	s_add_u32 s14, s14, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s15, s12
	s_xor_b64 s[12:13], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s12
	v_cvt_f32_u32_e32 v7, s13
	s_sub_u32 s14, 0, s12
	s_subb_u32 s15, 0, s13
	v_ashrrev_i32_e32 v26, 31, v63
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v27, v26
	v_lshl_add_u64 v[30:31], v[62:63], 0, v[26:27]
	v_mov_b32_e32 v35, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s13
	v_readfirstlane_b32 s18, v7
	v_readfirstlane_b32 s20, v5
	s_mul_i32 s21, s14, s18
	s_mul_hi_u32 s23, s14, s20
	s_mul_i32 s22, s15, s20
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s14, s20
	s_mul_i32 s23, s20, s21
	s_mul_hi_u32 s25, s20, s24
	s_mul_hi_u32 s22, s20, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s18, s24
	s_mul_i32 s24, s18, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s18, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s18, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s20, s20, s21
	s_addc_u32 s18, s18, s22
	s_mul_i32 s21, s14, s20
	s_mul_i32 s24, s14, s18
	s_mul_hi_u32 s14, s14, s20
	s_add_i32 s14, s14, s24
	s_mul_i32 s15, s15, s20
	s_add_i32 s14, s14, s15
	s_mul_hi_u32 s22, s18, s21
	s_mul_i32 s23, s18, s21
	s_mul_i32 s24, s20, s14
	s_mul_hi_u32 s21, s20, s21
	s_mul_hi_u32 s15, s20, s14
	s_add_u32 s21, s21, s24
	s_addc_u32 s15, 0, s15
	s_add_u32 s21, s21, s23
	s_addc_u32 s15, s15, s22
	s_mul_hi_u32 s21, s18, s14
	s_addc_u32 s21, s21, 0
	s_mul_i32 s14, s18, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s21
	s_add_u32 s20, s20, s14
	s_addc_u32 s18, s18, s15
	v_xor_b32_e32 v7, v30, v26
	v_xor_b32_e32 v5, v31, v26
	v_mad_u64_u32 v[30:31], s[14:15], v7, s18, 0
	v_mul_hi_u32 v34, v7, s20
	v_lshl_add_u64 v[30:31], v[34:35], 0, v[30:31]
	v_mad_u64_u32 v[34:35], s[14:15], v5, s20, 0
	v_add_co_u32_e32 v9, vcc, v30, v34
	s_nop 1
	v_addc_co_u32_e32 v30, vcc, v31, v35, vcc
	v_mad_u64_u32 v[34:35], s[14:15], v5, s18, 0
	s_mov_b32 s14, 0
	v_addc_co_u32_e32 v35, vcc, 0, v35, vcc
	v_mov_b32_e32 v31, s14
	v_lshl_add_u64 v[30:31], v[30:31], 0, v[34:35]
	v_mul_lo_u32 v9, s13, v30
	v_mul_lo_u32 v11, s12, v31
	v_mad_u64_u32 v[30:31], s[14:15], s12, v30, 0
	v_add3_u32 v9, v31, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v30
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s12, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s13, v11
	v_cmp_le_u32_e32 vcc, s13, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s12, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s12, v7
	v_cndmask_b32_e64 v17, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s13, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[14:15]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s13, v5
	v_subrev_co_u32_e64 v15, s[14:15], s12, v13
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
.LBB0_52:                               ; %Flow631
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[6:7], s[6:7]
	s_cbranch_execz .LBB0_54
; %bb.53:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s14, v252, 5
	s_sub_i32 s12, 0, s14
	v_readlane_b32 s15, v252, 6
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s12, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v62, v5
	v_mul_lo_u32 v5, v5, s14
	v_sub_u32_e32 v5, v62, v5
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v26, v5, v7, vcc
.LBB0_54:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[6:7]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s19, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v64, v28, s16, 25
	v_mov_b32_e32 v65, s17
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr30_vgpr31
	s_and_saveexec_b64 s[12:13], s[6:7]
	s_xor_b64 s[6:7], exec, s[12:13]
	s_cbranch_execz .LBB0_56
; %bb.55:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s14, v252, 5
	v_readlane_b32 s15, v252, 6
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s12, s15, 31
	s_add_u32 s14, s14, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s15, s12
	s_xor_b64 s[12:13], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s12
	v_cvt_f32_u32_e32 v7, s13
	s_sub_u32 s14, 0, s12
	s_subb_u32 s15, 0, s13
	v_ashrrev_i32_e32 v30, 31, v65
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v31, v30
	v_lshl_add_u64 v[34:35], v[64:65], 0, v[30:31]
	v_mov_b32_e32 v37, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s13
	v_readfirstlane_b32 s18, v7
	v_readfirstlane_b32 s20, v5
	s_mul_i32 s21, s14, s18
	s_mul_hi_u32 s23, s14, s20
	s_mul_i32 s22, s15, s20
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s14, s20
	s_mul_i32 s23, s20, s21
	s_mul_hi_u32 s25, s20, s24
	s_mul_hi_u32 s22, s20, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s18, s24
	s_mul_i32 s24, s18, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s18, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s18, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s20, s20, s21
	s_addc_u32 s18, s18, s22
	s_mul_i32 s21, s14, s20
	s_mul_i32 s24, s14, s18
	s_mul_hi_u32 s14, s14, s20
	s_add_i32 s14, s14, s24
	s_mul_i32 s15, s15, s20
	s_add_i32 s14, s14, s15
	s_mul_hi_u32 s22, s18, s21
	s_mul_i32 s23, s18, s21
	s_mul_i32 s24, s20, s14
	s_mul_hi_u32 s21, s20, s21
	s_mul_hi_u32 s15, s20, s14
	s_add_u32 s21, s21, s24
	s_addc_u32 s15, 0, s15
	s_add_u32 s21, s21, s23
	s_addc_u32 s15, s15, s22
	s_mul_hi_u32 s21, s18, s14
	s_addc_u32 s21, s21, 0
	s_mul_i32 s14, s18, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s21
	s_add_u32 s20, s20, s14
	s_addc_u32 s18, s18, s15
	v_xor_b32_e32 v7, v34, v30
	v_xor_b32_e32 v5, v35, v30
	v_mad_u64_u32 v[34:35], s[14:15], v7, s18, 0
	v_mul_hi_u32 v36, v7, s20
	v_lshl_add_u64 v[34:35], v[36:37], 0, v[34:35]
	v_mad_u64_u32 v[36:37], s[14:15], v5, s20, 0
	v_add_co_u32_e32 v9, vcc, v34, v36
	s_nop 1
	v_addc_co_u32_e32 v34, vcc, v35, v37, vcc
	v_mad_u64_u32 v[36:37], s[14:15], v5, s18, 0
	s_mov_b32 s14, 0
	v_addc_co_u32_e32 v37, vcc, 0, v37, vcc
	v_mov_b32_e32 v35, s14
	v_lshl_add_u64 v[34:35], v[34:35], 0, v[36:37]
	v_mul_lo_u32 v9, s13, v34
	v_mul_lo_u32 v11, s12, v35
	v_mad_u64_u32 v[34:35], s[14:15], s12, v34, 0
	v_add3_u32 v9, v35, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v34
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s12, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s13, v11
	v_cmp_le_u32_e32 vcc, s13, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s12, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s12, v7
	v_cndmask_b32_e64 v17, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s13, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[14:15]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s13, v5
	v_subrev_co_u32_e64 v15, s[14:15], s12, v13
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
.LBB0_56:                               ; %Flow630
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[6:7], s[6:7]
	s_cbranch_execz .LBB0_58
; %bb.57:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s14, v252, 5
	s_sub_i32 s12, 0, s14
	v_readlane_b32 s15, v252, 6
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s12, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v64, v5
	v_mul_lo_u32 v5, v5, s14
	v_sub_u32_e32 v5, v64, v5
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v30, v5, v7, vcc
.LBB0_58:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[6:7]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s19, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v66, v28, s16, 26
	v_mov_b32_e32 v67, s17
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr74_vgpr75
	s_and_saveexec_b64 s[12:13], s[6:7]
	s_xor_b64 s[6:7], exec, s[12:13]
	s_cbranch_execz .LBB0_60
; %bb.59:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s14, v252, 5
	v_readlane_b32 s15, v252, 6
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s12, s15, 31
	s_add_u32 s14, s14, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s15, s12
	s_xor_b64 s[12:13], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s12
	v_cvt_f32_u32_e32 v7, s13
	s_sub_u32 s14, 0, s12
	s_subb_u32 s15, 0, s13
	v_ashrrev_i32_e32 v34, 31, v67
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v35, v34
	v_lshl_add_u64 v[36:37], v[66:67], 0, v[34:35]
	v_mov_b32_e32 v39, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s13
	v_readfirstlane_b32 s18, v7
	v_readfirstlane_b32 s20, v5
	s_mul_i32 s21, s14, s18
	s_mul_hi_u32 s23, s14, s20
	s_mul_i32 s22, s15, s20
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s14, s20
	s_mul_i32 s23, s20, s21
	s_mul_hi_u32 s25, s20, s24
	s_mul_hi_u32 s22, s20, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s18, s24
	s_mul_i32 s24, s18, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s18, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s18, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s20, s20, s21
	s_addc_u32 s18, s18, s22
	s_mul_i32 s21, s14, s20
	s_mul_i32 s24, s14, s18
	s_mul_hi_u32 s14, s14, s20
	s_add_i32 s14, s14, s24
	s_mul_i32 s15, s15, s20
	s_add_i32 s14, s14, s15
	s_mul_hi_u32 s22, s18, s21
	s_mul_i32 s23, s18, s21
	s_mul_i32 s24, s20, s14
	s_mul_hi_u32 s21, s20, s21
	s_mul_hi_u32 s15, s20, s14
	s_add_u32 s21, s21, s24
	s_addc_u32 s15, 0, s15
	s_add_u32 s21, s21, s23
	s_addc_u32 s15, s15, s22
	s_mul_hi_u32 s21, s18, s14
	s_addc_u32 s21, s21, 0
	s_mul_i32 s14, s18, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s21
	s_add_u32 s20, s20, s14
	s_addc_u32 s18, s18, s15
	v_xor_b32_e32 v7, v36, v34
	v_xor_b32_e32 v5, v37, v34
	v_mad_u64_u32 v[36:37], s[14:15], v7, s18, 0
	v_mul_hi_u32 v38, v7, s20
	v_lshl_add_u64 v[36:37], v[38:39], 0, v[36:37]
	v_mad_u64_u32 v[38:39], s[14:15], v5, s20, 0
	v_add_co_u32_e32 v9, vcc, v36, v38
	s_nop 1
	v_addc_co_u32_e32 v36, vcc, v37, v39, vcc
	v_mad_u64_u32 v[38:39], s[14:15], v5, s18, 0
	s_mov_b32 s14, 0
	v_addc_co_u32_e32 v39, vcc, 0, v39, vcc
	v_mov_b32_e32 v37, s14
	v_lshl_add_u64 v[36:37], v[36:37], 0, v[38:39]
	v_mul_lo_u32 v9, s13, v36
	v_mul_lo_u32 v11, s12, v37
	v_mad_u64_u32 v[36:37], s[14:15], s12, v36, 0
	v_add3_u32 v9, v37, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v36
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s12, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s13, v11
	v_cmp_le_u32_e32 vcc, s13, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s12, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s12, v7
	v_cndmask_b32_e64 v17, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s13, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[14:15]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s13, v5
	v_subrev_co_u32_e64 v15, s[14:15], s12, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v34
	v_sub_co_u32_e32 v74, vcc, v5, v34
.LBB0_60:                               ; %Flow629
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[6:7], s[6:7]
	s_cbranch_execz .LBB0_62
; %bb.61:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s14, v252, 5
	s_sub_i32 s12, 0, s14
	v_readlane_b32 s15, v252, 6
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s12, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v66, v5
	v_mul_lo_u32 v5, v5, s14
	v_sub_u32_e32 v5, v66, v5
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v74, v5, v7, vcc
.LBB0_62:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[6:7]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s19, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v68, v28, s16, 27
	v_mov_b32_e32 v69, s17
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr76_vgpr77
	s_and_saveexec_b64 s[12:13], s[6:7]
	s_xor_b64 s[6:7], exec, s[12:13]
	s_cbranch_execz .LBB0_64
; %bb.63:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s14, v252, 5
	v_readlane_b32 s15, v252, 6
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s12, s15, 31
	s_add_u32 s14, s14, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s15, s12
	s_xor_b64 s[12:13], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s12
	v_cvt_f32_u32_e32 v7, s13
	s_sub_u32 s14, 0, s12
	s_subb_u32 s15, 0, s13
	v_ashrrev_i32_e32 v28, 31, v69
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v29, v28
	v_lshl_add_u64 v[34:35], v[68:69], 0, v[28:29]
	v_mov_b32_e32 v37, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s13
	v_readfirstlane_b32 s16, v7
	v_readfirstlane_b32 s17, v5
	s_mul_i32 s18, s14, s16
	s_mul_hi_u32 s20, s14, s17
	s_mul_i32 s19, s15, s17
	s_add_i32 s18, s20, s18
	s_add_i32 s18, s18, s19
	s_mul_i32 s21, s14, s17
	s_mul_i32 s20, s17, s18
	s_mul_hi_u32 s22, s17, s21
	s_mul_hi_u32 s19, s17, s18
	s_add_u32 s20, s22, s20
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s22, s16, s21
	s_mul_i32 s21, s16, s21
	s_add_u32 s20, s20, s21
	s_addc_u32 s19, s19, s22
	s_mul_hi_u32 s20, s16, s18
	s_addc_u32 s20, s20, 0
	s_mul_i32 s18, s16, s18
	s_add_u32 s18, s19, s18
	s_addc_u32 s19, 0, s20
	s_add_u32 s17, s17, s18
	s_addc_u32 s16, s16, s19
	s_mul_i32 s18, s14, s17
	s_mul_i32 s21, s14, s16
	s_mul_hi_u32 s14, s14, s17
	s_add_i32 s14, s14, s21
	s_mul_i32 s15, s15, s17
	s_add_i32 s14, s14, s15
	s_mul_hi_u32 s19, s16, s18
	s_mul_i32 s20, s16, s18
	s_mul_i32 s21, s17, s14
	s_mul_hi_u32 s18, s17, s18
	s_mul_hi_u32 s15, s17, s14
	s_add_u32 s18, s18, s21
	s_addc_u32 s15, 0, s15
	s_add_u32 s18, s18, s20
	s_addc_u32 s15, s15, s19
	s_mul_hi_u32 s18, s16, s14
	s_addc_u32 s18, s18, 0
	s_mul_i32 s14, s16, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s18
	s_add_u32 s17, s17, s14
	s_addc_u32 s16, s16, s15
	v_xor_b32_e32 v7, v34, v28
	v_xor_b32_e32 v5, v35, v28
	v_mad_u64_u32 v[34:35], s[14:15], v7, s16, 0
	v_mul_hi_u32 v36, v7, s17
	v_lshl_add_u64 v[34:35], v[36:37], 0, v[34:35]
	v_mad_u64_u32 v[36:37], s[14:15], v5, s17, 0
	v_add_co_u32_e32 v9, vcc, v34, v36
	s_nop 1
	v_addc_co_u32_e32 v34, vcc, v35, v37, vcc
	v_mad_u64_u32 v[36:37], s[14:15], v5, s16, 0
	s_mov_b32 s14, 0
	v_addc_co_u32_e32 v37, vcc, 0, v37, vcc
	v_mov_b32_e32 v35, s14
	v_lshl_add_u64 v[34:35], v[34:35], 0, v[36:37]
	v_mul_lo_u32 v9, s13, v34
	v_mul_lo_u32 v11, s12, v35
	v_mad_u64_u32 v[34:35], s[14:15], s12, v34, 0
	v_add3_u32 v9, v35, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v34
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s12, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s13, v11
	v_cmp_le_u32_e32 vcc, s13, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s12, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s12, v7
	v_cndmask_b32_e64 v17, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s13, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[14:15]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s13, v5
	v_subrev_co_u32_e64 v15, s[14:15], s12, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v28
	v_sub_co_u32_e32 v76, vcc, v5, v28
.LBB0_64:                               ; %Flow628
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[6:7], s[6:7]
	s_cbranch_execz .LBB0_66
; %bb.65:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s14, v252, 5
	s_sub_i32 s12, 0, s14
	v_readlane_b32 s15, v252, 6
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s12, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v68, v5
	v_mul_lo_u32 v5, v5, s14
	v_sub_u32_e32 v5, v68, v5
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s14, v5
	v_cmp_le_u32_e32 vcc, s14, v5
	s_nop 1
	v_cndmask_b32_e32 v76, v5, v7, vcc
.LBB0_66:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[6:7]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_readlane_b32 s6, v252, 5
	v_readlane_b32 s7, v252, 6
	v_accvgpr_read_b32 v29, a9
	v_accvgpr_read_b32 v28, a8
	v_or_b32_e32 v5, s7, v29
	v_cmp_ne_u32_e32 vcc, 0, v5
                                        ; implicit-def: $vgpr28_vgpr29
	s_and_saveexec_b64 s[6:7], vcc
	s_xor_b64 s[6:7], exec, s[6:7]
	s_cbranch_execz .LBB0_68
; %bb.67:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s14, v252, 5
	v_readlane_b32 s15, v252, 6
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s12, s15, 31
	s_add_u32 s14, s14, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s15, s12
	s_xor_b64 s[12:13], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v3, s12
	v_cvt_f32_u32_e32 v5, s13
	s_sub_u32 s14, 0, s12
	s_subb_u32 s15, 0, s13
	v_accvgpr_read_b32 v29, a9
	v_fmamk_f32 v3, v5, 0x4f800000, v3
	v_rcp_f32_e32 v3, v3
	v_ashrrev_i32_e32 v34, 31, v29
	v_accvgpr_read_b32 v28, a8
	v_mov_b32_e32 v35, v34
	v_mul_f32_e32 v3, 0x5f7ffffc, v3
	v_mul_f32_e32 v5, 0x2f800000, v3
	v_trunc_f32_e32 v5, v5
	v_fmamk_f32 v3, v5, 0xcf800000, v3
	v_cvt_u32_f32_e32 v5, v5
	v_cvt_u32_f32_e32 v3, v3
	v_lshl_add_u64 v[28:29], v[28:29], 0, v[34:35]
	v_mov_b32_e32 v37, 0
	v_readfirstlane_b32 s16, v5
	v_readfirstlane_b32 s17, v3
	s_mul_i32 s18, s14, s16
	s_mul_hi_u32 s20, s14, s17
	s_mul_i32 s19, s15, s17
	s_add_i32 s18, s20, s18
	s_add_i32 s18, s18, s19
	s_mul_i32 s21, s14, s17
	s_mul_i32 s20, s17, s18
	s_mul_hi_u32 s22, s17, s21
	s_mul_hi_u32 s19, s17, s18
	s_add_u32 s20, s22, s20
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s22, s16, s21
	s_mul_i32 s21, s16, s21
	s_add_u32 s20, s20, s21
	s_addc_u32 s19, s19, s22
	s_mul_hi_u32 s20, s16, s18
	s_addc_u32 s20, s20, 0
	s_mul_i32 s18, s16, s18
	s_add_u32 s18, s19, s18
	s_addc_u32 s19, 0, s20
	s_add_u32 s17, s17, s18
	s_addc_u32 s16, s16, s19
	s_mul_i32 s18, s14, s17
	s_mul_i32 s21, s14, s16
	s_mul_hi_u32 s14, s14, s17
	s_add_i32 s14, s14, s21
	s_mul_i32 s15, s15, s17
	s_add_i32 s14, s14, s15
	s_mul_hi_u32 s19, s16, s18
	s_mul_i32 s20, s16, s18
	s_mul_i32 s21, s17, s14
	s_mul_hi_u32 s18, s17, s18
	s_mul_hi_u32 s15, s17, s14
	s_add_u32 s18, s18, s21
	s_addc_u32 s15, 0, s15
	s_add_u32 s18, s18, s20
	s_addc_u32 s15, s15, s19
	s_mul_hi_u32 s18, s16, s14
	s_addc_u32 s18, s18, 0
	s_mul_i32 s14, s16, s14
	s_add_u32 s14, s15, s14
	s_addc_u32 s15, 0, s18
	s_add_u32 s17, s17, s14
	s_addc_u32 s16, s16, s15
	v_xor_b32_e32 v5, v28, v34
	v_xor_b32_e32 v3, v29, v34
	v_mad_u64_u32 v[28:29], s[14:15], v5, s16, 0
	v_mul_hi_u32 v36, v5, s17
	v_lshl_add_u64 v[28:29], v[36:37], 0, v[28:29]
	v_mad_u64_u32 v[36:37], s[14:15], v3, s17, 0
	v_add_co_u32_e32 v7, vcc, v28, v36
	v_mov_b32_e32 v11, s13
	s_nop 0
	v_addc_co_u32_e32 v28, vcc, v29, v37, vcc
	v_mad_u64_u32 v[36:37], s[14:15], v3, s16, 0
	s_mov_b32 s14, 0
	v_addc_co_u32_e32 v37, vcc, 0, v37, vcc
	v_mov_b32_e32 v29, s14
	v_lshl_add_u64 v[28:29], v[28:29], 0, v[36:37]
	v_mul_lo_u32 v7, s13, v28
	v_mul_lo_u32 v9, s12, v29
	v_mad_u64_u32 v[28:29], s[14:15], s12, v28, 0
	v_add3_u32 v7, v29, v9, v7
	v_sub_u32_e32 v9, v3, v7
	v_sub_co_u32_e32 v5, vcc, v5, v28
	s_nop 1
	v_subb_co_u32_e64 v9, s[14:15], v9, v11, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s12, v5
	v_subb_co_u32_e32 v3, vcc, v3, v7, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v15, s[16:17], 0, v9, s[14:15]
	v_cmp_le_u32_e64 s[16:17], s13, v15
	v_subb_co_u32_e64 v9, s[14:15], v9, v11, s[14:15]
	s_nop 0
	v_cndmask_b32_e64 v17, 0, -1, s[16:17]
	v_cmp_le_u32_e64 s[16:17], s12, v13
	v_subrev_co_u32_e64 v11, s[14:15], s12, v13
	s_nop 0
	v_cndmask_b32_e64 v19, 0, -1, s[16:17]
	v_cmp_eq_u32_e64 s[16:17], s13, v15
	v_subbrev_co_u32_e64 v9, s[14:15], 0, v9, s[14:15]
	s_nop 0
	v_cndmask_b32_e64 v17, v17, v19, s[16:17]
	v_cmp_le_u32_e32 vcc, s13, v3
	v_cmp_ne_u32_e64 s[14:15], 0, v17
	s_nop 0
	v_cndmask_b32_e64 v7, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s12, v5
	v_cndmask_b32_e64 v9, v15, v9, s[14:15]
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s13, v3
	s_nop 1
	v_cndmask_b32_e32 v7, v7, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v7
	v_cndmask_b32_e64 v7, v13, v11, s[14:15]
	s_nop 0
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_cndmask_b32_e32 v3, v3, v9, vcc
	v_xor_b32_e32 v5, v5, v34
	v_xor_b32_e32 v3, v3, v34
	v_sub_co_u32_e32 v28, vcc, v5, v34
	s_nop 1
	v_subb_co_u32_e32 v29, vcc, v3, v34, vcc
                                        ; implicit-def: $vgpr3
.LBB0_68:                               ; %Flow627
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_or_saveexec_b64 s[6:7], s[6:7]
	s_load_dword s33, s[0:1], 0x4c
	s_xor_b64 exec, exec, s[6:7]
	s_cbranch_execz .LBB0_70
; %bb.69:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v3, v3
	v_readlane_b32 s14, v252, 5
	s_sub_i32 s12, 0, s14
	v_accvgpr_read_b32 v28, a8
	v_mul_f32_e32 v3, 0x4f7ffffe, v3
	v_cvt_u32_f32_e32 v3, v3
	v_accvgpr_read_b32 v29, a9
	v_mov_b32_e32 v29, 0
	v_readlane_b32 s15, v252, 6
	v_mul_lo_u32 v5, s12, v3
	v_mul_hi_u32 v5, v3, v5
	v_add_u32_e32 v3, v3, v5
	v_mul_hi_u32 v3, v28, v3
	v_mul_lo_u32 v3, v3, s14
	v_sub_u32_e32 v3, v28, v3
	v_subrev_u32_e32 v5, s14, v3
	v_cmp_le_u32_e32 vcc, s14, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v5, vcc
	v_subrev_u32_e32 v5, s14, v3
	v_cmp_le_u32_e32 vcc, s14, v3
	s_nop 1
	v_cndmask_b32_e32 v28, v3, v5, vcc
.LBB0_70:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[6:7]
	.loc	1 88 18 is_stmt 1               ; fused_moe.py:88:18
	s_waitcnt vmcnt(1)
	v_cmp_gt_i32_e64 s[6:7], s9, v32
.Ltmp11:
	.loc	2 43 13                         ; standard.py:43:13 @[ fused_moe.py:117:23 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s12, s33, 0x7f
	v_mov_b32_e32 v107, 0
.Ltmp12:
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_writelane_b32 v252, s6, 7
	.loc	1 86 18                         ; fused_moe.py:86:18
	v_ashrrev_i32_e32 v33, 31, v32
	s_waitcnt vmcnt(0)
	v_ashrrev_i32_e32 v43, 31, v42
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_writelane_b32 v252, s7, 8
	v_cmp_gt_i32_e64 s[6:7], s9, v42
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cmpk_lt_i32 s12, 0x80
	v_mov_b32_e32 v137, 0
.Ltmp13:
	.loc	2 43 13                         ; standard.py:43:13 @[ fused_moe.py:117:23 ]
	v_writelane_b32 v252, s6, 9
	v_mov_b32_e32 v136, 0
	v_mov_b32_e32 v106, v107
	v_writelane_b32 v252, s7, 10
	v_mov_b32_e32 v109, v107
	v_mov_b32_e32 v108, v107
	v_mov_b32_e32 v111, v107
	v_mov_b32_e32 v110, v107
	v_mov_b32_e32 v113, v107
	v_mov_b32_e32 v112, v107
	v_mov_b32_e32 v115, v107
	v_mov_b32_e32 v114, v107
	v_mov_b32_e32 v117, v107
	v_mov_b32_e32 v116, v107
	v_mov_b32_e32 v121, v107
	v_mov_b32_e32 v120, v107
	v_mov_b32_e32 v123, v107
	v_mov_b32_e32 v122, v107
	v_mov_b32_e32 v125, v107
	v_mov_b32_e32 v124, v107
	v_mov_b32_e32 v127, v107
	v_mov_b32_e32 v126, v107
	v_mov_b32_e32 v131, v107
	v_mov_b32_e32 v130, v107
	v_mov_b32_e32 v133, v107
	v_mov_b32_e32 v132, v107
	v_mov_b32_e32 v135, v107
	v_mov_b32_e32 v134, v107
	v_mov_b32_e32 v139, v107
	v_mov_b32_e32 v138, v107
	v_mov_b32_e32 v141, v107
	v_mov_b32_e32 v140, v107
	s_cbranch_scc1 .LBB0_334
.Ltmp14:
; %bb.71:                               ; %.lr.ph
	.loc	2 0 13 is_stmt 0                ; standard.py:0:13
	s_mov_b32 s17, s26
	s_load_dwordx4 s[24:27], s[0:1], 0x58
	s_load_dwordx4 s[20:23], s[0:1], 0x74
	s_load_dword s43, s[0:1], 0x68
	v_writelane_b32 v252, s44, 11
                                        ; implicit-def: $vgpr253 : SGPR spill to VGPR lane
	s_load_dword s13, s[0:1], 0x84
	.loc	1 105 22 is_stmt 1              ; fused_moe.py:105:22
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s6, s28, s26
	s_mul_hi_i32 s7, s28, s26
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	s_add_u32 s6, s34, s6
	v_writelane_b32 v252, s45, 12
	s_addc_u32 s7, s35, s7
	s_mov_b32 s45, s46
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_lshr_b32 s46, s4, 4
	s_or_b32 s8, s46, 1
	v_writelane_b32 v252, s8, 13
	s_or_b32 s8, s46, 2
	v_writelane_b32 v252, s8, 14
	s_or_b32 s8, s46, 3
	v_writelane_b32 v252, s8, 15
	s_or_b32 s8, s46, 4
	v_writelane_b32 v252, s8, 16
	s_or_b32 s8, s46, 5
	v_writelane_b32 v252, s8, 17
	s_or_b32 s8, s46, 6
	v_writelane_b32 v252, s8, 18
	s_or_b32 s8, s46, 7
	v_writelane_b32 v252, s8, 19
	s_or_b32 s8, s46, 17
	v_writelane_b32 v252, s8, 20
	s_or_b32 s8, s46, 18
	v_writelane_b32 v252, s8, 21
	s_or_b32 s8, s46, 19
	v_writelane_b32 v252, s8, 22
	s_or_b32 s8, s46, 20
	v_writelane_b32 v252, s8, 23
	s_or_b32 s8, s46, 21
	v_writelane_b32 v252, s8, 24
	s_or_b32 s8, s46, 22
	v_writelane_b32 v252, s8, 25
	s_or_b32 s8, s46, 23
	v_writelane_b32 v252, s8, 26
	s_or_b32 s8, s46, 33
	v_writelane_b32 v252, s8, 27
	s_or_b32 s8, s46, 34
	v_writelane_b32 v252, s8, 28
	s_or_b32 s8, s46, 35
	v_writelane_b32 v252, s8, 29
	s_or_b32 s8, s46, 36
	v_writelane_b32 v252, s8, 30
	s_or_b32 s8, s46, 37
	v_writelane_b32 v252, s8, 31
	s_or_b32 s8, s46, 38
	v_writelane_b32 v252, s8, 32
	s_or_b32 s8, s46, 39
	v_writelane_b32 v252, s8, 33
	s_or_b32 s8, s46, 49
	v_writelane_b32 v252, s8, 34
	s_or_b32 s8, s46, 50
	v_writelane_b32 v252, s8, 35
	s_or_b32 s8, s46, 51
	v_writelane_b32 v252, s8, 36
	s_or_b32 s8, s46, 52
	v_writelane_b32 v252, s8, 37
	s_or_b32 s8, s46, 53
	v_writelane_b32 v252, s8, 38
	s_or_b32 s8, s46, 54
	v_writelane_b32 v252, s8, 39
	s_or_b32 s8, s46, 55
	v_writelane_b32 v252, s8, 40
	s_or_b32 s42, s46, 64
	.loc	1 110 28 is_stmt 1              ; fused_moe.py:110:28
	v_writelane_b32 v252, s42, 41
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_or_b32 s8, s46, 0x41
	v_writelane_b32 v252, s8, 42
	s_or_b32 s8, s46, 0x42
	v_writelane_b32 v252, s8, 43
	s_or_b32 s8, s46, 0x43
	v_writelane_b32 v252, s8, 44
	s_or_b32 s8, s46, 0x44
	v_writelane_b32 v252, s8, 45
	s_or_b32 s8, s46, 0x45
	v_writelane_b32 v252, s8, 46
	s_or_b32 s8, s46, 0x46
	v_writelane_b32 v252, s8, 47
	s_or_b32 s8, s46, 0x47
	v_writelane_b32 v252, s8, 48
	s_or_b32 s51, s46, 0x50
	v_writelane_b32 v252, s51, 49
	s_or_b32 s8, s46, 0x51
	v_writelane_b32 v252, s8, 50
	s_or_b32 s8, s46, 0x52
	v_writelane_b32 v252, s8, 51
	s_or_b32 s8, s46, 0x53
	v_writelane_b32 v252, s8, 52
	s_or_b32 s8, s46, 0x54
	v_writelane_b32 v252, s8, 53
	s_or_b32 s8, s46, 0x55
	v_writelane_b32 v252, s8, 54
	s_or_b32 s8, s46, 0x56
	v_writelane_b32 v252, s8, 55
	s_or_b32 s8, s46, 0x57
	v_writelane_b32 v252, s8, 56
	s_or_b32 s52, s46, 0x60
	v_writelane_b32 v252, s52, 57
	s_or_b32 s8, s46, 0x61
	v_writelane_b32 v252, s8, 58
	s_or_b32 s8, s46, 0x62
	v_writelane_b32 v252, s8, 59
	s_or_b32 s8, s46, 0x63
	v_writelane_b32 v252, s8, 60
	s_or_b32 s8, s46, 0x64
	v_writelane_b32 v252, s8, 61
	s_or_b32 s8, s46, 0x65
	v_writelane_b32 v252, s8, 62
	s_or_b32 s8, s46, 0x66
	v_writelane_b32 v252, s8, 63
	s_or_b32 s8, s46, 0x67
	v_writelane_b32 v253, s8, 0
	s_or_b32 s8, s46, 0x71
	v_writelane_b32 v253, s8, 1
	s_or_b32 s8, s46, 0x72
	v_writelane_b32 v253, s8, 2
	s_or_b32 s8, s46, 0x73
	v_writelane_b32 v253, s8, 3
	s_or_b32 s8, s46, 0x74
	v_writelane_b32 v253, s8, 4
	s_or_b32 s8, s46, 0x75
	.loc	1 110 42                        ; fused_moe.py:110:42
	s_mul_hi_i32 s1, s28, s22
	s_mul_i32 s0, s28, s22
	.loc	1 105 48                        ; fused_moe.py:105:48
	v_writelane_b32 v253, s8, 5
	s_or_b32 s8, s46, 0x76
	s_or_b32 s14, s46, 16
	s_or_b32 s49, s46, 32
	s_or_b32 s15, s46, 48
	.loc	1 110 28                        ; fused_moe.py:110:28
	s_lshl_b64 s[0:1], s[0:1], 2
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_or_b32 s53, s46, 0x70
	v_writelane_b32 v253, s8, 6
	s_or_b32 s8, s46, 0x77
	.loc	1 105 78 is_stmt 0              ; fused_moe.py:105:78
	s_ashr_i32 s85, s43, 31
	.loc	1 110 28 is_stmt 1              ; fused_moe.py:110:28
	s_add_u32 s0, s10, s0
	s_addc_u32 s1, s11, s1
	s_mov_b32 vcc_hi, s5
	s_mov_b32 s5, s4
.Ltmp15:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:117:23 ]
	s_ashr_i32 s4, s12, 31
	s_lshr_b32 s4, s4, 25
.Ltmp16:
	.loc	1 105 78                        ; fused_moe.py:105:78
	v_writelane_b32 v253, s8, 7
.Ltmp17:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:117:23 ]
	s_add_i32 s12, s12, s4
.Ltmp18:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s8, s46, s27
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s4, s47, 31
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s9, s8, 31
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_lshr_b32 s4, s4, 29
	v_writelane_b32 v253, s8, 8
	s_add_i32 s4, s47, s4
	s_ashr_i32 s4, s4, 3
	v_writelane_b32 v253, s9, 9
.Ltmp19:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:117:23 ]
	s_ashr_i32 s26, s12, 7
	v_writelane_b32 v253, s47, 10
.Ltmp20:
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_mul_hi_i32 s11, s4, s24
	s_mul_i32 s10, s4, s24
	.loc	1 133 19                        ; fused_moe.py:133:19
	s_lshl_b32 s47, s25, 7
	.loc	1 134 19                        ; fused_moe.py:134:19
	s_lshl_b32 s4, s27, 7
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s10, s2, s10
	s_addc_u32 s11, s3, s11
	.loc	1 104 23 is_stmt 0              ; fused_moe.py:104:23
	s_ashr_i32 s12, s54, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s54, s12
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s19, s12, s24
	s_mul_i32 s12, s12, s24
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s18, s2, s12
	s_addc_u32 s19, s3, s19
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s55, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s55, s12
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s29, s12, s24
	s_mul_i32 s12, s12, s24
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s28, s2, s12
	s_addc_u32 s29, s3, s29
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s56, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s56, s12
	s_ashr_i32 s12, s12, 3
	s_mov_b64 s[8:9], s[30:31]
	s_mul_hi_i32 s31, s12, s24
	s_mul_i32 s12, s12, s24
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s30, s2, s12
	s_addc_u32 s31, s3, s31
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s57, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s57, s12
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s35, s12, s24
	s_mul_i32 s12, s12, s24
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s34, s2, s12
	s_addc_u32 s35, s3, s35
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s58, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s58, s12
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s37, s12, s24
	s_mul_i32 s12, s12, s24
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s36, s2, s12
	s_addc_u32 s37, s3, s37
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s59, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s59, s12
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s39, s12, s24
	s_mul_i32 s12, s12, s24
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s38, s2, s12
	s_addc_u32 s39, s3, s39
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s60, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s60, s12
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s41, s12, s24
	s_mul_i32 s12, s12, s24
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s40, s2, s12
	s_addc_u32 s41, s3, s41
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s61, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s61, s12
	.loc	1 104 14                        ; fused_moe.py:104:14
	v_writelane_b32 v253, s4, 11
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s44, s12, s24
	.loc	1 104 14                        ; fused_moe.py:104:14
	v_writelane_b32 v253, s5, 12
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_mul_i32 s12, s12, s24
	v_writelane_b32 v253, s54, 13
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s54, s2, s12
	v_writelane_b32 v253, s55, 14
	s_addc_u32 s55, s3, s44
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s62, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s62, s12
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s44, s12, s24
	s_mul_i32 s12, s12, s24
	v_writelane_b32 v253, s56, 15
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s56, s2, s12
	v_writelane_b32 v253, s57, 16
	s_addc_u32 s57, s3, s44
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s63, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s63, s12
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s44, s12, s24
	s_mul_i32 s12, s12, s24
	v_writelane_b32 v253, s58, 17
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s58, s2, s12
	v_writelane_b32 v253, s59, 18
	s_addc_u32 s59, s3, s44
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s64, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s64, s12
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s44, s12, s24
	s_mul_i32 s12, s12, s24
	v_writelane_b32 v253, s60, 19
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s60, s2, s12
	v_writelane_b32 v253, s61, 20
	s_addc_u32 s61, s3, s44
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s65, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s65, s12
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s44, s12, s24
	s_mul_i32 s12, s12, s24
	v_writelane_b32 v253, s62, 21
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s62, s2, s12
	v_writelane_b32 v253, s63, 22
	s_addc_u32 s63, s3, s44
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s66, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s66, s12
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s44, s12, s24
	s_mul_i32 s12, s12, s24
	v_writelane_b32 v253, s64, 23
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s64, s2, s12
	v_writelane_b32 v253, s65, 24
	s_addc_u32 s65, s3, s44
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s67, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s67, s12
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s44, s12, s24
	s_mul_i32 s12, s12, s24
	v_writelane_b32 v253, s66, 25
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s66, s2, s12
	v_writelane_b32 v253, s67, 26
	s_addc_u32 s67, s3, s44
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s68, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s68, s12
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s44, s12, s24
	s_mul_i32 s12, s12, s24
	v_writelane_b32 v253, s68, 27
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s68, s2, s12
	s_addc_u32 s69, s3, s44
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s70, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s70, s12
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s44, s12, s24
	s_mul_i32 s12, s12, s24
	v_writelane_b32 v253, s70, 28
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s70, s2, s12
	s_addc_u32 s71, s3, s44
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s72, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s72, s12
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s44, s12, s24
	s_mul_i32 s12, s12, s24
	v_writelane_b32 v253, s72, 29
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s72, s2, s12
	s_addc_u32 s73, s3, s44
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s74, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s74, s12
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s44, s12, s24
	s_mul_i32 s12, s12, s24
	v_writelane_b32 v253, s74, 30
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s74, s2, s12
	s_addc_u32 s75, s3, s44
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s76, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s76, s12
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s44, s12, s24
	s_mul_i32 s12, s12, s24
	v_writelane_b32 v253, s76, 31
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s76, s2, s12
	s_addc_u32 s77, s3, s44
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s78, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s78, s12
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s44, s12, s24
	s_mul_i32 s12, s12, s24
	v_writelane_b32 v253, s78, 32
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s78, s2, s12
	s_addc_u32 s79, s3, s44
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s80, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s80, s12
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s44, s12, s24
	s_mul_i32 s12, s12, s24
	v_writelane_b32 v253, s80, 33
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s80, s2, s12
	s_addc_u32 s81, s3, s44
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s82, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s82, s12
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s44, s12, s24
	s_mul_i32 s12, s12, s24
	v_writelane_b32 v253, s82, 34
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s82, s2, s12
	s_addc_u32 s83, s3, s44
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s86, 31
	s_lshr_b32 s12, s12, 29
	s_add_i32 s12, s86, s12
	s_ashr_i32 s12, s12, 3
	s_mul_hi_i32 s44, s12, s24
	s_mul_i32 s12, s12, s24
	.loc	1 109 43 is_stmt 1              ; fused_moe.py:109:43
	v_lshrrev_b32_e32 v3, 29, v33
	v_writelane_b32 v253, s86, 35
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s86, s2, s12
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_add_u32_e32 v3, v32, v3
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_addc_u32 s87, s3, s44
	.loc	1 104 23 is_stmt 0              ; fused_moe.py:104:23
	s_ashr_i32 s12, s88, 31
	.loc	1 109 43 is_stmt 1              ; fused_moe.py:109:43
	v_ashrrev_i32_e32 v3, 3, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_lshr_b32 s12, s12, 29
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_mov_b64_e32 v[106:107], s[6:7]
	.loc	1 109 42                        ; fused_moe.py:109:42
	v_mad_i64_i32 v[34:35], s[6:7], v3, s20, 0
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v3, 31, v2
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_add_i32 s12, s88, s12
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s12, 3
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v2, v2, v3
	v_ashrrev_i32_e32 v3, 31, v4
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_mul_hi_i32 s44, s12, s24
	s_mul_i32 s12, s12, s24
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	v_writelane_b32 v253, s88, 36
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s88, s2, s12
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v4, v3
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_addc_u32 s89, s3, s44
	.loc	1 104 23 is_stmt 0              ; fused_moe.py:104:23
	s_ashr_i32 s12, s90, 31
	.loc	1 110 69 is_stmt 1              ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v4, 7, v3
	v_ashrrev_i32_e32 v3, 31, v6
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_lshr_b32 s12, s12, 29
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_add_i32 s12, s90, s12
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v6, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s12, 3
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v6, 7, v3
	v_ashrrev_i32_e32 v3, 31, v8
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_mul_hi_i32 s44, s12, s24
	s_mul_i32 s12, s12, s24
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	v_writelane_b32 v253, s90, 37
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s90, s2, s12
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v8, v3
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_addc_u32 s91, s3, s44
	.loc	1 104 23 is_stmt 0              ; fused_moe.py:104:23
	s_ashr_i32 s12, s92, 31
	.loc	1 110 69 is_stmt 1              ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v8, 7, v3
	v_ashrrev_i32_e32 v3, 31, v10
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_lshr_b32 s12, s12, 29
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_add_i32 s12, s92, s12
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v10, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s12, 3
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v10, 7, v3
	v_ashrrev_i32_e32 v3, 31, v12
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_mul_hi_i32 s44, s12, s24
	s_mul_i32 s12, s12, s24
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	v_writelane_b32 v253, s92, 38
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s92, s2, s12
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v12, v3
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_addc_u32 s93, s3, s44
	.loc	1 104 23 is_stmt 0              ; fused_moe.py:104:23
	s_ashr_i32 s12, s94, 31
	.loc	1 110 69 is_stmt 1              ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v12, 7, v3
	v_ashrrev_i32_e32 v3, 31, v14
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_lshr_b32 s12, s12, 29
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_add_i32 s12, s94, s12
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v14, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s12, 3
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v14, 7, v3
	v_ashrrev_i32_e32 v3, 31, v16
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_mul_hi_i32 s44, s12, s24
	s_mul_i32 s12, s12, s24
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	v_writelane_b32 v253, s94, 39
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s94, s2, s12
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v16, v3
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_addc_u32 s95, s3, s44
	.loc	1 104 23 is_stmt 0              ; fused_moe.py:104:23
	s_ashr_i32 s12, s96, 31
	.loc	1 110 69 is_stmt 1              ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v16, 7, v3
	v_ashrrev_i32_e32 v3, 31, v18
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_lshr_b32 s12, s12, 29
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_add_i32 s12, s96, s12
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v18, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s12, 3
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v18, 7, v3
	v_ashrrev_i32_e32 v3, 31, v20
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_mul_hi_i32 s44, s12, s24
	s_mul_i32 s12, s12, s24
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	v_writelane_b32 v253, s96, 40
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s96, s2, s12
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v20, v3
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_addc_u32 s97, s3, s44
	.loc	1 104 23 is_stmt 0              ; fused_moe.py:104:23
	s_ashr_i32 s12, s98, 31
	.loc	1 110 69 is_stmt 1              ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v20, 7, v3
	v_ashrrev_i32_e32 v3, 31, v22
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_lshr_b32 s12, s12, 29
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_add_i32 s12, s98, s12
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v22, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s12, 3
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v22, 7, v3
	v_ashrrev_i32_e32 v3, 31, v24
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_mul_hi_i32 s44, s12, s24
	s_mul_i32 s12, s12, s24
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	v_writelane_b32 v253, s98, 41
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s98, s2, s12
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v24, v3
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_addc_u32 s99, s3, s44
	.loc	1 104 23 is_stmt 0              ; fused_moe.py:104:23
	s_ashr_i32 s12, s45, 31
	.loc	1 110 69 is_stmt 1              ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v24, 7, v3
	v_ashrrev_i32_e32 v3, 31, v26
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_lshr_b32 s12, s12, 29
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_add_i32 s12, s45, s12
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v26, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s12, 3
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v26, 7, v3
	v_ashrrev_i32_e32 v3, 31, v30
	v_writelane_b32 v253, s45, 42
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_mul_hi_i32 s45, s12, s24
	s_mul_i32 s12, s12, s24
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s44, s2, s12
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v30, v3
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_addc_u32 s45, s3, s45
	.loc	1 104 23 is_stmt 0              ; fused_moe.py:104:23
	s_ashr_i32 s12, s48, 31
	.loc	1 110 69 is_stmt 1              ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v30, 7, v3
	v_ashrrev_i32_e32 v3, 31, v74
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_lshr_b32 s12, s12, 29
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_add_i32 s12, s48, s12
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v74, v3
	s_mov_b32 vcc_lo, s48
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s12, s12, 3
	v_accvgpr_write_b32 a14, v32
	v_accvgpr_write_b32 a15, v33
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_lshrrev_b32_e32 v5, 29, v43
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v32, 7, v3
	v_ashrrev_i32_e32 v3, 31, v76
	v_writelane_b32 v253, vcc_lo, 43
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_mul_hi_i32 vcc_lo, s12, s24
	s_mul_i32 s12, s12, s24
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_add_u32_e32 v5, v42, v5
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s2, s2, s12
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_ashrrev_i32_e32 v5, 3, v5
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v76, v3
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_addc_u32 s3, s3, vcc_lo
	.loc	1 109 42                        ; fused_moe.py:109:42
	v_writelane_b32 v253, s20, 44
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v2, 7, v2
	v_ashrrev_i32_e32 v33, 7, v3
	.loc	1 109 42                        ; fused_moe.py:109:42
	v_mad_i64_i32 v[36:37], s[6:7], v5, s20, 0
	.loc	1 109 28 is_stmt 0              ; fused_moe.py:109:28
	v_lshl_add_u64 v[70:71], v[34:35], 2, s[8:9]
	v_lshl_add_u64 v[72:73], v[36:37], 2, s[8:9]
	.loc	1 110 68 is_stmt 1              ; fused_moe.py:110:68
	v_mad_i64_i32 v[2:3], s[6:7], v2, s13, 0
	v_mad_i64_i32 v[4:5], s[6:7], v4, s13, 0
	v_mad_i64_i32 v[6:7], s[6:7], v6, s13, 0
	v_mad_i64_i32 v[8:9], s[6:7], v8, s13, 0
	v_mad_i64_i32 v[10:11], s[6:7], v10, s13, 0
	v_mad_i64_i32 v[12:13], s[6:7], v12, s13, 0
	v_mad_i64_i32 v[14:15], s[6:7], v14, s13, 0
	v_mad_i64_i32 v[16:17], s[6:7], v16, s13, 0
	v_mad_i64_i32 v[18:19], s[6:7], v18, s13, 0
	v_mad_i64_i32 v[20:21], s[6:7], v20, s13, 0
	v_mad_i64_i32 v[22:23], s[6:7], v22, s13, 0
	v_mad_i64_i32 v[24:25], s[6:7], v24, s13, 0
	v_mad_i64_i32 v[26:27], s[6:7], v26, s13, 0
	v_mad_i64_i32 v[30:31], s[6:7], v30, s13, 0
	v_mad_i64_i32 v[34:35], s[6:7], v32, s13, 0
	v_mad_i64_i32 v[36:37], s[6:7], v33, s13, 0
	s_cmp_eq_u32 s5, 0
	.loc	1 109 42                        ; fused_moe.py:109:42
	v_writelane_b32 v253, s21, 45
	.loc	1 110 28                        ; fused_moe.py:110:28
	v_lshl_add_u64 v[74:75], v[2:3], 2, s[0:1]
	v_lshl_add_u64 v[76:77], v[4:5], 2, s[0:1]
	v_lshl_add_u64 v[78:79], v[6:7], 2, s[0:1]
	v_lshl_add_u64 v[80:81], v[8:9], 2, s[0:1]
	v_lshl_add_u64 v[82:83], v[10:11], 2, s[0:1]
	v_lshl_add_u64 v[84:85], v[12:13], 2, s[0:1]
	v_lshl_add_u64 v[86:87], v[14:15], 2, s[0:1]
	v_lshl_add_u64 v[88:89], v[16:17], 2, s[0:1]
	v_lshl_add_u64 v[90:91], v[18:19], 2, s[0:1]
	v_lshl_add_u64 v[92:93], v[20:21], 2, s[0:1]
	v_lshl_add_u64 v[94:95], v[22:23], 2, s[0:1]
	v_lshl_add_u64 v[96:97], v[24:25], 2, s[0:1]
	v_lshl_add_u64 v[98:99], v[26:27], 2, s[0:1]
	v_lshl_add_u64 v[100:101], v[30:31], 2, s[0:1]
	v_lshl_add_u64 v[102:103], v[34:35], 2, s[0:1]
	v_lshl_add_u64 v[104:105], v[36:37], 2, s[0:1]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_and_b32_e32 v2, 63, v0
	s_cselect_b32 s0, 0, 0x88
	s_and_b32 s1, vcc_hi, 64
	.loc	1 109 42                        ; fused_moe.py:109:42
	v_writelane_b32 v253, s22, 46
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_or_b32_e32 v2, s1, v2
	s_add_i32 s1, s46, 0x77
	.loc	1 109 42                        ; fused_moe.py:109:42
	v_writelane_b32 v253, s23, 47
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v253, s4, 48
	s_add_i32 s1, s46, 0x76
                                        ; implicit-def: $vgpr254 : SGPR spill to VGPR lane
                                        ; implicit-def: $vgpr255 : SGPR spill to VGPR lane
	v_and_b32_e32 v5, 15, v0
	v_writelane_b32 v253, s5, 49
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v253, s4, 50
	s_add_i32 s1, s46, 0x75
	v_lshrrev_b32_e32 v7, 2, v1
	v_writelane_b32 v253, s5, 51
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v253, s4, 52
	s_add_i32 s1, s46, 0x74
	v_bfe_i32 v0, v0, 4, 1
	v_writelane_b32 v253, s5, 53
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v253, s4, 54
	s_add_i32 s1, s46, 0x73
	v_and_b32_e32 v7, 56, v7
	v_writelane_b32 v253, s5, 55
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v253, s4, 56
	s_add_i32 s1, s46, 0x72
	v_and_b32_e32 v0, 0x808, v0
	v_writelane_b32 v253, s5, 57
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v253, s4, 58
	s_add_i32 s1, s46, 0x71
	v_lshlrev_b32_e32 v6, 3, v5
	v_writelane_b32 v253, s5, 59
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v253, s4, 60
	s_add_i32 s1, s46, 0x67
	v_xor_b32_e32 v0, v0, v7
	v_writelane_b32 v253, s5, 61
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v253, s4, 62
	s_add_i32 s1, s46, 0x66
	v_xor_b32_e32 v4, s0, v162
	v_writelane_b32 v253, s5, 63
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 0
	s_add_i32 s1, s46, 0x65
	v_lshlrev_b32_e32 v5, 7, v5
	v_writelane_b32 v254, s5, 1
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 2
	s_add_i32 s1, s46, 0x64
	s_lshl_b32 s0, s17, 6
	v_writelane_b32 v254, s5, 3
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 4
	s_add_i32 s1, s46, 0x63
	v_xor_b32_e32 v0, v0, v6
	v_writelane_b32 v254, s5, 5
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 6
	s_add_i32 s1, s46, 0x62
	v_or3_b32 v0, s0, v5, v0
	v_writelane_b32 v254, s5, 7
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 8
	s_add_i32 s1, s46, 0x61
	s_mul_i32 s6, s27, s49
	v_writelane_b32 v254, s5, 9
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 10
	s_add_i32 s1, s46, 0x57
	s_mul_i32 s84, s27, s52
	v_writelane_b32 v254, s5, 11
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 12
	s_add_i32 s1, s46, 0x56
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_mul_lo_u32 v3, v28, s85
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_writelane_b32 v254, s5, 13
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 14
	s_add_i32 s1, s46, 0x55
	s_ashr_i32 s85, s84, 31
	v_writelane_b32 v254, s5, 15
	s_mul_i32 s4, s27, s1
	s_add_i32 s1, s46, 0x54
	v_writelane_b32 v254, s4, 16
	s_mul_i32 s8, s27, s1
	s_add_i32 s1, s46, 0x53
	v_writelane_b32 v254, s5, 17
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 18
	s_add_i32 s1, s46, 0x52
	s_ashr_i32 s9, s8, 31
	v_writelane_b32 v254, s5, 19
	s_mul_i32 s4, s27, s1
	s_add_i32 s1, s46, 0x51
	v_writelane_b32 v254, s4, 20
	s_mul_i32 s50, s27, s1
	s_add_i32 s1, s46, 0x47
	v_writelane_b32 v254, s5, 21
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 22
	s_add_i32 s1, s46, 0x46
	s_mul_i32 s12, s27, s51
	v_writelane_b32 v254, s5, 23
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 24
	s_add_i32 s1, s46, 0x45
	s_ashr_i32 s51, s50, 31
	v_writelane_b32 v254, s5, 25
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 26
	s_add_i32 s1, s46, 0x44
	s_ashr_i32 s13, s12, 31
	v_writelane_b32 v254, s5, 27
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 28
	s_add_i32 s1, s46, 0x43
	s_mul_i32 s52, s27, s42
	v_writelane_b32 v254, s5, 29
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 30
	s_add_i32 s1, s46, 0x42
	s_mul_i32 s42, s27, s15
	v_writelane_b32 v254, s5, 31
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 32
	s_add_i32 s1, s46, 0x41
	v_and_b32_e32 v2, 0xffff, v2
	v_writelane_b32 v254, s5, 33
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 34
	s_add_i32 s1, s46, 55
	v_mul_lo_u32 v118, s25, v2
	v_writelane_b32 v254, s5, 35
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 36
	s_add_i32 s1, s46, 54
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_mul_lo_u32 v2, v29, s43
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_writelane_b32 v254, s5, 37
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 38
	s_add_i32 s1, s46, 53
	v_lshrrev_b32_e32 v1, 1, v1
	v_writelane_b32 v254, s5, 39
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 40
	s_add_i32 s1, s46, 52
	v_and_b32_e32 v1, 56, v1
	v_writelane_b32 v254, s5, 41
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 42
	s_add_i32 s1, s46, 51
	v_xor_b32_e32 v1, s46, v1
	v_writelane_b32 v254, s5, 43
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 44
	s_add_i32 s1, s46, 50
	v_lshrrev_b32_e32 v11, 2, v142
	v_writelane_b32 v254, s5, 45
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 46
	s_add_i32 s1, s46, 49
	v_lshl_or_b32 v12, v119, 7, v6
	v_writelane_b32 v254, s5, 47
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 48
	s_add_i32 s1, s46, 39
	v_xor_b32_e32 v1, v1, v6
	v_writelane_b32 v254, s5, 49
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 50
	s_add_i32 s1, s46, 38
	v_xor_b32_e32 v11, v12, v11
	v_writelane_b32 v254, s5, 51
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 52
	s_add_i32 s1, s46, 37
	v_lshl_or_b32 v1, v162, 7, v1
	v_writelane_b32 v254, s5, 53
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 54
	s_add_i32 s1, s46, 36
	v_xor_b32_e32 v5, 48, v4
	v_writelane_b32 v254, s5, 55
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 56
	s_add_i32 s1, s46, 35
	v_xor_b32_e32 v7, 64, v4
	v_writelane_b32 v254, s5, 57
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 58
	s_add_i32 s1, s46, 34
	v_xor_b32_e32 v8, 0x50, v4
	v_writelane_b32 v254, s5, 59
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 60
	s_add_i32 s1, s46, 33
	v_xor_b32_e32 v9, 0x60, v4
	v_writelane_b32 v254, s5, 61
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v254, s4, 62
	s_add_i32 s1, s46, 23
	v_xor_b32_e32 v10, 0x70, v4
	v_writelane_b32 v254, s5, 63
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v255, s4, 0
	s_add_i32 s1, s46, 22
	v_xor_b32_e32 v12, 16, v11
	v_writelane_b32 v255, s5, 1
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v255, s4, 2
	s_add_i32 s1, s46, 21
	v_xor_b32_e32 v13, 32, v11
	v_writelane_b32 v255, s5, 3
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v255, s4, 4
	s_add_i32 s1, s46, 20
	v_xor_b32_e32 v14, 48, v11
	v_writelane_b32 v255, s5, 5
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v255, s4, 6
	s_add_i32 s1, s46, 19
	v_xor_b32_e32 v15, 64, v11
	v_writelane_b32 v255, s5, 7
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v255, s4, 8
	s_add_i32 s1, s46, 18
	v_xor_b32_e32 v16, 0x50, v11
	v_writelane_b32 v255, s5, 9
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v255, s4, 10
	s_add_i32 s1, s46, 17
	v_xor_b32_e32 v17, 0x60, v11
	v_writelane_b32 v255, s5, 11
	s_mul_i32 s4, s27, s1
	v_writelane_b32 v255, s4, 12
	s_add_i32 s1, s46, 7
	v_xor_b32_e32 v18, 0x70, v11
	v_writelane_b32 v255, s5, 13
	s_mul_i32 s4, s27, s1
	s_add_i32 s1, s46, 6
	s_mul_i32 s48, s27, s1
	s_add_i32 s1, s46, 5
	s_mul_i32 s22, s27, s1
	s_add_i32 s1, s46, 4
	s_mul_i32 vcc_lo, s27, s1
	s_add_i32 s1, s46, 3
	s_mul_i32 s20, s27, s1
	s_add_i32 s1, s46, 2
	s_mul_i32 s16, s27, s1
	s_add_i32 s1, s46, 1
	s_mul_i32 s24, s27, s1
	v_readlane_b32 s0, v253, 11
	v_readlane_b32 s1, v253, 12
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v253, s0, 11
	v_writelane_b32 v255, s4, 14
	s_ashr_i32 s23, s22, 31
	v_writelane_b32 v253, s1, 12
	v_writelane_b32 v255, s5, 15
	v_readlane_b32 s0, v253, 48
	v_readlane_b32 s1, v253, 49
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v253, s0, 48
	v_writelane_b32 v255, s15, 16
	v_writelane_b32 v255, s49, 17
	v_writelane_b32 v253, s1, 49
	v_writelane_b32 v255, s6, 18
	v_readlane_b32 s0, v253, 50
	v_readlane_b32 s1, v253, 51
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v253, s0, 50
	s_mul_i32 s4, s27, s53
	v_writelane_b32 v255, s7, 19
	v_writelane_b32 v253, s1, 51
	v_writelane_b32 v255, s14, 20
	v_readlane_b32 s0, v253, 52
	v_readlane_b32 s1, v253, 53
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v253, s0, 52
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v255, s4, 21
	v_writelane_b32 v253, s1, 53
	s_mul_i32 s14, s27, s14
	v_readlane_b32 s0, v253, 54
	v_readlane_b32 s1, v253, 55
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v253, s0, 54
	v_writelane_b32 v255, s5, 22
	v_writelane_b32 v255, s84, 23
	v_writelane_b32 v253, s1, 55
	s_mov_b32 s27, s53
	v_readlane_b32 s0, v253, 56
	v_readlane_b32 s1, v253, 57
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v253, s0, 56
	v_writelane_b32 v255, s85, 24
	v_writelane_b32 v255, s8, 25
	v_writelane_b32 v253, s1, 57
	s_ashr_i32 s53, s52, 31
	v_readlane_b32 s0, v253, 58
	v_readlane_b32 s1, v253, 59
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v253, s0, 58
	v_writelane_b32 v255, s9, 26
	v_writelane_b32 v255, s50, 27
	v_writelane_b32 v253, s1, 59
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_mad_u64_u32 v[128:129], s[6:7], v28, s43, v[106:107]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_readlane_b32 s0, v253, 60
	v_readlane_b32 s1, v253, 61
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v253, s0, 60
	v_writelane_b32 v255, s51, 28
	v_writelane_b32 v255, s12, 29
	v_writelane_b32 v253, s1, 61
	s_ashr_i32 s43, s42, 31
	v_readlane_b32 s0, v253, 62
	v_readlane_b32 s1, v253, 63
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v253, s0, 62
	v_writelane_b32 v255, s13, 30
	v_writelane_b32 v255, s52, 31
	v_writelane_b32 v253, s1, 63
	v_readlane_b32 s0, v254, 0
	v_readlane_b32 s1, v254, 1
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 0
	v_writelane_b32 v255, s53, 32
	v_writelane_b32 v255, s42, 33
	v_writelane_b32 v254, s1, 1
	s_ashr_i32 s49, s48, 31
	v_readlane_b32 s0, v254, 2
	v_readlane_b32 s1, v254, 3
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 2
	v_writelane_b32 v255, s43, 34
	s_ashr_i32 vcc_hi, vcc_lo, 31
	v_writelane_b32 v254, s1, 3
	v_readlane_b32 s42, v255, 18
	v_readlane_b32 s0, v254, 4
	v_readlane_b32 s1, v254, 5
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 4
	v_readlane_b32 s43, v255, 19
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_add3_u32 v129, v2, v129, v3
	v_writelane_b32 v254, s1, 5
	v_xor_b32_e32 v2, 16, v4
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_readlane_b32 s0, v254, 6
	v_readlane_b32 s1, v254, 7
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 6
	v_xor_b32_e32 v3, 32, v4
	v_xor_b32_e32 v6, 16, v1
	v_writelane_b32 v254, s1, 7
	v_xor_b32_e32 v19, 32, v1
	v_readlane_b32 s0, v254, 8
	v_readlane_b32 s1, v254, 9
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 8
	v_xor_b32_e32 v20, 48, v1
	v_xor_b32_e32 v21, 64, v1
	v_writelane_b32 v254, s1, 9
	v_xor_b32_e32 v22, 0x50, v1
	v_readlane_b32 s0, v254, 10
	v_readlane_b32 s1, v254, 11
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 10
	v_xor_b32_e32 v23, 0x60, v1
	v_xor_b32_e32 v24, 0x70, v1
	v_writelane_b32 v254, s1, 11
	v_xor_b32_e32 v25, 16, v0
	v_readlane_b32 s0, v254, 12
	v_readlane_b32 s1, v254, 13
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 12
	v_xor_b32_e32 v26, 32, v0
	v_xor_b32_e32 v27, 48, v0
	v_writelane_b32 v254, s1, 13
	v_xor_b32_e32 v28, 64, v0
	v_readlane_b32 s0, v254, 14
	v_readlane_b32 s1, v254, 15
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 14
	v_xor_b32_e32 v29, 0x50, v0
	v_xor_b32_e32 v30, 0x60, v0
	v_writelane_b32 v254, s1, 15
	v_xor_b32_e32 v31, 0x70, v0
	v_readlane_b32 s0, v254, 16
	v_readlane_b32 s1, v254, 17
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 16
	s_ashr_i32 s21, s20, 31
	v_mov_b32_e32 v136, 0
	v_writelane_b32 v254, s1, 17
	v_accvgpr_write_b32 a10, v42
	v_readlane_b32 s0, v254, 18
	v_readlane_b32 s1, v254, 19
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 18
	v_accvgpr_write_b32 a11, v43
	s_ashr_i32 s43, s42, 31
	v_writelane_b32 v254, s1, 19
	s_ashr_i32 s15, s14, 31
	v_readlane_b32 s0, v254, 20
	v_readlane_b32 s1, v254, 21
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 20
	s_ashr_i32 s17, s16, 31
	s_ashr_i32 s25, s24, 31
	v_writelane_b32 v254, s1, 21
	v_ashrrev_i32_e32 v119, 31, v118
	v_readlane_b32 s12, v254, 22
	v_readlane_b32 s13, v254, 23
	s_ashr_i32 s13, s12, 31
	v_writelane_b32 v254, s12, 22
	v_add_u32_e32 v163, 0, v4
	v_add_u32_e32 v164, 0, v2
	v_writelane_b32 v254, s13, 23
	v_add_u32_e32 v165, 0, v3
	v_readlane_b32 s0, v254, 24
	v_readlane_b32 s1, v254, 25
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 24
	v_add_u32_e32 v166, 0, v5
	v_add_u32_e32 v167, 0, v7
	v_writelane_b32 v254, s1, 25
	v_add_u32_e32 v168, 0, v8
	v_readlane_b32 s0, v254, 26
	v_readlane_b32 s1, v254, 27
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 26
	v_add_u32_e32 v169, 0, v9
	v_add_u32_e32 v170, 0, v10
	v_writelane_b32 v254, s1, 27
	v_add_u32_e32 v171, 0, v11
	v_readlane_b32 s0, v254, 28
	v_readlane_b32 s1, v254, 29
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 28
	v_add_u32_e32 v172, 0, v12
	v_add_u32_e32 v173, 0, v13
	v_writelane_b32 v254, s1, 29
	v_add_u32_e32 v174, 0, v14
	v_readlane_b32 s0, v254, 30
	v_readlane_b32 s1, v254, 31
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 30
	v_add_u32_e32 v175, 0, v15
	v_add_u32_e32 v176, 0, v16
	v_writelane_b32 v254, s1, 31
	v_add_u32_e32 v177, 0, v17
	v_readlane_b32 s0, v254, 32
	v_readlane_b32 s1, v254, 33
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 32
	v_add_u32_e32 v178, 0, v18
	v_add_u32_e32 v179, 0, v1
	v_writelane_b32 v254, s1, 33
	v_add_u32_e32 v180, 0, v6
	v_readlane_b32 s0, v254, 34
	v_readlane_b32 s1, v254, 35
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 34
	v_add_u32_e32 v181, 0, v19
	v_add_u32_e32 v182, 0, v20
	v_writelane_b32 v254, s1, 35
	v_add_u32_e32 v183, 0, v21
	v_readlane_b32 s0, v254, 36
	v_readlane_b32 s1, v254, 37
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 36
	v_add_u32_e32 v184, 0, v22
	v_add_u32_e32 v185, 0, v23
	v_writelane_b32 v254, s1, 37
	v_add_u32_e32 v186, 0, v24
	v_readlane_b32 s0, v254, 38
	v_readlane_b32 s1, v254, 39
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 38
	v_add_u32_e32 v187, 0, v0
	v_add_u32_e32 v188, 0, v25
	v_writelane_b32 v254, s1, 39
	v_add_u32_e32 v189, 0, v26
	v_readlane_b32 s0, v254, 40
	v_readlane_b32 s1, v254, 41
	v_readlane_b32 s84, v254, 58
	s_ashr_i32 s1, s0, 31
	v_readlane_b32 s85, v254, 59
	v_writelane_b32 v254, s0, 40
	s_ashr_i32 s85, s84, 31
	v_add_u32_e32 v190, 0, v27
	v_writelane_b32 v254, s1, 41
	v_add_u32_e32 v191, 0, v28
	v_readlane_b32 s0, v254, 42
	v_readlane_b32 s1, v254, 43
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 42
	v_add_u32_e32 v192, 0, v29
	v_add_u32_e32 v193, 0, v30
	v_writelane_b32 v254, s1, 43
	v_add_u32_e32 v194, 0, v31
	v_readlane_b32 s0, v254, 44
	v_readlane_b32 s1, v254, 45
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 44
	v_mov_b32_e32 v137, v136
	v_mov_b32_e32 v140, v136
	v_writelane_b32 v254, s1, 45
	v_mov_b32_e32 v141, v136
	v_readlane_b32 s0, v254, 46
	v_readlane_b32 s1, v254, 47
	v_readlane_b32 s4, v254, 54
	s_ashr_i32 s1, s0, 31
	v_readlane_b32 s5, v254, 55
	v_writelane_b32 v254, s0, 46
	s_ashr_i32 s5, s4, 31
	v_mov_b32_e32 v138, v136
	v_writelane_b32 v254, s1, 47
	v_mov_b32_e32 v139, v136
	v_readlane_b32 s0, v254, 48
	v_readlane_b32 s1, v254, 49
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 48
	v_mov_b32_e32 v134, v136
	v_mov_b32_e32 v135, v136
	v_writelane_b32 v254, s1, 49
	v_mov_b32_e32 v132, v136
	v_readlane_b32 s0, v254, 50
	v_readlane_b32 s1, v254, 51
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 50
	v_mov_b32_e32 v133, v136
	v_mov_b32_e32 v130, v136
	v_writelane_b32 v254, s1, 51
	v_mov_b32_e32 v131, v136
	v_readlane_b32 s0, v254, 52
	v_readlane_b32 s1, v254, 53
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 52
	v_mov_b32_e32 v126, v136
	v_mov_b32_e32 v127, v136
	v_writelane_b32 v254, s1, 53
	v_mov_b32_e32 v124, v136
	v_readlane_b32 s0, v254, 56
	v_readlane_b32 s1, v254, 57
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 56
	v_mov_b32_e32 v125, v136
	v_mov_b32_e32 v122, v136
	v_writelane_b32 v254, s1, 57
	v_mov_b32_e32 v123, v136
	v_readlane_b32 s0, v254, 60
	v_readlane_b32 s1, v254, 61
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 60
	v_mov_b32_e32 v120, v136
	v_mov_b32_e32 v121, v136
	v_writelane_b32 v254, s1, 61
	v_mov_b32_e32 v116, v136
	v_readlane_b32 s0, v254, 62
	v_readlane_b32 s1, v254, 63
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v254, s0, 62
	v_mov_b32_e32 v117, v136
	v_mov_b32_e32 v114, v136
	v_writelane_b32 v254, s1, 63
	v_readlane_b32 s0, v255, 0
	v_readlane_b32 s1, v255, 1
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v255, s0, 0
	v_writelane_b32 v254, s48, 54
	v_mov_b32_e32 v115, v136
	v_writelane_b32 v255, s1, 1
	v_writelane_b32 v254, s49, 55
	v_readlane_b32 s0, v255, 2
	v_readlane_b32 s1, v255, 3
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v255, s0, 2
	v_writelane_b32 v254, s22, 58
	v_mov_b32_e32 v112, v136
	v_writelane_b32 v255, s1, 3
	v_writelane_b32 v254, s23, 59
	v_readlane_b32 s0, v255, 4
	v_readlane_b32 s1, v255, 5
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v255, s0, 4
	s_mov_b64 s[22:23], s[20:21]
	v_mov_b32_e32 v113, v136
	v_writelane_b32 v255, s1, 5
	v_mov_b32_e32 v110, v136
	v_readlane_b32 s0, v255, 6
	v_readlane_b32 s1, v255, 7
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v255, s0, 6
	v_mov_b32_e32 v111, v136
	v_mov_b32_e32 v108, v136
	v_writelane_b32 v255, s1, 7
	v_mov_b32_e32 v109, v136
	v_readlane_b32 s0, v255, 8
	v_readlane_b32 s1, v255, 9
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v255, s0, 8
	v_mov_b32_e32 v106, v136
	v_mov_b32_e32 v107, v136
	v_writelane_b32 v255, s1, 9
	s_ashr_i32 s20, s47, 31
	v_readlane_b32 s0, v255, 10
	v_readlane_b32 s1, v255, 11
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v255, s0, 10
	s_mov_b32 s12, 0
	s_mov_b32 s8, 0
	v_writelane_b32 v255, s1, 11
	s_nop 0
	v_readlane_b32 s0, v255, 12
	v_readlane_b32 s1, v255, 13
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v255, s0, 12
	s_nop 1
	v_writelane_b32 v255, s1, 13
	s_nop 0
	v_readlane_b32 s0, v255, 14
	v_readlane_b32 s1, v255, 15
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v255, s0, 14
	s_nop 1
	v_writelane_b32 v255, s1, 15
	v_writelane_b32 v255, vcc_lo, 18
	s_nop 1
	v_writelane_b32 v255, vcc_hi, 19
	s_branch .LBB0_73
.LBB0_72:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, vcc
	.loc	1 120 13 is_stmt 1              ; fused_moe.py:120:13
	s_waitcnt vmcnt(0)
	v_lshlrev_b16_e32 v8, 8, v8
	v_lshlrev_b16_e32 v5, 8, v5
	v_lshlrev_b16_e32 v3, 8, v3
	v_lshlrev_b16_e32 v1, 8, v1
	v_or_b32_sdwa v6, v6, v8 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v4, v4, v5
	v_or_b32_sdwa v2, v2, v3 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v0, v0, v1
	v_or_b32_sdwa v5, v6, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_or_b32_sdwa v4, v2, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v0, 8, v16
	v_lshlrev_b16_e32 v1, 8, v13
	v_or_b32_sdwa v0, v14, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v1, v12, v1
	.loc	1 127 35                        ; fused_moe.py:127:35
	s_ashr_i32 s9, s8, 31
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_or_b32_sdwa v1, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v0, 8, v11
	v_lshlrev_b16_e32 v2, 8, v9
	.loc	1 127 35                        ; fused_moe.py:127:35
	s_lshl_b64 s[0:1], s[8:9], 2
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_or_b32_sdwa v0, v10, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v2, v7, v2
	.loc	1 127 35                        ; fused_moe.py:127:35
	v_lshl_add_u64 v[34:35], v[74:75], 0, s[0:1]
	v_lshl_add_u64 v[36:37], v[76:77], 0, s[0:1]
	v_lshl_add_u64 v[38:39], v[78:79], 0, s[0:1]
	v_lshl_add_u64 v[40:41], v[80:81], 0, s[0:1]
	v_lshl_add_u64 v[150:151], v[82:83], 0, s[0:1]
	v_lshl_add_u64 v[152:153], v[84:85], 0, s[0:1]
	v_lshl_add_u64 v[154:155], v[86:87], 0, s[0:1]
	v_lshl_add_u64 v[156:157], v[88:89], 0, s[0:1]
	v_lshl_add_u64 v[158:159], v[90:91], 0, s[0:1]
	v_lshl_add_u64 v[160:161], v[92:93], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_or_b32_sdwa v0, v0, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	.loc	1 127 35                        ; fused_moe.py:127:35
	v_lshl_add_u64 v[42:43], v[94:95], 0, s[0:1]
	v_lshl_add_u64 v[44:45], v[96:97], 0, s[0:1]
	v_lshl_add_u64 v[46:47], v[98:99], 0, s[0:1]
	v_lshl_add_u64 v[32:33], v[100:101], 0, s[0:1]
	v_lshl_add_u64 v[48:49], v[102:103], 0, s[0:1]
	v_lshl_add_u64 v[50:51], v[104:105], 0, s[0:1]
	.loc	1 127 27 is_stmt 0              ; fused_moe.py:127:27
	global_load_dword v146, v[34:35], off
	global_load_dword v147, v[36:37], off
	global_load_dword v148, v[38:39], off
	global_load_dword v149, v[40:41], off
	s_nop 0
	global_load_dword v150, v[150:151], off
	s_nop 0
	global_load_dword v151, v[152:153], off
	s_nop 0
	global_load_dword v152, v[154:155], off
	global_load_dword v153, v[156:157], off
	s_nop 0
	global_load_dword v154, v[158:159], off
	global_load_dword v155, v[160:161], off
	global_load_dword v156, v[42:43], off
	global_load_dword v157, v[44:45], off
	s_nop 0
	global_load_dword v158, v[46:47], off
	global_load_dword v159, v[32:33], off
	global_load_dword v160, v[48:49], off
	global_load_dword v161, v[50:51], off
	.loc	1 119 13 is_stmt 1              ; fused_moe.py:119:13
	s_barrier
	ds_write_b8 v163, v226
	ds_write_b8 v163, v234 offset:2048
	ds_write_b8 v163, v242 offset:4096
	ds_write_b8 v163, v250 offset:6144
	ds_write_b8 v164, v228 offset:256
	ds_write_b8 v164, v236 offset:2304
	ds_write_b8 v164, v244 offset:4352
	ds_write_b8 v164, a1 offset:6400
	ds_write_b8 v165, v227 offset:512
	ds_write_b8 v165, v235 offset:2560
	ds_write_b8 v165, v243 offset:4608
	ds_write_b8 v165, a0 offset:6656
	ds_write_b8 v166, v230 offset:768
	ds_write_b8 v166, v238 offset:2816
	ds_write_b8 v166, v246 offset:4864
	ds_write_b8 v166, a3 offset:6912
	ds_write_b8 v167, v229 offset:1024
	ds_write_b8 v167, v237 offset:3072
	ds_write_b8 v167, v245 offset:5120
	ds_write_b8 v167, a2 offset:7168
	ds_write_b8 v168, v232 offset:1280
	ds_write_b8 v168, v240 offset:3328
	ds_write_b8 v168, v248 offset:5376
	ds_write_b8 v168, a5 offset:7424
	ds_write_b8 v169, v231 offset:1536
	ds_write_b8 v169, v239 offset:3584
	ds_write_b8 v169, v247 offset:5632
	ds_write_b8 v169, a4 offset:7680
	ds_write_b8 v170, v233 offset:1792
	ds_write_b8 v170, v241 offset:3840
	ds_write_b8 v170, v249 offset:5888
	ds_write_b8 v170, a6 offset:7936
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2st64_b64 v[226:229], v171 offset1:8
	ds_read2st64_b64 v[230:233], v172 offset1:8
	ds_read2st64_b64 v[234:237], v173 offset1:8
	ds_read2st64_b64 v[238:241], v174 offset1:8
	ds_read2st64_b64 v[242:245], v175 offset1:8
	ds_read2st64_b64 v[246:249], v176 offset1:8
	ds_read2st64_b64 v[34:37], v177 offset1:8
	ds_read2st64_b64 v[38:41], v178 offset1:8
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write_b64 v179, v[4:5]
	ds_write_b64 v180, v[0:1]
	v_lshlrev_b16_e32 v0, 8, v24
	v_lshlrev_b16_e32 v1, 8, v21
	v_or_b32_sdwa v0, v22, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v1, v20, v1
	v_or_b32_sdwa v1, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v0, 8, v19
	v_lshlrev_b16_e32 v2, 8, v17
	v_or_b32_sdwa v0, v18, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v2, v15, v2
	v_or_b32_sdwa v0, v0, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	ds_write_b64 v181, v[0:1]
	v_lshlrev_b16_e32 v0, 8, v143
	v_lshlrev_b16_e32 v1, 8, v29
	v_or_b32_sdwa v0, v30, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v1, v28, v1
	v_or_b32_sdwa v1, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v0, 8, v27
	v_lshlrev_b16_e32 v2, 8, v25
	v_or_b32_sdwa v0, v26, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v2, v23, v2
	v_or_b32_sdwa v0, v0, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	ds_write_b64 v182, v[0:1]
	v_lshlrev_b16_e32 v0, 8, v202
	v_lshlrev_b16_e32 v1, 8, v199
	v_or_b32_sdwa v0, v200, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v1, v198, v1
	v_or_b32_sdwa v1, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v0, 8, v197
	v_lshlrev_b16_e32 v2, 8, v195
	v_or_b32_sdwa v0, v196, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v2, v31, v2
	v_or_b32_sdwa v0, v0, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	ds_write_b64 v183, v[0:1]
	v_lshlrev_b16_e32 v0, 8, v210
	v_lshlrev_b16_e32 v1, 8, v207
	v_or_b32_sdwa v0, v208, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v1, v206, v1
	v_or_b32_sdwa v1, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v0, 8, v205
	v_lshlrev_b16_e32 v2, 8, v203
	v_or_b32_sdwa v0, v204, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v2, v201, v2
	v_or_b32_sdwa v0, v0, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	ds_write_b64 v184, v[0:1]
	v_lshlrev_b16_e32 v0, 8, v218
	v_lshlrev_b16_e32 v1, 8, v215
	v_or_b32_sdwa v0, v216, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v1, v214, v1
	v_or_b32_sdwa v1, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v0, 8, v213
	v_lshlrev_b16_e32 v2, 8, v211
	v_or_b32_sdwa v0, v212, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v2, v209, v2
	v_or_b32_sdwa v0, v0, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	ds_write_b64 v185, v[0:1]
	v_lshlrev_b16_e32 v0, 8, v225
	v_lshlrev_b16_e32 v1, 8, v223
	v_or_b32_sdwa v0, v224, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v1, v222, v1
	v_or_b32_sdwa v1, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v0, 8, v221
	v_lshlrev_b16_e32 v2, 8, v219
	v_or_b32_sdwa v0, v220, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v2, v217, v2
	v_or_b32_sdwa v0, v0, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	ds_write_b64 v186, v[0:1]
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_b64 v[32:33], v187
	ds_read_b64 v[42:43], v188
	ds_read_b64 v[44:45], v189
	ds_read_b64 v[46:47], v190
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(3)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[32:33], v[226:227], 0
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s10, s10, s47
	s_addc_u32 s11, s11, s20
	s_add_u32 s18, s18, s47
	s_addc_u32 s19, s19, s20
	s_add_u32 s28, s28, s47
	s_addc_u32 s29, s29, s20
	s_add_u32 s30, s30, s47
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[32:33], v[228:229], 0
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_addc_u32 s31, s31, s20
	s_add_u32 s34, s34, s47
	s_addc_u32 s35, s35, s20
	s_add_u32 s36, s36, s47
	s_addc_u32 s37, s37, s20
	s_add_u32 s38, s38, s47
	s_addc_u32 s39, s39, s20
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[42:43], v[230:231], v[0:15]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s40, s40, s47
	s_addc_u32 s41, s41, s20
	s_add_u32 s54, s54, s47
	s_addc_u32 s55, s55, s20
	s_add_u32 s56, s56, s47
	s_addc_u32 s57, s57, s20
	s_add_u32 s58, s58, s47
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[42:43], v[232:233], v[16:31]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_addc_u32 s59, s59, s20
	s_add_u32 s60, s60, s47
	s_addc_u32 s61, s61, s20
	s_add_u32 s62, s62, s47
	s_addc_u32 s63, s63, s20
	s_add_u32 s64, s64, s47
	s_addc_u32 s65, s65, s20
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[44:45], v[234:235], v[0:15]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s66, s66, s47
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_read_b64 v[48:49], v191
	ds_read_b64 v[50:51], v192
	ds_read_b64 v[196:197], v193
	ds_read_b64 v[198:199], v194
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_addc_u32 s67, s67, s20
	s_add_u32 s68, s68, s47
	s_addc_u32 s69, s69, s20
	s_add_u32 s70, s70, s47
	s_addc_u32 s71, s71, s20
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[44:45], v[236:237], v[16:31]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s72, s72, s47
	s_addc_u32 s73, s73, s20
	s_add_u32 s74, s74, s47
	s_addc_u32 s75, s75, s20
	s_add_u32 s76, s76, s47
	s_addc_u32 s77, s77, s20
	s_add_u32 s78, s78, s47
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(4)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[46:47], v[238:239], v[0:15]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_addc_u32 s79, s79, s20
	s_add_u32 s80, s80, s47
	s_addc_u32 s81, s81, s20
	s_add_u32 s82, s82, s47
	s_addc_u32 s83, s83, s20
	s_add_u32 s86, s86, s47
	s_addc_u32 s87, s87, s20
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[46:47], v[240:241], v[16:31]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s88, s88, s47
	s_addc_u32 s89, s89, s20
	s_add_u32 s90, s90, s47
	s_addc_u32 s91, s91, s20
	s_add_u32 s92, s92, s47
	s_addc_u32 s93, s93, s20
	s_add_u32 s94, s94, s47
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(3)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[48:49], v[242:243], v[0:15]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_addc_u32 s95, s95, s20
	s_add_u32 s96, s96, s47
	s_addc_u32 s97, s97, s20
	s_add_u32 s98, s98, s47
	s_addc_u32 s99, s99, s20
	s_add_u32 s44, s44, s47
	s_addc_u32 s45, s45, s20
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[48:49], v[244:245], v[16:31]
	v_readlane_b32 s48, v253, 44
	.loc	1 127 50                        ; fused_moe.py:127:50
	v_mov_b32_e32 v143, v142
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s2, s2, s47
	v_readlane_b32 s49, v253, 45
	v_readlane_b32 s51, v253, 47
	v_readlane_b32 s0, v253, 11
	s_addc_u32 s3, s3, s20
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[50:51], v[246:247], v[0:15]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_i32 s26, s26, -1
	s_add_i32 s8, s8, s51
	s_add_i32 s12, s12, s49
	s_addk_i32 s33, 0xff80
	v_readlane_b32 s1, v253, 12
	s_cmp_lg_u32 s26, 0
	v_readlane_b32 s50, v253, 46
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[50:51], v[248:249], v[16:31]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_lshl_add_u64 v[128:129], v[128:129], 0, s[0:1]
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[196:197], v[34:35], v[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[196:197], v[36:37], v[16:31]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[198:199], v[38:39], v[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[198:199], v[40:41], v[16:31]
	s_nop 9
	v_mul_f32_e64 v0, v144, v0
	v_mul_f32_e64 v1, v145, v1
	v_mul_f32_e64 v2, v144, v2
	v_mul_f32_e64 v3, v145, v3
	v_mul_f32_e64 v4, v144, v4
	v_mul_f32_e64 v5, v145, v5
	v_pk_mul_f32 v[6:7], v[144:145], v[6:7]
	v_pk_mul_f32 v[8:9], v[144:145], v[8:9]
	v_pk_mul_f32 v[10:11], v[144:145], v[10:11]
	v_pk_mul_f32 v[12:13], v[144:145], v[12:13]
	v_pk_mul_f32 v[14:15], v[144:145], v[14:15]
	v_pk_mul_f32 v[16:17], v[142:143], v[16:17]
	v_pk_mul_f32 v[18:19], v[142:143], v[18:19]
	v_pk_mul_f32 v[20:21], v[142:143], v[20:21]
	v_pk_mul_f32 v[22:23], v[142:143], v[22:23]
	v_pk_mul_f32 v[24:25], v[142:143], v[24:25]
	v_pk_mul_f32 v[26:27], v[142:143], v[26:27]
	v_pk_mul_f32 v[28:29], v[142:143], v[28:29]
	v_pk_mul_f32 v[30:31], v[142:143], v[30:31]
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[136:137], v[146:147], v[0:1], v[136:137]
	s_waitcnt vmcnt(12)
	v_pk_fma_f32 v[140:141], v[148:149], v[2:3], v[140:141]
	s_waitcnt vmcnt(10)
	v_pk_fma_f32 v[138:139], v[150:151], v[4:5], v[138:139]
	s_waitcnt vmcnt(8)
	v_pk_fma_f32 v[134:135], v[152:153], v[6:7], v[134:135]
	s_waitcnt vmcnt(6)
	v_pk_fma_f32 v[132:133], v[154:155], v[8:9], v[132:133]
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[130:131], v[156:157], v[10:11], v[130:131]
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[126:127], v[158:159], v[12:13], v[126:127]
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[124:125], v[160:161], v[14:15], v[124:125]
	v_pk_fma_f32 v[122:123], v[146:147], v[16:17], v[122:123]
	v_pk_fma_f32 v[120:121], v[148:149], v[18:19], v[120:121]
	v_pk_fma_f32 v[116:117], v[150:151], v[20:21], v[116:117]
	v_pk_fma_f32 v[114:115], v[152:153], v[22:23], v[114:115]
	v_pk_fma_f32 v[112:113], v[154:155], v[24:25], v[112:113]
	v_pk_fma_f32 v[110:111], v[156:157], v[26:27], v[110:111]
	v_pk_fma_f32 v[108:109], v[158:159], v[28:29], v[108:109]
	v_pk_fma_f32 v[106:107], v[160:161], v[30:31], v[106:107]
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_cbranch_scc0 .LBB0_333
.LBB0_73:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 2
	.loc	1 119 57 is_stmt 0              ; fused_moe.py:119:57
	v_cmp_gt_i32_e32 vcc, s33, v162
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s1, v251, 3
	s_and_b64 s[0:1], s[0:1], vcc
	v_mov_b32_e32 v226, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_75
; %bb.74:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[2:3], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v226, v[0:1], off
.LBB0_75:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 4
	v_readlane_b32 s1, v251, 5
	s_and_b64 s[0:1], s[0:1], vcc
	v_mov_b32_e32 v227, 0
	v_mov_b32_e32 v228, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_77
; %bb.76:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[44:45], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v228, v[0:1], off
.LBB0_77:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 6
	v_readlane_b32 s1, v251, 7
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_79
; %bb.78:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[98:99], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v227, v[0:1], off
.LBB0_79:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 8
	v_readlane_b32 s1, v251, 9
	s_and_b64 s[0:1], s[0:1], vcc
	v_mov_b32_e32 v229, 0
	v_mov_b32_e32 v230, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_81
; %bb.80:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[96:97], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v230, v[0:1], off
.LBB0_81:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 10
	v_readlane_b32 s1, v251, 11
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_83
; %bb.82:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[94:95], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v229, v[0:1], off
.LBB0_83:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 12
	v_readlane_b32 s1, v251, 13
	s_and_b64 s[0:1], s[0:1], vcc
	v_mov_b32_e32 v231, 0
	v_mov_b32_e32 v232, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_85
; %bb.84:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[92:93], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v232, v[0:1], off
.LBB0_85:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 14
	v_readlane_b32 s1, v251, 15
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_87
; %bb.86:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[90:91], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v231, v[0:1], off
.LBB0_87:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 16
	v_readlane_b32 s1, v251, 17
	s_and_b64 s[0:1], s[0:1], vcc
	v_mov_b32_e32 v234, 0
	v_mov_b32_e32 v233, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_89
; %bb.88:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[88:89], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v233, v[0:1], off
.LBB0_89:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 18
	v_readlane_b32 s1, v251, 19
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_91
; %bb.90:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[86:87], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v234, v[0:1], off
.LBB0_91:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 20
	v_readlane_b32 s1, v251, 21
	s_and_b64 s[0:1], s[0:1], vcc
	v_mov_b32_e32 v235, 0
	v_mov_b32_e32 v236, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_93
; %bb.92:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[82:83], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v236, v[0:1], off
.LBB0_93:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 22
	v_readlane_b32 s1, v251, 23
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_95
; %bb.94:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[80:81], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v235, v[0:1], off
.LBB0_95:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 24
	v_readlane_b32 s1, v251, 25
	s_and_b64 s[0:1], s[0:1], vcc
	v_mov_b32_e32 v237, 0
	v_mov_b32_e32 v238, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_97
; %bb.96:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[78:79], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v238, v[0:1], off
.LBB0_97:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 26
	v_readlane_b32 s1, v251, 27
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_99
; %bb.98:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[76:77], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v237, v[0:1], off
.LBB0_99:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 28
	v_readlane_b32 s1, v251, 29
	s_and_b64 s[0:1], s[0:1], vcc
	v_mov_b32_e32 v239, 0
	v_mov_b32_e32 v240, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_101
; %bb.100:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[74:75], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v240, v[0:1], off
.LBB0_101:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 30
	v_readlane_b32 s1, v251, 31
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_103
; %bb.102:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[72:73], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v239, v[0:1], off
.LBB0_103:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 32
	v_readlane_b32 s1, v251, 33
	s_and_b64 s[0:1], s[0:1], vcc
	v_mov_b32_e32 v242, 0
	v_mov_b32_e32 v241, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_105
; %bb.104:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[70:71], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v241, v[0:1], off
.LBB0_105:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 34
	v_readlane_b32 s1, v251, 35
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_107
; %bb.106:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[68:69], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v242, v[0:1], off
.LBB0_107:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 36
	v_readlane_b32 s1, v251, 37
	s_and_b64 s[0:1], s[0:1], vcc
	v_mov_b32_e32 v243, 0
	v_mov_b32_e32 v244, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_109
; %bb.108:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[66:67], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v244, v[0:1], off
.LBB0_109:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 38
	v_readlane_b32 s1, v251, 39
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_111
; %bb.110:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[64:65], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v243, v[0:1], off
.LBB0_111:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 40
	v_readlane_b32 s1, v251, 41
	s_and_b64 s[0:1], s[0:1], vcc
	v_mov_b32_e32 v245, 0
	v_mov_b32_e32 v246, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_113
; %bb.112:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[62:63], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v246, v[0:1], off
.LBB0_113:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 42
	v_readlane_b32 s1, v251, 43
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_115
; %bb.114:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[60:61], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v245, v[0:1], off
.LBB0_115:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 44
	v_readlane_b32 s1, v251, 45
	s_and_b64 s[0:1], s[0:1], vcc
	v_mov_b32_e32 v247, 0
	v_mov_b32_e32 v248, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_117
; %bb.116:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[58:59], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v248, v[0:1], off
.LBB0_117:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 46
	v_readlane_b32 s1, v251, 47
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_119
; %bb.118:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[56:57], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v247, v[0:1], off
.LBB0_119:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 48
	v_readlane_b32 s1, v251, 49
	s_and_b64 s[0:1], s[0:1], vcc
	v_mov_b32_e32 v250, 0
	v_mov_b32_e32 v249, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_121
; %bb.120:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[54:55], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v249, v[0:1], off
.LBB0_121:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 50
	v_readlane_b32 s1, v251, 51
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_123
; %bb.122:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[40:41], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v250, v[0:1], off
.LBB0_123:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 52
	v_readlane_b32 s1, v251, 53
	s_and_b64 s[0:1], s[0:1], vcc
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_125
; %bb.124:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[38:39], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a1, v[0:1], off
.LBB0_125:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 54
	v_readlane_b32 s1, v251, 55
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_127
; %bb.126:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[36:37], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a0, v[0:1], off
.LBB0_127:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 56
	v_readlane_b32 s1, v251, 57
	s_and_b64 s[0:1], s[0:1], vcc
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_129
; %bb.128:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[34:35], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a3, v[0:1], off
.LBB0_129:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 58
	v_readlane_b32 s1, v251, 59
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_131
; %bb.130:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[30:31], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a2, v[0:1], off
.LBB0_131:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 60
	v_readlane_b32 s1, v251, 61
	s_and_b64 s[0:1], s[0:1], vcc
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_133
; %bb.132:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[28:29], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a5, v[0:1], off
.LBB0_133:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v251, 62
	v_readlane_b32 s1, v251, 63
	s_and_b64 s[0:1], s[0:1], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_135
; %bb.134:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[18:19], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a4, v[0:1], off
.LBB0_135:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s0, v252, 0
	v_readlane_b32 s1, v252, 1
	s_and_b64 s[0:1], s[0:1], vcc
	v_accvgpr_write_b32 a6, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[6:7], s[0:1]
	s_cbranch_execz .LBB0_137
; %bb.136:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[10:11], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte a6, v[0:1], off
.LBB0_137:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[6:7]
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	s_cmp_ge_i32 s46, s33
	s_cbranch_scc1 .LBB0_139
; %bb.138:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27                        ; fused_moe.py:118:27
	v_readlane_b32 s0, v253, 8
	v_readlane_b32 s1, v253, 9
	s_nop 1
	v_lshl_add_u64 v[0:1], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v0, v[0:1], off
	s_branch .LBB0_140
.LBB0_139:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v0, 0
.LBB0_140:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 13
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_142
; %bb.141:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[2:3], v[128:129], 0, s[24:25]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v1, v[2:3], off
	s_branch .LBB0_143
.LBB0_142:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v1, 0
.LBB0_143:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 14
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_145
; %bb.144:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[2:3], v[128:129], 0, s[16:17]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v2, v[2:3], off
	s_branch .LBB0_146
.LBB0_145:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v2, 0
.LBB0_146:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 15
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_148
; %bb.147:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[4:5], v[128:129], 0, s[22:23]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v3, v[4:5], off
	s_branch .LBB0_149
.LBB0_148:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v3, 0
.LBB0_149:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 16
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_151
; %bb.150:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v255, 18
	v_readlane_b32 s1, v255, 19
	s_nop 1
	v_lshl_add_u64 v[4:5], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v4, v[4:5], off
	s_branch .LBB0_152
.LBB0_151:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v4, 0
.LBB0_152:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 17
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_154
; %bb.153:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 58
	v_readlane_b32 s1, v254, 59
	s_nop 1
	v_lshl_add_u64 v[6:7], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v5, v[6:7], off
	s_branch .LBB0_155
.LBB0_154:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v5, 0
.LBB0_155:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 18
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_157
; %bb.156:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 54
	v_readlane_b32 s1, v254, 55
	s_nop 1
	v_lshl_add_u64 v[6:7], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v6, v[6:7], off
	s_branch .LBB0_158
.LBB0_157:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v6, 0
.LBB0_158:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 19
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_160
; %bb.159:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v255, 14
	v_readlane_b32 s1, v255, 15
	s_nop 1
	v_lshl_add_u64 v[8:9], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v8, v[8:9], off
	s_branch .LBB0_161
.LBB0_160:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v8, 0
.LBB0_161:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v255, 20
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_163
; %bb.162:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[10:11], v[128:129], 0, s[14:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v7, v[10:11], off
	s_branch .LBB0_164
.LBB0_163:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v7, 0
.LBB0_164:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 20
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_166
; %bb.165:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v255, 12
	v_readlane_b32 s1, v255, 13
	s_nop 1
	v_lshl_add_u64 v[10:11], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v9, v[10:11], off
	s_branch .LBB0_167
.LBB0_166:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v9, 0
.LBB0_167:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 21
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_169
; %bb.168:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v255, 10
	v_readlane_b32 s1, v255, 11
	s_nop 1
	v_lshl_add_u64 v[10:11], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v10, v[10:11], off
	s_branch .LBB0_170
.LBB0_169:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v10, 0
.LBB0_170:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 22
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_172
; %bb.171:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v255, 8
	v_readlane_b32 s1, v255, 9
	s_nop 1
	v_lshl_add_u64 v[12:13], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v11, v[12:13], off
	s_branch .LBB0_173
.LBB0_172:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v11, 0
.LBB0_173:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 23
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_175
; %bb.174:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v255, 6
	v_readlane_b32 s1, v255, 7
	s_nop 1
	v_lshl_add_u64 v[12:13], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v12, v[12:13], off
	s_branch .LBB0_176
.LBB0_175:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v12, 0
.LBB0_176:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 24
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_178
; %bb.177:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v255, 4
	v_readlane_b32 s1, v255, 5
	s_nop 1
	v_lshl_add_u64 v[14:15], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v13, v[14:15], off
	s_branch .LBB0_179
.LBB0_178:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v13, 0
.LBB0_179:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 25
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_181
; %bb.180:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v255, 2
	v_readlane_b32 s1, v255, 3
	s_nop 1
	v_lshl_add_u64 v[14:15], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v14, v[14:15], off
	s_branch .LBB0_182
.LBB0_181:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v14, 0
.LBB0_182:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 26
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_184
; %bb.183:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v255, 0
	v_readlane_b32 s1, v255, 1
	s_nop 1
	v_lshl_add_u64 v[16:17], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v16, v[16:17], off
	s_branch .LBB0_185
.LBB0_184:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v16, 0
.LBB0_185:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v255, 17
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_187
; %bb.186:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[18:19], v[128:129], 0, s[42:43]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v15, v[18:19], off
	s_branch .LBB0_188
.LBB0_187:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v15, 0
.LBB0_188:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 27
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_190
; %bb.189:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 62
	v_readlane_b32 s1, v254, 63
	s_nop 1
	v_lshl_add_u64 v[18:19], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v17, v[18:19], off
	s_branch .LBB0_191
.LBB0_190:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v17, 0
.LBB0_191:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 28
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_193
; %bb.192:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 60
	v_readlane_b32 s1, v254, 61
	s_nop 1
	v_lshl_add_u64 v[18:19], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v18, v[18:19], off
	s_branch .LBB0_194
.LBB0_193:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v18, 0
.LBB0_194:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 29
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_196
; %bb.195:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[20:21], v[128:129], 0, s[84:85]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v19, v[20:21], off
	s_branch .LBB0_197
.LBB0_196:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v19, 0
.LBB0_197:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 30
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_199
; %bb.198:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 56
	v_readlane_b32 s1, v254, 57
	s_nop 1
	v_lshl_add_u64 v[20:21], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v20, v[20:21], off
	s_branch .LBB0_200
.LBB0_199:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v20, 0
.LBB0_200:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 31
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_202
; %bb.201:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[22:23], v[128:129], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v21, v[22:23], off
	s_branch .LBB0_203
.LBB0_202:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v21, 0
.LBB0_203:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 32
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_205
; %bb.204:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 52
	v_readlane_b32 s1, v254, 53
	s_nop 1
	v_lshl_add_u64 v[22:23], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v22, v[22:23], off
	s_branch .LBB0_206
.LBB0_205:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v22, 0
.LBB0_206:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 33
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_208
; %bb.207:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 50
	v_readlane_b32 s1, v254, 51
	s_nop 1
	v_lshl_add_u64 v[24:25], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v24, v[24:25], off
	s_branch .LBB0_209
.LBB0_208:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v24, 0
.LBB0_209:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v255, 16
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_211
; %bb.210:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v255, 33
	v_readlane_b32 s1, v255, 34
	s_nop 1
	v_lshl_add_u64 v[26:27], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v23, v[26:27], off
	s_branch .LBB0_212
.LBB0_211:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v23, 0
.LBB0_212:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 34
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_214
; %bb.213:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 48
	v_readlane_b32 s1, v254, 49
	s_nop 1
	v_lshl_add_u64 v[26:27], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v25, v[26:27], off
	s_branch .LBB0_215
.LBB0_214:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v25, 0
.LBB0_215:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 35
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_217
; %bb.216:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 46
	v_readlane_b32 s1, v254, 47
	s_nop 1
	v_lshl_add_u64 v[26:27], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v26, v[26:27], off
	s_branch .LBB0_218
.LBB0_217:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v26, 0
.LBB0_218:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 36
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_220
; %bb.219:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 44
	v_readlane_b32 s1, v254, 45
	s_nop 1
	v_lshl_add_u64 v[28:29], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v27, v[28:29], off
	s_branch .LBB0_221
.LBB0_220:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v27, 0
.LBB0_221:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 37
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_223
; %bb.222:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 42
	v_readlane_b32 s1, v254, 43
	s_nop 1
	v_lshl_add_u64 v[28:29], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v28, v[28:29], off
	s_branch .LBB0_224
.LBB0_223:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v28, 0
.LBB0_224:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 38
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_226
; %bb.225:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 40
	v_readlane_b32 s1, v254, 41
	s_nop 1
	v_lshl_add_u64 v[30:31], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v29, v[30:31], off
	s_branch .LBB0_227
.LBB0_226:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v29, 0
.LBB0_227:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 39
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_229
; %bb.228:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 38
	v_readlane_b32 s1, v254, 39
	s_nop 1
	v_lshl_add_u64 v[30:31], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v30, v[30:31], off
	s_branch .LBB0_230
.LBB0_229:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v30, 0
.LBB0_230:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 40
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_232
; %bb.231:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 36
	v_readlane_b32 s1, v254, 37
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v143, v[34:35], off
	s_branch .LBB0_233
.LBB0_232:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v143, 0
.LBB0_233:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 41
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_235
; %bb.234:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v255, 31
	v_readlane_b32 s1, v255, 32
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v31, v[34:35], off
	s_branch .LBB0_236
.LBB0_235:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v31, 0
.LBB0_236:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 42
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_238
; %bb.237:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 34
	v_readlane_b32 s1, v254, 35
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v195, v[34:35], off
	s_branch .LBB0_239
.LBB0_238:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v195, 0
.LBB0_239:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 43
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_241
; %bb.240:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 32
	v_readlane_b32 s1, v254, 33
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v196, v[34:35], off
	s_branch .LBB0_242
.LBB0_241:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v196, 0
.LBB0_242:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 44
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_244
; %bb.243:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 30
	v_readlane_b32 s1, v254, 31
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v197, v[34:35], off
	s_branch .LBB0_245
.LBB0_244:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v197, 0
.LBB0_245:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 45
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_247
; %bb.246:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 28
	v_readlane_b32 s1, v254, 29
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v198, v[34:35], off
	s_branch .LBB0_248
.LBB0_247:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v198, 0
.LBB0_248:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 46
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_250
; %bb.249:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 26
	v_readlane_b32 s1, v254, 27
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v199, v[34:35], off
	s_branch .LBB0_251
.LBB0_250:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v199, 0
.LBB0_251:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 47
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_253
; %bb.252:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 24
	v_readlane_b32 s1, v254, 25
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v200, v[34:35], off
	s_branch .LBB0_254
.LBB0_253:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v200, 0
.LBB0_254:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 48
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_256
; %bb.255:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 22
	v_readlane_b32 s1, v254, 23
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v202, v[34:35], off
	s_branch .LBB0_257
.LBB0_256:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v202, 0
.LBB0_257:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 49
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_259
; %bb.258:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v255, 29
	v_readlane_b32 s1, v255, 30
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v201, v[34:35], off
	s_branch .LBB0_260
.LBB0_259:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v201, 0
.LBB0_260:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 50
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_262
; %bb.261:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v255, 27
	v_readlane_b32 s1, v255, 28
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v203, v[34:35], off
	s_branch .LBB0_263
.LBB0_262:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v203, 0
.LBB0_263:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 51
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_265
; %bb.264:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 20
	v_readlane_b32 s1, v254, 21
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v204, v[34:35], off
	s_branch .LBB0_266
.LBB0_265:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v204, 0
.LBB0_266:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 52
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_268
; %bb.267:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 18
	v_readlane_b32 s1, v254, 19
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v205, v[34:35], off
	s_branch .LBB0_269
.LBB0_268:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v205, 0
.LBB0_269:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 53
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_271
; %bb.270:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v255, 25
	v_readlane_b32 s1, v255, 26
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v206, v[34:35], off
	s_branch .LBB0_272
.LBB0_271:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v206, 0
.LBB0_272:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 54
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_274
; %bb.273:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 16
	v_readlane_b32 s1, v254, 17
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v207, v[34:35], off
	s_branch .LBB0_275
.LBB0_274:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v207, 0
.LBB0_275:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 55
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_277
; %bb.276:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 14
	v_readlane_b32 s1, v254, 15
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v208, v[34:35], off
	s_branch .LBB0_278
.LBB0_277:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v208, 0
.LBB0_278:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 56
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_280
; %bb.279:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 12
	v_readlane_b32 s1, v254, 13
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v210, v[34:35], off
	s_branch .LBB0_281
.LBB0_280:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v210, 0
.LBB0_281:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 57
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_283
; %bb.282:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v255, 23
	v_readlane_b32 s1, v255, 24
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v209, v[34:35], off
	s_branch .LBB0_284
.LBB0_283:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v209, 0
.LBB0_284:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 58
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_286
; %bb.285:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 10
	v_readlane_b32 s1, v254, 11
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v211, v[34:35], off
	s_branch .LBB0_287
.LBB0_286:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v211, 0
.LBB0_287:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 59
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_289
; %bb.288:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 8
	v_readlane_b32 s1, v254, 9
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v212, v[34:35], off
	s_branch .LBB0_290
.LBB0_289:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v212, 0
.LBB0_290:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 60
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_292
; %bb.291:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 6
	v_readlane_b32 s1, v254, 7
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v213, v[34:35], off
	s_branch .LBB0_293
.LBB0_292:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v213, 0
.LBB0_293:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 61
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_295
; %bb.294:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 4
	v_readlane_b32 s1, v254, 5
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v214, v[34:35], off
	s_branch .LBB0_296
.LBB0_295:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v214, 0
.LBB0_296:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 62
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_298
; %bb.297:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 2
	v_readlane_b32 s1, v254, 3
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v215, v[34:35], off
	s_branch .LBB0_299
.LBB0_298:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v215, 0
.LBB0_299:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v252, 63
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_301
; %bb.300:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v254, 0
	v_readlane_b32 s1, v254, 1
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v216, v[34:35], off
	s_branch .LBB0_302
.LBB0_301:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v216, 0
.LBB0_302:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v253, 0
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_305
; %bb.303:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v253, 62
	v_readlane_b32 s1, v253, 63
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v218, v[34:35], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s27, s33
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_306
.LBB0_304:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_mov_b32_e32 v217, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_branch .LBB0_307
.LBB0_305:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_mov_b32_e32 v218, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s27, s33
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_304
.LBB0_306:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v255, 21
	v_readlane_b32 s1, v255, 22
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v217, v[34:35], off
.LBB0_307:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	v_readlane_b32 s0, v253, 1
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_309
; %bb.308:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v253, 60
	v_readlane_b32 s1, v253, 61
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v219, v[34:35], off
	s_branch .LBB0_310
.LBB0_309:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v219, 0
.LBB0_310:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v253, 2
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_312
; %bb.311:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v253, 58
	v_readlane_b32 s1, v253, 59
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v220, v[34:35], off
	s_branch .LBB0_313
.LBB0_312:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v220, 0
.LBB0_313:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v253, 3
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_315
; %bb.314:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v253, 56
	v_readlane_b32 s1, v253, 57
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v221, v[34:35], off
	s_branch .LBB0_316
.LBB0_315:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v221, 0
.LBB0_316:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v253, 4
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_318
; %bb.317:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v253, 54
	v_readlane_b32 s1, v253, 55
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v222, v[34:35], off
	s_branch .LBB0_319
.LBB0_318:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v222, 0
.LBB0_319:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v253, 5
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_321
; %bb.320:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v253, 52
	v_readlane_b32 s1, v253, 53
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v223, v[34:35], off
	s_branch .LBB0_322
.LBB0_321:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v223, 0
.LBB0_322:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v253, 6
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_324
; %bb.323:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v253, 50
	v_readlane_b32 s1, v253, 51
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v224, v[34:35], off
	s_branch .LBB0_325
.LBB0_324:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v224, 0
.LBB0_325:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s0, v253, 7
	s_cmp_ge_i32 s0, s33
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_327
; %bb.326:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s0, v253, 48
	v_readlane_b32 s1, v253, 49
	s_nop 1
	v_lshl_add_u64 v[34:35], v[128:129], 0, s[0:1]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v225, v[34:35], off
	s_branch .LBB0_328
.LBB0_327:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v225, 0
.LBB0_328:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 126 35 is_stmt 1              ; fused_moe.py:126:35
	s_ashr_i32 s13, s12, 31
	v_mov_b32_e32 v142, 0
	v_mov_b32_e32 v144, 0
	v_mov_b32_e32 v145, 0
	.loc	1 126 27 is_stmt 0              ; fused_moe.py:126:27
	s_mov_b64 vcc, exec
	v_readlane_b32 s0, v252, 7
	v_readlane_b32 s1, v252, 8
	s_and_b64 s[0:1], vcc, s[0:1]
	s_mov_b64 exec, s[0:1]
	s_cbranch_execz .LBB0_330
; %bb.329:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_lshl_add_u64 v[34:35], s[12:13], 2, v[70:71]
	.loc	1 126 27                        ; fused_moe.py:126:27
	global_load_dword v144, v[34:35], off
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v145, v144
.LBB0_330:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 27                          ; fused_moe.py:0:27
	s_or_b64 exec, exec, vcc
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_mov_b64 vcc, exec
	v_readlane_b32 s0, v252, 9
	v_readlane_b32 s1, v252, 10
	s_and_b64 s[0:1], vcc, s[0:1]
	s_mov_b64 exec, s[0:1]
	s_cbranch_execz .LBB0_72
; %bb.331:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 126 35                        ; fused_moe.py:126:35
	v_lshl_add_u64 v[34:35], s[12:13], 2, v[72:73]
	.loc	1 126 27                        ; fused_moe.py:126:27
	global_load_dword v142, v[34:35], off
	s_branch .LBB0_72
.LBB0_332:
	.loc	1 0 27                          ; fused_moe.py:0:27
	s_mov_b64 s[0:1], -1
	.loc	1 95 8 is_stmt 1                ; fused_moe.py:95:8
	s_branch .LBB0_403
.LBB0_333:                              ; %Flow625
	.loc	1 0 8 is_stmt 0                 ; fused_moe.py:0:8
	v_readlane_b32 s44, v252, 11
	v_readlane_b32 s45, v252, 12
	v_readlane_b32 s47, v253, 10
	v_readlane_b32 s54, v253, 13
	v_readlane_b32 s55, v253, 14
	v_readlane_b32 s56, v253, 15
	v_readlane_b32 s57, v253, 16
	v_readlane_b32 s58, v253, 17
	v_readlane_b32 s59, v253, 18
	v_readlane_b32 s60, v253, 19
	v_readlane_b32 s61, v253, 20
	v_readlane_b32 s62, v253, 21
	v_readlane_b32 s63, v253, 22
	v_readlane_b32 s64, v253, 23
	v_readlane_b32 s65, v253, 24
	v_readlane_b32 s66, v253, 25
	v_readlane_b32 s67, v253, 26
	v_readlane_b32 s68, v253, 27
	v_readlane_b32 s70, v253, 28
	v_readlane_b32 s72, v253, 29
	v_readlane_b32 s74, v253, 30
	v_readlane_b32 s76, v253, 31
	v_readlane_b32 s78, v253, 32
	v_readlane_b32 s80, v253, 33
	v_readlane_b32 s82, v253, 34
	v_readlane_b32 s86, v253, 35
	v_readlane_b32 s88, v253, 36
	v_readlane_b32 s90, v253, 37
	v_readlane_b32 s92, v253, 38
	v_readlane_b32 s94, v253, 39
	v_readlane_b32 s96, v253, 40
	v_readlane_b32 s98, v253, 41
	v_readlane_b32 s46, v253, 42
	v_readlane_b32 s48, v253, 43
	v_accvgpr_read_b32 v43, a11
	v_accvgpr_read_b32 v42, a10
	v_accvgpr_read_b32 v33, a15
	v_accvgpr_read_b32 v32, a14
.LBB0_334:                              ; %._crit_edge
	v_mov_b32_e32 v0, 0
	v_mov_b32_e32 v12, 0
	.loc	1 137 22 is_stmt 1              ; fused_moe.py:137:22
	s_mov_b64 s[0:1], exec
	v_readlane_b32 s2, v252, 7
	v_readlane_b32 s3, v252, 8
	s_and_b64 s[2:3], s[0:1], s[2:3]
	s_mov_b64 exec, s[2:3]
	s_cbranch_execz .LBB0_336
; %bb.335:
	.loc	1 0 22 is_stmt 0                ; fused_moe.py:0:22
	v_readlane_b32 s2, v251, 0
	v_readlane_b32 s3, v251, 1
	s_nop 1
	v_lshl_add_u64 v[2:3], v[32:33], 2, s[2:3]
	.loc	1 137 22                        ; fused_moe.py:137:22
	global_load_dword v12, v[2:3], off
.LBB0_336:
	.loc	1 0 22                          ; fused_moe.py:0:22
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 22                        ; fused_moe.py:137:22
	s_mov_b64 s[0:1], exec
	v_readlane_b32 s2, v252, 9
	v_readlane_b32 s3, v252, 10
	s_and_b64 s[2:3], s[0:1], s[2:3]
	s_mov_b64 exec, s[2:3]
	s_cbranch_execz .LBB0_338
; %bb.337:
	.loc	1 137 30                        ; fused_moe.py:137:30
	v_readlane_b32 s2, v251, 0
	v_readlane_b32 s3, v251, 1
	s_nop 1
	v_lshl_add_u64 v[0:1], v[42:43], 2, s[2:3]
	.loc	1 137 22                        ; fused_moe.py:137:22
	global_load_dword v0, v[0:1], off
.LBB0_338:
	.loc	1 0 22                          ; fused_moe.py:0:22
	s_or_b64 exec, exec, s[0:1]
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	v_accvgpr_read_b32 v8, a12
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	v_mad_i64_i32 v[2:3], s[0:1], v32, s2, 0
	.loc	1 91 56 is_stmt 0               ; fused_moe.py:91:56
	v_readlane_b32 s0, v252, 4
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[6:7], v[2:3], 1, s[44:45]
	v_accvgpr_read_b32 v9, a13
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v4, v8, s0
	v_mad_u64_u32 v[2:3], s[0:1], v8, s3, 0
	.loc	1 92 37 is_stmt 1               ; fused_moe.py:92:37
	v_readlane_b32 s0, v252, 5
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v1, v9, s3
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s1, v252, 6
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 7
	v_readlane_b32 s3, v252, 8
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[0:1], s[0:1], v[8:9]
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_add3_u32 v3, v3, v4, v1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[4:5], s[2:3], s[0:1]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_340
; %bb.339:
	.loc	1 138 23                        ; fused_moe.py:138:23
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v1, v136, v12
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v8, v1, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v8, v1, v8, s4
	v_cmp_o_f32_e32 vcc, v1, v1
	v_mov_b32_e32 v1, 0x7fff
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[4:5], v[2:3], 1, v[6:7]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cndmask_b32_sdwa v1, v1, v8, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 142 5 is_stmt 0               ; fused_moe.py:142:5
	global_store_short v[4:5], v1, off
.LBB0_340:
	.loc	1 0 5                           ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	v_accvgpr_read_b32 v10, a16
	v_accvgpr_read_b32 v11, a17
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_readlane_b32 s2, v252, 4
	v_mul_lo_u32 v1, v11, s3
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s4, v252, 7
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v8, v10, s2
	v_mad_u64_u32 v[4:5], s[2:3], v10, s3, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s2, v252, 5
	v_readlane_b32 s3, v252, 6
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s5, v252, 8
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_add3_u32 v5, v5, v8, v1
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[2:3], s[2:3], v[10:11]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	s_and_b64 s[6:7], s[4:5], s[2:3]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[4:5], s[6:7]
	s_cbranch_execz .LBB0_342
; %bb.341:
	.loc	1 138 23                        ; fused_moe.py:138:23
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v1, v137, v12
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v8, v1, 16, 1
	s_movk_i32 s6, 0x7fff
	v_add3_u32 v8, v1, v8, s6
	v_cmp_o_f32_e32 vcc, v1, v1
	v_mov_b32_e32 v1, 0x7fff
	s_nop 0
	v_cndmask_b32_sdwa v1, v1, v8, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[8:9], v[4:5], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[8:9], v1, off
.LBB0_342:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[4:5]
	v_readlane_b32 s4, v252, 2
	v_readlane_b32 s5, v252, 3
	v_accvgpr_read_b32 v16, a18
	v_accvgpr_read_b32 v17, a19
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_readlane_b32 s4, v252, 4
	v_mul_lo_u32 v1, v17, s5
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 7
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v10, v16, s4
	v_mad_u64_u32 v[8:9], s[4:5], v16, s5, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s4, v252, 5
	v_readlane_b32 s5, v252, 6
	.loc	1 138 23                        ; fused_moe.py:138:23
	s_waitcnt vmcnt(0)
	v_pk_mul_f32 v[14:15], v[140:141], v[12:13] op_sel_hi:[1,0]
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s7, v252, 8
	.loc	1 92 37 is_stmt 0               ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[4:5], s[4:5], v[16:17]
	.loc	1 142 22 is_stmt 1              ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[10:11], v15, v15
	v_cmp_u_f32_e32 vcc, v14, v14
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_add3_u32 v9, v9, v10, v1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[8:9], s[6:7], s[4:5]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[6:7], s[8:9]
	s_cbranch_execz .LBB0_344
; %bb.343:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v1, v14, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v14, v1, s8
	v_mov_b32_e32 v10, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v10, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[10:11], v[8:9], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[10:11], v1, off
.LBB0_344:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[6:7]
	v_readlane_b32 s6, v252, 2
	v_readlane_b32 s7, v252, 3
	v_accvgpr_read_b32 v16, a20
	v_accvgpr_read_b32 v17, a21
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_readlane_b32 s6, v252, 4
	v_mul_lo_u32 v1, v17, s7
	.loc	1 0 0 is_stmt 0                 ; fused_moe.py:0
	v_mov_b32_e32 v13, v12
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v14, v16, s6
	v_mad_u64_u32 v[10:11], s[6:7], v16, s7, 0
	.loc	1 92 37 is_stmt 1               ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 5
	v_readlane_b32 s7, v252, 6
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_add3_u32 v11, v11, v14, v1
	.loc	1 92 37                         ; fused_moe.py:92:37
	s_nop 0
	v_cmp_gt_i64_e64 s[8:9], s[6:7], v[16:17]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 7
	v_readlane_b32 s7, v252, 8
	s_and_b64 s[12:13], s[6:7], s[8:9]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[6:7], s[12:13]
	s_cbranch_execz .LBB0_346
; %bb.345:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[10:11]
	v_bfe_u32 v1, v15, 16, 1
	s_movk_i32 s10, 0x7fff
	v_add3_u32 v1, v15, v1, s10
	v_mov_b32_e32 v14, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v14, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[14:15], v[10:11], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[14:15], v1, off
.LBB0_346:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[6:7]
	v_readlane_b32 s6, v252, 2
	v_readlane_b32 s7, v252, 3
	v_accvgpr_read_b32 v20, a22
	v_accvgpr_read_b32 v21, a23
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_readlane_b32 s6, v252, 4
	v_mul_lo_u32 v1, v21, s7
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[18:19], v[138:139], v[12:13]
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v16, v20, s6
	v_mad_u64_u32 v[14:15], s[6:7], v20, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 5
	v_readlane_b32 s7, v252, 6
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[18:19], v19, v19
	v_cmp_u_f32_e32 vcc, v18, v18
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[10:11], s[6:7], v[20:21]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 7
	v_readlane_b32 s7, v252, 8
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_add3_u32 v15, v15, v16, v1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[12:13], s[6:7], s[10:11]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[6:7], s[12:13]
	s_cbranch_execz .LBB0_348
; %bb.347:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v1, v18, 16, 1
	s_movk_i32 s12, 0x7fff
	v_add3_u32 v1, v18, v1, s12
	v_mov_b32_e32 v16, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v16, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[16:17], v[14:15], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[16:17], v1, off
.LBB0_348:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[6:7]
	v_readlane_b32 s6, v252, 2
	v_readlane_b32 s7, v252, 3
	v_accvgpr_read_b32 v20, a24
	v_accvgpr_read_b32 v21, a25
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_readlane_b32 s6, v252, 4
	v_mul_lo_u32 v1, v21, s7
	s_nop 0
	v_mul_lo_u32 v18, v20, s6
	v_mad_u64_u32 v[16:17], s[6:7], v20, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 5
	v_readlane_b32 s7, v252, 6
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_add3_u32 v17, v17, v18, v1
	.loc	1 92 37                         ; fused_moe.py:92:37
	s_nop 0
	v_cmp_gt_i64_e64 s[12:13], s[6:7], v[20:21]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 7
	v_readlane_b32 s7, v252, 8
	s_and_b64 s[20:21], s[6:7], s[12:13]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[6:7], s[20:21]
	s_cbranch_execz .LBB0_350
; %bb.349:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[18:19]
	v_bfe_u32 v1, v19, 16, 1
	s_movk_i32 s18, 0x7fff
	v_add3_u32 v1, v19, v1, s18
	v_mov_b32_e32 v18, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v18, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[18:19], v[16:17], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[18:19], v1, off
.LBB0_350:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[6:7]
	v_readlane_b32 s6, v252, 2
	v_readlane_b32 s7, v252, 3
	v_accvgpr_read_b32 v24, a26
	v_accvgpr_read_b32 v25, a27
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_readlane_b32 s6, v252, 4
	v_mul_lo_u32 v1, v25, s7
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[22:23], v[134:135], v[12:13]
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v20, v24, s6
	v_mad_u64_u32 v[18:19], s[6:7], v24, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 5
	v_readlane_b32 s7, v252, 6
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[22:23], v23, v23
	v_cmp_u_f32_e32 vcc, v22, v22
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[18:19], s[6:7], v[24:25]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 7
	v_readlane_b32 s7, v252, 8
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_add3_u32 v19, v19, v20, v1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[20:21], s[6:7], s[18:19]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[6:7], s[20:21]
	s_cbranch_execz .LBB0_352
; %bb.351:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v1, v22, 16, 1
	s_movk_i32 s20, 0x7fff
	v_add3_u32 v1, v22, v1, s20
	v_mov_b32_e32 v20, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v20, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[20:21], v[18:19], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[20:21], v1, off
.LBB0_352:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[6:7]
	v_readlane_b32 s6, v252, 2
	v_readlane_b32 s7, v252, 3
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_readlane_b32 s6, v252, 4
	s_nop 0
	v_mul_lo_u32 v1, v53, s7
	v_mul_lo_u32 v22, v52, s6
	v_mad_u64_u32 v[20:21], s[6:7], v52, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 5
	v_readlane_b32 s7, v252, 6
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_add3_u32 v21, v21, v22, v1
	.loc	1 92 37                         ; fused_moe.py:92:37
	s_nop 0
	v_cmp_gt_i64_e64 s[20:21], s[6:7], v[52:53]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 7
	v_readlane_b32 s7, v252, 8
	s_and_b64 s[24:25], s[6:7], s[20:21]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[6:7], s[24:25]
	s_cbranch_execz .LBB0_354
; %bb.353:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[22:23]
	v_bfe_u32 v1, v23, 16, 1
	s_movk_i32 s22, 0x7fff
	v_add3_u32 v1, v23, v1, s22
	v_mov_b32_e32 v22, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v22, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[22:23], v[20:21], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[22:23], v1, off
.LBB0_354:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[6:7]
	v_readlane_b32 s6, v252, 2
	v_readlane_b32 s7, v252, 3
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_readlane_b32 s6, v252, 4
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[26:27], v[132:133], v[12:13]
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v1, v55, s7
	v_mul_lo_u32 v24, v54, s6
	v_mad_u64_u32 v[22:23], s[6:7], v54, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 5
	v_readlane_b32 s7, v252, 6
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[26:27], v27, v27
	v_cmp_u_f32_e32 vcc, v26, v26
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[22:23], s[6:7], v[54:55]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 7
	v_readlane_b32 s7, v252, 8
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_add3_u32 v23, v23, v24, v1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[24:25], s[6:7], s[22:23]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[6:7], s[24:25]
	s_cbranch_execz .LBB0_356
; %bb.355:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v1, v26, 16, 1
	s_movk_i32 s24, 0x7fff
	v_add3_u32 v1, v26, v1, s24
	v_mov_b32_e32 v24, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v24, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[24:25], v[22:23], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[24:25], v1, off
.LBB0_356:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[6:7]
	v_readlane_b32 s6, v252, 2
	v_readlane_b32 s7, v252, 3
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_readlane_b32 s6, v252, 4
	s_nop 0
	v_mul_lo_u32 v1, v57, s7
	v_mul_lo_u32 v26, v56, s6
	v_mad_u64_u32 v[24:25], s[6:7], v56, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 5
	v_readlane_b32 s7, v252, 6
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_add3_u32 v25, v25, v26, v1
	.loc	1 92 37                         ; fused_moe.py:92:37
	s_nop 0
	v_cmp_gt_i64_e64 s[24:25], s[6:7], v[56:57]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 7
	v_readlane_b32 s7, v252, 8
	s_and_b64 s[28:29], s[6:7], s[24:25]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[6:7], s[28:29]
	s_cbranch_execz .LBB0_358
; %bb.357:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[26:27]
	v_bfe_u32 v1, v27, 16, 1
	s_movk_i32 s26, 0x7fff
	v_add3_u32 v1, v27, v1, s26
	v_mov_b32_e32 v26, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v26, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[26:27], v[24:25], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[26:27], v1, off
.LBB0_358:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[6:7]
	v_readlane_b32 s6, v252, 2
	v_readlane_b32 s7, v252, 3
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_readlane_b32 s6, v252, 4
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[30:31], v[130:131], v[12:13]
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v1, v59, s7
	v_mul_lo_u32 v28, v58, s6
	v_mad_u64_u32 v[26:27], s[6:7], v58, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 5
	v_readlane_b32 s7, v252, 6
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[30:31], v31, v31
	v_cmp_u_f32_e32 vcc, v30, v30
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[26:27], s[6:7], v[58:59]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 7
	v_readlane_b32 s7, v252, 8
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_add3_u32 v27, v27, v28, v1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[28:29], s[6:7], s[26:27]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[6:7], s[28:29]
	s_cbranch_execz .LBB0_360
; %bb.359:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v1, v30, 16, 1
	s_movk_i32 s28, 0x7fff
	v_add3_u32 v1, v30, v1, s28
	v_mov_b32_e32 v28, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v28, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[28:29], v[26:27], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[28:29], v1, off
.LBB0_360:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[6:7]
	v_readlane_b32 s6, v252, 2
	v_readlane_b32 s7, v252, 3
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_readlane_b32 s6, v252, 4
	s_nop 0
	v_mul_lo_u32 v1, v61, s7
	v_mul_lo_u32 v30, v60, s6
	v_mad_u64_u32 v[28:29], s[6:7], v60, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 5
	v_readlane_b32 s7, v252, 6
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_add3_u32 v29, v29, v30, v1
	.loc	1 92 37                         ; fused_moe.py:92:37
	s_nop 0
	v_cmp_gt_i64_e64 s[28:29], s[6:7], v[60:61]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 7
	v_readlane_b32 s7, v252, 8
	s_and_b64 s[34:35], s[6:7], s[28:29]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[6:7], s[34:35]
	s_cbranch_execz .LBB0_362
; %bb.361:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[30:31]
	v_bfe_u32 v1, v31, 16, 1
	s_movk_i32 s30, 0x7fff
	v_add3_u32 v1, v31, v1, s30
	v_mov_b32_e32 v30, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v30, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[30:31], v[28:29], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[30:31], v1, off
.LBB0_362:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[6:7]
	v_readlane_b32 s6, v252, 2
	v_readlane_b32 s7, v252, 3
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_readlane_b32 s6, v252, 4
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[38:39], v[126:127], v[12:13]
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v1, v63, s7
	v_mul_lo_u32 v32, v62, s6
	v_mad_u64_u32 v[30:31], s[6:7], v62, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 5
	v_readlane_b32 s7, v252, 6
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[36:37], v39, v39
	v_cmp_u_f32_e32 vcc, v38, v38
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[30:31], s[6:7], v[62:63]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 7
	v_readlane_b32 s7, v252, 8
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_add3_u32 v31, v31, v32, v1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[34:35], s[6:7], s[30:31]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[6:7], s[34:35]
	s_cbranch_execz .LBB0_364
; %bb.363:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v1, v38, 16, 1
	s_movk_i32 s33, 0x7fff
	v_add3_u32 v1, v38, v1, s33
	v_mov_b32_e32 v32, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v32, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[32:33], v[30:31], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[32:33], v1, off
.LBB0_364:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[6:7]
	v_readlane_b32 s6, v252, 2
	v_readlane_b32 s7, v252, 3
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_readlane_b32 s6, v252, 4
	s_nop 0
	v_mul_lo_u32 v1, v65, s7
	v_mul_lo_u32 v32, v64, s6
	v_mad_u64_u32 v[36:37], s[6:7], v64, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 5
	v_readlane_b32 s7, v252, 6
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_add3_u32 v37, v37, v32, v1
	.loc	1 92 37                         ; fused_moe.py:92:37
	s_nop 0
	v_cmp_gt_i64_e64 s[34:35], s[6:7], v[64:65]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 7
	v_readlane_b32 s7, v252, 8
	s_and_b64 s[38:39], s[6:7], s[34:35]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[6:7], s[38:39]
	s_cbranch_execz .LBB0_366
; %bb.365:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v1, v39, 16, 1
	s_movk_i32 s33, 0x7fff
	s_mov_b64 vcc, s[36:37]
	v_add3_u32 v1, v39, v1, s33
	v_mov_b32_e32 v32, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v32, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[32:33], v[36:37], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[32:33], v1, off
.LBB0_366:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[6:7]
	v_readlane_b32 s6, v252, 2
	v_readlane_b32 s7, v252, 3
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_readlane_b32 s6, v252, 4
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[40:41], v[124:125], v[12:13]
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v1, v67, s7
	v_mul_lo_u32 v32, v66, s6
	v_mad_u64_u32 v[12:13], s[6:7], v66, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 5
	v_readlane_b32 s7, v252, 6
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[40:41], v41, v41
	v_cmp_u_f32_e32 vcc, v40, v40
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[36:37], s[6:7], v[66:67]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 7
	v_readlane_b32 s7, v252, 8
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_add3_u32 v13, v13, v32, v1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[38:39], s[6:7], s[36:37]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[6:7], s[38:39]
	s_cbranch_execz .LBB0_368
; %bb.367:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v1, v40, 16, 1
	s_movk_i32 s33, 0x7fff
	v_add3_u32 v1, v40, v1, s33
	v_mov_b32_e32 v32, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v32, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[32:33], v[12:13], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[32:33], v1, off
.LBB0_368:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[6:7]
	v_readlane_b32 s6, v252, 2
	v_readlane_b32 s7, v252, 3
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_readlane_b32 s6, v252, 4
	s_nop 0
	v_mul_lo_u32 v1, v69, s7
	v_mul_lo_u32 v32, v68, s6
	v_mad_u64_u32 v[38:39], s[6:7], v68, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 5
	v_readlane_b32 s7, v252, 6
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_add3_u32 v39, v39, v32, v1
	.loc	1 92 37                         ; fused_moe.py:92:37
	s_nop 0
	v_cmp_gt_i64_e64 s[38:39], s[6:7], v[68:69]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 7
	v_readlane_b32 s7, v252, 8
	s_and_b64 s[16:17], s[6:7], s[38:39]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[6:7], s[16:17]
	s_cbranch_execz .LBB0_370
; %bb.369:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v1, v41, 16, 1
	s_movk_i32 s16, 0x7fff
	s_mov_b64 vcc, s[40:41]
	v_add3_u32 v1, v41, v1, s16
	v_mov_b32_e32 v32, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v32, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[6:7], v[38:39], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[6:7], v1, off
.LBB0_370:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[6:7]
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	v_readlane_b32 s6, v252, 2
	v_readlane_b32 s7, v252, 3
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mov_b32_e32 v1, v0
	.loc	1 91 22                         ; fused_moe.py:91:22
	v_mad_i64_i32 v[6:7], s[6:7], v42, s6, 0
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 9
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[40:41], v[122:123], v[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s7, v252, 10
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[16:17], v41, v41
	v_cmp_u_f32_e32 vcc, v40, v40
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[6:7], v[6:7], 1, s[44:45]
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[6:7], s[6:7], s[0:1]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_372
; %bb.371:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v32, v40, 16, 1
	s_movk_i32 s6, 0x7fff
	v_add3_u32 v32, v40, v32, s6
	v_mov_b32_e32 v33, 0x7fff
	v_cndmask_b32_sdwa v32, v32, v33, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[2:3], v[2:3], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[2:3], v32, off
.LBB0_372:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v252, 9
	v_readlane_b32 s1, v252, 10
	s_and_b64 s[2:3], s[0:1], s[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_374
; %bb.373:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v2, v41, 16, 1
	s_movk_i32 s2, 0x7fff
	s_mov_b64 vcc, s[16:17]
	v_add3_u32 v2, v41, v2, s2
	v_mov_b32_e32 v3, 0x7fff
	v_cndmask_b32_sdwa v32, v2, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[2:3], v[4:5], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[2:3], v32, off
.LBB0_374:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 9
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[2:3], v[120:121], v[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s3, v252, 10
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[0:1], v3, v3
	v_cmp_u_f32_e32 vcc, v2, v2
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[4:5], s[2:3], s[4:5]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_376
; %bb.375:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v4, v2, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v2, v2, v4, s4
	v_mov_b32_e32 v4, 0x7fff
	v_cndmask_b32_sdwa v2, v2, v4, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[4:5], v[8:9], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[4:5], v2, off
.LBB0_376:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 9
	v_readlane_b32 s3, v252, 10
	s_and_b64 s[4:5], s[2:3], s[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_378
; %bb.377:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v2, v3, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v2, v3, v2, s0
	v_mov_b32_e32 v3, 0x7fff
	v_cndmask_b32_sdwa v4, v2, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[2:3], v[10:11], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[2:3], v4, off
.LBB0_378:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 9
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[2:3], v[116:117], v[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s3, v252, 10
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[0:1], v3, v3
	v_cmp_u_f32_e32 vcc, v2, v2
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[4:5], s[2:3], s[10:11]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_380
; %bb.379:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v4, v2, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v2, v2, v4, s4
	v_mov_b32_e32 v4, 0x7fff
	v_cndmask_b32_sdwa v2, v2, v4, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[4:5], v[14:15], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[4:5], v2, off
.LBB0_380:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 9
	v_readlane_b32 s3, v252, 10
	s_and_b64 s[4:5], s[2:3], s[12:13]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_382
; %bb.381:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v2, v3, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v2, v3, v2, s0
	v_mov_b32_e32 v3, 0x7fff
	v_cndmask_b32_sdwa v4, v2, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[2:3], v[16:17], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[2:3], v4, off
.LBB0_382:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 9
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[2:3], v[114:115], v[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s3, v252, 10
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[0:1], v3, v3
	v_cmp_u_f32_e32 vcc, v2, v2
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[4:5], s[2:3], s[18:19]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_384
; %bb.383:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v4, v2, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v2, v2, v4, s4
	v_mov_b32_e32 v4, 0x7fff
	v_cndmask_b32_sdwa v2, v2, v4, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[4:5], v[18:19], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[4:5], v2, off
.LBB0_384:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 9
	v_readlane_b32 s3, v252, 10
	s_and_b64 s[4:5], s[2:3], s[20:21]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_386
; %bb.385:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v2, v3, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v2, v3, v2, s0
	v_mov_b32_e32 v3, 0x7fff
	v_cndmask_b32_sdwa v4, v2, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[2:3], v[20:21], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[2:3], v4, off
.LBB0_386:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 9
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[2:3], v[112:113], v[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s3, v252, 10
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[0:1], v3, v3
	v_cmp_u_f32_e32 vcc, v2, v2
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[4:5], s[2:3], s[22:23]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_388
; %bb.387:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v4, v2, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v2, v2, v4, s4
	v_mov_b32_e32 v4, 0x7fff
	v_cndmask_b32_sdwa v2, v2, v4, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[4:5], v[22:23], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[4:5], v2, off
.LBB0_388:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 9
	v_readlane_b32 s3, v252, 10
	s_and_b64 s[4:5], s[2:3], s[24:25]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_390
; %bb.389:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v2, v3, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v2, v3, v2, s0
	v_mov_b32_e32 v3, 0x7fff
	v_cndmask_b32_sdwa v4, v2, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[2:3], v[24:25], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[2:3], v4, off
.LBB0_390:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 9
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[2:3], v[110:111], v[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s3, v252, 10
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[0:1], v3, v3
	v_cmp_u_f32_e32 vcc, v2, v2
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[4:5], s[2:3], s[26:27]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_392
; %bb.391:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v4, v2, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v2, v2, v4, s4
	v_mov_b32_e32 v4, 0x7fff
	v_cndmask_b32_sdwa v2, v2, v4, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[4:5], v[26:27], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[4:5], v2, off
.LBB0_392:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 9
	v_readlane_b32 s3, v252, 10
	s_and_b64 s[4:5], s[2:3], s[28:29]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_394
; %bb.393:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v2, v3, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v2, v3, v2, s0
	v_mov_b32_e32 v3, 0x7fff
	v_cndmask_b32_sdwa v4, v2, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[2:3], v[28:29], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[2:3], v4, off
.LBB0_394:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 9
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[2:3], v[108:109], v[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s3, v252, 10
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[0:1], v3, v3
	v_cmp_u_f32_e32 vcc, v2, v2
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[4:5], s[2:3], s[30:31]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_396
; %bb.395:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v4, v2, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v2, v2, v4, s4
	v_mov_b32_e32 v4, 0x7fff
	v_cndmask_b32_sdwa v2, v2, v4, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[4:5], v[30:31], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[4:5], v2, off
.LBB0_396:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 9
	v_readlane_b32 s3, v252, 10
	s_and_b64 s[4:5], s[2:3], s[34:35]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_398
; %bb.397:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v2, v3, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v2, v3, v2, s0
	v_mov_b32_e32 v3, 0x7fff
	v_cndmask_b32_sdwa v4, v2, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[2:3], v[36:37], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[2:3], v4, off
.LBB0_398:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 9
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[0:1], v[106:107], v[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s3, v252, 10
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[0:1], v1, v1
	v_cmp_u_f32_e32 vcc, v0, v0
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[4:5], s[2:3], s[36:37]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_400
; %bb.399:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v2, v0, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v0, v0, v2, s4
	v_mov_b32_e32 v2, 0x7fff
	v_cndmask_b32_sdwa v0, v0, v2, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[2:3], v[12:13], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[2:3], v0, off
.LBB0_400:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 9
	v_readlane_b32 s3, v252, 10
	s_and_b64 s[2:3], s[2:3], s[38:39]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[4:5], s[2:3]
	s_xor_b64 s[2:3], exec, s[4:5]
	s_cbranch_execz .LBB0_402
; %bb.401:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v0, v1, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v0, v1, v0, s0
	v_mov_b32_e32 v1, 0x7fff
	v_cndmask_b32_sdwa v2, v0, v1, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[0:1], v[38:39], 1, v[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[0:1], v2, off
.LBB0_402:                              ; %Flow
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	s_mov_b64 s[0:1], 0
.LBB0_403:                              ; %Flow645
	v_readlane_b32 s2, v252, 5
	s_and_b64 vcc, exec, s[0:1]
	v_readlane_b32 s3, v252, 6
	s_cbranch_vccz .LBB0_468
; %bb.404:
	v_readlane_b32 s0, v252, 2
	v_readlane_b32 s1, v252, 3
	v_accvgpr_read_b32 v4, a8
	v_accvgpr_read_b32 v5, a9
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_readlane_b32 s0, v252, 4
	v_mul_lo_u32 v2, v5, s1
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e32 vcc, s[2:3], v[4:5]
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v3, v4, s0
	v_mad_u64_u32 v[0:1], s[0:1], v4, s1, 0
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 2
	v_readlane_b32 s1, v251, 3
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_add3_u32 v1, v1, v3, v2
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_406
; %bb.405:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s48, s2
	s_mul_i32 s2, s48, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_406:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 4
	v_readlane_b32 s1, v251, 5
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_408
; %bb.407:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s46, s2
	s_mul_i32 s2, s46, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_408:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 6
	v_readlane_b32 s1, v251, 7
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_410
; %bb.409:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s98, s2
	s_mul_i32 s2, s98, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_410:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 8
	v_readlane_b32 s1, v251, 9
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_412
; %bb.411:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s96, s2
	s_mul_i32 s2, s96, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_412:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 10
	v_readlane_b32 s1, v251, 11
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_414
; %bb.413:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s94, s2
	s_mul_i32 s2, s94, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_414:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 12
	v_readlane_b32 s1, v251, 13
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_416
; %bb.415:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s92, s2
	s_mul_i32 s2, s92, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_416:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 14
	v_readlane_b32 s1, v251, 15
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_418
; %bb.417:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s90, s2
	s_mul_i32 s2, s90, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_418:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 16
	v_readlane_b32 s1, v251, 17
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_420
; %bb.419:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s88, s2
	s_mul_i32 s2, s88, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_420:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 18
	v_readlane_b32 s1, v251, 19
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_422
; %bb.421:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s86, s2
	s_mul_i32 s2, s86, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_422:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 20
	v_readlane_b32 s1, v251, 21
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_424
; %bb.423:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s82, s2
	s_mul_i32 s2, s82, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_424:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 22
	v_readlane_b32 s1, v251, 23
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_426
; %bb.425:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s80, s2
	s_mul_i32 s2, s80, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_426:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 24
	v_readlane_b32 s1, v251, 25
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_428
; %bb.427:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s78, s2
	s_mul_i32 s2, s78, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_428:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 26
	v_readlane_b32 s1, v251, 27
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_430
; %bb.429:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s76, s2
	s_mul_i32 s2, s76, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_430:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 28
	v_readlane_b32 s1, v251, 29
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_432
; %bb.431:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s74, s2
	s_mul_i32 s2, s74, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_432:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 30
	v_readlane_b32 s1, v251, 31
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_434
; %bb.433:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s72, s2
	s_mul_i32 s2, s72, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_434:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 32
	v_readlane_b32 s1, v251, 33
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_436
; %bb.435:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s70, s2
	s_mul_i32 s2, s70, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_436:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 34
	v_readlane_b32 s1, v251, 35
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_438
; %bb.437:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s68, s2
	s_mul_i32 s2, s68, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_438:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 36
	v_readlane_b32 s1, v251, 37
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_440
; %bb.439:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s67, s2
	s_mul_i32 s2, s67, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_440:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 38
	v_readlane_b32 s1, v251, 39
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_442
; %bb.441:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s66, s2
	s_mul_i32 s2, s66, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_442:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 40
	v_readlane_b32 s1, v251, 41
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_444
; %bb.443:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s65, s2
	s_mul_i32 s2, s65, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_444:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 42
	v_readlane_b32 s1, v251, 43
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_446
; %bb.445:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s64, s2
	s_mul_i32 s2, s64, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_446:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 44
	v_readlane_b32 s1, v251, 45
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_448
; %bb.447:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s63, s2
	s_mul_i32 s2, s63, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_448:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 46
	v_readlane_b32 s1, v251, 47
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_450
; %bb.449:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s62, s2
	s_mul_i32 s2, s62, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_450:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 48
	v_readlane_b32 s1, v251, 49
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_452
; %bb.451:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s61, s2
	s_mul_i32 s2, s61, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_452:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 50
	v_readlane_b32 s1, v251, 51
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_454
; %bb.453:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s60, s2
	s_mul_i32 s2, s60, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_454:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 52
	v_readlane_b32 s1, v251, 53
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_456
; %bb.455:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s59, s2
	s_mul_i32 s2, s59, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_456:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 54
	v_readlane_b32 s1, v251, 55
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_458
; %bb.457:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s58, s2
	s_mul_i32 s2, s58, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_458:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 56
	v_readlane_b32 s1, v251, 57
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_460
; %bb.459:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s57, s2
	s_mul_i32 s2, s57, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_460:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 58
	v_readlane_b32 s1, v251, 59
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_462
; %bb.461:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s56, s2
	s_mul_i32 s2, s56, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_462:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 60
	v_readlane_b32 s1, v251, 61
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_464
; %bb.463:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s55, s2
	s_mul_i32 s2, s55, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_464:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 62
	v_readlane_b32 s1, v251, 63
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_466
; %bb.465:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 2
	v_readlane_b32 s3, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s54, s2
	s_mul_i32 s2, s54, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s44, s2
	s_addc_u32 s3, s45, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_466:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v252, 0
	v_readlane_b32 s1, v252, 1
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_xor_b64 s[2:3], exec, s[2:3]
	s_cbranch_execz .LBB0_468
; %bb.467:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s0, v252, 2
	v_readlane_b32 s1, v252, 3
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s1, s47, s0
	s_mul_i32 s0, s47, s0
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[0:1], s[0:1], 1
	s_add_u32 s0, s44, s0
	s_addc_u32 s1, s45, s1
	v_lshl_add_u64 v[0:1], v[0:1], 1, s[0:1]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v2, 0
	global_store_short v[0:1], v2, off
.LBB0_468:                              ; %common.ret
	.loc	1 0 0 is_stmt 0                 ; fused_moe.py:0
	s_endpgm
.Ltmp21:
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
		.amdhsa_next_free_vgpr 284
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
	.set .Lfused_moe_kernel.num_agpr, 28
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
; codeLenInByte = 37872
; TotalNumSgprs: 106
; NumVgprs: 256
; NumAgprs: 28
; TotalNumVgprs: 284
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 13
; VGPRBlocks: 35
; NumSGPRsForWavesPerEU: 106
; NumVGPRsForWavesPerEU: 284
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
	.quad	.Ltmp15-.Lfunc_begin0
	.quad	.Ltmp16-.Lfunc_begin0
	.quad	.Ltmp17-.Lfunc_begin0
	.quad	.Ltmp18-.Lfunc_begin0
	.quad	.Ltmp19-.Lfunc_begin0
	.quad	.Ltmp20-.Lfunc_begin0
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
  - .agpr_count:     28
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
    .sgpr_spill_count: 391
    .symbol:         fused_moe_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     284
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgpu9.42-amd-amdhsa-unknown-gfx942
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

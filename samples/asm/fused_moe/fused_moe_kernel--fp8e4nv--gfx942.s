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
; %bb.468:
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
; %bb.469:
.LBB0_0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_mov_b64 s[28:29], s[4:5]
	s_load_dword s26, s[0:1], 0x48
	s_load_dword s4, s[0:1], 0x50
	s_mov_b64 s[52:53], s[8:9]
	s_mov_b64 s[22:23], s[12:13]
                                        ; implicit-def: $vgpr251 : SGPR spill to VGPR lane
.Ltmp1:
	.loc	1 120 13 is_stmt 1              ; fused_moe.py:120:13
	v_readfirstlane_b32 s42, v0
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13                         ; standard.py:43:13 @[ fused_moe.py:72:17 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s5, s26, 0x7f
	.loc	2 43 12 is_stmt 0               ; standard.py:43:12 @[ fused_moe.py:72:17 ]
	s_ashr_i32 s8, s5, 31
	s_lshr_b32 s8, s8, 25
	s_add_i32 s5, s5, s8
	s_ashr_i32 s5, s5, 7
.Ltmp3:
	.loc	1 73 24 is_stmt 1               ; fused_moe.py:73:24
	s_lshl_b32 s12, s5, 5
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_abs_i32 s8, s12
	v_cvt_f32_u32_e32 v1, s8
.Ltmp4:
	.loc	2 43 13                         ; standard.py:43:13 @[ fused_moe.py:71:17 ]
	s_add_i32 s4, s4, 63
.Ltmp5:
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_sub_i32 s13, 0, s8
.Ltmp6:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_ashr_i32 s9, s4, 31
.Ltmp7:
	.loc	1 74 16                         ; fused_moe.py:74:16
	v_rcp_f32_e32 v1, v1
.Ltmp8:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_lshr_b32 s9, s9, 26
	s_add_i32 s4, s4, s9
.Ltmp9:
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_abs_i32 s9, s16
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_xor_b32 s5, s16, s5
.Ltmp10:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_ashr_i32 s4, s4, 6
.Ltmp11:
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_ashr_i32 s5, s5, 31
	v_readfirstlane_b32 s17, v1
	s_mul_i32 s13, s13, s17
	s_mul_hi_u32 s13, s17, s13
	s_add_i32 s17, s17, s13
	s_mul_hi_u32 s13, s9, s17
	s_mul_i32 s17, s13, s8
	s_sub_i32 s9, s9, s17
	s_add_i32 s17, s13, 1
	s_sub_i32 s18, s9, s8
	s_cmp_ge_u32 s9, s8
	s_cselect_b32 s13, s17, s13
	s_cselect_b32 s9, s18, s9
	s_add_i32 s17, s13, 1
	s_cmp_ge_u32 s9, s8
	s_cselect_b32 s8, s17, s13
	s_xor_b32 s8, s8, s5
	s_sub_i32 s5, s8, s5
	.loc	1 75 19                         ; fused_moe.py:75:19
	s_lshl_b32 s13, s5, 5
	.loc	1 76 24                         ; fused_moe.py:76:24
	s_sub_i32 s4, s4, s13
	.loc	1 76 20 is_stmt 0               ; fused_moe.py:76:20
	s_min_i32 s17, s4, 32
	.loc	1 78 13 is_stmt 1               ; fused_moe.py:78:13
	s_abs_i32 s4, s17
	v_cvt_f32_u32_e32 v1, s4
	s_sub_i32 s18, 0, s4
	.loc	1 77 29                         ; fused_moe.py:77:29
	s_mul_i32 s5, s5, s12
	s_sub_i32 s5, s16, s5
	.loc	1 78 13                         ; fused_moe.py:78:13
	v_rcp_f32_e32 v1, v1
	s_abs_i32 s16, s5
	s_xor_b32 s12, s5, s17
	s_ashr_i32 s12, s12, 31
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_load_dwordx2 s[8:9], s[0:1], 0x40
	v_writelane_b32 v251, s6, 0
	v_readfirstlane_b32 s19, v1
	s_mul_i32 s18, s18, s19
	s_mul_hi_u32 s18, s19, s18
	s_add_i32 s19, s19, s18
	s_mul_hi_u32 s18, s16, s19
	s_mul_i32 s19, s18, s4
	s_sub_i32 s16, s16, s19
	s_add_i32 s19, s18, 1
	s_sub_i32 s20, s16, s4
	s_cmp_ge_u32 s16, s4
	s_cselect_b32 s18, s19, s18
	s_cselect_b32 s16, s20, s16
	s_add_i32 s19, s18, 1
	s_cmp_ge_u32 s16, s4
	s_cselect_b32 s4, s19, s18
	s_xor_b32 s4, s4, s12
	s_sub_i32 s4, s4, s12
	.loc	1 81 30                         ; fused_moe.py:81:30
	s_waitcnt lgkmcnt(0)
	s_load_dword s9, s[8:9], 0x0
	.loc	1 77 28                         ; fused_moe.py:77:28
	s_mul_i32 s8, s4, s17
	s_sub_i32 s5, s5, s8
	.loc	1 77 13 is_stmt 0               ; fused_moe.py:77:13
	s_add_i32 s16, s5, s13
	.loc	1 82 8 is_stmt 1                ; fused_moe.py:82:8
	s_lshl_b32 s8, s16, 6
	v_writelane_b32 v251, s7, 1
	s_waitcnt lgkmcnt(0)
	s_cmp_lt_i32 s8, s9
	s_cbranch_scc0 .LBB0_467
; %bb.1:
	.loc	1 0 8 is_stmt 0                 ; fused_moe.py:0:8
	s_load_dword s20, s[0:1], 0x54
	.loc	1 85 21 is_stmt 1               ; fused_moe.py:85:21
	s_ashr_i32 s9, s8, 31
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_b32 s49, s42, 0xc0
	.loc	1 85 44                         ; fused_moe.py:85:44
	s_and_b32 s48, s42, 0x80
	.loc	1 86 26                         ; fused_moe.py:86:26
	s_lshl_b64 s[8:9], s[8:9], 2
	s_add_u32 s12, s14, s8
	s_addc_u32 s13, s15, s9
	s_lshr_b32 s5, s48, 5
	v_writelane_b32 v251, s22, 2
	.loc	1 86 18 is_stmt 0               ; fused_moe.py:86:18
	s_load_dword s46, s[12:13], s5 offset:0x0
	s_load_dword s94, s[12:13], s5 offset:0x8
	s_load_dword s92, s[12:13], s5 offset:0x10
	s_load_dword s90, s[12:13], s5 offset:0x18
	s_load_dword s88, s[12:13], s5 offset:0x20
	s_load_dword s86, s[12:13], s5 offset:0x28
	s_load_dword s82, s[12:13], s5 offset:0x30
	s_load_dword s80, s[12:13], s5 offset:0x38
	s_load_dword s78, s[12:13], s5 offset:0x40
	s_load_dword s76, s[12:13], s5 offset:0x48
	s_load_dword s74, s[12:13], s5 offset:0x50
	s_load_dword s73, s[12:13], s5 offset:0x58
	s_load_dword s72, s[12:13], s5 offset:0x60
	s_load_dword s71, s[12:13], s5 offset:0x68
	s_load_dword s70, s[12:13], s5 offset:0x70
	s_load_dword s69, s[12:13], s5 offset:0x78
	s_load_dword s68, s[12:13], s5 offset:0x80
	s_load_dword s67, s[12:13], s5 offset:0x88
	s_load_dword s66, s[12:13], s5 offset:0x90
	s_load_dword s65, s[12:13], s5 offset:0x98
	s_load_dword s64, s[12:13], s5 offset:0xa0
	s_load_dword s63, s[12:13], s5 offset:0xa8
	s_load_dword s62, s[12:13], s5 offset:0xb0
	s_load_dword s61, s[12:13], s5 offset:0xb8
	s_load_dword s60, s[12:13], s5 offset:0xc0
	s_load_dword s59, s[12:13], s5 offset:0xc8
	s_load_dword s58, s[12:13], s5 offset:0xd0
	s_load_dword s57, s[12:13], s5 offset:0xd8
	s_load_dword s56, s[12:13], s5 offset:0xe0
	s_load_dword s55, s[12:13], s5 offset:0xe8
	s_load_dword s54, s[12:13], s5 offset:0xf0
	s_load_dword s50, s[12:13], s5 offset:0xf8
	s_load_dwordx2 s[6:7], s[0:1], 0x6c
	s_load_dwordx2 s[14:15], s[0:1], 0x38
	.loc	1 88 18 is_stmt 1               ; fused_moe.py:88:18
	s_waitcnt lgkmcnt(0)
	s_cmp_lt_i32 s46, s20
	v_writelane_b32 v251, s23, 3
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 4
	s_cmp_lt_i32 s94, s20
                                        ; implicit-def: $vgpr252 : SGPR spill to VGPR lane
	.loc	1 85 44                         ; fused_moe.py:85:44
	v_and_or_b32 v1, v0, 63, s49
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_writelane_b32 v251, s9, 5
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 6
	s_cmp_lt_i32 s92, s20
	.loc	1 90 38                         ; fused_moe.py:90:38
	v_and_b32_e32 v242, 0x7f, v1
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_writelane_b32 v251, s9, 7
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 8
	s_cmp_lt_i32 s90, s20
	s_nop 0
	v_writelane_b32 v251, s9, 9
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 10
	s_cmp_lt_i32 s88, s20
	s_nop 0
	v_writelane_b32 v251, s9, 11
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 12
	s_cmp_lt_i32 s86, s20
	s_nop 0
	v_writelane_b32 v251, s9, 13
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 14
	s_cmp_lt_i32 s82, s20
	s_nop 0
	v_writelane_b32 v251, s9, 15
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 16
	s_cmp_lt_i32 s80, s20
	s_nop 0
	v_writelane_b32 v251, s9, 17
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 18
	s_cmp_lt_i32 s78, s20
	s_nop 0
	v_writelane_b32 v251, s9, 19
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 20
	s_cmp_lt_i32 s76, s20
	s_nop 0
	v_writelane_b32 v251, s9, 21
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 22
	s_cmp_lt_i32 s74, s20
	s_nop 0
	v_writelane_b32 v251, s9, 23
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 24
	s_cmp_lt_i32 s73, s20
	s_nop 0
	v_writelane_b32 v251, s9, 25
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 26
	s_cmp_lt_i32 s72, s20
	s_nop 0
	v_writelane_b32 v251, s9, 27
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 28
	s_cmp_lt_i32 s71, s20
	s_nop 0
	v_writelane_b32 v251, s9, 29
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 30
	s_cmp_lt_i32 s70, s20
	s_nop 0
	v_writelane_b32 v251, s9, 31
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 32
	s_cmp_lt_i32 s69, s20
	s_nop 0
	v_writelane_b32 v251, s9, 33
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 34
	s_cmp_lt_i32 s68, s20
	s_nop 0
	v_writelane_b32 v251, s9, 35
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 36
	s_cmp_lt_i32 s67, s20
	s_nop 0
	v_writelane_b32 v251, s9, 37
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 38
	s_cmp_lt_i32 s66, s20
	s_nop 0
	v_writelane_b32 v251, s9, 39
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 40
	s_cmp_lt_i32 s65, s20
	s_nop 0
	v_writelane_b32 v251, s9, 41
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 42
	s_cmp_lt_i32 s64, s20
	s_nop 0
	v_writelane_b32 v251, s9, 43
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 44
	s_cmp_lt_i32 s63, s20
	s_nop 0
	v_writelane_b32 v251, s9, 45
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 46
	s_cmp_lt_i32 s62, s20
	s_nop 0
	v_writelane_b32 v251, s9, 47
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 48
	s_cmp_lt_i32 s61, s20
	s_nop 0
	v_writelane_b32 v251, s9, 49
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 50
	s_cmp_lt_i32 s60, s20
	s_nop 0
	v_writelane_b32 v251, s9, 51
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 52
	s_cmp_lt_i32 s59, s20
	s_nop 0
	v_writelane_b32 v251, s9, 53
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 54
	s_cmp_lt_i32 s58, s20
	s_nop 0
	v_writelane_b32 v251, s9, 55
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 56
	s_cmp_lt_i32 s57, s20
	s_nop 0
	v_writelane_b32 v251, s9, 57
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 58
	s_cmp_lt_i32 s56, s20
	s_nop 0
	v_writelane_b32 v251, s9, 59
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 60
	s_cmp_lt_i32 s55, s20
	s_nop 0
	v_writelane_b32 v251, s9, 61
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v251, s8, 62
	s_cmp_lt_i32 s54, s20
	s_nop 0
	v_writelane_b32 v251, s9, 63
	s_cselect_b64 s[8:9], -1, 0
	v_writelane_b32 v252, s8, 0
	s_cmp_lt_i32 s50, s20
	s_nop 0
	v_writelane_b32 v252, s9, 1
	s_cselect_b64 s[8:9], -1, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_writelane_b32 v252, s8, 2
	.loc	1 94 26                         ; fused_moe.py:94:26
	s_ashr_i32 s17, s16, 31
	.loc	1 92 37                         ; fused_moe.py:92:37
	s_ashr_i32 s27, s26, 31
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_writelane_b32 v252, s9, 3
	s_lshl_b32 s8, s4, 7
	s_ashr_i32 s9, s8, 31
	.loc	1 94 26                         ; fused_moe.py:94:26
	s_lshl_b64 s[4:5], s[16:17], 2
	v_writelane_b32 v252, s6, 4
	.loc	1 91 56                         ; fused_moe.py:91:56
	s_ashr_i32 s47, s7, 31
	.loc	1 94 26                         ; fused_moe.py:94:26
	s_add_u32 s4, s14, s4
	s_addc_u32 s5, s15, s5
	.loc	1 94 18 is_stmt 0               ; fused_moe.py:94:18
	s_load_dword s4, s[4:5], 0x0
	v_writelane_b32 v252, s7, 5
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or_b32_e32 v2, s8, v242
	v_mov_b32_e32 v3, s9
	v_writelane_b32 v252, s26, 6
	.loc	1 95 8                          ; fused_moe.py:95:8
	s_waitcnt lgkmcnt(0)
	s_cmp_lg_u32 s4, -1
	v_accvgpr_write_b32 a0, v2
	v_accvgpr_write_b32 a1, v3
	v_writelane_b32 v252, s27, 7
	s_cbranch_scc0 .LBB0_331
; %bb.2:
	.loc	1 85 44                         ; fused_moe.py:85:44
	v_and_b32_e32 v32, 31, v0
	.loc	1 86 26                         ; fused_moe.py:86:26
	v_lshlrev_b32_e32 v2, 2, v32
	.loc	1 86 18 is_stmt 0               ; fused_moe.py:86:18
	global_load_dword v40, v2, s[12:13]
	global_load_dword v42, v2, s[12:13] offset:128
	.loc	1 90 38 is_stmt 1               ; fused_moe.py:90:38
	v_lshrrev_b32_e32 v2, 3, v0
	s_lshr_b32 s5, s49, 1
	v_and_b32_e32 v33, 4, v2
	v_or_b32_e32 v28, s5, v33
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_or_b64 s[12:13], s[8:9], s[26:27]
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v2, s8, v28
	v_mov_b32_e32 v3, s9
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s13, 0
	v_accvgpr_write_b32 a5, v3
	v_accvgpr_write_b32 a4, v2
	s_cselect_b64 s[14:15], -1, 0
                                        ; implicit-def: $vgpr2_vgpr3
	s_and_saveexec_b64 s[16:17], s[14:15]
	s_xor_b64 s[16:17], exec, s[16:17]
	s_cbranch_execz .LBB0_4
; %bb.3:
	s_ashr_i32 s14, s27, 31
	s_add_u32 s18, s26, s14
	s_mov_b32 s15, s14
	s_addc_u32 s19, s27, s14
	s_xor_b64 s[18:19], s[18:19], s[14:15]
	v_cvt_f32_u32_e32 v2, s18
	v_cvt_f32_u32_e32 v3, s19
	s_sub_u32 s5, 0, s18
	s_subb_u32 s12, 0, s19
	v_accvgpr_read_b32 v5, a5
	v_fmamk_f32 v2, v3, 0x4f800000, v2
	v_rcp_f32_e32 v2, v2
	v_accvgpr_read_b32 v4, a4
	v_mov_b32_e32 v7, 0
	v_mul_f32_e32 v2, 0x5f7ffffc, v2
	v_mul_f32_e32 v3, 0x2f800000, v2
	v_trunc_f32_e32 v3, v3
	v_fmamk_f32 v2, v3, 0xcf800000, v2
	v_cvt_u32_f32_e32 v3, v3
	v_cvt_u32_f32_e32 v2, v2
	v_readfirstlane_b32 s14, v3
	v_readfirstlane_b32 s15, v2
	s_mul_i32 s21, s5, s14
	s_mul_hi_u32 s23, s5, s15
	s_mul_i32 s22, s12, s15
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s5, s15
	s_mul_i32 s23, s15, s21
	s_mul_hi_u32 s25, s15, s24
	s_mul_hi_u32 s22, s15, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s14, s24
	s_mul_i32 s24, s14, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s14, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s14, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s15, s15, s21
	s_addc_u32 s14, s14, s22
	s_mul_i32 s21, s5, s15
	s_mul_i32 s24, s5, s14
	s_mul_hi_u32 s5, s5, s15
	s_add_i32 s5, s5, s24
	s_mul_i32 s12, s12, s15
	s_add_i32 s5, s5, s12
	s_mul_hi_u32 s22, s14, s21
	s_mul_i32 s23, s14, s21
	s_mul_i32 s24, s15, s5
	s_mul_hi_u32 s21, s15, s21
	s_mul_hi_u32 s12, s15, s5
	s_add_u32 s21, s21, s24
	s_addc_u32 s12, 0, s12
	s_add_u32 s21, s21, s23
	s_addc_u32 s12, s12, s22
	s_mul_hi_u32 s21, s14, s5
	s_addc_u32 s21, s21, 0
	s_mul_i32 s5, s14, s5
	s_add_u32 s5, s12, s5
	v_ashrrev_i32_e32 v2, 31, v5
	s_addc_u32 s12, 0, s21
	v_mov_b32_e32 v3, v2
	s_add_u32 s5, s15, s5
	v_lshl_add_u64 v[4:5], v[4:5], 0, v[2:3]
	s_addc_u32 s12, s14, s12
	v_xor_b32_e32 v8, v4, v2
	v_xor_b32_e32 v3, v5, v2
	v_mad_u64_u32 v[4:5], s[14:15], v8, s12, 0
	v_mul_hi_u32 v6, v8, s5
	v_lshl_add_u64 v[4:5], v[6:7], 0, v[4:5]
	v_mad_u64_u32 v[6:7], s[14:15], v3, s5, 0
	v_add_co_u32_e32 v4, vcc, v4, v6
	s_mov_b32 s5, 0
	s_nop 0
	v_addc_co_u32_e32 v4, vcc, v5, v7, vcc
	v_mad_u64_u32 v[6:7], s[14:15], v3, s12, 0
	s_nop 0
	v_addc_co_u32_e32 v7, vcc, 0, v7, vcc
	v_mov_b32_e32 v5, s5
	v_lshl_add_u64 v[4:5], v[4:5], 0, v[6:7]
	v_mul_lo_u32 v6, s19, v4
	v_mul_lo_u32 v7, s18, v5
	v_mad_u64_u32 v[4:5], s[14:15], s18, v4, 0
	v_add3_u32 v5, v5, v7, v6
	v_sub_u32_e32 v6, v3, v5
	v_mov_b32_e32 v7, s19
	v_sub_co_u32_e32 v4, vcc, v8, v4
	s_nop 1
	v_subb_co_u32_e64 v6, s[14:15], v6, v7, vcc
	v_subrev_co_u32_e64 v7, s[14:15], s18, v4
	v_subb_co_u32_e32 v3, vcc, v3, v5, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v6, s[14:15], 0, v6, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s19, v6
	v_cmp_le_u32_e32 vcc, s19, v3
	s_nop 0
	v_cndmask_b32_e64 v8, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s18, v7
	v_cndmask_b32_e64 v5, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s18, v4
	v_cndmask_b32_e64 v9, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s19, v6
	s_nop 1
	v_cndmask_b32_e64 v6, v8, v9, s[14:15]
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s19, v3
	v_subrev_co_u32_e64 v8, s[14:15], s18, v7
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
.LBB0_4:                                ; %Flow753
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_saveexec_b64 s[14:15], s[16:17]
	v_cvt_f32_u32_e32 v3, s26
	s_xor_b64 exec, exec, s[14:15]
	s_cbranch_execz .LBB0_6
; %bb.5:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v2, v3
	v_readlane_b32 s6, v252, 6
	s_sub_i32 s5, 0, s6
	v_readlane_b32 s7, v252, 7
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_cvt_u32_f32_e32 v2, v2
	v_accvgpr_read_b32 v5, a5
	v_mul_lo_u32 v4, s5, v2
	v_mul_hi_u32 v4, v2, v4
	v_add_u32_e32 v2, v2, v4
	v_accvgpr_read_b32 v4, a4
	v_mul_hi_u32 v2, v4, v2
	v_mul_lo_u32 v2, v2, s6
	v_sub_u32_e32 v2, v4, v2
	v_subrev_u32_e32 v4, s6, v2
	v_cmp_le_u32_e32 vcc, s6, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
	v_subrev_u32_e32 v4, s6, v2
	v_cmp_le_u32_e32 vcc, s6, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v4, vcc
.LBB0_6:                                ; %.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v4, v28, s8, 1
	v_mov_b32_e32 v5, s9
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s13, 0
	v_accvgpr_write_b32 a9, v5
	v_accvgpr_write_b32 a8, v4
	s_cselect_b64 s[14:15], -1, 0
                                        ; implicit-def: $vgpr4_vgpr5
	s_and_saveexec_b64 s[16:17], s[14:15]
	s_xor_b64 s[16:17], exec, s[16:17]
	s_cbranch_execz .LBB0_8
; %bb.7:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s14, s7, 31
	s_add_u32 s18, s6, s14
	s_mov_b32 s15, s14
	s_addc_u32 s19, s7, s14
	s_xor_b64 s[18:19], s[18:19], s[14:15]
	v_cvt_f32_u32_e32 v4, s18
	v_cvt_f32_u32_e32 v5, s19
	s_sub_u32 s5, 0, s18
	s_subb_u32 s12, 0, s19
	v_accvgpr_read_b32 v7, a9
	v_fmamk_f32 v4, v5, 0x4f800000, v4
	v_rcp_f32_e32 v4, v4
	v_accvgpr_read_b32 v6, a8
	v_mov_b32_e32 v9, 0
	v_mul_f32_e32 v4, 0x5f7ffffc, v4
	v_mul_f32_e32 v5, 0x2f800000, v4
	v_trunc_f32_e32 v5, v5
	v_fmamk_f32 v4, v5, 0xcf800000, v4
	v_cvt_u32_f32_e32 v5, v5
	v_cvt_u32_f32_e32 v4, v4
	v_readfirstlane_b32 s14, v5
	v_readfirstlane_b32 s15, v4
	s_mul_i32 s21, s5, s14
	s_mul_hi_u32 s23, s5, s15
	s_mul_i32 s22, s12, s15
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s5, s15
	s_mul_i32 s23, s15, s21
	s_mul_hi_u32 s25, s15, s24
	s_mul_hi_u32 s22, s15, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s14, s24
	s_mul_i32 s24, s14, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s14, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s14, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s15, s15, s21
	s_addc_u32 s14, s14, s22
	s_mul_i32 s21, s5, s15
	s_mul_i32 s24, s5, s14
	s_mul_hi_u32 s5, s5, s15
	s_add_i32 s5, s5, s24
	s_mul_i32 s12, s12, s15
	s_add_i32 s5, s5, s12
	s_mul_hi_u32 s22, s14, s21
	s_mul_i32 s23, s14, s21
	s_mul_i32 s24, s15, s5
	s_mul_hi_u32 s21, s15, s21
	s_mul_hi_u32 s12, s15, s5
	s_add_u32 s21, s21, s24
	s_addc_u32 s12, 0, s12
	s_add_u32 s21, s21, s23
	s_addc_u32 s12, s12, s22
	s_mul_hi_u32 s21, s14, s5
	s_addc_u32 s21, s21, 0
	s_mul_i32 s5, s14, s5
	s_add_u32 s5, s12, s5
	v_ashrrev_i32_e32 v4, 31, v7
	s_addc_u32 s12, 0, s21
	v_mov_b32_e32 v5, v4
	s_add_u32 s5, s15, s5
	v_lshl_add_u64 v[6:7], v[6:7], 0, v[4:5]
	s_addc_u32 s12, s14, s12
	v_xor_b32_e32 v10, v6, v4
	v_xor_b32_e32 v5, v7, v4
	v_mad_u64_u32 v[6:7], s[14:15], v10, s12, 0
	v_mul_hi_u32 v8, v10, s5
	v_lshl_add_u64 v[6:7], v[8:9], 0, v[6:7]
	v_mad_u64_u32 v[8:9], s[14:15], v5, s5, 0
	v_add_co_u32_e32 v6, vcc, v6, v8
	s_mov_b32 s5, 0
	s_nop 0
	v_addc_co_u32_e32 v6, vcc, v7, v9, vcc
	v_mad_u64_u32 v[8:9], s[14:15], v5, s12, 0
	s_nop 0
	v_addc_co_u32_e32 v9, vcc, 0, v9, vcc
	v_mov_b32_e32 v7, s5
	v_lshl_add_u64 v[6:7], v[6:7], 0, v[8:9]
	v_mul_lo_u32 v8, s19, v6
	v_mul_lo_u32 v9, s18, v7
	v_mad_u64_u32 v[6:7], s[14:15], s18, v6, 0
	v_add3_u32 v7, v7, v9, v8
	v_sub_u32_e32 v8, v5, v7
	v_mov_b32_e32 v9, s19
	v_sub_co_u32_e32 v6, vcc, v10, v6
	s_nop 1
	v_subb_co_u32_e64 v8, s[14:15], v8, v9, vcc
	v_subrev_co_u32_e64 v9, s[14:15], s18, v6
	v_subb_co_u32_e32 v5, vcc, v5, v7, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v8, s[14:15], 0, v8, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s19, v8
	v_cmp_le_u32_e32 vcc, s19, v5
	s_nop 0
	v_cndmask_b32_e64 v10, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s18, v9
	v_cndmask_b32_e64 v7, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s18, v6
	v_cndmask_b32_e64 v11, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s19, v8
	s_nop 1
	v_cndmask_b32_e64 v8, v10, v11, s[14:15]
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s19, v5
	v_subrev_co_u32_e64 v10, s[14:15], s18, v9
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
.LBB0_8:                                ; %Flow752
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_10
; %bb.9:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v4, v3
	v_readlane_b32 s6, v252, 6
	s_sub_i32 s5, 0, s6
	v_accvgpr_read_b32 v6, a8
	v_mul_f32_e32 v4, 0x4f7ffffe, v4
	v_cvt_u32_f32_e32 v4, v4
	v_readlane_b32 s7, v252, 7
	v_accvgpr_read_b32 v7, a9
	v_mul_lo_u32 v5, s5, v4
	v_mul_hi_u32 v5, v4, v5
	v_add_u32_e32 v4, v4, v5
	v_mul_hi_u32 v4, v6, v4
	v_mul_lo_u32 v4, v4, s6
	v_sub_u32_e32 v4, v6, v4
	v_subrev_u32_e32 v5, s6, v4
	v_cmp_le_u32_e32 vcc, s6, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v5, vcc
	v_subrev_u32_e32 v5, s6, v4
	v_cmp_le_u32_e32 vcc, s6, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v5, vcc
.LBB0_10:                               ; %.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v6, v28, s8, 2
	v_mov_b32_e32 v7, s9
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s13, 0
	v_accvgpr_write_b32 a11, v7
	v_accvgpr_write_b32 a10, v6
	s_cselect_b64 s[14:15], -1, 0
                                        ; implicit-def: $vgpr6_vgpr7
	s_and_saveexec_b64 s[16:17], s[14:15]
	s_xor_b64 s[16:17], exec, s[16:17]
	s_cbranch_execz .LBB0_12
; %bb.11:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s14, s7, 31
	s_add_u32 s18, s6, s14
	s_mov_b32 s15, s14
	s_addc_u32 s19, s7, s14
	s_xor_b64 s[18:19], s[18:19], s[14:15]
	v_cvt_f32_u32_e32 v5, s18
	v_cvt_f32_u32_e32 v6, s19
	s_sub_u32 s5, 0, s18
	s_subb_u32 s12, 0, s19
	v_accvgpr_read_b32 v9, a11
	v_fmamk_f32 v5, v6, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_accvgpr_read_b32 v8, a10
	v_mov_b32_e32 v11, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v6, 0x2f800000, v5
	v_trunc_f32_e32 v6, v6
	v_fmamk_f32 v5, v6, 0xcf800000, v5
	v_cvt_u32_f32_e32 v6, v6
	v_cvt_u32_f32_e32 v5, v5
	v_readfirstlane_b32 s14, v6
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s21, s5, s14
	s_mul_hi_u32 s23, s5, s15
	s_mul_i32 s22, s12, s15
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s5, s15
	s_mul_i32 s23, s15, s21
	s_mul_hi_u32 s25, s15, s24
	s_mul_hi_u32 s22, s15, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s14, s24
	s_mul_i32 s24, s14, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s14, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s14, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s15, s15, s21
	s_addc_u32 s14, s14, s22
	s_mul_i32 s21, s5, s15
	s_mul_i32 s24, s5, s14
	s_mul_hi_u32 s5, s5, s15
	s_add_i32 s5, s5, s24
	s_mul_i32 s12, s12, s15
	s_add_i32 s5, s5, s12
	s_mul_hi_u32 s22, s14, s21
	s_mul_i32 s23, s14, s21
	s_mul_i32 s24, s15, s5
	s_mul_hi_u32 s21, s15, s21
	s_mul_hi_u32 s12, s15, s5
	s_add_u32 s21, s21, s24
	s_addc_u32 s12, 0, s12
	s_add_u32 s21, s21, s23
	s_addc_u32 s12, s12, s22
	s_mul_hi_u32 s21, s14, s5
	s_addc_u32 s21, s21, 0
	s_mul_i32 s5, s14, s5
	s_add_u32 s5, s12, s5
	v_ashrrev_i32_e32 v6, 31, v9
	s_addc_u32 s12, 0, s21
	v_mov_b32_e32 v7, v6
	s_add_u32 s5, s15, s5
	v_lshl_add_u64 v[8:9], v[8:9], 0, v[6:7]
	s_addc_u32 s12, s14, s12
	v_xor_b32_e32 v7, v8, v6
	v_xor_b32_e32 v5, v9, v6
	v_mad_u64_u32 v[8:9], s[14:15], v7, s12, 0
	v_mul_hi_u32 v10, v7, s5
	v_lshl_add_u64 v[8:9], v[10:11], 0, v[8:9]
	v_mad_u64_u32 v[10:11], s[14:15], v5, s5, 0
	v_add_co_u32_e32 v8, vcc, v8, v10
	s_mov_b32 s5, 0
	s_nop 0
	v_addc_co_u32_e32 v8, vcc, v9, v11, vcc
	v_mad_u64_u32 v[10:11], s[14:15], v5, s12, 0
	s_nop 0
	v_addc_co_u32_e32 v11, vcc, 0, v11, vcc
	v_mov_b32_e32 v9, s5
	v_lshl_add_u64 v[8:9], v[8:9], 0, v[10:11]
	v_mul_lo_u32 v10, s19, v8
	v_mul_lo_u32 v11, s18, v9
	v_mad_u64_u32 v[8:9], s[14:15], s18, v8, 0
	v_add3_u32 v9, v9, v11, v10
	v_sub_u32_e32 v10, v5, v9
	v_mov_b32_e32 v11, s19
	v_sub_co_u32_e32 v7, vcc, v7, v8
	s_nop 1
	v_subb_co_u32_e64 v8, s[14:15], v10, v11, vcc
	v_subrev_co_u32_e64 v10, s[14:15], s18, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v8, s[14:15], 0, v8, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s19, v8
	v_cmp_le_u32_e32 vcc, s19, v5
	s_nop 0
	v_cndmask_b32_e64 v11, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s18, v10
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s18, v7
	v_cndmask_b32_e64 v12, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s19, v8
	s_nop 1
	v_cndmask_b32_e64 v8, v11, v12, s[14:15]
	v_cndmask_b32_e64 v12, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s19, v5
	v_subrev_co_u32_e64 v11, s[14:15], s18, v10
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
.LBB0_12:                               ; %Flow751
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_14
; %bb.13:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s6, v252, 6
	s_sub_i32 s5, 0, s6
	v_readlane_b32 s7, v252, 7
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_accvgpr_read_b32 v7, a11
	v_mul_lo_u32 v6, s5, v5
	v_mul_hi_u32 v6, v5, v6
	v_add_u32_e32 v5, v5, v6
	v_accvgpr_read_b32 v6, a10
	v_mul_hi_u32 v5, v6, v5
	v_mul_lo_u32 v5, v5, s6
	v_sub_u32_e32 v5, v6, v5
	v_subrev_u32_e32 v6, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v6, vcc
	v_subrev_u32_e32 v6, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v6, v5, v6, vcc
.LBB0_14:                               ; %.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v8, v28, s8, 3
	v_mov_b32_e32 v9, s9
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s13, 0
	v_accvgpr_write_b32 a13, v9
	v_accvgpr_write_b32 a12, v8
	s_cselect_b64 s[14:15], -1, 0
                                        ; implicit-def: $vgpr8_vgpr9
	s_and_saveexec_b64 s[16:17], s[14:15]
	s_xor_b64 s[16:17], exec, s[16:17]
	s_cbranch_execz .LBB0_16
; %bb.15:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s14, s7, 31
	s_add_u32 s18, s6, s14
	s_mov_b32 s15, s14
	s_addc_u32 s19, s7, s14
	s_xor_b64 s[18:19], s[18:19], s[14:15]
	v_cvt_f32_u32_e32 v5, s18
	v_cvt_f32_u32_e32 v7, s19
	s_sub_u32 s5, 0, s18
	s_subb_u32 s12, 0, s19
	v_accvgpr_read_b32 v11, a13
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_ashrrev_i32_e32 v8, 31, v11
	v_accvgpr_read_b32 v10, a12
	v_mov_b32_e32 v9, v8
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_lshl_add_u64 v[10:11], v[10:11], 0, v[8:9]
	v_mov_b32_e32 v13, 0
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s21, s5, s14
	s_mul_hi_u32 s23, s5, s15
	s_mul_i32 s22, s12, s15
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s5, s15
	s_mul_i32 s23, s15, s21
	s_mul_hi_u32 s25, s15, s24
	s_mul_hi_u32 s22, s15, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s14, s24
	s_mul_i32 s24, s14, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s14, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s14, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s15, s15, s21
	s_addc_u32 s14, s14, s22
	s_mul_i32 s21, s5, s15
	s_mul_i32 s24, s5, s14
	s_mul_hi_u32 s5, s5, s15
	s_add_i32 s5, s5, s24
	s_mul_i32 s12, s12, s15
	s_add_i32 s5, s5, s12
	s_mul_hi_u32 s22, s14, s21
	s_mul_i32 s23, s14, s21
	s_mul_i32 s24, s15, s5
	s_mul_hi_u32 s21, s15, s21
	s_mul_hi_u32 s12, s15, s5
	s_add_u32 s21, s21, s24
	s_addc_u32 s12, 0, s12
	s_add_u32 s21, s21, s23
	s_addc_u32 s12, s12, s22
	s_mul_hi_u32 s21, s14, s5
	s_addc_u32 s21, s21, 0
	s_mul_i32 s5, s14, s5
	s_add_u32 s5, s12, s5
	s_addc_u32 s12, 0, s21
	s_add_u32 s5, s15, s5
	s_addc_u32 s12, s14, s12
	v_xor_b32_e32 v7, v10, v8
	v_xor_b32_e32 v5, v11, v8
	v_mad_u64_u32 v[10:11], s[14:15], v7, s12, 0
	v_mul_hi_u32 v12, v7, s5
	v_lshl_add_u64 v[10:11], v[12:13], 0, v[10:11]
	v_mad_u64_u32 v[12:13], s[14:15], v5, s5, 0
	v_add_co_u32_e32 v9, vcc, v10, v12
	s_mov_b32 s5, 0
	s_nop 0
	v_addc_co_u32_e32 v10, vcc, v11, v13, vcc
	v_mad_u64_u32 v[12:13], s[14:15], v5, s12, 0
	s_nop 0
	v_addc_co_u32_e32 v13, vcc, 0, v13, vcc
	v_mov_b32_e32 v11, s5
	v_lshl_add_u64 v[10:11], v[10:11], 0, v[12:13]
	v_mul_lo_u32 v9, s19, v10
	v_mul_lo_u32 v12, s18, v11
	v_mad_u64_u32 v[10:11], s[14:15], s18, v10, 0
	v_add3_u32 v9, v11, v12, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v12, s19
	v_sub_co_u32_e32 v7, vcc, v7, v10
	s_nop 1
	v_subb_co_u32_e64 v10, s[14:15], v11, v12, vcc
	v_subrev_co_u32_e64 v11, s[14:15], s18, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v10, s[14:15], 0, v10, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s19, v10
	v_cmp_le_u32_e32 vcc, s19, v5
	s_nop 0
	v_cndmask_b32_e64 v12, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s18, v11
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s18, v7
	v_cndmask_b32_e64 v13, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s19, v10
	s_nop 1
	v_cndmask_b32_e64 v10, v12, v13, s[14:15]
	v_cndmask_b32_e64 v13, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s19, v5
	v_subrev_co_u32_e64 v12, s[14:15], s18, v11
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
.LBB0_16:                               ; %Flow750
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_18
; %bb.17:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s6, v252, 6
	s_sub_i32 s5, 0, s6
	v_accvgpr_read_b32 v8, a12
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_readlane_b32 s7, v252, 7
	v_accvgpr_read_b32 v9, a13
	v_mul_lo_u32 v7, s5, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v8, v5
	v_mul_lo_u32 v5, v5, s6
	v_sub_u32_e32 v5, v8, v5
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v8, v5, v7, vcc
.LBB0_18:                               ; %.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v10, v28, s8, 8
	v_mov_b32_e32 v11, s9
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s13, 0
	v_accvgpr_write_b32 a15, v11
	v_accvgpr_write_b32 a14, v10
	s_cselect_b64 s[14:15], -1, 0
                                        ; implicit-def: $vgpr10_vgpr11
	s_and_saveexec_b64 s[16:17], s[14:15]
	s_xor_b64 s[16:17], exec, s[16:17]
	s_cbranch_execz .LBB0_20
; %bb.19:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s14, s7, 31
	s_add_u32 s18, s6, s14
	s_mov_b32 s15, s14
	s_addc_u32 s19, s7, s14
	s_xor_b64 s[18:19], s[18:19], s[14:15]
	v_cvt_f32_u32_e32 v5, s18
	v_cvt_f32_u32_e32 v7, s19
	s_sub_u32 s5, 0, s18
	s_subb_u32 s12, 0, s19
	v_accvgpr_read_b32 v13, a15
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_ashrrev_i32_e32 v10, 31, v13
	v_accvgpr_read_b32 v12, a14
	v_mov_b32_e32 v11, v10
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_lshl_add_u64 v[12:13], v[12:13], 0, v[10:11]
	v_mov_b32_e32 v15, 0
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s21, s5, s14
	s_mul_hi_u32 s23, s5, s15
	s_mul_i32 s22, s12, s15
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s5, s15
	s_mul_i32 s23, s15, s21
	s_mul_hi_u32 s25, s15, s24
	s_mul_hi_u32 s22, s15, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s14, s24
	s_mul_i32 s24, s14, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s14, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s14, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s15, s15, s21
	s_addc_u32 s14, s14, s22
	s_mul_i32 s21, s5, s15
	s_mul_i32 s24, s5, s14
	s_mul_hi_u32 s5, s5, s15
	s_add_i32 s5, s5, s24
	s_mul_i32 s12, s12, s15
	s_add_i32 s5, s5, s12
	s_mul_hi_u32 s22, s14, s21
	s_mul_i32 s23, s14, s21
	s_mul_i32 s24, s15, s5
	s_mul_hi_u32 s21, s15, s21
	s_mul_hi_u32 s12, s15, s5
	s_add_u32 s21, s21, s24
	s_addc_u32 s12, 0, s12
	s_add_u32 s21, s21, s23
	s_addc_u32 s12, s12, s22
	s_mul_hi_u32 s21, s14, s5
	s_addc_u32 s21, s21, 0
	s_mul_i32 s5, s14, s5
	s_add_u32 s5, s12, s5
	s_addc_u32 s12, 0, s21
	s_add_u32 s5, s15, s5
	s_addc_u32 s12, s14, s12
	v_xor_b32_e32 v7, v12, v10
	v_xor_b32_e32 v5, v13, v10
	v_mad_u64_u32 v[12:13], s[14:15], v7, s12, 0
	v_mul_hi_u32 v14, v7, s5
	v_lshl_add_u64 v[12:13], v[14:15], 0, v[12:13]
	v_mad_u64_u32 v[14:15], s[14:15], v5, s5, 0
	v_add_co_u32_e32 v9, vcc, v12, v14
	s_mov_b32 s5, 0
	s_nop 0
	v_addc_co_u32_e32 v12, vcc, v13, v15, vcc
	v_mad_u64_u32 v[14:15], s[14:15], v5, s12, 0
	s_nop 0
	v_addc_co_u32_e32 v15, vcc, 0, v15, vcc
	v_mov_b32_e32 v13, s5
	v_lshl_add_u64 v[12:13], v[12:13], 0, v[14:15]
	v_mul_lo_u32 v9, s19, v12
	v_mul_lo_u32 v11, s18, v13
	v_mad_u64_u32 v[12:13], s[14:15], s18, v12, 0
	v_add3_u32 v9, v13, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v13, s19
	v_sub_co_u32_e32 v7, vcc, v7, v12
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v12, s[14:15], s18, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s19, v11
	v_cmp_le_u32_e32 vcc, s19, v5
	s_nop 0
	v_cndmask_b32_e64 v13, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s18, v12
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s18, v7
	v_cndmask_b32_e64 v14, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s19, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v13, v14, s[14:15]
	v_cndmask_b32_e64 v14, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s19, v5
	v_subrev_co_u32_e64 v13, s[14:15], s18, v12
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
.LBB0_20:                               ; %Flow749
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_22
; %bb.21:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s6, v252, 6
	s_sub_i32 s5, 0, s6
	v_accvgpr_read_b32 v10, a14
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_readlane_b32 s7, v252, 7
	v_accvgpr_read_b32 v11, a15
	v_mul_lo_u32 v7, s5, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v10, v5
	v_mul_lo_u32 v5, v5, s6
	v_sub_u32_e32 v5, v10, v5
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v10, v5, v7, vcc
.LBB0_22:                               ; %.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v12, v28, s8, 9
	v_mov_b32_e32 v13, s9
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s13, 0
	v_accvgpr_write_b32 a17, v13
	v_accvgpr_write_b32 a16, v12
	s_cselect_b64 s[14:15], -1, 0
                                        ; implicit-def: $vgpr12_vgpr13
	s_and_saveexec_b64 s[16:17], s[14:15]
	s_xor_b64 s[16:17], exec, s[16:17]
	s_cbranch_execz .LBB0_24
; %bb.23:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s14, s7, 31
	s_add_u32 s18, s6, s14
	s_mov_b32 s15, s14
	s_addc_u32 s19, s7, s14
	s_xor_b64 s[18:19], s[18:19], s[14:15]
	v_cvt_f32_u32_e32 v5, s18
	v_cvt_f32_u32_e32 v7, s19
	s_sub_u32 s5, 0, s18
	s_subb_u32 s12, 0, s19
	v_accvgpr_read_b32 v15, a17
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_ashrrev_i32_e32 v12, 31, v15
	v_accvgpr_read_b32 v14, a16
	v_mov_b32_e32 v13, v12
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_lshl_add_u64 v[14:15], v[14:15], 0, v[12:13]
	v_mov_b32_e32 v17, 0
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s21, s5, s14
	s_mul_hi_u32 s23, s5, s15
	s_mul_i32 s22, s12, s15
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s5, s15
	s_mul_i32 s23, s15, s21
	s_mul_hi_u32 s25, s15, s24
	s_mul_hi_u32 s22, s15, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s14, s24
	s_mul_i32 s24, s14, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s14, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s14, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s15, s15, s21
	s_addc_u32 s14, s14, s22
	s_mul_i32 s21, s5, s15
	s_mul_i32 s24, s5, s14
	s_mul_hi_u32 s5, s5, s15
	s_add_i32 s5, s5, s24
	s_mul_i32 s12, s12, s15
	s_add_i32 s5, s5, s12
	s_mul_hi_u32 s22, s14, s21
	s_mul_i32 s23, s14, s21
	s_mul_i32 s24, s15, s5
	s_mul_hi_u32 s21, s15, s21
	s_mul_hi_u32 s12, s15, s5
	s_add_u32 s21, s21, s24
	s_addc_u32 s12, 0, s12
	s_add_u32 s21, s21, s23
	s_addc_u32 s12, s12, s22
	s_mul_hi_u32 s21, s14, s5
	s_addc_u32 s21, s21, 0
	s_mul_i32 s5, s14, s5
	s_add_u32 s5, s12, s5
	s_addc_u32 s12, 0, s21
	s_add_u32 s5, s15, s5
	s_addc_u32 s12, s14, s12
	v_xor_b32_e32 v7, v14, v12
	v_xor_b32_e32 v5, v15, v12
	v_mad_u64_u32 v[14:15], s[14:15], v7, s12, 0
	v_mul_hi_u32 v16, v7, s5
	v_lshl_add_u64 v[14:15], v[16:17], 0, v[14:15]
	v_mad_u64_u32 v[16:17], s[14:15], v5, s5, 0
	v_add_co_u32_e32 v9, vcc, v14, v16
	s_mov_b32 s5, 0
	s_nop 0
	v_addc_co_u32_e32 v14, vcc, v15, v17, vcc
	v_mad_u64_u32 v[16:17], s[14:15], v5, s12, 0
	s_nop 0
	v_addc_co_u32_e32 v17, vcc, 0, v17, vcc
	v_mov_b32_e32 v15, s5
	v_lshl_add_u64 v[14:15], v[14:15], 0, v[16:17]
	v_mul_lo_u32 v9, s19, v14
	v_mul_lo_u32 v11, s18, v15
	v_mad_u64_u32 v[14:15], s[14:15], s18, v14, 0
	v_add3_u32 v9, v15, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v13, s19
	v_sub_co_u32_e32 v7, vcc, v7, v14
	s_nop 1
	v_subb_co_u32_e64 v11, s[14:15], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[14:15], s18, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[14:15], 0, v11, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s19, v11
	v_cmp_le_u32_e32 vcc, s19, v5
	s_nop 0
	v_cndmask_b32_e64 v14, 0, -1, s[14:15]
	v_cmp_le_u32_e64 s[14:15], s18, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s18, v7
	v_cndmask_b32_e64 v15, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s19, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v14, v15, s[14:15]
	v_cndmask_b32_e64 v15, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s19, v5
	v_subrev_co_u32_e64 v14, s[14:15], s18, v13
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
.LBB0_24:                               ; %Flow748
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_26
; %bb.25:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s6, v252, 6
	s_sub_i32 s5, 0, s6
	v_accvgpr_read_b32 v12, a16
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_readlane_b32 s7, v252, 7
	v_accvgpr_read_b32 v13, a17
	v_mul_lo_u32 v7, s5, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v12, v5
	v_mul_lo_u32 v5, v5, s6
	v_sub_u32_e32 v5, v12, v5
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v5, v7, vcc
.LBB0_26:                               ; %.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v14, v28, s8, 10
	v_mov_b32_e32 v15, s9
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s13, 0
	v_accvgpr_write_b32 a19, v15
	v_accvgpr_write_b32 a18, v14
	s_cselect_b64 s[14:15], -1, 0
                                        ; implicit-def: $vgpr14_vgpr15
	s_and_saveexec_b64 s[16:17], s[14:15]
	s_xor_b64 s[16:17], exec, s[16:17]
	s_cbranch_execz .LBB0_28
; %bb.27:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s14, s7, 31
	s_add_u32 s18, s6, s14
	s_mov_b32 s15, s14
	s_addc_u32 s19, s7, s14
	s_xor_b64 s[18:19], s[18:19], s[14:15]
	v_cvt_f32_u32_e32 v5, s18
	v_cvt_f32_u32_e32 v7, s19
	s_sub_u32 s5, 0, s18
	s_subb_u32 s12, 0, s19
	v_accvgpr_read_b32 v17, a19
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_ashrrev_i32_e32 v14, 31, v17
	v_accvgpr_read_b32 v16, a18
	v_mov_b32_e32 v15, v14
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_lshl_add_u64 v[16:17], v[16:17], 0, v[14:15]
	v_mov_b32_e32 v19, 0
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s21, s5, s14
	s_mul_hi_u32 s23, s5, s15
	s_mul_i32 s22, s12, s15
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s5, s15
	s_mul_i32 s23, s15, s21
	s_mul_hi_u32 s25, s15, s24
	s_mul_hi_u32 s22, s15, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s14, s24
	s_mul_i32 s24, s14, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s14, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s14, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s15, s15, s21
	s_addc_u32 s14, s14, s22
	s_mul_i32 s21, s5, s15
	s_mul_i32 s24, s5, s14
	s_mul_hi_u32 s5, s5, s15
	s_add_i32 s5, s5, s24
	s_mul_i32 s12, s12, s15
	s_add_i32 s5, s5, s12
	s_mul_hi_u32 s22, s14, s21
	s_mul_i32 s23, s14, s21
	s_mul_i32 s24, s15, s5
	s_mul_hi_u32 s21, s15, s21
	s_mul_hi_u32 s12, s15, s5
	s_add_u32 s21, s21, s24
	s_addc_u32 s12, 0, s12
	s_add_u32 s21, s21, s23
	s_addc_u32 s12, s12, s22
	s_mul_hi_u32 s21, s14, s5
	s_addc_u32 s21, s21, 0
	s_mul_i32 s5, s14, s5
	s_add_u32 s5, s12, s5
	s_addc_u32 s12, 0, s21
	s_add_u32 s5, s15, s5
	s_addc_u32 s12, s14, s12
	v_xor_b32_e32 v7, v16, v14
	v_xor_b32_e32 v5, v17, v14
	v_mad_u64_u32 v[16:17], s[14:15], v7, s12, 0
	v_mul_hi_u32 v18, v7, s5
	v_lshl_add_u64 v[16:17], v[18:19], 0, v[16:17]
	v_mad_u64_u32 v[18:19], s[14:15], v5, s5, 0
	v_add_co_u32_e32 v9, vcc, v16, v18
	s_mov_b32 s5, 0
	s_nop 0
	v_addc_co_u32_e32 v16, vcc, v17, v19, vcc
	v_mad_u64_u32 v[18:19], s[14:15], v5, s12, 0
	s_nop 0
	v_addc_co_u32_e32 v19, vcc, 0, v19, vcc
	v_mov_b32_e32 v17, s5
	v_lshl_add_u64 v[16:17], v[16:17], 0, v[18:19]
	v_mul_lo_u32 v9, s19, v16
	v_mul_lo_u32 v11, s18, v17
	v_mad_u64_u32 v[16:17], s[14:15], s18, v16, 0
	v_add3_u32 v9, v17, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v13, s19
	v_sub_co_u32_e32 v7, vcc, v7, v16
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
	v_cndmask_b32_e64 v16, 0, -1, s[14:15]
	v_cmp_eq_u32_e64 s[14:15], s19, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v16, s[14:15]
	v_cndmask_b32_e64 v16, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s19, v5
	v_subrev_co_u32_e64 v15, s[14:15], s18, v13
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
.LBB0_28:                               ; %Flow747
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_30
; %bb.29:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s6, v252, 6
	s_sub_i32 s5, 0, s6
	v_accvgpr_read_b32 v14, a18
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_readlane_b32 s7, v252, 7
	v_accvgpr_read_b32 v15, a19
	v_mul_lo_u32 v7, s5, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v14, v5
	v_mul_lo_u32 v5, v5, s6
	v_sub_u32_e32 v5, v14, v5
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v14, v5, v7, vcc
.LBB0_30:                               ; %.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v16, v28, s8, 11
	v_mov_b32_e32 v17, s9
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s13, 0
	v_accvgpr_write_b32 a21, v17
	v_accvgpr_write_b32 a20, v16
	s_cselect_b64 s[14:15], -1, 0
                                        ; implicit-def: $vgpr16_vgpr17
	s_and_saveexec_b64 s[16:17], s[14:15]
	s_xor_b64 s[16:17], exec, s[16:17]
	s_cbranch_execz .LBB0_32
; %bb.31:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s14, s7, 31
	s_add_u32 s18, s6, s14
	s_mov_b32 s15, s14
	s_addc_u32 s19, s7, s14
	s_xor_b64 s[18:19], s[18:19], s[14:15]
	v_cvt_f32_u32_e32 v5, s18
	v_cvt_f32_u32_e32 v7, s19
	s_sub_u32 s5, 0, s18
	s_subb_u32 s12, 0, s19
	v_accvgpr_read_b32 v19, a21
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_ashrrev_i32_e32 v16, 31, v19
	v_accvgpr_read_b32 v18, a20
	v_mov_b32_e32 v17, v16
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_lshl_add_u64 v[18:19], v[18:19], 0, v[16:17]
	v_mov_b32_e32 v21, 0
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s21, s5, s14
	s_mul_hi_u32 s23, s5, s15
	s_mul_i32 s22, s12, s15
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s5, s15
	s_mul_i32 s23, s15, s21
	s_mul_hi_u32 s25, s15, s24
	s_mul_hi_u32 s22, s15, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s14, s24
	s_mul_i32 s24, s14, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s14, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s14, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s15, s15, s21
	s_addc_u32 s14, s14, s22
	s_mul_i32 s21, s5, s15
	s_mul_i32 s24, s5, s14
	s_mul_hi_u32 s5, s5, s15
	s_add_i32 s5, s5, s24
	s_mul_i32 s12, s12, s15
	s_add_i32 s5, s5, s12
	s_mul_hi_u32 s22, s14, s21
	s_mul_i32 s23, s14, s21
	s_mul_i32 s24, s15, s5
	s_mul_hi_u32 s21, s15, s21
	s_mul_hi_u32 s12, s15, s5
	s_add_u32 s21, s21, s24
	s_addc_u32 s12, 0, s12
	s_add_u32 s21, s21, s23
	s_addc_u32 s12, s12, s22
	s_mul_hi_u32 s21, s14, s5
	s_addc_u32 s21, s21, 0
	s_mul_i32 s5, s14, s5
	s_add_u32 s5, s12, s5
	s_addc_u32 s12, 0, s21
	s_add_u32 s5, s15, s5
	s_addc_u32 s12, s14, s12
	v_xor_b32_e32 v7, v18, v16
	v_xor_b32_e32 v5, v19, v16
	v_mad_u64_u32 v[18:19], s[14:15], v7, s12, 0
	v_mul_hi_u32 v20, v7, s5
	v_lshl_add_u64 v[18:19], v[20:21], 0, v[18:19]
	v_mad_u64_u32 v[20:21], s[14:15], v5, s5, 0
	v_add_co_u32_e32 v9, vcc, v18, v20
	s_mov_b32 s5, 0
	s_nop 0
	v_addc_co_u32_e32 v18, vcc, v19, v21, vcc
	v_mad_u64_u32 v[20:21], s[14:15], v5, s12, 0
	s_nop 0
	v_addc_co_u32_e32 v21, vcc, 0, v21, vcc
	v_mov_b32_e32 v19, s5
	v_lshl_add_u64 v[18:19], v[18:19], 0, v[20:21]
	v_mul_lo_u32 v9, s19, v18
	v_mul_lo_u32 v11, s18, v19
	v_mad_u64_u32 v[18:19], s[14:15], s18, v18, 0
	v_add3_u32 v9, v19, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v13, s19
	v_sub_co_u32_e32 v7, vcc, v7, v18
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
	v_xor_b32_e32 v5, v5, v16
	v_sub_co_u32_e32 v16, vcc, v5, v16
.LBB0_32:                               ; %Flow746
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_34
; %bb.33:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s6, v252, 6
	s_sub_i32 s5, 0, s6
	v_accvgpr_read_b32 v16, a20
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_readlane_b32 s7, v252, 7
	v_accvgpr_read_b32 v17, a21
	v_mul_lo_u32 v7, s5, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v16, v5
	v_mul_lo_u32 v5, v5, s6
	v_sub_u32_e32 v5, v16, v5
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v16, v5, v7, vcc
.LBB0_34:                               ; %.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v18, v28, s8, 16
	v_mov_b32_e32 v19, s9
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s13, 0
	v_accvgpr_write_b32 a23, v19
	v_accvgpr_write_b32 a22, v18
	s_cselect_b64 s[14:15], -1, 0
                                        ; implicit-def: $vgpr18_vgpr19
	s_and_saveexec_b64 s[16:17], s[14:15]
	s_xor_b64 s[16:17], exec, s[16:17]
	s_cbranch_execz .LBB0_36
; %bb.35:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s14, s7, 31
	s_add_u32 s18, s6, s14
	s_mov_b32 s15, s14
	s_addc_u32 s19, s7, s14
	s_xor_b64 s[18:19], s[18:19], s[14:15]
	v_cvt_f32_u32_e32 v5, s18
	v_cvt_f32_u32_e32 v7, s19
	s_sub_u32 s5, 0, s18
	s_subb_u32 s12, 0, s19
	v_accvgpr_read_b32 v21, a23
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_ashrrev_i32_e32 v18, 31, v21
	v_accvgpr_read_b32 v20, a22
	v_mov_b32_e32 v19, v18
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_lshl_add_u64 v[20:21], v[20:21], 0, v[18:19]
	v_mov_b32_e32 v23, 0
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s21, s5, s14
	s_mul_hi_u32 s23, s5, s15
	s_mul_i32 s22, s12, s15
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s5, s15
	s_mul_i32 s23, s15, s21
	s_mul_hi_u32 s25, s15, s24
	s_mul_hi_u32 s22, s15, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s14, s24
	s_mul_i32 s24, s14, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s14, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s14, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s15, s15, s21
	s_addc_u32 s14, s14, s22
	s_mul_i32 s21, s5, s15
	s_mul_i32 s24, s5, s14
	s_mul_hi_u32 s5, s5, s15
	s_add_i32 s5, s5, s24
	s_mul_i32 s12, s12, s15
	s_add_i32 s5, s5, s12
	s_mul_hi_u32 s22, s14, s21
	s_mul_i32 s23, s14, s21
	s_mul_i32 s24, s15, s5
	s_mul_hi_u32 s21, s15, s21
	s_mul_hi_u32 s12, s15, s5
	s_add_u32 s21, s21, s24
	s_addc_u32 s12, 0, s12
	s_add_u32 s21, s21, s23
	s_addc_u32 s12, s12, s22
	s_mul_hi_u32 s21, s14, s5
	s_addc_u32 s21, s21, 0
	s_mul_i32 s5, s14, s5
	s_add_u32 s5, s12, s5
	s_addc_u32 s12, 0, s21
	s_add_u32 s5, s15, s5
	s_addc_u32 s12, s14, s12
	v_xor_b32_e32 v7, v20, v18
	v_xor_b32_e32 v5, v21, v18
	v_mad_u64_u32 v[20:21], s[14:15], v7, s12, 0
	v_mul_hi_u32 v22, v7, s5
	v_lshl_add_u64 v[20:21], v[22:23], 0, v[20:21]
	v_mad_u64_u32 v[22:23], s[14:15], v5, s5, 0
	v_add_co_u32_e32 v9, vcc, v20, v22
	s_mov_b32 s5, 0
	s_nop 0
	v_addc_co_u32_e32 v20, vcc, v21, v23, vcc
	v_mad_u64_u32 v[22:23], s[14:15], v5, s12, 0
	s_nop 0
	v_addc_co_u32_e32 v23, vcc, 0, v23, vcc
	v_mov_b32_e32 v21, s5
	v_lshl_add_u64 v[20:21], v[20:21], 0, v[22:23]
	v_mul_lo_u32 v9, s19, v20
	v_mul_lo_u32 v11, s18, v21
	v_mad_u64_u32 v[20:21], s[14:15], s18, v20, 0
	v_add3_u32 v9, v21, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v13, s19
	v_sub_co_u32_e32 v7, vcc, v7, v20
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
	v_xor_b32_e32 v5, v5, v18
	v_sub_co_u32_e32 v18, vcc, v5, v18
.LBB0_36:                               ; %Flow745
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_38
; %bb.37:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s6, v252, 6
	s_sub_i32 s5, 0, s6
	v_accvgpr_read_b32 v18, a22
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_readlane_b32 s7, v252, 7
	v_accvgpr_read_b32 v19, a23
	v_mul_lo_u32 v7, s5, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v18, v5
	v_mul_lo_u32 v5, v5, s6
	v_sub_u32_e32 v5, v18, v5
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v18, v5, v7, vcc
.LBB0_38:                               ; %.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v20, v28, s8, 17
	v_mov_b32_e32 v21, s9
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s13, 0
	v_accvgpr_write_b32 a25, v21
	v_accvgpr_write_b32 a24, v20
	s_cselect_b64 s[14:15], -1, 0
                                        ; implicit-def: $vgpr20_vgpr21
	s_and_saveexec_b64 s[16:17], s[14:15]
	s_xor_b64 s[16:17], exec, s[16:17]
	s_cbranch_execz .LBB0_40
; %bb.39:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s14, s7, 31
	s_add_u32 s18, s6, s14
	s_mov_b32 s15, s14
	s_addc_u32 s19, s7, s14
	s_xor_b64 s[18:19], s[18:19], s[14:15]
	v_cvt_f32_u32_e32 v5, s18
	v_cvt_f32_u32_e32 v7, s19
	s_sub_u32 s5, 0, s18
	s_subb_u32 s12, 0, s19
	v_accvgpr_read_b32 v23, a25
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_ashrrev_i32_e32 v20, 31, v23
	v_accvgpr_read_b32 v22, a24
	v_mov_b32_e32 v21, v20
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_lshl_add_u64 v[22:23], v[22:23], 0, v[20:21]
	v_mov_b32_e32 v25, 0
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s21, s5, s14
	s_mul_hi_u32 s23, s5, s15
	s_mul_i32 s22, s12, s15
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s5, s15
	s_mul_i32 s23, s15, s21
	s_mul_hi_u32 s25, s15, s24
	s_mul_hi_u32 s22, s15, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s14, s24
	s_mul_i32 s24, s14, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s14, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s14, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s15, s15, s21
	s_addc_u32 s14, s14, s22
	s_mul_i32 s21, s5, s15
	s_mul_i32 s24, s5, s14
	s_mul_hi_u32 s5, s5, s15
	s_add_i32 s5, s5, s24
	s_mul_i32 s12, s12, s15
	s_add_i32 s5, s5, s12
	s_mul_hi_u32 s22, s14, s21
	s_mul_i32 s23, s14, s21
	s_mul_i32 s24, s15, s5
	s_mul_hi_u32 s21, s15, s21
	s_mul_hi_u32 s12, s15, s5
	s_add_u32 s21, s21, s24
	s_addc_u32 s12, 0, s12
	s_add_u32 s21, s21, s23
	s_addc_u32 s12, s12, s22
	s_mul_hi_u32 s21, s14, s5
	s_addc_u32 s21, s21, 0
	s_mul_i32 s5, s14, s5
	s_add_u32 s5, s12, s5
	s_addc_u32 s12, 0, s21
	s_add_u32 s5, s15, s5
	s_addc_u32 s12, s14, s12
	v_xor_b32_e32 v7, v22, v20
	v_xor_b32_e32 v5, v23, v20
	v_mad_u64_u32 v[22:23], s[14:15], v7, s12, 0
	v_mul_hi_u32 v24, v7, s5
	v_lshl_add_u64 v[22:23], v[24:25], 0, v[22:23]
	v_mad_u64_u32 v[24:25], s[14:15], v5, s5, 0
	v_add_co_u32_e32 v9, vcc, v22, v24
	s_mov_b32 s5, 0
	s_nop 0
	v_addc_co_u32_e32 v22, vcc, v23, v25, vcc
	v_mad_u64_u32 v[24:25], s[14:15], v5, s12, 0
	s_nop 0
	v_addc_co_u32_e32 v25, vcc, 0, v25, vcc
	v_mov_b32_e32 v23, s5
	v_lshl_add_u64 v[22:23], v[22:23], 0, v[24:25]
	v_mul_lo_u32 v9, s19, v22
	v_mul_lo_u32 v11, s18, v23
	v_mad_u64_u32 v[22:23], s[14:15], s18, v22, 0
	v_add3_u32 v9, v23, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v13, s19
	v_sub_co_u32_e32 v7, vcc, v7, v22
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
	v_xor_b32_e32 v5, v5, v20
	v_sub_co_u32_e32 v20, vcc, v5, v20
.LBB0_40:                               ; %Flow744
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_42
; %bb.41:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s6, v252, 6
	s_sub_i32 s5, 0, s6
	v_accvgpr_read_b32 v20, a24
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_readlane_b32 s7, v252, 7
	v_accvgpr_read_b32 v21, a25
	v_mul_lo_u32 v7, s5, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v20, v5
	v_mul_lo_u32 v5, v5, s6
	v_sub_u32_e32 v5, v20, v5
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v20, v5, v7, vcc
.LBB0_42:                               ; %.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v22, v28, s8, 18
	v_mov_b32_e32 v23, s9
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s13, 0
	v_accvgpr_write_b32 a27, v23
	v_accvgpr_write_b32 a26, v22
	s_cselect_b64 s[14:15], -1, 0
                                        ; implicit-def: $vgpr22_vgpr23
	s_and_saveexec_b64 s[16:17], s[14:15]
	s_xor_b64 s[16:17], exec, s[16:17]
	s_cbranch_execz .LBB0_44
; %bb.43:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s14, s7, 31
	s_add_u32 s18, s6, s14
	s_mov_b32 s15, s14
	s_addc_u32 s19, s7, s14
	s_xor_b64 s[18:19], s[18:19], s[14:15]
	v_cvt_f32_u32_e32 v5, s18
	v_cvt_f32_u32_e32 v7, s19
	s_sub_u32 s5, 0, s18
	s_subb_u32 s12, 0, s19
	v_accvgpr_read_b32 v25, a27
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_ashrrev_i32_e32 v22, 31, v25
	v_accvgpr_read_b32 v24, a26
	v_mov_b32_e32 v23, v22
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[22:23]
	v_mov_b32_e32 v27, 0
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s21, s5, s14
	s_mul_hi_u32 s23, s5, s15
	s_mul_i32 s22, s12, s15
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s5, s15
	s_mul_i32 s23, s15, s21
	s_mul_hi_u32 s25, s15, s24
	s_mul_hi_u32 s22, s15, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s14, s24
	s_mul_i32 s24, s14, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s14, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s14, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s15, s15, s21
	s_addc_u32 s14, s14, s22
	s_mul_i32 s21, s5, s15
	s_mul_i32 s24, s5, s14
	s_mul_hi_u32 s5, s5, s15
	s_add_i32 s5, s5, s24
	s_mul_i32 s12, s12, s15
	s_add_i32 s5, s5, s12
	s_mul_hi_u32 s22, s14, s21
	s_mul_i32 s23, s14, s21
	s_mul_i32 s24, s15, s5
	s_mul_hi_u32 s21, s15, s21
	s_mul_hi_u32 s12, s15, s5
	s_add_u32 s21, s21, s24
	s_addc_u32 s12, 0, s12
	s_add_u32 s21, s21, s23
	s_addc_u32 s12, s12, s22
	s_mul_hi_u32 s21, s14, s5
	s_addc_u32 s21, s21, 0
	s_mul_i32 s5, s14, s5
	s_add_u32 s5, s12, s5
	s_addc_u32 s12, 0, s21
	s_add_u32 s5, s15, s5
	s_addc_u32 s12, s14, s12
	v_xor_b32_e32 v7, v24, v22
	v_xor_b32_e32 v5, v25, v22
	v_mad_u64_u32 v[24:25], s[14:15], v7, s12, 0
	v_mul_hi_u32 v26, v7, s5
	v_lshl_add_u64 v[24:25], v[26:27], 0, v[24:25]
	v_mad_u64_u32 v[26:27], s[14:15], v5, s5, 0
	v_add_co_u32_e32 v9, vcc, v24, v26
	s_mov_b32 s5, 0
	s_nop 0
	v_addc_co_u32_e32 v24, vcc, v25, v27, vcc
	v_mad_u64_u32 v[26:27], s[14:15], v5, s12, 0
	s_nop 0
	v_addc_co_u32_e32 v27, vcc, 0, v27, vcc
	v_mov_b32_e32 v25, s5
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[26:27]
	v_mul_lo_u32 v9, s19, v24
	v_mul_lo_u32 v11, s18, v25
	v_mad_u64_u32 v[24:25], s[14:15], s18, v24, 0
	v_add3_u32 v9, v25, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v13, s19
	v_sub_co_u32_e32 v7, vcc, v7, v24
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
	v_xor_b32_e32 v5, v5, v22
	v_sub_co_u32_e32 v22, vcc, v5, v22
.LBB0_44:                               ; %Flow743
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_46
; %bb.45:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s6, v252, 6
	s_sub_i32 s5, 0, s6
	v_accvgpr_read_b32 v22, a26
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_readlane_b32 s7, v252, 7
	v_accvgpr_read_b32 v23, a27
	v_mul_lo_u32 v7, s5, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v22, v5
	v_mul_lo_u32 v5, v5, s6
	v_sub_u32_e32 v5, v22, v5
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v22, v5, v7, vcc
.LBB0_46:                               ; %.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v24, v28, s8, 19
	v_mov_b32_e32 v25, s9
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s13, 0
	v_accvgpr_write_b32 a29, v25
	v_accvgpr_write_b32 a28, v24
	s_cselect_b64 s[14:15], -1, 0
                                        ; implicit-def: $vgpr24_vgpr25
	s_and_saveexec_b64 s[16:17], s[14:15]
	s_xor_b64 s[16:17], exec, s[16:17]
	s_cbranch_execz .LBB0_48
; %bb.47:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s14, s7, 31
	s_add_u32 s18, s6, s14
	s_mov_b32 s15, s14
	s_addc_u32 s19, s7, s14
	s_xor_b64 s[18:19], s[18:19], s[14:15]
	v_cvt_f32_u32_e32 v5, s18
	v_cvt_f32_u32_e32 v7, s19
	s_sub_u32 s5, 0, s18
	s_subb_u32 s12, 0, s19
	v_accvgpr_read_b32 v27, a29
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_ashrrev_i32_e32 v24, 31, v27
	v_accvgpr_read_b32 v26, a28
	v_mov_b32_e32 v25, v24
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_lshl_add_u64 v[26:27], v[26:27], 0, v[24:25]
	v_mov_b32_e32 v31, 0
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s21, s5, s14
	s_mul_hi_u32 s23, s5, s15
	s_mul_i32 s22, s12, s15
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s5, s15
	s_mul_i32 s23, s15, s21
	s_mul_hi_u32 s25, s15, s24
	s_mul_hi_u32 s22, s15, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s14, s24
	s_mul_i32 s24, s14, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s14, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s14, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s15, s15, s21
	s_addc_u32 s14, s14, s22
	s_mul_i32 s21, s5, s15
	s_mul_i32 s24, s5, s14
	s_mul_hi_u32 s5, s5, s15
	s_add_i32 s5, s5, s24
	s_mul_i32 s12, s12, s15
	s_add_i32 s5, s5, s12
	s_mul_hi_u32 s22, s14, s21
	s_mul_i32 s23, s14, s21
	s_mul_i32 s24, s15, s5
	s_mul_hi_u32 s21, s15, s21
	s_mul_hi_u32 s12, s15, s5
	s_add_u32 s21, s21, s24
	s_addc_u32 s12, 0, s12
	s_add_u32 s21, s21, s23
	s_addc_u32 s12, s12, s22
	s_mul_hi_u32 s21, s14, s5
	s_addc_u32 s21, s21, 0
	s_mul_i32 s5, s14, s5
	s_add_u32 s5, s12, s5
	s_addc_u32 s12, 0, s21
	s_add_u32 s5, s15, s5
	s_addc_u32 s12, s14, s12
	v_xor_b32_e32 v7, v26, v24
	v_xor_b32_e32 v5, v27, v24
	v_mad_u64_u32 v[26:27], s[14:15], v7, s12, 0
	v_mul_hi_u32 v30, v7, s5
	v_lshl_add_u64 v[26:27], v[30:31], 0, v[26:27]
	v_mad_u64_u32 v[30:31], s[14:15], v5, s5, 0
	v_add_co_u32_e32 v9, vcc, v26, v30
	s_mov_b32 s5, 0
	s_nop 0
	v_addc_co_u32_e32 v26, vcc, v27, v31, vcc
	v_mad_u64_u32 v[30:31], s[14:15], v5, s12, 0
	s_nop 0
	v_addc_co_u32_e32 v31, vcc, 0, v31, vcc
	v_mov_b32_e32 v27, s5
	v_lshl_add_u64 v[26:27], v[26:27], 0, v[30:31]
	v_mul_lo_u32 v9, s19, v26
	v_mul_lo_u32 v11, s18, v27
	v_mad_u64_u32 v[26:27], s[14:15], s18, v26, 0
	v_add3_u32 v9, v27, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v13, s19
	v_sub_co_u32_e32 v7, vcc, v7, v26
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
	v_xor_b32_e32 v5, v5, v24
	v_sub_co_u32_e32 v24, vcc, v5, v24
.LBB0_48:                               ; %Flow742
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_50
; %bb.49:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s6, v252, 6
	s_sub_i32 s5, 0, s6
	v_accvgpr_read_b32 v24, a28
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_readlane_b32 s7, v252, 7
	v_accvgpr_read_b32 v25, a29
	v_mul_lo_u32 v7, s5, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v24, v5
	v_mul_lo_u32 v5, v5, s6
	v_sub_u32_e32 v5, v24, v5
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v24, v5, v7, vcc
.LBB0_50:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v26, v28, s8, 24
	v_mov_b32_e32 v27, s9
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s13, 0
	v_accvgpr_write_b32 a31, v27
	v_accvgpr_write_b32 a30, v26
	s_cselect_b64 s[14:15], -1, 0
                                        ; implicit-def: $vgpr26_vgpr27
	s_and_saveexec_b64 s[16:17], s[14:15]
	s_xor_b64 s[16:17], exec, s[16:17]
	s_cbranch_execz .LBB0_52
; %bb.51:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s14, s7, 31
	s_add_u32 s18, s6, s14
	s_mov_b32 s15, s14
	s_addc_u32 s19, s7, s14
	s_xor_b64 s[18:19], s[18:19], s[14:15]
	v_cvt_f32_u32_e32 v5, s18
	v_cvt_f32_u32_e32 v7, s19
	s_sub_u32 s5, 0, s18
	s_subb_u32 s12, 0, s19
	v_accvgpr_read_b32 v31, a31
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_ashrrev_i32_e32 v26, 31, v31
	v_accvgpr_read_b32 v30, a30
	v_mov_b32_e32 v27, v26
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_lshl_add_u64 v[30:31], v[30:31], 0, v[26:27]
	v_mov_b32_e32 v35, 0
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s21, s5, s14
	s_mul_hi_u32 s23, s5, s15
	s_mul_i32 s22, s12, s15
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s5, s15
	s_mul_i32 s23, s15, s21
	s_mul_hi_u32 s25, s15, s24
	s_mul_hi_u32 s22, s15, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s14, s24
	s_mul_i32 s24, s14, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s14, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s14, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s15, s15, s21
	s_addc_u32 s14, s14, s22
	s_mul_i32 s21, s5, s15
	s_mul_i32 s24, s5, s14
	s_mul_hi_u32 s5, s5, s15
	s_add_i32 s5, s5, s24
	s_mul_i32 s12, s12, s15
	s_add_i32 s5, s5, s12
	s_mul_hi_u32 s22, s14, s21
	s_mul_i32 s23, s14, s21
	s_mul_i32 s24, s15, s5
	s_mul_hi_u32 s21, s15, s21
	s_mul_hi_u32 s12, s15, s5
	s_add_u32 s21, s21, s24
	s_addc_u32 s12, 0, s12
	s_add_u32 s21, s21, s23
	s_addc_u32 s12, s12, s22
	s_mul_hi_u32 s21, s14, s5
	s_addc_u32 s21, s21, 0
	s_mul_i32 s5, s14, s5
	s_add_u32 s5, s12, s5
	s_addc_u32 s12, 0, s21
	s_add_u32 s5, s15, s5
	s_addc_u32 s12, s14, s12
	v_xor_b32_e32 v7, v30, v26
	v_xor_b32_e32 v5, v31, v26
	v_mad_u64_u32 v[30:31], s[14:15], v7, s12, 0
	v_mul_hi_u32 v34, v7, s5
	v_lshl_add_u64 v[30:31], v[34:35], 0, v[30:31]
	v_mad_u64_u32 v[34:35], s[14:15], v5, s5, 0
	v_add_co_u32_e32 v9, vcc, v30, v34
	s_mov_b32 s5, 0
	s_nop 0
	v_addc_co_u32_e32 v30, vcc, v31, v35, vcc
	v_mad_u64_u32 v[34:35], s[14:15], v5, s12, 0
	s_nop 0
	v_addc_co_u32_e32 v35, vcc, 0, v35, vcc
	v_mov_b32_e32 v31, s5
	v_lshl_add_u64 v[30:31], v[30:31], 0, v[34:35]
	v_mul_lo_u32 v9, s19, v30
	v_mul_lo_u32 v11, s18, v31
	v_mad_u64_u32 v[30:31], s[14:15], s18, v30, 0
	v_add3_u32 v9, v31, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v13, s19
	v_sub_co_u32_e32 v7, vcc, v7, v30
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
	v_xor_b32_e32 v5, v5, v26
	v_sub_co_u32_e32 v26, vcc, v5, v26
.LBB0_52:                               ; %Flow741
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_54
; %bb.53:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s6, v252, 6
	s_sub_i32 s5, 0, s6
	v_accvgpr_read_b32 v26, a30
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_readlane_b32 s7, v252, 7
	v_accvgpr_read_b32 v27, a31
	v_mul_lo_u32 v7, s5, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v26, v5
	v_mul_lo_u32 v5, v5, s6
	v_sub_u32_e32 v5, v26, v5
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v26, v5, v7, vcc
.LBB0_54:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v30, v28, s8, 25
	v_mov_b32_e32 v31, s9
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s13, 0
	v_accvgpr_write_b32 a33, v31
	v_accvgpr_write_b32 a32, v30
	s_cselect_b64 s[14:15], -1, 0
                                        ; implicit-def: $vgpr30_vgpr31
	s_and_saveexec_b64 s[16:17], s[14:15]
	s_xor_b64 s[16:17], exec, s[16:17]
	s_cbranch_execz .LBB0_56
; %bb.55:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s14, s7, 31
	s_add_u32 s18, s6, s14
	s_mov_b32 s15, s14
	s_addc_u32 s19, s7, s14
	s_xor_b64 s[18:19], s[18:19], s[14:15]
	v_cvt_f32_u32_e32 v5, s18
	v_cvt_f32_u32_e32 v7, s19
	s_sub_u32 s5, 0, s18
	s_subb_u32 s12, 0, s19
	v_accvgpr_read_b32 v35, a33
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_ashrrev_i32_e32 v30, 31, v35
	v_accvgpr_read_b32 v34, a32
	v_mov_b32_e32 v31, v30
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_lshl_add_u64 v[34:35], v[34:35], 0, v[30:31]
	v_mov_b32_e32 v37, 0
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s21, s5, s14
	s_mul_hi_u32 s23, s5, s15
	s_mul_i32 s22, s12, s15
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s5, s15
	s_mul_i32 s23, s15, s21
	s_mul_hi_u32 s25, s15, s24
	s_mul_hi_u32 s22, s15, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s14, s24
	s_mul_i32 s24, s14, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s14, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s14, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s15, s15, s21
	s_addc_u32 s14, s14, s22
	s_mul_i32 s21, s5, s15
	s_mul_i32 s24, s5, s14
	s_mul_hi_u32 s5, s5, s15
	s_add_i32 s5, s5, s24
	s_mul_i32 s12, s12, s15
	s_add_i32 s5, s5, s12
	s_mul_hi_u32 s22, s14, s21
	s_mul_i32 s23, s14, s21
	s_mul_i32 s24, s15, s5
	s_mul_hi_u32 s21, s15, s21
	s_mul_hi_u32 s12, s15, s5
	s_add_u32 s21, s21, s24
	s_addc_u32 s12, 0, s12
	s_add_u32 s21, s21, s23
	s_addc_u32 s12, s12, s22
	s_mul_hi_u32 s21, s14, s5
	s_addc_u32 s21, s21, 0
	s_mul_i32 s5, s14, s5
	s_add_u32 s5, s12, s5
	s_addc_u32 s12, 0, s21
	s_add_u32 s5, s15, s5
	s_addc_u32 s12, s14, s12
	v_xor_b32_e32 v7, v34, v30
	v_xor_b32_e32 v5, v35, v30
	v_mad_u64_u32 v[34:35], s[14:15], v7, s12, 0
	v_mul_hi_u32 v36, v7, s5
	v_lshl_add_u64 v[34:35], v[36:37], 0, v[34:35]
	v_mad_u64_u32 v[36:37], s[14:15], v5, s5, 0
	v_add_co_u32_e32 v9, vcc, v34, v36
	s_mov_b32 s5, 0
	s_nop 0
	v_addc_co_u32_e32 v34, vcc, v35, v37, vcc
	v_mad_u64_u32 v[36:37], s[14:15], v5, s12, 0
	s_nop 0
	v_addc_co_u32_e32 v37, vcc, 0, v37, vcc
	v_mov_b32_e32 v35, s5
	v_lshl_add_u64 v[34:35], v[34:35], 0, v[36:37]
	v_mul_lo_u32 v9, s19, v34
	v_mul_lo_u32 v11, s18, v35
	v_mad_u64_u32 v[34:35], s[14:15], s18, v34, 0
	v_add3_u32 v9, v35, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v13, s19
	v_sub_co_u32_e32 v7, vcc, v7, v34
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
	v_xor_b32_e32 v5, v5, v30
	v_sub_co_u32_e32 v30, vcc, v5, v30
.LBB0_56:                               ; %Flow740
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_58
; %bb.57:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s6, v252, 6
	s_sub_i32 s5, 0, s6
	v_accvgpr_read_b32 v30, a32
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_readlane_b32 s7, v252, 7
	v_accvgpr_read_b32 v31, a33
	v_mul_lo_u32 v7, s5, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v30, v5
	v_mul_lo_u32 v5, v5, s6
	v_sub_u32_e32 v5, v30, v5
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v30, v5, v7, vcc
.LBB0_58:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v34, v28, s8, 26
	v_mov_b32_e32 v35, s9
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s13, 0
	v_accvgpr_write_b32 a34, v34
	v_accvgpr_write_b32 a35, v35
	s_cselect_b64 s[14:15], -1, 0
                                        ; implicit-def: $vgpr74_vgpr75
	s_and_saveexec_b64 s[16:17], s[14:15]
	s_xor_b64 s[16:17], exec, s[16:17]
	s_cbranch_execz .LBB0_60
; %bb.59:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s14, s7, 31
	s_add_u32 s18, s6, s14
	s_mov_b32 s15, s14
	s_addc_u32 s19, s7, s14
	s_xor_b64 s[18:19], s[18:19], s[14:15]
	v_cvt_f32_u32_e32 v5, s18
	v_cvt_f32_u32_e32 v7, s19
	s_sub_u32 s5, 0, s18
	s_subb_u32 s12, 0, s19
	v_accvgpr_read_b32 v37, a35
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_ashrrev_i32_e32 v34, 31, v37
	v_accvgpr_read_b32 v36, a34
	v_mov_b32_e32 v35, v34
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_lshl_add_u64 v[36:37], v[36:37], 0, v[34:35]
	v_mov_b32_e32 v39, 0
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s21, s5, s14
	s_mul_hi_u32 s23, s5, s15
	s_mul_i32 s22, s12, s15
	s_add_i32 s21, s23, s21
	s_add_i32 s21, s21, s22
	s_mul_i32 s24, s5, s15
	s_mul_i32 s23, s15, s21
	s_mul_hi_u32 s25, s15, s24
	s_mul_hi_u32 s22, s15, s21
	s_add_u32 s23, s25, s23
	s_addc_u32 s22, 0, s22
	s_mul_hi_u32 s25, s14, s24
	s_mul_i32 s24, s14, s24
	s_add_u32 s23, s23, s24
	s_addc_u32 s22, s22, s25
	s_mul_hi_u32 s23, s14, s21
	s_addc_u32 s23, s23, 0
	s_mul_i32 s21, s14, s21
	s_add_u32 s21, s22, s21
	s_addc_u32 s22, 0, s23
	s_add_u32 s15, s15, s21
	s_addc_u32 s14, s14, s22
	s_mul_i32 s21, s5, s15
	s_mul_i32 s24, s5, s14
	s_mul_hi_u32 s5, s5, s15
	s_add_i32 s5, s5, s24
	s_mul_i32 s12, s12, s15
	s_add_i32 s5, s5, s12
	s_mul_hi_u32 s22, s14, s21
	s_mul_i32 s23, s14, s21
	s_mul_i32 s24, s15, s5
	s_mul_hi_u32 s21, s15, s21
	s_mul_hi_u32 s12, s15, s5
	s_add_u32 s21, s21, s24
	s_addc_u32 s12, 0, s12
	s_add_u32 s21, s21, s23
	s_addc_u32 s12, s12, s22
	s_mul_hi_u32 s21, s14, s5
	s_addc_u32 s21, s21, 0
	s_mul_i32 s5, s14, s5
	s_add_u32 s5, s12, s5
	s_addc_u32 s12, 0, s21
	s_add_u32 s5, s15, s5
	s_addc_u32 s12, s14, s12
	v_xor_b32_e32 v7, v36, v34
	v_xor_b32_e32 v5, v37, v34
	v_mad_u64_u32 v[36:37], s[14:15], v7, s12, 0
	v_mul_hi_u32 v38, v7, s5
	v_lshl_add_u64 v[36:37], v[38:39], 0, v[36:37]
	v_mad_u64_u32 v[38:39], s[14:15], v5, s5, 0
	v_add_co_u32_e32 v9, vcc, v36, v38
	s_mov_b32 s5, 0
	s_nop 0
	v_addc_co_u32_e32 v36, vcc, v37, v39, vcc
	v_mad_u64_u32 v[38:39], s[14:15], v5, s12, 0
	s_nop 0
	v_addc_co_u32_e32 v39, vcc, 0, v39, vcc
	v_mov_b32_e32 v37, s5
	v_lshl_add_u64 v[36:37], v[36:37], 0, v[38:39]
	v_mul_lo_u32 v9, s19, v36
	v_mul_lo_u32 v11, s18, v37
	v_mad_u64_u32 v[36:37], s[14:15], s18, v36, 0
	v_add3_u32 v9, v37, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v13, s19
	v_sub_co_u32_e32 v7, vcc, v7, v36
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
	v_sub_co_u32_e32 v74, vcc, v5, v34
.LBB0_60:                               ; %Flow739
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_62
; %bb.61:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s6, v252, 6
	s_sub_i32 s5, 0, s6
	v_accvgpr_read_b32 v34, a34
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_readlane_b32 s7, v252, 7
	v_accvgpr_read_b32 v35, a35
	v_mul_lo_u32 v7, s5, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v34, v5
	v_mul_lo_u32 v5, v5, s6
	v_sub_u32_e32 v5, v34, v5
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v74, v5, v7, vcc
.LBB0_62:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[14:15]
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or3_b32 v28, v28, s8, 27
	v_mov_b32_e32 v29, s9
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s13, 0
	v_accvgpr_write_b32 a37, v29
	v_accvgpr_write_b32 a36, v28
	s_cselect_b64 s[8:9], -1, 0
                                        ; implicit-def: $vgpr76_vgpr77
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_xor_b64 s[8:9], exec, s[12:13]
	s_cbranch_execz .LBB0_64
; %bb.63:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s12, s7, 31
	s_add_u32 s14, s6, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s7, s12
	s_xor_b64 s[12:13], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v5, s12
	v_cvt_f32_u32_e32 v7, s13
	s_sub_u32 s5, 0, s12
	s_subb_u32 s14, 0, s13
	v_accvgpr_read_b32 v35, a37
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_ashrrev_i32_e32 v28, 31, v35
	v_accvgpr_read_b32 v34, a36
	v_mov_b32_e32 v29, v28
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_lshl_add_u64 v[34:35], v[34:35], 0, v[28:29]
	v_mov_b32_e32 v37, 0
	v_readfirstlane_b32 s15, v7
	v_readfirstlane_b32 s16, v5
	s_mul_i32 s17, s5, s15
	s_mul_hi_u32 s19, s5, s16
	s_mul_i32 s18, s14, s16
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s21, s5, s16
	s_mul_i32 s19, s16, s17
	s_mul_hi_u32 s22, s16, s21
	s_mul_hi_u32 s18, s16, s17
	s_add_u32 s19, s22, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s22, s15, s21
	s_mul_i32 s21, s15, s21
	s_add_u32 s19, s19, s21
	s_addc_u32 s18, s18, s22
	s_mul_hi_u32 s19, s15, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s15, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s16, s16, s17
	s_addc_u32 s15, s15, s18
	s_mul_i32 s17, s5, s16
	s_mul_i32 s21, s5, s15
	s_mul_hi_u32 s5, s5, s16
	s_add_i32 s5, s5, s21
	s_mul_i32 s14, s14, s16
	s_add_i32 s5, s5, s14
	s_mul_hi_u32 s18, s15, s17
	s_mul_i32 s19, s15, s17
	s_mul_i32 s21, s16, s5
	s_mul_hi_u32 s17, s16, s17
	s_mul_hi_u32 s14, s16, s5
	s_add_u32 s17, s17, s21
	s_addc_u32 s14, 0, s14
	s_add_u32 s17, s17, s19
	s_addc_u32 s14, s14, s18
	s_mul_hi_u32 s17, s15, s5
	s_addc_u32 s17, s17, 0
	s_mul_i32 s5, s15, s5
	s_add_u32 s5, s14, s5
	s_addc_u32 s14, 0, s17
	s_add_u32 s5, s16, s5
	s_addc_u32 s16, s15, s14
	v_xor_b32_e32 v7, v34, v28
	v_xor_b32_e32 v5, v35, v28
	v_mad_u64_u32 v[34:35], s[14:15], v7, s16, 0
	v_mul_hi_u32 v36, v7, s5
	v_lshl_add_u64 v[34:35], v[36:37], 0, v[34:35]
	v_mad_u64_u32 v[36:37], s[14:15], v5, s5, 0
	v_add_co_u32_e32 v9, vcc, v34, v36
	s_mov_b32 s5, 0
	s_nop 0
	v_addc_co_u32_e32 v34, vcc, v35, v37, vcc
	v_mad_u64_u32 v[36:37], s[14:15], v5, s16, 0
	s_nop 0
	v_addc_co_u32_e32 v37, vcc, 0, v37, vcc
	v_mov_b32_e32 v35, s5
	v_lshl_add_u64 v[34:35], v[34:35], 0, v[36:37]
	v_mul_lo_u32 v9, s13, v34
	v_mul_lo_u32 v11, s12, v35
	v_mad_u64_u32 v[34:35], s[14:15], s12, v34, 0
	v_add3_u32 v9, v35, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v13, s13
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
.LBB0_64:                               ; %Flow738
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[8:9], s[8:9]
	s_cbranch_execz .LBB0_66
; %bb.65:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	v_readlane_b32 s6, v252, 6
	s_sub_i32 s5, 0, s6
	v_accvgpr_read_b32 v28, a36
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_readlane_b32 s7, v252, 7
	v_accvgpr_read_b32 v29, a37
	v_mul_lo_u32 v7, s5, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v28, v5
	v_mul_lo_u32 v5, v5, s6
	v_sub_u32_e32 v5, v28, v5
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s6, v5
	v_cmp_le_u32_e32 vcc, s6, v5
	s_nop 1
	v_cndmask_b32_e32 v76, v5, v7, vcc
.LBB0_66:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[8:9]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	v_accvgpr_read_b32 v29, a1
	v_accvgpr_read_b32 v28, a0
	v_or_b32_e32 v5, s7, v29
	v_cmp_ne_u32_e32 vcc, 0, v5
                                        ; implicit-def: $vgpr28_vgpr29
	s_and_saveexec_b64 s[8:9], vcc
	s_xor_b64 s[8:9], exec, s[8:9]
	s_cbranch_execz .LBB0_68
; %bb.67:
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_ashr_i32 s12, s7, 31
	s_add_u32 s14, s6, s12
	s_mov_b32 s13, s12
	s_addc_u32 s15, s7, s12
	s_xor_b64 s[12:13], s[14:15], s[12:13]
	v_cvt_f32_u32_e32 v3, s12
	v_cvt_f32_u32_e32 v5, s13
	s_sub_u32 s5, 0, s12
	s_subb_u32 s14, 0, s13
	v_accvgpr_read_b32 v29, a1
	v_fmamk_f32 v3, v5, 0x4f800000, v3
	v_rcp_f32_e32 v3, v3
	v_ashrrev_i32_e32 v34, 31, v29
	v_accvgpr_read_b32 v28, a0
	v_mov_b32_e32 v35, v34
	v_mul_f32_e32 v3, 0x5f7ffffc, v3
	v_mul_f32_e32 v5, 0x2f800000, v3
	v_trunc_f32_e32 v5, v5
	v_fmamk_f32 v3, v5, 0xcf800000, v3
	v_cvt_u32_f32_e32 v5, v5
	v_cvt_u32_f32_e32 v3, v3
	v_lshl_add_u64 v[28:29], v[28:29], 0, v[34:35]
	v_mov_b32_e32 v37, 0
	v_readfirstlane_b32 s15, v5
	v_readfirstlane_b32 s16, v3
	s_mul_i32 s17, s5, s15
	s_mul_hi_u32 s19, s5, s16
	s_mul_i32 s18, s14, s16
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s21, s5, s16
	s_mul_i32 s19, s16, s17
	s_mul_hi_u32 s22, s16, s21
	s_mul_hi_u32 s18, s16, s17
	s_add_u32 s19, s22, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s22, s15, s21
	s_mul_i32 s21, s15, s21
	s_add_u32 s19, s19, s21
	s_addc_u32 s18, s18, s22
	s_mul_hi_u32 s19, s15, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s15, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s16, s16, s17
	s_addc_u32 s15, s15, s18
	s_mul_i32 s17, s5, s16
	s_mul_i32 s21, s5, s15
	s_mul_hi_u32 s5, s5, s16
	s_add_i32 s5, s5, s21
	s_mul_i32 s14, s14, s16
	s_add_i32 s5, s5, s14
	s_mul_hi_u32 s18, s15, s17
	s_mul_i32 s19, s15, s17
	s_mul_i32 s21, s16, s5
	s_mul_hi_u32 s17, s16, s17
	s_mul_hi_u32 s14, s16, s5
	s_add_u32 s17, s17, s21
	s_addc_u32 s14, 0, s14
	s_add_u32 s17, s17, s19
	s_addc_u32 s14, s14, s18
	s_mul_hi_u32 s17, s15, s5
	s_addc_u32 s17, s17, 0
	s_mul_i32 s5, s15, s5
	s_add_u32 s5, s14, s5
	s_addc_u32 s14, 0, s17
	s_add_u32 s5, s16, s5
	s_addc_u32 s16, s15, s14
	v_xor_b32_e32 v5, v28, v34
	v_xor_b32_e32 v3, v29, v34
	v_mad_u64_u32 v[28:29], s[14:15], v5, s16, 0
	v_mul_hi_u32 v36, v5, s5
	v_lshl_add_u64 v[28:29], v[36:37], 0, v[28:29]
	v_mad_u64_u32 v[36:37], s[14:15], v3, s5, 0
	v_add_co_u32_e32 v7, vcc, v28, v36
	s_mov_b32 s5, 0
	s_nop 0
	v_addc_co_u32_e32 v28, vcc, v29, v37, vcc
	v_mad_u64_u32 v[36:37], s[14:15], v3, s16, 0
	s_nop 0
	v_addc_co_u32_e32 v37, vcc, 0, v37, vcc
	v_mov_b32_e32 v29, s5
	v_lshl_add_u64 v[28:29], v[28:29], 0, v[36:37]
	v_mul_lo_u32 v7, s13, v28
	v_mul_lo_u32 v9, s12, v29
	v_mad_u64_u32 v[28:29], s[14:15], s12, v28, 0
	v_add3_u32 v7, v29, v9, v7
	v_sub_u32_e32 v9, v3, v7
	v_mov_b32_e32 v11, s13
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
.LBB0_68:                               ; %Flow737
	.loc	1 0 15                          ; fused_moe.py:0:15
	s_or_saveexec_b64 s[8:9], s[8:9]
	s_load_dword s98, s[0:1], 0x4c
	s_xor_b64 exec, exec, s[8:9]
	s_cbranch_execz .LBB0_70
; %bb.69:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v3, v3
	v_readlane_b32 s6, v252, 6
	s_sub_i32 s5, 0, s6
	v_accvgpr_read_b32 v28, a0
	v_mul_f32_e32 v3, 0x4f7ffffe, v3
	v_cvt_u32_f32_e32 v3, v3
	v_accvgpr_read_b32 v29, a1
	v_mov_b32_e32 v29, 0
	v_readlane_b32 s7, v252, 7
	v_mul_lo_u32 v5, s5, v3
	v_mul_hi_u32 v5, v3, v5
	v_add_u32_e32 v3, v3, v5
	v_mul_hi_u32 v3, v28, v3
	v_mul_lo_u32 v3, v3, s6
	v_sub_u32_e32 v3, v28, v3
	v_subrev_u32_e32 v5, s6, v3
	v_cmp_le_u32_e32 vcc, s6, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v5, vcc
	v_subrev_u32_e32 v5, s6, v3
	v_cmp_le_u32_e32 vcc, s6, v3
	s_nop 1
	v_cndmask_b32_e32 v28, v3, v5, vcc
.LBB0_70:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[8:9]
	.loc	1 88 18 is_stmt 1               ; fused_moe.py:88:18
	s_waitcnt vmcnt(1)
	v_cmp_gt_i32_e64 s[6:7], s20, v40
.Ltmp12:
	.loc	2 43 13                         ; standard.py:43:13 @[ fused_moe.py:117:23 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s8, s98, 0x7f
	v_mov_b32_e32 v107, 0
.Ltmp13:
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_writelane_b32 v252, s6, 8
	.loc	1 86 18                         ; fused_moe.py:86:18
	v_ashrrev_i32_e32 v41, 31, v40
	s_waitcnt vmcnt(0)
	v_ashrrev_i32_e32 v43, 31, v42
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_writelane_b32 v252, s7, 9
	v_cmp_gt_i32_e64 s[6:7], s20, v42
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cmpk_lt_i32 s8, 0x80
	v_mov_b32_e32 v137, 0
.Ltmp14:
	.loc	2 43 13                         ; standard.py:43:13 @[ fused_moe.py:117:23 ]
	v_writelane_b32 v252, s6, 10
	v_mov_b32_e32 v136, 0
	v_mov_b32_e32 v106, v107
	v_writelane_b32 v252, s7, 11
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
	v_mov_b32_e32 v129, v107
	v_mov_b32_e32 v128, v107
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
	s_cbranch_scc1 .LBB0_333
.Ltmp15:
; %bb.71:                               ; %.lr.ph
	.loc	2 0 13 is_stmt 0                ; standard.py:0:13
	v_writelane_b32 v252, s47, 12
	s_load_dwordx4 s[24:27], s[0:1], 0x58
	s_load_dwordx4 s[20:23], s[0:1], 0x74
	s_load_dword s47, s[0:1], 0x68
                                        ; implicit-def: $vgpr253 : SGPR spill to VGPR lane
	.loc	1 109 43 is_stmt 1              ; fused_moe.py:109:43
	v_lshrrev_b32_e32 v3, 29, v41
	v_add_u32_e32 v3, v40, v3
	.loc	1 105 22                        ; fused_moe.py:105:22
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s9, s4, s26
	s_mul_hi_i32 s5, s4, s26
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	s_add_u32 vcc_lo, s28, s9
	s_addc_u32 vcc_hi, s29, s5
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_lshr_b32 s99, s48, 4
	s_or_b32 s5, s99, 1
	v_writelane_b32 v252, s5, 13
	s_or_b32 s5, s99, 2
	v_writelane_b32 v252, s5, 14
	s_or_b32 s5, s99, 3
	v_writelane_b32 v252, s5, 15
	s_or_b32 s5, s99, 4
	v_writelane_b32 v252, s5, 16
	s_or_b32 s5, s99, 5
	v_writelane_b32 v252, s5, 17
	s_or_b32 s5, s99, 6
	v_writelane_b32 v252, s5, 18
	s_or_b32 s5, s99, 7
	v_writelane_b32 v252, s5, 19
	s_or_b32 s5, s99, 17
	v_writelane_b32 v252, s5, 20
	s_or_b32 s5, s99, 18
	v_writelane_b32 v252, s5, 21
	s_or_b32 s5, s99, 19
	v_writelane_b32 v252, s5, 22
	s_or_b32 s5, s99, 20
	v_writelane_b32 v252, s5, 23
	s_or_b32 s5, s99, 21
	v_writelane_b32 v252, s5, 24
	s_or_b32 s5, s99, 22
	v_writelane_b32 v252, s5, 25
	s_or_b32 s5, s99, 23
	v_writelane_b32 v252, s5, 26
	s_or_b32 s5, s99, 33
	v_writelane_b32 v252, s5, 27
	s_or_b32 s5, s99, 34
	v_writelane_b32 v252, s5, 28
	s_or_b32 s5, s99, 35
	v_writelane_b32 v252, s5, 29
	s_or_b32 s5, s99, 36
	v_writelane_b32 v252, s5, 30
	s_or_b32 s5, s99, 37
	v_writelane_b32 v252, s5, 31
	s_or_b32 s5, s99, 38
	v_writelane_b32 v252, s5, 32
	s_or_b32 s5, s99, 39
	v_writelane_b32 v252, s5, 33
	s_or_b32 s5, s99, 49
	v_writelane_b32 v252, s5, 34
	s_or_b32 s5, s99, 50
	v_writelane_b32 v252, s5, 35
	s_or_b32 s5, s99, 51
	v_writelane_b32 v252, s5, 36
	s_or_b32 s5, s99, 52
	v_writelane_b32 v252, s5, 37
	s_or_b32 s5, s99, 53
	v_writelane_b32 v252, s5, 38
	s_or_b32 s5, s99, 54
	v_writelane_b32 v252, s5, 39
	s_or_b32 s5, s99, 55
	v_writelane_b32 v252, s5, 40
	s_load_dword s5, s[0:1], 0x84
	.loc	1 110 42 is_stmt 1              ; fused_moe.py:110:42
	s_mul_hi_i32 s1, s4, s22
	s_mul_i32 s0, s4, s22
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_or_b32 s22, s99, 64
	.loc	1 110 28                        ; fused_moe.py:110:28
	v_writelane_b32 v252, s22, 41
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_or_b32 s4, s99, 0x41
	v_writelane_b32 v252, s4, 42
	s_or_b32 s4, s99, 0x42
	v_writelane_b32 v252, s4, 43
	s_or_b32 s4, s99, 0x43
	v_writelane_b32 v252, s4, 44
	s_or_b32 s4, s99, 0x44
	v_writelane_b32 v252, s4, 45
	s_or_b32 s4, s99, 0x45
	v_writelane_b32 v252, s4, 46
	s_or_b32 s4, s99, 0x46
	v_writelane_b32 v252, s4, 47
	s_or_b32 s4, s99, 0x47
	v_writelane_b32 v252, s4, 48
	s_or_b32 s4, s99, 0x51
	v_writelane_b32 v252, s4, 49
	s_or_b32 s4, s99, 0x52
	v_writelane_b32 v252, s4, 50
	s_or_b32 s4, s99, 0x53
	v_writelane_b32 v252, s4, 51
	s_or_b32 s4, s99, 0x54
	v_writelane_b32 v252, s4, 52
	s_or_b32 s4, s99, 0x55
	v_writelane_b32 v252, s4, 53
	s_or_b32 s4, s99, 0x56
	v_writelane_b32 v252, s4, 54
	s_or_b32 s4, s99, 0x57
	v_writelane_b32 v252, s4, 55
	s_or_b32 s4, s99, 0x61
	v_writelane_b32 v252, s4, 56
	s_or_b32 s4, s99, 0x62
	v_writelane_b32 v252, s4, 57
	s_or_b32 s4, s99, 0x63
	v_writelane_b32 v252, s4, 58
	s_or_b32 s4, s99, 0x64
	v_writelane_b32 v252, s4, 59
	s_or_b32 s4, s99, 0x65
	v_writelane_b32 v252, s4, 60
	s_or_b32 s4, s99, 0x66
	v_writelane_b32 v252, s4, 61
	s_or_b32 s4, s99, 0x67
	v_writelane_b32 v252, s4, 62
	s_or_b32 s4, s99, 0x71
	v_writelane_b32 v252, s4, 63
	s_or_b32 s4, s99, 0x72
	v_writelane_b32 v253, s4, 0
	s_or_b32 s4, s99, 0x73
	v_writelane_b32 v253, s4, 1
	s_or_b32 s4, s99, 0x74
	v_writelane_b32 v253, s4, 2
	s_or_b32 s4, s99, 0x75
	v_writelane_b32 v253, s4, 3
	s_or_b32 s4, s99, 0x76
	s_or_b32 s85, s99, 16
	s_or_b32 s7, s99, 32
	s_or_b32 s51, s99, 48
	.loc	1 110 28                        ; fused_moe.py:110:28
	s_lshl_b64 s[0:1], s[0:1], 2
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_or_b32 s15, s99, 0x50
	s_or_b32 s26, s99, 0x60
	s_or_b32 s14, s99, 0x70
	v_writelane_b32 v253, s4, 4
	s_or_b32 s4, s99, 0x77
	.loc	1 105 78 is_stmt 0              ; fused_moe.py:105:78
	s_ashr_i32 s43, s47, 31
	.loc	1 110 28 is_stmt 1              ; fused_moe.py:110:28
	s_add_u32 s96, s10, s0
	s_addc_u32 s97, s11, s1
.Ltmp16:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:117:23 ]
	s_ashr_i32 s0, s8, 31
	s_lshr_b32 s0, s0, 25
	s_add_i32 s8, s8, s0
.Ltmp17:
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_mul_i32 s0, s99, s27
	.loc	1 105 78 is_stmt 0              ; fused_moe.py:105:78
	v_writelane_b32 v253, s4, 5
	.loc	1 105 48                        ; fused_moe.py:105:48
	s_ashr_i32 s1, s0, 31
	v_writelane_b32 v253, s0, 6
.Ltmp18:
	.loc	2 43 12 is_stmt 1               ; standard.py:43:12 @[ fused_moe.py:117:23 ]
	s_ashr_i32 s33, s8, 7
.Ltmp19:
	.loc	1 134 19                        ; fused_moe.py:134:19
	s_lshl_b32 s4, s27, 7
	v_writelane_b32 v253, s1, 7
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s0, s50, 31
	s_lshr_b32 s0, s0, 29
	s_add_i32 s0, s50, s0
	s_ashr_i32 s0, s0, 3
	v_writelane_b32 v253, s50, 8
	s_mul_hi_i32 s1, s0, s24
	s_mul_i32 s0, s0, s24
	.loc	1 133 19                        ; fused_moe.py:133:19
	s_lshl_b32 s50, s25, 7
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s16, s2, s0
	s_addc_u32 s17, s3, s1
	.loc	1 104 23 is_stmt 0              ; fused_moe.py:104:23
	s_ashr_i32 s0, s54, 31
	s_lshr_b32 s0, s0, 29
	s_add_i32 s0, s54, s0
	s_ashr_i32 s0, s0, 3
	s_mul_hi_i32 s1, s0, s24
	s_mul_i32 s0, s0, s24
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s18, s2, s0
	s_addc_u32 s19, s3, s1
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s0, s55, 31
	s_lshr_b32 s0, s0, 29
	s_add_i32 s0, s55, s0
	s_ashr_i32 s0, s0, 3
	s_mul_hi_i32 s1, s0, s24
	s_mul_i32 s0, s0, s24
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s28, s2, s0
	s_addc_u32 s29, s3, s1
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s0, s56, 31
	s_lshr_b32 s0, s0, 29
	s_add_i32 s0, s56, s0
	s_ashr_i32 s0, s0, 3
	s_mul_hi_i32 s1, s0, s24
	s_mul_i32 s0, s0, s24
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s30, s2, s0
	s_addc_u32 s31, s3, s1
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s0, s57, 31
	s_lshr_b32 s0, s0, 29
	s_add_i32 s0, s57, s0
	s_ashr_i32 s0, s0, 3
	s_mul_hi_i32 s1, s0, s24
	s_mul_i32 s0, s0, s24
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s34, s2, s0
	s_addc_u32 s35, s3, s1
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s0, s58, 31
	s_lshr_b32 s0, s0, 29
	s_add_i32 s0, s58, s0
	s_ashr_i32 s0, s0, 3
	s_mul_hi_i32 s1, s0, s24
	s_mul_i32 s0, s0, s24
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s36, s2, s0
	s_addc_u32 s37, s3, s1
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s0, s59, 31
	s_lshr_b32 s0, s0, 29
	s_add_i32 s0, s59, s0
	s_ashr_i32 s0, s0, 3
	s_mul_hi_i32 s1, s0, s24
	s_mul_i32 s0, s0, s24
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s38, s2, s0
	s_addc_u32 s39, s3, s1
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s0, s60, 31
	s_lshr_b32 s0, s0, 29
	s_add_i32 s0, s60, s0
	s_ashr_i32 s0, s0, 3
	s_mul_hi_i32 s1, s0, s24
	s_mul_i32 s0, s0, s24
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s40, s2, s0
	s_addc_u32 s41, s3, s1
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s0, s61, 31
	s_lshr_b32 s0, s0, 29
	s_add_i32 s0, s61, s0
	s_ashr_i32 s0, s0, 3
	s_mul_hi_i32 s1, s0, s24
	s_mul_i32 s0, s0, s24
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s0, s2, s0
	s_addc_u32 s1, s3, s1
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s8, s62, 31
	s_lshr_b32 s8, s8, 29
	s_add_i32 s8, s62, s8
	s_ashr_i32 s8, s8, 3
	s_mul_hi_i32 s9, s8, s24
	s_mul_i32 s8, s8, s24
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s12, s2, s8
	s_addc_u32 s13, s3, s9
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s8, s63, 31
	s_lshr_b32 s8, s8, 29
	s_add_i32 s8, s63, s8
	s_ashr_i32 s8, s8, 3
	s_mul_hi_i32 s9, s8, s24
	s_mul_i32 s8, s8, s24
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s8, s2, s8
	s_addc_u32 s9, s3, s9
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s64, 31
	s_lshr_b32 s44, s44, 29
	s_add_i32 s44, s64, s44
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_waitcnt lgkmcnt(0)
	v_writelane_b32 v253, s4, 9
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s44, 3
	s_mul_hi_i32 s45, s44, s24
	.loc	1 104 14                        ; fused_moe.py:104:14
	v_writelane_b32 v253, s5, 10
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_mul_i32 s44, s44, s24
	v_writelane_b32 v253, s54, 11
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s54, s2, s44
	v_writelane_b32 v253, s55, 12
	s_addc_u32 s55, s3, s45
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s65, 31
	s_lshr_b32 s44, s44, 29
	s_add_i32 s44, s65, s44
	s_ashr_i32 s44, s44, 3
	s_mul_hi_i32 s45, s44, s24
	s_mul_i32 s44, s44, s24
	v_writelane_b32 v253, s56, 13
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s56, s2, s44
	v_writelane_b32 v253, s57, 14
	s_addc_u32 s57, s3, s45
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s66, 31
	s_lshr_b32 s44, s44, 29
	s_add_i32 s44, s66, s44
	s_ashr_i32 s44, s44, 3
	s_mul_hi_i32 s45, s44, s24
	s_mul_i32 s44, s44, s24
	v_writelane_b32 v253, s58, 15
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s58, s2, s44
	v_writelane_b32 v253, s59, 16
	s_addc_u32 s59, s3, s45
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s67, 31
	s_lshr_b32 s44, s44, 29
	s_add_i32 s44, s67, s44
	s_ashr_i32 s44, s44, 3
	s_mul_hi_i32 s45, s44, s24
	s_mul_i32 s44, s44, s24
	v_writelane_b32 v253, s60, 17
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s60, s2, s44
	v_writelane_b32 v253, s61, 18
	s_addc_u32 s61, s3, s45
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s68, 31
	s_lshr_b32 s44, s44, 29
	s_add_i32 s44, s68, s44
	s_ashr_i32 s44, s44, 3
	s_mul_hi_i32 s45, s44, s24
	s_mul_i32 s44, s44, s24
	v_writelane_b32 v253, s62, 19
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s62, s2, s44
	v_writelane_b32 v253, s63, 20
	s_addc_u32 s63, s3, s45
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s69, 31
	s_lshr_b32 s44, s44, 29
	s_add_i32 s44, s69, s44
	s_ashr_i32 s44, s44, 3
	s_mul_hi_i32 s45, s44, s24
	s_mul_i32 s44, s44, s24
	v_writelane_b32 v253, s64, 21
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s64, s2, s44
	v_writelane_b32 v253, s65, 22
	s_addc_u32 s65, s3, s45
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s70, 31
	s_lshr_b32 s44, s44, 29
	s_add_i32 s44, s70, s44
	s_ashr_i32 s44, s44, 3
	s_mul_hi_i32 s45, s44, s24
	s_mul_i32 s44, s44, s24
	v_writelane_b32 v253, s66, 23
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s66, s2, s44
	v_writelane_b32 v253, s67, 24
	s_addc_u32 s67, s3, s45
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s71, 31
	s_lshr_b32 s44, s44, 29
	s_add_i32 s44, s71, s44
	s_ashr_i32 s44, s44, 3
	s_mul_hi_i32 s45, s44, s24
	s_mul_i32 s44, s44, s24
	v_writelane_b32 v253, s68, 25
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s68, s2, s44
	v_writelane_b32 v253, s69, 26
	s_addc_u32 s69, s3, s45
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s72, 31
	s_lshr_b32 s44, s44, 29
	s_add_i32 s44, s72, s44
	s_ashr_i32 s44, s44, 3
	s_mul_hi_i32 s45, s44, s24
	s_mul_i32 s44, s44, s24
	v_writelane_b32 v253, s70, 27
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s70, s2, s44
	v_writelane_b32 v253, s71, 28
	s_addc_u32 s71, s3, s45
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s73, 31
	s_lshr_b32 s44, s44, 29
	s_add_i32 s44, s73, s44
	s_ashr_i32 s44, s44, 3
	s_mul_hi_i32 s45, s44, s24
	s_mul_i32 s44, s44, s24
	v_writelane_b32 v253, s72, 29
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s72, s2, s44
	v_writelane_b32 v253, s73, 30
	s_addc_u32 s73, s3, s45
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s74, 31
	s_lshr_b32 s44, s44, 29
	s_add_i32 s44, s74, s44
	s_ashr_i32 s44, s44, 3
	s_mul_hi_i32 s45, s44, s24
	s_mul_i32 s44, s44, s24
	v_writelane_b32 v253, s74, 31
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s74, s2, s44
	s_addc_u32 s75, s3, s45
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s76, 31
	s_lshr_b32 s44, s44, 29
	s_add_i32 s44, s76, s44
	s_ashr_i32 s44, s44, 3
	s_mul_hi_i32 s45, s44, s24
	s_mul_i32 s44, s44, s24
	v_writelane_b32 v253, s76, 32
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s76, s2, s44
	s_addc_u32 s77, s3, s45
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s78, 31
	s_lshr_b32 s44, s44, 29
	s_add_i32 s44, s78, s44
	s_ashr_i32 s44, s44, 3
	s_mul_hi_i32 s45, s44, s24
	s_mul_i32 s44, s44, s24
	v_writelane_b32 v253, s78, 33
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s78, s2, s44
	s_addc_u32 s79, s3, s45
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s80, 31
	s_lshr_b32 s44, s44, 29
	.loc	1 109 43 is_stmt 1              ; fused_moe.py:109:43
	v_ashrrev_i32_e32 v3, 3, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_add_i32 s44, s80, s44
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_mov_b64_e32 v[106:107], vcc
	.loc	1 109 42                        ; fused_moe.py:109:42
	v_mad_i64_i32 v[34:35], vcc, v3, s20, 0
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v3, 31, v2
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s44, 3
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_mul_hi_i32 s45, s44, s24
	s_mul_i32 s44, s44, s24
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v2, v2, v3
	v_ashrrev_i32_e32 v3, 31, v4
	v_writelane_b32 v253, s80, 34
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s80, s2, s44
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_addc_u32 s81, s3, s45
	.loc	1 104 23 is_stmt 0              ; fused_moe.py:104:23
	s_ashr_i32 s44, s82, 31
	.loc	1 110 69 is_stmt 1              ; fused_moe.py:110:69
	v_add_u32_e32 v3, v4, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_lshr_b32 s44, s44, 29
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v4, 7, v3
	v_ashrrev_i32_e32 v3, 31, v6
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_add_i32 s44, s82, s44
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s44, 3
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v6, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_mul_hi_i32 s45, s44, s24
	s_mul_i32 s44, s44, s24
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v6, 7, v3
	v_ashrrev_i32_e32 v3, 31, v8
	v_writelane_b32 v253, s82, 35
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s82, s2, s44
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_addc_u32 s83, s3, s45
	.loc	1 104 23 is_stmt 0              ; fused_moe.py:104:23
	s_ashr_i32 s44, s86, 31
	.loc	1 110 69 is_stmt 1              ; fused_moe.py:110:69
	v_add_u32_e32 v3, v8, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_lshr_b32 s44, s44, 29
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v8, 7, v3
	v_ashrrev_i32_e32 v3, 31, v10
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_add_i32 s44, s86, s44
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s44, 3
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v10, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_mul_hi_i32 s45, s44, s24
	s_mul_i32 s44, s44, s24
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v10, 7, v3
	v_ashrrev_i32_e32 v3, 31, v12
	v_writelane_b32 v253, s86, 36
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s86, s2, s44
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_addc_u32 s87, s3, s45
	.loc	1 104 23 is_stmt 0              ; fused_moe.py:104:23
	s_ashr_i32 s44, s88, 31
	.loc	1 110 69 is_stmt 1              ; fused_moe.py:110:69
	v_add_u32_e32 v3, v12, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_lshr_b32 s44, s44, 29
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v12, 7, v3
	v_ashrrev_i32_e32 v3, 31, v14
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_add_i32 s44, s88, s44
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s44, 3
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v14, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_mul_hi_i32 s45, s44, s24
	s_mul_i32 s44, s44, s24
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v14, 7, v3
	v_ashrrev_i32_e32 v3, 31, v16
	v_writelane_b32 v253, s88, 37
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s88, s2, s44
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_addc_u32 s89, s3, s45
	.loc	1 104 23 is_stmt 0              ; fused_moe.py:104:23
	s_ashr_i32 s44, s90, 31
	.loc	1 110 69 is_stmt 1              ; fused_moe.py:110:69
	v_add_u32_e32 v3, v16, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_lshr_b32 s44, s44, 29
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v16, 7, v3
	v_ashrrev_i32_e32 v3, 31, v18
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_add_i32 s44, s90, s44
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s44, 3
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v18, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_mul_hi_i32 s45, s44, s24
	s_mul_i32 s44, s44, s24
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v18, 7, v3
	v_ashrrev_i32_e32 v3, 31, v20
	v_writelane_b32 v253, s90, 38
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s90, s2, s44
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_addc_u32 s91, s3, s45
	.loc	1 104 23 is_stmt 0              ; fused_moe.py:104:23
	s_ashr_i32 s44, s92, 31
	.loc	1 110 69 is_stmt 1              ; fused_moe.py:110:69
	v_add_u32_e32 v3, v20, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_lshr_b32 s44, s44, 29
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v20, 7, v3
	v_ashrrev_i32_e32 v3, 31, v22
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_add_i32 s44, s92, s44
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s44, 3
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v22, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_mul_hi_i32 s45, s44, s24
	s_mul_i32 s44, s44, s24
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v22, 7, v3
	v_ashrrev_i32_e32 v3, 31, v24
	v_writelane_b32 v253, s92, 39
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s92, s2, s44
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_addc_u32 s93, s3, s45
	.loc	1 104 23 is_stmt 0              ; fused_moe.py:104:23
	s_ashr_i32 s44, s94, 31
	.loc	1 110 69 is_stmt 1              ; fused_moe.py:110:69
	v_add_u32_e32 v3, v24, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_lshr_b32 s44, s44, 29
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v24, 7, v3
	v_ashrrev_i32_e32 v3, 31, v26
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_add_i32 s44, s94, s44
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s44, 3
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v26, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_mul_hi_i32 s45, s44, s24
	s_mul_i32 s44, s44, s24
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v26, 7, v3
	v_ashrrev_i32_e32 v3, 31, v30
	v_writelane_b32 v253, s94, 40
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s94, s2, s44
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_addc_u32 s95, s3, s45
	.loc	1 104 23 is_stmt 0              ; fused_moe.py:104:23
	s_ashr_i32 s44, s46, 31
	.loc	1 110 69 is_stmt 1              ; fused_moe.py:110:69
	v_add_u32_e32 v3, v30, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_lshr_b32 s44, s44, 29
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v30, 7, v3
	v_ashrrev_i32_e32 v3, 31, v74
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_add_i32 s44, s46, s44
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_ashr_i32 s44, s44, 3
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_lshrrev_b32_e32 v5, 29, v43
	.loc	1 109 28 is_stmt 0              ; fused_moe.py:109:28
	v_lshl_add_u64 v[34:35], v[34:35], 2, s[52:53]
	.loc	1 110 69 is_stmt 1              ; fused_moe.py:110:69
	v_add_u32_e32 v3, v74, v3
	v_writelane_b32 v253, s46, 41
	.loc	1 104 23                        ; fused_moe.py:104:23
	s_mul_hi_i32 s45, s44, s24
	s_mul_i32 s44, s44, s24
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_add_u32_e32 v5, v42, v5
	v_accvgpr_write_b32 a39, v35
	v_accvgpr_write_b32 a38, v34
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v34, 7, v3
	v_ashrrev_i32_e32 v3, 31, v76
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_add_u32 s2, s2, s44
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_ashrrev_i32_e32 v5, 3, v5
	.loc	1 109 42 is_stmt 0              ; fused_moe.py:109:42
	v_writelane_b32 v253, s20, 42
	.loc	1 110 69 is_stmt 1              ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_addc_u32 s3, s3, s45
	.loc	1 109 42                        ; fused_moe.py:109:42
	v_writelane_b32 v253, s21, 43
	v_mad_i64_i32 v[36:37], vcc, v5, s20, 0
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v2, 7, v2
	v_add_u32_e32 v3, v76, v3
	.loc	1 109 42                        ; fused_moe.py:109:42
	v_writelane_b32 v253, s22, 44
	.loc	1 109 28 is_stmt 0              ; fused_moe.py:109:28
	v_lshl_add_u64 v[72:73], v[36:37], 2, s[52:53]
	.loc	1 110 69 is_stmt 1              ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v36, 7, v3
	.loc	1 110 68 is_stmt 0              ; fused_moe.py:110:68
	v_mad_i64_i32 v[2:3], vcc, v2, s5, 0
	s_cmp_eq_u32 s48, 0
	.loc	1 109 42 is_stmt 1              ; fused_moe.py:109:42
	v_writelane_b32 v253, s23, 45
	.loc	1 110 68                        ; fused_moe.py:110:68
	v_mad_i64_i32 v[4:5], vcc, v4, s5, 0
	v_mad_i64_i32 v[6:7], vcc, v6, s5, 0
	v_mad_i64_i32 v[8:9], vcc, v8, s5, 0
	v_mad_i64_i32 v[10:11], vcc, v10, s5, 0
	v_mad_i64_i32 v[12:13], vcc, v12, s5, 0
	v_mad_i64_i32 v[14:15], vcc, v14, s5, 0
	v_mad_i64_i32 v[16:17], vcc, v16, s5, 0
	v_mad_i64_i32 v[18:19], vcc, v18, s5, 0
	v_mad_i64_i32 v[20:21], vcc, v20, s5, 0
	v_mad_i64_i32 v[22:23], vcc, v22, s5, 0
	v_mad_i64_i32 v[24:25], vcc, v24, s5, 0
	v_mad_i64_i32 v[26:27], vcc, v26, s5, 0
	v_mad_i64_i32 v[30:31], vcc, v30, s5, 0
	v_mad_i64_i32 v[34:35], vcc, v34, s5, 0
	v_mad_i64_i32 v[36:37], vcc, v36, s5, 0
	.loc	1 110 28 is_stmt 0              ; fused_moe.py:110:28
	v_lshl_add_u64 v[74:75], v[2:3], 2, s[96:97]
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	v_and_b32_e32 v2, 63, v0
	s_cselect_b32 s5, 0, 0x84
	s_and_b32 s20, s42, 64
	v_or_b32_e32 v2, s20, v2
	s_add_i32 s20, s99, 0x77
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v253, s4, 46
	s_add_i32 s20, s99, 0x76
                                        ; implicit-def: $vgpr254 : SGPR spill to VGPR lane
	.loc	1 110 28                        ; fused_moe.py:110:28
	v_lshl_add_u64 v[76:77], v[4:5], 2, s[96:97]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_writelane_b32 v253, s5, 47
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v253, s4, 48
	s_add_i32 s20, s99, 0x75
	.loc	1 110 28                        ; fused_moe.py:110:28
	v_lshl_add_u64 v[78:79], v[6:7], 2, s[96:97]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_writelane_b32 v253, s5, 49
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v253, s4, 50
	s_add_i32 s20, s99, 0x74
	.loc	1 110 28                        ; fused_moe.py:110:28
	v_lshl_add_u64 v[80:81], v[8:9], 2, s[96:97]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_writelane_b32 v253, s5, 51
	s_mul_i32 s4, s27, s20
	s_add_i32 s20, s99, 0x73
	v_writelane_b32 v253, s4, 52
	s_mul_i32 vcc_lo, s27, s20
	s_add_i32 s20, s99, 0x72
	v_writelane_b32 v253, s5, 53
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v253, s4, 54
	s_add_i32 s20, s99, 0x71
	.loc	1 110 28                        ; fused_moe.py:110:28
	v_lshl_add_u64 v[82:83], v[10:11], 2, s[96:97]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_writelane_b32 v253, s5, 55
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v253, s4, 56
	s_add_i32 s20, s99, 0x67
	.loc	1 110 28                        ; fused_moe.py:110:28
	v_lshl_add_u64 v[84:85], v[12:13], 2, s[96:97]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_writelane_b32 v253, s5, 57
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v253, s4, 58
	s_add_i32 s20, s99, 0x66
	.loc	1 110 28                        ; fused_moe.py:110:28
	v_lshl_add_u64 v[86:87], v[14:15], 2, s[96:97]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_writelane_b32 v253, s5, 59
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v253, s4, 60
	s_add_i32 s20, s99, 0x65
	.loc	1 110 28                        ; fused_moe.py:110:28
	v_lshl_add_u64 v[88:89], v[16:17], 2, s[96:97]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_writelane_b32 v253, s5, 61
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v253, s4, 62
	s_add_i32 s20, s99, 0x64
	.loc	1 110 28                        ; fused_moe.py:110:28
	v_lshl_add_u64 v[90:91], v[18:19], 2, s[96:97]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_writelane_b32 v253, s5, 63
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 0
	s_add_i32 s20, s99, 0x63
	.loc	1 110 28                        ; fused_moe.py:110:28
	v_lshl_add_u64 v[92:93], v[20:21], 2, s[96:97]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_writelane_b32 v254, s5, 1
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 2
	s_add_i32 s20, s99, 0x62
	.loc	1 110 28                        ; fused_moe.py:110:28
	v_lshl_add_u64 v[94:95], v[22:23], 2, s[96:97]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_writelane_b32 v254, s5, 3
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 4
	s_add_i32 s20, s99, 0x61
	.loc	1 110 28                        ; fused_moe.py:110:28
	v_lshl_add_u64 v[96:97], v[24:25], 2, s[96:97]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_writelane_b32 v254, s5, 5
	s_mul_i32 s4, s27, s20
	s_add_i32 s20, s99, 0x57
	.loc	1 110 28                        ; fused_moe.py:110:28
	v_lshl_add_u64 v[98:99], v[26:27], 2, s[96:97]
	v_lshl_add_u64 v[100:101], v[30:31], 2, s[96:97]
	v_lshl_add_u64 v[102:103], v[34:35], 2, s[96:97]
	v_lshl_add_u64 v[104:105], v[36:37], 2, s[96:97]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_writelane_b32 v254, s4, 6
	s_mul_i32 s96, s27, s20
	s_add_i32 s20, s99, 0x56
	v_writelane_b32 v254, s5, 7
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 8
	s_add_i32 s20, s99, 0x55
                                        ; implicit-def: $vgpr255 : SGPR spill to VGPR lane
	v_and_b32_e32 v2, 0xffff, v2
	v_writelane_b32 v254, s5, 9
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 10
	s_add_i32 s20, s99, 0x54
	s_mul_i32 s24, s27, s7
	v_writelane_b32 v254, s5, 11
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 12
	s_add_i32 s20, s99, 0x53
	v_mul_lo_u32 v118, s25, v2
	v_writelane_b32 v254, s5, 13
	s_mul_i32 s4, s27, s20
	s_add_i32 s20, s99, 0x52
	v_writelane_b32 v254, s4, 14
	s_mul_i32 s6, s27, s20
	s_add_i32 s20, s99, 0x51
	v_writelane_b32 v254, s5, 15
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 16
	s_add_i32 s20, s99, 0x47
	s_mul_i32 s10, s27, s14
	v_writelane_b32 v254, s5, 17
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 18
	s_add_i32 s20, s99, 0x46
	s_mul_i32 s46, s27, s85
	v_writelane_b32 v254, s5, 19
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 20
	s_add_i32 s20, s99, 0x45
	s_ashr_i32 vcc_hi, vcc_lo, 31
	v_writelane_b32 v254, s5, 21
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 22
	s_add_i32 s20, s99, 0x44
	s_ashr_i32 s11, s10, 31
	v_writelane_b32 v254, s5, 23
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 24
	s_add_i32 s20, s99, 0x43
	s_ashr_i32 s97, s96, 31
	v_writelane_b32 v254, s5, 25
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 26
	s_add_i32 s20, s99, 0x42
	v_and_b32_e32 v5, 15, v0
	v_writelane_b32 v254, s5, 27
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 28
	s_add_i32 s20, s99, 0x41
	v_lshlrev_b32_e32 v6, 2, v5
	v_writelane_b32 v254, s5, 29
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 30
	s_add_i32 s20, s99, 55
	v_lshrrev_b32_e32 v21, 2, v1
	v_writelane_b32 v254, s5, 31
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 32
	s_add_i32 s20, s99, 54
	v_bfe_i32 v0, v0, 4, 1
	v_writelane_b32 v254, s5, 33
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 34
	s_add_i32 s20, s99, 53
	v_lshl_or_b32 v7, s49, 6, v6
	v_writelane_b32 v254, s5, 35
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 36
	s_add_i32 s20, s99, 52
	v_and_b32_e32 v21, 28, v21
	v_writelane_b32 v254, s5, 37
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 38
	s_add_i32 s20, s99, 51
	v_lshrrev_b32_e32 v1, 3, v1
	v_writelane_b32 v254, s5, 39
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 40
	s_add_i32 s20, s99, 50
	v_and_b32_e32 v0, 0x804, v0
	v_writelane_b32 v254, s5, 41
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 42
	s_add_i32 s20, s99, 49
	v_xor_b32_e32 v21, s99, v21
	v_writelane_b32 v254, s5, 43
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 44
	s_add_i32 s20, s99, 39
	v_and_b32_e32 v1, 28, v1
	v_writelane_b32 v254, s5, 45
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 46
	s_add_i32 s20, s99, 38
	v_xor_b32_e32 v0, v7, v0
	v_writelane_b32 v254, s5, 47
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 48
	s_add_i32 s20, s99, 37
	v_lshl_or_b32 v13, v32, 7, v6
	v_writelane_b32 v254, s5, 49
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 50
	s_add_i32 s20, s99, 36
	v_xor_b32_e32 v6, v21, v6
	v_writelane_b32 v254, s5, 51
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 52
	s_add_i32 s20, s99, 35
	v_xor_b32_e32 v0, v0, v1
	v_writelane_b32 v254, s5, 53
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 54
	s_add_i32 s20, s99, 34
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_mul_lo_u32 v2, v29, s47
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_writelane_b32 v254, s5, 55
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 56
	s_add_i32 s20, s99, 33
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_mul_lo_u32 v3, v28, s43
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_writelane_b32 v254, s5, 57
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 58
	s_add_i32 s20, s99, 23
	v_xor_b32_e32 v13, v13, v33
	v_writelane_b32 v254, s5, 59
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 60
	s_add_i32 s20, s99, 22
	v_lshl_or_b32 v6, v242, 7, v6
	v_writelane_b32 v254, s5, 61
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v254, s4, 62
	s_add_i32 s20, s99, 21
	v_lshl_or_b32 v0, v5, 7, v0
	v_writelane_b32 v254, s5, 63
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v255, s4, 0
	s_add_i32 s20, s99, 20
	v_xor_b32_e32 v14, 8, v13
	v_writelane_b32 v255, s5, 1
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v255, s4, 2
	s_add_i32 s20, s99, 19
	v_xor_b32_e32 v15, 16, v13
	v_writelane_b32 v255, s5, 3
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v255, s4, 4
	s_add_i32 s20, s99, 18
	v_xor_b32_e32 v16, 24, v13
	v_writelane_b32 v255, s5, 5
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v255, s4, 6
	s_add_i32 s20, s99, 17
	v_xor_b32_e32 v17, 32, v13
	v_writelane_b32 v255, s5, 7
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v255, s4, 8
	s_add_i32 s20, s99, 7
	v_xor_b32_e32 v18, 40, v13
	v_writelane_b32 v255, s5, 9
	s_mul_i32 s4, s27, s20
	s_add_i32 s20, s99, 6
	v_writelane_b32 v255, s4, 10
	s_mul_i32 s84, s27, s20
	s_add_i32 s20, s99, 5
	v_writelane_b32 v255, s5, 11
	s_mul_i32 s4, s27, s20
	v_writelane_b32 v255, s4, 12
	s_add_i32 s20, s99, 4
	s_mul_i32 s48, s27, s20
	v_writelane_b32 v255, s5, 13
	v_writelane_b32 v255, s14, 14
	v_writelane_b32 v255, s15, 15
	v_writelane_b32 v255, s51, 16
	v_writelane_b32 v255, s7, 17
	v_writelane_b32 v255, s24, 18
	s_add_i32 s20, s99, 3
	s_mul_i32 s44, s27, s20
	v_writelane_b32 v255, s25, 19
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_mad_u64_u32 v[126:127], s[24:25], v28, s47, v[106:107]
	v_readlane_b32 s24, v253, 9
	v_readlane_b32 s25, v253, 10
	s_ashr_i32 s25, s24, 31
	v_writelane_b32 v253, s24, 9
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_i32 s20, s99, 2
	s_mul_i32 s42, s27, s20
	v_writelane_b32 v253, s25, 10
	s_add_i32 s20, s99, 1
	v_readlane_b32 s24, v253, 46
	v_readlane_b32 s25, v253, 47
	s_ashr_i32 s25, s24, 31
	v_writelane_b32 v253, s24, 46
	s_mul_i32 s52, s27, s20
	s_mul_i32 s20, s27, s26
	v_writelane_b32 v253, s25, 47
	s_mul_i32 s4, s27, s15
	v_readlane_b32 s24, v253, 48
	v_readlane_b32 s25, v253, 49
	s_ashr_i32 s25, s24, 31
	v_writelane_b32 v253, s24, 48
	s_mul_i32 s14, s27, s22
	s_mul_i32 s22, s27, s51
	v_writelane_b32 v253, s25, 49
	s_mov_b32 s51, s26
	v_readlane_b32 s24, v253, 50
	v_readlane_b32 s25, v253, 51
	s_ashr_i32 s25, s24, 31
	v_writelane_b32 v253, s24, 50
	v_writelane_b32 v255, s85, 20
	v_writelane_b32 v255, vcc_lo, 21
	v_writelane_b32 v253, s25, 51
	s_ashr_i32 s21, s20, 31
	v_readlane_b32 s24, v253, 52
	v_readlane_b32 s25, v253, 53
	s_ashr_i32 s25, s24, 31
	v_writelane_b32 v253, s24, 52
	v_writelane_b32 v255, vcc_hi, 22
	v_writelane_b32 v255, s10, 23
	v_writelane_b32 v253, s25, 53
	s_ashr_i32 s7, s6, 31
	v_readlane_b32 s26, v253, 54
	v_readlane_b32 s27, v253, 55
	s_ashr_i32 s27, s26, 31
	v_writelane_b32 v253, s26, 54
	v_writelane_b32 v255, s11, 24
	v_writelane_b32 v255, s20, 25
	v_writelane_b32 v253, s27, 55
	v_xor_b32_e32 v4, s5, v242
	v_readlane_b32 s26, v253, 56
	v_readlane_b32 s27, v253, 57
	s_ashr_i32 s27, s26, 31
	v_writelane_b32 v253, s26, 56
	v_writelane_b32 v255, s21, 26
	v_writelane_b32 v255, s96, 27
	v_writelane_b32 v253, s27, 57
	s_ashr_i32 s5, s4, 31
	v_readlane_b32 s10, v253, 58
	v_readlane_b32 s11, v253, 59
	s_ashr_i32 s11, s10, 31
	v_writelane_b32 v253, s10, 58
	v_writelane_b32 v255, s97, 28
	v_writelane_b32 v255, s6, 29
	v_writelane_b32 v253, s11, 59
	s_ashr_i32 s15, s14, 31
	v_readlane_b32 s10, v253, 60
	v_readlane_b32 s11, v253, 61
	s_ashr_i32 s11, s10, 31
	v_writelane_b32 v253, s10, 60
	v_writelane_b32 v255, s7, 30
	v_writelane_b32 v255, s4, 31
	v_writelane_b32 v253, s11, 61
	s_ashr_i32 s23, s22, 31
	v_readlane_b32 s10, v253, 62
	v_readlane_b32 s11, v253, 63
	s_ashr_i32 s11, s10, 31
	v_writelane_b32 v253, s10, 62
	v_writelane_b32 v255, s5, 32
	v_writelane_b32 v255, s14, 33
	v_writelane_b32 v253, s11, 63
	v_readlane_b32 s10, v254, 0
	v_readlane_b32 s11, v254, 1
	s_ashr_i32 s11, s10, 31
	v_writelane_b32 v254, s10, 0
	v_writelane_b32 v255, s15, 34
	v_writelane_b32 v255, s22, 35
	v_writelane_b32 v254, s11, 1
	s_ashr_i32 s85, s84, 31
	v_readlane_b32 s10, v254, 2
	v_readlane_b32 s11, v254, 3
	s_ashr_i32 s11, s10, 31
	v_writelane_b32 v254, s10, 2
	v_writelane_b32 v255, s23, 36
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_add3_u32 v127, v2, v127, v3
	v_writelane_b32 v254, s11, 3
	v_xor_b32_e32 v2, 8, v4
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_readlane_b32 s10, v254, 4
	v_readlane_b32 s11, v254, 5
	s_ashr_i32 s11, s10, 31
	v_writelane_b32 v254, s10, 4
	v_xor_b32_e32 v3, 16, v4
	v_xor_b32_e32 v8, 24, v4
	v_writelane_b32 v254, s11, 5
	v_xor_b32_e32 v9, 32, v4
	v_readlane_b32 s10, v254, 6
	v_readlane_b32 s11, v254, 7
	s_ashr_i32 s11, s10, 31
	v_writelane_b32 v254, s10, 6
	v_xor_b32_e32 v10, 40, v4
	v_xor_b32_e32 v11, 48, v4
	v_writelane_b32 v254, s11, 7
	v_xor_b32_e32 v12, 56, v4
	v_readlane_b32 s10, v254, 8
	v_readlane_b32 s11, v254, 9
	s_ashr_i32 s11, s10, 31
	v_writelane_b32 v254, s10, 8
	v_xor_b32_e32 v19, 48, v13
	v_xor_b32_e32 v20, 56, v13
	v_writelane_b32 v254, s11, 9
	v_xor_b32_e32 v21, 4, v6
	v_readlane_b32 s10, v254, 10
	v_readlane_b32 s11, v254, 11
	s_ashr_i32 s11, s10, 31
	v_writelane_b32 v254, s10, 10
	v_xor_b32_e32 v22, 16, v6
	v_xor_b32_e32 v23, 20, v6
	v_writelane_b32 v254, s11, 11
	v_xor_b32_e32 v24, 32, v6
	v_readlane_b32 s10, v254, 12
	v_readlane_b32 s11, v254, 13
	s_ashr_i32 s11, s10, 31
	v_writelane_b32 v254, s10, 12
	v_xor_b32_e32 v25, 36, v6
	v_xor_b32_e32 v26, 48, v6
	v_writelane_b32 v254, s11, 13
	v_xor_b32_e32 v27, 52, v6
	v_readlane_b32 s24, v254, 14
	v_readlane_b32 s25, v254, 15
	s_ashr_i32 s25, s24, 31
	v_writelane_b32 v254, s24, 14
	v_xor_b32_e32 v1, 8, v0
	v_xor_b32_e32 v5, 16, v0
	v_writelane_b32 v254, s25, 15
	v_xor_b32_e32 v7, 24, v0
	v_readlane_b32 s6, v254, 16
	v_readlane_b32 s7, v254, 17
	s_ashr_i32 s7, s6, 31
	v_writelane_b32 v254, s6, 16
	v_xor_b32_e32 v28, 32, v0
	v_xor_b32_e32 v29, 40, v0
	v_writelane_b32 v254, s7, 17
	v_readlane_b32 s6, v255, 18
	v_readlane_b32 s4, v254, 18
	v_readlane_b32 s5, v254, 19
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 18
	v_readlane_b32 s7, v255, 19
	v_xor_b32_e32 v30, 48, v0
	v_writelane_b32 v254, s5, 19
	v_xor_b32_e32 v31, 56, v0
	v_readlane_b32 s4, v254, 20
	v_readlane_b32 s5, v254, 21
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 20
	s_ashr_i32 s7, s6, 31
	s_ashr_i32 s47, s46, 31
	v_writelane_b32 v254, s5, 21
	s_ashr_i32 s45, s44, 31
	v_readlane_b32 s4, v254, 22
	v_readlane_b32 s5, v254, 23
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 22
	s_ashr_i32 s43, s42, 31
	v_mov_b32_e32 v136, 0
	v_writelane_b32 v254, s5, 23
	v_accvgpr_write_b32 a6, v40
	v_readlane_b32 s4, v254, 24
	v_readlane_b32 s5, v254, 25
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 24
	v_accvgpr_write_b32 a7, v41
	v_accvgpr_write_b32 a2, v42
	v_writelane_b32 v254, s5, 25
	v_accvgpr_write_b32 a3, v43
	v_readlane_b32 s4, v254, 26
	v_readlane_b32 s5, v254, 27
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 26
	s_mov_b64 s[10:11], s[46:47]
	s_ashr_i32 s49, s48, 31
	v_writelane_b32 v254, s5, 27
	s_mov_b64 s[22:23], s[42:43]
	v_readlane_b32 s4, v254, 28
	v_readlane_b32 s5, v254, 29
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 28
	s_mov_b64 s[42:43], s[6:7]
	s_ashr_i32 s53, s52, 31
	v_writelane_b32 v254, s5, 29
	v_ashrrev_i32_e32 v119, 31, v118
	v_readlane_b32 s4, v254, 30
	v_readlane_b32 s5, v254, 31
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 30
	v_add_u32_e32 v243, 0, v4
	v_add_u32_e32 v244, 0, v2
	v_writelane_b32 v254, s5, 31
	v_add_u32_e32 v245, 0, v3
	v_readlane_b32 s4, v254, 32
	v_readlane_b32 s5, v254, 33
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 32
	v_add_u32_e32 v246, 0, v8
	v_add_u32_e32 v247, 0, v9
	v_writelane_b32 v254, s5, 33
	v_add_u32_e32 v248, 0, v10
	v_readlane_b32 s4, v254, 34
	v_readlane_b32 s5, v254, 35
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 34
	v_add_u32_e32 v249, 0, v11
	v_add_u32_e32 v250, 0, v12
	v_writelane_b32 v254, s5, 35
	v_add_u32_e32 v34, 0, v13
	v_readlane_b32 s4, v254, 36
	v_readlane_b32 s5, v254, 37
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 36
	v_add_u32_e32 v35, 0, v14
	v_add_u32_e32 v38, 0, v15
	v_writelane_b32 v254, s5, 37
	v_add_u32_e32 v39, 0, v16
	v_readlane_b32 s4, v254, 38
	v_readlane_b32 s5, v254, 39
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 38
	v_add_u32_e32 v36, 0, v17
	v_add_u32_e32 v37, 0, v18
	v_writelane_b32 v254, s5, 39
	v_add_u32_e32 v40, 0, v19
	v_readlane_b32 s4, v254, 40
	v_readlane_b32 s5, v254, 41
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 40
	v_add_u32_e32 v41, 0, v20
	v_add_u32_e32 v42, 0, v6
	v_writelane_b32 v254, s5, 41
	v_add_u32_e32 v43, 0, v21
	v_readlane_b32 s4, v254, 42
	v_readlane_b32 s5, v254, 43
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 42
	v_add_u32_e32 v44, 0, v22
	v_add_u32_e32 v45, 0, v23
	v_writelane_b32 v254, s5, 43
	v_add_u32_e32 v46, 0, v24
	v_readlane_b32 s4, v254, 44
	v_readlane_b32 s5, v254, 45
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 44
	v_add_u32_e32 v47, 0, v25
	v_add_u32_e32 v48, 0, v26
	v_writelane_b32 v254, s5, 45
	v_add_u32_e32 v49, 0, v27
	v_readlane_b32 s4, v254, 46
	v_readlane_b32 s5, v254, 47
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 46
	v_add_u32_e32 v50, 0, v0
	v_add_u32_e32 v51, 0, v1
	v_writelane_b32 v254, s5, 47
	v_add_u32_e32 v52, 0, v5
	v_readlane_b32 s4, v254, 48
	v_readlane_b32 s5, v254, 49
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 48
	v_add_u32_e32 v53, 0, v7
	v_add_u32_e32 v54, 0, v28
	v_writelane_b32 v254, s5, 49
	v_add_u32_e32 v55, 0, v29
	v_readlane_b32 s4, v254, 50
	v_readlane_b32 s5, v254, 51
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 50
	v_add_u32_e32 v56, 0, v30
	v_add_u32_e32 v57, 0, v31
	v_writelane_b32 v254, s5, 51
	v_mov_b32_e32 v137, v136
	v_readlane_b32 s4, v254, 52
	v_readlane_b32 s5, v254, 53
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 52
	v_mov_b32_e32 v140, v136
	v_mov_b32_e32 v141, v136
	v_writelane_b32 v254, s5, 53
	v_mov_b32_e32 v138, v136
	v_readlane_b32 s4, v254, 54
	v_readlane_b32 s5, v254, 55
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 54
	v_mov_b32_e32 v139, v136
	v_mov_b32_e32 v134, v136
	v_writelane_b32 v254, s5, 55
	v_mov_b32_e32 v135, v136
	v_readlane_b32 s4, v254, 56
	v_readlane_b32 s5, v254, 57
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 56
	v_mov_b32_e32 v132, v136
	v_mov_b32_e32 v133, v136
	v_writelane_b32 v254, s5, 57
	v_mov_b32_e32 v130, v136
	v_readlane_b32 s4, v254, 58
	v_readlane_b32 s5, v254, 59
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 58
	v_mov_b32_e32 v131, v136
	v_mov_b32_e32 v128, v136
	v_writelane_b32 v254, s5, 59
	v_mov_b32_e32 v129, v136
	v_readlane_b32 s4, v254, 60
	v_readlane_b32 s5, v254, 61
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 60
	v_mov_b32_e32 v124, v136
	v_mov_b32_e32 v125, v136
	v_writelane_b32 v254, s5, 61
	v_mov_b32_e32 v122, v136
	v_readlane_b32 s4, v254, 62
	v_readlane_b32 s5, v254, 63
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v254, s4, 62
	v_mov_b32_e32 v123, v136
	v_mov_b32_e32 v120, v136
	v_writelane_b32 v254, s5, 63
	v_readlane_b32 s4, v255, 0
	v_readlane_b32 s5, v255, 1
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v255, s4, 0
	v_mov_b32_e32 v121, v136
	v_mov_b32_e32 v116, v136
	v_writelane_b32 v255, s5, 1
	v_mov_b32_e32 v117, v136
	v_readlane_b32 s4, v255, 2
	v_readlane_b32 s5, v255, 3
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v255, s4, 2
	v_mov_b32_e32 v114, v136
	v_mov_b32_e32 v115, v136
	v_writelane_b32 v255, s5, 3
	v_mov_b32_e32 v112, v136
	v_readlane_b32 s4, v255, 4
	v_readlane_b32 s5, v255, 5
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v255, s4, 4
	v_mov_b32_e32 v113, v136
	v_mov_b32_e32 v110, v136
	v_writelane_b32 v255, s5, 5
	v_mov_b32_e32 v111, v136
	v_readlane_b32 s4, v255, 6
	v_readlane_b32 s5, v255, 7
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v255, s4, 6
	v_mov_b32_e32 v108, v136
	v_mov_b32_e32 v109, v136
	v_writelane_b32 v255, s5, 7
	v_mov_b32_e32 v106, v136
	v_readlane_b32 s4, v255, 8
	v_readlane_b32 s5, v255, 9
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v255, s4, 8
	v_mov_b32_e32 v107, v136
	s_ashr_i32 s20, s50, 31
	v_writelane_b32 v255, s5, 9
	s_mov_b32 s24, 0
	v_readlane_b32 s4, v255, 10
	v_readlane_b32 s5, v255, 11
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v255, s4, 10
	s_mov_b32 s26, 0
	s_nop 0
	v_writelane_b32 v255, s5, 11
	v_writelane_b32 v255, s84, 18
	s_nop 1
	v_writelane_b32 v255, s85, 19
	s_mov_b64 s[84:85], s[44:45]
	v_readlane_b32 s4, v255, 12
	v_readlane_b32 s5, v255, 13
	s_ashr_i32 s5, s4, 31
	v_writelane_b32 v255, s4, 12
	s_nop 1
	v_writelane_b32 v255, s5, 13
	s_branch .LBB0_73
.LBB0_72:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[96:97]
	.loc	1 127 35 is_stmt 1              ; fused_moe.py:127:35
	s_ashr_i32 s27, s26, 31
	s_lshl_b64 s[44:45], s[26:27], 2
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshrrev_b32_e32 v25, 8, v162
	.loc	1 127 35                        ; fused_moe.py:127:35
	v_lshl_add_u64 v[16:17], v[74:75], 0, s[44:45]
	v_lshl_add_u64 v[20:21], v[78:79], 0, s[44:45]
	v_lshl_add_u64 v[154:155], v[90:91], 0, s[44:45]
	v_lshl_add_u64 v[156:157], v[92:93], 0, s[44:45]
	v_lshl_add_u64 v[158:159], v[94:95], 0, s[44:45]
	v_lshl_add_u64 v[160:161], v[96:97], 0, s[44:45]
	v_lshl_add_u64 v[18:19], v[76:77], 0, s[44:45]
	v_lshl_add_u64 v[22:23], v[80:81], 0, s[44:45]
	v_lshl_add_u64 v[58:59], v[82:83], 0, s[44:45]
	v_lshl_add_u64 v[60:61], v[84:85], 0, s[44:45]
	v_lshl_add_u64 v[62:63], v[86:87], 0, s[44:45]
	v_lshl_add_u64 v[64:65], v[88:89], 0, s[44:45]
	v_lshl_add_u64 v[238:239], v[98:99], 0, s[44:45]
	v_lshl_add_u64 v[66:67], v[100:101], 0, s[44:45]
	v_lshl_add_u64 v[68:69], v[102:103], 0, s[44:45]
	v_lshl_add_u64 v[70:71], v[104:105], 0, s[44:45]
	.loc	1 127 27 is_stmt 0              ; fused_moe.py:127:27
	global_load_dword v146, v[16:17], off
	global_load_dword v147, v[18:19], off
	global_load_dword v148, v[20:21], off
	global_load_dword v149, v[22:23], off
	global_load_dword v150, v[58:59], off
	global_load_dword v151, v[60:61], off
	global_load_dword v152, v[62:63], off
	global_load_dword v153, v[64:65], off
	s_nop 0
	global_load_dword v154, v[154:155], off
	s_nop 0
	global_load_dword v155, v[156:157], off
	s_nop 0
	global_load_dword v156, v[158:159], off
	global_load_dword v157, v[160:161], off
	s_nop 0
	global_load_dword v158, v[238:239], off
	global_load_dword v159, v[66:67], off
	global_load_dword v160, v[68:69], off
	global_load_dword v161, v[70:71], off
	.loc	1 119 13 is_stmt 1              ; fused_moe.py:119:13
	v_lshlrev_b16_e32 v20, 7, v25
	v_lshlrev_b16_e32 v16, 8, v162
	v_lshlrev_b16_e32 v17, 7, v162
	v_lshlrev_b16_e32 v19, 8, v25
	v_and_b32_e32 v20, 0x3f80, v20
	v_and_b32_e32 v21, 0x7f, v25
	s_mov_b32 s25, 0x5040100
.Ltmp20:
	.loc	2 43 13                         ; standard.py:43:13 @[ fused_moe.py:117:23 ]
	s_movk_i32 s27, 0x7f
.Ltmp21:
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_and_b32_e32 v17, 0x3f80, v17
	v_and_b32_e32 v18, 0x7f, v162
	v_perm_b32 v16, v19, v16, s25
	v_add_u16_e32 v19, 0x2000, v20
	v_cmp_ne_u16_e32 vcc, s27, v21
	v_mov_b32_e32 v241, 0x7e00
	v_add_u16_e32 v17, 0x2000, v17
	v_cndmask_b32_e32 v19, v241, v19, vcc
	v_cmp_ne_u16_e32 vcc, s27, v18
	v_mov_b32_e32 v58, 0x1800
	v_mov_b32_e32 v59, 0x1c00
	v_cndmask_b32_e32 v17, v241, v17, vcc
	v_cmp_ne_u16_e32 vcc, 0, v21
	v_mov_b32_e32 v60, 0x1e00
	v_mov_b32_e32 v61, 0x2000
	v_cndmask_b32_e32 v19, 0, v19, vcc
	v_cmp_ne_u16_e32 vcc, 0, v18
	v_mov_b32_e32 v62, 0x2100
	v_mov_b32_e32 v63, 0x2200
	v_cndmask_b32_e32 v17, 0, v17, vcc
	v_cmp_ne_u16_e32 vcc, 1, v21
	v_mov_b32_e32 v32, 0x2300
	v_mov_b32_e32 v65, 7
	v_cndmask_b32_e32 v19, v58, v19, vcc
	v_cmp_ne_u16_e32 vcc, 1, v18
	s_mov_b32 s96, 0x80008000
	v_mov_b32_e32 v64, 8
	v_cndmask_b32_e32 v17, v58, v17, vcc
	v_cmp_ne_u16_e32 vcc, 2, v21
	v_lshlrev_b16_sdwa v20, v64, v162 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v22, v162, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v19, v59, v19, vcc
	v_cmp_ne_u16_e32 vcc, 2, v18
	v_lshrrev_b32_e32 v27, 8, v164
	v_and_b32_e32 v23, 0x7f, v27
	v_cndmask_b32_e32 v17, v59, v17, vcc
	v_cmp_ne_u16_e32 vcc, 3, v21
	v_and_b32_sdwa v25, v164, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_lshrrev_b32_e32 v29, 8, v166
	v_cndmask_b32_e32 v19, v60, v19, vcc
	v_cmp_ne_u16_e32 vcc, 3, v18
	v_lshrrev_b32_e32 v31, 8, v168
	v_and_b32_sdwa v66, v168, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v17, v60, v17, vcc
	v_cmp_ne_u16_e32 vcc, 4, v21
	v_lshrrev_b32_e32 v24, 8, v170
	v_and_b32_sdwa v67, v170, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v19, v61, v19, vcc
	v_cmp_ne_u16_e32 vcc, 4, v18
	v_lshrrev_b32_e32 v26, 8, v172
	v_and_b32_sdwa v68, v172, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v17, v61, v17, vcc
	v_cmp_ne_u16_e32 vcc, 5, v21
	v_lshrrev_b32_e32 v28, 8, v174
	v_and_b32_sdwa v69, v174, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v19, v62, v19, vcc
	v_cmp_ne_u16_e32 vcc, 5, v18
	v_lshrrev_b32_e32 v30, 8, v176
	v_and_b32_sdwa v70, v176, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v17, v62, v17, vcc
	v_cmp_ne_u16_e32 vcc, 6, v21
	v_lshrrev_b32_e32 v199, 8, v163
	v_and_b32_e32 v71, 0x7f, v199
	v_cndmask_b32_e32 v19, v63, v19, vcc
	v_cmp_ne_u16_e32 vcc, 6, v18
	v_lshrrev_b32_e32 v195, 8, v165
	v_lshrrev_b32_e32 v191, 8, v167
	v_cndmask_b32_e32 v17, v63, v17, vcc
	v_cmp_ne_u16_e32 vcc, 7, v21
	v_lshlrev_b16_sdwa v21, v65, v162 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v21, 0x3f80, v21
	v_cndmask_b32_e32 v19, v32, v19, vcc
	v_cmp_ne_u16_e32 vcc, 7, v18
	v_lshlrev_b16_sdwa v18, v65, v162 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v18, 0x3f80, v18
	v_cndmask_b32_e32 v17, v32, v17, vcc
	v_perm_b32 v17, v19, v17, s25
	v_and_or_b32 v16, v16, s96, v17
	v_lshlrev_b16_sdwa v17, v64, v162 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v19, v162, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_perm_b32 v17, v20, v17, s25
	v_add_u16_e32 v20, 0x2000, v21
	v_cmp_ne_u16_e32 vcc, s27, v22
	v_add_u16_e32 v18, 0x2000, v18
	v_lshlrev_b16_e32 v21, 8, v27
	v_cndmask_b32_e32 v20, v241, v20, vcc
	v_cmp_ne_u16_e32 vcc, s27, v19
	v_lshrrev_b32_e32 v189, 8, v169
	v_lshrrev_b32_e32 v185, 8, v171
	v_cndmask_b32_e32 v18, v241, v18, vcc
	v_cmp_ne_u16_e32 vcc, 0, v22
	v_lshrrev_b32_e32 v183, 8, v173
	v_lshrrev_b32_e32 v181, 8, v175
	v_cndmask_b32_e32 v20, 0, v20, vcc
	v_cmp_ne_u16_e32 vcc, 0, v19
	v_lshrrev_b32_e32 v179, 8, v177
	v_lshrrev_b32_e32 v178, 8, v200
	v_cndmask_b32_e32 v18, 0, v18, vcc
	v_cmp_ne_u16_e32 vcc, 1, v22
	v_lshrrev_b32_e32 v180, 8, v204
	v_lshrrev_b32_e32 v182, 8, v208
	v_cndmask_b32_e32 v20, v58, v20, vcc
	v_cmp_ne_u16_e32 vcc, 1, v19
	v_lshrrev_b32_e32 v184, 8, v206
	v_lshrrev_b32_e32 v188, 8, v202
	v_cndmask_b32_e32 v18, v58, v18, vcc
	v_cmp_ne_u16_e32 vcc, 2, v22
	v_lshrrev_b32_e32 v190, 8, v196
	v_lshrrev_b32_e32 v194, 8, v192
	v_cndmask_b32_e32 v20, v59, v20, vcc
	v_cmp_ne_u16_e32 vcc, 2, v19
	v_lshrrev_b32_e32 v198, 8, v186
	v_lshrrev_b32_e32 v225, 8, v201
	v_cndmask_b32_e32 v18, v59, v18, vcc
	v_cmp_ne_u16_e32 vcc, 3, v22
	v_lshrrev_b32_e32 v223, 8, v205
	v_lshrrev_b32_e32 v221, 8, v209
	v_cndmask_b32_e32 v20, v60, v20, vcc
	v_cmp_ne_u16_e32 vcc, 3, v19
	v_lshrrev_b32_e32 v219, 8, v207
	v_lshrrev_b32_e32 v217, 8, v203
	v_cndmask_b32_e32 v18, v60, v18, vcc
	v_cmp_ne_u16_e32 vcc, 4, v22
	v_lshrrev_b32_e32 v215, 8, v197
	v_lshrrev_b32_e32 v213, 8, v193
	v_cndmask_b32_e32 v20, v61, v20, vcc
	v_cmp_ne_u16_e32 vcc, 4, v19
	v_lshrrev_b32_e32 v211, 8, v187
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_waitcnt lgkmcnt(7)
	v_lshrrev_b32_e32 v210, 8, v14
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v18, v61, v18, vcc
	v_cmp_ne_u16_e32 vcc, 5, v22
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_waitcnt lgkmcnt(6)
	v_lshrrev_b32_e32 v212, 8, v12
	s_waitcnt lgkmcnt(5)
	v_lshrrev_b32_e32 v214, 8, v10
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v20, v62, v20, vcc
	v_cmp_ne_u16_e32 vcc, 5, v19
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_waitcnt lgkmcnt(4)
	v_lshrrev_b32_e32 v216, 8, v8
	s_waitcnt lgkmcnt(3)
	v_lshrrev_b32_e32 v218, 8, v6
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v18, v62, v18, vcc
	v_cmp_ne_u16_e32 vcc, 6, v22
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_waitcnt lgkmcnt(2)
	v_lshrrev_b32_e32 v220, 8, v4
	s_waitcnt lgkmcnt(1)
	v_lshrrev_b32_e32 v222, 8, v2
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v20, v63, v20, vcc
	v_cmp_ne_u16_e32 vcc, 6, v19
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v224, 8, v0
	v_lshrrev_b32_e32 v226, 8, v15
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v18, v63, v18, vcc
	v_cmp_ne_u16_e32 vcc, 7, v22
	v_lshlrev_b16_e32 v22, 7, v27
	v_and_b32_e32 v22, 0x3f80, v22
	v_cndmask_b32_e32 v20, v32, v20, vcc
	v_cmp_ne_u16_e32 vcc, 7, v19
	v_lshlrev_b16_e32 v19, 7, v164
	v_and_b32_e32 v19, 0x3f80, v19
	v_cndmask_b32_e32 v18, v32, v18, vcc
	v_perm_b32 v18, v20, v18, s25
	v_and_or_b32 v17, v17, s96, v18
	v_lshlrev_b16_e32 v18, 8, v164
	v_and_b32_e32 v20, 0x7f, v164
	v_perm_b32 v18, v21, v18, s25
	v_add_u16_e32 v21, 0x2000, v22
	v_cmp_ne_u16_e32 vcc, s27, v23
	v_add_u16_e32 v19, 0x2000, v19
	v_lshlrev_b16_sdwa v22, v64, v164 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v21, v241, v21, vcc
	v_cmp_ne_u16_e32 vcc, s27, v20
	v_and_b32_e32 v27, 0x7f, v29
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshrrev_b32_e32 v228, 8, v13
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v19, v241, v19, vcc
	v_cmp_ne_u16_e32 vcc, 0, v23
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshrrev_b32_e32 v230, 8, v11
	v_lshrrev_b32_e32 v232, 8, v9
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v21, 0, v21, vcc
	v_cmp_ne_u16_e32 vcc, 0, v20
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshrrev_b32_e32 v234, 8, v7
	v_lshrrev_b32_e32 v236, 8, v5
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v19, 0, v19, vcc
	v_cmp_ne_u16_e32 vcc, 1, v23
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshrrev_b32_e32 v33, 8, v3
	v_lshrrev_b32_e32 v240, 8, v1
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v21, v58, v21, vcc
	v_cmp_ne_u16_e32 vcc, 1, v20
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s16, s16, s50
	s_addc_u32 s17, s17, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v19, v58, v19, vcc
	v_cmp_ne_u16_e32 vcc, 2, v23
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s18, s18, s50
	s_addc_u32 s19, s19, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v21, v59, v21, vcc
	v_cmp_ne_u16_e32 vcc, 2, v20
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s28, s28, s50
	s_addc_u32 s29, s29, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v19, v59, v19, vcc
	v_cmp_ne_u16_e32 vcc, 3, v23
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s30, s30, s50
	s_addc_u32 s31, s31, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v21, v60, v21, vcc
	v_cmp_ne_u16_e32 vcc, 3, v20
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s34, s34, s50
	s_addc_u32 s35, s35, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v19, v60, v19, vcc
	v_cmp_ne_u16_e32 vcc, 4, v23
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s36, s36, s50
	s_addc_u32 s37, s37, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v21, v61, v21, vcc
	v_cmp_ne_u16_e32 vcc, 4, v20
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s38, s38, s50
	s_addc_u32 s39, s39, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v19, v61, v19, vcc
	v_cmp_ne_u16_e32 vcc, 5, v23
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s40, s40, s50
	s_addc_u32 s41, s41, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v21, v62, v21, vcc
	v_cmp_ne_u16_e32 vcc, 5, v20
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s0, s0, s50
	s_addc_u32 s1, s1, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v19, v62, v19, vcc
	v_cmp_ne_u16_e32 vcc, 6, v23
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s12, s12, s50
	s_addc_u32 s13, s13, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v21, v63, v21, vcc
	v_cmp_ne_u16_e32 vcc, 6, v20
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s8, s8, s50
	s_addc_u32 s9, s9, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v19, v63, v19, vcc
	v_cmp_ne_u16_e32 vcc, 7, v23
	v_lshlrev_b16_sdwa v23, v65, v164 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v23, 0x3f80, v23
	v_cndmask_b32_e32 v21, v32, v21, vcc
	v_cmp_ne_u16_e32 vcc, 7, v20
	v_lshlrev_b16_sdwa v20, v65, v164 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v20, 0x3f80, v20
	v_cndmask_b32_e32 v19, v32, v19, vcc
	v_perm_b32 v19, v21, v19, s25
	v_and_or_b32 v18, v18, s96, v19
	v_lshlrev_b16_sdwa v19, v64, v164 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v21, v164, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_perm_b32 v19, v22, v19, s25
	v_add_u16_e32 v22, 0x2000, v23
	v_cmp_ne_u16_e32 vcc, s27, v25
	v_add_u16_e32 v20, 0x2000, v20
	v_lshlrev_b16_e32 v23, 8, v29
	v_cndmask_b32_e32 v22, v241, v22, vcc
	v_cmp_ne_u16_e32 vcc, s27, v21
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s54, s54, s50
	s_addc_u32 s55, s55, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v20, v241, v20, vcc
	v_cmp_ne_u16_e32 vcc, 0, v25
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s56, s56, s50
	s_addc_u32 s57, s57, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v22, 0, v22, vcc
	v_cmp_ne_u16_e32 vcc, 0, v21
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s58, s58, s50
	s_addc_u32 s59, s59, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v20, 0, v20, vcc
	v_cmp_ne_u16_e32 vcc, 1, v25
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s60, s60, s50
	s_addc_u32 s61, s61, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v22, v58, v22, vcc
	v_cmp_ne_u16_e32 vcc, 1, v21
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s62, s62, s50
	s_addc_u32 s63, s63, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v20, v58, v20, vcc
	v_cmp_ne_u16_e32 vcc, 2, v25
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s64, s64, s50
	s_addc_u32 s65, s65, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v22, v59, v22, vcc
	v_cmp_ne_u16_e32 vcc, 2, v21
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s66, s66, s50
	s_addc_u32 s67, s67, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v20, v59, v20, vcc
	v_cmp_ne_u16_e32 vcc, 3, v25
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s68, s68, s50
	s_addc_u32 s69, s69, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v22, v60, v22, vcc
	v_cmp_ne_u16_e32 vcc, 3, v21
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s70, s70, s50
	s_addc_u32 s71, s71, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v20, v60, v20, vcc
	v_cmp_ne_u16_e32 vcc, 4, v25
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s72, s72, s50
	s_addc_u32 s73, s73, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v22, v61, v22, vcc
	v_cmp_ne_u16_e32 vcc, 4, v21
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s74, s74, s50
	s_addc_u32 s75, s75, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v20, v61, v20, vcc
	v_cmp_ne_u16_e32 vcc, 5, v25
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s76, s76, s50
	s_addc_u32 s77, s77, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v22, v62, v22, vcc
	v_cmp_ne_u16_e32 vcc, 5, v21
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s78, s78, s50
	s_addc_u32 s79, s79, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v20, v62, v20, vcc
	v_cmp_ne_u16_e32 vcc, 6, v25
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s80, s80, s50
	s_addc_u32 s81, s81, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v22, v63, v22, vcc
	v_cmp_ne_u16_e32 vcc, 6, v21
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s82, s82, s50
	s_addc_u32 s83, s83, s20
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v20, v63, v20, vcc
	v_cmp_ne_u16_e32 vcc, 7, v25
	v_lshlrev_b16_e32 v25, 7, v29
	v_and_b32_e32 v25, 0x3f80, v25
	v_cndmask_b32_e32 v22, v32, v22, vcc
	v_cmp_ne_u16_e32 vcc, 7, v21
	v_lshlrev_b16_e32 v21, 7, v166
	v_and_b32_e32 v21, 0x3f80, v21
	v_cndmask_b32_e32 v20, v32, v20, vcc
	v_perm_b32 v20, v22, v20, s25
	v_and_or_b32 v19, v19, s96, v20
	v_lshlrev_b16_e32 v20, 8, v166
	v_and_b32_e32 v22, 0x7f, v166
	v_perm_b32 v20, v23, v20, s25
	v_add_u16_e32 v23, 0x2000, v25
	v_cmp_ne_u16_e32 vcc, s27, v27
	v_add_u16_e32 v21, 0x2000, v21
	v_lshlrev_b16_sdwa v25, v64, v166 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v23, v241, v23, vcc
	v_cmp_ne_u16_e32 vcc, s27, v22
	v_and_b32_sdwa v29, v166, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s86, s86, s50
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v21, v241, v21, vcc
	v_cmp_ne_u16_e32 vcc, 0, v27
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_addc_u32 s87, s87, s20
	s_add_u32 s88, s88, s50
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v23, 0, v23, vcc
	v_cmp_ne_u16_e32 vcc, 0, v22
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_addc_u32 s89, s89, s20
	s_add_u32 s90, s90, s50
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v21, 0, v21, vcc
	v_cmp_ne_u16_e32 vcc, 1, v27
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_addc_u32 s91, s91, s20
	s_add_u32 s92, s92, s50
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v23, v58, v23, vcc
	v_cmp_ne_u16_e32 vcc, 1, v22
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_addc_u32 s93, s93, s20
	s_add_u32 s94, s94, s50
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v21, v58, v21, vcc
	v_cmp_ne_u16_e32 vcc, 2, v27
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_addc_u32 s95, s95, s20
	v_readlane_b32 s44, v253, 42
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v23, v59, v23, vcc
	v_cmp_ne_u16_e32 vcc, 2, v22
	.loc	1 127 50                        ; fused_moe.py:127:50
	s_waitcnt vmcnt(16)
	v_mov_b32_e32 v143, v142
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_readlane_b32 s4, v253, 9
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v21, v59, v21, vcc
	v_cmp_ne_u16_e32 vcc, 3, v27
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_u32 s2, s2, s50
	v_readlane_b32 s45, v253, 43
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v23, v60, v23, vcc
	v_cmp_ne_u16_e32 vcc, 3, v22
	v_readlane_b32 s47, v253, 45
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_readlane_b32 s5, v253, 10
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v21, v60, v21, vcc
	v_cmp_ne_u16_e32 vcc, 4, v27
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_addc_u32 s3, s3, s20
	s_add_i32 s33, s33, -1
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v23, v61, v23, vcc
	v_cmp_ne_u16_e32 vcc, 4, v22
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_i32 s26, s26, s47
	s_add_i32 s24, s24, s45
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v21, v61, v21, vcc
	v_cmp_ne_u16_e32 vcc, 5, v27
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_addk_i32 s98, 0xff80
	v_lshl_add_u64 v[126:127], v[126:127], 0, s[4:5]
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v23, v62, v23, vcc
	v_cmp_ne_u16_e32 vcc, 5, v22
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cmp_lg_u32 s33, 0
	v_readlane_b32 s46, v253, 44
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v21, v62, v21, vcc
	v_cmp_ne_u16_e32 vcc, 6, v27
	s_nop 1
	v_cndmask_b32_e32 v23, v63, v23, vcc
	v_cmp_ne_u16_e32 vcc, 6, v22
	s_nop 1
	v_cndmask_b32_e32 v21, v63, v21, vcc
	v_cmp_ne_u16_e32 vcc, 7, v27
	v_lshlrev_b16_sdwa v27, v65, v166 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v27, 0x3f80, v27
	v_cndmask_b32_e32 v23, v32, v23, vcc
	v_cmp_ne_u16_e32 vcc, 7, v22
	v_lshlrev_b16_sdwa v22, v65, v166 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v22, 0x3f80, v22
	v_cndmask_b32_e32 v21, v32, v21, vcc
	v_perm_b32 v21, v23, v21, s25
	v_and_or_b32 v20, v20, s96, v21
	v_lshlrev_b16_sdwa v21, v64, v166 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v23, v166, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_perm_b32 v21, v25, v21, s25
	v_add_u16_e32 v25, 0x2000, v27
	v_cmp_ne_u16_e32 vcc, s27, v29
	v_add_u16_e32 v22, 0x2000, v22
	v_lshlrev_b16_e32 v27, 8, v31
	v_cndmask_b32_e32 v25, v241, v25, vcc
	v_cmp_ne_u16_e32 vcc, s27, v23
	s_nop 1
	v_cndmask_b32_e32 v22, v241, v22, vcc
	v_cmp_ne_u16_e32 vcc, 0, v29
	s_nop 1
	v_cndmask_b32_e32 v25, 0, v25, vcc
	v_cmp_ne_u16_e32 vcc, 0, v23
	s_nop 1
	v_cndmask_b32_e32 v22, 0, v22, vcc
	v_cmp_ne_u16_e32 vcc, 1, v29
	s_nop 1
	v_cndmask_b32_e32 v25, v58, v25, vcc
	v_cmp_ne_u16_e32 vcc, 1, v23
	s_nop 1
	v_cndmask_b32_e32 v22, v58, v22, vcc
	v_cmp_ne_u16_e32 vcc, 2, v29
	s_nop 1
	v_cndmask_b32_e32 v25, v59, v25, vcc
	v_cmp_ne_u16_e32 vcc, 2, v23
	s_nop 1
	v_cndmask_b32_e32 v22, v59, v22, vcc
	v_cmp_ne_u16_e32 vcc, 3, v29
	s_nop 1
	v_cndmask_b32_e32 v25, v60, v25, vcc
	v_cmp_ne_u16_e32 vcc, 3, v23
	s_nop 1
	v_cndmask_b32_e32 v22, v60, v22, vcc
	v_cmp_ne_u16_e32 vcc, 4, v29
	s_nop 1
	v_cndmask_b32_e32 v25, v61, v25, vcc
	v_cmp_ne_u16_e32 vcc, 4, v23
	s_nop 1
	v_cndmask_b32_e32 v22, v61, v22, vcc
	v_cmp_ne_u16_e32 vcc, 5, v29
	s_nop 1
	v_cndmask_b32_e32 v25, v62, v25, vcc
	v_cmp_ne_u16_e32 vcc, 5, v23
	s_nop 1
	v_cndmask_b32_e32 v22, v62, v22, vcc
	v_cmp_ne_u16_e32 vcc, 6, v29
	s_nop 1
	v_cndmask_b32_e32 v25, v63, v25, vcc
	v_cmp_ne_u16_e32 vcc, 6, v23
	s_nop 1
	v_cndmask_b32_e32 v22, v63, v22, vcc
	v_cmp_ne_u16_e32 vcc, 7, v29
	v_lshlrev_b16_e32 v29, 7, v31
	v_and_b32_e32 v29, 0x3f80, v29
	v_cndmask_b32_e32 v25, v32, v25, vcc
	v_cmp_ne_u16_e32 vcc, 7, v23
	v_lshlrev_b16_e32 v23, 7, v168
	v_and_b32_e32 v31, 0x7f, v31
	v_cndmask_b32_e32 v22, v32, v22, vcc
	v_perm_b32 v22, v25, v22, s25
	v_and_or_b32 v21, v21, s96, v22
	v_lshlrev_b16_e32 v22, 8, v168
	v_and_b32_e32 v23, 0x3f80, v23
	v_and_b32_e32 v25, 0x7f, v168
	v_perm_b32 v22, v27, v22, s25
	v_add_u16_e32 v27, 0x2000, v29
	v_cmp_ne_u16_e32 vcc, s27, v31
	v_add_u16_e32 v23, 0x2000, v23
	v_lshlrev_b16_sdwa v29, v64, v168 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v27, v241, v27, vcc
	v_cmp_ne_u16_e32 vcc, s27, v25
	s_nop 1
	v_cndmask_b32_e32 v23, v241, v23, vcc
	v_cmp_ne_u16_e32 vcc, 0, v31
	s_nop 1
	v_cndmask_b32_e32 v27, 0, v27, vcc
	v_cmp_ne_u16_e32 vcc, 0, v25
	s_nop 1
	v_cndmask_b32_e32 v23, 0, v23, vcc
	v_cmp_ne_u16_e32 vcc, 1, v31
	s_nop 1
	v_cndmask_b32_e32 v27, v58, v27, vcc
	v_cmp_ne_u16_e32 vcc, 1, v25
	s_nop 1
	v_cndmask_b32_e32 v23, v58, v23, vcc
	v_cmp_ne_u16_e32 vcc, 2, v31
	s_nop 1
	v_cndmask_b32_e32 v27, v59, v27, vcc
	v_cmp_ne_u16_e32 vcc, 2, v25
	s_nop 1
	v_cndmask_b32_e32 v23, v59, v23, vcc
	v_cmp_ne_u16_e32 vcc, 3, v31
	s_nop 1
	v_cndmask_b32_e32 v27, v60, v27, vcc
	v_cmp_ne_u16_e32 vcc, 3, v25
	s_nop 1
	v_cndmask_b32_e32 v23, v60, v23, vcc
	v_cmp_ne_u16_e32 vcc, 4, v31
	s_nop 1
	v_cndmask_b32_e32 v27, v61, v27, vcc
	v_cmp_ne_u16_e32 vcc, 4, v25
	s_nop 1
	v_cndmask_b32_e32 v23, v61, v23, vcc
	v_cmp_ne_u16_e32 vcc, 5, v31
	s_nop 1
	v_cndmask_b32_e32 v27, v62, v27, vcc
	v_cmp_ne_u16_e32 vcc, 5, v25
	s_nop 1
	v_cndmask_b32_e32 v23, v62, v23, vcc
	v_cmp_ne_u16_e32 vcc, 6, v31
	s_nop 1
	v_cndmask_b32_e32 v27, v63, v27, vcc
	v_cmp_ne_u16_e32 vcc, 6, v25
	s_nop 1
	v_cndmask_b32_e32 v23, v63, v23, vcc
	v_cmp_ne_u16_e32 vcc, 7, v31
	v_lshlrev_b16_sdwa v31, v65, v168 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v31, 0x3f80, v31
	v_cndmask_b32_e32 v27, v32, v27, vcc
	v_cmp_ne_u16_e32 vcc, 7, v25
	v_lshlrev_b16_sdwa v25, v65, v168 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v25, 0x3f80, v25
	v_cndmask_b32_e32 v23, v32, v23, vcc
	v_perm_b32 v23, v27, v23, s25
	v_and_or_b32 v22, v22, s96, v23
	v_lshlrev_b16_sdwa v23, v64, v168 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v27, v168, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_perm_b32 v23, v29, v23, s25
	v_add_u16_e32 v29, 0x2000, v31
	v_cmp_ne_u16_e32 vcc, s27, v66
	v_add_u16_e32 v25, 0x2000, v25
	v_lshlrev_b16_e32 v31, 8, v24
	v_cndmask_b32_e32 v29, v241, v29, vcc
	v_cmp_ne_u16_e32 vcc, s27, v27
	s_nop 1
	v_cndmask_b32_e32 v25, v241, v25, vcc
	v_cmp_ne_u16_e32 vcc, 0, v66
	s_nop 1
	v_cndmask_b32_e32 v29, 0, v29, vcc
	v_cmp_ne_u16_e32 vcc, 0, v27
	s_nop 1
	v_cndmask_b32_e32 v25, 0, v25, vcc
	v_cmp_ne_u16_e32 vcc, 1, v66
	s_nop 1
	v_cndmask_b32_e32 v29, v58, v29, vcc
	v_cmp_ne_u16_e32 vcc, 1, v27
	s_nop 1
	v_cndmask_b32_e32 v25, v58, v25, vcc
	v_cmp_ne_u16_e32 vcc, 2, v66
	s_nop 1
	v_cndmask_b32_e32 v29, v59, v29, vcc
	v_cmp_ne_u16_e32 vcc, 2, v27
	s_nop 1
	v_cndmask_b32_e32 v25, v59, v25, vcc
	v_cmp_ne_u16_e32 vcc, 3, v66
	s_nop 1
	v_cndmask_b32_e32 v29, v60, v29, vcc
	v_cmp_ne_u16_e32 vcc, 3, v27
	s_nop 1
	v_cndmask_b32_e32 v25, v60, v25, vcc
	v_cmp_ne_u16_e32 vcc, 4, v66
	s_nop 1
	v_cndmask_b32_e32 v29, v61, v29, vcc
	v_cmp_ne_u16_e32 vcc, 4, v27
	s_nop 1
	v_cndmask_b32_e32 v25, v61, v25, vcc
	v_cmp_ne_u16_e32 vcc, 5, v66
	s_nop 1
	v_cndmask_b32_e32 v29, v62, v29, vcc
	v_cmp_ne_u16_e32 vcc, 5, v27
	s_nop 1
	v_cndmask_b32_e32 v25, v62, v25, vcc
	v_cmp_ne_u16_e32 vcc, 6, v66
	s_nop 1
	v_cndmask_b32_e32 v29, v63, v29, vcc
	v_cmp_ne_u16_e32 vcc, 6, v27
	s_nop 1
	v_cndmask_b32_e32 v25, v63, v25, vcc
	v_cmp_ne_u16_e32 vcc, 7, v66
	v_lshlrev_b16_e32 v66, 7, v24
	v_and_b32_e32 v66, 0x3f80, v66
	v_cndmask_b32_e32 v29, v32, v29, vcc
	v_cmp_ne_u16_e32 vcc, 7, v27
	v_lshlrev_b16_e32 v27, 7, v170
	v_and_b32_e32 v24, 0x7f, v24
	v_cndmask_b32_e32 v25, v32, v25, vcc
	v_perm_b32 v25, v29, v25, s25
	v_and_or_b32 v23, v23, s96, v25
	v_lshlrev_b16_e32 v25, 8, v170
	v_and_b32_e32 v27, 0x3f80, v27
	v_and_b32_e32 v29, 0x7f, v170
	v_perm_b32 v25, v31, v25, s25
	v_add_u16_e32 v31, 0x2000, v66
	v_cmp_ne_u16_e32 vcc, s27, v24
	v_add_u16_e32 v27, 0x2000, v27
	v_lshlrev_b16_sdwa v66, v65, v170 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v31, v241, v31, vcc
	v_cmp_ne_u16_e32 vcc, s27, v29
	v_and_b32_e32 v66, 0x3f80, v66
	s_nop 0
	v_cndmask_b32_e32 v27, v241, v27, vcc
	v_cmp_ne_u16_e32 vcc, 0, v24
	s_nop 1
	v_cndmask_b32_e32 v31, 0, v31, vcc
	v_cmp_ne_u16_e32 vcc, 0, v29
	s_nop 1
	v_cndmask_b32_e32 v27, 0, v27, vcc
	v_cmp_ne_u16_e32 vcc, 1, v24
	s_nop 1
	v_cndmask_b32_e32 v31, v58, v31, vcc
	v_cmp_ne_u16_e32 vcc, 1, v29
	s_nop 1
	v_cndmask_b32_e32 v27, v58, v27, vcc
	v_cmp_ne_u16_e32 vcc, 2, v24
	s_nop 1
	v_cndmask_b32_e32 v31, v59, v31, vcc
	v_cmp_ne_u16_e32 vcc, 2, v29
	s_nop 1
	v_cndmask_b32_e32 v27, v59, v27, vcc
	v_cmp_ne_u16_e32 vcc, 3, v24
	s_nop 1
	v_cndmask_b32_e32 v31, v60, v31, vcc
	v_cmp_ne_u16_e32 vcc, 3, v29
	s_nop 1
	v_cndmask_b32_e32 v27, v60, v27, vcc
	v_cmp_ne_u16_e32 vcc, 4, v24
	s_nop 1
	v_cndmask_b32_e32 v31, v61, v31, vcc
	v_cmp_ne_u16_e32 vcc, 4, v29
	s_nop 1
	v_cndmask_b32_e32 v27, v61, v27, vcc
	v_cmp_ne_u16_e32 vcc, 5, v24
	s_nop 1
	v_cndmask_b32_e32 v31, v62, v31, vcc
	v_cmp_ne_u16_e32 vcc, 5, v29
	s_nop 1
	v_cndmask_b32_e32 v27, v62, v27, vcc
	v_cmp_ne_u16_e32 vcc, 6, v24
	s_nop 1
	v_cndmask_b32_e32 v31, v63, v31, vcc
	v_cmp_ne_u16_e32 vcc, 6, v29
	s_nop 1
	v_cndmask_b32_e32 v27, v63, v27, vcc
	v_cmp_ne_u16_e32 vcc, 7, v24
	s_nop 1
	v_cndmask_b32_e32 v24, v32, v31, vcc
	v_cmp_ne_u16_e32 vcc, 7, v29
	v_lshlrev_b16_sdwa v31, v64, v170 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v29, v170, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v27, v32, v27, vcc
	v_perm_b32 v24, v24, v27, s25
	v_and_or_b32 v24, v25, s96, v24
	v_lshlrev_b16_sdwa v25, v64, v170 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v27, v65, v170 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v27, 0x3f80, v27
	v_perm_b32 v25, v31, v25, s25
	v_add_u16_e32 v31, 0x2000, v66
	v_cmp_ne_u16_e32 vcc, s27, v67
	v_add_u16_e32 v27, 0x2000, v27
	v_lshlrev_b16_e32 v66, 8, v26
	v_cndmask_b32_e32 v31, v241, v31, vcc
	v_cmp_ne_u16_e32 vcc, s27, v29
	s_nop 1
	v_cndmask_b32_e32 v27, v241, v27, vcc
	v_cmp_ne_u16_e32 vcc, 0, v67
	s_nop 1
	v_cndmask_b32_e32 v31, 0, v31, vcc
	v_cmp_ne_u16_e32 vcc, 0, v29
	s_nop 1
	v_cndmask_b32_e32 v27, 0, v27, vcc
	v_cmp_ne_u16_e32 vcc, 1, v67
	s_nop 1
	v_cndmask_b32_e32 v31, v58, v31, vcc
	v_cmp_ne_u16_e32 vcc, 1, v29
	s_nop 1
	v_cndmask_b32_e32 v27, v58, v27, vcc
	v_cmp_ne_u16_e32 vcc, 2, v67
	s_nop 1
	v_cndmask_b32_e32 v31, v59, v31, vcc
	v_cmp_ne_u16_e32 vcc, 2, v29
	s_nop 1
	v_cndmask_b32_e32 v27, v59, v27, vcc
	v_cmp_ne_u16_e32 vcc, 3, v67
	s_nop 1
	v_cndmask_b32_e32 v31, v60, v31, vcc
	v_cmp_ne_u16_e32 vcc, 3, v29
	s_nop 1
	v_cndmask_b32_e32 v27, v60, v27, vcc
	v_cmp_ne_u16_e32 vcc, 4, v67
	s_nop 1
	v_cndmask_b32_e32 v31, v61, v31, vcc
	v_cmp_ne_u16_e32 vcc, 4, v29
	s_nop 1
	v_cndmask_b32_e32 v27, v61, v27, vcc
	v_cmp_ne_u16_e32 vcc, 5, v67
	s_nop 1
	v_cndmask_b32_e32 v31, v62, v31, vcc
	v_cmp_ne_u16_e32 vcc, 5, v29
	s_nop 1
	v_cndmask_b32_e32 v27, v62, v27, vcc
	v_cmp_ne_u16_e32 vcc, 6, v67
	s_nop 1
	v_cndmask_b32_e32 v31, v63, v31, vcc
	v_cmp_ne_u16_e32 vcc, 6, v29
	s_nop 1
	v_cndmask_b32_e32 v27, v63, v27, vcc
	v_cmp_ne_u16_e32 vcc, 7, v67
	v_lshlrev_b16_e32 v67, 7, v26
	v_and_b32_e32 v67, 0x3f80, v67
	v_cndmask_b32_e32 v31, v32, v31, vcc
	v_cmp_ne_u16_e32 vcc, 7, v29
	v_lshlrev_b16_e32 v29, 7, v172
	v_and_b32_e32 v26, 0x7f, v26
	v_cndmask_b32_e32 v27, v32, v27, vcc
	v_perm_b32 v27, v31, v27, s25
	v_and_or_b32 v25, v25, s96, v27
	v_lshlrev_b16_e32 v27, 8, v172
	v_and_b32_e32 v29, 0x3f80, v29
	v_and_b32_e32 v31, 0x7f, v172
	v_perm_b32 v27, v66, v27, s25
	v_add_u16_e32 v66, 0x2000, v67
	v_cmp_ne_u16_e32 vcc, s27, v26
	v_add_u16_e32 v29, 0x2000, v29
	v_lshlrev_b16_sdwa v67, v65, v172 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v66, v241, v66, vcc
	v_cmp_ne_u16_e32 vcc, s27, v31
	v_and_b32_e32 v67, 0x3f80, v67
	s_nop 0
	v_cndmask_b32_e32 v29, v241, v29, vcc
	v_cmp_ne_u16_e32 vcc, 0, v26
	s_nop 1
	v_cndmask_b32_e32 v66, 0, v66, vcc
	v_cmp_ne_u16_e32 vcc, 0, v31
	s_nop 1
	v_cndmask_b32_e32 v29, 0, v29, vcc
	v_cmp_ne_u16_e32 vcc, 1, v26
	s_nop 1
	v_cndmask_b32_e32 v66, v58, v66, vcc
	v_cmp_ne_u16_e32 vcc, 1, v31
	s_nop 1
	v_cndmask_b32_e32 v29, v58, v29, vcc
	v_cmp_ne_u16_e32 vcc, 2, v26
	s_nop 1
	v_cndmask_b32_e32 v66, v59, v66, vcc
	v_cmp_ne_u16_e32 vcc, 2, v31
	s_nop 1
	v_cndmask_b32_e32 v29, v59, v29, vcc
	v_cmp_ne_u16_e32 vcc, 3, v26
	s_nop 1
	v_cndmask_b32_e32 v66, v60, v66, vcc
	v_cmp_ne_u16_e32 vcc, 3, v31
	s_nop 1
	v_cndmask_b32_e32 v29, v60, v29, vcc
	v_cmp_ne_u16_e32 vcc, 4, v26
	s_nop 1
	v_cndmask_b32_e32 v66, v61, v66, vcc
	v_cmp_ne_u16_e32 vcc, 4, v31
	s_nop 1
	v_cndmask_b32_e32 v29, v61, v29, vcc
	v_cmp_ne_u16_e32 vcc, 5, v26
	s_nop 1
	v_cndmask_b32_e32 v66, v62, v66, vcc
	v_cmp_ne_u16_e32 vcc, 5, v31
	s_nop 1
	v_cndmask_b32_e32 v29, v62, v29, vcc
	v_cmp_ne_u16_e32 vcc, 6, v26
	s_nop 1
	v_cndmask_b32_e32 v66, v63, v66, vcc
	v_cmp_ne_u16_e32 vcc, 6, v31
	s_nop 1
	v_cndmask_b32_e32 v29, v63, v29, vcc
	v_cmp_ne_u16_e32 vcc, 7, v26
	s_nop 1
	v_cndmask_b32_e32 v26, v32, v66, vcc
	v_cmp_ne_u16_e32 vcc, 7, v31
	v_lshlrev_b16_sdwa v66, v64, v172 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v31, v172, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v29, v32, v29, vcc
	v_perm_b32 v26, v26, v29, s25
	v_and_or_b32 v26, v27, s96, v26
	v_lshlrev_b16_sdwa v27, v64, v172 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v29, v65, v172 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v29, 0x3f80, v29
	v_perm_b32 v27, v66, v27, s25
	v_add_u16_e32 v66, 0x2000, v67
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_add_u16_e32 v29, 0x2000, v29
	v_lshlrev_b16_e32 v67, 8, v28
	v_cndmask_b32_e32 v66, v241, v66, vcc
	v_cmp_ne_u16_e32 vcc, s27, v31
	s_nop 1
	v_cndmask_b32_e32 v29, v241, v29, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v66, 0, v66, vcc
	v_cmp_ne_u16_e32 vcc, 0, v31
	s_nop 1
	v_cndmask_b32_e32 v29, 0, v29, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v66, v58, v66, vcc
	v_cmp_ne_u16_e32 vcc, 1, v31
	s_nop 1
	v_cndmask_b32_e32 v29, v58, v29, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v66, v59, v66, vcc
	v_cmp_ne_u16_e32 vcc, 2, v31
	s_nop 1
	v_cndmask_b32_e32 v29, v59, v29, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v66, v60, v66, vcc
	v_cmp_ne_u16_e32 vcc, 3, v31
	s_nop 1
	v_cndmask_b32_e32 v29, v60, v29, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v66, v61, v66, vcc
	v_cmp_ne_u16_e32 vcc, 4, v31
	s_nop 1
	v_cndmask_b32_e32 v29, v61, v29, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v66, v62, v66, vcc
	v_cmp_ne_u16_e32 vcc, 5, v31
	s_nop 1
	v_cndmask_b32_e32 v29, v62, v29, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v66, v63, v66, vcc
	v_cmp_ne_u16_e32 vcc, 6, v31
	s_nop 1
	v_cndmask_b32_e32 v29, v63, v29, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_lshlrev_b16_e32 v68, 7, v28
	v_and_b32_e32 v68, 0x3f80, v68
	v_cndmask_b32_e32 v66, v32, v66, vcc
	v_cmp_ne_u16_e32 vcc, 7, v31
	v_lshlrev_b16_e32 v31, 7, v174
	v_and_b32_e32 v28, 0x7f, v28
	v_cndmask_b32_e32 v29, v32, v29, vcc
	v_perm_b32 v29, v66, v29, s25
	v_and_or_b32 v27, v27, s96, v29
	v_lshlrev_b16_e32 v29, 8, v174
	v_and_b32_e32 v31, 0x3f80, v31
	v_and_b32_e32 v66, 0x7f, v174
	v_perm_b32 v29, v67, v29, s25
	v_add_u16_e32 v67, 0x2000, v68
	v_cmp_ne_u16_e32 vcc, s27, v28
	v_add_u16_e32 v31, 0x2000, v31
	v_lshlrev_b16_sdwa v68, v65, v174 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, s27, v66
	v_and_b32_e32 v68, 0x3f80, v68
	s_nop 0
	v_cndmask_b32_e32 v31, v241, v31, vcc
	v_cmp_ne_u16_e32 vcc, 0, v28
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v66
	s_nop 1
	v_cndmask_b32_e32 v31, 0, v31, vcc
	v_cmp_ne_u16_e32 vcc, 1, v28
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v66
	s_nop 1
	v_cndmask_b32_e32 v31, v58, v31, vcc
	v_cmp_ne_u16_e32 vcc, 2, v28
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v66
	s_nop 1
	v_cndmask_b32_e32 v31, v59, v31, vcc
	v_cmp_ne_u16_e32 vcc, 3, v28
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v66
	s_nop 1
	v_cndmask_b32_e32 v31, v60, v31, vcc
	v_cmp_ne_u16_e32 vcc, 4, v28
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v66
	s_nop 1
	v_cndmask_b32_e32 v31, v61, v31, vcc
	v_cmp_ne_u16_e32 vcc, 5, v28
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v66
	s_nop 1
	v_cndmask_b32_e32 v31, v62, v31, vcc
	v_cmp_ne_u16_e32 vcc, 6, v28
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v66
	s_nop 1
	v_cndmask_b32_e32 v31, v63, v31, vcc
	v_cmp_ne_u16_e32 vcc, 7, v28
	s_nop 1
	v_cndmask_b32_e32 v28, v32, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v66
	v_lshlrev_b16_sdwa v67, v64, v174 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v66, v174, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v31, v32, v31, vcc
	v_perm_b32 v28, v28, v31, s25
	v_and_or_b32 v28, v29, s96, v28
	v_lshlrev_b16_sdwa v29, v64, v174 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v31, v65, v174 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v31, 0x3f80, v31
	v_perm_b32 v29, v67, v29, s25
	v_add_u16_e32 v67, 0x2000, v68
	v_cmp_ne_u16_e32 vcc, s27, v69
	v_add_u16_e32 v31, 0x2000, v31
	v_lshlrev_b16_e32 v68, 8, v30
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, s27, v66
	s_nop 1
	v_cndmask_b32_e32 v31, v241, v31, vcc
	v_cmp_ne_u16_e32 vcc, 0, v69
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v66
	s_nop 1
	v_cndmask_b32_e32 v31, 0, v31, vcc
	v_cmp_ne_u16_e32 vcc, 1, v69
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v66
	s_nop 1
	v_cndmask_b32_e32 v31, v58, v31, vcc
	v_cmp_ne_u16_e32 vcc, 2, v69
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v66
	s_nop 1
	v_cndmask_b32_e32 v31, v59, v31, vcc
	v_cmp_ne_u16_e32 vcc, 3, v69
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v66
	s_nop 1
	v_cndmask_b32_e32 v31, v60, v31, vcc
	v_cmp_ne_u16_e32 vcc, 4, v69
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v66
	s_nop 1
	v_cndmask_b32_e32 v31, v61, v31, vcc
	v_cmp_ne_u16_e32 vcc, 5, v69
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v66
	s_nop 1
	v_cndmask_b32_e32 v31, v62, v31, vcc
	v_cmp_ne_u16_e32 vcc, 6, v69
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v66
	s_nop 1
	v_cndmask_b32_e32 v31, v63, v31, vcc
	v_cmp_ne_u16_e32 vcc, 7, v69
	v_lshlrev_b16_e32 v69, 7, v30
	v_and_b32_e32 v69, 0x3f80, v69
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v66
	v_lshlrev_b16_e32 v66, 7, v176
	v_and_b32_e32 v30, 0x7f, v30
	v_cndmask_b32_e32 v31, v32, v31, vcc
	v_perm_b32 v31, v67, v31, s25
	v_and_or_b32 v29, v29, s96, v31
	v_lshlrev_b16_e32 v31, 8, v176
	v_and_b32_e32 v66, 0x3f80, v66
	v_and_b32_e32 v67, 0x7f, v176
	v_perm_b32 v31, v68, v31, s25
	v_add_u16_e32 v68, 0x2000, v69
	v_cmp_ne_u16_e32 vcc, s27, v30
	v_add_u16_e32 v66, 0x2000, v66
	v_lshlrev_b16_sdwa v69, v65, v176 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v68, v241, v68, vcc
	v_cmp_ne_u16_e32 vcc, s27, v67
	v_and_b32_e32 v69, 0x3f80, v69
	s_nop 0
	v_cndmask_b32_e32 v66, v241, v66, vcc
	v_cmp_ne_u16_e32 vcc, 0, v30
	s_nop 1
	v_cndmask_b32_e32 v68, 0, v68, vcc
	v_cmp_ne_u16_e32 vcc, 0, v67
	s_nop 1
	v_cndmask_b32_e32 v66, 0, v66, vcc
	v_cmp_ne_u16_e32 vcc, 1, v30
	s_nop 1
	v_cndmask_b32_e32 v68, v58, v68, vcc
	v_cmp_ne_u16_e32 vcc, 1, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v58, v66, vcc
	v_cmp_ne_u16_e32 vcc, 2, v30
	s_nop 1
	v_cndmask_b32_e32 v68, v59, v68, vcc
	v_cmp_ne_u16_e32 vcc, 2, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v59, v66, vcc
	v_cmp_ne_u16_e32 vcc, 3, v30
	s_nop 1
	v_cndmask_b32_e32 v68, v60, v68, vcc
	v_cmp_ne_u16_e32 vcc, 3, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v60, v66, vcc
	v_cmp_ne_u16_e32 vcc, 4, v30
	s_nop 1
	v_cndmask_b32_e32 v68, v61, v68, vcc
	v_cmp_ne_u16_e32 vcc, 4, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v61, v66, vcc
	v_cmp_ne_u16_e32 vcc, 5, v30
	s_nop 1
	v_cndmask_b32_e32 v68, v62, v68, vcc
	v_cmp_ne_u16_e32 vcc, 5, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v62, v66, vcc
	v_cmp_ne_u16_e32 vcc, 6, v30
	s_nop 1
	v_cndmask_b32_e32 v68, v63, v68, vcc
	v_cmp_ne_u16_e32 vcc, 6, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v63, v66, vcc
	v_cmp_ne_u16_e32 vcc, 7, v30
	s_nop 1
	v_cndmask_b32_e32 v30, v32, v68, vcc
	v_cmp_ne_u16_e32 vcc, 7, v67
	v_lshlrev_b16_sdwa v68, v64, v176 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v67, v176, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e32 v66, v32, v66, vcc
	v_perm_b32 v30, v30, v66, s25
	v_and_or_b32 v30, v31, s96, v30
	v_lshlrev_b16_sdwa v31, v64, v176 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v66, v65, v176 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v66, 0x3f80, v66
	v_perm_b32 v31, v68, v31, s25
	v_add_u16_e32 v68, 0x2000, v69
	v_cmp_ne_u16_e32 vcc, s27, v70
	v_add_u16_e32 v66, 0x2000, v66
	v_lshlrev_b16_e32 v69, 8, v199
	v_cndmask_b32_e32 v68, v241, v68, vcc
	v_cmp_ne_u16_e32 vcc, s27, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v241, v66, vcc
	v_cmp_ne_u16_e32 vcc, 0, v70
	s_nop 1
	v_cndmask_b32_e32 v68, 0, v68, vcc
	v_cmp_ne_u16_e32 vcc, 0, v67
	s_nop 1
	v_cndmask_b32_e32 v66, 0, v66, vcc
	v_cmp_ne_u16_e32 vcc, 1, v70
	s_nop 1
	v_cndmask_b32_e32 v68, v58, v68, vcc
	v_cmp_ne_u16_e32 vcc, 1, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v58, v66, vcc
	v_cmp_ne_u16_e32 vcc, 2, v70
	s_nop 1
	v_cndmask_b32_e32 v68, v59, v68, vcc
	v_cmp_ne_u16_e32 vcc, 2, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v59, v66, vcc
	v_cmp_ne_u16_e32 vcc, 3, v70
	s_nop 1
	v_cndmask_b32_e32 v68, v60, v68, vcc
	v_cmp_ne_u16_e32 vcc, 3, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v60, v66, vcc
	v_cmp_ne_u16_e32 vcc, 4, v70
	s_nop 1
	v_cndmask_b32_e32 v68, v61, v68, vcc
	v_cmp_ne_u16_e32 vcc, 4, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v61, v66, vcc
	v_cmp_ne_u16_e32 vcc, 5, v70
	s_nop 1
	v_cndmask_b32_e32 v68, v62, v68, vcc
	v_cmp_ne_u16_e32 vcc, 5, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v62, v66, vcc
	v_cmp_ne_u16_e32 vcc, 6, v70
	s_nop 1
	v_cndmask_b32_e32 v68, v63, v68, vcc
	v_cmp_ne_u16_e32 vcc, 6, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v63, v66, vcc
	v_cmp_ne_u16_e32 vcc, 7, v70
	v_lshlrev_b16_e32 v70, 7, v199
	v_and_b32_e32 v70, 0x3f80, v70
	v_cndmask_b32_e32 v68, v32, v68, vcc
	v_cmp_ne_u16_e32 vcc, 7, v67
	v_lshlrev_b16_e32 v67, 7, v163
	v_and_b32_e32 v67, 0x3f80, v67
	v_cndmask_b32_e32 v66, v32, v66, vcc
	v_perm_b32 v66, v68, v66, s25
	v_and_or_b32 v31, v31, s96, v66
	v_lshlrev_b16_e32 v66, 8, v163
	v_and_b32_e32 v68, 0x7f, v163
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v163 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v163, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v163, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v162, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v163 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v163 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v163 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v195
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v195
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v165
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v163, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v165
	v_lshlrev_b16_e32 v67, 7, v165
	v_lshlrev_b16_e32 v69, 8, v195
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v165 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v165, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v165, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v164, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v165 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v165 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v165 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v191
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v191
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v167
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v165, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v167
	v_lshlrev_b16_e32 v67, 7, v167
	v_lshlrev_b16_e32 v69, 8, v191
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v167 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v167, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v167, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v166, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v167 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v167 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v167 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v189
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v189
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v169
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v167, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v169
	v_lshlrev_b16_e32 v67, 7, v169
	v_lshlrev_b16_e32 v69, 8, v189
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v169 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v169, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v169, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v168, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v169 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v169 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v169 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v185
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v185
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v171
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v169, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v171
	v_lshlrev_b16_e32 v67, 7, v171
	v_lshlrev_b16_e32 v69, 8, v185
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v171 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v171, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v171, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v170, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v171 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v171 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v171 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v183
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v183
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v173
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v171, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v173
	v_lshlrev_b16_e32 v67, 7, v173
	v_lshlrev_b16_e32 v69, 8, v183
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v173 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v173, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v173, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v172, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v173 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v173 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v173 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v181
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v181
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v175
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v173, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v175
	v_lshlrev_b16_e32 v67, 7, v175
	v_lshlrev_b16_e32 v69, 8, v181
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v175 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v175, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v175, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v174, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v175 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v175 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v175 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v179
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v179
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v177
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v175, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v177
	v_lshlrev_b16_e32 v67, 7, v177
	v_lshlrev_b16_e32 v69, 8, v179
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v177 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v177, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v177, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v176, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v177 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v177 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v177 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v178
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v178
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v200
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v177, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v200
	v_lshlrev_b16_e32 v67, 7, v200
	v_lshlrev_b16_e32 v69, 8, v178
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v200 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v200, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v200, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v178, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v200 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v200 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v200 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v180
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v180
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v204
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v179, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v204
	v_lshlrev_b16_e32 v67, 7, v204
	v_lshlrev_b16_e32 v69, 8, v180
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v204 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v204, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v204, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v180, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v204 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v204 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v204 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v182
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v182
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v208
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v181, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v208
	v_lshlrev_b16_e32 v67, 7, v208
	v_lshlrev_b16_e32 v69, 8, v182
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v208 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v208, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v208, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v182, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v208 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v208 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v208 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v184
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v184
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v206
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v183, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v206
	v_lshlrev_b16_e32 v67, 7, v206
	v_lshlrev_b16_e32 v69, 8, v184
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v206 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v206, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v206, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v184, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v206 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v206 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v206 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v188
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v188
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v202
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v185, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v202
	v_lshlrev_b16_e32 v67, 7, v202
	v_lshlrev_b16_e32 v69, 8, v188
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v202 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v202, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v202, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v188, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v202 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v202 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v202 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v190
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v190
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v196
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v189, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v196
	v_lshlrev_b16_e32 v67, 7, v196
	v_lshlrev_b16_e32 v69, 8, v190
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v196 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v196, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v196, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v190, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v196 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v196 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v196 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v194
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v194
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v192
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v191, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v192
	v_lshlrev_b16_e32 v67, 7, v192
	v_lshlrev_b16_e32 v69, 8, v194
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v192 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v192, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v192, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v194, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v192 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v192 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v192 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v198
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v198
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v186
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v195, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v186
	v_lshlrev_b16_e32 v67, 7, v186
	v_lshlrev_b16_e32 v69, 8, v198
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v186 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v186, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v186, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v198, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v186 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v186 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v186 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v225
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v225
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v201
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v199, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v201
	v_lshlrev_b16_e32 v67, 7, v201
	v_lshlrev_b16_e32 v69, 8, v225
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v201 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v201, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v201, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v200, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v201 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v201 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v201 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v223
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v223
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v205
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v201, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v205
	v_lshlrev_b16_e32 v67, 7, v205
	v_lshlrev_b16_e32 v69, 8, v223
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v205 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v205, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v205, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v204, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v205 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v205 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v205 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v221
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v221
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v209
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v205, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v209
	v_lshlrev_b16_e32 v67, 7, v209
	v_lshlrev_b16_e32 v69, 8, v221
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v209 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v209, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v209, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v208, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v209 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v209 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v209 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v219
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v219
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v207
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v209, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v207
	v_lshlrev_b16_e32 v67, 7, v207
	v_lshlrev_b16_e32 v69, 8, v219
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v207 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v207, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v207, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v206, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v207 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v207 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v207 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v217
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v217
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v203
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v207, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v203
	v_lshlrev_b16_e32 v67, 7, v203
	v_lshlrev_b16_e32 v69, 8, v217
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v203 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v203, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v203, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v202, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v203 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v203 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v203 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v215
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v215
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v197
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v203, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v197
	v_lshlrev_b16_e32 v67, 7, v197
	v_lshlrev_b16_e32 v69, 8, v215
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v197 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v197, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v197, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v196, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v197 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v197 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v197 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v213
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v213
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v193
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v197, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v193
	v_lshlrev_b16_e32 v67, 7, v193
	v_lshlrev_b16_e32 v69, 8, v213
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v193 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v193, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v193, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v192, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v193 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v193 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v193 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v70, 7, v211
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_e32 v71, 0x7f, v211
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_e32 v68, 0x7f, v187
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v193, v66, s96, v67
	v_lshlrev_b16_e32 v66, 8, v187
	v_lshlrev_b16_e32 v67, 7, v187
	v_lshlrev_b16_e32 v69, 8, v211
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v187 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_and_b32_sdwa v71, v187, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v187, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v186, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v187 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v187 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v187 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshlrev_b16_e32 v70, 7, v210
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_and_b32_e32 v70, 0x3f80, v70
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_and_b32_e32 v71, 0x7f, v210
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_nop 0
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_and_b32_e32 v68, 0x7f, v14
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v187, v66, s96, v67
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshlrev_b16_e32 v66, 8, v14
	v_lshlrev_b16_e32 v67, 7, v14
	v_lshlrev_b16_e32 v69, 8, v210
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v71
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_sdwa v70, v65, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_and_b32_e32 v70, 0x3f80, v70
	s_nop 0
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v71
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v71
	s_nop 1
	v_cndmask_b32_e32 v69, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_and_b32_sdwa v68, v14, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v67, v69, v67, s25
	v_and_or_b32 v210, v66, s96, v67
	v_lshlrev_b16_sdwa v66, v64, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v65, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v69, v64, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v14, v14, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v67, 0x3f80, v67
	v_perm_b32 v66, v69, v66, s25
	v_add_u16_e32 v69, 0x2000, v70
	v_cmp_ne_u16_e32 vcc, s27, v14
	v_add_u16_e32 v67, 0x2000, v67
	v_and_b32_e32 v70, 0x7f, v212
	v_cndmask_b32_e32 v69, v241, v69, vcc
	v_cmp_ne_u16_e32 vcc, s27, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v14
	s_nop 1
	v_cndmask_b32_e32 v69, 0, v69, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v14
	s_nop 1
	v_cndmask_b32_e32 v69, v58, v69, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v14
	s_nop 1
	v_cndmask_b32_e32 v69, v59, v69, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v14
	s_nop 1
	v_cndmask_b32_e32 v69, v60, v69, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v14
	s_nop 1
	v_cndmask_b32_e32 v69, v61, v69, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v14
	s_nop 1
	v_cndmask_b32_e32 v69, v62, v69, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v14
	s_nop 1
	v_cndmask_b32_e32 v69, v63, v69, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v14
	s_nop 1
	v_cndmask_b32_e32 v14, v32, v69, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	v_lshlrev_b16_e32 v69, 7, v212
	v_lshlrev_b16_e32 v68, 8, v212
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_perm_b32 v14, v14, v67, s25
	v_and_or_b32 v211, v66, s96, v14
	v_lshlrev_b16_e32 v14, 8, v12
	v_lshlrev_b16_e32 v66, 7, v12
	v_and_b32_e32 v69, 0x3f80, v69
	v_and_b32_e32 v66, 0x3f80, v66
	v_and_b32_e32 v67, 0x7f, v12
	v_perm_b32 v14, v68, v14, s25
	v_add_u16_e32 v68, 0x2000, v69
	v_cmp_ne_u16_e32 vcc, s27, v70
	v_add_u16_e32 v66, 0x2000, v66
	v_lshlrev_b16_sdwa v69, v65, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v68, v241, v68, vcc
	v_cmp_ne_u16_e32 vcc, s27, v67
	v_and_b32_e32 v69, 0x3f80, v69
	s_nop 0
	v_cndmask_b32_e32 v66, v241, v66, vcc
	v_cmp_ne_u16_e32 vcc, 0, v70
	s_nop 1
	v_cndmask_b32_e32 v68, 0, v68, vcc
	v_cmp_ne_u16_e32 vcc, 0, v67
	s_nop 1
	v_cndmask_b32_e32 v66, 0, v66, vcc
	v_cmp_ne_u16_e32 vcc, 1, v70
	s_nop 1
	v_cndmask_b32_e32 v68, v58, v68, vcc
	v_cmp_ne_u16_e32 vcc, 1, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v58, v66, vcc
	v_cmp_ne_u16_e32 vcc, 2, v70
	s_nop 1
	v_cndmask_b32_e32 v68, v59, v68, vcc
	v_cmp_ne_u16_e32 vcc, 2, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v59, v66, vcc
	v_cmp_ne_u16_e32 vcc, 3, v70
	s_nop 1
	v_cndmask_b32_e32 v68, v60, v68, vcc
	v_cmp_ne_u16_e32 vcc, 3, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v60, v66, vcc
	v_cmp_ne_u16_e32 vcc, 4, v70
	s_nop 1
	v_cndmask_b32_e32 v68, v61, v68, vcc
	v_cmp_ne_u16_e32 vcc, 4, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v61, v66, vcc
	v_cmp_ne_u16_e32 vcc, 5, v70
	s_nop 1
	v_cndmask_b32_e32 v68, v62, v68, vcc
	v_cmp_ne_u16_e32 vcc, 5, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v62, v66, vcc
	v_cmp_ne_u16_e32 vcc, 6, v70
	s_nop 1
	v_cndmask_b32_e32 v68, v63, v68, vcc
	v_cmp_ne_u16_e32 vcc, 6, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v63, v66, vcc
	v_cmp_ne_u16_e32 vcc, 7, v70
	s_nop 1
	v_cndmask_b32_e32 v68, v32, v68, vcc
	v_cmp_ne_u16_e32 vcc, 7, v67
	v_and_b32_sdwa v67, v12, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v66, v32, v66, vcc
	v_perm_b32 v66, v68, v66, s25
	v_and_or_b32 v212, v14, s96, v66
	v_lshlrev_b16_sdwa v14, v64, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v66, v65, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v68, v64, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v12, v12, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v66, 0x3f80, v66
	v_perm_b32 v14, v68, v14, s25
	v_add_u16_e32 v68, 0x2000, v69
	v_cmp_ne_u16_e32 vcc, s27, v12
	v_add_u16_e32 v66, 0x2000, v66
	v_and_b32_e32 v69, 0x7f, v214
	v_cndmask_b32_e32 v68, v241, v68, vcc
	v_cmp_ne_u16_e32 vcc, s27, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v241, v66, vcc
	v_cmp_ne_u16_e32 vcc, 0, v12
	s_nop 1
	v_cndmask_b32_e32 v68, 0, v68, vcc
	v_cmp_ne_u16_e32 vcc, 0, v67
	s_nop 1
	v_cndmask_b32_e32 v66, 0, v66, vcc
	v_cmp_ne_u16_e32 vcc, 1, v12
	s_nop 1
	v_cndmask_b32_e32 v68, v58, v68, vcc
	v_cmp_ne_u16_e32 vcc, 1, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v58, v66, vcc
	v_cmp_ne_u16_e32 vcc, 2, v12
	s_nop 1
	v_cndmask_b32_e32 v68, v59, v68, vcc
	v_cmp_ne_u16_e32 vcc, 2, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v59, v66, vcc
	v_cmp_ne_u16_e32 vcc, 3, v12
	s_nop 1
	v_cndmask_b32_e32 v68, v60, v68, vcc
	v_cmp_ne_u16_e32 vcc, 3, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v60, v66, vcc
	v_cmp_ne_u16_e32 vcc, 4, v12
	s_nop 1
	v_cndmask_b32_e32 v68, v61, v68, vcc
	v_cmp_ne_u16_e32 vcc, 4, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v61, v66, vcc
	v_cmp_ne_u16_e32 vcc, 5, v12
	s_nop 1
	v_cndmask_b32_e32 v68, v62, v68, vcc
	v_cmp_ne_u16_e32 vcc, 5, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v62, v66, vcc
	v_cmp_ne_u16_e32 vcc, 6, v12
	s_nop 1
	v_cndmask_b32_e32 v68, v63, v68, vcc
	v_cmp_ne_u16_e32 vcc, 6, v67
	s_nop 1
	v_cndmask_b32_e32 v66, v63, v66, vcc
	v_cmp_ne_u16_e32 vcc, 7, v12
	s_nop 1
	v_cndmask_b32_e32 v12, v32, v68, vcc
	v_cmp_ne_u16_e32 vcc, 7, v67
	v_lshlrev_b16_e32 v68, 7, v214
	v_lshlrev_b16_e32 v67, 8, v214
	v_cndmask_b32_e32 v66, v32, v66, vcc
	v_perm_b32 v12, v12, v66, s25
	v_and_or_b32 v213, v14, s96, v12
	v_lshlrev_b16_e32 v12, 8, v10
	v_lshlrev_b16_e32 v14, 7, v10
	v_and_b32_e32 v68, 0x3f80, v68
	v_and_b32_e32 v14, 0x3f80, v14
	v_and_b32_e32 v66, 0x7f, v10
	v_perm_b32 v12, v67, v12, s25
	v_add_u16_e32 v67, 0x2000, v68
	v_cmp_ne_u16_e32 vcc, s27, v69
	v_add_u16_e32 v14, 0x2000, v14
	v_lshlrev_b16_sdwa v68, v65, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, s27, v66
	v_and_b32_e32 v68, 0x3f80, v68
	s_nop 0
	v_cndmask_b32_e32 v14, v241, v14, vcc
	v_cmp_ne_u16_e32 vcc, 0, v69
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v66
	s_nop 1
	v_cndmask_b32_e32 v14, 0, v14, vcc
	v_cmp_ne_u16_e32 vcc, 1, v69
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v66
	s_nop 1
	v_cndmask_b32_e32 v14, v58, v14, vcc
	v_cmp_ne_u16_e32 vcc, 2, v69
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v66
	s_nop 1
	v_cndmask_b32_e32 v14, v59, v14, vcc
	v_cmp_ne_u16_e32 vcc, 3, v69
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v66
	s_nop 1
	v_cndmask_b32_e32 v14, v60, v14, vcc
	v_cmp_ne_u16_e32 vcc, 4, v69
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v66
	s_nop 1
	v_cndmask_b32_e32 v14, v61, v14, vcc
	v_cmp_ne_u16_e32 vcc, 5, v69
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v66
	s_nop 1
	v_cndmask_b32_e32 v14, v62, v14, vcc
	v_cmp_ne_u16_e32 vcc, 6, v69
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v66
	s_nop 1
	v_cndmask_b32_e32 v14, v63, v14, vcc
	v_cmp_ne_u16_e32 vcc, 7, v69
	s_nop 1
	v_cndmask_b32_e32 v67, v32, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v66
	v_and_b32_sdwa v66, v10, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v14, v32, v14, vcc
	v_perm_b32 v14, v67, v14, s25
	v_and_or_b32 v214, v12, s96, v14
	v_lshlrev_b16_sdwa v12, v64, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v14, v65, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v64, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v10, v10, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v14, 0x3f80, v14
	v_perm_b32 v12, v67, v12, s25
	v_add_u16_e32 v67, 0x2000, v68
	v_cmp_ne_u16_e32 vcc, s27, v10
	v_add_u16_e32 v14, 0x2000, v14
	v_and_b32_e32 v68, 0x7f, v216
	v_cndmask_b32_e32 v67, v241, v67, vcc
	v_cmp_ne_u16_e32 vcc, s27, v66
	s_nop 1
	v_cndmask_b32_e32 v14, v241, v14, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	s_nop 1
	v_cndmask_b32_e32 v67, 0, v67, vcc
	v_cmp_ne_u16_e32 vcc, 0, v66
	s_nop 1
	v_cndmask_b32_e32 v14, 0, v14, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v67, v58, v67, vcc
	v_cmp_ne_u16_e32 vcc, 1, v66
	s_nop 1
	v_cndmask_b32_e32 v14, v58, v14, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v67, v59, v67, vcc
	v_cmp_ne_u16_e32 vcc, 2, v66
	s_nop 1
	v_cndmask_b32_e32 v14, v59, v14, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v67, v60, v67, vcc
	v_cmp_ne_u16_e32 vcc, 3, v66
	s_nop 1
	v_cndmask_b32_e32 v14, v60, v14, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v67, v61, v67, vcc
	v_cmp_ne_u16_e32 vcc, 4, v66
	s_nop 1
	v_cndmask_b32_e32 v14, v61, v14, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v67, v62, v67, vcc
	v_cmp_ne_u16_e32 vcc, 5, v66
	s_nop 1
	v_cndmask_b32_e32 v14, v62, v14, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v67, v63, v67, vcc
	v_cmp_ne_u16_e32 vcc, 6, v66
	s_nop 1
	v_cndmask_b32_e32 v14, v63, v14, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	s_nop 1
	v_cndmask_b32_e32 v10, v32, v67, vcc
	v_cmp_ne_u16_e32 vcc, 7, v66
	v_lshlrev_b16_e32 v67, 7, v216
	v_lshlrev_b16_e32 v66, 8, v216
	v_cndmask_b32_e32 v14, v32, v14, vcc
	v_perm_b32 v10, v10, v14, s25
	v_and_or_b32 v215, v12, s96, v10
	v_lshlrev_b16_e32 v10, 8, v8
	v_lshlrev_b16_e32 v12, 7, v8
	v_and_b32_e32 v67, 0x3f80, v67
	v_and_b32_e32 v12, 0x3f80, v12
	v_and_b32_e32 v14, 0x7f, v8
	v_perm_b32 v10, v66, v10, s25
	v_add_u16_e32 v66, 0x2000, v67
	v_cmp_ne_u16_e32 vcc, s27, v68
	v_add_u16_e32 v12, 0x2000, v12
	v_lshlrev_b16_sdwa v67, v65, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v66, v241, v66, vcc
	v_cmp_ne_u16_e32 vcc, s27, v14
	v_and_b32_e32 v67, 0x3f80, v67
	s_nop 0
	v_cndmask_b32_e32 v12, v241, v12, vcc
	v_cmp_ne_u16_e32 vcc, 0, v68
	s_nop 1
	v_cndmask_b32_e32 v66, 0, v66, vcc
	v_cmp_ne_u16_e32 vcc, 0, v14
	s_nop 1
	v_cndmask_b32_e32 v12, 0, v12, vcc
	v_cmp_ne_u16_e32 vcc, 1, v68
	s_nop 1
	v_cndmask_b32_e32 v66, v58, v66, vcc
	v_cmp_ne_u16_e32 vcc, 1, v14
	s_nop 1
	v_cndmask_b32_e32 v12, v58, v12, vcc
	v_cmp_ne_u16_e32 vcc, 2, v68
	s_nop 1
	v_cndmask_b32_e32 v66, v59, v66, vcc
	v_cmp_ne_u16_e32 vcc, 2, v14
	s_nop 1
	v_cndmask_b32_e32 v12, v59, v12, vcc
	v_cmp_ne_u16_e32 vcc, 3, v68
	s_nop 1
	v_cndmask_b32_e32 v66, v60, v66, vcc
	v_cmp_ne_u16_e32 vcc, 3, v14
	s_nop 1
	v_cndmask_b32_e32 v12, v60, v12, vcc
	v_cmp_ne_u16_e32 vcc, 4, v68
	s_nop 1
	v_cndmask_b32_e32 v66, v61, v66, vcc
	v_cmp_ne_u16_e32 vcc, 4, v14
	s_nop 1
	v_cndmask_b32_e32 v12, v61, v12, vcc
	v_cmp_ne_u16_e32 vcc, 5, v68
	s_nop 1
	v_cndmask_b32_e32 v66, v62, v66, vcc
	v_cmp_ne_u16_e32 vcc, 5, v14
	s_nop 1
	v_cndmask_b32_e32 v12, v62, v12, vcc
	v_cmp_ne_u16_e32 vcc, 6, v68
	s_nop 1
	v_cndmask_b32_e32 v66, v63, v66, vcc
	v_cmp_ne_u16_e32 vcc, 6, v14
	s_nop 1
	v_cndmask_b32_e32 v12, v63, v12, vcc
	v_cmp_ne_u16_e32 vcc, 7, v68
	s_nop 1
	v_cndmask_b32_e32 v66, v32, v66, vcc
	v_cmp_ne_u16_e32 vcc, 7, v14
	v_and_b32_sdwa v14, v8, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v12, v32, v12, vcc
	v_perm_b32 v12, v66, v12, s25
	v_and_or_b32 v216, v10, s96, v12
	v_lshlrev_b16_sdwa v10, v64, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v12, v65, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v66, v64, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v8, v8, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v12, 0x3f80, v12
	v_perm_b32 v10, v66, v10, s25
	v_add_u16_e32 v66, 0x2000, v67
	v_cmp_ne_u16_e32 vcc, s27, v8
	v_add_u16_e32 v12, 0x2000, v12
	v_and_b32_e32 v67, 0x7f, v218
	v_cndmask_b32_e32 v66, v241, v66, vcc
	v_cmp_ne_u16_e32 vcc, s27, v14
	s_nop 1
	v_cndmask_b32_e32 v12, v241, v12, vcc
	v_cmp_ne_u16_e32 vcc, 0, v8
	s_nop 1
	v_cndmask_b32_e32 v66, 0, v66, vcc
	v_cmp_ne_u16_e32 vcc, 0, v14
	s_nop 1
	v_cndmask_b32_e32 v12, 0, v12, vcc
	v_cmp_ne_u16_e32 vcc, 1, v8
	s_nop 1
	v_cndmask_b32_e32 v66, v58, v66, vcc
	v_cmp_ne_u16_e32 vcc, 1, v14
	s_nop 1
	v_cndmask_b32_e32 v12, v58, v12, vcc
	v_cmp_ne_u16_e32 vcc, 2, v8
	s_nop 1
	v_cndmask_b32_e32 v66, v59, v66, vcc
	v_cmp_ne_u16_e32 vcc, 2, v14
	s_nop 1
	v_cndmask_b32_e32 v12, v59, v12, vcc
	v_cmp_ne_u16_e32 vcc, 3, v8
	s_nop 1
	v_cndmask_b32_e32 v66, v60, v66, vcc
	v_cmp_ne_u16_e32 vcc, 3, v14
	s_nop 1
	v_cndmask_b32_e32 v12, v60, v12, vcc
	v_cmp_ne_u16_e32 vcc, 4, v8
	s_nop 1
	v_cndmask_b32_e32 v66, v61, v66, vcc
	v_cmp_ne_u16_e32 vcc, 4, v14
	s_nop 1
	v_cndmask_b32_e32 v12, v61, v12, vcc
	v_cmp_ne_u16_e32 vcc, 5, v8
	s_nop 1
	v_cndmask_b32_e32 v66, v62, v66, vcc
	v_cmp_ne_u16_e32 vcc, 5, v14
	s_nop 1
	v_cndmask_b32_e32 v12, v62, v12, vcc
	v_cmp_ne_u16_e32 vcc, 6, v8
	s_nop 1
	v_cndmask_b32_e32 v66, v63, v66, vcc
	v_cmp_ne_u16_e32 vcc, 6, v14
	s_nop 1
	v_cndmask_b32_e32 v12, v63, v12, vcc
	v_cmp_ne_u16_e32 vcc, 7, v8
	s_nop 1
	v_cndmask_b32_e32 v8, v32, v66, vcc
	v_cmp_ne_u16_e32 vcc, 7, v14
	v_lshlrev_b16_e32 v66, 7, v218
	v_lshlrev_b16_e32 v14, 8, v218
	v_cndmask_b32_e32 v12, v32, v12, vcc
	v_perm_b32 v8, v8, v12, s25
	v_and_or_b32 v217, v10, s96, v8
	v_lshlrev_b16_e32 v8, 8, v6
	v_lshlrev_b16_e32 v10, 7, v6
	v_and_b32_e32 v66, 0x3f80, v66
	v_and_b32_e32 v10, 0x3f80, v10
	v_and_b32_e32 v12, 0x7f, v6
	v_perm_b32 v8, v14, v8, s25
	v_add_u16_e32 v14, 0x2000, v66
	v_cmp_ne_u16_e32 vcc, s27, v67
	v_add_u16_e32 v10, 0x2000, v10
	v_lshlrev_b16_sdwa v66, v65, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v14, v241, v14, vcc
	v_cmp_ne_u16_e32 vcc, s27, v12
	v_and_b32_e32 v66, 0x3f80, v66
	s_nop 0
	v_cndmask_b32_e32 v10, v241, v10, vcc
	v_cmp_ne_u16_e32 vcc, 0, v67
	s_nop 1
	v_cndmask_b32_e32 v14, 0, v14, vcc
	v_cmp_ne_u16_e32 vcc, 0, v12
	s_nop 1
	v_cndmask_b32_e32 v10, 0, v10, vcc
	v_cmp_ne_u16_e32 vcc, 1, v67
	s_nop 1
	v_cndmask_b32_e32 v14, v58, v14, vcc
	v_cmp_ne_u16_e32 vcc, 1, v12
	s_nop 1
	v_cndmask_b32_e32 v10, v58, v10, vcc
	v_cmp_ne_u16_e32 vcc, 2, v67
	s_nop 1
	v_cndmask_b32_e32 v14, v59, v14, vcc
	v_cmp_ne_u16_e32 vcc, 2, v12
	s_nop 1
	v_cndmask_b32_e32 v10, v59, v10, vcc
	v_cmp_ne_u16_e32 vcc, 3, v67
	s_nop 1
	v_cndmask_b32_e32 v14, v60, v14, vcc
	v_cmp_ne_u16_e32 vcc, 3, v12
	s_nop 1
	v_cndmask_b32_e32 v10, v60, v10, vcc
	v_cmp_ne_u16_e32 vcc, 4, v67
	s_nop 1
	v_cndmask_b32_e32 v14, v61, v14, vcc
	v_cmp_ne_u16_e32 vcc, 4, v12
	s_nop 1
	v_cndmask_b32_e32 v10, v61, v10, vcc
	v_cmp_ne_u16_e32 vcc, 5, v67
	s_nop 1
	v_cndmask_b32_e32 v14, v62, v14, vcc
	v_cmp_ne_u16_e32 vcc, 5, v12
	s_nop 1
	v_cndmask_b32_e32 v10, v62, v10, vcc
	v_cmp_ne_u16_e32 vcc, 6, v67
	s_nop 1
	v_cndmask_b32_e32 v14, v63, v14, vcc
	v_cmp_ne_u16_e32 vcc, 6, v12
	s_nop 1
	v_cndmask_b32_e32 v10, v63, v10, vcc
	v_cmp_ne_u16_e32 vcc, 7, v67
	s_nop 1
	v_cndmask_b32_e32 v14, v32, v14, vcc
	v_cmp_ne_u16_e32 vcc, 7, v12
	v_and_b32_sdwa v12, v6, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v10, v32, v10, vcc
	v_perm_b32 v10, v14, v10, s25
	v_and_or_b32 v218, v8, s96, v10
	v_lshlrev_b16_sdwa v8, v64, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v10, v65, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v14, v64, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v6, v6, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v10, 0x3f80, v10
	v_perm_b32 v8, v14, v8, s25
	v_add_u16_e32 v14, 0x2000, v66
	v_cmp_ne_u16_e32 vcc, s27, v6
	v_add_u16_e32 v10, 0x2000, v10
	v_and_b32_e32 v66, 0x7f, v220
	v_cndmask_b32_e32 v14, v241, v14, vcc
	v_cmp_ne_u16_e32 vcc, s27, v12
	s_nop 1
	v_cndmask_b32_e32 v10, v241, v10, vcc
	v_cmp_ne_u16_e32 vcc, 0, v6
	s_nop 1
	v_cndmask_b32_e32 v14, 0, v14, vcc
	v_cmp_ne_u16_e32 vcc, 0, v12
	s_nop 1
	v_cndmask_b32_e32 v10, 0, v10, vcc
	v_cmp_ne_u16_e32 vcc, 1, v6
	s_nop 1
	v_cndmask_b32_e32 v14, v58, v14, vcc
	v_cmp_ne_u16_e32 vcc, 1, v12
	s_nop 1
	v_cndmask_b32_e32 v10, v58, v10, vcc
	v_cmp_ne_u16_e32 vcc, 2, v6
	s_nop 1
	v_cndmask_b32_e32 v14, v59, v14, vcc
	v_cmp_ne_u16_e32 vcc, 2, v12
	s_nop 1
	v_cndmask_b32_e32 v10, v59, v10, vcc
	v_cmp_ne_u16_e32 vcc, 3, v6
	s_nop 1
	v_cndmask_b32_e32 v14, v60, v14, vcc
	v_cmp_ne_u16_e32 vcc, 3, v12
	s_nop 1
	v_cndmask_b32_e32 v10, v60, v10, vcc
	v_cmp_ne_u16_e32 vcc, 4, v6
	s_nop 1
	v_cndmask_b32_e32 v14, v61, v14, vcc
	v_cmp_ne_u16_e32 vcc, 4, v12
	s_nop 1
	v_cndmask_b32_e32 v10, v61, v10, vcc
	v_cmp_ne_u16_e32 vcc, 5, v6
	s_nop 1
	v_cndmask_b32_e32 v14, v62, v14, vcc
	v_cmp_ne_u16_e32 vcc, 5, v12
	s_nop 1
	v_cndmask_b32_e32 v10, v62, v10, vcc
	v_cmp_ne_u16_e32 vcc, 6, v6
	s_nop 1
	v_cndmask_b32_e32 v14, v63, v14, vcc
	v_cmp_ne_u16_e32 vcc, 6, v12
	s_nop 1
	v_cndmask_b32_e32 v10, v63, v10, vcc
	v_cmp_ne_u16_e32 vcc, 7, v6
	s_nop 1
	v_cndmask_b32_e32 v6, v32, v14, vcc
	v_cmp_ne_u16_e32 vcc, 7, v12
	v_lshlrev_b16_e32 v14, 7, v220
	v_lshlrev_b16_e32 v12, 8, v220
	v_cndmask_b32_e32 v10, v32, v10, vcc
	v_perm_b32 v6, v6, v10, s25
	v_and_or_b32 v219, v8, s96, v6
	v_lshlrev_b16_e32 v6, 8, v4
	v_lshlrev_b16_e32 v8, 7, v4
	v_and_b32_e32 v14, 0x3f80, v14
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v10, 0x7f, v4
	v_perm_b32 v6, v12, v6, s25
	v_add_u16_e32 v12, 0x2000, v14
	v_cmp_ne_u16_e32 vcc, s27, v66
	v_add_u16_e32 v8, 0x2000, v8
	v_lshlrev_b16_sdwa v14, v65, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v12, v241, v12, vcc
	v_cmp_ne_u16_e32 vcc, s27, v10
	v_and_b32_e32 v14, 0x3f80, v14
	s_nop 0
	v_cndmask_b32_e32 v8, v241, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v66
	s_nop 1
	v_cndmask_b32_e32 v12, 0, v12, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	s_nop 1
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v66
	s_nop 1
	v_cndmask_b32_e32 v12, v58, v12, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v58, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v66
	s_nop 1
	v_cndmask_b32_e32 v12, v59, v12, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v59, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v66
	s_nop 1
	v_cndmask_b32_e32 v12, v60, v12, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v60, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v66
	s_nop 1
	v_cndmask_b32_e32 v12, v61, v12, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v61, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v66
	s_nop 1
	v_cndmask_b32_e32 v12, v62, v12, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v62, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v66
	s_nop 1
	v_cndmask_b32_e32 v12, v63, v12, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v63, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v66
	s_nop 1
	v_cndmask_b32_e32 v12, v32, v12, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	v_and_b32_sdwa v10, v4, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v8, v32, v8, vcc
	v_perm_b32 v8, v12, v8, s25
	v_and_or_b32 v220, v6, s96, v8
	v_lshlrev_b16_sdwa v6, v64, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v8, v65, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v12, v64, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v4, v4, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v8, 0x3f80, v8
	v_perm_b32 v6, v12, v6, s25
	v_add_u16_e32 v12, 0x2000, v14
	v_cmp_ne_u16_e32 vcc, s27, v4
	v_add_u16_e32 v8, 0x2000, v8
	v_and_b32_e32 v14, 0x7f, v222
	v_cndmask_b32_e32 v12, v241, v12, vcc
	v_cmp_ne_u16_e32 vcc, s27, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v241, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v12, 0, v12, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	s_nop 1
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v12, v58, v12, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v58, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v12, v59, v12, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v59, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v12, v60, v12, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v60, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v12, v61, v12, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v61, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v12, v62, v12, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v62, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v12, v63, v12, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v8, v63, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v32, v12, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	v_lshlrev_b16_e32 v12, 7, v222
	v_lshlrev_b16_e32 v10, 8, v222
	v_cndmask_b32_e32 v8, v32, v8, vcc
	v_perm_b32 v4, v4, v8, s25
	v_and_or_b32 v221, v6, s96, v4
	v_lshlrev_b16_e32 v4, 8, v2
	v_lshlrev_b16_e32 v6, 7, v2
	v_and_b32_e32 v12, 0x3f80, v12
	v_and_b32_e32 v6, 0x3f80, v6
	v_and_b32_e32 v8, 0x7f, v2
	v_perm_b32 v4, v10, v4, s25
	v_add_u16_e32 v10, 0x2000, v12
	v_cmp_ne_u16_e32 vcc, s27, v14
	v_add_u16_e32 v6, 0x2000, v6
	v_lshlrev_b16_sdwa v12, v65, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v10, v241, v10, vcc
	v_cmp_ne_u16_e32 vcc, s27, v8
	v_and_b32_e32 v12, 0x3f80, v12
	s_nop 0
	v_cndmask_b32_e32 v6, v241, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v14
	s_nop 1
	v_cndmask_b32_e32 v10, 0, v10, vcc
	v_cmp_ne_u16_e32 vcc, 0, v8
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v14
	s_nop 1
	v_cndmask_b32_e32 v10, v58, v10, vcc
	v_cmp_ne_u16_e32 vcc, 1, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v58, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v14
	s_nop 1
	v_cndmask_b32_e32 v10, v59, v10, vcc
	v_cmp_ne_u16_e32 vcc, 2, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v59, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v14
	s_nop 1
	v_cndmask_b32_e32 v10, v60, v10, vcc
	v_cmp_ne_u16_e32 vcc, 3, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v60, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v14
	s_nop 1
	v_cndmask_b32_e32 v10, v61, v10, vcc
	v_cmp_ne_u16_e32 vcc, 4, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v61, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v14
	s_nop 1
	v_cndmask_b32_e32 v10, v62, v10, vcc
	v_cmp_ne_u16_e32 vcc, 5, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v62, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v14
	s_nop 1
	v_cndmask_b32_e32 v10, v63, v10, vcc
	v_cmp_ne_u16_e32 vcc, 6, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v63, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v14
	s_nop 1
	v_cndmask_b32_e32 v10, v32, v10, vcc
	v_cmp_ne_u16_e32 vcc, 7, v8
	v_and_b32_sdwa v8, v2, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v6, v32, v6, vcc
	v_perm_b32 v6, v10, v6, s25
	v_and_or_b32 v222, v4, s96, v6
	v_lshlrev_b16_sdwa v4, v64, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v6, v65, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v10, v64, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v2, v2, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v6, 0x3f80, v6
	v_perm_b32 v4, v10, v4, s25
	v_add_u16_e32 v10, 0x2000, v12
	v_cmp_ne_u16_e32 vcc, s27, v2
	v_add_u16_e32 v6, 0x2000, v6
	v_and_b32_e32 v12, 0x7f, v224
	v_cndmask_b32_e32 v10, v241, v10, vcc
	v_cmp_ne_u16_e32 vcc, s27, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v241, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	s_nop 1
	v_cndmask_b32_e32 v10, 0, v10, vcc
	v_cmp_ne_u16_e32 vcc, 0, v8
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	s_nop 1
	v_cndmask_b32_e32 v10, v58, v10, vcc
	v_cmp_ne_u16_e32 vcc, 1, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v58, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	s_nop 1
	v_cndmask_b32_e32 v10, v59, v10, vcc
	v_cmp_ne_u16_e32 vcc, 2, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v59, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v10, v60, v10, vcc
	v_cmp_ne_u16_e32 vcc, 3, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v60, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v10, v61, v10, vcc
	v_cmp_ne_u16_e32 vcc, 4, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v61, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v10, v62, v10, vcc
	v_cmp_ne_u16_e32 vcc, 5, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v62, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v10, v63, v10, vcc
	v_cmp_ne_u16_e32 vcc, 6, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v63, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v32, v10, vcc
	v_cmp_ne_u16_e32 vcc, 7, v8
	v_lshlrev_b16_e32 v10, 7, v224
	v_lshlrev_b16_e32 v8, 8, v224
	v_cndmask_b32_e32 v6, v32, v6, vcc
	v_perm_b32 v2, v2, v6, s25
	v_and_or_b32 v223, v4, s96, v2
	v_lshlrev_b16_e32 v2, 8, v0
	v_lshlrev_b16_e32 v4, 7, v0
	v_and_b32_e32 v10, 0x3f80, v10
	v_and_b32_e32 v4, 0x3f80, v4
	v_and_b32_e32 v6, 0x7f, v0
	v_perm_b32 v2, v8, v2, s25
	v_add_u16_e32 v8, 0x2000, v10
	v_cmp_ne_u16_e32 vcc, s27, v12
	v_add_u16_e32 v4, 0x2000, v4
	v_lshlrev_b16_sdwa v10, v65, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v8, v241, v8, vcc
	v_cmp_ne_u16_e32 vcc, s27, v6
	v_and_b32_e32 v10, 0x3f80, v10
	s_nop 0
	v_cndmask_b32_e32 v4, v241, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v12
	s_nop 1
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v6
	s_nop 1
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v12
	s_nop 1
	v_cndmask_b32_e32 v8, v58, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v58, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v12
	s_nop 1
	v_cndmask_b32_e32 v8, v59, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v59, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v12
	s_nop 1
	v_cndmask_b32_e32 v8, v60, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v60, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v12
	s_nop 1
	v_cndmask_b32_e32 v8, v61, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v61, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v12
	s_nop 1
	v_cndmask_b32_e32 v8, v62, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v62, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v12
	s_nop 1
	v_cndmask_b32_e32 v8, v63, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v63, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v12
	s_nop 1
	v_cndmask_b32_e32 v8, v32, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v6
	v_and_b32_sdwa v6, v0, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v4, v32, v4, vcc
	v_perm_b32 v4, v8, v4, s25
	v_and_or_b32 v224, v2, s96, v4
	v_lshlrev_b16_sdwa v2, v64, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v4, v65, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v8, v64, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v0, v0, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v4, 0x3f80, v4
	v_perm_b32 v2, v8, v2, s25
	v_add_u16_e32 v8, 0x2000, v10
	v_cmp_ne_u16_e32 vcc, s27, v0
	v_add_u16_e32 v4, 0x2000, v4
	v_and_b32_e32 v10, 0x7f, v226
	v_cndmask_b32_e32 v8, v241, v8, vcc
	v_cmp_ne_u16_e32 vcc, s27, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v241, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v6
	s_nop 1
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v8, v58, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v58, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v8, v59, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v59, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v8, v60, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v60, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v8, v61, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v61, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v8, v62, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v62, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v8, v63, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v63, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v32, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v6
	v_lshlrev_b16_e32 v8, 7, v226
	v_lshlrev_b16_e32 v6, 8, v226
	v_cndmask_b32_e32 v4, v32, v4, vcc
	v_perm_b32 v0, v0, v4, s25
	v_and_or_b32 v225, v2, s96, v0
	v_lshlrev_b16_e32 v0, 8, v15
	v_lshlrev_b16_e32 v2, 7, v15
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v2, 0x3f80, v2
	v_and_b32_e32 v4, 0x7f, v15
	v_perm_b32 v0, v6, v0, s25
	v_add_u16_e32 v6, 0x2000, v8
	v_cmp_ne_u16_e32 vcc, s27, v10
	v_add_u16_e32 v2, 0x2000, v2
	v_lshlrev_b16_sdwa v8, v65, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v6, v241, v6, vcc
	v_cmp_ne_u16_e32 vcc, s27, v4
	v_and_b32_e32 v8, 0x3f80, v8
	s_nop 0
	v_cndmask_b32_e32 v2, v241, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v58, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v58, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v59, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v59, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v60, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v60, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v61, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v61, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v62, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v62, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v63, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v63, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	v_and_b32_sdwa v10, v15, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v6, v32, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_and_b32_sdwa v4, v15, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v2, v32, v2, vcc
	v_perm_b32 v2, v6, v2, s25
	v_and_or_b32 v226, v0, s96, v2
	v_lshlrev_b16_sdwa v0, v64, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v2, v65, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v6, v64, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v2, 0x3f80, v2
	v_perm_b32 v0, v6, v0, s25
	v_add_u16_e32 v6, 0x2000, v8
	v_cmp_ne_u16_e32 vcc, s27, v10
	v_add_u16_e32 v2, 0x2000, v2
	v_lshlrev_b16_e32 v8, 7, v228
	v_cndmask_b32_e32 v6, v241, v6, vcc
	v_cmp_ne_u16_e32 vcc, s27, v4
	v_and_b32_e32 v8, 0x3f80, v8
	s_nop 0
	v_cndmask_b32_e32 v2, v241, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v58, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v58, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v59, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v59, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v60, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v60, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v61, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v61, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v62, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v62, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v63, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v63, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	v_and_b32_e32 v10, 0x7f, v228
	s_nop 0
	v_cndmask_b32_e32 v6, v32, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_and_b32_e32 v4, 0x7f, v13
	s_nop 0
	v_cndmask_b32_e32 v2, v32, v2, vcc
	v_perm_b32 v2, v6, v2, s25
	v_and_or_b32 v227, v0, s96, v2
	v_lshlrev_b16_e32 v0, 8, v13
	v_lshlrev_b16_e32 v2, 7, v13
	v_lshlrev_b16_e32 v6, 8, v228
	v_and_b32_e32 v2, 0x3f80, v2
	v_perm_b32 v0, v6, v0, s25
	v_add_u16_e32 v6, 0x2000, v8
	v_cmp_ne_u16_e32 vcc, s27, v10
	v_add_u16_e32 v2, 0x2000, v2
	v_lshlrev_b16_sdwa v8, v65, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v6, v241, v6, vcc
	v_cmp_ne_u16_e32 vcc, s27, v4
	v_and_b32_e32 v8, 0x3f80, v8
	s_nop 0
	v_cndmask_b32_e32 v2, v241, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v58, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v58, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v59, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v59, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v60, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v60, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v61, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v61, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v62, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v62, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v63, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v63, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	v_and_b32_sdwa v10, v13, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v6, v32, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_and_b32_sdwa v4, v13, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v2, v32, v2, vcc
	v_perm_b32 v2, v6, v2, s25
	v_and_or_b32 v228, v0, s96, v2
	v_lshlrev_b16_sdwa v0, v64, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v2, v65, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v6, v64, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v2, 0x3f80, v2
	v_perm_b32 v0, v6, v0, s25
	v_add_u16_e32 v6, 0x2000, v8
	v_cmp_ne_u16_e32 vcc, s27, v10
	v_add_u16_e32 v2, 0x2000, v2
	v_lshlrev_b16_e32 v8, 7, v230
	v_cndmask_b32_e32 v6, v241, v6, vcc
	v_cmp_ne_u16_e32 vcc, s27, v4
	v_and_b32_e32 v8, 0x3f80, v8
	s_nop 0
	v_cndmask_b32_e32 v2, v241, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v58, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v58, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v59, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v59, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v60, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v60, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v61, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v61, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v62, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v62, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v63, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v63, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	v_and_b32_e32 v10, 0x7f, v230
	s_nop 0
	v_cndmask_b32_e32 v6, v32, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_and_b32_e32 v4, 0x7f, v11
	s_nop 0
	v_cndmask_b32_e32 v2, v32, v2, vcc
	v_perm_b32 v2, v6, v2, s25
	v_and_or_b32 v229, v0, s96, v2
	v_lshlrev_b16_e32 v0, 8, v11
	v_lshlrev_b16_e32 v2, 7, v11
	v_lshlrev_b16_e32 v6, 8, v230
	v_and_b32_e32 v2, 0x3f80, v2
	v_perm_b32 v0, v6, v0, s25
	v_add_u16_e32 v6, 0x2000, v8
	v_cmp_ne_u16_e32 vcc, s27, v10
	v_add_u16_e32 v2, 0x2000, v2
	v_lshlrev_b16_sdwa v8, v65, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v6, v241, v6, vcc
	v_cmp_ne_u16_e32 vcc, s27, v4
	v_and_b32_e32 v8, 0x3f80, v8
	s_nop 0
	v_cndmask_b32_e32 v2, v241, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v58, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v58, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v59, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v59, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v60, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v60, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v61, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v61, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v62, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v62, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v63, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v63, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	v_and_b32_sdwa v10, v11, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v6, v32, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_and_b32_sdwa v4, v11, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v2, v32, v2, vcc
	v_perm_b32 v2, v6, v2, s25
	v_and_or_b32 v230, v0, s96, v2
	v_lshlrev_b16_sdwa v0, v64, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v2, v65, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v6, v64, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v2, 0x3f80, v2
	v_perm_b32 v0, v6, v0, s25
	v_add_u16_e32 v6, 0x2000, v8
	v_cmp_ne_u16_e32 vcc, s27, v10
	v_add_u16_e32 v2, 0x2000, v2
	v_lshlrev_b16_e32 v8, 7, v232
	v_cndmask_b32_e32 v6, v241, v6, vcc
	v_cmp_ne_u16_e32 vcc, s27, v4
	v_and_b32_e32 v8, 0x3f80, v8
	s_nop 0
	v_cndmask_b32_e32 v2, v241, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v58, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v58, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v59, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v59, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v60, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v60, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v61, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v61, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v62, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v62, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v63, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v63, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	v_and_b32_e32 v10, 0x7f, v232
	s_nop 0
	v_cndmask_b32_e32 v6, v32, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_and_b32_e32 v4, 0x7f, v9
	s_nop 0
	v_cndmask_b32_e32 v2, v32, v2, vcc
	v_perm_b32 v2, v6, v2, s25
	v_and_or_b32 v231, v0, s96, v2
	v_lshlrev_b16_e32 v0, 8, v9
	v_lshlrev_b16_e32 v2, 7, v9
	v_lshlrev_b16_e32 v6, 8, v232
	v_and_b32_e32 v2, 0x3f80, v2
	v_perm_b32 v0, v6, v0, s25
	v_add_u16_e32 v6, 0x2000, v8
	v_cmp_ne_u16_e32 vcc, s27, v10
	v_add_u16_e32 v2, 0x2000, v2
	v_lshlrev_b16_sdwa v8, v65, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v6, v241, v6, vcc
	v_cmp_ne_u16_e32 vcc, s27, v4
	v_and_b32_e32 v8, 0x3f80, v8
	s_nop 0
	v_cndmask_b32_e32 v2, v241, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v10
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v58, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v58, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v59, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v59, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v60, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v60, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v61, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v61, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v62, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v62, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v63, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v63, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v10
	s_nop 1
	v_cndmask_b32_e32 v6, v32, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_and_b32_sdwa v4, v9, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v2, v32, v2, vcc
	v_perm_b32 v2, v6, v2, s25
	v_and_or_b32 v232, v0, s96, v2
	v_lshlrev_b16_sdwa v0, v64, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v2, v65, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v6, v64, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v9, v9, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v2, 0x3f80, v2
	v_perm_b32 v0, v6, v0, s25
	v_add_u16_e32 v6, 0x2000, v8
	v_cmp_ne_u16_e32 vcc, s27, v9
	v_add_u16_e32 v2, 0x2000, v2
	v_lshlrev_b16_e32 v8, 7, v234
	v_cndmask_b32_e32 v6, v241, v6, vcc
	v_cmp_ne_u16_e32 vcc, s27, v4
	v_and_b32_e32 v8, 0x3f80, v8
	s_nop 0
	v_cndmask_b32_e32 v2, v241, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v9
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v9
	s_nop 1
	v_cndmask_b32_e32 v6, v58, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v58, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v9
	s_nop 1
	v_cndmask_b32_e32 v6, v59, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v59, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v9
	s_nop 1
	v_cndmask_b32_e32 v6, v60, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v60, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v9
	s_nop 1
	v_cndmask_b32_e32 v6, v61, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v61, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v9
	s_nop 1
	v_cndmask_b32_e32 v6, v62, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v62, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v9
	s_nop 1
	v_cndmask_b32_e32 v6, v63, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v63, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v9
	v_and_b32_e32 v9, 0x7f, v234
	s_nop 0
	v_cndmask_b32_e32 v6, v32, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_and_b32_e32 v4, 0x7f, v7
	s_nop 0
	v_cndmask_b32_e32 v2, v32, v2, vcc
	v_perm_b32 v2, v6, v2, s25
	v_and_or_b32 v233, v0, s96, v2
	v_lshlrev_b16_e32 v0, 8, v7
	v_lshlrev_b16_e32 v2, 7, v7
	v_lshlrev_b16_e32 v6, 8, v234
	v_and_b32_e32 v2, 0x3f80, v2
	v_perm_b32 v0, v6, v0, s25
	v_add_u16_e32 v6, 0x2000, v8
	v_cmp_ne_u16_e32 vcc, s27, v9
	v_add_u16_e32 v2, 0x2000, v2
	v_lshlrev_b16_sdwa v8, v65, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v6, v241, v6, vcc
	v_cmp_ne_u16_e32 vcc, s27, v4
	v_and_b32_e32 v8, 0x3f80, v8
	s_nop 0
	v_cndmask_b32_e32 v2, v241, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v9
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v9
	s_nop 1
	v_cndmask_b32_e32 v6, v58, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v58, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v9
	s_nop 1
	v_cndmask_b32_e32 v6, v59, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v59, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v9
	s_nop 1
	v_cndmask_b32_e32 v6, v60, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v60, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v9
	s_nop 1
	v_cndmask_b32_e32 v6, v61, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v61, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v9
	s_nop 1
	v_cndmask_b32_e32 v6, v62, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v62, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v9
	s_nop 1
	v_cndmask_b32_e32 v6, v63, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v63, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v9
	s_nop 1
	v_cndmask_b32_e32 v6, v32, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_and_b32_sdwa v4, v7, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v2, v32, v2, vcc
	v_perm_b32 v2, v6, v2, s25
	v_and_or_b32 v234, v0, s96, v2
	v_lshlrev_b16_sdwa v0, v64, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v2, v65, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v6, v64, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v7, v7, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v2, 0x3f80, v2
	v_perm_b32 v0, v6, v0, s25
	v_add_u16_e32 v6, 0x2000, v8
	v_cmp_ne_u16_e32 vcc, s27, v7
	v_add_u16_e32 v2, 0x2000, v2
	v_and_b32_e32 v8, 0x7f, v236
	v_cndmask_b32_e32 v6, v241, v6, vcc
	v_cmp_ne_u16_e32 vcc, s27, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v241, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v7
	s_nop 1
	v_cndmask_b32_e32 v6, v58, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v58, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v7
	s_nop 1
	v_cndmask_b32_e32 v6, v59, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v59, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v7
	s_nop 1
	v_cndmask_b32_e32 v6, v60, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v60, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v7
	s_nop 1
	v_cndmask_b32_e32 v6, v61, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v61, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v7
	s_nop 1
	v_cndmask_b32_e32 v6, v62, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v62, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v7
	s_nop 1
	v_cndmask_b32_e32 v6, v63, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v63, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v7
	v_lshlrev_b16_e32 v7, 7, v236
	v_and_b32_e32 v7, 0x3f80, v7
	v_cndmask_b32_e32 v6, v32, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_and_b32_e32 v4, 0x7f, v5
	s_nop 0
	v_cndmask_b32_e32 v2, v32, v2, vcc
	v_perm_b32 v2, v6, v2, s25
	v_and_or_b32 v235, v0, s96, v2
	v_lshlrev_b16_e32 v0, 8, v5
	v_lshlrev_b16_e32 v2, 7, v5
	v_lshlrev_b16_e32 v6, 8, v236
	v_and_b32_e32 v2, 0x3f80, v2
	v_perm_b32 v0, v6, v0, s25
	v_add_u16_e32 v6, 0x2000, v7
	v_cmp_ne_u16_e32 vcc, s27, v8
	v_add_u16_e32 v2, 0x2000, v2
	v_lshlrev_b16_sdwa v7, v65, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v6, v241, v6, vcc
	v_cmp_ne_u16_e32 vcc, s27, v4
	v_and_b32_e32 v7, 0x3f80, v7
	s_nop 0
	v_cndmask_b32_e32 v2, v241, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v8
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v58, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v58, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v59, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v59, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v60, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v60, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v61, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v61, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v62, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v62, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v63, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v63, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v8
	s_nop 1
	v_cndmask_b32_e32 v6, v32, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_and_b32_sdwa v4, v5, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v2, v32, v2, vcc
	v_perm_b32 v2, v6, v2, s25
	v_and_or_b32 v236, v0, s96, v2
	v_lshlrev_b16_sdwa v0, v64, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v2, v65, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v6, v64, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v5, v5, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v2, 0x3f80, v2
	v_perm_b32 v0, v6, v0, s25
	v_add_u16_e32 v6, 0x2000, v7
	v_cmp_ne_u16_e32 vcc, s27, v5
	v_add_u16_e32 v2, 0x2000, v2
	v_and_b32_e32 v7, 0x7f, v33
	v_cndmask_b32_e32 v6, v241, v6, vcc
	v_cmp_ne_u16_e32 vcc, s27, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v241, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v5
	s_nop 1
	v_cndmask_b32_e32 v6, v58, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v58, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v5
	s_nop 1
	v_cndmask_b32_e32 v6, v59, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v59, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v5
	s_nop 1
	v_cndmask_b32_e32 v6, v60, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v60, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v5
	s_nop 1
	v_cndmask_b32_e32 v6, v61, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v61, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v5
	s_nop 1
	v_cndmask_b32_e32 v6, v62, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v62, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v5
	s_nop 1
	v_cndmask_b32_e32 v6, v63, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v63, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v32, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_lshlrev_b16_e32 v6, 7, v33
	v_and_b32_e32 v6, 0x3f80, v6
	v_cndmask_b32_e32 v2, v32, v2, vcc
	v_perm_b32 v2, v5, v2, s25
	v_and_or_b32 v237, v0, s96, v2
	v_lshlrev_b16_e32 v0, 8, v3
	v_lshlrev_b16_e32 v2, 7, v3
	v_lshlrev_b16_e32 v5, 8, v33
	v_and_b32_e32 v2, 0x3f80, v2
	v_and_b32_e32 v4, 0x7f, v3
	v_perm_b32 v0, v5, v0, s25
	v_add_u16_e32 v5, 0x2000, v6
	v_cmp_ne_u16_e32 vcc, s27, v7
	v_add_u16_e32 v2, 0x2000, v2
	v_lshlrev_b16_sdwa v6, v65, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v5, v241, v5, vcc
	v_cmp_ne_u16_e32 vcc, s27, v4
	v_and_b32_e32 v6, 0x3f80, v6
	s_nop 0
	v_cndmask_b32_e32 v2, v241, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v7
	s_nop 1
	v_cndmask_b32_e32 v5, v58, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v58, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v7
	s_nop 1
	v_cndmask_b32_e32 v5, v59, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v59, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v7
	s_nop 1
	v_cndmask_b32_e32 v5, v60, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v60, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v7
	s_nop 1
	v_cndmask_b32_e32 v5, v61, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v61, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v7
	s_nop 1
	v_cndmask_b32_e32 v5, v62, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v62, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v7
	s_nop 1
	v_cndmask_b32_e32 v5, v63, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v63, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v7
	s_nop 1
	v_cndmask_b32_e32 v5, v32, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_and_b32_sdwa v4, v3, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v2, v32, v2, vcc
	v_perm_b32 v2, v5, v2, s25
	v_and_or_b32 v238, v0, s96, v2
	v_lshlrev_b16_sdwa v0, v64, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v2, v65, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v5, v64, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v3, v3, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v2, 0x3f80, v2
	v_perm_b32 v0, v5, v0, s25
	v_add_u16_e32 v5, 0x2000, v6
	v_cmp_ne_u16_e32 vcc, s27, v3
	v_add_u16_e32 v2, 0x2000, v2
	v_and_b32_e32 v6, 0x7f, v240
	v_cndmask_b32_e32 v5, v241, v5, vcc
	v_cmp_ne_u16_e32 vcc, s27, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v241, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v5, v58, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v58, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v5, v59, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v59, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v5, v60, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v60, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v5, v61, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v61, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v5, v62, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v62, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v5, v63, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v4
	s_nop 1
	v_cndmask_b32_e32 v2, v63, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v32, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v4
	v_lshlrev_b16_e32 v5, 7, v240
	v_lshlrev_b16_e32 v4, 8, v240
	v_cndmask_b32_e32 v2, v32, v2, vcc
	v_perm_b32 v2, v3, v2, s25
	v_and_or_b32 v239, v0, s96, v2
	v_lshlrev_b16_e32 v0, 8, v1
	v_lshlrev_b16_e32 v2, 7, v1
	v_and_b32_e32 v5, 0x3f80, v5
	v_and_b32_e32 v2, 0x3f80, v2
	v_and_b32_e32 v3, 0x7f, v1
	v_perm_b32 v0, v4, v0, s25
	v_add_u16_e32 v4, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s27, v6
	v_add_u16_e32 v2, 0x2000, v2
	v_lshlrev_b16_sdwa v5, v65, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v4, v241, v4, vcc
	v_cmp_ne_u16_e32 vcc, s27, v3
	v_and_b32_e32 v5, 0x3f80, v5
	s_nop 0
	v_cndmask_b32_e32 v2, v241, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v6
	s_nop 1
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v58, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v58, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v59, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v59, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v60, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v60, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v61, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v61, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v62, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v62, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v63, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v63, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v6
	s_nop 1
	v_cndmask_b32_e32 v4, v32, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v3
	v_and_b32_sdwa v3, v1, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e32 v2, v32, v2, vcc
	v_perm_b32 v2, v4, v2, s25
	v_and_or_b32 v240, v0, s96, v2
	v_lshlrev_b16_sdwa v0, v64, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v2, v65, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v4, v64, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v1, v1, s27 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v2, 0x3f80, v2
	v_perm_b32 v0, v4, v0, s25
	v_add_u16_e32 v4, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s27, v1
	v_add_u16_e32 v2, 0x2000, v2
	s_nop 0
	v_cndmask_b32_e32 v4, v241, v4, vcc
	v_cmp_ne_u16_e32 vcc, s27, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v241, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v4, v58, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v58, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v4, v59, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v59, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v4, v60, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v60, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v4, v61, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v61, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v4, v62, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v62, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v4, v63, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v63, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v32, v4, vcc
	v_cmp_ne_u16_e32 vcc, 7, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v32, v2, vcc
	v_perm_b32 v1, v1, v2, s25
	v_and_or_b32 v241, v0, s96, v1
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[210:211], v[16:17], 0
	v_mfma_f32_32x32x8_f16 v[0:15], v[212:213], v[18:19], v[0:15]
	v_mfma_f32_32x32x8_f16 v[0:15], v[214:215], v[20:21], v[0:15]
	v_mfma_f32_32x32x8_f16 v[0:15], v[216:217], v[22:23], v[0:15]
	v_mfma_f32_32x32x8_f16 v[0:15], v[218:219], v[24:25], v[0:15]
	v_mfma_f32_32x32x8_f16 v[0:15], v[220:221], v[26:27], v[0:15]
	v_mfma_f32_32x32x8_f16 v[0:15], v[222:223], v[28:29], v[0:15]
	v_mfma_f32_32x32x8_f16 v[0:15], v[224:225], v[30:31], v[0:15]
	v_mfma_f32_32x32x8_f16 v[16:31], v[210:211], v[178:179], 0
	v_mfma_f32_32x32x8_f16 v[16:31], v[212:213], v[180:181], v[16:31]
	v_mfma_f32_32x32x8_f16 v[16:31], v[214:215], v[182:183], v[16:31]
	v_mfma_f32_32x32x8_f16 v[16:31], v[216:217], v[184:185], v[16:31]
	v_mfma_f32_32x32x8_f16 v[16:31], v[218:219], v[188:189], v[16:31]
	v_mfma_f32_32x32x8_f16 v[16:31], v[220:221], v[190:191], v[16:31]
	v_mfma_f32_32x32x8_f16 v[16:31], v[222:223], v[194:195], v[16:31]
	v_mfma_f32_32x32x8_f16 v[16:31], v[224:225], v[198:199], v[16:31]
	v_mfma_f32_32x32x8_f16 v[0:15], v[226:227], v[162:163], v[0:15]
	v_mfma_f32_32x32x8_f16 v[16:31], v[226:227], v[200:201], v[16:31]
	v_mfma_f32_32x32x8_f16 v[0:15], v[228:229], v[164:165], v[0:15]
	v_mfma_f32_32x32x8_f16 v[16:31], v[228:229], v[204:205], v[16:31]
	v_mfma_f32_32x32x8_f16 v[0:15], v[230:231], v[166:167], v[0:15]
	v_mfma_f32_32x32x8_f16 v[16:31], v[230:231], v[208:209], v[16:31]
	v_mfma_f32_32x32x8_f16 v[0:15], v[232:233], v[168:169], v[0:15]
	v_mfma_f32_32x32x8_f16 v[16:31], v[232:233], v[206:207], v[16:31]
	v_mfma_f32_32x32x8_f16 v[0:15], v[234:235], v[170:171], v[0:15]
	v_mfma_f32_32x32x8_f16 v[16:31], v[234:235], v[202:203], v[16:31]
	v_mfma_f32_32x32x8_f16 v[0:15], v[236:237], v[172:173], v[0:15]
	v_mfma_f32_32x32x8_f16 v[16:31], v[236:237], v[196:197], v[16:31]
	v_mfma_f32_32x32x8_f16 v[0:15], v[238:239], v[174:175], v[0:15]
	v_mfma_f32_32x32x8_f16 v[16:31], v[238:239], v[192:193], v[16:31]
	v_mfma_f32_32x32x8_f16 v[0:15], v[240:241], v[176:177], v[0:15]
	v_mfma_f32_32x32x8_f16 v[16:31], v[240:241], v[186:187], v[16:31]
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
	v_pk_fma_f32 v[128:129], v[158:159], v[12:13], v[128:129]
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
	s_cbranch_scc0 .LBB0_332
.LBB0_73:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 4
	.loc	1 119 57 is_stmt 0              ; fused_moe.py:119:57
	v_cmp_gt_i32_e32 vcc, s98, v242
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s45, v251, 5
	s_and_b64 s[44:45], s[44:45], vcc
	v_mov_b32_e32 v0, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_75
; %bb.74:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[0:1], s[2:3], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v0, v[0:1], off
.LBB0_75:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 6
	v_readlane_b32 s45, v251, 7
	s_and_b64 s[44:45], s[44:45], vcc
	v_mov_b32_e32 v1, 0
	v_mov_b32_e32 v2, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_77
; %bb.76:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[2:3], s[94:95], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v2, v[2:3], off
.LBB0_77:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 8
	v_readlane_b32 s45, v251, 9
	s_and_b64 s[44:45], s[44:45], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_79
; %bb.78:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[4:5], s[92:93], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v1, v[4:5], off
.LBB0_79:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 10
	v_readlane_b32 s45, v251, 11
	s_and_b64 s[44:45], s[44:45], vcc
	v_mov_b32_e32 v3, 0
	v_mov_b32_e32 v4, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_81
; %bb.80:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[4:5], s[90:91], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v4, v[4:5], off
.LBB0_81:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 12
	v_readlane_b32 s45, v251, 13
	s_and_b64 s[44:45], s[44:45], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_83
; %bb.82:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[6:7], s[88:89], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v3, v[6:7], off
.LBB0_83:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 14
	v_readlane_b32 s45, v251, 15
	s_and_b64 s[44:45], s[44:45], vcc
	v_mov_b32_e32 v5, 0
	v_mov_b32_e32 v6, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_85
; %bb.84:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[6:7], s[86:87], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v6, v[6:7], off
.LBB0_85:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 16
	v_readlane_b32 s45, v251, 17
	s_and_b64 s[44:45], s[44:45], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_87
; %bb.86:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[8:9], s[82:83], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v5, v[8:9], off
.LBB0_87:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 18
	v_readlane_b32 s45, v251, 19
	s_and_b64 s[44:45], s[44:45], vcc
	v_mov_b32_e32 v8, 0
	v_mov_b32_e32 v7, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_89
; %bb.88:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[10:11], s[80:81], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v7, v[10:11], off
.LBB0_89:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 20
	v_readlane_b32 s45, v251, 21
	s_and_b64 s[44:45], s[44:45], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_91
; %bb.90:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[8:9], s[78:79], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v8, v[8:9], off
.LBB0_91:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 22
	v_readlane_b32 s45, v251, 23
	s_and_b64 s[44:45], s[44:45], vcc
	v_mov_b32_e32 v9, 0
	v_mov_b32_e32 v10, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_93
; %bb.92:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[10:11], s[76:77], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v10, v[10:11], off
.LBB0_93:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 24
	v_readlane_b32 s45, v251, 25
	s_and_b64 s[44:45], s[44:45], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_95
; %bb.94:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[12:13], s[74:75], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v9, v[12:13], off
.LBB0_95:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 26
	v_readlane_b32 s45, v251, 27
	s_and_b64 s[44:45], s[44:45], vcc
	v_mov_b32_e32 v11, 0
	v_mov_b32_e32 v12, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_97
; %bb.96:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[12:13], s[72:73], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v12, v[12:13], off
.LBB0_97:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 28
	v_readlane_b32 s45, v251, 29
	s_and_b64 s[44:45], s[44:45], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_99
; %bb.98:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[14:15], s[70:71], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v11, v[14:15], off
.LBB0_99:                               ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 30
	v_readlane_b32 s45, v251, 31
	s_and_b64 s[44:45], s[44:45], vcc
	v_mov_b32_e32 v13, 0
	v_mov_b32_e32 v14, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_101
; %bb.100:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[14:15], s[68:69], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v14, v[14:15], off
.LBB0_101:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 32
	v_readlane_b32 s45, v251, 33
	s_and_b64 s[44:45], s[44:45], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_103
; %bb.102:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[16:17], s[66:67], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v13, v[16:17], off
.LBB0_103:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 34
	v_readlane_b32 s45, v251, 35
	s_and_b64 s[44:45], s[44:45], vcc
	v_mov_b32_e32 v16, 0
	v_mov_b32_e32 v15, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_105
; %bb.104:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[18:19], s[64:65], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v15, v[18:19], off
.LBB0_105:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 36
	v_readlane_b32 s45, v251, 37
	s_and_b64 s[44:45], s[44:45], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_107
; %bb.106:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[16:17], s[62:63], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v16, v[16:17], off
.LBB0_107:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 38
	v_readlane_b32 s45, v251, 39
	s_and_b64 s[44:45], s[44:45], vcc
	v_mov_b32_e32 v17, 0
	v_mov_b32_e32 v18, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_109
; %bb.108:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[18:19], s[60:61], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v18, v[18:19], off
.LBB0_109:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 40
	v_readlane_b32 s45, v251, 41
	s_and_b64 s[44:45], s[44:45], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_111
; %bb.110:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[20:21], s[58:59], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v17, v[20:21], off
.LBB0_111:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 42
	v_readlane_b32 s45, v251, 43
	s_and_b64 s[44:45], s[44:45], vcc
	v_mov_b32_e32 v19, 0
	v_mov_b32_e32 v20, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_113
; %bb.112:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[20:21], s[56:57], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v20, v[20:21], off
.LBB0_113:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 44
	v_readlane_b32 s45, v251, 45
	s_and_b64 s[44:45], s[44:45], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_115
; %bb.114:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[22:23], s[54:55], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v19, v[22:23], off
.LBB0_115:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 46
	v_readlane_b32 s45, v251, 47
	s_and_b64 s[44:45], s[44:45], vcc
	v_mov_b32_e32 v21, 0
	v_mov_b32_e32 v22, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_117
; %bb.116:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[22:23], s[8:9], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v22, v[22:23], off
.LBB0_117:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 48
	v_readlane_b32 s45, v251, 49
	s_and_b64 s[44:45], s[44:45], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_119
; %bb.118:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[24:25], s[12:13], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v21, v[24:25], off
.LBB0_119:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 50
	v_readlane_b32 s45, v251, 51
	s_and_b64 s[44:45], s[44:45], vcc
	v_mov_b32_e32 v24, 0
	v_mov_b32_e32 v23, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_121
; %bb.120:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[26:27], s[0:1], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v23, v[26:27], off
.LBB0_121:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 52
	v_readlane_b32 s45, v251, 53
	s_and_b64 s[44:45], s[44:45], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_123
; %bb.122:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[24:25], s[40:41], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v24, v[24:25], off
.LBB0_123:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 54
	v_readlane_b32 s45, v251, 55
	s_and_b64 s[44:45], s[44:45], vcc
	v_mov_b32_e32 v25, 0
	v_mov_b32_e32 v26, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_125
; %bb.124:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[26:27], s[38:39], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v26, v[26:27], off
.LBB0_125:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 56
	v_readlane_b32 s45, v251, 57
	s_and_b64 s[44:45], s[44:45], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_127
; %bb.126:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[28:29], s[36:37], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v25, v[28:29], off
.LBB0_127:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 58
	v_readlane_b32 s45, v251, 59
	s_and_b64 s[44:45], s[44:45], vcc
	v_mov_b32_e32 v27, 0
	v_mov_b32_e32 v28, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_129
; %bb.128:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[28:29], s[34:35], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v28, v[28:29], off
.LBB0_129:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 60
	v_readlane_b32 s45, v251, 61
	s_and_b64 s[44:45], s[44:45], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_131
; %bb.130:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[30:31], s[30:31], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v27, v[30:31], off
.LBB0_131:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v251, 62
	v_readlane_b32 s45, v251, 63
	s_and_b64 s[44:45], s[44:45], vcc
	v_mov_b32_e32 v29, 0
	v_mov_b32_e32 v30, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_133
; %bb.132:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[30:31], s[28:29], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v30, v[30:31], off
.LBB0_133:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v252, 0
	v_readlane_b32 s45, v252, 1
	s_and_b64 s[44:45], s[44:45], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_135
; %bb.134:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[32:33], s[18:19], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v29, v[32:33], off
.LBB0_135:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 34                        ; fused_moe.py:119:34
	v_readlane_b32 s44, v252, 2
	v_readlane_b32 s45, v252, 3
	s_and_b64 s[44:45], s[44:45], vcc
	v_mov_b32_e32 v31, 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_saveexec_b64 s[96:97], s[44:45]
	s_cbranch_execz .LBB0_137
; %bb.136:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[32:33], s[16:17], 0, v[118:119]
	.loc	1 119 13                        ; fused_moe.py:119:13
	global_load_ubyte v31, v[32:33], off
.LBB0_137:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	s_or_b64 exec, exec, s[96:97]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_barrier
	s_waitcnt vmcnt(0)
	ds_write_b8 v243, v0
	ds_write_b8 v243, v8 offset:2048
	ds_write_b8 v243, v16 offset:4096
	ds_write_b8 v243, v24 offset:6144
	ds_write_b8 v244, v2 offset:256
	ds_write_b8 v244, v10 offset:2304
	ds_write_b8 v244, v18 offset:4352
	ds_write_b8 v244, v26 offset:6400
	ds_write_b8 v245, v1 offset:512
	ds_write_b8 v245, v9 offset:2560
	ds_write_b8 v245, v17 offset:4608
	ds_write_b8 v245, v25 offset:6656
	ds_write_b8 v246, v4 offset:768
	ds_write_b8 v246, v12 offset:2816
	ds_write_b8 v246, v20 offset:4864
	ds_write_b8 v246, v28 offset:6912
	ds_write_b8 v247, v3 offset:1024
	ds_write_b8 v247, v11 offset:3072
	ds_write_b8 v247, v19 offset:5120
	ds_write_b8 v247, v27 offset:7168
	ds_write_b8 v248, v6 offset:1280
	ds_write_b8 v248, v14 offset:3328
	ds_write_b8 v248, v22 offset:5376
	ds_write_b8 v248, v30 offset:7424
	ds_write_b8 v249, v5 offset:1536
	ds_write_b8 v249, v13 offset:3584
	ds_write_b8 v249, v21 offset:5632
	ds_write_b8 v249, v29 offset:7680
	ds_write_b8 v250, v7 offset:1792
	ds_write_b8 v250, v15 offset:3840
	ds_write_b8 v250, v23 offset:5888
	ds_write_b8 v250, v31 offset:7936
	v_add_u32_e32 v0, 0x1000, v34
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2_b32 v[200:201], v0 offset1:16
	ds_read2_b32 v[164:165], v35 offset1:16
	v_add_u32_e32 v0, 0x1000, v35
	ds_read2_b32 v[204:205], v0 offset1:16
	ds_read2_b32 v[166:167], v38 offset1:16
	v_add_u32_e32 v0, 0x1000, v38
	ds_read2_b32 v[208:209], v0 offset1:16
	ds_read2_b32 v[168:169], v39 offset1:16
	v_add_u32_e32 v0, 0x1000, v39
	ds_read2_b32 v[206:207], v0 offset1:16
	ds_read2_b32 v[170:171], v36 offset1:16
	v_add_u32_e32 v0, 0x1000, v36
	ds_read2_b32 v[202:203], v0 offset1:16
	ds_read2_b32 v[172:173], v37 offset1:16
	v_add_u32_e32 v0, 0x1000, v37
	ds_read2_b32 v[196:197], v0 offset1:16
	ds_read2_b32 v[174:175], v40 offset1:16
	v_add_u32_e32 v0, 0x1000, v40
	ds_read2_b32 v[192:193], v0 offset1:16
	ds_read2_b32 v[176:177], v41 offset1:16
	.loc	1 0 0                           ; fused_moe.py:0
	v_add_u32_e32 v0, 0x1000, v41
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_read2_b32 v[162:163], v34 offset1:16
	.loc	1 0 0                           ; fused_moe.py:0
	ds_read2_b32 v[186:187], v0 offset1:16
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	s_cmp_ge_i32 s99, s98
	s_cbranch_scc1 .LBB0_139
; %bb.138:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27                        ; fused_moe.py:118:27
	v_readlane_b32 s44, v253, 6
	v_readlane_b32 s45, v253, 7
	s_nop 1
	v_lshl_add_u64 v[0:1], v[126:127], 0, s[44:45]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v0, v[0:1], off
	s_branch .LBB0_140
.LBB0_139:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v0, 0
.LBB0_140:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s14, v252, 13
	s_cmp_ge_i32 s14, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_142
; %bb.141:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[2:3], v[126:127], 0, s[52:53]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v1, v[2:3], off
	s_branch .LBB0_143
.LBB0_142:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v1, 0
.LBB0_143:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 14
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_145
; %bb.144:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[2:3], v[126:127], 0, s[22:23]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v2, v[2:3], off
	s_branch .LBB0_146
.LBB0_145:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v2, 0
.LBB0_146:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 15
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_148
; %bb.147:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[4:5], v[126:127], 0, s[84:85]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v4, v[4:5], off
	s_branch .LBB0_149
.LBB0_148:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v4, 0
.LBB0_149:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 16
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_151
; %bb.150:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[6:7], v[126:127], 0, s[48:49]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v3, v[6:7], off
	s_branch .LBB0_152
.LBB0_151:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v3, 0
.LBB0_152:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 17
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_154
; %bb.153:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v255, 12
	v_readlane_b32 s5, v255, 13
	s_nop 1
	v_lshl_add_u64 v[6:7], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v5, v[6:7], off
	s_branch .LBB0_155
.LBB0_154:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v5, 0
.LBB0_155:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 18
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_157
; %bb.156:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v255, 18
	v_readlane_b32 s5, v255, 19
	s_nop 1
	v_lshl_add_u64 v[6:7], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v6, v[6:7], off
	s_branch .LBB0_158
.LBB0_157:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v6, 0
.LBB0_158:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 19
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_160
; %bb.159:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v255, 10
	v_readlane_b32 s5, v255, 11
	s_nop 1
	v_lshl_add_u64 v[8:9], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v8, v[8:9], off
	s_branch .LBB0_161
.LBB0_160:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v8, 0
.LBB0_161:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s4, v255, 20
	s_cmp_ge_i32 s4, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_163
; %bb.162:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[10:11], v[126:127], 0, s[10:11]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v7, v[10:11], off
	s_branch .LBB0_164
.LBB0_163:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v7, 0
.LBB0_164:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 20
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_166
; %bb.165:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v255, 8
	v_readlane_b32 s5, v255, 9
	s_nop 1
	v_lshl_add_u64 v[10:11], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v9, v[10:11], off
	s_branch .LBB0_167
.LBB0_166:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v9, 0
.LBB0_167:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 21
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_169
; %bb.168:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v255, 6
	v_readlane_b32 s5, v255, 7
	s_nop 1
	v_lshl_add_u64 v[10:11], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v10, v[10:11], off
	s_branch .LBB0_170
.LBB0_169:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v10, 0
.LBB0_170:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 22
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_172
; %bb.171:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v255, 4
	v_readlane_b32 s5, v255, 5
	s_nop 1
	v_lshl_add_u64 v[12:13], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v11, v[12:13], off
	s_branch .LBB0_173
.LBB0_172:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v11, 0
.LBB0_173:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 23
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_175
; %bb.174:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v255, 2
	v_readlane_b32 s5, v255, 3
	s_nop 1
	v_lshl_add_u64 v[12:13], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v12, v[12:13], off
	s_branch .LBB0_176
.LBB0_175:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v12, 0
.LBB0_176:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 24
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_178
; %bb.177:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v255, 0
	v_readlane_b32 s5, v255, 1
	s_nop 1
	v_lshl_add_u64 v[14:15], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v13, v[14:15], off
	s_branch .LBB0_179
.LBB0_178:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v13, 0
.LBB0_179:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 25
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_181
; %bb.180:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 62
	v_readlane_b32 s5, v254, 63
	s_nop 1
	v_lshl_add_u64 v[14:15], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v14, v[14:15], off
	s_branch .LBB0_182
.LBB0_181:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v14, 0
.LBB0_182:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 26
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_184
; %bb.183:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 60
	v_readlane_b32 s5, v254, 61
	s_nop 1
	v_lshl_add_u64 v[16:17], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v16, v[16:17], off
	s_branch .LBB0_185
.LBB0_184:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v16, 0
.LBB0_185:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s4, v255, 17
	s_cmp_ge_i32 s4, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_187
; %bb.186:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_lshl_add_u64 v[18:19], v[126:127], 0, s[42:43]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v15, v[18:19], off
	s_branch .LBB0_188
.LBB0_187:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v15, 0
.LBB0_188:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 27
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_190
; %bb.189:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 58
	v_readlane_b32 s5, v254, 59
	s_nop 1
	v_lshl_add_u64 v[18:19], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v17, v[18:19], off
	s_branch .LBB0_191
.LBB0_190:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v17, 0
.LBB0_191:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 28
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_193
; %bb.192:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 56
	v_readlane_b32 s5, v254, 57
	s_nop 1
	v_lshl_add_u64 v[18:19], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v18, v[18:19], off
	s_branch .LBB0_194
.LBB0_193:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v18, 0
.LBB0_194:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 29
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_196
; %bb.195:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 54
	v_readlane_b32 s5, v254, 55
	s_nop 1
	v_lshl_add_u64 v[20:21], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v19, v[20:21], off
	s_branch .LBB0_197
.LBB0_196:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v19, 0
.LBB0_197:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 30
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_199
; %bb.198:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 52
	v_readlane_b32 s5, v254, 53
	s_nop 1
	v_lshl_add_u64 v[20:21], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v20, v[20:21], off
	s_branch .LBB0_200
.LBB0_199:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v20, 0
.LBB0_200:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 31
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_202
; %bb.201:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 50
	v_readlane_b32 s5, v254, 51
	s_nop 1
	v_lshl_add_u64 v[22:23], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v21, v[22:23], off
	s_branch .LBB0_203
.LBB0_202:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v21, 0
.LBB0_203:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 32
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_205
; %bb.204:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 48
	v_readlane_b32 s5, v254, 49
	s_nop 1
	v_lshl_add_u64 v[22:23], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v22, v[22:23], off
	s_branch .LBB0_206
.LBB0_205:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v22, 0
.LBB0_206:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 33
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_208
; %bb.207:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 46
	v_readlane_b32 s5, v254, 47
	s_nop 1
	v_lshl_add_u64 v[24:25], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v23, v[24:25], off
	s_branch .LBB0_209
.LBB0_208:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v23, 0
.LBB0_209:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s4, v255, 16
	s_cmp_ge_i32 s4, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_211
; %bb.210:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v255, 35
	v_readlane_b32 s5, v255, 36
	s_nop 1
	v_lshl_add_u64 v[24:25], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v24, v[24:25], off
	s_branch .LBB0_212
.LBB0_211:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v24, 0
.LBB0_212:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 34
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_214
; %bb.213:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 44
	v_readlane_b32 s5, v254, 45
	s_nop 1
	v_lshl_add_u64 v[26:27], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v25, v[26:27], off
	s_branch .LBB0_215
.LBB0_214:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v25, 0
.LBB0_215:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 35
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_217
; %bb.216:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 42
	v_readlane_b32 s5, v254, 43
	s_nop 1
	v_lshl_add_u64 v[26:27], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v26, v[26:27], off
	s_branch .LBB0_218
.LBB0_217:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v26, 0
.LBB0_218:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 36
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_220
; %bb.219:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 40
	v_readlane_b32 s5, v254, 41
	s_nop 1
	v_lshl_add_u64 v[28:29], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v27, v[28:29], off
	s_branch .LBB0_221
.LBB0_220:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v27, 0
.LBB0_221:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 37
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_223
; %bb.222:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 38
	v_readlane_b32 s5, v254, 39
	s_nop 1
	v_lshl_add_u64 v[28:29], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v28, v[28:29], off
	s_branch .LBB0_224
.LBB0_223:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v28, 0
.LBB0_224:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 38
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_226
; %bb.225:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 36
	v_readlane_b32 s5, v254, 37
	s_nop 1
	v_lshl_add_u64 v[30:31], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v29, v[30:31], off
	s_branch .LBB0_227
.LBB0_226:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v29, 0
.LBB0_227:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 39
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_229
; %bb.228:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 34
	v_readlane_b32 s5, v254, 35
	s_nop 1
	v_lshl_add_u64 v[30:31], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v30, v[30:31], off
	s_branch .LBB0_230
.LBB0_229:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v30, 0
.LBB0_230:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 40
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_232
; %bb.231:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 32
	v_readlane_b32 s5, v254, 33
	s_nop 1
	v_lshl_add_u64 v[32:33], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v31, v[32:33], off
	s_branch .LBB0_233
.LBB0_232:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v31, 0
.LBB0_233:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s4, v252, 41
	s_cmp_ge_i32 s4, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_235
; %bb.234:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v255, 33
	v_readlane_b32 s5, v255, 34
	s_nop 1
	v_lshl_add_u64 v[32:33], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v32, v[32:33], off
	s_branch .LBB0_236
.LBB0_235:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v32, 0
.LBB0_236:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 42
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_238
; %bb.237:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 30
	v_readlane_b32 s5, v254, 31
	s_nop 1
	v_lshl_add_u64 v[58:59], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v33, v[58:59], off
	s_branch .LBB0_239
.LBB0_238:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v33, 0
.LBB0_239:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 43
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_241
; %bb.240:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 28
	v_readlane_b32 s5, v254, 29
	s_nop 1
	v_lshl_add_u64 v[58:59], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v58, v[58:59], off
	s_branch .LBB0_242
.LBB0_241:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v58, 0
.LBB0_242:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 44
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_244
; %bb.243:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 26
	v_readlane_b32 s5, v254, 27
	s_nop 1
	v_lshl_add_u64 v[60:61], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v59, v[60:61], off
	s_branch .LBB0_245
.LBB0_244:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v59, 0
.LBB0_245:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 45
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_247
; %bb.246:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 24
	v_readlane_b32 s5, v254, 25
	s_nop 1
	v_lshl_add_u64 v[60:61], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v60, v[60:61], off
	s_branch .LBB0_248
.LBB0_247:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v60, 0
.LBB0_248:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 46
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_250
; %bb.249:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 22
	v_readlane_b32 s5, v254, 23
	s_nop 1
	v_lshl_add_u64 v[62:63], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v61, v[62:63], off
	s_branch .LBB0_251
.LBB0_250:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v61, 0
.LBB0_251:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 47
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_253
; %bb.252:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 20
	v_readlane_b32 s5, v254, 21
	s_nop 1
	v_lshl_add_u64 v[62:63], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v62, v[62:63], off
	s_branch .LBB0_254
.LBB0_253:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v62, 0
.LBB0_254:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 48
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_256
; %bb.255:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 18
	v_readlane_b32 s5, v254, 19
	s_nop 1
	v_lshl_add_u64 v[64:65], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v63, v[64:65], off
	s_branch .LBB0_257
.LBB0_256:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v63, 0
.LBB0_257:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s6, v255, 15
	s_cmp_ge_i32 s6, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_259
; %bb.258:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v255, 31
	v_readlane_b32 s5, v255, 32
	s_nop 1
	v_lshl_add_u64 v[64:65], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v64, v[64:65], off
	s_branch .LBB0_260
.LBB0_259:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v64, 0
.LBB0_260:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 49
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_262
; %bb.261:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 16
	v_readlane_b32 s5, v254, 17
	s_nop 1
	v_lshl_add_u64 v[142:143], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v65, v[142:143], off
	s_branch .LBB0_263
.LBB0_262:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v65, 0
.LBB0_263:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 50
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_265
; %bb.264:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v255, 29
	v_readlane_b32 s5, v255, 30
	s_nop 1
	v_lshl_add_u64 v[142:143], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v142, v[142:143], off
	s_branch .LBB0_266
.LBB0_265:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v142, 0
.LBB0_266:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 51
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_268
; %bb.267:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 14
	v_readlane_b32 s5, v254, 15
	s_nop 1
	v_lshl_add_u64 v[144:145], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v143, v[144:145], off
	s_branch .LBB0_269
.LBB0_268:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v143, 0
.LBB0_269:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 52
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_271
; %bb.270:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 12
	v_readlane_b32 s5, v254, 13
	s_nop 1
	v_lshl_add_u64 v[144:145], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v144, v[144:145], off
	s_branch .LBB0_272
.LBB0_271:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v144, 0
.LBB0_272:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 53
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_274
; %bb.273:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 10
	v_readlane_b32 s5, v254, 11
	s_nop 1
	v_lshl_add_u64 v[146:147], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v145, v[146:147], off
	s_branch .LBB0_275
.LBB0_274:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v145, 0
.LBB0_275:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 54
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_277
; %bb.276:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 8
	v_readlane_b32 s5, v254, 9
	s_nop 1
	v_lshl_add_u64 v[146:147], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v146, v[146:147], off
	s_branch .LBB0_278
.LBB0_277:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v146, 0
.LBB0_278:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 55
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_281
; %bb.279:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v255, 27
	v_readlane_b32 s5, v255, 28
	s_nop 1
	v_lshl_add_u64 v[148:149], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v147, v[148:149], off
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	s_cmp_ge_i32 s51, s98
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc0 .LBB0_282
.LBB0_280:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_mov_b32_e32 v148, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_branch .LBB0_283
.LBB0_281:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13                          ; fused_moe.py:0:13
	v_mov_b32_e32 v147, 0
	.loc	1 120 34                        ; fused_moe.py:120:34
	s_cmp_ge_i32 s51, s98
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_280
.LBB0_282:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v255, 25
	v_readlane_b32 s5, v255, 26
	s_nop 1
	v_lshl_add_u64 v[148:149], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v148, v[148:149], off
.LBB0_283:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 0              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 56
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_285
; %bb.284:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 6
	v_readlane_b32 s5, v254, 7
	s_nop 1
	v_lshl_add_u64 v[150:151], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v149, v[150:151], off
	s_branch .LBB0_286
.LBB0_285:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v149, 0
.LBB0_286:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 57
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_288
; %bb.287:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s6, v254, 4
	v_readlane_b32 s7, v254, 5
	s_nop 1
	v_lshl_add_u64 v[150:151], v[126:127], 0, s[6:7]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v150, v[150:151], off
	s_branch .LBB0_289
.LBB0_288:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v150, 0
.LBB0_289:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 58
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_291
; %bb.290:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v254, 2
	v_readlane_b32 s5, v254, 3
	s_nop 1
	v_lshl_add_u64 v[152:153], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v151, v[152:153], off
	s_branch .LBB0_292
.LBB0_291:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v151, 0
.LBB0_292:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 59
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_294
; %bb.293:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s6, v254, 0
	v_readlane_b32 s7, v254, 1
	s_nop 1
	v_lshl_add_u64 v[152:153], v[126:127], 0, s[6:7]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v152, v[152:153], off
	s_branch .LBB0_295
.LBB0_294:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v152, 0
.LBB0_295:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 60
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_297
; %bb.296:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s6, v253, 62
	v_readlane_b32 s7, v253, 63
	s_nop 1
	v_lshl_add_u64 v[154:155], v[126:127], 0, s[6:7]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v153, v[154:155], off
	s_branch .LBB0_298
.LBB0_297:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v153, 0
.LBB0_298:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 61
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_300
; %bb.299:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v253, 60
	v_readlane_b32 s5, v253, 61
	s_nop 1
	v_lshl_add_u64 v[154:155], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v154, v[154:155], off
	s_branch .LBB0_301
.LBB0_300:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v154, 0
.LBB0_301:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 62
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_303
; %bb.302:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s6, v253, 58
	v_readlane_b32 s7, v253, 59
	s_nop 1
	v_lshl_add_u64 v[156:157], v[126:127], 0, s[6:7]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v155, v[156:157], off
	s_branch .LBB0_304
.LBB0_303:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v155, 0
.LBB0_304:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s14, v255, 14
	s_cmp_ge_i32 s14, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_306
; %bb.305:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v255, 23
	v_readlane_b32 s5, v255, 24
	s_nop 1
	v_lshl_add_u64 v[156:157], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v156, v[156:157], off
	s_branch .LBB0_307
.LBB0_306:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v156, 0
.LBB0_307:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v252, 63
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_309
; %bb.308:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s4, v253, 56
	v_readlane_b32 s5, v253, 57
	s_nop 1
	v_lshl_add_u64 v[158:159], v[126:127], 0, s[4:5]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v157, v[158:159], off
	s_branch .LBB0_310
.LBB0_309:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v157, 0
.LBB0_310:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v253, 0
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_312
; %bb.311:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s14, v253, 54
	v_readlane_b32 s15, v253, 55
	s_nop 1
	v_lshl_add_u64 v[158:159], v[126:127], 0, s[14:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v158, v[158:159], off
	s_branch .LBB0_313
.LBB0_312:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v158, 0
.LBB0_313:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v253, 1
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_315
; %bb.314:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s14, v255, 21
	v_readlane_b32 s15, v255, 22
	s_nop 1
	v_lshl_add_u64 v[160:161], v[126:127], 0, s[14:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v159, v[160:161], off
	s_branch .LBB0_316
.LBB0_315:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v159, 0
.LBB0_316:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v253, 2
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_318
; %bb.317:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s44, v253, 52
	v_readlane_b32 s45, v253, 53
	s_nop 1
	v_lshl_add_u64 v[160:161], v[126:127], 0, s[44:45]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v160, v[160:161], off
	s_branch .LBB0_319
.LBB0_318:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v160, 0
.LBB0_319:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v253, 3
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_321
; %bb.320:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s44, v253, 50
	v_readlane_b32 s45, v253, 51
	s_nop 1
	v_lshl_add_u64 v[178:179], v[126:127], 0, s[44:45]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v161, v[178:179], off
	s_branch .LBB0_322
.LBB0_321:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v161, 0
.LBB0_322:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v253, 4
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	s_cbranch_scc1 .LBB0_324
; %bb.323:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s44, v253, 48
	v_readlane_b32 s45, v253, 49
	s_nop 1
	v_lshl_add_u64 v[178:179], v[126:127], 0, s[44:45]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v178, v[178:179], off
	s_branch .LBB0_325
.LBB0_324:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 13 is_stmt 0                ; fused_moe.py:0:13
	v_mov_b32_e32 v178, 0
.LBB0_325:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 120 34 is_stmt 1              ; fused_moe.py:120:34
	v_readlane_b32 s25, v253, 5
	s_cmp_ge_i32 s25, s98
	.loc	1 120 13 is_stmt 0              ; fused_moe.py:120:13
	v_mov_b32_e32 v179, 0
	s_cbranch_scc1 .LBB0_327
; %bb.326:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 118 27 is_stmt 1              ; fused_moe.py:118:27
	v_readlane_b32 s44, v253, 46
	v_readlane_b32 s45, v253, 47
	s_nop 1
	v_lshl_add_u64 v[180:181], v[126:127], 0, s[44:45]
	.loc	1 120 13                        ; fused_moe.py:120:13
	global_load_ubyte v179, v[180:181], off
.LBB0_327:                              ;   in Loop: Header=BB0_73 Depth=1
	s_waitcnt vmcnt(0)
	v_lshlrev_b16_e32 v4, 8, v4
	v_lshlrev_b16_e32 v1, 8, v1
	v_or_b32_sdwa v2, v2, v4 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v0, v0, v1
	v_or_b32_sdwa v0, v2, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v1, 8, v59
	v_lshlrev_b16_e32 v2, 8, v33
	v_or_b32_sdwa v1, v58, v1 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v2, v32, v2
	v_or_b32_sdwa v1, v1, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_write2_b32 v42, v0, v1 offset1:16
	v_lshlrev_b16_e32 v0, 8, v8
	v_lshlrev_b16_e32 v1, 8, v5
	v_or_b32_sdwa v0, v6, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v1, v3, v1
	v_or_b32_sdwa v0, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v1, 8, v63
	v_lshlrev_b16_e32 v2, 8, v61
	v_or_b32_sdwa v1, v62, v1 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v2, v60, v2
	v_or_b32_sdwa v1, v1, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	ds_write2_b32 v43, v0, v1 offset1:16
	v_lshlrev_b16_e32 v0, 8, v11
	v_lshlrev_b16_e32 v1, 8, v9
	v_or_b32_sdwa v0, v10, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v1, v7, v1
	v_or_b32_sdwa v0, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v1, 8, v143
	v_lshlrev_b16_e32 v2, 8, v65
	v_or_b32_sdwa v1, v142, v1 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v2, v64, v2
	v_or_b32_sdwa v1, v1, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	ds_write2_b32 v44, v0, v1 offset1:16
	v_lshlrev_b16_e32 v0, 8, v16
	v_lshlrev_b16_e32 v1, 8, v13
	v_or_b32_sdwa v0, v14, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v1, v12, v1
	v_or_b32_sdwa v0, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v1, 8, v147
	v_lshlrev_b16_e32 v2, 8, v145
	v_or_b32_sdwa v1, v146, v1 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v2, v144, v2
	v_or_b32_sdwa v1, v1, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	ds_write2_b32 v45, v0, v1 offset1:16
	v_lshlrev_b16_e32 v0, 8, v19
	v_lshlrev_b16_e32 v1, 8, v17
	v_or_b32_sdwa v0, v18, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v1, v15, v1
	v_or_b32_sdwa v0, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v1, 8, v151
	v_lshlrev_b16_e32 v2, 8, v149
	v_or_b32_sdwa v1, v150, v1 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v2, v148, v2
	v_or_b32_sdwa v1, v1, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	ds_write2_b32 v46, v0, v1 offset1:16
	v_lshlrev_b16_e32 v0, 8, v23
	v_lshlrev_b16_e32 v1, 8, v21
	v_or_b32_sdwa v0, v22, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v1, v20, v1
	v_or_b32_sdwa v0, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v1, 8, v155
	v_lshlrev_b16_e32 v2, 8, v153
	v_or_b32_sdwa v1, v154, v1 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v2, v152, v2
	v_or_b32_sdwa v1, v1, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	ds_write2_b32 v47, v0, v1 offset1:16
	v_lshlrev_b16_e32 v0, 8, v27
	v_lshlrev_b16_e32 v1, 8, v25
	v_or_b32_sdwa v0, v26, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v1, v24, v1
	v_or_b32_sdwa v0, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v1, 8, v159
	v_lshlrev_b16_e32 v2, 8, v157
	v_or_b32_sdwa v1, v158, v1 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v2, v156, v2
	v_or_b32_sdwa v1, v1, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	ds_write2_b32 v48, v0, v1 offset1:16
	v_lshlrev_b16_e32 v0, 8, v31
	v_lshlrev_b16_e32 v1, 8, v29
	v_or_b32_sdwa v0, v30, v0 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	v_or_b32_e32 v1, v28, v1
	v_or_b32_sdwa v0, v0, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	v_lshlrev_b16_e32 v1, 8, v161
	v_lshlrev_b16_e32 v2, 8, v179
	v_or_b32_e32 v1, v160, v1
	v_or_b32_sdwa v2, v178, v2 dst_sel:WORD_1 dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:DWORD
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_readlane_b32 s6, v252, 8
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_or_b32_sdwa v1, v2, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_0
	ds_write2_b32 v49, v0, v1 offset1:16
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2_b32 v[14:15], v50 offset1:16
	ds_read2_b32 v[12:13], v51 offset1:16
	ds_read2_b32 v[10:11], v52 offset1:16
	ds_read2_b32 v[8:9], v53 offset1:16
	ds_read2_b32 v[6:7], v54 offset1:16
	ds_read2_b32 v[4:5], v55 offset1:16
	ds_read2_b32 v[2:3], v56 offset1:16
	.loc	1 0 0 is_stmt 0                 ; fused_moe.py:0
	ds_read2_b32 v[0:1], v57 offset1:16
	.loc	1 126 35 is_stmt 1              ; fused_moe.py:126:35
	s_ashr_i32 s25, s24, 31
	v_mov_b32_e32 v142, 0
	v_mov_b32_e32 v144, 0
	v_mov_b32_e32 v145, 0
	.loc	1 126 27 is_stmt 0              ; fused_moe.py:126:27
	v_readlane_b32 s7, v252, 9
	s_and_saveexec_b64 s[96:97], s[6:7]
	s_cbranch_execz .LBB0_329
; %bb.328:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 27                          ; fused_moe.py:0:27
	v_accvgpr_read_b32 v16, a38
	v_accvgpr_read_b32 v17, a39
	v_lshl_add_u64 v[16:17], s[24:25], 2, v[16:17]
	.loc	1 126 27                        ; fused_moe.py:126:27
	global_load_dword v144, v[16:17], off
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v145, v144
.LBB0_329:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 0 27                          ; fused_moe.py:0:27
	s_or_b64 exec, exec, s[96:97]
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_readlane_b32 s6, v252, 10
	v_readlane_b32 s7, v252, 11
	s_and_saveexec_b64 s[96:97], s[6:7]
	s_cbranch_execz .LBB0_72
; %bb.330:                              ;   in Loop: Header=BB0_73 Depth=1
	.loc	1 126 35                        ; fused_moe.py:126:35
	v_lshl_add_u64 v[16:17], s[24:25], 2, v[72:73]
	.loc	1 126 27                        ; fused_moe.py:126:27
	global_load_dword v142, v[16:17], off
	s_branch .LBB0_72
.LBB0_331:
	.loc	1 0 27                          ; fused_moe.py:0:27
	s_mov_b64 s[0:1], -1
	.loc	1 95 8 is_stmt 1                ; fused_moe.py:95:8
	s_branch .LBB0_402
.LBB0_332:                              ; %Flow735
	.loc	1 0 8 is_stmt 0                 ; fused_moe.py:0:8
	v_readlane_b32 s50, v253, 8
	v_readlane_b32 s54, v253, 11
	v_readlane_b32 s55, v253, 12
	v_readlane_b32 s56, v253, 13
	v_readlane_b32 s57, v253, 14
	v_readlane_b32 s58, v253, 15
	v_readlane_b32 s59, v253, 16
	v_readlane_b32 s60, v253, 17
	v_readlane_b32 s61, v253, 18
	v_readlane_b32 s62, v253, 19
	v_readlane_b32 s63, v253, 20
	v_readlane_b32 s64, v253, 21
	v_readlane_b32 s65, v253, 22
	v_readlane_b32 s66, v253, 23
	v_readlane_b32 s67, v253, 24
	v_readlane_b32 s68, v253, 25
	v_readlane_b32 s69, v253, 26
	v_readlane_b32 s70, v253, 27
	v_readlane_b32 s71, v253, 28
	v_readlane_b32 s72, v253, 29
	v_readlane_b32 s73, v253, 30
	v_readlane_b32 s74, v253, 31
	v_readlane_b32 s76, v253, 32
	v_readlane_b32 s78, v253, 33
	v_readlane_b32 s80, v253, 34
	v_readlane_b32 s82, v253, 35
	v_readlane_b32 s86, v253, 36
	v_readlane_b32 s88, v253, 37
	v_readlane_b32 s90, v253, 38
	v_readlane_b32 s92, v253, 39
	v_readlane_b32 s94, v253, 40
	v_readlane_b32 s46, v253, 41
	v_readlane_b32 s47, v252, 12
	v_accvgpr_read_b32 v43, a3
	v_accvgpr_read_b32 v42, a2
	v_accvgpr_read_b32 v41, a7
	v_accvgpr_read_b32 v40, a6
.LBB0_333:                              ; %._crit_edge
	v_mov_b32_e32 v0, 0
	v_mov_b32_e32 v14, 0
	.loc	1 137 22 is_stmt 1              ; fused_moe.py:137:22
	s_mov_b64 s[0:1], exec
	v_readlane_b32 s2, v252, 8
	v_readlane_b32 s3, v252, 9
	s_and_b64 s[2:3], s[0:1], s[2:3]
	s_mov_b64 exec, s[2:3]
	s_cbranch_execz .LBB0_335
; %bb.334:
	.loc	1 0 22 is_stmt 0                ; fused_moe.py:0:22
	v_readlane_b32 s2, v251, 2
	v_readlane_b32 s3, v251, 3
	s_nop 1
	v_lshl_add_u64 v[2:3], v[40:41], 2, s[2:3]
	.loc	1 137 22                        ; fused_moe.py:137:22
	global_load_dword v14, v[2:3], off
.LBB0_335:
	.loc	1 0 22                          ; fused_moe.py:0:22
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 22                        ; fused_moe.py:137:22
	s_mov_b64 s[0:1], exec
	v_readlane_b32 s2, v252, 10
	v_readlane_b32 s3, v252, 11
	s_and_b64 s[2:3], s[0:1], s[2:3]
	s_mov_b64 exec, s[2:3]
	s_cbranch_execz .LBB0_337
; %bb.336:
	.loc	1 137 30                        ; fused_moe.py:137:30
	v_readlane_b32 s2, v251, 2
	v_readlane_b32 s3, v251, 3
	s_nop 1
	v_lshl_add_u64 v[0:1], v[42:43], 2, s[2:3]
	.loc	1 137 22                        ; fused_moe.py:137:22
	global_load_dword v0, v[0:1], off
.LBB0_337:
	.loc	1 0 22                          ; fused_moe.py:0:22
	s_or_b64 exec, exec, s[0:1]
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	v_accvgpr_read_b32 v6, a4
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	v_mad_i64_i32 v[2:3], s[0:1], v40, s2, 0
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	v_readlane_b32 s0, v251, 0
	v_readlane_b32 s1, v251, 1
	v_accvgpr_read_b32 v7, a5
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v1, v7, s3
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[8:9], v[2:3], 1, s[0:1]
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mad_u64_u32 v[2:3], s[0:1], v6, s3, 0
	.loc	1 92 37 is_stmt 1               ; fused_moe.py:92:37
	v_readlane_b32 s0, v252, 6
	v_readlane_b32 s1, v252, 7
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 8
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_mul_lo_u32 v4, v6, s47
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[0:1], s[0:1], v[6:7]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s3, v252, 9
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_add3_u32 v3, v3, v4, v1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[4:5], s[2:3], s[0:1]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_339
; %bb.338:
	.loc	1 138 23                        ; fused_moe.py:138:23
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v1, v136, v14
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v6, v1, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v6, v1, v6, s4
	v_cmp_o_f32_e32 vcc, v1, v1
	v_mov_b32_e32 v1, 0x7fff
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[4:5], v[2:3], 1, v[8:9]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cndmask_b32_sdwa v1, v1, v6, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 142 5 is_stmt 0               ; fused_moe.py:142:5
	global_store_short v[4:5], v1, off
.LBB0_339:
	.loc	1 0 5                           ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	v_accvgpr_read_b32 v11, a9
	v_accvgpr_read_b32 v10, a8
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_mul_lo_u32 v1, v11, s3
	v_mad_u64_u32 v[4:5], s[2:3], v10, s3, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s2, v252, 6
	v_readlane_b32 s3, v252, 7
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s4, v252, 8
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_mul_lo_u32 v6, v10, s47
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[2:3], s[2:3], v[10:11]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s5, v252, 9
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_add3_u32 v5, v5, v6, v1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[8:9], s[4:5], s[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_341
; %bb.340:
	.loc	1 138 23                        ; fused_moe.py:138:23
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v1, v137, v14
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_bfe_u32 v6, v1, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v6, v1, v6, s8
	v_cmp_o_f32_e32 vcc, v1, v1
	v_mov_b32_e32 v1, 0x7fff
	s_nop 0
	v_cndmask_b32_sdwa v1, v1, v6, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[6:7], v[4:5], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[6:7], v1, off
.LBB0_341:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[4:5]
	v_readlane_b32 s4, v252, 4
	v_readlane_b32 s5, v252, 5
	v_accvgpr_read_b32 v17, a11
	v_accvgpr_read_b32 v16, a10
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_mul_lo_u32 v1, v17, s5
	v_mad_u64_u32 v[6:7], s[4:5], v16, s5, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s4, v252, 6
	v_readlane_b32 s5, v252, 7
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 8
	.loc	1 138 23 is_stmt 1              ; fused_moe.py:138:23
	s_waitcnt vmcnt(0)
	v_pk_mul_f32 v[12:13], v[140:141], v[14:15] op_sel_hi:[1,0]
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v10, v16, s47
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[4:5], s[4:5], v[16:17]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s7, v252, 9
	.loc	1 142 22 is_stmt 1              ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[10:11], v13, v13
	v_cmp_u_f32_e32 vcc, v12, v12
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_add3_u32 v7, v7, v10, v1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[12:13], s[6:7], s[4:5]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_343
; %bb.342:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v1, v12, 16, 1
	s_movk_i32 s12, 0x7fff
	v_add3_u32 v1, v12, v1, s12
	v_mov_b32_e32 v10, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v10, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[10:11], v[6:7], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[10:11], v1, off
.LBB0_343:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[8:9]
	v_readlane_b32 s6, v252, 4
	v_readlane_b32 s7, v252, 5
	v_accvgpr_read_b32 v17, a13
	v_accvgpr_read_b32 v16, a12
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_mul_lo_u32 v1, v17, s7
	v_mad_u64_u32 v[10:11], s[8:9], v16, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v12, v16, s47
	.loc	1 0 0 is_stmt 0                 ; fused_moe.py:0
	v_mov_b32_e32 v15, v14
	.loc	1 92 37 is_stmt 1               ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[8:9], s[6:7], v[16:17]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 8
	v_readlane_b32 s7, v252, 9
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_add3_u32 v11, v11, v12, v1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[18:19], s[6:7], s[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[12:13], s[18:19]
	s_cbranch_execz .LBB0_345
; %bb.344:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[10:11]
	v_bfe_u32 v1, v13, 16, 1
	s_movk_i32 s10, 0x7fff
	v_add3_u32 v1, v13, v1, s10
	v_mov_b32_e32 v12, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v12, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[12:13], v[10:11], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[12:13], v1, off
.LBB0_345:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[12:13]
	v_readlane_b32 s6, v252, 4
	v_readlane_b32 s7, v252, 5
	v_accvgpr_read_b32 v21, a15
	v_accvgpr_read_b32 v20, a14
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_mul_lo_u32 v1, v21, s7
	v_mad_u64_u32 v[12:13], s[10:11], v20, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[18:19], v[138:139], v[14:15]
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v16, v20, s47
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[10:11], s[6:7], v[20:21]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 8
	v_readlane_b32 s7, v252, 9
	.loc	1 142 22 is_stmt 1              ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[18:19], v19, v19
	v_cmp_u_f32_e32 vcc, v18, v18
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_add3_u32 v13, v13, v16, v1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[20:21], s[6:7], s[10:11]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[12:13], s[20:21]
	s_cbranch_execz .LBB0_347
; %bb.346:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v1, v18, 16, 1
	s_movk_i32 s20, 0x7fff
	v_add3_u32 v1, v18, v1, s20
	v_mov_b32_e32 v16, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v16, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[16:17], v[12:13], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[16:17], v1, off
.LBB0_347:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[12:13]
	v_readlane_b32 s6, v252, 4
	v_readlane_b32 s7, v252, 5
	v_accvgpr_read_b32 v21, a17
	v_accvgpr_read_b32 v20, a16
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_mul_lo_u32 v1, v21, s7
	v_mad_u64_u32 v[16:17], s[12:13], v20, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v18, v20, s47
	v_add3_u32 v17, v17, v18, v1
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[12:13], s[6:7], v[20:21]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 8
	v_readlane_b32 s7, v252, 9
	s_and_b64 s[22:23], s[6:7], s[12:13]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[20:21], s[22:23]
	s_cbranch_execz .LBB0_349
; %bb.348:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[18:19]
	v_bfe_u32 v1, v19, 16, 1
	s_movk_i32 s18, 0x7fff
	v_add3_u32 v1, v19, v1, s18
	v_mov_b32_e32 v18, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v18, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[18:19], v[16:17], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[18:19], v1, off
.LBB0_349:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[20:21]
	v_readlane_b32 s6, v252, 4
	v_readlane_b32 s7, v252, 5
	v_accvgpr_read_b32 v25, a19
	v_accvgpr_read_b32 v24, a18
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_mul_lo_u32 v1, v25, s7
	v_mad_u64_u32 v[18:19], s[18:19], v24, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[22:23], v[134:135], v[14:15]
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v20, v24, s47
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[18:19], s[6:7], v[24:25]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 8
	v_readlane_b32 s7, v252, 9
	.loc	1 142 22 is_stmt 1              ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[22:23], v23, v23
	v_cmp_u_f32_e32 vcc, v22, v22
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_add3_u32 v19, v19, v20, v1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[24:25], s[6:7], s[18:19]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[20:21], s[24:25]
	s_cbranch_execz .LBB0_351
; %bb.350:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v1, v22, 16, 1
	s_movk_i32 s24, 0x7fff
	v_add3_u32 v1, v22, v1, s24
	v_mov_b32_e32 v20, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v20, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[20:21], v[18:19], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[20:21], v1, off
.LBB0_351:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[20:21]
	v_readlane_b32 s6, v252, 4
	v_readlane_b32 s7, v252, 5
	v_accvgpr_read_b32 v25, a21
	v_accvgpr_read_b32 v24, a20
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_mul_lo_u32 v1, v25, s7
	v_mad_u64_u32 v[20:21], s[20:21], v24, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v22, v24, s47
	v_add3_u32 v21, v21, v22, v1
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[20:21], s[6:7], v[24:25]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 8
	v_readlane_b32 s7, v252, 9
	s_and_b64 s[26:27], s[6:7], s[20:21]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[24:25], s[26:27]
	s_cbranch_execz .LBB0_353
; %bb.352:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[22:23]
	v_bfe_u32 v1, v23, 16, 1
	s_movk_i32 s22, 0x7fff
	v_add3_u32 v1, v23, v1, s22
	v_mov_b32_e32 v22, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v22, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[22:23], v[20:21], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[22:23], v1, off
.LBB0_353:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[24:25]
	v_readlane_b32 s6, v252, 4
	v_readlane_b32 s7, v252, 5
	v_accvgpr_read_b32 v29, a23
	v_accvgpr_read_b32 v28, a22
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_mul_lo_u32 v1, v29, s7
	v_mad_u64_u32 v[22:23], s[22:23], v28, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[26:27], v[132:133], v[14:15]
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v24, v28, s47
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[22:23], s[6:7], v[28:29]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 8
	v_readlane_b32 s7, v252, 9
	.loc	1 142 22 is_stmt 1              ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[26:27], v27, v27
	v_cmp_u_f32_e32 vcc, v26, v26
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_add3_u32 v23, v23, v24, v1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[28:29], s[6:7], s[22:23]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[24:25], s[28:29]
	s_cbranch_execz .LBB0_355
; %bb.354:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v1, v26, 16, 1
	s_movk_i32 s28, 0x7fff
	v_add3_u32 v1, v26, v1, s28
	v_mov_b32_e32 v24, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v24, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[24:25], v[22:23], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[24:25], v1, off
.LBB0_355:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[24:25]
	v_readlane_b32 s6, v252, 4
	v_readlane_b32 s7, v252, 5
	v_accvgpr_read_b32 v29, a25
	v_accvgpr_read_b32 v28, a24
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_mul_lo_u32 v1, v29, s7
	v_mad_u64_u32 v[24:25], s[24:25], v28, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v26, v28, s47
	v_add3_u32 v25, v25, v26, v1
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[24:25], s[6:7], v[28:29]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 8
	v_readlane_b32 s7, v252, 9
	s_and_b64 s[30:31], s[6:7], s[24:25]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[28:29], s[30:31]
	s_cbranch_execz .LBB0_357
; %bb.356:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[26:27]
	v_bfe_u32 v1, v27, 16, 1
	s_movk_i32 s26, 0x7fff
	v_add3_u32 v1, v27, v1, s26
	v_mov_b32_e32 v26, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v26, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[26:27], v[24:25], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[26:27], v1, off
.LBB0_357:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[28:29]
	v_readlane_b32 s6, v252, 4
	v_readlane_b32 s7, v252, 5
	v_accvgpr_read_b32 v33, a27
	v_accvgpr_read_b32 v32, a26
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_mul_lo_u32 v1, v33, s7
	v_mad_u64_u32 v[26:27], s[26:27], v32, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[30:31], v[130:131], v[14:15]
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v28, v32, s47
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[26:27], s[6:7], v[32:33]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 8
	v_readlane_b32 s7, v252, 9
	.loc	1 142 22 is_stmt 1              ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[30:31], v31, v31
	v_cmp_u_f32_e32 vcc, v30, v30
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_add3_u32 v27, v27, v28, v1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[34:35], s[6:7], s[26:27]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[28:29], s[34:35]
	s_cbranch_execz .LBB0_359
; %bb.358:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v1, v30, 16, 1
	s_movk_i32 s33, 0x7fff
	v_add3_u32 v1, v30, v1, s33
	v_mov_b32_e32 v28, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v28, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[28:29], v[26:27], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[28:29], v1, off
.LBB0_359:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[28:29]
	v_readlane_b32 s6, v252, 4
	v_readlane_b32 s7, v252, 5
	v_accvgpr_read_b32 v33, a29
	v_accvgpr_read_b32 v32, a28
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_mul_lo_u32 v1, v33, s7
	v_mad_u64_u32 v[28:29], s[28:29], v32, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v30, v32, s47
	v_add3_u32 v29, v29, v30, v1
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[28:29], s[6:7], v[32:33]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 8
	v_readlane_b32 s7, v252, 9
	s_and_b64 s[36:37], s[6:7], s[28:29]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[34:35], s[36:37]
	s_cbranch_execz .LBB0_361
; %bb.360:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[30:31]
	v_bfe_u32 v1, v31, 16, 1
	s_movk_i32 s30, 0x7fff
	v_add3_u32 v1, v31, v1, s30
	v_mov_b32_e32 v30, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v30, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[30:31], v[28:29], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[30:31], v1, off
.LBB0_361:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[34:35]
	v_readlane_b32 s6, v252, 4
	v_readlane_b32 s7, v252, 5
	v_accvgpr_read_b32 v35, a31
	v_accvgpr_read_b32 v34, a30
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_mul_lo_u32 v1, v35, s7
	v_mad_u64_u32 v[30:31], s[30:31], v34, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[38:39], v[128:129], v[14:15]
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v32, v34, s47
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[30:31], s[6:7], v[34:35]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 8
	v_readlane_b32 s7, v252, 9
	.loc	1 142 22 is_stmt 1              ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[36:37], v39, v39
	v_cmp_u_f32_e32 vcc, v38, v38
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_add3_u32 v31, v31, v32, v1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[38:39], s[6:7], s[30:31]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[34:35], s[38:39]
	s_cbranch_execz .LBB0_363
; %bb.362:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v1, v38, 16, 1
	s_movk_i32 s33, 0x7fff
	v_add3_u32 v1, v38, v1, s33
	v_mov_b32_e32 v32, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v32, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[32:33], v[30:31], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[32:33], v1, off
.LBB0_363:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[34:35]
	v_readlane_b32 s6, v252, 4
	v_readlane_b32 s7, v252, 5
	v_accvgpr_read_b32 v35, a33
	v_accvgpr_read_b32 v34, a32
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_mul_lo_u32 v1, v35, s7
	v_mad_u64_u32 v[36:37], s[34:35], v34, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v32, v34, s47
	v_add3_u32 v37, v37, v32, v1
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[34:35], s[6:7], v[34:35]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 8
	v_readlane_b32 s7, v252, 9
	s_and_b64 s[40:41], s[6:7], s[34:35]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[38:39], s[40:41]
	s_cbranch_execz .LBB0_365
; %bb.364:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v1, v39, 16, 1
	s_movk_i32 s33, 0x7fff
	s_mov_b64 vcc, s[36:37]
	v_add3_u32 v1, v39, v1, s33
	v_mov_b32_e32 v32, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v32, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[32:33], v[36:37], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[32:33], v1, off
.LBB0_365:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[38:39]
	v_readlane_b32 s6, v252, 4
	v_readlane_b32 s7, v252, 5
	v_accvgpr_read_b32 v34, a34
	v_accvgpr_read_b32 v35, a35
	.loc	1 138 23 is_stmt 1              ; fused_moe.py:138:23
	v_pk_mul_f32 v[40:41], v[124:125], v[14:15]
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v1, v35, s7
	v_mad_u64_u32 v[14:15], s[36:37], v34, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v32, v34, s47
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[40:41], v41, v41
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[36:37], s[6:7], v[34:35]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 8
	v_readlane_b32 s7, v252, 9
	.loc	1 142 22 is_stmt 1              ; fused_moe.py:142:22
	v_cmp_u_f32_e32 vcc, v40, v40
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_add3_u32 v15, v15, v32, v1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[44:45], s[6:7], s[36:37]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[38:39], s[44:45]
	s_cbranch_execz .LBB0_367
; %bb.366:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v1, v40, 16, 1
	s_movk_i32 s33, 0x7fff
	v_add3_u32 v1, v40, v1, s33
	v_mov_b32_e32 v32, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v32, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[32:33], v[14:15], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[32:33], v1, off
.LBB0_367:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[38:39]
	v_readlane_b32 s6, v252, 4
	v_readlane_b32 s7, v252, 5
	v_accvgpr_read_b32 v34, a36
	v_accvgpr_read_b32 v35, a37
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_mul_lo_u32 v1, v35, s7
	v_mad_u64_u32 v[38:39], s[38:39], v34, s7, 0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_readlane_b32 s6, v252, 6
	v_readlane_b32 s7, v252, 7
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v32, v34, s47
	v_add3_u32 v39, v39, v32, v1
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[38:39], s[6:7], v[34:35]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 8
	v_readlane_b32 s7, v252, 9
	s_and_b64 s[44:45], s[6:7], s[38:39]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_saveexec_b64 s[16:17], s[44:45]
	s_cbranch_execz .LBB0_369
; %bb.368:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v1, v41, 16, 1
	s_movk_i32 s33, 0x7fff
	s_mov_b64 vcc, s[40:41]
	v_add3_u32 v1, v41, v1, s33
	v_mov_b32_e32 v32, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v32, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[8:9], v[38:39], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[8:9], v1, off
.LBB0_369:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[16:17]
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	v_readlane_b32 s6, v252, 4
	v_readlane_b32 s7, v252, 5
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_mov_b32_e32 v1, v0
	.loc	1 91 22                         ; fused_moe.py:91:22
	v_mad_i64_i32 v[8:9], s[40:41], v42, s6, 0
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	v_readlane_b32 s14, v251, 0
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s6, v252, 10
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[40:41], v[122:123], v[0:1]
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_readlane_b32 s15, v251, 1
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s7, v252, 11
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[16:17], v41, v41
	v_cmp_u_f32_e32 vcc, v40, v40
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_lshl_add_u64 v[8:9], v[8:9], 1, s[14:15]
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[40:41], s[6:7], s[0:1]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[40:41]
	s_cbranch_execz .LBB0_371
; %bb.370:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v32, v40, 16, 1
	s_movk_i32 s33, 0x7fff
	v_add3_u32 v32, v40, v32, s33
	v_mov_b32_e32 v33, 0x7fff
	v_cndmask_b32_sdwa v32, v32, v33, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[2:3], v[2:3], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[2:3], v32, off
.LBB0_371:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v252, 10
	v_readlane_b32 s1, v252, 11
	s_and_b64 s[2:3], s[0:1], s[2:3]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_373
; %bb.372:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v2, v41, 16, 1
	s_movk_i32 s2, 0x7fff
	s_mov_b64 vcc, s[16:17]
	v_add3_u32 v2, v41, v2, s2
	v_mov_b32_e32 v3, 0x7fff
	v_cndmask_b32_sdwa v32, v2, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[2:3], v[4:5], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[2:3], v32, off
.LBB0_373:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 10
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[2:3], v[120:121], v[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s3, v252, 11
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[0:1], v3, v3
	v_cmp_u_f32_e32 vcc, v2, v2
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[4:5], s[2:3], s[4:5]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_375
; %bb.374:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v4, v2, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v2, v2, v4, s4
	v_mov_b32_e32 v4, 0x7fff
	v_cndmask_b32_sdwa v2, v2, v4, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[4:5], v[6:7], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[4:5], v2, off
.LBB0_375:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 10
	v_readlane_b32 s3, v252, 11
	s_and_b64 s[4:5], s[2:3], s[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_377
; %bb.376:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v2, v3, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v2, v3, v2, s0
	v_mov_b32_e32 v3, 0x7fff
	v_cndmask_b32_sdwa v4, v2, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[2:3], v[10:11], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[2:3], v4, off
.LBB0_377:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 10
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[2:3], v[116:117], v[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s3, v252, 11
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[0:1], v3, v3
	v_cmp_u_f32_e32 vcc, v2, v2
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[4:5], s[2:3], s[10:11]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_379
; %bb.378:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v4, v2, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v2, v2, v4, s4
	v_mov_b32_e32 v4, 0x7fff
	v_cndmask_b32_sdwa v2, v2, v4, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[4:5], v[12:13], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[4:5], v2, off
.LBB0_379:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 10
	v_readlane_b32 s3, v252, 11
	s_and_b64 s[4:5], s[2:3], s[12:13]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_381
; %bb.380:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v2, v3, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v2, v3, v2, s0
	v_mov_b32_e32 v3, 0x7fff
	v_cndmask_b32_sdwa v4, v2, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[2:3], v[16:17], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[2:3], v4, off
.LBB0_381:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 10
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[2:3], v[114:115], v[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s3, v252, 11
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[0:1], v3, v3
	v_cmp_u_f32_e32 vcc, v2, v2
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[4:5], s[2:3], s[18:19]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_383
; %bb.382:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v4, v2, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v2, v2, v4, s4
	v_mov_b32_e32 v4, 0x7fff
	v_cndmask_b32_sdwa v2, v2, v4, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[4:5], v[18:19], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[4:5], v2, off
.LBB0_383:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 10
	v_readlane_b32 s3, v252, 11
	s_and_b64 s[4:5], s[2:3], s[20:21]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_385
; %bb.384:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v2, v3, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v2, v3, v2, s0
	v_mov_b32_e32 v3, 0x7fff
	v_cndmask_b32_sdwa v4, v2, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[2:3], v[20:21], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[2:3], v4, off
.LBB0_385:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 10
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[2:3], v[112:113], v[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s3, v252, 11
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[0:1], v3, v3
	v_cmp_u_f32_e32 vcc, v2, v2
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[4:5], s[2:3], s[22:23]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_387
; %bb.386:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v4, v2, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v2, v2, v4, s4
	v_mov_b32_e32 v4, 0x7fff
	v_cndmask_b32_sdwa v2, v2, v4, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[4:5], v[22:23], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[4:5], v2, off
.LBB0_387:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 10
	v_readlane_b32 s3, v252, 11
	s_and_b64 s[4:5], s[2:3], s[24:25]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_389
; %bb.388:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v2, v3, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v2, v3, v2, s0
	v_mov_b32_e32 v3, 0x7fff
	v_cndmask_b32_sdwa v4, v2, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[2:3], v[24:25], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[2:3], v4, off
.LBB0_389:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 10
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[2:3], v[110:111], v[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s3, v252, 11
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[0:1], v3, v3
	v_cmp_u_f32_e32 vcc, v2, v2
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[4:5], s[2:3], s[26:27]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_391
; %bb.390:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v4, v2, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v2, v2, v4, s4
	v_mov_b32_e32 v4, 0x7fff
	v_cndmask_b32_sdwa v2, v2, v4, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[4:5], v[26:27], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[4:5], v2, off
.LBB0_391:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 10
	v_readlane_b32 s3, v252, 11
	s_and_b64 s[4:5], s[2:3], s[28:29]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_393
; %bb.392:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v2, v3, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v2, v3, v2, s0
	v_mov_b32_e32 v3, 0x7fff
	v_cndmask_b32_sdwa v4, v2, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[2:3], v[28:29], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[2:3], v4, off
.LBB0_393:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 10
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[2:3], v[108:109], v[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s3, v252, 11
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[0:1], v3, v3
	v_cmp_u_f32_e32 vcc, v2, v2
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[4:5], s[2:3], s[30:31]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_395
; %bb.394:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v4, v2, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v2, v2, v4, s4
	v_mov_b32_e32 v4, 0x7fff
	v_cndmask_b32_sdwa v2, v2, v4, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[4:5], v[30:31], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[4:5], v2, off
.LBB0_395:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 10
	v_readlane_b32 s3, v252, 11
	s_and_b64 s[4:5], s[2:3], s[34:35]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_397
; %bb.396:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v2, v3, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v2, v3, v2, s0
	v_mov_b32_e32 v3, 0x7fff
	v_cndmask_b32_sdwa v4, v2, v3, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[2:3], v[36:37], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[2:3], v4, off
.LBB0_397:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 10
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[0:1], v[106:107], v[0:1]
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s3, v252, 11
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cmp_u_f32_e64 s[0:1], v1, v1
	v_cmp_u_f32_e32 vcc, v0, v0
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[4:5], s[2:3], s[36:37]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_399
; %bb.398:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	v_bfe_u32 v2, v0, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v0, v0, v2, s4
	v_mov_b32_e32 v2, 0x7fff
	v_cndmask_b32_sdwa v0, v0, v2, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[2:3], v[14:15], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[2:3], v0, off
.LBB0_399:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s2, v252, 10
	v_readlane_b32 s3, v252, 11
	s_and_b64 s[2:3], s[2:3], s[38:39]
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_saveexec_b64 s[4:5], s[2:3]
	s_xor_b64 s[2:3], exec, s[4:5]
	s_cbranch_execz .LBB0_401
; %bb.400:
	.loc	1 142 22 is_stmt 0              ; fused_moe.py:142:22
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v0, v1, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v0, v1, v0, s0
	v_mov_b32_e32 v1, 0x7fff
	v_cndmask_b32_sdwa v2, v0, v1, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 14 is_stmt 1               ; fused_moe.py:91:14
	v_lshl_add_u64 v[0:1], v[38:39], 1, v[8:9]
	.loc	1 142 5                         ; fused_moe.py:142:5
	global_store_short v[0:1], v2, off
.LBB0_401:                              ; %Flow
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_or_b64 exec, exec, s[2:3]
	s_mov_b64 s[0:1], 0
.LBB0_402:                              ; %Flow755
	v_readlane_b32 s2, v252, 6
	s_and_b64 vcc, exec, s[0:1]
	v_readlane_b32 s3, v252, 7
	s_cbranch_vccz .LBB0_467
; %bb.403:
	v_readlane_b32 s0, v252, 4
	v_readlane_b32 s1, v252, 5
	v_accvgpr_read_b32 v5, a1
	v_accvgpr_read_b32 v4, a0
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_mul_lo_u32 v2, v5, s1
	v_mad_u64_u32 v[0:1], s[0:1], v4, s1, 0
	.loc	1 92 14                         ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 4
	.loc	1 91 56                         ; fused_moe.py:91:56
	v_mul_lo_u32 v3, v4, s47
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e32 vcc, s[2:3], v[4:5]
	.loc	1 92 14 is_stmt 0               ; fused_moe.py:92:14
	v_readlane_b32 s1, v251, 5
	.loc	1 91 56 is_stmt 1               ; fused_moe.py:91:56
	v_add3_u32 v1, v1, v3, v2
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	v_readlane_b32 s4, v251, 0
	v_readlane_b32 s5, v251, 1
	s_cbranch_execz .LBB0_405
; %bb.404:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s46, s2
	s_mul_i32 s2, s46, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_405:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 6
	v_readlane_b32 s1, v251, 7
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_407
; %bb.406:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s94, s2
	s_mul_i32 s2, s94, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_407:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 8
	v_readlane_b32 s1, v251, 9
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_409
; %bb.408:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s92, s2
	s_mul_i32 s2, s92, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_409:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 10
	v_readlane_b32 s1, v251, 11
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_411
; %bb.410:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s90, s2
	s_mul_i32 s2, s90, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_411:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 12
	v_readlane_b32 s1, v251, 13
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_413
; %bb.412:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s88, s2
	s_mul_i32 s2, s88, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_413:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 14
	v_readlane_b32 s1, v251, 15
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_415
; %bb.414:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s86, s2
	s_mul_i32 s2, s86, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_415:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 16
	v_readlane_b32 s1, v251, 17
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_417
; %bb.416:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s82, s2
	s_mul_i32 s2, s82, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_417:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 18
	v_readlane_b32 s1, v251, 19
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_419
; %bb.418:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s80, s2
	s_mul_i32 s2, s80, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_419:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 20
	v_readlane_b32 s1, v251, 21
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_421
; %bb.420:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s78, s2
	s_mul_i32 s2, s78, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_421:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 22
	v_readlane_b32 s1, v251, 23
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_423
; %bb.422:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s76, s2
	s_mul_i32 s2, s76, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_423:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 24
	v_readlane_b32 s1, v251, 25
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_425
; %bb.424:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s74, s2
	s_mul_i32 s2, s74, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_425:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 26
	v_readlane_b32 s1, v251, 27
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_427
; %bb.426:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s73, s2
	s_mul_i32 s2, s73, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_427:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 28
	v_readlane_b32 s1, v251, 29
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_429
; %bb.428:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s72, s2
	s_mul_i32 s2, s72, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_429:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 30
	v_readlane_b32 s1, v251, 31
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_431
; %bb.430:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s71, s2
	s_mul_i32 s2, s71, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_431:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 32
	v_readlane_b32 s1, v251, 33
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_433
; %bb.432:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s70, s2
	s_mul_i32 s2, s70, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_433:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 34
	v_readlane_b32 s1, v251, 35
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_435
; %bb.434:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s69, s2
	s_mul_i32 s2, s69, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_435:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 36
	v_readlane_b32 s1, v251, 37
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_437
; %bb.436:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s68, s2
	s_mul_i32 s2, s68, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_437:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 38
	v_readlane_b32 s1, v251, 39
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_439
; %bb.438:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s67, s2
	s_mul_i32 s2, s67, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_439:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 40
	v_readlane_b32 s1, v251, 41
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_441
; %bb.440:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s66, s2
	s_mul_i32 s2, s66, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_441:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 42
	v_readlane_b32 s1, v251, 43
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_443
; %bb.442:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s65, s2
	s_mul_i32 s2, s65, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_443:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 44
	v_readlane_b32 s1, v251, 45
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_445
; %bb.444:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s64, s2
	s_mul_i32 s2, s64, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_445:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 46
	v_readlane_b32 s1, v251, 47
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_447
; %bb.446:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s63, s2
	s_mul_i32 s2, s63, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_447:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 48
	v_readlane_b32 s1, v251, 49
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_449
; %bb.448:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s62, s2
	s_mul_i32 s2, s62, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_449:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 50
	v_readlane_b32 s1, v251, 51
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_451
; %bb.450:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s61, s2
	s_mul_i32 s2, s61, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_451:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 52
	v_readlane_b32 s1, v251, 53
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_453
; %bb.452:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s60, s2
	s_mul_i32 s2, s60, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_453:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 54
	v_readlane_b32 s1, v251, 55
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_455
; %bb.454:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s59, s2
	s_mul_i32 s2, s59, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_455:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 56
	v_readlane_b32 s1, v251, 57
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_457
; %bb.456:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s58, s2
	s_mul_i32 s2, s58, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_457:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 58
	v_readlane_b32 s1, v251, 59
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_459
; %bb.458:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s57, s2
	s_mul_i32 s2, s57, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_459:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 60
	v_readlane_b32 s1, v251, 61
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_461
; %bb.460:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s56, s2
	s_mul_i32 s2, s56, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_461:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v251, 62
	v_readlane_b32 s1, v251, 63
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_463
; %bb.462:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s55, s2
	s_mul_i32 s2, s55, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_463:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v252, 0
	v_readlane_b32 s1, v252, 1
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_465
; %bb.464:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s2, v252, 4
	v_readlane_b32 s3, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s3, s54, s2
	s_mul_i32 s2, s54, s2
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[2:3], s[2:3], 1
	s_add_u32 s2, s4, s2
	s_addc_u32 s3, s5, s3
	v_lshl_add_u64 v[2:3], v[0:1], 1, s[2:3]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v4, 0
	global_store_short v[2:3], v4, off
.LBB0_465:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	v_readlane_b32 s0, v252, 2
	v_readlane_b32 s1, v252, 3
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_xor_b64 s[2:3], exec, s[2:3]
	s_cbranch_execz .LBB0_467
; %bb.466:
	.loc	1 0 9 is_stmt 0                 ; fused_moe.py:0:9
	v_readlane_b32 s0, v252, 4
	v_readlane_b32 s1, v252, 5
	.loc	1 91 22 is_stmt 1               ; fused_moe.py:91:22
	s_mul_hi_i32 s1, s50, s0
	s_mul_i32 s0, s50, s0
	.loc	1 91 14 is_stmt 0               ; fused_moe.py:91:14
	s_lshl_b64 s[0:1], s[0:1], 1
	s_add_u32 s0, s4, s0
	s_addc_u32 s1, s5, s1
	v_lshl_add_u64 v[0:1], v[0:1], 1, s[0:1]
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	v_mov_b32_e32 v2, 0
	global_store_short v[0:1], v2, off
.LBB0_467:                              ; %common.ret
	.loc	1 0 0 is_stmt 0                 ; fused_moe.py:0
	s_endpgm
.Ltmp22:
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
		.amdhsa_next_free_vgpr 296
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
	.set .Lfused_moe_kernel.num_agpr, 40
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
; codeLenInByte = 67976
; TotalNumSgprs: 106
; NumVgprs: 256
; NumAgprs: 40
; TotalNumVgprs: 296
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 13
; VGPRBlocks: 36
; NumSGPRsForWavesPerEU: 106
; NumVGPRsForWavesPerEU: 296
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
	.quad	.Ltmp2                          ; DW_AT_low_pc
	.long	.Ltmp3-.Ltmp2                   ; DW_AT_high_pc
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
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	.Ltmp10-.Lfunc_begin0
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges1:
	.quad	.Ltmp12-.Lfunc_begin0
	.quad	.Ltmp13-.Lfunc_begin0
	.quad	.Ltmp14-.Lfunc_begin0
	.quad	.Ltmp15-.Lfunc_begin0
	.quad	.Ltmp16-.Lfunc_begin0
	.quad	.Ltmp17-.Lfunc_begin0
	.quad	.Ltmp18-.Lfunc_begin0
	.quad	.Ltmp19-.Lfunc_begin0
	.quad	.Ltmp20-.Lfunc_begin0
	.quad	.Ltmp21-.Lfunc_begin0
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
  - .agpr_count:     40
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
    .sgpr_spill_count: 393
    .symbol:         fused_moe_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     296
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

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
; %bb.96:
	.file	1 "fused_moe.py"
	.loc	1 26 0 prologue_end             ; fused_moe.py:26:0
	s_load_dwordx8 s[8:15], s[4:5], 0x0
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.97:
.LBB0_0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_load_dword s34, s[4:5], 0x48
	s_load_dword s0, s[4:5], 0x50
	s_mov_b64 s[28:29], s[10:11]
	v_and_b32_e32 v65, 0x3ff, v0
	s_mov_b64 s[24:25], s[14:15]
.Ltmp1:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13 is_stmt 1               ; standard.py:43:13 @[ fused_moe.py:72:17 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s1, s34, 0x7f
	.loc	2 43 12 is_stmt 0               ; standard.py:43:12 @[ fused_moe.py:72:17 ]
	s_ashr_i32 s2, s1, 31
	s_lshr_b32 s2, s2, 25
	s_add_i32 s1, s1, s2
	s_ashr_i32 s1, s1, 7
.Ltmp2:
	.loc	1 73 24 is_stmt 1               ; fused_moe.py:73:24
	s_lshl_b32 s6, s1, 5
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_abs_i32 s2, s6
	v_cvt_f32_u32_e32 v1, s2
.Ltmp3:
	.loc	2 43 13                         ; standard.py:43:13 @[ fused_moe.py:71:17 ]
	s_add_i32 s0, s0, 63
.Ltmp4:
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_sub_i32 s7, 0, s2
.Ltmp5:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_ashr_i32 s3, s0, 31
.Ltmp6:
	.loc	1 74 16                         ; fused_moe.py:74:16
	v_rcp_f32_e32 v1, v1
.Ltmp7:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_lshr_b32 s3, s3, 26
	s_add_i32 s0, s0, s3
.Ltmp8:
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_abs_i32 s3, s16
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_xor_b32 s1, s16, s1
.Ltmp9:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_ashr_i32 s0, s0, 6
.Ltmp10:
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_ashr_i32 s1, s1, 31
	v_readfirstlane_b32 s10, v1
	s_mul_i32 s7, s7, s10
	s_mul_hi_u32 s7, s10, s7
	s_add_i32 s10, s10, s7
	s_mul_hi_u32 s7, s3, s10
	s_mul_i32 s10, s7, s2
	s_sub_i32 s3, s3, s10
	s_add_i32 s10, s7, 1
	s_sub_i32 s11, s3, s2
	s_cmp_ge_u32 s3, s2
	s_cselect_b32 s7, s10, s7
	s_cselect_b32 s3, s11, s3
	s_add_i32 s10, s7, 1
	s_cmp_ge_u32 s3, s2
	s_cselect_b32 s2, s10, s7
	s_xor_b32 s2, s2, s1
	s_sub_i32 s1, s2, s1
	.loc	1 75 19                         ; fused_moe.py:75:19
	s_lshl_b32 s7, s1, 5
	.loc	1 76 24                         ; fused_moe.py:76:24
	s_sub_i32 s0, s0, s7
	.loc	1 76 20 is_stmt 0               ; fused_moe.py:76:20
	s_min_i32 s0, s0, 32
	.loc	1 78 13 is_stmt 1               ; fused_moe.py:78:13
	s_abs_i32 s10, s0
	v_cvt_f32_u32_e32 v1, s10
	s_sub_i32 s14, 0, s10
	.loc	1 77 29                         ; fused_moe.py:77:29
	s_mul_i32 s1, s1, s6
	s_sub_i32 s6, s16, s1
	.loc	1 78 13                         ; fused_moe.py:78:13
	v_rcp_f32_e32 v0, v1
	s_abs_i32 s11, s6
	s_xor_b32 s1, s6, s0
	s_ashr_i32 s1, s1, 31
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
	s_load_dwordx2 s[2:3], s[4:5], 0x40
	v_readfirstlane_b32 s15, v0
	s_mul_i32 s14, s14, s15
	s_mul_hi_u32 s14, s15, s14
	s_add_i32 s15, s15, s14
	s_mul_hi_u32 s14, s11, s15
	s_mul_i32 s15, s14, s10
	s_sub_i32 s11, s11, s15
	s_add_i32 s15, s14, 1
	s_sub_i32 s16, s11, s10
	s_cmp_ge_u32 s11, s10
	s_cselect_b32 s14, s15, s14
	s_cselect_b32 s11, s16, s11
	s_add_i32 s15, s14, 1
	s_cmp_ge_u32 s11, s10
	s_cselect_b32 s10, s15, s14
	s_xor_b32 s10, s10, s1
	s_sub_i32 s1, s10, s1
	.loc	1 81 30                         ; fused_moe.py:81:30
	s_waitcnt lgkmcnt(0)
	s_load_dword s2, s[2:3], 0x0
	.loc	1 77 28                         ; fused_moe.py:77:28
	s_mul_i32 s0, s1, s0
	s_sub_i32 s0, s6, s0
	.loc	1 77 13 is_stmt 0               ; fused_moe.py:77:13
	s_add_i32 s0, s0, s7
	.loc	1 82 8 is_stmt 1                ; fused_moe.py:82:8
	s_lshl_b32 s55, s0, 6
	s_waitcnt lgkmcnt(0)
	s_cmp_lt_i32 s55, s2
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_readfirstlane_b32 s2, v65
	.loc	1 82 8                          ; fused_moe.py:82:8
	s_cbranch_scc0 .LBB0_95
; %bb.1:
	.loc	1 0 8 is_stmt 0                 ; fused_moe.py:0:8
	s_load_dwordx4 s[20:23], s[4:5], 0x30
	s_load_dword s33, s[4:5], 0x54
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	s_lshl_b32 s52, s1, 7
	.loc	1 94 18                         ; fused_moe.py:94:18
	s_ashr_i32 s1, s0, 31
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_bfe_u32 s56, s2, 0x20006
	.loc	1 90 15                         ; fused_moe.py:90:15
	s_ashr_i32 s53, s52, 31
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_waitcnt lgkmcnt(0)
	s_and_b32 s21, s21, 0xffff
	.loc	1 92 37                         ; fused_moe.py:92:37
	s_ashr_i32 s35, s34, 31
	.loc	1 94 18                         ; fused_moe.py:94:18
	s_lshl_b64 s[0:1], s[0:1], 2
	s_add_u32 s0, s22, s0
	s_addc_u32 s1, s23, s1
	s_load_dword s16, s[0:1], 0x0
	s_load_dword s54, s[4:5], 0x64
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_mov_b32 s57, 0x27000
	s_mov_b32 s58, 0x7ffffffe
	.loc	1 90 38                         ; fused_moe.py:90:38
	v_and_b32_e32 v83, 15, v65
	.loc	1 95 8                          ; fused_moe.py:95:8
	s_waitcnt lgkmcnt(0)
	s_cmp_lg_u32 s16, -1
	s_cbranch_scc0 .LBB0_84
; %bb.2:
	.loc	1 85 44                         ; fused_moe.py:85:44
	v_and_or_b32 v0, v65, 56, s56
	.loc	1 86 26                         ; fused_moe.py:86:26
	v_and_or_b32 v1, v65, 31, s55
	v_or_b32_e32 v0, s55, v0
	v_lshlrev_b32_e32 v1, 2, v1
	.loc	1 86 18 is_stmt 0               ; fused_moe.py:86:18
	s_mov_b32 s22, s58
	s_mov_b32 s23, s57
	.loc	1 86 26                         ; fused_moe.py:86:26
	v_lshlrev_b32_e32 v0, 2, v0
	.loc	1 86 18                         ; fused_moe.py:86:18
	v_or_b32_e32 v2, 0x80, v1
	v_or_b32_e32 v3, 16, v0
	buffer_load_dword v85, v1, s[20:23], 0 offen
	buffer_load_dword v86, v2, s[20:23], 0 offen
	buffer_load_dword v43, v0, s[20:23], 0 offen
	buffer_load_dword v42, v3, s[20:23], 0 offen
	.loc	1 90 38 is_stmt 1               ; fused_moe.py:90:38
	v_lshlrev_b32_e32 v0, 2, v65
	v_and_b32_e32 v87, 32, v65
	v_and_b32_e32 v0, 32, v0
	v_and_b32_e32 v78, 16, v65
	v_lshl_or_b32 v0, v87, 1, v0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_or_b64 s[2:3], s[52:53], s[34:35]
	.loc	1 90 38                         ; fused_moe.py:90:38
	v_or3_b32 v10, v0, v78, s56
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	s_mov_b32 s0, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v2, s52, v10
	v_mov_b32_e32 v3, s53
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr0_vgpr1
	s_and_saveexec_b64 s[10:11], s[6:7]
	s_xor_b64 s[6:7], exec, s[10:11]
	s_cbranch_execz .LBB0_4
; %bb.3:
	s_ashr_i32 s10, s35, 31
	s_add_u32 s14, s34, s10
	s_mov_b32 s11, s10
	s_addc_u32 s15, s35, s10
	s_xor_b64 s[10:11], s[14:15], s[10:11]
	v_cvt_f32_u32_e32 v0, s10
	v_cvt_f32_u32_e32 v1, s11
	s_sub_u32 s1, 0, s10
	s_subb_u32 s2, 0, s11
	v_mov_b32_e32 v5, 0
	v_fmamk_f32 v0, v1, 0x4f800000, v0
	v_rcp_f32_e32 v0, v0
	s_nop 0
	v_mul_f32_e32 v0, 0x5f7ffffc, v0
	v_mul_f32_e32 v1, 0x2f800000, v0
	v_trunc_f32_e32 v1, v1
	v_fmamk_f32 v0, v1, 0xcf800000, v0
	v_cvt_u32_f32_e32 v1, v1
	v_cvt_u32_f32_e32 v0, v0
	v_readfirstlane_b32 s14, v1
	v_readfirstlane_b32 s15, v0
	s_mul_i32 s17, s1, s14
	s_mul_hi_u32 s19, s1, s15
	s_mul_i32 s18, s2, s15
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s22, s1, s15
	s_mul_i32 s19, s15, s17
	s_mul_hi_u32 s23, s15, s22
	s_mul_hi_u32 s18, s15, s17
	s_add_u32 s19, s23, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s23, s14, s22
	s_mul_i32 s22, s14, s22
	s_add_u32 s19, s19, s22
	s_addc_u32 s18, s18, s23
	s_mul_hi_u32 s19, s14, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s14, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s15, s15, s17
	s_addc_u32 s14, s14, s18
	s_mul_i32 s17, s1, s15
	s_mul_i32 s22, s1, s14
	s_mul_hi_u32 s1, s1, s15
	s_add_i32 s1, s1, s22
	s_mul_i32 s2, s2, s15
	s_add_i32 s1, s1, s2
	s_mul_hi_u32 s18, s14, s17
	s_mul_i32 s19, s14, s17
	s_mul_i32 s22, s15, s1
	s_mul_hi_u32 s17, s15, s17
	s_mul_hi_u32 s2, s15, s1
	s_add_u32 s17, s17, s22
	s_addc_u32 s2, 0, s2
	s_add_u32 s17, s17, s19
	s_addc_u32 s2, s2, s18
	s_mul_hi_u32 s17, s14, s1
	s_addc_u32 s17, s17, 0
	s_mul_i32 s1, s14, s1
	s_add_u32 s1, s2, s1
	v_ashrrev_i32_e32 v0, 31, v3
	s_addc_u32 s2, 0, s17
	v_mov_b32_e32 v1, v0
	s_add_u32 s1, s15, s1
	v_lshl_add_u64 v[2:3], v[2:3], 0, v[0:1]
	s_addc_u32 s2, s14, s2
	v_xor_b32_e32 v6, v2, v0
	v_xor_b32_e32 v1, v3, v0
	v_mad_u64_u32 v[2:3], s[14:15], v6, s2, 0
	v_mul_hi_u32 v4, v6, s1
	v_lshl_add_u64 v[2:3], v[4:5], 0, v[2:3]
	v_mad_u64_u32 v[4:5], s[14:15], v1, s1, 0
	v_add_co_u32_e32 v2, vcc, v2, v4
	s_nop 1
	v_addc_co_u32_e32 v2, vcc, v3, v5, vcc
	v_mad_u64_u32 v[4:5], s[14:15], v1, s2, 0
	s_nop 0
	v_addc_co_u32_e32 v5, vcc, 0, v5, vcc
	v_mov_b32_e32 v3, s0
	v_lshl_add_u64 v[2:3], v[2:3], 0, v[4:5]
	v_mul_lo_u32 v4, s11, v2
	v_mul_lo_u32 v5, s10, v3
	v_mad_u64_u32 v[2:3], s[0:1], s10, v2, 0
	v_add3_u32 v3, v3, v5, v4
	v_sub_u32_e32 v4, v1, v3
	v_mov_b32_e32 v5, s11
	v_sub_co_u32_e32 v2, vcc, v6, v2
	s_nop 1
	v_subb_co_u32_e64 v4, s[0:1], v4, v5, vcc
	v_subrev_co_u32_e64 v5, s[0:1], s10, v2
	v_subb_co_u32_e32 v1, vcc, v1, v3, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v4, s[0:1], 0, v4, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s11, v4
	v_cmp_le_u32_e32 vcc, s11, v1
	s_nop 0
	v_cndmask_b32_e64 v6, 0, -1, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s10, v5
	v_cndmask_b32_e64 v3, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v2
	v_cndmask_b32_e64 v7, 0, -1, s[0:1]
	v_cmp_eq_u32_e64 s[0:1], s11, v4
	s_nop 1
	v_cndmask_b32_e64 v4, v6, v7, s[0:1]
	v_cndmask_b32_e64 v7, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v1
	v_subrev_co_u32_e64 v6, s[0:1], s10, v5
	s_nop 0
	v_cndmask_b32_e32 v1, v3, v7, vcc
	v_cmp_ne_u32_e32 vcc, 0, v4
	s_nop 1
	v_cndmask_b32_e32 v3, v5, v6, vcc
	v_cmp_ne_u32_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v2, v3, vcc
	v_xor_b32_e32 v1, v1, v0
	v_sub_co_u32_e32 v0, vcc, v1, v0
                                        ; implicit-def: $vgpr2
.LBB0_4:                                ; %Flow243
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_saveexec_b64 s[0:1], s[6:7]
	v_cvt_f32_u32_e32 v1, s34
	s_xor_b64 exec, exec, s[0:1]
	s_cbranch_execz .LBB0_6
; %bb.5:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v0, v1
	s_sub_i32 s2, 0, s34
	v_mul_f32_e32 v0, 0x4f7ffffe, v0
	v_cvt_u32_f32_e32 v0, v0
	v_mul_lo_u32 v3, s2, v0
	v_mul_hi_u32 v3, v0, v3
	v_add_u32_e32 v0, v0, v3
	v_mul_hi_u32 v0, v2, v0
	v_mul_lo_u32 v0, v0, s34
	v_sub_u32_e32 v0, v2, v0
	v_subrev_u32_e32 v2, s34, v0
	v_cmp_le_u32_e32 vcc, s34, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v0, v2, vcc
	v_subrev_u32_e32 v2, s34, v0
	v_cmp_le_u32_e32 vcc, s34, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v0, v2, vcc
.LBB0_6:                                ; %.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[0:1]
	.loc	1 90 38 is_stmt 1               ; fused_moe.py:90:38
	v_or_b32_e32 v6, 4, v10
	v_mov_b32_e32 v7, 0
	.loc	1 90 15 is_stmt 0               ; fused_moe.py:90:15
	v_lshl_add_u64 v[4:5], s[52:53], 0, v[6:7]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_or_b32_e32 v2, s35, v5
	s_mov_b32 s0, 0
	v_cmp_ne_u32_e32 vcc, 0, v2
                                        ; implicit-def: $vgpr2_vgpr3
	s_and_saveexec_b64 s[6:7], vcc
	s_xor_b64 s[6:7], exec, s[6:7]
	s_cbranch_execz .LBB0_8
; %bb.7:
	s_ashr_i32 s10, s35, 31
	s_add_u32 s14, s34, s10
	s_mov_b32 s11, s10
	s_addc_u32 s15, s35, s10
	s_xor_b64 s[10:11], s[14:15], s[10:11]
	v_cvt_f32_u32_e32 v2, s10
	v_cvt_f32_u32_e32 v3, s11
	s_sub_u32 s1, 0, s10
	s_subb_u32 s2, 0, s11
	v_fmamk_f32 v2, v3, 0x4f800000, v2
	v_rcp_f32_e32 v2, v2
	s_nop 0
	v_mul_f32_e32 v2, 0x5f7ffffc, v2
	v_mul_f32_e32 v3, 0x2f800000, v2
	v_trunc_f32_e32 v3, v3
	v_fmamk_f32 v2, v3, 0xcf800000, v2
	v_cvt_u32_f32_e32 v3, v3
	v_cvt_u32_f32_e32 v2, v2
	v_readfirstlane_b32 s14, v3
	v_readfirstlane_b32 s15, v2
	s_mul_i32 s17, s1, s14
	s_mul_hi_u32 s19, s1, s15
	s_mul_i32 s18, s2, s15
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s22, s1, s15
	s_mul_i32 s19, s15, s17
	s_mul_hi_u32 s23, s15, s22
	s_mul_hi_u32 s18, s15, s17
	s_add_u32 s19, s23, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s23, s14, s22
	s_mul_i32 s22, s14, s22
	s_add_u32 s19, s19, s22
	s_addc_u32 s18, s18, s23
	s_mul_hi_u32 s19, s14, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s14, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s15, s15, s17
	s_addc_u32 s14, s14, s18
	s_mul_i32 s17, s1, s15
	s_mul_i32 s22, s1, s14
	s_mul_hi_u32 s1, s1, s15
	s_add_i32 s1, s1, s22
	s_mul_i32 s2, s2, s15
	s_add_i32 s1, s1, s2
	s_mul_hi_u32 s18, s14, s17
	s_mul_i32 s19, s14, s17
	s_mul_i32 s22, s15, s1
	s_mul_hi_u32 s17, s15, s17
	s_mul_hi_u32 s2, s15, s1
	s_add_u32 s17, s17, s22
	s_addc_u32 s2, 0, s2
	s_add_u32 s17, s17, s19
	s_addc_u32 s2, s2, s18
	s_mul_hi_u32 s17, s14, s1
	s_addc_u32 s17, s17, 0
	s_mul_i32 s1, s14, s1
	s_add_u32 s1, s2, s1
	v_ashrrev_i32_e32 v2, 31, v5
	s_addc_u32 s2, 0, s17
	v_mov_b32_e32 v3, v2
	s_add_u32 s1, s15, s1
	v_lshl_add_u64 v[4:5], v[4:5], 0, v[2:3]
	s_addc_u32 s2, s14, s2
	v_xor_b32_e32 v8, v4, v2
	v_xor_b32_e32 v3, v5, v2
	v_mad_u64_u32 v[4:5], s[14:15], v8, s2, 0
	v_mul_hi_u32 v6, v8, s1
	v_lshl_add_u64 v[4:5], v[6:7], 0, v[4:5]
	v_mad_u64_u32 v[6:7], s[14:15], v3, s1, 0
	v_add_co_u32_e32 v4, vcc, v4, v6
	s_nop 1
	v_addc_co_u32_e32 v4, vcc, v5, v7, vcc
	v_mad_u64_u32 v[6:7], s[14:15], v3, s2, 0
	s_nop 0
	v_addc_co_u32_e32 v7, vcc, 0, v7, vcc
	v_mov_b32_e32 v5, s0
	v_lshl_add_u64 v[4:5], v[4:5], 0, v[6:7]
	v_mul_lo_u32 v6, s11, v4
	v_mul_lo_u32 v7, s10, v5
	v_mad_u64_u32 v[4:5], s[0:1], s10, v4, 0
	v_add3_u32 v5, v5, v7, v6
	v_sub_u32_e32 v6, v3, v5
	v_mov_b32_e32 v7, s11
	v_sub_co_u32_e32 v4, vcc, v8, v4
	s_nop 1
	v_subb_co_u32_e64 v6, s[0:1], v6, v7, vcc
	v_subrev_co_u32_e64 v7, s[0:1], s10, v4
	v_subb_co_u32_e32 v3, vcc, v3, v5, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v6, s[0:1], 0, v6, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s11, v6
	v_cmp_le_u32_e32 vcc, s11, v3
	s_nop 0
	v_cndmask_b32_e64 v8, 0, -1, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s10, v7
	v_cndmask_b32_e64 v5, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v4
	v_cndmask_b32_e64 v9, 0, -1, s[0:1]
	v_cmp_eq_u32_e64 s[0:1], s11, v6
	s_nop 1
	v_cndmask_b32_e64 v6, v8, v9, s[0:1]
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v3
	v_subrev_co_u32_e64 v8, s[0:1], s10, v7
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
                                        ; implicit-def: $vgpr4_vgpr5
.LBB0_8:                                ; %Flow242
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_10
; %bb.9:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v2, v1
	s_sub_i32 s2, 0, s34
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_cvt_u32_f32_e32 v2, v2
	v_mul_lo_u32 v3, s2, v2
	v_mul_hi_u32 v3, v2, v3
	v_add_u32_e32 v2, v2, v3
	v_mul_hi_u32 v2, v4, v2
	v_mul_lo_u32 v2, v2, s34
	v_sub_u32_e32 v2, v4, v2
	v_subrev_u32_e32 v3, s34, v2
	v_cmp_le_u32_e32 vcc, s34, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
	v_subrev_u32_e32 v3, s34, v2
	v_cmp_le_u32_e32 vcc, s34, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v3, vcc
.LBB0_10:                               ; %.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[0:1]
	.loc	1 90 38 is_stmt 1               ; fused_moe.py:90:38
	v_or_b32_e32 v8, 8, v10
	v_mov_b32_e32 v9, 0
	.loc	1 90 15 is_stmt 0               ; fused_moe.py:90:15
	v_lshl_add_u64 v[6:7], s[52:53], 0, v[8:9]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_or_b32_e32 v3, s35, v7
	s_mov_b32 s0, 0
	v_cmp_ne_u32_e32 vcc, 0, v3
                                        ; implicit-def: $vgpr4_vgpr5
	s_and_saveexec_b64 s[6:7], vcc
	s_xor_b64 s[6:7], exec, s[6:7]
	s_cbranch_execz .LBB0_12
; %bb.11:
	s_ashr_i32 s10, s35, 31
	s_add_u32 s14, s34, s10
	s_mov_b32 s11, s10
	s_addc_u32 s15, s35, s10
	s_xor_b64 s[10:11], s[14:15], s[10:11]
	v_cvt_f32_u32_e32 v3, s10
	v_cvt_f32_u32_e32 v4, s11
	s_sub_u32 s1, 0, s10
	s_subb_u32 s2, 0, s11
	v_fmamk_f32 v3, v4, 0x4f800000, v3
	v_rcp_f32_e32 v3, v3
	s_nop 0
	v_mul_f32_e32 v3, 0x5f7ffffc, v3
	v_mul_f32_e32 v4, 0x2f800000, v3
	v_trunc_f32_e32 v4, v4
	v_fmamk_f32 v3, v4, 0xcf800000, v3
	v_cvt_u32_f32_e32 v4, v4
	v_cvt_u32_f32_e32 v3, v3
	v_readfirstlane_b32 s14, v4
	v_readfirstlane_b32 s15, v3
	s_mul_i32 s17, s1, s14
	s_mul_hi_u32 s19, s1, s15
	s_mul_i32 s18, s2, s15
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s22, s1, s15
	s_mul_i32 s19, s15, s17
	s_mul_hi_u32 s23, s15, s22
	s_mul_hi_u32 s18, s15, s17
	s_add_u32 s19, s23, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s23, s14, s22
	s_mul_i32 s22, s14, s22
	s_add_u32 s19, s19, s22
	s_addc_u32 s18, s18, s23
	s_mul_hi_u32 s19, s14, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s14, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s15, s15, s17
	s_addc_u32 s14, s14, s18
	s_mul_i32 s17, s1, s15
	s_mul_i32 s22, s1, s14
	s_mul_hi_u32 s1, s1, s15
	s_add_i32 s1, s1, s22
	s_mul_i32 s2, s2, s15
	s_add_i32 s1, s1, s2
	s_mul_hi_u32 s18, s14, s17
	s_mul_i32 s19, s14, s17
	s_mul_i32 s22, s15, s1
	s_mul_hi_u32 s17, s15, s17
	s_mul_hi_u32 s2, s15, s1
	s_add_u32 s17, s17, s22
	s_addc_u32 s2, 0, s2
	s_add_u32 s17, s17, s19
	s_addc_u32 s2, s2, s18
	s_mul_hi_u32 s17, s14, s1
	s_addc_u32 s17, s17, 0
	s_mul_i32 s1, s14, s1
	s_add_u32 s1, s2, s1
	v_ashrrev_i32_e32 v4, 31, v7
	s_addc_u32 s2, 0, s17
	v_mov_b32_e32 v5, v4
	s_add_u32 s1, s15, s1
	v_lshl_add_u64 v[6:7], v[6:7], 0, v[4:5]
	s_addc_u32 s2, s14, s2
	v_xor_b32_e32 v5, v6, v4
	v_xor_b32_e32 v3, v7, v4
	v_mad_u64_u32 v[6:7], s[14:15], v5, s2, 0
	v_mul_hi_u32 v8, v5, s1
	v_lshl_add_u64 v[6:7], v[8:9], 0, v[6:7]
	v_mad_u64_u32 v[8:9], s[14:15], v3, s1, 0
	v_add_co_u32_e32 v6, vcc, v6, v8
	s_nop 1
	v_addc_co_u32_e32 v6, vcc, v7, v9, vcc
	v_mad_u64_u32 v[8:9], s[14:15], v3, s2, 0
	s_nop 0
	v_addc_co_u32_e32 v9, vcc, 0, v9, vcc
	v_mov_b32_e32 v7, s0
	v_lshl_add_u64 v[6:7], v[6:7], 0, v[8:9]
	v_mul_lo_u32 v8, s11, v6
	v_mul_lo_u32 v9, s10, v7
	v_mad_u64_u32 v[6:7], s[0:1], s10, v6, 0
	v_add3_u32 v7, v7, v9, v8
	v_sub_u32_e32 v8, v3, v7
	v_mov_b32_e32 v9, s11
	v_sub_co_u32_e32 v5, vcc, v5, v6
	s_nop 1
	v_subb_co_u32_e64 v6, s[0:1], v8, v9, vcc
	v_subrev_co_u32_e64 v8, s[0:1], s10, v5
	v_subb_co_u32_e32 v3, vcc, v3, v7, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v6, s[0:1], 0, v6, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s11, v6
	v_cmp_le_u32_e32 vcc, s11, v3
	s_nop 0
	v_cndmask_b32_e64 v9, 0, -1, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s10, v8
	v_cndmask_b32_e64 v7, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v5
	v_cndmask_b32_e64 v11, 0, -1, s[0:1]
	v_cmp_eq_u32_e64 s[0:1], s11, v6
	s_nop 1
	v_cndmask_b32_e64 v6, v9, v11, s[0:1]
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v3
	v_subrev_co_u32_e64 v9, s[0:1], s10, v8
	s_nop 0
	v_cndmask_b32_e32 v3, v7, v11, vcc
	v_cmp_ne_u32_e32 vcc, 0, v6
	s_nop 1
	v_cndmask_b32_e32 v6, v8, v9, vcc
	v_cmp_ne_u32_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v5, v6, vcc
	v_xor_b32_e32 v3, v3, v4
	v_sub_co_u32_e32 v4, vcc, v3, v4
                                        ; implicit-def: $vgpr6_vgpr7
.LBB0_12:                               ; %Flow241
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_14
; %bb.13:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v3, v1
	s_sub_i32 s2, 0, s34
	v_mul_f32_e32 v3, 0x4f7ffffe, v3
	v_cvt_u32_f32_e32 v3, v3
	v_mul_lo_u32 v4, s2, v3
	v_mul_hi_u32 v4, v3, v4
	v_add_u32_e32 v3, v3, v4
	v_mul_hi_u32 v3, v6, v3
	v_mul_lo_u32 v3, v3, s34
	v_sub_u32_e32 v3, v6, v3
	v_subrev_u32_e32 v4, s34, v3
	v_cmp_le_u32_e32 vcc, s34, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v4, vcc
	v_subrev_u32_e32 v4, s34, v3
	v_cmp_le_u32_e32 vcc, s34, v3
	s_nop 1
	v_cndmask_b32_e32 v4, v3, v4, vcc
.LBB0_14:                               ; %.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[0:1]
	.loc	1 90 38 is_stmt 1               ; fused_moe.py:90:38
	v_or_b32_e32 v10, 12, v10
	v_mov_b32_e32 v11, 0
	.loc	1 90 15 is_stmt 0               ; fused_moe.py:90:15
	v_lshl_add_u64 v[8:9], s[52:53], 0, v[10:11]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_or_b32_e32 v3, s35, v9
	s_mov_b32 s0, 0
	v_cmp_ne_u32_e32 vcc, 0, v3
                                        ; implicit-def: $vgpr6_vgpr7
	s_and_saveexec_b64 s[6:7], vcc
	s_xor_b64 s[6:7], exec, s[6:7]
	s_cbranch_execz .LBB0_16
; %bb.15:
	s_ashr_i32 s10, s35, 31
	s_add_u32 s14, s34, s10
	s_mov_b32 s11, s10
	s_addc_u32 s15, s35, s10
	s_xor_b64 s[10:11], s[14:15], s[10:11]
	v_cvt_f32_u32_e32 v3, s10
	v_cvt_f32_u32_e32 v5, s11
	s_sub_u32 s1, 0, s10
	s_subb_u32 s2, 0, s11
	v_ashrrev_i32_e32 v6, 31, v9
	v_fmamk_f32 v3, v5, 0x4f800000, v3
	v_rcp_f32_e32 v3, v3
	v_mov_b32_e32 v7, v6
	v_lshl_add_u64 v[8:9], v[8:9], 0, v[6:7]
	v_mul_f32_e32 v3, 0x5f7ffffc, v3
	v_mul_f32_e32 v5, 0x2f800000, v3
	v_trunc_f32_e32 v5, v5
	v_fmamk_f32 v3, v5, 0xcf800000, v3
	v_cvt_u32_f32_e32 v5, v5
	v_cvt_u32_f32_e32 v3, v3
	v_readfirstlane_b32 s14, v5
	v_readfirstlane_b32 s15, v3
	s_mul_i32 s17, s1, s14
	s_mul_hi_u32 s19, s1, s15
	s_mul_i32 s18, s2, s15
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s22, s1, s15
	s_mul_i32 s19, s15, s17
	s_mul_hi_u32 s23, s15, s22
	s_mul_hi_u32 s18, s15, s17
	s_add_u32 s19, s23, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s23, s14, s22
	s_mul_i32 s22, s14, s22
	s_add_u32 s19, s19, s22
	s_addc_u32 s18, s18, s23
	s_mul_hi_u32 s19, s14, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s14, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s15, s15, s17
	s_addc_u32 s14, s14, s18
	s_mul_i32 s17, s1, s15
	s_mul_i32 s22, s1, s14
	s_mul_hi_u32 s1, s1, s15
	s_add_i32 s1, s1, s22
	s_mul_i32 s2, s2, s15
	s_add_i32 s1, s1, s2
	s_mul_hi_u32 s18, s14, s17
	s_mul_i32 s19, s14, s17
	s_mul_i32 s22, s15, s1
	s_mul_hi_u32 s17, s15, s17
	s_mul_hi_u32 s2, s15, s1
	s_add_u32 s17, s17, s22
	s_addc_u32 s2, 0, s2
	s_add_u32 s17, s17, s19
	s_addc_u32 s2, s2, s18
	s_mul_hi_u32 s17, s14, s1
	s_addc_u32 s17, s17, 0
	s_mul_i32 s1, s14, s1
	s_add_u32 s1, s2, s1
	s_addc_u32 s2, 0, s17
	s_add_u32 s1, s15, s1
	s_addc_u32 s2, s14, s2
	v_xor_b32_e32 v5, v8, v6
	v_xor_b32_e32 v3, v9, v6
	v_mad_u64_u32 v[8:9], s[14:15], v5, s2, 0
	v_mul_hi_u32 v10, v5, s1
	v_lshl_add_u64 v[8:9], v[10:11], 0, v[8:9]
	v_mad_u64_u32 v[10:11], s[14:15], v3, s1, 0
	v_add_co_u32_e32 v7, vcc, v8, v10
	s_nop 1
	v_addc_co_u32_e32 v8, vcc, v9, v11, vcc
	v_mad_u64_u32 v[10:11], s[14:15], v3, s2, 0
	s_nop 0
	v_addc_co_u32_e32 v11, vcc, 0, v11, vcc
	v_mov_b32_e32 v9, s0
	v_lshl_add_u64 v[8:9], v[8:9], 0, v[10:11]
	v_mul_lo_u32 v7, s11, v8
	v_mul_lo_u32 v10, s10, v9
	v_mad_u64_u32 v[8:9], s[0:1], s10, v8, 0
	v_add3_u32 v7, v9, v10, v7
	v_sub_u32_e32 v9, v3, v7
	v_mov_b32_e32 v10, s11
	v_sub_co_u32_e32 v5, vcc, v5, v8
	s_nop 1
	v_subb_co_u32_e64 v8, s[0:1], v9, v10, vcc
	v_subrev_co_u32_e64 v9, s[0:1], s10, v5
	v_subb_co_u32_e32 v3, vcc, v3, v7, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v8, s[0:1], 0, v8, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s11, v8
	v_cmp_le_u32_e32 vcc, s11, v3
	s_nop 0
	v_cndmask_b32_e64 v10, 0, -1, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s10, v9
	v_cndmask_b32_e64 v7, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v5
	v_cndmask_b32_e64 v11, 0, -1, s[0:1]
	v_cmp_eq_u32_e64 s[0:1], s11, v8
	s_nop 1
	v_cndmask_b32_e64 v8, v10, v11, s[0:1]
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v3
	v_subrev_co_u32_e64 v10, s[0:1], s10, v9
	s_nop 0
	v_cndmask_b32_e32 v3, v7, v11, vcc
	v_cmp_ne_u32_e32 vcc, 0, v8
	s_nop 1
	v_cndmask_b32_e32 v7, v9, v10, vcc
	v_cmp_ne_u32_e32 vcc, 0, v3
                                        ; implicit-def: $vgpr8_vgpr9
	s_nop 1
	v_cndmask_b32_e32 v3, v5, v7, vcc
	v_xor_b32_e32 v3, v3, v6
	v_sub_co_u32_e32 v6, vcc, v3, v6
.LBB0_16:                               ; %Flow240
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_18
; %bb.17:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v3, v1
	s_sub_i32 s2, 0, s34
	v_mul_f32_e32 v3, 0x4f7ffffe, v3
	v_cvt_u32_f32_e32 v3, v3
	v_mul_lo_u32 v5, s2, v3
	v_mul_hi_u32 v5, v3, v5
	v_add_u32_e32 v3, v3, v5
	v_mul_hi_u32 v3, v8, v3
	v_mul_lo_u32 v3, v3, s34
	v_sub_u32_e32 v3, v8, v3
	v_subrev_u32_e32 v5, s34, v3
	v_cmp_le_u32_e32 vcc, s34, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v5, vcc
	v_subrev_u32_e32 v5, s34, v3
	v_cmp_le_u32_e32 vcc, s34, v3
	s_nop 1
	v_cndmask_b32_e32 v6, v3, v5, vcc
.LBB0_18:                               ; %.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[0:1]
	.loc	1 90 38 is_stmt 1               ; fused_moe.py:90:38
	s_lshl_b32 s59, s56, 5
	v_lshrrev_b32_e32 v3, 3, v87
	v_or_b32_e32 v3, s59, v3
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v10, s52, v3
	v_mov_b32_e32 v11, s53
	s_mov_b32 s0, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr8_vgpr9
	s_and_saveexec_b64 s[10:11], s[6:7]
	s_xor_b64 s[6:7], exec, s[10:11]
	s_cbranch_execz .LBB0_20
; %bb.19:
	s_ashr_i32 s10, s35, 31
	s_add_u32 s14, s34, s10
	s_mov_b32 s11, s10
	s_addc_u32 s15, s35, s10
	s_xor_b64 s[10:11], s[14:15], s[10:11]
	v_cvt_f32_u32_e32 v5, s10
	v_cvt_f32_u32_e32 v7, s11
	s_sub_u32 s1, 0, s10
	s_subb_u32 s2, 0, s11
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
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s17, s1, s14
	s_mul_hi_u32 s19, s1, s15
	s_mul_i32 s18, s2, s15
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s22, s1, s15
	s_mul_i32 s19, s15, s17
	s_mul_hi_u32 s23, s15, s22
	s_mul_hi_u32 s18, s15, s17
	s_add_u32 s19, s23, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s23, s14, s22
	s_mul_i32 s22, s14, s22
	s_add_u32 s19, s19, s22
	s_addc_u32 s18, s18, s23
	s_mul_hi_u32 s19, s14, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s14, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s15, s15, s17
	s_addc_u32 s14, s14, s18
	s_mul_i32 s17, s1, s15
	s_mul_i32 s22, s1, s14
	s_mul_hi_u32 s1, s1, s15
	s_add_i32 s1, s1, s22
	s_mul_i32 s2, s2, s15
	s_add_i32 s1, s1, s2
	s_mul_hi_u32 s18, s14, s17
	s_mul_i32 s19, s14, s17
	s_mul_i32 s22, s15, s1
	s_mul_hi_u32 s17, s15, s17
	s_mul_hi_u32 s2, s15, s1
	s_add_u32 s17, s17, s22
	s_addc_u32 s2, 0, s2
	s_add_u32 s17, s17, s19
	s_addc_u32 s2, s2, s18
	s_mul_hi_u32 s17, s14, s1
	s_addc_u32 s17, s17, 0
	s_mul_i32 s1, s14, s1
	s_add_u32 s1, s2, s1
	s_addc_u32 s2, 0, s17
	s_add_u32 s1, s15, s1
	s_addc_u32 s2, s14, s2
	v_xor_b32_e32 v7, v10, v8
	v_xor_b32_e32 v5, v11, v8
	v_mad_u64_u32 v[10:11], s[14:15], v7, s2, 0
	v_mul_hi_u32 v12, v7, s1
	v_lshl_add_u64 v[10:11], v[12:13], 0, v[10:11]
	v_mad_u64_u32 v[12:13], s[14:15], v5, s1, 0
	v_add_co_u32_e32 v9, vcc, v10, v12
	s_nop 1
	v_addc_co_u32_e32 v10, vcc, v11, v13, vcc
	v_mad_u64_u32 v[12:13], s[14:15], v5, s2, 0
	s_nop 0
	v_addc_co_u32_e32 v13, vcc, 0, v13, vcc
	v_mov_b32_e32 v11, s0
	v_lshl_add_u64 v[10:11], v[10:11], 0, v[12:13]
	v_mul_lo_u32 v9, s11, v10
	v_mul_lo_u32 v12, s10, v11
	v_mad_u64_u32 v[10:11], s[0:1], s10, v10, 0
	v_add3_u32 v9, v11, v12, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v12, s11
	v_sub_co_u32_e32 v7, vcc, v7, v10
	s_nop 1
	v_subb_co_u32_e64 v10, s[0:1], v11, v12, vcc
	v_subrev_co_u32_e64 v11, s[0:1], s10, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v10, s[0:1], 0, v10, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s11, v10
	v_cmp_le_u32_e32 vcc, s11, v5
	s_nop 0
	v_cndmask_b32_e64 v12, 0, -1, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s10, v11
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v7
	v_cndmask_b32_e64 v13, 0, -1, s[0:1]
	v_cmp_eq_u32_e64 s[0:1], s11, v10
	s_nop 1
	v_cndmask_b32_e64 v10, v12, v13, s[0:1]
	v_cndmask_b32_e64 v13, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v5
	v_subrev_co_u32_e64 v12, s[0:1], s10, v11
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
.LBB0_20:                               ; %Flow239
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_22
; %bb.21:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v1
	s_sub_i32 s2, 0, s34
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s2, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v10, v5
	v_mul_lo_u32 v5, v5, s34
	v_sub_u32_e32 v5, v10, v5
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v8, v5, v7, vcc
.LBB0_22:                               ; %.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[0:1]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v12, v3, s52, 1
	v_mov_b32_e32 v13, s53
	s_mov_b32 s0, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr10_vgpr11
	s_and_saveexec_b64 s[10:11], s[6:7]
	s_xor_b64 s[6:7], exec, s[10:11]
	s_cbranch_execz .LBB0_24
; %bb.23:
	s_ashr_i32 s10, s35, 31
	s_add_u32 s14, s34, s10
	s_mov_b32 s11, s10
	s_addc_u32 s15, s35, s10
	s_xor_b64 s[10:11], s[14:15], s[10:11]
	v_cvt_f32_u32_e32 v5, s10
	v_cvt_f32_u32_e32 v7, s11
	s_sub_u32 s1, 0, s10
	s_subb_u32 s2, 0, s11
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
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s17, s1, s14
	s_mul_hi_u32 s19, s1, s15
	s_mul_i32 s18, s2, s15
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s22, s1, s15
	s_mul_i32 s19, s15, s17
	s_mul_hi_u32 s23, s15, s22
	s_mul_hi_u32 s18, s15, s17
	s_add_u32 s19, s23, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s23, s14, s22
	s_mul_i32 s22, s14, s22
	s_add_u32 s19, s19, s22
	s_addc_u32 s18, s18, s23
	s_mul_hi_u32 s19, s14, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s14, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s15, s15, s17
	s_addc_u32 s14, s14, s18
	s_mul_i32 s17, s1, s15
	s_mul_i32 s22, s1, s14
	s_mul_hi_u32 s1, s1, s15
	s_add_i32 s1, s1, s22
	s_mul_i32 s2, s2, s15
	s_add_i32 s1, s1, s2
	s_mul_hi_u32 s18, s14, s17
	s_mul_i32 s19, s14, s17
	s_mul_i32 s22, s15, s1
	s_mul_hi_u32 s17, s15, s17
	s_mul_hi_u32 s2, s15, s1
	s_add_u32 s17, s17, s22
	s_addc_u32 s2, 0, s2
	s_add_u32 s17, s17, s19
	s_addc_u32 s2, s2, s18
	s_mul_hi_u32 s17, s14, s1
	s_addc_u32 s17, s17, 0
	s_mul_i32 s1, s14, s1
	s_add_u32 s1, s2, s1
	s_addc_u32 s2, 0, s17
	s_add_u32 s1, s15, s1
	s_addc_u32 s2, s14, s2
	v_xor_b32_e32 v7, v12, v10
	v_xor_b32_e32 v5, v13, v10
	v_mad_u64_u32 v[12:13], s[14:15], v7, s2, 0
	v_mul_hi_u32 v14, v7, s1
	v_lshl_add_u64 v[12:13], v[14:15], 0, v[12:13]
	v_mad_u64_u32 v[14:15], s[14:15], v5, s1, 0
	v_add_co_u32_e32 v9, vcc, v12, v14
	s_nop 1
	v_addc_co_u32_e32 v12, vcc, v13, v15, vcc
	v_mad_u64_u32 v[14:15], s[14:15], v5, s2, 0
	s_nop 0
	v_addc_co_u32_e32 v15, vcc, 0, v15, vcc
	v_mov_b32_e32 v13, s0
	v_lshl_add_u64 v[12:13], v[12:13], 0, v[14:15]
	v_mul_lo_u32 v9, s11, v12
	v_mul_lo_u32 v11, s10, v13
	v_mad_u64_u32 v[12:13], s[0:1], s10, v12, 0
	v_add3_u32 v9, v13, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v13, s11
	v_sub_co_u32_e32 v7, vcc, v7, v12
	s_nop 1
	v_subb_co_u32_e64 v11, s[0:1], v11, v13, vcc
	v_subrev_co_u32_e64 v12, s[0:1], s10, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[0:1], 0, v11, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s11, v11
	v_cmp_le_u32_e32 vcc, s11, v5
	s_nop 0
	v_cndmask_b32_e64 v13, 0, -1, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s10, v12
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v7
	v_cndmask_b32_e64 v14, 0, -1, s[0:1]
	v_cmp_eq_u32_e64 s[0:1], s11, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v13, v14, s[0:1]
	v_cndmask_b32_e64 v14, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v5
	v_subrev_co_u32_e64 v13, s[0:1], s10, v12
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
.LBB0_24:                               ; %Flow238
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_26
; %bb.25:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v1
	s_sub_i32 s2, 0, s34
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s2, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v12, v5
	v_mul_lo_u32 v5, v5, s34
	v_sub_u32_e32 v5, v12, v5
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v10, v5, v7, vcc
.LBB0_26:                               ; %.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[0:1]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v14, v3, s52, 2
	v_mov_b32_e32 v15, s53
	s_mov_b32 s0, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr12_vgpr13
	s_and_saveexec_b64 s[10:11], s[6:7]
	s_xor_b64 s[6:7], exec, s[10:11]
	s_cbranch_execz .LBB0_28
; %bb.27:
	s_ashr_i32 s10, s35, 31
	s_add_u32 s14, s34, s10
	s_mov_b32 s11, s10
	s_addc_u32 s15, s35, s10
	s_xor_b64 s[10:11], s[14:15], s[10:11]
	v_cvt_f32_u32_e32 v5, s10
	v_cvt_f32_u32_e32 v7, s11
	s_sub_u32 s1, 0, s10
	s_subb_u32 s2, 0, s11
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
	v_mov_b32_e32 v13, s11
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s17, s1, s14
	s_mul_hi_u32 s19, s1, s15
	s_mul_i32 s18, s2, s15
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s22, s1, s15
	s_mul_i32 s19, s15, s17
	s_mul_hi_u32 s23, s15, s22
	s_mul_hi_u32 s18, s15, s17
	s_add_u32 s19, s23, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s23, s14, s22
	s_mul_i32 s22, s14, s22
	s_add_u32 s19, s19, s22
	s_addc_u32 s18, s18, s23
	s_mul_hi_u32 s19, s14, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s14, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s15, s15, s17
	s_addc_u32 s14, s14, s18
	s_mul_i32 s17, s1, s15
	s_mul_i32 s22, s1, s14
	s_mul_hi_u32 s1, s1, s15
	s_add_i32 s1, s1, s22
	s_mul_i32 s2, s2, s15
	s_add_i32 s1, s1, s2
	s_mul_hi_u32 s18, s14, s17
	s_mul_i32 s19, s14, s17
	s_mul_i32 s22, s15, s1
	s_mul_hi_u32 s17, s15, s17
	s_mul_hi_u32 s2, s15, s1
	s_add_u32 s17, s17, s22
	s_addc_u32 s2, 0, s2
	s_add_u32 s17, s17, s19
	s_addc_u32 s2, s2, s18
	s_mul_hi_u32 s17, s14, s1
	s_addc_u32 s17, s17, 0
	s_mul_i32 s1, s14, s1
	s_add_u32 s1, s2, s1
	s_addc_u32 s2, 0, s17
	s_add_u32 s1, s15, s1
	s_addc_u32 s2, s14, s2
	v_xor_b32_e32 v7, v14, v12
	v_xor_b32_e32 v5, v15, v12
	v_mad_u64_u32 v[14:15], s[14:15], v7, s2, 0
	v_mul_hi_u32 v16, v7, s1
	v_lshl_add_u64 v[14:15], v[16:17], 0, v[14:15]
	v_mad_u64_u32 v[16:17], s[14:15], v5, s1, 0
	v_add_co_u32_e32 v9, vcc, v14, v16
	s_nop 1
	v_addc_co_u32_e32 v14, vcc, v15, v17, vcc
	v_mad_u64_u32 v[16:17], s[14:15], v5, s2, 0
	s_nop 0
	v_addc_co_u32_e32 v17, vcc, 0, v17, vcc
	v_mov_b32_e32 v15, s0
	v_lshl_add_u64 v[14:15], v[14:15], 0, v[16:17]
	v_mul_lo_u32 v9, s11, v14
	v_mul_lo_u32 v11, s10, v15
	v_mad_u64_u32 v[14:15], s[0:1], s10, v14, 0
	v_add3_u32 v9, v15, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v14
	s_nop 1
	v_subb_co_u32_e64 v11, s[0:1], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[0:1], s10, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[0:1], 0, v11, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s11, v11
	v_cmp_le_u32_e32 vcc, s11, v5
	s_nop 0
	v_cndmask_b32_e64 v14, 0, -1, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s10, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v7
	v_cndmask_b32_e64 v15, 0, -1, s[0:1]
	v_cmp_eq_u32_e64 s[0:1], s11, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v14, v15, s[0:1]
	v_cndmask_b32_e64 v15, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v5
	v_subrev_co_u32_e64 v14, s[0:1], s10, v13
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
.LBB0_28:                               ; %Flow237
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_30
; %bb.29:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v1
	s_sub_i32 s2, 0, s34
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s2, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v14, v5
	v_mul_lo_u32 v5, v5, s34
	v_sub_u32_e32 v5, v14, v5
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v5, v7, vcc
.LBB0_30:                               ; %.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[0:1]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v16, v3, s52, 3
	v_mov_b32_e32 v17, s53
	s_mov_b32 s0, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr14_vgpr15
	s_and_saveexec_b64 s[10:11], s[6:7]
	s_xor_b64 s[6:7], exec, s[10:11]
	s_cbranch_execz .LBB0_32
; %bb.31:
	s_ashr_i32 s10, s35, 31
	s_add_u32 s14, s34, s10
	s_mov_b32 s11, s10
	s_addc_u32 s15, s35, s10
	s_xor_b64 s[10:11], s[14:15], s[10:11]
	v_cvt_f32_u32_e32 v5, s10
	v_cvt_f32_u32_e32 v7, s11
	s_sub_u32 s1, 0, s10
	s_subb_u32 s2, 0, s11
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
	v_mov_b32_e32 v13, s11
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s17, s1, s14
	s_mul_hi_u32 s19, s1, s15
	s_mul_i32 s18, s2, s15
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s22, s1, s15
	s_mul_i32 s19, s15, s17
	s_mul_hi_u32 s23, s15, s22
	s_mul_hi_u32 s18, s15, s17
	s_add_u32 s19, s23, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s23, s14, s22
	s_mul_i32 s22, s14, s22
	s_add_u32 s19, s19, s22
	s_addc_u32 s18, s18, s23
	s_mul_hi_u32 s19, s14, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s14, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s15, s15, s17
	s_addc_u32 s14, s14, s18
	s_mul_i32 s17, s1, s15
	s_mul_i32 s22, s1, s14
	s_mul_hi_u32 s1, s1, s15
	s_add_i32 s1, s1, s22
	s_mul_i32 s2, s2, s15
	s_add_i32 s1, s1, s2
	s_mul_hi_u32 s18, s14, s17
	s_mul_i32 s19, s14, s17
	s_mul_i32 s22, s15, s1
	s_mul_hi_u32 s17, s15, s17
	s_mul_hi_u32 s2, s15, s1
	s_add_u32 s17, s17, s22
	s_addc_u32 s2, 0, s2
	s_add_u32 s17, s17, s19
	s_addc_u32 s2, s2, s18
	s_mul_hi_u32 s17, s14, s1
	s_addc_u32 s17, s17, 0
	s_mul_i32 s1, s14, s1
	s_add_u32 s1, s2, s1
	s_addc_u32 s2, 0, s17
	s_add_u32 s1, s15, s1
	s_addc_u32 s2, s14, s2
	v_xor_b32_e32 v7, v16, v14
	v_xor_b32_e32 v5, v17, v14
	v_mad_u64_u32 v[16:17], s[14:15], v7, s2, 0
	v_mul_hi_u32 v18, v7, s1
	v_lshl_add_u64 v[16:17], v[18:19], 0, v[16:17]
	v_mad_u64_u32 v[18:19], s[14:15], v5, s1, 0
	v_add_co_u32_e32 v9, vcc, v16, v18
	s_nop 1
	v_addc_co_u32_e32 v16, vcc, v17, v19, vcc
	v_mad_u64_u32 v[18:19], s[14:15], v5, s2, 0
	s_nop 0
	v_addc_co_u32_e32 v19, vcc, 0, v19, vcc
	v_mov_b32_e32 v17, s0
	v_lshl_add_u64 v[16:17], v[16:17], 0, v[18:19]
	v_mul_lo_u32 v9, s11, v16
	v_mul_lo_u32 v11, s10, v17
	v_mad_u64_u32 v[16:17], s[0:1], s10, v16, 0
	v_add3_u32 v9, v17, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v16
	s_nop 1
	v_subb_co_u32_e64 v11, s[0:1], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[0:1], s10, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[0:1], 0, v11, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s11, v11
	v_cmp_le_u32_e32 vcc, s11, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s10, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v7
	v_cndmask_b32_e64 v16, 0, -1, s[0:1]
	v_cmp_eq_u32_e64 s[0:1], s11, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v16, s[0:1]
	v_cndmask_b32_e64 v16, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v5
	v_subrev_co_u32_e64 v15, s[0:1], s10, v13
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
.LBB0_32:                               ; %Flow236
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_34
; %bb.33:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v1
	s_sub_i32 s2, 0, s34
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s2, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v16, v5
	v_mul_lo_u32 v5, v5, s34
	v_sub_u32_e32 v5, v16, v5
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v14, v5, v7, vcc
.LBB0_34:                               ; %.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[0:1]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v18, v3, s52, 8
	v_mov_b32_e32 v19, s53
	s_mov_b32 s0, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr16_vgpr17
	s_and_saveexec_b64 s[10:11], s[6:7]
	s_xor_b64 s[6:7], exec, s[10:11]
	s_cbranch_execz .LBB0_36
; %bb.35:
	s_ashr_i32 s10, s35, 31
	s_add_u32 s14, s34, s10
	s_mov_b32 s11, s10
	s_addc_u32 s15, s35, s10
	s_xor_b64 s[10:11], s[14:15], s[10:11]
	v_cvt_f32_u32_e32 v5, s10
	v_cvt_f32_u32_e32 v7, s11
	s_sub_u32 s1, 0, s10
	s_subb_u32 s2, 0, s11
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
	v_mov_b32_e32 v13, s11
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s17, s1, s14
	s_mul_hi_u32 s19, s1, s15
	s_mul_i32 s18, s2, s15
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s22, s1, s15
	s_mul_i32 s19, s15, s17
	s_mul_hi_u32 s23, s15, s22
	s_mul_hi_u32 s18, s15, s17
	s_add_u32 s19, s23, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s23, s14, s22
	s_mul_i32 s22, s14, s22
	s_add_u32 s19, s19, s22
	s_addc_u32 s18, s18, s23
	s_mul_hi_u32 s19, s14, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s14, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s15, s15, s17
	s_addc_u32 s14, s14, s18
	s_mul_i32 s17, s1, s15
	s_mul_i32 s22, s1, s14
	s_mul_hi_u32 s1, s1, s15
	s_add_i32 s1, s1, s22
	s_mul_i32 s2, s2, s15
	s_add_i32 s1, s1, s2
	s_mul_hi_u32 s18, s14, s17
	s_mul_i32 s19, s14, s17
	s_mul_i32 s22, s15, s1
	s_mul_hi_u32 s17, s15, s17
	s_mul_hi_u32 s2, s15, s1
	s_add_u32 s17, s17, s22
	s_addc_u32 s2, 0, s2
	s_add_u32 s17, s17, s19
	s_addc_u32 s2, s2, s18
	s_mul_hi_u32 s17, s14, s1
	s_addc_u32 s17, s17, 0
	s_mul_i32 s1, s14, s1
	s_add_u32 s1, s2, s1
	s_addc_u32 s2, 0, s17
	s_add_u32 s1, s15, s1
	s_addc_u32 s2, s14, s2
	v_xor_b32_e32 v7, v18, v16
	v_xor_b32_e32 v5, v19, v16
	v_mad_u64_u32 v[18:19], s[14:15], v7, s2, 0
	v_mul_hi_u32 v20, v7, s1
	v_lshl_add_u64 v[18:19], v[20:21], 0, v[18:19]
	v_mad_u64_u32 v[20:21], s[14:15], v5, s1, 0
	v_add_co_u32_e32 v9, vcc, v18, v20
	s_nop 1
	v_addc_co_u32_e32 v18, vcc, v19, v21, vcc
	v_mad_u64_u32 v[20:21], s[14:15], v5, s2, 0
	s_nop 0
	v_addc_co_u32_e32 v21, vcc, 0, v21, vcc
	v_mov_b32_e32 v19, s0
	v_lshl_add_u64 v[18:19], v[18:19], 0, v[20:21]
	v_mul_lo_u32 v9, s11, v18
	v_mul_lo_u32 v11, s10, v19
	v_mad_u64_u32 v[18:19], s[0:1], s10, v18, 0
	v_add3_u32 v9, v19, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v18
                                        ; implicit-def: $vgpr18
	s_nop 1
	v_subb_co_u32_e64 v11, s[0:1], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[0:1], s10, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[0:1], 0, v11, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s11, v11
	v_cmp_le_u32_e32 vcc, s11, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s10, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v7
	v_cndmask_b32_e64 v17, 0, -1, s[0:1]
	v_cmp_eq_u32_e64 s[0:1], s11, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[0:1]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v5
	v_subrev_co_u32_e64 v15, s[0:1], s10, v13
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
.LBB0_36:                               ; %Flow235
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_38
; %bb.37:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v1
	s_sub_i32 s2, 0, s34
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s2, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v18, v5
	v_mul_lo_u32 v5, v5, s34
	v_sub_u32_e32 v5, v18, v5
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v16, v5, v7, vcc
.LBB0_38:                               ; %.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[0:1]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v20, v3, s52, 9
	v_mov_b32_e32 v21, s53
	s_mov_b32 s0, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr18_vgpr19
	s_and_saveexec_b64 s[10:11], s[6:7]
	s_xor_b64 s[6:7], exec, s[10:11]
	s_cbranch_execz .LBB0_40
; %bb.39:
	s_ashr_i32 s10, s35, 31
	s_add_u32 s14, s34, s10
	s_mov_b32 s11, s10
	s_addc_u32 s15, s35, s10
	s_xor_b64 s[10:11], s[14:15], s[10:11]
	v_cvt_f32_u32_e32 v5, s10
	v_cvt_f32_u32_e32 v7, s11
	s_sub_u32 s1, 0, s10
	s_subb_u32 s2, 0, s11
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
	v_mov_b32_e32 v13, s11
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s17, s1, s14
	s_mul_hi_u32 s19, s1, s15
	s_mul_i32 s18, s2, s15
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s22, s1, s15
	s_mul_i32 s19, s15, s17
	s_mul_hi_u32 s23, s15, s22
	s_mul_hi_u32 s18, s15, s17
	s_add_u32 s19, s23, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s23, s14, s22
	s_mul_i32 s22, s14, s22
	s_add_u32 s19, s19, s22
	s_addc_u32 s18, s18, s23
	s_mul_hi_u32 s19, s14, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s14, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s15, s15, s17
	s_addc_u32 s14, s14, s18
	s_mul_i32 s17, s1, s15
	s_mul_i32 s22, s1, s14
	s_mul_hi_u32 s1, s1, s15
	s_add_i32 s1, s1, s22
	s_mul_i32 s2, s2, s15
	s_add_i32 s1, s1, s2
	s_mul_hi_u32 s18, s14, s17
	s_mul_i32 s19, s14, s17
	s_mul_i32 s22, s15, s1
	s_mul_hi_u32 s17, s15, s17
	s_mul_hi_u32 s2, s15, s1
	s_add_u32 s17, s17, s22
	s_addc_u32 s2, 0, s2
	s_add_u32 s17, s17, s19
	s_addc_u32 s2, s2, s18
	s_mul_hi_u32 s17, s14, s1
	s_addc_u32 s17, s17, 0
	s_mul_i32 s1, s14, s1
	s_add_u32 s1, s2, s1
	s_addc_u32 s2, 0, s17
	s_add_u32 s1, s15, s1
	s_addc_u32 s2, s14, s2
	v_xor_b32_e32 v7, v20, v18
	v_xor_b32_e32 v5, v21, v18
	v_mad_u64_u32 v[20:21], s[14:15], v7, s2, 0
	v_mul_hi_u32 v22, v7, s1
	v_lshl_add_u64 v[20:21], v[22:23], 0, v[20:21]
	v_mad_u64_u32 v[22:23], s[14:15], v5, s1, 0
	v_add_co_u32_e32 v9, vcc, v20, v22
	s_nop 1
	v_addc_co_u32_e32 v20, vcc, v21, v23, vcc
	v_mad_u64_u32 v[22:23], s[14:15], v5, s2, 0
	s_nop 0
	v_addc_co_u32_e32 v23, vcc, 0, v23, vcc
	v_mov_b32_e32 v21, s0
	v_lshl_add_u64 v[20:21], v[20:21], 0, v[22:23]
	v_mul_lo_u32 v9, s11, v20
	v_mul_lo_u32 v11, s10, v21
	v_mad_u64_u32 v[20:21], s[0:1], s10, v20, 0
	v_add3_u32 v9, v21, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v20
                                        ; implicit-def: $vgpr20
	s_nop 1
	v_subb_co_u32_e64 v11, s[0:1], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[0:1], s10, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[0:1], 0, v11, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s11, v11
	v_cmp_le_u32_e32 vcc, s11, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s10, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v7
	v_cndmask_b32_e64 v17, 0, -1, s[0:1]
	v_cmp_eq_u32_e64 s[0:1], s11, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[0:1]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v5
	v_subrev_co_u32_e64 v15, s[0:1], s10, v13
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
.LBB0_40:                               ; %Flow234
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_42
; %bb.41:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v1
	s_sub_i32 s2, 0, s34
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s2, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v20, v5
	v_mul_lo_u32 v5, v5, s34
	v_sub_u32_e32 v5, v20, v5
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v18, v5, v7, vcc
.LBB0_42:                               ; %.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[0:1]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v22, v3, s52, 10
	v_mov_b32_e32 v23, s53
	s_mov_b32 s0, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr20_vgpr21
	s_and_saveexec_b64 s[10:11], s[6:7]
	s_xor_b64 s[6:7], exec, s[10:11]
	s_cbranch_execz .LBB0_44
; %bb.43:
	s_ashr_i32 s10, s35, 31
	s_add_u32 s14, s34, s10
	s_mov_b32 s11, s10
	s_addc_u32 s15, s35, s10
	s_xor_b64 s[10:11], s[14:15], s[10:11]
	v_cvt_f32_u32_e32 v5, s10
	v_cvt_f32_u32_e32 v7, s11
	s_sub_u32 s1, 0, s10
	s_subb_u32 s2, 0, s11
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
	v_mov_b32_e32 v13, s11
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s17, s1, s14
	s_mul_hi_u32 s19, s1, s15
	s_mul_i32 s18, s2, s15
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s22, s1, s15
	s_mul_i32 s19, s15, s17
	s_mul_hi_u32 s23, s15, s22
	s_mul_hi_u32 s18, s15, s17
	s_add_u32 s19, s23, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s23, s14, s22
	s_mul_i32 s22, s14, s22
	s_add_u32 s19, s19, s22
	s_addc_u32 s18, s18, s23
	s_mul_hi_u32 s19, s14, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s14, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s15, s15, s17
	s_addc_u32 s14, s14, s18
	s_mul_i32 s17, s1, s15
	s_mul_i32 s22, s1, s14
	s_mul_hi_u32 s1, s1, s15
	s_add_i32 s1, s1, s22
	s_mul_i32 s2, s2, s15
	s_add_i32 s1, s1, s2
	s_mul_hi_u32 s18, s14, s17
	s_mul_i32 s19, s14, s17
	s_mul_i32 s22, s15, s1
	s_mul_hi_u32 s17, s15, s17
	s_mul_hi_u32 s2, s15, s1
	s_add_u32 s17, s17, s22
	s_addc_u32 s2, 0, s2
	s_add_u32 s17, s17, s19
	s_addc_u32 s2, s2, s18
	s_mul_hi_u32 s17, s14, s1
	s_addc_u32 s17, s17, 0
	s_mul_i32 s1, s14, s1
	s_add_u32 s1, s2, s1
	s_addc_u32 s2, 0, s17
	s_add_u32 s1, s15, s1
	s_addc_u32 s2, s14, s2
	v_xor_b32_e32 v7, v22, v20
	v_xor_b32_e32 v5, v23, v20
	v_mad_u64_u32 v[22:23], s[14:15], v7, s2, 0
	v_mul_hi_u32 v24, v7, s1
	v_lshl_add_u64 v[22:23], v[24:25], 0, v[22:23]
	v_mad_u64_u32 v[24:25], s[14:15], v5, s1, 0
	v_add_co_u32_e32 v9, vcc, v22, v24
	s_nop 1
	v_addc_co_u32_e32 v22, vcc, v23, v25, vcc
	v_mad_u64_u32 v[24:25], s[14:15], v5, s2, 0
	s_nop 0
	v_addc_co_u32_e32 v25, vcc, 0, v25, vcc
	v_mov_b32_e32 v23, s0
	v_lshl_add_u64 v[22:23], v[22:23], 0, v[24:25]
	v_mul_lo_u32 v9, s11, v22
	v_mul_lo_u32 v11, s10, v23
	v_mad_u64_u32 v[22:23], s[0:1], s10, v22, 0
	v_add3_u32 v9, v23, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v22
                                        ; implicit-def: $vgpr22
	s_nop 1
	v_subb_co_u32_e64 v11, s[0:1], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[0:1], s10, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[0:1], 0, v11, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s11, v11
	v_cmp_le_u32_e32 vcc, s11, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s10, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v7
	v_cndmask_b32_e64 v17, 0, -1, s[0:1]
	v_cmp_eq_u32_e64 s[0:1], s11, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[0:1]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v5
	v_subrev_co_u32_e64 v15, s[0:1], s10, v13
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
.LBB0_44:                               ; %Flow233
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_46
; %bb.45:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v1
	s_sub_i32 s2, 0, s34
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s2, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v22, v5
	v_mul_lo_u32 v5, v5, s34
	v_sub_u32_e32 v5, v22, v5
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v20, v5, v7, vcc
.LBB0_46:                               ; %.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[0:1]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v24, v3, s52, 11
	v_mov_b32_e32 v25, s53
	s_mov_b32 s0, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr22_vgpr23
	s_and_saveexec_b64 s[10:11], s[6:7]
	s_xor_b64 s[6:7], exec, s[10:11]
	s_cbranch_execz .LBB0_48
; %bb.47:
	s_ashr_i32 s10, s35, 31
	s_add_u32 s14, s34, s10
	s_mov_b32 s11, s10
	s_addc_u32 s15, s35, s10
	s_xor_b64 s[10:11], s[14:15], s[10:11]
	v_cvt_f32_u32_e32 v5, s10
	v_cvt_f32_u32_e32 v7, s11
	s_sub_u32 s1, 0, s10
	s_subb_u32 s2, 0, s11
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
	v_mov_b32_e32 v13, s11
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s17, s1, s14
	s_mul_hi_u32 s19, s1, s15
	s_mul_i32 s18, s2, s15
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s22, s1, s15
	s_mul_i32 s19, s15, s17
	s_mul_hi_u32 s23, s15, s22
	s_mul_hi_u32 s18, s15, s17
	s_add_u32 s19, s23, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s23, s14, s22
	s_mul_i32 s22, s14, s22
	s_add_u32 s19, s19, s22
	s_addc_u32 s18, s18, s23
	s_mul_hi_u32 s19, s14, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s14, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s15, s15, s17
	s_addc_u32 s14, s14, s18
	s_mul_i32 s17, s1, s15
	s_mul_i32 s22, s1, s14
	s_mul_hi_u32 s1, s1, s15
	s_add_i32 s1, s1, s22
	s_mul_i32 s2, s2, s15
	s_add_i32 s1, s1, s2
	s_mul_hi_u32 s18, s14, s17
	s_mul_i32 s19, s14, s17
	s_mul_i32 s22, s15, s1
	s_mul_hi_u32 s17, s15, s17
	s_mul_hi_u32 s2, s15, s1
	s_add_u32 s17, s17, s22
	s_addc_u32 s2, 0, s2
	s_add_u32 s17, s17, s19
	s_addc_u32 s2, s2, s18
	s_mul_hi_u32 s17, s14, s1
	s_addc_u32 s17, s17, 0
	s_mul_i32 s1, s14, s1
	s_add_u32 s1, s2, s1
	s_addc_u32 s2, 0, s17
	s_add_u32 s1, s15, s1
	s_addc_u32 s2, s14, s2
	v_xor_b32_e32 v7, v24, v22
	v_xor_b32_e32 v5, v25, v22
	v_mad_u64_u32 v[24:25], s[14:15], v7, s2, 0
	v_mul_hi_u32 v26, v7, s1
	v_lshl_add_u64 v[24:25], v[26:27], 0, v[24:25]
	v_mad_u64_u32 v[26:27], s[14:15], v5, s1, 0
	v_add_co_u32_e32 v9, vcc, v24, v26
	s_nop 1
	v_addc_co_u32_e32 v24, vcc, v25, v27, vcc
	v_mad_u64_u32 v[26:27], s[14:15], v5, s2, 0
	s_nop 0
	v_addc_co_u32_e32 v27, vcc, 0, v27, vcc
	v_mov_b32_e32 v25, s0
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[26:27]
	v_mul_lo_u32 v9, s11, v24
	v_mul_lo_u32 v11, s10, v25
	v_mad_u64_u32 v[24:25], s[0:1], s10, v24, 0
	v_add3_u32 v9, v25, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v24
                                        ; implicit-def: $vgpr24
	s_nop 1
	v_subb_co_u32_e64 v11, s[0:1], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[0:1], s10, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[0:1], 0, v11, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s11, v11
	v_cmp_le_u32_e32 vcc, s11, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s10, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v7
	v_cndmask_b32_e64 v17, 0, -1, s[0:1]
	v_cmp_eq_u32_e64 s[0:1], s11, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[0:1]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v5
	v_subrev_co_u32_e64 v15, s[0:1], s10, v13
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
.LBB0_48:                               ; %Flow232
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_50
; %bb.49:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v1
	s_sub_i32 s2, 0, s34
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s2, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v24, v5
	v_mul_lo_u32 v5, v5, s34
	v_sub_u32_e32 v5, v24, v5
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v22, v5, v7, vcc
.LBB0_50:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[0:1]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v26, v3, s52, 16
	v_mov_b32_e32 v27, s53
	s_mov_b32 s0, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr24_vgpr25
	s_and_saveexec_b64 s[10:11], s[6:7]
	s_xor_b64 s[6:7], exec, s[10:11]
	s_cbranch_execz .LBB0_52
; %bb.51:
	s_ashr_i32 s10, s35, 31
	s_add_u32 s14, s34, s10
	s_mov_b32 s11, s10
	s_addc_u32 s15, s35, s10
	s_xor_b64 s[10:11], s[14:15], s[10:11]
	v_cvt_f32_u32_e32 v5, s10
	v_cvt_f32_u32_e32 v7, s11
	s_sub_u32 s1, 0, s10
	s_subb_u32 s2, 0, s11
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
	v_mov_b32_e32 v13, s11
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s17, s1, s14
	s_mul_hi_u32 s19, s1, s15
	s_mul_i32 s18, s2, s15
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s22, s1, s15
	s_mul_i32 s19, s15, s17
	s_mul_hi_u32 s23, s15, s22
	s_mul_hi_u32 s18, s15, s17
	s_add_u32 s19, s23, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s23, s14, s22
	s_mul_i32 s22, s14, s22
	s_add_u32 s19, s19, s22
	s_addc_u32 s18, s18, s23
	s_mul_hi_u32 s19, s14, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s14, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s15, s15, s17
	s_addc_u32 s14, s14, s18
	s_mul_i32 s17, s1, s15
	s_mul_i32 s22, s1, s14
	s_mul_hi_u32 s1, s1, s15
	s_add_i32 s1, s1, s22
	s_mul_i32 s2, s2, s15
	s_add_i32 s1, s1, s2
	s_mul_hi_u32 s18, s14, s17
	s_mul_i32 s19, s14, s17
	s_mul_i32 s22, s15, s1
	s_mul_hi_u32 s17, s15, s17
	s_mul_hi_u32 s2, s15, s1
	s_add_u32 s17, s17, s22
	s_addc_u32 s2, 0, s2
	s_add_u32 s17, s17, s19
	s_addc_u32 s2, s2, s18
	s_mul_hi_u32 s17, s14, s1
	s_addc_u32 s17, s17, 0
	s_mul_i32 s1, s14, s1
	s_add_u32 s1, s2, s1
	s_addc_u32 s2, 0, s17
	s_add_u32 s1, s15, s1
	s_addc_u32 s2, s14, s2
	v_xor_b32_e32 v7, v26, v24
	v_xor_b32_e32 v5, v27, v24
	v_mad_u64_u32 v[26:27], s[14:15], v7, s2, 0
	v_mul_hi_u32 v28, v7, s1
	v_lshl_add_u64 v[26:27], v[28:29], 0, v[26:27]
	v_mad_u64_u32 v[28:29], s[14:15], v5, s1, 0
	v_add_co_u32_e32 v9, vcc, v26, v28
	s_nop 1
	v_addc_co_u32_e32 v26, vcc, v27, v29, vcc
	v_mad_u64_u32 v[28:29], s[14:15], v5, s2, 0
	s_nop 0
	v_addc_co_u32_e32 v29, vcc, 0, v29, vcc
	v_mov_b32_e32 v27, s0
	v_lshl_add_u64 v[26:27], v[26:27], 0, v[28:29]
	v_mul_lo_u32 v9, s11, v26
	v_mul_lo_u32 v11, s10, v27
	v_mad_u64_u32 v[26:27], s[0:1], s10, v26, 0
	v_add3_u32 v9, v27, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v26
                                        ; implicit-def: $vgpr26
	s_nop 1
	v_subb_co_u32_e64 v11, s[0:1], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[0:1], s10, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[0:1], 0, v11, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s11, v11
	v_cmp_le_u32_e32 vcc, s11, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s10, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v7
	v_cndmask_b32_e64 v17, 0, -1, s[0:1]
	v_cmp_eq_u32_e64 s[0:1], s11, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[0:1]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v5
	v_subrev_co_u32_e64 v15, s[0:1], s10, v13
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
.LBB0_52:                               ; %Flow231
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_54
; %bb.53:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v1
	s_sub_i32 s2, 0, s34
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s2, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v26, v5
	v_mul_lo_u32 v5, v5, s34
	v_sub_u32_e32 v5, v26, v5
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v24, v5, v7, vcc
.LBB0_54:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[0:1]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v28, v3, s52, 17
	v_mov_b32_e32 v29, s53
	s_mov_b32 s0, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr26_vgpr27
	s_and_saveexec_b64 s[10:11], s[6:7]
	s_xor_b64 s[6:7], exec, s[10:11]
	s_cbranch_execz .LBB0_56
; %bb.55:
	s_ashr_i32 s10, s35, 31
	s_add_u32 s14, s34, s10
	s_mov_b32 s11, s10
	s_addc_u32 s15, s35, s10
	s_xor_b64 s[10:11], s[14:15], s[10:11]
	v_cvt_f32_u32_e32 v5, s10
	v_cvt_f32_u32_e32 v7, s11
	s_sub_u32 s1, 0, s10
	s_subb_u32 s2, 0, s11
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
	v_mov_b32_e32 v13, s11
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s17, s1, s14
	s_mul_hi_u32 s19, s1, s15
	s_mul_i32 s18, s2, s15
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s22, s1, s15
	s_mul_i32 s19, s15, s17
	s_mul_hi_u32 s23, s15, s22
	s_mul_hi_u32 s18, s15, s17
	s_add_u32 s19, s23, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s23, s14, s22
	s_mul_i32 s22, s14, s22
	s_add_u32 s19, s19, s22
	s_addc_u32 s18, s18, s23
	s_mul_hi_u32 s19, s14, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s14, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s15, s15, s17
	s_addc_u32 s14, s14, s18
	s_mul_i32 s17, s1, s15
	s_mul_i32 s22, s1, s14
	s_mul_hi_u32 s1, s1, s15
	s_add_i32 s1, s1, s22
	s_mul_i32 s2, s2, s15
	s_add_i32 s1, s1, s2
	s_mul_hi_u32 s18, s14, s17
	s_mul_i32 s19, s14, s17
	s_mul_i32 s22, s15, s1
	s_mul_hi_u32 s17, s15, s17
	s_mul_hi_u32 s2, s15, s1
	s_add_u32 s17, s17, s22
	s_addc_u32 s2, 0, s2
	s_add_u32 s17, s17, s19
	s_addc_u32 s2, s2, s18
	s_mul_hi_u32 s17, s14, s1
	s_addc_u32 s17, s17, 0
	s_mul_i32 s1, s14, s1
	s_add_u32 s1, s2, s1
	s_addc_u32 s2, 0, s17
	s_add_u32 s1, s15, s1
	s_addc_u32 s2, s14, s2
	v_xor_b32_e32 v7, v28, v26
	v_xor_b32_e32 v5, v29, v26
	v_mad_u64_u32 v[28:29], s[14:15], v7, s2, 0
	v_mul_hi_u32 v30, v7, s1
	v_lshl_add_u64 v[28:29], v[30:31], 0, v[28:29]
	v_mad_u64_u32 v[30:31], s[14:15], v5, s1, 0
	v_add_co_u32_e32 v9, vcc, v28, v30
	s_nop 1
	v_addc_co_u32_e32 v28, vcc, v29, v31, vcc
	v_mad_u64_u32 v[30:31], s[14:15], v5, s2, 0
	s_nop 0
	v_addc_co_u32_e32 v31, vcc, 0, v31, vcc
	v_mov_b32_e32 v29, s0
	v_lshl_add_u64 v[28:29], v[28:29], 0, v[30:31]
	v_mul_lo_u32 v9, s11, v28
	v_mul_lo_u32 v11, s10, v29
	v_mad_u64_u32 v[28:29], s[0:1], s10, v28, 0
	v_add3_u32 v9, v29, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v28
                                        ; implicit-def: $vgpr28
	s_nop 1
	v_subb_co_u32_e64 v11, s[0:1], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[0:1], s10, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[0:1], 0, v11, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s11, v11
	v_cmp_le_u32_e32 vcc, s11, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s10, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v7
	v_cndmask_b32_e64 v17, 0, -1, s[0:1]
	v_cmp_eq_u32_e64 s[0:1], s11, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[0:1]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v5
	v_subrev_co_u32_e64 v15, s[0:1], s10, v13
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
.LBB0_56:                               ; %Flow230
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_58
; %bb.57:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v1
	s_sub_i32 s2, 0, s34
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s2, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v28, v5
	v_mul_lo_u32 v5, v5, s34
	v_sub_u32_e32 v5, v28, v5
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v26, v5, v7, vcc
.LBB0_58:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[0:1]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v30, v3, s52, 18
	v_mov_b32_e32 v31, s53
	s_mov_b32 s0, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr28_vgpr29
	s_and_saveexec_b64 s[10:11], s[6:7]
	s_xor_b64 s[6:7], exec, s[10:11]
	s_cbranch_execz .LBB0_60
; %bb.59:
	s_ashr_i32 s10, s35, 31
	s_add_u32 s14, s34, s10
	s_mov_b32 s11, s10
	s_addc_u32 s15, s35, s10
	s_xor_b64 s[10:11], s[14:15], s[10:11]
	v_cvt_f32_u32_e32 v5, s10
	v_cvt_f32_u32_e32 v7, s11
	s_sub_u32 s1, 0, s10
	s_subb_u32 s2, 0, s11
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
	v_mov_b32_e32 v13, s11
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s17, s1, s14
	s_mul_hi_u32 s19, s1, s15
	s_mul_i32 s18, s2, s15
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s22, s1, s15
	s_mul_i32 s19, s15, s17
	s_mul_hi_u32 s23, s15, s22
	s_mul_hi_u32 s18, s15, s17
	s_add_u32 s19, s23, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s23, s14, s22
	s_mul_i32 s22, s14, s22
	s_add_u32 s19, s19, s22
	s_addc_u32 s18, s18, s23
	s_mul_hi_u32 s19, s14, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s14, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s15, s15, s17
	s_addc_u32 s14, s14, s18
	s_mul_i32 s17, s1, s15
	s_mul_i32 s22, s1, s14
	s_mul_hi_u32 s1, s1, s15
	s_add_i32 s1, s1, s22
	s_mul_i32 s2, s2, s15
	s_add_i32 s1, s1, s2
	s_mul_hi_u32 s18, s14, s17
	s_mul_i32 s19, s14, s17
	s_mul_i32 s22, s15, s1
	s_mul_hi_u32 s17, s15, s17
	s_mul_hi_u32 s2, s15, s1
	s_add_u32 s17, s17, s22
	s_addc_u32 s2, 0, s2
	s_add_u32 s17, s17, s19
	s_addc_u32 s2, s2, s18
	s_mul_hi_u32 s17, s14, s1
	s_addc_u32 s17, s17, 0
	s_mul_i32 s1, s14, s1
	s_add_u32 s1, s2, s1
	s_addc_u32 s2, 0, s17
	s_add_u32 s1, s15, s1
	s_addc_u32 s2, s14, s2
	v_xor_b32_e32 v7, v30, v28
	v_xor_b32_e32 v5, v31, v28
	v_mad_u64_u32 v[30:31], s[14:15], v7, s2, 0
	v_mul_hi_u32 v32, v7, s1
	v_lshl_add_u64 v[30:31], v[32:33], 0, v[30:31]
	v_mad_u64_u32 v[32:33], s[14:15], v5, s1, 0
	v_add_co_u32_e32 v9, vcc, v30, v32
	s_nop 1
	v_addc_co_u32_e32 v30, vcc, v31, v33, vcc
	v_mad_u64_u32 v[32:33], s[14:15], v5, s2, 0
	s_nop 0
	v_addc_co_u32_e32 v33, vcc, 0, v33, vcc
	v_mov_b32_e32 v31, s0
	v_lshl_add_u64 v[30:31], v[30:31], 0, v[32:33]
	v_mul_lo_u32 v9, s11, v30
	v_mul_lo_u32 v11, s10, v31
	v_mad_u64_u32 v[30:31], s[0:1], s10, v30, 0
	v_add3_u32 v9, v31, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v30
                                        ; implicit-def: $vgpr30
	s_nop 1
	v_subb_co_u32_e64 v11, s[0:1], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[0:1], s10, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[0:1], 0, v11, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s11, v11
	v_cmp_le_u32_e32 vcc, s11, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s10, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v7
	v_cndmask_b32_e64 v17, 0, -1, s[0:1]
	v_cmp_eq_u32_e64 s[0:1], s11, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[0:1]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v5
	v_subrev_co_u32_e64 v15, s[0:1], s10, v13
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
.LBB0_60:                               ; %Flow229
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_62
; %bb.61:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v1
	s_sub_i32 s2, 0, s34
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s2, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v30, v5
	v_mul_lo_u32 v5, v5, s34
	v_sub_u32_e32 v5, v30, v5
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v28, v5, v7, vcc
.LBB0_62:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[0:1]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v32, v3, s52, 19
	v_mov_b32_e32 v33, s53
	s_mov_b32 s0, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr30_vgpr31
	s_and_saveexec_b64 s[10:11], s[6:7]
	s_xor_b64 s[6:7], exec, s[10:11]
	s_cbranch_execz .LBB0_64
; %bb.63:
	s_ashr_i32 s10, s35, 31
	s_add_u32 s14, s34, s10
	s_mov_b32 s11, s10
	s_addc_u32 s15, s35, s10
	s_xor_b64 s[10:11], s[14:15], s[10:11]
	v_cvt_f32_u32_e32 v5, s10
	v_cvt_f32_u32_e32 v7, s11
	s_sub_u32 s1, 0, s10
	s_subb_u32 s2, 0, s11
	v_ashrrev_i32_e32 v30, 31, v33
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v31, v30
	v_lshl_add_u64 v[32:33], v[32:33], 0, v[30:31]
	v_mov_b32_e32 v35, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s11
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s17, s1, s14
	s_mul_hi_u32 s19, s1, s15
	s_mul_i32 s18, s2, s15
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s22, s1, s15
	s_mul_i32 s19, s15, s17
	s_mul_hi_u32 s23, s15, s22
	s_mul_hi_u32 s18, s15, s17
	s_add_u32 s19, s23, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s23, s14, s22
	s_mul_i32 s22, s14, s22
	s_add_u32 s19, s19, s22
	s_addc_u32 s18, s18, s23
	s_mul_hi_u32 s19, s14, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s14, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s15, s15, s17
	s_addc_u32 s14, s14, s18
	s_mul_i32 s17, s1, s15
	s_mul_i32 s22, s1, s14
	s_mul_hi_u32 s1, s1, s15
	s_add_i32 s1, s1, s22
	s_mul_i32 s2, s2, s15
	s_add_i32 s1, s1, s2
	s_mul_hi_u32 s18, s14, s17
	s_mul_i32 s19, s14, s17
	s_mul_i32 s22, s15, s1
	s_mul_hi_u32 s17, s15, s17
	s_mul_hi_u32 s2, s15, s1
	s_add_u32 s17, s17, s22
	s_addc_u32 s2, 0, s2
	s_add_u32 s17, s17, s19
	s_addc_u32 s2, s2, s18
	s_mul_hi_u32 s17, s14, s1
	s_addc_u32 s17, s17, 0
	s_mul_i32 s1, s14, s1
	s_add_u32 s1, s2, s1
	s_addc_u32 s2, 0, s17
	s_add_u32 s1, s15, s1
	s_addc_u32 s2, s14, s2
	v_xor_b32_e32 v7, v32, v30
	v_xor_b32_e32 v5, v33, v30
	v_mad_u64_u32 v[32:33], s[14:15], v7, s2, 0
	v_mul_hi_u32 v34, v7, s1
	v_lshl_add_u64 v[32:33], v[34:35], 0, v[32:33]
	v_mad_u64_u32 v[34:35], s[14:15], v5, s1, 0
	v_add_co_u32_e32 v9, vcc, v32, v34
	s_nop 1
	v_addc_co_u32_e32 v32, vcc, v33, v35, vcc
	v_mad_u64_u32 v[34:35], s[14:15], v5, s2, 0
	s_nop 0
	v_addc_co_u32_e32 v35, vcc, 0, v35, vcc
	v_mov_b32_e32 v33, s0
	v_lshl_add_u64 v[32:33], v[32:33], 0, v[34:35]
	v_mul_lo_u32 v9, s11, v32
	v_mul_lo_u32 v11, s10, v33
	v_mad_u64_u32 v[32:33], s[0:1], s10, v32, 0
	v_add3_u32 v9, v33, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v32
                                        ; implicit-def: $vgpr32
	s_nop 1
	v_subb_co_u32_e64 v11, s[0:1], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[0:1], s10, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[0:1], 0, v11, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s11, v11
	v_cmp_le_u32_e32 vcc, s11, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s10, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v7
	v_cndmask_b32_e64 v17, 0, -1, s[0:1]
	v_cmp_eq_u32_e64 s[0:1], s11, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[0:1]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v5
	v_subrev_co_u32_e64 v15, s[0:1], s10, v13
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
.LBB0_64:                               ; %Flow228
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_66
; %bb.65:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v1
	s_sub_i32 s2, 0, s34
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s2, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v32, v5
	v_mul_lo_u32 v5, v5, s34
	v_sub_u32_e32 v5, v32, v5
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v30, v5, v7, vcc
.LBB0_66:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[0:1]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v34, v3, s52, 24
	v_mov_b32_e32 v35, s53
	s_mov_b32 s0, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr32_vgpr33
	s_and_saveexec_b64 s[10:11], s[6:7]
	s_xor_b64 s[6:7], exec, s[10:11]
	s_cbranch_execz .LBB0_68
; %bb.67:
	s_ashr_i32 s10, s35, 31
	s_add_u32 s14, s34, s10
	s_mov_b32 s11, s10
	s_addc_u32 s15, s35, s10
	s_xor_b64 s[10:11], s[14:15], s[10:11]
	v_cvt_f32_u32_e32 v5, s10
	v_cvt_f32_u32_e32 v7, s11
	s_sub_u32 s1, 0, s10
	s_subb_u32 s2, 0, s11
	v_ashrrev_i32_e32 v32, 31, v35
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v33, v32
	v_lshl_add_u64 v[34:35], v[34:35], 0, v[32:33]
	v_mov_b32_e32 v37, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s11
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s17, s1, s14
	s_mul_hi_u32 s19, s1, s15
	s_mul_i32 s18, s2, s15
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s22, s1, s15
	s_mul_i32 s19, s15, s17
	s_mul_hi_u32 s23, s15, s22
	s_mul_hi_u32 s18, s15, s17
	s_add_u32 s19, s23, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s23, s14, s22
	s_mul_i32 s22, s14, s22
	s_add_u32 s19, s19, s22
	s_addc_u32 s18, s18, s23
	s_mul_hi_u32 s19, s14, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s14, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s15, s15, s17
	s_addc_u32 s14, s14, s18
	s_mul_i32 s17, s1, s15
	s_mul_i32 s22, s1, s14
	s_mul_hi_u32 s1, s1, s15
	s_add_i32 s1, s1, s22
	s_mul_i32 s2, s2, s15
	s_add_i32 s1, s1, s2
	s_mul_hi_u32 s18, s14, s17
	s_mul_i32 s19, s14, s17
	s_mul_i32 s22, s15, s1
	s_mul_hi_u32 s17, s15, s17
	s_mul_hi_u32 s2, s15, s1
	s_add_u32 s17, s17, s22
	s_addc_u32 s2, 0, s2
	s_add_u32 s17, s17, s19
	s_addc_u32 s2, s2, s18
	s_mul_hi_u32 s17, s14, s1
	s_addc_u32 s17, s17, 0
	s_mul_i32 s1, s14, s1
	s_add_u32 s1, s2, s1
	s_addc_u32 s2, 0, s17
	s_add_u32 s1, s15, s1
	s_addc_u32 s2, s14, s2
	v_xor_b32_e32 v7, v34, v32
	v_xor_b32_e32 v5, v35, v32
	v_mad_u64_u32 v[34:35], s[14:15], v7, s2, 0
	v_mul_hi_u32 v36, v7, s1
	v_lshl_add_u64 v[34:35], v[36:37], 0, v[34:35]
	v_mad_u64_u32 v[36:37], s[14:15], v5, s1, 0
	v_add_co_u32_e32 v9, vcc, v34, v36
	s_nop 1
	v_addc_co_u32_e32 v34, vcc, v35, v37, vcc
	v_mad_u64_u32 v[36:37], s[14:15], v5, s2, 0
	s_nop 0
	v_addc_co_u32_e32 v37, vcc, 0, v37, vcc
	v_mov_b32_e32 v35, s0
	v_lshl_add_u64 v[34:35], v[34:35], 0, v[36:37]
	v_mul_lo_u32 v9, s11, v34
	v_mul_lo_u32 v11, s10, v35
	v_mad_u64_u32 v[34:35], s[0:1], s10, v34, 0
	v_add3_u32 v9, v35, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v34
                                        ; implicit-def: $vgpr34
	s_nop 1
	v_subb_co_u32_e64 v11, s[0:1], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[0:1], s10, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[0:1], 0, v11, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s11, v11
	v_cmp_le_u32_e32 vcc, s11, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s10, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v7
	v_cndmask_b32_e64 v17, 0, -1, s[0:1]
	v_cmp_eq_u32_e64 s[0:1], s11, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[0:1]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v5
	v_subrev_co_u32_e64 v15, s[0:1], s10, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v32
	v_sub_co_u32_e32 v32, vcc, v5, v32
.LBB0_68:                               ; %Flow227
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_70
; %bb.69:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v1
	s_sub_i32 s2, 0, s34
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s2, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v34, v5
	v_mul_lo_u32 v5, v5, s34
	v_sub_u32_e32 v5, v34, v5
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v32, v5, v7, vcc
.LBB0_70:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[0:1]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v36, v3, s52, 25
	v_mov_b32_e32 v37, s53
	s_mov_b32 s0, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr34_vgpr35
	s_and_saveexec_b64 s[10:11], s[6:7]
	s_xor_b64 s[6:7], exec, s[10:11]
	s_cbranch_execz .LBB0_72
; %bb.71:
	s_ashr_i32 s10, s35, 31
	s_add_u32 s14, s34, s10
	s_mov_b32 s11, s10
	s_addc_u32 s15, s35, s10
	s_xor_b64 s[10:11], s[14:15], s[10:11]
	v_cvt_f32_u32_e32 v5, s10
	v_cvt_f32_u32_e32 v7, s11
	s_sub_u32 s1, 0, s10
	s_subb_u32 s2, 0, s11
	v_ashrrev_i32_e32 v34, 31, v37
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v35, v34
	v_lshl_add_u64 v[36:37], v[36:37], 0, v[34:35]
	v_mov_b32_e32 v39, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s11
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s17, s1, s14
	s_mul_hi_u32 s19, s1, s15
	s_mul_i32 s18, s2, s15
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s22, s1, s15
	s_mul_i32 s19, s15, s17
	s_mul_hi_u32 s23, s15, s22
	s_mul_hi_u32 s18, s15, s17
	s_add_u32 s19, s23, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s23, s14, s22
	s_mul_i32 s22, s14, s22
	s_add_u32 s19, s19, s22
	s_addc_u32 s18, s18, s23
	s_mul_hi_u32 s19, s14, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s14, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s15, s15, s17
	s_addc_u32 s14, s14, s18
	s_mul_i32 s17, s1, s15
	s_mul_i32 s22, s1, s14
	s_mul_hi_u32 s1, s1, s15
	s_add_i32 s1, s1, s22
	s_mul_i32 s2, s2, s15
	s_add_i32 s1, s1, s2
	s_mul_hi_u32 s18, s14, s17
	s_mul_i32 s19, s14, s17
	s_mul_i32 s22, s15, s1
	s_mul_hi_u32 s17, s15, s17
	s_mul_hi_u32 s2, s15, s1
	s_add_u32 s17, s17, s22
	s_addc_u32 s2, 0, s2
	s_add_u32 s17, s17, s19
	s_addc_u32 s2, s2, s18
	s_mul_hi_u32 s17, s14, s1
	s_addc_u32 s17, s17, 0
	s_mul_i32 s1, s14, s1
	s_add_u32 s1, s2, s1
	s_addc_u32 s2, 0, s17
	s_add_u32 s1, s15, s1
	s_addc_u32 s2, s14, s2
	v_xor_b32_e32 v7, v36, v34
	v_xor_b32_e32 v5, v37, v34
	v_mad_u64_u32 v[36:37], s[14:15], v7, s2, 0
	v_mul_hi_u32 v38, v7, s1
	v_lshl_add_u64 v[36:37], v[38:39], 0, v[36:37]
	v_mad_u64_u32 v[38:39], s[14:15], v5, s1, 0
	v_add_co_u32_e32 v9, vcc, v36, v38
	s_nop 1
	v_addc_co_u32_e32 v36, vcc, v37, v39, vcc
	v_mad_u64_u32 v[38:39], s[14:15], v5, s2, 0
	s_nop 0
	v_addc_co_u32_e32 v39, vcc, 0, v39, vcc
	v_mov_b32_e32 v37, s0
	v_lshl_add_u64 v[36:37], v[36:37], 0, v[38:39]
	v_mul_lo_u32 v9, s11, v36
	v_mul_lo_u32 v11, s10, v37
	v_mad_u64_u32 v[36:37], s[0:1], s10, v36, 0
	v_add3_u32 v9, v37, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v36
                                        ; implicit-def: $vgpr36
	s_nop 1
	v_subb_co_u32_e64 v11, s[0:1], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[0:1], s10, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[0:1], 0, v11, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s11, v11
	v_cmp_le_u32_e32 vcc, s11, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s10, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v7
	v_cndmask_b32_e64 v17, 0, -1, s[0:1]
	v_cmp_eq_u32_e64 s[0:1], s11, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[0:1]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v5
	v_subrev_co_u32_e64 v15, s[0:1], s10, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v34
	v_sub_co_u32_e32 v34, vcc, v5, v34
.LBB0_72:                               ; %Flow226
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_74
; %bb.73:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v1
	s_sub_i32 s2, 0, s34
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s2, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v36, v5
	v_mul_lo_u32 v5, v5, s34
	v_sub_u32_e32 v5, v36, v5
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v34, v5, v7, vcc
.LBB0_74:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[0:1]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v38, v3, s52, 26
	v_mov_b32_e32 v39, s53
	s_mov_b32 s0, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr36_vgpr37
	s_and_saveexec_b64 s[10:11], s[6:7]
	s_xor_b64 s[6:7], exec, s[10:11]
	s_cbranch_execz .LBB0_76
; %bb.75:
	s_ashr_i32 s10, s35, 31
	s_add_u32 s14, s34, s10
	s_mov_b32 s11, s10
	s_addc_u32 s15, s35, s10
	s_xor_b64 s[10:11], s[14:15], s[10:11]
	v_cvt_f32_u32_e32 v5, s10
	v_cvt_f32_u32_e32 v7, s11
	s_sub_u32 s1, 0, s10
	s_subb_u32 s2, 0, s11
	v_ashrrev_i32_e32 v36, 31, v39
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v37, v36
	v_lshl_add_u64 v[38:39], v[38:39], 0, v[36:37]
	v_mov_b32_e32 v41, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s11
	v_readfirstlane_b32 s14, v7
	v_readfirstlane_b32 s15, v5
	s_mul_i32 s17, s1, s14
	s_mul_hi_u32 s19, s1, s15
	s_mul_i32 s18, s2, s15
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s22, s1, s15
	s_mul_i32 s19, s15, s17
	s_mul_hi_u32 s23, s15, s22
	s_mul_hi_u32 s18, s15, s17
	s_add_u32 s19, s23, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s23, s14, s22
	s_mul_i32 s22, s14, s22
	s_add_u32 s19, s19, s22
	s_addc_u32 s18, s18, s23
	s_mul_hi_u32 s19, s14, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s14, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s15, s15, s17
	s_addc_u32 s14, s14, s18
	s_mul_i32 s17, s1, s15
	s_mul_i32 s22, s1, s14
	s_mul_hi_u32 s1, s1, s15
	s_add_i32 s1, s1, s22
	s_mul_i32 s2, s2, s15
	s_add_i32 s1, s1, s2
	s_mul_hi_u32 s18, s14, s17
	s_mul_i32 s19, s14, s17
	s_mul_i32 s22, s15, s1
	s_mul_hi_u32 s17, s15, s17
	s_mul_hi_u32 s2, s15, s1
	s_add_u32 s17, s17, s22
	s_addc_u32 s2, 0, s2
	s_add_u32 s17, s17, s19
	s_addc_u32 s2, s2, s18
	s_mul_hi_u32 s17, s14, s1
	s_addc_u32 s17, s17, 0
	s_mul_i32 s1, s14, s1
	s_add_u32 s1, s2, s1
	s_addc_u32 s2, 0, s17
	s_add_u32 s1, s15, s1
	s_addc_u32 s2, s14, s2
	v_xor_b32_e32 v7, v38, v36
	v_xor_b32_e32 v5, v39, v36
	v_mad_u64_u32 v[38:39], s[14:15], v7, s2, 0
	v_mul_hi_u32 v40, v7, s1
	v_lshl_add_u64 v[38:39], v[40:41], 0, v[38:39]
	v_mad_u64_u32 v[40:41], s[14:15], v5, s1, 0
	v_add_co_u32_e32 v9, vcc, v38, v40
	s_nop 1
	v_addc_co_u32_e32 v38, vcc, v39, v41, vcc
	v_mad_u64_u32 v[40:41], s[14:15], v5, s2, 0
	s_nop 0
	v_addc_co_u32_e32 v41, vcc, 0, v41, vcc
	v_mov_b32_e32 v39, s0
	v_lshl_add_u64 v[38:39], v[38:39], 0, v[40:41]
	v_mul_lo_u32 v9, s11, v38
	v_mul_lo_u32 v11, s10, v39
	v_mad_u64_u32 v[38:39], s[0:1], s10, v38, 0
	v_add3_u32 v9, v39, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v38
                                        ; implicit-def: $vgpr38
	s_nop 1
	v_subb_co_u32_e64 v11, s[0:1], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[0:1], s10, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[0:1], 0, v11, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s11, v11
	v_cmp_le_u32_e32 vcc, s11, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s10, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v7
	v_cndmask_b32_e64 v17, 0, -1, s[0:1]
	v_cmp_eq_u32_e64 s[0:1], s11, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[0:1]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v5
	v_subrev_co_u32_e64 v15, s[0:1], s10, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v36
	v_sub_co_u32_e32 v36, vcc, v5, v36
.LBB0_76:                               ; %Flow225
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_78
; %bb.77:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v1
	s_sub_i32 s2, 0, s34
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s2, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v38, v5
	v_mul_lo_u32 v5, v5, s34
	v_sub_u32_e32 v5, v38, v5
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v36, v5, v7, vcc
.LBB0_78:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[0:1]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s3, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v40, v3, s52, 27
	v_mov_b32_e32 v41, s53
	s_mov_b32 s0, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[2:3], -1, 0
                                        ; implicit-def: $vgpr38_vgpr39
	s_and_saveexec_b64 s[6:7], s[2:3]
	s_xor_b64 s[2:3], exec, s[6:7]
	s_cbranch_execz .LBB0_80
; %bb.79:
	s_ashr_i32 s6, s35, 31
	s_add_u32 s10, s34, s6
	s_mov_b32 s7, s6
	s_addc_u32 s11, s35, s6
	s_xor_b64 s[6:7], s[10:11], s[6:7]
	v_cvt_f32_u32_e32 v1, s6
	v_cvt_f32_u32_e32 v3, s7
	s_sub_u32 s1, 0, s6
	s_subb_u32 s10, 0, s7
	v_ashrrev_i32_e32 v38, 31, v41
	v_fmamk_f32 v1, v3, 0x4f800000, v1
	v_rcp_f32_e32 v1, v1
	v_mov_b32_e32 v39, v38
	v_lshl_add_u64 v[40:41], v[40:41], 0, v[38:39]
	v_mov_b32_e32 v45, 0
	v_mul_f32_e32 v1, 0x5f7ffffc, v1
	v_mul_f32_e32 v3, 0x2f800000, v1
	v_trunc_f32_e32 v3, v3
	v_fmamk_f32 v1, v3, 0xcf800000, v1
	v_cvt_u32_f32_e32 v3, v3
	v_cvt_u32_f32_e32 v1, v1
	v_mov_b32_e32 v9, s7
	v_readfirstlane_b32 s11, v3
	v_readfirstlane_b32 s14, v1
	s_mul_i32 s15, s1, s11
	s_mul_hi_u32 s18, s1, s14
	s_mul_i32 s17, s10, s14
	s_add_i32 s15, s18, s15
	s_add_i32 s15, s15, s17
	s_mul_i32 s19, s1, s14
	s_mul_i32 s18, s14, s15
	s_mul_hi_u32 s22, s14, s19
	s_mul_hi_u32 s17, s14, s15
	s_add_u32 s18, s22, s18
	s_addc_u32 s17, 0, s17
	s_mul_hi_u32 s22, s11, s19
	s_mul_i32 s19, s11, s19
	s_add_u32 s18, s18, s19
	s_addc_u32 s17, s17, s22
	s_mul_hi_u32 s18, s11, s15
	s_addc_u32 s18, s18, 0
	s_mul_i32 s15, s11, s15
	s_add_u32 s15, s17, s15
	s_addc_u32 s17, 0, s18
	s_add_u32 s14, s14, s15
	s_addc_u32 s11, s11, s17
	s_mul_i32 s15, s1, s14
	s_mul_i32 s19, s1, s11
	s_mul_hi_u32 s1, s1, s14
	s_add_i32 s1, s1, s19
	s_mul_i32 s10, s10, s14
	s_add_i32 s1, s1, s10
	s_mul_hi_u32 s17, s11, s15
	s_mul_i32 s18, s11, s15
	s_mul_i32 s19, s14, s1
	s_mul_hi_u32 s15, s14, s15
	s_mul_hi_u32 s10, s14, s1
	s_add_u32 s15, s15, s19
	s_addc_u32 s10, 0, s10
	s_add_u32 s15, s15, s18
	s_addc_u32 s10, s10, s17
	s_mul_hi_u32 s15, s11, s1
	s_addc_u32 s15, s15, 0
	s_mul_i32 s1, s11, s1
	s_add_u32 s1, s10, s1
	s_addc_u32 s10, 0, s15
	s_add_u32 s1, s14, s1
	s_addc_u32 s14, s11, s10
	v_xor_b32_e32 v3, v40, v38
	v_xor_b32_e32 v1, v41, v38
	v_mad_u64_u32 v[40:41], s[10:11], v3, s14, 0
	v_mul_hi_u32 v44, v3, s1
	v_lshl_add_u64 v[40:41], v[44:45], 0, v[40:41]
	v_mad_u64_u32 v[44:45], s[10:11], v1, s1, 0
	v_add_co_u32_e32 v5, vcc, v40, v44
	s_nop 1
	v_addc_co_u32_e32 v40, vcc, v41, v45, vcc
	v_mad_u64_u32 v[44:45], s[10:11], v1, s14, 0
	s_nop 0
	v_addc_co_u32_e32 v45, vcc, 0, v45, vcc
	v_mov_b32_e32 v41, s0
	v_lshl_add_u64 v[40:41], v[40:41], 0, v[44:45]
	v_mul_lo_u32 v5, s7, v40
	v_mul_lo_u32 v7, s6, v41
	v_mad_u64_u32 v[40:41], s[0:1], s6, v40, 0
	v_add3_u32 v5, v41, v7, v5
	v_sub_u32_e32 v7, v1, v5
	v_sub_co_u32_e32 v3, vcc, v3, v40
                                        ; implicit-def: $vgpr40
	s_nop 1
	v_subb_co_u32_e64 v7, s[0:1], v7, v9, vcc
	v_subrev_co_u32_e64 v9, s[0:1], s6, v3
	v_subb_co_u32_e32 v1, vcc, v1, v5, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v7, s[0:1], 0, v7, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s7, v7
	v_cmp_le_u32_e32 vcc, s7, v1
	s_nop 0
	v_cndmask_b32_e64 v11, 0, -1, s[0:1]
	v_cmp_le_u32_e64 s[0:1], s6, v9
	v_cndmask_b32_e64 v5, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s6, v3
	v_cndmask_b32_e64 v13, 0, -1, s[0:1]
	v_cmp_eq_u32_e64 s[0:1], s7, v7
	s_nop 1
	v_cndmask_b32_e64 v7, v11, v13, s[0:1]
	v_cndmask_b32_e64 v13, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s7, v1
	v_subrev_co_u32_e64 v11, s[0:1], s6, v9
	s_nop 0
	v_cndmask_b32_e32 v1, v5, v13, vcc
	v_cmp_ne_u32_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v5, v9, v11, vcc
	v_cmp_ne_u32_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v3, v5, vcc
	v_xor_b32_e32 v1, v1, v38
	v_sub_co_u32_e32 v38, vcc, v1, v38
                                        ; implicit-def: $vgpr1
.LBB0_80:                               ; %Flow224
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_saveexec_b64 s[0:1], s[2:3]
	s_load_dwordx2 s[22:23], s[4:5], 0x6c
	s_load_dwordx2 s[40:41], s[4:5], 0x20
	s_load_dword s10, s[4:5], 0x60
	s_load_dword s38, s[4:5], 0x4c
	s_load_dwordx2 s[2:3], s[4:5], 0x58
	s_xor_b64 exec, exec, s[0:1]
	s_cbranch_execz .LBB0_82
; %bb.81:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v1, v1
	s_sub_i32 s6, 0, s34
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	v_mul_lo_u32 v3, s6, v1
	v_mul_hi_u32 v3, v1, v3
	v_add_u32_e32 v1, v1, v3
	v_mul_hi_u32 v1, v40, v1
	v_mul_lo_u32 v1, v1, s34
	v_sub_u32_e32 v1, v40, v1
	v_subrev_u32_e32 v3, s34, v1
	v_cmp_le_u32_e32 vcc, s34, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v1, v3, vcc
	v_subrev_u32_e32 v3, s34, v1
	v_cmp_le_u32_e32 vcc, s34, v1
	s_nop 1
	v_cndmask_b32_e32 v38, v1, v3, vcc
.LBB0_82:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[0:1]
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_waitcnt vmcnt(1)
	v_ashrrev_i32_e32 v1, 31, v43
	v_lshrrev_b32_e32 v1, 29, v1
	v_add_u32_e32 v1, v43, v1
	v_ashrrev_i32_e32 v3, 3, v1
	s_waitcnt vmcnt(0)
	v_ashrrev_i32_e32 v1, 31, v42
	v_lshrrev_b32_e32 v1, 29, v1
	v_add_u32_e32 v1, v42, v1
	v_ashrrev_i32_e32 v5, 3, v1
	.loc	1 104 66 is_stmt 0              ; fused_moe.py:104:66
	v_and_b32_e32 v1, 7, v65
	v_lshlrev_b32_e32 v64, 4, v1
	.loc	1 104 14                        ; fused_moe.py:104:14
	s_waitcnt lgkmcnt(0)
	v_mad_u64_u32 v[66:67], s[18:19], v3, s2, v[64:65]
	v_mad_u64_u32 v[68:69], s[18:19], v5, s2, v[64:65]
	.loc	1 105 22 is_stmt 1              ; fused_moe.py:105:22
	s_mul_i32 s2, s16, s3
	.loc	1 105 14 is_stmt 0              ; fused_moe.py:105:14
	v_add_u32_e32 v40, s2, v64
.Ltmp11:
	.loc	2 43 13 is_stmt 1               ; standard.py:43:13 @[ fused_moe.py:117:23 ]
	s_add_i32 s42, s38, 0x7f
.Ltmp12:
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_mad_u64_u32 v[70:71], s[2:3], s10, v0, v[40:41]
	v_mad_u64_u32 v[72:73], s[2:3], s10, v2, v[40:41]
	v_mad_u64_u32 v[74:75], s[2:3], s10, v4, v[40:41]
	v_mad_u64_u32 v[76:77], s[2:3], s10, v6, v[40:41]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cmpk_gt_i32 s42, 0x7f
	.loc	1 110 42                        ; fused_moe.py:110:42
	s_mul_i32 s27, s16, s22
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cselect_b64 s[2:3], -1, 0
	.loc	1 119 57                        ; fused_moe.py:119:57
	v_cmp_gt_i32_e64 s[16:17], s38, v64
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_cmp_gt_i32_e64 s[6:7], s33, v43
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[16:17], s[16:17], s[2:3]
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_cmp_gt_i32_e64 s[14:15], s33, v42
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_mul_i32 s22, s56, 0x410
	v_bfrev_b32_e32 v4, 1
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[18:19], s[16:17], s[6:7]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s11, 0x27000
	s_mov_b32 s10, 0x7ffffffe
	s_add_i32 m0, s22, 0x81f0
	v_cndmask_b32_e64 v6, v4, v66, s[18:19]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[18:19], s[16:17], s[14:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	buffer_load_dwordx4 v6, s[8:11], 0 offen lds
	s_add_i32 m0, s22, 0x9230
	v_cndmask_b32_e64 v6, v4, v68, s[18:19]
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cndmask_b32_e64 v5, v4, v70, s[16:17]
	.loc	1 119 13                        ; fused_moe.py:119:13
	buffer_load_dwordx4 v6, s[8:11], 0 offen lds
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_and_b32 s29, s29, 0xffff
	s_mov_b32 s30, s10
	s_mov_b32 s31, s11
	s_mov_b32 m0, s22
	; asyncmark
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v3, 31, v8
	.loc	1 120 13                        ; fused_moe.py:120:13
	buffer_load_dwordx4 v5, s[28:31], 0 offen lds
	s_add_i32 m0, s22, 0x1040
	v_cndmask_b32_e64 v5, v4, v72, s[16:17]
	buffer_load_dwordx4 v5, s[28:31], 0 offen lds
	s_add_i32 m0, s22, 0x2080
	v_cndmask_b32_e64 v5, v4, v74, s[16:17]
	buffer_load_dwordx4 v5, s[28:31], 0 offen lds
	s_add_i32 m0, s22, 0x30c0
	v_cndmask_b32_e64 v4, v4, v76, s[16:17]
	buffer_load_dwordx4 v4, s[28:31], 0 offen lds
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	v_add_u32_e32 v3, v8, v3
	v_ashrrev_i32_e32 v4, 31, v10
	v_ashrrev_i32_e32 v5, 31, v12
	v_ashrrev_i32_e32 v6, 31, v14
	v_ashrrev_i32_e32 v7, 31, v16
	v_ashrrev_i32_e32 v8, 31, v18
	v_lshrrev_b32_e32 v4, 25, v4
	v_lshrrev_b32_e32 v5, 25, v5
	v_lshrrev_b32_e32 v6, 25, v6
	v_lshrrev_b32_e32 v7, 25, v7
	v_lshrrev_b32_e32 v8, 25, v8
	s_load_dword s26, s[4:5], 0x68
	v_add_u32_e32 v4, v10, v4
	v_add_u32_e32 v5, v12, v5
	v_add_u32_e32 v6, v14, v6
	v_add_u32_e32 v7, v16, v7
	v_add_u32_e32 v8, v18, v8
	v_ashrrev_i32_e32 v9, 31, v20
	v_ashrrev_i32_e32 v10, 31, v22
	v_ashrrev_i32_e32 v11, 31, v24
	v_ashrrev_i32_e32 v12, 31, v26
	v_ashrrev_i32_e32 v13, 31, v28
	v_ashrrev_i32_e32 v14, 31, v30
	v_ashrrev_i32_e32 v15, 31, v32
	v_ashrrev_i32_e32 v16, 31, v34
	v_ashrrev_i32_e32 v17, 31, v36
	v_ashrrev_i32_e32 v18, 31, v38
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_ashrrev_i32_e32 v0, 31, v85
	v_ashrrev_i32_e32 v2, 31, v86
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v9, 25, v9
	v_lshrrev_b32_e32 v10, 25, v10
	v_lshrrev_b32_e32 v11, 25, v11
	v_lshrrev_b32_e32 v12, 25, v12
	v_lshrrev_b32_e32 v13, 25, v13
	v_lshrrev_b32_e32 v14, 25, v14
	v_lshrrev_b32_e32 v15, 25, v15
	v_lshrrev_b32_e32 v16, 25, v16
	v_lshrrev_b32_e32 v17, 25, v17
	v_lshrrev_b32_e32 v18, 25, v18
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_lshrrev_b32_e32 v0, 29, v0
	v_lshrrev_b32_e32 v2, 29, v2
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v9, v20, v9
	v_add_u32_e32 v10, v22, v10
	v_add_u32_e32 v11, v24, v11
	v_add_u32_e32 v12, v26, v12
	v_add_u32_e32 v13, v28, v13
	v_add_u32_e32 v14, v30, v14
	v_add_u32_e32 v15, v32, v15
	v_add_u32_e32 v16, v34, v16
	v_add_u32_e32 v17, v36, v17
	v_add_u32_e32 v18, v38, v18
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_add_u32_e32 v0, v85, v0
	v_add_u32_e32 v2, v86, v2
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v3, 7, v3
	v_ashrrev_i32_e32 v4, 7, v4
	v_ashrrev_i32_e32 v5, 7, v5
	v_ashrrev_i32_e32 v6, 7, v6
	v_ashrrev_i32_e32 v7, 7, v7
	v_ashrrev_i32_e32 v8, 7, v8
	v_ashrrev_i32_e32 v9, 7, v9
	v_ashrrev_i32_e32 v10, 7, v10
	v_ashrrev_i32_e32 v11, 7, v11
	v_ashrrev_i32_e32 v12, 7, v12
	v_ashrrev_i32_e32 v13, 7, v13
	v_ashrrev_i32_e32 v14, 7, v14
	v_ashrrev_i32_e32 v15, 7, v15
	v_ashrrev_i32_e32 v16, 7, v16
	v_ashrrev_i32_e32 v17, 7, v17
	v_ashrrev_i32_e32 v18, 7, v18
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_cmp_gt_i32_e64 s[0:1], s33, v85
	v_cmp_gt_i32_e32 vcc, s33, v86
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_ashrrev_i32_e32 v0, 3, v0
	v_ashrrev_i32_e32 v2, 3, v2
	.loc	1 110 28                        ; fused_moe.py:110:28
	v_mul_lo_u32 v3, v3, s23
	v_mul_lo_u32 v4, v4, s23
	v_mul_lo_u32 v5, v5, s23
	v_mul_lo_u32 v6, v6, s23
	v_mul_lo_u32 v7, v7, s23
	v_mul_lo_u32 v8, v8, s23
	v_mul_lo_u32 v9, v9, s23
	v_mul_lo_u32 v10, v10, s23
	v_mul_lo_u32 v11, v11, s23
	v_mul_lo_u32 v12, v12, s23
	v_mul_lo_u32 v13, v13, s23
	v_mul_lo_u32 v14, v14, s23
	v_mul_lo_u32 v15, v15, s23
	v_mul_lo_u32 v16, v16, s23
	v_mul_lo_u32 v17, v17, s23
	v_mul_lo_u32 v18, v18, s23
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_mov_b32 s39, 0
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cmpk_gt_i32 s42, 0xff
	; asyncmark
	s_cbranch_scc1 .LBB0_85
; %bb.83:                               ; %.._crit_edge_crit_edge
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_and_b32 s49, s25, 0xffff
	s_mov_b32 s48, s24
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_and_b32 s45, s41, 0xffff
	s_mov_b32 s44, s40
	s_mov_b64 s[16:17], 0
	s_mov_b64 s[50:51], s[10:11]
	s_branch .LBB0_86
.LBB0_84:
	.loc	1 0 27 is_stmt 0                ; fused_moe.py:0:27
	s_cbranch_execnz .LBB0_94
	s_branch .LBB0_95
.LBB0_85:
	s_mov_b64 s[16:17], -1
                                        ; implicit-def: $sgpr48_sgpr49
                                        ; implicit-def: $sgpr44_sgpr45
.LBB0_86:                               ; %Flow222
	s_load_dwordx2 s[36:37], s[4:5], 0x28
	s_and_b64 s[4:5], s[16:17], exec
	s_cselect_b32 s4, 1, 0
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v84, v0, s26
	v_mul_lo_u32 v82, v2, s26
	v_add_u32_e32 v100, s27, v3
	v_add_u32_e32 v99, s27, v4
	v_add_u32_e32 v98, s27, v5
	v_add_u32_e32 v81, s27, v6
	v_add_u32_e32 v80, s27, v7
	v_add_u32_e32 v79, s27, v8
	v_add_u32_e32 v77, s27, v9
	v_add_u32_e32 v75, s27, v10
	v_add_u32_e32 v97, s27, v11
	v_add_u32_e32 v96, s27, v12
	v_add_u32_e32 v92, s27, v13
	v_add_u32_e32 v91, s27, v14
	v_add_u32_e32 v73, s27, v15
	v_add_u32_e32 v71, s27, v16
	v_add_u32_e32 v69, s27, v17
	v_add_u32_e32 v67, s27, v18
	s_cmp_lg_u32 s4, 1
	v_mov_b32_e32 v33, 0
	v_mov_b32_e32 v32, 0
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
	v_mov_b32_e32 v45, 0
	v_mov_b32_e32 v44, 0
	v_mov_b32_e32 v47, 0
	v_mov_b32_e32 v46, 0
	v_mov_b32_e32 v49, 0
	v_mov_b32_e32 v48, 0
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
	v_mov_b32_e32 v51, 0
	v_mov_b32_e32 v50, 0
	v_lshlrev_b32_e32 v88, 10, v1
	v_lshlrev_b32_e32 v90, 4, v65
	v_lshrrev_b32_e32 v89, 1, v87
	v_lshlrev_b32_e32 v93, 10, v83
	v_lshlrev_b32_e32 v94, 4, v78
	v_lshlrev_b32_e32 v95, 4, v83
	s_cbranch_scc1 .LBB0_89
; %bb.87:                               ; %.lr.ph
	s_lshl_b32 s4, s56, 7
.Ltmp13:
	.loc	2 43 12 is_stmt 1               ; standard.py:43:12 @[ fused_moe.py:117:23 ]
	s_lshr_b32 s23, s42, 7
	s_and_b32 s18, s4, 0x80
	s_lshl_b32 s4, s56, 8
	s_and_b32 s25, s25, 0xffff
	s_mov_b32 s27, 0x27000
	s_mov_b32 s26, 0x7ffffffe
	s_and_b32 s41, s41, 0xffff
	v_mov_b32_e32 v50, 0
	v_and_b32_e32 v78, 0x180, v90
	s_and_b32 s19, s4, 0x200
	s_mov_b64 s[50:51], s[26:27]
	s_mov_b64 s[48:49], s[24:25]
	s_mov_b64 s[44:45], s[40:41]
	s_mov_b32 s60, 0
	s_mov_b32 s16, 0x81f0
	s_add_i32 s23, s23, -2
	v_bfrev_b32_e32 v101, 1
	s_mov_b32 s47, 0
	v_mov_b32_e32 v51, v50
	v_mov_b32_e32 v62, v50
	v_mov_b32_e32 v63, v50
	v_mov_b32_e32 v60, v50
	v_mov_b32_e32 v61, v50
	v_mov_b32_e32 v58, v50
	v_mov_b32_e32 v59, v50
	v_mov_b32_e32 v56, v50
	v_mov_b32_e32 v57, v50
	v_mov_b32_e32 v54, v50
	v_mov_b32_e32 v55, v50
	v_mov_b32_e32 v52, v50
	v_mov_b32_e32 v53, v50
	v_mov_b32_e32 v48, v50
	v_mov_b32_e32 v49, v50
	v_mov_b32_e32 v46, v50
	v_mov_b32_e32 v47, v50
	v_mov_b32_e32 v44, v50
	v_mov_b32_e32 v45, v50
	v_mov_b32_e32 v42, v50
	v_mov_b32_e32 v43, v50
	v_mov_b32_e32 v40, v50
	v_mov_b32_e32 v41, v50
	v_mov_b32_e32 v38, v50
	v_mov_b32_e32 v39, v50
	v_mov_b32_e32 v36, v50
	v_mov_b32_e32 v37, v50
	v_mov_b32_e32 v34, v50
	v_mov_b32_e32 v35, v50
	v_mov_b32_e32 v32, v50
	v_mov_b32_e32 v33, v50
.Ltmp14:
.LBB0_88:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_add_i32 s4, s47, 1
	s_cmp_lt_i32 s4, 2
	s_mov_b32 s46, s39
	s_cselect_b32 s47, s4, 0
	s_add_i32 s39, s39, 1
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add3_u32 v0, s16, v88, v78
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_add_i32 s4, s60, s18
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_lshl_b32 s5, s47, 13
	.loc	1 118 27                        ; fused_moe.py:118:27
	s_lshl_b32 s16, s39, 7
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_lshl_b32 s17, s47, 8
	s_add_i32 s4, s4, s19
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_lshr_b32 s60, s5, 6
	.loc	1 118 23                        ; fused_moe.py:118:23
	s_sub_i32 s16, s38, s16
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_and_b32 s17, s17, 0x3ffff00
	s_add_i32 s61, s5, s5
	v_add3_u32 v1, s4, v93, v94
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_add_i32 s62, s5, s60
	.loc	1 119 57 is_stmt 0              ; fused_moe.py:119:57
	v_cmp_gt_i32_e64 s[4:5], s16, v64
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_add_u32_e32 v66, 0x80, v66
	.loc	1 134 9                         ; fused_moe.py:134:9
	v_add_u32_e32 v70, 0x80, v70
	v_add_u32_e32 v72, 0x80, v72
	v_add_u32_e32 v74, 0x80, v74
	v_add_u32_e32 v76, 0x80, v76
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_add_i32 s60, s61, s17
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_add_i32 s61, s62, s22
	.loc	1 119 34 is_stmt 0              ; fused_moe.py:119:34
	s_and_b64 s[16:17], s[6:7], s[4:5]
	.loc	1 133 9 is_stmt 1               ; fused_moe.py:133:9
	v_add_u32_e32 v68, 0x80, v68
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_add3_u32 v18, v1, v89, v95
	v_cndmask_b32_e64 v1, v101, v70, s[4:5]
	v_cndmask_b32_e64 v2, v101, v72, s[4:5]
	v_cndmask_b32_e64 v3, v101, v74, s[4:5]
	v_cndmask_b32_e64 v4, v101, v76, s[4:5]
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v5, v101, v66, s[16:17]
	.loc	1 119 34 is_stmt 0              ; fused_moe.py:119:34
	s_and_b64 s[4:5], s[14:15], s[4:5]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_add_i32 m0, s61, 0x81f0
	; wait_asyncmark(0)
	s_waitcnt vmcnt(0)
	s_barrier
	.loc	1 120 13 is_stmt 1              ; fused_moe.py:120:13
	s_add_i32 s63, s60, s22
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v6, v101, v68, s[4:5]
	buffer_load_dwordx4 v5, s[8:11], 0 offen lds
	s_add_i32 m0, s61, 0x9230
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_mov_b32 s30, s10
	s_mov_b32 s31, s11
	.loc	1 119 13                        ; fused_moe.py:119:13
	buffer_load_dwordx4 v6, s[8:11], 0 offen lds
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_mov_b32 m0, s63
	; asyncmark
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_add_lshl_u32 v16, s46, v84, 2
	.loc	1 120 13                        ; fused_moe.py:120:13
	buffer_load_dwordx4 v1, s[28:31], 0 offen lds
	s_add_i32 m0, s63, 0x1040
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_add_lshl_u32 v17, s46, v82, 2
	.loc	1 120 13                        ; fused_moe.py:120:13
	buffer_load_dwordx4 v2, s[28:31], 0 offen lds
	s_add_i32 m0, s63, 0x2080
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add3_u32 v0, v0, v89, v64
	.loc	1 120 13                        ; fused_moe.py:120:13
	buffer_load_dwordx4 v3, s[28:31], 0 offen lds
	s_add_i32 m0, s63, 0x30c0
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_cndmask_b32_e64 v16, v101, v16, s[0:1]
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_mov_b32 s42, s26
	s_mov_b32 s43, s27
	v_add_lshl_u32 v103, s46, v100, 2
	v_add_lshl_u32 v108, s46, v98, 2
	v_add_lshl_u32 v109, s46, v81, 2
	v_add_lshl_u32 v110, s46, v80, 2
	v_add_lshl_u32 v111, s46, v79, 2
	v_add_lshl_u32 v112, s46, v77, 2
	v_add_lshl_u32 v113, s46, v75, 2
	v_add_lshl_u32 v114, s46, v97, 2
	v_add_lshl_u32 v115, s46, v96, 2
	v_add_lshl_u32 v116, s46, v92, 2
	v_add_lshl_u32 v117, s46, v91, 2
	v_add_lshl_u32 v118, s46, v73, 2
	v_add_lshl_u32 v119, s46, v71, 2
	v_add_lshl_u32 v120, s46, v69, 2
	v_add_lshl_u32 v121, s46, v67, 2
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_read_b128 v[20:23], v0
	ds_read_b128 v[24:27], v0 offset:32
	ds_read_b128 v[122:125], v0 offset:64
	ds_read_b128 v[126:129], v0 offset:96
	ds_read_b128 v[130:133], v0 offset:512
	ds_read_b128 v[134:137], v0 offset:544
	ds_read_b128 v[138:141], v0 offset:576
	ds_read_b128 v[142:145], v0 offset:608
	.loc	1 120 13                        ; fused_moe.py:120:13
	buffer_load_dwordx4 v4, s[28:31], 0 offen lds
	; asyncmark
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_cndmask_b32_e32 v17, v101, v17, vcc
	buffer_load_dword v102, v16, s[24:27], 0 offen
	buffer_load_dword v104, v17, s[24:27], 0 offen
	.loc	1 127 27                        ; fused_moe.py:127:27
	v_add_lshl_u32 v105, s46, v99, 2
	buffer_load_dword v106, v103, s[40:43], 0 offen
	buffer_load_dword v107, v105, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v108, v108, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v109, v109, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v110, v110, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v111, v111, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v112, v112, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v113, v113, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v114, v114, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v115, v115, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v116, v116, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v117, v117, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v118, v118, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v119, v119, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v120, v120, s[40:43], 0 offen
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_read_b128 v[146:149], v18
	ds_read_b128 v[150:153], v18 offset:32
	.loc	1 127 27                        ; fused_moe.py:127:27
	buffer_load_dword v121, v121, s[40:43], 0 offen
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x64_f8f6f4 v[0:15], v[146:153], v[20:27], 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_read_b128 v[154:157], v18 offset:64
	ds_read_b128 v[158:161], v18 offset:96
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_add_i32 s16, s62, 0x81f0
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cmp_lg_u32 s46, s23
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x64_f8f6f4 v[16:31], v[146:153], v[130:137], 0
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x64_f8f6f4 v[0:15], v[154:161], v[122:129], v[0:15]
	v_mfma_f32_32x32x64_f8f6f4 v[16:31], v[154:161], v[138:145], v[16:31]
	s_waitcnt vmcnt(17)
	s_nop 15
	s_nop 1
	v_mul_f32_e64 v0, v102, v0
	v_mul_f32_e64 v1, v102, v1
	v_mul_f32_e64 v2, v102, v2
	v_mul_f32_e64 v3, v102, v3
	v_mul_f32_e64 v4, v102, v4
	v_mul_f32_e64 v5, v102, v5
	v_mul_f32_e64 v6, v102, v6
	v_mul_f32_e64 v7, v102, v7
	v_mul_f32_e64 v8, v102, v8
	v_mul_f32_e64 v9, v102, v9
	v_mul_f32_e64 v10, v102, v10
	v_mul_f32_e64 v11, v102, v11
	v_pk_mul_f32 v[12:13], v[102:103], v[12:13] op_sel_hi:[0,1]
	v_pk_mul_f32 v[14:15], v[102:103], v[14:15] op_sel_hi:[0,1]
	s_waitcnt vmcnt(16)
	v_pk_mul_f32 v[16:17], v[104:105], v[16:17] op_sel_hi:[0,1]
	v_pk_mul_f32 v[18:19], v[104:105], v[18:19] op_sel_hi:[0,1]
	v_pk_mul_f32 v[20:21], v[104:105], v[20:21] op_sel_hi:[0,1]
	v_pk_mul_f32 v[22:23], v[104:105], v[22:23] op_sel_hi:[0,1]
	v_pk_mul_f32 v[24:25], v[104:105], v[24:25] op_sel_hi:[0,1]
	v_pk_mul_f32 v[26:27], v[104:105], v[26:27] op_sel_hi:[0,1]
	v_pk_mul_f32 v[28:29], v[104:105], v[28:29] op_sel_hi:[0,1]
	v_pk_mul_f32 v[30:31], v[104:105], v[30:31] op_sel_hi:[0,1]
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[50:51], v[106:107], v[0:1], v[50:51]
	v_pk_fma_f32 v[46:47], v[106:107], v[16:17], v[46:47]
	s_waitcnt vmcnt(12)
	v_pk_fma_f32 v[62:63], v[108:109], v[2:3], v[62:63]
	v_pk_fma_f32 v[44:45], v[108:109], v[18:19], v[44:45]
	s_waitcnt vmcnt(10)
	v_pk_fma_f32 v[60:61], v[110:111], v[4:5], v[60:61]
	v_pk_fma_f32 v[42:43], v[110:111], v[20:21], v[42:43]
	s_waitcnt vmcnt(8)
	v_pk_fma_f32 v[58:59], v[112:113], v[6:7], v[58:59]
	v_pk_fma_f32 v[40:41], v[112:113], v[22:23], v[40:41]
	s_waitcnt vmcnt(6)
	v_pk_fma_f32 v[56:57], v[114:115], v[8:9], v[56:57]
	v_pk_fma_f32 v[38:39], v[114:115], v[24:25], v[38:39]
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[54:55], v[116:117], v[10:11], v[54:55]
	v_pk_fma_f32 v[36:37], v[116:117], v[26:27], v[36:37]
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[52:53], v[118:119], v[12:13], v[52:53]
	v_pk_fma_f32 v[34:35], v[118:119], v[28:29], v[34:35]
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[48:49], v[120:121], v[14:15], v[48:49]
	v_pk_fma_f32 v[32:33], v[120:121], v[30:31], v[32:33]
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_cbranch_scc1 .LBB0_88
	s_branch .LBB0_90
.LBB0_89:
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_mov_b32 s16, 0x81f0
	s_mov_b32 s60, 0
.LBB0_90:                               ; %._crit_edge
	.loc	1 126 27 is_stmt 1              ; fused_moe.py:126:27
	v_add_lshl_u32 v0, s39, v84, 2
	v_bfrev_b32_e32 v1, 1
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[4:5], s[2:3], s[0:1]
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_cndmask_b32_e64 v0, v1, v0, s[4:5]
	v_add_lshl_u32 v2, s39, v82, 2
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[4:5], s[2:3], vcc
	; wait_asyncmark(0)
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_waitcnt vmcnt(0)
	s_barrier
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_cndmask_b32_e64 v2, v1, v2, s[4:5]
	buffer_load_dword v84, v0, s[48:51], 0 offen
	buffer_load_dword v82, v2, s[48:51], 0 offen
	.loc	1 127 27                        ; fused_moe.py:127:27
	v_add_lshl_u32 v0, s39, v100, 2
	v_cndmask_b32_e64 v0, v1, v0, s[2:3]
	s_mov_b32 s46, s50
	s_mov_b32 s47, s51
	v_add_lshl_u32 v2, s39, v99, 2
	v_add_lshl_u32 v3, s39, v98, 2
	v_add_lshl_u32 v4, s39, v81, 2
	v_add_lshl_u32 v5, s39, v80, 2
	v_add_lshl_u32 v6, s39, v79, 2
	v_add_lshl_u32 v7, s39, v77, 2
	v_add_lshl_u32 v8, s39, v75, 2
	v_cndmask_b32_e64 v2, v1, v2, s[2:3]
	v_cndmask_b32_e64 v3, v1, v3, s[2:3]
	v_cndmask_b32_e64 v4, v1, v4, s[2:3]
	v_cndmask_b32_e64 v5, v1, v5, s[2:3]
	v_cndmask_b32_e64 v6, v1, v6, s[2:3]
	v_cndmask_b32_e64 v7, v1, v7, s[2:3]
	v_cndmask_b32_e64 v8, v1, v8, s[2:3]
	buffer_load_dword v80, v0, s[44:47], 0 offen
	buffer_load_dword v81, v2, s[44:47], 0 offen
	buffer_load_dword v78, v3, s[44:47], 0 offen
	buffer_load_dword v79, v4, s[44:47], 0 offen
	buffer_load_dword v76, v5, s[44:47], 0 offen
	buffer_load_dword v77, v6, s[44:47], 0 offen
	buffer_load_dword v74, v7, s[44:47], 0 offen
	buffer_load_dword v75, v8, s[44:47], 0 offen
	v_add_lshl_u32 v0, s39, v97, 2
	v_cndmask_b32_e64 v0, v1, v0, s[2:3]
	v_add_lshl_u32 v2, s39, v96, 2
	v_add_lshl_u32 v3, s39, v92, 2
	v_add_lshl_u32 v4, s39, v91, 2
	v_add_lshl_u32 v5, s39, v73, 2
	v_add_lshl_u32 v6, s39, v71, 2
	v_add_lshl_u32 v7, s39, v69, 2
	v_add_lshl_u32 v8, s39, v67, 2
	v_cndmask_b32_e64 v2, v1, v2, s[2:3]
	v_cndmask_b32_e64 v3, v1, v3, s[2:3]
	v_cndmask_b32_e64 v4, v1, v4, s[2:3]
	v_cndmask_b32_e64 v5, v1, v5, s[2:3]
	v_cndmask_b32_e64 v6, v1, v6, s[2:3]
	v_cndmask_b32_e64 v7, v1, v7, s[2:3]
	v_cndmask_b32_e64 v1, v1, v8, s[2:3]
	buffer_load_dword v72, v0, s[44:47], 0 offen
	buffer_load_dword v73, v2, s[44:47], 0 offen
	buffer_load_dword v70, v3, s[44:47], 0 offen
	buffer_load_dword v71, v4, s[44:47], 0 offen
	buffer_load_dword v68, v5, s[44:47], 0 offen
	buffer_load_dword v69, v6, s[44:47], 0 offen
	buffer_load_dword v66, v7, s[44:47], 0 offen
	buffer_load_dword v67, v1, s[44:47], 0 offen
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_and_b64 s[4:5], s[2:3], exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_92
; %bb.91:
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_lshl_b32 s4, s56, 7
	s_and_b32 s4, s4, 0x80
	s_lshl_b32 s5, s56, 8
	s_and_b32 s5, s5, 0x200
	s_add_i32 s4, s60, s4
	s_add_i32 s4, s4, s5
	v_add3_u32 v0, s4, v93, v94
	v_add3_u32 v16, v0, v89, v95
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_and_b32_e32 v0, 0x180, v90
	v_add3_u32 v0, s16, v88, v0
	v_add3_u32 v64, v0, v89, v64
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_read_b128 v[92:95], v16
	ds_read_b128 v[96:99], v16 offset:32
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_read_b128 v[18:21], v64
	ds_read_b128 v[22:25], v64 offset:32
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x64_f8f6f4 v[0:15], v[92:99], v[18:25], 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_read_b128 v[104:107], v16 offset:96
	ds_read_b128 v[100:103], v16 offset:64
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_read_b128 v[20:23], v64 offset:96
	ds_read_b128 v[16:19], v64 offset:64
	ds_read_b128 v[112:115], v64 offset:544
	ds_read_b128 v[108:111], v64 offset:512
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x64_f8f6f4 v[0:15], v[100:107], v[16:23], v[0:15]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x64_f8f6f4 v[16:31], v[92:99], v[108:115], 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_read_b128 v[92:95], v64 offset:608
	ds_read_b128 v[88:91], v64 offset:576
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x64_f8f6f4 v[16:31], v[100:107], v[88:95], v[16:31]
	s_branch .LBB0_93
.LBB0_92:
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
	v_mov_b32_e32 v16, v0
	v_mov_b32_e32 v17, v0
	v_mov_b32_e32 v18, v0
	v_mov_b32_e32 v19, v0
	v_mov_b32_e32 v20, v0
	v_mov_b32_e32 v21, v0
	v_mov_b32_e32 v22, v0
	v_mov_b32_e32 v23, v0
	v_mov_b32_e32 v24, v0
	v_mov_b32_e32 v25, v0
	v_mov_b32_e32 v26, v0
	v_mov_b32_e32 v27, v0
	v_mov_b32_e32 v28, v0
	v_mov_b32_e32 v29, v0
	v_mov_b32_e32 v30, v0
	v_mov_b32_e32 v31, v0
.LBB0_93:
	.loc	1 137 22 is_stmt 1              ; fused_moe.py:137:22
	v_lshlrev_b32_e32 v64, 2, v85
	v_bfrev_b32_e32 v89, 1
	v_lshlrev_b32_e32 v88, 2, v86
	s_and_b32 s37, s37, 0xffff
	s_mov_b32 s39, 0x27000
	s_mov_b32 s38, 0x7ffffffe
	v_cndmask_b32_e64 v64, v89, v64, s[0:1]
	v_cndmask_b32_e32 v88, v89, v88, vcc
	buffer_load_dword v64, v64, s[36:39], 0 offen
	.loc	1 90 38                         ; fused_moe.py:90:38
	v_lshrrev_b32_e32 v90, 2, v87
	.loc	1 137 22                        ; fused_moe.py:137:22
	buffer_load_dword v88, v88, s[36:39], 0 offen
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_mul_lo_u32 v85, v85, s54
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt vmcnt(19)
	v_pk_mul_f32 v[0:1], v[84:85], v[0:1] op_sel_hi:[0,1]
	v_pk_mul_f32 v[2:3], v[84:85], v[2:3] op_sel_hi:[0,1]
	v_pk_mul_f32 v[4:5], v[84:85], v[4:5] op_sel_hi:[0,1]
	v_pk_mul_f32 v[6:7], v[84:85], v[6:7] op_sel_hi:[0,1]
	v_pk_mul_f32 v[8:9], v[84:85], v[8:9] op_sel_hi:[0,1]
	s_waitcnt vmcnt(18)
	v_pk_mul_f32 v[16:17], v[82:83], v[16:17] op_sel_hi:[0,1]
	v_pk_mul_f32 v[18:19], v[82:83], v[18:19] op_sel_hi:[0,1]
	v_pk_mul_f32 v[20:21], v[82:83], v[20:21] op_sel_hi:[0,1]
	v_pk_mul_f32 v[22:23], v[82:83], v[22:23] op_sel_hi:[0,1]
	v_pk_mul_f32 v[24:25], v[82:83], v[24:25] op_sel_hi:[0,1]
	v_pk_mul_f32 v[26:27], v[82:83], v[26:27] op_sel_hi:[0,1]
	v_pk_mul_f32 v[28:29], v[82:83], v[28:29] op_sel_hi:[0,1]
	v_pk_mul_f32 v[30:31], v[82:83], v[30:31] op_sel_hi:[0,1]
	.loc	1 90 38                         ; fused_moe.py:90:38
	v_or_b32_e32 v82, s59, v90
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_waitcnt vmcnt(16)
	v_pk_fma_f32 v[0:1], v[80:81], v[0:1], v[50:51]
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[2:3], v[78:79], v[2:3], v[62:63]
	s_waitcnt vmcnt(12)
	v_pk_fma_f32 v[4:5], v[76:77], v[4:5], v[60:61]
	s_waitcnt vmcnt(10)
	v_pk_fma_f32 v[6:7], v[74:75], v[6:7], v[58:59]
	s_waitcnt vmcnt(8)
	v_pk_fma_f32 v[8:9], v[72:73], v[8:9], v[56:57]
	v_pk_fma_f32 v[16:17], v[80:81], v[16:17], v[46:47]
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_mov_b32_e32 v87, s53
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_mul_lo_u32 v92, v86, s54
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_pk_mul_f32 v[10:11], v[84:85], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[12:13], v[84:85], v[12:13] op_sel_hi:[0,1]
	v_pk_mul_f32 v[14:15], v[84:85], v[14:15] op_sel_hi:[0,1]
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v86, s52, v82
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e64 v1, v51, v1, s[2:3]
	v_cndmask_b32_e64 v0, v50, v0, s[2:3]
	v_cndmask_b32_e64 v3, v63, v3, s[2:3]
	v_cndmask_b32_e64 v2, v62, v2, s[2:3]
	v_cndmask_b32_e64 v5, v61, v5, s[2:3]
	v_cndmask_b32_e64 v4, v60, v4, s[2:3]
	v_cndmask_b32_e64 v7, v59, v7, s[2:3]
	v_cndmask_b32_e64 v6, v58, v6, s[2:3]
	v_cndmask_b32_e64 v9, v57, v9, s[2:3]
	v_cndmask_b32_e64 v8, v56, v8, s[2:3]
	v_cndmask_b32_e64 v17, v47, v17, s[2:3]
	v_cndmask_b32_e64 v16, v46, v16, s[2:3]
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_waitcnt vmcnt(6)
	v_pk_fma_f32 v[10:11], v[70:71], v[10:11], v[54:55]
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[12:13], v[68:69], v[12:13], v[52:53]
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[14:15], v[66:67], v[14:15], v[48:49]
	v_pk_fma_f32 v[18:19], v[78:79], v[18:19], v[44:45]
	v_pk_fma_f32 v[20:21], v[76:77], v[20:21], v[42:43]
	v_pk_fma_f32 v[22:23], v[74:75], v[22:23], v[40:41]
	.loc	1 90 38                         ; fused_moe.py:90:38
	v_or_b32_e32 v74, 16, v82
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[6:7], s[34:35], v[86:87]
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[24:25], v[72:73], v[24:25], v[38:39]
	v_pk_fma_f32 v[26:27], v[70:71], v[26:27], v[36:37]
	v_pk_fma_f32 v[28:29], v[68:69], v[28:29], v[34:35]
	v_pk_fma_f32 v[30:31], v[66:67], v[30:31], v[32:33]
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_mov_b32_e32 v91, s53
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e64 v11, v55, v11, s[2:3]
	v_cndmask_b32_e64 v10, v54, v10, s[2:3]
	v_cndmask_b32_e64 v13, v53, v13, s[2:3]
	v_cndmask_b32_e64 v12, v52, v12, s[2:3]
	v_cndmask_b32_e64 v15, v49, v15, s[2:3]
	v_cndmask_b32_e64 v14, v48, v14, s[2:3]
	v_cndmask_b32_e64 v19, v45, v19, s[2:3]
	v_cndmask_b32_e64 v18, v44, v18, s[2:3]
	v_cndmask_b32_e64 v21, v43, v21, s[2:3]
	v_cndmask_b32_e64 v20, v42, v20, s[2:3]
	v_cndmask_b32_e64 v23, v41, v23, s[2:3]
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v90, s52, v74
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e64 v22, v40, v22, s[2:3]
	v_cndmask_b32_e64 v25, v39, v25, s[2:3]
	v_cndmask_b32_e64 v24, v38, v24, s[2:3]
	v_cndmask_b32_e64 v27, v37, v27, s[2:3]
	v_cndmask_b32_e64 v26, v36, v26, s[2:3]
	v_cndmask_b32_e64 v29, v35, v29, s[2:3]
	v_cndmask_b32_e64 v28, v34, v28, s[2:3]
	v_cndmask_b32_e64 v31, v33, v31, s[2:3]
	v_cndmask_b32_e64 v30, v32, v30, s[2:3]
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[2:3], s[0:1], s[6:7]
	.loc	1 92 37 is_stmt 0               ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[4:5], s[34:35], v[90:91]
	.loc	1 142 5 is_stmt 1               ; fused_moe.py:142:5
	s_and_b32 s37, s13, 0xffff
	s_mov_b32 s36, s12
	.loc	1 138 23                        ; fused_moe.py:138:23
	s_waitcnt vmcnt(1)
	v_pk_mul_f32 v[0:1], v[64:65], v[0:1] op_sel_hi:[0,1]
	v_pk_mul_f32 v[2:3], v[64:65], v[2:3] op_sel_hi:[0,1]
	v_pk_mul_f32 v[4:5], v[64:65], v[4:5] op_sel_hi:[0,1]
	v_pk_mul_f32 v[6:7], v[64:65], v[6:7] op_sel_hi:[0,1]
	v_pk_mul_f32 v[8:9], v[64:65], v[8:9] op_sel_hi:[0,1]
	s_waitcnt vmcnt(0)
	v_pk_mul_f32 v[16:17], v[88:89], v[16:17] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cvt_pk_bf16_f32 v0, v0, v1
	v_cvt_pk_bf16_f32 v1, v2, v3
	v_cvt_pk_bf16_f32 v2, v4, v5
	v_cvt_pk_bf16_f32 v3, v6, v7
	v_cvt_pk_bf16_f32 v4, v8, v9
	v_cvt_pk_bf16_f32 v8, v16, v17
	.loc	1 142 5 is_stmt 0               ; fused_moe.py:142:5
	v_add_lshl_u32 v16, v86, v85, 1
	.loc	1 138 23 is_stmt 1              ; fused_moe.py:138:23
	v_pk_mul_f32 v[10:11], v[64:65], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[12:13], v[64:65], v[12:13] op_sel_hi:[0,1]
	v_pk_mul_f32 v[14:15], v[64:65], v[14:15] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_permlane32_swap_b32_e32 v0, v2
	v_permlane32_swap_b32_e32 v1, v3
	.loc	1 142 5 is_stmt 0               ; fused_moe.py:142:5
	v_cndmask_b32_e64 v16, v89, v16, s[2:3]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cvt_pk_bf16_f32 v5, v10, v11
	v_cvt_pk_bf16_f32 v6, v12, v13
	v_cvt_pk_bf16_f32 v7, v14, v15
	.loc	1 142 5                         ; fused_moe.py:142:5
	buffer_store_dwordx4 v[0:3], v16, s[36:39], 0 offen
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b64 s[0:1], s[0:1], s[4:5]
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[18:19], v[88:89], v[18:19] op_sel_hi:[0,1]
	.loc	1 142 5                         ; fused_moe.py:142:5
	v_add_lshl_u32 v0, v90, v85, 1
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[20:21], v[88:89], v[20:21] op_sel_hi:[0,1]
	v_pk_mul_f32 v[22:23], v[88:89], v[22:23] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_permlane32_swap_b32_e32 v4, v6
	v_permlane32_swap_b32_e32 v5, v7
	.loc	1 142 5 is_stmt 0               ; fused_moe.py:142:5
	v_cndmask_b32_e64 v0, v89, v0, s[0:1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cvt_pk_bf16_f32 v9, v18, v19
	v_cvt_pk_bf16_f32 v10, v20, v21
	v_cvt_pk_bf16_f32 v11, v22, v23
	.loc	1 142 5                         ; fused_moe.py:142:5
	buffer_store_dwordx4 v[4:7], v0, s[36:39], 0 offen
	v_add_lshl_u32 v0, v86, v92, 1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b64 s[0:1], vcc, s[6:7]
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[24:25], v[88:89], v[24:25] op_sel_hi:[0,1]
	v_pk_mul_f32 v[26:27], v[88:89], v[26:27] op_sel_hi:[0,1]
	v_pk_mul_f32 v[28:29], v[88:89], v[28:29] op_sel_hi:[0,1]
	v_pk_mul_f32 v[30:31], v[88:89], v[30:31] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_permlane32_swap_b32_e32 v8, v10
	v_permlane32_swap_b32_e32 v9, v11
	.loc	1 142 5 is_stmt 0               ; fused_moe.py:142:5
	v_cndmask_b32_e64 v0, v89, v0, s[0:1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cvt_pk_bf16_f32 v12, v24, v25
	v_cvt_pk_bf16_f32 v13, v26, v27
	v_cvt_pk_bf16_f32 v14, v28, v29
	v_cvt_pk_bf16_f32 v15, v30, v31
	.loc	1 142 5                         ; fused_moe.py:142:5
	buffer_store_dwordx4 v[8:11], v0, s[36:39], 0 offen
	v_add_lshl_u32 v0, v90, v92, 1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b64 vcc, vcc, s[4:5]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_permlane32_swap_b32_e32 v12, v14
	v_permlane32_swap_b32_e32 v13, v15
	.loc	1 142 5 is_stmt 0               ; fused_moe.py:142:5
	v_cndmask_b32_e32 v0, v89, v0, vcc
	buffer_store_dwordx4 v[12:15], v0, s[36:39], 0 offen
	s_branch .LBB0_95
.LBB0_94:
	.loc	1 85 44 is_stmt 1               ; fused_moe.py:85:44
	v_and_b32_e32 v0, 48, v65
	v_lshl_or_b32 v0, s56, 6, v0
	v_lshrrev_b32_e32 v0, 4, v0
	.loc	1 86 26                         ; fused_moe.py:86:26
	v_or_b32_e32 v0, s55, v0
	.loc	1 86 18 is_stmt 0               ; fused_moe.py:86:18
	v_lshlrev_b32_e32 v0, 2, v0
	v_or_b32_e32 v1, 0xc0, v0
	s_mov_b32 s22, s58
	s_mov_b32 s23, s57
	v_or_b32_e32 v2, 0x80, v0
	v_or_b32_e32 v3, 64, v0
	buffer_load_dword v4, v1, s[20:23], 0 offen
	buffer_load_dword v5, v2, s[20:23], 0 offen
	buffer_load_dword v6, v3, s[20:23], 0 offen
	buffer_load_dword v7, v0, s[20:23], 0 offen
	s_mov_b32 s0, 0
	.loc	1 90 38 is_stmt 1               ; fused_moe.py:90:38
	v_lshlrev_b32_e32 v0, 3, v83
	.loc	1 90 15 is_stmt 0               ; fused_moe.py:90:15
	v_mov_b32_e32 v1, s53
	v_or_b32_e32 v0, s52, v0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	s_mov_b32 s1, s0
	s_mov_b32 s2, s0
	s_mov_b32 s3, s0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e32 vcc, s[34:35], v[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	v_mov_b64_e32 v[10:11], s[2:3]
	v_mov_b64_e32 v[8:9], s[0:1]
	v_bfrev_b32_e32 v2, 1
	s_and_b32 s13, s13, 0xffff
	s_mov_b32 s15, 0x27000
	s_mov_b32 s14, 0x7ffffffe
	.loc	1 88 18                         ; fused_moe.py:88:18
	s_waitcnt vmcnt(3)
	v_cmp_gt_i32_e64 s[0:1], s33, v4
	s_waitcnt vmcnt(2)
	v_cmp_gt_i32_e64 s[2:3], s33, v5
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_mul_lo_u32 v3, v5, s54
	.loc	1 88 18                         ; fused_moe.py:88:18
	s_waitcnt vmcnt(0)
	v_cmp_gt_i32_e64 s[6:7], s33, v7
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_mul_lo_u32 v5, v7, s54
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_cmp_gt_i32_e64 s[4:5], s33, v6
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_mul_lo_u32 v1, v4, s54
	v_mul_lo_u32 v4, v6, s54
	.loc	1 97 9                          ; fused_moe.py:97:9
	v_add_lshl_u32 v5, v0, v5, 1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[6:7], vcc, s[6:7]
	.loc	1 97 9                          ; fused_moe.py:97:9
	v_add_lshl_u32 v4, v0, v4, 1
	v_add_lshl_u32 v3, v0, v3, 1
	v_add_lshl_u32 v0, v0, v1, 1
	v_cndmask_b32_e64 v1, v2, v5, s[6:7]
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 s[4:5], vcc, s[4:5]
	s_and_b64 s[2:3], vcc, s[2:3]
	s_and_b64 vcc, vcc, s[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	v_cndmask_b32_e64 v4, v2, v4, s[4:5]
	v_cndmask_b32_e64 v3, v2, v3, s[2:3]
	v_cndmask_b32_e32 v0, v2, v0, vcc
	buffer_store_dwordx4 v[8:11], v1, s[12:15], 0 offen
	buffer_store_dwordx4 v[8:11], v4, s[12:15], 0 offen
	buffer_store_dwordx4 v[8:11], v3, s[12:15], 0 offen
	buffer_store_dwordx4 v[8:11], v0, s[12:15], 0 offen
.LBB0_95:                               ; %common.ret
	.loc	1 0 0 is_stmt 0                 ; fused_moe.py:0
	s_endpgm
.Ltmp15:
.Lfunc_end0:
	.size	fused_moe_kernel, .Lfunc_end0-fused_moe_kernel
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fused_moe_kernel
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 392
		.amdhsa_user_sgpr_count 16
		.amdhsa_user_sgpr_dispatch_ptr 1
		.amdhsa_user_sgpr_queue_ptr 1
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 1
		.amdhsa_user_sgpr_kernarg_preload_length 8
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 1
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 2
		.amdhsa_next_free_vgpr 162
		.amdhsa_next_free_sgpr 64
		.amdhsa_accum_offset 164
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
	.set .Lfused_moe_kernel.num_vgpr, 162
	.set .Lfused_moe_kernel.num_agpr, 0
	.set .Lfused_moe_kernel.numbered_sgpr, 64
	.set .Lfused_moe_kernel.num_named_barrier, 0
	.set .Lfused_moe_kernel.private_seg_size, 0
	.set .Lfused_moe_kernel.uses_vcc, 1
	.set .Lfused_moe_kernel.uses_flat_scratch, 0
	.set .Lfused_moe_kernel.has_dyn_sized_stack, 0
	.set .Lfused_moe_kernel.has_recursion, 0
	.set .Lfused_moe_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 20136
; TotalNumSgprs: 70
; NumVgprs: 162
; NumAgprs: 0
; TotalNumVgprs: 162
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 8
; VGPRBlocks: 20
; NumSGPRsForWavesPerEU: 70
; NumVGPRsForWavesPerEU: 162
; AccumOffset: 164
; Occupancy: 3
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 1
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 2
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 40
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
      - .offset:         136
        .size:           4
        .value_kind:     hidden_block_count_x
      - .offset:         140
        .size:           4
        .value_kind:     hidden_block_count_y
      - .offset:         144
        .size:           4
        .value_kind:     hidden_block_count_z
      - .offset:         148
        .size:           2
        .value_kind:     hidden_group_size_x
      - .offset:         150
        .size:           2
        .value_kind:     hidden_group_size_y
      - .offset:         152
        .size:           2
        .value_kind:     hidden_group_size_z
      - .offset:         154
        .size:           2
        .value_kind:     hidden_remainder_x
      - .offset:         156
        .size:           2
        .value_kind:     hidden_remainder_y
      - .offset:         158
        .size:           2
        .value_kind:     hidden_remainder_z
      - .offset:         176
        .size:           8
        .value_kind:     hidden_global_offset_x
      - .offset:         184
        .size:           8
        .value_kind:     hidden_global_offset_y
      - .offset:         192
        .size:           8
        .value_kind:     hidden_global_offset_z
      - .offset:         200
        .size:           2
        .value_kind:     hidden_grid_dims
      - .offset:         216
        .size:           8
        .value_kind:     hidden_hostcall_buffer
      - .offset:         224
        .size:           8
        .value_kind:     hidden_multigrid_sync_arg
      - .offset:         232
        .size:           8
        .value_kind:     hidden_heap_v1
      - .offset:         240
        .size:           8
        .value_kind:     hidden_default_queue
      - .offset:         248
        .size:           8
        .value_kind:     hidden_completion_action
      - .offset:         256
        .size:           4
        .value_kind:     hidden_dynamic_lds_size
      - .offset:         336
        .size:           8
        .value_kind:     hidden_queue_ptr
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 392
    .max_flat_workgroup_size: 256
    .name:           fused_moe_kernel
    .private_segment_fixed_size: 0
    .sgpr_count:     70
    .sgpr_spill_count: 0
    .symbol:         fused_moe_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     162
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

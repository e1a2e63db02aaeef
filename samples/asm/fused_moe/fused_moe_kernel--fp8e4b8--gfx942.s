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
; %bb.96:
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
; %bb.97:
.LBB0_0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_mov_b64 s[36:37], s[2:3]
	s_load_dword s34, s[0:1], 0x48
	s_load_dword s2, s[0:1], 0x50
	s_mov_b64 s[20:21], s[6:7]
	s_mov_b64 s[28:29], s[10:11]
	s_mov_b64 s[24:25], s[14:15]
.Ltmp1:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13 is_stmt 1               ; standard.py:43:13 @[ fused_moe.py:72:17 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s3, s34, 0x7f
	.loc	2 43 12 is_stmt 0               ; standard.py:43:12 @[ fused_moe.py:72:17 ]
	s_ashr_i32 s6, s3, 31
	s_lshr_b32 s6, s6, 25
	s_add_i32 s3, s3, s6
	s_ashr_i32 s3, s3, 7
.Ltmp2:
	.loc	1 73 24 is_stmt 1               ; fused_moe.py:73:24
	s_lshl_b32 s10, s3, 5
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_abs_i32 s6, s10
	v_cvt_f32_u32_e32 v1, s6
.Ltmp3:
	.loc	2 43 13                         ; standard.py:43:13 @[ fused_moe.py:71:17 ]
	s_add_i32 s2, s2, 63
.Ltmp4:
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_sub_i32 s11, 0, s6
.Ltmp5:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_ashr_i32 s7, s2, 31
.Ltmp6:
	.loc	1 74 16                         ; fused_moe.py:74:16
	v_rcp_f32_e32 v1, v1
.Ltmp7:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_lshr_b32 s7, s7, 26
	s_add_i32 s2, s2, s7
.Ltmp8:
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_abs_i32 s7, s16
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_xor_b32 s3, s16, s3
.Ltmp9:
	.loc	2 43 12                         ; standard.py:43:12 @[ fused_moe.py:71:17 ]
	s_ashr_i32 s2, s2, 6
.Ltmp10:
	.loc	1 74 16                         ; fused_moe.py:74:16
	s_ashr_i32 s3, s3, 31
	v_readfirstlane_b32 s14, v1
	s_mul_i32 s11, s11, s14
	s_mul_hi_u32 s11, s14, s11
	s_add_i32 s14, s14, s11
	s_mul_hi_u32 s11, s7, s14
	s_mul_i32 s14, s11, s6
	s_sub_i32 s7, s7, s14
	s_add_i32 s14, s11, 1
	s_sub_i32 s15, s7, s6
	s_cmp_ge_u32 s7, s6
	s_cselect_b32 s11, s14, s11
	s_cselect_b32 s7, s15, s7
	s_add_i32 s14, s11, 1
	s_cmp_ge_u32 s7, s6
	s_cselect_b32 s6, s14, s11
	s_xor_b32 s6, s6, s3
	s_sub_i32 s3, s6, s3
	.loc	1 75 19                         ; fused_moe.py:75:19
	s_lshl_b32 s11, s3, 5
	.loc	1 76 24                         ; fused_moe.py:76:24
	s_sub_i32 s2, s2, s11
	.loc	1 76 20 is_stmt 0               ; fused_moe.py:76:20
	s_min_i32 s2, s2, 32
	.loc	1 78 13 is_stmt 1               ; fused_moe.py:78:13
	s_abs_i32 s14, s2
	v_cvt_f32_u32_e32 v1, s14
	.loc	1 77 29                         ; fused_moe.py:77:29
	s_mul_i32 s3, s3, s10
	s_sub_i32 s10, s16, s3
	.loc	1 78 13                         ; fused_moe.py:78:13
	s_sub_i32 s16, 0, s14
	v_rcp_f32_e32 v1, v1
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
	.loc	1 81 30                         ; fused_moe.py:81:30
	s_waitcnt lgkmcnt(0)
	s_load_dword s6, s[6:7], 0x0
	.loc	1 77 28                         ; fused_moe.py:77:28
	s_mul_i32 s2, s3, s2
	s_sub_i32 s2, s10, s2
	.loc	1 77 13 is_stmt 0               ; fused_moe.py:77:13
	s_add_i32 s2, s2, s11
	.loc	1 82 8 is_stmt 1                ; fused_moe.py:82:8
	s_lshl_b32 s49, s2, 6
	s_waitcnt lgkmcnt(0)
	s_cmp_lt_i32 s49, s6
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_readfirstlane_b32 s6, v0
	.loc	1 82 8                          ; fused_moe.py:82:8
	s_cbranch_scc0 .LBB0_95
; %bb.1:
	.loc	1 0 8 is_stmt 0                 ; fused_moe.py:0:8
	s_load_dwordx2 s[10:11], s[0:1], 0x38
	s_load_dword s48, s[0:1], 0x54
	s_load_dword s33, s[0:1], 0x64
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	s_lshl_b32 s22, s3, 7
	.loc	1 94 18                         ; fused_moe.py:94:18
	s_ashr_i32 s3, s2, 31
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_b32 s50, s6, 0xc0
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_and_b32 s25, s25, 0xffff
	.loc	1 90 15                         ; fused_moe.py:90:15
	s_ashr_i32 s23, s22, 31
	.loc	1 92 37                         ; fused_moe.py:92:37
	s_ashr_i32 s35, s34, 31
	.loc	1 94 18                         ; fused_moe.py:94:18
	s_lshl_b64 s[2:3], s[2:3], 2
	s_waitcnt lgkmcnt(0)
	s_add_u32 s2, s10, s2
	s_addc_u32 s3, s11, s3
	s_load_dword s30, s[2:3], 0x0
	.loc	1 90 38                         ; fused_moe.py:90:38
	v_lshlrev_b32_e32 v1, 3, v0
	.loc	1 85 44                         ; fused_moe.py:85:44
	v_and_or_b32 v115, v0, 63, s50
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_mov_b32 s27, 0x27000
	s_mov_b32 s26, 0x7ffffffe
	.loc	1 95 8                          ; fused_moe.py:95:8
	s_waitcnt lgkmcnt(0)
	s_cmp_lg_u32 s30, -1
	.loc	1 90 38                         ; fused_moe.py:90:38
	v_and_b32_e32 v93, 0x78, v1
	.loc	1 95 8                          ; fused_moe.py:95:8
	s_cbranch_scc0 .LBB0_84
; %bb.2:
	.loc	1 85 44                         ; fused_moe.py:85:44
	v_and_b32_e32 v1, 31, v0
	v_lshrrev_b32_e32 v10, 3, v115
	v_or_b32_e32 v4, 32, v10
	.loc	1 86 26                         ; fused_moe.py:86:26
	v_or_b32_e32 v2, s49, v1
	v_or_b32_e32 v3, s49, v10
	v_or_b32_e32 v5, s49, v4
	v_lshlrev_b32_e32 v2, 2, v2
	.loc	1 86 18 is_stmt 0               ; fused_moe.py:86:18
	v_or_b32_e32 v6, 0x80, v2
	v_lshlrev_b32_e32 v3, 2, v3
	v_lshlrev_b32_e32 v5, 2, v5
	buffer_load_dword v126, v2, s[24:27], 0 offen
	buffer_load_dword v119, v6, s[24:27], 0 offen
	buffer_load_dword v45, v3, s[24:27], 0 offen
	buffer_load_dword v44, v5, s[24:27], 0 offen
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_or_b64 s[6:7], s[22:23], s[34:35]
	s_cmp_lg_u32 s7, 0
	s_mov_b32 s2, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v8, s22, v10
	v_mov_b32_e32 v9, s23
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr2_vgpr3
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_4
; %bb.3:
	s_ashr_i32 s14, s35, 31
	s_add_u32 s16, s34, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s35, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v2, s14
	v_cvt_f32_u32_e32 v3, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_mov_b32_e32 v13, 0
	v_fmamk_f32 v2, v3, 0x4f800000, v2
	v_rcp_f32_e32 v2, v2
	s_nop 0
	v_mul_f32_e32 v2, 0x5f7ffffc, v2
	v_mul_f32_e32 v3, 0x2f800000, v2
	v_trunc_f32_e32 v3, v3
	v_fmamk_f32 v2, v3, 0xcf800000, v2
	v_cvt_u32_f32_e32 v3, v3
	v_cvt_u32_f32_e32 v2, v2
	v_readfirstlane_b32 s16, v3
	v_readfirstlane_b32 s17, v2
	s_mul_i32 s18, s3, s16
	s_mul_hi_u32 s31, s3, s17
	s_mul_i32 s19, s6, s17
	s_add_i32 s18, s31, s18
	s_add_i32 s18, s18, s19
	s_mul_i32 s38, s3, s17
	s_mul_i32 s31, s17, s18
	s_mul_hi_u32 s39, s17, s38
	s_mul_hi_u32 s19, s17, s18
	s_add_u32 s31, s39, s31
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s39, s16, s38
	s_mul_i32 s38, s16, s38
	s_add_u32 s31, s31, s38
	s_addc_u32 s19, s19, s39
	s_mul_hi_u32 s31, s16, s18
	s_addc_u32 s31, s31, 0
	s_mul_i32 s18, s16, s18
	s_add_u32 s18, s19, s18
	s_addc_u32 s19, 0, s31
	s_add_u32 s17, s17, s18
	s_addc_u32 s16, s16, s19
	s_mul_i32 s18, s3, s17
	s_mul_i32 s38, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s38
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s19, s16, s18
	s_mul_i32 s31, s16, s18
	s_mul_i32 s38, s17, s3
	s_mul_hi_u32 s18, s17, s18
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s18, s18, s38
	s_addc_u32 s6, 0, s6
	s_add_u32 s18, s18, s31
	s_addc_u32 s6, s6, s19
	s_mul_hi_u32 s18, s16, s3
	s_addc_u32 s18, s18, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	v_ashrrev_i32_e32 v2, 31, v9
	s_addc_u32 s6, 0, s18
	v_mov_b32_e32 v3, v2
	s_add_u32 s3, s17, s3
	v_lshl_add_u64 v[6:7], v[8:9], 0, v[2:3]
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v5, v6, v2
	v_xor_b32_e32 v3, v7, v2
	v_mad_u64_u32 v[6:7], s[16:17], v5, s6, 0
	v_mul_hi_u32 v12, v5, s3
	v_lshl_add_u64 v[6:7], v[12:13], 0, v[6:7]
	v_mad_u64_u32 v[12:13], s[16:17], v3, s3, 0
	v_add_co_u32_e32 v6, vcc, v6, v12
	s_nop 1
	v_addc_co_u32_e32 v6, vcc, v7, v13, vcc
	v_mad_u64_u32 v[12:13], s[16:17], v3, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v13, vcc, 0, v13, vcc
	v_mov_b32_e32 v7, s2
	v_lshl_add_u64 v[6:7], v[6:7], 0, v[12:13]
	v_mul_lo_u32 v9, s15, v6
	v_mul_lo_u32 v11, s14, v7
	v_mad_u64_u32 v[6:7], s[2:3], s14, v6, 0
	v_add3_u32 v7, v7, v11, v9
	v_sub_u32_e32 v9, v3, v7
	v_mov_b32_e32 v11, s15
	v_sub_co_u32_e32 v5, vcc, v5, v6
	s_nop 1
	v_subb_co_u32_e64 v6, s[2:3], v9, v11, vcc
	v_subrev_co_u32_e64 v9, s[2:3], s14, v5
	v_subb_co_u32_e32 v3, vcc, v3, v7, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v6, s[2:3], 0, v6, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v6
	v_cmp_le_u32_e32 vcc, s15, v3
	s_nop 0
	v_cndmask_b32_e64 v11, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v9
	v_cndmask_b32_e64 v7, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v5
	v_cndmask_b32_e64 v12, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v6
	s_nop 1
	v_cndmask_b32_e64 v6, v11, v12, s[2:3]
	v_cndmask_b32_e64 v12, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v3
	v_subrev_co_u32_e64 v11, s[2:3], s14, v9
	s_nop 0
	v_cndmask_b32_e32 v3, v7, v12, vcc
	v_cmp_ne_u32_e32 vcc, 0, v6
	s_nop 1
	v_cndmask_b32_e32 v6, v9, v11, vcc
	v_cmp_ne_u32_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v5, v6, vcc
	v_xor_b32_e32 v3, v3, v2
	v_sub_co_u32_e32 v2, vcc, v3, v2
.LBB0_4:                                ; %Flow302
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_saveexec_b64 s[2:3], s[10:11]
	v_cvt_f32_u32_e32 v3, s34
	s_xor_b64 exec, exec, s[2:3]
	s_cbranch_execz .LBB0_6
; %bb.5:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v2, v3
	s_sub_i32 s6, 0, s34
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_cvt_u32_f32_e32 v2, v2
	v_mul_lo_u32 v5, s6, v2
	v_mul_hi_u32 v5, v2, v5
	v_add_u32_e32 v2, v2, v5
	v_mul_hi_u32 v2, v8, v2
	v_mul_lo_u32 v2, v2, s34
	v_sub_u32_e32 v2, v8, v2
	v_subrev_u32_e32 v5, s34, v2
	v_cmp_le_u32_e32 vcc, s34, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v5, vcc
	v_subrev_u32_e32 v5, s34, v2
	v_cmp_le_u32_e32 vcc, s34, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v5, vcc
.LBB0_6:                                ; %.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v6, s22, v4
	v_mov_b32_e32 v7, s23
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr4_vgpr5
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_8
; %bb.7:
	s_ashr_i32 s14, s35, 31
	s_add_u32 s16, s34, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s35, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v4, s14
	v_cvt_f32_u32_e32 v5, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_mov_b32_e32 v13, 0
	v_fmamk_f32 v4, v5, 0x4f800000, v4
	v_rcp_f32_e32 v4, v4
	s_nop 0
	v_mul_f32_e32 v4, 0x5f7ffffc, v4
	v_mul_f32_e32 v5, 0x2f800000, v4
	v_trunc_f32_e32 v5, v5
	v_fmamk_f32 v4, v5, 0xcf800000, v4
	v_cvt_u32_f32_e32 v5, v5
	v_cvt_u32_f32_e32 v4, v4
	v_readfirstlane_b32 s16, v5
	v_readfirstlane_b32 s17, v4
	s_mul_i32 s18, s3, s16
	s_mul_hi_u32 s31, s3, s17
	s_mul_i32 s19, s6, s17
	s_add_i32 s18, s31, s18
	s_add_i32 s18, s18, s19
	s_mul_i32 s38, s3, s17
	s_mul_i32 s31, s17, s18
	s_mul_hi_u32 s39, s17, s38
	s_mul_hi_u32 s19, s17, s18
	s_add_u32 s31, s39, s31
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s39, s16, s38
	s_mul_i32 s38, s16, s38
	s_add_u32 s31, s31, s38
	s_addc_u32 s19, s19, s39
	s_mul_hi_u32 s31, s16, s18
	s_addc_u32 s31, s31, 0
	s_mul_i32 s18, s16, s18
	s_add_u32 s18, s19, s18
	s_addc_u32 s19, 0, s31
	s_add_u32 s17, s17, s18
	s_addc_u32 s16, s16, s19
	s_mul_i32 s18, s3, s17
	s_mul_i32 s38, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s38
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s19, s16, s18
	s_mul_i32 s31, s16, s18
	s_mul_i32 s38, s17, s3
	s_mul_hi_u32 s18, s17, s18
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s18, s18, s38
	s_addc_u32 s6, 0, s6
	s_add_u32 s18, s18, s31
	s_addc_u32 s6, s6, s19
	s_mul_hi_u32 s18, s16, s3
	s_addc_u32 s18, s18, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	v_ashrrev_i32_e32 v4, 31, v7
	s_addc_u32 s6, 0, s18
	v_mov_b32_e32 v5, v4
	s_add_u32 s3, s17, s3
	v_lshl_add_u64 v[6:7], v[6:7], 0, v[4:5]
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v9, v6, v4
	v_xor_b32_e32 v5, v7, v4
	v_mad_u64_u32 v[6:7], s[16:17], v9, s6, 0
	v_mul_hi_u32 v12, v9, s3
	v_lshl_add_u64 v[6:7], v[12:13], 0, v[6:7]
	v_mad_u64_u32 v[12:13], s[16:17], v5, s3, 0
	v_add_co_u32_e32 v6, vcc, v6, v12
	s_nop 1
	v_addc_co_u32_e32 v6, vcc, v7, v13, vcc
	v_mad_u64_u32 v[12:13], s[16:17], v5, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v13, vcc, 0, v13, vcc
	v_mov_b32_e32 v7, s2
	v_lshl_add_u64 v[6:7], v[6:7], 0, v[12:13]
	v_mul_lo_u32 v11, s15, v6
	v_mul_lo_u32 v12, s14, v7
	v_mad_u64_u32 v[6:7], s[2:3], s14, v6, 0
	v_add3_u32 v7, v7, v12, v11
	v_sub_u32_e32 v11, v5, v7
	v_mov_b32_e32 v12, s15
	v_sub_co_u32_e32 v6, vcc, v9, v6
	s_nop 1
	v_subb_co_u32_e64 v9, s[2:3], v11, v12, vcc
	v_subrev_co_u32_e64 v11, s[2:3], s14, v6
	v_subb_co_u32_e32 v5, vcc, v5, v7, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v9, s[2:3], 0, v9, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v9
	v_cmp_le_u32_e32 vcc, s15, v5
	s_nop 0
	v_cndmask_b32_e64 v12, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v11
	v_cndmask_b32_e64 v7, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v6
	v_cndmask_b32_e64 v13, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v9
	s_nop 1
	v_cndmask_b32_e64 v9, v12, v13, s[2:3]
	v_cndmask_b32_e64 v13, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v5
	v_subrev_co_u32_e64 v12, s[2:3], s14, v11
	s_nop 0
	v_cndmask_b32_e32 v5, v7, v13, vcc
	v_cmp_ne_u32_e32 vcc, 0, v9
	s_nop 1
	v_cndmask_b32_e32 v7, v11, v12, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v6, v7, vcc
	v_xor_b32_e32 v5, v5, v4
	v_sub_co_u32_e32 v4, vcc, v5, v4
                                        ; implicit-def: $vgpr6
.LBB0_8:                                ; %Flow301
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_10
; %bb.9:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v4, v3
	s_sub_i32 s6, 0, s34
	v_mul_f32_e32 v4, 0x4f7ffffe, v4
	v_cvt_u32_f32_e32 v4, v4
	v_mul_lo_u32 v5, s6, v4
	v_mul_hi_u32 v5, v4, v5
	v_add_u32_e32 v4, v4, v5
	v_mul_hi_u32 v4, v6, v4
	v_mul_lo_u32 v4, v4, s34
	v_sub_u32_e32 v4, v6, v4
	v_subrev_u32_e32 v5, s34, v4
	v_cmp_le_u32_e32 vcc, s34, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v5, vcc
	v_subrev_u32_e32 v5, s34, v4
	v_cmp_le_u32_e32 vcc, s34, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v5, vcc
.LBB0_10:                               ; %.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v10, v10, s22, 64
	v_mov_b32_e32 v11, s23
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr6_vgpr7
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_12
; %bb.11:
	s_ashr_i32 s14, s35, 31
	s_add_u32 s16, s34, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s35, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v5, s14
	v_cvt_f32_u32_e32 v6, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_mov_b32_e32 v13, 0
	v_fmamk_f32 v5, v6, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	s_nop 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v6, 0x2f800000, v5
	v_trunc_f32_e32 v6, v6
	v_fmamk_f32 v5, v6, 0xcf800000, v5
	v_cvt_u32_f32_e32 v6, v6
	v_cvt_u32_f32_e32 v5, v5
	v_readfirstlane_b32 s16, v6
	v_readfirstlane_b32 s17, v5
	s_mul_i32 s18, s3, s16
	s_mul_hi_u32 s31, s3, s17
	s_mul_i32 s19, s6, s17
	s_add_i32 s18, s31, s18
	s_add_i32 s18, s18, s19
	s_mul_i32 s38, s3, s17
	s_mul_i32 s31, s17, s18
	s_mul_hi_u32 s39, s17, s38
	s_mul_hi_u32 s19, s17, s18
	s_add_u32 s31, s39, s31
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s39, s16, s38
	s_mul_i32 s38, s16, s38
	s_add_u32 s31, s31, s38
	s_addc_u32 s19, s19, s39
	s_mul_hi_u32 s31, s16, s18
	s_addc_u32 s31, s31, 0
	s_mul_i32 s18, s16, s18
	s_add_u32 s18, s19, s18
	s_addc_u32 s19, 0, s31
	s_add_u32 s17, s17, s18
	s_addc_u32 s16, s16, s19
	s_mul_i32 s18, s3, s17
	s_mul_i32 s38, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s38
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s19, s16, s18
	s_mul_i32 s31, s16, s18
	s_mul_i32 s38, s17, s3
	s_mul_hi_u32 s18, s17, s18
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s18, s18, s38
	s_addc_u32 s6, 0, s6
	s_add_u32 s18, s18, s31
	s_addc_u32 s6, s6, s19
	s_mul_hi_u32 s18, s16, s3
	s_addc_u32 s18, s18, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	v_ashrrev_i32_e32 v6, 31, v11
	s_addc_u32 s6, 0, s18
	v_mov_b32_e32 v7, v6
	s_add_u32 s3, s17, s3
	v_lshl_add_u64 v[10:11], v[10:11], 0, v[6:7]
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v7, v10, v6
	v_xor_b32_e32 v5, v11, v6
	v_mad_u64_u32 v[10:11], s[16:17], v7, s6, 0
	v_mul_hi_u32 v12, v7, s3
	v_lshl_add_u64 v[10:11], v[12:13], 0, v[10:11]
	v_mad_u64_u32 v[12:13], s[16:17], v5, s3, 0
	v_add_co_u32_e32 v9, vcc, v10, v12
	s_nop 1
	v_addc_co_u32_e32 v10, vcc, v11, v13, vcc
	v_mad_u64_u32 v[12:13], s[16:17], v5, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v13, vcc, 0, v13, vcc
	v_mov_b32_e32 v11, s2
	v_lshl_add_u64 v[10:11], v[10:11], 0, v[12:13]
	v_mul_lo_u32 v9, s15, v10
	v_mul_lo_u32 v12, s14, v11
	v_mad_u64_u32 v[10:11], s[2:3], s14, v10, 0
	v_add3_u32 v9, v11, v12, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v12, s15
	v_sub_co_u32_e32 v7, vcc, v7, v10
	s_nop 1
	v_subb_co_u32_e64 v10, s[2:3], v11, v12, vcc
	v_subrev_co_u32_e64 v11, s[2:3], s14, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v10, s[2:3], 0, v10, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v10
	v_cmp_le_u32_e32 vcc, s15, v5
	s_nop 0
	v_cndmask_b32_e64 v12, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v11
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v7
	v_cndmask_b32_e64 v13, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v10
	s_nop 1
	v_cndmask_b32_e64 v10, v12, v13, s[2:3]
	v_cndmask_b32_e64 v13, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v5
	v_subrev_co_u32_e64 v12, s[2:3], s14, v11
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v13, vcc
	v_cmp_ne_u32_e32 vcc, 0, v10
                                        ; implicit-def: $vgpr10
	s_nop 1
	v_cndmask_b32_e32 v9, v11, v12, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v6
	v_sub_co_u32_e32 v6, vcc, v5, v6
.LBB0_12:                               ; %Flow300
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_14
; %bb.13:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s6, 0, s34
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v6, s6, v5
	v_mul_hi_u32 v6, v5, v6
	v_add_u32_e32 v5, v5, v6
	v_mul_hi_u32 v5, v10, v5
	v_mul_lo_u32 v5, v5, s34
	v_sub_u32_e32 v5, v10, v5
	v_subrev_u32_e32 v6, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v6, vcc
	v_subrev_u32_e32 v6, s34, v5
	v_cmp_le_u32_e32 vcc, s34, v5
	s_nop 1
	v_cndmask_b32_e32 v6, v5, v6, vcc
.LBB0_14:                               ; %.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v10, 0x60, v8
	v_mov_b32_e32 v11, s23
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr8_vgpr9
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_16
; %bb.15:
	s_ashr_i32 s14, s35, 31
	s_add_u32 s16, s34, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s35, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v5, s14
	v_cvt_f32_u32_e32 v7, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
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
	v_readfirstlane_b32 s16, v7
	v_readfirstlane_b32 s17, v5
	s_mul_i32 s18, s3, s16
	s_mul_hi_u32 s31, s3, s17
	s_mul_i32 s19, s6, s17
	s_add_i32 s18, s31, s18
	s_add_i32 s18, s18, s19
	s_mul_i32 s38, s3, s17
	s_mul_i32 s31, s17, s18
	s_mul_hi_u32 s39, s17, s38
	s_mul_hi_u32 s19, s17, s18
	s_add_u32 s31, s39, s31
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s39, s16, s38
	s_mul_i32 s38, s16, s38
	s_add_u32 s31, s31, s38
	s_addc_u32 s19, s19, s39
	s_mul_hi_u32 s31, s16, s18
	s_addc_u32 s31, s31, 0
	s_mul_i32 s18, s16, s18
	s_add_u32 s18, s19, s18
	s_addc_u32 s19, 0, s31
	s_add_u32 s17, s17, s18
	s_addc_u32 s16, s16, s19
	s_mul_i32 s18, s3, s17
	s_mul_i32 s38, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s38
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s19, s16, s18
	s_mul_i32 s31, s16, s18
	s_mul_i32 s38, s17, s3
	s_mul_hi_u32 s18, s17, s18
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s18, s18, s38
	s_addc_u32 s6, 0, s6
	s_add_u32 s18, s18, s31
	s_addc_u32 s6, s6, s19
	s_mul_hi_u32 s18, s16, s3
	s_addc_u32 s18, s18, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s18
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v7, v10, v8
	v_xor_b32_e32 v5, v11, v8
	v_mad_u64_u32 v[10:11], s[16:17], v7, s6, 0
	v_mul_hi_u32 v12, v7, s3
	v_lshl_add_u64 v[10:11], v[12:13], 0, v[10:11]
	v_mad_u64_u32 v[12:13], s[16:17], v5, s3, 0
	v_add_co_u32_e32 v9, vcc, v10, v12
	s_nop 1
	v_addc_co_u32_e32 v10, vcc, v11, v13, vcc
	v_mad_u64_u32 v[12:13], s[16:17], v5, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v13, vcc, 0, v13, vcc
	v_mov_b32_e32 v11, s2
	v_lshl_add_u64 v[10:11], v[10:11], 0, v[12:13]
	v_mul_lo_u32 v9, s15, v10
	v_mul_lo_u32 v12, s14, v11
	v_mad_u64_u32 v[10:11], s[2:3], s14, v10, 0
	v_add3_u32 v9, v11, v12, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v12, s15
	v_sub_co_u32_e32 v7, vcc, v7, v10
	s_nop 1
	v_subb_co_u32_e64 v10, s[2:3], v11, v12, vcc
	v_subrev_co_u32_e64 v11, s[2:3], s14, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v10, s[2:3], 0, v10, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v10
	v_cmp_le_u32_e32 vcc, s15, v5
	s_nop 0
	v_cndmask_b32_e64 v12, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v11
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v7
	v_cndmask_b32_e64 v13, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v10
	s_nop 1
	v_cndmask_b32_e64 v10, v12, v13, s[2:3]
	v_cndmask_b32_e64 v13, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v5
	v_subrev_co_u32_e64 v12, s[2:3], s14, v11
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
.LBB0_16:                               ; %Flow299
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_18
; %bb.17:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s6, 0, s34
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s6, v5
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
.LBB0_18:                               ; %.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 90 38 is_stmt 1               ; fused_moe.py:90:38
	v_and_b32_e32 v5, 32, v0
	s_lshr_b32 s2, s50, 1
	v_lshrrev_b32_e32 v7, 3, v5
	v_or_b32_e32 v127, s2, v7
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v56, s22, v127
	v_mov_b32_e32 v57, s23
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr10_vgpr11
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_20
; %bb.19:
	s_ashr_i32 s14, s35, 31
	s_add_u32 s16, s34, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s35, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v7, s14
	v_cvt_f32_u32_e32 v9, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v10, 31, v57
	v_fmamk_f32 v7, v9, 0x4f800000, v7
	v_rcp_f32_e32 v7, v7
	v_mov_b32_e32 v11, v10
	v_lshl_add_u64 v[12:13], v[56:57], 0, v[10:11]
	v_mov_b32_e32 v15, 0
	v_mul_f32_e32 v7, 0x5f7ffffc, v7
	v_mul_f32_e32 v9, 0x2f800000, v7
	v_trunc_f32_e32 v9, v9
	v_fmamk_f32 v7, v9, 0xcf800000, v7
	v_cvt_u32_f32_e32 v9, v9
	v_cvt_u32_f32_e32 v7, v7
	v_readfirstlane_b32 s16, v9
	v_readfirstlane_b32 s17, v7
	s_mul_i32 s18, s3, s16
	s_mul_hi_u32 s31, s3, s17
	s_mul_i32 s19, s6, s17
	s_add_i32 s18, s31, s18
	s_add_i32 s18, s18, s19
	s_mul_i32 s38, s3, s17
	s_mul_i32 s31, s17, s18
	s_mul_hi_u32 s39, s17, s38
	s_mul_hi_u32 s19, s17, s18
	s_add_u32 s31, s39, s31
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s39, s16, s38
	s_mul_i32 s38, s16, s38
	s_add_u32 s31, s31, s38
	s_addc_u32 s19, s19, s39
	s_mul_hi_u32 s31, s16, s18
	s_addc_u32 s31, s31, 0
	s_mul_i32 s18, s16, s18
	s_add_u32 s18, s19, s18
	s_addc_u32 s19, 0, s31
	s_add_u32 s17, s17, s18
	s_addc_u32 s16, s16, s19
	s_mul_i32 s18, s3, s17
	s_mul_i32 s38, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s38
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s19, s16, s18
	s_mul_i32 s31, s16, s18
	s_mul_i32 s38, s17, s3
	s_mul_hi_u32 s18, s17, s18
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s18, s18, s38
	s_addc_u32 s6, 0, s6
	s_add_u32 s18, s18, s31
	s_addc_u32 s6, s6, s19
	s_mul_hi_u32 s18, s16, s3
	s_addc_u32 s18, s18, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s18
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v9, v12, v10
	v_xor_b32_e32 v7, v13, v10
	v_mad_u64_u32 v[12:13], s[16:17], v9, s6, 0
	v_mul_hi_u32 v14, v9, s3
	v_lshl_add_u64 v[12:13], v[14:15], 0, v[12:13]
	v_mad_u64_u32 v[14:15], s[16:17], v7, s3, 0
	v_add_co_u32_e32 v11, vcc, v12, v14
	s_nop 1
	v_addc_co_u32_e32 v12, vcc, v13, v15, vcc
	v_mad_u64_u32 v[14:15], s[16:17], v7, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v15, vcc, 0, v15, vcc
	v_mov_b32_e32 v13, s2
	v_lshl_add_u64 v[12:13], v[12:13], 0, v[14:15]
	v_mul_lo_u32 v11, s15, v12
	v_mul_lo_u32 v14, s14, v13
	v_mad_u64_u32 v[12:13], s[2:3], s14, v12, 0
	v_add3_u32 v11, v13, v14, v11
	v_sub_u32_e32 v13, v7, v11
	v_mov_b32_e32 v14, s15
	v_sub_co_u32_e32 v9, vcc, v9, v12
	s_nop 1
	v_subb_co_u32_e64 v12, s[2:3], v13, v14, vcc
	v_subrev_co_u32_e64 v13, s[2:3], s14, v9
	v_subb_co_u32_e32 v7, vcc, v7, v11, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v12, s[2:3], 0, v12, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v12
	v_cmp_le_u32_e32 vcc, s15, v7
	s_nop 0
	v_cndmask_b32_e64 v14, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v13
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v9
	v_cndmask_b32_e64 v15, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v12
	s_nop 1
	v_cndmask_b32_e64 v12, v14, v15, s[2:3]
	v_cndmask_b32_e64 v15, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v7
	v_subrev_co_u32_e64 v14, s[2:3], s14, v13
	s_nop 0
	v_cndmask_b32_e32 v7, v11, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v12
	s_nop 1
	v_cndmask_b32_e32 v11, v13, v14, vcc
	v_cmp_ne_u32_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v9, v11, vcc
	v_xor_b32_e32 v7, v7, v10
	v_sub_co_u32_e32 v10, vcc, v7, v10
.LBB0_20:                               ; %Flow298
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_22
; %bb.21:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v7, v3
	s_sub_i32 s6, 0, s34
	v_mul_f32_e32 v7, 0x4f7ffffe, v7
	v_cvt_u32_f32_e32 v7, v7
	v_mul_lo_u32 v9, s6, v7
	v_mul_hi_u32 v9, v7, v9
	v_add_u32_e32 v7, v7, v9
	v_mul_hi_u32 v7, v56, v7
	v_mul_lo_u32 v7, v7, s34
	v_sub_u32_e32 v7, v56, v7
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v7, v9, vcc
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v10, v7, v9, vcc
.LBB0_22:                               ; %.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v14, v127, s22, 1
	v_mov_b32_e32 v15, s23
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr12_vgpr13
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_24
; %bb.23:
	s_ashr_i32 s14, s35, 31
	s_add_u32 s16, s34, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s35, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v7, s14
	v_cvt_f32_u32_e32 v9, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v12, 31, v15
	v_fmamk_f32 v7, v9, 0x4f800000, v7
	v_rcp_f32_e32 v7, v7
	v_mov_b32_e32 v13, v12
	v_lshl_add_u64 v[14:15], v[14:15], 0, v[12:13]
	v_mov_b32_e32 v17, 0
	v_mul_f32_e32 v7, 0x5f7ffffc, v7
	v_mul_f32_e32 v9, 0x2f800000, v7
	v_trunc_f32_e32 v9, v9
	v_fmamk_f32 v7, v9, 0xcf800000, v7
	v_cvt_u32_f32_e32 v9, v9
	v_cvt_u32_f32_e32 v7, v7
	v_readfirstlane_b32 s16, v9
	v_readfirstlane_b32 s17, v7
	s_mul_i32 s18, s3, s16
	s_mul_hi_u32 s31, s3, s17
	s_mul_i32 s19, s6, s17
	s_add_i32 s18, s31, s18
	s_add_i32 s18, s18, s19
	s_mul_i32 s38, s3, s17
	s_mul_i32 s31, s17, s18
	s_mul_hi_u32 s39, s17, s38
	s_mul_hi_u32 s19, s17, s18
	s_add_u32 s31, s39, s31
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s39, s16, s38
	s_mul_i32 s38, s16, s38
	s_add_u32 s31, s31, s38
	s_addc_u32 s19, s19, s39
	s_mul_hi_u32 s31, s16, s18
	s_addc_u32 s31, s31, 0
	s_mul_i32 s18, s16, s18
	s_add_u32 s18, s19, s18
	s_addc_u32 s19, 0, s31
	s_add_u32 s17, s17, s18
	s_addc_u32 s16, s16, s19
	s_mul_i32 s18, s3, s17
	s_mul_i32 s38, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s38
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s19, s16, s18
	s_mul_i32 s31, s16, s18
	s_mul_i32 s38, s17, s3
	s_mul_hi_u32 s18, s17, s18
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s18, s18, s38
	s_addc_u32 s6, 0, s6
	s_add_u32 s18, s18, s31
	s_addc_u32 s6, s6, s19
	s_mul_hi_u32 s18, s16, s3
	s_addc_u32 s18, s18, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s18
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v9, v14, v12
	v_xor_b32_e32 v7, v15, v12
	v_mad_u64_u32 v[14:15], s[16:17], v9, s6, 0
	v_mul_hi_u32 v16, v9, s3
	v_lshl_add_u64 v[14:15], v[16:17], 0, v[14:15]
	v_mad_u64_u32 v[16:17], s[16:17], v7, s3, 0
	v_add_co_u32_e32 v11, vcc, v14, v16
	s_nop 1
	v_addc_co_u32_e32 v14, vcc, v15, v17, vcc
	v_mad_u64_u32 v[16:17], s[16:17], v7, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v17, vcc, 0, v17, vcc
	v_mov_b32_e32 v15, s2
	v_lshl_add_u64 v[14:15], v[14:15], 0, v[16:17]
	v_mul_lo_u32 v11, s15, v14
	v_mul_lo_u32 v13, s14, v15
	v_mad_u64_u32 v[14:15], s[2:3], s14, v14, 0
	v_add3_u32 v11, v15, v13, v11
	v_sub_u32_e32 v13, v7, v11
	v_mov_b32_e32 v15, s15
	v_sub_co_u32_e32 v9, vcc, v9, v14
	s_nop 1
	v_subb_co_u32_e64 v13, s[2:3], v13, v15, vcc
	v_subrev_co_u32_e64 v14, s[2:3], s14, v9
	v_subb_co_u32_e32 v7, vcc, v7, v11, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v13, s[2:3], 0, v13, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v13
	v_cmp_le_u32_e32 vcc, s15, v7
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v14
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v9
	v_cndmask_b32_e64 v16, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v13
	s_nop 1
	v_cndmask_b32_e64 v13, v15, v16, s[2:3]
	v_cndmask_b32_e64 v16, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v7
	v_subrev_co_u32_e64 v15, s[2:3], s14, v14
	s_nop 0
	v_cndmask_b32_e32 v7, v11, v16, vcc
	v_cmp_ne_u32_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v11, v14, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v7
                                        ; implicit-def: $vgpr14
	s_nop 1
	v_cndmask_b32_e32 v7, v9, v11, vcc
	v_xor_b32_e32 v7, v7, v12
	v_sub_co_u32_e32 v12, vcc, v7, v12
.LBB0_24:                               ; %Flow297
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_26
; %bb.25:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v7, v3
	s_sub_i32 s6, 0, s34
	v_mul_f32_e32 v7, 0x4f7ffffe, v7
	v_cvt_u32_f32_e32 v7, v7
	v_mul_lo_u32 v9, s6, v7
	v_mul_hi_u32 v9, v7, v9
	v_add_u32_e32 v7, v7, v9
	v_mul_hi_u32 v7, v14, v7
	v_mul_lo_u32 v7, v7, s34
	v_sub_u32_e32 v7, v14, v7
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v7, v9, vcc
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v12, v7, v9, vcc
.LBB0_26:                               ; %.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v16, v127, s22, 2
	v_mov_b32_e32 v17, s23
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr14_vgpr15
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_28
; %bb.27:
	s_ashr_i32 s14, s35, 31
	s_add_u32 s16, s34, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s35, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v7, s14
	v_cvt_f32_u32_e32 v9, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v14, 31, v17
	v_fmamk_f32 v7, v9, 0x4f800000, v7
	v_rcp_f32_e32 v7, v7
	v_mov_b32_e32 v15, v14
	v_lshl_add_u64 v[16:17], v[16:17], 0, v[14:15]
	v_mov_b32_e32 v19, 0
	v_mul_f32_e32 v7, 0x5f7ffffc, v7
	v_mul_f32_e32 v9, 0x2f800000, v7
	v_trunc_f32_e32 v9, v9
	v_fmamk_f32 v7, v9, 0xcf800000, v7
	v_cvt_u32_f32_e32 v9, v9
	v_cvt_u32_f32_e32 v7, v7
	v_mov_b32_e32 v15, s15
	v_readfirstlane_b32 s16, v9
	v_readfirstlane_b32 s17, v7
	s_mul_i32 s18, s3, s16
	s_mul_hi_u32 s31, s3, s17
	s_mul_i32 s19, s6, s17
	s_add_i32 s18, s31, s18
	s_add_i32 s18, s18, s19
	s_mul_i32 s38, s3, s17
	s_mul_i32 s31, s17, s18
	s_mul_hi_u32 s39, s17, s38
	s_mul_hi_u32 s19, s17, s18
	s_add_u32 s31, s39, s31
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s39, s16, s38
	s_mul_i32 s38, s16, s38
	s_add_u32 s31, s31, s38
	s_addc_u32 s19, s19, s39
	s_mul_hi_u32 s31, s16, s18
	s_addc_u32 s31, s31, 0
	s_mul_i32 s18, s16, s18
	s_add_u32 s18, s19, s18
	s_addc_u32 s19, 0, s31
	s_add_u32 s17, s17, s18
	s_addc_u32 s16, s16, s19
	s_mul_i32 s18, s3, s17
	s_mul_i32 s38, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s38
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s19, s16, s18
	s_mul_i32 s31, s16, s18
	s_mul_i32 s38, s17, s3
	s_mul_hi_u32 s18, s17, s18
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s18, s18, s38
	s_addc_u32 s6, 0, s6
	s_add_u32 s18, s18, s31
	s_addc_u32 s6, s6, s19
	s_mul_hi_u32 s18, s16, s3
	s_addc_u32 s18, s18, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s18
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v9, v16, v14
	v_xor_b32_e32 v7, v17, v14
	v_mad_u64_u32 v[16:17], s[16:17], v9, s6, 0
	v_mul_hi_u32 v18, v9, s3
	v_lshl_add_u64 v[16:17], v[18:19], 0, v[16:17]
	v_mad_u64_u32 v[18:19], s[16:17], v7, s3, 0
	v_add_co_u32_e32 v11, vcc, v16, v18
	s_nop 1
	v_addc_co_u32_e32 v16, vcc, v17, v19, vcc
	v_mad_u64_u32 v[18:19], s[16:17], v7, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v19, vcc, 0, v19, vcc
	v_mov_b32_e32 v17, s2
	v_lshl_add_u64 v[16:17], v[16:17], 0, v[18:19]
	v_mul_lo_u32 v11, s15, v16
	v_mul_lo_u32 v13, s14, v17
	v_mad_u64_u32 v[16:17], s[2:3], s14, v16, 0
	v_add3_u32 v11, v17, v13, v11
	v_sub_u32_e32 v13, v7, v11
	v_sub_co_u32_e32 v9, vcc, v9, v16
	s_nop 1
	v_subb_co_u32_e64 v13, s[2:3], v13, v15, vcc
	v_subrev_co_u32_e64 v15, s[2:3], s14, v9
	v_subb_co_u32_e32 v7, vcc, v7, v11, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v13, s[2:3], 0, v13, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v13
	v_cmp_le_u32_e32 vcc, s15, v7
	s_nop 0
	v_cndmask_b32_e64 v16, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v15
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v9
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v13
	s_nop 1
	v_cndmask_b32_e64 v13, v16, v17, s[2:3]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v7
	v_subrev_co_u32_e64 v16, s[2:3], s14, v15
	s_nop 0
	v_cndmask_b32_e32 v7, v11, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v11, v15, v16, vcc
	v_cmp_ne_u32_e32 vcc, 0, v7
                                        ; implicit-def: $vgpr16
	s_nop 1
	v_cndmask_b32_e32 v7, v9, v11, vcc
	v_xor_b32_e32 v7, v7, v14
	v_sub_co_u32_e32 v14, vcc, v7, v14
.LBB0_28:                               ; %Flow296
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_30
; %bb.29:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v7, v3
	s_sub_i32 s6, 0, s34
	v_mul_f32_e32 v7, 0x4f7ffffe, v7
	v_cvt_u32_f32_e32 v7, v7
	v_mul_lo_u32 v9, s6, v7
	v_mul_hi_u32 v9, v7, v9
	v_add_u32_e32 v7, v7, v9
	v_mul_hi_u32 v7, v16, v7
	v_mul_lo_u32 v7, v7, s34
	v_sub_u32_e32 v7, v16, v7
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v7, v9, vcc
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v14, v7, v9, vcc
.LBB0_30:                               ; %.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v18, v127, s22, 3
	v_mov_b32_e32 v19, s23
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr16_vgpr17
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_32
; %bb.31:
	s_ashr_i32 s14, s35, 31
	s_add_u32 s16, s34, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s35, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v7, s14
	v_cvt_f32_u32_e32 v9, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v16, 31, v19
	v_fmamk_f32 v7, v9, 0x4f800000, v7
	v_rcp_f32_e32 v7, v7
	v_mov_b32_e32 v17, v16
	v_lshl_add_u64 v[18:19], v[18:19], 0, v[16:17]
	v_mov_b32_e32 v21, 0
	v_mul_f32_e32 v7, 0x5f7ffffc, v7
	v_mul_f32_e32 v9, 0x2f800000, v7
	v_trunc_f32_e32 v9, v9
	v_fmamk_f32 v7, v9, 0xcf800000, v7
	v_cvt_u32_f32_e32 v9, v9
	v_cvt_u32_f32_e32 v7, v7
	v_mov_b32_e32 v15, s15
	v_readfirstlane_b32 s16, v9
	v_readfirstlane_b32 s17, v7
	s_mul_i32 s18, s3, s16
	s_mul_hi_u32 s31, s3, s17
	s_mul_i32 s19, s6, s17
	s_add_i32 s18, s31, s18
	s_add_i32 s18, s18, s19
	s_mul_i32 s38, s3, s17
	s_mul_i32 s31, s17, s18
	s_mul_hi_u32 s39, s17, s38
	s_mul_hi_u32 s19, s17, s18
	s_add_u32 s31, s39, s31
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s39, s16, s38
	s_mul_i32 s38, s16, s38
	s_add_u32 s31, s31, s38
	s_addc_u32 s19, s19, s39
	s_mul_hi_u32 s31, s16, s18
	s_addc_u32 s31, s31, 0
	s_mul_i32 s18, s16, s18
	s_add_u32 s18, s19, s18
	s_addc_u32 s19, 0, s31
	s_add_u32 s17, s17, s18
	s_addc_u32 s16, s16, s19
	s_mul_i32 s18, s3, s17
	s_mul_i32 s38, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s38
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s19, s16, s18
	s_mul_i32 s31, s16, s18
	s_mul_i32 s38, s17, s3
	s_mul_hi_u32 s18, s17, s18
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s18, s18, s38
	s_addc_u32 s6, 0, s6
	s_add_u32 s18, s18, s31
	s_addc_u32 s6, s6, s19
	s_mul_hi_u32 s18, s16, s3
	s_addc_u32 s18, s18, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s18
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v9, v18, v16
	v_xor_b32_e32 v7, v19, v16
	v_mad_u64_u32 v[18:19], s[16:17], v9, s6, 0
	v_mul_hi_u32 v20, v9, s3
	v_lshl_add_u64 v[18:19], v[20:21], 0, v[18:19]
	v_mad_u64_u32 v[20:21], s[16:17], v7, s3, 0
	v_add_co_u32_e32 v11, vcc, v18, v20
	s_nop 1
	v_addc_co_u32_e32 v18, vcc, v19, v21, vcc
	v_mad_u64_u32 v[20:21], s[16:17], v7, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v21, vcc, 0, v21, vcc
	v_mov_b32_e32 v19, s2
	v_lshl_add_u64 v[18:19], v[18:19], 0, v[20:21]
	v_mul_lo_u32 v11, s15, v18
	v_mul_lo_u32 v13, s14, v19
	v_mad_u64_u32 v[18:19], s[2:3], s14, v18, 0
	v_add3_u32 v11, v19, v13, v11
	v_sub_u32_e32 v13, v7, v11
	v_sub_co_u32_e32 v9, vcc, v9, v18
	s_nop 1
	v_subb_co_u32_e64 v13, s[2:3], v13, v15, vcc
	v_subrev_co_u32_e64 v15, s[2:3], s14, v9
	v_subb_co_u32_e32 v7, vcc, v7, v11, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v13, s[2:3], 0, v13, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v13
	v_cmp_le_u32_e32 vcc, s15, v7
	s_nop 0
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v15
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v9
	v_cndmask_b32_e64 v18, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v13
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v18, s[2:3]
	v_cndmask_b32_e64 v18, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v7
	v_subrev_co_u32_e64 v17, s[2:3], s14, v15
	s_nop 0
	v_cndmask_b32_e32 v7, v11, v18, vcc
	v_cmp_ne_u32_e32 vcc, 0, v13
                                        ; implicit-def: $vgpr18
	s_nop 1
	v_cndmask_b32_e32 v11, v15, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v9, v11, vcc
	v_xor_b32_e32 v7, v7, v16
	v_sub_co_u32_e32 v16, vcc, v7, v16
.LBB0_32:                               ; %Flow295
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_34
; %bb.33:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v7, v3
	s_sub_i32 s6, 0, s34
	v_mul_f32_e32 v7, 0x4f7ffffe, v7
	v_cvt_u32_f32_e32 v7, v7
	v_mul_lo_u32 v9, s6, v7
	v_mul_hi_u32 v9, v7, v9
	v_add_u32_e32 v7, v7, v9
	v_mul_hi_u32 v7, v18, v7
	v_mul_lo_u32 v7, v7, s34
	v_sub_u32_e32 v7, v18, v7
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v7, v9, vcc
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v16, v7, v9, vcc
.LBB0_34:                               ; %.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 90 38 is_stmt 1               ; fused_moe.py:90:38
	v_or_b32_e32 v128, 8, v127
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v20, s22, v128
	v_mov_b32_e32 v21, s23
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr18_vgpr19
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_36
; %bb.35:
	s_ashr_i32 s14, s35, 31
	s_add_u32 s16, s34, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s35, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v7, s14
	v_cvt_f32_u32_e32 v9, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v18, 31, v21
	v_fmamk_f32 v7, v9, 0x4f800000, v7
	v_rcp_f32_e32 v7, v7
	v_mov_b32_e32 v19, v18
	v_lshl_add_u64 v[20:21], v[20:21], 0, v[18:19]
	v_mov_b32_e32 v23, 0
	v_mul_f32_e32 v7, 0x5f7ffffc, v7
	v_mul_f32_e32 v9, 0x2f800000, v7
	v_trunc_f32_e32 v9, v9
	v_fmamk_f32 v7, v9, 0xcf800000, v7
	v_cvt_u32_f32_e32 v9, v9
	v_cvt_u32_f32_e32 v7, v7
	v_mov_b32_e32 v15, s15
	v_readfirstlane_b32 s16, v9
	v_readfirstlane_b32 s17, v7
	s_mul_i32 s18, s3, s16
	s_mul_hi_u32 s31, s3, s17
	s_mul_i32 s19, s6, s17
	s_add_i32 s18, s31, s18
	s_add_i32 s18, s18, s19
	s_mul_i32 s38, s3, s17
	s_mul_i32 s31, s17, s18
	s_mul_hi_u32 s39, s17, s38
	s_mul_hi_u32 s19, s17, s18
	s_add_u32 s31, s39, s31
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s39, s16, s38
	s_mul_i32 s38, s16, s38
	s_add_u32 s31, s31, s38
	s_addc_u32 s19, s19, s39
	s_mul_hi_u32 s31, s16, s18
	s_addc_u32 s31, s31, 0
	s_mul_i32 s18, s16, s18
	s_add_u32 s18, s19, s18
	s_addc_u32 s19, 0, s31
	s_add_u32 s17, s17, s18
	s_addc_u32 s16, s16, s19
	s_mul_i32 s18, s3, s17
	s_mul_i32 s38, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s38
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s19, s16, s18
	s_mul_i32 s31, s16, s18
	s_mul_i32 s38, s17, s3
	s_mul_hi_u32 s18, s17, s18
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s18, s18, s38
	s_addc_u32 s6, 0, s6
	s_add_u32 s18, s18, s31
	s_addc_u32 s6, s6, s19
	s_mul_hi_u32 s18, s16, s3
	s_addc_u32 s18, s18, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s18
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v9, v20, v18
	v_xor_b32_e32 v7, v21, v18
	v_mad_u64_u32 v[20:21], s[16:17], v9, s6, 0
	v_mul_hi_u32 v22, v9, s3
	v_lshl_add_u64 v[20:21], v[22:23], 0, v[20:21]
	v_mad_u64_u32 v[22:23], s[16:17], v7, s3, 0
	v_add_co_u32_e32 v11, vcc, v20, v22
	s_nop 1
	v_addc_co_u32_e32 v20, vcc, v21, v23, vcc
	v_mad_u64_u32 v[22:23], s[16:17], v7, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v23, vcc, 0, v23, vcc
	v_mov_b32_e32 v21, s2
	v_lshl_add_u64 v[20:21], v[20:21], 0, v[22:23]
	v_mul_lo_u32 v11, s15, v20
	v_mul_lo_u32 v13, s14, v21
	v_mad_u64_u32 v[20:21], s[2:3], s14, v20, 0
	v_add3_u32 v11, v21, v13, v11
	v_sub_u32_e32 v13, v7, v11
	v_sub_co_u32_e32 v9, vcc, v9, v20
                                        ; implicit-def: $vgpr20
	s_nop 1
	v_subb_co_u32_e64 v13, s[2:3], v13, v15, vcc
	v_subrev_co_u32_e64 v15, s[2:3], s14, v9
	v_subb_co_u32_e32 v7, vcc, v7, v11, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v13, s[2:3], 0, v13, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v13
	v_cmp_le_u32_e32 vcc, s15, v7
	s_nop 0
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v15
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v9
	v_cndmask_b32_e64 v19, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v13
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v19, s[2:3]
	v_cndmask_b32_e64 v19, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v7
	v_subrev_co_u32_e64 v17, s[2:3], s14, v15
	s_nop 0
	v_cndmask_b32_e32 v7, v11, v19, vcc
	v_cmp_ne_u32_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v11, v15, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v9, v11, vcc
	v_xor_b32_e32 v7, v7, v18
	v_sub_co_u32_e32 v18, vcc, v7, v18
.LBB0_36:                               ; %Flow294
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_38
; %bb.37:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v7, v3
	s_sub_i32 s6, 0, s34
	v_mul_f32_e32 v7, 0x4f7ffffe, v7
	v_cvt_u32_f32_e32 v7, v7
	v_mul_lo_u32 v9, s6, v7
	v_mul_hi_u32 v9, v7, v9
	v_add_u32_e32 v7, v7, v9
	v_mul_hi_u32 v7, v20, v7
	v_mul_lo_u32 v7, v7, s34
	v_sub_u32_e32 v7, v20, v7
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v7, v9, vcc
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v18, v7, v9, vcc
.LBB0_38:                               ; %.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v22, v127, s22, 9
	v_mov_b32_e32 v23, s23
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr20_vgpr21
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_40
; %bb.39:
	s_ashr_i32 s14, s35, 31
	s_add_u32 s16, s34, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s35, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v7, s14
	v_cvt_f32_u32_e32 v9, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v20, 31, v23
	v_fmamk_f32 v7, v9, 0x4f800000, v7
	v_rcp_f32_e32 v7, v7
	v_mov_b32_e32 v21, v20
	v_lshl_add_u64 v[22:23], v[22:23], 0, v[20:21]
	v_mov_b32_e32 v25, 0
	v_mul_f32_e32 v7, 0x5f7ffffc, v7
	v_mul_f32_e32 v9, 0x2f800000, v7
	v_trunc_f32_e32 v9, v9
	v_fmamk_f32 v7, v9, 0xcf800000, v7
	v_cvt_u32_f32_e32 v9, v9
	v_cvt_u32_f32_e32 v7, v7
	v_mov_b32_e32 v15, s15
	v_readfirstlane_b32 s16, v9
	v_readfirstlane_b32 s17, v7
	s_mul_i32 s18, s3, s16
	s_mul_hi_u32 s31, s3, s17
	s_mul_i32 s19, s6, s17
	s_add_i32 s18, s31, s18
	s_add_i32 s18, s18, s19
	s_mul_i32 s38, s3, s17
	s_mul_i32 s31, s17, s18
	s_mul_hi_u32 s39, s17, s38
	s_mul_hi_u32 s19, s17, s18
	s_add_u32 s31, s39, s31
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s39, s16, s38
	s_mul_i32 s38, s16, s38
	s_add_u32 s31, s31, s38
	s_addc_u32 s19, s19, s39
	s_mul_hi_u32 s31, s16, s18
	s_addc_u32 s31, s31, 0
	s_mul_i32 s18, s16, s18
	s_add_u32 s18, s19, s18
	s_addc_u32 s19, 0, s31
	s_add_u32 s17, s17, s18
	s_addc_u32 s16, s16, s19
	s_mul_i32 s18, s3, s17
	s_mul_i32 s38, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s38
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s19, s16, s18
	s_mul_i32 s31, s16, s18
	s_mul_i32 s38, s17, s3
	s_mul_hi_u32 s18, s17, s18
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s18, s18, s38
	s_addc_u32 s6, 0, s6
	s_add_u32 s18, s18, s31
	s_addc_u32 s6, s6, s19
	s_mul_hi_u32 s18, s16, s3
	s_addc_u32 s18, s18, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s18
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v9, v22, v20
	v_xor_b32_e32 v7, v23, v20
	v_mad_u64_u32 v[22:23], s[16:17], v9, s6, 0
	v_mul_hi_u32 v24, v9, s3
	v_lshl_add_u64 v[22:23], v[24:25], 0, v[22:23]
	v_mad_u64_u32 v[24:25], s[16:17], v7, s3, 0
	v_add_co_u32_e32 v11, vcc, v22, v24
	s_nop 1
	v_addc_co_u32_e32 v22, vcc, v23, v25, vcc
	v_mad_u64_u32 v[24:25], s[16:17], v7, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v25, vcc, 0, v25, vcc
	v_mov_b32_e32 v23, s2
	v_lshl_add_u64 v[22:23], v[22:23], 0, v[24:25]
	v_mul_lo_u32 v11, s15, v22
	v_mul_lo_u32 v13, s14, v23
	v_mad_u64_u32 v[22:23], s[2:3], s14, v22, 0
	v_add3_u32 v11, v23, v13, v11
	v_sub_u32_e32 v13, v7, v11
	v_sub_co_u32_e32 v9, vcc, v9, v22
                                        ; implicit-def: $vgpr22
	s_nop 1
	v_subb_co_u32_e64 v13, s[2:3], v13, v15, vcc
	v_subrev_co_u32_e64 v15, s[2:3], s14, v9
	v_subb_co_u32_e32 v7, vcc, v7, v11, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v13, s[2:3], 0, v13, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v13
	v_cmp_le_u32_e32 vcc, s15, v7
	s_nop 0
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v15
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v9
	v_cndmask_b32_e64 v19, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v13
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v19, s[2:3]
	v_cndmask_b32_e64 v19, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v7
	v_subrev_co_u32_e64 v17, s[2:3], s14, v15
	s_nop 0
	v_cndmask_b32_e32 v7, v11, v19, vcc
	v_cmp_ne_u32_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v11, v15, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v9, v11, vcc
	v_xor_b32_e32 v7, v7, v20
	v_sub_co_u32_e32 v20, vcc, v7, v20
.LBB0_40:                               ; %Flow293
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_42
; %bb.41:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v7, v3
	s_sub_i32 s6, 0, s34
	v_mul_f32_e32 v7, 0x4f7ffffe, v7
	v_cvt_u32_f32_e32 v7, v7
	v_mul_lo_u32 v9, s6, v7
	v_mul_hi_u32 v9, v7, v9
	v_add_u32_e32 v7, v7, v9
	v_mul_hi_u32 v7, v22, v7
	v_mul_lo_u32 v7, v7, s34
	v_sub_u32_e32 v7, v22, v7
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v7, v9, vcc
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v20, v7, v9, vcc
.LBB0_42:                               ; %.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v24, v127, s22, 10
	v_mov_b32_e32 v25, s23
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr22_vgpr23
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_44
; %bb.43:
	s_ashr_i32 s14, s35, 31
	s_add_u32 s16, s34, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s35, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v7, s14
	v_cvt_f32_u32_e32 v9, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v22, 31, v25
	v_fmamk_f32 v7, v9, 0x4f800000, v7
	v_rcp_f32_e32 v7, v7
	v_mov_b32_e32 v23, v22
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[22:23]
	v_mov_b32_e32 v27, 0
	v_mul_f32_e32 v7, 0x5f7ffffc, v7
	v_mul_f32_e32 v9, 0x2f800000, v7
	v_trunc_f32_e32 v9, v9
	v_fmamk_f32 v7, v9, 0xcf800000, v7
	v_cvt_u32_f32_e32 v9, v9
	v_cvt_u32_f32_e32 v7, v7
	v_mov_b32_e32 v15, s15
	v_readfirstlane_b32 s16, v9
	v_readfirstlane_b32 s17, v7
	s_mul_i32 s18, s3, s16
	s_mul_hi_u32 s31, s3, s17
	s_mul_i32 s19, s6, s17
	s_add_i32 s18, s31, s18
	s_add_i32 s18, s18, s19
	s_mul_i32 s38, s3, s17
	s_mul_i32 s31, s17, s18
	s_mul_hi_u32 s39, s17, s38
	s_mul_hi_u32 s19, s17, s18
	s_add_u32 s31, s39, s31
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s39, s16, s38
	s_mul_i32 s38, s16, s38
	s_add_u32 s31, s31, s38
	s_addc_u32 s19, s19, s39
	s_mul_hi_u32 s31, s16, s18
	s_addc_u32 s31, s31, 0
	s_mul_i32 s18, s16, s18
	s_add_u32 s18, s19, s18
	s_addc_u32 s19, 0, s31
	s_add_u32 s17, s17, s18
	s_addc_u32 s16, s16, s19
	s_mul_i32 s18, s3, s17
	s_mul_i32 s38, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s38
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s19, s16, s18
	s_mul_i32 s31, s16, s18
	s_mul_i32 s38, s17, s3
	s_mul_hi_u32 s18, s17, s18
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s18, s18, s38
	s_addc_u32 s6, 0, s6
	s_add_u32 s18, s18, s31
	s_addc_u32 s6, s6, s19
	s_mul_hi_u32 s18, s16, s3
	s_addc_u32 s18, s18, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s18
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v9, v24, v22
	v_xor_b32_e32 v7, v25, v22
	v_mad_u64_u32 v[24:25], s[16:17], v9, s6, 0
	v_mul_hi_u32 v26, v9, s3
	v_lshl_add_u64 v[24:25], v[26:27], 0, v[24:25]
	v_mad_u64_u32 v[26:27], s[16:17], v7, s3, 0
	v_add_co_u32_e32 v11, vcc, v24, v26
	s_nop 1
	v_addc_co_u32_e32 v24, vcc, v25, v27, vcc
	v_mad_u64_u32 v[26:27], s[16:17], v7, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v27, vcc, 0, v27, vcc
	v_mov_b32_e32 v25, s2
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[26:27]
	v_mul_lo_u32 v11, s15, v24
	v_mul_lo_u32 v13, s14, v25
	v_mad_u64_u32 v[24:25], s[2:3], s14, v24, 0
	v_add3_u32 v11, v25, v13, v11
	v_sub_u32_e32 v13, v7, v11
	v_sub_co_u32_e32 v9, vcc, v9, v24
                                        ; implicit-def: $vgpr24
	s_nop 1
	v_subb_co_u32_e64 v13, s[2:3], v13, v15, vcc
	v_subrev_co_u32_e64 v15, s[2:3], s14, v9
	v_subb_co_u32_e32 v7, vcc, v7, v11, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v13, s[2:3], 0, v13, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v13
	v_cmp_le_u32_e32 vcc, s15, v7
	s_nop 0
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v15
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v9
	v_cndmask_b32_e64 v19, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v13
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v19, s[2:3]
	v_cndmask_b32_e64 v19, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v7
	v_subrev_co_u32_e64 v17, s[2:3], s14, v15
	s_nop 0
	v_cndmask_b32_e32 v7, v11, v19, vcc
	v_cmp_ne_u32_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v11, v15, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v9, v11, vcc
	v_xor_b32_e32 v7, v7, v22
	v_sub_co_u32_e32 v22, vcc, v7, v22
.LBB0_44:                               ; %Flow292
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_46
; %bb.45:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v7, v3
	s_sub_i32 s6, 0, s34
	v_mul_f32_e32 v7, 0x4f7ffffe, v7
	v_cvt_u32_f32_e32 v7, v7
	v_mul_lo_u32 v9, s6, v7
	v_mul_hi_u32 v9, v7, v9
	v_add_u32_e32 v7, v7, v9
	v_mul_hi_u32 v7, v24, v7
	v_mul_lo_u32 v7, v7, s34
	v_sub_u32_e32 v7, v24, v7
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v7, v9, vcc
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v22, v7, v9, vcc
.LBB0_46:                               ; %.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v26, v127, s22, 11
	v_mov_b32_e32 v27, s23
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr24_vgpr25
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_48
; %bb.47:
	s_ashr_i32 s14, s35, 31
	s_add_u32 s16, s34, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s35, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v7, s14
	v_cvt_f32_u32_e32 v9, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v24, 31, v27
	v_fmamk_f32 v7, v9, 0x4f800000, v7
	v_rcp_f32_e32 v7, v7
	v_mov_b32_e32 v25, v24
	v_lshl_add_u64 v[26:27], v[26:27], 0, v[24:25]
	v_mov_b32_e32 v29, 0
	v_mul_f32_e32 v7, 0x5f7ffffc, v7
	v_mul_f32_e32 v9, 0x2f800000, v7
	v_trunc_f32_e32 v9, v9
	v_fmamk_f32 v7, v9, 0xcf800000, v7
	v_cvt_u32_f32_e32 v9, v9
	v_cvt_u32_f32_e32 v7, v7
	v_mov_b32_e32 v15, s15
	v_readfirstlane_b32 s16, v9
	v_readfirstlane_b32 s17, v7
	s_mul_i32 s18, s3, s16
	s_mul_hi_u32 s31, s3, s17
	s_mul_i32 s19, s6, s17
	s_add_i32 s18, s31, s18
	s_add_i32 s18, s18, s19
	s_mul_i32 s38, s3, s17
	s_mul_i32 s31, s17, s18
	s_mul_hi_u32 s39, s17, s38
	s_mul_hi_u32 s19, s17, s18
	s_add_u32 s31, s39, s31
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s39, s16, s38
	s_mul_i32 s38, s16, s38
	s_add_u32 s31, s31, s38
	s_addc_u32 s19, s19, s39
	s_mul_hi_u32 s31, s16, s18
	s_addc_u32 s31, s31, 0
	s_mul_i32 s18, s16, s18
	s_add_u32 s18, s19, s18
	s_addc_u32 s19, 0, s31
	s_add_u32 s17, s17, s18
	s_addc_u32 s16, s16, s19
	s_mul_i32 s18, s3, s17
	s_mul_i32 s38, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s38
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s19, s16, s18
	s_mul_i32 s31, s16, s18
	s_mul_i32 s38, s17, s3
	s_mul_hi_u32 s18, s17, s18
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s18, s18, s38
	s_addc_u32 s6, 0, s6
	s_add_u32 s18, s18, s31
	s_addc_u32 s6, s6, s19
	s_mul_hi_u32 s18, s16, s3
	s_addc_u32 s18, s18, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s18
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v9, v26, v24
	v_xor_b32_e32 v7, v27, v24
	v_mad_u64_u32 v[26:27], s[16:17], v9, s6, 0
	v_mul_hi_u32 v28, v9, s3
	v_lshl_add_u64 v[26:27], v[28:29], 0, v[26:27]
	v_mad_u64_u32 v[28:29], s[16:17], v7, s3, 0
	v_add_co_u32_e32 v11, vcc, v26, v28
	s_nop 1
	v_addc_co_u32_e32 v26, vcc, v27, v29, vcc
	v_mad_u64_u32 v[28:29], s[16:17], v7, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v29, vcc, 0, v29, vcc
	v_mov_b32_e32 v27, s2
	v_lshl_add_u64 v[26:27], v[26:27], 0, v[28:29]
	v_mul_lo_u32 v11, s15, v26
	v_mul_lo_u32 v13, s14, v27
	v_mad_u64_u32 v[26:27], s[2:3], s14, v26, 0
	v_add3_u32 v11, v27, v13, v11
	v_sub_u32_e32 v13, v7, v11
	v_sub_co_u32_e32 v9, vcc, v9, v26
                                        ; implicit-def: $vgpr26
	s_nop 1
	v_subb_co_u32_e64 v13, s[2:3], v13, v15, vcc
	v_subrev_co_u32_e64 v15, s[2:3], s14, v9
	v_subb_co_u32_e32 v7, vcc, v7, v11, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v13, s[2:3], 0, v13, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v13
	v_cmp_le_u32_e32 vcc, s15, v7
	s_nop 0
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v15
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v9
	v_cndmask_b32_e64 v19, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v13
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v19, s[2:3]
	v_cndmask_b32_e64 v19, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v7
	v_subrev_co_u32_e64 v17, s[2:3], s14, v15
	s_nop 0
	v_cndmask_b32_e32 v7, v11, v19, vcc
	v_cmp_ne_u32_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v11, v15, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v9, v11, vcc
	v_xor_b32_e32 v7, v7, v24
	v_sub_co_u32_e32 v24, vcc, v7, v24
.LBB0_48:                               ; %Flow291
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_50
; %bb.49:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v7, v3
	s_sub_i32 s6, 0, s34
	v_mul_f32_e32 v7, 0x4f7ffffe, v7
	v_cvt_u32_f32_e32 v7, v7
	v_mul_lo_u32 v9, s6, v7
	v_mul_hi_u32 v9, v7, v9
	v_add_u32_e32 v7, v7, v9
	v_mul_hi_u32 v7, v26, v7
	v_mul_lo_u32 v7, v7, s34
	v_sub_u32_e32 v7, v26, v7
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v7, v9, vcc
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v24, v7, v9, vcc
.LBB0_50:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 90 38 is_stmt 1               ; fused_moe.py:90:38
	v_or_b32_e32 v129, 16, v127
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v58, s22, v129
	v_mov_b32_e32 v59, s23
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr26_vgpr27
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_52
; %bb.51:
	s_ashr_i32 s14, s35, 31
	s_add_u32 s16, s34, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s35, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v7, s14
	v_cvt_f32_u32_e32 v9, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v26, 31, v59
	v_fmamk_f32 v7, v9, 0x4f800000, v7
	v_rcp_f32_e32 v7, v7
	v_mov_b32_e32 v27, v26
	v_lshl_add_u64 v[28:29], v[58:59], 0, v[26:27]
	v_mov_b32_e32 v31, 0
	v_mul_f32_e32 v7, 0x5f7ffffc, v7
	v_mul_f32_e32 v9, 0x2f800000, v7
	v_trunc_f32_e32 v9, v9
	v_fmamk_f32 v7, v9, 0xcf800000, v7
	v_cvt_u32_f32_e32 v9, v9
	v_cvt_u32_f32_e32 v7, v7
	v_mov_b32_e32 v15, s15
	v_readfirstlane_b32 s16, v9
	v_readfirstlane_b32 s17, v7
	s_mul_i32 s18, s3, s16
	s_mul_hi_u32 s31, s3, s17
	s_mul_i32 s19, s6, s17
	s_add_i32 s18, s31, s18
	s_add_i32 s18, s18, s19
	s_mul_i32 s38, s3, s17
	s_mul_i32 s31, s17, s18
	s_mul_hi_u32 s39, s17, s38
	s_mul_hi_u32 s19, s17, s18
	s_add_u32 s31, s39, s31
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s39, s16, s38
	s_mul_i32 s38, s16, s38
	s_add_u32 s31, s31, s38
	s_addc_u32 s19, s19, s39
	s_mul_hi_u32 s31, s16, s18
	s_addc_u32 s31, s31, 0
	s_mul_i32 s18, s16, s18
	s_add_u32 s18, s19, s18
	s_addc_u32 s19, 0, s31
	s_add_u32 s17, s17, s18
	s_addc_u32 s16, s16, s19
	s_mul_i32 s18, s3, s17
	s_mul_i32 s38, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s38
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s19, s16, s18
	s_mul_i32 s31, s16, s18
	s_mul_i32 s38, s17, s3
	s_mul_hi_u32 s18, s17, s18
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s18, s18, s38
	s_addc_u32 s6, 0, s6
	s_add_u32 s18, s18, s31
	s_addc_u32 s6, s6, s19
	s_mul_hi_u32 s18, s16, s3
	s_addc_u32 s18, s18, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s18
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v9, v28, v26
	v_xor_b32_e32 v7, v29, v26
	v_mad_u64_u32 v[28:29], s[16:17], v9, s6, 0
	v_mul_hi_u32 v30, v9, s3
	v_lshl_add_u64 v[28:29], v[30:31], 0, v[28:29]
	v_mad_u64_u32 v[30:31], s[16:17], v7, s3, 0
	v_add_co_u32_e32 v11, vcc, v28, v30
	s_nop 1
	v_addc_co_u32_e32 v28, vcc, v29, v31, vcc
	v_mad_u64_u32 v[30:31], s[16:17], v7, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v31, vcc, 0, v31, vcc
	v_mov_b32_e32 v29, s2
	v_lshl_add_u64 v[28:29], v[28:29], 0, v[30:31]
	v_mul_lo_u32 v11, s15, v28
	v_mul_lo_u32 v13, s14, v29
	v_mad_u64_u32 v[28:29], s[2:3], s14, v28, 0
	v_add3_u32 v11, v29, v13, v11
	v_sub_u32_e32 v13, v7, v11
	v_sub_co_u32_e32 v9, vcc, v9, v28
	s_nop 1
	v_subb_co_u32_e64 v13, s[2:3], v13, v15, vcc
	v_subrev_co_u32_e64 v15, s[2:3], s14, v9
	v_subb_co_u32_e32 v7, vcc, v7, v11, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v13, s[2:3], 0, v13, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v13
	v_cmp_le_u32_e32 vcc, s15, v7
	s_nop 0
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v15
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v9
	v_cndmask_b32_e64 v19, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v13
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v19, s[2:3]
	v_cndmask_b32_e64 v19, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v7
	v_subrev_co_u32_e64 v17, s[2:3], s14, v15
	s_nop 0
	v_cndmask_b32_e32 v7, v11, v19, vcc
	v_cmp_ne_u32_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v11, v15, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v9, v11, vcc
	v_xor_b32_e32 v7, v7, v26
	v_sub_co_u32_e32 v26, vcc, v7, v26
.LBB0_52:                               ; %Flow290
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_54
; %bb.53:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v7, v3
	s_sub_i32 s6, 0, s34
	v_mul_f32_e32 v7, 0x4f7ffffe, v7
	v_cvt_u32_f32_e32 v7, v7
	v_mul_lo_u32 v9, s6, v7
	v_mul_hi_u32 v9, v7, v9
	v_add_u32_e32 v7, v7, v9
	v_mul_hi_u32 v7, v58, v7
	v_mul_lo_u32 v7, v7, s34
	v_sub_u32_e32 v7, v58, v7
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v7, v9, vcc
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v26, v7, v9, vcc
.LBB0_54:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v30, v127, s22, 17
	v_mov_b32_e32 v31, s23
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr28_vgpr29
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_56
; %bb.55:
	s_ashr_i32 s14, s35, 31
	s_add_u32 s16, s34, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s35, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v7, s14
	v_cvt_f32_u32_e32 v9, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v28, 31, v31
	v_fmamk_f32 v7, v9, 0x4f800000, v7
	v_rcp_f32_e32 v7, v7
	v_mov_b32_e32 v29, v28
	v_lshl_add_u64 v[30:31], v[30:31], 0, v[28:29]
	v_mov_b32_e32 v33, 0
	v_mul_f32_e32 v7, 0x5f7ffffc, v7
	v_mul_f32_e32 v9, 0x2f800000, v7
	v_trunc_f32_e32 v9, v9
	v_fmamk_f32 v7, v9, 0xcf800000, v7
	v_cvt_u32_f32_e32 v9, v9
	v_cvt_u32_f32_e32 v7, v7
	v_mov_b32_e32 v15, s15
	v_readfirstlane_b32 s16, v9
	v_readfirstlane_b32 s17, v7
	s_mul_i32 s18, s3, s16
	s_mul_hi_u32 s31, s3, s17
	s_mul_i32 s19, s6, s17
	s_add_i32 s18, s31, s18
	s_add_i32 s18, s18, s19
	s_mul_i32 s38, s3, s17
	s_mul_i32 s31, s17, s18
	s_mul_hi_u32 s39, s17, s38
	s_mul_hi_u32 s19, s17, s18
	s_add_u32 s31, s39, s31
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s39, s16, s38
	s_mul_i32 s38, s16, s38
	s_add_u32 s31, s31, s38
	s_addc_u32 s19, s19, s39
	s_mul_hi_u32 s31, s16, s18
	s_addc_u32 s31, s31, 0
	s_mul_i32 s18, s16, s18
	s_add_u32 s18, s19, s18
	s_addc_u32 s19, 0, s31
	s_add_u32 s17, s17, s18
	s_addc_u32 s16, s16, s19
	s_mul_i32 s18, s3, s17
	s_mul_i32 s38, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s38
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s19, s16, s18
	s_mul_i32 s31, s16, s18
	s_mul_i32 s38, s17, s3
	s_mul_hi_u32 s18, s17, s18
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s18, s18, s38
	s_addc_u32 s6, 0, s6
	s_add_u32 s18, s18, s31
	s_addc_u32 s6, s6, s19
	s_mul_hi_u32 s18, s16, s3
	s_addc_u32 s18, s18, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s18
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v9, v30, v28
	v_xor_b32_e32 v7, v31, v28
	v_mad_u64_u32 v[30:31], s[16:17], v9, s6, 0
	v_mul_hi_u32 v32, v9, s3
	v_lshl_add_u64 v[30:31], v[32:33], 0, v[30:31]
	v_mad_u64_u32 v[32:33], s[16:17], v7, s3, 0
	v_add_co_u32_e32 v11, vcc, v30, v32
	s_nop 1
	v_addc_co_u32_e32 v30, vcc, v31, v33, vcc
	v_mad_u64_u32 v[32:33], s[16:17], v7, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v33, vcc, 0, v33, vcc
	v_mov_b32_e32 v31, s2
	v_lshl_add_u64 v[30:31], v[30:31], 0, v[32:33]
	v_mul_lo_u32 v11, s15, v30
	v_mul_lo_u32 v13, s14, v31
	v_mad_u64_u32 v[30:31], s[2:3], s14, v30, 0
	v_add3_u32 v11, v31, v13, v11
	v_sub_u32_e32 v13, v7, v11
	v_sub_co_u32_e32 v9, vcc, v9, v30
                                        ; implicit-def: $vgpr30
	s_nop 1
	v_subb_co_u32_e64 v13, s[2:3], v13, v15, vcc
	v_subrev_co_u32_e64 v15, s[2:3], s14, v9
	v_subb_co_u32_e32 v7, vcc, v7, v11, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v13, s[2:3], 0, v13, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v13
	v_cmp_le_u32_e32 vcc, s15, v7
	s_nop 0
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v15
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v9
	v_cndmask_b32_e64 v19, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v13
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v19, s[2:3]
	v_cndmask_b32_e64 v19, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v7
	v_subrev_co_u32_e64 v17, s[2:3], s14, v15
	s_nop 0
	v_cndmask_b32_e32 v7, v11, v19, vcc
	v_cmp_ne_u32_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v11, v15, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v9, v11, vcc
	v_xor_b32_e32 v7, v7, v28
	v_sub_co_u32_e32 v28, vcc, v7, v28
.LBB0_56:                               ; %Flow289
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_58
; %bb.57:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v7, v3
	s_sub_i32 s6, 0, s34
	v_mul_f32_e32 v7, 0x4f7ffffe, v7
	v_cvt_u32_f32_e32 v7, v7
	v_mul_lo_u32 v9, s6, v7
	v_mul_hi_u32 v9, v7, v9
	v_add_u32_e32 v7, v7, v9
	v_mul_hi_u32 v7, v30, v7
	v_mul_lo_u32 v7, v7, s34
	v_sub_u32_e32 v7, v30, v7
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v7, v9, vcc
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v28, v7, v9, vcc
.LBB0_58:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v32, v127, s22, 18
	v_mov_b32_e32 v33, s23
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr30_vgpr31
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_60
; %bb.59:
	s_ashr_i32 s14, s35, 31
	s_add_u32 s16, s34, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s35, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v7, s14
	v_cvt_f32_u32_e32 v9, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v30, 31, v33
	v_fmamk_f32 v7, v9, 0x4f800000, v7
	v_rcp_f32_e32 v7, v7
	v_mov_b32_e32 v31, v30
	v_lshl_add_u64 v[32:33], v[32:33], 0, v[30:31]
	v_mov_b32_e32 v35, 0
	v_mul_f32_e32 v7, 0x5f7ffffc, v7
	v_mul_f32_e32 v9, 0x2f800000, v7
	v_trunc_f32_e32 v9, v9
	v_fmamk_f32 v7, v9, 0xcf800000, v7
	v_cvt_u32_f32_e32 v9, v9
	v_cvt_u32_f32_e32 v7, v7
	v_mov_b32_e32 v15, s15
	v_readfirstlane_b32 s16, v9
	v_readfirstlane_b32 s17, v7
	s_mul_i32 s18, s3, s16
	s_mul_hi_u32 s31, s3, s17
	s_mul_i32 s19, s6, s17
	s_add_i32 s18, s31, s18
	s_add_i32 s18, s18, s19
	s_mul_i32 s38, s3, s17
	s_mul_i32 s31, s17, s18
	s_mul_hi_u32 s39, s17, s38
	s_mul_hi_u32 s19, s17, s18
	s_add_u32 s31, s39, s31
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s39, s16, s38
	s_mul_i32 s38, s16, s38
	s_add_u32 s31, s31, s38
	s_addc_u32 s19, s19, s39
	s_mul_hi_u32 s31, s16, s18
	s_addc_u32 s31, s31, 0
	s_mul_i32 s18, s16, s18
	s_add_u32 s18, s19, s18
	s_addc_u32 s19, 0, s31
	s_add_u32 s17, s17, s18
	s_addc_u32 s16, s16, s19
	s_mul_i32 s18, s3, s17
	s_mul_i32 s38, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s38
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s19, s16, s18
	s_mul_i32 s31, s16, s18
	s_mul_i32 s38, s17, s3
	s_mul_hi_u32 s18, s17, s18
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s18, s18, s38
	s_addc_u32 s6, 0, s6
	s_add_u32 s18, s18, s31
	s_addc_u32 s6, s6, s19
	s_mul_hi_u32 s18, s16, s3
	s_addc_u32 s18, s18, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s18
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v9, v32, v30
	v_xor_b32_e32 v7, v33, v30
	v_mad_u64_u32 v[32:33], s[16:17], v9, s6, 0
	v_mul_hi_u32 v34, v9, s3
	v_lshl_add_u64 v[32:33], v[34:35], 0, v[32:33]
	v_mad_u64_u32 v[34:35], s[16:17], v7, s3, 0
	v_add_co_u32_e32 v11, vcc, v32, v34
	s_nop 1
	v_addc_co_u32_e32 v32, vcc, v33, v35, vcc
	v_mad_u64_u32 v[34:35], s[16:17], v7, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v35, vcc, 0, v35, vcc
	v_mov_b32_e32 v33, s2
	v_lshl_add_u64 v[32:33], v[32:33], 0, v[34:35]
	v_mul_lo_u32 v11, s15, v32
	v_mul_lo_u32 v13, s14, v33
	v_mad_u64_u32 v[32:33], s[2:3], s14, v32, 0
	v_add3_u32 v11, v33, v13, v11
	v_sub_u32_e32 v13, v7, v11
	v_sub_co_u32_e32 v9, vcc, v9, v32
                                        ; implicit-def: $vgpr32
	s_nop 1
	v_subb_co_u32_e64 v13, s[2:3], v13, v15, vcc
	v_subrev_co_u32_e64 v15, s[2:3], s14, v9
	v_subb_co_u32_e32 v7, vcc, v7, v11, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v13, s[2:3], 0, v13, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v13
	v_cmp_le_u32_e32 vcc, s15, v7
	s_nop 0
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v15
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v9
	v_cndmask_b32_e64 v19, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v13
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v19, s[2:3]
	v_cndmask_b32_e64 v19, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v7
	v_subrev_co_u32_e64 v17, s[2:3], s14, v15
	s_nop 0
	v_cndmask_b32_e32 v7, v11, v19, vcc
	v_cmp_ne_u32_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v11, v15, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v9, v11, vcc
	v_xor_b32_e32 v7, v7, v30
	v_sub_co_u32_e32 v30, vcc, v7, v30
.LBB0_60:                               ; %Flow288
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_62
; %bb.61:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v7, v3
	s_sub_i32 s6, 0, s34
	v_mul_f32_e32 v7, 0x4f7ffffe, v7
	v_cvt_u32_f32_e32 v7, v7
	v_mul_lo_u32 v9, s6, v7
	v_mul_hi_u32 v9, v7, v9
	v_add_u32_e32 v7, v7, v9
	v_mul_hi_u32 v7, v32, v7
	v_mul_lo_u32 v7, v7, s34
	v_sub_u32_e32 v7, v32, v7
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v7, v9, vcc
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v30, v7, v9, vcc
.LBB0_62:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v34, v127, s22, 19
	v_mov_b32_e32 v35, s23
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr32_vgpr33
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_64
; %bb.63:
	s_ashr_i32 s14, s35, 31
	s_add_u32 s16, s34, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s35, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v7, s14
	v_cvt_f32_u32_e32 v9, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v32, 31, v35
	v_fmamk_f32 v7, v9, 0x4f800000, v7
	v_rcp_f32_e32 v7, v7
	v_mov_b32_e32 v33, v32
	v_lshl_add_u64 v[34:35], v[34:35], 0, v[32:33]
	v_mov_b32_e32 v37, 0
	v_mul_f32_e32 v7, 0x5f7ffffc, v7
	v_mul_f32_e32 v9, 0x2f800000, v7
	v_trunc_f32_e32 v9, v9
	v_fmamk_f32 v7, v9, 0xcf800000, v7
	v_cvt_u32_f32_e32 v9, v9
	v_cvt_u32_f32_e32 v7, v7
	v_mov_b32_e32 v15, s15
	v_readfirstlane_b32 s16, v9
	v_readfirstlane_b32 s17, v7
	s_mul_i32 s18, s3, s16
	s_mul_hi_u32 s31, s3, s17
	s_mul_i32 s19, s6, s17
	s_add_i32 s18, s31, s18
	s_add_i32 s18, s18, s19
	s_mul_i32 s38, s3, s17
	s_mul_i32 s31, s17, s18
	s_mul_hi_u32 s39, s17, s38
	s_mul_hi_u32 s19, s17, s18
	s_add_u32 s31, s39, s31
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s39, s16, s38
	s_mul_i32 s38, s16, s38
	s_add_u32 s31, s31, s38
	s_addc_u32 s19, s19, s39
	s_mul_hi_u32 s31, s16, s18
	s_addc_u32 s31, s31, 0
	s_mul_i32 s18, s16, s18
	s_add_u32 s18, s19, s18
	s_addc_u32 s19, 0, s31
	s_add_u32 s17, s17, s18
	s_addc_u32 s16, s16, s19
	s_mul_i32 s18, s3, s17
	s_mul_i32 s38, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s38
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s19, s16, s18
	s_mul_i32 s31, s16, s18
	s_mul_i32 s38, s17, s3
	s_mul_hi_u32 s18, s17, s18
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s18, s18, s38
	s_addc_u32 s6, 0, s6
	s_add_u32 s18, s18, s31
	s_addc_u32 s6, s6, s19
	s_mul_hi_u32 s18, s16, s3
	s_addc_u32 s18, s18, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s18
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v9, v34, v32
	v_xor_b32_e32 v7, v35, v32
	v_mad_u64_u32 v[34:35], s[16:17], v9, s6, 0
	v_mul_hi_u32 v36, v9, s3
	v_lshl_add_u64 v[34:35], v[36:37], 0, v[34:35]
	v_mad_u64_u32 v[36:37], s[16:17], v7, s3, 0
	v_add_co_u32_e32 v11, vcc, v34, v36
	s_nop 1
	v_addc_co_u32_e32 v34, vcc, v35, v37, vcc
	v_mad_u64_u32 v[36:37], s[16:17], v7, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v37, vcc, 0, v37, vcc
	v_mov_b32_e32 v35, s2
	v_lshl_add_u64 v[34:35], v[34:35], 0, v[36:37]
	v_mul_lo_u32 v11, s15, v34
	v_mul_lo_u32 v13, s14, v35
	v_mad_u64_u32 v[34:35], s[2:3], s14, v34, 0
	v_add3_u32 v11, v35, v13, v11
	v_sub_u32_e32 v13, v7, v11
	v_sub_co_u32_e32 v9, vcc, v9, v34
                                        ; implicit-def: $vgpr34
	s_nop 1
	v_subb_co_u32_e64 v13, s[2:3], v13, v15, vcc
	v_subrev_co_u32_e64 v15, s[2:3], s14, v9
	v_subb_co_u32_e32 v7, vcc, v7, v11, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v13, s[2:3], 0, v13, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v13
	v_cmp_le_u32_e32 vcc, s15, v7
	s_nop 0
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v15
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v9
	v_cndmask_b32_e64 v19, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v13
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v19, s[2:3]
	v_cndmask_b32_e64 v19, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v7
	v_subrev_co_u32_e64 v17, s[2:3], s14, v15
	s_nop 0
	v_cndmask_b32_e32 v7, v11, v19, vcc
	v_cmp_ne_u32_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v11, v15, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v9, v11, vcc
	v_xor_b32_e32 v7, v7, v32
	v_sub_co_u32_e32 v32, vcc, v7, v32
.LBB0_64:                               ; %Flow287
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_66
; %bb.65:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v7, v3
	s_sub_i32 s6, 0, s34
	v_mul_f32_e32 v7, 0x4f7ffffe, v7
	v_cvt_u32_f32_e32 v7, v7
	v_mul_lo_u32 v9, s6, v7
	v_mul_hi_u32 v9, v7, v9
	v_add_u32_e32 v7, v7, v9
	v_mul_hi_u32 v7, v34, v7
	v_mul_lo_u32 v7, v7, s34
	v_sub_u32_e32 v7, v34, v7
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v7, v9, vcc
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v32, v7, v9, vcc
.LBB0_66:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 90 38 is_stmt 1               ; fused_moe.py:90:38
	v_or_b32_e32 v130, 24, v127
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v36, s22, v130
	v_mov_b32_e32 v37, s23
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr34_vgpr35
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_68
; %bb.67:
	s_ashr_i32 s14, s35, 31
	s_add_u32 s16, s34, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s35, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v7, s14
	v_cvt_f32_u32_e32 v9, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v34, 31, v37
	v_fmamk_f32 v7, v9, 0x4f800000, v7
	v_rcp_f32_e32 v7, v7
	v_mov_b32_e32 v35, v34
	v_lshl_add_u64 v[36:37], v[36:37], 0, v[34:35]
	v_mov_b32_e32 v39, 0
	v_mul_f32_e32 v7, 0x5f7ffffc, v7
	v_mul_f32_e32 v9, 0x2f800000, v7
	v_trunc_f32_e32 v9, v9
	v_fmamk_f32 v7, v9, 0xcf800000, v7
	v_cvt_u32_f32_e32 v9, v9
	v_cvt_u32_f32_e32 v7, v7
	v_mov_b32_e32 v15, s15
	v_readfirstlane_b32 s16, v9
	v_readfirstlane_b32 s17, v7
	s_mul_i32 s18, s3, s16
	s_mul_hi_u32 s31, s3, s17
	s_mul_i32 s19, s6, s17
	s_add_i32 s18, s31, s18
	s_add_i32 s18, s18, s19
	s_mul_i32 s38, s3, s17
	s_mul_i32 s31, s17, s18
	s_mul_hi_u32 s39, s17, s38
	s_mul_hi_u32 s19, s17, s18
	s_add_u32 s31, s39, s31
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s39, s16, s38
	s_mul_i32 s38, s16, s38
	s_add_u32 s31, s31, s38
	s_addc_u32 s19, s19, s39
	s_mul_hi_u32 s31, s16, s18
	s_addc_u32 s31, s31, 0
	s_mul_i32 s18, s16, s18
	s_add_u32 s18, s19, s18
	s_addc_u32 s19, 0, s31
	s_add_u32 s17, s17, s18
	s_addc_u32 s16, s16, s19
	s_mul_i32 s18, s3, s17
	s_mul_i32 s38, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s38
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s19, s16, s18
	s_mul_i32 s31, s16, s18
	s_mul_i32 s38, s17, s3
	s_mul_hi_u32 s18, s17, s18
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s18, s18, s38
	s_addc_u32 s6, 0, s6
	s_add_u32 s18, s18, s31
	s_addc_u32 s6, s6, s19
	s_mul_hi_u32 s18, s16, s3
	s_addc_u32 s18, s18, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s18
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v9, v36, v34
	v_xor_b32_e32 v7, v37, v34
	v_mad_u64_u32 v[36:37], s[16:17], v9, s6, 0
	v_mul_hi_u32 v38, v9, s3
	v_lshl_add_u64 v[36:37], v[38:39], 0, v[36:37]
	v_mad_u64_u32 v[38:39], s[16:17], v7, s3, 0
	v_add_co_u32_e32 v11, vcc, v36, v38
	s_nop 1
	v_addc_co_u32_e32 v36, vcc, v37, v39, vcc
	v_mad_u64_u32 v[38:39], s[16:17], v7, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v39, vcc, 0, v39, vcc
	v_mov_b32_e32 v37, s2
	v_lshl_add_u64 v[36:37], v[36:37], 0, v[38:39]
	v_mul_lo_u32 v11, s15, v36
	v_mul_lo_u32 v13, s14, v37
	v_mad_u64_u32 v[36:37], s[2:3], s14, v36, 0
	v_add3_u32 v11, v37, v13, v11
	v_sub_u32_e32 v13, v7, v11
	v_sub_co_u32_e32 v9, vcc, v9, v36
                                        ; implicit-def: $vgpr36
	s_nop 1
	v_subb_co_u32_e64 v13, s[2:3], v13, v15, vcc
	v_subrev_co_u32_e64 v15, s[2:3], s14, v9
	v_subb_co_u32_e32 v7, vcc, v7, v11, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v13, s[2:3], 0, v13, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v13
	v_cmp_le_u32_e32 vcc, s15, v7
	s_nop 0
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v15
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v9
	v_cndmask_b32_e64 v19, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v13
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v19, s[2:3]
	v_cndmask_b32_e64 v19, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v7
	v_subrev_co_u32_e64 v17, s[2:3], s14, v15
	s_nop 0
	v_cndmask_b32_e32 v7, v11, v19, vcc
	v_cmp_ne_u32_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v11, v15, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v9, v11, vcc
	v_xor_b32_e32 v7, v7, v34
	v_sub_co_u32_e32 v34, vcc, v7, v34
.LBB0_68:                               ; %Flow286
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_70
; %bb.69:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v7, v3
	s_sub_i32 s6, 0, s34
	v_mul_f32_e32 v7, 0x4f7ffffe, v7
	v_cvt_u32_f32_e32 v7, v7
	v_mul_lo_u32 v9, s6, v7
	v_mul_hi_u32 v9, v7, v9
	v_add_u32_e32 v7, v7, v9
	v_mul_hi_u32 v7, v36, v7
	v_mul_lo_u32 v7, v7, s34
	v_sub_u32_e32 v7, v36, v7
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v7, v9, vcc
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v34, v7, v9, vcc
.LBB0_70:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v38, v127, s22, 25
	v_mov_b32_e32 v39, s23
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr36_vgpr37
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_72
; %bb.71:
	s_ashr_i32 s14, s35, 31
	s_add_u32 s16, s34, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s35, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v7, s14
	v_cvt_f32_u32_e32 v9, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v36, 31, v39
	v_fmamk_f32 v7, v9, 0x4f800000, v7
	v_rcp_f32_e32 v7, v7
	v_mov_b32_e32 v37, v36
	v_lshl_add_u64 v[38:39], v[38:39], 0, v[36:37]
	v_mov_b32_e32 v41, 0
	v_mul_f32_e32 v7, 0x5f7ffffc, v7
	v_mul_f32_e32 v9, 0x2f800000, v7
	v_trunc_f32_e32 v9, v9
	v_fmamk_f32 v7, v9, 0xcf800000, v7
	v_cvt_u32_f32_e32 v9, v9
	v_cvt_u32_f32_e32 v7, v7
	v_mov_b32_e32 v15, s15
	v_readfirstlane_b32 s16, v9
	v_readfirstlane_b32 s17, v7
	s_mul_i32 s18, s3, s16
	s_mul_hi_u32 s31, s3, s17
	s_mul_i32 s19, s6, s17
	s_add_i32 s18, s31, s18
	s_add_i32 s18, s18, s19
	s_mul_i32 s38, s3, s17
	s_mul_i32 s31, s17, s18
	s_mul_hi_u32 s39, s17, s38
	s_mul_hi_u32 s19, s17, s18
	s_add_u32 s31, s39, s31
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s39, s16, s38
	s_mul_i32 s38, s16, s38
	s_add_u32 s31, s31, s38
	s_addc_u32 s19, s19, s39
	s_mul_hi_u32 s31, s16, s18
	s_addc_u32 s31, s31, 0
	s_mul_i32 s18, s16, s18
	s_add_u32 s18, s19, s18
	s_addc_u32 s19, 0, s31
	s_add_u32 s17, s17, s18
	s_addc_u32 s16, s16, s19
	s_mul_i32 s18, s3, s17
	s_mul_i32 s38, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s38
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s19, s16, s18
	s_mul_i32 s31, s16, s18
	s_mul_i32 s38, s17, s3
	s_mul_hi_u32 s18, s17, s18
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s18, s18, s38
	s_addc_u32 s6, 0, s6
	s_add_u32 s18, s18, s31
	s_addc_u32 s6, s6, s19
	s_mul_hi_u32 s18, s16, s3
	s_addc_u32 s18, s18, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s18
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v9, v38, v36
	v_xor_b32_e32 v7, v39, v36
	v_mad_u64_u32 v[38:39], s[16:17], v9, s6, 0
	v_mul_hi_u32 v40, v9, s3
	v_lshl_add_u64 v[38:39], v[40:41], 0, v[38:39]
	v_mad_u64_u32 v[40:41], s[16:17], v7, s3, 0
	v_add_co_u32_e32 v11, vcc, v38, v40
	s_nop 1
	v_addc_co_u32_e32 v38, vcc, v39, v41, vcc
	v_mad_u64_u32 v[40:41], s[16:17], v7, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v41, vcc, 0, v41, vcc
	v_mov_b32_e32 v39, s2
	v_lshl_add_u64 v[38:39], v[38:39], 0, v[40:41]
	v_mul_lo_u32 v11, s15, v38
	v_mul_lo_u32 v13, s14, v39
	v_mad_u64_u32 v[38:39], s[2:3], s14, v38, 0
	v_add3_u32 v11, v39, v13, v11
	v_sub_u32_e32 v13, v7, v11
	v_sub_co_u32_e32 v9, vcc, v9, v38
                                        ; implicit-def: $vgpr38
	s_nop 1
	v_subb_co_u32_e64 v13, s[2:3], v13, v15, vcc
	v_subrev_co_u32_e64 v15, s[2:3], s14, v9
	v_subb_co_u32_e32 v7, vcc, v7, v11, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v13, s[2:3], 0, v13, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v13
	v_cmp_le_u32_e32 vcc, s15, v7
	s_nop 0
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v15
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v9
	v_cndmask_b32_e64 v19, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v13
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v19, s[2:3]
	v_cndmask_b32_e64 v19, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v7
	v_subrev_co_u32_e64 v17, s[2:3], s14, v15
	s_nop 0
	v_cndmask_b32_e32 v7, v11, v19, vcc
	v_cmp_ne_u32_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v11, v15, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v9, v11, vcc
	v_xor_b32_e32 v7, v7, v36
	v_sub_co_u32_e32 v36, vcc, v7, v36
.LBB0_72:                               ; %Flow285
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_74
; %bb.73:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v7, v3
	s_sub_i32 s6, 0, s34
	v_mul_f32_e32 v7, 0x4f7ffffe, v7
	v_cvt_u32_f32_e32 v7, v7
	v_mul_lo_u32 v9, s6, v7
	v_mul_hi_u32 v9, v7, v9
	v_add_u32_e32 v7, v7, v9
	v_mul_hi_u32 v7, v38, v7
	v_mul_lo_u32 v7, v7, s34
	v_sub_u32_e32 v7, v38, v7
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v7, v9, vcc
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v36, v7, v9, vcc
.LBB0_74:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v40, v127, s22, 26
	v_mov_b32_e32 v41, s23
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr38_vgpr39
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_76
; %bb.75:
	s_ashr_i32 s14, s35, 31
	s_add_u32 s16, s34, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s35, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v7, s14
	v_cvt_f32_u32_e32 v9, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v38, 31, v41
	v_fmamk_f32 v7, v9, 0x4f800000, v7
	v_rcp_f32_e32 v7, v7
	v_mov_b32_e32 v39, v38
	v_lshl_add_u64 v[40:41], v[40:41], 0, v[38:39]
	v_mov_b32_e32 v43, 0
	v_mul_f32_e32 v7, 0x5f7ffffc, v7
	v_mul_f32_e32 v9, 0x2f800000, v7
	v_trunc_f32_e32 v9, v9
	v_fmamk_f32 v7, v9, 0xcf800000, v7
	v_cvt_u32_f32_e32 v9, v9
	v_cvt_u32_f32_e32 v7, v7
	v_mov_b32_e32 v15, s15
	v_readfirstlane_b32 s16, v9
	v_readfirstlane_b32 s17, v7
	s_mul_i32 s18, s3, s16
	s_mul_hi_u32 s31, s3, s17
	s_mul_i32 s19, s6, s17
	s_add_i32 s18, s31, s18
	s_add_i32 s18, s18, s19
	s_mul_i32 s38, s3, s17
	s_mul_i32 s31, s17, s18
	s_mul_hi_u32 s39, s17, s38
	s_mul_hi_u32 s19, s17, s18
	s_add_u32 s31, s39, s31
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s39, s16, s38
	s_mul_i32 s38, s16, s38
	s_add_u32 s31, s31, s38
	s_addc_u32 s19, s19, s39
	s_mul_hi_u32 s31, s16, s18
	s_addc_u32 s31, s31, 0
	s_mul_i32 s18, s16, s18
	s_add_u32 s18, s19, s18
	s_addc_u32 s19, 0, s31
	s_add_u32 s17, s17, s18
	s_addc_u32 s16, s16, s19
	s_mul_i32 s18, s3, s17
	s_mul_i32 s38, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s38
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s19, s16, s18
	s_mul_i32 s31, s16, s18
	s_mul_i32 s38, s17, s3
	s_mul_hi_u32 s18, s17, s18
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s18, s18, s38
	s_addc_u32 s6, 0, s6
	s_add_u32 s18, s18, s31
	s_addc_u32 s6, s6, s19
	s_mul_hi_u32 s18, s16, s3
	s_addc_u32 s18, s18, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s18
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v9, v40, v38
	v_xor_b32_e32 v7, v41, v38
	v_mad_u64_u32 v[40:41], s[16:17], v9, s6, 0
	v_mul_hi_u32 v42, v9, s3
	v_lshl_add_u64 v[40:41], v[42:43], 0, v[40:41]
	v_mad_u64_u32 v[42:43], s[16:17], v7, s3, 0
	v_add_co_u32_e32 v11, vcc, v40, v42
	s_nop 1
	v_addc_co_u32_e32 v40, vcc, v41, v43, vcc
	v_mad_u64_u32 v[42:43], s[16:17], v7, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v43, vcc, 0, v43, vcc
	v_mov_b32_e32 v41, s2
	v_lshl_add_u64 v[40:41], v[40:41], 0, v[42:43]
	v_mul_lo_u32 v11, s15, v40
	v_mul_lo_u32 v13, s14, v41
	v_mad_u64_u32 v[40:41], s[2:3], s14, v40, 0
	v_add3_u32 v11, v41, v13, v11
	v_sub_u32_e32 v13, v7, v11
	v_sub_co_u32_e32 v9, vcc, v9, v40
                                        ; implicit-def: $vgpr40
	s_nop 1
	v_subb_co_u32_e64 v13, s[2:3], v13, v15, vcc
	v_subrev_co_u32_e64 v15, s[2:3], s14, v9
	v_subb_co_u32_e32 v7, vcc, v7, v11, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v13, s[2:3], 0, v13, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v13
	v_cmp_le_u32_e32 vcc, s15, v7
	s_nop 0
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v15
	v_cndmask_b32_e64 v11, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v9
	v_cndmask_b32_e64 v19, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v13
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v19, s[2:3]
	v_cndmask_b32_e64 v19, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v7
	v_subrev_co_u32_e64 v17, s[2:3], s14, v15
	s_nop 0
	v_cndmask_b32_e32 v7, v11, v19, vcc
	v_cmp_ne_u32_e32 vcc, 0, v13
	s_nop 1
	v_cndmask_b32_e32 v11, v15, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v9, v11, vcc
	v_xor_b32_e32 v7, v7, v38
	v_sub_co_u32_e32 v38, vcc, v7, v38
.LBB0_76:                               ; %Flow284
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_78
; %bb.77:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v7, v3
	s_sub_i32 s6, 0, s34
	v_mul_f32_e32 v7, 0x4f7ffffe, v7
	v_cvt_u32_f32_e32 v7, v7
	v_mul_lo_u32 v9, s6, v7
	v_mul_hi_u32 v9, v7, v9
	v_add_u32_e32 v7, v7, v9
	v_mul_hi_u32 v7, v40, v7
	v_mul_lo_u32 v7, v7, s34
	v_sub_u32_e32 v7, v40, v7
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v7, v7, v9, vcc
	v_subrev_u32_e32 v9, s34, v7
	v_cmp_le_u32_e32 vcc, s34, v7
	s_nop 1
	v_cndmask_b32_e32 v38, v7, v9, vcc
.LBB0_78:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v42, v127, s22, 27
	v_mov_b32_e32 v43, s23
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr40_vgpr41
	s_and_saveexec_b64 s[10:11], s[6:7]
	s_xor_b64 s[6:7], exec, s[10:11]
	s_cbranch_execz .LBB0_80
; %bb.79:
	s_ashr_i32 s10, s35, 31
	s_add_u32 s14, s34, s10
	s_mov_b32 s11, s10
	s_addc_u32 s15, s35, s10
	s_xor_b64 s[10:11], s[14:15], s[10:11]
	v_cvt_f32_u32_e32 v3, s10
	v_cvt_f32_u32_e32 v7, s11
	s_sub_u32 s3, 0, s10
	s_subb_u32 s14, 0, s11
	v_ashrrev_i32_e32 v40, 31, v43
	v_fmamk_f32 v3, v7, 0x4f800000, v3
	v_rcp_f32_e32 v3, v3
	v_mov_b32_e32 v41, v40
	v_lshl_add_u64 v[42:43], v[42:43], 0, v[40:41]
	v_mov_b32_e32 v47, 0
	v_mul_f32_e32 v3, 0x5f7ffffc, v3
	v_mul_f32_e32 v7, 0x2f800000, v3
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v3, v7, 0xcf800000, v3
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v3, v3
	v_mov_b32_e32 v13, s11
	v_readfirstlane_b32 s15, v7
	v_readfirstlane_b32 s16, v3
	s_mul_i32 s17, s3, s15
	s_mul_hi_u32 s19, s3, s16
	s_mul_i32 s18, s14, s16
	s_add_i32 s17, s19, s17
	s_add_i32 s17, s17, s18
	s_mul_i32 s31, s3, s16
	s_mul_i32 s19, s16, s17
	s_mul_hi_u32 s38, s16, s31
	s_mul_hi_u32 s18, s16, s17
	s_add_u32 s19, s38, s19
	s_addc_u32 s18, 0, s18
	s_mul_hi_u32 s38, s15, s31
	s_mul_i32 s31, s15, s31
	s_add_u32 s19, s19, s31
	s_addc_u32 s18, s18, s38
	s_mul_hi_u32 s19, s15, s17
	s_addc_u32 s19, s19, 0
	s_mul_i32 s17, s15, s17
	s_add_u32 s17, s18, s17
	s_addc_u32 s18, 0, s19
	s_add_u32 s16, s16, s17
	s_addc_u32 s15, s15, s18
	s_mul_i32 s17, s3, s16
	s_mul_i32 s31, s3, s15
	s_mul_hi_u32 s3, s3, s16
	s_add_i32 s3, s3, s31
	s_mul_i32 s14, s14, s16
	s_add_i32 s3, s3, s14
	s_mul_hi_u32 s18, s15, s17
	s_mul_i32 s19, s15, s17
	s_mul_i32 s31, s16, s3
	s_mul_hi_u32 s17, s16, s17
	s_mul_hi_u32 s14, s16, s3
	s_add_u32 s17, s17, s31
	s_addc_u32 s14, 0, s14
	s_add_u32 s17, s17, s19
	s_addc_u32 s14, s14, s18
	s_mul_hi_u32 s17, s15, s3
	s_addc_u32 s17, s17, 0
	s_mul_i32 s3, s15, s3
	s_add_u32 s3, s14, s3
	s_addc_u32 s14, 0, s17
	s_add_u32 s3, s16, s3
	s_addc_u32 s16, s15, s14
	v_xor_b32_e32 v7, v42, v40
	v_xor_b32_e32 v3, v43, v40
	v_mad_u64_u32 v[42:43], s[14:15], v7, s16, 0
	v_mul_hi_u32 v46, v7, s3
	v_lshl_add_u64 v[42:43], v[46:47], 0, v[42:43]
	v_mad_u64_u32 v[46:47], s[14:15], v3, s3, 0
	v_add_co_u32_e32 v9, vcc, v42, v46
	s_nop 1
	v_addc_co_u32_e32 v42, vcc, v43, v47, vcc
	v_mad_u64_u32 v[46:47], s[14:15], v3, s16, 0
	s_nop 0
	v_addc_co_u32_e32 v47, vcc, 0, v47, vcc
	v_mov_b32_e32 v43, s2
	v_lshl_add_u64 v[42:43], v[42:43], 0, v[46:47]
	v_mul_lo_u32 v9, s11, v42
	v_mul_lo_u32 v11, s10, v43
	v_mad_u64_u32 v[42:43], s[2:3], s10, v42, 0
	v_add3_u32 v9, v43, v11, v9
	v_sub_u32_e32 v11, v3, v9
	v_sub_co_u32_e32 v7, vcc, v7, v42
                                        ; implicit-def: $vgpr42
	s_nop 1
	v_subb_co_u32_e64 v11, s[2:3], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[2:3], s10, v7
	v_subb_co_u32_e32 v3, vcc, v3, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[2:3], 0, v11, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s11, v11
	v_cmp_le_u32_e32 vcc, s11, v3
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s10, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v7
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s11, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[2:3]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v3
	v_subrev_co_u32_e64 v15, s[2:3], s10, v13
	s_nop 0
	v_cndmask_b32_e32 v3, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v7, v9, vcc
	v_xor_b32_e32 v3, v3, v40
	v_sub_co_u32_e32 v40, vcc, v3, v40
                                        ; implicit-def: $vgpr3
.LBB0_80:                               ; %Flow283
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_saveexec_b64 s[2:3], s[6:7]
	s_load_dword s51, s[0:1], 0x4c
	s_load_dwordx2 s[6:7], s[0:1], 0x58
	s_load_dword s40, s[0:1], 0x60
	s_load_dwordx2 s[18:19], s[0:1], 0x6c
	s_xor_b64 exec, exec, s[2:3]
	s_cbranch_execz .LBB0_82
; %bb.81:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v3, v3
	s_sub_i32 s10, 0, s34
	v_mul_f32_e32 v3, 0x4f7ffffe, v3
	v_cvt_u32_f32_e32 v3, v3
	v_mul_lo_u32 v7, s10, v3
	v_mul_hi_u32 v7, v3, v7
	v_add_u32_e32 v3, v3, v7
	v_mul_hi_u32 v3, v42, v3
	v_mul_lo_u32 v3, v3, s34
	v_sub_u32_e32 v3, v42, v3
	v_subrev_u32_e32 v7, s34, v3
	v_cmp_le_u32_e32 vcc, s34, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v7, vcc
	v_subrev_u32_e32 v7, s34, v3
	v_cmp_le_u32_e32 vcc, s34, v3
	s_nop 1
	v_cndmask_b32_e32 v40, v3, v7, vcc
.LBB0_82:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_waitcnt vmcnt(1)
	v_ashrrev_i32_e32 v3, 31, v45
	s_waitcnt vmcnt(0)
	v_ashrrev_i32_e32 v7, 31, v44
	v_lshrrev_b32_e32 v3, 29, v3
	v_lshrrev_b32_e32 v7, 29, v7
	v_add_u32_e32 v3, v45, v3
	v_add_u32_e32 v7, v44, v7
	.loc	1 104 66 is_stmt 0              ; fused_moe.py:104:66
	v_lshlrev_b32_e32 v0, 4, v0
	.loc	1 104 23                        ; fused_moe.py:104:23
	v_ashrrev_i32_e32 v3, 3, v3
	v_ashrrev_i32_e32 v7, 3, v7
	.loc	1 104 66                        ; fused_moe.py:104:66
	v_and_b32_e32 v92, 0x70, v0
.Ltmp11:
	.loc	2 43 13 is_stmt 1               ; standard.py:43:13 @[ fused_moe.py:117:23 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s31, s51, 0x7f
.Ltmp12:
	.loc	1 104 14                        ; fused_moe.py:104:14
	v_mad_u64_u32 v[94:95], s[2:3], v3, s6, v[92:93]
	v_mad_u64_u32 v[96:97], s[2:3], v7, s6, v[92:93]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cmpk_gt_i32 s31, 0x7f
	s_cselect_b64 vcc, -1, 0
	.loc	1 119 57                        ; fused_moe.py:119:57
	v_cmp_gt_i32_e64 s[2:3], s51, v92
	.loc	1 105 22                        ; fused_moe.py:105:22
	s_mul_i32 s6, s30, s7
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_cmp_gt_i32_e64 s[14:15], s48, v45
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_add_u32_e32 v0, s6, v92
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[10:11], s[2:3], vcc
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_cmp_gt_i32_e64 s[16:17], s48, v44
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_mov_b32 s39, 0x27000
	s_mov_b32 s38, 0x7ffffffe
	v_bfrev_b32_e32 v3, 1
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_mad_u64_u32 v[98:99], s[6:7], s40, v2, v[0:1]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[2:3], s[10:11], s[14:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_b32 s37, s37, 0xffff
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cndmask_b32_e64 v2, v3, v98, s[10:11]
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v7, v3, v94, s[2:3]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[2:3], s[10:11], s[16:17]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_mov_b32 s6, s38
	s_mov_b32 s7, s39
	s_and_b32 s5, s5, 0xffff
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_mad_u64_u32 v[100:101], s[42:43], s40, v4, v[0:1]
	v_mad_u64_u32 v[102:103], s[42:43], s40, v6, v[0:1]
	v_mad_u64_u32 v[104:105], s[40:41], s40, v8, v[0:1]
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v9, v3, v96, s[2:3]
	buffer_load_dwordx4 v[42:45], v7, s[36:39], 0 offen
	buffer_load_dwordx4 v[46:49], v9, s[36:39], 0 offen
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cndmask_b32_e64 v0, v3, v100, s[10:11]
	v_cndmask_b32_e64 v4, v3, v102, s[10:11]
	v_cndmask_b32_e64 v3, v3, v104, s[10:11]
	buffer_load_dwordx4 v[50:53], v2, s[4:7], 0 offen
	buffer_load_dwordx4 v[60:63], v0, s[4:7], 0 offen
	buffer_load_dwordx4 v[64:67], v4, s[4:7], 0 offen
	buffer_load_dwordx4 v[68:71], v3, s[4:7], 0 offen
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v27, 31, v26
	v_ashrrev_i32_e32 v11, 31, v14
	v_lshrrev_b32_e32 v3, 25, v27
	v_lshrrev_b32_e32 v11, 25, v11
	v_add_u32_e32 v3, v26, v3
	v_add_u32_e32 v8, v14, v11
	v_ashrrev_i32_e32 v14, 7, v3
	v_ashrrev_i32_e32 v3, 31, v30
	v_ashrrev_i32_e32 v7, 31, v10
	v_ashrrev_i32_e32 v9, 31, v12
	v_ashrrev_i32_e32 v13, 31, v16
	v_lshrrev_b32_e32 v3, 25, v3
	v_lshrrev_b32_e32 v7, 25, v7
	v_lshrrev_b32_e32 v9, 25, v9
	v_lshrrev_b32_e32 v13, 25, v13
	v_add_u32_e32 v3, v30, v3
	v_add_u32_e32 v6, v10, v7
	v_add_u32_e32 v7, v12, v9
	v_add_u32_e32 v9, v16, v13
	v_ashrrev_i32_e32 v16, 7, v3
	v_ashrrev_i32_e32 v3, 31, v32
	v_ashrrev_i32_e32 v17, 31, v20
	v_lshrrev_b32_e32 v3, 25, v3
	v_lshrrev_b32_e32 v17, 25, v17
	v_add_u32_e32 v3, v32, v3
	v_add_u32_e32 v11, v20, v17
	v_ashrrev_i32_e32 v17, 7, v3
	v_ashrrev_i32_e32 v3, 31, v34
	v_ashrrev_i32_e32 v15, 31, v18
	v_lshrrev_b32_e32 v3, 25, v3
	v_lshrrev_b32_e32 v15, 25, v15
	v_add_u32_e32 v3, v34, v3
	v_add_u32_e32 v10, v18, v15
	v_ashrrev_i32_e32 v18, 7, v3
	v_ashrrev_i32_e32 v3, 31, v36
	v_lshrrev_b32_e32 v3, 25, v3
	v_ashrrev_i32_e32 v19, 31, v22
	v_add_u32_e32 v3, v36, v3
	v_ashrrev_i32_e32 v25, 31, v24
	v_lshrrev_b32_e32 v0, 25, v19
	v_ashrrev_i32_e32 v19, 7, v3
	v_ashrrev_i32_e32 v3, 31, v38
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshlrev_b32_e32 v21, 4, v115
	v_and_b32_e32 v23, 0x78, v115
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v2, 25, v25
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_ashrrev_i32_e32 v29, 31, v126
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_xor_b32_e32 v21, v21, v23
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v13, v24, v2
	v_ashrrev_i32_e32 v2, 31, v28
	v_add_u32_e32 v3, v38, v3
	s_load_dword s53, s[0:1], 0x68
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_lshrrev_b32_e32 v4, 29, v29
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v12, v22, v0
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_xor_b32_e32 v0, 8, v21
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v2, 25, v2
	v_ashrrev_i32_e32 v20, 7, v3
	v_ashrrev_i32_e32 v3, 31, v40
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_u32_e32 v146, 0, v0
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_add_u32_e32 v0, v126, v4
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v4, v28, v2
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_ashrrev_i32_e32 v2, 31, v119
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_lshrrev_b32_e32 v2, 29, v2
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v40, v3
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_u32_e32 v144, 0, v21
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_add_u32_e32 v2, v119, v2
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v6, 7, v6
	v_ashrrev_i32_e32 v7, 7, v7
	v_ashrrev_i32_e32 v8, 7, v8
	v_ashrrev_i32_e32 v9, 7, v9
	v_ashrrev_i32_e32 v10, 7, v10
	v_ashrrev_i32_e32 v11, 7, v11
	v_ashrrev_i32_e32 v12, 7, v12
	v_ashrrev_i32_e32 v13, 7, v13
	v_ashrrev_i32_e32 v15, 7, v4
	v_ashrrev_i32_e32 v21, 7, v3
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_cmp_gt_i32_e64 s[2:3], s48, v126
	v_cmp_gt_i32_e64 s[0:1], s48, v119
	s_mov_b32 s52, 0
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_ashrrev_i32_e32 v0, 3, v0
	v_ashrrev_i32_e32 v2, 3, v2
	.loc	1 110 42                        ; fused_moe.py:110:42
	s_mul_i32 s30, s30, s18
	.loc	1 110 28 is_stmt 0              ; fused_moe.py:110:28
	v_mul_lo_u32 v3, v6, s19
	v_mul_lo_u32 v4, v7, s19
	v_mul_lo_u32 v6, v8, s19
	v_mul_lo_u32 v7, v9, s19
	v_mul_lo_u32 v8, v10, s19
	v_mul_lo_u32 v9, v11, s19
	v_mul_lo_u32 v10, v12, s19
	v_mul_lo_u32 v11, v13, s19
	v_mul_lo_u32 v12, v14, s19
	v_mul_lo_u32 v13, v15, s19
	v_mul_lo_u32 v14, v16, s19
	v_mul_lo_u32 v15, v17, s19
	v_mul_lo_u32 v16, v18, s19
	v_mul_lo_u32 v17, v19, s19
	v_mul_lo_u32 v18, v20, s19
	v_mul_lo_u32 v19, v21, s19
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_cmpk_gt_i32 s31, 0xff
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_waitcnt vmcnt(4)
	ds_write2st64_b64 v144, v[42:43], v[46:47] offset0:32 offset1:40
	ds_write2st64_b64 v146, v[44:45], v[48:49] offset0:32 offset1:40
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_waitcnt vmcnt(2)
	ds_write2st64_b64 v144, v[50:51], v[60:61] offset1:8
	s_waitcnt vmcnt(0)
	ds_write2st64_b64 v144, v[64:65], v[68:69] offset0:16 offset1:24
	ds_write2st64_b64 v146, v[52:53], v[62:63] offset1:8
	ds_write2st64_b64 v146, v[66:67], v[70:71] offset0:16 offset1:24
	s_cbranch_scc1 .LBB0_85
; %bb.83:                               ; %.._crit_edge_crit_edge
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_and_b32 s45, s9, 0xffff
	s_mov_b32 s44, s8
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_and_b32 s41, s29, 0xffff
	s_mov_b32 s40, s28
	s_mov_b64 s[6:7], 0
	s_mov_b64 s[46:47], s[38:39]
	s_mov_b64 s[42:43], s[38:39]
	s_branch .LBB0_86
.LBB0_84:
	.loc	1 0 27 is_stmt 0                ; fused_moe.py:0:27
	s_cbranch_execnz .LBB0_94
	s_branch .LBB0_95
.LBB0_85:
	s_mov_b64 s[6:7], -1
                                        ; implicit-def: $sgpr44_sgpr45
                                        ; implicit-def: $sgpr40_sgpr41
.LBB0_86:                               ; %Flow281
	s_and_b64 s[6:7], s[6:7], exec
	s_cselect_b32 s6, 1, 0
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v145, v0, s53
	v_mul_lo_u32 v143, v2, s53
	v_add_u32_e32 v142, s30, v3
	v_add_u32_e32 v141, s30, v4
	v_add_u32_e32 v140, s30, v6
	v_add_u32_e32 v139, s30, v7
	v_add_u32_e32 v138, s30, v8
	v_add_u32_e32 v137, s30, v9
	v_add_u32_e32 v136, s30, v10
	v_add_u32_e32 v135, s30, v11
	v_add_u32_e32 v134, s30, v12
	v_add_u32_e32 v133, s30, v13
	v_add_u32_e32 v132, s30, v14
	v_add_u32_e32 v131, s30, v15
	v_add_u32_e32 v105, s30, v16
	v_add_u32_e32 v103, s30, v17
	v_add_u32_e32 v101, s30, v18
	v_add_u32_e32 v99, s30, v19
	s_cmp_lg_u32 s6, 1
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
	v_mov_b32_e32 v63, 0
	v_mov_b32_e32 v62, 0
	v_mov_b32_e32 v61, 0
	v_mov_b32_e32 v60, 0
	v_lshlrev_b32_e32 v95, 7, v1
	v_lshrrev_b32_e32 v97, 2, v5
	s_cbranch_scc1 .LBB0_90
; %bb.87:                               ; %.lr.ph
	v_or_b32_e32 v0, v95, v93
	s_lshl_b32 s6, s50, 6
	v_xor_b32_e32 v8, v93, v97
	v_xor_b32_e32 v0, v0, v97
	v_or3_b32 v8, s6, v8, v95
.Ltmp13:
	.loc	2 43 12 is_stmt 1               ; standard.py:43:12 @[ fused_moe.py:117:23 ]
	s_lshr_b32 s42, s31, 7
	v_xor_b32_e32 v1, 16, v0
	v_xor_b32_e32 v2, 32, v0
	v_xor_b32_e32 v3, 48, v0
	v_xor_b32_e32 v4, 64, v0
	v_xor_b32_e32 v5, 0x50, v0
	v_xor_b32_e32 v6, 0x60, v0
	v_xor_b32_e32 v7, 0x70, v0
	v_xor_b32_e32 v9, 16, v8
	v_xor_b32_e32 v10, 32, v8
	v_xor_b32_e32 v11, 48, v8
	v_xor_b32_e32 v12, 64, v8
	v_xor_b32_e32 v13, 0x50, v8
	v_xor_b32_e32 v14, 0x60, v8
	v_xor_b32_e32 v15, 0x70, v8
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s11, 0x27000
	s_mov_b32 s10, 0x7ffffffe
	s_and_b32 s29, s29, 0xffff
	v_mov_b32_e32 v60, 0
	s_mov_b64 s[46:47], s[10:11]
	s_mov_b64 s[44:45], s[8:9]
	s_mov_b64 s[40:41], s[28:29]
	s_add_i32 s42, s42, -2
	v_bfrev_b32_e32 v147, 1
	v_add_u32_e32 v148, 0, v0
	v_add_u32_e32 v149, 0, v1
	v_add_u32_e32 v150, 0, v2
	v_add_u32_e32 v151, 0, v3
	v_add_u32_e32 v152, 0, v4
	v_add_u32_e32 v153, 0, v5
	v_add_u32_e32 v154, 0, v6
	v_add_u32_e32 v155, 0, v7
	v_add_u32_e32 v156, 0, v8
	v_add_u32_e32 v157, 0, v9
	v_add_u32_e32 v158, 0, v10
	v_add_u32_e32 v159, 0, v11
	v_add_u32_e32 v160, 0, v12
	v_add_u32_e32 v161, 0, v13
	v_add_u32_e32 v162, 0, v14
	v_add_u32_e32 v163, 0, v15
	v_mov_b32_e32 v61, v60
	v_mov_b32_e32 v62, v60
	v_mov_b32_e32 v63, v60
	v_mov_b32_e32 v64, v60
	v_mov_b32_e32 v65, v60
	v_mov_b32_e32 v66, v60
	v_mov_b32_e32 v67, v60
	v_mov_b32_e32 v68, v60
	v_mov_b32_e32 v69, v60
	v_mov_b32_e32 v70, v60
	v_mov_b32_e32 v71, v60
	v_mov_b32_e32 v72, v60
	v_mov_b32_e32 v73, v60
	v_mov_b32_e32 v74, v60
	v_mov_b32_e32 v75, v60
	v_mov_b32_e32 v76, v60
	v_mov_b32_e32 v77, v60
	v_mov_b32_e32 v78, v60
	v_mov_b32_e32 v79, v60
	v_mov_b32_e32 v80, v60
	v_mov_b32_e32 v81, v60
	v_mov_b32_e32 v82, v60
	v_mov_b32_e32 v83, v60
	v_mov_b32_e32 v84, v60
	v_mov_b32_e32 v85, v60
	v_mov_b32_e32 v86, v60
	v_mov_b32_e32 v87, v60
	v_mov_b32_e32 v88, v60
	v_mov_b32_e32 v89, v60
	v_mov_b32_e32 v90, v60
	v_mov_b32_e32 v91, v60
.Ltmp14:
.LBB0_88:                               ; =>This Inner Loop Header: Depth=1
	.loc	2 0 12 is_stmt 0                ; standard.py:0:12
	s_mov_b32 s43, s52
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_i32 s52, s52, 1
	.loc	1 118 27                        ; fused_moe.py:118:27
	s_lshl_b32 s6, s52, 7
	.loc	1 118 23 is_stmt 0              ; fused_moe.py:118:23
	s_sub_i32 s6, s51, s6
	.loc	1 119 57 is_stmt 1              ; fused_moe.py:119:57
	v_cmp_gt_i32_e64 s[18:19], s6, v92
	.loc	1 133 9                         ; fused_moe.py:133:9
	v_add_u32_e32 v94, 0x80, v94
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_add_lshl_u32 v0, s43, v145, 2
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b64 s[6:7], s[14:15], s[18:19]
	.loc	1 133 9                         ; fused_moe.py:133:9
	v_add_u32_e32 v96, 0x80, v96
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_add_lshl_u32 v1, s43, v143, 2
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v3, v147, v94, s[6:7]
	.loc	1 119 34 is_stmt 0              ; fused_moe.py:119:34
	s_and_b64 s[6:7], s[16:17], s[18:19]
	.loc	1 126 27 is_stmt 1              ; fused_moe.py:126:27
	v_cndmask_b32_e64 v0, v147, v0, s[2:3]
	.loc	1 134 9                         ; fused_moe.py:134:9
	v_add_u32_e32 v98, 0x80, v98
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v4, v147, v96, s[6:7]
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_cndmask_b32_e64 v1, v147, v1, s[0:1]
	.loc	1 134 9                         ; fused_moe.py:134:9
	v_add_u32_e32 v100, 0x80, v100
	v_add_u32_e32 v102, 0x80, v102
	v_add_u32_e32 v104, 0x80, v104
	.loc	1 119 13                        ; fused_moe.py:119:13
	buffer_load_dwordx4 v[32:35], v3, s[36:39], 0 offen
	buffer_load_dwordx4 v[36:39], v4, s[36:39], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 126 27                        ; fused_moe.py:126:27
	buffer_load_dword v118, v0, s[8:11], 0 offen
	buffer_load_dword v114, v1, s[8:11], 0 offen
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_mov_b32 s30, s10
	s_mov_b32 s31, s11
	v_add_lshl_u32 v0, s43, v142, 2
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cndmask_b32_e64 v2, v147, v98, s[18:19]
	.loc	1 127 27                        ; fused_moe.py:127:27
	v_add_lshl_u32 v1, s43, v141, 2
	v_add_lshl_u32 v3, s43, v140, 2
	v_add_lshl_u32 v4, s43, v139, 2
	v_add_lshl_u32 v5, s43, v138, 2
	v_add_lshl_u32 v6, s43, v137, 2
	v_add_lshl_u32 v7, s43, v136, 2
	v_add_lshl_u32 v8, s43, v135, 2
	v_add_lshl_u32 v9, s43, v134, 2
	v_add_lshl_u32 v10, s43, v133, 2
	v_add_lshl_u32 v11, s43, v132, 2
	v_add_lshl_u32 v12, s43, v131, 2
	v_add_lshl_u32 v13, s43, v105, 2
	v_add_lshl_u32 v14, s43, v103, 2
	v_add_lshl_u32 v15, s43, v101, 2
	v_add_lshl_u32 v16, s43, v99, 2
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_mov_b32 s6, s38
	s_mov_b32 s7, s39
	v_cndmask_b32_e64 v17, v147, v100, s[18:19]
	v_cndmask_b32_e64 v18, v147, v102, s[18:19]
	v_cndmask_b32_e64 v19, v147, v104, s[18:19]
	.loc	1 127 27                        ; fused_moe.py:127:27
	buffer_load_dword v106, v0, s[28:31], 0 offen
	buffer_load_dword v107, v1, s[28:31], 0 offen
	buffer_load_dword v108, v3, s[28:31], 0 offen
	buffer_load_dword v109, v4, s[28:31], 0 offen
	buffer_load_dword v110, v5, s[28:31], 0 offen
	buffer_load_dword v111, v6, s[28:31], 0 offen
	buffer_load_dword v112, v7, s[28:31], 0 offen
	buffer_load_dword v113, v8, s[28:31], 0 offen
	.loc	1 120 13                        ; fused_moe.py:120:13
	buffer_load_dwordx4 v[40:43], v2, s[4:7], 0 offen
	buffer_load_dwordx4 v[48:51], v17, s[4:7], 0 offen
	buffer_load_dwordx4 v[44:47], v18, s[4:7], 0 offen
	buffer_load_dwordx4 v[52:55], v19, s[4:7], 0 offen
	.loc	1 127 27                        ; fused_moe.py:127:27
	buffer_load_dword v120, v9, s[28:31], 0 offen
	buffer_load_dword v121, v10, s[28:31], 0 offen
	buffer_load_dword v122, v11, s[28:31], 0 offen
	buffer_load_dword v123, v12, s[28:31], 0 offen
	buffer_load_dword v116, v13, s[28:31], 0 offen
	buffer_load_dword v117, v14, s[28:31], 0 offen
	buffer_load_dword v124, v15, s[28:31], 0 offen
	buffer_load_dword v125, v16, s[28:31], 0 offen
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_read_b64 v[168:169], v156
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_read2st64_b64 v[164:167], v148 offset0:32 offset1:40
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_read_b64 v[170:171], v157
	ds_read_b64 v[172:173], v158
	ds_read_b64 v[174:175], v159
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(3)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[168:169], v[164:165], 0
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cmp_lg_u32 s43, s42
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[168:169], v[166:167], 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_read2st64_b64 v[164:167], v149 offset0:32 offset1:40
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[170:171], v[164:165], v[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[170:171], v[166:167], v[0:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_read2st64_b64 v[164:167], v150 offset0:32 offset1:40
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[172:173], v[164:165], v[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[172:173], v[166:167], v[0:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_read2st64_b64 v[164:167], v151 offset0:32 offset1:40
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[174:175], v[164:165], v[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[174:175], v[166:167], v[0:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_read_b64 v[168:169], v160
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_read2st64_b64 v[164:167], v152 offset0:32 offset1:40
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_read_b64 v[176:177], v161
	ds_read_b64 v[178:179], v162
	ds_read_b64 v[180:181], v163
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(3)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[168:169], v[164:165], v[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[168:169], v[166:167], v[0:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_read2st64_b64 v[164:167], v153 offset0:32 offset1:40
	ds_read2st64_b64 v[168:171], v154 offset0:32 offset1:40
	ds_read2st64_b64 v[172:175], v155 offset0:32 offset1:40
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(22)
	ds_write2st64_b64 v144, v[32:33], v[36:37] offset0:32 offset1:40
	ds_write2st64_b64 v146, v[34:35], v[38:39] offset0:32 offset1:40
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_waitcnt vmcnt(10)
	ds_write2st64_b64 v144, v[40:41], v[48:49] offset1:8
	ds_write2st64_b64 v146, v[42:43], v[50:51] offset1:8
	s_waitcnt vmcnt(8)
	ds_write2st64_b64 v144, v[44:45], v[52:53] offset0:16 offset1:24
	ds_write2st64_b64 v146, v[46:47], v[54:55] offset0:16 offset1:24
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[176:177], v[164:165], v[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[176:177], v[166:167], v[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[178:179], v[168:169], v[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[178:179], v[170:171], v[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[180:181], v[172:173], v[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[180:181], v[174:175], v[0:15]
	s_nop 9
	v_mul_f32_e64 v16, v118, v16
	v_mul_f32_e64 v17, v118, v17
	v_mul_f32_e64 v18, v118, v18
	v_mul_f32_e64 v19, v118, v19
	v_mul_f32_e64 v20, v118, v20
	v_mul_f32_e64 v21, v118, v21
	v_pk_mul_f32 v[22:23], v[118:119], v[22:23] op_sel_hi:[0,1]
	v_pk_mul_f32 v[24:25], v[118:119], v[24:25] op_sel_hi:[0,1]
	v_pk_mul_f32 v[26:27], v[118:119], v[26:27] op_sel_hi:[0,1]
	v_pk_mul_f32 v[28:29], v[118:119], v[28:29] op_sel_hi:[0,1]
	v_pk_mul_f32 v[30:31], v[118:119], v[30:31] op_sel_hi:[0,1]
	v_pk_mul_f32 v[0:1], v[114:115], v[0:1] op_sel_hi:[0,1]
	v_pk_mul_f32 v[2:3], v[114:115], v[2:3] op_sel_hi:[0,1]
	v_pk_mul_f32 v[4:5], v[114:115], v[4:5] op_sel_hi:[0,1]
	v_pk_mul_f32 v[6:7], v[114:115], v[6:7] op_sel_hi:[0,1]
	v_pk_mul_f32 v[8:9], v[114:115], v[8:9] op_sel_hi:[0,1]
	v_pk_mul_f32 v[10:11], v[114:115], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[12:13], v[114:115], v[12:13] op_sel_hi:[0,1]
	v_pk_mul_f32 v[14:15], v[114:115], v[14:15] op_sel_hi:[0,1]
	.loc	1 128 17 is_stmt 0              ; fused_moe.py:128:17
	v_pk_fma_f32 v[90:91], v[106:107], v[16:17], v[90:91]
	v_pk_fma_f32 v[74:75], v[106:107], v[0:1], v[74:75]
	v_pk_fma_f32 v[88:89], v[108:109], v[18:19], v[88:89]
	v_pk_fma_f32 v[72:73], v[108:109], v[2:3], v[72:73]
	v_pk_fma_f32 v[86:87], v[110:111], v[20:21], v[86:87]
	v_pk_fma_f32 v[70:71], v[110:111], v[4:5], v[70:71]
	v_pk_fma_f32 v[84:85], v[112:113], v[22:23], v[84:85]
	v_pk_fma_f32 v[68:69], v[112:113], v[6:7], v[68:69]
	s_waitcnt vmcnt(6)
	v_pk_fma_f32 v[82:83], v[120:121], v[24:25], v[82:83]
	v_pk_fma_f32 v[66:67], v[120:121], v[8:9], v[66:67]
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[80:81], v[122:123], v[26:27], v[80:81]
	v_pk_fma_f32 v[64:65], v[122:123], v[10:11], v[64:65]
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[78:79], v[116:117], v[28:29], v[78:79]
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[76:77], v[124:125], v[30:31], v[76:77]
	v_pk_fma_f32 v[62:63], v[116:117], v[12:13], v[62:63]
	v_pk_fma_f32 v[60:61], v[124:125], v[14:15], v[60:61]
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_cbranch_scc1 .LBB0_88
; %bb.89:                               ; %Flow
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_mov_b64 s[42:43], s[46:47]
.LBB0_90:                               ; %._crit_edge
	.loc	1 126 27 is_stmt 1              ; fused_moe.py:126:27
	v_add_lshl_u32 v0, s52, v145, 2
	v_bfrev_b32_e32 v1, 1
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[4:5], vcc, s[2:3]
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_cndmask_b32_e64 v0, v1, v0, s[4:5]
	v_add_lshl_u32 v2, s52, v143, 2
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[4:5], vcc, s[0:1]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_cndmask_b32_e64 v2, v1, v2, s[4:5]
	buffer_load_dword v50, v0, s[44:47], 0 offen
	buffer_load_dword v48, v2, s[44:47], 0 offen
	.loc	1 127 27                        ; fused_moe.py:127:27
	v_add_lshl_u32 v0, s52, v142, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	v_add_lshl_u32 v2, s52, v141, 2
	v_add_lshl_u32 v3, s52, v140, 2
	v_add_lshl_u32 v4, s52, v139, 2
	v_add_lshl_u32 v5, s52, v138, 2
	v_add_lshl_u32 v6, s52, v137, 2
	v_add_lshl_u32 v7, s52, v136, 2
	v_add_lshl_u32 v8, s52, v135, 2
	v_cndmask_b32_e32 v2, v1, v2, vcc
	v_cndmask_b32_e32 v3, v1, v3, vcc
	v_cndmask_b32_e32 v4, v1, v4, vcc
	v_cndmask_b32_e32 v5, v1, v5, vcc
	v_cndmask_b32_e32 v6, v1, v6, vcc
	v_cndmask_b32_e32 v7, v1, v7, vcc
	v_cndmask_b32_e32 v8, v1, v8, vcc
	buffer_load_dword v46, v0, s[40:43], 0 offen
	buffer_load_dword v47, v2, s[40:43], 0 offen
	buffer_load_dword v44, v3, s[40:43], 0 offen
	buffer_load_dword v45, v4, s[40:43], 0 offen
	buffer_load_dword v40, v5, s[40:43], 0 offen
	buffer_load_dword v41, v6, s[40:43], 0 offen
	buffer_load_dword v36, v7, s[40:43], 0 offen
	buffer_load_dword v37, v8, s[40:43], 0 offen
	v_add_lshl_u32 v0, s52, v134, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	v_add_lshl_u32 v2, s52, v133, 2
	v_add_lshl_u32 v3, s52, v132, 2
	v_add_lshl_u32 v4, s52, v131, 2
	v_add_lshl_u32 v5, s52, v105, 2
	v_add_lshl_u32 v6, s52, v103, 2
	v_add_lshl_u32 v7, s52, v101, 2
	v_add_lshl_u32 v8, s52, v99, 2
	v_cndmask_b32_e32 v2, v1, v2, vcc
	v_cndmask_b32_e32 v3, v1, v3, vcc
	v_cndmask_b32_e32 v4, v1, v4, vcc
	v_cndmask_b32_e32 v5, v1, v5, vcc
	v_cndmask_b32_e32 v6, v1, v6, vcc
	v_cndmask_b32_e32 v7, v1, v7, vcc
	v_cndmask_b32_e32 v1, v1, v8, vcc
	buffer_load_dword v42, v0, s[40:43], 0 offen
	buffer_load_dword v43, v2, s[40:43], 0 offen
	buffer_load_dword v38, v3, s[40:43], 0 offen
	buffer_load_dword v39, v4, s[40:43], 0 offen
	buffer_load_dword v34, v5, s[40:43], 0 offen
	buffer_load_dword v35, v6, s[40:43], 0 offen
	buffer_load_dword v32, v7, s[40:43], 0 offen
	buffer_load_dword v33, v1, s[40:43], 0 offen
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_and_b64 s[4:5], vcc, exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_92
; %bb.91:
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_lshl_b32 s4, s50, 6
	v_xor_b32_e32 v0, v93, v97
	v_or3_b32 v16, s4, v0, v95
	v_add_u32_e32 v0, 0, v16
	ds_read_b64 v[116:117], v0
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_or_b32_e32 v0, v95, v93
	v_xor_b32_e32 v17, v0, v97
	v_add_u32_e32 v0, 0, v17
	ds_read2st64_b64 v[52:55], v0 offset0:32 offset1:40
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_xad_u32 v18, v16, 16, 0
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[116:117], v[52:53], 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_read_b64 v[52:53], v18
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_xad_u32 v18, v17, 16, 0
	ds_read2st64_b64 v[94:97], v18 offset0:32 offset1:40
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_xad_u32 v18, v16, 32, 0
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[52:53], v[94:95], v[0:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_read_b64 v[94:95], v18
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_xad_u32 v18, v17, 32, 0
	ds_read2st64_b64 v[98:101], v18 offset0:32 offset1:40
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_xad_u32 v18, v16, 48, 0
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[94:95], v[98:99], v[0:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_read_b64 v[98:99], v18
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_xad_u32 v18, v17, 48, 0
	ds_read2st64_b64 v[102:105], v18 offset0:32 offset1:40
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_xad_u32 v18, v16, 64, 0
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[98:99], v[102:103], v[0:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_read_b64 v[102:103], v18
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_xad_u32 v18, v17, 64, 0
	ds_read2st64_b64 v[106:109], v18 offset0:32 offset1:40
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_xor_b32_e32 v18, 0x50, v16
	v_add_u32_e32 v18, 0, v18
	ds_read_b64 v[124:125], v18
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_xor_b32_e32 v18, 0x50, v17
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[102:103], v[106:107], v[0:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_u32_e32 v18, 0, v18
	ds_read2st64_b64 v[110:113], v18 offset0:32 offset1:40
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_xor_b32_e32 v18, 0x60, v16
	v_xor_b32_e32 v16, 0x70, v16
	v_add_u32_e32 v18, 0, v18
	v_add_u32_e32 v16, 0, v16
	ds_read_b64 v[106:107], v18
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[124:125], v[110:111], v[0:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_read_b64 v[110:111], v16
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_xor_b32_e32 v18, 0x60, v17
	v_xor_b32_e32 v16, 0x70, v17
	v_add_u32_e32 v18, 0, v18
	v_add_u32_e32 v16, 0, v16
	ds_read2st64_b64 v[120:123], v18 offset0:32 offset1:40
	ds_read2st64_b64 v[132:135], v16 offset0:32 offset1:40
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[116:117], v[54:55], 0
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[52:53], v[96:97], v[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[94:95], v[100:101], v[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[98:99], v[104:105], v[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[102:103], v[108:109], v[16:31]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[124:125], v[112:113], v[16:31]
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[106:107], v[120:121], v[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[106:107], v[122:123], v[16:31]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[110:111], v[132:133], v[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[110:111], v[134:135], v[16:31]
	s_branch .LBB0_93
.LBB0_92:
	.loc	1 0 32 is_stmt 0                ; fused_moe.py:0:32
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
.LBB0_93:
	.loc	1 137 22 is_stmt 1              ; fused_moe.py:137:22
	v_lshlrev_b32_e32 v49, 2, v126
	v_bfrev_b32_e32 v51, 1
	s_and_b32 s13, s13, 0xffff
	s_mov_b32 s15, 0x27000
	s_mov_b32 s14, 0x7ffffffe
	v_cndmask_b32_e64 v49, v51, v49, s[2:3]
	buffer_load_dword v52, v49, s[12:15], 0 offen
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_mul_lo_u32 v49, v126, s33
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt vmcnt(18)
	v_pk_mul_f32 v[94:95], v[50:51], v[6:7] op_sel_hi:[0,1]
	s_waitcnt vmcnt(17)
	v_pk_mul_f32 v[6:7], v[48:49], v[24:25] op_sel_hi:[0,1]
	.loc	1 137 22                        ; fused_moe.py:137:22
	v_lshlrev_b32_e32 v24, 2, v119
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[6:7], s[34:35], v[56:57]
	v_cmp_gt_i64_e64 s[4:5], s[34:35], v[58:59]
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_pk_mul_f32 v[54:55], v[50:51], v[0:1] op_sel_hi:[0,1]
	v_pk_mul_f32 v[56:57], v[50:51], v[2:3] op_sel_hi:[0,1]
	v_pk_mul_f32 v[58:59], v[50:51], v[4:5] op_sel_hi:[0,1]
	v_pk_mul_f32 v[16:17], v[48:49], v[16:17] op_sel_hi:[0,1]
	v_pk_mul_f32 v[18:19], v[48:49], v[18:19] op_sel_hi:[0,1]
	v_pk_mul_f32 v[20:21], v[48:49], v[20:21] op_sel_hi:[0,1]
	v_pk_mul_f32 v[22:23], v[48:49], v[22:23] op_sel_hi:[0,1]
	v_pk_mul_f32 v[4:5], v[48:49], v[26:27] op_sel_hi:[0,1]
	v_pk_mul_f32 v[2:3], v[48:49], v[28:29] op_sel_hi:[0,1]
	v_pk_mul_f32 v[0:1], v[48:49], v[30:31] op_sel_hi:[0,1]
	.loc	1 137 22                        ; fused_moe.py:137:22
	v_cndmask_b32_e64 v48, v51, v24, s[0:1]
	buffer_load_dword v48, v48, s[12:15], 0 offen
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_waitcnt vmcnt(16)
	v_pk_fma_f32 v[24:25], v[46:47], v[54:55], v[90:91]
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_mul_lo_u32 v53, v119, s33
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e32 v25, v91, v25, vcc
	v_cndmask_b32_e32 v24, v90, v24, vcc
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_pk_mul_f32 v[8:9], v[50:51], v[8:9] op_sel_hi:[0,1]
	v_pk_mul_f32 v[10:11], v[50:51], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[12:13], v[50:51], v[12:13] op_sel_hi:[0,1]
	v_pk_mul_f32 v[14:15], v[50:51], v[14:15] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_mov_b32_e32 v50, 1
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_u32_e32 v53, s22, v53
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[26:27], v[44:45], v[56:57], v[88:89]
	.loc	1 142 22                        ; fused_moe.py:142:22
	s_movk_i32 s10, 0x7fff
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e32 v27, v89, v27, vcc
	v_cndmask_b32_e32 v26, v88, v26, vcc
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_waitcnt vmcnt(12)
	v_pk_fma_f32 v[28:29], v[40:41], v[58:59], v[86:87]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_mov_b32_e32 v92, 0x7fff
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e32 v29, v87, v29, vcc
	v_cndmask_b32_e32 v28, v86, v28, vcc
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_waitcnt vmcnt(10)
	v_pk_fma_f32 v[30:31], v[36:37], v[94:95], v[84:85]
	s_waitcnt vmcnt(8)
	v_pk_fma_f32 v[8:9], v[42:43], v[8:9], v[82:83]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e32 v31, v85, v31, vcc
	v_cndmask_b32_e32 v30, v84, v30, vcc
	v_cndmask_b32_e32 v9, v83, v9, vcc
	v_cndmask_b32_e32 v8, v82, v8, vcc
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_u32_e32 v49, s22, v49
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[6:7], v[42:43], v[6:7], v[66:67]
	s_waitcnt vmcnt(6)
	v_pk_fma_f32 v[4:5], v[38:39], v[4:5], v[64:65]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e32 v7, v67, v7, vcc
	v_cndmask_b32_e32 v6, v66, v6, vcc
	v_cndmask_b32_e32 v5, v65, v5, vcc
	v_cndmask_b32_e32 v4, v64, v4, vcc
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[2:3], v[34:35], v[2:3], v[62:63]
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[0:1], v[32:33], v[0:1], v[60:61]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e32 v3, v63, v3, vcc
	v_cndmask_b32_e32 v2, v62, v2, vcc
	v_cndmask_b32_e32 v1, v61, v1, vcc
	v_cndmask_b32_e32 v0, v60, v0, vcc
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_b32 s13, s21, 0xffff
	s_mov_b32 s12, s20
	.loc	1 138 23                        ; fused_moe.py:138:23
	s_waitcnt vmcnt(1)
	v_pk_mul_f32 v[24:25], v[52:53], v[24:25] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v55, v24, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[26:27], v[52:53], v[26:27] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v54, v25, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v55, v24, v55, s10
	v_and_b32_sdwa v57, v26, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v54, v25, v54, s10
	v_lshrrev_b32_e32 v55, 16, v55
	v_cmp_o_f32_e64 s[8:9], v24, v24
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[28:29], v[52:53], v[28:29] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v56, v27, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v57, v26, v57, s10
	v_lshrrev_b32_e32 v54, 16, v54
	v_cndmask_b32_e64 v24, v92, v55, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v25, v25
	v_and_b32_sdwa v59, v28, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v56, v27, v56, s10
	v_lshrrev_b32_e32 v57, 16, v57
	v_cndmask_b32_e64 v25, v92, v54, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v26, v26
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[30:31], v[52:53], v[30:31] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v58, v29, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v59, v28, v59, s10
	v_lshrrev_b32_e32 v56, 16, v56
	v_cndmask_b32_e64 v26, v92, v57, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v27, v27
	v_and_b32_sdwa v85, v30, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v58, v29, v58, s10
	v_lshrrev_b32_e32 v59, 16, v59
	v_cndmask_b32_e64 v27, v92, v56, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v28, v28
	v_and_b32_sdwa v84, v31, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v85, v30, v85, s10
	v_lshrrev_b32_e32 v58, 16, v58
	v_cndmask_b32_e64 v28, v92, v59, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v29, v29
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[8:9], v[52:53], v[8:9] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_add3_u32 v84, v31, v84, s10
	v_lshrrev_b32_e32 v85, 16, v85
	v_cndmask_b32_e64 v29, v92, v58, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v30, v30
	v_and_b32_sdwa v55, v8, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v84, 16, v84
	v_cndmask_b32_e64 v30, v92, v85, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v31, v31
	v_add3_u32 v55, v8, v55, s10
	v_and_b32_sdwa v54, v9, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v31, v92, v84, s[8:9]
	v_lshrrev_b32_e32 v55, 16, v55
	v_cmp_o_f32_e64 s[8:9], v8, v8
	v_add3_u32 v54, v9, v54, s10
	v_lshrrev_b32_e32 v54, 16, v54
	v_cndmask_b32_e64 v55, v92, v55, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v9, v9
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[8:9], v[38:39], v[10:11], v[80:81]
	.loc	1 138 23                        ; fused_moe.py:138:23
	s_waitcnt vmcnt(0)
	v_pk_mul_f32 v[6:7], v[48:49], v[6:7] op_sel_hi:[0,1]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e32 v9, v81, v9, vcc
	v_cndmask_b32_e32 v8, v80, v8, vcc
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[8:9], v[52:53], v[8:9] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v11, v8, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v11, v8, v11, s10
	v_cndmask_b32_e64 v54, v92, v54, s[8:9]
	v_and_b32_sdwa v10, v9, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v11, 16, v11
	v_cmp_o_f32_e64 s[8:9], v8, v8
	v_add3_u32 v10, v9, v10, s10
	v_lshrrev_b32_e32 v10, 16, v10
	v_cndmask_b32_e64 v11, v92, v11, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v9, v9
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[8:9], v[34:35], v[12:13], v[78:79]
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[4:5], v[48:49], v[4:5] op_sel_hi:[0,1]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e32 v9, v79, v9, vcc
	v_cndmask_b32_e32 v8, v78, v8, vcc
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[8:9], v[52:53], v[8:9] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v13, v8, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v13, v8, v13, s10
	v_cndmask_b32_e64 v10, v92, v10, s[8:9]
	v_and_b32_sdwa v12, v9, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v13, 16, v13
	v_cmp_o_f32_e64 s[8:9], v8, v8
	v_add3_u32 v12, v9, v12, s10
	v_lshrrev_b32_e32 v12, 16, v12
	v_cndmask_b32_e64 v13, v92, v13, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v9, v9
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[8:9], v[32:33], v[14:15], v[76:77]
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[2:3], v[48:49], v[2:3] op_sel_hi:[0,1]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e32 v9, v77, v9, vcc
	v_cndmask_b32_e32 v8, v76, v8, vcc
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[8:9], v[52:53], v[8:9] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v15, v8, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v15, v8, v15, s10
	v_cndmask_b32_e64 v12, v92, v12, s[8:9]
	v_and_b32_sdwa v14, v9, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v15, 16, v15
	v_cmp_o_f32_e64 s[8:9], v8, v8
	v_add3_u32 v14, v9, v14, s10
	v_lshrrev_b32_e32 v14, 16, v14
	v_cndmask_b32_e64 v15, v92, v15, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v9, v9
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[8:9], v[46:47], v[16:17], v[74:75]
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[0:1], v[48:49], v[0:1] op_sel_hi:[0,1]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e32 v9, v75, v9, vcc
	v_cndmask_b32_e32 v8, v74, v8, vcc
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[8:9], v[48:49], v[8:9] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v17, v8, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v17, v8, v17, s10
	v_cndmask_b32_e64 v14, v92, v14, s[8:9]
	v_and_b32_sdwa v16, v9, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v17, 16, v17
	v_cmp_o_f32_e64 s[8:9], v8, v8
	v_add3_u32 v16, v9, v16, s10
	v_lshrrev_b32_e32 v16, 16, v16
	v_cndmask_b32_e64 v17, v92, v17, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v9, v9
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[8:9], v[44:45], v[18:19], v[72:73]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_nop 0
	v_cndmask_b32_e32 v9, v73, v9, vcc
	v_cndmask_b32_e32 v8, v72, v8, vcc
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[8:9], v[48:49], v[8:9] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v19, v8, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v19, v8, v19, s10
	v_cndmask_b32_e64 v16, v92, v16, s[8:9]
	v_and_b32_sdwa v18, v9, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v19, 16, v19
	v_cmp_o_f32_e64 s[8:9], v8, v8
	v_add3_u32 v18, v9, v18, s10
	v_lshrrev_b32_e32 v18, 16, v18
	v_cndmask_b32_e64 v19, v92, v19, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v9, v9
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[8:9], v[40:41], v[20:21], v[70:71]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_nop 0
	v_cndmask_b32_e32 v9, v71, v9, vcc
	v_cndmask_b32_e32 v8, v70, v8, vcc
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[8:9], v[48:49], v[8:9] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v21, v8, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v21, v8, v21, s10
	v_cndmask_b32_e64 v18, v92, v18, s[8:9]
	v_and_b32_sdwa v20, v9, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v21, 16, v21
	v_cmp_o_f32_e64 s[8:9], v8, v8
	v_add3_u32 v20, v9, v20, s10
	v_lshrrev_b32_e32 v20, 16, v20
	v_cndmask_b32_e64 v21, v92, v21, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v9, v9
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[8:9], v[36:37], v[22:23], v[68:69]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_nop 0
	v_cndmask_b32_e32 v9, v69, v9, vcc
	v_cndmask_b32_e32 v8, v68, v8, vcc
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[8:9], v[48:49], v[8:9] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v23, v8, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_sdwa v22, v9, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v23, v8, v23, s10
	v_cndmask_b32_e64 v20, v92, v20, s[8:9]
	v_add3_u32 v22, v9, v22, s10
	v_lshrrev_b32_e32 v23, 16, v23
	v_cmp_o_f32_e64 s[8:9], v8, v8
	v_lshrrev_b32_e32 v22, 16, v22
	v_cmp_o_f32_e32 vcc, v0, v0
	v_cndmask_b32_e64 v8, v92, v23, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v9, v9
	v_and_b32_sdwa v23, v6, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v23, v6, v23, s10
	v_cndmask_b32_e64 v9, v92, v22, s[8:9]
	v_and_b32_sdwa v22, v7, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v22, v7, v22, s10
	v_lshrrev_b32_e32 v23, 16, v23
	v_cmp_o_f32_e64 s[8:9], v6, v6
	v_lshrrev_b32_e32 v22, 16, v22
	s_nop 0
	v_cndmask_b32_e64 v6, v92, v23, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v7, v7
	v_and_b32_sdwa v23, v4, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v23, v4, v23, s10
	v_cndmask_b32_e64 v7, v92, v22, s[8:9]
	v_and_b32_sdwa v22, v5, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v22, v5, v22, s10
	v_lshrrev_b32_e32 v23, 16, v23
	v_cmp_o_f32_e64 s[8:9], v4, v4
	v_lshrrev_b32_e32 v22, 16, v22
	s_nop 0
	v_cndmask_b32_e64 v4, v92, v23, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v5, v5
	v_and_b32_sdwa v23, v2, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v23, v2, v23, s10
	v_cndmask_b32_e64 v5, v92, v22, s[8:9]
	v_and_b32_sdwa v22, v3, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v22, v3, v22, s10
	v_lshrrev_b32_e32 v23, 16, v23
	v_cmp_o_f32_e64 s[8:9], v2, v2
	v_lshrrev_b32_e32 v22, 16, v22
	s_nop 0
	v_cndmask_b32_e64 v2, v92, v23, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v3, v3
	v_and_b32_sdwa v23, v0, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v23, v0, v23, s10
	v_cndmask_b32_e64 v3, v92, v22, s[8:9]
	v_and_b32_sdwa v22, v1, v50 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v22, v1, v22, s10
	v_lshrrev_b32_e32 v23, 16, v23
	v_lshrrev_b32_e32 v22, 16, v22
	v_cndmask_b32_e32 v23, v92, v23, vcc
	v_cmp_o_f32_e32 vcc, v1, v1
	.loc	1 142 5 is_stmt 0               ; fused_moe.py:142:5
	s_mov_b32 s8, 0x5040100
	v_perm_b32 v0, v25, v24, s8
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cndmask_b32_e32 v22, v92, v22, vcc
	.loc	1 142 5                         ; fused_moe.py:142:5
	v_add_lshl_u32 v24, v49, v127, 1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b64 vcc, s[2:3], s[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	v_perm_b32 v1, v27, v26, s8
	v_cndmask_b32_e32 v24, v51, v24, vcc
	buffer_store_dwordx2 v[0:1], v24, s[12:15], 0 offen
	v_add_lshl_u32 v24, v49, v128, 1
	v_perm_b32 v1, v31, v30, s8
	v_perm_b32 v0, v29, v28, s8
	v_cndmask_b32_e32 v24, v51, v24, vcc
	buffer_store_dwordx2 v[0:1], v24, s[12:15], 0 offen
	v_perm_b32 v1, v10, v11, s8
	v_add_lshl_u32 v10, v49, v129, 1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 vcc, s[2:3], s[4:5]
	.loc	1 142 5                         ; fused_moe.py:142:5
	v_perm_b32 v0, v54, v55, s8
	v_cndmask_b32_e32 v10, v51, v10, vcc
	buffer_store_dwordx2 v[0:1], v10, s[12:15], 0 offen
	v_add_lshl_u32 v10, v49, v130, 1
	v_perm_b32 v1, v14, v15, s8
	v_perm_b32 v0, v12, v13, s8
	v_cndmask_b32_e32 v10, v51, v10, vcc
	buffer_store_dwordx2 v[0:1], v10, s[12:15], 0 offen
	v_add_lshl_u32 v10, v53, v127, 1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 vcc, s[0:1], s[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	v_perm_b32 v1, v18, v19, s8
	v_perm_b32 v0, v16, v17, s8
	v_cndmask_b32_e32 v10, v51, v10, vcc
	buffer_store_dwordx2 v[0:1], v10, s[12:15], 0 offen
	v_perm_b32 v1, v9, v8, s8
	v_add_lshl_u32 v8, v53, v128, 1
	v_perm_b32 v0, v20, v21, s8
	v_cndmask_b32_e32 v8, v51, v8, vcc
	buffer_store_dwordx2 v[0:1], v8, s[12:15], 0 offen
	v_perm_b32 v1, v5, v4, s8
	v_add_lshl_u32 v4, v53, v129, 1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 vcc, s[0:1], s[4:5]
	.loc	1 142 5                         ; fused_moe.py:142:5
	v_perm_b32 v0, v7, v6, s8
	v_cndmask_b32_e32 v4, v51, v4, vcc
	buffer_store_dwordx2 v[0:1], v4, s[12:15], 0 offen
	v_perm_b32 v0, v3, v2, s8
	v_add_lshl_u32 v2, v53, v130, 1
	v_perm_b32 v1, v22, v23, s8
	v_cndmask_b32_e32 v2, v51, v2, vcc
	buffer_store_dwordx2 v[0:1], v2, s[12:15], 0 offen
	s_branch .LBB0_95
.LBB0_94:
	.loc	1 85 44                         ; fused_moe.py:85:44
	v_lshrrev_b32_e32 v0, 4, v115
	.loc	1 86 26                         ; fused_moe.py:86:26
	v_or_b32_e32 v0, s49, v0
	v_lshlrev_b32_e32 v0, 2, v0
	.loc	1 86 18 is_stmt 0               ; fused_moe.py:86:18
	v_or_b32_e32 v1, 0xc0, v0
	v_or_b32_e32 v2, 0x80, v0
	v_or_b32_e32 v3, 64, v0
	buffer_load_dword v4, v1, s[24:27], 0 offen
	buffer_load_dword v5, v2, s[24:27], 0 offen
	buffer_load_dword v6, v3, s[24:27], 0 offen
	buffer_load_dword v7, v0, s[24:27], 0 offen
	s_mov_b32 s0, 0
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	v_or_b32_e32 v0, s22, v93
	v_mov_b32_e32 v1, s23
	.loc	1 97 9                          ; fused_moe.py:97:9
	s_mov_b32 s1, s0
	s_mov_b32 s2, s0
	s_mov_b32 s3, s0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e32 vcc, s[34:35], v[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	v_mov_b64_e32 v[10:11], s[2:3]
	v_mov_b64_e32 v[8:9], s[0:1]
	v_bfrev_b32_e32 v2, 1
	s_and_b32 s21, s21, 0xffff
	s_mov_b32 s23, 0x27000
	s_mov_b32 s22, 0x7ffffffe
	.loc	1 88 18                         ; fused_moe.py:88:18
	s_waitcnt vmcnt(3)
	v_cmp_gt_i32_e64 s[0:1], s48, v4
	s_waitcnt vmcnt(2)
	v_cmp_gt_i32_e64 s[2:3], s48, v5
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_mul_lo_u32 v3, v5, s33
	.loc	1 88 18                         ; fused_moe.py:88:18
	s_waitcnt vmcnt(0)
	v_cmp_gt_i32_e64 s[6:7], s48, v7
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_mul_lo_u32 v5, v7, s33
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_cmp_gt_i32_e64 s[4:5], s48, v6
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_mul_lo_u32 v1, v4, s33
	v_mul_lo_u32 v4, v6, s33
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
	buffer_store_dwordx4 v[8:11], v1, s[20:23], 0 offen
	buffer_store_dwordx4 v[8:11], v4, s[20:23], 0 offen
	buffer_store_dwordx4 v[8:11], v3, s[20:23], 0 offen
	buffer_store_dwordx4 v[8:11], v0, s[20:23], 0 offen
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
		.amdhsa_next_free_vgpr 182
		.amdhsa_next_free_sgpr 54
		.amdhsa_accum_offset 184
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
	.set .Lfused_moe_kernel.num_vgpr, 182
	.set .Lfused_moe_kernel.num_agpr, 0
	.set .Lfused_moe_kernel.numbered_sgpr, 54
	.set .Lfused_moe_kernel.num_named_barrier, 0
	.set .Lfused_moe_kernel.private_seg_size, 0
	.set .Lfused_moe_kernel.uses_vcc, 1
	.set .Lfused_moe_kernel.uses_flat_scratch, 0
	.set .Lfused_moe_kernel.has_dyn_sized_stack, 0
	.set .Lfused_moe_kernel.has_recursion, 0
	.set .Lfused_moe_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 21424
; TotalNumSgprs: 60
; NumVgprs: 182
; NumAgprs: 0
; TotalNumVgprs: 182
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 7
; VGPRBlocks: 22
; NumSGPRsForWavesPerEU: 60
; NumVGPRsForWavesPerEU: 182
; AccumOffset: 184
; Occupancy: 2
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 45
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
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 136
    .max_flat_workgroup_size: 256
    .name:           fused_moe_kernel
    .private_segment_fixed_size: 0
    .sgpr_count:     60
    .sgpr_spill_count: 0
    .symbol:         fused_moe_kernel.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     182
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

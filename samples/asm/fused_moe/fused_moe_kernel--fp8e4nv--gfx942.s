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
	s_mov_b64 s[44:45], s[2:3]
	s_load_dword s26, s[0:1], 0x48
	s_load_dword s2, s[0:1], 0x50
	s_mov_b64 s[28:29], s[6:7]
	s_mov_b64 s[40:41], s[10:11]
	s_mov_b64 s[36:37], s[14:15]
.Ltmp1:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13 is_stmt 1               ; standard.py:43:13 @[ fused_moe.py:72:17 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s3, s26, 0x7f
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
	s_lshl_b32 s30, s2, 6
	s_waitcnt lgkmcnt(0)
	s_cmp_lt_i32 s30, s6
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_readfirstlane_b32 s6, v0
	.loc	1 82 8                          ; fused_moe.py:82:8
	s_cbranch_scc0 .LBB0_95
; %bb.1:
	.loc	1 0 8 is_stmt 0                 ; fused_moe.py:0:8
	s_load_dwordx2 s[10:11], s[0:1], 0x38
	s_load_dword s56, s[0:1], 0x54
	s_load_dword s33, s[0:1], 0x64
	.loc	1 90 15 is_stmt 1               ; fused_moe.py:90:15
	s_lshl_b32 s34, s3, 7
	.loc	1 94 18                         ; fused_moe.py:94:18
	s_ashr_i32 s3, s2, 31
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_b32 s31, s6, 0xc0
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_and_b32 s37, s37, 0xffff
	.loc	1 90 15                         ; fused_moe.py:90:15
	s_ashr_i32 s35, s34, 31
	.loc	1 92 37                         ; fused_moe.py:92:37
	s_ashr_i32 s27, s26, 31
	.loc	1 94 18                         ; fused_moe.py:94:18
	s_lshl_b64 s[2:3], s[2:3], 2
	s_waitcnt lgkmcnt(0)
	s_add_u32 s2, s10, s2
	s_addc_u32 s3, s11, s3
	s_load_dword s18, s[2:3], 0x0
	.loc	1 85 44                         ; fused_moe.py:85:44
	v_and_or_b32 v169, v0, 63, s31
	.loc	1 86 18                         ; fused_moe.py:86:18
	s_mov_b32 s39, 0x27000
	s_mov_b32 s38, 0x7ffffffe
	.loc	1 90 38                         ; fused_moe.py:90:38
	v_and_b32_e32 v173, 15, v0
	.loc	1 95 8                          ; fused_moe.py:95:8
	s_waitcnt lgkmcnt(0)
	s_cmp_lg_u32 s18, -1
	s_cbranch_scc0 .LBB0_84
; %bb.2:
	.loc	1 85 44                         ; fused_moe.py:85:44
	v_and_b32_e32 v1, 31, v0
	v_lshrrev_b32_e32 v10, 3, v169
	v_or_b32_e32 v4, 32, v10
	.loc	1 86 26                         ; fused_moe.py:86:26
	v_or_b32_e32 v2, s30, v1
	v_or_b32_e32 v3, s30, v10
	v_or_b32_e32 v5, s30, v4
	v_lshlrev_b32_e32 v2, 2, v2
	.loc	1 86 18 is_stmt 0               ; fused_moe.py:86:18
	v_or_b32_e32 v6, 0x80, v2
	v_lshlrev_b32_e32 v3, 2, v3
	v_lshlrev_b32_e32 v5, 2, v5
	buffer_load_dword v171, v2, s[36:39], 0 offen
	buffer_load_dword v170, v6, s[36:39], 0 offen
	buffer_load_dword v27, v3, s[36:39], 0 offen
	buffer_load_dword v26, v5, s[36:39], 0 offen
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_or_b64 s[6:7], s[34:35], s[26:27]
	s_cmp_lg_u32 s7, 0
	s_mov_b32 s2, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v8, s34, v10
	v_mov_b32_e32 v9, s35
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr2_vgpr3
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_4
; %bb.3:
	s_ashr_i32 s14, s27, 31
	s_add_u32 s16, s26, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s27, s14
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
	s_mul_i32 s19, s3, s16
	s_mul_hi_u32 s21, s3, s17
	s_mul_i32 s20, s6, s17
	s_add_i32 s19, s21, s19
	s_add_i32 s19, s19, s20
	s_mul_i32 s22, s3, s17
	s_mul_i32 s21, s17, s19
	s_mul_hi_u32 s23, s17, s22
	s_mul_hi_u32 s20, s17, s19
	s_add_u32 s21, s23, s21
	s_addc_u32 s20, 0, s20
	s_mul_hi_u32 s23, s16, s22
	s_mul_i32 s22, s16, s22
	s_add_u32 s21, s21, s22
	s_addc_u32 s20, s20, s23
	s_mul_hi_u32 s21, s16, s19
	s_addc_u32 s21, s21, 0
	s_mul_i32 s19, s16, s19
	s_add_u32 s19, s20, s19
	s_addc_u32 s20, 0, s21
	s_add_u32 s17, s17, s19
	s_addc_u32 s16, s16, s20
	s_mul_i32 s19, s3, s17
	s_mul_i32 s22, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s22
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s20, s16, s19
	s_mul_i32 s21, s16, s19
	s_mul_i32 s22, s17, s3
	s_mul_hi_u32 s19, s17, s19
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s19, s19, s22
	s_addc_u32 s6, 0, s6
	s_add_u32 s19, s19, s21
	s_addc_u32 s6, s6, s20
	s_mul_hi_u32 s19, s16, s3
	s_addc_u32 s19, s19, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	v_ashrrev_i32_e32 v2, 31, v9
	s_addc_u32 s6, 0, s19
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
.LBB0_4:                                ; %Flow372
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_saveexec_b64 s[2:3], s[10:11]
	v_cvt_f32_u32_e32 v3, s26
	s_xor_b64 exec, exec, s[2:3]
	s_cbranch_execz .LBB0_6
; %bb.5:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v2, v3
	s_sub_i32 s6, 0, s26
	v_mul_f32_e32 v2, 0x4f7ffffe, v2
	v_cvt_u32_f32_e32 v2, v2
	v_mul_lo_u32 v5, s6, v2
	v_mul_hi_u32 v5, v2, v5
	v_add_u32_e32 v2, v2, v5
	v_mul_hi_u32 v2, v8, v2
	v_mul_lo_u32 v2, v2, s26
	v_sub_u32_e32 v2, v8, v2
	v_subrev_u32_e32 v5, s26, v2
	v_cmp_le_u32_e32 vcc, s26, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v5, vcc
	v_subrev_u32_e32 v5, s26, v2
	v_cmp_le_u32_e32 vcc, s26, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v2, v5, vcc
.LBB0_6:                                ; %.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v6, s34, v4
	v_mov_b32_e32 v7, s35
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr4_vgpr5
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_8
; %bb.7:
	s_ashr_i32 s14, s27, 31
	s_add_u32 s16, s26, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s27, s14
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
	s_mul_i32 s19, s3, s16
	s_mul_hi_u32 s21, s3, s17
	s_mul_i32 s20, s6, s17
	s_add_i32 s19, s21, s19
	s_add_i32 s19, s19, s20
	s_mul_i32 s22, s3, s17
	s_mul_i32 s21, s17, s19
	s_mul_hi_u32 s23, s17, s22
	s_mul_hi_u32 s20, s17, s19
	s_add_u32 s21, s23, s21
	s_addc_u32 s20, 0, s20
	s_mul_hi_u32 s23, s16, s22
	s_mul_i32 s22, s16, s22
	s_add_u32 s21, s21, s22
	s_addc_u32 s20, s20, s23
	s_mul_hi_u32 s21, s16, s19
	s_addc_u32 s21, s21, 0
	s_mul_i32 s19, s16, s19
	s_add_u32 s19, s20, s19
	s_addc_u32 s20, 0, s21
	s_add_u32 s17, s17, s19
	s_addc_u32 s16, s16, s20
	s_mul_i32 s19, s3, s17
	s_mul_i32 s22, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s22
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s20, s16, s19
	s_mul_i32 s21, s16, s19
	s_mul_i32 s22, s17, s3
	s_mul_hi_u32 s19, s17, s19
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s19, s19, s22
	s_addc_u32 s6, 0, s6
	s_add_u32 s19, s19, s21
	s_addc_u32 s6, s6, s20
	s_mul_hi_u32 s19, s16, s3
	s_addc_u32 s19, s19, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	v_ashrrev_i32_e32 v4, 31, v7
	s_addc_u32 s6, 0, s19
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
.LBB0_8:                                ; %Flow371
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_10
; %bb.9:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v4, v3
	s_sub_i32 s6, 0, s26
	v_mul_f32_e32 v4, 0x4f7ffffe, v4
	v_cvt_u32_f32_e32 v4, v4
	v_mul_lo_u32 v5, s6, v4
	v_mul_hi_u32 v5, v4, v5
	v_add_u32_e32 v4, v4, v5
	v_mul_hi_u32 v4, v6, v4
	v_mul_lo_u32 v4, v4, s26
	v_sub_u32_e32 v4, v6, v4
	v_subrev_u32_e32 v5, s26, v4
	v_cmp_le_u32_e32 vcc, s26, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v5, vcc
	v_subrev_u32_e32 v5, s26, v4
	v_cmp_le_u32_e32 vcc, s26, v4
	s_nop 1
	v_cndmask_b32_e32 v4, v4, v5, vcc
.LBB0_10:                               ; %.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v10, v10, s34, 64
	v_mov_b32_e32 v11, s35
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr6_vgpr7
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_12
; %bb.11:
	s_ashr_i32 s14, s27, 31
	s_add_u32 s16, s26, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s27, s14
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
	s_mul_i32 s19, s3, s16
	s_mul_hi_u32 s21, s3, s17
	s_mul_i32 s20, s6, s17
	s_add_i32 s19, s21, s19
	s_add_i32 s19, s19, s20
	s_mul_i32 s22, s3, s17
	s_mul_i32 s21, s17, s19
	s_mul_hi_u32 s23, s17, s22
	s_mul_hi_u32 s20, s17, s19
	s_add_u32 s21, s23, s21
	s_addc_u32 s20, 0, s20
	s_mul_hi_u32 s23, s16, s22
	s_mul_i32 s22, s16, s22
	s_add_u32 s21, s21, s22
	s_addc_u32 s20, s20, s23
	s_mul_hi_u32 s21, s16, s19
	s_addc_u32 s21, s21, 0
	s_mul_i32 s19, s16, s19
	s_add_u32 s19, s20, s19
	s_addc_u32 s20, 0, s21
	s_add_u32 s17, s17, s19
	s_addc_u32 s16, s16, s20
	s_mul_i32 s19, s3, s17
	s_mul_i32 s22, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s22
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s20, s16, s19
	s_mul_i32 s21, s16, s19
	s_mul_i32 s22, s17, s3
	s_mul_hi_u32 s19, s17, s19
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s19, s19, s22
	s_addc_u32 s6, 0, s6
	s_add_u32 s19, s19, s21
	s_addc_u32 s6, s6, s20
	s_mul_hi_u32 s19, s16, s3
	s_addc_u32 s19, s19, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	v_ashrrev_i32_e32 v6, 31, v11
	s_addc_u32 s6, 0, s19
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
.LBB0_12:                               ; %Flow370
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_14
; %bb.13:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s6, 0, s26
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v6, s6, v5
	v_mul_hi_u32 v6, v5, v6
	v_add_u32_e32 v5, v5, v6
	v_mul_hi_u32 v5, v10, v5
	v_mul_lo_u32 v5, v5, s26
	v_sub_u32_e32 v5, v10, v5
	v_subrev_u32_e32 v6, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v6, vcc
	v_subrev_u32_e32 v6, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v6, v5, v6, vcc
.LBB0_14:                               ; %.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v10, 0x60, v8
	v_mov_b32_e32 v11, s35
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr8_vgpr9
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_16
; %bb.15:
	s_ashr_i32 s14, s27, 31
	s_add_u32 s16, s26, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s27, s14
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
	s_mul_i32 s19, s3, s16
	s_mul_hi_u32 s21, s3, s17
	s_mul_i32 s20, s6, s17
	s_add_i32 s19, s21, s19
	s_add_i32 s19, s19, s20
	s_mul_i32 s22, s3, s17
	s_mul_i32 s21, s17, s19
	s_mul_hi_u32 s23, s17, s22
	s_mul_hi_u32 s20, s17, s19
	s_add_u32 s21, s23, s21
	s_addc_u32 s20, 0, s20
	s_mul_hi_u32 s23, s16, s22
	s_mul_i32 s22, s16, s22
	s_add_u32 s21, s21, s22
	s_addc_u32 s20, s20, s23
	s_mul_hi_u32 s21, s16, s19
	s_addc_u32 s21, s21, 0
	s_mul_i32 s19, s16, s19
	s_add_u32 s19, s20, s19
	s_addc_u32 s20, 0, s21
	s_add_u32 s17, s17, s19
	s_addc_u32 s16, s16, s20
	s_mul_i32 s19, s3, s17
	s_mul_i32 s22, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s22
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s20, s16, s19
	s_mul_i32 s21, s16, s19
	s_mul_i32 s22, s17, s3
	s_mul_hi_u32 s19, s17, s19
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s19, s19, s22
	s_addc_u32 s6, 0, s6
	s_add_u32 s19, s19, s21
	s_addc_u32 s6, s6, s20
	s_mul_hi_u32 s19, s16, s3
	s_addc_u32 s19, s19, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s19
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
.LBB0_16:                               ; %Flow369
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_18
; %bb.17:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s6, 0, s26
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s6, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v10, v5
	v_mul_lo_u32 v5, v5, s26
	v_sub_u32_e32 v5, v10, v5
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v8, v5, v7, vcc
.LBB0_18:                               ; %.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 90 38 is_stmt 1               ; fused_moe.py:90:38
	v_lshrrev_b32_e32 v5, 3, v0
	s_lshr_b32 s2, s31, 1
	v_and_b32_e32 v128, 4, v5
	v_or_b32_e32 v172, s2, v128
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v32, s34, v172
	v_mov_b32_e32 v33, s35
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr10_vgpr11
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_20
; %bb.19:
	s_ashr_i32 s14, s27, 31
	s_add_u32 s16, s26, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s27, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v5, s14
	v_cvt_f32_u32_e32 v7, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v10, 31, v33
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v11, v10
	v_lshl_add_u64 v[12:13], v[32:33], 0, v[10:11]
	v_mov_b32_e32 v15, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_readfirstlane_b32 s16, v7
	v_readfirstlane_b32 s17, v5
	s_mul_i32 s19, s3, s16
	s_mul_hi_u32 s21, s3, s17
	s_mul_i32 s20, s6, s17
	s_add_i32 s19, s21, s19
	s_add_i32 s19, s19, s20
	s_mul_i32 s22, s3, s17
	s_mul_i32 s21, s17, s19
	s_mul_hi_u32 s23, s17, s22
	s_mul_hi_u32 s20, s17, s19
	s_add_u32 s21, s23, s21
	s_addc_u32 s20, 0, s20
	s_mul_hi_u32 s23, s16, s22
	s_mul_i32 s22, s16, s22
	s_add_u32 s21, s21, s22
	s_addc_u32 s20, s20, s23
	s_mul_hi_u32 s21, s16, s19
	s_addc_u32 s21, s21, 0
	s_mul_i32 s19, s16, s19
	s_add_u32 s19, s20, s19
	s_addc_u32 s20, 0, s21
	s_add_u32 s17, s17, s19
	s_addc_u32 s16, s16, s20
	s_mul_i32 s19, s3, s17
	s_mul_i32 s22, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s22
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s20, s16, s19
	s_mul_i32 s21, s16, s19
	s_mul_i32 s22, s17, s3
	s_mul_hi_u32 s19, s17, s19
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s19, s19, s22
	s_addc_u32 s6, 0, s6
	s_add_u32 s19, s19, s21
	s_addc_u32 s6, s6, s20
	s_mul_hi_u32 s19, s16, s3
	s_addc_u32 s19, s19, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s19
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v7, v12, v10
	v_xor_b32_e32 v5, v13, v10
	v_mad_u64_u32 v[12:13], s[16:17], v7, s6, 0
	v_mul_hi_u32 v14, v7, s3
	v_lshl_add_u64 v[12:13], v[14:15], 0, v[12:13]
	v_mad_u64_u32 v[14:15], s[16:17], v5, s3, 0
	v_add_co_u32_e32 v9, vcc, v12, v14
	s_nop 1
	v_addc_co_u32_e32 v12, vcc, v13, v15, vcc
	v_mad_u64_u32 v[14:15], s[16:17], v5, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v15, vcc, 0, v15, vcc
	v_mov_b32_e32 v13, s2
	v_lshl_add_u64 v[12:13], v[12:13], 0, v[14:15]
	v_mul_lo_u32 v9, s15, v12
	v_mul_lo_u32 v11, s14, v13
	v_mad_u64_u32 v[12:13], s[2:3], s14, v12, 0
	v_add3_u32 v9, v13, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_mov_b32_e32 v13, s15
	v_sub_co_u32_e32 v7, vcc, v7, v12
	s_nop 1
	v_subb_co_u32_e64 v11, s[2:3], v11, v13, vcc
	v_subrev_co_u32_e64 v12, s[2:3], s14, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[2:3], 0, v11, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v11
	v_cmp_le_u32_e32 vcc, s15, v5
	s_nop 0
	v_cndmask_b32_e64 v13, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v12
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v7
	v_cndmask_b32_e64 v14, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v13, v14, s[2:3]
	v_cndmask_b32_e64 v14, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v5
	v_subrev_co_u32_e64 v13, s[2:3], s14, v12
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
.LBB0_20:                               ; %Flow368
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_22
; %bb.21:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s6, 0, s26
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s6, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v32, v5
	v_mul_lo_u32 v5, v5, s26
	v_sub_u32_e32 v5, v32, v5
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v10, v5, v7, vcc
.LBB0_22:                               ; %.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v14, v172, s34, 1
	v_mov_b32_e32 v15, s35
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr12_vgpr13
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_24
; %bb.23:
	s_ashr_i32 s14, s27, 31
	s_add_u32 s16, s26, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s27, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v5, s14
	v_cvt_f32_u32_e32 v7, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
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
	v_mov_b32_e32 v13, s15
	v_readfirstlane_b32 s16, v7
	v_readfirstlane_b32 s17, v5
	s_mul_i32 s19, s3, s16
	s_mul_hi_u32 s21, s3, s17
	s_mul_i32 s20, s6, s17
	s_add_i32 s19, s21, s19
	s_add_i32 s19, s19, s20
	s_mul_i32 s22, s3, s17
	s_mul_i32 s21, s17, s19
	s_mul_hi_u32 s23, s17, s22
	s_mul_hi_u32 s20, s17, s19
	s_add_u32 s21, s23, s21
	s_addc_u32 s20, 0, s20
	s_mul_hi_u32 s23, s16, s22
	s_mul_i32 s22, s16, s22
	s_add_u32 s21, s21, s22
	s_addc_u32 s20, s20, s23
	s_mul_hi_u32 s21, s16, s19
	s_addc_u32 s21, s21, 0
	s_mul_i32 s19, s16, s19
	s_add_u32 s19, s20, s19
	s_addc_u32 s20, 0, s21
	s_add_u32 s17, s17, s19
	s_addc_u32 s16, s16, s20
	s_mul_i32 s19, s3, s17
	s_mul_i32 s22, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s22
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s20, s16, s19
	s_mul_i32 s21, s16, s19
	s_mul_i32 s22, s17, s3
	s_mul_hi_u32 s19, s17, s19
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s19, s19, s22
	s_addc_u32 s6, 0, s6
	s_add_u32 s19, s19, s21
	s_addc_u32 s6, s6, s20
	s_mul_hi_u32 s19, s16, s3
	s_addc_u32 s19, s19, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s19
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v7, v14, v12
	v_xor_b32_e32 v5, v15, v12
	v_mad_u64_u32 v[14:15], s[16:17], v7, s6, 0
	v_mul_hi_u32 v16, v7, s3
	v_lshl_add_u64 v[14:15], v[16:17], 0, v[14:15]
	v_mad_u64_u32 v[16:17], s[16:17], v5, s3, 0
	v_add_co_u32_e32 v9, vcc, v14, v16
	s_nop 1
	v_addc_co_u32_e32 v14, vcc, v15, v17, vcc
	v_mad_u64_u32 v[16:17], s[16:17], v5, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v17, vcc, 0, v17, vcc
	v_mov_b32_e32 v15, s2
	v_lshl_add_u64 v[14:15], v[14:15], 0, v[16:17]
	v_mul_lo_u32 v9, s15, v14
	v_mul_lo_u32 v11, s14, v15
	v_mad_u64_u32 v[14:15], s[2:3], s14, v14, 0
	v_add3_u32 v9, v15, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v14
	s_nop 1
	v_subb_co_u32_e64 v11, s[2:3], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[2:3], s14, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[2:3], 0, v11, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v11
	v_cmp_le_u32_e32 vcc, s15, v5
	s_nop 0
	v_cndmask_b32_e64 v14, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v7
	v_cndmask_b32_e64 v15, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v14, v15, s[2:3]
	v_cndmask_b32_e64 v15, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v5
	v_subrev_co_u32_e64 v14, s[2:3], s14, v13
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
.LBB0_24:                               ; %Flow367
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_26
; %bb.25:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s6, 0, s26
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s6, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v14, v5
	v_mul_lo_u32 v5, v5, s26
	v_sub_u32_e32 v5, v14, v5
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v12, v5, v7, vcc
.LBB0_26:                               ; %.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v16, v172, s34, 2
	v_mov_b32_e32 v17, s35
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr14_vgpr15
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_28
; %bb.27:
	s_ashr_i32 s14, s27, 31
	s_add_u32 s16, s26, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s27, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v5, s14
	v_cvt_f32_u32_e32 v7, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
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
	v_mov_b32_e32 v13, s15
	v_readfirstlane_b32 s16, v7
	v_readfirstlane_b32 s17, v5
	s_mul_i32 s19, s3, s16
	s_mul_hi_u32 s21, s3, s17
	s_mul_i32 s20, s6, s17
	s_add_i32 s19, s21, s19
	s_add_i32 s19, s19, s20
	s_mul_i32 s22, s3, s17
	s_mul_i32 s21, s17, s19
	s_mul_hi_u32 s23, s17, s22
	s_mul_hi_u32 s20, s17, s19
	s_add_u32 s21, s23, s21
	s_addc_u32 s20, 0, s20
	s_mul_hi_u32 s23, s16, s22
	s_mul_i32 s22, s16, s22
	s_add_u32 s21, s21, s22
	s_addc_u32 s20, s20, s23
	s_mul_hi_u32 s21, s16, s19
	s_addc_u32 s21, s21, 0
	s_mul_i32 s19, s16, s19
	s_add_u32 s19, s20, s19
	s_addc_u32 s20, 0, s21
	s_add_u32 s17, s17, s19
	s_addc_u32 s16, s16, s20
	s_mul_i32 s19, s3, s17
	s_mul_i32 s22, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s22
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s20, s16, s19
	s_mul_i32 s21, s16, s19
	s_mul_i32 s22, s17, s3
	s_mul_hi_u32 s19, s17, s19
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s19, s19, s22
	s_addc_u32 s6, 0, s6
	s_add_u32 s19, s19, s21
	s_addc_u32 s6, s6, s20
	s_mul_hi_u32 s19, s16, s3
	s_addc_u32 s19, s19, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s19
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v7, v16, v14
	v_xor_b32_e32 v5, v17, v14
	v_mad_u64_u32 v[16:17], s[16:17], v7, s6, 0
	v_mul_hi_u32 v18, v7, s3
	v_lshl_add_u64 v[16:17], v[18:19], 0, v[16:17]
	v_mad_u64_u32 v[18:19], s[16:17], v5, s3, 0
	v_add_co_u32_e32 v9, vcc, v16, v18
	s_nop 1
	v_addc_co_u32_e32 v16, vcc, v17, v19, vcc
	v_mad_u64_u32 v[18:19], s[16:17], v5, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v19, vcc, 0, v19, vcc
	v_mov_b32_e32 v17, s2
	v_lshl_add_u64 v[16:17], v[16:17], 0, v[18:19]
	v_mul_lo_u32 v9, s15, v16
	v_mul_lo_u32 v11, s14, v17
	v_mad_u64_u32 v[16:17], s[2:3], s14, v16, 0
	v_add3_u32 v9, v17, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v16
	s_nop 1
	v_subb_co_u32_e64 v11, s[2:3], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[2:3], s14, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[2:3], 0, v11, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v11
	v_cmp_le_u32_e32 vcc, s15, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v7
	v_cndmask_b32_e64 v16, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v16, s[2:3]
	v_cndmask_b32_e64 v16, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v5
	v_subrev_co_u32_e64 v15, s[2:3], s14, v13
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
.LBB0_28:                               ; %Flow366
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_30
; %bb.29:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s6, 0, s26
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s6, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v16, v5
	v_mul_lo_u32 v5, v5, s26
	v_sub_u32_e32 v5, v16, v5
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v14, v5, v7, vcc
.LBB0_30:                               ; %.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v18, v172, s34, 3
	v_mov_b32_e32 v19, s35
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr16_vgpr17
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_32
; %bb.31:
	s_ashr_i32 s14, s27, 31
	s_add_u32 s16, s26, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s27, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v5, s14
	v_cvt_f32_u32_e32 v7, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
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
	v_mov_b32_e32 v13, s15
	v_readfirstlane_b32 s16, v7
	v_readfirstlane_b32 s17, v5
	s_mul_i32 s19, s3, s16
	s_mul_hi_u32 s21, s3, s17
	s_mul_i32 s20, s6, s17
	s_add_i32 s19, s21, s19
	s_add_i32 s19, s19, s20
	s_mul_i32 s22, s3, s17
	s_mul_i32 s21, s17, s19
	s_mul_hi_u32 s23, s17, s22
	s_mul_hi_u32 s20, s17, s19
	s_add_u32 s21, s23, s21
	s_addc_u32 s20, 0, s20
	s_mul_hi_u32 s23, s16, s22
	s_mul_i32 s22, s16, s22
	s_add_u32 s21, s21, s22
	s_addc_u32 s20, s20, s23
	s_mul_hi_u32 s21, s16, s19
	s_addc_u32 s21, s21, 0
	s_mul_i32 s19, s16, s19
	s_add_u32 s19, s20, s19
	s_addc_u32 s20, 0, s21
	s_add_u32 s17, s17, s19
	s_addc_u32 s16, s16, s20
	s_mul_i32 s19, s3, s17
	s_mul_i32 s22, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s22
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s20, s16, s19
	s_mul_i32 s21, s16, s19
	s_mul_i32 s22, s17, s3
	s_mul_hi_u32 s19, s17, s19
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s19, s19, s22
	s_addc_u32 s6, 0, s6
	s_add_u32 s19, s19, s21
	s_addc_u32 s6, s6, s20
	s_mul_hi_u32 s19, s16, s3
	s_addc_u32 s19, s19, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s19
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v7, v18, v16
	v_xor_b32_e32 v5, v19, v16
	v_mad_u64_u32 v[18:19], s[16:17], v7, s6, 0
	v_mul_hi_u32 v20, v7, s3
	v_lshl_add_u64 v[18:19], v[20:21], 0, v[18:19]
	v_mad_u64_u32 v[20:21], s[16:17], v5, s3, 0
	v_add_co_u32_e32 v9, vcc, v18, v20
	s_nop 1
	v_addc_co_u32_e32 v18, vcc, v19, v21, vcc
	v_mad_u64_u32 v[20:21], s[16:17], v5, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v21, vcc, 0, v21, vcc
	v_mov_b32_e32 v19, s2
	v_lshl_add_u64 v[18:19], v[18:19], 0, v[20:21]
	v_mul_lo_u32 v9, s15, v18
	v_mul_lo_u32 v11, s14, v19
	v_mad_u64_u32 v[18:19], s[2:3], s14, v18, 0
	v_add3_u32 v9, v19, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v18
                                        ; implicit-def: $vgpr18
	s_nop 1
	v_subb_co_u32_e64 v11, s[2:3], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[2:3], s14, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[2:3], 0, v11, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v11
	v_cmp_le_u32_e32 vcc, s15, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v7
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[2:3]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v5
	v_subrev_co_u32_e64 v15, s[2:3], s14, v13
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
.LBB0_32:                               ; %Flow365
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_34
; %bb.33:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s6, 0, s26
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s6, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v18, v5
	v_mul_lo_u32 v5, v5, s26
	v_sub_u32_e32 v5, v18, v5
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v16, v5, v7, vcc
.LBB0_34:                               ; %.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 90 38 is_stmt 1               ; fused_moe.py:90:38
	v_or_b32_e32 v174, 8, v172
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v20, s34, v174
	v_mov_b32_e32 v21, s35
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr18_vgpr19
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_36
; %bb.35:
	s_ashr_i32 s14, s27, 31
	s_add_u32 s16, s26, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s27, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v5, s14
	v_cvt_f32_u32_e32 v7, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
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
	v_mov_b32_e32 v13, s15
	v_readfirstlane_b32 s16, v7
	v_readfirstlane_b32 s17, v5
	s_mul_i32 s19, s3, s16
	s_mul_hi_u32 s21, s3, s17
	s_mul_i32 s20, s6, s17
	s_add_i32 s19, s21, s19
	s_add_i32 s19, s19, s20
	s_mul_i32 s22, s3, s17
	s_mul_i32 s21, s17, s19
	s_mul_hi_u32 s23, s17, s22
	s_mul_hi_u32 s20, s17, s19
	s_add_u32 s21, s23, s21
	s_addc_u32 s20, 0, s20
	s_mul_hi_u32 s23, s16, s22
	s_mul_i32 s22, s16, s22
	s_add_u32 s21, s21, s22
	s_addc_u32 s20, s20, s23
	s_mul_hi_u32 s21, s16, s19
	s_addc_u32 s21, s21, 0
	s_mul_i32 s19, s16, s19
	s_add_u32 s19, s20, s19
	s_addc_u32 s20, 0, s21
	s_add_u32 s17, s17, s19
	s_addc_u32 s16, s16, s20
	s_mul_i32 s19, s3, s17
	s_mul_i32 s22, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s22
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s20, s16, s19
	s_mul_i32 s21, s16, s19
	s_mul_i32 s22, s17, s3
	s_mul_hi_u32 s19, s17, s19
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s19, s19, s22
	s_addc_u32 s6, 0, s6
	s_add_u32 s19, s19, s21
	s_addc_u32 s6, s6, s20
	s_mul_hi_u32 s19, s16, s3
	s_addc_u32 s19, s19, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s19
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v7, v20, v18
	v_xor_b32_e32 v5, v21, v18
	v_mad_u64_u32 v[20:21], s[16:17], v7, s6, 0
	v_mul_hi_u32 v22, v7, s3
	v_lshl_add_u64 v[20:21], v[22:23], 0, v[20:21]
	v_mad_u64_u32 v[22:23], s[16:17], v5, s3, 0
	v_add_co_u32_e32 v9, vcc, v20, v22
	s_nop 1
	v_addc_co_u32_e32 v20, vcc, v21, v23, vcc
	v_mad_u64_u32 v[22:23], s[16:17], v5, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v23, vcc, 0, v23, vcc
	v_mov_b32_e32 v21, s2
	v_lshl_add_u64 v[20:21], v[20:21], 0, v[22:23]
	v_mul_lo_u32 v9, s15, v20
	v_mul_lo_u32 v11, s14, v21
	v_mad_u64_u32 v[20:21], s[2:3], s14, v20, 0
	v_add3_u32 v9, v21, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v20
                                        ; implicit-def: $vgpr20
	s_nop 1
	v_subb_co_u32_e64 v11, s[2:3], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[2:3], s14, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[2:3], 0, v11, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v11
	v_cmp_le_u32_e32 vcc, s15, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v7
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[2:3]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v5
	v_subrev_co_u32_e64 v15, s[2:3], s14, v13
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
.LBB0_36:                               ; %Flow364
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_38
; %bb.37:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s6, 0, s26
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s6, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v20, v5
	v_mul_lo_u32 v5, v5, s26
	v_sub_u32_e32 v5, v20, v5
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v18, v5, v7, vcc
.LBB0_38:                               ; %.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v22, v172, s34, 9
	v_mov_b32_e32 v23, s35
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr20_vgpr21
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_40
; %bb.39:
	s_ashr_i32 s14, s27, 31
	s_add_u32 s16, s26, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s27, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v5, s14
	v_cvt_f32_u32_e32 v7, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
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
	v_mov_b32_e32 v13, s15
	v_readfirstlane_b32 s16, v7
	v_readfirstlane_b32 s17, v5
	s_mul_i32 s19, s3, s16
	s_mul_hi_u32 s21, s3, s17
	s_mul_i32 s20, s6, s17
	s_add_i32 s19, s21, s19
	s_add_i32 s19, s19, s20
	s_mul_i32 s22, s3, s17
	s_mul_i32 s21, s17, s19
	s_mul_hi_u32 s23, s17, s22
	s_mul_hi_u32 s20, s17, s19
	s_add_u32 s21, s23, s21
	s_addc_u32 s20, 0, s20
	s_mul_hi_u32 s23, s16, s22
	s_mul_i32 s22, s16, s22
	s_add_u32 s21, s21, s22
	s_addc_u32 s20, s20, s23
	s_mul_hi_u32 s21, s16, s19
	s_addc_u32 s21, s21, 0
	s_mul_i32 s19, s16, s19
	s_add_u32 s19, s20, s19
	s_addc_u32 s20, 0, s21
	s_add_u32 s17, s17, s19
	s_addc_u32 s16, s16, s20
	s_mul_i32 s19, s3, s17
	s_mul_i32 s22, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s22
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s20, s16, s19
	s_mul_i32 s21, s16, s19
	s_mul_i32 s22, s17, s3
	s_mul_hi_u32 s19, s17, s19
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s19, s19, s22
	s_addc_u32 s6, 0, s6
	s_add_u32 s19, s19, s21
	s_addc_u32 s6, s6, s20
	s_mul_hi_u32 s19, s16, s3
	s_addc_u32 s19, s19, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s19
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v7, v22, v20
	v_xor_b32_e32 v5, v23, v20
	v_mad_u64_u32 v[22:23], s[16:17], v7, s6, 0
	v_mul_hi_u32 v24, v7, s3
	v_lshl_add_u64 v[22:23], v[24:25], 0, v[22:23]
	v_mad_u64_u32 v[24:25], s[16:17], v5, s3, 0
	v_add_co_u32_e32 v9, vcc, v22, v24
	s_nop 1
	v_addc_co_u32_e32 v22, vcc, v23, v25, vcc
	v_mad_u64_u32 v[24:25], s[16:17], v5, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v25, vcc, 0, v25, vcc
	v_mov_b32_e32 v23, s2
	v_lshl_add_u64 v[22:23], v[22:23], 0, v[24:25]
	v_mul_lo_u32 v9, s15, v22
	v_mul_lo_u32 v11, s14, v23
	v_mad_u64_u32 v[22:23], s[2:3], s14, v22, 0
	v_add3_u32 v9, v23, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v22
                                        ; implicit-def: $vgpr22
	s_nop 1
	v_subb_co_u32_e64 v11, s[2:3], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[2:3], s14, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[2:3], 0, v11, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v11
	v_cmp_le_u32_e32 vcc, s15, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v7
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[2:3]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v5
	v_subrev_co_u32_e64 v15, s[2:3], s14, v13
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
.LBB0_40:                               ; %Flow363
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_42
; %bb.41:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s6, 0, s26
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s6, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v22, v5
	v_mul_lo_u32 v5, v5, s26
	v_sub_u32_e32 v5, v22, v5
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v20, v5, v7, vcc
.LBB0_42:                               ; %.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v24, v172, s34, 10
	v_mov_b32_e32 v25, s35
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr22_vgpr23
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_44
; %bb.43:
	s_ashr_i32 s14, s27, 31
	s_add_u32 s16, s26, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s27, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v5, s14
	v_cvt_f32_u32_e32 v7, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v22, 31, v25
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v23, v22
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[22:23]
	v_mov_b32_e32 v29, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s15
	v_readfirstlane_b32 s16, v7
	v_readfirstlane_b32 s17, v5
	s_mul_i32 s19, s3, s16
	s_mul_hi_u32 s21, s3, s17
	s_mul_i32 s20, s6, s17
	s_add_i32 s19, s21, s19
	s_add_i32 s19, s19, s20
	s_mul_i32 s22, s3, s17
	s_mul_i32 s21, s17, s19
	s_mul_hi_u32 s23, s17, s22
	s_mul_hi_u32 s20, s17, s19
	s_add_u32 s21, s23, s21
	s_addc_u32 s20, 0, s20
	s_mul_hi_u32 s23, s16, s22
	s_mul_i32 s22, s16, s22
	s_add_u32 s21, s21, s22
	s_addc_u32 s20, s20, s23
	s_mul_hi_u32 s21, s16, s19
	s_addc_u32 s21, s21, 0
	s_mul_i32 s19, s16, s19
	s_add_u32 s19, s20, s19
	s_addc_u32 s20, 0, s21
	s_add_u32 s17, s17, s19
	s_addc_u32 s16, s16, s20
	s_mul_i32 s19, s3, s17
	s_mul_i32 s22, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s22
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s20, s16, s19
	s_mul_i32 s21, s16, s19
	s_mul_i32 s22, s17, s3
	s_mul_hi_u32 s19, s17, s19
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s19, s19, s22
	s_addc_u32 s6, 0, s6
	s_add_u32 s19, s19, s21
	s_addc_u32 s6, s6, s20
	s_mul_hi_u32 s19, s16, s3
	s_addc_u32 s19, s19, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s19
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v7, v24, v22
	v_xor_b32_e32 v5, v25, v22
	v_mad_u64_u32 v[24:25], s[16:17], v7, s6, 0
	v_mul_hi_u32 v28, v7, s3
	v_lshl_add_u64 v[24:25], v[28:29], 0, v[24:25]
	v_mad_u64_u32 v[28:29], s[16:17], v5, s3, 0
	v_add_co_u32_e32 v9, vcc, v24, v28
	s_nop 1
	v_addc_co_u32_e32 v24, vcc, v25, v29, vcc
	v_mad_u64_u32 v[28:29], s[16:17], v5, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v29, vcc, 0, v29, vcc
	v_mov_b32_e32 v25, s2
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[28:29]
	v_mul_lo_u32 v9, s15, v24
	v_mul_lo_u32 v11, s14, v25
	v_mad_u64_u32 v[24:25], s[2:3], s14, v24, 0
	v_add3_u32 v9, v25, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v24
                                        ; implicit-def: $vgpr24
	s_nop 1
	v_subb_co_u32_e64 v11, s[2:3], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[2:3], s14, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[2:3], 0, v11, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v11
	v_cmp_le_u32_e32 vcc, s15, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v7
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[2:3]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v5
	v_subrev_co_u32_e64 v15, s[2:3], s14, v13
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
.LBB0_44:                               ; %Flow362
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_46
; %bb.45:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s6, 0, s26
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s6, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v24, v5
	v_mul_lo_u32 v5, v5, s26
	v_sub_u32_e32 v5, v24, v5
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v22, v5, v7, vcc
.LBB0_46:                               ; %.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v24, v172, s34, 11
	v_mov_b32_e32 v25, s35
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr36_vgpr37
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_48
; %bb.47:
	s_ashr_i32 s14, s27, 31
	s_add_u32 s16, s26, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s27, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v5, s14
	v_cvt_f32_u32_e32 v7, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v28, 31, v25
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v29, v28
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[28:29]
	v_mov_b32_e32 v31, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s15
	v_readfirstlane_b32 s16, v7
	v_readfirstlane_b32 s17, v5
	s_mul_i32 s19, s3, s16
	s_mul_hi_u32 s21, s3, s17
	s_mul_i32 s20, s6, s17
	s_add_i32 s19, s21, s19
	s_add_i32 s19, s19, s20
	s_mul_i32 s22, s3, s17
	s_mul_i32 s21, s17, s19
	s_mul_hi_u32 s23, s17, s22
	s_mul_hi_u32 s20, s17, s19
	s_add_u32 s21, s23, s21
	s_addc_u32 s20, 0, s20
	s_mul_hi_u32 s23, s16, s22
	s_mul_i32 s22, s16, s22
	s_add_u32 s21, s21, s22
	s_addc_u32 s20, s20, s23
	s_mul_hi_u32 s21, s16, s19
	s_addc_u32 s21, s21, 0
	s_mul_i32 s19, s16, s19
	s_add_u32 s19, s20, s19
	s_addc_u32 s20, 0, s21
	s_add_u32 s17, s17, s19
	s_addc_u32 s16, s16, s20
	s_mul_i32 s19, s3, s17
	s_mul_i32 s22, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s22
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s20, s16, s19
	s_mul_i32 s21, s16, s19
	s_mul_i32 s22, s17, s3
	s_mul_hi_u32 s19, s17, s19
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s19, s19, s22
	s_addc_u32 s6, 0, s6
	s_add_u32 s19, s19, s21
	s_addc_u32 s6, s6, s20
	s_mul_hi_u32 s19, s16, s3
	s_addc_u32 s19, s19, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s19
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v7, v24, v28
	v_xor_b32_e32 v5, v25, v28
	v_mad_u64_u32 v[24:25], s[16:17], v7, s6, 0
	v_mul_hi_u32 v30, v7, s3
	v_lshl_add_u64 v[24:25], v[30:31], 0, v[24:25]
	v_mad_u64_u32 v[30:31], s[16:17], v5, s3, 0
	v_add_co_u32_e32 v9, vcc, v24, v30
	s_nop 1
	v_addc_co_u32_e32 v24, vcc, v25, v31, vcc
	v_mad_u64_u32 v[30:31], s[16:17], v5, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v31, vcc, 0, v31, vcc
	v_mov_b32_e32 v25, s2
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[30:31]
	v_mul_lo_u32 v9, s15, v24
	v_mul_lo_u32 v11, s14, v25
	v_mad_u64_u32 v[24:25], s[2:3], s14, v24, 0
	v_add3_u32 v9, v25, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v24
                                        ; implicit-def: $vgpr24
	s_nop 1
	v_subb_co_u32_e64 v11, s[2:3], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[2:3], s14, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[2:3], 0, v11, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v11
	v_cmp_le_u32_e32 vcc, s15, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v7
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[2:3]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v5
	v_subrev_co_u32_e64 v15, s[2:3], s14, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v28
	v_sub_co_u32_e32 v36, vcc, v5, v28
.LBB0_48:                               ; %Flow361
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_50
; %bb.49:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s6, 0, s26
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s6, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v24, v5
	v_mul_lo_u32 v5, v5, s26
	v_sub_u32_e32 v5, v24, v5
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v36, v5, v7, vcc
.LBB0_50:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 90 38 is_stmt 1               ; fused_moe.py:90:38
	v_or_b32_e32 v191, 16, v172
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v34, s34, v191
	v_mov_b32_e32 v35, s35
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr38_vgpr39
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_52
; %bb.51:
	s_ashr_i32 s14, s27, 31
	s_add_u32 s16, s26, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s27, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v5, s14
	v_cvt_f32_u32_e32 v7, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v24, 31, v35
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v25, v24
	v_lshl_add_u64 v[28:29], v[34:35], 0, v[24:25]
	v_mov_b32_e32 v31, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s15
	v_readfirstlane_b32 s16, v7
	v_readfirstlane_b32 s17, v5
	s_mul_i32 s19, s3, s16
	s_mul_hi_u32 s21, s3, s17
	s_mul_i32 s20, s6, s17
	s_add_i32 s19, s21, s19
	s_add_i32 s19, s19, s20
	s_mul_i32 s22, s3, s17
	s_mul_i32 s21, s17, s19
	s_mul_hi_u32 s23, s17, s22
	s_mul_hi_u32 s20, s17, s19
	s_add_u32 s21, s23, s21
	s_addc_u32 s20, 0, s20
	s_mul_hi_u32 s23, s16, s22
	s_mul_i32 s22, s16, s22
	s_add_u32 s21, s21, s22
	s_addc_u32 s20, s20, s23
	s_mul_hi_u32 s21, s16, s19
	s_addc_u32 s21, s21, 0
	s_mul_i32 s19, s16, s19
	s_add_u32 s19, s20, s19
	s_addc_u32 s20, 0, s21
	s_add_u32 s17, s17, s19
	s_addc_u32 s16, s16, s20
	s_mul_i32 s19, s3, s17
	s_mul_i32 s22, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s22
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s20, s16, s19
	s_mul_i32 s21, s16, s19
	s_mul_i32 s22, s17, s3
	s_mul_hi_u32 s19, s17, s19
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s19, s19, s22
	s_addc_u32 s6, 0, s6
	s_add_u32 s19, s19, s21
	s_addc_u32 s6, s6, s20
	s_mul_hi_u32 s19, s16, s3
	s_addc_u32 s19, s19, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s19
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v7, v28, v24
	v_xor_b32_e32 v5, v29, v24
	v_mad_u64_u32 v[28:29], s[16:17], v7, s6, 0
	v_mul_hi_u32 v30, v7, s3
	v_lshl_add_u64 v[28:29], v[30:31], 0, v[28:29]
	v_mad_u64_u32 v[30:31], s[16:17], v5, s3, 0
	v_add_co_u32_e32 v9, vcc, v28, v30
	s_nop 1
	v_addc_co_u32_e32 v28, vcc, v29, v31, vcc
	v_mad_u64_u32 v[30:31], s[16:17], v5, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v31, vcc, 0, v31, vcc
	v_mov_b32_e32 v29, s2
	v_lshl_add_u64 v[28:29], v[28:29], 0, v[30:31]
	v_mul_lo_u32 v9, s15, v28
	v_mul_lo_u32 v11, s14, v29
	v_mad_u64_u32 v[28:29], s[2:3], s14, v28, 0
	v_add3_u32 v9, v29, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v28
	s_nop 1
	v_subb_co_u32_e64 v11, s[2:3], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[2:3], s14, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[2:3], 0, v11, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v11
	v_cmp_le_u32_e32 vcc, s15, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v7
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[2:3]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v5
	v_subrev_co_u32_e64 v15, s[2:3], s14, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v24
	v_sub_co_u32_e32 v38, vcc, v5, v24
.LBB0_52:                               ; %Flow360
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_54
; %bb.53:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s6, 0, s26
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s6, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v34, v5
	v_mul_lo_u32 v5, v5, s26
	v_sub_u32_e32 v5, v34, v5
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v38, v5, v7, vcc
.LBB0_54:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v24, v172, s34, 17
	v_mov_b32_e32 v25, s35
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr40_vgpr41
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_56
; %bb.55:
	s_ashr_i32 s14, s27, 31
	s_add_u32 s16, s26, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s27, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v5, s14
	v_cvt_f32_u32_e32 v7, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v28, 31, v25
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v29, v28
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[28:29]
	v_mov_b32_e32 v31, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s15
	v_readfirstlane_b32 s16, v7
	v_readfirstlane_b32 s17, v5
	s_mul_i32 s19, s3, s16
	s_mul_hi_u32 s21, s3, s17
	s_mul_i32 s20, s6, s17
	s_add_i32 s19, s21, s19
	s_add_i32 s19, s19, s20
	s_mul_i32 s22, s3, s17
	s_mul_i32 s21, s17, s19
	s_mul_hi_u32 s23, s17, s22
	s_mul_hi_u32 s20, s17, s19
	s_add_u32 s21, s23, s21
	s_addc_u32 s20, 0, s20
	s_mul_hi_u32 s23, s16, s22
	s_mul_i32 s22, s16, s22
	s_add_u32 s21, s21, s22
	s_addc_u32 s20, s20, s23
	s_mul_hi_u32 s21, s16, s19
	s_addc_u32 s21, s21, 0
	s_mul_i32 s19, s16, s19
	s_add_u32 s19, s20, s19
	s_addc_u32 s20, 0, s21
	s_add_u32 s17, s17, s19
	s_addc_u32 s16, s16, s20
	s_mul_i32 s19, s3, s17
	s_mul_i32 s22, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s22
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s20, s16, s19
	s_mul_i32 s21, s16, s19
	s_mul_i32 s22, s17, s3
	s_mul_hi_u32 s19, s17, s19
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s19, s19, s22
	s_addc_u32 s6, 0, s6
	s_add_u32 s19, s19, s21
	s_addc_u32 s6, s6, s20
	s_mul_hi_u32 s19, s16, s3
	s_addc_u32 s19, s19, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s19
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v7, v24, v28
	v_xor_b32_e32 v5, v25, v28
	v_mad_u64_u32 v[24:25], s[16:17], v7, s6, 0
	v_mul_hi_u32 v30, v7, s3
	v_lshl_add_u64 v[24:25], v[30:31], 0, v[24:25]
	v_mad_u64_u32 v[30:31], s[16:17], v5, s3, 0
	v_add_co_u32_e32 v9, vcc, v24, v30
	s_nop 1
	v_addc_co_u32_e32 v24, vcc, v25, v31, vcc
	v_mad_u64_u32 v[30:31], s[16:17], v5, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v31, vcc, 0, v31, vcc
	v_mov_b32_e32 v25, s2
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[30:31]
	v_mul_lo_u32 v9, s15, v24
	v_mul_lo_u32 v11, s14, v25
	v_mad_u64_u32 v[24:25], s[2:3], s14, v24, 0
	v_add3_u32 v9, v25, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v24
                                        ; implicit-def: $vgpr24
	s_nop 1
	v_subb_co_u32_e64 v11, s[2:3], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[2:3], s14, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[2:3], 0, v11, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v11
	v_cmp_le_u32_e32 vcc, s15, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v7
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[2:3]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v5
	v_subrev_co_u32_e64 v15, s[2:3], s14, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v28
	v_sub_co_u32_e32 v40, vcc, v5, v28
.LBB0_56:                               ; %Flow359
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_58
; %bb.57:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s6, 0, s26
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s6, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v24, v5
	v_mul_lo_u32 v5, v5, s26
	v_sub_u32_e32 v5, v24, v5
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v40, v5, v7, vcc
.LBB0_58:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v24, v172, s34, 18
	v_mov_b32_e32 v25, s35
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr42_vgpr43
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_60
; %bb.59:
	s_ashr_i32 s14, s27, 31
	s_add_u32 s16, s26, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s27, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v5, s14
	v_cvt_f32_u32_e32 v7, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v28, 31, v25
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v29, v28
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[28:29]
	v_mov_b32_e32 v31, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s15
	v_readfirstlane_b32 s16, v7
	v_readfirstlane_b32 s17, v5
	s_mul_i32 s19, s3, s16
	s_mul_hi_u32 s21, s3, s17
	s_mul_i32 s20, s6, s17
	s_add_i32 s19, s21, s19
	s_add_i32 s19, s19, s20
	s_mul_i32 s22, s3, s17
	s_mul_i32 s21, s17, s19
	s_mul_hi_u32 s23, s17, s22
	s_mul_hi_u32 s20, s17, s19
	s_add_u32 s21, s23, s21
	s_addc_u32 s20, 0, s20
	s_mul_hi_u32 s23, s16, s22
	s_mul_i32 s22, s16, s22
	s_add_u32 s21, s21, s22
	s_addc_u32 s20, s20, s23
	s_mul_hi_u32 s21, s16, s19
	s_addc_u32 s21, s21, 0
	s_mul_i32 s19, s16, s19
	s_add_u32 s19, s20, s19
	s_addc_u32 s20, 0, s21
	s_add_u32 s17, s17, s19
	s_addc_u32 s16, s16, s20
	s_mul_i32 s19, s3, s17
	s_mul_i32 s22, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s22
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s20, s16, s19
	s_mul_i32 s21, s16, s19
	s_mul_i32 s22, s17, s3
	s_mul_hi_u32 s19, s17, s19
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s19, s19, s22
	s_addc_u32 s6, 0, s6
	s_add_u32 s19, s19, s21
	s_addc_u32 s6, s6, s20
	s_mul_hi_u32 s19, s16, s3
	s_addc_u32 s19, s19, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s19
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v7, v24, v28
	v_xor_b32_e32 v5, v25, v28
	v_mad_u64_u32 v[24:25], s[16:17], v7, s6, 0
	v_mul_hi_u32 v30, v7, s3
	v_lshl_add_u64 v[24:25], v[30:31], 0, v[24:25]
	v_mad_u64_u32 v[30:31], s[16:17], v5, s3, 0
	v_add_co_u32_e32 v9, vcc, v24, v30
	s_nop 1
	v_addc_co_u32_e32 v24, vcc, v25, v31, vcc
	v_mad_u64_u32 v[30:31], s[16:17], v5, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v31, vcc, 0, v31, vcc
	v_mov_b32_e32 v25, s2
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[30:31]
	v_mul_lo_u32 v9, s15, v24
	v_mul_lo_u32 v11, s14, v25
	v_mad_u64_u32 v[24:25], s[2:3], s14, v24, 0
	v_add3_u32 v9, v25, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v24
                                        ; implicit-def: $vgpr24
	s_nop 1
	v_subb_co_u32_e64 v11, s[2:3], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[2:3], s14, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[2:3], 0, v11, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v11
	v_cmp_le_u32_e32 vcc, s15, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v7
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[2:3]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v5
	v_subrev_co_u32_e64 v15, s[2:3], s14, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v28
	v_sub_co_u32_e32 v42, vcc, v5, v28
.LBB0_60:                               ; %Flow358
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_62
; %bb.61:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s6, 0, s26
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s6, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v24, v5
	v_mul_lo_u32 v5, v5, s26
	v_sub_u32_e32 v5, v24, v5
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v42, v5, v7, vcc
.LBB0_62:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v24, v172, s34, 19
	v_mov_b32_e32 v25, s35
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr44_vgpr45
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_64
; %bb.63:
	s_ashr_i32 s14, s27, 31
	s_add_u32 s16, s26, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s27, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v5, s14
	v_cvt_f32_u32_e32 v7, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v28, 31, v25
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v29, v28
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[28:29]
	v_mov_b32_e32 v31, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s15
	v_readfirstlane_b32 s16, v7
	v_readfirstlane_b32 s17, v5
	s_mul_i32 s19, s3, s16
	s_mul_hi_u32 s21, s3, s17
	s_mul_i32 s20, s6, s17
	s_add_i32 s19, s21, s19
	s_add_i32 s19, s19, s20
	s_mul_i32 s22, s3, s17
	s_mul_i32 s21, s17, s19
	s_mul_hi_u32 s23, s17, s22
	s_mul_hi_u32 s20, s17, s19
	s_add_u32 s21, s23, s21
	s_addc_u32 s20, 0, s20
	s_mul_hi_u32 s23, s16, s22
	s_mul_i32 s22, s16, s22
	s_add_u32 s21, s21, s22
	s_addc_u32 s20, s20, s23
	s_mul_hi_u32 s21, s16, s19
	s_addc_u32 s21, s21, 0
	s_mul_i32 s19, s16, s19
	s_add_u32 s19, s20, s19
	s_addc_u32 s20, 0, s21
	s_add_u32 s17, s17, s19
	s_addc_u32 s16, s16, s20
	s_mul_i32 s19, s3, s17
	s_mul_i32 s22, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s22
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s20, s16, s19
	s_mul_i32 s21, s16, s19
	s_mul_i32 s22, s17, s3
	s_mul_hi_u32 s19, s17, s19
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s19, s19, s22
	s_addc_u32 s6, 0, s6
	s_add_u32 s19, s19, s21
	s_addc_u32 s6, s6, s20
	s_mul_hi_u32 s19, s16, s3
	s_addc_u32 s19, s19, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s19
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v7, v24, v28
	v_xor_b32_e32 v5, v25, v28
	v_mad_u64_u32 v[24:25], s[16:17], v7, s6, 0
	v_mul_hi_u32 v30, v7, s3
	v_lshl_add_u64 v[24:25], v[30:31], 0, v[24:25]
	v_mad_u64_u32 v[30:31], s[16:17], v5, s3, 0
	v_add_co_u32_e32 v9, vcc, v24, v30
	s_nop 1
	v_addc_co_u32_e32 v24, vcc, v25, v31, vcc
	v_mad_u64_u32 v[30:31], s[16:17], v5, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v31, vcc, 0, v31, vcc
	v_mov_b32_e32 v25, s2
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[30:31]
	v_mul_lo_u32 v9, s15, v24
	v_mul_lo_u32 v11, s14, v25
	v_mad_u64_u32 v[24:25], s[2:3], s14, v24, 0
	v_add3_u32 v9, v25, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v24
                                        ; implicit-def: $vgpr24
	s_nop 1
	v_subb_co_u32_e64 v11, s[2:3], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[2:3], s14, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[2:3], 0, v11, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v11
	v_cmp_le_u32_e32 vcc, s15, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v7
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[2:3]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v5
	v_subrev_co_u32_e64 v15, s[2:3], s14, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v28
	v_sub_co_u32_e32 v44, vcc, v5, v28
.LBB0_64:                               ; %Flow357
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_66
; %bb.65:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s6, 0, s26
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s6, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v24, v5
	v_mul_lo_u32 v5, v5, s26
	v_sub_u32_e32 v5, v24, v5
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v44, v5, v7, vcc
.LBB0_66:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 90 38 is_stmt 1               ; fused_moe.py:90:38
	v_or_b32_e32 v175, 24, v172
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or_b32_e32 v24, s34, v175
	v_mov_b32_e32 v25, s35
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr46_vgpr47
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_68
; %bb.67:
	s_ashr_i32 s14, s27, 31
	s_add_u32 s16, s26, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s27, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v5, s14
	v_cvt_f32_u32_e32 v7, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v28, 31, v25
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v29, v28
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[28:29]
	v_mov_b32_e32 v31, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s15
	v_readfirstlane_b32 s16, v7
	v_readfirstlane_b32 s17, v5
	s_mul_i32 s19, s3, s16
	s_mul_hi_u32 s21, s3, s17
	s_mul_i32 s20, s6, s17
	s_add_i32 s19, s21, s19
	s_add_i32 s19, s19, s20
	s_mul_i32 s22, s3, s17
	s_mul_i32 s21, s17, s19
	s_mul_hi_u32 s23, s17, s22
	s_mul_hi_u32 s20, s17, s19
	s_add_u32 s21, s23, s21
	s_addc_u32 s20, 0, s20
	s_mul_hi_u32 s23, s16, s22
	s_mul_i32 s22, s16, s22
	s_add_u32 s21, s21, s22
	s_addc_u32 s20, s20, s23
	s_mul_hi_u32 s21, s16, s19
	s_addc_u32 s21, s21, 0
	s_mul_i32 s19, s16, s19
	s_add_u32 s19, s20, s19
	s_addc_u32 s20, 0, s21
	s_add_u32 s17, s17, s19
	s_addc_u32 s16, s16, s20
	s_mul_i32 s19, s3, s17
	s_mul_i32 s22, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s22
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s20, s16, s19
	s_mul_i32 s21, s16, s19
	s_mul_i32 s22, s17, s3
	s_mul_hi_u32 s19, s17, s19
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s19, s19, s22
	s_addc_u32 s6, 0, s6
	s_add_u32 s19, s19, s21
	s_addc_u32 s6, s6, s20
	s_mul_hi_u32 s19, s16, s3
	s_addc_u32 s19, s19, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s19
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v7, v24, v28
	v_xor_b32_e32 v5, v25, v28
	v_mad_u64_u32 v[24:25], s[16:17], v7, s6, 0
	v_mul_hi_u32 v30, v7, s3
	v_lshl_add_u64 v[24:25], v[30:31], 0, v[24:25]
	v_mad_u64_u32 v[30:31], s[16:17], v5, s3, 0
	v_add_co_u32_e32 v9, vcc, v24, v30
	s_nop 1
	v_addc_co_u32_e32 v24, vcc, v25, v31, vcc
	v_mad_u64_u32 v[30:31], s[16:17], v5, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v31, vcc, 0, v31, vcc
	v_mov_b32_e32 v25, s2
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[30:31]
	v_mul_lo_u32 v9, s15, v24
	v_mul_lo_u32 v11, s14, v25
	v_mad_u64_u32 v[24:25], s[2:3], s14, v24, 0
	v_add3_u32 v9, v25, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v24
                                        ; implicit-def: $vgpr24
	s_nop 1
	v_subb_co_u32_e64 v11, s[2:3], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[2:3], s14, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[2:3], 0, v11, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v11
	v_cmp_le_u32_e32 vcc, s15, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v7
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[2:3]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v5
	v_subrev_co_u32_e64 v15, s[2:3], s14, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v28
	v_sub_co_u32_e32 v46, vcc, v5, v28
.LBB0_68:                               ; %Flow356
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_70
; %bb.69:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s6, 0, s26
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s6, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v24, v5
	v_mul_lo_u32 v5, v5, s26
	v_sub_u32_e32 v5, v24, v5
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v46, v5, v7, vcc
.LBB0_70:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v24, v172, s34, 25
	v_mov_b32_e32 v25, s35
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr48_vgpr49
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_72
; %bb.71:
	s_ashr_i32 s14, s27, 31
	s_add_u32 s16, s26, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s27, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v5, s14
	v_cvt_f32_u32_e32 v7, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v28, 31, v25
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v29, v28
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[28:29]
	v_mov_b32_e32 v31, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s15
	v_readfirstlane_b32 s16, v7
	v_readfirstlane_b32 s17, v5
	s_mul_i32 s19, s3, s16
	s_mul_hi_u32 s21, s3, s17
	s_mul_i32 s20, s6, s17
	s_add_i32 s19, s21, s19
	s_add_i32 s19, s19, s20
	s_mul_i32 s22, s3, s17
	s_mul_i32 s21, s17, s19
	s_mul_hi_u32 s23, s17, s22
	s_mul_hi_u32 s20, s17, s19
	s_add_u32 s21, s23, s21
	s_addc_u32 s20, 0, s20
	s_mul_hi_u32 s23, s16, s22
	s_mul_i32 s22, s16, s22
	s_add_u32 s21, s21, s22
	s_addc_u32 s20, s20, s23
	s_mul_hi_u32 s21, s16, s19
	s_addc_u32 s21, s21, 0
	s_mul_i32 s19, s16, s19
	s_add_u32 s19, s20, s19
	s_addc_u32 s20, 0, s21
	s_add_u32 s17, s17, s19
	s_addc_u32 s16, s16, s20
	s_mul_i32 s19, s3, s17
	s_mul_i32 s22, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s22
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s20, s16, s19
	s_mul_i32 s21, s16, s19
	s_mul_i32 s22, s17, s3
	s_mul_hi_u32 s19, s17, s19
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s19, s19, s22
	s_addc_u32 s6, 0, s6
	s_add_u32 s19, s19, s21
	s_addc_u32 s6, s6, s20
	s_mul_hi_u32 s19, s16, s3
	s_addc_u32 s19, s19, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s19
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v7, v24, v28
	v_xor_b32_e32 v5, v25, v28
	v_mad_u64_u32 v[24:25], s[16:17], v7, s6, 0
	v_mul_hi_u32 v30, v7, s3
	v_lshl_add_u64 v[24:25], v[30:31], 0, v[24:25]
	v_mad_u64_u32 v[30:31], s[16:17], v5, s3, 0
	v_add_co_u32_e32 v9, vcc, v24, v30
	s_nop 1
	v_addc_co_u32_e32 v24, vcc, v25, v31, vcc
	v_mad_u64_u32 v[30:31], s[16:17], v5, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v31, vcc, 0, v31, vcc
	v_mov_b32_e32 v25, s2
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[30:31]
	v_mul_lo_u32 v9, s15, v24
	v_mul_lo_u32 v11, s14, v25
	v_mad_u64_u32 v[24:25], s[2:3], s14, v24, 0
	v_add3_u32 v9, v25, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v24
                                        ; implicit-def: $vgpr24
	s_nop 1
	v_subb_co_u32_e64 v11, s[2:3], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[2:3], s14, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[2:3], 0, v11, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v11
	v_cmp_le_u32_e32 vcc, s15, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v7
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[2:3]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v5
	v_subrev_co_u32_e64 v15, s[2:3], s14, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v28
	v_sub_co_u32_e32 v48, vcc, v5, v28
.LBB0_72:                               ; %Flow355
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_74
; %bb.73:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s6, 0, s26
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s6, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v24, v5
	v_mul_lo_u32 v5, v5, s26
	v_sub_u32_e32 v5, v24, v5
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v48, v5, v7, vcc
.LBB0_74:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v24, v172, s34, 26
	v_mov_b32_e32 v25, s35
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[10:11], -1, 0
                                        ; implicit-def: $vgpr50_vgpr51
	s_and_saveexec_b64 s[14:15], s[10:11]
	s_xor_b64 s[10:11], exec, s[14:15]
	s_cbranch_execz .LBB0_76
; %bb.75:
	s_ashr_i32 s14, s27, 31
	s_add_u32 s16, s26, s14
	s_mov_b32 s15, s14
	s_addc_u32 s17, s27, s14
	s_xor_b64 s[14:15], s[16:17], s[14:15]
	v_cvt_f32_u32_e32 v5, s14
	v_cvt_f32_u32_e32 v7, s15
	s_sub_u32 s3, 0, s14
	s_subb_u32 s6, 0, s15
	v_ashrrev_i32_e32 v28, 31, v25
	v_fmamk_f32 v5, v7, 0x4f800000, v5
	v_rcp_f32_e32 v5, v5
	v_mov_b32_e32 v29, v28
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[28:29]
	v_mov_b32_e32 v31, 0
	v_mul_f32_e32 v5, 0x5f7ffffc, v5
	v_mul_f32_e32 v7, 0x2f800000, v5
	v_trunc_f32_e32 v7, v7
	v_fmamk_f32 v5, v7, 0xcf800000, v5
	v_cvt_u32_f32_e32 v7, v7
	v_cvt_u32_f32_e32 v5, v5
	v_mov_b32_e32 v13, s15
	v_readfirstlane_b32 s16, v7
	v_readfirstlane_b32 s17, v5
	s_mul_i32 s19, s3, s16
	s_mul_hi_u32 s21, s3, s17
	s_mul_i32 s20, s6, s17
	s_add_i32 s19, s21, s19
	s_add_i32 s19, s19, s20
	s_mul_i32 s22, s3, s17
	s_mul_i32 s21, s17, s19
	s_mul_hi_u32 s23, s17, s22
	s_mul_hi_u32 s20, s17, s19
	s_add_u32 s21, s23, s21
	s_addc_u32 s20, 0, s20
	s_mul_hi_u32 s23, s16, s22
	s_mul_i32 s22, s16, s22
	s_add_u32 s21, s21, s22
	s_addc_u32 s20, s20, s23
	s_mul_hi_u32 s21, s16, s19
	s_addc_u32 s21, s21, 0
	s_mul_i32 s19, s16, s19
	s_add_u32 s19, s20, s19
	s_addc_u32 s20, 0, s21
	s_add_u32 s17, s17, s19
	s_addc_u32 s16, s16, s20
	s_mul_i32 s19, s3, s17
	s_mul_i32 s22, s3, s16
	s_mul_hi_u32 s3, s3, s17
	s_add_i32 s3, s3, s22
	s_mul_i32 s6, s6, s17
	s_add_i32 s3, s3, s6
	s_mul_hi_u32 s20, s16, s19
	s_mul_i32 s21, s16, s19
	s_mul_i32 s22, s17, s3
	s_mul_hi_u32 s19, s17, s19
	s_mul_hi_u32 s6, s17, s3
	s_add_u32 s19, s19, s22
	s_addc_u32 s6, 0, s6
	s_add_u32 s19, s19, s21
	s_addc_u32 s6, s6, s20
	s_mul_hi_u32 s19, s16, s3
	s_addc_u32 s19, s19, 0
	s_mul_i32 s3, s16, s3
	s_add_u32 s3, s6, s3
	s_addc_u32 s6, 0, s19
	s_add_u32 s3, s17, s3
	s_addc_u32 s6, s16, s6
	v_xor_b32_e32 v7, v24, v28
	v_xor_b32_e32 v5, v25, v28
	v_mad_u64_u32 v[24:25], s[16:17], v7, s6, 0
	v_mul_hi_u32 v30, v7, s3
	v_lshl_add_u64 v[24:25], v[30:31], 0, v[24:25]
	v_mad_u64_u32 v[30:31], s[16:17], v5, s3, 0
	v_add_co_u32_e32 v9, vcc, v24, v30
	s_nop 1
	v_addc_co_u32_e32 v24, vcc, v25, v31, vcc
	v_mad_u64_u32 v[30:31], s[16:17], v5, s6, 0
	s_nop 0
	v_addc_co_u32_e32 v31, vcc, 0, v31, vcc
	v_mov_b32_e32 v25, s2
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[30:31]
	v_mul_lo_u32 v9, s15, v24
	v_mul_lo_u32 v11, s14, v25
	v_mad_u64_u32 v[24:25], s[2:3], s14, v24, 0
	v_add3_u32 v9, v25, v11, v9
	v_sub_u32_e32 v11, v5, v9
	v_sub_co_u32_e32 v7, vcc, v7, v24
                                        ; implicit-def: $vgpr24
	s_nop 1
	v_subb_co_u32_e64 v11, s[2:3], v11, v13, vcc
	v_subrev_co_u32_e64 v13, s[2:3], s14, v7
	v_subb_co_u32_e32 v5, vcc, v5, v9, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v11, s[2:3], 0, v11, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s15, v11
	v_cmp_le_u32_e32 vcc, s15, v5
	s_nop 0
	v_cndmask_b32_e64 v15, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s14, v13
	v_cndmask_b32_e64 v9, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s14, v7
	v_cndmask_b32_e64 v17, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s15, v11
	s_nop 1
	v_cndmask_b32_e64 v11, v15, v17, s[2:3]
	v_cndmask_b32_e64 v17, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s15, v5
	v_subrev_co_u32_e64 v15, s[2:3], s14, v13
	s_nop 0
	v_cndmask_b32_e32 v5, v9, v17, vcc
	v_cmp_ne_u32_e32 vcc, 0, v11
	s_nop 1
	v_cndmask_b32_e32 v9, v13, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v7, v9, vcc
	v_xor_b32_e32 v5, v5, v28
	v_sub_co_u32_e32 v50, vcc, v5, v28
.LBB0_76:                               ; %Flow354
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_andn2_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_78
; %bb.77:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v5, v3
	s_sub_i32 s6, 0, s26
	v_mul_f32_e32 v5, 0x4f7ffffe, v5
	v_cvt_u32_f32_e32 v5, v5
	v_mul_lo_u32 v7, s6, v5
	v_mul_hi_u32 v7, v5, v7
	v_add_u32_e32 v5, v5, v7
	v_mul_hi_u32 v5, v24, v5
	v_mul_lo_u32 v5, v5, s26
	v_sub_u32_e32 v5, v24, v5
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_subrev_u32_e32 v7, s26, v5
	v_cmp_le_u32_e32 vcc, s26, v5
	s_nop 1
	v_cndmask_b32_e32 v50, v5, v7, vcc
.LBB0_78:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	s_cmp_lg_u32 s7, 0
	.loc	1 90 15                         ; fused_moe.py:90:15
	v_or3_b32 v24, v172, s34, 27
	v_mov_b32_e32 v25, s35
	s_mov_b32 s2, 0
	.loc	1 101 15                        ; fused_moe.py:101:15
	s_cselect_b64 s[6:7], -1, 0
                                        ; implicit-def: $vgpr52_vgpr53
	s_and_saveexec_b64 s[10:11], s[6:7]
	s_xor_b64 s[6:7], exec, s[10:11]
	s_cbranch_execz .LBB0_80
; %bb.79:
	s_ashr_i32 s10, s27, 31
	s_add_u32 s14, s26, s10
	s_mov_b32 s11, s10
	s_addc_u32 s15, s27, s10
	s_xor_b64 s[10:11], s[14:15], s[10:11]
	v_cvt_f32_u32_e32 v3, s10
	v_cvt_f32_u32_e32 v5, s11
	s_sub_u32 s3, 0, s10
	s_subb_u32 s14, 0, s11
	v_ashrrev_i32_e32 v28, 31, v25
	v_fmamk_f32 v3, v5, 0x4f800000, v3
	v_rcp_f32_e32 v3, v3
	v_mov_b32_e32 v29, v28
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[28:29]
	v_mov_b32_e32 v31, 0
	v_mul_f32_e32 v3, 0x5f7ffffc, v3
	v_mul_f32_e32 v5, 0x2f800000, v3
	v_trunc_f32_e32 v5, v5
	v_fmamk_f32 v3, v5, 0xcf800000, v3
	v_cvt_u32_f32_e32 v5, v5
	v_cvt_u32_f32_e32 v3, v3
	v_mov_b32_e32 v11, s11
	v_readfirstlane_b32 s15, v5
	v_readfirstlane_b32 s16, v3
	s_mul_i32 s17, s3, s15
	s_mul_hi_u32 s20, s3, s16
	s_mul_i32 s19, s14, s16
	s_add_i32 s17, s20, s17
	s_add_i32 s17, s17, s19
	s_mul_i32 s21, s3, s16
	s_mul_i32 s20, s16, s17
	s_mul_hi_u32 s22, s16, s21
	s_mul_hi_u32 s19, s16, s17
	s_add_u32 s20, s22, s20
	s_addc_u32 s19, 0, s19
	s_mul_hi_u32 s22, s15, s21
	s_mul_i32 s21, s15, s21
	s_add_u32 s20, s20, s21
	s_addc_u32 s19, s19, s22
	s_mul_hi_u32 s20, s15, s17
	s_addc_u32 s20, s20, 0
	s_mul_i32 s17, s15, s17
	s_add_u32 s17, s19, s17
	s_addc_u32 s19, 0, s20
	s_add_u32 s16, s16, s17
	s_addc_u32 s15, s15, s19
	s_mul_i32 s17, s3, s16
	s_mul_i32 s21, s3, s15
	s_mul_hi_u32 s3, s3, s16
	s_add_i32 s3, s3, s21
	s_mul_i32 s14, s14, s16
	s_add_i32 s3, s3, s14
	s_mul_hi_u32 s19, s15, s17
	s_mul_i32 s20, s15, s17
	s_mul_i32 s21, s16, s3
	s_mul_hi_u32 s17, s16, s17
	s_mul_hi_u32 s14, s16, s3
	s_add_u32 s17, s17, s21
	s_addc_u32 s14, 0, s14
	s_add_u32 s17, s17, s20
	s_addc_u32 s14, s14, s19
	s_mul_hi_u32 s17, s15, s3
	s_addc_u32 s17, s17, 0
	s_mul_i32 s3, s15, s3
	s_add_u32 s3, s14, s3
	s_addc_u32 s14, 0, s17
	s_add_u32 s3, s16, s3
	s_addc_u32 s16, s15, s14
	v_xor_b32_e32 v5, v24, v28
	v_xor_b32_e32 v3, v25, v28
	v_mad_u64_u32 v[24:25], s[14:15], v5, s16, 0
	v_mul_hi_u32 v30, v5, s3
	v_lshl_add_u64 v[24:25], v[30:31], 0, v[24:25]
	v_mad_u64_u32 v[30:31], s[14:15], v3, s3, 0
	v_add_co_u32_e32 v7, vcc, v24, v30
	s_nop 1
	v_addc_co_u32_e32 v24, vcc, v25, v31, vcc
	v_mad_u64_u32 v[30:31], s[14:15], v3, s16, 0
	s_nop 0
	v_addc_co_u32_e32 v31, vcc, 0, v31, vcc
	v_mov_b32_e32 v25, s2
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[30:31]
	v_mul_lo_u32 v7, s11, v24
	v_mul_lo_u32 v9, s10, v25
	v_mad_u64_u32 v[24:25], s[2:3], s10, v24, 0
	v_add3_u32 v7, v25, v9, v7
	v_sub_u32_e32 v9, v3, v7
	v_sub_co_u32_e32 v5, vcc, v5, v24
                                        ; implicit-def: $vgpr24
	s_nop 1
	v_subb_co_u32_e64 v9, s[2:3], v9, v11, vcc
	v_subrev_co_u32_e64 v11, s[2:3], s10, v5
	v_subb_co_u32_e32 v3, vcc, v3, v7, vcc
	s_nop 0
	v_subbrev_co_u32_e64 v9, s[2:3], 0, v9, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s11, v9
	v_cmp_le_u32_e32 vcc, s11, v3
	s_nop 0
	v_cndmask_b32_e64 v13, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s10, v11
	v_cndmask_b32_e64 v7, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s10, v5
	v_cndmask_b32_e64 v15, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s11, v9
	s_nop 1
	v_cndmask_b32_e64 v9, v13, v15, s[2:3]
	v_cndmask_b32_e64 v15, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s11, v3
	v_subrev_co_u32_e64 v13, s[2:3], s10, v11
	s_nop 0
	v_cndmask_b32_e32 v3, v7, v15, vcc
	v_cmp_ne_u32_e32 vcc, 0, v9
	s_nop 1
	v_cndmask_b32_e32 v7, v11, v13, vcc
	v_cmp_ne_u32_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v5, v7, vcc
	v_xor_b32_e32 v3, v3, v28
	v_sub_co_u32_e32 v52, vcc, v3, v28
                                        ; implicit-def: $vgpr3
.LBB0_80:                               ; %Flow353
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_saveexec_b64 s[2:3], s[6:7]
	s_load_dword s57, s[0:1], 0x4c
	s_load_dwordx2 s[6:7], s[0:1], 0x58
	s_load_dword s20, s[0:1], 0x60
	s_load_dwordx2 s[10:11], s[0:1], 0x6c
	s_xor_b64 exec, exec, s[2:3]
	s_cbranch_execz .LBB0_82
; %bb.81:
	.loc	1 101 15 is_stmt 1              ; fused_moe.py:101:15
	v_rcp_iflag_f32_e32 v3, v3
	s_sub_i32 s14, 0, s26
	v_mul_f32_e32 v3, 0x4f7ffffe, v3
	v_cvt_u32_f32_e32 v3, v3
	v_mul_lo_u32 v5, s14, v3
	v_mul_hi_u32 v5, v3, v5
	v_add_u32_e32 v3, v3, v5
	v_mul_hi_u32 v3, v24, v3
	v_mul_lo_u32 v3, v3, s26
	v_sub_u32_e32 v3, v24, v3
	v_subrev_u32_e32 v5, s26, v3
	v_cmp_le_u32_e32 vcc, s26, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v3, v5, vcc
	v_subrev_u32_e32 v5, s26, v3
	v_cmp_le_u32_e32 vcc, s26, v3
	s_nop 1
	v_cndmask_b32_e32 v52, v3, v5, vcc
.LBB0_82:                               ; %.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split.split
	.loc	1 0 15 is_stmt 0                ; fused_moe.py:0:15
	s_or_b64 exec, exec, s[2:3]
	.loc	1 104 23 is_stmt 1              ; fused_moe.py:104:23
	s_waitcnt vmcnt(1)
	v_ashrrev_i32_e32 v3, 31, v27
	s_waitcnt vmcnt(0)
	v_ashrrev_i32_e32 v5, 31, v26
	v_lshrrev_b32_e32 v3, 29, v3
	v_lshrrev_b32_e32 v5, 29, v5
	v_add_u32_e32 v3, v27, v3
	v_add_u32_e32 v5, v26, v5
	.loc	1 104 66 is_stmt 0              ; fused_moe.py:104:66
	v_lshlrev_b32_e32 v0, 4, v0
	.loc	1 104 23                        ; fused_moe.py:104:23
	v_ashrrev_i32_e32 v3, 3, v3
	v_ashrrev_i32_e32 v5, 3, v5
	.loc	1 104 66                        ; fused_moe.py:104:66
	v_and_b32_e32 v24, 0x70, v0
.Ltmp11:
	.loc	2 43 13 is_stmt 1               ; standard.py:43:13 @[ fused_moe.py:117:23 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s19, s57, 0x7f
.Ltmp12:
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_cmp_gt_i32_e64 s[14:15], s56, v27
	v_cmp_gt_i32_e64 s[16:17], s56, v26
	.loc	1 104 14                        ; fused_moe.py:104:14
	v_mad_u64_u32 v[26:27], s[2:3], v3, s6, v[24:25]
	v_mad_u64_u32 v[28:29], s[2:3], v5, s6, v[24:25]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cmpk_gt_i32 s19, 0x7f
	.loc	1 105 22                        ; fused_moe.py:105:22
	s_mul_i32 s6, s18, s7
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cselect_b64 vcc, -1, 0
	.loc	1 119 57                        ; fused_moe.py:119:57
	v_cmp_gt_i32_e64 s[2:3], s57, v24
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_add_u32_e32 v0, s6, v24
	v_mad_u64_u32 v[30:31], s[6:7], s20, v2, v[0:1]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[2:3], s[2:3], vcc
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_bfrev_b32_e32 v3, 1
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[6:7], s[2:3], s[14:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v5, v3, v26, s[6:7]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[6:7], s[2:3], s[16:17]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_and_b32 s45, s45, 0xffff
	s_mov_b32 s47, 0x27000
	s_mov_b32 s46, 0x7ffffffe
	v_cndmask_b32_e64 v7, v3, v28, s[6:7]
	buffer_load_dwordx4 v[54:57], v5, s[44:47], 0 offen
	buffer_load_dwordx4 v[58:61], v7, s[44:47], 0 offen
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v5, 31, v10
	v_ashrrev_i32_e32 v7, 31, v12
	v_ashrrev_i32_e32 v11, 31, v16
	v_ashrrev_i32_e32 v13, 31, v18
	v_ashrrev_i32_e32 v15, 31, v20
	v_ashrrev_i32_e32 v17, 31, v22
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cndmask_b32_e64 v2, v3, v30, s[2:3]
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v21, 31, v38
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshrrev_b32_e32 v23, 1, v169
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v5, 25, v5
	v_lshrrev_b32_e32 v7, 25, v7
	v_lshrrev_b32_e32 v11, 25, v11
	v_lshrrev_b32_e32 v13, 25, v13
	v_lshrrev_b32_e32 v15, 25, v15
	v_lshrrev_b32_e32 v17, 25, v17
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_mov_b32 s6, s46
	s_mov_b32 s7, s47
	s_and_b32 s5, s5, 0xffff
	.loc	1 105 14                        ; fused_moe.py:105:14
	v_mad_u64_u32 v[68:69], s[22:23], s20, v4, v[0:1]
	v_mad_u64_u32 v[70:71], s[22:23], s20, v6, v[0:1]
	v_mad_u64_u32 v[72:73], s[20:21], s20, v8, v[0:1]
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v29, 25, v21
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_and_b32_e32 v31, 60, v23
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v5, v10, v5
	v_add_u32_e32 v7, v12, v7
	v_add_u32_e32 v10, v16, v11
	v_add_u32_e32 v11, v18, v13
	v_add_u32_e32 v12, v20, v15
	v_add_u32_e32 v13, v22, v17
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cndmask_b32_e64 v0, v3, v68, s[2:3]
	v_cndmask_b32_e64 v4, v3, v70, s[2:3]
	v_cndmask_b32_e64 v3, v3, v72, s[2:3]
	buffer_load_dwordx4 v[20:23], v2, s[4:7], 0 offen
	buffer_load_dwordx4 v[62:65], v0, s[4:7], 0 offen
	buffer_load_dwordx4 v[74:77], v4, s[4:7], 0 offen
	buffer_load_dwordx4 v[78:81], v3, s[4:7], 0 offen
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v38, v29
	v_ashrrev_i32_e32 v15, 7, v3
	v_ashrrev_i32_e32 v3, 31, v46
	v_ashrrev_i32_e32 v9, 31, v14
	v_ashrrev_i32_e32 v19, 31, v36
	v_lshrrev_b32_e32 v3, 25, v3
	v_lshrrev_b32_e32 v9, 25, v9
	v_lshrrev_b32_e32 v19, 25, v19
	v_add_u32_e32 v3, v46, v3
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshlrev_b32_e32 v27, 4, v169
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v9, v14, v9
	v_add_u32_e32 v14, v36, v19
	v_ashrrev_i32_e32 v19, 7, v3
	v_ashrrev_i32_e32 v3, 31, v48
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_xor_b32_e32 v0, v31, v27
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	v_ashrrev_i32_e32 v25, 31, v40
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_u32_e32 v142, 0, v0
	v_xor_b32_e32 v2, 4, v0
	v_xor_b32_e32 v4, 8, v0
	v_xor_b32_e32 v0, 12, v0
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v48, v3
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_u32_e32 v145, 0, v0
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v0, 25, v25
	v_ashrrev_i32_e32 v25, 7, v3
	v_ashrrev_i32_e32 v3, 31, v50
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_u32_e32 v143, 0, v2
	v_add_u32_e32 v144, 0, v4
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v4, v40, v0
	v_ashrrev_i32_e32 v0, 31, v42
	v_ashrrev_i32_e32 v2, 31, v44
	v_add_u32_e32 v3, v50, v3
	s_load_dword s20, s[0:1], 0x68
	v_lshrrev_b32_e32 v0, 25, v0
	v_lshrrev_b32_e32 v2, 25, v2
	v_ashrrev_i32_e32 v27, 7, v3
	v_ashrrev_i32_e32 v3, 31, v52
	v_add_u32_e32 v6, v42, v0
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_ashrrev_i32_e32 v0, 31, v171
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v8, v44, v2
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_ashrrev_i32_e32 v2, 31, v170
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_lshrrev_b32_e32 v3, 25, v3
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_lshrrev_b32_e32 v0, 29, v0
	v_lshrrev_b32_e32 v2, 29, v2
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_add_u32_e32 v3, v52, v3
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_add_u32_e32 v0, v171, v0
	v_add_u32_e32 v2, v170, v2
	.loc	1 110 69                        ; fused_moe.py:110:69
	v_ashrrev_i32_e32 v5, 7, v5
	v_ashrrev_i32_e32 v7, 7, v7
	v_ashrrev_i32_e32 v9, 7, v9
	v_ashrrev_i32_e32 v10, 7, v10
	v_ashrrev_i32_e32 v11, 7, v11
	v_ashrrev_i32_e32 v12, 7, v12
	v_ashrrev_i32_e32 v13, 7, v13
	v_ashrrev_i32_e32 v14, 7, v14
	v_ashrrev_i32_e32 v16, 7, v4
	v_ashrrev_i32_e32 v17, 7, v6
	v_ashrrev_i32_e32 v18, 7, v8
	v_ashrrev_i32_e32 v29, 7, v3
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_cmp_gt_i32_e64 s[2:3], s56, v171
	v_cmp_gt_i32_e64 s[0:1], s56, v170
	s_mov_b32 s58, 0
	.loc	1 109 43                        ; fused_moe.py:109:43
	v_ashrrev_i32_e32 v0, 3, v0
	v_ashrrev_i32_e32 v2, 3, v2
	.loc	1 110 42                        ; fused_moe.py:110:42
	s_mul_i32 s18, s18, s10
	.loc	1 110 28 is_stmt 0              ; fused_moe.py:110:28
	v_mul_lo_u32 v3, v5, s11
	v_mul_lo_u32 v4, v7, s11
	v_mul_lo_u32 v5, v9, s11
	v_mul_lo_u32 v6, v10, s11
	v_mul_lo_u32 v7, v11, s11
	v_mul_lo_u32 v8, v12, s11
	v_mul_lo_u32 v9, v13, s11
	v_mul_lo_u32 v10, v14, s11
	v_mul_lo_u32 v11, v15, s11
	v_mul_lo_u32 v12, v16, s11
	v_mul_lo_u32 v13, v17, s11
	v_mul_lo_u32 v14, v18, s11
	v_mul_lo_u32 v15, v19, s11
	v_mul_lo_u32 v16, v25, s11
	v_mul_lo_u32 v17, v27, s11
	v_mul_lo_u32 v18, v29, s11
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_cmpk_gt_i32 s19, 0xff
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_waitcnt vmcnt(4)
	ds_write2st64_b32 v142, v54, v58 offset0:64 offset1:80
	ds_write2st64_b32 v143, v55, v59 offset0:64 offset1:80
	ds_write2st64_b32 v144, v56, v60 offset0:64 offset1:80
	ds_write2st64_b32 v145, v57, v61 offset0:64 offset1:80
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_waitcnt vmcnt(2)
	ds_write2st64_b32 v142, v20, v62 offset1:16
	s_waitcnt vmcnt(0)
	ds_write2st64_b32 v142, v74, v78 offset0:32 offset1:48
	ds_write2st64_b32 v143, v21, v63 offset1:16
	ds_write2st64_b32 v143, v75, v79 offset0:32 offset1:48
	ds_write2st64_b32 v144, v22, v64 offset1:16
	ds_write2st64_b32 v144, v76, v80 offset0:32 offset1:48
	ds_write2st64_b32 v145, v23, v65 offset1:16
	ds_write2st64_b32 v145, v77, v81 offset0:32 offset1:48
	s_cbranch_scc1 .LBB0_85
; %bb.83:                               ; %.._crit_edge_crit_edge
	.loc	1 126 27                        ; fused_moe.py:126:27
	s_and_b32 s53, s9, 0xffff
	s_mov_b32 s52, s8
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_and_b32 s49, s41, 0xffff
	s_mov_b32 s48, s40
	s_mov_b64 s[6:7], 0
	s_mov_b64 s[54:55], s[46:47]
	s_mov_b64 s[50:51], s[46:47]
	s_branch .LBB0_86
.LBB0_84:
	.loc	1 0 27 is_stmt 0                ; fused_moe.py:0:27
	s_cbranch_execnz .LBB0_94
	s_branch .LBB0_95
.LBB0_85:
	s_mov_b64 s[6:7], -1
                                        ; implicit-def: $sgpr52_sgpr53
                                        ; implicit-def: $sgpr48_sgpr49
.LBB0_86:                               ; %Flow351
	s_and_b64 s[6:7], s[6:7], exec
	s_cselect_b32 s6, 1, 0
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v141, v0, s20
	v_mul_lo_u32 v140, v2, s20
	v_add_u32_e32 v139, s18, v3
	v_add_u32_e32 v138, s18, v4
	v_add_u32_e32 v137, s18, v5
	v_add_u32_e32 v136, s18, v6
	v_add_u32_e32 v135, s18, v7
	v_add_u32_e32 v134, s18, v8
	v_add_u32_e32 v133, s18, v9
	v_add_u32_e32 v73, s18, v10
	v_add_u32_e32 v132, s18, v11
	v_add_u32_e32 v131, s18, v12
	v_add_u32_e32 v130, s18, v13
	v_add_u32_e32 v129, s18, v14
	v_add_u32_e32 v71, s18, v15
	v_add_u32_e32 v69, s18, v16
	v_add_u32_e32 v31, s18, v17
	v_add_u32_e32 v29, s18, v18
	s_cmp_lg_u32 s6, 1
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
	v_lshlrev_b32_e32 v25, 7, v1
	v_lshlrev_b32_e32 v27, 2, v173
	s_cbranch_scc1 .LBB0_90
; %bb.87:                               ; %.lr.ph
	v_lshl_or_b32 v8, s31, 6, v27
	v_or_b32_e32 v0, v25, v27
	v_xor_b32_e32 v8, v8, v128
	v_xor_b32_e32 v0, v0, v128
	v_or_b32_e32 v8, v8, v25
.Ltmp13:
	.loc	2 43 12 is_stmt 1               ; standard.py:43:12 @[ fused_moe.py:117:23 ]
	s_lshr_b32 s50, s19, 7
	v_xor_b32_e32 v1, 8, v0
	v_xor_b32_e32 v2, 16, v0
	v_xor_b32_e32 v3, 24, v0
	v_xor_b32_e32 v4, 32, v0
	v_xor_b32_e32 v5, 40, v0
	v_xor_b32_e32 v6, 48, v0
	v_xor_b32_e32 v7, 56, v0
	v_xor_b32_e32 v9, 8, v8
	v_xor_b32_e32 v10, 16, v8
	v_xor_b32_e32 v11, 24, v8
	v_xor_b32_e32 v12, 32, v8
	v_xor_b32_e32 v13, 40, v8
	v_xor_b32_e32 v14, 48, v8
	v_xor_b32_e32 v15, 56, v8
	s_and_b32 s9, s9, 0xffff
	s_mov_b32 s11, 0x27000
	s_mov_b32 s10, 0x7ffffffe
	s_and_b32 s41, s41, 0xffff
	v_mov_b32_e32 v36, 0
	s_mov_b64 s[54:55], s[10:11]
	s_mov_b64 s[52:53], s[8:9]
	s_mov_b64 s[48:49], s[40:41]
	s_add_i32 s50, s50, -2
	v_bfrev_b32_e32 v146, 1
	v_add_u32_e32 v147, 0, v0
	v_add_u32_e32 v148, 0, v1
	v_add_u32_e32 v149, 0, v2
	v_add_u32_e32 v150, 0, v3
	v_add_u32_e32 v151, 0, v4
	v_add_u32_e32 v152, 0, v5
	v_add_u32_e32 v153, 0, v6
	v_add_u32_e32 v154, 0, v7
	v_add_u32_e32 v155, 0, v8
	v_add_u32_e32 v156, 0, v9
	v_add_u32_e32 v157, 0, v10
	v_add_u32_e32 v158, 0, v11
	v_add_u32_e32 v159, 0, v12
	v_add_u32_e32 v160, 0, v13
	v_add_u32_e32 v161, 0, v14
	v_add_u32_e32 v162, 0, v15
	s_movk_i32 s51, 0x7f
	v_mov_b32_e32 v163, 0x7e00
	v_mov_b32_e32 v164, 0x1800
	v_mov_b32_e32 v165, 0x1c00
	v_mov_b32_e32 v166, 0x1e00
	v_mov_b32_e32 v167, 0x2000
	s_mov_b32 s59, 0x5040100
	v_mov_b32_e32 v176, 8
	v_mov_b32_e32 v177, 7
	v_mov_b32_e32 v178, 0x2100
	v_mov_b32_e32 v179, 0x2200
	v_mov_b32_e32 v180, 0x2300
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
.Ltmp14:
.LBB0_88:                               ; =>This Inner Loop Header: Depth=1
	.loc	2 0 12 is_stmt 0                ; standard.py:0:12
	s_mov_b32 s60, s58
	.loc	1 117 5 is_stmt 1               ; fused_moe.py:117:5
	s_add_i32 s58, s58, 1
	.loc	1 118 27                        ; fused_moe.py:118:27
	s_lshl_b32 s6, s58, 7
	.loc	1 118 23 is_stmt 0              ; fused_moe.py:118:23
	s_sub_i32 s6, s57, s6
	.loc	1 119 57 is_stmt 1              ; fused_moe.py:119:57
	v_cmp_gt_i32_e64 s[18:19], s6, v24
	.loc	1 133 9                         ; fused_moe.py:133:9
	v_add_u32_e32 v26, 0x80, v26
	.loc	1 119 34                        ; fused_moe.py:119:34
	s_and_b64 s[6:7], s[14:15], s[18:19]
	.loc	1 133 9                         ; fused_moe.py:133:9
	v_add_u32_e32 v28, 0x80, v28
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v3, v146, v26, s[6:7]
	.loc	1 119 34 is_stmt 0              ; fused_moe.py:119:34
	s_and_b64 s[6:7], s[16:17], s[18:19]
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_u32_e32 v0, 0x4000, v147
	v_add_u32_e32 v1, 0x4000, v148
	v_add_u32_e32 v2, 0x4000, v149
	v_cndmask_b32_e64 v4, v146, v28, s[6:7]
	v_add_u32_e32 v8, 0x4000, v150
	buffer_load_dwordx4 v[16:19], v3, s[44:47], 0 offen
	buffer_load_dwordx4 v[20:23], v4, s[44:47], 0 offen
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2_b32 v[6:7], v0 offset1:16
	ds_read2_b32 v[4:5], v1 offset1:16
	ds_read2_b32 v[2:3], v2 offset1:16
	ds_read2_b32 v[0:1], v8 offset1:16
	.loc	1 120 13 is_stmt 1              ; fused_moe.py:120:13
	ds_read2_b32 v[92:93], v155 offset1:16
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_waitcnt lgkmcnt(4)
	v_lshlrev_b16_sdwa v75, v177, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_e32 v13, 7, v6
	v_and_b32_sdwa v76, v6, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v75, 0x3f80, v75
	v_lshrrev_b32_e32 v9, 8, v6
	v_lshlrev_b16_e32 v12, 8, v6
	v_lshlrev_b16_sdwa v14, v176, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v15, v177, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v74, v176, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v77, v6, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v75, 0x2000, v75
	v_cmp_ne_u16_e64 s[6:7], s51, v76
	v_and_b32_e32 v6, 0x7f, v6
	v_and_b32_e32 v13, 0x3f80, v13
	v_cndmask_b32_e64 v75, v163, v75, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v76
	v_add_u16_e32 v13, 0x2000, v13
	v_cmp_ne_u16_e64 s[22:23], s51, v6
	v_cndmask_b32_e64 v75, 0, v75, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v76
	v_cndmask_b32_e64 v13, v163, v13, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v6
	v_cndmask_b32_e64 v75, v164, v75, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v76
	v_cndmask_b32_e64 v13, 0, v13, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v6
	v_cndmask_b32_e64 v75, v165, v75, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v76
	v_cndmask_b32_e64 v13, v164, v13, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v6
	v_cndmask_b32_e64 v75, v166, v75, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v76
	v_cndmask_b32_e64 v13, v165, v13, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v6
	v_cndmask_b32_e64 v75, v167, v75, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v76
	v_cndmask_b32_e64 v13, v166, v13, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v6
	v_cndmask_b32_e64 v75, v178, v75, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v76
	v_cndmask_b32_e64 v13, v167, v13, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v6
	v_cndmask_b32_e64 v75, v179, v75, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v76
	v_lshlrev_b16_e32 v76, 7, v9
	v_cndmask_b32_e64 v13, v178, v13, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v6
	v_and_b32_e32 v15, 0x3f80, v15
	v_and_b32_e32 v76, 0x3f80, v76
	v_cndmask_b32_e64 v13, v179, v13, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v6
	v_and_b32_e32 v6, 0x7f, v9
	v_add_u16_e32 v15, 0x2000, v15
	v_cmp_ne_u16_e64 s[20:21], s51, v77
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e64 s[24:25], s51, v6
	v_cndmask_b32_e64 v15, v163, v15, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v77
	v_cndmask_b32_e64 v76, v163, v76, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v6
	v_cndmask_b32_e64 v15, 0, v15, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v77
	v_cndmask_b32_e64 v76, 0, v76, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v6
	v_cndmask_b32_e64 v15, v164, v15, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v77
	v_cndmask_b32_e64 v76, v164, v76, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v6
	v_cndmask_b32_e64 v15, v165, v15, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v77
	v_cndmask_b32_e64 v76, v165, v76, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v6
	v_cndmask_b32_e64 v15, v166, v15, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v77
	v_cndmask_b32_e64 v76, v166, v76, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v6
	v_cndmask_b32_e64 v15, v167, v15, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v77
	v_cndmask_b32_e64 v76, v167, v76, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v6
	v_cndmask_b32_e64 v15, v178, v15, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v77
	v_cndmask_b32_e64 v76, v178, v76, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v6
	v_cndmask_b32_e64 v15, v179, v15, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v77
	v_cndmask_b32_e64 v76, v179, v76, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v6
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cndmask_b32_e64 v75, v180, v75, s[6:7]
	v_lshlrev_b16_e32 v9, 8, v9
	v_and_b32_e32 v12, 0xffff8000, v12
	v_cndmask_b32_e64 v13, v180, v13, s[22:23]
	v_and_b32_e32 v14, 0xffff8000, v14
	v_cndmask_b32_e64 v15, v180, v15, s[20:21]
	v_or_b32_e32 v74, v75, v74
	v_and_b32_e32 v9, 0xffff8000, v9
	v_cndmask_b32_e64 v75, v180, v76, s[24:25]
	v_or_b32_e32 v12, v13, v12
	v_or_b32_e32 v14, v15, v14
	v_or_b32_e32 v9, v75, v9
	s_waitcnt lgkmcnt(3)
	v_lshlrev_b16_sdwa v76, v177, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v75, v74, v14, s59
	v_perm_b32 v74, v9, v12, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_and_b32_sdwa v9, v4, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v14, 0x3f80, v76
	v_add_u16_e32 v14, 0x2000, v14
	v_cmp_ne_u16_e64 s[6:7], s51, v9
	v_lshlrev_b16_sdwa v77, v177, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v13, 7, v4
	v_cndmask_b32_e64 v14, v163, v14, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v9
	v_and_b32_sdwa v12, v4, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v76, 0x3f80, v77
	v_cndmask_b32_e64 v14, 0, v14, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v9
	v_and_b32_e32 v13, 0x3f80, v13
	v_add_u16_e32 v76, 0x2000, v76
	v_cndmask_b32_e64 v14, v164, v14, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v9
	v_cmp_ne_u16_e64 s[20:21], s51, v12
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e64 v14, v165, v14, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v9
	v_cndmask_b32_e64 v76, v163, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v12
	v_cndmask_b32_e64 v14, v166, v14, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v9
	v_cndmask_b32_e64 v76, 0, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v12
	v_cndmask_b32_e64 v14, v167, v14, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v9
	v_cndmask_b32_e64 v76, v164, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v12
	v_cndmask_b32_e64 v14, v178, v14, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v9
	v_cndmask_b32_e64 v76, v165, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v12
	v_cndmask_b32_e64 v14, v179, v14, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v9
	v_and_b32_e32 v9, 0x7f, v4
	v_cmp_ne_u16_e64 s[22:23], s51, v9
	v_cndmask_b32_e64 v76, v166, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v12
	v_cndmask_b32_e64 v13, v163, v13, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v9
	v_cndmask_b32_e64 v76, v167, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v12
	v_cndmask_b32_e64 v13, 0, v13, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v9
	v_lshrrev_b32_e32 v10, 8, v4
	v_cndmask_b32_e64 v76, v178, v76, s[20:21]
	v_cndmask_b32_e64 v13, v164, v13, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v9
	v_cmp_ne_u16_e64 s[20:21], 6, v12
	v_lshlrev_b16_e32 v6, 8, v4
	v_cndmask_b32_e64 v13, v165, v13, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v9
	v_cndmask_b32_e64 v76, v179, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v12
	v_cndmask_b32_e64 v13, v166, v13, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v9
	v_lshlrev_b16_e32 v12, 7, v10
	v_and_b32_e32 v12, 0x3f80, v12
	v_cndmask_b32_e64 v13, v167, v13, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v9
	v_add_u16_e32 v12, 0x2000, v12
	v_lshlrev_b16_sdwa v15, v176, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v13, v178, v13, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v9
	v_lshlrev_b16_sdwa v4, v176, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v6, 0xffff8000, v6
	v_cndmask_b32_e64 v13, v179, v13, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v9
	v_and_b32_e32 v9, 0x7f, v10
	v_cmp_ne_u16_e64 s[24:25], s51, v9
	v_lshlrev_b16_e32 v10, 8, v10
	v_and_b32_e32 v4, 0xffff8000, v4
	v_cndmask_b32_e64 v12, v163, v12, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v9
	v_cndmask_b32_e64 v14, v180, v14, s[6:7]
	v_and_b32_e32 v10, 0xffff8000, v10
	v_cndmask_b32_e64 v12, 0, v12, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v9
	v_or_b32_e32 v4, v14, v4
	s_waitcnt lgkmcnt(2)
	v_lshlrev_b16_sdwa v14, v177, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v12, v164, v12, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v9
	v_lshrrev_b32_e32 v11, 8, v2
	s_waitcnt lgkmcnt(1)
	v_lshrrev_b32_e32 v8, 8, v0
	v_cndmask_b32_e64 v12, v165, v12, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v9
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_read2_b32 v[124:125], v156 offset1:16
	ds_read2_b32 v[126:127], v157 offset1:16
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v12, v166, v12, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v9
	.loc	1 127 27                        ; fused_moe.py:127:27
	s_mov_b32 s42, s10
	s_mov_b32 s43, s11
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v12, v167, v12, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v9
	.loc	1 134 9                         ; fused_moe.py:134:9
	v_add_u32_e32 v30, 0x80, v30
	v_add_u32_e32 v68, 0x80, v68
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v12, v178, v12, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v9
	.loc	1 134 9                         ; fused_moe.py:134:9
	v_add_u32_e32 v70, 0x80, v70
	v_add_u32_e32 v72, 0x80, v72
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v12, v179, v12, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v9
	v_cndmask_b32_e64 v9, v180, v13, s[22:23]
	v_and_b32_e32 v13, 0xffff8000, v15
	v_cndmask_b32_e64 v15, v180, v76, s[20:21]
	v_cndmask_b32_e64 v12, v180, v12, s[24:25]
	v_or_b32_e32 v6, v9, v6
	v_or_b32_e32 v13, v15, v13
	v_or_b32_e32 v10, v12, v10
	v_lshlrev_b16_sdwa v12, v177, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v79, v4, v13, s59
	v_perm_b32 v78, v10, v6, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_and_b32_sdwa v4, v2, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v10, 0x3f80, v12
	v_add_u16_e32 v10, 0x2000, v10
	v_cmp_ne_u16_e64 s[6:7], s51, v4
	v_lshlrev_b16_e32 v15, 7, v2
	v_and_b32_sdwa v6, v2, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v10, v163, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v4
	v_and_b32_e32 v13, 0x3f80, v14
	v_and_b32_e32 v12, 0x3f80, v15
	v_cndmask_b32_e64 v10, 0, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v4
	v_add_u16_e32 v13, 0x2000, v13
	v_cmp_ne_u16_e64 s[20:21], s51, v6
	v_cndmask_b32_e64 v10, v164, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v4
	v_cndmask_b32_e64 v13, v163, v13, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v6
	v_cndmask_b32_e64 v10, v165, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v4
	v_add_u16_e32 v12, 0x2000, v12
	v_cndmask_b32_e64 v13, 0, v13, s[20:21]
	v_cndmask_b32_e64 v10, v166, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v4
	v_cmp_ne_u16_e64 s[20:21], 1, v6
	v_lshlrev_b16_e32 v9, 8, v2
	v_cndmask_b32_e64 v10, v167, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v4
	v_cndmask_b32_e64 v13, v164, v13, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v6
	v_cndmask_b32_e64 v10, v178, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v4
	v_cndmask_b32_e64 v13, v165, v13, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v6
	v_cndmask_b32_e64 v10, v179, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v4
	v_and_b32_e32 v4, 0x7f, v2
	v_cmp_ne_u16_e64 s[22:23], s51, v4
	v_cndmask_b32_e64 v13, v166, v13, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v6
	v_cndmask_b32_e64 v12, v163, v12, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v4
	v_cndmask_b32_e64 v13, v167, v13, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v6
	v_cndmask_b32_e64 v12, 0, v12, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v4
	v_cndmask_b32_e64 v13, v178, v13, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v6
	v_cndmask_b32_e64 v12, v164, v12, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v4
	v_cndmask_b32_e64 v13, v179, v13, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v6
	v_cndmask_b32_e64 v12, v165, v12, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v4
	v_lshlrev_b16_e32 v6, 7, v11
	v_and_b32_e32 v6, 0x3f80, v6
	v_cndmask_b32_e64 v12, v166, v12, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v4
	v_add_u16_e32 v6, 0x2000, v6
	v_and_b32_e32 v9, 0xffff8000, v9
	v_cndmask_b32_e64 v12, v167, v12, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v4
	v_cndmask_b32_e64 v10, v180, v10, s[6:7]
	v_and_b32_sdwa v14, v7, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e64 v12, v178, v12, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v4
	v_and_b32_sdwa v15, v7, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cndmask_b32_e64 v181, v146, v30, s[18:19]
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v12, v179, v12, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v4
	v_and_b32_e32 v4, 0x7f, v11
	v_cmp_ne_u16_e64 s[24:25], s51, v4
	v_cndmask_b32_e64 v12, v180, v12, s[22:23]
	v_lshlrev_b16_e32 v11, 8, v11
	v_cndmask_b32_e64 v6, v163, v6, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v4
	v_or_b32_e32 v9, v12, v9
	v_cndmask_b32_e64 v12, v180, v13, s[20:21]
	v_cndmask_b32_e64 v6, 0, v6, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v4
	v_and_b32_e32 v11, 0xffff8000, v11
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cmp_lg_u32 s60, s50
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v6, v164, v6, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v165, v6, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v166, v6, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v167, v6, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v178, v6, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v179, v6, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v4
	v_lshlrev_b16_sdwa v4, v176, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v2, v176, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v4, 0xffff8000, v4
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v6, v180, v6, s[24:25]
	v_or_b32_e32 v4, v12, v4
	v_or_b32_e32 v2, v10, v2
	v_or_b32_e32 v6, v6, v11
	v_lshlrev_b16_sdwa v11, v177, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v77, v2, v4, s59
	v_perm_b32 v76, v6, v9, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_and_b32_sdwa v2, v0, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v6, 0x3f80, v11
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[6:7], s51, v2
	v_lshlrev_b16_sdwa v10, v177, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v4, v0, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v6, v163, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v2
	v_and_b32_e32 v10, 0x3f80, v10
	v_add_u16_e32 v10, 0x2000, v10
	v_cndmask_b32_e64 v6, 0, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v2
	v_lshlrev_b16_e32 v12, 7, v0
	v_cmp_ne_u16_e64 s[20:21], 7, v2
	v_cndmask_b32_e64 v6, v164, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v2
	v_cmp_ne_u16_e64 s[22:23], 7, v4
	v_and_b32_e32 v11, 0x7f, v8
	v_cndmask_b32_e64 v6, v165, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v6, v166, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v6, v167, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v6, v178, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v2
	v_and_b32_e32 v2, 0x7f, v0
	v_cmp_ne_u16_e64 s[24:25], 7, v2
	v_cndmask_b32_e64 v9, v179, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], s51, v4
	v_and_b32_e32 v6, 0x3f80, v12
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e64 v10, v163, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v4
	v_cndmask_b32_e64 v9, v180, v9, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v10, 0, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v4
	s_nop 1
	v_cndmask_b32_e64 v10, v164, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v10, v165, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v10, v166, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v10, v167, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v10, v178, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v4
	v_lshlrev_b16_e32 v4, 7, v8
	v_lshlrev_b16_e32 v8, 8, v8
	v_cndmask_b32_e64 v10, v179, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], s51, v2
	v_and_b32_e32 v8, 0xffff8000, v8
	v_cndmask_b32_e64 v10, v180, v10, s[22:23]
	v_cndmask_b32_e64 v6, v163, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v2
	s_nop 1
	v_cndmask_b32_e64 v6, 0, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v2
	s_nop 1
	v_cndmask_b32_e64 v6, v164, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v6, v165, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v6, v166, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v6, v167, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v6, v178, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v2
	v_and_b32_e32 v2, 0x3f80, v4
	v_add_u16_e32 v2, 0x2000, v2
	v_cndmask_b32_e64 v6, v179, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], s51, v11
	v_lshlrev_b16_e32 v4, 8, v0
	v_and_b32_e32 v4, 0xffff8000, v4
	v_cndmask_b32_e64 v2, v163, v2, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v11
	v_cndmask_b32_e64 v6, v180, v6, s[24:25]
	v_or_b32_e32 v4, v6, v4
	v_cndmask_b32_e64 v2, 0, v2, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v11
	v_lshlrev_b16_sdwa v6, v176, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v0, v176, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v2, v164, v2, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v11
	v_and_b32_e32 v0, 0xffff8000, v0
	v_or_b32_e32 v0, v9, v0
	v_cndmask_b32_e64 v2, v165, v2, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v11
	v_add_u32_e32 v9, 0x4000, v151
	v_and_b32_e32 v6, 0xffff8000, v6
	v_cndmask_b32_e64 v2, v166, v2, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v11
	v_or_b32_e32 v6, v10, v6
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v85, v0, v6, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v2, v167, v2, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v2, v178, v2, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v2, v179, v2, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v11
	s_nop 1
	v_cndmask_b32_e64 v2, v180, v2, s[6:7]
	v_or_b32_e32 v2, v2, v8
	ds_read2_b32 v[8:9], v9 offset1:16
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v84, v2, v4, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v0, v177, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v2, v8, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e64 s[6:7], s51, v2
	v_and_b32_sdwa v4, v8, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s51, v4
	v_cndmask_b32_e64 v0, v163, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v2
	v_and_b32_e32 v6, 0x7f, v8
	v_cmp_ne_u16_e64 s[22:23], s51, v6
	v_cndmask_b32_e64 v0, 0, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v164, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v165, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v166, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v167, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v178, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v179, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v2
	v_lshlrev_b16_sdwa v2, v177, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cndmask_b32_e64 v2, v163, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v4
	v_cndmask_b32_e64 v0, v180, v0, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v2, 0, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v4
	s_nop 1
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
	v_cndmask_b32_e64 v2, v178, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v2, v179, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v4
	v_lshlrev_b16_e32 v4, 7, v8
	v_and_b32_e32 v4, 0x3f80, v4
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e64 v4, v163, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v6
	v_cndmask_b32_e64 v2, v180, v2, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v4, 0, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v164, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v165, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v166, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v167, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v178, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v179, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v6
	v_lshrrev_b32_e32 v6, 8, v8
	v_lshlrev_b16_e32 v10, 7, v6
	v_and_b32_e32 v10, 0x3f80, v10
	v_and_b32_e32 v11, 0x7f, v6
	v_add_u16_e32 v10, 0x2000, v10
	v_cmp_ne_u16_e64 s[24:25], s51, v11
	v_cndmask_b32_e64 v4, v180, v4, s[22:23]
	v_lshlrev_b16_e32 v6, 8, v6
	v_cndmask_b32_e64 v10, v163, v10, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v11
	v_and_b32_e32 v6, 0xffff8000, v6
	s_nop 0
	v_cndmask_b32_e64 v10, 0, v10, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v164, v10, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v165, v10, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v166, v10, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v167, v10, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v178, v10, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v179, v10, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v11
	v_lshlrev_b16_e32 v11, 8, v8
	v_and_b32_e32 v11, 0xffff8000, v11
	v_or_b32_e32 v4, v4, v11
	v_lshlrev_b16_sdwa v11, v176, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v8, v176, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v11, 0xffff8000, v11
	v_and_b32_e32 v8, 0xffff8000, v8
	v_or_b32_e32 v2, v2, v11
	v_or_b32_e32 v0, v0, v8
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v83, v0, v2, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_u32_e32 v0, 0x4000, v152
	v_cndmask_b32_e64 v8, v180, v10, s[24:25]
	ds_read2_b32 v[10:11], v0 offset1:16
	v_or_b32_e32 v6, v8, v6
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v82, v6, v4, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v0, v177, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v0, 0x3f80, v0
	v_and_b32_sdwa v2, v10, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e64 s[6:7], s51, v2
	v_and_b32_sdwa v4, v10, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s51, v4
	v_cndmask_b32_e64 v0, v163, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v2
	v_and_b32_e32 v6, 0x7f, v10
	v_cmp_ne_u16_e64 s[22:23], s51, v6
	v_cndmask_b32_e64 v0, 0, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v164, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v165, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v166, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v167, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v178, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v179, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v2
	v_lshlrev_b16_sdwa v2, v177, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cndmask_b32_e64 v2, v163, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v4
	v_cndmask_b32_e64 v0, v180, v0, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v2, 0, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v4
	s_nop 1
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
	v_cndmask_b32_e64 v2, v178, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v2, v179, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v4
	v_lshlrev_b16_e32 v4, 7, v10
	v_and_b32_e32 v4, 0x3f80, v4
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e64 v4, v163, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v6
	v_cndmask_b32_e64 v2, v180, v2, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v4, 0, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v164, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v165, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v166, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v167, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v178, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v179, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v6
	v_lshrrev_b32_e32 v6, 8, v10
	v_lshlrev_b16_e32 v8, 7, v6
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v12, 0x7f, v6
	v_add_u16_e32 v8, 0x2000, v8
	v_cmp_ne_u16_e64 s[24:25], s51, v12
	v_cndmask_b32_e64 v4, v180, v4, s[22:23]
	v_lshlrev_b16_e32 v6, 8, v6
	v_cndmask_b32_e64 v8, v163, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v12
	v_and_b32_e32 v6, 0xffff8000, v6
	s_nop 0
	v_cndmask_b32_e64 v8, 0, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v12
	s_nop 1
	v_cndmask_b32_e64 v8, v164, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v12
	s_nop 1
	v_cndmask_b32_e64 v8, v165, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v12
	s_nop 1
	v_cndmask_b32_e64 v8, v166, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v12
	s_nop 1
	v_cndmask_b32_e64 v8, v167, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v12
	s_nop 1
	v_cndmask_b32_e64 v8, v178, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v12
	s_nop 1
	v_cndmask_b32_e64 v8, v179, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v12
	v_lshlrev_b16_e32 v12, 8, v10
	v_and_b32_e32 v12, 0xffff8000, v12
	v_or_b32_e32 v4, v4, v12
	v_lshlrev_b16_sdwa v12, v176, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v10, v176, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v12, 0xffff8000, v12
	v_and_b32_e32 v10, 0xffff8000, v10
	v_or_b32_e32 v2, v2, v12
	v_or_b32_e32 v0, v0, v10
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v87, v0, v2, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_u32_e32 v0, 0x4000, v153
	ds_read2_b32 v[12:13], v0 offset1:16
	v_cndmask_b32_e64 v8, v180, v8, s[24:25]
	v_or_b32_e32 v6, v8, v6
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v86, v6, v4, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v0, v177, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v0, 0x3f80, v0
	v_and_b32_sdwa v2, v12, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e64 s[6:7], s51, v2
	v_and_b32_sdwa v4, v12, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s51, v4
	v_cndmask_b32_e64 v0, v163, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v2
	v_and_b32_e32 v6, 0x7f, v12
	v_cmp_ne_u16_e64 s[22:23], s51, v6
	v_cndmask_b32_e64 v0, 0, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v164, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v165, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v166, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v167, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v178, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v179, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v2
	v_lshlrev_b16_sdwa v2, v177, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cndmask_b32_e64 v2, v163, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v4
	v_cndmask_b32_e64 v0, v180, v0, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v2, 0, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v4
	s_nop 1
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
	v_cndmask_b32_e64 v2, v178, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v2, v179, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v4
	v_lshlrev_b16_e32 v4, 7, v12
	v_and_b32_e32 v4, 0x3f80, v4
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e64 v4, v163, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v6
	v_cndmask_b32_e64 v2, v180, v2, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v4, 0, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v164, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v165, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v166, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v167, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v178, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v179, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v6
	v_lshrrev_b32_e32 v6, 8, v12
	v_lshlrev_b16_e32 v8, 7, v6
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v10, 0x7f, v6
	v_add_u16_e32 v8, 0x2000, v8
	v_cmp_ne_u16_e64 s[24:25], s51, v10
	v_cndmask_b32_e64 v4, v180, v4, s[22:23]
	v_lshlrev_b16_e32 v6, 8, v6
	v_cndmask_b32_e64 v8, v163, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v10
	v_and_b32_e32 v6, 0xffff8000, v6
	s_nop 0
	v_cndmask_b32_e64 v8, 0, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v164, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v165, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v166, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v167, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v178, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v179, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v10
	v_lshlrev_b16_e32 v10, 8, v12
	v_and_b32_e32 v10, 0xffff8000, v10
	v_or_b32_e32 v4, v4, v10
	v_lshlrev_b16_sdwa v10, v176, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v10, 0xffff8000, v10
	v_or_b32_e32 v2, v2, v10
	v_lshlrev_b16_sdwa v10, v176, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v10, 0xffff8000, v10
	v_or_b32_e32 v0, v0, v10
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v89, v0, v2, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_u32_e32 v0, 0x4000, v154
	ds_read2_b32 v[80:81], v0 offset1:16
	v_cndmask_b32_e64 v8, v180, v8, s[24:25]
	v_or_b32_e32 v6, v8, v6
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v88, v6, v4, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshlrev_b16_sdwa v12, v177, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v0, v177, v80 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v0, 0x3f80, v0
	v_and_b32_sdwa v2, v80, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e64 s[6:7], s51, v2
	v_and_b32_sdwa v4, v80, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s51, v4
	v_cndmask_b32_e64 v0, v163, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v2
	v_and_b32_e32 v6, 0x7f, v80
	v_cmp_ne_u16_e64 s[22:23], s51, v6
	v_cndmask_b32_e64 v0, 0, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v2
	v_and_b32_e32 v12, 0x3f80, v12
	v_add_u16_e32 v12, 0x2000, v12
	v_cndmask_b32_e64 v0, v164, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v165, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v166, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v167, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v178, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v0, v179, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v2
	v_lshlrev_b16_sdwa v2, v177, v80 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cndmask_b32_e64 v2, v163, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v4
	v_cndmask_b32_e64 v0, v180, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], s51, v14
	v_cndmask_b32_e64 v2, 0, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v4
	v_cndmask_b32_e64 v12, v163, v12, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v14
	v_cndmask_b32_e64 v2, v164, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v4
	v_cndmask_b32_e64 v12, 0, v12, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v14
	v_cndmask_b32_e64 v2, v165, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v4
	v_cndmask_b32_e64 v12, v164, v12, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v14
	v_cndmask_b32_e64 v2, v166, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v4
	v_cndmask_b32_e64 v12, v165, v12, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v14
	v_cndmask_b32_e64 v2, v167, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v4
	v_cndmask_b32_e64 v12, v166, v12, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v14
	v_cndmask_b32_e64 v2, v178, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v4
	v_cndmask_b32_e64 v12, v167, v12, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v14
	v_cndmask_b32_e64 v2, v179, v2, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v4
	v_lshlrev_b16_e32 v4, 7, v80
	v_and_b32_e32 v4, 0x3f80, v4
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e64 v4, v163, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v6
	v_cndmask_b32_e64 v2, v180, v2, s[20:21]
	v_cndmask_b32_e64 v12, v178, v12, s[6:7]
	v_cndmask_b32_e64 v4, 0, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v6
	v_cmp_ne_u16_e64 s[6:7], 6, v14
	v_cmp_ne_u16_e64 s[20:21], s51, v15
	v_cndmask_b32_e64 v4, v164, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v6
	v_cndmask_b32_e64 v12, v179, v12, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v14
	v_cndmask_b32_e64 v4, v165, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v166, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v167, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v178, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v179, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v6
	v_lshrrev_b32_e32 v6, 8, v80
	v_lshlrev_b16_e32 v8, 7, v6
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v10, 0x7f, v6
	v_add_u16_e32 v8, 0x2000, v8
	v_cmp_ne_u16_e64 s[24:25], s51, v10
	v_cndmask_b32_e64 v4, v180, v4, s[22:23]
	v_lshlrev_b16_e32 v6, 8, v6
	v_cndmask_b32_e64 v8, v163, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v10
	v_and_b32_e32 v6, 0xffff8000, v6
	s_nop 0
	v_cndmask_b32_e64 v8, 0, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v164, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v165, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v166, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v167, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v178, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v179, v8, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v10
	v_lshlrev_b16_e32 v10, 8, v80
	v_and_b32_e32 v10, 0xffff8000, v10
	v_or_b32_e32 v4, v4, v10
	v_lshlrev_b16_sdwa v10, v176, v80 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v10, 0xffff8000, v10
	v_or_b32_e32 v2, v2, v10
	v_lshlrev_b16_sdwa v10, v176, v80 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v8, v180, v8, s[24:25]
	v_and_b32_e32 v10, 0xffff8000, v10
	v_or_b32_e32 v6, v8, v6
	v_or_b32_e32 v0, v0, v10
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v94, v6, v4, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshlrev_b16_e32 v4, 7, v7
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v95, v0, v2, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshrrev_b32_e32 v0, 8, v7
	v_lshlrev_b16_e32 v2, 8, v7
	v_lshlrev_b16_sdwa v6, v176, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v8, v177, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v10, v176, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v7, 0x7f, v7
	v_and_b32_e32 v4, 0x3f80, v4
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[22:23], s51, v7
	v_and_b32_e32 v8, 0x3f80, v8
	v_add_u16_e32 v8, 0x2000, v8
	v_cndmask_b32_e64 v4, v163, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v7
	v_cndmask_b32_e64 v8, v163, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v15
	v_cndmask_b32_e64 v4, 0, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v7
	v_and_b32_e32 v14, 0x7f, v0
	v_cndmask_b32_e64 v8, 0, v8, s[20:21]
	v_cndmask_b32_e64 v4, v164, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v7
	v_cmp_ne_u16_e64 s[20:21], 1, v15
	v_cmp_ne_u16_e64 s[24:25], s51, v14
	v_cndmask_b32_e64 v4, v165, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v7
	v_cndmask_b32_e64 v8, v164, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v15
	v_cndmask_b32_e64 v4, v166, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v7
	v_cndmask_b32_e64 v8, v165, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v15
	v_cndmask_b32_e64 v4, v167, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v7
	v_cndmask_b32_e64 v8, v166, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v15
	v_cndmask_b32_e64 v4, v178, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v7
	v_cndmask_b32_e64 v8, v167, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v15
	v_cndmask_b32_e64 v4, v179, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v7
	v_lshlrev_b16_e32 v7, 7, v0
	v_and_b32_e32 v7, 0x3f80, v7
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e64 v7, v163, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v14
	v_cndmask_b32_e64 v8, v178, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v15
	v_cndmask_b32_e64 v7, 0, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v14
	v_cndmask_b32_e64 v8, v179, v8, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v15
	v_cndmask_b32_e64 v7, v164, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v14
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v4, v180, v4, s[22:23]
	v_cndmask_b32_e64 v7, v165, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v14
	v_or_b32_e32 v2, v4, v2
	v_and_b32_e32 v4, 0xffff8000, v6
	v_cndmask_b32_e64 v7, v166, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v14
	v_cndmask_b32_e64 v6, v180, v8, s[20:21]
	v_or_b32_e32 v4, v6, v4
	v_cndmask_b32_e64 v7, v167, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v14
	v_and_b32_e32 v6, 0xffff8000, v10
	v_cndmask_b32_e64 v8, v180, v12, s[6:7]
	v_cndmask_b32_e64 v7, v178, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v14
	v_lshlrev_b16_e32 v0, 8, v0
	v_or_b32_e32 v6, v8, v6
	v_cndmask_b32_e64 v7, v179, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v14
	v_and_b32_e32 v0, 0xffff8000, v0
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v97, v6, v4, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v7, v180, v7, s[24:25]
	v_or_b32_e32 v0, v7, v0
	v_lshlrev_b16_e32 v4, 7, v5
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v96, v0, v2, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshrrev_b32_e32 v0, 8, v5
	v_lshlrev_b16_e32 v2, 8, v5
	v_lshlrev_b16_sdwa v6, v176, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v7, v177, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v8, v176, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v10, v177, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v12, v5, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v14, v5, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v5, 0x7f, v5
	v_and_b32_e32 v4, 0x3f80, v4
	v_and_b32_e32 v10, 0x3f80, v10
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[22:23], s51, v5
	v_add_u16_e32 v10, 0x2000, v10
	v_cmp_ne_u16_e64 s[6:7], s51, v12
	v_cndmask_b32_e64 v4, v163, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v5
	v_cndmask_b32_e64 v10, v163, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v12
	v_cndmask_b32_e64 v4, 0, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v5
	v_cndmask_b32_e64 v10, 0, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v12
	v_cndmask_b32_e64 v4, v164, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v5
	v_cndmask_b32_e64 v10, v164, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v12
	v_cndmask_b32_e64 v4, v165, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v5
	v_cndmask_b32_e64 v10, v165, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v12
	v_cndmask_b32_e64 v4, v166, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v5
	v_cndmask_b32_e64 v10, v166, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v12
	v_cndmask_b32_e64 v4, v167, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v5
	v_cndmask_b32_e64 v10, v167, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v12
	v_and_b32_e32 v7, 0x3f80, v7
	v_cndmask_b32_e64 v4, v178, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v5
	v_cndmask_b32_e64 v10, v178, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v12
	v_add_u16_e32 v7, 0x2000, v7
	v_cmp_ne_u16_e64 s[20:21], s51, v14
	v_cndmask_b32_e64 v4, v179, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v5
	v_lshlrev_b16_e32 v5, 7, v0
	v_cndmask_b32_e64 v10, v179, v10, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v12
	v_cndmask_b32_e64 v7, v163, v7, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v14
	v_and_b32_e32 v5, 0x3f80, v5
	v_and_b32_e32 v12, 0x7f, v0
	v_cndmask_b32_e64 v7, 0, v7, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v14
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e64 s[24:25], s51, v12
	v_cndmask_b32_e64 v7, v164, v7, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v14
	v_cndmask_b32_e64 v5, v163, v5, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v12
	v_cndmask_b32_e64 v7, v165, v7, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v14
	v_cndmask_b32_e64 v5, 0, v5, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v12
	v_cndmask_b32_e64 v7, v166, v7, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v14
	v_cndmask_b32_e64 v5, v164, v5, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v12
	v_cndmask_b32_e64 v7, v167, v7, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v14
	v_cndmask_b32_e64 v5, v165, v5, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v12
	v_cndmask_b32_e64 v7, v178, v7, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v14
	v_cndmask_b32_e64 v5, v166, v5, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v12
	v_cndmask_b32_e64 v7, v179, v7, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v14
	v_cndmask_b32_e64 v5, v167, v5, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v12
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v4, v180, v4, s[22:23]
	v_cndmask_b32_e64 v5, v178, v5, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v12
	v_or_b32_e32 v2, v4, v2
	v_and_b32_e32 v4, 0xffff8000, v6
	v_cndmask_b32_e64 v6, v180, v7, s[20:21]
	v_cndmask_b32_e64 v5, v179, v5, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v12
	v_or_b32_e32 v4, v6, v4
	v_and_b32_e32 v6, 0xffff8000, v8
	v_cndmask_b32_e64 v7, v180, v10, s[6:7]
	v_lshlrev_b16_e32 v0, 8, v0
	v_or_b32_e32 v6, v7, v6
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v5, v180, v5, s[24:25]
	v_or_b32_e32 v0, v5, v0
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v99, v6, v4, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshlrev_b16_e32 v4, 7, v3
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v98, v0, v2, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshrrev_b32_e32 v0, 8, v3
	v_lshlrev_b16_e32 v2, 8, v3
	v_lshlrev_b16_sdwa v5, v176, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v6, v177, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v7, v176, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v8, v177, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v10, v3, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v12, v3, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v3, 0x7f, v3
	v_and_b32_e32 v4, 0x3f80, v4
	v_and_b32_e32 v8, 0x3f80, v8
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[22:23], s51, v3
	v_add_u16_e32 v8, 0x2000, v8
	v_cmp_ne_u16_e64 s[6:7], s51, v10
	v_cndmask_b32_e64 v4, v163, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v3
	v_cndmask_b32_e64 v8, v163, v8, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v10
	v_cndmask_b32_e64 v4, 0, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v3
	v_cndmask_b32_e64 v8, 0, v8, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v10
	v_cndmask_b32_e64 v4, v164, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v3
	v_cndmask_b32_e64 v8, v164, v8, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v10
	v_cndmask_b32_e64 v4, v165, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v3
	v_cndmask_b32_e64 v8, v165, v8, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v10
	v_cndmask_b32_e64 v4, v166, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v3
	v_cndmask_b32_e64 v8, v166, v8, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v10
	v_cndmask_b32_e64 v4, v167, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v3
	v_cndmask_b32_e64 v8, v167, v8, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v10
	v_cndmask_b32_e64 v4, v178, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v3
	v_cndmask_b32_e64 v8, v178, v8, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v10
	v_and_b32_e32 v6, 0x3f80, v6
	v_cndmask_b32_e64 v4, v179, v4, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v3
	v_lshlrev_b16_e32 v3, 7, v0
	v_cndmask_b32_e64 v8, v179, v8, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v10
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[20:21], s51, v12
	v_and_b32_e32 v3, 0x3f80, v3
	v_and_b32_e32 v10, 0x7f, v0
	v_cndmask_b32_e64 v6, v163, v6, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v12
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[24:25], s51, v10
	v_cndmask_b32_e64 v6, 0, v6, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v12
	v_cndmask_b32_e64 v3, v163, v3, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v10
	v_cndmask_b32_e64 v6, v164, v6, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v12
	v_cndmask_b32_e64 v3, 0, v3, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v10
	v_cndmask_b32_e64 v6, v165, v6, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v12
	v_cndmask_b32_e64 v3, v164, v3, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v10
	v_cndmask_b32_e64 v6, v166, v6, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v12
	v_cndmask_b32_e64 v3, v165, v3, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v10
	v_cndmask_b32_e64 v6, v167, v6, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v12
	v_cndmask_b32_e64 v3, v166, v3, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v10
	v_cndmask_b32_e64 v6, v178, v6, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v12
	v_cndmask_b32_e64 v3, v167, v3, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v10
	v_cndmask_b32_e64 v6, v179, v6, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v12
	v_cndmask_b32_e64 v3, v178, v3, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v10
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v4, v180, v4, s[22:23]
	v_cndmask_b32_e64 v3, v179, v3, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v10
	v_or_b32_e32 v2, v4, v2
	v_and_b32_e32 v4, 0xffff8000, v5
	v_cndmask_b32_e64 v5, v180, v6, s[20:21]
	v_lshlrev_b16_e32 v0, 8, v0
	v_or_b32_e32 v4, v5, v4
	v_and_b32_e32 v5, 0xffff8000, v7
	v_cndmask_b32_e64 v6, v180, v8, s[6:7]
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v3, v180, v3, s[24:25]
	v_or_b32_e32 v5, v6, v5
	v_or_b32_e32 v0, v3, v0
	v_lshlrev_b16_e32 v3, 7, v1
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v101, v5, v4, s59
	v_perm_b32 v100, v0, v2, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshrrev_b32_e32 v0, 8, v1
	v_lshlrev_b16_e32 v2, 8, v1
	v_lshlrev_b16_sdwa v4, v176, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v5, v177, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v6, v176, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v177, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v8, v1, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v10, v1, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v1, 0x7f, v1
	v_and_b32_e32 v3, 0x3f80, v3
	v_and_b32_e32 v7, 0x3f80, v7
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[22:23], s51, v1
	v_add_u16_e32 v7, 0x2000, v7
	v_cmp_ne_u16_e64 s[6:7], s51, v8
	v_cndmask_b32_e64 v3, v163, v3, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v1
	v_cndmask_b32_e64 v7, v163, v7, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v8
	v_cndmask_b32_e64 v3, 0, v3, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v1
	v_cndmask_b32_e64 v7, 0, v7, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v8
	v_cndmask_b32_e64 v3, v164, v3, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v1
	v_cndmask_b32_e64 v7, v164, v7, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v8
	v_and_b32_e32 v5, 0x3f80, v5
	v_cndmask_b32_e64 v3, v165, v3, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v1
	v_cndmask_b32_e64 v7, v165, v7, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v8
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e64 s[20:21], s51, v10
	v_cndmask_b32_e64 v3, v166, v3, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v1
	v_cndmask_b32_e64 v7, v166, v7, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v8
	v_cndmask_b32_e64 v5, v163, v5, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v10
	v_cndmask_b32_e64 v3, v167, v3, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v1
	v_cndmask_b32_e64 v7, v167, v7, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v8
	v_cndmask_b32_e64 v5, 0, v5, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v10
	v_cndmask_b32_e64 v3, v178, v3, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v1
	v_cndmask_b32_e64 v7, v178, v7, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v8
	v_cndmask_b32_e64 v5, v164, v5, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v10
	v_cndmask_b32_e64 v3, v179, v3, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v1
	v_lshlrev_b16_e32 v1, 7, v0
	v_cndmask_b32_e64 v7, v179, v7, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v8
	v_cndmask_b32_e64 v5, v165, v5, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v10
	v_and_b32_e32 v1, 0x3f80, v1
	v_and_b32_e32 v8, 0x7f, v0
	v_cndmask_b32_e64 v5, v166, v5, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v10
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[24:25], s51, v8
	v_cndmask_b32_e64 v5, v167, v5, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v10
	v_cndmask_b32_e64 v1, v163, v1, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v8
	v_cndmask_b32_e64 v5, v178, v5, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v10
	v_cndmask_b32_e64 v1, 0, v1, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v8
	v_cndmask_b32_e64 v5, v179, v5, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v10
	v_cndmask_b32_e64 v1, v164, v1, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v8
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v3, v180, v3, s[22:23]
	v_cndmask_b32_e64 v1, v165, v1, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v8
	v_or_b32_e32 v2, v3, v2
	v_and_b32_e32 v3, 0xffff8000, v4
	v_cndmask_b32_e64 v4, v180, v5, s[20:21]
	v_cndmask_b32_e64 v1, v166, v1, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v8
	v_or_b32_e32 v3, v4, v3
	v_and_b32_e32 v4, 0xffff8000, v6
	v_cndmask_b32_e64 v5, v180, v7, s[6:7]
	v_cndmask_b32_e64 v1, v167, v1, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v8
	v_or_b32_e32 v4, v5, v4
	v_lshlrev_b16_sdwa v6, v177, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v1, v178, v1, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v8
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v103, v4, v3, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshlrev_b16_sdwa v4, v177, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v7, v9, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v6, 0x3f80, v6
	v_cndmask_b32_e64 v1, v179, v1, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v8
	v_and_b32_sdwa v8, v9, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[6:7], s51, v7
	v_and_b32_e32 v4, 0x3f80, v4
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e64 v6, v163, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v7
	v_cmp_ne_u16_e64 s[20:21], s51, v8
	v_lshlrev_b16_e32 v0, 8, v0
	v_cndmask_b32_e64 v6, 0, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v7
	v_cndmask_b32_e64 v4, v163, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v8
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v1, v180, v1, s[24:25]
	v_cndmask_b32_e64 v6, v164, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v7
	v_cndmask_b32_e64 v4, 0, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v8
	v_or_b32_e32 v0, v1, v0
	v_cndmask_b32_e64 v6, v165, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v7
	v_cndmask_b32_e64 v4, v164, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v8
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v102, v0, v2, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshlrev_b16_e32 v2, 7, v9
	v_cndmask_b32_e64 v6, v166, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v7
	v_cndmask_b32_e64 v4, v165, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v8
	v_lshrrev_b32_e32 v0, 8, v9
	v_lshlrev_b16_e32 v1, 8, v9
	v_lshlrev_b16_sdwa v3, v176, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v5, v176, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v9, 0x7f, v9
	v_cndmask_b32_e64 v6, v167, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v7
	v_cndmask_b32_e64 v4, v166, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v8
	v_and_b32_e32 v2, 0x3f80, v2
	v_cndmask_b32_e64 v6, v178, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v7
	v_cndmask_b32_e64 v4, v167, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v8
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e64 s[22:23], s51, v9
	v_cndmask_b32_e64 v6, v179, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v7
	v_cndmask_b32_e64 v4, v178, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v8
	v_cndmask_b32_e64 v2, v163, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v9
	v_lshlrev_b16_e32 v7, 7, v0
	v_cndmask_b32_e64 v4, v179, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v8
	v_cndmask_b32_e64 v2, 0, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v9
	v_and_b32_e32 v7, 0x3f80, v7
	v_and_b32_e32 v8, 0x7f, v0
	v_cndmask_b32_e64 v2, v164, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v9
	v_add_u16_e32 v7, 0x2000, v7
	v_cmp_ne_u16_e64 s[24:25], s51, v8
	v_cndmask_b32_e64 v2, v165, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v9
	v_cndmask_b32_e64 v7, v163, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v8
	v_cndmask_b32_e64 v2, v166, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v9
	v_cndmask_b32_e64 v7, 0, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v8
	v_cndmask_b32_e64 v2, v167, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v9
	v_cndmask_b32_e64 v7, v164, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v8
	v_cndmask_b32_e64 v2, v178, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v9
	v_cndmask_b32_e64 v7, v165, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v8
	v_cndmask_b32_e64 v2, v179, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v9
	v_cndmask_b32_e64 v7, v166, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v8
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v2, v180, v2, s[22:23]
	v_cndmask_b32_e64 v7, v167, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v8
	v_or_b32_e32 v1, v2, v1
	v_and_b32_e32 v2, 0xffff8000, v3
	v_cndmask_b32_e64 v7, v178, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v8
	v_cndmask_b32_e64 v3, v180, v4, s[20:21]
	v_or_b32_e32 v2, v3, v2
	v_cndmask_b32_e64 v7, v179, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v8
	v_and_b32_e32 v3, 0xffff8000, v5
	v_cndmask_b32_e64 v4, v180, v6, s[6:7]
	v_lshlrev_b16_e32 v0, 8, v0
	v_or_b32_e32 v3, v4, v3
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v4, v180, v7, s[24:25]
	v_lshlrev_b16_sdwa v6, v177, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v0, v4, v0
	v_lshlrev_b16_sdwa v4, v177, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v7, v11, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v6, 0x3f80, v6
	v_and_b32_sdwa v8, v11, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[6:7], s51, v7
	v_and_b32_e32 v4, 0x3f80, v4
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e64 v6, v163, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v7
	v_cmp_ne_u16_e64 s[20:21], s51, v8
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v105, v3, v2, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v6, 0, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v7
	v_cndmask_b32_e64 v4, v163, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v8
	v_cndmask_b32_e64 v6, v164, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v7
	v_cndmask_b32_e64 v4, 0, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v8
	v_cndmask_b32_e64 v6, v165, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v7
	v_cndmask_b32_e64 v4, v164, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v8
	v_lshlrev_b16_e32 v2, 7, v11
	v_cndmask_b32_e64 v6, v166, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v7
	v_cndmask_b32_e64 v4, v165, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v8
	v_and_b32_e32 v9, 0x7f, v11
	v_cndmask_b32_e64 v6, v167, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v7
	v_cndmask_b32_e64 v4, v166, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v8
	v_and_b32_e32 v2, 0x3f80, v2
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v104, v0, v1, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshrrev_b32_e32 v0, 8, v11
	v_cndmask_b32_e64 v6, v178, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v7
	v_cndmask_b32_e64 v4, v167, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v8
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e64 s[22:23], s51, v9
	v_cndmask_b32_e64 v6, v179, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v7
	v_cndmask_b32_e64 v4, v178, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v8
	v_cndmask_b32_e64 v2, v163, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v9
	v_lshlrev_b16_e32 v7, 7, v0
	v_cndmask_b32_e64 v4, v179, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v8
	v_cndmask_b32_e64 v2, 0, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v9
	v_and_b32_e32 v7, 0x3f80, v7
	v_and_b32_e32 v8, 0x7f, v0
	v_cndmask_b32_e64 v2, v164, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v9
	v_add_u16_e32 v7, 0x2000, v7
	v_cmp_ne_u16_e64 s[24:25], s51, v8
	v_cndmask_b32_e64 v2, v165, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v9
	v_cndmask_b32_e64 v7, v163, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v8
	v_cndmask_b32_e64 v2, v166, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v9
	v_cndmask_b32_e64 v7, 0, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v8
	v_cndmask_b32_e64 v2, v167, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v9
	v_cndmask_b32_e64 v7, v164, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v8
	v_cndmask_b32_e64 v2, v178, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v9
	v_cndmask_b32_e64 v7, v165, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v8
	v_lshlrev_b16_e32 v1, 8, v11
	v_cndmask_b32_e64 v2, v179, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v9
	v_cndmask_b32_e64 v7, v166, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v8
	v_lshlrev_b16_sdwa v3, v176, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v7, v167, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v8
	v_cndmask_b32_e64 v2, v180, v2, s[22:23]
	v_lshlrev_b16_sdwa v5, v176, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v7, v178, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v8
	v_or_b32_e32 v1, v2, v1
	v_and_b32_e32 v2, 0xffff8000, v3
	v_cndmask_b32_e64 v3, v180, v4, s[20:21]
	v_cndmask_b32_e64 v7, v179, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v8
	v_or_b32_e32 v2, v3, v2
	v_and_b32_e32 v3, 0xffff8000, v5
	v_cndmask_b32_e64 v4, v180, v6, s[6:7]
	v_lshlrev_b16_e32 v0, 8, v0
	v_or_b32_e32 v3, v4, v3
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v4, v180, v7, s[24:25]
	v_lshlrev_b16_sdwa v6, v177, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v0, v4, v0
	v_lshlrev_b16_sdwa v4, v177, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v7, v13, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v6, 0x3f80, v6
	v_and_b32_sdwa v8, v13, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[6:7], s51, v7
	v_and_b32_e32 v4, 0x3f80, v4
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e64 v6, v163, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v7
	v_cmp_ne_u16_e64 s[20:21], s51, v8
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v107, v3, v2, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v6, 0, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v7
	v_cndmask_b32_e64 v4, v163, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v8
	v_cndmask_b32_e64 v6, v164, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v7
	v_cndmask_b32_e64 v4, 0, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v8
	v_cndmask_b32_e64 v6, v165, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v7
	v_cndmask_b32_e64 v4, v164, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v8
	v_lshlrev_b16_e32 v2, 7, v13
	v_cndmask_b32_e64 v6, v166, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v7
	v_cndmask_b32_e64 v4, v165, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v8
	v_and_b32_e32 v9, 0x7f, v13
	v_cndmask_b32_e64 v6, v167, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v7
	v_cndmask_b32_e64 v4, v166, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v8
	v_and_b32_e32 v2, 0x3f80, v2
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v106, v0, v1, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshrrev_b32_e32 v0, 8, v13
	v_cndmask_b32_e64 v6, v178, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v7
	v_cndmask_b32_e64 v4, v167, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v8
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e64 s[22:23], s51, v9
	v_cndmask_b32_e64 v6, v179, v6, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v7
	v_cndmask_b32_e64 v4, v178, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v8
	v_cndmask_b32_e64 v2, v163, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v9
	v_lshlrev_b16_e32 v7, 7, v0
	v_cndmask_b32_e64 v4, v179, v4, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v8
	v_cndmask_b32_e64 v2, 0, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v9
	v_and_b32_e32 v7, 0x3f80, v7
	v_and_b32_e32 v8, 0x7f, v0
	v_cndmask_b32_e64 v2, v164, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v9
	v_add_u16_e32 v7, 0x2000, v7
	v_cmp_ne_u16_e64 s[24:25], s51, v8
	v_cndmask_b32_e64 v2, v165, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v9
	v_cndmask_b32_e64 v7, v163, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v8
	v_cndmask_b32_e64 v2, v166, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v9
	v_cndmask_b32_e64 v7, 0, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v8
	v_cndmask_b32_e64 v2, v167, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v9
	v_cndmask_b32_e64 v7, v164, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v8
	v_cndmask_b32_e64 v2, v178, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v9
	v_cndmask_b32_e64 v7, v165, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v8
	v_lshlrev_b16_e32 v1, 8, v13
	v_cndmask_b32_e64 v2, v179, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v9
	v_cndmask_b32_e64 v7, v166, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v8
	v_lshlrev_b16_sdwa v3, v176, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v7, v167, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v8
	v_cndmask_b32_e64 v2, v180, v2, s[22:23]
	v_lshlrev_b16_sdwa v5, v176, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v7, v178, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v8
	v_or_b32_e32 v1, v2, v1
	v_and_b32_e32 v2, 0xffff8000, v3
	v_cndmask_b32_e64 v3, v180, v4, s[20:21]
	v_cndmask_b32_e64 v7, v179, v7, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v8
	v_or_b32_e32 v2, v3, v2
	v_and_b32_e32 v3, 0xffff8000, v5
	v_cndmask_b32_e64 v4, v180, v6, s[6:7]
	v_lshlrev_b16_e32 v0, 8, v0
	v_or_b32_e32 v3, v4, v3
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v4, v180, v7, s[24:25]
	v_or_b32_e32 v0, v4, v0
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v108, v0, v1, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshlrev_b16_sdwa v0, v177, v92 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v0, 0x3f80, v0
	v_and_b32_sdwa v1, v92, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e64 s[6:7], s51, v1
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v109, v3, v2, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_and_b32_sdwa v2, v92, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v0, v163, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v1
	v_cmp_ne_u16_e64 s[20:21], s51, v2
	v_and_b32_e32 v3, 0x7f, v92
	v_cndmask_b32_e64 v0, 0, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v1
	v_cmp_ne_u16_e64 s[22:23], s51, v3
	s_nop 0
	v_cndmask_b32_e64 v0, v164, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v165, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v166, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v167, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v178, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v179, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v1
	v_lshlrev_b16_sdwa v1, v177, v92 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cndmask_b32_e64 v1, v163, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v2
	v_cndmask_b32_e64 v0, v180, v0, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v1, 0, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v164, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v165, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v166, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v167, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v178, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v179, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v2
	v_lshlrev_b16_e32 v2, 7, v92
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cndmask_b32_e64 v2, v163, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v3
	v_cndmask_b32_e64 v1, v180, v1, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v2, 0, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v164, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v165, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v166, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v167, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v178, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v179, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v3
	v_lshrrev_b32_e32 v3, 8, v92
	v_lshlrev_b16_e32 v4, 7, v3
	v_and_b32_e32 v4, 0x3f80, v4
	v_and_b32_e32 v5, 0x7f, v3
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[24:25], s51, v5
	v_cndmask_b32_e64 v2, v180, v2, s[22:23]
	v_lshlrev_b16_e32 v3, 8, v3
	v_cndmask_b32_e64 v4, v163, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v5
	v_and_b32_e32 v3, 0xffff8000, v3
	s_nop 0
	v_cndmask_b32_e64 v4, 0, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v164, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v165, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v166, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v167, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v178, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v179, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v5
	v_lshlrev_b16_e32 v5, 8, v92
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v2, v2, v5
	v_lshlrev_b16_sdwa v5, v176, v92 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v1, v1, v5
	v_lshlrev_b16_sdwa v5, v176, v92 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v0, v0, v5
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v121, v0, v1, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshlrev_b16_sdwa v0, v177, v124 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v0, 0x3f80, v0
	v_and_b32_sdwa v1, v124, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e64 s[6:7], s51, v1
	v_cndmask_b32_e64 v4, v180, v4, s[24:25]
	v_or_b32_e32 v3, v4, v3
	v_cndmask_b32_e64 v0, v163, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v1
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v120, v3, v2, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_and_b32_sdwa v2, v124, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v0, 0, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v1
	v_cmp_ne_u16_e64 s[20:21], s51, v2
	v_and_b32_e32 v3, 0x7f, v124
	v_cndmask_b32_e64 v0, v164, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v1
	v_cmp_ne_u16_e64 s[22:23], s51, v3
	s_nop 0
	v_cndmask_b32_e64 v0, v165, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v166, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v167, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v178, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v179, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v1
	v_lshlrev_b16_sdwa v1, v177, v124 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cndmask_b32_e64 v1, v163, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v2
	v_cndmask_b32_e64 v0, v180, v0, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v1, 0, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v164, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v165, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v166, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v167, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v178, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v179, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v2
	v_lshlrev_b16_e32 v2, 7, v124
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cndmask_b32_e64 v2, v163, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v3
	v_cndmask_b32_e64 v1, v180, v1, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v2, 0, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v164, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v165, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v166, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v167, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v178, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v179, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v3
	v_lshrrev_b32_e32 v3, 8, v124
	v_lshlrev_b16_e32 v4, 7, v3
	v_and_b32_e32 v4, 0x3f80, v4
	v_and_b32_e32 v5, 0x7f, v3
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[24:25], s51, v5
	v_cndmask_b32_e64 v2, v180, v2, s[22:23]
	v_lshlrev_b16_e32 v3, 8, v3
	v_cndmask_b32_e64 v4, v163, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v5
	v_and_b32_e32 v3, 0xffff8000, v3
	s_nop 0
	v_cndmask_b32_e64 v4, 0, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v164, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v165, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v166, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v167, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v178, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v179, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v5
	v_lshlrev_b16_e32 v5, 8, v124
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v2, v2, v5
	v_lshlrev_b16_sdwa v5, v176, v124 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v1, v1, v5
	v_lshlrev_b16_sdwa v5, v176, v124 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v0, v0, v5
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v123, v0, v1, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshlrev_b16_sdwa v0, v177, v126 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v0, 0x3f80, v0
	v_and_b32_sdwa v1, v126, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e64 s[6:7], s51, v1
	v_cndmask_b32_e64 v4, v180, v4, s[24:25]
	v_or_b32_e32 v3, v4, v3
	v_cndmask_b32_e64 v0, v163, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v1
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v122, v3, v2, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_and_b32_sdwa v2, v126, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v0, 0, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v1
	v_cmp_ne_u16_e64 s[20:21], s51, v2
	v_and_b32_e32 v3, 0x7f, v126
	v_cndmask_b32_e64 v0, v164, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v1
	v_cmp_ne_u16_e64 s[22:23], s51, v3
	s_nop 0
	v_cndmask_b32_e64 v0, v165, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v166, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v167, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v178, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v179, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v1
	v_lshlrev_b16_sdwa v1, v177, v126 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cndmask_b32_e64 v1, v163, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v2
	v_cndmask_b32_e64 v0, v180, v0, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v1, 0, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v164, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v165, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v166, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v167, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v178, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v179, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v2
	v_lshlrev_b16_e32 v2, 7, v126
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cndmask_b32_e64 v2, v163, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v3
	v_cndmask_b32_e64 v1, v180, v1, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v2, 0, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v164, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v165, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v166, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v167, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v178, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v179, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v3
	v_lshrrev_b32_e32 v3, 8, v126
	v_lshlrev_b16_e32 v4, 7, v3
	v_and_b32_e32 v4, 0x3f80, v4
	v_and_b32_e32 v5, 0x7f, v3
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[24:25], s51, v5
	v_cndmask_b32_e64 v2, v180, v2, s[22:23]
	v_lshlrev_b16_e32 v3, 8, v3
	v_cndmask_b32_e64 v4, v163, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v5
	v_and_b32_e32 v3, 0xffff8000, v3
	s_nop 0
	v_cndmask_b32_e64 v4, 0, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v164, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v165, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v166, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v167, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v178, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v179, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v5
	v_lshlrev_b16_e32 v5, 8, v126
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v2, v2, v5
	v_lshlrev_b16_sdwa v5, v176, v126 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v1, v1, v5
	v_lshlrev_b16_sdwa v5, v176, v126 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e64 v4, v180, v4, s[24:25]
	v_or_b32_e32 v0, v0, v5
	v_or_b32_e32 v3, v4, v3
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v119, v0, v1, s59
	v_perm_b32 v118, v3, v2, s59
	v_mfma_f32_32x32x8_f16 v[0:15], v[120:121], v[74:75], 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_read2_b32 v[74:75], v158 offset1:16
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v80, v74, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s51, v80
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[122:123], v[78:79], v[0:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshlrev_b16_sdwa v78, v177, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v78, 0x3f80, v78
	v_and_b32_sdwa v79, v74, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v78, 0x2000, v78
	v_cmp_ne_u16_e64 s[6:7], s51, v79
	v_and_b32_e32 v90, 0x7f, v74
	v_cmp_ne_u16_e64 s[22:23], s51, v90
	v_cndmask_b32_e64 v78, v163, v78, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v79
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[118:119], v[76:77], v[0:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_read2_b32 v[76:77], v159 offset1:16
	v_cndmask_b32_e64 v78, 0, v78, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v79
	s_nop 1
	v_cndmask_b32_e64 v78, v164, v78, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v79
	s_nop 1
	v_cndmask_b32_e64 v78, v165, v78, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v79
	s_nop 1
	v_cndmask_b32_e64 v78, v166, v78, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v79
	s_nop 1
	v_cndmask_b32_e64 v78, v167, v78, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v79
	s_nop 1
	v_cndmask_b32_e64 v78, v178, v78, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v79
	s_nop 1
	v_cndmask_b32_e64 v78, v179, v78, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v79
	v_lshlrev_b16_sdwa v79, v177, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v79, 0x3f80, v79
	v_add_u16_e32 v79, 0x2000, v79
	v_cndmask_b32_e64 v79, v163, v79, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v80
	v_cndmask_b32_e64 v78, v180, v78, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v79, 0, v79, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v80
	s_nop 1
	v_cndmask_b32_e64 v79, v164, v79, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v80
	s_nop 1
	v_cndmask_b32_e64 v79, v165, v79, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v80
	s_nop 1
	v_cndmask_b32_e64 v79, v166, v79, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v80
	s_nop 1
	v_cndmask_b32_e64 v79, v167, v79, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v80
	s_nop 1
	v_cndmask_b32_e64 v79, v178, v79, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v80
	s_nop 1
	v_cndmask_b32_e64 v79, v179, v79, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v80
	v_lshlrev_b16_e32 v80, 7, v74
	v_and_b32_e32 v80, 0x3f80, v80
	v_add_u16_e32 v80, 0x2000, v80
	v_cndmask_b32_e64 v80, v163, v80, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v90
	v_cndmask_b32_e64 v79, v180, v79, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v80, 0, v80, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v90
	s_nop 1
	v_cndmask_b32_e64 v80, v164, v80, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v90
	s_nop 1
	v_cndmask_b32_e64 v80, v165, v80, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v90
	s_nop 1
	v_cndmask_b32_e64 v80, v166, v80, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v90
	s_nop 1
	v_cndmask_b32_e64 v80, v167, v80, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v90
	s_nop 1
	v_cndmask_b32_e64 v80, v178, v80, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v90
	s_nop 1
	v_cndmask_b32_e64 v80, v179, v80, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v90
	v_lshrrev_b32_e32 v90, 8, v74
	v_lshlrev_b16_e32 v91, 7, v90
	v_and_b32_e32 v91, 0x3f80, v91
	v_and_b32_e32 v92, 0x7f, v90
	v_add_u16_e32 v91, 0x2000, v91
	v_cmp_ne_u16_e64 s[24:25], s51, v92
	v_cndmask_b32_e64 v80, v180, v80, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v91, v163, v91, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v92
	s_nop 1
	v_cndmask_b32_e64 v91, 0, v91, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v92
	s_nop 1
	v_cndmask_b32_e64 v91, v164, v91, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v92
	s_nop 1
	v_cndmask_b32_e64 v91, v165, v91, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v92
	s_nop 1
	v_cndmask_b32_e64 v91, v166, v91, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v92
	s_nop 1
	v_cndmask_b32_e64 v91, v167, v91, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v92
	s_nop 1
	v_cndmask_b32_e64 v91, v178, v91, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v92
	s_nop 1
	v_cndmask_b32_e64 v91, v179, v91, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v92
	v_lshlrev_b16_e32 v92, 8, v74
	v_and_b32_e32 v92, 0xffff8000, v92
	v_or_b32_e32 v80, v80, v92
	v_lshlrev_b16_sdwa v92, v176, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v74, v176, v74 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v74, 0xffff8000, v74
	v_and_b32_e32 v92, 0xffff8000, v92
	v_or_b32_e32 v74, v78, v74
	v_lshlrev_b16_e32 v78, 8, v90
	v_or_b32_e32 v79, v79, v92
	v_and_b32_e32 v78, 0xffff8000, v78
	v_cndmask_b32_e64 v90, v180, v91, s[24:25]
	v_or_b32_e32 v78, v90, v78
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v117, v74, v79, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v74, v177, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v116, v78, v80, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_and_b32_e32 v74, 0x3f80, v74
	v_and_b32_sdwa v78, v76, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v74, 0x2000, v74
	v_cmp_ne_u16_e64 s[6:7], s51, v78
	v_and_b32_sdwa v79, v76, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s51, v79
	v_cndmask_b32_e64 v74, v163, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v78
	v_and_b32_e32 v80, 0x7f, v76
	v_cmp_ne_u16_e64 s[22:23], s51, v80
	v_cndmask_b32_e64 v74, 0, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v78
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[116:117], v[84:85], v[0:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_nop 0
	v_cndmask_b32_e64 v74, v164, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v78
	s_nop 1
	v_cndmask_b32_e64 v74, v165, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v78
	s_nop 1
	v_cndmask_b32_e64 v74, v166, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v78
	s_nop 1
	v_cndmask_b32_e64 v74, v167, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v78
	s_nop 1
	v_cndmask_b32_e64 v74, v178, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v78
	s_nop 1
	v_cndmask_b32_e64 v74, v179, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v78
	v_lshlrev_b16_sdwa v78, v177, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v78, 0x3f80, v78
	v_add_u16_e32 v78, 0x2000, v78
	v_cndmask_b32_e64 v78, v163, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v79
	v_cndmask_b32_e64 v74, v180, v74, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v78, 0, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v79
	s_nop 1
	v_cndmask_b32_e64 v78, v164, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v79
	s_nop 1
	v_cndmask_b32_e64 v78, v165, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v79
	s_nop 1
	v_cndmask_b32_e64 v78, v166, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v79
	s_nop 1
	v_cndmask_b32_e64 v78, v167, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v79
	s_nop 1
	v_cndmask_b32_e64 v78, v178, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v79
	s_nop 1
	v_cndmask_b32_e64 v78, v179, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v79
	v_lshlrev_b16_e32 v79, 7, v76
	v_and_b32_e32 v79, 0x3f80, v79
	v_add_u16_e32 v79, 0x2000, v79
	v_cndmask_b32_e64 v79, v163, v79, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v80
	v_cndmask_b32_e64 v78, v180, v78, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v79, 0, v79, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v80
	s_nop 1
	v_cndmask_b32_e64 v79, v164, v79, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v80
	s_nop 1
	v_cndmask_b32_e64 v79, v165, v79, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v80
	s_nop 1
	v_cndmask_b32_e64 v79, v166, v79, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v80
	s_nop 1
	v_cndmask_b32_e64 v79, v167, v79, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v80
	s_nop 1
	v_cndmask_b32_e64 v79, v178, v79, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v80
	s_nop 1
	v_cndmask_b32_e64 v79, v179, v79, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v80
	v_lshrrev_b32_e32 v80, 8, v76
	v_lshlrev_b16_e32 v90, 7, v80
	v_and_b32_e32 v90, 0x3f80, v90
	v_and_b32_e32 v91, 0x7f, v80
	v_add_u16_e32 v90, 0x2000, v90
	v_cmp_ne_u16_e64 s[24:25], s51, v91
	v_cndmask_b32_e64 v79, v180, v79, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v90, v163, v90, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v91
	s_nop 1
	v_cndmask_b32_e64 v90, 0, v90, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v91
	s_nop 1
	v_cndmask_b32_e64 v90, v164, v90, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v91
	s_nop 1
	v_cndmask_b32_e64 v90, v165, v90, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v91
	s_nop 1
	v_cndmask_b32_e64 v90, v166, v90, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v91
	s_nop 1
	v_cndmask_b32_e64 v90, v167, v90, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v91
	s_nop 1
	v_cndmask_b32_e64 v90, v178, v90, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v91
	s_nop 1
	v_cndmask_b32_e64 v90, v179, v90, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v91
	v_lshlrev_b16_e32 v91, 8, v76
	v_and_b32_e32 v91, 0xffff8000, v91
	v_or_b32_e32 v79, v79, v91
	v_lshlrev_b16_sdwa v91, v176, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v76, v176, v76 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v76, 0xffff8000, v76
	v_or_b32_e32 v74, v74, v76
	v_lshlrev_b16_e32 v76, 8, v80
	v_and_b32_e32 v91, 0xffff8000, v91
	v_and_b32_e32 v76, 0xffff8000, v76
	v_cndmask_b32_e64 v80, v180, v90, s[24:25]
	v_or_b32_e32 v78, v78, v91
	v_or_b32_e32 v76, v80, v76
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v115, v74, v78, s59
	v_perm_b32 v114, v76, v79, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_read2_b32 v[78:79], v160 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v74, v177, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v74, 0x3f80, v74
	v_and_b32_sdwa v76, v78, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v74, 0x2000, v74
	v_cmp_ne_u16_e64 s[6:7], s51, v76
	v_and_b32_sdwa v80, v78, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s51, v80
	v_cndmask_b32_e64 v74, v163, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v76
	v_and_b32_e32 v84, 0x7f, v78
	v_cmp_ne_u16_e64 s[22:23], s51, v84
	v_cndmask_b32_e64 v74, 0, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v76
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[114:115], v[82:83], v[0:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	ds_read2_b32 v[82:83], v161 offset1:16
	v_cndmask_b32_e64 v74, v164, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v76
	s_nop 1
	v_cndmask_b32_e64 v74, v165, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v76
	s_nop 1
	v_cndmask_b32_e64 v74, v166, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v76
	s_nop 1
	v_cndmask_b32_e64 v74, v167, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v76
	s_nop 1
	v_cndmask_b32_e64 v74, v178, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v76
	s_nop 1
	v_cndmask_b32_e64 v74, v179, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v76
	v_lshlrev_b16_sdwa v76, v177, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v76, 0x3f80, v76
	v_add_u16_e32 v76, 0x2000, v76
	v_cndmask_b32_e64 v76, v163, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v80
	v_cndmask_b32_e64 v74, v180, v74, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v76, 0, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v80
	s_nop 1
	v_cndmask_b32_e64 v76, v164, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v80
	s_nop 1
	v_cndmask_b32_e64 v76, v165, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v80
	s_nop 1
	v_cndmask_b32_e64 v76, v166, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v80
	s_nop 1
	v_cndmask_b32_e64 v76, v167, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v80
	s_nop 1
	v_cndmask_b32_e64 v76, v178, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v80
	s_nop 1
	v_cndmask_b32_e64 v76, v179, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v80
	v_lshlrev_b16_e32 v80, 7, v78
	v_and_b32_e32 v80, 0x3f80, v80
	v_add_u16_e32 v80, 0x2000, v80
	v_cndmask_b32_e64 v80, v163, v80, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v84
	v_cndmask_b32_e64 v76, v180, v76, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v80, 0, v80, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v84
	s_nop 1
	v_cndmask_b32_e64 v80, v164, v80, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v84
	s_nop 1
	v_cndmask_b32_e64 v80, v165, v80, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v84
	s_nop 1
	v_cndmask_b32_e64 v80, v166, v80, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v84
	s_nop 1
	v_cndmask_b32_e64 v80, v167, v80, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v84
	s_nop 1
	v_cndmask_b32_e64 v80, v178, v80, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v84
	s_nop 1
	v_cndmask_b32_e64 v80, v179, v80, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v84
	v_lshrrev_b32_e32 v84, 8, v78
	v_lshlrev_b16_e32 v85, 7, v84
	v_and_b32_e32 v85, 0x3f80, v85
	v_and_b32_e32 v90, 0x7f, v84
	v_add_u16_e32 v85, 0x2000, v85
	v_cmp_ne_u16_e64 s[24:25], s51, v90
	v_cndmask_b32_e64 v80, v180, v80, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v85, v163, v85, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v90
	s_nop 1
	v_cndmask_b32_e64 v85, 0, v85, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v90
	s_nop 1
	v_cndmask_b32_e64 v85, v164, v85, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v90
	s_nop 1
	v_cndmask_b32_e64 v85, v165, v85, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v90
	s_nop 1
	v_cndmask_b32_e64 v85, v166, v85, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v90
	s_nop 1
	v_cndmask_b32_e64 v85, v167, v85, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v90
	s_nop 1
	v_cndmask_b32_e64 v85, v178, v85, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v90
	s_nop 1
	v_cndmask_b32_e64 v85, v179, v85, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v90
	v_lshlrev_b16_e32 v90, 8, v78
	v_and_b32_e32 v90, 0xffff8000, v90
	v_or_b32_e32 v80, v80, v90
	v_lshlrev_b16_sdwa v90, v176, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v78, v176, v78 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v90, 0xffff8000, v90
	v_and_b32_e32 v78, 0xffff8000, v78
	v_or_b32_e32 v76, v76, v90
	v_or_b32_e32 v74, v74, v78
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v113, v74, v76, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v74, v177, v82 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v74, 0x3f80, v74
	v_and_b32_sdwa v76, v82, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v74, 0x2000, v74
	v_cmp_ne_u16_e64 s[6:7], s51, v76
	v_lshlrev_b16_e32 v78, 8, v84
	v_and_b32_e32 v78, 0xffff8000, v78
	v_cndmask_b32_e64 v74, v163, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v76
	v_cndmask_b32_e64 v84, v180, v85, s[24:25]
	v_or_b32_e32 v78, v84, v78
	v_cndmask_b32_e64 v74, 0, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v76
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v112, v78, v80, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_and_b32_sdwa v78, v82, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v74, v164, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v76
	v_cmp_ne_u16_e64 s[20:21], s51, v78
	v_and_b32_e32 v80, 0x7f, v82
	v_cndmask_b32_e64 v74, v165, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v76
	v_cmp_ne_u16_e64 s[22:23], s51, v80
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[112:113], v[86:87], v[0:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cndmask_b32_e64 v74, v166, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v76
	v_and_b32_sdwa v87, v93, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v74, v167, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v76
	s_nop 1
	v_cndmask_b32_e64 v74, v178, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v76
	s_nop 1
	v_cndmask_b32_e64 v74, v179, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v76
	v_lshlrev_b16_sdwa v76, v177, v82 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v76, 0x3f80, v76
	v_add_u16_e32 v76, 0x2000, v76
	v_cndmask_b32_e64 v76, v163, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v78
	v_cndmask_b32_e64 v74, v180, v74, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v76, 0, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v78
	s_nop 1
	v_cndmask_b32_e64 v76, v164, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v78
	s_nop 1
	v_cndmask_b32_e64 v76, v165, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v78
	s_nop 1
	v_cndmask_b32_e64 v76, v166, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v78
	s_nop 1
	v_cndmask_b32_e64 v76, v167, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v78
	s_nop 1
	v_cndmask_b32_e64 v76, v178, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v78
	s_nop 1
	v_cndmask_b32_e64 v76, v179, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v78
	v_lshlrev_b16_e32 v78, 7, v82
	v_and_b32_e32 v78, 0x3f80, v78
	v_add_u16_e32 v78, 0x2000, v78
	v_cndmask_b32_e64 v78, v163, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v80
	v_cndmask_b32_e64 v76, v180, v76, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v78, 0, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v80
	s_nop 1
	v_cndmask_b32_e64 v78, v164, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v80
	s_nop 1
	v_cndmask_b32_e64 v78, v165, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v80
	s_nop 1
	v_cndmask_b32_e64 v78, v166, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v80
	s_nop 1
	v_cndmask_b32_e64 v78, v167, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v80
	s_nop 1
	v_cndmask_b32_e64 v78, v178, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v80
	s_nop 1
	v_cndmask_b32_e64 v78, v179, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v80
	v_lshrrev_b32_e32 v80, 8, v82
	v_lshlrev_b16_e32 v84, 7, v80
	v_and_b32_e32 v84, 0x3f80, v84
	v_and_b32_e32 v85, 0x7f, v80
	v_add_u16_e32 v84, 0x2000, v84
	v_cmp_ne_u16_e64 s[24:25], s51, v85
	v_cndmask_b32_e64 v78, v180, v78, s[22:23]
	v_lshlrev_b16_e32 v80, 8, v80
	v_cndmask_b32_e64 v84, v163, v84, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v85
	v_and_b32_e32 v80, 0xffff8000, v80
	s_nop 0
	v_cndmask_b32_e64 v84, 0, v84, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v85
	s_nop 1
	v_cndmask_b32_e64 v84, v164, v84, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v85
	s_nop 1
	v_cndmask_b32_e64 v84, v165, v84, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v85
	s_nop 1
	v_cndmask_b32_e64 v84, v166, v84, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v85
	s_nop 1
	v_cndmask_b32_e64 v84, v167, v84, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v85
	s_nop 1
	v_cndmask_b32_e64 v84, v178, v84, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v85
	s_nop 1
	v_cndmask_b32_e64 v84, v179, v84, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v85
	v_lshlrev_b16_e32 v85, 8, v82
	v_and_b32_e32 v85, 0xffff8000, v85
	v_or_b32_e32 v78, v78, v85
	v_lshlrev_b16_sdwa v85, v176, v82 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v82, v176, v82 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v85, 0xffff8000, v85
	v_and_b32_e32 v82, 0xffff8000, v82
	v_or_b32_e32 v76, v76, v85
	v_or_b32_e32 v74, v74, v82
	v_cndmask_b32_e64 v82, v180, v84, s[24:25]
	ds_read2_b32 v[84:85], v162 offset1:16
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v111, v74, v76, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_or_b32_e32 v80, v82, v80
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v110, v80, v78, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v74, v177, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v74, 0x3f80, v74
	v_and_b32_sdwa v76, v84, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v74, 0x2000, v74
	v_cmp_ne_u16_e64 s[6:7], s51, v76
	v_and_b32_sdwa v78, v84, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s51, v78
	v_cndmask_b32_e64 v74, v163, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v76
	v_and_b32_e32 v80, 0x7f, v84
	v_cmp_ne_u16_e64 s[22:23], s51, v80
	v_cndmask_b32_e64 v74, 0, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v76
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[110:111], v[88:89], v[0:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_and_b32_sdwa v88, v93, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v74, v164, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v76
	v_and_b32_e32 v89, 0x7f, v93
	s_nop 0
	v_cndmask_b32_e64 v74, v165, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v76
	s_nop 1
	v_cndmask_b32_e64 v74, v166, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v76
	s_nop 1
	v_cndmask_b32_e64 v74, v167, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v76
	s_nop 1
	v_cndmask_b32_e64 v74, v178, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v76
	s_nop 1
	v_cndmask_b32_e64 v74, v179, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v76
	v_lshlrev_b16_sdwa v76, v177, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v76, 0x3f80, v76
	v_add_u16_e32 v76, 0x2000, v76
	v_cndmask_b32_e64 v76, v163, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v78
	v_cndmask_b32_e64 v74, v180, v74, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], s51, v87
	v_cndmask_b32_e64 v76, 0, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v78
	s_nop 1
	v_cndmask_b32_e64 v76, v164, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v78
	s_nop 1
	v_cndmask_b32_e64 v76, v165, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v78
	s_nop 1
	v_cndmask_b32_e64 v76, v166, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v78
	s_nop 1
	v_cndmask_b32_e64 v76, v167, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v78
	s_nop 1
	v_cndmask_b32_e64 v76, v178, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v78
	s_nop 1
	v_cndmask_b32_e64 v76, v179, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v78
	v_lshlrev_b16_e32 v78, 7, v84
	v_and_b32_e32 v78, 0x3f80, v78
	v_add_u16_e32 v78, 0x2000, v78
	v_cndmask_b32_e64 v78, v163, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v80
	v_cndmask_b32_e64 v76, v180, v76, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], s51, v88
	v_cndmask_b32_e64 v78, 0, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v80
	s_nop 1
	v_cndmask_b32_e64 v78, v164, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v80
	s_nop 1
	v_cndmask_b32_e64 v78, v165, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v80
	s_nop 1
	v_cndmask_b32_e64 v78, v166, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v80
	s_nop 1
	v_cndmask_b32_e64 v78, v167, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v80
	s_nop 1
	v_cndmask_b32_e64 v78, v178, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v80
	s_nop 1
	v_cndmask_b32_e64 v78, v179, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v80
	v_lshrrev_b32_e32 v80, 8, v84
	v_lshlrev_b16_e32 v82, 7, v80
	v_and_b32_e32 v82, 0x3f80, v82
	v_and_b32_e32 v86, 0x7f, v80
	v_add_u16_e32 v82, 0x2000, v82
	v_cmp_ne_u16_e64 s[24:25], s51, v86
	v_cndmask_b32_e64 v78, v180, v78, s[22:23]
	v_lshlrev_b16_e32 v80, 8, v80
	v_cndmask_b32_e64 v82, v163, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v86
	v_and_b32_e32 v80, 0xffff8000, v80
	v_cmp_ne_u16_e64 s[22:23], s51, v89
	v_cndmask_b32_e64 v82, 0, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v86
	s_nop 1
	v_cndmask_b32_e64 v82, v164, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v86
	s_nop 1
	v_cndmask_b32_e64 v82, v165, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v86
	s_nop 1
	v_cndmask_b32_e64 v82, v166, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v86
	s_nop 1
	v_cndmask_b32_e64 v82, v167, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v86
	s_nop 1
	v_cndmask_b32_e64 v82, v178, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v86
	s_nop 1
	v_cndmask_b32_e64 v82, v179, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v86
	v_lshlrev_b16_e32 v86, 8, v84
	v_and_b32_e32 v86, 0xffff8000, v86
	v_or_b32_e32 v78, v78, v86
	v_lshlrev_b16_sdwa v86, v176, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v86, 0xffff8000, v86
	v_or_b32_e32 v76, v76, v86
	v_cndmask_b32_e64 v82, v180, v82, s[24:25]
	v_lshlrev_b16_sdwa v86, v177, v93 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v80, v82, v80
	v_lshlrev_b16_sdwa v82, v177, v93 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v86, 0x3f80, v86
	v_add_u16_e32 v86, 0x2000, v86
	v_and_b32_e32 v82, 0x3f80, v82
	v_cndmask_b32_e64 v86, v163, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v87
	v_add_u16_e32 v82, 0x2000, v82
	v_cndmask_b32_e64 v82, v163, v82, s[20:21]
	v_cndmask_b32_e64 v86, 0, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v87
	v_cmp_ne_u16_e64 s[20:21], 0, v88
	v_lshlrev_b16_sdwa v84, v176, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v86, v164, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v87
	v_cndmask_b32_e64 v82, 0, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v88
	v_cndmask_b32_e64 v86, v165, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v87
	v_cndmask_b32_e64 v82, v164, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v88
	v_and_b32_e32 v84, 0xffff8000, v84
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v90, v80, v78, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshlrev_b16_e32 v78, 7, v93
	v_cndmask_b32_e64 v86, v166, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v87
	v_cndmask_b32_e64 v82, v165, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v88
	v_or_b32_e32 v74, v74, v84
	v_cndmask_b32_e64 v86, v167, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v87
	v_cndmask_b32_e64 v82, v166, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v88
	v_and_b32_e32 v78, 0x3f80, v78
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v91, v74, v76, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshrrev_b32_e32 v74, 8, v93
	v_cndmask_b32_e64 v86, v178, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v87
	v_cndmask_b32_e64 v82, v167, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v88
	v_add_u16_e32 v78, 0x2000, v78
	v_cndmask_b32_e64 v86, v179, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v87
	v_cndmask_b32_e64 v82, v178, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v88
	v_cndmask_b32_e64 v78, v163, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v89
	v_lshlrev_b16_e32 v87, 7, v74
	v_cndmask_b32_e64 v82, v179, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v88
	v_cndmask_b32_e64 v78, 0, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v89
	v_and_b32_e32 v87, 0x3f80, v87
	v_and_b32_e32 v88, 0x7f, v74
	v_cndmask_b32_e64 v78, v164, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v89
	v_add_u16_e32 v87, 0x2000, v87
	v_cmp_ne_u16_e64 s[24:25], s51, v88
	v_cndmask_b32_e64 v78, v165, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v89
	v_cndmask_b32_e64 v87, v163, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v88
	v_cndmask_b32_e64 v78, v166, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v89
	v_cndmask_b32_e64 v87, 0, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v88
	v_cndmask_b32_e64 v78, v167, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v89
	v_cndmask_b32_e64 v87, v164, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v88
	v_cndmask_b32_e64 v78, v178, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v89
	v_cndmask_b32_e64 v87, v165, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v88
	v_lshlrev_b16_e32 v76, 8, v93
	v_cndmask_b32_e64 v78, v179, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v89
	v_cndmask_b32_e64 v87, v166, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v88
	v_lshlrev_b16_sdwa v80, v176, v93 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v76, 0xffff8000, v76
	v_cndmask_b32_e64 v87, v167, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v88
	v_cndmask_b32_e64 v78, v180, v78, s[22:23]
	v_lshlrev_b16_sdwa v84, v176, v93 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v87, v178, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v88
	v_or_b32_e32 v76, v78, v76
	v_and_b32_e32 v78, 0xffff8000, v80
	v_cndmask_b32_e64 v80, v180, v82, s[20:21]
	v_cndmask_b32_e64 v87, v179, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v88
	v_or_b32_e32 v78, v80, v78
	v_and_b32_e32 v80, 0xffff8000, v84
	v_cndmask_b32_e64 v82, v180, v86, s[6:7]
	v_lshlrev_b16_e32 v74, 8, v74
	v_or_b32_e32 v80, v82, v80
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cndmask_b32_e64 v82, v180, v87, s[24:25]
	v_lshlrev_b16_sdwa v86, v177, v125 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v74, v82, v74
	v_lshlrev_b16_sdwa v82, v177, v125 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v87, v125, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v86, 0x3f80, v86
	v_and_b32_sdwa v88, v125, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v86, 0x2000, v86
	v_cmp_ne_u16_e64 s[6:7], s51, v87
	v_and_b32_e32 v82, 0x3f80, v82
	v_add_u16_e32 v82, 0x2000, v82
	v_cndmask_b32_e64 v86, v163, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v87
	v_cmp_ne_u16_e64 s[20:21], s51, v88
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v93, v80, v78, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cndmask_b32_e64 v86, 0, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v87
	v_cndmask_b32_e64 v82, v163, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v88
	v_cndmask_b32_e64 v86, v164, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v87
	v_cndmask_b32_e64 v82, 0, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v88
	v_cndmask_b32_e64 v86, v165, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v87
	v_cndmask_b32_e64 v82, v164, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v88
	v_lshlrev_b16_e32 v78, 7, v125
	v_cndmask_b32_e64 v86, v166, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v87
	v_cndmask_b32_e64 v82, v165, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v88
	v_and_b32_e32 v89, 0x7f, v125
	v_cndmask_b32_e64 v86, v167, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v87
	v_cndmask_b32_e64 v82, v166, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v88
	v_and_b32_e32 v78, 0x3f80, v78
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v92, v74, v76, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshrrev_b32_e32 v74, 8, v125
	v_cndmask_b32_e64 v86, v178, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v87
	v_cndmask_b32_e64 v82, v167, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v88
	v_add_u16_e32 v78, 0x2000, v78
	v_cmp_ne_u16_e64 s[22:23], s51, v89
	v_cndmask_b32_e64 v86, v179, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v87
	v_cndmask_b32_e64 v82, v178, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v88
	v_cndmask_b32_e64 v78, v163, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v89
	v_lshlrev_b16_e32 v87, 7, v74
	v_cndmask_b32_e64 v82, v179, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v88
	v_cndmask_b32_e64 v78, 0, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v89
	v_and_b32_e32 v87, 0x3f80, v87
	v_and_b32_e32 v88, 0x7f, v74
	v_cndmask_b32_e64 v78, v164, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v89
	v_add_u16_e32 v87, 0x2000, v87
	v_cmp_ne_u16_e64 s[24:25], s51, v88
	v_cndmask_b32_e64 v78, v165, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v89
	v_cndmask_b32_e64 v87, v163, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v88
	v_cndmask_b32_e64 v78, v166, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v89
	v_cndmask_b32_e64 v87, 0, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v88
	v_cndmask_b32_e64 v78, v167, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v89
	v_cndmask_b32_e64 v87, v164, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v88
	v_cndmask_b32_e64 v78, v178, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v89
	v_cndmask_b32_e64 v87, v165, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v88
	v_lshlrev_b16_e32 v76, 8, v125
	v_cndmask_b32_e64 v78, v179, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v89
	v_cndmask_b32_e64 v87, v166, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v88
	v_lshlrev_b16_sdwa v80, v176, v125 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v76, 0xffff8000, v76
	v_cndmask_b32_e64 v87, v167, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v88
	v_cndmask_b32_e64 v78, v180, v78, s[22:23]
	v_lshlrev_b16_sdwa v84, v176, v125 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v87, v178, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v88
	v_or_b32_e32 v76, v78, v76
	v_and_b32_e32 v78, 0xffff8000, v80
	v_cndmask_b32_e64 v80, v180, v82, s[20:21]
	v_cndmask_b32_e64 v87, v179, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v88
	v_or_b32_e32 v78, v80, v78
	v_and_b32_e32 v80, 0xffff8000, v84
	v_cndmask_b32_e64 v82, v180, v86, s[6:7]
	v_lshlrev_b16_e32 v74, 8, v74
	v_or_b32_e32 v80, v82, v80
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cndmask_b32_e64 v82, v180, v87, s[24:25]
	v_lshlrev_b16_sdwa v86, v177, v127 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v74, v82, v74
	v_lshlrev_b16_sdwa v82, v177, v127 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v87, v127, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v86, 0x3f80, v86
	v_and_b32_sdwa v88, v127, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v86, 0x2000, v86
	v_cmp_ne_u16_e64 s[6:7], s51, v87
	v_and_b32_e32 v82, 0x3f80, v82
	v_add_u16_e32 v82, 0x2000, v82
	v_cndmask_b32_e64 v86, v163, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v87
	v_cmp_ne_u16_e64 s[20:21], s51, v88
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[90:91], v[94:95], v[0:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cndmask_b32_e64 v86, 0, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v87
	v_cndmask_b32_e64 v82, v163, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v88
	v_cndmask_b32_e64 v86, v164, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v87
	v_cndmask_b32_e64 v82, 0, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v88
	v_cndmask_b32_e64 v86, v165, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v87
	v_cndmask_b32_e64 v82, v164, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v88
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v95, v80, v78, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshlrev_b16_e32 v78, 7, v127
	v_cndmask_b32_e64 v86, v166, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v87
	v_cndmask_b32_e64 v82, v165, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v88
	v_and_b32_e32 v89, 0x7f, v127
	v_cndmask_b32_e64 v86, v167, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v87
	v_cndmask_b32_e64 v82, v166, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v88
	v_and_b32_e32 v78, 0x3f80, v78
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v94, v74, v76, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshrrev_b32_e32 v74, 8, v127
	v_cndmask_b32_e64 v86, v178, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v87
	v_cndmask_b32_e64 v82, v167, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v88
	v_add_u16_e32 v78, 0x2000, v78
	v_cmp_ne_u16_e64 s[22:23], s51, v89
	v_cndmask_b32_e64 v86, v179, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v87
	v_cndmask_b32_e64 v82, v178, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v88
	v_cndmask_b32_e64 v78, v163, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v89
	v_lshlrev_b16_e32 v87, 7, v74
	v_cndmask_b32_e64 v82, v179, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v88
	v_cndmask_b32_e64 v78, 0, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v89
	v_and_b32_e32 v87, 0x3f80, v87
	v_and_b32_e32 v88, 0x7f, v74
	v_cndmask_b32_e64 v78, v164, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v89
	v_add_u16_e32 v87, 0x2000, v87
	v_cmp_ne_u16_e64 s[24:25], s51, v88
	v_cndmask_b32_e64 v78, v165, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v89
	v_cndmask_b32_e64 v87, v163, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v88
	v_cndmask_b32_e64 v78, v166, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v89
	v_cndmask_b32_e64 v87, 0, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v88
	v_cndmask_b32_e64 v78, v167, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v89
	v_cndmask_b32_e64 v87, v164, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v88
	v_cndmask_b32_e64 v78, v178, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v89
	v_cndmask_b32_e64 v87, v165, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v88
	v_lshlrev_b16_e32 v76, 8, v127
	v_cndmask_b32_e64 v78, v179, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v89
	v_cndmask_b32_e64 v87, v166, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v88
	v_lshlrev_b16_sdwa v80, v176, v127 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v76, 0xffff8000, v76
	v_cndmask_b32_e64 v87, v167, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v88
	v_cndmask_b32_e64 v78, v180, v78, s[22:23]
	v_lshlrev_b16_sdwa v84, v176, v127 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v87, v178, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v88
	v_or_b32_e32 v76, v78, v76
	v_and_b32_e32 v78, 0xffff8000, v80
	v_cndmask_b32_e64 v80, v180, v82, s[20:21]
	v_cndmask_b32_e64 v87, v179, v87, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v88
	v_or_b32_e32 v78, v80, v78
	v_and_b32_e32 v80, 0xffff8000, v84
	v_cndmask_b32_e64 v82, v180, v86, s[6:7]
	v_lshlrev_b16_e32 v74, 8, v74
	v_or_b32_e32 v80, v82, v80
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cndmask_b32_e64 v82, v180, v87, s[24:25]
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[92:93], v[96:97], v[0:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_or_b32_e32 v74, v82, v74
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v97, v80, v78, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshlrev_b16_e32 v78, 7, v75
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v96, v74, v76, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshrrev_b32_e32 v74, 8, v75
	v_lshlrev_b16_e32 v76, 8, v75
	v_lshlrev_b16_sdwa v80, v176, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v82, v177, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v84, v176, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v86, v177, v75 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v87, v75, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v88, v75, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v75, 0x7f, v75
	v_and_b32_e32 v78, 0x3f80, v78
	v_and_b32_e32 v86, 0x3f80, v86
	v_add_u16_e32 v78, 0x2000, v78
	v_cmp_ne_u16_e64 s[22:23], s51, v75
	v_add_u16_e32 v86, 0x2000, v86
	v_cmp_ne_u16_e64 s[6:7], s51, v87
	v_cndmask_b32_e64 v78, v163, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v75
	v_cndmask_b32_e64 v86, v163, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v87
	v_cndmask_b32_e64 v78, 0, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v75
	v_cndmask_b32_e64 v86, 0, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v87
	v_cndmask_b32_e64 v78, v164, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v75
	v_cndmask_b32_e64 v86, v164, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v87
	v_cndmask_b32_e64 v78, v165, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v75
	v_cndmask_b32_e64 v86, v165, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v87
	v_cndmask_b32_e64 v78, v166, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v75
	v_cndmask_b32_e64 v86, v166, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v87
	v_cndmask_b32_e64 v78, v167, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v75
	v_cndmask_b32_e64 v86, v167, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v87
	v_cndmask_b32_e64 v78, v178, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v75
	v_cndmask_b32_e64 v86, v178, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v87
	v_cndmask_b32_e64 v78, v179, v78, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v75
	v_lshlrev_b16_e32 v75, 7, v74
	v_cndmask_b32_e64 v86, v179, v86, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v87
	v_and_b32_e32 v82, 0x3f80, v82
	v_and_b32_e32 v75, 0x3f80, v75
	v_and_b32_e32 v87, 0x7f, v74
	v_add_u16_e32 v82, 0x2000, v82
	v_cmp_ne_u16_e64 s[20:21], s51, v88
	v_add_u16_e32 v75, 0x2000, v75
	v_cmp_ne_u16_e64 s[24:25], s51, v87
	v_cndmask_b32_e64 v82, v163, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v88
	v_cndmask_b32_e64 v75, v163, v75, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v87
	v_cndmask_b32_e64 v82, 0, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v88
	v_cndmask_b32_e64 v75, 0, v75, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v87
	v_cndmask_b32_e64 v82, v164, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v88
	v_cndmask_b32_e64 v75, v164, v75, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v87
	v_cndmask_b32_e64 v82, v165, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v88
	v_cndmask_b32_e64 v75, v165, v75, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v87
	v_cndmask_b32_e64 v82, v166, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v88
	v_cndmask_b32_e64 v75, v166, v75, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v87
	v_cndmask_b32_e64 v82, v167, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v88
	v_cndmask_b32_e64 v75, v167, v75, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v87
	v_cndmask_b32_e64 v82, v178, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v88
	v_cndmask_b32_e64 v75, v178, v75, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v87
	v_cndmask_b32_e64 v82, v179, v82, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v88
	v_cndmask_b32_e64 v75, v179, v75, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v87
	v_and_b32_e32 v76, 0xffff8000, v76
	v_cndmask_b32_e64 v78, v180, v78, s[22:23]
	v_lshlrev_b16_e32 v74, 8, v74
	v_or_b32_e32 v76, v78, v76
	v_and_b32_e32 v78, 0xffff8000, v80
	v_cndmask_b32_e64 v80, v180, v82, s[20:21]
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cndmask_b32_e64 v75, v180, v75, s[24:25]
	v_or_b32_e32 v78, v80, v78
	v_and_b32_e32 v80, 0xffff8000, v84
	v_cndmask_b32_e64 v82, v180, v86, s[6:7]
	v_or_b32_e32 v74, v75, v74
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[94:95], v[98:99], v[0:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_or_b32_e32 v80, v82, v80
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v98, v74, v76, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshlrev_b16_e32 v76, 7, v77
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v99, v80, v78, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshrrev_b32_e32 v74, 8, v77
	v_lshlrev_b16_e32 v75, 8, v77
	v_lshlrev_b16_sdwa v78, v176, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v80, v177, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v82, v176, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v84, v177, v77 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v86, v77, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v87, v77, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v77, 0x7f, v77
	v_and_b32_e32 v76, 0x3f80, v76
	v_and_b32_e32 v84, 0x3f80, v84
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e64 s[22:23], s51, v77
	v_add_u16_e32 v84, 0x2000, v84
	v_cmp_ne_u16_e64 s[6:7], s51, v86
	v_cndmask_b32_e64 v76, v163, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v77
	v_cndmask_b32_e64 v84, v163, v84, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v86
	v_cndmask_b32_e64 v76, 0, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v77
	v_cndmask_b32_e64 v84, 0, v84, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v86
	v_cndmask_b32_e64 v76, v164, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v77
	v_cndmask_b32_e64 v84, v164, v84, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v86
	v_cndmask_b32_e64 v76, v165, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v77
	v_cndmask_b32_e64 v84, v165, v84, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v86
	v_cndmask_b32_e64 v76, v166, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v77
	v_cndmask_b32_e64 v84, v166, v84, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v86
	v_cndmask_b32_e64 v76, v167, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v77
	v_cndmask_b32_e64 v84, v167, v84, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v86
	v_and_b32_e32 v80, 0x3f80, v80
	v_cndmask_b32_e64 v76, v178, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v77
	v_cndmask_b32_e64 v84, v178, v84, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v86
	v_add_u16_e32 v80, 0x2000, v80
	v_cmp_ne_u16_e64 s[20:21], s51, v87
	v_cndmask_b32_e64 v76, v179, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v77
	v_lshlrev_b16_e32 v77, 7, v74
	v_cndmask_b32_e64 v84, v179, v84, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v86
	v_cndmask_b32_e64 v80, v163, v80, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v87
	v_and_b32_e32 v77, 0x3f80, v77
	v_and_b32_e32 v86, 0x7f, v74
	v_cndmask_b32_e64 v80, 0, v80, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v87
	v_add_u16_e32 v77, 0x2000, v77
	v_cmp_ne_u16_e64 s[24:25], s51, v86
	v_cndmask_b32_e64 v80, v164, v80, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v87
	v_cndmask_b32_e64 v77, v163, v77, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v86
	v_cndmask_b32_e64 v80, v165, v80, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v87
	v_cndmask_b32_e64 v77, 0, v77, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v86
	v_cndmask_b32_e64 v80, v166, v80, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v87
	v_cndmask_b32_e64 v77, v164, v77, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v86
	v_cndmask_b32_e64 v80, v167, v80, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v87
	v_cndmask_b32_e64 v77, v165, v77, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v86
	v_cndmask_b32_e64 v80, v178, v80, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v87
	v_cndmask_b32_e64 v77, v166, v77, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v86
	v_cndmask_b32_e64 v80, v179, v80, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v87
	v_cndmask_b32_e64 v77, v167, v77, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v86
	v_and_b32_e32 v75, 0xffff8000, v75
	v_cndmask_b32_e64 v76, v180, v76, s[22:23]
	v_cndmask_b32_e64 v77, v178, v77, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v86
	v_or_b32_e32 v75, v76, v75
	v_and_b32_e32 v76, 0xffff8000, v78
	v_cndmask_b32_e64 v78, v180, v80, s[20:21]
	v_cndmask_b32_e64 v77, v179, v77, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v86
	v_or_b32_e32 v76, v78, v76
	v_and_b32_e32 v78, 0xffff8000, v82
	v_cndmask_b32_e64 v80, v180, v84, s[6:7]
	v_lshlrev_b16_e32 v74, 8, v74
	v_or_b32_e32 v78, v80, v78
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cndmask_b32_e64 v77, v180, v77, s[24:25]
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[96:97], v[100:101], v[0:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_or_b32_e32 v74, v77, v74
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v101, v78, v76, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshlrev_b16_e32 v76, 7, v79
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v100, v74, v75, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshrrev_b32_e32 v74, 8, v79
	v_lshlrev_b16_e32 v75, 8, v79
	v_lshlrev_b16_sdwa v77, v176, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v78, v177, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v80, v176, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v82, v177, v79 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v84, v79, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v86, v79, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v79, 0x7f, v79
	v_and_b32_e32 v76, 0x3f80, v76
	v_and_b32_e32 v82, 0x3f80, v82
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e64 s[22:23], s51, v79
	v_add_u16_e32 v82, 0x2000, v82
	v_cmp_ne_u16_e64 s[6:7], s51, v84
	v_cndmask_b32_e64 v76, v163, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v79
	v_cndmask_b32_e64 v82, v163, v82, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v84
	v_cndmask_b32_e64 v76, 0, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v79
	v_cndmask_b32_e64 v82, 0, v82, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v84
	v_cndmask_b32_e64 v76, v164, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v79
	v_cndmask_b32_e64 v82, v164, v82, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v84
	v_cndmask_b32_e64 v76, v165, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v79
	v_cndmask_b32_e64 v82, v165, v82, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v84
	v_cndmask_b32_e64 v76, v166, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v79
	v_cndmask_b32_e64 v82, v166, v82, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v84
	v_cndmask_b32_e64 v76, v167, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v79
	v_cndmask_b32_e64 v82, v167, v82, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v84
	v_and_b32_e32 v78, 0x3f80, v78
	v_cndmask_b32_e64 v76, v178, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v79
	v_cndmask_b32_e64 v82, v178, v82, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v84
	v_add_u16_e32 v78, 0x2000, v78
	v_cmp_ne_u16_e64 s[20:21], s51, v86
	v_cndmask_b32_e64 v76, v179, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v79
	v_lshlrev_b16_e32 v79, 7, v74
	v_cndmask_b32_e64 v82, v179, v82, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v84
	v_cndmask_b32_e64 v78, v163, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v86
	v_and_b32_e32 v79, 0x3f80, v79
	v_and_b32_e32 v84, 0x7f, v74
	v_cndmask_b32_e64 v78, 0, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v86
	v_add_u16_e32 v79, 0x2000, v79
	v_cmp_ne_u16_e64 s[24:25], s51, v84
	v_cndmask_b32_e64 v78, v164, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v86
	v_cndmask_b32_e64 v79, v163, v79, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v84
	v_cndmask_b32_e64 v78, v165, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v86
	v_cndmask_b32_e64 v79, 0, v79, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v84
	v_cndmask_b32_e64 v78, v166, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v86
	v_cndmask_b32_e64 v79, v164, v79, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v84
	v_cndmask_b32_e64 v78, v167, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v86
	v_cndmask_b32_e64 v79, v165, v79, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v84
	v_cndmask_b32_e64 v78, v178, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v86
	v_cndmask_b32_e64 v79, v166, v79, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v84
	v_cndmask_b32_e64 v78, v179, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v86
	v_cndmask_b32_e64 v79, v167, v79, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v84
	v_and_b32_e32 v75, 0xffff8000, v75
	v_cndmask_b32_e64 v76, v180, v76, s[22:23]
	v_cndmask_b32_e64 v79, v178, v79, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v84
	v_or_b32_e32 v75, v76, v75
	v_and_b32_e32 v76, 0xffff8000, v77
	v_cndmask_b32_e64 v77, v180, v78, s[20:21]
	v_cndmask_b32_e64 v79, v179, v79, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v84
	v_or_b32_e32 v76, v77, v76
	v_and_b32_e32 v77, 0xffff8000, v80
	v_cndmask_b32_e64 v78, v180, v82, s[6:7]
	v_lshlrev_b16_e32 v74, 8, v74
	v_or_b32_e32 v77, v78, v77
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cndmask_b32_e64 v78, v180, v79, s[24:25]
	v_lshlrev_b16_sdwa v80, v177, v83 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[98:99], v[102:103], v[0:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_or_b32_e32 v74, v78, v74
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v103, v77, v76, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshlrev_b16_e32 v76, 7, v83
	v_and_b32_sdwa v82, v83, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v80, 0x3f80, v80
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v102, v74, v75, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshrrev_b32_e32 v74, 8, v83
	v_lshlrev_b16_e32 v75, 8, v83
	v_lshlrev_b16_sdwa v77, v176, v83 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v78, v177, v83 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v79, v176, v83 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v84, v83, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v83, 0x7f, v83
	v_add_u16_e32 v80, 0x2000, v80
	v_cmp_ne_u16_e64 s[6:7], s51, v82
	v_and_b32_e32 v76, 0x3f80, v76
	v_add_u16_e32 v76, 0x2000, v76
	v_cndmask_b32_e64 v80, v163, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v82
	v_cmp_ne_u16_e64 s[22:23], s51, v83
	v_and_b32_e32 v78, 0x3f80, v78
	v_cndmask_b32_e64 v80, 0, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v82
	v_cndmask_b32_e64 v76, v163, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v83
	v_cndmask_b32_e64 v80, v164, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v82
	v_cndmask_b32_e64 v76, 0, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v83
	v_cndmask_b32_e64 v80, v165, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v82
	v_cndmask_b32_e64 v76, v164, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v83
	v_cndmask_b32_e64 v80, v166, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v82
	v_cndmask_b32_e64 v76, v165, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v83
	v_cndmask_b32_e64 v80, v167, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v82
	v_cndmask_b32_e64 v76, v166, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v83
	v_cndmask_b32_e64 v80, v178, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v82
	v_cndmask_b32_e64 v76, v167, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v83
	v_cndmask_b32_e64 v80, v179, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v82
	v_add_u16_e32 v78, 0x2000, v78
	v_cmp_ne_u16_e64 s[20:21], s51, v84
	v_cndmask_b32_e64 v76, v178, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v83
	v_lshlrev_b16_e32 v82, 7, v74
	v_cndmask_b32_e64 v78, v163, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v84
	v_cndmask_b32_e64 v76, v179, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v83
	v_and_b32_e32 v82, 0x3f80, v82
	v_and_b32_e32 v83, 0x7f, v74
	v_cndmask_b32_e64 v78, 0, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v84
	v_add_u16_e32 v82, 0x2000, v82
	v_cmp_ne_u16_e64 s[24:25], s51, v83
	v_cndmask_b32_e64 v78, v164, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v84
	v_cndmask_b32_e64 v82, v163, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v83
	v_cndmask_b32_e64 v78, v165, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v84
	v_cndmask_b32_e64 v82, 0, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v83
	v_cndmask_b32_e64 v78, v166, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v84
	v_cndmask_b32_e64 v82, v164, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v83
	v_cndmask_b32_e64 v78, v167, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v84
	v_cndmask_b32_e64 v82, v165, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v83
	v_cndmask_b32_e64 v78, v178, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v84
	v_cndmask_b32_e64 v82, v166, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v83
	v_cndmask_b32_e64 v78, v179, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v84
	v_cndmask_b32_e64 v82, v167, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v83
	v_and_b32_e32 v75, 0xffff8000, v75
	v_cndmask_b32_e64 v76, v180, v76, s[22:23]
	v_cndmask_b32_e64 v82, v178, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v83
	v_or_b32_e32 v75, v76, v75
	v_and_b32_e32 v76, 0xffff8000, v77
	v_cndmask_b32_e64 v77, v180, v78, s[20:21]
	v_cndmask_b32_e64 v82, v179, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v83
	v_or_b32_e32 v76, v77, v76
	v_and_b32_e32 v77, 0xffff8000, v79
	v_cndmask_b32_e64 v78, v180, v80, s[6:7]
	v_lshlrev_b16_e32 v74, 8, v74
	v_or_b32_e32 v77, v78, v77
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cndmask_b32_e64 v78, v180, v82, s[24:25]
	v_lshlrev_b16_sdwa v80, v177, v85 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v74, v78, v74
	v_lshlrev_b16_sdwa v78, v177, v85 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v82, v85, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v80, 0x3f80, v80
	v_and_b32_sdwa v83, v85, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v80, 0x2000, v80
	v_cmp_ne_u16_e64 s[6:7], s51, v82
	v_and_b32_e32 v78, 0x3f80, v78
	v_add_u16_e32 v78, 0x2000, v78
	v_cndmask_b32_e64 v80, v163, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v82
	v_cmp_ne_u16_e64 s[20:21], s51, v83
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[100:101], v[104:105], v[0:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cndmask_b32_e64 v80, 0, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v82
	v_cndmask_b32_e64 v78, v163, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v83
	v_cndmask_b32_e64 v80, v164, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v82
	v_cndmask_b32_e64 v78, 0, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v83
	v_cndmask_b32_e64 v80, v165, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v82
	v_cndmask_b32_e64 v78, v164, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v83
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v105, v77, v76, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshlrev_b16_e32 v76, 7, v85
	v_cndmask_b32_e64 v80, v166, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v82
	v_cndmask_b32_e64 v78, v165, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v83
	v_and_b32_e32 v84, 0x7f, v85
	v_cndmask_b32_e64 v80, v167, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v82
	v_cndmask_b32_e64 v78, v166, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v83
	v_and_b32_e32 v76, 0x3f80, v76
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v104, v74, v75, s59
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshrrev_b32_e32 v74, 8, v85
	v_cndmask_b32_e64 v80, v178, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v82
	v_cndmask_b32_e64 v78, v167, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v83
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e64 s[22:23], s51, v84
	v_cndmask_b32_e64 v80, v179, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v82
	v_cndmask_b32_e64 v78, v178, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v83
	v_cndmask_b32_e64 v76, v163, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v84
	v_lshlrev_b16_e32 v82, 7, v74
	v_cndmask_b32_e64 v78, v179, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v83
	v_cndmask_b32_e64 v76, 0, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v84
	v_and_b32_e32 v82, 0x3f80, v82
	v_and_b32_e32 v83, 0x7f, v74
	v_cndmask_b32_e64 v76, v164, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v84
	v_add_u16_e32 v82, 0x2000, v82
	v_cmp_ne_u16_e64 s[24:25], s51, v83
	v_cndmask_b32_e64 v76, v165, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v84
	v_cndmask_b32_e64 v82, v163, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v83
	v_cndmask_b32_e64 v76, v166, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v84
	v_cndmask_b32_e64 v82, 0, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v83
	v_cndmask_b32_e64 v76, v167, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v84
	v_cndmask_b32_e64 v82, v164, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v83
	v_cndmask_b32_e64 v76, v178, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v84
	v_cndmask_b32_e64 v82, v165, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v83
	v_lshlrev_b16_e32 v75, 8, v85
	v_cndmask_b32_e64 v76, v179, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v84
	v_cndmask_b32_e64 v82, v166, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v83
	v_lshlrev_b16_sdwa v77, v176, v85 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v75, 0xffff8000, v75
	v_cndmask_b32_e64 v82, v167, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v83
	v_cndmask_b32_e64 v76, v180, v76, s[22:23]
	v_lshlrev_b16_sdwa v79, v176, v85 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v82, v178, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v83
	v_or_b32_e32 v75, v76, v75
	v_and_b32_e32 v76, 0xffff8000, v77
	v_cndmask_b32_e64 v77, v180, v78, s[20:21]
	v_cndmask_b32_e64 v82, v179, v82, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v83
	v_or_b32_e32 v76, v77, v76
	v_and_b32_e32 v77, 0xffff8000, v79
	v_cndmask_b32_e64 v78, v180, v80, s[6:7]
	v_lshlrev_b16_e32 v74, 8, v74
	v_or_b32_e32 v77, v78, v77
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cndmask_b32_e64 v78, v180, v82, s[24:25]
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[102:103], v[106:107], v[0:15]
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_or_b32_e32 v74, v78, v74
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v107, v77, v76, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshlrev_b16_e32 v76, 7, v81
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v106, v74, v75, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshrrev_b32_e32 v74, 8, v81
	v_lshlrev_b16_e32 v75, 8, v81
	v_lshlrev_b16_sdwa v77, v176, v81 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v78, v177, v81 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v79, v176, v81 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v80, v177, v81 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v82, v81, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v83, v81, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v81, 0x7f, v81
	v_and_b32_e32 v76, 0x3f80, v76
	v_and_b32_e32 v80, 0x3f80, v80
	v_add_u16_e32 v76, 0x2000, v76
	v_cmp_ne_u16_e64 s[22:23], s51, v81
	v_add_u16_e32 v80, 0x2000, v80
	v_cmp_ne_u16_e64 s[6:7], s51, v82
	v_cndmask_b32_e64 v76, v163, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v81
	v_cndmask_b32_e64 v80, v163, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v82
	v_cndmask_b32_e64 v76, 0, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v81
	v_cndmask_b32_e64 v80, 0, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v82
	v_cndmask_b32_e64 v76, v164, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v81
	v_cndmask_b32_e64 v80, v164, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v82
	v_cndmask_b32_e64 v76, v165, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v81
	v_cndmask_b32_e64 v80, v165, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v82
	v_cndmask_b32_e64 v76, v166, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v81
	v_cndmask_b32_e64 v80, v166, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v82
	v_cndmask_b32_e64 v76, v167, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v81
	v_cndmask_b32_e64 v80, v167, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v82
	v_and_b32_e32 v78, 0x3f80, v78
	v_cndmask_b32_e64 v76, v178, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v81
	v_cndmask_b32_e64 v80, v178, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v82
	v_add_u16_e32 v78, 0x2000, v78
	v_cmp_ne_u16_e64 s[20:21], s51, v83
	v_cndmask_b32_e64 v76, v179, v76, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v81
	v_lshlrev_b16_e32 v81, 7, v74
	v_cndmask_b32_e64 v80, v179, v80, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v82
	v_cndmask_b32_e64 v78, v163, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v83
	v_and_b32_e32 v81, 0x3f80, v81
	v_and_b32_e32 v82, 0x7f, v74
	v_cndmask_b32_e64 v78, 0, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v83
	v_add_u16_e32 v81, 0x2000, v81
	v_cmp_ne_u16_e64 s[24:25], s51, v82
	v_cndmask_b32_e64 v78, v164, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v83
	v_cndmask_b32_e64 v81, v163, v81, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v82
	v_cndmask_b32_e64 v78, v165, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v83
	v_cndmask_b32_e64 v81, 0, v81, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v82
	v_cndmask_b32_e64 v78, v166, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v83
	v_cndmask_b32_e64 v81, v164, v81, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v82
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[104:105], v[108:109], v[0:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v78, v167, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v83
	v_cndmask_b32_e64 v81, v165, v81, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v82
	v_cndmask_b32_e64 v78, v178, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v83
	v_cndmask_b32_e64 v81, v166, v81, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v82
	v_cndmask_b32_e64 v78, v179, v78, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v83
	v_cndmask_b32_e64 v81, v167, v81, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v82
	v_and_b32_e32 v75, 0xffff8000, v75
	v_cndmask_b32_e64 v76, v180, v76, s[22:23]
	v_cndmask_b32_e64 v81, v178, v81, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v82
	v_or_b32_e32 v76, v76, v75
	v_and_b32_e32 v75, 0xffff8000, v77
	v_cndmask_b32_e64 v77, v180, v78, s[20:21]
	v_cndmask_b32_e64 v81, v179, v81, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v82
	v_or_b32_e32 v75, v77, v75
	v_and_b32_e32 v77, 0xffff8000, v79
	v_cndmask_b32_e64 v78, v180, v80, s[6:7]
	v_lshlrev_b16_e32 v74, 8, v74
	v_or_b32_e32 v77, v78, v77
	v_and_b32_e32 v74, 0xffff8000, v74
	v_cndmask_b32_e64 v78, v180, v81, s[24:25]
	v_or_b32_e32 v74, v78, v74
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v75, v77, v75, s59
	v_perm_b32 v74, v74, v76, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_u32_e32 v109, 0x5000, v149
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_nop 0
	v_mfma_f32_32x32x8_f16 v[0:15], v[106:107], v[74:75], v[0:15]
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_add_lshl_u32 v74, s60, v141, 2
	v_cndmask_b32_e64 v74, v146, v74, s[2:3]
	v_add_lshl_u32 v75, s60, v140, 2
	v_cndmask_b32_e64 v75, v146, v75, s[0:1]
	buffer_load_dword v86, v74, s[8:11], 0 offen
	buffer_load_dword v108, v75, s[8:11], 0 offen
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt vmcnt(1)
	s_nop 3
	v_pk_mul_f32 v[88:89], v[86:87], v[0:1] op_sel_hi:[0,1]
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_u32_e32 v0, 0x5000, v147
	ds_read2_b32 v[124:125], v0 offset1:16
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_pk_mul_f32 v[74:75], v[86:87], v[2:3] op_sel_hi:[0,1]
	v_pk_mul_f32 v[76:77], v[86:87], v[4:5] op_sel_hi:[0,1]
	v_pk_mul_f32 v[78:79], v[86:87], v[6:7] op_sel_hi:[0,1]
	v_pk_mul_f32 v[80:81], v[86:87], v[8:9] op_sel_hi:[0,1]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v0, v177, v124 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v0, 0x3f80, v0
	v_and_b32_sdwa v1, v124, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e64 s[6:7], s51, v1
	v_and_b32_sdwa v2, v124, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s51, v2
	v_cndmask_b32_e64 v0, v163, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v1
	v_and_b32_e32 v3, 0x7f, v124
	v_cmp_ne_u16_e64 s[22:23], s51, v3
	v_cndmask_b32_e64 v0, 0, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v1
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_pk_mul_f32 v[82:83], v[86:87], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[84:85], v[86:87], v[12:13] op_sel_hi:[0,1]
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v0, v164, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v1
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_pk_mul_f32 v[86:87], v[86:87], v[14:15] op_sel_hi:[0,1]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_nop 0
	v_cndmask_b32_e64 v0, v165, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v166, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v167, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v178, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v179, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v1
	v_lshlrev_b16_sdwa v1, v177, v124 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cndmask_b32_e64 v1, v163, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v2
	v_cndmask_b32_e64 v0, v180, v0, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v1, 0, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v164, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v165, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v166, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v167, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v178, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v179, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v2
	v_lshlrev_b16_e32 v2, 7, v124
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cndmask_b32_e64 v2, v163, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v3
	v_cndmask_b32_e64 v1, v180, v1, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v2, 0, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v164, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v165, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v166, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v167, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v178, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v179, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v3
	v_lshrrev_b32_e32 v3, 8, v124
	v_lshlrev_b16_e32 v4, 7, v3
	v_and_b32_e32 v4, 0x3f80, v4
	v_and_b32_e32 v5, 0x7f, v3
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[24:25], s51, v5
	v_cndmask_b32_e64 v2, v180, v2, s[22:23]
	v_lshlrev_b16_e32 v3, 8, v3
	v_cndmask_b32_e64 v4, v163, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v5
	v_and_b32_e32 v3, 0xffff8000, v3
	s_nop 0
	v_cndmask_b32_e64 v4, 0, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v164, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v165, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v166, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v167, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v178, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v179, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v5
	v_lshlrev_b16_e32 v5, 8, v124
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v2, v2, v5
	v_lshlrev_b16_sdwa v5, v176, v124 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v1, v1, v5
	v_lshlrev_b16_sdwa v5, v176, v124 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v0, v0, v5
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v183, v0, v1, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_u32_e32 v0, 0x5000, v148
	ds_read2_b32 v[126:127], v0 offset1:16
	v_cndmask_b32_e64 v4, v180, v4, s[24:25]
	v_or_b32_e32 v3, v4, v3
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v182, v3, v2, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v0, v177, v126 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v0, 0x3f80, v0
	v_and_b32_sdwa v1, v126, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e64 s[6:7], s51, v1
	v_and_b32_sdwa v2, v126, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s51, v2
	v_cndmask_b32_e64 v0, v163, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v1
	v_and_b32_e32 v3, 0x7f, v126
	v_cmp_ne_u16_e64 s[22:23], s51, v3
	v_cndmask_b32_e64 v0, 0, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v164, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v165, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v166, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v167, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v178, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v1
	s_nop 1
	v_cndmask_b32_e64 v0, v179, v0, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v1
	v_lshlrev_b16_sdwa v1, v177, v126 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cndmask_b32_e64 v1, v163, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v2
	v_cndmask_b32_e64 v0, v180, v0, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v1, 0, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v164, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v165, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v166, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v167, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v178, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v1, v179, v1, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v2
	v_lshlrev_b16_e32 v2, 7, v126
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cndmask_b32_e64 v2, v163, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v3
	v_cndmask_b32_e64 v1, v180, v1, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v2, 0, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v164, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v165, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v166, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v167, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v178, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v3
	s_nop 1
	v_cndmask_b32_e64 v2, v179, v2, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v3
	v_lshrrev_b32_e32 v3, 8, v126
	v_lshlrev_b16_e32 v4, 7, v3
	v_and_b32_e32 v4, 0x3f80, v4
	v_and_b32_e32 v5, 0x7f, v3
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[24:25], s51, v5
	v_cndmask_b32_e64 v2, v180, v2, s[22:23]
	v_lshlrev_b16_e32 v3, 8, v3
	v_cndmask_b32_e64 v4, v163, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v5
	v_and_b32_e32 v3, 0xffff8000, v3
	s_nop 0
	v_cndmask_b32_e64 v4, 0, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v164, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v165, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v166, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v167, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v178, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v5
	s_nop 1
	v_cndmask_b32_e64 v4, v179, v4, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v5
	v_lshlrev_b16_e32 v5, 8, v126
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v2, v2, v5
	v_lshlrev_b16_sdwa v5, v176, v126 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v5, 0xffff8000, v5
	v_or_b32_e32 v1, v1, v5
	v_lshlrev_b16_sdwa v5, v176, v126 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e64 v4, v180, v4, s[24:25]
	v_or_b32_e32 v0, v0, v5
	v_or_b32_e32 v3, v4, v3
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v185, v0, v1, s59
	v_perm_b32 v184, v3, v2, s59
	v_mfma_f32_32x32x8_f16 v[0:15], v[120:121], v[182:183], 0
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_read2_b32 v[120:121], v109 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v109, v177, v120 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v109, 0x3f80, v109
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[122:123], v[184:185], v[0:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_and_b32_sdwa v122, v120, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v109, 0x2000, v109
	v_cmp_ne_u16_e64 s[6:7], s51, v122
	v_and_b32_sdwa v123, v120, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s51, v123
	v_cndmask_b32_e64 v109, v163, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v122
	v_and_b32_e32 v124, 0x7f, v120
	v_cmp_ne_u16_e64 s[22:23], s51, v124
	v_cndmask_b32_e64 v109, 0, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v122
	s_nop 1
	v_cndmask_b32_e64 v109, v164, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v122
	s_nop 1
	v_cndmask_b32_e64 v109, v165, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v122
	s_nop 1
	v_cndmask_b32_e64 v109, v166, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v122
	s_nop 1
	v_cndmask_b32_e64 v109, v167, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v122
	s_nop 1
	v_cndmask_b32_e64 v109, v178, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v122
	s_nop 1
	v_cndmask_b32_e64 v109, v179, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v122
	v_lshlrev_b16_sdwa v122, v177, v120 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v122, 0x3f80, v122
	v_add_u16_e32 v122, 0x2000, v122
	v_cndmask_b32_e64 v122, v163, v122, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v123
	v_cndmask_b32_e64 v109, v180, v109, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v122, 0, v122, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v123
	s_nop 1
	v_cndmask_b32_e64 v122, v164, v122, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v123
	s_nop 1
	v_cndmask_b32_e64 v122, v165, v122, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v123
	s_nop 1
	v_cndmask_b32_e64 v122, v166, v122, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v123
	s_nop 1
	v_cndmask_b32_e64 v122, v167, v122, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v123
	s_nop 1
	v_cndmask_b32_e64 v122, v178, v122, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v123
	s_nop 1
	v_cndmask_b32_e64 v122, v179, v122, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v123
	v_lshlrev_b16_e32 v123, 7, v120
	v_and_b32_e32 v123, 0x3f80, v123
	v_add_u16_e32 v123, 0x2000, v123
	v_cndmask_b32_e64 v123, v163, v123, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v124
	v_cndmask_b32_e64 v122, v180, v122, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v123, 0, v123, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v124
	s_nop 1
	v_cndmask_b32_e64 v123, v164, v123, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v124
	s_nop 1
	v_cndmask_b32_e64 v123, v165, v123, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v124
	s_nop 1
	v_cndmask_b32_e64 v123, v166, v123, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v124
	s_nop 1
	v_cndmask_b32_e64 v123, v167, v123, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v124
	s_nop 1
	v_cndmask_b32_e64 v123, v178, v123, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v124
	s_nop 1
	v_cndmask_b32_e64 v123, v179, v123, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v124
	v_lshrrev_b32_e32 v124, 8, v120
	v_lshlrev_b16_e32 v126, 7, v124
	v_and_b32_e32 v126, 0x3f80, v126
	v_and_b32_e32 v168, 0x7f, v124
	v_add_u16_e32 v126, 0x2000, v126
	v_cmp_ne_u16_e64 s[24:25], s51, v168
	v_cndmask_b32_e64 v123, v180, v123, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v126, v163, v126, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v168
	s_nop 1
	v_cndmask_b32_e64 v126, 0, v126, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v168
	s_nop 1
	v_cndmask_b32_e64 v126, v164, v126, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v168
	s_nop 1
	v_cndmask_b32_e64 v126, v165, v126, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v168
	s_nop 1
	v_cndmask_b32_e64 v126, v166, v126, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v168
	s_nop 1
	v_cndmask_b32_e64 v126, v167, v126, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v168
	s_nop 1
	v_cndmask_b32_e64 v126, v178, v126, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v168
	s_nop 1
	v_cndmask_b32_e64 v126, v179, v126, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v168
	v_lshlrev_b16_e32 v168, 8, v120
	v_and_b32_e32 v168, 0xffff8000, v168
	v_or_b32_e32 v168, v123, v168
	v_lshlrev_b16_sdwa v123, v176, v120 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v120, v176, v120 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v120, 0xffff8000, v120
	v_and_b32_e32 v123, 0xffff8000, v123
	v_or_b32_e32 v109, v109, v120
	v_lshlrev_b16_e32 v120, 8, v124
	v_or_b32_e32 v122, v122, v123
	v_and_b32_e32 v120, 0xffff8000, v120
	v_cndmask_b32_e64 v123, v180, v126, s[24:25]
	v_or_b32_e32 v120, v123, v120
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v123, v109, v122, s59
	v_perm_b32 v122, v120, v168, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_u32_e32 v109, 0x5000, v150
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_nop 0
	v_mfma_f32_32x32x8_f16 v[0:15], v[118:119], v[122:123], v[0:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_read2_b32 v[118:119], v109 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v109, v177, v118 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v109, 0x3f80, v109
	v_and_b32_sdwa v120, v118, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v109, 0x2000, v109
	v_cmp_ne_u16_e64 s[6:7], s51, v120
	v_and_b32_sdwa v122, v118, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s51, v122
	v_cndmask_b32_e64 v109, v163, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v120
	v_and_b32_e32 v123, 0x7f, v118
	v_cmp_ne_u16_e64 s[22:23], s51, v123
	v_cndmask_b32_e64 v109, 0, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v120
	s_nop 1
	v_cndmask_b32_e64 v109, v164, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v120
	s_nop 1
	v_cndmask_b32_e64 v109, v165, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v120
	s_nop 1
	v_cndmask_b32_e64 v109, v166, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v120
	s_nop 1
	v_cndmask_b32_e64 v109, v167, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v120
	s_nop 1
	v_cndmask_b32_e64 v109, v178, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v120
	s_nop 1
	v_cndmask_b32_e64 v109, v179, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v120
	v_lshlrev_b16_sdwa v120, v177, v118 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v120, 0x3f80, v120
	v_add_u16_e32 v120, 0x2000, v120
	v_cndmask_b32_e64 v120, v163, v120, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v122
	v_cndmask_b32_e64 v109, v180, v109, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v120, 0, v120, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v122
	s_nop 1
	v_cndmask_b32_e64 v120, v164, v120, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v122
	s_nop 1
	v_cndmask_b32_e64 v120, v165, v120, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v122
	s_nop 1
	v_cndmask_b32_e64 v120, v166, v120, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v122
	s_nop 1
	v_cndmask_b32_e64 v120, v167, v120, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v122
	s_nop 1
	v_cndmask_b32_e64 v120, v178, v120, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v122
	s_nop 1
	v_cndmask_b32_e64 v120, v179, v120, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v122
	v_lshlrev_b16_e32 v122, 7, v118
	v_and_b32_e32 v122, 0x3f80, v122
	v_add_u16_e32 v122, 0x2000, v122
	v_cndmask_b32_e64 v122, v163, v122, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v123
	v_cndmask_b32_e64 v120, v180, v120, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v122, 0, v122, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v123
	s_nop 1
	v_cndmask_b32_e64 v122, v164, v122, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v123
	s_nop 1
	v_cndmask_b32_e64 v122, v165, v122, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v123
	s_nop 1
	v_cndmask_b32_e64 v122, v166, v122, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v123
	s_nop 1
	v_cndmask_b32_e64 v122, v167, v122, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v123
	s_nop 1
	v_cndmask_b32_e64 v122, v178, v122, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v123
	s_nop 1
	v_cndmask_b32_e64 v122, v179, v122, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v123
	v_lshrrev_b32_e32 v123, 8, v118
	v_lshlrev_b16_e32 v124, 7, v123
	v_and_b32_e32 v124, 0x3f80, v124
	v_and_b32_e32 v126, 0x7f, v123
	v_add_u16_e32 v124, 0x2000, v124
	v_cmp_ne_u16_e64 s[24:25], s51, v126
	v_cndmask_b32_e64 v122, v180, v122, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v124, v163, v124, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v126
	s_nop 1
	v_cndmask_b32_e64 v124, 0, v124, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v126
	s_nop 1
	v_cndmask_b32_e64 v124, v164, v124, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v126
	s_nop 1
	v_cndmask_b32_e64 v124, v165, v124, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v126
	s_nop 1
	v_cndmask_b32_e64 v124, v166, v124, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v126
	s_nop 1
	v_cndmask_b32_e64 v124, v167, v124, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v126
	s_nop 1
	v_cndmask_b32_e64 v124, v178, v124, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v126
	s_nop 1
	v_cndmask_b32_e64 v124, v179, v124, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v126
	v_lshlrev_b16_e32 v126, 8, v118
	v_and_b32_e32 v126, 0xffff8000, v126
	v_or_b32_e32 v122, v122, v126
	v_lshlrev_b16_sdwa v126, v176, v118 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v118, v176, v118 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v118, 0xffff8000, v118
	v_or_b32_e32 v109, v109, v118
	v_lshlrev_b16_e32 v118, 8, v123
	v_and_b32_e32 v126, 0xffff8000, v126
	v_and_b32_e32 v118, 0xffff8000, v118
	v_cndmask_b32_e64 v123, v180, v124, s[24:25]
	v_or_b32_e32 v120, v120, v126
	v_or_b32_e32 v118, v123, v118
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v123, v109, v120, s59
	v_perm_b32 v122, v118, v122, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_u32_e32 v109, 0x5000, v151
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_nop 0
	v_mfma_f32_32x32x8_f16 v[0:15], v[116:117], v[122:123], v[0:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_read2_b32 v[116:117], v109 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v109, v177, v116 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v109, 0x3f80, v109
	v_and_b32_sdwa v118, v116, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v109, 0x2000, v109
	v_cmp_ne_u16_e64 s[6:7], s51, v118
	v_and_b32_sdwa v120, v116, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s51, v120
	v_cndmask_b32_e64 v109, v163, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v118
	v_and_b32_e32 v122, 0x7f, v116
	v_cmp_ne_u16_e64 s[22:23], s51, v122
	v_cndmask_b32_e64 v109, 0, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v118
	s_nop 1
	v_cndmask_b32_e64 v109, v164, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v118
	s_nop 1
	v_cndmask_b32_e64 v109, v165, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v118
	s_nop 1
	v_cndmask_b32_e64 v109, v166, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v118
	s_nop 1
	v_cndmask_b32_e64 v109, v167, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v118
	s_nop 1
	v_cndmask_b32_e64 v109, v178, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v118
	s_nop 1
	v_cndmask_b32_e64 v109, v179, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v118
	v_lshlrev_b16_sdwa v118, v177, v116 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v118, 0x3f80, v118
	v_add_u16_e32 v118, 0x2000, v118
	v_cndmask_b32_e64 v118, v163, v118, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v120
	v_cndmask_b32_e64 v109, v180, v109, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v118, 0, v118, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v120
	s_nop 1
	v_cndmask_b32_e64 v118, v164, v118, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v120
	s_nop 1
	v_cndmask_b32_e64 v118, v165, v118, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v120
	s_nop 1
	v_cndmask_b32_e64 v118, v166, v118, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v120
	s_nop 1
	v_cndmask_b32_e64 v118, v167, v118, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v120
	s_nop 1
	v_cndmask_b32_e64 v118, v178, v118, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v120
	s_nop 1
	v_cndmask_b32_e64 v118, v179, v118, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v120
	v_lshlrev_b16_e32 v120, 7, v116
	v_and_b32_e32 v120, 0x3f80, v120
	v_add_u16_e32 v120, 0x2000, v120
	v_cndmask_b32_e64 v120, v163, v120, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v122
	v_cndmask_b32_e64 v118, v180, v118, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v120, 0, v120, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v122
	s_nop 1
	v_cndmask_b32_e64 v120, v164, v120, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v122
	s_nop 1
	v_cndmask_b32_e64 v120, v165, v120, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v122
	s_nop 1
	v_cndmask_b32_e64 v120, v166, v120, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v122
	s_nop 1
	v_cndmask_b32_e64 v120, v167, v120, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v122
	s_nop 1
	v_cndmask_b32_e64 v120, v178, v120, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v122
	s_nop 1
	v_cndmask_b32_e64 v120, v179, v120, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v122
	v_lshrrev_b32_e32 v122, 8, v116
	v_lshlrev_b16_e32 v123, 7, v122
	v_and_b32_e32 v123, 0x3f80, v123
	v_and_b32_e32 v124, 0x7f, v122
	v_add_u16_e32 v123, 0x2000, v123
	v_cmp_ne_u16_e64 s[24:25], s51, v124
	v_cndmask_b32_e64 v120, v180, v120, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v123, v163, v123, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v124
	s_nop 1
	v_cndmask_b32_e64 v123, 0, v123, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v124
	s_nop 1
	v_cndmask_b32_e64 v123, v164, v123, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v124
	s_nop 1
	v_cndmask_b32_e64 v123, v165, v123, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v124
	s_nop 1
	v_cndmask_b32_e64 v123, v166, v123, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v124
	s_nop 1
	v_cndmask_b32_e64 v123, v167, v123, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v124
	s_nop 1
	v_cndmask_b32_e64 v123, v178, v123, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v124
	s_nop 1
	v_cndmask_b32_e64 v123, v179, v123, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v124
	v_lshlrev_b16_e32 v124, 8, v116
	v_and_b32_e32 v124, 0xffff8000, v124
	v_or_b32_e32 v120, v120, v124
	v_lshlrev_b16_sdwa v124, v176, v116 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v116, v176, v116 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v116, 0xffff8000, v116
	v_or_b32_e32 v109, v109, v116
	v_lshlrev_b16_e32 v116, 8, v122
	v_and_b32_e32 v124, 0xffff8000, v124
	v_and_b32_e32 v116, 0xffff8000, v116
	v_cndmask_b32_e64 v122, v180, v123, s[24:25]
	v_or_b32_e32 v118, v118, v124
	v_or_b32_e32 v116, v122, v116
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v123, v109, v118, s59
	v_perm_b32 v122, v116, v120, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_u32_e32 v109, 0x5000, v152
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_nop 0
	v_mfma_f32_32x32x8_f16 v[0:15], v[114:115], v[122:123], v[0:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_read2_b32 v[114:115], v109 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v109, v177, v114 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v109, 0x3f80, v109
	v_and_b32_sdwa v116, v114, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v109, 0x2000, v109
	v_cmp_ne_u16_e64 s[6:7], s51, v116
	v_and_b32_sdwa v118, v114, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s51, v118
	v_cndmask_b32_e64 v109, v163, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v116
	v_and_b32_e32 v120, 0x7f, v114
	v_cmp_ne_u16_e64 s[22:23], s51, v120
	v_cndmask_b32_e64 v109, 0, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v116
	s_nop 1
	v_cndmask_b32_e64 v109, v164, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v116
	s_nop 1
	v_cndmask_b32_e64 v109, v165, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v116
	s_nop 1
	v_cndmask_b32_e64 v109, v166, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v116
	s_nop 1
	v_cndmask_b32_e64 v109, v167, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v116
	s_nop 1
	v_cndmask_b32_e64 v109, v178, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v116
	s_nop 1
	v_cndmask_b32_e64 v109, v179, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v116
	v_lshlrev_b16_sdwa v116, v177, v114 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v116, 0x3f80, v116
	v_add_u16_e32 v116, 0x2000, v116
	v_cndmask_b32_e64 v116, v163, v116, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v118
	v_cndmask_b32_e64 v109, v180, v109, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v116, 0, v116, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v118
	s_nop 1
	v_cndmask_b32_e64 v116, v164, v116, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v118
	s_nop 1
	v_cndmask_b32_e64 v116, v165, v116, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v118
	s_nop 1
	v_cndmask_b32_e64 v116, v166, v116, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v118
	s_nop 1
	v_cndmask_b32_e64 v116, v167, v116, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v118
	s_nop 1
	v_cndmask_b32_e64 v116, v178, v116, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v118
	s_nop 1
	v_cndmask_b32_e64 v116, v179, v116, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v118
	v_lshlrev_b16_e32 v118, 7, v114
	v_and_b32_e32 v118, 0x3f80, v118
	v_add_u16_e32 v118, 0x2000, v118
	v_cndmask_b32_e64 v118, v163, v118, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v120
	v_cndmask_b32_e64 v116, v180, v116, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v118, 0, v118, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v120
	s_nop 1
	v_cndmask_b32_e64 v118, v164, v118, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v120
	s_nop 1
	v_cndmask_b32_e64 v118, v165, v118, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v120
	s_nop 1
	v_cndmask_b32_e64 v118, v166, v118, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v120
	s_nop 1
	v_cndmask_b32_e64 v118, v167, v118, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v120
	s_nop 1
	v_cndmask_b32_e64 v118, v178, v118, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v120
	s_nop 1
	v_cndmask_b32_e64 v118, v179, v118, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v120
	v_lshrrev_b32_e32 v120, 8, v114
	v_lshlrev_b16_e32 v122, 7, v120
	v_and_b32_e32 v122, 0x3f80, v122
	v_and_b32_e32 v123, 0x7f, v120
	v_add_u16_e32 v122, 0x2000, v122
	v_cmp_ne_u16_e64 s[24:25], s51, v123
	v_cndmask_b32_e64 v118, v180, v118, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v122, v163, v122, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v123
	s_nop 1
	v_cndmask_b32_e64 v122, 0, v122, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v123
	s_nop 1
	v_cndmask_b32_e64 v122, v164, v122, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v123
	s_nop 1
	v_cndmask_b32_e64 v122, v165, v122, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v123
	s_nop 1
	v_cndmask_b32_e64 v122, v166, v122, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v123
	s_nop 1
	v_cndmask_b32_e64 v122, v167, v122, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v123
	s_nop 1
	v_cndmask_b32_e64 v122, v178, v122, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v123
	s_nop 1
	v_cndmask_b32_e64 v122, v179, v122, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v123
	v_lshlrev_b16_e32 v123, 8, v114
	v_and_b32_e32 v123, 0xffff8000, v123
	v_or_b32_e32 v118, v118, v123
	v_lshlrev_b16_sdwa v123, v176, v114 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v114, v176, v114 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v114, 0xffff8000, v114
	v_or_b32_e32 v109, v109, v114
	v_lshlrev_b16_e32 v114, 8, v120
	v_and_b32_e32 v123, 0xffff8000, v123
	v_and_b32_e32 v114, 0xffff8000, v114
	v_cndmask_b32_e64 v120, v180, v122, s[24:25]
	v_or_b32_e32 v116, v116, v123
	v_or_b32_e32 v114, v120, v114
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v123, v109, v116, s59
	v_perm_b32 v122, v114, v118, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_u32_e32 v109, 0x5000, v153
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_nop 0
	v_mfma_f32_32x32x8_f16 v[0:15], v[112:113], v[122:123], v[0:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_read2_b32 v[112:113], v109 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v109, v177, v112 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v109, 0x3f80, v109
	v_and_b32_sdwa v114, v112, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v109, 0x2000, v109
	v_cmp_ne_u16_e64 s[6:7], s51, v114
	v_and_b32_sdwa v116, v112, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s51, v116
	v_cndmask_b32_e64 v109, v163, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v114
	v_and_b32_e32 v118, 0x7f, v112
	v_cmp_ne_u16_e64 s[22:23], s51, v118
	v_cndmask_b32_e64 v109, 0, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v114
	s_nop 1
	v_cndmask_b32_e64 v109, v164, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v114
	s_nop 1
	v_cndmask_b32_e64 v109, v165, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v114
	s_nop 1
	v_cndmask_b32_e64 v109, v166, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v114
	s_nop 1
	v_cndmask_b32_e64 v109, v167, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v114
	s_nop 1
	v_cndmask_b32_e64 v109, v178, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v114
	s_nop 1
	v_cndmask_b32_e64 v109, v179, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v114
	v_lshlrev_b16_sdwa v114, v177, v112 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v114, 0x3f80, v114
	v_add_u16_e32 v114, 0x2000, v114
	v_cndmask_b32_e64 v114, v163, v114, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v116
	v_cndmask_b32_e64 v109, v180, v109, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v114, 0, v114, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v116
	s_nop 1
	v_cndmask_b32_e64 v114, v164, v114, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v116
	s_nop 1
	v_cndmask_b32_e64 v114, v165, v114, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v116
	s_nop 1
	v_cndmask_b32_e64 v114, v166, v114, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v116
	s_nop 1
	v_cndmask_b32_e64 v114, v167, v114, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v116
	s_nop 1
	v_cndmask_b32_e64 v114, v178, v114, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v116
	s_nop 1
	v_cndmask_b32_e64 v114, v179, v114, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v116
	v_lshlrev_b16_e32 v116, 7, v112
	v_and_b32_e32 v116, 0x3f80, v116
	v_add_u16_e32 v116, 0x2000, v116
	v_cndmask_b32_e64 v116, v163, v116, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v118
	v_cndmask_b32_e64 v114, v180, v114, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v116, 0, v116, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v118
	s_nop 1
	v_cndmask_b32_e64 v116, v164, v116, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v118
	s_nop 1
	v_cndmask_b32_e64 v116, v165, v116, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v118
	s_nop 1
	v_cndmask_b32_e64 v116, v166, v116, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v118
	s_nop 1
	v_cndmask_b32_e64 v116, v167, v116, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v118
	s_nop 1
	v_cndmask_b32_e64 v116, v178, v116, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v118
	s_nop 1
	v_cndmask_b32_e64 v116, v179, v116, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v118
	v_lshrrev_b32_e32 v118, 8, v112
	v_lshlrev_b16_e32 v120, 7, v118
	v_and_b32_e32 v120, 0x3f80, v120
	v_and_b32_e32 v122, 0x7f, v118
	v_add_u16_e32 v120, 0x2000, v120
	v_cmp_ne_u16_e64 s[24:25], s51, v122
	v_cndmask_b32_e64 v116, v180, v116, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v120, v163, v120, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v122
	s_nop 1
	v_cndmask_b32_e64 v120, 0, v120, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v122
	s_nop 1
	v_cndmask_b32_e64 v120, v164, v120, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v122
	s_nop 1
	v_cndmask_b32_e64 v120, v165, v120, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v122
	s_nop 1
	v_cndmask_b32_e64 v120, v166, v120, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v122
	s_nop 1
	v_cndmask_b32_e64 v120, v167, v120, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v122
	s_nop 1
	v_cndmask_b32_e64 v120, v178, v120, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v122
	s_nop 1
	v_cndmask_b32_e64 v120, v179, v120, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v122
	v_lshlrev_b16_e32 v122, 8, v112
	v_and_b32_e32 v122, 0xffff8000, v122
	v_or_b32_e32 v116, v116, v122
	v_lshlrev_b16_sdwa v122, v176, v112 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v112, v176, v112 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v112, 0xffff8000, v112
	v_or_b32_e32 v109, v109, v112
	v_lshlrev_b16_e32 v112, 8, v118
	v_and_b32_e32 v122, 0xffff8000, v122
	v_and_b32_e32 v112, 0xffff8000, v112
	v_cndmask_b32_e64 v118, v180, v120, s[24:25]
	v_or_b32_e32 v114, v114, v122
	v_or_b32_e32 v112, v118, v112
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v123, v109, v114, s59
	v_perm_b32 v122, v112, v116, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_add_u32_e32 v109, 0x5000, v154
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_nop 0
	v_mfma_f32_32x32x8_f16 v[0:15], v[110:111], v[122:123], v[0:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	ds_read2_b32 v[110:111], v109 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v109, v177, v110 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v109, 0x3f80, v109
	v_and_b32_sdwa v112, v110, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v109, 0x2000, v109
	v_cmp_ne_u16_e64 s[6:7], s51, v112
	v_and_b32_sdwa v114, v110, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[20:21], s51, v114
	v_cndmask_b32_e64 v109, v163, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v112
	v_and_b32_e32 v116, 0x7f, v110
	v_cmp_ne_u16_e64 s[22:23], s51, v116
	v_cndmask_b32_e64 v109, 0, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v112
	s_nop 1
	v_cndmask_b32_e64 v109, v164, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v112
	s_nop 1
	v_cndmask_b32_e64 v109, v165, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v112
	s_nop 1
	v_cndmask_b32_e64 v109, v166, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v112
	s_nop 1
	v_cndmask_b32_e64 v109, v167, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v112
	s_nop 1
	v_cndmask_b32_e64 v109, v178, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v112
	s_nop 1
	v_cndmask_b32_e64 v109, v179, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v112
	v_lshlrev_b16_sdwa v112, v177, v110 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v112, 0x3f80, v112
	v_add_u16_e32 v112, 0x2000, v112
	v_cndmask_b32_e64 v112, v163, v112, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v114
	v_cndmask_b32_e64 v109, v180, v109, s[6:7]
	s_nop 0
	v_cndmask_b32_e64 v112, 0, v112, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v114
	s_nop 1
	v_cndmask_b32_e64 v112, v164, v112, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v114
	s_nop 1
	v_cndmask_b32_e64 v112, v165, v112, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v114
	s_nop 1
	v_cndmask_b32_e64 v112, v166, v112, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v114
	s_nop 1
	v_cndmask_b32_e64 v112, v167, v112, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v114
	s_nop 1
	v_cndmask_b32_e64 v112, v178, v112, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v114
	s_nop 1
	v_cndmask_b32_e64 v112, v179, v112, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v114
	v_lshlrev_b16_e32 v114, 7, v110
	v_and_b32_e32 v114, 0x3f80, v114
	v_add_u16_e32 v114, 0x2000, v114
	v_cndmask_b32_e64 v114, v163, v114, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v116
	v_cndmask_b32_e64 v112, v180, v112, s[20:21]
	s_nop 0
	v_cndmask_b32_e64 v114, 0, v114, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v116
	s_nop 1
	v_cndmask_b32_e64 v114, v164, v114, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v116
	s_nop 1
	v_cndmask_b32_e64 v114, v165, v114, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v116
	s_nop 1
	v_cndmask_b32_e64 v114, v166, v114, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v116
	s_nop 1
	v_cndmask_b32_e64 v114, v167, v114, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v116
	s_nop 1
	v_cndmask_b32_e64 v114, v178, v114, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v116
	s_nop 1
	v_cndmask_b32_e64 v114, v179, v114, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v116
	v_lshrrev_b32_e32 v116, 8, v110
	v_lshlrev_b16_e32 v118, 7, v116
	v_and_b32_e32 v118, 0x3f80, v118
	v_and_b32_e32 v120, 0x7f, v116
	v_add_u16_e32 v118, 0x2000, v118
	v_cmp_ne_u16_e64 s[24:25], s51, v120
	v_cndmask_b32_e64 v114, v180, v114, s[22:23]
	s_nop 0
	v_cndmask_b32_e64 v118, v163, v118, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v120
	s_nop 1
	v_cndmask_b32_e64 v118, 0, v118, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v120
	s_nop 1
	v_cndmask_b32_e64 v118, v164, v118, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v120
	s_nop 1
	v_cndmask_b32_e64 v118, v165, v118, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v120
	s_nop 1
	v_cndmask_b32_e64 v118, v166, v118, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v120
	s_nop 1
	v_cndmask_b32_e64 v118, v167, v118, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v120
	s_nop 1
	v_cndmask_b32_e64 v118, v178, v118, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v120
	s_nop 1
	v_cndmask_b32_e64 v118, v179, v118, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v120
	v_lshlrev_b16_e32 v120, 8, v110
	v_and_b32_e32 v120, 0xffff8000, v120
	v_or_b32_e32 v114, v114, v120
	v_lshlrev_b16_sdwa v120, v176, v110 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v110, v176, v110 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v110, 0xffff8000, v110
	v_or_b32_e32 v109, v109, v110
	v_lshlrev_b16_e32 v110, 8, v116
	v_and_b32_e32 v120, 0xffff8000, v120
	v_and_b32_e32 v110, 0xffff8000, v110
	v_cndmask_b32_e64 v116, v180, v118, s[24:25]
	v_or_b32_e32 v112, v112, v120
	v_or_b32_e32 v110, v116, v110
	v_lshlrev_b16_sdwa v116, v177, v125 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v123, v109, v112, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshlrev_b16_sdwa v112, v177, v125 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v118, v125, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v116, 0x3f80, v116
	v_and_b32_sdwa v120, v125, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v116, 0x2000, v116
	v_cmp_ne_u16_e64 s[6:7], s51, v118
	v_and_b32_e32 v112, 0x3f80, v112
	v_add_u16_e32 v112, 0x2000, v112
	v_cndmask_b32_e64 v116, v163, v116, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v118
	v_cmp_ne_u16_e64 s[20:21], s51, v120
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v122, v110, v114, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v116, 0, v116, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v118
	v_cndmask_b32_e64 v112, v163, v112, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v120
	v_cndmask_b32_e64 v116, v164, v116, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v118
	v_cndmask_b32_e64 v112, 0, v112, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v120
	v_cndmask_b32_e64 v116, v165, v116, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v118
	v_cndmask_b32_e64 v112, v164, v112, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v120
	v_lshlrev_b16_e32 v109, 7, v125
	v_cndmask_b32_e64 v116, v166, v116, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v118
	v_cndmask_b32_e64 v112, v165, v112, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v120
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[90:91], v[122:123], v[0:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_and_b32_e32 v122, 0x7f, v125
	v_cndmask_b32_e64 v116, v167, v116, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v118
	v_cndmask_b32_e64 v112, v166, v112, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v120
	v_and_b32_e32 v109, 0x3f80, v109
	v_lshrrev_b32_e32 v90, 8, v125
	v_cndmask_b32_e64 v116, v178, v116, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v118
	v_cndmask_b32_e64 v112, v167, v112, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v120
	v_add_u16_e32 v109, 0x2000, v109
	v_cmp_ne_u16_e64 s[22:23], s51, v122
	v_cndmask_b32_e64 v116, v179, v116, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v118
	v_cndmask_b32_e64 v112, v178, v112, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v120
	v_cndmask_b32_e64 v109, v163, v109, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v122
	v_lshlrev_b16_e32 v118, 7, v90
	v_cndmask_b32_e64 v112, v179, v112, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v120
	v_cndmask_b32_e64 v109, 0, v109, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v122
	v_and_b32_e32 v118, 0x3f80, v118
	v_and_b32_e32 v120, 0x7f, v90
	v_cndmask_b32_e64 v109, v164, v109, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v122
	v_add_u16_e32 v118, 0x2000, v118
	v_cmp_ne_u16_e64 s[24:25], s51, v120
	v_cndmask_b32_e64 v109, v165, v109, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v122
	v_cndmask_b32_e64 v118, v163, v118, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v120
	v_cndmask_b32_e64 v109, v166, v109, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v122
	v_cndmask_b32_e64 v118, 0, v118, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v120
	v_cndmask_b32_e64 v109, v167, v109, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v122
	v_cndmask_b32_e64 v118, v164, v118, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v120
	v_cndmask_b32_e64 v109, v178, v109, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v122
	v_cndmask_b32_e64 v118, v165, v118, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v120
	v_lshlrev_b16_e32 v91, 8, v125
	v_cndmask_b32_e64 v109, v179, v109, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v122
	v_cndmask_b32_e64 v118, v166, v118, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v120
	v_lshlrev_b16_sdwa v110, v176, v125 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v91, 0xffff8000, v91
	v_cndmask_b32_e64 v118, v167, v118, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v120
	v_cndmask_b32_e64 v109, v180, v109, s[22:23]
	v_lshlrev_b16_sdwa v114, v176, v125 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v118, v178, v118, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v120
	v_or_b32_e32 v109, v109, v91
	v_and_b32_e32 v91, 0xffff8000, v110
	v_cndmask_b32_e64 v110, v180, v112, s[20:21]
	v_cndmask_b32_e64 v118, v179, v118, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v120
	v_or_b32_e32 v91, v110, v91
	v_and_b32_e32 v110, 0xffff8000, v114
	v_cndmask_b32_e64 v112, v180, v116, s[6:7]
	v_lshlrev_b16_e32 v90, 8, v90
	v_or_b32_e32 v110, v112, v110
	v_and_b32_e32 v90, 0xffff8000, v90
	v_cndmask_b32_e64 v112, v180, v118, s[24:25]
	v_or_b32_e32 v90, v112, v90
	v_lshlrev_b16_sdwa v112, v177, v127 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v90, v90, v109, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshlrev_b16_sdwa v109, v177, v127 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v114, v127, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v112, 0x3f80, v112
	v_and_b32_sdwa v116, v127, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v112, 0x2000, v112
	v_cmp_ne_u16_e64 s[6:7], s51, v114
	v_and_b32_e32 v109, 0x3f80, v109
	v_add_u16_e32 v109, 0x2000, v109
	v_cndmask_b32_e64 v112, v163, v112, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v114
	v_cmp_ne_u16_e64 s[20:21], s51, v116
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v91, v110, v91, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v112, 0, v112, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v114
	v_cndmask_b32_e64 v109, v163, v109, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v116
	v_cndmask_b32_e64 v112, v164, v112, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v114
	v_cndmask_b32_e64 v109, 0, v109, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v116
	v_cndmask_b32_e64 v112, v165, v112, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v114
	v_cndmask_b32_e64 v109, v164, v109, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v116
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[92:93], v[90:91], v[0:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshlrev_b16_e32 v92, 7, v127
	v_cndmask_b32_e64 v112, v166, v112, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v114
	v_cndmask_b32_e64 v109, v165, v109, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v116
	v_and_b32_e32 v118, 0x7f, v127
	v_cndmask_b32_e64 v112, v167, v112, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v114
	v_cndmask_b32_e64 v109, v166, v109, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v116
	v_and_b32_e32 v92, 0x3f80, v92
	v_lshrrev_b32_e32 v90, 8, v127
	v_cndmask_b32_e64 v112, v178, v112, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v114
	v_cndmask_b32_e64 v109, v167, v109, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v116
	v_add_u16_e32 v92, 0x2000, v92
	v_cmp_ne_u16_e64 s[22:23], s51, v118
	v_cndmask_b32_e64 v112, v179, v112, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v114
	v_cndmask_b32_e64 v109, v178, v109, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v116
	v_cndmask_b32_e64 v92, v163, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v118
	v_lshlrev_b16_e32 v114, 7, v90
	v_cndmask_b32_e64 v109, v179, v109, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v116
	v_cndmask_b32_e64 v92, 0, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v118
	v_and_b32_e32 v114, 0x3f80, v114
	v_and_b32_e32 v116, 0x7f, v90
	v_cndmask_b32_e64 v92, v164, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v118
	v_add_u16_e32 v114, 0x2000, v114
	v_cmp_ne_u16_e64 s[24:25], s51, v116
	v_cndmask_b32_e64 v92, v165, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v118
	v_cndmask_b32_e64 v114, v163, v114, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v116
	v_cndmask_b32_e64 v92, v166, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v118
	v_cndmask_b32_e64 v114, 0, v114, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v116
	v_cndmask_b32_e64 v92, v167, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v118
	v_cndmask_b32_e64 v114, v164, v114, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v116
	v_cndmask_b32_e64 v92, v178, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v118
	v_cndmask_b32_e64 v114, v165, v114, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v116
	v_lshlrev_b16_e32 v91, 8, v127
	v_cndmask_b32_e64 v92, v179, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v118
	v_cndmask_b32_e64 v114, v166, v114, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v116
	v_lshlrev_b16_sdwa v93, v176, v127 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v91, 0xffff8000, v91
	v_cndmask_b32_e64 v114, v167, v114, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v116
	v_cndmask_b32_e64 v92, v180, v92, s[22:23]
	v_lshlrev_b16_sdwa v110, v176, v127 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v114, v178, v114, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v116
	v_or_b32_e32 v92, v92, v91
	v_and_b32_e32 v91, 0xffff8000, v93
	v_cndmask_b32_e64 v93, v180, v109, s[20:21]
	v_cndmask_b32_e64 v114, v179, v114, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v116
	v_or_b32_e32 v91, v93, v91
	v_and_b32_e32 v93, 0xffff8000, v110
	v_cndmask_b32_e64 v109, v180, v112, s[6:7]
	v_lshlrev_b16_e32 v90, 8, v90
	v_or_b32_e32 v93, v109, v93
	v_and_b32_e32 v90, 0xffff8000, v90
	v_cndmask_b32_e64 v109, v180, v114, s[24:25]
	v_or_b32_e32 v90, v109, v90
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v91, v93, v91, s59
	v_perm_b32 v90, v90, v92, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshlrev_b16_sdwa v109, v177, v121 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v110, v121, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[94:95], v[90:91], v[0:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshlrev_b16_sdwa v94, v177, v121 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v109, 0x3f80, v109
	v_and_b32_sdwa v112, v121, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v109, 0x2000, v109
	v_cmp_ne_u16_e64 s[6:7], s51, v110
	v_and_b32_e32 v94, 0x3f80, v94
	v_add_u16_e32 v94, 0x2000, v94
	v_cndmask_b32_e64 v109, v163, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v110
	v_cmp_ne_u16_e64 s[20:21], s51, v112
	v_lshlrev_b16_e32 v92, 7, v121
	v_cndmask_b32_e64 v109, 0, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v110
	v_cndmask_b32_e64 v94, v163, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v112
	v_cndmask_b32_e64 v109, v164, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v110
	v_cndmask_b32_e64 v94, 0, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v112
	v_cndmask_b32_e64 v109, v165, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v110
	v_cndmask_b32_e64 v94, v164, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v112
	v_cndmask_b32_e64 v109, v166, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v110
	v_cndmask_b32_e64 v94, v165, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v112
	v_and_b32_e32 v114, 0x7f, v121
	v_cndmask_b32_e64 v109, v167, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v110
	v_cndmask_b32_e64 v94, v166, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v112
	v_and_b32_e32 v92, 0x3f80, v92
	v_lshrrev_b32_e32 v90, 8, v121
	v_cndmask_b32_e64 v109, v178, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v110
	v_cndmask_b32_e64 v94, v167, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v112
	v_add_u16_e32 v92, 0x2000, v92
	v_cmp_ne_u16_e64 s[22:23], s51, v114
	v_cndmask_b32_e64 v109, v179, v109, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v110
	v_cndmask_b32_e64 v94, v178, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v112
	v_cndmask_b32_e64 v92, v163, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v114
	v_lshlrev_b16_e32 v110, 7, v90
	v_cndmask_b32_e64 v94, v179, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v112
	v_cndmask_b32_e64 v92, 0, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v114
	v_and_b32_e32 v110, 0x3f80, v110
	v_and_b32_e32 v112, 0x7f, v90
	v_cndmask_b32_e64 v92, v164, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v114
	v_add_u16_e32 v110, 0x2000, v110
	v_cmp_ne_u16_e64 s[24:25], s51, v112
	v_cndmask_b32_e64 v92, v165, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v114
	v_cndmask_b32_e64 v110, v163, v110, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v112
	v_cndmask_b32_e64 v92, v166, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v114
	v_cndmask_b32_e64 v110, 0, v110, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v112
	v_cndmask_b32_e64 v92, v167, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v114
	v_cndmask_b32_e64 v110, v164, v110, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v112
	v_cndmask_b32_e64 v92, v178, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v114
	v_cndmask_b32_e64 v110, v165, v110, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v112
	v_lshlrev_b16_e32 v91, 8, v121
	v_cndmask_b32_e64 v92, v179, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v114
	v_cndmask_b32_e64 v110, v166, v110, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v112
	v_lshlrev_b16_sdwa v93, v176, v121 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v91, 0xffff8000, v91
	v_cndmask_b32_e64 v110, v167, v110, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v112
	v_cndmask_b32_e64 v92, v180, v92, s[22:23]
	v_lshlrev_b16_sdwa v95, v176, v121 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v110, v178, v110, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v112
	v_or_b32_e32 v92, v92, v91
	v_and_b32_e32 v91, 0xffff8000, v93
	v_cndmask_b32_e64 v93, v180, v94, s[20:21]
	v_cndmask_b32_e64 v110, v179, v110, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v112
	v_or_b32_e32 v91, v93, v91
	v_and_b32_e32 v93, 0xffff8000, v95
	v_cndmask_b32_e64 v94, v180, v109, s[6:7]
	v_lshlrev_b16_e32 v90, 8, v90
	v_or_b32_e32 v93, v94, v93
	v_and_b32_e32 v90, 0xffff8000, v90
	v_cndmask_b32_e64 v94, v180, v110, s[24:25]
	v_or_b32_e32 v90, v94, v90
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v91, v93, v91, s59
	v_perm_b32 v90, v90, v92, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshlrev_b16_sdwa v94, v177, v119 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v109, v119, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[96:97], v[90:91], v[0:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshlrev_b16_sdwa v96, v177, v119 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v97, v119, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v96, 0x3f80, v96
	v_add_u16_e32 v96, 0x2000, v96
	v_cmp_ne_u16_e64 s[6:7], s51, v97
	v_and_b32_e32 v94, 0x3f80, v94
	v_add_u16_e32 v94, 0x2000, v94
	v_cndmask_b32_e64 v96, v163, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v97
	v_cmp_ne_u16_e64 s[20:21], s51, v109
	v_lshlrev_b16_e32 v92, 7, v119
	v_cndmask_b32_e64 v96, 0, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v97
	v_cndmask_b32_e64 v94, v163, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v109
	v_cndmask_b32_e64 v96, v164, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v97
	v_cndmask_b32_e64 v94, 0, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v109
	v_cndmask_b32_e64 v96, v165, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v97
	v_cndmask_b32_e64 v94, v164, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v109
	v_cndmask_b32_e64 v96, v166, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v97
	v_cndmask_b32_e64 v94, v165, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v109
	v_and_b32_e32 v110, 0x7f, v119
	v_cndmask_b32_e64 v96, v167, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v97
	v_cndmask_b32_e64 v94, v166, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v109
	v_and_b32_e32 v92, 0x3f80, v92
	v_lshrrev_b32_e32 v90, 8, v119
	v_cndmask_b32_e64 v96, v178, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v97
	v_cndmask_b32_e64 v94, v167, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v109
	v_add_u16_e32 v92, 0x2000, v92
	v_cmp_ne_u16_e64 s[22:23], s51, v110
	v_cndmask_b32_e64 v96, v179, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v97
	v_cndmask_b32_e64 v94, v178, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v109
	v_cndmask_b32_e64 v92, v163, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v110
	v_lshlrev_b16_e32 v97, 7, v90
	v_cndmask_b32_e64 v94, v179, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v109
	v_cndmask_b32_e64 v92, 0, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v110
	v_and_b32_e32 v97, 0x3f80, v97
	v_and_b32_e32 v109, 0x7f, v90
	v_cndmask_b32_e64 v92, v164, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v110
	v_add_u16_e32 v97, 0x2000, v97
	v_cmp_ne_u16_e64 s[24:25], s51, v109
	v_cndmask_b32_e64 v92, v165, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v110
	v_cndmask_b32_e64 v97, v163, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v109
	v_cndmask_b32_e64 v92, v166, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v110
	v_cndmask_b32_e64 v97, 0, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v109
	v_cndmask_b32_e64 v92, v167, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v110
	v_cndmask_b32_e64 v97, v164, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v109
	v_cndmask_b32_e64 v92, v178, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v110
	v_cndmask_b32_e64 v97, v165, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v109
	v_lshlrev_b16_e32 v91, 8, v119
	v_cndmask_b32_e64 v92, v179, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v110
	v_cndmask_b32_e64 v97, v166, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v109
	v_lshlrev_b16_sdwa v93, v176, v119 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v91, 0xffff8000, v91
	v_cndmask_b32_e64 v97, v167, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v109
	v_cndmask_b32_e64 v92, v180, v92, s[22:23]
	v_lshlrev_b16_sdwa v95, v176, v119 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v97, v178, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v109
	v_or_b32_e32 v92, v92, v91
	v_and_b32_e32 v91, 0xffff8000, v93
	v_cndmask_b32_e64 v93, v180, v94, s[20:21]
	v_cndmask_b32_e64 v97, v179, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v109
	v_or_b32_e32 v91, v93, v91
	v_and_b32_e32 v93, 0xffff8000, v95
	v_cndmask_b32_e64 v94, v180, v96, s[6:7]
	v_lshlrev_b16_e32 v90, 8, v90
	v_or_b32_e32 v93, v94, v93
	v_and_b32_e32 v90, 0xffff8000, v90
	v_cndmask_b32_e64 v94, v180, v97, s[24:25]
	v_or_b32_e32 v90, v94, v90
	v_lshlrev_b16_sdwa v96, v177, v117 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v91, v93, v91, s59
	v_perm_b32 v90, v90, v92, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshlrev_b16_sdwa v94, v177, v117 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v97, v117, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v96, 0x3f80, v96
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[98:99], v[90:91], v[0:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_and_b32_sdwa v98, v117, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v96, 0x2000, v96
	v_cmp_ne_u16_e64 s[6:7], s51, v97
	v_and_b32_e32 v94, 0x3f80, v94
	v_add_u16_e32 v94, 0x2000, v94
	v_cndmask_b32_e64 v96, v163, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v97
	v_cmp_ne_u16_e64 s[20:21], s51, v98
	v_lshlrev_b16_e32 v92, 7, v117
	v_cndmask_b32_e64 v96, 0, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v97
	v_cndmask_b32_e64 v94, v163, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v98
	v_cndmask_b32_e64 v96, v164, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v97
	v_cndmask_b32_e64 v94, 0, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v98
	v_cndmask_b32_e64 v96, v165, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v97
	v_cndmask_b32_e64 v94, v164, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v98
	v_cndmask_b32_e64 v96, v166, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v97
	v_cndmask_b32_e64 v94, v165, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v98
	v_and_b32_e32 v99, 0x7f, v117
	v_cndmask_b32_e64 v96, v167, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v97
	v_cndmask_b32_e64 v94, v166, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v98
	v_and_b32_e32 v92, 0x3f80, v92
	v_lshrrev_b32_e32 v90, 8, v117
	v_cndmask_b32_e64 v96, v178, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v97
	v_cndmask_b32_e64 v94, v167, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v98
	v_add_u16_e32 v92, 0x2000, v92
	v_cmp_ne_u16_e64 s[22:23], s51, v99
	v_cndmask_b32_e64 v96, v179, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v97
	v_cndmask_b32_e64 v94, v178, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v98
	v_cndmask_b32_e64 v92, v163, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v99
	v_lshlrev_b16_e32 v97, 7, v90
	v_cndmask_b32_e64 v94, v179, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v98
	v_cndmask_b32_e64 v92, 0, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v99
	v_and_b32_e32 v97, 0x3f80, v97
	v_and_b32_e32 v98, 0x7f, v90
	v_cndmask_b32_e64 v92, v164, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v99
	v_add_u16_e32 v97, 0x2000, v97
	v_cmp_ne_u16_e64 s[24:25], s51, v98
	v_cndmask_b32_e64 v92, v165, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v99
	v_cndmask_b32_e64 v97, v163, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v98
	v_cndmask_b32_e64 v92, v166, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v99
	v_cndmask_b32_e64 v97, 0, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v98
	v_cndmask_b32_e64 v92, v167, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v99
	v_cndmask_b32_e64 v97, v164, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v98
	v_cndmask_b32_e64 v92, v178, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v99
	v_cndmask_b32_e64 v97, v165, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v98
	v_lshlrev_b16_e32 v91, 8, v117
	v_cndmask_b32_e64 v92, v179, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v99
	v_cndmask_b32_e64 v97, v166, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v98
	v_lshlrev_b16_sdwa v93, v176, v117 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v91, 0xffff8000, v91
	v_cndmask_b32_e64 v97, v167, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v98
	v_cndmask_b32_e64 v92, v180, v92, s[22:23]
	v_lshlrev_b16_sdwa v95, v176, v117 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v97, v178, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v98
	v_or_b32_e32 v92, v92, v91
	v_and_b32_e32 v91, 0xffff8000, v93
	v_cndmask_b32_e64 v93, v180, v94, s[20:21]
	v_cndmask_b32_e64 v97, v179, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v98
	v_or_b32_e32 v91, v93, v91
	v_and_b32_e32 v93, 0xffff8000, v95
	v_cndmask_b32_e64 v94, v180, v96, s[6:7]
	v_lshlrev_b16_e32 v90, 8, v90
	v_or_b32_e32 v93, v94, v93
	v_and_b32_e32 v90, 0xffff8000, v90
	v_cndmask_b32_e64 v94, v180, v97, s[24:25]
	v_lshlrev_b16_sdwa v96, v177, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v90, v94, v90
	v_lshlrev_b16_sdwa v94, v177, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v97, v115, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v96, 0x3f80, v96
	v_and_b32_sdwa v98, v115, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v96, 0x2000, v96
	v_cmp_ne_u16_e64 s[6:7], s51, v97
	v_and_b32_e32 v94, 0x3f80, v94
	v_add_u16_e32 v94, 0x2000, v94
	v_cndmask_b32_e64 v96, v163, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v97
	v_cmp_ne_u16_e64 s[20:21], s51, v98
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v90, v90, v92, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v96, 0, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v97
	v_cndmask_b32_e64 v94, v163, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v98
	v_cndmask_b32_e64 v96, v164, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v97
	v_cndmask_b32_e64 v94, 0, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v98
	v_cndmask_b32_e64 v96, v165, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v97
	v_cndmask_b32_e64 v94, v164, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v98
	v_lshlrev_b16_e32 v92, 7, v115
	v_cndmask_b32_e64 v96, v166, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v97
	v_cndmask_b32_e64 v94, v165, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v98
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v91, v93, v91, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_and_b32_e32 v99, 0x7f, v115
	v_cndmask_b32_e64 v96, v167, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v97
	v_cndmask_b32_e64 v94, v166, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v98
	v_and_b32_e32 v92, 0x3f80, v92
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[100:101], v[90:91], v[0:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshrrev_b32_e32 v90, 8, v115
	v_cndmask_b32_e64 v96, v178, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v97
	v_cndmask_b32_e64 v94, v167, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v98
	v_add_u16_e32 v92, 0x2000, v92
	v_cmp_ne_u16_e64 s[22:23], s51, v99
	v_cndmask_b32_e64 v96, v179, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v97
	v_cndmask_b32_e64 v94, v178, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v98
	v_cndmask_b32_e64 v92, v163, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v99
	v_lshlrev_b16_e32 v97, 7, v90
	v_cndmask_b32_e64 v94, v179, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v98
	v_cndmask_b32_e64 v92, 0, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v99
	v_and_b32_e32 v97, 0x3f80, v97
	v_and_b32_e32 v98, 0x7f, v90
	v_cndmask_b32_e64 v92, v164, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v99
	v_add_u16_e32 v97, 0x2000, v97
	v_cmp_ne_u16_e64 s[24:25], s51, v98
	v_cndmask_b32_e64 v92, v165, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v99
	v_cndmask_b32_e64 v97, v163, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v98
	v_cndmask_b32_e64 v92, v166, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v99
	v_cndmask_b32_e64 v97, 0, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v98
	v_cndmask_b32_e64 v92, v167, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v99
	v_cndmask_b32_e64 v97, v164, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v98
	v_cndmask_b32_e64 v92, v178, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v99
	v_cndmask_b32_e64 v97, v165, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v98
	v_lshlrev_b16_e32 v91, 8, v115
	v_cndmask_b32_e64 v92, v179, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v99
	v_cndmask_b32_e64 v97, v166, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v98
	v_lshlrev_b16_sdwa v93, v176, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v91, 0xffff8000, v91
	v_cndmask_b32_e64 v97, v167, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v98
	v_cndmask_b32_e64 v92, v180, v92, s[22:23]
	v_lshlrev_b16_sdwa v95, v176, v115 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v97, v178, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v98
	v_or_b32_e32 v92, v92, v91
	v_and_b32_e32 v91, 0xffff8000, v93
	v_cndmask_b32_e64 v93, v180, v94, s[20:21]
	v_cndmask_b32_e64 v97, v179, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v98
	v_or_b32_e32 v91, v93, v91
	v_and_b32_e32 v93, 0xffff8000, v95
	v_cndmask_b32_e64 v94, v180, v96, s[6:7]
	v_lshlrev_b16_e32 v90, 8, v90
	v_or_b32_e32 v93, v94, v93
	v_and_b32_e32 v90, 0xffff8000, v90
	v_cndmask_b32_e64 v94, v180, v97, s[24:25]
	v_lshlrev_b16_sdwa v96, v177, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v90, v94, v90
	v_lshlrev_b16_sdwa v94, v177, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v97, v113, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v96, 0x3f80, v96
	v_and_b32_sdwa v98, v113, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v96, 0x2000, v96
	v_cmp_ne_u16_e64 s[6:7], s51, v97
	v_and_b32_e32 v94, 0x3f80, v94
	v_add_u16_e32 v94, 0x2000, v94
	v_cndmask_b32_e64 v96, v163, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v97
	v_cmp_ne_u16_e64 s[20:21], s51, v98
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v90, v90, v92, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v96, 0, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v97
	v_cndmask_b32_e64 v94, v163, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v98
	v_cndmask_b32_e64 v96, v164, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v97
	v_cndmask_b32_e64 v94, 0, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v98
	v_cndmask_b32_e64 v96, v165, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v97
	v_cndmask_b32_e64 v94, v164, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v98
	v_lshlrev_b16_e32 v92, 7, v113
	v_cndmask_b32_e64 v96, v166, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v97
	v_cndmask_b32_e64 v94, v165, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v98
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v91, v93, v91, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_and_b32_e32 v99, 0x7f, v113
	v_cndmask_b32_e64 v96, v167, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v97
	v_cndmask_b32_e64 v94, v166, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v98
	v_and_b32_e32 v92, 0x3f80, v92
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[102:103], v[90:91], v[0:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshrrev_b32_e32 v90, 8, v113
	v_cndmask_b32_e64 v96, v178, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v97
	v_cndmask_b32_e64 v94, v167, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v98
	v_add_u16_e32 v92, 0x2000, v92
	v_cmp_ne_u16_e64 s[22:23], s51, v99
	v_cndmask_b32_e64 v96, v179, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v97
	v_cndmask_b32_e64 v94, v178, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v98
	v_cndmask_b32_e64 v92, v163, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v99
	v_lshlrev_b16_e32 v97, 7, v90
	v_cndmask_b32_e64 v94, v179, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v98
	v_cndmask_b32_e64 v92, 0, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v99
	v_and_b32_e32 v97, 0x3f80, v97
	v_and_b32_e32 v98, 0x7f, v90
	v_cndmask_b32_e64 v92, v164, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v99
	v_add_u16_e32 v97, 0x2000, v97
	v_cmp_ne_u16_e64 s[24:25], s51, v98
	v_cndmask_b32_e64 v92, v165, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v99
	v_cndmask_b32_e64 v97, v163, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v98
	v_cndmask_b32_e64 v92, v166, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v99
	v_cndmask_b32_e64 v97, 0, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v98
	v_cndmask_b32_e64 v92, v167, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v99
	v_cndmask_b32_e64 v97, v164, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v98
	v_cndmask_b32_e64 v92, v178, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v99
	v_cndmask_b32_e64 v97, v165, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v98
	v_lshlrev_b16_e32 v91, 8, v113
	v_cndmask_b32_e64 v92, v179, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v99
	v_cndmask_b32_e64 v97, v166, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v98
	v_lshlrev_b16_sdwa v93, v176, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v91, 0xffff8000, v91
	v_cndmask_b32_e64 v97, v167, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v98
	v_cndmask_b32_e64 v92, v180, v92, s[22:23]
	v_lshlrev_b16_sdwa v95, v176, v113 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v97, v178, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v98
	v_or_b32_e32 v92, v92, v91
	v_and_b32_e32 v91, 0xffff8000, v93
	v_cndmask_b32_e64 v93, v180, v94, s[20:21]
	v_cndmask_b32_e64 v97, v179, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v98
	v_or_b32_e32 v91, v93, v91
	v_and_b32_e32 v93, 0xffff8000, v95
	v_cndmask_b32_e64 v94, v180, v96, s[6:7]
	v_lshlrev_b16_e32 v90, 8, v90
	v_or_b32_e32 v93, v94, v93
	v_and_b32_e32 v90, 0xffff8000, v90
	v_cndmask_b32_e64 v94, v180, v97, s[24:25]
	v_lshlrev_b16_sdwa v96, v177, v111 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v90, v94, v90
	v_lshlrev_b16_sdwa v94, v177, v111 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v97, v111, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v96, 0x3f80, v96
	v_and_b32_sdwa v98, v111, s51 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v96, 0x2000, v96
	v_cmp_ne_u16_e64 s[6:7], s51, v97
	v_and_b32_e32 v94, 0x3f80, v94
	v_add_u16_e32 v94, 0x2000, v94
	v_cndmask_b32_e64 v96, v163, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 0, v97
	v_cmp_ne_u16_e64 s[20:21], s51, v98
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v90, v90, v92, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_cndmask_b32_e64 v96, 0, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 1, v97
	v_cndmask_b32_e64 v94, v163, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 0, v98
	v_cndmask_b32_e64 v96, v164, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 2, v97
	v_cndmask_b32_e64 v94, 0, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 1, v98
	v_cndmask_b32_e64 v96, v165, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 3, v97
	v_cndmask_b32_e64 v94, v164, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v98
	v_lshlrev_b16_e32 v92, 7, v111
	v_cndmask_b32_e64 v96, v166, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 4, v97
	v_cndmask_b32_e64 v94, v165, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 3, v98
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v91, v93, v91, s59
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_and_b32_e32 v99, 0x7f, v111
	v_cndmask_b32_e64 v96, v167, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 5, v97
	v_cndmask_b32_e64 v94, v166, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 4, v98
	v_and_b32_e32 v92, 0x3f80, v92
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[104:105], v[90:91], v[0:15]
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshrrev_b32_e32 v90, 8, v111
	v_cndmask_b32_e64 v96, v178, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 6, v97
	v_cndmask_b32_e64 v94, v167, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 5, v98
	v_add_u16_e32 v92, 0x2000, v92
	v_cmp_ne_u16_e64 s[22:23], s51, v99
	v_cndmask_b32_e64 v96, v179, v96, s[6:7]
	v_cmp_ne_u16_e64 s[6:7], 7, v97
	v_cndmask_b32_e64 v94, v178, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 6, v98
	v_cndmask_b32_e64 v92, v163, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 0, v99
	v_lshlrev_b16_e32 v97, 7, v90
	v_cndmask_b32_e64 v94, v179, v94, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 7, v98
	v_cndmask_b32_e64 v92, 0, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 1, v99
	v_and_b32_e32 v97, 0x3f80, v97
	v_and_b32_e32 v98, 0x7f, v90
	v_cndmask_b32_e64 v92, v164, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v99
	v_add_u16_e32 v97, 0x2000, v97
	v_cmp_ne_u16_e64 s[24:25], s51, v98
	v_cndmask_b32_e64 v92, v165, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 3, v99
	v_cndmask_b32_e64 v97, v163, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 0, v98
	v_cndmask_b32_e64 v92, v166, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 4, v99
	v_cndmask_b32_e64 v97, 0, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 1, v98
	v_cndmask_b32_e64 v92, v167, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 5, v99
	v_cndmask_b32_e64 v97, v164, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 2, v98
	v_cndmask_b32_e64 v92, v178, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 6, v99
	v_cndmask_b32_e64 v97, v165, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 3, v98
	v_lshlrev_b16_e32 v91, 8, v111
	v_cndmask_b32_e64 v92, v179, v92, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 7, v99
	v_cndmask_b32_e64 v97, v166, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 4, v98
	v_lshlrev_b16_sdwa v93, v176, v111 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v91, 0xffff8000, v91
	v_cndmask_b32_e64 v97, v167, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 5, v98
	v_cndmask_b32_e64 v92, v180, v92, s[22:23]
	v_lshlrev_b16_sdwa v95, v176, v111 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v97, v178, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 6, v98
	v_or_b32_e32 v92, v92, v91
	v_and_b32_e32 v91, 0xffff8000, v93
	v_cndmask_b32_e64 v93, v180, v94, s[20:21]
	v_cndmask_b32_e64 v97, v179, v97, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], 7, v98
	v_or_b32_e32 v91, v93, v91
	v_and_b32_e32 v93, 0xffff8000, v95
	v_cndmask_b32_e64 v94, v180, v96, s[6:7]
	v_lshlrev_b16_e32 v90, 8, v90
	v_or_b32_e32 v93, v94, v93
	v_and_b32_e32 v90, 0xffff8000, v90
	v_cndmask_b32_e64 v94, v180, v97, s[24:25]
	v_or_b32_e32 v90, v94, v90
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v91, v93, v91, s59
	v_perm_b32 v90, v90, v92, s59
	.loc	1 127 27                        ; fused_moe.py:127:27
	v_add_lshl_u32 v92, s60, v135, 2
	v_add_lshl_u32 v93, s60, v134, 2
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_mfma_f32_32x32x8_f16 v[0:15], v[106:107], v[90:91], v[0:15]
	.loc	1 127 27                        ; fused_moe.py:127:27
	v_add_lshl_u32 v94, s60, v133, 2
	v_add_lshl_u32 v95, s60, v73, 2
	v_add_lshl_u32 v96, s60, v132, 2
	v_add_lshl_u32 v97, s60, v131, 2
	v_add_lshl_u32 v98, s60, v130, 2
	v_add_lshl_u32 v99, s60, v129, 2
	v_add_lshl_u32 v100, s60, v71, 2
	v_add_lshl_u32 v101, s60, v69, 2
	v_add_lshl_u32 v102, s60, v31, 2
	v_add_lshl_u32 v103, s60, v29, 2
	buffer_load_dword v92, v92, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v93, v93, s[40:43], 0 offen
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt vmcnt(2)
	v_pk_mul_f32 v[90:91], v[108:109], v[0:1] op_sel_hi:[0,1]
	v_pk_mul_f32 v[0:1], v[108:109], v[2:3] op_sel_hi:[0,1]
	v_pk_mul_f32 v[2:3], v[108:109], v[4:5] op_sel_hi:[0,1]
	v_pk_mul_f32 v[4:5], v[108:109], v[6:7] op_sel_hi:[0,1]
	v_pk_mul_f32 v[6:7], v[108:109], v[8:9] op_sel_hi:[0,1]
	v_pk_mul_f32 v[8:9], v[108:109], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[10:11], v[108:109], v[12:13] op_sel_hi:[0,1]
	v_pk_mul_f32 v[12:13], v[108:109], v[14:15] op_sel_hi:[0,1]
	.loc	1 127 27                        ; fused_moe.py:127:27
	v_add_lshl_u32 v14, s60, v139, 2
	v_add_lshl_u32 v15, s60, v138, 2
	buffer_load_dword v104, v14, s[40:43], 0 offen
	buffer_load_dword v105, v15, s[40:43], 0 offen
	v_add_lshl_u32 v14, s60, v137, 2
	v_add_lshl_u32 v15, s60, v136, 2
	buffer_load_dword v14, v14, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v15, v15, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v94, v94, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v95, v95, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v96, v96, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v97, v97, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v98, v98, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v99, v99, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v100, v100, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v101, v101, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v102, v102, s[40:43], 0 offen
	s_nop 0
	buffer_load_dword v103, v103, s[40:43], 0 offen
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_mov_b32 s6, s46
	s_mov_b32 s7, s47
	v_cndmask_b32_e64 v110, v146, v68, s[18:19]
	v_cndmask_b32_e64 v114, v146, v70, s[18:19]
	v_cndmask_b32_e64 v118, v146, v72, s[18:19]
	buffer_load_dwordx4 v[106:109], v181, s[4:7], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[110:113], v110, s[4:7], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[114:117], v114, s[4:7], 0 offen
	s_nop 0
	buffer_load_dwordx4 v[118:121], v118, s[4:7], 0 offen
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_barrier
	ds_write2st64_b32 v142, v16, v20 offset0:64 offset1:80
	ds_write2st64_b32 v143, v17, v21 offset0:64 offset1:80
	ds_write2st64_b32 v144, v18, v22 offset0:64 offset1:80
	ds_write2st64_b32 v145, v19, v23 offset0:64 offset1:80
	.loc	1 120 13                        ; fused_moe.py:120:13
	s_waitcnt vmcnt(2)
	ds_write2st64_b32 v142, v106, v110 offset1:16
	ds_write2st64_b32 v143, v107, v111 offset1:16
	ds_write2st64_b32 v144, v108, v112 offset1:16
	ds_write2st64_b32 v145, v109, v113 offset1:16
	s_waitcnt vmcnt(0)
	ds_write2st64_b32 v142, v114, v118 offset0:32 offset1:48
	ds_write2st64_b32 v143, v115, v119 offset0:32 offset1:48
	ds_write2st64_b32 v144, v116, v120 offset0:32 offset1:48
	ds_write2st64_b32 v145, v117, v121 offset0:32 offset1:48
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[66:67], v[104:105], v[88:89], v[66:67]
	v_pk_fma_f32 v[50:51], v[104:105], v[90:91], v[50:51]
	v_pk_fma_f32 v[64:65], v[14:15], v[74:75], v[64:65]
	v_pk_fma_f32 v[62:63], v[92:93], v[76:77], v[62:63]
	v_pk_fma_f32 v[60:61], v[94:95], v[78:79], v[60:61]
	v_pk_fma_f32 v[58:59], v[96:97], v[80:81], v[58:59]
	v_pk_fma_f32 v[56:57], v[98:99], v[82:83], v[56:57]
	v_pk_fma_f32 v[54:55], v[100:101], v[84:85], v[54:55]
	v_pk_fma_f32 v[52:53], v[102:103], v[86:87], v[52:53]
	v_pk_fma_f32 v[48:49], v[14:15], v[0:1], v[48:49]
	v_pk_fma_f32 v[46:47], v[92:93], v[2:3], v[46:47]
	v_pk_fma_f32 v[44:45], v[94:95], v[4:5], v[44:45]
	v_pk_fma_f32 v[42:43], v[96:97], v[6:7], v[42:43]
	v_pk_fma_f32 v[40:41], v[98:99], v[8:9], v[40:41]
	v_pk_fma_f32 v[38:39], v[100:101], v[10:11], v[38:39]
	v_pk_fma_f32 v[36:37], v[102:103], v[12:13], v[36:37]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_cbranch_scc1 .LBB0_88
; %bb.89:                               ; %Flow
	.loc	1 0 5 is_stmt 0                 ; fused_moe.py:0:5
	s_mov_b64 s[50:51], s[54:55]
.LBB0_90:                               ; %._crit_edge
	.loc	1 126 27 is_stmt 1              ; fused_moe.py:126:27
	v_add_lshl_u32 v0, s58, v141, 2
	v_bfrev_b32_e32 v1, 1
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[4:5], vcc, s[2:3]
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_cndmask_b32_e64 v0, v1, v0, s[4:5]
	v_add_lshl_u32 v2, s58, v140, 2
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_and_b64 s[4:5], vcc, s[0:1]
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 126 27                        ; fused_moe.py:126:27
	v_cndmask_b32_e64 v2, v1, v2, s[4:5]
	buffer_load_dword v86, v0, s[52:55], 0 offen
	buffer_load_dword v84, v2, s[52:55], 0 offen
	.loc	1 127 27                        ; fused_moe.py:127:27
	v_add_lshl_u32 v0, s58, v139, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	v_add_lshl_u32 v2, s58, v138, 2
	v_add_lshl_u32 v3, s58, v137, 2
	v_add_lshl_u32 v4, s58, v136, 2
	v_add_lshl_u32 v5, s58, v135, 2
	v_add_lshl_u32 v6, s58, v134, 2
	v_add_lshl_u32 v7, s58, v133, 2
	v_add_lshl_u32 v8, s58, v73, 2
	v_cndmask_b32_e32 v2, v1, v2, vcc
	v_cndmask_b32_e32 v3, v1, v3, vcc
	v_cndmask_b32_e32 v4, v1, v4, vcc
	v_cndmask_b32_e32 v5, v1, v5, vcc
	v_cndmask_b32_e32 v6, v1, v6, vcc
	v_cndmask_b32_e32 v7, v1, v7, vcc
	v_cndmask_b32_e32 v8, v1, v8, vcc
	buffer_load_dword v82, v0, s[48:51], 0 offen
	buffer_load_dword v83, v2, s[48:51], 0 offen
	buffer_load_dword v80, v3, s[48:51], 0 offen
	buffer_load_dword v81, v4, s[48:51], 0 offen
	buffer_load_dword v76, v5, s[48:51], 0 offen
	buffer_load_dword v77, v6, s[48:51], 0 offen
	buffer_load_dword v72, v7, s[48:51], 0 offen
	buffer_load_dword v73, v8, s[48:51], 0 offen
	v_add_lshl_u32 v0, s58, v132, 2
	v_cndmask_b32_e32 v0, v1, v0, vcc
	v_add_lshl_u32 v2, s58, v131, 2
	v_add_lshl_u32 v3, s58, v130, 2
	v_add_lshl_u32 v4, s58, v129, 2
	v_add_lshl_u32 v5, s58, v71, 2
	v_add_lshl_u32 v6, s58, v69, 2
	v_add_lshl_u32 v7, s58, v31, 2
	v_add_lshl_u32 v8, s58, v29, 2
	v_cndmask_b32_e32 v2, v1, v2, vcc
	v_cndmask_b32_e32 v3, v1, v3, vcc
	v_cndmask_b32_e32 v4, v1, v4, vcc
	v_cndmask_b32_e32 v5, v1, v5, vcc
	v_cndmask_b32_e32 v6, v1, v6, vcc
	v_cndmask_b32_e32 v7, v1, v7, vcc
	v_cndmask_b32_e32 v1, v1, v8, vcc
	buffer_load_dword v78, v0, s[48:51], 0 offen
	buffer_load_dword v79, v2, s[48:51], 0 offen
	buffer_load_dword v74, v3, s[48:51], 0 offen
	buffer_load_dword v75, v4, s[48:51], 0 offen
	buffer_load_dword v70, v5, s[48:51], 0 offen
	buffer_load_dword v71, v6, s[48:51], 0 offen
	buffer_load_dword v68, v7, s[48:51], 0 offen
	buffer_load_dword v69, v1, s[48:51], 0 offen
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_and_b64 s[4:5], vcc, exec
	s_cselect_b32 s4, 1, 0
	s_cmp_lg_u32 s4, 1
	s_cbranch_scc1 .LBB0_92
; %bb.91:
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_lshl_or_b32 v0, s31, 6, v27
	v_xor_b32_e32 v0, v0, v128
	v_or_b32_e32 v14, v0, v25
	v_xad_u32 v0, v14, 56, 0
	ds_read2_b32 v[0:1], v0 offset1:16
	v_mov_b32_e32 v24, 7
	s_movk_i32 s6, 0x7f
	v_mov_b32_e32 v26, 0x7e00
	v_mov_b32_e32 v22, 8
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v3, v24, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_sdwa v5, v24, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v6, 8, v1
	v_and_b32_sdwa v11, v1, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_e32 v8, 7, v6
	v_and_b32_sdwa v12, v1, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[4:5], s6, v11
	v_lshlrev_b16_e32 v7, 8, v6
	v_and_b32_e32 v8, 0x3f80, v8
	v_lshlrev_b16_e32 v10, 7, v1
	v_and_b32_e32 v6, 0x7f, v6
	v_add_u16_e32 v5, 0x2000, v5
	v_cndmask_b32_e64 v3, v26, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v12
	v_lshlrev_b16_sdwa v2, v22, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v4, v22, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v9, 8, v1
	v_and_b32_e32 v10, 0x3f80, v10
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v8, 0x2000, v8
	v_cndmask_b32_e64 v5, v26, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v6
	v_add_u16_e32 v10, 0x2000, v10
	v_mov_b32_e32 v23, 0x1800
	v_cndmask_b32_e64 v8, v26, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v1
	v_mov_b32_e32 v21, 0x1c00
	v_mov_b32_e32 v20, 0x1e00
	v_cndmask_b32_e64 v10, v26, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v11
	v_mov_b32_e32 v19, 0x2000
	v_mov_b32_e32 v18, 0x2100
	v_cndmask_b32_e64 v3, 0, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v12
	v_mov_b32_e32 v17, 0x2200
	v_mov_b32_e32 v16, 0x2300
	v_cndmask_b32_e64 v5, 0, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v6
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v4, 0xffff8000, v4
	v_cndmask_b32_e64 v8, 0, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v1
	v_and_b32_e32 v2, 0xffff8000, v2
	v_accvgpr_write_b32 a0, v173
	v_cndmask_b32_e64 v10, 0, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v11
	v_accvgpr_write_b32 a1, v174
	s_nop 0
	v_cndmask_b32_e64 v3, v23, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v12
	s_nop 1
	v_cndmask_b32_e64 v5, v23, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v23, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v1
	s_nop 1
	v_cndmask_b32_e64 v10, v23, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v21, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v12
	s_nop 1
	v_cndmask_b32_e64 v5, v21, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v21, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v1
	s_nop 1
	v_cndmask_b32_e64 v10, v21, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v20, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v12
	s_nop 1
	v_cndmask_b32_e64 v5, v20, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v20, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v1
	s_nop 1
	v_cndmask_b32_e64 v10, v20, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v19, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v12
	s_nop 1
	v_cndmask_b32_e64 v5, v19, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v19, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v1
	s_nop 1
	v_cndmask_b32_e64 v10, v19, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v18, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v12
	s_nop 1
	v_cndmask_b32_e64 v5, v18, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v18, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v1
	s_nop 1
	v_cndmask_b32_e64 v10, v18, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v17, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v12
	s_nop 1
	v_cndmask_b32_e64 v5, v17, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v17, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v1
	s_nop 1
	v_cndmask_b32_e64 v10, v17, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v16, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v12
	s_nop 1
	v_cndmask_b32_e64 v5, v16, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v6
	s_nop 1
	v_cndmask_b32_e64 v6, v16, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v1
	v_and_b32_e32 v8, 0xffff8000, v9
	s_nop 0
	v_cndmask_b32_e64 v1, v16, v10, s[4:5]
	v_or_b32_e32 v1, v1, v8
	v_accvgpr_write_b32 a2, v1
	v_or_b32_e32 v1, v6, v7
	v_accvgpr_write_b32 a3, v1
	v_or_b32_e32 v1, v5, v4
	v_accvgpr_write_b32 a4, v1
	v_or_b32_e32 v1, v3, v2
	v_accvgpr_write_b32 a5, v1
	v_xad_u32 v1, v14, 48, 0
	ds_read2_b32 v[2:3], v1 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v4, v24, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_sdwa v6, v24, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v7, 8, v3
	v_and_b32_sdwa v12, v3, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v9, 7, v7
	v_and_b32_sdwa v13, v3, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[4:5], s6, v12
	v_lshlrev_b16_e32 v8, 8, v7
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v11, 7, v3
	v_and_b32_e32 v7, 0x7f, v7
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e64 v4, v26, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v13
	v_lshlrev_b16_sdwa v1, v22, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v22, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v10, 8, v3
	v_and_b32_e32 v11, 0x3f80, v11
	v_and_b32_e32 v3, 0x7f, v3
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e64 v6, v26, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v7
	v_add_u16_e32 v11, 0x2000, v11
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v9, v26, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v3
	v_and_b32_e32 v8, 0xffff8000, v8
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e64 v11, v26, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v12
	s_nop 1
	v_cndmask_b32_e64 v4, 0, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v13
	s_nop 1
	v_cndmask_b32_e64 v6, 0, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v7
	s_nop 1
	v_cndmask_b32_e64 v9, 0, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v3
	s_nop 1
	v_cndmask_b32_e64 v11, 0, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v23, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v6, v23, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v7
	s_nop 1
	v_cndmask_b32_e64 v9, v23, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v3
	s_nop 1
	v_cndmask_b32_e64 v11, v23, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v21, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v6, v21, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v7
	s_nop 1
	v_cndmask_b32_e64 v9, v21, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v3
	s_nop 1
	v_cndmask_b32_e64 v11, v21, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v20, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v6, v20, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v7
	s_nop 1
	v_cndmask_b32_e64 v9, v20, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v3
	s_nop 1
	v_cndmask_b32_e64 v11, v20, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v19, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v6, v19, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v7
	s_nop 1
	v_cndmask_b32_e64 v9, v19, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v3
	s_nop 1
	v_cndmask_b32_e64 v11, v19, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v18, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v6, v18, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v7
	s_nop 1
	v_cndmask_b32_e64 v9, v18, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v3
	s_nop 1
	v_cndmask_b32_e64 v11, v18, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v17, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v6, v17, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v7
	s_nop 1
	v_cndmask_b32_e64 v9, v17, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v3
	s_nop 1
	v_cndmask_b32_e64 v11, v17, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v16, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v13
	v_or_b32_e32 v1, v4, v1
	v_accvgpr_write_b32 a9, v1
	v_cndmask_b32_e64 v6, v16, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v7
	v_xad_u32 v1, v14, 40, 0
	s_nop 0
	v_cndmask_b32_e64 v7, v16, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v3
	v_and_b32_e32 v9, 0xffff8000, v10
	s_nop 0
	v_cndmask_b32_e64 v3, v16, v11, s[4:5]
	v_or_b32_e32 v3, v3, v9
	v_accvgpr_write_b32 a6, v3
	v_or_b32_e32 v3, v7, v8
	v_accvgpr_write_b32 a7, v3
	v_or_b32_e32 v3, v6, v5
	ds_read2_b32 v[4:5], v1 offset1:16
	v_accvgpr_write_b32 a8, v3
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v3, v24, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_sdwa v7, v24, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v8, 8, v5
	v_and_b32_sdwa v13, v5, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v10, 7, v8
	v_and_b32_sdwa v15, v5, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[4:5], s6, v13
	v_lshlrev_b16_e32 v9, 8, v8
	v_and_b32_e32 v10, 0x3f80, v10
	v_lshlrev_b16_e32 v12, 7, v5
	v_and_b32_e32 v8, 0x7f, v8
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e64 v3, v26, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v15
	v_lshlrev_b16_sdwa v1, v22, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v6, v22, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v11, 8, v5
	v_and_b32_e32 v12, 0x3f80, v12
	v_and_b32_e32 v5, 0x7f, v5
	v_add_u16_e32 v10, 0x2000, v10
	v_cndmask_b32_e64 v7, v26, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v8
	v_add_u16_e32 v12, 0x2000, v12
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v10, v26, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v5
	v_and_b32_e32 v9, 0xffff8000, v9
	v_and_b32_e32 v6, 0xffff8000, v6
	v_cndmask_b32_e64 v12, v26, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v13
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v15
	s_nop 1
	v_cndmask_b32_e64 v7, 0, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v8
	s_nop 1
	v_cndmask_b32_e64 v10, 0, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v5
	s_nop 1
	v_cndmask_b32_e64 v12, 0, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v23, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v7, v23, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v8
	s_nop 1
	v_cndmask_b32_e64 v10, v23, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v5
	s_nop 1
	v_cndmask_b32_e64 v12, v23, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v21, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v7, v21, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v8
	s_nop 1
	v_cndmask_b32_e64 v10, v21, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v5
	s_nop 1
	v_cndmask_b32_e64 v12, v21, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v20, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v7, v20, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v8
	s_nop 1
	v_cndmask_b32_e64 v10, v20, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v5
	s_nop 1
	v_cndmask_b32_e64 v12, v20, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v19, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v7, v19, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v8
	s_nop 1
	v_cndmask_b32_e64 v10, v19, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v5
	s_nop 1
	v_cndmask_b32_e64 v12, v19, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v18, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v7, v18, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v8
	s_nop 1
	v_cndmask_b32_e64 v10, v18, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v5
	s_nop 1
	v_cndmask_b32_e64 v12, v18, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v17, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v7, v17, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v8
	s_nop 1
	v_cndmask_b32_e64 v10, v17, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v5
	s_nop 1
	v_cndmask_b32_e64 v12, v17, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v16, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v15
	v_or_b32_e32 v1, v3, v1
	v_accvgpr_write_b32 a13, v1
	v_cndmask_b32_e64 v7, v16, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v8
	v_xad_u32 v1, v14, 32, 0
	s_nop 0
	v_cndmask_b32_e64 v8, v16, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v5
	v_and_b32_e32 v10, 0xffff8000, v11
	s_nop 0
	v_cndmask_b32_e64 v5, v16, v12, s[4:5]
	v_or_b32_e32 v5, v5, v10
	v_accvgpr_write_b32 a10, v5
	v_or_b32_e32 v5, v8, v9
	v_accvgpr_write_b32 a11, v5
	v_or_b32_e32 v5, v7, v6
	ds_read2_b32 v[6:7], v1 offset1:16
	v_accvgpr_write_b32 a12, v5
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v3, v24, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_sdwa v8, v24, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v9, 8, v7
	v_and_b32_sdwa v15, v7, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v8, 0x3f80, v8
	v_lshlrev_b16_e32 v11, 7, v9
	v_and_b32_sdwa v28, v7, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[4:5], s6, v15
	v_lshlrev_b16_e32 v10, 8, v9
	v_and_b32_e32 v11, 0x3f80, v11
	v_lshlrev_b16_e32 v13, 7, v7
	v_and_b32_e32 v9, 0x7f, v9
	v_add_u16_e32 v8, 0x2000, v8
	v_cndmask_b32_e64 v3, v26, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v28
	v_lshlrev_b16_sdwa v1, v22, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v22, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v12, 8, v7
	v_and_b32_e32 v13, 0x3f80, v13
	v_and_b32_e32 v7, 0x7f, v7
	v_add_u16_e32 v11, 0x2000, v11
	v_cndmask_b32_e64 v8, v26, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v9
	v_add_u16_e32 v13, 0x2000, v13
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v11, v26, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v7
	v_and_b32_e32 v5, 0xffff8000, v5
	v_and_b32_e32 v10, 0xffff8000, v10
	v_cndmask_b32_e64 v13, v26, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v15
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v28
	s_nop 1
	v_cndmask_b32_e64 v8, 0, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v9
	s_nop 1
	v_cndmask_b32_e64 v11, 0, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v7
	s_nop 1
	v_cndmask_b32_e64 v13, 0, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v23, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v28
	s_nop 1
	v_cndmask_b32_e64 v8, v23, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v11, v23, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v7
	s_nop 1
	v_cndmask_b32_e64 v13, v23, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v21, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v28
	s_nop 1
	v_cndmask_b32_e64 v8, v21, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v11, v21, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v7
	s_nop 1
	v_cndmask_b32_e64 v13, v21, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v20, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v28
	s_nop 1
	v_cndmask_b32_e64 v8, v20, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v11, v20, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v7
	s_nop 1
	v_cndmask_b32_e64 v13, v20, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v19, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v28
	s_nop 1
	v_cndmask_b32_e64 v8, v19, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v11, v19, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v7
	s_nop 1
	v_cndmask_b32_e64 v13, v19, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v18, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v28
	s_nop 1
	v_cndmask_b32_e64 v8, v18, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v11, v18, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v7
	s_nop 1
	v_cndmask_b32_e64 v13, v18, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v17, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v28
	s_nop 1
	v_cndmask_b32_e64 v8, v17, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v11, v17, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v7
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v16, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v28
	v_or_b32_e32 v181, v3, v1
	v_xad_u32 v1, v14, 24, 0
	v_cndmask_b32_e64 v8, v16, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v9
	v_or_b32_e32 v177, v8, v5
	s_nop 0
	v_cndmask_b32_e64 v9, v16, v11, s[4:5]
	v_or_b32_e32 v180, v9, v10
	ds_read2_b32 v[8:9], v1 offset1:16
	v_cmp_ne_u16_e64 s[4:5], 7, v7
	v_and_b32_e32 v11, 0xffff8000, v12
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v3, v24, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v7, v16, v13, s[4:5]
	v_or_b32_e32 v179, v7, v11
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_sdwa v7, v24, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v10, 8, v9
	v_and_b32_sdwa v28, v9, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v12, 7, v10
	v_and_b32_sdwa v29, v9, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[4:5], s6, v28
	v_lshlrev_b16_e32 v11, 8, v10
	v_and_b32_e32 v12, 0x3f80, v12
	v_lshlrev_b16_e32 v15, 7, v9
	v_and_b32_e32 v10, 0x7f, v10
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e64 v3, v26, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v29
	v_lshlrev_b16_sdwa v1, v22, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v22, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v13, 8, v9
	v_and_b32_e32 v15, 0x3f80, v15
	v_and_b32_e32 v9, 0x7f, v9
	v_add_u16_e32 v12, 0x2000, v12
	v_cndmask_b32_e64 v7, v26, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v10
	v_add_u16_e32 v15, 0x2000, v15
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v12, v26, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v9
	v_and_b32_e32 v11, 0xffff8000, v11
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e64 v15, v26, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v28
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v29
	s_nop 1
	v_cndmask_b32_e64 v7, 0, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v10
	s_nop 1
	v_cndmask_b32_e64 v12, 0, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v9
	s_nop 1
	v_cndmask_b32_e64 v15, 0, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v28
	s_nop 1
	v_cndmask_b32_e64 v3, v23, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v29
	s_nop 1
	v_cndmask_b32_e64 v7, v23, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v10
	s_nop 1
	v_cndmask_b32_e64 v12, v23, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v23, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v28
	s_nop 1
	v_cndmask_b32_e64 v3, v21, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v29
	s_nop 1
	v_cndmask_b32_e64 v7, v21, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v10
	s_nop 1
	v_cndmask_b32_e64 v12, v21, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v21, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v28
	s_nop 1
	v_cndmask_b32_e64 v3, v20, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v29
	s_nop 1
	v_cndmask_b32_e64 v7, v20, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v10
	s_nop 1
	v_cndmask_b32_e64 v12, v20, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v20, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v28
	s_nop 1
	v_cndmask_b32_e64 v3, v19, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v29
	s_nop 1
	v_cndmask_b32_e64 v7, v19, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v10
	s_nop 1
	v_cndmask_b32_e64 v12, v19, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v19, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v28
	s_nop 1
	v_cndmask_b32_e64 v3, v18, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v29
	s_nop 1
	v_cndmask_b32_e64 v7, v18, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v10
	s_nop 1
	v_cndmask_b32_e64 v12, v18, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v18, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v28
	s_nop 1
	v_cndmask_b32_e64 v3, v17, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v29
	s_nop 1
	v_cndmask_b32_e64 v7, v17, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v10
	s_nop 1
	v_cndmask_b32_e64 v12, v17, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v17, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v28
	s_nop 1
	v_cndmask_b32_e64 v3, v16, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v29
	v_or_b32_e32 v123, v3, v1
	v_xad_u32 v1, v14, 16, 0
	v_cndmask_b32_e64 v7, v16, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v10
	v_or_b32_e32 v129, v7, v5
	s_nop 0
	v_cndmask_b32_e64 v10, v16, v12, s[4:5]
	v_or_b32_e32 v126, v10, v11
	ds_read2_b32 v[10:11], v1 offset1:16
	v_cmp_ne_u16_e64 s[4:5], 7, v9
	v_and_b32_e32 v12, 0xffff8000, v13
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v3, v24, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v9, v16, v15, s[4:5]
	v_or_b32_e32 v127, v9, v12
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_sdwa v7, v24, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v9, 8, v11
	v_and_b32_sdwa v29, v11, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v13, 7, v9
	v_and_b32_sdwa v30, v11, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[4:5], s6, v29
	v_lshlrev_b16_e32 v12, 8, v9
	v_and_b32_e32 v13, 0x3f80, v13
	v_lshlrev_b16_e32 v28, 7, v11
	v_and_b32_e32 v9, 0x7f, v9
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e64 v3, v26, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v30
	v_lshlrev_b16_sdwa v1, v22, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v22, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v15, 8, v11
	v_and_b32_e32 v28, 0x3f80, v28
	v_and_b32_e32 v11, 0x7f, v11
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e64 v7, v26, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v9
	v_add_u16_e32 v28, 0x2000, v28
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v13, v26, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v11
	v_and_b32_e32 v12, 0xffff8000, v12
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e64 v28, v26, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v29
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v30
	s_nop 1
	v_cndmask_b32_e64 v7, 0, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v9
	s_nop 1
	v_cndmask_b32_e64 v13, 0, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v11
	s_nop 1
	v_cndmask_b32_e64 v28, 0, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v29
	s_nop 1
	v_cndmask_b32_e64 v3, v23, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v30
	s_nop 1
	v_cndmask_b32_e64 v7, v23, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v23, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v28, v23, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v29
	s_nop 1
	v_cndmask_b32_e64 v3, v21, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v30
	s_nop 1
	v_cndmask_b32_e64 v7, v21, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v21, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v28, v21, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v29
	s_nop 1
	v_cndmask_b32_e64 v3, v20, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v30
	s_nop 1
	v_cndmask_b32_e64 v7, v20, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v20, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v28, v20, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v29
	s_nop 1
	v_cndmask_b32_e64 v3, v19, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v30
	s_nop 1
	v_cndmask_b32_e64 v7, v19, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v19, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v28, v19, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v29
	s_nop 1
	v_cndmask_b32_e64 v3, v18, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v30
	s_nop 1
	v_cndmask_b32_e64 v7, v18, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v18, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v28, v18, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v29
	s_nop 1
	v_cndmask_b32_e64 v3, v17, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v30
	s_nop 1
	v_cndmask_b32_e64 v7, v17, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v28, v17, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v29
	s_nop 1
	v_cndmask_b32_e64 v3, v16, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v30
	v_or_b32_e32 v119, v3, v1
	v_xad_u32 v1, v14, 8, 0
	v_cndmask_b32_e64 v7, v16, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v9
	v_or_b32_e32 v131, v7, v5
	s_nop 0
	v_cndmask_b32_e64 v9, v16, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v11
	v_and_b32_e32 v13, 0xffff8000, v15
	v_or_b32_e32 v122, v9, v12
	v_cndmask_b32_e64 v11, v16, v28, s[4:5]
	v_or_b32_e32 v130, v11, v13
	ds_read2_b32 v[12:13], v1 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v3, v24, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_sdwa v7, v24, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v9, 8, v13
	v_and_b32_sdwa v30, v13, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v15, 7, v9
	v_and_b32_sdwa v31, v13, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[4:5], s6, v30
	v_lshlrev_b16_e32 v11, 8, v9
	v_and_b32_e32 v15, 0x3f80, v15
	v_lshlrev_b16_e32 v29, 7, v13
	v_and_b32_e32 v9, 0x7f, v9
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e64 v3, v26, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v31
	v_lshlrev_b16_sdwa v1, v22, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v22, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v28, 8, v13
	v_and_b32_e32 v29, 0x3f80, v29
	v_and_b32_e32 v13, 0x7f, v13
	v_add_u16_e32 v15, 0x2000, v15
	v_cndmask_b32_e64 v7, v26, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v9
	v_add_u16_e32 v29, 0x2000, v29
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v15, v26, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v13
	v_and_b32_e32 v5, 0xffff8000, v5
	v_and_b32_e32 v11, 0xffff8000, v11
	v_cndmask_b32_e64 v29, v26, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v30
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v31
	s_nop 1
	v_cndmask_b32_e64 v7, 0, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v9
	s_nop 1
	v_cndmask_b32_e64 v15, 0, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v13
	s_nop 1
	v_cndmask_b32_e64 v29, 0, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v30
	s_nop 1
	v_cndmask_b32_e64 v3, v23, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v31
	s_nop 1
	v_cndmask_b32_e64 v7, v23, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v23, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v29, v23, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v30
	s_nop 1
	v_cndmask_b32_e64 v3, v21, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v31
	s_nop 1
	v_cndmask_b32_e64 v7, v21, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v21, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v29, v21, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v30
	s_nop 1
	v_cndmask_b32_e64 v3, v20, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v31
	s_nop 1
	v_cndmask_b32_e64 v7, v20, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v20, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v29, v20, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v30
	s_nop 1
	v_cndmask_b32_e64 v3, v19, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v31
	s_nop 1
	v_cndmask_b32_e64 v7, v19, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v19, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v29, v19, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v30
	s_nop 1
	v_cndmask_b32_e64 v3, v18, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v31
	s_nop 1
	v_cndmask_b32_e64 v7, v18, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v18, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v29, v18, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v30
	s_nop 1
	v_cndmask_b32_e64 v3, v17, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v31
	s_nop 1
	v_cndmask_b32_e64 v7, v17, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v15, v17, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v29, v17, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v30
	s_nop 1
	v_cndmask_b32_e64 v3, v16, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v31
	v_or_b32_e32 v115, v3, v1
	v_add_u32_e32 v1, 0, v14
	v_cndmask_b32_e64 v7, v16, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v9
	v_or_b32_e32 v133, v7, v5
	s_nop 0
	v_cndmask_b32_e64 v9, v16, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v13
	v_and_b32_e32 v15, 0xffff8000, v28
	v_or_b32_e32 v118, v9, v11
	v_cndmask_b32_e64 v13, v16, v29, s[4:5]
	v_or_b32_e32 v132, v13, v15
	ds_read2_b32 v[14:15], v1 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v3, v24, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_sdwa v7, v24, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v9, 8, v15
	v_and_b32_sdwa v30, v15, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v13, 7, v9
	v_and_b32_sdwa v31, v15, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[4:5], s6, v30
	v_lshlrev_b16_e32 v11, 8, v9
	v_and_b32_e32 v13, 0x3f80, v13
	v_lshlrev_b16_e32 v29, 7, v15
	v_and_b32_e32 v9, 0x7f, v9
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e64 v3, v26, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v31
	v_lshlrev_b16_sdwa v1, v22, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v22, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v28, 8, v15
	v_and_b32_e32 v29, 0x3f80, v29
	v_and_b32_e32 v15, 0x7f, v15
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e64 v7, v26, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v9
	v_add_u16_e32 v29, 0x2000, v29
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v13, v26, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v15
	v_and_b32_e32 v5, 0xffff8000, v5
	v_and_b32_e32 v11, 0xffff8000, v11
	v_cndmask_b32_e64 v29, v26, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v30
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v31
	s_nop 1
	v_cndmask_b32_e64 v7, 0, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v9
	s_nop 1
	v_cndmask_b32_e64 v13, 0, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v15
	s_nop 1
	v_cndmask_b32_e64 v29, 0, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v30
	s_nop 1
	v_cndmask_b32_e64 v3, v23, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v31
	s_nop 1
	v_cndmask_b32_e64 v7, v23, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v23, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v29, v23, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v30
	s_nop 1
	v_cndmask_b32_e64 v3, v21, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v31
	s_nop 1
	v_cndmask_b32_e64 v7, v21, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v21, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v29, v21, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v30
	s_nop 1
	v_cndmask_b32_e64 v3, v20, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v31
	s_nop 1
	v_cndmask_b32_e64 v7, v20, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v20, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v29, v20, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v30
	s_nop 1
	v_cndmask_b32_e64 v3, v19, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v31
	s_nop 1
	v_cndmask_b32_e64 v7, v19, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v19, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v29, v19, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v30
	s_nop 1
	v_cndmask_b32_e64 v3, v18, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v31
	s_nop 1
	v_cndmask_b32_e64 v7, v18, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v18, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v29, v18, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v30
	s_nop 1
	v_cndmask_b32_e64 v3, v17, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v31
	s_nop 1
	v_cndmask_b32_e64 v7, v17, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v29, v17, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v30
	v_and_b32_sdwa v30, v0, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v3, v16, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v31
	v_or_b32_e32 v87, v3, v1
	v_lshlrev_b16_sdwa v3, v24, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v7, v16, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v9
	v_or_b32_e32 v135, v7, v5
	v_and_b32_e32 v3, 0x3f80, v3
	v_cndmask_b32_e64 v9, v16, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v15
	v_and_b32_e32 v15, 0xffff8000, v28
	v_or_b32_e32 v114, v9, v11
	v_cndmask_b32_e64 v13, v16, v29, s[4:5]
	v_lshlrev_b16_sdwa v7, v24, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v9, 8, v0
	v_and_b32_sdwa v29, v0, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v134, v13, v15
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v13, 7, v9
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[4:5], s6, v29
	v_lshlrev_b16_e32 v11, 8, v9
	v_and_b32_e32 v13, 0x3f80, v13
	v_lshlrev_b16_e32 v28, 7, v0
	v_and_b32_e32 v9, 0x7f, v9
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e64 v3, v26, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v30
	v_lshlrev_b16_sdwa v1, v22, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v22, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v15, 8, v0
	v_and_b32_e32 v28, 0x3f80, v28
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e64 v7, v26, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v9
	v_add_u16_e32 v28, 0x2000, v28
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v13, v26, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v0
	v_and_b32_e32 v5, 0xffff8000, v5
	v_and_b32_e32 v11, 0xffff8000, v11
	v_cndmask_b32_e64 v28, v26, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v29
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v30
	s_nop 1
	v_cndmask_b32_e64 v7, 0, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v9
	s_nop 1
	v_cndmask_b32_e64 v13, 0, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v0
	s_nop 1
	v_cndmask_b32_e64 v28, 0, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v29
	s_nop 1
	v_cndmask_b32_e64 v3, v23, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v30
	s_nop 1
	v_cndmask_b32_e64 v7, v23, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v23, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v0
	s_nop 1
	v_cndmask_b32_e64 v28, v23, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v29
	s_nop 1
	v_cndmask_b32_e64 v3, v21, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v30
	s_nop 1
	v_cndmask_b32_e64 v7, v21, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v21, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v0
	s_nop 1
	v_cndmask_b32_e64 v28, v21, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v29
	s_nop 1
	v_cndmask_b32_e64 v3, v20, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v30
	s_nop 1
	v_cndmask_b32_e64 v7, v20, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v20, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v0
	s_nop 1
	v_cndmask_b32_e64 v28, v20, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v29
	s_nop 1
	v_cndmask_b32_e64 v3, v19, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v30
	s_nop 1
	v_cndmask_b32_e64 v7, v19, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v19, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v0
	s_nop 1
	v_cndmask_b32_e64 v28, v19, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v29
	s_nop 1
	v_cndmask_b32_e64 v3, v18, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v30
	s_nop 1
	v_cndmask_b32_e64 v7, v18, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v18, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v0
	s_nop 1
	v_cndmask_b32_e64 v28, v18, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v29
	s_nop 1
	v_cndmask_b32_e64 v3, v17, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v30
	s_nop 1
	v_cndmask_b32_e64 v7, v17, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v0
	s_nop 1
	v_cndmask_b32_e64 v28, v17, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v29
	v_and_b32_sdwa v29, v2, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v3, v16, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v30
	v_or_b32_e32 v192, v3, v1
	v_lshlrev_b16_sdwa v1, v24, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v7, v16, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v9
	v_or_b32_e32 v137, v7, v5
	v_and_b32_e32 v1, 0x3f80, v1
	v_cndmask_b32_e64 v9, v16, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v0
	v_lshlrev_b16_sdwa v5, v24, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v7, 8, v2
	v_cndmask_b32_e64 v0, v16, v28, s[4:5]
	v_and_b32_sdwa v28, v2, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v85, v9, v11
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_e32 v11, 7, v7
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[4:5], s6, v28
	v_and_b32_e32 v13, 0xffff8000, v15
	v_lshlrev_b16_e32 v9, 8, v7
	v_and_b32_e32 v11, 0x3f80, v11
	v_lshlrev_b16_e32 v15, 7, v2
	v_and_b32_e32 v7, 0x7f, v7
	v_add_u16_e32 v5, 0x2000, v5
	v_cndmask_b32_e64 v1, v26, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v29
	v_or_b32_e32 v136, v0, v13
	v_lshlrev_b16_sdwa v0, v22, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v3, v22, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v13, 8, v2
	v_and_b32_e32 v15, 0x3f80, v15
	v_and_b32_e32 v2, 0x7f, v2
	v_add_u16_e32 v11, 0x2000, v11
	v_cndmask_b32_e64 v5, v26, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v7
	v_add_u16_e32 v15, 0x2000, v15
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v11, v26, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v2
	v_and_b32_e32 v3, 0xffff8000, v3
	v_and_b32_e32 v9, 0xffff8000, v9
	v_cndmask_b32_e64 v15, v26, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v28
	s_nop 1
	v_cndmask_b32_e64 v1, 0, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v29
	s_nop 1
	v_cndmask_b32_e64 v5, 0, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v7
	s_nop 1
	v_cndmask_b32_e64 v11, 0, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v2
	s_nop 1
	v_cndmask_b32_e64 v15, 0, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v28
	s_nop 1
	v_cndmask_b32_e64 v1, v23, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v29
	s_nop 1
	v_cndmask_b32_e64 v5, v23, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v7
	s_nop 1
	v_cndmask_b32_e64 v11, v23, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v2
	s_nop 1
	v_cndmask_b32_e64 v15, v23, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v28
	s_nop 1
	v_cndmask_b32_e64 v1, v21, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v29
	s_nop 1
	v_cndmask_b32_e64 v5, v21, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v7
	s_nop 1
	v_cndmask_b32_e64 v11, v21, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v15, v21, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v28
	s_nop 1
	v_cndmask_b32_e64 v1, v20, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v29
	s_nop 1
	v_cndmask_b32_e64 v5, v20, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v7
	s_nop 1
	v_cndmask_b32_e64 v11, v20, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v15, v20, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v28
	s_nop 1
	v_cndmask_b32_e64 v1, v19, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v29
	s_nop 1
	v_cndmask_b32_e64 v5, v19, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v7
	s_nop 1
	v_cndmask_b32_e64 v11, v19, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v15, v19, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v28
	s_nop 1
	v_cndmask_b32_e64 v1, v18, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v29
	s_nop 1
	v_cndmask_b32_e64 v5, v18, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v7
	s_nop 1
	v_cndmask_b32_e64 v11, v18, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v15, v18, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v28
	s_nop 1
	v_cndmask_b32_e64 v1, v17, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v29
	s_nop 1
	v_cndmask_b32_e64 v5, v17, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v7
	s_nop 1
	v_cndmask_b32_e64 v11, v17, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v15, v17, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v28
	v_and_b32_sdwa v28, v4, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v1, v16, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v29
	v_or_b32_e32 v194, v1, v0
	v_lshlrev_b16_sdwa v1, v24, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v5, v16, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v7
	v_or_b32_e32 v139, v5, v3
	v_and_b32_e32 v1, 0x3f80, v1
	v_cndmask_b32_e64 v7, v16, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v2
	v_lshlrev_b16_sdwa v3, v24, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v5, 8, v4
	v_cndmask_b32_e64 v2, v16, v15, s[4:5]
	v_and_b32_sdwa v15, v4, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v193, v7, v9
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_e32 v9, 7, v5
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[4:5], s6, v15
	v_and_b32_e32 v11, 0xffff8000, v13
	v_lshlrev_b16_e32 v7, 8, v5
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v13, 7, v4
	v_and_b32_e32 v5, 0x7f, v5
	v_add_u16_e32 v3, 0x2000, v3
	v_cndmask_b32_e64 v1, v26, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v28
	v_or_b32_e32 v138, v2, v11
	v_lshlrev_b16_sdwa v0, v22, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v2, v22, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v11, 8, v4
	v_and_b32_e32 v13, 0x3f80, v13
	v_and_b32_e32 v4, 0x7f, v4
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e64 v3, v26, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v5
	v_add_u16_e32 v13, 0x2000, v13
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v9, v26, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v4
	v_and_b32_e32 v2, 0xffff8000, v2
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e64 v13, v26, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v15
	s_nop 1
	v_cndmask_b32_e64 v1, 0, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v28
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v5
	s_nop 1
	v_cndmask_b32_e64 v9, 0, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v4
	s_nop 1
	v_cndmask_b32_e64 v13, 0, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v1, v23, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v28
	s_nop 1
	v_cndmask_b32_e64 v3, v23, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v5
	s_nop 1
	v_cndmask_b32_e64 v9, v23, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v4
	s_nop 1
	v_cndmask_b32_e64 v13, v23, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v1, v21, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v28
	s_nop 1
	v_cndmask_b32_e64 v3, v21, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v5
	s_nop 1
	v_cndmask_b32_e64 v9, v21, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v13, v21, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v1, v20, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v28
	s_nop 1
	v_cndmask_b32_e64 v3, v20, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v5
	s_nop 1
	v_cndmask_b32_e64 v9, v20, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v13, v20, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v1, v19, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v28
	s_nop 1
	v_cndmask_b32_e64 v3, v19, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v5
	s_nop 1
	v_cndmask_b32_e64 v9, v19, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v13, v19, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v1, v18, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v28
	s_nop 1
	v_cndmask_b32_e64 v3, v18, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v5
	s_nop 1
	v_cndmask_b32_e64 v9, v18, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v13, v18, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v1, v17, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v28
	s_nop 1
	v_cndmask_b32_e64 v3, v17, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v5
	s_nop 1
	v_cndmask_b32_e64 v9, v17, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v15
	v_and_b32_sdwa v15, v6, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v1, v16, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v28
	v_or_b32_e32 v196, v1, v0
	v_lshlrev_b16_sdwa v1, v24, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v3, v16, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v5
	v_or_b32_e32 v141, v3, v2
	v_and_b32_e32 v1, 0x3f80, v1
	v_cndmask_b32_e64 v5, v16, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v4
	v_and_b32_e32 v9, 0xffff8000, v11
	v_lshlrev_b16_sdwa v3, v24, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v4, v16, v13, s[4:5]
	v_or_b32_e32 v140, v4, v9
	v_lshrrev_b32_e32 v4, 8, v6
	v_and_b32_sdwa v13, v6, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v195, v5, v7
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_e32 v7, 7, v4
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[4:5], s6, v13
	v_lshlrev_b16_e32 v5, 8, v4
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v11, 7, v6
	v_and_b32_e32 v4, 0x7f, v4
	v_add_u16_e32 v3, 0x2000, v3
	v_cndmask_b32_e64 v1, v26, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v15
	v_lshlrev_b16_sdwa v0, v22, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v2, v22, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v9, 8, v6
	v_and_b32_e32 v11, 0x3f80, v11
	v_and_b32_e32 v6, 0x7f, v6
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e64 v3, v26, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v4
	v_add_u16_e32 v11, 0x2000, v11
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v7, v26, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v6
	v_and_b32_e32 v2, 0xffff8000, v2
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e64 v11, v26, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v13
	s_nop 1
	v_cndmask_b32_e64 v1, 0, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v15
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v4
	s_nop 1
	v_cndmask_b32_e64 v7, 0, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v6
	s_nop 1
	v_cndmask_b32_e64 v11, 0, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v23, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v23, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v4
	s_nop 1
	v_cndmask_b32_e64 v7, v23, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v11, v23, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v21, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v21, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v7, v21, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v11, v21, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v20, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v20, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v7, v20, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v11, v20, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v19, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v19, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v7, v19, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v11, v19, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v18, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v18, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v7, v18, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v11, v18, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v17, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v3, v17, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v7, v17, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v11, v17, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v13
	v_and_b32_sdwa v13, v8, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v1, v16, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v15
	v_or_b32_e32 v198, v1, v0
	v_lshlrev_b16_sdwa v1, v24, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v3, v16, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v4
	v_or_b32_e32 v143, v3, v2
	v_and_b32_e32 v1, 0x3f80, v1
	v_cndmask_b32_e64 v4, v16, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v6
	v_and_b32_e32 v7, 0xffff8000, v9
	v_or_b32_e32 v197, v4, v5
	v_cndmask_b32_e64 v6, v16, v11, s[4:5]
	v_lshlrev_b16_sdwa v3, v24, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v4, 8, v8
	v_and_b32_sdwa v11, v8, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v142, v6, v7
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_e32 v6, 7, v4
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[4:5], s6, v11
	v_lshlrev_b16_e32 v5, 8, v4
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v9, 7, v8
	v_and_b32_e32 v4, 0x7f, v4
	v_add_u16_e32 v3, 0x2000, v3
	v_cndmask_b32_e64 v1, v26, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v13
	v_lshlrev_b16_sdwa v0, v22, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v2, v22, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v7, 8, v8
	v_and_b32_e32 v9, 0x3f80, v9
	v_and_b32_e32 v8, 0x7f, v8
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e64 v3, v26, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v4
	v_add_u16_e32 v9, 0x2000, v9
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v6, v26, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v8
	v_and_b32_e32 v2, 0xffff8000, v2
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e64 v9, v26, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v11
	v_and_b32_e32 v7, 0xffff8000, v7
	s_nop 0
	v_cndmask_b32_e64 v1, 0, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v13
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v4
	s_nop 1
	v_cndmask_b32_e64 v6, 0, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v8
	s_nop 1
	v_cndmask_b32_e64 v9, 0, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v23, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v23, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v23, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v8
	s_nop 1
	v_cndmask_b32_e64 v9, v23, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v21, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v21, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v21, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v8
	s_nop 1
	v_cndmask_b32_e64 v9, v21, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v20, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v20, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v20, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v8
	s_nop 1
	v_cndmask_b32_e64 v9, v20, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v19, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v19, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v19, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v8
	s_nop 1
	v_cndmask_b32_e64 v9, v19, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v18, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v18, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v18, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v8
	s_nop 1
	v_cndmask_b32_e64 v9, v18, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v17, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v3, v17, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v17, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v8
	s_nop 1
	v_cndmask_b32_e64 v9, v17, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v11
	v_and_b32_sdwa v11, v10, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v1, v16, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v13
	v_or_b32_e32 v200, v1, v0
	v_lshlrev_b16_sdwa v1, v24, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v3, v16, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v4
	v_or_b32_e32 v145, v3, v2
	v_and_b32_e32 v1, 0x3f80, v1
	v_cndmask_b32_e64 v4, v16, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v8
	v_or_b32_e32 v199, v4, v5
	v_lshlrev_b16_sdwa v3, v24, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v6, v16, v9, s[4:5]
	v_lshrrev_b32_e32 v4, 8, v10
	v_and_b32_sdwa v9, v10, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v144, v6, v7
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_e32 v6, 7, v4
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[4:5], s6, v9
	v_lshlrev_b16_e32 v5, 8, v4
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v8, 7, v10
	v_and_b32_e32 v4, 0x7f, v4
	v_add_u16_e32 v3, 0x2000, v3
	v_cndmask_b32_e64 v1, v26, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v11
	v_lshlrev_b16_sdwa v0, v22, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v2, v22, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v7, 8, v10
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v10, 0x7f, v10
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e64 v3, v26, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v4
	v_add_u16_e32 v8, 0x2000, v8
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v6, v26, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v10
	v_and_b32_e32 v2, 0xffff8000, v2
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e64 v8, v26, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v9
	v_and_b32_e32 v7, 0xffff8000, v7
	s_nop 0
	v_cndmask_b32_e64 v1, 0, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v11
	s_nop 1
	v_cndmask_b32_e64 v3, 0, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v4
	s_nop 1
	v_cndmask_b32_e64 v6, 0, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v10
	s_nop 1
	v_cndmask_b32_e64 v8, 0, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v23, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v23, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v23, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v23, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v21, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v21, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v21, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v21, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v20, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v20, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v20, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v20, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v19, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v19, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v19, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v19, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v18, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v18, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v18, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v18, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v17, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v17, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v17, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v10
	s_nop 1
	v_cndmask_b32_e64 v8, v17, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v9
	v_and_b32_sdwa v9, v12, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v1, v16, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v11
	v_or_b32_e32 v202, v1, v0
	v_lshlrev_b16_sdwa v1, v24, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v3, v16, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v4
	v_or_b32_e32 v147, v3, v2
	v_and_b32_e32 v1, 0x3f80, v1
	v_cndmask_b32_e64 v4, v16, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v10
	v_or_b32_e32 v201, v4, v5
	v_lshlrev_b16_sdwa v3, v24, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v6, v16, v8, s[4:5]
	v_lshrrev_b32_e32 v4, 8, v12
	v_or_b32_e32 v146, v6, v7
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_e32 v6, 7, v4
	v_and_b32_sdwa v10, v12, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[4:5], s6, v9
	v_lshlrev_b16_e32 v5, 8, v4
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v8, 7, v12
	v_and_b32_e32 v4, 0x7f, v4
	v_add_u16_e32 v3, 0x2000, v3
	v_cndmask_b32_e64 v1, v26, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v10
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v11, 0x7f, v12
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e64 v3, v26, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v4
	v_add_u16_e32 v8, 0x2000, v8
	v_lshlrev_b16_sdwa v0, v22, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v6, v26, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v11
	v_lshlrev_b16_sdwa v2, v22, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v8, v26, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v9
	v_lshlrev_b16_e32 v7, 8, v12
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v1, 0, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v10
	v_and_b32_e32 v5, 0xffff8000, v5
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e64 v3, 0, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v4
	s_nop 1
	v_cndmask_b32_e64 v6, 0, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v11
	s_nop 1
	v_cndmask_b32_e64 v8, 0, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v23, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v10
	s_nop 1
	v_cndmask_b32_e64 v3, v23, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v23, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v8, v23, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v21, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v10
	s_nop 1
	v_cndmask_b32_e64 v3, v21, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v21, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v8, v21, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v20, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v10
	s_nop 1
	v_cndmask_b32_e64 v3, v20, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v20, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v8, v20, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v19, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v10
	s_nop 1
	v_cndmask_b32_e64 v3, v19, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v19, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v8, v19, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v18, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v10
	s_nop 1
	v_cndmask_b32_e64 v3, v18, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v18, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v8, v18, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v17, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v10
	s_nop 1
	v_cndmask_b32_e64 v3, v17, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v17, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v8, v17, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v9
	v_and_b32_sdwa v9, v14, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v1, v16, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v10
	v_or_b32_e32 v204, v1, v0
	v_lshlrev_b16_sdwa v1, v24, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v3, v16, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v4
	v_or_b32_e32 v149, v3, v2
	v_and_b32_e32 v1, 0x3f80, v1
	v_cndmask_b32_e64 v4, v16, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v11
	v_or_b32_e32 v203, v4, v5
	v_lshlrev_b16_sdwa v3, v24, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v6, v16, v8, s[4:5]
	v_lshrrev_b32_e32 v4, 8, v14
	v_or_b32_e32 v148, v6, v7
	v_and_b32_e32 v3, 0x3f80, v3
	v_lshlrev_b16_e32 v6, 7, v4
	v_and_b32_sdwa v10, v14, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[4:5], s6, v9
	v_lshlrev_b16_e32 v5, 8, v4
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v8, 7, v14
	v_and_b32_e32 v4, 0x7f, v4
	v_add_u16_e32 v3, 0x2000, v3
	v_cndmask_b32_e64 v1, v26, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v10
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v11, 0x7f, v14
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e64 v3, v26, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v4
	v_add_u16_e32 v8, 0x2000, v8
	v_lshlrev_b16_sdwa v0, v22, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v6, v26, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v11
	v_and_b32_e32 v0, 0xffff8000, v0
	v_lshlrev_b16_sdwa v2, v22, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v8, v26, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v9
	v_lshlrev_b16_e32 v7, 8, v14
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v1, 0, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v10
	v_and_b32_e32 v5, 0xffff8000, v5
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e64 v3, 0, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v4
	s_nop 1
	v_cndmask_b32_e64 v6, 0, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v11
	s_nop 1
	v_cndmask_b32_e64 v8, 0, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v23, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v10
	s_nop 1
	v_cndmask_b32_e64 v3, v23, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v23, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v8, v23, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v21, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v10
	s_nop 1
	v_cndmask_b32_e64 v3, v21, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v21, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v8, v21, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v20, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v10
	s_nop 1
	v_cndmask_b32_e64 v3, v20, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v20, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v8, v20, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v19, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v10
	s_nop 1
	v_cndmask_b32_e64 v3, v19, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v19, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v8, v19, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v18, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v10
	s_nop 1
	v_cndmask_b32_e64 v3, v18, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v18, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v8, v18, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v17, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v10
	s_nop 1
	v_cndmask_b32_e64 v3, v17, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v6, v17, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v8, v17, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v9
	s_nop 1
	v_cndmask_b32_e64 v1, v16, v1, s[4:5]
	v_or_b32_e32 v206, v1, v0
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_or_b32_e32 v0, v25, v27
	v_xor_b32_e32 v14, v0, v128
	v_xad_u32 v31, v14, 56, 0
	v_add_u32_e32 v0, 0x5000, v31
	ds_read2_b32 v[0:1], v0 offset1:16
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cmp_ne_u16_e64 s[4:5], 7, v10
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_xad_u32 v30, v14, 48, 0
	v_xad_u32 v29, v14, 24, 0
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cndmask_b32_e64 v3, v16, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v4
	v_or_b32_e32 v151, v3, v2
	.loc	1 119 13                        ; fused_moe.py:119:13
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v3, v24, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cndmask_b32_e64 v4, v16, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v11
	v_or_b32_e32 v205, v4, v5
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_and_b32_e32 v3, 0x3f80, v3
	.loc	1 120 13                        ; fused_moe.py:120:13
	v_cndmask_b32_e64 v6, v16, v8, s[4:5]
	v_or_b32_e32 v150, v6, v7
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_lshlrev_b16_sdwa v5, v24, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v6, 8, v1
	v_and_b32_sdwa v11, v1, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v5, 0x3f80, v5
	v_lshlrev_b16_e32 v8, 7, v6
	v_and_b32_sdwa v12, v1, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e64 s[4:5], s6, v11
	v_lshlrev_b16_e32 v7, 8, v6
	v_and_b32_e32 v8, 0x3f80, v8
	v_lshlrev_b16_e32 v10, 7, v1
	v_and_b32_e32 v6, 0x7f, v6
	v_add_u16_e32 v5, 0x2000, v5
	v_cndmask_b32_e64 v3, v26, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v12
	v_lshlrev_b16_sdwa v2, v22, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v4, v22, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v9, 8, v1
	v_and_b32_e32 v10, 0x3f80, v10
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v8, 0x2000, v8
	v_cndmask_b32_e64 v5, v26, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v6
	v_add_u16_e32 v10, 0x2000, v10
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v8, v26, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v1
	v_and_b32_e32 v4, 0xffff8000, v4
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e64 v10, v26, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v11
	v_and_b32_sdwa v108, v0, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v3, 0, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v12
	s_nop 1
	v_cndmask_b32_e64 v5, 0, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v6
	s_nop 1
	v_cndmask_b32_e64 v8, 0, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v1
	s_nop 1
	v_cndmask_b32_e64 v10, 0, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v23, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v12
	s_nop 1
	v_cndmask_b32_e64 v5, v23, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v23, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v1
	s_nop 1
	v_cndmask_b32_e64 v10, v23, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v21, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v12
	s_nop 1
	v_cndmask_b32_e64 v5, v21, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v21, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v1
	s_nop 1
	v_cndmask_b32_e64 v10, v21, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v20, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v12
	s_nop 1
	v_cndmask_b32_e64 v5, v20, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v20, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v1
	s_nop 1
	v_cndmask_b32_e64 v10, v20, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v19, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v12
	s_nop 1
	v_cndmask_b32_e64 v5, v19, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v19, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v1
	s_nop 1
	v_cndmask_b32_e64 v10, v19, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v18, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v12
	s_nop 1
	v_cndmask_b32_e64 v5, v18, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v18, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v1
	s_nop 1
	v_cndmask_b32_e64 v10, v18, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v17, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v12
	s_nop 1
	v_cndmask_b32_e64 v5, v17, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v17, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v1
	s_nop 1
	v_cndmask_b32_e64 v10, v17, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v11
	s_nop 1
	v_cndmask_b32_e64 v3, v16, v3, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v12
	v_or_b32_e32 v207, v3, v2
	s_nop 0
	v_cndmask_b32_e64 v5, v16, v5, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v6
	v_or_b32_e32 v89, v5, v4
	s_nop 0
	v_cndmask_b32_e64 v6, v16, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v1
	v_and_b32_e32 v8, 0xffff8000, v9
	v_or_b32_e32 v128, v6, v7
	v_cndmask_b32_e64 v1, v16, v10, s[4:5]
	v_or_b32_e32 v88, v1, v8
	v_add_u32_e32 v1, 0x5000, v30
	ds_read2_b32 v[2:3], v1 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v4, v24, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_sdwa v6, v24, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v7, 8, v3
	v_and_b32_sdwa v12, v3, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_e32 v9, 7, v7
	v_and_b32_sdwa v13, v3, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[4:5], s6, v12
	v_lshlrev_b16_e32 v8, 8, v7
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v11, 7, v3
	v_and_b32_e32 v7, 0x7f, v7
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e64 v4, v26, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v13
	v_lshlrev_b16_sdwa v1, v22, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v5, v22, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v10, 8, v3
	v_and_b32_e32 v11, 0x3f80, v11
	v_and_b32_e32 v3, 0x7f, v3
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e64 v6, v26, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v7
	v_add_u16_e32 v11, 0x2000, v11
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v9, v26, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_and_b32_e32 v8, 0xffff8000, v8
	v_cndmask_b32_e64 v11, v26, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v12
	v_and_b32_sdwa v109, v2, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v4, 0, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v13
	s_nop 1
	v_cndmask_b32_e64 v6, 0, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v7
	s_nop 1
	v_cndmask_b32_e64 v9, 0, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v3
	s_nop 1
	v_cndmask_b32_e64 v11, 0, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v23, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v6, v23, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v7
	s_nop 1
	v_cndmask_b32_e64 v9, v23, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v3
	s_nop 1
	v_cndmask_b32_e64 v11, v23, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v21, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v6, v21, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v7
	s_nop 1
	v_cndmask_b32_e64 v9, v21, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v3
	s_nop 1
	v_cndmask_b32_e64 v11, v21, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v20, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v6, v20, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v7
	s_nop 1
	v_cndmask_b32_e64 v9, v20, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v3
	s_nop 1
	v_cndmask_b32_e64 v11, v20, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v19, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v6, v19, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v7
	s_nop 1
	v_cndmask_b32_e64 v9, v19, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v3
	s_nop 1
	v_cndmask_b32_e64 v11, v19, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v18, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v6, v18, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v7
	s_nop 1
	v_cndmask_b32_e64 v9, v18, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v3
	s_nop 1
	v_cndmask_b32_e64 v11, v18, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v17, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v6, v17, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v7
	s_nop 1
	v_cndmask_b32_e64 v9, v17, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v3
	s_nop 1
	v_cndmask_b32_e64 v11, v17, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v16, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v13
	v_or_b32_e32 v209, v4, v1
	s_nop 0
	v_cndmask_b32_e64 v6, v16, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v7
	v_or_b32_e32 v91, v6, v5
	s_nop 0
	v_cndmask_b32_e64 v7, v16, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v3
	v_and_b32_e32 v9, 0xffff8000, v10
	v_or_b32_e32 v208, v7, v8
	v_cndmask_b32_e64 v3, v16, v11, s[4:5]
	v_or_b32_e32 v90, v3, v9
	v_xad_u32 v3, v14, 40, 0
	v_add_u32_e32 v1, 0x5000, v3
	ds_read2_b32 v[4:5], v1 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v6, v24, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v6, 0x3f80, v6
	v_lshlrev_b16_sdwa v8, v24, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v9, 8, v5
	v_and_b32_sdwa v15, v5, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v8, 0x3f80, v8
	v_lshlrev_b16_e32 v11, 7, v9
	v_and_b32_sdwa v25, v5, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[4:5], s6, v15
	v_lshlrev_b16_e32 v10, 8, v9
	v_and_b32_e32 v11, 0x3f80, v11
	v_lshlrev_b16_e32 v13, 7, v5
	v_and_b32_e32 v9, 0x7f, v9
	v_add_u16_e32 v8, 0x2000, v8
	v_cndmask_b32_e64 v6, v26, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v25
	v_lshlrev_b16_sdwa v1, v22, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v22, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v12, 8, v5
	v_and_b32_e32 v13, 0x3f80, v13
	v_and_b32_e32 v5, 0x7f, v5
	v_add_u16_e32 v11, 0x2000, v11
	v_cndmask_b32_e64 v8, v26, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v9
	v_add_u16_e32 v13, 0x2000, v13
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v11, v26, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v5
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v10, 0xffff8000, v10
	v_cndmask_b32_e64 v13, v26, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v15
	v_and_b32_sdwa v110, v4, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v6, 0, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v25
	s_nop 1
	v_cndmask_b32_e64 v8, 0, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v9
	s_nop 1
	v_cndmask_b32_e64 v11, 0, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v5
	s_nop 1
	v_cndmask_b32_e64 v13, 0, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v6, v23, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v25
	s_nop 1
	v_cndmask_b32_e64 v8, v23, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v11, v23, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v5
	s_nop 1
	v_cndmask_b32_e64 v13, v23, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v6, v21, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v25
	s_nop 1
	v_cndmask_b32_e64 v8, v21, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v11, v21, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v5
	s_nop 1
	v_cndmask_b32_e64 v13, v21, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v6, v20, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v25
	s_nop 1
	v_cndmask_b32_e64 v8, v20, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v11, v20, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v5
	s_nop 1
	v_cndmask_b32_e64 v13, v20, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v6, v19, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v25
	s_nop 1
	v_cndmask_b32_e64 v8, v19, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v11, v19, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v5
	s_nop 1
	v_cndmask_b32_e64 v13, v19, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v6, v18, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v25
	s_nop 1
	v_cndmask_b32_e64 v8, v18, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v11, v18, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v5
	s_nop 1
	v_cndmask_b32_e64 v13, v18, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v6, v17, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v25
	s_nop 1
	v_cndmask_b32_e64 v8, v17, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v11, v17, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v5
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v15
	s_nop 1
	v_cndmask_b32_e64 v6, v16, v6, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v25
	v_or_b32_e32 v211, v6, v1
	s_nop 0
	v_cndmask_b32_e64 v8, v16, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v9
	v_or_b32_e32 v93, v8, v7
	s_nop 0
	v_cndmask_b32_e64 v9, v16, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v5
	v_and_b32_e32 v11, 0xffff8000, v12
	v_or_b32_e32 v210, v9, v10
	v_cndmask_b32_e64 v5, v16, v13, s[4:5]
	v_or_b32_e32 v92, v5, v11
	v_xad_u32 v5, v14, 32, 0
	v_add_u32_e32 v1, 0x5000, v5
	ds_read2_b32 v[6:7], v1 offset1:16
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v8, v24, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v8, 0x3f80, v8
	v_lshlrev_b16_sdwa v10, v24, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v11, 8, v7
	v_and_b32_sdwa v27, v7, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v10, 0x3f80, v10
	v_lshlrev_b16_e32 v13, 7, v11
	v_and_b32_sdwa v28, v7, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v8, 0x2000, v8
	v_cmp_ne_u16_e64 s[4:5], s6, v27
	v_lshlrev_b16_e32 v12, 8, v11
	v_and_b32_e32 v13, 0x3f80, v13
	v_lshlrev_b16_e32 v25, 7, v7
	v_and_b32_e32 v11, 0x7f, v11
	v_add_u16_e32 v10, 0x2000, v10
	v_cndmask_b32_e64 v8, v26, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v28
	v_lshlrev_b16_sdwa v1, v22, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v9, v22, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v15, 8, v7
	v_and_b32_e32 v25, 0x3f80, v25
	v_and_b32_e32 v7, 0x7f, v7
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e64 v10, v26, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v11
	v_add_u16_e32 v25, 0x2000, v25
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v13, v26, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v7
	v_and_b32_e32 v9, 0xffff8000, v9
	v_and_b32_e32 v12, 0xffff8000, v12
	v_cndmask_b32_e64 v25, v26, v25, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v27
	v_and_b32_sdwa v111, v6, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v8, 0, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v28
	s_nop 1
	v_cndmask_b32_e64 v10, 0, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v11
	s_nop 1
	v_cndmask_b32_e64 v13, 0, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v7
	s_nop 1
	v_cndmask_b32_e64 v25, 0, v25, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v27
	s_nop 1
	v_cndmask_b32_e64 v8, v23, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v28
	s_nop 1
	v_cndmask_b32_e64 v10, v23, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v13, v23, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v7
	s_nop 1
	v_cndmask_b32_e64 v25, v23, v25, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v27
	s_nop 1
	v_cndmask_b32_e64 v8, v21, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v28
	s_nop 1
	v_cndmask_b32_e64 v10, v21, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v13, v21, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v7
	s_nop 1
	v_cndmask_b32_e64 v25, v21, v25, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v27
	s_nop 1
	v_cndmask_b32_e64 v8, v20, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v28
	s_nop 1
	v_cndmask_b32_e64 v10, v20, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v13, v20, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v7
	s_nop 1
	v_cndmask_b32_e64 v25, v20, v25, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v27
	s_nop 1
	v_cndmask_b32_e64 v8, v19, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v28
	s_nop 1
	v_cndmask_b32_e64 v10, v19, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v13, v19, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v7
	s_nop 1
	v_cndmask_b32_e64 v25, v19, v25, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v27
	s_nop 1
	v_cndmask_b32_e64 v8, v18, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v28
	s_nop 1
	v_cndmask_b32_e64 v10, v18, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v13, v18, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v7
	s_nop 1
	v_cndmask_b32_e64 v25, v18, v25, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v27
	s_nop 1
	v_cndmask_b32_e64 v8, v17, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v28
	s_nop 1
	v_cndmask_b32_e64 v10, v17, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v7
	s_nop 1
	v_cndmask_b32_e64 v25, v17, v25, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v27
	s_nop 1
	v_cndmask_b32_e64 v8, v16, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v28
	v_or_b32_e32 v213, v8, v1
	v_add_u32_e32 v1, 0x5000, v29
	v_cndmask_b32_e64 v10, v16, v10, s[4:5]
	v_or_b32_e32 v95, v10, v9
	ds_read2_b32 v[8:9], v1 offset1:16
	v_cmp_ne_u16_e64 s[4:5], 7, v11
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v28, v9, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e64 v11, v16, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v7
	v_and_b32_e32 v13, 0xffff8000, v15
	v_or_b32_e32 v212, v11, v12
	v_cndmask_b32_e64 v7, v16, v25, s[4:5]
	v_or_b32_e32 v94, v7, v13
	v_lshlrev_b16_sdwa v7, v24, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_sdwa v11, v24, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v12, 8, v9
	v_and_b32_e32 v11, 0x3f80, v11
	v_lshlrev_b16_e32 v15, 7, v12
	v_and_b32_sdwa v96, v9, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v7, 0x2000, v7
	v_cmp_ne_u16_e64 s[4:5], s6, v28
	v_lshlrev_b16_e32 v13, 8, v12
	v_and_b32_e32 v15, 0x3f80, v15
	v_lshlrev_b16_e32 v27, 7, v9
	v_and_b32_e32 v12, 0x7f, v12
	v_add_u16_e32 v11, 0x2000, v11
	v_cndmask_b32_e64 v7, v26, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v96
	v_lshlrev_b16_sdwa v1, v22, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v10, v22, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v25, 8, v9
	v_and_b32_e32 v27, 0x3f80, v27
	v_and_b32_e32 v9, 0x7f, v9
	v_add_u16_e32 v15, 0x2000, v15
	v_cndmask_b32_e64 v11, v26, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v12
	v_add_u16_e32 v27, 0x2000, v27
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v15, v26, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v9
	v_and_b32_e32 v10, 0xffff8000, v10
	v_and_b32_e32 v13, 0xffff8000, v13
	v_cndmask_b32_e64 v27, v26, v27, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v28
	v_and_b32_sdwa v112, v8, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v7, 0, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v96
	s_nop 1
	v_cndmask_b32_e64 v11, 0, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v12
	s_nop 1
	v_cndmask_b32_e64 v15, 0, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v9
	s_nop 1
	v_cndmask_b32_e64 v27, 0, v27, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v28
	s_nop 1
	v_cndmask_b32_e64 v7, v23, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v96
	s_nop 1
	v_cndmask_b32_e64 v11, v23, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v12
	s_nop 1
	v_cndmask_b32_e64 v15, v23, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v27, v23, v27, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v28
	s_nop 1
	v_cndmask_b32_e64 v7, v21, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v96
	s_nop 1
	v_cndmask_b32_e64 v11, v21, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v12
	s_nop 1
	v_cndmask_b32_e64 v15, v21, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v27, v21, v27, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v28
	s_nop 1
	v_cndmask_b32_e64 v7, v20, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v96
	s_nop 1
	v_cndmask_b32_e64 v11, v20, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v12
	s_nop 1
	v_cndmask_b32_e64 v15, v20, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v27, v20, v27, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v28
	s_nop 1
	v_cndmask_b32_e64 v7, v19, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v96
	s_nop 1
	v_cndmask_b32_e64 v11, v19, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v12
	s_nop 1
	v_cndmask_b32_e64 v15, v19, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v27, v19, v27, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v28
	s_nop 1
	v_cndmask_b32_e64 v7, v18, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v96
	s_nop 1
	v_cndmask_b32_e64 v11, v18, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v12
	s_nop 1
	v_cndmask_b32_e64 v15, v18, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v27, v18, v27, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v28
	s_nop 1
	v_cndmask_b32_e64 v7, v17, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v96
	s_nop 1
	v_cndmask_b32_e64 v11, v17, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v12
	s_nop 1
	v_cndmask_b32_e64 v15, v17, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v27, v17, v27, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v28
	v_xad_u32 v28, v14, 16, 0
	s_nop 0
	v_cndmask_b32_e64 v7, v16, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v96
	v_or_b32_e32 v215, v7, v1
	v_add_u32_e32 v1, 0x5000, v28
	v_cndmask_b32_e64 v11, v16, v11, s[4:5]
	v_or_b32_e32 v97, v11, v10
	ds_read2_b32 v[10:11], v1 offset1:16
	v_cmp_ne_u16_e64 s[4:5], 7, v12
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v7, v24, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v12, v16, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v9
	v_or_b32_e32 v214, v12, v13
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_sdwa v12, v24, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v13, 8, v11
	v_and_b32_sdwa v99, v11, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e64 v9, v16, v27, s[4:5]
	v_and_b32_e32 v15, 0xffff8000, v25
	v_and_b32_e32 v12, 0x3f80, v12
	v_lshlrev_b16_e32 v25, 7, v13
	v_and_b32_sdwa v100, v11, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v7, 0x2000, v7
	v_cmp_ne_u16_e64 s[4:5], s6, v99
	v_or_b32_e32 v96, v9, v15
	v_lshlrev_b16_e32 v15, 8, v13
	v_and_b32_e32 v25, 0x3f80, v25
	v_lshlrev_b16_e32 v98, 7, v11
	v_and_b32_e32 v13, 0x7f, v13
	v_add_u16_e32 v12, 0x2000, v12
	v_cndmask_b32_e64 v7, v26, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v100
	v_lshlrev_b16_sdwa v1, v22, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v9, v22, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v27, 8, v11
	v_and_b32_e32 v98, 0x3f80, v98
	v_and_b32_e32 v11, 0x7f, v11
	v_add_u16_e32 v25, 0x2000, v25
	v_cndmask_b32_e64 v12, v26, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v13
	v_add_u16_e32 v98, 0x2000, v98
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v25, v26, v25, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v11
	v_and_b32_e32 v9, 0xffff8000, v9
	v_and_b32_e32 v15, 0xffff8000, v15
	v_cndmask_b32_e64 v98, v26, v98, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v99
	s_nop 1
	v_cndmask_b32_e64 v7, 0, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v100
	s_nop 1
	v_cndmask_b32_e64 v12, 0, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v13
	s_nop 1
	v_cndmask_b32_e64 v25, 0, v25, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v11
	s_nop 1
	v_cndmask_b32_e64 v98, 0, v98, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v99
	s_nop 1
	v_cndmask_b32_e64 v7, v23, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v100
	s_nop 1
	v_cndmask_b32_e64 v12, v23, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v25, v23, v25, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v98, v23, v98, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v99
	s_nop 1
	v_cndmask_b32_e64 v7, v21, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v100
	s_nop 1
	v_cndmask_b32_e64 v12, v21, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v25, v21, v25, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v98, v21, v98, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v99
	s_nop 1
	v_cndmask_b32_e64 v7, v20, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v100
	s_nop 1
	v_cndmask_b32_e64 v12, v20, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v25, v20, v25, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v98, v20, v98, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v99
	s_nop 1
	v_cndmask_b32_e64 v7, v19, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v100
	s_nop 1
	v_cndmask_b32_e64 v12, v19, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v25, v19, v25, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v98, v19, v98, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v99
	s_nop 1
	v_cndmask_b32_e64 v7, v18, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v100
	s_nop 1
	v_cndmask_b32_e64 v12, v18, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v25, v18, v25, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v98, v18, v98, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v99
	s_nop 1
	v_cndmask_b32_e64 v7, v17, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v100
	s_nop 1
	v_cndmask_b32_e64 v12, v17, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v25, v17, v25, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v98, v17, v98, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v99
	s_nop 1
	v_cndmask_b32_e64 v7, v16, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v100
	v_or_b32_e32 v217, v7, v1
	s_nop 0
	v_cndmask_b32_e64 v12, v16, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v13
	v_or_b32_e32 v99, v12, v9
	s_nop 0
	v_cndmask_b32_e64 v13, v16, v25, s[4:5]
	v_and_b32_e32 v25, 0xffff8000, v27
	v_xad_u32 v27, v14, 8, 0
	v_add_u32_e32 v1, 0x5000, v27
	v_or_b32_e32 v216, v13, v15
	ds_read2_b32 v[12:13], v1 offset1:16
	v_cmp_ne_u16_e64 s[4:5], 7, v11
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v7, v24, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v11, v16, v98, s[4:5]
	v_or_b32_e32 v98, v11, v25
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_sdwa v11, v24, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v15, 8, v13
	v_and_b32_sdwa v103, v13, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v11, 0x3f80, v11
	v_lshlrev_b16_e32 v100, 7, v15
	v_and_b32_sdwa v104, v13, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v7, 0x2000, v7
	v_cmp_ne_u16_e64 s[4:5], s6, v103
	v_lshlrev_b16_e32 v25, 8, v15
	v_and_b32_e32 v100, 0x3f80, v100
	v_lshlrev_b16_e32 v102, 7, v13
	v_and_b32_e32 v15, 0x7f, v15
	v_add_u16_e32 v11, 0x2000, v11
	v_cndmask_b32_e64 v7, v26, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v104
	v_lshlrev_b16_sdwa v1, v22, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v9, v22, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v101, 8, v13
	v_and_b32_e32 v102, 0x3f80, v102
	v_and_b32_e32 v13, 0x7f, v13
	v_add_u16_e32 v100, 0x2000, v100
	v_cndmask_b32_e64 v11, v26, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v15
	v_add_u16_e32 v102, 0x2000, v102
	v_and_b32_e32 v25, 0xffff8000, v25
	v_cndmask_b32_e64 v100, v26, v100, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v13
	v_and_b32_e32 v1, 0xffff8000, v1
	v_and_b32_e32 v9, 0xffff8000, v9
	v_cndmask_b32_e64 v102, v26, v102, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v103
	s_nop 1
	v_cndmask_b32_e64 v7, 0, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v104
	s_nop 1
	v_cndmask_b32_e64 v11, 0, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v15
	s_nop 1
	v_cndmask_b32_e64 v100, 0, v100, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v13
	s_nop 1
	v_cndmask_b32_e64 v102, 0, v102, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v103
	s_nop 1
	v_cndmask_b32_e64 v7, v23, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v104
	s_nop 1
	v_cndmask_b32_e64 v11, v23, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v100, v23, v100, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v102, v23, v102, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v103
	s_nop 1
	v_cndmask_b32_e64 v7, v21, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v104
	s_nop 1
	v_cndmask_b32_e64 v11, v21, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v100, v21, v100, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v102, v21, v102, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v103
	s_nop 1
	v_cndmask_b32_e64 v7, v20, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v104
	s_nop 1
	v_cndmask_b32_e64 v11, v20, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v100, v20, v100, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v102, v20, v102, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v103
	s_nop 1
	v_cndmask_b32_e64 v7, v19, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v104
	s_nop 1
	v_cndmask_b32_e64 v11, v19, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v100, v19, v100, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v102, v19, v102, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v103
	s_nop 1
	v_cndmask_b32_e64 v7, v18, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v104
	s_nop 1
	v_cndmask_b32_e64 v11, v18, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v100, v18, v100, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v102, v18, v102, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v103
	s_nop 1
	v_cndmask_b32_e64 v7, v17, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v104
	s_nop 1
	v_cndmask_b32_e64 v11, v17, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v100, v17, v100, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v102, v17, v102, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v103
	s_nop 1
	v_cndmask_b32_e64 v7, v16, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v104
	v_or_b32_e32 v219, v7, v1
	s_nop 0
	v_cndmask_b32_e64 v11, v16, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v15
	s_nop 1
	v_cndmask_b32_e64 v15, v16, v100, s[4:5]
	v_or_b32_e32 v218, v15, v25
	v_add_u32_e32 v25, 0, v14
	v_add_u32_e32 v1, 0x5000, v25
	ds_read2_b32 v[14:15], v1 offset1:16
	v_cmp_ne_u16_e64 s[4:5], 7, v13
	v_and_b32_e32 v100, 0xffff8000, v101
	v_or_b32_e32 v101, v11, v9
	v_cndmask_b32_e64 v13, v16, v102, s[4:5]
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v7, v24, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v100, v13, v100
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_sdwa v11, v24, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v13, 8, v15
	v_and_b32_sdwa v106, v15, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v11, 0x3f80, v11
	v_lshlrev_b16_e32 v103, 7, v13
	v_and_b32_sdwa v107, v15, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v7, 0x2000, v7
	v_cmp_ne_u16_e64 s[4:5], s6, v106
	v_lshlrev_b16_e32 v102, 8, v13
	v_and_b32_e32 v103, 0x3f80, v103
	v_lshlrev_b16_e32 v105, 7, v15
	v_and_b32_e32 v13, 0x7f, v13
	v_add_u16_e32 v11, 0x2000, v11
	v_cndmask_b32_e64 v7, v26, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v107
	v_lshlrev_b16_sdwa v1, v22, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v9, v22, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v104, 8, v15
	v_and_b32_e32 v105, 0x3f80, v105
	v_and_b32_e32 v15, 0x7f, v15
	v_add_u16_e32 v103, 0x2000, v103
	v_cndmask_b32_e64 v11, v26, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v13
	v_add_u16_e32 v105, 0x2000, v105
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v103, v26, v103, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v15
	v_and_b32_e32 v9, 0xffff8000, v9
	s_nop 0
	v_cndmask_b32_e64 v105, v26, v105, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v106
	s_nop 1
	v_cndmask_b32_e64 v7, 0, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v107
	s_nop 1
	v_cndmask_b32_e64 v11, 0, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v13
	s_nop 1
	v_cndmask_b32_e64 v103, 0, v103, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v15
	s_nop 1
	v_cndmask_b32_e64 v105, 0, v105, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v106
	s_nop 1
	v_cndmask_b32_e64 v7, v23, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v107
	s_nop 1
	v_cndmask_b32_e64 v11, v23, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v103, v23, v103, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v105, v23, v105, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v106
	s_nop 1
	v_cndmask_b32_e64 v7, v21, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v107
	s_nop 1
	v_cndmask_b32_e64 v11, v21, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v103, v21, v103, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v105, v21, v105, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v106
	s_nop 1
	v_cndmask_b32_e64 v7, v20, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v107
	s_nop 1
	v_cndmask_b32_e64 v11, v20, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v103, v20, v103, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v105, v20, v105, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v106
	s_nop 1
	v_cndmask_b32_e64 v7, v19, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v107
	s_nop 1
	v_cndmask_b32_e64 v11, v19, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v103, v19, v103, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v105, v19, v105, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v106
	s_nop 1
	v_cndmask_b32_e64 v7, v18, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v107
	s_nop 1
	v_cndmask_b32_e64 v11, v18, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v103, v18, v103, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v105, v18, v105, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v106
	s_nop 1
	v_cndmask_b32_e64 v7, v17, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v107
	s_nop 1
	v_cndmask_b32_e64 v11, v17, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v103, v17, v103, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v105, v17, v105, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v106
	v_lshlrev_b16_e32 v106, 7, v0
	v_and_b32_e32 v106, 0x3f80, v106
	v_cndmask_b32_e64 v7, v16, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v107
	v_or_b32_e32 v221, v7, v1
	v_lshlrev_b16_sdwa v7, v24, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v11, v16, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v13
	v_and_b32_e32 v7, 0x3f80, v7
	v_and_b32_sdwa v107, v0, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e64 v13, v16, v103, s[4:5]
	v_and_b32_e32 v103, 0xffff8000, v102
	v_cmp_ne_u16_e64 s[4:5], 7, v15
	v_or_b32_e32 v220, v13, v103
	v_or_b32_e32 v103, v11, v9
	v_lshlrev_b16_sdwa v11, v24, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v13, 8, v0
	v_cndmask_b32_e64 v15, v16, v105, s[4:5]
	v_and_b32_e32 v102, 0xffff8000, v104
	v_and_b32_e32 v11, 0x3f80, v11
	v_lshlrev_b16_e32 v104, 7, v13
	v_add_u16_e32 v7, 0x2000, v7
	v_cmp_ne_u16_e64 s[4:5], s6, v107
	v_or_b32_e32 v102, v15, v102
	v_lshlrev_b16_e32 v15, 8, v13
	v_and_b32_e32 v104, 0x3f80, v104
	v_and_b32_e32 v13, 0x7f, v13
	v_add_u16_e32 v11, 0x2000, v11
	v_cndmask_b32_e64 v7, v26, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v108
	v_lshlrev_b16_sdwa v1, v22, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v9, v22, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v105, 8, v0
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v104, 0x2000, v104
	v_cndmask_b32_e64 v11, v26, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v13
	v_add_u16_e32 v106, 0x2000, v106
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e64 v104, v26, v104, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v0
	v_and_b32_e32 v9, 0xffff8000, v9
	v_and_b32_e32 v15, 0xffff8000, v15
	v_cndmask_b32_e64 v106, v26, v106, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v107
	s_nop 1
	v_cndmask_b32_e64 v7, 0, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v108
	s_nop 1
	v_cndmask_b32_e64 v11, 0, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v13
	s_nop 1
	v_cndmask_b32_e64 v104, 0, v104, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v0
	s_nop 1
	v_cndmask_b32_e64 v106, 0, v106, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v107
	s_nop 1
	v_cndmask_b32_e64 v7, v23, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v108
	s_nop 1
	v_cndmask_b32_e64 v11, v23, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v104, v23, v104, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v0
	s_nop 1
	v_cndmask_b32_e64 v106, v23, v106, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v107
	s_nop 1
	v_cndmask_b32_e64 v7, v21, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v108
	s_nop 1
	v_cndmask_b32_e64 v11, v21, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v104, v21, v104, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v0
	s_nop 1
	v_cndmask_b32_e64 v106, v21, v106, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v107
	s_nop 1
	v_cndmask_b32_e64 v7, v20, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v108
	s_nop 1
	v_cndmask_b32_e64 v11, v20, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v104, v20, v104, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v0
	s_nop 1
	v_cndmask_b32_e64 v106, v20, v106, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v107
	s_nop 1
	v_cndmask_b32_e64 v7, v19, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v108
	s_nop 1
	v_cndmask_b32_e64 v11, v19, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v104, v19, v104, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v0
	s_nop 1
	v_cndmask_b32_e64 v106, v19, v106, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v107
	s_nop 1
	v_cndmask_b32_e64 v7, v18, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v108
	s_nop 1
	v_cndmask_b32_e64 v11, v18, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v104, v18, v104, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v0
	s_nop 1
	v_cndmask_b32_e64 v106, v18, v106, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v107
	s_nop 1
	v_cndmask_b32_e64 v7, v17, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v108
	s_nop 1
	v_cndmask_b32_e64 v11, v17, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v104, v17, v104, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v0
	s_nop 1
	v_cndmask_b32_e64 v106, v17, v106, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v107
	v_lshlrev_b16_e32 v107, 7, v2
	v_and_b32_e32 v107, 0x3f80, v107
	v_cndmask_b32_e64 v7, v16, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v108
	v_or_b32_e32 v223, v7, v1
	v_lshlrev_b16_sdwa v1, v24, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v11, v16, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v13
	v_and_b32_e32 v1, 0x3f80, v1
	v_and_b32_sdwa v108, v2, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e64 v13, v16, v104, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v0
	v_and_b32_e32 v104, 0xffff8000, v105
	v_or_b32_e32 v105, v11, v9
	v_lshlrev_b16_sdwa v9, v24, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v11, 8, v2
	v_cndmask_b32_e64 v0, v16, v106, s[4:5]
	v_or_b32_e32 v222, v13, v15
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v15, 7, v11
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[4:5], s6, v108
	v_lshlrev_b16_e32 v13, 8, v11
	v_and_b32_e32 v15, 0x3f80, v15
	v_and_b32_e32 v11, 0x7f, v11
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e64 v1, v26, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v109
	v_or_b32_e32 v104, v0, v104
	v_lshlrev_b16_sdwa v0, v22, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v7, v22, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v106, 8, v2
	v_and_b32_e32 v2, 0x7f, v2
	v_add_u16_e32 v15, 0x2000, v15
	v_cndmask_b32_e64 v9, v26, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v11
	v_add_u16_e32 v107, 0x2000, v107
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v15, v26, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v2
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v13, 0xffff8000, v13
	v_cndmask_b32_e64 v107, v26, v107, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v108
	s_nop 1
	v_cndmask_b32_e64 v1, 0, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v109
	s_nop 1
	v_cndmask_b32_e64 v9, 0, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v11
	s_nop 1
	v_cndmask_b32_e64 v15, 0, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v2
	s_nop 1
	v_cndmask_b32_e64 v107, 0, v107, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v108
	s_nop 1
	v_cndmask_b32_e64 v1, v23, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v109
	s_nop 1
	v_cndmask_b32_e64 v9, v23, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v15, v23, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v2
	s_nop 1
	v_cndmask_b32_e64 v107, v23, v107, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v108
	s_nop 1
	v_cndmask_b32_e64 v1, v21, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v109
	s_nop 1
	v_cndmask_b32_e64 v9, v21, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v15, v21, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v107, v21, v107, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v108
	s_nop 1
	v_cndmask_b32_e64 v1, v20, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v109
	s_nop 1
	v_cndmask_b32_e64 v9, v20, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v15, v20, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v107, v20, v107, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v108
	s_nop 1
	v_cndmask_b32_e64 v1, v19, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v109
	s_nop 1
	v_cndmask_b32_e64 v9, v19, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v15, v19, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v107, v19, v107, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v108
	s_nop 1
	v_cndmask_b32_e64 v1, v18, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v109
	s_nop 1
	v_cndmask_b32_e64 v9, v18, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v15, v18, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v107, v18, v107, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v108
	s_nop 1
	v_cndmask_b32_e64 v1, v17, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v109
	s_nop 1
	v_cndmask_b32_e64 v9, v17, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v15, v17, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v107, v17, v107, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v108
	v_lshlrev_b16_e32 v108, 7, v4
	v_and_b32_e32 v108, 0x3f80, v108
	v_cndmask_b32_e64 v1, v16, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v109
	v_or_b32_e32 v225, v1, v0
	v_lshlrev_b16_sdwa v1, v24, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v9, v16, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v11
	v_and_b32_e32 v1, 0x3f80, v1
	v_and_b32_sdwa v109, v4, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e64 v11, v16, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v2
	v_or_b32_e32 v224, v11, v13
	v_add_u16_e32 v1, 0x2000, v1
	v_cndmask_b32_e64 v2, v16, v107, s[4:5]
	v_or_b32_e32 v107, v9, v7
	v_lshlrev_b16_sdwa v7, v24, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v9, 8, v4
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v13, 7, v9
	v_cmp_ne_u16_e64 s[4:5], s6, v109
	v_and_b32_e32 v15, 0xffff8000, v106
	v_lshlrev_b16_e32 v11, 8, v9
	v_and_b32_e32 v13, 0x3f80, v13
	v_and_b32_e32 v9, 0x7f, v9
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e64 v1, v26, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v110
	v_or_b32_e32 v106, v2, v15
	v_lshlrev_b16_sdwa v0, v22, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v2, v22, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v15, 8, v4
	v_and_b32_e32 v4, 0x7f, v4
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e64 v7, v26, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v9
	v_add_u16_e32 v108, 0x2000, v108
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v13, v26, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v4
	v_and_b32_e32 v2, 0xffff8000, v2
	v_and_b32_e32 v11, 0xffff8000, v11
	v_cndmask_b32_e64 v108, v26, v108, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v109
	s_nop 1
	v_cndmask_b32_e64 v1, 0, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v110
	s_nop 1
	v_cndmask_b32_e64 v7, 0, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v9
	s_nop 1
	v_cndmask_b32_e64 v13, 0, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v4
	s_nop 1
	v_cndmask_b32_e64 v108, 0, v108, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v109
	s_nop 1
	v_cndmask_b32_e64 v1, v23, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v110
	s_nop 1
	v_cndmask_b32_e64 v7, v23, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v23, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v4
	s_nop 1
	v_cndmask_b32_e64 v108, v23, v108, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v109
	s_nop 1
	v_cndmask_b32_e64 v1, v21, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v110
	s_nop 1
	v_cndmask_b32_e64 v7, v21, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v21, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v108, v21, v108, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v109
	s_nop 1
	v_cndmask_b32_e64 v1, v20, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v110
	s_nop 1
	v_cndmask_b32_e64 v7, v20, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v20, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v108, v20, v108, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v109
	s_nop 1
	v_cndmask_b32_e64 v1, v19, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v110
	s_nop 1
	v_cndmask_b32_e64 v7, v19, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v19, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v108, v19, v108, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v109
	s_nop 1
	v_cndmask_b32_e64 v1, v18, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v110
	s_nop 1
	v_cndmask_b32_e64 v7, v18, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v18, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v108, v18, v108, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v109
	s_nop 1
	v_cndmask_b32_e64 v1, v17, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v110
	s_nop 1
	v_cndmask_b32_e64 v7, v17, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v108, v17, v108, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v109
	s_nop 1
	v_cndmask_b32_e64 v1, v16, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v110
	v_or_b32_e32 v227, v1, v0
	v_lshlrev_b16_sdwa v1, v24, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v7, v16, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v9
	v_or_b32_e32 v109, v7, v2
	v_and_b32_e32 v1, 0x3f80, v1
	v_cndmask_b32_e64 v9, v16, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v4
	v_and_b32_e32 v13, 0xffff8000, v15
	v_lshrrev_b32_e32 v7, 8, v6
	v_cndmask_b32_e64 v4, v16, v108, s[4:5]
	v_or_b32_e32 v108, v4, v13
	v_lshlrev_b16_sdwa v4, v24, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v110, v6, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v226, v9, v11
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_e32 v11, 7, v7
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[4:5], s6, v110
	v_lshlrev_b16_e32 v9, 8, v7
	v_and_b32_e32 v11, 0x3f80, v11
	v_lshlrev_b16_e32 v15, 7, v6
	v_and_b32_e32 v7, 0x7f, v7
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e64 v1, v26, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v111
	v_lshlrev_b16_sdwa v0, v22, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v2, v22, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v13, 8, v6
	v_and_b32_e32 v15, 0x3f80, v15
	v_and_b32_e32 v6, 0x7f, v6
	v_add_u16_e32 v11, 0x2000, v11
	v_cndmask_b32_e64 v4, v26, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v7
	v_add_u16_e32 v15, 0x2000, v15
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v11, v26, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v6
	v_and_b32_e32 v2, 0xffff8000, v2
	v_and_b32_e32 v9, 0xffff8000, v9
	v_cndmask_b32_e64 v15, v26, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v110
	s_nop 1
	v_cndmask_b32_e64 v1, 0, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v111
	s_nop 1
	v_cndmask_b32_e64 v4, 0, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v7
	s_nop 1
	v_cndmask_b32_e64 v11, 0, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v6
	s_nop 1
	v_cndmask_b32_e64 v15, 0, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v110
	s_nop 1
	v_cndmask_b32_e64 v1, v23, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v111
	s_nop 1
	v_cndmask_b32_e64 v4, v23, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v7
	s_nop 1
	v_cndmask_b32_e64 v11, v23, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v15, v23, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v110
	s_nop 1
	v_cndmask_b32_e64 v1, v21, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v111
	s_nop 1
	v_cndmask_b32_e64 v4, v21, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v7
	s_nop 1
	v_cndmask_b32_e64 v11, v21, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v15, v21, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v110
	s_nop 1
	v_cndmask_b32_e64 v1, v20, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v111
	s_nop 1
	v_cndmask_b32_e64 v4, v20, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v7
	s_nop 1
	v_cndmask_b32_e64 v11, v20, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v15, v20, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v110
	s_nop 1
	v_cndmask_b32_e64 v1, v19, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v111
	s_nop 1
	v_cndmask_b32_e64 v4, v19, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v7
	s_nop 1
	v_cndmask_b32_e64 v11, v19, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v15, v19, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v110
	s_nop 1
	v_cndmask_b32_e64 v1, v18, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v111
	s_nop 1
	v_cndmask_b32_e64 v4, v18, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v7
	s_nop 1
	v_cndmask_b32_e64 v11, v18, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v15, v18, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v110
	s_nop 1
	v_cndmask_b32_e64 v1, v17, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v111
	s_nop 1
	v_cndmask_b32_e64 v4, v17, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v7
	s_nop 1
	v_cndmask_b32_e64 v11, v17, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v15, v17, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v110
	s_nop 1
	v_cndmask_b32_e64 v1, v16, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v111
	v_or_b32_e32 v229, v1, v0
	v_lshlrev_b16_sdwa v1, v24, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v4, v16, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v7
	v_or_b32_e32 v111, v4, v2
	v_and_b32_e32 v1, 0x3f80, v1
	v_cndmask_b32_e64 v7, v16, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v6
	v_and_b32_e32 v11, 0xffff8000, v13
	v_lshlrev_b16_sdwa v4, v24, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v6, v16, v15, s[4:5]
	v_or_b32_e32 v110, v6, v11
	v_lshrrev_b32_e32 v6, 8, v8
	v_and_b32_sdwa v15, v8, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v228, v7, v9
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_e32 v9, 7, v6
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[4:5], s6, v15
	v_lshlrev_b16_e32 v7, 8, v6
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v13, 7, v8
	v_and_b32_e32 v6, 0x7f, v6
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e64 v1, v26, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v112
	v_lshlrev_b16_sdwa v0, v22, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v2, v22, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v11, 8, v8
	v_and_b32_e32 v13, 0x3f80, v13
	v_and_b32_e32 v8, 0x7f, v8
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e64 v4, v26, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v6
	v_add_u16_e32 v13, 0x2000, v13
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v9, v26, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v8
	v_and_b32_e32 v2, 0xffff8000, v2
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e64 v13, v26, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v15
	s_nop 1
	v_cndmask_b32_e64 v1, 0, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v112
	s_nop 1
	v_cndmask_b32_e64 v4, 0, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v6
	s_nop 1
	v_cndmask_b32_e64 v9, 0, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v8
	s_nop 1
	v_cndmask_b32_e64 v13, 0, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v1, v23, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v112
	s_nop 1
	v_cndmask_b32_e64 v4, v23, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v9, v23, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v8
	s_nop 1
	v_cndmask_b32_e64 v13, v23, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v1, v21, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v112
	s_nop 1
	v_cndmask_b32_e64 v4, v21, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v9, v21, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v8
	s_nop 1
	v_cndmask_b32_e64 v13, v21, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v1, v20, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v112
	s_nop 1
	v_cndmask_b32_e64 v4, v20, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v9, v20, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v8
	s_nop 1
	v_cndmask_b32_e64 v13, v20, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v1, v19, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v112
	s_nop 1
	v_cndmask_b32_e64 v4, v19, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v9, v19, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v8
	s_nop 1
	v_cndmask_b32_e64 v13, v19, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v1, v18, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v112
	s_nop 1
	v_cndmask_b32_e64 v4, v18, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v9, v18, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v8
	s_nop 1
	v_cndmask_b32_e64 v13, v18, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v1, v17, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v112
	s_nop 1
	v_cndmask_b32_e64 v4, v17, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v9, v17, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v8
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v15
	v_and_b32_sdwa v15, v10, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v1, v16, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v112
	v_or_b32_e32 v231, v1, v0
	v_lshlrev_b16_sdwa v1, v24, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v4, v16, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v6
	v_or_b32_e32 v113, v4, v2
	v_and_b32_e32 v1, 0x3f80, v1
	v_cndmask_b32_e64 v6, v16, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v8
	v_and_b32_e32 v9, 0xffff8000, v11
	v_or_b32_e32 v230, v6, v7
	v_cndmask_b32_e64 v8, v16, v13, s[4:5]
	v_lshlrev_b16_sdwa v4, v24, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v6, 8, v10
	v_and_b32_sdwa v13, v10, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v112, v8, v9
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_e32 v8, 7, v6
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[4:5], s6, v13
	v_lshlrev_b16_e32 v7, 8, v6
	v_and_b32_e32 v8, 0x3f80, v8
	v_lshlrev_b16_e32 v11, 7, v10
	v_and_b32_e32 v6, 0x7f, v6
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e64 v1, v26, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v15
	v_lshlrev_b16_sdwa v0, v22, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v2, v22, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v9, 8, v10
	v_and_b32_e32 v11, 0x3f80, v11
	v_and_b32_e32 v10, 0x7f, v10
	v_add_u16_e32 v8, 0x2000, v8
	v_cndmask_b32_e64 v4, v26, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v6
	v_add_u16_e32 v11, 0x2000, v11
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v8, v26, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v10
	v_and_b32_e32 v2, 0xffff8000, v2
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e64 v11, v26, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v13
	v_and_b32_e32 v9, 0xffff8000, v9
	s_nop 0
	v_cndmask_b32_e64 v1, 0, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v15
	s_nop 1
	v_cndmask_b32_e64 v4, 0, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v6
	s_nop 1
	v_cndmask_b32_e64 v8, 0, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v10
	s_nop 1
	v_cndmask_b32_e64 v11, 0, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v23, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v4, v23, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v23, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v10
	s_nop 1
	v_cndmask_b32_e64 v11, v23, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v21, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v4, v21, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v21, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v10
	s_nop 1
	v_cndmask_b32_e64 v11, v21, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v20, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v4, v20, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v20, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v10
	s_nop 1
	v_cndmask_b32_e64 v11, v20, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v19, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v4, v19, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v19, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v10
	s_nop 1
	v_cndmask_b32_e64 v11, v19, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v18, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v4, v18, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v18, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v10
	s_nop 1
	v_cndmask_b32_e64 v11, v18, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v1, v17, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v4, v17, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v17, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v10
	s_nop 1
	v_cndmask_b32_e64 v11, v17, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v13
	v_and_b32_sdwa v13, v12, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v1, v16, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v15
	v_or_b32_e32 v233, v1, v0
	v_lshlrev_b16_sdwa v1, v24, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v4, v16, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v6
	v_or_b32_e32 v117, v4, v2
	v_and_b32_e32 v1, 0x3f80, v1
	v_cndmask_b32_e64 v6, v16, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v10
	v_or_b32_e32 v232, v6, v7
	v_lshlrev_b16_sdwa v4, v24, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v8, v16, v11, s[4:5]
	v_lshrrev_b32_e32 v6, 8, v12
	v_and_b32_sdwa v11, v12, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v116, v8, v9
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_e32 v8, 7, v6
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[4:5], s6, v11
	v_lshlrev_b16_e32 v7, 8, v6
	v_and_b32_e32 v8, 0x3f80, v8
	v_lshlrev_b16_e32 v10, 7, v12
	v_and_b32_e32 v6, 0x7f, v6
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e64 v1, v26, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v13
	v_lshlrev_b16_sdwa v0, v22, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v2, v22, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v9, 8, v12
	v_and_b32_e32 v10, 0x3f80, v10
	v_and_b32_e32 v12, 0x7f, v12
	v_add_u16_e32 v8, 0x2000, v8
	v_cndmask_b32_e64 v4, v26, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v6
	v_add_u16_e32 v10, 0x2000, v10
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v8, v26, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v12
	v_and_b32_e32 v2, 0xffff8000, v2
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e64 v10, v26, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v11
	v_and_b32_e32 v9, 0xffff8000, v9
	s_nop 0
	v_cndmask_b32_e64 v1, 0, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v13
	s_nop 1
	v_cndmask_b32_e64 v4, 0, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v6
	s_nop 1
	v_cndmask_b32_e64 v8, 0, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v12
	s_nop 1
	v_cndmask_b32_e64 v10, 0, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v23, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v4, v23, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v23, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v23, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v21, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v4, v21, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v21, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v21, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v20, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v4, v20, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v20, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v20, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v19, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v4, v19, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v19, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v19, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v18, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v4, v18, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v18, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v18, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v17, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v4, v17, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v17, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v17, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v11
	v_and_b32_sdwa v11, v14, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v1, v16, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v13
	v_or_b32_e32 v235, v1, v0
	v_lshlrev_b16_sdwa v1, v24, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v4, v16, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v6
	v_or_b32_e32 v121, v4, v2
	v_and_b32_e32 v1, 0x3f80, v1
	v_cndmask_b32_e64 v6, v16, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v12
	v_or_b32_e32 v234, v6, v7
	v_lshlrev_b16_sdwa v4, v24, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v8, v16, v10, s[4:5]
	v_lshrrev_b32_e32 v6, 8, v14
	v_or_b32_e32 v120, v8, v9
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_e32 v8, 7, v6
	v_and_b32_sdwa v12, v14, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[4:5], s6, v11
	v_lshlrev_b16_e32 v7, 8, v6
	v_and_b32_e32 v8, 0x3f80, v8
	v_lshlrev_b16_e32 v10, 7, v14
	v_and_b32_e32 v6, 0x7f, v6
	v_add_u16_e32 v4, 0x2000, v4
	v_cndmask_b32_e64 v1, v26, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v12
	v_and_b32_e32 v10, 0x3f80, v10
	v_and_b32_e32 v13, 0x7f, v14
	v_add_u16_e32 v8, 0x2000, v8
	v_cndmask_b32_e64 v4, v26, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v6
	v_add_u16_e32 v10, 0x2000, v10
	v_lshlrev_b16_sdwa v0, v22, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v8, v26, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v13
	v_and_b32_e32 v0, 0xffff8000, v0
	v_lshlrev_b16_sdwa v2, v22, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v10, v26, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v11
	v_lshlrev_b16_e32 v9, 8, v14
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v1, 0, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v12
	v_and_b32_e32 v7, 0xffff8000, v7
	v_and_b32_e32 v9, 0xffff8000, v9
	v_cndmask_b32_e64 v4, 0, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v6
	s_nop 1
	v_cndmask_b32_e64 v8, 0, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v13
	s_nop 1
	v_cndmask_b32_e64 v10, 0, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v23, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v23, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v23, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v10, v23, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v21, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v21, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v21, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v10, v21, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v20, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v20, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v20, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v10, v20, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v19, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v19, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v19, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v10, v19, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v18, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v18, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v18, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v10, v18, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v17, v1, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v12
	s_nop 1
	v_cndmask_b32_e64 v4, v17, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v8, v17, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v10, v17, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v11
	s_nop 1
	v_cndmask_b32_e64 v1, v16, v1, s[4:5]
	v_or_b32_e32 v237, v1, v0
	v_add_u32_e32 v0, 0x4000, v31
	ds_read2_b32 v[0:1], v0 offset1:16
	v_cmp_ne_u16_e64 s[4:5], 7, v12
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v14, v1, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v4, v16, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v6
	v_or_b32_e32 v125, v4, v2
	v_lshlrev_b16_sdwa v4, v24, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v6, v16, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v13
	v_or_b32_e32 v236, v6, v7
	v_and_b32_e32 v4, 0x3f80, v4
	v_cndmask_b32_e64 v8, v16, v10, s[4:5]
	v_or_b32_e32 v124, v8, v9
	v_lshlrev_b16_sdwa v7, v24, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v8, 8, v1
	v_and_b32_sdwa v13, v1, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v7, 0x3f80, v7
	v_lshlrev_b16_e32 v10, 7, v8
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[4:5], s6, v13
	v_lshlrev_b16_e32 v9, 8, v8
	v_and_b32_e32 v10, 0x3f80, v10
	v_lshlrev_b16_e32 v12, 7, v1
	v_and_b32_e32 v8, 0x7f, v8
	v_add_u16_e32 v7, 0x2000, v7
	v_cndmask_b32_e64 v4, v26, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v14
	v_lshlrev_b16_sdwa v2, v22, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v6, v22, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v11, 8, v1
	v_and_b32_e32 v12, 0x3f80, v12
	v_and_b32_e32 v1, 0x7f, v1
	v_add_u16_e32 v10, 0x2000, v10
	v_cndmask_b32_e64 v7, v26, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v8
	v_add_u16_e32 v12, 0x2000, v12
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v10, v26, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v1
	v_and_b32_e32 v6, 0xffff8000, v6
	v_and_b32_e32 v9, 0xffff8000, v9
	v_cndmask_b32_e64 v12, v26, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v13
	v_and_b32_sdwa v161, v0, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v162, v0, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v4, 0, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v14
	v_lshlrev_b16_e32 v160, 7, v0
	v_and_b32_e32 v160, 0x3f80, v160
	v_cndmask_b32_e64 v7, 0, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v8
	v_add_u16_e32 v160, 0x2000, v160
	s_nop 0
	v_cndmask_b32_e64 v10, 0, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v1
	s_nop 1
	v_cndmask_b32_e64 v12, 0, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v4, v23, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v14
	s_nop 1
	v_cndmask_b32_e64 v7, v23, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v8
	s_nop 1
	v_cndmask_b32_e64 v10, v23, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v1
	s_nop 1
	v_cndmask_b32_e64 v12, v23, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v4, v21, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v14
	s_nop 1
	v_cndmask_b32_e64 v7, v21, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v8
	s_nop 1
	v_cndmask_b32_e64 v10, v21, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v1
	s_nop 1
	v_cndmask_b32_e64 v12, v21, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v4, v20, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v14
	s_nop 1
	v_cndmask_b32_e64 v7, v20, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v8
	s_nop 1
	v_cndmask_b32_e64 v10, v20, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v1
	s_nop 1
	v_cndmask_b32_e64 v12, v20, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v4, v19, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v14
	s_nop 1
	v_cndmask_b32_e64 v7, v19, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v8
	s_nop 1
	v_cndmask_b32_e64 v10, v19, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v1
	s_nop 1
	v_cndmask_b32_e64 v12, v19, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v4, v18, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v14
	s_nop 1
	v_cndmask_b32_e64 v7, v18, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v8
	s_nop 1
	v_cndmask_b32_e64 v10, v18, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v1
	s_nop 1
	v_cndmask_b32_e64 v12, v18, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v4, v17, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v14
	s_nop 1
	v_cndmask_b32_e64 v7, v17, v7, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v8
	s_nop 1
	v_cndmask_b32_e64 v10, v17, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v1
	s_nop 1
	v_cndmask_b32_e64 v12, v17, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v13
	s_nop 1
	v_cndmask_b32_e64 v4, v16, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v14
	v_or_b32_e32 v240, v4, v2
	v_add_u32_e32 v2, 0x4000, v30
	v_cndmask_b32_e64 v7, v16, v7, s[4:5]
	v_or_b32_e32 v239, v7, v6
	ds_read2_b32 v[6:7], v2 offset1:16
	v_cmp_ne_u16_e64 s[4:5], 7, v8
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v4, v24, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v8, v16, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v1
	v_and_b32_e32 v10, 0xffff8000, v11
	v_or_b32_e32 v238, v8, v9
	v_cndmask_b32_e64 v1, v16, v12, s[4:5]
	v_or_b32_e32 v1, v1, v10
	v_and_b32_e32 v4, 0x3f80, v4
	v_lshlrev_b16_sdwa v9, v24, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v10, 8, v7
	v_and_b32_sdwa v15, v7, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_e32 v12, 7, v10
	v_and_b32_sdwa v30, v7, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[4:5], s6, v15
	v_lshlrev_b16_e32 v11, 8, v10
	v_and_b32_e32 v12, 0x3f80, v12
	v_lshlrev_b16_e32 v14, 7, v7
	v_and_b32_e32 v10, 0x7f, v10
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e64 v4, v26, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v30
	v_lshlrev_b16_sdwa v2, v22, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v8, v22, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v13, 8, v7
	v_and_b32_e32 v14, 0x3f80, v14
	v_and_b32_e32 v7, 0x7f, v7
	v_add_u16_e32 v12, 0x2000, v12
	v_cndmask_b32_e64 v9, v26, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v10
	v_add_u16_e32 v14, 0x2000, v14
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v12, v26, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v7
	v_and_b32_e32 v8, 0xffff8000, v8
	v_and_b32_e32 v11, 0xffff8000, v11
	v_cndmask_b32_e64 v14, v26, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v15
	v_and_b32_sdwa v163, v6, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v164, v6, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v4, 0, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v30
	s_nop 1
	v_cndmask_b32_e64 v9, 0, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v10
	s_nop 1
	v_cndmask_b32_e64 v12, 0, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v7
	s_nop 1
	v_cndmask_b32_e64 v14, 0, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v4, v23, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v30
	s_nop 1
	v_cndmask_b32_e64 v9, v23, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v10
	s_nop 1
	v_cndmask_b32_e64 v12, v23, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v7
	s_nop 1
	v_cndmask_b32_e64 v14, v23, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v4, v21, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v30
	s_nop 1
	v_cndmask_b32_e64 v9, v21, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v10
	s_nop 1
	v_cndmask_b32_e64 v12, v21, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v7
	s_nop 1
	v_cndmask_b32_e64 v14, v21, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v4, v20, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v30
	s_nop 1
	v_cndmask_b32_e64 v9, v20, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v10
	s_nop 1
	v_cndmask_b32_e64 v12, v20, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v7
	s_nop 1
	v_cndmask_b32_e64 v14, v20, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v4, v19, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v30
	s_nop 1
	v_cndmask_b32_e64 v9, v19, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v10
	s_nop 1
	v_cndmask_b32_e64 v12, v19, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v7
	s_nop 1
	v_cndmask_b32_e64 v14, v19, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v4, v18, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v30
	s_nop 1
	v_cndmask_b32_e64 v9, v18, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v10
	s_nop 1
	v_cndmask_b32_e64 v12, v18, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v7
	s_nop 1
	v_cndmask_b32_e64 v14, v18, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v4, v17, v4, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v30
	s_nop 1
	v_cndmask_b32_e64 v9, v17, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v10
	s_nop 1
	v_cndmask_b32_e64 v12, v17, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v7
	s_nop 1
	v_cndmask_b32_e64 v14, v17, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v15
	s_nop 1
	v_cndmask_b32_e64 v4, v16, v4, s[4:5]
	v_or_b32_e32 v243, v4, v2
	v_add_u32_e32 v2, 0x4000, v3
	ds_read2_b32 v[2:3], v2 offset1:16
	v_cmp_ne_u16_e64 s[4:5], 7, v30
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v30, v3, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e64 v9, v16, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v10
	v_or_b32_e32 v242, v9, v8
	v_lshlrev_b16_sdwa v8, v24, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v10, v16, v12, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v7
	v_or_b32_e32 v241, v10, v11
	v_and_b32_e32 v8, 0x3f80, v8
	v_lshlrev_b16_sdwa v10, v24, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v11, 8, v3
	v_cndmask_b32_e64 v7, v16, v14, s[4:5]
	v_and_b32_e32 v12, 0xffff8000, v13
	v_and_b32_e32 v10, 0x3f80, v10
	v_lshlrev_b16_e32 v13, 7, v11
	v_and_b32_sdwa v31, v3, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v8, 0x2000, v8
	v_cmp_ne_u16_e64 s[4:5], s6, v30
	v_or_b32_e32 v7, v7, v12
	v_lshlrev_b16_e32 v12, 8, v11
	v_and_b32_e32 v13, 0x3f80, v13
	v_lshlrev_b16_e32 v15, 7, v3
	v_and_b32_e32 v11, 0x7f, v11
	v_add_u16_e32 v10, 0x2000, v10
	v_cndmask_b32_e64 v8, v26, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v31
	v_lshlrev_b16_sdwa v4, v22, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v9, v22, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v14, 8, v3
	v_and_b32_e32 v15, 0x3f80, v15
	v_and_b32_e32 v3, 0x7f, v3
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e64 v10, v26, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v11
	v_add_u16_e32 v15, 0x2000, v15
	v_and_b32_e32 v4, 0xffff8000, v4
	v_cndmask_b32_e64 v13, v26, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v3
	v_and_b32_e32 v9, 0xffff8000, v9
	v_and_b32_e32 v12, 0xffff8000, v12
	v_cndmask_b32_e64 v15, v26, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v30
	v_and_b32_sdwa v165, v2, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v166, v2, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v8, 0, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v31
	s_nop 1
	v_cndmask_b32_e64 v10, 0, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v11
	s_nop 1
	v_cndmask_b32_e64 v13, 0, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v3
	s_nop 1
	v_cndmask_b32_e64 v15, 0, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v30
	s_nop 1
	v_cndmask_b32_e64 v8, v23, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v31
	s_nop 1
	v_cndmask_b32_e64 v10, v23, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v13, v23, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v3
	s_nop 1
	v_cndmask_b32_e64 v15, v23, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v30
	s_nop 1
	v_cndmask_b32_e64 v8, v21, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v31
	s_nop 1
	v_cndmask_b32_e64 v10, v21, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v13, v21, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v3
	s_nop 1
	v_cndmask_b32_e64 v15, v21, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v30
	s_nop 1
	v_cndmask_b32_e64 v8, v20, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v31
	s_nop 1
	v_cndmask_b32_e64 v10, v20, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v13, v20, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v3
	s_nop 1
	v_cndmask_b32_e64 v15, v20, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v30
	s_nop 1
	v_cndmask_b32_e64 v8, v19, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v31
	s_nop 1
	v_cndmask_b32_e64 v10, v19, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v13, v19, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v3
	s_nop 1
	v_cndmask_b32_e64 v15, v19, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v30
	s_nop 1
	v_cndmask_b32_e64 v8, v18, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v31
	s_nop 1
	v_cndmask_b32_e64 v10, v18, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v13, v18, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v3
	s_nop 1
	v_cndmask_b32_e64 v15, v18, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v30
	s_nop 1
	v_cndmask_b32_e64 v8, v17, v8, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v31
	s_nop 1
	v_cndmask_b32_e64 v10, v17, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v3
	s_nop 1
	v_cndmask_b32_e64 v15, v17, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v30
	s_nop 1
	v_cndmask_b32_e64 v8, v16, v8, s[4:5]
	v_or_b32_e32 v246, v8, v4
	v_add_u32_e32 v4, 0x4000, v5
	ds_read2_b32 v[4:5], v4 offset1:16
	v_cmp_ne_u16_e64 s[4:5], 7, v31
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v31, v5, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e64 v10, v16, v10, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v11
	v_or_b32_e32 v245, v10, v9
	v_lshlrev_b16_sdwa v9, v24, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v11, v16, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v3
	v_or_b32_e32 v244, v11, v12
	v_and_b32_e32 v9, 0x3f80, v9
	v_lshlrev_b16_sdwa v11, v24, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v12, 8, v5
	v_cndmask_b32_e64 v3, v16, v15, s[4:5]
	v_and_b32_e32 v13, 0xffff8000, v14
	v_and_b32_e32 v11, 0x3f80, v11
	v_lshlrev_b16_e32 v14, 7, v12
	v_and_b32_sdwa v152, v5, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v9, 0x2000, v9
	v_cmp_ne_u16_e64 s[4:5], s6, v31
	v_or_b32_e32 v3, v3, v13
	v_lshlrev_b16_e32 v13, 8, v12
	v_and_b32_e32 v14, 0x3f80, v14
	v_lshlrev_b16_e32 v30, 7, v5
	v_and_b32_e32 v12, 0x7f, v12
	v_add_u16_e32 v11, 0x2000, v11
	v_cndmask_b32_e64 v9, v26, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v152
	v_lshlrev_b16_sdwa v8, v22, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v10, v22, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v15, 8, v5
	v_and_b32_e32 v30, 0x3f80, v30
	v_and_b32_e32 v5, 0x7f, v5
	v_add_u16_e32 v14, 0x2000, v14
	v_cndmask_b32_e64 v11, v26, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v12
	v_add_u16_e32 v30, 0x2000, v30
	v_and_b32_e32 v8, 0xffff8000, v8
	v_cndmask_b32_e64 v14, v26, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v5
	v_and_b32_e32 v10, 0xffff8000, v10
	v_and_b32_e32 v13, 0xffff8000, v13
	v_cndmask_b32_e64 v30, v26, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v31
	v_and_b32_sdwa v167, v4, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v183, v4, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v9, 0, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v152
	s_nop 1
	v_cndmask_b32_e64 v11, 0, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v12
	s_nop 1
	v_cndmask_b32_e64 v14, 0, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v5
	s_nop 1
	v_cndmask_b32_e64 v30, 0, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v31
	s_nop 1
	v_cndmask_b32_e64 v9, v23, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v152
	s_nop 1
	v_cndmask_b32_e64 v11, v23, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v12
	s_nop 1
	v_cndmask_b32_e64 v14, v23, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v5
	s_nop 1
	v_cndmask_b32_e64 v30, v23, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v31
	s_nop 1
	v_cndmask_b32_e64 v9, v21, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v152
	s_nop 1
	v_cndmask_b32_e64 v11, v21, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v12
	s_nop 1
	v_cndmask_b32_e64 v14, v21, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v5
	s_nop 1
	v_cndmask_b32_e64 v30, v21, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v31
	s_nop 1
	v_cndmask_b32_e64 v9, v20, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v152
	s_nop 1
	v_cndmask_b32_e64 v11, v20, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v12
	s_nop 1
	v_cndmask_b32_e64 v14, v20, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v5
	s_nop 1
	v_cndmask_b32_e64 v30, v20, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v31
	s_nop 1
	v_cndmask_b32_e64 v9, v19, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v152
	s_nop 1
	v_cndmask_b32_e64 v11, v19, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v12
	s_nop 1
	v_cndmask_b32_e64 v14, v19, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v5
	s_nop 1
	v_cndmask_b32_e64 v30, v19, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v31
	s_nop 1
	v_cndmask_b32_e64 v9, v18, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v152
	s_nop 1
	v_cndmask_b32_e64 v11, v18, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v12
	s_nop 1
	v_cndmask_b32_e64 v14, v18, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v5
	s_nop 1
	v_cndmask_b32_e64 v30, v18, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v31
	s_nop 1
	v_cndmask_b32_e64 v9, v17, v9, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v152
	s_nop 1
	v_cndmask_b32_e64 v11, v17, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v12
	s_nop 1
	v_cndmask_b32_e64 v14, v17, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v5
	s_nop 1
	v_cndmask_b32_e64 v30, v17, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v31
	s_nop 1
	v_cndmask_b32_e64 v9, v16, v9, s[4:5]
	v_or_b32_e32 v249, v9, v8
	v_add_u32_e32 v8, 0x4000, v29
	ds_read2_b32 v[8:9], v8 offset1:16
	v_cmp_ne_u16_e64 s[4:5], 7, v152
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v152, v9, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e64 v11, v16, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v12
	v_or_b32_e32 v248, v11, v10
	v_lshlrev_b16_sdwa v11, v24, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v12, v16, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v5
	v_and_b32_e32 v14, 0xffff8000, v15
	v_or_b32_e32 v247, v12, v13
	v_cndmask_b32_e64 v5, v16, v30, s[4:5]
	v_or_b32_e32 v5, v5, v14
	v_and_b32_e32 v11, 0x3f80, v11
	v_lshlrev_b16_sdwa v13, v24, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v14, 8, v9
	v_and_b32_e32 v13, 0x3f80, v13
	v_lshlrev_b16_e32 v29, 7, v14
	v_and_b32_sdwa v153, v9, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v11, 0x2000, v11
	v_cmp_ne_u16_e64 s[4:5], s6, v152
	v_lshlrev_b16_e32 v15, 8, v14
	v_and_b32_e32 v29, 0x3f80, v29
	v_lshlrev_b16_e32 v31, 7, v9
	v_and_b32_e32 v14, 0x7f, v14
	v_add_u16_e32 v13, 0x2000, v13
	v_cndmask_b32_e64 v11, v26, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v153
	v_lshlrev_b16_sdwa v10, v22, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v12, v22, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v30, 8, v9
	v_and_b32_e32 v31, 0x3f80, v31
	v_and_b32_e32 v9, 0x7f, v9
	v_add_u16_e32 v29, 0x2000, v29
	v_cndmask_b32_e64 v13, v26, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v14
	v_add_u16_e32 v31, 0x2000, v31
	v_and_b32_e32 v10, 0xffff8000, v10
	v_cndmask_b32_e64 v29, v26, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v9
	v_and_b32_e32 v12, 0xffff8000, v12
	v_and_b32_e32 v15, 0xffff8000, v15
	v_cndmask_b32_e64 v31, v26, v31, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v152
	v_and_b32_sdwa v185, v8, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v186, v8, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v11, 0, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v153
	v_lshlrev_b16_e32 v184, 7, v8
	v_and_b32_e32 v184, 0x3f80, v184
	v_cndmask_b32_e64 v13, 0, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v14
	v_add_u16_e32 v184, 0x2000, v184
	s_nop 0
	v_cndmask_b32_e64 v29, 0, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v9
	s_nop 1
	v_cndmask_b32_e64 v31, 0, v31, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v152
	s_nop 1
	v_cndmask_b32_e64 v11, v23, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v153
	s_nop 1
	v_cndmask_b32_e64 v13, v23, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v14
	s_nop 1
	v_cndmask_b32_e64 v29, v23, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v31, v23, v31, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v152
	s_nop 1
	v_cndmask_b32_e64 v11, v21, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v153
	s_nop 1
	v_cndmask_b32_e64 v13, v21, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v14
	s_nop 1
	v_cndmask_b32_e64 v29, v21, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v31, v21, v31, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v152
	s_nop 1
	v_cndmask_b32_e64 v11, v20, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v153
	s_nop 1
	v_cndmask_b32_e64 v13, v20, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v14
	s_nop 1
	v_cndmask_b32_e64 v29, v20, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v31, v20, v31, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v152
	s_nop 1
	v_cndmask_b32_e64 v11, v19, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v153
	s_nop 1
	v_cndmask_b32_e64 v13, v19, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v14
	s_nop 1
	v_cndmask_b32_e64 v29, v19, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v31, v19, v31, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v152
	s_nop 1
	v_cndmask_b32_e64 v11, v18, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v153
	s_nop 1
	v_cndmask_b32_e64 v13, v18, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v14
	s_nop 1
	v_cndmask_b32_e64 v29, v18, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v31, v18, v31, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v152
	s_nop 1
	v_cndmask_b32_e64 v11, v17, v11, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v153
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v14
	s_nop 1
	v_cndmask_b32_e64 v29, v17, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v31, v17, v31, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v152
	s_nop 1
	v_cndmask_b32_e64 v11, v16, v11, s[4:5]
	v_or_b32_e32 v252, v11, v10
	v_add_u32_e32 v10, 0x4000, v28
	ds_read2_b32 v[10:11], v10 offset1:16
	v_cmp_ne_u16_e64 s[4:5], 7, v153
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v28, 8, v11
	v_cndmask_b32_e64 v13, v16, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v14
	v_or_b32_e32 v251, v13, v12
	v_lshlrev_b16_sdwa v13, v24, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v14, v16, v29, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v9
	v_or_b32_e32 v250, v14, v15
	v_and_b32_e32 v13, 0x3f80, v13
	v_lshlrev_b16_sdwa v15, v24, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v153, v11, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e64 v9, v16, v31, s[4:5]
	v_and_b32_e32 v29, 0xffff8000, v30
	v_and_b32_e32 v15, 0x3f80, v15
	v_lshlrev_b16_e32 v30, 7, v28
	v_and_b32_sdwa v154, v11, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v13, 0x2000, v13
	v_cmp_ne_u16_e64 s[4:5], s6, v153
	v_or_b32_e32 v9, v9, v29
	v_lshlrev_b16_e32 v29, 8, v28
	v_and_b32_e32 v30, 0x3f80, v30
	v_lshlrev_b16_e32 v152, 7, v11
	v_and_b32_e32 v28, 0x7f, v28
	v_add_u16_e32 v15, 0x2000, v15
	v_cndmask_b32_e64 v13, v26, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v154
	v_lshlrev_b16_sdwa v12, v22, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v14, v22, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v31, 8, v11
	v_and_b32_e32 v152, 0x3f80, v152
	v_and_b32_e32 v11, 0x7f, v11
	v_add_u16_e32 v30, 0x2000, v30
	v_cndmask_b32_e64 v15, v26, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v28
	v_add_u16_e32 v152, 0x2000, v152
	v_and_b32_e32 v12, 0xffff8000, v12
	v_cndmask_b32_e64 v30, v26, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v11
	v_and_b32_e32 v14, 0xffff8000, v14
	v_and_b32_e32 v29, 0xffff8000, v29
	v_cndmask_b32_e64 v152, v26, v152, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v153
	v_and_b32_sdwa v187, v10, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v188, v10, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v13, 0, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v154
	v_lshlrev_b16_e32 v176, 7, v10
	v_and_b32_e32 v176, 0x3f80, v176
	v_cndmask_b32_e64 v15, 0, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v28
	v_add_u16_e32 v176, 0x2000, v176
	s_nop 0
	v_cndmask_b32_e64 v30, 0, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v11
	s_nop 1
	v_cndmask_b32_e64 v152, 0, v152, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v153
	s_nop 1
	v_cndmask_b32_e64 v13, v23, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v154
	s_nop 1
	v_cndmask_b32_e64 v15, v23, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v28
	s_nop 1
	v_cndmask_b32_e64 v30, v23, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v152, v23, v152, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v153
	s_nop 1
	v_cndmask_b32_e64 v13, v21, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v154
	s_nop 1
	v_cndmask_b32_e64 v15, v21, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v28
	s_nop 1
	v_cndmask_b32_e64 v30, v21, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v152, v21, v152, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v153
	s_nop 1
	v_cndmask_b32_e64 v13, v20, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v154
	s_nop 1
	v_cndmask_b32_e64 v15, v20, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v28
	s_nop 1
	v_cndmask_b32_e64 v30, v20, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v152, v20, v152, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v153
	s_nop 1
	v_cndmask_b32_e64 v13, v19, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v154
	s_nop 1
	v_cndmask_b32_e64 v15, v19, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v28
	s_nop 1
	v_cndmask_b32_e64 v30, v19, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v152, v19, v152, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v153
	s_nop 1
	v_cndmask_b32_e64 v13, v18, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v154
	s_nop 1
	v_cndmask_b32_e64 v15, v18, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v28
	s_nop 1
	v_cndmask_b32_e64 v30, v18, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v152, v18, v152, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v153
	s_nop 1
	v_cndmask_b32_e64 v13, v17, v13, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v154
	s_nop 1
	v_cndmask_b32_e64 v15, v17, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v28
	s_nop 1
	v_cndmask_b32_e64 v30, v17, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v152, v17, v152, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v153
	s_nop 1
	v_cndmask_b32_e64 v13, v16, v13, s[4:5]
	v_or_b32_e32 v255, v13, v12
	v_add_u32_e32 v12, 0x4000, v27
	ds_read2_b32 v[12:13], v12 offset1:16
	v_cmp_ne_u16_e64 s[4:5], 7, v154
	s_waitcnt lgkmcnt(0)
	v_and_b32_sdwa v154, v13, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e64 v15, v16, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v28
	v_or_b32_e32 v254, v15, v14
	v_lshlrev_b16_sdwa v15, v24, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v28, v16, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v11
	v_or_b32_e32 v253, v28, v29
	v_and_b32_e32 v15, 0x3f80, v15
	v_lshlrev_b16_sdwa v28, v24, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v29, 8, v13
	v_cndmask_b32_e64 v11, v16, v152, s[4:5]
	v_and_b32_e32 v30, 0xffff8000, v31
	v_and_b32_e32 v28, 0x3f80, v28
	v_lshlrev_b16_e32 v31, 7, v29
	v_and_b32_sdwa v155, v13, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v15, 0x2000, v15
	v_cmp_ne_u16_e64 s[4:5], s6, v154
	v_or_b32_e32 v11, v11, v30
	v_lshlrev_b16_e32 v30, 8, v29
	v_and_b32_e32 v31, 0x3f80, v31
	v_lshlrev_b16_e32 v153, 7, v13
	v_and_b32_e32 v29, 0x7f, v29
	v_add_u16_e32 v28, 0x2000, v28
	v_cndmask_b32_e64 v15, v26, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v155
	v_lshlrev_b16_sdwa v14, v22, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v27, v22, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v152, 8, v13
	v_and_b32_e32 v153, 0x3f80, v153
	v_and_b32_e32 v13, 0x7f, v13
	v_add_u16_e32 v31, 0x2000, v31
	v_cndmask_b32_e64 v28, v26, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v29
	v_add_u16_e32 v153, 0x2000, v153
	v_and_b32_e32 v14, 0xffff8000, v14
	v_cndmask_b32_e64 v31, v26, v31, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v13
	v_and_b32_sdwa v189, v12, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v190, v12, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v153, v26, v153, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v154
	v_lshlrev_b16_e32 v178, 7, v12
	v_and_b32_e32 v178, 0x3f80, v178
	v_cndmask_b32_e64 v15, 0, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v155
	v_add_u16_e32 v178, 0x2000, v178
	s_nop 0
	v_cndmask_b32_e64 v28, 0, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v29
	s_nop 1
	v_cndmask_b32_e64 v31, 0, v31, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v13
	s_nop 1
	v_cndmask_b32_e64 v153, 0, v153, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v154
	s_nop 1
	v_cndmask_b32_e64 v15, v23, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v155
	s_nop 1
	v_cndmask_b32_e64 v28, v23, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v29
	s_nop 1
	v_cndmask_b32_e64 v31, v23, v31, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v153, v23, v153, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v154
	s_nop 1
	v_cndmask_b32_e64 v15, v21, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v155
	s_nop 1
	v_cndmask_b32_e64 v28, v21, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v29
	s_nop 1
	v_cndmask_b32_e64 v31, v21, v31, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v153, v21, v153, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v154
	s_nop 1
	v_cndmask_b32_e64 v15, v20, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v155
	s_nop 1
	v_cndmask_b32_e64 v28, v20, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v29
	s_nop 1
	v_cndmask_b32_e64 v31, v20, v31, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v153, v20, v153, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v154
	s_nop 1
	v_cndmask_b32_e64 v15, v19, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v155
	s_nop 1
	v_cndmask_b32_e64 v28, v19, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v29
	s_nop 1
	v_cndmask_b32_e64 v31, v19, v31, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v153, v19, v153, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v154
	s_nop 1
	v_cndmask_b32_e64 v15, v18, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v155
	s_nop 1
	v_cndmask_b32_e64 v28, v18, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v29
	s_nop 1
	v_cndmask_b32_e64 v31, v18, v31, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v153, v18, v153, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v154
	s_nop 1
	v_cndmask_b32_e64 v15, v17, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v155
	s_nop 1
	v_cndmask_b32_e64 v28, v17, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v29
	s_nop 1
	v_cndmask_b32_e64 v31, v17, v31, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v153, v17, v153, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v154
	s_nop 1
	v_cndmask_b32_e64 v15, v16, v15, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v155
	s_nop 1
	v_cndmask_b32_e64 v28, v16, v28, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v29
	s_nop 1
	v_cndmask_b32_e64 v29, v16, v31, s[4:5]
	v_and_b32_e32 v31, 0xffff8000, v27
	v_and_b32_e32 v27, 0xffff8000, v30
	v_or_b32_e32 v27, v29, v27
	v_or_b32_e32 v29, v15, v14
	v_add_u32_e32 v14, 0x4000, v25
	ds_read2_b32 v[14:15], v14 offset1:16
	v_cmp_ne_u16_e64 s[4:5], 7, v13
	v_and_b32_e32 v30, 0xffff8000, v152
	v_or_b32_e32 v28, v28, v31
	v_cndmask_b32_e64 v13, v16, v153, s[4:5]
	v_or_b32_e32 v13, v13, v30
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v30, v24, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v30, 0x3f80, v30
	v_lshlrev_b16_sdwa v152, v24, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v153, 8, v15
	v_and_b32_sdwa v158, v15, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v152, 0x3f80, v152
	v_lshlrev_b16_e32 v155, 7, v153
	v_and_b32_sdwa v159, v15, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v30, 0x2000, v30
	v_cmp_ne_u16_e64 s[4:5], s6, v158
	v_lshlrev_b16_e32 v154, 8, v153
	v_and_b32_e32 v155, 0x3f80, v155
	v_lshlrev_b16_e32 v157, 7, v15
	v_and_b32_e32 v153, 0x7f, v153
	v_add_u16_e32 v152, 0x2000, v152
	v_cndmask_b32_e64 v30, v26, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v159
	v_lshlrev_b16_sdwa v25, v22, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v31, v22, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v156, 8, v15
	v_and_b32_e32 v157, 0x3f80, v157
	v_and_b32_e32 v15, 0x7f, v15
	v_add_u16_e32 v155, 0x2000, v155
	v_cndmask_b32_e64 v152, v26, v152, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v153
	v_add_u16_e32 v157, 0x2000, v157
	v_and_b32_e32 v31, 0xffff8000, v31
	v_cndmask_b32_e64 v155, v26, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v15
	v_and_b32_sdwa v174, v14, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v157, v26, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v158
	s_nop 1
	v_cndmask_b32_e64 v30, 0, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v159
	s_nop 1
	v_cndmask_b32_e64 v152, 0, v152, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v153
	s_nop 1
	v_cndmask_b32_e64 v155, 0, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v15
	s_nop 1
	v_cndmask_b32_e64 v157, 0, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v158
	s_nop 1
	v_cndmask_b32_e64 v30, v23, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v159
	s_nop 1
	v_cndmask_b32_e64 v152, v23, v152, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v153
	s_nop 1
	v_cndmask_b32_e64 v155, v23, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v157, v23, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v158
	s_nop 1
	v_cndmask_b32_e64 v30, v21, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v159
	s_nop 1
	v_cndmask_b32_e64 v152, v21, v152, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v153
	s_nop 1
	v_cndmask_b32_e64 v155, v21, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v157, v21, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v158
	s_nop 1
	v_cndmask_b32_e64 v30, v20, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v159
	s_nop 1
	v_cndmask_b32_e64 v152, v20, v152, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v153
	s_nop 1
	v_cndmask_b32_e64 v155, v20, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v157, v20, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v158
	s_nop 1
	v_cndmask_b32_e64 v30, v19, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v159
	s_nop 1
	v_cndmask_b32_e64 v152, v19, v152, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v153
	s_nop 1
	v_cndmask_b32_e64 v155, v19, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v157, v19, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v158
	s_nop 1
	v_cndmask_b32_e64 v30, v18, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v159
	s_nop 1
	v_cndmask_b32_e64 v152, v18, v152, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v153
	s_nop 1
	v_cndmask_b32_e64 v155, v18, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v157, v18, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v158
	s_nop 1
	v_cndmask_b32_e64 v30, v17, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v159
	s_nop 1
	v_cndmask_b32_e64 v152, v17, v152, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v153
	s_nop 1
	v_cndmask_b32_e64 v155, v17, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v157, v17, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v158
	s_nop 1
	v_cndmask_b32_e64 v158, v16, v30, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v159
	v_lshlrev_b16_e32 v159, 8, v0
	s_nop 0
	v_cndmask_b32_e64 v30, v16, v152, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v153
	v_and_b32_e32 v153, 0xffff8000, v25
	v_or_b32_e32 v30, v30, v31
	v_or_b32_e32 v31, v158, v153
	v_lshlrev_b16_sdwa v153, v24, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v152, v16, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v15
	v_and_b32_e32 v25, 0xffff8000, v154
	v_and_b32_e32 v154, 0xffff8000, v156
	v_and_b32_e32 v153, 0x3f80, v153
	v_lshlrev_b16_sdwa v155, v24, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v156, 8, v0
	v_cndmask_b32_e64 v15, v16, v157, s[4:5]
	v_and_b32_e32 v155, 0x3f80, v155
	v_lshlrev_b16_e32 v158, 7, v156
	v_add_u16_e32 v153, 0x2000, v153
	v_cmp_ne_u16_e64 s[4:5], s6, v161
	v_lshlrev_b16_e32 v157, 8, v156
	v_and_b32_e32 v158, 0x3f80, v158
	v_and_b32_e32 v156, 0x7f, v156
	v_add_u16_e32 v155, 0x2000, v155
	v_cndmask_b32_e64 v153, v26, v153, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v162
	v_or_b32_e32 v15, v15, v154
	v_or_b32_e32 v25, v152, v25
	v_lshlrev_b16_sdwa v152, v22, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v154, v22, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v0, 0x7f, v0
	v_add_u16_e32 v158, 0x2000, v158
	v_cndmask_b32_e64 v155, v26, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v156
	v_and_b32_e32 v154, 0xffff8000, v154
	s_nop 0
	v_cndmask_b32_e64 v158, v26, v158, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v0
	s_nop 1
	v_cndmask_b32_e64 v160, v26, v160, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v161
	s_nop 1
	v_cndmask_b32_e64 v153, 0, v153, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v162
	s_nop 1
	v_cndmask_b32_e64 v155, 0, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v156
	s_nop 1
	v_cndmask_b32_e64 v158, 0, v158, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v0
	s_nop 1
	v_cndmask_b32_e64 v160, 0, v160, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v161
	s_nop 1
	v_cndmask_b32_e64 v153, v23, v153, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v162
	s_nop 1
	v_cndmask_b32_e64 v155, v23, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v156
	s_nop 1
	v_cndmask_b32_e64 v158, v23, v158, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v0
	s_nop 1
	v_cndmask_b32_e64 v160, v23, v160, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v161
	s_nop 1
	v_cndmask_b32_e64 v153, v21, v153, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v162
	s_nop 1
	v_cndmask_b32_e64 v155, v21, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v156
	s_nop 1
	v_cndmask_b32_e64 v158, v21, v158, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v0
	s_nop 1
	v_cndmask_b32_e64 v160, v21, v160, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v161
	s_nop 1
	v_cndmask_b32_e64 v153, v20, v153, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v162
	s_nop 1
	v_cndmask_b32_e64 v155, v20, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v156
	s_nop 1
	v_cndmask_b32_e64 v158, v20, v158, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v0
	s_nop 1
	v_cndmask_b32_e64 v160, v20, v160, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v161
	s_nop 1
	v_cndmask_b32_e64 v153, v19, v153, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v162
	s_nop 1
	v_cndmask_b32_e64 v155, v19, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v156
	s_nop 1
	v_cndmask_b32_e64 v158, v19, v158, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v0
	s_nop 1
	v_cndmask_b32_e64 v160, v19, v160, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v161
	s_nop 1
	v_cndmask_b32_e64 v153, v18, v153, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v162
	s_nop 1
	v_cndmask_b32_e64 v155, v18, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v156
	s_nop 1
	v_cndmask_b32_e64 v158, v18, v158, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v0
	s_nop 1
	v_cndmask_b32_e64 v160, v18, v160, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v161
	s_nop 1
	v_cndmask_b32_e64 v153, v17, v153, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v162
	s_nop 1
	v_cndmask_b32_e64 v155, v17, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v156
	s_nop 1
	v_cndmask_b32_e64 v158, v17, v158, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v0
	s_nop 1
	v_cndmask_b32_e64 v160, v17, v160, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v161
	s_nop 1
	v_cndmask_b32_e64 v161, v16, v153, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v162
	v_lshlrev_b16_e32 v162, 7, v6
	v_and_b32_e32 v162, 0x3f80, v162
	v_cndmask_b32_e64 v153, v16, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v156
	v_and_b32_e32 v156, 0xffff8000, v152
	v_and_b32_e32 v152, 0xffff8000, v157
	v_cndmask_b32_e64 v155, v16, v158, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v0
	v_and_b32_e32 v157, 0xffff8000, v159
	v_or_b32_e32 v152, v155, v152
	v_cndmask_b32_e64 v0, v16, v160, s[4:5]
	v_lshlrev_b16_sdwa v155, v24, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v0, v0, v157
	v_and_b32_e32 v155, 0x3f80, v155
	v_lshlrev_b16_sdwa v157, v24, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v158, 8, v6
	v_and_b32_e32 v157, 0x3f80, v157
	v_lshlrev_b16_e32 v160, 7, v158
	v_add_u16_e32 v155, 0x2000, v155
	v_cmp_ne_u16_e64 s[4:5], s6, v163
	v_lshlrev_b16_e32 v159, 8, v158
	v_and_b32_e32 v160, 0x3f80, v160
	v_and_b32_e32 v158, 0x7f, v158
	v_add_u16_e32 v157, 0x2000, v157
	v_cndmask_b32_e64 v155, v26, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v164
	v_or_b32_e32 v153, v153, v154
	v_or_b32_e32 v168, v161, v156
	v_lshlrev_b16_sdwa v154, v22, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v156, v22, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v161, 8, v6
	v_and_b32_e32 v6, 0x7f, v6
	v_add_u16_e32 v160, 0x2000, v160
	v_cndmask_b32_e64 v157, v26, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v158
	v_add_u16_e32 v162, 0x2000, v162
	v_and_b32_e32 v156, 0xffff8000, v156
	v_cndmask_b32_e64 v160, v26, v160, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v6
	s_nop 1
	v_cndmask_b32_e64 v162, v26, v162, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v163
	s_nop 1
	v_cndmask_b32_e64 v155, 0, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v164
	s_nop 1
	v_cndmask_b32_e64 v157, 0, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v158
	s_nop 1
	v_cndmask_b32_e64 v160, 0, v160, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v6
	s_nop 1
	v_cndmask_b32_e64 v162, 0, v162, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v163
	s_nop 1
	v_cndmask_b32_e64 v155, v23, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v164
	s_nop 1
	v_cndmask_b32_e64 v157, v23, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v158
	s_nop 1
	v_cndmask_b32_e64 v160, v23, v160, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v162, v23, v162, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v163
	s_nop 1
	v_cndmask_b32_e64 v155, v21, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v164
	s_nop 1
	v_cndmask_b32_e64 v157, v21, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v158
	s_nop 1
	v_cndmask_b32_e64 v160, v21, v160, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v162, v21, v162, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v163
	s_nop 1
	v_cndmask_b32_e64 v155, v20, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v164
	s_nop 1
	v_cndmask_b32_e64 v157, v20, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v158
	s_nop 1
	v_cndmask_b32_e64 v160, v20, v160, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v162, v20, v162, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v163
	s_nop 1
	v_cndmask_b32_e64 v155, v19, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v164
	s_nop 1
	v_cndmask_b32_e64 v157, v19, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v158
	s_nop 1
	v_cndmask_b32_e64 v160, v19, v160, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v162, v19, v162, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v163
	s_nop 1
	v_cndmask_b32_e64 v155, v18, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v164
	s_nop 1
	v_cndmask_b32_e64 v157, v18, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v158
	s_nop 1
	v_cndmask_b32_e64 v160, v18, v160, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v162, v18, v162, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v163
	s_nop 1
	v_cndmask_b32_e64 v155, v17, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v164
	s_nop 1
	v_cndmask_b32_e64 v157, v17, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v158
	s_nop 1
	v_cndmask_b32_e64 v160, v17, v160, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v162, v17, v162, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v163
	s_nop 1
	v_cndmask_b32_e64 v163, v16, v155, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v164
	v_lshlrev_b16_e32 v164, 7, v2
	v_and_b32_e32 v164, 0x3f80, v164
	v_cndmask_b32_e64 v155, v16, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v158
	v_and_b32_e32 v158, 0xffff8000, v154
	v_and_b32_e32 v154, 0xffff8000, v159
	v_cndmask_b32_e64 v157, v16, v160, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v6
	v_and_b32_e32 v159, 0xffff8000, v161
	v_or_b32_e32 v154, v157, v154
	v_cndmask_b32_e64 v6, v16, v162, s[4:5]
	v_lshlrev_b16_sdwa v157, v24, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v6, v6, v159
	v_and_b32_e32 v157, 0x3f80, v157
	v_lshlrev_b16_sdwa v159, v24, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v160, 8, v2
	v_and_b32_e32 v159, 0x3f80, v159
	v_lshlrev_b16_e32 v162, 7, v160
	v_add_u16_e32 v157, 0x2000, v157
	v_cmp_ne_u16_e64 s[4:5], s6, v165
	v_lshlrev_b16_e32 v161, 8, v160
	v_and_b32_e32 v162, 0x3f80, v162
	v_and_b32_e32 v160, 0x7f, v160
	v_add_u16_e32 v159, 0x2000, v159
	v_cndmask_b32_e64 v157, v26, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v166
	v_or_b32_e32 v155, v155, v156
	v_or_b32_e32 v173, v163, v158
	v_lshlrev_b16_sdwa v156, v22, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v158, v22, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v163, 8, v2
	v_and_b32_e32 v2, 0x7f, v2
	v_add_u16_e32 v162, 0x2000, v162
	v_cndmask_b32_e64 v159, v26, v159, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v160
	v_add_u16_e32 v164, 0x2000, v164
	v_and_b32_e32 v158, 0xffff8000, v158
	v_cndmask_b32_e64 v162, v26, v162, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v2
	s_nop 1
	v_cndmask_b32_e64 v164, v26, v164, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v165
	s_nop 1
	v_cndmask_b32_e64 v157, 0, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v166
	s_nop 1
	v_cndmask_b32_e64 v159, 0, v159, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v160
	s_nop 1
	v_cndmask_b32_e64 v162, 0, v162, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v2
	s_nop 1
	v_cndmask_b32_e64 v164, 0, v164, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v165
	s_nop 1
	v_cndmask_b32_e64 v157, v23, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v166
	s_nop 1
	v_cndmask_b32_e64 v159, v23, v159, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v160
	s_nop 1
	v_cndmask_b32_e64 v162, v23, v162, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v2
	s_nop 1
	v_cndmask_b32_e64 v164, v23, v164, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v165
	s_nop 1
	v_cndmask_b32_e64 v157, v21, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v166
	s_nop 1
	v_cndmask_b32_e64 v159, v21, v159, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v160
	s_nop 1
	v_cndmask_b32_e64 v162, v21, v162, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v164, v21, v164, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v165
	s_nop 1
	v_cndmask_b32_e64 v157, v20, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v166
	s_nop 1
	v_cndmask_b32_e64 v159, v20, v159, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v160
	s_nop 1
	v_cndmask_b32_e64 v162, v20, v162, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v164, v20, v164, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v165
	s_nop 1
	v_cndmask_b32_e64 v157, v19, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v166
	s_nop 1
	v_cndmask_b32_e64 v159, v19, v159, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v160
	s_nop 1
	v_cndmask_b32_e64 v162, v19, v162, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v164, v19, v164, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v165
	s_nop 1
	v_cndmask_b32_e64 v157, v18, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v166
	s_nop 1
	v_cndmask_b32_e64 v159, v18, v159, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v160
	s_nop 1
	v_cndmask_b32_e64 v162, v18, v162, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v164, v18, v164, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v165
	s_nop 1
	v_cndmask_b32_e64 v157, v17, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v166
	s_nop 1
	v_cndmask_b32_e64 v159, v17, v159, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v160
	s_nop 1
	v_cndmask_b32_e64 v162, v17, v162, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v164, v17, v164, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v165
	s_nop 1
	v_cndmask_b32_e64 v165, v16, v157, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v166
	v_lshlrev_b16_e32 v166, 7, v4
	v_and_b32_e32 v166, 0x3f80, v166
	v_cndmask_b32_e64 v157, v16, v159, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v160
	v_and_b32_e32 v160, 0xffff8000, v156
	v_and_b32_e32 v156, 0xffff8000, v161
	v_cndmask_b32_e64 v159, v16, v162, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v2
	v_and_b32_e32 v161, 0xffff8000, v163
	v_or_b32_e32 v156, v159, v156
	v_cndmask_b32_e64 v2, v16, v164, s[4:5]
	v_lshlrev_b16_sdwa v159, v24, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v2, v2, v161
	v_and_b32_e32 v159, 0x3f80, v159
	v_lshlrev_b16_sdwa v161, v24, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v162, 8, v4
	v_and_b32_e32 v161, 0x3f80, v161
	v_lshlrev_b16_e32 v164, 7, v162
	v_add_u16_e32 v159, 0x2000, v159
	v_cmp_ne_u16_e64 s[4:5], s6, v167
	v_lshlrev_b16_e32 v163, 8, v162
	v_and_b32_e32 v164, 0x3f80, v164
	v_and_b32_e32 v162, 0x7f, v162
	v_add_u16_e32 v161, 0x2000, v161
	v_cndmask_b32_e64 v159, v26, v159, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v183
	v_or_b32_e32 v157, v157, v158
	v_or_b32_e32 v182, v165, v160
	v_lshlrev_b16_sdwa v158, v22, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v160, v22, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v165, 8, v4
	v_and_b32_e32 v4, 0x7f, v4
	v_add_u16_e32 v164, 0x2000, v164
	v_cndmask_b32_e64 v161, v26, v161, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v162
	v_add_u16_e32 v166, 0x2000, v166
	v_and_b32_e32 v160, 0xffff8000, v160
	v_cndmask_b32_e64 v164, v26, v164, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v4
	s_nop 1
	v_cndmask_b32_e64 v166, v26, v166, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v167
	s_nop 1
	v_cndmask_b32_e64 v159, 0, v159, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v183
	s_nop 1
	v_cndmask_b32_e64 v161, 0, v161, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v162
	s_nop 1
	v_cndmask_b32_e64 v164, 0, v164, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v4
	s_nop 1
	v_cndmask_b32_e64 v166, 0, v166, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v167
	s_nop 1
	v_cndmask_b32_e64 v159, v23, v159, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v183
	s_nop 1
	v_cndmask_b32_e64 v161, v23, v161, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v162
	s_nop 1
	v_cndmask_b32_e64 v164, v23, v164, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v4
	s_nop 1
	v_cndmask_b32_e64 v166, v23, v166, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v167
	s_nop 1
	v_cndmask_b32_e64 v159, v21, v159, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v183
	s_nop 1
	v_cndmask_b32_e64 v161, v21, v161, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v162
	s_nop 1
	v_cndmask_b32_e64 v164, v21, v164, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v166, v21, v166, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v167
	s_nop 1
	v_cndmask_b32_e64 v159, v20, v159, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v183
	s_nop 1
	v_cndmask_b32_e64 v161, v20, v161, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v162
	s_nop 1
	v_cndmask_b32_e64 v164, v20, v164, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v166, v20, v166, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v167
	s_nop 1
	v_cndmask_b32_e64 v159, v19, v159, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v183
	s_nop 1
	v_cndmask_b32_e64 v161, v19, v161, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v162
	s_nop 1
	v_cndmask_b32_e64 v164, v19, v164, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v166, v19, v166, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v167
	s_nop 1
	v_cndmask_b32_e64 v159, v18, v159, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v183
	s_nop 1
	v_cndmask_b32_e64 v161, v18, v161, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v162
	s_nop 1
	v_cndmask_b32_e64 v164, v18, v164, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v166, v18, v166, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v167
	s_nop 1
	v_cndmask_b32_e64 v159, v17, v159, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v183
	s_nop 1
	v_cndmask_b32_e64 v161, v17, v161, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v162
	s_nop 1
	v_cndmask_b32_e64 v164, v17, v164, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v166, v17, v166, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v167
	s_nop 1
	v_cndmask_b32_e64 v167, v16, v159, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v183
	s_nop 1
	v_cndmask_b32_e64 v159, v16, v161, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v162
	v_and_b32_e32 v162, 0xffff8000, v158
	v_and_b32_e32 v158, 0xffff8000, v163
	v_cndmask_b32_e64 v161, v16, v164, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v4
	v_and_b32_e32 v163, 0xffff8000, v165
	v_or_b32_e32 v158, v161, v158
	v_cndmask_b32_e64 v4, v16, v166, s[4:5]
	v_lshlrev_b16_sdwa v161, v24, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v4, v4, v163
	v_and_b32_e32 v161, 0x3f80, v161
	v_lshlrev_b16_sdwa v163, v24, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v164, 8, v8
	v_and_b32_e32 v163, 0x3f80, v163
	v_lshlrev_b16_e32 v166, 7, v164
	v_add_u16_e32 v161, 0x2000, v161
	v_cmp_ne_u16_e64 s[4:5], s6, v185
	v_lshlrev_b16_e32 v165, 8, v164
	v_and_b32_e32 v166, 0x3f80, v166
	v_and_b32_e32 v164, 0x7f, v164
	v_add_u16_e32 v163, 0x2000, v163
	v_cndmask_b32_e64 v161, v26, v161, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v186
	v_or_b32_e32 v159, v159, v160
	v_or_b32_e32 v183, v167, v162
	v_lshlrev_b16_sdwa v160, v22, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v162, v22, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v167, 8, v8
	v_and_b32_e32 v8, 0x7f, v8
	v_add_u16_e32 v166, 0x2000, v166
	v_cndmask_b32_e64 v163, v26, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v164
	v_and_b32_e32 v162, 0xffff8000, v162
	s_nop 0
	v_cndmask_b32_e64 v166, v26, v166, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v8
	s_nop 1
	v_cndmask_b32_e64 v184, v26, v184, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v185
	s_nop 1
	v_cndmask_b32_e64 v161, 0, v161, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v186
	s_nop 1
	v_cndmask_b32_e64 v163, 0, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v164
	s_nop 1
	v_cndmask_b32_e64 v166, 0, v166, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v8
	s_nop 1
	v_cndmask_b32_e64 v184, 0, v184, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v185
	s_nop 1
	v_cndmask_b32_e64 v161, v23, v161, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v186
	s_nop 1
	v_cndmask_b32_e64 v163, v23, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v164
	s_nop 1
	v_cndmask_b32_e64 v166, v23, v166, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v8
	s_nop 1
	v_cndmask_b32_e64 v184, v23, v184, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v185
	s_nop 1
	v_cndmask_b32_e64 v161, v21, v161, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v186
	s_nop 1
	v_cndmask_b32_e64 v163, v21, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v164
	s_nop 1
	v_cndmask_b32_e64 v166, v21, v166, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v8
	s_nop 1
	v_cndmask_b32_e64 v184, v21, v184, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v185
	s_nop 1
	v_cndmask_b32_e64 v161, v20, v161, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v186
	s_nop 1
	v_cndmask_b32_e64 v163, v20, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v164
	s_nop 1
	v_cndmask_b32_e64 v166, v20, v166, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v8
	s_nop 1
	v_cndmask_b32_e64 v184, v20, v184, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v185
	s_nop 1
	v_cndmask_b32_e64 v161, v19, v161, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v186
	s_nop 1
	v_cndmask_b32_e64 v163, v19, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v164
	s_nop 1
	v_cndmask_b32_e64 v166, v19, v166, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v8
	s_nop 1
	v_cndmask_b32_e64 v184, v19, v184, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v185
	s_nop 1
	v_cndmask_b32_e64 v161, v18, v161, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v186
	s_nop 1
	v_cndmask_b32_e64 v163, v18, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v164
	s_nop 1
	v_cndmask_b32_e64 v166, v18, v166, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v8
	s_nop 1
	v_cndmask_b32_e64 v184, v18, v184, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v185
	s_nop 1
	v_cndmask_b32_e64 v161, v17, v161, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v186
	s_nop 1
	v_cndmask_b32_e64 v163, v17, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v164
	s_nop 1
	v_cndmask_b32_e64 v166, v17, v166, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v8
	s_nop 1
	v_cndmask_b32_e64 v184, v17, v184, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v185
	s_nop 1
	v_cndmask_b32_e64 v185, v16, v161, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v186
	v_lshlrev_b16_e32 v186, 8, v10
	s_nop 0
	v_cndmask_b32_e64 v161, v16, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v164
	v_and_b32_e32 v164, 0xffff8000, v160
	v_and_b32_e32 v160, 0xffff8000, v165
	v_cndmask_b32_e64 v163, v16, v166, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v8
	v_and_b32_e32 v165, 0xffff8000, v167
	v_or_b32_e32 v160, v163, v160
	v_cndmask_b32_e64 v8, v16, v184, s[4:5]
	v_lshlrev_b16_sdwa v163, v24, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v8, v8, v165
	v_and_b32_e32 v163, 0x3f80, v163
	v_lshlrev_b16_sdwa v165, v24, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v166, 8, v10
	v_or_b32_e32 v184, v185, v164
	v_and_b32_e32 v165, 0x3f80, v165
	v_lshlrev_b16_e32 v185, 7, v166
	v_add_u16_e32 v163, 0x2000, v163
	v_cmp_ne_u16_e64 s[4:5], s6, v187
	v_lshlrev_b16_e32 v167, 8, v166
	v_and_b32_e32 v185, 0x3f80, v185
	v_and_b32_e32 v166, 0x7f, v166
	v_add_u16_e32 v165, 0x2000, v165
	v_cndmask_b32_e64 v163, v26, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v188
	v_or_b32_e32 v161, v161, v162
	v_lshlrev_b16_sdwa v162, v22, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v164, v22, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v10, 0x7f, v10
	v_add_u16_e32 v185, 0x2000, v185
	v_cndmask_b32_e64 v165, v26, v165, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v166
	v_and_b32_e32 v162, 0xffff8000, v162
	s_nop 0
	v_cndmask_b32_e64 v185, v26, v185, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v10
	s_nop 1
	v_cndmask_b32_e64 v176, v26, v176, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v187
	s_nop 1
	v_cndmask_b32_e64 v163, 0, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v188
	s_nop 1
	v_cndmask_b32_e64 v165, 0, v165, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v166
	s_nop 1
	v_cndmask_b32_e64 v185, 0, v185, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v10
	s_nop 1
	v_cndmask_b32_e64 v176, 0, v176, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v187
	s_nop 1
	v_cndmask_b32_e64 v163, v23, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v188
	s_nop 1
	v_cndmask_b32_e64 v165, v23, v165, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v166
	s_nop 1
	v_cndmask_b32_e64 v185, v23, v185, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v10
	s_nop 1
	v_cndmask_b32_e64 v176, v23, v176, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v187
	s_nop 1
	v_cndmask_b32_e64 v163, v21, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v188
	s_nop 1
	v_cndmask_b32_e64 v165, v21, v165, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v166
	s_nop 1
	v_cndmask_b32_e64 v185, v21, v185, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v10
	s_nop 1
	v_cndmask_b32_e64 v176, v21, v176, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v187
	s_nop 1
	v_cndmask_b32_e64 v163, v20, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v188
	s_nop 1
	v_cndmask_b32_e64 v165, v20, v165, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v166
	s_nop 1
	v_cndmask_b32_e64 v185, v20, v185, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v10
	s_nop 1
	v_cndmask_b32_e64 v176, v20, v176, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v187
	s_nop 1
	v_cndmask_b32_e64 v163, v19, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v188
	s_nop 1
	v_cndmask_b32_e64 v165, v19, v165, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v166
	s_nop 1
	v_cndmask_b32_e64 v185, v19, v185, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v10
	s_nop 1
	v_cndmask_b32_e64 v176, v19, v176, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v187
	s_nop 1
	v_cndmask_b32_e64 v163, v18, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v188
	s_nop 1
	v_cndmask_b32_e64 v165, v18, v165, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v166
	s_nop 1
	v_cndmask_b32_e64 v185, v18, v185, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v10
	s_nop 1
	v_cndmask_b32_e64 v176, v18, v176, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v187
	s_nop 1
	v_cndmask_b32_e64 v163, v17, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v188
	s_nop 1
	v_cndmask_b32_e64 v165, v17, v165, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v166
	s_nop 1
	v_cndmask_b32_e64 v185, v17, v185, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v10
	s_nop 1
	v_cndmask_b32_e64 v176, v17, v176, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v187
	s_nop 1
	v_cndmask_b32_e64 v163, v16, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v188
	v_lshlrev_b16_e32 v188, 8, v12
	s_nop 0
	v_cndmask_b32_e64 v165, v16, v165, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v166
	s_nop 1
	v_cndmask_b32_e64 v166, v16, v185, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v10
	v_or_b32_e32 v185, v163, v162
	v_lshlrev_b16_sdwa v163, v24, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v10, v16, v176, s[4:5]
	v_and_b32_e32 v176, 0xffff8000, v164
	v_and_b32_e32 v164, 0xffff8000, v167
	v_and_b32_e32 v167, 0xffff8000, v186
	v_or_b32_e32 v10, v10, v167
	v_or_b32_e32 v165, v165, v176
	v_and_b32_e32 v163, 0x3f80, v163
	v_lshlrev_b16_sdwa v167, v24, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v176, 8, v12
	v_and_b32_e32 v167, 0x3f80, v167
	v_lshlrev_b16_e32 v187, 7, v176
	v_add_u16_e32 v163, 0x2000, v163
	v_cmp_ne_u16_e64 s[4:5], s6, v189
	v_lshlrev_b16_e32 v186, 8, v176
	v_and_b32_e32 v187, 0x3f80, v187
	v_and_b32_e32 v176, 0x7f, v176
	v_add_u16_e32 v167, 0x2000, v167
	v_cndmask_b32_e64 v163, v26, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v190
	v_or_b32_e32 v164, v166, v164
	v_lshlrev_b16_sdwa v162, v22, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v166, v22, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v12, 0x7f, v12
	v_add_u16_e32 v187, 0x2000, v187
	v_cndmask_b32_e64 v167, v26, v167, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v176
	v_and_b32_e32 v162, 0xffff8000, v162
	v_and_b32_e32 v166, 0xffff8000, v166
	v_cndmask_b32_e64 v187, v26, v187, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v12
	s_nop 1
	v_cndmask_b32_e64 v178, v26, v178, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v189
	s_nop 1
	v_cndmask_b32_e64 v163, 0, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v190
	s_nop 1
	v_cndmask_b32_e64 v167, 0, v167, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v176
	s_nop 1
	v_cndmask_b32_e64 v187, 0, v187, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v12
	s_nop 1
	v_cndmask_b32_e64 v178, 0, v178, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v189
	s_nop 1
	v_cndmask_b32_e64 v163, v23, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v190
	s_nop 1
	v_cndmask_b32_e64 v167, v23, v167, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v176
	s_nop 1
	v_cndmask_b32_e64 v187, v23, v187, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v12
	s_nop 1
	v_cndmask_b32_e64 v178, v23, v178, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v189
	s_nop 1
	v_cndmask_b32_e64 v163, v21, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v190
	s_nop 1
	v_cndmask_b32_e64 v167, v21, v167, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v176
	s_nop 1
	v_cndmask_b32_e64 v187, v21, v187, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v12
	s_nop 1
	v_cndmask_b32_e64 v178, v21, v178, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v189
	s_nop 1
	v_cndmask_b32_e64 v163, v20, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v190
	s_nop 1
	v_cndmask_b32_e64 v167, v20, v167, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v176
	s_nop 1
	v_cndmask_b32_e64 v187, v20, v187, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v12
	s_nop 1
	v_cndmask_b32_e64 v178, v20, v178, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v189
	s_nop 1
	v_cndmask_b32_e64 v163, v19, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v190
	s_nop 1
	v_cndmask_b32_e64 v167, v19, v167, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v176
	s_nop 1
	v_cndmask_b32_e64 v187, v19, v187, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v12
	s_nop 1
	v_cndmask_b32_e64 v178, v19, v178, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v189
	s_nop 1
	v_cndmask_b32_e64 v163, v18, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v190
	s_nop 1
	v_cndmask_b32_e64 v167, v18, v167, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v176
	s_nop 1
	v_cndmask_b32_e64 v187, v18, v187, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v12
	s_nop 1
	v_cndmask_b32_e64 v178, v18, v178, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v189
	s_nop 1
	v_cndmask_b32_e64 v163, v17, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v190
	s_nop 1
	v_cndmask_b32_e64 v167, v17, v167, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v176
	s_nop 1
	v_cndmask_b32_e64 v187, v17, v187, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v12
	s_nop 1
	v_cndmask_b32_e64 v178, v17, v178, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v189
	v_lshlrev_b16_e32 v189, 7, v14
	v_and_b32_e32 v189, 0x3f80, v189
	v_cndmask_b32_e64 v163, v16, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v190
	v_and_b32_sdwa v190, v14, s6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v189, 0x2000, v189
	v_cndmask_b32_e64 v167, v16, v167, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v176
	v_or_b32_e32 v166, v167, v166
	v_or_b32_e32 v167, v163, v162
	v_cndmask_b32_e64 v176, v16, v187, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v12
	v_lshlrev_b16_sdwa v163, v24, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v163, 0x3f80, v163
	v_cndmask_b32_e64 v12, v16, v178, s[4:5]
	v_and_b32_e32 v178, 0xffff8000, v186
	v_or_b32_e32 v176, v176, v178
	v_lshlrev_b16_sdwa v24, v24, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshrrev_b32_e32 v178, 8, v14
	v_and_b32_e32 v186, 0xffff8000, v188
	v_and_b32_e32 v24, 0x3f80, v24
	v_lshlrev_b16_e32 v187, 7, v178
	v_add_u16_e32 v163, 0x2000, v163
	v_cmp_ne_u16_e64 s[4:5], s6, v190
	v_or_b32_e32 v12, v12, v186
	v_lshlrev_b16_e32 v186, 8, v178
	v_and_b32_e32 v187, 0x3f80, v187
	v_and_b32_e32 v178, 0x7f, v178
	v_add_u16_e32 v24, 0x2000, v24
	v_cndmask_b32_e64 v163, v26, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v174
	v_lshlrev_b16_sdwa v162, v22, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v22, v22, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_e32 v188, 8, v14
	v_and_b32_e32 v14, 0x7f, v14
	v_add_u16_e32 v187, 0x2000, v187
	v_cndmask_b32_e64 v24, v26, v24, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v178
	s_nop 1
	v_cndmask_b32_e64 v187, v26, v187, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s6, v14
	s_nop 1
	v_cndmask_b32_e64 v26, v26, v189, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v190
	s_nop 1
	v_cndmask_b32_e64 v163, 0, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v174
	s_nop 1
	v_cndmask_b32_e64 v24, 0, v24, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v178
	s_nop 1
	v_cndmask_b32_e64 v187, 0, v187, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v14
	s_nop 1
	v_cndmask_b32_e64 v26, 0, v26, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v190
	s_nop 1
	v_cndmask_b32_e64 v163, v23, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v174
	s_nop 1
	v_cndmask_b32_e64 v24, v23, v24, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v178
	s_nop 1
	v_cndmask_b32_e64 v187, v23, v187, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v14
	s_nop 1
	v_cndmask_b32_e64 v23, v23, v26, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v190
	s_nop 1
	v_cndmask_b32_e64 v26, v21, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v174
	s_nop 1
	v_cndmask_b32_e64 v24, v21, v24, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v178
	s_nop 1
	v_cndmask_b32_e64 v163, v21, v187, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v14
	s_nop 1
	v_cndmask_b32_e64 v21, v21, v23, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v190
	s_nop 1
	v_cndmask_b32_e64 v23, v20, v26, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v174
	s_nop 1
	v_cndmask_b32_e64 v24, v20, v24, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v178
	s_nop 1
	v_cndmask_b32_e64 v26, v20, v163, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v14
	s_nop 1
	v_cndmask_b32_e64 v20, v20, v21, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v190
	s_nop 1
	v_cndmask_b32_e64 v21, v19, v23, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v174
	s_nop 1
	v_cndmask_b32_e64 v23, v19, v24, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v178
	s_nop 1
	v_cndmask_b32_e64 v24, v19, v26, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v14
	s_nop 1
	v_cndmask_b32_e64 v19, v19, v20, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v190
	s_nop 1
	v_cndmask_b32_e64 v20, v18, v21, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v174
	s_nop 1
	v_cndmask_b32_e64 v21, v18, v23, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v178
	s_nop 1
	v_cndmask_b32_e64 v23, v18, v24, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v14
	s_nop 1
	v_cndmask_b32_e64 v18, v18, v19, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v190
	s_nop 1
	v_cndmask_b32_e64 v19, v17, v20, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v174
	s_nop 1
	v_cndmask_b32_e64 v20, v17, v21, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v178
	s_nop 1
	v_cndmask_b32_e64 v21, v17, v23, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v14
	s_nop 1
	v_cndmask_b32_e64 v17, v17, v18, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v190
	s_nop 1
	v_cndmask_b32_e64 v18, v16, v19, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v174
	v_accvgpr_read_b32 v174, a1
	s_nop 0
	v_cndmask_b32_e64 v19, v16, v20, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v178
	s_nop 1
	v_cndmask_b32_e64 v20, v16, v21, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v14
	v_and_b32_e32 v21, 0xffff8000, v186
	v_or_b32_e32 v20, v20, v21
	v_cndmask_b32_e64 v14, v16, v17, s[4:5]
	v_and_b32_e32 v16, 0xffff8000, v162
	v_and_b32_e32 v17, 0xffff8000, v22
	v_or_b32_e32 v17, v19, v17
	v_or_b32_e32 v16, v18, v16
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_mov_b32 s4, 0x5040100
	v_perm_b32 v163, v16, v17, s4
	v_perm_b32 v152, v152, v0, s4
	v_perm_b32 v16, v238, v1, s4
	v_accvgpr_read_b32 v0, a12
	v_accvgpr_read_b32 v1, a13
	v_perm_b32 v151, v206, v151, s4
	v_perm_b32 v150, v205, v150, s4
	v_perm_b32 v129, v123, v129, s4
	v_perm_b32 v123, v1, v0, s4
	v_accvgpr_read_b32 v0, a10
	v_accvgpr_read_b32 v1, a11
	v_perm_b32 v130, v122, v130, s4
	v_perm_b32 v122, v1, v0, s4
	v_accvgpr_read_b32 v0, a8
	v_accvgpr_read_b32 v1, a9
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_and_b32_e32 v22, 0xffff8000, v188
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v131, v119, v131, s4
	v_perm_b32 v119, v1, v0, s4
	v_accvgpr_read_b32 v0, a6
	v_accvgpr_read_b32 v1, a7
	.loc	1 119 13                        ; fused_moe.py:119:13
	v_or_b32_e32 v14, v14, v22
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_perm_b32 v132, v118, v132, s4
	v_perm_b32 v118, v1, v0, s4
	v_accvgpr_read_b32 v0, a4
	v_accvgpr_read_b32 v1, a5
	v_perm_b32 v162, v20, v14, s4
	v_perm_b32 v133, v115, v133, s4
	v_perm_b32 v115, v1, v0, s4
	v_accvgpr_read_b32 v0, a2
	v_accvgpr_read_b32 v1, a3
	v_perm_b32 v167, v167, v166, s4
	v_perm_b32 v166, v176, v12, s4
	v_perm_b32 v164, v164, v10, s4
	v_perm_b32 v160, v160, v8, s4
	v_perm_b32 v158, v158, v4, s4
	v_perm_b32 v156, v156, v2, s4
	v_perm_b32 v154, v154, v6, s4
	v_perm_b32 v31, v31, v30, s4
	v_perm_b32 v30, v25, v15, s4
	v_perm_b32 v29, v29, v28, s4
	v_perm_b32 v28, v27, v13, s4
	v_perm_b32 v26, v253, v11, s4
	v_perm_b32 v24, v250, v9, s4
	v_perm_b32 v22, v247, v5, s4
	v_perm_b32 v20, v244, v3, s4
	v_perm_b32 v18, v241, v7, s4
	v_perm_b32 v134, v114, v134, s4
	v_perm_b32 v114, v1, v0, s4
	v_mfma_f32_32x32x8_f16 v[0:15], v[150:151], v[162:163], 0
	v_perm_b32 v149, v204, v149, s4
	v_perm_b32 v148, v203, v148, s4
	v_perm_b32 v147, v202, v147, s4
	v_perm_b32 v146, v201, v146, s4
	v_perm_b32 v165, v185, v165, s4
	v_perm_b32 v145, v200, v145, s4
	v_perm_b32 v144, v199, v144, s4
	v_mfma_f32_32x32x8_f16 v[0:15], v[148:149], v[166:167], v[0:15]
	v_perm_b32 v161, v184, v161, s4
	v_perm_b32 v143, v198, v143, s4
	v_perm_b32 v142, v197, v142, s4
	v_perm_b32 v159, v183, v159, s4
	v_perm_b32 v141, v196, v141, s4
	v_perm_b32 v140, v195, v140, s4
	v_perm_b32 v157, v182, v157, s4
	v_mfma_f32_32x32x8_f16 v[0:15], v[146:147], v[164:165], v[0:15]
	v_perm_b32 v139, v194, v139, s4
	v_perm_b32 v138, v193, v138, s4
	v_perm_b32 v155, v173, v155, s4
	v_perm_b32 v137, v192, v137, s4
	v_perm_b32 v136, v85, v136, s4
	v_perm_b32 v153, v168, v153, s4
	v_perm_b32 v135, v87, v135, s4
	v_mfma_f32_32x32x8_f16 v[0:15], v[144:145], v[160:161], v[0:15]
	v_perm_b32 v27, v255, v254, s4
	v_perm_b32 v88, v128, v88, s4
	v_perm_b32 v128, v126, v127, s4
	v_perm_b32 v25, v252, v251, s4
	v_perm_b32 v127, v181, v177, s4
	v_perm_b32 v126, v180, v179, s4
	v_perm_b32 v23, v249, v248, s4
	v_mfma_f32_32x32x8_f16 v[0:15], v[142:143], v[158:159], v[0:15]
	v_perm_b32 v21, v246, v245, s4
	v_perm_b32 v19, v243, v242, s4
	v_perm_b32 v17, v240, v239, s4
	v_perm_b32 v125, v237, v125, s4
	v_perm_b32 v124, v236, v124, s4
	v_perm_b32 v121, v235, v121, s4
	v_perm_b32 v120, v234, v120, s4
	v_mfma_f32_32x32x8_f16 v[0:15], v[140:141], v[156:157], v[0:15]
	v_perm_b32 v117, v233, v117, s4
	v_perm_b32 v116, v232, v116, s4
	v_perm_b32 v113, v231, v113, s4
	v_perm_b32 v112, v230, v112, s4
	v_perm_b32 v111, v229, v111, s4
	v_perm_b32 v110, v228, v110, s4
	v_perm_b32 v109, v227, v109, s4
	v_mfma_f32_32x32x8_f16 v[0:15], v[138:139], v[154:155], v[0:15]
	v_perm_b32 v108, v226, v108, s4
	v_perm_b32 v107, v225, v107, s4
	v_perm_b32 v106, v224, v106, s4
	v_perm_b32 v105, v223, v105, s4
	v_perm_b32 v104, v222, v104, s4
	v_perm_b32 v103, v221, v103, s4
	v_perm_b32 v102, v220, v102, s4
	v_mfma_f32_32x32x8_f16 v[0:15], v[136:137], v[152:153], v[0:15]
	v_perm_b32 v101, v219, v101, s4
	v_perm_b32 v100, v218, v100, s4
	v_perm_b32 v99, v217, v99, s4
	v_perm_b32 v98, v216, v98, s4
	v_perm_b32 v97, v215, v97, s4
	v_perm_b32 v96, v214, v96, s4
	v_perm_b32 v95, v213, v95, s4
	v_mfma_f32_32x32x8_f16 v[0:15], v[134:135], v[30:31], v[0:15]
	v_perm_b32 v94, v212, v94, s4
	v_perm_b32 v93, v211, v93, s4
	v_perm_b32 v92, v210, v92, s4
	v_perm_b32 v91, v209, v91, s4
	v_perm_b32 v90, v208, v90, s4
	v_perm_b32 v89, v207, v89, s4
	v_accvgpr_read_b32 v173, a0
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
	v_lshlrev_b32_e32 v85, 2, v171
	v_bfrev_b32_e32 v87, 1
	s_and_b32 s13, s13, 0xffff
	s_mov_b32 s15, 0x27000
	s_mov_b32 s14, 0x7ffffffe
	v_cndmask_b32_e64 v85, v87, v85, s[2:3]
	buffer_load_dword v88, v85, s[12:15], 0 offen
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_mul_lo_u32 v85, v171, s33
	.loc	1 128 32                        ; fused_moe.py:128:32
	s_waitcnt vmcnt(18)
	v_pk_mul_f32 v[92:93], v[86:87], v[6:7] op_sel_hi:[0,1]
	s_waitcnt vmcnt(17)
	v_pk_mul_f32 v[6:7], v[84:85], v[24:25] op_sel_hi:[0,1]
	.loc	1 137 22                        ; fused_moe.py:137:22
	v_lshlrev_b32_e32 v24, 2, v170
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[6:7], s[26:27], v[32:33]
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_pk_mul_f32 v[32:33], v[86:87], v[0:1] op_sel_hi:[0,1]
	.loc	1 137 22                        ; fused_moe.py:137:22
	v_cndmask_b32_e64 v94, v87, v24, s[0:1]
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_waitcnt vmcnt(15)
	v_pk_fma_f32 v[24:25], v[82:83], v[32:33], v[66:67]
	.loc	1 137 22                        ; fused_moe.py:137:22
	buffer_load_dword v32, v94, s[12:15], 0 offen
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_mul_lo_u32 v89, v170, s33
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e64 s[4:5], s[26:27], v[34:35]
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_pk_mul_f32 v[34:35], v[86:87], v[2:3] op_sel_hi:[0,1]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e32 v25, v67, v25, vcc
	v_cndmask_b32_e32 v24, v66, v24, vcc
	.loc	1 128 32                        ; fused_moe.py:128:32
	v_pk_mul_f32 v[90:91], v[86:87], v[4:5] op_sel_hi:[0,1]
	v_pk_mul_f32 v[16:17], v[84:85], v[16:17] op_sel_hi:[0,1]
	v_pk_mul_f32 v[18:19], v[84:85], v[18:19] op_sel_hi:[0,1]
	v_pk_mul_f32 v[20:21], v[84:85], v[20:21] op_sel_hi:[0,1]
	v_pk_mul_f32 v[22:23], v[84:85], v[22:23] op_sel_hi:[0,1]
	v_pk_mul_f32 v[4:5], v[84:85], v[26:27] op_sel_hi:[0,1]
	v_pk_mul_f32 v[2:3], v[84:85], v[28:29] op_sel_hi:[0,1]
	v_pk_mul_f32 v[0:1], v[84:85], v[30:31] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_mov_b32_e32 v84, 1
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_u32_e32 v89, s34, v89
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_waitcnt vmcnt(14)
	v_pk_fma_f32 v[26:27], v[80:81], v[34:35], v[64:65]
	.loc	1 142 22                        ; fused_moe.py:142:22
	s_movk_i32 s10, 0x7fff
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e32 v27, v65, v27, vcc
	v_cndmask_b32_e32 v26, v64, v26, vcc
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_waitcnt vmcnt(12)
	v_pk_fma_f32 v[28:29], v[76:77], v[90:91], v[62:63]
	s_waitcnt vmcnt(10)
	v_pk_fma_f32 v[30:31], v[72:73], v[92:93], v[60:61]
	.loc	1 128 32 is_stmt 0              ; fused_moe.py:128:32
	v_pk_mul_f32 v[8:9], v[86:87], v[8:9] op_sel_hi:[0,1]
	v_pk_mul_f32 v[10:11], v[86:87], v[10:11] op_sel_hi:[0,1]
	v_pk_mul_f32 v[12:13], v[86:87], v[12:13] op_sel_hi:[0,1]
	v_pk_mul_f32 v[14:15], v[86:87], v[14:15] op_sel_hi:[0,1]
	.loc	1 142 22 is_stmt 1              ; fused_moe.py:142:22
	v_mov_b32_e32 v86, 0x7fff
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e32 v29, v63, v29, vcc
	v_cndmask_b32_e32 v28, v62, v28, vcc
	v_cndmask_b32_e32 v30, v60, v30, vcc
	v_cndmask_b32_e32 v31, v61, v31, vcc
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_waitcnt vmcnt(8)
	v_pk_fma_f32 v[8:9], v[78:79], v[8:9], v[58:59]
	v_pk_fma_f32 v[6:7], v[78:79], v[6:7], v[42:43]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e32 v9, v59, v9, vcc
	v_cndmask_b32_e32 v8, v58, v8, vcc
	v_cndmask_b32_e32 v7, v43, v7, vcc
	v_cndmask_b32_e32 v6, v42, v6, vcc
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_waitcnt vmcnt(6)
	v_pk_fma_f32 v[4:5], v[74:75], v[4:5], v[40:41]
	s_waitcnt vmcnt(4)
	v_pk_fma_f32 v[2:3], v[70:71], v[2:3], v[38:39]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e32 v5, v41, v5, vcc
	v_cndmask_b32_e32 v4, v40, v4, vcc
	v_cndmask_b32_e32 v3, v39, v3, vcc
	v_cndmask_b32_e32 v2, v38, v2, vcc
	.loc	1 128 17                        ; fused_moe.py:128:17
	s_waitcnt vmcnt(2)
	v_pk_fma_f32 v[0:1], v[68:69], v[0:1], v[36:37]
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_add_u32_e32 v85, s34, v85
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e32 v1, v37, v1, vcc
	v_cndmask_b32_e32 v0, v36, v0, vcc
	.loc	1 142 5                         ; fused_moe.py:142:5
	s_and_b32 s13, s29, 0xffff
	s_mov_b32 s12, s28
	.loc	1 138 23                        ; fused_moe.py:138:23
	s_waitcnt vmcnt(1)
	v_pk_mul_f32 v[24:25], v[88:89], v[24:25] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v34, v24, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[26:27], v[88:89], v[26:27] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v33, v25, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v34, v24, v34, s10
	v_and_b32_sdwa v60, v26, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v33, v25, v33, s10
	v_lshrrev_b32_e32 v34, 16, v34
	v_cmp_o_f32_e64 s[8:9], v24, v24
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[28:29], v[88:89], v[28:29] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v35, v27, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v60, v26, v60, s10
	v_lshrrev_b32_e32 v33, 16, v33
	v_cndmask_b32_e64 v24, v86, v34, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v25, v25
	v_and_b32_sdwa v62, v28, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v35, v27, v35, s10
	v_lshrrev_b32_e32 v60, 16, v60
	v_cndmask_b32_e64 v25, v86, v33, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v26, v26
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[30:31], v[88:89], v[30:31] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v61, v29, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v62, v28, v62, s10
	v_lshrrev_b32_e32 v35, 16, v35
	v_cndmask_b32_e64 v26, v86, v60, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v27, v27
	v_and_b32_sdwa v64, v30, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v61, v29, v61, s10
	v_lshrrev_b32_e32 v62, 16, v62
	v_cndmask_b32_e64 v27, v86, v35, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v28, v28
	v_and_b32_sdwa v63, v31, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v64, v30, v64, s10
	v_lshrrev_b32_e32 v61, 16, v61
	v_cndmask_b32_e64 v28, v86, v62, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v29, v29
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[8:9], v[88:89], v[8:9] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_add3_u32 v63, v31, v63, s10
	v_lshrrev_b32_e32 v64, 16, v64
	v_cndmask_b32_e64 v29, v86, v61, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v30, v30
	v_and_b32_sdwa v34, v8, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v63, 16, v63
	v_cndmask_b32_e64 v30, v86, v64, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v31, v31
	v_add3_u32 v34, v8, v34, s10
	v_and_b32_sdwa v33, v9, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v31, v86, v63, s[8:9]
	v_lshrrev_b32_e32 v34, 16, v34
	v_cmp_o_f32_e64 s[8:9], v8, v8
	v_add3_u32 v33, v9, v33, s10
	v_lshrrev_b32_e32 v33, 16, v33
	v_cndmask_b32_e64 v34, v86, v34, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v9, v9
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[8:9], v[74:75], v[10:11], v[56:57]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_nop 0
	v_cndmask_b32_e32 v9, v57, v9, vcc
	v_cndmask_b32_e32 v8, v56, v8, vcc
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[8:9], v[88:89], v[8:9] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v11, v8, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v11, v8, v11, s10
	v_cndmask_b32_e64 v33, v86, v33, s[8:9]
	v_and_b32_sdwa v10, v9, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v11, 16, v11
	v_cmp_o_f32_e64 s[8:9], v8, v8
	v_add3_u32 v10, v9, v10, s10
	v_lshrrev_b32_e32 v10, 16, v10
	v_cndmask_b32_e64 v11, v86, v11, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v9, v9
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[8:9], v[70:71], v[12:13], v[54:55]
	.loc	1 138 23                        ; fused_moe.py:138:23
	s_waitcnt vmcnt(0)
	v_pk_mul_f32 v[6:7], v[32:33], v[6:7] op_sel_hi:[0,1]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e32 v9, v55, v9, vcc
	v_cndmask_b32_e32 v8, v54, v8, vcc
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[8:9], v[88:89], v[8:9] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v13, v8, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v13, v8, v13, s10
	v_cndmask_b32_e64 v10, v86, v10, s[8:9]
	v_and_b32_sdwa v12, v9, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v13, 16, v13
	v_cmp_o_f32_e64 s[8:9], v8, v8
	v_add3_u32 v12, v9, v12, s10
	v_lshrrev_b32_e32 v12, 16, v12
	v_cndmask_b32_e64 v13, v86, v13, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v9, v9
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[8:9], v[68:69], v[14:15], v[52:53]
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[4:5], v[32:33], v[4:5] op_sel_hi:[0,1]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e32 v9, v53, v9, vcc
	v_cndmask_b32_e32 v8, v52, v8, vcc
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[8:9], v[88:89], v[8:9] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v15, v8, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v15, v8, v15, s10
	v_cndmask_b32_e64 v12, v86, v12, s[8:9]
	v_and_b32_sdwa v14, v9, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v15, 16, v15
	v_cmp_o_f32_e64 s[8:9], v8, v8
	v_add3_u32 v14, v9, v14, s10
	v_lshrrev_b32_e32 v14, 16, v14
	v_cndmask_b32_e64 v15, v86, v15, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v9, v9
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[8:9], v[82:83], v[16:17], v[50:51]
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[2:3], v[32:33], v[2:3] op_sel_hi:[0,1]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e32 v9, v51, v9, vcc
	v_cndmask_b32_e32 v8, v50, v8, vcc
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[8:9], v[32:33], v[8:9] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v17, v8, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v17, v8, v17, s10
	v_cndmask_b32_e64 v14, v86, v14, s[8:9]
	v_and_b32_sdwa v16, v9, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v17, 16, v17
	v_cmp_o_f32_e64 s[8:9], v8, v8
	v_add3_u32 v16, v9, v16, s10
	v_lshrrev_b32_e32 v16, 16, v16
	v_cndmask_b32_e64 v17, v86, v17, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v9, v9
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[8:9], v[80:81], v[18:19], v[48:49]
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[0:1], v[32:33], v[0:1] op_sel_hi:[0,1]
	.loc	1 117 5                         ; fused_moe.py:117:5
	v_cndmask_b32_e32 v9, v49, v9, vcc
	v_cndmask_b32_e32 v8, v48, v8, vcc
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[8:9], v[32:33], v[8:9] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v19, v8, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v19, v8, v19, s10
	v_cndmask_b32_e64 v16, v86, v16, s[8:9]
	v_and_b32_sdwa v18, v9, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v19, 16, v19
	v_cmp_o_f32_e64 s[8:9], v8, v8
	v_add3_u32 v18, v9, v18, s10
	v_lshrrev_b32_e32 v18, 16, v18
	v_cndmask_b32_e64 v19, v86, v19, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v9, v9
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[8:9], v[76:77], v[20:21], v[46:47]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_nop 0
	v_cndmask_b32_e32 v9, v47, v9, vcc
	v_cndmask_b32_e32 v8, v46, v8, vcc
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[8:9], v[32:33], v[8:9] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v21, v8, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v21, v8, v21, s10
	v_cndmask_b32_e64 v18, v86, v18, s[8:9]
	v_and_b32_sdwa v20, v9, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshrrev_b32_e32 v21, 16, v21
	v_cmp_o_f32_e64 s[8:9], v8, v8
	v_add3_u32 v20, v9, v20, s10
	v_lshrrev_b32_e32 v20, 16, v20
	v_cndmask_b32_e64 v21, v86, v21, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v9, v9
	.loc	1 128 17                        ; fused_moe.py:128:17
	v_pk_fma_f32 v[8:9], v[72:73], v[22:23], v[44:45]
	.loc	1 117 5                         ; fused_moe.py:117:5
	s_nop 0
	v_cndmask_b32_e32 v9, v45, v9, vcc
	v_cndmask_b32_e32 v8, v44, v8, vcc
	.loc	1 138 23                        ; fused_moe.py:138:23
	v_pk_mul_f32 v[8:9], v[32:33], v[8:9] op_sel_hi:[0,1]
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_and_b32_sdwa v23, v8, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_sdwa v22, v9, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v23, v8, v23, s10
	v_cndmask_b32_e64 v20, v86, v20, s[8:9]
	v_add3_u32 v22, v9, v22, s10
	v_lshrrev_b32_e32 v23, 16, v23
	v_cmp_o_f32_e64 s[8:9], v8, v8
	v_lshrrev_b32_e32 v22, 16, v22
	v_cmp_o_f32_e32 vcc, v0, v0
	v_cndmask_b32_e64 v8, v86, v23, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v9, v9
	v_and_b32_sdwa v23, v6, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v23, v6, v23, s10
	v_cndmask_b32_e64 v9, v86, v22, s[8:9]
	v_and_b32_sdwa v22, v7, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v22, v7, v22, s10
	v_lshrrev_b32_e32 v23, 16, v23
	v_cmp_o_f32_e64 s[8:9], v6, v6
	v_lshrrev_b32_e32 v22, 16, v22
	s_nop 0
	v_cndmask_b32_e64 v6, v86, v23, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v7, v7
	v_and_b32_sdwa v23, v4, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v23, v4, v23, s10
	v_cndmask_b32_e64 v7, v86, v22, s[8:9]
	v_and_b32_sdwa v22, v5, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v22, v5, v22, s10
	v_lshrrev_b32_e32 v23, 16, v23
	v_cmp_o_f32_e64 s[8:9], v4, v4
	v_lshrrev_b32_e32 v22, 16, v22
	s_nop 0
	v_cndmask_b32_e64 v4, v86, v23, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v5, v5
	v_and_b32_sdwa v23, v2, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v23, v2, v23, s10
	v_cndmask_b32_e64 v5, v86, v22, s[8:9]
	v_and_b32_sdwa v22, v3, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v22, v3, v22, s10
	v_lshrrev_b32_e32 v23, 16, v23
	v_cmp_o_f32_e64 s[8:9], v2, v2
	v_lshrrev_b32_e32 v22, 16, v22
	s_nop 0
	v_cndmask_b32_e64 v2, v86, v23, s[8:9]
	v_cmp_o_f32_e64 s[8:9], v3, v3
	v_and_b32_sdwa v23, v0, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v23, v0, v23, s10
	v_cndmask_b32_e64 v3, v86, v22, s[8:9]
	v_and_b32_sdwa v22, v1, v84 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add3_u32 v22, v1, v22, s10
	v_lshrrev_b32_e32 v23, 16, v23
	v_lshrrev_b32_e32 v22, 16, v22
	v_cndmask_b32_e32 v23, v86, v23, vcc
	v_cmp_o_f32_e32 vcc, v1, v1
	.loc	1 142 5 is_stmt 0               ; fused_moe.py:142:5
	s_mov_b32 s8, 0x5040100
	v_perm_b32 v0, v25, v24, s8
	.loc	1 142 22                        ; fused_moe.py:142:22
	v_cndmask_b32_e32 v22, v86, v22, vcc
	.loc	1 142 5                         ; fused_moe.py:142:5
	v_add_lshl_u32 v24, v85, v172, 1
	.loc	1 92 14 is_stmt 1               ; fused_moe.py:92:14
	s_and_b64 vcc, s[2:3], s[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	v_perm_b32 v1, v27, v26, s8
	v_cndmask_b32_e32 v24, v87, v24, vcc
	buffer_store_dwordx2 v[0:1], v24, s[12:15], 0 offen
	v_add_lshl_u32 v24, v85, v174, 1
	v_perm_b32 v1, v31, v30, s8
	v_perm_b32 v0, v29, v28, s8
	v_cndmask_b32_e32 v24, v87, v24, vcc
	buffer_store_dwordx2 v[0:1], v24, s[12:15], 0 offen
	v_perm_b32 v1, v10, v11, s8
	v_add_lshl_u32 v10, v85, v191, 1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 vcc, s[2:3], s[4:5]
	.loc	1 142 5                         ; fused_moe.py:142:5
	v_perm_b32 v0, v33, v34, s8
	v_cndmask_b32_e32 v10, v87, v10, vcc
	buffer_store_dwordx2 v[0:1], v10, s[12:15], 0 offen
	v_add_lshl_u32 v10, v85, v175, 1
	v_perm_b32 v1, v14, v15, s8
	v_perm_b32 v0, v12, v13, s8
	v_cndmask_b32_e32 v10, v87, v10, vcc
	buffer_store_dwordx2 v[0:1], v10, s[12:15], 0 offen
	v_add_lshl_u32 v10, v89, v172, 1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 vcc, s[0:1], s[6:7]
	.loc	1 142 5                         ; fused_moe.py:142:5
	v_perm_b32 v1, v18, v19, s8
	v_perm_b32 v0, v16, v17, s8
	v_cndmask_b32_e32 v10, v87, v10, vcc
	buffer_store_dwordx2 v[0:1], v10, s[12:15], 0 offen
	v_perm_b32 v1, v9, v8, s8
	v_add_lshl_u32 v8, v89, v174, 1
	v_perm_b32 v0, v20, v21, s8
	v_cndmask_b32_e32 v8, v87, v8, vcc
	buffer_store_dwordx2 v[0:1], v8, s[12:15], 0 offen
	v_perm_b32 v1, v5, v4, s8
	v_add_lshl_u32 v4, v89, v191, 1
	.loc	1 92 14                         ; fused_moe.py:92:14
	s_and_b64 vcc, s[0:1], s[4:5]
	.loc	1 142 5                         ; fused_moe.py:142:5
	v_perm_b32 v0, v7, v6, s8
	v_cndmask_b32_e32 v4, v87, v4, vcc
	buffer_store_dwordx2 v[0:1], v4, s[12:15], 0 offen
	v_perm_b32 v0, v3, v2, s8
	v_add_lshl_u32 v2, v89, v175, 1
	v_perm_b32 v1, v22, v23, s8
	v_cndmask_b32_e32 v2, v87, v2, vcc
	buffer_store_dwordx2 v[0:1], v2, s[12:15], 0 offen
	s_branch .LBB0_95
.LBB0_94:
	.loc	1 85 44                         ; fused_moe.py:85:44
	v_lshrrev_b32_e32 v0, 4, v169
	.loc	1 86 26                         ; fused_moe.py:86:26
	v_or_b32_e32 v0, s30, v0
	v_lshlrev_b32_e32 v0, 2, v0
	.loc	1 86 18 is_stmt 0               ; fused_moe.py:86:18
	v_or_b32_e32 v1, 0xc0, v0
	v_or_b32_e32 v2, 0x80, v0
	v_or_b32_e32 v3, 64, v0
	buffer_load_dword v4, v1, s[36:39], 0 offen
	buffer_load_dword v5, v2, s[36:39], 0 offen
	buffer_load_dword v6, v3, s[36:39], 0 offen
	buffer_load_dword v7, v0, s[36:39], 0 offen
	s_mov_b32 s0, 0
	.loc	1 90 38 is_stmt 1               ; fused_moe.py:90:38
	v_lshlrev_b32_e32 v0, 3, v173
	.loc	1 90 15 is_stmt 0               ; fused_moe.py:90:15
	v_mov_b32_e32 v1, s35
	v_or_b32_e32 v0, s34, v0
	.loc	1 97 9 is_stmt 1                ; fused_moe.py:97:9
	s_mov_b32 s1, s0
	s_mov_b32 s2, s0
	s_mov_b32 s3, s0
	.loc	1 92 37                         ; fused_moe.py:92:37
	v_cmp_gt_i64_e32 vcc, s[26:27], v[0:1]
	.loc	1 97 9                          ; fused_moe.py:97:9
	v_mov_b64_e32 v[10:11], s[2:3]
	v_mov_b64_e32 v[8:9], s[0:1]
	v_bfrev_b32_e32 v2, 1
	s_and_b32 s29, s29, 0xffff
	s_mov_b32 s31, 0x27000
	s_mov_b32 s30, 0x7ffffffe
	.loc	1 88 18                         ; fused_moe.py:88:18
	s_waitcnt vmcnt(3)
	v_cmp_gt_i32_e64 s[0:1], s56, v4
	s_waitcnt vmcnt(2)
	v_cmp_gt_i32_e64 s[2:3], s56, v5
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_mul_lo_u32 v3, v5, s33
	.loc	1 88 18                         ; fused_moe.py:88:18
	s_waitcnt vmcnt(0)
	v_cmp_gt_i32_e64 s[6:7], s56, v7
	.loc	1 91 14                         ; fused_moe.py:91:14
	v_mul_lo_u32 v5, v7, s33
	.loc	1 88 18                         ; fused_moe.py:88:18
	v_cmp_gt_i32_e64 s[4:5], s56, v6
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
	buffer_store_dwordx4 v[8:11], v1, s[28:31], 0 offen
	buffer_store_dwordx4 v[8:11], v4, s[28:31], 0 offen
	buffer_store_dwordx4 v[8:11], v3, s[28:31], 0 offen
	buffer_store_dwordx4 v[8:11], v0, s[28:31], 0 offen
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
                                        ; -- End function
	.set .Lfused_moe_kernel.num_vgpr, 256
	.set .Lfused_moe_kernel.num_agpr, 14
	.set .Lfused_moe_kernel.numbered_sgpr, 61
	.set .Lfused_moe_kernel.num_named_barrier, 0
	.set .Lfused_moe_kernel.private_seg_size, 0
	.set .Lfused_moe_kernel.uses_vcc, 1
	.set .Lfused_moe_kernel.uses_flat_scratch, 0
	.set .Lfused_moe_kernel.has_dyn_sized_stack, 0
	.set .Lfused_moe_kernel.has_recursion, 0
	.set .Lfused_moe_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 106184
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
amdhsa.target:   amdgpu9.42-amd-amdhsa-unknown-gfx942
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

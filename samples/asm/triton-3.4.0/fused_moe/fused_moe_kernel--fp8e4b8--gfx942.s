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
; %bb.305:
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
; %bb.306:
.LBB0_0:
	s_load_dword s86, s[0:1], 0x48
	s_load_dword s17, s[0:1], 0x50
.Ltmp1:
	.loc	1 74 22 is_stmt 1               ; fused_moe.py:74:22
	s_abs_i32 s21, s16
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 40 22                         ; standard.py:40:22 @[ fused_moe.py:72:27 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s18, s86, 0x7f
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
	v_cvt_f32_u32_e32 v1, s18
	s_sub_i32 s22, 0, s18
.Ltmp4:
	.loc	2 40 22                         ; standard.py:40:22 @[ fused_moe.py:71:28 ]
	s_add_i32 s17, s17, 63
	.loc	2 40 28 is_stmt 0               ; standard.py:40:28 @[ fused_moe.py:71:28 ]
	s_ashr_i32 s19, s17, 31
.Ltmp5:
	.loc	1 74 22 is_stmt 1               ; fused_moe.py:74:22
	v_rcp_iflag_f32_e32 v1, v1
.Ltmp6:
	.loc	2 40 28                         ; standard.py:40:28 @[ fused_moe.py:71:28 ]
	s_lshr_b32 s19, s19, 26
	s_add_i32 s17, s17, s19
.Ltmp7:
	.loc	1 74 22                         ; fused_moe.py:74:22
	s_xor_b32 s19, s16, s20
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
.Ltmp8:
	.loc	2 40 28                         ; standard.py:40:28 @[ fused_moe.py:71:28 ]
	s_ashr_i32 s17, s17, 6
.Ltmp9:
	.loc	1 74 22                         ; fused_moe.py:74:22
	s_ashr_i32 s19, s19, 31
	v_readfirstlane_b32 s23, v1
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
	v_cvt_f32_u32_e32 v1, s17
	s_sub_i32 s24, 0, s17
	.loc	1 77 34                         ; fused_moe.py:77:34
	s_mul_i32 s21, s21, s20
	s_sub_i32 s16, s16, s21
	.loc	1 78 40                         ; fused_moe.py:78:40
	v_rcp_iflag_f32_e32 v1, v1
	s_abs_i32 s21, s16
	s_xor_b32 s20, s16, s23
	s_ashr_i32 s20, s20, 31
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	s_load_dwordx2 s[18:19], s[0:1], 0x40
	v_readfirstlane_b32 s25, v1
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
	s_load_dword s94, s[0:1], 0x54
	s_load_dword s33, s[0:1], 0x64
	s_add_u32 s88, s14, s18
	s_addc_u32 s89, s15, s19
	.loc	1 90 22                         ; fused_moe.py:90:22
	s_lshl_b32 s90, s17, 7
	.loc	1 94 42                         ; fused_moe.py:94:42
	s_ashr_i32 s17, s16, 31
	.loc	1 90 37                         ; fused_moe.py:90:37
	s_ashr_i32 s96, s90, 31
	.loc	1 92 55                         ; fused_moe.py:92:55
	s_ashr_i32 s87, s86, 31
	.loc	1 94 42                         ; fused_moe.py:94:42
	s_lshl_b64 s[14:15], s[16:17], 2
	s_waitcnt lgkmcnt(0)
	s_add_u32 s14, s20, s14
	s_addc_u32 s15, s21, s15
	.loc	1 94 25 is_stmt 0               ; fused_moe.py:94:25
	s_load_dword s99, s[14:15], 0x0
	.loc	1 90 50 is_stmt 1               ; fused_moe.py:90:50
	v_lshlrev_b32_e32 v1, 3, v0
	v_and_b32_e32 v121, 0x78, v1
	.loc	1 95 21                         ; fused_moe.py:95:21
	s_waitcnt lgkmcnt(0)
	s_cmp_lg_u32 s99, -1
	s_cbranch_scc0 .LBB0_16
; %bb.2:
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_lshrrev_b32_e32 v1, 3, v0
	.loc	1 86 48                         ; fused_moe.py:86:48
	v_lshlrev_b32_e32 v34, 2, v1
	v_and_b32_e32 v35, 16, v34
	.loc	1 86 25 is_stmt 0               ; fused_moe.py:86:25
	global_load_dword v44, v34, s[88:89]
	global_load_dwordx4 v[26:29], v35, s[88:89] offset:32
	global_load_dwordx4 v[22:25], v35, s[88:89] offset:64
	global_load_dwordx4 v[18:21], v35, s[88:89] offset:96
	global_load_dwordx4 v[14:17], v35, s[88:89] offset:128
	global_load_dwordx4 v[10:13], v35, s[88:89] offset:160
	global_load_dwordx4 v[6:9], v35, s[88:89] offset:192
	global_load_dwordx4 v[2:5], v35, s[88:89] offset:224
	global_load_dwordx4 v[30:33], v35, s[88:89]
	global_load_dword v39, v34, s[88:89] offset:128
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	s_abs_i32 s22, s86
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_and_b32_e32 v95, 31, v0
	v_lshrrev_b32_e32 v40, 1, v0
	s_movk_i32 s14, 0x60
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cvt_f32_u32_e32 v45, s22
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_and_or_b32 v94, v40, s14, v95
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_or_b32_e32 v40, s90, v1
	.loc	1 104 72                        ; fused_moe.py:104:72
	v_lshlrev_b32_e32 v41, 4, v0
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v46, 32, v40
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_sub_u32_e32 v43, 0, v40
	.loc	1 104 72                        ; fused_moe.py:104:72
	v_and_b32_e32 v156, 0x70, v41
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v42, 0x60, v40
	v_or_b32_e32 v41, 64, v40
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_max_i32_e32 v52, v40, v43
	v_sub_u32_e32 v40, 0, v46
	v_max_i32_e32 v50, v46, v40
	v_rcp_iflag_f32_e32 v40, v45
	s_sub_i32 s16, 0, s22
	v_sub_u32_e32 v47, 0, v41
	v_max_i32_e32 v56, v41, v47
	v_mul_f32_e32 v40, 0x4f7ffffe, v40
	v_cvt_u32_f32_e32 v40, v40
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v58, s90, v94
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_sub_u32_e32 v48, 0, v58
	v_max_i32_e32 v45, v58, v48
	v_mul_lo_u32 v41, s16, v40
	v_mul_hi_u32 v41, v40, v41
	v_add_u32_e32 v53, v40, v41
	v_mad_u64_u32 v[40:41], s[16:17], v52, v53, 0
	v_mul_hi_u32 v40, v45, v53
	s_load_dword s15, s[0:1], 0x4c
	s_load_dword s20, s[0:1], 0x58
	v_mul_lo_u32 v40, v40, s22
	v_sub_u32_e32 v40, v45, v40
	v_subrev_u32_e32 v45, s22, v40
	v_cmp_le_u32_e32 vcc, s22, v40
.Ltmp10:
	.loc	2 40 22                         ; standard.py:40:22 @[ fused_moe.py:117:33 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s98, s15, 0x7f
.Ltmp11:
                                        ; implicit-def: $vgpr255 : SGPR spill to VGPR lane
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cmpk_gt_i32 s98, 0x7f
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v51, v40, v45, vcc
	v_writelane_b32 v255, s15, 0
	.loc	1 119 74                        ; fused_moe.py:119:74
	v_cmp_gt_i32_e64 s[14:15], s15, v156
	.loc	1 85 73                         ; fused_moe.py:85:73
	v_mov_b32_e32 v38, 0
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cselect_b64 s[84:85], -1, 0
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_mov_b32_e32 v59, s96
	v_mov_b32_e32 v34, 0
	v_mov_b32_e32 v35, 0
	v_mov_b32_e32 v36, 0
	v_mov_b32_e32 v37, 0
	.loc	1 104 65                        ; fused_moe.py:104:65
	v_mov_b32_e32 v157, v38
	s_mov_b32 s97, s90
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_sub_u32_e32 v43, 0, v42
	v_cmp_le_u32_e32 vcc, s22, v51
	.loc	1 104 45                        ; fused_moe.py:104:45
	s_waitcnt vmcnt(9)
	v_ashrrev_i32_e32 v40, 31, v44
	v_lshrrev_b32_e32 v40, 29, v40
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[72:73], s94, v44
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_add_u32_e32 v40, v44, v40
	.loc	1 119 56                        ; fused_moe.py:119:56
	s_and_b64 s[16:17], s[14:15], s[72:73]
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_ashrrev_i32_e32 v40, 3, v40
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 s[18:19], s[84:85], s[16:17]
	.loc	1 104 53                        ; fused_moe.py:104:53
	v_mad_i64_i32 v[84:85], s[16:17], v40, s20, 0
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_mad_u64_u32 v[48:49], s[16:17], v50, v53, 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_and_saveexec_b64 s[16:17], s[18:19]
	s_cbranch_execz .LBB0_4
; %bb.3:
	.loc	1 104 22                        ; fused_moe.py:104:22
	v_lshl_add_u64 v[34:35], s[2:3], 0, v[84:85]
	v_lshl_add_u64 v[34:35], v[34:35], 0, v[156:157]
	.loc	1 119 20                        ; fused_moe.py:119:20
	global_load_dwordx4 v[34:37], v[34:35], off
.LBB0_4:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[16:17]
	.loc	1 104 45 is_stmt 1              ; fused_moe.py:104:45
	s_waitcnt vmcnt(0)
	v_ashrrev_i32_e32 v40, 31, v39
	v_lshrrev_b32_e32 v40, 29, v40
	s_load_dwordx2 s[18:19], s[0:1], 0x5c
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[74:75], s94, v39
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_add_u32_e32 v39, v39, v40
	v_ashrrev_i32_e32 v39, 3, v39
	v_mad_u64_u32 v[46:47], s[16:17], v56, v53, 0
	.loc	1 104 53 is_stmt 0              ; fused_moe.py:104:53
	v_mad_i64_i32 v[90:91], s[16:17], v39, s20, 0
	.loc	1 119 56 is_stmt 1              ; fused_moe.py:119:56
	s_and_b64 s[16:17], s[14:15], s[74:75]
	v_max_i32_e32 v57, v42, v43
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 s[20:21], s[84:85], s[16:17]
	v_mov_b32_e32 v42, 0
	v_mov_b32_e32 v43, 0
	v_mov_b32_e32 v44, 0
	v_mov_b32_e32 v45, 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_and_saveexec_b64 s[16:17], s[20:21]
	s_cbranch_execz .LBB0_6
; %bb.5:
	.loc	1 104 22                        ; fused_moe.py:104:22
	v_lshl_add_u64 v[42:43], s[2:3], 0, v[90:91]
	v_lshl_add_u64 v[42:43], v[42:43], 0, v[156:157]
	.loc	1 119 20                        ; fused_moe.py:119:20
	global_load_dwordx4 v[42:45], v[42:43], off
.LBB0_6:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[16:17]
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_mul_lo_u32 v39, v41, s22
	v_mad_u64_u32 v[54:55], s[16:17], v57, v53, 0
	v_sub_u32_e32 v39, v52, v39
	v_subrev_u32_e32 v40, s22, v39
	v_cmp_le_u32_e64 s[16:17], s22, v39
	.loc	1 105 34                        ; fused_moe.py:105:34
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s90, s99, s18
	s_mul_hi_i32 s91, s99, s18
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v39, v39, v40, s[16:17]
	v_subrev_u32_e32 v40, s22, v39
	v_cmp_le_u32_e64 s[16:17], s22, v39
	v_subrev_u32_e32 v46, s22, v51
	v_mov_b32_e32 v41, 0
	v_cndmask_b32_e64 v39, v39, v40, s[16:17]
	v_xor_b32_e32 v39, s96, v39
	v_subrev_u32_e32 v39, s96, v39
	.loc	1 105 21                        ; fused_moe.py:105:21
	s_add_u32 s16, s4, s90
	s_addc_u32 s17, s5, s91
	.loc	1 105 96 is_stmt 0              ; fused_moe.py:105:96
	v_mad_i64_i32 v[100:101], s[20:21], v39, s19, 0
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[14:15], s[14:15], s[84:85]
	v_mov_b32_e32 v39, 0
	v_mov_b32_e32 v40, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b64 s[20:21], s[14:15]
	s_cbranch_execz .LBB0_8
; %bb.7:
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_lshl_add_u64 v[38:39], s[16:17], 0, v[100:101]
	v_lshl_add_u64 v[38:39], v[38:39], 0, v[156:157]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[38:41], v[38:39], off
.LBB0_8:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[20:21]
	v_cndmask_b32_e32 v48, v51, v46, vcc
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_mul_lo_u32 v46, v49, s22
	v_sub_u32_e32 v46, v50, v46
	v_subrev_u32_e32 v49, s22, v46
	v_cmp_le_u32_e32 vcc, s22, v46
	v_mov_b32_e32 v50, 0
	v_mov_b32_e32 v51, 0
	v_cndmask_b32_e32 v46, v46, v49, vcc
	v_subrev_u32_e32 v49, s22, v46
	v_cmp_le_u32_e32 vcc, s22, v46
	v_mov_b32_e32 v52, 0
	v_mov_b32_e32 v53, 0
	v_cndmask_b32_e32 v46, v46, v49, vcc
	v_xor_b32_e32 v46, s96, v46
	v_subrev_u32_e32 v46, s96, v46
	.loc	1 105 96                        ; fused_moe.py:105:96
	v_mad_i64_i32 v[114:115], s[20:21], v46, s19, 0
	v_mov_b32_e32 v46, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b64 s[20:21], s[14:15]
	s_cbranch_execz .LBB0_10
; %bb.9:
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_lshl_add_u64 v[50:51], s[16:17], 0, v[114:115]
	v_lshl_add_u64 v[50:51], v[50:51], 0, v[156:157]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[50:53], v[50:51], off
.LBB0_10:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[20:21]
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_mul_lo_u32 v47, v47, s22
	v_sub_u32_e32 v47, v56, v47
	v_xor_b32_e32 v54, s96, v48
	v_subrev_u32_e32 v48, s22, v47
	v_cmp_le_u32_e32 vcc, s22, v47
	v_mov_b32_e32 v49, 0
	s_nop 0
	v_cndmask_b32_e32 v47, v47, v48, vcc
	v_subrev_u32_e32 v48, s22, v47
	v_cmp_le_u32_e32 vcc, s22, v47
	s_nop 1
	v_cndmask_b32_e32 v47, v47, v48, vcc
	v_xor_b32_e32 v47, s96, v47
	v_subrev_u32_e32 v47, s96, v47
	.loc	1 105 96                        ; fused_moe.py:105:96
	v_mad_i64_i32 v[124:125], s[20:21], v47, s19, 0
	v_mov_b32_e32 v47, 0
	v_mov_b32_e32 v48, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b64 s[20:21], s[14:15]
	s_cbranch_execz .LBB0_12
; %bb.11:
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_lshl_add_u64 v[46:47], s[16:17], 0, v[124:125]
	v_lshl_add_u64 v[46:47], v[46:47], 0, v[156:157]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[46:49], v[46:47], off
.LBB0_12:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[20:21]
	v_subrev_u32_e32 v60, s96, v54
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_mul_lo_u32 v54, v55, s22
	v_sub_u32_e32 v54, v57, v54
	v_subrev_u32_e32 v55, s22, v54
	v_cmp_le_u32_e32 vcc, s22, v54
	s_load_dwordx2 s[92:93], s[0:1], 0x68
	s_load_dword s95, s[0:1], 0x70
	v_cndmask_b32_e32 v54, v54, v55, vcc
	v_subrev_u32_e32 v55, s22, v54
	v_cmp_le_u32_e32 vcc, s22, v54
	v_mov_b32_e32 v56, 0
	v_mov_b32_e32 v57, 0
	v_cndmask_b32_e32 v54, v54, v55, vcc
	v_xor_b32_e32 v54, s96, v54
	v_subrev_u32_e32 v54, s96, v54
	.loc	1 105 96                        ; fused_moe.py:105:96
	v_mad_i64_i32 v[130:131], s[0:1], v54, s19, 0
	v_mov_b32_e32 v54, 0
	v_mov_b32_e32 v55, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b64 s[0:1], s[14:15]
	s_cbranch_execz .LBB0_14
; %bb.13:
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_lshl_add_u64 v[54:55], s[16:17], 0, v[130:131]
	v_lshl_add_u64 v[54:55], v[54:55], 0, v[156:157]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[54:57], v[54:55], off
.LBB0_14:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[0:1]
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	v_and_or_b32 v61, v0, 8, v156
	v_and_b32_e32 v62, 0x70, v0
	v_xor_b32_e32 v61, v61, v62
	v_lshlrev_b32_e32 v62, 7, v1
	v_or_b32_e32 v1, 8, v156
	v_and_b32_e32 v64, 0x78, v0
	v_or_b32_e32 v63, v62, v61
	v_xor_b32_e32 v64, v1, v64
	v_add_u32_e32 v254, 0, v63
	v_or_b32_e32 v65, v62, v64
	v_add_u32_e32 v1, 0, v65
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_waitcnt vmcnt(0)
	ds_write_b64 v254, v[38:39]
	ds_write_b64 v254, v[50:51] offset:4096
	ds_write2st64_b64 v1, v[40:41], v[52:53] offset1:8
	v_add_u32_e32 v38, 0, v61
	v_add_u32_e32 v96, v38, v62
	v_add_u32_e32 v38, 0, v64
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v165, 31, v12
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_write_b64 v96, v[46:47] offset:8192
	v_add_u32_e32 v97, v38, v62
	ds_write_b64 v96, v[54:55] offset:12288
	ds_write2st64_b64 v97, v[48:49], v[56:57] offset0:16 offset1:24
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v57, 29, v165
	v_add_u32_e32 v57, v12, v57
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v163, 31, v13
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v99, 3, v57
	v_lshrrev_b32_e32 v57, 29, v163
	v_add_u32_e32 v57, v13, v57
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v161, 31, v6
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v102, 3, v57
	v_lshrrev_b32_e32 v57, 29, v161
	v_add_u32_e32 v57, v6, v57
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v159, 31, v7
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v103, 3, v57
	v_lshrrev_b32_e32 v57, 29, v159
	v_add_u32_e32 v57, v7, v57
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v155, 31, v8
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v104, 3, v57
	v_lshrrev_b32_e32 v57, 29, v155
	v_add_u32_e32 v57, v8, v57
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v153, 31, v9
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v105, 3, v57
	v_lshrrev_b32_e32 v57, 29, v153
	.loc	1 110 54                        ; fused_moe.py:110:54
	s_waitcnt lgkmcnt(0)
	s_mul_hi_i32 s1, s99, s93
	s_mul_i32 s0, s99, s93
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v57, v9, v57
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v151, 31, v2
	.loc	1 110 41                        ; fused_moe.py:110:41
	s_lshl_b64 s[0:1], s[0:1], 2
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v106, 3, v57
	v_lshrrev_b32_e32 v57, 29, v151
	.loc	1 110 41                        ; fused_moe.py:110:41
	s_add_u32 s0, s10, s0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v57, v2, v57
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v149, 31, v3
	.loc	1 110 41                        ; fused_moe.py:110:41
	s_addc_u32 s1, s11, s1
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_add_i32 s10, 0, 0x4000
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v107, 3, v57
	v_lshrrev_b32_e32 v57, 29, v149
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v49, 31, v24
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v39, s10, v63
	v_add_u32_e32 v40, s10, v65
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v57, v3, v57
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v117, 31, v4
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_write_b64 v39, v[42:43] offset:4096
	ds_write_b64 v40, v[44:45] offset:4096
	ds_write_b64 v254, v[34:35] offset:16384
	ds_write_b64 v1, v[36:37] offset:16384
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v37, 31, v60
	v_mov_b32_e32 v191, v49
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v45, 29, v49
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v49, 31, v19
	v_ashrrev_i32_e32 v185, 31, v20
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v108, 3, v57
	v_lshrrev_b32_e32 v57, 29, v117
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v195, 31, v30
	v_ashrrev_i32_e32 v187, 31, v31
	v_ashrrev_i32_e32 v181, 31, v32
	v_ashrrev_i32_e32 v179, 31, v33
	v_ashrrev_i32_e32 v135, 31, v26
	v_ashrrev_i32_e32 v133, 31, v27
	v_ashrrev_i32_e32 v129, 31, v28
	v_ashrrev_i32_e32 v127, 31, v29
	v_ashrrev_i32_e32 v123, 31, v22
	v_ashrrev_i32_e32 v51, 31, v23
	v_ashrrev_i32_e32 v47, 31, v25
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_lshrrev_b32_e32 v37, 25, v37
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v119, 31, v18
	v_mov_b32_e32 v193, v49
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v48, 29, v49
	v_lshrrev_b32_e32 v49, 29, v185
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v183, 31, v21
	v_ashrrev_i32_e32 v177, 31, v14
	v_ashrrev_i32_e32 v175, 31, v15
	v_ashrrev_i32_e32 v173, 31, v16
	v_ashrrev_i32_e32 v171, 31, v17
	v_ashrrev_i32_e32 v169, 31, v10
	v_ashrrev_i32_e32 v167, 31, v11
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v57, v4, v57
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v113, 31, v5
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v38, 29, v195
	v_lshrrev_b32_e32 v39, 29, v187
	v_lshrrev_b32_e32 v40, 29, v181
	v_lshrrev_b32_e32 v41, 29, v179
	v_lshrrev_b32_e32 v42, 29, v135
	v_lshrrev_b32_e32 v43, 29, v133
	v_lshrrev_b32_e32 v44, 29, v129
	v_lshrrev_b32_e32 v34, 29, v127
	v_lshrrev_b32_e32 v35, 29, v123
	v_mov_b32_e32 v197, v51
	v_lshrrev_b32_e32 v36, 29, v51
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_add_u32_e32 v37, v60, v37
	v_mov_b32_e32 v189, v47
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v46, 29, v47
	v_lshrrev_b32_e32 v47, 29, v119
	v_add_u32_e32 v48, v19, v48
	v_add_u32_e32 v49, v20, v49
	v_lshrrev_b32_e32 v50, 29, v183
	v_lshrrev_b32_e32 v51, 29, v177
	v_lshrrev_b32_e32 v52, 29, v175
	v_lshrrev_b32_e32 v53, 29, v173
	v_lshrrev_b32_e32 v54, 29, v171
	v_lshrrev_b32_e32 v55, 29, v169
	v_lshrrev_b32_e32 v56, 29, v167
	v_ashrrev_i32_e32 v109, 3, v57
	v_lshrrev_b32_e32 v57, 29, v113
	v_add_u32_e32 v38, v30, v38
	v_add_u32_e32 v39, v31, v39
	v_add_u32_e32 v40, v32, v40
	v_add_u32_e32 v41, v33, v41
	v_add_u32_e32 v42, v26, v42
	v_add_u32_e32 v43, v27, v43
	v_add_u32_e32 v44, v28, v44
	v_add_u32_e32 v34, v29, v34
	v_add_u32_e32 v35, v22, v35
	v_add_u32_e32 v36, v23, v36
	v_add_u32_e32 v45, v24, v45
	v_add_u32_e32 v46, v25, v46
	v_add_u32_e32 v47, v18, v47
	v_ashrrev_i32_e32 v48, 3, v48
	v_ashrrev_i32_e32 v49, 3, v49
	v_add_u32_e32 v50, v21, v50
	v_add_u32_e32 v51, v14, v51
	v_add_u32_e32 v52, v15, v52
	v_add_u32_e32 v53, v16, v53
	v_add_u32_e32 v54, v17, v54
	v_add_u32_e32 v55, v10, v55
	v_add_u32_e32 v56, v11, v56
	v_add_u32_e32 v57, v5, v57
	.loc	1 110 79                        ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v111, 7, v37
	v_lshrrev_b32_e32 v37, 2, v0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v38, 3, v38
	v_ashrrev_i32_e32 v39, 3, v39
	v_ashrrev_i32_e32 v40, 3, v40
	v_ashrrev_i32_e32 v41, 3, v41
	v_ashrrev_i32_e32 v42, 3, v42
	v_ashrrev_i32_e32 v43, 3, v43
	v_ashrrev_i32_e32 v44, 3, v44
	v_ashrrev_i32_e32 v34, 3, v34
	v_ashrrev_i32_e32 v35, 3, v35
	v_ashrrev_i32_e32 v36, 3, v36
	v_ashrrev_i32_e32 v45, 3, v45
	v_ashrrev_i32_e32 v46, 3, v46
	v_ashrrev_i32_e32 v47, 3, v47
	v_ashrrev_i32_e32 v50, 3, v50
	v_ashrrev_i32_e32 v51, 3, v51
	v_ashrrev_i32_e32 v52, 3, v52
	v_ashrrev_i32_e32 v53, 3, v53
	v_ashrrev_i32_e32 v54, 3, v54
	v_ashrrev_i32_e32 v55, 3, v55
	v_ashrrev_i32_e32 v56, 3, v56
	v_ashrrev_i32_e32 v110, 3, v57
	v_and_b32_e32 v98, 8, v37
	.loc	1 109 65 is_stmt 0              ; fused_moe.py:109:65
	v_mad_i64_i32 v[74:75], s[10:11], v48, s92, 0
	v_mad_i64_i32 v[72:73], s[10:11], v49, s92, 0
	v_mad_i64_i32 v[48:49], s[10:11], v104, s92, 0
	v_lshlrev_b32_e32 v104, 7, v95
	.loc	1 88 30 is_stmt 1               ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[70:71], s94, v30
	v_cmp_gt_i32_e64 s[68:69], s94, v31
	v_cmp_gt_i32_e64 s[66:67], s94, v32
	v_cmp_gt_i32_e64 s[64:65], s94, v33
	v_cmp_gt_i32_e64 s[62:63], s94, v26
	v_cmp_gt_i32_e64 s[60:61], s94, v27
	v_cmp_gt_i32_e64 s[58:59], s94, v28
	v_cmp_gt_i32_e64 s[56:57], s94, v29
	v_cmp_gt_i32_e64 s[54:55], s94, v22
	v_cmp_gt_i32_e64 s[52:53], s94, v23
	v_cmp_gt_i32_e64 s[50:51], s94, v24
	v_cmp_gt_i32_e64 s[48:49], s94, v25
	v_cmp_gt_i32_e64 s[46:47], s94, v18
	v_cmp_gt_i32_e64 s[44:45], s94, v19
	v_cmp_gt_i32_e64 s[42:43], s94, v20
	v_cmp_gt_i32_e64 s[40:41], s94, v21
	v_cmp_gt_i32_e64 s[38:39], s94, v14
	v_cmp_gt_i32_e64 s[36:37], s94, v15
	v_cmp_gt_i32_e64 s[34:35], s94, v16
	v_cmp_gt_i32_e64 s[30:31], s94, v17
	v_cmp_gt_i32_e64 s[28:29], s94, v10
	v_cmp_gt_i32_e64 s[26:27], s94, v11
	v_cmp_gt_i32_e64 s[24:25], s94, v12
	v_cmp_gt_i32_e64 s[22:23], s94, v13
	v_cmp_gt_i32_e64 s[20:21], s94, v6
	v_cmp_gt_i32_e64 s[18:19], s94, v7
	v_cmp_gt_i32_e64 s[16:17], s94, v8
	v_cmp_gt_i32_e64 s[14:15], s94, v9
	v_cmp_gt_i32_e64 s[82:83], s94, v2
	v_cmp_gt_i32_e64 s[80:81], s94, v3
	v_cmp_gt_i32_e64 s[78:79], s94, v4
	v_cmp_gt_i32_e64 s[76:77], s94, v5
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cmpk_gt_i32 s98, 0xff
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[146:147], s[10:11], v38, s92, 0
	v_mad_i64_i32 v[144:145], s[10:11], v39, s92, 0
	v_mad_i64_i32 v[142:143], s[10:11], v40, s92, 0
	v_mad_i64_i32 v[140:141], s[10:11], v41, s92, 0
	v_mad_i64_i32 v[138:139], s[10:11], v42, s92, 0
	v_mad_i64_i32 v[136:137], s[10:11], v43, s92, 0
	v_mad_i64_i32 v[92:93], s[10:11], v44, s92, 0
	v_mad_i64_i32 v[88:89], s[10:11], v34, s92, 0
	v_mad_i64_i32 v[86:87], s[10:11], v35, s92, 0
	v_mad_i64_i32 v[82:83], s[10:11], v36, s92, 0
	v_mad_i64_i32 v[80:81], s[10:11], v45, s92, 0
	v_mad_i64_i32 v[78:79], s[10:11], v46, s92, 0
	v_mad_i64_i32 v[76:77], s[10:11], v47, s92, 0
	v_mad_i64_i32 v[70:71], s[10:11], v50, s92, 0
	v_mad_i64_i32 v[68:69], s[10:11], v51, s92, 0
	v_mad_i64_i32 v[66:67], s[10:11], v52, s92, 0
	v_mad_i64_i32 v[64:65], s[10:11], v53, s92, 0
	v_mad_i64_i32 v[62:63], s[10:11], v54, s92, 0
	v_mad_i64_i32 v[60:61], s[10:11], v55, s92, 0
	v_mad_i64_i32 v[56:57], s[10:11], v56, s92, 0
	v_mad_i64_i32 v[54:55], s[10:11], v99, s92, 0
	v_mad_i64_i32 v[52:53], s[10:11], v102, s92, 0
	v_mad_i64_i32 v[50:51], s[10:11], v103, s92, 0
	v_mad_i64_i32 v[46:47], s[10:11], v105, s92, 0
	v_mad_i64_i32 v[44:45], s[10:11], v106, s92, 0
	v_mad_i64_i32 v[42:43], s[10:11], v107, s92, 0
	v_mad_i64_i32 v[40:41], s[10:11], v108, s92, 0
	v_mad_i64_i32 v[38:39], s[10:11], v109, s92, 0
	v_mad_i64_i32 v[36:37], s[10:11], v110, s92, 0
	.loc	1 110 90                        ; fused_moe.py:110:90
	v_mad_i64_i32 v[34:35], s[10:11], v111, s95, 0
	v_or_b32_e32 v99, 16, v98
	v_or_b32_e32 v103, 32, v98
	v_or_b32_e32 v108, 48, v98
	v_or_b32_e32 v109, 64, v98
	v_or_b32_e32 v110, 0x50, v98
	v_or_b32_e32 v111, 0x60, v98
	v_or_b32_e32 v102, 0x70, v98
	v_accvgpr_write_b32 a84, v104
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cbranch_scc1 .LBB0_18
; %bb.15:                               ; %.._crit_edge_crit_edge
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_lshlrev_b32_e32 v107, 7, v95
	s_mov_b64 s[10:11], 0
	s_branch .LBB0_19
.LBB0_16:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_cbranch_execnz .LBB0_297
.LBB0_17:
	.loc	1 83 8 is_stmt 1                ; fused_moe.py:83:8
	s_endpgm
.LBB0_18:
	.loc	1 0 8 is_stmt 0                 ; fused_moe.py:0:8
	s_mov_b64 s[10:11], -1
                                        ; implicit-def: $vgpr107
.LBB0_19:                               ; %Flow560
	v_mov_b32_e32 v194, v30
	v_mov_b32_e32 v186, v31
	v_mov_b32_e32 v180, v32
	v_mov_b32_e32 v178, v33
	v_mov_b32_e32 v196, v23
	v_mov_b32_e32 v190, v24
	v_mov_b32_e32 v188, v25
	v_mov_b32_e32 v192, v19
	v_mov_b32_e32 v184, v20
	v_mov_b32_e32 v182, v21
	v_mov_b32_e32 v176, v14
	v_mov_b32_e32 v174, v15
	v_mov_b32_e32 v172, v16
	v_mov_b32_e32 v170, v17
	v_mov_b32_e32 v168, v10
	v_mov_b32_e32 v166, v11
	v_mov_b32_e32 v164, v12
	v_mov_b32_e32 v162, v13
	v_mov_b32_e32 v160, v6
	v_mov_b32_e32 v158, v7
	v_mov_b32_e32 v154, v8
	v_mov_b32_e32 v152, v9
	v_mov_b32_e32 v150, v2
	v_mov_b32_e32 v148, v3
	v_mov_b32_e32 v116, v4
	v_mov_b32_e32 v112, v5
	v_accvgpr_write_b32 a80, v194
	v_accvgpr_write_b32 a72, v186
	v_accvgpr_write_b32 a66, v180
	v_accvgpr_write_b32 a64, v178
	v_accvgpr_write_b32 a82, v196
	v_accvgpr_write_b32 a76, v190
	v_accvgpr_write_b32 a74, v188
	v_accvgpr_write_b32 a78, v192
	v_accvgpr_write_b32 a70, v184
	v_accvgpr_write_b32 a68, v182
	v_accvgpr_write_b32 a62, v176
	v_accvgpr_write_b32 a60, v174
	v_accvgpr_write_b32 a58, v172
	v_accvgpr_write_b32 a56, v170
	v_accvgpr_write_b32 a54, v168
	v_accvgpr_write_b32 a52, v166
	v_accvgpr_write_b32 a50, v164
	v_accvgpr_write_b32 a48, v162
	v_accvgpr_write_b32 a46, v160
	v_accvgpr_write_b32 a44, v158
	v_accvgpr_write_b32 a42, v154
	v_accvgpr_write_b32 a40, v152
	v_accvgpr_write_b32 a38, v150
	v_accvgpr_write_b32 a36, v148
	v_accvgpr_write_b32 a34, v116
	v_accvgpr_write_b32 a32, v112
	v_accvgpr_write_b32 a81, v195
	v_accvgpr_write_b32 a73, v187
	v_accvgpr_write_b32 a67, v181
	v_accvgpr_write_b32 a65, v179
	v_mov_b32_e32 v134, v26
	v_mov_b32_e32 v132, v27
	v_mov_b32_e32 v128, v28
	v_mov_b32_e32 v126, v29
	v_mov_b32_e32 v122, v22
	v_accvgpr_write_b32 a83, v197
	v_accvgpr_write_b32 a77, v191
	v_accvgpr_write_b32 a75, v189
	v_mov_b32_e32 v118, v18
	v_accvgpr_write_b32 a79, v193
	v_accvgpr_write_b32 a71, v185
	v_accvgpr_write_b32 a69, v183
	v_accvgpr_write_b32 a63, v177
	v_accvgpr_write_b32 a61, v175
	v_accvgpr_write_b32 a59, v173
	v_accvgpr_write_b32 a57, v171
	v_accvgpr_write_b32 a55, v169
	v_accvgpr_write_b32 a53, v167
	v_accvgpr_write_b32 a51, v165
	v_accvgpr_write_b32 a49, v163
	v_accvgpr_write_b32 a47, v161
	v_accvgpr_write_b32 a45, v159
	v_accvgpr_write_b32 a43, v155
	v_accvgpr_write_b32 a41, v153
	v_accvgpr_write_b32 a39, v151
	v_accvgpr_write_b32 a37, v149
	v_accvgpr_write_b32 a35, v117
	v_accvgpr_write_b32 a33, v113
	v_lshl_add_u64 v[222:223], v[146:147], 2, s[8:9]
	v_lshl_add_u64 v[220:221], v[144:145], 2, s[8:9]
	v_lshl_add_u64 v[218:219], v[142:143], 2, s[8:9]
	v_lshl_add_u64 v[216:217], v[140:141], 2, s[8:9]
	v_lshl_add_u64 v[214:215], v[138:139], 2, s[8:9]
	v_lshl_add_u64 v[212:213], v[136:137], 2, s[8:9]
	v_lshl_add_u64 v[210:211], v[92:93], 2, s[8:9]
	v_lshl_add_u64 v[208:209], v[88:89], 2, s[8:9]
	v_lshl_add_u64 v[206:207], v[86:87], 2, s[8:9]
	v_lshl_add_u64 v[204:205], v[82:83], 2, s[8:9]
	v_lshl_add_u64 v[202:203], v[80:81], 2, s[8:9]
	v_lshl_add_u64 v[200:201], v[78:79], 2, s[8:9]
	v_lshl_add_u64 v[198:199], v[76:77], 2, s[8:9]
	v_lshl_add_u64 v[196:197], v[74:75], 2, s[8:9]
	v_lshl_add_u64 v[194:195], v[72:73], 2, s[8:9]
	v_lshl_add_u64 v[192:193], v[70:71], 2, s[8:9]
	v_lshl_add_u64 v[190:191], v[68:69], 2, s[8:9]
	v_lshl_add_u64 v[188:189], v[66:67], 2, s[8:9]
	v_lshl_add_u64 v[186:187], v[64:65], 2, s[8:9]
	v_lshl_add_u64 v[184:185], v[62:63], 2, s[8:9]
	v_lshl_add_u64 v[182:183], v[60:61], 2, s[8:9]
	v_lshl_add_u64 v[180:181], v[56:57], 2, s[8:9]
	v_lshl_add_u64 v[178:179], v[54:55], 2, s[8:9]
	v_lshl_add_u64 v[176:177], v[52:53], 2, s[8:9]
	v_lshl_add_u64 v[174:175], v[50:51], 2, s[8:9]
	v_lshl_add_u64 v[172:173], v[48:49], 2, s[8:9]
	v_lshl_add_u64 v[170:171], v[46:47], 2, s[8:9]
	v_lshl_add_u64 v[168:169], v[44:45], 2, s[8:9]
	v_lshl_add_u64 v[166:167], v[42:43], 2, s[8:9]
	v_lshl_add_u64 v[164:165], v[40:41], 2, s[8:9]
	v_lshl_add_u64 v[162:163], v[38:39], 2, s[8:9]
	v_lshl_add_u64 v[160:161], v[36:37], 2, s[8:9]
	v_lshl_add_u64 v[158:159], v[34:35], 2, s[0:1]
	v_xor_b32_e32 v105, v98, v121
	v_lshlrev_b32_e32 v98, 7, v94
	v_xor_b32_e32 v106, v99, v121
	v_xor_b32_e32 v104, v103, v121
	v_xor_b32_e32 v103, v108, v121
	v_xor_b32_e32 v95, v109, v121
	v_xor_b32_e32 v94, v110, v121
	v_xor_b32_e32 v99, v111, v121
	s_andn2_b64 vcc, exec, s[10:11]
	v_xor_b32_e32 v102, v102, v121
	s_cbranch_vccnz .LBB0_98
; %bb.20:                               ; %.lr.ph
.Ltmp12:
	.loc	2 40 28 is_stmt 1               ; standard.py:40:28 @[ fused_moe.py:117:33 ]
	s_ashr_i32 s0, s98, 31
	s_lshr_b32 s0, s0, 25
	v_accvgpr_read_b32 v2, a84
	s_add_i32 s98, s98, s0
	v_add_u32_e32 v107, 0, v2
.Ltmp13:
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_lshl_add_u64 v[2:3], s[90:91], 0, v[130:131]
.Ltmp14:
	.loc	2 40 28                         ; standard.py:40:28 @[ fused_moe.py:117:33 ]
	s_ashr_i32 s0, s98, 7
.Ltmp15:
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_lshl_add_u64 v[2:3], v[2:3], 0, v[156:157]
	s_max_i32 s8, s0, 2
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[4:5]
	s_mov_b64 s[0:1], 0x80
	v_lshl_add_u64 v[224:225], v[2:3], 0, s[0:1]
	v_lshl_add_u64 v[2:3], s[90:91], 0, v[124:125]
	v_lshl_add_u64 v[2:3], v[2:3], 0, v[156:157]
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[4:5]
	v_lshl_add_u64 v[226:227], v[2:3], 0, s[0:1]
	v_lshl_add_u64 v[2:3], s[90:91], 0, v[114:115]
	v_lshl_add_u64 v[2:3], v[2:3], 0, v[156:157]
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[4:5]
	v_lshl_add_u64 v[228:229], v[2:3], 0, s[0:1]
	v_lshl_add_u64 v[2:3], s[90:91], 0, v[100:101]
	v_lshl_add_u64 v[2:3], v[2:3], 0, v[156:157]
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[4:5]
	v_lshl_add_u64 v[230:231], v[2:3], 0, s[0:1]
	v_lshl_add_u64 v[2:3], v[90:91], 0, v[156:157]
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[2:3]
	v_lshl_add_u64 v[232:233], v[2:3], 0, s[0:1]
	v_lshl_add_u64 v[2:3], v[84:85], 0, v[156:157]
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[2:3]
	v_lshl_add_u64 v[234:235], v[2:3], 0, s[0:1]
	s_lshl_b32 s0, s8, 7
	v_add_u32_e32 v4, 0, v105
	v_add_u32_e32 v5, 0, v106
	v_add_u32_e32 v6, 0, v104
	v_add_u32_e32 v7, 0, v103
	v_add_u32_e32 v8, 0, v95
	v_add_u32_e32 v9, 0, v94
	v_add_u32_e32 v10, 0, v99
	v_add_u32_e32 v11, 0, v102
	s_add_u32 s8, s0, 0xffffff80
	v_readlane_b32 s0, v255, 0
	v_mov_b32_e32 v84, 0
	s_add_i32 s9, s0, 0xffffff80
	s_mov_b64 s[0:1], 0
	v_add_u32_e32 v157, v4, v98
	v_add_u32_e32 v108, v5, v98
	v_add_u32_e32 v109, v6, v98
	v_add_u32_e32 v110, v7, v98
	v_add_u32_e32 v111, v8, v98
	v_add_u32_e32 v112, v9, v98
	v_add_u32_e32 v113, v10, v98
	v_add_u32_e32 v120, v11, v98
	v_mov_b32_e32 v85, v84
	v_mov_b32_e32 v90, v84
	v_mov_b32_e32 v91, v84
	v_mov_b32_e32 v100, v84
	v_mov_b32_e32 v101, v84
	v_mov_b32_e32 v114, v84
	v_mov_b32_e32 v115, v84
	v_mov_b32_e32 v124, v84
	v_mov_b32_e32 v125, v84
	v_mov_b32_e32 v130, v84
	v_mov_b32_e32 v131, v84
	v_mov_b32_e32 v136, v84
	v_mov_b32_e32 v137, v84
	v_mov_b32_e32 v138, v84
	v_mov_b32_e32 v139, v84
	v_mov_b32_e32 v140, v84
	v_mov_b32_e32 v141, v84
	v_mov_b32_e32 v142, v84
	v_mov_b32_e32 v143, v84
	v_mov_b32_e32 v144, v84
	v_mov_b32_e32 v145, v84
	v_mov_b32_e32 v146, v84
	v_mov_b32_e32 v147, v84
	v_mov_b32_e32 v148, v84
	v_mov_b32_e32 v149, v84
	v_mov_b32_e32 v150, v84
	v_mov_b32_e32 v151, v84
	v_mov_b32_e32 v152, v84
	v_mov_b32_e32 v153, v84
	v_mov_b32_e32 v154, v84
	v_mov_b32_e32 v155, v84
	s_mov_b32 s90, s97
	s_branch .LBB0_22
.LBB0_21:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 22 is_stmt 0                ; fused_moe.py:0:22
	s_or_b64 exec, exec, s[4:5]
	.loc	1 128 41 is_stmt 1              ; fused_moe.py:128:41
	s_waitcnt lgkmcnt(7)
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[42:43], v[62:63], 0
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_add_u32 s0, s0, 0x80
	s_addc_u32 s1, s1, 0
	s_addk_i32 s9, 0xff80
	s_cmp_lg_u32 s8, s0
	.loc	1 128 41                        ; fused_moe.py:128:41
	s_waitcnt lgkmcnt(6)
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[46:47], v[60:61], a[16:31]
	s_waitcnt lgkmcnt(5)
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[50:51], v[252:253], a[16:31]
	s_waitcnt lgkmcnt(4)
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[54:55], v[250:251], a[16:31]
	s_waitcnt lgkmcnt(3)
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[38:39], v[246:247], a[16:31]
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[34:35], v[244:245], a[16:31]
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[30:31], v[242:243], a[16:31]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[26:27], v[240:241], a[16:31]
	.loc	1 127 49                        ; fused_moe.py:127:49
	v_lshl_add_u64 v[26:27], s[2:3], 2, v[158:159]
	.loc	1 127 34 is_stmt 0              ; fused_moe.py:127:34
	global_load_dword v26, v[26:27], off
	.loc	1 119 20 is_stmt 1              ; fused_moe.py:119:20
	s_barrier
	s_waitcnt vmcnt(1)
	ds_write_b64 v254, v[2:3] offset:16384
	ds_write_b64 v254, v[10:11] offset:20480
	ds_write2st64_b64 v1, v[4:5], v[12:13] offset0:32 offset1:40
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_write_b64 v254, v[6:7]
	ds_write_b64 v254, v[18:19] offset:4096
	ds_write2st64_b64 v1, v[8:9], v[20:21] offset1:8
	ds_write_b64 v96, v[14:15] offset:8192
	ds_write_b64 v96, v[22:23] offset:12288
	ds_write2st64_b64 v97, v[16:17], v[24:25] offset0:16 offset1:24
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[44:45], v[62:63], 0
	v_accvgpr_read_b32 v31, a31
	v_accvgpr_read_b32 v30, a30
	v_accvgpr_read_b32 v35, a29
	v_accvgpr_read_b32 v34, a28
	v_accvgpr_read_b32 v39, a25
	v_accvgpr_read_b32 v38, a24
	v_accvgpr_read_b32 v43, a19
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[48:49], v[60:61], a[0:15]
	v_accvgpr_read_b32 v42, a18
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	v_pk_mul_f32 v[42:43], v[238:239], v[42:43]
	v_pk_mul_f32 v[38:39], v[66:67], v[38:39]
	v_pk_mul_f32 v[34:35], v[70:71], v[34:35]
	v_pk_mul_f32 v[30:31], v[72:73], v[30:31]
	.loc	1 128 31                        ; fused_moe.py:128:31
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[152:153], v[26:27], v[42:43], v[152:153] op_sel_hi:[0,1,1]
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[52:53], v[252:253], a[0:15]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[146:147], v[26:27], v[38:39], v[146:147] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[142:143], v[26:27], v[34:35], v[142:143] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[140:141], v[26:27], v[30:31], v[140:141] op_sel_hi:[0,1,1]
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[56:57], v[250:251], a[0:15]
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_accvgpr_read_b32 v57, a17
	v_accvgpr_read_b32 v56, a16
	v_pk_mul_f32 v[56:57], v[236:237], v[56:57]
	.loc	1 128 31                        ; fused_moe.py:128:31
	s_nop 0
	v_pk_fma_f32 v[154:155], v[26:27], v[56:57], v[154:155] op_sel_hi:[0,1,1]
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[40:41], v[246:247], a[0:15]
	v_accvgpr_read_b32 v41, a21
	v_accvgpr_read_b32 v40, a20
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[40:41], v[248:249], v[40:41]
	.loc	1 128 31                        ; fused_moe.py:128:31
	s_nop 0
	v_pk_fma_f32 v[150:151], v[26:27], v[40:41], v[150:151] op_sel_hi:[0,1,1]
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[36:37], v[244:245], a[0:15]
	v_accvgpr_read_b32 v37, a27
	v_accvgpr_read_b32 v36, a26
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[36:37], v[68:69], v[36:37]
	.loc	1 128 31                        ; fused_moe.py:128:31
	s_nop 0
	v_pk_fma_f32 v[144:145], v[26:27], v[36:37], v[144:145] op_sel_hi:[0,1,1]
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[32:33], v[242:243], a[0:15]
	v_accvgpr_read_b32 v33, a23
	v_accvgpr_read_b32 v32, a22
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_pk_mul_f32 v[32:33], v[64:65], v[32:33]
	.loc	1 128 31                        ; fused_moe.py:128:31
	s_nop 0
	v_pk_fma_f32 v[148:149], v[26:27], v[32:33], v[148:149] op_sel_hi:[0,1,1]
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[28:29], v[240:241], a[0:15]
	.loc	1 128 46                        ; fused_moe.py:128:46
	s_nop 7
	s_nop 2
	v_accvgpr_read_b32 v61, a1
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_accvgpr_read_b32 v29, a15
	v_accvgpr_read_b32 v28, a14
	v_accvgpr_read_b32 v45, a13
	v_accvgpr_read_b32 v44, a12
	v_accvgpr_read_b32 v47, a11
	v_accvgpr_read_b32 v46, a10
	v_accvgpr_read_b32 v49, a9
	v_accvgpr_read_b32 v48, a8
	v_accvgpr_read_b32 v51, a7
	v_accvgpr_read_b32 v50, a6
	v_accvgpr_read_b32 v53, a5
	v_accvgpr_read_b32 v52, a4
	v_accvgpr_read_b32 v55, a3
	v_accvgpr_read_b32 v54, a2
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_accvgpr_read_b32 v60, a0
	v_pk_mul_f32 v[60:61], v[74:75], v[60:61]
	v_pk_mul_f32 v[54:55], v[76:77], v[54:55]
	v_pk_mul_f32 v[52:53], v[78:79], v[52:53]
	v_pk_mul_f32 v[50:51], v[80:81], v[50:51]
	v_pk_mul_f32 v[48:49], v[82:83], v[48:49]
	v_pk_mul_f32 v[46:47], v[86:87], v[46:47]
	v_pk_mul_f32 v[44:45], v[88:89], v[44:45]
	v_pk_mul_f32 v[28:29], v[92:93], v[28:29]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[138:139], v[26:27], v[60:61], v[138:139] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[136:137], v[26:27], v[54:55], v[136:137] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[130:131], v[26:27], v[52:53], v[130:131] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[124:125], v[26:27], v[50:51], v[124:125] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[114:115], v[26:27], v[48:49], v[114:115] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[100:101], v[26:27], v[46:47], v[100:101] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[90:91], v[26:27], v[44:45], v[90:91] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[84:85], v[26:27], v[28:29], v[84:85] op_sel_hi:[0,1,1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_cbranch_scc0 .LBB0_99
.LBB0_22:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 119 74                        ; fused_moe.py:119:74
	v_cmp_gt_i32_e32 vcc, s9, v156
	.loc	1 119 56 is_stmt 0              ; fused_moe.py:119:56
	s_and_b64 s[4:5], s[72:73], vcc
	v_mov_b32_e32 v2, 0
	v_mov_b32_e32 v3, 0
	v_mov_b32_e32 v4, 0
	v_mov_b32_e32 v5, 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_24
; %bb.23:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 133 18 is_stmt 1              ; fused_moe.py:133:18
	v_lshl_add_u64 v[2:3], v[234:235], 0, s[0:1]
	.loc	1 119 20                        ; fused_moe.py:119:20
	global_load_dwordx4 v[2:5], v[2:3], off
.LBB0_24:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[2:3]
	.loc	1 119 56                        ; fused_moe.py:119:56
	s_and_b64 s[4:5], s[74:75], vcc
	v_mov_b32_e32 v6, 0
	v_mov_b32_e32 v10, 0
	v_mov_b32_e32 v11, 0
	v_mov_b32_e32 v12, 0
	v_mov_b32_e32 v13, 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_26
; %bb.25:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 134 18 is_stmt 1              ; fused_moe.py:134:18
	v_lshl_add_u64 v[8:9], v[232:233], 0, s[0:1]
	.loc	1 119 20                        ; fused_moe.py:119:20
	global_load_dwordx4 v[10:13], v[8:9], off
.LBB0_26:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[2:3]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v7, v107, v105
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2st64_b64 v[42:45], v7 offset0:32 offset1:40
	v_add_u32_e32 v7, v107, v106
	ds_read2st64_b64 v[46:49], v7 offset0:32 offset1:40
	v_add_u32_e32 v7, v107, v104
	ds_read2st64_b64 v[50:53], v7 offset0:32 offset1:40
	v_add_u32_e32 v7, v107, v103
	ds_read2st64_b64 v[54:57], v7 offset0:32 offset1:40
	v_add_u32_e32 v7, v107, v95
	ds_read2st64_b64 v[38:41], v7 offset0:32 offset1:40
	v_add_u32_e32 v7, v107, v94
	ds_read2st64_b64 v[34:37], v7 offset0:32 offset1:40
	v_add_u32_e32 v7, v107, v99
	ds_read2st64_b64 v[30:33], v7 offset0:32 offset1:40
	v_add_u32_e32 v7, v107, v102
	ds_read2st64_b64 v[26:29], v7 offset0:32 offset1:40
	v_mov_b32_e32 v7, 0
	v_mov_b32_e32 v8, 0
	v_mov_b32_e32 v9, 0
	.loc	1 120 20 is_stmt 1              ; fused_moe.py:120:20
	s_and_saveexec_b64 s[2:3], vcc
	s_cbranch_execz .LBB0_28
; %bb.27:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 134 18                        ; fused_moe.py:134:18
	v_lshl_add_u64 v[6:7], v[230:231], 0, s[0:1]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[6:9], v[6:7], off
.LBB0_28:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[2:3]
	v_mov_b32_e32 v14, 0
	v_mov_b32_e32 v18, 0
	v_mov_b32_e32 v19, 0
	v_mov_b32_e32 v20, 0
	v_mov_b32_e32 v21, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b64 s[2:3], vcc
	s_cbranch_execz .LBB0_30
; %bb.29:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 134 18 is_stmt 1              ; fused_moe.py:134:18
	v_lshl_add_u64 v[16:17], v[228:229], 0, s[0:1]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[18:21], v[16:17], off
.LBB0_30:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[2:3]
	v_mov_b32_e32 v15, 0
	v_mov_b32_e32 v16, 0
	v_mov_b32_e32 v17, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b64 s[2:3], vcc
	s_cbranch_execz .LBB0_32
; %bb.31:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 134 18 is_stmt 1              ; fused_moe.py:134:18
	v_lshl_add_u64 v[14:15], v[226:227], 0, s[0:1]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[14:17], v[14:15], off
.LBB0_32:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[2:3]
	v_mov_b32_e32 v236, 0
	v_mov_b32_e32 v22, 0
	v_mov_b32_e32 v23, 0
	v_mov_b32_e32 v24, 0
	v_mov_b32_e32 v25, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b64 s[2:3], vcc
	s_cbranch_execz .LBB0_34
; %bb.33:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_lshl_add_u64 v[22:23], v[224:225], 0, s[0:1]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[22:25], v[22:23], off
.LBB0_34:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[2:3]
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_read_b64 v[62:63], v157
	ds_read_b64 v[60:61], v108
	ds_read_b64 v[252:253], v109
	ds_read_b64 v[250:251], v110
	ds_read_b64 v[246:247], v111
	ds_read_b64 v[244:245], v112
	ds_read_b64 v[242:243], v113
	ds_read_b64 v[240:241], v120
	.loc	1 125 48 is_stmt 1              ; fused_moe.py:125:48
	s_ashr_i32 s2, s0, 7
	.loc	1 126 49                        ; fused_moe.py:126:49
	s_ashr_i32 s3, s2, 31
	.loc	1 126 34 is_stmt 0              ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[70:71]
	s_cbranch_execz .LBB0_36
; %bb.35:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	v_lshl_add_u64 v[64:65], s[2:3], 2, v[222:223]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v236, v[64:65], off
.LBB0_36:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v238, 0
	v_mov_b32_e32 v237, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[68:69]
	s_cbranch_execz .LBB0_38
; %bb.37:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[64:65], s[2:3], 2, v[220:221]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v237, v[64:65], off
.LBB0_38:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[66:67]
	s_cbranch_execz .LBB0_40
; %bb.39:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[64:65], s[2:3], 2, v[218:219]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v238, v[64:65], off
.LBB0_40:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v248, 0
	v_mov_b32_e32 v239, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[64:65]
	s_cbranch_execz .LBB0_42
; %bb.41:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[64:65], s[2:3], 2, v[216:217]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v239, v[64:65], off
.LBB0_42:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[62:63]
	s_cbranch_execz .LBB0_44
; %bb.43:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[64:65], s[2:3], 2, v[214:215]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v248, v[64:65], off
.LBB0_44:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v64, 0
	v_mov_b32_e32 v249, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[60:61]
	s_cbranch_execz .LBB0_46
; %bb.45:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[66:67], s[2:3], 2, v[212:213]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v249, v[66:67], off
.LBB0_46:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[58:59]
	s_cbranch_execz .LBB0_48
; %bb.47:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[64:65], s[2:3], 2, v[210:211]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v64, v[64:65], off
.LBB0_48:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v66, 0
	v_mov_b32_e32 v65, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[56:57]
	s_cbranch_execz .LBB0_50
; %bb.49:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[68:69], s[2:3], 2, v[208:209]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v65, v[68:69], off
.LBB0_50:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[54:55]
	s_cbranch_execz .LBB0_52
; %bb.51:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[66:67], s[2:3], 2, v[206:207]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v66, v[66:67], off
.LBB0_52:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v68, 0
	v_mov_b32_e32 v67, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[52:53]
	s_cbranch_execz .LBB0_54
; %bb.53:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[70:71], s[2:3], 2, v[204:205]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v67, v[70:71], off
.LBB0_54:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[50:51]
	s_cbranch_execz .LBB0_56
; %bb.55:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[68:69], s[2:3], 2, v[202:203]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v68, v[68:69], off
.LBB0_56:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v70, 0
	v_mov_b32_e32 v69, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[48:49]
	s_cbranch_execz .LBB0_58
; %bb.57:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[72:73], s[2:3], 2, v[200:201]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v69, v[72:73], off
.LBB0_58:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execz .LBB0_60
; %bb.59:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[70:71], s[2:3], 2, v[198:199]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v70, v[70:71], off
.LBB0_60:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v72, 0
	v_mov_b32_e32 v71, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[44:45]
	s_cbranch_execz .LBB0_62
; %bb.61:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[74:75], s[2:3], 2, v[196:197]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v71, v[74:75], off
.LBB0_62:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[42:43]
	s_cbranch_execz .LBB0_64
; %bb.63:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[72:73], s[2:3], 2, v[194:195]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v72, v[72:73], off
.LBB0_64:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v74, 0
	v_mov_b32_e32 v73, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[40:41]
	s_cbranch_execz .LBB0_66
; %bb.65:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[76:77], s[2:3], 2, v[192:193]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v73, v[76:77], off
.LBB0_66:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[38:39]
	s_cbranch_execz .LBB0_68
; %bb.67:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[74:75], s[2:3], 2, v[190:191]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v74, v[74:75], off
.LBB0_68:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v76, 0
	v_mov_b32_e32 v75, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[36:37]
	s_cbranch_execz .LBB0_70
; %bb.69:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[78:79], s[2:3], 2, v[188:189]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v75, v[78:79], off
.LBB0_70:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[34:35]
	s_cbranch_execz .LBB0_72
; %bb.71:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[76:77], s[2:3], 2, v[186:187]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v76, v[76:77], off
.LBB0_72:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v78, 0
	v_mov_b32_e32 v77, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[30:31]
	s_cbranch_execz .LBB0_74
; %bb.73:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[80:81], s[2:3], 2, v[184:185]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v77, v[80:81], off
.LBB0_74:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[28:29]
	s_cbranch_execz .LBB0_76
; %bb.75:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[78:79], s[2:3], 2, v[182:183]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v78, v[78:79], off
.LBB0_76:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v80, 0
	v_mov_b32_e32 v79, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[26:27]
	s_cbranch_execz .LBB0_78
; %bb.77:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[82:83], s[2:3], 2, v[180:181]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v79, v[82:83], off
.LBB0_78:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[24:25]
	s_cbranch_execz .LBB0_80
; %bb.79:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[80:81], s[2:3], 2, v[178:179]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v80, v[80:81], off
.LBB0_80:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v82, 0
	v_mov_b32_e32 v81, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[22:23]
	s_cbranch_execz .LBB0_82
; %bb.81:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[86:87], s[2:3], 2, v[176:177]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v81, v[86:87], off
.LBB0_82:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[20:21]
	s_cbranch_execz .LBB0_84
; %bb.83:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[82:83], s[2:3], 2, v[174:175]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v82, v[82:83], off
.LBB0_84:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v86, 0
	v_mov_b32_e32 v83, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[18:19]
	s_cbranch_execz .LBB0_86
; %bb.85:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[88:89], s[2:3], 2, v[172:173]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v83, v[88:89], off
.LBB0_86:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[16:17]
	s_cbranch_execz .LBB0_88
; %bb.87:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[86:87], s[2:3], 2, v[170:171]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v86, v[86:87], off
.LBB0_88:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v88, 0
	v_mov_b32_e32 v87, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[14:15]
	s_cbranch_execz .LBB0_90
; %bb.89:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[92:93], s[2:3], 2, v[168:169]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v87, v[92:93], off
.LBB0_90:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[82:83]
	s_cbranch_execz .LBB0_92
; %bb.91:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[88:89], s[2:3], 2, v[166:167]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v88, v[88:89], off
.LBB0_92:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v92, 0
	v_mov_b32_e32 v89, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[80:81]
	s_cbranch_execz .LBB0_95
; %bb.93:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[116:117], s[2:3], 2, v[164:165]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v89, v[116:117], off
	s_or_b64 exec, exec, s[4:5]
	s_and_saveexec_b64 s[4:5], s[78:79]
	s_cbranch_execnz .LBB0_96
.LBB0_94:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v93, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[76:77]
	s_cbranch_execz .LBB0_21
	s_branch .LBB0_97
.LBB0_95:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[78:79]
	s_cbranch_execz .LBB0_94
.LBB0_96:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[92:93], s[2:3], 2, v[162:163]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v92, v[92:93], off
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v93, 0
	s_and_saveexec_b64 s[4:5], s[76:77]
	s_cbranch_execz .LBB0_21
.LBB0_97:                               ;   in Loop: Header=BB0_22 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[116:117], s[2:3], 2, v[160:161]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v93, v[116:117], off
	s_branch .LBB0_21
.LBB0_98:
	.loc	1 0 34                          ; fused_moe.py:0:34
	v_mov_b32_e32 v155, 0
	s_mov_b64 s[2:3], 0
	v_mov_b32_e32 v154, v155
	v_mov_b32_e32 v153, v155
	v_mov_b32_e32 v152, v155
	v_mov_b32_e32 v151, v155
	v_mov_b32_e32 v150, v155
	v_mov_b32_e32 v149, v155
	v_mov_b32_e32 v148, v155
	v_mov_b32_e32 v147, v155
	v_mov_b32_e32 v146, v155
	v_mov_b32_e32 v145, v155
	v_mov_b32_e32 v144, v155
	v_mov_b32_e32 v143, v155
	v_mov_b32_e32 v142, v155
	v_mov_b32_e32 v141, v155
	v_mov_b32_e32 v140, v155
	v_mov_b32_e32 v139, v155
	v_mov_b32_e32 v138, v155
	v_mov_b32_e32 v137, v155
	v_mov_b32_e32 v136, v155
	v_mov_b32_e32 v131, v155
	v_mov_b32_e32 v130, v155
	v_mov_b32_e32 v125, v155
	v_mov_b32_e32 v124, v155
	v_mov_b32_e32 v115, v155
	v_mov_b32_e32 v114, v155
	v_mov_b32_e32 v101, v155
	v_mov_b32_e32 v100, v155
	v_mov_b32_e32 v91, v155
	v_mov_b32_e32 v90, v155
	v_mov_b32_e32 v85, v155
	v_mov_b32_e32 v84, v155
	s_mov_b32 s90, s97
	s_branch .LBB0_100
.LBB0_99:                               ; %._crit_edge.loopexit
	.loc	1 125 48 is_stmt 1              ; fused_moe.py:125:48
	s_ashr_i32 s2, s0, 7
	.loc	1 126 49                        ; fused_moe.py:126:49
	s_ashr_i32 s3, s2, 31
	v_accvgpr_read_b32 v107, a84
.LBB0_100:                              ; %._crit_edge
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v1, 0, v107
	v_add_u32_e32 v2, v1, v105
	v_add_u32_e32 v6, v1, v106
	v_add_u32_e32 v10, v1, v104
	v_add_u32_e32 v14, v1, v103
	v_add_u32_e32 v18, v1, v95
	v_add_u32_e32 v22, v1, v94
	v_add_u32_e32 v26, v1, v99
	v_add_u32_e32 v1, v1, v102
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2st64_b64 v[30:33], v1 offset0:32 offset1:40
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_add3_u32 v1, 0, v105, v98
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_read2st64_b64 v[2:5], v2 offset0:32 offset1:40
	ds_read2st64_b64 v[6:9], v6 offset0:32 offset1:40
	ds_read2st64_b64 v[10:13], v10 offset0:32 offset1:40
	ds_read2st64_b64 v[14:17], v14 offset0:32 offset1:40
	ds_read2st64_b64 v[18:21], v18 offset0:32 offset1:40
	ds_read2st64_b64 v[22:25], v22 offset0:32 offset1:40
	ds_read2st64_b64 v[26:29], v26 offset0:32 offset1:40
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_add3_u32 v34, 0, v106, v98
	v_add3_u32 v35, 0, v104, v98
	v_add3_u32 v36, 0, v103, v98
	ds_read_b64 v[230:231], v1
	ds_read_b64 v[228:229], v34
	ds_read_b64 v[226:227], v35
	ds_read_b64 v[224:225], v36
	v_add3_u32 v1, 0, v95, v98
	v_add3_u32 v34, 0, v94, v98
	v_add3_u32 v35, 0, v99, v98
	v_add3_u32 v36, 0, v102, v98
	ds_read_b64 v[238:239], v1
	ds_read_b64 v[236:237], v34
	ds_read_b64 v[234:235], v35
	ds_read_b64 v[232:233], v36
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[70:71]
	v_mov_b32_e32 v1, 0
	v_mov_b32_e32 v37, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_102
; %bb.101:
	.loc	1 0 34 is_stmt 0                ; fused_moe.py:0:34
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[222:223]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v37, v[34:35], off
.LBB0_102:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[68:69]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_104
; %bb.103:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[220:221]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v1, v[34:35], off
.LBB0_104:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v221, 0
	v_mov_b32_e32 v220, 0
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[66:67]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_mov_b64 s[0:1], exec
	v_accvgpr_read_b32 v71, a33
	v_accvgpr_read_b32 v73, a35
	v_accvgpr_read_b32 v75, a37
	v_accvgpr_read_b32 v77, a39
	v_accvgpr_read_b32 v79, a41
	v_accvgpr_read_b32 v81, a43
	v_accvgpr_read_b32 v83, a45
	v_accvgpr_read_b32 v87, a47
	v_accvgpr_read_b32 v89, a49
	v_accvgpr_read_b32 v93, a51
	v_accvgpr_read_b32 v95, a53
	v_accvgpr_read_b32 v97, a55
	v_accvgpr_read_b32 v99, a57
	v_accvgpr_read_b32 v103, a59
	v_accvgpr_read_b32 v105, a61
	v_accvgpr_read_b32 v107, a63
	v_accvgpr_read_b32 v109, a65
	v_accvgpr_read_b32 v111, a67
	v_accvgpr_read_b32 v113, a69
	v_accvgpr_read_b32 v117, a71
	v_accvgpr_read_b32 v223, a73
	s_and_b64 s[4:5], s[0:1], s[4:5]
	v_accvgpr_read_b32 v70, a32
	v_accvgpr_read_b32 v72, a34
	v_accvgpr_read_b32 v74, a36
	v_accvgpr_read_b32 v76, a38
	v_accvgpr_read_b32 v78, a40
	v_accvgpr_read_b32 v80, a42
	v_accvgpr_read_b32 v82, a44
	v_accvgpr_read_b32 v86, a46
	v_accvgpr_read_b32 v88, a48
	v_accvgpr_read_b32 v92, a50
	v_accvgpr_read_b32 v94, a52
	v_accvgpr_read_b32 v96, a54
	v_accvgpr_read_b32 v98, a56
	v_accvgpr_read_b32 v102, a58
	v_accvgpr_read_b32 v104, a60
	v_accvgpr_read_b32 v106, a62
	v_accvgpr_read_b32 v108, a64
	v_accvgpr_read_b32 v110, a66
	v_accvgpr_read_b32 v112, a68
	v_accvgpr_read_b32 v116, a70
	v_accvgpr_read_b32 v222, a72
	s_mov_b64 exec, s[4:5]
	s_cbranch_execz .LBB0_106
; %bb.105:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[218:219]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v220, v[34:35], off
.LBB0_106:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[64:65]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_108
; %bb.107:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[216:217]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v221, v[34:35], off
.LBB0_108:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[62:63]
	v_mov_b32_e32 v217, 0
	v_mov_b32_e32 v216, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_110
; %bb.109:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[214:215]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v216, v[34:35], off
.LBB0_110:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[60:61]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_112
; %bb.111:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[212:213]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v217, v[34:35], off
.LBB0_112:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[58:59]
	v_mov_b32_e32 v213, 0
	v_mov_b32_e32 v212, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_114
; %bb.113:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[210:211]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v212, v[34:35], off
.LBB0_114:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[56:57]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_116
; %bb.115:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[208:209]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v213, v[34:35], off
.LBB0_116:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[54:55]
	v_mov_b32_e32 v157, 0
	v_mov_b32_e32 v156, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_118
; %bb.117:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[206:207]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v156, v[34:35], off
.LBB0_118:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[52:53]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_120
; %bb.119:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[204:205]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v157, v[34:35], off
.LBB0_120:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[50:51]
	v_mov_b32_e32 v57, 0
	v_mov_b32_e32 v56, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_122
; %bb.121:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[202:203]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v56, v[34:35], off
.LBB0_122:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[48:49]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_124
; %bb.123:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[200:201]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v57, v[34:35], off
.LBB0_124:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[46:47]
	v_mov_b32_e32 v55, 0
	v_mov_b32_e32 v54, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_126
; %bb.125:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[198:199]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v54, v[34:35], off
.LBB0_126:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[44:45]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_128
; %bb.127:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[196:197]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v55, v[34:35], off
.LBB0_128:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[42:43]
	v_mov_b32_e32 v53, 0
	v_mov_b32_e32 v52, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_130
; %bb.129:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[194:195]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v52, v[34:35], off
.LBB0_130:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[40:41]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_132
; %bb.131:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[192:193]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v53, v[34:35], off
.LBB0_132:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[38:39]
	v_mov_b32_e32 v51, 0
	v_mov_b32_e32 v50, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_134
; %bb.133:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[190:191]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v50, v[34:35], off
.LBB0_134:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[36:37]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_136
; %bb.135:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[188:189]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v51, v[34:35], off
.LBB0_136:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[34:35]
	v_mov_b32_e32 v49, 0
	v_mov_b32_e32 v48, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_138
; %bb.137:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[186:187]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v48, v[34:35], off
.LBB0_138:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[30:31]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_140
; %bb.139:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[184:185]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v49, v[34:35], off
.LBB0_140:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[28:29]
	v_mov_b32_e32 v47, 0
	v_mov_b32_e32 v46, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_142
; %bb.141:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[182:183]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v46, v[34:35], off
.LBB0_142:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[26:27]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_144
; %bb.143:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[180:181]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v47, v[34:35], off
.LBB0_144:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[24:25]
	v_mov_b32_e32 v45, 0
	v_mov_b32_e32 v44, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_146
; %bb.145:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[178:179]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v44, v[34:35], off
.LBB0_146:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[22:23]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_148
; %bb.147:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[176:177]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v45, v[34:35], off
.LBB0_148:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[20:21]
	v_mov_b32_e32 v43, 0
	v_mov_b32_e32 v42, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_150
; %bb.149:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[174:175]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v42, v[34:35], off
.LBB0_150:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[18:19]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_152
; %bb.151:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[172:173]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v43, v[34:35], off
.LBB0_152:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[16:17]
	v_mov_b32_e32 v41, 0
	v_mov_b32_e32 v40, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_154
; %bb.153:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[170:171]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v40, v[34:35], off
.LBB0_154:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[14:15]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_156
; %bb.155:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[168:169]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v41, v[34:35], off
.LBB0_156:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[82:83]
	v_mov_b32_e32 v39, 0
	v_mov_b32_e32 v38, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_158
; %bb.157:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[166:167]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v38, v[34:35], off
.LBB0_158:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[80:81]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_160
; %bb.159:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[34:35], s[2:3], 2, v[164:165]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v39, v[34:35], off
.LBB0_160:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[78:79]
	v_mov_b32_e32 v35, 0
	v_mov_b32_e32 v34, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_162
; %bb.161:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[60:61], s[2:3], 2, v[162:163]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v34, v[60:61], off
.LBB0_162:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[4:5], s[84:85], s[76:77]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_164
; %bb.163:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[60:61], s[2:3], 2, v[160:161]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v35, v[60:61], off
.LBB0_164:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 127 34 is_stmt 1              ; fused_moe.py:127:34
	v_cndmask_b32_e64 v60, 0, 1, s[84:85]
	v_mov_b32_e32 v36, 0
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a17, 0
	v_accvgpr_write_b32 a16, 0
	v_accvgpr_write_b32 a19, 0
	v_accvgpr_write_b32 a18, 0
	v_accvgpr_write_b32 a21, 0
	v_accvgpr_write_b32 a20, 0
	v_accvgpr_write_b32 a23, 0
	v_accvgpr_write_b32 a22, 0
	v_accvgpr_write_b32 a25, 0
	v_accvgpr_write_b32 a24, 0
	v_accvgpr_write_b32 a27, 0
	v_accvgpr_write_b32 a26, 0
	v_accvgpr_write_b32 a29, 0
	v_accvgpr_write_b32 a28, 0
	v_accvgpr_write_b32 a31, 0
	v_accvgpr_write_b32 a30, 0
	.loc	1 128 41 is_stmt 0              ; fused_moe.py:128:41
	v_accvgpr_write_b32 a1, 0
	.loc	1 127 34 is_stmt 1              ; fused_moe.py:127:34
	v_cmp_ne_u32_e64 s[0:1], 1, v60
	s_andn2_b64 vcc, exec, s[84:85]
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_accvgpr_write_b32 a0, 0
	.loc	1 127 34                        ; fused_moe.py:127:34
	s_cbranch_vccnz .LBB0_166
; %bb.165:
	.loc	1 0 34 is_stmt 0                ; fused_moe.py:0:34
	v_lshl_add_u64 v[60:61], s[2:3], 2, v[158:159]
	.loc	1 127 34                        ; fused_moe.py:127:34
	global_load_dword v36, v[60:61], off
.LBB0_166:
	.loc	1 128 41 is_stmt 1              ; fused_moe.py:128:41
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_168
; %bb.167:
	s_waitcnt lgkmcnt(7)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[2:3], v[230:231], 0
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[4:5], v[230:231], 0
	s_waitcnt lgkmcnt(6)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[6:7], v[228:229], a[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[8:9], v[228:229], a[16:31]
	s_waitcnt lgkmcnt(5)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[10:11], v[226:227], a[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[12:13], v[226:227], a[16:31]
	s_waitcnt lgkmcnt(4)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[14:15], v[224:225], a[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[16:17], v[224:225], a[16:31]
	s_waitcnt lgkmcnt(3)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[18:19], v[238:239], a[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[20:21], v[238:239], a[16:31]
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[22:23], v[236:237], a[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[24:25], v[236:237], a[16:31]
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[26:27], v[234:235], a[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[28:29], v[234:235], a[16:31]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[0:15], v[30:31], v[232:233], a[0:15]
	v_mfma_f32_32x32x16_fp8_fp8 a[16:31], v[32:33], v[232:233], a[16:31]
.LBB0_168:
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	s_nop 7
	s_nop 1
	v_accvgpr_read_b32 v181, a3
	v_accvgpr_read_b32 v180, a2
	v_accvgpr_read_b32 v175, a5
	v_accvgpr_read_b32 v174, a4
	v_accvgpr_read_b32 v171, a7
	v_accvgpr_read_b32 v170, a6
	v_accvgpr_read_b32 v165, a9
	v_accvgpr_read_b32 v164, a8
	v_accvgpr_read_b32 v159, a11
	v_accvgpr_read_b32 v158, a10
	s_waitcnt lgkmcnt(14)
	v_accvgpr_read_b32 v31, a13
	v_accvgpr_read_b32 v30, a12
	s_waitcnt lgkmcnt(9)
	v_accvgpr_read_b32 v25, a15
	v_accvgpr_read_b32 v24, a14
	v_accvgpr_read_b32 v19, a17
	v_accvgpr_read_b32 v18, a16
	v_accvgpr_read_b32 v15, a19
	v_accvgpr_read_b32 v14, a18
	v_accvgpr_read_b32 v13, a21
	v_accvgpr_read_b32 v12, a20
	v_accvgpr_read_b32 v11, a23
	v_accvgpr_read_b32 v10, a22
	v_accvgpr_read_b32 v9, a25
	v_accvgpr_read_b32 v8, a24
	v_accvgpr_read_b32 v7, a27
	v_accvgpr_read_b32 v6, a26
	v_accvgpr_read_b32 v5, a29
	v_accvgpr_read_b32 v4, a28
	v_accvgpr_read_b32 v3, a31
	v_accvgpr_read_b32 v2, a30
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_accvgpr_read_b32 v64, a1
	v_accvgpr_read_b32 v67, a0
	v_mov_b32_e32 v65, 0
	v_mov_b32_e32 v66, 0
	.loc	1 137 29 is_stmt 1              ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[70:71]
	s_cbranch_execz .LBB0_170
; %bb.169:
	.loc	1 0 29 is_stmt 0                ; fused_moe.py:0:29
	v_accvgpr_read_b32 v16, a80
	v_accvgpr_read_b32 v17, a81
	v_lshl_add_u64 v[16:17], v[16:17], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v66, v[16:17], off
.LBB0_170:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[68:69]
	s_cbranch_execz .LBB0_172
; %bb.171:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[222:223], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v65, v[16:17], off
.LBB0_172:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v63, 0
	v_mov_b32_e32 v62, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[66:67]
	s_cbranch_execz .LBB0_174
; %bb.173:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[110:111], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v62, v[16:17], off
.LBB0_174:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[64:65]
	s_cbranch_execz .LBB0_176
; %bb.175:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[108:109], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v63, v[16:17], off
.LBB0_176:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v61, 0
	v_mov_b32_e32 v60, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[62:63]
	s_cbranch_execz .LBB0_178
; %bb.177:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[134:135], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v60, v[16:17], off
.LBB0_178:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[60:61]
	s_cbranch_execz .LBB0_180
; %bb.179:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[132:133], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v61, v[16:17], off
.LBB0_180:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v179, 0
	v_mov_b32_e32 v178, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[58:59]
	s_cbranch_execz .LBB0_182
; %bb.181:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[128:129], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v178, v[16:17], off
.LBB0_182:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[56:57]
	s_cbranch_execz .LBB0_184
; %bb.183:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[126:127], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v179, v[16:17], off
.LBB0_184:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v177, 0
	v_mov_b32_e32 v176, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[54:55]
	s_cbranch_execz .LBB0_186
; %bb.185:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[122:123], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v176, v[16:17], off
.LBB0_186:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[52:53]
	s_cbranch_execz .LBB0_188
; %bb.187:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v16, a82
	v_accvgpr_read_b32 v17, a83
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[16:17], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v177, v[16:17], off
.LBB0_188:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v173, 0
	v_mov_b32_e32 v172, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[50:51]
	s_cbranch_execz .LBB0_190
; %bb.189:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v16, a76
	v_accvgpr_read_b32 v17, a77
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[16:17], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v172, v[16:17], off
.LBB0_190:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[48:49]
	s_cbranch_execz .LBB0_192
; %bb.191:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v16, a74
	v_accvgpr_read_b32 v17, a75
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[16:17], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v173, v[16:17], off
.LBB0_192:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v169, 0
	v_mov_b32_e32 v168, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[46:47]
	s_cbranch_execz .LBB0_194
; %bb.193:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[118:119], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v168, v[16:17], off
.LBB0_194:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[44:45]
	s_cbranch_execz .LBB0_196
; %bb.195:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v16, a78
	v_accvgpr_read_b32 v17, a79
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[16:17], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v169, v[16:17], off
.LBB0_196:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v167, 0
	v_mov_b32_e32 v166, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[42:43]
	s_cbranch_execz .LBB0_198
; %bb.197:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[116:117], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v166, v[16:17], off
.LBB0_198:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[40:41]
	s_cbranch_execz .LBB0_200
; %bb.199:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[112:113], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v167, v[16:17], off
.LBB0_200:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v163, 0
	v_mov_b32_e32 v162, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[38:39]
	s_cbranch_execz .LBB0_202
; %bb.201:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[106:107], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v162, v[16:17], off
.LBB0_202:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[36:37]
	s_cbranch_execz .LBB0_204
; %bb.203:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[104:105], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v163, v[16:17], off
.LBB0_204:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v161, 0
	v_mov_b32_e32 v160, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[34:35]
	s_cbranch_execz .LBB0_206
; %bb.205:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[102:103], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v160, v[16:17], off
.LBB0_206:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[30:31]
	s_cbranch_execz .LBB0_208
; %bb.207:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[98:99], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v161, v[16:17], off
.LBB0_208:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v33, 0
	v_mov_b32_e32 v32, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[28:29]
	s_cbranch_execz .LBB0_210
; %bb.209:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[96:97], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v32, v[16:17], off
.LBB0_210:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[26:27]
	s_cbranch_execz .LBB0_212
; %bb.211:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[94:95], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v33, v[16:17], off
.LBB0_212:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	s_waitcnt lgkmcnt(8)
	v_mov_b32_e32 v29, 0
	v_mov_b32_e32 v28, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[24:25]
	s_cbranch_execz .LBB0_214
; %bb.213:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[92:93], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v28, v[16:17], off
.LBB0_214:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[22:23]
	s_cbranch_execz .LBB0_216
; %bb.215:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[88:89], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v29, v[16:17], off
.LBB0_216:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v27, 0
	v_mov_b32_e32 v26, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[20:21]
	s_cbranch_execz .LBB0_218
; %bb.217:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[86:87], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v26, v[16:17], off
.LBB0_218:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[18:19]
	s_cbranch_execz .LBB0_220
; %bb.219:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[82:83], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v27, v[16:17], off
.LBB0_220:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v23, 0
	v_mov_b32_e32 v22, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[16:17]
	s_cbranch_execz .LBB0_222
; %bb.221:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[80:81], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v22, v[16:17], off
.LBB0_222:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[14:15]
	s_cbranch_execz .LBB0_224
; %bb.223:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[78:79], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v23, v[16:17], off
.LBB0_224:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v21, 0
	v_mov_b32_e32 v20, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[82:83]
	s_cbranch_execz .LBB0_226
; %bb.225:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[76:77], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v20, v[16:17], off
.LBB0_226:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[80:81]
	s_cbranch_execz .LBB0_228
; %bb.227:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[16:17], v[74:75], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v21, v[16:17], off
.LBB0_228:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v17, 0
	v_mov_b32_e32 v16, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[78:79]
	s_cbranch_execz .LBB0_230
; %bb.229:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[68:69], v[72:73], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v16, v[68:69], off
.LBB0_230:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[76:77]
	s_cbranch_execz .LBB0_232
; %bb.231:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[68:69], v[70:71], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v17, v[68:69], off
.LBB0_232:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 55 is_stmt 1               ; fused_moe.py:92:55
	v_cmp_gt_i64_e64 s[2:3], s[86:87], v[58:59]
	.loc	1 92 36 is_stmt 0               ; fused_moe.py:92:36
	s_and_b64 s[4:5], s[70:71], s[2:3]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_234
; %bb.233:
	.loc	1 128 46                        ; fused_moe.py:128:46
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v37, v37, v67
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	v_fma_f32 v37, v36, v37, v154
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v37, v154, v37, s[84:85]
	v_accvgpr_read_b32 v68, a80
	.loc	1 91 33                         ; fused_moe.py:91:33
	v_mad_i64_i32 v[68:69], s[4:5], v68, s33, 0
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v37, v37, v66
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v66, v37, 16, 1
	s_movk_i32 s4, 0x7fff
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshl_add_u64 v[68:69], v[68:69], 1, s[6:7]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_add3_u32 v66, v37, v66, s4
	v_cmp_o_f32_e32 vcc, v37, v37
	v_mov_b32_e32 v37, 0x7fff
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[68:69], v[58:59], 1, v[68:69]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cndmask_b32_sdwa v37, v37, v66, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	global_store_short v[68:69], v37, off
.LBB0_234:
	.loc	1 0 21                          ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[4:5], s[68:69], s[2:3]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[4:5]
	s_cbranch_execz .LBB0_236
; %bb.235:
	.loc	1 128 46                        ; fused_moe.py:128:46
	s_waitcnt vmcnt(0)
	v_mul_f32_e32 v1, v1, v64
	.loc	1 128 31 is_stmt 0              ; fused_moe.py:128:31
	v_fma_f32 v1, v36, v1, v155
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_cndmask_b32_e64 v1, v155, v1, s[84:85]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_mul_f32_e32 v1, v1, v65
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v37, v1, 16, 1
	s_movk_i32 s4, 0x7fff
	v_add3_u32 v37, v1, v37, s4
	.loc	1 91 33                         ; fused_moe.py:91:33
	v_mad_i64_i32 v[64:65], s[4:5], v222, s33, 0
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cmp_o_f32_e32 vcc, v1, v1
	v_mov_b32_e32 v1, 0x7fff
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshl_add_u64 v[64:65], v[64:65], 1, s[6:7]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cndmask_b32_sdwa v1, v1, v37, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[64:65], v[58:59], 1, v[64:65]
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_short v[64:65], v1, off
.LBB0_236:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	s_waitcnt vmcnt(0)
	v_pk_mul_f32 v[64:65], v[220:221], v[180:181]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[66:67], s[2:3]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[64:65], v[36:37], v[64:65], v[152:153] op_sel_hi:[0,1,1]
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v65, v153, v65, s[84:85]
	v_cndmask_b32_e64 v64, v152, v64, s[84:85]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[62:63], v[64:65], v[62:63]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cmp_u_f32_e64 s[0:1], v63, v63
	v_cmp_u_f32_e32 vcc, v62, v62
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_238
; %bb.237:
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v62, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v62, v1, s8
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[64:65], s[8:9], v110, s33, 0
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_mov_b32_e32 v37, 0x7fff
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshl_add_u64 v[64:65], v[64:65], 1, s[6:7]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cndmask_b32_sdwa v1, v1, v37, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[64:65], v[58:59], 1, v[64:65]
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_short v[64:65], v1, off
.LBB0_238:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v37, v36
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[64:65], s[2:3]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_240
; %bb.239:
	.loc	1 142 36 is_stmt 0              ; fused_moe.py:142:36
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v1, v63, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v1, v63, v1, s0
	v_mov_b32_e32 v62, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v62, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[62:63], s[0:1], v108, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[62:63], v[62:63], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[62:63], v[58:59], 1, v[62:63]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[62:63], v1, off
.LBB0_240:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[62:63], v[216:217], v[174:175]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[62:63], s[2:3]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[62:63], v[36:37], v[62:63], v[150:151]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v63, v151, v63, s[84:85]
	v_cndmask_b32_e64 v62, v150, v62, s[84:85]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[60:61], v[62:63], v[60:61]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cmp_u_f32_e64 s[0:1], v61, v61
	v_cmp_u_f32_e32 vcc, v60, v60
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_242
; %bb.241:
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v60, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v60, v1, s8
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[62:63], s[8:9], v134, s33, 0
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_mov_b32_e32 v60, 0x7fff
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshl_add_u64 v[62:63], v[62:63], 1, s[6:7]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cndmask_b32_sdwa v1, v1, v60, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[62:63], v[58:59], 1, v[62:63]
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_short v[62:63], v1, off
.LBB0_242:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[60:61], s[2:3]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_244
; %bb.243:
	.loc	1 142 36 is_stmt 0              ; fused_moe.py:142:36
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v1, v61, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v1, v61, v1, s0
	v_mov_b32_e32 v60, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v60, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[60:61], s[0:1], v132, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[60:61], v[60:61], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[60:61], v[58:59], 1, v[60:61]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[60:61], v1, off
.LBB0_244:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[60:61], v[212:213], v[170:171]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[58:59], s[2:3]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[60:61], v[36:37], v[60:61], v[148:149]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v61, v149, v61, s[84:85]
	v_cndmask_b32_e64 v60, v148, v60, s[84:85]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[60:61], v[60:61], v[178:179]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cmp_u_f32_e64 s[0:1], v61, v61
	v_cmp_u_f32_e32 vcc, v60, v60
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_246
; %bb.245:
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v60, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v60, v1, s8
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[62:63], s[8:9], v128, s33, 0
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_mov_b32_e32 v60, 0x7fff
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshl_add_u64 v[62:63], v[62:63], 1, s[6:7]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cndmask_b32_sdwa v1, v1, v60, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[62:63], v[58:59], 1, v[62:63]
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_short v[62:63], v1, off
.LBB0_246:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[56:57], s[2:3]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_248
; %bb.247:
	.loc	1 142 36 is_stmt 0              ; fused_moe.py:142:36
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v1, v61, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v1, v61, v1, s0
	v_mov_b32_e32 v60, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v60, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[60:61], s[0:1], v126, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[60:61], v[60:61], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[60:61], v[58:59], 1, v[60:61]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[60:61], v1, off
.LBB0_248:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[60:61], v[156:157], v[164:165]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[54:55]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[60:61], v[36:37], v[60:61], v[146:147]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v61, v147, v61, s[84:85]
	v_cndmask_b32_e64 v60, v146, v60, s[84:85]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[60:61], v[60:61], v[176:177]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cmp_u_f32_e64 s[0:1], v61, v61
	v_cmp_u_f32_e32 vcc, v60, v60
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_250
; %bb.249:
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v60, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v60, v1, s8
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[62:63], s[8:9], v122, s33, 0
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_mov_b32_e32 v60, 0x7fff
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshl_add_u64 v[62:63], v[62:63], 1, s[6:7]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cndmask_b32_sdwa v1, v1, v60, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[62:63], v[58:59], 1, v[62:63]
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_short v[62:63], v1, off
.LBB0_250:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[52:53]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_252
; %bb.251:
	.loc	1 142 36 is_stmt 0              ; fused_moe.py:142:36
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v1, v61, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v1, v61, v1, s0
	v_mov_b32_e32 v60, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v60, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_accvgpr_read_b32 v60, a82
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[60:61], s[0:1], v60, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[60:61], v[60:61], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[60:61], v[58:59], 1, v[60:61]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[60:61], v1, off
.LBB0_252:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[56:57], v[56:57], v[158:159]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[50:51]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[56:57], v[36:37], v[56:57], v[144:145]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v57, v145, v57, s[84:85]
	v_cndmask_b32_e64 v56, v144, v56, s[84:85]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[56:57], v[56:57], v[172:173]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cmp_u_f32_e64 s[0:1], v57, v57
	v_cmp_u_f32_e32 vcc, v56, v56
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_254
; %bb.253:
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v56, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v56, v1, s8
	v_mov_b32_e32 v56, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v56, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_accvgpr_read_b32 v56, a76
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[60:61], s[8:9], v56, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[60:61], v[60:61], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[60:61], v[58:59], 1, v[60:61]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[60:61], v1, off
.LBB0_254:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[48:49]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_256
; %bb.255:
	.loc	1 142 36 is_stmt 0              ; fused_moe.py:142:36
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v1, v57, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v1, v57, v1, s0
	v_mov_b32_e32 v56, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v56, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_accvgpr_read_b32 v56, a74
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[56:57], s[0:1], v56, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[56:57], v[56:57], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[56:57], v[58:59], 1, v[56:57]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[56:57], v1, off
.LBB0_256:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[30:31], v[54:55], v[30:31]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[46:47]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[30:31], v[36:37], v[30:31], v[142:143]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v31, v143, v31, s[84:85]
	v_cndmask_b32_e64 v30, v142, v30, s[84:85]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[30:31], v[30:31], v[168:169]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cmp_u_f32_e64 s[0:1], v31, v31
	v_cmp_u_f32_e32 vcc, v30, v30
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_258
; %bb.257:
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v30, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v30, v1, s8
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[54:55], s[8:9], v118, s33, 0
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_mov_b32_e32 v30, 0x7fff
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshl_add_u64 v[54:55], v[54:55], 1, s[6:7]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cndmask_b32_sdwa v1, v1, v30, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[54:55], v[58:59], 1, v[54:55]
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_short v[54:55], v1, off
.LBB0_258:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[44:45]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_260
; %bb.259:
	.loc	1 142 36 is_stmt 0              ; fused_moe.py:142:36
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v1, v31, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v1, v31, v1, s0
	v_mov_b32_e32 v30, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v30, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_accvgpr_read_b32 v30, a78
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[30:31], s[0:1], v30, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[30:31], v[30:31], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[30:31], v[58:59], 1, v[30:31]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[30:31], v1, off
.LBB0_260:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[24:25], v[52:53], v[24:25]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[42:43]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[24:25], v[36:37], v[24:25], v[140:141]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v25, v141, v25, s[84:85]
	v_cndmask_b32_e64 v24, v140, v24, s[84:85]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[24:25], v[24:25], v[166:167]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cmp_u_f32_e64 s[0:1], v25, v25
	v_cmp_u_f32_e32 vcc, v24, v24
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_262
; %bb.261:
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v24, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v24, v1, s8
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[30:31], s[8:9], v116, s33, 0
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_mov_b32_e32 v24, 0x7fff
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshl_add_u64 v[30:31], v[30:31], 1, s[6:7]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cndmask_b32_sdwa v1, v1, v24, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[30:31], v[58:59], 1, v[30:31]
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_short v[30:31], v1, off
.LBB0_262:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[40:41]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_264
; %bb.263:
	.loc	1 142 36 is_stmt 0              ; fused_moe.py:142:36
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v1, v25, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v1, v25, v1, s0
	v_mov_b32_e32 v24, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v24, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[24:25], s[0:1], v112, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[24:25], v[24:25], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[24:25], v[58:59], 1, v[24:25]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[24:25], v1, off
.LBB0_264:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[18:19], v[50:51], v[18:19]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[38:39]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[18:19], v[36:37], v[18:19], v[138:139]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v19, v139, v19, s[84:85]
	v_cndmask_b32_e64 v18, v138, v18, s[84:85]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[18:19], v[18:19], v[162:163]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cmp_u_f32_e64 s[0:1], v19, v19
	v_cmp_u_f32_e32 vcc, v18, v18
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_266
; %bb.265:
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v18, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v18, v1, s8
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[24:25], s[8:9], v106, s33, 0
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_mov_b32_e32 v18, 0x7fff
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshl_add_u64 v[24:25], v[24:25], 1, s[6:7]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cndmask_b32_sdwa v1, v1, v18, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[24:25], v[58:59], 1, v[24:25]
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_short v[24:25], v1, off
.LBB0_266:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[36:37]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_268
; %bb.267:
	.loc	1 142 36 is_stmt 0              ; fused_moe.py:142:36
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v1, v19, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v1, v19, v1, s0
	v_mov_b32_e32 v18, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v18, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[18:19], s[0:1], v104, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[18:19], v[18:19], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[18:19], v[58:59], 1, v[18:19]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[18:19], v1, off
.LBB0_268:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[14:15], v[48:49], v[14:15]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[34:35]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[14:15], v[36:37], v[14:15], v[136:137]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v15, v137, v15, s[84:85]
	v_cndmask_b32_e64 v14, v136, v14, s[84:85]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[14:15], v[14:15], v[160:161]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cmp_u_f32_e64 s[0:1], v15, v15
	v_cmp_u_f32_e32 vcc, v14, v14
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_270
; %bb.269:
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v14, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v14, v1, s8
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[18:19], s[8:9], v102, s33, 0
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_mov_b32_e32 v14, 0x7fff
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshl_add_u64 v[18:19], v[18:19], 1, s[6:7]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cndmask_b32_sdwa v1, v1, v14, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[18:19], v[58:59], 1, v[18:19]
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_short v[18:19], v1, off
.LBB0_270:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[30:31]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_272
; %bb.271:
	.loc	1 142 36 is_stmt 0              ; fused_moe.py:142:36
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v1, v15, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v1, v15, v1, s0
	v_mov_b32_e32 v14, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v14, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[14:15], s[0:1], v98, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[14:15], v[14:15], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[14:15], v[58:59], 1, v[14:15]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[14:15], v1, off
.LBB0_272:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[12:13], v[46:47], v[12:13]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[28:29]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[12:13], v[36:37], v[12:13], v[130:131]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v13, v131, v13, s[84:85]
	v_cndmask_b32_e64 v12, v130, v12, s[84:85]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[12:13], v[12:13], v[32:33]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cmp_u_f32_e64 s[0:1], v13, v13
	v_cmp_u_f32_e32 vcc, v12, v12
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_274
; %bb.273:
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v12, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v12, v1, s8
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[14:15], s[8:9], v96, s33, 0
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_mov_b32_e32 v12, 0x7fff
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshl_add_u64 v[14:15], v[14:15], 1, s[6:7]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cndmask_b32_sdwa v1, v1, v12, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[14:15], v[58:59], 1, v[14:15]
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_short v[14:15], v1, off
.LBB0_274:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[26:27]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_276
; %bb.275:
	.loc	1 142 36 is_stmt 0              ; fused_moe.py:142:36
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v1, v13, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v1, v13, v1, s0
	v_mov_b32_e32 v12, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v12, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[12:13], s[0:1], v94, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[12:13], v[12:13], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[12:13], v[58:59], 1, v[12:13]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[12:13], v1, off
.LBB0_276:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[10:11], v[44:45], v[10:11]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[24:25]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[10:11], v[36:37], v[10:11], v[124:125]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v11, v125, v11, s[84:85]
	v_cndmask_b32_e64 v10, v124, v10, s[84:85]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[10:11], v[10:11], v[28:29]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cmp_u_f32_e64 s[0:1], v11, v11
	v_cmp_u_f32_e32 vcc, v10, v10
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_278
; %bb.277:
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v10, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v10, v1, s8
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[12:13], s[8:9], v92, s33, 0
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_mov_b32_e32 v10, 0x7fff
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshl_add_u64 v[12:13], v[12:13], 1, s[6:7]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cndmask_b32_sdwa v1, v1, v10, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[12:13], v[58:59], 1, v[12:13]
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_short v[12:13], v1, off
.LBB0_278:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[22:23]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_280
; %bb.279:
	.loc	1 142 36 is_stmt 0              ; fused_moe.py:142:36
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v1, v11, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v1, v11, v1, s0
	v_mov_b32_e32 v10, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v10, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[10:11], s[0:1], v88, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[10:11], v[10:11], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[10:11], v[58:59], 1, v[10:11]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[10:11], v1, off
.LBB0_280:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[8:9], v[42:43], v[8:9]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[20:21]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[8:9], v[36:37], v[8:9], v[114:115]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v9, v115, v9, s[84:85]
	v_cndmask_b32_e64 v8, v114, v8, s[84:85]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[8:9], v[8:9], v[26:27]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cmp_u_f32_e64 s[0:1], v9, v9
	v_cmp_u_f32_e32 vcc, v8, v8
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_282
; %bb.281:
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v8, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v8, v1, s8
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[10:11], s[8:9], v86, s33, 0
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_mov_b32_e32 v8, 0x7fff
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshl_add_u64 v[10:11], v[10:11], 1, s[6:7]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cndmask_b32_sdwa v1, v1, v8, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[10:11], v[58:59], 1, v[10:11]
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_short v[10:11], v1, off
.LBB0_282:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[18:19]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_284
; %bb.283:
	.loc	1 142 36 is_stmt 0              ; fused_moe.py:142:36
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v1, v9, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v1, v9, v1, s0
	v_mov_b32_e32 v8, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v8, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[8:9], s[0:1], v82, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[8:9], v[8:9], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[8:9], v[58:59], 1, v[8:9]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[8:9], v1, off
.LBB0_284:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[6:7], v[40:41], v[6:7]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[16:17]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[6:7], v[36:37], v[6:7], v[100:101]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v7, v101, v7, s[84:85]
	v_cndmask_b32_e64 v6, v100, v6, s[84:85]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[6:7], v[6:7], v[22:23]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cmp_u_f32_e64 s[0:1], v7, v7
	v_cmp_u_f32_e32 vcc, v6, v6
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_286
; %bb.285:
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v6, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v6, v1, s8
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[8:9], s[8:9], v80, s33, 0
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_mov_b32_e32 v6, 0x7fff
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshl_add_u64 v[8:9], v[8:9], 1, s[6:7]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cndmask_b32_sdwa v1, v1, v6, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[8:9], v[58:59], 1, v[8:9]
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_short v[8:9], v1, off
.LBB0_286:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[14:15]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_288
; %bb.287:
	.loc	1 142 36 is_stmt 0              ; fused_moe.py:142:36
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v1, v7, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v1, v7, v1, s0
	v_mov_b32_e32 v6, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v6, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[6:7], s[0:1], v78, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[6:7], v[6:7], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[6:7], v[58:59], 1, v[6:7]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[6:7], v1, off
.LBB0_288:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[4:5], v[38:39], v[4:5]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[82:83]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[4:5], v[36:37], v[4:5], v[90:91]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v5, v91, v5, s[84:85]
	v_cndmask_b32_e64 v4, v90, v4, s[84:85]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[4:5], v[4:5], v[20:21]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cmp_u_f32_e64 s[0:1], v5, v5
	v_cmp_u_f32_e32 vcc, v4, v4
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_290
; %bb.289:
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v4, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v4, v1, s8
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[6:7], s[8:9], v76, s33, 0
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_mov_b32_e32 v4, 0x7fff
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshl_add_u64 v[6:7], v[6:7], 1, s[6:7]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cndmask_b32_sdwa v1, v1, v4, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[6:7], v[58:59], 1, v[6:7]
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_short v[6:7], v1, off
.LBB0_290:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[80:81]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_292
; %bb.291:
	.loc	1 142 36 is_stmt 0              ; fused_moe.py:142:36
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v1, v5, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v1, v5, v1, s0
	v_mov_b32_e32 v4, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v4, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[4:5], s[0:1], v74, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[4:5], v[4:5], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[4:5], v[58:59], 1, v[4:5]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[4:5], v1, off
.LBB0_292:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[2:3], v[34:35], v[2:3]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[8:9], s[2:3], s[78:79]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[2:3], v[36:37], v[2:3], v[84:85]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v3, v85, v3, s[84:85]
	v_cndmask_b32_e64 v2, v84, v2, s[84:85]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[2:3], v[2:3], v[16:17]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cmp_u_f32_e64 s[0:1], v3, v3
	v_cmp_u_f32_e32 vcc, v2, v2
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[8:9]
	s_cbranch_execz .LBB0_294
; %bb.293:
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_bfe_u32 v1, v2, 16, 1
	s_movk_i32 s8, 0x7fff
	v_add3_u32 v1, v2, v1, s8
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[4:5], s[8:9], v72, s33, 0
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_mov_b32_e32 v2, 0x7fff
	.loc	1 91 21                         ; fused_moe.py:91:21
	v_lshl_add_u64 v[4:5], v[4:5], 1, s[6:7]
	.loc	1 142 36                        ; fused_moe.py:142:36
	v_cndmask_b32_sdwa v1, v1, v2, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[4:5], v[58:59], 1, v[4:5]
	.loc	1 142 21                        ; fused_moe.py:142:21
	global_store_short v[4:5], v1, off
.LBB0_294:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[2:3], s[2:3], s[76:77]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[4:5], s[2:3]
	s_xor_b64 s[2:3], exec, s[4:5]
	s_cbranch_execz .LBB0_296
; %bb.295:
	.loc	1 142 36 is_stmt 0              ; fused_moe.py:142:36
	s_mov_b64 vcc, s[0:1]
	v_bfe_u32 v1, v3, 16, 1
	s_movk_i32 s0, 0x7fff
	v_add3_u32 v1, v3, v1, s0
	v_mov_b32_e32 v2, 0x7fff
	v_cndmask_b32_sdwa v1, v1, v2, vcc dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[2:3], s[0:1], v70, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[2:3], v[2:3], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[2:3], v[58:59], 1, v[2:3]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[2:3], v1, off
.LBB0_296:                              ; %Flow
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[2:3]
	s_branch .LBB0_17
.LBB0_297:
	.loc	1 85 56 is_stmt 1               ; fused_moe.py:85:56
	v_lshrrev_b32_e32 v0, 2, v0
	v_and_b32_e32 v0, 60, v0
	.loc	1 86 48                         ; fused_moe.py:86:48
	v_or_b32_e32 v1, 0xc0, v0
	.loc	1 86 25 is_stmt 0               ; fused_moe.py:86:25
	global_load_dword v5, v0, s[88:89]
	global_load_dword v4, v0, s[88:89] offset:64
	global_load_dword v3, v0, s[88:89] offset:128
	global_load_dword v2, v1, s[88:89]
	.loc	1 90 37 is_stmt 1               ; fused_moe.py:90:37
	v_or_b32_e32 v0, s90, v121
	v_mov_b32_e32 v1, s96
	.loc	1 92 55                         ; fused_moe.py:92:55
	v_cmp_gt_i64_e32 vcc, s[86:87], v[0:1]
	.loc	1 88 30                         ; fused_moe.py:88:30
	s_waitcnt vmcnt(3)
	v_cmp_gt_i32_e64 s[0:1], s94, v5
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_299
; %bb.298:
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
.LBB0_299:
	.loc	1 0 25 is_stmt 0                ; fused_moe.py:0:25
	s_or_b64 exec, exec, s[0:1]
	.loc	1 88 30 is_stmt 1               ; fused_moe.py:88:30
	s_waitcnt vmcnt(2)
	v_cmp_gt_i32_e64 s[0:1], s94, v4
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_301
; %bb.300:
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
.LBB0_301:
	.loc	1 0 25 is_stmt 0                ; fused_moe.py:0:25
	s_or_b64 exec, exec, s[0:1]
	.loc	1 88 30 is_stmt 1               ; fused_moe.py:88:30
	s_waitcnt vmcnt(1)
	v_cmp_gt_i32_e64 s[0:1], s94, v3
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_303
; %bb.302:
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
.LBB0_303:
	.loc	1 0 25 is_stmt 0                ; fused_moe.py:0:25
	s_or_b64 exec, exec, s[0:1]
	.loc	1 88 30 is_stmt 1               ; fused_moe.py:88:30
	s_waitcnt vmcnt(0)
	v_cmp_gt_i32_e64 s[0:1], s94, v2
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_xor_b64 s[2:3], exec, s[2:3]
	s_cbranch_execz .LBB0_17
; %bb.304:
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
		.amdhsa_next_free_vgpr 341
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
.Lfunc_end0:
	.size	fused_moe_kernel, .Lfunc_end0-fused_moe_kernel
	.cfi_endproc
                                        ; -- End function
	.set fused_moe_kernel.num_vgpr, 256
	.set fused_moe_kernel.num_agpr, 85
	.set fused_moe_kernel.numbered_sgpr, 100
	.set fused_moe_kernel.private_seg_size, 0
	.set fused_moe_kernel.uses_vcc, 1
	.set fused_moe_kernel.uses_flat_scratch, 0
	.set fused_moe_kernel.has_dyn_sized_stack, 0
	.set fused_moe_kernel.has_recursion, 0
	.set fused_moe_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 14636
; TotalNumSgprs: 106
; NumVgprs: 256
; NumAgprs: 85
; TotalNumVgprs: 341
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 13
; VGPRBlocks: 42
; NumSGPRsForWavesPerEU: 106
; NumVGPRsForWavesPerEU: 341
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
  - .agpr_count:     85
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
    .sgpr_count:     106
    .sgpr_spill_count: 1
    .symbol:         fused_moe_kernel.kd
    .uses_dynamic_stack: false
    .vgpr_count:     341
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

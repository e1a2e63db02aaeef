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
; %bb.301:
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
; %bb.302:
.LBB0_0:
	s_load_dword s82, s[0:1], 0x48
	s_load_dword s17, s[0:1], 0x50
.Ltmp1:
	.loc	1 74 22 is_stmt 1               ; fused_moe.py:74:22
	s_abs_i32 s21, s16
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 40 22                         ; standard.py:40:22 @[ fused_moe.py:72:27 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s18, s82, 0x7f
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
	s_cbranch_scc0 .LBB0_94
; %bb.1:
	.loc	1 85 43 is_stmt 1               ; fused_moe.py:85:43
	s_ashr_i32 s19, s18, 31
	.loc	1 86 48                         ; fused_moe.py:86:48
	s_lshl_b64 s[18:19], s[18:19], 2
	s_load_dwordx2 s[20:21], s[0:1], 0x38
	s_load_dword s90, s[0:1], 0x54
	s_load_dword s33, s[0:1], 0x64
	s_add_u32 s84, s14, s18
	s_addc_u32 s85, s15, s19
	.loc	1 90 22                         ; fused_moe.py:90:22
	s_lshl_b32 s91, s17, 7
	.loc	1 94 42                         ; fused_moe.py:94:42
	s_ashr_i32 s17, s16, 31
	.loc	1 90 37                         ; fused_moe.py:90:37
	s_ashr_i32 s92, s91, 31
	.loc	1 92 55                         ; fused_moe.py:92:55
	s_ashr_i32 s83, s82, 31
	.loc	1 94 42                         ; fused_moe.py:94:42
	s_lshl_b64 s[14:15], s[16:17], 2
	s_waitcnt lgkmcnt(0)
	s_add_u32 s14, s20, s14
	s_addc_u32 s15, s21, s15
	.loc	1 94 25 is_stmt 0               ; fused_moe.py:94:25
	s_load_dword s24, s[14:15], 0x0
	.loc	1 90 50 is_stmt 1               ; fused_moe.py:90:50
	v_lshlrev_b32_e32 v94, 3, v0
	.loc	1 95 21                         ; fused_moe.py:95:21
	s_waitcnt lgkmcnt(0)
	s_cmp_lg_u32 s24, -1
	s_cbranch_scc0 .LBB0_93
; %bb.2:
	.loc	1 85 56                         ; fused_moe.py:85:56
	v_and_b32_e32 v2, 32, v0
	v_lshrrev_b32_e32 v1, 3, v2
	v_lshrrev_b32_e32 v3, 3, v0
	v_and_or_b32 v1, v3, 27, v1
	.loc	1 86 48                         ; fused_moe.py:86:48
	v_lshlrev_b32_e32 v10, 2, v1
	v_lshrrev_b32_e32 v70, 1, v2
	.loc	1 86 25 is_stmt 0               ; fused_moe.py:86:25
	global_load_dword v37, v10, s[84:85]
	global_load_dwordx4 v[54:57], v70, s[84:85]
	global_load_dwordx4 v[50:53], v70, s[84:85] offset:32
	global_load_dwordx4 v[46:49], v70, s[84:85] offset:64
	global_load_dwordx4 v[26:29], v70, s[84:85] offset:96
	global_load_dwordx4 v[18:21], v70, s[84:85] offset:128
	global_load_dwordx4 v[2:5], v70, s[84:85] offset:160
	global_load_dwordx4 v[22:25], v70, s[84:85] offset:192
	global_load_dwordx4 v[6:9], v70, s[84:85] offset:224
	global_load_dword v35, v10, s[84:85] offset:128
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	s_abs_i32 s25, s82
	v_cvt_f32_u32_e32 v12, s25
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_and_b32_e32 v71, 31, v0
	v_lshrrev_b32_e32 v11, 1, v0
	s_movk_i32 s14, 0x60
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_rcp_iflag_f32_e32 v12, v12
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_and_or_b32 v72, v11, s14, v71
	.loc	1 90 37 is_stmt 0               ; fused_moe.py:90:37
	v_or_b32_e32 v74, s91, v72
	.loc	1 85 56 is_stmt 1               ; fused_moe.py:85:56
	v_or_b32_e32 v11, s91, v1
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_mul_f32_e32 v12, 0x4f7ffffe, v12
	v_cvt_u32_f32_e32 v12, v12
	v_sub_u32_e32 v13, 0, v74
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v33, 32, v11
	.loc	1 101 24                        ; fused_moe.py:101:24
	s_sub_i32 s14, 0, s25
	v_max_i32_e32 v38, v74, v13
	v_sub_u32_e32 v13, 0, v33
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v32, 64, v11
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_max_i32_e32 v34, v33, v13
	v_mul_lo_u32 v13, s14, v12
	v_sub_u32_e32 v31, 0, v11
	v_sub_u32_e32 v36, 0, v32
	v_mul_hi_u32 v13, v12, v13
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_or_b32_e32 v30, 0x60, v11
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_max_i32_e32 v11, v11, v31
	v_max_i32_e32 v44, v32, v36
	v_add_u32_e32 v36, v12, v13
	v_mad_u64_u32 v[12:13], s[14:15], v11, v36, 0
	v_mul_hi_u32 v12, v38, v36
	s_load_dword s93, s[0:1], 0x4c
	s_load_dword s22, s[0:1], 0x58
	v_mul_lo_u32 v12, v12, s25
	v_mad_u64_u32 v[32:33], s[14:15], v34, v36, 0
	v_sub_u32_e32 v12, v38, v12
	v_subrev_u32_e32 v32, s25, v12
	v_cmp_le_u32_e32 vcc, s25, v12
	.loc	1 104 72                        ; fused_moe.py:104:72
	v_lshlrev_b32_e32 v73, 4, v0
	v_and_b32_e32 v172, 0x70, v73
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e32 v32, v12, v32, vcc
.Ltmp10:
	.loc	2 40 22                         ; standard.py:40:22 @[ fused_moe.py:117:33 ]
	s_waitcnt lgkmcnt(0)
	s_add_i32 s94, s93, 0x7f
.Ltmp11:
	.loc	1 119 74                        ; fused_moe.py:119:74
	v_cmp_gt_i32_e64 s[16:17], s93, v172
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cmpk_gt_i32 s94, 0x7f
	.loc	1 85 73                         ; fused_moe.py:85:73
	v_mov_b32_e32 v10, 0
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_cselect_b64 s[80:81], -1, 0
	.loc	1 90 37                         ; fused_moe.py:90:37
	v_mov_b32_e32 v75, s92
	v_mov_b32_e32 v14, 0
	v_mov_b32_e32 v15, 0
	v_mov_b32_e32 v16, 0
	v_mov_b32_e32 v17, 0
	.loc	1 104 65                        ; fused_moe.py:104:65
	v_mov_b32_e32 v173, v10
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_sub_u32_e32 v31, 0, v30
	v_cmp_le_u32_e64 s[14:15], s25, v32
	.loc	1 104 45                        ; fused_moe.py:104:45
	s_waitcnt vmcnt(9)
	v_ashrrev_i32_e32 v12, 31, v37
	v_lshrrev_b32_e32 v12, 29, v12
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e32 vcc, s90, v37
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_add_u32_e32 v12, v37, v12
	.loc	1 119 56                        ; fused_moe.py:119:56
	s_and_b64 s[18:19], s[16:17], vcc
	.loc	1 104 45                        ; fused_moe.py:104:45
	v_ashrrev_i32_e32 v12, 3, v12
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 s[20:21], s[80:81], s[18:19]
	.loc	1 104 53                        ; fused_moe.py:104:53
	v_mad_i64_i32 v[58:59], s[18:19], v12, s22, 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_and_saveexec_b64 s[18:19], s[20:21]
	s_cbranch_execz .LBB0_4
; %bb.3:
	.loc	1 104 22                        ; fused_moe.py:104:22
	v_lshl_add_u64 v[14:15], s[2:3], 0, v[58:59]
	v_lshl_add_u64 v[14:15], v[14:15], 0, v[172:173]
	.loc	1 119 20                        ; fused_moe.py:119:20
	global_load_dwordx4 v[14:17], v[14:15], off
.LBB0_4:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[18:19]
	.loc	1 104 45 is_stmt 1              ; fused_moe.py:104:45
	s_waitcnt vmcnt(0)
	v_ashrrev_i32_e32 v12, 31, v35
	v_lshrrev_b32_e32 v12, 29, v12
	s_load_dwordx2 s[20:21], s[0:1], 0x5c
	v_add_u32_e32 v12, v35, v12
	v_ashrrev_i32_e32 v12, 3, v12
	v_max_i32_e32 v45, v30, v31
	v_mad_u64_u32 v[30:31], s[18:19], v44, v36, 0
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[72:73], s90, v35
	.loc	1 104 53                        ; fused_moe.py:104:53
	v_mad_i64_i32 v[60:61], s[18:19], v12, s22, 0
	.loc	1 119 56                        ; fused_moe.py:119:56
	s_and_b64 s[18:19], s[16:17], s[72:73]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_and_b64 s[22:23], s[80:81], s[18:19]
	v_mov_b32_e32 v38, 0
	v_mov_b32_e32 v39, 0
	v_mov_b32_e32 v40, 0
	v_mov_b32_e32 v41, 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_and_saveexec_b64 s[18:19], s[22:23]
	s_cbranch_execz .LBB0_6
; %bb.5:
	.loc	1 104 22                        ; fused_moe.py:104:22
	v_lshl_add_u64 v[38:39], s[2:3], 0, v[60:61]
	v_lshl_add_u64 v[38:39], v[38:39], 0, v[172:173]
	.loc	1 119 20                        ; fused_moe.py:119:20
	global_load_dwordx4 v[38:41], v[38:39], off
.LBB0_6:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[18:19]
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_mul_lo_u32 v12, v13, s25
	v_mad_u64_u32 v[42:43], s[18:19], v45, v36, 0
	v_sub_u32_e32 v11, v11, v12
	v_subrev_u32_e32 v12, s25, v11
	v_cmp_le_u32_e64 s[18:19], s25, v11
	.loc	1 105 34                        ; fused_moe.py:105:34
	s_waitcnt lgkmcnt(0)
	s_mul_i32 s86, s24, s20
	s_mul_hi_i32 s87, s24, s20
	.loc	1 101 24                        ; fused_moe.py:101:24
	v_cndmask_b32_e64 v11, v11, v12, s[18:19]
	v_subrev_u32_e32 v12, s25, v11
	v_cmp_le_u32_e64 s[18:19], s25, v11
	v_subrev_u32_e32 v30, s25, v32
	v_mov_b32_e32 v13, 0
	v_cndmask_b32_e64 v11, v11, v12, s[18:19]
	v_xor_b32_e32 v11, s92, v11
	v_subrev_u32_e32 v11, s92, v11
	.loc	1 105 21                        ; fused_moe.py:105:21
	s_add_u32 s18, s4, s86
	s_addc_u32 s19, s5, s87
	.loc	1 105 96 is_stmt 0              ; fused_moe.py:105:96
	v_mad_i64_i32 v[62:63], s[22:23], v11, s21, 0
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[16:17], s[16:17], s[80:81]
	v_mov_b32_e32 v11, 0
	v_mov_b32_e32 v12, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b64 s[22:23], s[16:17]
	s_cbranch_execz .LBB0_8
; %bb.7:
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_lshl_add_u64 v[10:11], s[18:19], 0, v[62:63]
	v_lshl_add_u64 v[10:11], v[10:11], 0, v[172:173]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[10:13], v[10:11], off
.LBB0_8:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[22:23]
	v_cndmask_b32_e64 v32, v32, v30, s[14:15]
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_mul_lo_u32 v30, v33, s25
	v_sub_u32_e32 v30, v34, v30
	v_subrev_u32_e32 v33, s25, v30
	v_cmp_le_u32_e64 s[14:15], s25, v30
	v_mov_b32_e32 v34, 0
	v_mov_b32_e32 v35, 0
	v_cndmask_b32_e64 v30, v30, v33, s[14:15]
	v_subrev_u32_e32 v33, s25, v30
	v_cmp_le_u32_e64 s[14:15], s25, v30
	v_mov_b32_e32 v36, 0
	v_mov_b32_e32 v37, 0
	v_cndmask_b32_e64 v30, v30, v33, s[14:15]
	v_xor_b32_e32 v30, s92, v30
	v_subrev_u32_e32 v30, s92, v30
	.loc	1 105 96                        ; fused_moe.py:105:96
	v_mad_i64_i32 v[64:65], s[14:15], v30, s21, 0
	v_mov_b32_e32 v30, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_10
; %bb.9:
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_lshl_add_u64 v[34:35], s[18:19], 0, v[64:65]
	v_lshl_add_u64 v[34:35], v[34:35], 0, v[172:173]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[34:37], v[34:35], off
.LBB0_10:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[14:15]
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_mul_lo_u32 v31, v31, s25
	v_sub_u32_e32 v31, v44, v31
	v_xor_b32_e32 v42, s92, v32
	v_subrev_u32_e32 v32, s25, v31
	v_cmp_le_u32_e64 s[14:15], s25, v31
	v_mov_b32_e32 v33, 0
	s_nop 0
	v_cndmask_b32_e64 v31, v31, v32, s[14:15]
	v_subrev_u32_e32 v32, s25, v31
	v_cmp_le_u32_e64 s[14:15], s25, v31
	s_nop 1
	v_cndmask_b32_e64 v31, v31, v32, s[14:15]
	v_xor_b32_e32 v31, s92, v31
	v_subrev_u32_e32 v31, s92, v31
	.loc	1 105 96                        ; fused_moe.py:105:96
	v_mad_i64_i32 v[66:67], s[14:15], v31, s21, 0
	v_mov_b32_e32 v31, 0
	v_mov_b32_e32 v32, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_12
; %bb.11:
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_lshl_add_u64 v[30:31], s[18:19], 0, v[66:67]
	v_lshl_add_u64 v[30:31], v[30:31], 0, v[172:173]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[30:33], v[30:31], off
.LBB0_12:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[14:15]
	v_subrev_u32_e32 v76, s92, v42
	.loc	1 101 24 is_stmt 1              ; fused_moe.py:101:24
	v_mul_lo_u32 v42, v43, s25
	v_sub_u32_e32 v42, v45, v42
	s_load_dwordx2 s[88:89], s[0:1], 0x68
	s_load_dword s95, s[0:1], 0x70
	v_subrev_u32_e32 v43, s25, v42
	v_cmp_le_u32_e64 s[0:1], s25, v42
	v_mov_b32_e32 v135, 0
	v_mov_b32_e32 v44, 0
	v_cndmask_b32_e64 v42, v42, v43, s[0:1]
	v_subrev_u32_e32 v43, s25, v42
	v_cmp_le_u32_e64 s[0:1], s25, v42
	v_mov_b32_e32 v45, 0
	s_nop 0
	v_cndmask_b32_e64 v42, v42, v43, s[0:1]
	v_xor_b32_e32 v42, s92, v42
	v_subrev_u32_e32 v42, s92, v42
	.loc	1 105 96                        ; fused_moe.py:105:96
	v_mad_i64_i32 v[68:69], s[0:1], v42, s21, 0
	v_mov_b32_e32 v42, 0
	v_mov_b32_e32 v43, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b64 s[0:1], s[16:17]
	s_cbranch_execz .LBB0_14
; %bb.13:
	.loc	1 105 47                        ; fused_moe.py:105:47
	v_lshl_add_u64 v[42:43], s[18:19], 0, v[68:69]
	v_lshl_add_u64 v[42:43], v[42:43], 0, v[172:173]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[42:45], v[42:43], off
.LBB0_14:
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[0:1]
	.loc	1 86 66 is_stmt 1               ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v129, 31, v54
	v_ashrrev_i32_e32 v125, 31, v55
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v77, 29, v129
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v128, v54
	v_ashrrev_i32_e32 v119, 31, v56
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[66:67], s90, v54
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v54, v54, v77
	v_lshrrev_b32_e32 v77, 29, v125
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v124, v55
	v_ashrrev_i32_e32 v93, 31, v57
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[64:65], s90, v55
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v55, v55, v77
	v_lshrrev_b32_e32 v77, 29, v119
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v118, v56
	v_ashrrev_i32_e32 v111, 31, v50
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[58:59], s90, v56
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v56, v56, v77
	v_lshrrev_b32_e32 v77, 29, v93
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v92, v57
	v_ashrrev_i32_e32 v91, 31, v51
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[54:55], s90, v57
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v57, v57, v77
	v_lshrrev_b32_e32 v77, 29, v111
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v110, v50
	v_ashrrev_i32_e32 v89, 31, v52
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[50:51], s90, v50
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v50, v50, v77
	v_lshrrev_b32_e32 v77, 29, v91
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v90, v51
	v_ashrrev_i32_e32 v87, 31, v53
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[46:47], s90, v51
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v51, v51, v77
	v_lshrrev_b32_e32 v77, 29, v89
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v88, v52
	v_ashrrev_i32_e32 v85, 31, v46
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[40:41], s90, v52
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v52, v52, v77
	v_lshrrev_b32_e32 v77, 29, v87
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v86, v53
	v_ashrrev_i32_e32 v83, 31, v47
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[36:37], s90, v53
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v53, v53, v77
	v_lshrrev_b32_e32 v77, 29, v85
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v84, v46
	v_ashrrev_i32_e32 v81, 31, v48
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[30:31], s90, v46
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v46, v46, v77
	v_lshrrev_b32_e32 v77, 29, v83
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v82, v47
	v_ashrrev_i32_e32 v79, 31, v49
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[26:27], s90, v47
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v47, v47, v77
	v_lshrrev_b32_e32 v77, 29, v81
	.loc	1 110 54                        ; fused_moe.py:110:54
	s_waitcnt lgkmcnt(0)
	s_mul_hi_i32 s1, s24, s89
	s_mul_i32 s0, s24, s89
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v80, v48
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[20:21], s90, v48
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v48, v48, v77
	v_lshrrev_b32_e32 v77, 29, v79
	.loc	1 110 41                        ; fused_moe.py:110:41
	s_lshl_b64 s[0:1], s[0:1], 2
	s_movk_i32 s89, 0x70
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v78, v49
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[18:19], s90, v49
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v49, v49, v77
	.loc	1 110 41                        ; fused_moe.py:110:41
	s_add_u32 s0, s10, s0
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_bitop3_b32 v73, v73, s89, v0 bitop3:0x48
	v_lshlrev_b32_e32 v77, 7, v1
	v_accvgpr_write_b32 a40, v80
	v_accvgpr_write_b32 a38, v78
	.loc	1 110 41                        ; fused_moe.py:110:41
	s_addc_u32 s1, s11, s1
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_or_b32_e32 v1, v77, v73
	s_add_i32 s10, 0, 0x4000
	v_accvgpr_write_b32 a41, v81
	v_accvgpr_write_b32 a39, v79
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v81, 31, v26
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v78, s10, v1
	s_waitcnt vmcnt(0)
	ds_write_b128 v78, v[38:41] offset:4096
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v145, 31, v27
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v38, 29, v81
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v80, v26
	v_ashrrev_i32_e32 v141, 31, v28
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[70:71], s90, v26
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v26, v26, v38
	v_lshrrev_b32_e32 v38, 29, v145
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v144, v27
	v_ashrrev_i32_e32 v139, 31, v29
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[68:69], s90, v27
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v27, v27, v38
	v_lshrrev_b32_e32 v38, 29, v141
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v140, v28
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[62:63], s90, v28
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v28, v28, v38
	v_lshrrev_b32_e32 v38, 29, v139
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v137, 31, v18
	v_mov_b32_e32 v138, v29
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[60:61], s90, v29
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v29, v29, v38
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v133, 31, v19
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v38, 29, v137
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v136, v18
	v_ashrrev_i32_e32 v127, 31, v20
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[56:57], s90, v18
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v18, v18, v38
	v_lshrrev_b32_e32 v38, 29, v133
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v132, v19
	v_ashrrev_i32_e32 v123, 31, v21
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[52:53], s90, v19
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v19, v19, v38
	v_lshrrev_b32_e32 v38, 29, v127
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v126, v20
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[48:49], s90, v20
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v20, v20, v38
	v_lshrrev_b32_e32 v38, 29, v123
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v121, 31, v2
	v_mov_b32_e32 v122, v21
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[44:45], s90, v21
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v21, v21, v38
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v117, 31, v3
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v38, 29, v121
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v120, v2
	v_ashrrev_i32_e32 v79, 31, v4
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[42:43], s90, v2
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v2, v2, v38
	v_lshrrev_b32_e32 v38, 29, v117
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v116, v3
	v_ashrrev_i32_e32 v41, 31, v5
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[38:39], s90, v3
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v3, v3, v38
	v_lshrrev_b32_e32 v38, 29, v79
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v78, v4
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[34:35], s90, v4
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v4, v4, v38
	v_lshrrev_b32_e32 v38, 29, v41
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v39, 31, v22
	v_accvgpr_write_b32 a60, v80
	v_mov_b32_e32 v40, v5
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[28:29], s90, v5
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v5, v5, v38
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v38, v22
	v_accvgpr_write_b32 a63, v39
	v_accvgpr_write_b32 a61, v81
	v_accvgpr_write_b32 a68, v78
	v_ashrrev_i32_e32 v81, 31, v23
	v_accvgpr_write_b32 a62, v38
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v38, 29, v39
	v_accvgpr_write_b32 a69, v79
	v_accvgpr_write_b32 a67, v41
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v79, 31, v24
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[24:25], s90, v22
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v22, v22, v38
	v_lshrrev_b32_e32 v38, 29, v81
	v_accvgpr_write_b32 a66, v40
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v80, v23
	v_ashrrev_i32_e32 v41, 31, v25
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[22:23], s90, v23
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v23, v23, v38
	v_lshrrev_b32_e32 v38, 29, v79
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v78, v24
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[16:17], s90, v24
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v24, v24, v38
	v_lshrrev_b32_e32 v38, 29, v41
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v39, 31, v6
	v_mov_b32_e32 v40, v25
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[14:15], s90, v25
	v_accvgpr_write_b32 a58, v80
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v25, v25, v38
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v38, v6
	v_accvgpr_write_b32 a45, v39
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v1, 0, v1
	v_accvgpr_write_b32 a59, v81
	v_accvgpr_write_b32 a52, v78
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v81, 31, v7
	v_accvgpr_write_b32 a44, v38
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_lshrrev_b32_e32 v38, 29, v39
	.loc	1 119 20                        ; fused_moe.py:119:20
	ds_write_b128 v1, v[14:17] offset:16384
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_write_b128 v1, v[10:13]
	ds_write_b128 v1, v[34:37] offset:4096
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_and_b32_e32 v11, 16, v94
	v_accvgpr_write_b32 a53, v79
	v_accvgpr_write_b32 a51, v41
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_ashrrev_i32_e32 v79, 31, v8
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[10:11], s90, v6
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v6, v6, v38
	v_lshrrev_b32_e32 v38, 29, v81
	.loc	1 90 50                         ; fused_moe.py:90:50
	v_and_b32_e32 v12, 64, v94
	v_bitop3_b32 v13, v11, v94, 32 bitop3:0x72
	v_and_or_b32 v14, v94, 48, 64
	v_accvgpr_write_b32 a50, v40
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v80, v7
	v_ashrrev_i32_e32 v41, 31, v9
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[78:79], s90, v7
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v7, v7, v38
	v_lshrrev_b32_e32 v38, 29, v79
	v_bitop3_b32 v13, v13, v70, v12 bitop3:0x36
	v_bitop3_b32 v12, v70, v14, v12 bitop3:0x36
	v_or_b32_e32 v11, 0x60, v11
	v_and_b32_e32 v14, 0x60, v94
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v78, v8
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[76:77], s90, v8
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v8, v8, v38
	v_lshrrev_b32_e32 v38, 29, v41
	v_bitop3_b32 v11, v14, v11, v70 bitop3:0x36
	v_ashrrev_i32_e32 v14, 3, v54
	.loc	1 86 66                         ; fused_moe.py:86:66
	v_mov_b32_e32 v40, v9
	.loc	1 88 30                         ; fused_moe.py:88:30
	v_cmp_gt_i32_e64 s[74:75], s90, v9
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_add_u32_e32 v9, v9, v38
	v_ashrrev_i32_e32 v15, 3, v55
	v_ashrrev_i32_e32 v38, 3, v2
	v_ashrrev_i32_e32 v39, 3, v3
	.loc	1 109 65 is_stmt 0              ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v14, s88, 0
	.loc	1 120 20 is_stmt 1              ; fused_moe.py:120:20
	v_add_u32_e32 v10, 0, v73
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v16, 3, v56
	.loc	1 109 41 is_stmt 0              ; fused_moe.py:109:41
	v_lshl_add_u64 v[238:239], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v15, s88, 0
	.loc	1 120 20 is_stmt 1              ; fused_moe.py:120:20
	v_add_u32_e32 v108, v10, v77
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v17, 3, v57
	.loc	1 109 41 is_stmt 0              ; fused_moe.py:109:41
	v_lshl_add_u64 v[236:237], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v16, s88, 0
	.loc	1 120 20 is_stmt 1              ; fused_moe.py:120:20
	ds_write_b128 v108, v[30:33] offset:8192
	ds_write_b128 v108, v[42:45] offset:12288
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v30, 3, v50
	.loc	1 109 41 is_stmt 0              ; fused_moe.py:109:41
	v_lshl_add_u64 v[234:235], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v17, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v31, 3, v51
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[232:233], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v30, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v32, 3, v52
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[230:231], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v31, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v33, 3, v53
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[228:229], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v32, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v34, 3, v46
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[226:227], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v33, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v35, 3, v47
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[224:225], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v34, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v36, 3, v48
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[222:223], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v35, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v37, 3, v49
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[220:221], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v36, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v26, 3, v26
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[218:219], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v37, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v27, 3, v27
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[216:217], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v26, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v28, 3, v28
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[214:215], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v27, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v29, 3, v29
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[212:213], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v28, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v18, 3, v18
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[210:211], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v29, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v19, 3, v19
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[208:209], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v18, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v20, 3, v20
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[206:207], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v19, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v21, 3, v21
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[204:205], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v20, s88, 0
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[202:203], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v21, s88, 0
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[200:201], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v38, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v4, 3, v4
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[198:199], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v39, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v5, 3, v5
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[196:197], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v4, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v22, 3, v22
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[194:195], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v5, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v23, 3, v23
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[192:193], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v22, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v24, 3, v24
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[190:191], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v23, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v25, 3, v25
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[188:189], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v24, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v6, 3, v6
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[186:187], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v25, s88, 0
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v7, 3, v7
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[184:185], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v6, s88, 0
	.loc	1 110 79 is_stmt 1              ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v10, 31, v76
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v8, 3, v8
	.loc	1 109 41 is_stmt 0              ; fused_moe.py:109:41
	v_lshl_add_u64 v[182:183], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v7, s88, 0
	.loc	1 110 79 is_stmt 1              ; fused_moe.py:110:79
	v_lshrrev_b32_e32 v10, 25, v10
	.loc	1 109 56                        ; fused_moe.py:109:56
	v_ashrrev_i32_e32 v9, 3, v9
	.loc	1 109 41 is_stmt 0              ; fused_moe.py:109:41
	v_lshl_add_u64 v[180:181], v[2:3], 2, s[8:9]
	.loc	1 109 65                        ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v8, s88, 0
	.loc	1 110 79 is_stmt 1              ; fused_moe.py:110:79
	v_add_u32_e32 v10, v76, v10
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[178:179], v[2:3], 2, s[8:9]
	.loc	1 109 65 is_stmt 0              ; fused_moe.py:109:65
	v_mad_i64_i32 v[2:3], s[96:97], v9, s88, 0
	.loc	1 109 41                        ; fused_moe.py:109:41
	v_lshl_add_u64 v[176:177], v[2:3], 2, s[8:9]
	.loc	1 110 79 is_stmt 1              ; fused_moe.py:110:79
	v_ashrrev_i32_e32 v2, 7, v10
	.loc	1 110 90 is_stmt 0              ; fused_moe.py:110:90
	v_mad_i64_i32 v[2:3], s[8:9], v2, s95, 0
	v_accvgpr_write_b32 a70, v92
	v_accvgpr_write_b32 a64, v90
	v_accvgpr_write_b32 a56, v88
	v_accvgpr_write_b32 a54, v86
	v_accvgpr_write_b32 a48, v84
	v_accvgpr_write_b32 a46, v82
	v_accvgpr_write_b32 a42, v80
	v_accvgpr_write_b32 a36, v78
	v_accvgpr_write_b32 a34, v40
	.loc	1 110 67                        ; fused_moe.py:110:67
	v_lshl_add_u64 v[174:175], v[2:3], 2, s[0:1]
	v_bitop3_b32 v2, v94, v70, s89 bitop3:0x6c
	v_lshlrev_b32_e32 v3, 7, v0
	v_accvgpr_write_b32 a71, v93
	v_accvgpr_write_b32 a65, v91
	v_accvgpr_write_b32 a57, v89
	v_accvgpr_write_b32 a55, v87
	v_accvgpr_write_b32 a49, v85
	v_accvgpr_write_b32 a47, v83
	v_accvgpr_write_b32 a43, v81
	v_accvgpr_write_b32 a37, v79
	v_accvgpr_write_b32 a35, v41
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_cmpk_lt_i32 s94, 0x100
	v_accvgpr_write_b32 a32, v94
	v_lshlrev_b32_e32 v104, 7, v71
	v_and_b32_e32 v105, 0xf80, v3
	v_lshlrev_b32_e32 v109, 7, v72
	s_mov_b64 s[8:9], 0
	v_add_u32_e32 v113, 0, v2
	v_add_u32_e32 v112, 0, v13
	v_add_u32_e32 v103, 0, v12
	v_add_u32_e32 v102, 0, v11
	v_mov_b32_e32 v171, 0
	v_mov_b32_e32 v170, 0
	v_mov_b32_e32 v169, 0
	v_mov_b32_e32 v168, 0
	v_mov_b32_e32 v167, 0
	v_mov_b32_e32 v166, 0
	v_mov_b32_e32 v165, 0
	v_mov_b32_e32 v164, 0
	v_mov_b32_e32 v163, 0
	v_mov_b32_e32 v162, 0
	v_mov_b32_e32 v161, 0
	v_mov_b32_e32 v160, 0
	v_mov_b32_e32 v159, 0
	v_mov_b32_e32 v158, 0
	v_mov_b32_e32 v157, 0
	v_mov_b32_e32 v156, 0
	v_mov_b32_e32 v155, 0
	v_mov_b32_e32 v154, 0
	v_mov_b32_e32 v153, 0
	v_mov_b32_e32 v152, 0
	v_mov_b32_e32 v151, 0
	v_mov_b32_e32 v150, 0
	v_mov_b32_e32 v149, 0
	v_mov_b32_e32 v148, 0
	v_mov_b32_e32 v147, 0
	v_mov_b32_e32 v146, 0
	v_mov_b32_e32 v143, 0
	v_mov_b32_e32 v142, 0
	v_mov_b32_e32 v131, 0
	v_mov_b32_e32 v130, 0
	v_mov_b32_e32 v134, 0
	s_cbranch_scc1 .LBB0_96
; %bb.15:                               ; %.lr.ph
.Ltmp12:
	.loc	2 40 28                         ; standard.py:40:28 @[ fused_moe.py:117:33 ]
	s_ashr_i32 s0, s94, 31
	s_lshr_b32 s0, s0, 25
	s_add_i32 s94, s94, s0
.Ltmp13:
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_lshl_add_u64 v[2:3], s[86:87], 0, v[68:69]
.Ltmp14:
	.loc	2 40 28                         ; standard.py:40:28 @[ fused_moe.py:117:33 ]
	s_ashr_i32 s0, s94, 7
.Ltmp15:
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_lshl_add_u64 v[2:3], v[2:3], 0, v[172:173]
	s_max_i32 s8, s0, 2
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[4:5]
	s_mov_b64 s[0:1], 0x80
	v_lshl_add_u64 v[240:241], v[2:3], 0, s[0:1]
	v_lshl_add_u64 v[2:3], s[86:87], 0, v[66:67]
	v_lshl_add_u64 v[2:3], v[2:3], 0, v[172:173]
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[4:5]
	v_lshl_add_u64 v[242:243], v[2:3], 0, s[0:1]
	v_lshl_add_u64 v[2:3], s[86:87], 0, v[64:65]
	v_lshl_add_u64 v[2:3], v[2:3], 0, v[172:173]
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[4:5]
	v_lshl_add_u64 v[244:245], v[2:3], 0, s[0:1]
	v_lshl_add_u64 v[2:3], s[86:87], 0, v[62:63]
	v_lshl_add_u64 v[2:3], v[2:3], 0, v[172:173]
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[4:5]
	v_lshl_add_u64 v[246:247], v[2:3], 0, s[0:1]
	v_lshl_add_u64 v[2:3], v[60:61], 0, v[172:173]
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[2:3]
	v_lshl_add_u64 v[248:249], v[2:3], 0, s[0:1]
	v_lshl_add_u64 v[2:3], v[58:59], 0, v[172:173]
	v_lshl_add_u64 v[2:3], v[2:3], 0, s[2:3]
	v_lshl_add_u64 v[250:251], v[2:3], 0, s[0:1]
	s_lshl_b32 s0, s8, 7
	v_mov_b32_e32 v130, 0
	s_add_u32 s8, s0, 0xffffff80
	s_add_i32 s9, s93, 0xffffff80
	s_mov_b64 s[2:3], 0
	v_mov_b32_e32 v131, v130
	v_mov_b32_e32 v142, v130
	v_mov_b32_e32 v143, v130
	v_mov_b32_e32 v146, v130
	v_mov_b32_e32 v147, v130
	v_mov_b32_e32 v148, v130
	v_mov_b32_e32 v149, v130
	v_mov_b32_e32 v150, v130
	v_mov_b32_e32 v151, v130
	v_mov_b32_e32 v152, v130
	v_mov_b32_e32 v153, v130
	v_mov_b32_e32 v154, v130
	v_mov_b32_e32 v155, v130
	v_mov_b32_e32 v156, v130
	v_mov_b32_e32 v157, v130
	v_mov_b32_e32 v158, v130
	v_mov_b32_e32 v159, v130
	v_mov_b32_e32 v160, v130
	v_mov_b32_e32 v161, v130
	v_mov_b32_e32 v162, v130
	v_mov_b32_e32 v163, v130
	v_mov_b32_e32 v164, v130
	v_mov_b32_e32 v165, v130
	v_mov_b32_e32 v166, v130
	v_mov_b32_e32 v167, v130
	v_mov_b32_e32 v168, v130
	v_mov_b32_e32 v169, v130
	v_mov_b32_e32 v170, v130
	v_mov_b32_e32 v171, v130
	v_mov_b32_e32 v134, v130
	v_mov_b32_e32 v135, v130
	s_branch .LBB0_17
.LBB0_16:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 22 is_stmt 0                ; fused_moe.py:0:22
	s_or_b64 exec, exec, s[4:5]
	.loc	1 128 41 is_stmt 1              ; fused_moe.py:128:41
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x64_f8f6f4 a[0:15], v[18:25], v[42:49], 0
	.loc	1 127 49                        ; fused_moe.py:127:49
	v_lshl_add_u64 v[18:19], s[0:1], 2, v[174:175]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_add_u32 s2, s2, 0x80
	s_addc_u32 s3, s3, 0
	s_addk_i32 s9, 0xff80
	s_cmp_lg_u32 s8, s2
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x64_f8f6f4 a[16:31], v[10:17], v[42:49], 0
	.loc	1 127 34                        ; fused_moe.py:127:34
	global_load_dword v10, v[18:19], off
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(1)
	ds_write_b128 v1, v[50:53] offset:16384
	ds_write_b128 v1, v[58:61] offset:20480
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_write_b128 v1, v[54:57]
	ds_write_b128 v1, v[70:73] offset:4096
	ds_write_b128 v108, v[66:69] offset:8192
	ds_write_b128 v108, v[62:65] offset:12288
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_mfma_f32_32x32x64_f8f6f4 a[0:15], v[26:33], v[34:41], a[0:15]
	v_mfma_f32_32x32x64_f8f6f4 a[16:31], v[2:9], v[34:41], a[16:31]
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	s_nop 7
	s_nop 7
	s_nop 2
	v_accvgpr_read_b32 v33, a1
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_accvgpr_read_b32 v13, a15
	v_accvgpr_read_b32 v12, a14
	v_accvgpr_read_b32 v15, a13
	v_accvgpr_read_b32 v14, a12
	v_accvgpr_read_b32 v17, a11
	v_accvgpr_read_b32 v16, a10
	v_accvgpr_read_b32 v19, a9
	v_accvgpr_read_b32 v18, a8
	v_accvgpr_read_b32 v21, a7
	v_accvgpr_read_b32 v20, a6
	v_accvgpr_read_b32 v23, a5
	v_accvgpr_read_b32 v22, a4
	v_accvgpr_read_b32 v25, a3
	v_accvgpr_read_b32 v24, a2
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_accvgpr_read_b32 v32, a0
	v_accvgpr_read_b32 v35, a17
	.loc	1 128 41                        ; fused_moe.py:128:41
	v_accvgpr_read_b32 v3, a31
	v_accvgpr_read_b32 v2, a30
	v_accvgpr_read_b32 v5, a29
	v_accvgpr_read_b32 v4, a28
	v_accvgpr_read_b32 v7, a27
	v_accvgpr_read_b32 v6, a26
	v_accvgpr_read_b32 v9, a25
	v_accvgpr_read_b32 v8, a24
	v_accvgpr_read_b32 v27, a23
	v_accvgpr_read_b32 v26, a22
	v_accvgpr_read_b32 v29, a21
	v_accvgpr_read_b32 v28, a20
	v_accvgpr_read_b32 v31, a19
	v_accvgpr_read_b32 v30, a18
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_accvgpr_read_b32 v34, a16
	v_pk_mul_f32 v[32:33], v[252:253], v[32:33]
	v_pk_mul_f32 v[24:25], v[254:255], v[24:25]
	v_pk_mul_f32 v[22:23], v[76:77], v[22:23]
	v_pk_mul_f32 v[20:21], v[78:79], v[20:21]
	v_pk_mul_f32 v[18:19], v[80:81], v[18:19]
	v_pk_mul_f32 v[16:17], v[82:83], v[16:17]
	v_pk_mul_f32 v[14:15], v[84:85], v[14:15]
	v_pk_mul_f32 v[12:13], v[88:89], v[12:13]
	v_pk_mul_f32 v[34:35], v[92:93], v[34:35]
	v_pk_mul_f32 v[30:31], v[94:95], v[30:31]
	v_pk_mul_f32 v[28:29], v[86:87], v[28:29]
	v_pk_mul_f32 v[26:27], v[96:97], v[26:27]
	v_pk_mul_f32 v[8:9], v[90:91], v[8:9]
	v_pk_mul_f32 v[6:7], v[98:99], v[6:7]
	v_pk_mul_f32 v[4:5], v[100:101], v[4:5]
	v_pk_mul_f32 v[2:3], v[106:107], v[2:3]
	.loc	1 128 31                        ; fused_moe.py:128:31
	s_waitcnt vmcnt(0)
	v_pk_fma_f32 v[134:135], v[10:11], v[32:33], v[134:135] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[170:171], v[10:11], v[24:25], v[170:171] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[168:169], v[10:11], v[22:23], v[168:169] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[166:167], v[10:11], v[20:21], v[166:167] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[164:165], v[10:11], v[18:19], v[164:165] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[162:163], v[10:11], v[16:17], v[162:163] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[160:161], v[10:11], v[14:15], v[160:161] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[158:159], v[10:11], v[12:13], v[158:159] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[156:157], v[10:11], v[34:35], v[156:157] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[154:155], v[10:11], v[30:31], v[154:155] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[152:153], v[10:11], v[28:29], v[152:153] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[150:151], v[10:11], v[26:27], v[150:151] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[148:149], v[10:11], v[8:9], v[148:149] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[146:147], v[10:11], v[6:7], v[146:147] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[142:143], v[10:11], v[4:5], v[142:143] op_sel_hi:[0,1,1]
	v_pk_fma_f32 v[130:131], v[10:11], v[2:3], v[130:131] op_sel_hi:[0,1,1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_cbranch_scc0 .LBB0_95
.LBB0_17:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 119 74                        ; fused_moe.py:119:74
	v_cmp_gt_i32_e64 s[0:1], s9, v172
	.loc	1 119 56 is_stmt 0              ; fused_moe.py:119:56
	s_and_b64 s[86:87], vcc, s[0:1]
	v_mov_b32_e32 v50, 0
	v_mov_b32_e32 v51, 0
	v_mov_b32_e32 v52, 0
	v_mov_b32_e32 v53, 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_and_saveexec_b64 s[4:5], s[86:87]
	s_cbranch_execz .LBB0_19
; %bb.18:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 133 18 is_stmt 1              ; fused_moe.py:133:18
	v_lshl_add_u64 v[2:3], v[250:251], 0, s[2:3]
	.loc	1 119 20                        ; fused_moe.py:119:20
	global_load_dwordx4 v[50:53], v[2:3], off
.LBB0_19:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 119 56                        ; fused_moe.py:119:56
	s_and_b64 s[86:87], s[72:73], s[0:1]
	v_mov_b32_e32 v54, 0
	v_mov_b32_e32 v58, 0
	v_mov_b32_e32 v59, 0
	v_mov_b32_e32 v60, 0
	v_mov_b32_e32 v61, 0
	.loc	1 119 20                        ; fused_moe.py:119:20
	s_and_saveexec_b64 s[4:5], s[86:87]
	s_cbranch_execz .LBB0_21
; %bb.20:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 134 18 is_stmt 1              ; fused_moe.py:134:18
	v_lshl_add_u64 v[2:3], v[248:249], 0, s[2:3]
	.loc	1 119 20                        ; fused_moe.py:119:20
	global_load_dwordx4 v[58:61], v[2:3], off
.LBB0_21:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v2, v113, v104
	s_waitcnt lgkmcnt(0)
	s_barrier
	v_add_u32_e32 v3, v112, v104
	ds_read_b128 v[18:21], v2 offset:16384
	ds_read_b128 v[22:25], v3 offset:16384
	v_add_u32_e32 v2, v103, v104
	v_add_u32_e32 v3, v102, v104
	ds_read_b128 v[26:29], v2 offset:16384
	ds_read_b128 v[30:33], v3 offset:16384
	v_add_u32_e32 v2, v113, v105
	v_add_u32_e32 v3, v112, v105
	ds_read_b128 v[10:13], v2 offset:20480
	ds_read_b128 v[14:17], v3 offset:20480
	v_add_u32_e32 v2, v103, v105
	v_add_u32_e32 v6, v102, v105
	ds_read_b128 v[2:5], v2 offset:20480
	.loc	1 120 20 is_stmt 1              ; fused_moe.py:120:20
	ds_read_b128 v[6:9], v6 offset:20480
	v_mov_b32_e32 v55, 0
	v_mov_b32_e32 v56, 0
	v_mov_b32_e32 v57, 0
	s_and_saveexec_b64 s[4:5], s[0:1]
	s_cbranch_execz .LBB0_23
; %bb.22:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 134 18                        ; fused_moe.py:134:18
	v_lshl_add_u64 v[34:35], v[246:247], 0, s[2:3]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[54:57], v[34:35], off
.LBB0_23:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v66, 0
	v_mov_b32_e32 v70, 0
	v_mov_b32_e32 v71, 0
	v_mov_b32_e32 v72, 0
	v_mov_b32_e32 v73, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b64 s[4:5], s[0:1]
	s_cbranch_execz .LBB0_25
; %bb.24:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 134 18 is_stmt 1              ; fused_moe.py:134:18
	v_lshl_add_u64 v[34:35], v[244:245], 0, s[2:3]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[70:73], v[34:35], off
.LBB0_25:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v67, 0
	v_mov_b32_e32 v68, 0
	v_mov_b32_e32 v69, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b64 s[4:5], s[0:1]
	s_cbranch_execz .LBB0_27
; %bb.26:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 134 18 is_stmt 1              ; fused_moe.py:134:18
	v_lshl_add_u64 v[34:35], v[242:243], 0, s[2:3]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[66:69], v[34:35], off
.LBB0_27:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v252, 0
	v_mov_b32_e32 v62, 0
	v_mov_b32_e32 v63, 0
	v_mov_b32_e32 v64, 0
	v_mov_b32_e32 v65, 0
	.loc	1 120 20                        ; fused_moe.py:120:20
	s_and_saveexec_b64 s[4:5], s[0:1]
	s_cbranch_execz .LBB0_29
; %bb.28:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	v_lshl_add_u64 v[34:35], v[240:241], 0, s[2:3]
	.loc	1 120 20                        ; fused_moe.py:120:20
	global_load_dwordx4 v[62:65], v[34:35], off
.LBB0_29:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 20 is_stmt 0                ; fused_moe.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 120 20                        ; fused_moe.py:120:20
	v_add_u32_e32 v34, v113, v109
	v_add_u32_e32 v35, v112, v109
	ds_read_b128 v[42:45], v34
	ds_read_b128 v[46:49], v35
	v_add_u32_e32 v34, v103, v109
	v_add_u32_e32 v38, v102, v109
	ds_read_b128 v[34:37], v34
	ds_read_b128 v[38:41], v38
	.loc	1 125 48 is_stmt 1              ; fused_moe.py:125:48
	s_ashr_i32 s0, s2, 7
	.loc	1 126 49                        ; fused_moe.py:126:49
	s_ashr_i32 s1, s0, 31
	.loc	1 126 34 is_stmt 0              ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[66:67]
	s_cbranch_execz .LBB0_31
; %bb.30:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	v_lshl_add_u64 v[76:77], s[0:1], 2, v[238:239]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v252, v[76:77], off
.LBB0_31:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v254, 0
	v_mov_b32_e32 v253, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[64:65]
	s_cbranch_execz .LBB0_33
; %bb.32:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[76:77], s[0:1], 2, v[236:237]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v253, v[76:77], off
.LBB0_33:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[58:59]
	s_cbranch_execz .LBB0_35
; %bb.34:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[76:77], s[0:1], 2, v[234:235]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v254, v[76:77], off
.LBB0_35:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v76, 0
	v_mov_b32_e32 v255, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[54:55]
	s_cbranch_execz .LBB0_37
; %bb.36:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[78:79], s[0:1], 2, v[232:233]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v255, v[78:79], off
.LBB0_37:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[50:51]
	s_cbranch_execz .LBB0_39
; %bb.38:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[76:77], s[0:1], 2, v[230:231]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v76, v[76:77], off
.LBB0_39:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v78, 0
	v_mov_b32_e32 v77, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[46:47]
	s_cbranch_execz .LBB0_41
; %bb.40:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[80:81], s[0:1], 2, v[228:229]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v77, v[80:81], off
.LBB0_41:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[40:41]
	s_cbranch_execz .LBB0_43
; %bb.42:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[78:79], s[0:1], 2, v[226:227]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v78, v[78:79], off
.LBB0_43:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v80, 0
	v_mov_b32_e32 v79, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[36:37]
	s_cbranch_execz .LBB0_45
; %bb.44:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[82:83], s[0:1], 2, v[224:225]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v79, v[82:83], off
.LBB0_45:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[30:31]
	s_cbranch_execz .LBB0_47
; %bb.46:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[80:81], s[0:1], 2, v[222:223]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v80, v[80:81], off
.LBB0_47:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v82, 0
	v_mov_b32_e32 v81, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[26:27]
	s_cbranch_execz .LBB0_49
; %bb.48:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[84:85], s[0:1], 2, v[220:221]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v81, v[84:85], off
.LBB0_49:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[20:21]
	s_cbranch_execz .LBB0_51
; %bb.50:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[82:83], s[0:1], 2, v[218:219]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v82, v[82:83], off
.LBB0_51:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v84, 0
	v_mov_b32_e32 v83, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[18:19]
	s_cbranch_execz .LBB0_53
; %bb.52:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[86:87], s[0:1], 2, v[216:217]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v83, v[86:87], off
.LBB0_53:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[70:71]
	s_cbranch_execz .LBB0_55
; %bb.54:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[84:85], s[0:1], 2, v[214:215]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v84, v[84:85], off
.LBB0_55:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v88, 0
	v_mov_b32_e32 v85, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[68:69]
	s_cbranch_execz .LBB0_57
; %bb.56:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[86:87], s[0:1], 2, v[212:213]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v85, v[86:87], off
.LBB0_57:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[62:63]
	s_cbranch_execz .LBB0_59
; %bb.58:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[86:87], s[0:1], 2, v[210:211]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v88, v[86:87], off
.LBB0_59:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v92, 0
	v_mov_b32_e32 v89, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[60:61]
	s_cbranch_execz .LBB0_61
; %bb.60:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[86:87], s[0:1], 2, v[208:209]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v89, v[86:87], off
.LBB0_61:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[56:57]
	s_cbranch_execz .LBB0_63
; %bb.62:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[86:87], s[0:1], 2, v[206:207]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v92, v[86:87], off
.LBB0_63:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v94, 0
	v_mov_b32_e32 v93, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[52:53]
	s_cbranch_execz .LBB0_65
; %bb.64:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[86:87], s[0:1], 2, v[204:205]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v93, v[86:87], off
.LBB0_65:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[48:49]
	s_cbranch_execz .LBB0_67
; %bb.66:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[86:87], s[0:1], 2, v[202:203]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v94, v[86:87], off
.LBB0_67:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v86, 0
	v_mov_b32_e32 v95, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[44:45]
	s_cbranch_execz .LBB0_69
; %bb.68:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[90:91], s[0:1], 2, v[200:201]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v95, v[90:91], off
.LBB0_69:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[42:43]
	s_cbranch_execz .LBB0_71
; %bb.70:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[86:87], s[0:1], 2, v[198:199]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v86, v[86:87], off
.LBB0_71:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v96, 0
	v_mov_b32_e32 v87, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[38:39]
	s_cbranch_execz .LBB0_73
; %bb.72:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[90:91], s[0:1], 2, v[196:197]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v87, v[90:91], off
.LBB0_73:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[34:35]
	s_cbranch_execz .LBB0_75
; %bb.74:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[90:91], s[0:1], 2, v[194:195]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v96, v[90:91], off
.LBB0_75:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v90, 0
	v_mov_b32_e32 v97, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[28:29]
	s_cbranch_execz .LBB0_77
; %bb.76:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[98:99], s[0:1], 2, v[192:193]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v97, v[98:99], off
.LBB0_77:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[24:25]
	s_cbranch_execz .LBB0_79
; %bb.78:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[90:91], s[0:1], 2, v[190:191]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v90, v[90:91], off
.LBB0_79:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v98, 0
	v_mov_b32_e32 v91, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[22:23]
	s_cbranch_execz .LBB0_81
; %bb.80:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[100:101], s[0:1], 2, v[188:189]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v91, v[100:101], off
.LBB0_81:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[16:17]
	s_cbranch_execz .LBB0_83
; %bb.82:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[98:99], s[0:1], 2, v[186:187]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v98, v[98:99], off
.LBB0_83:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v100, 0
	v_mov_b32_e32 v99, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[14:15]
	s_cbranch_execz .LBB0_85
; %bb.84:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[106:107], s[0:1], 2, v[184:185]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v99, v[106:107], off
.LBB0_85:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[10:11]
	s_cbranch_execz .LBB0_87
; %bb.86:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[100:101], s[0:1], 2, v[182:183]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v100, v[100:101], off
.LBB0_87:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v106, 0
	v_mov_b32_e32 v101, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[78:79]
	s_cbranch_execz .LBB0_90
; %bb.88:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[114:115], s[0:1], 2, v[180:181]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v101, v[114:115], off
	s_or_b64 exec, exec, s[4:5]
	s_and_saveexec_b64 s[4:5], s[76:77]
	s_cbranch_execnz .LBB0_91
.LBB0_89:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v107, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[74:75]
	s_cbranch_execz .LBB0_16
	s_branch .LBB0_92
.LBB0_90:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[4:5]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[4:5], s[76:77]
	s_cbranch_execz .LBB0_89
.LBB0_91:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[106:107], s[0:1], 2, v[178:179]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v106, v[106:107], off
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v107, 0
	s_and_saveexec_b64 s[4:5], s[74:75]
	s_cbranch_execz .LBB0_16
.LBB0_92:                               ;   in Loop: Header=BB0_17 Depth=1
	.loc	1 126 49                        ; fused_moe.py:126:49
	v_lshl_add_u64 v[114:115], s[0:1], 2, v[176:177]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v107, v[114:115], off
	s_branch .LBB0_16
.LBB0_93:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_cbranch_execnz .LBB0_293
.LBB0_94:
	.loc	1 83 8 is_stmt 1                ; fused_moe.py:83:8
	s_endpgm
.LBB0_95:                               ; %._crit_edge.loopexit
	.loc	1 125 48                        ; fused_moe.py:125:48
	s_ashr_i32 s8, s2, 7
	.loc	1 126 49                        ; fused_moe.py:126:49
	s_ashr_i32 s9, s8, 31
.LBB0_96:                               ; %._crit_edge
	.loc	1 119 20                        ; fused_moe.py:119:20
	v_add_u32_e32 v2, v113, v104
	v_add_u32_e32 v6, v112, v105
	v_add_u32_e32 v7, v112, v104
	v_add_u32_e32 v18, v103, v105
	v_add_u32_e32 v19, v103, v104
	v_add_u32_e32 v22, v102, v105
	v_add_u32_e32 v23, v102, v104
	s_waitcnt lgkmcnt(0)
	s_barrier
	v_add_u32_e32 v1, v113, v105
	ds_read_b128 v[10:13], v2 offset:16384
	ds_read_b128 v[2:5], v1 offset:20480
	ds_read_b128 v[14:17], v7 offset:16384
	ds_read_b128 v[6:9], v6 offset:20480
	ds_read_b128 v[26:29], v19 offset:16384
	ds_read_b128 v[18:21], v18 offset:20480
	ds_read_b128 v[30:33], v23 offset:16384
	.loc	1 120 20                        ; fused_moe.py:120:20
	ds_read_b128 v[22:25], v22 offset:20480
	v_add_u32_e32 v1, v113, v109
	v_add_u32_e32 v38, v112, v109
	ds_read_b128 v[34:37], v1
	ds_read_b128 v[38:41], v38
	v_add_u32_e32 v1, v103, v109
	v_add_u32_e32 v46, v102, v109
	ds_read_b128 v[42:45], v1
	.loc	1 117 22                        ; fused_moe.py:117:22
	ds_read_b128 v[46:49], v46
	s_and_b64 s[2:3], s[80:81], s[66:67]
	v_mov_b32_e32 v241, 0
	v_mov_b32_e32 v240, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_98
; %bb.97:
	.loc	1 0 34 is_stmt 0                ; fused_moe.py:0:34
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[238:239]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v240, v[50:51], off
.LBB0_98:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[64:65]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_mov_b64 s[0:1], exec
	s_and_b64 s[2:3], s[0:1], s[2:3]
	v_accvgpr_read_b32 v94, a32
	s_mov_b64 exec, s[2:3]
	s_cbranch_execz .LBB0_100
; %bb.99:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[236:237]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v241, v[50:51], off
.LBB0_100:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[58:59]
	v_mov_b32_e32 v237, 0
	v_mov_b32_e32 v236, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_102
; %bb.101:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[234:235]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v236, v[50:51], off
.LBB0_102:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[54:55]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_104
; %bb.103:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[232:233]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v237, v[50:51], off
.LBB0_104:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[50:51]
	v_mov_b32_e32 v233, 0
	v_mov_b32_e32 v232, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_106
; %bb.105:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[230:231]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v232, v[50:51], off
.LBB0_106:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[46:47]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_108
; %bb.107:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[228:229]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v233, v[50:51], off
.LBB0_108:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[40:41]
	v_mov_b32_e32 v229, 0
	v_mov_b32_e32 v228, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_110
; %bb.109:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[226:227]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v228, v[50:51], off
.LBB0_110:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[36:37]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_112
; %bb.111:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[224:225]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v229, v[50:51], off
.LBB0_112:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[30:31]
	v_mov_b32_e32 v173, 0
	v_mov_b32_e32 v172, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_114
; %bb.113:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[222:223]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v172, v[50:51], off
.LBB0_114:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[26:27]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_116
; %bb.115:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[220:221]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v173, v[50:51], off
.LBB0_116:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[20:21]
	v_mov_b32_e32 v73, 0
	v_mov_b32_e32 v72, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_118
; %bb.117:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[218:219]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v72, v[50:51], off
.LBB0_118:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[18:19]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_120
; %bb.119:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[216:217]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v73, v[50:51], off
.LBB0_120:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[70:71]
	v_mov_b32_e32 v71, 0
	v_mov_b32_e32 v70, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_122
; %bb.121:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[214:215]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v70, v[50:51], off
.LBB0_122:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[68:69]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_124
; %bb.123:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[212:213]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v71, v[50:51], off
.LBB0_124:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[62:63]
	v_mov_b32_e32 v69, 0
	v_mov_b32_e32 v68, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_126
; %bb.125:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[210:211]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v68, v[50:51], off
.LBB0_126:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[60:61]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_128
; %bb.127:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[208:209]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v69, v[50:51], off
.LBB0_128:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[56:57]
	v_mov_b32_e32 v67, 0
	v_mov_b32_e32 v66, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_130
; %bb.129:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[206:207]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v66, v[50:51], off
.LBB0_130:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[52:53]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_132
; %bb.131:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[204:205]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v67, v[50:51], off
.LBB0_132:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[48:49]
	v_mov_b32_e32 v65, 0
	v_mov_b32_e32 v64, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_134
; %bb.133:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[202:203]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v64, v[50:51], off
.LBB0_134:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[44:45]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_136
; %bb.135:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[200:201]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v65, v[50:51], off
.LBB0_136:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[42:43]
	v_mov_b32_e32 v63, 0
	v_mov_b32_e32 v62, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_138
; %bb.137:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[198:199]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v62, v[50:51], off
.LBB0_138:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[38:39]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_140
; %bb.139:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[196:197]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v63, v[50:51], off
.LBB0_140:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[34:35]
	v_mov_b32_e32 v61, 0
	v_mov_b32_e32 v60, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_142
; %bb.141:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[194:195]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v60, v[50:51], off
.LBB0_142:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[28:29]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_144
; %bb.143:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[192:193]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v61, v[50:51], off
.LBB0_144:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[24:25]
	v_mov_b32_e32 v59, 0
	v_mov_b32_e32 v58, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_146
; %bb.145:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[190:191]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v58, v[50:51], off
.LBB0_146:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[22:23]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_148
; %bb.147:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[188:189]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v59, v[50:51], off
.LBB0_148:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[16:17]
	v_mov_b32_e32 v57, 0
	v_mov_b32_e32 v56, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_150
; %bb.149:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[186:187]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v56, v[50:51], off
.LBB0_150:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[14:15]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_152
; %bb.151:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[184:185]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v57, v[50:51], off
.LBB0_152:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[10:11]
	v_mov_b32_e32 v53, 0
	v_mov_b32_e32 v52, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_154
; %bb.153:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[182:183]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v52, v[50:51], off
.LBB0_154:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[78:79]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_156
; %bb.155:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[50:51], s[8:9], 2, v[180:181]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v53, v[50:51], off
.LBB0_156:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[76:77]
	v_mov_b32_e32 v51, 0
	v_mov_b32_e32 v50, 0
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_158
; %bb.157:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[54:55], s[8:9], 2, v[178:179]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v50, v[54:55], off
.LBB0_158:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	.loc	1 117 22 is_stmt 1              ; fused_moe.py:117:22
	s_and_b64 s[2:3], s[80:81], s[74:75]
	.loc	1 126 34                        ; fused_moe.py:126:34
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_160
; %bb.159:
	.loc	1 126 49 is_stmt 0              ; fused_moe.py:126:49
	v_lshl_add_u64 v[54:55], s[8:9], 2, v[176:177]
	.loc	1 126 34                        ; fused_moe.py:126:34
	global_load_dword v51, v[54:55], off
.LBB0_160:
	.loc	1 0 34                          ; fused_moe.py:0:34
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v54, 0
	.loc	1 127 34 is_stmt 1              ; fused_moe.py:127:34
	v_cndmask_b32_e64 v1, 0, 1, s[80:81]
	.loc	1 128 46                        ; fused_moe.py:128:46
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
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
	.loc	1 127 34                        ; fused_moe.py:127:34
	v_cmp_ne_u32_e64 s[0:1], 1, v1
	s_andn2_b64 vcc, exec, s[80:81]
	v_mov_b32_e32 v55, v54
	s_cbranch_vccnz .LBB0_162
; %bb.161:
	.loc	1 0 34 is_stmt 0                ; fused_moe.py:0:34
	v_lshl_add_u64 v[54:55], s[8:9], 2, v[174:175]
	.loc	1 127 34                        ; fused_moe.py:127:34
	global_load_dword v54, v[54:55], off
	s_waitcnt vmcnt(0)
	v_mov_b32_e32 v55, v54
.LBB0_162:
	.loc	1 128 41 is_stmt 1              ; fused_moe.py:128:41
	s_and_b64 vcc, exec, s[0:1]
	s_cbranch_vccnz .LBB0_164
; %bb.163:
	s_waitcnt lgkmcnt(2)
	v_mfma_f32_32x32x64_f8f6f4 a[0:15], v[10:17], v[34:41], 0
	v_mfma_f32_32x32x64_f8f6f4 a[16:31], v[2:9], v[34:41], 0
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x64_f8f6f4 a[0:15], v[26:33], v[42:49], a[0:15]
	v_mfma_f32_32x32x64_f8f6f4 a[16:31], v[18:25], v[42:49], a[16:31]
.LBB0_164:
	.loc	1 128 46 is_stmt 0              ; fused_moe.py:128:46
	s_nop 7
	s_nop 7
	s_nop 2
	v_accvgpr_read_b32 v87, a1
	v_accvgpr_read_b32 v86, a0
	v_accvgpr_read_b32 v81, a3
	v_accvgpr_read_b32 v80, a2
	s_waitcnt lgkmcnt(0)
	v_accvgpr_read_b32 v49, a5
	v_accvgpr_read_b32 v48, a4
	v_accvgpr_read_b32 v41, a7
	v_accvgpr_read_b32 v40, a6
	v_accvgpr_read_b32 v35, a9
	v_accvgpr_read_b32 v34, a8
	v_accvgpr_read_b32 v29, a11
	v_accvgpr_read_b32 v28, a10
	v_accvgpr_read_b32 v21, a13
	v_accvgpr_read_b32 v20, a12
	v_accvgpr_read_b32 v19, a15
	v_accvgpr_read_b32 v18, a14
	v_accvgpr_read_b32 v17, a17
	v_accvgpr_read_b32 v16, a16
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
	v_mov_b32_e32 v93, 0
	v_mov_b32_e32 v92, 0
	.loc	1 137 29 is_stmt 1              ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[66:67]
	s_cbranch_execz .LBB0_166
; %bb.165:
	.loc	1 0 29 is_stmt 0                ; fused_moe.py:0:29
	v_lshl_add_u64 v[22:23], v[128:129], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v92, v[22:23], off
.LBB0_166:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[64:65]
	s_cbranch_execz .LBB0_168
; %bb.167:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[124:125], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v93, v[22:23], off
.LBB0_168:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v89, 0
	v_mov_b32_e32 v88, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[58:59]
	s_cbranch_execz .LBB0_170
; %bb.169:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[118:119], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v88, v[22:23], off
.LBB0_170:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[54:55]
	s_cbranch_execz .LBB0_172
; %bb.171:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v22, a70
	v_accvgpr_read_b32 v23, a71
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[22:23], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v89, v[22:23], off
.LBB0_172:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v85, 0
	v_mov_b32_e32 v84, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[50:51]
	s_cbranch_execz .LBB0_174
; %bb.173:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[110:111], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v84, v[22:23], off
.LBB0_174:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[46:47]
	s_cbranch_execz .LBB0_176
; %bb.175:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v22, a64
	v_accvgpr_read_b32 v23, a65
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[22:23], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v85, v[22:23], off
.LBB0_176:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v83, 0
	v_mov_b32_e32 v82, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[40:41]
	s_cbranch_execz .LBB0_178
; %bb.177:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v22, a56
	v_accvgpr_read_b32 v23, a57
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[22:23], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v82, v[22:23], off
.LBB0_178:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[36:37]
	s_cbranch_execz .LBB0_180
; %bb.179:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v22, a54
	v_accvgpr_read_b32 v23, a55
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[22:23], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v83, v[22:23], off
.LBB0_180:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v79, 0
	v_mov_b32_e32 v78, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[30:31]
	s_cbranch_execz .LBB0_182
; %bb.181:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v22, a48
	v_accvgpr_read_b32 v23, a49
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[22:23], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v78, v[22:23], off
.LBB0_182:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[26:27]
	s_cbranch_execz .LBB0_184
; %bb.183:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v22, a46
	v_accvgpr_read_b32 v23, a47
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[22:23], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v79, v[22:23], off
.LBB0_184:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v77, 0
	v_mov_b32_e32 v76, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[20:21]
	s_cbranch_execz .LBB0_186
; %bb.185:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v22, a40
	v_accvgpr_read_b32 v23, a41
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[22:23], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v76, v[22:23], off
.LBB0_186:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[18:19]
	s_cbranch_execz .LBB0_188
; %bb.187:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v22, a38
	v_accvgpr_read_b32 v23, a39
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[22:23], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v77, v[22:23], off
.LBB0_188:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v47, 0
	v_mov_b32_e32 v46, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[70:71]
	s_cbranch_execz .LBB0_190
; %bb.189:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v22, a60
	v_accvgpr_read_b32 v23, a61
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[22:23], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v46, v[22:23], off
.LBB0_190:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[68:69]
	s_cbranch_execz .LBB0_192
; %bb.191:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[144:145], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v47, v[22:23], off
.LBB0_192:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v45, 0
	v_mov_b32_e32 v44, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[62:63]
	s_cbranch_execz .LBB0_194
; %bb.193:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[140:141], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v44, v[22:23], off
.LBB0_194:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[60:61]
	s_cbranch_execz .LBB0_196
; %bb.195:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[138:139], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v45, v[22:23], off
.LBB0_196:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v43, 0
	v_mov_b32_e32 v42, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[56:57]
	s_cbranch_execz .LBB0_198
; %bb.197:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[136:137], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v42, v[22:23], off
.LBB0_198:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[52:53]
	s_cbranch_execz .LBB0_200
; %bb.199:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[132:133], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v43, v[22:23], off
.LBB0_200:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v39, 0
	v_mov_b32_e32 v38, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[48:49]
	s_cbranch_execz .LBB0_202
; %bb.201:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[126:127], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v38, v[22:23], off
.LBB0_202:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[44:45]
	s_cbranch_execz .LBB0_204
; %bb.203:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[122:123], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v39, v[22:23], off
.LBB0_204:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v37, 0
	v_mov_b32_e32 v36, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[42:43]
	s_cbranch_execz .LBB0_206
; %bb.205:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[120:121], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v36, v[22:23], off
.LBB0_206:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[38:39]
	s_cbranch_execz .LBB0_208
; %bb.207:
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[116:117], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v37, v[22:23], off
.LBB0_208:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v33, 0
	v_mov_b32_e32 v32, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[34:35]
	s_cbranch_execz .LBB0_210
; %bb.209:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v22, a68
	v_accvgpr_read_b32 v23, a69
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[22:23], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v32, v[22:23], off
.LBB0_210:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[28:29]
	s_cbranch_execz .LBB0_212
; %bb.211:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v22, a66
	v_accvgpr_read_b32 v23, a67
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[22:23], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v33, v[22:23], off
.LBB0_212:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v31, 0
	v_mov_b32_e32 v30, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[24:25]
	s_cbranch_execz .LBB0_214
; %bb.213:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v22, a62
	v_accvgpr_read_b32 v23, a63
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[22:23], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v30, v[22:23], off
.LBB0_214:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[22:23]
	s_cbranch_execz .LBB0_216
; %bb.215:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v22, a58
	v_accvgpr_read_b32 v23, a59
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[22:23], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v31, v[22:23], off
.LBB0_216:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v27, 0
	v_mov_b32_e32 v26, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[16:17]
	s_cbranch_execz .LBB0_218
; %bb.217:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v22, a52
	v_accvgpr_read_b32 v23, a53
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[22:23], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v26, v[22:23], off
.LBB0_218:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[14:15]
	s_cbranch_execz .LBB0_220
; %bb.219:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v22, a50
	v_accvgpr_read_b32 v23, a51
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[22:23], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v27, v[22:23], off
.LBB0_220:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v25, 0
	v_mov_b32_e32 v24, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[10:11]
	s_cbranch_execz .LBB0_222
; %bb.221:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v22, a44
	v_accvgpr_read_b32 v23, a45
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[22:23], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v24, v[22:23], off
.LBB0_222:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[78:79]
	s_cbranch_execz .LBB0_224
; %bb.223:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v22, a42
	v_accvgpr_read_b32 v23, a43
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[22:23], v[22:23], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v25, v[22:23], off
.LBB0_224:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	v_mov_b32_e32 v23, 0
	v_mov_b32_e32 v22, 0
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[76:77]
	s_cbranch_execz .LBB0_226
; %bb.225:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v91, a37
	v_accvgpr_read_b32 v90, a36
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[90:91], v[90:91], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v22, v[90:91], off
.LBB0_226:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 137 29                        ; fused_moe.py:137:29
	s_and_saveexec_b64 s[0:1], s[74:75]
	s_cbranch_execz .LBB0_228
; %bb.227:
	.loc	1 0 29                          ; fused_moe.py:0:29
	v_accvgpr_read_b32 v91, a35
	v_accvgpr_read_b32 v90, a34
	.loc	1 137 48                        ; fused_moe.py:137:48
	v_lshl_add_u64 v[90:91], v[90:91], 2, s[12:13]
	.loc	1 137 29                        ; fused_moe.py:137:29
	global_load_dword v23, v[90:91], off
.LBB0_228:
	.loc	1 0 29                          ; fused_moe.py:0:29
	s_or_b64 exec, exec, s[0:1]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	s_waitcnt vmcnt(0)
	v_pk_mul_f32 v[86:87], v[240:241], v[86:87]
	.loc	1 92 55                         ; fused_moe.py:92:55
	v_cmp_gt_i64_e32 vcc, s[82:83], v[74:75]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[86:87], v[54:55], v[86:87], v[134:135]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], s[66:67], vcc
	.loc	1 117 22                        ; fused_moe.py:117:22
	v_cndmask_b32_e64 v87, v135, v87, s[80:81]
	v_cndmask_b32_e64 v86, v134, v86, s[80:81]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[86:87], v[86:87], v[92:93]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cvt_pk_bf16_f32 v1, v86, v87
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_230
; %bb.229:
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[86:87], s[2:3], v128, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[86:87], v[86:87], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[86:87], v[74:75], 1, v[86:87]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[86:87], v1, off
.LBB0_230:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[2:3], s[64:65], vcc
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_232
; %bb.231:
	.loc	1 91 33                         ; fused_moe.py:91:33
	v_mad_i64_i32 v[86:87], s[2:3], v124, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[86:87], v[86:87], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[86:87], v[74:75], 1, v[86:87]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short_d16_hi v[86:87], v1, off
.LBB0_232:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[80:81], v[236:237], v[80:81]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], s[58:59], vcc
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[80:81], v[54:55], v[80:81], v[170:171]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v81, v171, v81, s[80:81]
	v_cndmask_b32_e64 v80, v170, v80, s[80:81]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[80:81], v[80:81], v[88:89]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cvt_pk_bf16_f32 v1, v80, v81
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_234
; %bb.233:
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[80:81], s[2:3], v118, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[80:81], v[80:81], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[80:81], v[74:75], 1, v[80:81]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[80:81], v1, off
.LBB0_234:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[2:3], s[54:55], vcc
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_236
; %bb.235:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	v_accvgpr_read_b32 v80, a70
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[80:81], s[2:3], v80, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[80:81], v[80:81], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[80:81], v[74:75], 1, v[80:81]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short_d16_hi v[80:81], v1, off
.LBB0_236:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[48:49], v[232:233], v[48:49]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], s[50:51], vcc
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[48:49], v[54:55], v[48:49], v[168:169]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v49, v169, v49, s[80:81]
	v_cndmask_b32_e64 v48, v168, v48, s[80:81]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[48:49], v[48:49], v[84:85]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cvt_pk_bf16_f32 v1, v48, v49
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_238
; %bb.237:
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[48:49], s[2:3], v110, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[48:49], v[48:49], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[48:49], v[74:75], 1, v[48:49]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[48:49], v1, off
.LBB0_238:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[2:3], s[46:47], vcc
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_240
; %bb.239:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	v_accvgpr_read_b32 v48, a64
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[48:49], s[2:3], v48, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[48:49], v[48:49], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[48:49], v[74:75], 1, v[48:49]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short_d16_hi v[48:49], v1, off
.LBB0_240:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[40:41], v[228:229], v[40:41]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], s[40:41], vcc
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[40:41], v[54:55], v[40:41], v[166:167]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v41, v167, v41, s[80:81]
	v_cndmask_b32_e64 v40, v166, v40, s[80:81]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[40:41], v[40:41], v[82:83]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cvt_pk_bf16_f32 v1, v40, v41
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_242
; %bb.241:
	.loc	1 0 21                          ; fused_moe.py:0:21
	v_accvgpr_read_b32 v40, a56
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[40:41], s[2:3], v40, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[40:41], v[40:41], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[40:41], v[74:75], 1, v[40:41]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[40:41], v1, off
.LBB0_242:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[2:3], s[36:37], vcc
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_244
; %bb.243:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	v_accvgpr_read_b32 v40, a54
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[40:41], s[2:3], v40, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[40:41], v[40:41], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[40:41], v[74:75], 1, v[40:41]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short_d16_hi v[40:41], v1, off
.LBB0_244:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[34:35], v[172:173], v[34:35]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[30:31]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[34:35], v[54:55], v[34:35], v[164:165]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v35, v165, v35, s[80:81]
	v_cndmask_b32_e64 v34, v164, v34, s[80:81]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[34:35], v[34:35], v[78:79]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cvt_pk_bf16_f32 v1, v34, v35
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_246
; %bb.245:
	.loc	1 0 21                          ; fused_moe.py:0:21
	v_accvgpr_read_b32 v34, a48
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[34:35], s[2:3], v34, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[34:35], v[34:35], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[34:35], v[74:75], 1, v[34:35]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[34:35], v1, off
.LBB0_246:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[26:27]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_248
; %bb.247:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	v_accvgpr_read_b32 v34, a46
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[34:35], s[2:3], v34, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[34:35], v[34:35], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[34:35], v[74:75], 1, v[34:35]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short_d16_hi v[34:35], v1, off
.LBB0_248:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[28:29], v[72:73], v[28:29]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[20:21]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[28:29], v[54:55], v[28:29], v[162:163]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v29, v163, v29, s[80:81]
	v_cndmask_b32_e64 v28, v162, v28, s[80:81]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[28:29], v[28:29], v[76:77]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cvt_pk_bf16_f32 v1, v28, v29
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_250
; %bb.249:
	.loc	1 0 21                          ; fused_moe.py:0:21
	v_accvgpr_read_b32 v28, a40
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[28:29], s[2:3], v28, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[28:29], v[28:29], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[28:29], v[74:75], 1, v[28:29]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[28:29], v1, off
.LBB0_250:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[18:19]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_252
; %bb.251:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	v_accvgpr_read_b32 v28, a38
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[28:29], s[2:3], v28, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[28:29], v[28:29], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[28:29], v[74:75], 1, v[28:29]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short_d16_hi v[28:29], v1, off
.LBB0_252:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[20:21], v[70:71], v[20:21]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[70:71]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[20:21], v[54:55], v[20:21], v[160:161]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v21, v161, v21, s[80:81]
	v_cndmask_b32_e64 v20, v160, v20, s[80:81]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[20:21], v[20:21], v[46:47]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cvt_pk_bf16_f32 v1, v20, v21
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_254
; %bb.253:
	.loc	1 0 21                          ; fused_moe.py:0:21
	v_accvgpr_read_b32 v20, a60
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[20:21], s[2:3], v20, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[20:21], v[20:21], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[20:21], v[74:75], 1, v[20:21]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[20:21], v1, off
.LBB0_254:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[68:69]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_256
; %bb.255:
	.loc	1 91 33                         ; fused_moe.py:91:33
	v_mad_i64_i32 v[20:21], s[2:3], v144, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[20:21], v[20:21], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[20:21], v[74:75], 1, v[20:21]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short_d16_hi v[20:21], v1, off
.LBB0_256:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[18:19], v[68:69], v[18:19]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[62:63]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[18:19], v[54:55], v[18:19], v[158:159]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v19, v159, v19, s[80:81]
	v_cndmask_b32_e64 v18, v158, v18, s[80:81]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[18:19], v[18:19], v[44:45]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cvt_pk_bf16_f32 v1, v18, v19
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_258
; %bb.257:
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[18:19], s[2:3], v140, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[18:19], v[18:19], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[18:19], v[74:75], 1, v[18:19]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[18:19], v1, off
.LBB0_258:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[60:61]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_260
; %bb.259:
	.loc	1 91 33                         ; fused_moe.py:91:33
	v_mad_i64_i32 v[18:19], s[2:3], v138, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[18:19], v[18:19], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[18:19], v[74:75], 1, v[18:19]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short_d16_hi v[18:19], v1, off
.LBB0_260:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[16:17], v[66:67], v[16:17]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[56:57]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[16:17], v[54:55], v[16:17], v[156:157]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v17, v157, v17, s[80:81]
	v_cndmask_b32_e64 v16, v156, v16, s[80:81]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[16:17], v[16:17], v[42:43]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cvt_pk_bf16_f32 v1, v16, v17
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_262
; %bb.261:
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[16:17], s[2:3], v136, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[16:17], v[16:17], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[16:17], v[74:75], 1, v[16:17]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[16:17], v1, off
.LBB0_262:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[52:53]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_264
; %bb.263:
	.loc	1 91 33                         ; fused_moe.py:91:33
	v_mad_i64_i32 v[16:17], s[2:3], v132, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[16:17], v[16:17], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[16:17], v[74:75], 1, v[16:17]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short_d16_hi v[16:17], v1, off
.LBB0_264:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[14:15], v[64:65], v[14:15]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[48:49]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[14:15], v[54:55], v[14:15], v[154:155]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v15, v155, v15, s[80:81]
	v_cndmask_b32_e64 v14, v154, v14, s[80:81]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[14:15], v[14:15], v[38:39]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cvt_pk_bf16_f32 v1, v14, v15
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_266
; %bb.265:
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[14:15], s[2:3], v126, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[14:15], v[14:15], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[14:15], v[74:75], 1, v[14:15]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[14:15], v1, off
.LBB0_266:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[44:45]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_268
; %bb.267:
	.loc	1 91 33                         ; fused_moe.py:91:33
	v_mad_i64_i32 v[14:15], s[2:3], v122, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[14:15], v[14:15], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[14:15], v[74:75], 1, v[14:15]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short_d16_hi v[14:15], v1, off
.LBB0_268:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[12:13], v[62:63], v[12:13]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[42:43]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[12:13], v[54:55], v[12:13], v[152:153]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v13, v153, v13, s[80:81]
	v_cndmask_b32_e64 v12, v152, v12, s[80:81]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[12:13], v[12:13], v[36:37]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cvt_pk_bf16_f32 v1, v12, v13
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_270
; %bb.269:
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[12:13], s[2:3], v120, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[12:13], v[12:13], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[12:13], v[74:75], 1, v[12:13]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[12:13], v1, off
.LBB0_270:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[38:39]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_272
; %bb.271:
	.loc	1 91 33                         ; fused_moe.py:91:33
	v_mad_i64_i32 v[12:13], s[2:3], v116, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[12:13], v[12:13], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[12:13], v[74:75], 1, v[12:13]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short_d16_hi v[12:13], v1, off
.LBB0_272:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[10:11], v[60:61], v[10:11]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[34:35]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[10:11], v[54:55], v[10:11], v[150:151]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v11, v151, v11, s[80:81]
	v_cndmask_b32_e64 v10, v150, v10, s[80:81]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[10:11], v[10:11], v[32:33]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cvt_pk_bf16_f32 v1, v10, v11
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_274
; %bb.273:
	.loc	1 0 21                          ; fused_moe.py:0:21
	v_accvgpr_read_b32 v10, a68
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[10:11], s[2:3], v10, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[10:11], v[10:11], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[10:11], v[74:75], 1, v[10:11]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[10:11], v1, off
.LBB0_274:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[28:29]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_276
; %bb.275:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	v_accvgpr_read_b32 v10, a66
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[10:11], s[2:3], v10, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[10:11], v[10:11], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[10:11], v[74:75], 1, v[10:11]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short_d16_hi v[10:11], v1, off
.LBB0_276:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[8:9], v[58:59], v[8:9]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[24:25]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[8:9], v[54:55], v[8:9], v[148:149]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v9, v149, v9, s[80:81]
	v_cndmask_b32_e64 v8, v148, v8, s[80:81]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[8:9], v[8:9], v[30:31]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cvt_pk_bf16_f32 v1, v8, v9
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_278
; %bb.277:
	.loc	1 0 21                          ; fused_moe.py:0:21
	v_accvgpr_read_b32 v8, a62
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[8:9], s[2:3], v8, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[8:9], v[8:9], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[8:9], v[74:75], 1, v[8:9]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[8:9], v1, off
.LBB0_278:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[22:23]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_280
; %bb.279:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	v_accvgpr_read_b32 v8, a58
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[8:9], s[2:3], v8, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[8:9], v[8:9], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[8:9], v[74:75], 1, v[8:9]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short_d16_hi v[8:9], v1, off
.LBB0_280:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[6:7], v[56:57], v[6:7]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[16:17]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[6:7], v[54:55], v[6:7], v[146:147]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v7, v147, v7, s[80:81]
	v_cndmask_b32_e64 v6, v146, v6, s[80:81]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[6:7], v[6:7], v[26:27]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cvt_pk_bf16_f32 v1, v6, v7
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_282
; %bb.281:
	.loc	1 0 21                          ; fused_moe.py:0:21
	v_accvgpr_read_b32 v6, a52
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[6:7], s[2:3], v6, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[6:7], v[6:7], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[6:7], v[74:75], 1, v[6:7]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[6:7], v1, off
.LBB0_282:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[14:15]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_284
; %bb.283:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	v_accvgpr_read_b32 v6, a50
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[6:7], s[2:3], v6, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[6:7], v[6:7], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[6:7], v[74:75], 1, v[6:7]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short_d16_hi v[6:7], v1, off
.LBB0_284:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[4:5], v[52:53], v[4:5]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[10:11]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[4:5], v[54:55], v[4:5], v[142:143]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v5, v143, v5, s[80:81]
	v_cndmask_b32_e64 v4, v142, v4, s[80:81]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[4:5], v[4:5], v[24:25]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cvt_pk_bf16_f32 v1, v4, v5
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_286
; %bb.285:
	.loc	1 0 21                          ; fused_moe.py:0:21
	v_accvgpr_read_b32 v4, a44
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[4:5], s[2:3], v4, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[4:5], v[4:5], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[4:5], v[74:75], 1, v[4:5]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[4:5], v1, off
.LBB0_286:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[78:79]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_288
; %bb.287:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	v_accvgpr_read_b32 v4, a42
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[4:5], s[2:3], v4, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[4:5], v[4:5], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[4:5], v[74:75], 1, v[4:5]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short_d16_hi v[4:5], v1, off
.LBB0_288:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 128 46 is_stmt 1              ; fused_moe.py:128:46
	v_pk_mul_f32 v[2:3], v[50:51], v[2:3]
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[76:77]
	.loc	1 128 31                        ; fused_moe.py:128:31
	v_pk_fma_f32 v[2:3], v[54:55], v[2:3], v[130:131]
	.loc	1 117 22                        ; fused_moe.py:117:22
	s_nop 0
	v_cndmask_b32_e64 v3, v131, v3, s[80:81]
	v_cndmask_b32_e64 v2, v130, v2, s[80:81]
	.loc	1 138 36                        ; fused_moe.py:138:36
	v_pk_mul_f32 v[2:3], v[2:3], v[22:23]
	.loc	1 142 36                        ; fused_moe.py:142:36
	s_nop 0
	v_cvt_pk_bf16_f32 v1, v2, v3
	.loc	1 142 21 is_stmt 0              ; fused_moe.py:142:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_290
; %bb.289:
	.loc	1 0 21                          ; fused_moe.py:0:21
	v_accvgpr_read_b32 v2, a36
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[2:3], s[2:3], v2, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[2:3], v[2:3], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[2:3], v[74:75], 1, v[2:3]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short v[2:3], v1, off
.LBB0_290:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 92 36 is_stmt 1               ; fused_moe.py:92:36
	s_and_b64 s[0:1], vcc, s[74:75]
	.loc	1 142 21                        ; fused_moe.py:142:21
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_xor_b64 s[0:1], exec, s[2:3]
	s_cbranch_execz .LBB0_292
; %bb.291:
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	v_accvgpr_read_b32 v2, a34
	.loc	1 91 33 is_stmt 1               ; fused_moe.py:91:33
	v_mad_i64_i32 v[2:3], s[2:3], v2, s33, 0
	.loc	1 91 21 is_stmt 0               ; fused_moe.py:91:21
	v_lshl_add_u64 v[2:3], v[2:3], 1, s[6:7]
	.loc	1 91 55                         ; fused_moe.py:91:55
	v_lshl_add_u64 v[2:3], v[74:75], 1, v[2:3]
	.loc	1 142 21 is_stmt 1              ; fused_moe.py:142:21
	global_store_short_d16_hi v[2:3], v1, off
.LBB0_292:                              ; %Flow
	.loc	1 0 21 is_stmt 0                ; fused_moe.py:0:21
	s_or_b64 exec, exec, s[0:1]
	s_branch .LBB0_94
.LBB0_293:
	.loc	1 85 56 is_stmt 1               ; fused_moe.py:85:56
	v_lshrrev_b32_e32 v0, 2, v0
	v_and_b32_e32 v0, 60, v0
	.loc	1 86 48                         ; fused_moe.py:86:48
	v_or_b32_e32 v1, 0xc0, v0
	.loc	1 86 25 is_stmt 0               ; fused_moe.py:86:25
	global_load_dword v5, v0, s[84:85]
	global_load_dword v4, v0, s[84:85] offset:64
	global_load_dword v3, v0, s[84:85] offset:128
	global_load_dword v2, v1, s[84:85]
	.loc	1 90 50 is_stmt 1               ; fused_moe.py:90:50
	v_and_b32_e32 v0, 0x78, v94
	.loc	1 90 37 is_stmt 0               ; fused_moe.py:90:37
	v_or_b32_e32 v0, s91, v0
	v_mov_b32_e32 v1, s92
	.loc	1 92 55 is_stmt 1               ; fused_moe.py:92:55
	v_cmp_gt_i64_e32 vcc, s[82:83], v[0:1]
	.loc	1 88 30                         ; fused_moe.py:88:30
	s_waitcnt vmcnt(3)
	v_cmp_gt_i32_e64 s[0:1], s90, v5
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_295
; %bb.294:
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
.LBB0_295:
	.loc	1 0 25 is_stmt 0                ; fused_moe.py:0:25
	s_or_b64 exec, exec, s[0:1]
	.loc	1 88 30 is_stmt 1               ; fused_moe.py:88:30
	s_waitcnt vmcnt(2)
	v_cmp_gt_i32_e64 s[0:1], s90, v4
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_297
; %bb.296:
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
.LBB0_297:
	.loc	1 0 25 is_stmt 0                ; fused_moe.py:0:25
	s_or_b64 exec, exec, s[0:1]
	.loc	1 88 30 is_stmt 1               ; fused_moe.py:88:30
	s_waitcnt vmcnt(1)
	v_cmp_gt_i32_e64 s[0:1], s90, v3
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[2:3], vcc, s[0:1]
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_299
; %bb.298:
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
.LBB0_299:
	.loc	1 0 25 is_stmt 0                ; fused_moe.py:0:25
	s_or_b64 exec, exec, s[0:1]
	.loc	1 88 30 is_stmt 1               ; fused_moe.py:88:30
	s_waitcnt vmcnt(0)
	v_cmp_gt_i32_e64 s[0:1], s90, v2
	.loc	1 92 36                         ; fused_moe.py:92:36
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 97 25                         ; fused_moe.py:97:25
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_xor_b64 s[2:3], exec, s[2:3]
	s_cbranch_execz .LBB0_94
; %bb.300:
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
		.amdhsa_next_free_vgpr 328
		.amdhsa_next_free_sgpr 98
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
	.set fused_moe_kernel.num_agpr, 72
	.set fused_moe_kernel.numbered_sgpr, 98
	.set fused_moe_kernel.private_seg_size, 0
	.set fused_moe_kernel.uses_vcc, 1
	.set fused_moe_kernel.uses_flat_scratch, 0
	.set fused_moe_kernel.has_dyn_sized_stack, 0
	.set fused_moe_kernel.has_recursion, 0
	.set fused_moe_kernel.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 12740
; TotalNumSgprs: 104
; NumVgprs: 256
; NumAgprs: 72
; TotalNumVgprs: 328
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 12
; VGPRBlocks: 40
; NumSGPRsForWavesPerEU: 104
; NumVGPRsForWavesPerEU: 328
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
  - .agpr_count:     72
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
    .sgpr_count:     104
    .sgpr_spill_count: 0
    .symbol:         fused_moe_kernel.kd
    .uses_dynamic_stack: false
    .vgpr_count:     328
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

	.amdgcn_target "amdgpu9.42-amd-amdhsa-unknown-gfx942"
	.amdhsa_code_object_version 5
	.text
	.globl	gemm                            ; -- Begin function gemm
	.p2align	8
	.type	gemm,@function
gemm:                                   ; @gemm
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.7:
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 186 0 prologue_end            ; kernels.py:186:0
	s_load_dwordx2 s[2:3], s[0:1], 0x0
	s_load_dwordx8 s[4:11], s[0:1], 0x8
	s_load_dwordx4 s[12:15], s[0:1], 0x28
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.8:
.LBB0_0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
.Ltmp1:
	.loc	1 198 5 is_stmt 1               ; kernels.py:198:5
	v_readfirstlane_b32 s0, v0
	s_lshr_b32 s46, s0, 6
	.loc	1 190 10                        ; kernels.py:190:10
	s_lshl_b32 s33, s16, 4
	.loc	1 190 23 is_stmt 0              ; kernels.py:190:23
	v_lshrrev_b32_e32 v1, 2, v0
	.loc	1 191 10 is_stmt 1              ; kernels.py:191:10
	s_lshl_b32 s47, s17, 4
	.loc	1 190 23                        ; kernels.py:190:23
	v_and_b32_e32 v16, 15, v0
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_lt_i32 s10, 1
	.loc	1 190 23                        ; kernels.py:190:23
	v_and_b32_e32 v17, 12, v1
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_6
; %bb.1:                                ; %.lr.ph
	.loc	1 190 10                        ; kernels.py:190:10
	s_or_b32 s0, s46, s33
	s_or_b32 s1, s0, 2
	s_or_b32 s8, s0, 4
	s_or_b32 s9, s0, 6
	s_or_b32 s14, s0, 8
	s_or_b32 s15, s0, 10
	s_or_b32 s16, s0, 12
	s_or_b32 s17, s0, 14
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s0, s0, s11
	s_mul_i32 s1, s1, s11
	s_mul_i32 s8, s8, s11
	s_mul_i32 s9, s9, s11
	s_mul_i32 s14, s14, s11
	s_mul_i32 s15, s15, s11
	s_mul_i32 s16, s16, s11
	s_mul_i32 s17, s17, s11
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s11, s0, 31
	s_add_u32 s28, s2, s0
	s_addc_u32 s29, s3, s11
	s_ashr_i32 s0, s1, 31
	s_add_u32 s30, s2, s1
	.loc	1 190 23 is_stmt 1              ; kernels.py:190:23
	v_and_b32_e32 v18, 63, v0
	.loc	1 195 21                        ; kernels.py:195:21
	s_addc_u32 s31, s3, s0
	s_ashr_i32 s0, s8, 31
	.loc	1 190 23                        ; kernels.py:190:23
	v_lshl_or_b32 v1, s46, 6, v18
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_u32 s34, s2, s8
	v_lshlrev_b32_e32 v0, 1, v0
	.loc	1 192 10                        ; kernels.py:192:10
	v_lshrrev_b32_e32 v2, 1, v1
	.loc	1 195 21                        ; kernels.py:195:21
	s_addc_u32 s35, s3, s0
	s_ashr_i32 s0, s9, 31
	v_and_b32_e32 v0, 28, v0
	.loc	1 192 10                        ; kernels.py:192:10
	v_and_b32_e32 v6, 56, v2
	v_or_b32_e32 v7, 7, v2
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_u32 s36, s2, s9
	.loc	1 191 10                        ; kernels.py:191:10
	v_or_b32_e32 v2, s47, v16
	v_lshlrev_b32_e32 v15, 6, v16
	v_xor_b32_e32 v3, v0, v17
	.loc	1 195 21                        ; kernels.py:195:21
	s_addc_u32 s37, s3, s0
	s_ashr_i32 s0, s14, 31
	v_or_b32_e32 v35, v3, v15
	v_ashrrev_i32_e32 v3, 31, v2
	v_xor_b32_e32 v0, v6, v0
	s_add_u32 s38, s2, s14
	.loc	1 194 5                         ; kernels.py:194:5
	v_lshl_add_u64 v[4:5], s[4:5], 0, v[2:3]
	v_or_b32_e32 v2, v0, v15
	v_lshrrev_b32_e32 v0, 4, v1
	.loc	1 195 21                        ; kernels.py:195:21
	s_addc_u32 s39, s3, s0
	s_ashr_i32 s0, s15, 31
	.loc	1 194 5                         ; kernels.py:194:5
	v_lshlrev_b32_e32 v6, 3, v0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_u32 s40, s2, s15
	.loc	1 194 5                         ; kernels.py:194:5
	v_mul_lo_u32 v19, v7, s12
	v_or_b32_e32 v7, 6, v6
	.loc	1 195 21                        ; kernels.py:195:21
	s_addc_u32 s41, s3, s0
	s_ashr_i32 s0, s16, 31
	.loc	1 194 5                         ; kernels.py:194:5
	v_mul_lo_u32 v20, s12, v7
	v_or_b32_e32 v7, 5, v6
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_u32 s42, s2, s16
	.loc	1 194 5                         ; kernels.py:194:5
	v_mul_lo_u32 v21, s12, v7
	v_or_b32_e32 v7, 4, v6
	.loc	1 195 21                        ; kernels.py:195:21
	s_addc_u32 s43, s3, s0
	s_ashr_i32 s0, s17, 31
	.loc	1 194 5                         ; kernels.py:194:5
	v_mul_lo_u32 v22, s12, v7
	v_or_b32_e32 v7, 3, v6
	v_mul_lo_u32 v0, s12, v0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_u32 s44, s2, s17
	v_xor_b32_e32 v8, 4, v1
	v_xor_b32_e32 v9, 8, v1
	v_xor_b32_e32 v10, 12, v1
	v_xor_b32_e32 v11, 16, v1
	v_xor_b32_e32 v12, 20, v1
	v_xor_b32_e32 v13, 24, v1
	v_xor_b32_e32 v14, 28, v1
	v_xor_b32_e32 v36, 16, v35
	v_xor_b32_e32 v3, 4, v2
	.loc	1 194 5                         ; kernels.py:194:5
	v_mul_lo_u32 v23, s12, v7
	v_or_b32_e32 v7, 2, v6
	v_mul_lo_u32 v6, s12, v6
	v_lshlrev_b32_e32 v26, 3, v0
	v_mov_b32_e32 v0, 0
	.loc	1 195 21                        ; kernels.py:195:21
	s_addc_u32 s45, s3, s0
	.loc	1 194 5                         ; kernels.py:194:5
	s_lshl_b32 s11, s12, 6
	v_mul_lo_u32 v24, s12, v7
	v_add_u32_e32 v25, s12, v6
	s_mov_b32 s12, 0
	v_add_u32_e32 v27, 0, v1
	v_add_u32_e32 v28, 0, v8
	v_add_u32_e32 v29, 0, v9
	v_add_u32_e32 v30, 0, v10
	v_add_u32_e32 v31, 0, v11
	v_add_u32_e32 v32, 0, v12
	v_add_u32_e32 v33, 0, v13
	v_add_u32_e32 v34, 0, v14
	v_add_u32_e32 v35, 0, v35
	v_add_u32_e32 v36, 0, v36
	s_mov_b32 s48, 0xc0c0004
	v_add_u32_e32 v37, 0, v2
	v_add_u32_e32 v38, 0, v3
	s_movk_i32 s49, 0x7f
	v_mov_b32_e32 v39, 0x7e00
	v_mov_b32_e32 v40, 0x1800
	v_mov_b32_e32 v41, 0x1c00
	v_mov_b32_e32 v42, 0x1e00
	v_mov_b32_e32 v43, 0x2000
	v_mov_b32_e32 v44, 0x2100
	v_mov_b32_e32 v45, 0x2200
	v_mov_b32_e32 v46, 0x2300
	s_mov_b32 s50, 0x5040100
	v_mov_b32_e32 v47, 8
	v_mov_b32_e32 v48, 7
	v_mov_b32_e32 v1, v0
	v_mov_b32_e32 v2, v0
	v_mov_b32_e32 v3, v0
	s_mov_b32 s51, 0
.LBB0_2:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_u32_e32 v6, s51, v18
	v_ashrrev_i32_e32 v7, 31, v6
	v_lshl_add_u64 v[58:59], s[28:29], 0, v[6:7]
	v_lshl_add_u64 v[60:61], s[30:31], 0, v[6:7]
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_u32_e32 v8, s12, v26
	v_add_u32_e32 v12, s12, v24
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v49, v[58:59], off
	global_load_ubyte v74, v[60:61], off
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	v_lshl_add_u64 v[58:59], s[34:35], 0, v[6:7]
	v_lshl_add_u64 v[60:61], s[36:37], 0, v[6:7]
	.loc	1 196 21 is_stmt 1              ; kernels.py:196:21
	v_ashrrev_i32_e32 v9, 31, v8
	v_ashrrev_i32_e32 v13, 31, v12
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v75, v[58:59], off
	global_load_ubyte v76, v[60:61], off
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	v_lshl_add_u64 v[58:59], s[38:39], 0, v[6:7]
	v_lshl_add_u64 v[60:61], s[40:41], 0, v[6:7]
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v77, v[58:59], off
	.loc	1 195 21                        ; kernels.py:195:21
	v_lshl_add_u64 v[58:59], s[42:43], 0, v[6:7]
	v_lshl_add_u64 v[6:7], s[44:45], 0, v[6:7]
	.loc	1 196 21 is_stmt 1              ; kernels.py:196:21
	v_lshl_add_u64 v[62:63], v[4:5], 0, v[8:9]
	v_lshl_add_u64 v[64:65], v[4:5], 0, v[12:13]
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v8, v[60:61], off
	global_load_ubyte v9, v[58:59], off
	global_load_ubyte v12, v[6:7], off
	s_barrier
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_u32_e32 v10, s12, v25
	v_add_u32_e32 v14, s12, v23
	v_add_u32_e32 v50, s12, v22
	v_add_u32_e32 v52, s12, v21
	v_add_u32_e32 v54, s12, v20
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_add_u32_e32 v56, s12, v19
	v_ashrrev_i32_e32 v11, 31, v10
	v_ashrrev_i32_e32 v15, 31, v14
	v_ashrrev_i32_e32 v51, 31, v50
	v_ashrrev_i32_e32 v53, 31, v52
	v_ashrrev_i32_e32 v55, 31, v54
	v_ashrrev_i32_e32 v57, 31, v56
	v_lshl_add_u64 v[10:11], v[4:5], 0, v[10:11]
	v_lshl_add_u64 v[66:67], v[4:5], 0, v[14:15]
	v_lshl_add_u64 v[50:51], v[4:5], 0, v[50:51]
	v_lshl_add_u64 v[68:69], v[4:5], 0, v[52:53]
	v_lshl_add_u64 v[70:71], v[4:5], 0, v[54:55]
	v_lshl_add_u64 v[72:73], v[4:5], 0, v[56:57]
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_add_i32 s51, s51, 64
	s_add_i32 s12, s12, s11
	s_cmp_lt_i32 s51, s10
	.loc	1 195 13                        ; kernels.py:195:13
	s_waitcnt vmcnt(7)
	ds_write_b8 v27, v49
	s_waitcnt vmcnt(6)
	ds_write_b8 v28, v74 offset:128
	s_waitcnt vmcnt(5)
	ds_write_b8 v29, v75 offset:256
	s_waitcnt vmcnt(4)
	ds_write_b8 v30, v76 offset:384
	s_waitcnt vmcnt(3)
	ds_write_b8 v31, v77 offset:512
	s_waitcnt vmcnt(2)
	ds_write_b8 v32, v8 offset:640
	s_waitcnt vmcnt(1)
	ds_write_b8 v33, v9 offset:768
	s_waitcnt vmcnt(0)
	ds_write_b8 v34, v12 offset:896
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2_b32 v[8:9], v35 offset1:8
	ds_read2_b32 v[6:7], v36 offset1:8
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ubyte v13, v[66:67], off
	global_load_ubyte v12, v[72:73], off
	global_load_ubyte v14, v[70:71], off
	global_load_ubyte v15, v[68:69], off
	global_load_ubyte v52, v[50:51], off
	global_load_ubyte v55, v[64:65], off
	global_load_ubyte v56, v[10:11], off
	global_load_ubyte v57, v[62:63], off
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16_e32 v49, 7, v8
	v_lshrrev_b32_e32 v10, 8, v8
	v_lshlrev_b16_e32 v11, 8, v8
	v_lshlrev_b16_sdwa v50, v47, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v51, v48, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v53, v47, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v54, v48, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v59, v8, s49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v60, v8, s49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v8, 0x7f, v8
	v_and_b32_e32 v49, 0x3f80, v49
	v_and_b32_e32 v54, 0x3f80, v54
	v_and_b32_e32 v51, 0x3f80, v51
	v_add_u16_e32 v49, 0x2000, v49
	v_cmp_ne_u16_e64 s[2:3], s49, v8
	v_add_u16_e32 v54, 0x2000, v54
	v_cmp_ne_u16_e32 vcc, s49, v59
	v_add_u16_e32 v51, 0x2000, v51
	v_cmp_ne_u16_e64 s[0:1], s49, v60
	v_cndmask_b32_e64 v49, v39, v49, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v8
	v_cndmask_b32_e32 v54, v39, v54, vcc
	v_cmp_ne_u16_e32 vcc, 0, v59
	v_cndmask_b32_e64 v51, v39, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v60
	v_cndmask_b32_e64 v49, 0, v49, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v8
	v_cndmask_b32_e32 v54, 0, v54, vcc
	v_cmp_ne_u16_e32 vcc, 1, v59
	v_cndmask_b32_e64 v51, 0, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v60
	v_cndmask_b32_e64 v49, v40, v49, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v8
	v_cndmask_b32_e32 v54, v40, v54, vcc
	v_cmp_ne_u16_e32 vcc, 2, v59
	v_cndmask_b32_e64 v51, v40, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v60
	v_cndmask_b32_e64 v49, v41, v49, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v8
	v_cndmask_b32_e32 v54, v41, v54, vcc
	v_cmp_ne_u16_e32 vcc, 3, v59
	v_cndmask_b32_e64 v51, v41, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v60
	v_cndmask_b32_e64 v49, v42, v49, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v8
	v_cndmask_b32_e32 v54, v42, v54, vcc
	v_cmp_ne_u16_e32 vcc, 4, v59
	v_cndmask_b32_e64 v51, v42, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v60
	v_cndmask_b32_e64 v49, v43, v49, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v8
	v_cndmask_b32_e32 v54, v43, v54, vcc
	v_cmp_ne_u16_e32 vcc, 5, v59
	v_cndmask_b32_e64 v51, v43, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v60
	v_cndmask_b32_e64 v49, v44, v49, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v8
	v_cndmask_b32_e32 v54, v44, v54, vcc
	v_cmp_ne_u16_e32 vcc, 6, v59
	v_cndmask_b32_e64 v51, v44, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v60
	v_cndmask_b32_e64 v49, v45, v49, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v8
	v_lshlrev_b16_sdwa v68, v48, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v54, v45, v54, vcc
	v_cmp_ne_u16_e32 vcc, 7, v59
	v_cndmask_b32_e64 v51, v45, v51, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v60
	v_and_b32_e32 v11, 0xffff8000, v11
	v_cndmask_b32_e64 v49, v46, v49, s[2:3]
	v_and_b32_sdwa v69, v6, s49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v68, 0x3f80, v68
	v_or_b32_e32 v49, v49, v11
	v_and_b32_e32 v11, 0xffff8000, v50
	v_cndmask_b32_e64 v50, v46, v51, s[0:1]
	v_and_b32_e32 v51, 0xffff8000, v53
	v_cndmask_b32_e32 v53, v46, v54, vcc
	v_add_u16_e32 v68, 0x2000, v68
	v_cmp_ne_u16_e32 vcc, s49, v69
	v_lshlrev_b16_e32 v60, 7, v10
	v_and_b32_e32 v8, 0x7f, v10
	v_cndmask_b32_e32 v68, v39, v68, vcc
	v_cmp_ne_u16_e32 vcc, 0, v69
	v_and_b32_e32 v60, 0x3f80, v60
	v_add_u16_e32 v60, 0x2000, v60
	v_cndmask_b32_e32 v68, 0, v68, vcc
	v_cmp_ne_u16_e32 vcc, 1, v69
	v_cmp_ne_u16_e64 s[4:5], s49, v8
	v_lshlrev_b16_sdwa v66, v48, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v68, v40, v68, vcc
	v_cmp_ne_u16_e32 vcc, 2, v69
	v_cndmask_b32_e64 v60, v39, v60, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v8
	v_cndmask_b32_e32 v68, v41, v68, vcc
	v_cmp_ne_u16_e32 vcc, 3, v69
	v_and_b32_sdwa v70, v6, s49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v66, 0x3f80, v66
	v_cndmask_b32_e32 v68, v42, v68, vcc
	v_cmp_ne_u16_e32 vcc, 4, v69
	v_cndmask_b32_e64 v60, 0, v60, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v8
	v_cndmask_b32_e32 v68, v43, v68, vcc
	v_cmp_ne_u16_e32 vcc, 5, v69
	v_add_u16_e32 v66, 0x2000, v66
	v_cndmask_b32_e64 v60, v40, v60, s[4:5]
	v_cndmask_b32_e32 v68, v44, v68, vcc
	v_cmp_ne_u16_e32 vcc, 6, v69
	v_cmp_ne_u16_e64 s[4:5], 2, v8
	v_lshlrev_b16_e32 v64, 7, v6
	v_cndmask_b32_e32 v68, v45, v68, vcc
	v_cmp_ne_u16_e32 vcc, s49, v70
	v_cndmask_b32_e64 v60, v41, v60, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v8
	v_cndmask_b32_e32 v66, v39, v66, vcc
	v_cmp_ne_u16_e32 vcc, 0, v70
	v_cndmask_b32_e64 v60, v42, v60, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v8
	v_cndmask_b32_e32 v66, 0, v66, vcc
	v_cmp_ne_u16_e32 vcc, 1, v70
	v_cndmask_b32_e64 v60, v43, v60, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v8
	v_cndmask_b32_e32 v66, v40, v66, vcc
	v_cmp_ne_u16_e32 vcc, 2, v70
	v_cndmask_b32_e64 v60, v44, v60, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v8
	v_cndmask_b32_e32 v66, v41, v66, vcc
	v_cmp_ne_u16_e32 vcc, 3, v70
	v_cndmask_b32_e64 v60, v45, v60, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v8
	v_cndmask_b32_e32 v66, v42, v66, vcc
	v_cmp_ne_u16_e32 vcc, 4, v70
	v_or_b32_e32 v51, v53, v51
	v_cndmask_b32_e64 v53, v46, v60, s[4:5]
	v_cndmask_b32_e32 v66, v43, v66, vcc
	v_cmp_ne_u16_e32 vcc, 5, v70
	v_lshrrev_b32_e32 v60, 8, v6
	v_lshlrev_b16_e32 v63, 8, v6
	v_lshlrev_b16_sdwa v65, v47, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v67, v47, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v6, 0x7f, v6
	v_cndmask_b32_e32 v66, v44, v66, vcc
	v_cmp_ne_u16_e32 vcc, 6, v70
	v_and_b32_e32 v64, 0x3f80, v64
	v_add_u16_e32 v64, 0x2000, v64
	v_cndmask_b32_e32 v66, v45, v66, vcc
	v_cmp_ne_u16_e32 vcc, s49, v6
	v_lshlrev_b16_e32 v10, 8, v10
	v_and_b32_e32 v10, 0xffff8000, v10
	v_cndmask_b32_e32 v64, v39, v64, vcc
	v_cmp_ne_u16_e32 vcc, 0, v6
	v_or_b32_e32 v10, v53, v10
	v_lshlrev_b16_sdwa v53, v48, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v64, 0, v64, vcc
	v_cmp_ne_u16_e32 vcc, 1, v6
	.loc	1 197 16                        ; kernels.py:197:16
	v_perm_b32 v10, v10, v49, s50
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b32_sdwa v49, v9, s49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v64, v40, v64, vcc
	v_cmp_ne_u16_e32 vcc, 2, v6
	v_cmp_ne_u16_e64 s[4:5], 7, v6
	v_or_b32_e32 v11, v50, v11
	v_cndmask_b32_e32 v64, v41, v64, vcc
	v_cmp_ne_u16_e32 vcc, 3, v6
	v_lshlrev_b16_sdwa v50, v48, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 197 16                        ; kernels.py:197:16
	v_perm_b32 v11, v51, v11, s50
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v64, v42, v64, vcc
	v_cmp_ne_u16_e32 vcc, 4, v6
	v_and_b32_sdwa v51, v9, s49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[8:9], 7, v49
	v_cndmask_b32_e32 v64, v43, v64, vcc
	v_cmp_ne_u16_e32 vcc, 5, v6
	v_lshlrev_b16_e32 v8, 7, v9
	v_lshrrev_b32_e32 v58, 8, v9
	v_cndmask_b32_e32 v64, v44, v64, vcc
	v_cmp_ne_u16_e32 vcc, 6, v6
	v_and_b32_e32 v6, 0x3f80, v53
	v_add_u16_e32 v6, 0x2000, v6
	v_cndmask_b32_e32 v64, v45, v64, vcc
	v_cmp_ne_u16_e32 vcc, s49, v49
	v_lshlrev_b16_e32 v59, 8, v9
	v_lshlrev_b16_sdwa v61, v47, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v6, v39, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v49
	v_lshlrev_b16_sdwa v62, v47, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v9, 0x7f, v9
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v49
	v_and_b32_e32 v8, 0x3f80, v8
	v_add_u16_e32 v8, 0x2000, v8
	v_cndmask_b32_e32 v6, v40, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v49
	v_lshlrev_b16_sdwa v76, v48, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v77, v7, s49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e32 v6, v41, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v49
	v_cmp_ne_u16_e64 s[20:21], 7, v9
	v_lshlrev_b16_sdwa v74, v48, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v6, v42, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v49
	v_and_b32_sdwa v78, v7, s49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v72, 7, v7
	v_cndmask_b32_e32 v6, v43, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v49
	v_lshrrev_b32_e32 v54, 8, v7
	v_lshlrev_b16_e32 v71, 8, v7
	v_cndmask_b32_e32 v6, v44, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v49
	v_and_b32_e32 v49, 0x3f80, v50
	v_add_u16_e32 v49, 0x2000, v49
	v_cndmask_b32_e32 v6, v45, v6, vcc
	v_cmp_ne_u16_e32 vcc, s49, v51
	v_and_b32_e32 v50, 0x3f80, v74
	v_add_u16_e32 v50, 0x2000, v50
	v_cndmask_b32_e32 v49, v39, v49, vcc
	v_cmp_ne_u16_e32 vcc, 0, v51
	v_lshlrev_b16_sdwa v73, v47, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v75, v47, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v49, 0, v49, vcc
	v_cmp_ne_u16_e32 vcc, 1, v51
	v_and_b32_e32 v7, 0x7f, v7
	v_cmp_ne_u16_e64 s[22:23], 7, v51
	v_cndmask_b32_e32 v49, v40, v49, vcc
	v_cmp_ne_u16_e32 vcc, 2, v51
	v_cmp_ne_u16_e64 s[18:19], 7, v7
	v_and_b32_e32 v53, 0x7f, v60
	v_cndmask_b32_e32 v49, v41, v49, vcc
	v_cmp_ne_u16_e32 vcc, 3, v51
	v_cmp_ne_u16_e64 s[24:25], 7, v53
	v_cmp_ne_u16_e64 s[0:1], 7, v69
	v_cndmask_b32_e32 v49, v42, v49, vcc
	v_cmp_ne_u16_e32 vcc, 4, v51
	v_and_b32_e32 v69, 0x7f, v58
	v_and_b32_e32 v59, 0xffff8000, v59
	v_cndmask_b32_e32 v49, v43, v49, vcc
	v_cmp_ne_u16_e32 vcc, 5, v51
	v_cndmask_b32_e64 v6, v46, v6, s[8:9]
	v_cmp_ne_u16_e64 s[16:17], 7, v78
	v_cndmask_b32_e32 v49, v44, v49, vcc
	v_cmp_ne_u16_e32 vcc, 6, v51
	v_and_b32_e32 v51, 0x3f80, v72
	v_add_u16_e32 v51, 0x2000, v51
	v_cndmask_b32_e32 v49, v45, v49, vcc
	v_cmp_ne_u16_e32 vcc, s49, v9
	v_cndmask_b32_e64 v49, v46, v49, s[22:23]
	v_cmp_ne_u16_e64 s[14:15], 7, v77
	v_cndmask_b32_e32 v8, v39, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v9
	.loc	1 196 13                        ; kernels.py:196:13
	s_waitcnt vmcnt(0)
	v_perm_b32 v56, v57, v56, s48
	v_perm_b32 v13, v55, v13, s48
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v9
	.loc	1 196 13                        ; kernels.py:196:13
	v_perm_b32 v15, v52, v15, s48
	v_perm_b32 v12, v14, v12, s48
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v8, v40, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v9
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshl_or_b32 v13, v13, 16, v56
	v_lshl_or_b32 v12, v12, 16, v15
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v8, v41, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v9
	.loc	1 196 13                        ; kernels.py:196:13
	ds_write_b32 v37, v13
	ds_write_b32 v38, v12
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v8, v42, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v9
	.loc	1 196 13                        ; kernels.py:196:13
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v8, v43, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v9
	.loc	1 196 13                        ; kernels.py:196:13
	ds_read2_b32 v[14:15], v35 offset1:8
	ds_read2_b32 v[12:13], v36 offset1:8
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v8, v44, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v9
	v_and_b32_e32 v9, 0x3f80, v76
	v_add_u16_e32 v9, 0x2000, v9
	v_cndmask_b32_e32 v8, v45, v8, vcc
	v_cmp_ne_u16_e32 vcc, s49, v77
	v_cndmask_b32_e64 v8, v46, v8, s[20:21]
	v_or_b32_e32 v59, v8, v59
	v_cndmask_b32_e32 v9, v39, v9, vcc
	v_cmp_ne_u16_e32 vcc, 0, v77
	v_and_b32_e32 v8, 0xffff8000, v61
	v_or_b32_e32 v8, v49, v8
	v_cndmask_b32_e32 v9, 0, v9, vcc
	v_cmp_ne_u16_e32 vcc, 1, v77
	v_and_b32_e32 v49, 0xffff8000, v62
	v_or_b32_e32 v6, v6, v49
	v_cndmask_b32_e32 v9, v40, v9, vcc
	v_cmp_ne_u16_e32 vcc, 2, v77
	v_and_b32_e32 v49, 0xffff8000, v71
	v_cmp_ne_u16_e64 s[2:3], 7, v70
	v_cndmask_b32_e32 v9, v41, v9, vcc
	v_cmp_ne_u16_e32 vcc, 3, v77
	v_cmp_ne_u16_e64 s[26:27], 7, v69
	v_and_b32_e32 v63, 0xffff8000, v63
	v_cndmask_b32_e32 v9, v42, v9, vcc
	v_cmp_ne_u16_e32 vcc, 4, v77
	v_cndmask_b32_e64 v64, v46, v64, s[4:5]
	v_or_b32_e32 v63, v64, v63
	v_cndmask_b32_e32 v9, v43, v9, vcc
	v_cmp_ne_u16_e32 vcc, 5, v77
	v_and_b32_e32 v64, 0xffff8000, v65
	v_cndmask_b32_e64 v65, v46, v66, s[2:3]
	v_cndmask_b32_e32 v9, v44, v9, vcc
	v_cmp_ne_u16_e32 vcc, 6, v77
	v_cndmask_b32_e64 v66, v46, v68, s[0:1]
	.loc	1 196 13                        ; kernels.py:196:13
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b16_sdwa v57, v48, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v9, v45, v9, vcc
	v_cmp_ne_u16_e32 vcc, s49, v78
	v_cndmask_b32_e64 v9, v46, v9, s[14:15]
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16_e32 v56, 7, v14
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v50, v39, v50, vcc
	v_cmp_ne_u16_e32 vcc, 0, v78
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b32_sdwa v61, v14, s49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v57, 0x3f80, v57
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v50, 0, v50, vcc
	v_cmp_ne_u16_e32 vcc, 1, v78
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b32_e32 v56, 0x3f80, v56
	v_add_u16_e32 v57, 0x2000, v57
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v50, v40, v50, vcc
	v_cmp_ne_u16_e32 vcc, 2, v78
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s[2:3], s49, v61
	v_add_u16_e32 v56, 0x2000, v56
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v50, v41, v50, vcc
	v_cmp_ne_u16_e32 vcc, 3, v78
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v57, v39, v57, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v61
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v50, v42, v50, vcc
	v_cmp_ne_u16_e32 vcc, 4, v78
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v57, 0, v57, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v61
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v50, v43, v50, vcc
	v_cmp_ne_u16_e32 vcc, 5, v78
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v57, v40, v57, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v61
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v50, v44, v50, vcc
	v_cmp_ne_u16_e32 vcc, 6, v78
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v57, v41, v57, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v61
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v50, v45, v50, vcc
	v_cmp_ne_u16_e32 vcc, s49, v7
	v_cndmask_b32_e64 v50, v46, v50, s[16:17]
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v57, v42, v57, s[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v51, v39, v51, vcc
	v_cmp_ne_u16_e32 vcc, 0, v7
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s[2:3], 4, v61
	v_lshrrev_b32_e32 v55, 8, v14
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v51, 0, v51, vcc
	v_cmp_ne_u16_e32 vcc, 1, v7
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v57, v43, v57, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v61
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v51, v40, v51, vcc
	v_cmp_ne_u16_e32 vcc, 2, v7
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v57, v44, v57, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v61
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v51, v41, v51, vcc
	v_cmp_ne_u16_e32 vcc, 3, v7
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v57, v45, v57, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v61
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v51, v42, v51, vcc
	v_cmp_ne_u16_e32 vcc, 4, v7
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16_e32 v61, 7, v55
	v_and_b32_e32 v61, 0x3f80, v61
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v51, v43, v51, vcc
	v_cmp_ne_u16_e32 vcc, 5, v7
	.loc	1 196 13                        ; kernels.py:196:13
	v_add_u16_e32 v61, 0x2000, v61
	v_cndmask_b32_e64 v57, v46, v57, s[2:3]
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v51, v44, v51, vcc
	v_cmp_ne_u16_e32 vcc, 6, v7
	v_lshlrev_b16_e32 v7, 7, v60
	v_and_b32_e32 v7, 0x3f80, v7
	v_cndmask_b32_e32 v51, v45, v51, vcc
	v_add_u16_e32 v7, 0x2000, v7
	v_cmp_ne_u16_e32 vcc, s49, v53
	v_cndmask_b32_e64 v51, v46, v51, s[18:19]
	v_or_b32_e32 v49, v51, v49
	v_cndmask_b32_e32 v7, v39, v7, vcc
	v_cmp_ne_u16_e32 vcc, 0, v53
	v_and_b32_e32 v51, 0xffff8000, v73
	v_or_b32_e32 v50, v50, v51
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cmp_ne_u16_e32 vcc, 1, v53
	v_and_b32_e32 v51, 0xffff8000, v75
	v_or_b32_e32 v51, v9, v51
	v_cndmask_b32_e32 v7, v40, v7, vcc
	v_cmp_ne_u16_e32 vcc, 2, v53
	v_lshlrev_b16_e32 v9, 8, v60
	v_and_b32_e32 v9, 0xffff8000, v9
	v_cndmask_b32_e32 v7, v41, v7, vcc
	v_cmp_ne_u16_e32 vcc, 3, v53
	v_or_b32_e32 v64, v65, v64
	v_and_b32_e32 v65, 0xffff8000, v67
	v_cndmask_b32_e32 v7, v42, v7, vcc
	v_cmp_ne_u16_e32 vcc, 4, v53
	v_or_b32_e32 v65, v66, v65
	.loc	1 196 13                        ; kernels.py:196:13
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_e32 v66, 7, v13
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v7, v43, v7, vcc
	v_cmp_ne_u16_e32 vcc, 5, v53
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b32_e32 v71, 0x7f, v13
	v_lshlrev_b16_sdwa v68, v48, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v7, v44, v7, vcc
	v_cmp_ne_u16_e32 vcc, 6, v53
	v_lshlrev_b16_e32 v53, 7, v58
	v_and_b32_e32 v53, 0x3f80, v53
	v_cndmask_b32_e32 v7, v45, v7, vcc
	v_add_u16_e32 v53, 0x2000, v53
	v_cmp_ne_u16_e32 vcc, s49, v69
	v_cndmask_b32_e64 v7, v46, v7, s[24:25]
	v_or_b32_e32 v60, v7, v9
	v_cndmask_b32_e32 v53, v39, v53, vcc
	v_cmp_ne_u16_e32 vcc, 0, v69
	v_lshlrev_b16_e32 v7, 8, v58
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e32 v53, 0, v53, vcc
	v_cmp_ne_u16_e32 vcc, 1, v69
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshrrev_b32_e32 v52, 8, v15
	v_lshlrev_b16_sdwa v67, v48, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v53, v40, v53, vcc
	v_cmp_ne_u16_e32 vcc, 2, v69
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16_e32 v62, 8, v13
	v_cmp_ne_u16_e64 s[16:17], 7, v71
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v53, v41, v53, vcc
	v_cmp_ne_u16_e32 vcc, 3, v69
	s_nop 1
	v_cndmask_b32_e32 v53, v42, v53, vcc
	v_cmp_ne_u16_e32 vcc, 4, v69
	s_nop 1
	v_cndmask_b32_e32 v53, v43, v53, vcc
	v_cmp_ne_u16_e32 vcc, 5, v69
	s_nop 1
	v_cndmask_b32_e32 v53, v44, v53, vcc
	v_cmp_ne_u16_e32 vcc, 6, v69
	v_and_b32_e32 v69, 0x7f, v54
	s_nop 0
	v_cndmask_b32_e32 v70, v45, v53, vcc
	v_cndmask_b32_e64 v9, v46, v70, s[26:27]
	v_or_b32_e32 v58, v9, v7
	.loc	1 197 16                        ; kernels.py:197:16
	v_perm_b32 v7, v6, v8, s50
	v_perm_b32 v6, v58, v59, s50
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16_sdwa v58, v48, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 197 16                        ; kernels.py:197:16
	v_perm_b32 v8, v60, v63, s50
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b32_sdwa v60, v14, s49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v58, 0x3f80, v58
	v_add_u16_e32 v58, 0x2000, v58
	v_cmp_ne_u16_e64 s[0:1], s49, v60
	v_lshrrev_b32_e32 v59, 8, v12
	v_lshlrev_b16_sdwa v63, v48, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v58, v39, v58, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v60
	.loc	1 197 16                        ; kernels.py:197:16
	v_perm_b32 v9, v65, v64, s50
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b32_sdwa v64, v15, s49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v58, 0, v58, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v60
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16_e32 v53, 7, v54
	v_and_b32_e32 v53, 0x3f80, v53
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v58, v40, v58, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v60
	v_and_b32_e32 v65, 0x7f, v15
	.loc	1 195 13                        ; kernels.py:195:13
	v_add_u16_e32 v53, 0x2000, v53
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v58, v41, v58, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v60
	.loc	1 195 13                        ; kernels.py:195:13
	v_cmp_ne_u16_e32 vcc, s49, v69
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s[18:19], 7, v64
	v_cndmask_b32_e64 v58, v42, v58, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v60
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v53, v39, v53, vcc
	v_cmp_ne_u16_e32 vcc, 0, v69
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v58, v43, v58, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v60
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v53, 0, v53, vcc
	v_cmp_ne_u16_e32 vcc, 1, v69
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v58, v44, v58, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v60
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v53, v40, v53, vcc
	v_cmp_ne_u16_e32 vcc, 2, v69
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v58, v45, v58, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v60
	v_and_b32_e32 v60, 0x7f, v14
	v_cmp_ne_u16_e64 s[4:5], s49, v60
	v_cndmask_b32_e64 v58, v46, v58, s[0:1]
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v53, v41, v53, vcc
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v56, v39, v56, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v60
	.loc	1 195 13                        ; kernels.py:195:13
	v_cmp_ne_u16_e32 vcc, 3, v69
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s[14:15], 7, v65
	v_cndmask_b32_e64 v56, 0, v56, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v60
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v53, v42, v53, vcc
	v_cmp_ne_u16_e32 vcc, 4, v69
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v56, v40, v56, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v60
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v53, v43, v53, vcc
	v_cmp_ne_u16_e32 vcc, 5, v69
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v56, v41, v56, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v60
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v53, v44, v53, vcc
	v_cmp_ne_u16_e32 vcc, 6, v69
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v56, v42, v56, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v60
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v53, v45, v53, vcc
	v_cmp_ne_u16_e32 vcc, 7, v69
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v56, v43, v56, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v60
	v_and_b32_sdwa v69, v13, s49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v70, v13, s49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cndmask_b32_e64 v56, v44, v56, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v60
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16_e32 v54, 8, v54
	v_and_b32_e32 v54, 0xffff8000, v54
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v56, v45, v56, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v60
	v_and_b32_e32 v60, 0x7f, v55
	v_cmp_ne_u16_e64 s[8:9], s49, v60
	v_cndmask_b32_e64 v56, v46, v56, s[4:5]
	v_lshlrev_b16_e32 v55, 8, v55
	v_cndmask_b32_e64 v61, v39, v61, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 0, v60
	v_and_b32_e32 v55, 0xffff8000, v55
	.loc	1 195 13                        ; kernels.py:195:13
	v_cndmask_b32_e32 v53, v46, v53, vcc
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v61, 0, v61, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 1, v60
	s_nop 1
	v_cndmask_b32_e64 v61, v40, v61, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 2, v60
	s_nop 1
	v_cndmask_b32_e64 v61, v41, v61, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 3, v60
	s_nop 1
	v_cndmask_b32_e64 v61, v42, v61, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 4, v60
	s_nop 1
	v_cndmask_b32_e64 v61, v43, v61, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 5, v60
	s_nop 1
	v_cndmask_b32_e64 v61, v44, v61, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 6, v60
	s_nop 1
	v_cndmask_b32_e64 v61, v45, v61, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 7, v60
	v_lshlrev_b16_e32 v60, 8, v14
	v_and_b32_e32 v60, 0xffff8000, v60
	v_or_b32_e32 v56, v56, v60
	v_lshlrev_b16_sdwa v60, v47, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v60, 0xffff8000, v60
	v_lshlrev_b16_sdwa v14, v47, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v57, v57, v60
	v_and_b32_e32 v14, 0xffff8000, v14
	v_cndmask_b32_e64 v60, v46, v61, s[8:9]
	v_or_b32_e32 v14, v58, v14
	v_or_b32_e32 v55, v60, v55
	.loc	1 197 16                        ; kernels.py:197:16
	v_perm_b32 v57, v14, v57, s50
	v_perm_b32 v56, v55, v56, s50
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16_sdwa v55, v48, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v55, 0x3f80, v55
	.loc	1 197 16                        ; kernels.py:197:16
	v_mfma_f32_16x16x16_f16 v[0:3], v[56:57], v[10:11], v[0:3]
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16_sdwa v11, v48, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v56, v12, s49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v11, 0x3f80, v11
	v_add_u16_e32 v11, 0x2000, v11
	v_cmp_ne_u16_e64 s[0:1], s49, v56
	v_and_b32_sdwa v57, v12, s49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_lshlrev_b16_e32 v60, 7, v12
	v_cndmask_b32_e64 v11, v39, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v56
	v_add_u16_e32 v55, 0x2000, v55
	v_cmp_ne_u16_e64 s[2:3], s49, v57
	v_cndmask_b32_e64 v11, 0, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v56
	v_lshlrev_b16_e32 v58, 8, v12
	v_lshlrev_b16_sdwa v14, v47, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v11, v40, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v56
	v_lshlrev_b16_sdwa v10, v47, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v12, 0x7f, v12
	v_cndmask_b32_e64 v11, v41, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v56
	v_cndmask_b32_e64 v55, v39, v55, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v57
	v_cndmask_b32_e64 v11, v42, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v56
	v_cndmask_b32_e64 v55, 0, v55, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v57
	v_cndmask_b32_e64 v11, v43, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v56
	v_cmp_ne_u16_e64 s[4:5], s49, v12
	v_cndmask_b32_e64 v55, v40, v55, s[2:3]
	v_cndmask_b32_e64 v11, v44, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v56
	v_cmp_ne_u16_e64 s[2:3], 2, v57
	v_cmp_ne_u16_e64 s[8:9], 7, v12
	v_cndmask_b32_e64 v11, v45, v11, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v56
	v_and_b32_e32 v56, 0x3f80, v60
	v_add_u16_e32 v56, 0x2000, v56
	v_cndmask_b32_e64 v56, v39, v56, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v12
	v_cndmask_b32_e64 v55, v41, v55, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v57
	v_cndmask_b32_e64 v56, 0, v56, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v12
	v_cndmask_b32_e64 v55, v42, v55, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v57
	v_cndmask_b32_e64 v56, v40, v56, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v12
	v_cndmask_b32_e64 v55, v43, v55, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v57
	v_cndmask_b32_e64 v56, v41, v56, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v12
	v_cndmask_b32_e64 v55, v44, v55, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v57
	v_cndmask_b32_e64 v56, v42, v56, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v12
	v_cndmask_b32_e64 v55, v45, v55, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v57
	v_lshlrev_b16_e32 v57, 7, v59
	v_cndmask_b32_e64 v56, v43, v56, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v12
	v_and_b32_e32 v57, 0x3f80, v57
	v_add_u16_e32 v57, 0x2000, v57
	v_cndmask_b32_e64 v56, v44, v56, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v12
	v_and_b32_e32 v12, 0x7f, v59
	v_and_b32_e32 v10, 0xffff8000, v10
	v_cndmask_b32_e64 v56, v45, v56, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], s49, v12
	v_cndmask_b32_e64 v11, v46, v11, s[0:1]
	v_and_b32_e32 v14, 0xffff8000, v14
	v_cndmask_b32_e64 v57, v39, v57, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v12
	v_cndmask_b32_e64 v55, v46, v55, s[2:3]
	v_or_b32_e32 v10, v11, v10
	v_cndmask_b32_e64 v57, 0, v57, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v12
	v_lshlrev_b16_e32 v11, 8, v59
	v_cndmask_b32_e64 v56, v46, v56, s[8:9]
	v_cndmask_b32_e64 v57, v40, v57, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v12
	v_or_b32_e32 v14, v55, v14
	v_and_b32_e32 v11, 0xffff8000, v11
	v_cndmask_b32_e64 v57, v41, v57, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v12
	v_lshlrev_b16_e32 v61, 7, v15
	v_lshlrev_b16_sdwa v59, v47, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v57, v42, v57, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v12
	v_cmp_ne_u16_e64 s[2:3], 7, v69
	v_and_b32_e32 v59, 0xffff8000, v59
	v_cndmask_b32_e64 v57, v43, v57, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v12
	s_nop 1
	v_cndmask_b32_e64 v57, v44, v57, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v12
	s_nop 1
	v_cndmask_b32_e64 v60, v45, v57, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v12
	v_and_b32_e32 v12, 0xffff8000, v58
	v_or_b32_e32 v12, v56, v12
	v_cndmask_b32_e64 v55, v46, v60, s[4:5]
	v_or_b32_e32 v55, v55, v11
	.loc	1 197 16                        ; kernels.py:197:16
	v_perm_b32 v11, v10, v14, s50
	v_perm_b32 v10, v55, v12, s50
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16_sdwa v12, v48, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v14, v15, s49 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v12, 0x3f80, v12
	v_add_u16_e32 v12, 0x2000, v12
	v_cmp_ne_u16_e64 s[0:1], s49, v14
	v_cmp_ne_u16_e64 s[20:21], 7, v14
	v_cmp_ne_u16_e64 s[4:5], s49, v71
	v_cndmask_b32_e64 v12, v39, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v14
	v_lshlrev_b16_e32 v57, 8, v15
	v_lshlrev_b16_sdwa v58, v47, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v12, 0, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v14
	v_lshrrev_b32_e32 v55, 8, v13
	v_lshlrev_b16_sdwa v15, v47, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v12, v40, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v14
	v_lshlrev_b16_sdwa v56, v47, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v57, 0xffff8000, v57
	v_cndmask_b32_e64 v12, v41, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v14
	v_and_b32_e32 v58, 0xffff8000, v58
	v_and_b32_e32 v15, 0xffff8000, v15
	v_cndmask_b32_e64 v12, v42, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v14
	v_and_b32_e32 v56, 0xffff8000, v56
	.loc	1 197 16                        ; kernels.py:197:16
	v_mfma_f32_16x16x16_f16 v[0:3], v[10:11], v[8:9], v[0:3]
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v12, v43, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v14
	s_nop 1
	v_cndmask_b32_e64 v12, v44, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v14
	v_and_b32_e32 v14, 0x3f80, v66
	v_add_u16_e32 v14, 0x2000, v14
	v_cndmask_b32_e64 v60, v45, v12, s[0:1]
	v_and_b32_e32 v12, 0x3f80, v63
	v_add_u16_e32 v12, 0x2000, v12
	v_cmp_ne_u16_e64 s[0:1], s49, v64
	v_cndmask_b32_e64 v14, v39, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v71
	v_cndmask_b32_e64 v12, v39, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v64
	v_cndmask_b32_e64 v14, 0, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v71
	v_cndmask_b32_e64 v12, 0, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v64
	v_cndmask_b32_e64 v14, v40, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v71
	v_cndmask_b32_e64 v12, v40, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v64
	v_cndmask_b32_e64 v14, v41, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v71
	v_cndmask_b32_e64 v12, v41, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v64
	v_cndmask_b32_e64 v14, v42, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v71
	v_cndmask_b32_e64 v12, v42, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v64
	v_cndmask_b32_e64 v14, v43, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v71
	v_cndmask_b32_e64 v12, v43, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v64
	v_cndmask_b32_e64 v14, v44, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v71
	v_cndmask_b32_e64 v12, v44, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v64
	v_and_b32_e32 v66, 0x7f, v55
	v_cmp_ne_u16_e64 s[8:9], s49, v66
	v_cndmask_b32_e64 v63, v45, v12, s[0:1]
	v_and_b32_e32 v12, 0x3f80, v61
	v_add_u16_e32 v12, 0x2000, v12
	v_cmp_ne_u16_e64 s[0:1], s49, v65
	v_and_b32_e32 v61, 0x7f, v52
	v_cndmask_b32_e64 v63, v46, v63, s[18:19]
	v_cndmask_b32_e64 v12, v39, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v65
	v_cndmask_b32_e64 v60, v46, v60, s[20:21]
	v_or_b32_e32 v58, v63, v58
	v_cndmask_b32_e64 v12, 0, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v65
	v_or_b32_e32 v60, v60, v59
	v_and_b32_e32 v59, 0xffff8000, v62
	v_cndmask_b32_e64 v12, v40, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v65
	s_nop 1
	v_cndmask_b32_e64 v12, v41, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v65
	s_nop 1
	v_cndmask_b32_e64 v12, v42, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v65
	s_nop 1
	v_cndmask_b32_e64 v12, v43, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v65
	s_nop 1
	v_cndmask_b32_e64 v12, v44, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v65
	v_cndmask_b32_e64 v65, v45, v14, s[4:5]
	v_lshlrev_b16_e32 v14, 7, v52
	v_cndmask_b32_e64 v64, v45, v12, s[0:1]
	v_and_b32_e32 v12, 0x3f80, v68
	v_add_u16_e32 v12, 0x2000, v12
	v_cmp_ne_u16_e64 s[0:1], s49, v69
	v_and_b32_e32 v14, 0x3f80, v14
	v_add_u16_e32 v14, 0x2000, v14
	v_cndmask_b32_e64 v12, v39, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v69
	v_cmp_ne_u16_e64 s[4:5], s49, v61
	v_lshlrev_b16_e32 v52, 8, v52
	v_cndmask_b32_e64 v12, 0, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v69
	v_cndmask_b32_e64 v14, v39, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 0, v61
	v_cndmask_b32_e64 v12, v40, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v69
	v_cndmask_b32_e64 v14, 0, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 1, v61
	v_cndmask_b32_e64 v12, v41, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v69
	v_cndmask_b32_e64 v14, v40, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 2, v61
	v_cndmask_b32_e64 v12, v42, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v69
	v_cndmask_b32_e64 v14, v41, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 3, v61
	v_cndmask_b32_e64 v12, v43, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v69
	v_cndmask_b32_e64 v14, v42, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 4, v61
	v_cndmask_b32_e64 v12, v44, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v69
	v_cndmask_b32_e64 v14, v43, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 5, v61
	v_cndmask_b32_e64 v13, v45, v12, s[0:1]
	v_and_b32_e32 v12, 0x3f80, v67
	v_add_u16_e32 v12, 0x2000, v12
	v_cmp_ne_u16_e64 s[0:1], s49, v70
	v_cndmask_b32_e64 v14, v44, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 6, v61
	v_cndmask_b32_e64 v12, v39, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 0, v70
	v_cndmask_b32_e64 v14, v45, v14, s[4:5]
	v_cmp_ne_u16_e64 s[4:5], 7, v61
	v_cndmask_b32_e64 v12, 0, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 1, v70
	v_lshlrev_b16_e32 v61, 7, v55
	v_and_b32_e32 v61, 0x3f80, v61
	v_cndmask_b32_e64 v12, v40, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 2, v70
	v_add_u16_e32 v61, 0x2000, v61
	v_cndmask_b32_e64 v61, v39, v61, s[8:9]
	v_cndmask_b32_e64 v12, v41, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 3, v70
	v_cmp_ne_u16_e64 s[8:9], 0, v66
	v_cndmask_b32_e64 v64, v46, v64, s[14:15]
	v_cndmask_b32_e64 v12, v42, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 4, v70
	v_cndmask_b32_e64 v61, 0, v61, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 1, v66
	v_cndmask_b32_e64 v12, v43, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 5, v70
	v_cndmask_b32_e64 v61, v40, v61, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 2, v66
	v_cndmask_b32_e64 v12, v44, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 6, v70
	v_cndmask_b32_e64 v61, v41, v61, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 3, v66
	v_cndmask_b32_e64 v12, v45, v12, s[0:1]
	v_cmp_ne_u16_e64 s[0:1], 7, v70
	v_cndmask_b32_e64 v61, v42, v61, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 4, v66
	v_and_b32_e32 v52, 0xffff8000, v52
	v_cndmask_b32_e64 v12, v46, v12, s[0:1]
	v_cndmask_b32_e64 v14, v46, v14, s[4:5]
	v_cndmask_b32_e64 v61, v43, v61, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 5, v66
	v_or_b32_e32 v57, v64, v57
	v_cndmask_b32_e64 v13, v46, v13, s[2:3]
	v_or_b32_e32 v15, v12, v15
	v_or_b32_e32 v12, v14, v52
	v_cndmask_b32_e64 v61, v44, v61, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 6, v66
	v_or_b32_e32 v56, v13, v56
	.loc	1 197 16                        ; kernels.py:197:16
	v_perm_b32 v13, v60, v58, s50
	v_perm_b32 v12, v12, v57, s50
	.loc	1 196 13                        ; kernels.py:196:13
	v_cndmask_b32_e64 v61, v45, v61, s[8:9]
	v_cmp_ne_u16_e64 s[8:9], 7, v66
	v_lshlrev_b16_e32 v55, 8, v55
	v_cndmask_b32_e64 v62, v46, v65, s[16:17]
	v_and_b32_e32 v55, 0xffff8000, v55
	v_cndmask_b32_e64 v61, v46, v61, s[8:9]
	v_or_b32_e32 v59, v62, v59
	v_or_b32_e32 v8, v61, v55
	.loc	1 197 16                        ; kernels.py:197:16
	v_perm_b32 v9, v56, v15, s50
	v_perm_b32 v8, v8, v59, s50
	v_mfma_f32_16x16x16_f16 v[0:3], v[12:13], v[6:7], v[0:3]
	.loc	1 195 13                        ; kernels.py:195:13
	v_or_b32_e32 v6, v53, v54
	.loc	1 197 16                        ; kernels.py:197:16
	v_perm_b32 v7, v51, v50, s50
	v_perm_b32 v6, v6, v49, s50
	s_nop 1
	v_mfma_f32_16x16x16_f16 v[0:3], v[8:9], v[6:7], v[0:3]
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_2
; %bb.3:                                ; %._crit_edge
	.loc	1 198 5                         ; kernels.py:198:5
	s_cmp_lg_u32 s46, 0
	s_cbranch_scc1 .LBB0_5
.LBB0_4:                                ; %.critedge
	.loc	1 190 10                        ; kernels.py:190:10
	v_or_b32_e32 v5, s33, v16
	.loc	1 198 22                        ; kernels.py:198:22
	v_mul_lo_u32 v6, s13, v5
	.loc	1 191 10                        ; kernels.py:191:10
	v_or_b32_e32 v4, s47, v17
	.loc	1 198 14                        ; kernels.py:198:14
	v_ashrrev_i32_e32 v7, 31, v6
	v_lshl_add_u64 v[6:7], v[6:7], 2, s[6:7]
	v_ashrrev_i32_e32 v5, 31, v4
	v_lshl_add_u64 v[4:5], v[4:5], 2, v[6:7]
	.loc	1 198 5 is_stmt 0               ; kernels.py:198:5
	global_store_dwordx4 v[4:5], v[0:3], off
.LBB0_5:                                ; %.critedge4
	.loc	1 186 1 is_stmt 1               ; kernels.py:186:1
	s_endpgm
.LBB0_6:
	.loc	1 0 1 is_stmt 0                 ; kernels.py:0:1
	v_mov_b32_e32 v3, 0
	v_mov_b32_e32 v2, v3
	v_mov_b32_e32 v1, v3
	v_mov_b32_e32 v0, v3
	.loc	1 198 5 is_stmt 1               ; kernels.py:198:5
	s_cmp_lg_u32 s46, 0
	s_cbranch_scc0 .LBB0_4
	s_branch .LBB0_5
.Ltmp2:
.Lfunc_end0:
	.size	gemm, .Lfunc_end0-gemm
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel gemm
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 64
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
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 79
		.amdhsa_next_free_sgpr 52
		.amdhsa_accum_offset 80
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
	.set .Lgemm.num_vgpr, 79
	.set .Lgemm.num_agpr, 0
	.set .Lgemm.numbered_sgpr, 52
	.set .Lgemm.num_named_barrier, 0
	.set .Lgemm.private_seg_size, 0
	.set .Lgemm.uses_vcc, 1
	.set .Lgemm.uses_flat_scratch, 0
	.set .Lgemm.has_dyn_sized_stack, 0
	.set .Lgemm.has_recursion, 0
	.set .Lgemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 7048
; TotalNumSgprs: 58
; NumVgprs: 79
; NumAgprs: 0
; TotalNumVgprs: 79
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 7
; VGPRBlocks: 9
; NumSGPRsForWavesPerEU: 58
; NumVGPRsForWavesPerEU: 79
; AccumOffset: 80
; Occupancy: 6
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 19
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
	.byte	0                               ; DW_CHILDREN_no
	.byte	37                              ; DW_AT_producer
	.byte	14                              ; DW_FORM_strp
	.byte	19                              ; DW_AT_language
	.byte	5                               ; DW_FORM_data2
	.byte	3                               ; DW_AT_name
	.byte	14                              ; DW_FORM_strp
	.byte	16                              ; DW_AT_stmt_list
	.byte	23                              ; DW_FORM_sec_offset
	.byte	27                              ; DW_AT_comp_dir
	.byte	14                              ; DW_FORM_strp
	.ascii	"\341\177"                      ; DW_AT_APPLE_optimized
	.byte	25                              ; DW_FORM_flag_present
	.byte	17                              ; DW_AT_low_pc
	.byte	1                               ; DW_FORM_addr
	.byte	18                              ; DW_AT_high_pc
	.byte	6                               ; DW_FORM_data4
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
	.byte	1                               ; Abbrev [1] 0xb:0x1f DW_TAG_compile_unit
	.long	.Linfo_string0                  ; DW_AT_producer
	.short	2                               ; DW_AT_language
	.long	.Linfo_string1                  ; DW_AT_name
	.long	.Lline_table_start0             ; DW_AT_stmt_list
	.long	.Linfo_string2                  ; DW_AT_comp_dir
                                        ; DW_AT_APPLE_optimized
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
.Ldebug_info_end0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0 ; triton
.Linfo_string1:
	.asciz	"kernels.py"                    ; string offset=7 ; kernels.py
.Linfo_string2:
	.asciz	"samples/corpus"     ; string offset=18 ; samples/corpus
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
      - .offset:         24
        .size:           4
        .value_kind:     by_value
      - .offset:         28
        .size:           4
        .value_kind:     by_value
      - .offset:         32
        .size:           4
        .value_kind:     by_value
      - .offset:         36
        .size:           4
        .value_kind:     by_value
      - .offset:         40
        .size:           4
        .value_kind:     by_value
      - .offset:         44
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         48
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         56
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 64
    .max_flat_workgroup_size: 128
    .name:           gemm
    .private_segment_fixed_size: 0
    .sgpr_count:     58
    .sgpr_spill_count: 0
    .symbol:         gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     79
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

	.amdgcn_target "amdgpu9.0a-amd-amdhsa-unknown-gfx90a"
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
	s_load_dwordx2 s[6:7], s[4:5], 0x0
	s_load_dwordx8 s[8:15], s[4:5], 0x8
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
	s_lshr_b32 s2, s0, 6
	.loc	1 190 10                        ; kernels.py:190:10
	s_lshl_b32 s1, s16, 4
	.loc	1 190 23 is_stmt 0              ; kernels.py:190:23
	v_and_b32_e32 v1, 48, v0
	.loc	1 191 10 is_stmt 1              ; kernels.py:191:10
	s_lshl_b32 s17, s17, 4
	.loc	1 190 23                        ; kernels.py:190:23
	v_and_b32_e32 v10, 15, v0
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_lt_i32 s14, 1
	.loc	1 190 23                        ; kernels.py:190:23
	v_lshrrev_b32_e32 v11, 2, v1
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_6
; %bb.1:                                ; %.lr.ph
                                        ; implicit-def: $vgpr94 : SGPR spill to VGPR lane
	.loc	1 190 23                        ; kernels.py:190:23
	v_and_b32_e32 v12, 63, v0
	v_writelane_b32 v94, s10, 0
	v_writelane_b32 v94, s11, 1
	v_writelane_b32 v94, s4, 2
	v_writelane_b32 v94, s5, 3
	v_writelane_b32 v94, s1, 4
	.loc	1 190 10 is_stmt 0              ; kernels.py:190:10
	s_or_b32 s1, s2, s1
	s_load_dword s0, s[4:5], 0x28
	.loc	1 190 23                        ; kernels.py:190:23
	v_lshl_or_b32 v2, s2, 6, v12
	v_writelane_b32 v94, s2, 5
	.loc	1 190 10                        ; kernels.py:190:10
	s_or_b32 s2, s1, 2
	s_or_b32 s3, s1, 4
	s_or_b32 s4, s1, 6
	s_or_b32 s5, s1, 8
	s_or_b32 s10, s1, 10
	s_or_b32 s11, s1, 12
	s_or_b32 s12, s1, 14
	.loc	1 195 29 is_stmt 1              ; kernels.py:195:29
	s_mul_i32 s1, s1, s15
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s13, s1, 31
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s2, s2, s15
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_u32 s1, s6, s1
	v_writelane_b32 v94, s1, 6
	s_addc_u32 s1, s7, s13
	s_ashr_i32 s13, s2, 31
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s3, s3, s15
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_u32 s2, s6, s2
	v_writelane_b32 v94, s2, 7
	s_addc_u32 s2, s7, s13
	s_ashr_i32 s13, s3, 31
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s4, s4, s15
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_u32 s3, s6, s3
	v_lshlrev_b32_e32 v0, 1, v0
	v_writelane_b32 v94, s3, 8
	s_addc_u32 s3, s7, s13
	s_ashr_i32 s13, s4, 31
	v_and_b32_e32 v0, 28, v0
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s5, s5, s15
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_u32 s4, s6, s4
	.loc	1 191 10 is_stmt 1              ; kernels.py:191:10
	v_or_b32_e32 v4, s17, v10
	v_xor_b32_e32 v0, v0, v11
	.loc	1 195 21                        ; kernels.py:195:21
	v_writelane_b32 v94, s4, 9
	s_addc_u32 s13, s7, s13
	s_ashr_i32 s4, s5, 31
	v_lshl_or_b32 v39, v10, 6, v0
	v_ashrrev_i32_e32 v0, 31, v4
	.loc	1 194 5                         ; kernels.py:194:5
	v_mov_b32_e32 v14, s9
	v_add_co_u32_e32 v13, vcc, s8, v4
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s10, s10, s15
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_add_u32 s5, s6, s5
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	v_addc_co_u32_e32 v14, vcc, v14, v0, vcc
	v_lshrrev_b32_e32 v0, 4, v2
	.loc	1 195 21                        ; kernels.py:195:21
	s_addc_u32 s16, s7, s4
	s_ashr_i32 s4, s10, 31
	.loc	1 194 5                         ; kernels.py:194:5
	v_add_u32_e32 v4, 56, v0
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s11, s11, s15
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_add_u32 s94, s6, s10
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v15, s0, v4
	v_add_u32_e32 v4, 48, v0
	.loc	1 195 21                        ; kernels.py:195:21
	s_addc_u32 s10, s7, s4
	s_ashr_i32 s4, s11, 31
	.loc	1 194 5                         ; kernels.py:194:5
	v_mul_lo_u32 v16, s0, v4
	v_add_u32_e32 v4, 40, v0
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s12, s12, s15
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	v_writelane_b32 v94, s5, 10
	s_add_u32 s5, s6, s11
	.loc	1 194 5 is_stmt 1               ; kernels.py:194:5
	v_mul_lo_u32 v17, s0, v4
	v_add_u32_e32 v4, 32, v0
	.loc	1 195 21                        ; kernels.py:195:21
	s_addc_u32 s11, s7, s4
	s_ashr_i32 s15, s12, 31
	.loc	1 194 5                         ; kernels.py:194:5
	v_mul_lo_u32 v18, s0, v4
	v_add_u32_e32 v4, 24, v0
	.loc	1 195 21                        ; kernels.py:195:21
	s_add_u32 s4, s6, s12
	.loc	1 194 5                         ; kernels.py:194:5
	v_mul_lo_u32 v19, s0, v4
	v_add_u32_e32 v4, 16, v0
	.loc	1 195 21                        ; kernels.py:195:21
	s_addc_u32 s6, s7, s15
	.loc	1 194 5                         ; kernels.py:194:5
	v_add_u32_e32 v3, 0, v10
	v_xor_b32_e32 v5, 4, v2
	v_xor_b32_e32 v6, 8, v2
	v_xor_b32_e32 v7, 12, v2
	v_xor_b32_e32 v8, 16, v2
	v_xor_b32_e32 v9, 20, v2
	v_xor_b32_e32 v37, 24, v2
	v_xor_b32_e32 v38, 28, v2
	v_xor_b32_e32 v40, 16, v39
	v_lshlrev_b32_e32 v1, 2, v1
	v_mul_lo_u32 v20, s0, v4
	v_add_u32_e32 v4, 8, v0
	v_mul_lo_u32 v22, s0, v0
	v_mov_b32_e32 v0, 0
	s_mov_b32 s15, 0
	s_lshl_b32 s33, s0, 6
	v_mul_lo_u32 v21, s0, v4
	v_mov_b32_e32 v23, s1
	v_mov_b32_e32 v24, s2
	v_mov_b32_e32 v25, s3
	v_mov_b32_e32 v26, s13
	v_mov_b32_e32 v27, s16
	v_mov_b32_e32 v28, s10
	v_mov_b32_e32 v29, s11
	v_mov_b32_e32 v30, s6
	v_add_u32_e32 v31, 0, v2
	v_add_u32_e32 v32, 0, v5
	v_add_u32_e32 v33, 0, v6
	v_add_u32_e32 v34, 0, v7
	v_add_u32_e32 v35, 0, v8
	v_add_u32_e32 v36, 0, v9
	v_add_u32_e32 v37, 0, v37
	v_add_u32_e32 v38, 0, v38
	v_add_u32_e32 v39, 0, v39
	v_add_u32_e32 v40, 0, v40
	v_add_u32_e32 v41, v3, v1
	s_movk_i32 s11, 0x7f
	v_mov_b32_e32 v42, 0x7e00
	v_mov_b32_e32 v43, 0x1800
	v_mov_b32_e32 v44, 0x1c00
	v_mov_b32_e32 v45, 0x1e00
	v_mov_b32_e32 v46, 0x2000
	v_mov_b32_e32 v47, 0x2100
	v_mov_b32_e32 v48, 0x2200
	v_mov_b32_e32 v49, 0x2300
	s_mov_b32 s10, 0x5040100
	v_mov_b32_e32 v50, 8
	v_mov_b32_e32 v51, 7
	v_mov_b32_e32 v1, v0
	v_mov_b32_e32 v2, v0
	v_mov_b32_e32 v3, v0
	s_mov_b32 s95, 0
	v_writelane_b32 v94, s17, 11
.LBB0_2:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_u32_e32 v53, s95, v12
	v_readlane_b32 s0, v94, 6
	v_add_co_u32_e32 v4, vcc, s0, v53
	v_readlane_b32 s0, v94, 7
	v_readlane_b32 s2, v94, 8
	v_ashrrev_i32_e32 v58, 31, v53
	v_add_co_u32_e64 v6, s[0:1], s0, v53
	v_add_co_u32_e64 v8, s[2:3], s2, v53
	v_readlane_b32 s6, v94, 9
	v_add_co_u32_e64 v52, s[6:7], s6, v53
	v_readlane_b32 s8, v94, 10
	v_addc_co_u32_e32 v5, vcc, v23, v58, vcc
	v_addc_co_u32_e64 v7, s[0:1], v24, v58, s[0:1]
	v_addc_co_u32_e64 v9, s[2:3], v25, v58, s[2:3]
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_u32_e32 v55, s15, v22
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32_e64 v54, s[8:9], s8, v53
	.loc	1 195 13 is_stmt 0              ; kernels.py:195:13
	global_load_ubyte v71, v[4:5], off
	global_load_ubyte v72, v[6:7], off
	global_load_ubyte v73, v[8:9], off
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32_e32 v4, vcc, s94, v53
	v_add_co_u32_e64 v6, s[0:1], s5, v53
	v_add_co_u32_e64 v8, s[2:3], s4, v53
	v_addc_co_u32_e64 v53, s[6:7], v26, v58, s[6:7]
	.loc	1 196 29 is_stmt 1              ; kernels.py:196:29
	v_add_u32_e32 v56, s15, v21
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v60, 31, v55
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	global_load_ubyte v74, v[52:53], off
	.loc	1 196 21                        ; kernels.py:196:21
	v_add_co_u32_e64 v52, s[6:7], v13, v55
	.loc	1 195 21                        ; kernels.py:195:21
	v_addc_co_u32_e32 v5, vcc, v28, v58, vcc
	v_addc_co_u32_e64 v7, vcc, v29, v58, s[0:1]
	v_addc_co_u32_e64 v9, vcc, v30, v58, s[2:3]
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_u32_e32 v57, s15, v20
	.loc	1 196 21 is_stmt 0              ; kernels.py:196:21
	v_ashrrev_i32_e32 v62, 31, v56
	v_add_co_u32_e32 v56, vcc, v13, v56
	v_addc_co_u32_e64 v53, s[0:1], v14, v60, s[6:7]
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_u32_e32 v59, s15, v19
	.loc	1 196 21                        ; kernels.py:196:21
	v_ashrrev_i32_e32 v64, 31, v57
	.loc	1 195 21 is_stmt 1              ; kernels.py:195:21
	v_addc_co_u32_e64 v55, s[8:9], v27, v58, s[8:9]
	.loc	1 196 21                        ; kernels.py:196:21
	v_add_co_u32_e64 v58, s[0:1], v13, v57
	v_addc_co_u32_e32 v57, vcc, v14, v62, vcc
	.loc	1 196 29 is_stmt 0              ; kernels.py:196:29
	v_add_u32_e32 v61, s15, v18
	.loc	1 196 21                        ; kernels.py:196:21
	v_ashrrev_i32_e32 v66, 31, v59
	v_add_co_u32_e32 v60, vcc, v13, v59
	v_addc_co_u32_e64 v59, s[0:1], v14, v64, s[0:1]
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_u32_e32 v63, s15, v17
	.loc	1 196 21                        ; kernels.py:196:21
	v_ashrrev_i32_e32 v67, 31, v61
	v_add_co_u32_e64 v62, s[0:1], v13, v61
	v_addc_co_u32_e32 v61, vcc, v14, v66, vcc
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_u32_e32 v65, s15, v16
	.loc	1 196 21                        ; kernels.py:196:21
	v_ashrrev_i32_e32 v69, 31, v63
	v_add_co_u32_e32 v64, vcc, v13, v63
	v_addc_co_u32_e64 v63, s[0:1], v14, v67, s[0:1]
	v_ashrrev_i32_e32 v70, 31, v65
	v_add_co_u32_e64 v66, s[0:1], v13, v65
	v_addc_co_u32_e32 v65, vcc, v14, v69, vcc
	v_addc_co_u32_e64 v67, vcc, v14, v70, s[0:1]
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	global_load_ubyte v70, v[54:55], off
	global_load_ubyte v75, v[4:5], off
	global_load_ubyte v76, v[6:7], off
	global_load_ubyte v77, v[8:9], off
	s_barrier
	.loc	1 196 21                        ; kernels.py:196:21
	v_add_u32_e32 v68, s15, v15
	v_ashrrev_i32_e32 v69, 31, v68
	v_add_co_u32_e32 v68, vcc, v13, v68
	.loc	1 195 13                        ; kernels.py:195:13
	s_waitcnt vmcnt(7)
	ds_write_b8 v31, v71
	s_waitcnt vmcnt(6)
	ds_write_b8 v32, v72 offset:128
	s_waitcnt vmcnt(5)
	ds_write_b8 v33, v73 offset:256
	s_waitcnt vmcnt(4)
	ds_write_b8 v34, v74 offset:384
	s_waitcnt vmcnt(3)
	ds_write_b8 v35, v70 offset:512
	s_waitcnt vmcnt(2)
	ds_write_b8 v36, v75 offset:640
	s_waitcnt vmcnt(1)
	ds_write_b8 v37, v76 offset:768
	s_waitcnt vmcnt(0)
	ds_write_b8 v38, v77 offset:896
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ubyte v71, v[52:53], off
	global_load_ubyte v72, v[56:57], off
	.loc	1 195 13                        ; kernels.py:195:13
	ds_read2_b32 v[52:53], v39 offset1:8
	.loc	1 196 21                        ; kernels.py:196:21
	v_addc_co_u32_e32 v69, vcc, v14, v69, vcc
	.loc	1 196 13 is_stmt 0              ; kernels.py:196:13
	global_load_ubyte v73, v[58:59], off
	global_load_ubyte v74, v[60:61], off
	global_load_ubyte v75, v[62:63], off
	global_load_ubyte v76, v[64:65], off
	global_load_ubyte v77, v[66:67], off
	global_load_ubyte v78, v[68:69], off
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	ds_read2_b32 v[56:57], v40 offset1:8
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b16_e32 v6, 7, v52
	v_and_b32_e32 v80, 0x7f, v52
	v_and_b32_e32 v6, 0x3f80, v6
	v_cmp_ne_u16_e64 s[42:43], s11, v80
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[52:53], 0, v80
	v_cndmask_b32_e64 v6, v42, v6, s[42:43]
	v_cmp_ne_u16_e64 s[76:77], 1, v80
	v_cndmask_b32_e64 v6, 0, v6, s[52:53]
	v_cmp_ne_u16_e64 s[74:75], 2, v80
	v_cndmask_b32_e64 v6, v43, v6, s[76:77]
	v_cmp_ne_u16_e64 s[72:73], 3, v80
	v_cndmask_b32_e64 v6, v44, v6, s[74:75]
	v_cmp_ne_u16_e64 s[70:71], 4, v80
	v_cndmask_b32_e64 v6, v45, v6, s[72:73]
	v_cmp_ne_u16_e64 s[68:69], 5, v80
	v_cndmask_b32_e64 v6, v46, v6, s[70:71]
	v_cmp_ne_u16_e64 s[66:67], 6, v80
	v_cndmask_b32_e64 v6, v47, v6, s[68:69]
	v_lshlrev_b16_e32 v5, 8, v52
	v_cmp_ne_u16_e64 s[64:65], 7, v80
	v_cndmask_b32_e64 v6, v48, v6, s[66:67]
	v_lshlrev_b16_sdwa v59, v51, v52 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e64 v6, v49, v6, s[64:65]
	v_and_b32_sdwa v79, v52, s11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v6, v6, v5
	v_and_b32_e32 v5, 0x3f80, v59
	v_cmp_ne_u16_e64 s[62:63], s11, v79
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e64 s[60:61], 0, v79
	v_cndmask_b32_e64 v5, v42, v5, s[62:63]
	v_cmp_ne_u16_e64 s[58:59], 1, v79
	v_cndmask_b32_e64 v5, 0, v5, s[60:61]
	v_cmp_ne_u16_e64 s[56:57], 2, v79
	v_cndmask_b32_e64 v5, v43, v5, s[58:59]
	v_cmp_ne_u16_e64 s[54:55], 3, v79
	v_cndmask_b32_e64 v5, v44, v5, s[56:57]
	v_cmp_ne_u16_e64 s[48:49], 4, v79
	v_cndmask_b32_e64 v5, v45, v5, s[54:55]
	v_cmp_ne_u16_e64 s[46:47], 5, v79
	v_cndmask_b32_e64 v5, v46, v5, s[48:49]
	v_cmp_ne_u16_e64 s[44:45], 6, v79
	v_cndmask_b32_e64 v5, v47, v5, s[46:47]
	v_lshlrev_b16_sdwa v58, v50, v52 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e64 s[38:39], 7, v79
	v_cndmask_b32_e64 v5, v48, v5, s[44:45]
	v_lshlrev_b16_sdwa v69, v51, v52 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v58, 0xffff8000, v58
	v_cndmask_b32_e64 v5, v49, v5, s[38:39]
	v_and_b32_sdwa v70, v52, s11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v5, v5, v58
	v_and_b32_e32 v58, 0x3f80, v69
	v_cmp_ne_u16_e64 s[36:37], s11, v70
	v_add_u16_e32 v58, 0x2000, v58
	v_cmp_ne_u16_e64 s[30:31], 0, v70
	v_cndmask_b32_e64 v58, v42, v58, s[36:37]
	v_cmp_ne_u16_e64 s[28:29], 1, v70
	v_cndmask_b32_e64 v58, 0, v58, s[30:31]
	v_cmp_ne_u16_e64 s[92:93], 2, v70
	v_cndmask_b32_e64 v58, v43, v58, s[28:29]
	v_cmp_ne_u16_e64 s[8:9], 3, v70
	v_cndmask_b32_e64 v58, v44, v58, s[92:93]
	v_cmp_ne_u16_e64 s[6:7], 4, v70
	v_cndmask_b32_e64 v58, v45, v58, s[8:9]
	v_cmp_ne_u16_e64 s[2:3], 5, v70
	v_cndmask_b32_e64 v58, v46, v58, s[6:7]
	v_cmp_ne_u16_e32 vcc, 6, v70
	v_cndmask_b32_e64 v58, v47, v58, s[2:3]
	v_lshlrev_b16_sdwa v60, v50, v52 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cmp_ne_u16_e64 s[0:1], 7, v70
	v_cndmask_b32_e32 v58, v48, v58, vcc
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_e32 v85, 7, v56
	v_and_b32_e32 v59, 0xffff8000, v60
	v_cndmask_b32_e64 v58, v49, v58, s[0:1]
	v_and_b32_e32 v89, 0x7f, v56
	v_or_b32_e32 v58, v58, v59
	v_and_b32_e32 v59, 0x3f80, v85
	v_cmp_ne_u16_e64 s[64:65], s11, v89
	v_add_u16_e32 v59, 0x2000, v59
	v_cmp_ne_u16_e64 s[62:63], 0, v89
	v_cndmask_b32_e64 v59, v42, v59, s[64:65]
	v_cmp_ne_u16_e64 s[68:69], 1, v89
	v_cndmask_b32_e64 v59, 0, v59, s[62:63]
	v_cmp_ne_u16_e64 s[58:59], 2, v89
	v_cndmask_b32_e64 v59, v43, v59, s[68:69]
	v_cmp_ne_u16_e64 s[56:57], 3, v89
	v_cndmask_b32_e64 v59, v44, v59, s[58:59]
	v_cmp_ne_u16_e64 s[72:73], 4, v89
	v_cndmask_b32_e64 v59, v45, v59, s[56:57]
	v_cmp_ne_u16_e64 s[80:81], 5, v89
	v_cndmask_b32_e64 v59, v46, v59, s[72:73]
	v_cmp_ne_u16_e64 s[88:89], 6, v89
	v_cndmask_b32_e64 v59, v47, v59, s[80:81]
	v_lshlrev_b16_e32 v81, 8, v56
	v_cmp_ne_u16_e64 s[90:91], 7, v89
	v_cndmask_b32_e64 v59, v48, v59, s[88:89]
	v_lshlrev_b16_sdwa v86, v51, v56 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v60, 0xffff8000, v81
	v_cndmask_b32_e64 v59, v49, v59, s[90:91]
	v_and_b32_sdwa v88, v56, s11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_or_b32_e32 v59, v59, v60
	v_and_b32_e32 v60, 0x3f80, v86
	v_cmp_ne_u16_e64 s[24:25], s11, v88
	v_add_u16_e32 v60, 0x2000, v60
	v_cmp_ne_u16_e64 s[42:43], 0, v88
	v_cndmask_b32_e64 v60, v42, v60, s[24:25]
	v_cmp_ne_u16_e64 s[52:53], 1, v88
	v_cndmask_b32_e64 v60, 0, v60, s[42:43]
	v_cmp_ne_u16_e64 s[76:77], 2, v88
	v_cndmask_b32_e64 v60, v43, v60, s[52:53]
	v_cmp_ne_u16_e64 s[74:75], 3, v88
	v_cndmask_b32_e64 v60, v44, v60, s[76:77]
	v_cmp_ne_u16_e64 s[78:79], 4, v88
	v_cndmask_b32_e64 v60, v45, v60, s[74:75]
	v_cmp_ne_u16_e64 s[82:83], 5, v88
	v_cndmask_b32_e64 v60, v46, v60, s[78:79]
	v_cmp_ne_u16_e64 s[84:85], 6, v88
	v_cndmask_b32_e64 v60, v47, v60, s[82:83]
	v_lshlrev_b16_sdwa v90, v50, v56 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cmp_ne_u16_e64 s[86:87], 7, v88
	v_cndmask_b32_e64 v60, v48, v60, s[84:85]
	v_lshlrev_b16_sdwa v93, v51, v57 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v69, 0xffff8000, v90
	v_cndmask_b32_e64 v60, v49, v60, s[86:87]
	v_lshlrev_b16_sdwa v66, v51, v53 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v67, v51, v56 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v92, v51, v57 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_sdwa v63, v57, s11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v60, v60, v69
	v_and_b32_e32 v69, 0x3f80, v93
	v_lshrrev_b32_e32 v4, 8, v52
	v_lshrrev_b32_e32 v8, 8, v56
	v_lshlrev_b16_e32 v64, 7, v53
	v_and_b32_sdwa v82, v53, s11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_sdwa v87, v56, s11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_lshlrev_b16_e32 v68, 7, v57
	v_and_b32_sdwa v62, v57, s11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v67, 0x3f80, v67
	v_and_b32_e32 v66, 0x3f80, v66
	v_and_b32_e32 v70, 0x3f80, v92
	v_add_u16_e32 v69, 0x2000, v69
	v_cmp_ne_u16_e64 s[24:25], s11, v63
	v_lshrrev_b32_e32 v7, 8, v53
	v_lshlrev_b16_e32 v61, 8, v53
	v_lshlrev_b16_sdwa v9, v50, v53 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v65, v51, v53 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v54, v50, v53 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v83, v53, s11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v84, 0x7f, v53
	v_lshlrev_b16_sdwa v91, v50, v56 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshrrev_b32_e32 v52, 8, v57
	v_lshlrev_b16_e32 v55, 8, v57
	v_lshlrev_b16_sdwa v56, v50, v57 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_lshlrev_b16_sdwa v53, v50, v57 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v57, 0x7f, v57
	v_cmp_ne_u16_e64 s[22:23], s11, v87
	v_cmp_ne_u16_e64 s[54:55], s11, v82
	v_and_b32_e32 v64, 0x3f80, v64
	v_and_b32_e32 v68, 0x3f80, v68
	v_lshlrev_b16_e32 v80, 7, v4
	v_add_u16_e32 v67, 0x2000, v67
	v_lshlrev_b16_e32 v81, 7, v8
	v_add_u16_e32 v66, 0x2000, v66
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v69, v42, v69, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], s11, v62
	v_cmp_ne_u16_e64 s[12:13], 0, v87
	v_cmp_ne_u16_e64 s[60:61], 0, v82
	v_cmp_ne_u16_e64 s[72:73], s11, v84
	v_cmp_ne_u16_e64 s[68:69], 0, v84
	v_cmp_ne_u16_e64 s[62:63], 1, v84
	v_cmp_ne_u16_e64 s[56:57], 2, v84
	v_cmp_ne_u16_e64 s[58:59], 3, v84
	v_cmp_ne_u16_e64 s[74:75], 4, v84
	v_cmp_ne_u16_e64 s[80:81], 5, v84
	v_cmp_ne_u16_e64 s[78:79], 6, v84
	v_cmp_ne_u16_e64 s[76:77], 7, v84
	v_and_b32_e32 v65, 0x3f80, v65
	v_and_b32_e32 v80, 0x3f80, v80
	v_and_b32_e32 v81, 0x3f80, v81
	v_add_u16_e32 v64, 0x2000, v64
	v_add_u16_e32 v68, 0x2000, v68
	v_cndmask_b32_e64 v67, v42, v67, s[22:23]
	v_cndmask_b32_e64 v66, v42, v66, s[54:55]
	v_cndmask_b32_e64 v70, v42, v70, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], s11, v57
	v_and_b32_e32 v84, 0x7f, v4
	v_and_b32_e32 v85, 0x7f, v8
	v_cmp_ne_u16_e64 s[46:47], 1, v82
	v_cmp_ne_u16_e64 s[36:37], 2, v82
	v_cmp_ne_u16_e64 s[38:39], 3, v82
	v_cmp_ne_u16_e64 s[30:31], 4, v82
	v_cmp_ne_u16_e64 s[8:9], 5, v82
	v_cmp_ne_u16_e64 s[2:3], 6, v82
	v_cmp_ne_u16_e32 vcc, 7, v82
	v_cmp_ne_u16_e64 s[70:71], s11, v83
	v_add_u16_e32 v65, 0x2000, v65
	v_lshlrev_b16_e32 v82, 7, v7
	v_add_u16_e32 v80, 0x2000, v80
	v_add_u16_e32 v81, 0x2000, v81
	v_cmp_ne_u16_e64 s[52:53], 0, v63
	v_cndmask_b32_e64 v64, v42, v64, s[72:73]
	v_cndmask_b32_e64 v68, v42, v68, s[24:25]
	v_cmp_ne_u16_e64 s[24:25], s11, v84
	v_cndmask_b32_e64 v67, 0, v67, s[12:13]
	v_cmp_ne_u16_e64 s[12:13], s11, v85
	v_cndmask_b32_e64 v66, 0, v66, s[60:61]
	v_cmp_ne_u16_e64 s[60:61], 0, v62
	v_and_b32_e32 v82, 0x3f80, v82
	v_cmp_ne_u16_e64 s[82:83], 1, v63
	v_cndmask_b32_e64 v65, v42, v65, s[70:71]
	v_cmp_ne_u16_e64 s[70:71], 2, v63
	v_cmp_ne_u16_e64 s[22:23], 3, v63
	v_cndmask_b32_e64 v80, v42, v80, s[24:25]
	v_cmp_ne_u16_e64 s[54:55], 4, v63
	v_cndmask_b32_e64 v81, v42, v81, s[12:13]
	v_cmp_ne_u16_e64 s[42:43], 5, v63
	v_cmp_ne_u16_e64 s[24:25], 6, v63
	v_cmp_ne_u16_e64 s[12:13], 7, v63
	v_cndmask_b32_e64 v63, 0, v64, s[68:69]
	v_cndmask_b32_e64 v64, 0, v69, s[52:53]
	v_cndmask_b32_e64 v69, 0, v70, s[60:61]
	v_cmp_ne_u16_e64 s[60:61], 0, v57
	v_and_b32_e32 v86, 0x7f, v7
	v_cmp_ne_u16_e64 s[66:67], 0, v83
	v_cmp_ne_u16_e64 s[28:29], 1, v83
	v_cmp_ne_u16_e64 s[44:45], 2, v83
	v_cmp_ne_u16_e64 s[48:49], 3, v83
	v_cmp_ne_u16_e64 s[64:65], 4, v83
	v_cmp_ne_u16_e64 s[92:93], 5, v83
	v_cmp_ne_u16_e64 s[6:7], 6, v83
	v_cmp_ne_u16_e64 s[0:1], 7, v83
	v_lshlrev_b16_e32 v83, 7, v52
	v_add_u16_e32 v82, 0x2000, v82
	v_cndmask_b32_e64 v68, 0, v68, s[60:61]
	v_cmp_ne_u16_e64 s[60:61], s11, v86
	v_and_b32_e32 v83, 0x3f80, v83
	v_cndmask_b32_e64 v70, v42, v82, s[60:61]
	v_and_b32_e32 v82, 0x7f, v52
	v_cmp_ne_u16_e64 s[16:17], 1, v87
	v_add_u16_e32 v83, 0x2000, v83
	v_cmp_ne_u16_e64 s[60:61], s11, v82
	v_cndmask_b32_e64 v65, 0, v65, s[66:67]
	v_cmp_ne_u16_e64 s[52:53], 1, v62
	v_cndmask_b32_e64 v83, v42, v83, s[60:61]
	v_cmp_ne_u16_e64 s[60:61], 0, v84
	v_cndmask_b32_e64 v67, v43, v67, s[16:17]
	v_cmp_ne_u16_e64 s[16:17], 0, v85
	v_cndmask_b32_e64 v80, 0, v80, s[60:61]
	v_cmp_ne_u16_e64 s[68:69], 2, v62
	v_cndmask_b32_e64 v81, 0, v81, s[16:17]
	v_cmp_ne_u16_e64 s[72:73], 3, v62
	v_cndmask_b32_e64 v66, v43, v66, s[46:47]
	v_cmp_ne_u16_e64 s[60:61], 4, v62
	v_cndmask_b32_e64 v65, v43, v65, s[28:29]
	v_cmp_ne_u16_e64 s[46:47], 5, v62
	v_cmp_ne_u16_e64 s[28:29], 6, v62
	v_cmp_ne_u16_e64 s[16:17], 7, v62
	v_cndmask_b32_e64 v62, v43, v69, s[52:53]
	v_cmp_ne_u16_e64 s[52:53], 1, v57
	v_cndmask_b32_e64 v68, v43, v68, s[52:53]
	v_cmp_ne_u16_e64 s[52:53], 0, v86
	v_cmp_ne_u16_e64 s[18:19], 2, v87
	v_cndmask_b32_e64 v63, v43, v63, s[62:63]
	v_cndmask_b32_e64 v69, 0, v70, s[52:53]
	v_cmp_ne_u16_e64 s[52:53], 0, v82
	v_cndmask_b32_e64 v70, 0, v83, s[52:53]
	v_cmp_ne_u16_e64 s[52:53], 1, v84
	v_cmp_ne_u16_e64 s[62:63], 2, v57
	v_cndmask_b32_e64 v67, v44, v67, s[18:19]
	v_cmp_ne_u16_e64 s[18:19], 1, v85
	v_cndmask_b32_e64 v63, v44, v63, s[56:57]
	v_cmp_ne_u16_e64 s[56:57], 1, v86
	v_cmp_ne_u16_e64 s[20:21], 3, v87
	v_cndmask_b32_e64 v64, v43, v64, s[82:83]
	v_cndmask_b32_e64 v80, v43, v80, s[52:53]
	v_cndmask_b32_e64 v81, v43, v81, s[18:19]
	v_cmp_ne_u16_e64 s[82:83], 3, v57
	v_cndmask_b32_e64 v66, v44, v66, s[36:37]
	v_cmp_ne_u16_e64 s[66:67], 4, v57
	v_cndmask_b32_e64 v65, v44, v65, s[44:45]
	v_cmp_ne_u16_e64 s[52:53], 5, v57
	v_cmp_ne_u16_e64 s[36:37], 6, v57
	v_cmp_ne_u16_e64 s[18:19], 7, v57
	v_cndmask_b32_e64 v57, v44, v62, s[68:69]
	v_cmp_ne_u16_e64 s[44:45], 2, v84
	v_cndmask_b32_e64 v62, v44, v68, s[62:63]
	v_cndmask_b32_e64 v68, v43, v69, s[56:57]
	v_cmp_ne_u16_e64 s[56:57], 1, v82
	v_cndmask_b32_e64 v69, v43, v70, s[56:57]
	v_cndmask_b32_e64 v70, v44, v80, s[44:45]
	v_cndmask_b32_e64 v80, v45, v67, s[20:21]
	v_cmp_ne_u16_e64 s[20:21], 2, v85
	v_cmp_ne_u16_e64 s[26:27], 4, v87
	v_cmp_ne_u16_e64 s[62:63], 3, v84
	v_cmp_ne_u16_e64 s[68:69], 4, v84
	v_cndmask_b32_e64 v81, v44, v81, s[20:21]
	v_cmp_ne_u16_e64 s[56:57], 5, v84
	v_cmp_ne_u16_e64 s[44:45], 6, v84
	v_cmp_ne_u16_e64 s[20:21], 7, v84
	v_cndmask_b32_e64 v84, v45, v63, s[58:59]
	v_cmp_ne_u16_e64 s[50:51], 5, v87
	v_cndmask_b32_e64 v83, v45, v66, s[38:39]
	v_cndmask_b32_e64 v66, v45, v62, s[82:83]
	v_cndmask_b32_e64 v62, v46, v80, s[26:27]
	v_cndmask_b32_e64 v80, v46, v84, s[74:75]
	v_cmp_ne_u16_e64 s[40:41], 6, v87
	v_cndmask_b32_e64 v64, v44, v64, s[70:71]
	v_cndmask_b32_e64 v62, v47, v62, s[50:51]
	v_cndmask_b32_e64 v80, v47, v80, s[80:81]
	v_cmp_ne_u16_e64 s[34:35], 7, v87
	v_cndmask_b32_e64 v64, v45, v64, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v86
	v_cndmask_b32_e64 v62, v48, v62, s[40:41]
	v_cndmask_b32_e64 v80, v48, v80, s[78:79]
	v_and_b32_e32 v79, 0xffff8000, v91
	v_cndmask_b32_e64 v87, v45, v65, s[48:49]
	v_cmp_ne_u16_e64 s[48:49], 3, v85
	v_cndmask_b32_e64 v65, v45, v57, s[72:73]
	v_cndmask_b32_e64 v67, v44, v68, s[22:23]
	v_cmp_ne_u16_e64 s[22:23], 2, v82
	v_cmp_ne_u16_e64 s[72:73], 3, v86
	v_cndmask_b32_e64 v62, v49, v62, s[34:35]
	v_cndmask_b32_e64 v80, v49, v80, s[76:77]
	v_and_b32_e32 v61, 0xffff8000, v61
	v_lshlrev_b16_e32 v7, 8, v7
	v_cmp_ne_u16_e64 s[70:71], 4, v85
	v_cndmask_b32_e64 v68, v44, v69, s[22:23]
	v_cndmask_b32_e64 v69, v45, v70, s[62:63]
	v_cndmask_b32_e64 v70, v45, v81, s[48:49]
	v_cmp_ne_u16_e64 s[62:63], 4, v86
	v_cmp_ne_u16_e64 s[74:75], 3, v82
	v_or_b32_e32 v62, v62, v79
	v_or_b32_e32 v61, v80, v61
	v_and_b32_e32 v79, 0xffff8000, v54
	v_and_b32_e32 v80, 0xffff8000, v7
	v_cndmask_b32_e64 v7, v46, v64, s[54:55]
	v_cndmask_b32_e64 v54, v46, v65, s[60:61]
	v_cndmask_b32_e64 v64, v46, v66, s[66:67]
	v_cndmask_b32_e64 v65, v45, v67, s[72:73]
	v_cmp_ne_u16_e64 s[58:59], 5, v85
	v_cndmask_b32_e64 v57, v46, v83, s[30:31]
	v_cmp_ne_u16_e64 s[48:49], 5, v86
	v_cndmask_b32_e64 v63, v46, v87, s[64:65]
	v_cndmask_b32_e64 v66, v45, v68, s[74:75]
	v_cndmask_b32_e64 v67, v46, v69, s[68:69]
	v_cndmask_b32_e64 v68, v46, v70, s[70:71]
	v_cndmask_b32_e64 v64, v47, v64, s[52:53]
	v_cndmask_b32_e64 v65, v46, v65, s[62:63]
	v_cmp_ne_u16_e64 s[38:39], 6, v85
	v_cmp_ne_u16_e64 s[30:31], 6, v86
	v_cmp_ne_u16_e64 s[64:65], 4, v82
	v_cndmask_b32_e64 v57, v47, v57, s[8:9]
	v_cndmask_b32_e64 v63, v47, v63, s[92:93]
	v_cndmask_b32_e64 v7, v47, v7, s[42:43]
	v_cndmask_b32_e64 v54, v47, v54, s[46:47]
	v_cndmask_b32_e64 v67, v47, v67, s[56:57]
	v_cndmask_b32_e64 v68, v47, v68, s[58:59]
	v_cndmask_b32_e64 v64, v48, v64, s[36:37]
	v_cndmask_b32_e64 v65, v47, v65, s[48:49]
	v_cmp_ne_u16_e64 s[22:23], 7, v85
	v_cmp_ne_u16_e64 s[26:27], 7, v86
	v_cmp_ne_u16_e64 s[50:51], 5, v82
	v_lshlrev_b16_e32 v4, 8, v4
	v_lshlrev_b16_e32 v8, 8, v8
	v_and_b32_e32 v55, 0xffff8000, v55
	v_cndmask_b32_e64 v66, v46, v66, s[64:65]
	v_cndmask_b32_e64 v57, v48, v57, s[2:3]
	v_cndmask_b32_e64 v63, v48, v63, s[6:7]
	v_cndmask_b32_e64 v7, v48, v7, s[24:25]
	v_cndmask_b32_e64 v54, v48, v54, s[28:29]
	v_cndmask_b32_e64 v67, v48, v67, s[44:45]
	v_cndmask_b32_e64 v68, v48, v68, s[38:39]
	v_cndmask_b32_e64 v65, v48, v65, s[30:31]
	v_cndmask_b32_e64 v64, v49, v64, s[18:19]
	v_cmp_ne_u16_e64 s[40:41], 6, v82
	v_and_b32_e32 v9, 0xffff8000, v9
	v_and_b32_e32 v4, 0xffff8000, v4
	v_and_b32_e32 v8, 0xffff8000, v8
	v_cndmask_b32_e64 v66, v47, v66, s[50:51]
	v_cndmask_b32_e64 v63, v49, v63, s[0:1]
	v_cndmask_b32_e32 v57, v49, v57, vcc
	v_cndmask_b32_e64 v69, v49, v54, s[16:17]
	v_cndmask_b32_e64 v54, v49, v7, s[12:13]
	v_cndmask_b32_e64 v7, v49, v67, s[20:21]
	v_cndmask_b32_e64 v67, v49, v68, s[22:23]
	v_or_b32_e32 v55, v64, v55
	v_cndmask_b32_e64 v64, v49, v65, s[26:27]
	v_cmp_ne_u16_e64 s[34:35], 7, v82
	v_and_b32_e32 v56, 0xffff8000, v56
	v_cndmask_b32_e64 v66, v48, v66, s[40:41]
	v_or_b32_e32 v63, v63, v9
	v_or_b32_e32 v68, v57, v79
	v_or_b32_e32 v4, v7, v4
	.loc	1 197 16                        ; kernels.py:197:16
	v_perm_b32 v9, v58, v5, s10
	.loc	1 195 13                        ; kernels.py:195:13
	v_or_b32_e32 v58, v67, v8
	.loc	1 197 16                        ; kernels.py:197:16
	v_perm_b32 v7, v62, v60, s10
	.loc	1 195 13                        ; kernels.py:195:13
	v_or_b32_e32 v60, v64, v80
	.loc	1 196 13                        ; kernels.py:196:13
	s_barrier
	.loc	1 195 13                        ; kernels.py:195:13
	v_or_b32_e32 v56, v69, v56
	v_cndmask_b32_e64 v57, v49, v66, s[34:35]
	.loc	1 197 16                        ; kernels.py:197:16
	v_perm_b32 v5, v68, v63, s10
	v_perm_b32 v8, v4, v6, s10
	v_perm_b32 v6, v58, v59, s10
	v_perm_b32 v4, v60, v61, s10
	.loc	1 196 13                        ; kernels.py:196:13
	s_waitcnt vmcnt(7)
	ds_write_b8 v31, v71
	s_waitcnt vmcnt(6)
	ds_write_b8 v31, v72 offset:128
	s_waitcnt vmcnt(5)
	ds_write_b8 v31, v73 offset:256
	s_waitcnt vmcnt(4)
	ds_write_b8 v31, v74 offset:384
	s_waitcnt vmcnt(3)
	ds_write_b8 v31, v75 offset:512
	s_waitcnt vmcnt(2)
	ds_write_b8 v31, v76 offset:640
	s_waitcnt vmcnt(1)
	ds_write_b8 v31, v77 offset:768
	s_waitcnt vmcnt(0)
	ds_write_b8 v31, v78 offset:896
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read_u8 v58, v41 offset:16
	ds_read_u8 v59, v41 offset:32
	ds_read_u8 v64, v41 offset:48
	ds_read_u8 v65, v41 offset:256
	ds_read_u8 v66, v41 offset:272
	ds_read_u8 v67, v41 offset:288
	ds_read_u8 v68, v41 offset:304
	ds_read_u8 v69, v41
	ds_read_u8 v60, v41 offset:544
	ds_read_u8 v62, v41 offset:560
	ds_read_u8 v61, v41 offset:784
	ds_read_u8 v63, v41 offset:800
	s_waitcnt lgkmcnt(9)
	v_and_b32_e32 v70, 0x7f, v64
	v_cmp_ne_u16_e32 vcc, s11, v70
	v_cmp_ne_u16_e64 s[0:1], 0, v70
	v_cmp_ne_u16_e64 s[2:3], 1, v70
	v_cmp_ne_u16_e64 s[6:7], 2, v70
	v_cmp_ne_u16_e64 s[8:9], 3, v70
	v_cmp_ne_u16_e64 s[12:13], 4, v70
	v_cmp_ne_u16_e64 s[16:17], 5, v70
	v_cmp_ne_u16_e64 s[18:19], 6, v70
	v_cmp_ne_u16_e64 s[20:21], 7, v70
	v_and_b32_e32 v70, 0x7f, v59
	v_cmp_ne_u16_e64 s[22:23], s11, v70
	v_cmp_ne_u16_e64 s[24:25], 0, v70
	v_cmp_ne_u16_e64 s[26:27], 1, v70
	v_cmp_ne_u16_e64 s[28:29], 2, v70
	v_cmp_ne_u16_e64 s[30:31], 3, v70
	v_cmp_ne_u16_e64 s[34:35], 4, v70
	v_cmp_ne_u16_e64 s[36:37], 5, v70
	v_cmp_ne_u16_e64 s[38:39], 6, v70
	v_cmp_ne_u16_e64 s[40:41], 7, v70
	v_and_b32_e32 v70, 0x7f, v58
	v_cmp_ne_u16_e64 s[42:43], s11, v70
	v_cmp_ne_u16_e64 s[44:45], 0, v70
	v_cmp_ne_u16_e64 s[46:47], 1, v70
	v_cmp_ne_u16_e64 s[48:49], 2, v70
	v_cmp_ne_u16_e64 s[50:51], 3, v70
	v_cmp_ne_u16_e64 s[52:53], 4, v70
	v_cmp_ne_u16_e64 s[54:55], 5, v70
	v_cmp_ne_u16_e64 s[56:57], 6, v70
	v_cmp_ne_u16_e64 s[58:59], 7, v70
	s_waitcnt lgkmcnt(4)
	v_and_b32_e32 v70, 0x7f, v69
	v_cmp_ne_u16_e64 s[60:61], s11, v70
	v_cmp_ne_u16_e64 s[62:63], 0, v70
	v_cmp_ne_u16_e64 s[64:65], 1, v70
	v_cmp_ne_u16_e64 s[66:67], 2, v70
	v_cmp_ne_u16_e64 s[68:69], 3, v70
	v_cmp_ne_u16_e64 s[70:71], 4, v70
	v_cmp_ne_u16_e64 s[72:73], 5, v70
	v_cmp_ne_u16_e64 s[74:75], 6, v70
	v_cmp_ne_u16_e64 s[76:77], 7, v70
	v_lshlrev_b16_e32 v70, 7, v69
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v42, v70, s[60:61]
	v_cndmask_b32_e64 v70, 0, v70, s[62:63]
	v_cndmask_b32_e64 v70, v43, v70, s[64:65]
	v_cndmask_b32_e64 v70, v44, v70, s[66:67]
	v_cndmask_b32_e64 v70, v45, v70, s[68:69]
	v_cndmask_b32_e64 v70, v46, v70, s[70:71]
	v_cndmask_b32_e64 v70, v47, v70, s[72:73]
	v_lshlrev_b16_e32 v69, 8, v69
	v_cndmask_b32_e64 v70, v48, v70, s[74:75]
	v_and_b32_e32 v69, 0xffff8000, v69
	v_cndmask_b32_e64 v70, v49, v70, s[76:77]
	v_or_b32_e32 v69, v70, v69
	v_lshlrev_b16_e32 v70, 7, v58
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v42, v70, s[42:43]
	v_cndmask_b32_e64 v70, 0, v70, s[44:45]
	v_cndmask_b32_e64 v70, v43, v70, s[46:47]
	v_cndmask_b32_e64 v70, v44, v70, s[48:49]
	v_cndmask_b32_e64 v70, v45, v70, s[50:51]
	v_cndmask_b32_e64 v70, v46, v70, s[52:53]
	v_cndmask_b32_e64 v70, v47, v70, s[54:55]
	v_lshlrev_b16_e32 v58, 8, v58
	v_cndmask_b32_e64 v70, v48, v70, s[56:57]
	v_and_b32_e32 v58, 0xffff8000, v58
	v_cndmask_b32_e64 v70, v49, v70, s[58:59]
	v_or_b32_e32 v58, v70, v58
	v_lshlrev_b16_e32 v70, 7, v59
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e64 v70, v42, v70, s[22:23]
	v_cndmask_b32_e64 v70, 0, v70, s[24:25]
	v_cndmask_b32_e64 v70, v43, v70, s[26:27]
	v_cndmask_b32_e64 v70, v44, v70, s[28:29]
	v_cndmask_b32_e64 v70, v45, v70, s[30:31]
	v_cndmask_b32_e64 v70, v46, v70, s[34:35]
	v_cndmask_b32_e64 v70, v47, v70, s[36:37]
	v_lshlrev_b16_e32 v59, 8, v59
	v_cndmask_b32_e64 v70, v48, v70, s[38:39]
	v_and_b32_e32 v59, 0xffff8000, v59
	v_cndmask_b32_e64 v70, v49, v70, s[40:41]
	v_or_b32_e32 v59, v70, v59
	v_lshlrev_b16_e32 v70, 7, v64
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v70, 0x2000, v70
	v_cndmask_b32_e32 v70, v42, v70, vcc
	v_cndmask_b32_e64 v70, 0, v70, s[0:1]
	v_cndmask_b32_e64 v70, v43, v70, s[2:3]
	v_cndmask_b32_e64 v70, v44, v70, s[6:7]
	v_cndmask_b32_e64 v70, v45, v70, s[8:9]
	v_cndmask_b32_e64 v70, v46, v70, s[12:13]
	v_cndmask_b32_e64 v70, v47, v70, s[16:17]
	v_lshlrev_b16_e32 v64, 8, v64
	v_cndmask_b32_e64 v70, v48, v70, s[18:19]
	v_and_b32_e32 v64, 0xffff8000, v64
	v_cndmask_b32_e64 v70, v49, v70, s[20:21]
	v_or_b32_e32 v70, v70, v64
	.loc	1 197 16                        ; kernels.py:197:16
	v_perm_b32 v59, v70, v59, s10
	v_perm_b32 v58, v58, v69, s10
	.loc	1 196 13                        ; kernels.py:196:13
	ds_read_u8 v69, v41 offset:528
	ds_read_u8 v70, v41 offset:512
	.loc	1 197 16                        ; kernels.py:197:16
	v_mfma_f32_16x16x16f16 v[0:3], v[58:59], v[8:9], v[0:3]
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b32_e32 v9, 0x7f, v68
	v_and_b32_e32 v59, 0x7f, v67
	v_cmp_ne_u16_e32 vcc, s11, v9
	v_cmp_ne_u16_e64 s[0:1], 0, v9
	v_cmp_ne_u16_e64 s[2:3], 1, v9
	v_cmp_ne_u16_e64 s[6:7], 2, v9
	v_cmp_ne_u16_e64 s[8:9], 3, v9
	v_cmp_ne_u16_e64 s[12:13], 4, v9
	v_cmp_ne_u16_e64 s[16:17], 5, v9
	v_cmp_ne_u16_e64 s[18:19], 6, v9
	v_cmp_ne_u16_e64 s[20:21], 7, v9
	v_lshlrev_b16_e32 v9, 7, v66
	v_cmp_ne_u16_e64 s[22:23], s11, v59
	v_cmp_ne_u16_e64 s[24:25], 0, v59
	v_cmp_ne_u16_e64 s[26:27], 1, v59
	v_cmp_ne_u16_e64 s[28:29], 2, v59
	v_cmp_ne_u16_e64 s[30:31], 3, v59
	v_cmp_ne_u16_e64 s[34:35], 4, v59
	v_cmp_ne_u16_e64 s[36:37], 5, v59
	v_cmp_ne_u16_e64 s[38:39], 6, v59
	v_cmp_ne_u16_e64 s[40:41], 7, v59
	v_and_b32_e32 v59, 0x7f, v66
	v_and_b32_e32 v9, 0x3f80, v9
	v_cmp_ne_u16_e64 s[42:43], s11, v59
	v_add_u16_e32 v9, 0x2000, v9
	v_cmp_ne_u16_e64 s[44:45], 0, v59
	v_cndmask_b32_e64 v9, v42, v9, s[42:43]
	v_cmp_ne_u16_e64 s[46:47], 1, v59
	v_cndmask_b32_e64 v9, 0, v9, s[44:45]
	v_cmp_ne_u16_e64 s[48:49], 2, v59
	v_cndmask_b32_e64 v9, v43, v9, s[46:47]
	v_cmp_ne_u16_e64 s[50:51], 3, v59
	v_cndmask_b32_e64 v9, v44, v9, s[48:49]
	v_cmp_ne_u16_e64 s[52:53], 4, v59
	v_cndmask_b32_e64 v9, v45, v9, s[50:51]
	v_cmp_ne_u16_e64 s[54:55], 5, v59
	v_cndmask_b32_e64 v9, v46, v9, s[52:53]
	v_cmp_ne_u16_e64 s[56:57], 6, v59
	v_cndmask_b32_e64 v9, v47, v9, s[54:55]
	v_cmp_ne_u16_e64 s[58:59], 7, v59
	v_lshlrev_b16_e32 v66, 8, v66
	v_cndmask_b32_e64 v9, v48, v9, s[56:57]
	v_lshlrev_b16_e32 v58, 7, v67
	v_and_b32_e32 v66, 0xffff8000, v66
	v_cndmask_b32_e64 v9, v49, v9, s[58:59]
	v_lshlrev_b16_e32 v8, 7, v68
	v_or_b32_e32 v66, v9, v66
	v_and_b32_e32 v9, 0x3f80, v58
	v_and_b32_e32 v59, 0x7f, v65
	v_add_u16_e32 v9, 0x2000, v9
	v_and_b32_e32 v8, 0x3f80, v8
	v_cmp_ne_u16_e64 s[60:61], s11, v59
	v_cmp_ne_u16_e64 s[62:63], 0, v59
	v_cmp_ne_u16_e64 s[64:65], 1, v59
	v_cmp_ne_u16_e64 s[66:67], 2, v59
	v_cmp_ne_u16_e64 s[68:69], 3, v59
	v_cmp_ne_u16_e64 s[70:71], 4, v59
	v_cmp_ne_u16_e64 s[72:73], 5, v59
	v_cmp_ne_u16_e64 s[74:75], 6, v59
	v_cmp_ne_u16_e64 s[76:77], 7, v59
	v_lshlrev_b16_e32 v59, 7, v65
	v_cndmask_b32_e64 v9, v42, v9, s[22:23]
	v_add_u16_e32 v8, 0x2000, v8
	v_and_b32_e32 v59, 0x3f80, v59
	v_cndmask_b32_e64 v9, 0, v9, s[24:25]
	v_cndmask_b32_e32 v8, v42, v8, vcc
	v_add_u16_e32 v59, 0x2000, v59
	v_cndmask_b32_e64 v9, v43, v9, s[26:27]
	v_cndmask_b32_e64 v8, 0, v8, s[0:1]
	v_cndmask_b32_e64 v59, v42, v59, s[60:61]
	v_cndmask_b32_e64 v9, v44, v9, s[28:29]
	v_cndmask_b32_e64 v8, v43, v8, s[2:3]
	v_cndmask_b32_e64 v59, 0, v59, s[62:63]
	v_cndmask_b32_e64 v9, v45, v9, s[30:31]
	v_cndmask_b32_e64 v8, v44, v8, s[6:7]
	v_cndmask_b32_e64 v59, v43, v59, s[64:65]
	v_cndmask_b32_e64 v9, v46, v9, s[34:35]
	v_cndmask_b32_e64 v8, v45, v8, s[8:9]
	v_cndmask_b32_e64 v59, v44, v59, s[66:67]
	v_cndmask_b32_e64 v9, v47, v9, s[36:37]
	v_cndmask_b32_e64 v8, v46, v8, s[12:13]
	v_lshlrev_b16_e32 v67, 8, v67
	v_cndmask_b32_e64 v59, v45, v59, s[68:69]
	v_cndmask_b32_e64 v9, v48, v9, s[38:39]
	v_cndmask_b32_e64 v8, v47, v8, s[16:17]
	v_lshlrev_b16_e32 v68, 8, v68
	v_cndmask_b32_e64 v59, v46, v59, s[70:71]
	v_and_b32_e32 v58, 0xffff8000, v67
	v_cndmask_b32_e64 v9, v49, v9, s[40:41]
	v_cndmask_b32_e64 v8, v48, v8, s[18:19]
	ds_read_u8 v64, v41 offset:816
	v_cndmask_b32_e64 v59, v47, v59, s[72:73]
	v_or_b32_e32 v9, v9, v58
	v_and_b32_e32 v58, 0xffff8000, v68
	v_cndmask_b32_e64 v8, v49, v8, s[20:21]
	v_lshlrev_b16_e32 v65, 8, v65
	v_cndmask_b32_e64 v59, v48, v59, s[74:75]
	v_or_b32_e32 v8, v8, v58
	s_waitcnt lgkmcnt(6)
	v_and_b32_e32 v58, 0x7f, v60
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b16_e32 v68, 7, v70
	v_and_b32_e32 v65, 0xffff8000, v65
	v_cndmask_b32_e64 v59, v49, v59, s[76:77]
	v_cmp_ne_u16_e64 s[46:47], s11, v58
	v_cmp_ne_u16_e64 s[34:35], 0, v58
	v_cmp_ne_u16_e64 s[48:49], 1, v58
	v_cmp_ne_u16_e64 s[38:39], 2, v58
	v_cmp_ne_u16_e64 s[22:23], 3, v58
	v_cmp_ne_u16_e64 s[52:53], 4, v58
	v_cmp_ne_u16_e64 s[42:43], 5, v58
	v_cmp_ne_u16_e64 s[30:31], 6, v58
	v_cmp_ne_u16_e64 s[76:77], 7, v58
	v_and_b32_e32 v58, 0x7f, v70
	v_and_b32_e32 v68, 0x3f80, v68
	v_or_b32_e32 v59, v59, v65
	v_and_b32_e32 v71, 0x7f, v62
	v_cmp_ne_u16_e64 s[0:1], s11, v58
	v_add_u16_e32 v68, 0x2000, v68
	v_lshlrev_b16_e32 v65, 7, v62
	v_lshlrev_b16_e32 v67, 7, v60
	.loc	1 197 16                        ; kernels.py:197:16
	v_perm_b32 v9, v8, v9, s10
	v_perm_b32 v8, v66, v59, s10
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16_e32 v59, 7, v69
	v_and_b32_e32 v66, 0x7f, v69
	v_cmp_ne_u16_e64 s[44:45], s11, v71
	v_cmp_ne_u16_e64 s[74:75], 0, v71
	v_cmp_ne_u16_e64 s[28:29], 1, v71
	v_cmp_ne_u16_e64 s[24:25], 2, v71
	v_cmp_ne_u16_e64 s[18:19], 3, v71
	v_cmp_ne_u16_e64 s[12:13], 4, v71
	v_cmp_ne_u16_e64 s[8:9], 5, v71
	v_cmp_ne_u16_e64 s[6:7], 6, v71
	v_cmp_ne_u16_e32 vcc, 7, v71
	v_lshlrev_b16_e32 v69, 8, v69
	v_cmp_ne_u16_e64 s[2:3], 0, v58
	v_cndmask_b32_e64 v68, v42, v68, s[0:1]
	v_lshlrev_b16_e32 v71, 7, v63
	v_cmp_ne_u16_e64 s[50:51], s11, v66
	v_cmp_ne_u16_e64 s[60:61], 0, v66
	v_cmp_ne_u16_e64 s[54:55], 1, v66
	v_cmp_ne_u16_e64 s[72:73], 2, v66
	v_cmp_ne_u16_e64 s[68:69], 3, v66
	v_cmp_ne_u16_e64 s[64:65], 4, v66
	v_cmp_ne_u16_e64 s[58:59], 5, v66
	v_cmp_ne_u16_e64 s[80:81], 6, v66
	v_cmp_ne_u16_e64 s[78:79], 7, v66
	v_cmp_ne_u16_e64 s[16:17], 1, v58
	v_cndmask_b32_e64 v68, 0, v68, s[2:3]
	v_and_b32_e32 v65, 0x3f80, v65
	v_and_b32_e32 v67, 0x3f80, v67
	v_and_b32_e32 v72, 0xffff8000, v69
	v_and_b32_e32 v69, 0x3f80, v71
	ds_read_u8 v71, v41 offset:768
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b16_e32 v66, 7, v64
	v_cmp_ne_u16_e64 s[20:21], 2, v58
	v_cmp_ne_u16_e64 s[26:27], 3, v58
	v_cmp_ne_u16_e64 s[56:57], 4, v58
	v_cmp_ne_u16_e64 s[62:63], 5, v58
	v_cmp_ne_u16_e64 s[82:83], 6, v58
	v_cmp_ne_u16_e64 s[84:85], 7, v58
	v_and_b32_e32 v58, 0x7f, v64
	v_cndmask_b32_e64 v68, v43, v68, s[16:17]
	v_and_b32_e32 v66, 0x3f80, v66
	v_add_u16_e32 v65, 0x2000, v65
	v_add_u16_e32 v67, 0x2000, v67
	v_cmp_ne_u16_e64 s[70:71], s11, v58
	v_cndmask_b32_e64 v68, v44, v68, s[20:21]
	v_and_b32_e32 v59, 0x3f80, v59
	v_add_u16_e32 v66, 0x2000, v66
	v_cndmask_b32_e64 v65, v42, v65, s[44:45]
	v_cndmask_b32_e64 v67, v42, v67, s[46:47]
	v_cndmask_b32_e64 v68, v45, v68, s[26:27]
	v_add_u16_e32 v59, 0x2000, v59
	v_cndmask_b32_e64 v74, v42, v66, s[70:71]
	v_cndmask_b32_e64 v66, 0, v65, s[74:75]
	v_cndmask_b32_e64 v65, 0, v67, s[34:35]
	v_cndmask_b32_e64 v68, v46, v68, s[56:57]
	v_cndmask_b32_e64 v59, v42, v59, s[50:51]
	v_cndmask_b32_e64 v65, v43, v65, s[48:49]
	v_cndmask_b32_e64 v68, v47, v68, s[62:63]
	v_cndmask_b32_e64 v59, 0, v59, s[60:61]
	v_cndmask_b32_e64 v65, v44, v65, s[38:39]
	v_lshlrev_b16_e32 v70, 8, v70
	v_cndmask_b32_e64 v68, v48, v68, s[82:83]
	v_cndmask_b32_e64 v59, v43, v59, s[54:55]
	v_cndmask_b32_e64 v65, v45, v65, s[22:23]
	v_cndmask_b32_e64 v66, v43, v66, s[28:29]
	v_cmp_ne_u16_e64 s[66:67], 0, v58
	v_cmp_ne_u16_e64 s[40:41], 1, v58
	v_cmp_ne_u16_e64 s[36:37], 2, v58
	v_cmp_ne_u16_e64 s[26:27], 3, v58
	v_cmp_ne_u16_e64 s[20:21], 4, v58
	v_cmp_ne_u16_e64 s[16:17], 5, v58
	v_cmp_ne_u16_e64 s[2:3], 6, v58
	v_cndmask_b32_e64 v68, v49, v68, s[84:85]
	v_cmp_ne_u16_e64 s[0:1], 7, v58
	v_and_b32_e32 v58, 0xffff8000, v70
	v_cndmask_b32_e64 v59, v44, v59, s[72:73]
	v_cndmask_b32_e64 v65, v46, v65, s[52:53]
	v_cndmask_b32_e64 v66, v44, v66, s[24:25]
	v_or_b32_e32 v58, v68, v58
	v_lshlrev_b16_e32 v68, 7, v61
	v_cndmask_b32_e64 v59, v45, v59, s[68:69]
	v_cndmask_b32_e64 v65, v47, v65, s[42:43]
	v_cndmask_b32_e64 v66, v45, v66, s[18:19]
	v_and_b32_e32 v68, 0x3f80, v68
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_e32 v70, 7, v71
	v_and_b32_e32 v75, 0x7f, v61
	v_cndmask_b32_e64 v59, v46, v59, s[64:65]
	v_cndmask_b32_e64 v65, v48, v65, s[30:31]
	v_lshlrev_b16_e32 v60, 8, v60
	v_cndmask_b32_e64 v66, v46, v66, s[12:13]
	v_and_b32_e32 v70, 0x3f80, v70
	v_add_u16_e32 v68, 0x2000, v68
	v_and_b32_e32 v73, 0x7f, v63
	v_cmp_ne_u16_e64 s[44:45], s11, v75
	v_and_b32_e32 v77, 0x7f, v71
	v_cndmask_b32_e64 v59, v47, v59, s[58:59]
	v_cndmask_b32_e64 v65, v49, v65, s[76:77]
	v_and_b32_e32 v60, 0xffff8000, v60
	v_cndmask_b32_e64 v66, v47, v66, s[8:9]
	v_add_u16_e32 v69, 0x2000, v69
	v_add_u16_e32 v70, 0x2000, v70
	v_cmp_ne_u16_e64 s[82:83], s11, v73
	v_cndmask_b32_e64 v76, v42, v68, s[44:45]
	v_cmp_ne_u16_e64 s[44:45], s11, v77
	v_cndmask_b32_e64 v59, v48, v59, s[80:81]
	v_or_b32_e32 v60, v65, v60
	.loc	1 195 13                        ; kernels.py:195:13
	v_lshlrev_b16_e32 v65, 8, v52
	.loc	1 196 13                        ; kernels.py:196:13
	v_lshlrev_b16_e32 v62, 8, v62
	v_cndmask_b32_e64 v66, v48, v66, s[6:7]
	.loc	1 197 16                        ; kernels.py:197:16
	v_mfma_f32_16x16x16f16 v[0:3], v[8:9], v[6:7], v[0:3]
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s[84:85], 0, v73
	v_cndmask_b32_e64 v69, v42, v69, s[82:83]
	v_cndmask_b32_e64 v70, v42, v70, s[44:45]
	v_cmp_ne_u16_e64 s[60:61], 0, v75
	v_cmp_ne_u16_e64 s[74:75], 0, v77
	v_cndmask_b32_e64 v59, v49, v59, s[78:79]
	.loc	1 195 13                        ; kernels.py:195:13
	v_and_b32_e32 v52, 0xffff8000, v53
	v_and_b32_e32 v53, 0xffff8000, v65
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b32_e32 v65, 0xffff8000, v62
	v_cndmask_b32_e32 v66, v49, v66, vcc
	v_cmp_ne_u16_e64 s[62:63], 1, v73
	v_cndmask_b32_e64 v67, 0, v74, s[66:67]
	v_cndmask_b32_e64 v68, 0, v69, s[84:85]
	v_cmp_ne_u16_e64 s[70:71], 1, v75
	v_cndmask_b32_e64 v69, 0, v76, s[60:61]
	v_cmp_ne_u16_e64 s[72:73], 1, v77
	v_or_b32_e32 v59, v59, v72
	v_cndmask_b32_e64 v70, 0, v70, s[74:75]
	v_or_b32_e32 v6, v66, v65
	v_cmp_ne_u16_e64 s[56:57], 2, v73
	v_cmp_ne_u16_e64 s[66:67], 2, v75
	v_cmp_ne_u16_e64 s[68:69], 2, v77
	v_cndmask_b32_e64 v67, v43, v67, s[40:41]
	v_cndmask_b32_e64 v68, v43, v68, s[62:63]
	v_cndmask_b32_e64 v69, v43, v69, s[70:71]
	v_cndmask_b32_e64 v70, v43, v70, s[72:73]
	.loc	1 197 16                        ; kernels.py:197:16
	v_perm_b32 v7, v6, v60, s10
	v_perm_b32 v6, v59, v58, s10
	.loc	1 196 13                        ; kernels.py:196:13
	v_cmp_ne_u16_e64 s[50:51], 3, v73
	v_cmp_ne_u16_e64 s[60:61], 3, v75
	v_cmp_ne_u16_e64 s[64:65], 3, v77
	v_cndmask_b32_e64 v67, v44, v67, s[36:37]
	v_cndmask_b32_e64 v68, v44, v68, s[56:57]
	v_cndmask_b32_e64 v69, v44, v69, s[66:67]
	v_cndmask_b32_e64 v70, v44, v70, s[68:69]
	v_cmp_ne_u16_e64 s[46:47], 4, v73
	v_cmp_ne_u16_e64 s[54:55], 4, v75
	v_cmp_ne_u16_e64 s[58:59], 4, v77
	v_cndmask_b32_e64 v67, v45, v67, s[26:27]
	v_cndmask_b32_e64 v68, v45, v68, s[50:51]
	v_cndmask_b32_e64 v69, v45, v69, s[60:61]
	v_cndmask_b32_e64 v70, v45, v70, s[64:65]
	v_cmp_ne_u16_e64 s[44:45], 5, v73
	v_cmp_ne_u16_e64 s[48:49], 5, v75
	v_cmp_ne_u16_e64 s[52:53], 5, v77
	v_cndmask_b32_e64 v67, v46, v67, s[20:21]
	v_cndmask_b32_e64 v68, v46, v68, s[46:47]
	v_cndmask_b32_e64 v69, v46, v69, s[54:55]
	v_cndmask_b32_e64 v70, v46, v70, s[58:59]
	v_cmp_ne_u16_e64 s[34:35], 6, v73
	v_cmp_ne_u16_e64 s[38:39], 6, v75
	v_cmp_ne_u16_e64 s[42:43], 6, v77
	v_cndmask_b32_e64 v67, v47, v67, s[16:17]
	v_cndmask_b32_e64 v68, v47, v68, s[44:45]
	v_cndmask_b32_e64 v69, v47, v69, s[48:49]
	v_cndmask_b32_e64 v70, v47, v70, s[52:53]
	v_cmp_ne_u16_e64 s[82:83], 7, v73
	v_cmp_ne_u16_e64 s[22:23], 7, v75
	v_cmp_ne_u16_e64 s[30:31], 7, v77
	v_lshlrev_b16_e32 v71, 8, v71
	v_lshlrev_b16_e32 v61, 8, v61
	v_lshlrev_b16_e32 v72, 8, v63
	v_lshlrev_b16_e32 v64, 8, v64
	v_cndmask_b32_e64 v67, v48, v67, s[2:3]
	v_cndmask_b32_e64 v68, v48, v68, s[34:35]
	v_cndmask_b32_e64 v69, v48, v69, s[38:39]
	v_cndmask_b32_e64 v70, v48, v70, s[42:43]
	.loc	1 197 16                        ; kernels.py:197:16
	v_mfma_f32_16x16x16f16 v[0:3], v[6:7], v[4:5], v[0:3]
	.loc	1 196 13                        ; kernels.py:196:13
	v_and_b32_e32 v63, 0xffff8000, v71
	v_and_b32_e32 v62, 0xffff8000, v61
	v_and_b32_e32 v61, 0xffff8000, v64
	v_and_b32_e32 v64, 0xffff8000, v72
	v_cndmask_b32_e64 v70, v49, v70, s[30:31]
	v_cndmask_b32_e64 v69, v49, v69, s[22:23]
	v_cndmask_b32_e64 v67, v49, v67, s[0:1]
	v_cndmask_b32_e64 v8, v49, v68, s[82:83]
	v_or_b32_e32 v9, v70, v63
	v_or_b32_e32 v58, v69, v62
	v_or_b32_e32 v8, v8, v64
	v_or_b32_e32 v4, v67, v61
	.loc	1 197 16                        ; kernels.py:197:16
	v_perm_b32 v5, v4, v8, s10
	v_perm_b32 v4, v58, v9, s10
	.loc	1 195 13                        ; kernels.py:195:13
	v_or_b32_e32 v6, v54, v52
	v_or_b32_e32 v8, v57, v53
	.loc	1 197 16                        ; kernels.py:197:16
	v_perm_b32 v7, v6, v56, s10
	v_perm_b32 v6, v8, v55, s10
	.loc	1 194 5                         ; kernels.py:194:5
	s_add_i32 s95, s95, 64
	s_add_i32 s15, s15, s33
	.loc	1 197 16                        ; kernels.py:197:16
	v_mfma_f32_16x16x16f16 v[0:3], v[4:5], v[6:7], v[0:3]
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_lt_i32 s95, s14
	s_cbranch_scc1 .LBB0_2
; %bb.3:                                ; %Flow
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	v_readlane_b32 s10, v94, 0
	v_readlane_b32 s4, v94, 2
	v_readlane_b32 s11, v94, 1
	v_readlane_b32 s1, v94, 4
	v_readlane_b32 s2, v94, 5
	v_readlane_b32 s17, v94, 11
	v_readlane_b32 s5, v94, 3
	s_load_dword s0, s[4:5], 0x2c
	.loc	1 198 5 is_stmt 1               ; kernels.py:198:5
	s_cmp_lg_u32 s2, 0
	s_cbranch_scc1 .LBB0_5
.LBB0_4:                                ; %.critedge
	.loc	1 190 10                        ; kernels.py:190:10
	v_or_b32_e32 v5, s1, v10
	.loc	1 198 22                        ; kernels.py:198:22
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v6, s0, v5
	.loc	1 198 14 is_stmt 0              ; kernels.py:198:14
	v_ashrrev_i32_e32 v7, 31, v6
	v_lshlrev_b64 v[6:7], 2, v[6:7]
	.loc	1 191 10 is_stmt 1              ; kernels.py:191:10
	v_or_b32_e32 v4, s17, v11
	.loc	1 198 14                        ; kernels.py:198:14
	v_mov_b32_e32 v5, s11
	v_add_co_u32_e32 v6, vcc, s10, v6
	v_addc_co_u32_e32 v7, vcc, v5, v7, vcc
	v_ashrrev_i32_e32 v5, 31, v4
	v_lshlrev_b64 v[4:5], 2, v[4:5]
	v_add_co_u32_e32 v4, vcc, v6, v4
	v_addc_co_u32_e32 v5, vcc, v7, v5, vcc
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
	s_load_dword s0, s[4:5], 0x2c
	.loc	1 198 5 is_stmt 1               ; kernels.py:198:5
	s_cmp_lg_u32 s2, 0
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
		.amdhsa_user_sgpr_private_segment_buffer 1
		.amdhsa_user_sgpr_dispatch_ptr 0
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_flat_scratch_init 0
		.amdhsa_user_sgpr_kernarg_preload_length 10
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_system_sgpr_private_segment_wavefront_offset 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 95
		.amdhsa_next_free_sgpr 96
		.amdhsa_accum_offset 96
		.amdhsa_reserve_vcc 1
		.amdhsa_reserve_flat_scratch 0
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
	.set .Lgemm.num_vgpr, 95
	.set .Lgemm.num_agpr, 0
	.set .Lgemm.numbered_sgpr, 96
	.set .Lgemm.num_named_barrier, 0
	.set .Lgemm.private_seg_size, 0
	.set .Lgemm.uses_vcc, 1
	.set .Lgemm.uses_flat_scratch, 0
	.set .Lgemm.has_dyn_sized_stack, 0
	.set .Lgemm.has_recursion, 0
	.set .Lgemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 8192
; TotalNumSgprs: 100
; NumVgprs: 95
; NumAgprs: 0
; TotalNumVgprs: 95
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 12
; VGPRBlocks: 11
; NumSGPRsForWavesPerEU: 100
; NumVGPRsForWavesPerEU: 95
; AccumOffset: 96
; Occupancy: 5
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
; COMPUTE_PGM_RSRC3_GFX90A:ACCUM_OFFSET: 23
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
    .sgpr_count:     100
    .sgpr_spill_count: 12
    .symbol:         gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     95
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgpu9.0a-amd-amdhsa-unknown-gfx90a
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

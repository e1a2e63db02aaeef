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
	s_lshr_b32 s1, s0, 6
	.loc	1 190 10                        ; kernels.py:190:10
	s_lshl_b32 s0, s16, 5
	.loc	1 190 23 is_stmt 0              ; kernels.py:190:23
	v_and_b32_e32 v3, 32, v0
	.loc	1 191 10 is_stmt 1              ; kernels.py:191:10
	s_lshl_b32 s2, s17, 5
	.loc	1 190 23                        ; kernels.py:190:23
	v_and_b32_e32 v1, 31, v0
	v_lshrrev_b32_e32 v18, 3, v3
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_lt_i32 s14, 1
	v_mov_b32_e32 v2, 0
	s_cbranch_scc1 .LBB0_5
; %bb.1:                                ; %.lr.ph
	.loc	1 190 10                        ; kernels.py:190:10
	s_or_b32 s3, s1, s0
	s_or_b32 s12, s3, 4
	s_or_b32 s13, s3, 8
	s_or_b32 s16, s3, 12
	s_or_b32 s17, s3, 16
	s_or_b32 s18, s3, 20
	s_or_b32 s20, s3, 24
	s_or_b32 s21, s3, 28
	.loc	1 195 29                        ; kernels.py:195:29
	s_mul_i32 s3, s3, s15
	s_mul_i32 s12, s12, s15
	s_mul_i32 s13, s13, s15
	s_mul_i32 s16, s16, s15
	s_mul_i32 s17, s17, s15
	s_mul_i32 s18, s18, s15
	s_mul_i32 s20, s20, s15
	s_mul_i32 s21, s21, s15
	.loc	1 195 21 is_stmt 0              ; kernels.py:195:21
	s_ashr_i32 s15, s3, 31
	s_add_u32 s3, s6, s3
	s_addc_u32 s22, s7, s15
	s_ashr_i32 s15, s12, 31
	s_add_u32 s12, s6, s12
	s_addc_u32 s23, s7, s15
	s_ashr_i32 s15, s13, 31
	s_add_u32 s13, s6, s13
	s_addc_u32 s24, s7, s15
	s_ashr_i32 s25, s16, 31
	s_add_u32 s15, s6, s16
	s_addc_u32 s25, s7, s25
	s_ashr_i32 s26, s17, 31
	s_add_u32 s16, s6, s17
	s_addc_u32 s26, s7, s26
	s_ashr_i32 s27, s18, 31
	s_add_u32 s17, s6, s18
	s_addc_u32 s27, s7, s27
	s_ashr_i32 s28, s20, 31
	s_add_u32 s18, s6, s20
	s_addc_u32 s20, s7, s28
	s_ashr_i32 s28, s21, 31
	s_load_dword s19, s[4:5], 0x28
	s_add_u32 s6, s6, s21
	.loc	1 190 23 is_stmt 1              ; kernels.py:190:23
	v_and_b32_e32 v19, 63, v0
	.loc	1 195 21                        ; kernels.py:195:21
	s_addc_u32 s21, s7, s28
	.loc	1 190 23                        ; kernels.py:190:23
	v_lshl_or_b32 v45, s1, 6, v19
	.loc	1 191 10                        ; kernels.py:191:10
	v_or_b32_e32 v4, s2, v1
	s_cmp_lt_u32 s1, 2
	v_ashrrev_i32_e32 v5, 31, v4
	.loc	1 194 5                         ; kernels.py:194:5
	v_add_co_u32_e32 v20, vcc, s8, v4
	v_and_b32_e32 v4, 0x7f, v45
	s_cselect_b32 s8, 0, 0x84
	v_lshlrev_b32_e32 v47, 2, v3
	v_lshrrev_b32_e32 v3, 5, v45
	v_xor_b32_e32 v37, s8, v4
	v_add_u32_e32 v4, 48, v3
	v_lshlrev_b32_e32 v0, 1, v0
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v22, s19, v4
	v_add_u32_e32 v4, 40, v3
	v_and_b32_e32 v0, 28, v0
	v_mul_lo_u32 v23, s19, v4
	v_add_u32_e32 v4, 32, v3
	v_xor_b32_e32 v0, v0, v18
	v_mul_lo_u32 v24, s19, v4
	v_add_u32_e32 v4, 24, v3
	v_lshl_or_b32 v41, v1, 6, v0
	v_mul_lo_u32 v25, s19, v4
	v_add_u32_e32 v4, 16, v3
	v_add_u32_e32 v46, 0, v1
	v_mov_b32_e32 v6, s9
	v_xor_b32_e32 v38, 8, v37
	v_xor_b32_e32 v39, 16, v37
	v_xor_b32_e32 v40, 24, v37
	v_xor_b32_e32 v42, 8, v41
	v_xor_b32_e32 v43, 16, v41
	v_xor_b32_e32 v44, 24, v41
	v_add_u32_e32 v0, 56, v3
	v_mul_lo_u32 v26, s19, v4
	v_add_u32_e32 v4, 8, v3
	s_mov_b32 s7, 0
	v_addc_co_u32_e32 v21, vcc, v6, v5, vcc
	v_mul_lo_u32 v0, s19, v0
	s_lshl_b32 s8, s19, 6
	v_mul_lo_u32 v27, s19, v4
	v_mul_lo_u32 v28, s19, v3
	v_mov_b32_e32 v3, 0
	v_mov_b32_e32 v4, 0
	v_mov_b32_e32 v5, 0
	v_mov_b32_e32 v6, 0
	v_mov_b32_e32 v7, 0
	v_mov_b32_e32 v8, 0
	v_mov_b32_e32 v9, 0
	v_mov_b32_e32 v10, 0
	v_mov_b32_e32 v11, 0
	v_mov_b32_e32 v12, 0
	v_mov_b32_e32 v13, 0
	v_mov_b32_e32 v14, 0
	v_mov_b32_e32 v15, 0
	v_mov_b32_e32 v16, 0
	v_mov_b32_e32 v17, 0
	v_mov_b32_e32 v29, s22
	v_mov_b32_e32 v30, s23
	v_mov_b32_e32 v31, s24
	v_mov_b32_e32 v32, s25
	v_mov_b32_e32 v33, s26
	v_mov_b32_e32 v34, s27
	v_mov_b32_e32 v35, s20
	v_mov_b32_e32 v36, s21
	v_add_u32_e32 v37, 0, v37
	v_add_u32_e32 v38, 0, v38
	v_add_u32_e32 v39, 0, v39
	v_add_u32_e32 v40, 0, v40
	v_add_u32_e32 v41, 0, v41
	v_add_u32_e32 v42, 0, v42
	v_add_u32_e32 v43, 0, v43
	v_add_u32_e32 v44, 0, v44
	v_add_u32_e32 v45, 0, v45
	v_add_u32_e32 v46, v46, v47
	s_mov_b32 s9, 0xc0c0004
	s_mov_b32 s19, 0
.LBB0_2:                                ; =>This Inner Loop Header: Depth=1
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_u32_e32 v47, s19, v19
	v_ashrrev_i32_e32 v53, 31, v47
	v_add_co_u32_e32 v48, vcc, s3, v47
	v_addc_co_u32_e32 v49, vcc, v29, v53, vcc
	.loc	1 195 13 is_stmt 0              ; kernels.py:195:13
	global_load_ubyte v65, v[48:49], off
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32_e32 v48, vcc, s12, v47
	v_addc_co_u32_e32 v49, vcc, v30, v53, vcc
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v66, v[48:49], off
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32_e32 v48, vcc, s13, v47
	v_addc_co_u32_e32 v49, vcc, v31, v53, vcc
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v67, v[48:49], off
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32_e32 v48, vcc, s15, v47
	v_addc_co_u32_e32 v49, vcc, v32, v53, vcc
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v68, v[48:49], off
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32_e32 v48, vcc, s16, v47
	v_addc_co_u32_e32 v49, vcc, v33, v53, vcc
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v69, v[48:49], off
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32_e32 v48, vcc, s17, v47
	v_addc_co_u32_e32 v49, vcc, v34, v53, vcc
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v70, v[48:49], off
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32_e32 v48, vcc, s18, v47
	v_addc_co_u32_e32 v49, vcc, v35, v53, vcc
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v71, v[48:49], off
	.loc	1 195 21                        ; kernels.py:195:21
	v_add_co_u32_e32 v48, vcc, s6, v47
	.loc	1 196 29 is_stmt 1              ; kernels.py:196:29
	v_add_u32_e32 v50, s7, v28
	.loc	1 195 21                        ; kernels.py:195:21
	v_addc_co_u32_e32 v49, vcc, v36, v53, vcc
	.loc	1 196 21                        ; kernels.py:196:21
	v_ashrrev_i32_e32 v55, 31, v50
	.loc	1 195 13                        ; kernels.py:195:13
	global_load_ubyte v72, v[48:49], off
	.loc	1 196 21                        ; kernels.py:196:21
	v_add_co_u32_e32 v48, vcc, v20, v50
	.loc	1 196 29 is_stmt 0              ; kernels.py:196:29
	v_add_u32_e32 v51, s7, v27
	.loc	1 196 21                        ; kernels.py:196:21
	v_addc_co_u32_e32 v49, vcc, v21, v55, vcc
	v_ashrrev_i32_e32 v57, 31, v51
	v_add_co_u32_e32 v50, vcc, v20, v51
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_u32_e32 v52, s7, v26
	.loc	1 196 21                        ; kernels.py:196:21
	v_addc_co_u32_e32 v51, vcc, v21, v57, vcc
	v_ashrrev_i32_e32 v59, 31, v52
	v_add_co_u32_e32 v52, vcc, v20, v52
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_u32_e32 v54, s7, v25
	.loc	1 196 21                        ; kernels.py:196:21
	v_addc_co_u32_e32 v53, vcc, v21, v59, vcc
	v_ashrrev_i32_e32 v61, 31, v54
	v_add_co_u32_e32 v54, vcc, v20, v54
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_u32_e32 v56, s7, v24
	.loc	1 196 21                        ; kernels.py:196:21
	v_addc_co_u32_e32 v55, vcc, v21, v61, vcc
	v_ashrrev_i32_e32 v47, 31, v56
	v_add_co_u32_e32 v56, vcc, v20, v56
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_u32_e32 v58, s7, v23
	.loc	1 196 21                        ; kernels.py:196:21
	v_addc_co_u32_e32 v57, vcc, v21, v47, vcc
	v_ashrrev_i32_e32 v63, 31, v58
	v_add_co_u32_e32 v58, vcc, v20, v58
	.loc	1 196 29                        ; kernels.py:196:29
	v_add_u32_e32 v60, s7, v22
	.loc	1 196 21                        ; kernels.py:196:21
	v_addc_co_u32_e32 v59, vcc, v21, v63, vcc
	v_ashrrev_i32_e32 v64, 31, v60
	v_add_co_u32_e32 v60, vcc, v20, v60
	v_add_u32_e32 v62, s7, v0
	v_addc_co_u32_e32 v61, vcc, v21, v64, vcc
	v_ashrrev_i32_e32 v47, 31, v62
	v_add_co_u32_e32 v62, vcc, v20, v62
	v_addc_co_u32_e32 v63, vcc, v21, v47, vcc
	.loc	1 196 13                        ; kernels.py:196:13
	global_load_ubyte v47, v[48:49], off
	global_load_ubyte v64, v[50:51], off
	global_load_ubyte v73, v[52:53], off
	global_load_ubyte v74, v[54:55], off
	global_load_ubyte v75, v[56:57], off
	global_load_ubyte v76, v[58:59], off
	global_load_ubyte v77, v[60:61], off
	global_load_ubyte v78, v[62:63], off
	.loc	1 195 13 is_stmt 1              ; kernels.py:195:13
	s_barrier
	s_waitcnt vmcnt(15)
	ds_write_b8 v37, v65
	s_waitcnt vmcnt(11)
	ds_write_b8 v37, v69 offset:1024
	ds_write_b8 v38, v66 offset:256
	s_waitcnt vmcnt(10)
	ds_write_b8 v38, v70 offset:1280
	ds_write_b8 v39, v67 offset:512
	s_waitcnt vmcnt(9)
	ds_write_b8 v39, v71 offset:1536
	ds_write_b8 v40, v68 offset:768
	s_waitcnt vmcnt(8)
	ds_write_b8 v40, v72 offset:1792
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2_b32 v[48:49], v41 offset1:8
	ds_read2_b32 v[50:51], v42 offset1:8
	ds_read2_b32 v[52:53], v43 offset1:8
	ds_read2_b32 v[54:55], v44 offset1:8
	.loc	1 196 13                        ; kernels.py:196:13
	s_waitcnt lgkmcnt(0)
	s_barrier
	s_waitcnt vmcnt(7)
	ds_write_b8 v45, v47
	s_waitcnt vmcnt(6)
	ds_write_b8 v45, v64 offset:256
	s_waitcnt vmcnt(5)
	ds_write_b8 v45, v73 offset:512
	s_waitcnt vmcnt(4)
	ds_write_b8 v45, v74 offset:768
	s_waitcnt vmcnt(3)
	ds_write_b8 v45, v75 offset:1024
	s_waitcnt vmcnt(2)
	ds_write_b8 v45, v76 offset:1280
	s_waitcnt vmcnt(1)
	ds_write_b8 v45, v77 offset:1536
	s_waitcnt vmcnt(0)
	ds_write_b8 v45, v78 offset:1792
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 197 16                        ; kernels.py:197:16
	ds_read_u8 v47, v46 offset:96
	ds_read_u8 v56, v46 offset:64
	ds_read_u8 v57, v46
	ds_read_u8 v58, v46 offset:32
	.loc	1 194 5                         ; kernels.py:194:5
	s_add_i32 s19, s19, 64
	s_add_i32 s7, s7, s8
	.loc	1 197 16                        ; kernels.py:197:16
	s_waitcnt lgkmcnt(2)
	v_perm_b32 v47, v56, v47, s9
	.loc	1 194 5                         ; kernels.py:194:5
	s_cmp_lt_i32 s19, s14
	.loc	1 197 16                        ; kernels.py:197:16
	s_waitcnt lgkmcnt(0)
	v_perm_b32 v56, v57, v58, s9
	v_lshl_or_b32 v47, v47, 16, v56
	s_nop 1
	v_mfma_i32_32x32x8i8 v[2:17], v47, v48, v[2:17]
	ds_read_u8 v47, v46 offset:320
	ds_read_u8 v48, v46 offset:256
	ds_read_u8 v56, v46 offset:288
	ds_read_u8 v57, v46 offset:352
	s_waitcnt lgkmcnt(1)
	v_perm_b32 v48, v48, v56, s9
	s_waitcnt lgkmcnt(0)
	v_perm_b32 v47, v47, v57, s9
	v_lshl_or_b32 v47, v47, 16, v48
	s_nop 1
	v_mfma_i32_32x32x8i8 v[2:17], v47, v50, v[2:17]
	ds_read_u8 v47, v46 offset:544
	ds_read_u8 v48, v46 offset:576
	ds_read_u8 v50, v46 offset:512
	ds_read_u8 v56, v46 offset:608
	s_waitcnt lgkmcnt(1)
	v_perm_b32 v47, v50, v47, s9
	s_waitcnt lgkmcnt(0)
	v_perm_b32 v48, v48, v56, s9
	v_lshl_or_b32 v47, v48, 16, v47
	s_nop 1
	v_mfma_i32_32x32x8i8 v[2:17], v47, v52, v[2:17]
	ds_read_u8 v47, v46 offset:832
	ds_read_u8 v48, v46 offset:768
	ds_read_u8 v50, v46 offset:800
	ds_read_u8 v52, v46 offset:864
	s_waitcnt lgkmcnt(1)
	v_perm_b32 v48, v48, v50, s9
	s_waitcnt lgkmcnt(0)
	v_perm_b32 v47, v47, v52, s9
	v_lshl_or_b32 v47, v47, 16, v48
	s_nop 1
	v_mfma_i32_32x32x8i8 v[2:17], v47, v54, v[2:17]
	ds_read_u8 v47, v46 offset:1056
	ds_read_u8 v48, v46 offset:1088
	ds_read_u8 v50, v46 offset:1024
	ds_read_u8 v52, v46 offset:1120
	s_waitcnt lgkmcnt(1)
	v_perm_b32 v47, v50, v47, s9
	s_waitcnt lgkmcnt(0)
	v_perm_b32 v48, v48, v52, s9
	v_lshl_or_b32 v47, v48, 16, v47
	s_nop 1
	v_mfma_i32_32x32x8i8 v[2:17], v47, v49, v[2:17]
	ds_read_u8 v47, v46 offset:1344
	ds_read_u8 v48, v46 offset:1280
	ds_read_u8 v49, v46 offset:1312
	ds_read_u8 v50, v46 offset:1376
	s_waitcnt lgkmcnt(1)
	v_perm_b32 v48, v48, v49, s9
	s_waitcnt lgkmcnt(0)
	v_perm_b32 v47, v47, v50, s9
	v_lshl_or_b32 v47, v47, 16, v48
	s_nop 1
	v_mfma_i32_32x32x8i8 v[2:17], v47, v51, v[2:17]
	ds_read_u8 v47, v46 offset:1568
	ds_read_u8 v48, v46 offset:1600
	ds_read_u8 v49, v46 offset:1536
	ds_read_u8 v50, v46 offset:1632
	s_waitcnt lgkmcnt(1)
	v_perm_b32 v47, v49, v47, s9
	s_waitcnt lgkmcnt(0)
	v_perm_b32 v48, v48, v50, s9
	v_lshl_or_b32 v47, v48, 16, v47
	s_nop 1
	v_mfma_i32_32x32x8i8 v[2:17], v47, v53, v[2:17]
	ds_read_u8 v47, v46 offset:1856
	ds_read_u8 v48, v46 offset:1792
	ds_read_u8 v49, v46 offset:1824
	ds_read_u8 v50, v46 offset:1888
	s_waitcnt lgkmcnt(1)
	v_perm_b32 v48, v48, v49, s9
	s_waitcnt lgkmcnt(0)
	v_perm_b32 v47, v47, v50, s9
	v_lshl_or_b32 v47, v47, 16, v48
	s_nop 1
	v_mfma_i32_32x32x8i8 v[2:17], v47, v55, v[2:17]
	.loc	1 194 5                         ; kernels.py:194:5
	s_cbranch_scc1 .LBB0_2
; %bb.3:                                ; %Flow152
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	s_load_dword s3, s[4:5], 0x2c
	.loc	1 198 5 is_stmt 1               ; kernels.py:198:5
	s_cmp_lg_u32 s1, 0
	s_cbranch_scc0 .LBB0_6
.LBB0_4:                                ; %.critedge28
	.loc	1 186 1                         ; kernels.py:186:1
	s_endpgm
.LBB0_5:
	.loc	1 0 1 is_stmt 0                 ; kernels.py:0:1
	v_mov_b32_e32 v17, 0
	v_mov_b32_e32 v16, v17
	v_mov_b32_e32 v15, v17
	v_mov_b32_e32 v14, v17
	v_mov_b32_e32 v13, v17
	v_mov_b32_e32 v12, v17
	v_mov_b32_e32 v11, v17
	v_mov_b32_e32 v10, v17
	v_mov_b32_e32 v9, v17
	v_mov_b32_e32 v8, v17
	v_mov_b32_e32 v7, v17
	v_mov_b32_e32 v6, v17
	v_mov_b32_e32 v5, v17
	v_mov_b32_e32 v4, v17
	v_mov_b32_e32 v3, v17
	v_mov_b32_e32 v2, v17
	s_load_dword s3, s[4:5], 0x2c
	.loc	1 198 5 is_stmt 1               ; kernels.py:198:5
	s_cmp_lg_u32 s1, 0
	s_cbranch_scc1 .LBB0_4
.LBB0_6:                                ; %.critedge
	.loc	1 190 10                        ; kernels.py:190:10
	v_or_b32_e32 v1, s0, v1
	.loc	1 191 10                        ; kernels.py:191:10
	v_or_b32_e32 v0, s2, v18
	.loc	1 198 22                        ; kernels.py:198:22
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v18, s3, v1
	.loc	1 198 14 is_stmt 0              ; kernels.py:198:14
	v_ashrrev_i32_e32 v19, 31, v18
	v_lshlrev_b64 v[18:19], 2, v[18:19]
	v_mov_b32_e32 v1, s11
	v_add_co_u32_e32 v18, vcc, s10, v18
	v_addc_co_u32_e32 v19, vcc, v1, v19, vcc
	v_ashrrev_i32_e32 v1, 31, v0
	v_lshlrev_b64 v[0:1], 2, v[0:1]
	v_add_co_u32_e32 v0, vcc, v18, v0
	v_addc_co_u32_e32 v1, vcc, v19, v1, vcc
	.loc	1 198 5                         ; kernels.py:198:5
	s_nop 1
	global_store_dwordx4 v[0:1], v[2:5], off
	global_store_dwordx4 v[0:1], v[6:9], off offset:32
	global_store_dwordx4 v[0:1], v[10:13], off offset:64
	global_store_dwordx4 v[0:1], v[14:17], off offset:96
	.loc	1 186 1 is_stmt 1               ; kernels.py:186:1
	s_endpgm
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
		.amdhsa_next_free_vgpr 79
		.amdhsa_next_free_sgpr 29
		.amdhsa_accum_offset 80
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
	.set .Lgemm.num_vgpr, 79
	.set .Lgemm.num_agpr, 0
	.set .Lgemm.numbered_sgpr, 29
	.set .Lgemm.num_named_barrier, 0
	.set .Lgemm.private_seg_size, 0
	.set .Lgemm.uses_vcc, 1
	.set .Lgemm.uses_flat_scratch, 0
	.set .Lgemm.has_dyn_sized_stack, 0
	.set .Lgemm.has_recursion, 0
	.set .Lgemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 2220
; TotalNumSgprs: 33
; NumVgprs: 79
; NumAgprs: 0
; TotalNumVgprs: 79
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 4
; VGPRBlocks: 9
; NumSGPRsForWavesPerEU: 33
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
    .max_flat_workgroup_size: 256
    .name:           gemm
    .private_segment_fixed_size: 0
    .sgpr_count:     33
    .sgpr_spill_count: 0
    .symbol:         gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     79
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

	.amdgcn_target "amdgcn-amd-amdhsa--gfx942"
	.amdhsa_code_object_version 5
	.text
	.globl	oversized_tile_fp8_gemm         ; -- Begin function oversized_tile_fp8_gemm
	.p2align	8
	.type	oversized_tile_fp8_gemm,@function
oversized_tile_fp8_gemm:                ; @oversized_tile_fp8_gemm
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.279:
	.file	1 "spill.py"
	.loc	1 16 0 prologue_end             ; spill.py:16:0
	s_load_dwordx2 s[2:3], s[0:1], 0x0
	s_load_dwordx8 s[4:11], s[0:1], 0x8
	s_load_dwordx4 s[12:15], s[0:1], 0x28
	s_waitcnt lgkmcnt(0)
	s_branch .LBB0_0
	.loc	1 0 0 is_stmt 0                 ; :0:0
.Ltmp0:
	.p2align	8
; %bb.280:
.LBB0_0:
.Ltmp1:
	.loc	1 22 21 is_stmt 1               ; spill.py:22:21
	s_lshl_b32 s20, s16, 8
	.loc	1 29 22                         ; spill.py:29:22
	s_add_i32 s0, s10, -1
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v1, s20, v0
	.loc	1 29 22                         ; spill.py:29:22
	s_cmp_lt_u32 s0, 0x7ffffff0
	.loc	1 30 52                         ; spill.py:30:52
	v_cmp_gt_i32_e32 vcc, s8, v1
	.loc	1 29 22                         ; spill.py:29:22
	s_cselect_b64 s[18:19], -1, 0
	s_and_b64 s[14:15], vcc, s[18:19]
	v_mov_b32_e32 v2, 0
	v_mov_b32_e32 v6, 0
	v_mov_b32_e32 v7, 0
	v_mov_b32_e32 v8, 0
	v_mov_b32_e32 v9, 0
	.loc	1 30 20                         ; spill.py:30:20
	s_and_saveexec_b64 s[0:1], s[14:15]
	s_cbranch_execz .LBB0_2
; %bb.1:
	.loc	1 25 39                         ; spill.py:25:39
	v_mul_lo_u32 v4, s11, v1
	.loc	1 25 21 is_stmt 0               ; spill.py:25:21
	v_ashrrev_i32_e32 v5, 31, v4
	v_lshl_add_u64 v[4:5], s[2:3], 0, v[4:5]
	.loc	1 30 20 is_stmt 1               ; spill.py:30:20
	global_load_dwordx4 v[6:9], v[4:5], off
.LBB0_2:
	.loc	1 0 20 is_stmt 0                ; spill.py:0:20
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_or_b32_e32 v1, 0x80, v0
	.loc	1 22 31 is_stmt 0               ; spill.py:22:31
	v_or_b32_e32 v10, s20, v1
	.loc	1 30 52 is_stmt 1               ; spill.py:30:52
	v_cmp_gt_i32_e64 s[0:1], s8, v10
	.loc	1 29 22                         ; spill.py:29:22
	s_and_b64 s[22:23], s[0:1], s[18:19]
	v_mov_b32_e32 v3, 0
	v_mov_b32_e32 v4, 0
	v_mov_b32_e32 v5, 0
	.loc	1 30 20                         ; spill.py:30:20
	s_and_saveexec_b64 s[14:15], s[22:23]
	s_cbranch_execz .LBB0_4
; %bb.3:
	.loc	1 25 39                         ; spill.py:25:39
	v_mul_lo_u32 v2, s11, v10
	.loc	1 25 21 is_stmt 0               ; spill.py:25:21
	v_ashrrev_i32_e32 v3, 31, v2
	v_lshl_add_u64 v[2:3], s[2:3], 0, v[2:3]
	.loc	1 30 20 is_stmt 1               ; spill.py:30:20
	global_load_dwordx4 v[2:5], v[2:3], off
.LBB0_4:
	.loc	1 0 20 is_stmt 0                ; spill.py:0:20
	s_or_b64 exec, exec, s[14:15]
	.loc	1 23 21 is_stmt 1               ; spill.py:23:21
	s_lshl_b32 s21, s17, 8
	.loc	1 23 31 is_stmt 0               ; spill.py:23:31
	v_or_b32_e32 v11, s21, v0
	.loc	1 31 52 is_stmt 1               ; spill.py:31:52
	v_cmp_gt_i32_e64 s[14:15], s9, v11
	.loc	1 29 22                         ; spill.py:29:22
	s_and_b64 s[22:23], s[14:15], s[18:19]
	v_mov_b32_e32 v10, 0
	v_mov_b32_e32 v14, 0
	v_mov_b32_e32 v15, 0
	v_mov_b32_e32 v16, 0
	v_mov_b32_e32 v17, 0
	.loc	1 31 20                         ; spill.py:31:20
	s_and_saveexec_b64 s[16:17], s[22:23]
	s_cbranch_execz .LBB0_6
; %bb.5:
	.loc	1 26 39                         ; spill.py:26:39
	v_mul_lo_u32 v12, s12, v11
	.loc	1 26 21 is_stmt 0               ; spill.py:26:21
	v_ashrrev_i32_e32 v13, 31, v12
	v_lshl_add_u64 v[12:13], s[4:5], 0, v[12:13]
	.loc	1 31 20 is_stmt 1               ; spill.py:31:20
	global_load_dwordx4 v[14:17], v[12:13], off
.LBB0_6:
	.loc	1 0 20 is_stmt 0                ; spill.py:0:20
	s_or_b64 exec, exec, s[16:17]
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v1, s21, v1
	.loc	1 31 52                         ; spill.py:31:52
	v_cmp_gt_i32_e64 s[16:17], s9, v1
	.loc	1 29 22                         ; spill.py:29:22
	s_and_b64 s[22:23], s[16:17], s[18:19]
	v_mov_b32_e32 v11, 0
	v_mov_b32_e32 v12, 0
	v_mov_b32_e32 v13, 0
	.loc	1 31 20                         ; spill.py:31:20
	s_and_saveexec_b64 s[18:19], s[22:23]
	s_cbranch_execz .LBB0_8
; %bb.7:
	.loc	1 26 39                         ; spill.py:26:39
	v_mul_lo_u32 v10, s12, v1
	.loc	1 26 21 is_stmt 0               ; spill.py:26:21
	v_ashrrev_i32_e32 v11, 31, v10
	v_lshl_add_u64 v[10:11], s[4:5], 0, v[10:11]
	.loc	1 31 20 is_stmt 1               ; spill.py:31:20
	global_load_dwordx4 v[10:13], v[10:11], off
.LBB0_8:
	.loc	1 0 20 is_stmt 0                ; spill.py:0:20
	s_or_b64 exec, exec, s[18:19]
	.loc	1 22 44 is_stmt 1               ; spill.py:22:44
	v_lshrrev_b32_e32 v18, 1, v0
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_e32 v22, 4, v18
	.loc	1 22 44                         ; spill.py:22:44
	v_lshrrev_b32_e32 v1, 6, v0
	scratch_store_dword off, v1, off offset:2428 ; 4-byte Folded Spill
	.loc	1 31 20                         ; spill.py:31:20
	s_add_i32 s19, 0, 0x1000
	scratch_store_dword off, v18, off offset:2408 ; 4-byte Folded Spill
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b32_e32 v18, 4, v0
	v_or_b32_e32 v19, v22, v18
	v_add_u32_e32 v23, 0, v19
	s_waitcnt vmcnt(2)
	ds_write_b32 v23, v6
	v_xor_b32_e32 v6, 4, v22
	v_or_b32_e32 v6, v6, v18
	v_add_u32_e32 v24, 0, v6
	ds_write_b32 v24, v7
	ds_write_b32 v23, v8 offset:8
	v_xor_b32_e32 v7, 12, v22
	v_or_b32_e32 v7, v7, v18
	v_add_u32_e32 v8, 0, v7
	v_accvgpr_write_b32 a0, 0
	scratch_store_dword off, v22, off offset:2424 ; 4-byte Folded Spill
	ds_write_b32 v23, v2 offset:2048
	ds_write_b32 v24, v3 offset:2048
	v_or_b32_e32 v2, 0x800, v19
	v_add_u32_e32 v3, 0, v2
	scratch_store_dword off, v3, off offset:2380 ; 4-byte Folded Spill
	ds_write_b32 v3, v4 offset:8
	ds_write2st64_b32 v8, v9, v5 offset1:8
	.loc	1 31 20                         ; spill.py:31:20
	v_add_u32_e32 v3, s19, v19
	v_accvgpr_write_b32 a1, 0
	scratch_store_dword off, v23, off offset:2368 ; 4-byte Folded Spill
	scratch_store_dword off, v24, off offset:2372 ; 4-byte Folded Spill
	scratch_store_dword off, v8, off offset:2376 ; 4-byte Folded Spill
	ds_write_b32 v23, v14 offset:4096
	ds_write_b32 v24, v15 offset:4096
	ds_write_b32 v3, v16 offset:8
	ds_write_b32 v8, v17 offset:4096
	ds_write_b32 v3, v10 offset:2048
	v_add_u32_e32 v3, s19, v6
	ds_write_b32 v3, v11 offset:2048
	v_add_u32_e32 v2, s19, v2
	ds_write_b32 v2, v12 offset:8
	v_add_u32_e32 v2, s19, v7
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a15, 0
	ds_write_b32 v2, v13 offset:2048
	scratch_store_dwordx4 off, a[0:3], off  ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:48 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a15, 0
	scratch_store_dwordx4 off, a[0:3], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:240 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a15, 0
	scratch_store_dwordx4 off, a[0:3], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:112 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_read_b32 v177, a15
	v_accvgpr_read_b32 v174, a12
	v_accvgpr_read_b32 v175, a13
	v_accvgpr_read_b32 v176, a14
	v_accvgpr_read_b32 v173, a11
	v_accvgpr_read_b32 v172, a10
	v_accvgpr_read_b32 v171, a9
	v_accvgpr_read_b32 v170, a8
	v_accvgpr_read_b32 v169, a7
	v_accvgpr_read_b32 v168, a6
	v_accvgpr_read_b32 v167, a5
	v_accvgpr_read_b32 v166, a4
	v_accvgpr_read_b32 v165, a3
	v_accvgpr_read_b32 v164, a2
	v_accvgpr_read_b32 v163, a1
	v_accvgpr_read_b32 v162, a0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_read_b32 v39, a15
	v_accvgpr_read_b32 v36, a12
	v_accvgpr_read_b32 v37, a13
	v_accvgpr_read_b32 v38, a14
	v_accvgpr_read_b32 v35, a11
	v_accvgpr_read_b32 v34, a10
	v_accvgpr_read_b32 v33, a9
	v_accvgpr_read_b32 v32, a8
	v_accvgpr_read_b32 v31, a7
	v_accvgpr_read_b32 v30, a6
	v_accvgpr_read_b32 v29, a5
	v_accvgpr_read_b32 v28, a4
	v_accvgpr_read_b32 v27, a3
	v_accvgpr_read_b32 v26, a2
	v_accvgpr_read_b32 v25, a1
	v_accvgpr_read_b32 v24, a0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a15, 0
	scratch_store_dwordx4 off, a[0:3], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:176 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_read_b32 v19, a15
	v_accvgpr_read_b32 v16, a12
	v_accvgpr_read_b32 v17, a13
	v_accvgpr_read_b32 v18, a14
	v_accvgpr_read_b32 v15, a11
	v_accvgpr_read_b32 v14, a10
	v_accvgpr_read_b32 v13, a9
	v_accvgpr_read_b32 v12, a8
	v_accvgpr_read_b32 v11, a7
	v_accvgpr_read_b32 v10, a6
	v_accvgpr_read_b32 v9, a5
	v_accvgpr_read_b32 v8, a4
	v_accvgpr_read_b32 v7, a3
	v_accvgpr_read_b32 v6, a2
	v_accvgpr_read_b32 v5, a1
	v_accvgpr_read_b32 v4, a0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_read_b32 v143, a15
	v_accvgpr_read_b32 v140, a12
	v_accvgpr_read_b32 v141, a13
	v_accvgpr_read_b32 v142, a14
	v_accvgpr_read_b32 v139, a11
	v_accvgpr_read_b32 v138, a10
	v_accvgpr_read_b32 v137, a9
	v_accvgpr_read_b32 v136, a8
	v_accvgpr_read_b32 v135, a7
	v_accvgpr_read_b32 v134, a6
	v_accvgpr_read_b32 v133, a5
	v_accvgpr_read_b32 v132, a4
	v_accvgpr_read_b32 v131, a3
	v_accvgpr_read_b32 v130, a2
	v_accvgpr_read_b32 v129, a1
	v_accvgpr_read_b32 v128, a0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_read_b32 v127, a15
	v_accvgpr_read_b32 v124, a12
	v_accvgpr_read_b32 v125, a13
	v_accvgpr_read_b32 v126, a14
	v_accvgpr_read_b32 v123, a11
	v_accvgpr_read_b32 v122, a10
	v_accvgpr_read_b32 v121, a9
	v_accvgpr_read_b32 v120, a8
	v_accvgpr_read_b32 v119, a7
	v_accvgpr_read_b32 v118, a6
	v_accvgpr_read_b32 v117, a5
	v_accvgpr_read_b32 v116, a4
	v_accvgpr_read_b32 v115, a3
	v_accvgpr_read_b32 v114, a2
	v_accvgpr_read_b32 v113, a1
	v_accvgpr_read_b32 v112, a0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_read_b32 v111, a15
	v_accvgpr_read_b32 v108, a12
	v_accvgpr_read_b32 v109, a13
	v_accvgpr_read_b32 v110, a14
	v_accvgpr_read_b32 v107, a11
	v_accvgpr_read_b32 v106, a10
	v_accvgpr_read_b32 v105, a9
	v_accvgpr_read_b32 v104, a8
	v_accvgpr_read_b32 v103, a7
	v_accvgpr_read_b32 v102, a6
	v_accvgpr_read_b32 v101, a5
	v_accvgpr_read_b32 v100, a4
	v_accvgpr_read_b32 v99, a3
	v_accvgpr_read_b32 v98, a2
	v_accvgpr_read_b32 v97, a1
	v_accvgpr_read_b32 v96, a0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_read_b32 v95, a15
	v_accvgpr_read_b32 v92, a12
	v_accvgpr_read_b32 v93, a13
	v_accvgpr_read_b32 v94, a14
	v_accvgpr_read_b32 v91, a11
	v_accvgpr_read_b32 v90, a10
	v_accvgpr_read_b32 v89, a9
	v_accvgpr_read_b32 v88, a8
	v_accvgpr_read_b32 v87, a7
	v_accvgpr_read_b32 v86, a6
	v_accvgpr_read_b32 v85, a5
	v_accvgpr_read_b32 v84, a4
	v_accvgpr_read_b32 v83, a3
	v_accvgpr_read_b32 v82, a2
	v_accvgpr_read_b32 v81, a1
	v_accvgpr_read_b32 v80, a0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_read_b32 v79, a15
	v_accvgpr_read_b32 v76, a12
	v_accvgpr_read_b32 v77, a13
	v_accvgpr_read_b32 v78, a14
	v_accvgpr_read_b32 v75, a11
	v_accvgpr_read_b32 v74, a10
	v_accvgpr_read_b32 v73, a9
	v_accvgpr_read_b32 v72, a8
	v_accvgpr_read_b32 v71, a7
	v_accvgpr_read_b32 v70, a6
	v_accvgpr_read_b32 v69, a5
	v_accvgpr_read_b32 v68, a4
	v_accvgpr_read_b32 v67, a3
	v_accvgpr_read_b32 v66, a2
	v_accvgpr_read_b32 v65, a1
	v_accvgpr_read_b32 v64, a0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a15, 0
	scratch_store_dwordx4 off, a[0:3], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:496 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a15, 0
	scratch_store_dwordx4 off, a[0:3], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:560 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a15, 0
	.loc	1 22 44                         ; spill.py:22:44
	v_lshrrev_b32_e32 v1, 3, v0
	scratch_store_dwordx4 off, a[0:3], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:624 ; 16-byte Folded Spill
	v_and_b32_e32 v21, 4, v1
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a15, 0
	v_and_b32_e32 v20, 31, v0
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 40 22                         ; standard.py:40:22 @[ spill.py:29:33 ]
	s_add_i32 s18, s10, 15
	scratch_store_dwordx4 off, a[0:3], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:688 ; 16-byte Folded Spill
	v_or_b32_e32 v2, 8, v21
	v_lshlrev_b32_e32 v1, 2, v1
	v_accvgpr_write_b32 a208, 0
	v_accvgpr_write_b32 a209, 0
	v_accvgpr_write_b32 a210, 0
	v_accvgpr_write_b32 a211, 0
	v_accvgpr_write_b32 a212, 0
	v_accvgpr_write_b32 a213, 0
	v_accvgpr_write_b32 a214, 0
	v_accvgpr_write_b32 a215, 0
	v_accvgpr_write_b32 a216, 0
	v_accvgpr_write_b32 a217, 0
	v_accvgpr_write_b32 a218, 0
	v_accvgpr_write_b32 a219, 0
	v_accvgpr_write_b32 a220, 0
	v_accvgpr_write_b32 a221, 0
	v_accvgpr_write_b32 a222, 0
	v_accvgpr_write_b32 a223, 0
	v_accvgpr_write_b32 a16, 0
	v_accvgpr_write_b32 a17, 0
	v_accvgpr_write_b32 a18, 0
	v_accvgpr_write_b32 a19, 0
	v_accvgpr_write_b32 a20, 0
	v_accvgpr_write_b32 a21, 0
	v_accvgpr_write_b32 a22, 0
	v_accvgpr_write_b32 a23, 0
	v_accvgpr_write_b32 a24, 0
	v_accvgpr_write_b32 a25, 0
	v_accvgpr_write_b32 a26, 0
	v_accvgpr_write_b32 a27, 0
	v_accvgpr_write_b32 a28, 0
	v_accvgpr_write_b32 a29, 0
	v_accvgpr_write_b32 a30, 0
	v_accvgpr_write_b32 a31, 0
	v_accvgpr_write_b32 a32, 0
	v_accvgpr_write_b32 a33, 0
	v_accvgpr_write_b32 a34, 0
	v_accvgpr_write_b32 a35, 0
	v_accvgpr_write_b32 a36, 0
	v_accvgpr_write_b32 a37, 0
	v_accvgpr_write_b32 a38, 0
	v_accvgpr_write_b32 a39, 0
	v_accvgpr_write_b32 a40, 0
	v_accvgpr_write_b32 a41, 0
	v_accvgpr_write_b32 a42, 0
	v_accvgpr_write_b32 a43, 0
	v_accvgpr_write_b32 a44, 0
	v_accvgpr_write_b32 a45, 0
	v_accvgpr_write_b32 a46, 0
	v_accvgpr_write_b32 a47, 0
	v_accvgpr_write_b32 a48, 0
	v_accvgpr_write_b32 a49, 0
	v_accvgpr_write_b32 a50, 0
	v_accvgpr_write_b32 a51, 0
	v_accvgpr_write_b32 a52, 0
	v_accvgpr_write_b32 a53, 0
	v_accvgpr_write_b32 a54, 0
	v_accvgpr_write_b32 a55, 0
	v_accvgpr_write_b32 a56, 0
	v_accvgpr_write_b32 a57, 0
	v_accvgpr_write_b32 a58, 0
	v_accvgpr_write_b32 a59, 0
	v_accvgpr_write_b32 a60, 0
	v_accvgpr_write_b32 a61, 0
	v_accvgpr_write_b32 a62, 0
	v_accvgpr_write_b32 a63, 0
	v_accvgpr_write_b32 a64, 0
	v_accvgpr_write_b32 a65, 0
	v_accvgpr_write_b32 a66, 0
	v_accvgpr_write_b32 a67, 0
	v_accvgpr_write_b32 a68, 0
	v_accvgpr_write_b32 a69, 0
	v_accvgpr_write_b32 a70, 0
	v_accvgpr_write_b32 a71, 0
	v_accvgpr_write_b32 a72, 0
	v_accvgpr_write_b32 a73, 0
	v_accvgpr_write_b32 a74, 0
	v_accvgpr_write_b32 a75, 0
	v_accvgpr_write_b32 a76, 0
	v_accvgpr_write_b32 a77, 0
	v_accvgpr_write_b32 a78, 0
	v_accvgpr_write_b32 a79, 0
	v_accvgpr_write_b32 a80, 0
	v_accvgpr_write_b32 a81, 0
	v_accvgpr_write_b32 a82, 0
	v_accvgpr_write_b32 a83, 0
	v_accvgpr_write_b32 a84, 0
	v_accvgpr_write_b32 a85, 0
	v_accvgpr_write_b32 a86, 0
	v_accvgpr_write_b32 a87, 0
	v_accvgpr_write_b32 a88, 0
	v_accvgpr_write_b32 a89, 0
	v_accvgpr_write_b32 a90, 0
	v_accvgpr_write_b32 a91, 0
	v_accvgpr_write_b32 a92, 0
	v_accvgpr_write_b32 a93, 0
	v_accvgpr_write_b32 a94, 0
	v_accvgpr_write_b32 a95, 0
	v_accvgpr_write_b32 a96, 0
	v_accvgpr_write_b32 a97, 0
	v_accvgpr_write_b32 a98, 0
	v_accvgpr_write_b32 a99, 0
	v_accvgpr_write_b32 a100, 0
	v_accvgpr_write_b32 a101, 0
	v_accvgpr_write_b32 a102, 0
	v_accvgpr_write_b32 a103, 0
	v_accvgpr_write_b32 a104, 0
	v_accvgpr_write_b32 a105, 0
	v_accvgpr_write_b32 a106, 0
	v_accvgpr_write_b32 a107, 0
	v_accvgpr_write_b32 a108, 0
	v_accvgpr_write_b32 a109, 0
	v_accvgpr_write_b32 a110, 0
	v_accvgpr_write_b32 a111, 0
	v_accvgpr_write_b32 a112, 0
	v_accvgpr_write_b32 a113, 0
	v_accvgpr_write_b32 a114, 0
	v_accvgpr_write_b32 a115, 0
	v_accvgpr_write_b32 a116, 0
	v_accvgpr_write_b32 a117, 0
	v_accvgpr_write_b32 a118, 0
	v_accvgpr_write_b32 a119, 0
	v_accvgpr_write_b32 a120, 0
	v_accvgpr_write_b32 a121, 0
	v_accvgpr_write_b32 a122, 0
	v_accvgpr_write_b32 a123, 0
	v_accvgpr_write_b32 a124, 0
	v_accvgpr_write_b32 a125, 0
	v_accvgpr_write_b32 a126, 0
	v_accvgpr_write_b32 a127, 0
	v_accvgpr_write_b32 a128, 0
	v_accvgpr_write_b32 a129, 0
	v_accvgpr_write_b32 a130, 0
	v_accvgpr_write_b32 a131, 0
	v_accvgpr_write_b32 a132, 0
	v_accvgpr_write_b32 a133, 0
	v_accvgpr_write_b32 a134, 0
	v_accvgpr_write_b32 a135, 0
	v_accvgpr_write_b32 a136, 0
	v_accvgpr_write_b32 a137, 0
	v_accvgpr_write_b32 a138, 0
	v_accvgpr_write_b32 a139, 0
	v_accvgpr_write_b32 a140, 0
	v_accvgpr_write_b32 a141, 0
	v_accvgpr_write_b32 a142, 0
	v_accvgpr_write_b32 a143, 0
	v_accvgpr_write_b32 a144, 0
	v_accvgpr_write_b32 a145, 0
	v_accvgpr_write_b32 a146, 0
	v_accvgpr_write_b32 a147, 0
	v_accvgpr_write_b32 a148, 0
	v_accvgpr_write_b32 a149, 0
	v_accvgpr_write_b32 a150, 0
	v_accvgpr_write_b32 a151, 0
	v_accvgpr_write_b32 a152, 0
	v_accvgpr_write_b32 a153, 0
	v_accvgpr_write_b32 a154, 0
	v_accvgpr_write_b32 a155, 0
	v_accvgpr_write_b32 a156, 0
	v_accvgpr_write_b32 a157, 0
	v_accvgpr_write_b32 a158, 0
	v_accvgpr_write_b32 a159, 0
	v_accvgpr_write_b32 a160, 0
	v_accvgpr_write_b32 a161, 0
	v_accvgpr_write_b32 a162, 0
	v_accvgpr_write_b32 a163, 0
	v_accvgpr_write_b32 a164, 0
	v_accvgpr_write_b32 a165, 0
	v_accvgpr_write_b32 a166, 0
	v_accvgpr_write_b32 a167, 0
	v_accvgpr_write_b32 a168, 0
	v_accvgpr_write_b32 a169, 0
	v_accvgpr_write_b32 a170, 0
	v_accvgpr_write_b32 a171, 0
	v_accvgpr_write_b32 a172, 0
	v_accvgpr_write_b32 a173, 0
	v_accvgpr_write_b32 a174, 0
	v_accvgpr_write_b32 a175, 0
	v_accvgpr_write_b32 a176, 0
	v_accvgpr_write_b32 a177, 0
	v_accvgpr_write_b32 a178, 0
	v_accvgpr_write_b32 a179, 0
	v_accvgpr_write_b32 a180, 0
	v_accvgpr_write_b32 a181, 0
	v_accvgpr_write_b32 a182, 0
	v_accvgpr_write_b32 a183, 0
	v_accvgpr_write_b32 a184, 0
	v_accvgpr_write_b32 a185, 0
	v_accvgpr_write_b32 a186, 0
	v_accvgpr_write_b32 a187, 0
	v_accvgpr_write_b32 a188, 0
	v_accvgpr_write_b32 a189, 0
	v_accvgpr_write_b32 a190, 0
	v_accvgpr_write_b32 a191, 0
	v_accvgpr_write_b32 a192, 0
	v_accvgpr_write_b32 a193, 0
	v_accvgpr_write_b32 a194, 0
	v_accvgpr_write_b32 a195, 0
	v_accvgpr_write_b32 a196, 0
	v_accvgpr_write_b32 a197, 0
	v_accvgpr_write_b32 a198, 0
	v_accvgpr_write_b32 a199, 0
	v_accvgpr_write_b32 a200, 0
	v_accvgpr_write_b32 a201, 0
	v_accvgpr_write_b32 a202, 0
	v_accvgpr_write_b32 a203, 0
	v_accvgpr_write_b32 a204, 0
	v_accvgpr_write_b32 a205, 0
	v_accvgpr_write_b32 a206, 0
	v_accvgpr_write_b32 a207, 0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a224, 0
	v_accvgpr_write_b32 a225, 0
	v_accvgpr_write_b32 a226, 0
	v_accvgpr_write_b32 a227, 0
	v_accvgpr_write_b32 a228, 0
	v_accvgpr_write_b32 a229, 0
	v_accvgpr_write_b32 a230, 0
	v_accvgpr_write_b32 a231, 0
	v_accvgpr_write_b32 a232, 0
	v_accvgpr_write_b32 a233, 0
	v_accvgpr_write_b32 a234, 0
	v_accvgpr_write_b32 a235, 0
	v_accvgpr_write_b32 a236, 0
	v_accvgpr_write_b32 a237, 0
	v_accvgpr_write_b32 a238, 0
	v_accvgpr_write_b32 a239, 0
	v_accvgpr_write_b32 a240, 0
	v_accvgpr_write_b32 a241, 0
	v_accvgpr_write_b32 a242, 0
	v_accvgpr_write_b32 a243, 0
	v_accvgpr_write_b32 a244, 0
	v_accvgpr_write_b32 a245, 0
	v_accvgpr_write_b32 a246, 0
	v_accvgpr_write_b32 a247, 0
	v_accvgpr_write_b32 a248, 0
	v_accvgpr_write_b32 a249, 0
	v_accvgpr_write_b32 a250, 0
	v_accvgpr_write_b32 a251, 0
	v_accvgpr_write_b32 a252, 0
	v_accvgpr_write_b32 a253, 0
	v_accvgpr_write_b32 a254, 0
.Ltmp3:
	.loc	1 29 22                         ; spill.py:29:22
	s_cmp_lt_i32 s18, 32
	v_accvgpr_write_b32 a255, 0
	scratch_store_dword off, v21, off offset:2400 ; 4-byte Folded Spill
	scratch_store_dword off, v2, off offset:2412 ; 4-byte Folded Spill
	scratch_store_dword off, v1, off offset:2416 ; 4-byte Folded Spill
	scratch_store_dword off, v20, off offset:2404 ; 4-byte Folded Spill
	v_lshlrev_b32_e32 v1, 4, v20
	scratch_store_dword off, v1, off offset:2420 ; 4-byte Folded Spill
	s_cbranch_scc1 .LBB0_20
; %bb.9:                                ; %.lr.ph
	.loc	1 0 22 is_stmt 0                ; spill.py:0:22
	scratch_load_dword v1, off, off offset:2416 ; 4-byte Folded Reload
	scratch_load_dword v4, off, off offset:2420 ; 4-byte Folded Reload
	scratch_load_dword v5, off, off offset:2400 ; 4-byte Folded Reload
	v_lshrrev_b32_e32 v7, 6, v0
	scratch_load_dword v6, off, off offset:2412 ; 4-byte Folded Reload
	v_accvgpr_write_b32 a223, 0
	v_accvgpr_write_b32 a222, 0
	v_accvgpr_write_b32 a221, 0
	v_accvgpr_write_b32 a220, 0
	v_accvgpr_write_b32 a219, 0
	v_accvgpr_write_b32 a218, 0
	v_accvgpr_write_b32 a217, 0
	v_accvgpr_write_b32 a216, 0
	v_accvgpr_write_b32 a215, 0
	v_accvgpr_write_b32 a214, 0
	v_accvgpr_write_b32 a213, 0
	v_accvgpr_write_b32 a212, 0
	v_accvgpr_write_b32 a211, 0
	v_accvgpr_write_b32 a210, 0
	v_accvgpr_write_b32 a209, 0
	v_accvgpr_write_b32 a208, 0
	v_accvgpr_read_b32 v255, a223
	v_accvgpr_read_b32 v251, a219
	v_accvgpr_read_b32 v252, a220
	v_accvgpr_read_b32 v254, a222
	v_accvgpr_read_b32 v253, a221
	v_accvgpr_read_b32 v250, a218
	v_accvgpr_read_b32 v249, a217
	v_accvgpr_read_b32 v248, a216
	v_accvgpr_read_b32 v247, a215
	v_accvgpr_read_b32 v246, a214
	v_accvgpr_read_b32 v245, a213
	v_accvgpr_read_b32 v244, a212
	v_accvgpr_read_b32 v243, a211
	v_accvgpr_read_b32 v242, a210
	v_accvgpr_read_b32 v241, a209
	v_accvgpr_read_b32 v240, a208
	v_accvgpr_write_b32 a208, 0
	v_accvgpr_write_b32 a220, 0
	v_accvgpr_write_b32 a223, 0
	v_accvgpr_write_b32 a222, 0
	v_accvgpr_write_b32 a221, 0
	v_accvgpr_write_b32 a219, 0
	v_accvgpr_write_b32 a218, 0
	v_accvgpr_write_b32 a217, 0
	v_accvgpr_write_b32 a216, 0
	v_accvgpr_write_b32 a215, 0
	v_accvgpr_write_b32 a214, 0
	v_accvgpr_write_b32 a213, 0
	v_accvgpr_write_b32 a212, 0
	v_accvgpr_write_b32 a211, 0
	v_accvgpr_write_b32 a210, 0
	v_accvgpr_write_b32 a209, 0
	v_accvgpr_read_b32 v146, a208
	v_accvgpr_read_b32 v147, a209
	v_accvgpr_read_b32 v148, a210
	v_accvgpr_read_b32 v149, a211
	v_accvgpr_read_b32 v150, a212
	v_accvgpr_read_b32 v151, a213
	v_accvgpr_read_b32 v152, a214
	v_accvgpr_read_b32 v153, a215
	v_accvgpr_read_b32 v154, a216
	v_accvgpr_read_b32 v155, a217
	v_accvgpr_read_b32 v156, a218
	v_accvgpr_read_b32 v157, a219
	v_accvgpr_read_b32 v158, a220
	v_accvgpr_read_b32 v159, a221
	v_accvgpr_read_b32 v160, a222
	v_accvgpr_read_b32 v161, a223
	v_accvgpr_write_b32 a208, 0
	v_accvgpr_write_b32 a223, 0
	v_accvgpr_write_b32 a222, 0
	v_accvgpr_write_b32 a221, 0
	v_accvgpr_write_b32 a220, 0
	v_accvgpr_write_b32 a219, 0
	v_accvgpr_write_b32 a218, 0
	v_accvgpr_write_b32 a217, 0
	v_accvgpr_write_b32 a216, 0
	v_accvgpr_write_b32 a215, 0
	v_accvgpr_write_b32 a214, 0
	v_accvgpr_write_b32 a213, 0
	s_waitcnt vmcnt(2)
	v_add_u32_e32 v3, 0, v4
	v_lshl_or_b32 v4, v7, 9, v4
	scratch_load_dword v7, off, off offset:2424 ; 4-byte Folded Reload
	v_accvgpr_write_b32 a212, 0
	v_accvgpr_write_b32 a211, 0
	v_accvgpr_write_b32 a210, 0
	v_accvgpr_write_b32 a209, 0
	v_accvgpr_read_b32 v178, a208
	v_accvgpr_read_b32 v179, a209
	v_accvgpr_read_b32 v180, a210
	v_accvgpr_read_b32 v181, a211
	v_accvgpr_read_b32 v182, a212
	v_accvgpr_read_b32 v183, a213
	v_accvgpr_read_b32 v184, a214
	v_accvgpr_read_b32 v185, a215
	v_accvgpr_read_b32 v186, a216
	v_accvgpr_read_b32 v187, a217
	v_accvgpr_read_b32 v188, a218
	v_accvgpr_read_b32 v189, a219
	v_accvgpr_read_b32 v190, a220
	v_accvgpr_read_b32 v191, a221
	v_accvgpr_read_b32 v192, a222
	v_accvgpr_read_b32 v193, a223
	v_accvgpr_write_b32 a223, 0
	v_accvgpr_write_b32 a220, 0
	v_accvgpr_write_b32 a222, 0
	v_accvgpr_write_b32 a221, 0
	v_accvgpr_write_b32 a219, 0
	v_accvgpr_write_b32 a218, 0
	v_accvgpr_write_b32 a217, 0
	v_accvgpr_write_b32 a216, 0
	v_accvgpr_write_b32 a215, 0
	v_accvgpr_write_b32 a214, 0
	v_accvgpr_write_b32 a213, 0
	v_accvgpr_write_b32 a212, 0
	v_accvgpr_write_b32 a211, 0
	v_accvgpr_write_b32 a210, 0
	v_accvgpr_write_b32 a209, 0
	v_accvgpr_write_b32 a208, 0
	v_accvgpr_read_b32 v239, a223
	v_accvgpr_read_b32 v236, a220
	v_accvgpr_read_b32 v237, a221
	v_accvgpr_read_b32 v238, a222
	v_accvgpr_read_b32 v235, a219
	v_accvgpr_read_b32 v234, a218
	v_accvgpr_read_b32 v233, a217
	v_accvgpr_read_b32 v232, a216
	v_accvgpr_read_b32 v231, a215
	v_accvgpr_read_b32 v230, a214
	v_accvgpr_read_b32 v229, a213
	v_accvgpr_read_b32 v228, a212
	v_accvgpr_read_b32 v227, a211
	v_accvgpr_read_b32 v226, a210
	v_accvgpr_read_b32 v225, a209
	v_accvgpr_read_b32 v224, a208
	v_accvgpr_write_b32 a208, 0
	v_accvgpr_write_b32 a221, 0
	v_accvgpr_write_b32 a223, 0
	v_accvgpr_write_b32 a222, 0
	v_accvgpr_write_b32 a220, 0
	v_accvgpr_write_b32 a219, 0
	v_accvgpr_write_b32 a218, 0
	v_accvgpr_write_b32 a217, 0
	v_accvgpr_write_b32 a216, 0
	v_accvgpr_write_b32 a215, 0
	v_accvgpr_write_b32 a214, 0
	v_accvgpr_write_b32 a213, 0
	v_accvgpr_write_b32 a212, 0
	v_accvgpr_write_b32 a211, 0
	v_accvgpr_write_b32 a210, 0
	v_accvgpr_write_b32 a209, 0
	v_accvgpr_read_b32 v48, a208
	v_accvgpr_read_b32 v49, a209
	v_accvgpr_read_b32 v50, a210
	v_accvgpr_read_b32 v51, a211
	v_accvgpr_read_b32 v52, a212
	v_accvgpr_read_b32 v53, a213
	v_accvgpr_read_b32 v54, a214
	v_accvgpr_read_b32 v55, a215
	v_accvgpr_read_b32 v56, a216
	v_accvgpr_read_b32 v57, a217
	v_accvgpr_read_b32 v58, a218
	v_accvgpr_read_b32 v59, a219
	v_accvgpr_read_b32 v60, a220
	v_accvgpr_read_b32 v61, a221
	v_accvgpr_read_b32 v62, a222
	v_accvgpr_read_b32 v63, a223
	v_accvgpr_write_b32 a208, 0
	v_accvgpr_write_b32 a223, 0
	v_accvgpr_write_b32 a222, 0
	v_accvgpr_write_b32 a221, 0
	v_accvgpr_write_b32 a220, 0
	v_accvgpr_write_b32 a219, 0
	v_accvgpr_write_b32 a218, 0
	v_accvgpr_write_b32 a217, 0
	v_accvgpr_write_b32 a216, 0
	v_accvgpr_write_b32 a215, 0
	v_accvgpr_write_b32 a214, 0
	v_accvgpr_write_b32 a213, 0
	v_accvgpr_write_b32 a212, 0
	v_accvgpr_write_b32 a211, 0
	v_accvgpr_write_b32 a210, 0
	v_accvgpr_write_b32 a209, 0
	v_accvgpr_read_b32 v64, a208
	v_accvgpr_read_b32 v65, a209
	v_accvgpr_read_b32 v66, a210
	v_accvgpr_read_b32 v67, a211
	v_accvgpr_read_b32 v68, a212
	v_accvgpr_read_b32 v69, a213
	v_accvgpr_read_b32 v70, a214
	v_accvgpr_read_b32 v71, a215
	v_accvgpr_read_b32 v72, a216
	v_accvgpr_read_b32 v73, a217
	v_accvgpr_read_b32 v74, a218
	v_accvgpr_read_b32 v75, a219
	v_accvgpr_read_b32 v76, a220
	v_accvgpr_read_b32 v77, a221
	v_accvgpr_read_b32 v78, a222
	v_accvgpr_read_b32 v79, a223
	v_accvgpr_write_b32 a208, 0
	v_accvgpr_write_b32 a223, 0
	v_accvgpr_write_b32 a222, 0
	v_accvgpr_write_b32 a221, 0
	v_accvgpr_write_b32 a220, 0
	v_accvgpr_write_b32 a219, 0
	v_accvgpr_write_b32 a218, 0
	v_accvgpr_write_b32 a217, 0
	v_accvgpr_write_b32 a216, 0
	v_accvgpr_write_b32 a215, 0
	v_accvgpr_write_b32 a214, 0
	v_accvgpr_write_b32 a213, 0
	v_accvgpr_write_b32 a212, 0
	v_accvgpr_write_b32 a211, 0
	v_accvgpr_write_b32 a210, 0
	v_accvgpr_write_b32 a209, 0
	v_accvgpr_read_b32 v80, a208
	v_accvgpr_read_b32 v81, a209
	v_accvgpr_read_b32 v82, a210
	v_accvgpr_read_b32 v83, a211
	v_accvgpr_read_b32 v84, a212
	v_accvgpr_read_b32 v85, a213
	v_accvgpr_read_b32 v86, a214
	v_accvgpr_read_b32 v87, a215
	v_accvgpr_read_b32 v88, a216
	v_accvgpr_read_b32 v89, a217
	v_accvgpr_read_b32 v90, a218
	v_accvgpr_read_b32 v91, a219
	v_accvgpr_read_b32 v92, a220
	v_accvgpr_read_b32 v93, a221
	v_accvgpr_read_b32 v94, a222
	v_accvgpr_read_b32 v95, a223
	v_accvgpr_write_b32 a208, 0
	v_accvgpr_write_b32 a223, 0
	v_accvgpr_write_b32 a222, 0
	v_accvgpr_write_b32 a221, 0
	v_accvgpr_write_b32 a220, 0
	v_accvgpr_write_b32 a219, 0
	v_accvgpr_write_b32 a218, 0
	v_accvgpr_write_b32 a217, 0
	v_accvgpr_write_b32 a216, 0
	v_accvgpr_write_b32 a215, 0
	v_accvgpr_write_b32 a214, 0
	v_accvgpr_write_b32 a213, 0
	v_accvgpr_write_b32 a212, 0
	v_accvgpr_write_b32 a211, 0
	v_accvgpr_write_b32 a210, 0
	v_accvgpr_write_b32 a209, 0
	v_accvgpr_read_b32 v96, a208
	v_accvgpr_read_b32 v97, a209
	v_accvgpr_read_b32 v98, a210
	v_accvgpr_read_b32 v99, a211
	v_accvgpr_read_b32 v100, a212
	v_accvgpr_read_b32 v101, a213
	v_accvgpr_read_b32 v102, a214
	v_accvgpr_read_b32 v103, a215
	v_accvgpr_read_b32 v104, a216
	v_accvgpr_read_b32 v105, a217
	v_accvgpr_read_b32 v106, a218
	v_accvgpr_read_b32 v107, a219
	v_accvgpr_read_b32 v108, a220
	v_accvgpr_read_b32 v109, a221
	v_accvgpr_read_b32 v110, a222
	v_accvgpr_read_b32 v111, a223
	v_accvgpr_write_b32 a208, 0
	v_accvgpr_write_b32 a223, 0
	v_accvgpr_write_b32 a222, 0
	v_accvgpr_write_b32 a221, 0
	v_accvgpr_write_b32 a220, 0
	v_accvgpr_write_b32 a219, 0
	v_accvgpr_write_b32 a218, 0
	v_accvgpr_write_b32 a217, 0
	v_accvgpr_write_b32 a216, 0
	v_accvgpr_write_b32 a215, 0
	v_accvgpr_write_b32 a214, 0
	v_accvgpr_write_b32 a213, 0
	v_accvgpr_write_b32 a212, 0
	v_accvgpr_write_b32 a211, 0
	v_accvgpr_write_b32 a210, 0
	v_accvgpr_write_b32 a209, 0
	v_accvgpr_read_b32 v208, a208
	v_accvgpr_read_b32 v209, a209
	v_accvgpr_read_b32 v210, a210
	v_accvgpr_read_b32 v211, a211
	v_accvgpr_read_b32 v212, a212
	v_accvgpr_read_b32 v213, a213
	v_accvgpr_read_b32 v214, a214
	v_accvgpr_read_b32 v215, a215
	v_accvgpr_read_b32 v216, a216
	v_accvgpr_read_b32 v217, a217
	v_accvgpr_read_b32 v218, a218
	v_accvgpr_read_b32 v219, a219
	v_accvgpr_read_b32 v220, a220
	v_accvgpr_read_b32 v221, a221
	v_accvgpr_read_b32 v222, a222
	v_accvgpr_read_b32 v223, a223
	v_accvgpr_write_b32 a208, 0
	v_accvgpr_write_b32 a223, 0
	v_accvgpr_write_b32 a222, 0
	v_accvgpr_write_b32 a221, 0
	v_accvgpr_write_b32 a220, 0
	v_accvgpr_write_b32 a219, 0
	v_accvgpr_write_b32 a218, 0
	v_accvgpr_write_b32 a217, 0
	v_accvgpr_write_b32 a216, 0
	v_accvgpr_write_b32 a215, 0
	v_accvgpr_write_b32 a214, 0
	v_accvgpr_write_b32 a213, 0
	v_accvgpr_write_b32 a212, 0
	v_accvgpr_write_b32 a211, 0
	v_accvgpr_write_b32 a210, 0
	v_accvgpr_write_b32 a209, 0
	v_accvgpr_read_b32 v128, a208
	v_and_b32_e32 v2, 4, v1
	v_accvgpr_read_b32 v129, a209
	v_accvgpr_read_b32 v130, a210
	v_accvgpr_read_b32 v131, a211
	v_accvgpr_read_b32 v132, a212
	v_accvgpr_read_b32 v133, a213
	v_accvgpr_read_b32 v134, a214
	v_accvgpr_read_b32 v135, a215
	v_accvgpr_read_b32 v136, a216
	v_accvgpr_read_b32 v137, a217
	v_accvgpr_read_b32 v138, a218
	v_accvgpr_read_b32 v139, a219
	v_accvgpr_read_b32 v140, a220
	v_accvgpr_read_b32 v141, a221
	v_accvgpr_read_b32 v142, a222
	v_accvgpr_read_b32 v143, a223
	v_accvgpr_write_b32 a223, 0
	v_accvgpr_write_b32 a220, 0
	v_accvgpr_write_b32 a222, 0
	v_accvgpr_write_b32 a221, 0
	v_accvgpr_write_b32 a219, 0
	v_accvgpr_write_b32 a218, 0
	v_accvgpr_write_b32 a217, 0
	v_accvgpr_write_b32 a216, 0
	v_accvgpr_write_b32 a215, 0
	v_accvgpr_write_b32 a214, 0
	v_accvgpr_write_b32 a213, 0
	v_accvgpr_write_b32 a212, 0
	v_accvgpr_write_b32 a211, 0
	v_accvgpr_write_b32 a210, 0
	v_accvgpr_write_b32 a209, 0
	v_accvgpr_write_b32 a208, 0
	s_waitcnt vmcnt(2)
	v_xor_b32_e32 v1, v2, v5
	s_waitcnt vmcnt(1)
	v_xor_b32_e32 v2, v6, v2
	s_waitcnt vmcnt(0)
	v_xad_u32 v5, v7, v5, 0
	v_xad_u32 v6, v7, v6, 0
	.loc	1 29 22                         ; spill.py:29:22
	v_add_u32_e32 v7, s21, v0
	scratch_store_dwordx4 off, a[208:211], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[212:215], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[216:219], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[220:223], off offset:368 ; 16-byte Folded Spill
	v_add_u32_e32 v8, 0x80, v7
	v_accvgpr_write_b32 a219, 0
	v_accvgpr_write_b32 a223, 0
	v_accvgpr_write_b32 a220, 0
	v_accvgpr_write_b32 a221, 0
	v_accvgpr_write_b32 a222, 0
	v_accvgpr_write_b32 a218, 0
	v_accvgpr_write_b32 a217, 0
	v_accvgpr_write_b32 a216, 0
	v_accvgpr_write_b32 a215, 0
	v_accvgpr_write_b32 a214, 0
	v_accvgpr_write_b32 a213, 0
	v_accvgpr_write_b32 a212, 0
	v_accvgpr_write_b32 a211, 0
	v_accvgpr_write_b32 a210, 0
	v_accvgpr_write_b32 a209, 0
	v_accvgpr_write_b32 a208, 0
	v_mul_lo_u32 v8, s12, v8
	scratch_store_dwordx4 off, a[208:211], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[212:215], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[216:219], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[220:223], off offset:176 ; 16-byte Folded Spill
	v_ashrrev_i32_e32 v9, 31, v8
	v_accvgpr_write_b32 a219, 0
	v_accvgpr_write_b32 a223, 0
	v_accvgpr_write_b32 a220, 0
	v_accvgpr_write_b32 a221, 0
	v_accvgpr_write_b32 a222, 0
	v_accvgpr_write_b32 a218, 0
	v_accvgpr_write_b32 a217, 0
	v_accvgpr_write_b32 a216, 0
	v_accvgpr_write_b32 a215, 0
	v_accvgpr_write_b32 a214, 0
	v_accvgpr_write_b32 a213, 0
	v_accvgpr_write_b32 a212, 0
	v_accvgpr_write_b32 a211, 0
	v_accvgpr_write_b32 a210, 0
	v_accvgpr_write_b32 a209, 0
	v_accvgpr_write_b32 a208, 0
	v_lshl_add_u64 v[8:9], v[8:9], 0, s[4:5]
	scratch_store_dwordx4 off, a[208:211], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[212:215], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[216:219], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[220:223], off offset:304 ; 16-byte Folded Spill
	v_lshl_add_u64 v[18:19], v[8:9], 0, 16
	v_mul_lo_u32 v8, s12, v7
	v_accvgpr_write_b32 a219, 0
	v_accvgpr_write_b32 a223, 0
	v_accvgpr_write_b32 a218, 0
	v_accvgpr_write_b32 a220, 0
	v_accvgpr_write_b32 a221, 0
	v_accvgpr_write_b32 a222, 0
	v_accvgpr_write_b32 a217, 0
	v_accvgpr_write_b32 a216, 0
	v_accvgpr_write_b32 a215, 0
	v_accvgpr_write_b32 a214, 0
	v_accvgpr_write_b32 a213, 0
	v_accvgpr_write_b32 a212, 0
	v_accvgpr_write_b32 a211, 0
	v_accvgpr_write_b32 a210, 0
	v_accvgpr_write_b32 a209, 0
	v_accvgpr_write_b32 a208, 0
	v_ashrrev_i32_e32 v9, 31, v8
	v_add_u32_e32 v0, s20, v0
	scratch_store_dwordx4 off, a[208:211], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[212:215], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[216:219], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[220:223], off offset:432 ; 16-byte Folded Spill
	v_lshl_add_u64 v[8:9], v[8:9], 0, s[4:5]
	v_add_u32_e32 v7, 0x80, v0
	v_accvgpr_write_b32 a223, 0
	v_accvgpr_write_b32 a220, 0
	v_accvgpr_write_b32 a219, 0
	v_accvgpr_write_b32 a221, 0
	v_accvgpr_write_b32 a222, 0
	v_accvgpr_write_b32 a218, 0
	v_accvgpr_write_b32 a217, 0
	v_accvgpr_write_b32 a216, 0
	v_accvgpr_write_b32 a215, 0
	v_accvgpr_write_b32 a214, 0
	v_accvgpr_write_b32 a213, 0
	v_accvgpr_write_b32 a212, 0
	v_accvgpr_write_b32 a211, 0
	v_accvgpr_write_b32 a210, 0
	v_accvgpr_write_b32 a209, 0
	v_accvgpr_write_b32 a208, 0
	v_lshl_add_u64 v[16:17], v[8:9], 0, 16
	v_mul_lo_u32 v8, s11, v7
	scratch_store_dwordx4 off, a[208:211], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[212:215], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[216:219], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[220:223], off offset:112 ; 16-byte Folded Spill
.Ltmp4:
	.loc	2 40 28 is_stmt 1               ; standard.py:40:28 @[ spill.py:29:33 ]
	s_ashr_i32 s19, s18, 31
.Ltmp5:
	.loc	1 29 22                         ; spill.py:29:22
	v_ashrrev_i32_e32 v9, 31, v8
	v_accvgpr_write_b32 a219, 0
	v_accvgpr_write_b32 a223, 0
	v_accvgpr_write_b32 a220, 0
	v_accvgpr_write_b32 a221, 0
	v_accvgpr_write_b32 a222, 0
	v_accvgpr_write_b32 a218, 0
	v_accvgpr_write_b32 a217, 0
	v_accvgpr_write_b32 a216, 0
	v_accvgpr_write_b32 a215, 0
	v_accvgpr_write_b32 a214, 0
	v_accvgpr_write_b32 a213, 0
	v_accvgpr_write_b32 a212, 0
	v_accvgpr_write_b32 a211, 0
	v_accvgpr_write_b32 a210, 0
	v_accvgpr_write_b32 a209, 0
	v_accvgpr_write_b32 a208, 0
.Ltmp6:
	.loc	2 40 28                         ; standard.py:40:28 @[ spill.py:29:33 ]
	s_lshr_b32 s19, s19, 28
.Ltmp7:
	.loc	1 29 22                         ; spill.py:29:22
	v_lshl_add_u64 v[8:9], v[8:9], 0, s[2:3]
	scratch_store_dwordx4 off, a[208:211], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[212:215], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[216:219], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[220:223], off offset:240 ; 16-byte Folded Spill
.Ltmp8:
	.loc	2 40 28                         ; standard.py:40:28 @[ spill.py:29:33 ]
	s_add_i32 s19, s18, s19
.Ltmp9:
	.loc	1 29 22                         ; spill.py:29:22
	v_lshl_add_u64 v[20:21], v[8:9], 0, 16
	v_mul_lo_u32 v8, s11, v0
	v_accvgpr_write_b32 a219, 0
	v_accvgpr_write_b32 a223, 0
	v_accvgpr_write_b32 a218, 0
	v_accvgpr_write_b32 a220, 0
	v_accvgpr_write_b32 a221, 0
	v_accvgpr_write_b32 a222, 0
	v_accvgpr_write_b32 a217, 0
	v_accvgpr_write_b32 a216, 0
	v_accvgpr_write_b32 a215, 0
	v_accvgpr_write_b32 a214, 0
	v_accvgpr_write_b32 a213, 0
	v_accvgpr_write_b32 a212, 0
	v_accvgpr_write_b32 a211, 0
	v_accvgpr_write_b32 a210, 0
	v_accvgpr_write_b32 a209, 0
	v_accvgpr_write_b32 a208, 0
	v_add_u32_e32 v0, v3, v1
.Ltmp10:
	.loc	2 40 28                         ; standard.py:40:28 @[ spill.py:29:33 ]
	s_ashr_i32 s19, s19, 4
.Ltmp11:
	.loc	1 29 22                         ; spill.py:29:22
	v_ashrrev_i32_e32 v9, 31, v8
	scratch_store_dwordx4 off, a[208:211], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[212:215], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[216:219], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[220:223], off offset:48 ; 16-byte Folded Spill
	scratch_store_dword off, v0, off offset:2384 ; 4-byte Folded Spill
	v_add_u32_e32 v0, v3, v2
	s_max_i32 s19, s19, 2
	v_lshl_add_u64 v[8:9], v[8:9], 0, s[2:3]
	scratch_store_dword off, v0, off offset:2388 ; 4-byte Folded Spill
	v_add_u32_e32 v0, v5, v4
	v_lshl_add_u64 v[22:23], v[8:9], 0, 16
	s_add_i32 s11, s19, -1
	s_add_i32 s10, s10, -16
	v_accvgpr_write_b32 a255, 0
	v_accvgpr_write_b32 a254, 0
	v_accvgpr_write_b32 a253, 0
	v_accvgpr_write_b32 a252, 0
	v_accvgpr_write_b32 a251, 0
	v_accvgpr_write_b32 a250, 0
	v_accvgpr_write_b32 a249, 0
	v_accvgpr_write_b32 a248, 0
	v_accvgpr_write_b32 a247, 0
	v_accvgpr_write_b32 a246, 0
	v_accvgpr_write_b32 a245, 0
	v_accvgpr_write_b32 a244, 0
	v_accvgpr_write_b32 a243, 0
	v_accvgpr_write_b32 a242, 0
	v_accvgpr_write_b32 a241, 0
	v_accvgpr_write_b32 a240, 0
	v_accvgpr_write_b32 a239, 0
	v_accvgpr_write_b32 a238, 0
	v_accvgpr_write_b32 a237, 0
	v_accvgpr_write_b32 a236, 0
	v_accvgpr_write_b32 a235, 0
	v_accvgpr_write_b32 a234, 0
	v_accvgpr_write_b32 a233, 0
	v_accvgpr_write_b32 a232, 0
	v_accvgpr_write_b32 a231, 0
	v_accvgpr_write_b32 a230, 0
	v_accvgpr_write_b32 a229, 0
	v_accvgpr_write_b32 a228, 0
	v_accvgpr_write_b32 a227, 0
	v_accvgpr_write_b32 a226, 0
	v_accvgpr_write_b32 a225, 0
	v_accvgpr_write_b32 a224, 0
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a14, 0
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a12, 0
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a10, 0
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a8, 0
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a6, 0
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a4, 0
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a2, 0
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a0, 0
	v_accvgpr_write_b32 a207, 0
	v_accvgpr_write_b32 a206, 0
	v_accvgpr_write_b32 a205, 0
	v_accvgpr_write_b32 a204, 0
	v_accvgpr_write_b32 a203, 0
	v_accvgpr_write_b32 a202, 0
	v_accvgpr_write_b32 a201, 0
	v_accvgpr_write_b32 a200, 0
	v_accvgpr_write_b32 a199, 0
	v_accvgpr_write_b32 a198, 0
	v_accvgpr_write_b32 a197, 0
	v_accvgpr_write_b32 a196, 0
	v_accvgpr_write_b32 a195, 0
	v_accvgpr_write_b32 a194, 0
	v_accvgpr_write_b32 a193, 0
	v_accvgpr_write_b32 a192, 0
	v_accvgpr_write_b32 a191, 0
	v_accvgpr_write_b32 a190, 0
	v_accvgpr_write_b32 a189, 0
	v_accvgpr_write_b32 a188, 0
	v_accvgpr_write_b32 a187, 0
	v_accvgpr_write_b32 a186, 0
	v_accvgpr_write_b32 a185, 0
	v_accvgpr_write_b32 a184, 0
	v_accvgpr_write_b32 a183, 0
	v_accvgpr_write_b32 a182, 0
	v_accvgpr_write_b32 a181, 0
	v_accvgpr_write_b32 a180, 0
	v_accvgpr_write_b32 a179, 0
	v_accvgpr_write_b32 a178, 0
	v_accvgpr_write_b32 a177, 0
	v_accvgpr_write_b32 a176, 0
	v_accvgpr_write_b32 a175, 0
	v_accvgpr_write_b32 a174, 0
	v_accvgpr_write_b32 a173, 0
	v_accvgpr_write_b32 a172, 0
	v_accvgpr_write_b32 a171, 0
	v_accvgpr_write_b32 a170, 0
	v_accvgpr_write_b32 a169, 0
	v_accvgpr_write_b32 a168, 0
	v_accvgpr_write_b32 a167, 0
	v_accvgpr_write_b32 a166, 0
	v_accvgpr_write_b32 a165, 0
	v_accvgpr_write_b32 a164, 0
	v_accvgpr_write_b32 a163, 0
	v_accvgpr_write_b32 a162, 0
	v_accvgpr_write_b32 a161, 0
	v_accvgpr_write_b32 a160, 0
	v_accvgpr_write_b32 a159, 0
	v_accvgpr_write_b32 a158, 0
	v_accvgpr_write_b32 a157, 0
	v_accvgpr_write_b32 a156, 0
	v_accvgpr_write_b32 a155, 0
	v_accvgpr_write_b32 a154, 0
	v_accvgpr_write_b32 a153, 0
	v_accvgpr_write_b32 a152, 0
	v_accvgpr_write_b32 a151, 0
	v_accvgpr_write_b32 a150, 0
	v_accvgpr_write_b32 a149, 0
	v_accvgpr_write_b32 a148, 0
	v_accvgpr_write_b32 a147, 0
	v_accvgpr_write_b32 a146, 0
	v_accvgpr_write_b32 a145, 0
	v_accvgpr_write_b32 a144, 0
	v_accvgpr_write_b32 a143, 0
	v_accvgpr_write_b32 a142, 0
	v_accvgpr_write_b32 a141, 0
	v_accvgpr_write_b32 a140, 0
	v_accvgpr_write_b32 a139, 0
	v_accvgpr_write_b32 a138, 0
	v_accvgpr_write_b32 a137, 0
	v_accvgpr_write_b32 a136, 0
	v_accvgpr_write_b32 a135, 0
	v_accvgpr_write_b32 a134, 0
	v_accvgpr_write_b32 a133, 0
	v_accvgpr_write_b32 a132, 0
	v_accvgpr_write_b32 a131, 0
	v_accvgpr_write_b32 a130, 0
	v_accvgpr_write_b32 a129, 0
	v_accvgpr_write_b32 a128, 0
	v_accvgpr_write_b32 a127, 0
	v_accvgpr_write_b32 a126, 0
	v_accvgpr_write_b32 a125, 0
	v_accvgpr_write_b32 a124, 0
	v_accvgpr_write_b32 a123, 0
	v_accvgpr_write_b32 a122, 0
	v_accvgpr_write_b32 a121, 0
	v_accvgpr_write_b32 a120, 0
	v_accvgpr_write_b32 a119, 0
	v_accvgpr_write_b32 a118, 0
	v_accvgpr_write_b32 a117, 0
	v_accvgpr_write_b32 a116, 0
	v_accvgpr_write_b32 a115, 0
	v_accvgpr_write_b32 a114, 0
	v_accvgpr_write_b32 a113, 0
	v_accvgpr_write_b32 a112, 0
	v_accvgpr_write_b32 a111, 0
	v_accvgpr_write_b32 a110, 0
	v_accvgpr_write_b32 a109, 0
	v_accvgpr_write_b32 a108, 0
	v_accvgpr_write_b32 a107, 0
	v_accvgpr_write_b32 a106, 0
	v_accvgpr_write_b32 a105, 0
	v_accvgpr_write_b32 a104, 0
	v_accvgpr_write_b32 a103, 0
	v_accvgpr_write_b32 a102, 0
	v_accvgpr_write_b32 a101, 0
	v_accvgpr_write_b32 a100, 0
	v_accvgpr_write_b32 a99, 0
	v_accvgpr_write_b32 a98, 0
	v_accvgpr_write_b32 a97, 0
	v_accvgpr_write_b32 a96, 0
	v_accvgpr_write_b32 a95, 0
	v_accvgpr_write_b32 a94, 0
	v_accvgpr_write_b32 a93, 0
	v_accvgpr_write_b32 a92, 0
	v_accvgpr_write_b32 a91, 0
	v_accvgpr_write_b32 a90, 0
	v_accvgpr_write_b32 a89, 0
	v_accvgpr_write_b32 a88, 0
	v_accvgpr_write_b32 a87, 0
	v_accvgpr_write_b32 a86, 0
	v_accvgpr_write_b32 a85, 0
	v_accvgpr_write_b32 a84, 0
	v_accvgpr_write_b32 a83, 0
	v_accvgpr_write_b32 a82, 0
	v_accvgpr_write_b32 a81, 0
	v_accvgpr_write_b32 a80, 0
	v_accvgpr_write_b32 a79, 0
	v_accvgpr_write_b32 a78, 0
	v_accvgpr_write_b32 a77, 0
	v_accvgpr_write_b32 a76, 0
	v_accvgpr_write_b32 a75, 0
	v_accvgpr_write_b32 a74, 0
	v_accvgpr_write_b32 a73, 0
	v_accvgpr_write_b32 a72, 0
	v_accvgpr_write_b32 a71, 0
	v_accvgpr_write_b32 a70, 0
	v_accvgpr_write_b32 a69, 0
	v_accvgpr_write_b32 a68, 0
	v_accvgpr_write_b32 a67, 0
	v_accvgpr_write_b32 a66, 0
	v_accvgpr_write_b32 a65, 0
	v_accvgpr_write_b32 a64, 0
	v_accvgpr_write_b32 a63, 0
	v_accvgpr_write_b32 a62, 0
	v_accvgpr_write_b32 a61, 0
	v_accvgpr_write_b32 a60, 0
	v_accvgpr_write_b32 a59, 0
	v_accvgpr_write_b32 a58, 0
	v_accvgpr_write_b32 a57, 0
	v_accvgpr_write_b32 a56, 0
	v_accvgpr_write_b32 a55, 0
	v_accvgpr_write_b32 a54, 0
	v_accvgpr_write_b32 a53, 0
	v_accvgpr_write_b32 a52, 0
	v_accvgpr_write_b32 a51, 0
	v_accvgpr_write_b32 a50, 0
	v_accvgpr_write_b32 a49, 0
	v_accvgpr_write_b32 a48, 0
	v_accvgpr_write_b32 a47, 0
	v_accvgpr_write_b32 a46, 0
	v_accvgpr_write_b32 a45, 0
	v_accvgpr_write_b32 a44, 0
	v_accvgpr_write_b32 a43, 0
	v_accvgpr_write_b32 a42, 0
	v_accvgpr_write_b32 a41, 0
	v_accvgpr_write_b32 a40, 0
	v_accvgpr_write_b32 a39, 0
	v_accvgpr_write_b32 a38, 0
	v_accvgpr_write_b32 a37, 0
	v_accvgpr_write_b32 a36, 0
	v_accvgpr_write_b32 a35, 0
	v_accvgpr_write_b32 a34, 0
	v_accvgpr_write_b32 a33, 0
	v_accvgpr_write_b32 a32, 0
	v_accvgpr_write_b32 a31, 0
	v_accvgpr_write_b32 a30, 0
	v_accvgpr_write_b32 a29, 0
	v_accvgpr_write_b32 a28, 0
	v_accvgpr_write_b32 a27, 0
	v_accvgpr_write_b32 a26, 0
	v_accvgpr_write_b32 a25, 0
	v_accvgpr_write_b32 a24, 0
	v_accvgpr_write_b32 a23, 0
	v_accvgpr_write_b32 a22, 0
	v_accvgpr_write_b32 a21, 0
	v_accvgpr_write_b32 a20, 0
	v_accvgpr_write_b32 a19, 0
	v_accvgpr_write_b32 a18, 0
	v_accvgpr_write_b32 a17, 0
	v_accvgpr_write_b32 a16, 0
	scratch_store_dword off, v0, off offset:2392 ; 4-byte Folded Spill
	v_add_u32_e32 v0, v6, v4
	s_movk_i32 s12, 0x7f
	s_mov_b32 s19, 0x5040100
	scratch_store_dword off, v0, off offset:2396 ; 4-byte Folded Spill
	s_branch .LBB0_11
.LBB0_10:                               ;   in Loop: Header=BB0_11 Depth=1
	.loc	1 0 22 is_stmt 0                ; spill.py:0:22
	s_or_b64 exec, exec, s[2:3]
	scratch_load_dword v17, off, off offset:2392 ; 4-byte Folded Reload
	scratch_load_dword v20, off, off offset:2396 ; 4-byte Folded Reload
	v_mov_b32_e32 v30, 0x7e00
	s_waitcnt vmcnt(2)
	scratch_store_dwordx4 off, v[0:3], off offset:1024 ; 16-byte Folded Spill
	v_mov_b32_e32 v31, 0x1800
	v_mov_b32_e32 v32, 0x1c00
	v_mov_b32_e32 v33, 0x1e00
	v_mov_b32_e32 v34, 0x2000
	v_mov_b32_e32 v35, 0x2100
	v_mov_b32_e32 v36, 0x2200
	v_mov_b32_e32 v37, 0x2300
	v_mov_b32_e32 v39, 7
	v_mov_b32_e32 v38, 8
	.loc	1 29 22 is_stmt 1               ; spill.py:29:22
	s_add_i32 s11, s11, -1
	s_add_i32 s10, s10, -16
	s_cmp_lg_u32 s11, 0
	.loc	1 31 20                         ; spill.py:31:20
	s_waitcnt vmcnt(2)
	ds_read2st64_b32 v[2:3], v17 offset0:16 offset1:20
	s_waitcnt vmcnt(1)
	ds_read2st64_b32 v[0:1], v20 offset0:16 offset1:20
	ds_read2st64_b32 v[24:25], v17 offset0:24 offset1:28
	ds_read2st64_b32 v[22:23], v20 offset0:24 offset1:28
	scratch_store_dwordx2 off, v[18:19], off offset:448 ; 8-byte Folded Spill
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_e32 v18, 7, v14
	v_and_b32_e32 v18, 0x3f80, v18
	v_and_b32_e32 v19, 0x7f, v14
	v_add_u16_e32 v18, 0x2000, v18
	v_cmp_ne_u16_e64 s[2:3], s12, v19
	.loc	1 31 20                         ; spill.py:31:20
	s_waitcnt lgkmcnt(3)
	v_lshrrev_b32_e32 v17, 8, v2
	v_accvgpr_write_b32 a228, v17
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v18, v30, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v19
	v_lshlrev_b16_e32 v17, 8, v14
	v_and_b32_e32 v17, 0xffff8000, v17
	v_cndmask_b32_e64 v18, 0, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v19
	.loc	1 31 20                         ; spill.py:31:20
	s_waitcnt lgkmcnt(2)
	v_lshrrev_b32_e32 v43, 8, v0
	v_lshrrev_b32_e32 v42, 8, v3
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v18, v31, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v19
	.loc	1 31 20                         ; spill.py:31:20
	v_lshrrev_b32_e32 v40, 8, v1
	s_waitcnt lgkmcnt(1)
	v_lshrrev_b32_e32 v20, 8, v24
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v18, v32, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v19
	.loc	1 31 20                         ; spill.py:31:20
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v26, 8, v22
	v_lshrrev_b32_e32 v21, 8, v23
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v18, v33, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v19
	.loc	1 31 20                         ; spill.py:31:20
	v_lshrrev_b32_e32 v27, 8, v25
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 0
	v_cndmask_b32_e64 v18, v34, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v19
	s_nop 1
	v_cndmask_b32_e64 v18, v35, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v19
	s_nop 1
	v_cndmask_b32_e64 v18, v36, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v19
	s_nop 1
	v_cndmask_b32_e64 v18, v37, v18, s[2:3]
	v_or_b32_e32 v17, v18, v17
	v_lshlrev_b16_e32 v18, 7, v16
	v_accvgpr_write_b32 a224, v17
	v_lshlrev_b16_e32 v17, 8, v16
	v_and_b32_e32 v18, 0x3f80, v18
	v_and_b32_e32 v16, 0x7f, v16
	v_add_u16_e32 v18, 0x2000, v18
	v_cmp_ne_u16_e64 s[2:3], s12, v16
	v_and_b32_e32 v17, 0xffff8000, v17
	s_nop 0
	v_cndmask_b32_e64 v18, v30, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v16
	s_nop 1
	v_cndmask_b32_e64 v18, 0, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v16
	s_nop 1
	v_cndmask_b32_e64 v18, v31, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v16
	s_nop 1
	v_cndmask_b32_e64 v18, v32, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v16
	s_nop 1
	v_cndmask_b32_e64 v18, v33, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v16
	s_nop 1
	v_cndmask_b32_e64 v18, v34, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v16
	s_nop 1
	v_cndmask_b32_e64 v18, v35, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v16
	s_nop 1
	v_cndmask_b32_e64 v18, v36, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v16
	s_nop 1
	v_cndmask_b32_e64 v16, v37, v18, s[2:3]
	v_or_b32_e32 v16, v16, v17
	v_lshlrev_b16_sdwa v17, v39, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v17, 0x3f80, v17
	v_and_b32_sdwa v18, v14, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_add_u16_e32 v17, 0x2000, v17
	v_cmp_ne_u16_e64 s[2:3], s12, v18
	v_accvgpr_write_b32 a225, v16
	v_lshlrev_b16_sdwa v16, v38, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v17, v30, v17, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v18
	v_and_b32_e32 v16, 0xffff8000, v16
	s_nop 0
	v_cndmask_b32_e64 v17, 0, v17, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v18
	s_nop 1
	v_cndmask_b32_e64 v17, v31, v17, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v18
	s_nop 1
	v_cndmask_b32_e64 v17, v32, v17, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v18
	s_nop 1
	v_cndmask_b32_e64 v17, v33, v17, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v18
	s_nop 1
	v_cndmask_b32_e64 v17, v34, v17, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v18
	s_nop 1
	v_cndmask_b32_e64 v17, v35, v17, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v18
	s_nop 1
	v_cndmask_b32_e64 v17, v36, v17, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v18
	v_mov_b64_e32 v[18:19], v[24:25]
	s_nop 0
	v_cndmask_b32_e64 v17, v37, v17, s[2:3]
	v_or_b32_e32 v16, v17, v16
	v_lshlrev_b16_sdwa v17, v39, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_accvgpr_write_b32 a226, v16
	v_lshlrev_b16_sdwa v16, v38, v14 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v17, 0x3f80, v17
	v_and_b32_sdwa v14, v14, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v17, 0x2000, v17
	v_cmp_ne_u16_e64 s[2:3], s12, v14
	v_and_b32_e32 v16, 0xffff8000, v16
	s_nop 0
	v_cndmask_b32_e64 v17, v30, v17, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v14
	s_nop 1
	v_cndmask_b32_e64 v17, 0, v17, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v14
	s_nop 1
	v_cndmask_b32_e64 v17, v31, v17, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v14
	s_nop 1
	v_cndmask_b32_e64 v17, v32, v17, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v14
	s_nop 1
	v_cndmask_b32_e64 v17, v33, v17, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v14
	s_nop 1
	v_cndmask_b32_e64 v17, v34, v17, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v14
	s_nop 1
	v_cndmask_b32_e64 v17, v35, v17, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v14
	s_nop 1
	v_cndmask_b32_e64 v17, v36, v17, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v14
	s_nop 1
	v_cndmask_b32_e64 v14, v37, v17, s[2:3]
	v_or_b32_e32 v14, v14, v16
	v_lshlrev_b16_e32 v16, 7, v12
	v_and_b32_e32 v16, 0x3f80, v16
	v_and_b32_e32 v17, 0x7f, v12
	v_add_u16_e32 v16, 0x2000, v16
	v_cmp_ne_u16_e64 s[2:3], s12, v17
	v_accvgpr_write_b32 a227, v14
	v_lshlrev_b16_e32 v14, 8, v12
	v_cndmask_b32_e64 v16, v30, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v17
	v_and_b32_e32 v14, 0xffff8000, v14
	s_nop 0
	v_cndmask_b32_e64 v16, 0, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v17
	s_nop 1
	v_cndmask_b32_e64 v16, v31, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v17
	s_nop 1
	v_cndmask_b32_e64 v16, v32, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v17
	s_nop 1
	v_cndmask_b32_e64 v16, v33, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v17
	s_nop 1
	v_cndmask_b32_e64 v16, v34, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v17
	s_nop 1
	v_cndmask_b32_e64 v16, v35, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v17
	s_nop 1
	v_cndmask_b32_e64 v16, v36, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v17
	v_accvgpr_read_b32 v17, a239
	s_nop 0
	v_cndmask_b32_e64 v16, v37, v16, s[2:3]
	v_or_b32_e32 v14, v16, v14
	v_lshlrev_b16_e32 v16, 7, v17
	scratch_store_dword off, v14, off       ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v14, 8, v17
	v_and_b32_e32 v16, 0x3f80, v16
	v_and_b32_e32 v17, 0x7f, v17
	v_add_u16_e32 v16, 0x2000, v16
	v_cmp_ne_u16_e64 s[2:3], s12, v17
	v_and_b32_e32 v14, 0xffff8000, v14
	s_nop 0
	v_cndmask_b32_e64 v16, v30, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v17
	s_nop 1
	v_cndmask_b32_e64 v16, 0, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v17
	s_nop 1
	v_cndmask_b32_e64 v16, v31, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v17
	s_nop 1
	v_cndmask_b32_e64 v16, v32, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v17
	s_nop 1
	v_cndmask_b32_e64 v16, v33, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v17
	s_nop 1
	v_cndmask_b32_e64 v16, v34, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v17
	s_nop 1
	v_cndmask_b32_e64 v16, v35, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v17
	s_nop 1
	v_cndmask_b32_e64 v16, v36, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v17
	v_and_b32_sdwa v17, v12, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v16, v37, v16, s[2:3]
	v_or_b32_e32 v14, v16, v14
	v_lshlrev_b16_sdwa v16, v39, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v16, 0x3f80, v16
	v_add_u16_e32 v16, 0x2000, v16
	v_cmp_ne_u16_e64 s[2:3], s12, v17
	scratch_store_dword off, v14, off offset:64 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v14, v38, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v16, v30, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v17
	v_and_b32_e32 v14, 0xffff8000, v14
	s_nop 0
	v_cndmask_b32_e64 v16, 0, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v17
	s_nop 1
	v_cndmask_b32_e64 v16, v31, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v17
	s_nop 1
	v_cndmask_b32_e64 v16, v32, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v17
	s_nop 1
	v_cndmask_b32_e64 v16, v33, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v17
	s_nop 1
	v_cndmask_b32_e64 v16, v34, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v17
	s_nop 1
	v_cndmask_b32_e64 v16, v35, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v17
	s_nop 1
	v_cndmask_b32_e64 v16, v36, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v17
	s_nop 1
	v_cndmask_b32_e64 v16, v37, v16, s[2:3]
	v_or_b32_e32 v14, v16, v14
	v_lshlrev_b16_sdwa v16, v39, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	scratch_store_dword off, v14, off offset:192 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v14, v38, v12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v16, 0x3f80, v16
	v_and_b32_sdwa v12, v12, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v16, 0x2000, v16
	v_cmp_ne_u16_e64 s[2:3], s12, v12
	v_and_b32_e32 v14, 0xffff8000, v14
	s_nop 0
	v_cndmask_b32_e64 v16, v30, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v12
	s_nop 1
	v_cndmask_b32_e64 v16, 0, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v12
	s_nop 1
	v_cndmask_b32_e64 v16, v31, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v12
	s_nop 1
	v_cndmask_b32_e64 v16, v32, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v12
	s_nop 1
	v_cndmask_b32_e64 v16, v33, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v12
	s_nop 1
	v_cndmask_b32_e64 v16, v34, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v12
	s_nop 1
	v_cndmask_b32_e64 v16, v35, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v12
	s_nop 1
	v_cndmask_b32_e64 v16, v36, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v12
	s_nop 1
	v_cndmask_b32_e64 v12, v37, v16, s[2:3]
	v_or_b32_e32 v12, v12, v14
	v_lshlrev_b16_e32 v14, 7, v15
	v_and_b32_e32 v14, 0x3f80, v14
	v_and_b32_e32 v16, 0x7f, v15
	v_add_u16_e32 v14, 0x2000, v14
	v_cmp_ne_u16_e64 s[2:3], s12, v16
	scratch_store_dword off, v12, off offset:384 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v12, 8, v15
	v_cndmask_b32_e64 v14, v30, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v16
	v_and_b32_e32 v12, 0xffff8000, v12
	s_nop 0
	v_cndmask_b32_e64 v14, 0, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v16
	s_nop 1
	v_cndmask_b32_e64 v14, v31, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v16
	s_nop 1
	v_cndmask_b32_e64 v14, v32, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v16
	s_nop 1
	v_cndmask_b32_e64 v14, v33, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v16
	s_nop 1
	v_cndmask_b32_e64 v14, v34, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v16
	s_nop 1
	v_cndmask_b32_e64 v14, v35, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v16
	s_nop 1
	v_cndmask_b32_e64 v14, v36, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v16
	v_accvgpr_read_b32 v16, a238
	s_nop 0
	v_cndmask_b32_e64 v14, v37, v14, s[2:3]
	v_or_b32_e32 v12, v14, v12
	v_lshlrev_b16_e32 v14, 7, v16
	scratch_store_dword off, v12, off offset:128 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v12, 8, v16
	v_and_b32_e32 v14, 0x3f80, v14
	v_and_b32_e32 v16, 0x7f, v16
	v_add_u16_e32 v14, 0x2000, v14
	v_cmp_ne_u16_e64 s[2:3], s12, v16
	v_and_b32_e32 v12, 0xffff8000, v12
	s_nop 0
	v_cndmask_b32_e64 v14, v30, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v16
	s_nop 1
	v_cndmask_b32_e64 v14, 0, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v16
	s_nop 1
	v_cndmask_b32_e64 v14, v31, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v16
	s_nop 1
	v_cndmask_b32_e64 v14, v32, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v16
	s_nop 1
	v_cndmask_b32_e64 v14, v33, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v16
	s_nop 1
	v_cndmask_b32_e64 v14, v34, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v16
	s_nop 1
	v_cndmask_b32_e64 v14, v35, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v16
	s_nop 1
	v_cndmask_b32_e64 v14, v36, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v16
	v_and_b32_sdwa v16, v15, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v14, v37, v14, s[2:3]
	v_or_b32_e32 v12, v14, v12
	v_lshlrev_b16_sdwa v14, v39, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v14, 0x3f80, v14
	v_add_u16_e32 v14, 0x2000, v14
	v_cmp_ne_u16_e64 s[2:3], s12, v16
	scratch_store_dword off, v12, off offset:256 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v12, v38, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v14, v30, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v16
	v_and_b32_e32 v12, 0xffff8000, v12
	s_nop 0
	v_cndmask_b32_e64 v14, 0, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v16
	s_nop 1
	v_cndmask_b32_e64 v14, v31, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v16
	s_nop 1
	v_cndmask_b32_e64 v14, v32, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v16
	s_nop 1
	v_cndmask_b32_e64 v14, v33, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v16
	s_nop 1
	v_cndmask_b32_e64 v14, v34, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v16
	s_nop 1
	v_cndmask_b32_e64 v14, v35, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v16
	s_nop 1
	v_cndmask_b32_e64 v14, v36, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v16
	.loc	1 31 20                         ; spill.py:31:20
	v_and_b32_sdwa v16, v18, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 0
	v_cndmask_b32_e64 v14, v37, v14, s[2:3]
	v_or_b32_e32 v12, v14, v12
	v_lshlrev_b16_sdwa v14, v39, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	scratch_store_dword off, v12, off offset:320 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v12, v38, v15 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v14, 0x3f80, v14
	v_and_b32_sdwa v15, v15, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v14, 0x2000, v14
	v_cmp_ne_u16_e64 s[2:3], s12, v15
	v_and_b32_e32 v12, 0xffff8000, v12
	s_nop 0
	v_cndmask_b32_e64 v14, v30, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v15
	s_nop 1
	v_cndmask_b32_e64 v14, 0, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v31, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v32, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v33, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v34, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v35, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v36, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v15
	v_and_b32_e32 v15, 0x7f, v13
	s_nop 0
	v_cndmask_b32_e64 v14, v37, v14, s[2:3]
	v_or_b32_e32 v12, v14, v12
	v_lshlrev_b16_e32 v14, 7, v13
	v_and_b32_e32 v14, 0x3f80, v14
	v_add_u16_e32 v14, 0x2000, v14
	v_cmp_ne_u16_e64 s[2:3], s12, v15
	scratch_store_dword off, v12, off offset:1408 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v12, 8, v13
	v_cndmask_b32_e64 v14, v30, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v15
	v_and_b32_e32 v12, 0xffff8000, v12
	s_nop 0
	v_cndmask_b32_e64 v14, 0, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v31, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v32, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v33, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v34, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v35, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v36, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v15
	v_accvgpr_read_b32 v15, a237
	s_nop 0
	v_cndmask_b32_e64 v14, v37, v14, s[2:3]
	v_or_b32_e32 v12, v14, v12
	v_lshlrev_b16_e32 v14, 7, v15
	scratch_store_dword off, v12, off offset:1472 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v12, 8, v15
	v_and_b32_e32 v14, 0x3f80, v14
	v_and_b32_e32 v15, 0x7f, v15
	v_add_u16_e32 v14, 0x2000, v14
	v_cmp_ne_u16_e64 s[2:3], s12, v15
	v_and_b32_e32 v12, 0xffff8000, v12
	s_nop 0
	v_cndmask_b32_e64 v14, v30, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v15
	s_nop 1
	v_cndmask_b32_e64 v14, 0, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v31, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v32, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v33, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v34, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v35, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v36, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v15
	v_and_b32_sdwa v15, v13, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v14, v37, v14, s[2:3]
	v_or_b32_e32 v12, v14, v12
	v_lshlrev_b16_sdwa v14, v39, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v14, 0x3f80, v14
	v_add_u16_e32 v14, 0x2000, v14
	v_cmp_ne_u16_e64 s[2:3], s12, v15
	scratch_store_dword off, v12, off offset:1600 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v12, v38, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v14, v30, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v15
	v_and_b32_e32 v12, 0xffff8000, v12
	s_nop 0
	v_cndmask_b32_e64 v14, 0, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v31, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v32, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v33, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v34, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v35, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v36, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v15
	s_nop 1
	v_cndmask_b32_e64 v14, v37, v14, s[2:3]
	v_or_b32_e32 v12, v14, v12
	v_lshlrev_b16_sdwa v14, v39, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	scratch_store_dword off, v12, off offset:1728 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v12, v38, v13 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v14, 0x3f80, v14
	v_and_b32_sdwa v13, v13, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v14, 0x2000, v14
	v_cmp_ne_u16_e64 s[2:3], s12, v13
	v_and_b32_e32 v12, 0xffff8000, v12
	s_nop 0
	v_cndmask_b32_e64 v14, v30, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v13
	s_nop 1
	v_cndmask_b32_e64 v14, 0, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v14, v31, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v14, v32, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v14, v33, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v14, v34, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v14, v35, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v14, v36, v14, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v13
	s_nop 1
	v_cndmask_b32_e64 v13, v37, v14, s[2:3]
	v_or_b32_e32 v12, v13, v12
	v_lshlrev_b16_e32 v13, 7, v10
	v_and_b32_e32 v13, 0x3f80, v13
	v_and_b32_e32 v14, 0x7f, v10
	v_add_u16_e32 v13, 0x2000, v13
	v_cmp_ne_u16_e64 s[2:3], s12, v14
	scratch_store_dword off, v12, off offset:1984 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v12, 8, v10
	v_cndmask_b32_e64 v13, v30, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v14
	v_and_b32_e32 v12, 0xffff8000, v12
	s_nop 0
	v_cndmask_b32_e64 v13, 0, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v14
	s_nop 1
	v_cndmask_b32_e64 v13, v31, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v14
	s_nop 1
	v_cndmask_b32_e64 v13, v32, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v14
	s_nop 1
	v_cndmask_b32_e64 v13, v33, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v14
	s_nop 1
	v_cndmask_b32_e64 v13, v34, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v14
	s_nop 1
	v_cndmask_b32_e64 v13, v35, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v14
	s_nop 1
	v_cndmask_b32_e64 v13, v36, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v14
	v_accvgpr_read_b32 v14, a236
	s_nop 0
	v_cndmask_b32_e64 v13, v37, v13, s[2:3]
	v_or_b32_e32 v12, v13, v12
	v_lshlrev_b16_e32 v13, 7, v14
	scratch_store_dword off, v12, off offset:1344 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v12, 8, v14
	v_and_b32_e32 v13, 0x3f80, v13
	v_and_b32_e32 v14, 0x7f, v14
	v_add_u16_e32 v13, 0x2000, v13
	v_cmp_ne_u16_e64 s[2:3], s12, v14
	v_and_b32_e32 v12, 0xffff8000, v12
	s_nop 0
	v_cndmask_b32_e64 v13, v30, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v14
	s_nop 1
	v_cndmask_b32_e64 v13, 0, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v14
	s_nop 1
	v_cndmask_b32_e64 v13, v31, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v14
	s_nop 1
	v_cndmask_b32_e64 v13, v32, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v14
	s_nop 1
	v_cndmask_b32_e64 v13, v33, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v14
	s_nop 1
	v_cndmask_b32_e64 v13, v34, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v14
	s_nop 1
	v_cndmask_b32_e64 v13, v35, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v14
	s_nop 1
	v_cndmask_b32_e64 v13, v36, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v14
	v_and_b32_sdwa v14, v10, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v13, v37, v13, s[2:3]
	v_or_b32_e32 v12, v13, v12
	v_lshlrev_b16_sdwa v13, v39, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v13, 0x3f80, v13
	v_add_u16_e32 v13, 0x2000, v13
	v_cmp_ne_u16_e64 s[2:3], s12, v14
	scratch_store_dword off, v12, off offset:1536 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v12, v38, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v13, v30, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v14
	v_and_b32_e32 v12, 0xffff8000, v12
	s_nop 0
	v_cndmask_b32_e64 v13, 0, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v14
	s_nop 1
	v_cndmask_b32_e64 v13, v31, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v14
	s_nop 1
	v_cndmask_b32_e64 v13, v32, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v14
	s_nop 1
	v_cndmask_b32_e64 v13, v33, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v14
	s_nop 1
	v_cndmask_b32_e64 v13, v34, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v14
	s_nop 1
	v_cndmask_b32_e64 v13, v35, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v14
	s_nop 1
	v_cndmask_b32_e64 v13, v36, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v14
	s_nop 1
	v_cndmask_b32_e64 v13, v37, v13, s[2:3]
	v_or_b32_e32 v12, v13, v12
	v_lshlrev_b16_sdwa v13, v39, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	scratch_store_dword off, v12, off offset:1664 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v12, v38, v10 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v13, 0x3f80, v13
	v_and_b32_sdwa v10, v10, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v13, 0x2000, v13
	v_cmp_ne_u16_e64 s[2:3], s12, v10
	v_and_b32_e32 v12, 0xffff8000, v12
	s_nop 0
	v_cndmask_b32_e64 v13, v30, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v10
	s_nop 1
	v_cndmask_b32_e64 v13, 0, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v10
	s_nop 1
	v_cndmask_b32_e64 v13, v31, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v10
	s_nop 1
	v_cndmask_b32_e64 v13, v32, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v10
	s_nop 1
	v_cndmask_b32_e64 v13, v33, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v10
	s_nop 1
	v_cndmask_b32_e64 v13, v34, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v10
	s_nop 1
	v_cndmask_b32_e64 v13, v35, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v10
	s_nop 1
	v_cndmask_b32_e64 v13, v36, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v10
	s_nop 1
	v_cndmask_b32_e64 v10, v37, v13, s[2:3]
	v_or_b32_e32 v10, v10, v12
	v_lshlrev_b16_e32 v12, 7, v8
	v_and_b32_e32 v12, 0x3f80, v12
	v_and_b32_e32 v13, 0x7f, v8
	v_add_u16_e32 v12, 0x2000, v12
	v_cmp_ne_u16_e64 s[2:3], s12, v13
	scratch_store_dword off, v10, off offset:1856 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v10, 8, v8
	v_cndmask_b32_e64 v12, v30, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v13
	v_and_b32_e32 v10, 0xffff8000, v10
	s_nop 0
	v_cndmask_b32_e64 v12, 0, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v12, v31, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v12, v32, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v12, v33, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v12, v34, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v12, v35, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v12, v36, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v13
	v_accvgpr_read_b32 v13, a235
	s_nop 0
	v_cndmask_b32_e64 v12, v37, v12, s[2:3]
	v_or_b32_e32 v10, v12, v10
	v_lshlrev_b16_e32 v12, 7, v13
	scratch_store_dword off, v10, off offset:1920 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v10, 8, v13
	v_and_b32_e32 v12, 0x3f80, v12
	v_and_b32_e32 v13, 0x7f, v13
	v_add_u16_e32 v12, 0x2000, v12
	v_cmp_ne_u16_e64 s[2:3], s12, v13
	v_and_b32_e32 v10, 0xffff8000, v10
	s_nop 0
	v_cndmask_b32_e64 v12, v30, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v13
	s_nop 1
	v_cndmask_b32_e64 v12, 0, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v12, v31, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v12, v32, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v12, v33, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v12, v34, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v12, v35, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v12, v36, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v13
	v_and_b32_sdwa v13, v8, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v12, v37, v12, s[2:3]
	v_or_b32_e32 v10, v12, v10
	v_lshlrev_b16_sdwa v12, v39, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v12, 0x3f80, v12
	v_add_u16_e32 v12, 0x2000, v12
	v_cmp_ne_u16_e64 s[2:3], s12, v13
	scratch_store_dword off, v10, off offset:2112 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v10, v38, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v12, v30, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v13
	v_and_b32_e32 v10, 0xffff8000, v10
	s_nop 0
	v_cndmask_b32_e64 v12, 0, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v13
	s_nop 1
	v_cndmask_b32_e64 v12, v31, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v13
	s_nop 1
	v_cndmask_b32_e64 v12, v32, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v13
	s_nop 1
	v_cndmask_b32_e64 v12, v33, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v13
	s_nop 1
	v_cndmask_b32_e64 v12, v34, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v13
	s_nop 1
	v_cndmask_b32_e64 v12, v35, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v13
	s_nop 1
	v_cndmask_b32_e64 v12, v36, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v13
	s_nop 1
	v_cndmask_b32_e64 v12, v37, v12, s[2:3]
	v_or_b32_e32 v10, v12, v10
	v_lshlrev_b16_sdwa v12, v39, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	scratch_store_dword off, v10, off offset:2240 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v10, v38, v8 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v12, 0x3f80, v12
	v_and_b32_sdwa v8, v8, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v12, 0x2000, v12
	v_cmp_ne_u16_e64 s[2:3], s12, v8
	v_and_b32_e32 v10, 0xffff8000, v10
	s_nop 0
	v_cndmask_b32_e64 v12, v30, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v8
	s_nop 1
	v_cndmask_b32_e64 v12, 0, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v8
	s_nop 1
	v_cndmask_b32_e64 v12, v31, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v8
	s_nop 1
	v_cndmask_b32_e64 v12, v32, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v8
	s_nop 1
	v_cndmask_b32_e64 v12, v33, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v8
	s_nop 1
	v_cndmask_b32_e64 v12, v34, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v8
	s_nop 1
	v_cndmask_b32_e64 v12, v35, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v8
	s_nop 1
	v_cndmask_b32_e64 v12, v36, v12, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v8
	s_nop 1
	v_cndmask_b32_e64 v8, v37, v12, s[2:3]
	v_or_b32_e32 v8, v8, v10
	v_lshlrev_b16_e32 v10, 7, v11
	v_and_b32_e32 v10, 0x3f80, v10
	v_and_b32_e32 v12, 0x7f, v11
	v_add_u16_e32 v10, 0x2000, v10
	v_cmp_ne_u16_e64 s[2:3], s12, v12
	scratch_store_dword off, v8, off offset:2256 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v8, 8, v11
	v_cndmask_b32_e64 v10, v30, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v12
	v_and_b32_e32 v8, 0xffff8000, v8
	s_nop 0
	v_cndmask_b32_e64 v10, 0, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v31, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v32, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v33, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v34, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v35, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v36, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v12
	v_accvgpr_read_b32 v12, a234
	s_nop 0
	v_cndmask_b32_e64 v10, v37, v10, s[2:3]
	v_or_b32_e32 v8, v10, v8
	v_lshlrev_b16_e32 v10, 7, v12
	scratch_store_dword off, v8, off offset:1792 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v8, 8, v12
	v_and_b32_e32 v10, 0x3f80, v10
	v_and_b32_e32 v12, 0x7f, v12
	v_add_u16_e32 v10, 0x2000, v10
	v_cmp_ne_u16_e64 s[2:3], s12, v12
	v_and_b32_e32 v8, 0xffff8000, v8
	s_nop 0
	v_cndmask_b32_e64 v10, v30, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v12
	s_nop 1
	v_cndmask_b32_e64 v10, 0, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v31, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v32, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v33, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v34, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v35, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v36, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v12
	v_and_b32_sdwa v12, v11, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v10, v37, v10, s[2:3]
	v_or_b32_e32 v8, v10, v8
	v_lshlrev_b16_sdwa v10, v39, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v10, 0x3f80, v10
	v_add_u16_e32 v10, 0x2000, v10
	v_cmp_ne_u16_e64 s[2:3], s12, v12
	scratch_store_dword off, v8, off offset:2048 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v8, v38, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v10, v30, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v12
	v_and_b32_e32 v8, 0xffff8000, v8
	s_nop 0
	v_cndmask_b32_e64 v10, 0, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v31, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v32, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v33, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v34, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v35, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v36, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v12
	s_nop 1
	v_cndmask_b32_e64 v10, v37, v10, s[2:3]
	v_or_b32_e32 v8, v10, v8
	v_lshlrev_b16_sdwa v10, v39, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	scratch_store_dword off, v8, off offset:2176 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v8, v38, v11 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v10, 0x3f80, v10
	v_and_b32_sdwa v11, v11, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v10, 0x2000, v10
	v_cmp_ne_u16_e64 s[2:3], s12, v11
	v_and_b32_e32 v8, 0xffff8000, v8
	s_nop 0
	v_cndmask_b32_e64 v10, v30, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v11
	s_nop 1
	v_cndmask_b32_e64 v10, 0, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v31, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v32, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v33, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v34, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v35, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v36, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v11
	v_and_b32_e32 v11, 0x7f, v9
	s_nop 0
	v_cndmask_b32_e64 v10, v37, v10, s[2:3]
	v_or_b32_e32 v8, v10, v8
	v_lshlrev_b16_e32 v10, 7, v9
	v_and_b32_e32 v10, 0x3f80, v10
	v_add_u16_e32 v10, 0x2000, v10
	v_cmp_ne_u16_e64 s[2:3], s12, v11
	scratch_store_dword off, v8, off offset:2248 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v8, 8, v9
	v_cndmask_b32_e64 v10, v30, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v11
	v_and_b32_e32 v8, 0xffff8000, v8
	s_nop 0
	v_cndmask_b32_e64 v10, 0, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v31, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v32, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v33, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v34, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v35, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v36, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v11
	v_accvgpr_read_b32 v11, a233
	s_nop 0
	v_cndmask_b32_e64 v10, v37, v10, s[2:3]
	v_or_b32_e32 v8, v10, v8
	v_lshlrev_b16_e32 v10, 7, v11
	scratch_store_dword off, v8, off offset:2252 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v8, 8, v11
	v_and_b32_e32 v10, 0x3f80, v10
	v_and_b32_e32 v11, 0x7f, v11
	v_add_u16_e32 v10, 0x2000, v10
	v_cmp_ne_u16_e64 s[2:3], s12, v11
	v_and_b32_e32 v8, 0xffff8000, v8
	s_nop 0
	v_cndmask_b32_e64 v10, v30, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v11
	s_nop 1
	v_cndmask_b32_e64 v10, 0, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v31, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v32, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v33, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v34, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v35, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v36, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v11
	v_and_b32_sdwa v11, v9, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v10, v37, v10, s[2:3]
	v_or_b32_e32 v8, v10, v8
	v_lshlrev_b16_sdwa v10, v39, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v10, 0x3f80, v10
	v_add_u16_e32 v10, 0x2000, v10
	v_cmp_ne_u16_e64 s[2:3], s12, v11
	scratch_store_dword off, v8, off offset:2264 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v8, v38, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v10, v30, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v11
	v_and_b32_e32 v8, 0xffff8000, v8
	s_nop 0
	v_cndmask_b32_e64 v10, 0, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v31, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v32, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v33, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v34, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v35, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v36, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v11
	s_nop 1
	v_cndmask_b32_e64 v10, v37, v10, s[2:3]
	v_or_b32_e32 v8, v10, v8
	v_lshlrev_b16_sdwa v10, v39, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	scratch_store_dword off, v8, off offset:2272 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v8, v38, v9 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v10, 0x3f80, v10
	v_and_b32_sdwa v9, v9, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v10, 0x2000, v10
	v_cmp_ne_u16_e64 s[2:3], s12, v9
	v_and_b32_e32 v8, 0xffff8000, v8
	s_nop 0
	v_cndmask_b32_e64 v10, v30, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v9
	s_nop 1
	v_cndmask_b32_e64 v10, 0, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v10, v31, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v10, v32, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v10, v33, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v10, v34, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v10, v35, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v10, v36, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v9
	s_nop 1
	v_cndmask_b32_e64 v9, v37, v10, s[2:3]
	v_or_b32_e32 v8, v9, v8
	v_lshlrev_b16_e32 v9, 7, v6
	v_and_b32_e32 v9, 0x3f80, v9
	v_and_b32_e32 v10, 0x7f, v6
	v_add_u16_e32 v9, 0x2000, v9
	v_cmp_ne_u16_e64 s[2:3], s12, v10
	scratch_store_dword off, v8, off offset:2288 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v8, 8, v6
	v_cndmask_b32_e64 v9, v30, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v10
	v_and_b32_e32 v8, 0xffff8000, v8
	s_nop 0
	v_cndmask_b32_e64 v9, 0, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v10
	s_nop 1
	v_cndmask_b32_e64 v9, v31, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v10
	s_nop 1
	v_cndmask_b32_e64 v9, v32, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v10
	s_nop 1
	v_cndmask_b32_e64 v9, v33, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v10
	s_nop 1
	v_cndmask_b32_e64 v9, v34, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v10
	s_nop 1
	v_cndmask_b32_e64 v9, v35, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v10
	s_nop 1
	v_cndmask_b32_e64 v9, v36, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v10
	v_accvgpr_read_b32 v10, a232
	s_nop 0
	v_cndmask_b32_e64 v9, v37, v9, s[2:3]
	v_or_b32_e32 v8, v9, v8
	v_lshlrev_b16_e32 v9, 7, v10
	scratch_store_dword off, v8, off offset:2244 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v8, 8, v10
	v_and_b32_e32 v9, 0x3f80, v9
	v_and_b32_e32 v10, 0x7f, v10
	v_add_u16_e32 v9, 0x2000, v9
	v_cmp_ne_u16_e64 s[2:3], s12, v10
	v_and_b32_e32 v8, 0xffff8000, v8
	s_nop 0
	v_cndmask_b32_e64 v9, v30, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v10
	s_nop 1
	v_cndmask_b32_e64 v9, 0, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v10
	s_nop 1
	v_cndmask_b32_e64 v9, v31, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v10
	s_nop 1
	v_cndmask_b32_e64 v9, v32, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v10
	s_nop 1
	v_cndmask_b32_e64 v9, v33, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v10
	s_nop 1
	v_cndmask_b32_e64 v9, v34, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v10
	s_nop 1
	v_cndmask_b32_e64 v9, v35, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v10
	s_nop 1
	v_cndmask_b32_e64 v9, v36, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v10
	v_and_b32_sdwa v10, v6, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v9, v37, v9, s[2:3]
	v_or_b32_e32 v8, v9, v8
	v_lshlrev_b16_sdwa v9, v39, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v9, 0x3f80, v9
	v_add_u16_e32 v9, 0x2000, v9
	v_cmp_ne_u16_e64 s[2:3], s12, v10
	scratch_store_dword off, v8, off offset:2260 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v8, v38, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v9, v30, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v10
	v_and_b32_e32 v8, 0xffff8000, v8
	s_nop 0
	v_cndmask_b32_e64 v9, 0, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v10
	s_nop 1
	v_cndmask_b32_e64 v9, v31, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v10
	s_nop 1
	v_cndmask_b32_e64 v9, v32, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v10
	s_nop 1
	v_cndmask_b32_e64 v9, v33, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v10
	s_nop 1
	v_cndmask_b32_e64 v9, v34, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v10
	s_nop 1
	v_cndmask_b32_e64 v9, v35, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v10
	s_nop 1
	v_cndmask_b32_e64 v9, v36, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v10
	s_nop 1
	v_cndmask_b32_e64 v9, v37, v9, s[2:3]
	v_or_b32_e32 v8, v9, v8
	v_lshlrev_b16_sdwa v9, v39, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	scratch_store_dword off, v8, off offset:2268 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v8, v38, v6 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v9, 0x3f80, v9
	v_and_b32_sdwa v6, v6, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v9, 0x2000, v9
	v_cmp_ne_u16_e64 s[2:3], s12, v6
	v_and_b32_e32 v8, 0xffff8000, v8
	s_nop 0
	v_cndmask_b32_e64 v9, v30, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v6
	s_nop 1
	v_cndmask_b32_e64 v9, 0, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v9, v31, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v9, v32, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v9, v33, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v9, v34, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v9, v35, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v9, v36, v9, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v6
	s_nop 1
	v_cndmask_b32_e64 v6, v37, v9, s[2:3]
	v_or_b32_e32 v6, v6, v8
	v_lshlrev_b16_e32 v8, 7, v4
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v9, 0x7f, v4
	v_add_u16_e32 v8, 0x2000, v8
	v_cmp_ne_u16_e64 s[2:3], s12, v9
	scratch_store_dword off, v6, off offset:2280 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v6, 8, v4
	v_cndmask_b32_e64 v8, v30, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v9
	v_and_b32_e32 v6, 0xffff8000, v6
	s_nop 0
	v_cndmask_b32_e64 v8, 0, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v8, v31, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v8, v32, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v8, v33, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v8, v34, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v8, v35, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v8, v36, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v9
	v_accvgpr_read_b32 v9, a231
	s_nop 0
	v_cndmask_b32_e64 v8, v37, v8, s[2:3]
	v_or_b32_e32 v6, v8, v6
	v_lshlrev_b16_e32 v8, 7, v9
	scratch_store_dword off, v6, off offset:2284 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v6, 8, v9
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_e32 v9, 0x7f, v9
	v_add_u16_e32 v8, 0x2000, v8
	v_cmp_ne_u16_e64 s[2:3], s12, v9
	v_and_b32_e32 v6, 0xffff8000, v6
	s_nop 0
	v_cndmask_b32_e64 v8, v30, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v9
	s_nop 1
	v_cndmask_b32_e64 v8, 0, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v8, v31, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v8, v32, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v8, v33, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v8, v34, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v8, v35, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v8, v36, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v9
	v_and_b32_sdwa v9, v4, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v8, v37, v8, s[2:3]
	v_or_b32_e32 v6, v8, v6
	v_lshlrev_b16_sdwa v8, v39, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v8, 0x3f80, v8
	v_add_u16_e32 v8, 0x2000, v8
	v_cmp_ne_u16_e64 s[2:3], s12, v9
	scratch_store_dword off, v6, off offset:2296 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v6, v38, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v8, v30, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v9
	v_and_b32_e32 v6, 0xffff8000, v6
	s_nop 0
	v_cndmask_b32_e64 v8, 0, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v9
	s_nop 1
	v_cndmask_b32_e64 v8, v31, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v9
	s_nop 1
	v_cndmask_b32_e64 v8, v32, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v9
	s_nop 1
	v_cndmask_b32_e64 v8, v33, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v9
	s_nop 1
	v_cndmask_b32_e64 v8, v34, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v9
	s_nop 1
	v_cndmask_b32_e64 v8, v35, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v9
	s_nop 1
	v_cndmask_b32_e64 v8, v36, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v9
	s_nop 1
	v_cndmask_b32_e64 v8, v37, v8, s[2:3]
	v_or_b32_e32 v6, v8, v6
	v_lshlrev_b16_sdwa v8, v39, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	scratch_store_dword off, v6, off offset:2304 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v6, v38, v4 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v8, 0x3f80, v8
	v_and_b32_sdwa v4, v4, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v8, 0x2000, v8
	v_cmp_ne_u16_e64 s[2:3], s12, v4
	v_and_b32_e32 v6, 0xffff8000, v6
	s_nop 0
	v_cndmask_b32_e64 v8, v30, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v4
	s_nop 1
	v_cndmask_b32_e64 v8, 0, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v4
	s_nop 1
	v_cndmask_b32_e64 v8, v31, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v4
	s_nop 1
	v_cndmask_b32_e64 v8, v32, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v4
	s_nop 1
	v_cndmask_b32_e64 v8, v33, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v4
	s_nop 1
	v_cndmask_b32_e64 v8, v34, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v4
	s_nop 1
	v_cndmask_b32_e64 v8, v35, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v4
	s_nop 1
	v_cndmask_b32_e64 v8, v36, v8, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v4
	s_nop 1
	v_cndmask_b32_e64 v4, v37, v8, s[2:3]
	v_or_b32_e32 v4, v4, v6
	v_lshlrev_b16_e32 v6, 7, v7
	v_and_b32_e32 v6, 0x3f80, v6
	v_and_b32_e32 v8, 0x7f, v7
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[2:3], s12, v8
	scratch_store_dword off, v4, off offset:2320 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v4, 8, v7
	v_cndmask_b32_e64 v6, v30, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v8
	v_and_b32_e32 v4, 0xffff8000, v4
	s_nop 0
	v_cndmask_b32_e64 v6, 0, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v8
	s_nop 1
	v_cndmask_b32_e64 v6, v31, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v8
	s_nop 1
	v_cndmask_b32_e64 v6, v32, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v8
	s_nop 1
	v_cndmask_b32_e64 v6, v33, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v8
	s_nop 1
	v_cndmask_b32_e64 v6, v34, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v8
	s_nop 1
	v_cndmask_b32_e64 v6, v35, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v8
	s_nop 1
	v_cndmask_b32_e64 v6, v36, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v8
	v_accvgpr_read_b32 v8, a230
	s_nop 0
	v_cndmask_b32_e64 v6, v37, v6, s[2:3]
	v_or_b32_e32 v4, v6, v4
	v_lshlrev_b16_e32 v6, 7, v8
	scratch_store_dword off, v4, off offset:2276 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v4, 8, v8
	v_and_b32_e32 v6, 0x3f80, v6
	v_and_b32_e32 v8, 0x7f, v8
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[2:3], s12, v8
	v_and_b32_e32 v4, 0xffff8000, v4
	s_nop 0
	v_cndmask_b32_e64 v6, v30, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v8
	s_nop 1
	v_cndmask_b32_e64 v6, 0, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v8
	s_nop 1
	v_cndmask_b32_e64 v6, v31, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v8
	s_nop 1
	v_cndmask_b32_e64 v6, v32, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v8
	s_nop 1
	v_cndmask_b32_e64 v6, v33, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v8
	s_nop 1
	v_cndmask_b32_e64 v6, v34, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v8
	s_nop 1
	v_cndmask_b32_e64 v6, v35, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v8
	s_nop 1
	v_cndmask_b32_e64 v6, v36, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v8
	v_and_b32_sdwa v8, v7, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v6, v37, v6, s[2:3]
	v_or_b32_e32 v4, v6, v4
	v_lshlrev_b16_sdwa v6, v39, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v6, 0x3f80, v6
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[2:3], s12, v8
	scratch_store_dword off, v4, off offset:2292 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v4, v38, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v6, v30, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v8
	v_and_b32_e32 v4, 0xffff8000, v4
	s_nop 0
	v_cndmask_b32_e64 v6, 0, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v8
	s_nop 1
	v_cndmask_b32_e64 v6, v31, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v8
	s_nop 1
	v_cndmask_b32_e64 v6, v32, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v8
	s_nop 1
	v_cndmask_b32_e64 v6, v33, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v8
	s_nop 1
	v_cndmask_b32_e64 v6, v34, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v8
	s_nop 1
	v_cndmask_b32_e64 v6, v35, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v8
	s_nop 1
	v_cndmask_b32_e64 v6, v36, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v8
	s_nop 1
	v_cndmask_b32_e64 v6, v37, v6, s[2:3]
	v_or_b32_e32 v4, v6, v4
	v_lshlrev_b16_sdwa v6, v39, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	scratch_store_dword off, v4, off offset:2300 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v4, v38, v7 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v6, 0x3f80, v6
	v_and_b32_sdwa v7, v7, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[2:3], s12, v7
	v_and_b32_e32 v4, 0xffff8000, v4
	s_nop 0
	v_cndmask_b32_e64 v6, v30, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v7
	s_nop 1
	v_cndmask_b32_e64 v6, 0, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v31, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v32, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v33, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v34, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v35, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v36, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v7
	v_and_b32_e32 v7, 0x7f, v5
	s_nop 0
	v_cndmask_b32_e64 v6, v37, v6, s[2:3]
	v_or_b32_e32 v4, v6, v4
	v_lshlrev_b16_e32 v6, 7, v5
	v_and_b32_e32 v6, 0x3f80, v6
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[2:3], s12, v7
	scratch_store_dword off, v4, off offset:2312 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v4, 8, v5
	v_cndmask_b32_e64 v6, v30, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v7
	v_and_b32_e32 v4, 0xffff8000, v4
	s_nop 0
	v_cndmask_b32_e64 v6, 0, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v31, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v32, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v33, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v34, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v35, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v36, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v7
	v_accvgpr_read_b32 v7, a229
	s_nop 0
	v_cndmask_b32_e64 v6, v37, v6, s[2:3]
	v_or_b32_e32 v4, v6, v4
	v_lshlrev_b16_e32 v6, 7, v7
	scratch_store_dword off, v4, off offset:2316 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v4, 8, v7
	v_and_b32_e32 v6, 0x3f80, v6
	v_and_b32_e32 v7, 0x7f, v7
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[2:3], s12, v7
	v_and_b32_e32 v4, 0xffff8000, v4
	s_nop 0
	v_cndmask_b32_e64 v6, v30, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v7
	s_nop 1
	v_cndmask_b32_e64 v6, 0, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v31, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v32, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v33, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v34, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v35, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v36, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v7
	v_and_b32_sdwa v7, v5, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v6, v37, v6, s[2:3]
	v_or_b32_e32 v4, v6, v4
	v_lshlrev_b16_sdwa v6, v39, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v6, 0x3f80, v6
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[2:3], s12, v7
	scratch_store_dword off, v4, off offset:2328 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v4, v38, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v6, v30, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v7
	v_and_b32_e32 v4, 0xffff8000, v4
	s_nop 0
	v_cndmask_b32_e64 v6, 0, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v31, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v32, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v33, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v34, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v35, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v36, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v7
	.loc	1 31 20                         ; spill.py:31:20
	v_and_b32_e32 v7, 0x7f, v42
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 0
	v_cndmask_b32_e64 v6, v37, v6, s[2:3]
	v_or_b32_e32 v4, v6, v4
	v_lshlrev_b16_sdwa v6, v39, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	scratch_store_dword off, v4, off offset:2336 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v4, v38, v5 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v6, 0x3f80, v6
	v_and_b32_sdwa v5, v5, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[2:3], s12, v5
	v_and_b32_e32 v4, 0xffff8000, v4
	s_nop 0
	v_cndmask_b32_e64 v6, v30, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v5
	s_nop 1
	v_cndmask_b32_e64 v6, 0, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v5
	s_nop 1
	v_cndmask_b32_e64 v6, v31, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v5
	s_nop 1
	v_cndmask_b32_e64 v6, v32, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v5
	s_nop 1
	v_cndmask_b32_e64 v6, v33, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v5
	s_nop 1
	v_cndmask_b32_e64 v6, v34, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v5
	s_nop 1
	v_cndmask_b32_e64 v6, v35, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v5
	s_nop 1
	v_cndmask_b32_e64 v6, v36, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v5
	s_nop 1
	v_cndmask_b32_e64 v5, v37, v6, s[2:3]
	v_or_b32_e32 v4, v5, v4
	v_lshlrev_b16_e32 v5, 7, v28
	v_and_b32_e32 v5, 0x3f80, v5
	v_and_b32_e32 v6, 0x7f, v28
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e64 s[2:3], s12, v6
	scratch_store_dword off, v4, off offset:2340 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v4, 8, v28
	v_cndmask_b32_e64 v5, v30, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v6
	v_and_b32_e32 v4, 0xffff8000, v4
	s_nop 0
	v_cndmask_b32_e64 v5, 0, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v31, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v32, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v33, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v34, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v35, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v36, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v6
	v_and_b32_e32 v6, 0x7f, v41
	s_nop 0
	v_cndmask_b32_e64 v5, v37, v5, s[2:3]
	v_or_b32_e32 v4, v5, v4
	v_lshlrev_b16_e32 v5, 7, v41
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e64 s[2:3], s12, v6
	scratch_store_dword off, v4, off offset:2308 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v4, 8, v41
	v_cndmask_b32_e64 v5, v30, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v6
	v_and_b32_e32 v4, 0xffff8000, v4
	v_and_b32_sdwa v41, v28, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cndmask_b32_e64 v5, 0, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v31, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v32, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v33, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v34, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v35, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v36, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v6
	v_and_b32_sdwa v6, v28, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v5, v37, v5, s[2:3]
	v_or_b32_e32 v4, v5, v4
	v_lshlrev_b16_sdwa v5, v39, v28 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e64 s[2:3], s12, v6
	scratch_store_dword off, v4, off offset:2324 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v4, v38, v28 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v5, v30, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v6
	v_and_b32_e32 v4, 0xffff8000, v4
	s_nop 0
	v_cndmask_b32_e64 v5, 0, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v31, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v32, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v33, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v34, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v35, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v36, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v6
	.loc	1 31 20                         ; spill.py:31:20
	v_and_b32_e32 v6, 0x7f, v2
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 0
	v_cndmask_b32_e64 v5, v37, v5, s[2:3]
	v_or_b32_e32 v4, v5, v4
	scratch_store_dword off, v4, off offset:2332 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v4, v38, v28 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v4, 0xffff8000, v4
	scratch_store_dword off, v4, off offset:2348 ; 4-byte Folded Spill
	v_lshlrev_b16_sdwa v4, v39, v28 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v4, 0x3f80, v4
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[2:3], s12, v41
	.loc	1 31 20                         ; spill.py:31:20
	v_lshlrev_b16_e32 v5, 7, v2
	v_and_b32_e32 v5, 0x3f80, v5
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v4, v30, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v41
	.loc	1 31 20                         ; spill.py:31:20
	v_add_u16_e32 v5, 0x2000, v5
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 0
	v_cndmask_b32_e64 v4, 0, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v41
	s_nop 1
	v_cndmask_b32_e64 v4, v31, v4, s[2:3]
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[2:3], s12, v6
	scratch_store_dword off, v4, off offset:2352 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v4, 8, v2
	v_cndmask_b32_e64 v5, v30, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v6
	v_and_b32_e32 v4, 0xffff8000, v4
	s_nop 0
	v_cndmask_b32_e64 v5, 0, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v31, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v32, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v33, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v34, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v35, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v36, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v6
	v_accvgpr_read_b32 v6, a228
	s_nop 0
	v_cndmask_b32_e64 v5, v37, v5, s[2:3]
	v_or_b32_e32 v17, v5, v4
	v_lshlrev_b16_e32 v5, 7, v6
	v_lshlrev_b16_e32 v4, 8, v6
	v_and_b32_e32 v5, 0x3f80, v5
	v_and_b32_e32 v6, 0x7f, v6
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e64 s[2:3], s12, v6
	v_and_b32_e32 v4, 0xffff8000, v4
	s_nop 0
	v_cndmask_b32_e64 v5, v30, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v6
	s_nop 1
	v_cndmask_b32_e64 v5, 0, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v31, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v32, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v33, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v34, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v35, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v36, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v6
	v_and_b32_sdwa v6, v2, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v5, v37, v5, s[2:3]
	v_or_b32_e32 v4, v5, v4
	v_lshlrev_b16_sdwa v5, v39, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e64 s[2:3], s12, v6
	v_accvgpr_write_b32 a228, v4
	v_lshlrev_b16_sdwa v4, v38, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v5, v30, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v6
	v_and_b32_e32 v4, 0xffff8000, v4
	s_nop 0
	v_cndmask_b32_e64 v5, 0, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v31, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v32, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v33, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v34, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v35, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v5, v36, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v6
	v_and_b32_e32 v6, 0x7f, v0
	s_nop 0
	v_cndmask_b32_e64 v5, v37, v5, s[2:3]
	v_or_b32_e32 v4, v5, v4
	v_lshlrev_b16_sdwa v5, v39, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_accvgpr_write_b32 a229, v4
	v_lshlrev_b16_sdwa v4, v38, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v5, 0x3f80, v5
	v_and_b32_sdwa v2, v2, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e64 s[2:3], s12, v2
	v_and_b32_e32 v4, 0xffff8000, v4
	s_nop 0
	v_cndmask_b32_e64 v5, v30, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v2
	s_nop 1
	v_cndmask_b32_e64 v5, 0, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v2
	s_nop 1
	v_cndmask_b32_e64 v5, v31, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v2
	s_nop 1
	v_cndmask_b32_e64 v5, v32, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v2
	s_nop 1
	v_cndmask_b32_e64 v5, v33, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v2
	s_nop 1
	v_cndmask_b32_e64 v5, v34, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v2
	s_nop 1
	v_cndmask_b32_e64 v5, v35, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v2
	s_nop 1
	v_cndmask_b32_e64 v5, v36, v5, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v2
	s_nop 1
	v_cndmask_b32_e64 v2, v37, v5, s[2:3]
	v_or_b32_e32 v5, v2, v4
	v_lshlrev_b16_e32 v4, 7, v0
	v_and_b32_e32 v4, 0x3f80, v4
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[2:3], s12, v6
	v_lshlrev_b16_e32 v2, 8, v0
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v4, v30, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v6
	s_nop 1
	v_cndmask_b32_e64 v4, 0, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v31, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v32, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v33, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v34, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v35, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v36, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v6
	v_and_b32_e32 v6, 0x7f, v43
	s_nop 0
	v_cndmask_b32_e64 v4, v37, v4, s[2:3]
	v_or_b32_e32 v2, v4, v2
	v_lshlrev_b16_e32 v4, 7, v43
	v_and_b32_e32 v4, 0x3f80, v4
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[2:3], s12, v6
	scratch_store_dword off, v2, off offset:2356 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v2, 8, v43
	v_cndmask_b32_e64 v4, v30, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v6
	v_and_b32_e32 v2, 0xffff8000, v2
	s_nop 0
	v_cndmask_b32_e64 v4, 0, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v31, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v32, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v33, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v34, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v35, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v36, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v6
	v_and_b32_sdwa v6, v0, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v4, v37, v4, s[2:3]
	v_or_b32_e32 v14, v4, v2
	v_lshlrev_b16_sdwa v4, v39, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v4, 0x3f80, v4
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[2:3], s12, v6
	v_lshlrev_b16_sdwa v2, v38, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v2, 0xffff8000, v2
	v_cndmask_b32_e64 v4, v30, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v6
	s_nop 1
	v_cndmask_b32_e64 v4, 0, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v31, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v32, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v33, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v34, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v35, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v4, v36, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v6
	v_and_b32_e32 v6, 0x7f, v3
	s_nop 0
	v_cndmask_b32_e64 v4, v37, v4, s[2:3]
	v_or_b32_e32 v9, v4, v2
	v_lshlrev_b16_sdwa v4, v39, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v2, v38, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v4, 0x3f80, v4
	v_and_b32_sdwa v0, v0, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e64 s[2:3], s12, v0
	v_and_b32_e32 v2, 0xffff8000, v2
	s_nop 0
	v_cndmask_b32_e64 v4, v30, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v0
	s_nop 1
	v_cndmask_b32_e64 v4, 0, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v0
	s_nop 1
	v_cndmask_b32_e64 v4, v31, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v0
	s_nop 1
	v_cndmask_b32_e64 v4, v32, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v0
	s_nop 1
	v_cndmask_b32_e64 v4, v33, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v0
	s_nop 1
	v_cndmask_b32_e64 v4, v34, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v0
	s_nop 1
	v_cndmask_b32_e64 v4, v35, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v0
	s_nop 1
	v_cndmask_b32_e64 v4, v36, v4, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v0
	s_nop 1
	v_cndmask_b32_e64 v0, v37, v4, s[2:3]
	v_or_b32_e32 v4, v0, v2
	v_lshlrev_b16_e32 v2, 7, v3
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e64 s[2:3], s12, v6
	v_lshlrev_b16_e32 v0, 8, v3
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v2, v30, v2, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v6
	s_nop 1
	v_cndmask_b32_e64 v2, 0, v2, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v2, v31, v2, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v2, v32, v2, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v2, v33, v2, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v2, v34, v2, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v2, v35, v2, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v2, v36, v2, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v6
	v_lshlrev_b16_e32 v6, 7, v42
	v_and_b32_e32 v6, 0x3f80, v6
	v_cndmask_b32_e64 v2, v37, v2, s[2:3]
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[2:3], s12, v7
	v_or_b32_e32 v2, v2, v0
	v_lshlrev_b16_e32 v0, 8, v42
	v_cndmask_b32_e64 v6, v30, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v7
	v_and_b32_e32 v0, 0xffff8000, v0
	v_mov_b64_e32 v[42:43], v[22:23]
	v_cndmask_b32_e64 v6, 0, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v31, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v32, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v33, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v34, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v35, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v36, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v7
	v_and_b32_sdwa v7, v3, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v6, v37, v6, s[2:3]
	v_or_b32_e32 v13, v6, v0
	v_lshlrev_b16_sdwa v6, v39, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v6, 0x3f80, v6
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[2:3], s12, v7
	v_lshlrev_b16_sdwa v0, v38, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v6, v30, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v7
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v2, v13, v2, s19
	.loc	1 31 20                         ; spill.py:31:20
	s_nop 0
	v_cndmask_b32_e64 v6, 0, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v31, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v32, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v33, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v34, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v35, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v36, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v7
	v_and_b32_e32 v7, 0x7f, v1
	s_nop 0
	v_cndmask_b32_e64 v6, v37, v6, s[2:3]
	v_or_b32_e32 v15, v6, v0
	v_lshlrev_b16_sdwa v6, v39, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v0, v38, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v6, 0x3f80, v6
	v_and_b32_sdwa v3, v3, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[2:3], s12, v3
	v_and_b32_e32 v0, 0xffff8000, v0
	s_nop 0
	v_cndmask_b32_e64 v6, v30, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v3
	s_nop 1
	v_cndmask_b32_e64 v6, 0, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v3
	s_nop 1
	v_cndmask_b32_e64 v6, v31, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v3
	s_nop 1
	v_cndmask_b32_e64 v6, v32, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v3
	s_nop 1
	v_cndmask_b32_e64 v6, v33, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v3
	s_nop 1
	v_cndmask_b32_e64 v6, v34, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v3
	s_nop 1
	v_cndmask_b32_e64 v6, v35, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v3
	s_nop 1
	v_cndmask_b32_e64 v6, v36, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v3
	s_nop 1
	v_cndmask_b32_e64 v3, v37, v6, s[2:3]
	v_lshlrev_b16_e32 v6, 7, v1
	v_and_b32_e32 v6, 0x3f80, v6
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[2:3], s12, v7
	v_or_b32_e32 v3, v3, v0
	v_lshlrev_b16_e32 v0, 8, v1
	v_cndmask_b32_e64 v6, v30, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v7
	v_and_b32_e32 v0, 0xffff8000, v0
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v3, v3, v15, s19
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v6, 0, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v7
	v_and_b32_sdwa v15, v43, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v6, v31, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v32, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v33, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v34, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v35, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v36, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v7
	v_and_b32_e32 v7, 0x7f, v40
	s_nop 0
	v_cndmask_b32_e64 v6, v37, v6, s[2:3]
	v_or_b32_e32 v0, v6, v0
	v_lshlrev_b16_e32 v6, 7, v40
	v_and_b32_e32 v6, 0x3f80, v6
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[2:3], s12, v7
	scratch_store_dword off, v0, off offset:2360 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v0, 8, v40
	v_cndmask_b32_e64 v6, v30, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v7
	v_and_b32_e32 v0, 0xffff8000, v0
	s_nop 0
	v_cndmask_b32_e64 v6, 0, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v31, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v32, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v33, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v34, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v35, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v36, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v7
	v_and_b32_sdwa v7, v1, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v6, v37, v6, s[2:3]
	v_or_b32_e32 v11, v6, v0
	v_lshlrev_b16_sdwa v6, v39, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v6, 0x3f80, v6
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[2:3], s12, v7
	v_lshlrev_b16_sdwa v0, v38, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v6, v30, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v7
	s_nop 1
	v_cndmask_b32_e64 v6, 0, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v31, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v32, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v33, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v34, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v35, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v36, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v7
	s_nop 1
	v_cndmask_b32_e64 v6, v37, v6, s[2:3]
	v_or_b32_e32 v8, v6, v0
	v_lshlrev_b16_sdwa v6, v39, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_lshlrev_b16_sdwa v0, v38, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v6, 0x3f80, v6
	v_and_b32_sdwa v1, v1, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e64 s[2:3], s12, v1
	v_and_b32_e32 v0, 0xffff8000, v0
	s_nop 0
	v_cndmask_b32_e64 v6, v30, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v1
	s_nop 1
	v_cndmask_b32_e64 v6, 0, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v1
	s_nop 1
	v_cndmask_b32_e64 v6, v31, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v1
	s_nop 1
	v_cndmask_b32_e64 v6, v32, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v1
	s_nop 1
	v_cndmask_b32_e64 v6, v33, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v1
	s_nop 1
	v_cndmask_b32_e64 v6, v34, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v1
	s_nop 1
	v_cndmask_b32_e64 v6, v35, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v1
	s_nop 1
	v_cndmask_b32_e64 v6, v36, v6, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v1
	s_nop 1
	v_cndmask_b32_e64 v1, v37, v6, s[2:3]
	v_or_b32_e32 v7, v1, v0
	v_lshlrev_b16_e32 v1, 7, v24
	v_and_b32_e32 v1, 0x3f80, v1
	v_and_b32_e32 v6, 0x7f, v24
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[2:3], s12, v6
	v_lshlrev_b16_e32 v0, 8, v24
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v1, v30, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v6
	s_nop 1
	v_cndmask_b32_e64 v1, 0, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v1, v31, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v1, v32, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v1, v33, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v1, v34, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v1, v35, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v1, v36, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v6
	v_and_b32_e32 v6, 0x7f, v20
	s_nop 0
	v_cndmask_b32_e64 v1, v37, v1, s[2:3]
	v_or_b32_e32 v0, v1, v0
	v_lshlrev_b16_e32 v1, 7, v20
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[2:3], s12, v6
	scratch_store_dword off, v0, off offset:2364 ; 4-byte Folded Spill
	v_lshlrev_b16_e32 v0, 8, v20
	v_cndmask_b32_e64 v1, v30, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v6
	v_and_b32_e32 v0, 0xffff8000, v0
	s_nop 0
	v_cndmask_b32_e64 v1, 0, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v6
	s_nop 1
	v_cndmask_b32_e64 v1, v31, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v6
	s_nop 1
	v_cndmask_b32_e64 v1, v32, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v6
	s_nop 1
	v_cndmask_b32_e64 v1, v33, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v6
	s_nop 1
	v_cndmask_b32_e64 v1, v34, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v6
	s_nop 1
	v_cndmask_b32_e64 v1, v35, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v6
	s_nop 1
	v_cndmask_b32_e64 v1, v36, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v6
	s_nop 1
	v_cndmask_b32_e64 v1, v37, v1, s[2:3]
	v_or_b32_e32 v10, v1, v0
	v_lshlrev_b16_sdwa v1, v39, v18 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[2:3], s12, v16
	v_lshlrev_b16_sdwa v0, v38, v18 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v1, v30, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v16
	s_nop 1
	v_cndmask_b32_e64 v1, 0, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v31, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v32, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v33, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v34, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v35, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v36, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v16
	v_and_b32_sdwa v16, v18, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v1, v37, v1, s[2:3]
	v_or_b32_e32 v20, v1, v0
	v_lshlrev_b16_sdwa v1, v39, v18 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[2:3], s12, v16
	v_lshlrev_b16_sdwa v0, v38, v18 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v1, v30, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v16
	s_nop 1
	v_cndmask_b32_e64 v1, 0, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v31, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v32, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v33, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v34, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v35, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v36, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v16
	v_and_b32_e32 v16, 0x7f, v42
	s_nop 0
	v_cndmask_b32_e64 v1, v37, v1, s[2:3]
	v_or_b32_e32 v6, v1, v0
	v_lshlrev_b16_e32 v1, 7, v42
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[2:3], s12, v16
	v_lshlrev_b16_e32 v0, 8, v42
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v1, v30, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v16
	s_nop 1
	v_cndmask_b32_e64 v1, 0, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v31, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v32, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v33, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v34, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v35, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v36, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v16
	v_and_b32_e32 v16, 0x7f, v26
	s_nop 0
	v_cndmask_b32_e64 v1, v37, v1, s[2:3]
	v_or_b32_e32 v12, v1, v0
	v_lshlrev_b16_e32 v1, 7, v26
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[2:3], s12, v16
	v_lshlrev_b16_e32 v0, 8, v26
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v1, v30, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v16
	s_nop 1
	v_cndmask_b32_e64 v1, 0, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v31, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v32, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v33, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v34, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v35, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v36, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v16
	v_and_b32_sdwa v16, v42, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v1, v37, v1, s[2:3]
	v_or_b32_e32 v23, v1, v0
	v_lshlrev_b16_sdwa v1, v39, v42 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[2:3], s12, v16
	v_lshlrev_b16_sdwa v0, v38, v42 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v1, v30, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v16
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v12, v23, v12, s19
	.loc	1 31 20                         ; spill.py:31:20
	s_nop 0
	v_cndmask_b32_e64 v1, 0, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v31, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v32, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v33, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v34, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v35, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v36, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v16
	v_and_b32_sdwa v16, v42, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v1, v37, v1, s[2:3]
	v_or_b32_e32 v24, v1, v0
	v_lshlrev_b16_sdwa v1, v39, v42 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[2:3], s12, v16
	v_lshlrev_b16_sdwa v0, v38, v42 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v1, v30, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v16
	v_accvgpr_read_b32 v42, a227
	s_nop 0
	v_cndmask_b32_e64 v1, 0, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v31, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v32, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v33, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v34, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v35, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v36, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v16
	v_and_b32_e32 v16, 0x7f, v19
	s_nop 0
	v_cndmask_b32_e64 v1, v37, v1, s[2:3]
	v_or_b32_e32 v25, v1, v0
	v_lshlrev_b16_e32 v1, 7, v19
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[2:3], s12, v16
	v_lshlrev_b16_e32 v0, 8, v19
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v1, v30, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v16
	s_nop 1
	v_cndmask_b32_e64 v1, 0, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v31, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v32, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v33, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v34, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v35, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v36, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v16
	v_and_b32_e32 v16, 0x7f, v27
	s_nop 0
	v_cndmask_b32_e64 v1, v37, v1, s[2:3]
	v_or_b32_e32 v26, v1, v0
	v_lshlrev_b16_e32 v1, 7, v27
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[2:3], s12, v16
	v_lshlrev_b16_e32 v0, 8, v27
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v1, v30, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v16
	s_nop 1
	v_cndmask_b32_e64 v1, 0, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v31, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v32, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v33, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v34, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v35, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v36, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v16
	v_and_b32_sdwa v16, v19, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v1, v37, v1, s[2:3]
	v_or_b32_e32 v27, v1, v0
	v_lshlrev_b16_sdwa v1, v39, v19 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[2:3], s12, v16
	v_lshlrev_b16_sdwa v0, v38, v19 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v1, v30, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v16
	s_nop 1
	v_cndmask_b32_e64 v1, 0, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v31, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v32, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v33, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v34, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v35, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v36, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v16
	v_and_b32_sdwa v16, v19, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v1, v37, v1, s[2:3]
	v_or_b32_e32 v28, v1, v0
	v_lshlrev_b16_sdwa v1, v39, v19 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[2:3], s12, v16
	v_lshlrev_b16_sdwa v0, v38, v19 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v1, v30, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v16
	v_and_b32_sdwa v19, v43, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v1, 0, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v31, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v32, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v33, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v34, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v35, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v36, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v16
	v_and_b32_e32 v16, 0x7f, v43
	s_nop 0
	v_cndmask_b32_e64 v1, v37, v1, s[2:3]
	v_or_b32_e32 v40, v1, v0
	v_lshlrev_b16_e32 v1, 7, v43
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[2:3], s12, v16
	v_lshlrev_b16_e32 v0, 8, v43
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v1, v30, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v16
	s_nop 1
	v_cndmask_b32_e64 v1, 0, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v31, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v32, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v33, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v34, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v35, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v36, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v16
	v_and_b32_e32 v16, 0x7f, v21
	s_nop 0
	v_cndmask_b32_e64 v1, v37, v1, s[2:3]
	v_or_b32_e32 v22, v1, v0
	v_lshlrev_b16_e32 v1, 7, v21
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e64 s[2:3], s12, v16
	v_lshlrev_b16_e32 v0, 8, v21
	v_and_b32_e32 v0, 0xffff8000, v0
	v_cndmask_b32_e64 v1, v30, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v16
	s_nop 1
	v_cndmask_b32_e64 v1, 0, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v31, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v32, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v33, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v34, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v35, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v36, v1, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v16
	s_nop 1
	v_cndmask_b32_e64 v1, v37, v1, s[2:3]
	v_or_b32_e32 v21, v1, v0
	v_lshlrev_b16_sdwa v0, v38, v43 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v18, 0xffff8000, v0
	v_lshlrev_b16_sdwa v0, v39, v43 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e64 s[2:3], s12, v19
	s_nop 1
	v_cndmask_b32_e64 v0, v30, v0, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v19
	s_nop 1
	v_cndmask_b32_e64 v0, 0, v0, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v19
	s_nop 1
	v_cndmask_b32_e64 v0, v31, v0, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v19
	s_nop 1
	v_cndmask_b32_e64 v0, v32, v0, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v19
	s_nop 1
	v_cndmask_b32_e64 v0, v33, v0, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v19
	s_nop 1
	v_cndmask_b32_e64 v0, v34, v0, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v19
	s_nop 1
	v_cndmask_b32_e64 v16, v35, v0, s[2:3]
	v_accvgpr_read_b32 v0, a229
	v_cmp_ne_u16_e64 s[2:3], 6, v19
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v1, v5, v0, s19
	v_accvgpr_read_b32 v0, a228
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v5, v36, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v19
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v0, v0, v17, s19
	v_accvgpr_read_b32 v16, a224
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v19, v37, v5, s[2:3]
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v5, v4, v9, s19
	scratch_load_dword v4, off, off offset:2356 ; 4-byte Folded Reload
	v_accvgpr_read_b32 v17, a225
	v_perm_b32 v16, v17, v16, s19
	v_accvgpr_read_b32 v17, a226
	v_perm_b32 v17, v42, v17, s19
	v_accvgpr_write_b32 a224, v240
	v_accvgpr_write_b32 a225, v241
	v_accvgpr_write_b32 a226, v242
	v_accvgpr_write_b32 a227, v243
	v_accvgpr_write_b32 a228, v244
	v_accvgpr_write_b32 a229, v245
	v_accvgpr_write_b32 a230, v246
	v_accvgpr_write_b32 a231, v247
	v_accvgpr_write_b32 a232, v248
	v_accvgpr_write_b32 a233, v249
	v_accvgpr_write_b32 a234, v250
	v_accvgpr_write_b32 a235, v251
	v_accvgpr_write_b32 a236, v252
	v_accvgpr_write_b32 a237, v253
	v_accvgpr_write_b32 a238, v254
	v_accvgpr_write_b32 a239, v255
	.loc	1 31 20                         ; spill.py:31:20
	v_lshlrev_b16_sdwa v9, v38, v43 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v240, 0xffff8000, v9
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[224:239], v[0:1], v[16:17], a[224:239]
	.loc	1 31 20                         ; spill.py:31:20
	v_lshlrev_b16_sdwa v9, v39, v43 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v9, 0x3f80, v9
	v_add_u16_e32 v13, 0x2000, v9
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v9, v7, v8, s19
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[2:3], s12, v15
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(0)
	v_perm_b32 v4, v14, v4, s19
	.loc	1 31 20                         ; spill.py:31:20
	v_or_b32_e32 v14, v19, v18
	.loc	1 32 24                         ; spill.py:32:24
	scratch_load_dword v18, off, off        ; 4-byte Folded Reload
	scratch_load_dword v19, off, off offset:64 ; 4-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_perm_b32 v18, v19, v18, s19
	scratch_load_dword v19, off, off offset:192 ; 4-byte Folded Reload
	scratch_load_dword v42, off, off offset:384 ; 4-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_perm_b32 v19, v42, v19, s19
	s_nop 1
	v_mfma_f32_32x32x8_f16 a[224:239], v[4:5], v[18:19], a[224:239]
	s_nop 7
	s_nop 2
	scratch_store_dwordx4 off, a[224:227], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[228:231], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[232:235], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[236:239], off offset:48 ; 16-byte Folded Spill
	scratch_load_dword v7, off, off offset:2360 ; 4-byte Folded Reload
	v_accvgpr_write_b32 a224, v224
	v_accvgpr_write_b32 a225, v225
	v_accvgpr_write_b32 a226, v226
	v_accvgpr_write_b32 a227, v227
	v_accvgpr_write_b32 a228, v228
	v_accvgpr_write_b32 a229, v229
	v_accvgpr_write_b32 a230, v230
	v_accvgpr_write_b32 a231, v231
	v_accvgpr_write_b32 a232, v232
	v_accvgpr_write_b32 a233, v233
	v_accvgpr_write_b32 a234, v234
	v_accvgpr_write_b32 a235, v235
	v_accvgpr_write_b32 a236, v236
	v_accvgpr_write_b32 a237, v237
	v_accvgpr_write_b32 a238, v238
	v_accvgpr_write_b32 a239, v239
	s_waitcnt vmcnt(0)
	v_perm_b32 v8, v11, v7, s19
	v_mfma_f32_32x32x8_f16 a[224:239], v[2:3], v[16:17], a[224:239]
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v7, v30, v13, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v15
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v13, v25, v24, s19
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_e32 v24, 0x7f, v29
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v11, 0, v7, s[2:3]
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v7, v6, v20, s19
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[2:3], 1, v15
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[224:239], v[8:9], v[18:19], a[224:239]
	s_nop 7
	s_nop 2
	scratch_store_dwordx4 off, a[224:227], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[228:231], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[232:235], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[236:239], off offset:240 ; 16-byte Folded Spill
	scratch_load_dword v6, off, off offset:2364 ; 4-byte Folded Reload
	s_nop 0
	v_accvgpr_write_b32 a239, v223
	v_accvgpr_write_b32 a238, v222
	v_accvgpr_write_b32 a237, v221
	v_accvgpr_write_b32 a236, v220
	v_accvgpr_write_b32 a235, v219
	v_accvgpr_write_b32 a234, v218
	v_accvgpr_write_b32 a233, v217
	v_accvgpr_write_b32 a232, v216
	v_accvgpr_write_b32 a231, v215
	v_accvgpr_write_b32 a230, v214
	v_accvgpr_write_b32 a229, v213
	v_accvgpr_write_b32 a228, v212
	v_accvgpr_write_b32 a227, v211
	v_accvgpr_write_b32 a226, v210
	v_accvgpr_write_b32 a225, v209
	v_accvgpr_write_b32 a224, v208
	s_waitcnt vmcnt(0)
	v_perm_b32 v6, v10, v6, s19
	s_nop 1
	v_mfma_f32_32x32x8_f16 a[224:239], v[6:7], v[16:17], a[224:239]
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v10, v31, v11, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v15
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v11, v40, v28, s19
	.loc	1 31 20                         ; spill.py:31:20
	s_nop 0
	v_cndmask_b32_e64 v10, v32, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v15
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[224:239], v[12:13], v[18:19], a[224:239]
	.loc	1 31 20                         ; spill.py:31:20
	s_nop 0
	v_cndmask_b32_e64 v10, v33, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v15
	s_nop 7
	scratch_store_dwordx4 off, a[224:227], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[228:231], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[232:235], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[236:239], off offset:112 ; 16-byte Folded Spill
	v_cndmask_b32_e64 v10, v34, v10, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v15
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a239, v207
	v_accvgpr_write_b32 a238, v206
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v20, v35, v10, s[2:3]
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v10, v27, v26, s19
	v_accvgpr_write_b32 a237, v205
	v_accvgpr_write_b32 a236, v204
	v_accvgpr_write_b32 a235, v203
	v_accvgpr_write_b32 a234, v202
	v_accvgpr_write_b32 a233, v201
	v_accvgpr_write_b32 a232, v200
	v_accvgpr_write_b32 a231, v199
	v_accvgpr_write_b32 a230, v198
	v_accvgpr_write_b32 a229, v197
	v_accvgpr_write_b32 a228, v196
	v_accvgpr_write_b32 a227, v195
	v_accvgpr_write_b32 a226, v194
	v_accvgpr_write_b32 a225, v193
	v_accvgpr_write_b32 a224, v192
	.loc	1 31 20                         ; spill.py:31:20
	v_cmp_ne_u16_e64 s[2:3], 6, v15
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_sdwa v26, v29, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[224:239], v[10:11], v[16:17], a[224:239]
	.loc	1 30 20                         ; spill.py:30:20
	scratch_load_dword v16, off, off offset:2352 ; 4-byte Folded Reload
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e64 v20, v36, v20, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v15
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_sdwa v27, v29, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	.loc	1 31 20                         ; spill.py:31:20
	s_nop 0
	v_cndmask_b32_e64 v15, v37, v20, s[2:3]
	v_or_b32_e32 v15, v15, v240
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v15, v15, v14, s19
	v_perm_b32 v14, v21, v22, s19
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[2:3], 2, v41
	.loc	1 32 24                         ; spill.py:32:24
	s_nop 0
	v_mfma_f32_32x32x8_f16 a[224:239], v[14:15], v[18:19], a[224:239]
	s_nop 7
	s_nop 2
	scratch_store_dwordx4 off, a[224:227], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[228:231], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[232:235], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[236:239], off offset:432 ; 16-byte Folded Spill
	s_nop 1
	v_accvgpr_write_b32 a239, v191
	v_accvgpr_write_b32 a238, v190
	v_accvgpr_write_b32 a237, v189
	v_accvgpr_write_b32 a236, v188
	v_accvgpr_write_b32 a235, v187
	v_accvgpr_write_b32 a234, v186
	v_accvgpr_write_b32 a233, v185
	v_accvgpr_write_b32 a232, v184
	v_accvgpr_write_b32 a231, v183
	v_accvgpr_write_b32 a230, v182
	v_accvgpr_write_b32 a229, v181
	v_accvgpr_write_b32 a228, v180
	v_accvgpr_write_b32 a227, v179
	v_accvgpr_write_b32 a226, v178
	v_accvgpr_write_b32 a225, v177
	v_accvgpr_write_b32 a224, v176
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt vmcnt(4)
	v_cndmask_b32_e64 v16, v32, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v41
	s_nop 1
	v_cndmask_b32_e64 v16, v33, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v41
	s_nop 1
	v_cndmask_b32_e64 v16, v34, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v41
	s_nop 1
	v_cndmask_b32_e64 v18, v35, v16, s[2:3]
	.loc	1 32 24                         ; spill.py:32:24
	scratch_load_dword v16, off, off offset:128 ; 4-byte Folded Reload
	scratch_load_dword v17, off, off offset:256 ; 4-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[2:3], 6, v41
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(0)
	v_perm_b32 v16, v17, v16, s19
	scratch_load_dword v17, off, off offset:320 ; 4-byte Folded Reload
	scratch_load_dword v19, off, off offset:1408 ; 4-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v18, v36, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v41
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(0)
	v_perm_b32 v17, v19, v17, s19
	.loc	1 30 20                         ; spill.py:30:20
	scratch_load_dword v19, off, off offset:2348 ; 4-byte Folded Reload
	v_cndmask_b32_e64 v18, v37, v18, s[2:3]
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[224:239], v[0:1], v[16:17], a[224:239]
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt vmcnt(0)
	v_or_b32_e32 v176, v18, v19
	.loc	1 32 24                         ; spill.py:32:24
	scratch_load_dword v18, off, off offset:1472 ; 4-byte Folded Reload
	scratch_load_dword v19, off, off offset:1600 ; 4-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_perm_b32 v18, v19, v18, s19
	scratch_load_dword v19, off, off offset:1728 ; 4-byte Folded Reload
	scratch_load_dword v20, off, off offset:1984 ; 4-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_perm_b32 v19, v20, v19, s19
	s_nop 1
	v_mfma_f32_32x32x8_f16 a[224:239], v[4:5], v[18:19], a[224:239]
	s_nop 7
	s_nop 2
	scratch_store_dwordx4 off, a[224:227], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[228:231], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[232:235], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[236:239], off offset:304 ; 16-byte Folded Spill
	scratch_load_dwordx2 v[194:195], off, off offset:1088 ; 8-byte Folded Reload
	s_nop 0
	v_accvgpr_write_b32 a239, v175
	v_accvgpr_write_b32 a238, v174
	v_accvgpr_write_b32 a237, v173
	v_accvgpr_write_b32 a236, v172
	v_accvgpr_write_b32 a235, v171
	v_accvgpr_write_b32 a234, v170
	v_accvgpr_write_b32 a233, v169
	v_accvgpr_write_b32 a232, v168
	v_accvgpr_write_b32 a231, v167
	v_accvgpr_write_b32 a230, v166
	v_accvgpr_write_b32 a229, v165
	v_accvgpr_write_b32 a228, v164
	v_accvgpr_write_b32 a227, v163
	v_accvgpr_write_b32 a226, v162
	v_accvgpr_write_b32 a225, v161
	v_accvgpr_write_b32 a224, v160
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt vmcnt(0)
	v_lshlrev_b16_e32 v21, 7, v194
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[224:239], v[2:3], v[16:17], a[224:239]
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_e32 v21, 0x3f80, v21
	v_and_b32_e32 v22, 0x7f, v194
	v_add_u16_e32 v21, 0x2000, v21
	v_cmp_ne_u16_e64 s[2:3], s12, v22
	v_lshlrev_b16_e32 v20, 8, v194
	v_and_b32_e32 v20, 0xffff8000, v20
	v_cndmask_b32_e64 v21, v30, v21, s[2:3]
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[224:239], v[8:9], v[18:19], a[224:239]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[2:3], 0, v22
	s_nop 7
	s_nop 1
	scratch_store_dwordx4 off, a[224:227], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[228:231], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[232:235], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[236:239], off offset:176 ; 16-byte Folded Spill
	v_cndmask_b32_e64 v21, 0, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v22
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a239, v159
	v_accvgpr_write_b32 a238, v158
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v21, v31, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v22
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a237, v157
	v_accvgpr_write_b32 a236, v156
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v21, v32, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v22
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a235, v155
	v_accvgpr_write_b32 a234, v154
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v21, v33, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v22
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a233, v153
	v_accvgpr_write_b32 a232, v152
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v21, v34, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v22
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a231, v151
	v_accvgpr_write_b32 a230, v150
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v21, v35, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v22
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a229, v149
	v_accvgpr_write_b32 a228, v148
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v21, v36, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v22
	scratch_load_dword v22, off, off offset:1280 ; 4-byte Folded Reload
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a227, v147
	v_accvgpr_write_b32 a226, v146
	v_accvgpr_write_b32 a225, v145
	v_accvgpr_write_b32 a224, v144
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v21, v37, v21, s[2:3]
	v_or_b32_e32 v144, v21, v20
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[224:239], v[6:7], v[16:17], a[224:239]
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_sdwa v23, v194, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v28, 0x7f, v195
	s_waitcnt vmcnt(0)
	v_lshlrev_b16_e32 v21, 7, v22
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[224:239], v[12:13], v[18:19], a[224:239]
	s_nop 7
	s_nop 2
	scratch_store_dwordx4 off, a[224:227], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[228:231], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[232:235], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[236:239], off offset:368 ; 16-byte Folded Spill
	s_nop 1
	v_accvgpr_write_b32 a239, v143
	v_accvgpr_write_b32 a238, v142
	v_accvgpr_write_b32 a237, v141
	v_accvgpr_write_b32 a236, v140
	v_accvgpr_write_b32 a235, v139
	v_accvgpr_write_b32 a234, v138
	v_accvgpr_write_b32 a233, v137
	v_accvgpr_write_b32 a232, v136
	v_accvgpr_write_b32 a231, v135
	v_accvgpr_write_b32 a230, v134
	v_accvgpr_write_b32 a229, v133
	v_accvgpr_write_b32 a228, v132
	v_accvgpr_write_b32 a227, v131
	v_accvgpr_write_b32 a226, v130
	v_accvgpr_write_b32 a225, v129
	v_accvgpr_write_b32 a224, v128
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_e32 v20, 8, v22
	v_and_b32_e32 v21, 0x3f80, v21
	v_and_b32_e32 v22, 0x7f, v22
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[224:239], v[10:11], v[16:17], a[224:239]
	.loc	1 30 20                         ; spill.py:30:20
	v_add_u16_e32 v21, 0x2000, v21
	v_cmp_ne_u16_e64 s[2:3], s12, v22
	v_and_b32_e32 v20, 0xffff8000, v20
	s_nop 0
	v_cndmask_b32_e64 v21, v30, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v22
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[224:239], v[14:15], v[18:19], a[224:239]
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 0
	v_cndmask_b32_e64 v16, 0, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v22
	v_lshlrev_b16_sdwa v21, v39, v194 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v21, 0x3f80, v21
	v_cndmask_b32_e64 v16, v31, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v22
	v_add_u16_e32 v21, 0x2000, v21
	s_nop 0
	v_cndmask_b32_e64 v16, v32, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v22
	v_accvgpr_read_b32 v128, a224
	s_nop 0
	v_cndmask_b32_e64 v16, v33, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v22
	v_accvgpr_read_b32 v129, a225
	v_accvgpr_read_b32 v130, a226
	v_cndmask_b32_e64 v16, v34, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v22
	v_accvgpr_read_b32 v131, a227
	v_accvgpr_read_b32 v132, a228
	v_cndmask_b32_e64 v18, v35, v16, s[2:3]
	.loc	1 32 24                         ; spill.py:32:24
	scratch_load_dword v16, off, off offset:1344 ; 4-byte Folded Reload
	scratch_load_dword v17, off, off offset:1536 ; 4-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[2:3], 6, v22
	v_accvgpr_read_b32 v133, a229
	v_accvgpr_read_b32 v134, a230
	v_cndmask_b32_e64 v18, v36, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v22
	v_accvgpr_read_b32 v135, a231
	v_accvgpr_read_b32 v136, a232
	v_accvgpr_read_b32 v137, a233
	v_accvgpr_read_b32 v138, a234
	v_accvgpr_read_b32 v139, a235
	v_accvgpr_read_b32 v140, a236
	v_accvgpr_read_b32 v141, a237
	v_accvgpr_read_b32 v142, a238
	v_accvgpr_read_b32 v143, a239
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a239, v127
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v18, v37, v18, s[2:3]
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a238, v126
	v_accvgpr_write_b32 a237, v125
	v_accvgpr_write_b32 a236, v124
	v_accvgpr_write_b32 a235, v123
	v_accvgpr_write_b32 a234, v122
	v_accvgpr_write_b32 a233, v121
	v_accvgpr_write_b32 a232, v120
	v_accvgpr_write_b32 a231, v119
	v_accvgpr_write_b32 a230, v118
	v_accvgpr_write_b32 a229, v117
	v_accvgpr_write_b32 a228, v116
	v_accvgpr_write_b32 a227, v115
	v_accvgpr_write_b32 a226, v114
	v_accvgpr_write_b32 a225, v113
	v_accvgpr_write_b32 a224, v112
	.loc	1 30 20                         ; spill.py:30:20
	v_or_b32_e32 v112, v18, v20
	v_and_b32_sdwa v22, v194, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e64 s[2:3], s12, v22
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(0)
	v_perm_b32 v16, v17, v16, s19
	scratch_load_dword v17, off, off offset:1664 ; 4-byte Folded Reload
	scratch_load_dword v19, off, off offset:1856 ; 4-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v21, v30, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v22
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(0)
	v_perm_b32 v17, v19, v17, s19
	scratch_load_dword v18, off, off offset:1920 ; 4-byte Folded Reload
	scratch_load_dword v19, off, off offset:2112 ; 4-byte Folded Reload
	v_mfma_f32_32x32x8_f16 a[224:239], v[0:1], v[16:17], a[224:239]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v21, 0, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v22
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(0)
	v_perm_b32 v18, v19, v18, s19
	scratch_load_dword v19, off, off offset:2240 ; 4-byte Folded Reload
	scratch_load_dword v20, off, off offset:2256 ; 4-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v21, v31, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v22
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(0)
	v_perm_b32 v19, v20, v19, s19
	s_nop 1
	v_mfma_f32_32x32x8_f16 a[224:239], v[4:5], v[18:19], a[224:239]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v21, v32, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v22
	v_lshlrev_b16_sdwa v20, v38, v194 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v20, 0xffff8000, v20
	v_cndmask_b32_e64 v21, v33, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v22
	s_nop 1
	v_cndmask_b32_e64 v21, v34, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v22
	s_nop 0
	v_accvgpr_read_b32 v208, a224
	v_accvgpr_read_b32 v209, a225
	v_accvgpr_read_b32 v210, a226
	v_accvgpr_read_b32 v211, a227
	v_accvgpr_read_b32 v212, a228
	v_accvgpr_read_b32 v213, a229
	v_accvgpr_read_b32 v214, a230
	v_accvgpr_read_b32 v215, a231
	v_accvgpr_read_b32 v216, a232
	v_accvgpr_read_b32 v217, a233
	v_accvgpr_read_b32 v218, a234
	v_accvgpr_read_b32 v219, a235
	v_accvgpr_read_b32 v220, a236
	v_accvgpr_read_b32 v221, a237
	v_accvgpr_read_b32 v222, a238
	v_accvgpr_read_b32 v223, a239
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a239, v111
	v_accvgpr_write_b32 a238, v110
	v_accvgpr_write_b32 a237, v109
	v_accvgpr_write_b32 a236, v108
	v_accvgpr_write_b32 a235, v107
	v_accvgpr_write_b32 a234, v106
	v_accvgpr_write_b32 a233, v105
	v_accvgpr_write_b32 a232, v104
	v_accvgpr_write_b32 a231, v103
	v_accvgpr_write_b32 a230, v102
	v_accvgpr_write_b32 a229, v101
	v_accvgpr_write_b32 a228, v100
	v_accvgpr_write_b32 a227, v99
	v_accvgpr_write_b32 a226, v98
	v_accvgpr_write_b32 a225, v97
	v_accvgpr_write_b32 a224, v96
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v21, v35, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v22
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[224:239], v[2:3], v[16:17], a[224:239]
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 0
	v_cndmask_b32_e64 v21, v36, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v22
	v_lshlrev_b16_sdwa v22, v39, v194 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v22, 0x3f80, v22
	v_cndmask_b32_e64 v21, v37, v21, s[2:3]
	v_add_u16_e32 v22, 0x2000, v22
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[224:239], v[8:9], v[18:19], a[224:239]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[2:3], s12, v23
	v_or_b32_e32 v20, v21, v20
	v_lshlrev_b16_sdwa v21, v38, v194 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v22, v30, v22, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v23
	v_and_b32_e32 v21, 0xffff8000, v21
	s_nop 4
	v_accvgpr_read_b32 v96, a224
	v_accvgpr_read_b32 v97, a225
	v_accvgpr_read_b32 v98, a226
	v_accvgpr_read_b32 v99, a227
	v_accvgpr_read_b32 v100, a228
	v_accvgpr_read_b32 v101, a229
	v_accvgpr_read_b32 v102, a230
	v_accvgpr_read_b32 v103, a231
	v_accvgpr_read_b32 v104, a232
	v_accvgpr_read_b32 v105, a233
	v_accvgpr_read_b32 v106, a234
	v_accvgpr_read_b32 v107, a235
	v_accvgpr_read_b32 v108, a236
	v_accvgpr_read_b32 v109, a237
	v_accvgpr_read_b32 v110, a238
	v_accvgpr_read_b32 v111, a239
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a239, v95
	v_accvgpr_write_b32 a238, v94
	v_accvgpr_write_b32 a237, v93
	v_accvgpr_write_b32 a236, v92
	v_accvgpr_write_b32 a235, v91
	v_accvgpr_write_b32 a234, v90
	v_accvgpr_write_b32 a233, v89
	v_accvgpr_write_b32 a232, v88
	v_accvgpr_write_b32 a231, v87
	v_accvgpr_write_b32 a230, v86
	v_accvgpr_write_b32 a229, v85
	v_accvgpr_write_b32 a228, v84
	v_accvgpr_write_b32 a227, v83
	v_accvgpr_write_b32 a226, v82
	v_accvgpr_write_b32 a225, v81
	v_accvgpr_write_b32 a224, v80
	s_nop 1
	v_mfma_f32_32x32x8_f16 a[224:239], v[6:7], v[16:17], a[224:239]
	v_mfma_f32_32x32x8_f16 a[224:239], v[12:13], v[18:19], a[224:239]
	s_nop 7
	s_nop 2
	v_accvgpr_read_b32 v80, a224
	v_accvgpr_read_b32 v81, a225
	v_accvgpr_read_b32 v82, a226
	v_accvgpr_read_b32 v83, a227
	v_accvgpr_read_b32 v84, a228
	v_accvgpr_read_b32 v85, a229
	v_accvgpr_read_b32 v86, a230
	v_accvgpr_read_b32 v87, a231
	v_accvgpr_read_b32 v88, a232
	v_accvgpr_read_b32 v89, a233
	v_accvgpr_read_b32 v90, a234
	v_accvgpr_read_b32 v91, a235
	v_accvgpr_read_b32 v92, a236
	v_accvgpr_read_b32 v93, a237
	v_accvgpr_read_b32 v94, a238
	v_accvgpr_read_b32 v95, a239
	v_accvgpr_write_b32 a239, v79
	v_accvgpr_write_b32 a238, v78
	v_accvgpr_write_b32 a237, v77
	v_accvgpr_write_b32 a236, v76
	v_accvgpr_write_b32 a235, v75
	v_accvgpr_write_b32 a234, v74
	v_accvgpr_write_b32 a233, v73
	v_accvgpr_write_b32 a232, v72
	v_accvgpr_write_b32 a231, v71
	v_accvgpr_write_b32 a230, v70
	v_accvgpr_write_b32 a229, v69
	v_accvgpr_write_b32 a228, v68
	v_accvgpr_write_b32 a227, v67
	v_accvgpr_write_b32 a226, v66
	v_accvgpr_write_b32 a225, v65
	v_accvgpr_write_b32 a224, v64
	s_nop 1
	v_mfma_f32_32x32x8_f16 a[224:239], v[10:11], v[16:17], a[224:239]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v16, 0, v22, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v23
	s_nop 1
	v_cndmask_b32_e64 v16, v31, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v23
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[224:239], v[14:15], v[18:19], a[224:239]
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 0
	v_cndmask_b32_e64 v16, v32, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v23
	s_nop 1
	v_cndmask_b32_e64 v16, v33, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v23
	s_nop 1
	v_cndmask_b32_e64 v16, v34, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v23
	v_accvgpr_read_b32 v64, a224
	s_nop 0
	v_cndmask_b32_e64 v18, v35, v16, s[2:3]
	.loc	1 32 24                         ; spill.py:32:24
	scratch_load_dword v16, off, off offset:1792 ; 4-byte Folded Reload
	scratch_load_dword v17, off, off offset:2048 ; 4-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[2:3], 6, v23
	v_accvgpr_read_b32 v65, a225
	v_accvgpr_read_b32 v66, a226
	v_cndmask_b32_e64 v18, v36, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v23
	v_lshlrev_b16_e32 v23, 7, v29
	v_and_b32_e32 v23, 0x3f80, v23
	v_cndmask_b32_e64 v18, v37, v18, s[2:3]
	v_or_b32_e32 v21, v18, v21
	v_add_u16_e32 v23, 0x2000, v23
	v_cmp_ne_u16_e64 s[2:3], s12, v24
	v_accvgpr_read_b32 v67, a227
	v_accvgpr_read_b32 v68, a228
	v_cndmask_b32_e64 v23, v30, v23, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v24
	v_accvgpr_read_b32 v69, a229
	v_accvgpr_read_b32 v70, a230
	v_cndmask_b32_e64 v23, 0, v23, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v24
	v_accvgpr_read_b32 v71, a231
	v_accvgpr_read_b32 v72, a232
	v_cndmask_b32_e64 v23, v31, v23, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v24
	v_accvgpr_read_b32 v73, a233
	v_accvgpr_read_b32 v74, a234
	v_cndmask_b32_e64 v23, v32, v23, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v24
	v_accvgpr_read_b32 v75, a235
	v_accvgpr_read_b32 v76, a236
	v_cndmask_b32_e64 v23, v33, v23, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v24
	v_accvgpr_read_b32 v77, a237
	v_accvgpr_read_b32 v78, a238
	v_cndmask_b32_e64 v23, v34, v23, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v24
	v_accvgpr_read_b32 v79, a239
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a239, v63
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v23, v35, v23, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v24
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a238, v62
	v_accvgpr_write_b32 a237, v61
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v23, v36, v23, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v24
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a236, v60
	v_accvgpr_write_b32 a235, v59
	v_accvgpr_write_b32 a234, v58
	v_accvgpr_write_b32 a233, v57
	v_accvgpr_write_b32 a232, v56
	v_accvgpr_write_b32 a231, v55
	v_accvgpr_write_b32 a230, v54
	v_accvgpr_write_b32 a229, v53
	v_accvgpr_write_b32 a228, v52
	v_accvgpr_write_b32 a227, v51
	v_accvgpr_write_b32 a226, v50
	v_accvgpr_write_b32 a225, v49
	v_accvgpr_write_b32 a224, v48
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v23, v37, v23, s[2:3]
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(0)
	v_perm_b32 v16, v17, v16, s19
	scratch_load_dword v17, off, off offset:2176 ; 4-byte Folded Reload
	scratch_load_dword v19, off, off offset:2248 ; 4-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_perm_b32 v17, v19, v17, s19
	scratch_load_dword v18, off, off offset:2252 ; 4-byte Folded Reload
	scratch_load_dword v19, off, off offset:2264 ; 4-byte Folded Reload
	v_mfma_f32_32x32x8_f16 a[224:239], v[0:1], v[16:17], a[224:239]
	s_waitcnt vmcnt(0)
	v_perm_b32 v18, v19, v18, s19
	scratch_load_dword v19, off, off offset:2272 ; 4-byte Folded Reload
	scratch_load_dword v22, off, off offset:2288 ; 4-byte Folded Reload
	scratch_load_dword v25, off, off offset:2344 ; 4-byte Folded Reload
	v_mfma_f32_32x32x8_f16 a[208:223], v[2:3], v[16:17], a[208:223]
	s_waitcnt vmcnt(1)
	v_perm_b32 v19, v22, v19, s19
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_e32 v22, 8, v29
	v_and_b32_e32 v22, 0xffff8000, v22
	s_waitcnt vmcnt(0)
	v_lshlrev_b16_e32 v24, 7, v25
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[240:255], v[6:7], v[16:17], a[240:255]
	.loc	1 30 20                         ; spill.py:30:20
	v_or_b32_e32 v22, v23, v22
	v_lshlrev_b16_e32 v23, 8, v25
	v_and_b32_e32 v24, 0x3f80, v24
	v_and_b32_e32 v25, 0x7f, v25
	v_add_u16_e32 v24, 0x2000, v24
	v_cmp_ne_u16_e64 s[2:3], s12, v25
	v_and_b32_e32 v23, 0xffff8000, v23
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[0:15], v[10:11], v[16:17], a[0:15]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v24, v30, v24, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v25
	s_nop 1
	v_cndmask_b32_e64 v16, 0, v24, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v25
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[224:239], v[4:5], v[18:19], a[224:239]
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 0
	v_cndmask_b32_e64 v16, v31, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v25
	s_nop 1
	v_cndmask_b32_e64 v16, v32, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v25
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[208:223], v[8:9], v[18:19], a[208:223]
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 0
	v_cndmask_b32_e64 v16, v33, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v25
	v_accvgpr_read_b32 v48, a224
	s_nop 0
	v_cndmask_b32_e64 v16, v34, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v25
	v_accvgpr_read_b32 v49, a225
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[240:255], v[12:13], v[18:19], a[240:255]
	v_accvgpr_read_b32 v50, a226
	v_accvgpr_read_b32 v51, a227
	v_accvgpr_read_b32 v52, a228
	v_accvgpr_read_b32 v53, a229
	v_accvgpr_read_b32 v54, a230
	v_accvgpr_read_b32 v55, a231
	v_accvgpr_read_b32 v56, a232
	v_mfma_f32_32x32x8_f16 a[0:15], v[14:15], v[18:19], a[0:15]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v18, v35, v16, s[2:3]
	.loc	1 32 24                         ; spill.py:32:24
	scratch_load_dword v16, off, off offset:2244 ; 4-byte Folded Reload
	scratch_load_dword v17, off, off offset:2260 ; 4-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[2:3], 6, v25
	v_accvgpr_read_b32 v178, a240
	v_accvgpr_read_b32 v57, a233
	v_cndmask_b32_e64 v18, v36, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v25
	v_lshlrev_b16_sdwa v25, v39, v29 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v25, 0x3f80, v25
	v_cndmask_b32_e64 v18, v37, v18, s[2:3]
	v_or_b32_e32 v23, v18, v23
	v_add_u16_e32 v25, 0x2000, v25
	v_cmp_ne_u16_e64 s[2:3], s12, v26
	v_accvgpr_read_b32 v161, a15
	v_accvgpr_read_b32 v58, a234
	v_cndmask_b32_e64 v25, v30, v25, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v26
	v_accvgpr_read_b32 v59, a235
	v_accvgpr_read_b32 v60, a236
	v_cndmask_b32_e64 v25, 0, v25, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v26
	v_accvgpr_read_b32 v61, a237
	v_accvgpr_read_b32 v62, a238
	v_cndmask_b32_e64 v25, v31, v25, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v26
	v_accvgpr_read_b32 v63, a239
	v_accvgpr_read_b32 v179, a241
	v_cndmask_b32_e64 v25, v32, v25, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v26
	v_accvgpr_read_b32 v180, a242
	v_accvgpr_read_b32 v181, a243
	v_cndmask_b32_e64 v25, v33, v25, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v26
	v_accvgpr_read_b32 v182, a244
	v_accvgpr_read_b32 v183, a245
	v_cndmask_b32_e64 v25, v34, v25, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v26
	v_accvgpr_read_b32 v184, a246
	v_accvgpr_read_b32 v185, a247
	v_cndmask_b32_e64 v25, v35, v25, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v26
	v_accvgpr_read_b32 v186, a248
	v_accvgpr_read_b32 v187, a249
	v_cndmask_b32_e64 v25, v36, v25, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v26
	v_lshlrev_b16_sdwa v26, v39, v29 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v26, 0x3f80, v26
	v_cndmask_b32_e64 v25, v37, v25, s[2:3]
	v_add_u16_e32 v26, 0x2000, v26
	v_cmp_ne_u16_e64 s[2:3], s12, v27
	v_accvgpr_read_b32 v188, a250
	v_accvgpr_read_b32 v189, a251
	v_cndmask_b32_e64 v26, v30, v26, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v27
	v_accvgpr_read_b32 v190, a252
	v_accvgpr_read_b32 v191, a253
	v_accvgpr_read_b32 v192, a254
	v_accvgpr_read_b32 v193, a255
	v_accvgpr_read_b32 v160, a14
	v_accvgpr_read_b32 v159, a13
	v_accvgpr_read_b32 v158, a12
	v_accvgpr_read_b32 v157, a11
	v_accvgpr_read_b32 v156, a10
	v_accvgpr_read_b32 v155, a9
	v_accvgpr_read_b32 v154, a8
	v_accvgpr_read_b32 v153, a7
	v_accvgpr_read_b32 v152, a6
	v_accvgpr_read_b32 v151, a5
	v_accvgpr_read_b32 v150, a4
	v_accvgpr_read_b32 v149, a3
	v_accvgpr_read_b32 v148, a2
	v_accvgpr_read_b32 v147, a1
	v_accvgpr_read_b32 v146, a0
	v_accvgpr_read_b32 v239, a223
	v_accvgpr_read_b32 v238, a222
	v_accvgpr_read_b32 v237, a221
	v_accvgpr_read_b32 v236, a220
	v_accvgpr_read_b32 v235, a219
	v_accvgpr_read_b32 v234, a218
	v_accvgpr_read_b32 v233, a217
	v_accvgpr_read_b32 v232, a216
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(0)
	v_perm_b32 v16, v17, v16, s19
	scratch_load_dword v17, off, off offset:2268 ; 4-byte Folded Reload
	scratch_load_dword v19, off, off offset:2280 ; 4-byte Folded Reload
	v_accvgpr_read_b32 v231, a215
	v_accvgpr_read_b32 v230, a214
	v_accvgpr_read_b32 v229, a213
	v_accvgpr_read_b32 v228, a212
	v_accvgpr_read_b32 v227, a211
	v_accvgpr_read_b32 v226, a210
	v_accvgpr_read_b32 v225, a209
	v_accvgpr_read_b32 v224, a208
	s_waitcnt vmcnt(0)
	v_perm_b32 v17, v19, v17, s19
	scratch_load_dword v18, off, off offset:2284 ; 4-byte Folded Reload
	scratch_load_dword v19, off, off offset:2296 ; 4-byte Folded Reload
	v_mfma_f32_32x32x8_f16 a[192:207], v[0:1], v[16:17], a[192:207]
	s_waitcnt vmcnt(0)
	v_perm_b32 v18, v19, v18, s19
	scratch_load_dword v19, off, off offset:2304 ; 4-byte Folded Reload
	scratch_load_dword v24, off, off offset:2320 ; 4-byte Folded Reload
	v_mfma_f32_32x32x8_f16 a[16:31], v[2:3], v[16:17], a[16:31]
	s_waitcnt vmcnt(0)
	v_perm_b32 v19, v24, v19, s19
	v_mfma_f32_32x32x8_f16 a[32:47], v[6:7], v[16:17], a[32:47]
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_sdwa v24, v38, v29 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v24, 0xffff8000, v24
	v_or_b32_e32 v24, v25, v24
	v_lshlrev_b16_sdwa v25, v38, v29 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v25, 0xffff8000, v25
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[48:63], v[10:11], v[16:17], a[48:63]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v16, 0, v26, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v27
	s_nop 1
	v_cndmask_b32_e64 v16, v31, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v27
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[192:207], v[4:5], v[18:19], a[192:207]
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 0
	v_cndmask_b32_e64 v16, v32, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v27
	s_nop 1
	v_cndmask_b32_e64 v16, v33, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v27
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[16:31], v[8:9], v[18:19], a[16:31]
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 0
	v_cndmask_b32_e64 v16, v34, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v27
	v_accvgpr_read_b32 v255, a207
	v_accvgpr_read_b32 v254, a206
	v_accvgpr_read_b32 v253, a205
	v_accvgpr_read_b32 v252, a204
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[32:47], v[12:13], v[18:19], a[32:47]
	v_accvgpr_read_b32 v251, a203
	v_accvgpr_read_b32 v250, a202
	v_accvgpr_read_b32 v249, a201
	v_accvgpr_read_b32 v248, a200
	v_accvgpr_read_b32 v247, a199
	v_accvgpr_read_b32 v246, a198
	v_accvgpr_read_b32 v245, a197
	v_mfma_f32_32x32x8_f16 a[48:63], v[14:15], v[18:19], a[48:63]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v18, v35, v16, s[2:3]
	.loc	1 32 24                         ; spill.py:32:24
	scratch_load_dword v16, off, off offset:2276 ; 4-byte Folded Reload
	scratch_load_dword v17, off, off offset:2292 ; 4-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[2:3], 6, v27
	v_accvgpr_read_b32 v244, a196
	v_accvgpr_read_b32 v243, a195
	v_cndmask_b32_e64 v18, v36, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v27
	v_lshlrev_b16_e32 v27, 7, v195
	v_and_b32_e32 v27, 0x3f80, v27
	v_cndmask_b32_e64 v18, v37, v18, s[2:3]
	v_or_b32_e32 v25, v18, v25
	v_add_u16_e32 v27, 0x2000, v27
	v_cmp_ne_u16_e64 s[2:3], s12, v28
	v_accvgpr_read_b32 v242, a194
	v_accvgpr_read_b32 v241, a193
	v_cndmask_b32_e64 v27, v30, v27, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v28
	v_accvgpr_read_b32 v240, a192
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(0)
	v_perm_b32 v16, v17, v16, s19
	scratch_load_dword v17, off, off offset:2300 ; 4-byte Folded Reload
	scratch_load_dword v19, off, off offset:2312 ; 4-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v27, 0, v27, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v28
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(0)
	v_perm_b32 v17, v19, v17, s19
	scratch_load_dword v18, off, off offset:2316 ; 4-byte Folded Reload
	scratch_load_dword v19, off, off offset:2328 ; 4-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v27, v31, v27, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v28
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[64:79], v[0:1], v[16:17], a[64:79]
	s_waitcnt vmcnt(0)
	v_perm_b32 v18, v19, v18, s19
	scratch_load_dword v19, off, off offset:2336 ; 4-byte Folded Reload
	scratch_load_dword v26, off, off offset:2340 ; 4-byte Folded Reload
	scratch_load_dword v29, off, off offset:1152 ; 4-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v27, v32, v27, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v28
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[80:95], v[2:3], v[16:17], a[80:95]
	s_waitcnt vmcnt(1)
	v_perm_b32 v19, v26, v19, s19
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v27, v33, v27, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v28
	v_lshlrev_b16_e32 v26, 8, v195
	v_and_b32_e32 v26, 0xffff8000, v26
	v_cndmask_b32_e64 v27, v34, v27, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v28
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[96:111], v[6:7], v[16:17], a[96:111]
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 0
	v_cndmask_b32_e64 v27, v35, v27, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v28
	s_nop 1
	v_cndmask_b32_e64 v27, v36, v27, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v28
	s_waitcnt vmcnt(0)
	v_lshlrev_b16_e32 v28, 7, v29
	v_and_b32_e32 v28, 0x3f80, v28
	v_cndmask_b32_e64 v27, v37, v27, s[2:3]
	v_or_b32_e32 v26, v27, v26
	v_lshlrev_b16_e32 v27, 8, v29
	v_and_b32_e32 v29, 0x7f, v29
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[112:127], v[10:11], v[16:17], a[112:127]
	.loc	1 30 20                         ; spill.py:30:20
	v_add_u16_e32 v28, 0x2000, v28
	v_cmp_ne_u16_e64 s[2:3], s12, v29
	v_and_b32_e32 v27, 0xffff8000, v27
	s_nop 0
	v_cndmask_b32_e64 v28, v30, v28, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v29
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[64:79], v[4:5], v[18:19], a[64:79]
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 0
	v_cndmask_b32_e64 v16, 0, v28, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v29
	v_and_b32_sdwa v28, v195, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	s_nop 0
	v_cndmask_b32_e64 v16, v31, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v29
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[80:95], v[8:9], v[18:19], a[80:95]
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 0
	v_cndmask_b32_e64 v16, v32, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v29
	s_nop 1
	v_cndmask_b32_e64 v16, v33, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v29
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[96:111], v[12:13], v[18:19], a[96:111]
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 0
	v_cndmask_b32_e64 v16, v34, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v29
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[112:127], v[14:15], v[18:19], a[112:127]
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 0
	v_cndmask_b32_e64 v18, v35, v16, s[2:3]
	.loc	1 32 24                         ; spill.py:32:24
	scratch_load_dword v16, off, off offset:2308 ; 4-byte Folded Reload
	scratch_load_dword v17, off, off offset:2324 ; 4-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[2:3], 6, v29
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v19, v21, v20, s19
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_sdwa v21, v39, v195 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v18, v36, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v29
	v_and_b32_e32 v21, 0x3f80, v21
	v_add_u16_e32 v21, 0x2000, v21
	v_cndmask_b32_e64 v18, v37, v18, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], s12, v28
	v_and_b32_sdwa v29, v195, s12 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_or_b32_e32 v27, v18, v27
	v_cndmask_b32_e64 v21, v30, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 0, v28
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v18, v112, v144, s19
	.loc	1 30 20                         ; spill.py:30:20
	v_lshlrev_b16_sdwa v20, v38, v195 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e64 v21, 0, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v28
	v_and_b32_e32 v20, 0xffff8000, v20
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(0)
	v_perm_b32 v16, v17, v16, s19
	scratch_load_dword v17, off, off offset:2332 ; 4-byte Folded Reload
	scratch_load_dwordx4 a[192:195], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[196:199], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[200:203], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[204:207], off, off offset:944 ; 16-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v21, v31, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v28
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(4)
	v_perm_b32 v17, v176, v17, s19
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v21, v32, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v28
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[128:143], v[0:1], v[16:17], a[128:143]
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 0
	v_cndmask_b32_e64 v21, v33, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v28
	s_nop 1
	v_cndmask_b32_e64 v21, v34, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v28
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[144:159], v[2:3], v[16:17], a[144:159]
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 0
	v_cndmask_b32_e64 v21, v35, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 6, v28
	s_nop 1
	v_cndmask_b32_e64 v21, v36, v21, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 7, v28
	v_lshlrev_b16_sdwa v28, v39, v195 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[160:175], v[6:7], v[16:17], a[160:175]
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_e32 v28, 0x3f80, v28
	v_cndmask_b32_e64 v21, v37, v21, s[2:3]
	v_add_u16_e32 v28, 0x2000, v28
	v_cmp_ne_u16_e64 s[2:3], s12, v29
	v_or_b32_e32 v20, v21, v20
	v_lshlrev_b16_sdwa v21, v38, v195 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e64 v28, v30, v28, s[2:3]
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[176:191], v[10:11], v[16:17], a[176:191]
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[2:3], 0, v29
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v17, v25, v24, s19
	.loc	1 30 20                         ; spill.py:30:20
	v_and_b32_e32 v21, 0xffff8000, v21
	v_cndmask_b32_e64 v16, 0, v28, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 1, v29
	s_nop 1
	v_cndmask_b32_e64 v16, v31, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 2, v29
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[128:143], v[4:5], v[18:19], a[128:143]
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 0
	v_cndmask_b32_e64 v16, v32, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 3, v29
	s_nop 1
	v_cndmask_b32_e64 v16, v33, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 4, v29
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[144:159], v[8:9], v[18:19], a[144:159]
	.loc	1 30 20                         ; spill.py:30:20
	s_nop 0
	v_cndmask_b32_e64 v16, v34, v16, s[2:3]
	v_cmp_ne_u16_e64 s[2:3], 5, v29
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[160:175], v[12:13], v[18:19], a[160:175]
	v_mfma_f32_32x32x8_f16 a[176:191], v[14:15], v[18:19], a[176:191]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v18, v35, v16, s[2:3]
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v16, v23, v22, s19
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[2:3], 6, v29
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 a[192:207], v[0:1], v[16:17], a[192:207]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v0, v36, v18, s[2:3]
	scratch_load_dwordx2 v[18:19], off, off offset:448 ; 8-byte Folded Reload
	.loc	1 32 24                         ; spill.py:32:24
	scratch_load_dwordx4 a[0:3], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:880 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[224:227], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[228:231], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[232:235], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[236:239], off, off offset:816 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[240:243], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[244:247], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[248:251], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[252:255], off, off offset:752 ; 16-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	v_cmp_ne_u16_e64 s[2:3], 7, v29
	s_waitcnt vmcnt(8)
	.loc	1 32 24                         ; spill.py:32:24
	v_mfma_f32_32x32x8_f16 a[0:15], v[2:3], v[16:17], a[0:15]
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e64 v0, v37, v0, s[2:3]
	v_or_b32_e32 v1, v0, v21
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v0, v27, v26, s19
	v_perm_b32 v1, v1, v20, s19
	.loc	1 30 20                         ; spill.py:30:20
	s_barrier
	.loc	1 29 22                         ; spill.py:29:22
	v_lshl_add_u64 v[18:19], v[18:19], 0, 16
	.loc	1 32 24                         ; spill.py:32:24
	s_waitcnt vmcnt(4)
	v_mfma_f32_32x32x8_f16 a[224:239], v[6:7], v[16:17], a[224:239]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 a[240:255], v[10:11], v[16:17], a[240:255]
	v_mfma_f32_32x32x8_f16 a[192:207], v[4:5], v[0:1], a[192:207]
	v_mfma_f32_32x32x8_f16 a[0:15], v[8:9], v[0:1], a[0:15]
	v_mfma_f32_32x32x8_f16 a[224:239], v[12:13], v[0:1], a[224:239]
	v_mfma_f32_32x32x8_f16 a[240:255], v[14:15], v[0:1], a[240:255]
	scratch_load_dword v0, off, off offset:2368 ; 4-byte Folded Reload
	scratch_load_dwordx4 v[4:7], off, off offset:1216 ; 16-byte Folded Reload
	scratch_load_dword v1, off, off offset:2372 ; 4-byte Folded Reload
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt vmcnt(1)
	ds_write_b32 v0, v4
	s_waitcnt vmcnt(0)
	ds_write_b32 v1, v5
	ds_write_b32 v0, v6 offset:8
	scratch_load_dwordx4 v[2:5], off, off offset:960 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	ds_write_b32 v0, v2 offset:2048
	ds_write_b32 v1, v3 offset:2048
	scratch_load_dword v3, off, off offset:2380 ; 4-byte Folded Reload
	scratch_load_dword v2, off, off offset:2376 ; 4-byte Folded Reload
	s_waitcnt vmcnt(1)
	ds_write_b32 v3, v4 offset:8
	s_waitcnt vmcnt(0)
	ds_write2st64_b32 v2, v7, v5 offset1:8
	.loc	1 31 20                         ; spill.py:31:20
	ds_write_b32 v0, v44 offset:4096
	ds_write_b32 v1, v45 offset:4096
	ds_write_b32 v0, v46 offset:4104
	scratch_load_dwordx4 v[4:7], off, off offset:1024 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	ds_write_b32 v0, v4 offset:6144
	ds_write_b32 v1, v5 offset:6144
	ds_write_b32 v3, v6 offset:4104
	ds_write2st64_b32 v2, v47, v7 offset0:16 offset1:24
	scratch_load_dwordx2 v[16:17], off, off offset:512 ; 8-byte Folded Reload
	scratch_load_dwordx2 v[20:21], off, off offset:576 ; 8-byte Folded Reload
	scratch_load_dwordx2 v[22:23], off, off offset:640 ; 8-byte Folded Reload
	.loc	1 29 22                         ; spill.py:29:22
	s_waitcnt vmcnt(2)
	v_lshl_add_u64 v[16:17], v[16:17], 0, 16
	s_waitcnt vmcnt(1)
	v_lshl_add_u64 v[20:21], v[20:21], 0, 16
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[22:23], v[22:23], 0, 16
	s_cbranch_scc0 .LBB0_19
.LBB0_11:                               ; =>This Inner Loop Header: Depth=1
	.loc	1 0 22 is_stmt 0                ; spill.py:0:22
	scratch_store_dwordx4 off, a[240:243], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[244:247], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[248:251], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[252:255], off offset:752 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[224:227], off offset:768 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[228:231], off offset:784 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[232:235], off offset:800 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[236:239], off offset:816 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[0:3], off offset:832 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:848 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:864 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:880 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[192:195], off offset:896 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[196:199], off offset:912 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[200:203], off offset:928 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[204:207], off offset:944 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a199, v247
	v_accvgpr_write_b32 a203, v251
	v_accvgpr_write_b32 a207, v255
	v_accvgpr_write_b32 a206, v254
	v_accvgpr_write_b32 a205, v253
	v_accvgpr_write_b32 a204, v252
	v_accvgpr_write_b32 a202, v250
	v_accvgpr_write_b32 a201, v249
	v_accvgpr_write_b32 a200, v248
	v_accvgpr_write_b32 a198, v246
	v_accvgpr_write_b32 a197, v245
	v_accvgpr_write_b32 a196, v244
	v_accvgpr_write_b32 a195, v243
	v_accvgpr_write_b32 a194, v242
	v_accvgpr_write_b32 a193, v241
	v_accvgpr_write_b32 a192, v240
	v_accvgpr_write_b32 a15, v161
	v_accvgpr_write_b32 a14, v160
	v_accvgpr_write_b32 a13, v159
	v_accvgpr_write_b32 a12, v158
	v_accvgpr_write_b32 a11, v157
	v_accvgpr_write_b32 a10, v156
	v_accvgpr_write_b32 a9, v155
	v_accvgpr_write_b32 a8, v154
	v_accvgpr_write_b32 a7, v153
	v_accvgpr_write_b32 a6, v152
	v_accvgpr_write_b32 a5, v151
	v_accvgpr_write_b32 a4, v150
	v_accvgpr_write_b32 a3, v149
	v_accvgpr_write_b32 a2, v148
	v_accvgpr_write_b32 a1, v147
	v_accvgpr_write_b32 a0, v146
	v_accvgpr_write_b32 a255, v193
	v_accvgpr_write_b32 a254, v192
	v_accvgpr_write_b32 a253, v191
	v_accvgpr_write_b32 a252, v190
	v_accvgpr_write_b32 a251, v189
	v_accvgpr_write_b32 a250, v188
	v_accvgpr_write_b32 a249, v187
	v_accvgpr_write_b32 a248, v186
	v_accvgpr_write_b32 a247, v185
	v_accvgpr_write_b32 a246, v184
	v_accvgpr_write_b32 a245, v183
	v_accvgpr_write_b32 a244, v182
	v_accvgpr_write_b32 a243, v181
	v_accvgpr_write_b32 a242, v180
	v_accvgpr_write_b32 a241, v179
	v_accvgpr_write_b32 a240, v178
	v_accvgpr_write_b32 a223, v239
	v_accvgpr_write_b32 a222, v238
	v_accvgpr_write_b32 a221, v237
	v_accvgpr_write_b32 a220, v236
	v_accvgpr_write_b32 a219, v235
	v_accvgpr_write_b32 a218, v234
	v_accvgpr_write_b32 a217, v233
	v_accvgpr_write_b32 a216, v232
	v_accvgpr_write_b32 a215, v231
	v_accvgpr_write_b32 a214, v230
	v_accvgpr_write_b32 a213, v229
	v_accvgpr_write_b32 a212, v228
	v_accvgpr_write_b32 a211, v227
	v_accvgpr_write_b32 a210, v226
	v_accvgpr_write_b32 a209, v225
	v_accvgpr_write_b32 a208, v224
	v_mov_b32_e32 v127, v223
	v_mov_b32_e32 v126, v222
	v_mov_b32_e32 v125, v221
	v_mov_b32_e32 v124, v220
	v_mov_b32_e32 v123, v219
	v_mov_b32_e32 v122, v218
	v_mov_b32_e32 v121, v217
	v_mov_b32_e32 v120, v216
	v_mov_b32_e32 v119, v215
	v_mov_b32_e32 v118, v214
	v_mov_b32_e32 v117, v213
	v_mov_b32_e32 v116, v212
	v_mov_b32_e32 v115, v211
	v_mov_b32_e32 v114, v210
	v_mov_b32_e32 v113, v209
	v_mov_b32_e32 v112, v208
	scratch_load_dwordx4 v[144:147], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[148:151], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[152:155], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[156:159], off, off offset:368 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[160:163], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[164:167], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[168:171], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[172:175], off, off offset:176 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[176:179], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[180:183], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[184:187], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[188:191], off, off offset:304 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[192:195], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[196:199], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[200:203], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[204:207], off, off offset:432 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[208:211], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[212:215], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[216:219], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[220:223], off, off offset:112 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[224:227], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[228:231], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[232:235], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[236:239], off, off offset:240 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[240:243], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[244:247], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[248:251], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[252:255], off, off offset:48 ; 16-byte Folded Reload
	.loc	1 30 76 is_stmt 1               ; spill.py:30:76
	s_cmp_gt_i32 s10, 0
	s_cselect_b64 s[2:3], -1, 0
	.loc	1 30 58 is_stmt 0               ; spill.py:30:58
	s_and_b64 s[22:23], vcc, s[2:3]
	v_mov_b32_e32 v30, 0
	v_mov_b32_e32 v31, 0
	v_mov_b32_e32 v32, 0
	v_mov_b32_e32 v33, 0
	.loc	1 30 20                         ; spill.py:30:20
	s_and_saveexec_b64 s[4:5], s[22:23]
	s_cbranch_execz .LBB0_13
; %bb.12:                               ;   in Loop: Header=BB0_11 Depth=1
	global_load_dwordx4 v[30:33], v[22:23], off
.LBB0_13:                               ;   in Loop: Header=BB0_11 Depth=1
	.loc	1 0 20                          ; spill.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 30 58                         ; spill.py:30:58
	s_and_b64 s[22:23], s[0:1], s[2:3]
	v_mov_b32_e32 v44, 0
	v_mov_b32_e32 v24, 0
	v_mov_b32_e32 v25, 0
	v_mov_b32_e32 v26, 0
	v_mov_b32_e32 v27, 0
	.loc	1 30 20                         ; spill.py:30:20
	s_and_saveexec_b64 s[4:5], s[22:23]
	s_cbranch_execz .LBB0_15
; %bb.14:                               ;   in Loop: Header=BB0_11 Depth=1
	global_load_dwordx4 v[24:27], v[20:21], off
.LBB0_15:                               ;   in Loop: Header=BB0_11 Depth=1
	.loc	1 0 20                          ; spill.py:0:20
	s_or_b64 exec, exec, s[4:5]
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	scratch_load_dword v0, off, off offset:2384 ; 4-byte Folded Reload
	scratch_load_dword v1, off, off offset:2388 ; 4-byte Folded Reload
	.loc	1 31 58 is_stmt 1               ; spill.py:31:58
	s_and_b64 s[22:23], s[14:15], s[2:3]
	v_mov_b32_e32 v45, 0
	v_mov_b32_e32 v46, 0
	v_mov_b32_e32 v47, 0
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt vmcnt(1)
	ds_read2st64_b32 v[14:15], v0 offset1:2
	s_waitcnt vmcnt(0)
	ds_read2st64_b32 v[12:13], v1 offset1:2
	ds_read2st64_b32 v[10:11], v0 offset0:4 offset1:6
	ds_read2st64_b32 v[8:9], v1 offset0:4 offset1:6
	ds_read2st64_b32 v[6:7], v0 offset0:8 offset1:10
	ds_read2st64_b32 v[4:5], v1 offset0:8 offset1:10
	ds_read2st64_b32 v[28:29], v0 offset0:12 offset1:14
	ds_read2st64_b32 v[0:1], v1 offset0:12 offset1:14
	.loc	1 31 20                         ; spill.py:31:20
	s_and_saveexec_b64 s[4:5], s[22:23]
	s_cbranch_execz .LBB0_17
; %bb.16:                               ;   in Loop: Header=BB0_11 Depth=1
	global_load_dwordx4 v[44:47], v[16:17], off
.LBB0_17:                               ;   in Loop: Header=BB0_11 Depth=1
	.loc	1 0 20 is_stmt 0                ; spill.py:0:20
	s_or_b64 exec, exec, s[4:5]
	s_waitcnt lgkmcnt(6)
	v_lshrrev_b32_e32 v2, 8, v12
	v_accvgpr_write_b32 a239, v2
	v_lshrrev_b32_e32 v2, 8, v15
	v_accvgpr_write_b32 a238, v2
	v_lshrrev_b32_e32 v2, 8, v13
	v_accvgpr_write_b32 a237, v2
	s_waitcnt lgkmcnt(5)
	v_lshrrev_b32_e32 v2, 8, v10
	v_accvgpr_write_b32 a236, v2
	s_waitcnt lgkmcnt(4)
	v_lshrrev_b32_e32 v2, 8, v8
	v_accvgpr_write_b32 a235, v2
	v_lshrrev_b32_e32 v2, 8, v11
	v_accvgpr_write_b32 a234, v2
	v_lshrrev_b32_e32 v2, 8, v9
	v_accvgpr_write_b32 a233, v2
	s_waitcnt lgkmcnt(3)
	v_lshrrev_b32_e32 v2, 8, v6
	v_accvgpr_write_b32 a232, v2
	s_waitcnt lgkmcnt(2)
	v_lshrrev_b32_e32 v2, 8, v4
	v_accvgpr_write_b32 a231, v2
	v_lshrrev_b32_e32 v2, 8, v7
	v_accvgpr_write_b32 a230, v2
	v_lshrrev_b32_e32 v2, 8, v5
	v_accvgpr_write_b32 a229, v2
	s_waitcnt lgkmcnt(0)
	v_lshrrev_b32_e32 v2, 8, v0
	scratch_store_dwordx4 off, v[30:33], off offset:1216 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:960 ; 16-byte Folded Spill
	scratch_store_dwordx2 off, v[22:23], off offset:640 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[20:21], off offset:576 ; 8-byte Folded Spill
	scratch_store_dwordx2 off, v[16:17], off offset:512 ; 8-byte Folded Spill
	scratch_store_dword off, v2, off offset:1280 ; 4-byte Folded Spill
	v_lshrrev_b32_e32 v2, 8, v29
	scratch_store_dword off, v2, off offset:2344 ; 4-byte Folded Spill
	scratch_store_dwordx2 off, v[0:1], off offset:1088 ; 8-byte Folded Spill
	v_lshrrev_b32_e32 v0, 8, v1
	v_lshrrev_b32_e32 v16, 8, v14
	v_lshrrev_b32_e32 v41, 8, v28
	scratch_store_dword off, v0, off offset:1152 ; 4-byte Folded Spill
	.loc	1 31 58                         ; spill.py:31:58
	s_and_b64 s[4:5], s[16:17], s[2:3]
	v_mov_b32_e32 v0, 0
	v_mov_b32_e32 v1, 0
	v_mov_b32_e32 v2, 0
	v_mov_b32_e32 v3, 0
	.loc	1 31 20                         ; spill.py:31:20
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_10
; %bb.18:                               ;   in Loop: Header=BB0_11 Depth=1
	global_load_dwordx4 v[0:3], v[18:19], off
	s_branch .LBB0_10
.LBB0_19:                               ; %Flow
	.loc	1 0 20                          ; spill.py:0:20
	scratch_load_dwordx4 v[162:165], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[166:169], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[170:173], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[174:177], off, off offset:432 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[32:35], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[36:39], off, off offset:304 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[4:7], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[8:11], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:368 ; 16-byte Folded Reload
	v_mov_b64_e32 v[112:113], v[208:209]
	v_accvgpr_write_b32 a208, v240
	v_mov_b64_e32 v[114:115], v[210:211]
	v_mov_b64_e32 v[116:117], v[212:213]
	v_mov_b64_e32 v[118:119], v[214:215]
	v_mov_b64_e32 v[120:121], v[216:217]
	v_mov_b64_e32 v[122:123], v[218:219]
	v_mov_b64_e32 v[124:125], v[220:221]
	v_mov_b64_e32 v[126:127], v[222:223]
	v_accvgpr_write_b32 a209, v241
	v_accvgpr_write_b32 a210, v242
	v_accvgpr_write_b32 a211, v243
	v_accvgpr_write_b32 a212, v244
	v_accvgpr_write_b32 a213, v245
	v_accvgpr_write_b32 a214, v246
	v_accvgpr_write_b32 a215, v247
	v_accvgpr_write_b32 a216, v248
	v_accvgpr_write_b32 a217, v249
	v_accvgpr_write_b32 a218, v250
	v_accvgpr_write_b32 a219, v251
	v_accvgpr_write_b32 a220, v252
	v_accvgpr_write_b32 a221, v253
	v_accvgpr_write_b32 a222, v254
	v_accvgpr_write_b32 a223, v255
	scratch_store_dwordx4 off, v[48:51], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[52:55], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[56:59], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[60:63], off offset:496 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[224:227], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[228:231], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[232:235], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[236:239], off offset:560 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[178:181], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[182:185], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[186:189], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[190:193], off offset:624 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[146:149], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[150:153], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[154:157], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[158:161], off offset:688 ; 16-byte Folded Spill
.LBB0_20:                               ; %Flow950
	scratch_load_dwordx4 v[40:43], off, off ; 16-byte Folded Reload
	scratch_load_dwordx4 v[44:47], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[48:51], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[52:55], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(28)
	v_mov_b64_e32 v[206:207], v[176:177]
	s_waitcnt vmcnt(20)
	v_mov_b64_e32 v[0:1], v[4:5]
	v_mov_b64_e32 v[204:205], v[174:175]
	v_mov_b64_e32 v[202:203], v[172:173]
	v_mov_b64_e32 v[200:201], v[170:171]
	v_mov_b64_e32 v[198:199], v[168:169]
	v_mov_b64_e32 v[196:197], v[166:167]
	v_mov_b64_e32 v[194:195], v[164:165]
	v_mov_b64_e32 v[192:193], v[162:163]
	v_mov_b32_e32 v176, v24
	v_mov_b32_e32 v177, v25
	v_mov_b32_e32 v178, v26
	v_mov_b32_e32 v179, v27
	v_mov_b32_e32 v180, v28
	v_mov_b32_e32 v181, v29
	v_mov_b32_e32 v182, v30
	v_mov_b32_e32 v183, v31
	v_mov_b32_e32 v184, v32
	v_mov_b32_e32 v185, v33
	v_mov_b32_e32 v186, v34
	v_mov_b32_e32 v187, v35
	v_mov_b32_e32 v188, v36
	v_mov_b32_e32 v189, v37
	v_mov_b32_e32 v190, v38
	v_mov_b64_e32 v[2:3], v[6:7]
	v_mov_b64_e32 v[4:5], v[8:9]
	v_mov_b64_e32 v[6:7], v[10:11]
	v_mov_b64_e32 v[8:9], v[12:13]
	v_mov_b64_e32 v[10:11], v[14:15]
	v_mov_b64_e32 v[12:13], v[16:17]
	v_mov_b64_e32 v[14:15], v[18:19]
	v_mov_b32_e32 v144, v0
	v_mov_b32_e32 v145, v1
	v_mov_b32_e32 v146, v2
	v_mov_b32_e32 v147, v3
	v_mov_b32_e32 v148, v4
	v_mov_b32_e32 v149, v5
	v_mov_b32_e32 v150, v6
	v_mov_b32_e32 v151, v7
	v_mov_b32_e32 v152, v8
	v_mov_b32_e32 v153, v9
	v_mov_b32_e32 v154, v10
	v_mov_b32_e32 v155, v11
	v_mov_b32_e32 v156, v12
	v_mov_b32_e32 v157, v13
	v_mov_b32_e32 v158, v14
	.loc	1 29 22 is_stmt 1               ; spill.py:29:22
	s_cmp_lt_i32 s18, 16
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[40:43], off ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[44:47], off offset:16 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[48:51], off offset:32 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[52:55], off offset:48 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[224:227], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[228:231], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[232:235], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[236:239], off, off offset:240 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[208:211], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[212:215], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[216:219], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[220:223], off, off offset:112 ; 16-byte Folded Reload
	s_nop 0
	scratch_store_dwordx4 off, v[24:27], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[28:31], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[32:35], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:304 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[160:163], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[164:167], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[168:171], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[172:175], off, off offset:176 ; 16-byte Folded Reload
	s_nop 0
	scratch_store_dwordx4 off, v[0:3], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:368 ; 16-byte Folded Spill
	v_mov_b32_e32 v191, v39
	v_mov_b32_e32 v159, v15
	v_mov_b64_e32 v[0:1], v[128:129]
	v_mov_b64_e32 v[2:3], v[130:131]
	v_mov_b64_e32 v[4:5], v[132:133]
	v_mov_b64_e32 v[6:7], v[134:135]
	v_mov_b64_e32 v[8:9], v[136:137]
	v_mov_b64_e32 v[10:11], v[138:139]
	v_mov_b64_e32 v[12:13], v[140:141]
	v_mov_b64_e32 v[14:15], v[142:143]
	scratch_store_dwordx4 off, v[0:3], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:432 ; 16-byte Folded Spill
	v_mov_b64_e32 v[0:1], v[112:113]
	v_mov_b64_e32 v[2:3], v[114:115]
	v_mov_b64_e32 v[4:5], v[116:117]
	v_mov_b64_e32 v[6:7], v[118:119]
	v_mov_b64_e32 v[8:9], v[120:121]
	v_mov_b64_e32 v[10:11], v[122:123]
	v_mov_b64_e32 v[12:13], v[124:125]
	v_mov_b64_e32 v[14:15], v[126:127]
	scratch_store_dwordx4 off, v[0:3], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:752 ; 16-byte Folded Spill
	v_mov_b64_e32 v[0:1], v[96:97]
	v_mov_b64_e32 v[2:3], v[98:99]
	v_mov_b64_e32 v[4:5], v[100:101]
	v_mov_b64_e32 v[6:7], v[102:103]
	v_mov_b64_e32 v[8:9], v[104:105]
	v_mov_b64_e32 v[10:11], v[106:107]
	v_mov_b64_e32 v[12:13], v[108:109]
	v_mov_b64_e32 v[14:15], v[110:111]
	scratch_store_dwordx4 off, v[0:3], off offset:768 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:784 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:800 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:816 ; 16-byte Folded Spill
	v_mov_b64_e32 v[0:1], v[80:81]
	v_mov_b64_e32 v[2:3], v[82:83]
	v_mov_b64_e32 v[4:5], v[84:85]
	v_mov_b64_e32 v[6:7], v[86:87]
	v_mov_b64_e32 v[8:9], v[88:89]
	v_mov_b64_e32 v[10:11], v[90:91]
	v_mov_b64_e32 v[12:13], v[92:93]
	v_mov_b64_e32 v[14:15], v[94:95]
	scratch_store_dwordx4 off, v[0:3], off offset:832 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:848 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:864 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:880 ; 16-byte Folded Spill
	v_mov_b64_e32 v[0:1], v[64:65]
	v_mov_b64_e32 v[2:3], v[66:67]
	v_mov_b64_e32 v[4:5], v[68:69]
	v_mov_b64_e32 v[6:7], v[70:71]
	v_mov_b64_e32 v[8:9], v[72:73]
	v_mov_b64_e32 v[10:11], v[74:75]
	v_mov_b64_e32 v[12:13], v[76:77]
	v_mov_b64_e32 v[14:15], v[78:79]
	scratch_store_dwordx4 off, v[0:3], off offset:896 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:912 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:928 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:944 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[24:27], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[32:35], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[36:39], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[24:27], off offset:2176 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[28:31], off offset:2192 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[32:35], off offset:2208 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[36:39], off offset:2224 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[24:27], off, off offset:512 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[28:31], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[32:35], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[36:39], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[24:27], off offset:2112 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[28:31], off offset:2128 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[32:35], off offset:2144 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[36:39], off offset:2160 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[24:27], off, off offset:576 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[28:31], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[32:35], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[36:39], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[24:27], off offset:2048 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[28:31], off offset:2064 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[32:35], off offset:2080 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[36:39], off offset:2096 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[24:27], off, off offset:640 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[28:31], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[32:35], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[36:39], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[24:27], off offset:1984 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[28:31], off offset:2000 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[32:35], off offset:2016 ; 16-byte Folded Spill
	s_waitcnt vmcnt(3)
	scratch_store_dwordx4 off, v[36:39], off offset:2032 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v24, a208
	v_accvgpr_read_b32 v25, a209
	v_accvgpr_read_b32 v26, a210
	v_accvgpr_read_b32 v27, a211
	v_accvgpr_read_b32 v28, a212
	v_accvgpr_read_b32 v29, a213
	v_accvgpr_read_b32 v30, a214
	v_accvgpr_read_b32 v31, a215
	v_accvgpr_read_b32 v32, a216
	v_accvgpr_read_b32 v33, a217
	v_accvgpr_read_b32 v34, a218
	v_accvgpr_read_b32 v35, a219
	v_accvgpr_read_b32 v36, a220
	v_accvgpr_read_b32 v37, a221
	v_accvgpr_read_b32 v38, a222
	scratch_store_dwordx4 off, a[208:211], off offset:960 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[212:215], off offset:976 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[216:219], off offset:992 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[220:223], off offset:1008 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v39, a223
	scratch_store_dwordx4 off, v[24:27], off offset:1920 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[28:31], off offset:1936 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[32:35], off offset:1952 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:1968 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v24, a16
	v_accvgpr_read_b32 v25, a17
	v_accvgpr_read_b32 v26, a18
	v_accvgpr_read_b32 v27, a19
	v_accvgpr_read_b32 v28, a20
	v_accvgpr_read_b32 v29, a21
	v_accvgpr_read_b32 v30, a22
	v_accvgpr_read_b32 v31, a23
	v_accvgpr_read_b32 v32, a24
	v_accvgpr_read_b32 v33, a25
	v_accvgpr_read_b32 v34, a26
	v_accvgpr_read_b32 v35, a27
	v_accvgpr_read_b32 v36, a28
	v_accvgpr_read_b32 v37, a29
	v_accvgpr_read_b32 v38, a30
	v_accvgpr_read_b32 v39, a31
	scratch_store_dwordx4 off, v[24:27], off offset:1856 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[28:31], off offset:1872 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[32:35], off offset:1888 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:1904 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v24, a32
	v_accvgpr_read_b32 v25, a33
	v_accvgpr_read_b32 v26, a34
	v_accvgpr_read_b32 v27, a35
	v_accvgpr_read_b32 v28, a36
	v_accvgpr_read_b32 v29, a37
	v_accvgpr_read_b32 v30, a38
	v_accvgpr_read_b32 v31, a39
	v_accvgpr_read_b32 v32, a40
	v_accvgpr_read_b32 v33, a41
	v_accvgpr_read_b32 v34, a42
	v_accvgpr_read_b32 v35, a43
	v_accvgpr_read_b32 v36, a44
	v_accvgpr_read_b32 v37, a45
	v_accvgpr_read_b32 v38, a46
	v_accvgpr_read_b32 v39, a47
	scratch_store_dwordx4 off, v[24:27], off offset:1792 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[28:31], off offset:1808 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[32:35], off offset:1824 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:1840 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v24, a48
	v_accvgpr_read_b32 v25, a49
	v_accvgpr_read_b32 v26, a50
	v_accvgpr_read_b32 v27, a51
	v_accvgpr_read_b32 v28, a52
	v_accvgpr_read_b32 v29, a53
	v_accvgpr_read_b32 v30, a54
	v_accvgpr_read_b32 v31, a55
	v_accvgpr_read_b32 v32, a56
	v_accvgpr_read_b32 v33, a57
	v_accvgpr_read_b32 v34, a58
	v_accvgpr_read_b32 v35, a59
	v_accvgpr_read_b32 v36, a60
	v_accvgpr_read_b32 v37, a61
	v_accvgpr_read_b32 v38, a62
	v_accvgpr_read_b32 v39, a63
	scratch_store_dwordx4 off, v[24:27], off offset:1728 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[28:31], off offset:1744 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[32:35], off offset:1760 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:1776 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v24, a64
	v_accvgpr_read_b32 v25, a65
	v_accvgpr_read_b32 v26, a66
	v_accvgpr_read_b32 v27, a67
	v_accvgpr_read_b32 v28, a68
	v_accvgpr_read_b32 v29, a69
	v_accvgpr_read_b32 v30, a70
	v_accvgpr_read_b32 v31, a71
	v_accvgpr_read_b32 v32, a72
	v_accvgpr_read_b32 v33, a73
	v_accvgpr_read_b32 v34, a74
	v_accvgpr_read_b32 v35, a75
	v_accvgpr_read_b32 v36, a76
	v_accvgpr_read_b32 v37, a77
	v_accvgpr_read_b32 v38, a78
	v_accvgpr_read_b32 v39, a79
	scratch_store_dwordx4 off, v[24:27], off offset:1664 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[28:31], off offset:1680 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[32:35], off offset:1696 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:1712 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v24, a80
	v_accvgpr_read_b32 v25, a81
	v_accvgpr_read_b32 v26, a82
	v_accvgpr_read_b32 v27, a83
	v_accvgpr_read_b32 v28, a84
	v_accvgpr_read_b32 v29, a85
	v_accvgpr_read_b32 v30, a86
	v_accvgpr_read_b32 v31, a87
	v_accvgpr_read_b32 v32, a88
	v_accvgpr_read_b32 v33, a89
	v_accvgpr_read_b32 v34, a90
	v_accvgpr_read_b32 v35, a91
	v_accvgpr_read_b32 v36, a92
	v_accvgpr_read_b32 v37, a93
	v_accvgpr_read_b32 v38, a94
	v_accvgpr_read_b32 v39, a95
	scratch_store_dwordx4 off, v[24:27], off offset:1600 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[28:31], off offset:1616 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[32:35], off offset:1632 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:1648 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v24, a96
	v_accvgpr_read_b32 v25, a97
	v_accvgpr_read_b32 v26, a98
	v_accvgpr_read_b32 v27, a99
	v_accvgpr_read_b32 v28, a100
	v_accvgpr_read_b32 v29, a101
	v_accvgpr_read_b32 v30, a102
	v_accvgpr_read_b32 v31, a103
	v_accvgpr_read_b32 v32, a104
	v_accvgpr_read_b32 v33, a105
	v_accvgpr_read_b32 v34, a106
	v_accvgpr_read_b32 v35, a107
	v_accvgpr_read_b32 v36, a108
	v_accvgpr_read_b32 v37, a109
	v_accvgpr_read_b32 v38, a110
	v_accvgpr_read_b32 v39, a111
	scratch_store_dwordx4 off, v[24:27], off offset:1536 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[28:31], off offset:1552 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[32:35], off offset:1568 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:1584 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v24, a112
	v_accvgpr_read_b32 v25, a113
	v_accvgpr_read_b32 v26, a114
	v_accvgpr_read_b32 v27, a115
	v_accvgpr_read_b32 v28, a116
	v_accvgpr_read_b32 v29, a117
	v_accvgpr_read_b32 v30, a118
	v_accvgpr_read_b32 v31, a119
	v_accvgpr_read_b32 v32, a120
	v_accvgpr_read_b32 v33, a121
	v_accvgpr_read_b32 v34, a122
	v_accvgpr_read_b32 v35, a123
	v_accvgpr_read_b32 v36, a124
	v_accvgpr_read_b32 v37, a125
	v_accvgpr_read_b32 v38, a126
	v_accvgpr_read_b32 v39, a127
	scratch_store_dwordx4 off, v[24:27], off offset:1472 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[28:31], off offset:1488 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[32:35], off offset:1504 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:1520 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v24, a128
	v_accvgpr_read_b32 v25, a129
	v_accvgpr_read_b32 v26, a130
	v_accvgpr_read_b32 v27, a131
	v_accvgpr_read_b32 v28, a132
	v_accvgpr_read_b32 v29, a133
	v_accvgpr_read_b32 v30, a134
	v_accvgpr_read_b32 v31, a135
	v_accvgpr_read_b32 v32, a136
	v_accvgpr_read_b32 v33, a137
	v_accvgpr_read_b32 v34, a138
	v_accvgpr_read_b32 v35, a139
	v_accvgpr_read_b32 v36, a140
	v_accvgpr_read_b32 v37, a141
	v_accvgpr_read_b32 v38, a142
	v_accvgpr_read_b32 v39, a143
	scratch_store_dwordx4 off, v[24:27], off offset:1408 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[28:31], off offset:1424 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[32:35], off offset:1440 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:1456 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v24, a144
	v_accvgpr_read_b32 v25, a145
	v_accvgpr_read_b32 v26, a146
	v_accvgpr_read_b32 v27, a147
	v_accvgpr_read_b32 v28, a148
	v_accvgpr_read_b32 v29, a149
	v_accvgpr_read_b32 v30, a150
	v_accvgpr_read_b32 v31, a151
	v_accvgpr_read_b32 v32, a152
	v_accvgpr_read_b32 v33, a153
	v_accvgpr_read_b32 v34, a154
	v_accvgpr_read_b32 v35, a155
	v_accvgpr_read_b32 v36, a156
	v_accvgpr_read_b32 v37, a157
	v_accvgpr_read_b32 v38, a158
	v_accvgpr_read_b32 v39, a159
	scratch_store_dwordx4 off, v[24:27], off offset:1344 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[28:31], off offset:1360 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[32:35], off offset:1376 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:1392 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v24, a160
	v_accvgpr_read_b32 v25, a161
	v_accvgpr_read_b32 v26, a162
	v_accvgpr_read_b32 v27, a163
	v_accvgpr_read_b32 v28, a164
	v_accvgpr_read_b32 v29, a165
	v_accvgpr_read_b32 v30, a166
	v_accvgpr_read_b32 v31, a167
	v_accvgpr_read_b32 v32, a168
	v_accvgpr_read_b32 v33, a169
	v_accvgpr_read_b32 v34, a170
	v_accvgpr_read_b32 v35, a171
	v_accvgpr_read_b32 v36, a172
	v_accvgpr_read_b32 v37, a173
	v_accvgpr_read_b32 v38, a174
	v_accvgpr_read_b32 v39, a175
	scratch_store_dwordx4 off, v[24:27], off offset:1280 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[28:31], off offset:1296 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[32:35], off offset:1312 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:1328 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v24, a176
	v_accvgpr_read_b32 v25, a177
	v_accvgpr_read_b32 v26, a178
	v_accvgpr_read_b32 v27, a179
	v_accvgpr_read_b32 v28, a180
	v_accvgpr_read_b32 v29, a181
	v_accvgpr_read_b32 v30, a182
	v_accvgpr_read_b32 v31, a183
	v_accvgpr_read_b32 v32, a184
	v_accvgpr_read_b32 v33, a185
	v_accvgpr_read_b32 v34, a186
	v_accvgpr_read_b32 v35, a187
	v_accvgpr_read_b32 v36, a188
	v_accvgpr_read_b32 v37, a189
	v_accvgpr_read_b32 v38, a190
	v_accvgpr_read_b32 v39, a191
	scratch_store_dwordx4 off, v[24:27], off offset:1216 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[28:31], off offset:1232 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[32:35], off offset:1248 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:1264 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v24, a192
	v_accvgpr_read_b32 v25, a193
	v_accvgpr_read_b32 v26, a194
	v_accvgpr_read_b32 v27, a195
	v_accvgpr_read_b32 v28, a196
	v_accvgpr_read_b32 v29, a197
	v_accvgpr_read_b32 v30, a198
	v_accvgpr_read_b32 v31, a199
	v_accvgpr_read_b32 v32, a200
	v_accvgpr_read_b32 v33, a201
	v_accvgpr_read_b32 v34, a202
	v_accvgpr_read_b32 v35, a203
	v_accvgpr_read_b32 v36, a204
	v_accvgpr_read_b32 v37, a205
	v_accvgpr_read_b32 v38, a206
	v_accvgpr_read_b32 v39, a207
	scratch_store_dwordx4 off, v[24:27], off offset:1152 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[28:31], off offset:1168 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[32:35], off offset:1184 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:1200 ; 16-byte Folded Spill
	v_accvgpr_read_b32 v24, a0
	v_accvgpr_read_b32 v25, a1
	v_accvgpr_read_b32 v26, a2
	v_accvgpr_read_b32 v27, a3
	v_accvgpr_read_b32 v28, a4
	v_accvgpr_read_b32 v29, a5
	v_accvgpr_read_b32 v30, a6
	v_accvgpr_read_b32 v31, a7
	v_accvgpr_read_b32 v32, a8
	v_accvgpr_read_b32 v33, a9
	v_accvgpr_read_b32 v34, a10
	v_accvgpr_read_b32 v35, a11
	v_accvgpr_read_b32 v36, a12
	v_accvgpr_read_b32 v37, a13
	v_accvgpr_read_b32 v38, a14
	v_accvgpr_read_b32 v39, a15
	scratch_store_dwordx4 off, v[24:27], off offset:1088 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[28:31], off offset:1104 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[32:35], off offset:1120 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:1136 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a223, v207
	v_accvgpr_read_b32 v24, a224
	v_accvgpr_read_b32 v25, a225
	v_accvgpr_read_b32 v26, a226
	v_accvgpr_read_b32 v27, a227
	v_accvgpr_read_b32 v28, a228
	v_accvgpr_read_b32 v29, a229
	v_accvgpr_read_b32 v30, a230
	v_accvgpr_read_b32 v31, a231
	v_accvgpr_read_b32 v32, a232
	v_accvgpr_read_b32 v33, a233
	v_accvgpr_read_b32 v34, a234
	v_accvgpr_read_b32 v35, a235
	v_accvgpr_read_b32 v36, a236
	v_accvgpr_read_b32 v37, a237
	v_accvgpr_read_b32 v38, a238
	v_accvgpr_read_b32 v39, a239
	v_accvgpr_write_b32 a222, v206
	v_accvgpr_write_b32 a221, v205
	v_accvgpr_write_b32 a220, v204
	v_accvgpr_write_b32 a219, v203
	v_accvgpr_write_b32 a218, v202
	v_accvgpr_write_b32 a217, v201
	v_accvgpr_write_b32 a216, v200
	v_accvgpr_write_b32 a215, v199
	v_accvgpr_write_b32 a214, v198
	v_accvgpr_write_b32 a213, v197
	v_accvgpr_write_b32 a212, v196
	v_accvgpr_write_b32 a211, v195
	v_accvgpr_write_b32 a210, v194
	v_accvgpr_write_b32 a209, v193
	v_accvgpr_write_b32 a208, v192
	scratch_store_dwordx4 off, v[24:27], off offset:1024 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[28:31], off offset:1040 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[32:35], off offset:1056 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[36:39], off offset:1072 ; 16-byte Folded Spill
	.loc	1 30 20                         ; spill.py:30:20
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 32 24                         ; spill.py:32:24
	s_cbranch_scc1 .LBB0_22
; %bb.21:
	.loc	1 0 24 is_stmt 0                ; spill.py:0:24
	scratch_load_dword v17, off, off offset:2412 ; 4-byte Folded Reload
	scratch_load_dword v8, off, off offset:2424 ; 4-byte Folded Reload
	scratch_load_dword v20, off, off offset:2420 ; 4-byte Folded Reload
	.loc	1 31 20 is_stmt 1               ; spill.py:31:20
	scratch_load_dword v1, off, off offset:2428 ; 4-byte Folded Reload
	scratch_load_dword v13, off, off offset:2400 ; 4-byte Folded Reload
	v_mov_b32_e32 v19, 7
	s_movk_i32 s0, 0x7f
	v_mov_b32_e32 v9, 0x7e00
	v_mov_b32_e32 v10, 0x1800
	v_mov_b32_e32 v11, 0x1c00
	v_mov_b32_e32 v12, 0x1e00
	v_mov_b32_e32 v14, 0x2000
	v_mov_b32_e32 v15, 0x2100
	v_mov_b32_e32 v18, 8
	v_mov_b32_e32 v16, 0x2300
	v_mov_b32_e32 v241, v41
	v_mov_b32_e32 v242, v42
	v_mov_b32_e32 v42, v192
	v_mov_b32_e32 v243, v43
	v_mov_b32_e32 v43, v193
	v_mov_b32_e32 v244, v44
	v_mov_b32_e32 v44, v194
	v_mov_b32_e32 v245, v45
	v_mov_b32_e32 v45, v195
	v_mov_b32_e32 v246, v46
	v_mov_b32_e32 v46, v196
	v_mov_b32_e32 v247, v47
	v_mov_b32_e32 v47, v197
	v_mov_b32_e32 v248, v48
	v_mov_b32_e32 v48, v198
	v_mov_b32_e32 v249, v49
	v_mov_b32_e32 v49, v199
	v_mov_b32_e32 v250, v50
	v_mov_b32_e32 v50, v200
	v_mov_b32_e32 v251, v51
	v_mov_b32_e32 v51, v201
	v_mov_b32_e32 v252, v52
	v_mov_b32_e32 v52, v202
	v_mov_b32_e32 v253, v53
	v_mov_b32_e32 v53, v203
	v_mov_b32_e32 v254, v54
	v_mov_b32_e32 v54, v204
	v_mov_b32_e32 v255, v55
	v_mov_b32_e32 v55, v205
	v_mov_b32_e32 v56, v206
	v_accvgpr_read_b32 v39, a255
	v_accvgpr_read_b32 v24, a240
	v_accvgpr_read_b32 v25, a241
	v_accvgpr_read_b32 v26, a242
	v_accvgpr_read_b32 v27, a243
	v_accvgpr_read_b32 v28, a244
	v_accvgpr_read_b32 v29, a245
	v_accvgpr_read_b32 v30, a246
	v_accvgpr_read_b32 v31, a247
	v_accvgpr_read_b32 v32, a248
	v_accvgpr_read_b32 v33, a249
	v_accvgpr_read_b32 v34, a250
	v_accvgpr_read_b32 v35, a251
	v_accvgpr_read_b32 v36, a252
	v_accvgpr_read_b32 v37, a253
	v_accvgpr_read_b32 v38, a254
	v_accvgpr_write_b32 a255, v39
	v_accvgpr_write_b32 a254, v38
	v_accvgpr_write_b32 a253, v37
	v_accvgpr_write_b32 a252, v36
	v_accvgpr_write_b32 a251, v35
	v_accvgpr_write_b32 a250, v34
	v_accvgpr_write_b32 a249, v33
	v_accvgpr_write_b32 a248, v32
	v_accvgpr_write_b32 a247, v31
	v_accvgpr_write_b32 a246, v30
	v_accvgpr_write_b32 a245, v29
	v_accvgpr_write_b32 a244, v28
	v_accvgpr_write_b32 a243, v27
	v_accvgpr_write_b32 a242, v26
	v_accvgpr_write_b32 a241, v25
	v_accvgpr_write_b32 a240, v24
	v_mov_b32_e32 v240, v40
	v_mov_b32_e32 v57, v207
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a223, v57
	v_accvgpr_write_b32 a222, v56
	v_accvgpr_write_b32 a221, v55
	.loc	1 31 20                         ; spill.py:31:20
	s_waitcnt vmcnt(3)
	v_xor_b32_e32 v0, v8, v17
	s_waitcnt vmcnt(1)
	v_lshl_or_b32 v2, v1, 9, v20
	v_add3_u32 v5, 0, v0, v2
	ds_read2st64_b32 v[0:1], v5 offset0:24 offset1:28
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a220, v54
	v_accvgpr_write_b32 a219, v53
	v_accvgpr_write_b32 a218, v52
	v_accvgpr_write_b32 a217, v51
	.loc	1 31 20                         ; spill.py:31:20
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v4, v19, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v3, v1, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v4, 0x3f80, v4
	v_add_u16_e32 v4, 0x2000, v4
	v_cmp_ne_u16_e32 vcc, s0, v3
	v_lshlrev_b16_sdwa v6, v18, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v6, 0xffff8000, v6
	v_cndmask_b32_e32 v4, v9, v4, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a216, v50
	v_accvgpr_write_b32 a215, v49
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e32 v4, 0, v4, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a214, v48
	v_accvgpr_write_b32 a213, v47
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e32 v4, v10, v4, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a212, v46
	v_accvgpr_write_b32 a211, v45
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e32 v4, v11, v4, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a210, v44
	v_accvgpr_write_b32 a209, v43
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e32 v4, v12, v4, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	.loc	1 32 24                         ; spill.py:32:24
	v_accvgpr_write_b32 a208, v42
	.loc	1 31 20                         ; spill.py:31:20
	s_nop 0
	v_cndmask_b32_e32 v4, v14, v4, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v7, v15, v4, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	v_mov_b32_e32 v4, 0x2200
	s_nop 0
	v_cndmask_b32_e32 v7, v4, v7, vcc
	v_cmp_ne_u16_e32 vcc, 7, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v16, v7, vcc
	v_lshlrev_b16_sdwa v7, v19, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v41, v3, v6
	v_and_b32_sdwa v3, v1, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v7, 0x3f80, v7
	v_add_u16_e32 v7, 0x2000, v7
	v_cmp_ne_u16_e32 vcc, s0, v3
	v_lshlrev_b16_sdwa v6, v18, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v6, 0xffff8000, v6
	v_cndmask_b32_e32 v7, v9, v7, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v7, v10, v7, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v7, v11, v7, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v7, v12, v7, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v7, v14, v7, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v7, v15, v7, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v7, v4, v7, vcc
	v_cmp_ne_u16_e32 vcc, 7, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v16, v7, vcc
	v_or_b32_e32 v58, v3, v6
	v_lshrrev_b32_e32 v3, 8, v1
	v_and_b32_e32 v6, 0x7f, v3
	v_lshlrev_b16_e32 v7, 8, v3
	v_lshlrev_b16_e32 v3, 7, v3
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s0, v6
	s_nop 1
	v_cndmask_b32_e32 v3, v9, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v6
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v6
	s_nop 1
	v_cndmask_b32_e32 v3, v10, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v6
	s_nop 1
	v_cndmask_b32_e32 v3, v11, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v6
	s_nop 1
	v_cndmask_b32_e32 v3, v12, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v6
	s_nop 1
	v_cndmask_b32_e32 v3, v14, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v6
	s_nop 1
	v_cndmask_b32_e32 v3, v15, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v6
	s_nop 1
	v_cndmask_b32_e32 v3, v4, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v6
	v_and_b32_e32 v6, 0xffff8000, v7
	s_nop 0
	v_cndmask_b32_e32 v3, v16, v3, vcc
	v_or_b32_e32 v59, v3, v6
	v_and_b32_e32 v3, 0x7f, v1
	v_lshlrev_b16_e32 v6, 8, v1
	v_lshlrev_b16_e32 v1, 7, v1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e32 vcc, s0, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v9, v1, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v1, 0, v1, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v10, v1, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v11, v1, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v12, v1, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v14, v1, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v15, v1, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v4, v1, vcc
	v_cmp_ne_u16_e32 vcc, 7, v3
	v_and_b32_e32 v3, 0xffff8000, v6
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v1, vcc
	v_or_b32_e32 v60, v1, v3
	s_waitcnt vmcnt(0)
	v_xor_b32_e32 v1, v8, v13
	v_add3_u32 v6, 0, v1, v2
	ds_read2st64_b32 v[2:3], v6 offset0:24 offset1:28
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v8, v19, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v1, v3, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v8, 0x3f80, v8
	v_add_u16_e32 v8, 0x2000, v8
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v7, v18, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e32 v8, v9, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v8, v10, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v8, v11, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v8, v12, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v8, v14, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v8, v15, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v8, v4, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v8, vcc
	v_lshlrev_b16_sdwa v8, v19, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v61, v1, v7
	v_and_b32_sdwa v1, v3, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v8, 0x3f80, v8
	v_add_u16_e32 v8, 0x2000, v8
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v7, v18, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v7, 0xffff8000, v7
	v_cndmask_b32_e32 v8, v9, v8, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v8, 0, v8, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v8, v10, v8, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v8, v11, v8, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v8, v12, v8, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v8, v14, v8, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v8, v15, v8, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v8, v4, v8, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v8, vcc
	v_or_b32_e32 v62, v1, v7
	v_lshrrev_b32_e32 v1, 8, v3
	v_and_b32_e32 v7, 0x7f, v1
	v_lshlrev_b16_e32 v8, 8, v1
	v_lshlrev_b16_e32 v1, 7, v1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e32 vcc, s0, v7
	s_nop 1
	v_cndmask_b32_e32 v1, v9, v1, vcc
	v_cmp_ne_u16_e32 vcc, 0, v7
	s_nop 1
	v_cndmask_b32_e32 v1, 0, v1, vcc
	v_cmp_ne_u16_e32 vcc, 1, v7
	s_nop 1
	v_cndmask_b32_e32 v1, v10, v1, vcc
	v_cmp_ne_u16_e32 vcc, 2, v7
	s_nop 1
	v_cndmask_b32_e32 v1, v11, v1, vcc
	v_cmp_ne_u16_e32 vcc, 3, v7
	s_nop 1
	v_cndmask_b32_e32 v1, v12, v1, vcc
	v_cmp_ne_u16_e32 vcc, 4, v7
	s_nop 1
	v_cndmask_b32_e32 v1, v14, v1, vcc
	v_cmp_ne_u16_e32 vcc, 5, v7
	s_nop 1
	v_cndmask_b32_e32 v1, v15, v1, vcc
	v_cmp_ne_u16_e32 vcc, 6, v7
	s_nop 1
	v_cndmask_b32_e32 v1, v4, v1, vcc
	v_cmp_ne_u16_e32 vcc, 7, v7
	v_and_b32_e32 v7, 0xffff8000, v8
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v1, vcc
	v_or_b32_e32 v63, v1, v7
	v_and_b32_e32 v1, 0x7f, v3
	v_lshlrev_b16_e32 v7, 8, v3
	v_lshlrev_b16_e32 v3, 7, v3
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s0, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v9, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v10, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v11, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v12, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v14, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v15, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v4, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v3, vcc
	v_and_b32_e32 v3, 0xffff8000, v7
	v_or_b32_e32 v1, v1, v3
	v_lshlrev_b16_sdwa v7, v19, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_accvgpr_write_b32 a0, v1
	v_and_b32_sdwa v1, v0, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v7, 0x3f80, v7
	v_add_u16_e32 v7, 0x2000, v7
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v3, v18, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v7, v9, v7, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v7, v10, v7, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v7, v11, v7, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v7, v12, v7, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v7, v14, v7, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v7, v15, v7, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v7, v4, v7, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v7, vcc
	v_or_b32_e32 v1, v1, v3
	v_lshlrev_b16_sdwa v7, v19, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_accvgpr_write_b32 a1, v1
	v_and_b32_sdwa v1, v0, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v7, 0x3f80, v7
	v_add_u16_e32 v7, 0x2000, v7
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v3, v18, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v7, v9, v7, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v7, v10, v7, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v7, v11, v7, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v7, v12, v7, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v7, v14, v7, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v7, v15, v7, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v7, v4, v7, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v7, vcc
	v_or_b32_e32 v1, v1, v3
	v_accvgpr_write_b32 a2, v1
	v_lshrrev_b32_e32 v1, 8, v0
	v_and_b32_e32 v3, 0x7f, v1
	v_lshlrev_b16_e32 v7, 8, v1
	v_lshlrev_b16_e32 v1, 7, v1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e32 vcc, s0, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v9, v1, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v1, 0, v1, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v10, v1, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v11, v1, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v12, v1, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v14, v1, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v15, v1, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v4, v1, vcc
	v_cmp_ne_u16_e32 vcc, 7, v3
	v_and_b32_e32 v3, 0xffff8000, v7
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v1, vcc
	v_or_b32_e32 v1, v1, v3
	v_accvgpr_write_b32 a3, v1
	v_and_b32_e32 v1, 0x7f, v0
	v_lshlrev_b16_e32 v3, 8, v0
	v_lshlrev_b16_e32 v0, 7, v0
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e32 vcc, s0, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v9, v0, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v0, 0, v0, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v10, v0, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v11, v0, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v12, v0, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v14, v0, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v15, v0, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v4, v0, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_and_b32_e32 v1, 0xffff8000, v3
	v_lshlrev_b16_sdwa v3, v19, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v0, v16, v0, vcc
	v_or_b32_e32 v0, v0, v1
	v_accvgpr_write_b32 a4, v0
	v_and_b32_sdwa v0, v2, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v1, v18, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v3, v9, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v10, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v11, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v12, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v14, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v15, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v4, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v16, v3, vcc
	v_or_b32_e32 v0, v0, v1
	v_lshlrev_b16_sdwa v3, v19, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_accvgpr_write_b32 a5, v0
	v_and_b32_sdwa v0, v2, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v1, v18, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v3, v9, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v10, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v11, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v12, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v14, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v15, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v4, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v16, v3, vcc
	v_or_b32_e32 v0, v0, v1
	v_accvgpr_write_b32 a6, v0
	v_lshrrev_b32_e32 v0, 8, v2
	v_and_b32_e32 v1, 0x7f, v0
	v_lshlrev_b16_e32 v3, 8, v0
	v_lshlrev_b16_e32 v0, 7, v0
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e32 vcc, s0, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v9, v0, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v0, 0, v0, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v10, v0, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v11, v0, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v12, v0, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v14, v0, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v15, v0, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v4, v0, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_and_b32_e32 v1, 0xffff8000, v3
	s_nop 0
	v_cndmask_b32_e32 v0, v16, v0, vcc
	v_or_b32_e32 v0, v0, v1
	v_accvgpr_write_b32 a7, v0
	v_and_b32_e32 v0, 0x7f, v2
	v_lshlrev_b16_e32 v1, 8, v2
	v_lshlrev_b16_e32 v2, 7, v2
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_and_b32_e32 v1, 0xffff8000, v1
	s_nop 0
	v_cndmask_b32_e32 v2, v9, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v10, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v11, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v12, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v14, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v15, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v4, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v16, v2, vcc
	v_or_b32_e32 v0, v0, v1
	v_accvgpr_write_b32 a8, v0
	ds_read2st64_b32 v[0:1], v5 offset0:16 offset1:20
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v5, v19, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v2, v1, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s0, v2
	v_lshlrev_b16_sdwa v3, v18, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v5, v9, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v10, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v11, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v12, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v14, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v15, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v4, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v16, v5, vcc
	v_or_b32_e32 v2, v2, v3
	v_lshlrev_b16_sdwa v5, v19, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_accvgpr_write_b32 a9, v2
	v_and_b32_sdwa v2, v1, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s0, v2
	v_lshlrev_b16_sdwa v3, v18, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v5, v9, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v10, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v11, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v12, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v14, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v15, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v4, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v16, v5, vcc
	v_or_b32_e32 v2, v2, v3
	v_accvgpr_write_b32 a10, v2
	v_lshrrev_b32_e32 v2, 8, v1
	v_and_b32_e32 v3, 0x7f, v2
	v_lshlrev_b16_e32 v5, 8, v2
	v_lshlrev_b16_e32 v2, 7, v2
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s0, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v9, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v10, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v11, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v12, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v14, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v15, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v4, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v3
	v_and_b32_e32 v3, 0xffff8000, v5
	s_nop 0
	v_cndmask_b32_e32 v2, v16, v2, vcc
	v_or_b32_e32 v2, v2, v3
	v_accvgpr_write_b32 a11, v2
	v_and_b32_e32 v2, 0x7f, v1
	v_lshlrev_b16_e32 v3, 8, v1
	v_lshlrev_b16_e32 v1, 7, v1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e32 vcc, s0, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v9, v1, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	s_nop 1
	v_cndmask_b32_e32 v1, 0, v1, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v10, v1, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v11, v1, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v12, v1, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v14, v1, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v15, v1, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v4, v1, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	v_and_b32_e32 v2, 0xffff8000, v3
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v1, vcc
	v_or_b32_e32 v1, v1, v2
	ds_read2st64_b32 v[2:3], v6 offset0:16 offset1:20
	v_accvgpr_write_b32 a12, v1
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v6, v19, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v1, v3, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v6, 0x3f80, v6
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v5, v18, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v6, v9, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v10, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v11, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v12, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v14, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v15, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v4, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v6, vcc
	v_or_b32_e32 v1, v1, v5
	v_lshlrev_b16_sdwa v6, v19, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_accvgpr_write_b32 a13, v1
	v_and_b32_sdwa v1, v3, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v6, 0x3f80, v6
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v5, v18, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v6, v9, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v10, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v11, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v12, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v14, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v15, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v4, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v6, vcc
	v_or_b32_e32 v1, v1, v5
	v_accvgpr_write_b32 a14, v1
	v_lshrrev_b32_e32 v1, 8, v3
	v_and_b32_e32 v5, 0x7f, v1
	v_lshlrev_b16_e32 v6, 8, v1
	v_lshlrev_b16_e32 v1, 7, v1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e32 vcc, s0, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v9, v1, vcc
	v_cmp_ne_u16_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v1, 0, v1, vcc
	v_cmp_ne_u16_e32 vcc, 1, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v10, v1, vcc
	v_cmp_ne_u16_e32 vcc, 2, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v11, v1, vcc
	v_cmp_ne_u16_e32 vcc, 3, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v12, v1, vcc
	v_cmp_ne_u16_e32 vcc, 4, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v14, v1, vcc
	v_cmp_ne_u16_e32 vcc, 5, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v15, v1, vcc
	v_cmp_ne_u16_e32 vcc, 6, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v4, v1, vcc
	v_cmp_ne_u16_e32 vcc, 7, v5
	v_and_b32_e32 v5, 0xffff8000, v6
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v1, vcc
	v_or_b32_e32 v1, v1, v5
	v_accvgpr_write_b32 a15, v1
	v_and_b32_e32 v1, 0x7f, v3
	v_lshlrev_b16_e32 v5, 8, v3
	v_lshlrev_b16_e32 v3, 7, v3
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s0, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v9, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v10, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v11, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v12, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v14, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v15, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v4, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v3, vcc
	v_and_b32_e32 v3, 0xffff8000, v5
	v_or_b32_e32 v1, v1, v3
	v_lshlrev_b16_sdwa v5, v19, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_accvgpr_write_b32 a16, v1
	v_and_b32_sdwa v1, v0, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v3, v18, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v5, v9, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v10, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v11, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v12, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v14, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v15, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v4, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v5, vcc
	v_or_b32_e32 v1, v1, v3
	v_lshlrev_b16_sdwa v5, v19, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_accvgpr_write_b32 a17, v1
	v_and_b32_sdwa v1, v0, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v3, v18, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v5, v9, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v10, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v11, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v12, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v14, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v15, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v4, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v5, vcc
	v_or_b32_e32 v1, v1, v3
	v_accvgpr_write_b32 a18, v1
	v_lshrrev_b32_e32 v1, 8, v0
	v_and_b32_e32 v3, 0x7f, v1
	v_lshlrev_b16_e32 v5, 8, v1
	v_lshlrev_b16_e32 v1, 7, v1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e32 vcc, s0, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v9, v1, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v1, 0, v1, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v10, v1, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v11, v1, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v12, v1, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v14, v1, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v15, v1, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v4, v1, vcc
	v_cmp_ne_u16_e32 vcc, 7, v3
	v_and_b32_e32 v3, 0xffff8000, v5
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v1, vcc
	v_or_b32_e32 v1, v1, v3
	v_accvgpr_write_b32 a19, v1
	v_and_b32_e32 v1, 0x7f, v0
	v_lshlrev_b16_e32 v3, 8, v0
	v_lshlrev_b16_e32 v0, 7, v0
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e32 vcc, s0, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v9, v0, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v0, 0, v0, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v10, v0, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v11, v0, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v12, v0, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v14, v0, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v15, v0, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v4, v0, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_and_b32_e32 v1, 0xffff8000, v3
	v_lshlrev_b16_sdwa v3, v19, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v0, v16, v0, vcc
	v_or_b32_e32 v0, v0, v1
	v_accvgpr_write_b32 a20, v0
	v_and_b32_sdwa v0, v2, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v1, v18, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v3, v9, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v10, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v11, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v12, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v14, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v15, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v4, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v16, v3, vcc
	v_or_b32_e32 v0, v0, v1
	v_lshlrev_b16_sdwa v3, v19, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_accvgpr_write_b32 a21, v0
	v_and_b32_sdwa v0, v2, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v1, v18, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v3, v9, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v10, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v11, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v12, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v14, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v15, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v4, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v16, v3, vcc
	v_or_b32_e32 v0, v0, v1
	v_accvgpr_write_b32 a22, v0
	v_lshrrev_b32_e32 v0, 8, v2
	v_and_b32_e32 v1, 0x7f, v0
	v_lshlrev_b16_e32 v3, 8, v0
	v_lshlrev_b16_e32 v0, 7, v0
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e32 vcc, s0, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v9, v0, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v0, 0, v0, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v10, v0, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v11, v0, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v12, v0, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v14, v0, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v15, v0, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v4, v0, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_and_b32_e32 v1, 0xffff8000, v3
	.loc	1 30 20                         ; spill.py:30:20
	v_add_u32_e32 v3, 0, v20
	.loc	1 31 20                         ; spill.py:31:20
	v_cndmask_b32_e32 v0, v16, v0, vcc
	v_or_b32_e32 v0, v0, v1
	v_accvgpr_write_b32 a23, v0
	v_and_b32_e32 v0, 0x7f, v2
	v_lshlrev_b16_e32 v1, 8, v2
	v_lshlrev_b16_e32 v2, 7, v2
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_and_b32_e32 v1, 0xffff8000, v1
	s_nop 0
	v_cndmask_b32_e32 v2, v9, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v10, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v11, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v12, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v14, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v15, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v4, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v16, v2, vcc
	v_or_b32_e32 v0, v0, v1
	v_accvgpr_write_b32 a24, v0
	.loc	1 30 20                         ; spill.py:30:20
	scratch_load_dword v0, off, off offset:2416 ; 4-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_and_b32_e32 v2, 4, v0
	v_xad_u32 v21, v17, v2, v3
	ds_read2st64_b32 v[0:1], v21 offset0:12 offset1:14
	v_xad_u32 v22, v2, v13, v3
	ds_read2st64_b32 v[2:3], v22 offset0:12 offset1:14
	s_waitcnt lgkmcnt(1)
	v_lshlrev_b16_sdwa v7, v19, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v5, v1, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v7, 0x3f80, v7
	v_add_u16_e32 v7, 0x2000, v7
	v_cmp_ne_u16_e32 vcc, s0, v5
	v_lshlrev_b16_sdwa v6, v18, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v6, 0xffff8000, v6
	v_cndmask_b32_e32 v7, v9, v7, vcc
	v_cmp_ne_u16_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cmp_ne_u16_e32 vcc, 1, v5
	s_nop 1
	v_cndmask_b32_e32 v7, v10, v7, vcc
	v_cmp_ne_u16_e32 vcc, 2, v5
	s_nop 1
	v_cndmask_b32_e32 v7, v11, v7, vcc
	v_cmp_ne_u16_e32 vcc, 3, v5
	s_nop 1
	v_cndmask_b32_e32 v7, v12, v7, vcc
	v_cmp_ne_u16_e32 vcc, 4, v5
	s_nop 1
	v_cndmask_b32_e32 v7, v14, v7, vcc
	v_cmp_ne_u16_e32 vcc, 5, v5
	s_nop 1
	v_cndmask_b32_e32 v7, v15, v7, vcc
	v_cmp_ne_u16_e32 vcc, 6, v5
	s_nop 1
	v_cndmask_b32_e32 v7, v4, v7, vcc
	v_cmp_ne_u16_e32 vcc, 7, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v16, v7, vcc
	v_or_b32_e32 v5, v5, v6
	v_lshlrev_b16_sdwa v7, v19, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_accvgpr_write_b32 a25, v5
	v_and_b32_sdwa v5, v1, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v7, 0x3f80, v7
	v_add_u16_e32 v7, 0x2000, v7
	v_cmp_ne_u16_e32 vcc, s0, v5
	v_lshlrev_b16_sdwa v6, v18, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v6, 0xffff8000, v6
	v_cndmask_b32_e32 v7, v9, v7, vcc
	v_cmp_ne_u16_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v7, 0, v7, vcc
	v_cmp_ne_u16_e32 vcc, 1, v5
	s_nop 1
	v_cndmask_b32_e32 v7, v10, v7, vcc
	v_cmp_ne_u16_e32 vcc, 2, v5
	s_nop 1
	v_cndmask_b32_e32 v7, v11, v7, vcc
	v_cmp_ne_u16_e32 vcc, 3, v5
	s_nop 1
	v_cndmask_b32_e32 v7, v12, v7, vcc
	v_cmp_ne_u16_e32 vcc, 4, v5
	s_nop 1
	v_cndmask_b32_e32 v7, v14, v7, vcc
	v_cmp_ne_u16_e32 vcc, 5, v5
	s_nop 1
	v_cndmask_b32_e32 v7, v15, v7, vcc
	v_cmp_ne_u16_e32 vcc, 6, v5
	s_nop 1
	v_cndmask_b32_e32 v7, v4, v7, vcc
	v_cmp_ne_u16_e32 vcc, 7, v5
	s_nop 1
	v_cndmask_b32_e32 v5, v16, v7, vcc
	v_or_b32_e32 v5, v5, v6
	v_accvgpr_write_b32 a26, v5
	v_lshrrev_b32_e32 v5, 8, v1
	v_and_b32_e32 v6, 0x7f, v5
	v_lshlrev_b16_e32 v7, 8, v5
	v_lshlrev_b16_e32 v5, 7, v5
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s0, v6
	s_nop 1
	v_cndmask_b32_e32 v5, v9, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v6
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v6
	s_nop 1
	v_cndmask_b32_e32 v5, v10, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v6
	s_nop 1
	v_cndmask_b32_e32 v5, v11, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v6
	s_nop 1
	v_cndmask_b32_e32 v5, v12, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v6
	s_nop 1
	v_cndmask_b32_e32 v5, v14, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v6
	s_nop 1
	v_cndmask_b32_e32 v5, v15, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v6
	s_nop 1
	v_cndmask_b32_e32 v5, v4, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v6
	v_and_b32_e32 v6, 0xffff8000, v7
	s_nop 0
	v_cndmask_b32_e32 v5, v16, v5, vcc
	v_or_b32_e32 v5, v5, v6
	v_accvgpr_write_b32 a27, v5
	v_and_b32_e32 v5, 0x7f, v1
	v_lshlrev_b16_e32 v6, 8, v1
	v_lshlrev_b16_e32 v1, 7, v1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e32 vcc, s0, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v9, v1, vcc
	v_cmp_ne_u16_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v1, 0, v1, vcc
	v_cmp_ne_u16_e32 vcc, 1, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v10, v1, vcc
	v_cmp_ne_u16_e32 vcc, 2, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v11, v1, vcc
	v_cmp_ne_u16_e32 vcc, 3, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v12, v1, vcc
	v_cmp_ne_u16_e32 vcc, 4, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v14, v1, vcc
	v_cmp_ne_u16_e32 vcc, 5, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v15, v1, vcc
	v_cmp_ne_u16_e32 vcc, 6, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v4, v1, vcc
	v_cmp_ne_u16_e32 vcc, 7, v5
	v_and_b32_e32 v5, 0xffff8000, v6
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v6, v19, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v1, v16, v1, vcc
	v_or_b32_e32 v1, v1, v5
	v_accvgpr_write_b32 a28, v1
	v_and_b32_sdwa v1, v3, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v6, 0x3f80, v6
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v5, v18, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v6, v9, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v10, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v11, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v12, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v14, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v15, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v4, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v6, vcc
	v_or_b32_e32 v1, v1, v5
	v_lshlrev_b16_sdwa v6, v19, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_accvgpr_write_b32 a29, v1
	v_and_b32_sdwa v1, v3, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v6, 0x3f80, v6
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v5, v18, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v6, v9, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v10, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v11, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v12, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v14, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v15, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v4, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v6, vcc
	v_or_b32_e32 v1, v1, v5
	v_accvgpr_write_b32 a30, v1
	v_lshrrev_b32_e32 v1, 8, v3
	v_and_b32_e32 v5, 0x7f, v1
	v_lshlrev_b16_e32 v6, 8, v1
	v_lshlrev_b16_e32 v1, 7, v1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e32 vcc, s0, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v9, v1, vcc
	v_cmp_ne_u16_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v1, 0, v1, vcc
	v_cmp_ne_u16_e32 vcc, 1, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v10, v1, vcc
	v_cmp_ne_u16_e32 vcc, 2, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v11, v1, vcc
	v_cmp_ne_u16_e32 vcc, 3, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v12, v1, vcc
	v_cmp_ne_u16_e32 vcc, 4, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v14, v1, vcc
	v_cmp_ne_u16_e32 vcc, 5, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v15, v1, vcc
	v_cmp_ne_u16_e32 vcc, 6, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v4, v1, vcc
	v_cmp_ne_u16_e32 vcc, 7, v5
	v_and_b32_e32 v5, 0xffff8000, v6
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v1, vcc
	v_or_b32_e32 v1, v1, v5
	v_accvgpr_write_b32 a31, v1
	v_and_b32_e32 v1, 0x7f, v3
	v_lshlrev_b16_e32 v5, 8, v3
	v_lshlrev_b16_e32 v3, 7, v3
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s0, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v9, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v10, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v11, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v12, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v14, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v15, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v4, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v3, vcc
	v_and_b32_e32 v3, 0xffff8000, v5
	v_or_b32_e32 v1, v1, v3
	v_lshlrev_b16_sdwa v5, v19, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_accvgpr_write_b32 a32, v1
	v_and_b32_sdwa v1, v0, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v3, v18, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v5, v9, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v10, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v11, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v12, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v14, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v15, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v4, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v5, vcc
	v_or_b32_e32 v1, v1, v3
	v_lshlrev_b16_sdwa v5, v19, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_accvgpr_write_b32 a33, v1
	v_and_b32_sdwa v1, v0, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v3, v18, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v5, v9, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v10, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v11, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v12, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v14, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v15, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v4, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v5, vcc
	v_or_b32_e32 v1, v1, v3
	v_accvgpr_write_b32 a34, v1
	v_lshrrev_b32_e32 v1, 8, v0
	v_and_b32_e32 v3, 0x7f, v1
	v_lshlrev_b16_e32 v5, 8, v1
	v_lshlrev_b16_e32 v1, 7, v1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e32 vcc, s0, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v9, v1, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v1, 0, v1, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v10, v1, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v11, v1, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v12, v1, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v14, v1, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v15, v1, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v4, v1, vcc
	v_cmp_ne_u16_e32 vcc, 7, v3
	v_and_b32_e32 v3, 0xffff8000, v5
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v1, vcc
	v_or_b32_e32 v1, v1, v3
	v_accvgpr_write_b32 a35, v1
	v_and_b32_e32 v1, 0x7f, v0
	v_lshlrev_b16_e32 v3, 8, v0
	v_lshlrev_b16_e32 v0, 7, v0
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e32 vcc, s0, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v9, v0, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v0, 0, v0, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v10, v0, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v11, v0, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v12, v0, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v14, v0, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v15, v0, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v4, v0, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_and_b32_e32 v1, 0xffff8000, v3
	v_lshlrev_b16_sdwa v3, v19, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v0, v16, v0, vcc
	v_or_b32_e32 v0, v0, v1
	v_accvgpr_write_b32 a36, v0
	v_and_b32_sdwa v0, v2, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v1, v18, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v3, v9, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v10, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v11, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v12, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v14, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v15, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v4, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v16, v3, vcc
	v_or_b32_e32 v0, v0, v1
	v_lshlrev_b16_sdwa v3, v19, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_accvgpr_write_b32 a37, v0
	v_and_b32_sdwa v0, v2, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v1, v18, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v3, v9, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v10, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v11, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v12, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v14, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v15, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v4, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v16, v3, vcc
	v_or_b32_e32 v0, v0, v1
	v_accvgpr_write_b32 a38, v0
	v_lshrrev_b32_e32 v0, 8, v2
	v_and_b32_e32 v1, 0x7f, v0
	v_lshlrev_b16_e32 v3, 8, v0
	v_lshlrev_b16_e32 v0, 7, v0
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e32 vcc, s0, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v9, v0, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v0, 0, v0, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v10, v0, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v11, v0, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v12, v0, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v14, v0, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v15, v0, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v4, v0, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_and_b32_e32 v1, 0xffff8000, v3
	s_nop 0
	v_cndmask_b32_e32 v0, v16, v0, vcc
	v_or_b32_e32 v0, v0, v1
	v_accvgpr_write_b32 a39, v0
	v_and_b32_e32 v0, 0x7f, v2
	v_lshlrev_b16_e32 v1, 8, v2
	v_lshlrev_b16_e32 v2, 7, v2
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_and_b32_e32 v1, 0xffff8000, v1
	s_nop 0
	v_cndmask_b32_e32 v2, v9, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v10, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v11, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v12, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v14, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v15, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v4, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v16, v2, vcc
	v_or_b32_e32 v0, v0, v1
	v_accvgpr_write_b32 a40, v0
	ds_read2st64_b32 v[0:1], v21 offset0:8 offset1:10
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v5, v19, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v2, v1, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s0, v2
	v_lshlrev_b16_sdwa v3, v18, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v5, v9, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v10, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v11, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v12, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v14, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v15, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v4, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v16, v5, vcc
	v_or_b32_e32 v2, v2, v3
	v_lshlrev_b16_sdwa v5, v19, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_accvgpr_write_b32 a41, v2
	v_and_b32_sdwa v2, v1, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s0, v2
	v_lshlrev_b16_sdwa v3, v18, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v5, v9, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v10, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v11, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v12, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v14, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v15, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v4, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v16, v5, vcc
	v_or_b32_e32 v2, v2, v3
	v_accvgpr_write_b32 a42, v2
	v_lshrrev_b32_e32 v2, 8, v1
	v_and_b32_e32 v3, 0x7f, v2
	v_lshlrev_b16_e32 v5, 8, v2
	v_lshlrev_b16_e32 v2, 7, v2
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s0, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v9, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v10, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v11, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v12, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v14, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v15, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v4, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v3
	v_and_b32_e32 v3, 0xffff8000, v5
	s_nop 0
	v_cndmask_b32_e32 v2, v16, v2, vcc
	v_or_b32_e32 v192, v2, v3
	v_and_b32_e32 v2, 0x7f, v1
	v_lshlrev_b16_e32 v3, 8, v1
	v_lshlrev_b16_e32 v1, 7, v1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e32 vcc, s0, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v9, v1, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	s_nop 1
	v_cndmask_b32_e32 v1, 0, v1, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v10, v1, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v11, v1, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v12, v1, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v14, v1, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v15, v1, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v4, v1, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	v_and_b32_e32 v2, 0xffff8000, v3
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v1, vcc
	v_or_b32_e32 v193, v1, v2
	ds_read2st64_b32 v[2:3], v22 offset0:8 offset1:10
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v6, v19, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v1, v3, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v6, 0x3f80, v6
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v5, v18, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v6, v9, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v10, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v11, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v12, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v14, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v15, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v4, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v6, vcc
	v_lshlrev_b16_sdwa v6, v19, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v194, v1, v5
	v_and_b32_sdwa v1, v3, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v6, 0x3f80, v6
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v5, v18, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v6, v9, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v10, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v11, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v12, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v14, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v15, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v4, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v6, vcc
	v_or_b32_e32 v195, v1, v5
	v_lshrrev_b32_e32 v1, 8, v3
	v_and_b32_e32 v5, 0x7f, v1
	v_lshlrev_b16_e32 v6, 8, v1
	v_lshlrev_b16_e32 v1, 7, v1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e32 vcc, s0, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v9, v1, vcc
	v_cmp_ne_u16_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v1, 0, v1, vcc
	v_cmp_ne_u16_e32 vcc, 1, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v10, v1, vcc
	v_cmp_ne_u16_e32 vcc, 2, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v11, v1, vcc
	v_cmp_ne_u16_e32 vcc, 3, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v12, v1, vcc
	v_cmp_ne_u16_e32 vcc, 4, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v14, v1, vcc
	v_cmp_ne_u16_e32 vcc, 5, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v15, v1, vcc
	v_cmp_ne_u16_e32 vcc, 6, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v4, v1, vcc
	v_cmp_ne_u16_e32 vcc, 7, v5
	v_and_b32_e32 v5, 0xffff8000, v6
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v1, vcc
	v_or_b32_e32 v196, v1, v5
	v_and_b32_e32 v1, 0x7f, v3
	v_lshlrev_b16_e32 v5, 8, v3
	v_lshlrev_b16_e32 v3, 7, v3
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s0, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v9, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v10, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v11, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v12, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v14, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v15, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v4, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v3, vcc
	v_and_b32_e32 v3, 0xffff8000, v5
	v_lshlrev_b16_sdwa v5, v19, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v197, v1, v3
	v_and_b32_sdwa v1, v0, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v3, v18, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v5, v9, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v10, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v11, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v12, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v14, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v15, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v4, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v5, vcc
	v_lshlrev_b16_sdwa v5, v19, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v198, v1, v3
	v_and_b32_sdwa v1, v0, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v3, v18, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v5, v9, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v10, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v11, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v12, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v14, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v15, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v4, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v5, vcc
	v_or_b32_e32 v199, v1, v3
	v_lshrrev_b32_e32 v1, 8, v0
	v_and_b32_e32 v3, 0x7f, v1
	v_lshlrev_b16_e32 v5, 8, v1
	v_lshlrev_b16_e32 v1, 7, v1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e32 vcc, s0, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v9, v1, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v1, 0, v1, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v10, v1, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v11, v1, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v12, v1, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v14, v1, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v15, v1, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v4, v1, vcc
	v_cmp_ne_u16_e32 vcc, 7, v3
	v_and_b32_e32 v3, 0xffff8000, v5
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v1, vcc
	v_or_b32_e32 v200, v1, v3
	v_and_b32_e32 v1, 0x7f, v0
	v_lshlrev_b16_e32 v3, 8, v0
	v_lshlrev_b16_e32 v0, 7, v0
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e32 vcc, s0, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v9, v0, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v0, 0, v0, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v10, v0, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v11, v0, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v12, v0, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v14, v0, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v15, v0, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v4, v0, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_and_b32_e32 v1, 0xffff8000, v3
	v_lshlrev_b16_sdwa v3, v19, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v0, v16, v0, vcc
	v_or_b32_e32 v201, v0, v1
	v_and_b32_sdwa v0, v2, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v1, v18, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v3, v9, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v10, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v11, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v12, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v14, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v15, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v4, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v16, v3, vcc
	v_lshlrev_b16_sdwa v3, v19, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v202, v0, v1
	v_and_b32_sdwa v0, v2, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v1, v18, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v3, v9, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v10, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v11, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v12, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v14, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v15, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v4, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v16, v3, vcc
	v_or_b32_e32 v203, v0, v1
	v_lshrrev_b32_e32 v0, 8, v2
	v_and_b32_e32 v1, 0x7f, v0
	v_lshlrev_b16_e32 v3, 8, v0
	v_lshlrev_b16_e32 v0, 7, v0
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e32 vcc, s0, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v9, v0, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v0, 0, v0, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v10, v0, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v11, v0, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v12, v0, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v14, v0, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v15, v0, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v4, v0, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_and_b32_e32 v1, 0xffff8000, v3
	s_nop 0
	v_cndmask_b32_e32 v0, v16, v0, vcc
	v_or_b32_e32 v204, v0, v1
	v_and_b32_e32 v0, 0x7f, v2
	v_lshlrev_b16_e32 v1, 8, v2
	v_lshlrev_b16_e32 v2, 7, v2
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_and_b32_e32 v1, 0xffff8000, v1
	s_nop 0
	v_cndmask_b32_e32 v2, v9, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v10, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v11, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v12, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v14, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v15, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v4, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v16, v2, vcc
	v_or_b32_e32 v205, v0, v1
	ds_read2st64_b32 v[0:1], v21 offset0:4 offset1:6
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v5, v19, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v2, v1, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s0, v2
	v_lshlrev_b16_sdwa v3, v18, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v5, v9, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v10, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v11, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v12, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v14, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v15, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v4, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v16, v5, vcc
	v_lshlrev_b16_sdwa v5, v19, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v206, v2, v3
	v_and_b32_sdwa v2, v1, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s0, v2
	v_lshlrev_b16_sdwa v3, v18, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v5, v9, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v10, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v11, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v12, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v14, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v15, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v4, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v16, v5, vcc
	v_or_b32_e32 v31, v2, v3
	v_lshrrev_b32_e32 v2, 8, v1
	v_and_b32_e32 v3, 0x7f, v2
	v_lshlrev_b16_e32 v5, 8, v2
	v_lshlrev_b16_e32 v2, 7, v2
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s0, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v9, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v10, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v11, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v12, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v14, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v15, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v4, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v3
	v_and_b32_e32 v3, 0xffff8000, v5
	s_nop 0
	v_cndmask_b32_e32 v2, v16, v2, vcc
	v_or_b32_e32 v30, v2, v3
	v_and_b32_e32 v2, 0x7f, v1
	v_lshlrev_b16_e32 v3, 8, v1
	v_lshlrev_b16_e32 v1, 7, v1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e32 vcc, s0, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v9, v1, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	s_nop 1
	v_cndmask_b32_e32 v1, 0, v1, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v10, v1, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v11, v1, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v12, v1, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v14, v1, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v15, v1, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v4, v1, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	v_and_b32_e32 v2, 0xffff8000, v3
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v1, vcc
	v_or_b32_e32 v29, v1, v2
	ds_read2st64_b32 v[2:3], v22 offset0:4 offset1:6
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v6, v19, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v1, v3, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v6, 0x3f80, v6
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v5, v18, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v6, v9, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v10, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v11, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v12, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v14, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v15, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v4, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v6, vcc
	v_lshlrev_b16_sdwa v6, v19, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v28, v1, v5
	v_and_b32_sdwa v1, v3, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v6, 0x3f80, v6
	v_add_u16_e32 v6, 0x2000, v6
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v5, v18, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v5, 0xffff8000, v5
	v_cndmask_b32_e32 v6, v9, v6, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v6, 0, v6, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v10, v6, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v11, v6, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v12, v6, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v14, v6, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v15, v6, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v6, v4, v6, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v6, vcc
	v_or_b32_e32 v27, v1, v5
	v_lshrrev_b32_e32 v1, 8, v3
	v_and_b32_e32 v5, 0x7f, v1
	v_lshlrev_b16_e32 v6, 8, v1
	v_lshlrev_b16_e32 v1, 7, v1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e32 vcc, s0, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v9, v1, vcc
	v_cmp_ne_u16_e32 vcc, 0, v5
	s_nop 1
	v_cndmask_b32_e32 v1, 0, v1, vcc
	v_cmp_ne_u16_e32 vcc, 1, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v10, v1, vcc
	v_cmp_ne_u16_e32 vcc, 2, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v11, v1, vcc
	v_cmp_ne_u16_e32 vcc, 3, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v12, v1, vcc
	v_cmp_ne_u16_e32 vcc, 4, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v14, v1, vcc
	v_cmp_ne_u16_e32 vcc, 5, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v15, v1, vcc
	v_cmp_ne_u16_e32 vcc, 6, v5
	s_nop 1
	v_cndmask_b32_e32 v1, v4, v1, vcc
	v_cmp_ne_u16_e32 vcc, 7, v5
	v_and_b32_e32 v5, 0xffff8000, v6
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v1, vcc
	v_or_b32_e32 v26, v1, v5
	v_and_b32_e32 v1, 0x7f, v3
	v_lshlrev_b16_e32 v5, 8, v3
	v_lshlrev_b16_e32 v3, 7, v3
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s0, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v9, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v10, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v11, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v12, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v14, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v15, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v4, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v3, vcc
	v_and_b32_e32 v3, 0xffff8000, v5
	v_lshlrev_b16_sdwa v5, v19, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_or_b32_e32 v25, v1, v3
	v_and_b32_sdwa v1, v0, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v3, v18, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v5, v9, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v10, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v11, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v12, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v14, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v15, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v4, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v5, vcc
	v_lshlrev_b16_sdwa v5, v19, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v24, v1, v3
	v_and_b32_sdwa v1, v0, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v3, v18, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v5, v9, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v10, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v11, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v12, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v14, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v15, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v5, v4, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v5, vcc
	v_or_b32_e32 v23, v1, v3
	v_lshrrev_b32_e32 v1, 8, v0
	v_and_b32_e32 v3, 0x7f, v1
	v_lshlrev_b16_e32 v5, 8, v1
	v_lshlrev_b16_e32 v1, 7, v1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e32 vcc, s0, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v9, v1, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v1, 0, v1, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v10, v1, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v11, v1, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v12, v1, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v14, v1, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v15, v1, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v1, v4, v1, vcc
	v_cmp_ne_u16_e32 vcc, 7, v3
	v_and_b32_e32 v3, 0xffff8000, v5
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v1, vcc
	v_or_b32_e32 v20, v1, v3
	v_and_b32_e32 v1, 0x7f, v0
	v_lshlrev_b16_e32 v3, 8, v0
	v_lshlrev_b16_e32 v0, 7, v0
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e32 vcc, s0, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v9, v0, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v0, 0, v0, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v10, v0, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v11, v0, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v12, v0, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v14, v0, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v15, v0, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v4, v0, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_and_b32_e32 v1, 0xffff8000, v3
	v_lshlrev_b16_sdwa v3, v19, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v0, v16, v0, vcc
	v_or_b32_e32 v17, v0, v1
	v_and_b32_sdwa v0, v2, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v1, v18, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v3, v9, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v10, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v11, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v12, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v14, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v15, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v4, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v16, v3, vcc
	v_lshlrev_b16_sdwa v3, v19, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v13, v0, v1
	v_and_b32_sdwa v0, v2, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_lshlrev_b16_sdwa v1, v18, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v1, 0xffff8000, v1
	v_cndmask_b32_e32 v3, v9, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v10, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v11, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v12, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v14, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v15, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v3, v4, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v16, v3, vcc
	v_or_b32_e32 v8, v0, v1
	v_lshrrev_b32_e32 v0, 8, v2
	v_and_b32_e32 v1, 0x7f, v0
	v_lshlrev_b16_e32 v3, 8, v0
	v_lshlrev_b16_e32 v0, 7, v0
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e32 vcc, s0, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v9, v0, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v0, 0, v0, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v10, v0, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v11, v0, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v12, v0, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v14, v0, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v15, v0, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v0, v4, v0, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	v_and_b32_e32 v1, 0xffff8000, v3
	s_nop 0
	v_cndmask_b32_e32 v0, v16, v0, vcc
	v_or_b32_e32 v7, v0, v1
	v_and_b32_e32 v0, 0x7f, v2
	v_lshlrev_b16_e32 v1, 8, v2
	v_lshlrev_b16_e32 v2, 7, v2
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s0, v0
	v_and_b32_e32 v1, 0xffff8000, v1
	s_nop 0
	v_cndmask_b32_e32 v2, v9, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v0
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v10, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v11, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v12, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v14, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v15, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v0
	s_nop 1
	v_cndmask_b32_e32 v2, v4, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v0
	s_nop 1
	v_cndmask_b32_e32 v0, v16, v2, vcc
	v_or_b32_e32 v6, v0, v1
	ds_read2st64_b32 v[0:1], v21 offset1:2
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v5, v19, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v2, v1, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s0, v2
	v_lshlrev_b16_sdwa v3, v18, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v5, v9, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	v_lshlrev_b16_sdwa v37, v19, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v37, 0x3f80, v37
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	v_add_u16_e32 v37, 0x2000, v37
	v_lshlrev_b16_sdwa v38, v19, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v5, v10, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	v_and_b32_e32 v38, 0x3f80, v38
	v_add_u16_e32 v38, 0x2000, v38
	v_cndmask_b32_e32 v5, v11, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v12, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v14, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v15, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v4, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v16, v5, vcc
	v_lshlrev_b16_sdwa v5, v19, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_or_b32_e32 v21, v2, v3
	v_and_b32_sdwa v2, v1, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_and_b32_e32 v5, 0x3f80, v5
	v_add_u16_e32 v5, 0x2000, v5
	v_cmp_ne_u16_e32 vcc, s0, v2
	v_lshlrev_b16_sdwa v3, v18, v1 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v5, v9, v5, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	s_nop 1
	v_cndmask_b32_e32 v5, 0, v5, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v10, v5, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v11, v5, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v12, v5, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v14, v5, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v15, v5, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v5, v4, v5, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	s_nop 1
	v_cndmask_b32_e32 v2, v16, v5, vcc
	v_or_b32_e32 v5, v2, v3
	v_lshrrev_b32_e32 v2, 8, v1
	v_and_b32_e32 v3, 0x7f, v2
	v_lshlrev_b16_e32 v32, 8, v2
	v_lshlrev_b16_e32 v2, 7, v2
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s0, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v9, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v10, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v11, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v12, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v14, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v15, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v2, v4, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v3
	v_and_b32_e32 v3, 0xffff8000, v32
	s_nop 0
	v_cndmask_b32_e32 v2, v16, v2, vcc
	v_or_b32_e32 v32, v2, v3
	v_and_b32_e32 v2, 0x7f, v1
	v_lshlrev_b16_e32 v3, 8, v1
	v_lshlrev_b16_e32 v1, 7, v1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e32 vcc, s0, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v9, v1, vcc
	v_cmp_ne_u16_e32 vcc, 0, v2
	s_nop 1
	v_cndmask_b32_e32 v1, 0, v1, vcc
	v_cmp_ne_u16_e32 vcc, 1, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v10, v1, vcc
	v_cmp_ne_u16_e32 vcc, 2, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v11, v1, vcc
	v_cmp_ne_u16_e32 vcc, 3, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v12, v1, vcc
	v_cmp_ne_u16_e32 vcc, 4, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v14, v1, vcc
	v_cmp_ne_u16_e32 vcc, 5, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v15, v1, vcc
	v_cmp_ne_u16_e32 vcc, 6, v2
	s_nop 1
	v_cndmask_b32_e32 v1, v4, v1, vcc
	v_cmp_ne_u16_e32 vcc, 7, v2
	v_and_b32_e32 v2, 0xffff8000, v3
	s_nop 0
	v_cndmask_b32_e32 v1, v16, v1, vcc
	v_or_b32_e32 v33, v1, v2
	ds_read2st64_b32 v[2:3], v22 offset1:2
	s_waitcnt lgkmcnt(0)
	v_lshlrev_b16_sdwa v34, v19, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_sdwa v1, v3, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_and_b32_e32 v34, 0x3f80, v34
	v_add_u16_e32 v34, 0x2000, v34
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v22, v18, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v22, 0xffff8000, v22
	v_cndmask_b32_e32 v34, v9, v34, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	v_lshlrev_b16_sdwa v35, v19, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v35, 0x3f80, v35
	v_cndmask_b32_e32 v34, 0, v34, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	v_add_u16_e32 v35, 0x2000, v35
	v_lshlrev_b16_sdwa v40, v19, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v34, v10, v34, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	v_and_b32_e32 v40, 0x3f80, v40
	v_add_u16_e32 v40, 0x2000, v40
	v_cndmask_b32_e32 v34, v11, v34, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	v_lshlrev_b16_sdwa v19, v19, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v19, 0x3f80, v19
	v_cndmask_b32_e32 v34, v12, v34, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	v_add_u16_e32 v19, 0x2000, v19
	s_nop 0
	v_cndmask_b32_e32 v34, v14, v34, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v34, v15, v34, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v34, v4, v34, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v34, vcc
	v_or_b32_e32 v22, v1, v22
	v_and_b32_sdwa v1, v3, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v34, v18, v3 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v34, 0xffff8000, v34
	v_cndmask_b32_e32 v35, v9, v35, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v35, 0, v35, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v35, v10, v35, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v35, v11, v35, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v35, v12, v35, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v35, v14, v35, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v35, v15, v35, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v35, v4, v35, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v35, vcc
	v_or_b32_e32 v34, v1, v34
	v_lshrrev_b32_e32 v1, 8, v3
	v_and_b32_e32 v35, 0x7f, v1
	v_lshlrev_b16_e32 v36, 8, v1
	v_lshlrev_b16_e32 v1, 7, v1
	v_and_b32_e32 v1, 0x3f80, v1
	v_add_u16_e32 v1, 0x2000, v1
	v_cmp_ne_u16_e32 vcc, s0, v35
	s_nop 1
	v_cndmask_b32_e32 v1, v9, v1, vcc
	v_cmp_ne_u16_e32 vcc, 0, v35
	s_nop 1
	v_cndmask_b32_e32 v1, 0, v1, vcc
	v_cmp_ne_u16_e32 vcc, 1, v35
	s_nop 1
	v_cndmask_b32_e32 v1, v10, v1, vcc
	v_cmp_ne_u16_e32 vcc, 2, v35
	s_nop 1
	v_cndmask_b32_e32 v1, v11, v1, vcc
	v_cmp_ne_u16_e32 vcc, 3, v35
	s_nop 1
	v_cndmask_b32_e32 v1, v12, v1, vcc
	v_cmp_ne_u16_e32 vcc, 4, v35
	s_nop 1
	v_cndmask_b32_e32 v1, v14, v1, vcc
	v_cmp_ne_u16_e32 vcc, 5, v35
	s_nop 1
	v_cndmask_b32_e32 v1, v15, v1, vcc
	v_cmp_ne_u16_e32 vcc, 6, v35
	s_nop 1
	v_cndmask_b32_e32 v1, v4, v1, vcc
	v_cmp_ne_u16_e32 vcc, 7, v35
	v_and_b32_e32 v35, 0xffff8000, v36
	v_lshlrev_b16_e32 v36, 8, v3
	v_cndmask_b32_e32 v1, v16, v1, vcc
	v_or_b32_e32 v35, v1, v35
	v_and_b32_e32 v1, 0x7f, v3
	v_lshlrev_b16_e32 v3, 7, v3
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s0, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v9, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v10, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v11, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v12, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v14, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v15, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v3, v4, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v3, vcc
	v_and_b32_e32 v3, 0xffff8000, v36
	v_or_b32_e32 v36, v1, v3
	v_and_b32_sdwa v1, v0, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v1
	v_lshlrev_b16_sdwa v3, v18, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_and_b32_e32 v3, 0xffff8000, v3
	v_cndmask_b32_e32 v37, v9, v37, vcc
	v_cmp_ne_u16_e32 vcc, 0, v1
	s_nop 1
	v_cndmask_b32_e32 v37, 0, v37, vcc
	v_cmp_ne_u16_e32 vcc, 1, v1
	s_nop 1
	v_cndmask_b32_e32 v37, v10, v37, vcc
	v_cmp_ne_u16_e32 vcc, 2, v1
	s_nop 1
	v_cndmask_b32_e32 v37, v11, v37, vcc
	v_cmp_ne_u16_e32 vcc, 3, v1
	s_nop 1
	v_cndmask_b32_e32 v37, v12, v37, vcc
	v_cmp_ne_u16_e32 vcc, 4, v1
	s_nop 1
	v_cndmask_b32_e32 v37, v14, v37, vcc
	v_cmp_ne_u16_e32 vcc, 5, v1
	s_nop 1
	v_cndmask_b32_e32 v37, v15, v37, vcc
	v_cmp_ne_u16_e32 vcc, 6, v1
	s_nop 1
	v_cndmask_b32_e32 v37, v4, v37, vcc
	v_cmp_ne_u16_e32 vcc, 7, v1
	s_nop 1
	v_cndmask_b32_e32 v1, v16, v37, vcc
	v_or_b32_e32 v1, v1, v3
	v_and_b32_sdwa v3, v0, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v3
	v_lshlrev_b16_sdwa v37, v18, v0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_and_b32_e32 v37, 0xffff8000, v37
	v_cndmask_b32_e32 v38, v9, v38, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v38, 0, v38, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v38, v10, v38, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v38, v11, v38, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v38, v12, v38, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v38, v14, v38, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v38, v15, v38, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v38, v4, v38, vcc
	v_cmp_ne_u16_e32 vcc, 7, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v16, v38, vcc
	v_or_b32_e32 v37, v3, v37
	v_lshrrev_b32_e32 v3, 8, v0
	v_and_b32_e32 v38, 0x7f, v3
	v_lshlrev_b16_e32 v39, 8, v3
	v_lshlrev_b16_e32 v3, 7, v3
	v_and_b32_e32 v3, 0x3f80, v3
	v_add_u16_e32 v3, 0x2000, v3
	v_cmp_ne_u16_e32 vcc, s0, v38
	s_nop 1
	v_cndmask_b32_e32 v3, v9, v3, vcc
	v_cmp_ne_u16_e32 vcc, 0, v38
	s_nop 1
	v_cndmask_b32_e32 v3, 0, v3, vcc
	v_cmp_ne_u16_e32 vcc, 1, v38
	s_nop 1
	v_cndmask_b32_e32 v3, v10, v3, vcc
	v_cmp_ne_u16_e32 vcc, 2, v38
	s_nop 1
	v_cndmask_b32_e32 v3, v11, v3, vcc
	v_cmp_ne_u16_e32 vcc, 3, v38
	s_nop 1
	v_cndmask_b32_e32 v3, v12, v3, vcc
	v_cmp_ne_u16_e32 vcc, 4, v38
	s_nop 1
	v_cndmask_b32_e32 v3, v14, v3, vcc
	v_cmp_ne_u16_e32 vcc, 5, v38
	s_nop 1
	v_cndmask_b32_e32 v3, v15, v3, vcc
	v_cmp_ne_u16_e32 vcc, 6, v38
	s_nop 1
	v_cndmask_b32_e32 v3, v4, v3, vcc
	v_cmp_ne_u16_e32 vcc, 7, v38
	v_and_b32_e32 v38, 0xffff8000, v39
	v_lshlrev_b16_e32 v39, 8, v0
	v_cndmask_b32_e32 v3, v16, v3, vcc
	v_or_b32_e32 v38, v3, v38
	v_and_b32_e32 v3, 0x7f, v0
	v_lshlrev_b16_e32 v0, 7, v0
	v_and_b32_e32 v0, 0x3f80, v0
	v_add_u16_e32 v0, 0x2000, v0
	v_cmp_ne_u16_e32 vcc, s0, v3
	s_nop 1
	v_cndmask_b32_e32 v0, v9, v0, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	s_nop 1
	v_cndmask_b32_e32 v0, 0, v0, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v0, v10, v0, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v0, v11, v0, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v0, v12, v0, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v0, v14, v0, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v0, v15, v0, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v0, v4, v0, vcc
	v_cmp_ne_u16_e32 vcc, 7, v3
	v_and_b32_e32 v3, 0xffff8000, v39
	v_lshlrev_b16_sdwa v39, v18, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:BYTE_3
	v_cndmask_b32_e32 v0, v16, v0, vcc
	v_or_b32_e32 v0, v0, v3
	v_and_b32_sdwa v3, v2, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:BYTE_3 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v3
	v_and_b32_e32 v39, 0xffff8000, v39
	v_lshlrev_b16_sdwa v18, v18, v2 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:DWORD src1_sel:WORD_1
	v_cndmask_b32_e32 v40, v9, v40, vcc
	v_cmp_ne_u16_e32 vcc, 0, v3
	v_and_b32_e32 v18, 0xffff8000, v18
	s_nop 0
	v_cndmask_b32_e32 v40, 0, v40, vcc
	v_cmp_ne_u16_e32 vcc, 1, v3
	s_nop 1
	v_cndmask_b32_e32 v40, v10, v40, vcc
	v_cmp_ne_u16_e32 vcc, 2, v3
	s_nop 1
	v_cndmask_b32_e32 v40, v11, v40, vcc
	v_cmp_ne_u16_e32 vcc, 3, v3
	s_nop 1
	v_cndmask_b32_e32 v40, v12, v40, vcc
	v_cmp_ne_u16_e32 vcc, 4, v3
	s_nop 1
	v_cndmask_b32_e32 v40, v14, v40, vcc
	v_cmp_ne_u16_e32 vcc, 5, v3
	s_nop 1
	v_cndmask_b32_e32 v40, v15, v40, vcc
	v_cmp_ne_u16_e32 vcc, 6, v3
	s_nop 1
	v_cndmask_b32_e32 v40, v4, v40, vcc
	v_cmp_ne_u16_e32 vcc, 7, v3
	s_nop 1
	v_cndmask_b32_e32 v3, v16, v40, vcc
	v_or_b32_e32 v3, v3, v39
	v_and_b32_sdwa v39, v2, s0 dst_sel:DWORD dst_unused:UNUSED_PAD src0_sel:WORD_1 src1_sel:DWORD
	v_cmp_ne_u16_e32 vcc, s0, v39
	s_nop 1
	v_cndmask_b32_e32 v19, v9, v19, vcc
	v_cmp_ne_u16_e32 vcc, 0, v39
	s_nop 1
	v_cndmask_b32_e32 v19, 0, v19, vcc
	v_cmp_ne_u16_e32 vcc, 1, v39
	s_nop 1
	v_cndmask_b32_e32 v19, v10, v19, vcc
	v_cmp_ne_u16_e32 vcc, 2, v39
	s_nop 1
	v_cndmask_b32_e32 v19, v11, v19, vcc
	v_cmp_ne_u16_e32 vcc, 3, v39
	s_nop 1
	v_cndmask_b32_e32 v19, v12, v19, vcc
	v_cmp_ne_u16_e32 vcc, 4, v39
	s_nop 1
	v_cndmask_b32_e32 v19, v14, v19, vcc
	v_cmp_ne_u16_e32 vcc, 5, v39
	s_nop 1
	v_cndmask_b32_e32 v19, v15, v19, vcc
	v_cmp_ne_u16_e32 vcc, 6, v39
	s_nop 1
	v_cndmask_b32_e32 v19, v4, v19, vcc
	v_cmp_ne_u16_e32 vcc, 7, v39
	s_nop 1
	v_cndmask_b32_e32 v19, v16, v19, vcc
	v_or_b32_e32 v18, v19, v18
	v_lshrrev_b32_e32 v19, 8, v2
	v_and_b32_e32 v39, 0x7f, v19
	v_lshlrev_b16_e32 v40, 8, v19
	v_lshlrev_b16_e32 v19, 7, v19
	v_and_b32_e32 v19, 0x3f80, v19
	v_add_u16_e32 v19, 0x2000, v19
	v_cmp_ne_u16_e32 vcc, s0, v39
	s_nop 1
	v_cndmask_b32_e32 v19, v9, v19, vcc
	v_cmp_ne_u16_e32 vcc, 0, v39
	s_nop 1
	v_cndmask_b32_e32 v19, 0, v19, vcc
	v_cmp_ne_u16_e32 vcc, 1, v39
	s_nop 1
	v_cndmask_b32_e32 v19, v10, v19, vcc
	v_cmp_ne_u16_e32 vcc, 2, v39
	s_nop 1
	v_cndmask_b32_e32 v19, v11, v19, vcc
	v_cmp_ne_u16_e32 vcc, 3, v39
	s_nop 1
	v_cndmask_b32_e32 v19, v12, v19, vcc
	v_cmp_ne_u16_e32 vcc, 4, v39
	s_nop 1
	v_cndmask_b32_e32 v19, v14, v19, vcc
	v_cmp_ne_u16_e32 vcc, 5, v39
	s_nop 1
	v_cndmask_b32_e32 v19, v15, v19, vcc
	v_cmp_ne_u16_e32 vcc, 6, v39
	s_nop 1
	v_cndmask_b32_e32 v19, v4, v19, vcc
	v_cmp_ne_u16_e32 vcc, 7, v39
	v_and_b32_e32 v39, 0xffff8000, v40
	v_lshlrev_b16_e32 v40, 8, v2
	v_cndmask_b32_e32 v19, v16, v19, vcc
	v_or_b32_e32 v19, v19, v39
	v_and_b32_e32 v39, 0x7f, v2
	v_lshlrev_b16_e32 v2, 7, v2
	v_and_b32_e32 v2, 0x3f80, v2
	v_add_u16_e32 v2, 0x2000, v2
	v_cmp_ne_u16_e32 vcc, s0, v39
	.loc	1 32 24                         ; spill.py:32:24
	s_mov_b32 s0, 0x5040100
	v_perm_b32 v5, v21, v5, s0
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e32 v2, v9, v2, vcc
	v_cmp_ne_u16_e32 vcc, 0, v39
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v9, v198, v199, s0
	v_perm_b32 v198, v196, v197, s0
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e32 v2, 0, v2, vcc
	v_cmp_ne_u16_e32 vcc, 1, v39
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v199, v194, v195, s0
	v_perm_b32 v196, v192, v193, s0
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e32 v2, v10, v2, vcc
	v_cmp_ne_u16_e32 vcc, 2, v39
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v0, v38, v0, s0
	v_perm_b32 v1, v1, v37, s0
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e32 v2, v11, v2, vcc
	v_cmp_ne_u16_e32 vcc, 3, v39
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v10, v35, v36, s0
	v_perm_b32 v11, v22, v34, s0
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e32 v2, v12, v2, vcc
	v_cmp_ne_u16_e32 vcc, 4, v39
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v12, v30, v29, s0
	v_perm_b32 v3, v3, v18, s0
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e32 v2, v14, v2, vcc
	v_cmp_ne_u16_e32 vcc, 5, v39
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v14, v26, v25, s0
	v_accvgpr_write_b32 a49, v11
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e32 v2, v15, v2, vcc
	v_cmp_ne_u16_e32 vcc, 6, v39
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v15, v28, v27, s0
	v_accvgpr_write_b32 a48, v10
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e32 v2, v4, v2, vcc
	v_cmp_ne_u16_e32 vcc, 7, v39
	v_and_b32_e32 v4, 0xffff8000, v40
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v29, v61, v62, s0
	.loc	1 30 20                         ; spill.py:30:20
	v_cndmask_b32_e32 v2, v16, v2, vcc
	v_or_b32_e32 v2, v2, v4
	.loc	1 32 24                         ; spill.py:32:24
	v_perm_b32 v4, v32, v33, s0
	v_accvgpr_write_b32 a47, v5
	v_accvgpr_write_b32 a46, v4
	v_perm_b32 v5, v13, v8, s0
	v_perm_b32 v4, v7, v6, s0
	v_accvgpr_write_b32 a45, v5
	v_accvgpr_write_b32 a44, v4
	v_accvgpr_read_b32 v4, a41
	v_accvgpr_read_b32 v5, a42
	v_perm_b32 v197, v4, v5, s0
	v_accvgpr_read_b32 v4, a37
	v_accvgpr_read_b32 v5, a38
	v_perm_b32 v13, v206, v31, s0
	v_perm_b32 v31, v4, v5, s0
	v_accvgpr_read_b32 v4, a39
	v_accvgpr_read_b32 v5, a40
	v_perm_b32 v30, v4, v5, s0
	v_accvgpr_read_b32 v4, a33
	v_accvgpr_read_b32 v5, a34
	v_perm_b32 v27, v4, v5, s0
	v_accvgpr_read_b32 v4, a35
	v_accvgpr_read_b32 v5, a36
	v_perm_b32 v26, v4, v5, s0
	v_accvgpr_read_b32 v4, a29
	v_accvgpr_read_b32 v5, a30
	v_perm_b32 v25, v4, v5, s0
	v_accvgpr_read_b32 v4, a31
	v_accvgpr_read_b32 v5, a32
	v_perm_b32 v2, v19, v2, s0
	v_perm_b32 v19, v24, v23, s0
	v_perm_b32 v24, v4, v5, s0
	v_accvgpr_read_b32 v4, a25
	v_accvgpr_read_b32 v5, a26
	v_perm_b32 v7, v4, v5, s0
	v_accvgpr_read_b32 v4, a27
	v_accvgpr_read_b32 v5, a28
	v_perm_b32 v6, v4, v5, s0
	v_accvgpr_read_b32 v4, a21
	v_accvgpr_read_b32 v5, a22
	v_perm_b32 v195, v4, v5, s0
	v_accvgpr_read_b32 v4, a23
	v_accvgpr_read_b32 v5, a24
	v_perm_b32 v194, v4, v5, s0
	v_accvgpr_read_b32 v4, a17
	v_accvgpr_read_b32 v5, a18
	v_perm_b32 v193, v4, v5, s0
	v_accvgpr_read_b32 v4, a19
	v_accvgpr_read_b32 v5, a20
	v_perm_b32 v192, v4, v5, s0
	v_accvgpr_read_b32 v4, a13
	v_accvgpr_read_b32 v5, a14
	v_perm_b32 v39, v4, v5, s0
	v_accvgpr_read_b32 v4, a15
	v_accvgpr_read_b32 v5, a16
	v_perm_b32 v38, v4, v5, s0
	v_accvgpr_read_b32 v4, a9
	v_accvgpr_read_b32 v5, a10
	v_perm_b32 v37, v4, v5, s0
	v_accvgpr_read_b32 v4, a11
	v_accvgpr_read_b32 v5, a12
	v_perm_b32 v36, v4, v5, s0
	v_accvgpr_read_b32 v4, a5
	v_accvgpr_read_b32 v5, a6
	v_perm_b32 v35, v4, v5, s0
	v_accvgpr_read_b32 v4, a7
	v_accvgpr_read_b32 v5, a8
	v_perm_b32 v34, v4, v5, s0
	v_accvgpr_read_b32 v4, a1
	v_accvgpr_read_b32 v5, a2
	v_perm_b32 v33, v4, v5, s0
	v_accvgpr_read_b32 v4, a3
	v_accvgpr_read_b32 v5, a4
	v_perm_b32 v32, v4, v5, s0
	v_accvgpr_read_b32 v4, a0
	v_accvgpr_write_b32 a0, v240
	v_accvgpr_write_b32 a1, v241
	v_accvgpr_write_b32 a2, v242
	v_accvgpr_write_b32 a3, v243
	v_accvgpr_write_b32 a4, v244
	v_accvgpr_write_b32 a5, v245
	v_accvgpr_write_b32 a6, v246
	v_accvgpr_write_b32 a7, v247
	v_accvgpr_write_b32 a8, v248
	v_accvgpr_write_b32 a9, v249
	v_accvgpr_write_b32 a10, v250
	v_accvgpr_write_b32 a11, v251
	v_accvgpr_write_b32 a12, v252
	v_accvgpr_write_b32 a13, v253
	v_accvgpr_write_b32 a14, v254
	v_accvgpr_write_b32 a15, v255
	v_perm_b32 v28, v63, v4, s0
	v_perm_b32 v5, v41, v58, s0
	v_mfma_f32_32x32x8_f16 a[0:15], v[194:195], v[2:3], a[0:15]
	v_perm_b32 v4, v59, v60, s0
	v_perm_b32 v18, v20, v17, s0
	v_perm_b32 v11, v202, v203, s0
	v_perm_b32 v10, v204, v205, s0
	v_perm_b32 v8, v200, v201, s0
	v_mfma_f32_32x32x8_f16 a[0:15], v[192:193], v[0:1], a[0:15]
	s_nop 7
	s_nop 2
	scratch_store_dwordx4 off, a[0:3], off  ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:48 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, v224
	v_accvgpr_write_b32 a1, v225
	v_accvgpr_write_b32 a2, v226
	v_accvgpr_write_b32 a3, v227
	v_accvgpr_write_b32 a4, v228
	v_accvgpr_write_b32 a5, v229
	v_accvgpr_write_b32 a6, v230
	v_accvgpr_write_b32 a7, v231
	v_accvgpr_write_b32 a8, v232
	v_accvgpr_write_b32 a9, v233
	v_accvgpr_write_b32 a10, v234
	v_accvgpr_write_b32 a11, v235
	v_accvgpr_write_b32 a12, v236
	v_accvgpr_write_b32 a13, v237
	v_accvgpr_write_b32 a14, v238
	v_accvgpr_write_b32 a15, v239
	v_mfma_f32_32x32x8_f16 a[208:223], v[28:29], v[2:3], a[208:223]
	s_nop 0
	v_mfma_f32_32x32x8_f16 a[0:15], v[38:39], v[2:3], a[0:15]
	v_mfma_f32_32x32x8_f16 a[0:15], v[36:37], v[0:1], a[0:15]
	s_nop 7
	s_nop 2
	scratch_store_dwordx4 off, a[0:3], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:240 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, v208
	v_accvgpr_write_b32 a1, v209
	v_accvgpr_write_b32 a2, v210
	v_accvgpr_write_b32 a3, v211
	v_accvgpr_write_b32 a4, v212
	v_accvgpr_write_b32 a5, v213
	v_accvgpr_write_b32 a6, v214
	v_accvgpr_write_b32 a7, v215
	v_accvgpr_write_b32 a8, v216
	v_accvgpr_write_b32 a9, v217
	v_accvgpr_write_b32 a10, v218
	v_accvgpr_write_b32 a11, v219
	v_accvgpr_write_b32 a12, v220
	v_accvgpr_write_b32 a13, v221
	v_accvgpr_write_b32 a14, v222
	v_accvgpr_write_b32 a15, v223
	v_mfma_f32_32x32x8_f16 a[240:255], v[28:29], v[24:25], a[240:255]
	s_nop 0
	v_mfma_f32_32x32x8_f16 a[0:15], v[34:35], v[2:3], a[0:15]
	v_mfma_f32_32x32x8_f16 a[0:15], v[32:33], v[0:1], a[0:15]
	s_nop 7
	s_nop 2
	scratch_store_dwordx4 off, a[0:3], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:112 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, v176
	v_accvgpr_write_b32 a1, v177
	v_accvgpr_write_b32 a2, v178
	v_accvgpr_write_b32 a3, v179
	v_accvgpr_write_b32 a4, v180
	v_accvgpr_write_b32 a5, v181
	v_accvgpr_write_b32 a6, v182
	v_accvgpr_write_b32 a7, v183
	v_accvgpr_write_b32 a8, v184
	v_accvgpr_write_b32 a9, v185
	v_accvgpr_write_b32 a10, v186
	v_accvgpr_write_b32 a11, v187
	v_accvgpr_write_b32 a12, v188
	v_accvgpr_write_b32 a13, v189
	v_accvgpr_write_b32 a14, v190
	v_accvgpr_write_b32 a15, v191
	v_mfma_f32_32x32x8_f16 a[208:223], v[4:5], v[0:1], a[208:223]
	s_nop 0
	v_mfma_f32_32x32x8_f16 a[0:15], v[194:195], a[48:49], a[0:15]
	v_mfma_f32_32x32x8_f16 a[0:15], v[192:193], a[46:47], a[0:15]
	s_nop 7
	s_nop 2
	scratch_store_dwordx4 off, a[0:3], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:304 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, v160
	v_accvgpr_write_b32 a1, v161
	v_accvgpr_write_b32 a2, v162
	v_accvgpr_write_b32 a3, v163
	v_accvgpr_write_b32 a4, v164
	v_accvgpr_write_b32 a5, v165
	v_accvgpr_write_b32 a6, v166
	v_accvgpr_write_b32 a7, v167
	v_accvgpr_write_b32 a8, v168
	v_accvgpr_write_b32 a9, v169
	v_accvgpr_write_b32 a10, v170
	v_accvgpr_write_b32 a11, v171
	v_accvgpr_write_b32 a12, v172
	v_accvgpr_write_b32 a13, v173
	v_accvgpr_write_b32 a14, v174
	v_accvgpr_write_b32 a15, v175
	v_mfma_f32_32x32x8_f16 a[240:255], v[4:5], v[6:7], a[240:255]
	s_nop 0
	v_mfma_f32_32x32x8_f16 a[0:15], v[38:39], a[48:49], a[0:15]
	v_mfma_f32_32x32x8_f16 a[0:15], v[36:37], a[46:47], a[0:15]
	s_nop 7
	s_nop 2
	scratch_store_dwordx4 off, a[0:3], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:176 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, v144
	v_accvgpr_write_b32 a1, v145
	v_accvgpr_write_b32 a2, v146
	v_accvgpr_write_b32 a3, v147
	v_accvgpr_write_b32 a4, v148
	v_accvgpr_write_b32 a5, v149
	v_accvgpr_write_b32 a6, v150
	v_accvgpr_write_b32 a7, v151
	v_accvgpr_write_b32 a8, v152
	v_accvgpr_write_b32 a9, v153
	v_accvgpr_write_b32 a10, v154
	v_accvgpr_write_b32 a11, v155
	v_accvgpr_write_b32 a12, v156
	v_accvgpr_write_b32 a13, v157
	v_accvgpr_write_b32 a14, v158
	v_accvgpr_write_b32 a15, v159
	s_nop 1
	v_mfma_f32_32x32x8_f16 a[0:15], v[34:35], a[48:49], a[0:15]
	v_mfma_f32_32x32x8_f16 a[0:15], v[32:33], a[46:47], a[0:15]
	s_nop 7
	s_nop 2
	scratch_store_dwordx4 off, a[0:3], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:368 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, v128
	v_accvgpr_write_b32 a1, v129
	v_accvgpr_write_b32 a2, v130
	v_accvgpr_write_b32 a3, v131
	v_accvgpr_write_b32 a4, v132
	v_accvgpr_write_b32 a5, v133
	v_accvgpr_write_b32 a6, v134
	v_accvgpr_write_b32 a7, v135
	v_accvgpr_write_b32 a8, v136
	v_accvgpr_write_b32 a9, v137
	v_accvgpr_write_b32 a10, v138
	v_accvgpr_write_b32 a11, v139
	v_accvgpr_write_b32 a12, v140
	v_accvgpr_write_b32 a13, v141
	v_accvgpr_write_b32 a14, v142
	v_accvgpr_write_b32 a15, v143
	s_nop 1
	v_mfma_f32_32x32x8_f16 a[0:15], v[28:29], a[48:49], a[0:15]
	v_mfma_f32_32x32x8_f16 a[0:15], v[4:5], a[46:47], a[0:15]
	s_nop 7
	s_nop 2
	scratch_store_dwordx4 off, a[0:3], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:432 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, v112
	v_accvgpr_write_b32 a1, v113
	v_accvgpr_write_b32 a2, v114
	v_accvgpr_write_b32 a3, v115
	v_accvgpr_write_b32 a4, v116
	v_accvgpr_write_b32 a5, v117
	v_accvgpr_write_b32 a6, v118
	v_accvgpr_write_b32 a7, v119
	v_accvgpr_write_b32 a8, v120
	v_accvgpr_write_b32 a9, v121
	v_accvgpr_write_b32 a10, v122
	v_accvgpr_write_b32 a11, v123
	v_accvgpr_write_b32 a12, v124
	v_accvgpr_write_b32 a13, v125
	v_accvgpr_write_b32 a14, v126
	v_accvgpr_write_b32 a15, v127
	s_nop 1
	v_mfma_f32_32x32x8_f16 a[0:15], v[194:195], a[44:45], a[0:15]
	v_mfma_f32_32x32x8_f16 a[0:15], v[192:193], v[18:19], a[0:15]
	s_nop 7
	s_nop 2
	scratch_store_dwordx4 off, a[0:3], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:752 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, v96
	v_accvgpr_write_b32 a1, v97
	v_accvgpr_write_b32 a2, v98
	v_accvgpr_write_b32 a3, v99
	v_accvgpr_write_b32 a4, v100
	v_accvgpr_write_b32 a5, v101
	v_accvgpr_write_b32 a6, v102
	v_accvgpr_write_b32 a7, v103
	v_accvgpr_write_b32 a8, v104
	v_accvgpr_write_b32 a9, v105
	v_accvgpr_write_b32 a10, v106
	v_accvgpr_write_b32 a11, v107
	v_accvgpr_write_b32 a12, v108
	v_accvgpr_write_b32 a13, v109
	v_accvgpr_write_b32 a14, v110
	v_accvgpr_write_b32 a15, v111
	s_nop 1
	v_mfma_f32_32x32x8_f16 a[0:15], v[38:39], a[44:45], a[0:15]
	v_mfma_f32_32x32x8_f16 a[0:15], v[36:37], v[18:19], a[0:15]
	s_nop 7
	s_nop 2
	scratch_store_dwordx4 off, a[0:3], off offset:768 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:784 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:800 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:816 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, v80
	v_accvgpr_write_b32 a1, v81
	v_accvgpr_write_b32 a2, v82
	v_accvgpr_write_b32 a3, v83
	v_accvgpr_write_b32 a4, v84
	v_accvgpr_write_b32 a5, v85
	v_accvgpr_write_b32 a6, v86
	v_accvgpr_write_b32 a7, v87
	v_accvgpr_write_b32 a8, v88
	v_accvgpr_write_b32 a9, v89
	v_accvgpr_write_b32 a10, v90
	v_accvgpr_write_b32 a11, v91
	v_accvgpr_write_b32 a12, v92
	v_accvgpr_write_b32 a13, v93
	v_accvgpr_write_b32 a14, v94
	v_accvgpr_write_b32 a15, v95
	s_nop 1
	v_mfma_f32_32x32x8_f16 a[0:15], v[34:35], a[44:45], a[0:15]
	v_mfma_f32_32x32x8_f16 a[0:15], v[32:33], v[18:19], a[0:15]
	s_nop 7
	s_nop 2
	scratch_store_dwordx4 off, a[0:3], off offset:832 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:848 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:864 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:880 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a0, v64
	v_accvgpr_write_b32 a1, v65
	v_accvgpr_write_b32 a2, v66
	v_accvgpr_write_b32 a3, v67
	v_accvgpr_write_b32 a4, v68
	v_accvgpr_write_b32 a5, v69
	v_accvgpr_write_b32 a6, v70
	v_accvgpr_write_b32 a7, v71
	v_accvgpr_write_b32 a8, v72
	v_accvgpr_write_b32 a9, v73
	v_accvgpr_write_b32 a10, v74
	v_accvgpr_write_b32 a11, v75
	v_accvgpr_write_b32 a12, v76
	v_accvgpr_write_b32 a13, v77
	v_accvgpr_write_b32 a14, v78
	v_accvgpr_write_b32 a15, v79
	s_nop 1
	v_mfma_f32_32x32x8_f16 a[0:15], v[28:29], a[44:45], a[0:15]
	v_mfma_f32_32x32x8_f16 a[0:15], v[4:5], v[18:19], a[0:15]
	s_nop 7
	s_nop 2
	scratch_store_dwordx4 off, a[0:3], off offset:896 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:912 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:928 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:944 ; 16-byte Folded Spill
	scratch_load_dwordx4 a[0:3], off, off offset:2176 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 a[4:7], off, off offset:2192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:2208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:2224 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 a[0:15], v[194:195], v[14:15], a[0:15]
	v_mfma_f32_32x32x8_f16 a[0:15], v[192:193], v[12:13], a[0:15]
	s_nop 7
	s_nop 2
	scratch_store_dwordx4 off, a[0:3], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:496 ; 16-byte Folded Spill
	scratch_load_dwordx4 a[0:3], off, off offset:2112 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 a[4:7], off, off offset:2128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:2144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:2160 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 a[0:15], v[38:39], v[14:15], a[0:15]
	v_mfma_f32_32x32x8_f16 a[0:15], v[36:37], v[12:13], a[0:15]
	s_nop 7
	s_nop 2
	scratch_store_dwordx4 off, a[0:3], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:560 ; 16-byte Folded Spill
	scratch_load_dwordx4 a[0:3], off, off offset:2048 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 a[4:7], off, off offset:2064 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:2080 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:2096 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 a[0:15], v[34:35], v[14:15], a[0:15]
	v_mfma_f32_32x32x8_f16 a[0:15], v[32:33], v[12:13], a[0:15]
	s_nop 7
	s_nop 2
	scratch_store_dwordx4 off, a[0:3], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:624 ; 16-byte Folded Spill
	scratch_load_dwordx4 a[0:3], off, off offset:1984 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 a[4:7], off, off offset:2000 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:2016 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:2032 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 a[0:15], v[28:29], v[14:15], a[0:15]
	v_mfma_f32_32x32x8_f16 a[0:15], v[4:5], v[12:13], a[0:15]
	s_nop 7
	s_nop 2
	scratch_store_dwordx4 off, a[0:3], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:688 ; 16-byte Folded Spill
	scratch_load_dwordx4 a[0:3], off, off offset:1920 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 a[4:7], off, off offset:1936 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:1952 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:1968 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 a[0:15], v[194:195], v[10:11], a[0:15]
	v_mfma_f32_32x32x8_f16 a[0:15], v[192:193], v[8:9], a[0:15]
	s_nop 7
	s_nop 2
	scratch_store_dwordx4 off, a[0:3], off offset:960 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, a[4:7], off offset:976 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[8:11], off offset:992 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, a[12:15], off offset:1008 ; 16-byte Folded Spill
	scratch_load_dwordx4 a[16:19], off, off offset:1856 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[20:23], off, off offset:1872 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[24:27], off, off offset:1888 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[28:31], off, off offset:1904 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[32:35], off, off offset:1792 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[36:39], off, off offset:1808 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[40:43], off, off offset:1824 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[44:47], off, off offset:1840 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[48:51], off, off offset:1728 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[52:55], off, off offset:1744 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[56:59], off, off offset:1760 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[60:63], off, off offset:1776 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[64:67], off, off offset:1664 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[68:71], off, off offset:1680 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[72:75], off, off offset:1696 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[76:79], off, off offset:1712 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[80:83], off, off offset:1600 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[84:87], off, off offset:1616 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[88:91], off, off offset:1632 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[92:95], off, off offset:1648 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[96:99], off, off offset:1536 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[100:103], off, off offset:1552 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[104:107], off, off offset:1568 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[108:111], off, off offset:1584 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[112:115], off, off offset:1472 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[116:119], off, off offset:1488 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[120:123], off, off offset:1504 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[124:127], off, off offset:1520 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[128:131], off, off offset:1408 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[132:135], off, off offset:1424 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[136:139], off, off offset:1440 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[140:143], off, off offset:1456 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[144:147], off, off offset:1344 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[148:151], off, off offset:1360 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[152:155], off, off offset:1376 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[156:159], off, off offset:1392 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[160:163], off, off offset:1280 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[164:167], off, off offset:1296 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[168:171], off, off offset:1312 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[172:175], off, off offset:1328 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[176:179], off, off offset:1216 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[180:183], off, off offset:1232 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[184:187], off, off offset:1248 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[188:191], off, off offset:1264 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[192:195], off, off offset:1152 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[196:199], off, off offset:1168 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[200:203], off, off offset:1184 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[204:207], off, off offset:1200 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[0:3], off, off offset:1088 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:1104 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:1120 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:1136 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[224:227], off, off offset:1024 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[228:231], off, off offset:1040 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[232:235], off, off offset:1056 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[236:239], off, off offset:1072 ; 16-byte Folded Reload
	s_waitcnt vmcnt(52)
	v_mfma_f32_32x32x8_f16 a[16:31], v[38:39], v[10:11], a[16:31]
	s_waitcnt vmcnt(48)
	v_mfma_f32_32x32x8_f16 a[32:47], v[34:35], v[10:11], a[32:47]
	s_waitcnt vmcnt(44)
	v_mfma_f32_32x32x8_f16 a[48:63], v[28:29], v[10:11], a[48:63]
	s_waitcnt vmcnt(40)
	v_mfma_f32_32x32x8_f16 a[64:79], v[194:195], v[198:199], a[64:79]
	s_waitcnt vmcnt(36)
	v_mfma_f32_32x32x8_f16 a[80:95], v[38:39], v[198:199], a[80:95]
	s_waitcnt vmcnt(32)
	v_mfma_f32_32x32x8_f16 a[96:111], v[34:35], v[198:199], a[96:111]
	s_waitcnt vmcnt(28)
	v_mfma_f32_32x32x8_f16 a[112:127], v[28:29], v[198:199], a[112:127]
	s_waitcnt vmcnt(24)
	v_mfma_f32_32x32x8_f16 a[128:143], v[194:195], v[30:31], a[128:143]
	s_waitcnt vmcnt(20)
	v_mfma_f32_32x32x8_f16 a[144:159], v[38:39], v[30:31], a[144:159]
	s_waitcnt vmcnt(16)
	v_mfma_f32_32x32x8_f16 a[160:175], v[34:35], v[30:31], a[160:175]
	s_waitcnt vmcnt(12)
	v_mfma_f32_32x32x8_f16 a[176:191], v[28:29], v[30:31], a[176:191]
	s_waitcnt vmcnt(8)
	v_mfma_f32_32x32x8_f16 a[192:207], v[194:195], v[24:25], a[192:207]
	s_waitcnt vmcnt(4)
	v_mfma_f32_32x32x8_f16 a[0:15], v[38:39], v[24:25], a[0:15]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x8_f16 a[224:239], v[34:35], v[24:25], a[224:239]
	v_mfma_f32_32x32x8_f16 a[16:31], v[36:37], v[8:9], a[16:31]
	v_mfma_f32_32x32x8_f16 a[32:47], v[32:33], v[8:9], a[32:47]
	v_mfma_f32_32x32x8_f16 a[48:63], v[4:5], v[8:9], a[48:63]
	v_mfma_f32_32x32x8_f16 a[64:79], v[192:193], v[196:197], a[64:79]
	v_mfma_f32_32x32x8_f16 a[80:95], v[36:37], v[196:197], a[80:95]
	v_mfma_f32_32x32x8_f16 a[96:111], v[32:33], v[196:197], a[96:111]
	v_mfma_f32_32x32x8_f16 a[112:127], v[4:5], v[196:197], a[112:127]
	v_mfma_f32_32x32x8_f16 a[128:143], v[192:193], v[26:27], a[128:143]
	v_mfma_f32_32x32x8_f16 a[144:159], v[36:37], v[26:27], a[144:159]
	v_mfma_f32_32x32x8_f16 a[160:175], v[32:33], v[26:27], a[160:175]
	v_mfma_f32_32x32x8_f16 a[176:191], v[4:5], v[26:27], a[176:191]
	v_mfma_f32_32x32x8_f16 a[192:207], v[192:193], v[6:7], a[192:207]
	v_mfma_f32_32x32x8_f16 a[0:15], v[36:37], v[6:7], a[0:15]
	v_mfma_f32_32x32x8_f16 a[224:239], v[32:33], v[6:7], a[224:239]
.LBB0_22:                               ; %._crit_edge._crit_edge
	.loc	1 22 31                         ; spill.py:22:31
	scratch_load_dword v1, off, off offset:2404 ; 4-byte Folded Reload
	.loc	1 22 44 is_stmt 0               ; spill.py:22:44
	scratch_load_dword v0, off, off offset:2408 ; 4-byte Folded Reload
	.loc	1 22 31                         ; spill.py:22:31
	s_waitcnt vmcnt(1)
	v_or_b32_e32 v6, s20, v1
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	scratch_load_dword v1, off, off offset:2400 ; 4-byte Folded Reload
	.loc	1 22 44                         ; spill.py:22:44
	s_waitcnt vmcnt(1)
	v_and_b32_e32 v0, 32, v0
	.loc	1 35 39                         ; spill.py:35:39
	v_mul_lo_u32 v2, s13, v6
	.loc	1 35 21 is_stmt 0               ; spill.py:35:21
	v_ashrrev_i32_e32 v3, 31, v2
	v_lshl_add_u64 v[4:5], v[2:3], 2, s[6:7]
	.loc	1 36 50 is_stmt 1               ; spill.py:36:50
	v_cmp_gt_i32_e64 s[34:35], s8, v6
	.loc	1 23 31                         ; spill.py:23:31
	s_waitcnt vmcnt(0)
	v_or3_b32 v0, v1, v0, s21
	.loc	1 35 51                         ; spill.py:35:51
	v_ashrrev_i32_e32 v1, 31, v0
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e32 vcc, s9, v0
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[4:5], v[0:1], 2, v[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[34:35], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_24
; %bb.23:
	scratch_load_dwordx4 v[8:11], off, off  ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dwordx4 v[4:5], v[8:11], off
.LBB0_24:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v3, 8, v0
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[0:1], s9, v3
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[4:5], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_26
; %bb.25:
	scratch_load_dwordx4 v[8:11], off, off  ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dwordx4 v[4:5], v[12:15], off offset:32
.LBB0_26:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[2:3]
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v3, 16, v0
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[2:3], s9, v3
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[10:11], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[4:5], s[10:11]
	s_cbranch_execz .LBB0_28
; %bb.27:
	scratch_load_dwordx4 v[8:11], off, off  ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dwordx4 v[4:5], v[16:19], off offset:64
.LBB0_28:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[4:5]
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v3, 24, v0
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[4:5], s9, v3
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[14:15], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_30
; %bb.29:
	scratch_load_dwordx4 v[8:11], off, off  ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dwordx4 v[4:5], v[20:23], off offset:96
.LBB0_30:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v3, 64, v0
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[36:37], s9, v3
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[14:15], s[34:35], s[36:37]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_32
; %bb.31:
	scratch_load_dwordx4 v[8:11], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dwordx4 v[4:5], v[8:11], off offset:256
.LBB0_32:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[10:11]
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v3, 0x48, v0
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[10:11], s9, v3
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[16:17], s[34:35], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_34
; %bb.33:
	scratch_load_dwordx4 v[8:11], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dwordx4 v[4:5], v[12:15], off offset:288
.LBB0_34:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[14:15]
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v3, 0x50, v0
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[38:39], s9, v3
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[16:17], s[34:35], s[38:39]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_36
; %bb.35:
	scratch_load_dwordx4 v[8:11], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dwordx4 v[4:5], v[16:19], off offset:320
.LBB0_36:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[14:15]
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v3, 0x58, v0
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[14:15], s9, v3
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[18:19], s[34:35], s[14:15]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[16:17], s[18:19]
	s_cbranch_execz .LBB0_38
; %bb.37:
	scratch_load_dwordx4 v[8:11], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dwordx4 v[4:5], v[20:23], off offset:352
.LBB0_38:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[16:17]
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v3, 0x80, v0
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[16:17], s9, v3
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[20:21], s[34:35], s[16:17]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[18:19], s[20:21]
	s_cbranch_execz .LBB0_40
; %bb.39:
	scratch_load_dwordx4 v[8:11], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dwordx4 v[4:5], v[8:11], off offset:512
.LBB0_40:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[18:19]
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v3, 0x88, v0
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[18:19], s9, v3
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[22:23], s[34:35], s[18:19]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[20:21], s[22:23]
	s_cbranch_execz .LBB0_42
; %bb.41:
	scratch_load_dwordx4 v[8:11], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dwordx4 v[4:5], v[12:15], off offset:544
.LBB0_42:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[20:21]
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v3, 0x90, v0
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[20:21], s9, v3
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[24:25], s[34:35], s[20:21]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[22:23], s[24:25]
	s_cbranch_execz .LBB0_44
; %bb.43:
	scratch_load_dwordx4 v[8:11], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dwordx4 v[4:5], v[16:19], off offset:576
.LBB0_44:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[22:23]
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v3, 0x98, v0
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[22:23], s9, v3
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[26:27], s[34:35], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[24:25], s[26:27]
	s_cbranch_execz .LBB0_46
; %bb.45:
	scratch_load_dwordx4 v[8:11], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dwordx4 v[4:5], v[20:23], off offset:608
.LBB0_46:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[24:25]
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v3, 0xc0, v0
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[24:25], s9, v3
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[28:29], s[34:35], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[26:27], s[28:29]
	s_cbranch_execz .LBB0_48
; %bb.47:
	global_store_dwordx4 v[4:5], a[208:211], off offset:768
.LBB0_48:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[26:27]
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v3, 0xc8, v0
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[26:27], s9, v3
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[30:31], s[34:35], s[26:27]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[28:29], s[30:31]
	s_cbranch_execz .LBB0_50
; %bb.49:
	global_store_dwordx4 v[4:5], a[212:215], off offset:800
.LBB0_50:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[28:29]
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v3, 0xd0, v0
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[28:29], s9, v3
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[28:29]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[30:31], s[40:41]
	s_cbranch_execz .LBB0_52
; %bb.51:
	global_store_dwordx4 v[4:5], a[216:219], off offset:832
.LBB0_52:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[30:31]
	.loc	1 23 31 is_stmt 1               ; spill.py:23:31
	v_or_b32_e32 v3, 0xd8, v0
	.loc	1 36 74                         ; spill.py:36:74
	v_cmp_gt_i32_e64 s[30:31], s9, v3
	.loc	1 36 56 is_stmt 0               ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[30:31]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[34:35], s[40:41]
	s_cbranch_execz .LBB0_54
; %bb.53:
	global_store_dwordx4 v[4:5], a[220:223], off offset:864
.LBB0_54:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[34:35]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	s_lshl_b32 s9, s13, 5
	v_add_u32_e32 v2, s9, v2
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v7, 32, v6
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v3, 31, v2
	v_lshl_add_u64 v[4:5], v[2:3], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[34:35], s8, v7
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[4:5], v[0:1], 2, v[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_173
; %bb.55:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_174
.LBB0_56:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_175
.LBB0_57:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_176
.LBB0_58:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[36:37]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_177
.LBB0_59:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_178
.LBB0_60:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[38:39]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_179
.LBB0_61:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[14:15]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_180
.LBB0_62:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[16:17]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_181
.LBB0_63:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[18:19]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_182
.LBB0_64:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[20:21]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_183
.LBB0_65:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_184
.LBB0_66:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_185
.LBB0_67:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[26:27]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_186
.LBB0_68:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[28:29]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_187
.LBB0_69:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[34:35], s[34:35], s[30:31]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_71
.LBB0_70:
	scratch_load_dwordx4 v[8:11], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dwordx4 v[4:5], v[20:23], off offset:864
.LBB0_71:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v2, s9, v2
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v7, 64, v6
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v3, 31, v2
	v_lshl_add_u64 v[4:5], v[2:3], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[34:35], s8, v7
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[4:5], v[0:1], 2, v[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_188
; %bb.72:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_189
.LBB0_73:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_190
.LBB0_74:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_191
.LBB0_75:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[36:37]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_192
.LBB0_76:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_193
.LBB0_77:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[38:39]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_194
.LBB0_78:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[14:15]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_195
.LBB0_79:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[16:17]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_196
.LBB0_80:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[18:19]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_197
.LBB0_81:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[20:21]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_198
.LBB0_82:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_199
.LBB0_83:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_200
.LBB0_84:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[26:27]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_201
.LBB0_85:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[28:29]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_202
.LBB0_86:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[34:35], s[34:35], s[30:31]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_88
.LBB0_87:
	scratch_load_dwordx4 v[8:11], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:944 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dwordx4 v[4:5], v[20:23], off offset:864
.LBB0_88:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v2, s9, v2
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v7, 0x60, v6
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v3, 31, v2
	v_lshl_add_u64 v[4:5], v[2:3], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[34:35], s8, v7
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[4:5], v[0:1], 2, v[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_203
; %bb.89:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_204
.LBB0_90:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_205
.LBB0_91:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_206
.LBB0_92:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[36:37]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_207
.LBB0_93:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_208
.LBB0_94:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[38:39]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_209
.LBB0_95:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[14:15]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_210
.LBB0_96:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[16:17]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_211
.LBB0_97:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[18:19]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_212
.LBB0_98:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[20:21]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_213
.LBB0_99:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_214
.LBB0_100:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_215
.LBB0_101:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[26:27]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_216
.LBB0_102:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[28:29]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_217
.LBB0_103:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[34:35], s[34:35], s[30:31]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_105
.LBB0_104:
	scratch_load_dwordx4 v[8:11], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dwordx4 v[4:5], v[20:23], off offset:864
.LBB0_105:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v2, s9, v2
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v7, 0x80, v6
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v3, 31, v2
	v_lshl_add_u64 v[4:5], v[2:3], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[34:35], s8, v7
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[4:5], v[0:1], 2, v[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_218
; %bb.106:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_219
.LBB0_107:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_220
.LBB0_108:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_221
.LBB0_109:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[36:37]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_222
.LBB0_110:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_223
.LBB0_111:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[38:39]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_224
.LBB0_112:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[14:15]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_225
.LBB0_113:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[16:17]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_226
.LBB0_114:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[18:19]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_227
.LBB0_115:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[20:21]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_228
.LBB0_116:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_229
.LBB0_117:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_230
.LBB0_118:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[26:27]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_231
.LBB0_119:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[28:29]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_232
.LBB0_120:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[34:35], s[34:35], s[30:31]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_122
.LBB0_121:
	global_store_dwordx4 v[4:5], a[60:63], off offset:864
.LBB0_122:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v2, s9, v2
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v7, 0xa0, v6
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v3, 31, v2
	v_lshl_add_u64 v[4:5], v[2:3], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[34:35], s8, v7
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[4:5], v[0:1], 2, v[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_233
; %bb.123:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_234
.LBB0_124:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_235
.LBB0_125:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_236
.LBB0_126:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[36:37]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_237
.LBB0_127:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_238
.LBB0_128:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[38:39]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_239
.LBB0_129:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[14:15]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_240
.LBB0_130:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[16:17]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_241
.LBB0_131:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[18:19]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_242
.LBB0_132:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[20:21]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_243
.LBB0_133:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_244
.LBB0_134:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_245
.LBB0_135:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[26:27]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_246
.LBB0_136:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[28:29]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_247
.LBB0_137:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[34:35], s[34:35], s[30:31]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_139
.LBB0_138:
	global_store_dwordx4 v[4:5], a[124:127], off offset:864
.LBB0_139:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v2, s9, v2
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v7, 0xc0, v6
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v3, 31, v2
	v_lshl_add_u64 v[4:5], v[2:3], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[34:35], s8, v7
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[4:5], v[0:1], 2, v[4:5]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_248
; %bb.140:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_249
.LBB0_141:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_250
.LBB0_142:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_251
.LBB0_143:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[36:37]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_252
.LBB0_144:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_253
.LBB0_145:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[38:39]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_254
.LBB0_146:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[14:15]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_255
.LBB0_147:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[16:17]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_256
.LBB0_148:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[18:19]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_257
.LBB0_149:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[20:21]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_258
.LBB0_150:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_259
.LBB0_151:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_260
.LBB0_152:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[26:27]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_261
.LBB0_153:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[28:29]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execnz .LBB0_262
.LBB0_154:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[34:35], s[34:35], s[30:31]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execz .LBB0_156
.LBB0_155:
	global_store_dwordx4 v[4:5], a[188:191], off offset:864
.LBB0_156:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[12:13]
	.loc	1 35 39 is_stmt 1               ; spill.py:35:39
	v_add_u32_e32 v2, s9, v2
	.loc	1 22 31                         ; spill.py:22:31
	v_or_b32_e32 v4, 0xe0, v6
	.loc	1 35 21                         ; spill.py:35:21
	v_ashrrev_i32_e32 v3, 31, v2
	v_lshl_add_u64 v[2:3], v[2:3], 2, s[6:7]
	.loc	1 36 50                         ; spill.py:36:50
	v_cmp_gt_i32_e64 s[6:7], s8, v4
	.loc	1 35 51                         ; spill.py:35:51
	v_lshl_add_u64 v[0:1], v[0:1], 2, v[2:3]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[12:13], s[6:7], vcc
	.loc	1 36 21 is_stmt 0               ; spill.py:36:21
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_263
; %bb.157:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[6:7], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execnz .LBB0_264
.LBB0_158:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_265
.LBB0_159:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_266
.LBB0_160:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[36:37]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_267
.LBB0_161:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_268
.LBB0_162:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[38:39]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_269
.LBB0_163:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[14:15]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_270
.LBB0_164:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[16:17]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_271
.LBB0_165:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[18:19]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_272
.LBB0_166:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[20:21]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_273
.LBB0_167:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_274
.LBB0_168:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_275
.LBB0_169:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[26:27]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_276
.LBB0_170:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[28:29]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_277
.LBB0_171:
	.loc	1 0 21                          ; spill.py:0:21
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[0:1], s[6:7], s[30:31]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_cbranch_execnz .LBB0_278
.LBB0_172:
	.loc	1 36 4                          ; spill.py:36:4
	s_endpgm
.LBB0_173:
	.loc	1 36 21                         ; spill.py:36:21
	scratch_load_dwordx4 v[8:11], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dwordx4 v[4:5], v[8:11], off
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_56
.LBB0_174:
	scratch_load_dwordx4 v[8:11], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dwordx4 v[4:5], v[12:15], off offset:32
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_57
.LBB0_175:
	scratch_load_dwordx4 v[8:11], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dwordx4 v[4:5], v[16:19], off offset:64
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_58
.LBB0_176:
	scratch_load_dwordx4 v[8:11], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dwordx4 v[4:5], v[20:23], off offset:96
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[36:37]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_59
.LBB0_177:
	scratch_load_dwordx4 v[8:11], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dwordx4 v[4:5], v[8:11], off offset:256
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_60
.LBB0_178:
	scratch_load_dwordx4 v[8:11], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dwordx4 v[4:5], v[12:15], off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[38:39]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_61
.LBB0_179:
	scratch_load_dwordx4 v[8:11], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dwordx4 v[4:5], v[16:19], off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[14:15]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_62
.LBB0_180:
	scratch_load_dwordx4 v[8:11], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dwordx4 v[4:5], v[20:23], off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[16:17]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_63
.LBB0_181:
	scratch_load_dwordx4 v[8:11], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dwordx4 v[4:5], v[8:11], off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[18:19]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_64
.LBB0_182:
	scratch_load_dwordx4 v[8:11], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dwordx4 v[4:5], v[12:15], off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[20:21]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_65
.LBB0_183:
	scratch_load_dwordx4 v[8:11], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dwordx4 v[4:5], v[16:19], off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_66
.LBB0_184:
	scratch_load_dwordx4 v[8:11], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dwordx4 v[4:5], v[20:23], off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_67
.LBB0_185:
	scratch_load_dwordx4 v[8:11], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dwordx4 v[4:5], v[8:11], off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[26:27]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_68
.LBB0_186:
	scratch_load_dwordx4 v[8:11], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dwordx4 v[4:5], v[12:15], off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[28:29]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_69
.LBB0_187:
	scratch_load_dwordx4 v[8:11], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dwordx4 v[4:5], v[16:19], off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[34:35], s[34:35], s[30:31]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_70
	s_branch .LBB0_71
.LBB0_188:
	scratch_load_dwordx4 v[8:11], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dwordx4 v[4:5], v[8:11], off
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_73
.LBB0_189:
	scratch_load_dwordx4 v[8:11], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dwordx4 v[4:5], v[12:15], off offset:32
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_74
.LBB0_190:
	scratch_load_dwordx4 v[8:11], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dwordx4 v[4:5], v[16:19], off offset:64
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_75
.LBB0_191:
	scratch_load_dwordx4 v[8:11], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dwordx4 v[4:5], v[20:23], off offset:96
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[36:37]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_76
.LBB0_192:
	scratch_load_dwordx4 v[8:11], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dwordx4 v[4:5], v[8:11], off offset:256
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_77
.LBB0_193:
	scratch_load_dwordx4 v[8:11], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dwordx4 v[4:5], v[12:15], off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[38:39]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_78
.LBB0_194:
	scratch_load_dwordx4 v[8:11], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dwordx4 v[4:5], v[16:19], off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[14:15]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_79
.LBB0_195:
	scratch_load_dwordx4 v[8:11], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:800 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:816 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dwordx4 v[4:5], v[20:23], off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[16:17]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_80
.LBB0_196:
	scratch_load_dwordx4 v[8:11], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dwordx4 v[4:5], v[8:11], off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[18:19]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_81
.LBB0_197:
	scratch_load_dwordx4 v[8:11], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dwordx4 v[4:5], v[12:15], off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[20:21]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_82
.LBB0_198:
	scratch_load_dwordx4 v[8:11], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dwordx4 v[4:5], v[16:19], off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_83
.LBB0_199:
	scratch_load_dwordx4 v[8:11], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dwordx4 v[4:5], v[20:23], off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_84
.LBB0_200:
	scratch_load_dwordx4 v[8:11], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:944 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dwordx4 v[4:5], v[8:11], off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[26:27]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_85
.LBB0_201:
	scratch_load_dwordx4 v[8:11], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:944 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dwordx4 v[4:5], v[12:15], off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[28:29]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_86
.LBB0_202:
	scratch_load_dwordx4 v[8:11], off, off offset:896 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:912 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:928 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:944 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dwordx4 v[4:5], v[16:19], off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[34:35], s[34:35], s[30:31]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_87
	s_branch .LBB0_88
.LBB0_203:
	scratch_load_dwordx4 v[8:11], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dwordx4 v[4:5], v[8:11], off
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_90
.LBB0_204:
	scratch_load_dwordx4 v[8:11], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dwordx4 v[4:5], v[12:15], off offset:32
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_91
.LBB0_205:
	scratch_load_dwordx4 v[8:11], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dwordx4 v[4:5], v[16:19], off offset:64
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_92
.LBB0_206:
	scratch_load_dwordx4 v[8:11], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dwordx4 v[4:5], v[20:23], off offset:96
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[36:37]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_93
.LBB0_207:
	scratch_load_dwordx4 v[8:11], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dwordx4 v[4:5], v[8:11], off offset:256
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_94
.LBB0_208:
	scratch_load_dwordx4 v[8:11], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dwordx4 v[4:5], v[12:15], off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[38:39]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_95
.LBB0_209:
	scratch_load_dwordx4 v[8:11], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dwordx4 v[4:5], v[16:19], off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[14:15]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_96
.LBB0_210:
	scratch_load_dwordx4 v[8:11], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dwordx4 v[4:5], v[20:23], off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[16:17]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_97
.LBB0_211:
	scratch_load_dwordx4 v[8:11], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dwordx4 v[4:5], v[8:11], off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[18:19]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_98
.LBB0_212:
	scratch_load_dwordx4 v[8:11], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dwordx4 v[4:5], v[12:15], off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[20:21]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_99
.LBB0_213:
	scratch_load_dwordx4 v[8:11], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dwordx4 v[4:5], v[16:19], off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_100
.LBB0_214:
	scratch_load_dwordx4 v[8:11], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dwordx4 v[4:5], v[20:23], off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_101
.LBB0_215:
	scratch_load_dwordx4 v[8:11], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dwordx4 v[4:5], v[8:11], off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[26:27]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_102
.LBB0_216:
	scratch_load_dwordx4 v[8:11], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dwordx4 v[4:5], v[12:15], off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[28:29]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_103
.LBB0_217:
	scratch_load_dwordx4 v[8:11], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dwordx4 v[4:5], v[16:19], off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[34:35], s[34:35], s[30:31]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_104
	s_branch .LBB0_105
.LBB0_218:
	scratch_load_dwordx4 v[8:11], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:1008 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dwordx4 v[4:5], v[8:11], off
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_107
.LBB0_219:
	scratch_load_dwordx4 v[8:11], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:1008 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dwordx4 v[4:5], v[12:15], off offset:32
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_108
.LBB0_220:
	scratch_load_dwordx4 v[8:11], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:1008 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dwordx4 v[4:5], v[16:19], off offset:64
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_109
.LBB0_221:
	scratch_load_dwordx4 v[8:11], off, off offset:960 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[12:15], off, off offset:976 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:992 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:1008 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dwordx4 v[4:5], v[20:23], off offset:96
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[36:37]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_110
.LBB0_222:
	global_store_dwordx4 v[4:5], a[16:19], off offset:256
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_111
.LBB0_223:
	global_store_dwordx4 v[4:5], a[20:23], off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[38:39]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_112
.LBB0_224:
	global_store_dwordx4 v[4:5], a[24:27], off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[14:15]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_113
.LBB0_225:
	global_store_dwordx4 v[4:5], a[28:31], off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[16:17]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_114
.LBB0_226:
	global_store_dwordx4 v[4:5], a[32:35], off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[18:19]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_115
.LBB0_227:
	global_store_dwordx4 v[4:5], a[36:39], off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[20:21]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_116
.LBB0_228:
	global_store_dwordx4 v[4:5], a[40:43], off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_117
.LBB0_229:
	global_store_dwordx4 v[4:5], a[44:47], off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_118
.LBB0_230:
	global_store_dwordx4 v[4:5], a[48:51], off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[26:27]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_119
.LBB0_231:
	global_store_dwordx4 v[4:5], a[52:55], off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[28:29]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_120
.LBB0_232:
	global_store_dwordx4 v[4:5], a[56:59], off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[34:35], s[34:35], s[30:31]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_121
	s_branch .LBB0_122
.LBB0_233:
	global_store_dwordx4 v[4:5], a[64:67], off
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_124
.LBB0_234:
	global_store_dwordx4 v[4:5], a[68:71], off offset:32
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_125
.LBB0_235:
	global_store_dwordx4 v[4:5], a[72:75], off offset:64
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_126
.LBB0_236:
	global_store_dwordx4 v[4:5], a[76:79], off offset:96
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[36:37]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_127
.LBB0_237:
	global_store_dwordx4 v[4:5], a[80:83], off offset:256
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_128
.LBB0_238:
	global_store_dwordx4 v[4:5], a[84:87], off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[38:39]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_129
.LBB0_239:
	global_store_dwordx4 v[4:5], a[88:91], off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[14:15]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_130
.LBB0_240:
	global_store_dwordx4 v[4:5], a[92:95], off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[16:17]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_131
.LBB0_241:
	global_store_dwordx4 v[4:5], a[96:99], off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[18:19]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_132
.LBB0_242:
	global_store_dwordx4 v[4:5], a[100:103], off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[20:21]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_133
.LBB0_243:
	global_store_dwordx4 v[4:5], a[104:107], off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_134
.LBB0_244:
	global_store_dwordx4 v[4:5], a[108:111], off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_135
.LBB0_245:
	global_store_dwordx4 v[4:5], a[112:115], off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[26:27]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_136
.LBB0_246:
	global_store_dwordx4 v[4:5], a[116:119], off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[28:29]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_137
.LBB0_247:
	global_store_dwordx4 v[4:5], a[120:123], off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[34:35], s[34:35], s[30:31]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_138
	s_branch .LBB0_139
.LBB0_248:
	global_store_dwordx4 v[4:5], a[128:131], off
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_141
.LBB0_249:
	global_store_dwordx4 v[4:5], a[132:135], off offset:32
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_142
.LBB0_250:
	global_store_dwordx4 v[4:5], a[136:139], off offset:64
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_143
.LBB0_251:
	global_store_dwordx4 v[4:5], a[140:143], off offset:96
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[36:37]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_144
.LBB0_252:
	global_store_dwordx4 v[4:5], a[144:147], off offset:256
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_145
.LBB0_253:
	global_store_dwordx4 v[4:5], a[148:151], off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[38:39]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_146
.LBB0_254:
	global_store_dwordx4 v[4:5], a[152:155], off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[14:15]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_147
.LBB0_255:
	global_store_dwordx4 v[4:5], a[156:159], off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[16:17]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_148
.LBB0_256:
	global_store_dwordx4 v[4:5], a[160:163], off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[18:19]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_149
.LBB0_257:
	global_store_dwordx4 v[4:5], a[164:167], off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[20:21]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_150
.LBB0_258:
	global_store_dwordx4 v[4:5], a[168:171], off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_151
.LBB0_259:
	global_store_dwordx4 v[4:5], a[172:175], off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_152
.LBB0_260:
	global_store_dwordx4 v[4:5], a[176:179], off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[26:27]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_153
.LBB0_261:
	global_store_dwordx4 v[4:5], a[180:183], off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[40:41], s[34:35], s[28:29]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[40:41]
	s_cbranch_execz .LBB0_154
.LBB0_262:
	global_store_dwordx4 v[4:5], a[184:187], off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[34:35], s[34:35], s[30:31]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[12:13], s[34:35]
	s_cbranch_execnz .LBB0_155
	s_branch .LBB0_156
.LBB0_263:
	global_store_dwordx4 v[0:1], a[192:195], off
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[8:9], s[6:7], s[0:1]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[8:9]
	s_cbranch_execz .LBB0_158
.LBB0_264:
	global_store_dwordx4 v[0:1], a[196:199], off offset:32
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[2:3]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_159
.LBB0_265:
	global_store_dwordx4 v[0:1], a[200:203], off offset:64
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[4:5]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_160
.LBB0_266:
	global_store_dwordx4 v[0:1], a[204:207], off offset:96
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[36:37]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_161
.LBB0_267:
	global_store_dwordx4 v[0:1], a[0:3], off offset:256
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[10:11]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_162
.LBB0_268:
	global_store_dwordx4 v[0:1], a[4:7], off offset:288
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[38:39]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_163
.LBB0_269:
	global_store_dwordx4 v[0:1], a[8:11], off offset:320
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[14:15]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_164
.LBB0_270:
	global_store_dwordx4 v[0:1], a[12:15], off offset:352
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[16:17]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_165
.LBB0_271:
	global_store_dwordx4 v[0:1], a[224:227], off offset:512
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[18:19]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_166
.LBB0_272:
	global_store_dwordx4 v[0:1], a[228:231], off offset:544
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[20:21]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_167
.LBB0_273:
	global_store_dwordx4 v[0:1], a[232:235], off offset:576
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[22:23]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_168
.LBB0_274:
	global_store_dwordx4 v[0:1], a[236:239], off offset:608
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[24:25]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_169
.LBB0_275:
	global_store_dwordx4 v[0:1], a[240:243], off offset:768
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[26:27]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_170
.LBB0_276:
	global_store_dwordx4 v[0:1], a[244:247], off offset:800
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[2:3], s[6:7], s[28:29]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_171
.LBB0_277:
	global_store_dwordx4 v[0:1], a[248:251], off offset:832
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 56                         ; spill.py:36:56
	s_and_b64 s[0:1], s[6:7], s[30:31]
	.loc	1 36 21                         ; spill.py:36:21
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_cbranch_execz .LBB0_172
.LBB0_278:
	global_store_dwordx4 v[0:1], a[252:255], off offset:864
	.loc	1 36 4                          ; spill.py:36:4
	s_endpgm
.Ltmp12:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel oversized_tile_fp8_gemm
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 2436
		.amdhsa_kernarg_size 56
		.amdhsa_user_sgpr_count 16
		.amdhsa_user_sgpr_dispatch_ptr 0
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_kernarg_preload_length 14
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 1
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 512
		.amdhsa_next_free_sgpr 42
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
	.size	oversized_tile_fp8_gemm, .Lfunc_end0-oversized_tile_fp8_gemm
	.cfi_endproc
                                        ; -- End function
	.set oversized_tile_fp8_gemm.num_vgpr, 256
	.set oversized_tile_fp8_gemm.num_agpr, 256
	.set oversized_tile_fp8_gemm.numbered_sgpr, 42
	.set oversized_tile_fp8_gemm.private_seg_size, 2436
	.set oversized_tile_fp8_gemm.uses_vcc, 1
	.set oversized_tile_fp8_gemm.uses_flat_scratch, 0
	.set oversized_tile_fp8_gemm.has_dyn_sized_stack, 0
	.set oversized_tile_fp8_gemm.has_recursion, 0
	.set oversized_tile_fp8_gemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 73044
; TotalNumSgprs: 48
; NumVgprs: 256
; NumAgprs: 256
; TotalNumVgprs: 512
; ScratchSize: 2436
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 5
; VGPRBlocks: 63
; NumSGPRsForWavesPerEU: 48
; NumVGPRsForWavesPerEU: 512
; AccumOffset: 256
; Occupancy: 1
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 1
; COMPUTE_PGM_RSRC2:USER_SGPR: 16
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
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
	.byte	1                               ; Abbrev [1] 0xb:0x40 DW_TAG_compile_unit
	.long	.Linfo_string0                  ; DW_AT_producer
	.short	2                               ; DW_AT_language
	.long	.Linfo_string1                  ; DW_AT_name
	.long	.Lline_table_start0             ; DW_AT_stmt_list
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.byte	2                               ; Abbrev [2] 0x26:0x6 DW_TAG_subprogram
	.long	.Linfo_string2                  ; DW_AT_name
	.byte	1                               ; DW_AT_inline
	.byte	3                               ; Abbrev [3] 0x2c:0x1e DW_TAG_subprogram
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.long	38                              ; DW_AT_abstract_origin
	.byte	4                               ; Abbrev [4] 0x3d:0xc DW_TAG_inlined_subroutine
	.long	38                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges0                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	29                              ; DW_AT_call_line
	.byte	33                              ; DW_AT_call_column
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_ranges,"",@progbits
.Ldebug_ranges0:
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
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
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0
.Linfo_string1:
	.asciz	"spill.py"                      ; string offset=7
.Linfo_string2:
	.asciz	"oversized_tile_fp8_gemm"       ; string offset=16
	.section	".note.GNU-stack","",@progbits
	.amdgpu_metadata
---
amdhsa.kernels:
  - .agpr_count:     256
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
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 56
    .max_flat_workgroup_size: 128
    .name:           oversized_tile_fp8_gemm
    .private_segment_fixed_size: 2436
    .sgpr_count:     48
    .sgpr_spill_count: 0
    .symbol:         oversized_tile_fp8_gemm.kd
    .uses_dynamic_stack: false
    .vgpr_count:     512
    .vgpr_spill_count: 1277
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx942
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

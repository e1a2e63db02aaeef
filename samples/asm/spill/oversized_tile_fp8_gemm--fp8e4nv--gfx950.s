	.amdgcn_target "amdgpu9.50-amd-amdhsa-unknown-gfx950"
	.amdhsa_code_object_version 5
	.text
	.globl	oversized_tile_fp8_gemm         ; -- Begin function oversized_tile_fp8_gemm
	.p2align	8
	.type	oversized_tile_fp8_gemm,@function
oversized_tile_fp8_gemm:                ; @oversized_tile_fp8_gemm
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.1288:
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
; %bb.1289:
.LBB0_0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
                                        ; implicit-def: $vgpr255 : SGPR spill to VGPR lane
.Ltmp1:
	.loc	1 31 13 is_stmt 1               ; spill.py:31:13
	v_readfirstlane_b32 s0, v0
	v_writelane_b32 v255, s13, 0
	v_writelane_b32 v255, s6, 1
	.loc	1 36 5                          ; spill.py:36:5
	s_and_b32 s42, s0, 64
	.loc	1 22 14                         ; spill.py:22:14
	s_lshl_b32 s0, s16, 8
	v_writelane_b32 v255, s7, 2
	.loc	1 22 32 is_stmt 0               ; spill.py:22:32
	v_and_or_b32 v1, v0, 63, s42
	v_accvgpr_write_b32 a122, v1            ;  Reload Reuse
	v_lshrrev_b32_e32 v1, 4, v1
	v_writelane_b32 v255, s0, 3
	.loc	1 22 14                         ; spill.py:22:14
	v_or_b32_e32 v4, s0, v1
	v_writelane_b32 v255, s8, 5
	.loc	1 25 22 is_stmt 1               ; spill.py:25:22
	v_mul_lo_u32 v2, v4, s11
	.loc	1 25 52 is_stmt 0               ; spill.py:25:52
	v_and_b32_e32 v76, 15, v0
.Ltmp2:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 43 13 is_stmt 1               ; standard.py:43:13 @[ spill.py:29:23 ]
	s_add_i32 s33, s10, 15
.Ltmp3:
	.loc	1 30 35                         ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s8, v4
	v_writelane_b32 v255, s10, 6
	.loc	1 25 14                         ; spill.py:25:14
	v_ashrrev_i32_e32 v3, 31, v2
	v_mov_b32_e32 v33, 0
	.loc	1 29 5                          ; spill.py:29:5
	s_cmp_gt_i32 s33, 15
	.loc	1 30 59                         ; spill.py:30:59
	v_cmp_gt_i32_e32 vcc, s10, v76
	v_writelane_b32 v255, s0, 8
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[2:3], s[2:3], 0, v[2:3]
	v_mov_b32_e32 v77, v33
	.loc	1 29 5                          ; spill.py:29:5
	s_cselect_b64 s[36:37], -1, 0
	v_writelane_b32 v255, s1, 9
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[2:3], v[2:3], 0, v[76:77]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	v_mov_b32_e32 v34, 0
	scratch_store_dwordx2 off, v[2:3], off offset:768 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_2
; %bb.1:
	scratch_load_dwordx2 v[2:3], off, off offset:768 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v34, v[2:3], off
.LBB0_2:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v2, 8, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	s_nop 1
	v_or_b32_e32 v3, s0, v2
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v4, v3, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v5, 31, v4
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s0, v3
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[4:5], s[2:3], 0, v[4:5]
	v_lshl_add_u64 v[4:5], v[4:5], 0, v[76:77]
	v_writelane_b32 v255, s0, 10
	scratch_store_dwordx2 off, v[4:5], off offset:832 ; 8-byte Folded Spill
	s_nop 0
	v_writelane_b32 v255, s1, 11
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_4
; %bb.3:
	scratch_load_dwordx2 v[4:5], off, off offset:832 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v33, v[4:5], off
.LBB0_4:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v3, 16, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	v_mov_b32_e32 v35, 0
	v_mov_b32_e32 v36, 0
	v_or_b32_e32 v6, s0, v3
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v4, v6, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v5, 31, v4
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s0, v6
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[4:5], s[2:3], 0, v[4:5]
	v_lshl_add_u64 v[4:5], v[4:5], 0, v[76:77]
	v_writelane_b32 v255, s0, 12
	scratch_store_dwordx2 off, v[4:5], off offset:896 ; 8-byte Folded Spill
	s_nop 0
	v_writelane_b32 v255, s1, 13
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_6
; %bb.5:
	scratch_load_dwordx2 v[4:5], off, off offset:896 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v36, v[4:5], off
.LBB0_6:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v4, 24, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	s_nop 1
	v_or_b32_e32 v5, s0, v4
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v6, v5, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v7, 31, v6
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s0, v5
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[6:7], s[2:3], 0, v[6:7]
	v_lshl_add_u64 v[6:7], v[6:7], 0, v[76:77]
	v_writelane_b32 v255, s0, 14
	scratch_store_dwordx2 off, v[6:7], off offset:904 ; 8-byte Folded Spill
	s_nop 0
	v_writelane_b32 v255, s1, 15
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_8
; %bb.7:
	scratch_load_dwordx2 v[6:7], off, off offset:904 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v35, v[6:7], off
.LBB0_8:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v5, 32, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	v_mov_b32_e32 v37, 0
	v_mov_b32_e32 v38, 0
	v_or_b32_e32 v8, s0, v5
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v6, v8, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v7, 31, v6
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s0, v8
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[6:7], s[2:3], 0, v[6:7]
	v_lshl_add_u64 v[6:7], v[6:7], 0, v[76:77]
	v_writelane_b32 v255, s0, 16
	scratch_store_dwordx2 off, v[6:7], off offset:912 ; 8-byte Folded Spill
	s_nop 0
	v_writelane_b32 v255, s1, 17
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_10
; %bb.9:
	scratch_load_dwordx2 v[6:7], off, off offset:912 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v38, v[6:7], off
.LBB0_10:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v6, 40, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	s_nop 1
	v_or_b32_e32 v7, s0, v6
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v8, v7, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v9, 31, v8
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s0, v7
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[8:9], s[2:3], 0, v[8:9]
	v_lshl_add_u64 v[8:9], v[8:9], 0, v[76:77]
	v_writelane_b32 v255, s0, 18
	scratch_store_dwordx2 off, v[8:9], off offset:920 ; 8-byte Folded Spill
	s_nop 0
	v_writelane_b32 v255, s1, 19
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_12
; %bb.11:
	scratch_load_dwordx2 v[8:9], off, off offset:920 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v37, v[8:9], off
.LBB0_12:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v7, 48, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	v_mov_b32_e32 v39, 0
	v_mov_b32_e32 v40, 0
	v_or_b32_e32 v10, s0, v7
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v8, v10, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v9, 31, v8
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s0, v10
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[8:9], s[2:3], 0, v[8:9]
	v_lshl_add_u64 v[8:9], v[8:9], 0, v[76:77]
	v_writelane_b32 v255, s0, 20
	scratch_store_dwordx2 off, v[8:9], off offset:928 ; 8-byte Folded Spill
	s_nop 0
	v_writelane_b32 v255, s1, 21
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_14
; %bb.13:
	scratch_load_dwordx2 v[8:9], off, off offset:928 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v40, v[8:9], off
.LBB0_14:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v8, 56, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	s_nop 1
	v_or_b32_e32 v9, s0, v8
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v10, v9, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v11, 31, v10
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s0, v9
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[10:11], s[2:3], 0, v[10:11]
	v_lshl_add_u64 v[10:11], v[10:11], 0, v[76:77]
	v_writelane_b32 v255, s0, 22
	scratch_store_dwordx2 off, v[10:11], off offset:936 ; 8-byte Folded Spill
	s_nop 0
	v_writelane_b32 v255, s1, 23
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_16
; %bb.15:
	scratch_load_dwordx2 v[10:11], off, off offset:936 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v39, v[10:11], off
.LBB0_16:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v9, 64, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	v_mov_b32_e32 v41, 0
	v_mov_b32_e32 v42, 0
	v_or_b32_e32 v12, s0, v9
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v10, v12, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v11, 31, v10
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s0, v12
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[10:11], s[2:3], 0, v[10:11]
	v_lshl_add_u64 v[10:11], v[10:11], 0, v[76:77]
	v_writelane_b32 v255, s0, 24
	scratch_store_dwordx2 off, v[10:11], off offset:944 ; 8-byte Folded Spill
	s_nop 0
	v_writelane_b32 v255, s1, 25
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_18
; %bb.17:
	scratch_load_dwordx2 v[10:11], off, off offset:944 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v42, v[10:11], off
.LBB0_18:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v10, 0x48, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	s_nop 1
	v_or_b32_e32 v11, s0, v10
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v12, v11, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v13, 31, v12
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s0, v11
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[12:13], s[2:3], 0, v[12:13]
	v_lshl_add_u64 v[12:13], v[12:13], 0, v[76:77]
	v_writelane_b32 v255, s0, 26
	scratch_store_dwordx2 off, v[12:13], off offset:952 ; 8-byte Folded Spill
	s_nop 0
	v_writelane_b32 v255, s1, 27
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_20
; %bb.19:
	scratch_load_dwordx2 v[12:13], off, off offset:952 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v41, v[12:13], off
.LBB0_20:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v11, 0x50, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	v_mov_b32_e32 v43, 0
	v_mov_b32_e32 v44, 0
	v_or_b32_e32 v14, s0, v11
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v12, v14, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v13, 31, v12
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s0, v14
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[12:13], s[2:3], 0, v[12:13]
	v_lshl_add_u64 v[12:13], v[12:13], 0, v[76:77]
	v_writelane_b32 v255, s0, 28
	scratch_store_dwordx2 off, v[12:13], off offset:960 ; 8-byte Folded Spill
	s_nop 0
	v_writelane_b32 v255, s1, 29
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_22
; %bb.21:
	scratch_load_dwordx2 v[12:13], off, off offset:960 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v44, v[12:13], off
.LBB0_22:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v12, 0x58, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	s_nop 1
	v_or_b32_e32 v13, s0, v12
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v14, v13, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v15, 31, v14
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s0, v13
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[14:15], s[2:3], 0, v[14:15]
	v_lshl_add_u64 v[14:15], v[14:15], 0, v[76:77]
	v_writelane_b32 v255, s0, 30
	scratch_store_dwordx2 off, v[14:15], off offset:968 ; 8-byte Folded Spill
	s_nop 0
	v_writelane_b32 v255, s1, 31
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_24
; %bb.23:
	scratch_load_dwordx2 v[14:15], off, off offset:968 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v43, v[14:15], off
.LBB0_24:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v13, 0x60, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	v_mov_b32_e32 v45, 0
	v_mov_b32_e32 v46, 0
	v_or_b32_e32 v16, s0, v13
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v14, v16, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v15, 31, v14
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s0, v16
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[14:15], s[2:3], 0, v[14:15]
	v_lshl_add_u64 v[14:15], v[14:15], 0, v[76:77]
	v_writelane_b32 v255, s0, 32
	scratch_store_dwordx2 off, v[14:15], off offset:976 ; 8-byte Folded Spill
	s_nop 0
	v_writelane_b32 v255, s1, 33
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_26
; %bb.25:
	scratch_load_dwordx2 v[14:15], off, off offset:976 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v46, v[14:15], off
.LBB0_26:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v14, 0x68, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	s_nop 1
	v_or_b32_e32 v15, s0, v14
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v16, v15, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v17, 31, v16
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s0, v15
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[16:17], s[2:3], 0, v[16:17]
	v_lshl_add_u64 v[16:17], v[16:17], 0, v[76:77]
	v_writelane_b32 v255, s0, 34
	scratch_store_dwordx2 off, v[16:17], off offset:984 ; 8-byte Folded Spill
	s_nop 0
	v_writelane_b32 v255, s1, 35
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_28
; %bb.27:
	scratch_load_dwordx2 v[16:17], off, off offset:984 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v45, v[16:17], off
.LBB0_28:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v15, 0x70, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	v_mov_b32_e32 v47, 0
	v_mov_b32_e32 v48, 0
	v_or_b32_e32 v18, s0, v15
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v16, v18, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v17, 31, v16
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s0, v18
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[16:17], s[2:3], 0, v[16:17]
	v_lshl_add_u64 v[16:17], v[16:17], 0, v[76:77]
	v_writelane_b32 v255, s0, 36
	scratch_store_dwordx2 off, v[16:17], off offset:992 ; 8-byte Folded Spill
	s_nop 0
	v_writelane_b32 v255, s1, 37
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_30
; %bb.29:
	scratch_load_dwordx2 v[16:17], off, off offset:992 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v48, v[16:17], off
.LBB0_30:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v16, 0x78, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	s_nop 1
	v_or_b32_e32 v17, s0, v16
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v18, v17, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v19, 31, v18
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s0, v17
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[18:19], s[2:3], 0, v[18:19]
	v_lshl_add_u64 v[18:19], v[18:19], 0, v[76:77]
	v_writelane_b32 v255, s0, 38
	scratch_store_dwordx2 off, v[18:19], off offset:1000 ; 8-byte Folded Spill
	s_nop 0
	v_writelane_b32 v255, s1, 39
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_32
; %bb.31:
	scratch_load_dwordx2 v[18:19], off, off offset:1000 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v47, v[18:19], off
.LBB0_32:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v17, 0x80, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	v_mov_b32_e32 v49, 0
	v_mov_b32_e32 v50, 0
	v_or_b32_e32 v20, s0, v17
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v18, v20, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v19, 31, v18
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s0, v20
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[18:19], s[2:3], 0, v[18:19]
	v_lshl_add_u64 v[18:19], v[18:19], 0, v[76:77]
	v_writelane_b32 v255, s0, 40
	scratch_store_dwordx2 off, v[18:19], off offset:1008 ; 8-byte Folded Spill
	s_nop 0
	v_writelane_b32 v255, s1, 41
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_34
; %bb.33:
	scratch_load_dwordx2 v[18:19], off, off offset:1008 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v50, v[18:19], off
.LBB0_34:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v18, 0x88, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	s_nop 1
	v_or_b32_e32 v19, s0, v18
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v20, v19, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v21, 31, v20
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s0, v19
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[20:21], s[2:3], 0, v[20:21]
	v_lshl_add_u64 v[20:21], v[20:21], 0, v[76:77]
	v_writelane_b32 v255, s0, 42
	scratch_store_dwordx2 off, v[20:21], off offset:1016 ; 8-byte Folded Spill
	s_nop 0
	v_writelane_b32 v255, s1, 43
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_36
; %bb.35:
	scratch_load_dwordx2 v[20:21], off, off offset:1016 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v49, v[20:21], off
.LBB0_36:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v19, 0x90, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	v_mov_b32_e32 v51, 0
	v_mov_b32_e32 v52, 0
	v_or_b32_e32 v22, s0, v19
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v20, v22, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v21, 31, v20
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s0, v22
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[20:21], s[2:3], 0, v[20:21]
	v_lshl_add_u64 v[20:21], v[20:21], 0, v[76:77]
	v_writelane_b32 v255, s0, 44
	scratch_store_dwordx2 off, v[20:21], off offset:1024 ; 8-byte Folded Spill
	s_nop 0
	v_writelane_b32 v255, s1, 45
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_38
; %bb.37:
	scratch_load_dwordx2 v[20:21], off, off offset:1024 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v52, v[20:21], off
.LBB0_38:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v20, 0x98, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	s_nop 1
	v_or_b32_e32 v21, s0, v20
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v22, v21, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v23, 31, v22
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s0, v21
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[22:23], s[2:3], 0, v[22:23]
	v_lshl_add_u64 v[22:23], v[22:23], 0, v[76:77]
	v_writelane_b32 v255, s0, 46
	scratch_store_dwordx2 off, v[22:23], off offset:1032 ; 8-byte Folded Spill
	s_nop 0
	v_writelane_b32 v255, s1, 47
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_40
; %bb.39:
	scratch_load_dwordx2 v[22:23], off, off offset:1032 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v51, v[22:23], off
.LBB0_40:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v21, 0xa0, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	v_mov_b32_e32 v53, 0
	v_mov_b32_e32 v54, 0
	v_or_b32_e32 v24, s0, v21
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v22, v24, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v23, 31, v22
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s0, v24
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[22:23], s[2:3], 0, v[22:23]
	v_lshl_add_u64 v[22:23], v[22:23], 0, v[76:77]
	v_writelane_b32 v255, s0, 48
	scratch_store_dwordx2 off, v[22:23], off offset:1040 ; 8-byte Folded Spill
	s_nop 0
	v_writelane_b32 v255, s1, 49
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_42
; %bb.41:
	scratch_load_dwordx2 v[22:23], off, off offset:1040 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v54, v[22:23], off
.LBB0_42:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v22, 0xa8, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	s_nop 1
	v_or_b32_e32 v23, s0, v22
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 22                         ; spill.py:25:22
	v_mul_lo_u32 v24, v23, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v25, 31, v24
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_cmp_gt_i32_e64 s[0:1], s0, v23
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[24:25], s[2:3], 0, v[24:25]
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[76:77]
	v_writelane_b32 v255, s0, 50
	scratch_store_dwordx2 off, v[24:25], off offset:1048 ; 8-byte Folded Spill
	s_nop 0
	v_writelane_b32 v255, s1, 51
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[0:1]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_44
; %bb.43:
	scratch_load_dwordx2 v[24:25], off, off offset:1048 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v53, v[24:25], off
.LBB0_44:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v23, 0xb0, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	v_mov_b32_e32 v55, 0
	v_mov_b32_e32 v56, 0
	v_or_b32_e32 v26, s0, v23
	.loc	1 25 22 is_stmt 1               ; spill.py:25:22
	v_mul_lo_u32 v24, v26, s11
	.loc	1 30 35                         ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 14                         ; spill.py:25:14
	v_ashrrev_i32_e32 v25, 31, v24
	v_lshl_add_u64 v[24:25], s[2:3], 0, v[24:25]
	.loc	1 30 35                         ; spill.py:30:35
	v_cmp_gt_i32_e64 s[46:47], s0, v26
	.loc	1 30 34 is_stmt 0               ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[46:47]
	.loc	1 25 14 is_stmt 1               ; spill.py:25:14
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[76:77]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	scratch_store_dwordx2 off, v[24:25], off offset:1056 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_46
; %bb.45:
	scratch_load_dwordx2 v[24:25], off, off offset:1056 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v56, v[24:25], off
.LBB0_46:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v24, 0xb8, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	s_nop 1
	v_or_b32_e32 v25, s0, v24
	.loc	1 25 22 is_stmt 1               ; spill.py:25:22
	v_mul_lo_u32 v26, v25, s11
	.loc	1 30 35                         ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 14                         ; spill.py:25:14
	v_ashrrev_i32_e32 v27, 31, v26
	v_lshl_add_u64 v[26:27], s[2:3], 0, v[26:27]
	.loc	1 30 35                         ; spill.py:30:35
	v_cmp_gt_i32_e64 s[48:49], s0, v25
	.loc	1 30 34 is_stmt 0               ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[48:49]
	.loc	1 25 14 is_stmt 1               ; spill.py:25:14
	v_lshl_add_u64 v[26:27], v[26:27], 0, v[76:77]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	scratch_store_dwordx2 off, v[26:27], off offset:1064 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_48
; %bb.47:
	scratch_load_dwordx2 v[26:27], off, off offset:1064 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v55, v[26:27], off
.LBB0_48:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v25, 0xc0, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	v_mov_b32_e32 v57, 0
	v_mov_b32_e32 v58, 0
	v_or_b32_e32 v28, s0, v25
	.loc	1 25 22 is_stmt 1               ; spill.py:25:22
	v_mul_lo_u32 v26, v28, s11
	.loc	1 30 35                         ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 14                         ; spill.py:25:14
	v_ashrrev_i32_e32 v27, 31, v26
	v_lshl_add_u64 v[26:27], s[2:3], 0, v[26:27]
	.loc	1 30 35                         ; spill.py:30:35
	v_cmp_gt_i32_e64 s[50:51], s0, v28
	.loc	1 30 34 is_stmt 0               ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[50:51]
	.loc	1 25 14 is_stmt 1               ; spill.py:25:14
	v_lshl_add_u64 v[26:27], v[26:27], 0, v[76:77]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	scratch_store_dwordx2 off, v[26:27], off offset:1072 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_50
; %bb.49:
	scratch_load_dwordx2 v[26:27], off, off offset:1072 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte v58, v[26:27], off
.LBB0_50:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v26, 0xc8, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	s_nop 1
	v_or_b32_e32 v27, s0, v26
	.loc	1 25 22 is_stmt 1               ; spill.py:25:22
	v_mul_lo_u32 v28, v27, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v29, 31, v28
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[28:29], s[2:3], 0, v[28:29]
	v_lshl_add_u64 v[28:29], v[28:29], 0, v[76:77]
	.loc	1 30 35                         ; spill.py:30:35
	v_cmp_gt_i32_e64 s[52:53], s0, v27
	.loc	1 30 34 is_stmt 0               ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[52:53]
	v_accvgpr_write_b32 a229, v29
	v_accvgpr_write_b32 a228, v28
	.loc	1 29 5 is_stmt 1                ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_52
; %bb.51:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v28, a228
	v_accvgpr_read_b32 v29, a229
	.loc	1 30 13                         ; spill.py:30:13
	global_load_ubyte v57, v[28:29], off
.LBB0_52:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v27, 0xd0, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	v_mov_b32_e32 v59, 0
	v_mov_b32_e32 v60, 0
	v_or_b32_e32 v30, s0, v27
	.loc	1 25 22 is_stmt 1               ; spill.py:25:22
	v_mul_lo_u32 v28, v30, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v29, 31, v28
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[28:29], s[2:3], 0, v[28:29]
	v_lshl_add_u64 v[28:29], v[28:29], 0, v[76:77]
	.loc	1 30 35                         ; spill.py:30:35
	v_cmp_gt_i32_e64 s[54:55], s0, v30
	.loc	1 30 34 is_stmt 0               ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[54:55]
	v_accvgpr_write_b32 a231, v29
	v_accvgpr_write_b32 a230, v28
	.loc	1 29 5 is_stmt 1                ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_54
; %bb.53:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v28, a230
	v_accvgpr_read_b32 v29, a231
	.loc	1 30 13                         ; spill.py:30:13
	global_load_ubyte v60, v[28:29], off
.LBB0_54:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v28, 0xd8, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	s_nop 1
	v_or_b32_e32 v29, s0, v28
	.loc	1 25 22 is_stmt 1               ; spill.py:25:22
	v_mul_lo_u32 v30, v29, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v31, 31, v30
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[30:31], s[2:3], 0, v[30:31]
	v_lshl_add_u64 v[30:31], v[30:31], 0, v[76:77]
	.loc	1 30 35                         ; spill.py:30:35
	v_cmp_gt_i32_e64 s[56:57], s0, v29
	.loc	1 30 34 is_stmt 0               ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[56:57]
	v_accvgpr_write_b32 a233, v31
	v_accvgpr_write_b32 a232, v30
	.loc	1 29 5 is_stmt 1                ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_56
; %bb.55:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v30, a232
	v_accvgpr_read_b32 v31, a233
	.loc	1 30 13                         ; spill.py:30:13
	global_load_ubyte v59, v[30:31], off
.LBB0_56:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v29, 0xe0, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	v_mov_b32_e32 v61, 0
	v_mov_b32_e32 v62, 0
	v_or_b32_e32 v32, s0, v29
	.loc	1 25 22 is_stmt 1               ; spill.py:25:22
	v_mul_lo_u32 v30, v32, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v31, 31, v30
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[30:31], s[2:3], 0, v[30:31]
	v_lshl_add_u64 v[30:31], v[30:31], 0, v[76:77]
	.loc	1 30 35                         ; spill.py:30:35
	v_cmp_gt_i32_e64 s[58:59], s0, v32
	.loc	1 30 34 is_stmt 0               ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[58:59]
	v_accvgpr_write_b32 a235, v31
	v_accvgpr_write_b32 a234, v30
	.loc	1 29 5 is_stmt 1                ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_58
; %bb.57:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v30, a234
	v_accvgpr_read_b32 v31, a235
	.loc	1 30 13                         ; spill.py:30:13
	global_load_ubyte v62, v[30:31], off
.LBB0_58:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v30, 0xe8, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	s_nop 1
	v_or_b32_e32 v31, s0, v30
	.loc	1 25 22 is_stmt 1               ; spill.py:25:22
	v_mul_lo_u32 v64, v31, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v65, 31, v64
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[64:65], s[2:3], 0, v[64:65]
	v_lshl_add_u64 v[64:65], v[64:65], 0, v[76:77]
	.loc	1 30 35                         ; spill.py:30:35
	v_cmp_gt_i32_e64 s[60:61], s0, v31
	.loc	1 30 34 is_stmt 0               ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[60:61]
	v_accvgpr_write_b32 a237, v65
	v_accvgpr_write_b32 a236, v64
	.loc	1 29 5 is_stmt 1                ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_60
; %bb.59:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v64, a236
	v_accvgpr_read_b32 v65, a237
	.loc	1 30 13                         ; spill.py:30:13
	global_load_ubyte v61, v[64:65], off
.LBB0_60:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v31, 0xf0, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	v_mov_b32_e32 v63, 0
	s_nop 0
	v_or_b32_e32 v32, s0, v31
	.loc	1 25 22 is_stmt 1               ; spill.py:25:22
	v_mul_lo_u32 v64, v32, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v65, 31, v64
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[64:65], s[2:3], 0, v[64:65]
	v_lshl_add_u64 v[64:65], v[64:65], 0, v[76:77]
	.loc	1 30 35                         ; spill.py:30:35
	v_cmp_gt_i32_e64 s[62:63], s0, v32
	.loc	1 30 34 is_stmt 0               ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[62:63]
	v_accvgpr_write_b32 a239, v65
	v_accvgpr_write_b32 a238, v64
	.loc	1 29 5 is_stmt 1                ; spill.py:29:5
	s_and_b64 s[6:7], s[36:37], s[0:1]
	v_mov_b32_e32 v64, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_62
; %bb.61:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v64, a238
	v_accvgpr_read_b32 v65, a239
	.loc	1 30 13                         ; spill.py:30:13
	global_load_ubyte v64, v[64:65], off
.LBB0_62:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_or_b32_e32 v32, 0xf8, v1
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	s_nop 1
	v_or_b32_e32 v65, s0, v32
	.loc	1 25 22 is_stmt 1               ; spill.py:25:22
	v_mul_lo_u32 v66, v65, s11
	.loc	1 25 14 is_stmt 0               ; spill.py:25:14
	v_ashrrev_i32_e32 v67, 31, v66
	.loc	1 30 35 is_stmt 1               ; spill.py:30:35
	v_readlane_b32 s0, v255, 5
	.loc	1 25 14                         ; spill.py:25:14
	v_lshl_add_u64 v[66:67], s[2:3], 0, v[66:67]
	v_lshl_add_u64 v[66:67], v[66:67], 0, v[76:77]
	.loc	1 30 35                         ; spill.py:30:35
	v_cmp_gt_i32_e64 s[64:65], s0, v65
	.loc	1 30 34 is_stmt 0               ; spill.py:30:34
	s_and_b64 s[0:1], vcc, s[64:65]
	v_accvgpr_write_b32 a217, v67
	v_accvgpr_write_b32 a216, v66
	.loc	1 29 5 is_stmt 1                ; spill.py:29:5
	s_and_b64 s[2:3], s[36:37], s[0:1]
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_64
; %bb.63:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a216
	v_accvgpr_read_b32 v67, a217
	.loc	1 30 13                         ; spill.py:30:13
	global_load_ubyte v63, v[66:67], off
.LBB0_64:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	s_lshl_b32 s8, s17, 8
	v_or_b32_e32 v1, s8, v1
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v66, v1, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v67, 31, v66
	v_lshl_add_u64 v[66:67], s[4:5], 0, v[66:67]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[66:67], s9, v1
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[66:67], v[66:67], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[0:1], vcc, s[66:67]
	v_accvgpr_write_b32 a219, v67
	v_accvgpr_write_b32 a218, v66
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[2:3], s[36:37], s[0:1]
	v_mov_b32_e32 v1, 0
	v_mov_b32_e32 v65, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_66
; %bb.65:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a218
	v_accvgpr_read_b32 v67, a219
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v65, v[66:67], off
.LBB0_66:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v2, s8, v2
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v66, v2, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v67, 31, v66
	v_lshl_add_u64 v[66:67], s[4:5], 0, v[66:67]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[68:69], s9, v2
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[66:67], v[66:67], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[0:1], vcc, s[68:69]
	v_accvgpr_write_b32 a221, v67
	v_accvgpr_write_b32 a220, v66
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[2:3], s[36:37], s[0:1]
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_68
; %bb.67:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a220
	v_accvgpr_read_b32 v67, a221
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v1, v[66:67], off
.LBB0_68:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v66, s8, v3
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v2, v66, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v3, 31, v2
	v_lshl_add_u64 v[2:3], s[4:5], 0, v[2:3]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[70:71], s9, v66
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[2:3], v[2:3], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[0:1], vcc, s[70:71]
	v_accvgpr_write_b32 a241, v3
	v_accvgpr_write_b32 a240, v2
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[2:3], s[36:37], s[0:1]
	v_mov_b32_e32 v2, 0
	v_mov_b32_e32 v3, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_70
; %bb.69:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a240
	v_accvgpr_read_b32 v67, a241
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v3, v[66:67], off
.LBB0_70:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v4, s8, v4
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v66, v4, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v67, 31, v66
	v_lshl_add_u64 v[66:67], s[4:5], 0, v[66:67]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[72:73], s9, v4
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[66:67], v[66:67], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[0:1], vcc, s[72:73]
	v_accvgpr_write_b32 a243, v67
	v_accvgpr_write_b32 a242, v66
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[2:3], s[36:37], s[0:1]
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_72
; %bb.71:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a242
	v_accvgpr_read_b32 v67, a243
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v2, v[66:67], off
.LBB0_72:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v66, s8, v5
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v4, v66, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v5, 31, v4
	v_lshl_add_u64 v[4:5], s[4:5], 0, v[4:5]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[74:75], s9, v66
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[4:5], v[4:5], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[0:1], vcc, s[74:75]
	v_accvgpr_write_b32 a245, v5
	v_accvgpr_write_b32 a244, v4
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[2:3], s[36:37], s[0:1]
	v_mov_b32_e32 v4, 0
	v_mov_b32_e32 v5, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_74
; %bb.73:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a244
	v_accvgpr_read_b32 v67, a245
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v5, v[66:67], off
.LBB0_74:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v6, s8, v6
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v66, v6, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v67, 31, v66
	v_lshl_add_u64 v[66:67], s[4:5], 0, v[66:67]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[6:7], s9, v6
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[66:67], v[66:67], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[0:1], vcc, s[6:7]
	v_accvgpr_write_b32 a247, v67
	v_accvgpr_write_b32 a246, v66
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[2:3], s[36:37], s[0:1]
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_76
; %bb.75:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a246
	v_accvgpr_read_b32 v67, a247
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v4, v[66:67], off
.LBB0_76:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v66, s8, v7
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v6, v66, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v7, 31, v6
	v_lshl_add_u64 v[6:7], s[4:5], 0, v[6:7]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[76:77], s9, v66
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[6:7], v[6:7], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[0:1], vcc, s[76:77]
	v_accvgpr_write_b32 a249, v7
	v_accvgpr_write_b32 a248, v6
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[2:3], s[36:37], s[0:1]
	v_mov_b32_e32 v6, 0
	v_mov_b32_e32 v7, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_78
; %bb.77:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a248
	v_accvgpr_read_b32 v67, a249
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v7, v[66:67], off
.LBB0_78:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v8, s8, v8
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v66, v8, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v67, 31, v66
	v_lshl_add_u64 v[66:67], s[4:5], 0, v[66:67]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[78:79], s9, v8
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[66:67], v[66:67], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[0:1], vcc, s[78:79]
	v_accvgpr_write_b32 a251, v67
	v_accvgpr_write_b32 a250, v66
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[2:3], s[36:37], s[0:1]
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_80
; %bb.79:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a250
	v_accvgpr_read_b32 v67, a251
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v6, v[66:67], off
.LBB0_80:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v66, s8, v9
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v8, v66, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v9, 31, v8
	v_lshl_add_u64 v[8:9], s[4:5], 0, v[8:9]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[80:81], s9, v66
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[8:9], v[8:9], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[0:1], vcc, s[80:81]
	v_accvgpr_write_b32 a253, v9
	v_accvgpr_write_b32 a252, v8
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[2:3], s[36:37], s[0:1]
	v_mov_b32_e32 v8, 0
	v_mov_b32_e32 v9, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_82
; %bb.81:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a252
	v_accvgpr_read_b32 v67, a253
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v9, v[66:67], off
.LBB0_82:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v10, s8, v10
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v66, v10, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v67, 31, v66
	v_lshl_add_u64 v[66:67], s[4:5], 0, v[66:67]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[82:83], s9, v10
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[66:67], v[66:67], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[0:1], vcc, s[82:83]
	v_accvgpr_write_b32 a255, v67
	v_accvgpr_write_b32 a254, v66
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[2:3], s[36:37], s[0:1]
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_84
; %bb.83:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a254
	v_accvgpr_read_b32 v67, a255
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v8, v[66:67], off
.LBB0_84:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v66, s8, v11
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v10, v66, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v11, 31, v10
	v_lshl_add_u64 v[10:11], s[4:5], 0, v[10:11]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[84:85], s9, v66
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[10:11], v[10:11], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[0:1], vcc, s[84:85]
	v_accvgpr_write_b32 a223, v11
	v_accvgpr_write_b32 a222, v10
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[2:3], s[36:37], s[0:1]
	v_mov_b32_e32 v10, 0
	v_mov_b32_e32 v11, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_86
; %bb.85:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a222
	v_accvgpr_read_b32 v67, a223
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v11, v[66:67], off
.LBB0_86:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v12, s8, v12
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v66, v12, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v67, 31, v66
	v_lshl_add_u64 v[66:67], s[4:5], 0, v[66:67]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[86:87], s9, v12
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[66:67], v[66:67], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[0:1], vcc, s[86:87]
	v_accvgpr_write_b32 a209, v67
	v_accvgpr_write_b32 a208, v66
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[2:3], s[36:37], s[0:1]
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_88
; %bb.87:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a208
	v_accvgpr_read_b32 v67, a209
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v10, v[66:67], off
.LBB0_88:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v66, s8, v13
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v12, v66, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v13, 31, v12
	v_lshl_add_u64 v[12:13], s[4:5], 0, v[12:13]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[88:89], s9, v66
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[12:13], v[12:13], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[0:1], vcc, s[88:89]
	v_accvgpr_write_b32 a211, v13
	v_accvgpr_write_b32 a210, v12
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[2:3], s[36:37], s[0:1]
	v_mov_b32_e32 v12, 0
	v_mov_b32_e32 v13, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_90
; %bb.89:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a210
	v_accvgpr_read_b32 v67, a211
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v13, v[66:67], off
.LBB0_90:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v14, s8, v14
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v66, v14, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v67, 31, v66
	v_lshl_add_u64 v[66:67], s[4:5], 0, v[66:67]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[90:91], s9, v14
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[66:67], v[66:67], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[0:1], vcc, s[90:91]
	v_accvgpr_write_b32 a213, v67
	v_accvgpr_write_b32 a212, v66
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[2:3], s[36:37], s[0:1]
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_92
; %bb.91:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a212
	v_accvgpr_read_b32 v67, a213
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v12, v[66:67], off
.LBB0_92:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v66, s8, v15
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v14, v66, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v15, 31, v14
	v_lshl_add_u64 v[14:15], s[4:5], 0, v[14:15]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[92:93], s9, v66
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[14:15], v[14:15], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[0:1], vcc, s[92:93]
	v_accvgpr_write_b32 a97, v15
	v_accvgpr_write_b32 a96, v14
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[2:3], s[36:37], s[0:1]
	v_mov_b32_e32 v14, 0
	v_mov_b32_e32 v15, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_94
; %bb.93:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a96
	v_accvgpr_read_b32 v67, a97
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v15, v[66:67], off
.LBB0_94:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v16, s8, v16
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v66, v16, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v67, 31, v66
	v_lshl_add_u64 v[66:67], s[4:5], 0, v[66:67]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[94:95], s9, v16
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[66:67], v[66:67], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[0:1], vcc, s[94:95]
	v_accvgpr_write_b32 a99, v67
	v_accvgpr_write_b32 a98, v66
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[2:3], s[36:37], s[0:1]
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_96
; %bb.95:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a98
	v_accvgpr_read_b32 v67, a99
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v14, v[66:67], off
.LBB0_96:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v66, s8, v17
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v16, v66, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v17, 31, v16
	v_lshl_add_u64 v[16:17], s[4:5], 0, v[16:17]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[96:97], s9, v66
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[16:17], v[16:17], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[0:1], vcc, s[96:97]
	v_accvgpr_write_b32 a101, v17
	v_accvgpr_write_b32 a100, v16
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[2:3], s[36:37], s[0:1]
	v_mov_b32_e32 v16, 0
	v_mov_b32_e32 v17, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_98
; %bb.97:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a100
	v_accvgpr_read_b32 v67, a101
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v17, v[66:67], off
.LBB0_98:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v18, s8, v18
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v66, v18, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v67, 31, v66
	v_lshl_add_u64 v[66:67], s[4:5], 0, v[66:67]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[98:99], s9, v18
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[66:67], v[66:67], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[0:1], vcc, s[98:99]
	v_accvgpr_write_b32 a103, v67
	v_accvgpr_write_b32 a102, v66
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[2:3], s[36:37], s[0:1]
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_100
; %bb.99:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a102
	v_accvgpr_read_b32 v67, a103
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v16, v[66:67], off
.LBB0_100:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v66, s8, v19
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v18, v66, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v19, 31, v18
	v_lshl_add_u64 v[18:19], s[4:5], 0, v[18:19]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[0:1], s9, v66
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[18:19], v[18:19], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[2:3], vcc, s[0:1]
	v_accvgpr_write_b32 a105, v19
	v_accvgpr_write_b32 a104, v18
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[10:11], s[36:37], s[2:3]
	v_mov_b32_e32 v18, 0
	v_mov_b32_e32 v19, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[2:3], s[10:11]
	s_cbranch_execz .LBB0_102
; %bb.101:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a104
	v_accvgpr_read_b32 v67, a105
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v19, v[66:67], off
.LBB0_102:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[2:3]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v20, s8, v20
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v66, v20, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v67, 31, v66
	v_lshl_add_u64 v[66:67], s[4:5], 0, v[66:67]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[2:3], s9, v20
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[66:67], v[66:67], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[10:11], vcc, s[2:3]
	v_accvgpr_write_b32 a107, v67
	v_accvgpr_write_b32 a106, v66
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[14:15], s[36:37], s[10:11]
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_104
; %bb.103:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a106
	v_accvgpr_read_b32 v67, a107
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v18, v[66:67], off
.LBB0_104:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v66, s8, v21
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v20, v66, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v21, 31, v20
	v_lshl_add_u64 v[20:21], s[4:5], 0, v[20:21]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[28:29], s9, v66
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[20:21], v[20:21], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[10:11], vcc, s[28:29]
	v_accvgpr_write_b32 a109, v21
	v_accvgpr_write_b32 a108, v20
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[14:15], s[36:37], s[10:11]
	v_mov_b32_e32 v20, 0
	v_mov_b32_e32 v21, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_106
; %bb.105:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a108
	v_accvgpr_read_b32 v67, a109
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v21, v[66:67], off
.LBB0_106:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v22, s8, v22
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v66, v22, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v67, 31, v66
	v_lshl_add_u64 v[66:67], s[4:5], 0, v[66:67]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[30:31], s9, v22
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[66:67], v[66:67], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[10:11], vcc, s[30:31]
	v_accvgpr_write_b32 a111, v67
	v_accvgpr_write_b32 a110, v66
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[14:15], s[36:37], s[10:11]
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[10:11], s[14:15]
	s_cbranch_execz .LBB0_108
; %bb.107:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a110
	v_accvgpr_read_b32 v67, a111
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v20, v[66:67], off
.LBB0_108:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[10:11]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v66, s8, v23
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v22, v66, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v23, 31, v22
	v_lshl_add_u64 v[22:23], s[4:5], 0, v[22:23]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[10:11], s9, v66
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[22:23], v[22:23], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[14:15], vcc, s[10:11]
	v_accvgpr_write_b32 a215, v23
	v_accvgpr_write_b32 a214, v22
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[16:17], s[36:37], s[14:15]
	v_mov_b32_e32 v22, 0
	v_mov_b32_e32 v23, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_110
; %bb.109:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a214
	v_accvgpr_read_b32 v67, a215
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v23, v[66:67], off
.LBB0_110:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[14:15]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v24, s8, v24
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v66, v24, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v67, 31, v66
	v_lshl_add_u64 v[66:67], s[4:5], 0, v[66:67]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[34:35], s9, v24
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[66:67], v[66:67], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[14:15], vcc, s[34:35]
	v_accvgpr_write_b32 a225, v67
	v_accvgpr_write_b32 a224, v66
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[16:17], s[36:37], s[14:15]
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[14:15], s[16:17]
	s_cbranch_execz .LBB0_112
; %bb.111:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a224
	v_accvgpr_read_b32 v67, a225
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v22, v[66:67], off
.LBB0_112:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[14:15]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v66, s8, v25
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v24, v66, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v25, 31, v24
	v_lshl_add_u64 v[24:25], s[4:5], 0, v[24:25]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[14:15], s9, v66
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[24:25], v[24:25], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[16:17], vcc, s[14:15]
	v_accvgpr_write_b32 a227, v25
	v_accvgpr_write_b32 a226, v24
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[18:19], s[36:37], s[16:17]
	v_mov_b32_e32 v24, 0
	v_mov_b32_e32 v25, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[16:17], s[18:19]
	s_cbranch_execz .LBB0_114
; %bb.113:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a226
	v_accvgpr_read_b32 v67, a227
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v25, v[66:67], off
.LBB0_114:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[16:17]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v26, s8, v26
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v66, v26, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v67, 31, v66
	v_lshl_add_u64 v[66:67], s[4:5], 0, v[66:67]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[16:17], s9, v26
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[66:67], v[66:67], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[18:19], vcc, s[16:17]
	v_accvgpr_write_b32 a113, v67
	v_accvgpr_write_b32 a112, v66
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[20:21], s[36:37], s[18:19]
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[18:19], s[20:21]
	s_cbranch_execz .LBB0_116
; %bb.115:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a112
	v_accvgpr_read_b32 v67, a113
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v24, v[66:67], off
.LBB0_116:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[18:19]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v66, s8, v27
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v26, v66, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v27, 31, v26
	v_lshl_add_u64 v[26:27], s[4:5], 0, v[26:27]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[18:19], s9, v66
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[26:27], v[26:27], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[20:21], vcc, s[18:19]
	v_accvgpr_write_b32 a115, v27
	v_accvgpr_write_b32 a114, v26
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[22:23], s[36:37], s[20:21]
	v_mov_b32_e32 v26, 0
	v_mov_b32_e32 v27, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[20:21], s[22:23]
	s_cbranch_execz .LBB0_118
; %bb.117:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a114
	v_accvgpr_read_b32 v67, a115
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v27, v[66:67], off
.LBB0_118:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[20:21]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v28, s8, v28
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v66, v28, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v67, 31, v66
	v_lshl_add_u64 v[66:67], s[4:5], 0, v[66:67]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[20:21], s9, v28
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[66:67], v[66:67], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[22:23], vcc, s[20:21]
	v_accvgpr_write_b32 a117, v67
	v_accvgpr_write_b32 a116, v66
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[24:25], s[36:37], s[22:23]
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[22:23], s[24:25]
	s_cbranch_execz .LBB0_120
; %bb.119:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a116
	v_accvgpr_read_b32 v67, a117
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v26, v[66:67], off
.LBB0_120:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[22:23]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v66, s8, v29
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v28, v66, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v29, 31, v28
	v_lshl_add_u64 v[28:29], s[4:5], 0, v[28:29]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[22:23], s9, v66
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[28:29], v[28:29], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[24:25], vcc, s[22:23]
	v_accvgpr_write_b32 a119, v29
	v_accvgpr_write_b32 a118, v28
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[26:27], s[36:37], s[24:25]
	v_mov_b32_e32 v28, 0
	v_mov_b32_e32 v29, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[24:25], s[26:27]
	s_cbranch_execz .LBB0_122
; %bb.121:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a118
	v_accvgpr_read_b32 v67, a119
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v29, v[66:67], off
.LBB0_122:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[24:25]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v30, s8, v30
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v66, v30, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v67, 31, v66
	v_lshl_add_u64 v[66:67], s[4:5], 0, v[66:67]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[24:25], s9, v30
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[66:67], v[66:67], 0, v[76:77]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[26:27], vcc, s[24:25]
	v_accvgpr_write_b32 a121, v67
	v_accvgpr_write_b32 a120, v66
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[38:39], s[36:37], s[26:27]
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[26:27], s[38:39]
	s_cbranch_execz .LBB0_124
; %bb.123:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_accvgpr_read_b32 v66, a120
	v_accvgpr_read_b32 v67, a121
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte v28, v[66:67], off
.LBB0_124:
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[26:27]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v66, s8, v31
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v30, v66, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v31, 31, v30
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[26:27], s9, v66
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[30:31], s[4:5], 0, v[30:31]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[38:39], vcc, s[26:27]
	.loc	1 26 14                         ; spill.py:26:14
	v_lshl_add_u64 v[238:239], v[30:31], 0, v[76:77]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[40:41], s[36:37], s[38:39]
	v_mov_b32_e32 v30, 0
	v_mov_b32_e32 v31, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[38:39], s[40:41]
	s_cbranch_execz .LBB0_126
; %bb.125:
	global_load_ubyte v31, v[238:239], off
.LBB0_126:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[38:39]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v32, s8, v32
	.loc	1 26 22                         ; spill.py:26:22
	v_mul_lo_u32 v66, v32, s12
	.loc	1 26 14 is_stmt 0               ; spill.py:26:14
	v_ashrrev_i32_e32 v67, 31, v66
	v_lshl_add_u64 v[66:67], s[4:5], 0, v[66:67]
	.loc	1 31 35 is_stmt 1               ; spill.py:31:35
	v_cmp_gt_i32_e64 s[4:5], s9, v32
	.loc	1 31 34 is_stmt 0               ; spill.py:31:34
	s_and_b64 s[12:13], vcc, s[4:5]
	.loc	1 26 14 is_stmt 1               ; spill.py:26:14
	v_lshl_add_u64 v[252:253], v[66:67], 0, v[76:77]
	.loc	1 29 5                          ; spill.py:29:5
	s_and_b64 s[38:39], s[36:37], s[12:13]
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[38:39]
	s_cbranch_execz .LBB0_128
; %bb.127:
	global_load_ubyte v30, v[252:253], off
.LBB0_128:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 22 32 is_stmt 1               ; spill.py:22:32
	v_and_b32_e32 v32, 31, v0
	v_and_b32_e32 v66, 32, v0
	.loc	1 30 13                         ; spill.py:30:13
	v_accvgpr_read_b32 v0, a122             ;  Reload Reuse
	s_mov_b32 s39, 0
	v_add_u32_e32 v0, 0, v0
	.loc	1 29 5                          ; spill.py:29:5
	s_cmp_lt_i32 s33, 32
	v_lshlrev_b32_e32 v77, 4, v32
	v_lshrrev_b32_e32 v254, 2, v66
	.loc	1 30 13                         ; spill.py:30:13
	s_waitcnt vmcnt(24)
	ds_write_b8 v0, v34
	s_waitcnt vmcnt(23)
	ds_write_b8 v0, v33 offset:128
	s_waitcnt vmcnt(22)
	ds_write_b8 v0, v36 offset:256
	s_waitcnt vmcnt(21)
	ds_write_b8 v0, v35 offset:384
	s_waitcnt vmcnt(20)
	ds_write_b8 v0, v38 offset:512
	s_waitcnt vmcnt(19)
	ds_write_b8 v0, v37 offset:640
	s_waitcnt vmcnt(18)
	ds_write_b8 v0, v40 offset:768
	s_waitcnt vmcnt(17)
	ds_write_b8 v0, v39 offset:896
	s_waitcnt vmcnt(16)
	ds_write_b8 v0, v42 offset:1024
	s_waitcnt vmcnt(15)
	ds_write_b8 v0, v41 offset:1152
	s_waitcnt vmcnt(14)
	ds_write_b8 v0, v44 offset:1280
	s_waitcnt vmcnt(13)
	ds_write_b8 v0, v43 offset:1408
	s_waitcnt vmcnt(12)
	ds_write_b8 v0, v46 offset:1536
	s_waitcnt vmcnt(11)
	ds_write_b8 v0, v45 offset:1664
	s_waitcnt vmcnt(10)
	ds_write_b8 v0, v48 offset:1792
	s_waitcnt vmcnt(9)
	ds_write_b8 v0, v47 offset:1920
	s_waitcnt vmcnt(8)
	ds_write_b8 v0, v50 offset:2048
	s_waitcnt vmcnt(7)
	ds_write_b8 v0, v49 offset:2176
	s_waitcnt vmcnt(6)
	ds_write_b8 v0, v52 offset:2304
	s_waitcnt vmcnt(5)
	ds_write_b8 v0, v51 offset:2432
	s_waitcnt vmcnt(4)
	ds_write_b8 v0, v54 offset:2560
	s_waitcnt vmcnt(3)
	ds_write_b8 v0, v53 offset:2688
	s_waitcnt vmcnt(2)
	ds_write_b8 v0, v56 offset:2816
	s_waitcnt vmcnt(1)
	ds_write_b8 v0, v55 offset:2944
	s_waitcnt vmcnt(0)
	ds_write_b8 v0, v58 offset:3072
	ds_write_b8 v0, v57 offset:3200
	ds_write_b8 v0, v60 offset:3328
	ds_write_b8 v0, v59 offset:3456
	ds_write_b8 v0, v62 offset:3584
	ds_write_b8 v0, v61 offset:3712
	ds_write_b8 v0, v64 offset:3840
	ds_write_b8 v0, v63 offset:3968
	.loc	1 31 13                         ; spill.py:31:13
	ds_write_b8 v0, v65 offset:8192
	ds_write_b8 v0, v1 offset:8320
	ds_write_b8 v0, v3 offset:8448
	ds_write_b8 v0, v2 offset:8576
	ds_write_b8 v0, v5 offset:8704
	ds_write_b8 v0, v4 offset:8832
	ds_write_b8 v0, v7 offset:8960
	ds_write_b8 v0, v6 offset:9088
	ds_write_b8 v0, v9 offset:9216
	ds_write_b8 v0, v8 offset:9344
	ds_write_b8 v0, v11 offset:9472
	ds_write_b8 v0, v10 offset:9600
	ds_write_b8 v0, v13 offset:9728
	ds_write_b8 v0, v12 offset:9856
	ds_write_b8 v0, v15 offset:9984
	ds_write_b8 v0, v14 offset:10112
	ds_write_b8 v0, v17 offset:10240
	ds_write_b8 v0, v16 offset:10368
	ds_write_b8 v0, v19 offset:10496
	ds_write_b8 v0, v18 offset:10624
	ds_write_b8 v0, v21 offset:10752
	ds_write_b8 v0, v20 offset:10880
	ds_write_b8 v0, v23 offset:11008
	ds_write_b8 v0, v22 offset:11136
	ds_write_b8 v0, v25 offset:11264
	ds_write_b8 v0, v24 offset:11392
	ds_write_b8 v0, v27 offset:11520
	ds_write_b8 v0, v26 offset:11648
	ds_write_b8 v0, v29 offset:11776
	ds_write_b8 v0, v28 offset:11904
	ds_write_b8 v0, v31 offset:12032
	ds_write_b8 v0, v30 offset:12160
	scratch_store_dword off, v32, off offset:1080 ; 4-byte Folded Spill
	scratch_store_dword off, v66, off offset:1084 ; 4-byte Folded Spill
	.loc	1 29 5                          ; spill.py:29:5
	s_cbranch_scc1 .LBB0_259
; %bb.129:                              ; %.lr.ph
	.loc	1 0 5 is_stmt 0                 ; spill.py:0:5
	v_mov_b32_e32 v1, 0
	v_mov_b32_e32 v16, 0
	v_mov_b32_e32 v17, v1
	v_mov_b32_e32 v18, v1
	v_mov_b32_e32 v19, v1
	v_mov_b32_e32 v20, v1
	v_mov_b32_e32 v21, v1
	v_mov_b32_e32 v22, v1
	v_mov_b32_e32 v23, v1
	v_mov_b32_e32 v24, v1
	v_mov_b32_e32 v25, v1
	v_mov_b32_e32 v26, v1
	v_mov_b32_e32 v27, v1
	v_mov_b32_e32 v28, v1
	v_mov_b32_e32 v29, v1
	v_mov_b32_e32 v30, v1
	v_mov_b32_e32 v31, v1
	scratch_store_dwordx4 off, v[16:19], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:752 ; 16-byte Folded Spill
	v_mov_b32_e32 v16, 0
.Ltmp4:
	.loc	2 43 12 is_stmt 1               ; standard.py:43:12 @[ spill.py:29:23 ]
	s_ashr_i32 s12, s33, 31
	s_lshr_b32 s12, s12, 28
	s_add_i32 s33, s33, s12
	s_ashr_i32 s12, s33, 4
.Ltmp5:
	.loc	1 29 5                          ; spill.py:29:5
	s_max_i32 s40, s12, 2
	v_mov_b32_e32 v32, 0
	v_mov_b32_e32 v33, v1
	v_mov_b32_e32 v34, v1
	v_mov_b32_e32 v35, v1
	v_mov_b32_e32 v36, v1
	v_mov_b32_e32 v37, v1
	v_mov_b32_e32 v38, v1
	v_mov_b32_e32 v39, v1
	v_mov_b32_e32 v40, v1
	v_mov_b32_e32 v41, v1
	v_mov_b32_e32 v42, v1
	v_mov_b32_e32 v43, v1
	v_mov_b32_e32 v44, v1
	v_mov_b32_e32 v45, v1
	v_mov_b32_e32 v46, v1
	v_mov_b32_e32 v47, v1
	v_writelane_b32 v255, s42, 52
	s_lshl_b32 s33, s42, 3
	s_movk_i32 s38, 0x2000
	s_add_i32 s40, s40, -2
	s_mov_b32 s41, 0
	v_mov_b32_e32 v0, 0
	v_mov_b32_e32 v2, v1
	v_mov_b32_e32 v3, v1
	v_mov_b32_e32 v4, v1
	v_mov_b32_e32 v5, v1
	v_mov_b32_e32 v6, v1
	v_mov_b32_e32 v7, v1
	v_mov_b32_e32 v8, v1
	v_mov_b32_e32 v9, v1
	v_mov_b32_e32 v10, v1
	v_mov_b32_e32 v11, v1
	v_mov_b32_e32 v12, v1
	v_mov_b32_e32 v13, v1
	v_mov_b32_e32 v14, v1
	v_mov_b32_e32 v15, v1
	v_accvgpr_write_b32 a192, 0
	v_accvgpr_write_b32 a193, v1
	v_accvgpr_write_b32 a194, v1
	v_accvgpr_write_b32 a195, v1
	v_accvgpr_write_b32 a196, v1
	v_accvgpr_write_b32 a197, v1
	v_accvgpr_write_b32 a198, v1
	v_accvgpr_write_b32 a199, v1
	v_accvgpr_write_b32 a200, v1
	v_accvgpr_write_b32 a201, v1
	v_accvgpr_write_b32 a202, v1
	v_accvgpr_write_b32 a203, v1
	v_accvgpr_write_b32 a204, v1
	v_accvgpr_write_b32 a205, v1
	v_accvgpr_write_b32 a206, v1
	v_accvgpr_write_b32 a207, v1
	v_accvgpr_write_b32 a176, 0
	v_accvgpr_write_b32 a177, v1
	v_accvgpr_write_b32 a178, v1
	scratch_store_dwordx4 off, v[16:19], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:688 ; 16-byte Folded Spill
	v_mov_b32_e32 v16, 0
	v_accvgpr_write_b32 a179, v1
	v_accvgpr_write_b32 a180, v1
	v_accvgpr_write_b32 a181, v1
	v_accvgpr_write_b32 a182, v1
	v_accvgpr_write_b32 a183, v1
	v_accvgpr_write_b32 a184, v1
	v_accvgpr_write_b32 a185, v1
	v_accvgpr_write_b32 a186, v1
	v_accvgpr_write_b32 a187, v1
	v_accvgpr_write_b32 a188, v1
	v_accvgpr_write_b32 a189, v1
	v_accvgpr_write_b32 a190, v1
	v_accvgpr_write_b32 a191, v1
	v_accvgpr_write_b32 a160, 0
	v_accvgpr_write_b32 a161, v1
	v_accvgpr_write_b32 a162, v1
	v_accvgpr_write_b32 a163, v1
	v_accvgpr_write_b32 a164, v1
	v_accvgpr_write_b32 a165, v1
	v_accvgpr_write_b32 a166, v1
	v_accvgpr_write_b32 a167, v1
	v_accvgpr_write_b32 a168, v1
	v_accvgpr_write_b32 a169, v1
	v_accvgpr_write_b32 a170, v1
	v_accvgpr_write_b32 a171, v1
	v_accvgpr_write_b32 a172, v1
	v_accvgpr_write_b32 a173, v1
	v_accvgpr_write_b32 a174, v1
	v_accvgpr_write_b32 a175, v1
	v_accvgpr_write_b32 a144, 0
	v_accvgpr_write_b32 a145, v1
	v_accvgpr_write_b32 a146, v1
	v_accvgpr_write_b32 a147, v1
	v_accvgpr_write_b32 a148, v1
	v_accvgpr_write_b32 a149, v1
	v_accvgpr_write_b32 a150, v1
	v_accvgpr_write_b32 a151, v1
	v_accvgpr_write_b32 a152, v1
	v_accvgpr_write_b32 a153, v1
	v_accvgpr_write_b32 a154, v1
	v_accvgpr_write_b32 a155, v1
	v_accvgpr_write_b32 a156, v1
	v_accvgpr_write_b32 a157, v1
	v_accvgpr_write_b32 a158, v1
	v_accvgpr_write_b32 a159, v1
	v_accvgpr_write_b32 a128, 0
	v_accvgpr_write_b32 a129, v1
	v_accvgpr_write_b32 a130, v1
	v_accvgpr_write_b32 a131, v1
	v_accvgpr_write_b32 a132, v1
	v_accvgpr_write_b32 a133, v1
	v_accvgpr_write_b32 a134, v1
	v_accvgpr_write_b32 a135, v1
	v_accvgpr_write_b32 a136, v1
	v_accvgpr_write_b32 a137, v1
	v_accvgpr_write_b32 a138, v1
	v_accvgpr_write_b32 a139, v1
	v_accvgpr_write_b32 a140, v1
	v_accvgpr_write_b32 a141, v1
	v_accvgpr_write_b32 a142, v1
	scratch_store_dwordx4 off, v[16:19], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:624 ; 16-byte Folded Spill
	v_mov_b32_e32 v16, 0
	v_accvgpr_write_b32 a143, v1
	v_mov_b32_e32 v48, 0
	v_mov_b32_e32 v49, v1
	v_mov_b32_e32 v50, v1
	v_mov_b32_e32 v51, v1
	v_mov_b32_e32 v52, v1
	v_mov_b32_e32 v53, v1
	v_mov_b32_e32 v54, v1
	v_mov_b32_e32 v55, v1
	v_mov_b32_e32 v56, v1
	v_mov_b32_e32 v57, v1
	v_mov_b32_e32 v58, v1
	v_mov_b32_e32 v59, v1
	v_mov_b32_e32 v60, v1
	v_mov_b32_e32 v61, v1
	v_mov_b32_e32 v62, v1
	v_mov_b32_e32 v63, v1
	v_mov_b32_e32 v222, 0
	v_mov_b32_e32 v223, v1
	v_mov_b32_e32 v224, v1
	v_mov_b32_e32 v225, v1
	v_mov_b32_e32 v226, v1
	v_mov_b32_e32 v227, v1
	v_mov_b32_e32 v228, v1
	v_mov_b32_e32 v229, v1
	v_mov_b32_e32 v230, v1
	v_mov_b32_e32 v231, v1
	v_mov_b32_e32 v232, v1
	v_mov_b32_e32 v233, v1
	v_mov_b32_e32 v234, v1
	v_mov_b32_e32 v235, v1
	v_mov_b32_e32 v236, v1
	v_mov_b32_e32 v237, v1
	v_mov_b32_e32 v206, 0
	v_mov_b32_e32 v207, v1
	v_mov_b32_e32 v208, v1
	v_mov_b32_e32 v209, v1
	v_mov_b32_e32 v210, v1
	v_mov_b32_e32 v211, v1
	v_mov_b32_e32 v212, v1
	v_mov_b32_e32 v213, v1
	v_mov_b32_e32 v214, v1
	v_mov_b32_e32 v215, v1
	v_mov_b32_e32 v216, v1
	v_mov_b32_e32 v217, v1
	v_mov_b32_e32 v218, v1
	v_mov_b32_e32 v219, v1
	v_mov_b32_e32 v220, v1
	v_mov_b32_e32 v221, v1
	v_mov_b32_e32 v190, 0
	v_mov_b32_e32 v191, v1
	v_mov_b32_e32 v192, v1
	v_mov_b32_e32 v193, v1
	v_mov_b32_e32 v194, v1
	v_mov_b32_e32 v195, v1
	v_mov_b32_e32 v196, v1
	v_mov_b32_e32 v197, v1
	v_mov_b32_e32 v198, v1
	v_mov_b32_e32 v199, v1
	v_mov_b32_e32 v200, v1
	scratch_store_dwordx4 off, v[16:19], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:560 ; 16-byte Folded Spill
	v_mov_b32_e32 v16, 0
	v_mov_b32_e32 v201, v1
	v_mov_b32_e32 v202, v1
	v_mov_b32_e32 v203, v1
	v_mov_b32_e32 v204, v1
	v_mov_b32_e32 v205, v1
	v_mov_b32_e32 v174, 0
	v_mov_b32_e32 v175, v1
	v_mov_b32_e32 v176, v1
	v_mov_b32_e32 v177, v1
	v_mov_b32_e32 v178, v1
	v_mov_b32_e32 v179, v1
	v_mov_b32_e32 v180, v1
	v_mov_b32_e32 v181, v1
	v_mov_b32_e32 v182, v1
	v_mov_b32_e32 v183, v1
	v_mov_b32_e32 v184, v1
	v_mov_b32_e32 v185, v1
	v_mov_b32_e32 v186, v1
	v_mov_b32_e32 v187, v1
	v_mov_b32_e32 v188, v1
	v_mov_b32_e32 v189, v1
	v_mov_b32_e32 v158, 0
	v_mov_b32_e32 v159, v1
	v_mov_b32_e32 v160, v1
	v_mov_b32_e32 v161, v1
	v_mov_b32_e32 v162, v1
	v_mov_b32_e32 v163, v1
	v_mov_b32_e32 v164, v1
	v_mov_b32_e32 v165, v1
	v_mov_b32_e32 v166, v1
	v_mov_b32_e32 v167, v1
	v_mov_b32_e32 v168, v1
	v_mov_b32_e32 v169, v1
	v_mov_b32_e32 v170, v1
	v_mov_b32_e32 v171, v1
	v_mov_b32_e32 v172, v1
	v_mov_b32_e32 v173, v1
	v_mov_b32_e32 v142, 0
	v_mov_b32_e32 v143, v1
	v_mov_b32_e32 v144, v1
	v_mov_b32_e32 v145, v1
	v_mov_b32_e32 v146, v1
	v_mov_b32_e32 v147, v1
	v_mov_b32_e32 v148, v1
	v_mov_b32_e32 v149, v1
	v_mov_b32_e32 v150, v1
	v_mov_b32_e32 v151, v1
	v_mov_b32_e32 v152, v1
	v_mov_b32_e32 v153, v1
	v_mov_b32_e32 v154, v1
	v_mov_b32_e32 v155, v1
	v_mov_b32_e32 v156, v1
	v_mov_b32_e32 v157, v1
	v_mov_b32_e32 v126, 0
	v_mov_b32_e32 v127, v1
	v_mov_b32_e32 v128, v1
	v_mov_b32_e32 v129, v1
	v_mov_b32_e32 v130, v1
	v_mov_b32_e32 v131, v1
	v_mov_b32_e32 v132, v1
	scratch_store_dwordx4 off, v[16:19], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:496 ; 16-byte Folded Spill
	v_mov_b32_e32 v16, 0
	v_mov_b32_e32 v133, v1
	v_mov_b32_e32 v134, v1
	v_mov_b32_e32 v135, v1
	v_mov_b32_e32 v136, v1
	v_mov_b32_e32 v137, v1
	v_mov_b32_e32 v138, v1
	v_mov_b32_e32 v139, v1
	v_mov_b32_e32 v140, v1
	v_mov_b32_e32 v141, v1
	v_mov_b32_e32 v110, 0
	v_mov_b32_e32 v111, v1
	v_mov_b32_e32 v112, v1
	v_mov_b32_e32 v113, v1
	v_mov_b32_e32 v114, v1
	v_mov_b32_e32 v115, v1
	v_mov_b32_e32 v116, v1
	v_mov_b32_e32 v117, v1
	v_mov_b32_e32 v118, v1
	v_mov_b32_e32 v119, v1
	v_mov_b32_e32 v120, v1
	v_mov_b32_e32 v121, v1
	v_mov_b32_e32 v122, v1
	v_mov_b32_e32 v123, v1
	v_mov_b32_e32 v124, v1
	v_mov_b32_e32 v125, v1
	v_mov_b32_e32 v94, 0
	v_mov_b32_e32 v95, v1
	v_mov_b32_e32 v96, v1
	v_mov_b32_e32 v97, v1
	v_mov_b32_e32 v98, v1
	v_mov_b32_e32 v99, v1
	v_mov_b32_e32 v100, v1
	v_mov_b32_e32 v101, v1
	v_mov_b32_e32 v102, v1
	v_mov_b32_e32 v103, v1
	v_mov_b32_e32 v104, v1
	v_mov_b32_e32 v105, v1
	v_mov_b32_e32 v106, v1
	v_mov_b32_e32 v107, v1
	v_mov_b32_e32 v108, v1
	v_mov_b32_e32 v109, v1
	v_mov_b32_e32 v78, 0
	v_mov_b32_e32 v79, v1
	v_mov_b32_e32 v80, v1
	v_mov_b32_e32 v81, v1
	v_mov_b32_e32 v82, v1
	v_mov_b32_e32 v83, v1
	v_mov_b32_e32 v84, v1
	v_mov_b32_e32 v85, v1
	v_mov_b32_e32 v86, v1
	v_mov_b32_e32 v87, v1
	v_mov_b32_e32 v88, v1
	v_mov_b32_e32 v89, v1
	v_mov_b32_e32 v90, v1
	v_mov_b32_e32 v91, v1
	v_mov_b32_e32 v92, v1
	v_mov_b32_e32 v93, v1
	v_accvgpr_write_b32 a95, v47
	v_accvgpr_write_b32 a94, v46
	v_accvgpr_write_b32 a93, v45
	scratch_store_dwordx4 off, v[16:19], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:432 ; 16-byte Folded Spill
	v_mov_b32_e32 v16, 0
	v_accvgpr_write_b32 a92, v44
	v_accvgpr_write_b32 a91, v43
	v_accvgpr_write_b32 a90, v42
	v_accvgpr_write_b32 a89, v41
	v_accvgpr_write_b32 a88, v40
	v_accvgpr_write_b32 a87, v39
	v_accvgpr_write_b32 a86, v38
	v_accvgpr_write_b32 a85, v37
	v_accvgpr_write_b32 a84, v36
	v_accvgpr_write_b32 a83, v35
	v_accvgpr_write_b32 a82, v34
	v_accvgpr_write_b32 a81, v33
	v_accvgpr_write_b32 a80, v32
	s_mov_b32 s42, 0
	scratch_store_dwordx4 off, v[16:19], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:368 ; 16-byte Folded Spill
	v_mov_b32_e32 v16, 0
	scratch_store_dwordx4 off, v[16:19], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:304 ; 16-byte Folded Spill
	v_mov_b32_e32 v16, 0
	scratch_store_dwordx4 off, v[16:19], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:240 ; 16-byte Folded Spill
	v_mov_b32_e32 v16, 0
	scratch_store_dwordx4 off, v[16:19], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:176 ; 16-byte Folded Spill
	v_mov_b32_e32 v16, 0
	scratch_store_dwordx4 off, v[16:19], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:112 ; 16-byte Folded Spill
	v_mov_b32_e32 v16, 0
	scratch_store_dwordx4 off, v[16:19], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:48 ; 16-byte Folded Spill
	v_mov_b32_e32 v16, 0
	v_accvgpr_write_b32 a79, v31
	v_accvgpr_write_b32 a78, v30
	v_accvgpr_write_b32 a77, v29
	v_accvgpr_write_b32 a76, v28
	v_accvgpr_write_b32 a75, v27
	v_accvgpr_write_b32 a74, v26
	v_accvgpr_write_b32 a73, v25
	v_accvgpr_write_b32 a72, v24
	v_accvgpr_write_b32 a71, v23
	v_accvgpr_write_b32 a70, v22
	v_accvgpr_write_b32 a69, v21
	v_accvgpr_write_b32 a68, v20
	v_accvgpr_write_b32 a67, v19
	v_accvgpr_write_b32 a66, v18
	v_accvgpr_write_b32 a65, v17
	v_accvgpr_write_b32 a64, v16
	v_mov_b32_e32 v16, 0
	s_branch .LBB0_131
	.loc	1 0 5 is_stmt 0                 ; :0:5
.Ltmp6:
	.p2align	5
.LBB0_130:                              ;   in Loop: Header=BB0_131 Depth=1
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 13 is_stmt 1               ; spill.py:31:13
	s_add_i32 s12, s33, s38
	v_add3_u32 v248, s12, v35, v34
	.loc	1 32 15                         ; spill.py:32:15
	scratch_load_dwordx4 v[32:35], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[36:39], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[40:43], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[44:47], off, off offset:752 ; 16-byte Folded Reload
	.loc	1 31 13                         ; spill.py:31:13
	ds_read2st64_b64 v[64:67], v248 offset1:2
	ds_read2st64_b64 v[248:251], v248 offset0:4 offset1:6
	.loc	1 29 5                          ; spill.py:29:5
	s_add_i32 s12, s41, 1
	s_cmp_lt_i32 s12, 2
	s_cselect_b32 s41, s12, 0
	.loc	1 30 13                         ; spill.py:30:13
	s_lshl_b32 s39, s41, 12
	.loc	1 31 13                         ; spill.py:31:13
	s_add_i32 s38, s39, 0x2000
	.loc	1 29 5                          ; spill.py:29:5
	s_cmp_lg_u32 s42, s40
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt lgkmcnt(1)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[64:65], v[72:73], v[0:15]
	s_mov_b32 s42, s43
	v_mfma_f32_32x32x16_fp8_fp8 a[192:207], v[66:67], v[72:73], a[192:207]
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 a[176:191], v[248:249], v[72:73], a[176:191]
	v_mfma_f32_32x32x16_fp8_fp8 a[160:175], v[250:251], v[72:73], a[160:175]
	v_mfma_f32_32x32x16_fp8_fp8 a[144:159], v[64:65], v[74:75], a[144:159]
	v_mfma_f32_32x32x16_fp8_fp8 a[128:143], v[66:67], v[74:75], a[128:143]
	v_mfma_f32_32x32x16_fp8_fp8 a[64:79], v[248:249], v[244:245], a[64:79]
	v_mfma_f32_32x32x16_fp8_fp8 v[48:63], v[250:251], v[244:245], v[48:63]
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[64:65], v[246:247], v[16:31]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[32:47], v[248:249], v[74:75], v[32:47]
	s_nop 11
	scratch_store_dwordx4 off, v[32:35], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[36:39], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[40:43], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:752 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[32:35], off, off offset:640 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[36:39], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[40:43], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[44:47], off, off offset:688 ; 16-byte Folded Reload
	v_mfma_f32_32x32x16_fp8_fp8 v[222:237], v[66:67], v[246:247], v[222:237]
	v_mfma_f32_32x32x16_fp8_fp8 v[206:221], v[248:249], v[246:247], v[206:221]
	v_mfma_f32_32x32x16_fp8_fp8 v[190:205], v[250:251], v[246:247], v[190:205]
	v_mfma_f32_32x32x16_fp8_fp8 v[174:189], v[64:65], v[240:241], v[174:189]
	v_mfma_f32_32x32x16_fp8_fp8 v[158:173], v[66:67], v[240:241], v[158:173]
	v_mfma_f32_32x32x16_fp8_fp8 v[110:125], v[64:65], v[242:243], v[110:125]
	v_mfma_f32_32x32x16_fp8_fp8 v[94:109], v[66:67], v[242:243], v[94:109]
	v_mfma_f32_32x32x16_fp8_fp8 v[142:157], v[248:249], v[240:241], v[142:157]
	v_mfma_f32_32x32x16_fp8_fp8 v[126:141], v[250:251], v[240:241], v[126:141]
	v_mfma_f32_32x32x16_fp8_fp8 v[78:93], v[248:249], v[242:243], v[78:93]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[32:47], v[250:251], v[74:75], v[32:47]
	s_nop 11
	scratch_store_dwordx4 off, v[32:35], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[36:39], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[40:43], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:688 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[32:35], off, off offset:576 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[36:39], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[40:43], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[44:47], off, off offset:624 ; 16-byte Folded Reload
	v_mfma_f32_32x32x16_fp8_fp8 a[80:95], v[250:251], v[242:243], a[80:95]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[32:47], v[64:65], v[68:69], v[32:47]
	s_nop 11
	scratch_store_dwordx4 off, v[32:35], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[36:39], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[40:43], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:624 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[32:35], off, off offset:512 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[36:39], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[40:43], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[44:47], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[32:47], v[66:67], v[68:69], v[32:47]
	s_nop 11
	scratch_store_dwordx4 off, v[32:35], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[36:39], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[40:43], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:560 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[32:35], off, off offset:448 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[36:39], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[40:43], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[44:47], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[32:47], v[248:249], v[68:69], v[32:47]
	s_nop 11
	scratch_store_dwordx4 off, v[32:35], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[36:39], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[40:43], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:496 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[32:35], off, off offset:384 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[36:39], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[40:43], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[44:47], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[32:47], v[250:251], v[68:69], v[32:47]
	s_nop 11
	scratch_store_dwordx4 off, v[32:35], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[36:39], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[40:43], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:432 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[32:35], off, off offset:320 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[36:39], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[40:43], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[44:47], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[32:47], v[64:65], v[70:71], v[32:47]
	s_nop 11
	scratch_store_dwordx4 off, v[32:35], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[36:39], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[40:43], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:368 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[32:35], off, off offset:256 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[36:39], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[40:43], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[44:47], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[32:47], v[66:67], v[70:71], v[32:47]
	s_nop 11
	scratch_store_dwordx4 off, v[32:35], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[36:39], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[40:43], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:304 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[32:35], off, off offset:192 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[36:39], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[40:43], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[44:47], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[32:47], v[248:249], v[70:71], v[32:47]
	s_nop 11
	scratch_store_dwordx4 off, v[32:35], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[36:39], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[40:43], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:240 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[32:35], off, off offset:128 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[36:39], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[40:43], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[44:47], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[32:47], v[250:251], v[70:71], v[32:47]
	s_nop 11
	scratch_store_dwordx4 off, v[32:35], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[36:39], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[40:43], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:176 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[32:35], off, off offset:64 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[36:39], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[40:43], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[44:47], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[32:47], v[64:65], v[244:245], v[32:47]
	s_nop 11
	scratch_store_dwordx4 off, v[32:35], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[36:39], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[40:43], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:112 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[32:35], off, off ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[36:39], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[40:43], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[44:47], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[32:47], v[66:67], v[244:245], v[32:47]
	s_nop 11
	scratch_store_dwordx4 off, v[32:35], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[36:39], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[40:43], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[44:47], off offset:48 ; 16-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	v_accvgpr_read_b32 v32, a122            ;  Reload Reuse
	v_add_u32_e32 v64, s39, v32
	s_barrier
	ds_write_b8 v64, a0
	ds_write_b8 v64, a2 offset:128
	ds_write_b8 v64, a1 offset:256
	ds_write_b8 v64, a4 offset:384
	ds_write_b8 v64, a3 offset:512
	ds_write_b8 v64, a6 offset:640
	ds_write_b8 v64, a5 offset:768
	ds_write_b8 v64, a8 offset:896
	ds_write_b8 v64, a7 offset:1024
	ds_write_b8 v64, a10 offset:1152
	ds_write_b8 v64, a9 offset:1280
	ds_write_b8 v64, a12 offset:1408
	ds_write_b8 v64, a11 offset:1536
	ds_write_b8 v64, a14 offset:1664
	ds_write_b8 v64, a13 offset:1792
	ds_write_b8 v64, a16 offset:1920
	ds_write_b8 v64, a15 offset:2048
	ds_write_b8 v64, a18 offset:2176
	ds_write_b8 v64, a17 offset:2304
	ds_write_b8 v64, a20 offset:2432
	ds_write_b8 v64, a19 offset:2560
	ds_write_b8 v64, a22 offset:2688
	ds_write_b8 v64, a21 offset:2816
	ds_write_b8 v64, a24 offset:2944
	ds_write_b8 v64, a23 offset:3072
	ds_write_b8 v64, a26 offset:3200
	ds_write_b8 v64, a25 offset:3328
	ds_write_b8 v64, a28 offset:3456
	ds_write_b8 v64, a27 offset:3584
	ds_write_b8 v64, a30 offset:3712
	ds_write_b8 v64, a29 offset:3840
	ds_write_b8 v64, a32 offset:3968
	.loc	1 31 13                         ; spill.py:31:13
	ds_write_b8 v64, a31 offset:8192
	ds_write_b8 v64, a34 offset:8320
	ds_write_b8 v64, a33 offset:8448
	ds_write_b8 v64, a36 offset:8576
	ds_write_b8 v64, a35 offset:8704
	ds_write_b8 v64, a38 offset:8832
	ds_write_b8 v64, a37 offset:8960
	ds_write_b8 v64, a40 offset:9088
	ds_write_b8 v64, a39 offset:9216
	ds_write_b8 v64, a42 offset:9344
	ds_write_b8 v64, a41 offset:9472
	ds_write_b8 v64, a44 offset:9600
	ds_write_b8 v64, a43 offset:9728
	ds_write_b8 v64, a46 offset:9856
	ds_write_b8 v64, a45 offset:9984
	ds_write_b8 v64, a48 offset:10112
	ds_write_b8 v64, a47 offset:10240
	ds_write_b8 v64, a50 offset:10368
	ds_write_b8 v64, a49 offset:10496
	ds_write_b8 v64, a52 offset:10624
	ds_write_b8 v64, a51 offset:10752
	ds_write_b8 v64, a54 offset:10880
	ds_write_b8 v64, a53 offset:11008
	ds_write_b8 v64, a56 offset:11136
	ds_write_b8 v64, a55 offset:11264
	ds_write_b8 v64, a58 offset:11392
	ds_write_b8 v64, a57 offset:11520
	ds_write_b8 v64, a60 offset:11648
	ds_write_b8 v64, a59 offset:11776
	ds_write_b8 v64, a62 offset:11904
	ds_write_b8 v64, a61 offset:12032
	ds_write_b8 v64, a63 offset:12160
	.loc	1 29 5                          ; spill.py:29:5
	s_cbranch_scc0 .LBB0_260
.LBB0_131:                              ; =>This Inner Loop Header: Depth=1
	.loc	1 33 9                          ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:768 ; 8-byte Folded Reload
	.loc	1 29 5                          ; spill.py:29:5
	s_add_i32 s43, s42, 1
	.loc	1 30 81                         ; spill.py:30:81
	s_lshl_b32 s12, s43, 4
	.loc	1 30 77 is_stmt 0               ; spill.py:30:77
	v_readlane_b32 s13, v255, 6
	s_sub_i32 s12, s13, s12
	.loc	1 30 59                         ; spill.py:30:59
	v_cmp_gt_i32_e32 vcc, s12, v76
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 8
	v_readlane_b32 s13, v255, 9
	s_and_b64 s[44:45], s[12:13], vcc
	v_accvgpr_write_b32 a0, 0
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:768 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_133
; %bb.132:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:768 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a0, v[32:33], off
.LBB0_133:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:832 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 10
	v_readlane_b32 s13, v255, 11
	v_accvgpr_write_b32 a1, 0
	v_accvgpr_write_b32 a2, 0
	s_and_b64 s[44:45], s[12:13], vcc
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:832 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_mov_b64 s[12:13], exec
	s_and_b64 s[44:45], s[12:13], s[44:45]
	v_mov_b32_e32 v34, v77
	v_mov_b32_e32 v35, v254
	s_mov_b64 exec, s[44:45]
	s_cbranch_execz .LBB0_135
; %bb.134:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:832 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a2, v[32:33], off
.LBB0_135:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:896 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 12
	v_readlane_b32 s13, v255, 13
	s_and_b64 s[44:45], s[12:13], vcc
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:896 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_137
; %bb.136:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:896 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a1, v[32:33], off
.LBB0_137:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:904 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 14
	v_readlane_b32 s13, v255, 15
	s_and_b64 s[44:45], s[12:13], vcc
	v_accvgpr_write_b32 a3, 0
	v_accvgpr_write_b32 a4, 0
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:904 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_139
; %bb.138:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:904 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a4, v[32:33], off
.LBB0_139:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:912 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 16
	v_readlane_b32 s13, v255, 17
	s_and_b64 s[44:45], s[12:13], vcc
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:912 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_141
; %bb.140:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:912 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a3, v[32:33], off
.LBB0_141:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:920 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 18
	v_readlane_b32 s13, v255, 19
	s_and_b64 s[44:45], s[12:13], vcc
	v_accvgpr_write_b32 a5, 0
	v_accvgpr_write_b32 a6, 0
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:920 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_143
; %bb.142:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:920 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a6, v[32:33], off
.LBB0_143:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:928 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 20
	v_readlane_b32 s13, v255, 21
	s_and_b64 s[44:45], s[12:13], vcc
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:928 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_145
; %bb.144:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:928 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a5, v[32:33], off
.LBB0_145:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:936 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 22
	v_readlane_b32 s13, v255, 23
	s_and_b64 s[44:45], s[12:13], vcc
	v_accvgpr_write_b32 a7, 0
	v_accvgpr_write_b32 a8, 0
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:936 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_147
; %bb.146:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:936 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a8, v[32:33], off
.LBB0_147:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:944 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 24
	v_readlane_b32 s13, v255, 25
	s_and_b64 s[44:45], s[12:13], vcc
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:944 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_149
; %bb.148:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:944 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a7, v[32:33], off
.LBB0_149:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:952 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 26
	v_readlane_b32 s13, v255, 27
	s_and_b64 s[44:45], s[12:13], vcc
	v_accvgpr_write_b32 a9, 0
	v_accvgpr_write_b32 a10, 0
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:952 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_151
; %bb.150:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:952 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a10, v[32:33], off
.LBB0_151:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:960 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 28
	v_readlane_b32 s13, v255, 29
	s_and_b64 s[44:45], s[12:13], vcc
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:960 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_153
; %bb.152:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:960 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a9, v[32:33], off
.LBB0_153:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:968 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 30
	v_readlane_b32 s13, v255, 31
	s_and_b64 s[44:45], s[12:13], vcc
	v_accvgpr_write_b32 a11, 0
	v_accvgpr_write_b32 a12, 0
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:968 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_155
; %bb.154:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:968 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a12, v[32:33], off
.LBB0_155:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:976 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 32
	v_readlane_b32 s13, v255, 33
	s_and_b64 s[44:45], s[12:13], vcc
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:976 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_157
; %bb.156:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:976 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a11, v[32:33], off
.LBB0_157:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:984 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 34
	v_readlane_b32 s13, v255, 35
	s_and_b64 s[44:45], s[12:13], vcc
	v_accvgpr_write_b32 a13, 0
	v_accvgpr_write_b32 a14, 0
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:984 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_159
; %bb.158:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:984 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a14, v[32:33], off
.LBB0_159:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:992 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 36
	v_readlane_b32 s13, v255, 37
	s_and_b64 s[44:45], s[12:13], vcc
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:992 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_161
; %bb.160:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:992 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a13, v[32:33], off
.LBB0_161:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:1000 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 38
	v_readlane_b32 s13, v255, 39
	s_and_b64 s[44:45], s[12:13], vcc
	v_accvgpr_write_b32 a15, 0
	v_accvgpr_write_b32 a16, 0
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:1000 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_163
; %bb.162:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:1000 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a16, v[32:33], off
.LBB0_163:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:1008 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 40
	v_readlane_b32 s13, v255, 41
	s_and_b64 s[44:45], s[12:13], vcc
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:1008 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_165
; %bb.164:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:1008 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a15, v[32:33], off
.LBB0_165:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:1016 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 42
	v_readlane_b32 s13, v255, 43
	s_and_b64 s[44:45], s[12:13], vcc
	v_accvgpr_write_b32 a17, 0
	v_accvgpr_write_b32 a18, 0
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:1016 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_167
; %bb.166:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:1016 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a18, v[32:33], off
.LBB0_167:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:1024 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 44
	v_readlane_b32 s13, v255, 45
	s_and_b64 s[44:45], s[12:13], vcc
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:1024 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_169
; %bb.168:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:1024 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a17, v[32:33], off
.LBB0_169:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:1032 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 46
	v_readlane_b32 s13, v255, 47
	s_and_b64 s[44:45], s[12:13], vcc
	v_accvgpr_write_b32 a19, 0
	v_accvgpr_write_b32 a20, 0
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:1032 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_171
; %bb.170:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:1032 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a20, v[32:33], off
.LBB0_171:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:1040 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 48
	v_readlane_b32 s13, v255, 49
	s_and_b64 s[44:45], s[12:13], vcc
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:1040 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_173
; %bb.172:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:1040 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a19, v[32:33], off
.LBB0_173:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:1048 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	v_readlane_b32 s12, v255, 50
	v_readlane_b32 s13, v255, 51
	s_and_b64 s[44:45], s[12:13], vcc
	v_accvgpr_write_b32 a21, 0
	v_accvgpr_write_b32 a22, 0
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:1048 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_175
; %bb.174:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:1048 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a22, v[32:33], off
.LBB0_175:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:1056 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[44:45], s[46:47], vcc
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:1056 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_177
; %bb.176:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:1056 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a21, v[32:33], off
.LBB0_177:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:1064 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[44:45], s[48:49], vcc
	v_accvgpr_write_b32 a23, 0
	v_accvgpr_write_b32 a24, 0
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:1064 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_179
; %bb.178:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:1064 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a24, v[32:33], off
.LBB0_179:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	scratch_load_dwordx2 v[32:33], off, off offset:1072 ; 8-byte Folded Reload
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[44:45], s[50:51], vcc
	.loc	1 33 9                          ; spill.py:33:9
	s_waitcnt vmcnt(0)
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	scratch_store_dwordx2 off, v[32:33], off offset:1072 ; 8-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_181
; %bb.180:                              ;   in Loop: Header=BB0_131 Depth=1
	scratch_load_dwordx2 v[32:33], off, off offset:1072 ; 8-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_load_ubyte a23, v[32:33], off
.LBB0_181:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a228
	v_accvgpr_read_b32 v33, a229
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	v_accvgpr_write_b32 a229, v33
	v_accvgpr_write_b32 a228, v32
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[44:45], s[52:53], vcc
	v_accvgpr_write_b32 a25, 0
	v_accvgpr_write_b32 a26, 0
	.loc	1 30 13 is_stmt 0               ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_183
; %bb.182:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a228
	v_accvgpr_read_b32 v33, a229
	.loc	1 30 13                         ; spill.py:30:13
	global_load_ubyte a26, v[32:33], off
.LBB0_183:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a230
	v_accvgpr_read_b32 v33, a231
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	v_accvgpr_write_b32 a231, v33
	v_accvgpr_write_b32 a230, v32
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[44:45], s[54:55], vcc
	.loc	1 30 13 is_stmt 0               ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_185
; %bb.184:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a230
	v_accvgpr_read_b32 v33, a231
	.loc	1 30 13                         ; spill.py:30:13
	global_load_ubyte a25, v[32:33], off
.LBB0_185:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a232
	v_accvgpr_read_b32 v33, a233
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	v_accvgpr_write_b32 a233, v33
	v_accvgpr_write_b32 a232, v32
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[44:45], s[56:57], vcc
	v_accvgpr_write_b32 a27, 0
	v_accvgpr_write_b32 a28, 0
	.loc	1 30 13 is_stmt 0               ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_187
; %bb.186:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a232
	v_accvgpr_read_b32 v33, a233
	.loc	1 30 13                         ; spill.py:30:13
	global_load_ubyte a28, v[32:33], off
.LBB0_187:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a234
	v_accvgpr_read_b32 v33, a235
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	v_accvgpr_write_b32 a235, v33
	v_accvgpr_write_b32 a234, v32
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[44:45], s[58:59], vcc
	.loc	1 30 13 is_stmt 0               ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_189
; %bb.188:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a234
	v_accvgpr_read_b32 v33, a235
	.loc	1 30 13                         ; spill.py:30:13
	global_load_ubyte a27, v[32:33], off
.LBB0_189:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a236
	v_accvgpr_read_b32 v33, a237
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	v_accvgpr_write_b32 a237, v33
	v_accvgpr_write_b32 a236, v32
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[44:45], s[60:61], vcc
	v_accvgpr_write_b32 a29, 0
	v_accvgpr_write_b32 a30, 0
	.loc	1 30 13 is_stmt 0               ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_191
; %bb.190:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a236
	v_accvgpr_read_b32 v33, a237
	.loc	1 30 13                         ; spill.py:30:13
	global_load_ubyte a30, v[32:33], off
.LBB0_191:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a238
	v_accvgpr_read_b32 v33, a239
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	v_accvgpr_write_b32 a239, v33
	v_accvgpr_write_b32 a238, v32
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[44:45], s[62:63], vcc
	.loc	1 30 13 is_stmt 0               ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_193
; %bb.192:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a238
	v_accvgpr_read_b32 v33, a239
	.loc	1 30 13                         ; spill.py:30:13
	global_load_ubyte a29, v[32:33], off
.LBB0_193:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a216
	v_accvgpr_read_b32 v33, a217
	.loc	1 33 9 is_stmt 1                ; spill.py:33:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	v_accvgpr_write_b32 a217, v33
	v_accvgpr_write_b32 a216, v32
	.loc	1 30 34                         ; spill.py:30:34
	s_and_b64 s[44:45], s[64:65], vcc
	v_accvgpr_write_b32 a31, 0
	v_accvgpr_write_b32 a32, 0
	.loc	1 30 13 is_stmt 0               ; spill.py:30:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_195
; %bb.194:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a216
	v_accvgpr_read_b32 v33, a217
	.loc	1 30 13                         ; spill.py:30:13
	global_load_ubyte a32, v[32:33], off
.LBB0_195:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 30 13                         ; spill.py:30:13
	v_add3_u32 v64, s39, v35, v34
	s_waitcnt lgkmcnt(0)
	s_barrier
	ds_read2st64_b64 v[72:75], v64 offset1:1
	ds_read2st64_b64 v[68:71], v64 offset0:2 offset1:3
	ds_read2st64_b64 v[244:247], v64 offset0:4 offset1:5
	ds_read2st64_b64 v[240:243], v64 offset0:6 offset1:7
	v_accvgpr_read_b32 v32, a218
	v_accvgpr_read_b32 v33, a219
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	v_accvgpr_write_b32 a219, v33
	v_accvgpr_write_b32 a218, v32
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[66:67], vcc
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_197
; %bb.196:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a218
	v_accvgpr_read_b32 v33, a219
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a31, v[32:33], off
.LBB0_197:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a220
	v_accvgpr_read_b32 v33, a221
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[68:69], vcc
	v_accvgpr_write_b32 a221, v33
	v_accvgpr_write_b32 a220, v32
	v_accvgpr_write_b32 a33, 0
	v_accvgpr_write_b32 a34, 0
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_199
; %bb.198:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a220
	v_accvgpr_read_b32 v33, a221
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a34, v[32:33], off
.LBB0_199:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a240
	v_accvgpr_read_b32 v33, a241
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[70:71], vcc
	v_accvgpr_write_b32 a241, v33
	v_accvgpr_write_b32 a240, v32
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_201
; %bb.200:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a240
	v_accvgpr_read_b32 v33, a241
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a33, v[32:33], off
.LBB0_201:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a242
	v_accvgpr_read_b32 v33, a243
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[72:73], vcc
	v_accvgpr_write_b32 a243, v33
	v_accvgpr_write_b32 a242, v32
	v_accvgpr_write_b32 a35, 0
	v_accvgpr_write_b32 a36, 0
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_203
; %bb.202:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a242
	v_accvgpr_read_b32 v33, a243
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a36, v[32:33], off
.LBB0_203:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a244
	v_accvgpr_read_b32 v33, a245
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[74:75], vcc
	v_accvgpr_write_b32 a245, v33
	v_accvgpr_write_b32 a244, v32
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_205
; %bb.204:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a244
	v_accvgpr_read_b32 v33, a245
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a35, v[32:33], off
.LBB0_205:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a246
	v_accvgpr_read_b32 v33, a247
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[6:7], vcc
	v_accvgpr_write_b32 a247, v33
	v_accvgpr_write_b32 a246, v32
	v_accvgpr_write_b32 a37, 0
	v_accvgpr_write_b32 a38, 0
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_207
; %bb.206:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a246
	v_accvgpr_read_b32 v33, a247
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a38, v[32:33], off
.LBB0_207:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a248
	v_accvgpr_read_b32 v33, a249
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[76:77], vcc
	v_accvgpr_write_b32 a249, v33
	v_accvgpr_write_b32 a248, v32
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_209
; %bb.208:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a248
	v_accvgpr_read_b32 v33, a249
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a37, v[32:33], off
.LBB0_209:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a250
	v_accvgpr_read_b32 v33, a251
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[78:79], vcc
	v_accvgpr_write_b32 a251, v33
	v_accvgpr_write_b32 a250, v32
	v_accvgpr_write_b32 a39, 0
	v_accvgpr_write_b32 a40, 0
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_211
; %bb.210:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a250
	v_accvgpr_read_b32 v33, a251
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a40, v[32:33], off
.LBB0_211:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a252
	v_accvgpr_read_b32 v33, a253
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[80:81], vcc
	v_accvgpr_write_b32 a253, v33
	v_accvgpr_write_b32 a252, v32
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_213
; %bb.212:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a252
	v_accvgpr_read_b32 v33, a253
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a39, v[32:33], off
.LBB0_213:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a254
	v_accvgpr_read_b32 v33, a255
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[82:83], vcc
	v_accvgpr_write_b32 a255, v33
	v_accvgpr_write_b32 a254, v32
	v_accvgpr_write_b32 a41, 0
	v_accvgpr_write_b32 a42, 0
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_215
; %bb.214:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a254
	v_accvgpr_read_b32 v33, a255
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a42, v[32:33], off
.LBB0_215:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a222
	v_accvgpr_read_b32 v33, a223
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[84:85], vcc
	v_accvgpr_write_b32 a223, v33
	v_accvgpr_write_b32 a222, v32
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_217
; %bb.216:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a222
	v_accvgpr_read_b32 v33, a223
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a41, v[32:33], off
.LBB0_217:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a208
	v_accvgpr_read_b32 v33, a209
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[86:87], vcc
	v_accvgpr_write_b32 a209, v33
	v_accvgpr_write_b32 a208, v32
	v_accvgpr_write_b32 a43, 0
	v_accvgpr_write_b32 a44, 0
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_219
; %bb.218:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a208
	v_accvgpr_read_b32 v33, a209
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a44, v[32:33], off
.LBB0_219:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a210
	v_accvgpr_read_b32 v33, a211
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[88:89], vcc
	v_accvgpr_write_b32 a211, v33
	v_accvgpr_write_b32 a210, v32
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_221
; %bb.220:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a210
	v_accvgpr_read_b32 v33, a211
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a43, v[32:33], off
.LBB0_221:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a212
	v_accvgpr_read_b32 v33, a213
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[90:91], vcc
	v_accvgpr_write_b32 a213, v33
	v_accvgpr_write_b32 a212, v32
	v_accvgpr_write_b32 a45, 0
	v_accvgpr_write_b32 a46, 0
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_223
; %bb.222:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a212
	v_accvgpr_read_b32 v33, a213
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a46, v[32:33], off
.LBB0_223:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a96
	v_accvgpr_read_b32 v33, a97
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[92:93], vcc
	v_accvgpr_write_b32 a97, v33
	v_accvgpr_write_b32 a96, v32
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_225
; %bb.224:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a96
	v_accvgpr_read_b32 v33, a97
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a45, v[32:33], off
.LBB0_225:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a98
	v_accvgpr_read_b32 v33, a99
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[94:95], vcc
	v_accvgpr_write_b32 a99, v33
	v_accvgpr_write_b32 a98, v32
	v_accvgpr_write_b32 a47, 0
	v_accvgpr_write_b32 a48, 0
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_227
; %bb.226:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a98
	v_accvgpr_read_b32 v33, a99
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a48, v[32:33], off
.LBB0_227:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a100
	v_accvgpr_read_b32 v33, a101
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[96:97], vcc
	v_accvgpr_write_b32 a101, v33
	v_accvgpr_write_b32 a100, v32
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_229
; %bb.228:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a100
	v_accvgpr_read_b32 v33, a101
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a47, v[32:33], off
.LBB0_229:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a102
	v_accvgpr_read_b32 v33, a103
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[98:99], vcc
	v_accvgpr_write_b32 a103, v33
	v_accvgpr_write_b32 a102, v32
	v_accvgpr_write_b32 a49, 0
	v_accvgpr_write_b32 a50, 0
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_231
; %bb.230:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a102
	v_accvgpr_read_b32 v33, a103
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a50, v[32:33], off
.LBB0_231:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a104
	v_accvgpr_read_b32 v33, a105
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[0:1], vcc
	v_accvgpr_write_b32 a105, v33
	v_accvgpr_write_b32 a104, v32
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_233
; %bb.232:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a104
	v_accvgpr_read_b32 v33, a105
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a49, v[32:33], off
.LBB0_233:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a106
	v_accvgpr_read_b32 v33, a107
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[2:3], vcc
	v_accvgpr_write_b32 a107, v33
	v_accvgpr_write_b32 a106, v32
	v_accvgpr_write_b32 a51, 0
	v_accvgpr_write_b32 a52, 0
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_235
; %bb.234:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a106
	v_accvgpr_read_b32 v33, a107
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a52, v[32:33], off
.LBB0_235:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a108
	v_accvgpr_read_b32 v33, a109
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[28:29], vcc
	v_accvgpr_write_b32 a109, v33
	v_accvgpr_write_b32 a108, v32
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_237
; %bb.236:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a108
	v_accvgpr_read_b32 v33, a109
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a51, v[32:33], off
.LBB0_237:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a110
	v_accvgpr_read_b32 v33, a111
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[30:31], vcc
	v_accvgpr_write_b32 a111, v33
	v_accvgpr_write_b32 a110, v32
	v_accvgpr_write_b32 a53, 0
	v_accvgpr_write_b32 a54, 0
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_239
; %bb.238:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a110
	v_accvgpr_read_b32 v33, a111
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a54, v[32:33], off
.LBB0_239:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a214
	v_accvgpr_read_b32 v33, a215
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[10:11], vcc
	v_accvgpr_write_b32 a215, v33
	v_accvgpr_write_b32 a214, v32
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_241
; %bb.240:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a214
	v_accvgpr_read_b32 v33, a215
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a53, v[32:33], off
.LBB0_241:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a224
	v_accvgpr_read_b32 v33, a225
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[34:35], vcc
	v_accvgpr_write_b32 a225, v33
	v_accvgpr_write_b32 a224, v32
	v_accvgpr_write_b32 a55, 0
	v_accvgpr_write_b32 a56, 0
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_243
; %bb.242:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a224
	v_accvgpr_read_b32 v33, a225
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a56, v[32:33], off
.LBB0_243:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a226
	v_accvgpr_read_b32 v33, a227
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[14:15], vcc
	v_accvgpr_write_b32 a227, v33
	v_accvgpr_write_b32 a226, v32
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_245
; %bb.244:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a226
	v_accvgpr_read_b32 v33, a227
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a55, v[32:33], off
.LBB0_245:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a112
	v_accvgpr_read_b32 v33, a113
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[16:17], vcc
	v_accvgpr_write_b32 a113, v33
	v_accvgpr_write_b32 a112, v32
	v_accvgpr_write_b32 a57, 0
	v_accvgpr_write_b32 a58, 0
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_247
; %bb.246:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a112
	v_accvgpr_read_b32 v33, a113
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a58, v[32:33], off
.LBB0_247:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a114
	v_accvgpr_read_b32 v33, a115
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[18:19], vcc
	v_accvgpr_write_b32 a115, v33
	v_accvgpr_write_b32 a114, v32
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_249
; %bb.248:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a114
	v_accvgpr_read_b32 v33, a115
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a57, v[32:33], off
.LBB0_249:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a116
	v_accvgpr_read_b32 v33, a117
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[20:21], vcc
	v_accvgpr_write_b32 a117, v33
	v_accvgpr_write_b32 a116, v32
	v_accvgpr_write_b32 a59, 0
	v_accvgpr_write_b32 a60, 0
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_251
; %bb.250:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a116
	v_accvgpr_read_b32 v33, a117
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a60, v[32:33], off
.LBB0_251:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a118
	v_accvgpr_read_b32 v33, a119
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[22:23], vcc
	v_accvgpr_write_b32 a119, v33
	v_accvgpr_write_b32 a118, v32
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_253
; %bb.252:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a118
	v_accvgpr_read_b32 v33, a119
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a59, v[32:33], off
.LBB0_253:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	v_accvgpr_read_b32 v32, a120
	v_accvgpr_read_b32 v33, a121
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[32:33], v[32:33], 0, 16
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[24:25], vcc
	v_accvgpr_write_b32 a121, v33
	v_accvgpr_write_b32 a120, v32
	v_accvgpr_write_b32 a61, 0
	v_accvgpr_write_b32 a62, 0
	.loc	1 31 13 is_stmt 0               ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_255
; %bb.254:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	v_accvgpr_read_b32 v32, a120
	v_accvgpr_read_b32 v33, a121
	.loc	1 31 13                         ; spill.py:31:13
	global_load_ubyte a62, v[32:33], off
.LBB0_255:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13                          ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[26:27], vcc
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[238:239], v[238:239], 0, 16
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_257
; %bb.256:                              ;   in Loop: Header=BB0_131 Depth=1
	global_load_ubyte a61, v[238:239], off
.LBB0_257:                              ;   in Loop: Header=BB0_131 Depth=1
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	s_or_b64 exec, exec, s[12:13]
	.loc	1 31 34                         ; spill.py:31:34
	s_and_b64 s[44:45], s[4:5], vcc
	.loc	1 34 9 is_stmt 1                ; spill.py:34:9
	v_lshl_add_u64 v[252:253], v[252:253], 0, 16
	v_accvgpr_write_b32 a63, 0
	.loc	1 31 13                         ; spill.py:31:13
	s_and_saveexec_b64 s[12:13], s[44:45]
	s_cbranch_execz .LBB0_130
; %bb.258:                              ;   in Loop: Header=BB0_131 Depth=1
	global_load_ubyte a63, v[252:253], off
	s_branch .LBB0_130
.LBB0_259:
	.loc	1 0 13 is_stmt 0                ; spill.py:0:13
	v_mov_b32_e32 v253, 0
	v_mov_b32_e32 v15, v253
	v_mov_b32_e32 v14, v253
	v_mov_b32_e32 v13, v253
	v_mov_b32_e32 v12, v253
	v_mov_b32_e32 v11, v253
	v_mov_b32_e32 v10, v253
	v_mov_b32_e32 v9, v253
	v_mov_b32_e32 v8, v253
	v_mov_b32_e32 v7, v253
	v_mov_b32_e32 v6, v253
	v_mov_b32_e32 v5, v253
	v_mov_b32_e32 v4, v253
	v_mov_b32_e32 v3, v253
	v_mov_b32_e32 v2, v253
	v_mov_b32_e32 v1, v253
	v_mov_b32_e32 v0, v253
	s_movk_i32 s38, 0x2000
	v_mov_b32_e32 v252, v253
	v_mov_b32_e32 v251, v253
	v_mov_b32_e32 v250, v253
	v_mov_b32_e32 v249, v253
	v_mov_b32_e32 v248, v253
	v_mov_b32_e32 v247, v253
	v_mov_b32_e32 v246, v253
	v_mov_b32_e32 v245, v253
	v_mov_b32_e32 v244, v253
	v_mov_b32_e32 v243, v253
	v_mov_b32_e32 v242, v253
	v_mov_b32_e32 v241, v253
	v_mov_b32_e32 v240, v253
	v_mov_b32_e32 v239, v253
	v_mov_b32_e32 v238, v253
	v_mov_b32_e32 v93, v253
	v_mov_b32_e32 v92, v253
	v_mov_b32_e32 v91, v253
	v_mov_b32_e32 v90, v253
	v_mov_b32_e32 v89, v253
	v_mov_b32_e32 v88, v253
	v_mov_b32_e32 v87, v253
	v_mov_b32_e32 v86, v253
	v_mov_b32_e32 v85, v253
	v_mov_b32_e32 v84, v253
	v_mov_b32_e32 v83, v253
	v_mov_b32_e32 v82, v253
	v_mov_b32_e32 v81, v253
	v_mov_b32_e32 v80, v253
	v_mov_b32_e32 v79, v253
	v_mov_b32_e32 v78, v253
	v_mov_b32_e32 v109, v253
	v_mov_b32_e32 v108, v253
	v_mov_b32_e32 v107, v253
	v_mov_b32_e32 v106, v253
	v_mov_b32_e32 v105, v253
	v_mov_b32_e32 v104, v253
	v_mov_b32_e32 v103, v253
	v_mov_b32_e32 v102, v253
	v_mov_b32_e32 v101, v253
	v_mov_b32_e32 v100, v253
	v_mov_b32_e32 v99, v253
	v_mov_b32_e32 v98, v253
	v_mov_b32_e32 v97, v253
	v_mov_b32_e32 v96, v253
	v_mov_b32_e32 v95, v253
	v_mov_b32_e32 v94, v253
	v_mov_b32_e32 v125, v253
	v_mov_b32_e32 v124, v253
	v_mov_b32_e32 v123, v253
	v_mov_b32_e32 v122, v253
	v_mov_b32_e32 v121, v253
	v_mov_b32_e32 v120, v253
	v_mov_b32_e32 v119, v253
	v_mov_b32_e32 v118, v253
	v_mov_b32_e32 v117, v253
	v_mov_b32_e32 v116, v253
	v_mov_b32_e32 v115, v253
	v_mov_b32_e32 v114, v253
	v_mov_b32_e32 v113, v253
	v_mov_b32_e32 v112, v253
	v_mov_b32_e32 v111, v253
	v_mov_b32_e32 v110, v253
	v_mov_b32_e32 v141, v253
	v_mov_b32_e32 v140, v253
	v_mov_b32_e32 v139, v253
	v_mov_b32_e32 v138, v253
	v_mov_b32_e32 v137, v253
	v_mov_b32_e32 v136, v253
	v_mov_b32_e32 v135, v253
	v_mov_b32_e32 v134, v253
	v_mov_b32_e32 v133, v253
	v_mov_b32_e32 v132, v253
	v_mov_b32_e32 v131, v253
	v_mov_b32_e32 v130, v253
	v_mov_b32_e32 v129, v253
	v_mov_b32_e32 v128, v253
	v_mov_b32_e32 v127, v253
	v_mov_b32_e32 v126, v253
	v_mov_b32_e32 v157, v253
	v_mov_b32_e32 v156, v253
	v_mov_b32_e32 v155, v253
	v_mov_b32_e32 v154, v253
	v_mov_b32_e32 v153, v253
	v_mov_b32_e32 v152, v253
	v_mov_b32_e32 v151, v253
	v_mov_b32_e32 v150, v253
	v_mov_b32_e32 v149, v253
	v_mov_b32_e32 v148, v253
	v_mov_b32_e32 v147, v253
	v_mov_b32_e32 v146, v253
	v_mov_b32_e32 v145, v253
	v_mov_b32_e32 v144, v253
	v_mov_b32_e32 v143, v253
	v_mov_b32_e32 v142, v253
	v_mov_b32_e32 v173, v253
	v_mov_b32_e32 v172, v253
	v_mov_b32_e32 v171, v253
	v_mov_b32_e32 v170, v253
	v_mov_b32_e32 v169, v253
	v_mov_b32_e32 v168, v253
	v_mov_b32_e32 v167, v253
	v_mov_b32_e32 v166, v253
	v_mov_b32_e32 v165, v253
	v_mov_b32_e32 v164, v253
	v_mov_b32_e32 v163, v253
	v_mov_b32_e32 v162, v253
	v_mov_b32_e32 v161, v253
	v_mov_b32_e32 v160, v253
	v_mov_b32_e32 v159, v253
	v_mov_b32_e32 v158, v253
	v_mov_b32_e32 v189, v253
	v_mov_b32_e32 v188, v253
	v_mov_b32_e32 v187, v253
	v_mov_b32_e32 v186, v253
	v_mov_b32_e32 v185, v253
	v_mov_b32_e32 v184, v253
	v_mov_b32_e32 v183, v253
	v_mov_b32_e32 v182, v253
	v_mov_b32_e32 v181, v253
	v_mov_b32_e32 v180, v253
	v_mov_b32_e32 v179, v253
	v_mov_b32_e32 v178, v253
	v_mov_b32_e32 v177, v253
	v_mov_b32_e32 v176, v253
	v_mov_b32_e32 v175, v253
	v_mov_b32_e32 v174, v253
	v_mov_b32_e32 v205, v253
	v_mov_b32_e32 v204, v253
	v_mov_b32_e32 v203, v253
	v_mov_b32_e32 v202, v253
	v_mov_b32_e32 v201, v253
	v_mov_b32_e32 v200, v253
	v_mov_b32_e32 v199, v253
	v_mov_b32_e32 v198, v253
	v_mov_b32_e32 v197, v253
	v_mov_b32_e32 v196, v253
	v_mov_b32_e32 v195, v253
	v_mov_b32_e32 v194, v253
	v_mov_b32_e32 v193, v253
	v_mov_b32_e32 v192, v253
	v_mov_b32_e32 v191, v253
	v_mov_b32_e32 v190, v253
	v_mov_b32_e32 v221, v253
	v_mov_b32_e32 v220, v253
	v_mov_b32_e32 v219, v253
	v_mov_b32_e32 v218, v253
	v_mov_b32_e32 v217, v253
	v_mov_b32_e32 v216, v253
	v_mov_b32_e32 v215, v253
	v_mov_b32_e32 v214, v253
	v_mov_b32_e32 v213, v253
	v_mov_b32_e32 v212, v253
	v_mov_b32_e32 v211, v253
	v_mov_b32_e32 v210, v253
	v_mov_b32_e32 v209, v253
	v_mov_b32_e32 v208, v253
	v_mov_b32_e32 v207, v253
	v_mov_b32_e32 v206, v253
	v_mov_b32_e32 v237, v253
	v_mov_b32_e32 v236, v253
	v_mov_b32_e32 v235, v253
	v_mov_b32_e32 v234, v253
	v_mov_b32_e32 v233, v253
	v_mov_b32_e32 v232, v253
	v_mov_b32_e32 v231, v253
	v_mov_b32_e32 v230, v253
	v_mov_b32_e32 v229, v253
	v_mov_b32_e32 v228, v253
	v_mov_b32_e32 v227, v253
	v_mov_b32_e32 v226, v253
	v_mov_b32_e32 v225, v253
	v_mov_b32_e32 v224, v253
	v_mov_b32_e32 v223, v253
	v_mov_b32_e32 v222, v253
	v_mov_b32_e32 v31, v253
	v_mov_b32_e32 v30, v253
	v_mov_b32_e32 v29, v253
	v_mov_b32_e32 v28, v253
	v_mov_b32_e32 v27, v253
	v_mov_b32_e32 v26, v253
	v_mov_b32_e32 v25, v253
	v_mov_b32_e32 v24, v253
	v_mov_b32_e32 v23, v253
	v_mov_b32_e32 v22, v253
	v_mov_b32_e32 v21, v253
	v_mov_b32_e32 v20, v253
	v_mov_b32_e32 v19, v253
	v_mov_b32_e32 v18, v253
	v_mov_b32_e32 v17, v253
	v_mov_b32_e32 v16, v253
	v_mov_b32_e32 v63, v253
	v_mov_b32_e32 v62, v253
	v_mov_b32_e32 v61, v253
	v_mov_b32_e32 v60, v253
	v_mov_b32_e32 v59, v253
	v_mov_b32_e32 v58, v253
	v_mov_b32_e32 v57, v253
	v_mov_b32_e32 v56, v253
	v_mov_b32_e32 v55, v253
	v_mov_b32_e32 v54, v253
	v_mov_b32_e32 v53, v253
	v_mov_b32_e32 v52, v253
	v_mov_b32_e32 v51, v253
	v_mov_b32_e32 v50, v253
	v_mov_b32_e32 v49, v253
	v_mov_b32_e32 v48, v253
	v_mov_b32_e32 v47, v253
	v_mov_b32_e32 v46, v253
	v_mov_b32_e32 v45, v253
	v_mov_b32_e32 v44, v253
	v_mov_b32_e32 v43, v253
	v_mov_b32_e32 v42, v253
	v_mov_b32_e32 v41, v253
	v_mov_b32_e32 v40, v253
	v_mov_b32_e32 v39, v253
	v_mov_b32_e32 v38, v253
	v_mov_b32_e32 v37, v253
	v_mov_b32_e32 v36, v253
	v_mov_b32_e32 v35, v253
	v_mov_b32_e32 v34, v253
	v_mov_b32_e32 v33, v253
	v_mov_b32_e32 v32, v253
	scratch_store_dwordx4 off, v[0:3], off  ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:48 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:112 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:176 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:240 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:304 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:368 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:432 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:496 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:560 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:624 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:688 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[0:3], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[4:7], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[8:11], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[12:15], off offset:752 ; 16-byte Folded Spill
	v_accvgpr_write_b32 a143, v253
	v_accvgpr_write_b32 a142, v253
	v_accvgpr_write_b32 a141, v253
	v_accvgpr_write_b32 a140, v253
	v_accvgpr_write_b32 a139, v253
	v_accvgpr_write_b32 a138, v253
	v_accvgpr_write_b32 a137, v253
	v_accvgpr_write_b32 a136, v253
	v_accvgpr_write_b32 a135, v253
	v_accvgpr_write_b32 a134, v253
	v_accvgpr_write_b32 a133, v253
	v_accvgpr_write_b32 a132, v253
	v_accvgpr_write_b32 a131, v253
	v_accvgpr_write_b32 a130, v253
	v_accvgpr_write_b32 a129, v253
	v_accvgpr_write_b32 a128, v253
	v_accvgpr_write_b32 a159, v253
	v_accvgpr_write_b32 a158, v253
	v_accvgpr_write_b32 a157, v253
	v_accvgpr_write_b32 a156, v253
	v_accvgpr_write_b32 a155, v253
	v_accvgpr_write_b32 a154, v253
	v_accvgpr_write_b32 a153, v253
	v_accvgpr_write_b32 a152, v253
	v_accvgpr_write_b32 a151, v253
	v_accvgpr_write_b32 a150, v253
	v_accvgpr_write_b32 a149, v253
	v_accvgpr_write_b32 a148, v253
	v_accvgpr_write_b32 a147, v253
	v_accvgpr_write_b32 a146, v253
	v_accvgpr_write_b32 a145, v253
	v_accvgpr_write_b32 a144, v253
	v_accvgpr_write_b32 a175, v253
	v_accvgpr_write_b32 a174, v253
	v_accvgpr_write_b32 a173, v253
	v_accvgpr_write_b32 a172, v253
	v_accvgpr_write_b32 a171, v253
	v_accvgpr_write_b32 a170, v253
	v_accvgpr_write_b32 a169, v253
	v_accvgpr_write_b32 a168, v253
	v_accvgpr_write_b32 a167, v253
	v_accvgpr_write_b32 a166, v253
	v_accvgpr_write_b32 a165, v253
	v_accvgpr_write_b32 a164, v253
	v_accvgpr_write_b32 a163, v253
	v_accvgpr_write_b32 a162, v253
	v_accvgpr_write_b32 a161, v253
	v_accvgpr_write_b32 a160, v253
	v_accvgpr_write_b32 a191, v253
	v_accvgpr_write_b32 a190, v253
	v_accvgpr_write_b32 a189, v253
	v_accvgpr_write_b32 a188, v253
	v_accvgpr_write_b32 a187, v253
	v_accvgpr_write_b32 a186, v253
	v_accvgpr_write_b32 a185, v253
	v_accvgpr_write_b32 a184, v253
	v_accvgpr_write_b32 a183, v253
	v_accvgpr_write_b32 a182, v253
	v_accvgpr_write_b32 a181, v253
	v_accvgpr_write_b32 a180, v253
	v_accvgpr_write_b32 a179, v253
	v_accvgpr_write_b32 a178, v253
	v_accvgpr_write_b32 a177, v253
	v_accvgpr_write_b32 a176, v253
	v_accvgpr_write_b32 a207, v253
	v_accvgpr_write_b32 a206, v253
	v_accvgpr_write_b32 a205, v253
	v_accvgpr_write_b32 a204, v253
	v_accvgpr_write_b32 a203, v253
	v_accvgpr_write_b32 a202, v253
	v_accvgpr_write_b32 a201, v253
	v_accvgpr_write_b32 a200, v253
	v_accvgpr_write_b32 a199, v253
	v_accvgpr_write_b32 a198, v253
	v_accvgpr_write_b32 a197, v253
	v_accvgpr_write_b32 a196, v253
	v_accvgpr_write_b32 a195, v253
	v_accvgpr_write_b32 a194, v253
	v_accvgpr_write_b32 a193, v253
	v_accvgpr_write_b32 a192, v253
	s_branch .LBB0_261
.LBB0_260:                              ; %Flow
	v_readlane_b32 s42, v255, 52
	v_accvgpr_read_b32 v32, a64
	v_accvgpr_read_b32 v33, a65
	v_accvgpr_read_b32 v34, a66
	v_accvgpr_read_b32 v35, a67
	v_accvgpr_read_b32 v36, a68
	v_accvgpr_read_b32 v37, a69
	v_accvgpr_read_b32 v38, a70
	v_accvgpr_read_b32 v39, a71
	v_accvgpr_read_b32 v40, a72
	v_accvgpr_read_b32 v41, a73
	v_accvgpr_read_b32 v42, a74
	v_accvgpr_read_b32 v43, a75
	v_accvgpr_read_b32 v44, a76
	v_accvgpr_read_b32 v45, a77
	v_accvgpr_read_b32 v46, a78
	v_accvgpr_read_b32 v47, a79
	v_accvgpr_read_b32 v253, a95
	v_accvgpr_read_b32 v252, a94
	v_accvgpr_read_b32 v251, a93
	v_accvgpr_read_b32 v250, a92
	v_accvgpr_read_b32 v249, a91
	v_accvgpr_read_b32 v248, a90
	v_accvgpr_read_b32 v247, a89
	v_accvgpr_read_b32 v246, a88
	v_accvgpr_read_b32 v245, a87
	v_accvgpr_read_b32 v244, a86
	v_accvgpr_read_b32 v243, a85
	v_accvgpr_read_b32 v242, a84
	v_accvgpr_read_b32 v241, a83
	v_accvgpr_read_b32 v240, a82
	v_accvgpr_read_b32 v239, a81
	v_accvgpr_read_b32 v238, a80
.LBB0_261:                              ; %._crit_edge
	.loc	1 32 15 is_stmt 1               ; spill.py:32:15
	s_and_b64 s[0:1], s[36:37], exec
	s_cselect_b32 s0, 1, 0
	s_cmp_lg_u32 s0, 1
	.loc	1 30 13                         ; spill.py:30:13
	s_waitcnt lgkmcnt(0)
	s_barrier
	.loc	1 32 15                         ; spill.py:32:15
	s_cbranch_scc1 .LBB0_263
; %bb.262:
	.loc	1 31 13                         ; spill.py:31:13
	scratch_store_dwordx4 off, v[16:19], off offset:768 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:784 ; 16-byte Folded Spill
	s_lshl3_add_u32 s0, s42, s38
	v_add3_u32 v69, s0, v254, v77
	scratch_store_dwordx4 off, v[48:51], off offset:832 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[52:55], off offset:848 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[56:59], off offset:864 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[60:63], off offset:880 ; 16-byte Folded Spill
	v_mov_b64_e32 v[54:55], v[38:39]
	v_mov_b64_e32 v[58:59], v[42:43]
	v_mov_b64_e32 v[62:63], v[46:47]
	v_mov_b64_e32 v[60:61], v[44:45]
	v_mov_b64_e32 v[56:57], v[40:41]
	v_mov_b64_e32 v[52:53], v[36:37]
	v_mov_b64_e32 v[50:51], v[34:35]
	v_mov_b64_e32 v[48:49], v[32:33]
	v_mov_b64_e32 v[32:33], v[238:239]
	v_mov_b64_e32 v[34:35], v[240:241]
	v_mov_b64_e32 v[36:37], v[242:243]
	v_mov_b64_e32 v[38:39], v[244:245]
	v_mov_b64_e32 v[40:41], v[246:247]
	v_mov_b64_e32 v[42:43], v[248:249]
	v_mov_b64_e32 v[44:45], v[250:251]
	v_mov_b64_e32 v[46:47], v[252:253]
	ds_read2st64_b64 v[240:243], v69 offset0:4 offset1:6
	.loc	1 30 13                         ; spill.py:30:13
	v_add3_u32 v68, s39, v254, v77
	.loc	1 31 13                         ; spill.py:31:13
	ds_read2st64_b64 v[244:247], v69 offset1:2
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2st64_b64 v[64:67], v68 offset1:1
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[0:15], v[244:245], v[64:65], v[0:15]
	v_mov_b64_e32 v[70:71], v[80:81]
	v_mov_b64_e32 v[72:73], v[82:83]
	v_mov_b64_e32 v[74:75], v[84:85]
	v_mov_b64_e32 v[76:77], v[86:87]
	.loc	1 31 13                         ; spill.py:31:13
	v_accvgpr_write_b32 a127, v27           ;  Reload Reuse
	scratch_store_dwordx3 off, v[24:26], off offset:800 ; 12-byte Folded Spill
	v_accvgpr_write_b32 a123, v31           ;  Reload Reuse
	v_accvgpr_write_b32 a124, v30           ;  Reload Reuse
	v_accvgpr_write_b32 a125, v29           ;  Reload Reuse
	v_accvgpr_write_b32 a126, v28           ;  Reload Reuse
	.loc	1 32 15                         ; spill.py:32:15
	scratch_load_dwordx4 v[16:19], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:752 ; 16-byte Folded Reload
	v_mfma_f32_32x32x16_fp8_fp8 a[192:207], v[246:247], v[64:65], a[192:207]
	v_mfma_f32_32x32x16_fp8_fp8 a[176:191], v[240:241], v[64:65], a[176:191]
	v_mfma_f32_32x32x16_fp8_fp8 a[160:175], v[242:243], v[64:65], a[160:175]
	v_mfma_f32_32x32x16_fp8_fp8 a[144:159], v[244:245], v[66:67], a[144:159]
	v_mfma_f32_32x32x16_fp8_fp8 a[128:143], v[246:247], v[66:67], a[128:143]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[240:241], v[66:67], v[16:31]
	s_nop 11
	scratch_store_dwordx4 off, v[16:19], off offset:704 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:720 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:736 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:752 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[16:19], off, off offset:640 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[20:23], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[242:243], v[66:67], v[16:31]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2st64_b64 v[64:67], v68 offset0:2 offset1:3
	s_nop 10
	scratch_store_dwordx4 off, v[16:19], off offset:640 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:656 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:672 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:688 ; 16-byte Folded Spill
	.loc	1 32 15                         ; spill.py:32:15
	scratch_load_dwordx4 v[16:19], off, off offset:576 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[20:23], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0) lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[244:245], v[64:65], v[16:31]
	s_nop 11
	scratch_store_dwordx4 off, v[16:19], off offset:576 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:592 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:608 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:624 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[16:19], off, off offset:512 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[20:23], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[246:247], v[64:65], v[16:31]
	s_nop 11
	scratch_store_dwordx4 off, v[16:19], off offset:512 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:528 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:544 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:560 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[16:19], off, off offset:448 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[20:23], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[240:241], v[64:65], v[16:31]
	s_nop 11
	scratch_store_dwordx4 off, v[16:19], off offset:448 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:464 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:480 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:496 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[16:19], off, off offset:384 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[20:23], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[242:243], v[64:65], v[16:31]
	s_nop 11
	scratch_store_dwordx4 off, v[16:19], off offset:384 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:400 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:416 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:432 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[16:19], off, off offset:320 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[20:23], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[244:245], v[66:67], v[16:31]
	s_nop 11
	scratch_store_dwordx4 off, v[16:19], off offset:320 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:336 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:352 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:368 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[16:19], off, off offset:256 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[20:23], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[246:247], v[66:67], v[16:31]
	s_nop 11
	scratch_store_dwordx4 off, v[16:19], off offset:256 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:272 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:288 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:304 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[16:19], off, off offset:192 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[20:23], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[240:241], v[66:67], v[16:31]
	s_nop 11
	scratch_store_dwordx4 off, v[16:19], off offset:192 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:208 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:224 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:240 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[16:19], off, off offset:128 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[20:23], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[242:243], v[66:67], v[16:31]
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2st64_b64 v[64:67], v68 offset0:4 offset1:5
	s_nop 10
	scratch_store_dwordx4 off, v[16:19], off offset:128 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:144 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:160 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:176 ; 16-byte Folded Spill
	.loc	1 32 15                         ; spill.py:32:15
	scratch_load_dwordx4 v[16:19], off, off offset:64 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[20:23], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[48:63], v[240:241], v[64:65], v[48:63]
	v_mfma_f32_32x32x16_fp8_fp8 v[222:237], v[246:247], v[66:67], v[222:237]
	v_mfma_f32_32x32x16_fp8_fp8 v[206:221], v[240:241], v[66:67], v[206:221]
	v_mfma_f32_32x32x16_fp8_fp8 v[190:205], v[242:243], v[66:67], v[190:205]
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[244:245], v[64:65], v[16:31]
	s_nop 11
	scratch_store_dwordx4 off, v[16:19], off offset:64 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:80 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:96 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:112 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[16:19], off, off ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[20:23], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[246:247], v[64:65], v[16:31]
	s_nop 11
	scratch_store_dwordx4 off, v[16:19], off ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:16 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:32 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:48 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[16:19], off, off offset:832 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[20:23], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[24:27], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[28:31], off, off offset:880 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[242:243], v[64:65], v[16:31]
	s_nop 11
	scratch_store_dwordx4 off, v[16:19], off offset:832 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:848 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[24:27], off offset:864 ; 16-byte Folded Spill
	scratch_store_dwordx4 off, v[28:31], off offset:880 ; 16-byte Folded Spill
	scratch_load_dwordx4 v[16:19], off, off offset:768 ; 16-byte Folded Reload
	s_nop 0
	scratch_load_dwordx4 v[20:23], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx3 v[24:26], off, off offset:800 ; 12-byte Folded Reload
	v_accvgpr_read_b32 v27, a127            ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v31, a123            ;  Reload Reuse
	v_accvgpr_read_b32 v30, a124            ;  Reload Reuse
	v_accvgpr_read_b32 v29, a125            ;  Reload Reuse
	v_accvgpr_read_b32 v28, a126            ;  Reload Reuse
	s_nop 1
	v_mfma_f32_32x32x16_fp8_fp8 v[16:31], v[244:245], v[66:67], v[16:31]
	s_nop 11
	scratch_store_dwordx4 off, v[16:19], off offset:768 ; 16-byte Folded Spill
	s_nop 0
	scratch_store_dwordx4 off, v[20:23], off offset:784 ; 16-byte Folded Spill
	.loc	1 30 13                         ; spill.py:30:13
	ds_read2st64_b64 v[64:67], v68 offset0:6 offset1:7
	.loc	1 32 15                         ; spill.py:32:15
	s_waitcnt lgkmcnt(0)
	v_mfma_f32_32x32x16_fp8_fp8 v[32:47], v[242:243], v[66:67], v[32:47]
	v_mov_b64_e32 v[68:69], v[78:79]
	v_mov_b64_e32 v[78:79], v[88:89]
	v_mov_b64_e32 v[80:81], v[90:91]
	v_mov_b64_e32 v[82:83], v[92:93]
	scratch_store_dwordx3 off, v[24:26], off offset:800 ; 12-byte Folded Spill
	v_accvgpr_write_b32 a127, v27           ;  Reload Reuse
	v_accvgpr_write_b32 a123, v31           ;  Reload Reuse
	v_accvgpr_write_b32 a124, v30           ;  Reload Reuse
	v_accvgpr_write_b32 a125, v29           ;  Reload Reuse
	v_accvgpr_write_b32 a126, v28           ;  Reload Reuse
	v_mfma_f32_32x32x16_fp8_fp8 v[174:189], v[244:245], v[64:65], v[174:189]
	s_nop 0
	v_mov_b64_e32 v[252:253], v[46:47]
	v_mov_b64_e32 v[250:251], v[44:45]
	v_mov_b64_e32 v[248:249], v[42:43]
	v_mov_b64_e32 v[238:239], v[32:33]
	v_mfma_f32_32x32x16_fp8_fp8 v[158:173], v[246:247], v[64:65], v[158:173]
	v_mfma_f32_32x32x16_fp8_fp8 v[110:125], v[244:245], v[66:67], v[110:125]
	v_mov_b64_e32 v[244:245], v[38:39]
	v_mfma_f32_32x32x16_fp8_fp8 v[94:109], v[246:247], v[66:67], v[94:109]
	v_mov_b64_e32 v[246:247], v[40:41]
	v_mfma_f32_32x32x16_fp8_fp8 v[142:157], v[240:241], v[64:65], v[142:157]
	v_mfma_f32_32x32x16_fp8_fp8 v[126:141], v[242:243], v[64:65], v[126:141]
	v_mov_b64_e32 v[242:243], v[36:37]
	v_mfma_f32_32x32x16_fp8_fp8 v[68:83], v[240:241], v[66:67], v[68:83]
	v_mov_b64_e32 v[240:241], v[34:35]
	v_mov_b64_e32 v[32:33], v[48:49]
	v_mov_b64_e32 v[34:35], v[50:51]
	v_mov_b64_e32 v[36:37], v[52:53]
	v_mov_b64_e32 v[38:39], v[54:55]
	v_mov_b64_e32 v[40:41], v[56:57]
	v_mov_b64_e32 v[42:43], v[58:59]
	v_mov_b64_e32 v[44:45], v[60:61]
	v_mov_b64_e32 v[46:47], v[62:63]
	scratch_load_dwordx4 v[48:51], off, off offset:832 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[52:55], off, off offset:848 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[56:59], off, off offset:864 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[60:63], off, off offset:880 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[16:19], off, off offset:768 ; 16-byte Folded Reload
	scratch_load_dwordx4 v[20:23], off, off offset:784 ; 16-byte Folded Reload
	scratch_load_dwordx3 v[24:26], off, off offset:800 ; 12-byte Folded Reload
	v_mov_b64_e32 v[92:93], v[82:83]
	v_mov_b64_e32 v[90:91], v[80:81]
	v_mov_b64_e32 v[88:89], v[78:79]
	v_mov_b64_e32 v[86:87], v[76:77]
	v_mov_b64_e32 v[84:85], v[74:75]
	v_mov_b64_e32 v[82:83], v[72:73]
	v_mov_b64_e32 v[80:81], v[70:71]
	v_mov_b64_e32 v[78:79], v[68:69]
	v_accvgpr_read_b32 v27, a127            ;  Reload Reuse
	s_waitcnt vmcnt(0)
	v_accvgpr_read_b32 v31, a123            ;  Reload Reuse
	v_accvgpr_read_b32 v30, a124            ;  Reload Reuse
	v_accvgpr_read_b32 v29, a125            ;  Reload Reuse
	v_accvgpr_read_b32 v28, a126            ;  Reload Reuse
.LBB0_263:                              ; %._crit_edge._crit_edge
	.loc	1 22 32                         ; spill.py:22:32
	scratch_load_dword v64, off, off offset:1084 ; 4-byte Folded Reload
	.loc	1 22 14 is_stmt 0               ; spill.py:22:14
	scratch_load_dword v65, off, off offset:1080 ; 4-byte Folded Reload
	.loc	1 22 32                         ; spill.py:22:32
	s_lshr_b32 s0, s42, 1
	s_waitcnt vmcnt(1)
	v_lshrrev_b32_e32 v64, 3, v64
	v_or_b32_e32 v64, s0, v64
	.loc	1 22 14                         ; spill.py:22:14
	v_readlane_b32 s0, v255, 3
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v64, s8, v64
	.loc	1 22 14                         ; spill.py:22:14
	s_waitcnt vmcnt(0)
	v_or_b32_e32 v68, s0, v65
	.loc	1 35 22                         ; spill.py:35:22
	v_readlane_b32 s0, v255, 0
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_ashrrev_i32_e32 v65, 31, v64
	.loc	1 35 22                         ; spill.py:35:22
	s_nop 0
	v_mul_lo_u32 v66, s0, v68
	.loc	1 35 14                         ; spill.py:35:14
	v_readlane_b32 s0, v255, 1
	v_ashrrev_i32_e32 v67, 31, v66
	v_readlane_b32 s1, v255, 2
	s_nop 1
	v_lshl_add_u64 v[66:67], v[66:67], 2, s[0:1]
	.loc	1 36 33 is_stmt 1               ; spill.py:36:33
	v_readlane_b32 s0, v255, 5
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[66:67], v[64:65], 2, v[66:67]
	.loc	1 36 33                         ; spill.py:36:33
	s_nop 0
	v_cmp_gt_i32_e32 vcc, s0, v68
	.loc	1 36 57 is_stmt 0               ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v64
	s_nop 1
	v_writelane_b32 v255, s0, 3
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 4
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_265
; %bb.264:
	global_store_dword v[66:67], v0, off
.LBB0_265:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 1, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v0
	s_nop 1
	v_writelane_b32 v255, s0, 6
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 7
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_267
; %bb.266:
	global_store_dword v[66:67], v1, off offset:4
.LBB0_267:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 2, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v0
	s_nop 1
	v_writelane_b32 v255, s0, 8
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 9
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_269
; %bb.268:
	global_store_dword v[66:67], v2, off offset:8
.LBB0_269:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 3, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v0
	s_nop 1
	v_writelane_b32 v255, s0, 10
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 11
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_271
; %bb.270:
	global_store_dword v[66:67], v3, off offset:12
.LBB0_271:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 8, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v0
	s_nop 1
	v_writelane_b32 v255, s0, 12
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 13
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_273
; %bb.272:
	global_store_dword v[66:67], v4, off offset:32
.LBB0_273:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 9, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v0
	s_nop 1
	v_writelane_b32 v255, s0, 14
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 15
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_275
; %bb.274:
	global_store_dword v[66:67], v5, off offset:36
.LBB0_275:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 10, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v0
	s_nop 1
	v_writelane_b32 v255, s0, 16
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 17
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_277
; %bb.276:
	global_store_dword v[66:67], v6, off offset:40
.LBB0_277:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 11, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v0
	s_nop 1
	v_writelane_b32 v255, s0, 18
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 19
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_279
; %bb.278:
	global_store_dword v[66:67], v7, off offset:44
.LBB0_279:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 16, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v0
	s_nop 1
	v_writelane_b32 v255, s0, 20
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 21
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_281
; %bb.280:
	global_store_dword v[66:67], v8, off offset:64
.LBB0_281:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 17, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v0
	s_nop 1
	v_writelane_b32 v255, s0, 22
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 23
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_283
; %bb.282:
	global_store_dword v[66:67], v9, off offset:68
.LBB0_283:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 18, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v0
	s_nop 1
	v_writelane_b32 v255, s0, 24
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 25
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_285
; %bb.284:
	global_store_dword v[66:67], v10, off offset:72
.LBB0_285:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 19, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v0
	s_nop 1
	v_writelane_b32 v255, s0, 26
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 27
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_287
; %bb.286:
	global_store_dword v[66:67], v11, off offset:76
.LBB0_287:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 24, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v0
	s_nop 1
	v_writelane_b32 v255, s0, 28
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 29
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_289
; %bb.288:
	global_store_dword v[66:67], v12, off offset:96
.LBB0_289:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 25, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v0
	s_nop 1
	v_writelane_b32 v255, s0, 30
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 31
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_291
; %bb.290:
	global_store_dword v[66:67], v13, off offset:100
.LBB0_291:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 26, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v0
	s_nop 1
	v_writelane_b32 v255, s0, 32
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 33
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_293
; %bb.292:
	global_store_dword v[66:67], v14, off offset:104
.LBB0_293:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 27, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v0
	s_nop 1
	v_writelane_b32 v255, s0, 34
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 35
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_295
; %bb.294:
	global_store_dword v[66:67], v15, off offset:108
.LBB0_295:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 64, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v0
	s_nop 1
	v_writelane_b32 v255, s0, 36
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[0:1]
	s_nop 0
	v_writelane_b32 v255, s1, 37
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_297
; %bb.296:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v0, a192
	v_accvgpr_read_b32 v1, a193
	v_accvgpr_read_b32 v2, a194
	v_accvgpr_read_b32 v3, a195
	v_accvgpr_read_b32 v4, a196
	v_accvgpr_read_b32 v5, a197
	v_accvgpr_read_b32 v6, a198
	v_accvgpr_read_b32 v7, a199
	v_accvgpr_read_b32 v8, a200
	v_accvgpr_read_b32 v9, a201
	v_accvgpr_read_b32 v10, a202
	v_accvgpr_read_b32 v11, a203
	v_accvgpr_read_b32 v12, a204
	v_accvgpr_read_b32 v13, a205
	v_accvgpr_read_b32 v14, a206
	v_accvgpr_read_b32 v15, a207
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v0, off offset:256
.LBB0_297:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x41, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[36:37], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_299
; %bb.298:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v1, a193
	v_accvgpr_read_b32 v2, a194
	v_accvgpr_read_b32 v3, a195
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v1, off offset:260
.LBB0_299:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x42, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[38:39], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_301
; %bb.300:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v2, a194
	v_accvgpr_read_b32 v3, a195
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v2, off offset:264
.LBB0_301:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x43, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[40:41], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_303
; %bb.302:
	global_store_dword v[66:67], a195, off offset:268
.LBB0_303:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x48, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[42:43], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_305
; %bb.304:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a196
	v_accvgpr_read_b32 v5, a197
	v_accvgpr_read_b32 v6, a198
	v_accvgpr_read_b32 v7, a199
	v_accvgpr_read_b32 v8, a200
	v_accvgpr_read_b32 v9, a201
	v_accvgpr_read_b32 v10, a202
	v_accvgpr_read_b32 v11, a203
	v_accvgpr_read_b32 v12, a204
	v_accvgpr_read_b32 v13, a205
	v_accvgpr_read_b32 v14, a206
	v_accvgpr_read_b32 v15, a207
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v4, off offset:288
.LBB0_305:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x49, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[44:45], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_307
; %bb.306:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a197
	v_accvgpr_read_b32 v6, a198
	v_accvgpr_read_b32 v7, a199
	v_accvgpr_read_b32 v8, a200
	v_accvgpr_read_b32 v9, a201
	v_accvgpr_read_b32 v10, a202
	v_accvgpr_read_b32 v11, a203
	v_accvgpr_read_b32 v12, a204
	v_accvgpr_read_b32 v13, a205
	v_accvgpr_read_b32 v14, a206
	v_accvgpr_read_b32 v15, a207
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v5, off offset:292
.LBB0_307:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x4a, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[46:47], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_309
; %bb.308:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v6, a198
	v_accvgpr_read_b32 v7, a199
	v_accvgpr_read_b32 v8, a200
	v_accvgpr_read_b32 v9, a201
	v_accvgpr_read_b32 v10, a202
	v_accvgpr_read_b32 v11, a203
	v_accvgpr_read_b32 v12, a204
	v_accvgpr_read_b32 v13, a205
	v_accvgpr_read_b32 v14, a206
	v_accvgpr_read_b32 v15, a207
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v6, off offset:296
.LBB0_309:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x4b, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[48:49], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_311
; %bb.310:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v7, a199
	v_accvgpr_read_b32 v8, a200
	v_accvgpr_read_b32 v9, a201
	v_accvgpr_read_b32 v10, a202
	v_accvgpr_read_b32 v11, a203
	v_accvgpr_read_b32 v12, a204
	v_accvgpr_read_b32 v13, a205
	v_accvgpr_read_b32 v14, a206
	v_accvgpr_read_b32 v15, a207
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v7, off offset:300
.LBB0_311:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x50, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[50:51], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_313
; %bb.312:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v8, a200
	v_accvgpr_read_b32 v9, a201
	v_accvgpr_read_b32 v10, a202
	v_accvgpr_read_b32 v11, a203
	v_accvgpr_read_b32 v12, a204
	v_accvgpr_read_b32 v13, a205
	v_accvgpr_read_b32 v14, a206
	v_accvgpr_read_b32 v15, a207
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v8, off offset:320
.LBB0_313:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x51, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[52:53], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_315
; %bb.314:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v9, a201
	v_accvgpr_read_b32 v10, a202
	v_accvgpr_read_b32 v11, a203
	v_accvgpr_read_b32 v12, a204
	v_accvgpr_read_b32 v13, a205
	v_accvgpr_read_b32 v14, a206
	v_accvgpr_read_b32 v15, a207
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v9, off offset:324
.LBB0_315:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x52, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[54:55], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_317
; %bb.316:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v10, a202
	v_accvgpr_read_b32 v11, a203
	v_accvgpr_read_b32 v12, a204
	v_accvgpr_read_b32 v13, a205
	v_accvgpr_read_b32 v14, a206
	v_accvgpr_read_b32 v15, a207
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v10, off offset:328
.LBB0_317:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x53, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[56:57], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_319
; %bb.318:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v11, a203
	v_accvgpr_read_b32 v12, a204
	v_accvgpr_read_b32 v13, a205
	v_accvgpr_read_b32 v14, a206
	v_accvgpr_read_b32 v15, a207
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v11, off offset:332
.LBB0_319:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x58, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[58:59], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_321
; %bb.320:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v12, a204
	v_accvgpr_read_b32 v13, a205
	v_accvgpr_read_b32 v14, a206
	v_accvgpr_read_b32 v15, a207
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v12, off offset:352
.LBB0_321:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x59, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[60:61], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_323
; %bb.322:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v13, a205
	v_accvgpr_read_b32 v14, a206
	v_accvgpr_read_b32 v15, a207
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v13, off offset:356
.LBB0_323:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x5a, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[62:63], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_325
; %bb.324:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v14, a206
	v_accvgpr_read_b32 v15, a207
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v14, off offset:360
.LBB0_325:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x5b, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[64:65], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_327
; %bb.326:
	global_store_dword v[66:67], a207, off offset:364
.LBB0_327:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x80, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[66:67], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_329
; %bb.328:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v0, a176
	v_accvgpr_read_b32 v1, a177
	v_accvgpr_read_b32 v2, a178
	v_accvgpr_read_b32 v3, a179
	v_accvgpr_read_b32 v4, a180
	v_accvgpr_read_b32 v5, a181
	v_accvgpr_read_b32 v6, a182
	v_accvgpr_read_b32 v7, a183
	v_accvgpr_read_b32 v8, a184
	v_accvgpr_read_b32 v9, a185
	v_accvgpr_read_b32 v10, a186
	v_accvgpr_read_b32 v11, a187
	v_accvgpr_read_b32 v12, a188
	v_accvgpr_read_b32 v13, a189
	v_accvgpr_read_b32 v14, a190
	v_accvgpr_read_b32 v15, a191
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v0, off offset:512
.LBB0_329:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x81, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[68:69], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_331
; %bb.330:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v1, a177
	v_accvgpr_read_b32 v2, a178
	v_accvgpr_read_b32 v3, a179
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v1, off offset:516
.LBB0_331:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x82, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[70:71], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_333
; %bb.332:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v2, a178
	v_accvgpr_read_b32 v3, a179
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v2, off offset:520
.LBB0_333:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x83, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[72:73], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_335
; %bb.334:
	global_store_dword v[66:67], a179, off offset:524
.LBB0_335:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x88, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[74:75], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_337
; %bb.336:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a180
	v_accvgpr_read_b32 v5, a181
	v_accvgpr_read_b32 v6, a182
	v_accvgpr_read_b32 v7, a183
	v_accvgpr_read_b32 v8, a184
	v_accvgpr_read_b32 v9, a185
	v_accvgpr_read_b32 v10, a186
	v_accvgpr_read_b32 v11, a187
	v_accvgpr_read_b32 v12, a188
	v_accvgpr_read_b32 v13, a189
	v_accvgpr_read_b32 v14, a190
	v_accvgpr_read_b32 v15, a191
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v4, off offset:544
.LBB0_337:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x89, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[76:77], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_339
; %bb.338:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a181
	v_accvgpr_read_b32 v6, a182
	v_accvgpr_read_b32 v7, a183
	v_accvgpr_read_b32 v8, a184
	v_accvgpr_read_b32 v9, a185
	v_accvgpr_read_b32 v10, a186
	v_accvgpr_read_b32 v11, a187
	v_accvgpr_read_b32 v12, a188
	v_accvgpr_read_b32 v13, a189
	v_accvgpr_read_b32 v14, a190
	v_accvgpr_read_b32 v15, a191
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v5, off offset:548
.LBB0_339:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x8a, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[78:79], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_341
; %bb.340:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v6, a182
	v_accvgpr_read_b32 v7, a183
	v_accvgpr_read_b32 v8, a184
	v_accvgpr_read_b32 v9, a185
	v_accvgpr_read_b32 v10, a186
	v_accvgpr_read_b32 v11, a187
	v_accvgpr_read_b32 v12, a188
	v_accvgpr_read_b32 v13, a189
	v_accvgpr_read_b32 v14, a190
	v_accvgpr_read_b32 v15, a191
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v6, off offset:552
.LBB0_341:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x8b, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[80:81], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_343
; %bb.342:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v7, a183
	v_accvgpr_read_b32 v8, a184
	v_accvgpr_read_b32 v9, a185
	v_accvgpr_read_b32 v10, a186
	v_accvgpr_read_b32 v11, a187
	v_accvgpr_read_b32 v12, a188
	v_accvgpr_read_b32 v13, a189
	v_accvgpr_read_b32 v14, a190
	v_accvgpr_read_b32 v15, a191
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v7, off offset:556
.LBB0_343:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x90, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[82:83], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_345
; %bb.344:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v8, a184
	v_accvgpr_read_b32 v9, a185
	v_accvgpr_read_b32 v10, a186
	v_accvgpr_read_b32 v11, a187
	v_accvgpr_read_b32 v12, a188
	v_accvgpr_read_b32 v13, a189
	v_accvgpr_read_b32 v14, a190
	v_accvgpr_read_b32 v15, a191
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v8, off offset:576
.LBB0_345:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x91, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[84:85], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_347
; %bb.346:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v9, a185
	v_accvgpr_read_b32 v10, a186
	v_accvgpr_read_b32 v11, a187
	v_accvgpr_read_b32 v12, a188
	v_accvgpr_read_b32 v13, a189
	v_accvgpr_read_b32 v14, a190
	v_accvgpr_read_b32 v15, a191
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v9, off offset:580
.LBB0_347:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x92, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[86:87], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_349
; %bb.348:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v10, a186
	v_accvgpr_read_b32 v11, a187
	v_accvgpr_read_b32 v12, a188
	v_accvgpr_read_b32 v13, a189
	v_accvgpr_read_b32 v14, a190
	v_accvgpr_read_b32 v15, a191
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v10, off offset:584
.LBB0_349:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x93, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[88:89], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_351
; %bb.350:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v11, a187
	v_accvgpr_read_b32 v12, a188
	v_accvgpr_read_b32 v13, a189
	v_accvgpr_read_b32 v14, a190
	v_accvgpr_read_b32 v15, a191
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v11, off offset:588
.LBB0_351:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x98, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[90:91], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_353
; %bb.352:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v12, a188
	v_accvgpr_read_b32 v13, a189
	v_accvgpr_read_b32 v14, a190
	v_accvgpr_read_b32 v15, a191
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v12, off offset:608
.LBB0_353:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x99, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[92:93], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_355
; %bb.354:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v13, a189
	v_accvgpr_read_b32 v14, a190
	v_accvgpr_read_b32 v15, a191
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v13, off offset:612
.LBB0_355:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x9a, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[94:95], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_357
; %bb.356:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v14, a190
	v_accvgpr_read_b32 v15, a191
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v14, off offset:616
.LBB0_357:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0x9b, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[96:97], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_359
; %bb.358:
	global_store_dword v[66:67], a191, off offset:620
.LBB0_359:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0xc0, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[98:99], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_361
; %bb.360:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v0, a160
	v_accvgpr_read_b32 v1, a161
	v_accvgpr_read_b32 v2, a162
	v_accvgpr_read_b32 v3, a163
	v_accvgpr_read_b32 v4, a164
	v_accvgpr_read_b32 v5, a165
	v_accvgpr_read_b32 v6, a166
	v_accvgpr_read_b32 v7, a167
	v_accvgpr_read_b32 v8, a168
	v_accvgpr_read_b32 v9, a169
	v_accvgpr_read_b32 v10, a170
	v_accvgpr_read_b32 v11, a171
	v_accvgpr_read_b32 v12, a172
	v_accvgpr_read_b32 v13, a173
	v_accvgpr_read_b32 v14, a174
	v_accvgpr_read_b32 v15, a175
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v0, off offset:768
.LBB0_361:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0xc1, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[6:7], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_363
; %bb.362:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v1, a161
	v_accvgpr_read_b32 v2, a162
	v_accvgpr_read_b32 v3, a163
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v1, off offset:772
.LBB0_363:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0xc2, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[0:1], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[4:5], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[2:3], s[4:5]
	s_cbranch_execz .LBB0_365
; %bb.364:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v2, a162
	v_accvgpr_read_b32 v3, a163
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v2, off offset:776
.LBB0_365:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[2:3]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0xc3, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[2:3], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[10:11], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[4:5], s[10:11]
	s_cbranch_execz .LBB0_367
; %bb.366:
	global_store_dword v[66:67], a163, off offset:780
.LBB0_367:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[4:5]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0xc8, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[4:5], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[10:11], s[12:13]
	s_cbranch_execz .LBB0_369
; %bb.368:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a164
	v_accvgpr_read_b32 v5, a165
	v_accvgpr_read_b32 v6, a166
	v_accvgpr_read_b32 v7, a167
	v_accvgpr_read_b32 v8, a168
	v_accvgpr_read_b32 v9, a169
	v_accvgpr_read_b32 v10, a170
	v_accvgpr_read_b32 v11, a171
	v_accvgpr_read_b32 v12, a172
	v_accvgpr_read_b32 v13, a173
	v_accvgpr_read_b32 v14, a174
	v_accvgpr_read_b32 v15, a175
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v4, off offset:800
.LBB0_369:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[10:11]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0xc9, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[30:31], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[10:11], s[12:13]
	s_cbranch_execz .LBB0_371
; %bb.370:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a165
	v_accvgpr_read_b32 v6, a166
	v_accvgpr_read_b32 v7, a167
	v_accvgpr_read_b32 v8, a168
	v_accvgpr_read_b32 v9, a169
	v_accvgpr_read_b32 v10, a170
	v_accvgpr_read_b32 v11, a171
	v_accvgpr_read_b32 v12, a172
	v_accvgpr_read_b32 v13, a173
	v_accvgpr_read_b32 v14, a174
	v_accvgpr_read_b32 v15, a175
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v5, off offset:804
.LBB0_371:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[10:11]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0xca, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[10:11], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[14:15], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[14:15]
	s_cbranch_execz .LBB0_373
; %bb.372:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v6, a166
	v_accvgpr_read_b32 v7, a167
	v_accvgpr_read_b32 v8, a168
	v_accvgpr_read_b32 v9, a169
	v_accvgpr_read_b32 v10, a170
	v_accvgpr_read_b32 v11, a171
	v_accvgpr_read_b32 v12, a172
	v_accvgpr_read_b32 v13, a173
	v_accvgpr_read_b32 v14, a174
	v_accvgpr_read_b32 v15, a175
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v6, off offset:808
.LBB0_373:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0xcb, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[34:35], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[14:15], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[14:15]
	s_cbranch_execz .LBB0_375
; %bb.374:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v7, a167
	v_accvgpr_read_b32 v8, a168
	v_accvgpr_read_b32 v9, a169
	v_accvgpr_read_b32 v10, a170
	v_accvgpr_read_b32 v11, a171
	v_accvgpr_read_b32 v12, a172
	v_accvgpr_read_b32 v13, a173
	v_accvgpr_read_b32 v14, a174
	v_accvgpr_read_b32 v15, a175
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v7, off offset:812
.LBB0_375:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0xd0, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[14:15], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[16:17], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[16:17]
	s_cbranch_execz .LBB0_377
; %bb.376:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v8, a168
	v_accvgpr_read_b32 v9, a169
	v_accvgpr_read_b32 v10, a170
	v_accvgpr_read_b32 v11, a171
	v_accvgpr_read_b32 v12, a172
	v_accvgpr_read_b32 v13, a173
	v_accvgpr_read_b32 v14, a174
	v_accvgpr_read_b32 v15, a175
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v8, off offset:832
.LBB0_377:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0xd1, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[16:17], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[18:19], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[18:19]
	s_cbranch_execz .LBB0_379
; %bb.378:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v9, a169
	v_accvgpr_read_b32 v10, a170
	v_accvgpr_read_b32 v11, a171
	v_accvgpr_read_b32 v12, a172
	v_accvgpr_read_b32 v13, a173
	v_accvgpr_read_b32 v14, a174
	v_accvgpr_read_b32 v15, a175
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v9, off offset:836
.LBB0_379:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0xd2, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[18:19], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[20:21], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[20:21]
	s_cbranch_execz .LBB0_381
; %bb.380:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v10, a170
	v_accvgpr_read_b32 v11, a171
	v_accvgpr_read_b32 v12, a172
	v_accvgpr_read_b32 v13, a173
	v_accvgpr_read_b32 v14, a174
	v_accvgpr_read_b32 v15, a175
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v10, off offset:840
.LBB0_381:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0xd3, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[20:21], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[22:23], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[22:23]
	s_cbranch_execz .LBB0_383
; %bb.382:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v11, a171
	v_accvgpr_read_b32 v12, a172
	v_accvgpr_read_b32 v13, a173
	v_accvgpr_read_b32 v14, a174
	v_accvgpr_read_b32 v15, a175
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v11, off offset:844
.LBB0_383:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0xd8, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[22:23], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[24:25], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[24:25]
	s_cbranch_execz .LBB0_385
; %bb.384:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v12, a172
	v_accvgpr_read_b32 v13, a173
	v_accvgpr_read_b32 v14, a174
	v_accvgpr_read_b32 v15, a175
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v12, off offset:864
.LBB0_385:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0xd9, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[24:25], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[26:27], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[26:27]
	s_cbranch_execz .LBB0_387
; %bb.386:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v13, a173
	v_accvgpr_read_b32 v14, a174
	v_accvgpr_read_b32 v15, a175
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v13, off offset:868
.LBB0_387:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0xda, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[26:27], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[28:29], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[28:29]
	s_cbranch_execz .LBB0_389
; %bb.388:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v14, a174
	v_accvgpr_read_b32 v15, a175
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[66:67], v14, off offset:872
.LBB0_389:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 23 14 is_stmt 1               ; spill.py:23:14
	v_or_b32_e32 v0, 0xdb, v64
	.loc	1 36 57                         ; spill.py:36:57
	v_cmp_gt_i32_e64 s[28:29], s9, v0
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_391
; %bb.390:
	global_store_dword v[66:67], a175, off offset:876
.LBB0_391:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v2, 32, v68
	.loc	1 35 22                         ; spill.py:35:22
	v_readlane_b32 s8, v255, 0
	s_nop 1
	v_mul_lo_u32 v0, s8, v2
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s8, v255, 1
	v_ashrrev_i32_e32 v1, 31, v0
	v_readlane_b32 s9, v255, 2
	s_nop 1
	v_lshl_add_u64 v[0:1], v[0:1], 2, s[8:9]
	.loc	1 36 33 is_stmt 1               ; spill.py:36:33
	v_readlane_b32 s8, v255, 5
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[0:1], v[64:65], 2, v[0:1]
	.loc	1 36 33                         ; spill.py:36:33
	s_nop 0
	v_cmp_gt_i32_e32 vcc, s8, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	v_readlane_b32 s8, v255, 3
	v_readlane_b32 s9, v255, 4
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_393
; %bb.392:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_mov_b32 a0, a144
	v_accvgpr_mov_b32 a1, a145
	v_accvgpr_mov_b32 a2, a146
	v_accvgpr_mov_b32 a3, a147
	v_accvgpr_mov_b32 a4, a148
	v_accvgpr_mov_b32 a5, a149
	v_accvgpr_mov_b32 a6, a150
	v_accvgpr_mov_b32 a7, a151
	v_accvgpr_mov_b32 a8, a152
	v_accvgpr_mov_b32 a9, a153
	v_accvgpr_mov_b32 a10, a154
	v_accvgpr_mov_b32 a11, a155
	v_accvgpr_mov_b32 a12, a156
	v_accvgpr_mov_b32 a13, a157
	v_accvgpr_mov_b32 a14, a158
	v_accvgpr_mov_b32 a15, a159
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], a0, off
.LBB0_393:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 6
	v_readlane_b32 s9, v255, 7
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_395
; %bb.394:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_mov_b32 a1, a145
	v_accvgpr_mov_b32 a2, a146
	v_accvgpr_mov_b32 a3, a147
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], a1, off offset:4
.LBB0_395:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 8
	v_readlane_b32 s9, v255, 9
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_397
; %bb.396:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v2, a146
	v_accvgpr_read_b32 v3, a147
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:8
.LBB0_397:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 10
	v_readlane_b32 s9, v255, 11
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_399
; %bb.398:
	global_store_dword v[0:1], a147, off offset:12
.LBB0_399:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 12
	v_readlane_b32 s9, v255, 13
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_401
; %bb.400:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a148
	v_accvgpr_read_b32 v5, a149
	v_accvgpr_read_b32 v6, a150
	v_accvgpr_read_b32 v7, a151
	v_accvgpr_read_b32 v8, a152
	v_accvgpr_read_b32 v9, a153
	v_accvgpr_read_b32 v10, a154
	v_accvgpr_read_b32 v11, a155
	v_accvgpr_read_b32 v12, a156
	v_accvgpr_read_b32 v13, a157
	v_accvgpr_read_b32 v14, a158
	v_accvgpr_read_b32 v15, a159
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v4, off offset:32
.LBB0_401:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 14
	v_readlane_b32 s9, v255, 15
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_403
; %bb.402:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a149
	v_accvgpr_read_b32 v6, a150
	v_accvgpr_read_b32 v7, a151
	v_accvgpr_read_b32 v8, a152
	v_accvgpr_read_b32 v9, a153
	v_accvgpr_read_b32 v10, a154
	v_accvgpr_read_b32 v11, a155
	v_accvgpr_read_b32 v12, a156
	v_accvgpr_read_b32 v13, a157
	v_accvgpr_read_b32 v14, a158
	v_accvgpr_read_b32 v15, a159
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v5, off offset:36
.LBB0_403:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 16
	v_readlane_b32 s9, v255, 17
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_405
; %bb.404:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v6, a150
	v_accvgpr_read_b32 v7, a151
	v_accvgpr_read_b32 v8, a152
	v_accvgpr_read_b32 v9, a153
	v_accvgpr_read_b32 v10, a154
	v_accvgpr_read_b32 v11, a155
	v_accvgpr_read_b32 v12, a156
	v_accvgpr_read_b32 v13, a157
	v_accvgpr_read_b32 v14, a158
	v_accvgpr_read_b32 v15, a159
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v6, off offset:40
.LBB0_405:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 18
	v_readlane_b32 s9, v255, 19
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_407
; %bb.406:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v7, a151
	v_accvgpr_read_b32 v8, a152
	v_accvgpr_read_b32 v9, a153
	v_accvgpr_read_b32 v10, a154
	v_accvgpr_read_b32 v11, a155
	v_accvgpr_read_b32 v12, a156
	v_accvgpr_read_b32 v13, a157
	v_accvgpr_read_b32 v14, a158
	v_accvgpr_read_b32 v15, a159
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v7, off offset:44
.LBB0_407:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 20
	v_readlane_b32 s9, v255, 21
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_409
; %bb.408:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v8, a152
	v_accvgpr_read_b32 v9, a153
	v_accvgpr_read_b32 v10, a154
	v_accvgpr_read_b32 v11, a155
	v_accvgpr_read_b32 v12, a156
	v_accvgpr_read_b32 v13, a157
	v_accvgpr_read_b32 v14, a158
	v_accvgpr_read_b32 v15, a159
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v8, off offset:64
.LBB0_409:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 22
	v_readlane_b32 s9, v255, 23
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_411
; %bb.410:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v9, a153
	v_accvgpr_read_b32 v10, a154
	v_accvgpr_read_b32 v11, a155
	v_accvgpr_read_b32 v12, a156
	v_accvgpr_read_b32 v13, a157
	v_accvgpr_read_b32 v14, a158
	v_accvgpr_read_b32 v15, a159
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v9, off offset:68
.LBB0_411:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 24
	v_readlane_b32 s9, v255, 25
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_413
; %bb.412:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v10, a154
	v_accvgpr_read_b32 v11, a155
	v_accvgpr_read_b32 v12, a156
	v_accvgpr_read_b32 v13, a157
	v_accvgpr_read_b32 v14, a158
	v_accvgpr_read_b32 v15, a159
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v10, off offset:72
.LBB0_413:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 26
	v_readlane_b32 s9, v255, 27
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_415
; %bb.414:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v11, a155
	v_accvgpr_read_b32 v12, a156
	v_accvgpr_read_b32 v13, a157
	v_accvgpr_read_b32 v14, a158
	v_accvgpr_read_b32 v15, a159
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v11, off offset:76
.LBB0_415:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 28
	v_readlane_b32 s9, v255, 29
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_417
; %bb.416:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v12, a156
	v_accvgpr_read_b32 v13, a157
	v_accvgpr_read_b32 v14, a158
	v_accvgpr_read_b32 v15, a159
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v12, off offset:96
.LBB0_417:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 30
	v_readlane_b32 s9, v255, 31
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_419
; %bb.418:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v13, a157
	v_accvgpr_read_b32 v14, a158
	v_accvgpr_read_b32 v15, a159
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v13, off offset:100
.LBB0_419:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 32
	v_readlane_b32 s9, v255, 33
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_421
; %bb.420:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v14, a158
	v_accvgpr_read_b32 v15, a159
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v14, off offset:104
.LBB0_421:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 34
	v_readlane_b32 s9, v255, 35
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_423
; %bb.422:
	global_store_dword v[0:1], a159, off offset:108
.LBB0_423:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 36
	v_readlane_b32 s9, v255, 37
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_958
; %bb.424:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_959
.LBB0_425:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_960
.LBB0_426:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_961
.LBB0_427:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_962
.LBB0_428:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_963
.LBB0_429:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_964
.LBB0_430:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_965
.LBB0_431:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_966
.LBB0_432:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_967
.LBB0_433:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_968
.LBB0_434:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_969
.LBB0_435:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_970
.LBB0_436:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_971
.LBB0_437:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_972
.LBB0_438:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_973
.LBB0_439:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_974
.LBB0_440:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_975
.LBB0_441:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_976
.LBB0_442:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_977
.LBB0_443:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_978
.LBB0_444:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_979
.LBB0_445:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_980
.LBB0_446:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_981
.LBB0_447:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_982
.LBB0_448:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_983
.LBB0_449:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_984
.LBB0_450:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_985
.LBB0_451:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_986
.LBB0_452:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_987
.LBB0_453:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_988
.LBB0_454:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_989
.LBB0_455:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_990
.LBB0_456:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_991
.LBB0_457:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_992
.LBB0_458:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_993
.LBB0_459:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_994
.LBB0_460:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_995
.LBB0_461:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_996
.LBB0_462:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_997
.LBB0_463:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_998
.LBB0_464:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_999
.LBB0_465:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1000
.LBB0_466:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1001
.LBB0_467:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1002
.LBB0_468:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1003
.LBB0_469:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1004
.LBB0_470:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_472
.LBB0_471:
	scratch_load_dwordx4 a[0:3], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a15, off offset:876
.LBB0_472:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v2, 64, v68
	.loc	1 35 22                         ; spill.py:35:22
	v_readlane_b32 s8, v255, 0
	s_nop 1
	v_mul_lo_u32 v0, s8, v2
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s8, v255, 1
	v_ashrrev_i32_e32 v1, 31, v0
	v_readlane_b32 s9, v255, 2
	s_nop 1
	v_lshl_add_u64 v[0:1], v[0:1], 2, s[8:9]
	.loc	1 36 33 is_stmt 1               ; spill.py:36:33
	v_readlane_b32 s8, v255, 5
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[0:1], v[64:65], 2, v[0:1]
	.loc	1 36 33                         ; spill.py:36:33
	s_nop 0
	v_cmp_gt_i32_e32 vcc, s8, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	v_readlane_b32 s8, v255, 3
	v_readlane_b32 s9, v255, 4
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_474
; %bb.473:
	scratch_load_dwordx4 a[0:3], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a0, off
.LBB0_474:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 6
	v_readlane_b32 s9, v255, 7
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_476
; %bb.475:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:624 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a1, off offset:4
.LBB0_476:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 8
	v_readlane_b32 s9, v255, 9
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_478
; %bb.477:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v2, a2
	v_accvgpr_read_b32 v3, a3
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:8
.LBB0_478:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 10
	v_readlane_b32 s9, v255, 11
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_480
; %bb.479:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:624 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a3, off offset:12
.LBB0_480:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 12
	v_readlane_b32 s9, v255, 13
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_482
; %bb.481:
	scratch_load_dwordx4 a[0:3], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a4, off offset:32
.LBB0_482:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 14
	v_readlane_b32 s9, v255, 15
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_484
; %bb.483:
	scratch_load_dwordx4 a[0:3], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a5, off offset:36
.LBB0_484:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 16
	v_readlane_b32 s9, v255, 17
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_486
; %bb.485:
	scratch_load_dwordx4 a[0:3], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a6, off offset:40
.LBB0_486:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 18
	v_readlane_b32 s9, v255, 19
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_488
; %bb.487:
	scratch_load_dwordx4 a[0:3], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a7, off offset:44
.LBB0_488:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 20
	v_readlane_b32 s9, v255, 21
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_490
; %bb.489:
	scratch_load_dwordx4 a[0:3], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a8, off offset:64
.LBB0_490:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 22
	v_readlane_b32 s9, v255, 23
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_492
; %bb.491:
	scratch_load_dwordx4 a[0:3], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a9, off offset:68
.LBB0_492:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 24
	v_readlane_b32 s9, v255, 25
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_494
; %bb.493:
	scratch_load_dwordx4 a[0:3], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a10, off offset:72
.LBB0_494:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 26
	v_readlane_b32 s9, v255, 27
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_496
; %bb.495:
	scratch_load_dwordx4 a[0:3], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a11, off offset:76
.LBB0_496:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 28
	v_readlane_b32 s9, v255, 29
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_498
; %bb.497:
	scratch_load_dwordx4 a[0:3], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a12, off offset:96
.LBB0_498:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 30
	v_readlane_b32 s9, v255, 31
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_500
; %bb.499:
	scratch_load_dwordx4 a[0:3], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a13, off offset:100
.LBB0_500:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 32
	v_readlane_b32 s9, v255, 33
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_502
; %bb.501:
	scratch_load_dwordx4 a[0:3], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a14, off offset:104
.LBB0_502:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 34
	v_readlane_b32 s9, v255, 35
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_504
; %bb.503:
	scratch_load_dwordx4 a[0:3], off, off offset:576 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:592 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:608 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:624 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a15, off offset:108
.LBB0_504:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 36
	v_readlane_b32 s9, v255, 37
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1005
; %bb.505:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1006
.LBB0_506:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1007
.LBB0_507:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1008
.LBB0_508:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1009
.LBB0_509:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1010
.LBB0_510:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1011
.LBB0_511:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1012
.LBB0_512:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1013
.LBB0_513:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1014
.LBB0_514:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1015
.LBB0_515:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1016
.LBB0_516:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1017
.LBB0_517:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1018
.LBB0_518:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1019
.LBB0_519:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1020
.LBB0_520:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1021
.LBB0_521:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1022
.LBB0_522:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1023
.LBB0_523:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1024
.LBB0_524:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1025
.LBB0_525:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1026
.LBB0_526:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1027
.LBB0_527:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1028
.LBB0_528:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1029
.LBB0_529:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1030
.LBB0_530:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1031
.LBB0_531:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1032
.LBB0_532:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1033
.LBB0_533:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1034
.LBB0_534:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1035
.LBB0_535:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1036
.LBB0_536:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1037
.LBB0_537:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1038
.LBB0_538:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1039
.LBB0_539:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1040
.LBB0_540:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1041
.LBB0_541:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1042
.LBB0_542:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1043
.LBB0_543:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1044
.LBB0_544:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1045
.LBB0_545:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1046
.LBB0_546:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1047
.LBB0_547:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1048
.LBB0_548:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1049
.LBB0_549:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1050
.LBB0_550:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1051
.LBB0_551:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_553
.LBB0_552:
	scratch_load_dwordx4 a[0:3], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a15, off offset:876
.LBB0_553:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v2, 0x60, v68
	.loc	1 35 22                         ; spill.py:35:22
	v_readlane_b32 s8, v255, 0
	s_nop 1
	v_mul_lo_u32 v0, s8, v2
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s8, v255, 1
	v_ashrrev_i32_e32 v1, 31, v0
	v_readlane_b32 s9, v255, 2
	s_nop 1
	v_lshl_add_u64 v[0:1], v[0:1], 2, s[8:9]
	.loc	1 36 33 is_stmt 1               ; spill.py:36:33
	v_readlane_b32 s8, v255, 5
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[0:1], v[64:65], 2, v[0:1]
	.loc	1 36 33                         ; spill.py:36:33
	s_nop 0
	v_cmp_gt_i32_e32 vcc, s8, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	v_readlane_b32 s8, v255, 3
	v_readlane_b32 s9, v255, 4
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_555
; %bb.554:
	scratch_load_dwordx4 a[0:3], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a0, off
.LBB0_555:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 6
	v_readlane_b32 s9, v255, 7
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_557
; %bb.556:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:368 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a1, off offset:4
.LBB0_557:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 8
	v_readlane_b32 s9, v255, 9
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_559
; %bb.558:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v2, a2
	v_accvgpr_read_b32 v3, a3
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:8
.LBB0_559:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 10
	v_readlane_b32 s9, v255, 11
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_561
; %bb.560:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:368 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a3, off offset:12
.LBB0_561:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 12
	v_readlane_b32 s9, v255, 13
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_563
; %bb.562:
	scratch_load_dwordx4 a[0:3], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a4, off offset:32
.LBB0_563:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 14
	v_readlane_b32 s9, v255, 15
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_565
; %bb.564:
	scratch_load_dwordx4 a[0:3], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a5, off offset:36
.LBB0_565:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 16
	v_readlane_b32 s9, v255, 17
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_567
; %bb.566:
	scratch_load_dwordx4 a[0:3], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a6, off offset:40
.LBB0_567:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 18
	v_readlane_b32 s9, v255, 19
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_569
; %bb.568:
	scratch_load_dwordx4 a[0:3], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a7, off offset:44
.LBB0_569:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 20
	v_readlane_b32 s9, v255, 21
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_571
; %bb.570:
	scratch_load_dwordx4 a[0:3], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a8, off offset:64
.LBB0_571:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 22
	v_readlane_b32 s9, v255, 23
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_573
; %bb.572:
	scratch_load_dwordx4 a[0:3], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a9, off offset:68
.LBB0_573:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 24
	v_readlane_b32 s9, v255, 25
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_575
; %bb.574:
	scratch_load_dwordx4 a[0:3], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a10, off offset:72
.LBB0_575:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 26
	v_readlane_b32 s9, v255, 27
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_577
; %bb.576:
	scratch_load_dwordx4 a[0:3], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a11, off offset:76
.LBB0_577:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 28
	v_readlane_b32 s9, v255, 29
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_579
; %bb.578:
	scratch_load_dwordx4 a[0:3], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a12, off offset:96
.LBB0_579:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 30
	v_readlane_b32 s9, v255, 31
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_581
; %bb.580:
	scratch_load_dwordx4 a[0:3], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a13, off offset:100
.LBB0_581:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 32
	v_readlane_b32 s9, v255, 33
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_583
; %bb.582:
	scratch_load_dwordx4 a[0:3], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a14, off offset:104
.LBB0_583:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 34
	v_readlane_b32 s9, v255, 35
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_585
; %bb.584:
	scratch_load_dwordx4 a[0:3], off, off offset:320 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:336 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:352 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:368 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a15, off offset:108
.LBB0_585:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 36
	v_readlane_b32 s9, v255, 37
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1052
; %bb.586:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1053
.LBB0_587:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1054
.LBB0_588:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1055
.LBB0_589:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1056
.LBB0_590:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1057
.LBB0_591:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1058
.LBB0_592:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1059
.LBB0_593:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1060
.LBB0_594:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1061
.LBB0_595:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1062
.LBB0_596:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1063
.LBB0_597:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1064
.LBB0_598:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1065
.LBB0_599:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1066
.LBB0_600:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1067
.LBB0_601:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1068
.LBB0_602:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1069
.LBB0_603:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1070
.LBB0_604:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1071
.LBB0_605:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1072
.LBB0_606:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1073
.LBB0_607:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1074
.LBB0_608:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1075
.LBB0_609:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1076
.LBB0_610:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1077
.LBB0_611:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1078
.LBB0_612:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1079
.LBB0_613:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1080
.LBB0_614:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1081
.LBB0_615:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1082
.LBB0_616:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1083
.LBB0_617:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1084
.LBB0_618:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1085
.LBB0_619:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1086
.LBB0_620:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1087
.LBB0_621:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1088
.LBB0_622:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1089
.LBB0_623:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1090
.LBB0_624:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1091
.LBB0_625:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1092
.LBB0_626:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1093
.LBB0_627:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1094
.LBB0_628:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1095
.LBB0_629:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1096
.LBB0_630:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1097
.LBB0_631:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1098
.LBB0_632:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_634
.LBB0_633:
	scratch_load_dwordx4 a[0:3], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a15, off offset:876
.LBB0_634:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v2, 0x80, v68
	.loc	1 35 22                         ; spill.py:35:22
	v_readlane_b32 s8, v255, 0
	s_nop 1
	v_mul_lo_u32 v0, s8, v2
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s8, v255, 1
	v_ashrrev_i32_e32 v1, 31, v0
	v_readlane_b32 s9, v255, 2
	s_nop 1
	v_lshl_add_u64 v[0:1], v[0:1], 2, s[8:9]
	.loc	1 36 33 is_stmt 1               ; spill.py:36:33
	v_readlane_b32 s8, v255, 5
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[0:1], v[64:65], 2, v[0:1]
	.loc	1 36 33                         ; spill.py:36:33
	s_nop 0
	v_cmp_gt_i32_e32 vcc, s8, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	v_readlane_b32 s8, v255, 3
	v_readlane_b32 s9, v255, 4
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_636
; %bb.635:
	scratch_load_dwordx4 a[0:3], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a0, off
.LBB0_636:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 6
	v_readlane_b32 s9, v255, 7
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_638
; %bb.637:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:112 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a1, off offset:4
.LBB0_638:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 8
	v_readlane_b32 s9, v255, 9
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_640
; %bb.639:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v2, a2
	v_accvgpr_read_b32 v3, a3
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:8
.LBB0_640:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 10
	v_readlane_b32 s9, v255, 11
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_642
; %bb.641:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:112 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a3, off offset:12
.LBB0_642:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 12
	v_readlane_b32 s9, v255, 13
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_644
; %bb.643:
	scratch_load_dwordx4 a[0:3], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a4, off offset:32
.LBB0_644:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 14
	v_readlane_b32 s9, v255, 15
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_646
; %bb.645:
	scratch_load_dwordx4 a[0:3], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a5, off offset:36
.LBB0_646:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 16
	v_readlane_b32 s9, v255, 17
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_648
; %bb.647:
	scratch_load_dwordx4 a[0:3], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a6, off offset:40
.LBB0_648:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 18
	v_readlane_b32 s9, v255, 19
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_650
; %bb.649:
	scratch_load_dwordx4 a[0:3], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a7, off offset:44
.LBB0_650:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 20
	v_readlane_b32 s9, v255, 21
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_652
; %bb.651:
	scratch_load_dwordx4 a[0:3], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a8, off offset:64
.LBB0_652:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 22
	v_readlane_b32 s9, v255, 23
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_654
; %bb.653:
	scratch_load_dwordx4 a[0:3], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a9, off offset:68
.LBB0_654:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 24
	v_readlane_b32 s9, v255, 25
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_656
; %bb.655:
	scratch_load_dwordx4 a[0:3], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a10, off offset:72
.LBB0_656:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 26
	v_readlane_b32 s9, v255, 27
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_658
; %bb.657:
	scratch_load_dwordx4 a[0:3], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a11, off offset:76
.LBB0_658:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 28
	v_readlane_b32 s9, v255, 29
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_660
; %bb.659:
	scratch_load_dwordx4 a[0:3], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a12, off offset:96
.LBB0_660:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 30
	v_readlane_b32 s9, v255, 31
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_662
; %bb.661:
	scratch_load_dwordx4 a[0:3], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a13, off offset:100
.LBB0_662:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 32
	v_readlane_b32 s9, v255, 33
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_664
; %bb.663:
	scratch_load_dwordx4 a[0:3], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a14, off offset:104
.LBB0_664:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 34
	v_readlane_b32 s9, v255, 35
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_666
; %bb.665:
	scratch_load_dwordx4 a[0:3], off, off offset:64 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:80 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:96 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:112 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a15, off offset:108
.LBB0_666:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 36
	v_readlane_b32 s9, v255, 37
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1099
; %bb.667:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1100
.LBB0_668:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1101
.LBB0_669:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1102
.LBB0_670:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1103
.LBB0_671:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1104
.LBB0_672:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1105
.LBB0_673:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1106
.LBB0_674:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1107
.LBB0_675:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1108
.LBB0_676:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1109
.LBB0_677:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1110
.LBB0_678:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1111
.LBB0_679:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1112
.LBB0_680:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1113
.LBB0_681:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1114
.LBB0_682:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1115
.LBB0_683:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1116
.LBB0_684:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1117
.LBB0_685:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1118
.LBB0_686:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1119
.LBB0_687:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1120
.LBB0_688:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1121
.LBB0_689:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1122
.LBB0_690:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1123
.LBB0_691:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1124
.LBB0_692:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1125
.LBB0_693:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1126
.LBB0_694:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1127
.LBB0_695:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1128
.LBB0_696:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1129
.LBB0_697:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1130
.LBB0_698:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1131
.LBB0_699:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1132
.LBB0_700:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1133
.LBB0_701:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1134
.LBB0_702:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1135
.LBB0_703:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1136
.LBB0_704:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1137
.LBB0_705:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1138
.LBB0_706:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1139
.LBB0_707:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1140
.LBB0_708:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1141
.LBB0_709:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1142
.LBB0_710:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1143
.LBB0_711:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1144
.LBB0_712:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1145
.LBB0_713:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_715
.LBB0_714:
	global_store_dword v[0:1], v63, off offset:876
.LBB0_715:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v2, 0xa0, v68
	.loc	1 35 22                         ; spill.py:35:22
	v_readlane_b32 s8, v255, 0
	s_nop 1
	v_mul_lo_u32 v0, s8, v2
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s8, v255, 1
	v_ashrrev_i32_e32 v1, 31, v0
	v_readlane_b32 s9, v255, 2
	s_nop 1
	v_lshl_add_u64 v[0:1], v[0:1], 2, s[8:9]
	.loc	1 36 33 is_stmt 1               ; spill.py:36:33
	v_readlane_b32 s8, v255, 5
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[0:1], v[64:65], 2, v[0:1]
	.loc	1 36 33                         ; spill.py:36:33
	s_nop 0
	v_cmp_gt_i32_e32 vcc, s8, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	v_readlane_b32 s8, v255, 3
	v_readlane_b32 s9, v255, 4
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_717
; %bb.716:
	global_store_dword v[0:1], v16, off
.LBB0_717:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 6
	v_readlane_b32 s9, v255, 7
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_719
; %bb.718:
	global_store_dword v[0:1], v17, off offset:4
.LBB0_719:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 8
	v_readlane_b32 s9, v255, 9
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_721
; %bb.720:
	global_store_dword v[0:1], v18, off offset:8
.LBB0_721:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 10
	v_readlane_b32 s9, v255, 11
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_723
; %bb.722:
	global_store_dword v[0:1], v19, off offset:12
.LBB0_723:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 12
	v_readlane_b32 s9, v255, 13
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_725
; %bb.724:
	global_store_dword v[0:1], v20, off offset:32
.LBB0_725:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 14
	v_readlane_b32 s9, v255, 15
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_727
; %bb.726:
	global_store_dword v[0:1], v21, off offset:36
.LBB0_727:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 16
	v_readlane_b32 s9, v255, 17
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_729
; %bb.728:
	global_store_dword v[0:1], v22, off offset:40
.LBB0_729:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 18
	v_readlane_b32 s9, v255, 19
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_731
; %bb.730:
	global_store_dword v[0:1], v23, off offset:44
.LBB0_731:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 20
	v_readlane_b32 s9, v255, 21
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_733
; %bb.732:
	global_store_dword v[0:1], v24, off offset:64
.LBB0_733:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 22
	v_readlane_b32 s9, v255, 23
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_735
; %bb.734:
	global_store_dword v[0:1], v25, off offset:68
.LBB0_735:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 24
	v_readlane_b32 s9, v255, 25
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_737
; %bb.736:
	global_store_dword v[0:1], v26, off offset:72
.LBB0_737:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 26
	v_readlane_b32 s9, v255, 27
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_739
; %bb.738:
	global_store_dword v[0:1], v27, off offset:76
.LBB0_739:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 28
	v_readlane_b32 s9, v255, 29
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_741
; %bb.740:
	global_store_dword v[0:1], v28, off offset:96
.LBB0_741:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 30
	v_readlane_b32 s9, v255, 31
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_743
; %bb.742:
	global_store_dword v[0:1], v29, off offset:100
.LBB0_743:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 32
	v_readlane_b32 s9, v255, 33
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_745
; %bb.744:
	global_store_dword v[0:1], v30, off offset:104
.LBB0_745:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 34
	v_readlane_b32 s9, v255, 35
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_747
; %bb.746:
	global_store_dword v[0:1], v31, off offset:108
.LBB0_747:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 36
	v_readlane_b32 s9, v255, 37
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1146
; %bb.748:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1147
.LBB0_749:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1148
.LBB0_750:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1149
.LBB0_751:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1150
.LBB0_752:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1151
.LBB0_753:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1152
.LBB0_754:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1153
.LBB0_755:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1154
.LBB0_756:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1155
.LBB0_757:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1156
.LBB0_758:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1157
.LBB0_759:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1158
.LBB0_760:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1159
.LBB0_761:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1160
.LBB0_762:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1161
.LBB0_763:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1162
.LBB0_764:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1163
.LBB0_765:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1164
.LBB0_766:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1165
.LBB0_767:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1166
.LBB0_768:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1167
.LBB0_769:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1168
.LBB0_770:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1169
.LBB0_771:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1170
.LBB0_772:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1171
.LBB0_773:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1172
.LBB0_774:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1173
.LBB0_775:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1174
.LBB0_776:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1175
.LBB0_777:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1176
.LBB0_778:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1177
.LBB0_779:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1178
.LBB0_780:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1179
.LBB0_781:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1180
.LBB0_782:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1181
.LBB0_783:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1182
.LBB0_784:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1183
.LBB0_785:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1184
.LBB0_786:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1185
.LBB0_787:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1186
.LBB0_788:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1187
.LBB0_789:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1188
.LBB0_790:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1189
.LBB0_791:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1190
.LBB0_792:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1191
.LBB0_793:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1192
.LBB0_794:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_796
.LBB0_795:
	global_store_dword v[0:1], v205, off offset:876
.LBB0_796:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v2, 0xc0, v68
	.loc	1 35 22                         ; spill.py:35:22
	v_readlane_b32 s8, v255, 0
	s_nop 1
	v_mul_lo_u32 v0, s8, v2
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s8, v255, 1
	v_ashrrev_i32_e32 v1, 31, v0
	v_readlane_b32 s9, v255, 2
	s_nop 1
	v_lshl_add_u64 v[0:1], v[0:1], 2, s[8:9]
	.loc	1 36 33 is_stmt 1               ; spill.py:36:33
	v_readlane_b32 s8, v255, 5
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[0:1], v[64:65], 2, v[0:1]
	.loc	1 36 33                         ; spill.py:36:33
	s_nop 0
	v_cmp_gt_i32_e32 vcc, s8, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	v_readlane_b32 s8, v255, 3
	v_readlane_b32 s9, v255, 4
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_798
; %bb.797:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[174:175]
	v_mov_b64_e32 v[4:5], v[176:177]
	v_mov_b64_e32 v[6:7], v[178:179]
	v_mov_b64_e32 v[8:9], v[180:181]
	v_mov_b64_e32 v[10:11], v[182:183]
	v_mov_b64_e32 v[12:13], v[184:185]
	v_mov_b64_e32 v[14:15], v[186:187]
	v_mov_b64_e32 v[16:17], v[188:189]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off
.LBB0_798:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 6
	v_readlane_b32 s9, v255, 7
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_800
; %bb.799:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v3, v175
	v_mov_b64_e32 v[4:5], v[176:177]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v3, off offset:4
.LBB0_800:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 8
	v_readlane_b32 s9, v255, 9
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_802
; %bb.801:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[176:177]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:8
.LBB0_802:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 10
	v_readlane_b32 s9, v255, 11
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_804
; %bb.803:
	global_store_dword v[0:1], v177, off offset:12
.LBB0_804:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 12
	v_readlane_b32 s9, v255, 13
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_806
; %bb.805:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[178:179]
	v_mov_b64_e32 v[6:7], v[180:181]
	v_mov_b64_e32 v[8:9], v[182:183]
	v_mov_b64_e32 v[10:11], v[184:185]
	v_mov_b64_e32 v[12:13], v[186:187]
	v_mov_b64_e32 v[14:15], v[188:189]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v4, off offset:32
.LBB0_806:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 14
	v_readlane_b32 s9, v255, 15
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_808
; %bb.807:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v179
	v_mov_b64_e32 v[6:7], v[180:181]
	v_mov_b64_e32 v[8:9], v[182:183]
	v_mov_b64_e32 v[10:11], v[184:185]
	v_mov_b64_e32 v[12:13], v[186:187]
	v_mov_b64_e32 v[14:15], v[188:189]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v5, off offset:36
.LBB0_808:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 16
	v_readlane_b32 s9, v255, 17
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_810
; %bb.809:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[6:7], v[180:181]
	v_mov_b64_e32 v[8:9], v[182:183]
	v_mov_b64_e32 v[10:11], v[184:185]
	v_mov_b64_e32 v[12:13], v[186:187]
	v_mov_b64_e32 v[14:15], v[188:189]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v6, off offset:40
.LBB0_810:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 18
	v_readlane_b32 s9, v255, 19
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_812
; %bb.811:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v7, v181
	v_mov_b64_e32 v[8:9], v[182:183]
	v_mov_b64_e32 v[10:11], v[184:185]
	v_mov_b64_e32 v[12:13], v[186:187]
	v_mov_b64_e32 v[14:15], v[188:189]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v7, off offset:44
.LBB0_812:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 20
	v_readlane_b32 s9, v255, 21
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_814
; %bb.813:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[8:9], v[182:183]
	v_mov_b64_e32 v[10:11], v[184:185]
	v_mov_b64_e32 v[12:13], v[186:187]
	v_mov_b64_e32 v[14:15], v[188:189]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v8, off offset:64
.LBB0_814:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 22
	v_readlane_b32 s9, v255, 23
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_816
; %bb.815:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v9, v183
	v_mov_b64_e32 v[10:11], v[184:185]
	v_mov_b64_e32 v[12:13], v[186:187]
	v_mov_b64_e32 v[14:15], v[188:189]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v9, off offset:68
.LBB0_816:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 24
	v_readlane_b32 s9, v255, 25
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_818
; %bb.817:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[10:11], v[184:185]
	v_mov_b64_e32 v[12:13], v[186:187]
	v_mov_b64_e32 v[14:15], v[188:189]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v10, off offset:72
.LBB0_818:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 26
	v_readlane_b32 s9, v255, 27
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_820
; %bb.819:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v11, v185
	v_mov_b64_e32 v[12:13], v[186:187]
	v_mov_b64_e32 v[14:15], v[188:189]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v11, off offset:76
.LBB0_820:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 28
	v_readlane_b32 s9, v255, 29
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_822
; %bb.821:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[12:13], v[186:187]
	v_mov_b64_e32 v[14:15], v[188:189]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v12, off offset:96
.LBB0_822:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 30
	v_readlane_b32 s9, v255, 31
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_824
; %bb.823:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v13, v187
	v_mov_b64_e32 v[14:15], v[188:189]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v13, off offset:100
.LBB0_824:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 32
	v_readlane_b32 s9, v255, 33
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_826
; %bb.825:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[14:15], v[188:189]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v14, off offset:104
.LBB0_826:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 34
	v_readlane_b32 s9, v255, 35
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_828
; %bb.827:
	global_store_dword v[0:1], v189, off offset:108
.LBB0_828:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 36
	v_readlane_b32 s9, v255, 37
	s_and_b64 s[8:9], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1193
; %bb.829:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1194
.LBB0_830:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1195
.LBB0_831:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1196
.LBB0_832:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1197
.LBB0_833:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1198
.LBB0_834:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1199
.LBB0_835:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1200
.LBB0_836:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1201
.LBB0_837:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1202
.LBB0_838:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1203
.LBB0_839:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1204
.LBB0_840:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1205
.LBB0_841:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1206
.LBB0_842:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1207
.LBB0_843:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1208
.LBB0_844:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1209
.LBB0_845:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1210
.LBB0_846:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1211
.LBB0_847:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1212
.LBB0_848:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1213
.LBB0_849:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1214
.LBB0_850:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1215
.LBB0_851:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1216
.LBB0_852:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1217
.LBB0_853:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1218
.LBB0_854:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1219
.LBB0_855:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1220
.LBB0_856:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1221
.LBB0_857:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1222
.LBB0_858:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1223
.LBB0_859:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1224
.LBB0_860:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1225
.LBB0_861:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1226
.LBB0_862:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1227
.LBB0_863:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1228
.LBB0_864:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1229
.LBB0_865:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1230
.LBB0_866:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1231
.LBB0_867:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1232
.LBB0_868:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1233
.LBB0_869:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1234
.LBB0_870:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1235
.LBB0_871:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1236
.LBB0_872:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1237
.LBB0_873:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1238
.LBB0_874:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_1239
.LBB0_875:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_877
.LBB0_876:
	global_store_dword v[0:1], v141, off offset:876
.LBB0_877:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[12:13]
	.loc	1 22 14 is_stmt 1               ; spill.py:22:14
	v_or_b32_e32 v2, 0xe0, v68
	.loc	1 35 22                         ; spill.py:35:22
	v_readlane_b32 s8, v255, 0
	s_nop 1
	v_mul_lo_u32 v0, s8, v2
	.loc	1 35 14 is_stmt 0               ; spill.py:35:14
	v_readlane_b32 s8, v255, 1
	v_ashrrev_i32_e32 v1, 31, v0
	v_readlane_b32 s9, v255, 2
	s_nop 1
	v_lshl_add_u64 v[0:1], v[0:1], 2, s[8:9]
	.loc	1 36 33 is_stmt 1               ; spill.py:36:33
	v_readlane_b32 s8, v255, 5
	.loc	1 35 14                         ; spill.py:35:14
	v_lshl_add_u64 v[0:1], v[64:65], 2, v[0:1]
	.loc	1 36 33                         ; spill.py:36:33
	s_nop 0
	v_cmp_gt_i32_e32 vcc, s8, v2
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	v_readlane_b32 s8, v255, 3
	v_readlane_b32 s9, v255, 4
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_879
; %bb.878:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[110:111]
	v_mov_b64_e32 v[4:5], v[112:113]
	v_mov_b64_e32 v[6:7], v[114:115]
	v_mov_b64_e32 v[8:9], v[116:117]
	v_mov_b64_e32 v[10:11], v[118:119]
	v_mov_b64_e32 v[12:13], v[120:121]
	v_mov_b64_e32 v[14:15], v[122:123]
	v_mov_b64_e32 v[16:17], v[124:125]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off
.LBB0_879:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 6
	v_readlane_b32 s9, v255, 7
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_881
; %bb.880:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v3, v111
	v_mov_b64_e32 v[4:5], v[112:113]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v3, off offset:4
.LBB0_881:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 8
	v_readlane_b32 s9, v255, 9
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_883
; %bb.882:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[112:113]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:8
.LBB0_883:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 10
	v_readlane_b32 s9, v255, 11
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_885
; %bb.884:
	global_store_dword v[0:1], v113, off offset:12
.LBB0_885:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 12
	v_readlane_b32 s9, v255, 13
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_887
; %bb.886:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[114:115]
	v_mov_b64_e32 v[6:7], v[116:117]
	v_mov_b64_e32 v[8:9], v[118:119]
	v_mov_b64_e32 v[10:11], v[120:121]
	v_mov_b64_e32 v[12:13], v[122:123]
	v_mov_b64_e32 v[14:15], v[124:125]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v4, off offset:32
.LBB0_887:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 14
	v_readlane_b32 s9, v255, 15
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_889
; %bb.888:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v115
	v_mov_b64_e32 v[6:7], v[116:117]
	v_mov_b64_e32 v[8:9], v[118:119]
	v_mov_b64_e32 v[10:11], v[120:121]
	v_mov_b64_e32 v[12:13], v[122:123]
	v_mov_b64_e32 v[14:15], v[124:125]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v5, off offset:36
.LBB0_889:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 16
	v_readlane_b32 s9, v255, 17
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_891
; %bb.890:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[6:7], v[116:117]
	v_mov_b64_e32 v[8:9], v[118:119]
	v_mov_b64_e32 v[10:11], v[120:121]
	v_mov_b64_e32 v[12:13], v[122:123]
	v_mov_b64_e32 v[14:15], v[124:125]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v6, off offset:40
.LBB0_891:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 18
	v_readlane_b32 s9, v255, 19
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_893
; %bb.892:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v7, v117
	v_mov_b64_e32 v[8:9], v[118:119]
	v_mov_b64_e32 v[10:11], v[120:121]
	v_mov_b64_e32 v[12:13], v[122:123]
	v_mov_b64_e32 v[14:15], v[124:125]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v7, off offset:44
.LBB0_893:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 20
	v_readlane_b32 s9, v255, 21
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_895
; %bb.894:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[8:9], v[118:119]
	v_mov_b64_e32 v[10:11], v[120:121]
	v_mov_b64_e32 v[12:13], v[122:123]
	v_mov_b64_e32 v[14:15], v[124:125]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v8, off offset:64
.LBB0_895:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 22
	v_readlane_b32 s9, v255, 23
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_897
; %bb.896:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v9, v119
	v_mov_b64_e32 v[10:11], v[120:121]
	v_mov_b64_e32 v[12:13], v[122:123]
	v_mov_b64_e32 v[14:15], v[124:125]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v9, off offset:68
.LBB0_897:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 24
	v_readlane_b32 s9, v255, 25
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_899
; %bb.898:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[10:11], v[120:121]
	v_mov_b64_e32 v[12:13], v[122:123]
	v_mov_b64_e32 v[14:15], v[124:125]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v10, off offset:72
.LBB0_899:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 26
	v_readlane_b32 s9, v255, 27
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_901
; %bb.900:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v11, v121
	v_mov_b64_e32 v[12:13], v[122:123]
	v_mov_b64_e32 v[14:15], v[124:125]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v11, off offset:76
.LBB0_901:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 28
	v_readlane_b32 s9, v255, 29
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_903
; %bb.902:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[12:13], v[122:123]
	v_mov_b64_e32 v[14:15], v[124:125]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v12, off offset:96
.LBB0_903:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 30
	v_readlane_b32 s9, v255, 31
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_905
; %bb.904:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v13, v123
	v_mov_b64_e32 v[14:15], v[124:125]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v13, off offset:100
.LBB0_905:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 32
	v_readlane_b32 s9, v255, 33
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_907
; %bb.906:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[14:15], v[124:125]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v14, off offset:104
.LBB0_907:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 34
	v_readlane_b32 s9, v255, 35
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_909
; %bb.908:
	global_store_dword v[0:1], v125, off offset:108
.LBB0_909:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	v_readlane_b32 s8, v255, 36
	v_readlane_b32 s9, v255, 37
	s_and_b64 s[12:13], vcc, s[8:9]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1240
; %bb.910:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1241
.LBB0_911:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1242
.LBB0_912:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1243
.LBB0_913:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1244
.LBB0_914:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1245
.LBB0_915:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1246
.LBB0_916:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1247
.LBB0_917:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1248
.LBB0_918:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1249
.LBB0_919:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1250
.LBB0_920:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1251
.LBB0_921:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1252
.LBB0_922:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1253
.LBB0_923:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1254
.LBB0_924:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1255
.LBB0_925:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1256
.LBB0_926:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1257
.LBB0_927:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1258
.LBB0_928:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1259
.LBB0_929:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1260
.LBB0_930:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1261
.LBB0_931:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1262
.LBB0_932:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1263
.LBB0_933:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1264
.LBB0_934:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1265
.LBB0_935:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1266
.LBB0_936:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1267
.LBB0_937:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1268
.LBB0_938:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1269
.LBB0_939:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1270
.LBB0_940:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1271
.LBB0_941:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execnz .LBB0_1272
.LBB0_942:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[6:7], s[8:9]
	s_cbranch_execnz .LBB0_1273
.LBB0_943:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[6:7]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[6:7], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execnz .LBB0_1274
.LBB0_944:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1275
.LBB0_945:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1276
.LBB0_946:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1277
.LBB0_947:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1278
.LBB0_948:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1279
.LBB0_949:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1280
.LBB0_950:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1281
.LBB0_951:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1282
.LBB0_952:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1283
.LBB0_953:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1284
.LBB0_954:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1285
.LBB0_955:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execnz .LBB0_1286
.LBB0_956:
	.loc	1 0 5                           ; spill.py:0:5
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[0:1], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_cbranch_execnz .LBB0_1287
.LBB0_957:
	.loc	1 16 1 is_stmt 1                ; spill.py:16:1
	s_endpgm
.LBB0_958:
	.loc	1 0 1 is_stmt 0                 ; spill.py:0:1
	v_accvgpr_mov_b32 a0, a128
	v_accvgpr_mov_b32 a1, a129
	v_accvgpr_mov_b32 a2, a130
	v_accvgpr_mov_b32 a3, a131
	v_accvgpr_mov_b32 a4, a132
	v_accvgpr_mov_b32 a5, a133
	v_accvgpr_mov_b32 a6, a134
	v_accvgpr_mov_b32 a7, a135
	v_accvgpr_mov_b32 a8, a136
	v_accvgpr_mov_b32 a9, a137
	v_accvgpr_mov_b32 a10, a138
	v_accvgpr_mov_b32 a11, a139
	v_accvgpr_mov_b32 a12, a140
	v_accvgpr_mov_b32 a13, a141
	v_accvgpr_mov_b32 a14, a142
	v_accvgpr_mov_b32 a15, a143
	.loc	1 36 5 is_stmt 1                ; spill.py:36:5
	global_store_dword v[0:1], a0, off offset:256
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32 is_stmt 0               ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_425
.LBB0_959:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_mov_b32 a1, a129
	v_accvgpr_mov_b32 a2, a130
	v_accvgpr_mov_b32 a3, a131
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], a1, off offset:260
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_426
.LBB0_960:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v2, a130
	v_accvgpr_read_b32 v3, a131
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:264
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_427
.LBB0_961:
	global_store_dword v[0:1], a131, off offset:268
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_428
.LBB0_962:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v4, a132
	v_accvgpr_read_b32 v5, a133
	v_accvgpr_read_b32 v6, a134
	v_accvgpr_read_b32 v7, a135
	v_accvgpr_read_b32 v8, a136
	v_accvgpr_read_b32 v9, a137
	v_accvgpr_read_b32 v10, a138
	v_accvgpr_read_b32 v11, a139
	v_accvgpr_read_b32 v12, a140
	v_accvgpr_read_b32 v13, a141
	v_accvgpr_read_b32 v14, a142
	v_accvgpr_read_b32 v15, a143
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v4, off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_429
.LBB0_963:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v5, a133
	v_accvgpr_read_b32 v6, a134
	v_accvgpr_read_b32 v7, a135
	v_accvgpr_read_b32 v8, a136
	v_accvgpr_read_b32 v9, a137
	v_accvgpr_read_b32 v10, a138
	v_accvgpr_read_b32 v11, a139
	v_accvgpr_read_b32 v12, a140
	v_accvgpr_read_b32 v13, a141
	v_accvgpr_read_b32 v14, a142
	v_accvgpr_read_b32 v15, a143
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v5, off offset:292
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_430
.LBB0_964:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v6, a134
	v_accvgpr_read_b32 v7, a135
	v_accvgpr_read_b32 v8, a136
	v_accvgpr_read_b32 v9, a137
	v_accvgpr_read_b32 v10, a138
	v_accvgpr_read_b32 v11, a139
	v_accvgpr_read_b32 v12, a140
	v_accvgpr_read_b32 v13, a141
	v_accvgpr_read_b32 v14, a142
	v_accvgpr_read_b32 v15, a143
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v6, off offset:296
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_431
.LBB0_965:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v7, a135
	v_accvgpr_read_b32 v8, a136
	v_accvgpr_read_b32 v9, a137
	v_accvgpr_read_b32 v10, a138
	v_accvgpr_read_b32 v11, a139
	v_accvgpr_read_b32 v12, a140
	v_accvgpr_read_b32 v13, a141
	v_accvgpr_read_b32 v14, a142
	v_accvgpr_read_b32 v15, a143
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v7, off offset:300
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_432
.LBB0_966:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v8, a136
	v_accvgpr_read_b32 v9, a137
	v_accvgpr_read_b32 v10, a138
	v_accvgpr_read_b32 v11, a139
	v_accvgpr_read_b32 v12, a140
	v_accvgpr_read_b32 v13, a141
	v_accvgpr_read_b32 v14, a142
	v_accvgpr_read_b32 v15, a143
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v8, off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_433
.LBB0_967:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v9, a137
	v_accvgpr_read_b32 v10, a138
	v_accvgpr_read_b32 v11, a139
	v_accvgpr_read_b32 v12, a140
	v_accvgpr_read_b32 v13, a141
	v_accvgpr_read_b32 v14, a142
	v_accvgpr_read_b32 v15, a143
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v9, off offset:324
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_434
.LBB0_968:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v10, a138
	v_accvgpr_read_b32 v11, a139
	v_accvgpr_read_b32 v12, a140
	v_accvgpr_read_b32 v13, a141
	v_accvgpr_read_b32 v14, a142
	v_accvgpr_read_b32 v15, a143
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v10, off offset:328
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_435
.LBB0_969:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v11, a139
	v_accvgpr_read_b32 v12, a140
	v_accvgpr_read_b32 v13, a141
	v_accvgpr_read_b32 v14, a142
	v_accvgpr_read_b32 v15, a143
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v11, off offset:332
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_436
.LBB0_970:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v12, a140
	v_accvgpr_read_b32 v13, a141
	v_accvgpr_read_b32 v14, a142
	v_accvgpr_read_b32 v15, a143
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v12, off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_437
.LBB0_971:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v13, a141
	v_accvgpr_read_b32 v14, a142
	v_accvgpr_read_b32 v15, a143
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v13, off offset:356
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_438
.LBB0_972:
	.loc	1 0 5                           ; spill.py:0:5
	v_accvgpr_read_b32 v14, a142
	v_accvgpr_read_b32 v15, a143
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v14, off offset:360
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_439
.LBB0_973:
	global_store_dword v[0:1], a143, off offset:364
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_440
.LBB0_974:
	scratch_load_dwordx4 a[0:3], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a0, off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_441
.LBB0_975:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:752 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a1, off offset:516
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_442
.LBB0_976:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v2, a2
	v_accvgpr_read_b32 v3, a3
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:520
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_443
.LBB0_977:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:752 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a3, off offset:524
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_444
.LBB0_978:
	scratch_load_dwordx4 a[0:3], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a4, off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_445
.LBB0_979:
	scratch_load_dwordx4 a[0:3], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a5, off offset:548
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_446
.LBB0_980:
	scratch_load_dwordx4 a[0:3], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a6, off offset:552
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_447
.LBB0_981:
	scratch_load_dwordx4 a[0:3], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a7, off offset:556
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_448
.LBB0_982:
	scratch_load_dwordx4 a[0:3], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a8, off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_449
.LBB0_983:
	scratch_load_dwordx4 a[0:3], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a9, off offset:580
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_450
.LBB0_984:
	scratch_load_dwordx4 a[0:3], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a10, off offset:584
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_451
.LBB0_985:
	scratch_load_dwordx4 a[0:3], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a11, off offset:588
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_452
.LBB0_986:
	scratch_load_dwordx4 a[0:3], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a12, off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_453
.LBB0_987:
	scratch_load_dwordx4 a[0:3], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a13, off offset:612
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_454
.LBB0_988:
	scratch_load_dwordx4 a[0:3], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a14, off offset:616
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_455
.LBB0_989:
	scratch_load_dwordx4 a[0:3], off, off offset:704 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:720 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:736 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:752 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a15, off offset:620
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_456
.LBB0_990:
	scratch_load_dwordx4 a[0:3], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a0, off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_457
.LBB0_991:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:688 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a1, off offset:772
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_458
.LBB0_992:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v2, a2
	v_accvgpr_read_b32 v3, a3
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:776
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_459
.LBB0_993:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:688 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a3, off offset:780
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_460
.LBB0_994:
	scratch_load_dwordx4 a[0:3], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a4, off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_461
.LBB0_995:
	scratch_load_dwordx4 a[0:3], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a5, off offset:804
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_462
.LBB0_996:
	scratch_load_dwordx4 a[0:3], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a6, off offset:808
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_463
.LBB0_997:
	scratch_load_dwordx4 a[0:3], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a7, off offset:812
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_464
.LBB0_998:
	scratch_load_dwordx4 a[0:3], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a8, off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_465
.LBB0_999:
	scratch_load_dwordx4 a[0:3], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a9, off offset:836
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_466
.LBB0_1000:
	scratch_load_dwordx4 a[0:3], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a10, off offset:840
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_467
.LBB0_1001:
	scratch_load_dwordx4 a[0:3], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a11, off offset:844
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_468
.LBB0_1002:
	scratch_load_dwordx4 a[0:3], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a12, off offset:864
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_469
.LBB0_1003:
	scratch_load_dwordx4 a[0:3], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a13, off offset:868
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_470
.LBB0_1004:
	scratch_load_dwordx4 a[0:3], off, off offset:640 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:656 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:672 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:688 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a14, off offset:872
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_471
	s_branch .LBB0_472
.LBB0_1005:
	scratch_load_dwordx4 a[0:3], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a0, off offset:256
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_506
.LBB0_1006:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:560 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a1, off offset:260
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_507
.LBB0_1007:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v2, a2
	v_accvgpr_read_b32 v3, a3
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:264
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_508
.LBB0_1008:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:560 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a3, off offset:268
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_509
.LBB0_1009:
	scratch_load_dwordx4 a[0:3], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a4, off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_510
.LBB0_1010:
	scratch_load_dwordx4 a[0:3], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a5, off offset:292
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_511
.LBB0_1011:
	scratch_load_dwordx4 a[0:3], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a6, off offset:296
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_512
.LBB0_1012:
	scratch_load_dwordx4 a[0:3], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a7, off offset:300
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_513
.LBB0_1013:
	scratch_load_dwordx4 a[0:3], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a8, off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_514
.LBB0_1014:
	scratch_load_dwordx4 a[0:3], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a9, off offset:324
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_515
.LBB0_1015:
	scratch_load_dwordx4 a[0:3], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a10, off offset:328
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_516
.LBB0_1016:
	scratch_load_dwordx4 a[0:3], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a11, off offset:332
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_517
.LBB0_1017:
	scratch_load_dwordx4 a[0:3], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a12, off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_518
.LBB0_1018:
	scratch_load_dwordx4 a[0:3], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a13, off offset:356
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_519
.LBB0_1019:
	scratch_load_dwordx4 a[0:3], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a14, off offset:360
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_520
.LBB0_1020:
	scratch_load_dwordx4 a[0:3], off, off offset:512 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:528 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:544 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:560 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a15, off offset:364
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_521
.LBB0_1021:
	scratch_load_dwordx4 a[0:3], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a0, off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_522
.LBB0_1022:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:496 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a1, off offset:516
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_523
.LBB0_1023:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v2, a2
	v_accvgpr_read_b32 v3, a3
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:520
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_524
.LBB0_1024:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:496 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a3, off offset:524
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_525
.LBB0_1025:
	scratch_load_dwordx4 a[0:3], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a4, off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_526
.LBB0_1026:
	scratch_load_dwordx4 a[0:3], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a5, off offset:548
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_527
.LBB0_1027:
	scratch_load_dwordx4 a[0:3], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a6, off offset:552
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_528
.LBB0_1028:
	scratch_load_dwordx4 a[0:3], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a7, off offset:556
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_529
.LBB0_1029:
	scratch_load_dwordx4 a[0:3], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a8, off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_530
.LBB0_1030:
	scratch_load_dwordx4 a[0:3], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a9, off offset:580
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_531
.LBB0_1031:
	scratch_load_dwordx4 a[0:3], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a10, off offset:584
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_532
.LBB0_1032:
	scratch_load_dwordx4 a[0:3], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a11, off offset:588
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_533
.LBB0_1033:
	scratch_load_dwordx4 a[0:3], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a12, off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_534
.LBB0_1034:
	scratch_load_dwordx4 a[0:3], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a13, off offset:612
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_535
.LBB0_1035:
	scratch_load_dwordx4 a[0:3], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a14, off offset:616
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_536
.LBB0_1036:
	scratch_load_dwordx4 a[0:3], off, off offset:448 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:464 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:480 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:496 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a15, off offset:620
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_537
.LBB0_1037:
	scratch_load_dwordx4 a[0:3], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a0, off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_538
.LBB0_1038:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:432 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a1, off offset:772
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_539
.LBB0_1039:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v2, a2
	v_accvgpr_read_b32 v3, a3
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:776
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_540
.LBB0_1040:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:432 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a3, off offset:780
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_541
.LBB0_1041:
	scratch_load_dwordx4 a[0:3], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a4, off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_542
.LBB0_1042:
	scratch_load_dwordx4 a[0:3], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a5, off offset:804
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_543
.LBB0_1043:
	scratch_load_dwordx4 a[0:3], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a6, off offset:808
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_544
.LBB0_1044:
	scratch_load_dwordx4 a[0:3], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a7, off offset:812
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_545
.LBB0_1045:
	scratch_load_dwordx4 a[0:3], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a8, off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_546
.LBB0_1046:
	scratch_load_dwordx4 a[0:3], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a9, off offset:836
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_547
.LBB0_1047:
	scratch_load_dwordx4 a[0:3], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a10, off offset:840
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_548
.LBB0_1048:
	scratch_load_dwordx4 a[0:3], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a11, off offset:844
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_549
.LBB0_1049:
	scratch_load_dwordx4 a[0:3], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a12, off offset:864
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_550
.LBB0_1050:
	scratch_load_dwordx4 a[0:3], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a13, off offset:868
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_551
.LBB0_1051:
	scratch_load_dwordx4 a[0:3], off, off offset:384 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:400 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:416 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:432 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a14, off offset:872
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_552
	s_branch .LBB0_553
.LBB0_1052:
	scratch_load_dwordx4 a[0:3], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a0, off offset:256
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_587
.LBB0_1053:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:304 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a1, off offset:260
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_588
.LBB0_1054:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v2, a2
	v_accvgpr_read_b32 v3, a3
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:264
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_589
.LBB0_1055:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:304 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a3, off offset:268
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_590
.LBB0_1056:
	scratch_load_dwordx4 a[0:3], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a4, off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_591
.LBB0_1057:
	scratch_load_dwordx4 a[0:3], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a5, off offset:292
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_592
.LBB0_1058:
	scratch_load_dwordx4 a[0:3], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a6, off offset:296
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_593
.LBB0_1059:
	scratch_load_dwordx4 a[0:3], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a7, off offset:300
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_594
.LBB0_1060:
	scratch_load_dwordx4 a[0:3], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a8, off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_595
.LBB0_1061:
	scratch_load_dwordx4 a[0:3], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a9, off offset:324
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_596
.LBB0_1062:
	scratch_load_dwordx4 a[0:3], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a10, off offset:328
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_597
.LBB0_1063:
	scratch_load_dwordx4 a[0:3], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a11, off offset:332
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_598
.LBB0_1064:
	scratch_load_dwordx4 a[0:3], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a12, off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_599
.LBB0_1065:
	scratch_load_dwordx4 a[0:3], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a13, off offset:356
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_600
.LBB0_1066:
	scratch_load_dwordx4 a[0:3], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a14, off offset:360
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_601
.LBB0_1067:
	scratch_load_dwordx4 a[0:3], off, off offset:256 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:272 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:288 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:304 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a15, off offset:364
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_602
.LBB0_1068:
	scratch_load_dwordx4 a[0:3], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a0, off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_603
.LBB0_1069:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:240 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a1, off offset:516
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_604
.LBB0_1070:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v2, a2
	v_accvgpr_read_b32 v3, a3
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:520
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_605
.LBB0_1071:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:240 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a3, off offset:524
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_606
.LBB0_1072:
	scratch_load_dwordx4 a[0:3], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a4, off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_607
.LBB0_1073:
	scratch_load_dwordx4 a[0:3], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a5, off offset:548
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_608
.LBB0_1074:
	scratch_load_dwordx4 a[0:3], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a6, off offset:552
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_609
.LBB0_1075:
	scratch_load_dwordx4 a[0:3], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a7, off offset:556
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_610
.LBB0_1076:
	scratch_load_dwordx4 a[0:3], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a8, off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_611
.LBB0_1077:
	scratch_load_dwordx4 a[0:3], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a9, off offset:580
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_612
.LBB0_1078:
	scratch_load_dwordx4 a[0:3], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a10, off offset:584
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_613
.LBB0_1079:
	scratch_load_dwordx4 a[0:3], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a11, off offset:588
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_614
.LBB0_1080:
	scratch_load_dwordx4 a[0:3], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a12, off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_615
.LBB0_1081:
	scratch_load_dwordx4 a[0:3], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a13, off offset:612
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_616
.LBB0_1082:
	scratch_load_dwordx4 a[0:3], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a14, off offset:616
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_617
.LBB0_1083:
	scratch_load_dwordx4 a[0:3], off, off offset:192 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:208 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:224 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:240 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a15, off offset:620
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_618
.LBB0_1084:
	scratch_load_dwordx4 a[0:3], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a0, off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_619
.LBB0_1085:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:176 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a1, off offset:772
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_620
.LBB0_1086:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v2, a2
	v_accvgpr_read_b32 v3, a3
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:776
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_621
.LBB0_1087:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:176 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a3, off offset:780
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_622
.LBB0_1088:
	scratch_load_dwordx4 a[0:3], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a4, off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_623
.LBB0_1089:
	scratch_load_dwordx4 a[0:3], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a5, off offset:804
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_624
.LBB0_1090:
	scratch_load_dwordx4 a[0:3], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a6, off offset:808
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_625
.LBB0_1091:
	scratch_load_dwordx4 a[0:3], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a7, off offset:812
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_626
.LBB0_1092:
	scratch_load_dwordx4 a[0:3], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a8, off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_627
.LBB0_1093:
	scratch_load_dwordx4 a[0:3], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a9, off offset:836
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_628
.LBB0_1094:
	scratch_load_dwordx4 a[0:3], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a10, off offset:840
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_629
.LBB0_1095:
	scratch_load_dwordx4 a[0:3], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a11, off offset:844
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_630
.LBB0_1096:
	scratch_load_dwordx4 a[0:3], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a12, off offset:864
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_631
.LBB0_1097:
	scratch_load_dwordx4 a[0:3], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a13, off offset:868
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_632
.LBB0_1098:
	scratch_load_dwordx4 a[0:3], off, off offset:128 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:144 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:160 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:176 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a14, off offset:872
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_633
	s_branch .LBB0_634
.LBB0_1099:
	scratch_load_dwordx4 a[0:3], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a0, off offset:256
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_668
.LBB0_1100:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:48 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a1, off offset:260
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_669
.LBB0_1101:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(3)
	v_accvgpr_read_b32 v2, a2
	v_accvgpr_read_b32 v3, a3
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:264
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_670
.LBB0_1102:
	.loc	1 0 5                           ; spill.py:0:5
	scratch_load_dwordx4 a[0:3], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:48 ; 16-byte Folded Reload
	.loc	1 36 5                          ; spill.py:36:5
	s_waitcnt vmcnt(3)
	global_store_dword v[0:1], a3, off offset:268
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_671
.LBB0_1103:
	scratch_load_dwordx4 a[0:3], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a4, off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_672
.LBB0_1104:
	scratch_load_dwordx4 a[0:3], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a5, off offset:292
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_673
.LBB0_1105:
	scratch_load_dwordx4 a[0:3], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a6, off offset:296
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_674
.LBB0_1106:
	scratch_load_dwordx4 a[0:3], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(2)
	global_store_dword v[0:1], a7, off offset:300
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_675
.LBB0_1107:
	scratch_load_dwordx4 a[0:3], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a8, off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_676
.LBB0_1108:
	scratch_load_dwordx4 a[0:3], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a9, off offset:324
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_677
.LBB0_1109:
	scratch_load_dwordx4 a[0:3], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a10, off offset:328
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_678
.LBB0_1110:
	scratch_load_dwordx4 a[0:3], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(1)
	global_store_dword v[0:1], a11, off offset:332
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_679
.LBB0_1111:
	scratch_load_dwordx4 a[0:3], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a12, off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_680
.LBB0_1112:
	scratch_load_dwordx4 a[0:3], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a13, off offset:356
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_681
.LBB0_1113:
	scratch_load_dwordx4 a[0:3], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a14, off offset:360
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_682
.LBB0_1114:
	scratch_load_dwordx4 a[0:3], off, off   ; 16-byte Folded Reload
	scratch_load_dwordx4 a[4:7], off, off offset:16 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[8:11], off, off offset:32 ; 16-byte Folded Reload
	scratch_load_dwordx4 a[12:15], off, off offset:48 ; 16-byte Folded Reload
	s_waitcnt vmcnt(0)
	global_store_dword v[0:1], a15, off offset:364
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_683
.LBB0_1115:
	global_store_dword v[0:1], v32, off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_684
.LBB0_1116:
	global_store_dword v[0:1], v33, off offset:516
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_685
.LBB0_1117:
	global_store_dword v[0:1], v34, off offset:520
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_686
.LBB0_1118:
	global_store_dword v[0:1], v35, off offset:524
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_687
.LBB0_1119:
	global_store_dword v[0:1], v36, off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_688
.LBB0_1120:
	global_store_dword v[0:1], v37, off offset:548
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_689
.LBB0_1121:
	global_store_dword v[0:1], v38, off offset:552
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_690
.LBB0_1122:
	global_store_dword v[0:1], v39, off offset:556
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_691
.LBB0_1123:
	global_store_dword v[0:1], v40, off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_692
.LBB0_1124:
	global_store_dword v[0:1], v41, off offset:580
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_693
.LBB0_1125:
	global_store_dword v[0:1], v42, off offset:584
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_694
.LBB0_1126:
	global_store_dword v[0:1], v43, off offset:588
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_695
.LBB0_1127:
	global_store_dword v[0:1], v44, off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_696
.LBB0_1128:
	global_store_dword v[0:1], v45, off offset:612
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_697
.LBB0_1129:
	global_store_dword v[0:1], v46, off offset:616
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_698
.LBB0_1130:
	global_store_dword v[0:1], v47, off offset:620
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_699
.LBB0_1131:
	global_store_dword v[0:1], v48, off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_700
.LBB0_1132:
	global_store_dword v[0:1], v49, off offset:772
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_701
.LBB0_1133:
	global_store_dword v[0:1], v50, off offset:776
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_702
.LBB0_1134:
	global_store_dword v[0:1], v51, off offset:780
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_703
.LBB0_1135:
	global_store_dword v[0:1], v52, off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_704
.LBB0_1136:
	global_store_dword v[0:1], v53, off offset:804
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_705
.LBB0_1137:
	global_store_dword v[0:1], v54, off offset:808
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_706
.LBB0_1138:
	global_store_dword v[0:1], v55, off offset:812
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_707
.LBB0_1139:
	global_store_dword v[0:1], v56, off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_708
.LBB0_1140:
	global_store_dword v[0:1], v57, off offset:836
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_709
.LBB0_1141:
	global_store_dword v[0:1], v58, off offset:840
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_710
.LBB0_1142:
	global_store_dword v[0:1], v59, off offset:844
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_711
.LBB0_1143:
	global_store_dword v[0:1], v60, off offset:864
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_712
.LBB0_1144:
	global_store_dword v[0:1], v61, off offset:868
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_713
.LBB0_1145:
	global_store_dword v[0:1], v62, off offset:872
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_714
	s_branch .LBB0_715
.LBB0_1146:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[222:223]
	v_mov_b64_e32 v[4:5], v[224:225]
	v_mov_b64_e32 v[6:7], v[226:227]
	v_mov_b64_e32 v[8:9], v[228:229]
	v_mov_b64_e32 v[10:11], v[230:231]
	v_mov_b64_e32 v[12:13], v[232:233]
	v_mov_b64_e32 v[14:15], v[234:235]
	v_mov_b64_e32 v[16:17], v[236:237]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:256
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_749
.LBB0_1147:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v3, v223
	v_mov_b64_e32 v[4:5], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v3, off offset:260
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_750
.LBB0_1148:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[224:225]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:264
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_751
.LBB0_1149:
	global_store_dword v[0:1], v225, off offset:268
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_752
.LBB0_1150:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[226:227]
	v_mov_b64_e32 v[6:7], v[228:229]
	v_mov_b64_e32 v[8:9], v[230:231]
	v_mov_b64_e32 v[10:11], v[232:233]
	v_mov_b64_e32 v[12:13], v[234:235]
	v_mov_b64_e32 v[14:15], v[236:237]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v4, off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_753
.LBB0_1151:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v227
	v_mov_b64_e32 v[6:7], v[228:229]
	v_mov_b64_e32 v[8:9], v[230:231]
	v_mov_b64_e32 v[10:11], v[232:233]
	v_mov_b64_e32 v[12:13], v[234:235]
	v_mov_b64_e32 v[14:15], v[236:237]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v5, off offset:292
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_754
.LBB0_1152:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[6:7], v[228:229]
	v_mov_b64_e32 v[8:9], v[230:231]
	v_mov_b64_e32 v[10:11], v[232:233]
	v_mov_b64_e32 v[12:13], v[234:235]
	v_mov_b64_e32 v[14:15], v[236:237]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v6, off offset:296
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_755
.LBB0_1153:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v7, v229
	v_mov_b64_e32 v[8:9], v[230:231]
	v_mov_b64_e32 v[10:11], v[232:233]
	v_mov_b64_e32 v[12:13], v[234:235]
	v_mov_b64_e32 v[14:15], v[236:237]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v7, off offset:300
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_756
.LBB0_1154:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[8:9], v[230:231]
	v_mov_b64_e32 v[10:11], v[232:233]
	v_mov_b64_e32 v[12:13], v[234:235]
	v_mov_b64_e32 v[14:15], v[236:237]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v8, off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_757
.LBB0_1155:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v9, v231
	v_mov_b64_e32 v[10:11], v[232:233]
	v_mov_b64_e32 v[12:13], v[234:235]
	v_mov_b64_e32 v[14:15], v[236:237]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v9, off offset:324
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_758
.LBB0_1156:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[10:11], v[232:233]
	v_mov_b64_e32 v[12:13], v[234:235]
	v_mov_b64_e32 v[14:15], v[236:237]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v10, off offset:328
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_759
.LBB0_1157:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v11, v233
	v_mov_b64_e32 v[12:13], v[234:235]
	v_mov_b64_e32 v[14:15], v[236:237]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v11, off offset:332
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_760
.LBB0_1158:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[12:13], v[234:235]
	v_mov_b64_e32 v[14:15], v[236:237]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v12, off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_761
.LBB0_1159:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v13, v235
	v_mov_b64_e32 v[14:15], v[236:237]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v13, off offset:356
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_762
.LBB0_1160:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[14:15], v[236:237]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v14, off offset:360
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_763
.LBB0_1161:
	global_store_dword v[0:1], v237, off offset:364
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_764
.LBB0_1162:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[206:207]
	v_mov_b64_e32 v[4:5], v[208:209]
	v_mov_b64_e32 v[6:7], v[210:211]
	v_mov_b64_e32 v[8:9], v[212:213]
	v_mov_b64_e32 v[10:11], v[214:215]
	v_mov_b64_e32 v[12:13], v[216:217]
	v_mov_b64_e32 v[14:15], v[218:219]
	v_mov_b64_e32 v[16:17], v[220:221]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_765
.LBB0_1163:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v3, v207
	v_mov_b64_e32 v[4:5], v[208:209]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v3, off offset:516
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_766
.LBB0_1164:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[208:209]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:520
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_767
.LBB0_1165:
	global_store_dword v[0:1], v209, off offset:524
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_768
.LBB0_1166:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[210:211]
	v_mov_b64_e32 v[6:7], v[212:213]
	v_mov_b64_e32 v[8:9], v[214:215]
	v_mov_b64_e32 v[10:11], v[216:217]
	v_mov_b64_e32 v[12:13], v[218:219]
	v_mov_b64_e32 v[14:15], v[220:221]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v4, off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_769
.LBB0_1167:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v211
	v_mov_b64_e32 v[6:7], v[212:213]
	v_mov_b64_e32 v[8:9], v[214:215]
	v_mov_b64_e32 v[10:11], v[216:217]
	v_mov_b64_e32 v[12:13], v[218:219]
	v_mov_b64_e32 v[14:15], v[220:221]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v5, off offset:548
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_770
.LBB0_1168:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[6:7], v[212:213]
	v_mov_b64_e32 v[8:9], v[214:215]
	v_mov_b64_e32 v[10:11], v[216:217]
	v_mov_b64_e32 v[12:13], v[218:219]
	v_mov_b64_e32 v[14:15], v[220:221]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v6, off offset:552
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_771
.LBB0_1169:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v7, v213
	v_mov_b64_e32 v[8:9], v[214:215]
	v_mov_b64_e32 v[10:11], v[216:217]
	v_mov_b64_e32 v[12:13], v[218:219]
	v_mov_b64_e32 v[14:15], v[220:221]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v7, off offset:556
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_772
.LBB0_1170:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[8:9], v[214:215]
	v_mov_b64_e32 v[10:11], v[216:217]
	v_mov_b64_e32 v[12:13], v[218:219]
	v_mov_b64_e32 v[14:15], v[220:221]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v8, off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_773
.LBB0_1171:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v9, v215
	v_mov_b64_e32 v[10:11], v[216:217]
	v_mov_b64_e32 v[12:13], v[218:219]
	v_mov_b64_e32 v[14:15], v[220:221]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v9, off offset:580
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_774
.LBB0_1172:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[10:11], v[216:217]
	v_mov_b64_e32 v[12:13], v[218:219]
	v_mov_b64_e32 v[14:15], v[220:221]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v10, off offset:584
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_775
.LBB0_1173:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v11, v217
	v_mov_b64_e32 v[12:13], v[218:219]
	v_mov_b64_e32 v[14:15], v[220:221]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v11, off offset:588
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_776
.LBB0_1174:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[12:13], v[218:219]
	v_mov_b64_e32 v[14:15], v[220:221]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v12, off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_777
.LBB0_1175:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v13, v219
	v_mov_b64_e32 v[14:15], v[220:221]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v13, off offset:612
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_778
.LBB0_1176:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[14:15], v[220:221]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v14, off offset:616
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_779
.LBB0_1177:
	global_store_dword v[0:1], v221, off offset:620
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_780
.LBB0_1178:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[190:191]
	v_mov_b64_e32 v[4:5], v[192:193]
	v_mov_b64_e32 v[6:7], v[194:195]
	v_mov_b64_e32 v[8:9], v[196:197]
	v_mov_b64_e32 v[10:11], v[198:199]
	v_mov_b64_e32 v[12:13], v[200:201]
	v_mov_b64_e32 v[14:15], v[202:203]
	v_mov_b64_e32 v[16:17], v[204:205]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_781
.LBB0_1179:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v3, v191
	v_mov_b64_e32 v[4:5], v[192:193]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v3, off offset:772
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_782
.LBB0_1180:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[192:193]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:776
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_783
.LBB0_1181:
	global_store_dword v[0:1], v193, off offset:780
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_784
.LBB0_1182:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[194:195]
	v_mov_b64_e32 v[6:7], v[196:197]
	v_mov_b64_e32 v[8:9], v[198:199]
	v_mov_b64_e32 v[10:11], v[200:201]
	v_mov_b64_e32 v[12:13], v[202:203]
	v_mov_b64_e32 v[14:15], v[204:205]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v4, off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_785
.LBB0_1183:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v195
	v_mov_b64_e32 v[6:7], v[196:197]
	v_mov_b64_e32 v[8:9], v[198:199]
	v_mov_b64_e32 v[10:11], v[200:201]
	v_mov_b64_e32 v[12:13], v[202:203]
	v_mov_b64_e32 v[14:15], v[204:205]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v5, off offset:804
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_786
.LBB0_1184:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[6:7], v[196:197]
	v_mov_b64_e32 v[8:9], v[198:199]
	v_mov_b64_e32 v[10:11], v[200:201]
	v_mov_b64_e32 v[12:13], v[202:203]
	v_mov_b64_e32 v[14:15], v[204:205]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v6, off offset:808
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_787
.LBB0_1185:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v7, v197
	v_mov_b64_e32 v[8:9], v[198:199]
	v_mov_b64_e32 v[10:11], v[200:201]
	v_mov_b64_e32 v[12:13], v[202:203]
	v_mov_b64_e32 v[14:15], v[204:205]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v7, off offset:812
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_788
.LBB0_1186:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[8:9], v[198:199]
	v_mov_b64_e32 v[10:11], v[200:201]
	v_mov_b64_e32 v[12:13], v[202:203]
	v_mov_b64_e32 v[14:15], v[204:205]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v8, off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_789
.LBB0_1187:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v9, v199
	v_mov_b64_e32 v[10:11], v[200:201]
	v_mov_b64_e32 v[12:13], v[202:203]
	v_mov_b64_e32 v[14:15], v[204:205]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v9, off offset:836
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_790
.LBB0_1188:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[10:11], v[200:201]
	v_mov_b64_e32 v[12:13], v[202:203]
	v_mov_b64_e32 v[14:15], v[204:205]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v10, off offset:840
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_791
.LBB0_1189:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v11, v201
	v_mov_b64_e32 v[12:13], v[202:203]
	v_mov_b64_e32 v[14:15], v[204:205]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v11, off offset:844
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_792
.LBB0_1190:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[12:13], v[202:203]
	v_mov_b64_e32 v[14:15], v[204:205]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v12, off offset:864
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_793
.LBB0_1191:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v13, v203
	v_mov_b64_e32 v[14:15], v[204:205]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v13, off offset:868
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_794
.LBB0_1192:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[14:15], v[204:205]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v14, off offset:872
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_795
	s_branch .LBB0_796
.LBB0_1193:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[158:159]
	v_mov_b64_e32 v[4:5], v[160:161]
	v_mov_b64_e32 v[6:7], v[162:163]
	v_mov_b64_e32 v[8:9], v[164:165]
	v_mov_b64_e32 v[10:11], v[166:167]
	v_mov_b64_e32 v[12:13], v[168:169]
	v_mov_b64_e32 v[14:15], v[170:171]
	v_mov_b64_e32 v[16:17], v[172:173]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:256
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_830
.LBB0_1194:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v3, v159
	v_mov_b64_e32 v[4:5], v[160:161]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v3, off offset:260
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_831
.LBB0_1195:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[160:161]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:264
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_832
.LBB0_1196:
	global_store_dword v[0:1], v161, off offset:268
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_833
.LBB0_1197:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[162:163]
	v_mov_b64_e32 v[6:7], v[164:165]
	v_mov_b64_e32 v[8:9], v[166:167]
	v_mov_b64_e32 v[10:11], v[168:169]
	v_mov_b64_e32 v[12:13], v[170:171]
	v_mov_b64_e32 v[14:15], v[172:173]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v4, off offset:288
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_834
.LBB0_1198:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v163
	v_mov_b64_e32 v[6:7], v[164:165]
	v_mov_b64_e32 v[8:9], v[166:167]
	v_mov_b64_e32 v[10:11], v[168:169]
	v_mov_b64_e32 v[12:13], v[170:171]
	v_mov_b64_e32 v[14:15], v[172:173]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v5, off offset:292
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_835
.LBB0_1199:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[6:7], v[164:165]
	v_mov_b64_e32 v[8:9], v[166:167]
	v_mov_b64_e32 v[10:11], v[168:169]
	v_mov_b64_e32 v[12:13], v[170:171]
	v_mov_b64_e32 v[14:15], v[172:173]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v6, off offset:296
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_836
.LBB0_1200:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v7, v165
	v_mov_b64_e32 v[8:9], v[166:167]
	v_mov_b64_e32 v[10:11], v[168:169]
	v_mov_b64_e32 v[12:13], v[170:171]
	v_mov_b64_e32 v[14:15], v[172:173]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v7, off offset:300
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_837
.LBB0_1201:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[8:9], v[166:167]
	v_mov_b64_e32 v[10:11], v[168:169]
	v_mov_b64_e32 v[12:13], v[170:171]
	v_mov_b64_e32 v[14:15], v[172:173]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v8, off offset:320
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_838
.LBB0_1202:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v9, v167
	v_mov_b64_e32 v[10:11], v[168:169]
	v_mov_b64_e32 v[12:13], v[170:171]
	v_mov_b64_e32 v[14:15], v[172:173]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v9, off offset:324
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_839
.LBB0_1203:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[10:11], v[168:169]
	v_mov_b64_e32 v[12:13], v[170:171]
	v_mov_b64_e32 v[14:15], v[172:173]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v10, off offset:328
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_840
.LBB0_1204:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v11, v169
	v_mov_b64_e32 v[12:13], v[170:171]
	v_mov_b64_e32 v[14:15], v[172:173]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v11, off offset:332
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_841
.LBB0_1205:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[12:13], v[170:171]
	v_mov_b64_e32 v[14:15], v[172:173]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v12, off offset:352
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_842
.LBB0_1206:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v13, v171
	v_mov_b64_e32 v[14:15], v[172:173]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v13, off offset:356
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_843
.LBB0_1207:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[14:15], v[172:173]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v14, off offset:360
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_844
.LBB0_1208:
	global_store_dword v[0:1], v173, off offset:364
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_845
.LBB0_1209:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[142:143]
	v_mov_b64_e32 v[4:5], v[144:145]
	v_mov_b64_e32 v[6:7], v[146:147]
	v_mov_b64_e32 v[8:9], v[148:149]
	v_mov_b64_e32 v[10:11], v[150:151]
	v_mov_b64_e32 v[12:13], v[152:153]
	v_mov_b64_e32 v[14:15], v[154:155]
	v_mov_b64_e32 v[16:17], v[156:157]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:512
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_846
.LBB0_1210:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v3, v143
	v_mov_b64_e32 v[4:5], v[144:145]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v3, off offset:516
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_847
.LBB0_1211:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[144:145]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:520
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_848
.LBB0_1212:
	global_store_dword v[0:1], v145, off offset:524
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_849
.LBB0_1213:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[146:147]
	v_mov_b64_e32 v[6:7], v[148:149]
	v_mov_b64_e32 v[8:9], v[150:151]
	v_mov_b64_e32 v[10:11], v[152:153]
	v_mov_b64_e32 v[12:13], v[154:155]
	v_mov_b64_e32 v[14:15], v[156:157]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v4, off offset:544
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_850
.LBB0_1214:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v147
	v_mov_b64_e32 v[6:7], v[148:149]
	v_mov_b64_e32 v[8:9], v[150:151]
	v_mov_b64_e32 v[10:11], v[152:153]
	v_mov_b64_e32 v[12:13], v[154:155]
	v_mov_b64_e32 v[14:15], v[156:157]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v5, off offset:548
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_851
.LBB0_1215:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[6:7], v[148:149]
	v_mov_b64_e32 v[8:9], v[150:151]
	v_mov_b64_e32 v[10:11], v[152:153]
	v_mov_b64_e32 v[12:13], v[154:155]
	v_mov_b64_e32 v[14:15], v[156:157]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v6, off offset:552
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_852
.LBB0_1216:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v7, v149
	v_mov_b64_e32 v[8:9], v[150:151]
	v_mov_b64_e32 v[10:11], v[152:153]
	v_mov_b64_e32 v[12:13], v[154:155]
	v_mov_b64_e32 v[14:15], v[156:157]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v7, off offset:556
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_853
.LBB0_1217:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[8:9], v[150:151]
	v_mov_b64_e32 v[10:11], v[152:153]
	v_mov_b64_e32 v[12:13], v[154:155]
	v_mov_b64_e32 v[14:15], v[156:157]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v8, off offset:576
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_854
.LBB0_1218:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v9, v151
	v_mov_b64_e32 v[10:11], v[152:153]
	v_mov_b64_e32 v[12:13], v[154:155]
	v_mov_b64_e32 v[14:15], v[156:157]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v9, off offset:580
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_855
.LBB0_1219:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[10:11], v[152:153]
	v_mov_b64_e32 v[12:13], v[154:155]
	v_mov_b64_e32 v[14:15], v[156:157]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v10, off offset:584
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_856
.LBB0_1220:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v11, v153
	v_mov_b64_e32 v[12:13], v[154:155]
	v_mov_b64_e32 v[14:15], v[156:157]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v11, off offset:588
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_857
.LBB0_1221:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[12:13], v[154:155]
	v_mov_b64_e32 v[14:15], v[156:157]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v12, off offset:608
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_858
.LBB0_1222:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v13, v155
	v_mov_b64_e32 v[14:15], v[156:157]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v13, off offset:612
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_859
.LBB0_1223:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[14:15], v[156:157]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v14, off offset:616
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_860
.LBB0_1224:
	global_store_dword v[0:1], v157, off offset:620
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_861
.LBB0_1225:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[126:127]
	v_mov_b64_e32 v[4:5], v[128:129]
	v_mov_b64_e32 v[6:7], v[130:131]
	v_mov_b64_e32 v[8:9], v[132:133]
	v_mov_b64_e32 v[10:11], v[134:135]
	v_mov_b64_e32 v[12:13], v[136:137]
	v_mov_b64_e32 v[14:15], v[138:139]
	v_mov_b64_e32 v[16:17], v[140:141]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:768
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_862
.LBB0_1226:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v3, v127
	v_mov_b64_e32 v[4:5], v[128:129]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v3, off offset:772
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_863
.LBB0_1227:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[128:129]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:776
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_864
.LBB0_1228:
	global_store_dword v[0:1], v129, off offset:780
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_865
.LBB0_1229:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[130:131]
	v_mov_b64_e32 v[6:7], v[132:133]
	v_mov_b64_e32 v[8:9], v[134:135]
	v_mov_b64_e32 v[10:11], v[136:137]
	v_mov_b64_e32 v[12:13], v[138:139]
	v_mov_b64_e32 v[14:15], v[140:141]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v4, off offset:800
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_866
.LBB0_1230:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v131
	v_mov_b64_e32 v[6:7], v[132:133]
	v_mov_b64_e32 v[8:9], v[134:135]
	v_mov_b64_e32 v[10:11], v[136:137]
	v_mov_b64_e32 v[12:13], v[138:139]
	v_mov_b64_e32 v[14:15], v[140:141]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v5, off offset:804
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_867
.LBB0_1231:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[6:7], v[132:133]
	v_mov_b64_e32 v[8:9], v[134:135]
	v_mov_b64_e32 v[10:11], v[136:137]
	v_mov_b64_e32 v[12:13], v[138:139]
	v_mov_b64_e32 v[14:15], v[140:141]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v6, off offset:808
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_868
.LBB0_1232:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v7, v133
	v_mov_b64_e32 v[8:9], v[134:135]
	v_mov_b64_e32 v[10:11], v[136:137]
	v_mov_b64_e32 v[12:13], v[138:139]
	v_mov_b64_e32 v[14:15], v[140:141]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v7, off offset:812
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_869
.LBB0_1233:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[8:9], v[134:135]
	v_mov_b64_e32 v[10:11], v[136:137]
	v_mov_b64_e32 v[12:13], v[138:139]
	v_mov_b64_e32 v[14:15], v[140:141]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v8, off offset:832
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_870
.LBB0_1234:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v9, v135
	v_mov_b64_e32 v[10:11], v[136:137]
	v_mov_b64_e32 v[12:13], v[138:139]
	v_mov_b64_e32 v[14:15], v[140:141]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v9, off offset:836
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_871
.LBB0_1235:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[10:11], v[136:137]
	v_mov_b64_e32 v[12:13], v[138:139]
	v_mov_b64_e32 v[14:15], v[140:141]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v10, off offset:840
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_872
.LBB0_1236:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v11, v137
	v_mov_b64_e32 v[12:13], v[138:139]
	v_mov_b64_e32 v[14:15], v[140:141]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v11, off offset:844
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_873
.LBB0_1237:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[12:13], v[138:139]
	v_mov_b64_e32 v[14:15], v[140:141]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v12, off offset:864
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_874
.LBB0_1238:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v13, v139
	v_mov_b64_e32 v[14:15], v[140:141]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v13, off offset:868
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execz .LBB0_875
.LBB0_1239:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[14:15], v[140:141]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v14, off offset:872
	s_or_b64 exec, exec, s[12:13]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[12:13], s[8:9]
	s_cbranch_execnz .LBB0_876
	s_branch .LBB0_877
.LBB0_1240:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[94:95]
	v_mov_b64_e32 v[4:5], v[96:97]
	v_mov_b64_e32 v[6:7], v[98:99]
	v_mov_b64_e32 v[8:9], v[100:101]
	v_mov_b64_e32 v[10:11], v[102:103]
	v_mov_b64_e32 v[12:13], v[104:105]
	v_mov_b64_e32 v[14:15], v[106:107]
	v_mov_b64_e32 v[16:17], v[108:109]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:256
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[36:37]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_911
.LBB0_1241:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v3, v95
	v_mov_b64_e32 v[4:5], v[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v3, off offset:260
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[38:39]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_912
.LBB0_1242:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:264
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[40:41]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_913
.LBB0_1243:
	global_store_dword v[0:1], v97, off offset:268
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[42:43]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_914
.LBB0_1244:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[98:99]
	v_mov_b64_e32 v[6:7], v[100:101]
	v_mov_b64_e32 v[8:9], v[102:103]
	v_mov_b64_e32 v[10:11], v[104:105]
	v_mov_b64_e32 v[12:13], v[106:107]
	v_mov_b64_e32 v[14:15], v[108:109]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v4, off offset:288
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[44:45]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_915
.LBB0_1245:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v99
	v_mov_b64_e32 v[6:7], v[100:101]
	v_mov_b64_e32 v[8:9], v[102:103]
	v_mov_b64_e32 v[10:11], v[104:105]
	v_mov_b64_e32 v[12:13], v[106:107]
	v_mov_b64_e32 v[14:15], v[108:109]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v5, off offset:292
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[46:47]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_916
.LBB0_1246:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[6:7], v[100:101]
	v_mov_b64_e32 v[8:9], v[102:103]
	v_mov_b64_e32 v[10:11], v[104:105]
	v_mov_b64_e32 v[12:13], v[106:107]
	v_mov_b64_e32 v[14:15], v[108:109]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v6, off offset:296
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[48:49]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_917
.LBB0_1247:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v7, v101
	v_mov_b64_e32 v[8:9], v[102:103]
	v_mov_b64_e32 v[10:11], v[104:105]
	v_mov_b64_e32 v[12:13], v[106:107]
	v_mov_b64_e32 v[14:15], v[108:109]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v7, off offset:300
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[50:51]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_918
.LBB0_1248:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[8:9], v[102:103]
	v_mov_b64_e32 v[10:11], v[104:105]
	v_mov_b64_e32 v[12:13], v[106:107]
	v_mov_b64_e32 v[14:15], v[108:109]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v8, off offset:320
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[52:53]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_919
.LBB0_1249:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v9, v103
	v_mov_b64_e32 v[10:11], v[104:105]
	v_mov_b64_e32 v[12:13], v[106:107]
	v_mov_b64_e32 v[14:15], v[108:109]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v9, off offset:324
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[54:55]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_920
.LBB0_1250:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[10:11], v[104:105]
	v_mov_b64_e32 v[12:13], v[106:107]
	v_mov_b64_e32 v[14:15], v[108:109]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v10, off offset:328
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[56:57]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_921
.LBB0_1251:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v11, v105
	v_mov_b64_e32 v[12:13], v[106:107]
	v_mov_b64_e32 v[14:15], v[108:109]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v11, off offset:332
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[58:59]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_922
.LBB0_1252:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[12:13], v[106:107]
	v_mov_b64_e32 v[14:15], v[108:109]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v12, off offset:352
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[60:61]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_923
.LBB0_1253:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v13, v107
	v_mov_b64_e32 v[14:15], v[108:109]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v13, off offset:356
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[62:63]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_924
.LBB0_1254:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[14:15], v[108:109]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v14, off offset:360
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[64:65]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_925
.LBB0_1255:
	global_store_dword v[0:1], v109, off offset:364
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[66:67]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_926
.LBB0_1256:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[78:79]
	v_mov_b64_e32 v[4:5], v[80:81]
	v_mov_b64_e32 v[6:7], v[82:83]
	v_mov_b64_e32 v[8:9], v[84:85]
	v_mov_b64_e32 v[10:11], v[86:87]
	v_mov_b64_e32 v[12:13], v[88:89]
	v_mov_b64_e32 v[14:15], v[90:91]
	v_mov_b64_e32 v[16:17], v[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:512
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[68:69]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_927
.LBB0_1257:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v3, v79
	v_mov_b64_e32 v[4:5], v[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v3, off offset:516
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[70:71]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_928
.LBB0_1258:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[2:3], v[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v2, off offset:520
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[72:73]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_929
.LBB0_1259:
	global_store_dword v[0:1], v81, off offset:524
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[74:75]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_930
.LBB0_1260:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[4:5], v[82:83]
	v_mov_b64_e32 v[6:7], v[84:85]
	v_mov_b64_e32 v[8:9], v[86:87]
	v_mov_b64_e32 v[10:11], v[88:89]
	v_mov_b64_e32 v[12:13], v[90:91]
	v_mov_b64_e32 v[14:15], v[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v4, off offset:544
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[76:77]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_931
.LBB0_1261:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v5, v83
	v_mov_b64_e32 v[6:7], v[84:85]
	v_mov_b64_e32 v[8:9], v[86:87]
	v_mov_b64_e32 v[10:11], v[88:89]
	v_mov_b64_e32 v[12:13], v[90:91]
	v_mov_b64_e32 v[14:15], v[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v5, off offset:548
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[78:79]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_932
.LBB0_1262:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[6:7], v[84:85]
	v_mov_b64_e32 v[8:9], v[86:87]
	v_mov_b64_e32 v[10:11], v[88:89]
	v_mov_b64_e32 v[12:13], v[90:91]
	v_mov_b64_e32 v[14:15], v[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v6, off offset:552
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[80:81]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_933
.LBB0_1263:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v7, v85
	v_mov_b64_e32 v[8:9], v[86:87]
	v_mov_b64_e32 v[10:11], v[88:89]
	v_mov_b64_e32 v[12:13], v[90:91]
	v_mov_b64_e32 v[14:15], v[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v7, off offset:556
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[82:83]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_934
.LBB0_1264:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[8:9], v[86:87]
	v_mov_b64_e32 v[10:11], v[88:89]
	v_mov_b64_e32 v[12:13], v[90:91]
	v_mov_b64_e32 v[14:15], v[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v8, off offset:576
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[84:85]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_935
.LBB0_1265:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v9, v87
	v_mov_b64_e32 v[10:11], v[88:89]
	v_mov_b64_e32 v[12:13], v[90:91]
	v_mov_b64_e32 v[14:15], v[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v9, off offset:580
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[86:87]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_936
.LBB0_1266:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[10:11], v[88:89]
	v_mov_b64_e32 v[12:13], v[90:91]
	v_mov_b64_e32 v[14:15], v[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v10, off offset:584
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[88:89]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_937
.LBB0_1267:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v11, v89
	v_mov_b64_e32 v[12:13], v[90:91]
	v_mov_b64_e32 v[14:15], v[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v11, off offset:588
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[90:91]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_938
.LBB0_1268:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[12:13], v[90:91]
	v_mov_b64_e32 v[14:15], v[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v12, off offset:608
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_939
.LBB0_1269:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b32_e32 v13, v91
	v_mov_b64_e32 v[14:15], v[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v13, off offset:612
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[94:95]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_940
.LBB0_1270:
	.loc	1 0 5                           ; spill.py:0:5
	v_mov_b64_e32 v[14:15], v[92:93]
	.loc	1 36 5                          ; spill.py:36:5
	global_store_dword v[0:1], v14, off offset:616
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[96:97]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_941
.LBB0_1271:
	global_store_dword v[0:1], v93, off offset:620
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[12:13], vcc, s[98:99]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[8:9], s[12:13]
	s_cbranch_execz .LBB0_942
.LBB0_1272:
	global_store_dword v[0:1], v238, off offset:768
	s_or_b64 exec, exec, s[8:9]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[8:9], vcc, s[6:7]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[6:7], s[8:9]
	s_cbranch_execz .LBB0_943
.LBB0_1273:
	global_store_dword v[0:1], v239, off offset:772
	s_or_b64 exec, exec, s[6:7]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[6:7], vcc, s[0:1]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_944
.LBB0_1274:
	global_store_dword v[0:1], v240, off offset:776
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[2:3]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_945
.LBB0_1275:
	global_store_dword v[0:1], v241, off offset:780
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[4:5]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_946
.LBB0_1276:
	global_store_dword v[0:1], v242, off offset:800
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[30:31]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_947
.LBB0_1277:
	global_store_dword v[0:1], v243, off offset:804
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[10:11]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_948
.LBB0_1278:
	global_store_dword v[0:1], v244, off offset:808
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[34:35]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_949
.LBB0_1279:
	global_store_dword v[0:1], v245, off offset:812
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[14:15]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_950
.LBB0_1280:
	global_store_dword v[0:1], v246, off offset:832
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[16:17]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_951
.LBB0_1281:
	global_store_dword v[0:1], v247, off offset:836
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[18:19]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_952
.LBB0_1282:
	global_store_dword v[0:1], v248, off offset:840
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[20:21]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_953
.LBB0_1283:
	global_store_dword v[0:1], v249, off offset:844
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[22:23]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_954
.LBB0_1284:
	global_store_dword v[0:1], v250, off offset:864
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[24:25]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_955
.LBB0_1285:
	global_store_dword v[0:1], v251, off offset:868
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[2:3], vcc, s[26:27]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[0:1], s[2:3]
	s_cbranch_execz .LBB0_956
.LBB0_1286:
	global_store_dword v[0:1], v252, off offset:872
	s_or_b64 exec, exec, s[0:1]
	.loc	1 36 32                         ; spill.py:36:32
	s_and_b64 s[0:1], vcc, s[28:29]
	.loc	1 36 5                          ; spill.py:36:5
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_cbranch_execz .LBB0_957
.LBB0_1287:
	global_store_dword v[0:1], v253, off offset:876
	.loc	1 16 1 is_stmt 1                ; spill.py:16:1
	s_endpgm
.Ltmp7:
.Lfunc_end0:
	.size	oversized_tile_fp8_gemm, .Lfunc_end0-oversized_tile_fp8_gemm
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel oversized_tile_fp8_gemm
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 1092
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
		.amdhsa_enable_private_segment 1
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 512
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
	.set .Loversized_tile_fp8_gemm.num_vgpr, 256
	.set .Loversized_tile_fp8_gemm.num_agpr, 256
	.set .Loversized_tile_fp8_gemm.numbered_sgpr, 100
	.set .Loversized_tile_fp8_gemm.num_named_barrier, 0
	.set .Loversized_tile_fp8_gemm.private_seg_size, 1092
	.set .Loversized_tile_fp8_gemm.uses_vcc, 1
	.set .Loversized_tile_fp8_gemm.uses_flat_scratch, 0
	.set .Loversized_tile_fp8_gemm.has_dyn_sized_stack, 0
	.set .Loversized_tile_fp8_gemm.has_recursion, 0
	.set .Loversized_tile_fp8_gemm.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 57028
; TotalNumSgprs: 106
; NumVgprs: 256
; NumAgprs: 256
; TotalNumVgprs: 512
; ScratchSize: 1092
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 13
; VGPRBlocks: 63
; NumSGPRsForWavesPerEU: 106
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
                                        ; DW_AT_APPLE_optimized
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
	.byte	23                              ; DW_AT_call_column
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_ranges,"",@progbits
.Ldebug_ranges0:
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	0
	.quad	0
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0 ; triton
.Linfo_string1:
	.asciz	"spill.py"                      ; string offset=7 ; spill.py
.Linfo_string2:
	.asciz	"oversized_tile_fp8_gemm"       ; string offset=16 ; oversized_tile_fp8_gemm
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
      - .address_space:  global
        .offset:         56
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 64
    .max_flat_workgroup_size: 128
    .name:           oversized_tile_fp8_gemm
    .private_segment_fixed_size: 1092
    .sgpr_count:     106
    .sgpr_spill_count: 85
    .symbol:         oversized_tile_fp8_gemm.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     512
    .vgpr_spill_count: 935
    .wavefront_size: 64
amdhsa.target:   amdgpu9.50-amd-amdhsa-unknown-gfx950
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

	.amdgcn_target "amdgpu12.50-amd-amdhsa-unknown-gfx1250"
	.amdhsa_code_object_version 5
	.text
	.globl	atomics                         ; -- Begin function atomics
	.p2align	8
	.type	atomics,@function
atomics:                                ; @atomics
.Lfunc_begin0:
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 49 0                          ; kernels.py:49:0
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	s_setreg_imm32_b32 hwreg(HW_REG_WAVE_MODE, 25, 1), 1 ;  msbs: dst=0 src0=0 src1=0 src2=0
	s_mov_b64 s[64:65], 0
	v_nop
	global_prefetch_b8 v0, s[64:65] scope:SCOPE_SE
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_setreg_imm32_b32 hwreg(HW_REG_WAVE_SCHED_MODE, 0, 2), 2
	v_dual_mov_b32 v2, 0 :: v_dual_mov_b32 v4, 0
.Ltmp0:
	.loc	1 63 5 prologue_end             ; kernels.py:63:5
	s_bfe_u32 s3, ttmp8, 0x50019
	.loc	1 50 39                         ; kernels.py:50:39
	v_and_b32_e32 v1, 31, v0
	.loc	1 50 12 is_stmt 0               ; kernels.py:50:12
	s_lshl_b32 s11, ttmp9, 7
	.loc	1 63 5 is_stmt 1                ; kernels.py:63:5
	s_load_b128 s[4:7], s[0:1], 0x0 nv
	.loc	1 50 39                         ; kernels.py:50:39
	s_lshl_b32 s2, s3, 5
	.loc	1 63 5                          ; kernels.py:63:5
	s_load_b96 s[8:10], s[0:1], 0x10 nv
	.loc	1 50 39                         ; kernels.py:50:39
	s_wait_xcnt 0x0
	s_and_b32 s0, s2, 32
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 50 12 is_stmt 0               ; kernels.py:50:12
	v_or3_b32 v6, s0, s11, v1
	.loc	1 52 17 is_stmt 1               ; kernels.py:52:17
	v_ashrrev_i32_e32 v7, 31, v6
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1)
	v_lshl_add_u64 v[8:9], v[6:7], 2, s[4:5]
	.loc	1 51 12                         ; kernels.py:51:12
	v_cmp_gt_i32_e32 vcc_lo, s10, v6
	.loc	1 52 9                          ; kernels.py:52:9
	s_and_saveexec_b32 s0, vcc_lo
	s_cbranch_execz .LBB0_2
; %bb.1:
	s_wait_alu depctr_va_vdst(1)
	global_load_b32 v4, v[8:9], off
.LBB0_2:
	.loc	1 0 9 is_stmt 0                 ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 50 12 is_stmt 1               ; kernels.py:50:12
	v_or_b32_e32 v3, 64, v6
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 51 12                         ; kernels.py:51:12
	v_cmp_gt_i32_e64 s0, s10, v3
	.loc	1 52 9                          ; kernels.py:52:9
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_4
; %bb.3:
	s_wait_alu depctr_va_vdst(3)
	global_load_b32 v2, v[8:9], off offset:256
.LBB0_4:
	.loc	1 0 9 is_stmt 0                 ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 53 5 is_stmt 1                ; kernels.py:53:5
	s_barrier_signal -1
	.loc	1 53 28 is_stmt 0               ; kernels.py:53:28
	v_lshrrev_b32_e32 v3, 29, v7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v3, v6, v3
	v_and_b32_e32 v3, -8, v3
	s_wait_alu depctr_vm_vsrc(0)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_sub_nc_u32_e32 v8, v6, v3
	.loc	1 53 19                         ; kernels.py:53:19
	v_ashrrev_i32_e32 v9, 31, v8
	s_delay_alu instid0(VALU_DEP_1)
	v_lshl_add_u64 v[8:9], v[8:9], 2, s[6:7]
	.loc	1 53 5                          ; kernels.py:53:5
	s_barrier_wait -1
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execz .LBB0_6
; %bb.5:
	.loc	1 0 5                           ; kernels.py:0:5
	s_wait_loadcnt 0x0
	v_cvt_f32_i32_e32 v3, v4
	.loc	1 53 5                          ; kernels.py:53:5
	global_wb scope:SCOPE_DEV
	s_wait_storecnt 0x0
	s_wait_alu depctr_va_vdst(0)
	global_atomic_add_f32 v[8:9], v3, off scope:SCOPE_DEV
.LBB0_6:
	.loc	1 0 5                           ; kernels.py:0:5
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 53 5                          ; kernels.py:53:5
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_8
; %bb.7:
	.loc	1 53 39                         ; kernels.py:53:39
	s_wait_loadcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_cvt_f32_i32_e32 v3, v2
	.loc	1 53 5                          ; kernels.py:53:5
	s_wait_alu depctr_va_vdst(0)
	global_atomic_add_f32 v[8:9], v3, off scope:SCOPE_DEV
	s_wait_storecnt 0x0
	global_inv scope:SCOPE_DEV
	s_wait_loadcnt 0x0
.LBB0_8:
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 53 5                          ; kernels.py:53:5
	s_barrier_signal -1
	.loc	1 54 21 is_stmt 1               ; kernels.py:54:21
	s_wait_alu depctr_vm_vsrc(0)
	v_lshrrev_b32_e32 v3, 30, v7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v3, v6, v3
	v_and_b32_e32 v3, -4, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_sub_nc_u32_e32 v6, v6, v3
	.loc	1 54 12 is_stmt 0               ; kernels.py:54:12
	v_ashrrev_i32_e32 v7, 31, v6
	s_delay_alu instid0(VALU_DEP_1)
	v_lshl_add_u64 v[6:7], v[6:7], 2, s[8:9]
	.loc	1 53 5 is_stmt 1                ; kernels.py:53:5
	s_barrier_wait -1
	.loc	1 55 5                          ; kernels.py:55:5
	s_barrier_signal -1
	s_barrier_wait -1
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execz .LBB0_10
; %bb.9:
	s_wait_loadcnt 0x0
	s_wait_storecnt 0x0
	global_wb scope:SCOPE_DEV
	s_wait_storecnt 0x0
	s_wait_alu depctr_va_vdst(0)
	global_atomic_max_i32 v[6:7], v4, off scope:SCOPE_DEV
.LBB0_10:
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 55 5                          ; kernels.py:55:5
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_12
; %bb.11:
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vdst(0)
	global_atomic_max_i32 v[6:7], v2, off scope:SCOPE_DEV
	s_wait_storecnt 0x0
	global_inv scope:SCOPE_DEV
	s_wait_loadcnt 0x0
.LBB0_12:
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 55 5                          ; kernels.py:55:5
	s_barrier_signal -1
	s_barrier_wait -1
	.loc	1 56 5 is_stmt 1                ; kernels.py:56:5
	s_barrier_signal -1
	s_barrier_wait -1
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execz .LBB0_14
; %bb.13:
	s_wait_loadcnt 0x0
	s_wait_storecnt 0x0
	global_wb scope:SCOPE_DEV
	s_wait_storecnt 0x0
	s_wait_alu depctr_va_vdst(0)
	global_atomic_min_i32 v[6:7], v4, off offset:16 scope:SCOPE_DEV
.LBB0_14:
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 56 5                          ; kernels.py:56:5
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_16
; %bb.15:
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vdst(0)
	global_atomic_min_i32 v[6:7], v2, off offset:16 scope:SCOPE_DEV
	s_wait_storecnt 0x0
	global_inv scope:SCOPE_DEV
	s_wait_loadcnt 0x0
.LBB0_16:
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 56 5                          ; kernels.py:56:5
	s_barrier_signal -1
	s_barrier_wait -1
	.loc	1 57 5 is_stmt 1                ; kernels.py:57:5
	s_barrier_signal -1
	s_barrier_wait -1
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execz .LBB0_18
; %bb.17:
	s_wait_loadcnt 0x0
	s_wait_storecnt 0x0
	global_wb scope:SCOPE_DEV
	s_wait_storecnt 0x0
	s_wait_alu depctr_va_vdst(0)
	global_atomic_and_b32 v[6:7], v4, off offset:32 scope:SCOPE_DEV
.LBB0_18:
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 57 5                          ; kernels.py:57:5
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_20
; %bb.19:
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vdst(0)
	global_atomic_and_b32 v[6:7], v2, off offset:32 scope:SCOPE_DEV
	s_wait_storecnt 0x0
	global_inv scope:SCOPE_DEV
	s_wait_loadcnt 0x0
.LBB0_20:
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 57 5                          ; kernels.py:57:5
	s_barrier_signal -1
	s_barrier_wait -1
	.loc	1 58 5 is_stmt 1                ; kernels.py:58:5
	s_barrier_signal -1
	s_barrier_wait -1
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execz .LBB0_22
; %bb.21:
	s_wait_loadcnt 0x0
	s_wait_storecnt 0x0
	global_wb scope:SCOPE_DEV
	s_wait_storecnt 0x0
	s_wait_alu depctr_va_vdst(0)
	global_atomic_or_b32 v[6:7], v4, off offset:48 scope:SCOPE_DEV
.LBB0_22:
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 58 5                          ; kernels.py:58:5
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_24
; %bb.23:
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vdst(0)
	global_atomic_or_b32 v[6:7], v2, off offset:48 scope:SCOPE_DEV
	s_wait_storecnt 0x0
	global_inv scope:SCOPE_DEV
	s_wait_loadcnt 0x0
.LBB0_24:
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 58 5                          ; kernels.py:58:5
	s_barrier_signal -1
	s_barrier_wait -1
	.loc	1 59 5 is_stmt 1                ; kernels.py:59:5
	s_barrier_signal -1
	s_barrier_wait -1
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execz .LBB0_26
; %bb.25:
	s_wait_loadcnt 0x0
	s_wait_storecnt 0x0
	global_wb scope:SCOPE_DEV
	s_wait_storecnt 0x0
	s_wait_alu depctr_va_vdst(0)
	global_atomic_xor_b32 v[6:7], v4, off offset:64 scope:SCOPE_DEV
.LBB0_26:
	.loc	1 0 5 is_stmt 0                 ; kernels.py:0:5
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 59 5                          ; kernels.py:59:5
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_28
; %bb.27:
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vdst(0)
	global_atomic_xor_b32 v[6:7], v2, off offset:64 scope:SCOPE_DEV
	s_wait_storecnt 0x0
	global_inv scope:SCOPE_DEV
	s_wait_loadcnt 0x0
.LBB0_28:
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 59 5                          ; kernels.py:59:5
	s_barrier_signal -1
	s_barrier_wait -1
	.loc	1 60 11 is_stmt 1               ; kernels.py:60:11
	s_barrier_signal -1
	s_barrier_wait -1
	s_and_saveexec_b32 s1, vcc_lo
	s_cbranch_execz .LBB0_30
; %bb.29:
	s_wait_loadcnt 0x0
	s_wait_storecnt 0x0
	global_wb scope:SCOPE_DEV
	s_wait_storecnt 0x0
	s_wait_alu depctr_va_vdst(0)
	global_atomic_swap_b32 v5, v[6:7], v4, off offset:80 th:TH_ATOMIC_RETURN scope:SCOPE_DEV
.LBB0_30:
	.loc	1 0 11 is_stmt 0                ; kernels.py:0:11
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 60 11                         ; kernels.py:60:11
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_32
; %bb.31:
	s_wait_loadcnt 0x0
	s_wait_alu depctr_va_vdst(0)
	global_atomic_swap_b32 v3, v[6:7], v2, off offset:80 th:TH_ATOMIC_RETURN scope:SCOPE_DEV
	s_wait_loadcnt 0x0
	global_inv scope:SCOPE_DEV
	s_wait_loadcnt 0x0
.LBB0_32:
	.loc	1 0 11                          ; kernels.py:0:11
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 60 11                         ; kernels.py:60:11
	s_barrier_signal -1
.Ltmp1:
	.file	2 "<triton>/language" "standard.py"
	.loc	2 287 12 is_stmt 1              ; standard.py:287:12 @[ standard.py:314:12 @[ kernels.py:63:30 ] ]
	s_wait_loadcnt 0x0
	v_add_nc_u32_e32 v9, v2, v4
.Ltmp2:
	.loc	2 314 12                        ; standard.py:314:12 @[ kernels.py:63:30 ]
	v_dual_lshlrev_b32 v0, 2, v0 :: v_dual_bitop2_b32 v1, s3, v1 bitop3:0x54
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp3:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:314:12 @[ kernels.py:63:30 ] ]
	v_add_nc_u32_dpp v9, v9, v9 row_shr:8 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp4:
	.loc	2 314 12                        ; standard.py:314:12 @[ kernels.py:63:30 ]
	v_and_b32_e32 v0, 4, v0
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
.Ltmp5:
	.loc	1 63 5                          ; kernels.py:63:5
	v_cmp_eq_u32_e32 vcc_lo, 0, v1
.Ltmp6:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:314:12 @[ kernels.py:63:30 ] ]
	v_add_nc_u32_dpp v1, v9, v9 row_shr:4 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
.Ltmp7:
	.loc	2 314 12                        ; standard.py:314:12 @[ kernels.py:63:30 ]
	v_add_nc_u32_e32 v0, 0, v0
.Ltmp8:
	.loc	2 287 12                        ; standard.py:287:12 @[ standard.py:314:12 @[ kernels.py:63:30 ] ]
	v_add_nc_u32_dpp v1, v1, v1 row_shr:2 row_mask:0xf bank_mask:0xf bound_ctrl:1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_add_nc_u32_dpp v1, v1, v1 row_shr:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp9:
	.loc	2 314 12                        ; standard.py:314:12 @[ kernels.py:63:30 ]
	s_lshr_b32 s0, s2, 3
	v_permlanex16_b32 v9, v1, -1, -1 op_sel:[1,0]
	s_and_b32 s0, s0, 4
	s_delay_alu instid0(VALU_DEP_1) | instid1(SALU_CYCLE_1)
	v_dual_mov_b32 v8, s0 :: v_dual_add_nc_u32 v1, v1, v9
.Ltmp10:
	.loc	1 60 11                         ; kernels.py:60:11
	s_barrier_wait -1
	.loc	1 61 5                          ; kernels.py:61:5
	s_barrier_signal -1
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
.Ltmp11:
	.loc	2 314 12                        ; standard.py:314:12 @[ kernels.py:63:30 ]
	v_readlane_b32 s0, v1, 31
	v_mov_b32_e32 v1, s0
.Ltmp12:
	.loc	1 61 5                          ; kernels.py:61:5
	s_barrier_wait -1
	s_wait_storecnt 0x0
	global_wb scope:SCOPE_DEV
	s_wait_storecnt 0x0
	s_wait_alu depctr_va_vdst(13)
	global_atomic_cmpswap_b32 v[6:7], v[4:5], off offset:96 scope:SCOPE_DEV
	s_wait_storecnt 0x0
	global_inv scope:SCOPE_DEV
	s_wait_loadcnt 0x0
	global_wb scope:SCOPE_DEV
	s_wait_storecnt 0x0
	global_atomic_cmpswap_b32 v[6:7], v[2:3], off offset:96 scope:SCOPE_DEV
	s_wait_storecnt 0x0
	global_inv scope:SCOPE_DEV
	s_wait_loadcnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	.loc	1 62 5                          ; kernels.py:62:5
	s_clause 0x1
	global_atomic_add_u32 v[6:7], v4, off offset:112
	global_atomic_add_u32 v[6:7], v2, off offset:112
.Ltmp13:
	.loc	2 314 12                        ; standard.py:314:12 @[ kernels.py:63:30 ]
	s_wait_alu depctr_va_vdst(0)
	ds_store_b32 v8, v1
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	s_wait_alu depctr_vm_vsrc(0)
	ds_load_b32 v8, v0
.Ltmp14:
	.loc	1 63 5                          ; kernels.py:63:5
	s_wait_dscnt 0x0
	s_barrier_signal -1
.Ltmp15:
	.loc	2 314 12                        ; standard.py:314:12 @[ kernels.py:63:30 ]
	s_wait_alu depctr_vm_vsrc(0)
	v_mov_b32_dpp v0, v8 row_xmask:1 row_mask:0xf bank_mask:0xf bound_ctrl:1
.Ltmp16:
	.loc	1 63 5                          ; kernels.py:63:5
	s_barrier_wait -1
	.loc	1 63 19 is_stmt 0               ; kernels.py:63:19
	s_and_saveexec_b32 s0, vcc_lo
	s_cbranch_execz .LBB0_37
; %bb.33:
	.loc	1 0 19                          ; kernels.py:0:19
	s_mov_b32 s2, exec_lo
	v_add_nc_u32_e32 v0, v8, v0
	s_brev_b32 s1, 1
	s_delay_alu instid0(VALU_DEP_1)
	v_cvt_f32_i32_e32 v0, v0
.LBB0_34:                               ; %ComputeLoop
                                        ; =>This Inner Loop Header: Depth=1
	.loc	1 63 19 is_stmt 1               ; kernels.py:63:19
	s_ctz_i32_b32 s3, s2
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	s_lshl_b32 s4, 1, s3
	v_readlane_b32 s3, v0, s3
	s_and_not1_b32 s2, s2, s4
	s_add_f32 s1, s1, s3
	s_cbranch_scc1 .LBB0_34
; %bb.35:                               ; %ComputeEnd
	v_mbcnt_lo_u32_b32 v0, exec_lo, 0
	s_mov_b32 s2, exec_lo
	s_delay_alu instid0(VALU_DEP_1)
	v_cmpx_eq_u32_e32 0, v0
	s_xor_b32 s2, exec_lo, s2
	s_cbranch_execz .LBB0_37
; %bb.36:
	v_dual_mov_b32 v0, 0 :: v_dual_mov_b32 v1, s1
	s_wait_storecnt 0x0
	global_wb scope:SCOPE_DEV
	s_wait_storecnt 0x0
	s_wait_alu depctr_va_vdst(0)
	global_atomic_add_f32 v0, v1, s[6:7] offset:32 scope:SCOPE_DEV
	s_wait_storecnt 0x0
	global_inv scope:SCOPE_DEV
	s_wait_loadcnt 0x0
.LBB0_37:                               ; %Flow22
	.loc	1 0 19 is_stmt 0                ; kernels.py:0:19
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 63 5                          ; kernels.py:63:5
	s_barrier_signal -1
	s_barrier_wait -1
	.loc	1 49 1 is_stmt 1                ; kernels.py:49:1
	s_endpgm
.Ltmp17:
.Lfunc_end0:
	.size	atomics, .Lfunc_end0-atomics
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel atomics
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 48
		.amdhsa_user_sgpr_count 2
		.amdhsa_user_sgpr_dispatch_ptr 0
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_kernarg_preload_length 0
		.amdhsa_user_sgpr_kernarg_preload_offset 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_wavefront_size32 1
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 1
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 10
		.amdhsa_next_free_sgpr 66
		.amdhsa_named_barrier_count 0
		.amdhsa_reserve_vcc 1
		.amdhsa_reserve_xnack_mask 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-atomics)<<4)&4080)>>4
		.amdhsa_round_robin_scheduling 0
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
	.set .Latomics.num_vgpr, 10
	.set .Latomics.num_agpr, 0
	.set .Latomics.numbered_sgpr, 66
	.set .Latomics.num_named_barrier, 0
	.set .Latomics.private_seg_size, 0
	.set .Latomics.uses_vcc, 1
	.set .Latomics.uses_flat_scratch, 0
	.set .Latomics.has_dyn_sized_stack, 0
	.set .Latomics.has_recursion, 0
	.set .Latomics.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1676
; TotalNumSgprs: 68
; NumVgprs: 10
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 0
; NumSGPRsForWavesPerEU: 68
; NumVGPRsForWavesPerEU: 10
; NamedBarCnt: 0
; Occupancy: 16
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 2
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 1
; COMPUTE_PGM_RSRC2:TIDIG_COMP_CNT: 0
	.text
	.p2alignl 7, 3214868480
	.fill 96, 4, 3214868480
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
	.byte	1                               ; DW_CHILDREN_yes
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
	.byte	5                               ; DW_FORM_data2
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
	.byte	1                               ; Abbrev [1] 0xb:0x52 DW_TAG_compile_unit
	.long	.Linfo_string0                  ; DW_AT_producer
	.short	2                               ; DW_AT_language
	.long	.Linfo_string1                  ; DW_AT_name
	.long	.Lline_table_start0             ; DW_AT_stmt_list
	.long	.Linfo_string2                  ; DW_AT_comp_dir
                                        ; DW_AT_APPLE_optimized
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.byte	2                               ; Abbrev [2] 0x2a:0x6 DW_TAG_subprogram
	.long	.Linfo_string3                  ; DW_AT_name
	.byte	1                               ; DW_AT_inline
	.byte	3                               ; Abbrev [3] 0x30:0x2c DW_TAG_subprogram
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
	.long	42                              ; DW_AT_abstract_origin
	.byte	4                               ; Abbrev [4] 0x41:0x1a DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges0                 ; DW_AT_ranges
	.byte	1                               ; DW_AT_call_file
	.byte	63                              ; DW_AT_call_line
	.byte	30                              ; DW_AT_call_column
	.byte	5                               ; Abbrev [5] 0x4d:0xd DW_TAG_inlined_subroutine
	.long	42                              ; DW_AT_abstract_origin
	.long	.Ldebug_ranges1                 ; DW_AT_ranges
	.byte	2                               ; DW_AT_call_file
	.short	314                             ; DW_AT_call_line
	.byte	12                              ; DW_AT_call_column
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
	.byte	0                               ; End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_ranges,"",@progbits
.Ldebug_ranges0:
	.quad	.Ltmp1-.Lfunc_begin0
	.quad	.Ltmp5-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp10-.Lfunc_begin0
	.quad	.Ltmp11-.Lfunc_begin0
	.quad	.Ltmp12-.Lfunc_begin0
	.quad	.Ltmp13-.Lfunc_begin0
	.quad	.Ltmp14-.Lfunc_begin0
	.quad	.Ltmp15-.Lfunc_begin0
	.quad	.Ltmp16-.Lfunc_begin0
	.quad	0
	.quad	0
.Ldebug_ranges1:
	.quad	.Ltmp1-.Lfunc_begin0
	.quad	.Ltmp2-.Lfunc_begin0
	.quad	.Ltmp3-.Lfunc_begin0
	.quad	.Ltmp4-.Lfunc_begin0
	.quad	.Ltmp6-.Lfunc_begin0
	.quad	.Ltmp7-.Lfunc_begin0
	.quad	.Ltmp8-.Lfunc_begin0
	.quad	.Ltmp9-.Lfunc_begin0
	.quad	0
	.quad	0
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0 ; triton
.Linfo_string1:
	.asciz	"kernels.py"                    ; string offset=7 ; kernels.py
.Linfo_string2:
	.asciz	"samples/corpus"     ; string offset=18 ; samples/corpus
.Linfo_string3:
	.asciz	"atomics"                       ; string offset=44 ; atomics
	.section	".note.GNU-stack","",@progbits
	.amdgpu_metadata
---
amdhsa.kernels:
  - .args:
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
      - .address_space:  global
        .offset:         32
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         40
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 48
    .max_flat_workgroup_size: 64
    .name:           atomics
    .private_segment_fixed_size: 0
    .sgpr_count:     68
    .sgpr_spill_count: 0
    .symbol:         atomics.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     10
    .vgpr_spill_count: 0
    .wavefront_size: 32
amdhsa.target:   amdgpu12.50-amd-amdhsa-unknown-gfx1250
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

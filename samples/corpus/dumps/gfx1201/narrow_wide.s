	.amdgcn_target "amdgpu12.01-amd-amdhsa-unknown-gfx1201"
	.amdhsa_code_object_version 5
	.text
	.globl	narrow_wide                     ; -- Begin function narrow_wide
	.p2align	8
	.type	narrow_wide,@function
narrow_wide:                            ; @narrow_wide
.Lfunc_begin0:
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 133 0                         ; kernels.py:133:0
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	s_clause 0x1
	s_load_b32 s3, s[0:1], 0x50
	s_load_b128 s[4:7], s[0:1], 0x0
.Ltmp0:
	.loc	1 135 39 prologue_end           ; kernels.py:135:39
	s_bfe_u32 s2, ttmp8, 0x50019
	v_and_b32_e32 v0, 31, v0
	s_lshl_b32 s2, s2, 5
	.loc	1 135 12 is_stmt 0              ; kernels.py:135:12
	s_lshl_b32 s8, ttmp9, 8
	.loc	1 135 39                        ; kernels.py:135:39
	s_and_b32 s2, s2, 0x60
	v_mov_b16_e32 v18.l, 0
	.loc	1 135 12                        ; kernels.py:135:12
	v_or3_b32 v5, s2, v0, s8
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b16_e32 v19.l, v18.l
	.loc	1 137 17 is_stmt 1              ; kernels.py:137:17
	v_ashrrev_i32_e32 v6, 31, v5
	.loc	1 136 12                        ; kernels.py:136:12
	s_wait_kmcnt 0x0
	v_cmp_gt_i32_e64 s2, s3, v5
	.loc	1 137 17                        ; kernels.py:137:17
	v_add_co_u32 v0, vcc_lo, s4, v5
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v1, null, s5, v6, vcc_lo
	.loc	1 137 9 is_stmt 0               ; kernels.py:137:9
	s_and_saveexec_b32 s4, s2
	s_cbranch_execz .LBB0_2
; %bb.1:
	global_load_d16_u8 v19, v[0:1], off
.LBB0_2:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s4
	.loc	1 135 12 is_stmt 1              ; kernels.py:135:12
	v_or_b32_e32 v2, 0x80, v5
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 136 12                        ; kernels.py:136:12
	v_cmp_gt_i32_e32 vcc_lo, s3, v2
	.loc	1 137 9                         ; kernels.py:137:9
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_4
; %bb.3:
	global_load_d16_u8 v18, v[0:1], off offset:128
.LBB0_4:
	.loc	1 0 9 is_stmt 0                 ; kernels.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	s_load_b64 s[4:5], s[0:1], 0x10
	v_mov_b16_e32 v0.l, 0
	.loc	1 138 17 is_stmt 1              ; kernels.py:138:17
	v_add_co_u32 v1, s3, s6, v5
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v2, null, s7, v6, s3
	s_delay_alu instid0(VALU_DEP_3)
	v_mov_b16_e32 v0.h, v0.l
	.loc	1 138 9 is_stmt 0               ; kernels.py:138:9
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_6
; %bb.5:
	global_load_d16_hi_u8 v0, v[1:2], off
.LBB0_6:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 138 9                         ; kernels.py:138:9
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_8
; %bb.7:
	global_load_d16_u8 v0, v[1:2], off offset:128
.LBB0_8:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	s_load_b64 s[6:7], s[0:1], 0x18
	.loc	1 139 17 is_stmt 1              ; kernels.py:139:17
	v_lshlrev_b64_e32 v[7:8], 1, v[5:6]
	v_mov_b16_e32 v15.l, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_mov_b16_e32 v17.l, v15.l
	s_wait_kmcnt 0x0
	v_add_co_u32 v1, s3, s4, v7
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v2, null, s5, v8, s3
	.loc	1 139 9 is_stmt 0               ; kernels.py:139:9
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_10
; %bb.9:
	global_load_d16_b16 v17, v[1:2], off
.LBB0_10:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 139 9                         ; kernels.py:139:9
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_12
; %bb.11:
	global_load_d16_b16 v15, v[1:2], off offset:256
.LBB0_12:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	s_load_b64 s[8:9], s[0:1], 0x20
	v_mov_b16_e32 v16.l, 0
	.loc	1 140 17 is_stmt 1              ; kernels.py:140:17
	v_add_co_u32 v1, s3, s6, v7
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v2, null, s7, v8, s3
	s_delay_alu instid0(VALU_DEP_3)
	v_mov_b16_e32 v20.l, v16.l
	.loc	1 140 9 is_stmt 0               ; kernels.py:140:9
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_14
; %bb.13:
	global_load_d16_b16 v20, v[1:2], off
.LBB0_14:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 140 9                         ; kernels.py:140:9
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_16
; %bb.15:
	global_load_d16_b16 v16, v[1:2], off offset:256
.LBB0_16:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	s_load_b64 s[4:5], s[0:1], 0x28
	v_mov_b16_e32 v1.l, 0
	.loc	1 141 17 is_stmt 1              ; kernels.py:141:17
	s_wait_kmcnt 0x0
	v_add_co_u32 v3, s3, s8, v7
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v4, null, s9, v8, s3
	v_mov_b16_e32 v2.l, v1.l
	.loc	1 141 9 is_stmt 0               ; kernels.py:141:9
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_18
; %bb.17:
	global_load_d16_b16 v2, v[3:4], off
.LBB0_18:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 141 9                         ; kernels.py:141:9
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_20
; %bb.19:
	global_load_d16_b16 v1, v[3:4], off offset:256
.LBB0_20:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	s_load_b64 s[6:7], s[0:1], 0x30
	.loc	1 142 17 is_stmt 1              ; kernels.py:142:17
	v_lshlrev_b64_e32 v[11:12], 3, v[5:6]
	v_dual_mov_b32 v3, 0 :: v_dual_mov_b32 v4, 0
	v_dual_mov_b32 v9, 0 :: v_dual_mov_b32 v10, 0
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_add_co_u32 v13, s3, s4, v11
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v14, null, s5, v12, s3
	.loc	1 142 9 is_stmt 0               ; kernels.py:142:9
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_22
; %bb.21:
	global_load_b64 v[9:10], v[13:14], off
.LBB0_22:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 142 9                         ; kernels.py:142:9
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_24
; %bb.23:
	global_load_b64 v[3:4], v[13:14], off offset:1024
.LBB0_24:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	s_load_b64 s[4:5], s[0:1], 0x38
	.loc	1 143 14 is_stmt 1              ; kernels.py:143:14
	s_wait_kmcnt 0x0
	v_add_co_u32 v5, s3, s6, v5
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v6, null, s7, v6, s3
	.loc	1 143 5 is_stmt 0               ; kernels.py:143:5
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_26
; %bb.25:
	.loc	1 0 5                           ; kernels.py:0:5
	s_wait_loadcnt 0x0
	v_add_nc_u16 v13.l, v0.h, v19.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_bfe_i32 v13, v13, 0, 8
	v_lshrrev_b16 v0.h, 1, v13.l
	.loc	1 143 5                         ; kernels.py:143:5
	global_store_d16_hi_b8 v[5:6], v0, off
.LBB0_26:
	.loc	1 0 5                           ; kernels.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 143 5                         ; kernels.py:143:5
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_28
; %bb.27:
	.loc	1 143 30                        ; kernels.py:143:30
	s_wait_loadcnt 0x0
	v_add_nc_u16 v0.l, v0.l, v18.l
	.loc	1 143 29                        ; kernels.py:143:29
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 143 30                        ; kernels.py:143:30
	v_bfe_i32 v0, v0, 0, 8
	.loc	1 143 29                        ; kernels.py:143:29
	v_lshrrev_b16 v0.l, 1, v0.l
	.loc	1 143 5                         ; kernels.py:143:5
	global_store_b8 v[5:6], v0, off offset:128
.LBB0_28:
	.loc	1 0 5                           ; kernels.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	s_load_b64 s[6:7], s[0:1], 0x40
	.loc	1 144 14 is_stmt 1              ; kernels.py:144:14
	v_add_co_u32 v5, s3, s4, v7
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v6, null, s5, v8, s3
	.loc	1 144 5 is_stmt 0               ; kernels.py:144:5
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_30
; %bb.29:
	.loc	1 144 39                        ; kernels.py:144:39
	s_wait_loadcnt 0x0
	v_bfe_i32 v0, v19, 0, 8
	.loc	1 144 31                        ; kernels.py:144:31
	s_delay_alu instid0(VALU_DEP_1)
	v_mad_u16 v0.l, v17.l, 3, v0.l
	.loc	1 144 5                         ; kernels.py:144:5
	global_store_b16 v[5:6], v0, off
.LBB0_30:
	.loc	1 0 5                           ; kernels.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 144 5                         ; kernels.py:144:5
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_32
; %bb.31:
	.loc	1 144 39                        ; kernels.py:144:39
	s_wait_loadcnt 0x0
	v_bfe_i32 v0, v18, 0, 8
	.loc	1 144 31                        ; kernels.py:144:31
	s_delay_alu instid0(VALU_DEP_1)
	v_mad_u16 v0.l, v15.l, 3, v0.l
	.loc	1 144 5                         ; kernels.py:144:5
	global_store_b16 v[5:6], v0, off offset:256
.LBB0_32:
	.loc	1 0 5                           ; kernels.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s3
	s_load_b64 s[4:5], s[0:1], 0x48
	.loc	1 145 14 is_stmt 1              ; kernels.py:145:14
	s_wait_kmcnt 0x0
	v_add_co_u32 v5, s0, s6, v7
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v6, null, s7, v8, s0
	.loc	1 145 37 is_stmt 0              ; kernels.py:145:37
	s_wait_loadcnt 0x0
	v_lshlrev_b32_e32 v7, 16, v2
	.loc	1 145 5                         ; kernels.py:145:5
	s_and_saveexec_b32 s0, s2
	s_cbranch_execz .LBB0_34
; %bb.33:
	.loc	1 0 5                           ; kernels.py:0:5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cvt_f16_f32_e32 v0.l, v7
	v_mul_f16_e32 v0.l, 0.5, v0.l
	s_delay_alu instid0(VALU_DEP_1)
	v_fmac_f16_e32 v0.l, v20.l, v20.l
	.loc	1 145 5                         ; kernels.py:145:5
	global_store_b16 v[5:6], v0, off
.LBB0_34:
	.loc	1 0 5                           ; kernels.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 145 37                        ; kernels.py:145:37
	v_lshlrev_b32_e32 v2, 16, v1
	.loc	1 145 5                         ; kernels.py:145:5
	s_and_saveexec_b32 s0, vcc_lo
	s_cbranch_execz .LBB0_36
; %bb.35:
	.loc	1 0 5                           ; kernels.py:0:5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 145 37                        ; kernels.py:145:37
	v_cvt_f16_f32_e32 v0.l, v2
	v_mul_f16_e32 v0.l, 0.5, v0.l
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 145 29                        ; kernels.py:145:29
	v_fmac_f16_e32 v0.l, v16.l, v16.l
	.loc	1 145 5                         ; kernels.py:145:5
	global_store_b16 v[5:6], v0, off offset:256
.LBB0_36:
	.loc	1 0 5                           ; kernels.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 146 14 is_stmt 1              ; kernels.py:146:14
	v_add_co_u32 v0, s0, s4, v11
	s_wait_alu depctr_va_sdst(0)
	v_add_co_ci_u32_e64 v1, null, s5, v12, s0
	.loc	1 146 5 is_stmt 0               ; kernels.py:146:5
	s_and_saveexec_b32 s1, s2
	s_cbranch_execnz .LBB0_39
; %bb.37:
	.loc	1 0 5                           ; kernels.py:0:5
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 146 5                         ; kernels.py:146:5
	s_and_saveexec_b32 s0, vcc_lo
	s_cbranch_execnz .LBB0_40
.LBB0_38:
	.loc	1 133 1 is_stmt 1               ; kernels.py:133:1
	s_endpgm
.LBB0_39:
	.loc	1 146 67                        ; kernels.py:146:67
	v_fma_mix_f32 v5, v20, v7, neg(0) op_sel_hi:[1,0,0]
	.loc	1 146 49 is_stmt 0              ; kernels.py:146:49
	v_mov_b16_e32 v8.l, v17.l
	v_bfe_i32 v11, v17, 0, 16
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 146 66                        ; kernels.py:146:66
	v_trunc_f32_e32 v5, v5
	.loc	1 146 49                        ; kernels.py:146:49
	v_bfe_i32 v8, v8, 0, 16
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 146 66                        ; kernels.py:146:66
	v_mul_f32_e64 v6, 0x2f800000, |v5|
	.loc	1 146 49                        ; kernels.py:146:49
	v_ashrrev_i32_e32 v8, 31, v8
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 146 66                        ; kernels.py:146:66
	v_floor_f32_e32 v6, v6
	v_fma_f32 v7, 0xcf800000, v6, |v5|
	v_ashrrev_i32_e32 v5, 31, v5
	v_cvt_u32_f32_e32 v6, v6
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cvt_u32_f32_e32 v7, v7
	v_xor_b32_e32 v6, v6, v5
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_xor_b32_e32 v7, v7, v5
	v_sub_co_u32 v7, s0, v7, v5
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_sub_co_ci_u32_e64 v12, null, v6, v5, s0
	.loc	1 146 39                        ; kernels.py:146:39
	v_ashrrev_i64 v[5:6], 3, v[9:10]
	.loc	1 146 30                        ; kernels.py:146:30
	v_add_co_u32 v7, s0, v7, v11
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v8, null, v12, v8, s0
	v_add_co_u32 v5, s0, v7, v5
	s_wait_alu depctr_va_sdst(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_ci_u32_e64 v6, null, v8, v6, s0
	v_mad_co_u64_u32 v[5:6], null, v9, 7, v[5:6]
	s_delay_alu instid0(VALU_DEP_1)
	v_mad_co_u64_u32 v[6:7], null, v10, 7, v[6:7]
	.loc	1 146 5                         ; kernels.py:146:5
	global_store_b64 v[0:1], v[5:6], off
	s_wait_alu depctr_sa_sdst(0)
	s_or_b32 exec_lo, exec_lo, s1
	s_and_saveexec_b32 s0, vcc_lo
	s_cbranch_execz .LBB0_38
.LBB0_40:
	.loc	1 146 67                        ; kernels.py:146:67
	v_fma_mix_f32 v2, v16, v2, neg(0) op_sel_hi:[1,0,0]
	.loc	1 146 49                        ; kernels.py:146:49
	v_mov_b16_e32 v7.l, v15.l
	v_bfe_i32 v8, v15, 0, 16
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 146 66                        ; kernels.py:146:66
	v_trunc_f32_e32 v2, v2
	.loc	1 146 49                        ; kernels.py:146:49
	v_bfe_i32 v7, v7, 0, 16
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 146 66                        ; kernels.py:146:66
	v_mul_f32_e64 v5, 0x2f800000, |v2|
	.loc	1 146 49                        ; kernels.py:146:49
	v_ashrrev_i32_e32 v7, 31, v7
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 146 66                        ; kernels.py:146:66
	v_floor_f32_e32 v5, v5
	v_fma_f32 v6, 0xcf800000, v5, |v2|
	v_ashrrev_i32_e32 v2, 31, v2
	v_cvt_u32_f32_e32 v5, v5
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cvt_u32_f32_e32 v6, v6
	v_xor_b32_e32 v5, v5, v2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_xor_b32_e32 v6, v6, v2
	v_sub_co_u32 v9, vcc_lo, v6, v2
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_sub_co_ci_u32_e64 v2, null, v5, v2, vcc_lo
	.loc	1 146 39                        ; kernels.py:146:39
	v_ashrrev_i64 v[5:6], 3, v[3:4]
	.loc	1 146 30                        ; kernels.py:146:30
	v_add_co_u32 v8, vcc_lo, v9, v8
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v2, null, v2, v7, vcc_lo
	v_add_co_u32 v5, vcc_lo, v8, v5
	s_wait_alu depctr_va_vcc(0)
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_ci_u32_e64 v6, null, v2, v6, vcc_lo
	v_mad_co_u64_u32 v[2:3], null, v3, 7, v[5:6]
	s_delay_alu instid0(VALU_DEP_1)
	v_mad_co_u64_u32 v[3:4], null, v4, 7, v[3:4]
	.loc	1 146 5                         ; kernels.py:146:5
	global_store_b64 v[0:1], v[2:3], off offset:1024
	.loc	1 133 1 is_stmt 1               ; kernels.py:133:1
	s_endpgm
.Ltmp1:
.Lfunc_end0:
	.size	narrow_wide, .Lfunc_end0-narrow_wide
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel narrow_wide
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 104
		.amdhsa_user_sgpr_count 2
		.amdhsa_user_sgpr_dispatch_ptr 0
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_wavefront_size32 1
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 1
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 21
		.amdhsa_next_free_sgpr 10
		.amdhsa_reserve_vcc 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
		.amdhsa_workgroup_processor_mode 1
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-narrow_wide)<<4)&4080)>>4
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
	.set .Lnarrow_wide.num_vgpr, 21
	.set .Lnarrow_wide.num_agpr, 0
	.set .Lnarrow_wide.numbered_sgpr, 10
	.set .Lnarrow_wide.num_named_barrier, 0
	.set .Lnarrow_wide.private_seg_size, 0
	.set .Lnarrow_wide.uses_vcc, 1
	.set .Lnarrow_wide.uses_flat_scratch, 0
	.set .Lnarrow_wide.has_dyn_sized_stack, 0
	.set .Lnarrow_wide.has_recursion, 0
	.set .Lnarrow_wide.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 1600
; TotalNumSgprs: 12
; NumVgprs: 21
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 2
; NumSGPRsForWavesPerEU: 12
; NumVGPRsForWavesPerEU: 21
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
      - .address_space:  global
        .offset:         72
        .size:           8
        .value_kind:     global_buffer
      - .offset:         80
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         88
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         96
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 104
    .max_flat_workgroup_size: 128
    .name:           narrow_wide
    .private_segment_fixed_size: 0
    .sgpr_count:     12
    .sgpr_spill_count: 0
    .symbol:         narrow_wide.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     21
    .vgpr_spill_count: 0
    .wavefront_size: 32
    .workgroup_processor_mode: 1
amdhsa.target:   amdgpu12.01-amd-amdhsa-unknown-gfx1201
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

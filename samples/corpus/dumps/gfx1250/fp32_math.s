	.amdgcn_target "amdgpu12.50-amd-amdhsa-unknown-gfx1250"
	.amdhsa_code_object_version 5
	.text
	.globl	fp32_math                       ; -- Begin function fp32_math
	.p2align	8
	.type	fp32_math,@function
fp32_math:                              ; @fp32_math
.Lfunc_begin0:
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 119 0                         ; kernels.py:119:0
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
	v_dual_mov_b32 v3, 1.0 :: v_dual_mov_b32 v2, 1.0
.Ltmp0:
	.loc	1 120 39 prologue_end           ; kernels.py:120:39
	s_bfe_u32 s2, ttmp8, 0x50019
	v_and_b32_e32 v0, 31, v0
	.loc	1 120 12 is_stmt 0              ; kernels.py:120:12
	s_lshl_b32 s3, ttmp9, 8
	.loc	1 120 39                        ; kernels.py:120:39
	s_load_b128 s[4:7], s[0:1], 0x0 nv
	s_lshl_b32 s2, s2, 5
	s_load_b96 s[8:10], s[0:1], 0x10 nv
	s_wait_xcnt 0x0
	s_and_b32 s0, s2, 0x60
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 120 12                        ; kernels.py:120:12
	v_or3_b32 v4, s0, v0, s3
	.loc	1 122 17 is_stmt 1              ; kernels.py:122:17
	v_ashrrev_i32_e32 v5, 31, v4
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_1)
	v_lshl_add_u64 v[0:1], v[4:5], 2, s[4:5]
	.loc	1 121 12                        ; kernels.py:121:12
	v_cmp_gt_i32_e64 s0, s10, v4
	.loc	1 122 9                         ; kernels.py:122:9
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_2
; %bb.1:
	s_wait_alu depctr_va_vdst(1)
	global_load_b32 v2, v[0:1], off
.LBB0_2:
	.loc	1 0 9 is_stmt 0                 ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s1
	.loc	1 120 12 is_stmt 1              ; kernels.py:120:12
	v_or_b32_e32 v6, 0x80, v4
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 121 12                        ; kernels.py:121:12
	v_cmp_gt_i32_e64 s1, s10, v6
	.loc	1 122 9                         ; kernels.py:122:9
	s_and_saveexec_b32 s2, s1
	s_cbranch_execz .LBB0_4
; %bb.3:
	s_wait_alu depctr_va_vdst(3)
	global_load_b32 v3, v[0:1], off offset:512
.LBB0_4:
	.loc	1 0 9 is_stmt 0                 ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 123 17 is_stmt 1              ; kernels.py:123:17
	v_lshl_add_u64 v[6:7], v[4:5], 2, s[6:7]
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_mov_b32 v1, 2.0 :: v_dual_mov_b32 v0, 2.0
	.loc	1 123 9 is_stmt 0               ; kernels.py:123:9
	s_and_saveexec_b32 s2, s0
	s_cbranch_execz .LBB0_6
; %bb.5:
	s_wait_alu depctr_va_vdst(0)
	global_load_b32 v0, v[6:7], off
.LBB0_6:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 123 9                         ; kernels.py:123:9
	s_and_saveexec_b32 s2, s1
	s_cbranch_execz .LBB0_8
; %bb.7:
	s_wait_alu depctr_va_vdst(0)
	global_load_b32 v1, v[6:7], off offset:512
.LBB0_8:
	.loc	1 0 9                           ; kernels.py:0:9
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 124 47 is_stmt 1              ; kernels.py:124:47
	s_wait_loadcnt 0x0
	v_and_b32_e32 v6, 0x7fffffff, v2
                                        ; implicit-def: $vgpr11
                                        ; implicit-def: $vgpr10
	s_mov_b32 s3, exec_lo
	v_cmpx_ngt_f32_e64 0x48000000, |v2|
	s_xor_b32 s5, exec_lo, s3
	s_cbranch_execz .LBB0_10
; %bb.9:
	s_wait_alu depctr_vm_vsrc(0)
	v_dual_lshrrev_b32 v7, 23, v6 :: v_dual_mov_b32 v9, 0
	s_mov_b32 s2, 0x7fffff
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_and_or_b32 v16, v6, s2, 0x800000
	v_add_nc_u32_e32 v7, 0xffffff88, v7
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_nc_u64_u32 v[10:11], 0xfe5163ab, v16, 0
	v_cmp_lt_u32_e32 vcc_lo, 63, v7
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_mov_b32_e32 v8, v11
	v_cndmask_b32_e64 v11, 0, 0xffffffc0, vcc_lo
	v_mad_nc_u64_u32 v[12:13], 0x3c439041, v16, v[8:9]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_mov_b32 v8, v13 :: v_dual_add_nc_u32 v7, v11, v7
	v_cmp_lt_u32_e64 s2, 31, v7
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_nc_u64_u32 v[14:15], 0xdb629599, v16, v[8:9]
	v_cndmask_b32_e64 v11, 0, 0xffffffe0, s2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b32_e32 v8, v15
	v_dual_add_nc_u32 v7, v11, v7 :: v_dual_cndmask_b32 v15, v14, v10, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_nc_u64_u32 v[10:11], 0xf534ddc0, v16, v[8:9]
	v_cmp_lt_u32_e64 s3, 31, v7
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b32_e32 v8, v11
	v_cndmask_b32_e64 v11, 0, 0xffffffe0, s3
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e32 v17, v10, v12, vcc_lo
	v_mad_nc_u64_u32 v[12:13], 0xfc2757d1, v16, v[8:9]
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_add_nc_u32_e32 v7, v11, v7
	v_cndmask_b32_e64 v11, v17, v15, s2
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_mov_b32_e32 v8, v13
	v_cmp_eq_u32_e64 s4, 0, v7
	v_dual_sub_nc_u32 v7, 32, v7 :: v_dual_cndmask_b32 v13, v12, v14, vcc_lo
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mad_nc_u64_u32 v[14:15], 0x4e441529, v16, v[8:9]
	v_dual_cndmask_b32 v17, v13, v17, s2 :: v_dual_mov_b32 v8, v15
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_dual_cndmask_b32 v11, v17, v11, s3 :: v_dual_cndmask_b32 v10, v14, v10, vcc_lo
	v_mad_nc_u64_u32 v[8:9], 0xa2f9836e, v16, v[8:9]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_cndmask_b32 v13, v10, v13, s2 :: v_dual_cndmask_b32 v8, v8, v12, vcc_lo
	v_cndmask_b32_e64 v12, v13, v17, s3
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e32 v9, v9, v14, vcc_lo
	v_cndmask_b32_e64 v10, v8, v10, s2
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_alignbit_b32 v14, v12, v11, v7.l
	v_dual_cndmask_b32 v8, v9, v8, s2 :: v_dual_cndmask_b32 v9, v10, v13, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_dual_cndmask_b32 v13, v14, v12, s4 :: v_dual_cndmask_b32 v8, v8, v10, s3
	v_alignbit_b32 v10, v9, v12, v7.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_alignbit_b32 v12, v13, v11, 30
	v_alignbit_b32 v7, v8, v9, v7.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_cndmask_b32 v9, v10, v9, s4 :: v_dual_cndmask_b32 v7, v7, v8, s4
	v_alignbit_b32 v8, v9, v13, 30
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_alignbit_b32 v9, v7, v9, 30
	v_lshrrev_b32_e32 v10, 29, v7
	v_bfe_u32 v11, v7, 29, 1
	v_dual_lshrrev_b32 v7, 30, v7 :: v_dual_lshlrev_b32 v13, 31, v10
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_sub_nc_u32_e32 v10, 0, v11
	v_dual_add_nc_u32 v11, v11, v7 :: v_dual_bitop2_b32 v7, v9, v10 bitop3:0x14
	v_xor_b32_e32 v8, v8, v10
	v_xor_b32_e32 v9, v12, v10
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_clz_i32_u32_e32 v10, v7
	v_min_u32_e32 v10, 32, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_sub_nc_u32_e32 v12, 31, v10
	v_not_b32_e32 v14, v10
	v_add_nc_u32_e32 v10, 1, v10
	v_alignbit_b32 v7, v7, v8, v12.l
	v_alignbit_b32 v8, v8, v9, v12.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_alignbit_b32 v9, v10, v7, 9
	v_alignbit_b32 v7, v7, v8, 9
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_bitop3_b32 v9, v9, 1.0, v13 bitop3:0x36
	v_clz_i32_u32_e32 v10, v7
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mul_f32_e32 v12, 0x3fc90fda, v9
	v_min_u32_e32 v10, 32, v10
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_fma_f32 v12, 0x3fc90fda, v9, -v12
	v_not_b32_e32 v15, v10
	v_sub_nc_u32_e32 v14, v14, v10
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_fmamk_f32 v10, v9, 0x33a22168, v12
	v_alignbit_b32 v7, v7, v8, v15.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_lshl_add_u32 v8, v14, 23, v13
	v_lshrrev_b32_e32 v7, 9, v7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_or_b32_e32 v7, v8, v7
	v_add_nc_u32_e32 v7, 0x33800000, v7
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmac_f32_e32 v10, 0x3fc90fda, v7
	v_fmac_f32_e32 v10, 0x3fc90fda, v9
.LBB0_10:                               ; %Flow17
	.loc	1 0 47 is_stmt 0                ; kernels.py:0:47
	s_and_not1_saveexec_b32 s2, s5
; %bb.11:
	.loc	1 124 47 is_stmt 1              ; kernels.py:124:47
	s_wait_alu depctr_vm_vsrc(0)
	v_mul_f32_e64 v7, 0x3f22f983, |v2|
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_rndne_f32_e32 v7, v7
	v_fma_f32 v8, 0xbfc90fda, v7, |v2|
	v_cvt_i32_f32_e32 v11, v7
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmamk_f32 v8, v7, 0xb3a22168, v8
	v_fmamk_f32 v10, v7, 0xa7c234c4, v8
; %bb.12:                               ; %__ocml_sin_f32.exit
	.loc	1 0 47 is_stmt 0                ; kernels.py:0:47
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 124 47                        ; kernels.py:124:47
	s_wait_alu depctr_vm_vsrc(0)
	v_and_b32_e32 v7, 0x7fffffff, v3
                                        ; implicit-def: $vgpr13
                                        ; implicit-def: $vgpr12
	s_mov_b32 s3, exec_lo
	v_cmpx_ngt_f32_e64 0x48000000, |v3|
	s_xor_b32 s5, exec_lo, s3
	s_cbranch_execz .LBB0_14
; %bb.13:
	v_dual_mov_b32 v9, 0 :: v_dual_lshrrev_b32 v8, 23, v7
	s_mov_b32 s2, 0x7fffff
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_and_or_b32 v18, v7, s2, 0x800000
	v_add_nc_u32_e32 v16, 0xffffff88, v8
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_nc_u64_u32 v[12:13], 0xfe5163ab, v18, 0
	v_cmp_lt_u32_e32 vcc_lo, 63, v16
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_mov_b32_e32 v8, v13
	v_cndmask_b32_e64 v13, 0, 0xffffffc0, vcc_lo
	v_mad_nc_u64_u32 v[14:15], 0x3c439041, v18, v[8:9]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_mov_b32 v8, v15 :: v_dual_add_nc_u32 v13, v13, v16
	v_cmp_lt_u32_e64 s2, 31, v13
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_nc_u64_u32 v[16:17], 0xdb629599, v18, v[8:9]
	v_cndmask_b32_e64 v15, 0, 0xffffffe0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_dual_mov_b32 v8, v17 :: v_dual_add_nc_u32 v17, v15, v13
	v_cndmask_b32_e32 v19, v16, v12, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_mad_nc_u64_u32 v[12:13], 0xf534ddc0, v18, v[8:9]
	v_cmp_lt_u32_e64 s3, 31, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b32_e32 v8, v13
	v_cndmask_b32_e64 v13, 0, 0xffffffe0, s3
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e32 v20, v12, v14, vcc_lo
	v_mad_nc_u64_u32 v[14:15], 0xfc2757d1, v18, v[8:9]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_dual_add_nc_u32 v13, v13, v17 :: v_dual_cndmask_b32 v19, v20, v19, s2
	v_mov_b32_e32 v8, v15
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_cmp_eq_u32_e64 s4, 0, v13
	v_dual_sub_nc_u32 v13, 32, v13 :: v_dual_cndmask_b32 v15, v14, v16, vcc_lo
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mad_nc_u64_u32 v[16:17], 0x4e441529, v18, v[8:9]
	v_dual_cndmask_b32 v20, v15, v20, s2 :: v_dual_mov_b32 v8, v17
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v17, v20, v19, s3
	v_cndmask_b32_e32 v12, v16, v12, vcc_lo
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_nc_u64_u32 v[8:9], 0xa2f9836e, v18, v[8:9]
	v_cndmask_b32_e64 v15, v12, v15, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_dual_cndmask_b32 v8, v8, v14, vcc_lo :: v_dual_cndmask_b32 v14, v15, v20, s3
	v_cndmask_b32_e32 v9, v9, v16, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v12, v8, v12, s2
	v_alignbit_b32 v16, v14, v17, v13.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_dual_cndmask_b32 v8, v9, v8, s2 :: v_dual_cndmask_b32 v9, v12, v15, s3
	v_cndmask_b32_e64 v15, v16, v14, s4
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v8, v8, v12, s3
	v_alignbit_b32 v12, v9, v14, v13.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_alignbit_b32 v14, v15, v17, 30
	v_alignbit_b32 v13, v8, v9, v13.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_cndmask_b32 v9, v12, v9, s4 :: v_dual_cndmask_b32 v8, v13, v8, s4
	v_alignbit_b32 v12, v9, v15, 30
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_alignbit_b32 v9, v8, v9, 30
	v_lshrrev_b32_e32 v13, 29, v8
	v_bfe_u32 v15, v8, 29, 1
	v_dual_lshrrev_b32 v8, 30, v8 :: v_dual_lshlrev_b32 v16, 31, v13
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_sub_nc_u32 v17, 0, v15 :: v_dual_add_nc_u32 v13, v15, v8
	v_xor_b32_e32 v8, v9, v17
	v_xor_b32_e32 v9, v12, v17
	v_xor_b32_e32 v12, v14, v17
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_clz_i32_u32_e32 v14, v8
	v_min_u32_e32 v14, 32, v14
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_sub_nc_u32_e32 v15, 31, v14
	v_not_b32_e32 v17, v14
	v_add_nc_u32_e32 v14, 1, v14
	v_alignbit_b32 v8, v8, v9, v15.l
	v_alignbit_b32 v9, v9, v12, v15.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_alignbit_b32 v12, v14, v8, 9
	v_alignbit_b32 v8, v8, v9, 9
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_bitop3_b32 v14, v12, 1.0, v16 bitop3:0x36
	v_clz_i32_u32_e32 v12, v8
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mul_f32_e32 v15, 0x3fc90fda, v14
	v_min_u32_e32 v12, 32, v12
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_fma_f32 v15, 0x3fc90fda, v14, -v15
	v_not_b32_e32 v18, v12
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_dual_fmamk_f32 v12, v14, 0x33a22168, v15 :: v_dual_sub_nc_u32 v17, v17, v12
	v_alignbit_b32 v8, v8, v9, v18.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_lshl_add_u32 v9, v17, 23, v16
	v_lshrrev_b32_e32 v8, 9, v8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_or_b32_e32 v8, v9, v8
	v_add_nc_u32_e32 v8, 0x33800000, v8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmac_f32_e32 v12, 0x3fc90fda, v8
	v_fmac_f32_e32 v12, 0x3fc90fda, v14
.LBB0_14:                               ; %Flow16
	.loc	1 0 47                          ; kernels.py:0:47
	s_and_not1_saveexec_b32 s2, s5
; %bb.15:
	.loc	1 124 47 is_stmt 1              ; kernels.py:124:47
	v_mul_f32_e64 v8, 0x3f22f983, |v3|
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_rndne_f32_e32 v8, v8
	v_fma_f32 v9, 0xbfc90fda, v8, |v3|
	v_cvt_i32_f32_e32 v13, v8
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmamk_f32 v9, v8, 0xb3a22168, v9
	v_fmamk_f32 v12, v8, 0xa7c234c4, v9
; %bb.16:                               ; %__ocml_sin_f32.exit10
	.loc	1 0 47 is_stmt 0                ; kernels.py:0:47
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 124 28                        ; kernels.py:124:28
	v_and_b32_e32 v8, 0x7fffffff, v0
                                        ; implicit-def: $vgpr15
                                        ; implicit-def: $vgpr14
	.loc	1 124 59                        ; kernels.py:124:59
	s_mov_b32 s3, exec_lo
	v_cmpx_ngt_f32_e64 0x48000000, |v0|
	s_xor_b32 s5, exec_lo, s3
	s_cbranch_execz .LBB0_18
; %bb.17:
	v_dual_lshrrev_b32 v9, 23, v8 :: v_dual_mov_b32 v15, 0
	s_mov_b32 s2, 0x7fffff
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_and_or_b32 v22, v8, s2, 0x800000
	v_add_nc_u32_e32 v9, 0xffffff88, v9
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_nc_u64_u32 v[16:17], 0xfe5163ab, v22, 0
	v_cmp_lt_u32_e32 vcc_lo, 63, v9
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_mov_b32_e32 v14, v17
	v_cndmask_b32_e64 v17, 0, 0xffffffc0, vcc_lo
	v_mad_nc_u64_u32 v[18:19], 0x3c439041, v22, v[14:15]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_mov_b32 v14, v19 :: v_dual_add_nc_u32 v9, v17, v9
	v_cmp_lt_u32_e64 s2, 31, v9
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_nc_u64_u32 v[20:21], 0xdb629599, v22, v[14:15]
	v_cndmask_b32_e64 v17, 0, 0xffffffe0, s2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b32_e32 v14, v21
	v_dual_add_nc_u32 v9, v17, v9 :: v_dual_cndmask_b32 v21, v20, v16, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_nc_u64_u32 v[16:17], 0xf534ddc0, v22, v[14:15]
	v_cmp_lt_u32_e64 s3, 31, v9
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b32_e32 v14, v17
	v_cndmask_b32_e64 v17, 0, 0xffffffe0, s3
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e32 v23, v16, v18, vcc_lo
	v_mad_nc_u64_u32 v[18:19], 0xfc2757d1, v22, v[14:15]
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_add_nc_u32_e32 v9, v17, v9
	v_cndmask_b32_e64 v17, v23, v21, s2
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_mov_b32_e32 v14, v19
	v_cmp_eq_u32_e64 s4, 0, v9
	v_dual_sub_nc_u32 v9, 32, v9 :: v_dual_cndmask_b32 v19, v18, v20, vcc_lo
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mad_nc_u64_u32 v[20:21], 0x4e441529, v22, v[14:15]
	v_dual_cndmask_b32 v23, v19, v23, s2 :: v_dual_mov_b32 v14, v21
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_dual_cndmask_b32 v17, v23, v17, s3 :: v_dual_cndmask_b32 v16, v20, v16, vcc_lo
	v_mad_nc_u64_u32 v[14:15], 0xa2f9836e, v22, v[14:15]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_cndmask_b32 v19, v16, v19, s2 :: v_dual_cndmask_b32 v14, v14, v18, vcc_lo
	v_cndmask_b32_e64 v18, v19, v23, s3
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e32 v15, v15, v20, vcc_lo
	v_cndmask_b32_e64 v16, v14, v16, s2
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_alignbit_b32 v20, v18, v17, v9.l
	v_dual_cndmask_b32 v14, v15, v14, s2 :: v_dual_cndmask_b32 v15, v16, v19, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_dual_cndmask_b32 v19, v20, v18, s4 :: v_dual_cndmask_b32 v14, v14, v16, s3
	v_alignbit_b32 v16, v15, v18, v9.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_alignbit_b32 v17, v19, v17, 30
	v_alignbit_b32 v9, v14, v15, v9.l
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_cndmask_b32 v15, v16, v15, s4 :: v_dual_cndmask_b32 v9, v9, v14, s4
	v_alignbit_b32 v14, v15, v19, 30
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	v_alignbit_b32 v16, v9, v15, 30
	v_lshrrev_b32_e32 v15, 29, v9
	v_bfe_u32 v18, v9, 29, 1
	v_dual_lshrrev_b32 v9, 30, v9 :: v_dual_lshlrev_b32 v19, 31, v15
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_sub_nc_u32 v20, 0, v18 :: v_dual_add_nc_u32 v15, v18, v9
	v_xor_b32_e32 v9, v16, v20
	v_xor_b32_e32 v14, v14, v20
	v_xor_b32_e32 v16, v17, v20
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_clz_i32_u32_e32 v17, v9
	v_min_u32_e32 v17, 32, v17
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_sub_nc_u32_e32 v18, 31, v17
	v_not_b32_e32 v20, v17
	v_add_nc_u32_e32 v17, 1, v17
	v_alignbit_b32 v9, v9, v14, v18.l
	v_alignbit_b32 v16, v14, v16, v18.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_alignbit_b32 v14, v17, v9, 9
	v_alignbit_b32 v9, v9, v16, 9
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_bitop3_b32 v17, v14, 1.0, v19 bitop3:0x36
	v_clz_i32_u32_e32 v14, v9
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mul_f32_e32 v18, 0x3fc90fda, v17
	v_min_u32_e32 v14, 32, v14
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_fma_f32 v18, 0x3fc90fda, v17, -v18
	v_not_b32_e32 v21, v14
	v_sub_nc_u32_e32 v20, v20, v14
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_fmamk_f32 v14, v17, 0x33a22168, v18
	v_alignbit_b32 v9, v9, v16, v21.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_lshl_add_u32 v16, v20, 23, v19
	v_lshrrev_b32_e32 v9, 9, v9
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_or_b32_e32 v9, v16, v9
	v_add_nc_u32_e32 v9, 0x33800000, v9
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmac_f32_e32 v14, 0x3fc90fda, v9
	v_fmac_f32_e32 v14, 0x3fc90fda, v17
.LBB0_18:                               ; %Flow15
	.loc	1 0 59                          ; kernels.py:0:59
	s_and_not1_saveexec_b32 s2, s5
; %bb.19:
	.loc	1 124 59 is_stmt 1              ; kernels.py:124:59
	v_mul_f32_e64 v9, 0x3f22f983, |v0|
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_rndne_f32_e32 v9, v9
	v_fma_f32 v14, 0xbfc90fda, v9, |v0|
	v_cvt_i32_f32_e32 v15, v9
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmamk_f32 v14, v9, 0xb3a22168, v14
	v_fmamk_f32 v14, v9, 0xa7c234c4, v14
; %bb.20:                               ; %__ocml_cos_f32.exit
	.loc	1 0 59 is_stmt 0                ; kernels.py:0:59
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 124 28                        ; kernels.py:124:28
	v_and_b32_e32 v9, 0x7fffffff, v1
                                        ; implicit-def: $vgpr17
                                        ; implicit-def: $vgpr16
	.loc	1 124 59                        ; kernels.py:124:59
	s_mov_b32 s3, exec_lo
	v_cmpx_ngt_f32_e64 0x48000000, |v1|
	s_xor_b32 s5, exec_lo, s3
	s_cbranch_execz .LBB0_22
; %bb.21:
	v_dual_mov_b32 v17, 0 :: v_dual_lshrrev_b32 v16, 23, v9
	s_mov_b32 s2, 0x7fffff
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_and_or_b32 v24, v9, s2, 0x800000
	v_add_nc_u32_e32 v22, 0xffffff88, v16
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_nc_u64_u32 v[18:19], 0xfe5163ab, v24, 0
	v_cmp_lt_u32_e32 vcc_lo, 63, v22
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_mov_b32_e32 v16, v19
	v_cndmask_b32_e64 v19, 0, 0xffffffc0, vcc_lo
	v_mad_nc_u64_u32 v[20:21], 0x3c439041, v24, v[16:17]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_mov_b32 v16, v21 :: v_dual_add_nc_u32 v19, v19, v22
	v_cmp_lt_u32_e64 s2, 31, v19
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_nc_u64_u32 v[22:23], 0xdb629599, v24, v[16:17]
	v_cndmask_b32_e64 v21, 0, 0xffffffe0, s2
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_dual_mov_b32 v16, v23 :: v_dual_add_nc_u32 v23, v21, v19
	v_cndmask_b32_e32 v25, v22, v18, vcc_lo
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_mad_nc_u64_u32 v[18:19], 0xf534ddc0, v24, v[16:17]
	v_cmp_lt_u32_e64 s3, 31, v23
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mov_b32_e32 v16, v19
	v_cndmask_b32_e64 v19, 0, 0xffffffe0, s3
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e32 v26, v18, v20, vcc_lo
	v_mad_nc_u64_u32 v[20:21], 0xfc2757d1, v24, v[16:17]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_dual_add_nc_u32 v19, v19, v23 :: v_dual_cndmask_b32 v25, v26, v25, s2
	v_mov_b32_e32 v16, v21
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_cmp_eq_u32_e64 s4, 0, v19
	v_dual_sub_nc_u32 v19, 32, v19 :: v_dual_cndmask_b32 v21, v20, v22, vcc_lo
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mad_nc_u64_u32 v[22:23], 0x4e441529, v24, v[16:17]
	v_dual_cndmask_b32 v26, v21, v26, s2 :: v_dual_mov_b32 v16, v23
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v23, v26, v25, s3
	v_cndmask_b32_e32 v18, v22, v18, vcc_lo
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mad_nc_u64_u32 v[16:17], 0xa2f9836e, v24, v[16:17]
	v_dual_cndmask_b32 v21, v18, v21, s2 :: v_dual_cndmask_b32 v16, v16, v20, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v20, v21, v26, s3
	v_cndmask_b32_e32 v17, v17, v22, vcc_lo
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v18, v16, v18, s2
	v_alignbit_b32 v22, v20, v23, v19.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_cndmask_b32 v16, v17, v16, s2 :: v_dual_cndmask_b32 v17, v18, v21, s3
	v_dual_cndmask_b32 v21, v22, v20, s4 :: v_dual_cndmask_b32 v16, v16, v18, s3
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_alignbit_b32 v18, v17, v20, v19.l
	v_alignbit_b32 v20, v21, v23, 30
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_alignbit_b32 v19, v16, v17, v19.l
	v_dual_cndmask_b32 v17, v18, v17, s4 :: v_dual_cndmask_b32 v16, v19, v16, s4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_alignbit_b32 v18, v17, v21, 30
	v_alignbit_b32 v19, v16, v17, 30
	v_lshrrev_b32_e32 v17, 29, v16
	v_bfe_u32 v21, v16, 29, 1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_lshrrev_b32 v16, 30, v16 :: v_dual_lshlrev_b32 v22, 31, v17
	v_dual_sub_nc_u32 v23, 0, v21 :: v_dual_add_nc_u32 v17, v21, v16
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_xor_b32_e32 v16, v19, v23
	v_xor_b32_e32 v18, v18, v23
	v_xor_b32_e32 v19, v20, v23
	v_clz_i32_u32_e32 v20, v16
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_min_u32_e32 v20, 32, v20
	v_sub_nc_u32_e32 v21, 31, v20
	v_not_b32_e32 v23, v20
	v_add_nc_u32_e32 v20, 1, v20
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_alignbit_b32 v16, v16, v18, v21.l
	v_alignbit_b32 v18, v18, v19, v21.l
	v_alignbit_b32 v19, v20, v16, 9
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_alignbit_b32 v20, v16, v18, 9
	v_bitop3_b32 v19, v19, 1.0, v22 bitop3:0x36
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_clz_i32_u32_e32 v16, v20
	v_mul_f32_e32 v21, 0x3fc90fda, v19
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_min_u32_e32 v16, 32, v16
	v_fma_f32 v21, 0x3fc90fda, v19, -v21
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_not_b32_e32 v24, v16
	v_sub_nc_u32_e32 v23, v23, v16
	v_fmamk_f32 v16, v19, 0x33a22168, v21
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_alignbit_b32 v18, v20, v18, v24.l
	v_lshl_add_u32 v20, v23, 23, v22
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_lshrrev_b32_e32 v18, 9, v18
	v_or_b32_e32 v18, v20, v18
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v18, 0x33800000, v18
	v_fmac_f32_e32 v16, 0x3fc90fda, v18
	s_delay_alu instid0(VALU_DEP_1)
	v_fmac_f32_e32 v16, 0x3fc90fda, v19
.LBB0_22:                               ; %Flow14
	.loc	1 0 59                          ; kernels.py:0:59
	s_and_not1_saveexec_b32 s2, s5
; %bb.23:
	.loc	1 124 59 is_stmt 1              ; kernels.py:124:59
	v_mul_f32_e64 v16, 0x3f22f983, |v1|
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_rndne_f32_e32 v16, v16
	v_fma_f32 v18, 0xbfc90fda, v16, |v1|
	v_cvt_i32_f32_e32 v17, v16
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmamk_f32 v18, v16, 0xb3a22168, v18
	v_fmamk_f32 v16, v16, 0xa7c234c4, v18
; %bb.24:                               ; %__ocml_cos_f32.exit25
	.loc	1 0 59 is_stmt 0                ; kernels.py:0:59
	s_or_b32 exec_lo, exec_lo, s2
                                        ; implicit-def: $vgpr18
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 125 65 is_stmt 1              ; kernels.py:125:65
	s_mov_b32 s3, exec_lo
	v_cmpx_nlt_f32_e64 |v0|, 1.0
	s_xor_b32 s3, exec_lo, s3
	s_cbranch_execz .LBB0_26
; %bb.25:
	.loc	1 0 65 is_stmt 0                ; kernels.py:0:65
	s_mov_b32 s2, 0x378e98ab
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 125 65                        ; kernels.py:125:65
	v_fma_f32 v18, |v0|, s2, 0xb9c68948
	v_fma_f32 v18, |v0|, v18, 0x3b7cd369
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v18, |v0|, v18, 0xbcc618b2
	v_fma_f32 v18, |v0|, v18, 0x3dda74e4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v18, |v0|, v18, 0x3f228afd
	v_fma_f32 v18, |v0|, v18, 0x3e03c728
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v18, |v0|, v18, |v0|
	v_mul_f32_e32 v19, 0xbfb8aa3b, v18
	v_cmp_nlt_f32_e32 vcc_lo, 0x42ce8ed0, v18
	v_cmp_ngt_f32_e64 s2, 0xc2b17218, v18
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_fma_f32 v20, 0xbfb8aa3b, v18, -v19
	v_rndne_f32_e32 v21, v19
	v_dual_fmamk_f32 v18, v18, 0xb2a5705f, v20 :: v_dual_sub_f32 v19, v19, v21
	v_cvt_i32_f32_e32 v20, v21
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_f32_e32 v18, v19, v18
	v_exp_f32_e32 v18, v18
	v_nop
	s_delay_alu instid0(TRANS32_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_ldexp_f32 v19, v18, v20
	v_cndmask_b32_e32 v18, 0, v19, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v18, 0x7f800000, v18, s2
	v_sub_f32_e32 v18, 1.0, v18
.LBB0_26:                               ; %Flow13
	.loc	1 0 65                          ; kernels.py:0:65
	s_and_not1_saveexec_b32 s2, s3
	s_cbranch_execz .LBB0_28
; %bb.27:
	.loc	1 125 65 is_stmt 1              ; kernels.py:125:65
	v_mul_f32_e32 v18, v0, v0
	s_mov_b32 s3, 0xba1345e1
	s_delay_alu instid0(VALU_DEP_1) | instid1(SALU_CYCLE_1)
	v_fmaak_f32 v19, s3, v18, 0x3ba10414
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmaak_f32 v19, v18, v19, 0xbcdac9b8
	v_fmaak_f32 v19, v18, v19, 0x3de703be
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmaak_f32 v19, v18, v19, 0xbec09330
	v_fmaak_f32 v18, v18, v19, 0x3e0375d0
	s_delay_alu instid0(VALU_DEP_1)
	v_fma_f32 v18, |v0|, v18, |v0|
.LBB0_28:                               ; %__ocml_erf_f32.exit
	.loc	1 0 65 is_stmt 0                ; kernels.py:0:65
	s_or_b32 exec_lo, exec_lo, s2
                                        ; implicit-def: $vgpr19
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 125 65 is_stmt 1              ; kernels.py:125:65
	s_mov_b32 s3, exec_lo
	v_cmpx_nlt_f32_e64 |v1|, 1.0
	s_xor_b32 s3, exec_lo, s3
	s_cbranch_execz .LBB0_30
; %bb.29:
	.loc	1 0 65 is_stmt 0                ; kernels.py:0:65
	s_mov_b32 s2, 0x378e98ab
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 125 65                        ; kernels.py:125:65
	v_fma_f32 v19, |v1|, s2, 0xb9c68948
	v_fma_f32 v19, |v1|, v19, 0x3b7cd369
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v19, |v1|, v19, 0xbcc618b2
	v_fma_f32 v19, |v1|, v19, 0x3dda74e4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v19, |v1|, v19, 0x3f228afd
	v_fma_f32 v19, |v1|, v19, 0x3e03c728
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v19, |v1|, v19, |v1|
	v_mul_f32_e32 v20, 0xbfb8aa3b, v19
	v_cmp_nlt_f32_e32 vcc_lo, 0x42ce8ed0, v19
	v_cmp_ngt_f32_e64 s2, 0xc2b17218, v19
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_fma_f32 v21, 0xbfb8aa3b, v19, -v20
	v_rndne_f32_e32 v22, v20
	v_dual_fmamk_f32 v19, v19, 0xb2a5705f, v21 :: v_dual_sub_f32 v20, v20, v22
	v_cvt_i32_f32_e32 v21, v22
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_f32_e32 v19, v20, v19
	v_exp_f32_e32 v19, v19
	v_nop
	s_delay_alu instid0(TRANS32_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_ldexp_f32 v20, v19, v21
	v_cndmask_b32_e32 v19, 0, v20, vcc_lo
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v19, 0x7f800000, v19, s2
	v_sub_f32_e32 v19, 1.0, v19
.LBB0_30:                               ; %Flow
	.loc	1 0 65                          ; kernels.py:0:65
	s_and_not1_saveexec_b32 s2, s3
	s_cbranch_execz .LBB0_32
; %bb.31:
	.loc	1 125 65 is_stmt 1              ; kernels.py:125:65
	v_mul_f32_e32 v19, v1, v1
	s_mov_b32 s3, 0xba1345e1
	s_delay_alu instid0(VALU_DEP_1) | instid1(SALU_CYCLE_1)
	v_fmaak_f32 v20, s3, v19, 0x3ba10414
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmaak_f32 v20, v19, v20, 0xbcdac9b8
	v_fmaak_f32 v20, v19, v20, 0x3de703be
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmaak_f32 v20, v19, v20, 0xbec09330
	v_fmaak_f32 v19, v19, v20, 0x3e0375d0
	s_delay_alu instid0(VALU_DEP_1)
	v_fma_f32 v19, |v1|, v19, |v1|
.LBB0_32:                               ; %__ocml_erf_f32.exit26
	.loc	1 0 65 is_stmt 0                ; kernels.py:0:65
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 126 47 is_stmt 1              ; kernels.py:126:47
	v_exp_f32_e64 v20, -v2
	.loc	1 125 65                        ; kernels.py:125:65
	v_bfi_b32 v18, 0x7fffffff, v18, v0
	.loc	1 126 47                        ; kernels.py:126:47
	v_exp_f32_e64 v21, -v3
	.loc	1 125 9                         ; kernels.py:125:9
	v_div_scale_f32 v30, null, v0, v0, v2
	.loc	1 127 14                        ; kernels.py:127:14
	v_lshl_add_u64 v[4:5], v[4:5], 2, s[8:9]
	.loc	1 125 9                         ; kernels.py:125:9
	v_div_scale_f32 v31, null, v1, v1, v3
	.loc	1 125 46 is_stmt 0              ; kernels.py:125:46
	v_pk_add_f32 v[22:23], v[6:7], 1.0 op_sel_hi:[1,0]
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	.loc	1 125 9                         ; kernels.py:125:9
	v_rcp_f32_e32 v32, v30
	.loc	1 124 59 is_stmt 1              ; kernels.py:124:59
	v_dual_mul_f32 v33, v14, v14 :: v_dual_bitop2_b32 v34, 1, v15 bitop3:0x40
	.loc	1 125 9                         ; kernels.py:125:9
	v_rcp_f32_e32 v35, v31
	.loc	1 124 59                        ; kernels.py:124:59
	v_lshlrev_b32_e32 v15, 30, v15
	.loc	1 125 32                        ; kernels.py:125:32
	v_rsq_f32_e32 v22, v22
	.loc	1 124 59                        ; kernels.py:124:59
	v_cmp_class_f32_e64 s4, v0, 0x1f8
	.loc	1 125 32                        ; kernels.py:125:32
	v_rsq_f32_e32 v23, v23
	.loc	1 126 82                        ; kernels.py:126:82
	v_pk_add_f32 v[24:25], 0x40400000, v[0:1] op_sel_hi:[0,1]
	.loc	1 124 47                        ; kernels.py:124:47
	v_dual_mul_f32 v36, v12, v12 :: v_dual_bitop2_b32 v37, 1, v13 bitop3:0x40
	v_dual_lshlrev_b32 v13, 30, v13 :: v_dual_bitop2_b32 v38, v7, v3 bitop3:0x14
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 126 66                        ; kernels.py:126:66
	v_div_scale_f32 v39, null, v24, v24, v2
	v_div_scale_f32 v40, null, v25, v25, v3
	.loc	1 124 47                        ; kernels.py:124:47
	v_cmp_class_f32_e64 s5, v3, 0x1f8
	v_dual_mul_f32 v41, v10, v10 :: v_dual_bitop2_b32 v42, 1, v11 bitop3:0x40
	s_delay_alu instid0(VALU_DEP_4)
	.loc	1 126 66                        ; kernels.py:126:66
	v_rcp_f32_e32 v43, v39
	.loc	1 124 47                        ; kernels.py:124:47
	v_lshlrev_b32_e32 v11, 30, v11
	.loc	1 126 66                        ; kernels.py:126:66
	v_rcp_f32_e32 v44, v40
	.loc	1 124 9                         ; kernels.py:124:9
	v_pk_mul_f32 v[26:27], 0x3fb8aa3b, v[2:3] op_sel_hi:[0,1]
	.loc	1 124 47 is_stmt 0              ; kernels.py:124:47
	v_xor_b32_e32 v45, v6, v2
	v_cmp_class_f32_e64 s6, v2, 0x1f8
	.loc	1 124 28                        ; kernels.py:124:28
	v_pk_add_f32 v[6:7], v[8:9], 1.0 op_sel_hi:[1,0]
	.loc	1 124 59                        ; kernels.py:124:59
	v_mul_f32_e32 v46, v16, v16
	.loc	1 124 9                         ; kernels.py:124:9
	v_cmp_gt_f32_e64 s7, 0xc2fc0000, v27
	.loc	1 124 59                        ; kernels.py:124:59
	v_and_b32_e32 v47, 1, v17
	v_lshlrev_b32_e32 v17, 30, v17
	v_cmp_class_f32_e64 s2, v1, 0x1f8
	.loc	1 125 9 is_stmt 1               ; kernels.py:125:9
	v_div_scale_f32 v48, vcc_lo, v2, v0, v2
	.loc	1 124 9                         ; kernels.py:124:9
	v_cndmask_b32_e64 v29, 0, 0x42800000, s7
	.loc	1 125 9                         ; kernels.py:125:9
	v_div_scale_f32 v49, s8, v3, v1, v3
	.loc	1 125 65 is_stmt 0              ; kernels.py:125:65
	v_bfi_b32 v19, 0x7fffffff, v19, v1
	.loc	1 126 18 is_stmt 1              ; kernels.py:126:18
	v_pk_mul_f32 v[8:9], 0x40400000, v[2:3] op_sel_hi:[0,1]
	.loc	1 126 29 is_stmt 0              ; kernels.py:126:29
	v_ceil_f32_e32 v28, v0
	.loc	1 124 9 is_stmt 1               ; kernels.py:124:9
	v_add_f32_e32 v27, v27, v29
	v_cmp_gt_f32_e64 s9, 0xc2fc0000, v26
	.loc	1 126 29                        ; kernels.py:126:29
	v_ceil_f32_e32 v29, v1
	.loc	1 124 59                        ; kernels.py:124:59
	v_cmp_eq_u32_e64 s10, 0, v34
	.loc	1 124 47 is_stmt 0              ; kernels.py:124:47
	v_cmp_eq_u32_e64 s11, 0, v37
	.loc	1 124 9                         ; kernels.py:124:9
	v_exp_f32_e32 v27, v27
	v_cndmask_b32_e64 v34, 0, 0x42800000, s9
	.loc	1 124 47                        ; kernels.py:124:47
	v_and_b32_e32 v13, 0x80000000, v13
	v_cmp_eq_u32_e64 s12, 0, v42
	v_and_b32_e32 v11, 0x80000000, v11
	.loc	1 124 21                        ; kernels.py:124:21
	v_cmp_gt_f32_e64 s13, 0x800000, v6
	.loc	1 124 9                         ; kernels.py:124:9
	v_add_f32_e32 v26, v26, v34
	.loc	1 124 21                        ; kernels.py:124:21
	v_cmp_gt_f32_e64 s14, 0x800000, v7
	.loc	1 124 59                        ; kernels.py:124:59
	v_cmp_eq_u32_e64 s15, 0, v47
	.loc	1 126 9 is_stmt 1               ; kernels.py:126:9
	v_floor_f32_e32 v8, v8
	.loc	1 124 21                        ; kernels.py:124:21
	v_cndmask_b32_e64 v34, 0, 32, s13
	.loc	1 124 9 is_stmt 0               ; kernels.py:124:9
	v_exp_f32_e32 v26, v26
	.loc	1 126 9 is_stmt 1               ; kernels.py:126:9
	v_floor_f32_e32 v9, v9
	.loc	1 126 66 is_stmt 0              ; kernels.py:126:66
	v_div_scale_f32 v37, s16, v2, v24, v2
	v_div_scale_f32 v42, s3, v3, v25, v3
	.loc	1 124 21 is_stmt 1              ; kernels.py:124:21
	v_ldexp_f32 v6, v6, v34
	v_cndmask_b32_e64 v34, 0, 32, s14
	.loc	1 124 9 is_stmt 0               ; kernels.py:124:9
	v_cndmask_b32_e64 v47, 0, 0xffffffc0, s7
	v_cndmask_b32_e64 v50, 0, 0xffffffc0, s9
	.loc	1 124 21                        ; kernels.py:124:21
	v_cndmask_b32_e64 v51, 0, 0x41b17218, s13
	v_log_f32_e32 v52, v6
	v_ldexp_f32 v34, v7, v34
	.loc	1 124 9                         ; kernels.py:124:9
	v_ldexp_f32 v7, v27, v47
	v_ldexp_f32 v6, v26, v50
	.loc	1 124 21                        ; kernels.py:124:21
	v_cndmask_b32_e64 v26, 0, 0x41b17218, s14
	.loc	1 125 9 is_stmt 1               ; kernels.py:125:9
	v_fma_f32 v27, -v30, v32, 1.0
	.loc	1 124 21                        ; kernels.py:124:21
	v_log_f32_e32 v34, v34
	.loc	1 125 9                         ; kernels.py:125:9
	v_fma_f32 v47, -v31, v35, 1.0
	.loc	1 124 21                        ; kernels.py:124:21
	v_mul_f32_e32 v50, 0x3f317217, v52
	v_cmp_gt_f32_e64 s7, 0x7f800000, |v52|
	.loc	1 125 9                         ; kernels.py:125:9
	v_fmac_f32_e32 v32, v27, v32
	.loc	1 126 9                         ; kernels.py:126:9
	v_pk_add_f32 v[8:9], v[8:9], v[28:29]
	.loc	1 125 9                         ; kernels.py:125:9
	v_fmac_f32_e32 v35, v47, v35
	.loc	1 124 21                        ; kernels.py:124:21
	v_fma_f32 v27, 0x3f317217, v52, -v50
	v_mul_f32_e32 v28, 0x3f317217, v34
	v_cmp_gt_f32_e64 s9, 0x7f800000, |v34|
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 125 9                         ; kernels.py:125:9
	v_dual_mul_f32 v29, v48, v32 :: v_dual_mul_f32 v47, v49, v35
	.loc	1 124 21                        ; kernels.py:124:21
	v_fmac_f32_e32 v27, 0x3377d1cf, v52
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_fma_f32 v53, 0x3f317217, v34, -v28
	.loc	1 126 9                         ; kernels.py:126:9
	v_pk_add_f32 v[8:9], v[20:21], v[8:9]
	.loc	1 125 9                         ; kernels.py:125:9
	v_dual_fma_f32 v20, -v30, v29, v48 :: v_dual_fma_f32 v21, -v31, v47, v49
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 124 21                        ; kernels.py:124:21
	v_add_f32_e32 v27, v50, v27
	v_fmac_f32_e32 v53, 0x3377d1cf, v34
	.loc	1 126 66                        ; kernels.py:126:66
	v_fma_f32 v50, -v39, v43, 1.0
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 125 9                         ; kernels.py:125:9
	v_dual_fmac_f32 v29, v20, v32 :: v_dual_fmac_f32 v47, v21, v35
	.loc	1 124 21                        ; kernels.py:124:21
	v_cndmask_b32_e64 v20, v52, v27, s7
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_dual_add_f32 v21, v28, v53 :: v_dual_fmac_f32 v43, v50, v43
	.loc	1 125 9                         ; kernels.py:125:9
	v_dual_fma_f32 v27, -v30, v29, v48 :: v_dual_fma_f32 v28, -v31, v47, v49
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 124 21                        ; kernels.py:124:21
	v_dual_sub_f32 v20, v20, v51 :: v_dual_cndmask_b32 v21, v34, v21, s9
	.loc	1 126 66                        ; kernels.py:126:66
	v_mul_f32_e32 v30, v37, v43
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 125 9                         ; kernels.py:125:9
	v_div_fmas_f32 v27, v27, v32, v29
	s_mov_b32 vcc_lo, s8
	.loc	1 126 66                        ; kernels.py:126:66
	v_fma_f32 v29, -v40, v44, 1.0
	.loc	1 124 21                        ; kernels.py:124:21
	v_sub_f32_e32 v21, v21, v26
	.loc	1 125 9                         ; kernels.py:125:9
	v_div_fmas_f32 v26, v28, v35, v47
	.loc	1 126 66                        ; kernels.py:126:66
	s_mov_b32 vcc_lo, s16
	.loc	1 125 9                         ; kernels.py:125:9
	v_div_fixup_f32 v0, v27, v0, v2
	.loc	1 126 66                        ; kernels.py:126:66
	v_dual_fma_f32 v27, -v39, v30, v37 :: v_dual_fmac_f32 v44, v29, v44
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	.loc	1 125 9                         ; kernels.py:125:9
	v_div_fixup_f32 v1, v26, v1, v3
	s_mov_b32 s7, 0xb94c1982
	s_mov_b32 s8, 0x37d75334
	.loc	1 126 66                        ; kernels.py:126:66
	v_fmac_f32_e32 v30, v27, v43
	.loc	1 124 59                        ; kernels.py:124:59
	v_fmaak_f32 v26, s7, v33, 0x3c0881c4
	v_fmaak_f32 v27, s8, v33, 0xbab64f3b
	.loc	1 124 47 is_stmt 0              ; kernels.py:124:47
	v_fmaak_f32 v28, s7, v36, 0x3c0881c4
	v_fmaak_f32 v29, s8, v36, 0xbab64f3b
	.loc	1 126 66 is_stmt 1              ; kernels.py:126:66
	v_fma_f32 v31, -v39, v30, v37
	.loc	1 124 47                        ; kernels.py:124:47
	v_fmaak_f32 v32, s7, v41, 0x3c0881c4
	v_fmaak_f32 v34, s8, v41, 0xbab64f3b
	.loc	1 124 59 is_stmt 0              ; kernels.py:124:59
	v_fmaak_f32 v35, s7, v46, 0x3c0881c4
	v_fmaak_f32 v37, s8, v46, 0xbab64f3b
	.loc	1 126 66 is_stmt 1              ; kernels.py:126:66
	v_div_fmas_f32 v30, v31, v43, v30
	.loc	1 124 59                        ; kernels.py:124:59
	v_fmaak_f32 v26, v33, v26, 0xbe2aaa9d
	v_fmaak_f32 v27, v33, v27, 0x3d2aabf7
	.loc	1 124 47 is_stmt 0              ; kernels.py:124:47
	v_fmaak_f32 v28, v36, v28, 0xbe2aaa9d
	v_fmaak_f32 v29, v36, v29, 0x3d2aabf7
	v_fmaak_f32 v31, v41, v32, 0xbe2aaa9d
	v_fmaak_f32 v32, v41, v34, 0x3d2aabf7
	.loc	1 124 59                        ; kernels.py:124:59
	v_fmaak_f32 v34, v46, v35, 0xbe2aaa9d
	v_dual_fmaak_f32 v35, v46, v37, 0x3d2aabf7 :: v_dual_mul_f32 v26, v33, v26
	v_dual_fmaak_f32 v27, v33, v27, 0xbf000004 :: v_dual_mul_f32 v28, v36, v28
	.loc	1 124 47                        ; kernels.py:124:47
	v_fmaak_f32 v29, v36, v29, 0xbf000004
	v_dual_mul_f32 v31, v41, v31 :: v_dual_fmaak_f32 v32, v41, v32, 0xbf000004
	s_delay_alu instid0(VALU_DEP_4)
	.loc	1 124 59                        ; kernels.py:124:59
	v_dual_mul_f32 v34, v46, v34 :: v_dual_fmaak_f32 v35, v46, v35, 0xbf000004
	v_fmac_f32_e32 v14, v14, v26
	v_fma_f32 v26, v33, v27, 1.0
	.loc	1 124 47                        ; kernels.py:124:47
	v_fmac_f32_e32 v12, v12, v28
	v_fma_f32 v27, v36, v29, 1.0
	v_fmac_f32_e32 v10, v10, v31
	v_fma_f32 v28, v41, v32, 1.0
	.loc	1 124 59                        ; kernels.py:124:59
	v_fmac_f32_e32 v16, v16, v34
	v_fma_f32 v29, v46, v35, 1.0
	v_dual_cndmask_b32 v14, -v14, v26, s10 :: v_dual_cndmask_b32 v12, v27, v12, s11
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	.loc	1 124 47                        ; kernels.py:124:47
	v_cndmask_b32_e64 v10, v28, v10, s12
	.loc	1 125 9 is_stmt 1               ; kernels.py:125:9
	v_pk_add_f32 v[0:1], v[22:23], v[0:1]
	.loc	1 124 59                        ; kernels.py:124:59
	v_dual_cndmask_b32 v16, -v16, v29, s15 :: v_dual_mul_f32 v22, v42, v44
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_2) | instid1(VALU_DEP_4)
	v_bitop3_b32 v14, v15, v14, 0x80000000 bitop3:0x6c
	.loc	1 124 47 is_stmt 0              ; kernels.py:124:47
	v_xor3_b32 v12, v38, v13, v12
	v_xor3_b32 v11, v45, v11, v10
	.loc	1 124 59                        ; kernels.py:124:59
	v_bitop3_b32 v15, v17, v16, 0x80000000 bitop3:0x6c
	.loc	1 126 66 is_stmt 1              ; kernels.py:126:66
	v_fma_f32 v16, -v40, v22, v42
	.loc	1 124 59                        ; kernels.py:124:59
	v_cndmask_b32_e64 v10, 0x7fc00000, v14, s4
	.loc	1 124 47 is_stmt 0              ; kernels.py:124:47
	v_cndmask_b32_e64 v13, 0x7fc00000, v12, s5
	v_cndmask_b32_e64 v12, 0x7fc00000, v11, s6
	.loc	1 124 59                        ; kernels.py:124:59
	v_cndmask_b32_e64 v11, 0x7fc00000, v15, s2
	.loc	1 126 66 is_stmt 1              ; kernels.py:126:66
	v_fmac_f32_e32 v22, v16, v44
	.loc	1 125 9                         ; kernels.py:125:9
	v_pk_add_f32 v[0:1], v[0:1], v[18:19]
	.loc	1 126 66                        ; kernels.py:126:66
	v_div_fixup_f32 v2, v30, v24, v2
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 124 47                        ; kernels.py:124:47
	v_pk_mul_f32 v[10:11], v[12:13], v[10:11]
	.loc	1 126 66                        ; kernels.py:126:66
	v_fma_f32 v12, -v40, v22, v42
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 124 9                         ; kernels.py:124:9
	v_pk_fma_f32 v[6:7], v[6:7], v[20:21], v[10:11]
	.loc	1 126 66                        ; kernels.py:126:66
	s_mov_b32 vcc_lo, s3
	v_div_fmas_f32 v10, v12, v44, v22
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_div_fixup_f32 v3, v10, v25, v3
	.loc	1 126 9 is_stmt 0               ; kernels.py:126:9
	v_pk_add_f32 v[2:3], v[8:9], v[2:3]
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 127 30 is_stmt 1              ; kernels.py:127:30
	v_pk_fma_f32 v[0:1], v[2:3], v[0:1], v[6:7]
	.loc	1 127 5 is_stmt 0               ; kernels.py:127:5
	s_and_saveexec_b32 s2, s0
	s_cbranch_execnz .LBB0_35
; %bb.33:
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 127 5                         ; kernels.py:127:5
	s_and_saveexec_b32 s0, s1
	s_cbranch_execnz .LBB0_36
.LBB0_34:
	.loc	1 119 1 is_stmt 1               ; kernels.py:119:1
	s_endpgm
.LBB0_35:
	.loc	1 127 5                         ; kernels.py:127:5
	s_wait_alu depctr_va_vdst(0)
	global_store_b32 v[4:5], v0, off
	s_wait_xcnt 0x0
	s_or_b32 exec_lo, exec_lo, s2
	s_and_saveexec_b32 s0, s1
	s_cbranch_execz .LBB0_34
.LBB0_36:
	s_wait_alu depctr_va_vdst(0)
	global_store_b32 v[4:5], v1, off offset:512
	.loc	1 119 1                         ; kernels.py:119:1
	s_endpgm
.Ltmp1:
.Lfunc_end0:
	.size	fp32_math, .Lfunc_end0-fp32_math
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fp32_math
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
		.amdhsa_next_free_vgpr 54
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
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-fp32_math)<<4)&4080)>>4
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
	.set .Lfp32_math.num_vgpr, 54
	.set .Lfp32_math.num_agpr, 0
	.set .Lfp32_math.numbered_sgpr, 66
	.set .Lfp32_math.num_named_barrier, 0
	.set .Lfp32_math.private_seg_size, 0
	.set .Lfp32_math.uses_vcc, 1
	.set .Lfp32_math.uses_flat_scratch, 0
	.set .Lfp32_math.has_dyn_sized_stack, 0
	.set .Lfp32_math.has_recursion, 0
	.set .Lfp32_math.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 5692
; TotalNumSgprs: 68
; NumVgprs: 54
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 3
; NumSGPRsForWavesPerEU: 68
; NumVGPRsForWavesPerEU: 54
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
    .max_flat_workgroup_size: 128
    .name:           fp32_math
    .private_segment_fixed_size: 0
    .sgpr_count:     68
    .sgpr_spill_count: 0
    .symbol:         fp32_math.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     54
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

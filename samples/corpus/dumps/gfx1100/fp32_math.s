	.amdgcn_target "amdgpu11.00-amd-amdhsa-unknown-gfx1100"
	.amdhsa_code_object_version 5
	.text
	.globl	fp32_math                       ; -- Begin function fp32_math
	.p2align	8
	.type	fp32_math,@function
fp32_math:                              ; @fp32_math
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	.cfi_escape 0x0f, 0x04, 0x30, 0x36, 0xe9, 0x02 ; CFA is 0 in private_wave aspace
	.cfi_undefined 16
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 120 39 prologue_end           ; kernels.py:120:39
	v_readfirstlane_b32 s2, v0
	v_dual_mov_b32 v5, 1.0 :: v_dual_and_b32 v0, 31, v0
	s_clause 0x1
	s_load_b32 s3, s[0:1], 0x18
	s_load_b128 s[4:7], s[0:1], 0x0
	.loc	1 120 12 is_stmt 0              ; kernels.py:120:12
	s_lshl_b32 s8, s15, 8
	.loc	1 127 5 is_stmt 1               ; kernels.py:127:5
	s_and_b32 s2, s2, 0x60
	v_mov_b32_e32 v6, 1.0
	.loc	1 120 12                        ; kernels.py:120:12
	v_or3_b32 v2, s2, v0, s8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 122 17                        ; kernels.py:122:17
	v_ashrrev_i32_e32 v3, 31, v2
	v_lshlrev_b64 v[0:1], 2, v[2:3]
	.loc	1 121 12                        ; kernels.py:121:12
	s_waitcnt lgkmcnt(0)
	v_cmp_gt_i32_e32 vcc_lo, s3, v2
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 122 17                        ; kernels.py:122:17
	v_add_co_u32 v3, s2, s4, v0
	v_add_co_ci_u32_e64 v4, null, s5, v1, s2
	.loc	1 122 9 is_stmt 0               ; kernels.py:122:9
	s_and_saveexec_b32 s2, vcc_lo
	s_cbranch_execz .LBB0_2
; %bb.1:
	global_load_b32 v6, v[3:4], off
.LBB0_2:
	.loc	1 0 9                           ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s2
	.loc	1 120 12 is_stmt 1              ; kernels.py:120:12
	v_or_b32_e32 v2, 0x80, v2
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 121 12                        ; kernels.py:121:12
	v_cmp_gt_i32_e64 s2, s3, v2
	.loc	1 122 9                         ; kernels.py:122:9
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_4
; %bb.3:
	global_load_b32 v5, v[3:4], off offset:512
.LBB0_4:
	.loc	1 0 9 is_stmt 0                 ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 123 17 is_stmt 1              ; kernels.py:123:17
	v_add_co_u32 v2, s3, s6, v0
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v3, null, s7, v1, s3
	v_dual_mov_b32 v4, 2.0 :: v_dual_mov_b32 v7, 2.0
	.loc	1 123 9 is_stmt 0               ; kernels.py:123:9
	s_and_saveexec_b32 s3, vcc_lo
	s_cbranch_execz .LBB0_6
; %bb.5:
	global_load_b32 v7, v[2:3], off
.LBB0_6:
	.loc	1 0 9                           ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 123 9                         ; kernels.py:123:9
	s_and_saveexec_b32 s3, s2
	s_cbranch_execz .LBB0_8
; %bb.7:
	global_load_b32 v4, v[2:3], off offset:512
.LBB0_8:
	.loc	1 0 9                           ; kernels.py:0:9
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 124 47 is_stmt 1              ; kernels.py:124:47
	s_waitcnt vmcnt(0)
	v_and_b32_e32 v2, 0x7fffffff, v6
                                        ; implicit-def: $vgpr9
                                        ; implicit-def: $vgpr8
	s_mov_b32 s4, exec_lo
	v_cmpx_ngt_f32_e64 0x48000000, |v6|
	s_xor_b32 s6, exec_lo, s4
	s_cbranch_execz .LBB0_10
; %bb.9:
	s_mov_b32 s3, 0x7fffff
	v_mov_b32_e32 v10, 0
	v_and_or_b32 v3, v2, s3, 0x800000
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mad_u64_u32 v[8:9], null, 0xfe5163ab, v3, 0
	v_mad_u64_u32 v[11:12], null, 0x3c439041, v3, v[9:10]
	v_lshrrev_b32_e32 v9, 23, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	v_add_nc_u32_e32 v9, 0xffffff88, v9
	v_mov_b32_e32 v13, v10
	v_mov_b32_e32 v19, v10
	v_mov_b32_e32 v25, v10
	v_cmp_lt_u32_e64 s3, 63, v9
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_u64_u32 v[14:15], null, 0xdb629599, v3, v[12:13]
	v_cndmask_b32_e64 v12, 0, 0xffffffc0, s3
	v_mov_b32_e32 v16, v10
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v8, v14, v8, s3
	v_add_nc_u32_e32 v9, v12, v9
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_u64_u32 v[17:18], null, 0xf534ddc0, v3, v[15:16]
	v_cmp_lt_u32_e64 s4, 31, v9
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_u64_u32 v[20:21], null, 0xfc2757d1, v3, v[18:19]
	v_cndmask_b32_e64 v12, 0, 0xffffffe0, s4
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v11, v17, v11, s3
	v_add_nc_u32_e32 v12, v12, v9
	v_mov_b32_e32 v22, v10
	v_cndmask_b32_e64 v15, v20, v14, s3
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_cndmask_b32_e64 v8, v11, v8, s4
	v_cmp_lt_u32_e64 s5, 31, v12
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mad_u64_u32 v[23:24], null, 0x4e441529, v3, v[21:22]
	v_mad_u64_u32 v[9:10], null, 0xa2f9836e, v3, v[24:25]
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v3, 0, 0xffffffe0, s5
	v_cndmask_b32_e64 v13, v23, v17, s3
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_add_nc_u32_e32 v3, v3, v12
	v_cndmask_b32_e64 v9, v9, v20, s3
	v_cndmask_b32_e64 v10, v10, v23, s3
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cmp_eq_u32_e64 s3, 0, v3
	v_cndmask_b32_e64 v12, v9, v13, s4
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	v_cndmask_b32_e64 v9, v10, v9, s4
	v_cndmask_b32_e64 v10, v13, v15, s4
	v_sub_nc_u32_e32 v13, 32, v3
	v_cndmask_b32_e64 v15, v15, v11, s4
	v_cndmask_b32_e64 v9, v9, v12, s5
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v12, v12, v10, s5
	v_cndmask_b32_e64 v10, v10, v15, s5
	v_cndmask_b32_e64 v8, v15, v8, s5
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_alignbit_b32 v16, v9, v12, v13.l
	v_alignbit_b32 v14, v12, v10, v13.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_alignbit_b32 v13, v10, v8, v13.l
	v_cndmask_b32_e64 v3, v16, v9, s3
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v9, v14, v12, s3
	v_cndmask_b32_e64 v10, v13, v10, s3
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_bfe_u32 v11, v3, 29, 1
	v_alignbit_b32 v12, v3, v9, 30
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_alignbit_b32 v9, v9, v10, 30
	v_alignbit_b32 v8, v10, v8, 30
	v_sub_nc_u32_e32 v14, 0, v11
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_xor_b32_e32 v12, v12, v14
	v_xor_b32_e32 v9, v9, v14
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_xor_b32_e32 v8, v8, v14
	v_clz_i32_u32_e32 v13, v12
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_min_u32_e32 v13, 32, v13
	v_sub_nc_u32_e32 v10, 31, v13
	v_add_nc_u32_e32 v14, 1, v13
	v_not_b32_e32 v13, v13
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_3) | instid1(VALU_DEP_3)
	v_alignbit_b32 v12, v12, v9, v10.l
	v_alignbit_b32 v8, v9, v8, v10.l
	v_lshrrev_b32_e32 v10, 29, v3
	v_lshrrev_b32_e32 v3, 30, v3
	v_alignbit_b32 v9, v12, v8, 9
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_lshlrev_b32_e32 v10, 31, v10
	v_alignbit_b32 v12, v14, v12, 9
	v_clz_i32_u32_e32 v15, v9
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_or_b32_e32 v12, v12, v10
	v_min_u32_e32 v14, 32, v15
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v12, 1.0, v12
	v_not_b32_e32 v15, v14
	v_sub_nc_u32_e32 v13, v13, v14
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_alignbit_b32 v8, v9, v8, v15.l
	v_mul_f32_e32 v9, 0x3fc90fda, v12
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_lshl_add_u32 v10, v13, 23, v10
	v_lshrrev_b32_e32 v8, 9, v8
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_fma_f32 v9, 0x3fc90fda, v12, -v9
	v_or_b32_e32 v10, v10, v8
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_fmamk_f32 v8, v12, 0x33a22168, v9
	v_add_nc_u32_e32 v9, 0x33800000, v10
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_fmac_f32 v8, 0x3fc90fda, v9 :: v_dual_add_nc_u32 v9, v11, v3
	v_fmac_f32_e32 v8, 0x3fc90fda, v12
.LBB0_10:                               ; %Flow7
	.loc	1 0 47 is_stmt 0                ; kernels.py:0:47
	s_and_not1_saveexec_b32 s3, s6
; %bb.11:
	.loc	1 124 47 is_stmt 1              ; kernels.py:124:47
	v_mul_f32_e64 v3, 0x3f22f983, |v6|
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_rndne_f32_e32 v3, v3
	v_fma_f32 v8, 0xbfc90fda, v3, |v6|
	v_cvt_i32_f32_e32 v9, v3
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmamk_f32 v8, v3, 0xb3a22168, v8
	v_fmamk_f32 v8, v3, 0xa7c234c4, v8
; %bb.12:                               ; %__ocml_sin_f32.exit
	.loc	1 0 47 is_stmt 0                ; kernels.py:0:47
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 124 47                        ; kernels.py:124:47
	v_and_b32_e32 v3, 0x7fffffff, v5
                                        ; implicit-def: $vgpr11
                                        ; implicit-def: $vgpr10
	s_mov_b32 s4, exec_lo
	v_cmpx_ngt_f32_e64 0x48000000, |v5|
	s_xor_b32 s6, exec_lo, s4
	s_cbranch_execz .LBB0_14
; %bb.13:
	s_mov_b32 s3, 0x7fffff
	v_mov_b32_e32 v12, 0
	v_and_or_b32 v28, v3, s3, 0x800000
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mad_u64_u32 v[10:11], null, 0xfe5163ab, v28, 0
	v_mad_u64_u32 v[13:14], null, 0x3c439041, v28, v[11:12]
	v_lshrrev_b32_e32 v11, 23, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	v_add_nc_u32_e32 v11, 0xffffff88, v11
	v_mov_b32_e32 v15, v12
	v_mov_b32_e32 v24, v12
	v_mov_b32_e32 v27, v12
	v_cmp_lt_u32_e64 s3, 63, v11
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_u64_u32 v[16:17], null, 0xdb629599, v28, v[14:15]
	v_cndmask_b32_e64 v14, 0, 0xffffffc0, s3
	v_mov_b32_e32 v18, v12
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v10, v16, v10, s3
	v_add_nc_u32_e32 v11, v14, v11
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_u64_u32 v[19:20], null, 0xf534ddc0, v28, v[17:18]
	v_cmp_lt_u32_e64 s4, 31, v11
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v13, v19, v13, s3
	v_cndmask_b32_e64 v14, 0, 0xffffffe0, s4
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v10, v13, v10, s4
	v_add_nc_u32_e32 v14, v14, v11
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cmp_lt_u32_e64 s5, 31, v14
	v_cndmask_b32_e64 v15, 0, 0xffffffe0, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_mov_b32 v21, v12 :: v_dual_add_nc_u32 v14, v15, v14
	v_mad_u64_u32 v[22:23], null, 0xfc2757d1, v28, v[20:21]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_u64_u32 v[25:26], null, 0x4e441529, v28, v[23:24]
	v_cndmask_b32_e64 v18, v22, v16, s3
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_mad_u64_u32 v[11:12], null, 0xa2f9836e, v28, v[26:27]
	v_cndmask_b32_e64 v17, v25, v19, s3
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v11, v11, v22, s3
	v_cndmask_b32_e64 v12, v12, v25, s3
	v_cmp_eq_u32_e64 s3, 0, v14
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v15, v11, v17, s4
	v_cndmask_b32_e64 v11, v12, v11, s4
	v_cndmask_b32_e64 v12, v17, v18, s4
	v_sub_nc_u32_e32 v17, 32, v14
	v_cndmask_b32_e64 v18, v18, v13, s4
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_cndmask_b32_e64 v11, v11, v15, s5
	v_cndmask_b32_e64 v15, v15, v12, s5
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v12, v12, v18, s5
	v_cndmask_b32_e64 v10, v18, v10, s5
	v_alignbit_b32 v19, v11, v15, v17.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_alignbit_b32 v16, v15, v12, v17.l
	v_alignbit_b32 v17, v12, v10, v17.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v11, v19, v11, s3
	v_cndmask_b32_e64 v13, v16, v15, s3
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v12, v17, v12, s3
	v_bfe_u32 v14, v11, 29, 1
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_alignbit_b32 v15, v11, v13, 30
	v_alignbit_b32 v13, v13, v12, 30
	v_alignbit_b32 v10, v12, v10, 30
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_sub_nc_u32_e32 v16, 0, v14
	v_xor_b32_e32 v15, v15, v16
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_xor_b32_e32 v12, v13, v16
	v_xor_b32_e32 v10, v10, v16
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_clz_i32_u32_e32 v17, v15
	v_min_u32_e32 v17, 32, v17
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_sub_nc_u32_e32 v13, 31, v17
	v_add_nc_u32_e32 v16, 1, v17
	v_not_b32_e32 v17, v17
	v_alignbit_b32 v15, v15, v12, v13.l
	v_alignbit_b32 v10, v12, v10, v13.l
	v_lshrrev_b32_e32 v13, 29, v11
	v_lshrrev_b32_e32 v11, 30, v11
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_alignbit_b32 v12, v15, v10, 9
	v_lshlrev_b32_e32 v13, 31, v13
	v_alignbit_b32 v15, v16, v15, 9
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_add_nc_u32_e32 v11, v14, v11
	v_clz_i32_u32_e32 v18, v12
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_or_b32_e32 v15, v15, v13
	v_min_u32_e32 v16, 32, v18
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_xor_b32_e32 v15, 1.0, v15
	v_not_b32_e32 v18, v16
	v_sub_nc_u32_e32 v16, v17, v16
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_alignbit_b32 v10, v12, v10, v18.l
	v_mul_f32_e32 v12, 0x3fc90fda, v15
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_lshl_add_u32 v13, v16, 23, v13
	v_lshrrev_b32_e32 v10, 9, v10
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_fma_f32 v12, 0x3fc90fda, v15, -v12
	v_or_b32_e32 v13, v13, v10
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_fmamk_f32 v10, v15, 0x33a22168, v12
	v_add_nc_u32_e32 v12, 0x33800000, v13
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmac_f32_e32 v10, 0x3fc90fda, v12
	v_fmac_f32_e32 v10, 0x3fc90fda, v15
.LBB0_14:                               ; %Flow6
	.loc	1 0 47                          ; kernels.py:0:47
	s_and_not1_saveexec_b32 s3, s6
; %bb.15:
	.loc	1 124 47 is_stmt 1              ; kernels.py:124:47
	v_mul_f32_e64 v10, 0x3f22f983, |v5|
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_rndne_f32_e32 v11, v10
	v_fma_f32 v10, 0xbfc90fda, v11, |v5|
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmamk_f32 v10, v11, 0xb3a22168, v10
	v_fmamk_f32 v10, v11, 0xa7c234c4, v10
	v_cvt_i32_f32_e32 v11, v11
; %bb.16:                               ; %__ocml_sin_f32.exit10
	.loc	1 0 47 is_stmt 0                ; kernels.py:0:47
	s_or_b32 exec_lo, exec_lo, s3
                                        ; implicit-def: $vgpr17
                                        ; implicit-def: $vgpr15
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 124 59                        ; kernels.py:124:59
	s_mov_b32 s4, exec_lo
	v_cmpx_ngt_f32_e64 0x48000000, |v7|
	s_xor_b32 s6, exec_lo, s4
	s_cbranch_execz .LBB0_18
; %bb.17:
	v_dual_mov_b32 v14, 0 :: v_dual_and_b32 v21, 0x7fffffff, v7
	s_mov_b32 s3, 0x7fffff
	s_delay_alu instid0(VALU_DEP_1) | instid1(SALU_CYCLE_1)
	v_and_or_b32 v30, v21, s3, 0x800000
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_mov_b32_e32 v17, v14
	v_mov_b32_e32 v29, v14
	v_mad_u64_u32 v[12:13], null, 0xfe5163ab, v30, 0
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_mad_u64_u32 v[15:16], null, 0x3c439041, v30, v[13:14]
	v_lshrrev_b32_e32 v13, 23, v21
	v_dual_mov_b32 v20, v14 :: v_dual_add_nc_u32 v13, 0xffffff88, v13
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_u64_u32 v[18:19], null, 0xdb629599, v30, v[16:17]
	v_cmp_lt_u32_e64 s3, 63, v13
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_4)
	v_cndmask_b32_e64 v16, 0, 0xffffffc0, s3
	v_mov_b32_e32 v26, v14
	v_mad_u64_u32 v[21:22], null, 0xf534ddc0, v30, v[19:20]
	v_cndmask_b32_e64 v12, v18, v12, s3
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_add_nc_u32_e32 v13, v16, v13
	v_cndmask_b32_e64 v15, v21, v15, s3
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cmp_lt_u32_e64 s4, 31, v13
	v_cndmask_b32_e64 v16, 0, 0xffffffe0, s4
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v12, v15, v12, s4
	v_add_nc_u32_e32 v16, v16, v13
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cmp_lt_u32_e64 s5, 31, v16
	v_cndmask_b32_e64 v17, 0, 0xffffffe0, s5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_dual_mov_b32 v23, v14 :: v_dual_add_nc_u32 v16, v17, v16
	v_mad_u64_u32 v[24:25], null, 0xfc2757d1, v30, v[22:23]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_u64_u32 v[27:28], null, 0x4e441529, v30, v[25:26]
	v_cndmask_b32_e64 v20, v24, v18, s3
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_mad_u64_u32 v[13:14], null, 0xa2f9836e, v30, v[28:29]
	v_cndmask_b32_e64 v19, v27, v21, s3
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v13, v13, v24, s3
	v_cndmask_b32_e64 v14, v14, v27, s3
	v_cmp_eq_u32_e64 s3, 0, v16
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v17, v13, v19, s4
	v_cndmask_b32_e64 v13, v14, v13, s4
	v_cndmask_b32_e64 v14, v19, v20, s4
	v_sub_nc_u32_e32 v19, 32, v16
	v_cndmask_b32_e64 v20, v20, v15, s4
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_cndmask_b32_e64 v13, v13, v17, s5
	v_cndmask_b32_e64 v17, v17, v14, s5
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v14, v14, v20, s5
	v_cndmask_b32_e64 v12, v20, v12, s5
	v_alignbit_b32 v21, v13, v17, v19.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_alignbit_b32 v18, v17, v14, v19.l
	v_alignbit_b32 v19, v14, v12, v19.l
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v13, v21, v13, s3
	v_cndmask_b32_e64 v15, v18, v17, s3
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v14, v19, v14, s3
	v_bfe_u32 v16, v13, 29, 1
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_alignbit_b32 v17, v13, v15, 30
	v_alignbit_b32 v15, v15, v14, 30
	v_alignbit_b32 v12, v14, v12, 30
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_sub_nc_u32_e32 v18, 0, v16
	v_xor_b32_e32 v17, v17, v18
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_xor_b32_e32 v14, v15, v18
	v_xor_b32_e32 v12, v12, v18
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_clz_i32_u32_e32 v19, v17
	v_min_u32_e32 v19, 32, v19
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_sub_nc_u32_e32 v15, 31, v19
	v_add_nc_u32_e32 v18, 1, v19
	v_not_b32_e32 v19, v19
	v_alignbit_b32 v17, v17, v14, v15.l
	v_alignbit_b32 v12, v14, v12, v15.l
	v_lshrrev_b32_e32 v15, 29, v13
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_alignbit_b32 v14, v17, v12, 9
	v_lshlrev_b32_e32 v15, 31, v15
	v_alignbit_b32 v17, v18, v17, 9
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_clz_i32_u32_e32 v20, v14
	v_or_b32_e32 v17, v17, v15
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_min_u32_e32 v18, 32, v20
	v_xor_b32_e32 v17, 1.0, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_not_b32_e32 v20, v18
	v_sub_nc_u32_e32 v18, v19, v18
	v_alignbit_b32 v12, v14, v12, v20.l
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_mul_f32_e32 v14, 0x3fc90fda, v17
	v_lshl_add_u32 v15, v18, 23, v15
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_lshrrev_b32_e32 v12, 9, v12
	v_fma_f32 v14, 0x3fc90fda, v17, -v14
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_or_b32_e32 v12, v15, v12
	v_fmamk_f32 v15, v17, 0x33a22168, v14
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v12, 0x33800000, v12
	v_fmac_f32_e32 v15, 0x3fc90fda, v12
	v_lshrrev_b32_e32 v12, 30, v13
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_fmac_f32_e32 v15, 0x3fc90fda, v17
	v_add_nc_u32_e32 v17, v16, v12
.LBB0_18:                               ; %Flow5
	.loc	1 0 59                          ; kernels.py:0:59
	s_and_not1_saveexec_b32 s3, s6
; %bb.19:
	.loc	1 124 59 is_stmt 1              ; kernels.py:124:59
	v_mul_f32_e64 v12, 0x3f22f983, |v7|
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_rndne_f32_e32 v12, v12
	v_fma_f32 v13, 0xbfc90fda, v12, |v7|
	v_cvt_i32_f32_e32 v17, v12
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmamk_f32 v13, v12, 0xb3a22168, v13
	v_fmamk_f32 v15, v12, 0xa7c234c4, v13
; %bb.20:                               ; %__ocml_cos_f32.exit
	.loc	1 0 59 is_stmt 0                ; kernels.py:0:59
	s_or_b32 exec_lo, exec_lo, s3
	.loc	1 124 28                        ; kernels.py:124:28
	v_and_b32_e32 v12, 0x7fffffff, v4
                                        ; implicit-def: $vgpr14
                                        ; implicit-def: $vgpr13
	.loc	1 124 59                        ; kernels.py:124:59
	s_mov_b32 s4, exec_lo
	v_cmpx_ngt_f32_e64 0x48000000, |v4|
	s_xor_b32 s6, exec_lo, s4
	s_cbranch_execz .LBB0_22
; %bb.21:
	s_mov_b32 s3, 0x7fffff
	v_lshrrev_b32_e32 v13, 23, v12
	v_and_or_b32 v16, v12, s3, 0x800000
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_dual_mov_b32 v20, 0 :: v_dual_add_nc_u32 v13, 0xffffff88, v13
	v_mad_u64_u32 v[18:19], null, 0xfe5163ab, v16, 0
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_4) | instid1(VALU_DEP_2)
	v_mov_b32_e32 v23, v20
	v_mov_b32_e32 v29, v20
	v_mov_b32_e32 v35, v20
	v_cmp_lt_u32_e64 s3, 63, v13
	v_mad_u64_u32 v[21:22], null, 0x3c439041, v16, v[19:20]
	v_cndmask_b32_e64 v14, 0, 0xffffffc0, s3
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_dual_mov_b32 v26, v20 :: v_dual_add_nc_u32 v13, v14, v13
	v_mad_u64_u32 v[24:25], null, 0xdb629599, v16, v[22:23]
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_cmp_lt_u32_e64 s4, 31, v13
	v_cndmask_b32_e64 v14, 0, 0xffffffe0, s4
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_4)
	v_mad_u64_u32 v[27:28], null, 0xf534ddc0, v16, v[25:26]
	v_mov_b32_e32 v32, v20
	v_cndmask_b32_e64 v18, v24, v18, s3
	v_add_nc_u32_e32 v19, v14, v13
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_mad_u64_u32 v[30:31], null, 0xfc2757d1, v16, v[28:29]
	v_cmp_lt_u32_e64 s5, 31, v19
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_mad_u64_u32 v[33:34], null, 0x4e441529, v16, v[31:32]
	v_cndmask_b32_e64 v22, v30, v24, s3
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_mad_u64_u32 v[13:14], null, 0xa2f9836e, v16, v[34:35]
	v_cndmask_b32_e64 v16, 0, 0xffffffe0, s5
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v20, v33, v27, s3
	v_add_nc_u32_e32 v16, v16, v19
	v_cndmask_b32_e64 v19, v27, v21, s3
	v_cndmask_b32_e64 v13, v13, v30, s3
	v_cndmask_b32_e64 v14, v14, v33, s3
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cmp_eq_u32_e64 s3, 0, v16
	v_cndmask_b32_e64 v21, v13, v20, s4
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	v_cndmask_b32_e64 v13, v14, v13, s4
	v_cndmask_b32_e64 v14, v20, v22, s4
	v_sub_nc_u32_e32 v20, 32, v16
	v_cndmask_b32_e64 v22, v22, v19, s4
	v_cndmask_b32_e64 v13, v13, v21, s5
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v21, v21, v14, s5
	v_cndmask_b32_e64 v14, v14, v22, s5
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_alignbit_b32 v23, v13, v21, v20.l
	v_alignbit_b32 v24, v21, v14, v20.l
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_cndmask_b32_e64 v16, v23, v13, s3
	v_cndmask_b32_e64 v13, v19, v18, s4
	v_cndmask_b32_e64 v18, v24, v21, s3
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_bfe_u32 v19, v16, 29, 1
	v_cndmask_b32_e64 v13, v22, v13, s5
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_alignbit_b32 v21, v16, v18, 30
	v_sub_nc_u32_e32 v22, 0, v19
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_alignbit_b32 v20, v14, v13, v20.l
	v_xor_b32_e32 v21, v21, v22
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v14, v20, v14, s3
	v_clz_i32_u32_e32 v20, v21
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	v_alignbit_b32 v18, v18, v14, 30
	v_alignbit_b32 v13, v14, v13, 30
	v_min_u32_e32 v20, 32, v20
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_xor_b32_e32 v14, v18, v22
	v_xor_b32_e32 v13, v13, v22
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_2) | instid1(VALU_DEP_3)
	v_sub_nc_u32_e32 v18, 31, v20
	v_add_nc_u32_e32 v22, 1, v20
	v_not_b32_e32 v20, v20
	v_alignbit_b32 v21, v21, v14, v18.l
	v_alignbit_b32 v13, v14, v13, v18.l
	v_lshrrev_b32_e32 v18, 29, v16
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_alignbit_b32 v14, v21, v13, 9
	v_lshlrev_b32_e32 v18, 31, v18
	v_alignbit_b32 v21, v22, v21, 9
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_clz_i32_u32_e32 v23, v14
	v_or_b32_e32 v21, v21, v18
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_min_u32_e32 v22, 32, v23
	v_xor_b32_e32 v21, 1.0, v21
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_not_b32_e32 v23, v22
	v_sub_nc_u32_e32 v20, v20, v22
	v_alignbit_b32 v13, v14, v13, v23.l
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_mul_f32_e32 v14, 0x3fc90fda, v21
	v_lshl_add_u32 v18, v20, 23, v18
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_lshrrev_b32_e32 v13, 9, v13
	v_fma_f32 v14, 0x3fc90fda, v21, -v14
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_or_b32_e32 v18, v18, v13
	v_fmamk_f32 v13, v21, 0x33a22168, v14
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_nc_u32_e32 v14, 0x33800000, v18
	v_fmac_f32_e32 v13, 0x3fc90fda, v14
	v_lshrrev_b32_e32 v14, 30, v16
	s_delay_alu instid0(VALU_DEP_1)
	v_dual_fmac_f32 v13, 0x3fc90fda, v21 :: v_dual_add_nc_u32 v14, v19, v14
.LBB0_22:                               ; %Flow4
	.loc	1 0 59                          ; kernels.py:0:59
	s_and_not1_saveexec_b32 s3, s6
; %bb.23:
	.loc	1 124 59 is_stmt 1              ; kernels.py:124:59
	v_mul_f32_e64 v13, 0x3f22f983, |v4|
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_rndne_f32_e32 v14, v13
	v_fma_f32 v13, 0xbfc90fda, v14, |v4|
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmamk_f32 v13, v14, 0xb3a22168, v13
	v_fmamk_f32 v13, v14, 0xa7c234c4, v13
	v_cvt_i32_f32_e32 v14, v14
; %bb.24:                               ; %__ocml_cos_f32.exit25
	.loc	1 0 59 is_stmt 0                ; kernels.py:0:59
	s_or_b32 exec_lo, exec_lo, s3
	s_delay_alu instid0(SALU_CYCLE_1)
	.loc	1 125 65 is_stmt 1              ; kernels.py:125:65
	s_mov_b32 s4, exec_lo
                                        ; implicit-def: $vgpr18
	v_cmpx_nlt_f32_e64 |v7|, 1.0
	s_xor_b32 s4, exec_lo, s4
	s_cbranch_execz .LBB0_26
; %bb.25:
	.loc	1 0 65 is_stmt 0                ; kernels.py:0:65
	s_mov_b32 s3, 0x378e98ab
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 125 65                        ; kernels.py:125:65
	v_fma_f32 v16, |v7|, s3, 0xb9c68948
	v_fma_f32 v16, |v7|, v16, 0x3b7cd369
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v16, |v7|, v16, 0xbcc618b2
	v_fma_f32 v16, |v7|, v16, 0x3dda74e4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v16, |v7|, v16, 0x3f228afd
	v_fma_f32 v16, |v7|, v16, 0x3e03c728
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v16, |v7|, v16, |v7|
	v_mul_f32_e32 v18, 0xbfb8aa3b, v16
	v_cmp_nlt_f32_e64 s3, 0x42ce8ed0, v16
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_fma_f32 v19, 0xbfb8aa3b, v16, -v18
	v_rndne_f32_e32 v20, v18
	v_dual_fmamk_f32 v19, v16, 0xb2a5705f, v19 :: v_dual_sub_f32 v18, v18, v20
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_f32_e32 v18, v18, v19
	v_cvt_i32_f32_e32 v19, v20
	v_exp_f32_e32 v18, v18
	s_waitcnt_depctr depctr_va_vdst(0)
	v_ldexp_f32 v18, v18, v19
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v18, 0, v18, s3
	v_cmp_ngt_f32_e64 s3, 0xc2b17218, v16
	v_cndmask_b32_e64 v16, 0x7f800000, v18, s3
	s_delay_alu instid0(VALU_DEP_1)
	v_sub_f32_e32 v18, 1.0, v16
.LBB0_26:                               ; %Flow3
	.loc	1 0 65                          ; kernels.py:0:65
	s_and_not1_saveexec_b32 s3, s4
	s_cbranch_execz .LBB0_28
; %bb.27:
	.loc	1 125 65 is_stmt 1              ; kernels.py:125:65
	v_mul_f32_e32 v16, v7, v7
	s_mov_b32 s4, 0xba1345e1
	s_delay_alu instid0(VALU_DEP_1) | instid1(SALU_CYCLE_1)
	v_fmaak_f32 v18, s4, v16, 0x3ba10414
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmaak_f32 v18, v16, v18, 0xbcdac9b8
	v_fmaak_f32 v18, v16, v18, 0x3de703be
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmaak_f32 v18, v16, v18, 0xbec09330
	v_fmaak_f32 v16, v16, v18, 0x3e0375d0
	s_delay_alu instid0(VALU_DEP_1)
	v_fma_f32 v18, |v7|, v16, |v7|
.LBB0_28:                               ; %__ocml_erf_f32.exit
	.loc	1 0 65 is_stmt 0                ; kernels.py:0:65
	s_or_b32 exec_lo, exec_lo, s3
	s_load_b64 s[4:5], s[0:1], 0x10
	.loc	1 125 65 is_stmt 1              ; kernels.py:125:65
	s_mov_b32 s1, exec_lo
                                        ; implicit-def: $vgpr16
	v_cmpx_nlt_f32_e64 |v4|, 1.0
	s_xor_b32 s1, exec_lo, s1
	s_cbranch_execz .LBB0_30
; %bb.29:
	.loc	1 0 65 is_stmt 0                ; kernels.py:0:65
	s_mov_b32 s0, 0x378e98ab
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 125 65                        ; kernels.py:125:65
	v_fma_f32 v16, |v4|, s0, 0xb9c68948
	v_fma_f32 v16, |v4|, v16, 0x3b7cd369
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v16, |v4|, v16, 0xbcc618b2
	v_fma_f32 v16, |v4|, v16, 0x3dda74e4
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v16, |v4|, v16, 0x3f228afd
	v_fma_f32 v16, |v4|, v16, 0x3e03c728
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fma_f32 v16, |v4|, v16, |v4|
	v_mul_f32_e32 v19, 0xbfb8aa3b, v16
	v_cmp_nlt_f32_e64 s0, 0x42ce8ed0, v16
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_fma_f32 v20, 0xbfb8aa3b, v16, -v19
	v_rndne_f32_e32 v21, v19
	v_dual_fmamk_f32 v20, v16, 0xb2a5705f, v20 :: v_dual_sub_f32 v19, v19, v21
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_add_f32_e32 v19, v19, v20
	v_cvt_i32_f32_e32 v20, v21
	v_exp_f32_e32 v19, v19
	s_waitcnt_depctr depctr_va_vdst(0)
	v_ldexp_f32 v19, v19, v20
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v19, 0, v19, s0
	v_cmp_ngt_f32_e64 s0, 0xc2b17218, v16
	v_cndmask_b32_e64 v16, 0x7f800000, v19, s0
	s_delay_alu instid0(VALU_DEP_1)
	v_sub_f32_e32 v16, 1.0, v16
.LBB0_30:                               ; %Flow
	.loc	1 0 65                          ; kernels.py:0:65
	s_and_not1_saveexec_b32 s0, s1
	s_cbranch_execz .LBB0_32
; %bb.31:
	.loc	1 125 65 is_stmt 1              ; kernels.py:125:65
	v_mul_f32_e32 v16, v4, v4
	s_mov_b32 s1, 0xba1345e1
	s_delay_alu instid0(VALU_DEP_1) | instid1(SALU_CYCLE_1)
	v_fmaak_f32 v19, s1, v16, 0x3ba10414
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmaak_f32 v19, v16, v19, 0xbcdac9b8
	v_fmaak_f32 v19, v16, v19, 0x3de703be
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmaak_f32 v19, v16, v19, 0xbec09330
	v_fmaak_f32 v16, v16, v19, 0x3e0375d0
	s_delay_alu instid0(VALU_DEP_1)
	v_fma_f32 v16, |v4|, v16, |v4|
.LBB0_32:                               ; %__ocml_erf_f32.exit26
	.loc	1 0 65 is_stmt 0                ; kernels.py:0:65
	s_or_b32 exec_lo, exec_lo, s0
	.loc	1 127 14 is_stmt 1              ; kernels.py:127:14
	s_waitcnt lgkmcnt(0)
	v_add_co_u32 v0, s0, s4, v0
	s_delay_alu instid0(VALU_DEP_1)
	v_add_co_ci_u32_e64 v1, null, s5, v1, s0
	.loc	1 127 5 is_stmt 0               ; kernels.py:127:5
	s_and_saveexec_b32 s4, vcc_lo
	s_cbranch_execnz .LBB0_35
; %bb.33:
	.loc	1 0 5                           ; kernels.py:0:5
	s_or_b32 exec_lo, exec_lo, s4
	.loc	1 127 5                         ; kernels.py:127:5
	s_and_saveexec_b32 s0, s2
	s_cbranch_execnz .LBB0_36
.LBB0_34:
	.loc	1 119 1 is_stmt 1               ; kernels.py:119:1
	s_endpgm
.LBB0_35:
	.loc	1 124 59                        ; kernels.py:124:59
	v_dual_mul_f32 v19, v15, v15 :: v_dual_and_b32 v22, 1, v17
	s_mov_b32 s0, 0xb94c1982
	.loc	1 124 47 is_stmt 0              ; kernels.py:124:47
	v_dual_mul_f32 v23, v8, v8 :: v_dual_mul_f32 v24, 0x3fb8aa3b, v6
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 124 59                        ; kernels.py:124:59
	v_dual_fmaak_f32 v20, s0, v19, 0x3c0881c4 :: v_dual_lshlrev_b32 v17, 30, v17
	s_mov_b32 s1, 0x37d75334
	.loc	1 124 47                        ; kernels.py:124:47
	v_fmaak_f32 v27, s0, v23, 0x3c0881c4
	.loc	1 124 28                        ; kernels.py:124:28
	v_add_f32_e64 v25, |v7|, 1.0
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 124 59                        ; kernels.py:124:59
	v_fmaak_f32 v20, v19, v20, 0xbe2aaa9d
	v_fmaak_f32 v21, s1, v19, 0xbab64f3b
	v_cmp_eq_u32_e32 vcc_lo, 0, v22
	.loc	1 125 9 is_stmt 1               ; kernels.py:125:9
	v_div_scale_f32 v26, null, v7, v7, v6
	.loc	1 124 59                        ; kernels.py:124:59
	v_cmp_class_f32_e64 s0, v7, 0x1f8
	v_mul_f32_e32 v20, v19, v20
	.loc	1 124 47 is_stmt 0              ; kernels.py:124:47
	v_fmaak_f32 v28, s1, v23, 0xbab64f3b
	v_xor_b32_e32 v2, v2, v6
	.loc	1 125 9 is_stmt 1               ; kernels.py:125:9
	v_rcp_f32_e32 v22, v26
	.loc	1 124 59                        ; kernels.py:124:59
	v_and_b32_e32 v17, 0x80000000, v17
	v_fmac_f32_e32 v15, v15, v20
	.loc	1 124 47 is_stmt 0              ; kernels.py:124:47
	v_fmaak_f32 v20, v23, v27, 0xbe2aaa9d
	v_cmp_class_f32_e64 s3, v6, 0x1f8
	.loc	1 125 65 is_stmt 1              ; kernels.py:125:65
	v_bfi_b32 v18, 0x7fffffff, v18, v7
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 124 47                        ; kernels.py:124:47
	v_mul_f32_e32 v20, v23, v20
	.loc	1 124 59 is_stmt 0              ; kernels.py:124:59
	v_dual_fmaak_f32 v21, v19, v21, 0x3d2aabf7 :: v_dual_fmac_f32 v8, v8, v20
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_fmaak_f32 v21, v19, v21, 0xbf000004
	.loc	1 126 82 is_stmt 1              ; kernels.py:126:82
	v_add_f32_e32 v20, 0x40400000, v7
	.loc	1 124 59                        ; kernels.py:124:59
	v_fma_f32 v19, v19, v21, 1.0
	.loc	1 124 47 is_stmt 0              ; kernels.py:124:47
	v_fmaak_f32 v21, v23, v28, 0x3d2aabf7
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	.loc	1 124 59                        ; kernels.py:124:59
	v_cndmask_b32_e64 v15, -v15, v19, vcc_lo
	.loc	1 124 21                        ; kernels.py:124:21
	v_cmp_gt_f32_e32 vcc_lo, 0x800000, v25
	.loc	1 124 47                        ; kernels.py:124:47
	v_fmaak_f32 v21, v23, v21, 0xbf000004
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 124 59                        ; kernels.py:124:59
	v_xor_b32_e32 v15, v17, v15
	.loc	1 124 21                        ; kernels.py:124:21
	v_cndmask_b32_e64 v19, 0, 32, vcc_lo
	.loc	1 124 59                        ; kernels.py:124:59
	v_cndmask_b32_e64 v15, 0x7fc00000, v15, s0
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 124 21                        ; kernels.py:124:21
	v_ldexp_f32 v17, v25, v19
	.loc	1 124 47                        ; kernels.py:124:47
	v_fma_f32 v19, v23, v21, 1.0
	v_and_b32_e32 v21, 1, v9
	.loc	1 124 9                         ; kernels.py:124:9
	v_cmp_gt_f32_e64 s0, 0xc2fc0000, v24
	.loc	1 126 66 is_stmt 1              ; kernels.py:126:66
	v_div_scale_f32 v25, null, v20, v20, v6
	.loc	1 124 21                        ; kernels.py:124:21
	v_log_f32_e32 v17, v17
	.loc	1 124 47 is_stmt 0              ; kernels.py:124:47
	v_lshlrev_b32_e32 v9, 30, v9
	v_cmp_eq_u32_e64 s1, 0, v21
	.loc	1 124 9                         ; kernels.py:124:9
	v_cndmask_b32_e64 v23, 0, 0x42800000, s0
	.loc	1 126 66 is_stmt 1              ; kernels.py:126:66
	v_rcp_f32_e32 v21, v25
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 124 47                        ; kernels.py:124:47
	v_cndmask_b32_e64 v8, v19, v8, s1
	.loc	1 125 9                         ; kernels.py:125:9
	v_fma_f32 v19, -v26, v22, 1.0
	s_delay_alu instid0(TRANS32_DEP_2) | instid1(VALU_DEP_3)
	.loc	1 124 9                         ; kernels.py:124:9
	v_dual_add_f32 v23, v24, v23 :: v_dual_mul_f32 v24, 0x3f317217, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_4)
	.loc	1 125 9                         ; kernels.py:125:9
	v_fmac_f32_e32 v22, v19, v22
	v_div_scale_f32 v19, s1, v6, v7, v6
	.loc	1 124 47                        ; kernels.py:124:47
	v_and_b32_e32 v9, 0x80000000, v9
	.loc	1 124 9 is_stmt 0               ; kernels.py:124:9
	v_exp_f32_e32 v23, v23
	.loc	1 124 21                        ; kernels.py:124:21
	v_fma_f32 v27, 0x3f317217, v17, -v24
	s_delay_alu instid0(TRANS32_DEP_2)
	.loc	1 126 66 is_stmt 1              ; kernels.py:126:66
	v_fma_f32 v29, -v25, v21, 1.0
	.loc	1 125 9                         ; kernels.py:125:9
	v_mul_f32_e32 v28, v19, v22
	.loc	1 124 47                        ; kernels.py:124:47
	v_xor3_b32 v2, v2, v9, v8
	.loc	1 124 9 is_stmt 0               ; kernels.py:124:9
	v_cndmask_b32_e64 v8, 0, 0xffffffc0, s0
	.loc	1 124 21                        ; kernels.py:124:21
	v_fmamk_f32 v9, v17, 0x3377d1cf, v27
	.loc	1 126 66 is_stmt 1              ; kernels.py:126:66
	v_fmac_f32_e32 v21, v29, v21
	.loc	1 125 9                         ; kernels.py:125:9
	v_fma_f32 v27, -v26, v28, v19
	.loc	1 126 66                        ; kernels.py:126:66
	v_div_scale_f32 v29, s0, v6, v20, v6
	.loc	1 124 9                         ; kernels.py:124:9
	v_ldexp_f32 v8, v23, v8
	.loc	1 124 47 is_stmt 0              ; kernels.py:124:47
	v_cndmask_b32_e64 v2, 0x7fc00000, v2, s3
	.loc	1 124 21                        ; kernels.py:124:21
	v_cmp_gt_f32_e64 s3, 0x7f800000, |v17|
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	.loc	1 125 9 is_stmt 1               ; kernels.py:125:9
	v_dual_fmac_f32 v28, v27, v22 :: v_dual_mul_f32 v23, v29, v21
	.loc	1 124 21                        ; kernels.py:124:21
	v_add_f32_e32 v9, v24, v9
	.loc	1 125 46                        ; kernels.py:125:46
	v_add_f32_e64 v24, |v6|, 1.0
	.loc	1 126 18                        ; kernels.py:126:18
	v_mul_f32_e32 v27, 0x40400000, v6
	.loc	1 125 9                         ; kernels.py:125:9
	v_fma_f32 v19, -v26, v28, v19
	.loc	1 126 66                        ; kernels.py:126:66
	v_fma_f32 v26, -v25, v23, v29
	.loc	1 124 21                        ; kernels.py:124:21
	v_cndmask_b32_e64 v9, v17, v9, s3
	v_cndmask_b32_e64 v17, 0, 0x41b17218, vcc_lo
	.loc	1 125 9                         ; kernels.py:125:9
	s_mov_b32 vcc_lo, s1
	.loc	1 125 32 is_stmt 0              ; kernels.py:125:32
	v_rsq_f32_e32 v24, v24
	.loc	1 126 66 is_stmt 1              ; kernels.py:126:66
	v_fmac_f32_e32 v23, v26, v21
	.loc	1 125 9                         ; kernels.py:125:9
	v_div_fmas_f32 v19, v19, v22, v28
	.loc	1 126 9                         ; kernels.py:126:9
	v_floor_f32_e32 v22, v27
	.loc	1 126 29 is_stmt 0              ; kernels.py:126:29
	v_ceil_f32_e32 v26, v7
	.loc	1 126 47                        ; kernels.py:126:47
	v_exp_f32_e64 v27, -v6
	.loc	1 126 66                        ; kernels.py:126:66
	v_fma_f32 v25, -v25, v23, v29
	s_mov_b32 vcc_lo, s0
	.loc	1 125 9 is_stmt 1               ; kernels.py:125:9
	v_div_fixup_f32 v7, v19, v7, v6
	.loc	1 126 9                         ; kernels.py:126:9
	v_add_f32_e32 v19, v22, v26
	.loc	1 124 21                        ; kernels.py:124:21
	v_sub_f32_e32 v9, v9, v17
	.loc	1 126 66                        ; kernels.py:126:66
	v_div_fmas_f32 v21, v25, v21, v23
	.loc	1 124 47                        ; kernels.py:124:47
	v_mul_f32_e32 v2, v2, v15
	.loc	1 125 9                         ; kernels.py:125:9
	v_add_f32_e32 v7, v24, v7
	s_delay_alu instid0(TRANS32_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 126 9                         ; kernels.py:126:9
	v_add_f32_e32 v15, v27, v19
	.loc	1 126 66 is_stmt 0              ; kernels.py:126:66
	v_div_fixup_f32 v6, v21, v20, v6
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 124 9 is_stmt 1               ; kernels.py:124:9
	v_dual_fmac_f32 v2, v8, v9 :: v_dual_add_f32 v7, v7, v18
	.loc	1 126 9                         ; kernels.py:126:9
	v_add_f32_e32 v6, v6, v15
	s_delay_alu instid0(VALU_DEP_1)
	.loc	1 127 30                        ; kernels.py:127:30
	v_fmac_f32_e32 v2, v6, v7
	.loc	1 127 5 is_stmt 0               ; kernels.py:127:5
	global_store_b32 v[0:1], v2, off
	s_or_b32 exec_lo, exec_lo, s4
	s_and_saveexec_b32 s0, s2
	s_cbranch_execz .LBB0_34
.LBB0_36:
	.loc	1 124 47 is_stmt 1              ; kernels.py:124:47
	v_dual_mul_f32 v2, v10, v10 :: v_dual_and_b32 v9, 1, v11
	s_mov_b32 s2, 0xb94c1982
	.loc	1 124 28 is_stmt 0              ; kernels.py:124:28
	v_add_f32_e32 v6, 1.0, v12
	s_mov_b32 s3, 0x37d75334
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_3)
	.loc	1 124 47                        ; kernels.py:124:47
	v_fmaak_f32 v7, s2, v2, 0x3c0881c4
	v_dual_fmaak_f32 v8, s3, v2, 0xbab64f3b :: v_dual_lshlrev_b32 v11, 30, v11
	.loc	1 124 21                        ; kernels.py:124:21
	v_cmp_gt_f32_e32 vcc_lo, 0x800000, v6
	.loc	1 124 47                        ; kernels.py:124:47
	v_cmp_eq_u32_e64 s1, 0, v9
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	v_fmaak_f32 v7, v2, v7, 0xbe2aaa9d
	v_dual_fmaak_f32 v8, v2, v8, 0x3d2aabf7 :: v_dual_mul_f32 v15, v13, v13
	.loc	1 124 21                        ; kernels.py:124:21
	v_cndmask_b32_e64 v12, 0, 32, vcc_lo
	.loc	1 124 47                        ; kernels.py:124:47
	v_xor_b32_e32 v3, v3, v5
	.loc	1 124 59                        ; kernels.py:124:59
	v_and_b32_e32 v21, 1, v14
	.loc	1 124 47                        ; kernels.py:124:47
	v_dual_mul_f32 v7, v2, v7 :: v_dual_lshlrev_b32 v14, 30, v14
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_4) | instid1(VALU_DEP_4)
	.loc	1 124 21                        ; kernels.py:124:21
	v_ldexp_f32 v6, v6, v12
	.loc	1 124 9                         ; kernels.py:124:9
	v_mul_f32_e32 v12, 0x3fb8aa3b, v5
	.loc	1 124 59                        ; kernels.py:124:59
	v_fmaak_f32 v18, s3, v15, 0xbab64f3b
	.loc	1 125 9 is_stmt 1               ; kernels.py:125:9
	v_div_scale_f32 v9, null, v4, v4, v5
	.loc	1 124 47                        ; kernels.py:124:47
	v_dual_fmac_f32 v10, v10, v7 :: v_dual_add_f32 v17, 0x40400000, v4
	.loc	1 124 9 is_stmt 0               ; kernels.py:124:9
	v_cmp_gt_f32_e64 s0, 0xc2fc0000, v12
	.loc	1 124 21                        ; kernels.py:124:21
	v_log_f32_e32 v6, v6
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 126 66 is_stmt 1              ; kernels.py:126:66
	v_div_scale_f32 v20, null, v17, v17, v5
	.loc	1 124 9                         ; kernels.py:124:9
	v_cndmask_b32_e64 v7, 0, 0x42800000, s0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 124 47 is_stmt 0              ; kernels.py:124:47
	v_dual_fmaak_f32 v8, v2, v8, 0xbf000004 :: v_dual_add_f32 v7, v12, v7
	v_fma_f32 v2, v2, v8, 1.0
	v_and_b32_e32 v8, 0x80000000, v11
	.loc	1 124 9                         ; kernels.py:124:9
	v_cndmask_b32_e64 v12, 0, 0xffffffc0, s0
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_exp_f32_e32 v7, v7
	.loc	1 124 47                        ; kernels.py:124:47
	v_cndmask_b32_e64 v2, v2, v10, s1
	v_cmp_class_f32_e64 s1, v5, 0x1f8
	s_delay_alu instid0(VALU_DEP_2)
	v_xor3_b32 v2, v3, v8, v2
	.loc	1 125 9 is_stmt 1               ; kernels.py:125:9
	v_rcp_f32_e32 v3, v9
	.loc	1 124 9                         ; kernels.py:124:9
	s_waitcnt_depctr depctr_va_vdst(0)
	v_ldexp_f32 v7, v7, v12
	.loc	1 124 47 is_stmt 0              ; kernels.py:124:47
	v_cndmask_b32_e64 v2, 0x7fc00000, v2, s1
	.loc	1 124 21                        ; kernels.py:124:21
	v_cmp_gt_f32_e64 s1, 0x7f800000, |v6|
	.loc	1 125 46 is_stmt 1              ; kernels.py:125:46
	v_add_f32_e64 v12, |v5|, 1.0
	.loc	1 125 9 is_stmt 0               ; kernels.py:125:9
	v_fma_f32 v19, -v9, v3, 1.0
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 124 21 is_stmt 1              ; kernels.py:124:21
	v_dual_mul_f32 v10, 0x3f317217, v6 :: v_dual_fmac_f32 v3, v19, v3
	v_fma_f32 v8, 0x3f317217, v6, -v10
	.loc	1 125 9                         ; kernels.py:125:9
	v_div_scale_f32 v19, s0, v5, v4, v5
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 124 21                        ; kernels.py:124:21
	v_fmamk_f32 v8, v6, 0x3377d1cf, v8
	.loc	1 124 59 is_stmt 0              ; kernels.py:124:59
	v_dual_fmaak_f32 v11, s2, v15, 0x3c0881c4 :: v_dual_add_f32 v8, v10, v8
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_fmaak_f32 v11, v15, v11, 0xbe2aaa9d
	.loc	1 124 21                        ; kernels.py:124:21
	v_cndmask_b32_e64 v6, v6, v8, s1
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 124 59                        ; kernels.py:124:59
	v_mul_f32_e32 v10, v15, v11
	v_dual_fmac_f32 v13, v13, v10 :: v_dual_mul_f32 v10, v19, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(VALU_DEP_2)
	.loc	1 125 9 is_stmt 1               ; kernels.py:125:9
	v_fma_f32 v22, -v9, v10, v19
	.loc	1 124 59                        ; kernels.py:124:59
	v_fmaak_f32 v11, v15, v18, 0x3d2aabf7
	.loc	1 126 66                        ; kernels.py:126:66
	v_rcp_f32_e32 v18, v20
	.loc	1 125 9                         ; kernels.py:125:9
	v_fmac_f32_e32 v10, v22, v3
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_2) | instid1(VALU_DEP_4)
	.loc	1 124 59                        ; kernels.py:124:59
	v_fmaak_f32 v8, v15, v11, 0xbf000004
	.loc	1 124 21 is_stmt 0              ; kernels.py:124:21
	v_cndmask_b32_e64 v11, 0, 0x41b17218, vcc_lo
	.loc	1 124 59                        ; kernels.py:124:59
	v_cmp_eq_u32_e32 vcc_lo, 0, v21
	.loc	1 125 9 is_stmt 1               ; kernels.py:125:9
	v_fma_f32 v9, -v9, v10, v19
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(TRANS32_DEP_1)
	.loc	1 124 59                        ; kernels.py:124:59
	v_fma_f32 v8, v15, v8, 1.0
	.loc	1 126 66                        ; kernels.py:126:66
	v_fma_f32 v15, -v20, v18, 1.0
	s_delay_alu instid0(VALU_DEP_2)
	.loc	1 124 59                        ; kernels.py:124:59
	v_cndmask_b32_e64 v8, -v13, v8, vcc_lo
	.loc	1 125 9                         ; kernels.py:125:9
	s_mov_b32 vcc_lo, s0
	.loc	1 126 66                        ; kernels.py:126:66
	v_div_scale_f32 v13, s1, v5, v17, v5
	.loc	1 125 9                         ; kernels.py:125:9
	v_div_fmas_f32 v3, v9, v3, v10
	.loc	1 125 32 is_stmt 0              ; kernels.py:125:32
	v_rsq_f32_e32 v9, v12
	.loc	1 126 29 is_stmt 1              ; kernels.py:126:29
	v_ceil_f32_e32 v12, v4
	.loc	1 124 59                        ; kernels.py:124:59
	v_cmp_class_f32_e64 vcc_lo, v4, 0x1f8
	s_delay_alu instid0(VALU_DEP_3)
	.loc	1 125 9                         ; kernels.py:125:9
	v_div_fixup_f32 v3, v3, v4, v5
	.loc	1 126 66                        ; kernels.py:126:66
	v_fmac_f32_e32 v18, v15, v18
	.loc	1 125 65                        ; kernels.py:125:65
	v_bfi_b32 v4, 0x7fffffff, v16, v4
	.loc	1 125 9 is_stmt 0               ; kernels.py:125:9
	s_waitcnt_depctr depctr_va_vdst(0)
	v_add_f32_e32 v3, v9, v3
	.loc	1 124 21 is_stmt 1              ; kernels.py:124:21
	v_dual_sub_f32 v6, v6, v11 :: v_dual_mul_f32 v11, v13, v18
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 125 9                         ; kernels.py:125:9
	v_dual_add_f32 v3, v3, v4 :: v_dual_and_b32 v14, 0x80000000, v14
	.loc	1 126 66                        ; kernels.py:126:66
	v_fma_f32 v15, -v20, v11, v13
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 124 59                        ; kernels.py:124:59
	v_xor_b32_e32 v8, v14, v8
	.loc	1 126 18                        ; kernels.py:126:18
	v_dual_mul_f32 v14, 0x40400000, v5 :: v_dual_fmac_f32 v11, v15, v18
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 124 59                        ; kernels.py:124:59
	v_cndmask_b32_e32 v8, 0x7fc00000, v8, vcc_lo
	.loc	1 126 9                         ; kernels.py:126:9
	v_floor_f32_e32 v10, v14
	.loc	1 126 47 is_stmt 0              ; kernels.py:126:47
	v_exp_f32_e64 v14, -v5
	.loc	1 126 66                        ; kernels.py:126:66
	s_mov_b32 vcc_lo, s1
	v_fma_f32 v13, -v20, v11, v13
	.loc	1 124 47 is_stmt 1              ; kernels.py:124:47
	v_mul_f32_e32 v2, v2, v8
	.loc	1 126 9                         ; kernels.py:126:9
	v_add_f32_e32 v10, v10, v12
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 126 66 is_stmt 0              ; kernels.py:126:66
	v_div_fmas_f32 v11, v13, v18, v11
	.loc	1 124 9 is_stmt 1               ; kernels.py:124:9
	v_fmac_f32_e32 v2, v7, v6
	.loc	1 126 9                         ; kernels.py:126:9
	s_waitcnt_depctr depctr_va_vdst(0)
	v_add_f32_e32 v8, v14, v10
	.loc	1 126 66 is_stmt 0              ; kernels.py:126:66
	v_div_fixup_f32 v5, v11, v17, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	.loc	1 126 9                         ; kernels.py:126:9
	v_add_f32_e32 v4, v5, v8
	.loc	1 127 30 is_stmt 1              ; kernels.py:127:30
	v_fmac_f32_e32 v2, v4, v3
	.loc	1 127 5 is_stmt 0               ; kernels.py:127:5
	global_store_b32 v[0:1], v2, off offset:512
	.loc	1 119 1 is_stmt 1               ; kernels.py:119:1
	s_endpgm
.Ltmp0:
.Lfunc_end0:
	.size	fp32_math, .Lfunc_end0-fp32_math
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fp32_math
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 48
		.amdhsa_user_sgpr_count 15
		.amdhsa_user_sgpr_dispatch_ptr 0
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_wavefront_size32 1
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 36
		.amdhsa_next_free_sgpr 16
		.amdhsa_reserve_vcc 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_dx10_clamp 1
		.amdhsa_ieee_mode 1
		.amdhsa_fp16_overflow 0
		.amdhsa_workgroup_processor_mode 1
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_shared_vgpr_count 0
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-fp32_math)<<4)&1008)>>4
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
	.set .Lfp32_math.num_vgpr, 36
	.set .Lfp32_math.num_agpr, 0
	.set .Lfp32_math.numbered_sgpr, 16
	.set .Lfp32_math.num_named_barrier, 0
	.set .Lfp32_math.private_seg_size, 0
	.set .Lfp32_math.uses_vcc, 1
	.set .Lfp32_math.uses_flat_scratch, 0
	.set .Lfp32_math.has_dyn_sized_stack, 0
	.set .Lfp32_math.has_recursion, 0
	.set .Lfp32_math.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 5796
; TotalNumSgprs: 18
; NumVgprs: 36
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 4
; NumSGPRsForWavesPerEU: 18
; NumVGPRsForWavesPerEU: 36
; Occupancy: 16
; WaveLimiterHint : 0
; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0
; COMPUTE_PGM_RSRC2:USER_SGPR: 15
; COMPUTE_PGM_RSRC2:TRAP_HANDLER: 0
; COMPUTE_PGM_RSRC2:TGID_X_EN: 1
; COMPUTE_PGM_RSRC2:TGID_Y_EN: 0
; COMPUTE_PGM_RSRC2:TGID_Z_EN: 0
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
    .sgpr_count:     18
    .sgpr_spill_count: 0
    .symbol:         fp32_math.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     36
    .vgpr_spill_count: 0
    .wavefront_size: 32
    .workgroup_processor_mode: 1
amdhsa.target:   amdgpu11.00-amd-amdhsa-unknown-gfx1100
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

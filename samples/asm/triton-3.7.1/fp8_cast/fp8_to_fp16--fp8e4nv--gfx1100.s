	.amdgcn_target "amdgcn-amd-amdhsa--gfx1100"
	.amdhsa_code_object_version 5
	.text
	.globl	fp8_to_fp16                     ; -- Begin function fp8_to_fp16
	.p2align	8
	.type	fp8_to_fp16,@function
fp8_to_fp16:                            ; @fp8_to_fp16
.Lfunc_begin0:
	.file	1 "fp8_cast.py"
	.loc	1 19 0                          ; fp8_cast.py:19:0
	.cfi_sections .debug_frame
	.cfi_startproc
; %bb.0:
	s_clause 0x1
	s_load_b32 s4, s[0:1], 0x10
	s_load_b128 s[0:3], s[0:1], 0x0
.Ltmp0:
	.loc	1 21 30 prologue_end            ; fp8_cast.py:21:30
	s_lshl_b32 s5, s15, 10
	s_mov_b32 s7, 0x31027000
	.loc	1 21 38 is_stmt 0               ; fp8_cast.py:21:38
	v_lshl_or_b32 v4, v0, 3, s5
	s_mov_b32 s6, 0x7ffffffe
	.loc	1 22 18 is_stmt 1               ; fp8_cast.py:22:18
	s_waitcnt lgkmcnt(0)
	s_delay_alu instid0(VALU_DEP_1)
	v_cmp_gt_i32_e32 vcc_lo, s4, v4
	.loc	1 23 16                         ; fp8_cast.py:23:16
	s_and_b32 s5, s1, 0xffff
	s_mov_b32 s4, s0
	v_cndmask_b32_e32 v0, 0x80000000, v4, vcc_lo
	.loc	1 24 27                         ; fp8_cast.py:24:27
	v_lshlrev_b32_e32 v4, 1, v4
	.loc	1 23 16                         ; fp8_cast.py:23:16
	buffer_load_b64 v[0:1], v0, s[4:7], 0 offen
	.loc	1 24 27                         ; fp8_cast.py:24:27
	v_cndmask_b32_e32 v4, 0x80000000, v4, vcc_lo
	s_and_b32 s5, s3, 0xffff
	s_mov_b32 s4, s2
	.loc	1 24 32 is_stmt 0               ; fp8_cast.py:24:32
	s_waitcnt vmcnt(0)
	v_lshlrev_b16 v10, 7, v0
	.loc	1 23 16 is_stmt 1               ; fp8_cast.py:23:16
	v_lshrrev_b32_e32 v5, 8, v0
	v_lshrrev_b32_e32 v6, 16, v0
	v_lshrrev_b64 v[2:3], 24, v[0:1]
	.loc	1 24 32                         ; fp8_cast.py:24:32
	v_lshlrev_b16 v9, 8, v0
	v_and_b32_e32 v0, 0x7f, v0
	v_lshlrev_b16 v12, 7, v1
	v_and_b32_e32 v10, 0x3f80, v10
	.loc	1 23 16                         ; fp8_cast.py:23:16
	v_lshrrev_b32_e32 v3, 8, v1
	v_lshrrev_b32_e32 v7, 16, v1
	v_lshrrev_b32_e32 v8, 24, v1
	.loc	1 24 32                         ; fp8_cast.py:24:32
	v_lshlrev_b16 v11, 8, v1
	v_and_b32_e32 v1, 0x7f, v1
	v_lshlrev_b16 v16, 7, v6
	v_and_b32_e32 v12, 0x3f80, v12
	v_add_nc_u16 v10, 0x2000, v10
	v_cmp_ne_u16_e64 s0, 0x7f, v0
	v_lshlrev_b16 v14, 7, v5
	v_lshlrev_b16 v15, 8, v6
	v_and_b32_e32 v6, 0x7f, v6
	v_and_b32_e32 v16, 0x3f80, v16
	v_add_nc_u16 v12, 0x2000, v12
	v_cndmask_b32_e64 v10, 0x7e00, v10, s0
	v_cmp_ne_u16_e64 s0, 0x7f, v1
	v_lshlrev_b16 v13, 8, v5
	v_and_b32_e32 v5, 0x7f, v5
	v_and_b32_e32 v14, 0x3f80, v14
	v_add_nc_u16 v16, 0x2000, v16
	v_cndmask_b32_e64 v12, 0x7e00, v12, s0
	v_cmp_ne_u16_e64 s0, 0x7f, v6
	v_lshlrev_b16 v22, 7, v8
	v_add_nc_u16 v14, 0x2000, v14
	v_lshlrev_b16 v20, 7, v7
	v_lshlrev_b16 v21, 8, v8
	v_cndmask_b32_e64 v16, 0x7e00, v16, s0
	v_cmp_ne_u16_e64 s0, 0x7f, v5
	v_and_b32_e32 v8, 0x7f, v8
	v_and_b32_e32 v22, 0x3f80, v22
	v_lshlrev_b16 v18, 7, v3
	v_lshlrev_b16 v19, 8, v7
	v_cndmask_b32_e64 v14, 0x7e00, v14, s0
	v_cmp_ne_u16_e64 s0, 0, v0
	v_and_b32_e32 v7, 0x7f, v7
	v_and_b32_e32 v20, 0x3f80, v20
	v_add_nc_u16 v22, 0x2000, v22
	v_lshlrev_b16 v17, 8, v3
	v_cndmask_b32_e64 v10, 0, v10, s0
	v_cmp_ne_u16_e64 s0, 0x7f, v8
	v_and_b32_e32 v3, 0x7f, v3
	v_and_b32_e32 v18, 0x3f80, v18
	v_add_nc_u16 v20, 0x2000, v20
	v_lshlrev_b16 v24, 7, v2
	v_cndmask_b32_e64 v22, 0x7e00, v22, s0
	v_cmp_ne_u16_e64 s0, 0x7f, v7
	v_add_nc_u16 v18, 0x2000, v18
	v_lshlrev_b16 v23, 8, v2
	v_and_b32_e32 v2, 0x7f, v2
	v_and_b32_e32 v24, 0x3f80, v24
	v_cndmask_b32_e64 v20, 0x7e00, v20, s0
	v_cmp_ne_u16_e64 s0, 0x7f, v3
	.loc	1 24 27 is_stmt 0               ; fp8_cast.py:24:27
	v_and_b32_e32 v9, 0xffff8000, v9
	v_and_b32_e32 v11, 0xffff8000, v11
	.loc	1 24 32                         ; fp8_cast.py:24:32
	v_add_nc_u16 v24, 0x2000, v24
	.loc	1 24 27                         ; fp8_cast.py:24:27
	v_and_b32_e32 v13, 0xffff8000, v13
	.loc	1 24 32                         ; fp8_cast.py:24:32
	v_cndmask_b32_e64 v18, 0x7e00, v18, s0
	v_cmp_ne_u16_e64 s0, 0, v1
	.loc	1 24 27                         ; fp8_cast.py:24:27
	v_and_b32_e32 v15, 0xffff8000, v15
	v_and_b32_e32 v17, 0xffff8000, v17
	v_and_b32_e32 v21, 0xffff8000, v21
	v_and_b32_e32 v19, 0xffff8000, v19
	.loc	1 24 32                         ; fp8_cast.py:24:32
	v_cndmask_b32_e64 v12, 0, v12, s0
	v_cmp_ne_u16_e64 s0, 0x7f, v2
	.loc	1 24 27                         ; fp8_cast.py:24:27
	v_and_b32_e32 v23, 0xffff8000, v23
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 24 32                         ; fp8_cast.py:24:32
	v_cndmask_b32_e64 v24, 0x7e00, v24, s0
	v_cmp_ne_u16_e64 s0, 0, v6
	v_cndmask_b32_e64 v16, 0, v16, s0
	v_cmp_ne_u16_e64 s0, 0, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v14, 0, v14, s0
	v_cmp_ne_u16_e64 s0, 1, v0
	v_cndmask_b32_e64 v10, 0x1800, v10, s0
	v_cmp_ne_u16_e64 s0, 0, v8
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v22, 0, v22, s0
	v_cmp_ne_u16_e64 s0, 0, v7
	v_cndmask_b32_e64 v20, 0, v20, s0
	v_cmp_ne_u16_e64 s0, 0, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v18, 0, v18, s0
	v_cmp_ne_u16_e64 s0, 1, v1
	v_cndmask_b32_e64 v12, 0x1800, v12, s0
	v_cmp_ne_u16_e64 s0, 0, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v24, 0, v24, s0
	v_cmp_ne_u16_e64 s0, 1, v6
	v_cndmask_b32_e64 v16, 0x1800, v16, s0
	v_cmp_ne_u16_e64 s0, 1, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v14, 0x1800, v14, s0
	v_cmp_ne_u16_e64 s0, 2, v0
	v_cndmask_b32_e64 v10, 0x1c00, v10, s0
	v_cmp_ne_u16_e64 s0, 1, v8
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v22, 0x1800, v22, s0
	v_cmp_ne_u16_e64 s0, 1, v7
	v_cndmask_b32_e64 v20, 0x1800, v20, s0
	v_cmp_ne_u16_e64 s0, 1, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v18, 0x1800, v18, s0
	v_cmp_ne_u16_e64 s0, 2, v1
	v_cndmask_b32_e64 v12, 0x1c00, v12, s0
	v_cmp_ne_u16_e64 s0, 1, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v24, 0x1800, v24, s0
	v_cmp_ne_u16_e64 s0, 2, v6
	v_cndmask_b32_e64 v16, 0x1c00, v16, s0
	v_cmp_ne_u16_e64 s0, 2, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v14, 0x1c00, v14, s0
	v_cmp_ne_u16_e64 s0, 3, v0
	v_cndmask_b32_e64 v10, 0x1e00, v10, s0
	v_cmp_ne_u16_e64 s0, 2, v8
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v22, 0x1c00, v22, s0
	v_cmp_ne_u16_e64 s0, 2, v7
	v_cndmask_b32_e64 v20, 0x1c00, v20, s0
	v_cmp_ne_u16_e64 s0, 2, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v18, 0x1c00, v18, s0
	v_cmp_ne_u16_e64 s0, 3, v1
	v_cndmask_b32_e64 v12, 0x1e00, v12, s0
	v_cmp_ne_u16_e64 s0, 2, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v24, 0x1c00, v24, s0
	v_cmp_ne_u16_e64 s0, 3, v6
	v_cndmask_b32_e64 v16, 0x1e00, v16, s0
	v_cmp_ne_u16_e64 s0, 3, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v14, 0x1e00, v14, s0
	v_cmp_ne_u16_e64 s0, 4, v0
	v_cndmask_b32_e64 v10, 0x2000, v10, s0
	v_cmp_ne_u16_e64 s0, 3, v8
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v22, 0x1e00, v22, s0
	v_cmp_ne_u16_e64 s0, 3, v7
	v_cndmask_b32_e64 v20, 0x1e00, v20, s0
	v_cmp_ne_u16_e64 s0, 3, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v18, 0x1e00, v18, s0
	v_cmp_ne_u16_e64 s0, 4, v1
	v_cndmask_b32_e64 v12, 0x2000, v12, s0
	v_cmp_ne_u16_e64 s0, 3, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v24, 0x1e00, v24, s0
	v_cmp_ne_u16_e64 s0, 4, v6
	v_cndmask_b32_e64 v16, 0x2000, v16, s0
	v_cmp_ne_u16_e64 s0, 4, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v14, 0x2000, v14, s0
	v_cmp_ne_u16_e64 s0, 5, v0
	v_cndmask_b32_e64 v10, 0x2100, v10, s0
	v_cmp_ne_u16_e64 s0, 4, v8
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v22, 0x2000, v22, s0
	v_cmp_ne_u16_e64 s0, 4, v7
	v_cndmask_b32_e64 v20, 0x2000, v20, s0
	v_cmp_ne_u16_e64 s0, 4, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v18, 0x2000, v18, s0
	v_cmp_ne_u16_e64 s0, 5, v1
	v_cndmask_b32_e64 v12, 0x2100, v12, s0
	v_cmp_ne_u16_e64 s0, 4, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v24, 0x2000, v24, s0
	v_cmp_ne_u16_e64 s0, 5, v6
	v_cndmask_b32_e64 v16, 0x2100, v16, s0
	v_cmp_ne_u16_e64 s0, 5, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v14, 0x2100, v14, s0
	v_cmp_ne_u16_e64 s0, 6, v0
	v_cndmask_b32_e64 v10, 0x2200, v10, s0
	v_cmp_ne_u16_e64 s0, 5, v8
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v22, 0x2100, v22, s0
	v_cmp_ne_u16_e64 s0, 5, v7
	v_cndmask_b32_e64 v20, 0x2100, v20, s0
	v_cmp_ne_u16_e64 s0, 5, v3
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v18, 0x2100, v18, s0
	v_cmp_ne_u16_e64 s0, 6, v1
	v_cndmask_b32_e64 v12, 0x2200, v12, s0
	v_cmp_ne_u16_e64 s0, 5, v2
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v24, 0x2100, v24, s0
	v_cmp_ne_u16_e64 s0, 6, v6
	v_cndmask_b32_e64 v16, 0x2200, v16, s0
	v_cmp_ne_u16_e64 s0, 6, v5
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v14, 0x2200, v14, s0
	v_cmp_ne_u16_e64 s0, 7, v0
	v_cndmask_b32_e64 v0, 0x2300, v10, s0
	v_cmp_ne_u16_e64 s0, 6, v8
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 24 27                         ; fp8_cast.py:24:27
	v_or_b32_e32 v0, v0, v9
	.loc	1 24 32                         ; fp8_cast.py:24:32
	v_cndmask_b32_e64 v10, 0x2200, v22, s0
	v_cmp_ne_u16_e64 s0, 6, v7
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cndmask_b32_e64 v20, 0x2200, v20, s0
	v_cmp_ne_u16_e64 s0, 6, v3
	v_cndmask_b32_e64 v18, 0x2200, v18, s0
	v_cmp_ne_u16_e64 s0, 7, v1
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_cndmask_b32_e64 v1, 0x2300, v12, s0
	v_cmp_ne_u16_e64 s0, 6, v2
	.loc	1 24 27                         ; fp8_cast.py:24:27
	v_or_b32_e32 v1, v1, v11
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	.loc	1 24 32                         ; fp8_cast.py:24:32
	v_cndmask_b32_e64 v12, 0x2200, v24, s0
	v_cmp_ne_u16_e64 s0, 7, v6
	v_cndmask_b32_e64 v6, 0x2300, v16, s0
	v_cmp_ne_u16_e64 s0, 7, v5
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 24 27                         ; fp8_cast.py:24:27
	v_or_b32_e32 v6, v6, v15
	.loc	1 24 32                         ; fp8_cast.py:24:32
	v_cndmask_b32_e64 v5, 0x2300, v14, s0
	v_cmp_ne_u16_e64 s0, 7, v8
	s_delay_alu instid0(VALU_DEP_2) | instskip(NEXT) | instid1(VALU_DEP_2)
	.loc	1 24 27                         ; fp8_cast.py:24:27
	v_or_b32_e32 v5, v5, v13
	.loc	1 24 32                         ; fp8_cast.py:24:32
	v_cndmask_b32_e64 v8, 0x2300, v10, s0
	v_cmp_ne_u16_e64 s0, 7, v7
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	.loc	1 24 27                         ; fp8_cast.py:24:27
	v_perm_b32 v0, v5, v0, 0x5040100
	v_or_b32_e32 v8, v8, v21
	s_delay_alu instid0(VALU_DEP_3) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 24 32                         ; fp8_cast.py:24:32
	v_cndmask_b32_e64 v7, 0x2300, v20, s0
	v_cmp_ne_u16_e64 s0, 7, v3
	.loc	1 24 27                         ; fp8_cast.py:24:27
	v_or_b32_e32 v7, v7, v19
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 24 32                         ; fp8_cast.py:24:32
	v_cndmask_b32_e64 v3, 0x2300, v18, s0
	v_cmp_ne_u16_e64 s0, 7, v2
	.loc	1 24 27                         ; fp8_cast.py:24:27
	v_or_b32_e32 v9, v3, v17
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	.loc	1 24 32                         ; fp8_cast.py:24:32
	v_cndmask_b32_e64 v2, 0x2300, v12, s0
	.loc	1 24 27                         ; fp8_cast.py:24:27
	v_perm_b32 v3, v8, v7, 0x5040100
	v_or_b32_e32 v10, v2, v23
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_perm_b32 v2, v9, v1, 0x5040100
	v_perm_b32 v1, v10, v6, 0x5040100
	buffer_store_b128 v[0:3], v4, s[4:7], 0 offen
	.loc	1 24 4                          ; fp8_cast.py:24:4
	s_endpgm
.Ltmp1:
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel fp8_to_fp16
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 40
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
		.amdhsa_next_free_vgpr 25
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
		.amdhsa_inst_pref_size 18
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
	.size	fp8_to_fp16, .Lfunc_end0-fp8_to_fp16
	.cfi_endproc
                                        ; -- End function
	.set fp8_to_fp16.num_vgpr, 25
	.set fp8_to_fp16.num_agpr, 0
	.set fp8_to_fp16.numbered_sgpr, 16
	.set fp8_to_fp16.num_named_barrier, 0
	.set fp8_to_fp16.private_seg_size, 0
	.set fp8_to_fp16.uses_vcc, 1
	.set fp8_to_fp16.uses_flat_scratch, 0
	.set fp8_to_fp16.has_dyn_sized_stack, 0
	.set fp8_to_fp16.has_recursion, 0
	.set fp8_to_fp16.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 2240
; TotalNumSgprs: 18
; NumVgprs: 25
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 3
; NumSGPRsForWavesPerEU: 18
; NumVGPRsForWavesPerEU: 25
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
	.byte	1                               ; Abbrev [1] 0xb:0x1b DW_TAG_compile_unit
	.long	.Linfo_string0                  ; DW_AT_producer
	.short	2                               ; DW_AT_language
	.long	.Linfo_string1                  ; DW_AT_name
	.long	.Lline_table_start0             ; DW_AT_stmt_list
	.quad	.Lfunc_begin0                   ; DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       ; DW_AT_high_pc
.Ldebug_info_end0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"triton"                        ; string offset=0
.Linfo_string1:
	.asciz	"fp8_cast.py"                   ; string offset=7
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
      - .offset:         16
        .size:           4
        .value_kind:     by_value
      - .address_space:  global
        .offset:         24
        .size:           8
        .value_kind:     global_buffer
      - .address_space:  global
        .offset:         32
        .size:           8
        .value_kind:     global_buffer
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 40
    .max_flat_workgroup_size: 128
    .name:           fp8_to_fp16
    .private_segment_fixed_size: 0
    .sgpr_count:     18
    .sgpr_spill_count: 0
    .symbol:         fp8_to_fp16.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     25
    .vgpr_spill_count: 0
    .wavefront_size: 32
    .workgroup_processor_mode: 1
amdhsa.target:   amdgcn-amd-amdhsa--gfx1100
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata
	.section	.debug_line,"",@progbits
.Lline_table_start0:

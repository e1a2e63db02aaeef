	.amdgcn_target "amdgpu12.50-amd-amdhsa-unknown-gfx1250"
	.amdhsa_code_object_version 5
	.text
	.globl	gemm_scaled                     ; -- Begin function gemm_scaled
	.p2align	8
	.type	gemm_scaled,@function
gemm_scaled:                            ; @gemm_scaled
.Lfunc_begin0:
	.file	1 "samples/corpus" "kernels.py"
	.loc	1 204 0                         ; kernels.py:204:0
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
.Ltmp0:
	.loc	1 214 23 prologue_end           ; kernels.py:214:23
	v_mov_b32_e32 v1, 0
	.loc	1 215 15                        ; kernels.py:215:15
	s_bfe_u32 s2, ttmp8, 0x50019
	s_load_b256 s[4:11], s[0:1], 0x0 nv
	.loc	1 211 25                        ; kernels.py:211:25
	v_and_b32_e32 v48, 31, v0
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_4) | instid1(VALU_DEP_4)
	.loc	1 214 23                        ; kernels.py:214:23
	v_dual_mov_b32 v35, v1 :: v_dual_bitop2_b32 v34, 3, v0 bitop3:0x40
	.loc	1 211 25                        ; kernels.py:211:25
	v_and_b32_e32 v40, 15, v0
	.loc	1 212 9                         ; kernels.py:212:9
	v_dual_lshlrev_b32 v37, 5, v0 :: v_dual_bitop2_b32 v36, 7, v0 bitop3:0x40
	v_dual_lshlrev_b32 v38, 1, v0 :: v_dual_bitop2_b32 v39, 8, v0 bitop3:0x40
	.loc	1 214 15                        ; kernels.py:214:15
	v_and_b32_e32 v41, 28, v0
	.loc	1 211 9                         ; kernels.py:211:9
	v_lshlrev_b32_e32 v46, 7, v40
	s_delay_alu instid0(VALU_DEP_4)
	v_lshlrev_b32_e32 v42, 4, v36
	.loc	1 212 9                         ; kernels.py:212:9
	v_and_b32_e32 v47, 0x260, v37
	v_dual_lshlrev_b32 v38, 4, v39 :: v_dual_bitop2_b32 v37, 8, v38 bitop3:0x40
	.loc	1 214 15                        ; kernels.py:214:15
	v_lshl_add_u32 v49, v34, 5, 0
	v_dual_lshlrev_b32 v50, 2, v36 :: v_dual_lshrrev_b32 v36, 2, v39
	.loc	1 211 9                         ; kernels.py:211:9
	v_bitop3_b32 v51, v42, v0, 16 bitop3:0x78
	s_delay_alu instid0(VALU_DEP_4)
	.loc	1 212 9                         ; kernels.py:212:9
	v_add3_u32 v52, 0, v37, v38
	.loc	1 211 25                        ; kernels.py:211:25
	s_lshl_b32 s3, s2, 5
	.loc	1 215 15                        ; kernels.py:215:15
	s_wait_xcnt 0x0
	s_load_b64 s[0:1], s[0:1], 0x20 nv
	.loc	1 211 25                        ; kernels.py:211:25
	v_bitop3_b32 v0, v48, 0x7c, s3 bitop3:0xc8
	.loc	1 211 55 is_stmt 0              ; kernels.py:211:55
	v_bitop3_b32 v53, v48, 0x7f, s3 bitop3:0xc8
	.loc	1 214 15 is_stmt 1              ; kernels.py:214:15
	v_add_nc_u32_e32 v54, 0, v36
	.loc	1 211 25                        ; kernels.py:211:25
	v_or_b32_e32 v55, s3, v48
	.loc	1 214 23                        ; kernels.py:214:23
	s_wait_kmcnt 0x0
	v_add_nc_u64_e32 v[36:37], s[6:7], v[0:1]
	.loc	1 215 23                        ; kernels.py:215:23
	v_add_nc_u64_e32 v[38:39], s[10:11], v[0:1]
	.loc	1 211 9                         ; kernels.py:211:9
	v_add_nc_u32_e32 v18, 0, v53
	v_xad_u32 v2, v53, 16, 0
	s_delay_alu instid0(VALU_DEP_4) | instskip(NEXT) | instid1(VALU_DEP_4)
	.loc	1 214 23                        ; kernels.py:214:23
	v_add_nc_u64_e32 v[42:43], v[36:37], v[34:35]
	.loc	1 215 23                        ; kernels.py:215:23
	v_add_nc_u64_e32 v[44:45], v[38:39], v[34:35]
	.loc	1 211 9                         ; kernels.py:211:9
	v_xad_u32 v3, v53, 32, 0
	v_xad_u32 v4, v53, 48, 0
	s_wait_alu depctr_va_vdst(10)
	s_clause 0x1f
	global_load_u8 v5, v53, s[4:5]
	global_load_u8 v6, v53, s[4:5] offset:1024
	global_load_u8 v7, v53, s[4:5] offset:2048
	global_load_u8 v8, v53, s[4:5] offset:3072
	global_load_u8 v9, v53, s[4:5] offset:128
	global_load_u8 v10, v53, s[4:5] offset:1152
	global_load_u8 v11, v53, s[4:5] offset:2176
	global_load_u8 v12, v53, s[4:5] offset:3200
	global_load_u8 v13, v53, s[4:5] offset:256
	global_load_u8 v14, v53, s[4:5] offset:1280
	global_load_u8 v15, v53, s[4:5] offset:2304
	global_load_u8 v16, v53, s[4:5] offset:3328
	global_load_u8 v17, v53, s[4:5] offset:384
	global_load_u8 v19, v53, s[4:5] offset:1408
	global_load_u8 v20, v53, s[4:5] offset:2432
	global_load_u8 v21, v53, s[4:5] offset:3456
	global_load_u8 v22, v53, s[4:5] offset:512
	global_load_u8 v23, v53, s[4:5] offset:640
	global_load_u8 v24, v53, s[4:5] offset:768
	global_load_u8 v25, v53, s[4:5] offset:896
	global_load_u8 v26, v53, s[4:5] offset:1536
	global_load_u8 v27, v53, s[4:5] offset:1664
	global_load_u8 v28, v53, s[4:5] offset:1792
	global_load_u8 v29, v53, s[4:5] offset:1920
	global_load_u8 v30, v53, s[4:5] offset:2560
	global_load_u8 v31, v53, s[4:5] offset:2688
	global_load_u8 v32, v53, s[4:5] offset:2816
	global_load_u8 v33, v53, s[4:5] offset:2944
	global_load_u8 v56, v53, s[4:5] offset:3584
	global_load_u8 v57, v53, s[4:5] offset:3712
	global_load_u8 v58, v53, s[4:5] offset:3840
	global_load_u8 v59, v53, s[4:5] offset:3968
	.loc	1 214 15                        ; kernels.py:214:15
	s_wait_alu depctr_va_vdst(3)
	global_load_u8 v36, v[42:43], off
	.loc	1 215 15                        ; kernels.py:215:15
	s_wait_alu depctr_va_vdst(2)
	global_load_u8 v37, v[44:45], off
	.loc	1 211 9                         ; kernels.py:211:9
	v_xad_u32 v38, v53, 64, 0
	v_xad_u32 v39, 0x50, v53, 0
	s_wait_xcnt 0x1
	s_wait_alu depctr_vm_vsrc(1)
	v_xad_u32 v42, 0x60, v53, 0
	.loc	1 214 15                        ; kernels.py:214:15
	s_bfe_u32 s4, s2, 0x10001
	.loc	1 211 9                         ; kernels.py:211:9
	v_xad_u32 v43, 0x70, v53, 0
	.loc	1 215 15                        ; kernels.py:215:15
	s_and_b32 s5, s2, 1
	.loc	1 214 15                        ; kernels.py:214:15
	s_wait_xcnt 0x0
	s_wait_alu depctr_vm_vsrc(0)
	v_add3_u32 v44, v54, s4, v50
	.loc	1 215 15                        ; kernels.py:215:15
	v_add3_u32 v45, v54, s5, v50
	.loc	1 217 14                        ; kernels.py:217:14
	v_lshlrev_b32_e32 v50, 1, v55
	.loc	1 211 25                        ; kernels.py:211:25
	s_and_b32 s4, s3, 64
	.loc	1 212 9                         ; kernels.py:212:9
	s_and_b32 s5, s3, 32
	.loc	1 211 25                        ; kernels.py:211:25
	s_lshr_b32 s6, s4, 2
	.loc	1 211 9 is_stmt 0               ; kernels.py:211:9
	s_lshl_b32 s4, s4, 5
	.loc	1 212 9 is_stmt 1               ; kernels.py:212:9
	s_lshr_b32 s5, s5, 1
	.loc	1 211 25                        ; kernels.py:211:25
	v_or_b32_e32 v0, s6, v40
	.loc	1 211 9 is_stmt 0               ; kernels.py:211:9
	v_or3_b32 v34, s4, v46, v51
	.loc	1 212 9 is_stmt 1               ; kernels.py:212:9
	v_add3_u32 v40, v52, s5, v47
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_4)
	.loc	1 217 14                        ; kernels.py:217:14
	v_dual_lshlrev_b32 v0, 7, v0 :: v_dual_add_nc_u32 v51, 0, v34
	.loc	1 211 9                         ; kernels.py:211:9
	v_xad_u32 v52, v34, 32, 0
	v_xad_u32 v53, v34, 64, 0
	v_xad_u32 v54, 0x60, v34, 0
	.loc	1 217 14                        ; kernels.py:217:14
	v_add_nc_u64_e32 v[34:35], s[0:1], v[0:1]
	v_and_b32_e32 v0, 0x60, v50
	s_delay_alu instid0(VALU_DEP_1)
	v_add_nc_u64_e32 v[46:47], v[34:35], v[0:1]
	.loc	1 214 15                        ; kernels.py:214:15
	s_brev_b32 s0, s2
	.loc	1 212 17                        ; kernels.py:212:17
	s_mov_b32 s1, 0
	.loc	1 214 15                        ; kernels.py:214:15
	s_lshr_b32 s2, s0, 30
	.loc	1 212 25                        ; kernels.py:212:25
	s_and_b32 s0, s3, 0x60
	.loc	1 214 15                        ; kernels.py:214:15
	v_add3_u32 v1, v49, v41, s2
	.loc	1 212 17                        ; kernels.py:212:17
	s_add_nc_u64 s[0:1], s[8:9], s[0:1]
	.loc	1 212 9 is_stmt 0               ; kernels.py:212:9
	s_wait_alu depctr_va_vdst(1)
	s_clause 0x2
	global_load_u8 v0, v48, s[0:1]
	global_load_u8 v34, v48, s[0:1] offset:128
	global_load_u8 v35, v48, s[0:1] offset:256
	s_wait_alu depctr_va_vdst(0)
	s_clause 0x1c
	global_load_u8 v41, v48, s[0:1] offset:384
	global_load_u8 v49, v48, s[0:1] offset:512
	global_load_u8 v50, v48, s[0:1] offset:640
	global_load_u8 v55, v48, s[0:1] offset:768
	global_load_u8 v60, v48, s[0:1] offset:896
	global_load_u8 v61, v48, s[0:1] offset:1024
	global_load_u8 v62, v48, s[0:1] offset:1152
	global_load_u8 v63, v48, s[0:1] offset:1280
	global_load_u8 v64, v48, s[0:1] offset:1408
	global_load_u8 v65, v48, s[0:1] offset:1536
	global_load_u8 v66, v48, s[0:1] offset:1664
	global_load_u8 v67, v48, s[0:1] offset:1792
	global_load_u8 v68, v48, s[0:1] offset:1920
	global_load_u8 v69, v48, s[0:1] offset:2048
	global_load_u8 v70, v48, s[0:1] offset:2176
	global_load_u8 v71, v48, s[0:1] offset:2304
	global_load_u8 v72, v48, s[0:1] offset:2432
	global_load_u8 v73, v48, s[0:1] offset:2560
	global_load_u8 v74, v48, s[0:1] offset:2688
	global_load_u8 v75, v48, s[0:1] offset:2816
	global_load_u8 v76, v48, s[0:1] offset:2944
	global_load_u8 v77, v48, s[0:1] offset:3072
	global_load_u8 v78, v48, s[0:1] offset:3200
	global_load_u8 v79, v48, s[0:1] offset:3328
	global_load_u8 v80, v48, s[0:1] offset:3456
	global_load_u8 v81, v48, s[0:1] offset:3584
	global_load_u8 v82, v48, s[0:1] offset:3712
	global_load_u8 v83, v48, s[0:1] offset:3840
	global_load_u8 v84, v48, s[0:1] offset:3968
	.loc	1 211 9 is_stmt 1               ; kernels.py:211:9
	s_wait_loadcnt 0x3e
	ds_store_b8 v18, v5
	ds_store_b8 v18, v6 offset:1024
	ds_store_b8 v18, v7 offset:2048
	ds_store_b8 v18, v8 offset:3072
	s_wait_loadcnt 0x3d
	ds_store_b8 v2, v9 offset:128
	s_wait_loadcnt 0x3c
	ds_store_b8 v2, v10 offset:1152
	s_wait_loadcnt 0x3b
	ds_store_b8 v2, v11 offset:2176
	s_wait_loadcnt 0x3a
	ds_store_b8 v2, v12 offset:3200
	s_wait_loadcnt 0x39
	ds_store_b8 v3, v13 offset:256
	s_wait_loadcnt 0x38
	ds_store_b8 v3, v14 offset:1280
	s_wait_loadcnt 0x37
	ds_store_b8 v3, v15 offset:2304
	s_wait_loadcnt 0x36
	ds_store_b8 v3, v16 offset:3328
	s_wait_loadcnt 0x35
	ds_store_b8 v4, v17 offset:384
	s_wait_loadcnt 0x34
	ds_store_b8 v4, v19 offset:1408
	s_wait_loadcnt 0x33
	ds_store_b8 v4, v20 offset:2432
	s_wait_loadcnt 0x32
	ds_store_b8 v4, v21 offset:3456
	s_wait_loadcnt 0x31
	ds_store_b8 v38, v22 offset:512
	s_wait_loadcnt 0x2d
	ds_store_b8 v38, v26 offset:1536
	s_wait_loadcnt 0x29
	ds_store_b8 v38, v30 offset:2560
	s_wait_loadcnt 0x25
	ds_store_b8 v38, v56 offset:3584
	ds_store_b8 v39, v23 offset:640
	ds_store_b8 v39, v27 offset:1664
	ds_store_b8 v39, v31 offset:2688
	s_wait_loadcnt 0x24
	ds_store_b8 v39, v57 offset:3712
	ds_store_b8 v42, v24 offset:768
	ds_store_b8 v42, v28 offset:1792
	ds_store_b8 v42, v32 offset:2816
	s_wait_loadcnt 0x23
	ds_store_b8 v42, v58 offset:3840
	ds_store_b8 v43, v25 offset:896
	ds_store_b8 v43, v29 offset:1920
	ds_store_b8 v43, v33 offset:2944
	s_wait_loadcnt 0x22
	ds_store_b8 v43, v59 offset:3968
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	s_wait_alu depctr_vm_vsrc(0)
	ds_load_b128 v[2:5], v51
	ds_load_b128 v[6:9], v52
	ds_load_b128 v[10:13], v53
	ds_load_b128 v[14:17], v54
	.loc	1 212 9                         ; kernels.py:212:9
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	s_wait_loadcnt 0x1f
	ds_store_b8 v18, v0
	s_wait_loadcnt 0x1e
	ds_store_b8 v18, v34 offset:128
	s_wait_loadcnt 0x1d
	ds_store_b8 v18, v35 offset:256
	s_wait_loadcnt 0x1c
	ds_store_b8 v18, v41 offset:384
	s_wait_loadcnt 0x1b
	ds_store_b8 v18, v49 offset:512
	s_wait_loadcnt 0x1a
	ds_store_b8 v18, v50 offset:640
	s_wait_loadcnt 0x19
	ds_store_b8 v18, v55 offset:768
	s_wait_loadcnt 0x18
	ds_store_b8 v18, v60 offset:896
	s_wait_loadcnt 0x17
	ds_store_b8 v18, v61 offset:1024
	s_wait_loadcnt 0x16
	ds_store_b8 v18, v62 offset:1152
	s_wait_loadcnt 0x15
	ds_store_b8 v18, v63 offset:1280
	s_wait_loadcnt 0x14
	ds_store_b8 v18, v64 offset:1408
	s_wait_loadcnt 0x13
	ds_store_b8 v18, v65 offset:1536
	s_wait_loadcnt 0x12
	ds_store_b8 v18, v66 offset:1664
	s_wait_loadcnt 0x11
	ds_store_b8 v18, v67 offset:1792
	s_wait_loadcnt 0x10
	ds_store_b8 v18, v68 offset:1920
	s_wait_loadcnt 0xf
	ds_store_b8 v18, v69 offset:2048
	s_wait_loadcnt 0xe
	ds_store_b8 v18, v70 offset:2176
	s_wait_loadcnt 0xd
	ds_store_b8 v18, v71 offset:2304
	s_wait_loadcnt 0xc
	ds_store_b8 v18, v72 offset:2432
	s_wait_loadcnt 0xb
	ds_store_b8 v18, v73 offset:2560
	s_wait_loadcnt 0xa
	ds_store_b8 v18, v74 offset:2688
	s_wait_loadcnt 0x9
	ds_store_b8 v18, v75 offset:2816
	s_wait_loadcnt 0x8
	ds_store_b8 v18, v76 offset:2944
	s_wait_loadcnt 0x7
	ds_store_b8 v18, v77 offset:3072
	s_wait_loadcnt 0x6
	ds_store_b8 v18, v78 offset:3200
	s_wait_loadcnt 0x5
	ds_store_b8 v18, v79 offset:3328
	s_wait_loadcnt 0x4
	ds_store_b8 v18, v80 offset:3456
	s_wait_loadcnt 0x3
	ds_store_b8 v18, v81 offset:3584
	s_wait_loadcnt 0x2
	ds_store_b8 v18, v82 offset:3712
	s_wait_loadcnt 0x1
	ds_store_b8 v18, v83 offset:3840
	s_wait_loadcnt 0x0
	ds_store_b8 v18, v84 offset:3968
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	ds_load_tr8_b64 v[18:19], v40
	ds_load_tr8_b64 v[20:21], v40 offset:256
	ds_load_tr8_b64 v[22:23], v40 offset:1024
	ds_load_tr8_b64 v[24:25], v40 offset:1280
	ds_load_tr8_b64 v[26:27], v40 offset:2048
	ds_load_tr8_b64 v[28:29], v40 offset:2304
	ds_load_tr8_b64 v[30:31], v40 offset:3072
	ds_load_tr8_b64 v[32:33], v40 offset:3328
	.loc	1 214 15                        ; kernels.py:214:15
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	ds_store_b8 v1, v36
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	.loc	1 216 9                         ; kernels.py:216:9
	ds_load_u8 v0, v44 offset:96
	s_wait_alu depctr_vm_vsrc(6)
	ds_load_u8 v34, v44 offset:64
	ds_load_u8 v35, v44
	s_wait_alu depctr_vm_vsrc(3)
	ds_load_u8 v36, v44 offset:32
	s_wait_dscnt 0x2
	v_perm_b32 v0, v34, v0, 0xc0c0004
	.loc	1 215 15                        ; kernels.py:215:15
	s_wait_dscnt 0x0
	s_barrier_signal -1
	.loc	1 216 9                         ; kernels.py:216:9
	v_perm_b32 v34, v35, v36, 0xc0c0004
	s_delay_alu instid0(VALU_DEP_1)
	v_lshl_or_b32 v0, v0, 16, v34
	.loc	1 215 15                        ; kernels.py:215:15
	s_barrier_wait -1
	ds_store_b8 v1, v37
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	.loc	1 216 9                         ; kernels.py:216:9
	ds_load_u8 v1, v45 offset:96
	s_wait_alu depctr_va_vdst(0)
	ds_load_u8 v34, v45 offset:64
	ds_load_u8 v35, v45
	ds_load_u8 v36, v45 offset:32
	s_wait_dscnt 0x2
	v_perm_b32 v1, v34, v1, 0xc0c0004
	s_wait_dscnt 0x0
	v_perm_b32 v34, v35, v36, 0xc0c0004
	s_wait_alu depctr_vm_vsrc(4)
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_lshl_or_b32 v1, v1, 16, v34
	v_wmma_scale_f32_16x16x128_f8f6f4 v[34:41], v[18:33], v[2:17], 0, v1, v0
	.loc	1 217 5                         ; kernels.py:217:5
	s_wait_alu depctr_va_vdst(0)
	s_clause 0x1
	global_store_b128 v[46:47], v[34:37], off
	global_store_b128 v[46:47], v[38:41], off offset:16
	.loc	1 204 1                         ; kernels.py:204:1
	s_sendmsg sendmsg(MSG_DEALLOC_VGPRS)
	s_endpgm
.Ltmp1:
.Lfunc_end0:
	.size	gemm_scaled, .Lfunc_end0-gemm_scaled
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel gemm_scaled
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 56
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
		.amdhsa_next_free_vgpr 85
		.amdhsa_next_free_sgpr 66
		.amdhsa_named_barrier_count 0
		.amdhsa_reserve_vcc 0
		.amdhsa_reserve_xnack_mask 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 1
		.amdhsa_inst_pref_size ((instprefsize(.Lfunc_end0-gemm_scaled)<<4)&4080)>>4
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
	.set .Lgemm_scaled.num_vgpr, 85
	.set .Lgemm_scaled.num_agpr, 0
	.set .Lgemm_scaled.numbered_sgpr, 66
	.set .Lgemm_scaled.num_named_barrier, 0
	.set .Lgemm_scaled.private_seg_size, 0
	.set .Lgemm_scaled.uses_vcc, 0
	.set .Lgemm_scaled.uses_flat_scratch, 0
	.set .Lgemm_scaled.has_dyn_sized_stack, 0
	.set .Lgemm_scaled.has_recursion, 0
	.set .Lgemm_scaled.has_indirect_call, 0
	.section	.AMDGPU.csdata,"",@progbits
; Kernel info:
; codeLenInByte = 2472
; TotalNumSgprs: 66
; NumVgprs: 85
; ScratchSize: 0
; MemoryBound: 0
; FloatMode: 240
; IeeeMode: 1
; LDSByteSize: 0 bytes/workgroup (compile time only)
; SGPRBlocks: 0
; VGPRBlocks: 5
; NumSGPRsForWavesPerEU: 66
; NumVGPRsForWavesPerEU: 85
; NamedBarCnt: 0
; Occupancy: 10
; WaveLimiterHint : 1
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
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 56
    .max_flat_workgroup_size: 128
    .name:           gemm_scaled
    .private_segment_fixed_size: 0
    .sgpr_count:     66
    .sgpr_spill_count: 0
    .symbol:         gemm_scaled.kd
    .uniform_work_group_size: 1
    .uses_dynamic_stack: false
    .vgpr_count:     85
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

"""A fused-MoE grouped GEMM in the shape of vLLM's ``fused_moe_kernel`` (written for isacheck).

What it models: the FP8 W8A8 path that a user ran on gfx1151 at 1 token/s. Each program computes a
BLOCK_SIZE_M x BLOCK_SIZE_N tile of the output for the tokens routed to one expert:

* ``sorted_token_ids_ptr`` lists token slots (token * top_k + k) grouped by expert and padded to a
  multiple of BLOCK_SIZE_M with the sentinel ``num_valid_tokens``; ``expert_ids_ptr`` gives the
  expert of each BLOCK_SIZE_M block (-1 = no expert, the block writes zeros);
  ``num_tokens_post_padded_ptr`` holds the padded length.
* A is the activation (tokens x K, FP8), B the stacked expert weights (E x N x K, FP8), C the output
  (token slots x N, ``compute_type``).
* FP8 scales are per block, as in DeepSeek-style 128x128 block quantisation: a_scale per
  (token, K-block of group_k), b_scale per (expert, N-block of group_n, K-block of group_k).
* ``tl.dot`` runs on the FP8 operands with an fp32 accumulator; the routing weight of each token
  (``topk_weights_ptr``) is multiplied in at the end when MUL_ROUTED_WEIGHT.

The argument names are vLLM's, so that a dump of this kernel reads like a dump of theirs; the body
is a simplification (no int8 paths, no bias), kept only as close as the assembly needs to be.
"""

import triton
import triton.language as tl


@triton.jit
def fused_moe_kernel(
    # Pointers to matrices
    a_ptr,
    b_ptr,
    c_ptr,
    a_scale_ptr,
    b_scale_ptr,
    topk_weights_ptr,
    sorted_token_ids_ptr,
    expert_ids_ptr,
    num_tokens_post_padded_ptr,
    # Matrix dimensions
    N,
    K,
    EM,
    num_valid_tokens,
    # Strides (elements, not bytes)
    stride_am,
    stride_ak,
    stride_be,
    stride_bk,
    stride_bn,
    stride_cm,
    stride_cn,
    stride_asm,
    stride_ask,
    stride_bse,
    stride_bsk,
    stride_bsn,
    # Block size of the block-wise quantisation (0 = per-tensor scales)
    group_n: tl.constexpr,
    group_k: tl.constexpr,
    # Meta-parameters
    BLOCK_SIZE_M: tl.constexpr,
    BLOCK_SIZE_N: tl.constexpr,
    BLOCK_SIZE_K: tl.constexpr,
    GROUP_SIZE_M: tl.constexpr,
    MUL_ROUTED_WEIGHT: tl.constexpr,
    top_k: tl.constexpr,
    compute_type: tl.constexpr,
    use_fp8_w8a8: tl.constexpr,
):
    # Grouped ordering of the program ids (as in Triton's matmul tutorial) so that programs running
    # together share rows of A in L2.
    pid = tl.program_id(axis=0)
    num_pid_m = tl.cdiv(EM, BLOCK_SIZE_M)
    num_pid_n = tl.cdiv(N, BLOCK_SIZE_N)
    num_pid_in_group = GROUP_SIZE_M * num_pid_n
    group_id = pid // num_pid_in_group
    first_pid_m = group_id * GROUP_SIZE_M
    group_size_m = min(num_pid_m - first_pid_m, GROUP_SIZE_M)
    pid_m = first_pid_m + ((pid % num_pid_in_group) % group_size_m)
    pid_n = (pid % num_pid_in_group) // group_size_m

    # Blocks past the padded token count have nothing to do.
    num_tokens_post_padded = tl.load(num_tokens_post_padded_ptr)
    if pid_m * BLOCK_SIZE_M >= num_tokens_post_padded:
        return

    offs_token_id = pid_m * BLOCK_SIZE_M + tl.arange(0, BLOCK_SIZE_M).to(tl.int64)
    offs_token = tl.load(sorted_token_ids_ptr + offs_token_id).to(tl.int64)
    # Padding slots hold num_valid_tokens: they load nothing and store nothing.
    token_mask = offs_token < num_valid_tokens

    offs_cn = pid_n * BLOCK_SIZE_N + tl.arange(0, BLOCK_SIZE_N).to(tl.int64)
    c_ptrs = c_ptr + stride_cm * offs_token[:, None] + stride_cn * offs_cn[None, :]
    c_mask = token_mask[:, None] & (offs_cn[None, :] < N)

    off_expert = tl.load(expert_ids_ptr + pid_m).to(tl.int64)
    if off_expert == -1:
        # A block whose expert is not on this rank (expert parallelism): write zeros.
        tl.store(c_ptrs, tl.zeros((BLOCK_SIZE_M, BLOCK_SIZE_N), dtype=compute_type), mask=c_mask)
        return

    # Wrap N so that the last tile's B loads stay in bounds without a mask.
    offs_bn = offs_cn % N
    offs_k = tl.arange(0, BLOCK_SIZE_K)
    # A row is a token, shared by its top_k expert slots.
    a_ptrs = a_ptr + (offs_token[:, None] // top_k * stride_am + offs_k[None, :] * stride_ak)
    b_ptrs = b_ptr + off_expert * stride_be + (offs_k[:, None] * stride_bk + offs_bn[None, :] * stride_bn)

    if use_fp8_w8a8:
        if group_k > 0 and group_n > 0:
            a_scale_ptrs = a_scale_ptr + (offs_token // top_k) * stride_asm
            b_scale_ptrs = b_scale_ptr + off_expert * stride_bse + (offs_bn // group_n) * stride_bsn
        else:
            # Per-tensor scales: one float each.
            a_scale = tl.load(a_scale_ptr)
            b_scale = tl.load(b_scale_ptr + off_expert)

    accumulator = tl.zeros((BLOCK_SIZE_M, BLOCK_SIZE_N), dtype=tl.float32)
    for k in range(0, tl.cdiv(K, BLOCK_SIZE_K)):
        k_remaining = K - k * BLOCK_SIZE_K
        a = tl.load(a_ptrs, mask=token_mask[:, None] & (offs_k[None, :] < k_remaining), other=0.0)
        b = tl.load(b_ptrs, mask=offs_k[:, None] < k_remaining, other=0.0)
        if use_fp8_w8a8:
            if group_k > 0 and group_n > 0:
                # One scale per (token, K-block) and per (N-block, K-block): the FP8 dot of this
                # K step is rescaled before it joins the fp32 accumulator.
                offs_ks = (k * BLOCK_SIZE_K) // group_k
                a_scale = tl.load(a_scale_ptrs + offs_ks * stride_ask, mask=token_mask, other=0.0)
                b_scale = tl.load(b_scale_ptrs + offs_ks * stride_bsk)
                accumulator += tl.dot(a, b) * a_scale[:, None] * b_scale[None, :]
            else:
                accumulator = tl.dot(a, b, acc=accumulator)
        else:
            accumulator = tl.dot(a, b, acc=accumulator)
        a_ptrs += BLOCK_SIZE_K * stride_ak
        b_ptrs += BLOCK_SIZE_K * stride_bk

    if MUL_ROUTED_WEIGHT:
        moe_weight = tl.load(topk_weights_ptr + offs_token, mask=token_mask, other=0)
        accumulator = accumulator * moe_weight[:, None]

    if use_fp8_w8a8 and not (group_k > 0 and group_n > 0):
        accumulator = accumulator * a_scale * b_scale
    tl.store(c_ptrs, accumulator.to(compute_type), mask=c_mask)

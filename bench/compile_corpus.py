"""Compile small real Triton kernels for every AMD target isacheck supports, into a directory.

Used to exercise the amdgcn grammar against what Triton actually emits (tests/test_parser.py
parses every file this writes; bench/bench_analyze.py uses ``--big`` for its large dump).

    python bench/compile_corpus.py OUTDIR            # elementwise FP8 casts, FP8 GEMM, reduction
    python bench/compile_corpus.py OUTDIR --big      # also the 64x128x128 fp8e4nv GEMM for gfx1151

Each output is ``OUTDIR/<target>/<kernel>.s``; a kernel a target cannot compile is skipped and
listed on stderr (this is a script, not library code, so it reports with print).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("TRITON_DEFAULT_FP_FUSION", "1")

import triton  # noqa: E402
import triton.language as tl  # noqa: E402
from triton.backends.compiler import GPUTarget  # noqa: E402
from triton.compiler import ASTSource  # noqa: E402

TARGETS = ("gfx90a", "gfx942", "gfx950", "gfx1100", "gfx1101", "gfx1102", "gfx1103",
           "gfx1150", "gfx1151", "gfx1152", "gfx1153", "gfx1200", "gfx1201", "gfx1250")
FP8 = ("fp8e4nv", "fp8e5", "fp8e4b8", "fp8e5b16")


@triton.jit
def cast_from_fp8(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    x = tl.load(x_ptr + offs, mask=mask)
    tl.store(y_ptr + offs, x.to(tl.float16), mask=mask)


@triton.jit
def cast_to_fp8(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    x = tl.load(x_ptr + offs, mask=mask)
    tl.store(y_ptr + offs, x.to(y_ptr.dtype.element_ty), mask=mask)


@triton.jit
def fp8_gemm(a_ptr, b_ptr, c_ptr, M, N, K, stride_am, stride_bk, stride_cm,
             BM: tl.constexpr, BN: tl.constexpr, BK: tl.constexpr):
    pid_m = tl.program_id(0)
    pid_n = tl.program_id(1)
    rm = pid_m * BM + tl.arange(0, BM)
    rn = pid_n * BN + tl.arange(0, BN)
    rk = tl.arange(0, BK)
    acc = tl.zeros((BM, BN), dtype=tl.float32)
    for k in range(0, K, BK):
        a = tl.load(a_ptr + rm[:, None] * stride_am + (k + rk)[None, :])
        b = tl.load(b_ptr + (k + rk)[:, None] * stride_bk + rn[None, :])
        acc += tl.dot(a, b)
    tl.store(c_ptr + rm[:, None] * stride_cm + rn[None, :], acc.to(tl.float16))


@triton.jit
def row_sum(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    row = tl.program_id(0)
    offs = tl.arange(0, BLOCK)
    x = tl.load(x_ptr + row * n + offs, mask=offs < n, other=0.0)
    tl.store(y_ptr + row, tl.sum(x * x, axis=0))


def _warp(target: str) -> int:
    return 64 if target.startswith("gfx9") else 32


def compile_one(fn, signature, constexprs, target, num_warps=4) -> str:
    src = ASTSource(fn=fn, signature={**signature, **{k: "constexpr" for k in constexprs}},
                    constexprs=constexprs)
    k = triton.compile(src, target=GPUTarget("hip", target, _warp(target)),
                       options={"num_warps": num_warps})
    return k.asm["amdgcn"]


def jobs(target: str, big: bool):
    for fmt in FP8:
        yield (f"cast_{fmt}_to_fp16", cast_from_fp8,
               {"x_ptr": f"*{fmt}", "y_ptr": "*fp16", "n": "i32"}, {"BLOCK": 256})
        yield (f"cast_fp32_to_{fmt}", cast_to_fp8,
               {"x_ptr": "*fp32", "y_ptr": f"*{fmt}", "n": "i32"}, {"BLOCK": 256})
    gemm_sig = {"a_ptr": "*fp8e4nv", "b_ptr": "*fp8e4nv", "c_ptr": "*fp16", "M": "i32", "N": "i32",
                "K": "i32", "stride_am": "i32", "stride_bk": "i32", "stride_cm": "i32"}
    yield ("gemm_fp8e4nv_32x32x32", fp8_gemm, gemm_sig, {"BM": 32, "BN": 32, "BK": 32})
    if big and target == "gfx1151":
        yield ("gemm_fp8e4nv_64x128x128", fp8_gemm, gemm_sig, {"BM": 64, "BN": 128, "BK": 128})
    yield ("row_sum_fp32", row_sum, {"x_ptr": "*fp32", "y_ptr": "*fp32", "n": "i32"}, {"BLOCK": 1024})


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--targets", default=",".join(TARGETS))
    ap.add_argument("--big", action="store_true", help="also the ~57k-line gfx1151 FP8 GEMM (~25 s)")
    args = ap.parse_args(argv)
    failed = 0
    for target in args.targets.split(","):
        (args.outdir / target).mkdir(parents=True, exist_ok=True)
        for name, fn, sig, consts in jobs(target, args.big):
            out = args.outdir / target / f"{name}.s"
            if out.exists():
                continue
            try:
                out.write_text(compile_one(fn, sig, consts, target))
            except Exception as exc:  # a format the target cannot lower: record and go on
                failed += 1
                print(f"skip {target}/{name}: {type(exc).__name__}: {str(exc).splitlines()[0][:120]}",
                      file=sys.stderr)
    print(f"wrote {args.outdir} (triton {triton.__version__}, {failed} skipped)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

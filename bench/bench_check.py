"""Benchmark ``isacheck check`` against the least work it could do.

A temporary git repository holds two kernel files; one kernel of one file changes (it starts to
read FP8 with a wider tile), the other kernel of that file and the other file do not.

(a) cold: ``isacheck check --base HEAD~1`` for 4 targets, with a fresh isacheck cache and a fresh
    TRITON_CACHE_DIR, against the reference measured in the same run: ``isacheck dump -k
    <changed kernel>`` of the file at the base revision and at the head, one after the other, each
    with fresh caches too (what "compiling just the changed kernels at both revisions" costs).
    Goal: ratio <= 1.2 (the check wastes no work: no unchanged kernel, no unchanged file).
(b) warm: the same check again, end to end from process start, nothing new. Goal: < 2 s.

Every measurement is a fresh process timed from start to exit. Run from the repository root:
``python bench/bench_check.py [--targets gfx1151,...] [--jobs N]``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS = "gfx1151,gfx1201,gfx942,gfx950"

GEMM = '''import triton
import triton.language as tl


@triton.jit
def scale_kernel(x_ptr, y_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    x = tl.load(x_ptr + offs, mask=offs < n)
    tl.store(y_ptr + offs, x * 2, mask=offs < n)


@triton.jit
def gemm_kernel(a_ptr, b_ptr, c_ptr, M, N, K, BM: tl.constexpr, BN: tl.constexpr, BK: tl.constexpr):
    rm = tl.program_id(0) * BM + tl.arange(0, BM)
    rn = tl.program_id(1) * {WN} + tl.arange(0, {WN})
    rk = tl.arange(0, BK)
    acc = tl.zeros((BM, {WN}), dtype=tl.float32)
    for k in range(0, K, BK):
        a = tl.load({A} + rm[:, None] * K + (k + rk)[None, :]).to(tl.bfloat16)
        b = tl.load({B} + (k + rk)[:, None] * N + rn[None, :]).to(tl.bfloat16)
        acc += tl.dot(a, b)
    tl.store(c_ptr + rm[:, None] * N + rn[None, :], acc)
'''
SPEC = '''[kernels.scale_kernel.variants.default]
signature = { x_ptr = "*fp32", y_ptr = "*fp32", n = "i32" }
constexprs = { BLOCK = 256 }

[kernels.gemm_kernel.variants.wide]
signature = { a_ptr = "*fp16", b_ptr = "*fp16", c_ptr = "*fp32", M = "i32", N = "i32", K = "i32" }
constexprs = { BM = 128, BN = 64, BK = 32 }
num_warps = 4
'''
OTHER = '''import triton
import triton.language as tl


@triton.jit
def add_kernel(x_ptr, y_ptr, out_ptr, n, BLOCK: tl.constexpr):
    offs = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    tl.store(out_ptr + offs, tl.load(x_ptr + offs, mask=mask) + tl.load(y_ptr + offs, mask=mask), mask=mask)
'''
OTHER_SPEC = '''[kernels.add_kernel.variants.default]
signature = { x_ptr = "*fp32", y_ptr = "*fp32", out_ptr = "*fp32", n = "i32" }
constexprs = { BLOCK = 256 }
'''


def gemm(fp8: bool) -> str:
    ptr = "{}.to(tl.pointer_type(tl.float8e4nv))" if fp8 else "{}"
    return (GEMM.replace("{A}", ptr.format("a_ptr")).replace("{B}", ptr.format("b_ptr"))
            .replace("{WN}", "(2 * BN)" if fp8 else "BN"))


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


def make_repo(root: Path, targets: str) -> None:
    (root / "kernels").mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.email", "bench@example.invalid")
    git(root, "config", "user.name", "bench")
    (root / "kernels" / "gemm.py").write_text(gemm(False))
    (root / "kernels" / "gemm.toml").write_text(SPEC)
    (root / "kernels" / "other.py").write_text(OTHER)
    (root / "kernels" / "other.toml").write_text(OTHER_SPEC)
    (root / "pyproject.toml").write_text(
        "[tool.isacheck]\n" + f"targets = {targets.split(',')!r}\n".replace("'", '"')
        + '[[tool.isacheck.kernels]]\npath = "kernels/gemm.py"\nspec = "kernels/gemm.toml"\n'
        + '[[tool.isacheck.kernels]]\npath = "kernels/other.py"\nspec = "kernels/other.toml"\n')
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "base")
    (root / "kernels" / "gemm.py").write_text(gemm(True))
    git(root, "commit", "-q", "-am", "fp8")


def timed(cmd: list[str], cwd: Path, env: dict, ok=(0, 1)) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode not in ok:
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr}")
    return elapsed


def fresh_env(scratch: Path, name: str) -> dict:
    env = {**os.environ, "ISACHECK_CACHE_DIR": str(scratch / name / "isacheck"),
           "TRITON_CACHE_DIR": str(scratch / name / "triton")}
    env.pop("TRITON_ALWAYS_COMPILE", None)
    return env


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--targets", default=TARGETS)
    ap.add_argument("--jobs", type=int, default=None)
    args = ap.parse_args()
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    isacheck = [sys.executable, "-m", "isacheck"]
    with tempfile.TemporaryDirectory(prefix="isacheck-bench-check-") as tmp:
        scratch = Path(tmp)
        root = scratch / "repo"
        make_repo(root, args.targets)
        base_file = scratch / "base" / "kernels" / "gemm.py"
        base_file.parent.mkdir(parents=True)
        base_file.write_text(gemm(False))
        (base_file.parent / "gemm.toml").write_text(SPEC)

        # The reference: just the changed kernel, at both revisions, cold.
        env = fresh_env(scratch, "reference")
        ref = 0.0
        for path, cwd in ((base_file, base_file.parent.parent), (root / "kernels" / "gemm.py", root)):
            ref += timed([*isacheck, "dump", str(path), "--spec", str(path.with_suffix(".toml")), "-k", "gemm_kernel",
                          "-t", args.targets, "--progress", "never", "-q", *jobs], cwd, env, ok=(0, 4))
        env = fresh_env(scratch, "check")
        cold = timed([*isacheck, "check", "--base", "HEAD~1", "-q", *jobs], root, env)
        warm = min(timed([*isacheck, "check", "--base", "HEAD~1", "-q", *jobs], root, env) for _ in range(3))
    ratio = cold / ref
    print(f"targets {args.targets}: 1 changed kernel of 2 in the changed file, 1 unchanged file")
    print(f"(a) cold check {cold:.1f} s, reference (dump -k changed, base + head) {ref:.1f} s: "
          f"ratio {ratio:.2f} (goal <= 1.2) {'OK' if ratio <= 1.2 else 'MISSED'}")
    print(f"(b) repeated check, nothing new: {warm:.2f} s (goal < 2 s) {'OK' if warm < 2 else 'MISSED'}")
    return 0 if ratio <= 1.2 and warm < 2 else 1


if __name__ == "__main__":
    sys.exit(main())

"""How fast isacheck reads a big dump, against LLVM's own assembler on the same text.

    python bench/bench_analyze.py [FILE.s] [--target gfx1151] [--runs 5]

Without FILE: the largest ``samples/asm/**/*.s``; if there are none yet, a 64x128x128 fp8e4nv
tl.dot GEMM compiled for gfx1151 (~57k lines, ~25 s to compile once, cached under the temp dir).

Prints, as medians of ``--runs`` runs of CPU time (time.process_time: both sides run in this one
thread, and CPU time does not depend on what else the machine is doing; wall time is shown too):
  isacheck   parse + isacheck.analysis.analyze_module (parse only if analysis is not importable),
             each run cold: the parser's cache of compiled line templates is cleared first
  parse      the parse alone
  llvm       triton.backends.amd.compiler.assemble_amdgcn on the same text and target
  ratio      isacheck time / llvm time          goal <= 1.0
  memory     tracemalloc peak of one isacheck run / file size   goal < 20x
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))          # run from a checkout without installing

from isacheck.asm.parser import clear_caches, parse_text  # noqa: E402


def _analysis():
    try:
        from isacheck.analysis import analyze_module
    except ImportError:
        return None
    return analyze_module


def default_input() -> Path:
    samples = sorted((REPO / "samples" / "asm").glob("**/*.s"), key=lambda p: p.stat().st_size)
    if samples:
        return samples[-1]
    cached = Path(tempfile.gettempdir()) / "isacheck_bench" / "gfx1151" / "gemm_fp8e4nv_64x128x128.s"
    if not cached.exists():
        print(f"no samples/asm yet: compiling the big FP8 GEMM for gfx1151 into {cached.parent} (~25 s)",
              file=sys.stderr)
        sys.path.insert(0, str(REPO / "bench"))
        import compile_corpus
        compile_corpus.main([str(cached.parent.parent), "--targets", "gfx1151", "--big"])
    return cached


def target_of(text: str, fallback: str) -> str:
    module = parse_text(text, target=fallback)
    return module.target or fallback


def time_isacheck(text: str, path: str, analyze) -> tuple[float, float, float]:
    """(cpu seconds of parse+analysis, cpu seconds of the parse, wall seconds of parse+analysis)."""
    clear_caches()
    w0, t0 = time.perf_counter(), time.process_time()
    module = parse_text(text, path)
    t1 = time.process_time()
    if analyze is not None:
        analyze(module)
    return time.process_time() - t0, t1 - t0, time.perf_counter() - w0


def time_llvm(text: str, target: str) -> tuple[float, float]:
    from triton.backends.amd.compiler import assemble_amdgcn
    # LLVM prints diagnostics to fd 2; a clean dump has none, but keep the report readable.
    devnull = os.open(os.devnull, os.O_WRONLY)
    saved = os.dup(2)
    os.dup2(devnull, 2)
    try:
        w0, t0 = time.perf_counter(), time.process_time()
        assemble_amdgcn(text, target, "")
        return time.process_time() - t0, time.perf_counter() - w0
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", type=Path)
    ap.add_argument("--target", default="gfx1151", help="for files without .amdgcn_target")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)

    path = args.file or default_input()
    text = path.read_text(encoding="utf-8")
    lines = text.count("\n") + 1
    analyze = _analysis()
    target = target_of(text, args.target)   # also warms the grammar cache
    what = "parse + analyze_module" if analyze is not None else "parse only (isacheck.analysis.analyze_module not importable)"

    runs = [time_isacheck(text, str(path), analyze) for _ in range(args.runs)]
    ours = statistics.median(r[0] for r in runs)
    parse = statistics.median(r[1] for r in runs)
    ours_wall = statistics.median(r[2] for r in runs)
    llvm = [time_llvm(text, target) for _ in range(args.runs)]
    theirs = statistics.median(r[0] for r in llvm)
    theirs_wall = statistics.median(r[1] for r in llvm)

    gc.collect()
    tracemalloc.start()
    time_isacheck(text, str(path), analyze)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    size = len(text.encode("utf-8"))

    try:
        shown = path.relative_to(REPO)
    except ValueError:
        shown = path.name
    print(f"file      {shown}: {lines} lines, {size / 2**20:.2f} MiB, target {target}")
    print(f"isacheck  {what}: {ours:.3f} s cpu ({lines / ours:,.0f} lines/s), {ours_wall:.3f} s wall")
    print(f"parse     parse_text alone: {parse:.3f} s cpu ({lines / parse:,.0f} lines/s)")
    print(f"llvm      assemble_amdgcn: {theirs:.3f} s cpu ({lines / theirs:,.0f} lines/s), {theirs_wall:.3f} s wall")
    print(f"ratio     isacheck / llvm = {ours / theirs:.2f} cpu, {ours_wall / theirs_wall:.2f} wall   (goal <= 1.0)")
    print(f"memory    peak {peak / 2**20:.1f} MiB = {peak / size:.1f}x file size   (goal < 20x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

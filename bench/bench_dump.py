"""Benchmark ``isacheck dump`` against calling ``triton.compile`` directly.

(a) cold: ``isacheck dump samples/kernels/fused_moe.py`` for 5 targets with a fresh isacheck cache
    and a fresh TRITON_CACHE_DIR, ``--jobs 2``, against the same 5 compiles done one after another
    by a plain script (also with a fresh Triton cache). Goal: ratio <= 0.6.
(b) warm: the same dump again, end to end from process start. Goal: < 1 s.

Every measurement is a fresh process timed from start to exit, so both sides pay Python start-up
and ``import triton``. Run: ``python bench/bench_dump.py [--targets gfx1151,...] [--repeat 3]`` (best and median of the runs,
and the CPU seconds both sides spent, which depend little on the machine's load).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

from timing import CPU, timed

REPO = Path(__file__).resolve().parent.parent
KERNEL = REPO / "samples" / "kernels" / "fused_moe.py"
SPEC = REPO / "samples" / "kernels" / "fused_moe.toml"
TARGETS = "gfx1151,gfx1100,gfx1201,gfx942,gfx950"

# The reference: the same jobs (isacheck's plan gives the signatures, which takes milliseconds),
# compiled serially with nothing but triton.compile.
_RAW = """
import sys, time
sys.path.insert(0, {repo!r})
import triton
from triton.backends.compiler import GPUTarget
from triton.compiler import ASTSource
from isacheck.frontend.loader import load_source
from isacheck.frontend.plan import plan_jobs
from isacheck.frontend.spec import load_spec
from isacheck.frontend.targets import compile_target
from isacheck.frontend.variants import triton_value
loaded = load_source({kernel!r})
jobs = plan_jobs(loaded, load_spec({spec!r}), {{}}, [compile_target(t) for t in {targets!r}.split(",")])
for job in jobs:
    t0 = time.perf_counter()
    fn = loaded.kernel(job.kernel).jit
    src = ASTSource(fn, job.signature, {{k: triton_value(v) for k, v in job.constexprs.items()}}, job.attrs)
    triton.compile(src, target=GPUTarget("hip", job.target.arch, job.target.wave_size), options=dict(job.options))
    print(f"  raw {{job.target.arch}}: {{time.perf_counter() - t0:.1f}} s", file=sys.stderr)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--targets", default=TARGETS)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1,
                    help="cold measurements of each side (fresh caches each time); best and median are printed")
    args = ap.parse_args()

    load_before = os.getloadavg()[0]
    base = dict(os.environ, TRITON_DEFAULT_FP_FUSION="1", PYTHONPATH=str(REPO))
    raws, colds, cpu_raw, cpu_dump = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="bench-dump-") as tmp:
        tmp = Path(tmp)
        for n in range(args.repeat):
            # Interleaved, so that a change in the machine's load hits both sides alike.
            raws.append(timed([sys.executable, "-c", _RAW.format(repo=str(REPO), kernel=str(KERNEL), spec=str(SPEC),
                                                                  targets=args.targets)],
                              dict(base, TRITON_CACHE_DIR=str(tmp / f"triton-raw{n}")), "raw", cwd=str(REPO), echo=True))
            cpu_raw.append(CPU["raw"])
            dump = [sys.executable, "-m", "isacheck", "dump", str(KERNEL), "--spec", str(SPEC), "--target",
                    args.targets, "--jobs", str(args.jobs), "--cache-dir", str(tmp / f"isacheck-cache{n}"),
                    "--progress", "never"]
            env = dict(base, TRITON_CACHE_DIR=str(tmp / f"triton-dump{n}"))
            colds.append(timed(dump, env, "dump", cwd=str(REPO), echo=True))
            cpu_dump.append(CPU["dump"])
        warm = min(timed(dump, env, cwd=str(REPO), echo=True) for _ in range(3))

    n = len(args.targets.split(","))
    ratios = [c / r for c, r in zip(colds, raws)]
    cpu_ratios = [d / r for d, r in zip(cpu_dump, cpu_raw)]
    raw, cold = statistics.median(raws), statistics.median(colds)
    # Other processes on the machine take cores from the pool; the ratio only means something
    # when the load average stays below the number of cores.
    print(f"load average before/after: {load_before:.2f} / {os.getloadavg()[0]:.2f}")
    print(f"targets: {args.targets} ({n} jobs), --jobs {args.jobs}, cores {os.cpu_count()}, runs {args.repeat}")
    print(f"(a) raw triton.compile, serial, fresh Triton cache : {raw:7.2f} s (median)")
    print(f"    isacheck dump, cold caches                     : {cold:7.2f} s   ratio best {min(ratios):.2f}, "
          f"median {statistics.median(ratios):.2f} (goal <= 0.60)")
    print(f"(b) isacheck dump, warm cache, end to end          : {warm:7.2f} s   (goal < 1 s; {warm / raw:.3f} of raw)")
    # The CPU both sides spent depends little on the load; the dump's share of it is its overhead
    # (on idle cores, (a) is bounded below by the longest single compile, not by this).
    print(f"CPU seconds (all processes), median: raw {statistics.median(cpu_raw):.2f}, isacheck "
          f"{statistics.median(cpu_dump):.2f}; isacheck / raw best {min(cpu_ratios):.2f}, median "
          f"{statistics.median(cpu_ratios):.2f}")


if __name__ == "__main__":
    main()

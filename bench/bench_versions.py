"""Benchmark ``isacheck dump --triton A,B`` against the same compiles done by hand.

(a) cold: ``isacheck dump samples/kernels/fused_moe.py --triton A,B`` for 2 targets with ``--jobs 2``,
    fresh isacheck and Triton caches, against the reference: for each release, one plain process
    of that release's interpreter compiling the same jobs one after another with
    ``triton.compile`` (fresh Triton cache), the two processes run one after the other; the
    reference time is their sum divided by the job count (--jobs). Goal: ratio <= 1.1.
(b) warm: the same comparison again, end to end from process start. Goal: < 1 s.
For scale, also: the raw processes of the releases started together (what the machine itself
loses when compiles share it, before any work of isacheck's own).
The environments for A and B (``--triton``'s, under isacheck's cache directory) are made first
and timed apart; they are not part of (a). A release equal to the Triton beside isacheck needs
no environment.

Defaults: 3.4.0 and 3.9.0 on gfx942 and gfx950 (CDNA3/CDNA4 run FP8 in hardware: these compiles
take seconds under every release; Triton 3.5-3.7 take minutes per FP8 GEMM on gfx11).
Run: ``python bench/bench_versions.py [--versions 3.4.0,3.9.0] [--targets gfx942,gfx950] [--repeat 3]``.
The CPU seconds of other interpreters' compile workers count only when they were waited for.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from timing import CPU, at_once, timed

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
KERNEL = REPO / "samples" / "kernels" / "fused_moe.py"
SPEC = REPO / "samples" / "kernels" / "fused_moe.toml"

# The reference, run by each release's own interpreter: stdlib and Triton only (like the worker).
_RAW = r"""
import importlib.util, json, sys, time
t_start = time.perf_counter()
import triton, triton.language as tl
from triton.backends.compiler import GPUTarget
from triton.compiler import ASTSource
jobs = json.loads(sys.argv[1])
spec = importlib.util.spec_from_file_location("fused_moe_bench", jobs[0]["source"])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
def value(v):
    if v == "None":
        return None
    if isinstance(v, str) and v.startswith("tl."):
        return getattr(tl, v[3:])
    return v
for job in jobs:
    fn = getattr(module, job["kernel"])
    while not isinstance(fn, triton.runtime.jit.JITFunction):
        fn = fn.fn
    t0 = time.perf_counter()
    src = ASTSource(fn, job["signature"], {k: value(v) for k, v in job["constexprs"].items()},
                    {tuple(k): v for k, v in job["attrs"]})
    triton.compile(src, target=GPUTarget("hip", job["arch"], job["wave"]), options=job["options"])
    print(f"  raw triton {triton.__version__} {job['arch']}: {time.perf_counter() - t0:.1f} s", file=sys.stderr)
"""


def _planned(targets: str) -> list[dict]:
    """The jobs isacheck plans for the sample (signatures, constexprs, options), as JSON."""
    from isacheck.frontend.loader import load_source
    from isacheck.frontend.plan import plan_jobs
    from isacheck.frontend.spec import load_spec
    from isacheck.frontend.targets import compile_target

    loaded = load_source(str(KERNEL))
    jobs = plan_jobs(loaded, load_spec(str(SPEC)), {}, [compile_target(t) for t in targets.split(",")])
    return [{"source": str(KERNEL), "kernel": j.kernel, "signature": j.signature, "constexprs": j.constexprs,
             "attrs": [[list(k), v] for k, v in j.attrs.items()], "options": j.options, "arch": j.target.arch,
             "wave": j.target.wave_size} for j in jobs]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--versions", default="3.4.0,3.9.0")
    ap.add_argument("--targets", default="gfx942,gfx950")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1,
                    help="cold measurements of each side (fresh caches each time); best and median are printed")
    args = ap.parse_args()
    versions = args.versions.split(",")

    from isacheck import config
    from isacheck.frontend import triton_api
    from isacheck.frontend.environments import ensure
    from isacheck.frontend.versions import triton_version

    base = dict(os.environ, TRITON_DEFAULT_FP_FUSION="1", PYTHONPATH=str(REPO))
    pythons, made = {}, {}
    for v in versions:
        t0 = time.perf_counter()
        if v == triton_version():
            pythons[v], made[v] = sys.executable, "the Triton beside isacheck"
            continue
        runtime, fresh = ensure(config.triton_envs_dir(), v, sys.stderr)
        pythons[v] = runtime.python
        made[v] = f"made now in {time.perf_counter() - t0:.1f} s" if fresh else "existed already"
        if triton_api.prepare_environment(v, base):     # ld.lld for 3.3/3.4, as isacheck's worker does
            sys.exit(triton_api.LLD_HINT.format(version=v))

    jobs = _planned(args.targets)
    load_before = os.getloadavg()[0]
    refs, colds, cpu_raw, cpu_dump, together = [], [], [], [], []
    with tempfile.TemporaryDirectory(prefix="bench-versions-") as tmp:
        tmp = Path(tmp)
        for n in range(args.repeat):
            # Interleaved, so that a change in the machine's load hits both sides alike.
            raw, cpu = {}, 0.0
            for v in versions:
                raw[v] = timed([pythons[v], "-c", _RAW, json.dumps(jobs)],
                               dict(base, TRITON_CACHE_DIR=str(tmp / f"raw-{v}-{n}")), "raw", cwd=str(REPO), echo=True)
                cpu += CPU["raw"]
            refs.append(sum(raw.values()) / args.jobs)
            cpu_raw.append(cpu)
            dump = [sys.executable, "-m", "isacheck", "dump", str(KERNEL), "--spec", str(SPEC), "--target",
                    args.targets, "--triton", ",".join(versions), "--jobs", str(args.jobs), "--cache-dir",
                    str(tmp / f"isacheck-cache{n}"), "--progress", "never"]
            env = dict(base, TRITON_CACHE_DIR=str(tmp / f"triton-dump{n}"))
            colds.append(timed(dump, env, "dump", cwd=str(REPO), echo=True))
            cpu_dump.append(CPU["dump"])
            together.append(at_once([([pythons[v], "-c", _RAW, json.dumps(jobs)],
                                     dict(base, TRITON_CACHE_DIR=str(tmp / f"together-{v}-{n}"))) for v in versions],
                                    str(REPO)))
        warm = min(timed(dump, env, cwd=str(REPO), echo=True) for _ in range(3))

    ratios = [c / r for c, r in zip(colds, refs)]
    cpu_ratios = [d / r for d, r in zip(cpu_dump, cpu_raw)]
    reference, cold = statistics.median(refs), statistics.median(colds)
    print(f"load average before/after: {load_before:.2f} / {os.getloadavg()[0]:.2f}")
    print(f"versions: {', '.join(versions)}; targets: {args.targets}; {len(jobs) * len(versions)} jobs; "
          f"--jobs {args.jobs}; cores {os.cpu_count()}; runs {args.repeat}")
    for v in versions:
        print(f"environment for Triton {v}: {made[v]}")
    for v in versions:
        print(f"raw triton.compile {v}, serial, fresh Triton cache (last run): {raw[v]:7.2f} s")
    print(f"(a) reference (sum / {args.jobs}, median)              : {reference:7.2f} s")
    print(f"    isacheck dump --triton, cold caches           : {cold:7.2f} s   ratio best {min(ratios):.2f}, "
          f"median {statistics.median(ratios):.2f} (goal <= 1.10)")
    both = statistics.median(together)
    print(f"    raw, the {len(versions)} releases' processes at once : {both:7.2f} s   = {both / reference:.2f} x the "
          f"reference: this machine's own cost of compiling side by side; isacheck / it: median "
          f"{statistics.median([c / t for c, t in zip(colds, together)]):.2f}")
    print(f"(b) isacheck dump --triton, warm cache, end to end: {warm:7.2f} s   (goal < 1 s)")
    # CPU of every process both sides ran (the dump's compile workers and other interpreters
    # included, since it waits for them): its ratio is what (a) approaches on idle cores.
    print(f"CPU seconds (all processes), median: raw {statistics.median(cpu_raw):.2f}, isacheck "
          f"{statistics.median(cpu_dump):.2f}; isacheck / raw best {min(cpu_ratios):.2f}, median "
          f"{statistics.median(cpu_ratios):.2f} (goal <= 1.10)")


if __name__ == "__main__":
    main()

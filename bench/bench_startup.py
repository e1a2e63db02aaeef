"""Start-up time of ``isacheck supports gfx1151 fp8`` against the bare interpreter.

    python bench/bench_startup.py [--runs N]

Times, from process start to exit and in this one run, ``python -c pass`` and
``python -m isacheck supports gfx1151 fp8`` (plus ``has`` for reference), the median of N runs
each, and prints the ratio. Goal: isacheck within 8x of the bare interpreter.

The package's bytecode is compiled first (``compileall``), as ``pip install`` does for a wheel:
with PYTHONDONTWRITEBYTECODE set, every run would otherwise recompile isacheck from source and
the benchmark would measure the compiler, not isacheck. It also checks that the command imported
neither Triton, Lark nor rich (``-X importtime``), since that is what the start-up goal rests on.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOAL = 8.0
HEAVY = ("triton", "lark", "rich")


def _time(argv: list[str], runs: int, env: dict) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _heavy_imports(argv: list[str], env: dict) -> list[str]:
    proc = subprocess.run([argv[0], "-X", "importtime", *argv[1:]], cwd=REPO, env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    found = set()
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            module = line.rsplit("|", 1)[1].strip()
            if module.split(".")[0] in HEAVY:
                found.add(module.split(".")[0])
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args(argv)
    compileall.compile_dir(REPO / "isacheck", quiet=1)
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    env.pop("ISACHECK_DB_DIR", None)
    python = sys.executable
    supports = [python, "-m", "isacheck", "supports", "gfx1151", "fp8"]
    has = [python, "-m", "isacheck", "has", "gfx1151", "v_dot2_f8_f32"]
    _time(supports, 2, env)  # warm the page cache
    bare = _time([python, "-c", "pass"], args.runs, env)
    t_supports = _time(supports, args.runs, env)
    t_has = _time(has, args.runs, env)
    heavy = _heavy_imports(supports, env)
    ratio = t_supports / bare
    print(f"python -c pass:                 {bare * 1000:7.1f} ms (median of {args.runs})")
    print(f"isacheck supports gfx1151 fp8:  {t_supports * 1000:7.1f} ms  ratio {ratio:5.2f}x (goal <= {GOAL:g}x)")
    print(f"isacheck has gfx1151 v_dot2...: {t_has * 1000:7.1f} ms  ratio {t_has / bare:5.2f}x")
    print(f"heavy imports at start-up: {', '.join(heavy) or 'none'}")
    return 0 if ratio <= GOAL and not heavy else 1


if __name__ == "__main__":
    sys.exit(main())

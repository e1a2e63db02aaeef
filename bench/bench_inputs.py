"""What the bounded readers of isacheck/inputs.py and isacheck/frontend/archive.py cost.

    python bench/bench_inputs.py [--mib N]

Every input goes through a reader that counts bytes as they come (never trusting st_size or a
tar header). This measures, in one run and on the same data, that reader against the unbounded
standard-library way of doing the same job, and prints the ratios:

* ``read_source`` on an N MiB assembly-like file against ``open(...).read()``. Goal: <= 1.5x time,
  peak memory (tracemalloc) <= 2.2x the file size (the chunks plus their join);
* ``archive.extract`` of a .tar.gz holding N MiB in 8 members against ``tarfile.extractall``
  (which checks neither sizes, conflicts nor the gzip trailer). Goal: <= 1.5x time.
"""

from __future__ import annotations

import argparse
import io
import sys
import tarfile
import tempfile
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _best(fn, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _peak(fn) -> int:
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main(argv=None) -> int:
    from isacheck.frontend.archive import extract
    from isacheck.inputs import read_source

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mib", type=int, default=48, help="size of the test data in MiB (default 48)")
    args = parser.parse_args(argv)
    size = args.mib * 2**20
    line = b"\tv_cvt_f32_f16_e32 v12, v13                                 ; fused_moe.py:504:20\n"
    data = (line * (size // len(line) + 1))[:size]
    ok = True
    with tempfile.TemporaryDirectory(prefix="isacheck-bench-") as tmp:
        path = Path(tmp) / "big.s"
        path.write_bytes(data)
        limit = size + 1
        plain = _best(lambda: open(path, "rb").read())
        bounded = _best(lambda: read_source(str(path), limit=limit))
        peak = _peak(lambda: read_source(str(path), limit=limit))
        ratio = bounded / plain
        print(f"read      read_source {bounded * 1000:.1f} ms vs open().read() {plain * 1000:.1f} ms: "
              f"ratio {ratio:.2f} (goal <= 1.5); peak {peak / size:.2f}x the file (goal <= 2.2)")
        ok &= ratio <= 1.5 and peak <= 2.2 * size

        archive = Path(tmp) / "cache.tar.gz"
        part = size // 8
        with tarfile.open(archive, "w:gz", compresslevel=1) as tar:
            for i in range(8):
                info = tarfile.TarInfo(f"cache/HASH{i}/k.amdgcn")
                info.size = part
                tar.addfile(info, io.BytesIO(data[:part]))

        def ours():
            with tempfile.TemporaryDirectory(dir=tmp) as dest:
                extract(archive, Path(dest), max_member=size, max_total=2 * size)

        def stdlib():
            with tempfile.TemporaryDirectory(dir=tmp) as dest, tarfile.open(archive, "r:*") as tar:
                tar.extractall(dest, filter="data")

        a, b = _best(ours), _best(stdlib)
        print(f"extract   archive.extract {a * 1000:.1f} ms vs tarfile.extractall {b * 1000:.1f} ms: "
              f"ratio {a / b:.2f} (goal <= 1.5)")
        ok &= a / b <= 1.5
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

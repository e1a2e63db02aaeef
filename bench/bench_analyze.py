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
  ratio      isacheck time / llvm time          goal <= 0.5 (issue #8)
  memory     tracemalloc peak of one isacheck run / file size   goal < 20x
  corpus     the syntax coverage corpus (samples/corpus) parsed against LLVM assembling it (see
             time_corpus)                       goal <= 2.0 (issue #8)
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


def time_estimate(text: str, path: str, runs: int) -> tuple[float, float]:
    """(cpu s of parse + analysis, cpu s of the same with the hot-loop estimate switched off).

    Issue #12's goal: the static cost estimate adds under 10% to ``analyze``. The reference is
    the same analysis in the same run with ``estimate_kernel`` replaced by a stub returning None.
    """
    import isacheck.analysis.kernel as kernel_mod
    from isacheck.analysis import analyze_module

    real = kernel_mod.estimate_kernel
    with_est, without = [], []
    for _ in range(runs):
        with_est.append(time_isacheck(text, path, analyze_module)[0])
        kernel_mod.estimate_kernel = lambda *a, **k: None
        try:
            without.append(time_isacheck(text, path, analyze_module)[0])
        finally:
            kernel_mod.estimate_kernel = real
    return statistics.median(with_est), statistics.median(without)


def time_html(text: str, path: str, runs: int) -> tuple[float, float, int]:
    """(cpu s of parse + analysis, cpu s the --html report adds, size of the page in bytes).

    Issue #11's goal: writing the HTML report adds under 20% to ``analyze``. What ``--html``
    adds is measured whole: finding the Python sources, the attribution (per-line costs and the
    assembly shown per line), the Jinja2 rendering and the atomic write of the file.
    """
    from isacheck.analysis import analyze_module
    from isacheck.analysis.attribution import attribute_module
    from isacheck.frontend.sources import find_sources
    from isacheck.report.html import render, write_html

    base, added, size = [], [], 0
    samples = REPO / "samples" / "kernels"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.html"
        # The first run in a fresh cache directory also compiles the template (once per install):
        # runs + 1 runs, the first reported apart.
        os.environ["ISACHECK_CACHE_DIR"] = str(Path(tmp) / "cache")
        for _ in range(runs + 1):
            clear_caches()
            t0 = time.process_time()
            module = parse_text(text, path)
            analysis = analyze_module(module)
            t1 = time.process_time()
            sources = find_sources(module.files, [str(samples), os.path.dirname(path)])
            page = render(attribute_module(module, analysis, text, sources), title=Path(path).name)
            write_html(out, page)
            t2 = time.process_time()
            base.append(t1 - t0)
            added.append(t2 - t1)
            size = out.stat().st_size
    first = added.pop(0) / base.pop(0)
    return statistics.median(base), statistics.median(added), size, first


def time_corpus(runs: int) -> tuple[int, int, float, float] | None:
    """(dumps, lines, cpu s of isacheck's parse, cpu s of LLVM's assembler) on the syntax coverage
    corpus (samples/corpus/dumps), or None when it is missing.

    Issue #8's goal: parse <= 2x LLVM. The corpus is varied text (19 kernels x 7 targets, few
    repeated lines), the case that per-shape memoisation helps least. isacheck parses the dumps
    concatenated, in one cold parse_text; LLVM cannot take them as one text (each dump names its
    own target, and kernel names and labels repeat across dumps), so it assembles each dump for its
    target and the times are summed. Medians of ``runs``.
    """
    files = sorted((REPO / "samples" / "corpus" / "dumps").glob("*/*.s"))
    if not files:
        return None
    dumps = [(p.read_text(encoding="utf-8"), p.parent.name) for p in files]
    text = "".join(t for t, _ in dumps)
    ours, theirs = [], []
    for _ in range(runs):
        clear_caches()
        t0 = time.process_time()
        parse_text(text, "corpus.s")
        ours.append(time.process_time() - t0)
        theirs.append(sum(time_llvm(t, target)[0] for t, target in dumps))
    return len(files), text.count("\n"), statistics.median(ours), statistics.median(theirs)


def time_html_cli(path: Path, runs: int) -> tuple[float, float]:
    """(cpu s of ``isacheck analyze FILE``, cpu s of the same with ``--html``), medians of whole
    runs in child processes: what a user waits for, imports (Jinja2's included) and all."""
    import resource
    import subprocess

    def child_cpu(args: list[str]) -> float:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-m", "isacheck", "analyze", str(path), *args], check=True,
                       stdout=subprocess.DEVNULL, cwd=REPO)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

    with tempfile.TemporaryDirectory() as tmp:
        env_cache = os.environ.get("ISACHECK_CACHE_DIR")
        os.environ["ISACHECK_CACHE_DIR"] = str(Path(tmp) / "cache")
        try:
            page = Path(tmp) / "report.html"
            html = ["--html", str(page), "--source-dir", str(REPO / "samples" / "kernels")]
            child_cpu(html)                      # compiles the template into the (fresh) cache once
            plain, with_html = [], []
            for _ in range(runs):
                plain.append(child_cpu([]))
                with_html.append(child_cpu(html))
        finally:
            if env_cache is None:
                os.environ.pop("ISACHECK_CACHE_DIR", None)
            else:
                os.environ["ISACHECK_CACHE_DIR"] = env_cache
    return statistics.median(plain), statistics.median(with_html)


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
    print(f"ratio     isacheck / llvm = {ours / theirs:.2f} cpu, {ours_wall / theirs_wall:.2f} wall   (goal <= 0.5)")
    print(f"memory    peak {peak / 2**20:.1f} MiB = {peak / size:.1f}x file size   (goal < 20x)")
    corpus = time_corpus(args.runs)
    if corpus is not None:
        n, corpus_lines, parse_corpus, llvm_corpus = corpus
        print(f"corpus    samples/corpus: {n} dumps, {corpus_lines} lines: parse {parse_corpus:.3f} s cpu, "
              f"llvm {llvm_corpus:.3f} s cpu, ratio {parse_corpus / llvm_corpus:.2f}   (goal <= 2.0)")
    if analyze is not None:
        base, added, page, first = time_html(text, str(path), args.runs)
        print(f"html      --html adds {added / base:+.1%} to parse + analyze ({added:.3f} s vs {base:.3f} s cpu), "
              f"page {page / 2**10:,.0f} KiB   (goal < +20%, page < 1 MiB); {first:+.1%} the first time, "
              "when the template is compiled into the cache")
        plain, with_html = time_html_cli(path, args.runs)
        print(f"html cli  `isacheck analyze FILE --html` vs without: {with_html / plain - 1:+.1%} "
              f"({with_html:.3f} s vs {plain:.3f} s cpu, whole runs)   (goal < +20%)")
    if analyze is not None and hasattr(__import__("isacheck.analysis.kernel").analysis.kernel, "estimate_kernel"):
        est, base = time_estimate(text, str(path), args.runs)
        print(f"estimate  hot-loop cost estimate adds {est / base - 1:+.1%} to parse + analyze "
              f"({est:.3f} s vs {base:.3f} s cpu)   (goal < +10%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

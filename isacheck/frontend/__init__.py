"""Triton source files in, compile jobs out: what ``isacheck dump`` and ``isacheck scan`` run on.

    stubs.py       permissive stand-ins for modules that are not installed
    loader.py      import a kernel file, find its @triton.jit kernels (autotune/heuristics unwrapped)
    spec.py        the TOML spec and --set values
    variants.py    argument types/constexprs per kernel variant; *fp8; --specialize
    targets.py     wave size and native FP8 flavour per target (from isacheck.isa)
    plan.py        kernels x variants x targets -> jobs with cache keys
    compile.py     one job: triton.compile + analysis (in a pool worker)
    pool.py        the process pool and its progress events
    cache.py       the persistent content-addressed cache
    session.py     dump end to end (warm runs answered without importing Triton)
    artifacts.py   --out files, never overwriting a user's file
    tritoncache.py, archive.py, scan.py   isacheck scan
"""

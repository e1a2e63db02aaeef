"""Triton source files in, compile jobs out: what ``isacheck dump`` and ``isacheck scan`` run on.

    stubs.py       permissive stand-ins for modules that are not installed (never a GPU)
    nogpu.py       Triton's active driver while loading and compiling: one without a GPU
    loader.py      import a kernel file, find its @triton.jit kernels (autotune/heuristics unwrapped)
    fallback.py    when the import fails: load only the @triton.jit functions from the AST
    isolation.py   the child process that imports the kernel file (a crash there is one line)
    spec.py        the TOML spec and --set values, every wrong shape refused with its key
    variants.py    argument types/constexprs per kernel variant; *fp8; autotune configs
    specialize.py  specialise like a real launch, by asking Triton's own JIT specialisation
    targets.py     wave size and native FP8 flavour per target (from isacheck.isa)
    plan.py        kernels x variants x targets -> jobs with cache keys
    compile.py     one job: triton.compile + analysis (in a pool worker)
    pool.py        the process pool and its progress events
    cache.py       the persistent content-addressed cache
    session.py     dump end to end (warm runs answered without importing Triton)
    artifacts.py   --out files, never overwriting a user's file
    tritoncache.py, archive.py, scan.py   isacheck scan
    retarget.py    isacheck scan --retarget: a saved cache's TTIR recompiled for other AMD targets
    triton_api.py  how Triton's API differs between releases 3.3-3.9 (the one place that knows)
    versions.py    Triton's version and build, environment and analysis fingerprints (cache keys)
    runtimes.py    which Tritons a dump compiles with (--python, --triton); one job per Triton
    remote.py      compile in another interpreter's worker, with a time limit
    triton_worker.py  that worker: a standalone program (stdlib + its Triton), run by path
    environments.py   --triton: one venv per release, made once with pip under the cache dir
    compare.py     what changed between Tritons for one job (the report highlights it)
"""

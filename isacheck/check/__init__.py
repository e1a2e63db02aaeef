"""``isacheck check``: the pre-merge gate.

    runner.py    the whole check: configuration -> files -> revisions -> compiles -> rules -> result
    files.py     the configuration's kernel files, narrowed to PATHS; which of them a change touches
    kernels.py   which kernels of a file changed (syntax-tree fingerprints, nothing imported)
    git.py       read-only git: revisions, changed files, a base tree exported without touching the user's
    source.py    kernel ``def`` lines and inline suppressions, read from the Python source
    policy.py    which rules run, at what severity, with which thresholds; the failing severity
    engine.py    runs the registered rules on one job (kernel scope) or a pair of jobs (compare scope)
    baseline.py  accepted findings, keyed by fingerprint (no line numbers)
    result.py    the frozen result every formatter renders
    github.py    the sticky pull-request comment (REST, requests)
"""

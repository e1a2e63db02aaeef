"""Fingerprints that go into cache keys: Triton's version, the compiler environment, and the
version of isacheck's own analysis (so a changed analysis re-reads cached assembly)."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

# Environment variables that change what Triton/LLVM produce. Path-only and display-only
# variables (where the caches live, autotune printing) do not.
_ENV_PREFIXES = ("TRITON_", "AMDGCN_", "MLIR_", "LLVM_", "AMD_")
_ENV_IGNORED = {"TRITON_CACHE_DIR", "TRITON_HOME", "TRITON_DUMP_DIR", "TRITON_OVERRIDE_DIR",
                "TRITON_PRINT_AUTOTUNING", "TRITON_CACHE_AUTOTUNING", "AMD_SERIALIZE_KERNEL",
                "TRITON_ALWAYS_COMPILE"}
FRONTEND_VERSION = 2   # bump when what a cached compile entry holds changes


@lru_cache(maxsize=None)
def triton_version() -> str:
    # importlib.metadata instead of ``import triton``: a warm dump never imports Triton.
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("triton")
    except PackageNotFoundError:
        return "none"


@lru_cache(maxsize=None)
def triton_build() -> str | None:
    """The build of the Triton beside isacheck (a hash of its wheel's RECORD): PyPI's 3.7.1 and
    AMD's 3.7.1 differ here. Read without importing Triton."""
    from isacheck.frontend.triton_api import triton_identity
    return triton_identity()["build"]


def env_fingerprint() -> list[tuple[str, str]]:
    from isacheck.config import compiler_environment
    return compiler_environment(_ENV_PREFIXES, _ENV_IGNORED)


@lru_cache(maxsize=None)
def analysis_version() -> str:
    """Size and mtime of every file the analysis reads (its code, the grammar, the ISA database),
    and which llvm-mca it would run.

    stat() instead of hashing contents: this runs on every warm dump and the ISA database is
    megabytes; an edit changes the mtime, which is all a fingerprint has to notice.
    """
    import isacheck
    from isacheck.analysis.result import SCHEMA_VERSION

    pkg = Path(isacheck.__file__).resolve().parent
    roots = [pkg / "asm", pkg / "analysis", pkg / "isa"]
    for name in ("grammars", "isa_db"):
        try:
            from isacheck.resources import data_dir
            roots.append(data_dir(name))
        except FileNotFoundError:
            pass
    h = hashlib.sha256(f"{isacheck.__version__}/{SCHEMA_VERSION}".encode())
    for root in roots:
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if "__pycache__" in path.parts or not path.is_file():
                continue
            st = path.stat()
            h.update(f"{path.relative_to(root.parent)}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    # The hot-loop estimate carries llvm-mca's figure when one is at hand (analysis/mca.py).
    from isacheck import config
    from isacheck.analysis.mca import fingerprint
    h.update(fingerprint(config.llvm_mca()).encode())
    return h.hexdigest()

"""Shared test helpers: where the repository's data is, and a real Triton AMD compile."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
SAMPLE_ASM = SAMPLES / "asm"
# The user's pasted gfx1151 excerpt, copied from ../shared/reference (see samples/asm/user_report/README.md).
USER_EXCERPT = SAMPLE_ASM / "user_report" / "fused_moe_gfx1151_excerpt.s"

os.environ.setdefault("TRITON_DEFAULT_FP_FUSION", "1")
# Triton's own cache is keyed by source text, not by path: a cache shared with another checkout
# would hand back assembly whose `.file` directives name that checkout. Tests use a cache of
# their own, inside this checkout (ignored by git), whatever the machine's ~/.triton holds.
os.environ["TRITON_CACHE_DIR"] = str(REPO / ".pytest_cache" / "triton")
# Nor do tests read or fill the user's isacheck cache or a database installed by `db update`:
# each test process gets an empty scratch home for both, removed when it exits.
_SCRATCH = tempfile.mkdtemp(prefix="isacheck-tests-")
atexit.register(shutil.rmtree, _SCRATCH, True)
os.environ["ISACHECK_CACHE_DIR"] = os.path.join(_SCRATCH, "cache")
os.environ["ISACHECK_DB_DIR"] = os.path.join(_SCRATCH, "no-user-db")


def wave_size(arch: str) -> int:
    return 64 if arch.startswith("gfx9") else 32


def compile_amd(fn, signature: dict, constexprs: dict, arch: str, **options):
    """Compile a @triton.jit function for an AMD target with the real backend (no GPU needed)."""
    import triton
    from triton.backends.compiler import GPUTarget
    from triton.compiler import ASTSource

    src = ASTSource(fn=fn, signature=signature, constexprs=constexprs)
    return triton.compile(src, target=GPUTarget("hip", arch, wave_size(arch)), options=options or None)


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO

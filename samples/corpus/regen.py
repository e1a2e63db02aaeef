"""Compile the syntax coverage corpus (samples/corpus/kernels.py) for every AMD target isacheck
knows, into samples/corpus/dumps/<target>/<kernel>.s, and record how in samples/corpus/MANIFEST.json.

    python samples/corpus/regen.py                 # compile what is missing
    python samples/corpus/regen.py --force         # recompile everything
    python samples/corpus/regen.py --targets gfx950 --only gemm_scaled

The manifest records Triton's version, the environment, each job's signature, constexprs and
options, the sha256 of kernels.py and of every dump, and the jobs a target cannot compile (with
Triton's first error line): a kernel that a target does not lower (tl.dot_scaled before gfx950,
say) is skipped, not faked. This is a script, so it reports with print.
"""

from __future__ import annotations

import argparse
import atexit
import hashlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DUMPS = HERE / "dumps"
MANIFEST = HERE / "MANIFEST.json"

# Targets isacheck's grammar must read: CDNA2/3/4, RDNA3, RDNA3.5, RDNA4 and gfx1250.
TARGETS = ("gfx90a", "gfx942", "gfx950", "gfx1100", "gfx1151", "gfx1201", "gfx1250")

# Set before Triton is imported: the FMA fusion choice explicit instead of a default that could
# change, and a private Triton cache so that every dump is really compiled by this run.
ENVIRONMENT = {"TRITON_DEFAULT_FP_FUSION": "1"}

# Triton's install directory and this checkout appear in .file directives and debug strings;
# they are replaced so that no dump names the machine that made it.
TRITON_PLACEHOLDER = "<triton>"


def wave_size(target: str) -> int:
    return 64 if target.startswith("gfx9") else 32


def sanitise(text: str, triton_dir: str) -> str:
    """Machine paths out of a dump: Triton's directory -> <triton>, the checkout -> relative."""
    text = text.replace(triton_dir, TRITON_PLACEHOLDER)
    return text.replace(str(REPO) + "/", "").replace(str(REPO), ".")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--targets", default=",".join(TARGETS))
    ap.add_argument("--only", default="", help="jobs whose name contains this")
    ap.add_argument("--force", action="store_true")
    args = ap.parse_args(argv)

    os.environ.update(ENVIRONMENT)
    scratch = tempfile.mkdtemp(prefix="isacheck-corpus-")
    atexit.register(shutil.rmtree, scratch, True)
    os.environ["TRITON_CACHE_DIR"] = scratch
    sys.path.insert(0, str(HERE))
    import triton
    from triton.backends.compiler import GPUTarget
    from triton.compiler import ASTSource

    import kernels

    triton_dir = str(Path(triton.__file__).resolve().parent)
    manifest = json.loads(MANIFEST.read_text()) if MANIFEST.exists() else {}
    dumps = manifest.get("dumps", {})
    skipped = manifest.get("skipped", {})
    for target in args.targets.split(","):
        for name, (fn, signature, constexprs, options) in kernels.JOBS.items():
            if args.only not in name or target not in kernels.ONLY_ON.get(name, (target,)):
                continue
            key = f"{target}/{name}"
            out = DUMPS / target / f"{name}.s"
            if not args.force and (out.exists() or key in skipped):
                continue
            src = ASTSource(fn=fn, signature={**signature, **{k: "constexpr" for k in constexprs}},
                            constexprs=constexprs)
            try:
                compiled = triton.compile(src, target=GPUTarget("hip", target, wave_size(target)),
                                          options=options)
                text = sanitise(compiled.asm["amdgcn"], triton_dir)
            except Exception as exc:   # the target cannot lower it: recorded, not faked
                first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                skipped[key] = sanitise(f"{type(exc).__name__}: {first}", triton_dir)[:300]
                dumps.pop(key, None)
                print(f"skip {key}: {skipped[key]}", flush=True)
                continue
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text)
            skipped.pop(key, None)
            dumps[key] = {"lines": text.count("\n"), "sha256": sha256(text.encode())}
            print(f"wrote {key}: {dumps[key]['lines']} lines", flush=True)
    jobs = {name: {"kernel": fn.__name__, "signature": sig, "constexprs": ce, "options": opt,
                   "targets": list(kernels.ONLY_ON.get(name, TARGETS))}
            for name, (fn, sig, ce, opt) in kernels.JOBS.items()}
    manifest = {
        "generator": "samples/corpus/regen.py",
        "triton": triton.__version__,
        "environment": ENVIRONMENT,
        "warp_size": {t: wave_size(t) for t in TARGETS},
        "targets": list(TARGETS),
        "kernels_sha256": sha256((HERE / "kernels.py").read_bytes()),
        "jobs": jobs,
        "dumps": dict(sorted(dumps.items())),
        "skipped": dict(sorted(skipped.items())),
    }
    MANIFEST.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

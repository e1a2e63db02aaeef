"""Regenerate the amdgcn dumps in samples/asm/ from the kernels and specs in samples/kernels/.

For every kernel spec (samples/kernels/<stem>.toml) and every (FP8 dtype, target) of the plan
below, compile with the real Triton AMD backend (no GPU needed) and write the amdgcn text to
samples/asm/<stem>/<kernel>--<dtype>--<target>.s, then samples/asm/MANIFEST.json.

    .venv/bin/python samples/regen.py            # compile what is missing or out of date
    .venv/bin/python samples/regen.py --force    # recompile everything
    .venv/bin/python samples/regen.py --check    # recompile everything, report differing dumps,
                                                 # write nothing (exit 1 if any differ)
    .venv/bin/python samples/regen.py --only fp8_to_fp16   # dumps whose name contains this
    .venv/bin/python samples/regen.py --triton 3.4.0      # with another Triton release, into
                                                          # samples/asm/triton-3.4.0/ (its own MANIFEST.json)

The ground truth in the manifest comes from Triton's own LLVM IR and TTGIR (see ground_truth.py
for the per-line count of software FP8 conversions), not from the assembly, so that tests of isacheck's assembly analysis have something independent to compare
against.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import json
import multiprocessing
import os
import re
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass
from importlib.metadata import version as package_version
from pathlib import Path

from ground_truth import inline_asm_fp8, software_conversions

HERE = Path(__file__).resolve().parent
KERNELS_DIR = HERE / "kernels"
ASM_DIR = HERE / "asm"
MANIFEST = ASM_DIR / "MANIFEST.json"

# Bump when the recipe changes in a way that changes the dumps (post-processing, options), so
# that a plain run recompiles everything.
RECIPE_VERSION = 4   # 3: ground_truth.software_conversions (per-line values, from the LLVM IR)
                     # 4: specialised like a launch with the spec's sample values (see launch_specialization)

# Set in every worker before Triton is imported: silences Triton's warning and makes the FMA
# fusion choice explicit instead of a default that could change.
ENVIRONMENT = {"TRITON_DEFAULT_FP_FUSION": "1"}

TARGETS = ("gfx1151", "gfx1100", "gfx1201", "gfx942", "gfx950")

# The OCP e4m3fn format everywhere; gfx942 (CDNA3) natively has the FNUZ flavour, so it gets both.
BASE_PLAN = tuple((dtype, target) for target in TARGETS for dtype in
                  (("fp8e4nv", "fp8e4b8") if target == "gfx942" else ("fp8e4nv",)))
# The casts are cheap, so they also cover e5m2: OCP on RDNA3.5 (emulated) and CDNA4 (hardware),
# FNUZ on CDNA3 (hardware).
E5M2_PLAN = (("fp8e5", "gfx1151"), ("fp8e5", "gfx950"), ("fp8e5b16", "gfx942"))
PLAN_BY_STEM = {"fp8_cast": BASE_PLAN + E5M2_PLAN}

# Triton's MLIR spelling of each FP8 dtype (TTGIR types) -> Triton's name.
MLIR_FP8 = {"f8E4M3FN": "fp8e4nv", "f8E4M3FNUZ": "fp8e4b8", "f8E5M2": "fp8e5", "f8E5M2FNUZ": "fp8e5b16"}
# An FP8 dtype is e4m3 ("fp8" in AMD's intrinsic names) or e5m2 ("bf8").
INTRINSIC_TOKEN = {"fp8e4nv": "fp8", "fp8e4b8": "fp8", "fp8e5": "bf8", "fp8e5b16": "bf8"}

# The .file directive of a function from Triton's own library (tl.cdiv, tl.max, ...) names its
# absolute install directory; it is replaced by this placeholder (see postprocess()).
TRITON_PLACEHOLDER = "<triton>"


def wave_size(target: str) -> int:
    return 64 if target.startswith("gfx9") else 32


@dataclass(frozen=True)
class Job:
    stem: str          # kernel file stem (fused_moe)
    kernel: str        # jit function name (fused_moe_kernel)
    variant: str       # variant name in the spec
    dtype: str         # Triton FP8 dtype substituted for "*fp8"
    target: str
    inputs_sha256: str  # hash of everything the dump depends on
    launch: str = ""    # JSON: the launch's specialisation (launch_specialization), computed by the planner

    @property
    def dump(self) -> str:
        """Path relative to samples/asm/."""
        return f"{self.stem}/{self.kernel}--{self.dtype}--{self.target}.s"


# The kernel files this script dumps. Not a glob: samples/kernels/ also holds kernels that only
# `isacheck dump` can load (stub_imports_moe.py imports torch and vLLM, which are not installed).
STEMS = ("fp8_cast", "fused_moe", "spill", "w8a8_gemm")


def load_specs() -> dict[str, dict]:
    """stem -> parsed samples/kernels/<stem>.toml."""
    return {stem: tomllib.loads((KERNELS_DIR / f"{stem}.toml").read_text()) for stem in STEMS}


def plan_jobs(triton_version: str) -> list[Job]:
    jobs = []
    for stem, spec in load_specs().items():
        source = (KERNELS_DIR / f"{stem}.py").read_text()
        spec_text = (KERNELS_DIR / f"{stem}.toml").read_text()
        for kernel, kernel_spec in sorted(spec["kernels"].items()):
            variants = kernel_spec["variants"]
            # Dump names carry no variant, so one variant per kernel keeps them unique.
            if len(variants) != 1:
                raise SystemExit(f"{stem}.toml: {kernel} has {len(variants)} variants; regen.py dumps exactly one")
            (variant,) = variants
            for dtype, target in PLAN_BY_STEM.get(stem, BASE_PLAN):
                launch = json.dumps(launch_specialization(stem, kernel, variant, dtype, target), sort_keys=True)
                key = json.dumps([RECIPE_VERSION, triton_version, ENVIRONMENT, source, spec_text, launch,
                                  kernel, variant, dtype, target], sort_keys=True)
                jobs.append(Job(stem, kernel, variant, dtype, target,
                                hashlib.sha256(key.encode()).hexdigest(), launch))
    return jobs


def launch_specialization(stem: str, kernel: str, variant: str, dtype: str, target: str) -> dict:
    """What a launch with the spec's sample ``values`` compiles, as ``isacheck dump`` does by
    default: Triton's own JIT specialisation (isacheck.frontend.specialize asks the installed
    Triton), computed here, in the planner, with the installed Triton. Workers of another Triton
    (--python/--triton) get it as data: the attributes mean the same in every covered release."""
    sys.path.insert(0, str(HERE.parent))
    from isacheck.frontend.specialize import specialize

    spec = tomllib.loads((KERNELS_DIR / f"{stem}.toml").read_text())
    signature, constexprs_written, _ = resolve_variant(spec, kernel, variant, dtype)
    fn = _load_kernel(stem, kernel)
    full = {name: signature.get(name, "constexpr") for name in fn.arg_names}
    values = dict(spec["kernels"][kernel]["variants"][variant].get("values", {}))
    done = specialize(fn, target, wave_size(target), full, constexprs_written, values)
    names = list(done.signature)
    return {"mode": "launch", "values": values, "signature": done.signature, "constexprs": done.constexprs,
            "attrs": {names[k[0]]: v for k, v in sorted(done.attrs.items())},
            "assumed": sorted(f"{name}: {why}" for name, why in done.assumed)}


# ----------------------------------------------------------------------------- worker side

def python_triton_expected() -> str | None:
    """The Triton version the parent planned for (set for --python/--triton workers)."""
    return os.environ.get("ISACHECK_REGEN_TRITON")


def _init_worker(cache_dir: str, own_packages_only: bool = False) -> None:
    # A private, empty Triton cache: a cache entry written by another tool (for instance
    # `isacheck dump` on the same source) would carry that tool's absolute .file directory.
    os.environ["TRITON_CACHE_DIR"] = cache_dir
    os.environ.update(ENVIRONMENT)
    if own_packages_only:
        # Another interpreter (--python/--triton): spawn hands it this process's sys.path, whose
        # site-packages hold the other Triton; keep only its own.
        import site
        sys.path[:] = [p for p in sys.path if "site-packages" not in p] + site.getsitepackages()


def _load_kernel(stem: str, kernel: str):
    """Import samples/kernels/<stem>.py under the relative file name "<stem>.py".

    Triton takes the .file directive of the kernel from the function's co_filename; compiling the
    source under its bare file name (and registering it in linecache, where inspect finds the
    source again) keeps this machine's directory out of the dump.
    """
    import linecache
    import types

    name = f"{stem}.py"
    source = (KERNELS_DIR / name).read_text()
    # mtime None: linecache.checkcache() never drops an entry it cannot stat.
    linecache.cache[name] = (len(source), None, source.splitlines(True), name)
    module_name = f"isacheck_samples_{stem}"
    module = sys.modules.get(module_name)
    if module is None:
        module = types.ModuleType(module_name)
        module.__file__ = name
        sys.modules[module_name] = module
        exec(compile(source, name, "exec"), module.__dict__)
    return getattr(module, kernel)


def _constexpr_value(value):
    import triton.language as tl

    if value == "None":
        return None
    if isinstance(value, str) and value.startswith("tl."):
        return getattr(tl, value[3:])
    return value


def resolve_variant(spec: dict, kernel: str, variant: str, dtype: str) -> tuple[dict, dict, dict]:
    """(signature, constexprs as written, options) of one variant with "*fp8" -> "*<dtype>"."""
    v = spec["kernels"][kernel]["variants"][variant]
    signature = {name: (f"*{dtype}" if ty == "*fp8" else ty) for name, ty in v["signature"].items()}
    options = {"num_warps": v.get("num_warps", 4), "num_stages": v.get("num_stages", 2)}
    return signature, dict(v.get("constexprs", {})), options


def postprocess(text: str, triton_dir: str) -> tuple[str, int]:
    """Replace Triton's install directory by a placeholder in .file and .debug_str lines only.

    Returns (text, number of lines changed). Everything else is left exactly as Triton wrote it.
    """
    out = []
    changed = 0
    in_debug_str = False
    for line in text.splitlines(keepends=True):
        stripped = line.lstrip()
        if stripped.startswith(".section"):
            in_debug_str = stripped.split(None, 1)[1].startswith(".debug_str")
        if triton_dir in line and (stripped.startswith(".file") or in_debug_str):
            line = line.replace(triton_dir, TRITON_PLACEHOLDER)
            changed += 1
        out.append(line)
    return "".join(out), changed


INTRINSIC_RE = re.compile(r"@(llvm\.amdgcn\.[A-Za-z0-9_.]+)")


def hardware_fp8_intrinsics(llir: str) -> list[str]:
    """FP8/BF8 hardware intrinsics the LLVM IR calls (conversions, MFMA/WMMA/SWMMAC, dot4)."""
    names = set()
    for name in INTRINSIC_RE.findall(llir):
        if ("fp8" in name or "bf8" in name or "f8f6f4" in name
                or name.startswith("llvm.amdgcn.cvt.scalef32")):
            names.add(name)
    return sorted(names)


def matrix_intrinsics(llir: str) -> list[str]:
    """Every MFMA/WMMA/SWMMAC intrinsic the LLVM IR calls, FP8 or not (fp16 WMMA = FP8 emulated)."""
    return sorted({name for name in INTRINSIC_RE.findall(llir)
                   if name.startswith(("llvm.amdgcn.mfma", "llvm.amdgcn.wmma", "llvm.amdgcn.swmmac"))})


# The options Triton actually compiled with (from the compiled kernel's metadata), recorded per
# dump; the rest of the metadata is either derived (hash, name) or names paths of this machine.
RECORDED_OPTIONS = ("num_warps", "num_stages", "waves_per_eu", "warp_size", "num_ctas",
                    "enable_fp_fusion", "allow_flush_denorm", "default_dot_input_precision",
                    "kpack", "matrix_instr_nonkdim", "schedule_hint")


def fp8_formats_in_ttgir(ttgir: str) -> list[str]:
    found = {triton for mlir, triton in MLIR_FP8.items() if re.search(rf"\b{mlir}\b", ttgir)}
    return sorted(found)


def emulated_formats(formats: list[str], intrinsics: list[str]) -> list[str]:
    """FP8 formats of the TTGIR that no FP8 hardware intrinsic handles.

    A format is covered when an intrinsic names its kind (e4m3 -> "fp8", e5m2 -> "bf8") or is a
    format-agnostic f8f6f4 MFMA/WMMA (format chosen by an operand). Everything else that the TTGIR
    holds in FP8 must be converted by software.
    """
    emulated = []
    for fmt in formats:
        token = INTRINSIC_TOKEN[fmt]
        if not any(token in name or "f8f6f4" in name for name in intrinsics):
            emulated.append(fmt)
    return emulated


STAT_RE = re.compile(r"^\s*;\s*(ScratchSize|NumVgprs|NumAgprs|TotalNumVgprs|TotalNumSgprs|Occupancy|LDSByteSize):\s*(\d+)",
                     re.M)


def stats(amdgcn: str) -> dict[str, int]:
    """The first value of each statistic in LLVM's comment block after the kernel."""
    found: dict[str, int] = {}
    for name, value in STAT_RE.findall(amdgcn):
        found.setdefault(name, int(value))
    return found


def compile_job(job: Job) -> dict:
    """Compile one dump in a worker; return its text and manifest entry (no file is written)."""
    import triton
    from triton.backends.compiler import GPUTarget
    from triton.compiler import ASTSource

    spec = tomllib.loads((KERNELS_DIR / f"{job.stem}.toml").read_text())
    signature, constexprs_written, options = resolve_variant(spec, job.kernel, job.variant, job.dtype)
    constexprs = {name: _constexpr_value(value) for name, value in constexprs_written.items()}
    fn = _load_kernel(job.stem, job.kernel)
    full_signature = {name: signature.get(name, "constexpr") for name in fn.arg_names}
    missing = [n for n, ty in full_signature.items() if ty == "constexpr" and n not in constexprs]
    if missing:
        raise RuntimeError(f"{job.stem}.toml: {job.kernel} has no type or value for {', '.join(missing)}")

    attrs = {}
    launch = json.loads(job.launch) if job.launch else None
    if launch:
        # specialised as a launch with the spec's sample values would be (launch_specialization)
        # (the JSON is key-sorted: order the signature by the function's own parameters)
        full_signature = {name: launch["signature"][name] for name in fn.arg_names}
        constexprs = {name: _constexpr_value(value) for name, value in launch["constexprs"].items()}
        attrs = {(fn.arg_names.index(name),): value for name, value in launch["attrs"].items()}

    start = time.perf_counter()
    compiled = triton.compile(ASTSource(fn=fn, signature=full_signature, constexprs=constexprs, attrs=attrs),
                              target=GPUTarget("hip", job.target, wave_size(job.target)),
                              options=options)
    seconds = time.perf_counter() - start

    text, changed = compiled.asm["amdgcn"], 0
    # co_filename of Triton's library functions, and its resolved form in case of symlinks.
    triton_dirs = {str(Path(triton.__file__).parent), str(Path(triton.__file__).resolve().parent)}
    for triton_dir in sorted(triton_dirs, key=len, reverse=True):
        text, n = postprocess(text, triton_dir)
        changed += n
    for leftover in (*triton_dirs, str(HERE.parent), str(HERE.parent.resolve())):
        if leftover in text:
            raise RuntimeError(f"{job.dump}: absolute path {leftover} left in the dump")
    if changed:
        # The placeholder must leave the text valid for LLVM's own assembler.
        try:
            from triton.backends.amd.compiler import assemble_amdgcn
        except ImportError:     # Triton 3.3-3.8: the binding make_hsaco itself calls
            from triton._C.libtriton import amd
            assemble_amdgcn = amd.assemble_amdgcn
        assemble_amdgcn(text, job.target, "")

    if python_triton_expected() not in (None, triton.__version__):
        raise RuntimeError(f"compiled by Triton {triton.__version__}, not {python_triton_expected()}")
    metadata = compiled.metadata._asdict()
    recorded_options = {name: metadata[name] for name in RECORDED_OPTIONS if name in metadata}
    intrinsics = hardware_fp8_intrinsics(compiled.asm["llir"])
    inline = inline_asm_fp8(compiled.asm["llir"])     # Triton 3.3's gfx942 FNUZ conversions
    formats = fp8_formats_in_ttgir(compiled.asm["ttgir"])
    st = stats(text)
    entry = {
        "kernel_file": f"kernels/{job.stem}.py",
        "spec_file": f"kernels/{job.stem}.toml",
        "kernel": job.kernel,
        "variant": job.variant,
        "dtype": job.dtype,
        "target": job.target,
        "wave_size": wave_size(job.target),
        "num_warps": options["num_warps"],
        "num_stages": options["num_stages"],
        "compile_options": recorded_options,
        "signature": signature,
        "constexprs": constexprs_written,
        # how the arguments were specialised: as a launch with these sample values (Triton's rules)
        "specialization": ({k: launch[k] for k in ("mode", "values", "attrs", "assumed")} | {"triton": package_version("triton")}
                           if launch else {"mode": "generic"}),
        "lines": len(text.splitlines()),
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
        "inputs_sha256": job.inputs_sha256,
        "postprocessed_lines": changed,
        "ground_truth": {
            "source": "Triton's LLVM IR (k.asm['llir']), TTGIR and the amdgcn statistics comment",
            "hardware_fp8": bool(intrinsics or inline),
            "hardware_fp8_intrinsics": intrinsics,
            "hardware_fp8_inline_asm": inline,
            "matrix_intrinsics": matrix_intrinsics(compiled.asm["llir"]),
            "fp8_formats": formats,
            "emulated_formats": emulated_formats(formats, intrinsics + inline),
            "scratch_size": st.get("ScratchSize"),
            "num_vgprs": st.get("NumVgprs"),
            "num_agprs": st.get("NumAgprs"),
            "total_num_vgprs": st.get("TotalNumVgprs"),
            "total_num_sgprs": st.get("TotalNumSgprs"),
            "lds_bytes": st.get("LDSByteSize"),
            "occupancy": st.get("Occupancy"),
            "folded_spill_comments": text.count("Folded Spill"),
            "folded_reload_comments": text.count("Folded Reload"),
            # FP8 values converted in software per source line (samples/ground_truth.py).
            "software_conversions": software_conversions(compiled.asm["llir"], compiled.asm["ttgir"]),
        },
    }
    return {"text": text, "entry": entry, "seconds": seconds}


# ----------------------------------------------------------------------------- main side

def read_manifest() -> dict:
    try:
        return json.loads(MANIFEST.read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def up_to_date(job: Job, old_dumps: dict) -> bool:
    entry = old_dumps.get(job.dump)
    path = ASM_DIR / job.dump
    if entry is None or entry.get("inputs_sha256") != job.inputs_sha256 or not path.exists():
        return False
    return hashlib.sha256(path.read_bytes()).hexdigest() == entry.get("sha256")


def manifest_document(triton_version: str, dumps: dict) -> dict:
    return {
        "generator": "samples/regen.py",
        "recipe_version": RECIPE_VERSION,
        "triton_version": triton_version,
        "backend": "hip (Triton's AMD backend, compiled on CPU, no GPU)",
        "environment": ENVIRONMENT,
        "waves": {target: wave_size(target) for target in TARGETS},
        "plan": {
            "default": [f"{d}--{t}" for d, t in BASE_PLAN],
            **{stem: [f"{d}--{t}" for d, t in plan] for stem, plan in PLAN_BY_STEM.items()},
        },
        "fp8_signature_placeholder": '"*fp8" in a spec is replaced by "*<dtype>" of the dump',
        "post_processing": [
            "Kernels are compiled under their bare file name (co_filename '<stem>.py'), so .file "
            "directives name them without a directory.",
            f"Functions from Triton's own library (tl.cdiv, tl.max, ...) carry Triton's absolute "
            f"install directory; it is replaced by '{TRITON_PLACEHOLDER}' in .file directives and "
            f".debug_str lines only (count per dump: postprocessed_lines), and every such dump "
            f"is checked to assemble with triton.backends.amd.compiler.assemble_amdgcn. The "
            f"'string offset=' comments in .debug_str keep the offsets of the original strings. "
            f"Nothing else is changed.",
        ],
        "dumps": dict(sorted(dumps.items())),
    }


def markdown_table(manifest: dict) -> str:
    rows = ["| dump | kernel | dtype | target | wave | lines | hardware FP8 | emulated formats "
            "| scratch bytes | VGPRs | AGPRs | Folded Spill |",
            "|---|---|---|---|---|---:|---|---|---:|---:|---:|---:|"]
    for dump, e in sorted(manifest.get("dumps", {}).items()):
        gt = e["ground_truth"]
        rows.append(f"| `{dump}` | {e['kernel']} | {e['dtype']} | {e['target']} | {e['wave_size']} "
                    f"| {e['lines']} | {'yes' if gt['hardware_fp8'] else 'no'} "
                    f"| {', '.join(gt['emulated_formats']) or '-'} | {gt['scratch_size']} "
                    f"| {gt['num_vgprs']} | {gt['num_agprs'] if gt['num_agprs'] is not None else '-'} "
                    f"| {gt['folded_spill_comments']} |")
    return "\n".join(rows)


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # newline="": write the text byte for byte, never translating line ends.
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


# Triton's words when it refuses an FP8 type on a target (3.3, 3.4).
REFUSAL = re.compile(r"type fp8\w+ not supported in this architecture[^\"]*")


def _other_python(args) -> str | None:
    """The interpreter of --python, or of --triton's environment (made with isacheck, once)."""
    if args.triton:
        from isacheck import config
        from isacheck.frontend.environments import ensure
        runtime, _ = ensure(config.triton_envs_dir(), args.triton, sys.stdout)
        return runtime.python
    return args.python


def _version_of(python: str) -> str:
    import subprocess
    out = subprocess.run([python, "-c", "import importlib.metadata as m; print(m.version('triton'))"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="recompile up-to-date dumps too")
    parser.add_argument("--check", action="store_true",
                        help="recompile everything and report dumps that differ; write nothing")
    parser.add_argument("--only", metavar="TEXT", help="only dumps whose path contains TEXT")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--table", action="store_true",
                        help="print the Markdown table of MANIFEST.json (for README.md) and exit")
    parser.add_argument("--triton", metavar="VERSION",
                        help="compile with this Triton release instead of the installed one, in the environment "
                             "`isacheck dump --triton` uses (made once); dumps go to samples/asm/triton-VERSION/")
    parser.add_argument("--python", metavar="PATH",
                        help="compile with the Triton of this interpreter (same Python version); dumps go to "
                             "samples/asm/triton-<its version>/")
    parser.add_argument("--target", metavar="GFX[,GFX...]",
                        help="only these targets (Triton 3.5-3.7 take minutes per FP8 GEMM on gfx11)")
    args = parser.parse_args(argv)
    python = _other_python(args)
    if args.table:
        print(markdown_table(read_manifest()))
        return 0

    triton_version = package_version("triton") if python is None else _version_of(python)
    if python is not None:
        # Another release's dumps and manifest live apart; the 3.9 matrix stays as it is.
        global ASM_DIR, MANIFEST
        ASM_DIR = HERE / "asm" / f"triton-{triton_version}"
        MANIFEST = ASM_DIR / "MANIFEST.json"
    jobs = plan_jobs(triton_version)
    old = read_manifest()
    old_dumps = old.get("dumps", {}) if old.get("triton_version") == triton_version else {}
    selected = [j for j in jobs if (args.only is None or args.only in j.dump)
                and (not args.target or j.target in args.target.split(","))]
    if args.check or args.force:
        todo = selected
    else:
        todo = [j for j in selected if not up_to_date(j, old_dumps)]
    print(f"{len(jobs)} dumps planned, {len(selected)} selected, {len(todo)} to compile "
          f"(triton {triton_version}, {args.jobs} workers)", flush=True)

    # Longest first (the emulated GEMMs on RDNA3/3.5), so that two workers finish together.
    def cost(job: Job) -> int:
        heavy = job.stem in ("fused_moe", "w8a8_gemm", "spill")
        emulated = job.target in ("gfx1151", "gfx1100")
        return -(2 * heavy + emulated)

    todo.sort(key=lambda j: (cost(j), j.dump))
    results: dict[str, dict] = {}
    refused: dict[str, str] = {}
    failures = 0
    with tempfile.TemporaryDirectory(prefix="isacheck-regen-cache-") as cache_dir:
        context = multiprocessing.get_context("spawn")
        extra = {}
        if python is not None:
            context.set_executable(python)
            from isacheck.frontend import triton_api
            problem = triton_api.prepare_environment(triton_version, os.environ)   # ld.lld for 3.3/3.4
            os.environ["ISACHECK_REGEN_TRITON"] = triton_version
            if problem:
                raise SystemExit(problem)
            # One job per worker process: Triton 3.4 carries state from one target's compile to the
            # next (gfx942's e4m3fnuz quantisation came out in software after a gfx950 compile).
            extra["max_tasks_per_child"] = 1
        with concurrent.futures.ProcessPoolExecutor(max_workers=args.jobs, mp_context=context,
                                                    initializer=_init_worker,
                                                    initargs=(cache_dir, python is not None), **extra) as pool:
            futures = {pool.submit(compile_job, job): job for job in todo}
            for n, future in enumerate(concurrent.futures.as_completed(futures), 1):
                job = futures[future]
                try:
                    result = future.result()
                except Exception as exc:  # report every failing dump, not just the first
                    if REFUSAL.search(str(exc)):
                        # Triton 3.3/3.4 refuse fp8e4nv on gfx11 (3.3 also gfx12): a fact, not a failure.
                        refused[job.dump] = REFUSAL.search(str(exc)).group(0)
                        print(f"[{n:2}/{len(todo)}] refused {job.dump}: {refused[job.dump]}", flush=True)
                        continue
                    failures += 1
                    print(f"[{n:2}/{len(todo)}] FAILED {job.dump}: {exc}", flush=True)
                    continue
                entry = result["entry"]
                gt = entry["ground_truth"]
                print(f"[{n:2}/{len(todo)}] {job.dump:58} {result['seconds']:6.2f} s "
                      f"{entry['lines']:6} lines  hw_fp8={str(gt['hardware_fp8']):5} "
                      f"scratch={gt['scratch_size']}", flush=True)
                results[job.dump] = result
                if not args.check:
                    # Written as it comes, so that a failure late in a long run keeps the rest.
                    write_text(ASM_DIR / job.dump, result["text"])

    if args.check:
        if failures:
            print(f"check: {failures} dump(s) failed to compile", flush=True)
            return 1
        differ = []
        for job in todo:
            path = ASM_DIR / job.dump
            new_sha = results[job.dump]["entry"]["sha256"]
            if not path.exists():
                differ.append(f"missing  {job.dump}")
            elif hashlib.sha256(path.read_bytes()).hexdigest() != new_sha:
                differ.append(f"differs  {job.dump}")
            elif old_dumps.get(job.dump) != results[job.dump]["entry"]:
                differ.append(f"manifest {job.dump} (the dump is the same; its MANIFEST.json entry is not)")
        for line in differ:
            print(line)
        print(f"check: {len(differ)} of {len(todo)} dumps differ", flush=True)
        return 1 if differ else 0

    dumps = {j.dump: old_dumps[j.dump] for j in jobs if j.dump in old_dumps and j.dump not in results}
    for dump, result in results.items():
        dumps[dump] = result["entry"]
    planned = {j.dump for j in jobs}
    dumps = {d: e for d, e in dumps.items() if d in planned and (ASM_DIR / d).exists()}
    document = manifest_document(triton_version, dumps)
    refused = {**old.get("refused", {}), **refused} if old.get("triton_version") == triton_version else refused
    if refused:
        document["refused"] = dict(sorted(refused.items()))
    write_text(MANIFEST, json.dumps(document, indent=2, sort_keys=True) + "\n")
    stale = sorted(str(p.relative_to(ASM_DIR)) for stem in load_specs()
                   for p in (ASM_DIR / stem).glob("*.s") if str(p.relative_to(ASM_DIR)) not in planned)
    for path in stale:
        print(f"stale dump not in the plan (delete it by hand): {path}")
    missing = sorted(planned - set(dumps) - set(refused))
    print(f"wrote {len(results)} dumps; manifest lists {len(dumps)} of {len(planned)} planned"
          + (f"; {len(missing)} not yet generated" if missing else ""), flush=True)
    if failures:
        print(f"{failures} dump(s) failed", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""``dump`` specialises arguments exactly as a real launch does with the installed Triton.

Ground truth is Triton's own launch path: ``JITFunction.warmup`` with sample arguments (Triton's
``MockTensor`` for tensors) on a test driver that reports an AMD target, with Triton's
``jit_cache_hook`` capturing the signature, constants and attributes the launch would compile
with (the hook returns True, so Triton stops there: no GPU, no compile). isacheck's plan for the
same sample values must match it argument by argument, and the compiled TTGIR must carry those
attributes.
"""

from __future__ import annotations

import io
import json
import re
import textwrap
from pathlib import Path

import pytest

from isacheck.cli import main

KERNEL = textwrap.dedent('''
    import triton
    import triton.language as tl


    @triton.jit
    def scaled_copy(x_ptr, y_ptr, n, stride, scale, BLOCK: tl.constexpr):
        i = tl.program_id(0) * BLOCK + tl.arange(0, BLOCK)
        x = tl.load(x_ptr + i * stride, mask=i < n)
        tl.store(y_ptr + i, x * scale, mask=i < n)
''')

ARCH, WAVE = "gfx1151", 32
GIB = 1 << 30

# (name, spec values, Triton launch arguments as (kind, value) per parameter)
# A pointer's launch argument is ("tensor", (address alignment, storage bytes)).
CASES = [
    ("typical", {"n": 4096, "stride": 1, "scale": 0.5},
     [("tensor", (256, 1 << 20)), ("tensor", (256, 1 << 20)), 4096, 1, 0.5]),
    ("odd", {"n": 7, "stride": 32, "scale": 2.0, "x_ptr": {"bytes": 3 * GIB}, "y_ptr": {"align": 8}},
     [("tensor", (256, 3 * GIB)), ("tensor", (8, 1 << 20)), 7, 32, 2.0]),
    ("wide", {"n": 1 << 33, "stride": -3, "scale": 1.0, "y_ptr": {"align": 16, "bytes": 2 * GIB - 1}},
     [("tensor", (256, 1 << 20)), ("tensor", (16, 2 * GIB - 1)), 1 << 33, -3, 1.0]),
]


def _mock_tensor(align: int, nbytes: int):
    import triton.language as tl
    from triton.runtime.jit import MockTensor

    class Sample(MockTensor):
        def data_ptr(self):
            return (1 << 36) + align

        def ptr_range(self):
            return nbytes

    return Sample(tl.float16)


def _test_driver():
    from triton.backends.compiler import GPUTarget
    from triton.backends.driver import DriverBase

    class CompileOnly(DriverBase):
        @classmethod
        def is_active(cls):
            return False

        def map_python_to_cpp_type(self, ty):
            raise NotImplementedError

        def get_current_target(self):
            return GPUTarget("hip", ARCH, WAVE)

        def get_active_torch_device(self):
            raise NotImplementedError

        def get_benchmarker(self):
            raise NotImplementedError

        def get_current_device(self):
            return 0

        def get_current_stream(self, device=None):
            return 0

    return CompileOnly()


def triton_launch(jit, args: list) -> dict:
    """What ``kernel[grid](*args)`` would compile with: Triton's own answer."""
    from triton import knobs
    from triton.runtime.driver import driver

    captured: dict = {}

    def hook(**kwargs):
        captured.update(kwargs["compile"])
        return True      # stop before compiling

    saved_driver, saved_hook = driver._active, knobs.runtime.jit_cache_hook
    driver.set_active(_test_driver())
    knobs.runtime.jit_cache_hook = hook
    try:
        jit.warmup(*args, grid=(1,))
    finally:
        driver._active = saved_driver
        knobs.runtime.jit_cache_hook = saved_hook
    return captured


def triton_attrs(truth: dict) -> dict:
    """Triton's attributes per argument index, leaving out arguments it gave none."""
    return {tuple(k): [list(a) for a in v] for k, v in truth["configs"][0].items() if v}


@pytest.fixture(scope="module")
def kernel_file(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("spec")
    path = d / "scaled_copy.py"
    path.write_text(KERNEL)
    spec = d / "scaled_copy.toml"
    lines = []
    for name, values, _ in CASES:
        lines.append(f"[kernels.scaled_copy.variants.{name}]")
        lines.append('signature = { x_ptr = "*fp16", y_ptr = "*fp16" }')
        lines.append("constexprs = { BLOCK = 64 }")
        items = []
        for k, v in values.items():
            items.append(f"{k} = {{ {', '.join(f'{a} = {b}' for a, b in v.items())} }}" if isinstance(v, dict)
                         else f"{k} = {v}")
        lines.append(f"values = {{ {', '.join(items)} }}")
    spec.write_text("\n".join(lines) + "\n")
    return path


def _plan(kernel_file: Path, specialize: bool = True):
    from isacheck.frontend.loader import load_source
    from isacheck.frontend.plan import plan_jobs
    from isacheck.frontend.spec import load_spec
    from isacheck.frontend.targets import compile_target

    loaded = load_source(kernel_file)
    jobs = plan_jobs(loaded, load_spec(str(kernel_file.with_suffix(".toml"))), {}, [compile_target(ARCH)],
                     specialize=specialize)
    return loaded, {j.variant.name: j for j in jobs}


@pytest.mark.parametrize("case", [c[0] for c in CASES])
def test_plan_matches_tritons_own_launch_specialisation(kernel_file, case):
    loaded, jobs = _plan(kernel_file)
    job = jobs[case]
    _, values, launch_args = next(c for c in CASES if c[0] == case)
    args = [_mock_tensor(*a[1]) if isinstance(a, tuple) else a for a in launch_args] + [64]   # BLOCK
    truth = triton_launch(loaded.kernel("scaled_copy").jit, args)
    names = [p.name for p in loaded.kernel("scaled_copy").jit.params]
    assert job.signature == dict(truth["signature"])
    assert job.attrs == triton_attrs(truth)
    constants = {names[k[0]]: v for k, v in truth["constants"].items()}
    assert {n: v for n, v in job.constexprs.items()} == {n: getattr(v, "value", v) for n, v in constants.items()}
    # the pointers the spec gave no tensor for are the ones said to be assumed (and all scalars had values)
    assert job.assumed == tuple((p, "assumed-tensor") for p in ("x_ptr", "y_ptr") if p not in values)


def test_the_cases_cover_every_rule(kernel_file):
    """Not vacuous: between them, the cases hit every hint Triton gives and every case differs."""
    _, jobs = _plan(kernel_file)
    seen = {a[0] for j in jobs.values() for v in j.attrs.values() for a in v}
    assert seen == {"tt.divisibility", "tt.pointer_range"}
    assert jobs["typical"].signature["stride"] == "constexpr" and jobs["typical"].constexprs["stride"] == 1
    assert jobs["wide"].signature["n"] == "i64"
    assert len({json.dumps([j.signature, sorted((str(k), v) for k, v in j.attrs.items())])
                for j in jobs.values()}) == 3


def test_without_samples_the_assumptions_are_named_and_generic_has_no_hints(kernel_file):
    from isacheck.frontend.loader import load_source
    from isacheck.frontend.plan import plan_jobs
    from isacheck.frontend.spec import parse_spec
    from isacheck.frontend.targets import compile_target

    loaded = load_source(kernel_file)
    spec = parse_spec({"kernels": {"scaled_copy": {"signature": {"x_ptr": "*fp16", "y_ptr": "*fp16", "scale": "fp32"},
                                                   "constexprs": {"BLOCK": 64}}}})
    (job,) = plan_jobs(loaded, spec, {}, [compile_target(ARCH)])
    assert dict(job.assumed) == {"x_ptr": "assumed-tensor", "y_ptr": "assumed-tensor", "n": "no-sample",
                                 "stride": "no-sample", "scale": "no-sample"}
    truth = triton_launch(loaded.kernel("scaled_copy").jit,
                          [_mock_tensor(256, 1 << 20), _mock_tensor(256, 1 << 20), 3, 3, 1.5, 64])
    assert job.attrs == triton_attrs(truth)
    (generic,) = plan_jobs(loaded, spec, {}, [compile_target(ARCH)], specialize=False)
    assert generic.attrs == {} and generic.assumed == ()


_FUNC = re.compile(r"tt\.func public @scaled_copy\((.*)\) attributes")


def _ttgir_arg_attrs(text: str) -> list[set[str]]:
    """Per argument of the kernel in Triton's TTGIR: the attribute names it carries."""
    args = _FUNC.search(text).group(1)
    parts = re.split(r"%\w+: ", args)[1:]
    return [set(re.findall(r"(tt\.\w+) = ", p.split(" loc(")[0])) for p in parts]


@pytest.mark.compile
def test_compiled_ttgir_carries_the_launch_hints(kernel_file, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(kernel_file.parent)
    out = io.StringIO()
    code = main(["dump", str(kernel_file), "--spec", str(kernel_file.with_suffix(".toml")), "-t", ARCH, "-j", "2",
                 "--no-cache", "--out", str(tmp_path / "out"), "--format", "json", "--progress", "never"], stdout=out)
    assert code == 0, capsys.readouterr().err
    doc = json.loads(out.getvalue())
    loaded, jobs = _plan(kernel_file)
    for row in doc["rows"]:
        job = jobs[row["variant"]]
        ttgir = (tmp_path / "out" / "scaled_copy" / row["variant"] / f"{ARCH}.ttgir").read_text()
        compiled = _ttgir_arg_attrs(ttgir)
        runtime = [n for n, t in job.signature.items() if t != "constexpr"]
        index = list(job.signature)
        expected = [{a[0] for a in job.attrs.get((index.index(n),), [])} for n in runtime]
        assert compiled == expected, row["variant"]
        assert row["specialization"]["mode"] == "launch"
    # --no-specialize: a generic compile, no hints in the TTGIR
    out = io.StringIO()
    code = main(["dump", str(kernel_file), "--spec", str(kernel_file.with_suffix(".toml")), "-t", ARCH, "-j", "1",
                 "-k", "scaled_copy", "--no-cache", "--out", str(tmp_path / "generic"), "--no-specialize",
                 "--format", "json", "--progress", "never"], stdout=out)
    assert code == 0
    ttgir = (tmp_path / "generic" / "scaled_copy" / "odd" / f"{ARCH}.ttgir").read_text()
    assert _ttgir_arg_attrs(ttgir) == [set()] * 5


def test_set_describes_a_pointers_tensor(kernel_file):
    """--set a_ptr.bytes / a_ptr.align: the same tensor description as the spec's, same answer as Triton's."""
    from isacheck.errors import IsacheckError
    from isacheck.frontend.loader import load_source
    from isacheck.frontend.plan import plan_jobs
    from isacheck.frontend.spec import parse_sets, parse_spec
    from isacheck.frontend.targets import compile_target

    loaded = load_source(kernel_file)
    spec = parse_spec({"kernels": {"scaled_copy": {"signature": {"x_ptr": "*fp16", "y_ptr": "*fp16"},
                                                   "constexprs": {"BLOCK": 64}}}})
    sets = parse_sets(["x_ptr.bytes=4294967296", "y_ptr.align=4", "n=48", "stride=1", "scale=0.25"])
    (job,) = plan_jobs(loaded, spec, sets, [compile_target(ARCH)])
    truth = triton_launch(loaded.kernel("scaled_copy").jit,
                          [_mock_tensor(256, 1 << 32), _mock_tensor(4, 1 << 20), 48, 1, 0.25, 64])
    assert job.attrs == triton_attrs(truth) and job.signature == dict(truth["signature"])
    assert job.assumed == ()
    for bad in (["x_ptr.size=1"], ["x_ptr.bytes=big"], ["x_ptr.align=3"], ["x_ptr.bytes=0"]):
        with pytest.raises(IsacheckError) as info:
            parse_sets(bad)
        assert "--set" in str(info.value)


def test_sample_dumps_record_the_launch_specialisation_dump_computes():
    """samples/asm/MANIFEST.json: every dump says how it was specialised, and that is what
    ``dump`` computes for the same spec, dtype and target."""
    import sys as _sys
    if _sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    from isacheck.frontend.loader import load_source
    from isacheck.frontend.plan import plan_jobs
    from isacheck.frontend.spec import load_spec, parse_sets
    from isacheck.frontend.targets import compile_target

    samples = Path(__file__).resolve().parent.parent / "samples"
    manifest = json.loads((samples / "asm" / "MANIFEST.json").read_text())
    loaded: dict = {}
    checked = 0
    for dump, entry in sorted(manifest["dumps"].items()):
        spec_path = samples / entry["spec_file"]
        spec = tomllib.loads(spec_path.read_text())
        values = spec["kernels"][entry["kernel"]]["variants"][entry["variant"]].get("values", {})
        got = entry["specialization"]
        assert got["mode"] == "launch" and got["values"] == values, dump
        kernel_file = samples / entry["kernel_file"]
        if kernel_file not in loaded:
            loaded[kernel_file] = load_source(kernel_file)
        declared = spec["kernels"][entry["kernel"]]["variants"][entry["variant"]]["signature"]
        sets = parse_sets([f"{name}=*{entry['dtype']}" for name, ty in declared.items() if ty == "*fp8"])
        (job,) = plan_jobs(loaded[kernel_file], load_spec(str(spec_path)), sets, [compile_target(entry["target"])],
                           kernels=[entry["kernel"]])
        names = list(job.signature)
        assert got["attrs"] == {names[k[0]]: v for k, v in sorted(job.attrs.items())}, dump
        checked += 1
    assert checked >= 20

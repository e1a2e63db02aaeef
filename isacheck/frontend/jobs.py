"""One compile job (kernel x variant x target) and its result: the small, picklable things that
cross the process pool. Results carry the analysis, never assembly text or parse trees."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from isacheck.frontend.targets import CompileTarget
from isacheck.frontend.variants import Variant


@dataclass(frozen=True)
class Job:
    index: int
    source: str                 # absolute path of the kernel file (workers re-load it if needed)
    root: str | None
    kernel: str
    variant: Variant
    target: CompileTarget
    signature: dict             # resolved for this target (no "*fp8" left)
    constexprs: dict            # written form
    attrs: dict
    options: dict
    compile_key: str
    analysis_key: str
    artifact: str               # "<kernel>/<variant>/<target>": names the analysis and --out files
    runtime: Any = None         # remote.Runtime: the Triton to compile with; None: this process's
    timeout: float | None = None   # seconds; a job with a limit compiles in a worker that can be killed
    assumed: tuple = ()         # (argument, why) the launch-like specialisation had no sample for (specialize.py)
    launch_like: bool = False   # specialised like a real launch (dump's default), else a generic compile

    @property
    def label(self) -> str:
        triton = f" triton {self.runtime.name}" if self.runtime is not None else ""
        limit = f" (limit {self.timeout:g} s)" if self.timeout else ""
        return f"{self.kernel} {self.variant.name} {self.target.arch}{triton}{limit}"


@dataclass(frozen=True)
class JobResult:
    index: int
    analysis: Any | None        # ModuleAnalysis, None when the job failed
    error: str | None           # one line: Triton's message, or why the analysis failed
    meta: dict = field(default_factory=dict)   # num_warps, num_stages, warp_size, shared (from Triton)
    source: str = "compiled"    # "compiled" | "cache" | "cached-assembly" (analysis redone) | "twin" (of an identical job)
    outcome: str | None = None  # for a job with an error: "refused" (Triton refuses the FP8 type on this
                                # target: a verdict), "timed-out", else None (a compile failure)

    @property
    def ok(self) -> bool:
        return self.error is None


def job_to_json(job: Job) -> dict:
    from dataclasses import asdict
    return {
        "index": job.index, "source": job.source, "root": job.root, "kernel": job.kernel,
        "variant": {**asdict(job.variant), "signature": [list(x) for x in job.variant.signature],
                    "constexprs": [list(x) for x in job.variant.constexprs],
                    "values": [list(x) for x in job.variant.values], "options": [list(x) for x in job.variant.options],
                    "config_values": [list(x) for x in job.variant.config_values]},
        # Pairs, not an object: the cache writes JSON with sorted keys, and attrs index the signature.
        "target": asdict(job.target), "signature": [list(x) for x in job.signature.items()],
        "constexprs": job.constexprs,
        "attrs": [[list(k), v] for k, v in job.attrs.items()], "options": job.options,
        "compile_key": job.compile_key, "analysis_key": job.analysis_key, "artifact": job.artifact,
        "runtime": None if job.runtime is None else asdict(job.runtime), "timeout": job.timeout,
        "assumed": [list(a) for a in job.assumed],
        "launch_like": job.launch_like,
    }


def job_from_json(d: dict) -> Job:
    v = d["variant"]
    variant = Variant(kernel=v["kernel"], name=v["name"],
                      signature=tuple(tuple(x) for x in v["signature"]),
                      constexprs=tuple(tuple(x) for x in v["constexprs"]),
                      values=tuple(tuple(x) for x in v["values"]),
                      options=tuple(tuple(x) for x in v["options"]),
                      config=v["config"], inferred=tuple(v["inferred"]),
                      config_values=tuple(tuple(x) for x in v.get("config_values", ())))
    t = d["target"]
    target = CompileTarget(t["arch"], t["wave_size"], None if t["native_fp8"] is None else tuple(t["native_fp8"]),
                           t["fp8"], t["bf8"])
    signature = dict(d["signature"]) if isinstance(d["signature"], list) else d["signature"]
    return Job(d["index"], d["source"], d["root"], d["kernel"], variant, target, signature, d["constexprs"],
               {tuple(k): v for k, v in d["attrs"]}, d["options"], d["compile_key"], d["analysis_key"], d["artifact"],
               _runtime(d.get("runtime")), d.get("timeout"), tuple(tuple(a) for a in d.get("assumed", ())),
               d.get("launch_like", False))


def _runtime(d: dict | None):
    if d is None:
        return None
    from isacheck.frontend.remote import Runtime
    return Runtime(**d)

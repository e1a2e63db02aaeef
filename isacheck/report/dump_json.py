"""The JSON form of an ``isacheck dump`` report: documented, versioned, deterministic.

Schema ``isacheck.dump`` version 2 (2: each row's ``analysis`` carries the hot-loop ``estimate``;
``--whatif`` adds ``whatif``)::

    {"schema": "isacheck.dump", "schema_version": 2,
     "file": "kernels/fused_moe.py",               # relative to the working directory, else the name
     "rows": [                                     # by kernel, variant, target, then Triton as given
       {"kernel": NAME, "variant": NAME, "target": "gfx1151", "wave_size": 32,
        "native_fp8": null | ["e4m3fn", "e5m2"],   # formats the target executes (ISA database); null: unknown
        "signature": {ARG: "*fp8e4nv" | "i32" | ...}, "constexprs": {NAME: VALUE},
        "options": {"num_warps": 4, ...},          # compile options given to Triton
        "autotune_config": null | N, "autotune_values": {NAME: VALUE},
        "inferred": [ARG, ...],                    # argument types isacheck inferred (no spec entry)
        "specialized": [ARG, ...],                 # arguments that got a launch's hints
        "specialization": {"mode": "launch" | "generic", "hints": {ARG: ["tt.divisibility", ...]},
                           "assumed_tensor": [ARG, ...], "no_sample": [ARG, ...]},
        "status": "ok" | "failed" | "refused" | "timed-out" | "analysis-error",
        "error": null | "the compiler's (or analysis') message",
        "compile": {"num_warps", "num_stages", "waves_per_eu", "warp_size", "shared", ...},
                                                   # Triton's compile metadata as recorded; never timings
        "analysis": null | {...},                  # the ``isacheck.analyze`` kernel document (report/json.py)
        "triton": null | {"version", "build", "requested"},   # with --python / --triton
        "changed_from_previous_triton": ["fp8", "vgprs", "agprs", "spills", "scratch", "occupancy", "status"],
        "notes": [...]}],                          # only on a refused row: the ISA database's note
     "whatif": {...}}                              # only with --whatif: report/whatif_table.py

Keys are sorted, no timestamps (compile times stay out), no absolute paths.
"""

from __future__ import annotations

from isacheck.report.dump_table import DUMP_SCHEMA, SCHEMA_VERSION

__all__ = ["DUMP_SCHEMA", "SCHEMA_VERSION", "to_dict"]


def to_dict(report) -> dict:
    from isacheck.report.dump_report import rows as dump_rows
    from isacheck.report.dump_report import specialization
    from isacheck.report.json import display_path
    from isacheck.report.json import to_dict as analysis_dict

    rows = []
    for row in dump_rows(report):
        job, result = row["job"], row["result"]
        rows.append({
            "kernel": job.kernel, "variant": job.variant.name, "target": job.target.arch,
            "wave_size": job.target.wave_size,
            "native_fp8": None if job.target.native_fp8 is None else list(job.target.native_fp8),
            "signature": dict(job.signature), "constexprs": dict(job.constexprs),
            "options": dict(job.options), "autotune_config": job.variant.config,
            "autotune_values": dict(job.variant.config_values),
            "inferred": list(job.variant.inferred),
            "specialized": sorted(list(job.signature)[k[0]] for k in job.attrs),
            "specialization": specialization(job),
            "status": row["status"], "error": result.error,
            "compile": {k: v for k, v in result.meta.items() if k != "compile_seconds"},   # no timings: deterministic
            "analysis": analysis_dict(result.analysis) if result.ok else None,
            "triton": None if job.runtime is None else {"version": job.runtime.version, "build": job.runtime.build,
                                                        "requested": job.runtime.name},
            # Compile times are measurements that vary run to run: the text report shows them, the
            # JSON (deterministic) does not.
            "changed_from_previous_triton": [c for c in row["changed"] if c != "compile_time"],
        })
        if row["notes"]:
            rows[-1]["notes"] = list(row["notes"])
    order = _triton_names(report)
    rows.sort(key=lambda r: (r["kernel"], r["variant"], r["target"],
                             -1 if r["triton"] is None else order.index(r["triton"]["requested"])))
    doc = {"schema": DUMP_SCHEMA, "schema_version": SCHEMA_VERSION, "file": display_path(report.file),
           "rows": rows}
    if getattr(report, "whatif", None):
        from isacheck.report.whatif_table import to_json
        doc["whatif"] = to_json(report.whatif)
    return doc


def _triton_names(report) -> list[str]:
    """The Tritons in the order they were given (--python first, then --triton): rows of one job
    keep that order."""
    names: list[str] = []
    for j in report.jobs:
        if j.runtime is not None and j.runtime.name not in names:
            names.append(j.runtime.name)
    return names

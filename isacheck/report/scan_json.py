"""The JSON form of an ``isacheck scan`` report: documented, versioned, deterministic.

Schema ``isacheck.scan`` version 2 (2: each entry's ``analysis`` carries the hot-loop ``estimate``)::

    {"schema": "isacheck.scan", "schema_version": 2,
     "kernels": [                                  # by kernel name, then target
       {"kernel": NAME, "target": "gfx942",
        "native_fp8": null | ["e4m3fnuz", ...],    # formats the target executes; null: unknown target
        "entries": [                               # by cache entry (the hash directory's name)
          {"entry": HASH, "amdgcn_sha256": HEX,    # the entry's assembly, hashed
           "options": {"num_warps": 4, ...},       # the options the cache recorded
           "warp_size": 64,
           "status": "ok" | "failed", "error": null | "why it could not be analysed",
           "analysis": null | {...}}]}],           # the ``isacheck.analyze`` document (report/json.py)
     "skipped_entries": N}                         # cache entries that hold no AMD kernel

Keys are sorted, no timestamps, no paths.
"""

from __future__ import annotations

from isacheck.report.dump_table import SCAN_SCHEMA, SCHEMA_VERSION

__all__ = ["SCAN_SCHEMA", "SCHEMA_VERSION", "to_dict"]


def to_dict(report) -> dict:
    from isacheck.report.json import to_dict as analysis_dict
    from isacheck.report.scan_report import rows

    groups: dict[tuple[str, str], list] = {}
    natives: dict[str, list | None] = {}
    for row in rows(report):
        natives[row["target"]] = row["native_fp8"]
        item, result = row["item"], row["result"]
        groups.setdefault((row["kernel"], row["target"]), []).append({
            "entry": item.kernel.entry, "amdgcn_sha256": item.text_sha, "options": dict(item.kernel.options),
            "warp_size": item.kernel.warp_size, "status": "ok" if result.ok else "failed", "error": result.error,
            "analysis": analysis_dict(result.analysis) if result.ok else None})
    kernels = [{"kernel": name, "target": target, "native_fp8": natives[target],
                "entries": sorted(e, key=lambda x: x["entry"])}
               for (name, target), e in sorted(groups.items())]
    return {"schema": SCAN_SCHEMA, "schema_version": SCHEMA_VERSION, "kernels": kernels,
            "skipped_entries": report.skipped}

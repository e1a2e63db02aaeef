"""The JSON form of ``isacheck scan PATH --retarget T1,T2``: documented, versioned, deterministic.

Schema ``isacheck.scan-retarget``, version 1::

    {"schema": "isacheck.scan-retarget", "schema_version": 1,
     "targets": ["gfx1151", ...],                  # as requested, in order
     "kernels": [                                  # by kernel name
       {"kernel": NAME,
        "entries": [                               # by cache entry (hash directory)
          {"entry": HASH, "backend": "hip"|"cuda"|..., "target": "gfx942"|"sm90",
           "options": {...},                       # the recorded options carried over
           "original": null | {"status", "error", "analysis"},   # the cached AMD assembly, analysed
           "retargets": {ARCH: {"status": "ok"|"failed", "error", "compile": {...}, "analysis"}}}]}],
     "skipped_entries": N}

``status`` is "ok" or "failed"; ``error`` is null or Triton's (or the analysis') message;
``compile`` is what the compile recorded; ``analysis`` is null or the ``isacheck.analyze`` document of
:mod:`isacheck.report.json`. ``original`` is null for an entry without AMD assembly (an NVIDIA
cache). Keys are sorted; no timestamps, no paths of this machine.
"""

from __future__ import annotations

SCHEMA = "isacheck.scan-retarget"
SCHEMA_VERSION = 1


def to_dict(report) -> dict:
    from isacheck.report.json import to_dict as analysis_dict

    entries: dict[int, dict] = {}
    for entry in report.entries:
        entries[id(entry)] = {"entry": entry.entry, "backend": entry.backend, "target": entry.arch,
                              "options": dict(entry.options), "original": None, "retargets": {}}
    for job, result in zip(report.jobs, report.results):
        doc = {"status": "ok" if result.ok else "failed", "error": result.error,
               "analysis": analysis_dict(result.analysis) if result.ok else None}
        if job.target is None:
            entries[id(job.entry)]["original"] = doc
        else:
            entries[id(job.entry)]["retargets"][job.target.arch] = {**doc, "compile": dict(result.meta)}
    kernels: dict[str, list] = {}
    for entry in report.entries:
        kernels.setdefault(entry.name, []).append(entries[id(entry)])
    return {"schema": SCHEMA, "schema_version": SCHEMA_VERSION, "targets": [t.arch for t in report.targets],
            "kernels": [{"kernel": name, "entries": sorted(es, key=lambda e: e["entry"])}
                        for name, es in sorted(kernels.items())],
            "skipped_entries": report.skipped}

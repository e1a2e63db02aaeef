"""The whole check: configuration -> kernel files -> revisions -> compiles -> rules -> result.

With a base revision, only kernel files that changed (or import a module that changed) are looked
at, and inside them only kernels whose source or callees changed are compiled, at both revisions
(isacheck/check/kernels.py decides from the syntax tree, without importing anything). A repeated
check answers every compile from the dump cache.

The base revision's files are read from git objects (``git archive``) into isacheck's cache
(``check/trees/<commit>``), never checked out over the user's tree.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from isacheck import config as cfg
from isacheck.check import baseline as baseline_mod
from isacheck.check import git
from isacheck.check.engine import evaluate
from isacheck.check.policy import Policy, make_policy
from isacheck.check.result import CheckResult, FileStatus, Fixed, JobRow, Reported, Side
from isacheck.check.files import FilePlan, affected, load_config, plan_files, rel
from isacheck.check.kernels import kernel_changes
from isacheck.check.source import KernelSource, kernel_sources
from isacheck.errors import UsageError
from isacheck.findings import sorted_findings
from isacheck.rules.context import JobId, KernelContext, SourceInfo

DEFAULT_BASELINE = ".isacheck-baseline.json"


@dataclass
class CheckRequest:
    paths: Sequence[str] = ()
    base: str | None = None             # a revision; None: the configured default (or none)
    no_base: bool = False
    targets: Sequence[str] | None = None
    baseline: str | None = None
    update_baseline: bool = False
    fail_on: str | None = None
    jobs: int | None = None
    cache_dir: str | None = None
    use_cache: bool = True
    config: str | None = None           # an explicit configuration file
    base_triton: str | None = None      # compare the same sources under this Triton release (the upgrade PR)
    cwd: str | None = None
    progress: str = "never"


@dataclass
class CheckOutcome:
    result: CheckResult
    baseline_written: str | None = None
    notes: list[str] = field(default_factory=list)   # one-line remarks for stderr
    reports: list = field(default_factory=list)      # ("base"|"head", DumpReport) of every dump, for --html


# --- compiles -------------------------------------------------------------------------------------

def _dump(path: Path, plan: FilePlan, spec: Path | None, kernels: Sequence[str] | None, req: CheckRequest,
          conf: cfg.ProjectConfig, root: Path, tritons: Sequence[str] = ()):
    from isacheck.frontend.session import DumpRequest, run_dump
    return run_dump(DumpRequest(path=str(path), targets=list(plan.targets), kernels=list(kernels) if kernels else None,
                                spec=str(spec) if spec else None, sets=list(plan.entry.sets),
                                jobs=req.jobs or conf.jobs, cache_dir=req.cache_dir, use_cache=req.use_cache,
                                progress=req.progress, tritons=list(tritons)))

# --- from dump reports to rule contexts ------------------------------------------------------------

def _contexts(report, plan: FilePlan, sources: dict[str, KernelSource], revision: str,
              thresholds) -> dict[JobId, KernelContext]:
    out = {}
    if report is None:
        return out
    for job, result in zip(report.jobs, report.results):
        jid = JobId(job.kernel, job.variant.name, job.target.arch)
        ks = sources.get(job.kernel)
        info = SourceInfo(plan.shown, ks.line if ks else None, ks.column if ks else None)
        analysis = None
        if result.ok:
            analysis = next((k for k in result.analysis.kernels if k.name == job.kernel), None) \
                or result.analysis.kernels[0]
        status = "ok" if result.ok else "refused" if result.outcome == "refused" else "failed"
        out[jid] = KernelContext(job=jid, analysis=analysis, status=status,
                                 error=result.error, revision=revision, source=info, thresholds=thresholds)
    return out


def _side(ctx: KernelContext | None) -> Side | None:
    if ctx is None:
        return None
    if not ctx.ok:
        return Side("failed", error=ctx.error)
    a = ctx.analysis
    from isacheck.rules.spills import spill_numbers
    n = spill_numbers(a)
    return Side("ok", fp8=a.fp8, vgprs=a.resources.vgprs, agprs=a.resources.agprs,
                spills=n["stores"] + n["reloads"] + n["agpr_copies"], scratch_bytes=n["scratch_bytes"],
                occupancy=a.resources.occupancy)


# --- the check ------------------------------------------------------------------------------------

def run_check(req: CheckRequest) -> CheckOutcome:
    cwd = Path(req.cwd or os.getcwd()).resolve()
    conf = load_config(req.config, cwd)
    root = Path(conf.root).resolve()
    policy = make_policy(dict(conf.rules), dict(conf.thresholds), (req.fail_on or conf.fail_on).lower())
    plans = plan_files(req.paths, req.targets, conf, root, cwd)
    cache = None
    if req.use_cache:
        from isacheck.frontend.cache import Cache
        cache = Cache(Path(req.cache_dir) if req.cache_dir else cfg.cache_dir())

    base_commit = base_label = None
    git_root = None
    head_label = "working tree"
    if req.base_triton:
        from isacheck.frontend.versions import triton_version
        base_label, head_label = f"Triton {req.base_triton}", f"Triton {triton_version()}"
    elif not req.no_base:
        git_root = git.repo_root(root)
        if req.base is not None:
            if git_root is None:
                raise UsageError(f"--base {req.base}: {root.name or root} is not inside a git repository")
            base_commit = git.resolve_commit(git_root, req.base)
            base_label = f"{base_commit[:12]} ({req.base})"
        elif git_root is not None and (conf.upstream or _has_upstream(git_root)):
            base_commit, how = git.default_base(git_root, conf.upstream)
            base_label = f"{base_commit[:12]} ({how})"

    files: list[FileStatus] = []
    rows: list[JobRow] = []
    reported: list[Reported] = []
    fixed: list[Fixed] = []
    evaluated: set[tuple[str, str | None, str | None]] = set()
    stats = {"jobs": 0, "compiled": 0, "cache_hits": 0, "failed": 0}
    thresholds = dict(policy.thresholds)
    dumped: list = []       # ("base"|"head", report): what `check --html` shows, base beside head

    if req.base_triton:
        # The upgrade case: the same sources, every configured kernel, under two Tritons.
        for plan in plans:
            head_path = root / plan.rel
            if not head_path.is_file():
                raise UsageError("no such file", path=plan.shown)
            head_spec = root / plan.entry.spec if plan.entry.spec else None
            kernels = list(plan.entry.kernels) or None
            head_report = _dump(head_path, plan, head_spec, kernels, req, conf, root)
            base_report = _dump(head_path, plan, head_spec, kernels, req, conf, root, tritons=[req.base_triton])
            _add_stats(stats, head_report, base_report)
            dumped += [(side, r) for side, r in (("base", base_report), ("head", head_report)) if r is not None]
            src = kernel_sources(head_path.read_bytes(), plan.shown)
            heads = _contexts(head_report, plan, src, "head", thresholds)
            bases = _contexts(base_report, plan, src, f"Triton {req.base_triton}", thresholds)
            files.append(FileStatus(plan.shown, "compiled", tuple(sorted({j.kernel for j in heads}))))
            _judge(plan, heads, bases, src, policy, rows, reported, fixed, evaluated, compare=True)
    elif base_commit is not None:
        changed = set(git.changed_paths(git_root, base_commit))
        prefix = Path(os.path.relpath(root, git_root)).as_posix()
        prefix = "" if prefix == "." else prefix + "/"
        changed_rel = {c[len(prefix):] for c in changed if c.startswith(prefix)}
        tree = None
        for plan in plans:
            head_path = root / plan.rel
            head_text = head_path.read_bytes() if head_path.is_file() else None
            why = affected(plan, changed_rel, head_text)
            if not why:
                files.append(FileStatus(plan.shown, "unchanged"))
                continue
            if tree is None:
                tree = git.export_tree(git_root, base_commit, (cache.root if cache else Path(_tmp_trees())) / "check" / "trees")
            base_root = tree / prefix if prefix else tree
            base_path = base_root / plan.rel
            base_path = base_path if base_path.is_file() else None
            if head_text is None:
                files.append(FileStatus(plan.shown, "removed"))
                continue
            head_spec = root / plan.entry.spec if plan.entry.spec else None
            base_spec = base_root / plan.entry.spec if plan.entry.spec else None
            if base_spec is not None and not base_spec.is_file():
                base_spec = head_spec       # the spec is new: describe the base's kernels with it
            base_text = base_path.read_bytes() if base_path else None
            # A changed spec or imported module changes every kernel, whether or not the file
            # changed too.
            kc = kernel_changes(plan, head_text, base_text, head_spec, base_spec, why != ("file",))
            if not kc["changed"] and not kc["base_changed"]:
                files.append(FileStatus(plan.shown, "unchanged", (), tuple(kc["unchanged"])))
                continue
            files.append(FileStatus(plan.shown, "compiled", tuple(kc["changed"]), tuple(kc["unchanged"])))
            head_report = _dump(head_path, plan, head_spec, kc["changed"], req, conf, root) if kc["changed"] else None
            base_kernels = kc["base_changed"] if base_path is not None else []
            base_report = _dump(base_path, plan, base_spec, base_kernels, req, conf, root) if base_kernels else None
            _add_stats(stats, head_report, base_report)
            dumped += [(side, r) for side, r in (("base", base_report), ("head", head_report)) if r is not None]
            head_src = kernel_sources(head_text, plan.shown)
            base_src = kernel_sources(base_text, plan.shown) if base_text is not None else {}
            heads = _contexts(head_report, plan, head_src, "head", thresholds)
            bases = _contexts(base_report, plan, base_src, "base", thresholds)
            _judge(plan, heads, bases, head_src, policy, rows, reported, fixed, evaluated, compare=True)
    else:
        for plan in plans:
            head_path = root / plan.rel
            if not head_path.is_file():
                raise UsageError("no such file", path=plan.shown)
            head_spec = root / plan.entry.spec if plan.entry.spec else None
            report = _dump(head_path, plan, head_spec, list(plan.entry.kernels) or None, req, conf, root)
            _add_stats(stats, report, None)
            dumped += [("head", report)] if report is not None else []
            head_src = kernel_sources(head_path.read_bytes(), plan.shown)
            heads = _contexts(report, plan, head_src, "head", thresholds)
            files.append(FileStatus(plan.shown, "compiled", tuple(sorted({j.kernel for j in heads}))))
            _judge(plan, heads, {}, head_src, policy, rows, reported, fixed, evaluated, compare=False)

    # The baseline: accepted findings are reported as such; entries for jobs that were evaluated
    # and no longer fire are reported as fixed.
    outcome_notes: list[str] = []
    baseline_path, baseline_shown, explicit = _baseline_path(req, conf, root, cwd)
    entries = {}
    if baseline_path is not None and (explicit or baseline_path.is_file()) and not req.update_baseline:
        entries = baseline_mod.load(baseline_path, baseline_shown)
    elif req.update_baseline and baseline_path is not None and baseline_path.exists():
        # Rewritten only if it is a baseline already: a mistyped --baseline never replaces a file
        # of the user's (the error says why).
        entries = baseline_mod.load(baseline_path, baseline_shown)
    final: list[Reported] = []
    for r in reported:
        entry = entries.get(r.finding.fingerprint)
        if r.status in ("new", "existing") and entry is not None and not req.update_baseline:
            r = Reported(r.finding, "baselined", entry.reason or None)
        final.append(Reported(r.finding, r.status, r.reason, r.status == "new" and policy.fails(r.finding.severity)))
    current = {r.finding.fingerprint for r in final}
    if not req.update_baseline:
        for e in entries.values():
            if e.fingerprint not in current and (e.kernel, e.variant, e.target) in evaluated:
                fixed.append(Fixed(e.fingerprint, e.rule, e.kernel, e.variant, e.target, e.message, "baseline"))
    written = None
    if req.update_baseline:
        if baseline_path is None:
            baseline_path, baseline_shown = root / DEFAULT_BASELINE, rel(root / DEFAULT_BASELINE, cwd)
        keep = [r.finding for r in final if r.status != "suppressed"]
        # Entries for jobs this run did not evaluate (unchanged kernels) are kept as they were.
        kept_entries = [e for e in entries.values() if (e.kernel, e.variant, e.target) not in evaluated]
        new_entries = baseline_mod.entries_for(keep, entries)
        merged = {e.fingerprint: e for e in kept_entries + new_entries}
        baseline_mod.write(baseline_path, sorted(merged.values(), key=lambda e: (e.kernel, e.variant or "",
                                                                                  e.target or "", e.rule, e.fingerprint)))
        written = baseline_shown
        final = [Reported(r.finding, r.status, r.reason, False) for r in final]

    order = {f: i for i, f in enumerate(sorted_findings(r.finding for r in final))}
    final.sort(key=lambda r: (order[r.finding], r.status))
    result = CheckResult(
        base=base_label, head=head_label, targets=tuple(sorted({t for p in plans for t in p.targets})),
        files=tuple(sorted(files, key=lambda f: f.path)),
        jobs=tuple(sorted(rows, key=lambda j: (j.file, j.kernel, j.variant or "", j.target or ""))),
        findings=tuple(final),
        fixed=tuple(sorted(set(fixed), key=lambda f: (f.kernel, f.variant or "", f.target or "", f.rule_id, f.source))),
        fail_on=policy.fail_on_label, rules=tuple(sorted(policy.severities)), stats=tuple(sorted(stats.items())),
        rules_doc_url=conf.rules_doc_url)
    return CheckOutcome(result, written, outcome_notes, dumped)


def _tmp_trees() -> str:
    """Where the base tree goes with --no-cache: a temporary directory, removed at exit."""
    import atexit
    import shutil
    import tempfile
    path = tempfile.mkdtemp(prefix="isacheck-base-")
    atexit.register(shutil.rmtree, path, True)
    return path


def _has_upstream(git_root: Path) -> bool:
    try:
        git._git(git_root, "rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}")
        return True
    except git.GitError:
        return False


def _baseline_path(req: CheckRequest, conf: cfg.ProjectConfig, root: Path, cwd: Path):
    """(path, display, explicitly given) of the baseline file, or (None, None, False)."""
    if req.baseline:
        p = (cwd / req.baseline)
        return p, req.baseline, True
    if conf.baseline:
        p = root / conf.baseline
        return p, rel(p, cwd), False
    if req.update_baseline:
        p = root / DEFAULT_BASELINE
        return p, rel(p, cwd), False
    return None, None, False


def _add_stats(stats: dict, *reports) -> None:
    for r in reports:
        if r is None:
            continue
        for k in stats:
            stats[k] += int(r.stats.get(k, 0))


def _judge(plan: FilePlan, heads: dict, bases: dict, head_src: dict[str, KernelSource], policy: Policy,
           rows: list, reported: list, fixed: list, evaluated: set, *, compare: bool) -> None:
    for jid in sorted(set(heads) | set(bases), key=lambda j: (j.kernel, j.variant or "", j.target or "")):
        head, base = heads.get(jid), bases.get(jid)
        if head is None and base is not None and base.job.kernel not in head_src and compare:
            change = "removed"
        elif base is None and compare:
            change = "new"
        elif head is None:
            change = "removed"
        else:
            change = "changed" if compare else "checked"
        ks = head_src.get(jid.kernel)
        rows.append(JobRow(plan.shown, jid.kernel, jid.variant, jid.target, change, _side(base), _side(head),
                           ks.line if ks else None))
        evaluated.add((jid.kernel, jid.variant, jid.target))
        jf = evaluate(jid, base, head, policy, compare=compare)
        suppression = ks.suppression if ks else None
        for status, found in (("new", jf.new), ("existing", jf.existing)):
            for f in found:
                if suppression and f.rule_id in suppression.rules:
                    reported.append(Reported(f, "suppressed", suppression.reason))
                else:
                    reported.append(Reported(f, status))
        for f in jf.gone:
            fixed.append(Fixed(f.fingerprint, f.rule_id, f.kernel, f.variant, f.target, f.message, "base"))

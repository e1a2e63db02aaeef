"""Configuration: every environment variable isacheck honours is read here, and nowhere else.

Other modules ask this one (``config.limits()``, ``config.cache_dir()``, ...) instead of looking at
``os.environ`` themselves, so that what can be configured is listed in one place and an invalid
value is refused with one line (a :class:`~isacheck.errors.UsageError`, exit 2) however it is used.

Sections: paths, then limits. Values are read when first asked for and kept for the process
(tests that change the environment call :func:`reset`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


def reset() -> None:
    """Forget what was read (for tests that switch the environment within one process)."""
    limits.cache_clear()


# --- paths -----------------------------------------------------------------------------------

def cache_dir() -> Path:
    """isacheck's cache: $ISACHECK_CACHE_DIR, else $XDG_CACHE_HOME/isacheck, else ~/.cache/isacheck."""
    explicit = os.environ.get("ISACHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "isacheck"


def triton_envs_dir() -> Path:
    """Where ``dump --triton X`` keeps one environment per Triton release: $ISACHECK_TRITON_ENVS,
    else the cache directory's ``triton-envs`` (big: ~0.5 GB per release; safe to delete)."""
    explicit = os.environ.get("ISACHECK_TRITON_ENVS")
    return Path(explicit) if explicit else cache_dir() / "triton-envs"


def user_db_dir() -> Path:
    """Where ``db update`` writes: $ISACHECK_DB_DIR, else $XDG_DATA_HOME/isacheck/isa_db."""
    explicit = os.environ.get("ISACHECK_DB_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "isacheck" / "isa_db"


def spec_json() -> Path | None:
    """AMD's ISA spec as JSON for ``python -m isacheck.isa.build``: $ISACHECK_SPEC_JSON, else None
    (the builder then looks in ``../shared/reference/`` beside the checkout)."""
    explicit = os.environ.get("ISACHECK_SPEC_JSON")
    return Path(explicit) if explicit else None


def llvm_mca() -> str | None:
    """The llvm-mca whose loop estimate is reported beside isacheck's (isacheck/analysis/mca.py):
    $ISACHECK_LLVM_MCA, a name or path used whatever its LLVM version, or "off"; None: look for
    llvm-mca 20 or later on PATH."""
    return os.environ.get("ISACHECK_LLVM_MCA") or None


def compiler_environment(prefixes: tuple[str, ...], ignored: set[str] | frozenset[str]) -> list[tuple[str, str]]:
    """The variables that change what Triton/LLVM produce (the caller names them by prefix), sorted:
    part of every compile's cache key (isacheck/frontend/versions.py)."""
    return sorted((k, v) for k, v in os.environ.items() if k.startswith(prefixes) and k not in ignored)


# --- limits ----------------------------------------------------------------------------------
# Every input isacheck reads has a byte limit, enforced while reading (never trusted from
# st_size, a header or Content-Length): /dev/zero, a FIFO, a decompression bomb or a server that
# never stops sending end with one line, and memory stays bounded. The defaults are generous for
# real inputs (the biggest Triton dump seen is ~10 MB; AMD's ISA release zip is ~10 MB) and each
# can be raised through the environment variable named beside it.

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    input_bytes: int          # one assembly file or standard input (analyze)
    member_bytes: int         # one member of a scanned archive, one XML file of an ISA release
    archive_bytes: int        # all members of one archive together, as extracted
    archive_members: int      # members of one archive (an archive of a million empty files)
    download_bytes: int       # the body of one HTTP response (db update)
    metadata_bytes: int       # one JSON metadata file of a Triton cache entry
    excerpt_chars: int        # how much of an offending input an error message quotes


# (field, environment variable, default, smallest value accepted)
_LIMITS: tuple[tuple[str, str, int, int], ...] = (
    ("input_bytes", "ISACHECK_MAX_INPUT_BYTES", 64 * MiB, 1),
    ("member_bytes", "ISACHECK_MAX_MEMBER_BYTES", 256 * MiB, 1),
    ("archive_bytes", "ISACHECK_MAX_ARCHIVE_BYTES", 1024 * MiB, 1),
    ("archive_members", "ISACHECK_MAX_ARCHIVE_MEMBERS", 100_000, 1),
    ("download_bytes", "ISACHECK_MAX_DOWNLOAD_BYTES", 256 * MiB, 1),
    ("metadata_bytes", "ISACHECK_MAX_METADATA_BYTES", 16 * MiB, 1),
    ("excerpt_chars", "ISACHECK_EXCERPT_CHARS", 80, 16),
)

LIMIT_VARIABLES: dict[str, str] = {name: env for name, env, _default, _least in _LIMITS}


@lru_cache(maxsize=1)
def limits() -> Limits:
    """The limits in force: defaults, each overridden by its environment variable."""
    values = {}
    for name, env, default, least in _LIMITS:
        raw = os.environ.get(env)
        if raw is None or raw.strip() == "":
            values[name] = default
            continue
        try:
            value = int(raw.strip().replace("_", ""))
        except ValueError:
            value = None
        if value is None or value < least:
            from isacheck.errors import UsageError, quote
            raise UsageError(f"environment variable {env}={quote(raw, 40)}: expected a whole number >= {least}")
        values[name] = value
    return Limits(**values)


# --- GitHub Actions ------------------------------------------------------------------------------
# The standard variables a workflow sets (docs: "Default environment variables"). The token is
# kept out of every repr and message: GitHubEnv.__repr__ hides it.

@dataclass(frozen=True)
class GitHubEnv:
    token: str | None
    repository: str | None        # "owner/name"
    event_path: str | None        # the webhook payload (pull_request.number lives there)
    ref: str | None               # "refs/pull/<n>/merge" on pull_request events
    api_url: str                  # https://api.github.com unless GitHub Enterprise / a test server
    event_name: str | None
    timeout: float                # seconds per request

    def __repr__(self) -> str:
        return (f"GitHubEnv(token={'<set>' if self.token else None}, repository={self.repository!r}, "
                f"ref={self.ref!r}, api_url={self.api_url!r})")


def github_env() -> GitHubEnv:
    timeout_raw = os.environ.get("ISACHECK_GITHUB_TIMEOUT", "").strip()
    try:
        timeout = float(timeout_raw) if timeout_raw else 30.0
    except ValueError:
        timeout = -1.0
    if not timeout > 0:
        from isacheck.errors import UsageError, quote
        raise UsageError(f"environment variable ISACHECK_GITHUB_TIMEOUT={quote(timeout_raw)}: expected seconds > 0")
    return GitHubEnv(token=os.environ.get("GITHUB_TOKEN") or None,
                     repository=os.environ.get("GITHUB_REPOSITORY") or None,
                     event_path=os.environ.get("GITHUB_EVENT_PATH") or None,
                     ref=os.environ.get("GITHUB_REF") or None,
                     api_url=(os.environ.get("GITHUB_API_URL") or "https://api.github.com").rstrip("/"),
                     event_name=os.environ.get("GITHUB_EVENT_NAME") or None,
                     timeout=timeout)


# --- the project's configuration: [tool.isacheck] in pyproject.toml, or isacheck.toml ------------
# Read by `isacheck check`. Every key is checked here, and an error names the key and the file.

CONFIG_FILES = ("isacheck.toml", "pyproject.toml")     # isacheck.toml wins when both exist


@dataclass(frozen=True)
class KernelFile:
    """One ``[[tool.isacheck.kernels]]`` entry: a kernel file (or glob) and how to compile it."""

    path: str                         # relative to the configuration file's directory; may be a glob
    spec: str | None = None
    sets: tuple[str, ...] = ()
    kernels: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()     # overrides the project's targets for this file


@dataclass(frozen=True)
class ProjectConfig:
    path: str | None                  # the file it came from (display form), None for defaults
    root: str                         # the directory paths are relative to
    targets: tuple[str, ...] = ()
    kernels: tuple[KernelFile, ...] = ()
    rules: tuple[tuple[str, str], ...] = ()          # rule id -> "off" | "info" | "warning" | "error"
    thresholds: tuple[tuple[str, object], ...] = ()
    fail_on: str = "error"
    baseline: str | None = None
    upstream: str | None = None       # the branch whose merge base is the default --base
    jobs: int | None = None
    # Where the project publishes docs/rules.md (an absolute http(s) URL): SARIF's helpUri is this
    # URL + "#" + rule id. None (the default): no helpUri at all. isacheck has no canonical home
    # page to point at, and SARIF requires helpUri to be an absolute URI when present; the rules'
    # full help text is in the SARIF either way.
    rules_doc_url: str | None = None


_TOP_KEYS = {"targets", "kernels", "rules", "thresholds", "fail-on", "baseline", "upstream", "jobs", "rules-doc-url"}
_KERNEL_KEYS = {"path", "spec", "set", "kernel", "targets"}


def find_project_config(start: str | os.PathLike) -> Path | None:
    """The nearest isacheck.toml, or pyproject.toml with a [tool.isacheck] table, from ``start`` up."""
    here = Path(start).resolve()
    for d in (here, *here.parents):
        for name in CONFIG_FILES:
            f = d / name
            if f.is_file() and (name == "isacheck.toml" or "[tool.isacheck" in _read_text(f)):
                return f
        if (d / ".git").exists():
            break
    return None


def _read_text(f: Path) -> str:
    try:
        return f.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def load_project_config(path: str | os.PathLike | None, *, root: str | os.PathLike, shown: str | None = None) -> ProjectConfig:
    """Parse and check the configuration; defaults when ``path`` is None."""
    if path is None:
        return ProjectConfig(path=None, root=str(root))
    from isacheck.errors import UsageError

    f = Path(path)
    shown = shown or f.name
    try:
        import tomllib
    except ImportError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        data = tomllib.loads(f.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read configuration: {exc.strerror}", path=shown) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"not valid TOML: {exc}", path=shown) from None
    if f.name == "isacheck.toml":
        table, prefix = data.get("tool", {}).get("isacheck", data), "" if "tool" not in data else "tool.isacheck."
    else:
        table, prefix = data.get("tool", {}).get("isacheck", {}), "tool.isacheck."

    def bad(key: str, expected: str):
        raise UsageError(f"configuration key {prefix}{key}: expected {expected}", path=shown)

    def str_list(value, key) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            bad(key, "a list of strings")
        return tuple(value)

    if not isinstance(table, dict):
        bad("", "a table")
    unknown = sorted(set(table) - _TOP_KEYS)
    if unknown:
        bad(unknown[0], f"one of the known keys ({', '.join(sorted(_TOP_KEYS))}); unknown key")
    targets = str_list(table.get("targets", []), "targets")
    kernels = []
    raw_kernels = table.get("kernels", [])
    if not isinstance(raw_kernels, list):
        bad("kernels", "an array of tables ([[tool.isacheck.kernels]] with path = ...)")
    for i, entry in enumerate(raw_kernels):
        key = f"kernels[{i}]"
        if isinstance(entry, str):
            entry = {"path": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            bad(f"{key}.path", "a file path or glob")
        extra = sorted(set(entry) - _KERNEL_KEYS)
        if extra:
            bad(f"{key}.{extra[0]}", f"one of {', '.join(sorted(_KERNEL_KEYS))}; unknown key")
        spec = entry.get("spec")
        if spec is not None and not isinstance(spec, str):
            bad(f"{key}.spec", "a file path")
        kernels.append(KernelFile(entry["path"], spec, str_list(entry.get("set", []), f"{key}.set"),
                                  str_list(entry.get("kernel", []), f"{key}.kernel"),
                                  str_list(entry.get("targets", []), f"{key}.targets")))
    rules = table.get("rules", {})
    if not isinstance(rules, dict):
        bad("rules", "a table of rule id = \"off\" | \"info\" | \"warning\" | \"error\"")
    from isacheck.rules import all_rules, default_thresholds
    known_rules = all_rules()
    for rid, level in rules.items():
        if rid not in known_rules:
            bad(f"rules.{rid}", f"a known rule id ({', '.join(known_rules)}); unknown rule")
        if not isinstance(level, str) or level.lower() not in ("off", "info", "warning", "error"):
            bad(f"rules.{rid}", "\"off\", \"info\", \"warning\" or \"error\"")
    thresholds = table.get("thresholds", {})
    known_thresholds = default_thresholds()
    if not isinstance(thresholds, dict):
        bad("thresholds", "a table of threshold = number")
    for name, value in thresholds.items():
        if name not in known_thresholds:
            bad(f"thresholds.{name}", f"a known threshold ({', '.join(sorted(known_thresholds))}); unknown threshold")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            bad(f"thresholds.{name}", "a number >= 0")
    fail_on = table.get("fail-on", "error")
    if not isinstance(fail_on, str) or fail_on.lower() not in ("info", "warning", "error", "never"):
        bad("fail-on", "\"info\", \"warning\", \"error\" or \"never\"")
    baseline = table.get("baseline")
    if baseline is not None and not isinstance(baseline, str):
        bad("baseline", "a file path")
    upstream = table.get("upstream")
    if upstream is not None and not isinstance(upstream, str):
        bad("upstream", "a branch name (e.g. origin/main)")
    jobs = table.get("jobs")
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1):
        bad("jobs", "a whole number >= 1")
    doc_url = table.get("rules-doc-url")
    if doc_url is not None and not _absolute_url(doc_url):
        bad("rules-doc-url", "an absolute http(s) URL of docs/rules.md (https://host/.../rules.md)")
    return ProjectConfig(path=shown, root=str(f.parent), targets=targets, kernels=tuple(kernels),
                         rules=tuple(sorted((k, v.lower()) for k, v in rules.items())),
                         thresholds=tuple(sorted(thresholds.items())), fail_on=fail_on.lower(),
                         baseline=baseline, upstream=upstream, jobs=jobs, rules_doc_url=doc_url)


def _absolute_url(value: object) -> bool:
    """An absolute http(s) URL with a host and no fragment (the rule id becomes the fragment)."""
    from urllib.parse import urlsplit
    if not isinstance(value, str) or value != value.strip() or any(c.isspace() for c in value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and not parts.fragment

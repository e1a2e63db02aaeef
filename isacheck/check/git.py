"""Read-only git for ``isacheck check``: nothing here writes to the user's working tree, index,
HEAD or refs. The base revision's files are exported with ``git archive`` (which only reads
objects) into a directory of isacheck's cache, keyed by the commit: the same base is exported once,
and its compiles are keyed by a stable path, so a repeated check is answered from the cache. The
last KEEP_TREES bases are kept. (``git archive`` leaves out files marked ``export-ignore`` in
.gitattributes; a kernel file so marked is seen as new at the head.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from isacheck.errors import IsacheckError, UsageError


class GitError(IsacheckError):
    """git refused or is missing (exit 2, one line)."""


def _git(cwd: str | os.PathLike, *args: str, binary: bool = False) -> bytes | str:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False,
                              env={**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"})
    except FileNotFoundError:
        raise GitError("git is not installed (needed for --base)") from None
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(f"git {args[0]}: {err[-1] if err else f'exit {proc.returncode}'}")
    return proc.stdout if binary else proc.stdout.decode("utf-8", "surrogateescape")


def repo_root(cwd: str | os.PathLike) -> Path | None:
    try:
        return Path(str(_git(cwd, "rev-parse", "--show-toplevel")).strip())
    except GitError:
        return None


def resolve_commit(root: Path, rev: str) -> str:
    if rev.startswith("-"):
        raise UsageError(f"--base {rev}: not a revision")
    try:
        return str(_git(root, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")).strip()
    except GitError:
        raise UsageError(f"--base {rev}: no such revision in this repository") from None


def default_base(root: Path, upstream: str | None) -> tuple[str, str]:
    """(commit, description): the merge base of HEAD with ``upstream`` (configuration) or with the
    current branch's configured upstream (``@{upstream}``)."""
    ref = upstream
    if ref is None:
        try:
            ref = str(_git(root, "rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}")).strip()
        except GitError:
            raise UsageError("no --base given and the current branch has no upstream: pass --base REV "
                             "(e.g. --base origin/main) or set [tool.isacheck] upstream") from None
    try:
        commit = str(_git(root, "merge-base", "HEAD", ref)).strip()
    except GitError as exc:
        raise UsageError(f"cannot find the merge base with {ref}: {exc}") from None
    return commit, f"merge base with {ref}"


def changed_paths(root: Path, base: str) -> tuple[str, ...]:
    """Paths (relative to the root, '/'-separated) that differ between ``base`` and the working
    tree, staged or not, plus untracked files that are not ignored."""
    diff = _git(root, "diff", "--name-only", "-z", "--no-renames", base, "--", binary=True)
    untracked = _git(root, "ls-files", "--others", "--exclude-standard", "-z", binary=True)
    names = {os.fsdecode(p) for p in (diff + untracked).split(b"\0") if p}
    return tuple(sorted(names))


def file_at(root: Path, commit: str, rel: str) -> bytes | None:
    try:
        return _git(root, "show", f"{commit}:{rel}", binary=True)
    except GitError:
        return None


def export_tree(root: Path, commit: str, dest_parent: Path) -> Path:
    """The files of ``commit``, extracted once into ``dest_parent/<commit>`` (atomically: a
    half-extracted tree is never seen under the final name)."""
    dest = dest_parent / commit
    if (dest / ".isacheck-complete").is_file():
        try:
            os.utime(dest / ".isacheck-complete")      # recently used: kept by _prune
        except OSError:
            pass
        return dest
    dest_parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{commit[:12]}-", dir=dest_parent))
    try:
        # Streamed ("r|"): a large repository's archive is never held in memory at once.
        proc = subprocess.Popen(["git", "archive", "--format=tar", commit], cwd=root, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env={**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"})
        try:
            with tarfile.open(fileobj=proc.stdout, mode="r|") as tar:
                # "data" filter: no absolute paths, no links out of the tree, no device files.
                tar.extractall(tmp, filter="data") if hasattr(tarfile, "data_filter") else tar.extractall(tmp)
        except (tarfile.TarError, OSError) as exc:
            raise GitError(f"cannot extract {commit[:12]} into isacheck's cache: {exc}") from None
        finally:
            proc.stdout.close()
            err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines()
            code = proc.wait()
        if code != 0:
            raise GitError(f"git archive: {err[-1] if err else f'exit {code}'}")
        (tmp / ".isacheck-complete").write_text(commit + "\n")
        try:
            os.replace(tmp, dest)
        except OSError:         # another check exported it meanwhile
            if not (dest / ".isacheck-complete").is_file():
                raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    _prune(dest_parent, keep=dest)
    return dest


KEEP_TREES = 8      # base trees kept in the cache (a CI runner checks a few bases at a time)


def _prune(parent: Path, keep: Path) -> None:
    """Remove all but the KEEP_TREES most recently exported base trees (never ``keep``)."""
    try:
        trees = sorted((p for p in parent.iterdir() if (p / ".isacheck-complete").is_file() and p != keep),
                       key=lambda p: (p / ".isacheck-complete").stat().st_mtime, reverse=True)
    except OSError:
        return
    for old in trees[KEEP_TREES - 1:]:
        shutil.rmtree(old, ignore_errors=True)

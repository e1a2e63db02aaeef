"""No path of the machine that made or runs the checkout is written into its code, data or docs.

The paths looked for are this machine's own, found at run time (the checkout, the folder beside
it that holds ``../shared``, the home directory, the Python environment, Triton's install
directory), so the test means the same thing on a developer's machine and on a fresh CI clone.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import REPO


def _machine_paths() -> list[str]:
    import triton

    candidates = {REPO, REPO.resolve(), REPO.parent / "shared", REPO.parent.resolve() / "shared",
                  REPO.parent, REPO.parent.resolve(), Path(sys.prefix), Path(sys.prefix).resolve(),
                  Path(triton.__file__).parent.parent}
    # A one-level directory such as "/src" would match ordinary text: only deeper paths count.
    found = {str(p) + os.sep for p in candidates if len(p.parts) > 2}
    home = Path.home()
    # A shallow home (a root account's) is checked where it leaks in practice, its dot
    # directories (caches, pyenv, Triton's cache); a test may well assert the bare prefix is absent.
    found.add(str(home) + os.sep + ("" if len(home.parts) > 2 else "."))
    return sorted(found)


def _project_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=REPO,
                            capture_output=True, check=True).stdout.decode().split("\0")
    return [REPO / name for name in listed if name and (REPO / name).is_file()]


def test_no_file_names_a_path_of_this_machine():
    needles = [n.encode() for n in _machine_paths()]
    offenders = []
    for path in _project_files():
        data = path.read_bytes()
        if b"\0" in data[:4096]:
            continue                                   # binary: not code, data or docs we write
        for needle in needles:
            if needle in data:
                line = data[:data.index(needle)].count(b"\n") + 1
                offenders.append(f"{path.relative_to(REPO)}:{line}: {needle.decode()}")
    assert offenders == []

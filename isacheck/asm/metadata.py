"""The ``.amdgpu_metadata`` block: YAML that the code-object loader reads (kernel resources).

The block's lines are collected raw by the builder and loaded here with PyYAML's C loader when
it is available (the block of a big file is a few hundred lines; the pure-Python loader is fine too).
"""

from __future__ import annotations

from typing import Any

import yaml

from isacheck.asm.model import ResourceFact
from isacheck.errors import MetadataError

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Loader = yaml.SafeLoader


class MetadataBlock:
    """A loaded metadata document, its kernels by ``.name``, and the line of each kernel key."""

    def __init__(self, document: Any, kernels: dict[str, dict], key_lines: dict[str, dict[str, int]],
                 start: int) -> None:
        self.document = document
        self._kernels = kernels
        self._key_lines = key_lines
        self.start = start

    @property
    def target(self) -> str | None:
        t = self.document.get("amdhsa.target") if isinstance(self.document, dict) else None
        return t if isinstance(t, str) else None

    def kernel(self, name: str) -> dict | None:
        return self._kernels.get(name)

    def facts(self, name: str) -> list[ResourceFact]:
        entry = self._kernels.get(name)
        if entry is None:
            return []
        lines = self._key_lines.get(name, {})
        out = []
        for key, value in entry.items():
            if isinstance(value, (bool, int, str)) and isinstance(key, str):
                out.append(ResourceFact("metadata", key.lstrip("."), value, lines.get(key, self.start)))
        return out

    @classmethod
    def load(cls, body: list[str], start: int, path: str) -> "MetadataBlock":
        """``body``: the lines between the directives; ``start``: line of ``.amdgpu_metadata``."""
        try:
            document = yaml.load("\n".join(body), Loader=_Loader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
            line = start + 1 + mark.line if mark is not None else start
            column = mark.column + 1 if mark is not None else None
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise MetadataError(f"broken .amdgpu_metadata YAML: {problem}", path=path, line=line,
                                column=column) from None
        kernels: dict[str, dict] = {}
        if document is None:
            document = {}
        if not isinstance(document, dict):
            raise MetadataError(".amdgpu_metadata is not a YAML mapping", path=path, line=start)
        entries = document.get("amdhsa.kernels") or []
        if not isinstance(entries, list):
            raise MetadataError("amdhsa.kernels in .amdgpu_metadata is not a list", path=path, line=start)
        for entry in entries:
            if isinstance(entry, dict) and isinstance(entry.get(".name"), str):
                kernels[entry[".name"]] = entry
        return cls(document, kernels, _key_lines(body, start), start)


def _key_lines(body: list[str], start: int) -> dict[str, dict[str, int]]:
    """For each kernel entry of ``amdhsa.kernels``: its top-level keys and their file lines.

    LLVM writes each entry as ``  - .key: ...`` followed by keys indented four spaces; nested
    lists (``.args``) are indented deeper and ignored.
    """
    out: dict[str, dict[str, int]] = {}
    current: dict[str, int] | None = None
    in_kernels = False
    for i, raw in enumerate(body):
        lineno = start + 1 + i
        if raw and not raw[0].isspace():
            in_kernels = raw.startswith("amdhsa.kernels:")
            current = None
            continue
        if not in_kernels:
            continue
        if raw.startswith("  - "):
            current = {}
            rest = raw[4:]
        elif raw.startswith("    ") and not raw.startswith("     ") and current is not None:
            rest = raw[4:]
        else:
            continue
        key, sep, value = rest.partition(":")
        if not sep:
            continue
        current[key] = lineno
        if key == ".name":
            out[value.strip().strip("'\"")] = current
    return out


def merge_documents(documents: list) -> Any:
    """One document for the module: the only one, or (for concatenated dumps) the first one with
    every block's ``amdhsa.kernels`` entries."""
    if not documents:
        return None
    if len(documents) == 1:
        return documents[0]
    merged = dict(documents[0])
    merged["amdhsa.kernels"] = [e for d in documents for e in (d.get("amdhsa.kernels") or [])]
    return merged

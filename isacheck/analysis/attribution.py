"""Which assembly belongs to which Python source line, and what each line costs.

The HTML report (``isacheck/report/html.py``) renders this model and computes nothing: per source
line the instructions the compiler attributed to it (the ``.loc`` in force), the FP8 emulation
and spill instructions the analysis found there, a shade level, and a bounded selection of its
assembly lines with the emulation sites and spills marked.

Bounded on purpose: fused MoE on gfx1151 has ~55k instructions, 37k of them on two source lines.
A line shows its first ``HEAD`` instructions (where a conversion ladder starts) and then its
marked lines (sites and spills) up to ``MARKED``; the rest is counted, not copied. That keeps the
largest sample's report well under 1 MB while every number stays exact.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Mapping, Sequence

from isacheck.analysis.result import KernelAnalysis
from isacheck.asm.model import Kernel

LEVELS = 5          # shade levels for lines that cost something (0: costs nothing)
HEAD = 16           # first instructions of a line always shown
MARKED = 48         # marked instructions (sites, spills) shown per line after the head
MAX_TEXT = 160      # characters of one assembly line kept
CONTEXT = 3         # source lines shown before the kernel's first and after its last line with code

MARK_SITE = "emulation"
MARK_CHEAP = "cheap"
MARK_SPILL = "spill"


@dataclass(frozen=True, slots=True)
class AsmLine:
    number: int          # 1-based line in the assembly text
    text: str            # the line as written, blanks collapsed, at most MAX_TEXT characters
    mark: str            # "" | "emulation" (first line of an emulation site) | "cheap" | "spill"
    skipped_before: int  # attributed instructions left out between the previous shown line and this one


@dataclass(frozen=True, slots=True)
class LineAttribution:
    """One source line (``line`` 0: instructions with no ``.loc``)."""

    file: str
    line: int
    text: str | None             # the Python source line, when the file is at hand
    instructions: int | None     # instructions attributed (None: the assembly is not at hand)
    emulation: int               # FP8 emulation instructions of the sites on this line
    sites: int
    spills: int                  # spill instructions on this line
    level: int                   # 0..LEVELS, by cost relative to the kernel's costliest line
    asm: tuple[AsmLine, ...]
    asm_hidden: int              # attributed instructions not shown (after the last shown one)

    @property
    def cost(self) -> int:
        return self.emulation + self.spills


@dataclass(frozen=True, slots=True)
class SourceView:
    """One source file: every line when its text is at hand, else the lines that have code."""

    file: str
    has_text: bool
    lines: tuple[LineAttribution, ...]
    cost: int


@dataclass(frozen=True, slots=True)
class KernelAttribution:
    analysis: KernelAnalysis
    label: tuple[str, ...]                 # (kernel, variant, target, ...) as the report names the row
    sources: tuple[SourceView, ...]        # the costliest file first
    unattributed: LineAttribution | None   # instructions before any .loc or with line 0
    asm_available: bool
    max_cost: int

    @property
    def costliest(self) -> LineAttribution | None:
        """The line that costs most (ties: the first in file and line order); None if nothing costs."""
        best = None
        for v in self.sources:
            for ln in v.lines:
                if ln.cost and (best is None or ln.cost > best.cost):
                    best = ln
        return best

    @property
    def hottest(self) -> tuple[LineAttribution, ...]:
        """Lines at the top shade level, in file and line order."""
        return tuple(ln for v in self.sources for ln in v.lines if ln.level == LEVELS)


def _level(cost: int, top: int) -> int:
    if cost <= 0 or top <= 0:
        return 0
    return max(1, -(-cost * LEVELS // top))       # ceil: only the costliest line reaches LEVELS


def _clean(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT - 1] + "…"


def _select(numbers: list[int], marks: Mapping[int, str]) -> list[int]:
    """Indexes into ``numbers`` to show: the head, then marked lines up to MARKED."""
    keep = list(range(min(HEAD, len(numbers))))
    extra = [i for i in range(len(keep), len(numbers)) if numbers[i] in marks][:MARKED]
    return keep + extra


def attribute(analysis: KernelAnalysis, kernel: Kernel | None, asm_lines: Sequence[str] | None,
              sources: Mapping[str, Sequence[str]], label: Sequence[str] = ()) -> KernelAttribution:
    """The model of one kernel's report.

    kernel/asm_lines: the parsed kernel and the assembly text split at "\\n" (None when only the
    analysis is at hand, e.g. a dump without cache); sources: Python source lines by the file
    name ``.file`` gives (what ``SourceLoc.file`` holds).
    """
    marks: dict[int, str] = {}
    for s in analysis.spills.sites:
        marks[s.asm_line] = MARK_SPILL
    for e in analysis.emulation:
        marks[e.asm_line] = MARK_CHEAP if e.cheap else MARK_SITE

    emu: dict[tuple[str, int], int] = defaultdict(int)
    sites: dict[tuple[str, int], int] = defaultdict(int)
    spills: dict[tuple[str, int], int] = defaultdict(int)
    for e in analysis.emulation:
        if not e.cheap:
            key = (e.loc.file, e.loc.line) if e.loc and e.loc.line > 0 else ("", 0)
            emu[key] += e.instructions
            sites[key] += 1
    for s in analysis.spills.sites:
        spills[(s.loc.file, s.loc.line) if s.loc and s.loc.line > 0 else ("", 0)] += 1

    by_line: dict[tuple[str, int], list[int]] = defaultdict(list)
    available = kernel is not None and asm_lines is not None
    if available:
        for ins in kernel.instructions:
            loc = ins.loc
            by_line[(loc.file, loc.line) if loc is not None and loc.line > 0 else ("", 0)].append(ins.asm_line)

    keys = set(by_line) | set(emu) | set(spills)
    top = max((emu.get(k, 0) + spills.get(k, 0) for k in keys), default=0)

    def line_of(key: tuple[str, int], text: str | None) -> LineAttribution:
        numbers = by_line.get(key, [])
        shown = _select(numbers, marks) if available else []
        asm = []
        prev = -1
        for i in shown:
            n = numbers[i]
            raw = asm_lines[n - 1] if 0 < n <= len(asm_lines) else ""
            asm.append(AsmLine(n, _clean(raw), marks.get(n, ""), i - prev - 1))
            prev = i
        cost = emu.get(key, 0) + spills.get(key, 0)
        return LineAttribution(file=key[0], line=key[1], text=text,
                               instructions=len(numbers) if available else None, emulation=emu.get(key, 0),
                               sites=sites.get(key, 0), spills=spills.get(key, 0), level=_level(cost, top),
                               asm=tuple(asm), asm_hidden=len(numbers) - prev - 1 if numbers else 0)

    files = sorted({f for f, line in keys if line > 0})
    # The kernel's own file is shown whole; files whose code was inlined into it (Triton's
    # standard.py, a helper module) only on the lines that have code: a report of the kernel,
    # not of Triton's library.
    weight = defaultdict(int)
    for (f, line), numbers in by_line.items():
        weight[f] += len(numbers)
    for (f, line) in keys:
        weight[f] += emu.get((f, line), 0) + spills.get((f, line), 0)
    own = max(files, key=lambda f: (weight[f], f in sources, f), default=None)
    views = []
    for name in files:
        text = sources.get(name)
        if text is not None and name != own:
            lines = tuple(line_of(k, text[k[1] - 1] if k[1] <= len(text) else None)
                          for k in sorted(k for k in keys if k[0] == name))
        elif text is not None:
            # The kernel's span of the file (its first to its last line with code, and a few around):
            # a module of a thousand lines shows its kernel, not its imports and other kernels.
            with_code = sorted(k[1] for k in keys if k[0] == name)
            first, last = max(1, with_code[0] - CONTEXT), min(len(text), with_code[-1] + CONTEXT)
            lines = tuple(line_of((name, i), text[i - 1]) for i in range(first, last + 1))
            # .loc lines past the end of the file at hand (an edited file): kept, without text
            lines += tuple(line_of(k, None) for k in sorted(k for k in keys if k[0] == name and k[1] > len(text)))
        else:
            lines = tuple(line_of(k, None) for k in sorted(k for k in keys if k[0] == name))
        views.append(SourceView(name, text is not None, lines, sum(ln.cost for ln in lines)))
    # The kernel's own file first, then the costliest of the others (Triton's standard.py...).
    views.sort(key=lambda v: (v.file != own, -v.cost, not v.has_text, v.file))
    unattributed = line_of(("", 0), None) if ("", 0) in keys else None
    return KernelAttribution(analysis=analysis, label=tuple(label), sources=tuple(views), unattributed=unattributed,
                             asm_available=available, max_cost=top)


def attribute_module(module, analysis, text: str | None, sources: Mapping[str, Sequence[str]],
                     label: Sequence[str] = ()) -> list[KernelAttribution]:
    """One model per kernel of an analysed module (kernels matched by name; ``label`` is
    followed by the kernel's target). ``text``: the assembly, None when it is not at hand."""
    lines = text.split("\n") if text is not None else None
    models = []
    for k in analysis.kernels:
        kernel = next((x for x in module.kernels if x.name == k.name), None) if module is not None else None
        models.append(attribute(k, kernel, lines if kernel is not None else None, sources,
                                (*label, k.name, *([k.target] if k.target else []))))
    return models

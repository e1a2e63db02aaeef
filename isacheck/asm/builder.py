"""Line entries -> the model: kernels, basic blocks, source locations, resource facts.

The parser hands every non-blank line, in order, as an entry made by
isacheck/asm/transformer.py. This module knows the *structure* of an LLVM amdgcn file:

* a kernel starts at its label (``NAME:`` after ``.type NAME,@function``, or any non-local label in a
  text section) and ends at ``.Lfunc_end*`` or ``.size NAME``; instructions outside any kernel (a
  pasted excerpt) form one kernel named ``<fragment>``;
* ``.LBB*`` labels and ``; %bb.N:`` comments start basic blocks;
* ``.loc`` sets the source location of the instructions after it;
* resource facts come from ``.amdhsa_kernel NAME`` blocks, ``.set .LNAME.key, value``, the
  ``; Kernel info:`` comment block after the kernel, and the ``.amdgpu_metadata`` YAML.
"""

from __future__ import annotations

from isacheck.asm.metadata import MetadataBlock, merge_documents
from isacheck.asm.model import BasicBlock, Instruction, Kernel, Module, ResourceFact, SourceFile, SourceLoc
from isacheck.asm.transformer import K_COMMENT, K_INS, K_LABEL, K_LOC
from isacheck.errors import InputError

FRAGMENT = "<fragment>"
_new = tuple.__new__


class _KernelBuilder:
    __slots__ = ("name", "asm_line", "instructions", "block_starts", "segment", "triple", "loop_headers")

    def __init__(self, name: str, asm_line: int, segment: int = 0, triple: str | None = None) -> None:
        self.name = name
        self.asm_line = asm_line
        self.segment = segment      # which concatenated dump (one per `.amdgcn_target`) it is in
        self.triple = triple
        self.instructions: list[Instruction] = []
        self.block_starts: list[tuple[str, int, int]] = []   # (label, start index, asm line)
        self.loop_headers: dict[int, int] = {}   # asm line of a block label -> LLVM's loop depth

    def start_block(self, label: str, asm_line: int) -> None:
        self.block_starts.append((label, len(self.instructions), asm_line))

    def blocks(self) -> tuple[BasicBlock, ...]:
        n = len(self.instructions)
        starts = list(self.block_starts)
        if n and (not starts or starts[0][1] > 0):
            # instructions before the first block label: the entry block, named after the kernel
            starts.insert(0, (self.name, 0, self.instructions[0].asm_line))
        out = []
        for i, (label, start, line) in enumerate(starts):
            end = starts[i + 1][1] if i + 1 < len(starts) else n
            out.append(BasicBlock(label, start, end, line, self.loop_headers.get(line)))
        return tuple(out)


def _stat_value(text: str):
    text = text.strip()
    head, _, rest = text.partition(" ")
    if head.lstrip("-").isdigit() and (not rest or rest.startswith("bytes")):
        # `LDSByteSize: 0 bytes/workgroup (compile time only)`: the unit is documentation
        return int(head)
    return text


class ModuleBuilder:
    """Consumes line entries in order; :meth:`finish` returns the :class:`Module`."""

    def __init__(self, path: str, target: str | None) -> None:
        self.path = path
        self.caller_target = target
        self.triple: str | None = None
        # A file may concatenate whole dumps (`cat a.amdgcn b.amdgcn`), each with its own
        # `.amdgcn_target`, kernels and metadata: a new `.amdgcn_target` after code starts a new
        # segment, and facts and metadata are matched to kernels of the same segment.
        self.segment = 0
        self.seen_code = False
        self.files: dict[int, SourceFile] = {}
        self.locs: dict[tuple, SourceLoc] = {}
        self.functions: set[str] = set()        # names declared `.type NAME,@function`
        self.objects: set[str] = set()          # names declared `.type NAME,@object`
        self.kernels: list[_KernelBuilder] = []
        self.current: _KernelBuilder | None = None
        self.fragment: _KernelBuilder | None = None
        self.last_closed: _KernelBuilder | None = None
        self.in_text = True                     # a headerless fragment is code
        self.facts: dict[tuple[int, str], list[ResourceFact]] = {}
        self.amdhsa: tuple[str, int] | None = None   # open `.amdhsa_kernel NAME` and its line
        self.stats_for: str | None = None       # inside `; Kernel info:` of this kernel
        self.metadata: list[MetadataBlock] = []   # one per .amdgpu_metadata (concatenated dumps)
        self.metadata_segment: list[int] = []     # the segment of each
        self.header_line: int | None = None     # `.amdgcn_target`/`.amdhsa_code_object_version`: a whole file
        self.lines: list[str] = []

    # ------------------------------------------------------------------ hot loop
    def run(self, lines, cache: dict, resolve) -> None:
        """Walk all lines. ``resolve(stripped, lineno)`` makes the entry of a line not in ``cache``.

        This loop runs once per line of a file that may have 100k lines: instructions and ``.loc``
        are handled inline, the rarer entries in the methods below.
        """
        locs = self.locs
        loc = None
        ins = None if self.current is None else self.current.instructions
        it = enumerate(lines, 1)
        self.lines = lines
        for lineno, raw in it:
            s = raw.strip()
            if not s:
                continue
            entry = cache.get(s)
            if entry is None:
                entry = cache[s] = resolve(s, lineno)
            kind = entry[0]
            if kind == K_LABEL:
                for label in entry[1]:
                    self._label(label, lineno)
                if entry[3] is not None and entry[3].startswith("=>This"):
                    self._comment(entry[3], lineno)      # LLVM's loop-header mark on the label line
                ins = None if self.current is None else self.current.instructions
                entry = entry[2]
                if entry is None:
                    continue
                kind = entry[0]
            if kind == K_INS:
                p = entry[1]
                dual = p[4]
                if dual is not None:
                    dual = _new(Instruction, (dual[0], dual[1], dual[2], None, loc, lineno, None))
                if ins is None:
                    ins = self._open_fragment()
                ins.append(_new(Instruction, (p[0], p[1], p[2], p[3], loc, lineno, dual)))
            elif kind == K_LOC:
                key = entry[1]
                loc = locs.get(key)
                if loc is None:
                    loc = locs[key] = self._loc(key)
            elif kind == K_COMMENT:
                self._comment(entry[1], lineno)
            else:
                self.stats_for = None
                if entry[1] == ".amdgpu_metadata":
                    self._read_metadata(it, lineno)
                    continue
                self._directive(entry[1], entry[2], lineno)
                ins = None if self.current is None else self.current.instructions

    def _open_fragment(self) -> list:
        """An instruction outside any kernel: it belongs to the one ``<fragment>`` kernel."""
        if self.fragment is None:
            self.fragment = _KernelBuilder(FRAGMENT, 1, self.segment, self.triple)
            self.seen_code = True
            self.kernels.append(self.fragment)
        self.current = self.fragment
        return self.fragment.instructions

    def _loc(self, key) -> SourceLoc:
        number, line, column, comment_name = key
        f = self.files.get(number)
        name = f.name if f is not None else (comment_name or f"<file {number}>")
        return SourceLoc(name, line, column)

    # ------------------------------------------------------------------ everything but code
    def _comment(self, text: str, lineno: int) -> None:
        if text.startswith("%bb.") and text.endswith(":"):
            self._block(text[:-1], lineno)
            return
        if text.startswith("=>This") and "Loop Header: Depth=" in text:
            # `.LBB0_3: ; =>This Inner Loop Header: Depth=1` marks the block just labelled
            depth = text.rpartition("Depth=")[2].strip()
            cur = self.current
            if cur is not None and cur.block_starts and cur.block_starts[-1][2] == lineno and depth.isdigit():
                cur.loop_headers[lineno] = int(depth)
            return
        if text == "Kernel info:":
            self.stats_for = self.last_closed.name if self.last_closed is not None else (
                self.current.name if self.current is not None else None)
            return
        if self.stats_for is not None:
            if " = " in text and ":" not in text:       # `; codeLenInByte = 788`
                key, _, value = text.partition(" = ")
            elif ":" in text:                           # `; COMPUTE_PGM_RSRC2:SCRATCH_EN: 0`
                key, _, value = text.rpartition(":")
            else:
                return
            self._fact(self.stats_for, "stats", key.strip(), _stat_value(value), lineno)

    def _label(self, label: str, lineno: int) -> None:
        if label.startswith(".Lfunc_end"):
            self._close()
            return
        if label.startswith(".LBB") or label.startswith("$BB"):
            self._block(label, lineno)
            return
        if label not in self.functions and (
                label.startswith((".L", "$")) or not self.in_text or label in self.objects):
            return
        # a function label: a kernel begins
        self._close()
        kb = _KernelBuilder(label, lineno, self.segment, self.triple)
        self.seen_code = True
        self.kernels.append(kb)
        self.current = kb

    def _block(self, label: str, lineno: int) -> None:
        if self.current is None:
            if not self.in_text:
                return
            self._open_fragment()
        self.current.start_block(label, lineno)

    def _close(self) -> None:
        if self.current is not None:
            self.last_closed = self.current
            self.current = None

    def _fact(self, kernel: str, source: str, key: str, value, lineno: int) -> None:
        self.facts.setdefault((self.segment, kernel), []).append(ResourceFact(source, key, value, lineno))

    def _directive(self, name: str, args: tuple, lineno: int) -> None:
        if self.amdhsa is not None and name.startswith(".amdhsa_"):
            self._fact(self.amdhsa[0], "amdhsa", name[len(".amdhsa_"):], args[0] if len(args) == 1 else
                       " ".join(str(a) for a in args), lineno)
            return
        if name == ".amdhsa_kernel":
            self.amdhsa = (str(args[0]) if args else "", lineno)
        elif name == ".end_amdhsa_kernel":
            self.amdhsa = None
        elif name == ".set" and len(args) >= 2:
            symbol = str(args[0])
            if symbol.startswith(".L") and "." in symbol[2:]:
                kernel, _, key = symbol[2:].rpartition(".")
                self._fact(kernel, "set", key, args[1], lineno)
        elif name == ".file":
            self._file(args)
        elif name == ".type" and len(args) >= 2:
            kind = str(args[1]).lstrip("@%").lower()
            (self.functions if kind == "function" else self.objects).add(str(args[0]))
        elif name == ".size" and args:
            if self.current is not None and str(args[0]) == self.current.name:
                self._close()
        elif name == ".text":
            self.in_text = True
        elif name == ".section" and args:
            self.in_text = str(args[0]).startswith(".text")
        elif name in (".data", ".bss", ".rodata"):
            self.in_text = False
        elif name == ".amdgcn_target" and args:
            if self.seen_code:
                self.segment += 1
                self.seen_code = False
            self.triple = str(args[0])
            if self.header_line is None:
                self.header_line = lineno
        elif name == ".amdhsa_code_object_version":
            if self.header_line is None:
                self.header_line = lineno
        elif name == ".end_amdgpu_metadata":
            raise InputError(".end_amdgpu_metadata without .amdgpu_metadata", path=self.path, line=lineno, column=1)

    def _file(self, args: tuple) -> None:
        # `.file 1 "dir" "name"` (DWARF line table entry, maybe followed by `md5 0x...`) or
        # `.file "name"` (the assembler's file symbol: not a line-table entry, not recorded).
        if args and type(args[0]) is int:
            strings = [a for a in args[1:3] if type(a) is str]
            if len(strings) == 2:
                directory, name = strings
            elif strings:
                directory, name = "", strings[0]
            else:
                return
            self.files[args[0]] = SourceFile(args[0], directory, name)
            self.locs.clear()

    def _read_metadata(self, it, start: int) -> None:
        body: list[str] = []
        for _lineno, raw in it:
            if raw.strip() == ".end_amdgpu_metadata":
                self.metadata.append(MetadataBlock.load(body, start, self.path))
                self.metadata_segment.append(self.segment)
                return
            body.append(raw)
        raise InputError(".amdgpu_metadata block is never closed by .end_amdgpu_metadata "
                         "(truncated file?)", path=self.path, line=start, column=1)

    # ------------------------------------------------------------------ the result
    def finish(self, line_count: int) -> Module:
        if self.amdhsa is not None:
            raise InputError(f".amdhsa_kernel {self.amdhsa[0]} is never closed by .end_amdhsa_kernel "
                             "(truncated file?)", path=self.path, line=self.amdhsa[1], column=1)
        warnings = self._completeness()
        kernels = []
        for kb in self.kernels:
            if kb.name == FRAGMENT and not kb.instructions:
                continue
            facts = list(self.facts.get((kb.segment, kb.name), ()))
            entry = None
            triple = kb.triple
            # The metadata of the kernel's own dump first: a kernel compiled for two targets
            # has an entry in each dump's block.
            blocks = sorted(zip(self.metadata_segment, self.metadata), key=lambda b: b[0] != kb.segment)
            for segment, meta in blocks:
                entry = meta.kernel(kb.name)
                if entry is not None:
                    facts.extend(meta.facts(kb.name))
                    triple = triple or meta.target
                    break
            facts.sort(key=lambda f: f.asm_line)
            _check_counts(facts, self.path)
            kernels.append(Kernel(kb.name, tuple(kb.instructions), kb.blocks(), tuple(facts),
                                  kb.asm_line, entry, _gfx(triple)))
        return Module(
            path=self.path,
            target=self._target(),
            target_triple=self.triple,
            kernels=tuple(kernels),
            files=tuple(sorted(self.files.values(), key=lambda f: f.number)),
            line_count=line_count,
            metadata=merge_documents([m.document for m in self.metadata]),
            warnings=warnings,
        )

    def _completeness(self) -> tuple[str, ...]:
        """A file with a header is a whole compiler output: find where it was cut short.

        A headerless fragment (text pasted into a bug report) is taken as it is. A file that says
        it is whole (``.amdgcn_target``) but stops inside a kernel's code is an error: every count
        would be short. One that stops after the code, before the ``.amdgpu_metadata`` block that
        closes every LLVM AMDHSA output, still has all its instructions: a warning says what is lost.
        """
        if self.header_line is None:
            return ()
        last = len(self.lines)
        while last > 1 and not self.lines[last - 1].strip():
            last -= 1
        cur = self.current
        if cur is not None and cur.name != FRAGMENT:
            raise InputError(f"kernel {cur.name} (line {cur.asm_line}) never ends: the file stops at line "
                             f"{last} before its .Lfunc_end/.size (truncated file?)",
                             path=self.path, line=last, column=1)
        named = [kb.name for kb in self.kernels if kb.name != FRAGMENT]
        if named and not self.metadata:
            return (f"the file stops at line {last} without the .amdgpu_metadata block that ends "
                    "every compiler output (truncated file?): resources come from .amdhsa_* and the "
                    "statistics comments only, where present",)
        return ()

    def _target(self) -> str | None:
        for triple in (self.triple, *(m.target for m in self.metadata)):
            gfx = _gfx(triple)
            if gfx:
                return gfx
        return self.caller_target


# Register counts, sizes and occupancies the compiler writes are never negative, and none comes
# near 2^32 (scratch is at most a few MiB per lane, LDS 64-160 KiB): a value outside that range
# is a damaged or forged file, refused rather than reported as "-5 B scratch".
_MAX_COUNT = 1 << 32
_COUNT_SOURCES = ("metadata", "amdhsa", "stats")


def _check_counts(facts, path: str) -> None:
    for f in facts:
        v = f.value
        if f.source in _COUNT_SOURCES and type(v) is int and not 0 <= v < _MAX_COUNT:
            shown = str(v) if len(str(v)) <= 24 else str(v)[:20] + "..."
            raise InputError(f"{f.source} value {f.key} = {shown} is not a possible count or size "
                             f"(0 to 2^32); the file is damaged", path=path, line=f.asm_line)


def _gfx(triple: str | None) -> str | None:
    """amdgcn-amd-amdhsa--gfx942:sramecc+:xnack-  /  amdgpu11.51-amd-amdhsa-unknown-gfx1151 -> gfx id."""
    if triple:
        gfx = triple.split(":", 1)[0].rsplit("-", 1)[-1]
        if gfx.startswith("gfx"):
            return gfx
    return None

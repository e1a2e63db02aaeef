"""Import a Triton source file as a module and find its kernels.

The file is imported under its package name (so ``from .utils import x`` works), with missing
modules stubbed (:mod:`isacheck.frontend.stubs`). An exception while importing is reported as one
line at the file's own line, not as a traceback into isacheck or importlib.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.util
import os
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from isacheck.errors import InputError
from isacheck.frontend.stubs import stubbed_imports


@dataclass(frozen=True)
class KernelDef:
    """One ``@triton.jit`` kernel of the file, unwrapped from its autotune/heuristics layers.

    jit:        the JITFunction
    configs:    the autotuner's ``triton.Config`` objects, () when not autotuned
    heuristics: name -> function of the launch arguments (``@triton.heuristics``), in order
    """

    name: str
    jit: object
    configs: tuple = ()
    heuristics: tuple[tuple[str, object], ...] = ()

    @property
    def line(self) -> int:
        return self.jit.def_file_line_number

    @property
    def param_names(self) -> tuple[str, ...]:
        return tuple(self.jit.arg_names)


@dataclass
class LoadedSource:
    path: Path                   # absolute, resolved
    display: str                 # as the user should read it (relative to the cwd when inside it)
    module: object
    kernels: tuple[KernelDef, ...]
    helpers: tuple[str, ...]     # jit functions called by other jit functions (device functions)
    dependencies: tuple[Path, ...] = field(default=())   # local source files the import read
    stubbed: tuple[str, ...] = ()

    def kernel(self, name: str) -> KernelDef:
        for k in self.kernels:
            if k.name == name:
                return k
        raise KeyError(name)


def display_path(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def module_name_and_root(path: Path, root: Path | None) -> tuple[str, Path]:
    """The dotted name to import ``path`` under, and the directory that goes on ``sys.path``.

    ``--root`` wins (namespace packages included). Otherwise walk up through ``__init__.py``
    packages; a file that uses relative imports without an ``__init__.py`` is named from the
    current directory when it lies inside it (run from the repository root).
    """
    if root is not None:
        rel = path.relative_to(root.resolve()).with_suffix("")
        return ".".join(rel.parts), root.resolve()
    top = path.parent
    while (top / "__init__.py").is_file():
        top = top.parent
    if top == path.parent and _uses_relative_imports(path):
        cwd = Path.cwd().resolve()
        if cwd in path.parents:
            top = cwd
    rel = path.relative_to(top).with_suffix("")
    return ".".join(rel.parts), top


def _uses_relative_imports(path: Path) -> bool:
    try:
        tree = ast.parse(path.read_bytes())
    except (SyntaxError, ValueError):
        return False
    return any(isinstance(n, ast.ImportFrom) and n.level for n in ast.walk(tree))


def load_source(path: str | os.PathLike, root: str | os.PathLike | None = None) -> LoadedSource:
    """Import the file with stubbed imports and collect its kernels. Raises InputError."""
    import triton  # noqa: F401  (real Triton is loaded before the stub finder exists)

    src = Path(path)
    if not src.is_file():
        raise InputError("no such file", path=str(path))
    src = src.resolve()
    shown = display_path(src)
    name, sys_root = module_name_and_root(src, Path(root) if root else None)
    _check_syntax(src, shown)

    saved_path = list(sys.path)
    previous = sys.modules.get(name)
    sys.path.insert(0, str(sys_root))
    try:
        with stubbed_imports() as finder:
            spec = importlib.util.spec_from_file_location(name, src)
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module
            try:
                spec.loader.exec_module(module)
            except SyntaxError as exc:   # in a module the file imports
                raise InputError(f"syntax error: {exc.msg}", path=display_path(Path(exc.filename or src)),
                                 line=exc.lineno, column=exc.offset) from exc
            except Exception as exc:
                raise _import_error(exc, src, shown) from exc
        deps = _local_dependencies(sys_root, src)
    finally:
        sys.path[:] = saved_path
        if previous is None:
            sys.modules.pop(name, None)
        else:
            sys.modules[name] = previous
    kernels, helpers = find_kernels(module, src)
    return LoadedSource(path=src, display=shown, module=module, kernels=kernels, helpers=helpers,
                        dependencies=deps, stubbed=tuple(sorted(set(finder.stubbed))))


def _check_syntax(src: Path, shown: str) -> None:
    try:
        compile(src.read_bytes(), str(src), "exec", dont_inherit=True)
    except SyntaxError as exc:
        raise InputError(f"syntax error: {exc.msg}", path=shown, line=exc.lineno, column=exc.offset) from exc
    except ValueError as exc:   # null bytes
        raise InputError(f"not Python source: {exc}", path=shown) from exc


def _import_error(exc: BaseException, src: Path, shown: str) -> InputError:
    """One line at the deepest frame in the file itself (the statement that raised, or the
    import statement that led to it)."""
    line = None
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if Path(frame.f_code.co_filename) == src:
            line = lineno
    text = str(exc).strip().splitlines()
    detail = f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
    return InputError(f"error while importing: {detail}", path=shown, line=line)


def _local_dependencies(sys_root: Path, src: Path) -> tuple[Path, ...]:
    """Source files under the import root that are loaded now: what the import may have read."""
    found = {src}
    for module in list(sys.modules.values()):
        file = getattr(module, "__file__", None)
        if not file or not file.endswith(".py"):
            continue
        p = Path(file)
        if sys_root in p.parents and "site-packages" not in p.parts:
            found.add(p.resolve())
    return tuple(sorted(found))


def unwrap(obj):
    """(JITFunction, configs, heuristics) for a JIT function or its Autotuner/Heuristics wrappers,
    or None for anything else."""
    from triton.runtime.autotuner import Autotuner, Heuristics
    from triton.runtime.jit import JITFunction

    configs: tuple = ()
    heuristics: list = []
    seen = 0
    while seen < 16:
        seen += 1
        if isinstance(obj, JITFunction):
            return obj, configs, tuple(heuristics)
        if isinstance(obj, Autotuner):
            configs = configs or tuple(obj.configs)
            obj = obj.fn
        elif isinstance(obj, Heuristics):
            # The outer heuristics run last at launch; evaluate inner first, so prepend.
            heuristics[:0] = list(obj.values.items())
            obj = obj.fn
        else:
            return None
    return None


def find_kernels(module, src: Path) -> tuple[tuple[KernelDef, ...], tuple[str, ...]]:
    """Every JIT function defined in the file; those called from another JIT function are device
    helpers, not kernels (they are still listed, and ``--kernel`` can pick them)."""
    found: dict[int, KernelDef] = {}
    for value in list(vars(module).values()):
        unwrapped = unwrap(value)
        if unwrapped is None:
            continue
        jit, configs, heuristics = unwrapped
        if Path(jit.fn.__code__.co_filename).resolve() != src or id(jit) in found:
            continue
        found[id(jit)] = KernelDef(jit.__name__, jit, configs, heuristics)
    called: set[str] = set()
    for k in found.values():
        for node in ast.walk(k.jit.parse()):
            if isinstance(node, ast.Call):
                f = node.func
                called.add(f.id if isinstance(f, ast.Name) else getattr(f, "attr", ""))
    ordered = sorted(found.values(), key=lambda k: k.line)
    helpers = tuple(k.name for k in ordered if k.name in called)
    return tuple(ordered), helpers


def source_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()

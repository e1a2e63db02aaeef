"""Import a Triton source file as a module and find its kernels.

The file is imported under its package name (so ``from .utils import x`` works), with missing
modules stubbed (:mod:`isacheck.frontend.stubs`) and Triton's driver answering "no GPU"
(:mod:`isacheck.frontend.nogpu`). When the import raises, only the ``@triton.jit`` functions and what
they need are loaded from the source (:mod:`isacheck.frontend.fallback`); when that finds no
kernel, the import error is reported as one line at the file's own line, not as a traceback into
isacheck or importlib. ``dump`` calls this in a child process (:mod:`isacheck.frontend.isolation`).
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

from isacheck.errors import InputError, printable
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
        from isacheck.frontend.triton_api import def_line
        return def_line(self.jit)

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
    warnings: tuple[str, ...] = ()   # one line each: what loading had to skip, and why

    def kernel(self, name: str) -> KernelDef:
        for k in self.kernels:
            if k.name == name:
                return k
        raise KeyError(name)


def display_path(path: Path) -> str:
    try:
        shown = str(path.relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        shown = str(path)
    return printable(shown)


def module_name_and_root(path: Path, root: Path | None) -> tuple[str, Path]:
    """The dotted name to import ``path`` under, and the directory that goes on ``sys.path``.

    ``--root`` wins (namespace packages included). Otherwise walk up through ``__init__.py``
    packages; a file that uses relative imports without an ``__init__.py`` is named from the
    current directory when it lies inside it (run from the repository root).
    """
    if root is not None:
        top = root.resolve()
        if top not in path.parents:
            raise InputError(f"--root {printable(str(root))} does not contain the kernel file", path=display_path(path))
        rel = path.relative_to(top).with_suffix("")
        return ".".join(rel.parts), top
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
    except (SyntaxError, ValueError, OSError, RecursionError, MemoryError):
        return False
    return any(isinstance(n, ast.ImportFrom) and n.level for n in ast.walk(tree))


# A kernel file of a few megabytes is already generated code; a bound keeps /dev/zero or a
# mislabelled data file from taking the machine's memory.
SOURCE_MAX_BYTES = 16 << 20


@dataclass(frozen=True)
class SourceFile:
    """A kernel file checked before anything is imported: it exists, is a regular ``.py`` file
    isacheck can read, is Python, and ``--root`` (if given) contains it."""

    path: Path          # absolute, resolved
    display: str
    module: str         # the dotted name it is imported under
    sys_root: Path      # what goes on sys.path


def check_source(path: str | os.PathLike, root: str | os.PathLike | None = None) -> SourceFile:
    """Everything about the kernel file that can be refused without importing it (or Triton).
    Raises InputError naming the file."""
    from isacheck.frontend.spec import read_regular_file

    shown = printable(str(path))
    if not str(path).endswith(".py"):
        raise InputError("not a Python file (isacheck dump reads a .py file with @triton.jit kernels)", path=shown)
    data = read_regular_file(path, "kernel file", limit=SOURCE_MAX_BYTES)
    src = Path(path).resolve()
    shown = display_path(src)
    if root is not None:
        r = Path(root)
        if not r.is_dir():
            raise InputError(f"--root {printable(str(root))} is not a directory", path=shown)
    name, sys_root = module_name_and_root(src, Path(root) if root is not None else None)
    _check_syntax(data, src, shown)
    return SourceFile(src, shown, name, sys_root)


def load_source(path: str | os.PathLike, root: str | os.PathLike | None = None) -> LoadedSource:
    """Import the file with stubbed imports and collect its kernels. Raises InputError.

    When the import raises an Exception (host code stubs cannot satisfy), only the file's
    ``@triton.jit`` functions and what they use are loaded from its source
    (:mod:`isacheck.frontend.fallback`) and ``warnings`` says so. ``sys.exit()`` and other
    BaseExceptions at import are refused: a kernel file never decides how isacheck ends.
    """
    import triton  # noqa: F401  (real Triton is loaded before the stub finder exists)

    from isacheck.frontend import nogpu

    checked = check_source(path, root)
    src, shown, name, sys_root = checked.path, checked.display, checked.module, checked.sys_root
    if not _DRIVER_INSTALLED:
        # Before the file runs: a device query at import must meet a driver that says "no GPU".
        nogpu.install(*_ASSUMED_TARGET)
        _DRIVER_INSTALLED.append(True)

    saved_path = list(sys.path)
    previous = sys.modules.get(name)
    sys.path.insert(0, str(sys_root))
    warnings: list[str] = []
    try:
        with stubbed_imports() as finder:
            module = _new_module(name, src)
            try:
                spec_loader_exec(module)
            except SyntaxError as exc:   # in a module the file imports
                raise InputError(f"syntax error: {exc.msg}", path=display_path(Path(exc.filename or src)),
                                 line=exc.lineno, column=exc.offset) from exc
            except KeyboardInterrupt:
                raise
            except Exception as exc:  # noqa: BLE001 - host code the stubs cannot satisfy
                first_error = _import_error(exc, src, shown)
                module = _new_module(name, src)
                from isacheck.frontend.fallback import run_selected
                tree = ast.parse(src.read_bytes(), str(src))
                outcome = run_selected(tree, module.__dict__, str(src))
                kernels, _ = find_kernels(module, src)
                if not kernels:
                    raise first_error from exc
                again = "".join(f"; line {ln} failed again ({printable(err)})" for ln, err in outcome.failed[:3])
                if len(outcome.failed) > 3:
                    again += f"; and {len(outcome.failed) - 3} more"
                warnings.append(f"{first_error}; loaded only the @triton.jit functions and the {outcome.kept} "
                                f"top-level statement(s) they need from the source, skipping {outcome.skipped} "
                                f"other(s) (host code){again}")
            except BaseException as exc:  # noqa: BLE001 - sys.exit(), a BaseException subclass
                raise _import_error(exc, src, shown, stopped=True) from None
        deps = _local_dependencies(sys_root, src)
    finally:
        sys.path[:] = saved_path
        if previous is None:
            sys.modules.pop(name, None)
        else:
            sys.modules[name] = previous
    kernels, helpers = find_kernels(module, src)
    return LoadedSource(path=src, display=shown, module=module, kernels=kernels, helpers=helpers,
                        dependencies=deps, stubbed=tuple(sorted(set(finder.stubbed))), warnings=tuple(warnings))


# The target a device query at import is told about (see nogpu.py); set by the dump session to
# the first target it compiles for.
_ASSUMED_TARGET: list = ["gfx942", 64]
_DRIVER_INSTALLED: list = []


def assume_target(arch: str, warp_size: int) -> None:
    if _ASSUMED_TARGET != [arch, warp_size]:
        _ASSUMED_TARGET[:] = [arch, warp_size]
        _DRIVER_INSTALLED.clear()       # the next load installs a driver that names this target


def _new_module(name: str, src: Path):
    spec = importlib.util.spec_from_file_location(name, src)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    return module


def spec_loader_exec(module) -> None:
    module.__spec__.loader.exec_module(module)


def _check_syntax(data: bytes, src: Path, shown: str) -> None:
    try:
        compile(data, str(src), "exec", dont_inherit=True)
    except SyntaxError as exc:
        raise InputError(f"syntax error: {exc.msg}", path=shown, line=exc.lineno, column=exc.offset) from exc
    except ValueError as exc:   # null bytes
        raise InputError(f"not Python source: {exc}", path=shown) from exc
    except (RecursionError, MemoryError):
        raise InputError("not Python source isacheck can compile: nested too deeply", path=shown) from None


def _import_error(exc: BaseException, src: Path, shown: str, stopped: bool = False) -> InputError:
    """One line at the deepest frame in the file itself (the statement that raised, or the
    import statement that led to it)."""
    from isacheck.frontend.fallback import describe_exception

    line = None
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if Path(frame.f_code.co_filename) == src:
            line = lineno
    detail = printable(describe_exception(exc))
    if stopped:
        return InputError(f"the kernel file stopped its own import ({detail}); isacheck cannot load it",
                          path=shown, line=line)
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

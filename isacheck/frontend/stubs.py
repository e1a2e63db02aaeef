"""Permissive stand-ins for modules that are not installed, so a kernel file from a large project
(vLLM, SGLang, ...) imports with only Triton installed.

A stub answers every attribute access, call, subscript, arithmetic operation, ``with`` block and
subclassing with another stub. Used as a plain decorator (called with one function or class) it
returns its argument: a JIT function, an autotuner or a class unchanged, so ``@torch.compile`` or
``@register_op("x")`` above a ``@triton.jit`` function leaves the JIT function in place; a plain
host function wrapped in a :class:`StubbedFunction`, which calls through and answers what the
decorator's real result would have (``@torch.library.triton_op(...)`` then ``@op.register_fake``).

No stub ever says a GPU is there: ``torch.cuda.is_available()`` is False, ``torch.version.hip``
and ``.cuda`` are None, device counts are 0. Triton picks its driver from exactly these answers
(``HIPDriver.is_active``); a truthy stub made it build its HIP launcher and crash the process.

Triton is never stubbed, and a stub's attributes named ``triton`` / ``tl`` are the real Triton
modules: ``from vllm.triton_utils import tl, triton`` must give the real thing even though vLLM
is missing.

The finder is installed only while a file loads (:func:`stubbed_imports`), at the end of
``sys.meta_path``: it is asked only after every real finder failed, so installed modules stay real.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import types
from contextlib import contextmanager
from typing import Iterator

# Truthiness of a stub. True, because guards in real projects are mostly "is the feature there"
# (``if HAS_TRITON:``, ``if current_platform.is_rocm():``) and the branch that defines kernels
# is the one we want to run; a falsy stub would skip kernel definitions.
_STUB_TRUTH = True

# Top-level packages that must stay real: a missing part of Triton is a version mismatch the user
# has to see, not something to paper over.
_NEVER_STUB = ("triton",)


# Answers about GPUs, by the stub's dotted name: values, and results of calling them. Every
# accelerator framework a kernel file may probe, so that none is mistaken for a present device.
_NO_GPU_VALUES = {"torch.version.hip": None, "torch.version.cuda": None, "torch.version.xpu": None}
_NO_GPU_CALLS = {"torch.cuda.is_available": False, "torch.cuda.device_count": 0,
                 "torch.xpu.is_available": False, "torch.xpu.device_count": 0,
                 "torch.mps.is_available": False, "torch.backends.mps.is_available": False,
                 "torch.cuda.is_initialized": False}
_MISSING = object()


def _no_gpu_value(name: str):
    return _NO_GPU_VALUES.get(name, _MISSING)


def _real_reexport(name: str):
    """The real module for the names projects use to re-export Triton, else None."""
    if name == "triton":
        import triton
        return triton
    if name == "tl":
        import triton.language
        return triton.language
    return None


class _StubMeta(type):
    """Metaclass of classes that derive from a stub: class attributes are stubs too."""

    def __getattr__(cls, name: str):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return Stub(f"{cls.__qualname__}.{name}")


class StubBase(metaclass=_StubMeta):
    """What ``class Layer(torch.nn.Module)`` derives from when torch is a stub."""

    def __init__(self, *args, **kwargs) -> None:
        pass

    def __getattr__(self, name: str):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return Stub(f"{type(self).__qualname__}().{name}")


class Stub:
    """Any value that comes from a module that is not installed."""

    __slots__ = ("_stub_name", "__dict__")

    def __init__(self, name: str) -> None:
        object.__setattr__(self, "_stub_name", name)

    def __repr__(self) -> str:
        return f"<stub {self._stub_name}>"

    __str__ = __repr__

    def __getattr__(self, name: str):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        real = _real_reexport(name)
        if real is not None:
            return real
        fixed = _no_gpu_value(f"{self._stub_name}.{name}")
        if fixed is not _MISSING:
            return fixed
        child = Stub(f"{self._stub_name}.{name}")
        object.__setattr__(self, name, child)
        return child

    def __call__(self, *args, **kwargs):
        if self._stub_name in _NO_GPU_CALLS:
            return _NO_GPU_CALLS[self._stub_name]
        if len(args) == 1 and not kwargs and (callable(args[0]) and not isinstance(args[0], Stub)):
            return as_decorated(args[0], self._stub_name)
        return Stub(f"{self._stub_name}()")

    def __getitem__(self, key):
        return Stub(f"{self._stub_name}[]")

    def __setitem__(self, key, value) -> None:
        pass

    def __delitem__(self, key) -> None:
        pass

    def __mro_entries__(self, bases):
        return (StubBase,)

    def __bool__(self) -> bool:
        return _STUB_TRUTH

    def __iter__(self):
        return iter(())

    def __len__(self) -> int:
        return 0

    def __contains__(self, item) -> bool:
        return False

    # Numeric conversions answer 1, not 0: ``cdiv(n, int(stub))`` must not divide by zero.
    def __int__(self) -> int:
        return 1

    __index__ = __int__

    def __float__(self) -> float:
        return 1.0

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> bool:
        return False

    def __eq__(self, other) -> bool:
        return self is other

    def __hash__(self) -> int:
        return id(self)

    def _op(self, *args):
        return Stub(f"({self._stub_name} op)")

    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _op
    __truediv__ = __rtruediv__ = __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = _op
    __pow__ = __rpow__ = __and__ = __rand__ = __or__ = __ror__ = __xor__ = __rxor__ = _op
    __lshift__ = __rlshift__ = __rshift__ = __rrshift__ = __matmul__ = __rmatmul__ = _op
    __neg__ = __pos__ = __invert__ = __abs__ = _op
    __lt__ = __le__ = __gt__ = __ge__ = _op


def as_decorated(obj, decorator: str):
    """What a stubbed decorator returns for ``obj``: a plain function wrapped so that attributes
    the real decorator's result has (``register_fake``, ``default``, ...) are stubs; anything
    else (a JITFunction, an autotuner, a class) unchanged, as isacheck must find it."""
    if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType, types.MethodType)):
        return StubbedFunction(obj, decorator)
    return obj


class StubbedFunction:
    """A host function as a stubbed decorator returned it (``torch.library.custom_op``,
    ``torch.compile``, ...): calling it calls the function; an attribute the function lacks is
    a stub, as on the real decorator's result. Kernels never see it: only host code does."""

    def __init__(self, fn, decorator: str) -> None:
        self.__wrapped__ = fn
        self._stub_name = f"{decorator}({getattr(fn, '__name__', '?')})"
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            try:
                object.__setattr__(self, attr, getattr(fn, attr))
            except AttributeError:
                pass

    def __call__(self, *args, **kwargs):
        return self.__wrapped__(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        # a decorated method stays a method
        return self if obj is None else types.MethodType(self, obj)

    def __getattr__(self, name: str):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        try:
            return getattr(self.__wrapped__, name)
        except AttributeError:
            return Stub(f"{self._stub_name}.{name}")

    def __repr__(self) -> str:
        return f"<stub {self._stub_name}>"


class StubModule(types.ModuleType):
    """A module that is not installed: every attribute is a stub; it is a package (``__path__``
    is empty), so ``import acme.sub.mod`` stubs every level."""

    def __getattr__(self, name: str):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        real = _real_reexport(name)
        if real is not None:
            return real
        fixed = _no_gpu_value(f"{self.__name__}.{name}")
        if fixed is not _MISSING:
            return fixed
        value = Stub(f"{self.__name__}.{name}")
        setattr(self, name, value)
        return value


def is_stub(value) -> bool:
    return isinstance(value, (Stub, StubModule)) or (isinstance(value, type) and issubclass(value, StubBase))


class _StubLoader(importlib.abc.Loader):
    def create_module(self, spec):
        module = StubModule(spec.name)
        module.__path__ = []
        return module

    def exec_module(self, module) -> None:
        pass


class StubFinder(importlib.abc.MetaPathFinder):
    """Answers, last of all finders, for every module nobody else could find."""

    def __init__(self) -> None:
        self.stubbed: list[str] = []
        self._loader = _StubLoader()

    def find_spec(self, fullname, path, target=None):
        if fullname.partition(".")[0] in _NEVER_STUB:
            return None
        self.stubbed.append(fullname)
        return importlib.machinery.ModuleSpec(fullname, self._loader, is_package=True)


@contextmanager
def stubbed_imports() -> Iterator[StubFinder]:
    """Install the stub finder for the duration of a load; afterwards forget the stub modules
    (the loaded code keeps its references) so the process is left as it was."""
    finder = StubFinder()
    sys.meta_path.append(finder)
    try:
        yield finder
    finally:
        sys.meta_path.remove(finder)
        for name in finder.stubbed:
            if isinstance(sys.modules.get(name), StubModule):
                del sys.modules[name]

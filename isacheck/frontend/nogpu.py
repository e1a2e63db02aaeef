"""Triton's active driver while isacheck loads and compiles: one that says there is no GPU.

Kernel files ask Triton for the device at import (Triton's own tutorials do
``DEVICE = triton.runtime.driver.active.get_active_torch_device()``). Left alone, Triton picks its
driver by asking torch whether a GPU is there; with torch missing or stubbed that either fails
or, worse, believes a GPU exists, builds its HIP launcher and crashes the process. isacheck only
compiles, with an explicit target, and never launches: this driver answers the questions a file
may ask at import (the current target is the first one being compiled for, so ``is_hip()``
checks take the AMD branch; the device is a stub) and refuses, with a clear message, anything
that would need a real GPU.

Installing it is the one call into Triton's driver registry (:func:`install`); it stays installed
for the process (a loading child or a compile worker), which only ever compiles.
"""

from __future__ import annotations

NO_GPU = ("isacheck compiles without a GPU and never launches kernels: "
          "this kernel file asked Triton for something only a launch on a real GPU has")


class NoGpuError(RuntimeError):
    pass


def _driver_class(Stub):
    from triton.backends.driver import DriverBase
    from triton.backends.compiler import GPUTarget

    class NoGpuDriver(DriverBase):
        """The driver of a machine that compiles for ``target`` and has no device."""

        def __init__(self, arch: str, warp_size: int) -> None:
            self.target = GPUTarget("hip", arch, warp_size)
            # host code that sizes grids at import (multiprocessor_count, ...) gets stubs, as it
            # would from any module that is not installed
            self.utils = Stub("triton.runtime.driver.active.utils")

        @classmethod
        def is_active(cls):
            return False

        def map_python_to_cpp_type(self, ty: str) -> str:
            raise NoGpuError(NO_GPU)

        def get_current_target(self):
            return self.target

        def get_active_torch_device(self):
            return Stub("triton.runtime.driver.active.get_active_torch_device()")

        def get_current_device(self):
            return 0

        def set_current_device(self, device) -> None:
            pass

        def get_current_stream(self, device=None):
            return 0

        def get_device_interface(self):
            return Stub("torch.cuda")

        def get_benchmarker(self):
            raise NoGpuError(NO_GPU)

        def get_empty_cache_for_benchmark(self):
            raise NoGpuError(NO_GPU)

        @property
        def launcher_cls(self):
            raise NoGpuError(NO_GPU)

    return NoGpuDriver


def install(arch: str = "gfx942", warp_size: int = 64, stub=None) -> None:
    """Make the no-GPU driver Triton's active driver in this process (``driver.set_active``).

    ``stub``: the ``Stub`` class of :mod:`isacheck.frontend.stubs`. The compile worker of another
    interpreter (triton_worker.py) loads both files by path, where ``isacheck`` cannot be imported,
    and passes its copy; this module itself imports nothing but Triton."""
    from triton.runtime.driver import driver

    if stub is None:
        from isacheck.frontend.stubs import Stub as stub
    driver.set_active(_driver_class(stub)(arch, warp_size))

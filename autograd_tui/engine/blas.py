"""Matrix products, and how many BLAS threads each one gets.

numpy's OpenBLAS runs on one thread here: most products a learner makes are small, and waking a
second thread costs more than it saves. A product of at least ``BIG_PRODUCT`` multiply-adds (a
layer of a real network) runs on two threads where there are two cores, as PyTorch spreads such
a product over the machine's cores; the next BLAS call is back on one. (Measured on a two-core
machine: an MLP step 15-20% faster when it is idle, but slower when another program keeps a core
busy, as PyTorch's is. AUTOGRAD_TUI_BLAS_THREADS=1 keeps every product on one thread.)

More threads add a product up in another order, so its last bits depend on the thread count.
The count depends only on the product's size and the machine, never on timing: a script prints
the same digits on every run. A user who sets OPENBLAS_NUM_THREADS gets exactly that, always.
"""
from __future__ import annotations

import ctypes
import glob
import os

# Before numpy loads OpenBLAS: one thread unless the user chose otherwise.
USER_CHOSE_THREADS = "OPENBLAS_NUM_THREADS" in os.environ
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402

BIG_PRODUCT = 4_000_000  # m·k·n; the 784→256 layer of an MLP at batch 128 is 25.7 million

_SETTERS = ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads", "openblas_set_num_threads")


def _openblas_thread_setter():
    """The ``set_num_threads`` of the OpenBLAS bundled with numpy's wheel, or None."""
    package = os.path.dirname(np.__file__)
    bundled = [os.path.join(os.path.dirname(package), "numpy.libs"), os.path.join(package, ".dylibs")]
    for path in sorted(p for folder in bundled for p in glob.glob(os.path.join(folder, "*openblas*"))):
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for name in _SETTERS:
            setter = getattr(lib, name, None)
            if setter is not None:
                setter.argtypes = [ctypes.c_int]
                setter.restype = None
                return setter
    return None


def _threads_for_big_products() -> int:
    """Two where there are two cores; AUTOGRAD_TUI_BLAS_THREADS=N asks for N (1: never more)."""
    asked = os.environ.get("AUTOGRAD_TUI_BLAS_THREADS", "")
    if asked.strip().isdigit():
        return max(1, int(asked))
    return min(2, os.cpu_count() or 1)


_set_threads = None
_big_threads = 1
if not USER_CHOSE_THREADS:
    _big_threads = _threads_for_big_products()
    _set_threads = _openblas_thread_setter()
    if _set_threads is not None:
        _set_threads(1)  # numpy may have been loaded before us, with a thread per core
        if _big_threads == 1:
            _set_threads = None


def matmul(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``a @ b``, on more than one BLAS thread when the product is big."""
    if _set_threads is None or a.ndim < 2 or b.ndim < 2 or a.shape[-2] * a.shape[-1] * b.shape[-1] < BIG_PRODUCT:
        return np.matmul(a, b)
    _set_threads(_big_threads)
    try:
        return np.matmul(a, b)
    finally:
        _set_threads(1)

"""Matrix products, and how many BLAS threads each one gets; and PyTorch's ``add_(x, alpha=a)``.

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

def _bundled_openblas():
    """The OpenBLAS library numpy's wheel ships (already loaded by numpy), or None."""
    package = os.path.dirname(np.__file__)
    bundled = [os.path.join(os.path.dirname(package), "numpy.libs"), os.path.join(package, ".dylibs")]
    for path in sorted(p for folder in bundled for p in glob.glob(os.path.join(folder, "*openblas*"))):
        try:
            return ctypes.CDLL(path)
        except OSError:
            continue
    return None


def _function(lib, names: tuple, argtypes: list):
    for name in names:
        function = getattr(lib, name, None) if lib is not None else None
        if function is not None:
            function.argtypes = argtypes
            function.restype = None
            return function
    return None


_OPENBLAS = _bundled_openblas()
_I64, _PTR = ctypes.c_int64, ctypes.c_void_p
# cblas_?axpy(n, alpha, x, incx, y, incy) of the 64-bit-integer build numpy uses.
_AXPY = {np.dtype(np.float32): _function(_OPENBLAS, ("scipy_cblas_saxpy64_",), [_I64, ctypes.c_float, _PTR, _I64, _PTR, _I64]),
         np.dtype(np.float64): _function(_OPENBLAS, ("scipy_cblas_daxpy64_",), [_I64, ctypes.c_double, _PTR, _I64, _PTR, _I64])}


def _openblas_thread_setter():
    return _function(_OPENBLAS, ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads",
                                 "openblas_set_num_threads"), [ctypes.c_int])


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


def axpy(alpha, x: np.ndarray, y: np.ndarray) -> None:
    """``y += alpha * x`` in place, rounded once: PyTorch's ``y.add_(x, alpha=alpha)``.

    PyTorch computes it as a fused multiply-add; numpy's ``y + alpha * x`` rounds twice and
    differs in the last bit for a few percent of elements (an optimizer step shows it). BLAS's
    axpy is that fused multiply-add, in one pass. Without it, float32 goes through float64, where
    the product is exact.
    """
    alpha = y.dtype.type(alpha)
    function = _AXPY.get(y.dtype)
    if (function is not None and x.dtype == y.dtype and x.shape == y.shape and y.flags.writeable
            and ((x.flags.c_contiguous and y.flags.c_contiguous) or (x.flags.f_contiguous and y.flags.f_contiguous))):
        if y.size:
            function(y.size, alpha, x.ctypes.data, 1, y.ctypes.data, 1)
        return
    if y.dtype == np.float32:
        np.copyto(y, y.astype(np.float64) + np.float64(alpha) * x.astype(np.float64), casting="same_kind")
    else:
        np.add(y, alpha * x, out=y, casting="same_kind")


def add_scaled(a: np.ndarray, b: np.ndarray, alpha) -> np.ndarray:
    """``a + alpha * b`` as a new array (in ``a``'s layout), rounded once: ``torch.add(a, b, alpha=alpha)``."""
    if a.dtype.kind != "f":
        return a + alpha * b
    out = np.array(np.broadcast_to(a, np.broadcast_shapes(np.shape(a), np.shape(b))))
    axpy(alpha, np.broadcast_to(b, out.shape), out)
    return out

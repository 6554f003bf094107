"""How many BLAS threads the engine's OpenBLAS runs, and PyTorch's ``add_(x, alpha=a)``.

OpenBLAS runs on two threads where there are two cores (AUTOGRAD_TUI_BLAS_THREADS=N asks for N),
set once, before the first product. OpenBLAS itself keeps small products on one thread (below
about 262,000 multiply-adds, which covers what a learner types), so a second thread only works
on a layer of a real network, as PyTorch spreads such a product over the machine's cores.
(Measured on a two-core machine: switching the count per product was 7% slower per MLP step
than leaving it set, because OpenBLAS puts its second thread to sleep at every switch.)

More threads add a product up in another order, so its last bits depend on the thread count.
The count depends only on the machine and the product's size, never on timing: a script prints
the same digits on every run. A user who sets OPENBLAS_NUM_THREADS gets exactly that, always.
A busy machine makes a second thread wait for a core; AUTOGRAD_TUI_BLAS_THREADS=1 avoids that.
"""
from __future__ import annotations

import ctypes
import glob
import os


def _thread_count() -> int:
    """Two where there are two cores; AUTOGRAD_TUI_BLAS_THREADS=N asks for N (1: never more)."""
    asked = os.environ.get("AUTOGRAD_TUI_BLAS_THREADS", "")
    if asked.strip().isdigit():
        return max(1, int(asked))
    return min(2, os.cpu_count() or 1)


# Before numpy loads OpenBLAS, unless the user chose a count.
USER_CHOSE_THREADS = "OPENBLAS_NUM_THREADS" in os.environ
if not USER_CHOSE_THREADS:
    os.environ["OPENBLAS_NUM_THREADS"] = str(_thread_count())
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

from autograd_tui.engine.dtypes import to_bfloat16_grid  # noqa: E402


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
_AXPY = {
    np.dtype(np.float32): _function(_OPENBLAS, ("scipy_cblas_saxpy64_",),
                                    [_I64, ctypes.c_float, _PTR, _I64, _PTR, _I64]),
    np.dtype(np.float64): _function(_OPENBLAS, ("scipy_cblas_daxpy64_",),
                                    [_I64, ctypes.c_double, _PTR, _I64, _PTR, _I64]),
}


# cblas_sger(order, m, n, alpha, x, incx, y, incy, a, lda): a += alpha x y^T, each element one
# fused multiply-add (OpenBLAS runs it as an axpy per row).
_SGER = _function(_OPENBLAS, ("scipy_cblas_sger64_",),
                  [ctypes.c_int, _I64, _I64, ctypes.c_float, _PTR, _I64, _PTR, _I64, _PTR, _I64])
_ROW_MAJOR = 101


def fused_rank_one_chain(a_t: np.ndarray, b: np.ndarray, acc: np.ndarray) -> bool:
    """``acc[i, j] = fma(a[i, p], b[p, j], acc[i, j])`` for p = 0, 1, ... in place, one BLAS
    call per p; ``a_t`` is ``a`` transposed, all three float32 and C-contiguous. False (and
    ``acc`` untouched) where OpenBLAS's sger is missing or does not fuse (``_sger_fuses``)."""
    if _SGER is None or not _sger_fuses():
        return False
    k, m = a_t.shape
    n = b.shape[1]
    pa, pb = a_t.ctypes.data, b.ctypes.data
    # arguments already in their C types: ctypes converts plain ints and floats on every call
    # (a quarter of the loop's time)
    order, rows, cols, one, alpha = ctypes.c_int(_ROW_MAJOR), _I64(m), _I64(n), _I64(1), ctypes.c_float(1.0)
    pc = _PTR(acc.ctypes.data)
    # OpenBLAS shares an update of more than a few thousand elements between its threads: waking
    # them costs more than the update itself below this size (and far more on a loaded machine)
    alone = _threads_set > 1 and m * n < _SHARED_UPDATE and _SET_THREADS is not None
    if alone:
        _SET_THREADS(1)
    try:
        # the moving pointers as plain ints: a c_void_p argument takes one without a Python object
        for x, y in zip(range(pa, pa + 4 * m * k, 4 * m), range(pb, pb + 4 * n * k, 4 * n)):
            _SGER(order, rows, cols, alpha, x, one, y, one, pc, cols)
    finally:
        if alone:
            _SET_THREADS(_threads_set)
    return True


_SHARED_UPDATE = 1 << 16


_SGER_FUSES: list = []


def rank_one_fuses() -> bool:
    """Whether ``fused_rank_one_chain`` works here (OpenBLAS's sger found and fusing)."""
    return _SGER is not None and _sger_fuses()


def _sger_fuses() -> bool:
    """Checked once: -1 + x*x with x = 1 + 2^-12 is 2^-11 + 2^-24 only when fused, in every
    position of a row up to 70 (the vector body and the scalar tail)."""
    if not _SGER_FUSES:
        x = np.float32(1 + 2 ** -12)
        a_t = np.array([[-1.0, -1.0], [x, x]], np.float32)
        b = np.array([np.ones(70), np.full(70, x)], np.float32)
        acc = np.zeros((2, 70), np.float32)
        pa, pb, pc = a_t.ctypes.data, b.ctypes.data, acc.ctypes.data
        for p in range(2):
            _SGER(_ROW_MAJOR, 2, 70, 1.0, pa + 8 * p, 1, pb + 280 * p, 1, pc, 70)
        _SGER_FUSES.append(bool((acc == np.float32(2 ** -11 + 2 ** -24)).all()))
    return _SGER_FUSES[0]


_SET_THREADS = _function(_OPENBLAS, ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads",
                                      "openblas_set_num_threads"), [ctypes.c_int])
_GET_THREADS = _function(_OPENBLAS, ("scipy_openblas_get_num_threads64_", "scipy_openblas_get_num_threads",
                                      "openblas_get_num_threads"), [])
if _GET_THREADS is not None:
    _GET_THREADS.restype = ctypes.c_int


_threads_set = int(os.environ["OPENBLAS_NUM_THREADS"]) if os.environ["OPENBLAS_NUM_THREADS"].isdigit() else 1


def set_threads(n: int) -> None:
    """Run OpenBLAS on ``n`` threads from now on (``torch.set_num_threads``)."""
    global _threads_set
    _threads_set = n
    if _SET_THREADS is not None:
        _SET_THREADS(n)


def get_threads() -> int:
    """The threads OpenBLAS runs (``torch.get_num_threads``)."""
    return _GET_THREADS() if _GET_THREADS is not None else _threads_set


if not USER_CHOSE_THREADS:
    set_threads(_thread_count())  # numpy may have been loaded before us, with a thread per core


def row_major_address(a: np.ndarray) -> int:
    """Where a writable row-major array's data starts (``_address`` without its checks)."""
    return _addressof(_char_from_buffer(a))  # type: ignore[arg-type]  # an ndarray is a buffer


def _address(a: np.ndarray, flags) -> int:
    """Where a contiguous array's data starts, for a ctypes call (a writable row-major array's
    buffer is the fastest way to ask; ``a.ctypes.data`` takes several times longer). An int:
    ctypes passes it to a pointer argument faster than a ``byref`` object."""
    if flags.writeable and flags.c_contiguous:
        return _addressof(_char_from_buffer(a))  # type: ignore[arg-type]  # an ndarray is a buffer
    return a.ctypes.data


_addressof, _char_from_buffer = ctypes.addressof, ctypes.c_char.from_buffer


def axpy(alpha, x: np.ndarray, y: np.ndarray) -> None:
    """``y += alpha * x`` in place, rounded once: PyTorch's ``y.add_(x, alpha=alpha)``.

    PyTorch computes it as a fused multiply-add; numpy's ``y + alpha * x`` rounds twice and
    differs in the last bit for a few percent of elements (an optimizer step shows it). BLAS's
    axpy is that fused multiply-add, in one pass. Without it, float32 goes through float64, where
    the product is exact.
    """
    function = _AXPY.get(y.dtype)
    if function is not None and x.dtype == y.dtype and x.shape == y.shape:
        xf, yf = x.flags, y.flags
        if yf.writeable and ((xf.c_contiguous and yf.c_contiguous) or (xf.f_contiguous and yf.f_contiguous)):
            if y.size:  # ctypes rounds alpha to the array's precision, as y.dtype.type(alpha) would
                function(y.size, float(alpha), _address(x, xf), 1, _address(y, yf), 1)
            return
    alpha = y.dtype.type(alpha)
    if y.dtype == np.float32:
        np.copyto(y, y.astype(np.float64) + np.float64(alpha) * x.astype(np.float64), casting="same_kind")
    else:
        np.add(y, alpha * x, out=y, casting="same_kind")


# cblas_saxpby(n, alpha, x, incx, beta, y, incy): y = alpha x + beta y in one pass.
_AXPBY = _function(_OPENBLAS, ("scipy_cblas_saxpby64_",),
                   [_I64, ctypes.c_float, _PTR, _I64, ctypes.c_float, _PTR, _I64])


def scale_then_axpy(beta, alpha, x: np.ndarray, y: np.ndarray, factors: tuple | None = None) -> bool:
    """``y.mul_(beta).add_(x, alpha=alpha)`` on float32 arrays in one pass (SGD's momentum
    buffer): OpenBLAS's saxpby rounds ``beta * y`` and then adds ``alpha * x`` fused, as the
    two calls do (checked once, ``_axpby_rounds_as_two_steps``; the same bits on 31 million
    random elements, infinities, NaNs and signed zeros included). False, ``y`` untouched,
    where it does not apply: another dtype or layout, a zero or non-finite factor (the kernel
    skips an operand multiplied by 0, which would drop its NaNs). ``factors``: what
    ``axpby_factors(beta, alpha)`` gave, for a caller that updates many arrays."""
    if factors is None:
        factors = axpby_factors(beta, alpha)
        if factors is None:
            return False
    if y.dtype is not _FLOAT32 or x.dtype is not _FLOAT32 or x.shape != y.shape:
        return False  # (a float32 dtype that is not numpy's own object: the two calls instead)
    xf, yf = x.flags, y.flags
    if not (yf.writeable and ((xf.c_contiguous and yf.c_contiguous) or (xf.f_contiguous and yf.f_contiguous))):
        return False
    if y.size:
        _AXPBY(y.size, factors[0], _address(x, xf), 1, factors[1], _address(y, yf), 1)
    return True


_FLOAT32 = np.dtype(np.float32)


def axpby_factors(beta, alpha) -> tuple[float, float] | None:
    """``(alpha, beta)`` as ``scale_then_axpy`` passes them to saxpby (float32 values), or None
    where it does not apply to any array: no saxpby, a zero or non-finite factor."""
    key = (beta, alpha)
    known = _FACTORS.get(key, _UNKNOWN)  # an optimizer asks with the same two numbers every step
    if known is not _UNKNOWN:
        return known
    factors = None
    if _AXPBY is not None:
        a, b = np.float32(alpha), np.float32(beta)
        if a and b and np.isfinite(a) and np.isfinite(b) and _axpby_rounds_as_two_steps():
            factors = float(a), float(b)
    if len(_FACTORS) < 64 and beta.__class__ in (int, float) and alpha.__class__ in (int, float):
        _FACTORS[key] = factors  # plain numbers only: equal keys then round to the same float32s
    return factors


_FACTORS: dict = {}
_UNKNOWN = object()


_AXPBY_CHECKED: list = []


def _axpby_rounds_as_two_steps() -> bool:
    """Checked once, in every position of a row of 70 (vector body and tail), with x = 1 + 2^-12
    (x * x = 1 + 2^-11 + 2^-24 exactly): ``-1 + x * x`` must give 2^-11 where ``x * x`` is
    ``beta * y`` (rounded first), and 2^-11 + 2^-24 where it is ``alpha * x`` (fused)."""
    if not _AXPBY_CHECKED:
        one = np.float32(1 + 2 ** -12)
        first, minus_one = np.full(70, one, np.float32), np.full(70, -1.0, np.float32)
        _AXPBY(70, 1.0, minus_one.ctypes.data, 1, float(one), first.ctypes.data, 1)
        fused, ones = np.full(70, -2.0, np.float32), np.full(70, one, np.float32)
        _AXPBY(70, float(one), ones.ctypes.data, 1, 0.5, fused.ctypes.data, 1)
        _AXPBY_CHECKED.append(bool((first == np.float32(2 ** -11)).all()
                                   and (fused == np.float32(2 ** -11 + 2 ** -24)).all()))
    return _AXPBY_CHECKED[0]


def add_scaled(a: np.ndarray, b: np.ndarray, alpha) -> np.ndarray:
    """``a + alpha * b`` as a new array (in ``a``'s layout), rounded once: ``torch.add(a, b, alpha=alpha)``."""
    if a.dtype.kind != "f":
        return a + alpha * b
    out = np.array(np.broadcast_to(a, np.broadcast_shapes(np.shape(a), np.shape(b))))
    axpy(alpha, np.broadcast_to(b, out.shape), out)
    return out


_BF16_LANES = 32  # bfloat16 elements in one AVX-512 vector, the unit of PyTorch's CPU loop


def add_scaled_bfloat16(a: np.ndarray, b: np.ndarray, alpha) -> np.ndarray:
    """``torch.add(a, b, alpha=alpha)`` for bfloat16 (float32 arrays on its grid).

    PyTorch's kernel rounds ``alpha`` to bfloat16, then runs whole vectors of 32 elements as one
    fused multiply-add in float32 and the remaining elements of each row with bfloat16 scalar
    arithmetic, which rounds the product before the sum. Each result is rounded to bfloat16.
    """
    grid = to_bfloat16_grid
    shape = np.broadcast_shapes(np.shape(a), np.shape(b))
    alpha32 = grid(np.asarray(alpha, dtype=np.float32)).astype(np.float64)
    a64 = np.broadcast_to(a, shape).astype(np.float64)
    b64 = np.broadcast_to(b, shape).astype(np.float64)
    # one row: the whole tensor when nothing is broadcast, else each innermost row
    rows = (a64.reshape(1, -1), b64.reshape(1, -1)) if np.shape(a) == np.shape(b) else (
        a64.reshape(-1, shape[-1] if shape else 1), b64.reshape(-1, shape[-1] if shape else 1))
    x, y = rows
    fused = (x + alpha32 * y).astype(np.float32)  # exact product and sum in float64, one rounding
    scalar = (x.astype(np.float32) + grid((alpha32 * y).astype(np.float32)))
    vectors = (x.shape[1] // _BF16_LANES) * _BF16_LANES
    out = np.concatenate([fused[:, :vectors], scalar[:, vectors:]], axis=1)
    return grid(out).reshape(shape)

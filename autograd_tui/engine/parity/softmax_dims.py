"""float32 softmax, log_softmax and their backward over a dim other than the last, in
PyTorch's CPU order (``softmax.py`` has the last dim).

ATen views the contiguous input as (outer, n, inner), ``n`` along ``dim``, and works on
columns: each (outer, inner) position reduces its ``n`` values one after another, from zero,
in float32, with ``rounding.VECTOR_LANES`` neighbouring columns side by side in a vector.
Which columns take the vector form (SLEEF's ``expf``) and which the scalar one (the C
library's ``expf``, glibc's) depends on the kernel:

- log_softmax, and both backward passes, cut ``inner`` into chunks of
  ``max(2**17 / 4 / n, lanes)`` columns (rounded down to whole vectors; at most ``inner``);
  each chunk's whole vectors are vector columns, its last ``size % lanes`` scalar ones.
- softmax cuts the flattened (outer, inner) columns into one equal range per thread, and each
  range, row by row, into whole vectors and a scalar rest (a row's end or the range's end).

Then per column: the max; ``sum(exp(x - max))``; log_softmax is ``(x - max) - log(sum)``
(``log`` SLEEF's vector ``logf`` for every column), softmax ``exp(x - max) / sum`` (a true
division, not a product with ``1 / sum`` as over the last dim). log_softmax's backward is
``g - exp(out) * sum(g)``, softmax's ``out * (g - sum(g * out))``, the products fused into the
additions (the compiler's FMA contraction, in both forms).
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine.parity.float32_math import (
    _F32_TIE,
    _F32_TIE_MASK,
    _SMALLEST_NORMAL_F32_IN_F64,
    _fma32,
    _fma32_rounded_to_odd,
    glibc_expf,
    sleef_expf,
    sleef_expf_nonpositive,
)
from autograd_tui.engine.parity.rounding import VECTOR_LANES
from autograd_tui.engine.parity.softmax import sleef_logf

_F32 = np.float32
_BLOCK_BYTES = 128 * 1024


def applies(x: np.ndarray, dim: int) -> bool:
    """Whether these column kernels reproduce PyTorch for ``x`` along ``dim``."""
    return bool(VECTOR_LANES) and x.dtype == _F32 and 0 <= dim < x.ndim - 1 and x.size > 0


def _columns(x: np.ndarray, dim: int) -> np.ndarray:
    """The contiguous array as (outer, n, inner)."""
    outer = int(np.prod(x.shape[:dim], dtype=np.int64))
    return np.ascontiguousarray(x).reshape(outer, x.shape[dim], -1)


def _chunked_vector_columns(n: int, inner: int, lanes: int = VECTOR_LANES, itemsize: int = 4) -> np.ndarray:
    """(inner,) True where the chunked kernels (log_softmax, the backward passes) use vectors."""
    chunk = min(max(_BLOCK_BYTES // n // itemsize, lanes) // lanes * lanes, inner)
    pos = np.arange(inner)
    start = pos // chunk * chunk
    size = np.minimum(chunk, inner - start)
    return (pos - start) < size - size % lanes


def _threaded_vector_columns(outer: int, inner: int, threads: int, lanes: int = VECTOR_LANES) -> np.ndarray:
    """(outer, 1, inner) True where softmax's forward kernel uses vectors: its columns are cut
    into one range per thread, each range (within each row of ``inner``) into whole vectors."""
    total = outer * inner
    span = -(-total // threads) if threads > 1 and total > 1 else total
    pos = np.arange(total)
    start = np.maximum(pos // inner * inner, pos // span * span)
    end = np.minimum(np.minimum((pos // inner + 1) * inner, (pos // span + 1) * span), total)
    return ((pos - start) < (end - start) // lanes * lanes).reshape(outer, 1, inner)


def _exp(z: np.ndarray, vector: np.ndarray, nonpositive: bool) -> np.ndarray:
    """exp of ``z`` with SLEEF's vector ``expf`` where ``vector`` (broadcast) holds, glibc's elsewhere."""
    out = (sleef_expf_nonpositive if nonpositive else sleef_expf)(z)
    scalar = ~np.broadcast_to(vector, z.shape)
    if scalar.any():  # glibc's emulation costs ten times SLEEF's: only where it is needed
        out[scalar] = glibc_expf(z[scalar])
    return out


def _column_sums(v: np.ndarray) -> np.ndarray:
    """(outer, n, inner) -> (outer, 1, inner): each column added from its first value on."""
    n, inner = v.shape[1], v.shape[2]
    if n > 32 and inner < 64:  # long thin columns: numpy accumulates a contiguous last axis fastest
        return np.add.accumulate(np.ascontiguousarray(v.transpose(0, 2, 1)), axis=2)[:, None, :, -1]
    total = v[:, 0].copy()  # (accumulate along a middle axis is ten times slower than this loop)
    for d in range(1, n):
        total += v[:, d]
    return total[:, None]


def _log_of_sums(s: np.ndarray) -> np.ndarray:
    finite = np.isfinite(s) & (s >= 1)
    if finite.all():
        return sleef_logf(s)
    out = np.log(s)
    out[finite] = sleef_logf(s[finite])
    return out


def log_softmax(x: np.ndarray, dim: int) -> np.ndarray:
    cols = _columns(x, dim)
    shifted = cols - np.maximum.reduce(cols, axis=1, keepdims=True)
    vector = _chunked_vector_columns(cols.shape[1], cols.shape[2])
    sums = _column_sums(_exp(shifted, vector, nonpositive=True))
    return (shifted - _log_of_sums(sums)).reshape(x.shape)


def softmax(x: np.ndarray, dim: int, threads: int) -> np.ndarray:
    cols = _columns(x, dim)
    vector = _threaded_vector_columns(cols.shape[0], cols.shape[2], threads)
    e = _exp(cols - np.maximum.reduce(cols, axis=1, keepdims=True), vector, nonpositive=True)
    return (e / _column_sums(e)).reshape(x.shape)


def softmax_reduced(x: np.ndarray, dim: int, threads: int, low) -> np.ndarray:
    """softmax of bfloat16 or float16 values (given as float32) along a dim other than the last,
    before the final rounding to that type (``low`` rounds to it on the way). The same walk as
    float32's, in vectors of twice as many (16-bit) elements: a vector column divides its float
    ``exp`` by the column's sum; a scalar one stores its ``exp`` in the output first, so divides
    ``low(exp)`` by the sum of the unrounded values."""
    cols = _columns(x, dim)
    vector = _threaded_vector_columns(cols.shape[0], cols.shape[2], threads, 2 * VECTOR_LANES)
    e = _exp(cols - np.maximum.reduce(cols, axis=1, keepdims=True), vector, nonpositive=True)
    return (np.where(vector, e, low(e)) / _column_sums(e)).reshape(x.shape)


def log_softmax_reduced(x: np.ndarray, dim: int) -> np.ndarray:
    """log_softmax of bfloat16 or float16 values (as float32) along a dim other than the last,
    before the final rounding: float32's chunked kernel, in vectors of twice as many elements
    and chunks sized for 16-bit elements."""
    cols = _columns(x, dim)
    shifted = cols - np.maximum.reduce(cols, axis=1, keepdims=True)
    vector = _chunked_vector_columns(cols.shape[1], cols.shape[2], 2 * VECTOR_LANES, 2)
    sums = _column_sums(_exp(shifted, vector, nonpositive=True))
    return (shifted - _log_of_sums(sums)).reshape(x.shape)


def _fused_column_sums(g: np.ndarray, y: np.ndarray) -> np.ndarray:
    """(outer, 1, inner): ``total = fma(g, y, total)`` down each column from zero.

    The products are exact in float64, so each step is one float64 addition rounded to
    float32; where that sum could round twice (a float32 tie, or below float32's normal range)
    the step is redone exactly."""
    products = g.astype(np.float64) * y
    total = np.zeros(g[:, 0].shape, _F32)
    for d in range(g.shape[1]):
        step = products[:, d] + total
        rounded = step.astype(_F32)
        suspect = (step.view(np.int64) & _F32_TIE_MASK) == _F32_TIE
        suspect |= (np.abs(step) < _SMALLEST_NORMAL_F32_IN_F64) & (step != 0)
        if suspect.any():
            rounded[suspect] = _fma32_rounded_to_odd(products[:, d][suspect], total[suspect].astype(np.float64))
        total = rounded
    return total[:, None]


def softmax_backward(grad: np.ndarray, out: np.ndarray, dim: int) -> np.ndarray:
    g, y = _columns(grad, dim), _columns(out, dim)
    return (y * (g - _fused_column_sums(g, y))).reshape(out.shape)


def log_softmax_backward(grad: np.ndarray, out: np.ndarray, dim: int) -> np.ndarray:
    g, y = _columns(grad, dim), _columns(out, dim)
    vector = _chunked_vector_columns(y.shape[1], y.shape[2])
    e = _exp(y, vector, nonpositive=bool(np.maximum.reduce(y, axis=None) <= 0))
    return _fma32(-e, np.broadcast_to(_column_sums(g), g.shape), g).reshape(out.shape)

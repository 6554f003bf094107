"""float64 softmax and log_softmax over the last dim in PyTorch's CPU order.

ATen's ``_vec_softmax_lastdim`` and ``_vec_log_softmax_lastdim`` work row by row in vectors of
``VECTOR_LANES // 2`` doubles (8 with AVX512): the row's maximum; ``exp(x - max)`` through
SLEEF's vector ``exp`` on every element (a short tail is a partial vector); the row sum adds
whole vectors lane by lane, the leftover elements into the first lanes, then the lanes one after
another (``vec_reduce_all`` has no AVX512 shuffle form for doubles; a row shorter than a vector
is summed in order). softmax then multiplies by ``1 / sum``; log_softmax computes
``(x - max) - log(sum)`` with SLEEF's vector ``log``. Measured against PyTorch 2.13 on rows of
3 to 1,000 (``tools/check_sleef64.py --ops``): every element equal; numpy's ``exp`` and a
pairwise sum matched about half of them.
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine.parity import sleef64
from autograd_tui.engine.parity.rounding import VECTOR_LANES

__all__ = ["applies", "log_softmax", "log_softmax_backward", "softmax", "softmax_backward"]


def applies(x: np.ndarray, dim: int) -> bool:
    """Whether the float64 row kernels here reproduce PyTorch for ``x`` along ``dim``."""
    return bool(VECTOR_LANES) and x.dtype == np.float64 and x.ndim >= 1 and dim == x.ndim - 1 and x.size > 0


def _rows(x: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(x).reshape(-1, x.shape[-1])


def row_sums(e: np.ndarray) -> np.ndarray:
    """(rows, n) -> (rows,): ``vec::reduce_all`` of ``+`` over each row, in vectors of doubles."""
    lanes = VECTOR_LANES // 2
    n = e.shape[1]
    if n < lanes:
        return np.add.accumulate(e, axis=1)[:, -1]
    full = n // lanes
    vectors = e[:, : full * lanes].reshape(e.shape[0], full, lanes)
    acc = np.add.accumulate(vectors, axis=1)[:, -1] if full > 1 else vectors[:, 0].copy()
    left = n - full * lanes
    if left:
        acc[:, :left] += e[:, full * lanes:]
    return np.add.accumulate(acc, axis=1)[:, -1]


def softmax(x: np.ndarray) -> np.ndarray:
    rows = _rows(x)
    e = sleef64.expd(rows - np.maximum.reduce(rows, axis=1, keepdims=True))
    return (e * (1.0 / row_sums(e))[:, None]).reshape(x.shape)


def log_softmax(x: np.ndarray) -> np.ndarray:
    rows = _rows(x)
    shifted = rows - np.maximum.reduce(rows, axis=1, keepdims=True)
    total = row_sums(sleef64.expd(shifted))
    return (shifted - sleef64.logd(total)[:, None]).reshape(x.shape)


def log_softmax_backward(grad: np.ndarray, out: np.ndarray) -> np.ndarray:
    """``g - exp(out) * sum(g)``, the product fused into the subtraction, exp SLEEF's."""
    g, y = _rows(grad), _rows(out)
    return sleef64.fma(-sleef64.expd(y), row_sums(g)[:, None], g).reshape(grad.shape)


def softmax_backward(grad: np.ndarray, out: np.ndarray) -> np.ndarray:
    """``(g - sum(g * out)) * out``, the products rounded before the sum."""
    g, y = _rows(grad), _rows(out)
    return ((g - row_sums(g * y)[:, None]) * y).reshape(grad.shape)

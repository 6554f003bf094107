"""``torch.nn.functional.pdist``: the distances between the rows of an (n, m) matrix, in ATen's order;
and ``torch.cdist``'s Euclidean forward (its loop without matrix products) and backward.

Forward (``DistanceOpsKernel``'s ``run_parallel_pdist``): for each pair i < j, in the order
(0, 1), (0, 2), ..., (1, 2), ..., one ``map2_reduce_all`` over the m columns: the columns taken in
vectors of 8 floats or 4 doubles, each lane accumulating its terms (|a - b|², |a - b|, ...), the
leftover columns added into the first lanes, then the lanes folded in halves (floats) or added
one after another (doubles); the root (``sqrt``, ``pow``) last. A row shorter than one vector is
added element after element.

Backward (``run_backward_parallel_pdist``): each column on its own; row r first receives, for each
i < r in turn, minus the term of the pair (i, r), then plus the terms of (r, j) for each j > r.
"""
from __future__ import annotations

import math

import numpy as np

from autograd_tui.engine.parity import rounding, sleef32_binary
from autograd_tui.engine.parity.float32_math import fma
from autograd_tui.engine.parity.rounding import VECTOR_LANES


def _pow(a: np.ndarray, exponent: float) -> np.ndarray:
    """``Vectorized::pow``: SLEEF's powf for float32; for float64 the correctly rounded power
    (``rounding.power``), where SLEEF's double pow is within an ulp of it: a last bit may differ."""
    if a.dtype == np.float32:
        return sleef32_binary.powf(a, np.float32(exponent))
    return rounding.power(np.asarray(a), float(exponent))


# The distance kernels are built for AVX2 at most (PyTorch registers no AVX512 form of them):
# vectors of 8 floats or 4 doubles, even on this AVX512 machine (measured: tools/check_pdist.py).
_AVX2_FLOATS = 8


def _pairs(n: int) -> tuple[np.ndarray, np.ndarray]:
    i, j = np.triu_indices(n, 1)
    return i, j


def _terms(diff: np.ndarray, p: float) -> np.ndarray:
    """|a - b| mapped as the kernel maps it before adding (its ``map``), in the input's type."""
    t = diff.dtype.type
    if p == 0:
        return (diff != 0).astype(diff.dtype)
    if p == 1 or math.isinf(p):
        return diff
    if p == 2:
        return diff * diff
    return _pow(diff, t(p))


def _reduce(terms: np.ndarray, p: float) -> np.ndarray:
    """(pairs, m) -> (pairs,): ``map2_reduce_all``'s order of adding (a maximum for p = inf)."""
    combine = np.maximum if math.isinf(p) else np.add
    m = terms.shape[1]
    single = terms.dtype == np.float32
    lanes = min(VECTOR_LANES, _AVX2_FLOATS) // (1 if single else 2)
    if m < lanes:
        return combine.accumulate(terms, axis=1)[:, -1] if m else np.zeros(terms.shape[0], terms.dtype)
    full = m // lanes
    acc = terms[:, :lanes].copy()
    for k in range(1, full):
        acc = combine(acc, terms[:, k * lanes:(k + 1) * lanes])
    left = m - full * lanes
    if left:
        acc[:, :left] = combine(acc[:, :left], terms[:, full * lanes:])
    if not single:  # no shuffle form for doubles: lane 0, then each other lane in turn
        return combine.accumulate(acc, axis=1)[:, -1]
    while acc.shape[1] > 1:
        half = acc.shape[1] // 2
        acc = combine(acc[:, :half], acc[:, half:])
    return acc[:, 0]


def forward(x: np.ndarray, p: float) -> np.ndarray:
    """The n(n-1)/2 distances of the rows of ``x`` (float32 or float64)."""
    i, j = _pairs(x.shape[0])
    return _finish(_reduce(_terms(np.abs(x[i] - x[j]), p), p), p)


def _finish(agg: np.ndarray, p: float) -> np.ndarray:
    with np.errstate(all="ignore"):
        if p == 2:
            return np.sqrt(agg)
        if p in (0, 1) or math.isinf(p):
            return agg
        # ATen's finish: std::pow(agg, 1.0 / p) in double, p being the tensor's type
        return np.power(agg.astype(np.float64), 1.0 / float(agg.dtype.type(p))).astype(agg.dtype)


# cdist's forward is ATen's plain scalar loop (``run_parallel_cdist``: agg = agg + |a - b|², then
# sqrt), but the compiler vectorises the squares 16 bytes at a time (4 floats, 2 doubles), adds
# them to agg one by one, and fuses square and addition on the leftover columns. Measured on
# PyTorch 2.13 on this AVX512 machine (tools/check_pdist.py): every distance of 300 random pairs
# per dtype, 1 to 70 columns; the plain loop matched 84-96% of float32 distances from m = 2 on.
_SQUARES_PER_VECTOR = {np.dtype(np.float32): 4, np.dtype(np.float64): 2}


def cdist_euclidean(x1: np.ndarray, x2: np.ndarray) -> np.ndarray:
    """``torch.cdist(x1, x2)`` for p = 2 where it does not use matrix products (25 rows or fewer
    on both sides by default): (..., r1, m) and (..., r2, m) -> (..., r1, r2)."""
    diff = np.abs(x1[..., :, None, :] - x2[..., None, :, :])
    m = diff.shape[-1]
    vectorised = m - m % _SQUARES_PER_VECTOR[diff.dtype]
    squares = diff[..., :vectorised] * diff[..., :vectorised]
    agg = np.zeros(diff.shape[:-1], diff.dtype)
    for k in range(vectorised):
        agg = agg + squares[..., k]
    for k in range(vectorised, m):
        agg = fma(diff[..., k], diff[..., k], agg)
    return np.sqrt(agg)


def cdist_backward(grad: np.ndarray, x1: np.ndarray, x2: np.ndarray, dist: np.ndarray, p: float) -> np.ndarray:
    """x1's gradient (x2's is this with the operands and the transposed grad and dist swapped):
    ``run_backward_parallel_cdist`` starts each row of x1 at zero and adds the terms of the pairs
    (i, 0), (i, 1), ... in turn, column by column."""
    diff = x1[..., :, None, :] - x2[..., None, :, :]
    terms = _term_grads(diff, grad[..., None], dist[..., None], p)
    out = np.zeros(terms.shape[:-2] + terms.shape[-1:], x1.dtype)
    for j in range(terms.shape[-2]):
        out = out + terms[..., j, :]
    return out


def _term_grads(diff: np.ndarray, grad: np.ndarray, dist: np.ndarray, p: float) -> np.ndarray:
    """One pair's gradient for its first row (ATen's ``F::backward``), column by column."""
    t = diff.dtype.type
    zero = t(0)
    with np.errstate(all="ignore"):
        if p == 0:
            return np.zeros_like(diff)
        if p == 1:
            return grad * np.sign(diff)
        if p == 2:
            return np.where(dist == 0, zero, grad * diff / dist)
        if math.isinf(p):
            return grad * np.sign(diff) * (np.abs(diff) == dist)
        if p < 2:
            # lttdist_calc: sign(diff)·|diff|^(p-1)·grad / dist^(p-1), no term where diff is 0 and p < 1
            out = np.sign(diff) * _pow(np.abs(diff), t(p) - 1) * grad / _pow(dist, t(p) - 1)
            return np.where(dist == 0, zero, np.where((diff == 0) & (t(p) < 1), zero, out))
        out = diff * _pow(np.abs(diff), t(p) - 2) * grad / _pow(dist, t(p) - 1)
        return np.where(dist == 0, zero, out)


def backward(grad: np.ndarray, x: np.ndarray, dist: np.ndarray, p: float) -> np.ndarray:
    """The gradient for ``x`` of the distances ``dist`` given their gradient ``grad``."""
    n = x.shape[0]
    out = np.zeros_like(x)
    k = 0
    for i in range(n - 1):
        for j in range(i + 1, n):
            term = _term_grads(x[i] - x[j], grad[k], dist[k], p)
            out[i] = out[i] + term
            out[j] = out[j] - term
            k += 1
    return out

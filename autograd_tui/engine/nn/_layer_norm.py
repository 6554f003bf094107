"""PyTorch's CPU layer-norm forward for float32, rounding step for step.

PyTorch computes each row's mean and variance with Welford's algorithm over 8-wide float32
vectors: blocks of up to 16 vectors are folded into running (count, mean, M2) triples that are
merged pairwise like a binary counter, the lanes are merged one by one at the end, and the
elements that do not fill a vector go through a scalar Welford first. Where its compiled kernel
fuses a multiply and an add (measured against the live library), so do we. The result is then
``(x - mean) * rstd * weight + bias`` with the last multiply-add fused. For float32 this gives
PyTorch's digits exactly on the oracle's random rows; other dtypes use the plain formula.
``row_moments`` is PyTorch's ``RowwiseMoments``, which group norm uses too, also for float64
(4-wide vectors there).
"""
from __future__ import annotations

from typing import Optional

import numpy as np

from autograd_tui.engine.parity.batch_norm import fused_column_chain
from autograd_tui.engine.parity.float32_math import _fma64, fma

__all__ = ["layer_norm_rows", "row_moments", "layer_norm_rows_input_grad", "layer_norm_rows_weight_grad",
           "layer_norm_rows_bias_grad"]

_LANES = 8    # float32 values in one AVX2 vector
_CHUNK = 16   # vectors folded into one block before the blocks are merged

_F32 = np.float32


def _fma(a, b, c) -> np.ndarray:
    """float32 ``a * b + c`` rounded once (the float64 product of two float32 values is exact)."""
    return (np.asarray(a, np.float64) * np.asarray(b, np.float64) + np.asarray(c, np.float64)).astype(_F32)


def _merge_vectors(count_add: int, mean_add, m2_add, count: int, mean, m2, t=_F32, fma=_fma):
    """Fold a block's lane-wise (count, mean, M2) into a running one."""
    total = count + count_add
    c = t(0) if total == 0 else t(t(count_add) / t(total))
    delta = mean_add - mean
    new_mean = mean + delta * c
    new_m2 = fma(delta, (delta * c) * t(count), m2 + m2_add)
    return total, new_mean, new_m2


def _ceil_log2(x: int) -> int:
    return 1 if x <= 2 else (x - 1).bit_length()


def row_moments(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean and (biased) variance of each row of a float32 or float64 (rows, n) array (a float64
    vector holds 4 lanes, and its fused multiply-adds are emulated: see ``float32_math._fma64``)."""
    t = x.dtype.type
    lanes = _LANES if t is _F32 else _LANES // 2
    fma = _fma if t is _F32 else _fma64
    rows, n_cols = x.shape
    n_vec = n_cols // lanes
    n_blocks = -(-n_vec // _CHUNK)
    depth = _ceil_log2(n_blocks)
    zeros: np.ndarray = np.zeros((rows, lanes), t)  # mean and m2 are reused for 1-D rows below
    counts = [0] * depth
    means = [zeros] * depth
    m2s = [zeros] * depth
    steps = [t(t(1) / t(j + 1)) for j in range(_CHUNK)]
    for block in range(n_blocks):
        start = block * _CHUNK * lanes
        size = min(_CHUNK, n_vec - block * _CHUNK)
        mean, m2 = zeros, zeros
        for j in range(size):
            v = x[:, start + j * lanes:start + (j + 1) * lanes]
            delta = v - mean
            mean = fma(delta, steps[j], mean)
            m2 = fma(delta, v - mean, m2)
        counts[0], means[0], m2s[0] = _merge_vectors(size, mean, m2, counts[0], means[0], m2s[0], t, fma)
        # Merge full levels upwards, like carries in a binary counter.
        carry, level = block + 1, 1
        while level < depth and carry & 1 == 0:
            counts[level], means[level], m2s[level] = _merge_vectors(
                counts[level - 1], means[level - 1], m2s[level - 1], counts[level], means[level], m2s[level], t, fma)
            counts[level - 1], means[level - 1], m2s[level - 1] = 0, zeros, zeros
            carry >>= 1
            level += 1
    for level in range(1, depth):
        counts[0], means[0], m2s[0] = _merge_vectors(counts[level], means[level], m2s[level],
                                                     counts[0], means[0], m2s[0], t, fma)
    # The leftover elements, one by one, then each lane folded in.
    count, mean, m2 = 0, np.zeros(rows, t), np.zeros(rows, t)
    for i in range(n_vec * lanes, n_cols):
        v = x[:, i]
        delta = v - mean
        count += 1
        mean = mean + delta / t(count)
        m2 = m2 + delta * (v - mean)
    for lane in range(lanes):
        total = count + n_vec
        c = t(0) if total == 0 else t(t(n_vec) / t(total))
        delta = means[0][:, lane] - mean
        mean = fma(c, delta, mean)
        m2 = m2 + fma((delta * delta) * c, t(count), m2s[0][:, lane])
        count = total
    return mean, m2 / t(n_cols)


def layer_norm_rows(x: np.ndarray, weight: Optional[np.ndarray], bias: Optional[np.ndarray],
                    eps: float) -> np.ndarray:
    """Layer norm of each row of a float32 (rows, n) array, as PyTorch's CPU kernel rounds it."""
    mean, var = row_moments(x)
    rstd = _F32(1) / np.sqrt(var + _F32(eps))
    scaled = (x - mean[:, None]) * rstd[:, None]
    w = np.ones(x.shape[1], _F32) if weight is None else weight
    b = np.zeros(x.shape[1], _F32) if bias is None else bias
    return _fma(scaled, w, b)


# ---------------------------------------------------------------------------------------------
# The backward, float32, as PyTorch's CPU kernel rounds it (measured against the live library)
# ---------------------------------------------------------------------------------------------

def _lane_tree(acc: np.ndarray) -> np.ndarray:
    """A vector's lanes added pairwise, halves first (lane i with lane i + 4, then + 2, + 1)."""
    width = acc.shape[1]
    while width > 1:
        width //= 2
        acc = acc[:, :width] + acc[:, width:2 * width]
    return acc[:, 0]


def _row_sums(a: np.ndarray, b: Optional[np.ndarray]) -> np.ndarray:
    """Each row's sum of ``a * b`` (of ``a`` when ``b`` is None) in PyTorch's vector reduction:
    one 8-lane accumulator over whole vectors, the short last vector added with the product
    fused into the addition (the compiler fuses it there, not in the main loop), then the lanes
    added pairwise. Rows shorter than a vector are added left to right."""
    products = a if b is None else a * b
    rows, n = products.shape
    if n < _LANES:
        total = products[:, 0]
        for j in range(1, n):
            total = total + products[:, j]
        return total
    whole = n // _LANES * _LANES
    acc = products[:, :_LANES].copy()
    for start in range(_LANES, whole, _LANES):
        acc = acc + products[:, start:start + _LANES]
    if whole < n:
        tail = n - whole
        if b is None:
            acc[:, :tail] = acc[:, :tail] + products[:, whole:]
        else:
            acc[:, :tail] = fma(a[:, whole:], b[:, whole:], acc[:, :tail])
    return _lane_tree(acc)


def _full(column: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """A per-row value spread over the rows' shape, in C order: ``fma`` works in cache-sized
    blocks only on operands laid out like its result (8x faster on a 4096x64 gradient)."""
    return np.ascontiguousarray(np.broadcast_to(column, shape))


def _moments(x: np.ndarray, eps: float) -> tuple[np.ndarray, np.ndarray]:
    """The mean and 1/std the forward saved for each row (column vectors)."""
    mean, var = row_moments(x)
    return mean[:, None], (_F32(1) / np.sqrt(var + _F32(eps)))[:, None]


def layer_norm_rows_input_grad(dy: np.ndarray, x: np.ndarray, weight: Optional[np.ndarray],
                               eps: float) -> np.ndarray:
    """dx of a float32 layer norm over rows: ds = sum(dy * x * w), db = sum(dy * w) per row,
    then dx = a * dy * w + b * x + c with a = 1/std, b = (db * mean - ds) * a**3 / n and
    c = -b * mean - db * a / n, rounded step by step with PyTorch's fused multiply-adds."""
    mean, a = _moments(x, eps)
    n = x.shape[1]
    scale = _F32(1) / _F32(n)
    dyx = dy * x
    if weight is None:
        ds, db, scaled_dy = _row_sums(dy, x), _row_sums(dy, None), a * dy
    else:
        w = np.broadcast_to(weight, x.shape)
        ds, db, scaled_dy = _row_sums(dyx, w), _row_sums(dy, w), a * dy * w
    ds, db = ds[:, None], db[:, None]
    b = fma(db, mean, -ds) * a * a * a * scale
    c = fma(-b, mean, -(db * a * scale))
    return fma(_full(b, x.shape), x, scaled_dy) + c


def _thread_chunks(rows: int, threads: int) -> list[range]:
    """The rows each of PyTorch's threads takes (one equal chunk per thread, at least a row)."""
    used = max(1, min(threads, rows))
    chunk = -(-rows // used)
    return [range(start, min(rows, start + chunk)) for start in range(0, rows, chunk)]


def layer_norm_rows_weight_grad(dy: np.ndarray, x: np.ndarray, eps: float, threads: int) -> np.ndarray:
    """dweight of a float32 layer norm over rows: sum over rows of dy * (a * x - a * mean),
    both products fused into their additions as PyTorch's kernel computes them."""
    mean, a = _moments(x, eps)
    normalised = fma(_full(a, x.shape), x, _full(-a * mean, x.shape))
    # every product at once (exact in float64); only the fused accumulation runs row by row
    products = dy.astype(np.float64) * normalised.astype(np.float64)
    total = np.zeros(x.shape[1], _F32)
    for part in _thread_chunks(x.shape[0], threads):
        total = total + fused_column_chain(products[part.start:part.stop])
    return total


def layer_norm_rows_bias_grad(dy: np.ndarray, threads: int) -> np.ndarray:
    """dbias of a float32 layer norm over rows: the rows of dy added in order, per thread
    (numpy's running sum adds in order too; the zero start only turns -0 into +0)."""
    total = np.zeros(dy.shape[1], _F32)
    for part in _thread_chunks(dy.shape[0], threads):
        total = total + (np.zeros(dy.shape[1], _F32) + np.cumsum(dy[part.start:part.stop], axis=0)[-1])
    return total

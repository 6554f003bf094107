"""Floating-point sums added up in the order PyTorch's CPU kernel adds them.

A float32 sum depends on the order of its additions. numpy sums pairwise; PyTorch sums in
vector lanes (8 floats or 4 doubles), four vectors at a time, with a cascade of partial sums.
``loss.item()`` prints every digit of a float32, so a different order shows. This module
reproduces PyTorch's order for the common cases — a sum over all elements of a contiguous
tensor, or over its last dimension — and leaves the rest to numpy.

Above 32,768 elements PyTorch splits a reduction across threads (so its result depends on the
machine); there numpy's pairwise sum is as good a guess as any.
"""
from __future__ import annotations

import numpy as np

_LANES = {np.dtype(np.float32): 8, np.dtype(np.float64): 4}
_ILP = 4          # vectors summed side by side
_LEVELS = 4       # depth of the cascade of partial sums
_PARALLEL_ABOVE = 32768


def _ceil_log2(n: int) -> int:
    return 0 if n <= 1 else (n - 1).bit_length()


def _cascade(rows: np.ndarray) -> np.ndarray:
    """Sum ``rows`` (batch, count, ...) along axis 1: groups of 2^k rows feed higher levels."""
    count = rows.shape[1]
    power = max(4, _ceil_log2(count) // _LEVELS)
    step = 1 << power
    mask = step - 1
    acc = np.zeros((_LEVELS, rows.shape[0]) + rows.shape[2:], dtype=rows.dtype)
    i = 0
    while i + step <= count:
        for j in range(i, i + step):
            acc[0] += rows[:, j]
        i += step
        for level in range(1, _LEVELS):
            acc[level] += acc[level - 1]
            acc[level - 1] = 0
            if i & (mask << (level * power)):
                break
    for j in range(i, count):
        acc[0] += rows[:, j]
    for level in range(1, _LEVELS):
        acc[0] += acc[level]
    return acc[0]


def _row_sum(vectors: np.ndarray) -> np.ndarray:
    """(batch, count, lanes) -> (batch, lanes): four interleaved cascades, then combined."""
    batch, count, lanes = vectors.shape
    groups = count // _ILP
    partial = _cascade(vectors[:, : groups * _ILP].reshape(batch, groups, _ILP, lanes))
    for k in range(groups * _ILP, count):
        partial[:, 0] += vectors[:, k]
    for k in range(1, _ILP):
        partial[:, 0] += partial[:, k]
    return partial[:, 0]


def _short_rows_sum(x: np.ndarray, lanes: int) -> np.ndarray:
    """_lane_cascade_sum's order for rows of fewer than _ILP vectors, in a few numpy calls.

    Each row's sum is a chain of additions: the elements past the last full vector, then each
    lane's own chain (element j, j + lanes, ...). The chains run on a transposed copy, one numpy
    call per step for the whole batch. They start from their first term instead of from 0,
    which changes at most the sign of a zero result; the final ``+ 0`` mends that.
    """
    n = x.shape[1]
    rows = np.ascontiguousarray(x.T)  # (n, batch): term k of every row is one contiguous slice
    if n < lanes:  # one lane: the first _ILP elements start four partial sums, met at the end
        terms = rows if n < _ILP else rows[[0, *range(_ILP, n), *range(1, _ILP)]]
    else:
        full = n // lanes
        lane_sums = rows[:lanes]
        for k in range(1, full):
            lane_sums = lane_sums + rows[k * lanes:(k + 1) * lanes]
        terms = np.concatenate([rows[full * lanes:], lane_sums]) if n > full * lanes else lane_sums
    total = terms[0] if len(terms) == 1 else np.add.accumulate(terms, axis=0)[-1]
    return np.add(total, x.dtype.type(0))


def _last_axis_sum(x: np.ndarray) -> np.ndarray:
    """Sum each row of a 2-D contiguous array the way PyTorch does."""
    lanes = _LANES[x.dtype]
    if x.shape[1] < lanes * _ILP:
        return _short_rows_sum(x, lanes)
    return _lane_cascade_sum(x, lanes)


def _lane_cascade_sum(x: np.ndarray, lanes: int) -> np.ndarray:
    batch, n = x.shape
    if n < lanes:
        return _row_sum(x.reshape(batch, n, 1))[:, 0]
    full = n // lanes
    lane_sums = _row_sum(x[:, : full * lanes].reshape(batch, full, lanes))
    total = np.zeros(batch, dtype=x.dtype)
    for k in range(full * lanes, n):
        total += x[:, k]
    for k in range(lanes):
        total += lane_sums[:, k]
    return total


def float_sum(x: np.ndarray, axis=None, keepdims: bool = False) -> np.ndarray:
    """``x.sum(axis)`` with PyTorch's order of additions where it is known, else numpy's."""
    if x.dtype not in _LANES:
        return x.sum(axis=axis, keepdims=keepdims)
    if axis is None or (isinstance(axis, tuple) and len(axis) == x.ndim):
        if x.size == 0 or x.size > _PARALLEL_ABOVE or not x.flags.c_contiguous:
            return x.sum(axis=axis, keepdims=keepdims)
        total = _last_axis_sum(x.reshape(1, -1))[0]
        return np.full((1,) * x.ndim, total, dtype=x.dtype) if keepdims else np.asarray(total)
    axes = tuple(a % x.ndim for a in (axis if isinstance(axis, tuple) else (axis,)))
    # PyTorch first drops dims of size 1 and merges neighbouring ones: reducing the trailing
    # dims of a contiguous tensor (after dropping) is one sum along rows, as over its last dim.
    kept = [d for d in range(x.ndim) if x.shape[d] != 1]
    reduced = [d for d in kept if d in axes]
    width = int(np.prod([x.shape[d] for d in reduced])) if reduced else 1
    if (reduced and reduced == kept[len(kept) - len(reduced):] and x.flags.c_contiguous
            and 0 < width <= _PARALLEL_ABOVE and x.size):
        rows = _last_axis_sum(x.reshape(-1, width))
        shape = tuple(1 if d in axes else n for d, n in enumerate(x.shape))
        rows = rows.reshape(shape)
        return rows if keepdims else rows.reshape(tuple(n for d, n in enumerate(x.shape) if d not in axes))
    return x.sum(axis=axis, keepdims=keepdims)

"""float32 2-norms (``norm``, ``linalg.vector_norm``, ``F.normalize``) in the order PyTorch's
CPU kernel adds the squares.

When the reduced elements lie next to each other in memory (the last dim of a row-major
tensor, or every element of a contiguous one) ATen reduces each row on its own: eight vector
lanes each add their squares (rounded products, no fused multiply-add), the lanes are added
left to right, and the leftover ``n % 8`` elements follow one at a time. The compiler turns
that tail into groups of four rounded squares added in turn, then at most three fused
multiply-adds. Measured against PyTorch 2.13 on rows of 1 to 1,000 elements (1, 3 and 64
rows, and whole tensors up to 140,000 elements): every result the same, where numpy's pairwise
sum of squares differed in the last bit for about a third of rows of 5 to 70 elements.

Other layouts (a reduction down columns, a transposed view) and float64 go through ATen's
generic reduction, which numpy's sum already matches in the measured cases; ``None`` sends
those back to the caller.
"""
from __future__ import annotations

import math

import numpy as np

from autograd_tui.engine.parity.float32_math import fma

_LANES = 8     # float32 lanes of the vector loop
_UNROLL = 4    # the tail's groups of rounded squares


def _in_order(rows: np.ndarray) -> np.ndarray:
    """Sum of squares along the last axis of a float32 ``(outer, n)`` array, PyTorch's order."""
    outer, n = rows.shape
    full = n - n % _LANES
    fours = full + (n - full) // _UNROLL * _UNROLL  # where the groups of four rounded squares end
    if full:
        squares = rows[:, :full] * rows[:, :full]
        # numpy reduces the middle axis of a contiguous (outer, blocks, lanes) array one block
        # after another, each lane on its own: the vector loop's order (as summation._fold relies on)
        lanes = np.add.reduce(squares.reshape(outer, full // _LANES, _LANES), axis=1)
    else:
        lanes = np.zeros((outer, 1), np.float32)  # every lane +0
    # the lanes left to right, then the groups' squares one by one: a single chain of additions
    # (``accumulate`` adds in order by definition)
    chain = np.concatenate([lanes, rows[:, full:fours] * rows[:, full:fours]], axis=1)
    total = np.add.accumulate(chain, axis=1)[:, -1]
    if fours < n:
        total = _fused_tail(rows[:, fours:], total)
    return total


def _fused_tail(tail: np.ndarray, total: np.ndarray) -> np.ndarray:
    """``total = fma(x, x, total)`` for each column x of ``tail`` in turn. A square of a float32 is
    exact in float64, so the float64 sum rounds once; rounding that to float32 is the fused result
    unless it sits on a float32 midpoint or below float32's normal range (checked over every step;
    then the steps are redone one rounding at a time)."""
    x = tail.T.astype(np.float64)  # (steps, outer)
    sums = np.multiply(x, x)
    t = total.astype(np.float64)
    for s in sums:
        np.add(s, t, out=s)
        t = s.astype(np.float32).astype(np.float64)
    if not (((sums.view(np.int64) & _TIE_MASK) == _TIE).any() or ((np.abs(sums) < _TINY) & (sums != 0)).any()):
        return t.astype(np.float32)
    for j in range(tail.shape[1]):
        total = fma(tail[:, j], tail[:, j], total)
    return total


_TIE_MASK = np.int64((1 << 29) - 1)  # float64 mantissa bits below float32's last bit
_TIE = np.int64(1 << 28)
_TINY = 2.0 ** -125


def two_norm(x: np.ndarray, dims: tuple | None, keepdim: bool) -> np.ndarray | None:
    """sqrt(sum of squares) over ``dims`` (None: all) as PyTorch computes it, or None when the
    layout or dtype takes ATen's other path."""
    if x.dtype != np.float32:
        return None
    ndim = x.ndim
    if ndim >= 2 and x.flags.f_contiguous and not x.flags.c_contiguous:
        # a transposed tensor: ATen reduces in memory order, as on the contiguous one it views
        flipped = two_norm(x.T, None if dims is None else tuple(ndim - 1 - d % ndim for d in dims), keepdim)
        return None if flipped is None else flipped.T
    if dims is None or tuple(sorted(dims)) == tuple(range(ndim)):
        if not x.flags.c_contiguous or x.size == 0:
            return None
        out = np.sqrt(_in_order(x.reshape(1, -1)))[0]
        return np.reshape(out, (1,) * ndim) if keepdim else np.asarray(out)
    trailing = tuple(sorted(d % ndim for d in dims))
    if trailing != tuple(range(ndim - len(trailing), ndim)):
        return None
    kept = x.shape[:ndim - len(trailing)]
    inner = math.prod(x.shape[ndim - len(trailing):])
    if x.size == 0:
        return None
    if len(trailing) == 1 and x.strides[-1] == x.itemsize:
        rows = x.reshape(-1, inner) if x.flags.c_contiguous else np.ascontiguousarray(x).reshape(-1, inner)
    elif x.flags.c_contiguous:
        rows = x.reshape(-1, inner)
    else:
        return None
    out = np.sqrt(_in_order(rows)).reshape(kept)
    return out.reshape(kept + (1,) * len(trailing)) if keepdim else out

"""The sum of squares of ATen's vectorised 2-norm kernel, which PyTorch uses when the reduced
elements of each output form one contiguous run in memory (the last dim of a row-major tensor,
every element of a contiguous one, trailing dims that merge) and the type is float32, float64
or bfloat16.

Each vector lane adds its squares (rounded products, no fused multiply-add), the lanes are added
left to right, and the rest of the run follows. The kernel is the AVX2 build, measured:

- float32: eight lanes; the compiler turns the scalar rest into groups of four rounded squares
  added in turn, then at most three fused multiply-adds. Rows of 1 to 1,000 elements (1, 3 and
  64 rows, and whole tensors up to 140,000 elements): every result the same, where numpy's
  pairwise sum of squares differed in the last bit for about a third of rows of 5 to 70.
- float64: four lanes; the rest (at most three elements) fused multiply-adds. 300 of 300 random
  rows (numpy's sum: 200).
- bfloat16: a vector holds sixteen elements, whose float squares go to eight float lanes in two
  steps, so the lanes run over the first ``n - n % 16`` elements; the rest as float32's. (Its
  sums round to bfloat16, which hides the order: 141,000 random rows agreed in every variant.)

Other layouts and float16 take ATen's generic reduction (``pnorm.py``).
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine.parity import sleef64
from autograd_tui.engine.parity.float32_math import fma

_LANES = {np.dtype(np.float32): 8, np.dtype(np.float64): 4}
_UNROLL = 4          # float32's groups of rounded squares in the rest
_BFLOAT16_BLOCK = 16  # bfloat16 elements per vector


def squares_in_lanes(rows: np.ndarray, bfloat16: bool = False) -> np.ndarray:
    """Sum of squares along the last axis of a float32 or float64 ``(outer, n)`` array, in the
    order of ATen's vectorised kernel (``bfloat16``: float32 rows holding bfloat16 values)."""
    if not bfloat16:
        return _in_order(rows)
    n = rows.shape[1]
    head = n - n % _BFLOAT16_BLOCK
    if head == n:
        return _in_order(rows)
    total = _in_order(rows[:, :head]) if head else np.zeros(rows.shape[0], np.float32)
    return _rest(rows[:, head:], total)


def _in_order(rows: np.ndarray) -> np.ndarray:
    outer, n = rows.shape
    lanes = _LANES[rows.dtype]
    full = n - n % lanes
    if full:
        squares = rows[:, :full] * rows[:, :full]
        # numpy reduces the middle axis of a contiguous (outer, blocks, lanes) array one block
        # after another, each lane on its own: the vector loop's order (as summation._fold relies on)
        lane_sums = np.add.reduce(squares.reshape(outer, full // lanes, lanes), axis=1)
    else:
        lane_sums = np.zeros((outer, 1), rows.dtype)  # every lane +0
    # the lanes left to right: a single chain of additions (``accumulate`` adds in order by definition)
    return _rest(rows[:, full:], np.add.accumulate(lane_sums, axis=1)[:, -1])


def _rest(tail: np.ndarray, total: np.ndarray) -> np.ndarray:
    """``total`` plus the squares of the columns of ``tail`` as the compiled scalar loop adds them."""
    if not tail.shape[1]:
        return total
    if tail.dtype == np.float64:
        for j in range(tail.shape[1]):
            total = sleef64.fma(tail[:, j], tail[:, j], total)
        return total
    fours = tail.shape[1] // _UNROLL * _UNROLL
    if fours:
        chain = np.concatenate([total[:, None], tail[:, :fours] * tail[:, :fours]], axis=1)
        total = np.add.accumulate(chain, axis=1)[:, -1]
    return _fused_tail(tail[:, fours:], total) if fours < tail.shape[1] else total


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

"""``torch.cholesky_solve`` as MKL's ``potrs`` computes it: two triangular solves on the factor.

PyTorch hands ``potrs`` column-major copies of B and of the factor. With the lower factor L it
solves L y = b, then L^T x = y; with the upper factor U, U^T y = b, then U x = y. Measured
against PyTorch 2.13 (``tools/record_lapack_potrs.py``), each unknown is its right-hand side
minus the products of the unknowns already found, subtracted one after another (no fused
multiply-add), then divided by the diagonal (one column) or multiplied by the diagonal's rounded
reciprocal (several columns). The order of the subtractions:

* L y = b: in the order the unknowns were found (reference ``trsv``/``trsm``);
* L^T x = y (a dot product down L's column): rows from the diagonal down, except that an odd
  number of products keeps the first one for last (MKL's kernel takes pairs);
* U^T y = b (a dot product down U's column): from the top row down;
* U x = y: one column in the order the unknowns were found (from the last column back);
  several as L^T x = y (pairs, an odd count's nearest product last).

Every element of every measured system agrees up to the sizes in ``_EXACT`` (one right-hand
column: n <= 9 (float64) and 11 (float32) with L, n <= 8 with U; several columns: n <= 5 in
float64, n <= 2 in float32); beyond them MKL works in blocks, and with several columns in kernels,
whose order is not reproduced (``None``: the caller keeps numpy's solves).
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from autograd_tui.engine.parity.lu_solve import minus_products

# (dtype, upper, several columns) -> the largest n measured bit-exact
_EXACT = {
    (np.float64, False, False): 9, (np.float32, False, False): 11,
    (np.float64, True, False): 8, (np.float32, True, False): 8,
    (np.float64, False, True): 5, (np.float32, False, True): 2,
    (np.float64, True, True): 5, (np.float32, True, True): 2,
}
_SCALAR_COLUMNS = 16  # up to this many (matrix, column) pairs the solves run on Python scalars


def largest(dtype: np.dtype, upper: bool, columns: int) -> int:
    """The largest n whose solves are reproduced for this dtype, triangle and column count."""
    return _EXACT.get((np.dtype(dtype).type, upper, columns > 1), 0)


def cholesky_solve(b: np.ndarray, factor: np.ndarray, upper: bool) -> np.ndarray | None:
    """X with A X = B for ``b`` (..., n, k) and A's Cholesky ``factor`` (..., n, n) (batch shapes
    broadcast, same float dtype), reading only the factor's triangle; None outside the measured
    sizes or for non-finite input (a zero diagonal gives inf and NaN, as potrs does not check)."""
    n, k = b.shape[-2], b.shape[-1]
    if b.dtype != factor.dtype or n == 0 or k == 0 or n > largest(b.dtype, upper, k):
        return None
    if not (np.isfinite(b).all() and np.isfinite(factor).all()):
        return None
    batch = np.broadcast_shapes(b.shape[:-2], factor.shape[:-2])
    t = np.broadcast_to(factor, batch + (n, n)).reshape(-1, n, n)
    x = np.array(np.broadcast_to(b, batch + (n, k)).reshape(-1, n, k))
    if upper:  # U^T y = b reads U's column i above the diagonal; U x = y its row i
        below, right = np.swapaxes(t, -1, -2), t
        back_order = _descending if k == 1 else _pairs_first  # trsv from the last column; trsm's pairs
        forward_order = _ascending
    else:  # L y = b reads L's row i; L^T x = y its column i below the diagonal
        below, right = t, np.swapaxes(t, -1, -2)
        back_order = _pairs_first
        forward_order = _ascending
    divide = k == 1
    if x.shape[0] * k <= _SCALAR_COLUMNS:  # a few columns: Python scalars cost less than numpy calls
        single = b.dtype == np.float32
        for m in range(x.shape[0]):
            rows_below = _scalars(below[m], single)
            rows_right = _scalars(right[m], single)
            for c in range(k):
                column = _scalars(x[m, :, c], single)
                _substitute(rows_below, rows_right, column, forward_order, back_order, divide, b.dtype.type(1))
                x[m, :, c] = column
        return x.reshape(batch + (n, k))
    diag = np.diagonal(t, axis1=-2, axis2=-1)
    one = b.dtype.type(1)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        scale = diag if divide else one / diag
        for i in range(n):
            order = list(forward_order(0, i))
            rest = minus_products(x[:, i], below[:, i, order], x[:, order], dot_form=False)
            x[:, i] = rest / scale[:, i, None] if divide else rest * scale[:, i, None]
        for i in range(n - 1, -1, -1):
            order = list(back_order(i + 1, n))
            rest = minus_products(x[:, i], right[:, i, order], x[:, order], dot_form=False)
            x[:, i] = rest / scale[:, i, None] if divide else rest * scale[:, i, None]
    return x.reshape(batch + (n, k))


def _scalars(a: np.ndarray, single: bool) -> list:
    """Nested lists of Python floats (float64) or numpy float32 scalars (each operation rounded to
    float32), so the loops below round as the arrays would."""
    if single:
        return [list(row) for row in a] if a.ndim == 2 else list(a)
    return a.tolist()


def _substitute(below: list, right: list, x: list, forward_order, back_order, divide: bool, one) -> None:
    """One column of the solves above, in place, on scalars (``one`` sets the type of 1 / d)."""
    n = len(x)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        for i in range(n):
            rest, row = x[i], below[i]
            for j in forward_order(0, i):
                rest = rest - row[j] * x[j]
            x[i] = _scaled(rest, row[i], divide, one)
        for i in range(n - 1, -1, -1):
            rest, row = x[i], right[i]
            for j in back_order(i + 1, n):
                rest = rest - row[j] * x[j]
            x[i] = _scaled(rest, row[i], divide, one)


def _scaled(rest, d, divide: bool, one):
    """rest / d or rest * (1 / d); a zero d as a numpy scalar, which divides to inf/NaN as the CPU
    does (a Python float would raise)."""
    if d == 0:
        d = np.float64(d) if isinstance(d, float) else d
    return rest / d if divide else rest * (one / d)


def _ascending(start: int, stop: int) -> Sequence[int]:
    return range(start, stop)


def _descending(start: int, stop: int) -> Sequence[int]:
    return range(stop - 1, start - 1, -1)


def _pairs_first(start: int, stop: int) -> Sequence[int]:
    """Ascending, an odd count's first index moved to the end."""
    if (stop - start) % 2:
        return [*range(start + 1, stop), start]
    return list(range(start, stop))

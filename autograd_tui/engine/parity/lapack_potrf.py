"""The Cholesky factorisation as MKL's ``potrf`` computes it, finished or stopped (``info``).

PyTorch's ``linalg.cholesky``/``cholesky_ex`` call ``potrf`` on a column-major copy of A and
zero the other triangle. MKL's ``potrf`` works column by column from the left (potf2's order):
column j first forms d = a_jj minus the squares of row j's entries to its left; if d is not
positive (or NaN) it stores d unrooted on the diagonal, leaves every entry below and to the
right as A had it, and reports ``info = j + 1``. Otherwise the diagonal is sqrt(d) and each
entry below is (a_ij minus the products of rows i and j to the left) times the reciprocal of
the diagonal. How MKL adds and scales, measured against PyTorch 2.13 on this AMD CPU
(``tools/record_lapack_potrf.py``; every element of random positive-definite and failing
matrices, float64 up to 8 x 8 (both triangles), float32 1, 2 and 6 to 8 (lower)):

* n <= 5 (a kernel of its own): the products are summed first (in order; four of them as
  (p0 + p2) + (p1 + p3), two vector lanes), then subtracted; in float64 the last column (one
  entry below the diagonal) is divided by the diagonal instead.
* 6 <= n <= 8: the products are subtracted one after another, the diagonal's from the most
  recent column back, the other entries' from the first column on. Float64 'U' (the upper
  triangle) instead sums them in two lanes of alternate products, an odd count's last product
  subtracted on its own (every measured factor, seventeenth session).
* The reciprocal: 1 / sqrt(d) rounded in float64; in float32 the CPU's ``rsqrtps`` estimate y
  of 1 / sqrt(d) with one Newton step y (1.5 - ((0.5 d) y) y), each step a float32 rounding.

From n = 9 MKL updates the diagonal in blocks of 8 columns in an order not found (the partial
result keeps potf2's shape, measured to 40 x 40, but not its last bits); float32 n = 3 to 5 differ
in the last column for about a third of matrices (its reciprocal is not found).
"""
from __future__ import annotations

import math

import numpy as np

from autograd_tui.engine.parity.float32_math import rsqrt_estimate

EXACT_UP_TO = 8  # the sizes whose bits are measured equal (float32 3 to 5 mostly)
LARGEST = 64  # the scalar steps cost n^3 / 6 Python operations


def potrf(a: np.ndarray, upper: bool) -> tuple[np.ndarray, np.ndarray] | None:
    """The factors of a ``(..., n, n)`` float32/float64 stack as PyTorch returns them (the other
    triangle zero) and ``info`` per matrix (0, or the order of the first leading minor that is
    not positive-definite); None for other dtypes, sizes or non-finite input (the caller keeps
    its own path). ``upper``: U with A = U^T U from the upper triangle (LAPACK's 'U' on the
    column-major copy is 'L' on the transpose, step for step)."""
    n = a.shape[-1]
    if a.dtype not in (np.float32, np.float64) or n == 0 or n > LARGEST or not np.isfinite(a).all():
        return None
    flat = a.reshape(-1, n, n)
    if upper:
        flat = np.swapaxes(flat, -1, -2)
    factors, infos = [], []
    two_lanes = upper and a.dtype == np.float64 and 6 <= n <= EXACT_UP_TO
    for m in flat:
        factor, info = _potrf_lower(m, two_lanes)
        factors.append(factor)
        infos.append(info)
    out = np.stack(factors)
    if upper:
        out = np.swapaxes(out, -1, -2)
    return out.reshape(a.shape), np.array(infos, dtype=np.int32).reshape(a.shape[:-2])


def _potrf_lower(m: np.ndarray, two_lanes: bool = False) -> tuple[np.ndarray, int]:
    """potf2 on the lower triangle of ``m``; ``two_lanes``: each entry's products summed in two
    lanes, as float64 'U' from 6 rows (``_two_lane_rest``)."""
    n = m.shape[0]
    single = m.dtype == np.float32
    scalar = np.float32 if single else float
    t = [[scalar(v) for v in row] for row in m]
    small = n <= 5
    for j in range(n):
        left = t[j][:j]
        if two_lanes:
            d = _two_lane_rest(t[j][j], [v * v for v in left])
        elif small and j:
            d = t[j][j] - _summed([v * v for v in left])
        else:
            d = t[j][j]
            for v in reversed(left):
                d = d - v * v
        if not d > 0:  # potf2 stores the pivot unrooted and stops
            t[j][j] = d
            return _lower(t, m.dtype), j + 1
        root = np.sqrt(d) if single else math.sqrt(d)
        t[j][j] = root
        scale = _rsqrt32(d) if single else 1.0 / root
        divide = small and not single and j == n - 2
        for i in range(j + 1, n):
            row = t[i]
            if two_lanes:
                v = _two_lane_rest(row[j], [row[k] * left[k] for k in range(j)])
            elif small and j:
                v = row[j] - _summed([row[k] * left[k] for k in range(j)])
            else:
                v = row[j]
                for k in range(j):
                    v = v - row[k] * left[k]
            row[j] = v / root if divide else v * scale
    return _lower(t, m.dtype), 0


def _summed(products: list) -> float:
    if len(products) == 4:
        return (products[0] + products[2]) + (products[1] + products[3])
    total = products[0]
    for p in products[1:]:
        total = total + p
    return total


def _two_lane_rest(a: float, products: list) -> float:
    """a minus the products as MKL's float64 'U' kernel takes them from 6 rows: an even count
    summed in two lanes (alternate products, lane 0 + lane 1) and subtracted; an odd count's last
    product subtracted after the others'."""
    last = products.pop() if len(products) % 2 else None
    if products:
        lane0, lane1 = products[0], products[1]
        for k in range(2, len(products), 2):
            lane0, lane1 = lane0 + products[k], lane1 + products[k + 1]
        a = a - (lane0 + lane1)
    return a if last is None else a - last


def _rsqrt32(d: np.float32 | float) -> np.float32:
    """1 / sqrt(d) as MKL's float32 kernel computes it: the ``rsqrtps`` estimate, one Newton
    step. Off the normal range (never in a measured case) the correctly rounded value."""
    bits = int(np.array(d, np.float32).view(np.int32))
    if not 0x00800000 <= bits < 0x7F800000:
        return np.float32(1.0 / math.sqrt(float(d)))
    y = np.array(rsqrt_estimate(np.array(bits, np.int32)), np.int32).view(np.float32)[()]
    half, three_halves, x = np.float32(0.5), np.float32(1.5), np.float32(d)
    return y * (three_halves - ((half * x) * y) * y)


def _lower(t: list, dtype: np.dtype) -> np.ndarray:
    """The lower triangle (the entries above it zero, as PyTorch's ``tril_``; -0.0 below kept)."""
    return np.tril(np.array(t, dtype=dtype))

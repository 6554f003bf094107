"""``torch.linalg.qr`` of small matrices as MKL's ``geqrf`` + ``orgqr`` compute it.

PyTorch copies A to column-major memory, factors it in place with ``geqrf`` (Householder
reflectors below the diagonal, R on and above it) and builds Q from the reflectors with
``orgqr``. For matrices up to 16 x 16 MKL takes LAPACK's unblocked paths (``geqr2``, ``org2r``),
whose level-1 and level-2 pieces were measured against PyTorch 2.13 (MKL 2024.2):

- **the reflector** (``larfg``): the norm of the part below the diagonal is the old LAPACK
  ``nrm2`` (one running scale and scaled sum of squares, in order; a new largest element
  rescales the sum as ``1 + ssq * (r * r)`` in float64, ``1 + (ssq * r) * r`` in float32), beta
  is ``-sign(alpha) * lapy2(alpha, norm)`` with ``lapy2 = w * sqrt(1 + (z / w)^2)``, tau is
  ``(beta - alpha) / beta``, and v is the column times the rounded reciprocal of
  ``alpha - beta`` in float64 (divided by it in float32, and for a 2 x 2 float64 matrix).
- **geqr2's update** of the columns to the right: w = C^T v, each element summed in two lanes
  (float64: alternate products, the lanes added, an odd last product after them) or in order
  from zero (float32); then C + v * (-tau * w), each product rounded (no fused multiply-add).
- **org2r** applies the reflectors from the last, with MKL's ``gemv`` (transposed) for w:
  columns four at a time with one accumulator, the first products peeled in order up to the
  16-byte boundary of the group's fourth column (float64: 2 on a boundary, else 1; float32: 1 to
  4); the rest as pairs of columns and a single column, peeled up to v's boundary (float64: two,
  then one accumulator of two lanes for a pair, four for a single column added as
  (0 + 1) + (2 + 3), 8 products a step; float32: two, then one accumulator of four lanes for a
  pair, two for a single column, 8 products a step, lanes folded in halves). Where a column
  starts depends on the matrix's place in its batch (each matrix follows the previous one in
  column-major memory, from an aligned start). Then C + v * (-tau * w), the column scaled by
  -tau and its diagonal set to 1 - tau.

Measured (``tools/record_lapack_qr.py``): every element of Q and R of ``linalg.qr`` in each mode
('reduced', 'complete', 'r') for every shape up to 16 x 16, float32 and float64, single matrices
and batches of three (2,304 results per dtype), and the reflectors of ``geqrf``. From about 24
rows or columns MKL factors in blocks (not reproduced: ``None``, the caller keeps numpy's).
"""
from __future__ import annotations

import math
from typing import Optional

import numpy as np

from autograd_tui.engine.parity.matmul64 import _row_sums

LARGEST = 16  # the sizes measured on MKL's unblocked path


def covers(a: np.ndarray) -> bool:
    """A float32/float64 stack of matrices with 1 to 16 rows and columns, all finite."""
    m, n = a.shape[-2:]
    return (a.dtype in (np.float32, np.float64) and 1 <= m <= LARGEST and 1 <= n <= LARGEST
            and a.size > 0 and bool(np.isfinite(a).all()))


def qr(a: np.ndarray, mode: str) -> Optional[tuple[np.ndarray, np.ndarray]]:
    """(Q, R) of ``torch.linalg.qr(a, mode)`` for a ``(..., m, n)`` array (``mode='r'``: Q is
    None), or None outside what ``covers`` takes or where LAPACK would rescale (tiny norms)."""
    if not covers(a):
        return None
    m, n = a.shape[-2:]
    batch = a.shape[:-2]
    factors, taus = geqrf(a.reshape(-1, m, n))
    if factors is None:
        return None
    k = min(m, n)
    rows = m if mode == "complete" else k
    r = np.triu(factors[:, :rows, :])
    if mode == "r":
        return None, r.reshape(*batch, rows, n)  # type: ignore[return-value]
    ncols = m if mode == "complete" else k
    q = orgqr(factors[:, :, :min(k, ncols)], taus, ncols)
    return q.reshape(*batch, m, ncols), r.reshape(*batch, rows, n)


def _nrm2(x: np.ndarray) -> np.ndarray:
    """The old LAPACK/BLAS ``nrm2`` of each row of ``x`` (b, k): a running scale (the largest
    magnitude so far) and sum of squares of the elements divided by it, zeros skipped."""
    t = x.dtype.type
    if x.shape[0] == 1:  # one matrix: scalar steps cost a tenth of the array operations
        return np.array([nrm2_steps(x[0].tolist(), t)], x.dtype)
    scale = np.zeros(x.shape[0], x.dtype)
    ssq = np.ones(x.shape[0], x.dtype)
    one = t(1)
    for j in range(x.shape[1]):
        a = np.abs(x[:, j])
        grows = scale < a
        kept = (a != 0) & ~grows
        r = np.where(grows, scale / np.where(grows, a, one), a / np.where(kept, scale, one))
        if x.dtype == np.float32:
            rescaled = one + (ssq * r) * r
        else:
            rescaled = one + ssq * (r * r)
        ssq = np.where(grows, rescaled, np.where(kept, ssq + r * r, ssq))
        scale = np.where(grows, a, scale)
    return scale * np.sqrt(ssq)


def nrm2_steps(values: list, t: type) -> float:
    """``_nrm2`` of one row, element by element (Python floats are float64; float32 steps
    round through ``t``). Also ``lapack_eigh``'s reflectors' norm."""
    scale, ssq = 0.0, 1.0
    single = t is np.float32
    if single:
        scale, ssq = t(0), t(1)
        values = [t(v) for v in values]
    for v in values:
        a = abs(v)
        if a == 0:
            continue
        if scale < a:
            r = scale / a
            ssq = 1 + (ssq * r) * r if single else 1 + ssq * (r * r)
            scale = a
        else:
            r = a / scale
            ssq = ssq + r * r
    return scale * (np.sqrt(ssq) if single else math.sqrt(ssq))


def _lapy2(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """LAPACK's ``lapy2``: sqrt(x^2 + y^2) as w * sqrt(1 + (z / w)^2), w the larger magnitude."""
    ax, ay = np.abs(x), np.abs(y)
    w, z = np.maximum(ax, ay), np.minimum(ax, ay)
    q = z / np.where(w == 0, 1, w)
    return np.where(z == 0, w, w * np.sqrt(1 + q * q))


def geqrf(a: np.ndarray) -> tuple[Optional[np.ndarray], np.ndarray]:
    """``geqr2`` on a ``(b, m, n)`` stack: R on and above the diagonal, the reflectors' v below
    it (v[0] = 1 implied), and tau ``(b, min(m, n))``; ``(None, taus)`` where LAPACK would rescale
    a reflector (its beta below the safe minimum)."""
    work = np.array(a)
    b, m, n = work.shape
    dtype = work.dtype
    t = dtype.type
    k = min(m, n)
    taus = np.zeros((b, k), dtype)
    safe_min = np.finfo(dtype).tiny / np.finfo(dtype).eps
    divide = dtype == np.float32 or (m == 2 and n == 2)
    for i in range(k):
        alpha = work[:, i, i].copy()
        x = work[:, i + 1:, i]
        norm = _nrm2(x)
        reflect = norm != 0
        beta = -np.copysign(_lapy2(alpha, norm), alpha)
        if (reflect & (np.abs(beta) < safe_min)).any():
            return None, taus
        beta = np.where(reflect, beta, alpha)
        safe_beta = np.where(reflect, beta, t(1))
        tau = np.where(reflect, (beta - alpha) / safe_beta, t(0))
        denominator = np.where(reflect, alpha - beta, t(1))
        v = x / denominator[:, None] if divide else x * (t(1) / denominator)[:, None]
        work[:, i + 1:, i] = np.where(reflect[:, None], v, x)
        work[:, i, i] = beta
        taus[:, i] = tau
        if i < n - 1:
            vector = np.concatenate([np.ones((b, 1), dtype), work[:, i + 1:, i]], axis=1)
            block = work[:, i:, i + 1:]
            products = vector[:, :, None] * block
            w = _two_lanes(products) if dtype == np.float64 else _in_order(products)
            update = block + vector[:, :, None] * (-tau[:, None] * w)[:, None, :]
            work[:, i:, i + 1:] = np.where(reflect[:, None, None], update, block)
    return work, taus


def _two_lanes(products: np.ndarray) -> np.ndarray:
    """Sums over axis 1 of (b, k, c): even and odd terms in two running sums from +0, the two
    added, then an odd last term."""
    k = products.shape[1]
    even = np.zeros((products.shape[0], products.shape[2]), products.dtype)
    odd = even.copy()
    for r in range(0, k - 1, 2):
        even = even + products[:, r]
        odd = odd + products[:, r + 1]
    total = even + odd
    return total + products[:, k - 1] if k % 2 else total


def _in_order(products: np.ndarray) -> np.ndarray:
    """Sums over axis 1 of (b, k, c), in order from +0."""
    total = np.zeros((products.shape[0], products.shape[2]), products.dtype)
    for r in range(products.shape[1]):
        total = total + products[:, r]
    return total


def orgqr(factors: np.ndarray, taus: np.ndarray, ncols: int) -> np.ndarray:
    """``org2r``: the first ``ncols`` columns of Q = H(0) H(1) ... H(k-1) from ``geqrf``'s
    reflectors (``factors`` (b, m, >= k columns), ``taus`` (b, k)). The matrices lie one after
    another in column-major memory, as PyTorch allocates them."""
    b, m = factors.shape[:2]
    k = taus.shape[1]
    dtype = factors.dtype
    q = np.zeros((b, m, ncols), dtype)
    q[:, :, :min(k, ncols)] = factors[:, :, :min(k, ncols)]
    for j in range(k, ncols):
        q[:, j, j] = 1
    starts = np.arange(b) * (m * ncols)  # each matrix's first element, from an aligned start
    for i in range(k - 1, -1, -1):
        tau = taus[:, i]
        if i < ncols - 1:
            q[:, i, i] = 1
            vector = q[:, i:, i].copy()
            block = q[:, i:, i + 1:]
            products = vector[:, :, None] * block
            gemv = gemv_transposed if dtype == np.float64 else sgemv_transposed
            w = gemv(products, starts + (i + 1) * m + i, starts + i * m + i, m)
            update = block + vector[:, :, None] * (-tau[:, None] * w)[:, None, :]
            q[:, i:, i + 1:] = np.where((tau != 0)[:, None, None], update, block)
        if i < m - 1:
            q[:, i + 1:, i] = q[:, i + 1:, i] * -tau[:, None]
        q[:, i, i] = 1 - tau
        q[:, :i, i] = 0
    return q


def gemv_transposed(products: np.ndarray, block_starts: np.ndarray, vector_starts: np.ndarray,
                     lda: int) -> np.ndarray:
    """MKL's float64 ``dgemv('T')`` sums of (b, k, c) products (column j of C times v), for
    blocks whose first column starts at ``block_starts`` and vectors at ``vector_starts``
    (elements from a 16-byte boundary), columns ``lda`` apart."""
    b, k, c = products.shape
    out = np.empty((b, c), np.float64)
    whole = c // 4 * 4
    paired = (c - whole) // 2 * 2
    for parity in (0, 1):
        which = (block_starts + lda) % 2 == parity
        if whole and which.any():
            peel = min(k, 2 - parity)
            part = products[which][:, :, :whole]
            sums = _row_sums(part.transpose(1, 0, 2).reshape(k, -1), peel, (k - peel) // 2 * 2, 1)
            out[which, :whole] = sums.reshape(-1, whole)
        which = vector_starts % 2 == parity
        if whole < c and which.any():
            peel = min(k, 2 - parity)
            run = (k - peel) // 8 * 8
            for j in range(whole, c):
                column = products[which][:, :, j].T  # (k, rows of the batch)
                if j - whole < paired:
                    out[which, j] = _row_sums(column, peel, run, 2 if (j - whole) % 2 == 0 else 1)
                else:
                    out[which, j] = _row_sums(column, peel, run, 4, pairwise=True)
    return out


def sgemv_transposed(products: np.ndarray, block_starts: np.ndarray, vector_starts: np.ndarray,
                      lda: int) -> np.ndarray:
    """MKL's float32 ``sgemv('T')`` sums of (b, k, c) products (as ``gemv_transposed``): vectors
    of four floats; columns four at a time with one accumulator, peeled to the 16-byte boundary
    of the group's fourth column; the rest as pairs (two accumulators for the first column, one
    for the second, 8 products a step) and a single column (two accumulators), peeled to v's
    boundary. Accumulators are added, then their lanes as (0 + 2) + (1 + 3)."""
    b, k, c = products.shape
    out = np.empty((b, c), np.float32)
    whole = c // 4 * 4
    paired = (c - whole) // 2 * 2
    for alignment in range(4):
        which = (block_starts + 3 * lda) % 4 == alignment
        if whole and which.any():
            part = products[which][:, :, :whole]
            sums = _float_lanes(part.transpose(1, 0, 2).reshape(k, -1), 4 - alignment, 4, 1)
            out[which, :whole] = sums.reshape(-1, whole)
        which = vector_starts % 4 == alignment
        if whole < c and which.any():
            for j in range(whole, c):
                second = j - whole < paired and (j - whole) % 2 == 1
                out[which, j] = _float_lanes(products[which][:, :, j].T, 4 - alignment, 8, 1 if second else 2)
    return out


def _float_lanes(products: np.ndarray, peel: int, step: int, accumulators: int) -> np.ndarray:
    """(k, e) float32 products summed as MKL's sgemv kernels do: the first ``peel`` in order into
    lane 0, then vectors of four (``step`` products a step, the vectors in turn into the
    ``accumulators``), the accumulators added, their lanes folded in halves, the rest in order."""
    k, e = products.shape
    peel = min(peel, k)
    run = (k - peel) // step * step
    acc = np.zeros((accumulators, 4, e), np.float32)
    for r in range(peel):
        acc[0, 0] = acc[0, 0] + products[r]
    if not run:
        total = acc[0, 0]
    else:
        for index, r in enumerate(range(peel, peel + run, 4)):
            acc[index % accumulators] = acc[index % accumulators] + products[r:r + 4]
        lanes = acc[0] + acc[1] if accumulators == 2 else acc[0]
        total = (lanes[0] + lanes[2]) + (lanes[1] + lanes[3])
    for r in range(peel + run, k):
        total = total + products[r]
    return total

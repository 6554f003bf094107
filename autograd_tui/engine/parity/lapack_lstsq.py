"""``torch.linalg.lstsq`` with its default driver (``gelsy``) for small full-rank systems, as MKL
computes it on the path PyTorch's first call in a process usually takes.

``gelsy`` is QR with column pivoting (``geqp3``), a rank estimate, Q^T B (``ormqr``), the
triangular solve (``trsm``) and the columns put back in order. PyTorch 2.13 hands it a pivot
array it does not set to zero, and ``geqp3`` treats a column with a nonzero entry there as fixed
(never pivoted). What the array holds depends on the memory allocator's history, so PyTorch's
own last bits vary: one system solved 30 times in one process gives up to 13 different
solutions (``tools/record_lapack_lstsq.py --repeat``), and the first ``lstsq`` of a fresh process
took the path with every column fixed for 18 of 32 measured systems (the others had zeros in
some entries, so some columns were pivoted; both golden scripts that use ``lstsq`` took it).
The engine follows that path, where the factorisation is ``geqrf`` of A as it is:

- ``geqrf`` as ``lapack_qr.geqrf`` (MKL's unblocked path, bit for bit);
- ``ormqr('L', 'T')``: the reflectors from the first, each in ``larfb``'s form: w = c_i plus
  the products of v's part below the diagonal with C's rows below i (MKL's ``gemv('T')``, as
  ``lapack_qr`` sums it: v starts i + 1 elements into column i of A, C's columns are ``ldb``
  = m apart), then w * tau subtracted from row i and v * (w * tau) from the rows below;
- ``trsm`` (upper, one right-hand column): each unknown from the last, the right-hand side minus
  one product after another in the order the unknowns were found, divided by the diagonal.

Measured against the MKL inside PyTorch's library (``gelsy`` with a pivot array of ones,
``tools/record_lapack_lstsq.py``): every solution of the m x n systems with n <= m <= 16 and one
right-hand column, float32 and float64 (272 systems; 2,990 more random ones while measuring).
Several right-hand columns take another triangular solve (not reproduced), as do rank-deficient
and wide systems (``gelsy`` then adds a second factorisation): ``None``, the caller keeps its
own solver.
"""
from __future__ import annotations

from typing import Optional

import numpy as np

from autograd_tui.engine.parity import lapack_qr

LARGEST = lapack_qr.LARGEST


def solve(a: np.ndarray, b: np.ndarray, rcond: float) -> Optional[np.ndarray]:
    """X (``(..., n, 1)``) of the least-squares problem A X = B for ``a`` ``(..., m, n)`` and ``b``
    ``(..., m, 1)`` of one float dtype, or None outside the cases above (including any system whose
    condition number comes near ``1 / rcond``, where ``gelsy`` might lower the rank)."""
    m, n = a.shape[-2:]
    if b.shape[-1] != 1 or not (1 <= n <= m <= LARGEST) or not lapack_qr.covers(a):
        return None
    if not np.isfinite(b).all() or a.shape[:-2] != b.shape[:-2]:
        return None
    flat = a.reshape(-1, m, n)
    with np.errstate(all="ignore"):
        singular_values = np.linalg.svd(flat.astype(np.float64), compute_uv=False)
    largest, smallest = singular_values[:, 0], singular_values[:, -1]
    # gelsy's estimate of the condition number never exceeds the true one: far enough below
    # 1 / rcond, the rank is n; near it (or scaled to the floating-point limits) keep out
    if not ((smallest > 0) & (largest < 1e150) & (largest > 1e-150)
            & (largest < smallest / (1000 * max(rcond, np.finfo(a.dtype).eps)))).all():
        return None
    factors, taus = lapack_qr.geqrf(flat)
    if factors is None:
        return None
    c = _apply_qt(factors, taus, np.array(b.reshape(-1, m, 1)))
    return _back_substitute(factors, c[:, :n]).reshape(*a.shape[:-2], n, 1)


def _apply_qt(factors: np.ndarray, taus: np.ndarray, c: np.ndarray) -> np.ndarray:
    """``ormqr('L', 'T')``: Q^T C in ``larfb``'s form, reflector after reflector (in place)."""
    b, m, n = factors.shape
    k = c.shape[2]
    gemv = lapack_qr.gemv_transposed if factors.dtype == np.float64 else lapack_qr.sgemv_transposed
    a_starts = np.arange(b) * (m * n)
    c_starts = np.arange(b) * (m * k)
    for i in range(n):
        v = factors[:, i + 1:, i]
        w = c[:, i, :]
        if i < m - 1:
            products = v[:, :, None] * c[:, i + 1:, :]
            w = w + gemv(products, c_starts + i + 1, a_starts + i * m + i + 1, m)
        scaled = w * taus[:, i, None]
        c[:, i, :] = c[:, i, :] - scaled
        c[:, i + 1:, :] = c[:, i + 1:, :] - v[:, :, None] * scaled[:, None, :]
    return c


def _back_substitute(r: np.ndarray, y: np.ndarray) -> np.ndarray:
    """``trsm('L', 'U', 'N', 'N')`` with one right-hand column: x_i = (y_i - r_i,n-1 x_n-1 - ...
    - r_i,i+1 x_i+1) / r_ii, the products subtracted one after another."""
    x = np.array(y)
    n = r.shape[2]
    for i in range(n - 1, -1, -1):
        rest = x[:, i]
        for j in range(n - 1, i, -1):
            rest = rest - r[:, i, j, None] * x[:, j]
        x[:, i] = rest / r[:, i, i, None]
    return x

"""``torch.linalg.solve`` of small systems as MKL's ``getrf`` + ``getrs`` give it.

PyTorch solves ``A X = B`` by factorising A (``lu_factor``: the same unblocked getrf as
``lu_det.factor``, on A itself) and calling ``getrs`` without transposition: the row swaps on B,
then L (unit diagonal) forward and U backward. How MKL's substitutions add depends on n:

* n <= 7: each unknown is its row's off-diagonal products summed in the order the unknowns were
  found (a running sum from 0, no fused multiply-add), subtracted from the right-hand side at
  once; U's rows are then multiplied by the rounded reciprocal of the diagonal.
* n >= 8: each product is subtracted from the right-hand side one after another, in the order
  the unknowns were found, and U's rows are divided by the diagonal.

Measured against PyTorch 2.13 on standard normal float32 and float64 systems of n = 1 to 16
(thousands): every element for a vector or one-column B, and for any number of columns up to
n = 8. From n = 9 with several columns MKL's triangular solve takes another path (not
reproduced: ``None``, the caller keeps numpy's), as it does from n = 17 (blocked getrf).

The gradient of B is ``getrs`` transposed on the same factors (``solve_adjoint``): U^T forward,
then L^T backward, then the row swaps in reverse, in the dot form with the diagonal's reciprocal.
Every measured element up to n = 4 (vectors and several columns); from n = 5 MKL adds otherwise
(not reproduced).
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine.parity.lu_det import LARGEST, factor

_DOT_FORM = 7  # up to this n the substitutions sum the products first (measured)
_ANY_COLUMNS = 8  # up to this n any number of right-hand columns follows the rules
_ADJOINT_LARGEST = 4  # getrs('T') follows the dot form up to this n (measured)


def solve(a: np.ndarray, b: np.ndarray) -> np.ndarray | None:
    """X of ``A X = B`` for ``a`` of shape ``(..., n, n)`` and ``b`` of ``(..., n, k)`` (same batch
    shape, same float dtype), or None outside the measured cases (and for a singular A: the caller's
    solver reports it)."""
    factors = _factors(a, b)
    if factors is None or (np.diagonal(factors[0], axis1=1, axis2=2) == 0).any():
        return None
    n, k = b.shape[-2], b.shape[-1]
    return substitute(*factors, b.reshape(-1, n, k)).reshape(b.shape)


def solve_with_info(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """``solve`` that carries on past a zero pivot as ``linalg.solve_ex``/``inv_ex`` do: getrf's
    factors (a zero pivot's column left as it is), getrs's substitutions dividing by that zero
    (inf and NaN), and getrf's ``info`` per matrix (the first zero pivot, 1-based; 0 if none).
    None outside the measured sizes."""
    factors = _factors(a, b)
    if factors is None:
        return None
    m, pivots = factors
    n, k = b.shape[-2], b.shape[-1]
    zero = np.diagonal(m, axis1=1, axis2=2) == 0
    info = np.where(zero.any(axis=1), zero.argmax(axis=1) + 1, 0).astype(np.int32)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        x = substitute(m, pivots, b.reshape(-1, n, k))
    return x.reshape(b.shape), info.reshape(b.shape[:-2])


def _factors(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """getrf's factors and pivots of ``a`` as a stack of (n, n), or None outside the measured
    cases (sizes, several columns past ``_ANY_COLUMNS``, non-finite input)."""
    n, k = b.shape[-2], b.shape[-1]
    if n == 0 or n > LARGEST or (k > 1 and n > _ANY_COLUMNS):
        return None
    if not (np.isfinite(a).all() and np.isfinite(b).all()):
        return None
    return factor(np.array(a.reshape(-1, n, n)))


def substitute(m: np.ndarray, pivots: np.ndarray, b: np.ndarray) -> np.ndarray:
    """getrs on getrf's factors ``m`` (b, n, n) and 0-based row swaps ``pivots`` (b, n): the
    swaps on ``b`` (b, n, k), then L forward and U backward, added as MKL adds them (the rules
    above; beyond the measured sizes the same steps, whose order MKL may not keep)."""
    n = m.shape[-1]
    diag = np.diagonal(m, axis1=1, axis2=2)
    w = np.array(b)
    rows = np.arange(w.shape[0])
    for j in range(n - 1):  # the row swaps, in order
        p = pivots[:, j]
        top = w[rows, j, :].copy()
        w[rows, j, :] = w[rows, p, :]
        w[rows, p, :] = top
    dot_form = n <= _DOT_FORM
    for i in range(1, n):  # L y = P b, the unknowns found 0, 1, ...
        w[:, i] = minus_products(w[:, i], m[:, i, :i], w[:, :i], dot_form)
    one = m.dtype.type(1)
    for i in range(n - 1, -1, -1):  # U x = y, the unknowns found n-1, n-2, ...
        rest = minus_products(w[:, i], m[:, i, i + 1:][:, ::-1], w[:, i + 1:][:, ::-1], dot_form)
        w[:, i] = rest * (one / diag[:, i, None]) if dot_form else rest / diag[:, i, None]
    return w


def solve_adjoint(a: np.ndarray, g: np.ndarray) -> np.ndarray | None:
    """X of ``A^T X = G`` as ``getrs('T')`` on A's getrf factors (shapes as ``solve``), or None."""
    n = g.shape[-2]
    if n == 0 or n > _ADJOINT_LARGEST or not (np.isfinite(a).all() and np.isfinite(g).all()):
        return None
    batch = g.shape[:-2]
    m, pivots = factor(np.array(a.reshape(-1, n, n)))
    diag = np.diagonal(m, axis1=1, axis2=2)
    if (diag == 0).any():
        return None
    w = np.array(g.reshape(-1, n, g.shape[-1]))
    one = m.dtype.type(1)
    for i in range(n):  # U^T y = g: row i of U^T is column i of U, the unknowns found 0, 1, ...
        w[:, i] = minus_products(w[:, i], m[:, :i, i], w[:, :i], True) * (one / diag[:, i, None])
    for i in range(n - 2, -1, -1):  # L^T z = y, the unknowns found n-1, n-2, ...
        w[:, i] = minus_products(w[:, i], m[:, i + 1:, i][:, ::-1], w[:, i + 1:][:, ::-1], True)
    rows = np.arange(w.shape[0])
    for j in range(n - 2, -1, -1):  # the row swaps, in reverse
        p = pivots[:, j]
        top = w[rows, j, :].copy()
        w[rows, j, :] = w[rows, p, :]
        w[rows, p, :] = top
    return w.reshape(*batch, n, g.shape[-1])


def minus_products(rhs: np.ndarray, coefficients: np.ndarray, known: np.ndarray, dot_form: bool) -> np.ndarray:
    """rhs - sum_j coefficients[:, j] * known[:, j, :], j in the given order, as MKL adds them."""
    if coefficients.shape[1] == 0:
        return rhs
    if dot_form:
        total = coefficients[:, 0, None] * known[:, 0]
        for j in range(1, coefficients.shape[1]):
            total = total + coefficients[:, j, None] * known[:, j]
        return rhs - total
    for j in range(coefficients.shape[1]):
        rhs = rhs - coefficients[:, j, None] * known[:, j]
    return rhs

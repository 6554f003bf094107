"""``torch.linalg.ldl_factor``, ``ldl_factor_ex`` and ``ldl_solve``.

The factorisation is LAPACK's unblocked ``sytrf`` (``sytf2``, lower triangle): Bunch-Kaufman
pivoting with 1x1 and 2x2 diagonal blocks, the pivots 1-based and negative for a 2x2 block, as
PyTorch returns them; the solve is ``sytrs``'s two substitutions. The products are rounded one by
one (no fused multiply-add), as MKL's SSE kernels on the reference CPU compute them. PyTorch has
no derivative for either op: their nodes refuse any gradient.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.functions._common import _R, _scalar_type_name
from autograd_tui.engine.functions._structseq import return_type
from autograd_tui.engine.record import record

__all__ = ["ldl_factor", "ldl_factor_ex", "ldl_solve"]

_ALPHA = (1 + math.sqrt(17)) / 8  # Bunch-Kaufman's threshold


def _sytf2(a: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """(LD with the lower triangle, 1-based pivots, info) of one symmetric matrix, LAPACK's order."""
    a = a.copy()
    n = a.shape[0]
    piv = np.zeros(n, np.int32)
    info, k = 0, 0
    while k < n:
        step, absakk = 1, abs(a[k, k])
        imax = k + 1 + int(np.argmax(np.abs(a[k + 1:, k]))) if k < n - 1 else k
        colmax = abs(a[imax, k]) if k < n - 1 else 0.0
        if max(absakk, colmax) == 0:
            info = info or k + 1
            kp = k
        elif absakk >= _ALPHA * colmax:
            kp = k
        else:
            rowmax = float(np.max(np.abs(a[imax, k:imax])))
            if imax < n - 1:
                rowmax = max(rowmax, float(np.max(np.abs(a[imax + 1:, imax]))))
            if absakk >= _ALPHA * colmax * (colmax / rowmax):
                kp = k
            elif abs(a[imax, imax]) >= _ALPHA * rowmax:
                kp = imax
            else:
                kp, step = imax, 2
        kk = k + step - 1
        if kp != kk and max(absakk, colmax) != 0:
            _interchange(a, k, kk, kp, step)
        if max(absakk, colmax) != 0:
            (_update_one if step == 1 else _update_two)(a, k)
        piv[k:k + step] = kp + 1 if step == 1 else -(kp + 1)
        k += step
    return np.tril(a), piv, info


def _interchange(a: np.ndarray, k: int, kk: int, kp: int, step: int) -> None:
    """Rows and columns kk and kp of the trailing lower triangle swapped."""
    a[kp + 1:, [kk, kp]] = a[kp + 1:, [kp, kk]]
    between = a[kk + 1:kp, kk].copy()
    a[kk + 1:kp, kk] = a[kp, kk + 1:kp]
    a[kp, kk + 1:kp] = between
    a[kk, kk], a[kp, kp] = a[kp, kp], a[kk, kk]
    if step == 2:
        a[k + 1, k], a[kp, k] = a[kp, k], a[k + 1, k]


def _update_one(a: np.ndarray, k: int) -> None:
    """A 1x1 pivot: syr's rank-1 update of the trailing triangle (column by column), then the
    column scaled by the pivot's reciprocal."""
    t = a.dtype.type
    d11 = t(1) / a[k, k]
    x = a[k + 1:, k].copy()
    for j in range(x.size):
        temp = -d11 * x[j]
        a[k + 1 + j:, k + 1 + j] += x[j:] * temp
    a[k + 1:, k] = x * d11


def _update_two(a: np.ndarray, k: int) -> None:
    """A 2x2 pivot: the trailing triangle updated with both columns, LAPACK's expressions."""
    n = a.shape[0]
    t = a.dtype.type
    if k >= n - 2:
        return
    d21 = a[k + 1, k]
    d11 = a[k + 1, k + 1] / d21
    d22 = a[k, k] / d21
    d21 = (t(1) / (d11 * d22 - t(1))) / d21
    for j in range(k + 2, n):
        wk = d21 * (d11 * a[j, k] - a[j, k + 1])
        wkp1 = d21 * (d22 * a[j, k + 1] - a[j, k])
        a[j:, j] = a[j:, j] - a[j:, k] * wk - a[j:, k + 1] * wkp1
        a[j, k], a[j, k + 1] = wk, wkp1


def _checked(A: Tensor) -> None:  # noqa: N803
    # (ldl_factor runs ldl_factor_ex in PyTorch: both messages name the latter)
    if A.ndim < 2 or A.shape[-1] != A.shape[-2]:
        raise RuntimeError("torch.linalg.ldl_factor_ex: A must be batches of square matrices, but they are "
                           f"{A.shape[-2] if A.ndim > 1 else 1} by {A.shape[-1] if A.ndim else 1} matrices")
    if A.dtype not in (dtypes.float32, dtypes.float64):
        raise NotImplementedError(f"\"linalg_ldl_factor_ex_cpu\" not implemented for '{_scalar_type_name(A.dtype)}'")


def ldl_factor_ex(A: Tensor, *, hermitian: bool = False, check_errors: bool = False) -> Any:  # noqa: N803
    _checked(A)
    n, batch = A.shape[-1], tuple(A.shape[:-2])
    parts = [_sytf2(m) for m in np.asarray(A._data, A.dtype.np).reshape(-1, n, n)]
    LD = make(np.stack([p[0] for p in parts]).reshape(batch + (n, n)) if parts else  # noqa: N806
              np.zeros(batch + (n, n), A.dtype.np), A.dtype)
    pivots = make(np.stack([p[1] for p in parts]).reshape(batch + (n,)) if parts else
                  np.zeros(batch + (n,), np.int32), dtypes.int32)
    info = make(np.array([p[2] for p in parts], np.int32).reshape(batch), dtypes.int32)
    if check_errors and info._data.any():
        _raise_error_code(int(info._data.reshape(-1)[np.flatnonzero(info._data)[0]]), "ldl_factor_ex")
    record(_R["linalg_ldl_factor_ex"], (A,), LD)
    return return_type("linalg_ldl_factor_ex", ("LD", "pivots", "info"))((LD, pivots, info))


def _raise_error_code(code: int, op: str) -> None:
    # PyTorch 2.13 has no message for sytrf's singular-D code and fails its internal assertion
    raise RuntimeError('false INTERNAL ASSERT FAILED at "/__w/pytorch/pytorch/aten/src/ATen/native/'
                       'BatchLinearAlgebra.cpp":1642, please report a bug to PyTorch. '
                       f"torch.linalg.{op}: Unknown error code: {code}.")


def ldl_factor(A: Tensor, *, hermitian: bool = False) -> Any:  # noqa: N803
    LD, pivots, info = ldl_factor_ex(A, hermitian=hermitian)  # noqa: N806
    if info._data.any():
        _raise_error_code(int(info._data.reshape(-1)[np.flatnonzero(info._data)[0]]), "ldl_factor")
    return return_type("linalg_ldl_factor", ("LD", "pivots"))((LD, pivots))


def _sytrs(ld: np.ndarray, piv: np.ndarray, b: np.ndarray) -> np.ndarray:
    """X with A X = B from sytf2's factors: L D solved forwards, then L^T backwards."""
    b = b.copy()
    n = ld.shape[0]
    k = 0
    while k < n:
        if piv[k] > 0:
            kp = piv[k] - 1
            b[[k, kp]] = b[[kp, k]]
            b[k + 1:] -= np.outer(ld[k + 1:, k], b[k])
            b[k] = b[k] * (ld.dtype.type(1) / ld[k, k])
            k += 1
        else:
            kp = -piv[k] - 1
            b[[k + 1, kp]] = b[[kp, k + 1]]
            b[k + 2:] -= np.outer(ld[k + 2:, k], b[k])
            b[k + 2:] -= np.outer(ld[k + 2:, k + 1], b[k + 1])
            akm1k = ld[k + 1, k]
            akm1, ak = ld[k, k] / akm1k, ld[k + 1, k + 1] / akm1k
            denom = akm1 * ak - 1
            bkm1, bk = b[k] / akm1k, b[k + 1] / akm1k
            b[k], b[k + 1] = (ak * bkm1 - bk) / denom, (akm1 * bk - bkm1) / denom
            k += 2
    k = n - 1
    while k >= 0:
        first = k if piv[k] > 0 else k - 1
        for row in range(k, first - 1, -1):
            b[row] -= ld[k + 1:, row] @ b[k + 1:]
        kp = abs(piv[k]) - 1
        b[[k, kp]] = b[[kp, k]]
        k = first - 1
    return b


def ldl_solve(LD: Tensor, pivots: Tensor, B: Tensor, *, hermitian: bool = False) -> Tensor:  # noqa: N803
    n = LD.shape[-1]
    batch = np.broadcast_shapes(tuple(LD.shape[:-2]), tuple(B.shape[:-2]))
    lds = np.broadcast_to(LD._data, batch + (n, n)).reshape(-1, n, n)
    pivs = np.broadcast_to(pivots._data, batch + (n,)).reshape(-1, n)
    bs = np.broadcast_to(np.asarray(B._data, LD.dtype.np), batch + tuple(B.shape[-2:])).reshape((-1,) + B.shape[-2:])
    out = make(np.stack([_sytrs(l_, p, b) for l_, p, b in zip(lds, pivs, bs)]).reshape(batch + tuple(B.shape[-2:])),
               LD.dtype)
    record(_R["linalg_ldl_solve"], (LD, B), out)
    return out

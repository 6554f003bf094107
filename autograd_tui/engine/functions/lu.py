"""``torch.linalg.lu_factor``, ``lu_factor_ex``, ``lu``, ``lu_solve`` and ``torch.lu_unpack``.

The factors are MKL's unblocked ``getrf`` (``parity/lu_det.factor``: PyTorch hands LAPACK a
column-major copy of A, so the matrix factorised is A itself), the substitutions ``getrs``'s
(``parity/lu_solve.substitute``). Square matrices; the gradients through them are not in the
embedded engine yet, and asking for one says so before anything is computed.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.functions._common import _scalar_type_name
from autograd_tui.engine.functions._structseq import return_type
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.parity.lu_det import factor
from autograd_tui.engine.parity.lu_solve import substitute

_NO_GRADIENT = ("the gradient of torch.{op} is not available in the embedded engine yet; `--backend torch` "
                "runs it (or call it on A.detach(), or under torch.no_grad())")


def _factors(A: Tensor, op: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(LU, 0-based pivots, info) of a (..., n, n) float tensor, batch dims kept."""
    if A.ndim < 2:
        raise RuntimeError(f"torch.lu_factor: Expected tensor with 2 or more dimensions. Got size: "
                           f"[{', '.join(str(d) for d in A.shape)}] instead")
    if not A.dtype.is_floating_point or A.dtype in (dtypes.float16, dtypes.bfloat16):
        raise NotImplementedError(f"\"lu_cpu\" not implemented for '{_scalar_type_name(A.dtype)}'")
    rows, cols = A.shape[-2], A.shape[-1]
    if rows != cols:
        raise NotImplementedError(f"torch.{op} of a {rows}x{cols} (not square) matrix is not available in the "
                                  "embedded engine yet; `--backend torch` runs it")
    if _State.enabled and A.requires_grad:
        raise NotImplementedError(_NO_GRADIENT.format(op=op))
    batch = tuple(A.shape[:-2])
    m, pivots = factor(np.array(A._data, dtype=A.dtype.np).reshape(-1, rows, rows))
    diagonal = np.diagonal(m, axis1=1, axis2=2)
    zero = diagonal == 0
    # LAPACK's info: the first zero pivot, counted from 1 (0 when there is none)
    info = np.where(zero.any(axis=1), zero.argmax(axis=1) + 1, 0).astype(np.int32)
    return m.reshape(batch + (rows, rows)), pivots.reshape(batch + (rows,)), info.reshape(batch)


def _lu_tensor(m: np.ndarray, dtype: dtypes.dtype) -> Tensor:
    # LAPACK's result stays column-major: each matrix of PyTorch's LU has strides (1, n)
    return make(np.swapaxes(np.ascontiguousarray(np.swapaxes(m, -1, -2)), -1, -2), dtype)


def lu_factor_ex(A: Tensor, *, pivot: bool = True, check_errors: bool = False) -> Any:  # noqa: N803
    if not pivot:
        raise RuntimeError("linalg.lu_factor: LU without pivoting is not implemented on the CPU")
    m, pivots, info = _factors(A, "linalg.lu_factor_ex")
    if check_errors:
        _raise_on_zero_pivot(info, "torch.linalg.lu_factor_ex")
    result = return_type("linalg_lu_factor_ex", ("LU", "pivots", "info"))
    return result((_lu_tensor(m, A.dtype), make((pivots + 1).astype(np.int32), dtypes.int32),
                   make(info, dtypes.int32)))


def lu_factor(A: Tensor, *, pivot: bool = True) -> Any:  # noqa: N803
    if not pivot:
        raise RuntimeError("linalg.lu_factor: LU without pivoting is not implemented on the CPU")
    m, pivots, info = _factors(A, "linalg.lu_factor")
    _raise_on_zero_pivot(info, "torch.linalg.lu_factor")
    result = return_type("linalg_lu_factor", ("LU", "pivots"))
    return result((_lu_tensor(m, A.dtype), make((pivots + 1).astype(np.int32), dtypes.int32)))


def _raise_on_zero_pivot(info: np.ndarray, op: str) -> None:
    flat = info.reshape(-1)
    for i, first in enumerate(flat):
        if first:
            where = f"(Batch element {i}): " if info.ndim else ""
            raise RuntimeError(f"{op}: {where}U[{first},{first}] is zero and using it on lu_solve would result in a "
                               "division by zero. If you still want to perform the factorization, consider calling "
                               "linalg.lu(A, pivot) or linalg.lu_factor_ex(A, pivot)")


def _unpacked(m: np.ndarray, pivots: np.ndarray, dtype: dtypes.dtype) -> tuple[Tensor, Tensor, Tensor]:
    """P, L, U with A = P @ L @ U from getrf's factors and (0-based) row swaps."""
    n = m.shape[-1]
    flat_pivots = pivots.reshape(-1, n)
    perms = np.tile(np.arange(n), (flat_pivots.shape[0], 1))
    for k in range(n):  # the swaps in order: row k of P A came from row perms[k]
        p = flat_pivots[:, k]
        rows = np.arange(perms.shape[0])
        top = perms[rows, k].copy()
        perms[rows, k] = perms[rows, p]
        perms[rows, p] = top
    eye = np.eye(n, dtype=dtype.np)
    p_matrix = np.swapaxes(eye[perms], -1, -2).reshape(m.shape)
    lower = np.tril(m, -1) + eye
    upper = np.triu(m)
    return make(p_matrix, dtype), make(lower, dtype), make(upper, dtype)


def lu(A: Tensor, *, pivot: bool = True) -> Any:  # noqa: N803
    if not pivot:
        raise RuntimeError("linalg.lu_factor: LU without pivoting is not implemented on the CPU")
    m, pivots, _ = _factors(A, "linalg.lu")
    return return_type("linalg_lu", ("P", "L", "U"))(_unpacked(m, pivots, A.dtype))


def lu_unpack(LU_data: Tensor, LU_pivots: Tensor, unpack_data: bool = True, unpack_pivots: bool = True) -> Any:  # noqa: N803
    if _State.enabled and LU_data.requires_grad:
        raise NotImplementedError(_NO_GRADIENT.format(op="lu_unpack"))
    m = np.array(LU_data._data)
    pivots = LU_pivots._data.astype(np.int64) - 1
    p_matrix, lower, upper = _unpacked(m, pivots, LU_data.dtype)
    nothing = make(np.zeros(0, LU_data.dtype.np), LU_data.dtype)  # what a part not asked for is
    return return_type("lu_unpack", ("P", "L", "U"))((p_matrix if unpack_pivots else nothing,
                                                      lower if unpack_data else nothing,
                                                      upper if unpack_data else nothing))


def lu_solve(LU: Tensor, pivots: Tensor, B: Tensor, *, left: bool = True, adjoint: bool = False) -> Tensor:  # noqa: N803
    if LU.dtype is not B.dtype:
        raise RuntimeError(f"linalg.lu_solve: Expected LU and B to have the same dtype, but found LU of type "
                           f"{_scalar_type_name(LU.dtype)} and B of type {_scalar_type_name(B.dtype)} instead")
    if B.ndim < 2:
        raise RuntimeError("linalg.lu_solve: The input tensor B must have at least 2 dimensions.")
    n = LU.shape[-1]
    if not left or adjoint:
        raise NotImplementedError("torch.linalg.lu_solve with left=False or adjoint=True is not available in the "
                                  "embedded engine yet; `--backend torch` runs it")
    if B.shape[-2] != n:
        raise RuntimeError(f"linalg.lu_solve: Incompatible shapes of A and B for the equation AX = B "
                           f"({n}x{n} and {B.shape[-2]}x{B.shape[-1]})")
    if _State.enabled and (LU.requires_grad or B.requires_grad):
        raise NotImplementedError(_NO_GRADIENT.format(op="linalg.lu_solve"))
    batch = np.broadcast_shapes(tuple(LU.shape[:-2]), tuple(B.shape[:-2]))
    m = np.broadcast_to(LU._data, batch + (n, n)).reshape(-1, n, n)
    swaps = np.broadcast_to(pivots._data.astype(np.int64) - 1, batch + (n,)).reshape(-1, n)
    b = np.broadcast_to(B._data, batch + tuple(B.shape[-2:])).reshape(-1, n, B.shape[-1])
    x = substitute(np.array(m), swaps, np.array(b, dtype=LU.dtype.np))
    return make(x.reshape(batch + tuple(B.shape[-2:])), LU.dtype)

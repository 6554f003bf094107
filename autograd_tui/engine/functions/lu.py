"""``torch.linalg.lu_factor``, ``lu_factor_ex``, ``lu``, ``lu_solve`` and ``torch.lu_unpack``.

The factors are MKL's unblocked ``getrf`` (``parity/lu_det.factor``: PyTorch hands LAPACK a
column-major copy of A, so the matrix factorised is A itself), the substitutions ``getrs``'s
(``parity/lu_solve.substitute``). Rectangular matrices too (L is m x k, U k x n, k = min(m, n));
the gradients are PyTorch's formulas, written in engine ops.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.functions._common import _R, _scalar_type_name
from autograd_tui.engine.functions.creation import zeros_like
from autograd_tui.engine.functions.decompositions import linalg_solve_triangular
from autograd_tui.engine.functions.shapes import cat
from autograd_tui.engine.record import record, record_outputs
from autograd_tui.engine.functions._structseq import return_type
from autograd_tui.engine.parity.lu_det import factor
from autograd_tui.engine.parity.lu_solve import substitute

def _factors(A: Tensor, op: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(LU, 0-based pivots, info) of a (..., m, n) float tensor, batch dims kept."""
    if A.ndim < 2:
        raise RuntimeError(f"torch.lu_factor: Expected tensor with 2 or more dimensions. Got size: "
                           f"[{', '.join(str(d) for d in A.shape)}] instead")
    if not A.dtype.is_floating_point or A.dtype in (dtypes.float16, dtypes.bfloat16):
        raise NotImplementedError(f"\"lu_cpu\" not implemented for '{_scalar_type_name(A.dtype)}'")
    rows, cols = A.shape[-2], A.shape[-1]
    k = min(rows, cols)
    batch = tuple(A.shape[:-2])
    m, pivots = factor(np.array(A._data, dtype=A.dtype.np).reshape(-1, rows, cols))
    diagonal = np.diagonal(m[:, :k, :k], axis1=1, axis2=2)
    zero = diagonal == 0
    # LAPACK's info: the first zero pivot, counted from 1 (0 when there is none)
    info = np.where(zero.any(axis=1), zero.argmax(axis=1) + 1, 0).astype(np.int32)
    return m.reshape(batch + (rows, cols)), pivots.reshape(batch + (k,)), info.reshape(batch)


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
    return result((*_recorded_factors(A, m, pivots, pivot), make(info, dtypes.int32)))


def _recorded_factors(A: Tensor, m: np.ndarray, pivots: np.ndarray, pivot: bool) -> tuple[Tensor, Tensor]:  # noqa: N803
    """LU and the 1-based pivots as tensors, LU with its node (LinalgLuFactorExBackward0)."""
    LU = _lu_tensor(m, A.dtype)  # noqa: N806
    ones_based = make((pivots + 1).astype(np.int32), dtypes.int32)
    record(_R["lu_factor_ex"], (A,), LU, {"pivots": ones_based, "pivot": pivot})
    return LU, ones_based


def lu_factor(A: Tensor, *, pivot: bool = True) -> Any:  # noqa: N803
    if not pivot:
        raise RuntimeError("linalg.lu_factor: LU without pivoting is not implemented on the CPU")
    m, pivots, info = _factors(A, "linalg.lu_factor")
    _raise_on_zero_pivot(info, "torch.linalg.lu_factor")
    result = return_type("linalg_lu_factor", ("LU", "pivots"))
    return result(_recorded_factors(A, m, pivots, pivot))


def _raise_on_zero_pivot(info: np.ndarray, op: str) -> None:
    flat = info.reshape(-1)
    for i, first in enumerate(flat):
        if first:
            where = f"(Batch element {i}): " if info.ndim else ""
            raise RuntimeError(f"{op}: {where}U[{first},{first}] is zero and using it on lu_solve would result in a "
                               "division by zero. If you still want to perform the factorization, consider calling "
                               "linalg.lu(A, pivot) or linalg.lu_factor_ex(A, pivot)")


def _unpacked(m: np.ndarray, pivots: np.ndarray, dtype: dtypes.dtype) -> tuple[Tensor, Tensor, Tensor]:
    """P, L, U with A = P @ L @ U from getrf's (m x n) factors and (0-based) row swaps: P is m x m,
    L m x k and U k x n, k = min(m, n)."""
    rows, cols = m.shape[-2], m.shape[-1]
    k = min(rows, cols)
    flat_pivots = pivots.reshape(-1, k)
    perms = np.tile(np.arange(rows), (flat_pivots.shape[0], 1))
    for step in range(k):  # the swaps in order: row step of P A came from row perms[step]
        p = flat_pivots[:, step]
        which = np.arange(perms.shape[0])
        top = perms[which, step].copy()
        perms[which, step] = perms[which, p]
        perms[which, p] = top
    eye = np.eye(rows, dtype=dtype.np)
    p_matrix = np.swapaxes(eye[perms], -1, -2).reshape(m.shape[:-2] + (rows, rows))
    lower = np.tril(m[..., :, :k], -1) + np.eye(rows, k, dtype=dtype.np)
    upper = np.triu(m[..., :k, :])
    return make(p_matrix, dtype), make(lower, dtype), make(upper, dtype)


def lu(A: Tensor, *, pivot: bool = True) -> Any:  # noqa: N803
    if not pivot:
        raise RuntimeError("linalg.lu_factor: LU without pivoting is not implemented on the CPU")
    m, pivots, _ = _factors(A, "linalg.lu")
    P, L, U = _unpacked(m, pivots, A.dtype)  # noqa: N806
    record_outputs(_R["lu"], (A,), {"L": L, "U": U}, {"P": P, "pivot": pivot})
    return return_type("linalg_lu", ("P", "L", "U"))((P, L, U))


def lu_unpack(LU_data: Tensor, LU_pivots: Tensor, unpack_data: bool = True, unpack_pivots: bool = True) -> Any:  # noqa: N803
    m = np.array(LU_data._data)
    pivots = LU_pivots._data.astype(np.int64) - 1
    p_matrix, lower, upper = _unpacked(m, pivots, LU_data.dtype)
    if unpack_data:
        record_outputs(_R["lu_unpack"], (LU_data,), {"L": lower, "U": upper})
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
    batch = np.broadcast_shapes(tuple(LU.shape[:-2]), tuple(B.shape[:-2]))
    m = np.broadcast_to(LU._data, batch + (n, n)).reshape(-1, n, n)
    swaps = np.broadcast_to(pivots._data.astype(np.int64) - 1, batch + (n,)).reshape(-1, n)
    b = np.broadcast_to(B._data, batch + tuple(B.shape[-2:])).reshape(-1, n, B.shape[-1])
    x = substitute(np.array(m), swaps, np.array(b, dtype=LU.dtype.np))
    out = make(x.reshape(batch + tuple(B.shape[-2:])), LU.dtype)
    return record(_R["lu_solve"], (LU, B), out, {"pivots": pivots, "left": left, "adjoint": adjoint})


def lu_unpack_backward(grads: tuple, L: Tensor, U: Tensor) -> Tensor:  # noqa: N803
    """L's gradient below the diagonal and U's on and above it, put back where the packed factors hold them."""
    gL, gU = grads  # noqa: N806
    rows, cols = L.shape[-2], U.shape[-1]
    k = min(rows, cols)
    lower = None if gL is None else gL.tril(-1)
    upper = None if gU is None else gU.triu()
    if rows <= cols:  # L is square (k x k), U has all the columns
        if lower is not None and rows < cols:
            lower = cat([lower, zeros_like(upper[..., :, k:]) if upper is not None else
                         zeros_like(lower[..., :, :1]).expand(*lower.shape[:-1], cols - k)], -1)
    elif upper is not None:  # U is square, L has all the rows
        upper = cat([upper, zeros_like(upper[..., :1, :]).expand(*upper.shape[:-2], rows - k, cols)], -2)
    if lower is None:
        return upper  # type: ignore[return-value]
    return lower if upper is None else lower + upper


def lu_factor_ex_backward(grad: Tensor, LU: Tensor, pivots: Tensor, pivot: bool) -> Tensor:  # noqa: N803
    """PyTorch's formula: the gradient's strict lower part goes to L, its upper part to U."""
    P, L, U = _differentiable_parts(LU, pivots)  # noqa: N806
    k = min(LU.shape[-2], LU.shape[-1])
    return lu_backward((grad[..., :, :k].tril(-1), grad[..., :k, :].triu()), P, L, U, pivot)


def _differentiable_parts(LU: Tensor, pivots: Tensor) -> tuple[Tensor, Tensor, Tensor]:  # noqa: N803
    """P, L and U of packed factors, L and U made by engine ops (a graph for the second order)."""
    rows, cols = LU.shape[-2], LU.shape[-1]
    k = min(rows, cols)
    P = lu_unpack(LU.detach(), pivots).P  # noqa: N806
    L = LU[..., :, :k].tril(-1) + make(np.eye(rows, k, dtype=LU.dtype.np), LU.dtype)  # noqa: N806
    return P, L, LU[..., :k, :].triu()


def lu_backward(grads: tuple, P: Tensor, L: Tensor, U: Tensor, pivot: bool) -> Tensor:  # noqa: N803
    """PyTorch's linalg_lu_backward: A = P L U, square, wide (U = [U1 U2]) or tall (L = [L1; L2])."""
    gL, gU = grads  # noqa: N806
    m, n = L.shape[-2], U.shape[-1]
    k = min(m, n)
    gA: Any  # noqa: N806
    if m == n:
        gA = None  # noqa: N806
        if gL is not None:
            gA = (L.mH @ gL).tril(-1)  # noqa: N806
        if gU is not None:
            part = (gU @ U.mH).triu()
            gA = part if gA is None else gA + part  # noqa: N806
        gA = linalg_solve_triangular(U.mH, gA, upper=False, left=False)  # noqa: N806
        gA = linalg_solve_triangular(L.mH, gA, upper=True, unitriangular=True)  # noqa: N806
    elif m < n:
        U1 = U[..., :, :k]  # noqa: N806
        gA = None if gL is None else L.mH @ gL  # noqa: N806
        if gU is not None:
            part = gU.triu() @ U.mH
            gA = -part if gA is None else gA - part  # noqa: N806
        gA = linalg_solve_triangular(U1.mH, gA.tril(-1), upper=False, left=False)  # noqa: N806
        if gU is not None:
            gA = cat([gA + gU[..., :, :k].triu(), gU[..., :, k:]], -1)  # noqa: N806
        gA = linalg_solve_triangular(L.mH, gA, upper=True, unitriangular=True)  # noqa: N806
        if gU is None:
            gA = cat([gA, zeros_like(U[..., :, k:])], -1)  # noqa: N806
    else:
        L1 = L[..., :k, :]  # noqa: N806
        gA = None if gU is None else gU @ U.mH  # noqa: N806
        if gL is not None:
            part = L.mH @ gL.tril(-1)
            gA = -part if gA is None else gA - part  # noqa: N806
        gA = linalg_solve_triangular(L1.mH, gA.triu(), upper=True, unitriangular=True)  # noqa: N806
        if gL is not None:
            gA = cat([gA + gL[..., :k, :].tril(-1), gL[..., k:, :]], -2)  # noqa: N806
        gA = linalg_solve_triangular(U.mH, gA, upper=False, left=False)  # noqa: N806
        if gL is None:
            gA = cat([gA, zeros_like(L[..., k:, :])], -2)  # noqa: N806
    return P @ gA if pivot else gA


def lu_solve_backward(grad: Tensor, LU: Tensor, pivots: Tensor, result: Tensor | None, which: str) -> Tensor:  # noqa: N803
    """X = A^-1 B with A = P L U: B's gradient is A^-H grad; LU's is gR = -U^-H grad X^H on and above the
    diagonal and L^-H gR U^H below it (the pivots cancel), as PyTorch's linalg_lu_solve_LU."""
    P, L, U = _differentiable_parts(LU, pivots)  # noqa: N806
    if which == "B":
        y = linalg_solve_triangular(U.mH, grad, upper=False)
        return P @ linalg_solve_triangular(L.mH, y, upper=True, unitriangular=True)
    assert result is not None  # LU's gradient reads the solution
    gR = linalg_solve_triangular(LU.mH, -(grad @ result.mH), upper=False)  # noqa: N806
    gL = linalg_solve_triangular(LU.mH, gR @ LU.triu().mH, upper=True, unitriangular=True).tril(-1)  # noqa: N806
    return gL + gR.triu()

"""``torch.linalg``: norms, inverse, determinant, solve, the decompositions (svd, qr, eigh,
cholesky, slogdet), pinv, matrix_rank, cond and lstsq, with their gradients."""
from __future__ import annotations

import math
from typing import Any

from autograd_tui.engine import missing as _missing
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.functions import (
    LinAlgError, full, stack, amax, amin, cholesky, det, eigh, eigvalsh, inv, linalg_matrix_power as matrix_power,
    linalg_cross as cross,
    linalg_qr as qr, matmul,
    linalg_svd as svd, lstsq, matrix_rank, pinv, slogdet, solve, sum as _sum, svdvals, vector_norm,
)

__all__ = ["norm", "vector_norm", "matrix_norm", "inv", "det", "solve", "cross", "svd", "svdvals", "qr", "eigh",
           "eigvalsh", "cholesky", "slogdet", "pinv", "matrix_rank", "lstsq", "LinAlgError", "matmul",
           "matrix_power", "cond"]


def matrix_norm(A: Tensor, ord: Any = "fro", dim: tuple = (-2, -1), keepdim: bool = False, *,  # noqa: N803
                dtype: Any = None) -> Tensor:
    """The Frobenius norm, or the largest (ord=1, inf) or smallest (-1, -inf) column or row sum."""
    if A.ndim < 2:
        raise RuntimeError("linalg.matrix_norm: The input tensor A must have at least 2 dimensions.")
    dim = tuple(dim) if isinstance(dim, (tuple, list)) else (dim,)
    if len(dim) != 2:
        raise RuntimeError(f"linalg.matrix_norm: dim must be a 2-tuple. Got {' '.join(str(d) for d in dim)}")
    if ord == "fro":
        return vector_norm(A, 2, dim, keepdim, dtype=dtype)
    if ord in (1, -1, math.inf, -math.inf):
        rows, cols = (d % A.ndim for d in dim)
        summed, over = (rows, cols) if abs(ord) == 1 else (cols, rows)
        sums = _sum(A.abs(), summed, keepdim=keepdim)
        pick = amax if ord > 0 else amin
        return pick(sums, over if keepdim or over < summed else over - 1, keepdim=keepdim)
    if ord in ("nuc", 2, -2):
        # From the singular values, as PyTorch: their sum, largest or smallest.
        rows, cols = (d % A.ndim for d in dim)
        moved = A.movedim((rows, cols), (-2, -1))
        values = svdvals(moved if dtype is None else moved.to(dtype))
        norm_ = _sum(values, -1) if ord == "nuc" else (amax if ord == 2 else amin)(values, -1)
        if keepdim:
            for d in sorted((rows, cols)):
                norm_ = norm_.unsqueeze(d)
        return norm_
    raise RuntimeError(f"linalg.matrix_norm: Order {ord} not supported.")


def cond(A: Tensor, p: Any = None) -> Tensor:  # noqa: N803
    """The condition number as ATen computes it: the ratio of extreme singular values for p = None or
    +-2, else ``matrix_norm(A, p) * matrix_norm(inverse, p)`` with an infinite norm for a singular A."""
    if A.ndim < 2:
        raise RuntimeError("linalg.cond: The input tensor must have at least 2 dimensions.")
    ord_ = 2 if p is None else p
    if isinstance(ord_, str) and ord_ not in ("fro", "nuc") or \
            not isinstance(ord_, str) and ord_ not in (2, -2, 1, -1, math.inf, -math.inf):
        raise RuntimeError(f"linalg.cond got an invalid norm type: {ord_}")
    if A.numel() == 0:  # NumPy leaves an empty matrix's condition number undefined; PyTorch gives 0
        return full(tuple(A.shape[:-2]), 0.0, dtype=A.dtype)
    if ord_ in (2, -2):
        s = svdvals(A)
        s_max, s_min = s.narrow(-1, 0, 1), s.narrow(-1, s.shape[-1] - 1, 1)
        return (s_min / s_max if ord_ == -2 else s_max / s_min).squeeze(-1)
    if A.shape[-1] != A.shape[-2]:
        name = ord_ if isinstance(ord_, str) else (str(ord_) if math.isinf(ord_) else str(int(ord_)))
        raise RuntimeError(f"linalg.cond(ord={name}): A must be batches of square matrices, but they are "
                           f"{A.shape[-2]} by {A.shape[-1]} matrices")
    try:
        inverse = inv(A)
    except LinAlgError:
        # matrix by matrix, a singular one's inverse counted as all infinities, as ATen's linalg_inv_ex
        flat = A.reshape(-1, A.shape[-2], A.shape[-1])
        parts = []
        for m in flat.unbind(0):
            try:
                parts.append(inv(m))
            except LinAlgError:
                parts.append(full(tuple(m.shape), math.inf, dtype=A.dtype))
        inverse = stack(parts).reshape(tuple(A.shape))
    return matrix_norm(A, ord_) * matrix_norm(inverse, ord_)


def norm(A: Tensor, ord: Any = None, dim: Any = None, keepdim: bool = False, *, dtype: Any = None) -> Tensor:  # noqa: N803
    """A vector norm, or for 2-D input with a matrix ``ord``, a matrix norm."""
    if ord is None:
        return vector_norm(A, 2, dim, keepdim, dtype=dtype)
    if isinstance(ord, str) or (dim is None and A.ndim == 2) or (isinstance(dim, (tuple, list)) and len(dim) == 2):
        return matrix_norm(A, ord, (-2, -1) if dim is None else tuple(dim), keepdim, dtype=dtype)
    return vector_norm(A, ord, dim, keepdim, dtype=dtype)


__getattr__ = _missing.module_getattr("torch.linalg")

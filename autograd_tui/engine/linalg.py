"""``torch.linalg``: norms, inverse, determinant, solve, the decompositions (svd, qr, eigh,
cholesky, slogdet, lu), pinv, matrix_rank, cond and lstsq, with their gradients (not lu's yet);
vander, tensorinv and tensorsolve as ATen's composites of those."""
from __future__ import annotations as _annotations

import math as _math
from typing import Any as _Any

from autograd_tui.engine import meta as _meta
from autograd_tui.engine import dtypes as _dtypes
from autograd_tui.engine import missing as _missing
from autograd_tui.engine import public_names as _public_names
from autograd_tui.engine import return_types as _return_types
from autograd_tui.engine._tensor import Tensor as _Tensor
from autograd_tui.engine.functions._common import wrap as _wrap
from autograd_tui.engine.functions.decompositions import cholesky_ex as _cholesky_ex
from autograd_tui.engine.functions.linalg import solve_past_zero_pivot as _solve_past_zero_pivot
from autograd_tui.engine.functions.norm_dtype import checked_norm_dtype as _checked_norm_dtype
from autograd_tui.engine.functions import recorded_parser as _recorded_parser
from autograd_tui.engine.functions import (
    LinAlgError, full as _full, stack as _stack, amax as _amax, amin as _amin, cholesky, det, diagonal as _diagonal,
    eig, eigvals, eigh, eigvalsh, inv,
    mm as _mm,
    linalg_matrix_power as matrix_power, zeros as _zeros,
    linalg_cross as cross,
    linalg_qr as qr, matmul,
    linalg_svd as svd, linalg_solve_triangular as solve_triangular,
    lstsq, matrix_exp, matrix_rank, pinv, slogdet, solve, sum as _sum, svdvals, vector_norm,
    linalg_lu as lu, linalg_lu_factor as lu_factor, linalg_lu_factor_ex as lu_factor_ex,
    linalg_lu_solve as lu_solve, cat as _cat, cumprod as _cumprod, ones as _ones,
    linalg_ldl_factor as ldl_factor, linalg_ldl_factor_ex as ldl_factor_ex, linalg_ldl_solve as ldl_solve,
)
from autograd_tui.engine.functions._common import _scalar_type_name

__all__ = ["norm", "vector_norm", "matrix_norm", "inv", "det", "solve", "cross", "svd", "svdvals", "qr",
           "eig", "eigvals", "eigh", "eigvalsh", "cholesky", "slogdet", "pinv", "matrix_rank", "lstsq", "LinAlgError",
           "matmul",
           "matrix_power", "cond", "inv_ex", "solve_ex", "cholesky_ex", "vecdot", "diagonal", "multi_dot",
           "solve_triangular", "matrix_exp", "lu", "lu_factor", "lu_factor_ex", "lu_solve", "vander", "tensorinv",
           "tensorsolve", "ldl_factor", "ldl_factor_ex", "ldl_solve"]


def matrix_norm(A: _Tensor, ord: _Any = "fro", dim: tuple = (-2, -1), keepdim: bool = False, *,  # noqa: N803
                dtype: _Any = None) -> _Tensor:
    """The Frobenius norm, or the largest (ord=1, inf) or smallest (-1, -inf) column or row sum."""
    if A.ndim < 2:
        raise RuntimeError("linalg.matrix_norm: The input tensor A must have at least 2 dimensions.")
    dim = tuple(dim) if isinstance(dim, (tuple, list)) else (dim,)
    if len(dim) != 2:
        raise RuntimeError(f"linalg.matrix_norm: dim must be a 2-tuple. Got {' '.join(str(d) for d in dim)}")
    if all(isinstance(d, int) and -A.ndim <= d < A.ndim for d in dim):  # (out of range: refused below)
        dim = tuple(d % A.ndim for d in dim)  # wrapped, as ATen's (a Frobenius node's _saved_dim is (0, 1))
        if dim[0] == dim[1]:
            raise RuntimeError(f"linalg.matrix_norm: dims must be different. Got ({dim[0]}, {dim[1]})")
    if dtype is not None:  # every ord computes in the given type, as PyTorch's A.to(dtype)
        dtype = _checked_norm_dtype(A, dtype, "linalg.matrix_norm")
        if A.dtype.is_floating_point or A.dtype.is_complex:
            A = A.to(dtype)  # noqa: N806
    if ord == "fro":
        return vector_norm(A, 2, dim, keepdim, dtype=dtype)
    if ord in (1, -1, _math.inf, -_math.inf):
        # ATen's composition: the 1-norms of the columns (rows for inf), then their max or min
        rows, cols = (d % A.ndim for d in dim)
        summed, over = (rows, cols) if abs(ord) == 1 else (cols, rows)
        sums = vector_norm(A, 1, summed, keepdim)
        pick = _amax if ord > 0 else _amin
        return pick(sums, over if keepdim or over < summed else over - 1, keepdim=keepdim)
    if ord in ("nuc", 2, -2):
        # From the singular values, as PyTorch: the two dims permuted to the end, then the values'
        # sum, largest or smallest; keepdim puts the two dims back by the inverse permutation.
        rows, cols = (d % A.ndim for d in dim)
        order = [d for d in range(A.ndim) if d not in (rows, cols)] + [rows, cols]
        moved = A.permute(order)
        values = svdvals(moved if dtype is None else moved.to(dtype))
        reduce = _sum if ord == "nuc" else (_amax if ord == 2 else _amin)
        norm_ = reduce(values, -1, keepdim=keepdim)
        if keepdim:
            norm_ = norm_.unsqueeze(-1).permute(sorted(range(A.ndim), key=order.__getitem__))
        return norm_
    raise RuntimeError(f"linalg.matrix_norm: Order {ord} not supported.")


def cond(A: _Tensor, p: _Any = None) -> _Tensor:  # noqa: N803
    """The condition number as ATen computes it: the ratio of extreme singular values for p = None or
    +-2, else ``matrix_norm(A, p) * matrix_norm(inverse, p)`` with an infinite norm for a singular A."""
    if A.ndim < 2:
        raise RuntimeError("linalg.cond: The input tensor must have at least 2 dimensions.")
    ord_ = 2 if p is None else p
    if isinstance(ord_, str) and ord_ not in ("fro", "nuc") or \
            not isinstance(ord_, str) and ord_ not in (2, -2, 1, -1, _math.inf, -_math.inf):
        raise RuntimeError(f"linalg.cond got an invalid norm type: {ord_}")
    if A.numel() == 0:  # NumPy leaves an empty matrix's condition number undefined; PyTorch gives 0
        return _full(tuple(A.shape[:-2]), 0.0, dtype=A.dtype)
    if ord_ in (2, -2):
        s = svdvals(A)
        s_max, s_min = s.narrow(-1, 0, 1), s.narrow(-1, s.shape[-1] - 1, 1)
        return (s_min / s_max if ord_ == -2 else s_max / s_min).squeeze(-1)
    if A.shape[-1] != A.shape[-2]:
        name = ord_ if isinstance(ord_, str) else (str(ord_) if _math.isinf(ord_) else str(int(ord_)))
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
                parts.append(_full(tuple(m.shape), _math.inf, dtype=A.dtype))
        inverse = _stack(parts).reshape(tuple(A.shape))
    return matrix_norm(A, ord_) * matrix_norm(inverse, ord_)


def norm(A: _Tensor, ord: _Any = None, dim: _Any = None, keepdim: bool = False, *, dtype: _Any = None) -> _Tensor:  # noqa: N803
    """A vector norm, or for 2-D input with a matrix ``ord``, a matrix norm."""
    if dim is not None:  # ATen's checks come first: one or two dims, or a 1-D or 2-D input for an ord alone
        dims = [dim] if isinstance(dim, int) else list(dim)
        if len(dims) not in (1, 2):
            raise RuntimeError(f"linalg.norm: If dim is specified, it must be of length 1 or 2. Got {dims}")
    elif ord is not None and A.ndim not in (1, 2):
        raise RuntimeError("linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. "
                           f"Got {A.ndim}D.")
    if ord is None:  # (PyTorch's float 2: the node's _saved_ord reads 2.0)
        return vector_norm(A, 2.0, dim, keepdim, dtype=dtype)
    if isinstance(ord, str) or (dim is None and A.ndim == 2) or (isinstance(dim, (tuple, list)) and len(dim) == 2):
        return matrix_norm(A, ord, (-2, -1) if dim is None else tuple(dim), keepdim, dtype=dtype)
    return vector_norm(A, ord, dim, keepdim, dtype=dtype)


def inv_ex(A: _Tensor, *, check_errors: bool = False) -> _Any:  # noqa: N803
    return _with_info("linalg_inv_ex", "inv", lambda: inv(A), lambda: _solve_past_zero_pivot(A, None),
                      A, check_errors)


def solve_ex(A: _Tensor, B: _Tensor, *, left: bool = True, check_errors: bool = False) -> _Any:  # noqa: N803
    return _with_info("linalg_solve_ex", "solve", lambda: solve(A, B, left=left),
                      lambda: _solve_past_zero_pivot(A, B, left), A, check_errors)


def cholesky_ex(A: _Tensor, *, upper: bool = False, check_errors: bool = False) -> _Any:  # noqa: N803
    factor, info = _cholesky_ex(A, upper, check_errors)
    return _return_types.linalg_cholesky_ex((factor, _wrap(info, _dtypes.int32)))


def _with_info(result_type: str, name: str, compute: _Any, partial: _Any, A: _Tensor,  # noqa: N803
               check_errors: bool) -> _Any:
    """The ``_ex`` forms: the result and LAPACK's ``info`` (0: success, one per matrix of a batch).
    Where LAPACK cannot invert, PyTorch returns getrs's result through the zero pivot: ``partial``
    reproduces getrf + getrs with their ``info`` (one factorisation, singular or not), or gives
    None where that is not measured; ``compute`` then solves, and a singular matrix raises
    NotImplementedError. With ``check_errors=True``, PyTorch's own error."""
    reproduced = None if check_errors else partial()
    if reproduced is not None:
        result, info = reproduced
        return getattr(_return_types, result_type)((result, _wrap(info, _dtypes.int32)))
    try:
        result = compute()
    except LinAlgError as exc:
        if check_errors:
            raise LinAlgError(str(exc).replace(f"linalg.{name}:", f"linalg.{name}_ex:", 1)) from None
        raise NotImplementedError(
            f"torch.linalg.{name}_ex of a singular matrix of this size or layout returns LAPACK's partial "
            f"result, which the embedded engine does not reproduce; `--backend torch` runs it, and "
            f"check_errors=True raises PyTorch's error here too") from None
    info = _zeros(A.shape[:-2], dtype=_dtypes.int32)
    return getattr(_return_types, result_type)((result, info))


def linalg_vander(x: _Tensor, *, N: _Any = None) -> _Tensor:  # noqa: N803 - PyTorch's argument names
    """Powers 0..N-1 of ``x`` along a new last dim: ones, then the cumulative product of ``x``
    repeated (ATen's composite, so its nodes are CatBackward0 over CumprodBackward0)."""
    if not isinstance(x, _Tensor):
        raise TypeError(f"linalg_vander(): argument 'x' (position 1) must be Tensor, not {type(x).__name__}")
    if N is not None and (not isinstance(N, int) or isinstance(N, bool)):
        raise TypeError(f"linalg_vander(): argument 'N' must be int, not {type(N).__name__}")
    if x.dtype in (_dtypes.bool_, _dtypes.float16, _dtypes.bfloat16):
        raise RuntimeError(f"linalg.vander supports floating point, complex, and integer tensors, but got "
                           f"{_scalar_type_name(x.dtype)}")
    if x.ndim == 0:
        x = x.unsqueeze(0)  # a 0-d x is one point (and its default N is 1)
    n = x.shape[-1] if N is None else N
    if n <= 1:
        raise RuntimeError("N must be greater than 1.")
    powers = _cumprod(x.unsqueeze(-1).expand(*x.shape, n - 1), -1)  # an integer x gives int64, as there
    return _cat([_ones(*x.shape, 1, dtype=powers.dtype), powers], -1)


def linalg_tensorinv(A: _Tensor, ind: _Any = 2) -> _Tensor:  # noqa: N803
    """The inverse of ``A`` seen as a matrix of prod(shape[:ind]) rows, shaped shape[ind:] + shape[:ind]."""
    if not isinstance(ind, int) or isinstance(ind, bool):
        raise TypeError(f"linalg_tensorinv(): argument 'ind' must be int, not {type(ind).__name__}")
    if ind <= 0:
        raise RuntimeError(f"Expected a strictly positive integer for 'ind', but got {ind}")
    rows, cols = _math.prod(A.shape[:ind]), _math.prod(A.shape[ind:])
    if rows != cols:
        raise RuntimeError(f"Expected self to satisfy the requirement prod(self.shape[ind:]) == "
                           f"prod(self.shape[:ind]), but got {cols} != {rows}")
    try:
        inverse = inv(A.reshape(rows, cols))
    except LinAlgError as exc:  # ATen checks inv_ex's info under the name "inv"
        raise LinAlgError(str(exc).replace("linalg.inv:", "inv:", 1)) from None
    return inverse.reshape(*A.shape[ind:], *A.shape[:ind])


def linalg_tensorsolve(A: _Tensor, B: _Tensor, dims: _Any = None) -> _Tensor:  # noqa: N803
    """X with tensordot(A, X, X.ndim) == B: A (its ``dims`` moved last) solved as a matrix."""
    if dims is not None:
        if not isinstance(dims, (tuple, list)):
            raise TypeError(f"linalg_tensorsolve(): argument 'dims' must be tuple of ints, not {type(dims).__name__}")
        dims = list(dims)
        A = A.movedim(dims, list(range(A.ndim - len(dims), A.ndim)))  # noqa: N806
    shape = A.shape[B.ndim:]
    unknowns, equations = _math.prod(shape), _math.prod(A.shape[:B.ndim])
    if unknowns != equations:
        raise RuntimeError(f"Expected self to satisfy the requirement prod(self.shape[other.ndim:]) == "
                           f"prod(self.shape[:other.ndim]), but got {unknowns} != {equations}")
    return solve(A.reshape(equations, unknowns), B.reshape(equations)).reshape(shape)


def vecdot(x: _Tensor, y: _Tensor, *, dim: int = -1) -> _Tensor:
    """Dot products along ``dim``: ``(x * y).sum(dim)``, recorded as those two ops (as PyTorch)."""
    return _sum(x.conj() * y, dim)


def diagonal(A: _Tensor, *, offset: int = 0, dim1: int = -2, dim2: int = -1) -> _Tensor:  # noqa: N803
    return _diagonal(A, offset, dim1, dim2)


def multi_dot(tensors: _Any) -> _Tensor:
    """A chain of matrix products in the order with the fewest multiplications (a 1-D first or
    last operand as a row or column vector), then viewed to the result's shape, as PyTorch does."""
    n = len(tensors)
    if n < 2:
        raise RuntimeError(f"multi_dot(): expected at least 2 tensors but got {n}")
    first, last = tensors[0], tensors[-1]
    if first.ndim not in (1, 2):
        raise RuntimeError(f"multi_dot(): the first tensor must be 1D or 2D but got {first.ndim}D")
    if last.ndim not in (1, 2):
        raise RuntimeError(f"multi_dot(): the last tensor must be 1D or 2D but got {last.ndim}D")
    for i, t in enumerate(tensors[1:-1], 1):
        if t.ndim != 2:
            raise RuntimeError(f"multi_dot(): tensor {i} must be 2D but got {t.ndim}D")
    out_shape = ([first.shape[0]] if first.ndim == 2 else []) + ([last.shape[1]] if last.ndim == 2 else [])
    mats = [first.unsqueeze(0) if first.ndim == 1 else first, *tensors[1:-1],
            last.unsqueeze(1) if last.ndim == 1 else last]
    for i in range(n - 1):
        if mats[i].shape[1] != mats[i + 1].shape[0]:
            raise RuntimeError(f"multi_dot(): tensors {i} and {i + 1} with shapes {list(tensors[i].shape)} and "
                               f"{list(tensors[i + 1].shape)} cannot be multiplied")
    if n == 3:  # PyTorch's own rule for three: (AB)C unless A(BC) costs strictly less
        a, b, c, d = mats[0].shape[0], mats[1].shape[0], mats[2].shape[0], mats[2].shape[1]
        right_first = a * c * (b + d) > b * d * (a + c)
        product = _mm(mats[0], _mm(mats[1], mats[2])) if right_first else _mm(_mm(mats[0], mats[1]), mats[2])
        return product.view(out_shape)
    return _chain_product(mats, _chain_order(mats), 0, n - 1).view(out_shape)


def _chain_order(mats: list) -> list:
    """split[i][j]: where the cheapest product of mats[i..j] splits (the textbook matrix-chain
    dynamic programme; ties keep the first split, as PyTorch's loop does for four or more)."""
    n = len(mats)
    dims = [m.shape[0] for m in mats] + [mats[-1].shape[1]]
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(1, n):
        for i in range(n - length):
            j = i + length
            cost[i][j] = _math.inf  # type: ignore[call-overload]
            for k in range(i, j):
                c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if c < cost[i][j]:
                    cost[i][j], split[i][j] = c, k
    return split


def _chain_product(mats: list, split: list, i: int, j: int) -> _Tensor:
    if i == j:
        return mats[i]
    k = split[i][j]
    return _mm(_chain_product(mats, split, i, k), _chain_product(mats, split, k + 1, j))


# defined under PyTorch's builtin names (a wrong call's TypeError names them), exported under torch.linalg's
vander, tensorinv, tensorsolve = linalg_vander, linalg_tensorinv, linalg_tensorsolve
del linalg_vander, linalg_tensorinv, linalg_tensorsolve

# builtins named linalg_<name> in PyTorch (torch.linalg.det.__name__ is linalg_det, torch.det's is det)
_public_names.name_as_torch(globals(), "linalg_", __all__)
_recorded_parser.with_recorded_signatures(globals(), "linalg", "linalg_")  # a refused call: the parser's words

__getattr__ = _missing.module_getattr("torch.linalg")
__dir__ = _missing.module_dir("torch.linalg", globals())

_meta.register(globals())  # its public entries, rerouted once a meta tensor exists (meta.py)

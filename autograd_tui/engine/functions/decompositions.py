"""Matrix decompositions: ``svd``, ``qr``, ``eigh``, ``cholesky``, ``slogdet``, ``pinv``,
``matrix_rank``, ``lstsq``, with PyTorch's checks, result types and errors.

PyTorch's values come from MKL's LAPACK. The SVD (and ``svdvals``, ``pinv``, ``matrix_rank``) of
small matrices follows MKL's ``gesdd`` step by step (``parity/lapack_gesdd.py``,
docs/parity-linalg-svd.md), QR MKL's ``geqrf``/``orgqr`` (``parity/lapack_qr.py``); larger
matrices take numpy's LAPACK, with the SVD and ``eigh`` along MKL's paths so that singular
vectors and eigenvectors get its signs (``parity/lapack_svd.py``, ``parity/lapack_eigh.py``;
docs/linalg-signs.md). The gradient formulas are in
``derivatives.py`` and in the ``*_backward`` helpers below, in engine ops.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine.complex_guard import plain, refuse_complex
from autograd_tui.engine._tensor import Tensor, make, warn_once
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.parity import (lapack_eigh, lapack_gesdd, lapack_lstsq, lapack_potrf, lapack_potri,
                                        lapack_potrs, lapack_qr, lapack_svd, lu_det, matrix_exp as matrix_exp_order)
from autograd_tui.engine.parity.summation import float_sum
from autograd_tui.engine.record import record, record_outputs
from autograd_tui.engine.functions._common import _R, _scalar_type_name, column_major, wrap
from autograd_tui.engine.functions._structseq import result
from autograd_tui.engine.functions.creation import eye, zeros
from autograd_tui.engine.functions.linalg import LinAlgError, batched_data, product_data, solve
from autograd_tui.engine.functions.pointwise import exp, where
from autograd_tui.engine.functions.shapes import cat


# Checks, in PyTorch's order: dimensions, square, dtype
# ============================================================================================
def _matrix(A: Tensor, fn: str, square: bool = False) -> None:
    if A.ndim < 2:
        raise RuntimeError(f"linalg.{fn}: The input tensor A must have at least 2 dimensions.")
    if square and A.shape[-1] != A.shape[-2]:
        raise RuntimeError(f"linalg.{fn}: A must be batches of square matrices, but they are "
                           f"{A.shape[-2]} by {A.shape[-1]} matrices")


_LOW_PRECISION = (dtypes.float16, dtypes.bfloat16)  # no LAPACK kernels for them


def _floating(A: Tensor, fn: str, kernel: str) -> None:
    """PyTorch's dtype check: integers are refused by name, float16/bfloat16 by the missing CPU kernel."""
    if A.dtype in _LOW_PRECISION:
        raise NotImplementedError(f'"{kernel}" not implemented for \'{_scalar_type_name(A.dtype)}\'')
    if not A.dtype.is_floating_point:
        refuse_complex(A, f"linalg.{fn}")
        raise RuntimeError(f"linalg.{fn}: Expected a floating point or complex tensor as input. "
                           f"Got {_scalar_type_name(A.dtype)}")


def _batch_where(a: np.ndarray, index: int) -> str:
    return f"(Batch element {index}): " if a.ndim > 2 else ""


def _check_finite(a: np.ndarray, fn: str) -> None:
    if not np.isfinite(a).all():
        raise LinAlgError(f"linalg.{fn}: The algorithm failed to converge because the input matrix contained "
                          "non-finite values.")


def _grad_wanted(*tensors: Tensor) -> bool:
    """Whether to record the op: a gradient is wanted, or a forward-AD level is open (whose hook
    then refuses these several-output ops rather than leave their tangents silently empty)."""
    return ((_State.enabled and any(t._requires_grad for t in tensors)) or _State.dual_level is not None
        or _State.vmap_randomness is not None)


# SVD
# ============================================================================================
def _svd_arrays(A: Tensor, fn: str, full_matrices: bool):
    _matrix(A, fn)
    _floating(A, "svd", "linalg_svd_cpu")
    _check_finite(A._data, "svd")
    exact = lapack_gesdd.svd_stack(A._data, full_matrices)  # MKL's gesdd steps, up to 16 x 16
    return lapack_svd.svd(A._data, full_matrices) if exact is None else exact


def linalg_svd(A: Tensor, full_matrices: bool = True, *, driver: str | None = None) -> Any:  # noqa: N803
    """``torch.linalg.svd``: A = U diag(S) Vh, with ``U`` and ``Vh`` reduced unless ``full_matrices``."""
    if driver is not None:
        raise RuntimeError("torch.linalg.svd: keyword argument `driver=` is only supported on CUDA inputs with "
                           "cuSOLVER backend.")
    u, s, vh = _svd_arrays(A, "svd", full_matrices)
    U, S, Vh = make(column_major(u), A.dtype), make(s, A.dtype), make(column_major(vh), A.dtype)  # LAPACK's layout
    if _grad_wanted(A):
        record_outputs(_R["svd"], (A,), {"U": U, "S": S, "Vh": Vh}, {"full_matrices": full_matrices})
    return result("linalg_svd", ("U", "S", "Vh"), U, S, Vh)


def svdvals(A: Tensor, *, driver: str | None = None) -> Tensor:  # noqa: N803
    """``torch.linalg.svdvals``: the singular values; with a gradient, U and Vh are computed too."""
    if driver is not None:
        raise RuntimeError("torch.linalg.svd: keyword argument `driver=` is only supported on CUDA inputs with "
                           "cuSOLVER backend.")
    if not _grad_wanted(A):
        _matrix(A, "svd")
        _floating(A, "svd", "linalg_svd_cpu")
        return make(_singular_values(A._data), A.dtype)
    return linalg_svd(A, full_matrices=False).S


def _singular_values(a: np.ndarray) -> np.ndarray:
    """Without the vectors (LAPACK's jobz='N'), non-finite input gives NaN, as in PyTorch, where
    the full SVD refuses it."""
    if not np.isfinite(a).all():
        return np.full(a.shape[:-2] + (min(a.shape[-2:]),), np.nan, dtype=a.dtype)
    exact = lapack_gesdd.singular_values(a)  # MKL's gebd2 + dqds steps, up to 16 x 16
    return np.linalg.svd(a, compute_uv=False) if exact is None else exact


def svd(input: Tensor, some: bool = True, compute_uv: bool = True) -> Any:
    """``torch.svd``: U, S and V (not Vh); without ``compute_uv``, U and V are zero matrices."""
    if input.ndim < 2:
        raise RuntimeError(f"linalg.svd: input should have at least 2 dimensions, but has {input.ndim} "
                           "dimensions instead")
    fields = ("U", "S", "V")
    if not compute_uv:
        S = svdvals(input)
        m, n = input.shape[-2:]
        batch = tuple(input.shape[:-2])
        return result("svd", fields, zeros(batch + (m, m), dtype=input.dtype), S,
                      zeros(batch + (n, n), dtype=input.dtype))
    U, S, Vh = linalg_svd(input, full_matrices=not some)
    return result("svd", fields, U, S, Vh.mT)


def _eye_like(S: Tensor) -> Tensor:
    return eye(S.shape[-1], dtype=S.dtype)


def _diag_embed(v: Tensor) -> Tensor:
    return v.unsqueeze(-1) * _eye_like(v)


def svd_backward(grads: list, U: Tensor, S: Tensor, Vh: Tensor, full_matrices: bool) -> Tensor:  # noqa: N803
    """The gradient of A = U diag(S) Vh (distinct singular values): PyTorch's formula."""
    gU, gS, gVh = grads
    k = S.shape[-1]
    if full_matrices:  # the extra columns of U and rows of Vh carry nothing about A
        U, Vh = U[..., :k], Vh[..., :k, :]
        gU = None if gU is None else gU[..., :k]
        gVh = None if gVh is None else gVh[..., :k, :]
    m, n = U.shape[-2], Vh.shape[-1]
    if gU is None and gVh is None:
        return U @ (gS.unsqueeze(-1) * Vh) if m >= n else (U * gS.unsqueeze(-2)) @ Vh
    S2 = S * S
    E = S2.unsqueeze(-2) - S2.unsqueeze(-1) + _eye_like(S)
    UhgU = None if gU is None else U.mT @ gU
    VhgV = None if gVh is None else Vh @ gVh.mT
    if UhgU is not None:
        UhgU = UhgU - UhgU.mT
    if VhgV is not None:
        VhgV = VhgV - VhgV.mT
    if UhgU is not None and VhgV is not None:
        gA = (UhgU * S.unsqueeze(-2) + S.unsqueeze(-1) * VhgV) / E
    elif UhgU is not None:
        gA = UhgU * (S.unsqueeze(-2) / E)
    else:
        gA = S.unsqueeze(-1) * (VhgV / E)
    if gS is not None:
        gA = gA + _diag_embed(gS)
    if m > n and gU is not None:
        gA = U @ gA
        gUSinv = gU / S.unsqueeze(-2)
        gA = gA + gUSinv - U @ (U.mT @ gUSinv)
        return gA @ Vh
    if m < n and gVh is not None:
        gA = gA @ Vh
        SinvgVh = gVh / S.unsqueeze(-1)
        gA = gA + SinvgVh - (SinvgVh @ Vh.mT) @ Vh
        return U @ gA
    return U @ (gA @ Vh) if m >= n else (U @ gA) @ Vh


# QR
# ============================================================================================
def linalg_qr(A: Tensor, mode: str = "reduced") -> Any:  # noqa: N803
    """``torch.linalg.qr``: Householder QR, as LAPACK's geqrf (the same signs as PyTorch's; MKL's
    rounding up to 16 x 16)."""
    if mode not in ("reduced", "complete", "r"):
        raise RuntimeError(f"qr received unrecognized mode '{mode}' but expected one of 'reduced' (default), "
                           "'r', or 'complete'")
    _matrix(A, "qr")
    _floating(A, "qr", "geqrf_cpu")
    fields = ("Q", "R")
    if mode == "r":
        exact = lapack_qr.qr(A._data, "r")
        R = make(np.asarray(np.linalg.qr(A._data, mode="r")) if exact is None else exact[1], A.dtype)
        Q = make(np.zeros((0,), dtype=A.dtype.np), A.dtype)
        if _grad_wanted(A):
            record_outputs(_R["qr"], (A,), {"Q": Q, "R": R}, {"mode": mode})
        return result("linalg_qr", fields, Q, R)
    exact = lapack_qr.qr(A._data, mode)  # MKL's geqrf/orgqr steps (small matrices)
    q, r = exact if exact is not None else np.linalg.qr(A._data, mode="complete" if mode == "complete" else "reduced")
    Q, R = make(column_major(q), A.dtype), make(column_major(r), A.dtype)  # LAPACK's layout
    if _grad_wanted(A):
        record_outputs(_R["qr"], (A,), {"Q": Q, "R": R}, {"mode": mode})
    return result("linalg_qr", fields, Q, R)


def _solve_right_lower_t(R: Tensor, X: Tensor) -> Tensor:  # noqa: N803
    """X R^{-T}, i.e. Y with Y R^T = X."""
    return solve(R, X.mT).mT


def qr_backward(grads: list, Q: Tensor, R: Tensor, mode: str) -> Tensor:  # noqa: N803
    """The gradient of A = Q R: PyTorch's formula (reduced mode, or complete with m <= n)."""
    if mode == "r":
        raise RuntimeError("The derivative of linalg.qr depends on Q, which is not computed when mode='r'. "
                           "Please use linalg.qr(A, mode='reduced') if you are going to differentiate through "
                           "linalg.qr.")
    gQ, gR = grads
    m, n = Q.shape[-2], R.shape[-1]
    if mode == "complete" and m > n:
        raise RuntimeError("The QR decomposition is not differentiable when mode='complete' and nrows > ncols.")
    if gQ is not None:
        gA = gR @ R.mT - Q.mT @ gQ if gR is not None else -(Q.mT @ gQ)
    else:
        gA = gR @ R.mT
    if m >= n:
        sym = gA.triu()
        sym = sym + sym.mT
        sym = sym - _diag_embed((sym * _eye_like(R)).sum(-1) * 0.5)
        gA = Q @ sym
        if gQ is not None:
            gA = gA + gQ
        return _solve_right_lower_t(R, gA)
    X = -gA
    skew = (X - X.mT).tril()
    gA = _solve_right_lower_t(R[..., :m], Q @ skew)
    pad = zeros(tuple(gA.shape[:-1]) + (n - m,), dtype=gA.dtype)
    gA = cat([gA, pad], -1)
    if gR is not None:
        gA = gA + Q @ gR
    return gA


# Symmetric eigendecomposition
# ============================================================================================
def _uplo(UPLO: str) -> None:  # noqa: N803
    if UPLO not in ("L", "U"):
        raise RuntimeError(f"Expected UPLO argument to be 'L' or 'U', but got {UPLO}")


def _eigh_arrays(A: Tensor, UPLO: str, fn: str):  # noqa: N803
    _matrix(A, fn, square=True)
    _uplo(UPLO)
    if not (A.dtype.is_floating_point or A.dtype.is_complex) or A.dtype in _LOW_PRECISION:
        raise NotImplementedError(f'"linalg_eigh_cpu" not implemented for \'{_scalar_type_name(A.dtype)}\'')
    a = A._data
    read = np.tril(a) if UPLO.upper() == "L" else np.triu(a)  # LAPACK never looks at the other triangle
    finite = np.isfinite(read).all(axis=(-2, -1))
    if A.dtype.is_complex:  # heevd through numpy: real eigenvalues, complex eigenvectors
        if not finite.all():
            return (np.full(a.shape[:-1], np.nan, dtype=a.real.dtype),
                    np.full(a.shape, np.nan + 0j, dtype=a.dtype))
        return np.linalg.eigh(plain(a), UPLO="U" if UPLO.upper() == "U" else "L")
    if finite.all():
        return lapack_eigh.eigh(a, UPLO)
    # a matrix with NaN or inf in the triangle syevd reads: its scaling and dsteqr on NaN (between
    # 2 and 25 rows; else NaN throughout); the other matrices of a batch are solved as usual
    flat, ok = a.reshape(-1, *a.shape[-2:]), finite.reshape(-1)
    w = np.full(flat.shape[:-1], np.nan, dtype=a.dtype)
    v = np.full(flat.shape, np.nan, dtype=a.dtype)
    if ok.any():
        w[ok], v[ok] = lapack_eigh.eigh(flat[ok], UPLO)
    n = a.shape[-1]
    for k in np.flatnonzero(~ok) if 2 <= n < lapack_eigh.DIVIDE_AND_CONQUER_FROM else ():
        w[k], v[k], info = lapack_eigh.eigh_nonfinite(flat[k], UPLO)
        if info:
            raise LinAlgError(f"linalg.{fn}: {_batch_where(a, int(k))}The algorithm failed to converge because the "
                              "input matrix is ill-conditioned or has too many repeated eigenvalues (error code: "
                              f"{info}).")
    return w.reshape(a.shape[:-1]), v.reshape(a.shape)


def eigh(A: Tensor, UPLO: str = "L") -> Any:  # noqa: N803
    """``torch.linalg.eigh``: eigenvalues in ascending order and orthonormal eigenvectors, reading
    only the lower (or, with ``UPLO='U'``, upper) triangle."""
    w, v = _eigh_arrays(A, UPLO, "eigh")
    L, V = make(w, A.dtype.to_real()), make(v, A.dtype)
    if _grad_wanted(A):
        record_outputs(_R["eigh"], (A,), {"eigenvalues": L, "eigenvectors": V})
    return result("linalg_eigh", ("eigenvalues", "eigenvectors"), L, V)


def eigvalsh(A: Tensor, UPLO: str = "L") -> Tensor:  # noqa: N803
    """``torch.linalg.eigvalsh``; with a gradient the eigenvectors are computed too, as in PyTorch."""
    if _grad_wanted(A):
        return eigh(A, UPLO).eigenvalues
    _matrix(A, "eigh", square=True)
    _uplo(UPLO)
    if not A.dtype.is_floating_point or A.dtype in _LOW_PRECISION or not np.isfinite(A._data).all(axis=None):
        return make(_eigh_arrays(A, UPLO, "eigh")[0], A.dtype.to_real())  # complex; PyTorch's error, or NaN
    exact = lapack_eigh.eigvalsh(A._data, UPLO)  # no vectors: the reduction, then dsterf (float64)
    if exact is not None:
        return make(exact, A.dtype)
    return make(np.linalg.eigvalsh(A._data, UPLO="U" if UPLO == "U" else "L"), A.dtype)


def eigh_backward(grads: list, eigenvalues: Tensor, eigenvectors: Tensor) -> Tensor:
    """The gradient of A = V diag(L) V^H: V (skew(V^H gV) / E + diag(gL)) V^H."""
    gL, gV = grads
    L, V = eigenvalues, eigenvectors
    if gV is None:
        return (V * gL.unsqueeze(-2)) @ V.mH
    VhgV = V.mH @ gV
    if V.is_complex():
        # a complex eigenvector is only defined up to a phase: a loss that sees the phase has no gradient
        phase = VhgV.diagonal(0, -2, -1).imag
        if not np.allclose(phase._data, 0.0, rtol=1e-6, atol=1e-3):
            raise RuntimeError("linalg_eigh_backward: The eigenvectors in the complex case are specified up to "
                               "multiplication by e^{i phi}. The specified loss function depends on this quantity, "
                               "so it is ill-defined.")
    VhgV = (VhgV - VhgV.mH) * 0.5
    E = L.unsqueeze(-2) - L.unsqueeze(-1) + _eye_like(L)
    gA = VhgV / E
    if gL is not None:
        gA = gA + _diag_embed(gL)
    return V @ (gA @ V.mH)


# Cholesky
# ============================================================================================
def _not_positive_definite(a: np.ndarray, info: np.ndarray | None = None, fn: str = "linalg.cholesky") -> LinAlgError:
    """PyTorch's error for the first matrix of the batch whose factorization stopped (``info``:
    potrf's, per matrix; without it, the unblocked factorization in float64 finds it)."""
    flat = a.reshape(-1, a.shape[-2], a.shape[-1])
    orders = info.reshape(-1) if info is not None else [_failing_minor(m) for m in flat]
    for b, order in enumerate(orders):
        if order:
            return LinAlgError(f"{fn}: {_batch_where(a, b)}The factorization could not be completed "
                               f"because the input is not positive-definite (the leading minor of order {order} "
                               "is not positive-definite).")
    return LinAlgError(f"{fn}: The factorization could not be completed because the input is not "
                       "positive-definite.")


def _failing_minor(m: np.ndarray) -> int:
    """The order of the first leading minor that is not positive-definite (LAPACK's potrf ``info``),
    or 0: the unblocked Cholesky of the lower triangle, stopping at the first pivot <= 0 or NaN."""
    a = np.tril(np.array(m, dtype=np.float64))
    n = a.shape[0]
    for j in range(n):
        d = a[j, j] - a[j, :j] @ a[j, :j]
        if not d > 0:
            return j + 1
        a[j, j] = math.sqrt(d)
        a[j + 1:, j] = (a[j + 1:, j] - a[j + 1:, :j] @ a[j, :j]) / a[j, j]
    return 0


def _check_cholesky_input(A: Tensor) -> None:  # noqa: N803
    _matrix(A, "cholesky", square=True)
    if A.dtype in _LOW_PRECISION:
        raise NotImplementedError(f'"cholesky_cpu" not implemented for \'{_scalar_type_name(A.dtype)}\'')
    if not A.dtype.is_floating_point:
        refuse_complex(A, "linalg.cholesky")
        raise RuntimeError("linalg.cholesky: Expected a floating point or complex tensor as input. "
                           f"Got {_scalar_type_name(A.dtype)}")


def _potrf(a: np.ndarray, upper: bool) -> tuple[np.ndarray, np.ndarray] | None:
    """potrf's factors (the other triangle zero) and info per matrix, as PyTorch returns them:
    MKL's steps up to ``lapack_potrf.EXACT_UP_TO`` rows and wherever a matrix cannot be
    factored (the partial result), numpy's factors for larger positive-definite matrices.
    None for non-finite input that numpy refuses (the caller reports it)."""
    n = a.shape[-1]
    if n <= lapack_potrf.EXACT_UP_TO:
        emulated = lapack_potrf.potrf(a, upper)
        if emulated is not None:
            return emulated
    read = np.swapaxes(a, -1, -2) if upper else a  # 'U' reads the upper triangle
    sym = np.tril(read) + np.swapaxes(np.tril(read, -1), -1, -2)
    try:
        data = np.linalg.cholesky(sym)
    except np.linalg.LinAlgError:
        return lapack_potrf.potrf(a, upper)
    if not np.isfinite(data).all():  # NaN passes numpy's check, not LAPACK's potrf
        return lapack_potrf.potrf(a, upper)
    return (np.swapaxes(data, -1, -2) if upper else data), np.zeros(a.shape[:-2], np.int32)


def cholesky(A: Tensor, *, upper: bool = False, fn: str = "linalg.cholesky") -> Tensor:  # noqa: N803
    """``torch.linalg.cholesky``: the lower factor L with A = L L^T (``upper``: U = L^T, from
    the upper triangle)."""
    _check_cholesky_input(A)
    factored = _potrf(A._data, upper)
    if factored is None:
        raise _not_positive_definite(A._data, fn=fn)
    data, info = factored
    if info.any():
        raise _not_positive_definite(A._data, info, fn)
    return record(_R["cholesky"], (A,), make(column_major(data), A.dtype), {"upper": upper})


def cholesky_ex(A: Tensor, upper: bool, check_errors: bool) -> tuple[Tensor, np.ndarray]:  # noqa: N803
    """``torch.linalg.cholesky_ex``'s factor and info: where potrf stops, its partial result
    (``lapack_potrf``); non-finite input numpy refuses raises NotImplementedError."""
    _check_cholesky_input(A)
    factored = _potrf(A._data, upper)
    if factored is None:
        raise NotImplementedError(
            "torch.linalg.cholesky_ex of a matrix with inf or NaN returns LAPACK's partial result, which the "
            "embedded engine does not reproduce; `--backend torch` runs it")
    data, info = factored
    if check_errors and info.any():
        raise _not_positive_definite(A._data, info, "linalg.cholesky_ex")
    return record(_R["cholesky"], (A,), make(column_major(data), A.dtype), {"upper": upper}), info


def cholesky_backward(grad: Tensor, result: Tensor, upper: bool) -> Tensor:
    """The gradient of A = L L^T: L^{-T} Phi(L^T gL) L^{-1}, Phi the symmetrised lower part."""
    L, gL = (result.mT, grad.mT) if upper else (result, grad)
    gA = (L.mT @ gL).tril()
    gA = 0.5 * (gA + gA.tril(-1).mT)
    if not (np.diagonal(L._data, axis1=-2, axis2=-1) > 0).all():
        # cholesky_ex's partial factor: PyTorch's triangular solves run through its zero or
        # negative pivot (inf and NaN) where an LU solve would refuse the matrix
        gA = linalg_solve_triangular(L.mT, gA, upper=True)
        return linalg_solve_triangular(L, gA, upper=False, left=False)
    gA = solve(L.mT, gA)
    return _solve_right_lower_t(L.mT, gA)


# Determinants
# ============================================================================================
def slogdet(A: Tensor) -> Any:  # noqa: N803
    """``torch.linalg.slogdet``: the sign and the log of the absolute value of the determinant."""
    _matrix(A, "slogdet", square=True)
    if A.dtype in _LOW_PRECISION:
        raise RuntimeError(f"linalg.slogdet: Low precision dtypes not supported. Got {_scalar_type_name(A.dtype)}")
    if not A.dtype.is_floating_point:
        refuse_complex(A, "linalg.slogdet")
        raise RuntimeError("linalg.slogdet: Expected a floating point or complex tensor as input. "
                           f"Got {_scalar_type_name(A.dtype)}")
    parts = lu_det.slogdet_parts(A._data)
    if parts is not None:  # MKL's getrf, then the sum of the diagonal's logs as ATen takes it
        sign, magnitudes = parts
        with np.errstate(divide="ignore"):
            logabsdet = float_sum(_R["log"].forward(magnitudes), (-1,), False)
    else:
        with np.errstate(invalid="ignore", divide="ignore"):  # NaN input: sign 0, NaN, and no warning
            sign, logabsdet = np.linalg.slogdet(A._data)
        sign = np.where(np.isnan(logabsdet), 0, sign)
    S, L = wrap(sign, A.dtype), wrap(logabsdet, A.dtype)
    if _grad_wanted(A):
        record_outputs(_R["slogdet"], (A,), {"sign": S, "logabsdet": L})
    return result("linalg_slogdet", ("sign", "logabsdet"), S, L)


def logdet(input: Tensor) -> Tensor:
    """``torch.logdet``: log det A, NaN where the determinant is negative (a ``where`` over
    ``slogdet``, as PyTorch composes it, hence its ``WhereBackward0``)."""
    if input.ndim < 2:
        raise RuntimeError("logdet: The input tensor A must have at least 2 dimensions.")
    if input.shape[-1] != input.shape[-2]:
        raise RuntimeError(f"logdet: A must be batches of square matrices, but they are {input.shape[-2]} by "
                           f"{input.shape[-1]} matrices")
    if input.dtype in _LOW_PRECISION:
        raise RuntimeError(f"logdet: Low precision dtypes not supported. Got {_scalar_type_name(input.dtype)}")
    if not input.dtype.is_floating_point:
        refuse_complex(input, "logdet")
        raise RuntimeError(f"logdet: Expected a floating point or complex tensor as input. "
                           f"Got {_scalar_type_name(input.dtype)}")
    sign, logabsdet = slogdet(input)
    return where(sign == -1.0, math.nan, logabsdet)


def torch_slogdet(input: Tensor) -> Any:
    """``torch.slogdet``: ``linalg.slogdet`` under its old result name."""
    sign, logabsdet = slogdet(input)
    return result("slogdet", ("sign", "logabsdet"), sign, logabsdet)


def slogdet_backward(grads: list, A: Tensor) -> Tensor:  # noqa: N803
    """Only log|det A| has a gradient for a real A: g * A^{-T} (the sign is locally constant)."""
    g = grads[1]
    if g is None:
        return zeros(tuple(A.shape), dtype=A.dtype)
    return g.unsqueeze(-1).unsqueeze(-1) * solve(A.mT, _eye_like_matrix(A))


def _eye_like_matrix(A: Tensor) -> Tensor:  # noqa: N803
    return eye(A.shape[-1], dtype=A.dtype).expand(tuple(A.shape))


# Pseudo-inverse, rank, least squares
# ============================================================================================
def _eps(dtype) -> float:
    return float(np.finfo(dtype.np).eps)


def pinv(A: Tensor, rcond: Any = None, hermitian: bool = False, *, atol: Any = None,  # noqa: N803
         rtol: Any = None) -> Tensor:
    """``torch.linalg.pinv`` through the SVD (the eigendecomposition when ``hermitian``)."""
    if A.ndim < 2 or not A.dtype.is_floating_point or A.dtype in _LOW_PRECISION:
        raise RuntimeError(f"linalg.pinv({A.dtype.legacy_name[:-len('Tensor')]}{{{list(A.shape)}}}): expected a "
                           "tensor with 2 or more dimensions of float, double, cfloat or cdouble types")
    if rcond is not None:
        rtol = rcond
    a = A._data
    m, n = a.shape[-2:]
    if hermitian:
        if m != n or np.isfinite(a).all():  # (eigh reports a matrix that is not square)
            # ATen's composition: eigh (MKL's steps, lapack_eigh), then (U * S^+) @ U^T through
            # the engine's matmul, whose operands keep eigh's column-major layout as in PyTorch
            w, v = _eigh_arrays(make(a, A.dtype), "L", "eigh")
            s = np.abs(w)
            cut = _cutoff(np.sort(s, axis=-1)[..., ::-1], m, n, A.dtype, atol, rtol)
            inv_w = np.where(s > cut, 1 / np.where(w == 0, 1, w), 0).astype(a.dtype)
            vectors = make(v, A.dtype)
            data = ((vectors * make(inv_w, A.dtype).unsqueeze(-2)) @ vectors.mT)._data
        else:  # eigh of a non-finite matrix: NaN eigenvalues and vectors, so NaN everywhere
            data = np.full(a.shape, np.nan)
    else:
        _check_finite(a, "svd")
        exact = lapack_gesdd.svd_stack(a, False)
        u, s, vh = np.linalg.svd(a, full_matrices=False) if exact is None else exact
        cut = _cutoff(s, m, n, A.dtype, atol, rtol)
        inv_s = np.where(s > cut, 1 / np.where(s == 0, 1, s), 0).astype(a.dtype)
        # PyTorch's U and Vh are column-major: Vh^T * S^+ and U^T are row-major operands of its mm
        left = np.ascontiguousarray(np.swapaxes(vh, -1, -2) * inv_s[..., None, :])
        right = np.ascontiguousarray(np.swapaxes(u, -1, -2))
        if left.ndim == 2:
            data = product_data(left, right)
        else:
            flat = batched_data(left.reshape((-1,) + left.shape[-2:]), right.reshape((-1,) + right.shape[-2:]))
            data = flat.reshape(left.shape[:-1] + right.shape[-1:])
    return record(_R["pinv"], (A,), make(np.ascontiguousarray(data, dtype=a.dtype), A.dtype))


def _cutoff(s_desc: np.ndarray, m: int, n: int, dtype, atol, rtol) -> np.ndarray:
    atol_v = 0.0 if atol is None else float(atol._data) if isinstance(atol, Tensor) else float(atol)
    if rtol is None:
        rtol_v = _eps(dtype) * max(m, n) if atol is None or atol_v <= 0 else 0.0
    else:
        rtol_v = float(rtol._data) if isinstance(rtol, Tensor) else float(rtol)
    smax = s_desc[..., :1] if s_desc.shape[-1] else np.zeros(s_desc.shape[:-1] + (1,), dtype=s_desc.dtype)
    return np.maximum(atol_v, rtol_v * smax)


def pinv_backward(grad: Tensor, result: Tensor, self: Tensor) -> Tensor:
    """PyTorch's gradient of the pseudo-inverse (constant rank assumed)."""
    A, pinvA = self, result
    m, n = A.shape[-2], A.shape[-1]
    pinvAh, gradh = pinvA.mT, grad.mT
    if m <= n:
        K = gradh @ pinvA
        KpinvAh = K @ pinvAh
        return -(pinvA @ K).mT + KpinvAh - (A @ pinvA) @ KpinvAh + (pinvAh @ pinvA) @ (gradh - K @ A)
    K = pinvA @ gradh
    pinvAhK = pinvAh @ K
    return -(K @ pinvA).mT + ((gradh - A @ K) @ pinvA) @ pinvAh + pinvAhK - (pinvAhK @ pinvA) @ A


def matrix_rank(A: Tensor, tol: Any = None, hermitian: bool = False, *, atol: Any = None,  # noqa: N803
                rtol: Any = None) -> Tensor:
    """``torch.linalg.matrix_rank``: the singular values above max(atol, rtol * largest)."""
    if A.ndim < 2:
        raise RuntimeError("torch.linalg.matrix_rank: The input tensor input must have at least 2 dimensions.")
    if not A.dtype.is_floating_point or A.dtype in _LOW_PRECISION:
        raise RuntimeError("This function doesn't handle types other than float and double")
    if tol is not None:
        atol, rtol = tol, 0.0
    a = A._data
    m, n = a.shape[-2:]
    if hermitian:  # ATen: the absolute eigenvalues (syevd without vectors: lapack_eigh.eigvalsh)
        s = np.sort(np.abs(eigvalsh(make(a, A.dtype))._data), axis=-1)[..., ::-1]
    else:
        s = _singular_values(a)
    cut = _cutoff(s, m, n, A.dtype, atol, rtol)
    return wrap(np.asarray((s > cut).sum(-1), dtype=np.int64), dtypes.int64)


_LSTSQ_DRIVERS = ("gels", "gelsy", "gelsd", "gelss")


def lstsq(A: Tensor, B: Tensor, rcond: float | None = None, *, driver: str | None = None) -> Any:  # noqa: N803
    """``torch.linalg.lstsq``: the minimum-norm least-squares solution of A X = B. What the fields
    hold depends on the LAPACK driver, as in PyTorch (gelsy: no residuals, no singular values)."""
    if A.ndim < 2:
        raise RuntimeError("torch.linalg.lstsq: input must have at least 2 dimensions.")
    if not A.dtype.is_floating_point or A.dtype in _LOW_PRECISION:
        raise RuntimeError("This function doesn't handle types other than float and double")
    if A.dtype is not B.dtype:
        raise RuntimeError(f"torch.linalg.lstsq: Expected input and other to have the same dtype, but got input's "
                           f"dtype {_scalar_type_name(A.dtype)} and other's dtype {_scalar_type_name(B.dtype)}")
    vector = B.ndim == A.ndim - 1
    if vector and B.shape[-1] != A.shape[-2]:
        raise RuntimeError("torch.linalg.lstsq: input.size(-2) should match other.size(-1)")
    if not vector and B.shape[-2] != A.shape[-2]:
        raise RuntimeError("torch.linalg.lstsq: input.size(-2) should match other.size(-2)")
    driver = "gelsy" if driver is None else driver
    if driver not in _LSTSQ_DRIVERS:
        raise RuntimeError("torch.linalg.lstsq: parameter `driver` should be one of (gels, gelsy, gelsd, gelss)")
    a = A._data
    b = B._data[..., None] if vector else B._data
    m, n = a.shape[-2:]
    cut = max(m, n) * _eps(A.dtype) if rcond is None or rcond < 0 else rcond
    exact = lapack_lstsq.solve(a, b, cut) if driver == "gelsy" and a.shape[:-2] == b.shape[:-2] else None
    if exact is not None:  # MKL's gelsy steps (small full-rank systems, one right-hand column)
        x, s = exact, np.zeros(a.shape[:-2] + (0,), a.dtype)
        rank = np.full(a.shape[:-2], n, dtype=np.int64)
    else:
        u, s, vh = np.linalg.svd(a, full_matrices=False)
        keep = s > cut * s[..., :1] if s.shape[-1] else s > 0
        inv_s = np.where(keep, 1 / np.where(s == 0, 1, s), 0).astype(a.dtype)
        x = np.swapaxes(vh, -1, -2) @ (inv_s[..., :, None] * (np.swapaxes(u, -1, -2) @ b))
        rank = keep.sum(-1).astype(np.int64)
    full_rank = bool(np.all(rank == min(m, n)))
    if driver != "gelsy" and m > n and full_rank:
        residuals = ((b - a @ x) ** 2).sum(-2)
        residuals = residuals[..., 0] if vector else residuals
    else:
        residuals = np.zeros((0,), dtype=a.dtype)
    X = make(np.ascontiguousarray(x[..., 0], dtype=a.dtype) if vector else column_major(x.astype(a.dtype)), A.dtype)
    Res = make(np.asarray(residuals, dtype=a.dtype), A.dtype)
    Rank = make(rank, dtypes.int64) if driver != "gels" else make(np.zeros((0,), dtype=np.int64), dtypes.int64)
    Sv = make(s.astype(a.dtype), A.dtype) if driver in ("gelsd", "gelss") else make(np.zeros((0,), a.dtype), A.dtype)
    if _grad_wanted(A, B):
        record_outputs(_R["lstsq"], (A, B), {"solution": X, "residuals": Res}, {"vector": vector})
    return result("linalg_lstsq", ("solution", "residuals", "rank", "singular_values"), X, Res, Rank, Sv)


def lstsq_backward_A(grads: list, A: Tensor, B: Tensor, solution: Tensor, vector: bool) -> Tensor:  # noqa: N802,N803
    """X = pinv(A) B: the gradient for A (full rank), plus that of the residuals when they were used."""
    gX, gRes = grads
    X = solution.unsqueeze(-1) if vector else solution
    Bm = B.unsqueeze(-1) if vector else B
    pinvA = pinv(A)
    gA = None
    if gX is not None:
        g = gX.unsqueeze(-1) if vector else gX
        R = Bm - A @ X
        gA = -(pinvA.mT @ g) @ X.mT + R @ ((pinvA @ (pinvA.mT @ g)).mT)
    if gRes is not None and gRes.numel():
        part = -2 * ((Bm - A @ X) * _per_column(gRes, vector)) @ X.mT
        gA = part if gA is None else gA + part
    return gA if gA is not None else zeros(tuple(A.shape), dtype=A.dtype)


def lstsq_backward_B(grads: list, A: Tensor, B: Tensor, solution: Tensor, vector: bool) -> Tensor:  # noqa: N802,N803
    gX, gRes = grads
    pinvA = pinv(A)
    gB = None
    if gX is not None:
        g = gX.unsqueeze(-1) if vector else gX
        gB = pinvA.mT @ g
    if gRes is not None and gRes.numel():
        X = solution.unsqueeze(-1) if vector else solution
        Bm = B.unsqueeze(-1) if vector else B
        part = 2 * (Bm - A @ X) * _per_column(gRes, vector)
        gB = part if gB is None else gB + part
    if gB is None:
        return zeros(tuple(B.shape), dtype=B.dtype)
    return gB.squeeze(-1) if vector else gB


def _per_column(g: Tensor, vector: bool) -> Tensor:
    """The residuals' gradient, one per column of B, shaped to scale the columns of B - A X."""
    return g.unsqueeze(-1).unsqueeze(-1) if vector else g.unsqueeze(-2)


# The older torch.* names
# ============================================================================================
_QR_DEPRECATED = (
    "torch.qr is deprecated in favor of torch.linalg.qr and will be removed in a future PyTorch release.\n"
    "The boolean parameter 'some' has been replaced with a string parameter 'mode'.\n"
    "Q, R = torch.qr(A, some)\n"
    "should be replaced with\n"
    "Q, R = torch.linalg.qr(A, 'reduced' if some else 'complete') (Triggered internally at "
    "/__w/pytorch/pytorch/aten/src/ATen/native/BatchLinearAlgebra.cpp:2505.)"
)
_CHOLESKY_DEPRECATED = (
    "torch.cholesky is deprecated in favor of torch.linalg.cholesky and will be removed in a future PyTorch "
    "release.\nL = torch.cholesky(A)\nshould be replaced with\nL = torch.linalg.cholesky(A)\nand\n"
    "U = torch.cholesky(A, upper=True)\nshould be replaced with\nU = torch.linalg.cholesky(A).mH\n"
    "This transform will produce equivalent results for all valid (symmetric positive definite) inputs. "
    "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/BatchLinearAlgebra.cpp:1765.)"
)


def qr(input: Tensor, some: bool = True) -> Any:
    """``torch.qr`` (deprecated, warns once): ``linalg.qr`` under its old result name."""
    warn_once(_QR_DEPRECATED)
    Q, R = linalg_qr(input, "reduced" if some else "complete")
    return result("qr", ("Q", "R"), Q, R)


def torch_cholesky(input: Tensor, upper: bool = False) -> Tensor:
    """``torch.cholesky`` (deprecated, warns once)."""
    warn_once(_CHOLESKY_DEPRECATED)
    return cholesky(input, upper=upper, fn="cholesky")


def pinverse(input: Tensor, rcond: float = 1e-15) -> Tensor:
    """``torch.pinverse``: ``linalg.pinv`` with its own default ``rcond``."""
    return pinv(input, rtol=rcond)


def cholesky_solve(input: Tensor, input2: Tensor, upper: bool = False) -> Tensor:
    """``torch.cholesky_solve``: X with A X = B, given B (``input``) and A's Cholesky factor."""
    b, factor = input, input2
    if b.ndim < 2:
        raise RuntimeError(f"b should have at least 2 dimensions, but has {b.ndim} dimensions instead")
    if factor.ndim < 2:
        raise RuntimeError(f"u should have at least 2 dimensions, but has {factor.ndim} dimensions instead")
    if b.dtype is not factor.dtype:
        raise RuntimeError(f"Expected b and A to have the same dtype, but found b of type "
                           f"{_scalar_type_name(b.dtype)} and A of type {_scalar_type_name(factor.dtype)} instead.")
    if factor.shape[-1] != factor.shape[-2] or b.shape[-2] != factor.shape[-1]:
        raise RuntimeError(f"Incompatible matrix sizes for cholesky_solve: each A matrix is {factor.shape[-2]} by "
                           f"{factor.shape[-1]} but each b matrix is {b.shape[-2]} by {b.shape[-1]}")
    x = lapack_potrs.cholesky_solve(b._data, factor._data, upper)
    if x is None:  # beyond the measured sizes: numpy's solves on the factor's triangle
        lower = np.swapaxes(np.triu(factor._data), -1, -2) if upper else np.tril(factor._data)
        y = np.linalg.solve(lower, b._data)
        x = np.linalg.solve(np.swapaxes(lower, -1, -2), y)
    return record(_R["cholesky_solve"], (b, factor), wrap(column_major(x), b.dtype), {"upper": upper})


def cholesky_solve_backward_self(grad: Tensor, input2: Tensor, upper: bool) -> Tensor:
    return cholesky_solve(grad, input2, upper)


def cholesky_solve_backward_input2(grad: Tensor, input2: Tensor, result: Tensor, upper: bool) -> Tensor:
    """PyTorch's formula: with G = A^{-1} grad and S = G X^T + X G^T, -L S (or -S U)."""
    common = cholesky_solve(grad, input2, upper) @ result.mT
    common = common + common.mT
    return -(input2 @ common) if upper else -(common @ input2)


def cholesky_inverse(input: Tensor, upper: bool = False) -> Tensor:
    """``torch.cholesky_inverse``: (L L^T)^-1 from the Cholesky factor L (``upper``: (U^T U)^-1),
    reading only the factor's triangle, in LAPACK potri's order (``parity/lapack_potri.py``)."""
    if input.ndim < 2:
        raise RuntimeError("cholesky_inverse: The input tensor A must have at least 2 dimensions.")
    if input.shape[-1] != input.shape[-2]:
        raise RuntimeError(f"cholesky_inverse: A must be batches of square matrices, but they are "
                           f"{input.shape[-2]} by {input.shape[-1]} matrices")
    refuse_complex(input, "cholesky_inverse")
    if not input.dtype.is_floating_point or input.dtype in _LOW_PRECISION:
        raise NotImplementedError(
            f'"cholesky_inverse_out_cpu" not implemented for \'{_scalar_type_name(input.dtype)}\'')
    a = input._data
    if a.size:
        zero = lapack_potri.first_zero_diagonal(a)
        if zero is not None:
            batch = f"(Batch element {zero[0]}): " if a.ndim > 2 else ""
            raise LinAlgError(f"cholesky_inverse: {batch}The diagonal element {zero[1]} is zero, the inversion "
                              "could not be completed because the input matrix is singular.")
        data = lapack_potri.cholesky_inverse(a, upper)
    else:
        data = np.array(a)
    return record(_R["cholesky_inverse"], (input,), make(column_major(data), input.dtype), {"upper": upper})


def cholesky_inverse_backward(grad: Tensor, self: Tensor, upper: bool, result: Tensor) -> Tensor:
    """PyTorch's formula: with S = inverse (grad + grad^T) inverse, -S L (-U S when ``upper``)."""
    common = result @ ((grad + grad.mT) @ result)
    return -(self @ common) if upper else -(common @ self)


# Triangular solves
# ============================================================================================
def linalg_solve_triangular(A: Tensor, B: Tensor, *, upper: bool, left: bool = True,  # noqa: N803
                            unitriangular: bool = False) -> Tensor:
    """``torch.linalg.solve_triangular``: X with A X = B (X A = B when ``left`` is False), reading
    only A's triangle; a zero on the diagonal gives inf/nan as the substitution does (no error)."""
    if A.ndim < 2:
        raise RuntimeError("linalg.solve_triangular: The input tensor A must have at least 2 dimensions.")
    if B.ndim < 2:
        raise RuntimeError("linalg.solve_triangular: The input tensor B must have at least 2 dimensions.")
    if A.shape[-1] != A.shape[-2]:
        raise RuntimeError(f"linalg.solve_triangular: A must be batches of square matrices, but they are "
                           f"{A.shape[-2]} by {A.shape[-1]} matrices")
    n = A.shape[-1]
    if (B.shape[-2] if left else B.shape[-1]) != n:
        equation = "AX = B" if left else "XA = B"
        raise RuntimeError(f"linalg.solve_triangular: Incompatible shapes of A and B for the equation {equation} "
                           f"({A.shape[-2]}x{A.shape[-1]} and {B.shape[-2]}x{B.shape[-1]})")
    dtype = A.dtype  # B is cast to A's type, as PyTorch's kernel does
    if not dtype.is_floating_point or dtype in _LOW_PRECISION:
        raise NotImplementedError(f'"triangular_solve_cpu" not implemented for \'{_scalar_type_name(dtype)}\'')
    a = A._data
    b = B._data.astype(dtype.np)
    if not left:  # X A = B is A^T X^T = B^T, with the other triangle
        a, b, lower = np.swapaxes(a, -1, -2), np.swapaxes(b, -1, -2), upper
    else:
        lower = not upper
    batch = np.broadcast_shapes(a.shape[:-2], b.shape[:-2])
    a = np.broadcast_to(a, batch + a.shape[-2:])
    x = np.array(np.broadcast_to(b, batch + b.shape[-2:]), dtype=dtype.np)
    with np.errstate(all="ignore"):
        _substitute(a, x, lower, unitriangular, reciprocal=x.shape[-1] > 1)
    if left:  # LAPACK's column-major result: each matrix transposed in memory, as PyTorch's strides show
        # (a copy: numpy takes a (1, n) view as contiguous already, and a column b would keep strides (1, 1))
        x = np.swapaxes(np.array(np.swapaxes(x, -1, -2), order="C"), -1, -2)
    else:
        x = np.swapaxes(x, -1, -2)
    attrs = {"upper": upper, "left": left, "unitriangular": unitriangular}
    return record(_R["linalg_solve_triangular"], (A, B), make(x, dtype), attrs)


def _substitute(a: np.ndarray, x: np.ndarray, lower: bool, unit: bool, reciprocal: bool = False) -> None:
    """Solves in place, in reference BLAS trsm's order: each solved row is divided by its diagonal
    (MKL's trsm with several right-hand columns multiplies by the diagonal's reciprocal instead:
    ``reciprocal``), then its multiples are taken from the rows still to solve (no fused
    multiply-add). Measured bit for bit against PyTorch (8 systems per case, n 1-6, 1 to 50 columns):
    one column at n <= 2 (and mostly beyond), several columns at n <= 2, and every right-side
    solve (``left=False``); several left-side columns from n = 3 go through MKL kernels that add
    in orders not reproduced, where the reciprocal still agrees more often than division."""
    n = a.shape[-1]
    one = a.dtype.type(1)
    for k in (range(n) if lower else range(n - 1, -1, -1)):
        if not unit and reciprocal:
            x[..., k, :] = x[..., k, :] * (one / a[..., k, k, None])
        elif not unit:
            x[..., k, :] = x[..., k, :] / a[..., k, k, None]
        rest = slice(k + 1, n) if lower else slice(0, k)
        x[..., rest, :] -= a[..., rest, k, None] * x[..., k, None, :]


def solve_triangular_backward(grad: Tensor, A: Tensor, result: Tensor, upper: bool, left: bool,  # noqa: N803
                              unitriangular: bool, which: str) -> Tensor:
    """PyTorch's formula: G_B solves A^H G_B = grad (the other triangle); G_A = -G_B X^H (X^H G_B
    when right), cut to A's triangle (without the diagonal when it is taken as ones)."""
    g_b = linalg_solve_triangular(A.mT, grad, upper=not upper, left=left, unitriangular=unitriangular)
    if which == "B":
        return g_b
    g_a = -(g_b @ result.mT) if left else -(result.mT @ g_b)
    return g_a.triu(int(unitriangular)) if upper else g_a.tril(-int(unitriangular))


# ============================================================================================
# Matrix exponential
# ============================================================================================
def matrix_exp(A: Tensor) -> Tensor:  # noqa: N803 - PyTorch's argument name
    """``torch.linalg.matrix_exp``: PyTorch's Taylor polynomials (degree by the 1-norm), scaling
    and squaring, step by step in the input's dtype (``parity/matrix_exp.py``)."""
    if A.ndim < 2:
        raise RuntimeError("linalg.matrix_exp: The input tensor A must have at least 2 dimensions.")
    if A.shape[-1] != A.shape[-2]:
        raise RuntimeError(f"linalg.matrix_exp: A must be batches of square matrices, but they are "
                           f"{A.shape[-2]} by {A.shape[-1]} matrices")
    if not A.dtype.is_floating_point:
        refuse_complex(A, "linalg.matrix_exp")  # PyTorch takes complex matrices; the engine not yet
        raise RuntimeError(f"linalg.matrix_exp: Expected a floating point or complex tensor as input. "
                           f"Got {_scalar_type_name(A.dtype)}")
    if A.dtype in _LOW_PRECISION:
        raise NotImplementedError(f"torch.linalg.matrix_exp of {A.dtype} (PyTorch's half-precision kernel) is not "
                                  "available in the embedded engine; `--backend torch` runs it.")
    n = A.shape[-1]
    if n == 0:
        data = A._data.copy()
    elif n == 1:  # PyTorch's exp of the single element
        data = exp(A.detach())._data
    else:
        data = matrix_exp_order.expm(np.ascontiguousarray(A._data).reshape((-1, n, n)), _bmm).reshape(A.shape)
    return record(_R["linalg_matrix_exp"], (A,), make(data, A.dtype))


def _bmm(a: np.ndarray, b: np.ndarray, out_offset: int) -> np.ndarray:
    return batched_data(a, b, out_offset=out_offset)


def matrix_exp_backward(grad: Tensor, A: Tensor) -> Tensor:  # noqa: N803
    """The gradient of exp at A applied to ``grad``: the upper-right block of
    exp([[A^T, grad], [0, A^T]]) (the block-triangular form of the Fréchet derivative)."""
    n = A.shape[-1]
    at = A.mT
    top = cat([at, grad], -1)
    bottom = cat([zeros(tuple(A.shape), dtype=A.dtype), at], -1)
    return matrix_exp(cat([top, bottom], -2))[..., :n, n:]

"""``torch.svd_lowrank`` and ``torch.pca_lowrank``: a randomized range finder (Halko, Martinsson and
Tropp's algorithm with ``niter`` power iterations), then an exact SVD of the small projected matrix.

The random start is one ``torch.randn(n, q)`` draw, so with the same seed the engine starts from
PyTorch's matrix; the QR and SVD steps are the engine's own (last digits can differ)."""
from __future__ import annotations

from typing import Optional

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor

__all__ = ["svd_lowrank", "pca_lowrank"]


def _orthonormal_columns(x: Tensor) -> Tensor:
    return _F.linalg_qr(x)[0]


def _times(a: Tensor, m: Optional[Tensor], x: Tensor) -> Tensor:
    """(A - M) X as A X - M X: the subtracted matrix M is never formed into A."""
    return _F.matmul(a, x) if m is None else _F.matmul(a, x) - _F.matmul(m, x)


def _range_basis(a: Tensor, m: Optional[Tensor], q: int, niter: int) -> Tensor:
    """An orthonormal basis Q (columns) whose span holds most of (A - M)'s range: Q from (A - M) R
    for a normal R, refined ``niter`` times by passing through (A - M)^T and (A - M) again."""
    dtype = a.dtype if a.dtype in (dtypes.float16, dtypes.float32, dtypes.float64) else dtypes.float32
    start = _F.randn(a.shape[-1], q, dtype=dtype)
    basis = _orthonormal_columns(_times(a, m, start))
    for _ in range(niter):
        basis = _orthonormal_columns(_times(a.mT, None if m is None else m.mT, basis))
        basis = _orthonormal_columns(_times(a, m, basis))
    return basis


def svd_lowrank(A: Tensor, q: Optional[int] = 6, niter: Optional[int] = 2,  # noqa: N803 - PyTorch's names
                M: Optional[Tensor] = None) -> tuple[Tensor, Tensor, Tensor]:  # noqa: N803
    q = 6 if q is None else q
    niter = 2 if niter is None else niter
    m, n = A.shape[-2:]
    shift = None if M is None else M.broadcast_to(A.size())
    tall = A if m >= n else A.mT  # the algorithm works on the tall orientation
    if shift is not None and m < n:
        shift = shift.mT
    basis = _range_basis(tall, shift, q, niter)
    u, s, vh = _F.linalg_svd(_times(basis.mT, None, tall) if shift is None
                             else _F.matmul(basis.mT, tall) - _F.matmul(basis.mT, shift), full_matrices=False)
    u = basis.matmul(u)
    v = vh.mT
    return (u, s, v) if m >= n else (v, s, u)


def pca_lowrank(A: Tensor, q: Optional[int] = None, center: bool = True,  # noqa: N803
                niter: int = 2) -> tuple[Tensor, Tensor, Tensor]:
    if not isinstance(A, Tensor):
        raise ValueError(f"Input must be a Tensor, got {type(A).__name__}")
    m, n = A.shape[-2:]
    if q is None:
        q = min(6, m, n)
    elif not (0 <= q <= min(m, n)):
        raise ValueError(f"q(={q}) must be non-negative integer and not greater than min(m, n)={min(m, n)}")
    if not niter >= 0:
        raise ValueError(f"niter(={niter}) must be non-negative integer")
    if not center:
        return svd_lowrank(A, q, niter=niter)
    return svd_lowrank(A - A.mean(dim=(-2,), keepdim=True), q, niter=niter)

"""The SVD along the path MKL's ``gesdd`` takes, so singular vectors get PyTorch's signs.

Up to the sizes ``lapack_gesdd.py`` reproduces bit for bit, the engine uses that instead; this
module serves larger matrices, with numpy's values and MKL's signs.

Singular vectors are defined up to sign, and which sign comes out depends on the algorithm's
path. numpy's LAPACK (reference ``dgesdd``) and MKL's (PyTorch's) take the same path for square
and nearly square matrices, and there they agree. They part in two places (measured in float64
over every shape up to 24 x 14, 10 random matrices each; docs/linalg-signs.md):

- tall, ``floor(1.5 n) <= m < 11 n / 6``: MKL factors A = QR first and takes the SVD of R; the
  reference does that only from ``m >= 11 n / 6`` on. Doing the QR first here gives MKL's signs.
- wide, ``n >= 11 m / 6``: the reference factors A = LQ first; MKL bidiagonalises A directly
  (lower bidiagonal), rotates that to upper bidiagonal with Givens rotations, and solves it.
  ``_direct_wide`` does those two steps with LAPACK's conventions (``dgebd2``'s Householder
  reflectors, ``dlartg``'s rotations) and hands the upper bidiagonal matrix to numpy, whose
  ``gesdd`` leaves a bidiagonal matrix as it is and solves it as MKL does.

With these two paths every float64 case measured has PyTorch's signs. float32 is not fully
reproducible this way: MKL's float32 signs depend on rounding (they differ from its own float64
signs on the same data for about 1 case in 10 beyond 4 x 4).
"""
from __future__ import annotations

import math

import numpy as np


def svd(a: np.ndarray, full_matrices: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(U, S, Vh)`` of one matrix or a batch, computed along MKL's path."""
    m, n = a.shape[-2:]
    if not _tall_with_qr(m, n) and not _wide_direct(m, n):
        u, s, vh = np.linalg.svd(a, full_matrices=full_matrices)
        return u, s, vh
    flat = a.reshape((-1, m, n))
    if not len(flat):
        return np.linalg.svd(a, full_matrices=full_matrices)
    parts = [(_qr_first(x, full_matrices) if m > n else _direct_wide(x, full_matrices)) for x in flat]
    batch = a.shape[:-2]
    u, s, vh = (np.stack([p[k] for p in parts]).reshape(batch + parts[0][k].shape) for k in range(3))
    return u, s, vh


# Larger matrices keep numpy's path (and its signs): the Python loops would cost seconds.
LARGEST_EMULATED = 250_000


def _tall_with_qr(m: int, n: int) -> bool:
    return m > n and m >= (3 * n) // 2 and m < (11 * n) // 6


def _wide_direct(m: int, n: int) -> bool:
    return 1 < m < n and n >= (11 * m) // 6 and m * n <= LARGEST_EMULATED


def _qr_first(a: np.ndarray, full: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    n = a.shape[1]
    q, r = np.linalg.qr(a, mode="complete" if full else "reduced")
    u_r, s, vh = np.linalg.svd(r[:n], full_matrices=False)
    if full:
        u = q.copy()
        u[:, :n] = q[:, :n] @ u_r
        return u, s, vh
    return q @ u_r, s, vh


def _householder(alpha: float, x: np.ndarray) -> tuple[float, np.ndarray]:
    """LAPACK's ``dlarfg``: tau and v (v[0] = 1) with (I - tau v v^T) [alpha; x] = [beta; 0]."""
    norm = float(np.linalg.norm(x))
    if x.size == 0 or norm == 0.0:
        return 0.0, np.concatenate([[1.0], np.zeros_like(x)])
    beta = -math.copysign(math.hypot(alpha, norm), alpha)
    return (beta - alpha) / beta, np.concatenate([[1.0], x / (alpha - beta)])


def _rotation(f: float, g: float) -> tuple[float, float, float]:
    """LAPACK's ``dlartg`` (3.10 and later): c >= 0 and r with the sign of f."""
    if g == 0.0:
        return 1.0, 0.0, f
    if f == 0.0:
        return 0.0, math.copysign(1.0, g), abs(g)
    d = math.hypot(f, g)
    r = math.copysign(d, f)
    return abs(f) / d, g / r, r


def _direct_wide(a: np.ndarray, full: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A = Q B P^T with B lower bidiagonal (``dgebd2`` for m < n), B rotated to upper bidiagonal
    from the left, then the SVD of that upper bidiagonal matrix."""
    dtype = a.dtype
    work = a.astype(np.float64)
    m, n = work.shape
    q = np.eye(m)
    right = []  # the row reflectors G(i), applied to P only at the end (P is n x n)
    for i in range(m):
        tau, v = _householder(work[i, i], work[i, i + 1:])
        work[i:, i:] -= tau * np.outer(work[i:, i:] @ v, v)
        right.append((i, tau, v))
        if i < m - 1:
            tau, v = _householder(work[i + 1, i], work[i + 2:, i])
            work[i + 1:, i:] -= tau * np.outer(v, v @ work[i + 1:, i:])
            q[:, i + 1:] -= tau * np.outer(q[:, i + 1:] @ v, v)
    # P = G(1) ... G(m); only its first m columns are needed unless the full Vh is
    p = np.eye(n)[:, : n if full else m]
    for i, tau, v in reversed(right):
        p[i:] -= tau * np.outer(v, v @ p[i:])
    d = np.diag(work).copy()
    e = np.diag(work, -1).copy()
    g = np.eye(m)
    for i in range(m - 1):
        c, s, r = _rotation(float(d[i]), float(e[i]))
        d[i], e[i], d[i + 1] = r, s * d[i + 1], c * d[i + 1]
        rows = g[[i, i + 1]]
        g[i], g[i + 1] = c * rows[0] + s * rows[1], -s * rows[0] + c * rows[1]
    upper = (np.diag(d) + np.diag(e, 1)).astype(dtype)
    u_b, sv, vh_b = np.linalg.svd(upper)
    u = (q @ g.T).astype(dtype) @ u_b
    vh = vh_b @ p[:, :m].T.astype(dtype)
    if full:
        vh = np.concatenate([vh, p[:, m:].T.astype(dtype)])
    return u, sv, vh

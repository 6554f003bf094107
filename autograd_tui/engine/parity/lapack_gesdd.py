"""``torch.linalg.svd``/``svdvals`` of small matrices as MKL's ``gesdd`` computes them.

PyTorch hands ``gesdd`` a column-major copy of A. For the sizes here MKL bidiagonalises with
LAPACK's unblocked ``gebd2`` (A = Q B P^T; B upper bidiagonal when m >= n, lower when m < n),
then solves B with ``bdsdc``, which below 26 columns is ``bdsqr``: for the values alone that is
``dlasq1`` (``lapack_dqds.py``).
"""
from __future__ import annotations

from typing import Any, Optional

import numpy as np

from autograd_tui.engine.parity import lapack_bdsqr, lapack_dqds, lapack_qr, matmul, matmul64
from autograd_tui.engine.parity.lapack_qr import gemv_transposed, sgemv_transposed

# Measured limits (tools/record_lapack_svd.py): MKL factors A = QR first in blocks from about 22
# rows; bdsdc switches to divide and conquer above 25 columns (values alone stay dqds); the
# float32 vector updates take other kernels from about 32.
LARGEST_QR_FIRST = 20
LARGEST_VECTORS = 25
LARGEST_VALUES = 32
# The steps run in Python (a 16 x 16 SVD about 8 ms, 25 x 25 about 18 ms): a batch whose
# matrices add up to more multiply-adds than this keeps numpy's LAPACK.
MAX_WORK = 1 << 18


class _Rescaled(Exception):
    """A reflector whose norm is below LAPACK's safe minimum (larfg then rescales)."""


def qr_first(m: int, n: int) -> bool:
    """MKL's ``gesdd`` factors A = QR first from m >= 1.5 n (reference LAPACK: 11 n / 6)."""
    return m > n and m >= (3 * n) // 2


def nrm2_rescaled(values: list, t: Any) -> Any:
    """MKL's ``nrm2`` as ``gebd2`` (and ``sytd2``'s ``larfg``) calls it: the old running scale
    and scaled sum of squares (``lapack_qr.nrm2_steps``), but a new largest element rescales the
    sum as ``1 + (ssq * r) * r`` in float64 and ``1 + ssq * (r * r)`` in float32, the other way round
    from ``geqr2``'s (measured on 1 x n matrices, whose singular value is this norm)."""
    scale, ssq = t(0), t(1)
    double = t is not np.float32
    for v in values:
        a = abs(t(v))
        if a == 0:
            continue
        if scale < a:
            r = scale / a
            ssq = t(1) + (ssq * r) * r if double else t(1) + ssq * (r * r)
            scale = a
        else:
            r = a / scale
            ssq = ssq + r * r
    return scale * np.sqrt(ssq)


def _larfg(alpha: Any, x: np.ndarray) -> tuple:
    """``larfg``: (beta, tau, v) with (I - tau [1; v] [1; v]^T) [alpha; x] = [beta; 0]."""
    t = x.dtype.type
    norm = t(nrm2_rescaled(x.tolist(), t)) if x.size else t(0)
    if norm == 0:
        return alpha, t(0), x
    big, small = max(abs(alpha), norm), min(abs(alpha), norm)
    q = small / big
    lapy2 = big if small == 0 else big * np.sqrt(t(1) + q * q)
    beta = -lapy2 if alpha >= 0 else lapy2
    if abs(beta) < np.finfo(x.dtype).tiny / np.finfo(x.dtype).eps:
        raise _Rescaled  # LAPACK rescales x and recomputes: not reproduced
    tau = (beta - alpha) / beta
    v = x * (t(1) / (alpha - beta))  # the reciprocal's product, in both precisions
    return beta, tau, v


def _left(c: np.ndarray, v: np.ndarray, tau: Any, c_start: int, v_start: int, lda: int) -> np.ndarray:
    """H C with H = I - tau v v^T (``larf('L')``): w = C^T v by MKL's ``gemv('T')`` (its sums
    depend on where C and v start in the column-major matrix), then C + v (-tau w)^T."""
    products = (v[:, None] * c)[None]
    gemv = gemv_transposed if c.dtype == np.float64 else sgemv_transposed
    w = gemv(products, np.array([c_start]), np.array([v_start]), lda)[0]
    return c + v[:, None] * (-tau * w)[None, :]


def _right(c: np.ndarray, v: np.ndarray, tau: Any) -> np.ndarray:
    """C H (``larf('R')``): w = C v column after column, then C + w (-tau v)^T."""
    w = np.zeros(c.shape[0], c.dtype)
    for j in range(c.shape[1]):
        w = w + c[:, j] * v[j]
    return c + w[:, None] * (-tau * v)[None, :]


def gebd2(a: np.ndarray, lda: int = 0, start: int = 0) -> tuple:
    """(d, e, A with the reflectors, tauq, taup) of one matrix, stored column-major with
    leading dimension ``lda`` (default: its row count) from element ``start`` of a 64-byte
    aligned buffer (where a batch's matrix lies)."""
    work = np.array(a)
    m, n = work.shape
    lda = lda or m
    s0 = start
    t = work.dtype.type
    k = min(m, n)
    d = np.zeros(k, work.dtype)
    e = np.zeros(max(k - 1, 0), work.dtype)
    tauq = np.zeros(k, work.dtype)
    taup = np.zeros(k, work.dtype)
    if m >= n:
        for i in range(n):
            beta, tau, v = _larfg(work[i, i], work[i + 1:, i])
            work[i + 1:, i] = v
            d[i], tauq[i] = beta, tau
            if i < n - 1 and tau != 0:
                vec = np.concatenate([[t(1)], v])
                work[i:, i + 1:] = _left(work[i:, i + 1:], vec, tau, s0 + (i + 1) * lda + i, s0 + i * lda + i, lda)
            if i < n - 1:
                beta, tau, v = _larfg(work[i, i + 1], work[i, i + 2:])
                work[i, i + 2:] = v
                e[i], taup[i] = beta, tau
                if tau != 0 and i + 1 < m:
                    vec = np.concatenate([[t(1)], v])
                    work[i + 1:, i + 1:] = _right(work[i + 1:, i + 1:], vec, tau)
    else:
        for i in range(m):
            beta, tau, v = _larfg(work[i, i], work[i, i + 1:])
            work[i, i + 1:] = v
            d[i], taup[i] = beta, tau
            if i < m - 1 and tau != 0:
                vec = np.concatenate([[t(1)], v])
                work[i + 1:, i:] = _right(work[i + 1:, i:], vec, tau)
            if i < m - 1:
                beta, tau, v = _larfg(work[i + 1, i], work[i + 2:, i])
                work[i + 2:, i] = v
                e[i], tauq[i] = beta, tau
                if tau != 0:
                    vec = np.concatenate([[t(1)], v])
                    work[i + 1:, i + 1:] = _left(work[i + 1:, i + 1:], vec, tau, s0 + (i + 1) * lda + i + 1,
                                                 s0 + i * lda + i + 1, lda)
    return d, e, work, tauq, taup


def _to_upper(d: list, e: list, single: bool) -> tuple[list, list]:
    """``bdsdc``'s rotations of a lower bidiagonal matrix to upper, in place (``dlartg`` from
    LAPACK 3.10); returns the rotations (c, -s) as ``bdsdc`` keeps them for U."""
    p = lapack_dqds._Precision(single)
    cs, sn = [], []
    for i in range(len(d) - 1):
        c, s, r = lapack_bdsqr.lartg(d[i], e[i], p)
        d[i] = r
        e[i] = s * d[i + 1]
        d[i + 1] = c * d[i + 1]
        cs.append(c)
        sn.append(-s)
    return cs, sn


def covers(a: np.ndarray, vectors: bool) -> bool:
    """A float32/float64 stack of finite matrices within the measured sizes, none of them so
    large or small that ``gesdd`` would scale it first (its max entry between LAPACK's
    sqrt(safe minimum) / eps and the reciprocal)."""
    m, n = a.shape[-2:]
    if a.dtype not in (np.float32, np.float64) or a.size == 0 or min(m, n) < 1:
        return False
    largest = LARGEST_VECTORS if vectors else LARGEST_VALUES
    if max(m, n) > (LARGEST_QR_FIRST if qr_first(m, n) else largest):
        return False
    if a.size * min(m, n) > MAX_WORK:
        return False
    if not np.isfinite(a).all():
        return False
    info = np.finfo(a.dtype)
    small = np.sqrt(info.tiny) / info.eps
    top = np.abs(a).reshape(-1, m * n).max(axis=1)
    return bool(((top == 0) | ((top >= small) & (top <= 1 / small))).all())


def singular_values(a: np.ndarray) -> Optional[np.ndarray]:
    """``svdvals`` of a ``(..., m, n)`` stack (each matrix after the previous one in memory, as
    PyTorch lays out the batch), or None outside what ``covers`` takes."""
    if not covers(a, vectors=False):
        return None
    m, n = a.shape[-2:]
    flat = a.reshape(-1, m, n)
    out = np.empty((flat.shape[0], min(m, n)), a.dtype)
    for index, matrix in enumerate(flat):
        try:
            values = svdvals(matrix, index * m * n)
        except _Rescaled:
            return None
        if values is None:
            return None
        out[index] = values
    return out.reshape(a.shape[:-2] + (min(m, n),))


def svdvals(a: np.ndarray, start: int = 0) -> Optional[np.ndarray]:
    """The singular values of one matrix (``jobz='N'``), or None where LAPACK would rescale."""
    m, n = a.shape
    if qr_first(m, n):
        factors, _ = lapack_qr.geqrf(a[None])
        if factors is None:
            return None
        a = np.triu(factors[0, :n])
        d, e, *_ = gebd2(a, lda=m, start=start)  # R stays in A's place: jobz='N' reduces it there
        m = n
    else:
        d, e, *_ = gebd2(a, start=start)
    single = a.dtype == np.float32
    dl, el = (list(d), list(e)) if single else (d.tolist(), e.tolist())
    if m < n:
        _to_upper(dl, el, single)
    values = lapack_dqds.singular_values(dl, el, single)
    if values is None:
        return None
    return np.array(values, a.dtype)


def _apply_q(a: np.ndarray, a_lda: int, a_start: int, taus: np.ndarray, c: np.ndarray, c_ld: int,
             c_start: int, reverse: bool) -> None:
    """MKL's ``ormqr('L')`` in place: H(i) = I - tau v v^T, v = [1, a[i + 1:, i]], each in
    ``larfb``'s form (w = c_i + C_below^T v_below by MKL's ``gemv('T')``, then c_i - w tau and
    C_below - v (w tau)); ``reverse`` from the last (Q C), else from the first (Q^T C)."""
    rows = c.shape[0]
    gemv = gemv_transposed if c.dtype == np.float64 else sgemv_transposed
    order = range(len(taus) - 1, -1, -1) if reverse else range(len(taus))
    for i in order:
        v = a[i + 1:rows, i]
        w = c[i].copy()
        if i < rows - 1:
            products = (v[:, None] * c[i + 1:])[None]
            w = w + gemv(products, np.array([c_start + i + 1]), np.array([a_start + i * a_lda + i + 1]), c_ld)[0]
        scaled = w * taus[i]
        c[i] = c[i] - scaled
        c[i + 1:] = c[i + 1:] - v[:, None] * scaled[None, :]


def _apply_p(a: np.ndarray, taus: np.ndarray, c: np.ndarray) -> None:
    """MKL's ``ormlq('R', 'N')`` in place: C G(k) ... G(1), G(i) = I - tau v v^T with
    v = [1, a[i, i + 1:]], from the last, each as ``larf('R')`` (unlike ``ormqr``, not in
    ``larfb``'s form): w = C v with MKL's ``gemv('N')`` (products added in order), then
    C + w (-tau v)^T."""
    for i in range(len(taus) - 1, -1, -1):
        c[:, i:] = _right(c[:, i:], np.concatenate([[c.dtype.type(1)], a[i, i + 1:c.shape[1]]]), taus[i])


def _gemm(q: np.ndarray, u_r: np.ndarray, out_start: int) -> np.ndarray:
    """``gemm('N', 'N')`` of column-major Q (m x n) and U_R (n x n) through MKL's kernels: PyTorch's
    ``mm`` of the row-major views U_R^T @ Q^T computes the same call."""
    x, y = np.ascontiguousarray(u_r.T), np.ascontiguousarray(q.T)
    if q.dtype == np.float64:
        out = matmul64.product(x, y, out_offset=out_start)
        if out is None:
            return q @ u_r
        return np.ascontiguousarray(out.T)
    return np.ascontiguousarray(matmul.product(x, y, c_offset=out_start, a_offset=0).T)


def svd_stack(a: np.ndarray, full_matrices: bool) -> Optional[tuple]:
    """(U, S, Vh) of a ``(..., m, n)`` stack as ``gesdd(jobz='A' if full_matrices else 'S')``
    computes them, or None outside what ``covers`` takes. PyTorch lays the batch out matrix
    after matrix (A, U) and reuses one work array, which decides MKL's aligned loops."""
    if not covers(a, vectors=True):
        return None
    m, n = a.shape[-2:]
    k = min(m, n)
    flat = a.reshape(-1, m, n)
    ucols = m if full_matrices else k
    qr = None
    if qr_first(m, n):
        factors, taus = lapack_qr.geqrf(flat)
        if factors is None:
            return None
        qr = np.triu(factors[:, :n]), lapack_qr.orgqr(factors, taus, ucols)
    parts = []
    for index, matrix in enumerate(flat):
        try:
            part = svd(matrix, full_matrices, index * m * n, index * m * ucols,
                       None if qr is None else (qr[0][index], qr[1][index]))
        except _Rescaled:
            return None
        if part is None:
            return None
        parts.append(part)
    batch = a.shape[:-2]
    return tuple(np.stack([p[i] for p in parts]).reshape(batch + parts[0][i].shape) for i in range(3))


def svd(a: np.ndarray, full_matrices: bool, a_start: int = 0, u_start: int = 0,
        qr: Optional[tuple] = None) -> Optional[tuple]:
    """(U, S, Vh) of one matrix (A and U starting at those elements of their buffers; ``qr``:
    (R, Q) of ``geqrf``/``orgqr`` when MKL factors A = QR first), or None."""
    m, n = a.shape
    dtype = a.dtype
    single = dtype == np.float32
    if qr is not None:
        r, q = qr
        if full_matrices:  # path 4: Q (m x m) in U; R reduced in A's place (lda = m)
            d, e, refl, tauq, taup = gebd2(r, lda=m, start=a_start)
            solved = _bdsdc(d, e, single)
            if solved is None:
                return None
            values, u_r, vt = solved
            _apply_q(refl, m, a_start, tauq, u_r, n, 0, True)
            _apply_p(refl[:, 1:], taup[:n - 1], vt[:, 1:])
            u = q.copy()
            u[:, :n] = _gemm(q[:, :n], u_r, a_start)
            return u, np.array(values, dtype), vt
        # path 3: R copied to the work array (ldwrkr = n), Q (m x n) in A, U_R in U's place
        d, e, refl, tauq, taup = gebd2(r, lda=n)
        solved = _bdsdc(d, e, single)
        if solved is None:
            return None
        values, u_r, vt = solved
        _apply_q(refl, n, 0, tauq, u_r, m, u_start, True)
        _apply_p(refl[:, 1:], taup[:n - 1], vt[:, 1:])
        return _gemm(q, u_r, u_start), np.array(values, dtype), vt
    d, e, refl, tauq, taup = gebd2(a, start=a_start)
    if m >= n:
        u = np.zeros((m, m if full_matrices else n), dtype)
        if full_matrices:
            u[n:, n:] = np.eye(m - n, dtype=dtype)
        solved = _bdsdc(d, e, single)
        if solved is None:
            return None
        values, u[:n, :n], vt = solved
        _apply_q(refl, m, a_start, tauq, u, m, u_start, True)
        _apply_p(refl[:, 1:], taup[:n - 1], vt[:, 1:])
        return u, np.array(values, dtype), vt
    # wide: lower bidiagonal, rotated to upper (the rotations then applied to U's rows)
    vt = np.zeros((n if full_matrices else m, n), dtype)
    if full_matrices:
        vt[m:, m:] = np.eye(n - m, dtype=dtype)
    solved = _bdsdc(d, e, single, lower=True)
    if solved is None:
        return None
    values, u, vt[:m, :m] = solved
    _apply_q(refl[1:, :], m, a_start + 1, tauq[:m - 1], u[1:], m, u_start + 1, True)
    _apply_p(refl, taup, vt)
    return u, np.array(values, dtype), vt


def _bdsdc(d: np.ndarray, e: np.ndarray, single: bool, lower: bool = False) -> Optional[tuple]:
    """``bdsdc(compq='I')`` below 26 columns: (values, U, VT) of the bidiagonal matrix, or None.
    One column: U holds the sign; a lower matrix is rotated to upper first and the rotations are
    applied to U's rows at the end."""
    n = len(d)
    dtype = d.dtype
    dl, el = (list(d), list(e)) if single else (d.tolist(), e.tolist())
    u, vt = np.eye(n, dtype=dtype), np.eye(n, dtype=dtype)
    if n == 1:
        u[0, 0] = -1 if np.signbit(d[0]) else 1
        return [abs(dl[0])], u, vt
    cs, sn = _to_upper(dl, el, single) if lower else ([], [])
    values = lapack_bdsqr.bdsqr(dl, el, vt, u, single)
    if values is None:
        return None
    if lower:
        lapack_bdsqr._rows(u, 0, cs, sn, False)
    return values, u, vt

"""The symmetric eigendecomposition as MKL's ``syevd`` computes it, so eigenvectors get PyTorch's
signs.

Eigenvectors are defined up to sign. Both MKL and reference LAPACK (numpy's) reduce A to a
tridiagonal T = Q^T A Q (``dsytrd``) and, up to n = 25, solve T with implicit QL/QR iterations
(``dsteqr``); from n = 26 on they use divide and conquer, whose merge step fixes the signs the
same way in both (they agree there). Below 26 they part only in the plane rotations: MKL's
``dlartg`` is the one LAPACK had before 3.10 (c made non-negative only when |f| > |g|, else
r >= 0), numpy's is the newer one (r takes the sign of f). ``steqr`` below is ``dsteqr`` step by
step with the older rotations; run with the newer ones it reproduces numpy's signs on every
measured matrix, and with the older ones PyTorch's (docs/linalg-signs.md).
"""
from __future__ import annotations

import math
from typing import Any, Optional

import numpy as np

from autograd_tui.engine.parity import lapack_gesdd
from autograd_tui.engine.parity.lapack_qr import gemv_transposed, sgemv_transposed

# dsteqr's sub-problems above this size go to divide and conquer instead (LAPACK's SMLSIZ).
DIVIDE_AND_CONQUER_FROM = 26


def eigh(a: np.ndarray, uplo: str) -> tuple[np.ndarray, np.ndarray]:
    """Eigenvalues (ascending) and eigenvectors of one symmetric matrix or a batch, reading the
    lower (``uplo='L'``) or upper triangle."""
    n = a.shape[-1]
    if n < 2 or n >= DIVIDE_AND_CONQUER_FROM or a.size == 0:
        w, v = np.linalg.eigh(a, UPLO="U" if uplo == "U" else "L")
        return w, v
    flat = a.reshape((-1, n, n))
    pairs = [_eigh_one(m, uplo, index * n * n) for index, m in enumerate(flat)]
    w = np.stack([p[0] for p in pairs]).reshape(a.shape[:-1]).astype(a.dtype)
    v = np.stack([p[1] for p in pairs]).reshape(a.shape).astype(a.dtype)
    return w, v


class _NoConvergence(Exception):
    """dsteqr ran out of iterations; ``args[0]``: its INFO, the off-diagonal entries left nonzero."""


def eigh_nonfinite(a: np.ndarray, uplo: str) -> tuple[np.ndarray, np.ndarray, int]:
    """``syevd`` on one matrix with inf or NaN in the triangle it reads (2 <= n < 26): its norm
    is inf (with no NaN) so it scales the matrix by RMAX / inf = 0 (inf entries become NaN, the
    others 0) and every eigenvalue, scaled back, is NaN; a NaN norm leaves the matrix as it is.
    dsteqr then splits where an off-diagonal entry is exactly 0 (a 1x1 block keeps its diagonal
    entry, NaN or not, with its unit eigenvector), solves a 2x2 block directly, iterates on a larger
    one (NaN never converges: INFO, PyTorch's error code) and sorts by selection, where NaN stays.
    Returns the eigenvalues, the eigenvectors and INFO (0 when it converged)."""
    read = np.tril(a) if uplo == "L" else np.triu(a)
    scaled = not np.isnan(read).any()
    if scaled:
        a = np.where(np.isinf(a), np.nan, 0.0)
    q, d, e = _tridiagonal(np.asarray(a, dtype=np.float64), uplo)
    try:
        w, z = steqr(d, e, float(np.finfo(a.dtype).eps) / 2, lapack_order=True)
    except _NoConvergence as exc:
        return d, q, int(exc.args[0])
    return (np.full_like(w, np.nan) if scaled else w), q @ z, 0


def _eigh_one(a: np.ndarray, uplo: str, start: int) -> tuple[np.ndarray, np.ndarray]:
    """One matrix; ``start``: where it lies in its batch (elements), for ``ormtr``'s sums."""
    eps = _scalar_type(a.dtype)(np.finfo(a.dtype).eps / 2)  # LAPACK's dlamch('E'): the unit roundoff
    if uplo == "L":  # in the working precision (ssytd2, ssteqr work in float32)
        reflectors, d, e = _lower_reduction(np.asarray(a), start)
    else:
        q, d, e = _tridiagonal(np.asarray(a, dtype=np.float64), uplo)
    try:
        w, z = steqr(d, e, eps)
    except _NoConvergence:  # dsteqr's limit of 30 n iterations: numpy's answer, signs and all
        w, v = np.linalg.eigh(a, UPLO="U" if uplo == "U" else "L")
        return w, v
    if uplo == "L":
        return w, _apply_reflectors(reflectors, z, start)
    return w, q @ z


def _apply_reflectors(reflectors: list, z: np.ndarray, start: int) -> np.ndarray:
    """``ormtr('L', 'L', 'N')``: Q Z, the reflectors from the last, each in ``larfb``'s form as
    ``parity/lapack_lstsq.py`` measured ``ormqr``: w = row i + 1 of Z plus MKL's ``gemv('T')`` of
    the rows below with v's part below its 1 (v lies in A, from ``start``; Z in the workspace,
    columns n apart), then w * tau off row i + 1 and v (w * tau) off the rows below. Exact
    wherever the eigenvalues are (every measured case)."""
    z = np.array(z)
    n = z.shape[0]
    for i, tau, v in reversed(reflectors):
        w = z[i + 1].copy()
        if i < n - 2:
            products = (v[1:, None] * z[i + 2:])[None]
            gemv = gemv_transposed if z.dtype == np.float64 else sgemv_transposed
            # Z lies 2 n elements into syevd's work array (after e and tau)
            w = w + gemv(products, np.array([2 * n + i + 2]), np.array([start + i * n + i + 2]), n)[0]
        scaled = w * tau
        z[i + 1] = z[i + 1] - scaled
        z[i + 2:] = z[i + 2:] - v[1:, None] * scaled[None, :]
    return z


def _tridiagonal(a: np.ndarray, uplo: str, start: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``dsytd2``'s Householder reduction: Q, the diagonal and the off-diagonal of Q^T A Q. The
    lower form works down from the first column, the upper form up from the last. The lower
    form's diagonal and off-diagonal are ``_lower_reduction``'s (LAPACK's rounding)."""
    n = a.shape[0]
    if uplo == "L":
        reflectors, d, e = _lower_reduction(a, start)
        q = np.eye(n)
        for i, tau, v in reflectors:
            reflector = np.zeros(n)
            reflector[i + 1:] = v
            q -= tau * np.outer(q @ reflector, reflector)
        return q, d, e
    t = np.tril(a) + np.tril(a, -1).T if uplo == "L" else np.triu(a) + np.triu(a, 1).T
    q = np.eye(n)
    columns = range(n - 2) if uplo == "L" else range(n - 1, 1, -1)
    for i in columns:
        if uplo == "L":
            part = slice(i + 1, n)
            x = t[i + 1:, i]
            alpha, rest = x[0], x[1:]
        else:
            part = slice(0, i)
            x = t[:i, i]
            alpha, rest = x[-1], x[:-1]
        norm = float(np.linalg.norm(rest))
        if norm == 0.0:
            continue
        beta = -math.copysign(math.hypot(alpha, norm), alpha)
        tau = (beta - alpha) / beta
        v = x / (alpha - beta)
        if uplo == "L":
            v[0] = 1.0
        else:
            v[-1] = 1.0
        h = np.eye(n)
        h[part, part] -= tau * np.outer(v, v)
        t = h @ t @ h
        q = q @ h
    if uplo == "L":
        return q, np.diag(t).copy(), np.diag(t, -1).copy()
    return q, np.diag(t).copy(), np.diag(t, 1).copy()


def _lower_reduction(a: np.ndarray, start: int = 0) -> tuple[list, np.ndarray, np.ndarray]:
    """``dsytd2('L')`` in LAPACK's own order, one scalar step at a time: the reflector as
    ``larfg`` (the old ``nrm2``, ``lapy2``, v times the reciprocal of alpha - beta), y = tau A v
    (``symv`` column by column: tau v_j times column j added to y below the diagonal, the dot of
    that column with v added to y_j times tau; MKL's kernel for up to 7 rows), alpha = -tau / 2
    (y . v) with MKL's ``ddot`` (its lanes start where v lies: ``start``, the matrix's place in
    its batch), y + alpha v, and the lower triangle minus (v_r y_c + y_r v_c), except that
    MKL's ``syr2``, taking columns in pairs, subtracts the two products one after the other on
    the diagonal of a pair's first column (measured against ``mkl_blas_xdsyr2`` and
    ``mkl_lapack_dsytrd`` inside PyTorch's library). Returns the reflectors (i, tau, v: v[0] = 1 lies in
    row i + 1), the diagonal and the off-diagonal; with them ``steqr`` gives PyTorch's float64
    eigenvalues (every measured matrix to 7 x 7, 18 of 20 at 8 x 8 and 9 x 9; from 8 rows MKL's
    ``symv`` takes another kernel, not reproduced)."""
    n = a.shape[0]
    scalar = _scalar_type(a.dtype)
    t = [[scalar(v) for v in row] for row in np.tril(a)]
    d, e = np.zeros(n, a.dtype), np.zeros(max(n - 1, 0), a.dtype)
    reflectors = []
    for i in range(n - 1):
        alpha, x = t[i + 1][i], [t[r][i] for r in range(i + 2, n)]
        # larfg's nrm2 rescales as gebd2's does (every measured mkl_lapack_dlarfg/slarfg call)
        norm = scalar(lapack_gesdd.nrm2_rescaled(x, scalar))
        if norm == 0.0:
            e[i] = alpha
            d[i] = t[i][i]
            continue
        beta = scalar(-math.copysign(_lapy2(alpha, norm), alpha))
        tau = (beta - alpha) / beta
        scale = 1.0 / (alpha - beta)
        v = [1.0] + [value * scale for value in x]
        e[i] = beta
        m = n - i - 1
        block = [row[i + 1:] for row in t[i + 1:]]
        y = [0.0] * m
        # MKL's symv from 8 rows: its dot products in lanes (_symv_dot, _ssymv_dot)
        tail = scalar is float and m >= 8 and _symv_last_row_apart(start + (i + 1) * (n + 1), n, m)
        paired = m - 1 if tail else m
        for j in range(m):
            along = tau * v[j]
            y[j] += along * block[j][j]
            for r in range(j + 1, m):
                y[r] += along * block[r][j]
            dot: Any
            if scalar is float and m >= 8:
                dot = _symv_dot(block, v, j, paired)
            elif scalar is not float and m - j - 1 >= 8:
                dot = _ssymv_dot(block, v, j)
            else:
                dot = 0.0
                for r in range(j + 1, m):
                    dot += block[r][j] * v[r]
            y[j] += tau * dot
        products = [p * w for p, w in zip(y, v)]
        where = start + i * n + i + 1  # v's place in memory decides the dot's lanes
        # sdot's 8-term steps need w (in syevd's work array, n elements in: its tau) and v to
        # lie alike against 16-byte boundaries
        summed = _ddot(products, where % 2) if scalar is float else \
            _sdot(products, -where % 4, (n + i - where) % 4 == 0)
        shift = -0.5 * tau * summed
        y = [p + shift * w for p, w in zip(y, v)]
        for c in range(m):
            for r in range(c, m):
                if scalar is not float or (r == c and c % 2 == 0 and c < m - 1):
                    # ssyr2 everywhere, dsyr2 (columns in pairs) on a pair's first diagonal entry
                    t[i + 1 + r][i + 1 + c] = (t[i + 1 + r][i + 1 + c] - v[r] * y[c]) - y[r] * v[c]
                else:
                    t[i + 1 + r][i + 1 + c] -= v[r] * y[c] + y[r] * v[c]
        reflectors.append((i, tau, np.array(v, dtype=a.dtype)))
        d[i] = t[i][i]
    if n:
        d[n - 1] = t[n - 1][n - 1]
    return reflectors, d, e


def _symv_last_row_apart(offset: int, lda: int, m: int) -> bool:
    """Whether MKL's ``dsymv('L')`` (8 rows or more) leaves the last row out of its lanes and
    adds it at the end: when the block's offset in elements (from a 16-byte boundary), its
    leading dimension and its size add up to an odd number (measured through
    ``mkl_blas_xdsymv`` for every layout of 8 to 16 rows)."""
    return (offset + lda + m) % 2 == 1


def _symv_dot(block: list, v: list, j: int, paired: int) -> float:
    """Column j's dot product below the diagonal as MKL's ``dsymv('L')`` adds it from 8 rows:
    one term after another up to a row p, then two lanes over the rows before ``paired``, rows
    p, p + 2, ... joining the running sum and rows p + 1, p + 3, ... a lane of their own, the
    lanes added; then the rows from ``paired`` (the last row, when the layout leaves it apart).
    p: the first row past j (past j + 1 when ``paired`` is odd) with p = paired mod 2 modulo 4.
    Every output of 864 measured calls (8 to 16 rows, every layout)."""
    odd = paired % 2
    p = j + 1 + odd
    while (p - odd) % 4:
        p += 1
    p = min(p, paired) if j < paired else paired
    dot = 0.0
    for r in range(j + 1, p):
        dot += block[r][j] * v[r]
    if p < paired:
        lane = 0.0
        for r in range(p, paired, 2):
            dot += block[r][j] * v[r]
            lane += block[r + 1][j] * v[r + 1]
        dot = dot + lane
    for r in range(max(paired, j + 1), len(block)):
        dot += block[r][j] * v[r]
    return dot


def _ssymv_dot(block: list, v: list, j: int) -> np.float32:
    """Column j's dot product below the diagonal as ``ssytd2``'s ``ssymv`` adds it when it has 8
    terms or more: four lanes over whole groups of four rows from the row below the diagonal on,
    folded as (0 + 2) + (1 + 3), then the rest one after another (fewer terms: one after another;
    fitted against ``mkl_lapack_ssytd2``, every measured tridiagonal matrix)."""
    m = len(block)
    end = j + 1 + (m - j - 1) // 4 * 4
    lanes = [np.float32(0)] * 4
    for r in range(j + 1, end, 4):
        for k in range(4):
            lanes[k] += block[r + k][j] * v[r + k]
    dot = (lanes[0] + lanes[2]) + (lanes[1] + lanes[3])
    for r in range(end, m):
        dot += block[r][j] * v[r]
    return dot


def _ddot(products: list, head: int) -> float:
    """MKL's ``ddot`` of the products (``matmul64.dot``'s order): ``head`` terms (1 when v starts
    off a 16-byte boundary) into lane 0 first, then four accumulators of two lanes taking 8
    terms a step, the leftover pairs and a last term into the first, the accumulators added in
    order, then the two lanes."""
    k = len(products)
    head = min(head, k)
    acc = [[0.0, 0.0] for _ in range(4)]
    for q in range(head):
        acc[0][0] += products[q]
    pos = head
    for _ in range((k - head) // 8):
        for a in range(4):
            acc[a][0] += products[pos]
            acc[a][1] += products[pos + 1]
            pos += 2
    while pos + 1 < k:
        acc[0][0] += products[pos]
        acc[0][1] += products[pos + 1]
        pos += 2
    if pos < k:
        acc[0][0] += products[pos]
    lanes = [((acc[0][lane] + acc[1][lane]) + acc[2][lane]) + acc[3][lane] for lane in range(2)]
    return lanes[0] + lanes[1]


def _scalar_type(dtype: np.dtype) -> type:
    """The scalars the steps round in: numpy float32 in single precision, Python floats (the
    fast ones) in double."""
    return np.float32 if dtype == np.float32 else float


def _sqrt(x):  # noqa: ANN001, ANN202 (float or numpy float32 in, the same precision out)
    return np.sqrt(x) if type(x) is np.float32 else math.sqrt(x)


def _sdot(products: list, peel: int, aligned: bool = True) -> np.float32:
    """MKL's ``sdot`` of float32 products, v starting ``peel`` floats before a 16-byte boundary:
    those terms in order into lane 0, then (when the other vector lies alike, ``aligned``) a step
    of 8 into two accumulators of 4 lanes, a step of 4 lanes, single leftovers into lane 0, the
    lanes folded as (0 + 2) + (1 + 3) (measured through ``mkl_blas_xsdot``: every case up to 15
    terms, both vectors at every offset)."""
    zero = np.float32(0)
    first = [zero, zero, zero, zero]
    for q in products[:peel]:
        first[0] = first[0] + q
    rest = products[peel:]
    if not rest:
        return first[0]
    second = None
    q = 0
    if aligned and len(rest) >= 8:
        first = [first[lane] + rest[lane] for lane in range(4)]
        second = [zero + term for term in rest[4:8]]
        q = 8
    if len(rest) - q >= 4:
        first = [first[lane] + rest[q + lane] for lane in range(4)]
        q += 4
    for term in rest[q:]:
        first[0] = first[0] + term
    lanes = first if second is None else [first[lane] + second[lane] for lane in range(4)]
    return (lanes[0] + lanes[2]) + (lanes[1] + lanes[3])


def _lapy2(x: float, y: float) -> float:
    """LAPACK's ``dlapy2``: sqrt(x^2 + y^2) as w * sqrt(1 + (z / w)^2)."""
    w, z = max(abs(x), abs(y)), min(abs(x), abs(y))
    if z == 0:
        return w
    q = z / w
    return w * _sqrt(1 + q * q)


def _rotation(f: float, g: float) -> tuple[float, float, float]:
    """``dlartg`` as LAPACK wrote it before 3.10, which MKL's ``dsteqr`` follows."""
    if g == 0.0:
        return 1.0, 0.0, f
    if f == 0.0:
        return 0.0, 1.0, g
    r = _sqrt(f * f + g * g)  # (not hypot: its rounding differs)
    c, s = f / r, g / r
    if abs(f) > abs(g) and c < 0:
        c, s, r = -c, -s, -r
    return c, s, r


def _eigen_2x2(a: float, b: float, c: float) -> tuple[float, float, float, float]:
    """``dlaev2``: the eigenvalues of [[a, b], [b, c]] (larger magnitude first) and the unit
    eigenvector (cs, sn) of the first."""
    sm, df = a + c, a - c
    adf, tb = abs(df), b + b
    ab = abs(tb)
    acmx, acmn = (a, c) if abs(a) > abs(c) else (c, a)
    if adf > ab:
        rt = adf * _sqrt(1 + (ab / adf) * (ab / adf))
    elif adf < ab:
        rt = ab * _sqrt(1 + (adf / ab) * (adf / ab))
    else:
        rt = ab * _sqrt(type(ab)(2.0))
    if sm < 0:
        rt1, sgn1 = 0.5 * (sm - rt), -1
        rt2 = (acmx / rt1) * acmn - (b / rt1) * b
    elif sm > 0:
        rt1, sgn1 = 0.5 * (sm + rt), 1
        rt2 = (acmx / rt1) * acmn - (b / rt1) * b
    else:
        rt1, rt2, sgn1 = 0.5 * rt, -0.5 * rt, 1
    cs, sgn2 = (df + rt, 1) if df >= 0 else (df - rt, -1)
    if abs(cs) > ab:
        ct = -tb / cs
        sn1 = 1 / _sqrt(1 + ct * ct)
        cs1 = ct * sn1
    elif ab == 0:
        cs1, sn1 = 1.0, 0.0
    else:
        tn = -cs / tb
        cs1 = 1 / _sqrt(1 + tn * tn)
        sn1 = tn * cs1
    if sgn1 == sgn2:
        cs1, sn1 = -sn1, cs1
    return rt1, rt2, cs1, sn1


def _rotate(z: np.ndarray, first: int, cs: list, sn: list, backward: bool) -> None:
    """``dlasr('R', 'V', 'B' or 'F')``: plane rotations on neighbouring columns of z."""
    order = range(len(cs) - 1, -1, -1) if backward else range(len(cs))
    for j in order:
        c, s = cs[j], sn[j]
        left, right = z[:, first + j].copy(), z[:, first + j + 1].copy()
        z[:, first + j + 1] = c * right - s * left
        z[:, first + j] = s * right + c * left


def steqr(d: np.ndarray, e: np.ndarray, eps: float, lapack_order: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """``dsteqr`` with ``compz='I'``: the eigenvalues (ascending) and eigenvectors of the
    symmetric tridiagonal matrix with diagonal d and off-diagonal e, by implicit QL or QR
    iterations (QL when the block's last diagonal entry is the larger in magnitude).
    ``lapack_order``: dsteqr's own selection sort (NaN stays where it is), not a stable sort."""
    d, e = np.array(d), np.array(e, dtype=np.asarray(d).dtype)
    n = len(d)
    z = np.eye(n, dtype=d.dtype)
    eps2, safmin = eps * eps, d.dtype.type(np.finfo(d.dtype).tiny)
    start = 0
    budget = [30 * n]
    while start < n:
        if start > 0:
            e[start - 1] = 0.0
        end = n - 1
        for k in range(start, n - 1):  # split where an off-diagonal entry is negligible
            if e[k] == 0.0 or abs(e[k]) <= _sqrt(abs(d[k])) * _sqrt(abs(d[k + 1])) * eps:
                e[k] = 0.0
                end = k
                break
        lo, hi, start = start, end, end + 1
        if lo == hi:
            continue
        try:
            if abs(d[hi]) < abs(d[lo]):
                _qr_iterations(d, e, z, hi, lo, eps2, safmin, budget)
            else:
                _ql_iterations(d, e, z, lo, hi, eps2, safmin, budget)
        except _NoConvergence:
            raise _NoConvergence(int(np.count_nonzero(e))) from None
    if lapack_order:
        return _selection_sorted(d, z)
    order = np.argsort(d, kind="stable")
    return d[order], z[:, order]


def _selection_sorted(d: np.ndarray, z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    d, z = d.copy(), z.copy()
    for i in range(len(d) - 1):
        k = i
        for j in range(i + 1, len(d)):
            if d[j] < d[k]:  # False for NaN either side: NaN stays
                k = j
        if k != i:
            d[[i, k]] = d[[k, i]]
            z[:, [i, k]] = z[:, [k, i]]
    return d, z


def _spend(budget: list) -> None:
    budget[0] -= 1
    if budget[0] < 0:
        raise _NoConvergence


def _ql_iterations(d, e, z, first: int, lend: int, eps2: float, safmin: float, budget: list) -> None:
    while first <= lend:
        m = lend
        for k in range(first, lend):
            if e[k] * e[k] <= (eps2 * abs(d[k])) * abs(d[k + 1]) + safmin:
                m = k
                break
        if m < lend:
            e[m] = 0.0
        p = d[first]
        if m == first:  # an eigenvalue has converged
            first += 1
            continue
        if m == first + 1:
            rt1, rt2, c, s = _eigen_2x2(d[first], e[first], d[first + 1])
            _rotate(z, first, [c], [s], backward=True)
            d[first], d[first + 1], e[first] = rt1, rt2, 0.0
            first += 2
            continue
        _spend(budget)
        g = (d[first + 1] - p) / (2 * e[first])
        r = _lapy2(g, 1.0)
        g = d[m] - p + e[first] / (g + math.copysign(r, g))
        s = c = 1.0
        p = 0.0
        cs, sn = [0.0] * (m - first), [0.0] * (m - first)
        for i in range(m - 1, first - 1, -1):
            f, b = s * e[i], c * e[i]
            c, s, r = _rotation(g, f)
            if i != m - 1:
                e[i + 1] = r
            g = d[i + 1] - p
            r = (d[i] - g) * s + 2 * c * b
            p = s * r
            d[i + 1] = g + p
            g = c * r - b
            cs[i - first], sn[i - first] = c, -s
        _rotate(z, first, cs, sn, backward=True)
        d[first] -= p
        e[first] = g


def _qr_iterations(d, e, z, first: int, lend: int, eps2: float, safmin: float, budget: list) -> None:
    while first >= lend:
        m = lend
        for k in range(first, lend, -1):
            if e[k - 1] * e[k - 1] <= (eps2 * abs(d[k])) * abs(d[k - 1]) + safmin:
                m = k
                break
        if m > lend:
            e[m - 1] = 0.0
        p = d[first]
        if m == first:
            first -= 1
            continue
        if m == first - 1:
            rt1, rt2, c, s = _eigen_2x2(d[first - 1], e[first - 1], d[first])
            _rotate(z, first - 1, [c], [s], backward=False)
            d[first - 1], d[first], e[first - 1] = rt1, rt2, 0.0
            first -= 2
            continue
        _spend(budget)
        g = (d[first - 1] - p) / (2 * e[first - 1])
        r = _lapy2(g, 1.0)
        g = d[m] - p + e[first - 1] / (g + math.copysign(r, g))
        s = c = 1.0
        p = 0.0
        cs, sn = [0.0] * (first - m), [0.0] * (first - m)
        for i in range(m, first):
            f, b = s * e[i], c * e[i]
            c, s, r = _rotation(g, f)
            if i != m:
                e[i - 1] = r
            g = d[i] - p
            r = (d[i + 1] - g) * s + 2 * c * b
            p = s * r
            d[i] = g + p
            g = c * r - b
            cs[i - m], sn[i - m] = c, s
        _rotate(z, m, cs, sn, backward=False)
        d[first] -= p
        e[first - 1] = g


def eigvalsh(a: np.ndarray, uplo: str) -> Optional[np.ndarray]:
    """Eigenvalues (ascending) of a stack of symmetric matrices of 2 to 25 rows as ``syevd``
    without vectors gives them: the tridiagonal reduction, then ``sterf``, in the working
    precision (float32 only from the lower triangle); None for other dtypes, sizes and
    triangles, non-finite input, or where ``sterf`` does not converge."""
    n = a.shape[-1]
    if a.dtype not in (np.float64, np.float32) or not 2 <= n < DIVIDE_AND_CONQUER_FROM or a.size == 0 \
            or not np.isfinite(a).all() or (a.dtype == np.float32 and uplo != "L"):
        return None
    eps = _scalar_type(a.dtype)(np.finfo(a.dtype).eps / 2)
    values = []
    for index, matrix in enumerate(a.reshape(-1, n, n)):
        _, d, e = _tridiagonal(matrix, uplo, index * n * n)
        w = sterf(d, e, eps)
        if w is None:
            return None
        values.append(w)
    return np.stack(values).reshape(a.shape[:-1])


def _lae2(a: float, b: float, c: float) -> tuple[float, float]:
    """``dlae2``: the eigenvalues of [[a, b], [b, c]], the larger in magnitude first."""
    rt1, rt2, _, _ = _eigen_2x2(a, b, c)
    return rt1, rt2


def sterf(d: np.ndarray, e: np.ndarray, eps: float) -> Optional[np.ndarray]:
    """``dsterf``: the eigenvalues (ascending) of the symmetric tridiagonal matrix with diagonal d
    and off-diagonal e by the root-free QL/QR iteration on the squared off-diagonal entries, which
    ``syevd`` runs when no eigenvectors are wanted (``eigvalsh``). Step by step as LAPACK writes
    it; every measured tridiagonal matrix (n = 2 to 12) gives PyTorch's eigenvalues. None where it
    runs out of iterations (PyTorch reports an error there)."""
    scalar = _scalar_type(np.asarray(d).dtype)
    diag = [scalar(v) for v in d]
    off = [scalar(v) for v in e] + [scalar(0.0)]
    n = len(diag)
    budget = [30 * n]
    start = 0
    while start < n:
        if start > 0:
            off[start - 1] = 0.0
        end = n - 1
        for k in range(start, n - 1):  # split where an off-diagonal entry is negligible
            if abs(off[k]) <= (_sqrt(abs(diag[k])) * _sqrt(abs(diag[k + 1]))) * eps:
                off[k] = 0.0
                end = k
                break
        lo, hi, start = start, end, end + 1
        if lo == hi or max(abs(v) for v in diag[lo:hi + 1] + off[lo:hi]) == 0:
            continue
        for k in range(lo, hi):
            off[k] = off[k] * off[k]
        if abs(diag[hi]) < abs(diag[lo]):
            done = _root_free_qr(diag, off, hi, lo, eps * eps, budget)
        else:
            done = _root_free_ql(diag, off, lo, hi, eps * eps, budget)
        if not done:
            return None
    return np.sort(np.array(diag, dtype=np.asarray(d).dtype))


def _shift(p: float, neighbour: float, off_squared: float) -> float:
    """The Wilkinson-like shift of ``dsterf``'s iteration from a block's end."""
    root = _sqrt(off_squared)
    sigma = (neighbour - p) / (2.0 * root)
    r = _lapy2(sigma, 1.0)
    return p - (root / (sigma + math.copysign(r, sigma)))


def _root_free_ql(d: list, e: list, first: int, last: int, eps2: float, budget: list) -> bool:
    while first <= last:
        m = last
        for k in range(first, last):
            if abs(e[k]) <= eps2 * abs(d[k] * d[k + 1]):
                m = k
                break
        if m < last:
            e[m] = 0.0
        if m == first:  # an eigenvalue has converged
            first += 1
            continue
        if m == first + 1:
            d[first], d[first + 1] = _lae2(d[first], _sqrt(e[first]), d[first + 1])
            e[first] = 0.0
            first += 2
            continue
        budget[0] -= 1
        if budget[0] < 0:
            return False
        sigma = _shift(d[first], d[first + 1], e[first])
        c, s = 1.0, 0.0
        gamma = d[m] - sigma
        p = gamma * gamma
        for i in range(m - 1, first - 1, -1):
            bb = e[i]
            r = p + bb
            if i != m - 1:
                e[i + 1] = s * r
            old_c, c, s = c, p / r, bb / r
            old_gamma, alpha = gamma, d[i]
            gamma = c * (alpha - sigma) - s * old_gamma
            d[i + 1] = old_gamma + (alpha - gamma)
            p = (gamma * gamma) / c if c != 0 else old_c * bb
        e[first] = s * p
        d[first] = sigma + gamma
    return True


def _root_free_qr(d: list, e: list, first: int, last: int, eps2: float, budget: list) -> bool:
    while first >= last:
        m = last
        for k in range(first, last, -1):
            if abs(e[k - 1]) <= eps2 * abs(d[k] * d[k - 1]):
                m = k
                break
        if m > last:
            e[m - 1] = 0.0
        if m == first:
            first -= 1
            continue
        if m == first - 1:
            d[first], d[first - 1] = _lae2(d[first], _sqrt(e[first - 1]), d[first - 1])
            e[first - 1] = 0.0
            first -= 2
            continue
        budget[0] -= 1
        if budget[0] < 0:
            return False
        sigma = _shift(d[first], d[first - 1], e[first - 1])
        c, s = 1.0, 0.0
        gamma = d[m] - sigma
        p = gamma * gamma
        for i in range(m, first):
            bb = e[i]
            r = p + bb
            if i != m:
                e[i - 1] = s * r
            old_c, c, s = c, p / r, bb / r
            old_gamma, alpha = gamma, d[i + 1]
            gamma = c * (alpha - sigma) - s * old_gamma
            d[i] = old_gamma + (alpha - gamma)
            p = (gamma * gamma) / c if c != 0 else old_c * bb
        e[first - 1] = s * p
        d[first] = sigma + gamma
    return True

"""The SVD of a bidiagonal matrix with its vectors, as LAPACK's ``bdsqr`` computes it.

``gesdd`` with vectors (``torch.linalg.svd``, and ``svdvals`` of a tensor that needs a gradient)
solves its bidiagonal matrix with ``bdsdc``, which below 26 columns calls ``bdsqr``: implicit
zero-shift or shifted QR sweeps (``dlas2``, ``dlasv2``, ``dlartg``), each sweep's rotations
applied to the rows of VT and the columns of U (``dlasr``), then the values made positive and
sorted. Every step here is LAPACK's, rounded in the working precision (Python floats for
float64, numpy float32 scalars for float32); the vectors are numpy rows and columns updated as
``dlasr`` updates them.
"""
from __future__ import annotations

from typing import Any, Optional

import numpy as np

from autograd_tui.engine.parity.lapack_dqds import _Precision, las2

_MAXITR = 6


def lartg(f: Any, g: Any, p: _Precision) -> tuple[Any, Any, Any]:
    """``dlartg`` (LAPACK 3.10 and later, unscaled range): (c, s, r), r with the sign of f."""
    if g == 0:
        return p.one, p.zero, f
    if f == 0:
        return p.zero, (p.one if g > 0 else -p.one), abs(g)
    d = p.sqrt(f * f + g * g)
    r = d if f > 0 else -d
    return abs(f) / d, g / r, r


def _sign(a: Any, b: Any) -> Any:
    return abs(a) if b >= 0 and not (b == 0 and np.signbit(b)) else -abs(a)


def lasv2(f: Any, g: Any, h: Any, p: _Precision) -> tuple:
    """``dlasv2``: (ssmin, ssmax, snr, csr, snl, csl) of [[f, g], [0, h]]."""
    t = p.t
    one, two, half, four, zero = p.one, t(2.0), t(0.5), t(4.0), p.zero
    ft, fa, ht, ha = f, abs(f), h, abs(h)
    pmax = 1
    swap = ha > fa
    if swap:
        pmax = 3
        ft, ht = ht, ft
        fa, ha = ha, fa
    gt, ga = g, abs(g)
    if ga == 0:
        ssmin, ssmax = ha, fa
        clt, crt, slt, srt = one, one, zero, zero
    else:
        gasmal = True
        if ga > fa:
            pmax = 2
            if fa / ga < p.eps_e:
                gasmal = False
                ssmax = ga
                ssmin = fa / (ga / ha) if ha > one else (fa / ga) * ha
                clt, slt, srt, crt = one, ht / gt, one, ft / gt
        if gasmal:
            d = fa - ha
            ll = one if d == fa else d / fa
            m = gt / ft
            tt = two - ll
            mm = m * m
            s = p.sqrt(tt * tt + mm)
            r = abs(m) if ll == 0 else p.sqrt(ll * ll + mm)
            a = half * (s + r)
            ssmin = ha / a
            ssmax = fa * a
            if mm == 0:
                if ll == 0:
                    tt = _sign(two, ft) * _sign(one, gt)
                else:
                    tt = gt / _sign(d, ft) + m / tt
            else:
                tt = (m / (s + tt) + m / (r + ll)) * (one + a)
            ll = p.sqrt(tt * tt + four)
            crt = two / ll
            srt = tt / ll
            clt = (crt + srt * m) / a
            slt = (ht / ft) * srt / a
    if swap:
        csl, snl, csr, snr = srt, crt, slt, clt
    else:
        csl, snl, csr, snr = clt, slt, crt, srt
    if pmax == 1:
        tsign = _sign(one, csr) * _sign(one, csl) * _sign(one, f)
    elif pmax == 2:
        tsign = _sign(one, snr) * _sign(one, csl) * _sign(one, g)
    else:
        tsign = _sign(one, snr) * _sign(one, snl) * _sign(one, h)
    ssmax = _sign(ssmax, tsign)
    ssmin = _sign(ssmin, tsign * _sign(one, f) * _sign(one, h))
    return ssmin, ssmax, snr, csr, snl, csl


def _rows(vt: np.ndarray, first: int, cs: list, sn: list, forward: bool) -> None:
    """``dlasr('L', 'V', F/B)`` on rows first .. first + len(cs) of ``vt``."""
    order = range(len(cs)) if forward else range(len(cs) - 1, -1, -1)
    for j in order:
        c, s = cs[j], sn[j]
        if c != 1 or s != 0:
            a, b = vt[first + j].copy(), vt[first + j + 1].copy()
            vt[first + j + 1] = c * b - s * a
            vt[first + j] = s * b + c * a


def _columns(u: np.ndarray, first: int, cs: list, sn: list, forward: bool) -> None:
    """``dlasr('R', 'V', F/B)`` on columns first .. first + len(cs) of ``u``."""
    order = range(len(cs)) if forward else range(len(cs) - 1, -1, -1)
    for j in order:
        c, s = cs[j], sn[j]
        if c != 1 or s != 0:
            a, b = u[:, first + j].copy(), u[:, first + j + 1].copy()
            u[:, first + j + 1] = c * b - s * a
            u[:, first + j] = s * b + c * a


def bdsqr(d: list, e: list, vt: np.ndarray, u: np.ndarray, single: bool) -> Optional[list]:
    """``bdsqr('U')`` with vectors: returns the singular values (descending) and updates ``vt``
    (n x ncvt, rotated by rows) and ``u`` (nru x n, by columns) in place; None if it fails to
    converge."""
    p = _Precision(single)
    t = p.t
    zero = p.zero
    n = len(d)
    d = [t(v) for v in d]
    e = [t(v) for v in e] + [zero]
    if n > 1 and not _sweeps(d, e, vt, u, p):
        return None
    for i in range(n):
        if d[i] < 0:
            d[i] = -d[i]
            vt[i] = -vt[i]
        elif d[i] == 0:
            d[i] = zero
    for i in range(n - 1):
        isub, smin = 0, d[0]
        for j in range(1, n - i):
            if d[j] <= smin:
                isub, smin = j, d[j]
        last = n - 1 - i
        if isub != last:
            d[isub] = d[last]
            d[last] = smin
            vt[[isub, last]] = vt[[last, isub]]
            u[:, [isub, last]] = u[:, [last, isub]]
    return d


def _sweeps(d: list, e: list, vt: np.ndarray, u: np.ndarray, p: _Precision) -> bool:
    t = p.t
    zero = p.zero
    n = len(d)
    eps = p.eps_e
    unfl = p.safmin
    tolmul = max(t(10.0), min(t(100.0), t(float(eps) ** -0.125)))
    tol = tolmul * eps
    smax = zero
    for i in range(n):
        smax = max(smax, abs(d[i]))
    for i in range(n - 1):
        smax = max(smax, abs(e[i]))
    sminoa = abs(d[0])
    if sminoa != 0:
        mu = sminoa
        for i in range(1, n):
            mu = abs(d[i]) * (mu / (mu + abs(e[i - 1])))
            sminoa = min(sminoa, mu)
            if sminoa == 0:
                break
    sminoa = sminoa / p.sqrt(t(float(n)))
    thresh = max(tol * sminoa, t(_MAXITR) * (t(n) * (t(n) * unfl)))
    maxitdivn = _MAXITR * n
    iterdivn = 0
    it = -1
    oldll, oldm = -1, -1
    idir = 0
    m = n  # 1-based as LAPACK's; d[i - 1] is D(I)
    while True:
        if m <= 1:
            return True
        if it >= n:
            it -= n
            iterdivn += 1
            if iterdivn >= maxitdivn:
                return False
        smax = abs(d[m - 1])
        ll = 0
        for lll in range(1, m):
            cand = m - lll
            abss, abse = abs(d[cand - 1]), abs(e[cand - 1])
            if abse <= thresh:
                ll = cand
                break
            smax = max(smax, abss, abse)
        if ll:
            e[ll - 1] = zero
            if ll == m - 1:
                m -= 1
                continue
        ll += 1
        if ll == m - 1:
            sigmn, sigmx, sinr, cosr, sinl, cosl = lasv2(d[m - 2], e[m - 2], d[m - 1], p)
            d[m - 2], e[m - 2], d[m - 1] = sigmx, zero, sigmn
            _rot_rows(vt, m - 2, cosr, sinr)
            _rot_cols(u, m - 2, cosl, sinl)
            m -= 2
            continue
        if ll > oldm or m < oldll:
            idir = 1 if abs(d[ll - 1]) >= abs(d[m - 1]) else 2
        converged = False
        if idir == 1:
            if abs(e[m - 2]) <= abs(tol) * abs(d[m - 1]):
                e[m - 2] = zero
                continue
            mu = abs(d[ll - 1])
            smin = mu
            for lll in range(ll, m):
                if abs(e[lll - 1]) <= tol * mu:
                    e[lll - 1] = zero
                    converged = True
                    break
                mu = abs(d[lll]) * (mu / (mu + abs(e[lll - 1])))
                smin = min(smin, mu)
        else:
            if abs(e[ll - 1]) <= abs(tol) * abs(d[ll - 1]):
                e[ll - 1] = zero
                continue
            mu = abs(d[m - 1])
            smin = mu
            for lll in range(m - 1, ll - 1, -1):
                if abs(e[lll - 1]) <= tol * mu:
                    e[lll - 1] = zero
                    converged = True
                    break
                mu = abs(d[lll - 1]) * (mu / (mu + abs(e[lll - 1])))
                smin = min(smin, mu)
        if converged:
            continue
        oldll, oldm = ll, m
        if t(n) * tol * (smin / smax) <= max(eps, t(0.01) * tol):
            shift = zero
        else:
            if idir == 1:
                sll = abs(d[ll - 1])
                shift, _ = las2(d[m - 2], e[m - 2], d[m - 1], p)
            else:
                sll = abs(d[m - 1])
                shift, _ = las2(d[ll - 1], e[ll - 1], d[ll], p)
            if sll > 0 and (shift / sll) * (shift / sll) < eps:
                shift = zero
        it += m - ll
        if shift == 0:
            _zero_shift(d, e, vt, u, ll, m, idir, thresh, p)
        else:
            _shifted(d, e, vt, u, ll, m, idir, shift, thresh, p)


def _rot_rows(vt: np.ndarray, i: int, c: Any, s: Any) -> None:
    """``drot`` on rows i and i + 1 of vt."""
    x, y = vt[i].copy(), vt[i + 1].copy()
    vt[i] = c * x + s * y
    vt[i + 1] = c * y - s * x


def _rot_cols(u: np.ndarray, i: int, c: Any, s: Any) -> None:
    x, y = u[:, i].copy(), u[:, i + 1].copy()
    u[:, i] = c * x + s * y
    u[:, i + 1] = c * y - s * x


def _slots(k: int, p: _Precision) -> tuple[list, list, list, list]:
    """The rotations of a sweep from the bottom, stored at their plane's index."""
    return [p.one] * k, [p.zero] * k, [p.one] * k, [p.zero] * k


def _finish(vt: np.ndarray, u: np.ndarray, ll: int, m: int, vt_rotations: tuple, u_rotations: tuple,
            down: bool, e: list, thresh: Any, p: _Precision) -> None:
    """A sweep's rotations applied to VT's rows and U's columns (``dlasr``, forward for a sweep
    down the matrix), and its last off-diagonal entry set to zero if negligible."""
    _rows(vt, ll - 1, vt_rotations[0], vt_rotations[1], down)
    _columns(u, ll - 1, u_rotations[0], u_rotations[1], down)
    last = m - 2 if down else ll - 1
    if abs(e[last]) <= thresh:
        e[last] = p.zero


def _zero_shift(d: list, e: list, vt: np.ndarray, u: np.ndarray, ll: int, m: int, idir: int,
                thresh: Any, p: _Precision) -> None:
    one = p.one
    cs, oldcs = one, one
    oldsn = p.zero
    rcs, rsn, lcs, lsn = [], [], [], []
    if idir == 1:
        for i in range(ll, m):
            cs, sn, r = lartg(d[i - 1] * cs, e[i - 1], p)
            if i > ll:
                e[i - 2] = oldsn * r
            oldcs, oldsn, d[i - 1] = lartg(oldcs * r, d[i] * sn, p)
            rcs.append(cs)
            rsn.append(sn)
            lcs.append(oldcs)
            lsn.append(oldsn)
        h = d[m - 1] * cs
        d[m - 1] = h * oldcs
        e[m - 2] = h * oldsn
        _finish(vt, u, ll, m, (rcs, rsn), (lcs, lsn), True, e, thresh, p)
    else:
        rcs, rsn, lcs, lsn = _slots(m - ll, p)
        for i in range(m, ll, -1):
            cs, sn, r = lartg(d[i - 1] * cs, e[i - 2], p)
            if i < m:
                e[i - 1] = oldsn * r
            oldcs, oldsn, d[i - 1] = lartg(oldcs * r, d[i - 2] * sn, p)
            rcs[i - ll - 1], rsn[i - ll - 1] = cs, -sn
            lcs[i - ll - 1], lsn[i - ll - 1] = oldcs, -oldsn
        h = d[ll - 1] * cs
        d[ll - 1] = h * oldcs
        e[ll - 1] = h * oldsn
        _finish(vt, u, ll, m, (lcs, lsn), (rcs, rsn), False, e, thresh, p)


def _shifted(d: list, e: list, vt: np.ndarray, u: np.ndarray, ll: int, m: int, idir: int,
             shift: Any, thresh: Any, p: _Precision) -> None:
    one = p.one
    rcs, rsn, lcs, lsn = [], [], [], []
    if idir == 1:
        f = (abs(d[ll - 1]) - shift) * (_sign(one, d[ll - 1]) + shift / d[ll - 1])
        g = e[ll - 1]
        for i in range(ll, m):
            cosr, sinr, r = lartg(f, g, p)
            if i > ll:
                e[i - 2] = r
            f = cosr * d[i - 1] + sinr * e[i - 1]
            e[i - 1] = cosr * e[i - 1] - sinr * d[i - 1]
            g = sinr * d[i]
            d[i] = cosr * d[i]
            cosl, sinl, r = lartg(f, g, p)
            d[i - 1] = r
            f = cosl * e[i - 1] + sinl * d[i]
            d[i] = cosl * d[i] - sinl * e[i - 1]
            if i < m - 1:
                g = sinl * e[i]
                e[i] = cosl * e[i]
            rcs.append(cosr)
            rsn.append(sinr)
            lcs.append(cosl)
            lsn.append(sinl)
        e[m - 2] = f
        _finish(vt, u, ll, m, (rcs, rsn), (lcs, lsn), True, e, thresh, p)
    else:
        rcs, rsn, lcs, lsn = _slots(m - ll, p)
        f = (abs(d[m - 1]) - shift) * (_sign(one, d[m - 1]) + shift / d[m - 1])
        g = e[m - 2]
        for i in range(m, ll, -1):
            cosr, sinr, r = lartg(f, g, p)
            if i < m:
                e[i - 1] = r
            f = cosr * d[i - 1] + sinr * e[i - 2]
            e[i - 2] = cosr * e[i - 2] - sinr * d[i - 1]
            g = sinr * d[i - 2]
            d[i - 2] = cosr * d[i - 2]
            cosl, sinl, r = lartg(f, g, p)
            d[i - 1] = r
            f = cosl * e[i - 2] + sinl * d[i - 2]
            d[i - 2] = cosl * d[i - 2] - sinl * e[i - 2]
            if i > ll + 1:
                g = sinl * e[i - 3]
                e[i - 3] = cosl * e[i - 3]
            rcs[i - ll - 1], rsn[i - ll - 1] = cosr, -sinr
            lcs[i - ll - 1], lsn[i - ll - 1] = cosl, -sinl
        e[ll - 1] = f
        _finish(vt, u, ll, m, (lcs, lsn), (rcs, rsn), False, e, thresh, p)

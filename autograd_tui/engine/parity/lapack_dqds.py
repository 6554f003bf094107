"""The singular values of a bidiagonal matrix as LAPACK's ``dlasq1`` computes them (dqds).

``torch.linalg.svdvals`` (and ``matrix_norm(ord=2)``, ``cond``, ``matrix_rank``) asks ``gesdd``
for singular values only (``jobz='N'``); for a bidiagonal matrix of any size up to 25 that ends
in ``bdsqr`` without vectors, which hands the problem to ``dlasq1``: the differential quotient
difference algorithm with shifts (``dlasq2`` to ``dlasq6``) on the squared, scaled entries. The
routines below follow LAPACK's steps one rounding at a time, in the working precision (Python
floats for float64, numpy float32 scalars for float32), so the values come out with MKL's bits
(``docs/parity-linalg-svd.md`` has the measured rates). Indices are LAPACK's (1-based ``z``).
"""
from __future__ import annotations

import math
from typing import Any, Callable

import numpy as np

_CBIAS = 1.5


class _Precision:
    """The working precision: its type, square root and LAPACK's machine constants."""

    def __init__(self, single: bool) -> None:
        self.single = single
        self.t: Callable[[Any], Any] = np.float32 if single else float
        self.sqrt: Callable[[Any], Any] = np.sqrt if single else math.sqrt
        info = np.finfo(np.float32 if single else np.float64)
        self.eps = self.t(float(info.eps))  # dlamch('P'): eps * base
        self.eps_e = self.t(float(info.eps) / 2)  # dlamch('E')
        self.safmin = self.t(float(info.tiny))
        self.zero = self.t(0.0)
        self.one = self.t(1.0)


def singular_values(d: list, e: list, single: bool) -> list:
    """``dlasq1``: the singular values (descending) of the upper bidiagonal matrix with diagonal
    ``d`` and superdiagonal ``e``; None where dqds gives up (LAPACK then falls back to ``bdsqr``'s
    QR iterations, not reproduced)."""
    p = _Precision(single)
    t = p.t
    n = len(d)
    d = [t(v) for v in d]
    e = [t(v) for v in e]
    if n == 0:
        return []
    if n == 1:
        return [abs(d[0])]
    if n == 2:
        smin, smax = las2(d[0], e[0], d[1], p)
        return [smax, smin]
    sigmx = p.zero
    for i in range(n - 1):
        d[i] = abs(d[i])
        sigmx = max(sigmx, abs(e[i]))
    d[n - 1] = abs(d[n - 1])
    if sigmx == 0:
        return sorted(d, reverse=True)
    for i in range(n):
        sigmx = max(sigmx, d[i])
    scale = p.sqrt(p.eps / p.safmin)
    work = [p.zero] * (2 * n)
    work[0::2] = d
    work[1:2 * n - 1:2] = e
    mul = scale / sigmx  # dlascl: one step for every finite sigmx in range
    work = [(w * mul) for w in work[:2 * n - 1]]
    z = [p.zero] + [w * w for w in work] + [p.zero] * (2 * n + 8)
    if _lasq2(n, z, p) != 0:
        return None  # type: ignore[return-value]
    back = sigmx / scale
    return [p.sqrt(z[i + 1]) * back for i in range(n)]


def las2(f: Any, g: Any, h: Any, p: _Precision) -> tuple[Any, Any]:
    """``dlas2``: the singular values (smaller, larger) of [[f, g], [0, h]]."""
    one, two = p.one, p.t(2.0)
    fa, ga, ha = abs(f), abs(g), abs(h)
    fhmn, fhmx = min(fa, ha), max(fa, ha)
    if fhmn == 0:
        if fhmx == 0:
            return p.zero, ga
        big, small = max(fhmx, ga), min(fhmx, ga)
        return p.zero, big * p.sqrt(one + (small / big) * (small / big))
    if ga < fhmx:
        as_ = one + fhmn / fhmx
        at = (fhmx - fhmn) / fhmx
        au = (ga / fhmx) * (ga / fhmx)
        c = two / (p.sqrt(as_ * as_ + au) + p.sqrt(at * at + au))
        return fhmn * c, fhmx / c
    au = fhmx / ga
    if au == 0:
        return (fhmn * fhmx) / ga, ga
    as_ = one + fhmn / fhmx
    at = (fhmx - fhmn) / fhmx
    c = one / (p.sqrt(one + (as_ * au) * (as_ * au)) + p.sqrt(one + (at * au) * (at * au)))
    ssmin = (fhmn * c) * au
    return ssmin + ssmin, ga / (c + c)


class _State:
    """``dlasq3``'s in/out arguments, kept between calls."""

    def __init__(self, p: _Precision) -> None:
        zero = p.zero
        self.dmin = zero
        self.sigma = zero
        self.desig = zero
        self.qmax = zero
        self.nfail = 0
        self.iter = 2
        self.ndiv = 0
        self.ttype = 0
        self.dmin1 = zero
        self.dmin2 = zero
        self.dn = zero
        self.dn1 = zero
        self.dn2 = zero
        self.g = zero
        self.tau = zero
        self.n0 = 0
        self.pp = 0


def _swap_ends(z: list, i0: int, n0: int, offsets: tuple) -> None:
    ipn4 = 4 * (i0 + n0)
    for i4 in range(4 * i0, 2 * (i0 + n0 - 1) + 1, 4):
        for a, b in offsets:
            z[i4 - a], z[ipn4 - i4 - b] = z[ipn4 - i4 - b], z[i4 - a]


_REVERSE_ALL = ((3, 3), (2, 2), (1, 5), (0, 4))


def _lasq2(n: int, z: list, p: _Precision) -> int:
    """``dlasq2`` on z[1 .. 2n - 1] (q's and e's interleaved, squared): on return z[1 .. n]
    holds the squared singular values, descending. Returns LAPACK's INFO."""
    t = p.t
    zero, half, four = p.zero, t(0.5), t(4.0)
    tol = p.eps * t(100.0)
    tol2 = tol * tol
    z[2 * n] = zero
    emin = z[2]
    qmax = zero
    zmax = zero
    d = zero
    e = zero
    for k in range(1, 2 * (n - 1) + 1, 2):
        if z[k] < 0 or z[k + 1] < 0:
            return -(200 + k)
        d = d + z[k]
        e = e + z[k + 1]
        qmax = max(qmax, z[k])
        emin = min(emin, z[k + 1])
        zmax = max(qmax, zmax, z[k + 1])
    d = d + z[2 * n - 1]
    qmax = max(qmax, z[2 * n - 1])
    if e == 0:
        values = sorted((z[2 * k - 1] for k in range(1, n + 1)), reverse=True)
        z[1:n + 1] = values
        return 0
    trace = d + e
    if trace == 0:
        return 0
    for k in range(2 * n, 1, -2):
        z[2 * k] = zero
        z[2 * k - 1] = z[k]
        z[2 * k - 2] = zero
        z[2 * k - 3] = z[k - 1]
    i0, n0 = 1, n
    if _CBIAS * z[4 * i0 - 3] < z[4 * n0 - 3]:
        _swap_ends(z, i0, n0, ((3, 3), (1, 5)))
    pp = 0
    for _ in range(2):
        d = z[4 * n0 + pp - 3]
        for i4 in range(4 * (n0 - 1) + pp, 4 * i0 + pp - 1, -4):
            if z[i4 - 1] <= tol2 * d:
                z[i4 - 1] = -zero
                d = z[i4 - 3]
            else:
                d = z[i4 - 3] * (d / (d + z[i4 - 1]))
        emin = z[4 * i0 + pp + 1]
        d = z[4 * i0 + pp - 3]
        for i4 in range(4 * i0 + pp, 4 * (n0 - 1) + pp + 1, 4):
            z[i4 - 2 * pp - 2] = d + z[i4 - 1]
            if z[i4 - 1] <= tol2 * d:
                z[i4 - 1] = -zero
                z[i4 - 2 * pp - 2] = d
                z[i4 - 2 * pp] = zero
                d = z[i4 + 1]
            elif p.safmin * z[i4 + 1] < z[i4 - 2 * pp - 2] and p.safmin * z[i4 - 2 * pp - 2] < z[i4 + 1]:
                temp = z[i4 + 1] / z[i4 - 2 * pp - 2]
                z[i4 - 2 * pp] = z[i4 - 1] * temp
                d = d * temp
            else:
                z[i4 - 2 * pp] = z[i4 + 1] * (z[i4 - 1] / z[i4 - 2 * pp - 2])
                d = z[i4 + 1] * (d / z[i4 - 2 * pp - 2])
            emin = min(emin, z[i4 - 2 * pp])
        z[4 * n0 - pp - 2] = d
        qmax = z[4 * i0 - pp - 2]
        for i4 in range(4 * i0 - pp + 2, 4 * n0 - pp - 2 + 1, 4):
            qmax = max(qmax, z[i4])
        pp = 1 - pp
    s = _State(p)
    s.ndiv = 2 * (n0 - i0)
    s.qmax = qmax
    for _ in range(n + 1):
        if n0 < 1:
            break
        s.desig = zero
        s.sigma = zero if n0 == n else -z[4 * n0 - 1]
        if s.sigma < 0:
            return 1
        emax = zero
        emin = abs(z[4 * n0 - 5]) if n0 > i0 else zero
        qmin = z[4 * n0 - 3]
        qmax = qmin
        i4 = 4
        for j4 in range(4 * n0, 7, -4):
            if z[j4 - 5] <= 0:
                i4 = j4
                break
            if qmin >= four * emax:
                qmin = min(qmin, z[j4 - 3])
                emax = max(emax, z[j4 - 5])
            qmax = max(qmax, z[j4 - 7] + z[j4 - 5])
            emin = min(emin, z[j4 - 5])
        i0 = i4 // 4
        pp = 0
        if n0 - i0 > 1:
            dee = z[4 * i0 - 3]
            deemin = dee
            kmin = i0
            for j4 in range(4 * i0 + 1, 4 * n0 - 3 + 1, 4):
                dee = z[j4] * (dee / (dee + z[j4 - 2]))
                if dee <= deemin:
                    deemin = dee
                    kmin = (j4 + 3) // 4
            if (kmin - i0) * 2 < n0 - kmin and deemin <= half * z[4 * n0 - 3]:
                pp = 2
                _swap_ends(z, i0, n0, _REVERSE_ALL)
        s.qmax = qmax
        s.dmin = -max(zero, qmin - t(2.0) * p.sqrt(qmin) * p.sqrt(emax))
        s.pp = pp
        s.n0 = n0
        for _ in range(100 * (n0 - i0 + 1)):
            if i0 > s.n0:
                break
            _lasq3(i0, z, s, p)
            s.pp = 1 - s.pp
            n0 = s.n0
            if s.pp == 0 and n0 - i0 >= 3:
                if z[4 * n0] <= tol2 * s.qmax or z[4 * n0 - 1] <= tol2 * s.sigma:
                    splt = i0 - 1
                    s.qmax = z[4 * i0 - 3]
                    emin = z[4 * i0 - 1]
                    oldemn = z[4 * i0]
                    for j4 in range(4 * i0, 4 * (n0 - 3) + 1, 4):
                        if z[j4] <= tol2 * z[j4 - 3] or z[j4 - 1] <= tol2 * s.sigma:
                            z[j4 - 1] = -s.sigma
                            splt = j4 // 4
                            s.qmax = zero
                            emin = z[j4 + 3]
                            oldemn = z[j4 + 4]
                        else:
                            s.qmax = max(s.qmax, z[j4 + 1])
                            emin = min(emin, z[j4 - 1])
                            oldemn = min(oldemn, z[j4])
                    z[4 * n0 - 1] = emin
                    z[4 * n0] = oldemn
                    i0 = splt + 1
        else:
            return 2  # not converged: LAPACK's INFO = 2 path (left to the caller)
        n0 = s.n0
    else:
        return 3
    values = [z[1]] + [z[4 * k - 3] for k in range(2, n + 1)]
    z[1:n + 1] = sorted(values, reverse=True)
    return 0


def _lasq3(i0: int, z: list, s: _State, p: _Precision) -> None:
    """``dlasq3``: deflate what has converged at the bottom, then one dqds step with a shift."""
    t = p.t
    zero, half, one, two = p.zero, t(0.5), p.one, t(2.0)
    n0in = s.n0
    tol = p.eps * t(100.0)
    tol2 = tol * tol
    while True:
        n0 = s.n0
        if n0 < i0:
            return
        nn = 4 * n0 + s.pp
        if n0 == i0:
            z[4 * n0 - 3] = z[4 * n0 + s.pp - 3] + s.sigma
            s.n0 -= 1
            continue
        if n0 != i0 + 1:
            if not (z[nn - 5] > tol2 * (s.sigma + z[nn - 3]) and z[nn - 2 * s.pp - 4] > tol2 * z[nn - 7]):
                z[4 * n0 - 3] = z[4 * n0 + s.pp - 3] + s.sigma
                s.n0 -= 1
                continue
            if z[nn - 9] > tol2 * s.sigma and z[nn - 2 * s.pp - 8] > tol2 * z[nn - 11]:
                break
        # two eigenvalues deflate at once
        if z[nn - 3] > z[nn - 7]:
            z[nn - 3], z[nn - 7] = z[nn - 7], z[nn - 3]
        tt = half * ((z[nn - 7] - z[nn - 3]) + z[nn - 5])
        if z[nn - 5] > z[nn - 3] * tol2 and tt != 0:
            ss = z[nn - 3] * (z[nn - 5] / tt)
            if ss <= tt:
                ss = z[nn - 3] * (z[nn - 5] / (tt * (one + p.sqrt(one + ss / tt))))
            else:
                ss = z[nn - 3] * (z[nn - 5] / (tt + p.sqrt(tt) * p.sqrt(tt + ss)))
            tt = z[nn - 7] + (ss + z[nn - 5])
            z[nn - 3] = z[nn - 3] * (z[nn - 7] / tt)
            z[nn - 7] = tt
        z[4 * n0 - 7] = z[nn - 7] + s.sigma
        z[4 * n0 - 3] = z[nn - 3] + s.sigma
        s.n0 -= 2
    n0 = s.n0
    if s.pp == 2:
        s.pp = 0
    pp = s.pp
    if s.dmin <= 0 or n0 < n0in:
        if _CBIAS * z[4 * i0 + pp - 3] < z[4 * n0 + pp - 3]:
            _swap_ends(z, i0, n0, _REVERSE_ALL)
            if n0 - i0 <= 4:
                z[4 * n0 + pp - 1] = z[4 * i0 + pp - 1]
                z[4 * n0 - pp] = z[4 * i0 - pp]
            s.dmin2 = min(s.dmin2, z[4 * n0 + pp - 1])
            z[4 * n0 + pp - 1] = min(z[4 * n0 + pp - 1], z[4 * i0 + pp - 1], z[4 * i0 + pp + 3])
            z[4 * n0 - pp] = min(z[4 * n0 - pp], z[4 * i0 - pp], z[4 * i0 - pp + 4])
            s.qmax = max(s.qmax, z[4 * i0 + pp - 3], z[4 * i0 + pp + 1])
            s.dmin = -zero
    _lasq4(i0, n0, z, pp, n0in, s, p)
    while True:
        _lasq5(i0, n0, z, pp, s, p)
        s.ndiv += n0 - i0 + 2
        s.iter += 1
        if s.dmin >= 0 and s.dmin1 >= 0:
            break
        if (s.dmin < 0 and s.dmin1 > 0 and z[4 * (n0 - 1) - pp] < tol * (s.sigma + s.dn1)
                and abs(s.dn) < tol * s.sigma):
            z[4 * (n0 - 1) - pp + 2] = zero
            s.dmin = zero
            break
        if s.dmin < 0:
            s.nfail += 1
            if s.ttype < -22:
                s.tau = zero
            elif s.dmin1 > 0:
                s.tau = (s.tau + s.dmin) * (one - two * p.eps)
                s.ttype -= 11
            else:
                s.tau = t(0.25) * s.tau
                s.ttype -= 12
            continue
        if s.dmin != s.dmin:  # NaN
            if s.tau == 0:
                _lasq6_step(i0, n0, z, pp, s, p)
                break
            s.tau = zero
            continue
        _lasq6_step(i0, n0, z, pp, s, p)
        break
    if s.tau < s.sigma:
        s.desig = s.desig + s.tau
        tt = s.sigma + s.desig
        s.desig = s.desig - (tt - s.sigma)
    else:
        tt = s.sigma + s.tau
        s.desig = s.sigma - (tt - s.tau) + s.desig
    s.sigma = tt


def _lasq6_step(i0: int, n0: int, z: list, pp: int, s: _State, p: _Precision) -> None:
    _lasq6(i0, n0, z, pp, s, p)
    s.ndiv += n0 - i0 + 2
    s.iter += 1
    s.tau = p.zero


def _lasq4(i0: int, n0: int, z: list, pp: int, n0in: int, s: _State, p: _Precision) -> None:
    """``dlasq4``: the shift. Its early returns leave ``tau`` as it was, as LAPACK's do."""
    t = p.t
    zero, one, half, two = p.zero, p.one, t(0.5), t(2.0)
    qurtr, third = t(0.25), t(0.333)
    cnst1, cnst2, cnst3 = t(0.563), t(1.01), t(1.05)
    dmin, dn, dn1, dn2, dmin1, dmin2 = s.dmin, s.dn, s.dn1, s.dn2, s.dmin1, s.dmin2
    if dmin <= 0:
        s.tau = -dmin
        s.ttype = -1
        return
    nn = 4 * n0 + pp
    if n0in == n0:
        if dmin == dn or dmin == dn1:
            b1 = p.sqrt(z[nn - 3]) * p.sqrt(z[nn - 5])
            b2 = p.sqrt(z[nn - 7]) * p.sqrt(z[nn - 9])
            a2 = z[nn - 7] + z[nn - 5]
            if dmin == dn and dmin1 == dn1:
                gap2 = dmin2 - a2 - dmin2 * qurtr
                if gap2 > 0 and gap2 > b2:
                    gap1 = a2 - dn - (b2 / gap2) * b2
                else:
                    gap1 = a2 - dn - (b1 + b2)
                if gap1 > 0 and gap1 > b1:
                    sh = max(dn - (b1 / gap1) * b1, half * dmin)
                    s.ttype = -2
                else:
                    sh = zero
                    if dn > b1:
                        sh = dn - b1
                    if a2 > (b1 + b2):
                        sh = min(sh, a2 - (b1 + b2))
                    sh = max(sh, third * dmin)
                    s.ttype = -3
            else:
                s.ttype = -4
                sh = qurtr * dmin
                if dmin == dn:
                    gam = dn
                    a2 = zero
                    if z[nn - 5] > z[nn - 7]:
                        return
                    b2 = z[nn - 5] / z[nn - 7]
                    np_ = nn - 9
                else:
                    np_ = nn - 2 * pp
                    gam = dn1
                    if z[np_ - 4] > z[np_ - 2]:
                        return
                    a2 = z[np_ - 4] / z[np_ - 2]
                    if z[nn - 9] > z[nn - 11]:
                        return
                    b2 = z[nn - 9] / z[nn - 11]
                    np_ = nn - 13
                summed = _ratio_sum(z, np_, 4 * i0 - 1 + pp, a2 + b2, b2, p)
                if summed is None:
                    return
                a2 = cnst3 * summed
                if a2 < cnst1:
                    sh = gam * (one - p.sqrt(a2)) / (one + a2)
        elif dmin == dn2:
            s.ttype = -5
            sh = qurtr * dmin
            np_ = nn - 2 * pp
            b1 = z[np_ - 2]
            b2 = z[np_ - 6]
            gam = dn2
            if z[np_ - 8] > b2 or z[np_ - 4] > b1:
                return
            a2 = (z[np_ - 8] / b2) * (one + z[np_ - 4] / b1)
            if n0 - i0 > 2:
                b2 = z[nn - 13] / z[nn - 15]
                summed = _ratio_sum(z, nn - 17, 4 * i0 - 1 + pp, a2 + b2, b2, p)
                if summed is None:
                    return
                a2 = cnst3 * summed
            if a2 < cnst1:
                sh = gam * (one - p.sqrt(a2)) / (one + a2)
        else:
            if s.ttype == -6:
                s.g = s.g + third * (one - s.g)
            elif s.ttype == -18:
                s.g = qurtr * third
            else:
                s.g = qurtr
            sh = s.g * dmin
            s.ttype = -6
    elif n0in == n0 + 1:
        if dmin1 == dn1 and dmin2 == dn2:
            s.ttype = -7
            sh = third * dmin1
            if z[nn - 5] > z[nn - 7]:
                return
            b2 = _ratio_tail(z, 4 * n0 - 9 + pp, 4 * i0 - 1 + pp, z[nn - 5] / z[nn - 7], p, True)
            if b2 is None:
                return
            b2 = p.sqrt(cnst3 * b2)
            a2 = dmin1 / (one + b2 * b2)
            gap2 = half * dmin2 - a2
            if gap2 > 0 and gap2 > b2 * a2:
                sh = max(sh, a2 * (one - cnst2 * a2 * (b2 / gap2) * b2))
            else:
                sh = max(sh, a2 * (one - cnst2 * b2))
                s.ttype = -8
        else:
            sh = qurtr * dmin1
            if dmin1 == dn1:
                sh = half * dmin1
            s.ttype = -9
    elif n0in == n0 + 2:
        if dmin2 == dn2 and two * z[nn - 5] < z[nn - 7]:
            s.ttype = -10
            sh = third * dmin2
            if z[nn - 5] > z[nn - 7]:
                return
            b2 = _ratio_tail(z, 4 * n0 - 9 + pp, 4 * i0 - 1 + pp, z[nn - 5] / z[nn - 7], p, False)
            if b2 is None:
                return
            b2 = p.sqrt(cnst3 * b2)
            a2 = dmin2 / (one + b2 * b2)
            gap2 = z[nn - 7] + z[nn - 9] - p.sqrt(z[nn - 11]) * p.sqrt(z[nn - 9]) - a2
            if gap2 > 0 and gap2 > b2 * a2:
                sh = max(sh, a2 * (one - cnst2 * a2 * (b2 / gap2) * b2))
            else:
                sh = max(sh, a2 * (one - cnst2 * b2))
        else:
            sh = qurtr * dmin2
            s.ttype = -11
    else:
        sh = zero
        s.ttype = -12
    s.tau = sh


def _ratio_sum(z: list, start: int, stop: int, a2: Any, b2: Any, p: _Precision) -> Any:
    """``dlasq4``'s sum of the ratios of successive z down to ``stop`` (included), stopping when
    they become small against the sum; None where ``dlasq4`` returns without a new shift."""
    hundrd, cnst1 = p.t(100.0), p.t(0.563)
    for i4 in range(start, stop - 1, -4):
        if b2 == 0:
            break
        b1 = b2
        if z[i4] > z[i4 - 2]:
            return None
        b2 = b2 * (z[i4] / z[i4 - 2])
        a2 = a2 + b2
        if hundrd * max(b2, b1) < a2 or cnst1 < a2:
            break
    return a2


def _ratio_tail(z: list, start: int, stop: int, b1: Any, p: _Precision, with_previous: bool) -> Any:
    """``dlasq4``'s other sum of ratios (after one or two deflations): b1 times the successive
    ratios, summed from b1 on, until a term is small against the sum (compared with the larger
    of it and the previous term when ``with_previous``); None where ``dlasq4`` returns."""
    hundrd = p.t(100.0)
    b2 = b1
    if b2 == 0:
        return b2
    for i4 in range(start, stop - 1, -4):
        previous = b1
        if z[i4] > z[i4 - 2]:
            return None
        b1 = b1 * (z[i4] / z[i4 - 2])
        b2 = b2 + b1
        if hundrd * (max(b1, previous) if with_previous else b1) < b2:
            break
    return b2


def _lasq5(i0: int, n0: int, z: list, pp: int, s: _State, p: _Precision) -> None:
    """``dlasq5``: one dqds transform with shift ``tau`` (LAPACK 3.7's threshold that flushes
    tiny d to zero when unshifted). MKL's float64 kernel takes the IEEE form (one division per
    step, ``temp`` reused); its float32 kernel the other form (two divisions, stopping at the
    first negative d), which alone matched PyTorch's float32 values."""
    if n0 - i0 - 1 <= 0:
        return
    zero = p.zero
    ieee = not p.single
    tau = s.tau
    dthresh = p.eps * (s.sigma + tau)
    if tau < dthresh * p.t(0.5):
        tau = zero
        s.tau = zero
    flush = tau == 0
    j4 = 4 * i0 + pp - 3
    emin = z[j4 + 4]
    d = z[j4] - tau
    dmin = d
    s.dmin1 = -z[j4]
    # pp = 0 reads q at j4 - 3 + 2 ... (LAPACK's two index patterns): new q, old e, next q, new e
    a_off, b_off, c_off, out_off = (-2, -1, 1, 0) if pp == 0 else (-3, 0, 2, -1)
    for j4 in range(4 * i0, 4 * (n0 - 3) + 1, 4):
        a, b, c, out = j4 + a_off, j4 + b_off, j4 + c_off, j4 + out_off
        z[a] = d + z[b]
        if ieee:
            temp = z[c] / z[a]
            d = d * temp - tau
            z[out] = z[b] * temp
        else:
            if d < 0:
                s.dmin = dmin
                return
            z[out] = z[c] * (z[b] / z[a])
            d = z[c] * (d / z[a]) - tau
        if flush and d < dthresh:
            d = zero
        dmin = min(dmin, d)
        emin = min(z[out], emin)
    s.dn2 = d
    s.dmin2 = dmin
    for step in range(2):
        j4 = 4 * (n0 - 2) - pp + 4 * step
        j4p2 = j4 + 2 * pp - 1
        z[j4 - 2] = d + z[j4p2]
        if not ieee and d < 0:
            s.dmin = dmin
            return
        z[j4] = z[j4p2 + 2] * (z[j4p2] / z[j4 - 2])
        d = z[j4p2 + 2] * (d / z[j4 - 2]) - tau
        dmin = min(dmin, d)
        if step == 0:
            s.dn1 = d
            s.dmin1 = dmin
    s.dn = d
    s.dmin = dmin
    z[j4 + 2] = d
    z[4 * n0 - pp] = emin


def _lasq6(i0: int, n0: int, z: list, pp: int, s: _State, p: _Precision) -> None:
    """``dlasq6``: one dqd transform without shift, guarding against underflow."""
    if n0 - i0 - 1 <= 0:
        return
    zero, safmin = p.zero, p.safmin
    j4 = 4 * i0 + pp - 3
    emin = z[j4 + 4]
    d = z[j4]
    dmin = d

    for j4 in range(4 * i0, 4 * (n0 - 3) + 1, 4):
        a, b, c, out = (j4 - 2, j4 - 1, j4 + 1, j4) if pp == 0 else (j4 - 3, j4, j4 + 2, j4 - 1)
        z[a] = d + z[b]
        if z[a] == 0:
            z[out] = zero
            d = z[c]
            dmin = d
            emin = zero
        elif safmin * z[c] < z[a] and safmin * z[a] < z[c]:
            temp = z[c] / z[a]
            z[out] = z[b] * temp
            d = d * temp
        else:
            z[out] = z[c] * (z[b] / z[a])
            d = z[c] * (d / z[a])
        dmin = min(dmin, d)
        emin = min(emin, z[out])
    dnm2 = d
    s.dmin2 = dmin
    results = []
    for step_index in range(2):
        j4 = 4 * (n0 - 2) - pp + 4 * step_index
        j4p2 = j4 + 2 * pp - 1
        z[j4 - 2] = d + z[j4p2]
        if z[j4 - 2] == 0:
            z[j4] = zero
            d = z[j4p2 + 2]
            dmin = d
            emin = zero
        elif safmin * z[j4p2 + 2] < z[j4 - 2] and safmin * z[j4 - 2] < z[j4p2 + 2]:
            temp = z[j4p2 + 2] / z[j4 - 2]
            z[j4] = z[j4p2] * temp
            d = d * temp
        else:
            z[j4] = z[j4p2 + 2] * (z[j4p2] / z[j4 - 2])
            d = z[j4p2 + 2] * (d / z[j4 - 2])
        dmin = min(dmin, d)
        if step_index == 0:
            s.dmin1 = dmin
        results.append(d)
    dnm1, dn = results
    z[j4 + 2] = dn
    z[4 * n0 - pp] = emin
    s.dmin, s.dn, s.dn1, s.dn2 = dmin, dn, dnm1, dnm2

"""``torch.special.zeta(x, q)``, the Hurwitz zeta function, as ATen's CPU kernel computes it:
Cephes' algorithm in double for float32 and float64 alike (ATen's accumulation type), but for
its first term q^-x, the C library's ``pow`` of the arguments in their own type (``powf`` for
float32); the result rounded once to the tensor's type. Up to nine terms (and on until q + n > 9) of the sum
of (q + n)^-x, each a call of the C library's ``pow``, stopping where a term falls below
2^-53 of the sum; then the Euler-Maclaurin tail with twelve Bernoulli terms, stopping likewise.
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine.parity.libm import c_binary

__all__ = ["zeta_array"]

_MACHEP = 1.11022302462515654042e-16
# (2k)! / B_2k, Cephes' table
_EULER_MACLAURIN = (12.0, -720.0, 30240.0, -1209600.0, 47900160.0, -1.8924375803183791606e9, 7.47242496e10,
                    -2.950130727918164224e12, 1.1646782814350067249e14, -4.5979787224074726105e15,
                    1.8152105401943546773e17, -7.1661652561756670113e18)


def _pow(base: np.ndarray, exponent: np.ndarray) -> np.ndarray:
    out = c_binary("pow", base, exponent)
    return np.power(base, exponent) if out is None else out


def zeta_array(x: np.ndarray, q: np.ndarray) -> np.ndarray:
    """zeta(x, q) of two arrays of one shape and type, in that type."""
    kind = np.result_type(x, q)
    x, q = (np.ascontiguousarray(v, kind) for v in np.broadcast_arrays(x, q))
    # the first term is std::pow of the arguments in their own type (powf for float32)
    first = _pow(q, -x).astype(np.float64)
    x, q = x.astype(np.float64), q.astype(np.float64)
    out = np.full(x.shape, np.nan)
    with np.errstate(all="ignore"):
        pole = (q <= 0) & (q == np.floor(q))
        edge = (x == 1) | (x < 1) | pole | ((q <= 0) & (x != np.floor(x)))
        out[x == 1] = np.inf
        out[(x > 1) & pole] = np.inf
        live = ~edge & ~np.isnan(x) & ~np.isnan(q)
        xs, qs = x[live], q[live]
        s = first[live]
        a, b = qs.copy(), np.zeros_like(qs)
        result = np.full(qs.shape, np.nan)
        running = np.ones(qs.shape, bool)
        i = 0
        while True:
            step = running & ((i < 9) | (a <= 9))
            if not step.any():
                break
            i += 1
            a[step] += 1
            b[step] = _pow(a[step], -xs[step])
            s[step] += b[step]
            converged = step & (-_MACHEP * s < b) & (b < _MACHEP * s)
            result[converged] = s[converged]
            running &= ~converged
        w = a.copy()
        s = np.where(running, s + b * w / (xs - 1), s)
        s = np.where(running, s - 0.5 * b, s)
        a, k = np.ones_like(s), np.zeros_like(s)
        for coefficient in _EULER_MACLAURIN:
            a = a * (xs + k)
            b = b / w
            t = a * b / coefficient
            s = s + t
            converged = running & (np.abs(t / s) < _MACHEP)
            result[converged] = s[converged]
            running &= ~converged
            k = k + 1
            a = a * (xs + k)
            b = b / w
            k = k + 1
        result[running] = s[running]
        out[live] = result
    return out.astype(kind)

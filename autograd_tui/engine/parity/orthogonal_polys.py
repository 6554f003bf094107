"""The orthogonal polynomials of ``torch.special`` (Chebyshev T, U, V, W and their shifted forms,
Hermite H and He, Laguerre L, Legendre P) as ATen's CPU kernels evaluate them, in the tensor's
own precision (float32 in float):

- the three-term recurrence from the first two polynomials, one step per degree, its product
  and difference fused into one multiply-add where the compiler fuses them
  (``fma(2x, q, -p)``; Legendre and Laguerre keep ``k * p`` apart);
- from degree 7 (Chebyshev T; U, V, W from 9, shifted U, V from 7, shifted W from 5) inside
  (-1, 1), the trigonometric form instead (``cos(n acos x)`` and its relatives), with the C
  library's ``acos``/``cos``/``sin`` (``acosf``/... for float32);
- the values ATen returns at the ends and for a negative degree (0).

A degree given as a float is cut to an integer, as ATen's ``static_cast<int64_t>``; one that is
not finite counts as negative.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from autograd_tui.engine.parity.float32_math import fma
from autograd_tui.engine.parity.libm import c_unary

__all__ = ["POLYNOMIALS", "evaluate"]


def _c(name: str, a: np.ndarray) -> np.ndarray:
    out = c_unary(name, a)
    return getattr(np, {"acos": "arccos"}.get(name, name))(a) if out is None else out


def _trig_t(x: np.ndarray, n: int) -> np.ndarray:
    t = x.dtype.type
    return _c("cos", t(n) * _c("acos", x))


def _trig_u(x: np.ndarray, n: int) -> np.ndarray:
    t = x.dtype.type
    theta = _c("acos", x)
    s = _c("sin", theta)
    return np.where(s != 0, _c("sin", t(n + 1) * theta) / s, t(n + 1) * _c("cos", t(n + 1) * theta) / x)


def _trig_v(x: np.ndarray, n: int) -> np.ndarray:
    t = x.dtype.type
    theta = _c("acos", x)
    edge = t(n + n + 1) if n % 2 == 0 else t(-(n + n + 1))
    return np.where(_c("sin", theta / t(2)) != 1, _c("cos", (t(n) + t(0.5)) * theta) / _c("cos", theta / t(2)), edge)


def _trig_w(x: np.ndarray, n: int, positive_edge: np.ndarray) -> np.ndarray:
    t = x.dtype.type
    theta = _c("acos", x)
    edge = np.where(positive_edge, t(n + n + 1), t(1) if n % 2 == 0 else t(-1))
    return np.where(_c("cos", theta / t(2)) != 1, _c("sin", (t(n) + t(0.5)) * theta) / _c("sin", theta / t(2)), edge)


def _chebyshev_steps(y: np.ndarray, first: np.ndarray, n: int, two_y: np.ndarray) -> np.ndarray:
    """p_k = 2y p_{k-1} - p_{k-2} from p_0 = 1, p_1 = ``first``, up to degree n >= 2."""
    p, q = np.ones_like(y), first
    for _ in range(2, n + 1):
        p, q = q, fma(two_y, q, -p)
    return q


def _chebyshev(kind: str, shifted: bool) -> Callable[[np.ndarray, int], np.ndarray]:
    trig_from = {"t": 7, "u": 9, "v": 9, "w": 9} if not shifted else {"t": 7, "u": 7, "v": 7, "w": 5}

    def run(x: np.ndarray, n: int) -> np.ndarray:
        t = x.dtype.type
        y = x + x - t(1) if shifted else x
        two_y = y + y
        first = {"t": y, "u": two_y, "v": two_y - t(1), "w": two_y + t(1)}[kind]
        if n == 0:
            out = np.ones_like(x)
        elif n == 1:
            out = first
        else:
            out = _chebyshev_steps(y, first, n, two_y)
        if n >= trig_from[kind]:
            inside = np.abs(y) < 1
            if inside.any():
                yi = y[inside]
                trig = {"t": lambda: _trig_t(yi, n), "u": lambda: _trig_u(yi, n), "v": lambda: _trig_v(yi, n),
                        "w": lambda: _trig_w(yi, n, (x[inside] > 0) if not shifted else np.zeros(yi.shape, bool))}
                out = out.copy()
                out[inside] = trig[kind]()
        return _chebyshev_ends(kind, shifted, x, n, out)
    return run


def _chebyshev_ends(kind: str, shifted: bool, x: np.ndarray, n: int, out: np.ndarray) -> np.ndarray:
    """The values ATen returns at x = +-1 (the shifted forms: x = 1 and 0) before any arithmetic."""
    t = x.dtype.type
    upper, lower = (x == 1, x == 0) if shifted else (x == 1, x == -1)
    even = n % 2 == 0
    sign = t(1) if even else t(-1)
    at_upper = {"t": t(1), "u": t(n + 1), "v": t(1), "w": t(n + n + 1)}[kind]
    at_lower = {"t": sign, "u": sign * t(n + 1), "v": sign * t(n + n + 1), "w": sign}[kind]
    return np.where(upper, at_upper, np.where(lower, at_lower, out))


def _hermite_h(x: np.ndarray, n: int) -> np.ndarray:
    t = x.dtype.type
    if n == 0:
        return np.ones_like(x)
    if n == 1:
        return x + x
    if n > (128 if t is np.float32 else 512):
        return np.full_like(x, np.nan)
    two_x = x + x
    p, q = np.ones_like(x), two_x
    for k in range(2, n + n, 2):
        p, q = q, fma(two_x, q, -(t(k) * p))
    return q


def _hermite_he(x: np.ndarray, n: int) -> np.ndarray:
    t = x.dtype.type
    if n == 0:
        return np.ones_like(x)
    if n == 1:
        return x.copy()
    if n > (128 if t is np.float32 else 512):
        return np.full_like(x, np.nan)
    p, q = np.ones_like(x), x
    for k in range(1, n):
        p, q = q, fma(x, q, -(t(k) * p))
    return q


def _laguerre(x: np.ndarray, n: int) -> np.ndarray:
    t = x.dtype.type
    if n == 0:
        out = np.ones_like(x)
    else:
        one_minus = t(1) - x
        p, q = np.ones_like(x), one_minus
        for k in range(1, n):
            p, q = q, fma(t(k + k) + one_minus, q, -(t(k) * p)) / t(k + 1)
        out = q
    return np.where(x == 0, t(1), out)


def _legendre(x: np.ndarray, n: int) -> np.ndarray:
    t = x.dtype.type
    if n == 0:
        out = np.ones_like(x)
    elif n == 1:
        out = x.copy()
    else:
        p, q = np.ones_like(x), x
        for k in range(1, n):
            p, q = q, fma(t(k + k + 1) * x, q, -(t(k) * p)) / t(k + 1)
        out = q
    sign = t(1) if n % 2 == 0 else t(-1)
    return np.where(x == 1, t(1), np.where(x == -1, sign, out))


POLYNOMIALS: dict[str, Callable[[np.ndarray, int], np.ndarray]] = {
    "chebyshev_polynomial_t": _chebyshev("t", False), "chebyshev_polynomial_u": _chebyshev("u", False),
    "chebyshev_polynomial_v": _chebyshev("v", False), "chebyshev_polynomial_w": _chebyshev("w", False),
    "shifted_chebyshev_polynomial_t": _chebyshev("t", True), "shifted_chebyshev_polynomial_u": _chebyshev("u", True),
    "shifted_chebyshev_polynomial_v": _chebyshev("v", True), "shifted_chebyshev_polynomial_w": _chebyshev("w", True),
    "hermite_polynomial_h": _hermite_h, "hermite_polynomial_he": _hermite_he,
    "laguerre_polynomial_l": _laguerre, "legendre_polynomial_p": _legendre,
}


def _degrees(n: np.ndarray) -> np.ndarray:
    """ATen's ``static_cast<int64_t>(n)``: cut toward zero; NaN, infinities and what overflows negative."""
    if n.dtype.kind in "iub":
        return n.astype(np.int64)
    with np.errstate(invalid="ignore"):
        ok = np.isfinite(n) & (np.abs(n) < 2.0 ** 63)
        return np.where(ok, np.trunc(np.where(ok, n, 0)), -1).astype(np.int64)


def evaluate(name: str, x: np.ndarray, n: np.ndarray) -> np.ndarray:
    """``name`` at each (x, n) pair of two arrays of one shape, ``x`` in the result's type."""
    kernel = POLYNOMIALS[name]
    degrees = _degrees(n)
    out = np.zeros_like(x)
    with np.errstate(all="ignore"):
        for degree in np.unique(degrees):
            if degree < 0:
                continue
            where = degrees == degree
            out[where] = kernel(x[where], int(degree))
    return out

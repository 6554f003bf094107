"""The gamma family: ``lgamma``, ``digamma``, ``polygamma`` and ``mvlgamma``.

``lgamma`` is the C library's (``parity/libm.py``), as PyTorch's kernel calls it. ``digamma``
and trigamma (``polygamma(1, x)``) follow the textbook scheme PyTorch's CPU kernels use, step
for step in the tensor's own precision so that float32 rounds where PyTorch's does: reflection
for negative x, the recurrence psi(x) = psi(x + 1) - 1/x up to 10, then the asymptotic series
in 1/x^2. Higher orders are (-1)^(n+1) n! zeta(n + 1, x), with the Hurwitz zeta function summed
in float64 (Euler-Maclaurin) and rounded once.
"""
from __future__ import annotations

import math
from fractions import Fraction

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.functions._common import _R
from autograd_tui.engine.functions.creation import arange
from autograd_tui.engine.functions.pointwise import _unary
from autograd_tui.engine.parity.libm import lgamma_array

__all__ = ["lgamma", "digamma", "polygamma", "polygamma_inplace_result", "mvlgamma", "digamma_array", "polygamma_array",
           "mvlgamma_array", "mvlgamma_backward", "lgamma_array"]

# psi(10), the value the recurrence lands on for integers
_PSI_10 = 2.25175258906672110764
# B_2k / 2k, the coefficients of 1/x^2k in psi's asymptotic series, highest power first (Horner).
_PSI_SERIES = tuple(float(Fraction(b) / (2 * k)) for k, b in reversed(list(enumerate(
    (Fraction(1, 6), Fraction(-1, 30), Fraction(1, 42), Fraction(-1, 30), Fraction(5, 66),
     Fraction(-691, 2730), Fraction(7, 6)), start=1))))
# (2k)! / B_2k: the Euler-Maclaurin tail of the Hurwitz zeta function divides by these.
_BERNOULLI = (Fraction(1, 6), Fraction(-1, 30), Fraction(1, 42), Fraction(-1, 30), Fraction(5, 66),
              Fraction(-691, 2730), Fraction(7, 6), Fraction(-3617, 510), Fraction(43867, 798),
              Fraction(-174611, 330), Fraction(854513, 138), Fraction(-236364091, 2730))
_ZETA_DIVISORS = tuple(float(math.factorial(2 * k) / b) for k, b in enumerate(_BERNOULLI, start=1))


def digamma_array(a: np.ndarray) -> np.ndarray:
    t = a.dtype.type
    x = a.copy()
    with np.errstate(all="ignore"):
        negative = (x < 0) & (x != np.trunc(x))
        # psi(x) = psi(1 - x) - pi / tan(pi x): the tangent of x's fractional part, in double.
        frac = np.fmod(x[negative].astype(np.float64), 1.0)
        reflect = (np.pi / np.tan(np.pi * frac)).astype(a.dtype)
        x[negative] = t(1) - x[negative]
        result = np.zeros_like(x)
        for _ in range(10):
            small = x < 10
            if not small.any():
                break
            result = np.where(small, result - t(1) / x, result)
            x = np.where(small, x + t(1), x)
        z = t(1) / (x * x)
        poly = np.full_like(x, t(_PSI_SERIES[0]))
        for c in _PSI_SERIES[1:]:
            poly = poly * z + t(c)
        series = np.where(x < t(1e17), z * poly, t(0))
        log_x = np.log(x.astype(np.float64)).astype(a.dtype)
        out = result + log_x - t(0.5) / x - series
        out = np.where(x == 10, result + t(_PSI_10), out)
        out[negative] = out[negative] - reflect
        out = np.where((a < 0) & (a == np.trunc(a)), t(np.nan), out)
        out = np.where(a == 0, np.copysign(t(np.inf), -a), out)
    return out.astype(a.dtype)


def trigamma_array(a: np.ndarray) -> np.ndarray:
    t = a.dtype.type
    pi = t(np.pi)
    x = a.copy()
    with np.errstate(all="ignore"):
        low = x < t(0.5)
        sin_pi_x = np.sin((pi * x).astype(np.float64)).astype(a.dtype)
        result = np.where(low, t(0) - (pi * pi) / (sin_pi_x * sin_pi_x), t(0)).astype(a.dtype)
        x = np.where(low, t(1) - x, x)
        for _ in range(6):
            result = result + t(1) / (x * x)
            x = x + t(1)
        ixx = t(1) / (x * x)
        result = result + (t(1) + t(1) / (t(2) * x)
                           + ixx * (t(1 / 6) - ixx * (t(1 / 30) - ixx * t(1 / 42)))) / x
        return np.where(low, -result, result).astype(a.dtype)


def hurwitz_zeta(s: int, q: np.ndarray) -> np.ndarray:
    """zeta(s, q) = sum over k >= 0 of (q + k)^-s for an integer s >= 2, in float64.

    Euler-Maclaurin summation in the order PyTorch's kernel adds (its rounding follows): the
    terms (q + k)^-s until k >= 9 and q + k > 9 (or a term too small to matter), then the
    integral, half the last term, and the Bernoulli corrections until one is negligible.
    """
    eps = 1.11022302462515654042e-16
    q = np.asarray(q, np.float64)
    with np.errstate(all="ignore"):
        total = q ** -s
        a = q.copy()
        b = np.zeros_like(q)
        done = np.zeros(q.shape, bool)
        i = 0
        while True:
            active = ~done & ((i < 9) | (a <= 9.0))
            if not active.any():
                break
            i += 1
            a = np.where(active, a + 1.0, a)
            b = np.where(active, a ** -s, b)
            total = np.where(active, total + b, total)
            done |= active & (-eps * total < b) & (b < eps * total)
        w = a
        tail = ~done
        total = np.where(tail, total + b * w / (s - 1) - 0.5 * b, total)
        rising, k = np.ones_like(q), 0.0
        for inverse in _ZETA_DIVISORS:
            rising = rising * (s + k)
            b = b / w
            term = rising * b / inverse
            total = np.where(tail, total + term, total)
            tail &= ~(np.abs(term / total) < eps)
            k += 1.0
            rising = rising * (s + k)
            b = b / w
            k += 1.0
        return np.where((q <= 0) & (q == np.floor(q)), np.inf, total)


def polygamma_array(a: np.ndarray, n: int) -> np.ndarray:
    if n == 0:
        return digamma_array(a)
    if n == 1:
        return trigamma_array(a)
    # n! as exp(lgamma(n + 1)) in double, times zeta already rounded to the tensor's type.
    factor = (1.0 if n % 2 else -1.0) * math.exp(float(lgamma_array(np.array([n + 1.0]))[0]))
    return (factor * hurwitz_zeta(n + 1, a).astype(a.dtype)).astype(a.dtype)


def mvlgamma_array(a: np.ndarray, p: int) -> np.ndarray:
    """The sum of lgamma(x - i/2) for i = p-1 down to 0 (PyTorch's order), plus p(p-1)/4 log(pi)."""
    t = a.dtype.type
    total = np.zeros_like(a)
    for i in range(p - 1, -1, -1):
        total = total + lgamma_array(a + t(-i / 2))
    return total + t(p * (p - 1) * math.log(math.pi) / 4)


def lgamma(input: Tensor) -> Tensor:
    return _unary(_R["lgamma"], input)


def digamma(input: Tensor) -> Tensor:
    return _unary(_R["digamma"], input)


def _order(n, name: str = "polygamma") -> int:
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
        raise TypeError(f"{name}(): argument 'n' (position 1) must be int, not {type(n).__name__}")
    if n < 0:
        raise RuntimeError("polygamma(n, x) does not support negative n.")
    return int(n)


def polygamma(n: int, input: Tensor) -> Tensor:
    return _unary(_R["polygamma"], input, attrs={"n": _order(n)})


def polygamma_method(self: Tensor, n: int) -> Tensor:
    return polygamma(n, self)


def polygamma_inplace_result(self: Tensor, n: int) -> Tensor:
    """What ``self.polygamma_(n)`` writes: the values of polygamma, the in-place overload's node."""
    return _unary(_R["polygamma_"], self, attrs={"n": _order(n)})


def mvlgamma(input: Tensor, p: int) -> Tensor:
    if input.dtype is dtypes.bool_:
        raise RuntimeError("The input tensor may not be a boolean tensor.")
    if p < 1:
        raise RuntimeError("p has to be greater than or equal to 1")
    return _unary(_R["mvlgamma"], input, attrs={"p": int(p)})


def mvlgamma_backward(grad: Tensor, self: Tensor, p: int) -> Tensor:
    steps = arange(-p / 2 + 0.5, 0.5, 0.5, dtype=self.dtype)
    return grad * digamma(self.unsqueeze(-1) + steps).sum(-1)


"""float32 ``tan`` as Intel MKL's ``vsTan`` (SSE4.2 kernel, high accuracy) computes it, which
PyTorch's x86-64 wheel calls for every size and layout.

Measured from its outputs (``tools/fit_float32_vml.py``): for |x| <= 10000 the result is a double
value rounded once to float32, and that value is tan(x)·(1 + ρ) with a relative error ρ of up to
0.48·2^-24 that depends only on the reduced argument r = x - k·π/2 (k the nearest integer to
2x/π): +ρ(r) where k is even, -ρ(r) where it is odd (MKL's polynomial for tan(r), and -1/tan(r)
past π/4), an even function of r that is 0 at r = 0. So the correctly rounded tan differs from
MKL's for about 18% of inputs. ρ(r) is fitted here as a polynomial of degree 8 in r²
(Chebyshev form on [0, (π/4)²], units of 2^-24), the same evaluation in the fit and here. From
|x| > 10000 MKL takes another path whose result is nearly the correctly rounded one (99.5%).

float64 ``tan`` (MKL's ``vdTan``) is the correctly rounded value for 99.94% of inputs on [-10, 10]
(no smooth error: a window of 2,048 consecutive doubles shows one or two stray roundings), where
numpy's ``tan`` matched 99.60%: ``tan64`` rounds the C library's long double ``tanl`` once.
"""
from __future__ import annotations

import numpy as np

__all__ = ["LARGE", "tan", "tan64", "tan_value"]

_LONG_DOUBLE = np.finfo(np.longdouble).nmant >= 63  # x87's 80-bit format (not where it is a double)
EPSILON = 2.0 ** -24
REDUCED_SQUARE_MAX = (np.pi / 4) ** 2
LARGE = 10000.0  # from here on MKL's result is (nearly) correctly rounded
# ρ(r) / 2^-24 in Chebyshev polynomials of u = 2·r²/(π/4)² - 1, lowest degree first (fitted)
COEFFICIENTS = np.array([
    2.42571204632663434e-01, 4.88542581068680294e-03, -4.79904623442609080e-04,
    2.24698239277045277e-02, -2.35503658017326201e-01, -2.23519805776015261e-02,
    -1.70285012384959410e-03, -1.25995347880151175e-04, -7.66233237713403399e-06])
_fitted_power_form: np.ndarray | None = None  # made on first use: numpy.polynomial costs 4 ms to import


def _power_form(coefficients: np.ndarray) -> np.ndarray:
    """The power form of a Chebyshev series (the fitted one kept once made)."""
    global _fitted_power_form
    if coefficients is not COEFFICIENTS:
        return np.polynomial.chebyshev.cheb2poly(coefficients)
    if _fitted_power_form is None:
        _fitted_power_form = np.polynomial.chebyshev.cheb2poly(COEFFICIENTS)
    return _fitted_power_form


def reduced_square(exact: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """r² of the reduced argument and the sign of ρ (+1 where k is even, -1 where odd), from the
    float64 tan itself: atan(tan x) is x mod π, at most π/4 from zero exactly when k is even."""
    folded = np.arctan(exact)
    odd = np.abs(folded) > np.pi / 4
    reduced = np.where(odd, folded - np.copysign(np.pi / 2, folded), folded)
    return reduced * reduced, np.where(odd, -1.0, 1.0)


def relative_error(square: np.ndarray, coefficients: np.ndarray = COEFFICIENTS) -> np.ndarray:
    """ρ in units of 2^-24 at r² = ``square``: Horner's steps, in place, on the power form of the
    Chebyshev series (numpy's ``chebval`` costs several times as much on a few elements)."""
    u = square * (2 / REDUCED_SQUARE_MAX) - 1
    powers = _power_form(coefficients)
    value = u * powers[-1]
    for coefficient in powers[-2:0:-1]:
        value += coefficient
        value *= u
    value += powers[0]
    return value


def tan_value(x: np.ndarray, coefficients: np.ndarray = COEFFICIENTS) -> np.ndarray:
    """The float64 value MKL rounds to float32 (|x| <= ``LARGE``), for the float32 inputs ``x``."""
    exact = np.tan(x.astype(np.float64))
    square, sign = reduced_square(exact)
    return exact * (1 + sign * relative_error(square, coefficients) * EPSILON)


def tan(x: np.ndarray) -> np.ndarray:
    """float32 tan of a float32 array, MKL's bits."""
    with np.errstate(invalid="ignore"):
        out = tan_value(x).astype(np.float32)
        large = ~(np.abs(x) <= LARGE)  # NaN and ±inf too: the correctly rounded value (NaN) there
        if large.any():
            out[large] = np.tan(x[large].astype(np.float64)).astype(np.float32)
    return out


def tan64(x: np.ndarray) -> np.ndarray:
    """float64 tan of a float64 array, correctly rounded (nearly always) where long double has
    64 bits of mantissa; numpy's ``tan`` elsewhere."""
    if not _LONG_DOUBLE:
        return np.tan(x)
    with np.errstate(invalid="ignore"):
        return np.tan(x.astype(np.longdouble)).astype(np.float64)

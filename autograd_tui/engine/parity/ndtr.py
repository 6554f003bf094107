"""``torch.special.erfcx`` (the scaled complementary error function exp(x²)·erfc(x)) and
``torch.special.log_ndtr`` (the log of the standard normal CDF), as ATen's scalar loops compute them.

ATen's ``calc_log_ndtr`` takes t = x·√½ in the tensor's precision, then for x ≥ -1
``log1p(-erfc(t) / 2)`` and below ``log(erfcx(-t) / 2) - t·t``, each step rounded to that
precision, with the C library's ``erfc``/``log1p``/``log`` (``erfcf``/... for float32): those
steps are done here the same way, through the same C functions (``libm.c_unary``).

Its ``erfcx`` is a table of Chebyshev fits (Johnson's Faddeeva package) that the engine does not
carry. Here erfcx is exp(x²)·erfc(x) worked out in the C library's long double (``expl``,
``erfcl``) and rounded once, or a continued fraction where erfc would underflow; beyond 50 it
is ATen's own short expansion. Measured against PyTorch 2.13 on 500,000 inputs
(tools/check_ndtr.py), log_ndtr gives PyTorch's bits for 94.5% of them in float32 and float64:
all of x >= -1, 99.8% below -10, 69% in [-3, -1), where the others differ by 1 to 4 units in the
last place (75 float32 values of the 500,000 print differently at 4 digits, no float64 one).
erfcx itself matches for only 27 to 100% by range (up to 8 ulps away: ATen's fit is not
correctly rounded), so ``torch.special.erfcx`` is not offered on top of it.
"""
from __future__ import annotations

import ctypes
import math

import numpy as np

from autograd_tui.engine.parity import libm
from autograd_tui.engine.parity.float32_math import fma

_ISPI = 0.56418958354775628694807945156  # 1/sqrt(pi), the constant of ATen's large-x expansion
_SQRT_HALF = 0.70710678118654752440  # c10::frac_sqrt_2

class _Long(ctypes.c_longdouble):
    """A C long double that ctypes hands back as it is (a subclass is not turned into a Python
    float, which would round it to a double)."""


def _long_function(name: str):
    library = libm._LIBRARY
    usable = ctypes.sizeof(_Long) == np.dtype(np.longdouble).itemsize and np.finfo(np.longdouble).nmant >= 63
    if library is None or not usable or not hasattr(library, name):
        return None
    fn = getattr(library, name)
    fn.argtypes, fn.restype = [_Long], _Long
    return fn


_ERFCL = _long_function("erfcl")
_EXPL = _long_function("expl")


def _long_call(fn, v: np.longdouble) -> np.longdouble:
    result = fn(_Long.from_buffer_copy(np.array(v, np.longdouble).tobytes()))
    return np.frombuffer(bytes(result), np.longdouble)[0]


def _square(y: float) -> tuple[float, float]:
    """y·y as an unevaluated sum hi + lo of two doubles (Dekker's product), exactly."""
    hi = y * y
    c = 134217729.0 * y  # 2**27 + 1: splits y into two 26-bit halves
    y_hi = c - (c - y)
    y_lo = y - y_hi
    return hi, ((y_hi * y_hi - hi) + 2 * y_hi * y_lo) + y_lo * y_lo


def _erfcx_one(y: float) -> float:
    """exp(y²)·erfc(y) for 0 <= y <= 50, close to correctly rounded to a double."""
    if _ERFCL is not None and _EXPL is not None:
        hi, lo = _square(y)
        scale = _long_call(_EXPL, np.longdouble(hi)) * (np.longdouble(1) + np.longdouble(lo))
        return float(scale * _long_call(_ERFCL, np.longdouble(y)))
    if y < 3:  # no long double functions: double ones (a few ulps)
        hi, lo = _square(y)
        return math.exp(hi) * (1 + lo) * math.erfc(y)
    # erfc(y) loses its precision out there: Laplace's continued fraction, from the bottom up
    tail = 0.0
    for k in range(200, 0, -1):
        tail = (k / 2) / (y + tail)
    return _ISPI / (y + tail)


def _erfcx_large(y: np.ndarray, t: type) -> np.ndarray:
    """ATen's expansion for y > 50 (one term beyond 5e7), in the tensor's precision."""
    ispi = t(_ISPI)
    y2 = y * y
    five = ispi * (y2 * (y2 + t(4.5)) + t(2)) / (y * (y2 * (y2 + t(5)) + t(3.75)))
    return np.where(y > t(5e7), ispi / y, five)


def erfcx_array(a: np.ndarray) -> np.ndarray:
    """erfcx of a float32 or float64 array, in its own type."""
    t = a.dtype.type
    flat = a.reshape(-1)
    with np.errstate(all="ignore"):
        large = flat > 50
        out = _erfcx_large(np.where(large, flat, t(60)), t)
        middle = (flat >= 0) & ~large
        if middle.any():
            out[middle] = np.array([_erfcx_one(v) for v in flat[middle].tolist()]).astype(t)
        negative = flat < 0
        if negative.any():
            # 2·exp(y²) - erfcx(-y), in the tensor's precision (ATen: below -6.1 the first term alone)
            y = flat[negative]
            twice = t(2) * _c("exp", y * y)
            inner = np.array([_erfcx_one(-v) if v >= -6.1 else 0.0 for v in y.tolist()]).astype(t)
            out[negative] = np.where(y < t(-26.7), t(np.inf), np.where(y < t(-6.1), twice, twice - inner))
        out[np.isnan(flat)] = flat[np.isnan(flat)]
    return out.reshape(a.shape)


def log_ndtr_array(a: np.ndarray) -> np.ndarray:
    """log of the standard normal CDF, float32 or float64, as ATen's ``calc_log_ndtr``."""
    t = a.dtype.type
    with np.errstate(all="ignore"):
        s = a * t(_SQRT_HALF)
        low = a < t(-1)
        erfc = _c("erfc", np.where(low, t(0), s))
        upper = _c("log1p", -(erfc / t(2)))
        scaled = erfcx_array(np.where(low, -s, t(0)))
        lower = _c("log", scaled / t(2)) - s * s
        return np.where(low, lower, upper).astype(t)


def _c(name: str, a: np.ndarray) -> np.ndarray:
    """The C library's ``name`` of each element (``namef`` for float32), in slices of the size
    ``libm.c_unary`` takes at once."""
    flat = a.reshape(-1)
    step = 1 << 18
    parts = [libm.c_unary(name, flat[k:k + step]) for k in range(0, flat.size, step)]
    done = [p for p in parts if p is not None]
    if len(done) == len(parts):
        return (np.concatenate(done) if done else flat.copy()).reshape(a.shape)
    fn = {"erfc": math.erfc, "log1p": math.log1p, "log": math.log, "exp": math.exp}[name]  # no C library
    return np.array([_safe(fn, v) for v in flat.tolist()], a.dtype).reshape(a.shape)


def _safe(fn, v: float) -> float:
    try:
        return fn(v)
    except OverflowError:
        return math.inf
    except ValueError:
        return -math.inf if v == 0 else math.nan


# ndtri: Cephes' rational approximations, for |y - 1/2| <= 3/8 in (y - 1/2)^2 and below in
# z = 1/sqrt(-2 log y) (one table for z > 1/8, one beyond), highest power first
_NDTRI_MIDDLE = ((-5.99633501014107895267e1, 9.80010754185999661536e1, -5.66762857469070293439e1,
                  1.39312609387279679503e1, -1.23916583867381258016e0),
                 (1.0, 1.95448858338141759834e0, 4.67627912898881538453e0, 8.63602421390890590575e1,
                  -2.25462687854119370527e2, 2.00260212380060660359e2, -8.20372256168333339912e1,
                  1.59056225126211695515e1, -1.18331621121330003142e0))
_NDTRI_TAIL = ((4.05544892305962419923e0, 3.15251094599893866154e1, 5.71628192246421288162e1,
                4.40805073893200834700e1, 1.46849561928858024014e1, 2.18663306850790267539e0,
                -1.40256079171354495875e-1, -3.50424626827848203418e-2, -8.57456785154685413611e-4),
               (1.0, 1.57799883256466749731e1, 4.53907635128879210584e1, 4.13172038254672030440e1,
                1.50425385692907503408e1, 2.50464946208309415979e0, -1.42182922854787788574e-1,
                -3.80806407691578277194e-2, -9.33259480895457427372e-4))
_NDTRI_FAR_TAIL = ((3.23774891776946035970e0, 6.91522889068984211695e0, 3.93881025292474443415e0,
                    1.33303460815807542389e0, 2.01485389549179081538e-1, 1.23716634817820021358e-2,
                    3.01581553508235416007e-4, 2.65806974686737550832e-6, 6.23974539184983293730e-9),
                   (1.0, 6.02427039364742014255e0, 3.67983563856160859403e0, 1.37702099489081330271e0,
                    2.16236993594496635890e-1, 1.34204006088543189037e-2, 3.28014464682127739104e-4,
                    2.89247864745380683936e-6, 6.79019408009981274425e-9))
_EXP_MINUS_2 = 0.13533528323661269189
_SQRT_2PI = 2.50662827463100050242


def _polevl(z: np.ndarray, coefficients: tuple) -> np.ndarray:
    """Horner's rule from 0, each step a fused multiply-add (as ATen's kernel is compiled)."""
    t = z.dtype.type
    s = np.zeros_like(z)
    for c in coefficients:
        s = fma(s, z, np.full_like(z, t(c)))
    return s


def ndtri_array(a: np.ndarray) -> np.ndarray:
    """The inverse of the standard normal CDF, float32 or float64, as ATen's ``calc_ndtri``: the
    logs and the square root of the tails in double (the kernel calls C's double ``log`` and
    ``sqrt``), the rest in the tensor's precision."""
    t = a.dtype.type
    with np.errstate(all="ignore"):
        upper = a > t(1) - t(_EXP_MINUS_2)
        y = np.where(upper, t(1) - a, a)
        middle = y > t(_EXP_MINUS_2)
        m = y - t(0.5)
        m2 = m * m
        central = fma(m, m2 * _polevl(m2, _NDTRI_MIDDLE[0]) / _polevl(m2, _NDTRI_MIDDLE[1]), m) * t(_SQRT_2PI)
        tail_y = np.where(middle, 0.5, y).astype(np.float64)
        x = np.sqrt(-2.0 * _c("log", tail_y)).astype(t)
        x0 = (x.astype(np.float64) - _c("log", x.astype(np.float64)) / x.astype(np.float64)).astype(t)
        z = t(1) / x
        near = x < t(8)
        p_near = z * _polevl(z, _NDTRI_TAIL[0]) / _polevl(z, _NDTRI_TAIL[1])
        p_far = z * _polevl(z, _NDTRI_FAR_TAIL[0]) / _polevl(z, _NDTRI_FAR_TAIL[1])
        tail = x0 - np.where(near, p_near, p_far)
        tail = np.where(upper, tail, -tail)
        out = np.where(middle, central, tail)
        out = np.where(a == 0, -np.inf, np.where(a == 1, np.inf, out))
        return np.where((a < 0) | (a > 1) | np.isnan(a), np.nan, out).astype(t)

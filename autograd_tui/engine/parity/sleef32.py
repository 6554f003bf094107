"""SLEEF's float32 ``log1pf``, ``expm1f`` and ``tanhf`` (1-ulp variants, AVX512 with FMA), step by step.

ATen's ``Vectorized<float>::log1p``, ``expm1`` and ``tanh`` call them on whole vector blocks of
softplus, ELU/SELU/CELU, Mish and tanh-approximated GELU (the rest of a run goes through the
C library: ``libm.c_unary``). They are not correctly rounded: each works in "double-float"
arithmetic (a value as an unevaluated sum of two floats), and where a step rounds to a single
float first (``log1pf``'s ``m = d*t + (t-1)``, ``expm1f``'s and ``tanhf``'s polynomial) the last
bit of the result moves for about 1% of inputs. Every float32 operation below is one IEEE
operation of the AVX512 kernel, every fused multiply-add one rounding (``float32_math.fma``).
Checked against the functions exported by PyTorch's own library on every float32 of the ranges
softplus, ELU and Mish give them (``tools/check_pointwise32.py``).
"""
from __future__ import annotations

from typing import Union

import numpy as np

from autograd_tui.engine.parity import float32_math

__all__ = ["log1pf", "expm1f", "tanhf", "exp2f", "sinhf", "coshf"]

_F32 = np.float32
_Floats = Union[np.ndarray, np.float32]  # an array, or a constant broadcast against one


def _f(value: float) -> np.float32:
    return _F32(value)


# ln 2 as a float pair, as SLEEF's log kernels keep it
_LN2_HI, _LN2_LO = _f(0.69314718246459960938), _f(-1.904654323148236017e-09)
_FOUR_THIRDS = _f(1.0 / 0.75)
_LOG1P_POLY = (_f(0.3027294874), _f(0.3996108174), _f(0.6666694880))
_LOG1P_CORE_LIMIT = _f(float.fromhex("0x1.2ced32p+126"))  # above: SLEEF's logf; never reached here


def _two(x) -> tuple[np.ndarray, np.ndarray]:
    return np.asarray(x, _F32), np.zeros(np.shape(x), _F32)


def _add_ff(x: _Floats, y: _Floats) -> tuple[np.ndarray, np.ndarray]:
    """dfadd_vf2_vf_vf: |x| >= |y| assumed, the error term by one subtraction."""
    s = x + y
    return s, (x - s) + y


def _add_dd(x: tuple, y: tuple) -> tuple[np.ndarray, np.ndarray]:
    """dfadd_vf2_vf2_vf2 (|x| >= |y|)."""
    s = x[0] + y[0]
    return s, (((x[0] - s) + y[0]) + x[1]) + y[1]


def _add_df(x: tuple, y: _Floats) -> tuple[np.ndarray, np.ndarray]:
    """dfadd_vf2_vf2_vf (|x| >= |y|)."""
    s = x[0] + y
    return s, ((x[0] - s) + y) + x[1]


def _add2_df(x: tuple, y: _Floats) -> tuple[np.ndarray, np.ndarray]:
    """dfadd2_vf2_vf2_vf: two-sum of the heads, the tail added."""
    s = x[0] + y
    v = s - x[0]
    t = (x[0] - (s - v)) + (y - v)
    return s, t + x[1]


def _add2_dd(x: tuple, y: tuple) -> tuple[np.ndarray, np.ndarray]:
    """dfadd2_vf2_vf2_vf2."""
    s = x[0] + y[0]
    v = s - x[0]
    t = (x[0] - (s - v)) + (y[0] - v)
    return s, t + (x[1] + y[1])


def _add_fd(x: _Floats, y: tuple) -> tuple[np.ndarray, np.ndarray]:
    """dfadd_vf2_vf_vf2 (|x| >= |y|)."""
    s = x + y[0]
    return s, ((x - s) + y[0]) + y[1]


# Two kinds of fused multiply-add below. Where the exact a*b + c is a float64 (a product's
# rounding error a*b - fl(a*b); the residual 1 - d*fl(1/d)), float64 arithmetic computes it
# exactly and one cast rounds it once, as the FMA does. Elsewhere
# ``_fma32`` keeps the single rounding (a float64 sum can fall on a float32 tie).


_TIE_MASK = np.int64((1 << 29) - 1)  # a float64's bits below float32's last bit
_TIE = np.int64(1 << 28)  # ... exactly half of float32's last bit: a float32 midpoint
_TINY = 2.0 ** -125  # below, float32's coarser subnormal grid: rounded exactly instead


def _fma32(a: _Floats, b: _Floats, c: _Floats, tiny: bool = True) -> np.ndarray:
    """fl32(a*b + c) with one rounding: the product is exact in float64 and the float64 sum
    rounded once, so casting it again is right but where it fell on a float32 midpoint (or in
    the subnormal range), which ``float32_math.fma`` redoes exactly. Fewer numpy calls than
    that general function, for the 1-d arrays and constants of these kernels. ``tiny=False``
    where the result cannot be that small (a polynomial step adding its constant)."""
    t = np.multiply(a, b, dtype=np.float64)
    t += c
    out = t.astype(_F32)
    suspect = (t.view(np.int64) & _TIE_MASK) == _TIE
    if tiny:
        suspect |= (np.abs(t) < _TINY) & (t != 0)
    if suspect.any():
        out[suspect] = float32_math.fma(*(np.broadcast_to(v, t.shape)[suspect] for v in (a, b, c)))
    return out


def _product_error(a: _Floats, b: _Floats, s: np.ndarray) -> np.ndarray:
    """fma(a, b, -s) for s = fl(a*b): the product is exact in float64, and so is its difference
    from s (at most the product's 48 bits)."""
    return (np.multiply(a, b, dtype=np.float64) - s).astype(_F32)


def _residual(d: np.ndarray, t: np.ndarray) -> np.ndarray:
    """fma(-d, t, 1) for t = fl(1/d): d*t lies within a float32 ulp of 1, so 1 - d*t is exact
    in float64."""
    return (1.0 - np.multiply(d, t, dtype=np.float64)).astype(_F32)


def _mul_df(x: tuple, y: _Floats) -> tuple[np.ndarray, np.ndarray]:
    """dfmul_vf2_vf2_vf with FMA: the head's rounding error from one fused multiply-subtract."""
    s = x[0] * y
    return s, _fma32(x[1], y, _product_error(x[0], y, s))


def _mul_dd(x: tuple, y: tuple) -> tuple[np.ndarray, np.ndarray]:
    """dfmul_vf2_vf2_vf2 with FMA."""
    s = x[0] * y[0]
    return s, _fma32(x[0], y[1], _fma32(x[1], y[0], _product_error(x[0], y[0], s)))


def _square_d(x: tuple) -> tuple[np.ndarray, np.ndarray]:
    """dfsqu_vf2_vf2 with FMA."""
    s = x[0] * x[0]
    return s, _fma32(x[0] + x[0], x[1], _product_error(x[0], x[0], s))


def _div_dd(n: tuple, d: tuple) -> tuple[np.ndarray, np.ndarray]:
    """dfdiv_vf2_vf2_vf2 with FMA: one correctly rounded reciprocal, then corrections."""
    one = _F32(1)
    t = one / d[0]
    s = n[0] * t
    u = _product_error(t, n[0], s)
    v = _fma32(-d[1], t, _residual(d[0], t))
    return s, _fma32(s, v, _fma32(n[1], t, u))


def _rec_d(d: tuple) -> tuple[np.ndarray, np.ndarray]:
    """dfrec_vf2_vf2 with FMA."""
    one = _F32(1)
    s = one / d[0]
    return s, s * _fma32(-d[1], s, _residual(d[0], s))


def _getexp(x: np.ndarray) -> np.ndarray:
    """AVX512's getexp for positive normal floats: floor(log2(x)) as an integer."""
    return ((x.view(np.int32) >> 23) & 0xFF) - 127


def _pow2(e: np.ndarray) -> np.ndarray:
    """2**e as float32 for integers e in the normal range (1.0's bits plus e << 23)."""
    return ((e.astype(np.int32) + 127) << 23).view(_F32)


def _log1pf(d: np.ndarray) -> np.ndarray:
    """SLEEF's ``xlog1pf`` (AVX512): for d >= -1 (softplus, Mish: d = exp(z) > 0).

    e = getexp((1 + d) * 4/3), m = d * 2**-e + (2**-e - 1) fused, x = m / (2 + m) as a float
    pair, then e ln2 + 2x + x**3 (0.6666695 + x**2 (0.3996108 + x**2 0.3027295)), each step as
    SLEEF orders it.
    """
    d = np.asarray(d, _F32)
    with np.errstate(all="ignore"):
        dp1 = d + _F32(1)
        e = _getexp(dp1 * _FOUR_THIRDS)
        t = _pow2(-e)
        m = d * t + (t - _F32(1))  # d * t is exact (t a power of two): the FMA rounds one float sum
        ef = e.astype(_F32)
        s = _mul_df((_LN2_HI, _LN2_LO), ef)
        x = _div_dd(_two(m), _add_ff(_F32(2), m))
        x2 = x[0] * x[0]
        p = _fma32(_fma32(_LOG1P_POLY[0], x2, _LOG1P_POLY[1], tiny=False), x2, _LOG1P_POLY[2], tiny=False)
        s = _add_dd(s, (x[0] * _F32(2), x[1] * _F32(2)))
        s = _add_df(s, (x2 * x[0]) * p)
        r = np.asarray(s[0] + s[1], _F32)
        special = ~((d > _F32(-1)) & (d <= _LOG1P_CORE_LIMIT))
        if special.any():  # -1, below it, NaN, huge: the correctly rounded value SLEEF gives there
            r = np.array(r, copy=True)
            r[special] = np.log1p(d[special].astype(np.float64)).astype(_F32)
        return np.where((d == 0) & np.signbit(d), d, r)


# expk2f's polynomial: the single-float part, then the float-pair steps
_EXPK_POLY = (_f(0.1980960224e-3), _f(0.1394256484e-2), _f(0.8333456703e-2), _f(0.4166637361e-1))
_EXPK_C5 = _f(0.166666659414234244790680580464)
_R_LN2 = _f(1.442695040888963407359924681001892137426645954152985934135449406931)
_L2U, _L2L = _f(0.693145751953125), _f(1.428606765330187045e-06)


def _ldexp2(x: np.ndarray, q: np.ndarray) -> np.ndarray:
    """vldexp2: x * 2**(q >> 1) * 2**(q - (q >> 1)), two roundings at most."""
    half = q >> 1
    return (x * _pow2(half)) * _pow2(q - half)


def _expk2(d: tuple) -> tuple[np.ndarray, np.ndarray]:
    """SLEEF's expk2f: exp of a float pair as a float pair (|d| below about 88)."""
    u = (d[0] + d[1]) * _R_LN2
    q = np.rint(u).astype(np.int32)  # cvtps2dq: to nearest, ties to even
    qf = q.astype(_F32)
    s = _add2_df(d, qf * -_L2U)
    s = _add2_df(s, qf * -_L2L)
    u = _EXPK_POLY[0]
    for c in _EXPK_POLY[1:]:
        u = _fma32(u, s[0], c, tiny=False)  # |u * s| < |c| / 10 on |s| <= ln(2) / 2
    t = _add2_df(_mul_df(s, u), _EXPK_C5)
    t = _add2_df(_mul_dd(s, t), _F32(0.5))
    t = _add2_dd(s, _mul_dd(_square_d(s), t))
    t = _add_fd(_F32(1), t)
    hi, lo = _ldexp2(t[0], q), _ldexp2(t[1], q)
    small = d[0] < _F32(-104)
    return np.where(small, _F32(0), hi), np.where(small, _F32(0), lo)


_EXPM1_HIGH = _f(88.72283172607421875)
_EXPM1_LOW = _f(-16.635532333438687426013570)


def _expm1f(a: np.ndarray) -> np.ndarray:
    """SLEEF's ``xexpm1f``: expk2f(a) - 1 as a float pair, the pair summed; -1 below -16.6,
    inf above 88.7, -0.0 kept."""
    a = np.asarray(a, _F32)
    with np.errstate(all="ignore"):
        finite = np.where(np.isfinite(a), a, _F32(0))
        clipped = np.clip(finite, _F32(-110), _F32(100))
        d = _add2_df(_expk2(_two(clipped)), _F32(-1))
        x = np.asarray(d[0] + d[1], _F32)
        x = np.where(a > _EXPM1_HIGH, _F32(np.inf), x)
        x = np.where(a < _EXPM1_LOW, _F32(-1), x)
        x = np.where((a == 0) & np.signbit(a), a, x)
        return np.where(np.isnan(a), a, x).astype(_F32, copy=False)


_TANH_SATURATION = _f(8.664339742)


def _tanhf(x: np.ndarray) -> np.ndarray:
    """SLEEF's ``xtanhf`` (1 ulp): d = exp(|x|) as a float pair, (d - 1/d) / (d + 1/d) as a
    pair, summed; 1 from |x| > 8.66, the sign of x copied."""
    x = np.asarray(x, _F32)
    with np.errstate(all="ignore"):
        y = np.abs(x)
        y = np.where(y > _F32(20), _F32(20), y)  # saturated below; keeps the steps finite
        d = _expk2(_two(y))
        e = _rec_d(d)
        q = _div_dd(_add_dd(d, (-e[0], -e[1])), _add_dd(d, e))
        r = np.asarray(q[0] + q[1], _F32)
        r = np.where((np.abs(x) > _TANH_SATURATION) | np.isnan(r), _F32(1), r)
        r = np.copysign(r, x)
        return np.where(np.isnan(x), x, r).astype(_F32, copy=False)


def _sinh_cosh(x: np.ndarray, sign: int) -> np.ndarray:
    """SLEEF's ``xsinhf`` (sign -1) and ``xcoshf`` (sign +1), 1 ulp: d = exp(|x|) as a float pair,
    (d -+ 1/d) summed and halved; inf beyond |x| > 89 (and where the sum is NaN)."""
    x = np.asarray(x, _F32)
    with np.errstate(all="ignore"):
        y = np.minimum(np.abs(x), _F32(90))
        d = _expk2(_two(y))
        e = _rec_d(d)
        if sign < 0:  # dfsub_vf2_vf2_vf2
            head = d[0] - e[0]
            pair = (head, (((d[0] - head) - e[0]) + d[1]) - e[1])
        else:
            pair = _add_dd(d, e)
        r = (pair[0] + pair[1]) * _F32(0.5)
        r = np.where((np.abs(x) > _F32(89)) | np.isnan(r), _F32(np.inf), r)
        if sign < 0:
            r = np.copysign(r, x)
        return np.where(np.isnan(x), x, r).astype(_F32, copy=False)


def _sinhf(x: np.ndarray) -> np.ndarray:
    return _sinh_cosh(x, -1)


def _coshf(x: np.ndarray) -> np.ndarray:
    return _sinh_cosh(x, 1)


_EXP2_POLY = (_f(0.1535920892e-3), _f(0.1339262701e-2), _f(0.9618384764e-2), _f(0.5550347269e-1),
              _f(0.2402264476e+0), _f(0.6931471825e+0))


def _exp2f(d: np.ndarray) -> np.ndarray:
    """SLEEF's ``xexp2f`` (1 ulp): q = rint(d), s = d - q exactly, a degree-7 polynomial in
    fused multiply-adds ending in fma(u, s, 1), scaled by 2**q in two steps; inf from 128 on,
    0 below -150."""
    d = np.asarray(d, _F32)
    with np.errstate(all="ignore"):
        finite = np.clip(np.where(np.isnan(d), _F32(0), d), _F32(-160), _F32(160))
        q = np.rint(finite)
        s = finite - q
        u = np.full(d.shape, _EXP2_POLY[0], _F32)
        for c in _EXP2_POLY[1:]:
            u = _fma32(u, s, c, tiny=False)
        u = _fma32(u, s, _F32(1), tiny=False)
        u = _ldexp2(u, q.astype(np.int32))
        u = np.where(d >= _F32(128), _F32(np.inf), u)
        u = np.where(d < _F32(-150), _F32(0), u)
        return np.where(np.isnan(d), d, u).astype(_F32, copy=False)


log1pf = float32_math.in_cache_blocks(_log1pf)
expm1f = float32_math.in_cache_blocks(_expm1f)
tanhf = float32_math.in_cache_blocks(_tanhf)
exp2f = float32_math.in_cache_blocks(_exp2f)
sinhf = float32_math.in_cache_blocks(_sinhf)
coshf = float32_math.in_cache_blocks(_coshf)

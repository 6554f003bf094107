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

from typing import Callable, NamedTuple, Union

import numpy as np

from autograd_tui.engine.parity import float32_math, midpoints

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


# ---------------------------------------------------------------------------------------------
# The fast path: numpy's float64 value rounded once, where that is provably SLEEF's result
# ---------------------------------------------------------------------------------------------

def _grid(k: int) -> float:
    """Adding this to a float64 in [2**k, 2**(k+1)) rounds it to float32's grid there, the float64
    addition rounding the exact sum once, as a fused multiply-add does."""
    return 1.5 * 2.0 ** (k + 29)


# p's two fused steps stay in one binade each for m in [-1/4, 1/2) (|x| < 0.2, x**2 < 0.04):
# c1 + c0 x**2 in [2^-2, 2^-1), c2 + x**2 (...) in [2^-1, 1)
_LOG1P_STEPS = tuple((float(c) + _grid(k), _grid(k)) for c, k in zip(_LOG1P_POLY[1:], (-2, -1)))


def _log1pf_value(d: np.ndarray) -> np.ndarray:
    """``_log1pf``'s value before its last rounding, within ~2^-21 float32 ulps (measured on
    2.5 million inputs): SLEEF's reduced argument m and its float32 term (x**2 x) p(x**2) are
    computed as it does (they round to single floats; everything else it carries as float
    pairs, here float64), e ln2 + 2 m/(2 + m) + term in float64, for d > -1 below 2**64."""
    dp1 = d + _F32(1)
    e = _getexp(dp1 * _FOUR_THIRDS)
    t = _pow2(-e)
    m = d * t + (t - _F32(1))
    x = m * (_F32(1) / (_F32(2) + m))  # the head of SLEEF's float-pair quotient
    x2 = x * x
    (inner, inner_grid), (outer, outer_grid) = _LOG1P_STEPS  # each fused step rounded once
    p = np.multiply(x2, float(_LOG1P_POLY[0]), dtype=np.float64)
    p += inner
    p -= inner_grid
    p *= x2
    p += outer
    p -= outer_grid
    term = p.astype(_F32)
    term *= x2 * x  # a float32 product, as SLEEF's
    value = np.add(m, 2.0, dtype=np.float64)
    np.divide(m, value, out=value)
    value *= 2.0
    value += term
    value += e * _LN2
    return value


_LN2 = float(np.log(2.0))


# u(s)'s three fused steps each stay in one binade for |s| <= ln(2)/2: [2^-10, 2^-9), [2^-7, 2^-6),
# [2^-5, 2^-4) (each c +- its largest |u s| is inside)
_EXPK_STEPS = tuple((float(c) + _grid(k), _grid(k)) for c, k in zip(_EXPK_POLY[1:], (-10, -7, -5)))


def _expk_value(y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``_expk2``'s value for float32 y (|y| below ~89) as 2**q (float64) and w, exp(y) being
    2**q (1 + w) within ~2^-40 relative: SLEEF's q (from a float32 product), the head s0 of
    its float pair s = y - q ln2 and its float32 polynomial u(s0) as it rounds them, the rest,
    which it carries as float pairs, in float64: w = s (1 + s (1/2 + s (c5 + s u)))."""
    q = np.rint(y * _R_LN2)  # a float32 product, rounded to an integer as SLEEF does
    upper, lower = q * -_L2U, q * -_L2L  # float32 products (the first exact), as SLEEF's
    s0 = (y + upper) + lower  # the head of its float pair y + upper + lower
    u = np.multiply(s0, float(_EXPK_POLY[0]), dtype=np.float64)
    for i, (shifted, grid) in enumerate(_EXPK_STEPS):  # each fused step rounded once to float32's grid
        u += shifted
        u -= grid
        if i < len(_EXPK_STEPS) - 1:
            u *= s0
    s = np.add(y, upper, dtype=np.float64)  # exact
    s += lower
    u *= s  # from here the whole pair s
    u += float(_EXPK_C5)
    u *= s
    u += 0.5
    u *= s
    u += 1.0
    u *= s
    return np.ldexp(1.0, q.astype(np.int32)), u


def _expm1_value(y: np.ndarray) -> np.ndarray:
    power, w = _expk_value(y)
    w *= power
    power -= 1.0
    w += power
    return w


def _hyperbolic_value(kind: str) -> Callable[[np.ndarray], np.ndarray]:
    """tanh, sinh or cosh of float32 y (|y| <= 88.5; any for tanh) from exp(|y|) = D as SLEEF
    forms them, (D - 1/D) / (D + 1/D), (D - 1/D) / 2, (D + 1/D) / 2, written with D - 1 (no
    cancellation); tanh exactly 1 beyond SLEEF's saturation point, as it returns."""
    def value(y: np.ndarray) -> np.ndarray:
        magnitude = np.abs(y)
        if kind == "tanh":
            np.minimum(magnitude, _F32(20), out=magnitude)  # keeps exp finite; saturated below
        m = _expm1_value(magnitude)  # D - 1
        product = m + 2.0
        product *= m  # D**2 - 1
        if kind == "tanh":
            out = product / (product + 2.0)
            if np.fmax.reduce(magnitude, initial=0) > _TANH_SATURATION:  # (NaN aside)
                out[magnitude > _TANH_SATURATION] = 1.0
        else:
            m += 1.0  # D
            m += m  # 2 D
            if kind == "cosh":
                product += 2.0
            out = np.divide(product, m, out=m)
        return out if kind == "cosh" else np.copysign(out, y, out=out)
    return value


class FastPath(NamedTuple):
    """Where a kernel's result is the float64 ``value`` rounded to float32: inputs in
    [low, high] (|x| there for an ``odd_or_even`` kernel) of magnitude >= ``tiny`` (or zero, with
    ``zeros``), whose float64 value lies farther than ``margin`` float32 ulps from a float32
    midpoint, or ``scaled / |x|`` ulps where that is more: the value's difference from SLEEF's
    before its rounding grows like 1/|x| for small x (its float-pair arithmetic errs by ~2^-50
    absolutely where the result is ~x). Both are many times the largest difference measured;
    ``tools/measure_sleef32_midpoints.py`` checks them against PyTorch's SLEEF on every float32 of
    the domain. The other inputs take the step-by-step emulation."""
    value: Callable[[np.ndarray], np.ndarray]  # float32 in, float64 out
    low: float
    high: float
    tiny: float
    margin: float
    odd_or_even: bool
    zeros: bool = True  # +-0 inside (the value keeps the sign of zero)
    scaled: float = 0.0


FAST_PATHS: dict[str, FastPath] = {
    "log1pf": FastPath(_log1pf_value, -0.9999, 2.0 ** 64, 2.0 ** -100, 2.0 ** -16, False, zeros=False),
    "expm1f": FastPath(_expm1_value, -16.5, 88.5, 2.0 ** -12, 2.0 ** -16, False, zeros=False, scaled=2.0 ** -20),
    "tanhf": FastPath(_hyperbolic_value("tanh"), 0.0, 20.0, 2.0 ** -12, 2.0 ** -14, True, scaled=2.0 ** -18),
    "sinhf": FastPath(_hyperbolic_value("sinh"), 0.0, 88.5, 2.0 ** -12, 2.0 ** -14, True, scaled=2.0 ** -17),
    "coshf": FastPath(_hyperbolic_value("cosh"), 0.0, 88.5, 2.0 ** -16, 2.0 ** -13, True),
}


def in_fast_domain(path: FastPath, x: np.ndarray) -> np.ndarray:
    """Which float32 inputs ``path`` may round (before the midpoint check); NaN never."""
    magnitude = np.abs(x)
    inside = magnitude <= _F32(path.high) if path.odd_or_even else (x >= _F32(path.low)) & (x <= _F32(path.high))
    if path.zeros:
        return inside & ((magnitude >= _F32(path.tiny)) | (x == 0))
    return inside & (magnitude >= _F32(path.tiny))


def _with_fast_path(name: str, emulated: Callable[[np.ndarray], np.ndarray]) -> Callable[[np.ndarray], np.ndarray]:
    """``emulated`` (one of the kernels above) through ``FAST_PATHS[name]``: some twenty numpy
    calls over every element (in cache-sized blocks), the emulation once for the few elements
    near a midpoint or outside the domain (its cost is mostly per call, not per element)."""
    path = FAST_PATHS[name]
    value, margin_bits = path.value, int(path.margin * 2 ** 29)
    low, high, tiny = _F32(path.low), _F32(path.high), _F32(path.tiny)
    split, scaled_bits = _F32(path.scaled / path.margin), path.scaled * 2 ** 29  # below split: scaled / |x|
    emulated_in_blocks = float32_math.in_cache_blocks(emulated)

    def rounded(flat: np.ndarray, out: np.ndarray) -> np.ndarray:
        """``out`` = the value rounded; returns where it may not be SLEEF's result."""
        with np.errstate(all="ignore"):
            y = value(flat)
            out[...] = y
        redo = midpoints.near_midpoint(y, margin_bits)
        magnitude = np.abs(flat)
        if path.scaled:
            small = np.flatnonzero(magnitude < split)
            if small.size:  # each its own margin, scaled / |x| (capped: zero is no midpoint's neighbour)
                with np.errstate(divide="ignore"):
                    bits = np.minimum(scaled_bits / magnitude[small], 2.0 ** 27).astype(np.int64)
                redo[small] |= midpoints.near_midpoint(y[small], bits)
        # the whole block inside the domain (the usual case) in three reductions; NaN fails them
        lowest, highest = flat.min(), flat.max()
        if path.odd_or_even:
            inside = bool(-lowest <= high) and bool(highest <= high)
        else:
            inside = bool(lowest >= low) and bool(highest <= high)
        if not (inside and magnitude.min() >= tiny):
            redo |= ~in_fast_domain(path, flat)
        return np.flatnonzero(redo)

    def kernel(x: np.ndarray) -> np.ndarray:
        x = np.asarray(x, _F32)
        if not x.size:
            return emulated(x)
        flat = x.reshape(-1)
        out = np.empty(flat.size, _F32)
        block = float32_math.CACHE_BLOCK
        redo = [rounded(flat[first:first + block], out[first:first + block]) + first
                for first in range(0, flat.size, block)]
        at = redo[0] if len(redo) == 1 else np.concatenate(redo)
        if at.size:
            out[at] = emulated_in_blocks(flat[at])
        return out.reshape(x.shape)
    kernel.__doc__ = emulated.__doc__
    kernel.__name__ = name
    return kernel


log1pf = _with_fast_path("log1pf", _log1pf)
expm1f = _with_fast_path("expm1f", _expm1f)
tanhf = _with_fast_path("tanhf", _tanhf)
exp2f = float32_math.in_cache_blocks(_exp2f)
sinhf = _with_fast_path("sinhf", _sinhf)
coshf = _with_fast_path("coshf", _coshf)

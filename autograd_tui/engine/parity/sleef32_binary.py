"""SLEEF's float32 ``powf``, ``atan2f`` and ``logf`` (1-ulp variants, AVX512 with FMA), step by step.

ATen's ``Vectorized<float>::pow`` and ``atan2`` call ``Sleef_powf16_u10`` and
``Sleef_atan2f16_u10`` on the whole vector blocks of ``torch.pow`` (a tensor exponent, or a float
one outside the exponents it special-cases) and ``torch.atan2``. Both work on float pairs
("double-float"), like the kernels in ``sleef32`` whose pair arithmetic they share, and are not
correctly rounded: the last bit differs from the correctly rounded value for about 1.6% (pow) and
17% (atan2) of inputs. Every float32 operation below is one IEEE operation of the kernel, every
fused multiply-add one rounding. Checked against the functions exported by PyTorch's own library
(``tools/check_sleef32.py --only powf,atan2f``).
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine.parity import float32_math, libm
from autograd_tui.engine.parity.blas import get_threads
from autograd_tui.engine.parity.rounding import VECTOR_LANES
from autograd_tui.engine.parity.sleef32 import (
    _add2_dd, _add2_df, _add_dd, _add_df, _add_fd, _div_dd, _fma32, _mul_dd, _mul_df, _square_d, _two)

__all__ = ["atan2_float32", "atan2f", "logf", "pow_float32", "powf"]

_F32 = np.float32
_LN2 = (_F32(0.69314718246459960938), _F32(-1.904654323148236017e-09))
_LOGK_POLY = (_F32(0.240320354700088500976562), _F32(0.285112679004669189453125),
              _F32(0.400007992982864379882812))
_LOGK_C = (_F32(0.66666662693023681640625), _F32(3.69183861259614332084311e-09))
_EXPK_POLY = (_F32(0.00136324646882712841033936), _F32(0.00836596917361021041870117),
              _F32(0.0416710823774337768554688), _F32(0.166665524244308471679688),
              _F32(0.499999850988388061523438))
_R_LN2 = _F32(1.442695040888963407359924681001892137426645954152985934135449406931)
_L2U, _L2L = _F32(0.693145751953125), _F32(1.428606765330187045e-06)
_INT_MIN = np.int32(-(1 << 31))


def _getexp(v: np.ndarray) -> np.ndarray:
    """AVX512's getexp: floor(log2|v|) as a float (subnormals by their true exponent), -inf for
    0, inf for inf."""
    _, k = np.frexp(v)
    e = (k - 1).astype(_F32)
    e = np.where(v == 0, _F32(-np.inf), e)
    return np.where(np.isinf(v), _F32(np.inf), e)


def _getmant(v: np.ndarray) -> np.ndarray:
    """AVX512's getmant with the [0.75, 1.5) interval: |v|'s significand, halved from 1.5 on."""
    f, _ = np.frexp(np.abs(v))
    f = f * _F32(2)  # in [1, 2), exact
    return np.where(f >= _F32(1.5), f * _F32(0.5), f).astype(_F32, copy=False)


def _cvt_int(u: np.ndarray, truncate: bool) -> np.ndarray:
    """cvtps2dq / cvttps2dq: to the nearest integer (ties to even) or towards zero; out of range
    and NaN give INT_MIN."""
    r = np.trunc(u) if truncate else np.rint(u)
    bad = ~(np.abs(r) < _F32(2.0 ** 31))
    return np.where(bad, _INT_MIN, np.where(bad, _F32(0), r).astype(np.int32))


def _ldexp(x: np.ndarray, q: np.ndarray) -> np.ndarray:
    """SLEEF's vldexp: four multiplications by 2**(m-127) and one by the rest, as it splits q."""
    q = q.astype(np.int32)
    m = q >> 31
    m = (((m + q) >> 6) - m) << 4
    q = q - (m << 2)
    m = np.clip(m + 127, 0, 255)
    u = (m << 23).view(_F32)
    x = (((x * u) * u) * u) * u
    return x * ((q + 127) << 23).view(_F32)


def _logk(d: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """SLEEF's logkf (AVX512 form): log of a positive float as a float pair."""
    e = _getexp(d * _F32(1.0 / 0.75))
    e = np.where(e == _F32(np.inf), _F32(128), e)
    m = _getmant(d)
    x = _div_dd(_add2_df((_F32(-1), _F32(0)), m), _add2_df((_F32(1), _F32(0)), m))
    x2 = _square_d(x)
    t = _fma32(_LOGK_POLY[0], x2[0], _LOGK_POLY[1], tiny=False)
    t = _fma32(t, x2[0], _LOGK_POLY[2], tiny=False)
    s = _mul_df(_LN2, e)
    s = _add_dd(s, (x[0] * _F32(2), x[1] * _F32(2)))
    return _add_dd(s, _mul_dd(_mul_dd(x2, x), _add2_dd(_mul_df(x2, t), _LOGK_C)))


_LOGF_POLY = (_F32(0.3027294874), _F32(0.3996108174), _F32(0.6666694880))


def _logf(d: np.ndarray) -> np.ndarray:
    """SLEEF's ``xlogf_u1`` (AVX512 form): the reduction of ``logkf``, a shorter single-float
    polynomial, the pair summed; -inf at 0, NaN below 0 and at NaN, inf at inf."""
    d = np.asarray(d, _F32)
    with np.errstate(all="ignore"):
        safe = np.where((d > 0) & np.isfinite(d), d, _F32(1))
        e = _getexp(safe * _F32(1.0 / 0.75))
        e = np.where(e == _F32(np.inf), _F32(128), e)
        m = _getmant(safe)
        s = _mul_df(_LN2, e)
        x = _div_dd(_add2_df((_F32(-1), _F32(0)), m), _add2_df((_F32(1), _F32(0)), m))
        x2 = x[0] * x[0]
        t = _fma32(_LOGF_POLY[0], x2, _LOGF_POLY[1], tiny=False)
        t = _fma32(t, x2, _LOGF_POLY[2], tiny=False)
        s = _add_dd(s, (x[0] * _F32(2), x[1] * _F32(2)))
        s = _add_df(s, (x2 * x[0]) * t)
        r = np.asarray(s[0] + s[1], _F32)
        r = np.where(d == _F32(np.inf), _F32(np.inf), r)
        r = np.where((d < 0) | np.isnan(d), _F32(np.nan), r)
        return np.where(d == 0, _F32(-np.inf), r).astype(_F32, copy=False)


def _expk(d: tuple) -> np.ndarray:
    """SLEEF's expkf: exp of a float pair, rounded to one float; 0 below -104."""
    q = _cvt_int((d[0] + d[1]) * _R_LN2, truncate=False)
    qf = q.astype(_F32)
    s = _add2_df(d, qf * -_L2U)
    s = _add2_df(s, qf * -_L2L)
    head = s[0] + s[1]
    s = (head, (s[0] - head) + s[1])
    u = np.full(head.shape, _EXPK_POLY[0], _F32)
    for c in _EXPK_POLY[1:]:
        u = _fma32(u, s[0], c, tiny=False)
    t = _add_dd(s, _mul_df(_square_d(s), u))
    t = _add_fd(_F32(1), t)
    r = _ldexp(t[0] + t[1], q)
    return np.where(d[0] < _F32(-104), _F32(0), r)


def _powf(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """SLEEF's ``xpowf``: exp(y log|x|) through float pairs, then IEEE pow's special cases."""
    x, y = np.broadcast_arrays(np.asarray(x, _F32), np.asarray(y, _F32))
    with np.errstate(all="ignore"):
        ay = np.abs(y)
        yisint = (np.trunc(y) == y) | (ay > _F32(1 << 24))
        yisodd = ((_cvt_int(y, truncate=True) & 1) == 1) & yisint & (ay < _F32(1 << 24))
        ax = np.abs(x)
        safe = np.where((ax > 0) & np.isfinite(ax), ax, _F32(1))  # the rest is replaced below
        r = _expk(_mul_df(_logk(safe), np.where(np.isnan(y), _F32(0), y)))
        r = np.where(np.isnan(r), _F32(np.inf), r)
        sign = np.where(yisint, np.where(yisodd, _F32(-1), _F32(1)), _F32(np.nan))
        r = r * np.where(x > 0, _F32(1), sign)
        efx = np.where(np.signbit(y), -(ax - _F32(1)), ax - _F32(1))
        at_inf = np.where(efx < 0, _F32(0), np.where(efx == 0, _F32(1), _F32(np.inf)))
        r = np.where(np.isinf(y), at_inf, r)
        edge = np.where(np.signbit(y) ^ (x == 0), _F32(0), _F32(np.inf))
        edge = np.where(np.signbit(np.where(yisodd, x, _F32(1))), -edge, edge)
        r = np.where(np.isinf(x) | (x == 0), edge, r)
        r = np.where(np.isnan(x) | np.isnan(y), _F32(np.nan), r)
        r = np.where((y == 0) | (x == 1), _F32(1), r)
        return r.astype(_F32, copy=False)


_ATAN_POLY = (_F32(-0.00176397908944636583328247), _F32(0.0107900900766253471374512),
              _F32(-0.0309564601629972457885742), _F32(0.0577365085482597351074219),
              _F32(-0.0838950723409652709960938), _F32(0.109463557600975036621094),
              _F32(-0.142626821994781494140625), _F32(0.199983194470405578613281))
_ATAN_C = _F32(-0.333332866430282592773438)
_HALF_PI = (_F32(1.5707963705062866211), _F32(-4.3711388286737928865e-08))
_TINY_X = _F32(2.9387372783541830947e-39)


def _atan2k(y: np.ndarray, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """SLEEF's atan2kf_u1 for y >= 0 (single floats as pairs with zero tails)."""
    q = np.where(x < 0, np.int32(-2), np.int32(0))
    x = np.abs(x)  # the sign of x flipped where it was negative
    p = x < y
    q = np.where(p, q + 1, q)
    s = _div_dd(_two(np.where(p, -x, y)), _two(np.where(p, y, x)))
    t = _square_d(s)
    head = t[0] + t[1]
    t = (head, (t[0] - head) + t[1])
    u = np.full(head.shape, _ATAN_POLY[0], _F32)
    for c in _ATAN_POLY[1:]:
        u = _fma32(u, t[0], c, tiny=False)
    ut = u * t[0]
    inner = _ATAN_C + ut
    t = _mul_dd(t, (inner, (_ATAN_C - inner) + ut))
    t = _mul_dd(s, _add_fd(_F32(1), t))
    return _add_dd(_mul_df(_HALF_PI, q.astype(_F32)), t)


def _atan2f(y: np.ndarray, x: np.ndarray) -> np.ndarray:
    """SLEEF's ``xatan2f_u1``: the pair from atan2kf_u1 summed, then IEEE atan2's special cases."""
    y, x = np.broadcast_arrays(np.asarray(y, _F32), np.asarray(x, _F32))
    with np.errstate(all="ignore"):
        tiny = np.abs(x) < _TINY_X
        x = np.where(tiny, x * _F32(1 << 24), x)
        y = np.where(tiny, y * _F32(1 << 24), y)
        fx = np.where(np.isfinite(x), x, _F32(1))
        fy = np.where(np.isfinite(y), np.abs(y), _F32(0))
        d = _atan2k(fy, fx)
        r = d[0] + d[1]
        r = np.where(np.signbit(x), -r, r)
        half_pi = _F32(np.pi / 2)
        # x infinite or zero: pi/2 - (x = inf ? pi/2 with x's sign : 0)
        r = np.where(np.isinf(x) | (x == 0), half_pi - np.where(np.isinf(x), np.copysign(half_pi, x), _F32(0)), r)
        quarter = np.where(np.isinf(x), np.copysign(_F32(np.pi / 4), x), _F32(0))
        r = np.where(np.isinf(y), half_pi - quarter, r)
        r = np.where(y == 0, np.where(np.signbit(x), _F32(np.pi), _F32(0)), r)
        r = np.where(np.signbit(y), -r, r)
        r = np.where(np.isnan(x) | np.isnan(y), _F32(np.nan), r)
        return r.astype(_F32, copy=False)


logf = float32_math.in_cache_blocks(_logf)


def powf(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """``Sleef_powf16_u10`` of each pair of elements (broadcast), in cache-sized blocks."""
    x, y = np.broadcast_arrays(np.asarray(x, _F32), np.asarray(y, _F32))
    return _blocks(_powf, x, y)


def atan2f(y: np.ndarray, x: np.ndarray) -> np.ndarray:
    """``Sleef_atan2f16_u10`` of each pair of elements (broadcast), in cache-sized blocks."""
    y, x = np.broadcast_arrays(np.asarray(y, _F32), np.asarray(x, _F32))
    return _blocks(_atan2f, y, x)


def _blocks(kernel, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    flat_a, flat_b = a.reshape(-1), b.reshape(-1)
    step = float32_math.CACHE_BLOCK
    if flat_a.size <= step:
        return kernel(flat_a, flat_b).reshape(a.shape)
    out = np.empty(flat_a.size, _F32)
    for start in range(0, flat_a.size, step):
        out[start:start + step] = kernel(flat_a[start:start + step], flat_b[start:start + step])
    return out.reshape(a.shape)


def _vector_kernel_scalar_tail(vector_fn, name: str, a: np.ndarray, b: np.ndarray,
                               fallback) -> np.ndarray:
    """ATen's float32 loop over two operands: ``vector_fn`` (SLEEF's) on the elements its vector
    form computes (which ones: both operands' layouts, ``vector_path_mask``), the C library's
    ``namef`` on the rest; ``fallback`` (float64, rounded once) where the C library is missing."""
    shape = np.broadcast_shapes(np.shape(a), np.shape(b))
    a, b = np.broadcast_to(a, shape), np.broadcast_to(b, shape)
    vector = float32_math.vector_path_mask(a, b, num_threads=get_threads(), lanes=VECTOR_LANES)
    out = np.empty(shape, _F32)
    if vector.any():
        out[vector] = vector_fn(a[vector], b[vector])
    if not vector.all():
        sa, sb = a[~vector], b[~vector]
        values = libm.c_binary(name, sa, sb)
        if values is None:
            with np.errstate(all="ignore"):
                values = fallback(sa.astype(np.float64), sb.astype(np.float64))
        out[~vector] = values
    return out


def pow_float32(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``torch.pow(a, b)`` of two float32 tensors as ATen computes it (SLEEF's powf on vector
    blocks, the C library's powf on the rest of each run)."""
    return _vector_kernel_scalar_tail(powf, "pow", a, b, np.power)


def atan2_float32(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``torch.atan2(a, b)`` of two float32 tensors as ATen computes it (SLEEF's atan2f on vector
    blocks, the C library's atan2f on the rest of each run)."""
    return _vector_kernel_scalar_tail(atan2f, "atan2", a, b, np.arctan2)

"""SLEEF's float64 ``exp`` and ``log`` (``Sleef_expd8_u10``, ``Sleef_logd8_u10``, AVX512 with
FMA), with the same bits.

ATen's ``Vectorized<double>::exp`` calls the first on the whole vector blocks of float64
``sigmoid`` and SiLU (the rest of each run calls the C library's ``exp``) and on every element
of softmax and log_softmax; ``Vectorized<double>::log`` the second on log_softmax's row sums.
Neither is correctly rounded: exp's degree-13 polynomial is evaluated with fused multiply-adds in
Estrin's order, log works on a pair of doubles, and the last bit differs from the correctly
rounded value for a few percent of inputs (numpy's exp and log differ from them for 8% and 1.3%
on normal inputs). numpy has no fused multiply-add. Three forms:

- ``_expd1``/``_logd1``: the kernels step by step on one Python float, each fused step exact in
  integers (``_fma1``): the reference, used for a few elements and for the flagged ones below;
- ``_expd_fast``/``_logd_fast``: the same steps on arrays, each fused step's rounding decided in
  float64 from an exact remainder (Dekker's product with Veltkamp's split, Fast2Sum where the
  addend dominates) or, where the unfused step's deviation provably cannot matter, unfused; an
  element any of whose steps lies too near a rounding boundary to decide is flagged and redone
  by the reference (a few in 10^5 on ordinary inputs);
- ``fma``: a general exact fused multiply-add on arrays (lerp, addcmul, gradients).

Checked against the functions exported by PyTorch's own library (``tools/check_sleef64.py``).
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

__all__ = ["exp_vector_or_scalar", "expd", "fma", "logd"]

_F64 = np.float64
_SPLIT = _F64(2.0 ** 27 + 1)
_BLOCK = 1 << 12  # elements per pass: the temporaries stay in the cache (measured: 2^13 took twice as long)
# Up to these sizes one Python float at a time (~11 µs each) costs less than the fast forms'
# numpy calls (~100 µs for exp, ~125 for log, whatever the size; measured crossovers)
_SCALAR_EXP = 8
_SCALAR_LOG = 10


def _split(a: Any) -> tuple[Any, Any]:
    """Veltkamp's split: a = hi + lo exactly, each with at most 26 significant bits."""
    t = _SPLIT * a
    hi = t - (t - a)
    return hi, a - hi


def _two_sum(a: np.ndarray, b: np.ndarray, s: np.ndarray) -> np.ndarray:
    """The exact error of s = fl(a + b) (Knuth's two-sum, any order of magnitudes)."""
    v = s - a
    return (a - (s - v)) + (b - v)


def fma(a, b, c) -> np.ndarray:
    """fl(a*b + c) with a single rounding, for float64 arrays (broadcast)."""
    a, b, c = np.asarray(a, _F64), np.asarray(b, _F64), np.asarray(c, _F64)
    if a.size <= _SCALAR_EXP and b.size <= _SCALAR_EXP and c.size <= _SCALAR_EXP:
        a, b, c = np.broadcast_arrays(a, b, c)
        return np.array([_fma1(*v) for v in zip(a.ravel().tolist(), b.ravel().tolist(), c.ravel().tolist())],
                        _F64).reshape(a.shape)
    shape = np.broadcast_shapes(a.shape, b.shape, c.shape)
    size = math.prod(shape)
    if size <= _BLOCK:
        return _fma_block(a, b, c)
    flat = [v.reshape(()) if v.size == 1 else np.broadcast_to(v, shape).reshape(-1) for v in (a, b, c)]
    out = np.empty(size, _F64)
    for start in range(0, size, _BLOCK):
        a, b, c = (v if v.ndim == 0 else v[start:start + _BLOCK] for v in flat)
        out[start:start + _BLOCK] = _fma_block(a, b, c)
    return out.reshape(shape)


def _fma_block(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    with np.errstate(all="ignore"):
        p = a * b
        ah, al = _split(a)
        bh, bl = _split(b)
        e = ((ah * bh - p) + ah * bl + al * bh) + al * bl  # a*b = p + e exactly
        s = p + c
        t = _two_sum(p, c, s)  # p + c = s + t exactly
        u = t + e
        r = s + u
        d = _two_sum(s, u, r)
        g = _two_sum(t, e, u)
        # The exact value is r + d + g: r = fl(s + u) is right where g is 0, else unless |d + g|
        # may reach half an ulp of r (half of that below a power of two, where the spacing halves).
        # Overflow, infinities and NaN leave r non-finite, and a product below 2^-969 has an
        # inexact e (it only matters for a result as small): their value comes from _fma1 too.
        suspect = ((np.abs(d) + np.abs(g) >= _half_ulp_floor(r, 0.0)) & (g != 0)) | ~np.isfinite(r)
        tiny = np.abs(r) < 2.0 ** -960
        if tiny.any():
            suspect |= tiny & (a != 0) & (b != 0)
            # an exact zero takes IEEE's sign (-0 from -0 + -0): that of p + c, p being exact then
            r = np.where(r == 0, s, r)
        if suspect.any():
            a, b, c = np.broadcast_arrays(a, b, c)
            r = np.array(r, copy=True)
            where = np.flatnonzero(suspect)
            r.flat[where] = [_fma1(*v) for v in zip(a.flat[where].tolist(), b.flat[where].tolist(),
                                                     c.flat[where].tolist())]
    return r


_R_LN2 = 1.442695040888963407359924681001892137426645954152985934135449406931
_L2U = 0.69314718055966295651160180568695068359375
_L2L = 0.28235290563031577122588448175013436025525412068e-12
_LOG_DBL_MAX = float.fromhex("0x1.62e42fefa39efp+9")
_EXP_POLY = (0.2081276378237164457e-8, 0.2511210703042288022e-7, 0.2755762628169491192e-6,
             0.2755723402025388239e-5, 0.2480158687479686264e-4, 0.1984126989855865850e-3,
             0.1388888888914497797e-2, 0.8333333333314938210e-2, 0.4166666666666602598e-1,
             0.1666666666666669072e+0)


# The fast form of exp. Bounds the tolerances rest on: s is in [-0.3467, 0.3467]; the level-one
# values c_{2k+1} s + c_{2k} stay in the binades of c_{2k}; P(s) (``u`` before the Horner
# steps) in [0.15, 0.19]. An unfused step is off by at most an ulp of its result.

_ODD = np.array(_EXP_POLY[0::2])[:, None]  # c9, c7, c5, c3, c1: the multipliers of s
_EVEN = np.array(_EXP_POLY[1::2])[:, None]  # c8, c6, c4, c2, c0
_ODD_HI, _ODD_LO = (np.array(v)[:, None] for v in zip(*(_split(c) for c in _EXP_POLY[0::2][3:])))
_L2L_HI, _L2L_LO = _split(_L2L)  # u has at most 11 bits: u * either part is exact
_EXPONENT = np.int64(0x7FF0000000000000)
_BELOW = 1.0 - 2.0 ** -53


def _half_ulp_floor(r: np.ndarray, tol: float) -> np.ndarray:
    """(1 - tol) half an ulp of |r| on the side towards zero (half the spacing below a power of
    two), for normal r: the exponent bits of r (1 - 2^-53), which is below 2^k only for r = 2^k."""
    return ((r * _BELOW).view(np.int64) & _EXPONENT).view(_F64) * (2.0 ** -53 * (1.0 - tol))


def _round_sum(big: np.ndarray, w: np.ndarray, tol: float) -> tuple[np.ndarray, np.ndarray]:
    """fl(big + w + delta) for |w| at most twice half an ulp of big and |delta| below ``tol``
    half ulps of the result: fl(big + w), and where |big + w - result| may reach the boundary."""
    r = big + w
    d = w - (r - big)  # big + w = r + d exactly (r - big is exact, and so is this difference)
    return r, np.abs(d) >= _half_ulp_floor(r, tol)


def _horner(a: np.ndarray, sh: np.ndarray, sl: np.ndarray, s: np.ndarray, c: float,
            flags: np.ndarray) -> np.ndarray:
    """fma(a, s, c) for a power of two c above |a s|: Dekker's exact product, Fast2Sum."""
    ah, al = _split(a)
    p = a * s
    e = ((ah * sh - p) + ah * sl + al * sh) + al * sl  # a s = p + e exactly
    top = p + c
    r, bad = _round_sum(top, (p - (top - c)) + e, 2.0 ** -48)
    flags |= bad
    return r


def _expd_fast(d: np.ndarray) -> np.ndarray:
    """``_expd1`` of each element of a 1-d array, in about a third of the numpy operations of
    the step-by-step form with an exact fused multiply-add."""
    with np.errstate(all="ignore"):
        special = ~((d >= -1000.0) & (d <= _LOG_DBL_MAX))  # NaN, overflow, underflow to 0
        any_special = bool(special.any())
        x = np.where(special, 0.0, d) if any_special else d
        u = np.rint(x * _R_LN2)
        q = u.astype(np.int64)
        s = x + u * -_L2U  # the fused step's value: u has at most 11 bits and L2U 41, the product is exact
        # s - u L2L: the product's error from the parts of L2L, a full two-sum (s may be tiny)
        p = u * -_L2L
        e = (u * -_L2L_HI - p) + u * -_L2L_LO
        top = s + p
        v = top - s
        w = ((s - (top - v)) + (p - v)) + e
        r = top + w
        v = r - top
        d_ = (top - (r - v)) + (w - v)
        flags = (np.abs(d_) + np.abs(w) * 2.0 ** -52) > _half_ulp_floor(r, 0.0)  # r = 0 is exact
        s = r
        sh, sl = _split(s)
        s2 = s * s
        s4 = s2 * s2
        # level one: c9 s + c8 .. c5 s + c4 unfused (their deviations are folded into the
        # tolerances below), c3 s + c2 and c1 s + c0 exactly
        p = s * _ODD
        first = p + _EVEN
        p3 = p[3:]
        top = first[3:]
        e = ((_ODD_HI * sh - p3) + _ODD_HI * sl + _ODD_LO * sh) + _ODD_LO * sl
        (f3, f4), bad = _round_sum(top, (p3 - (top - _EVEN[3:])) + e, 2.0 ** -48)
        flags |= bad[0] | bad[1]
        second0 = s2 * first[1] + first[2]
        # c3.. level two, exactly: s2 f3 + f4
        ah, al = _split(s2)
        bh, bl = _split(f3)
        p = s2 * f3
        e = ((ah * bh - p) + ah * bl + al * bh) + al * bl
        top = p + f4
        second1, bad = _round_sum(top, (p - (top - f4)) + e, 2.0 ** -48)
        flags |= bad
        # s4 second0 + second1 and s8 c(9..8) + low: products far below an ulp of the sum
        p = s4 * second0
        low = p + second1
        flags |= np.abs(p - (low - second1)) >= _half_ulp_floor(low, 2.0 ** -12)
        p = (s4 * s4) * first[0]
        u = p + low
        flags |= np.abs(p - (u - low)) >= _half_ulp_floor(u, 2.0 ** -30)
        u = _horner(u, sh, sl, s, 0.5, flags)
        u = _horner(u, sh, sl, s, 1.0, flags)
        u = _horner(u, sh, sl, s, 1.0, flags)
        # SLEEF scales by 2**(q//2) then 2**(q - q//2): the first product is exact (u 2**(q//2)
        # stays normal for q >= -1443), so this is one rounding of u 2**q, as ldexp's
        u = np.ldexp(u, q)
    if any_special:
        u = np.where(d > _LOG_DBL_MAX, np.inf, u)
        u = np.where(d < -1000, 0.0, u)
        u = np.where(np.isnan(d), d, u)
    if flags.any():
        where = np.flatnonzero(flags)
        u[where] = [_expd1(v) for v in d[where].tolist()]
    return u


def expd(x: np.ndarray) -> np.ndarray:
    """``Sleef_expd8_u10`` of each element: one float at a time for a few, else in cache-sized
    passes of the fast form."""
    x = np.asarray(x, _F64)
    if x.size <= _SCALAR_EXP:
        return np.array([_expd1(v) for v in x.ravel().tolist()], _F64).reshape(x.shape)
    flat = np.ascontiguousarray(x).reshape(-1)
    if flat.size <= _BLOCK:
        return _expd_fast(flat).reshape(x.shape)
    out = np.empty_like(flat)
    for start in range(0, flat.size, _BLOCK):
        out[start:start + _BLOCK] = _expd_fast(flat[start:start + _BLOCK])
    return out.reshape(x.shape)


_LN2_DD = (0.693147180559945286226764, 2.319046813846299558417771e-17)
_LOG_POLY = (0.1532076988502701353e+0, 0.1525629051003428716e+0, 0.1818605932937785996e+0,
             0.2222214519839380009e+0, 0.2857142932794299317e+0, 0.3999999999635251990e+0,
             0.6666666666667333541e+0)


_C35 = np.array([_LOG_POLY[3], _LOG_POLY[5]])[:, None]
_C46 = np.array([_LOG_POLY[4], _LOG_POLY[6]])[:, None]
_C35_HI, _C35_LO = (np.array(v)[:, None] for v in zip(*(_split(c) for c in _LOG_POLY[3::2][:2])))
_LN2_HI, _LN2_LO = _split(_LN2_DD[0])  # e has at most 11 bits: e * either part is exact


def _log_head_tail(sh, sl, head, x1, x2, poly):
    """SLEEF's last double-double sum for log: e ln2 (sh + sl) + 2 (head + x1) + x2 head poly, as a
    head and the tail still to add (for arrays and for single floats alike)."""
    x2h, x2l = head * 2.0, x1 * 2.0
    total = sh + x2h
    tail = (((sh - total) + x2h) + sl) + x2l
    y = (x2 * head) * poly
    r = total + y
    return r, ((total - r) + y) + tail


def _logd_fast(d: np.ndarray) -> np.ndarray:
    """``_logd1`` of each element of a 1-d array in fewer numpy operations: the fused steps whose
    results are exact (a product's error, a reciprocal's remainder, a power-of-two q1) in plain
    arithmetic, C = x2 c3 + c4, D = x2 c5 + c6 and x4 C + D with Dekker's product and Fast2Sum,
    A unfused and P's sum checked, A's deviation within the tolerance (x in [-1/7, 0.2], x2 <= 0.04;
    C in [0.2857, 0.2946], D and B in [0.666, 0.69], A in [0.18, 0.19]); x1 and sl unfused, the
    final sum checked; flagged elements through ``_logd1``."""
    with np.errstate(all="ignore"):
        special = ~((d > 0) & (d < np.inf))
        any_special = bool(special.any())
        safe = np.where(special, 1.0, d) if any_special else d
        scaled = safe * (1.0 / 0.75)
        e = (np.frexp(scaled)[1] - 1).astype(_F64)
        overflow = scaled == np.inf
        if overflow.any():
            e[overflow] = 1024.0  # getexp(inf) is inf, which SLEEF makes 1024
        fraction = np.frexp(safe)[0]
        m = np.where(fraction >= 0.75, fraction, fraction * 2.0)  # in [0.75, 1.5)
        n0 = m - 1.0  # exact; its two-sum remainder n1 is +0
        q0 = 1.0 + m
        q1 = m - (q0 - 1.0)  # exact: 0 or a power of two
        t = 1.0 / q0
        head = n0 * t
        th, tl = _split(t)
        nh, nl = _split(n0)
        u = ((th * nh - head) + th * nl + tl * nh) + tl * nl  # fma(t, n0, -head): exact
        qh, ql = _split(q0)
        p = q0 * t
        inner = (1.0 - p) - (((qh * th - p) + qh * tl + ql * th) + ql * tl)  # 1 - q0 t, exact
        v = -q1 * t + inner  # q1 t is exact
        x1 = head * v + u  # unfused: it reaches the result only through the tail, checked at the end
        x2 = head * head
        x4 = x2 * x2
        c = _LOG_POLY
        # D = x2 c5 + c6, C = x2 c3 + c4 and B = x4 C + D exactly; P = x8 A + B, A's deviation
        # 4e-6 of its half ulp
        xh, xl = _split(x2)
        p = x2 * _C35
        top = p + _C46
        (cc, dd), bad = _round_sum(top, (p - (top - _C46)) + (((xh * _C35_HI - p) + xh * _C35_LO + xl * _C35_HI)
                                                            + xl * _C35_LO), 2.0 ** -48)
        flags = bad[0] | bad[1]
        ah, al = _split(x4)
        bh, bl = _split(cc)
        p = x4 * cc
        top = p + dd
        b, bad = _round_sum(top, (p - (top - dd)) + (((ah * bh - p) + ah * bl + al * bh) + al * bl), 2.0 ** -48)
        flags |= bad
        p = (x4 * x4) * (x4 * c[0] + (x2 * c[1] + c[2]))
        poly = p + b
        flags |= np.abs(p - (poly - b)) >= _half_ulp_floor(poly, 2.0 ** -16)
        sh = _LN2_DD[0] * e
        sl = _LN2_DD[1] * e + ((_LN2_HI * e - sh) + _LN2_LO * e)  # unfused likewise
        r, tail = _log_head_tail(sh, sl, head, x1, x2, poly)
        # x1 and sl unfused move the tail by under 2^-100 of the result (their own errors) plus
        # the roundings they may flip in the tail's sums (an ulp of the tail each: 2^-48 of the
        # result's half ulp): the final sum is right unless its remainder lies that near the boundary
        out = r + tail
        v = out - r
        flags |= np.abs((r - (out - v)) + (tail - v)) > _half_ulp_floor(out, 2.0 ** -40)
        r = out
    if any_special:
        r = np.where(d == np.inf, np.inf, r)
        r = np.where((d < 0) | np.isnan(d), np.nan, r)
        r = np.where(d == 0, -np.inf, r)
    if flags.any():
        where = np.flatnonzero(flags)
        r[where] = [_logd1(v) for v in d[where].tolist()]
    return r


def logd(x: np.ndarray) -> np.ndarray:
    """``Sleef_logd8_u10`` of each element."""
    x = np.asarray(x, _F64)
    if x.size <= _SCALAR_LOG:
        return np.array([_logd1(v) for v in x.ravel().tolist()], _F64).reshape(x.shape)
    flat = np.ascontiguousarray(x).reshape(-1)
    out = np.empty_like(flat)
    for start in range(0, flat.size, _BLOCK):
        out[start:start + _BLOCK] = _logd_fast(flat[start:start + _BLOCK])
    return out.reshape(x.shape)


# The kernels one Python float at a time, each fused step in exact integers: the reference the
# fast forms fall back on, and the cheaper form for a few elements (the fast forms take some 150
# numpy calls whatever the size).

def _fma1(a: float, b: float, c: float) -> float:
    """fl(a*b + c) for one Python float each: Python's int true division rounds correctly."""
    try:
        na, da = a.as_integer_ratio()
        nb, db = b.as_integer_ratio()
        nc, dc = c.as_integer_ratio()
        num = na * nb * dc + nc * da * db
        r = num / (da * db * dc)
    except (OverflowError, ValueError):  # infinities, NaN, a result beyond the largest double
        return a * b + c
    if r == 0.0:  # an exact zero takes IEEE's sign rule (a*b is then exact); an underflow its own sign
        return a * b + c if num == 0 else math.copysign(0.0, num)
    return r


def _expd1(d: float) -> float:
    """SLEEF's ``xexp``: q = rint(d/ln2), s = d - q ln2 in two fused steps, Estrin's polynomial
    (POLY10 then three Horner steps), scaled by 2**q in two multiplications; inf above
    log(DBL_MAX), 0 below -1000."""
    if d != d:
        return d
    if d > _LOG_DBL_MAX:
        return math.inf
    if d < -1000:
        return 0.0
    q = round(d * _R_LN2)  # half to even, as rint
    u = float(q)
    s = d + u * -_L2U  # the product is exact (u has at most 11 bits, L2U 41): the fused step's value
    s = _fma1(u, -_L2L, s)
    s2 = s * s
    s4 = s2 * s2
    c = _EXP_POLY
    f0, f1, f2, f3, f4 = (_fma1(s, c[k], c[k + 1]) for k in range(0, 10, 2))
    low = _fma1(s4, _fma1(s2, f1, f2), _fma1(s2, f3, f4))
    u = _fma1(s4 * s4, f0, low)
    u = _fma1(_fma1(_fma1(u, s, 0.5), s, 1.0), s, 1.0)
    half = q >> 1
    return (u * math.ldexp(1.0, half)) * math.ldexp(1.0, q - half)  # the fast form's ldexp is the same


def _logd1(d: float) -> float:
    """SLEEF's ``xlog_u1`` (AVX512 form): d = 2**e m with m in [0.75, 1.5) (getexp, getmant),
    x = (m - 1) / (m + 1) as a double pair, e ln2 + 2x + x**3 P(x**2), P in Estrin's order."""
    if not d > 0 or d == math.inf:
        return -math.inf if d == 0 else (math.inf if d == math.inf else math.nan)
    scaled = d * (1.0 / 0.75)
    e = 1024.0 if scaled == math.inf else float(math.frexp(scaled)[1] - 1)
    m = math.frexp(d)[0] * 2.0
    if m >= 1.5:
        m *= 0.5
    n0 = -1.0 + m
    n1 = (-1.0 - (n0 - (n0 + 1.0))) + (m - (n0 + 1.0))
    q0 = 1.0 + m
    q1 = (1.0 - (q0 - (q0 - 1.0))) + (m - (q0 - 1.0))
    t = 1.0 / q0
    head = n0 * t
    u = _fma1(t, n0, -head)
    v = _fma1(-q1, t, _fma1(-q0, t, 1.0))
    x1 = _fma1(head, v, _fma1(n1, t, u))
    x2 = head * head
    x4 = x2 * x2
    c = _LOG_POLY
    p = _fma1(x4 * x4, _fma1(x4, c[0], _fma1(x2, c[1], c[2])),
              _fma1(x4, _fma1(x2, c[3], c[4]), _fma1(x2, c[5], c[6])))
    sh = _LN2_DD[0] * e
    sl = _fma1(_LN2_DD[1], e, _fma1(_LN2_DD[0], e, -sh))
    r, tail = _log_head_tail(sh, sl, head, x1, x2, p)
    return r + tail


def exp_vector_or_scalar(x: np.ndarray, vector: np.ndarray) -> np.ndarray:
    """exp of a float64 array as ATen's loop takes it: SLEEF's on the elements of whole vector
    blocks (``vector``, from ``float32_math.vector_path_mask``), the C library's ``exp`` on the
    rest (not always the correctly rounded value either)."""
    from autograd_tui.engine.parity import float64_math, libm  # libm imports rounding, which imports this

    out = np.empty(x.shape, _F64)
    if vector.any():
        out[vector] = expd(x[vector])
    if not vector.all():
        rest = x[~vector]
        values = libm.c_unary("exp", rest)
        out[~vector] = values if values is not None else float64_math.exp(rest)
    return out

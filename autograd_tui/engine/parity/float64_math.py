"""float64 tanh, sin, cos and exp as PyTorch's CPU wheel returns them, to the last bit (almost).

Pure numpy: each function takes a float64 array of any shape and returns a new one.

Which kernel PyTorch's x86-64 CPU wheel runs for float64 ``exp``, ``log``, ``sin``, ``cos``,
``tanh`` and ``sqrt``: Intel MKL's vector math (``vmdExp``, ``vmdSin``, ...), for every size and
layout, as for float32 (measured: PyTorch's bits equal those of the MKL functions exported by its
own library on 10^6 inputs each, sizes 1..40, strided views and 0-dim tensors). Not SLEEF and not
the C library. MKL's code is closed, and its double-precision functions are correctly rounded for
all but a small share of inputs on [-10, 10] (tanh and exp 0.5%, sin and cos 0.02%), which is
where numpy's kernels are not (numpy's tanh differs from PyTorch for ~22% of inputs).

So this module computes the correctly rounded result: each function evaluates its value as an
unevaluated sum of two doubles (double-double arithmetic, about 2**-75 relative error here) and
rounds that once. ``tanh_mkl`` (|x| < 2) and ``sin_mkl`` (|x| < 2**-8) also reproduce most of
MKL's own rounding errors (up to 16% of tanh's inputs in some ranges below 1/8) from biases
fitted to PyTorch's outputs. The residual differences are measured in
``docs/parity-float64-math.md``.
"""
from __future__ import annotations

from decimal import Decimal, localcontext
from functools import cache
from typing import Callable

import numpy as np

from autograd_tui.engine.parity.generator import _fma64, _two_product
from autograd_tui.engine.parity.mkl_sin_bias import PIECES as SIN_PIECES
from autograd_tui.engine.parity.mkl_tanh_bias import PIECES as TANH_PIECES

__all__ = ["tanh", "tanh_mkl", "sin", "sin_mkl", "cos", "exp", "tanh_backward"]

_F64 = np.float64


# ---------------------------------------------------------------------------------------------
# Double-double arithmetic: a value is hi + lo with |lo| <= ulp(hi) / 2
# ---------------------------------------------------------------------------------------------

def _two_sum(a, b):
    s = a + b
    back = s - a
    return s, (a - (s - back)) + (b - back)


def _fast_two_sum(a, b):
    """Exact a + b as hi + lo, for |a| >= |b| (or a == 0)."""
    s = a + b
    return s, b - (s - a)


def _dd_add(ah, al, bh, bl):
    s, e = _two_sum(ah, bh)
    return _fast_two_sum(s, e + (al + bl))


def _dd_mul(ah, al, bh, bl):
    p, e = _two_product(ah, bh)
    return _fast_two_sum(p, e + (ah * bl + al * bh))


def _dd_div(ah, al, bh, bl):
    q1 = ah / bh
    ph, pl = _dd_mul(q1, 0.0, bh, bl)
    rh, rl = _dd_add(ah, al, -ph, -pl)
    return _fast_two_sum(q1, (rh + rl) / bh)


def _split(value: Decimal, bits: int, parts: int) -> tuple[float, ...]:
    """``value`` as ``parts`` doubles, each but the last with at most ``bits`` significant bits
    (so that an integer of 53 - bits bits times such a part is exact)."""
    out = []
    rest = value
    for _ in range(parts - 1):
        mantissa, exponent = np.frexp(float(rest))
        part = float(np.ldexp(np.trunc(np.ldexp(mantissa, bits)), exponent - bits))
        out.append(part)
        rest -= Decimal(part)
    out.append(float(rest))
    return tuple(out)


def _dd_of(values: list[Decimal]) -> tuple[np.ndarray, np.ndarray]:
    hi = np.array([float(v) for v in values], _F64)
    lo = np.array([float(v - Decimal(float(h))) for v, h in zip(values, hi)], _F64)
    return hi, lo


# Long arrays are computed in pieces of this many elements: the double-double steps create
# about a hundred temporaries, and at this size they stay in the processor's cache and in
# malloc's reused memory instead of fresh pages (6x faster at 10^5 elements).
_CHUNK = 2048

# Small arrays first try the C library's long double function (x87 extended precision, 64-bit
# mantissa, on x86-64): its result rounds to the correctly rounded double unless it lies within
# _LD_MARGIN of its units of a midpoint between two doubles (glibc's tanhl, sinl, cosl and expl
# err by at most a few such units; 2.5 measured for tanhl), and only those elements take the
# double-double path. That makes a 10-element call ~10x cheaper; for long arrays the C
# library's long double functions cost more than the double-double path.
_LONG_DOUBLE = np.finfo(np.longdouble).nmant >= 63
_LD_MARGIN = 16
_SMALL = 256


def _rounds_safely(y: np.ndarray, d: np.ndarray) -> np.ndarray:
    """Whether the long double ``y`` is far enough from every midpoint between doubles that
    its error cannot move the rounding; ``d`` is ``y`` rounded to double."""
    ld = np.longdouble
    a = np.abs(d)
    up = (np.nextafter(a, np.inf) - a).astype(ld) / 2
    down = (a - np.nextafter(a, 0.0)).astype(ld) / 2
    distance = np.minimum(np.abs(np.abs(y) - (a.astype(ld) + up)), np.abs(np.abs(y) - (a.astype(ld) - down)))
    return (distance > _LD_MARGIN * np.spacing(np.abs(y))) & (a >= np.finfo(_F64).tiny) & np.isfinite(a)


def _kernel(long_double_fn: Callable[[np.ndarray], np.ndarray]):
    """Wrap a double-double kernel: any shape, chunks for long arrays, and the long double
    shortcut for small ones."""
    def wrap(kernel: Callable[[np.ndarray], np.ndarray]) -> Callable[[np.ndarray], np.ndarray]:
        def apply(x: np.ndarray) -> np.ndarray:
            x = np.asarray(x, _F64)
            flat = x.reshape(-1)  # numpy returns scalars for 0-dim arrays; work on 1-dim ones
            if flat.size <= _SMALL and _LONG_DOUBLE:
                with np.errstate(all="ignore"):
                    y = np.asarray(long_double_fn(flat.astype(np.longdouble)))
                    out = y.astype(_F64)
                    unsure = ~_rounds_safely(y, out)
                if unsure.any():
                    out[unsure] = kernel(flat[unsure])
            elif flat.size <= _CHUNK:
                out = np.asarray(kernel(flat), _F64)
            else:
                out = np.empty(flat.size, _F64)
                for start in range(0, flat.size, _CHUNK):
                    out[start:start + _CHUNK] = kernel(flat[start:start + _CHUNK])
            return out.reshape(x.shape)
        apply.__name__ = kernel.__name__
        apply.__doc__ = kernel.__doc__
        return apply
    return wrap


_PI = Decimal("3.14159265358979323846264338327950288419716939937510582097494459230781640628620899")


# ---------------------------------------------------------------------------------------------
# exp and expm1 in double-double: exp(y) = 2**m * 2**(j/64) * exp(r), |r| <= ln2/128
# ---------------------------------------------------------------------------------------------

_EXP_N = 64


@cache  # built on first use: the tables cost start-up time
def _exp_constants() -> tuple[np.ndarray, np.ndarray, tuple[float, ...], float]:
    """2**(j/64) for j < 64 as double-doubles, ln2/64 in three parts (the first two of 32 bits),
    and 64/ln2."""
    with localcontext() as context:
        context.prec = 60
        table = _dd_of([Decimal(2) ** (Decimal(j) / _EXP_N) for j in range(_EXP_N)])
        step = Decimal(2).ln() / _EXP_N
        return table[0], table[1], _split(step, 32, 3), float(1 / step)


# 1/n! for n = 3..9, highest first, for the tail of exp(r) - 1 - r - r*r/2.
_EXP_TAIL = tuple(1.0 / float(np.prod(np.arange(1, n + 1, dtype=_F64))) for n in range(9, 2, -1))


def _exp_parts(y: np.ndarray):
    """exp(y) as (hi, lo, m): (hi + lo) * 2**m, hi + lo in [1, 2) up to rounding; |y| < 745."""
    table_hi, table_lo, (c1, c2, c3), inv_step = _exp_constants()
    kf = np.rint(y * inv_step)
    k = kf.astype(np.int64)
    r1 = y - kf * c1  # exact: y and k * c1 are within a factor of two of each other
    rh, rl = _two_sum(r1, -(kf * c2))  # k * c2 is exact too (k has at most 17 bits)
    rl = rl - kf * c3
    rh, rl = _fast_two_sum(rh, rl)
    # exp(r) - 1 = r + r*r/2 + r**3 * (1/6 + r/24 + ...): the tail in plain doubles is enough,
    # being at most 2**-24 of the result.
    tail = np.full_like(rh, _EXP_TAIL[0])
    for coefficient in _EXP_TAIL[1:]:
        tail = tail * rh + coefficient
    sq_h, sq_l = _two_product(rh, rh)
    sq_l = sq_l + 2.0 * rh * rl
    ph, pl = _fast_two_sum(rh, 0.5 * sq_h)
    pl = pl + (rl + 0.5 * sq_l + rh * sq_h * tail)
    ph, pl = _fast_two_sum(ph, pl)
    j = k & (_EXP_N - 1)
    th = table_hi.take(j)
    tl = table_lo.take(j)
    qh, ql = _dd_mul(th, tl, ph, pl)
    vh, vl = _dd_add(th, tl, qh, ql)
    return vh, vl, k >> 6


def _expm1_dd(y: np.ndarray):
    """exp(y) - 1 as a double-double for 0 <= y <= 60, with relative error about 2**-75."""
    vh, vl, m = _exp_parts(y)
    scale = np.ldexp(1.0, m)
    return _dd_add(vh * scale, vl * scale, np.full_like(vh, -1.0), np.zeros_like(vh))


@_kernel(np.exp)
def exp(x: np.ndarray) -> np.ndarray:
    """``torch.exp`` of float64: the correctly rounded exp (MKL's bits for ~99.4% of inputs)."""
    x = np.asarray(x, _F64)
    with np.errstate(all="ignore"):
        # Results in the subnormal range would round twice here; numpy's exp takes those.
        normal = (x > -708.0) & (x < 709.0)
        vh, vl, m = _exp_parts(np.where(normal, x, 0.0))
        out = np.ldexp(vh + vl, m)
        if not normal.all():
            out = np.where(normal, out, np.exp(x))
    return out


# ---------------------------------------------------------------------------------------------
# tanh
# ---------------------------------------------------------------------------------------------

# Below this magnitude tanh(x) rounds to x; from the upper one on, to +-1.
_TANH_TINY = 2.0 ** -27
_TANH_ONE = 20.0


def _tanh_dd(x: np.ndarray, bias=None) -> np.ndarray:
    """tanh|x| = E / (E + 2) with E = exp(2|x|) - 1, both in double-double, rounded once after
    subtracting ``bias(|x|)`` from the exact value when a bias is given."""
    x = np.asarray(x, _F64)
    with np.errstate(all="ignore"):
        a = np.abs(x)
        middle = (a >= _TANH_TINY) & (a < _TANH_ONE)
        y = 2.0 * np.where(middle, a, 1.0)
        eh, el = _expm1_dd(y)
        dh, dl = _dd_add(eh, el, np.full_like(eh, 2.0), np.zeros_like(eh))
        qh, ql = _dd_div(eh, el, dh, dl)
        if bias is not None:
            qh = qh + (ql - bias(np.where(middle, a, 1.0)))
        out = np.where(a < _TANH_ONE, np.copysign(qh, x), np.copysign(1.0, x))
        out = np.where(a < _TANH_TINY, x, out)
    return np.where(np.isnan(x), x, out)


@_kernel(np.tanh)
def tanh(x: np.ndarray) -> np.ndarray:
    """``torch.tanh`` of float64: correctly rounded (MKL's bits for ~99.6% of inputs)."""
    return _tanh_dd(x)


# MKL's tanh for |x| < 2 (where most of its differences from the correctly rounded value are)
# is, to within a fitted model, the exact value minus a smooth bias, rounded once (below 1/8
# always towards zero, by up to a quarter of an ulp). The bias was fitted piecewise from
# PyTorch's outputs (``mkl_tanh_bias``) on an AVX512 machine; the engine uses it only there.
_BIAS_LIMIT = 2.0


@cache  # built on first use
def _bias_pieces(function: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pieces' lower and upper ends, and their coefficients by degree (one row per degree)."""
    pieces = TANH_PIECES if function == "tanh" else SIN_PIECES
    lows = np.array([p[0] for p in pieces], _F64)
    highs = np.array([p[1] for p in pieces], _F64)
    degree = max(len(p[2]) for p in pieces)
    coefficients = np.zeros((degree, len(pieces)), _F64)
    for i, piece in enumerate(pieces):
        coefficients[:len(piece[2]), i] = piece[2]
    return lows, highs, coefficients


def _mkl_bias(function: str, a: np.ndarray, limit: float) -> np.ndarray:
    """MKL's bias (exact value minus what it rounds) at |x| = a, from the fitted pieces; 0 from
    ``limit`` on."""
    lows, highs, coefficients = _bias_pieces(function)
    piece = np.clip(np.searchsorted(lows, a, side="right") - 1, 0, lows.size - 1)
    lo, hi = lows.take(piece), highs.take(piece)
    s = (2.0 * a - lo - hi) / (hi - lo)
    value = coefficients[-1].take(piece)
    for row in coefficients[-2::-1]:
        value = value * s + row.take(piece)
    return np.where(a < limit, value * a * a, 0.0)


def _mkl_tanh_bias(a: np.ndarray) -> np.ndarray:
    return _mkl_bias("tanh", a, _BIAS_LIMIT)


def _tanh_mkl_long_double(w: np.ndarray) -> np.ndarray:
    return np.tanh(w) - np.sign(w) * _mkl_tanh_bias(np.abs(w).astype(_F64))


@_kernel(_tanh_mkl_long_double)
def tanh_mkl(x: np.ndarray) -> np.ndarray:
    """``torch.tanh`` of float64 as MKL computes it on an AVX512 machine, as far as measured:
    for |x| < 2 the exact value minus MKL's fitted bias, rounded once (PyTorch's bits for
    ~99.97% of such inputs instead of ~97%); from 2 on the correctly rounded value (~99.7%).
    """
    return _tanh_dd(x, _mkl_tanh_bias)


# ---------------------------------------------------------------------------------------------
# sin and cos: x = k * pi/2 + J/64 + b, |b| <= 1/128
# ---------------------------------------------------------------------------------------------

# The reduction by multiples of pi/2 below is exact up to here (k needs at most 20 bits);
# beyond it the C library's long double sin and cos, rounded, stand in (or numpy's double ones
# where long double is double).
_TRIG_LIMIT = 2.0 ** 20
_TRIG_N = 64
_TRIG_J = 51  # |r| <= pi/4 < 51.5/64


def _decimal_sin_cos(a: Decimal) -> tuple[Decimal, Decimal]:
    s, c, term, n = Decimal(0), Decimal(0), Decimal(1), 0
    while True:
        if n % 4 == 0:
            c += term
        elif n % 4 == 1:
            s += term
        elif n % 4 == 2:
            c -= term
        else:
            s -= term
        n += 1
        term = term * a / n
        if abs(term) < Decimal(10) ** -45:
            return s, c


@cache  # built on first use: the tables cost start-up time
def _trig_constants() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, tuple[float, ...], float]:
    """sin and cos of J/64 for J in -51..51 as double-doubles, pi/2 in four parts (the first
    three of 33 bits), and 2/pi."""
    with localcontext() as context:
        context.prec = 60
        sines, cosines = zip(*(_decimal_sin_cos(Decimal(j) / _TRIG_N) for j in range(-_TRIG_J, _TRIG_J + 1)))
        s_hi, s_lo = _dd_of(list(sines))
        c_hi, c_lo = _dd_of(list(cosines))
        return s_hi, s_lo, c_hi, c_lo, _split(_PI / 2, 33, 4), float(2 / _PI)


# sin(b) = b + b**3 * S(b*b), cos(b) = 1 - b*b/2 + b**4 * C(b*b): Taylor coefficients, highest
# degree first (|b| <= 1/128, so the truncation is below 2**-90).
_SIN_TAIL = (-1.0 / 39916800, 1.0 / 362880, -1.0 / 5040, 1.0 / 120, -1.0 / 6)
_COS_TAIL = (-1.0 / 3628800, 1.0 / 40320, -1.0 / 720, 1.0 / 24)


def _horner(z: np.ndarray, coefficients: tuple[float, ...]) -> np.ndarray:
    out = np.full_like(z, coefficients[0])
    for c in coefficients[1:]:
        out = out * z + c
    return out


def _sin_cos_reduced(x: np.ndarray):
    """(sin r, cos r) as double-doubles and the quadrant k mod 4, where x = k pi/2 + r."""
    s_hi, s_lo, c_hi, c_lo, (p1, p2, p3, p4), two_over_pi = _trig_constants()
    kf = np.rint(x * two_over_pi)
    r1 = x - kf * p1  # exact, as k * p1 is
    rh, rl = _two_sum(r1, -(kf * p2))
    rh, e = _two_sum(rh, -(kf * p3))
    rh, rl = _fast_two_sum(rh, (rl + e) - kf * p4)
    jf = np.rint(rh * _TRIG_N)
    bh = rh - jf / _TRIG_N  # exact
    bh, bl = _fast_two_sum(bh, rl)
    z = bh * bh
    # sin(b) - b and cos(b) - 1 need only be good to 2**-75 of the result
    sin_tail = bh * z * _horner(z, _SIN_TAIL) + bl * (1.0 - 0.5 * z)
    sbh, sbl = _fast_two_sum(bh, sin_tail)
    zh, zl = _two_product(bh, bh)
    zl = zl + 2.0 * bh * bl
    cmh, cml = _fast_two_sum(-0.5 * zh, z * z * _horner(z, _COS_TAIL) - 0.5 * zl)
    j = jf.astype(np.int64) + _TRIG_J
    sah, sal, cah, cal = s_hi.take(j), s_lo.take(j), c_hi.take(j), c_lo.take(j)
    # sin(a + b) = sin a + (sin a (cos b - 1) + cos a sin b), cos(a + b) likewise
    uh, ul = _dd_mul(cah, cal, sbh, sbl)
    vh, vl = _dd_mul(sah, sal, cmh, cml)
    sin_r = _dd_add(sah, sal, *_dd_add(uh, ul, vh, vl))
    uh, ul = _dd_mul(cah, cal, cmh, cml)
    vh, vl = _dd_mul(sah, sal, sbh, sbl)
    cos_r = _dd_add(cah, cal, *_dd_add(uh, ul, -vh, -vl))
    return sin_r, cos_r, kf.astype(np.int64) & 3


def _trig(x: np.ndarray, shift: int, fallback, mkl_bias: bool = False) -> np.ndarray:
    x = np.asarray(x, _F64)
    with np.errstate(all="ignore"):
        inside = np.abs(x) <= _TRIG_LIMIT
        (s, s_lo), (c, _), q = _sin_cos_reduced(np.where(inside, x, 0.0))
        if mkl_bias:  # sin only; below the limit x is its own reduced argument
            s = s + (s_lo - np.sign(x) * _mkl_bias("sin", np.abs(x), _SIN_BIAS_LIMIT))
        q = (q + shift) & 3
        out = np.where(q == 0, s, np.where(q == 1, c, np.where(q == 2, -s, -c)))
        if not inside.all():
            wide = x.astype(np.longdouble) if _LONG_DOUBLE else x
            out = np.where(inside, out, fallback(wide).astype(_F64))
    return out


@_kernel(np.sin)
def sin(x: np.ndarray) -> np.ndarray:
    """``torch.sin`` of float64: correctly rounded for |x| <= 2**20 (MKL's bits for ~99.99%)."""
    x = np.asarray(x, _F64)
    return np.where(x == 0, x, _trig(x, 0, np.sin))  # keeps -0.0


# MKL's sin for |x| < 2**-8 is the exact value plus a smooth bias (its result is never below the
# correctly rounded one there), fitted from PyTorch's outputs like tanh's (``mkl_sin_bias``).
_SIN_BIAS_LIMIT = 2.0 ** -8


def _sin_mkl_long_double(w: np.ndarray) -> np.ndarray:
    return np.sin(w) - np.sign(w) * _mkl_bias("sin", np.abs(w).astype(_F64), _SIN_BIAS_LIMIT)


@_kernel(_sin_mkl_long_double)
def sin_mkl(x: np.ndarray) -> np.ndarray:
    """``torch.sin`` of float64 as MKL computes it on an AVX512 machine, as far as measured:
    ``sin`` with MKL's fitted bias for |x| < 2**-8."""
    x = np.asarray(x, _F64)
    return np.where(x == 0, x, _trig(x, 0, np.sin, mkl_bias=True))  # keeps -0.0


@_kernel(np.cos)
def cos(x: np.ndarray) -> np.ndarray:
    """``torch.cos`` of float64: correctly rounded for |x| <= 2**20 (MKL's bits for ~99.98%)."""
    return _trig(x, 1, np.cos)


def tanh_backward(grad: np.ndarray, out: np.ndarray) -> np.ndarray:
    """``TanhBackward0`` in float64: grad * (1 - out*out) with 1 - out*out as one fused
    multiply-add, as in float32 (the plain expression matches PyTorch for only ~44% of inputs).
    """
    out = np.asarray(out, _F64)
    return np.asarray(np.asarray(grad, _F64) * _fma64(-out, out, 1.0))

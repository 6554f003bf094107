"""float32 exp, log, sin, cos, tanh, sigmoid and sqrt with PyTorch's CPU results.

Pure numpy (and the generator's exact product): each function takes a float32 array of any shape and layout
and returns a new float32 array of the same shape.

Which kernel PyTorch's CPU wheel runs (measured on an AVX512 machine against the live library):

- ``exp``, ``log``, ``sin``, ``cos``, ``tanh``, ``sqrt``: Intel MKL's vector math library in
  its high-accuracy mode, for every size and layout (a strided input is copied into a buffer
  first, so loop tails and 0-dim tensors go through the same routine). On the AMD CPU measured,
  MKL runs its SSE4.2 kernels. Its code is closed; ``exp``, ``sqrt`` and ``tanh``
  (everywhere) and ``sin``/``cos`` (for |x| <= 10000) reproduce its behaviour as measured from
  its outputs. ``log`` follows MKL's structure with fitted coefficients (PyTorch's bits for all
  but ~0.003% of inputs, which differ in the last bit).
- ``sigmoid``: ATen's own kernel, ``1 / (1 + exp(-x))`` in float32. Its vectorised loop runs
  blocks of two vectors (32 floats with AVX512) through SLEEF's ``expf`` (the 1-ulp variant,
  compiled with fused multiply-adds); the elements left over at the end of each contiguous run
  go through the scalar form, whose ``exp`` is the C library's ``expf`` (glibc's table-driven
  double-precision algorithm). Both are reproduced here exactly, and so is which element takes
  which path, which depends on the layout and, above 32768 elements, on the thread count.
"""
from __future__ import annotations

import base64
import zlib
from decimal import Decimal, localcontext
from functools import cache
from typing import Callable

import numpy as np

from autograd_tui.engine.parity import midpoints
from autograd_tui.engine.parity.generator import _two_product  # Dekker's exact product
from autograd_tui.engine.parity.mkl_tanh32 import PIECES as TANH_PIECES

__all__ = ["exp", "log", "sin", "cos", "tanh", "sqrt", "sigmoid", "sigmoid_backward",
           "tanh_backward", "sleef_expf", "sleef_expf_nonpositive", "glibc_expf", "vector_path_mask", "fma"]

_F32 = np.float32
_F64 = np.float64

# ATen's element-wise loops run two vectors per step and hand the rest to the scalar form.
VECTOR_LANES_AVX512 = 16
VECTOR_LANES_AVX2 = 8
# ATen splits an element-wise op over threads only above this many elements.
PARALLEL_GRAIN = 32768


# ---------------------------------------------------------------------------------------------
# Fused multiply-adds, emulated exactly
# ---------------------------------------------------------------------------------------------

def _fma32_rounded_to_odd(p: np.ndarray, c64: np.ndarray) -> np.ndarray:
    """float32 of p + c64 (float64 values) with one rounding, via float64 "round to odd".

    The float64 sum is moved to its odd neighbour when it was inexact, which keeps the
    information that a tie at float32 precision is no tie; then rounding to float32 is exact.
    """
    t = p + c64
    back = t - p
    err = (p - (t - back)) + (c64 - back)  # two-sum: t + err == p + c64 exactly
    bits = t.view(np.int64)
    fix = (err != 0) & ((bits & 1) == 0) & np.isfinite(t)
    # Step to the neighbour on err's side: away from zero if err has t's sign, else towards it.
    step = np.where(np.signbit(err) == np.signbit(t), 1, -1).astype(np.int64)
    return np.where(fix, bits + step, bits).view(_F64).astype(_F32)


_F32_TIE_MASK = np.int64((1 << 29) - 1)  # the float64 mantissa bits below float32's last bit
_F32_TIE = np.int64(1 << 28)
_SMALLEST_NORMAL_F32_IN_F64 = _F64(2.0 ** -125)


def _fma32(a, b, c) -> np.ndarray:
    """``a * b + c`` on float32 with a single rounding, as the FMA instruction computes it.

    The product of two floats is exact in float64, so their float64 sum is rounded once; rounding
    it again to float32 is right except at float32 midpoints, which ``_sum_rounded_once`` mends.
    Large arrays go in blocks whose float64 temporaries stay in the cache: fresh arrays of
    megabytes cost page faults (a 200,000-element FMA took 4 ms in one pass, 0.5 in blocks).
    """
    a, b, c = np.asarray(a, _F32), np.asarray(b, _F32), np.asarray(c, _F32)
    shape = np.broadcast_shapes(a.shape, b.shape, c.shape)
    size = int(np.prod(shape))
    # blocks only where the result's layout is plain C order (C-ordered operands of its shape, or
    # scalars): elsewhere numpy's choice of layout, which a tensor's strides show, is kept
    if size <= _FMA_BLOCK or not all(x.ndim == 0 or (x.shape == shape and x.flags.c_contiguous) for x in (a, b, c)):
        return _fma32_block(a, b, c)
    out = np.empty(shape, _F32)
    flat_out = out.reshape(-1)
    operands = [x if x.ndim == 0 else x.reshape(-1) for x in (a, b, c)]
    for first in range(0, size, _FMA_BLOCK):
        block = slice(first, first + _FMA_BLOCK)
        flat_out[block] = _fma32_block(*(x if x.ndim == 0 else x[block] for x in operands))
    return out


_FMA_BLOCK = 1 << 14


def _fma32_block(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    product = np.multiply(a.astype(_F64), b.astype(_F64))
    addend = c.astype(_F64)
    return _sum_rounded_once(np.add(product, addend), product, addend)


_K_TIE_MASK = np.array(_F32_TIE_MASK, np.int64)
_K_TIE = np.array(_F32_TIE, np.int64)
_K_SMALLEST_NORMAL = np.array(_SMALLEST_NORMAL_F32_IN_F64, _F64)
_K_INF = np.array(np.inf, _F64)


def _sum_rounded_once(total: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """float32 of the exact ``a + b`` (float64 arrays that broadcast to ``total``'s shape),
    rounded once, where ``total`` is their float64 sum (rounded once already).

    Rounding ``total`` again can differ from one rounding only where it sits exactly on a
    float32 midpoint (or in float32's subnormal range, whose grid is coarser) while the float64
    sum was inexact. There it moves one float64 step towards the exact sum (the sign of its
    error, from Knuth's two-sum), off the midpoint and to the side the exact sum lies on.
    """
    if total.ndim == 0:  # (nonzero needs a dimension)
        return _sum_rounded_once(total.reshape(1), np.reshape(a, 1), np.reshape(b, 1)).reshape(())
    out = total.astype(_F32)
    suspect = np.equal(np.bitwise_and(total.view(np.int64), _K_TIE_MASK), _K_TIE)
    tiny = np.less(np.abs(total), _K_SMALLEST_NORMAL)
    if np.count_nonzero(tiny):  # rare: only then is it worth excluding the exact zeros
        suspect |= tiny & (total != 0)
    if np.count_nonzero(suspect):
        at = np.nonzero(suspect)
        t = total[at]
        a = np.broadcast_to(a, total.shape)[at]
        b = np.broadcast_to(b, total.shape)[at]
        b_part = t - a
        a_part = t - b_part
        error = (a - a_part) + (b - b_part)
        inexact = error != 0
        if np.count_nonzero(inexact):  # (an exact sum on the midpoint is a true tie: to even is right)
            t[inexact] = np.nextafter(t[inexact], np.copysign(_K_INF, error[inexact]))
            out[at] = t.astype(_F32)
    return out


def _fma64(a: np.ndarray | float, b: np.ndarray | float, c: np.ndarray | float) -> np.ndarray:
    """``a * b + c`` on float64 with the product kept exact (Dekker's product, then two-sum).

    The result can differ from a hardware FMA only in the last float64 bit and only in rare
    cancellations; the callers round to float32 afterwards, where that never shows.
    """
    p, p_err = _two_product(np.asarray(a, _F64), np.asarray(b, _F64))
    s = p + c
    back = s - p
    s_err = (p - (s - back)) + (c - back)
    correction = s_err + p_err
    # s is exact where the correction is zero: adding +0 would turn a -0 sum (0 * -1 + -0,
    # as a Chebyshev recurrence meets at x = 0) into +0, which a hardware FMA keeps as -0.
    out = np.where(correction == 0, s, s + correction)
    return out if out.ndim else out[()]


def _fma32_held(a, b, c, tiny: bool = True) -> np.ndarray:
    """``_fma32`` on float64 arrays holding float32 values, returning the same: a chain of
    fused multiply-adds (a polynomial) then converts once at each end instead of at each step.
    ``tiny=False`` where no result can be below float32's normal range (a polynomial step
    adding a constant), which spares that check."""
    t = a * b + c
    out = t.astype(_F32)
    bits = t.view(np.int64)
    suspect = (bits & _F32_TIE_MASK) == _F32_TIE
    if tiny:
        suspect |= (np.abs(t) < _SMALLEST_NORMAL_F32_IN_F64) & (t != 0)
    if np.count_nonzero(suspect):
        p, c64 = np.broadcast_arrays(np.asarray(a * b, _F64), np.asarray(c, _F64))
        out[suspect] = _fma32_rounded_to_odd(p[suspect], c64[suspect])
    return out.astype(_F64)


def fma(a, b, c: np.ndarray) -> np.ndarray:
    """``a * b + c`` rounded once in the dtype of ``c`` (float32 exactly; float64 see ``_fma64``):
    what ATen's vector loops compute where the compiler fused a product into an addition."""
    if np.asarray(c).dtype == _F32:
        return _fma32(a, b, c)
    return _fma64(a, b, c)


# ---------------------------------------------------------------------------------------------
# SLEEF's expf, 1-ulp variant (ATen's Vectorized<float>::exp on AVX2 and AVX512)
# ---------------------------------------------------------------------------------------------

# log2(e), and ln 2 split in two floats so that q * upper is exact for the q that occur.
_SLEEF_LOG2E = _F32(1.442695040888963407359924681001892137426645954152985934135449406931)
_SLEEF_LN2_UPPER = _F32(0.693145751953125)
_SLEEF_LN2_LOWER = _F32(1.428606765330187045e-06)
# Polynomial for (exp(s) - 1 - s) / s**2 on |s| <= ln(2)/2, highest degree first.
_SLEEF_EXP_POLY = tuple(_F32(c) for c in (
    0.000198527617612853646278381, 0.00139304355252534151077271, 0.00833336077630519866943359,
    0.0416664853692054748535156, 0.166666671633720397949219, 0.5))


def _pow2_int(q: np.ndarray) -> np.ndarray:
    """2**q as float32 for integer q in the normal range, built from its exponent bits."""
    return ((q.astype(np.int32) + 127) << 23).view(_F32)


def sleef_expf(x: np.ndarray) -> np.ndarray:
    """exp(x) exactly as SLEEF's vectorised ``expf`` (1-ulp variant, with FMA) returns it.

    Cody-Waite reduction x = q ln2 + s with q = rint(x * log2(e)) computed in float32, a
    degree-5 polynomial in Horner form with fused multiply-adds, 1 + (s*s * p + s), then scaling
    by 2**q as two multiplications (so results that end up subnormal round like SLEEF's).
    Inputs below -104 give 0, above 100 give inf, NaN stays NaN.

    The two reduction steps are exact in float64 for |x| <= 104 (x is a multiple of 2**-25
    wherever q != 0, q * ln2's upper part one of 2**-15 and its lower part one of 2**-43, all
    below 2**8), so rounding them once to float32 is the fused result with no tie to check.
    Inputs strictly inside (-86, 88), the usual ones, skip the special cases: their results
    are normal floats, which one multiplication by 2**q scales exactly as SLEEF's two do.
    """
    d = np.asarray(x, _F32)
    ordinary = d.size > 0 and bool(d.min() > _F32(-86)) and bool(d.max() < _F32(88))  # NaN: False
    with np.errstate(invalid="ignore", over="ignore", under="ignore"):
        if ordinary:
            q = np.rint(d * _SLEEF_LOG2E).astype(np.int32)
        else:
            q = np.rint(np.where(np.isfinite(d), d, _F32(0)) * _SLEEF_LOG2E)
            q = np.clip(q, -200, 200).astype(np.int32)
        qf = q.astype(_F64)
        s = (qf * _F64(-_SLEEF_LN2_UPPER) + d.astype(_F64)).astype(_F32).astype(_F64)
        s = (qf * _F64(-_SLEEF_LN2_LOWER) + s).astype(_F32).astype(_F64)
        u = _F64(_SLEEF_EXP_POLY[0])
        for coefficient in _SLEEF_EXP_POLY[1:]:
            u = _fma32_held(u, s, _F64(coefficient), tiny=False)  # |u * s| < 0.36 |coefficient|
        square = (s * s).astype(_F32).astype(_F64)  # a float32 product: one rounding of the exact one
        u = _F32(1) + _fma32_held(square, u, s).astype(_F32)
        if ordinary:
            return np.asarray(u * _pow2_int(q), _F32)
        half = q >> 1
        u = (u * _pow2_int(half)) * _pow2_int(q - half)
    u = np.where(d < _F32(-104), _F32(0), u)
    u = np.where(d > _F32(100), _F32(np.inf), u)
    return np.where(np.isnan(d), d, u).astype(_F32, copy=False)


_RINT_MAGIC = _F32(1.5 * 2 ** 23)  # adding it rounds a float32 below 2**22 to an integer, half to even
_RINT_MAGIC_BITS = np.int32(0x4B400000)  # its bits: an integer's value sits in the low bits
# ln 2's two parts summed: 16 + 24 significant bits 2**-20 apart, exact in float64.
_SLEEF_LN2_SUM = _F64(_SLEEF_LN2_UPPER) + _F64(_SLEEF_LN2_LOWER)


def _grid(k: int) -> _F64:
    """Adding this to a float64 in [2**k, 2**(k+1)) rounds it to float32's grid there (and the
    float64 add rounds the exact sum once: an FMA's single rounding)."""
    return _F64(1.5 * 2.0 ** (k + 29))


# The first four Horner steps stay inside one binade each for |s| <= ln(2)/2.
_EXP_STEPS = tuple((_F64(c) + _grid(k), _grid(k)) for c, k in zip(_SLEEF_EXP_POLY[1:5], (-10, -7, -5, -3)))
_EXP_FLOOR = _F32(-110)


CACHE_BLOCK = 1 << 14  # elements per pass: the kernels' temporaries stay in the L2 cache (2-10x faster)


def in_cache_blocks(kernel: Callable[[np.ndarray], np.ndarray]) -> Callable[[np.ndarray], np.ndarray]:
    """``kernel`` (an element-wise float32 emulation) applied to a large array in passes of
    ``CACHE_BLOCK`` elements, so that its many temporaries stay in the cache."""
    def apply(x: np.ndarray) -> np.ndarray:
        x = np.asarray(x, _F32)
        if x.size <= CACHE_BLOCK:
            return kernel(x)
        flat = np.ascontiguousarray(x).reshape(-1)
        out = np.empty_like(flat)
        for start in range(0, flat.size, CACHE_BLOCK):
            out[start:start + CACHE_BLOCK] = kernel(flat[start:start + CACHE_BLOCK])
        return out.reshape(x.shape)
    apply.__doc__ = kernel.__doc__
    apply.__name__ = kernel.__name__.lstrip("_")
    return apply


def sleef_expf_nonpositive(x: np.ndarray) -> np.ndarray:
    """``sleef_expf`` for float32 inputs <= 0 (or -inf, NaN), in half the numpy calls.

    Built for softmax's ``x - max``. The reductions are one float64 subtraction (ln 2's parts
    summed, exact as in ``sleef_expf``); q comes from adding 1.5 * 2**23 in float32; each
    Horner step in a fixed binade rounds to float32 by adding a constant (one rounding, like
    the FMA); the scaling by 2**q is ``ldexp``: exact where 2**q is a normal float, else one
    rounding, like SLEEF's two products (the first is exact). Equal to ``sleef_expf`` on every
    float32 in [-110, 0] (``tools/check_softmax_kernels.py``); below -110 both give 0.
    """
    if x.ndim == 0:
        return _expf_nonpositive(x.reshape(1)).reshape(())
    return _expf_nonpositive_in_blocks(x)


def _expf_nonpositive(x: np.ndarray) -> np.ndarray:
    if np.minimum.reduce(x, axis=None) >= _ORDINARY_FLOOR:  # (False for a NaN)
        return _expf_ordinary(x)
    # Each line is one or two numpy calls over the whole array; float32 operands meet float64
    # ones inside the ufunc (numpy widens them, exactly), which saves the separate casts.
    d = np.maximum(x, _EXP_FLOOR)
    t = d * _SLEEF_LOG2E
    t += _RINT_MAGIC
    q = np.subtract(t, _RINT_MAGIC, dtype=_F64)  # exact: an integer
    q *= -_SLEEF_LN2_SUM
    s = np.add(d, q, out=q).astype(_F32)
    s64 = s.astype(_F64)
    u = s64 * _F64(_SLEEF_EXP_POLY[0])
    for shifted, grid in _EXP_STEPS:
        u += shifted
        u -= grid
        u *= s64
    u += _F64(0.5)  # the last step crosses 0.5: a float64 round trip (exact wherever checked)
    w = np.multiply(s * s, u.astype(_F32), dtype=_F64)  # exact: a product of two floats
    w += s64
    r = w.astype(_F32)
    r += _F32(1)
    # 2**q: an exact product where 2**q is a normal float; below, one rounding, like SLEEF's two
    # products (the first is exact)
    q_bits = t.view(np.int32)
    if np.minimum.reduce(q_bits, axis=None) < _LOWEST_EXACT_SCALE_BITS:
        return np.ldexp(r, q_bits - _RINT_MAGIC_BITS)
    # every 2**q is a normal float and r * 2**q stays one: build 2**q's bits (ldexp costs ~60
    # instructions an element, this ~1)
    scale = np.add(q_bits, _SCALE_BIAS_BITS)
    scale <<= 23
    r *= scale.view(_F32)
    return r


_expf_nonpositive_in_blocks = in_cache_blocks(_expf_nonpositive)


def _constant(value, dtype) -> np.ndarray:
    """A 0-d array: as a ufunc operand it costs less than a numpy scalar (0.45 against 0.65 µs a
    call on 1,280 elements), and, of the array's own dtype, changes no result type."""
    return np.array(value, dtype)


# x >= -86: q >= -124, so every 2**q, and r * 2**q (r > 0.7), is a normal float32
_ORDINARY_FLOOR = _F32(-86)
_K_LOG2E = _constant(_SLEEF_LOG2E, _F32)
_K_MAGIC = _constant(_RINT_MAGIC, _F32)
_K_MAGIC_64 = _constant(_RINT_MAGIC, _F64)
_K_MINUS_LN2 = _constant(-_SLEEF_LN2_SUM, _F64)
_K_POLY_0 = _constant(_SLEEF_EXP_POLY[0], _F64)
_K_STEPS = tuple((_constant(shifted, _F64), _constant(grid, _F64)) for shifted, grid in _EXP_STEPS)
_K_HALF = _constant(0.5, _F64)
_K_ONE = _constant(1, _F32)
_K_SCALE_BIAS = _constant(127 - 0x4B400000, np.int32)
_K_EXPONENT_SHIFT = _constant(23, np.int32)


def _expf_ordinary(x: np.ndarray) -> np.ndarray:
    """``_expf_nonpositive`` for inputs in [-86, 0]: no clamping, an exact scaling, and only
    same-dtype numpy calls (a mixed one casts in a buffered loop: three times the cost)."""
    mul, add = np.multiply, np.add
    t = mul(x, _K_LOG2E)
    add(t, _K_MAGIC, t)  # q = rint(x * log2(e)) in t's low bits
    s64 = t.astype(_F64)
    np.subtract(s64, _K_MAGIC_64, s64)
    mul(s64, _K_MINUS_LN2, s64)
    add(s64, x.astype(_F64), s64)  # x - q ln2: exact
    s = s64.astype(_F32)
    s64 = s.astype(_F64)
    u = mul(s64, _K_POLY_0)
    for shifted, grid in _K_STEPS:
        add(u, shifted, u)
        np.subtract(u, grid, u)
        mul(u, s64, u)
    add(u, _K_HALF, u)
    w = mul(s, s).astype(_F64)
    mul(w, u.astype(_F32).astype(_F64), w)  # exact: a product of two floats
    add(w, s64, w)
    r = w.astype(_F32)
    add(r, _K_ONE, r)
    scale = t.view(np.int32)  # t is ours: its bits become 2**q's
    add(scale, _K_SCALE_BIAS, scale)
    np.left_shift(scale, _K_EXPONENT_SHIFT, scale)
    return mul(r, scale.view(_F32), r)


# q >= -125 keeps r * 2**q (r > 0.7) a normal float32; the biased exponent of 2**q is q + 127
_LOWEST_EXACT_SCALE_BITS = np.int32(_RINT_MAGIC_BITS - 125)
_SCALE_BIAS_BITS = np.int32(127 - _RINT_MAGIC_BITS)


# ---------------------------------------------------------------------------------------------
# glibc's expf (the scalar std::exp(float) of ATen's loop tails)
# ---------------------------------------------------------------------------------------------

_GLIBC_TABLE_BITS = 5
_GLIBC_N = 1 << _GLIBC_TABLE_BITS
_GLIBC_INV_LN2_N = float.fromhex("0x1.71547652b82fep+0") * _GLIBC_N
_GLIBC_SHIFT = float.fromhex("0x1.8p+52")  # adding it rounds to an integer in the low bits
# exp2(r/N) ~ 1 + C2 r + C1 r**2 + C0 r**3, the coefficients of 2**t scaled by N.
_GLIBC_POLY = (float.fromhex("0x1.c6af84b912394p-5") / _GLIBC_N ** 3,
               float.fromhex("0x1.ebfce50fac4f3p-3") / _GLIBC_N ** 2,
               float.fromhex("0x1.62e42ff0c52d6p-1") / _GLIBC_N)
_GLIBC_OVERFLOW = _F32(float.fromhex("0x1.62e42ep6"))
_GLIBC_UNDERFLOW = _F32(float.fromhex("-0x1.9fe368p6"))


@cache  # built on first use: the tables cost start-up time
def _glibc_exp2_table() -> np.ndarray:
    """Bits of 2**(i/N), correctly rounded to float64, minus i << (52 - table bits)."""
    with localcontext() as context:
        context.prec = 50
        values = [float(Decimal(2) ** (Decimal(i) / Decimal(_GLIBC_N))) for i in range(_GLIBC_N)]
    bits = np.array(values, _F64).view(np.uint64)
    return bits - (np.arange(_GLIBC_N, dtype=np.uint64) << np.uint64(52 - _GLIBC_TABLE_BITS))




def glibc_expf(x: np.ndarray) -> np.ndarray:
    """exp(x) exactly as glibc's ``expf`` returns it (the FMA build x86-64 machines select).

    In float64: k = round(x * 32 / ln2) by the add-a-shift trick, r = x * 32 / ln2 - k,
    2**(k/32) from a 32-entry table of 2**(i/32) with k // 32 added to the exponent bits, and a
    cubic for 2**(r/32), all rounded to float32 once at the end. Overflow and underflow
    thresholds as glibc's.
    """
    xf = np.asarray(x, _F32)
    # Out-of-range inputs are answered below; clip them so the arithmetic stays finite.
    xd = np.clip(np.where(np.isnan(xf), _F32(0), xf).astype(_F64), -110.0, 100.0)
    z = _GLIBC_INV_LN2_N * xd
    kd = z + _GLIBC_SHIFT
    ki = kd.view(np.uint64)
    kd = kd - _GLIBC_SHIFT
    r = z - kd
    t = _glibc_exp2_table()[(ki % np.uint64(_GLIBC_N)).astype(np.intp)]
    t = t + (ki << np.uint64(52 - _GLIBC_TABLE_BITS))
    scale = t.view(_F64)
    c0, c1, c2 = _GLIBC_POLY
    zz = _fma64(c0, r, c1)
    r2 = r * r
    y = _fma64(c2, r, 1.0)
    y = _fma64(zz, r2, y)
    with np.errstate(over="ignore", under="ignore"):
        out = (y * scale).astype(_F32)
    out = np.where(xf > _GLIBC_OVERFLOW, _F32(np.inf), out)
    out = np.where(xf < _GLIBC_UNDERFLOW, _F32(0), out)
    return np.where(np.isnan(xf), xf, out).astype(_F32, copy=False)


# ---------------------------------------------------------------------------------------------
# Which elements ATen's vectorised loop computes
# ---------------------------------------------------------------------------------------------

def vector_path_mask(x: np.ndarray, *others: np.ndarray, num_threads: int = 1,
                     lanes: int = VECTOR_LANES_AVX512) -> np.ndarray:
    """True for the elements ATen computes with its vector form, False for its scalar form.

    ATen orders the dimensions by stride (fastest first), merges those that are contiguous with
    each other into one inner run, and calls its loop once per run. The loop computes whole
    blocks of two vectors (``2 * lanes`` floats) with the vector form and the rest of the run
    with the scalar form; a run whose elements are not adjacent in memory is all scalar. Above
    ``PARALLEL_GRAIN`` elements the iteration range is first cut into one equal chunk per thread,
    and a chunk boundary also ends a run.

    ``others`` are the loop's further operands, of ``x``'s shape (broadcast ones with zero
    strides): a backward kernel's (gradient, saved input). The first operand whose strides are
    not all zero orders the dims (the next ones break its ties), dims merge only where every
    operand continues, and the vector form needs every operand adjacent in memory along the run
    but one at most that repeats a single value (a zero stride).
    """
    arrays = [np.asarray(x)] + [np.asarray(o) for o in others]
    x = arrays[0]
    n = x.size
    if n == 0:
        return np.zeros(x.shape, bool)
    dims = [d for d in range(x.ndim) if x.shape[d] > 1]
    if not dims:
        return np.zeros(x.shape, bool)  # one element: a run of 1, always the scalar form
    if all(a.flags.c_contiguous and a.strides == x.strides for a in arrays):
        # the usual case: one run in C order, cut only into threads' chunks
        chunk = _thread_chunk(n, num_threads)
        block = 2 * lanes
        mask = np.zeros(n, bool)
        for first in range(0, n, chunk):
            mask[first:first + min(chunk, n - first) // block * block] = True
        return mask.reshape(x.shape)
    return _vector_path_mask_by_position(arrays, dims, num_threads, lanes)


def _thread_chunk(n: int, num_threads: int) -> int:
    """Elements per thread's chunk of a loop over n (n itself on one thread)."""
    if num_threads > 1 and n > PARALLEL_GRAIN:
        chunks = min(num_threads, -(-n // PARALLEL_GRAIN))
        return -(-n // chunks)
    return n


def _vector_path_mask_by_position(arrays: list[np.ndarray], dims: list[int], num_threads: int,
                                  lanes: int) -> np.ndarray:
    """``vector_path_mask`` for any layout, from each element's position in ATen's iteration."""
    x, others = arrays[0], arrays[1:]
    n, item = x.size, x.itemsize
    deciders = [a for a in arrays if any(a.strides[d] for d in dims)] or arrays
    order = sorted(dims, key=lambda d: tuple((abs(a.strides[d]), a.shape[d]) for a in deciders))
    position = np.zeros(x.shape, np.int64)
    scale = 1
    for d in order:
        index_shape = [1] * x.ndim
        index_shape[d] = x.shape[d]
        position = position + np.arange(x.shape[d], dtype=np.int64).reshape(index_shape) * scale
        scale *= x.shape[d]
    fastest = order[0]
    inner = [a.strides[fastest] for a in arrays]
    if any(stride not in (item, 0) for stride in inner) or inner.count(0) > 1 or inner[0] == 0 == len(others):
        return np.zeros(x.shape, bool)
    run = x.shape[fastest]
    for previous, d in zip(order, order[1:]):
        if any(a.strides[d] != a.strides[previous] * a.shape[previous] for a in arrays):
            break
        run *= x.shape[d]
    chunk = _thread_chunk(n, num_threads)
    start = np.maximum(position // run * run, position // chunk * chunk)
    end = np.minimum(np.minimum((position // run + 1) * run, (position // chunk + 1) * chunk), n)
    block = 2 * lanes
    return (position - start) < (end - start) // block * block


# ---------------------------------------------------------------------------------------------
# The public functions
# ---------------------------------------------------------------------------------------------

def sigmoid(x: np.ndarray, *, num_threads: int = 1, lanes: int = VECTOR_LANES_AVX512) -> np.ndarray:
    """``torch.sigmoid`` of a float32 array, bit for bit.

    Vector form: e = SLEEF expf(0 - x), then 1 / (1 + e). Scalar form: e = glibc expf(-x), then
    the same. ``x``'s strides decide which element takes which form (see ``vector_path_mask``),
    so pass the array with the layout the tensor has; ``num_threads`` is PyTorch's thread count
    (it matters above 32768 elements) and ``lanes`` the floats per vector of the machine's
    kernels (16 with AVX512, 8 with AVX2).
    """
    x = np.asarray(x, _F32)
    one = _F32(1)
    with np.errstate(over="ignore", invalid="ignore"):
        if x.flags.c_contiguous and (num_threads == 1 or x.size <= PARALLEL_GRAIN):
            # One run in memory order: whole blocks first, the tail after them.
            flat = x.reshape(-1)
            blocks = flat.size // (2 * lanes) * (2 * lanes)
            out = np.empty(flat.size, _F32)
            if blocks:
                out[:blocks] = one / (one + sleef_expf(_F32(0) - flat[:blocks]))
            if blocks < flat.size:
                out[blocks:] = one / (one + glibc_expf(-flat[blocks:]))
            return out.reshape(x.shape)
        mask = vector_path_mask(x, num_threads=num_threads, lanes=lanes)
        out = np.empty(x.shape, _F32)
        if mask.any():
            out[mask] = one / (one + sleef_expf(_F32(0) - x[mask]))
        if not mask.all():
            scalar = ~mask
            out[scalar] = one / (one + glibc_expf(-x[scalar]))
    return out


def _correctly_rounded(function):
    def apply(x: np.ndarray) -> np.ndarray:
        x = np.asarray(x, _F32)
        with np.errstate(all="ignore"):
            return np.asarray(function(x.astype(_F64)), _F32)
    return apply


_exp_correctly_rounded = _correctly_rounded(np.exp)
_log = _correctly_rounded(np.log)
_sin_correctly_rounded = _correctly_rounded(np.sin)
_cos_correctly_rounded = _correctly_rounded(np.cos)
_tanh = _correctly_rounded(np.tanh)


# ---------------------------------------------------------------------------------------------
# MKL's float exp (high-accuracy mode), as observed
# ---------------------------------------------------------------------------------------------

_EXP_TABLE_BITS = 7
_EXP_N = 1 << _EXP_TABLE_BITS
_EXP_N_OVER_LN2 = _F32(_EXP_N / 0.6931471805599453)


@cache  # built on first use: the tables cost start-up time
def _exp_table() -> tuple[np.ndarray, np.ndarray]:
    """2**(i/128) for i < 128 as an unevaluated float32 sum head + tail, both correctly rounded."""
    with localcontext() as context:
        context.prec = 60
        exact = [Decimal(2) ** (Decimal(i) / Decimal(_EXP_N)) for i in range(_EXP_N)]
        head = np.array([float(v) for v in exact], _F64).astype(_F32)
        tail = np.array([float(v - Decimal(float(h))) for v, h in zip(exact, head)], _F64).astype(_F32)
    return head, tail




@cache  # built on first use: the tables cost start-up time
def _ln2_over_n_split() -> tuple[np.float32, np.float32]:
    """ln(2)/128 as a float32 with 10 significant bits (so j * upper is exact) plus the rest."""
    with localcontext() as context:
        context.prec = 60
        step = Decimal(2).ln() / Decimal(_EXP_N)
        unit = Decimal(2) ** -17  # step is in [2**-8, 2**-7): 10 bits reach down to 2**-17
        upper = (step / unit).to_integral_value() * unit
        return _F32(float(upper)), _F32(float(step - upper))


# From this magnitude on (126 ln 2) MKL leaves its table path; its results there are correctly
# rounded.
_EXP_TABLE_PATH_LIMIT = _F32(87.33654)


def _exp_table_path(x: np.ndarray) -> np.ndarray:
    """MKL's float32 exp for |x| < 126 ln 2, all in float32 arithmetic.

    j = rint(x * 128/ln2); r = (x - j*upper) - j*lower with ln2/128 = upper + lower;
    2**(m/128) (m = j mod 128) as head + tail from a table; head + (head * (r + r*r*0.5) + tail),
    then times the exact power of two 2**(j div 128). Other inputs give meaningless values.
    """
    with np.errstate(all="ignore"):
        jf = np.rint(x * _EXP_N_OVER_LN2)
        j = jf.astype(np.int32)
        m = j & (_EXP_N - 1)
        head_table, tail_table = _exp_table()
        ln2_upper, ln2_lower = _ln2_over_n_split()
        head = head_table.take(m)
        tail = tail_table.take(m)
        r = (x - jf * ln2_upper) - jf * ln2_lower
        s = head + (head * (r + (r * r) * _F32(0.5)) + tail)
        scale = ((np.clip(j >> _EXP_TABLE_BITS, -126, 127) + 127) << 23).view(_F32)
        return s * scale


def exp(x: np.ndarray) -> np.ndarray:
    """``torch.exp`` of float32, bit for bit: Intel MKL's vector exp in high-accuracy mode.

    MKL's code is closed, so this is its behaviour as measured on the live library: a 128-entry
    table of 2**(i/128) kept as two floats, a Cody-Waite reduction with ln2/128 in two parts, a
    second-degree Taylor polynomial, everything in float32 (hence its 0.55-ulp worst case).
    From |x| >= 126 ln 2 on (results near the float32 limits, inf, nan) its results are
    correctly rounded.
    """
    x = np.asarray(x, _F32)
    out = np.asarray(_exp_table_path(x))
    outside = ~(np.abs(x) < _EXP_TABLE_PATH_LIMIT)
    if outside.any():
        out = np.array(out, copy=True)
        out[outside] = _exp_correctly_rounded(x[outside])
    return out


# MKL's float ln, as its outputs show (tools/check_log32.py): x = 2**n * m with m in [2/3, 4/3)
# (n read off the bits of x minus 2/3's), r = m - 1 exact, log1p(r) ~ r + (p(r)*r)*r with
# p(r) = -1/2 + r*(c3 + r*(c4 + ... + r*c10)) in float32 Horner steps (SSE4.2 has no fused
# multiply-add), then n*ln2 added as a 16-bit head (n*head exact) and a float32 tail:
# n*head + (s + n*tail). The coefficients are fitted to MKL's outputs (each output bounds p's
# value; c3, c4, c5 by linear programming level by level, the rest by search); 171 of the
# 2**23 reduced arguments (near |r| = 1/3) still differ from PyTorch in the last bit.
_LOG_BREAK = 0x3F2AAAAB  # 2/3 as float32 bits
_LOG_POLY = tuple(_F32(float.fromhex(c)) for c in (
    "0x1.555506p-2", "-0x1.fffefp-3", "0x1.99d028p-3", "-0x1.559dccp-3", "0x1.1ed71p-3",
    "-0x1.f31176p-4", "0x1.1e6714p-3", "-0x1.080452p-3"))
_LN2_HEAD = _F32(float.fromhex("0x1.62e4p-1"))  # ln 2 cut to 16 bits: n * head is exact
_LN2_TAIL = _F32(0.6931471805599453 - float.fromhex("0x1.62e4p-1"))


def log(x: np.ndarray) -> np.ndarray:
    """``torch.log`` of float32: MKL's reduction and float32 polynomial for positive normal
    inputs (PyTorch's bits for all but ~0.003% of inputs); correctly rounded for 0,
    subnormals, negatives, inf and NaN, as MKL is there."""
    x = np.asarray(x, _F32)
    if not x.flags.c_contiguous:  # the steps below write through flat views in C order
        out = np.empty_like(x)  # the input's layout, as the op's result keeps it
        out[...] = log(np.ascontiguousarray(x))
        return out
    out = np.array(_log(x), ndmin=1)
    bits = x.reshape(-1).view(np.int32)
    normal = (bits >= 0x00800000) & (bits < 0x7F800000)
    if normal.any():
        shifted = bits[normal] - np.int32(_LOG_BREAK)
        n = (shifted >> 23).astype(_F32)
        r = ((shifted & 0x7FFFFF) + np.int32(_LOG_BREAK)).view(_F32) - _F32(1)
        p = np.full(r.shape, _LOG_POLY[-1], _F32)
        for c in _LOG_POLY[-2::-1]:
            p = p * r + c
        p = p * r + _F32(-0.5)
        s = r + (p * r) * r
        out.reshape(-1)[normal] = n * _LN2_HEAD + (s + n * _LN2_TAIL)
    return out.reshape(x.shape)


# ---------------------------------------------------------------------------------------------
# MKL's float sin and cos (high-accuracy mode), as observed
# ---------------------------------------------------------------------------------------------

# sin(r) ~ r + r*s*(c3 + s*(c5 + s*(c7 + s*c9))), s = r*r, on |r| <= pi/2, in float64. The
# coefficients were fitted to MKL's outputs (sin of every float32 in [0.001, 10], cos of every
# float32 in [1e-7, 10]: each output bounds the polynomial's value to its rounding interval).
_SIN_POLY = tuple(float.fromhex(c) for c in (
    "-0x1.55554bc8362c7p-3", "0x1.110ed380469acp-7", "-0x1.9f6ffee9913b7p-13",
    "0x1.5dbdf0db00f13p-19"))
# Beyond this magnitude MKL takes another path, correctly rounded for ~99% of inputs.
_TRIG_POLY_PATH_LIMIT = 10000.0


@cache  # built on first use: the tables cost start-up time
def _pi_parts() -> tuple[float, float, float]:
    """pi as three float64 parts, the first two of 30 bits (so q * part is exact for q < 2**23)."""
    with localcontext() as context:
        context.prec = 80
        rest = Decimal("3.14159265358979323846264338327950288419716939937510582097494459230781640628")
        parts = []
        for _ in range(2):
            mantissa, exponent = np.frexp(float(rest))
            part = float(np.ldexp(np.trunc(np.ldexp(mantissa, 30)), exponent - 30))
            parts.append(part)
            rest -= Decimal(part)
        return parts[0], parts[1], float(rest)




def _sin_of_shifted(x: np.ndarray, half_turn: float) -> np.ndarray:
    """(-1)**q * sin(x - (q + half_turn) * pi) with q = rint(x/pi - half_turn), rounded once.

    half_turn 0 gives sin(x); 0.5 gives -cos(x).
    """
    xd = x.astype(_F64)
    q = np.rint(xd / np.pi - half_turn)
    shift = q + half_turn
    pi_parts = _pi_parts()
    r = ((xd - shift * pi_parts[0]) - shift * pi_parts[1]) - shift * pi_parts[2]
    s = r * r
    c3, c5, c7, c9 = _SIN_POLY
    p = r + r * s * (c3 + s * (c5 + s * (c7 + s * c9)))
    return np.where(np.fmod(q, 2) != 0, -p, p).astype(_F32)


def _trig(x: np.ndarray, half_turn: float, sign: float, correctly_rounded) -> np.ndarray:
    x = np.asarray(x, _F32)
    with np.errstate(all="ignore"):
        poly = np.abs(x) <= _F32(_TRIG_POLY_PATH_LIMIT)
        if poly.all():
            return np.asarray(_sin_of_shifted(x, half_turn) * _F32(sign))
        out = np.asarray(correctly_rounded(x))
        out = np.array(out, copy=True)
        out[poly] = _sin_of_shifted(x[poly], half_turn) * _F32(sign)
        return out


def sin(x: np.ndarray) -> np.ndarray:
    """``torch.sin`` of float32, bit for bit for |x| <= 10000: MKL's vector sin (high accuracy).

    As measured on the live library: reduction by multiples of pi (r in [-pi/2, pi/2]), an odd
    degree-9 polynomial evaluated in float64, one rounding to float32. Beyond |x| > 10000 MKL
    switches to another path; there this is correctly rounded (PyTorch's result for ~99%).
    """
    x = np.asarray(x, _F32)
    return np.where(x == 0, x, _trig(x, 0.0, 1.0, _sin_correctly_rounded))  # keeps -0.0


def cos(x: np.ndarray) -> np.ndarray:
    """``torch.cos`` of float32, bit for bit for |x| <= 10000: MKL's vector cos (high accuracy).

    cos(x) = -sin(x - pi/2) shifted by the same odd multiples of pi/2 and the same polynomial as
    ``sin``; beyond |x| > 10000 correctly rounded, as there.
    """
    return _trig(x, 0.5, -1.0, _cos_correctly_rounded)


# MKL's float tanh (high-accuracy mode), as observed: on 2**-12 <= |x| < 10 one polynomial of
# degree 6 per quarter binade, evaluated in float64, rounded once; outside it the correctly rounded
# value (which is MKL's for every float32 there). The coefficients were fitted to PyTorch's outputs
# on every float32 of each piece (``tools/fit_float32_tanh.py``, ``parity/mkl_tanh32.py``).
# The polynomial range as bit patterns of |x|: 2**-12 starts a quarter binade, so (bits - low) >> 21
# is the piece's index, and an unsigned (bits - low) < span tells the range in one comparison.
_TANH_LOW_BITS = _F32(2.0 ** -12).view(np.uint32)
_TANH_SPAN_BITS = _F32(10.0).view(np.uint32) - _TANH_LOW_BITS


@cache  # built on first use: the table costs start-up time
def _tanh_pieces() -> np.ndarray:
    """One row per piece: its 7 coefficients (lowest degree first), its centre and the inverse of
    its half width (a power of two), so one gather fetches all a piece needs."""
    index = np.arange(len(TANH_PIECES))
    start = np.ldexp(1.0 + (index % 4) / 4, index // 4 - 12)
    half = np.ldexp(1.0, index // 4 - 12 - 3)
    return np.ascontiguousarray(np.column_stack([np.array(TANH_PIECES, _F64), start + half, 1.0 / half]))


def _tanh_polynomial(magnitude: np.ndarray, offset: np.ndarray, x: np.ndarray) -> np.ndarray:
    """MKL's pieces for float32 x with 2**-12 <= |x| < 10, from |x|'s bits and their offset from
    2**-12's (other inputs give meaningless values)."""
    return np.copysign(tanh_polynomial_value(magnitude, offset).astype(_F32).reshape(x.shape), x)


def tanh_polynomial_value(magnitude: np.ndarray, offset: np.ndarray) -> np.ndarray:
    """The float64 value of MKL's piece for |x| (as bits, and their offset from 2**-12's), before
    its one rounding: flat."""
    rows = _tanh_pieces().take((offset >> 21).ravel(), axis=0)
    # |x| - centre is exact in float64 and the scaling a power of two: t is exact
    t = magnitude.ravel().view(_F32).astype(_F64)
    t -= rows[:, 7]
    t *= rows[:, 8]
    value = rows[:, 6] * t
    value += rows[:, 5]
    for degree in range(4, -1, -1):
        value *= t
        value += rows[:, degree]
    return value


# On 2**-9 <= |x| < 4 MKL's pieces are within 0.0018 float32 ulps of tanh (every float32 there,
# ``tools/measure_sleef32_midpoints.py --mkl-tanh``): where numpy's float64 tanh lies farther than
# 2**-6 ulps (8.5 times that) from a float32 midpoint, rounding it gives MKL's result.
_TANH_FAST_LOW, _TANH_FAST_HIGH = _F32(2.0 ** -9), _F32(4.0)
TANH_FAST_MARGIN = 2.0 ** -6
_TANH_FAST_FROM = 2048  # elements; below, the pieces alone cost less (measured)


def tanh(x: np.ndarray) -> np.ndarray:
    """``torch.tanh`` of float32, bit for bit: Intel MKL's vector tanh in high-accuracy mode.

    As measured on the live library (every float32 checked): for 2**-12 <= |x| < 10 a degree-6
    polynomial per quarter binade ([1, 1.25), [1.25, 1.5), ... and [8, 10)) in float64, rounded
    once; elsewhere (tiny inputs, saturation, inf, nan) the correctly rounded value. Most inputs
    take numpy's float64 tanh rounded once, which is the same there (``_TANH_FAST_LOW``).
    """
    x = np.asarray(x, _F32)
    if x.size < _TANH_FAST_FROM:  # (one element in 32 is near a midpoint: a small array pays
        return _tanh_mkl(x)       # for both paths)
    return _tanh_in_blocks(x)


def _tanh_fast(x: np.ndarray) -> np.ndarray:
    flat = x.reshape(-1)
    with np.errstate(all="ignore"):
        y = np.tanh(flat, dtype=_F64)
        out = y.astype(_F32)
    redo = midpoints.near_midpoint(y, int(TANH_FAST_MARGIN * 2 ** 29))
    magnitude = np.abs(flat)
    if not (magnitude.min() >= _TANH_FAST_LOW and magnitude.max() < _TANH_FAST_HIGH):  # NaN: not
        redo |= ~((magnitude >= _TANH_FAST_LOW) & (magnitude < _TANH_FAST_HIGH))
    if redo.any():
        at = np.flatnonzero(redo)
        out[at] = _tanh_mkl(flat[at])
    return out.reshape(x.shape)


_tanh_in_blocks = in_cache_blocks(_tanh_fast)


def _tanh_mkl(x: np.ndarray) -> np.ndarray:
    """MKL's pieces (or the correctly rounded value outside them) for every element."""
    x = np.asarray(x, _F32)
    magnitude = x.view(np.uint32) & np.uint32(0x7FFFFFFF)
    with np.errstate(over="ignore"):  # a 0-dim input subtracts numpy scalars, which warn
        offset = magnitude - _TANH_LOW_BITS  # wraps around below 2**-12
    poly = offset < _TANH_SPAN_BITS
    if poly.all():
        return np.asarray(_tanh_polynomial(magnitude, offset, x))
    out = np.array(_tanh(x), copy=True)
    if poly.any():
        out[poly] = _tanh_polynomial(magnitude[poly], offset[poly], x[poly])
    return out


@cache
def _rsqrt_estimate_bits() -> np.ndarray:
    """The CPU's ``rsqrtps`` estimates for m in [1, 4) as int32 bits, indexed by the input's bits
    11..23 (``(bits >> 11) & 0x1FFF``): the biased exponent's lowest bit, then the top 12 mantissa
    bits."""
    from autograd_tui.engine.parity.rsqrt_estimate import TABLE  # 10 KB, loaded on first sqrt

    cells = np.frombuffer(zlib.decompress(base64.b64decode(TABLE)), "<u2").astype(np.int32)
    by_parity = (cells << 11) | np.int32(126 << 23)  # [m in [1, 2) cells, m in [2, 4) cells]
    # An odd biased exponent is an even power of two (m in [1, 2)): it indexes the second half.
    return np.concatenate([by_parity[4096:], by_parity[:4096]])


def rsqrt_estimate(bits: np.ndarray) -> np.ndarray:
    """The CPU's ``rsqrtps`` estimate of 1/sqrt(x), as int32 bits, for positive normal float32 x
    given by its int32 ``bits``: the table's estimate for m in [1, 4),
    times 2**-k where x = 4**k * m."""
    estimate = _rsqrt_estimate_bits()[(bits >> 11) & 0x1FFF]
    estimate -= (((bits >> 23) - 127) >> 1) << 23
    return estimate


# MKL's own path covers the normal floats below this; the rest (0, subnormals, the top 4096
# floats, inf, NaN, negatives) are correctly rounded, which is what it returns there.
_SQRT_GOLDSCHMIDT_END = 0x7F7FF000
_SQRT_GOLDSCHMIDT_START = 0x00800000


def _sqrt_goldschmidt(x: np.ndarray, bits: np.ndarray) -> np.ndarray:
    """MKL's path for positive normal x (``bits`` is x viewed as int32)."""
    shape = x.shape
    x, bits = x.reshape(-1), bits.reshape(-1)  # 1-d, so that the steps below can work in place
    h = rsqrt_estimate(bits).view(_F32)  # y0
    half = _F32(0.5)
    g = x * h
    h *= half
    # In place from here (large arrays pay for every new buffer); each step one float32 rounding.
    r = g * h
    np.subtract(half, r, out=r)  # r = 1/2 - g*h
    t = g * r
    r *= h
    g += t  # g = g + g*r
    h += r  # h = h + h*r
    np.multiply(g, g, out=t)
    np.subtract(x, t, out=t)
    t *= h
    g += t  # g + h*(x - g*g)
    return g.reshape(shape)


def sqrt(x: np.ndarray) -> np.ndarray:
    """``torch.sqrt`` of float32 exactly as MKL's high-accuracy ``vsSqrt`` returns it.

    On this AMD CPU MKL runs its SSE4.2 kernel (it does so on non-Intel CPUs), which is one
    Goldschmidt step from the ``rsqrtps`` estimate y0 and a final correction, every operation a
    separately rounded float32 one (no fused multiply-adds):

        g = x*y0;  h = y0/2;  r = 1/2 - g*h;  g += g*r;  h += h*r;  result = g + h*(x - g*g)

    Up to 0.75 ulp from the exact root (x - g*g rounds g*g first). The estimate comes from the
    table ``tools/record_rsqrt_estimate.py`` recorded from the CPU (it is vendor-defined). This
    reproduced MKL's result for every one of the 2**32 float32 inputs; normal inputs from
    0x1.ffep127 up, subnormals and zeros take MKL's correctly rounded path.
    """
    x = np.asarray(x, _F32)
    bits = x.view(np.int32)  # negatives, NaN and inf fall outside the normal range below
    if x.size and bits.min() >= _SQRT_GOLDSCHMIDT_START and bits.max() < _SQRT_GOLDSCHMIDT_END:
        return _sqrt_goldschmidt(x, bits)
    with np.errstate(invalid="ignore"):
        out = np.asarray(np.sqrt(x))
    normal = (bits >= _SQRT_GOLDSCHMIDT_START) & (bits < _SQRT_GOLDSCHMIDT_END)
    if normal.any():
        out[normal] = _sqrt_goldschmidt(x[normal], bits[normal])
    return out


# ---------------------------------------------------------------------------------------------
# The gradients PyTorch computes from the outputs
# ---------------------------------------------------------------------------------------------

def sigmoid_backward(grad: np.ndarray, out: np.ndarray) -> np.ndarray:
    """``SigmoidBackward0`` in float32: (grad * (1 - out)) * out, in that order.

    The order matters in the last bit (grad * (out * (1 - out)) differs for a third of inputs).
    """
    one = _F32(1)
    return np.asarray((np.asarray(grad, _F32) * (one - np.asarray(out, _F32))) * np.asarray(out, _F32))


def tanh_backward(grad: np.ndarray, out: np.ndarray) -> np.ndarray:
    """``TanhBackward0`` in float32: grad * (1 - out*out) with 1 - out*out as one fused
    multiply-add, as the compiler builds PyTorch's kernel (both its vector and scalar forms).
    """
    out = np.asarray(out, _F32)
    return np.asarray(np.asarray(grad, _F32) * _fma32(-out, out, _F32(1)))

"""float32 softmax, log_softmax, their backward and nll_loss's sum in PyTorch's CPU order.

Measured against PyTorch 2.13 (``tools/measure_float32_order.py``). Over the last dim of a
contiguous tensor, ATen's kernels work row by row in vectors of ``rounding.VECTOR_LANES`` floats:

- the row's maximum; ``exp(x - max)`` through SLEEF's vector ``expf``;
- a row sum adds whole vectors lane by lane (a row shorter than a vector: one element after
  another), the leftover elements into the first lanes, then folds the lanes in halves
  (lane i with lane i + 8, then + 4, + 2, + 1);
- softmax multiplies by ``1 / sum``; log_softmax subtracts the max, then ``log(sum)`` through
  SLEEF's vector ``logf`` (correctly rounded log differs from it for 1% of sums);
- log_softmax's backward is ``g - exp(out) * sum(g)`` with the product fused into the
  subtraction; softmax's is ``(g - sum(g * out)) * out``, products rounded before the sum.

All rows go through each step together, in a few numpy calls. ``exp`` of ``x - max`` and of
log_softmax's output (both <= 0) runs ``float32_math.sleef_expf_nonpositive``, ``log`` of a
row sum (in [1, row length]) ``_logf_of_sums``; both are checked equal to the step-by-step
emulations on every float32 of their domain (``tools/check_softmax_kernels.py``).

nll_loss adds ``-logp[target]`` one sample after another into a cascade of eight partial
sums, a level moving up after samples 0, 16, 32, ... (level 2 after 0, 256, ...).

A single row's softmax backward adds its products as ``map2_reduce_all`` does (the leftover
products fused into the first lanes). Another dim goes to ``softmax_dims.py``; elsewhere
(float64, a machine without a measured vector width) the callers keep their plain numpy formulas.
"""
from __future__ import annotations

import math

import numpy as np

from autograd_tui.engine.parity.float32_math import (
    CACHE_BLOCK,
    _ORDINARY_FLOOR,
    _expf_ordinary,
    _fma32,
    _sum_rounded_once,
    _grid,
    glibc_expf,
    sleef_expf,
    sleef_expf_nonpositive,
)
from autograd_tui.engine.parity.rounding import VECTOR_LANES

_F32 = np.float32
_F64 = np.float64


def applies(x: np.ndarray, dim: int) -> bool:
    """Whether the float32 row kernels here reproduce PyTorch for ``x`` along ``dim``."""
    return bool(VECTOR_LANES) and x.dtype == _F32 and x.ndim >= 1 and dim == x.ndim - 1 and x.size > 0


def _rows(x: np.ndarray) -> np.ndarray:
    if x.ndim == 2 and x.flags.c_contiguous:  # a batch of scores (every step): 2 k less than a new view
        return x
    return np.ascontiguousarray(x).reshape(-1, x.shape[-1])


def _short_rows(x: np.ndarray) -> bool:
    # numpy reduces a short last axis row by row (10 µs for 128 rows of 10); across the rows of
    # a transposed copy it takes a fifth of that, adding the columns in order.
    return x.shape[1] <= 64 and x.shape[0] >= 16


def _row_max(rows: np.ndarray) -> np.ndarray:
    if _short_rows(rows):
        return np.maximum.reduce(np.ascontiguousarray(rows.T), axis=0)[:, None]
    return np.maximum.reduce(rows, axis=1, keepdims=True)


def row_sums(x: np.ndarray, lanes: int = VECTOR_LANES) -> np.ndarray:
    """(rows, n) -> (rows,): ATen's ``vec::reduce_all`` of ``+`` over each row, in vectors of
    ``lanes`` floats."""
    n = x.shape[1]
    if n < lanes:
        if _short_rows(x):
            return np.add.reduce(np.ascontiguousarray(x.T), axis=0)
        return np.add.accumulate(x, axis=1)[:, -1]
    full = n // lanes
    vectors = x[:, : full * lanes].reshape(x.shape[0], full, lanes)
    acc = np.add.accumulate(vectors, axis=1)[:, -1] if full > 1 else vectors[:, 0].copy()
    left = n - full * lanes
    if left:
        acc[:, :left] += x[:, full * lanes:]
    return _fold_lanes(acc)


def _fold_lanes(acc: np.ndarray) -> np.ndarray:
    """ATen's ``vec_reduce_all``: lane i added to lane i + half, halving until one is left."""
    while acc.shape[-1] > 1:
        half = acc.shape[-1] // 2
        acc = acc[..., :half] + acc[..., half:]
    return acc[..., 0]


def _two_sum(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    total = a + b
    v = total - a
    return total, (a - (total - v)) + (b - v)


_LN2_HI, _LN2_LO = _F32(0.69314718246459960938), _F32(-1.904654323148236017e-09)
_LOG_POLY = (_F32(0.3027294874), _F32(0.3996108174), _F32(0.6666694880))


def _exact_fma32(a, b, c) -> np.ndarray:
    """float32 ``a * b + c`` where the float64 sum is known to be exact (the product of two
    floats always is; the sum is when their bits fit in 53): one rounding, no tie to check."""
    return (np.asarray(a, _F64) * np.asarray(b, _F64) + np.asarray(c, _F64)).astype(_F32)


def sleef_logf(d: np.ndarray) -> np.ndarray:
    """log(d) for finite d >= 1 (a softmax row's sum) as SLEEF's vector ``logf`` (1-ulp, FMA).

    d = m * 2**e with m in [0.75, 1.5); log(d) = e ln2 + 2 atanh((m - 1) / (m + 1)), the
    quotient and the sum carried as float pairs (value and rounding error). The fused steps
    marked exact compute a rounding error or add terms a few dozen bits apart, which float64
    holds exactly (m - 1 is exact too, so the numerator has no error term).
    """
    d = np.asarray(d, _F32)
    e = (np.frexp(d * _F32(1 / 0.75))[1] - 1).astype(_F32)
    mantissa = np.frexp(d)[0] * _F32(2)
    m = np.where(mantissa >= _F32(1.5), mantissa * _F32(0.5), mantissa).astype(_F32)
    hi = _LN2_HI * e
    lo = _exact_fma32(_LN2_LO, e, _exact_fma32(_LN2_HI, e, -hi))
    num = m - _F32(1)  # exact (Sterbenz): the pair's error term is 0
    den_hi, den_lo = _two_sum(np.ones_like(m), m)
    inverse = _F32(1) / den_hi
    q = num * inverse
    correction = _exact_fma32(-den_lo, inverse, _exact_fma32(-den_hi, inverse, _F32(1)))
    q_lo = _fma32(q, correction, _exact_fma32(inverse, num, -q))
    q2 = q * q
    poly = _fma32(_fma32(_LOG_POLY[0], q2, _LOG_POLY[1]), q2, _LOG_POLY[2])
    total = hi + q * _F32(2)
    lo = (((hi - total) + q * _F32(2)) + lo) + q_lo * _F32(2)
    tail = (q2 * q) * poly
    hi, total = total, total + tail
    lo = ((hi - total) + tail) + lo
    return (total + lo).astype(_F32, copy=False)


_LN2_PAIR = _F64(_LN2_HI) + _F64(_LN2_LO)
_POLY_STEPS = ((_F64(_LOG_POLY[1]) + _grid(-2), _grid(-2)), (_F64(_LOG_POLY[2]) + _grid(-1), _grid(-1)))
_SUMS_BELOW = _F32(2 ** 16)
# float64 units in the last place around float32's midpoints within which a result is redone
# step by step: the pairs' own rounding errors lie far inside (about 2**-44 of the value).
_NEAR = np.int64(1 << 12)
_NEAR_SHIFT = _NEAR - np.int64(1 << 28)
_LOW_BITS = np.int64((1 << 29) - 1)


def _logf_of_sums(d: np.ndarray) -> np.ndarray:
    """``sleef_logf`` of row sums (float32 in [1, 2**16), else the step-by-step form), in half
    the numpy calls.

    What SLEEF rounds at float32 precision is reproduced as it rounds: m and e, the quotient's
    leading float ``q = (m - 1) * (1 / (m + 1))``, the polynomial (each Horner step in a fixed
    binade: a constant added rounds it) and the tail ``q**3 * poly``. The float pairs, which
    only carry the rest of e ln2 and of 2 (m - 1) / (m + 1), are float64 values here; the
    result is their sum rounded once, unless it lies near a float32 midpoint.
    """
    if not np.maximum.reduce(d) < _SUMS_BELOW:  # also a NaN sum
        return sleef_logf(d)
    return _logf_of_ordinary_sums(d)


def _logf_of_ordinary_sums(d: np.ndarray) -> np.ndarray:
    """``_logf_of_sums`` of sums known to lie in [1, 2**16)."""
    # Same-dtype calls with 0-d constants and outputs in place: each call costs its overhead
    # (about 0.3 µs on 128 sums), a mixed-dtype one twice that.
    sub, add, mul = np.subtract, np.add, np.multiply
    e = mul(d, _K_FOUR_THIRDS).view(np.int32)
    np.right_shift(e, _K_23, e)
    sub(e, _K_127, e)
    m = np.left_shift(e, _K_23)
    sub(d.view(np.int32), m, m)
    m = m.view(_F32)
    num = sub(m, _K_ONE)  # exact (Sterbenz)
    q = add(m, _K_ONE)
    np.divide(_K_ONE, q, q)
    mul(q, num, q)
    q2 = mul(q, q)
    q2_64 = q2.astype(_F64)
    poly = mul(q2_64, _K_LOG_POLY_0)
    add(poly, _K_POLY_STEPS[0][0], poly)
    sub(poly, _K_POLY_STEPS[0][1], poly)
    mul(poly, q2_64, poly)
    add(poly, _K_POLY_STEPS[1][0], poly)
    sub(poly, _K_POLY_STEPS[1][1], poly)
    mul(q2, q, q2)
    tail = mul(q2, poly.astype(_F32), q2)
    v = num.astype(_F64)
    den = mul(v, _K_HALF_64)
    add(den, _K_ONE_64, den)  # (m + 1) / 2 = (m - 1) / 2 + 1, exact
    np.divide(v, den, v)
    add(v, tail.astype(_F64), v)
    add(v, _LN2_MULTIPLES.take(e), v)  # e ln2 (e in [0, 16]), each product rounded as e * ln2 is
    out = v.astype(_F32)
    near = add(v.view(np.int64), _K_NEAR_SHIFT)
    np.bitwise_and(near, _K_LOW_BITS, near)
    if np.count_nonzero(np.less(near, _K_TWICE_NEAR)):
        near = np.less(near, _K_TWICE_NEAR)
        out[near] = sleef_logf(d[near])
    return out


_K_FOUR_THIRDS = np.array(1 / 0.75, _F32)
_K_23, _K_127 = np.array(23, np.int32), np.array(127, np.int32)
_K_ONE = np.array(1, _F32)
_K_HALF_64, _K_ONE_64 = np.array(0.5, _F64), np.array(1, _F64)
_K_LOG_POLY_0 = np.array(_LOG_POLY[0], _F64)
_K_POLY_STEPS = tuple((np.array(a, _F64), np.array(b, _F64)) for a, b in _POLY_STEPS)
_LN2_MULTIPLES = np.arange(17, dtype=_F64) * _LN2_PAIR
_K_NEAR_SHIFT, _K_LOW_BITS, _K_TWICE_NEAR = (np.array(v, np.int64) for v in (_NEAR_SHIFT, _LOW_BITS, 2 * _NEAR))


def softmax(x: np.ndarray) -> np.ndarray:
    rows = _rows(x)
    e = sleef_expf_nonpositive(rows - _row_max(rows))
    return (e * (_F32(1) / row_sums(e))[:, None]).reshape(x.shape)


def log_softmax(x: np.ndarray) -> np.ndarray:
    rows = _rows(x)
    if _short_rows(rows) and rows.shape[1] < VECTOR_LANES:
        return _log_softmax_of_columns(rows).reshape(x.shape)
    shifted = rows - _row_max(rows)
    total = row_sums(sleef_expf_nonpositive(shifted))
    return (shifted - _logf_of_sums(total)[:, None]).reshape(x.shape)


def softmax_reduced(x: np.ndarray) -> np.ndarray:
    """softmax over the last dim of bfloat16 or float16 values (given as float32), before the
    final rounding to that type. ATen's kernel for these types works in float32 with its own
    order: SLEEF's ``expf`` on whole vectors of ``VECTOR_LANES`` floats and the C library's
    ``expf`` on the row's last ``n % lanes`` elements; the vectors' lanes are summed and folded,
    then those last elements added one after another; then every ``exp`` times ``1 / sum``."""
    rows = _rows(x)
    shifted = rows - _row_max(rows)
    n = shifted.shape[1]
    main = n - n % VECTOR_LANES
    e = np.empty_like(shifted)
    total = np.zeros(len(shifted), _F32)
    if main:
        e[:, :main] = sleef_expf_nonpositive(shifted[:, :main])
        vectors = e[:, :main].reshape(len(e), main // VECTOR_LANES, VECTOR_LANES)
        total = _fold_lanes(np.add.accumulate(vectors, axis=1)[:, -1])
    if main < n:
        e[:, main:] = glibc_expf(shifted[:, main:])
        for j in range(main, n):
            total = total + e[:, j]
    return (e * (_F32(1) / total)[:, None]).reshape(x.shape)


def log_softmax_reduced(x: np.ndarray, low) -> np.ndarray:
    """log_softmax over the last dim of bfloat16 or float16 values (as float32), before the final
    rounding: the float32 kernel's exponentials and row sums, but the sum and its log are each
    rounded to the input's type (``low``) on the way: ``x - max - low(log(low(sum)))``."""
    rows = _rows(x)
    shifted = rows - _row_max(rows)
    total = row_sums(sleef_expf_nonpositive(shifted))
    return (shifted - low(sleef_logf(low(total)))[:, None]).reshape(x.shape)


def _log_softmax_of_columns(rows: np.ndarray) -> np.ndarray:
    """``log_softmax`` of many short rows (a batch of class scores) on one transposed copy: the
    row maxima and sums are then reductions across it (``_row_max`` and ``row_sums`` each made
    their own copy), the exponentials element-wise as before; the result is laid out as rows."""
    columns = np.ascontiguousarray(rows.T)
    shifted = np.subtract(columns, np.maximum.reduce(columns, axis=0))
    if shifted.size <= CACHE_BLOCK and np.minimum.reduce(shifted, axis=None) >= _ORDINARY_FLOOR:
        # sleef_expf_nonpositive's own test, made here: every x - max is finite, in [-86, 0], so
        # each row's sum is 1 (its max's exp) or more, and at most its length: no range to check
        logs = _logf_of_ordinary_sums(np.add.reduce(_expf_ordinary(shifted), axis=0))
    else:
        logs = _logf_of_sums(np.add.reduce(sleef_expf_nonpositive(shifted), axis=0))
    return np.subtract(shifted.T, logs[:, None], order="C")


def softmax_backward(grad: np.ndarray, out: np.ndarray) -> np.ndarray:
    g, y = _rows(grad), _rows(out)
    lanes = VECTOR_LANES
    if g.shape[0] == 1 and g.shape[1] > lanes and g.shape[1] % lanes:
        sums = np.array([_dot_of_one_row(g[0], y[0], lanes)], g.dtype)
    else:
        sums = row_sums(g * y)
    return ((g - sums[:, None]) * y).reshape(out.shape)


def _dot_of_one_row(g: np.ndarray, y: np.ndarray, lanes: int) -> np.floating:
    """``sum(g * y)`` of a single row as ATen's ``map2_reduce_all`` adds it (measured: only a
    one-row softmax backward takes that path): products of whole vectors added lane by lane,
    the leftover products fused into the first lanes (the compiler makes that step an FMA),
    then the lanes folded in halves."""
    full = g.size // lanes
    products = g[: full * lanes] * y[: full * lanes]
    acc = np.add.accumulate(products.reshape(full, lanes), axis=0)[-1] if full > 1 else products.copy()
    left = g.size - full * lanes
    acc[:left] = _fma32(g[full * lanes:], y[full * lanes:], acc[:left])
    return acc.dtype.type(_fold_lanes(acc))


def _fused_sub(g: np.ndarray, e: np.ndarray, sums: np.ndarray) -> np.ndarray:
    """float32 ``g - e * sums`` rounded once (the FMA ATen's loop compiles it to): the product
    is exact in float64, the difference rounded there and then to float32 once more, which
    ``_sum_rounded_once`` mends where that could be a double rounding."""
    product = e.astype(_F64)
    np.multiply(product, np.negative(sums, dtype=_F64), product)  # negated on the row sums: fewer
    g64 = g.astype(_F64)
    return _sum_rounded_once(np.add(g64, product), g64, product)


def _exact_product_sub(g: np.ndarray, e: np.ndarray, sums: np.ndarray | None, e_above: float = 0.0,
                       row_sum: float | None = None) -> np.ndarray | None:
    """``_fused_sub`` where every row sum is one power of two and no ``e * sum`` leaves
    float32's normal range: then each product is exact in float32, and ``g - e * sum`` rounds
    once, as the FMA does, in two float32 calls. That is cross_entropy's gradient (``-w / N``
    at each target, zeros elsewhere) for a batch of 2**k samples. None otherwise.
    ``e_above``: a known lower bound of ``e`` (0: none known, ``e`` is looked at); ``row_sum``: the
    value of every row sum, when known (``sums`` is then not looked at)."""
    if row_sum is not None:
        value = row_sum
    elif sums is None:
        return None
    else:
        value = np.minimum.reduce(sums, axis=None)
        if value != np.maximum.reduce(sums, axis=None):  # (also a NaN)
            return None
    mantissa, _ = math.frexp(float(value))
    if abs(mantissa) != 0.5:
        return None
    if not e_above * abs(value) >= _SMALLEST_NORMAL:
        smallest = np.minimum.reduce(e, axis=None) * abs(value)  # NaN if an e is: not taken
        if not smallest >= _SMALLEST_NORMAL:
            return None
    product = np.multiply(e, np.array(-value, _F32))
    return np.add(g, product, product)


_SMALLEST_NORMAL = 2.0 ** -126


def _exp_of_output(y: np.ndarray) -> tuple[np.ndarray, float]:
    """``sleef_expf_nonpositive(y)`` of log_softmax's output (``y <= 0``), and a lower bound of
    it from the least ``y`` (SLEEF's error is below one unit in the last place, 2**-23 of the
    value): the one reduction serves both the kernel's range check and the bound."""
    low = np.minimum.reduce(y, axis=None)
    if not low >= _ORDINARY_FLOOR:  # (also a NaN)
        return sleef_expf_nonpositive(y), 0.0
    return _expf_ordinary(y), math.exp(float(low)) * (1 - 2.0 ** -20)
_BLOCK = 1 << 14  # elements per pass over a large gradient: float64 temporaries stay in cache


def log_softmax_backward(grad: np.ndarray, out: np.ndarray, row_sum: float | None = None) -> np.ndarray:
    """``row_sum``: the float32 value every row of ``grad`` adds up to, when the caller knows it
    (nll_loss's gradient of a plain batch): the rows are then not added up."""
    g, y = _rows(grad), _rows(out)
    # widened to float64 inside _fused_sub's product (a known value laid out only if needed)
    sums = row_sums(g)[:, None] if row_sum is None else None
    # log_softmax's output is <= 0 (or NaN); anything else takes the general expf
    top = np.maximum.reduce(y, axis=None)
    exp = sleef_expf_nonpositive if top <= 0 else sleef_expf
    step = max(1, _BLOCK // y.shape[1])
    if y.shape[0] <= step:
        if top <= 0:
            e, e_above = _exp_of_output(y)
        else:
            e, e_above = sleef_expf(y), 0.0
        result = _exact_product_sub(g, e, sums, e_above, row_sum)
        if result is None:
            result = _fused_sub(g, e, np.full((g.shape[0], 1), row_sum, _F32) if sums is None else sums)
        return result.reshape(out.shape)
    if sums is None:
        sums = np.full((g.shape[0], 1), row_sum, _F32)
    result = np.empty_like(g)
    for start in range(0, y.shape[0], step):
        block = slice(start, start + step)
        result[block] = _fused_sub(g[block], exp(y[block]), sums[block])
    return result.reshape(out.shape)


_NLL_LEVELS = 8
_NLL_STEP = 16  # 2 ** max(4, ceil(log2(batch)) // 8) for any batch below 2 ** 40


def _fold(x: np.ndarray) -> np.floating:
    """``x[0] + x[1] + ...`` in float32 (a single accumulator), in one call.

    The kernel's accumulators start from +0; starting from the first term instead changes at
    most the sign of a zero, which :func:`nll_sum`'s final ``+ 0`` mends.
    """
    if x.size == 0:
        return x.dtype.type(0)
    return np.add.accumulate(x)[-1]


def nll_sum(terms: np.ndarray) -> np.floating:
    """The sum of ``terms`` (one per sample, in order) as nll_loss's cascade adds them.

    Each level hands its first input up at once and then the sum of each next 16 (level 0's
    inputs are the samples); what a level holds at the end is kept for the final sum, lowest
    level first. The first input of every level is therefore the first sample: it is carried
    apart, and each level works on the sums handed up after it.
    """
    flat = np.ascontiguousarray(terms).reshape(-1)
    dtype = flat.dtype.type
    if flat.size == 0:
        return dtype(0)
    rest = flat[1:]
    held = []
    for _ in range(_NLL_LEVELS - 1):
        if not rest.size:  # only the first sample reaches the levels above
            break
        full = rest.size // _NLL_STEP
        held.append(_fold(rest[full * _NLL_STEP:]))
        rest = np.add.accumulate(rest[:full * _NLL_STEP].reshape(full, _NLL_STEP), axis=1)[:, -1] if full else rest[:0]
    # the top level adds the first sample, then what reached it (after 16**7 samples only)
    held.append(_fold(np.concatenate([flat[:1], rest])) if rest.size else flat[0])
    total = held[0]
    for value in held[1:]:
        total = total + value
    return dtype(total + dtype(0))

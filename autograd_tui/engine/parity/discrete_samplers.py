"""``exponential_``, ``geometric_``, ``log_normal_``, ``cauchy_``, ``torch.poisson`` and ``torch.binomial``
drawing what PyTorch's CPU kernels draw.

All three take one double-precision uniform (a 64-bit draw, 53 bits kept) per step, element
after element, and transform it in double precision with the C library's ``log``/``log1p``
(Python's ``math`` module calls the same functions; numpy's vectorised ``log1p`` differs from
them in the last bit for ~6% of doubles). The result is then converted to the tensor's type.

- exponential: ``-1 / lambda * log1p(-u)``;
- geometric: ``ceil(log(u) / log1p(-p))``;
- log_normal: ``exp`` of the scalar double Box-Muller normal (the one ``normal_`` uses for a few
  elements, sharing its cached second value);
- cauchy: ``median + sigma * tan(pi * (u - 0.5))``;
- poisson: Knuth's product of uniforms below rate 10, Hörmann's transformed rejection from 10 up
  (see ``_knuth_count`` and ``_Ptrs``); the number of draws each makes is part of the seeded stream.
- binomial: counts of geometric waiting times (inversion) while count * p < 10, else Hörmann's
  BTRS rejection; p above 1/2 samples the failures instead (see ``_binomial_one``).
"""
from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np

from autograd_tui.engine.parity.generator import _fma64
from autograd_tui.engine.parity.libm import lgamma

__all__ = ["binomial", "cauchy", "exponential", "geometric", "log_normal", "poisson"]

_F64 = np.dtype(np.float64)
_INT64_MIN = -(1 << 63)


def _fmt(value: float) -> str:
    return format(value, "g")


def _to_dtype(values: np.ndarray, dtype: np.dtype) -> np.ndarray:
    if dtype == np.float16:  # C++ turns a double into a half by way of float
        values = values.astype(np.float32)
    return values.astype(dtype)


# ATen names the type in these errors by its ScalarType name, or by its C++ name (caffe2's TypeMeta)
_CPP_NAMES = {"int64": "long int", "int32": "int", "int16": "short int", "int8": "signed char",
              "uint8": "unsigned char", "bool": "bool"}
_SCALAR_NAMES = {"int64": "Long", "int32": "Int", "int16": "Short", "int8": "Char", "uint8": "Byte", "bool": "Bool"}


def exponential(gen, shape: tuple, lambd: float, dtype: np.dtype) -> np.ndarray:
    """``torch.empty(shape, dtype=dtype).exponential_(lambd)``."""
    if dtype.kind != "f":
        raise RuntimeError("Exponential distribution is a continuous probability distribution. dtype must be a "
                           f"floating point but you specified {_SCALAR_NAMES.get(dtype.name, dtype.name)}")
    if not lambd > 0.0:
        raise RuntimeError(f"exponential_ expects lambda > 0.0, but found lambda={_fmt(lambd)}")
    n = math.prod(shape)
    u = gen._unit_floats(n, _F64)
    logs = np.fromiter(map(math.log1p, (-u).tolist()), np.float64, n)
    return _to_dtype((-1.0 / lambd) * logs, dtype).reshape(shape)


def _exp(v: float) -> float:
    try:
        return math.exp(v)
    except OverflowError:
        return math.inf


def log_normal(gen, shape: tuple, mean: float, std: float, dtype: np.dtype) -> np.ndarray:
    """``torch.empty(shape, dtype=dtype).log_normal_(mean, std)``."""
    if not std > 0.0:
        raise RuntimeError(f"log_normal_ expects std > 0.0, but found std={_fmt(std)}")
    if dtype.kind != "f":
        name = _SCALAR_NAMES.get(dtype.name, dtype.name)
        raise NotImplementedError(f'"log_normal_cpu" not implemented for \'{name}\'')
    normals = gen._normal_one_by_one(math.prod(shape), mean, std)
    return _to_dtype(np.fromiter(map(_exp, normals.tolist()), np.float64, normals.size), dtype).reshape(shape)


def cauchy(gen, shape: tuple, median: float, sigma: float, dtype: np.dtype) -> np.ndarray:
    """``torch.empty(shape, dtype=dtype).cauchy_(median, sigma)``."""
    if not sigma > 0.0:
        raise RuntimeError(f"cauchy_ expects sigma > 0.0, but found sigma={_fmt(sigma)}")
    if dtype.kind != "f":
        raise RuntimeError("Cauchy distribution is a continuous probability distribution. dtype must be a floating "
                           f"point but you specified {_CPP_NAMES.get(dtype.name, dtype.name)}")
    n = math.prod(shape)
    u = gen._unit_floats(n, _F64)
    tangents = np.fromiter((math.tan(math.pi * (v - 0.5)) for v in u.tolist()), np.float64, n)
    return _to_dtype(_fma64(tangents, sigma, median), dtype).reshape(shape)  # compiled as one fused multiply-add


def _log(v: float) -> float:
    return math.log(v) if v > 0 else -math.inf


def geometric(gen, shape: tuple, p: float, dtype: np.dtype) -> np.ndarray:
    """``torch.empty(shape, dtype=dtype).geometric_(p)``: the number of trials to the first success."""
    if not 0 < p < 1:
        raise RuntimeError(f"geometric_ expects p to be in (0, 1), but got p={_fmt(p)}")
    n = math.prod(shape)
    u = gen._unit_floats(n, _F64)
    denominator = math.log1p(-p)
    values = np.fromiter((math.ceil(_log(v) / denominator) if v > 0 else math.inf for v in u.tolist()),
                         np.float64, n)
    return _to_dtype(values, dtype).reshape(shape)


def _uniform(gen) -> float:
    return float(gen._unit_floats(1, _F64)[0])


def _knuth_count(gen, rate: float) -> int:
    """For a rate below 10: multiply fresh uniforms into a running product; the sample is how many
    factors kept it above exp(-rate). This takes sample + 1 draws."""
    floor_value = math.exp(-rate)
    product = _uniform(gen)
    factors_above = 0
    while product > floor_value:
        factors_above += 1
        product *= _uniform(gen)
    return factors_above


def _as_c_int64(whole: float) -> int:
    """C's ``(int64_t)`` cast of a whole double on x86: INT64_MIN when it does not fit or is NaN (an
    infinite or huge rate samples -9.2234e+18, as PyTorch prints)."""
    return int(whole) if -2.0**63 <= whole < 2.0**63 else _INT64_MIN


class _Ptrs(NamedTuple):
    """Hörmann's transformed rejection (PTRS, 1993) for one rate >= 10: the constants of its hat
    function, named as in the paper (``inv_alpha`` is 1/alpha), computed once per rate."""
    rate: float
    log_rate: float
    b: float
    a: float
    inv_alpha: float
    v_r: float

    @classmethod
    def for_rate(cls, rate: float) -> "_Ptrs":
        b = 0.931 + 2.53 * math.sqrt(rate)
        a = -0.059 + 0.02483 * b
        return cls(rate, math.log(rate), b, a, 1.1239 + 1.1328 / (b - 3.4), 0.9277 - 3.6224 / (b - 2))

    def candidate(self, u: float, us: float) -> float:
        """The whole number the transformation maps a centred uniform ``u`` to (``us`` = 0.5 - |u|).

        Kept as a double: PyTorch's wheel tests and scores the candidate as the floored double and
        only the returned sample goes through the int64 cast. The two differ only past 2**63 (a rate
        above ~1e19), where the double is accepted now and then and the cast is not."""
        spread = (2 * self.a / us + self.b) * u + self.rate + 0.43
        return float(math.floor(spread)) if math.isfinite(spread) else spread

    def accepts(self, k: float, v: float, us: float) -> bool:
        """The exact test, in logs: ``v * inv_alpha / (a / us^2 + b) <= rate^k e^-rate / k!``. The terms
        are added in this order because the roundings decide draws that fall on the border."""
        return (_log(v) + math.log(self.inv_alpha) - math.log(self.a / (us * us) + self.b)
                <= -self.rate + k * self.log_rate - lgamma(k + 1.0))


def _ptrs_count(gen, rate: float) -> int:
    """For a rate of 10 or more; two uniforms per attempt (u first), attempts until one is kept."""
    hat = _Ptrs.for_rate(rate)
    while True:
        u = _uniform(gen) - 0.5
        v = _uniform(gen)
        us = 0.5 - abs(u)
        k = hat.candidate(u, us)
        if us >= 0.07 and v <= hat.v_r:
            return _as_c_int64(k)  # inside the region where the hat is known to lie under the distribution
        if k < 0 or (us < 0.013 and v > us):
            continue  # outside the support, or in the tails where the hat is too loose
        if hat.accepts(k, v, us):
            return _as_c_int64(k)


def poisson(gen, rates: np.ndarray) -> np.ndarray:
    """``torch.poisson(rates)``: one sample per rate, element after element, in the rates' type."""
    samples = []
    for rate in rates.reshape(-1).astype(np.float64).tolist():
        if not rate >= 0:  # also NaN
            raise RuntimeError("invalid Poisson rate, expected rate to be non-negative")
        if rate == 0:
            samples.append(0)  # no draw
        else:
            samples.append(_knuth_count(gen, rate) if rate < 10 else _ptrs_count(gen, rate))
    return _to_dtype(np.array(samples, dtype=np.float64), rates.dtype).reshape(rates.shape)


# Stirling's series remainder log(k!) - [(k + 1/2) log(k + 1) - (k + 1) + log(2 pi) / 2], tabulated
# for k < 10 as the kernel tabulates it (to about 13 digits; the series is used from 10 on).
_STIRLING_TAIL = (0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509,
                  0.0166446911898211, 0.0138761288230707, 0.0118967099458917, 0.0104112652619720,
                  0.00925546218271273, 0.00833056343336287)


def _stirling_tail(k: float) -> float:
    if k <= 9:
        return _STIRLING_TAIL[int(k)]
    sq = (k + 1) * (k + 1)
    return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / sq) / sq) / (k + 1)


def _binomial_one(gen, count: float, p: float, narrow) -> float:
    """One draw. ``narrow`` rounds to the tensor's type: the kernel keeps count and p (and the
    products of the two) in that type, the rest in double."""
    if count <= 0 or p <= 0:
        return 0.0
    if p >= 1:
        return count
    if p <= 0.5:
        return _btrs(gen, count, p, narrow) if narrow(count * p) >= 10 else _inversion(gen, count, p, narrow)
    if p > 0.5:
        q = narrow(1.0 - p)
        failures = _btrs(gen, count, q, narrow) if narrow(count * q) >= 10 else _inversion(gen, count, q, narrow)
        return narrow(count - failures)
    return math.nan


def _inversion(gen, count: float, p: float, narrow) -> float:
    """Successes counted as geometric waiting times summed until they pass ``count``."""
    step = narrow(math.log1p(-p))
    waited, successes = 0.0, 0.0
    while True:
        waited += math.ceil(_log(_uniform(gen)) / step)
        if waited > count:
            return successes
        successes += 1


def _btrs(gen, count: float, p: float, narrow) -> float:
    """Hörmann's transformed rejection with squeeze (BTRS, 1993) for count * p >= 10, as the kernel
    writes it (its final test compares with the log of the ratio of the hat, without one log)."""
    spread = narrow(math.sqrt(narrow(narrow(count * p) * narrow(1 - p))))
    b = 1.15 + 2.53 * spread
    a = -0.0873 + 0.0248 * b + 0.01 * p
    c = narrow(count * p) + 0.5
    v_r = 0.92 - 4.2 / b
    odds = narrow(p / narrow(1 - p))
    alpha = (2.83 + 5.1 / b) * spread
    m = math.floor(narrow(narrow(count + 1) * p))
    while True:
        u = _uniform(gen) - 0.5
        v = _uniform(gen)
        us = 0.5 - abs(u)
        k = narrow(math.floor((2 * a / us + b) * u + c))
        if k < 0 or k > count:
            continue
        if us >= 0.07 and v <= v_r:
            return k
        left = count - k + 1  # whole numbers: exact in either type
        bound = ((m + 0.5) * math.log((m + 1) / (odds * (count - m + 1)))
                 + (count + 1) * math.log((count - m + 1) / left)
                 + (k + 0.5) * math.log(odds * left / (k + 1))
                 + _stirling_tail(m) + _stirling_tail(count - m) - _stirling_tail(k) - _stirling_tail(count - k))
        if math.log(v * alpha / (a / (us * us) + b)) <= bound:
            return k


def _same(x: float) -> float:
    return x


def _to_float32(x: float) -> float:
    return float(np.float32(x))


def binomial(gen, counts: np.ndarray, probs: np.ndarray) -> np.ndarray:
    """``torch.binomial(counts, probs)`` (already broadcast, one type): element after element."""
    narrow = _same if counts.dtype == np.float64 else _to_float32  # (half and bfloat16 have no kernel)
    pairs = zip(counts.reshape(-1).tolist(), probs.reshape(-1).tolist())
    flat = [_binomial_one(gen, c, q, narrow) for c, q in pairs]
    return np.array(flat, dtype=counts.dtype).reshape(counts.shape)

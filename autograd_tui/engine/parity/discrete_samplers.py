"""``exponential_``, ``geometric_`` and ``torch.poisson`` drawing what PyTorch's CPU kernels draw.

All three take one double-precision uniform (a 64-bit draw, 53 bits kept) per step, element
after element, and transform it in double precision with the C library's ``log``/``log1p``
(Python's ``math`` module calls the same functions; numpy's vectorised ``log1p`` differs from
them in the last bit for ~6% of doubles). The result is then converted to the tensor's type.

- exponential: ``-1 / lambda * log1p(-u)``;
- geometric: ``ceil(log(u) / log1p(-p))``;
- poisson: Knuth's product of uniforms below rate 10, Hörmann's transformed rejection from 10 up
  (see ``_knuth_count`` and ``_Ptrs``); the number of draws each makes is part of the seeded stream.
"""
from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np

from autograd_tui.engine.parity.libm import lgamma

__all__ = ["exponential", "geometric", "poisson"]

_F64 = np.dtype(np.float64)
_INT64_MIN = -(1 << 63)


def _fmt(value: float) -> str:
    return format(value, "g")


def _to_dtype(values: np.ndarray, dtype: np.dtype) -> np.ndarray:
    if dtype == np.float16:  # C++ turns a double into a half by way of float
        values = values.astype(np.float32)
    return values.astype(dtype)


def exponential(gen, shape: tuple, lambd: float, dtype: np.dtype) -> np.ndarray:
    """``torch.empty(shape, dtype=dtype).exponential_(lambd)``."""
    if dtype.kind != "f":
        names = {"int64": "Long", "int32": "Int", "int16": "Short", "int8": "Char", "uint8": "Byte", "bool": "Bool"}
        raise RuntimeError("Exponential distribution is a continuous probability distribution. dtype must be a "
                           f"floating point but you specified {names.get(dtype.name, dtype.name)}")
    if not lambd > 0.0:
        raise RuntimeError(f"exponential_ expects lambda > 0.0, but found lambda={_fmt(lambd)}")
    n = math.prod(shape)
    u = gen._unit_floats(n, _F64)
    logs = np.fromiter(map(math.log1p, (-u).tolist()), np.float64, n)
    return _to_dtype((-1.0 / lambd) * logs, dtype).reshape(shape)


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

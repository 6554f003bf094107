"""``exponential_``, ``geometric_`` and ``torch.poisson`` drawing what PyTorch's CPU kernels draw.

All three take one double-precision uniform (a 64-bit draw, 53 bits kept) per step, element
after element, and transform it in double precision with the C library's ``log``/``log1p``
(Python's ``math`` module calls the same functions; numpy's vectorised ``log1p`` differs from
them in the last bit for ~6% of doubles). The result is then converted to the tensor's type.

- exponential: ``-1 / lambda * log1p(-u)``;
- geometric: ``ceil(log(u) / log1p(-p))``;
- poisson: for a rate below 10, multiply uniforms until the product falls to ``exp(-rate)``
  (the count of factors before that is the sample); from 10 up, Hörmann's transformed
  rejection ("PTRS", 1993), which takes two uniforms per attempt.
"""
from __future__ import annotations

import math

import numpy as np

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


def _poisson_small(gen, rate: float) -> int:
    threshold = math.exp(-rate)
    count, product = 0, 1.0
    while True:
        product *= _uniform(gen)
        if product > threshold:
            count += 1
        else:
            return count


def _poisson_large(gen, rate: float) -> int:
    root, log_rate = math.sqrt(rate), math.log(rate)
    b = 0.931 + 2.53 * root
    a = -0.059 + 0.02483 * b
    inv_alpha = 1.1239 + 1.1328 / (b - 3.4)
    v_r = 0.9277 - 3.6224 / (b - 2)
    while True:
        u = _uniform(gen) - 0.5
        v = _uniform(gen)
        us = 0.5 - abs(u)
        guess = math.floor((2 * a / us + b) * u + rate + 0.43) if math.isfinite(rate) else None
        k = _INT64_MIN if guess is None else guess  # C's cast of an infinite double to int64
        if us >= 0.07 and v <= v_r:
            return k
        if k < 0 or (us < 0.013 and v > us):
            continue
        if (math.log(v) + math.log(inv_alpha) - math.log(a / (us * us) + b)
                <= -rate + k * log_rate - math.lgamma(k + 1.0)):
            return k


def poisson(gen, rates: np.ndarray) -> np.ndarray:
    """``torch.poisson(rates)``: one sample per rate, in the rates' floating-point type."""
    flat = rates.reshape(-1).astype(np.float64).tolist()
    out = []
    for rate in flat:
        if not rate >= 0:
            raise RuntimeError("invalid Poisson rate, expected rate to be non-negative")
        out.append(0 if rate == 0 else _poisson_small(gen, rate) if rate < 10 else _poisson_large(gen, rate))
    return _to_dtype(np.array(out, dtype=np.float64), rates.dtype).reshape(rates.shape)

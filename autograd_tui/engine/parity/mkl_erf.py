"""``erf``, ``erfc`` and ``erfinv`` as PyTorch's x86-64 wheel returns them: Intel MKL's
``vdErf``/``vsErf``, ``vdErfc``/``vsErfc``, ``vdErfInv``/``vsErfInv`` (high accuracy, every
element, any size or layout; SSE4.2 kernels on the measuring machine).

What their outputs show (``tools/record_erf_cases.py``, mpmath at 120 bits):

- float64 erf, erfc (for x >= 0) and erfinv are correctly rounded for 99.7% (erf on [-4, 4]),
  99.7-99.9% (erfc on [0, 4]; 98.6% on [4, 10]) and 99.98% (erfinv on (-1, 1)) of inputs, so the
  engine computes them correctly rounded: the C library's long double ``erfl``/``erfcl`` rounded
  once, and for erfinv one Newton step in long double from the float64 estimate.
- erfc of a negative x is 2 - erfc(-x), that subtraction rounded in the tensor's own type
  (float32: 2 - the float32 erfc(-x)): every measured input of both types. The correctly rounded
  erfc differs from it for up to 25% of inputs in [-0.5, 0].
- float32 erf for |x| < 2^-13 is x + x·fl32(2/sqrt(pi) - 1) in float32 arithmetic, on x scaled by
  2^24 and scaled back (subnormal and near-subnormal inputs): every normal input, 99.95% of
  subnormals. The correctly rounded value differs for 6%. Above 2^-13 MKL's float32 erf and erfc
  carry rounding errors of their own float32 steps (``docs/parity-float32-math.md``); there the
  engine rounds the float64 value once.

Where no 80-bit long double ``erfl`` is at hand, or above ``ELEMENTWISE_LIMIT`` elements (one
call per element costs too much there), CPython's ``math.erf``/``math.erfc`` stand in (97% / 81%
of float64 inputs, as before) and erfinv keeps its float64 Newton steps (88%).
"""
from __future__ import annotations

import ctypes
import math
from typing import Callable, Optional

import numpy as np

from autograd_tui.engine.parity import libm
from autograd_tui.engine.parity.ndtr import _long_call, _long_function

__all__ = ["erf", "erf32", "erfc", "erfc32", "erfinv"]

ELEMENTWISE_LIMIT = 1 << 18
_TWO_OVER_SQRT_PI = np.longdouble(2) / np.sqrt(np.longdouble(np.pi))  # pi's double is enough here
# float32 erf below 2^-13: x + x·(2/sqrt(pi) - 1) in float32 on x·2^24, then scaled back
_TINY = np.float32(2.0 ** -13)
_SCALE, _UNSCALE = np.float32(2.0 ** 24), np.float32(2.0 ** -24)
_TWO_OVER_SQRT_PI_MINUS_ONE = np.float32(2 / math.sqrt(math.pi) - 1)


def _rounded_function(name: str) -> Optional[Callable[[float], float]]:
    """``name`` (a long double function of libm) taking a double and returning its result rounded
    once to a double (ctypes converts the long double result)."""
    if _long_function(name) is None or libm._LIBRARY is None:  # no 80-bit long double, or no such function
        return None
    fn = libm._LIBRARY[name]  # a pointer of its own: ndtr's (attribute access) returns long doubles
    fn.argtypes, fn.restype = [ctypes.c_longdouble], ctypes.c_longdouble
    return fn


_ERFL_ROUNDED = _rounded_function("erfl")
_ERFCL_ROUNDED = _rounded_function("erfcl")
_ERFL = _long_function("erfl")
_ERFCL = _long_function("erfcl")


def _each(fn: Optional[Callable[[float], float]], a: np.ndarray, fallback: Callable[[float], float]) -> np.ndarray:
    flat = a.reshape(-1).tolist()
    use = fn if fn is not None and a.size <= ELEMENTWISE_LIMIT else fallback
    return np.fromiter(map(use, flat), np.float64, len(flat)).reshape(a.shape)


def erf(a: np.ndarray) -> np.ndarray:
    """erf of a float64 array, correctly rounded (nearly always)."""
    return _each(_ERFL_ROUNDED, a, math.erf)


def erfc(a: np.ndarray) -> np.ndarray:
    """erfc of a float64 array as MKL computes it: correctly rounded (nearly always) from 0 on,
    2 - that of -x below."""
    magnitude = _each(_ERFCL_ROUNDED, np.abs(a), math.erfc)
    return np.where(a < 0, 2 - magnitude, magnitude)


def erf32(a: np.ndarray) -> np.ndarray:
    """erf of a float32 array: MKL's float32 steps below 2^-13, the float64 value rounded once
    elsewhere."""
    out = _each(None, a.astype(np.float64), math.erf).astype(np.float32)  # float64 is close enough
    tiny = np.abs(a) < _TINY
    if tiny.any():
        scaled = a[tiny] * _SCALE
        out[tiny] = (scaled + scaled * _TWO_OVER_SQRT_PI_MINUS_ONE) * _UNSCALE
    return out


def erfc32(a: np.ndarray) -> np.ndarray:
    """erfc of a float32 array: the float64 value rounded once from 0 on, 2 - that below."""
    magnitude = _each(None, np.abs(a).astype(np.float64), math.erfc).astype(np.float32)
    return np.where(a < 0, np.float32(2) - magnitude, magnitude)


def erfinv(a: np.ndarray, estimate: np.ndarray) -> np.ndarray:
    """erfinv of a float64 array ``a``, from ``estimate`` (within a few ulps): one Newton step
    y - (erf(y) - v) / erf'(y) in long double, with erf(y) - v as (1 - |v|) - erfc(|y|) where
    |v| > 0.5 (1 - |v| is exact there), then rounded once."""
    out = np.array(estimate, dtype=np.float64, copy=True)
    v = np.asarray(a, dtype=np.float64)
    refine = np.isfinite(out) & (out != 0)
    if _ERFL is None or _ERFCL is None or not refine.any() or a.size > ELEMENTWISE_LIMIT:
        return out
    y = out[refine].astype(np.longdouble)
    values = v[refine]
    tail = np.abs(values) > 0.5
    erf_part = np.array([_long_call(_ERFCL, abs(t)) if is_tail else _long_call(_ERFL, t)
                         for t, is_tail in zip(y.tolist(), tail.tolist())], np.longdouble)
    one_minus = (1 - np.abs(values)).astype(np.longdouble)
    miss = np.where(tail, np.sign(values).astype(np.longdouble) * (one_minus - erf_part),
                    erf_part - values.astype(np.longdouble))
    with np.errstate(all="ignore"):
        step = miss / (_TWO_OVER_SQRT_PI * np.exp(-y * y))
    out[refine] = np.where(np.isfinite(step), y - step, y).astype(np.float64)
    return out

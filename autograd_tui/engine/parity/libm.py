"""``lgamma`` through the C library's double ``lgamma``, rounded once for float32; the C library's
``logf``/``log1pf`` where ATen's scalar loops call them.

PyTorch's vector kernels use SLEEF's ``lgamma`` (1-ulp accurate), which is not reproduced here.
Measured against PyTorch 2.13 on 55,000 inputs in [-10, 30] and up to 1e8: glibc's double
``lgamma`` rounded to float32 equals PyTorch's float32 result for 97.5% of them (glibc's own
``lgammaf`` for 65%), and its float64 value PyTorch's for 66% (CPython's ``math.lgamma``, the
stand-in where no libm loads, for 33%). The differences are in the last bit, so printed values
agree (see ``docs`` of the gamma functions in ``functions/gamma.py``).
"""
from __future__ import annotations

import ctypes
import ctypes.util
import math
from typing import Callable, Optional

import numpy as np

from autograd_tui.engine.parity import midpoints
from autograd_tui.engine.parity.blas import get_threads
from autograd_tui.engine.parity.float32_math import vector_path_mask
from autograd_tui.engine.parity.rounding import VECTOR_LANES

__all__ = ["c_binary", "c_everywhere", "c_pow", "c_unary", "lgamma", "lgamma_array", "vector_kernel_scalar_tail",
           "via_float64_scalar_tail"]


def _load_library() -> Optional[ctypes.CDLL]:
    for name in ("libm.so.6", ctypes.util.find_library("m")):
        if not name:
            continue
        try:
            return ctypes.CDLL(name)
        except OSError:
            continue
    return None


def _function(name: str, ctype, arity: int = 1) -> Optional[Callable[..., float]]:
    if _LIBRARY is None or not hasattr(_LIBRARY, name):
        return None
    function = getattr(_LIBRARY, name)
    function.argtypes, function.restype = [ctype] * arity, ctype
    return function


_LIBRARY = _load_library()
_LGAMMA = _function("lgamma", ctypes.c_double)
# ATen's scalar loops call these on each element (binary cross-entropy's logs): glibc's logf and
# log1pf are not always correctly rounded (log1pf differs from the correctly rounded value for
# about 9% of inputs in (-1, 0)), so the engine calls the same functions.
_UNARY = {(name, dtype): _function(name + suffix, ctype)
          for name in ("exp", "log", "log1p", "sinh", "cosh", "atanh", "log2", "asinh", "acosh", "expm1", "tanh",
                       "exp2", "erf", "erfc", "sin", "cos", "acos")
          for dtype, suffix, ctype in ((np.float32, "f", ctypes.c_float), (np.float64, "", ctypes.c_double))}
# ATen's scalar loops of pow (a tensor exponent) and atan2 call these (powf, atan2f for float32)
_BINARY = {(name, dtype): _function(name + suffix, ctype, 2)
           for name in ("pow", "atan2")
           for dtype, suffix, ctype in ((np.float32, "f", ctypes.c_float), (np.float64, "", ctypes.c_double))}
_ELEMENTWISE_LIMIT = 1 << 18  # above this many elements one call each costs too much; numpy's instead


def via_float64_scalar_tail(fn: Callable[[np.ndarray], np.ndarray], name: str, float64: bool = True,
                            vector32: Optional[Callable[[np.ndarray], np.ndarray]] = None
                            ) -> Callable[[np.ndarray], np.ndarray]:
    """``fn`` in float64, rounded once, on the elements ATen's loop computes with its vector form,
    and the C library's ``name`` (``namef`` for float32) on the rest, as its scalar form calls it.

    Measured against PyTorch 2.13 for sinh, atanh and log2 (float32 and float64) and float32
    cosh: every element of tensors up to 1,000 but a few of sinh's vector elements. (asin, acos
    and atan are not split at all: ATen hands every element to MKL's ``vsAsin``/``vdAsin``...,
    for tensors of one element as of 10^6, contiguous or strided; asinh and acosh call the C
    library on every element, ``c_everywhere``; float64 cosh's vector form is not reproduced.)
    Small tensors (under 32 float32 elements) are all scalar. ``vector32``: the vector form of
    float32 where it is reproduced (SLEEF's ``sinhf``/``coshf``, ``sleef32``) instead of ``fn``
    rounded once."""
    def forward(a: np.ndarray) -> np.ndarray:
        if a.dtype == np.float32:
            wide = vector32(a) if vector32 is not None and VECTOR_LANES else fn(a.astype(np.float64))
        else:
            wide = fn(a)
        out = wide.astype(a.dtype, copy=False)
        if not VECTOR_LANES or a.dtype.type not in ((np.float32, np.float64) if float64 else (np.float32,)) \
                or not a.size:
            return out
        lanes = VECTOR_LANES if a.dtype == np.float32 else VECTOR_LANES // 2
        scalar = ~vector_path_mask(a, num_threads=get_threads(), lanes=lanes)
        if scalar.any():
            values = c_unary(name, a[scalar])
            if values is not None:
                out = np.array(out, copy=True) if not out.flags.writeable else out
                out[scalar] = values
        return out
    return forward


def c_everywhere(fn: Callable[[np.ndarray], np.ndarray], name: str) -> Callable[[np.ndarray], np.ndarray]:
    """The C library's ``name`` (``namef`` for float32) on every element, as ATen calls it in
    both forms of its loop; ``fn`` in float64, rounded once, where the library is not there.

    Measured against PyTorch 2.13 for asinh and acosh, float32 and float64, tensors of 1 to 40,000
    elements: every element (the correctly rounded value differed for 15 to 20% of them)."""
    def forward(a: np.ndarray) -> np.ndarray:
        values = c_unary(name, a) if a.dtype.type in (np.float32, np.float64) else None
        if values is not None:
            return values
        return fn(a.astype(np.float64)).astype(a.dtype) if a.dtype == np.float32 else fn(a)
    return forward


def vector_kernel_scalar_tail(vector_fn: Callable[[np.ndarray], np.ndarray], name: str,
                              fn: Callable[[np.ndarray], np.ndarray]) -> Callable[[np.ndarray], np.ndarray]:
    """float32: ``vector_fn`` (a SLEEF kernel, ``sleef32``) on the elements ATen's loop computes
    in whole vectors, the C library's ``namef`` on the rest; other dtypes ``fn`` in float64,
    rounded once (float32 there too where the vector width is unknown)."""
    def forward(a: np.ndarray) -> np.ndarray:
        if a.dtype != np.float32 or not VECTOR_LANES or not a.size:
            return fn(a.astype(np.float64)).astype(a.dtype) if a.dtype == np.float32 else fn(a)
        vector = vector_path_mask(a, num_threads=get_threads(), lanes=VECTOR_LANES)
        out = np.empty(a.shape, np.float32)
        if vector.any():
            out[vector] = vector_fn(a[vector])
        if not vector.all():
            scalar = c_unary(name, a[~vector])
            out[~vector] = scalar if scalar is not None else fn(a[~vector].astype(np.float64))
        return out
    return forward


def scalar_function(name: str, kind: type) -> Optional[Callable[[float], float]]:
    """The C library's ``name`` (``namef`` for np.float32) as a function of one number, or None."""
    return _UNARY.get((name, kind))  # type: ignore[arg-type]  # np.float32 or np.float64


def c_unary(name: str, a: np.ndarray) -> Optional[np.ndarray]:
    """The C library's ``log``/``log1p``/... (``logf``/``log1pf``/... for float32) of each element, in
    ``a``'s type; None where the library or the function is not there, or ``a`` is too large."""
    function = _UNARY.get((name, a.dtype.type))
    if function is None or a.size > _ELEMENTWISE_LIMIT:
        return None
    flat = a.reshape(-1).tolist()
    return np.fromiter(map(function, flat), a.dtype, len(flat)).reshape(a.shape)


def c_binary(name: str, a: np.ndarray, b: np.ndarray) -> Optional[np.ndarray]:
    """The C library's two-operand ``name`` (``namef`` for float32) of each pair of elements of
    two arrays of one shape and type; None where the library or the function is not there, or
    the arrays are too large."""
    function = _BINARY.get((name, a.dtype.type))
    if function is None or a.size > _ELEMENTWISE_LIMIT:
        return None
    return np.fromiter(map(function, a.reshape(-1).tolist(), b.reshape(-1).tolist()), a.dtype, a.size).reshape(a.shape)


# glibc's powf rounds a double result that is off by up to 0.0017 float32 ulps (measured on 2 * 10^5
# inputs for each of eight exponents): farther than 2^-8 ulps from a midpoint, the value rounded once
# is its result
_POWF_MARGIN = 1 << 21  # 2^-8 float32 ulps, in float64 ulps
_POW = np.frompyfunc(math.pow, 2, 1)


def c_pow(base: np.ndarray, exponent: float) -> np.ndarray:
    """The C library's ``pow`` (``powf`` for float32) of each element of ``base`` and one exponent,
    as ATen's scalar loops call it, at less than a C call per element: float64 through CPython's
    ``math.pow`` (the library's ``pow`` itself) where the result is an ordinary number; float32 as
    numpy's double power rounded once, but ``powf`` itself near a float32 midpoint or outside the
    normal range. numpy's power (Intel's vector ``pow`` on AVX-512) differs from the library's for 5%
    of float64 inputs and, rounded to float32, for 0.07% of float32 ones. Arrays over
    ``_ELEMENTWISE_LIMIT`` elements, or without a C library, take numpy's."""
    with np.errstate(all="ignore"):
        estimate = base.astype(np.float64) ** np.float64(exponent)
    if _LIBRARY is None or base.size > _ELEMENTWISE_LIMIT:
        return estimate.astype(base.dtype)
    zero = base == 0  # numpy's +0 or +inf is C's there (ReLU outputs have many)
    if base.dtype == np.float32:
        _, ordinary = midpoints.distance(estimate)
        exact = (ordinary & ~midpoints.near_midpoint(estimate, _POWF_MARGIN)) | zero
        out = estimate.astype(np.float32)
    else:
        # math.pow raises where C's pow overflows or divides by zero: those go to the library
        ordinary = np.isfinite(estimate) & (np.abs(estimate) < 1e300) & (base > 0)
        out = estimate
        if ordinary.any():
            out[ordinary] = _POW(base[ordinary], float(exponent))
        exact = ordinary | zero
    if not exact.all():
        rest = ~exact
        out[rest] = c_binary("pow", base[rest], np.full(int(rest.sum()), exponent, base.dtype))
    return out


def _python_lgamma(v: float) -> float:
    try:
        return math.lgamma(v)
    except ValueError:  # a pole: PyTorch (and C) give +inf
        return math.inf
    except OverflowError:
        return math.inf


def lgamma(v: float) -> float:
    """The C library's ``lgamma`` of one double, as PyTorch's scalar C++ code calls it (CPython's
    ``math.lgamma`` is its own approximation, a few ulps away for ~20% of integers)."""
    return _LGAMMA(v) if _LGAMMA is not None else _python_lgamma(v)


def lgamma_array(a: np.ndarray) -> np.ndarray:
    """log|Gamma(x)| elementwise, in the array's own float type."""
    flat = a.reshape(-1)
    if _LGAMMA is not None:
        g = _LGAMMA
        out = np.fromiter((g(v) for v in flat.tolist()), np.float64, flat.size).astype(a.dtype)
    else:
        out = np.fromiter((_python_lgamma(v) for v in flat.tolist()), np.float64, flat.size).astype(a.dtype)
    return out.reshape(a.shape)

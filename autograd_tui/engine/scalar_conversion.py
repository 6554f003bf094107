"""How a Python number is written into a tensor of a given dtype, as c10 converts a Scalar.

``fill_``, ``full``, ``masked_fill``, ``index_fill``, ``x[i] = v``, ``where``, ``clamp`` and
``pow`` check that the number fits the dtype and say so in c10's words; the arithmetic ops wrap
instead (``functions/pointwise._wrapped_int``). The engine's tensor module re-exports these.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

from autograd_tui.engine import dtypes


def real_fill_value(value: Any, dtype: dtypes.dtype, numel: int = 2) -> Any:
    """A number written into a (real) tensor (fill_, full, masked_fill, index_fill, x[i] = v):
    checked as c10 converts a Scalar, then made writable by numpy (-1 into uint8 is 255).

    A complex one converts into a real tensor only without an imaginary part (PyTorch refuses the
    same values, in these words). A float8 tensor of one element (``numel``) is filled unchecked,
    by ATen's one-element path, rounding as a cast does."""
    if dtype in dtypes.FLOAT8 and numel <= 1:
        return value
    if dtype.is_complex:
        return value  # any number fits (overflow to infinity as a float would)
    if isinstance(value, (complex, np.complexfloating)):
        if value.imag != 0:
            raise RuntimeError(f"value cannot be converted to type {_c_name(dtype)} without overflow")
        value = value.real
    if _overflows(value, dtype):
        raise RuntimeError(f"value cannot be converted to type {_c_name(dtype)} without overflow")
    if dtype.np.kind == "u" and isinstance(value, (int, np.integer)) and value < 0:
        return int(value) % (int(np.iinfo(dtype.np).max) + 1)  # two's complement, as C++ converts it
    if dtype is dtypes.float16 and isinstance(value, (float, np.float64)):
        return np.float32(value)  # c10::Half takes a double by way of float (rounded twice)
    return value


def _overflows(value: Any, dtype: dtypes.dtype) -> bool:
    """c10's ``overflows<To>(value)``: an integer must fit (an unsigned type also takes -max..-1,
    which wrap); a float must lie within the type's range, where infinity passes for a floating
    type and NaN only for one. A bool tensor takes any number."""
    if dtype is dtypes.bool_ or isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, float, np.number)):
        return False
    kind = dtype.np.kind
    if isinstance(value, (int, np.integer)):
        if kind not in "iu":  # an integer beyond a float type's range: not a learner's case
            return False
        info = np.iinfo(dtype.np)
        v = int(value)
        return v > info.max or (v < -int(info.max) if kind == "u" else v < info.min)
    f = float(value)
    if dtype in dtypes.FLOAT8:
        return _float8_overflows(f, dtype)
    if math.isinf(f) or f != f:
        return not dtype.is_floating_point
    if dtype.is_floating_point:
        top = float(np.finfo(dtype.np).max) if dtype is not dtypes.bfloat16 else 3.3895313892515355e38
        return not -top <= f <= top
    info = np.iinfo(dtype.np)
    return not float(info.min) <= f <= float(info.max)


def _float8_overflows(f: float, dtype: dtypes.dtype) -> bool:
    """c10's check for a float8 type: NaN fits; infinity only float8_e5m2 (the one with an inf);
    float8_e8m0fnu's lowest value is 2**-127 (it has no sign)."""
    if f != f:
        return False
    if math.isinf(f):
        return dtype is not dtypes.float8_e5m2
    info = dtypes.finfo(dtype)
    lowest = info.tiny if dtype is dtypes.float8_e8m0fnu else info.min
    return f < lowest or f > info.max


def _c_name(dtype: dtypes.dtype) -> str:
    """The C++ type c10 names in its conversion errors."""
    return {"float32": "float", "float64": "double", "float16": "c10::Half", "bfloat16": "c10::BFloat16",
            "bool": "bool", "int32": "int", "int64": "int64_t", "complex64": "c10::complex<float>",
            "complex128": "c10::complex<double>",
            **{d.name: f"c10::{dtypes._SCALAR_NAME[d.name]}" for d in dtypes.FLOAT8}}.get(dtype.name, f"{dtype.name}_t")


def check_int_fits(value: Any, dtype: dtypes.dtype) -> Any:
    """PyTorch writes a Python integer into an integer tensor (fill_, where, clamp, pow) only if it
    fits, with c10's check (an unsigned type also takes -max..-1); its arithmetic and comparisons wrap
    it instead (functions/pointwise._wrapped_int). Returns the value as written: -1 into uint8 is 255."""
    if (isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))
            and dtype.np.kind in "iu"):
        if _overflows(value, dtype):
            raise RuntimeError(f"value cannot be converted to type {_c_name(dtype)} without overflow")
        if value < 0 and dtype.np.kind == "u":
            return int(value) % (int(np.iinfo(dtype.np).max) + 1)  # two's complement, as C++ converts it
    return value

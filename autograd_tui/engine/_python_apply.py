"""``Tensor.apply_`` and ``Tensor.map_``: a Python callable run on every element, given Python
numbers (as PyTorch passes them) and its results converted back as PyTorch's scalar unpacking does."""
from __future__ import annotations

import math
import numbers
from typing import Any, Callable, Optional

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor

_INT64_MIN, _INT64_MAX = -(2 ** 63), 2 ** 63 - 1


def _as_float(value: Any) -> float:
    if isinstance(value, (bool, numbers.Real)) and not isinstance(value, complex):
        return float(value)
    if isinstance(value, (str, bytes, complex)) or not hasattr(type(value), "__float__"):
        raise TypeError(f"must be real number, not {type(value).__name__}")
    return float(value)


def _index(value: Any) -> int:
    if not hasattr(type(value), "__index__"):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return value.__index__()


def _as_integer(value: Any, dtype: dtypes.dtype) -> int:
    if isinstance(value, float):
        number = value
    elif isinstance(value, numbers.Integral):
        number = int(value)
        if not _INT64_MIN <= number <= _INT64_MAX:
            raise ValueError("Overflow when unpacking long long")
    else:
        number = _index(value)
    info = np.iinfo(dtype.np)
    if isinstance(number, float) and (math.isnan(number) or not info.min <= math.trunc(number) <= info.max):
        raise RuntimeError(f"value cannot be converted to type {dtype.np.name} without overflow")
    number = math.trunc(number)
    if not info.min <= number <= info.max:
        raise RuntimeError(f"value cannot be converted to type {dtype.np.name} without overflow")
    return number


def _converter(dtype: dtypes.dtype) -> Callable[[Any], Any]:
    if dtype is dtypes.bool_:
        return lambda v: bool(v) if isinstance(v, (float, numbers.Integral)) else bool(_index(v))
    if dtype.is_floating_point:
        return _as_float
    return lambda v: _as_integer(v, dtype)


def apply_python(self: Tensor, name: str, fn: Callable, other: Optional[Tensor] = None) -> Tensor:
    """Write ``fn(x)`` (or ``fn(x, y)`` with ``y`` from ``other`` broadcast to self) into every element."""
    if self._requires_grad:
        raise RuntimeError(f"Can't call {name}() on Variable that requires grad. Use var.detach().{name}() instead.")
    convert = _converter(self.dtype)
    values = self._data.reshape(-1).tolist()
    if other is None:
        results = [convert(fn(x)) for x in values]
    else:
        paired = np.broadcast_to(other._data, self._data.shape).reshape(-1).tolist()
        results = [convert(fn(x, y)) for x, y in zip(values, paired)]
    data = np.asarray(results, dtype=np.float64 if self.dtype.is_floating_point else None).reshape(self._data.shape)
    self._data[...] = dtypes.to_bfloat16_grid(data.astype(np.float32)) if self.dtype is dtypes.bfloat16 \
        else data.astype(self.dtype.np)
    return self

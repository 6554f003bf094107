"""The legacy tensor types: ``torch.FloatTensor``, ``torch.LongTensor``, ...

Each is a class only in name: calling one builds an ordinary ``Tensor`` of its dtype (from
data, from sizes, or empty), ``isinstance(t, torch.LongTensor)`` checks the dtype, and
``t.type(torch.LongTensor)`` converts, as in PyTorch.
"""
from __future__ import annotations

import numbers
from typing import Any

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Size, Tensor, _c_type, _legacy_shape, make
from autograd_tui.engine.functions import tensor


class _LegacyTensorType(type):
    dtype: dtypes.dtype

    def __instancecheck__(cls, obj: Any) -> bool:
        return isinstance(obj, Tensor) and obj.dtype is cls.dtype

    def __call__(cls, *args: Any, device: Any = None) -> Tensor:
        dtype = cls.dtype
        if not args:
            return make(np.zeros((0,), dtype.np), dtype)
        if len(args) == 1 and isinstance(args[0], Tensor):
            source = args[0]
            if source.dtype is not dtype:
                raise TypeError(f"expected {_options(dtype)} (got {_options(source.dtype)})")
            return source
        if len(args) == 1 and isinstance(args[0], Size):
            args = tuple(args[0])
        if all(isinstance(a, numbers.Integral) and not isinstance(a, bool) for a in args):
            return make(np.zeros(_legacy_shape(args), dtype.np), dtype)  # sizes
        if len(args) == 1:
            return tensor(args[0], dtype=dtype)
        raise TypeError(f"new() received an invalid combination of arguments - got "
                        f"({', '.join(type(a).__name__ for a in args)})")


def _options(dtype: dtypes.dtype) -> str:
    return (f"TensorOptions(dtype={_c_type(dtype)}, device=cpu, layout=Strided, requires_grad=false "
            "(default), pinned_memory=false (default), memory_format=(nullopt))")


def _legacy_type(dtype: dtypes.dtype) -> type:
    cls = _LegacyTensorType(dtype.legacy_name, (), {"dtype": dtype, "__module__": "torch"})
    return cls


FloatTensor = _legacy_type(dtypes.float32)
DoubleTensor = _legacy_type(dtypes.float64)
HalfTensor = _legacy_type(dtypes.float16)
LongTensor = _legacy_type(dtypes.int64)
IntTensor = _legacy_type(dtypes.int32)
ShortTensor = _legacy_type(dtypes.int16)
CharTensor = _legacy_type(dtypes.int8)
ByteTensor = _legacy_type(dtypes.uint8)
BoolTensor = _legacy_type(dtypes.bool_)

"""The legacy tensor types: ``torch.FloatTensor``, ``torch.LongTensor``, ...

Each is a class only in name: calling one builds an ordinary ``Tensor`` of its dtype (from
data, from sizes, or empty), ``isinstance(t, torch.LongTensor)`` checks the dtype, and
``t.type(torch.LongTensor)`` converts, as in PyTorch.
"""
from __future__ import annotations

import math
import numbers
import warnings
from typing import Any

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._nested import infer_array
from autograd_tui.engine._tensor import Size, Tensor, _c_type, _legacy_shape, _user_stacklevel, device, make, warn_once
from autograd_tui.engine.functions import tensor
from autograd_tui.engine.functions.creation import _resolve_dtype, check_dtype_argument, not_counted
from autograd_tui.engine.functions._common import _is_int, _size_type_error, invalid_combination


class _LegacyTensorType(type):
    dtype: dtypes.dtype

    def __instancecheck__(cls, obj: Any) -> bool:
        return isinstance(obj, Tensor) and obj.dtype is cls.dtype

    def __call__(cls, *args: Any, **kwargs: Any) -> Tensor:
        if set(kwargs) - {"device"}:
            raise new_arguments_error(args, kwargs)
        _check_cpu(kwargs)
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
            if isinstance(args[0], (numbers.Number, np.generic)):  # an int is a size; any other number no data
                raise TypeError(f"new(): data must be a sequence (got {type(args[0]).__name__})")
            return tensor(args[0], dtype=dtype)
        raise TypeError(f"new() received an invalid combination of arguments - got "
                        f"({', '.join(type(a).__name__ for a in args)})")


_NEW_OVERLOADS = ("(*, torch.device device = None)", "(torch.Storage storage)", "(Tensor other)",
                  "(tuple of ints size, *, torch.device device = None)", "(object data, *, torch.device device = None)")


def legacy_new(cls, args: tuple, kwargs: dict) -> Tensor:
    """``torch.Tensor(data)`` / ``torch.Tensor(2, 3)``: PyTorch's legacy constructor, always in the
    default float dtype."""
    if set(kwargs) - {"device"} or len(args) > 1 and not all(
            isinstance(a, numbers.Integral) and not isinstance(a, bool) for a in args):
        raise new_arguments_error(args, kwargs)
    _check_cpu(kwargs)
    if args and isinstance(args[0], Tensor) and len(args) == 1:
        return args[0]
    one = args[0] if len(args) == 1 else None
    if args and all(isinstance(a, numbers.Integral) and not isinstance(a, bool) for a in args):
        data = np.zeros(_legacy_shape(args), dtypes.get_default_dtype().np)
    elif isinstance(one, Size):
        data = np.zeros(_legacy_shape(one), dtypes.get_default_dtype().np)
    elif isinstance(one, str):
        raise TypeError("new(): invalid data type 'str'")
    elif isinstance(one, (list, tuple, range, np.ndarray)):
        try:
            data = np.asarray(infer_array(list(one) if isinstance(one, range) else one, float_target=True)[0],
                              dtypes.get_default_dtype().np)
        except RuntimeError as exc:  # the legacy constructor reads every element as a float
            if not str(exc).startswith("Could not infer dtype of "):
                raise
            raise TypeError(f"must be real number, not {str(exc).rpartition(' ')[2]}") from None
    elif one is not None or (args and args[0] is None):
        # why: a float, None or a generator used to give an empty tensor silently
        raise TypeError(f"new(): data must be a sequence (got {type(args[0]).__name__})")
    else:
        data = np.zeros((0,), dtypes.get_default_dtype().np)
    return make(data, dtypes.get_default_dtype(), cls)


def _check_cpu(kwargs: dict) -> None:
    """The legacy constructors make CPU tensors only (``device='meta'`` is refused too)."""
    if kwargs.get("device") is not None:
        kind = device(kwargs["device"]).type
        if kind != "cpu":
            raise RuntimeError(f"legacy constructor expects device type: cpu but device type: {kind} was passed")


def new_arguments_error(args: tuple, kwargs: dict) -> TypeError:
    """The legacy constructors' (``torch.Tensor``, ``torch.FloatTensor``, ``x.new``) argument errors:
    sizes that are not all ints, or a keyword other than ``device`` (``dtype=`` is a common slip)."""
    if not kwargs and len(args) > 1 and _is_int(args[0]):
        return _size_type_error("new", args)
    return invalid_combination("new", args, kwargs, _NEW_OVERLOADS)


def _options(dtype: dtypes.dtype) -> str:
    return (f"TensorOptions(dtype={_c_type(dtype)}, device=cpu, layout=Strided, requires_grad=false "
            "(default), pinned_memory=false (default), memory_format=(nullopt))")


def _legacy_type(dtype: dtypes.dtype) -> type:
    cls = _LegacyTensorType(dtype.legacy_name, (), {"dtype": dtype, "__module__": "torch"})
    return cls


FloatTensor = _legacy_type(dtypes.float32)
DoubleTensor = _legacy_type(dtypes.float64)
HalfTensor = _legacy_type(dtypes.float16)
BFloat16Tensor = _legacy_type(dtypes.bfloat16)
LongTensor = _legacy_type(dtypes.int64)
IntTensor = _legacy_type(dtypes.int32)
ShortTensor = _legacy_type(dtypes.int16)
CharTensor = _legacy_type(dtypes.int8)
ByteTensor = _legacy_type(dtypes.uint8)
BoolTensor = _legacy_type(dtypes.bool_)

_BY_DTYPE: dict[dtypes.dtype, Any] = {
    cls.dtype: cls for cls in (FloatTensor, DoubleTensor, HalfTensor, BFloat16Tensor,  # type: ignore[attr-defined]
                               LongTensor, IntTensor, ShortTensor, CharTensor, ByteTensor, BoolTensor)}


def tensor_new(self: Tensor, *args: Any, **kwargs: Any) -> Tensor:
    """``x.new(...)``: the legacy constructor of ``x``'s own type (sizes, data or nothing)."""
    return _BY_DTYPE[self.dtype](*args, **kwargs)


def set_default_tensor_type(t: Any) -> None:
    warn_once("torch.set_default_tensor_type() is deprecated as of PyTorch 2.1, please use torch.set_default_dtype() "
              "and torch.set_default_device() as alternatives. (Triggered internally at "
              "/__w/pytorch/pytorch/torch/csrc/tensor/python_tensor.cpp:434.)", at_library=True)
    if isinstance(t, str):
        t = next((cls for cls in _BY_DTYPE.values() if f"torch.{cls.__name__}" == t), None)
        if t is None:
            raise TypeError(f"invalid type: '{t}'")
    dtypes.set_default_dtype(t.dtype)


def range_(start: Any, end: Any, step: Any = 1, *, dtype: Any = None, device: Any = None,
           requires_grad: bool = False) -> Tensor:
    """``torch.range``: like arange but including ``end``, and floating point by default (deprecated)."""
    warnings.warn("torch.range is deprecated and will be removed in a future release because its behavior is "
                  "inconsistent with Python's range builtin. Instead, use torch.arange, which produces values in "
                  "[start, end).", UserWarning, stacklevel=_user_stacklevel())
    check_dtype_argument(dtype, "range")
    dtype = _resolve_dtype(dtype) or dtypes.get_default_dtype()
    not_counted("range_cpu", dtype)
    if step == 0:
        raise RuntimeError("step must be nonzero")
    if (step > 0 and start > end) or (step < 0 and start < end):
        raise RuntimeError("upper bound and lower bound inconsistent with step sign")
    n = int(math.floor((end - start) / step)) + 1
    values = start + np.arange(n, dtype=np.float64) * step
    out = tensor(values.astype(dtype.np), dtype=dtype)
    return out.requires_grad_() if requires_grad else out

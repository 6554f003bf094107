"""Conversions (``to``) and whole-tensor questions (``allclose``, ``equal``, ``is_tensor``, ``result_type``)."""
from __future__ import annotations

import numpy as np

from autograd_tui.engine import _tensor, _vmap_levels, dtypes, memory_formats
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.record import batch_like, record
from autograd_tui.engine.functions._common import _R, _broadcast_error, _scalar_type_name, invalid_combination
from autograd_tui.engine.functions.creation import _resolve_dtype, tensor
from autograd_tui.engine.functions.inplace import _can_cast
from autograd_tui.engine.functions.pointwise import _as_data, _result_dtype
from autograd_tui.engine.functions.shapes import clone
from autograd_tui.engine.functions.complex_ops import to_real
from autograd_tui.engine.complex_guard import plain

# Conversions
# ============================================================================================
_TO_OVERLOADS = (
    "(torch.device device = None, torch.dtype dtype = None, bool non_blocking = False, bool copy = False, *, "
    "torch.memory_format memory_format = None)",
    "(torch.dtype dtype, bool non_blocking = False, bool copy = False, *, torch.memory_format memory_format = None)",
    "(Tensor tensor, bool non_blocking = False, bool copy = False, *, torch.memory_format memory_format = None)")


def _python_dtype(a) -> bool:
    # the parser reads Python's float, int, bool and complex as float64, int64, bool and complex128
    return a is float or a is int or a is bool or a is complex


def to(input: Tensor, *args, dtype=None, device=None, copy: bool = False, non_blocking: bool = False,
       memory_format=None) -> Tensor:
    meta = None  # the meta device asked for (True), the CPU (False), or no device named
    if args and (args[0].__class__ is bool or args[0].__class__ is float):
        # PyTorch's parser reads a Python bool or float in the dtype overload's first slot as
        # torch.bool or torch.float64 (x.to(True) is a bool tensor)
        if len(args) > 3 or any(a.__class__ is not bool for a in args[1:]):
            raise invalid_combination("to", args, {}, _TO_OVERLOADS)
        args = (dtypes.bool_ if args[0].__class__ is bool else dtypes.float64,) + args[1:]
    elif len(args) > 1 and isinstance(args[0], (str, _tensor.device)) and isinstance(args[1], bool):
        raise invalid_combination("to", args, {}, _TO_OVERLOADS)  # the device overload's 2nd slot is dtype
    flags = [a for a in args if isinstance(a, bool)]  # non_blocking, copy by position
    copy = copy or (len(flags) > 1 and flags[1])
    for a in args:
        if isinstance(a, dtypes.dtype) or _python_dtype(a):
            dtype = a
        elif isinstance(a, Tensor):
            dtype = a.dtype
            meta = a._on_meta
        elif isinstance(a, (str, _tensor.device, int, np.integer)) and not isinstance(a, (bool, np.bool_)):
            meta = _tensor.use_device(a)  # an int is an accelerator's index, refused by torch.device
        elif not isinstance(a, bool):  # non_blocking / copy given by position
            raise invalid_combination("to", args, {}, _TO_OVERLOADS)
    if dtype is not None and not isinstance(dtype, dtypes.dtype) and not _python_dtype(dtype):
        raise invalid_combination("to", args, {"dtype": dtype}, _TO_OVERLOADS)
    dtype = _resolve_dtype(dtype)
    if device is not None:
        meta = _tensor.use_device(device)
    if (input._on_meta or meta) and not _State.meta:
        if input._on_meta and meta is False:
            raise NotImplementedError("Cannot copy out of meta tensor; no data!")
        # onto (or within) the meta device: a copy when the device changes, as PyTorch makes
        return _tensor.run_on_meta(to, input, dtype=dtype, copy=copy or not input._on_meta,
                                   memory_format=memory_format)
    fmt = memory_formats.check(memory_format, "to")
    # as PyTorch: the same tensor unless its suggested format is another (then a copy laid out so)
    relaid = fmt not in (None, memory_formats.preserve_format) and memory_formats.suggest(input._data) is not fmt
    if (dtype is None or dtype is input.dtype) and not relaid:
        return clone(input) if copy else input
    dtype = dtype or input.dtype
    if input.dtype.is_complex and dtype is dtypes.bool_:
        data = plain(input._data) != 0  # nonzero in either part, without a warning
    elif input.dtype.is_complex and not dtype.is_complex:
        data = to_real(input, dtype)
    else:
        with np.errstate(all="ignore"):
            data = dtypes.through_float(input._data, dtype).astype(dtype.np)
    if fmt not in (None, memory_formats.preserve_format):
        data = memory_formats.laid_out(data, fmt)
    out = make(data, dtype)
    if (_State.enabled and input._requires_grad or _State.dual_level) and (dtype.is_floating_point
                                                                            or dtype.is_complex):
        record(_R["to_copy"], (input,), out)
    return batch_like((input,), out)


# ============================================================================================
# Comparisons of whole tensors
# ============================================================================================
def allclose(input: Tensor, other: Tensor, rtol: float = 1e-05, atol: float = 1e-08, equal_nan: bool = False) -> bool:
    _same_dtype_check(input, other, "allclose")
    _broadcast_check(input, other)
    _vmap_levels.refuse_whole_comparison("allclose", input, other)
    return bool(np.allclose(input._data, other._data, rtol=rtol, atol=atol, equal_nan=equal_nan))


def isclose(input: Tensor, other: Tensor, rtol: float = 1e-05, atol: float = 1e-08, equal_nan: bool = False) -> Tensor:
    if not isinstance(other, Tensor):  # a number is refused (the parser words it)
        raise TypeError(f"isclose(): argument 'other' must be Tensor, not {type(other).__name__}")
    _same_dtype_check(input, other, "isclose")
    _broadcast_check(input, other)
    _vmap_levels.warn_fallback(input if _vmap_levels.level_of(input) is not None else other, "aten::isclose")
    close = np.isclose(input._data, _as_data(other), rtol=rtol, atol=atol, equal_nan=equal_nan)
    return batch_like((input, other), make(close, dtypes.bool_))


def _same_dtype_check(a, b, name):
    if isinstance(b, Tensor) and a.dtype is not b.dtype:
        raise RuntimeError(f"{_scalar_type_name(a.dtype)} did not match {_scalar_type_name(b.dtype)}")


def _broadcast_check(a, b) -> None:
    # numpy's own broadcast error would leak out of np.allclose / np.isclose
    if isinstance(b, Tensor):
        try:
            np.broadcast_shapes(a.shape, b.shape)
        except ValueError:
            raise _broadcast_error(a, b) from None


def equal(input: Tensor, other: Tensor) -> bool:
    _vmap_levels.refuse_whole_comparison("equal", input, other)
    return input.shape == other.shape and bool(np.array_equal(input._data, other._data))


def is_tensor(obj) -> bool:
    return isinstance(obj, Tensor)


def is_floating_point(t: Tensor) -> bool:
    return t.dtype.is_floating_point


def numel(t: Tensor) -> int:
    return t.numel()


def isnan(t: Tensor) -> Tensor:
    values = np.isnan(t._data) if t.dtype.is_floating_point or t.dtype.is_complex else np.zeros(t.shape, bool)
    return batch_like((t,), make(values, dtypes.bool_))


def isinf(t: Tensor) -> Tensor:
    values = np.isinf(t._data) if t.dtype.is_floating_point or t.dtype.is_complex else np.zeros(t.shape, bool)
    return batch_like((t,), make(values, dtypes.bool_))


def isfinite(t: Tensor) -> Tensor:
    values = np.isfinite(t._data) if t.dtype.is_floating_point or t.dtype.is_complex else np.ones(t.shape, bool)
    return batch_like((t,), make(values, dtypes.bool_))


def result_type(a, b) -> dtypes.dtype:
    if not isinstance(a, Tensor) and not isinstance(b, Tensor):  # (Number scalar1, Number scalar2)
        a = tensor(a)  # a 0-d tensor, which ranks with a number, as the first scalar
    return _result_dtype(a, b)


def can_cast(from_, to_) -> bool:
    return _can_cast(from_, to_)


def promote_types(a, b) -> dtypes.dtype:
    return dtypes.promote_types(a, b)

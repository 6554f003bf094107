"""Creating tensors: from data, filled, ranges, ``*_like``, and PyTorch's random numbers."""
from __future__ import annotations

from typing import Any, Callable

import builtins
import math
import numbers
import warnings

import numpy as np

from autograd_tui.engine import _tensor, _vmap_levels, dtypes, memory_formats, storage
from autograd_tui.engine.parity import blas
from autograd_tui.engine.grad_mode import _State, requires_grad_flag
from autograd_tui.engine.parity import discrete_samplers
from autograd_tui.engine.parity import std_algorithms
from autograd_tui.engine.parity import generator as gen
from autograd_tui.engine.parity.ranges import arange_values, logspace_start, logspace_values
from autograd_tui.engine._tensor import (Size, Tensor, _c_type, _user_stacklevel, check_numpy_strides,
                                         make, real_fill_value, warn_once)
from autograd_tui.engine._nested import infer_array, read_uint64
from autograd_tui.engine.functions._common import (
    _INT64_MAX, _R, _allocate, _check_device, _filled, _finish_creation, _is_int, _scalar_type_name, _shape_arg,
    on_device,
    _type_name,
    broadcast_shapes, check_number, preserved_strides, shapes_broadcast_error, with_strides, wrap,
)
from autograd_tui.engine.record import record, record_not_implemented
from autograd_tui.engine.functions.out import _RESIZE_WARNING

# Creation
# ============================================================================================
def check_dtype_argument(dtype, fn: str) -> None:
    """PyTorch's parser takes a torch.dtype or Python's float/int/bool/complex as ``dtype``; a numpy
    type or a string is refused (the engine's own calls may pass numpy dtypes to _resolve_dtype)."""
    if dtype is not None and not isinstance(dtype, dtypes.dtype) and dtype not in (float, int, bool, complex):
        raise TypeError(f"{fn}(): argument 'dtype' must be torch.dtype, not {type(dtype).__name__}")


def _resolve_dtype(dtype) -> dtypes.dtype | None:
    if dtype is None or isinstance(dtype, dtypes.dtype):
        return dtype
    if dtype is float:
        return dtypes.float64
    if dtype is int:
        return dtypes.int64
    if dtype is bool:
        return dtypes.bool_
    if dtype is complex:
        return dtypes.complex128
    return dtypes.from_numpy_dtype(dtype)


_NO_DATA = object()



def warn_copy_construct(call: str) -> None:
    """PyTorch's advice when a tensor is built from a tensor, naming the call the learner made."""
    warnings.warn(
        "To copy construct from a tensor, it is recommended to use sourceTensor.detach().clone() "
        f"or sourceTensor.detach().clone().requires_grad_(True), rather than {call}(sourceTensor).",
        UserWarning, stacklevel=_user_stacklevel())

@on_device
def tensor(data=_NO_DATA, *more, dtype=None, device=None, requires_grad: bool = False,
           pin_memory: bool = False) -> Tensor:
    """A new tensor holding a copy of ``data``: a number, a (nested) list or tuple of numbers, a
    numpy array or another tensor. The result is a leaf with no autograd history
    (``grad_fn`` is None). Without ``dtype`` the type comes from the data: Python floats give
    ``torch.get_default_dtype()`` (float32), ints ``torch.int64``, bools ``torch.bool``.
    ``requires_grad=True`` asks autograd to record what is computed from it, so that
    ``backward()`` can fill its ``.grad``.

    To copy a tensor ``t``, write ``t.detach().clone()`` (and ``.requires_grad_(True)`` if
    needed): ``torch.tensor(t)`` does the same but warns.

    Example::

        >>> torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
        tensor([[1., 2.],
                [3., 4.]], requires_grad=True)
    """
    # PyTorch's parser words these so, not as Python does
    if data is _NO_DATA:
        raise TypeError('tensor() missing 1 required positional arguments: "data"')
    if more:
        raise TypeError(f"tensor() takes 1 positional argument but {1 + len(more)} were given")
    if data.__class__ is np.ndarray and dtype is None and requires_grad is False and device is None \
            and pin_memory is False and _tensor.default_device is None:
        # the usual call on an array, which every check below passes: its strides, its dtype, a copy
        arr = check_numpy_strides(data)
        kind = dtypes.from_numpy_dtype(arr.dtype)
        return make(np.array(arr, dtype=kind.np, copy=True), kind)
    requires_grad = requires_grad_flag(requires_grad, "tensor", none_allowed=False)
    _check_device(device, pin_memory, "tensor")
    return tensor_copy_of(data, dtype, requires_grad, "torch.tensor")


def tensor_copy_of(data, dtype, requires_grad: bool, call: str) -> Tensor:
    """``torch.tensor``'s work after its argument checks; ``call`` names it in the copy warning."""
    if isinstance(data, Tensor):
        warn_copy_construct(call)
        _vmap_levels.refuse_copy_construct(data)
    check_dtype_argument(dtype, "tensor")
    wanted = _resolve_dtype(dtype)
    arr, dtype = _read_data(data, wanted)
    if dtype is dtypes.float16:
        arr = dtypes.through_float(np.asarray(arr), dtype)
    t = make(np.array(arr, dtype=dtype.np, copy=True), dtype)
    return _finish_creation(t, requires_grad)


def _read_data(data, wanted: dtypes.dtype | None) -> tuple[np.ndarray, dtypes.dtype]:
    """``data`` (a tensor, an array, nested Python data) as ``torch.tensor`` reads it: its values and
    dtype (``wanted``, else the one inferred). Python numbers must fit an integer ``wanted`` (300 does
    not fit uint8); uint64's own reader takes Python ints past int64 and refuses floats and numpy scalars."""
    plain = not isinstance(data, (Tensor, np.ndarray))
    if plain and wanted is dtypes.uint64:
        return read_uint64(data), wanted
    arr, inferred = infer_array(data, float_target=wanted is not None and wanted.is_floating_point,
                                int_target=wanted is not None and not wanted.is_floating_point, target=wanted)
    if wanted is not None and plain:
        _check_python_values_fit(arr, wanted)
    if plain and wanted is None and inferred is dtypes.uint64:  # numpy uint64 scalars among the data
        return read_uint64(data), inferred
    return arr, wanted or inferred


def _check_python_values_fit(arr: np.ndarray, dtype: dtypes.dtype) -> None:
    """Python numbers converted to an integer dtype must lie in its range (a float's fraction
    aside: 255.5 does not fit uint8 either), as PyTorch checks each scalar it reads."""
    if dtype.is_floating_point or dtype.is_complex or dtype is dtypes.bool_ or not arr.size or arr.dtype == dtype.np:
        if arr.dtype.kind == "c" and not dtype.is_complex:
            raise TypeError("must be real number, not complex")
        return
    info = np.iinfo(dtype.np)
    if arr.dtype.kind == "f":
        with np.errstate(invalid="ignore"):
            bad = np.isnan(arr) | (arr > float(info.max)) | (arr < float(info.min))
    elif info.min == 0:  # a negative int wraps into an unsigned type while its magnitude fits (-1 -> 255)
        bad = np.abs(arr) > info.max
    else:
        bad = (arr > info.max) | (arr < info.min)
    if bad.any():
        raise RuntimeError(f"value cannot be converted to type {dtype.name} without overflow")


@on_device
def as_tensor(data=_NO_DATA, *more, dtype=None, device=None) -> Tensor:
    # PyTorch's parser words these so, not as Python does
    if data is _NO_DATA:
        raise TypeError('as_tensor() missing 1 required positional arguments: "data"')
    if more:
        raise TypeError(f"as_tensor() takes 1 positional argument but {1 + len(more)} were given")
    check_dtype_argument(dtype, "as_tensor")
    _check_device(device, function="as_tensor")
    dtype = _resolve_dtype(dtype)
    if isinstance(data, Tensor):
        return data if dtype is None or dtype is data.dtype else data.to(dtype)
    if isinstance(data, np.ndarray):
        d = dtypes.from_numpy_dtype(data.dtype)
        if dtype is None or dtype is d:
            return _sharing(data, d)
    arr, dtype = _read_data(data, dtype)
    if dtype is dtypes.float16:
        arr = dtypes.through_float(np.asarray(arr), dtype)
    return make(np.asarray(arr, dtype=dtype.np), dtype)


_UNSPECIFIED: Any = object()
_ASARRAY_REQUIRES_GRAD = (
    "torch.asarray: unspecified requires_grad now defaults to obj.requires_grad instead of False. Pass "
    "requires_grad=False explicitly to get the old behavior and silence this warning. (Triggered internally at "
    "/__w/pytorch/pytorch/torch/csrc/utils/tensor_new.cpp:1737.)"
)


@on_device
def asarray(obj, *, dtype=None, device=None, copy: bool | None = None, requires_grad: Any = _UNSPECIFIED) -> Tensor:
    """``obj`` as a tensor, sharing a tensor's or an array's memory where the dtype allows
    (``copy=True`` never shares, ``copy=False`` refuses to copy). On a tensor, PyTorch sets the
    requires_grad flag of the result in place, so a shared result is ``obj`` itself with its flag
    changed."""
    _check_device(device)
    dtype = _resolve_dtype(dtype)
    if requires_grad is not _UNSPECIFIED:
        requires_grad = requires_grad_flag(requires_grad, "asarray")
    wants_grad = requires_grad is not _UNSPECIFIED and bool(requires_grad)
    if isinstance(obj, np.ndarray):
        own = dtypes.from_numpy_dtype(obj.dtype)
        _refuse_copy(copy, own, dtype)
        out = as_tensor(obj, dtype=dtype)
        if copy and out._data is obj:
            out = make(obj.copy(), own)
        return _finish_creation(out, wants_grad)
    if not isinstance(obj, Tensor):
        return _finish_creation(as_tensor(obj, dtype=dtype), wants_grad)
    _refuse_copy(copy, obj.dtype, dtype)
    same_dtype = dtype is None or dtype is obj.dtype
    if copy:
        out = obj.clone() if same_dtype else obj.to(dtype)
    else:
        out = obj if same_dtype else obj.to(dtype)
    if requires_grad is _UNSPECIFIED:
        if not obj.requires_grad:
            return out
        warn_once(_ASARRAY_REQUIRES_GRAD)
        wants_grad = True
    if not wants_grad and out is not obj and out.grad_fn is not None:
        return out.detach()  # a copy that leaves the graph
    if out.requires_grad is not wants_grad:
        out.requires_grad_(wants_grad)
    return out


def _refuse_copy(copy: bool | None, own: dtypes.dtype, dtype: dtypes.dtype | None) -> None:
    if copy is False and dtype is not None and dtype is not own:
        raise ValueError(f"can't alias tensor with dtype '{_scalar_type_name(own)}' into dtype "
                         f"'{_scalar_type_name(dtype)}'.")


_NOT_WRITABLE = (
    "The given NumPy array is not writable, and PyTorch does not support non-writable tensors. This means "
    "writing to this tensor will result in undefined behavior. You may want to copy the array to protect its "
    "data or make it writable before converting it to a tensor. This type of warning will be suppressed for "
    "the rest of this program. (Triggered internally at /__w/pytorch/pytorch/torch/csrc/utils/tensor_numpy.cpp:213.)"
)


def from_numpy(array: np.ndarray) -> Tensor:
    if not isinstance(array, np.ndarray):
        raise TypeError(f"expected np.ndarray (got {type(array).__name__})")
    return _sharing(array, dtypes.from_numpy_dtype(array.dtype))


def _sharing(array: np.ndarray, dtype: dtypes.dtype) -> Tensor:
    """A tensor on the array's own memory (from_numpy, as_tensor)."""
    check_numpy_strides(array)
    if not array.flags.writeable:  # a broadcast_to result, a read-only buffer
        warn_once(_NOT_WRITABLE)
    storage._mark_not_resizable(array)
    return make(array, dtype)


def _creation(shape, dtype, fill, requires_grad, device=None, pin_memory: bool = False) -> Tensor:
    _check_device(device, pin_memory)
    dtype = _resolve_dtype(dtype) or dtypes.get_default_dtype()
    t = make(_allocate(shape, dtype.np, fill), dtype)
    return _finish_creation(t, requires_grad)


@on_device
def zeros(*size, dtype=None, layout=None, device=None, requires_grad=False, pin_memory=False) -> Tensor:
    check_dtype_argument(dtype, "zeros")
    requires_grad = requires_grad_flag(requires_grad, "zeros")
    return _creation(_shape_arg(size, "zeros"), dtype, None, requires_grad, device, pin_memory)


@on_device
def ones(*size, dtype=None, layout=None, device=None, requires_grad=False, pin_memory=False) -> Tensor:
    check_dtype_argument(dtype, "ones")
    requires_grad = requires_grad_flag(requires_grad, "ones")
    return _creation(_shape_arg(size, "ones"), dtype, 1, requires_grad, device, pin_memory)


@on_device
def empty(*size, dtype=None, layout=None, device=None, requires_grad=False, pin_memory=False,
          memory_format=None) -> Tensor:
    check_dtype_argument(dtype, "empty")
    requires_grad = requires_grad_flag(requires_grad, "empty")
    fmt = memory_formats.check(memory_format, "empty")
    out = _creation(_shape_arg(size, "empty"), dtype, None, requires_grad, device, pin_memory)
    if fmt is None or fmt is memory_formats.contiguous_format:
        return out
    laid = make(memory_formats.empty(out._data.shape, out._data.dtype, fmt), out.dtype)
    laid._requires_grad = out._requires_grad
    return laid


@on_device
def empty_strided(size, stride, *, dtype=None, layout=None, device=None, requires_grad=False,
                  pin_memory=False) -> Tensor:
    return strided_empty(size, stride, dtype, requires_grad, device, pin_memory, "empty_strided")


def strided_empty(size, stride, dtype, requires_grad, device, pin_memory: bool, name: str) -> Tensor:
    """A new tensor laid out with ``stride`` over a storage just large enough for it (``empty_strided``,
    ``Tensor.new_empty_strided``). Its values are whatever that storage holds, as in PyTorch (zeros here)."""
    for given in (size, stride):  # a bare int or a float element: the parser's errors (parser.py)
        if not isinstance(given, (tuple, list, Size)) or not all(_is_int(n) for n in given):
            raise TypeError(f"{name}(): size and stride must be tuples of ints")
    check_dtype_argument(dtype, name)
    requires_grad = requires_grad_flag(requires_grad, name)
    shape = _shape_arg((size,), name)
    steps = tuple(int(n) for n in stride)
    if len(shape) != len(steps):
        raise RuntimeError(f"dimensionality of sizes ({len(shape)}) must match dimensionality of strides "
                           f"({len(steps)})")
    empty = 0 in shape
    if not empty and builtins.any(n < 0 for n in steps):
        raise RuntimeError(f"Storage size calculation overflowed with sizes={list(shape)} and strides={list(steps)}")
    _check_device(device, pin_memory)
    dt = _resolve_dtype(dtype) or dtypes.get_default_dtype()
    root = np.zeros(0 if empty else 1 + sum((n - 1) * st for n, st in zip(shape, steps)), dt.np)
    data = np.ndarray(shape, dtype=root.dtype, buffer=root,
                      strides=tuple(builtins.max(st, 0) * root.itemsize for st in steps))
    return _finish_creation(make(data, dt), requires_grad)


@on_device
def full(size, fill_value, *, dtype=None, layout=None, device=None, requires_grad=False,
         pin_memory=False) -> Tensor:
    if not isinstance(size, (tuple, list, Size)):
        raise TypeError(f"full(): argument 'size' (position 1) must be tuple of ints, not {type(size).__name__}")
    check_dtype_argument(dtype, "full")
    requires_grad = requires_grad_flag(requires_grad, "full")
    check_number(fill_value, "full", "fill_value", 2)
    if dtype is None:
        # a numpy integer (uint16 pixels too) is read as a Python int; numpy's bools as floats
        dtype = dtypes.int64 if isinstance(fill_value, np.integer) else \
            dtypes.scalar_dtype(fill_value.item() if isinstance(fill_value, Tensor) else fill_value)
    shape = _shape_arg((size,), "full")
    fill_value = real_fill_value(fill_value, _resolve_dtype(dtype) or dtypes.get_default_dtype(), math.prod(shape))
    return _creation(shape, dtype, fill_value, requires_grad, device, pin_memory)


@on_device
def eye(n: int, m: int | None = None, *, dtype=None, device=None, requires_grad=False,
        pin_memory=False) -> Tensor:
    check_dtype_argument(dtype, "eye")
    _check_device(device, pin_memory)
    dtype = _resolve_dtype(dtype) or dtypes.get_default_dtype()
    if n < 0 or (m is not None and m < 0):
        raise RuntimeError(f"n must be greater or equal to 0, got {n}" if n < 0 else
                           f"m must be greater or equal to 0, got {m}")
    t = make(np.eye(n, n if m is None else m, dtype=dtype.np), dtype)
    return _finish_creation(t, requires_grad)


@on_device
def arange(start=None, end=None, step=1, *, dtype=None, device=None, requires_grad=False,
           pin_memory=False) -> Tensor:
    check_dtype_argument(dtype, "arange")
    _check_device(device, pin_memory)
    if end is None:
        start, end = 0, start
    elif start is None:  # arange(end=3): PyTorch's first overload, its end given by name
        start = 0
    values = [v.item() if isinstance(v, Tensor) else v for v in (start, end, step)]
    start, end, step = values
    if dtype is None:
        all_integers = builtins.all(isinstance(v, numbers.Integral) for v in values)
        dtype = dtypes.int64 if all_integers else dtypes.get_default_dtype()
    dtype = _resolve_dtype(dtype)
    not_counted("arange_cpu", dtype)  # PyTorch picks the kernel by dtype before it checks the step
    if step == 0:
        raise RuntimeError("step must be nonzero")
    n = math.ceil((end - start) / step)
    if n < 0 or (step > 0 and start > end) or (step < 0 and start < end):
        raise RuntimeError("upper bound and lower bound inconsistent with step sign")
    if n > _INT64_MAX:   # PyTorch's check of the length, computed as a double
        raise RuntimeError("invalid size, possible overflow?")
    if dtype.is_floating_point:
        data = _filled(lambda: arange_values(float(start), float(step), n, dtype.np, blas.get_threads()),
                       (n,), dtype.np)
    else:
        data = _filled(lambda: np.arange(start, start + n * step, step, dtype=np.int64)[:n].astype(dtype.np),
                       (n,), dtype.np)
    return _finish_creation(make(data, dtype), requires_grad)


def _steps_arg(name: str, start, end, position: tuple, steps) -> tuple:
    """``steps`` (and logspace's ``base``) given by position or keyword, with PyTorch's
    argument-parser error when ``steps`` is missing or not an int."""
    named = steps is not _NO_STEPS
    if not named and position:
        steps, position = position[0], position[1:]
    limit = 1 if name == "logspace" else 0  # logspace's base may follow by position
    if _is_int(steps) and not isinstance(steps, bool) and len(position) <= limit:
        return int(steps), position
    shown = [start, end] + ([] if named or steps is _NO_STEPS else [steps])
    got = ", ".join([_type_name(a) for a in shown] + ([f"steps={_type_name(steps)}"] if named else [])
                    + [_type_name(a) for a in position])
    base = ", float base = 10.0" if name == "logspace" else ""
    rest = (f"int steps{base}, *, Tensor out = None, torch.dtype dtype = None, torch.layout layout = None, "
            "torch.device device = None, bool pin_memory = False, bool requires_grad = False)")
    kinds = [("Tensor", "Tensor"), ("Number", "Tensor"), ("Tensor", "Number"), ("Number", "Number")]
    raise TypeError(f"{name}() received an invalid combination of arguments - got ({got}), but expected one of:\n"
                    + "".join(f" * ({a} start, {b} end, {rest}\n" for a, b in kinds))


_NO_STEPS = object()
_COMPLEX_NAME = {"float32": "c10::complex<float>", "float64": "c10::complex<double>",
                 "float16": "c10::complex<c10::Half>"}


def _range_dtype(name: str, start, end, dtype) -> dtypes.dtype:
    """linspace's and logspace's type: a complex end makes it the default type's complex, which a
    real ``dtype=`` refuses as PyTorch does."""
    resolved = _resolve_dtype(dtype)
    if not builtins.any(isinstance(v, complex) for v in (start, end)):
        return resolved or dtypes.get_default_dtype()
    if resolved is not None and resolved.is_complex:
        return resolved
    default = dtypes.get_default_dtype()
    if resolved is None:
        return default.to_complex()
    raise RuntimeError(f"torch.{name}(): inferred dtype {_COMPLEX_NAME[default.name]} can't be safely cast to passed "
                       f"dtype {_scalar_type_name(resolved)}")


def not_counted(kernel: str, dtype: dtypes.dtype) -> None:
    """PyTorch's range kernels (arange, range, linspace, logspace) have no bool kernel, and
    arange and range none for complex numbers either."""
    if dtype is dtypes.bool_ or (dtype.is_complex and kernel in ("arange_cpu", "range_cpu")):
        raise NotImplementedError(f'"{kernel}" not implemented for \'{_scalar_type_name(dtype)}\'')


@on_device
def linspace(start, end, *position, steps=_NO_STEPS, dtype=None, device=None, requires_grad=False,
             pin_memory=False) -> Tensor:
    steps, _ = _steps_arg("linspace", start, end, position, steps)
    check_dtype_argument(dtype, "linspace")
    _check_device(device, pin_memory)
    start, end = (v.item() if isinstance(v, Tensor) else v for v in (start, end))
    dtype = _range_dtype("linspace", start, end, dtype)
    if steps < 0:
        raise RuntimeError("number of steps must be non-negative")
    if steps > 1:  # no steps or one: PyTorch fills the tensor without its kernel
        not_counted("linspace_cpu", dtype)
    data: np.ndarray
    if steps == 1:
        data = np.array([start], dtype=np.complex128 if isinstance(start, complex) else np.float64)
    elif dtype.is_floating_point:
        data = _linspace_values(start, end, steps, dtype.np.type)
    elif dtype.is_complex:  # each part as a real linspace (measured: every value of 400 random calls)
        part = np.float64 if dtype is dtypes.complex128 else np.float32
        start, end = complex(start), complex(end)
        data = _linspace_values(start.real, end.real, steps, part) + 1j * _linspace_values(start.imag, end.imag, steps,
                                                                                           part)
    else:
        step = (end - start) / (steps - 1)
        i = np.arange(steps, dtype=np.float64)
        half = steps // 2
        data = np.where(i < half, start + step * i, end - step * (steps - i - 1))
    return _finish_creation(make(data.astype(dtype.np), dtype), requires_grad)


def _linspace_values(start: float, end: float, steps: int, t: type) -> np.ndarray:
    """PyTorch fills the first half from the start and the second half from the end, in the
    tensor's own precision. The step is rounded to the dtype; each value is then one fused
    multiply-add, emulated in float64 and rounded once (for float64 itself, with the exact
    product)."""
    lo, hi = float(t(start)), float(t(end))
    step = float((t(hi) - t(lo)) / t(steps - 1))
    i = np.arange(steps, dtype=np.float64)
    half = steps // 2
    if t is np.float64:
        return np.where(i < half, gen._fma64(step, i, lo), gen._fma64(-step, steps - 1 - i, hi))
    return np.where(i < half, lo + step * i, hi - step * (steps - 1 - i))


@on_device
def logspace(start, end, *position, steps=_NO_STEPS, base: float = 10.0, dtype=None, device=None,
             requires_grad=False) -> Tensor:
    """``base ** linspace(start, end, steps)`` as PyTorch's CPU loop computes it: the ends in the
    tensor's type, the step and each power in double (in float for integer tensors), the first
    half counted from the start and the second from the end."""
    steps, more = _steps_arg("logspace", start, end, position, steps)
    base = more[0] if more else base
    check_dtype_argument(dtype, "logspace")
    _check_device(device)
    start, end = (v.item() if isinstance(v, Tensor) else v for v in (start, end))
    dtype = _range_dtype("logspace", start, end, dtype)
    if steps < 0:
        raise RuntimeError("number of steps must be non-negative")
    if steps > 1:
        not_counted("logspace_cpu", dtype)
    i = np.arange(steps, dtype=np.float64)
    first_half = i < steps // 2
    if steps == 1:
        data = np.array([logspace_start(start, base) if dtype.is_complex else math.pow(base, float(start))])
    elif dtype.is_floating_point or dtype.is_complex:
        # the ends in the tensor's type (a real one subtracts them there), then parity/ranges.py
        kind = complex if dtype.is_complex else dtype.np.type
        data = logspace_values(kind(start), kind(end), steps, base, dtype.np)
    else:
        f = np.float32
        lo, hi = int(start), int(end)
        step = f(hi - lo) / f(steps - 1)
        exponents = np.where(first_half, f(lo) + step * i.astype(f), f(hi) - step * (steps - 1 - i).astype(f))
        data = np.trunc(np.power(np.float64(f(base)), exponents.astype(np.float64)).astype(f))
    return _finish_creation(make(data.astype(dtype.np), dtype), requires_grad)


def _like(t: Tensor, fill, dtype, requires_grad, device=None, pin_memory: bool = False,
          memory_format=None, name: str = "empty_like") -> Tensor:
    requires_grad = requires_grad_flag(requires_grad, name)
    if device is not None or pin_memory:
        _check_device(device, pin_memory)
    dtype = _resolve_dtype(dtype) or t.dtype
    fmt = memory_formats.check(memory_format, name)
    if fmt not in (None, memory_formats.preserve_format):
        data = memory_formats.empty(t._data.shape, dtype.np, fmt)
        if fill is not None:
            data[...] = fill
    elif (strides := preserved_strides(t)) is None:
        data = _allocate(t._data.shape, dtype.np, fill)
    else:
        data = with_strides(_allocate((t._data.size,), dtype.np, fill), t._data.shape, strides)
    return _vmap_levels.batch_like(t, _finish_creation(make(data, dtype), requires_grad))


def _random_like(t: Tensor, sample, memory_format=None, name: str = "rand_like") -> Tensor:
    """A random ``*_like`` result laid out as ``t`` (preserve_format) or in ``memory_format``: the
    generator fills memory in order, so a transposed tensor's samples land transposed, as in PyTorch."""
    fmt = memory_formats.check(memory_format, name)
    if fmt in (None, memory_formats.preserve_format):
        # a contiguous tensor (whatever its size-1 dims' strides) takes the contiguous draw
        strides = None if t._data.flags.c_contiguous else preserved_strides(t)
    else:
        strides = memory_formats.strides_for(t._data.shape, fmt)
    if strides is None:
        out = sample(t.shape)
    else:
        flat = sample((t._data.size,))
        out = make(with_strides(flat._data, t._data.shape, strides), flat.dtype)
        out._requires_grad = flat._requires_grad
    # 'same' gives every sample the same values: an unbatched result, as in PyTorch
    return _vmap_levels.batch_like(t, out) if _State.vmap_randomness == "different" else out


@on_device
def zeros_like(t: Tensor, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None,
               pin_memory=False) -> Tensor:
    check_dtype_argument(dtype, "zeros_like")
    return _like(t, None, dtype, requires_grad, device, pin_memory, memory_format, "zeros_like")


@on_device
def ones_like(t: Tensor, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None,
              pin_memory=False) -> Tensor:
    check_dtype_argument(dtype, "ones_like")
    return _like(t, 1, dtype, requires_grad, device, pin_memory, memory_format, "ones_like")


@on_device
def empty_like(t: Tensor, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None,
               pin_memory=False) -> Tensor:
    check_dtype_argument(dtype, "empty_like")
    return _like(t, None, dtype, requires_grad, device, pin_memory, memory_format, "empty_like")


@on_device
def full_like(t: Tensor, fill_value, *, dtype=None, layout=None, device=None, requires_grad=False,
              memory_format=None, pin_memory=False) -> Tensor:
    check_dtype_argument(dtype, "full_like")
    check_number(fill_value, "full_like", "fill_value", 2)
    target = _resolve_dtype(dtype) or t.dtype
    if target in dtypes.FLOAT8:  # filled by fill_, which checks the number for more than one element
        fill_value = real_fill_value(fill_value, target, t._data.size)
    return _like(t, fill_value, dtype, requires_grad, device, pin_memory, memory_format, "full_like")


# ----- random ---------------------------------------------------------------------------------
class VmapDraws:
    """The random draws of one ``vmap(randomness='same'|'different')`` call. PyTorch draws each
    random factory op once for the whole batch (of shape ``(batch, *shape)`` when 'different');
    the engine calls the function once per sample, so the first sample draws for the batch and the
    later ones replay those draws in the same order."""

    def __init__(self, randomness: str, batch: int, outer: VmapDraws | None) -> None:
        self.randomness, self.batch, self.outer = randomness, batch, outer
        self.sample, self.cursor = 0, 0
        self.draws: list[np.ndarray] = []

    def start_sample(self, sample: int) -> None:
        self.sample, self.cursor = sample, 0


class _BatchedGenerator:
    """A generator seen from inside vmap. PyTorch runs each random op once for the whole batch,
    so the first sample draws for the batch (``sample(base, (batch, *shape))`` when 'different',
    one draw when 'same') and the later samples take their part of those draws, in order."""

    def __init__(self, draws: VmapDraws, base: Any) -> None:
        self._draws, self._base = draws, base

    def _draw(self, sample: Callable[[Any, tuple], np.ndarray], shape: Any) -> np.ndarray:
        d = self._draws
        if d.sample == 0:
            d.draws.append(sample(self._base, (d.batch,) + tuple(shape) if d.randomness == "different"
                                  else tuple(shape)))
        values = d.draws[d.cursor]
        d.cursor += 1
        return (values[d.sample] if d.randomness == "different" else values).copy()

    def rand(self, shape: Any, *args: Any, **kwargs: Any) -> np.ndarray:
        return self._draw(lambda g, s: g.rand(s, *args, **kwargs), shape)

    def randn(self, shape: Any, *args: Any, **kwargs: Any) -> np.ndarray:
        return self._draw(lambda g, s: g.randn(s, *args, **kwargs), shape)

    def normal(self, shape: Any, *args: Any, **kwargs: Any) -> np.ndarray:
        return self._draw(lambda g, s: g.normal(s, *args, **kwargs), shape)

    def uniform(self, shape: Any, *args: Any, **kwargs: Any) -> np.ndarray:
        return self._draw(lambda g, s: g.uniform(s, *args, **kwargs), shape)

    def random_(self, shape: Any, *args: Any, **kwargs: Any) -> np.ndarray:
        return self._draw(lambda g, s: g.random_(s, *args, **kwargs), shape)

    def randint(self, low: int, high: int, shape: Any, *args: Any, **kwargs: Any) -> np.ndarray:
        return self._draw(lambda g, s: g.randint(low, high, s, *args, **kwargs), shape)

    def shaped(self, sample: Callable[[Any, tuple], np.ndarray], shape: tuple) -> np.ndarray:
        """A sampler of the form ``sample(generator, shape)`` (exponential_, cauchy_, ...)."""
        return self._draw(sample, shape)

    def bernoulli(self, p: Any, shape: Any, np_dtype: Any = np.float32) -> np.ndarray:
        if not isinstance(p, np.ndarray) or self._draws.randomness == "same":
            return self._draw(lambda g, s: g.bernoulli(p, s, np_dtype), shape)
        # a probability tensor: each element compares one uniform with its own p, so the batch's
        # uniforms are drawn first and every sample compares its part with its probabilities
        self._base.check_probabilities(p)
        kind = self._base.bernoulli_uniform_type(p)
        uniforms = self._draw(lambda g, s: g._unit_floats(math.prod(s), kind).reshape(s), shape)
        return self._base.bernoulli(p, shape, np_dtype, uniforms=uniforms.ravel())

    def randperm(self, n: int, *args: Any, **kwargs: Any) -> np.ndarray:
        # 'different' is one permutation per sample, drawn one after another
        return self._draw(lambda g, s: np.stack([g.randperm(n, *args, **kwargs) for _ in range(s[0])])
                          if len(s) else g.randperm(n, *args, **kwargs), ())

    def __getattr__(self, name: str) -> Any:
        # poisson and the binomial/gamma samplers draw as many values as each element needs, so
        # the first sample cannot draw for the whole batch
        raise NotImplementedError(f"vmap(randomness='{self._draws.randomness}') with this random operation is "
                                  "not available in the embedded engine; `--backend torch` runs it.")


def shaped_sample(gen: Any, sample: Callable[[Any, tuple], np.ndarray], shape: tuple) -> np.ndarray:
    """``sample(gen, shape)``, or inside vmap one draw for the whole batch (see _BatchedGenerator)."""
    return gen.shaped(sample, shape) if isinstance(gen, _BatchedGenerator) else sample(gen, shape)


def _generator(generator=None, draw: bool = True):
    if draw and _State.vmap_randomness is not None:
        chain = []
        d = _State.vmap_draws
        while d is not None:
            chain.append(d)
            d = d.outer
        if _State.vmap_randomness == "error" or any(d.randomness == "error" for d in chain):
            raise RuntimeError("vmap: called random operation while in randomness error mode. Please either use the "
                               "'same' or 'different' randomness flags on vmap or perform the randomness operation "
                               "out of vmap")
        source = generator if generator is not None else gen.default_generator
        for d in reversed(chain):  # the outermost vmap draws for its batch first
            source = _BatchedGenerator(d, source)
        return source
    return generator if generator is not None else gen.default_generator


def manual_seed(seed: int) -> Any:
    return _generator(draw=False).manual_seed(int(seed))


def seed() -> int:
    return _generator(draw=False).seed()


def initial_seed() -> int:
    return _generator(draw=False).initial_seed()


def get_rng_state() -> Tensor:
    state = _generator(draw=False).get_state_bytes()
    return make(np.frombuffer(state, dtype=np.uint8).copy(), dtypes.uint8)


def set_rng_state(state: Tensor) -> None:
    _generator(draw=False).set_state_bytes(bytes(state._data.astype(np.uint8)))


def _float_dtype(dtype, complex_ok: bool = False) -> dtypes.dtype:
    dtype = _resolve_dtype(dtype) or dtypes.get_default_dtype()
    if not dtype.is_floating_point and not (complex_ok and dtype.is_complex):
        raise NotImplementedError(f'"check_uniform_bounds" not implemented for \'{_scalar_type_name(dtype)}\'')
    return dtype


@on_device
def rand(*size, generator=None, dtype=None, layout=None, device=None, requires_grad=False,
         pin_memory=False) -> Tensor:
    check_dtype_argument(dtype, "rand")
    _check_device(device, pin_memory)
    dtype = _float_dtype(dtype, complex_ok=True)
    shape = _shape_arg(size, "rand")
    if dtype.is_complex:  # both parts uniform: the real view filled as a float tensor
        parts = _generator(generator).rand(shape + (2,), dtype.to_real().np)
        return _finish_creation(wrap(_as_complex(parts, dtype), dtype), requires_grad)
    data = _filled(lambda: _generator(generator).rand(shape, dtype.np), shape, dtype.np)
    return _finish_creation(wrap(data, dtype), requires_grad)


def _as_complex(parts: np.ndarray, dtype: dtypes.dtype) -> np.ndarray:
    """A contiguous (..., 2) float array read as complex numbers."""
    return np.ascontiguousarray(parts).view(dtype.np).reshape(parts.shape[:-1])


@on_device
def randn(*size, generator=None, dtype=None, layout=None, device=None, requires_grad=False,
          pin_memory=False) -> Tensor:
    check_dtype_argument(dtype, "randn")
    _check_device(device, pin_memory)
    dtype = _resolve_dtype(dtype) or dtypes.get_default_dtype()
    if dtype.is_complex:  # PyTorch: normal_(0, 1 / sqrt(2)) on the real view, so |z| has variance 1
        shape = _shape_arg(size, "randn")
        parts = _generator(generator).normal(shape + (2,), 0.0, 1.0 / math.sqrt(2.0), dtype.to_real().np)
        return _finish_creation(wrap(_as_complex(parts, dtype), dtype), requires_grad)
    if not dtype.is_floating_point:
        raise NotImplementedError(f'"normal_kernel_cpu" not implemented for \'{_scalar_type_name(dtype)}\'')
    shape = _shape_arg(size, "randn")
    data = _filled(lambda: _generator(generator).randn(shape, dtype.np), shape, dtype.np)
    return _finish_creation(wrap(data, dtype), requires_grad)


@on_device
def randint(*args, low=None, high=None, size=None, generator=None, dtype=None, device=None, requires_grad=False,
             pin_memory=False) -> Tensor:
    check_dtype_argument(dtype, "randint")
    _check_device(device, pin_memory)
    if low is not None or high is not None:
        args = _randint_bounds(args, low, high, size)
    arg_list = list(args)
    if size is None:
        size = arg_list.pop()
        # randint(5, 2) and randint(0, 5, (2.5,)) are PyTorch argument errors
        if not isinstance(size, (tuple, list, Size)) or (
                len(args) > 2 and not builtins.all(isinstance(d, numbers.Integral) for d in size)):
            if len(args) > 2:
                got = ", ".join(type(a).__name__ for a in args)
                raise TypeError(f"randint() received an invalid combination of arguments - got ({got}), but "
                                "expected one of:")
            raise TypeError("randint(): argument 'size' (position 2) must be tuple of ints, not "
                            f"{type(size).__name__}")
    low, high = (0, arg_list[0]) if len(arg_list) == 1 else (arg_list[0], arg_list[1])
    if low >= high:
        raise RuntimeError(f"random_ expects 'from' to be less than 'to', but got from={low} >= to={high}")
    dtype = _resolve_dtype(dtype) or dtypes.int64
    shape = _shape_arg((size,), "randint")
    warn_float_range(int(low), int(high), dtype)
    data = _filled(lambda: _generator(generator).randint(int(low), int(high), shape, dtype.np),
                   shape, dtype.np)
    return _finish_creation(wrap(data, dtype), requires_grad)


def _randint_bounds(args: tuple, low, high, size) -> tuple:
    """``low=``/``high=`` given by keyword: the positional arguments as PyTorch's parser binds them,
    ``(high, size)`` first, then ``(low, high, size)``, where ``size=`` (if given) is left to the caller."""
    given = {"low": low, "high": high}
    for names in (("high", "size"), ("low", "high", "size")):
        bound = dict(zip(names, args))
        if len(args) > len(names) or (low is not None and "low" not in names) \
                or any(given.get(n) is not None for n in bound) or ("size" in bound) == (size is not None):
            continue
        values = {**{n: v for n, v in given.items() if v is not None}, **bound}
        if all(n in values for n in names if n != "size"):
            return tuple(values[n] for n in names if n != "size") + ((values["size"],) if "size" in values else ())
    got = ", ".join([type(a).__name__ for a in args] + [f"{k}={type(v).__name__}" for k, v in
                                                        (("low", low), ("high", high), ("size", size))
                                                        if v is not None])
    raise TypeError(f"randint() received an invalid combination of arguments - got ({got}), but expected one of:")


def warn_float_range(low: int, high: int, dtype: dtypes.dtype) -> None:
    """PyTorch's warning when a float type cannot hold every integer of ``[low, high)`` exactly."""
    if not dtype.is_floating_point:
        return
    # first the type's own range (float16's is ±65504), an error; then the exact-integer range
    largest = 3.3895313892515355e38 if dtype is dtypes.bfloat16 else float(np.finfo(dtype.np).max)
    for name, value in (("from", low), ("to - 1", high - 1)):
        if not -largest <= value <= largest:
            raise RuntimeError(f"{name} is out of bounds for {_c_type(dtype)}")
    digits = 8 if dtype is dtypes.bfloat16 else int(np.finfo(dtype.np).nmant) + 1
    for name, value, line in (("from", low, 110), ("to - 1", high - 1, 111)):
        if not -(1 << digits) <= value <= (1 << digits):
            warnings.warn(f"{name} is out of bounds [-(2^{digits}), 2^{digits}]. Due to precision limitations "
                          f"{_c_type(dtype)} can support discrete uniform distribution only within this "
                          "range. This warning will become an error in version 1.7 release, please fix the code in "
                          "advance (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/"
                          f"DistributionTemplates.h:{line}.)", UserWarning, stacklevel=_user_stacklevel())


@on_device
def randperm(n: int, *, generator=None, dtype=None, device=None, requires_grad=False,
             pin_memory=False) -> Tensor:
    check_dtype_argument(dtype, "randperm")
    if isinstance(n, float):
        raise TypeError(f"randperm(): argument 'n' (position 1) must be int, not {type(n).__name__}")
    _check_device(device, pin_memory)
    dtype = _resolve_dtype(dtype) or dtypes.int64
    return _finish_creation(wrap(_generator(generator).randperm(int(n)), dtype), requires_grad)


@on_device
def rand_like(t: Tensor, *, generator=None, dtype=None, layout=None, device=None, requires_grad=False,
              pin_memory=False, memory_format=None) -> Tensor:
    check_dtype_argument(dtype, "rand_like")
    return _random_like(t, lambda shape: rand(shape, generator=generator, dtype=dtype or t.dtype, device=device,
                                              requires_grad=requires_grad, pin_memory=pin_memory),
                        memory_format, "rand_like")


@on_device
def randn_like(t: Tensor, *, generator=None, dtype=None, layout=None, device=None, requires_grad=False,
               pin_memory=False, memory_format=None) -> Tensor:
    check_dtype_argument(dtype, "randn_like")

    def sample(shape) -> Tensor:
        if shape == t.shape:
            return randn(shape, generator=generator, dtype=dtype or t.dtype, device=device,
                         requires_grad=requires_grad, pin_memory=pin_memory)
        # PyTorch fills a tensor it cannot see as contiguous one normal value at a time
        out_dtype = _resolve_dtype(dtype) or t.dtype
        randn((0,), dtype=out_dtype, device=device, pin_memory=pin_memory)  # randn's own checks
        values = _generator(generator).normal(shape, 0.0, 1.0, out_dtype.np, contiguous=False)
        return _finish_creation(wrap(values, out_dtype), requires_grad)

    return _random_like(t, sample, memory_format, "randn_like")


@on_device
def randint_like(t: Tensor, low, high=None, *, generator=None, dtype=None, layout=None, device=None,
                 requires_grad=False, pin_memory=False, memory_format=None) -> Tensor:
    if high is None:
        low, high = 0, low
    return _random_like(t, lambda shape: randint(low, high, shape, generator=generator, dtype=dtype or t.dtype,
                                                 device=device, requires_grad=requires_grad, pin_memory=pin_memory),
                        memory_format, "randint_like")


def normal(mean=0.0, std=1.0, size=None, *, generator=None, dtype=None, requires_grad=False) -> Tensor:
    if isinstance(std, Tensor):  # NaN fails the check too
        if not (std._data >= 0).all():
            raise RuntimeError("normal expects all elements of std >= 0.0")
    elif isinstance(std, (int, float)) and not std >= 0:
        raise RuntimeError(f"normal expects std >= 0.0, but found std {std:g}")
    if isinstance(mean, Tensor) or isinstance(std, Tensor):
        m = mean if isinstance(mean, Tensor) else full_like(std, mean)
        s = std if isinstance(std, Tensor) else full_like(mean, std)
        noise = randn(broadcast_shapes(m.shape, s.shape), dtype=m.dtype, generator=generator)
        out = m.detach() + noise * s.detach()
        # NormalBackward1 (a tensor mean), 2 (a tensor std), 3 (both): no gradient reaches them
        given = tuple(t for t in (mean, std) if isinstance(t, Tensor))
        return record(_R[f"NormalBackward{3 if len(given) == 2 else 1 if given[0] is mean else 2}"], given, out)
    dtype = _float_dtype(dtype)
    data = _generator(generator).normal(_shape_arg((size,)), float(mean), float(std), dtype.np)
    return _finish_creation(wrap(data, dtype), requires_grad)


def bernoulli(input: Tensor, p=None, *, generator=None) -> Tensor:
    if p is None and not input.dtype.is_floating_point and not input.dtype.is_complex:
        raise NotImplementedError(f'"bernoulli_tensor_cpu_p_" not implemented for \'{_scalar_type_name(input.dtype)}\'')
    _vmap_levels.refuse_random_of_batched(input)
    probs = input._data if p is None else p
    data = _generator(generator).bernoulli(probs, input._data.shape, input.dtype.np)
    if p is not None:  # bernoulli.p has no derivative in PyTorch: a NotImplemented node
        return record_not_implemented("bernoulli", (input,), wrap(data, input.dtype))
    return record(_R["BernoulliBackward0"], (input,), wrap(data, input.dtype))


def poisson(input: Tensor, generator=None) -> Tensor:
    """``torch.poisson``: one count per rate; its gradient is zero (PoissonBackward0)."""
    if not input.dtype.is_floating_point:
        raise NotImplementedError(f'"poisson_cpu" not implemented for \'{_scalar_type_name(input.dtype)}\'')
    _vmap_levels.refuse_random_of_batched(input)
    out = make(discrete_samplers.poisson(_generator(generator), input._data), input.dtype)
    return record(_R["poisson"], (input,), out)



def binomial(count: Tensor, prob: Tensor, generator=None) -> Tensor:
    """``torch.binomial``: successes in ``count`` trials of probability ``prob``, one per element of
    their broadcast, drawn as PyTorch's CPU kernel draws them; it has no derivative."""
    for name, t in (("count", count), ("prob", prob)):
        if not isinstance(t, Tensor):
            position = 1 if name == "count" else 2
            raise TypeError(f"binomial(): argument '{name}' (position {position}) must be Tensor, not "
                            f"{type(t).__name__}")
        if not t.dtype.is_floating_point:
            raise ValueError(f"binomial only supports floating-point dtypes for {name}, got: "
                             f"{_scalar_type_name(t.dtype)}")
    if count.dtype not in (dtypes.float32, dtypes.float64):
        raise NotImplementedError(f'"binomial_cpu" not implemented for \'{_scalar_type_name(count.dtype)}\'')
    try:
        shape = np.broadcast_shapes(tuple(count.shape), tuple(prob.shape))
    except ValueError:
        raise shapes_broadcast_error(tuple(count.shape), tuple(prob.shape)) from None
    if prob.dtype is not count.dtype:
        raise RuntimeError(f"Found dtype {_scalar_type_name(prob.dtype)} but expected "
                           f"{_scalar_type_name(count.dtype)}")
    if shape != tuple(count.shape) and count.numel():  # the result starts as zeros shaped like count
        warnings.warn(_RESIZE_WARNING.format(old=list(count.shape), new=list(shape)), UserWarning,
                      stacklevel=_user_stacklevel())
    counts = np.broadcast_to(count._data, shape)
    probs = np.broadcast_to(prob._data, shape)
    out = make(discrete_samplers.binomial(_generator(generator), counts, probs), count.dtype)
    return record(_R["binomial"], (count, prob), out)


def multinomial(input: Tensor, num_samples: int, replacement: bool = False, *, generator=None) -> Tensor:
    """PyTorch's CPU sampler, draw for draw: without replacement (or for one sample) the largest
    ``p / E`` with ``E`` exponential (``topk``'s order among equal keys); with replacement a
    binary search of the row's running sum (in the input's type, normalised) for each double
    uniform, row after row, each row checked just before its draws."""
    if input.ndim not in (1, 2):
        raise RuntimeError("prob_dist must be 1 or 2 dim")
    if not input.dtype.is_floating_point:
        raise RuntimeError(f"multinomial only supports floating-point dtypes for input, got: "
                           f"{_scalar_type_name(input.dtype)}")
    if num_samples <= 0:
        raise RuntimeError("cannot sample n_sample <= 0 samples")
    probs = input._data.reshape(-1, input.shape[-1])
    categories = probs.shape[1]
    if not replacement and num_samples > categories:
        raise RuntimeError("cannot sample n_sample > prob_dist.size(-1) samples without replacement")
    _vmap_levels.refuse_random_of_batched(input)
    gen_ = _generator(generator)
    if not replacement or num_samples == 1:
        if not (np.isfinite(probs).all() and (probs >= 0).all()):
            raise RuntimeError("probability tensor contains either `inf`, `nan` or element < 0")
        if (probs.sum(axis=1) == 0).any():
            raise RuntimeError("invalid multinomial distribution (sum of probabilities <= 0)")
        draws = gen_.uniform((probs.size,), 0.0, 1.0, np.float64).reshape(probs.shape)
        exponential = (-np.log1p(-draws)).astype(probs.dtype)
        with np.errstate(all="ignore"):
            keys = probs / exponential
        if num_samples == 1:  # argmax: the first of equal keys
            samples = np.argmax(keys, axis=1)[:, None]
        else:  # topk, whose order among equal keys (zero weights) is libstdc++'s nth_element's
            stable = np.argsort(-keys, axis=1, kind="stable")[:, :num_samples]
            samples = std_algorithms.topk_order(keys, 1, num_samples, True, True, stable)
    else:
        samples = np.empty((probs.shape[0], num_samples), np.int64)
        for row, p in enumerate(probs):
            bad = np.flatnonzero(~((p >= 0) & np.isfinite(p)))  # each entry: ">= 0", then finite
            if bad.size:
                kind = ("entry = infinity or NaN" if p[bad[0]] >= 0 else "entry < 0")
                raise RuntimeError(f"invalid multinomial distribution (encountering probability {kind})")
            running = np.cumsum(p, dtype=p.dtype)  # accumulated in the input's type, left to right
            if not running[-1] > 0:
                raise RuntimeError("invalid multinomial distribution (sum of probabilities <= 0)")
            running = running / running[-1]
            draws = gen_.uniform((num_samples,), 0.0, 1.0, np.float64)
            # the first bucket whose cumulative probability is not below the uniform
            samples[row] = np.searchsorted(running.astype(np.float64), draws, side="left")
    samples = np.minimum(samples, categories - 1).astype(np.int64)
    shape = (num_samples,) if input.ndim == 1 else (input.shape[0], num_samples)
    return make(samples.reshape(shape), dtypes.int64)

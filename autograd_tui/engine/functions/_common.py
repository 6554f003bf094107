"""What the operations share: wrapping results, dims and shape arguments, allocation, broadcasting."""
from __future__ import annotations

import builtins
import functools
import math
import numbers
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from autograd_tui.engine import _tensor, dtypes
from autograd_tui.engine._c_types import CType
from autograd_tui.engine._tensor import GivenDims, Size, Tensor, make, norm_dim
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.memory_formats import element_strides, is_empty_channels_last
from autograd_tui.engine.record import RULES

_R = RULES


def wrap(data, dtype: dtypes.dtype) -> Tensor:
    """A tensor around a numpy result, making sure it is an ndarray of the right dtype."""
    if data.__class__ is not np.ndarray:
        data = np.asarray(data)
    if data.dtype != dtype.np:
        data = data.astype(dtype.np)
    return make(data, dtype)


def _scalar_type_name(d: dtypes.dtype) -> str:
    return _tensor._scalar_name(d)


def list_dims(dims) -> list:
    """The dims of an int list as PyTorch's parser unpacks them: after the first, a bool is an int."""
    return [int(d) if k and isinstance(d, (bool, np.bool_)) else d for k, d in enumerate(dims)]


def _norm_dims(dim, ndim: int) -> tuple:
    if isinstance(dim, (list, tuple)):
        dims = [norm_dim(d, ndim) for d in list_dims(dim)]
        for k, d in enumerate(dims):
            if d in dims[:k]:
                raise RuntimeError(f"dim {d} appears multiple times in the list of dims")
        ordered = sorted(dims)
        if ordered == dims and all(d.__class__ is int for d in dims):
            return tuple(dims)
        shown = GivenDims(int(d) for d in ordered)  # what the op computes with; its node shows the dims as given
        shown.given = tuple(getattr(d, "given", d) for d in dims)
        return shown
    return (norm_dim(dim, ndim),)


def _axes(dim, ndim: int) -> tuple:
    """The numpy axes of checked dims; none on a 0-d tensor, whose dim 0 (or -1) is all of it."""
    dims = _norm_dims(dim, ndim)
    return dims if ndim else ()


def _reduction_dims(dim, ndim: int) -> tuple | None:
    """A reduction's dims: None for all of them, as an empty list also means (``x.sum(())``); on a
    0-d tensor, the empty tuple (dim 0 or -1 is accepted and reduces nothing)."""
    if dim is None or (isinstance(dim, (list, tuple)) and len(dim) == 0):
        return None
    return _axes(dim, ndim)


def typename(obj: object) -> str:
    """torch.typename: a tensor's legacy type name, else the object's own module-qualified name when
    it has one (a class or function) or its class's (an instance), without ``builtins.``."""
    if isinstance(obj, Tensor):
        return ("torch.meta." if obj.device.type == "meta" else "torch.") + obj.dtype.legacy_name
    if hasattr(obj, "__qualname__") or hasattr(obj, "__name__"):
        module = getattr(obj, "__module__", "") or ""
        name = str(getattr(obj, "__qualname__", None) or getattr(obj, "__name__", ""))
    else:
        module, name = type(obj).__module__ or "", type(obj).__qualname__
    module, name = _torch_names(module, name)
    return name if module in ("", "builtins") else f"{module}.{name}"


def _torch_names(module: str, name: str) -> tuple[str, str]:
    """An engine object's module and name as PyTorch's own would read: torch.* functions are
    methods of ``torch._VariableFunctionsClass``, Tensor methods ``Tensor.<name>`` (no module),
    the rest ``torch.<its module>``."""
    if module == "torch" and name.startswith("Tensor."):  # a C method (bound): PyTorch's has no module
        return "", name
    if not module.startswith("autograd_tui.engine"):
        return module, name
    if module.startswith("autograd_tui.engine.functions"):
        return "torch._VariableFunctionsClass", name
    if module == "autograd_tui.engine.methods":
        return "", name if name.startswith("Tensor.") else f"Tensor.{name}"
    return "torch" + module[len("autograd_tui.engine"):], name


_HEAP_TYPE = 1 << 9  # Py_TPFLAGS_HEAPTYPE: a class made by a class statement


def _type_name(value) -> str:
    """The type's name as PyTorch's parser prints it, its ``tp_name``: the bare name for a class
    written in Python (``Linear``, a learner's ``Foo``), the dotted one for a C type
    (``numpy.ndarray``, ``collections.OrderedDict``, ``torch.Size``), builtins by name alone."""
    kind = type(value)
    if isinstance(kind, CType):  # torch.dtype, torch.device, torch.Size, ...: the C type's dotted name
        return type.__dict__["__name__"].__get__(kind)
    module, name = kind.__module__, kind.__name__
    if module in ("torch._C", "torch.return_types"):
        return f"{module}.{name}"
    if kind.__flags__ & _HEAP_TYPE or module == "builtins":
        return name
    return f"{module}.{name}"


def check_number(value, op: str, arg: str, position: int | None = None, *, only_number: bool = False) -> None:
    """PyTorch's parser refuses anything but a number (or a tensor) for a ``Number`` argument:
    a string slope, a None alpha. ``position``: where the binding passes it positionally (the
    ``F.*`` wrappers do even when the caller wrote a keyword). ``only_number``: the argument has
    no Tensor overload, so a tensor passes only as the parser's scalar (0-d, needing no grad)."""
    if isinstance(value, (int, float, complex, np.number, np.bool_)):
        return
    if isinstance(value, Tensor) and (not only_number or value.ndim == 0 and not value.requires_grad):
        return
    where = f" (position {position})" if position else ""
    raise TypeError(f"{op}(): argument '{arg}'{where} must be Number, not {_type_name(value)}")


def check_argument(value, op: str, arg: str, position: int, kind: str) -> None:
    """The parser's TypeError for an ``int``, ``float`` or ``Tensor`` argument (None allowed for a
    Tensor) given another type: a float ignore_index, a str label_smoothing, a list weight."""
    if kind == "int":
        ok = isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))
    elif kind == "float":
        ok = isinstance(value, (int, float, np.number)) or isinstance(value, Tensor) and value.ndim == 0
    else:
        ok = value is None or isinstance(value, Tensor)
    if not ok:
        raise TypeError(f"{op}(): argument '{arg}' (position {position}) must be {kind}, not {_type_name(value)}")


def check_numbers(op: str, **named) -> None:
    """check_number for an ``F.*`` op's arguments after ``input``, in their order (positions 2, 3...)."""
    for position, (arg, value) in enumerate(named.items(), 2):
        check_number(value, op, arg, position)


def _described(value) -> str:
    """How PyTorch's argument parser names a value it could not match: a list or a tuple with
    its elements' types (``list of [float, float]``, ``tuple of (int,)``)."""
    if isinstance(value, list):
        return f"list of [{', '.join(_type_name(v) for v in value)}]"
    if isinstance(value, tuple):
        inner = ", ".join(_type_name(v) for v in value)
        return f"tuple of ({inner}{',' if len(value) == 1 else ''})"
    return _type_name(value)


def _fits(value, kind: str) -> bool:
    if kind == "Tensor":  # the listing's own check: a Parameter is marked (!Parameter!), as any subclass
        return type(value) is Tensor
    if kind in ("Number", "tuple of ints"):  # the listing matches a type by its Python name: none has these
        return False
    if kind == "str":
        return isinstance(value, str)
    if kind == "int":
        return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))
    if kind == "bool":
        return isinstance(value, (bool, np.bool_))
    if kind == "torch.device":
        return isinstance(value, (str, int, _tensor.device)) and not isinstance(value, bool)
    if kind == "torch.dtype":
        return isinstance(value, dtypes.dtype)
    # a positional argument in the slot of "*", or in an overload that takes none ("()"), never fits
    return kind not in ("*", "")


def _argument_list(items: list[str], keywords: bool) -> str:
    # the parser's own layout: keywords alone keep a trailing separator ("(other=list, )",
    # "(mask=Tensor, input=Tensor, )")
    return ", ".join(items) + (", " if keywords and items else "")


def _slot_type(slot: str) -> str:
    return slot.split(" = ")[0].rpartition(" ")[0] or slot


def _slot_name(slot: str) -> str:
    # the parser reads a slot with a default whole as its name ("alpha = 1"), so such a keyword
    # never matches (measured: "keywords were incorrect")
    return " ".join(slot.split()[1:]) if " = " in slot else slot.rpartition(" ")[2]


def invalid_combination(name: str, args: tuple, kwargs: dict, overloads: tuple[str, ...]) -> TypeError:
    """PyTorch's TypeError when no overload of ``name`` takes these arguments.

    Under an overload with as many slots as arguments given (``*`` counts as a slot), the parser
    explains the mismatch: keywords it cannot take, or the arguments whose types do not fit,
    marked ``!...!``. It lists the keywords in the order of the C++ hash map it copied them into.
    """
    keys = cpp_map_order(list(kwargs))
    got = [_type_name(a) for a in args] + [f"{k}={_type_name(kwargs[k])}" for k in keys]
    lines = [f"{name}() received an invalid combination of arguments - got "
             f"({_argument_list(got, not args and bool(kwargs))}), but expected one of:"]
    for overload in overloads:
        lines.append(f" * {overload}")
        slots = [s.strip() for s in overload[1:-1].split(",")]
        if len(slots) != len(args) + len(kwargs):
            continue
        # a keyword is looked for among the last slots only, as many as there are keywords
        tail = slots[len(args):]
        wrong_keywords = [k for k in keys if k not in {_slot_name(s) for s in tail}]
        if wrong_keywords:
            lines.append(f"      didn't match because some of the keywords were incorrect: {', '.join(wrong_keywords)}")
            continue
        marks: list[str] = []
        fits = True
        for slot, value in zip(slots, args + tuple(kwargs[_slot_name(s)] for s in tail)):
            # the parser takes all before a slot's last space as its type: "bool keepdim =" fits nothing
            ok = " = " not in slot and _fits(value, _slot_type(slot) if slot else "")
            fits &= ok
            shown = _described(value) if len(marks) < len(args) else f"{_slot_name(slot)}={_described(value)}"
            marks.append(shown if ok else f"!{shown}!")
        if not fits:
            lines.append("      didn't match because some of the arguments have invalid types: "
                         f"({_argument_list(marks, not args)})")
    return TypeError("\n".join(lines) + "\n")


_HASH_MUL = (0xC6A4A793 << 32) + 0x5BD1E995
_MASK64 = (1 << 64) - 1


def _cpp_string_hash(text: str) -> int:
    """libstdc++'s ``std::hash<std::string>`` on 64 bits (``_Hash_bytes``, a MurmurHash2 variant)."""
    data = text.encode()
    whole = len(data) & ~7
    h = (0xC70F6907 ^ (len(data) * _HASH_MUL)) & _MASK64
    for at in range(0, whole, 8):
        word = (int.from_bytes(data[at:at + 8], "little") * _HASH_MUL) & _MASK64
        h = ((h ^ ((word ^ (word >> 47)) * _HASH_MUL & _MASK64)) * _HASH_MUL) & _MASK64
    if len(data) & 7:
        h = ((h ^ int.from_bytes(data[whole:], "little")) * _HASH_MUL) & _MASK64
    h = ((h ^ (h >> 47)) * _HASH_MUL) & _MASK64
    return h ^ (h >> 47)


def cpp_map_order(keys: list[str]) -> list[str]:
    """The iteration order of a libstdc++ ``std::unordered_map<std::string, ...>`` filled with ``keys``
    in this order: 13 buckets from the first insertion (then 29, 59, 127 as it grows); a key goes
    first in its bucket's run, a key in an empty bucket first of all, and a rehash re-inserts in
    list order."""
    order: list[str] = []
    buckets = 13
    for count, key in enumerate(keys, start=1):
        if count > buckets:
            buckets = {13: 29, 29: 59, 59: 127}.get(buckets, 2 * buckets + 1)
            order = _bucketed(order, buckets)
        order = _bucketed([key], buckets, order)
    return order


def _bucketed(keys: list[str], buckets: int, order: list[str] | None = None) -> list[str]:
    order = [] if order is None else order
    for key in keys:
        home = _cpp_string_hash(key) % buckets
        at = next((i for i, k in enumerate(order) if _cpp_string_hash(k) % buckets == home), 0)
        order.insert(at, key)
    return order


def _size_type_error(name: str, args: tuple) -> TypeError:
    """PyTorch's argument-parser error for a size that is not ints (``torch.zeros(n / 2)``)."""
    single = len(args) == 1 and isinstance(args[0], (tuple, list, Size))
    items = args[0] if single else args
    if not single and len(args) > 1 and not _is_size_int(args[0], 0):
        if name in ("zeros", "ones", "empty"):
            return TypeError(f"{name}() takes 1 positional argument but {len(args)} were given")
        got = ", ".join(_type_name(a) for a in args)
        return TypeError(f"{name}() received an invalid combination of arguments - got ({got}), but expected one of:")
    if not single and len(args) == 1:
        return TypeError(f"{name}(): argument 'size' (position 1) must be tuple of ints, not {_type_name(args[0])}")
    k = next(i for i, a in enumerate(items) if not _is_size_int(a, i))
    if k == 0:
        position = 2 if name == "randint" else 1
        return TypeError(f"{name}(): argument 'size' (position {position}) must be tuple of ints, but found element "
                         f"of type {_type_name(items[0])} at pos 0")
    return TypeError(f"{name}(): argument 'size' failed to unpack the object at pos {k + 1} with error \"type must "
                     f"be tuple of ints,but got {_type_name(items[k])}\"")


def _is_int(a) -> bool:
    if isinstance(a, Tensor):
        return a.numel() == 1 and not a.dtype.is_floating_point and a.dtype is not dtypes.bool_
    return isinstance(a, numbers.Integral)


def _is_size_int(a, position: int) -> bool:
    """An element of an int list as PyTorch's parser reads it: it takes the list only when the
    first element is an int and no bool, then unpacks the later ones, bools among them, as ints."""
    return _is_int(a) and not (position == 0 and isinstance(a, (bool, np.bool_)))


def check_int(value, function: str, name: str, position: int | None) -> None:
    """PyTorch's parser for an int argument: an integer or an integer 0-d tensor (not a bool, not
    a float). Methods count from the first argument after ``self``; a keyword has no position."""
    if isinstance(value, bool) or not _is_int(value):
        where = "" if position is None else f" (position {position})"
        raise TypeError(f"{function}(): argument '{name}'{where} must be int, not {_type_name(value)}")


def _shape_arg(args, name: str | None = None) -> tuple:
    """zeros(2, 3), zeros((2, 3)), zeros([2, 3]) and zeros(torch.Size([2, 3])) all mean (2, 3).
    ``name``: the creation function, whose argument errors are PyTorch's."""
    if not args and name in ("zeros", "ones", "empty"):  # their size has no default (rand's and randn's
        raise TypeError(f'{name}() missing 1 required positional arguments: "size"')  # parsers say more)
    if len(args) == 1 and isinstance(args[0], (tuple, list, Size)):
        items = args[0]
    else:
        items = args
    shape = []
    for k, a in enumerate(items):
        if name is not None and not _is_size_int(a, k):
            raise _size_type_error(name, args)
        if isinstance(a, Tensor):
            a = a.item()
        if not isinstance(a, numbers.Integral):
            raise TypeError(f"{type(a).__name__!r} object cannot be interpreted as an integer")
        shape.append(int(a))
    if name == "zeros" and builtins.any(d < 0 for d in shape):
        raise RuntimeError("zeros: Dimension size must be non-negative.")
    for d in shape:
        if d < 0:
            raise RuntimeError(f"Trying to create tensor with negative dimension {d}: {shape}")
    return tuple(shape)


def _allocate(shape: tuple, np_dtype, fill=None) -> np.ndarray:
    """np.zeros/np.full, turning an impossible size into PyTorch's allocation error."""
    try:
        if fill is None:
            return np.zeros(shape, np_dtype)
        return np.full(shape, fill, np_dtype)
    except (MemoryError, ValueError) as exc:
        if isinstance(exc, ValueError) and "too big" not in str(exc) and "maximum" not in str(exc):
            raise
        raise _allocation_error(shape, np_dtype) from None


def column_major(data: np.ndarray) -> np.ndarray:
    """``data`` laid out as LAPACK leaves its results in PyTorch (solve, inv, cholesky, lstsq):
    each matrix column by column (``stride() == (1, rows)``, not contiguous)."""
    if data.ndim < 2:
        return data
    return np.swapaxes(np.ascontiguousarray(np.swapaxes(data, -1, -2)), -1, -2)


def preserved_strides(t: Tensor) -> tuple | None:
    """The strides (in elements) PyTorch's ``preserve_format`` gives a new tensor made like ``t``
    (``*_like``, ``clone``): ``t``'s own when it is dense and non-overlapping, else its dims in
    the order of their strides; None when that is plain row-major (the common case)."""
    return preserved_strides_of(t._data)


def preserved_strides_of(data: np.ndarray) -> tuple | None:
    """``preserved_strides`` of the tensor whose elements ``data`` holds."""
    if data.size == 0:  # an empty tensor keeps channels-last strides (numpy's own are all 0)
        return element_strides(data) if is_empty_channels_last(data) else None
    if data.ndim < 2 or data.size <= 1 or data.flags.c_contiguous and 1 not in data.shape:
        return None  # (a size-1 dim may still carry a view's stride: zeros(1, 4).t() is (1, 4))
    shape, strides = data.shape, element_strides(data)
    if not _dense_non_overlapping(shape, strides):
        strides = _dense_strides_in_stride_order(shape, strides)
    row_major = tuple(int(np.prod(shape[i + 1:], dtype=np.int64)) for i in range(len(shape)))
    return None if strides == row_major else strides


def laid_out_like(data: np.ndarray, like: np.ndarray) -> np.ndarray:
    """``data`` (of ``like``'s shape) copied into the layout a new tensor made like it gets."""
    strides = preserved_strides_of(like)
    if strides is None:
        return data
    out = with_strides(np.empty(data.size, data.dtype), data.shape, strides)
    out[...] = data
    return out


def _dense_non_overlapping(shape: tuple, strides: tuple) -> bool:
    order = sorted((d for d in range(len(shape)) if shape[d] > 1), key=lambda d: strides[d])
    expected = 1
    for d in order:
        if strides[d] != expected:
            return False
        expected *= shape[d]
    return True


def dims_innermost_first(shape: tuple, strides: tuple) -> list:
    """The dims ordered from innermost to outermost in memory: ATen's insertion sort by stride,
    where a broadcast (stride 0) dim compares with nothing and equal strides put the smaller
    size inside (``infer_dense_strides``, ``Tensor.dim_order``)."""
    def should_swap(d0: int, d1: int) -> int:
        s0, s1 = strides[d0], strides[d1]
        if s0 == 0 or s1 == 0:
            return 0
        if s0 != s1:
            return 1 if s0 > s1 else -1
        return 1 if shape[d0] > shape[d1] else 0

    return _aten_dim_sort(len(shape), should_swap)


def _aten_dim_sort(ndim: int, should_swap) -> list:
    """ATen's insertion sort of the dims, innermost first (from the last dim): a dim moves inward
    past each dim ``should_swap`` says is outer (> 0), stops at one it says is inner (< 0), and
    steps over one it cannot tell apart (0)."""
    perm = list(range(ndim - 1, -1, -1))
    for i in range(1, len(perm)):
        d1 = i
        for d0 in range(i - 1, -1, -1):
            comparison = should_swap(perm[d0], perm[d1])
            if comparison > 0:
                perm[d0], perm[d1] = perm[d1], perm[d0]
                d1 = d0
            elif comparison < 0:
                break
    return perm


def view_strides(old_shape: tuple, old_strides: tuple, new_shape: tuple) -> tuple | None:
    """The strides ATen's ``computeStride`` gives a view of ``new_shape`` (size-1 dims included),
    or None when the view needs a copy."""
    if not old_shape:
        return (1,) * len(new_shape)
    out = [0] * len(new_shape)
    view_d = len(new_shape) - 1
    base, tensor_numel, view_numel = old_strides[-1], 1, 1
    for d in range(len(old_shape) - 1, -1, -1):
        tensor_numel *= old_shape[d]
        if d == 0 or (old_shape[d - 1] != 1 and old_strides[d - 1] != tensor_numel * base):
            while view_d >= 0 and (view_numel < tensor_numel or new_shape[view_d] == 1):
                out[view_d] = view_numel * base
                view_numel *= new_shape[view_d]
                view_d -= 1
            if view_numel != tensor_numel:
                return None
            if d > 0:
                base, tensor_numel, view_numel = old_strides[d - 1], 1, 1
    return tuple(out) if view_d == -1 else None


def iterator_output_strides(shape: tuple, operands: list) -> tuple:
    """The strides (in elements) of the output TensorIterator allocates for an elementwise op of
    ``operands`` ((shape, strides) pairs broadcast to ``shape``): its dims sorted innermost first
    by the operands' strides, the first operand that tells two dims apart deciding (a broadcast dim
    tells nothing; equal strides put the smaller size inside), then laid out densely in that order."""
    seen = []
    for own_shape, own in operands:
        lead = len(shape) - len(own_shape)
        seen.append(tuple(0 if d < lead or (own_shape[d - lead] == 1 and shape[d] != 1) else own[d - lead]
                          for d in range(len(shape))))
    def should_swap(d0: int, d1: int) -> int:
        for strides in seen:
            s0, s1 = strides[d0], strides[d1]
            if s0 == 0 or s1 == 0:
                continue
            if s0 != s1:
                return 1 if s0 > s1 else -1
            if shape[d0] > shape[d1]:
                return 1
        return 0

    perm = _aten_dim_sort(len(shape), should_swap)
    out = [0] * len(shape)
    current = 1
    for d in perm:
        out[d] = current
        current *= shape[d]
    return tuple(out)


def _dense_strides_in_stride_order(shape: tuple, strides: tuple) -> tuple:
    """ATen's infer_dense_strides: dense strides laid out in the order of ``strides``."""
    out = [0] * len(shape)
    current = 1
    for d in dims_innermost_first(shape, strides):
        out[d] = current
        if shape[d] > 1:
            current *= shape[d]
    return tuple(out)


def with_strides(flat: np.ndarray, shape: tuple, strides: tuple) -> np.ndarray:
    """``flat`` (in memory order) seen with ``shape`` and element ``strides``; the flat array stays
    its base, so storage_offset() and the storage read right."""
    return np.ndarray(shape, flat.dtype, buffer=flat, strides=tuple(s * flat.itemsize for s in strides))


def expanded_view(data: np.ndarray, target: tuple) -> np.ndarray:
    """``data`` broadcast to ``target`` with the strides PyTorch's expand gives (its
    inferExpandGeometry): a dim that keeps its size keeps its stride, even a size-1 one (numpy's
    broadcast_to gives every size-1 dim stride 0), and a new leading dim of size 1 gets the
    stride of the dim after it times that dim's size (every stride is 0 for a 0-d tensor)."""
    if data.size == 0 or data.ndim == 0:
        return np.broadcast_to(data, target)
    own = element_strides(data)
    lead = len(target) - data.ndim
    strides = [0] * len(target)
    for i in range(len(target) - 1, -1, -1):
        if i >= lead:
            size, stride = data.shape[i - lead], own[i - lead]
        else:
            size, stride = 1, (target[i + 1] * strides[i + 1] if i + 1 < len(target) else 1)
        strides[i] = stride if size == target[i] else 0
    return np.lib.stride_tricks.as_strided(data, target, tuple(s * data.itemsize for s in strides),
                                           writeable=False)


_INT64_MAX = 2**63 - 1


def _size_overflow(shape: tuple, itemsize: int) -> str | None:
    """PyTorch's error for sizes whose byte count or strides do not fit in 64 bits, checked in
    its order (c10's safe multiply of the sizes, then of the bytes, then the strides)."""
    storage = f"Storage size calculation overflowed with sizes={list(shape)}"
    running = 1
    for size in shape:
        running *= size
        if running > 2**64 - 1:   # an unsigned 64-bit product overflowed, even if a 0 follows
            return storage
    if running > _INT64_MAX or running * itemsize > _INT64_MAX:
        return storage
    stride = 1
    for size in reversed(shape[1:]):
        stride *= max(size, 1)
        if stride > _INT64_MAX:
            return "Stride calculation overflowed"
    return None


def _allocation_error(shape: tuple, np_dtype) -> RuntimeError:
    overflow = _size_overflow(shape, np.dtype(np_dtype).itemsize)
    if overflow is not None:
        return RuntimeError(overflow)
    nbytes = np.dtype(np_dtype).itemsize * math.prod(shape)
    return RuntimeError(
        "[enforce fail at alloc_cpu.cpp:127] err == 0. DefaultCPUAllocator: can't allocate memory: "
        f"you tried to allocate {nbytes} bytes. Error code 12 (Cannot allocate memory)")


def _filled(fill, shape: tuple, np_dtype) -> np.ndarray:
    """``fill()`` (random numbers, a range), with PyTorch's error when memory runs out."""
    try:
        return fill()
    except (MemoryError, ValueError) as exc:
        # numpy refuses some impossible sizes with ValueError ("array is too big")
        if isinstance(exc, ValueError) and "too big" not in str(exc) and "maximum" not in str(exc).lower():
            raise
        raise _allocation_error(shape, np_dtype) from None


def _finish_creation(t: Tensor, requires_grad: bool) -> Tensor:
    if requires_grad:
        if not t.dtype.is_floating_point and not t.dtype.is_complex:
            raise RuntimeError("Only Tensors of floating point and complex dtype can require gradients")
        t._requires_grad = True
    return t


_NO_PINNED_MEMORY = ("pin_memory=True requires a CUDA or other accelerator backend; no pinned memory allocator is "
                     "available on this system.")


def on_device(fn: Callable[..., Any]) -> Callable[..., Any]:
    """A factory function that also makes meta tensors: given ``device="meta"`` (or inside a meta
    default device) it runs as on the CPU with every tensor it makes on the meta device, and
    draws nothing from the random generator (meta.py)."""
    @functools.wraps(fn)
    def call(*args, **kwargs):
        where = kwargs.get("device")
        if where is None:
            where = _tensor.default_device
            if where is None:
                return fn(*args, **kwargs)
        try:
            meta = not _State.meta and _tensor.use_device(where)
        except (RuntimeError, AssertionError, TypeError):
            meta = False  # the function's own checks give PyTorch's error
        return _tensor.run_on_meta(fn, *args, **kwargs) if meta else fn(*args, **kwargs)
    return call


def _check_device(device, pin_memory: bool = False, function: str = "") -> None:
    """A new tensor may go on ``device``, or on the default device when none is given; never in
    pinned memory, which needs an accelerator. ``function``: the parser's checks of the two
    arguments' types come first (``tensor(): argument 'device' must be torch.device, not float``)."""
    if function and device is not None and not _fits(device, "torch.device"):
        raise TypeError(f"{function}(): argument 'device' must be torch.device, not {_type_name(device)}")
    if function and not isinstance(pin_memory, bool):
        raise TypeError(f"{function}(): argument 'pin_memory' must be bool, not {_type_name(pin_memory)}")
    if pin_memory:
        raise RuntimeError(_NO_PINNED_MEMORY)
    if device is not None:
        _tensor.use_device(device)
    elif _tensor.default_device is not None:
        _tensor.use_device(_tensor.default_device)


def broadcast_shapes(*shapes) -> Size:
    """The common shape, built from the right one argument at a time as PyTorch's (Python) version does."""
    shapes = tuple((s,) if _is_int(s) and not isinstance(s, Tensor) else s for s in shapes if s is not None)
    for s in shapes:
        if not isinstance(s, Sequence):
            raise RuntimeError(f"Input shapes should be of type ints, a tuple of ints, or a list of ints, got {s}")
    out = [1] * builtins.max((len(s) for s in shapes), default=0)
    for k, s in enumerate(shapes):
        for i in range(-1, -1 - len(s), -1):
            if s[i] == out[i] or s[i] == 1:
                continue
            if out[i] != 1:
                # the error shows the shape as given and the common shape so far
                raise RuntimeError(f"Attempting to broadcast a dimension of length {s[i]} at {i}! Mismatching "
                                   f"argument at index {k} had {s}; but expected shape should be broadcastable "
                                   f"to {out}")
            if s[i] < 0:
                raise ValueError("Attempting to broadcast a dimension with negative length!")
            out[i] = s[i]
    for k, n in enumerate(out):  # torch.Size of the result: a float that went into it is refused
        if not _is_int(n) or isinstance(n, Tensor):
            raise TypeError(f"torch.Size() takes an iterable of 'int' (item {k} is '{type(n).__name__}')")
    return Size(out)


def number_bounds(bounds: tuple) -> bool:
    """Whether clamp's bounds take its Scalar overload: no tensor, or a 0-d tensor beside a number
    (the parser reads it as a number); that kernel checks out=/in-place dtypes in its own words."""
    given = [b for b in bounds if b is not None]
    tensors = sum(isinstance(b, Tensor) for b in given)
    return not tensors or (len(given) == 2 and tensors == 1)


def _broadcast_error(a, b) -> RuntimeError:
    return shapes_broadcast_error(a.shape if isinstance(a, Tensor) else (), b.shape if isinstance(b, Tensor) else ())


def shapes_broadcast_error(sa: tuple, sb: tuple) -> RuntimeError:
    """PyTorch's error for two shapes that do not broadcast: the last dim where they clash."""
    n = builtins.max(len(sa), len(sb))
    for i in range(n - 1, -1, -1):
        ia, ib = i - (n - len(sa)), i - (n - len(sb))
        da = sa[ia] if ia >= 0 else 1
        db = sb[ib] if ib >= 0 else 1
        if da != db and da != 1 and db != 1:
            return RuntimeError(f"The size of tensor a ({da}) must match the size of tensor b ({db}) "
                                f"at non-singleton dimension {i}")
    return RuntimeError("shape mismatch")


def operands_broadcast_error(*operands: Tensor) -> RuntimeError:
    """PyTorch's error for element-wise operands that do not broadcast: TensorIterator widens a
    common shape operand by operand, and names that shape "tensor a" and the operand that clashes
    with it "tensor b"."""
    running: tuple = ()
    for t in operands:
        try:
            running = tuple(np.broadcast_shapes(running, tuple(t.shape)))
        except ValueError:
            return shapes_broadcast_error(running, tuple(t.shape))
    return RuntimeError("shape mismatch")


def accepts_size_keyword(fn):
    """``fn(*size)`` also called as ``fn(size=(2, 3))``."""
    @functools.wraps(fn)
    def call(*args, **kwargs):
        if "size" in kwargs and not args:
            args = (kwargs.pop("size"),)
            items = args[0]
            if isinstance(items, (tuple, list)) and items and not _is_size_int(items[0], 0):
                # the parser's keyword form names no position and, the first element refused, the type
                raise TypeError(f"{fn.__name__}(): argument 'size' must be tuple of ints, not {_type_name(items)}")
        return fn(*args, **kwargs)
    return call

"""Shapes and views: ``view``, ``reshape``, ``transpose``, ``permute``, ``squeeze``, ``expand``,
``cat``, ``stack``, ``split``."""
from __future__ import annotations

import builtins
import math
import weakref

import numpy as np

from autograd_tui.engine import dtypes, float8, memory_formats, storage
from autograd_tui.engine._tensor import (
    NO_DIM, ArgumentTypeError, Size, Tensor, dim_of_nonscalar, make, norm_dim, warn_once,
)
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.record import VIEW_RULES, Rule, record
from autograd_tui.engine.functions._common import (
    _R, _is_int, _norm_dims, _scalar_type_name, _shape_arg, _type_name, expanded_view, invalid_combination,
    list_dims,
    preserved_strides, with_strides,
)
from autograd_tui.engine.functions.creation import zeros

# Shapes and views
# ============================================================================================
def _view_op(rule_name: str, input: Tensor, data: np.ndarray, attrs=None) -> Tensor:
    """A result that shares memory with ``input`` (and its version counter)."""
    out = make(data, input.dtype)
    if _shares_memory(data, input._data):
        _make_view(out, input)
    if _State.inference_used:  # a view is an inference tensor exactly when what it views is one
        out.__dict__["_inference"] = input.is_inference()
    if _State.enabled and input._requires_grad or _State.dual_level or _State.vmap_randomness:
        VIEW_RULES.add(rule_name)
        record(_R[rule_name], (input,), out, attrs)
    return out


def _make_view(out: Tensor, input: Tensor, multi_output: bool = False) -> None:
    """Make ``out`` a view of ``input``: its base, its version counter, and how it was made, which
    decides whether an in-place op may write into it later (``creation`` in inplace.py)."""
    vc = input._vc  # Tensor._shared_vc, inline
    if vc is None:
        vc = input._vc = [0]
    out._vc = vc
    base = input._view_of
    if base is None:
        base = input
    out_dict = out.__dict__
    out_dict["_view_of"] = base
    enabled = _State.enabled
    # An in-place write into the base, or another view, gives the view a new grad_fn; not so for a
    # leaf that requires grad (a parameter), which grad mode never lets anything write into.
    if enabled and (base.grad_fn is not None or not base._requires_grad):
        # weak references in a list (a WeakSet's add and its removal callback cost 0.7 µs a
        # view); the dead ones are dropped whenever the list's length reaches a power of two
        views = base.__dict__.get("_views")
        if views is None:
            base.__dict__["_views"] = [weakref.ref(out)]
        else:
            count = len(views)
            if count >= 8 and not count & (count - 1):
                views[:] = [view for view in views if view() is not None]
            views.append(weakref.ref(out))
    given = input.__dict__
    if "_conj" in given:  # a view of a conj() view still has the conjugate bit
        out_dict["_conj"] = True
    creation = given.get("_creation")  # a view of such a view inherits it
    if input._requires_grad and not enabled:
        creation = "no_grad"
        # PyTorch's view still requires grad (its base does) but has no grad_fn and no
        # accumulator: later ops record it, and the gradient sent to it is dropped
        out._requires_grad = True
        out_dict["_no_edge"] = True
    elif multi_output and input._requires_grad:
        creation = creation or "multi_output"
    if creation is not None:
        out_dict["_creation"] = creation


def _shares_memory(data: np.ndarray, source: np.ndarray) -> bool:
    if not (data.size and source.size):
        return True
    base = data.base
    if base is None:  # it owns its memory: numpy made a copy
        return False
    if base is source or (base is source.base and base is not None):
        return True
    return np.shares_memory(data, source)


def _infer_shape(shape, numel: int) -> tuple:
    if shape:  # the usual shapes first: no -1, or one -1 and nothing else negative, that fit
        least = min(shape)
        if least >= 0:
            if math.prod(shape) == numel:
                return tuple(shape)
        elif least == -1 and shape.count(-1) == 1:
            known = -math.prod(shape)
            if known and not numel % known:
                shape = list(shape)
                shape[shape.index(-1)] = numel // known
                return tuple(shape)
    shape = list(shape)
    infer = [i for i, d in enumerate(shape) if d == -1]
    if len(infer) > 1:
        raise RuntimeError("only one dimension can be inferred")
    for k, d in enumerate(shape):
        if d < -1:
            raise RuntimeError(f"invalid shape dimension {d} at index {k} of shape [{', '.join(map(str, shape))}]")
    known = math.prod(d for d in shape if d != -1)
    if infer:
        if known == 0 and numel == 0:  # any size fits the -1, so PyTorch refuses to guess
            raise RuntimeError(f"cannot reshape tensor of 0 elements into shape [{', '.join(map(str, shape))}] "
                               "because the unspecified dimension size -1 can be any value and is ambiguous")
        if known == 0 or numel % known:
            raise RuntimeError(f"shape '[{', '.join(str(d) for d in shape)}]' is invalid for input of size {numel}")
        shape[infer[0]] = numel // known
    elif known != numel:
        raise RuntimeError(f"shape '[{', '.join(str(d) for d in shape)}]' is invalid for input of size {numel}")
    return tuple(shape)


def _shape_keyword(name: str, keyword: str, positional: tuple, given: dict) -> tuple:
    """``x.reshape(shape=(4, 3))``: the shape PyTorch's parser also takes by its name."""
    if positional and keyword in given:
        raise TypeError(f"{name}() got multiple values for argument '{keyword}'")
    if keyword not in given:
        if positional:  # the list is there: what is left over is an unknown keyword
            raise TypeError(f"{name}() got an unexpected keyword argument '{next(iter(given))}'")
        raise TypeError(f'{name}() missing 1 required positional arguments: "{keyword}"')
    value = given[keyword]
    if keyword != "dtype" and not _int_sequence(value):  # by name, only a whole list of ints fits
        if name == "view":
            raise invalid_combination("view", (), given, _VIEW_OVERLOADS)
        raise TypeError(f"{name}(): argument '{keyword}' must be tuple of ints, not {_type_name(value)}")
    return (value,)


_VIEW_OVERLOADS = ("(torch.dtype dtype)", "(tuple of ints size)")


def _int_sequence(value) -> bool:
    return isinstance(value, (tuple, list, Size)) and _first_non_int(value) is None


def _first_non_int(items) -> int | None:
    """Where the parser's int list stops fitting: a non-int, or a bool in the first place."""
    return next((k for k, a in enumerate(items) if not _is_int(a) or (k == 0 and isinstance(a, bool))), None)


def view(input: Tensor, *shape, **given) -> Tensor:
    if not shape and not given:  # the parser lists both overloads for a bare x.view()
        raise _size_argument_error("view", (), (), False, 0)
    if given:  # view(size=...) or view(dtype=...)
        if not set(given) <= {"size", "dtype"}:
            raise invalid_combination("view", shape, given, _VIEW_OVERLOADS)
        shape = _shape_keyword("view", "dtype" if "dtype" in given else "size", shape, given)
    if len(shape) == 1 and isinstance(shape[0], dtypes.dtype):
        return _view_as_dtype(input, shape[0])
    target = _infer_shape(_shape_arg_allow_neg(shape), input.numel())
    if not input.is_contiguous() and not _viewable(input._data, target):
        raise RuntimeError("view size is not compatible with input tensor's size and stride (at least one "
                           "dimension spans across two contiguous subspaces). Use .reshape(...) instead.")
    data = input._data.reshape(target)
    return _view_op("view", input, data, {"shape": input.shape})


def _view_as_dtype(input: Tensor, dtype: dtypes.dtype) -> Tensor:
    """``x.view(dtype)``: the same bytes read as ``dtype``. With another element size the last dim
    must be contiguous and is scaled, checked in ATen's order and words."""
    old, new = input.dtype.itemsize, dtype.itemsize
    if old != new:
        what = f"to view {_scalar_type_name(input.dtype)} as {_scalar_type_name(dtype)} (different element sizes)"
        if input.ndim == 0:
            raise RuntimeError(f"self.dim() cannot be 0 {what}")
        strides, ratio = input.stride(), builtins.max(old, new) // builtins.min(old, new)
        if new > old and input.shape[-1] % ratio:
            raise RuntimeError(f"self.size(-1) must be divisible by {ratio} {what}, but got {input.shape[-1]}")
        if strides[-1] != 1:
            raise RuntimeError(f"self.stride(-1) must be 1 {what}, but got {strides[-1]}")
        if new > old:
            for d, st in enumerate(strides[:-1]):
                if st % ratio:
                    raise RuntimeError(f"self.stride({d}) must be divisible by {ratio} {what}, but got {st}")
            if input.storage_offset() % ratio:
                raise RuntimeError(f"self.storage_offset() must be divisible by {ratio} {what}, "
                                   f"but got {input.storage_offset()}")
    if (input.dtype in dtypes.FLOAT8 or dtype in dtypes.FLOAT8) and input.dtype is not dtype:
        return float8.view_as(input, dtype)
    if dtypes.bfloat16 in (input.dtype, dtype) and input.dtype is not dtype:
        # bfloat16 is held in float32 arrays: its bits are read out (a copy, not shared memory)
        data = input._data
        if input.dtype is dtypes.bfloat16:
            data = (np.ascontiguousarray(data).view(np.uint32) >> 16).astype(np.uint16)
        bits = np.ascontiguousarray(data).view(np.uint16)
        if dtype is dtypes.bfloat16:
            return make((bits.astype(np.uint32) << 16).view(np.float32).view(dtype.np), dtype)
        return make(bits.view(dtype.np), dtype)
    return make(input._data.view(dtype.np), dtype)


def _viewable(data: np.ndarray, shape: tuple) -> bool:
    try:
        v = data.view()
        v.shape = shape  # numpy refuses exactly when a copy would be needed
        return True
    except (AttributeError, ValueError):
        return False


def _shape_arg_allow_neg(args, name: str = "view") -> tuple:
    """The sizes given to view / reshape / expand (ints, or one tuple, list or Size of them), with
    PyTorch's argument-parser TypeErrors for anything else."""
    sequence = len(args) == 1 and isinstance(args[0], (tuple, list, Size))
    items = tuple(args[0]) if sequence else tuple(args)
    for a in items:
        if a.__class__ is not int:  # (a bool's class is bool)
            break
    else:
        return items  # plain ints, the usual call
    bad = _first_non_int(items)
    if bad is None:
        return tuple(int(a) for a in items)
    raise _size_argument_error(name, args, items, sequence, bad)


def _size_argument_error(name: str, args: tuple, items: tuple, sequence: bool, bad: int,
                         position: int = 1) -> TypeError:
    argname = {"reshape": "shape", "repeat": "repeats", "split_with_sizes": "split_sizes"}.get(name, "size")

    def kind(a) -> str:
        return "torch.Size" if isinstance(a, Size) else _type_name(a)

    if bad > 0:
        return TypeError(f"{name}(): argument '{argname}' failed to unpack the object at pos {bad + 1} with error "
                         f"\"type must be tuple of ints,but got {kind(items[bad])}\"")
    if name != "view":  # one overload: the parser's plain messages
        if len(args) > 1:
            return TypeError(f"{name}() takes 1 positional argument but {len(args)} were given")
        if sequence:
            return TypeError(f"{name}(): argument '{argname}' (position {position}) must be tuple of ints, but found "
                             f"element of type {kind(items[0])} at pos 0")
        return TypeError(f"{name}(): argument '{argname}' (position {position}) must be tuple of ints, "
                         f"not {kind(args[0])}")
    got = ", ".join(kind(a) for a in args)
    signatures = [" * (torch.dtype dtype)", " * (tuple of ints size)"]
    if len(args) == 1:  # one argument: the parser says why it matched neither overload
        shown = kind(args[0])
        if sequence:
            inner = ", ".join(kind(a) for a in items)
            shown = f"tuple of ({inner})" if isinstance(args[0], tuple) else f"list of [{inner}]"
        signatures = [f"{line}\n      didn't match because some of the arguments have invalid types: (!{shown}!)"
                      for line in signatures]
    return TypeError(f"view() received an invalid combination of arguments - got ({got}), but expected one of:\n"
                     + "".join(line + "\n" for line in signatures))


def reshape(input: Tensor, *shape, **given) -> Tensor:
    if given or not shape:  # by name, or missing (the empty list is given as ())
        shape = _shape_keyword("reshape", "shape", shape, given)
    target = _infer_shape(_shape_arg_allow_neg(shape, "reshape"), input.numel())
    if input.is_contiguous():
        return _view_op("view", input, input._data.reshape(target), {"shape": input.shape})
    if _viewable(input._data, target):  # a view of strided memory: PyTorch's _reshape_alias
        return _view_op("reshape_alias", input, input._data.reshape(target), {"shape": input.shape})
    copied = clone(input)
    out = make(copied._data.reshape(target), input.dtype)
    return record(_R["unsafe_view"], (copied,), out, {"shape": input.shape})


def view_as(input: Tensor, other: Tensor) -> Tensor:
    return view(input, other.shape)


def reshape_as(input: Tensor, other: Tensor) -> Tensor:
    return reshape(input, other.shape)


def flatten(input: Tensor, start_dim: int = 0, end_dim: int = -1) -> Tensor:
    if input.ndim == 0:
        return reshape(input, 1)
    s, e = norm_dim(start_dim, input.ndim), norm_dim(end_dim, input.ndim)
    if s > e:
        raise RuntimeError("flatten() has invalid args: start_dim cannot come after end_dim")
    if s == e:
        return input
    shape = input.shape[:s] + (math.prod(input.shape[s:e + 1]),) + input.shape[e + 1:]
    return reshape(input, shape)


def unflatten(input: Tensor, dim: int, sizes) -> Tensor:
    d = norm_dim(dim, input.ndim)
    sizes = [int(v) for v in sizes]
    if not sizes:
        raise RuntimeError("unflatten: sizes must be non-empty")
    _unflatten_sizes(sizes, input.shape[d], d)
    return reshape(input, tuple(input.shape[:d]) + tuple(sizes) + tuple(input.shape[d + 1:]))


def _unflatten_sizes(sizes: list, n: int, d: int) -> None:
    """PyTorch infers the sizes against the one dim; its errors keep view's wording under a heading,
    except a plain product mismatch, which unflatten words itself."""
    def unexpected(message: str) -> RuntimeError:
        return RuntimeError(f"unflatten got an unexpected error:\n{message}")
    shown = f"[{', '.join(str(v) for v in sizes)}]"
    if sizes.count(-1) > 1:
        raise unexpected("only one dimension can be inferred")
    for i, v in enumerate(sizes):
        if v < -1:
            raise unexpected(f"invalid shape dimension {v} at index {i} of shape {shown}")
    known = math.prod(v for v in sizes if v != -1)
    if -1 in sizes and known == 0:
        if n == 0:
            raise unexpected(f"cannot reshape tensor of 0 elements into shape {shown} because the unspecified "
                             "dimension size -1 can be any value and is ambiguous")
        mismatch = True
    else:
        mismatch = n % known != 0 if -1 in sizes else n != known
    if mismatch:
        raise RuntimeError(f"unflatten: Provided sizes {shown} don't multiply up to the size of dim {d} ({n}) "
                           "in the input tensor")


def t(input: Tensor) -> Tensor:
    data = input._data
    if data.ndim > 2:
        raise RuntimeError(f"t() expects a tensor with <= 2 dimensions, but self is {data.ndim}D")
    return _view_op("t", input, data.T)


def transpose(input: Tensor, dim0: int, dim1: int) -> Tensor:
    n = input.ndim
    d0, d1 = norm_dim(dim0, n), norm_dim(dim1, n)
    return _view_op("transpose", input, np.swapaxes(input._data, d0, d1) if n else input._data[...],
                    {"dim0": d0, "dim1": d1})


swapaxes = swapdims = transpose


def permute(input: Tensor, dims=None) -> Tensor:
    """``torch.permute(x, dims)``; the method also takes the dims one by one (``varargs_dims``)."""
    if dims is None:
        raise TypeError('permute() missing 1 required positional arguments: "dims"')
    if not isinstance(dims, (tuple, list, Size)):
        raise ArgumentTypeError("permute(): dims must be a tuple of ints")
    dims = tuple(dims)
    if len(dims) != input.ndim:
        raise RuntimeError("permute(sparse_coo): number of dimensions in the tensor input does not match "
                           "the length of the desired ordering of dimensions i.e. input.dim() = "
                           f"{input.ndim} is not equal to len(dims) = {len(dims)}")
    dims = tuple(norm_dim(d, input.ndim) for d in list_dims(dims))
    if len(set(dims)) != len(dims):
        raise RuntimeError("permute(): duplicate dims are not allowed.")
    return _view_op("permute", input, np.transpose(input._data, dims), {"dims": dims})


def inverse_permutation(dims) -> tuple:
    inv = [0] * len(dims)
    for i, d in enumerate(dims):
        inv[d] = i
    return tuple(inv)


def numpy_T(input: Tensor) -> Tensor:
    if input.ndim == 0:
        warn_once("Tensor.T is deprecated on 0-D tensors. This function is the identity in these "
                  "cases. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/"
                  "TensorShape.cpp:4321.)")
    elif input.ndim != 2:
        warn_once(
            "The use of `x.T` on tensors of dimension other than 2 to reverse their shape is deprecated "
            "and it will throw an error in a future release. Consider `x.mT` to transpose batches of "
            "matrices or `x.permute(*torch.arange(x.ndim - 1, -1, -1))` to reverse the dimensions of a "
            "tensor. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:4314.)")
    return permute(input, tuple(range(input.ndim - 1, -1, -1)))


# On a 0-D tensor these are the tensor itself, with a deprecation warning (ATen's line numbers);
# on real tensors the conjugating forms (mH, H, adjoint) are plain transposes.
_ZERO_DIM_NOTE = {"mT": ("Tensor.mT", "This function is the identity in these cases", 4373),
                  "mH": ("Tensor.mH", "Consider using x.conj()", 4382),
                  "adjoint": ("adjoint()", "Consider using x.conj()", 4390),
                  "H": ("Tensor.H", "Consider using x.conj()", 4335)}


def _zero_dim_identity(input: Tensor, name: str) -> Tensor:
    what, advice, line = _ZERO_DIM_NOTE[name]
    warn_once(f"{what} is deprecated on 0-D tensors. {advice}. (Triggered internally at "
              f"/__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:{line}.)")
    return input


def _matrix_transpose(input: Tensor, name: str) -> Tensor:
    if input.ndim == 0:
        return _zero_dim_identity(input, name)
    if input.ndim < 2:
        what = "tensor.adjoint()" if name == "adjoint" else f"tensor.{name}"
        raise RuntimeError(f"{what} is only supported on matrices or batches of matrices. Got {input.ndim}-D tensor.")
    return transpose(input, -2, -1)


def mT(input: Tensor) -> Tensor:
    return _matrix_transpose(input, "mT")


def mH(input: Tensor) -> Tensor:
    return _conjugated(_matrix_transpose(input, "mH"))


def adjoint(input: Tensor) -> Tensor:
    return _conjugated(_matrix_transpose(input, "adjoint"))


def _conjugated(t: Tensor) -> Tensor:
    return t.conj() if t.dtype.is_complex else t  # a real tensor's conjugate is itself


def matrix_H(input: Tensor) -> Tensor:
    """``Tensor.H``: 2-D only (0-D: itself, deprecated)."""
    if input.ndim == 0:
        return _zero_dim_identity(input, "H")
    if input.ndim != 2:
        hint = " For batches of matrices, consider using tensor.mH" if input.ndim > 2 else ""
        raise RuntimeError(f"tensor.H is only supported on matrices (2-D tensors). Got {input.ndim}-D tensor.{hint}")
    return _conjugated(transpose(input, -2, -1))


def squeeze(input: Tensor, dim=NO_DIM) -> Tensor:
    shape = input.shape
    if dim is NO_DIM:
        new = tuple(d for d in shape if d != 1)
        return _view_op("squeeze", input, input._data.reshape(new), {"shape": shape})
    if isinstance(dim, (tuple, list)):
        _norm_dims(dim, input.ndim)  # PyTorch's errors, a repeated dim's among them
        normal = [norm_dim(d, input.ndim) for d in list_dims(dim)]
        new = tuple(d for i, d in enumerate(shape) if not (i in normal and d == 1))
        return _view_op("squeeze_dims", input, input._data.reshape(new), {"shape": shape, "dim": tuple(normal)})
    d = norm_dim(dim, input.ndim)
    new = tuple(s for i, s in enumerate(shape) if not (i == d and s == 1))
    return _view_op("squeeze_dim", input, input._data.reshape(new), {"shape": shape, "dim": d})


def unsqueeze(input: Tensor, dim: int) -> Tensor:
    d = norm_dim(dim, input.ndim + 1)
    return _view_op("unsqueeze", input, np.expand_dims(input._data, d), {"dim": d})


def as_strided(input: Tensor, size, stride, storage_offset: int | None = None) -> Tensor:
    """A view of ``input``'s storage with any sizes and strides (windows may overlap)."""
    size, stride = tuple(size), tuple(stride)
    data = input._data
    root = storage._owner(data)
    own_offset = storage._offset(data)
    offset = own_offset if storage_offset is None else storage_offset
    needed = 1 + sum((n - 1) * st for n, st in zip(size, stride)) if all(size) else 0
    available = root.nbytes // data.itemsize
    if needed and offset + needed > available:
        raise RuntimeError(f"setStorage: sizes {list(size)}, strides {list(stride)}, storage offset {offset}, and "
                           f"itemsize {data.itemsize} requiring a storage size of {(offset + needed) * data.itemsize} "
                           f"are out of bounds for storage of size {available * data.itemsize}")
    view = np.ndarray(size, dtype=data.dtype, buffer=root, offset=offset * data.itemsize,
                      strides=tuple(st * data.itemsize for st in stride))
    if not root.flags.writeable:
        view.flags.writeable = False
    out = make(view, input.dtype)
    _make_view(out, input)
    if _State.enabled and input._requires_grad:
        VIEW_RULES.add("as_strided")
        in_strides = tuple(st // data.itemsize for st in data.strides)
        record(_R["as_strided"], (input,), out, {
            "geometry": (available, (tuple(input.shape), in_strides, own_offset), (size, stride, offset)),
            "size": tuple(size), "stride": tuple(stride), "storage_offset": offset})
    return out


def storage_positions(shape: tuple, strides: tuple, offset: int) -> np.ndarray:
    """The storage index of every element of a strided view, in the view's order."""
    positions = np.full(shape, offset, dtype=np.int64)
    for dim, (n, st) in enumerate(zip(shape, strides)):
        steps = np.arange(n, dtype=np.int64) * st
        positions = positions + steps.reshape((-1,) + (1,) * (len(shape) - dim - 1))
    return positions


def _reshape_in_place(input: Tensor, rule: str, data: np.ndarray, attrs: dict) -> Tensor:
    """An in-place view op (``unsqueeze_``, ``t_``, ...): the tensor itself takes the new shape,
    and its history gains the op's node (PyTorch's ``...Backward1`` family)."""
    if _State.enabled and input._requires_grad and input.grad_fn is None:
        raise RuntimeError("a leaf Variable that requires grad is being used in an in-place operation.")
    before = make(input._data, input.dtype)
    before.grad_fn, before._output_nr, before._requires_grad = input.grad_fn, input._output_nr, input._requires_grad
    before._accumulator = input._accumulator
    before._fw = input._fw
    input._data = data
    input._bump_version()  # a change of shape is a write for the version counter, as in PyTorch
    if _State.enabled and input._requires_grad or _State.dual_level or _State.vmap_randomness:
        holder = make(data, input.dtype)
        record(_R[rule], (before,), holder, attrs)
        if holder.grad_fn is not None:
            input.grad_fn, input._output_nr = holder.grad_fn, 0
        if holder._fw is not None:
            input._fw = holder._fw
    return input


def unsqueeze_(input: Tensor, dim: int) -> Tensor:
    d = norm_dim(dim, input.ndim + 1)
    return _reshape_in_place(input, "unsqueeze_", np.expand_dims(input._data, d), {"dim": d})


def squeeze_(input: Tensor, dim=NO_DIM) -> Tensor:
    shape = input.shape
    if dim is NO_DIM:
        data = input._data.reshape(tuple(n for n in shape if n != 1))
        return _reshape_in_place(input, "squeeze_", data, {"shape": shape})
    dims = _norm_dims(dim, input.ndim) if isinstance(dim, (tuple, list)) else (norm_dim(dim, input.ndim),)
    data = input._data.reshape(tuple(n for i, n in enumerate(shape) if not (i in dims and n == 1)))
    if isinstance(dim, (tuple, list)):  # its node shows the dims as given (SqueezeBackward5)
        return _reshape_in_place(input, "squeeze_dims_", data, {"shape": shape, "dim": tuple(dim)})
    return _reshape_in_place(input, "squeeze_dim_", data, {"shape": shape, "dim": dim})


def transpose_(input: Tensor, dim0: int, dim1: int) -> Tensor:
    d0, d1 = norm_dim(dim0, input.ndim), norm_dim(dim1, input.ndim)
    return _reshape_in_place(input, "transpose_", np.swapaxes(input._data, d0, d1), {"dim0": d0, "dim1": d1})


def t_(input: Tensor) -> Tensor:
    if _State.enabled and input._requires_grad and input.grad_fn is None:
        raise RuntimeError("a leaf Variable that requires grad is being used in an in-place operation.")
    if input.ndim > 2:
        raise RuntimeError(f"t_() expects a tensor with <= 2 dimensions, but self is {input.ndim}D")
    return _reshape_in_place(input, "t_", input._data.T, {})


def resize_(input: Tensor, *sizes) -> Tensor:
    """The tensor takes the new (contiguous) shape over its own memory; PyTorch grows the storage
    with uninitialised values when more elements are asked for, the engine with zeros."""
    shape = tuple(sizes[0]) if len(sizes) == 1 and isinstance(sizes[0], (tuple, list)) else tuple(sizes)
    if input._requires_grad:
        raise RuntimeError("cannot resize variables that require grad")
    if any(n < 0 for n in shape):
        raise RuntimeError(f"Trying to create tensor with negative dimension {min(shape)}: {list(shape)}")
    count = int(np.prod(shape, dtype=np.int64))
    input._bump_version()
    if count <= input._data.size and input._data.flags.c_contiguous:
        input._data = input._data.reshape(-1)[:count].reshape(shape)
    else:
        memory = storage._owner(input._data)
        if count > memory.size - storage._offset(input._data) and not storage._resizable(memory):
            raise RuntimeError("Trying to resize storage that is not resizable")
        grown = np.zeros(count, input.dtype.np)
        kept = min(count, input._data.size)
        grown[:kept] = input._data.reshape(-1)[:kept]
        input._data = grown.reshape(shape)
    return input


def resize_as_(input: Tensor, other: Tensor) -> Tensor:
    return resize_(input, other.shape)


def unsqueeze_dims(g: Tensor, dims, keepdim: bool, shape=None) -> Tensor:
    """Put back the reduced dims of a gradient (keepdim=False reductions) as size-1 dims."""
    if keepdim or dims is None:
        return g
    for d in sorted(dims):
        g = g.unsqueeze(d)
    return g


def expand(input: Tensor, *sizes, implicit: bool = False, **given) -> Tensor:
    if given or not sizes:
        sizes = _shape_keyword("expand", "size", sizes, given)
    sizes = _shape_arg_allow_neg(sizes, "expand")
    if len(sizes) < input.ndim:
        kind = dtypes.type_string(input.dtype)
        raise RuntimeError(f"expand({kind}{{[{', '.join(str(d) for d in input.shape)}]}}, "
                           f"size=[{', '.join(str(d) for d in sizes)}]): the number of sizes provided "
                           f"({len(sizes)}) must be greater or equal to the number of dimensions in the "
                           f"tensor ({input.ndim})")
    lead = len(sizes) - input.ndim
    target = list(sizes)
    for i in reversed(range(len(sizes))):  # PyTorch checks from the last dim
        s = sizes[i]
        if i < lead:
            if s == -1:
                raise RuntimeError(f"The expanded size of the tensor (-1) isn't allowed in a leading, "
                                   f"non-existing dimension {i}")
            continue
        cur = input.shape[i - lead]
        if s == -1:
            s = target[i] = cur
        if cur != s and cur != 1:
            raise RuntimeError(
                f"The expanded size of the tensor ({s}) must match the existing size ({cur}) at "
                f"non-singleton dimension {i}.  Target sizes: [{', '.join(str(d) for d in sizes)}].  "
                f"Tensor sizes: [{', '.join(str(d) for d in input.shape)}]")
    data = expanded_view(input._data, tuple(target))
    return _view_op("expand", input, data, {"shape": input.shape})


def expand_as(input: Tensor, other: Tensor) -> Tensor:
    return expand(input, other.shape)


def broadcast_to(input: Tensor, shape) -> Tensor:
    return expand(input, shape)


def contiguous(input: Tensor, memory_format=None) -> Tensor:
    fmt = memory_formats.check(memory_format, "contiguous") or memory_formats.contiguous_format
    if input.is_contiguous(memory_format=fmt):
        return input
    if fmt is memory_formats.preserve_format:
        raise RuntimeError("preserve memory format is unsupported by the contiguous operator")
    return _copy(input, memory_formats.laid_out(input._data, fmt))


def clone(input: Tensor, *, memory_format=None) -> Tensor:
    """A copy laid out as the input (preserve_format): a transposed tensor's clone is transposed."""
    fmt = memory_formats.check(memory_format, "clone")
    if fmt not in (None, memory_formats.preserve_format):
        return _copy(input, memory_formats.laid_out(input._data, fmt))
    strides = preserved_strides(input)
    if strides is None:
        return _copy(input, np.array(input._data, order="C", copy=True))
    data = with_strides(np.empty(input._data.size, input._data.dtype), input._data.shape, strides)
    data[...] = input._data
    return _copy(input, data)


def _copy(input: Tensor, data: np.ndarray) -> Tensor:
    out = make(data, input.dtype)
    return record(_R["clone"], (input,), out) if _State.enabled or _State.dual_level or _State.vmap_randomness else out


def _tensor_list(tensors, name: str) -> list:
    """PyTorch's argument checks for a sequence of tensors (``torch.cat(a, b)`` is a classic slip)."""
    if isinstance(tensors, Tensor):
        raise TypeError(f"{name}(): argument 'tensors' (position 1) must be tuple of Tensors, not Tensor")
    tensors = list(tensors)
    for k, x in enumerate(tensors):
        if not isinstance(x, Tensor):
            raise TypeError(f"expected Tensor as element {k} in argument 0, but got {_type_name(x)}")
    return tensors


def _int_dim(dim, name: str) -> None:
    if isinstance(dim, float):
        raise TypeError(f"{name}(): argument 'dim' must be int, not float")


def cat(tensors, dim: int = 0) -> Tensor:
    tensors = _tensor_list(tensors, "cat")
    _int_dim(dim, "cat")
    if not tensors:
        raise ValueError("torch.cat(): expected a non-empty list of Tensors")
    for k, x in enumerate(tensors):
        if x.ndim == 0:
            raise RuntimeError(f"zero-dimensional tensor (at position {k}) cannot be concatenated")
    live = [x for x in tensors if not (x.ndim == 1 and x.shape[0] == 0)] or tensors
    ref = live[0]
    d = norm_dim(dim, ref.ndim)
    for x in live:
        if x.ndim != ref.ndim:
            raise RuntimeError(f"Tensors must have same number of dimensions: got {ref.ndim} and {x.ndim}")
        for i in range(ref.ndim):
            if i != d and x.shape[i] != ref.shape[i]:
                number = next(j for j, y in enumerate(tensors) if y is x)
                raise RuntimeError(f"Sizes of tensors must match except in dimension {d}. Expected size "
                                   f"{ref.shape[i]} but got size {x.shape[i]} for tensor number {number} in the list.")
    dtype = tensors[0].dtype
    for x in tensors[1:]:  # the skipped empty 1-d tensors still take part in the type promotion
        dtype = dtypes.promote_types(dtype, x.dtype)
    data = np.concatenate([x._data.astype(dtype.np, copy=False) for x in live], axis=d)
    # a skipped empty tensor is still an input of the node (its gradient: an empty tensor)
    sizes = [x.shape[d] if any(x is y for y in live) else None for x in tensors]
    return record(_multi_rule("cat", "CatBackward0", len(tensors), _cat_formula),
                  tuple(tensors), make(data, dtype), {"dim": d, "sizes": sizes})


concat = concatenate = cat


def stack(tensors, dim: int = 0) -> Tensor:
    tensors = _tensor_list(tensors, "stack")
    _int_dim(dim, "stack")
    if not tensors:
        raise RuntimeError("stack expects a non-empty TensorList")
    for k, x in enumerate(tensors):
        if x.shape != tensors[0].shape:
            raise RuntimeError(f"stack expects each tensor to be equal size, but got "
                               f"[{', '.join(str(s) for s in tensors[0].shape)}] at entry 0 and "
                               f"[{', '.join(str(s) for s in x.shape)}] at entry {k}")
    d = norm_dim(dim, tensors[0].ndim + 1)
    dtype = tensors[0].dtype
    for x in tensors[1:]:
        dtype = dtypes.promote_types(dtype, x.dtype)
    data = np.stack([x._data.astype(dtype.np, copy=False) for x in tensors], axis=d)
    return record(_multi_rule("stack", "StackBackward0", len(tensors), _stack_formula),
                  tuple(tensors), make(data, dtype), {"dim": d})




def _atleast(args, fn):
    """atleast_Nd(x) -> a tensor; atleast_Nd(x, y) and atleast_Nd([x, y]) -> a tuple."""
    if len(args) == 1 and isinstance(args[0], Tensor):
        return fn(args[0])
    items = args[0] if len(args) == 1 else args
    return tuple(fn(x) for x in items)


def _at_least_1d(x: Tensor) -> Tensor:
    return x.reshape(1) if x.ndim == 0 else x


def _at_least_2d(x: Tensor) -> Tensor:
    return x.reshape(1, 1) if x.ndim == 0 else x.unsqueeze(0) if x.ndim == 1 else x


def _at_least_3d(x: Tensor) -> Tensor:
    if x.ndim == 0:
        return x.reshape(1, 1, 1)
    if x.ndim == 1:
        return x.unsqueeze(0).unsqueeze(-1)
    return x.unsqueeze(-1) if x.ndim == 2 else x


def atleast_1d(*tensors) -> Tensor | tuple:
    return _atleast(tensors, _at_least_1d)


def atleast_2d(*tensors) -> Tensor | tuple:
    return _atleast(tensors, _at_least_2d)


def atleast_3d(*tensors) -> Tensor | tuple:
    return _atleast(tensors, _at_least_3d)


def hstack(tensors) -> Tensor:
    tensors = _tensor_list(tensors, "hstack")
    tensors = [_at_least_1d(x) for x in tensors]
    return cat(tensors, 1 if tensors and tensors[0].ndim > 1 else 0)


def vstack(tensors) -> Tensor:
    tensors = _tensor_list(tensors, "vstack")
    return cat([_at_least_2d(x) for x in tensors], 0)


def dstack(tensors) -> Tensor:
    tensors = _tensor_list(tensors, "dstack")
    return cat([_at_least_3d(x) for x in tensors], 2)


def column_stack(tensors) -> Tensor:
    tensors = _tensor_list(tensors, "column_stack")
    return hstack([x.reshape(x.numel(), 1) if x.ndim <= 1 else x for x in tensors])


def ravel(input: Tensor) -> Tensor:
    return contiguous(input).view(-1)


def movedim(input: Tensor, source, destination) -> Tensor:
    sequences = isinstance(source, (tuple, list)), isinstance(destination, (tuple, list))
    if sequences[0] != sequences[1]:  # two ints or two sequences: PyTorch's two overloads
        raise ArgumentTypeError("movedim(): source and destination must be both ints or both sequences")
    src = list(source) if sequences[0] else [source]
    dst = list(destination) if sequences[1] else [destination]
    if len(src) != len(dst):
        raise RuntimeError(f"movedim: Invalid source or destination dims: source ({src} dims) should contain the "
                           f"same number of dims as destination ({dst} dims)")
    n = input.ndim
    src = [norm_dim(d, builtins.max(n, 1)) for d in list_dims(src)]
    dst = [norm_dim(d, builtins.max(n, 1)) for d in list_dims(dst)]
    if n == 0:
        return permute(input, ())
    order = [-1] * n
    for s_, d_ in zip(src, dst):
        order[d_] = s_
    rest = iter(d for d in range(n) if d not in src)
    order = [next(rest) if o == -1 else o for o in order]
    return permute(input, order)


moveaxis = movedim

_multi_rules: dict = {}


def _multi_rule(name, node, n, formula_for):
    """cat and stack take any number of inputs: one table entry per arity, made on demand."""
    key = (name, n)
    rule = _multi_rules.get(key)
    if rule is None:
        rule = _multi_rules[key] = Rule(name, node, None, [formula_for(k) for k in range(n)], tuple(range(n)))
    return rule


def _cat_formula(k):
    def formula(grad, dim, sizes):
        if sizes[k] is None:  # an empty 1-d input cat skipped
            return grad.new_zeros((0,))
        start = builtins.sum(n for n in sizes[:k] if n is not None)
        return grad.narrow(dim, start, sizes[k])
    return formula


def _stack_formula(k):
    def formula(grad, dim):
        return grad.select(dim, k)
    return formula


def unbind(input: Tensor, dim: int = 0) -> tuple:
    d = dim_of_nonscalar(dim, input.ndim)
    n = input.shape[d]
    outs = []
    node = None
    for i in range(n):
        data = input._data[(slice(None),) * d + (i, ...)]  # a view, as PyTorch's unbind gives
        out = make(data, input.dtype)
        _make_view(out, input, multi_output=True)
        outs.append(out)
    if (_State.enabled and input._requires_grad or _State.dual_level or _State.vmap_randomness) and outs:
        record(_R["unbind"], (input,), outs[0], {"shape": input.shape, "dim": d}, num_outputs=n)
        node = outs[0].grad_fn
        for i, out in enumerate(outs[1:] if node is not None else (), 1):
            out.grad_fn, out._output_nr, out._requires_grad = node, i, True
        _split_tangent(input, outs, lambda tangent: unbind(tangent, d))
    return tuple(outs)


def _split_tangent(input: Tensor, outs: list, split_fn) -> None:
    """Forward AD through an op of several outputs: each output's tangent is that piece of the input's."""
    tangent = input._tangent()
    if tangent is not None:
        for out, piece in zip(outs, split_fn(tangent)):
            out._fw = (_State.dual_level, piece)


def stack_grads(grads, shape, dim) -> Tensor:
    parts = [g if g is not None else zeros(tuple(s for i, s in enumerate(shape) if i != dim), dtype=_first(grads).dtype)
             for g in grads]
    return stack(parts, dim)


def cat_grads(grads, shape, dim, sizes) -> Tensor:
    ref = _first(grads)
    parts = []
    for g, n in zip(grads, sizes):
        if g is None:
            s = list(shape)
            s[dim] = n
            g = zeros(tuple(s), dtype=ref.dtype)
        parts.append(g)
    return cat(parts, dim)


def _first(grads):
    return next(g for g in grads if g is not None)


def split(input: Tensor, split_size_or_sections, dim: int = 0) -> tuple:
    return _split(input, split_size_or_sections, dim)


def _split(input: Tensor, split_size_or_sections, dim: int = 0, unsafe: bool = False) -> tuple:
    """``unsafe``: the parts share the input's memory without being marked as its views (no
    version check on them), and the node is PyTorch's ``UnsafeSplit...Backward0``."""
    if isinstance(split_size_or_sections, Tensor) and split_size_or_sections.numel() == 1:
        split_size_or_sections = int(split_size_or_sections.item())  # as Tensor.split's int() does
    d = norm_dim(dim, input.ndim)
    n = input.shape[d]
    if isinstance(split_size_or_sections, int):
        step = split_size_or_sections
        if step < 0:
            raise RuntimeError(f"split expects split_size be non-negative, but got split_size={step}")
        if step == 0 and n:
            raise RuntimeError(f"split_size can only be 0 if dimension size is 0, but got dimension size of {n}")
        sizes = [builtins.min(step, n - i) for i in range(0, n, step)] if step else [0]
    else:
        sizes = list(split_size_or_sections)
        bad = _first_non_int(sizes)
        if bad is not None:
            raise _size_argument_error("split_with_sizes", (split_size_or_sections,), tuple(sizes), True, bad, 2)
        if builtins.sum(sizes) != n:
            raise RuntimeError(f"split_with_sizes expects split_sizes to sum exactly to {n} (input tensor's "
                               f"size at dimension {d}), but got split_sizes={sizes}")
    outs = []
    start = 0
    for size in sizes:
        key = (slice(None),) * d + (slice(start, start + size),)
        out = make(input._data[key], input.dtype)
        if not unsafe:
            _make_view(out, input, multi_output=True)
        outs.append(out)
        start += size
    if _State.enabled and input._requires_grad or _State.dual_level or _State.vmap_randomness:
        name = ("Unsafe" if unsafe else "") + ("SplitBackward0" if isinstance(split_size_or_sections, int)
                                               else "SplitWithSizesBackward0")
        rule = _split_rules.get(name) or _split_rules.setdefault(
            name, Rule("split", name, None, (_R["split"].formulas[0].fn,), (0,)))
        shown = ({"split_size": split_size_or_sections} if isinstance(split_size_or_sections, int)
                 else {"split_sizes": tuple(sizes)})
        record(rule, (input,), outs[0], {"shape": input.shape, "dim": d, "sizes": sizes, **shown},
               num_outputs=len(outs))
        for i, out in enumerate(outs[1:] if outs[0].grad_fn is not None else (), 1):
            out.grad_fn, out._output_nr, out._requires_grad = outs[0].grad_fn, i, True
        _split_tangent(input, outs, lambda tangent: _split(tangent, split_size_or_sections, d, unsafe))
    return tuple(outs)


def split_with_sizes(input: Tensor, split_sizes, dim: int = 0) -> tuple:
    return _split(input, list(split_sizes), dim)


def unsafe_split(input: Tensor, split_size: int, dim: int = 0) -> tuple:
    return _split(input, split_size, dim, unsafe=True)


def unsafe_split_with_sizes(input: Tensor, split_sizes, dim: int = 0) -> tuple:
    return _split(input, list(split_sizes), dim, unsafe=True)


_split_rules: dict = {}


def chunk(input: Tensor, chunks: int, dim: int = 0) -> tuple:
    return _chunk(input, chunks, dim)


def unsafe_chunk(input: Tensor, chunks: int, dim: int = 0) -> tuple:
    return _chunk(input, chunks, dim, unsafe=True)


def _chunk(input: Tensor, chunks: int, dim: int = 0, unsafe: bool = False) -> tuple:
    if input.ndim == 0:
        raise RuntimeError("chunk expects at least a 1-dimensional tensor")
    if chunks <= 0:
        raise RuntimeError(f"chunk expects `chunks` to be greater than 0, got: {chunks}")
    n = input.shape[norm_dim(dim, input.ndim)]
    if n == 0:  # an empty dim still gives the chunks asked for, each empty
        return _split(input, [0] * chunks, dim, unsafe)
    return _split(input, -(-n // chunks), dim, unsafe)


def repeat(input: Tensor, *sizes, **given) -> Tensor:
    if given or not sizes:
        sizes = _shape_keyword("repeat", "repeats", sizes, given)
    repeats = _shape_arg_allow_neg(sizes, "repeat")  # the parser's TypeErrors for sizes that are not ints
    if len(repeats) < input.ndim:
        raise RuntimeError("Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor")
    if any(r < 0 for r in repeats):  # PyTorch names the result's size
        shape = (1,) * (len(repeats) - input.ndim) + tuple(input.shape)
        result = [s * r for s, r in zip(shape, repeats)]
        first = next((n for n in result if n < 0), None)
        if first is not None:
            raise RuntimeError(f"Trying to create tensor with negative dimension {first}: {result}")
    sizes = _shape_arg(sizes)
    x = input._data.reshape((1,) * (len(sizes) - input.ndim) + tuple(input.shape))
    return record(_R["repeat"], (input,), make(np.tile(x, sizes), input.dtype),
                  {"shape": input.shape, "repeats": sizes})


def repeat_backward(grad: Tensor, shape, repeats) -> Tensor:
    """Each copy's gradient added up: the repeats interleaved with the sizes, then summed away."""
    padded = (1,) * (len(repeats) - len(shape)) + tuple(shape)
    interleaved = tuple(v for r, s in zip(repeats, padded) for v in (r, s))
    summed = grad.reshape(interleaved).sum(tuple(range(0, 2 * len(repeats), 2))) if repeats else grad
    return summed.reshape(tuple(shape))


def _triangle(name: str, np_fn, input: Tensor, diagonal: int) -> Tensor:
    if input.ndim < 2:
        raise RuntimeError(f"{name}: input tensor must have at least 2 dimensions")
    return record(_R[name], (input,), make(np_fn(input._data, diagonal), input.dtype), {"diagonal": diagonal})


def tril(input: Tensor, diagonal: int = 0) -> Tensor:
    return _triangle("tril", np.tril, input, diagonal)


def triu(input: Tensor, diagonal: int = 0) -> Tensor:
    return _triangle("triu", np.triu, input, diagonal)

"""Indexing: ``select``, slices, ``t[key]``, ``t[key] = v``, ``gather``, ``index_select``, ``narrow``, ``flip``."""
from __future__ import annotations

import builtins
import numbers
import warnings

from typing import Any

import numpy as np

from autograd_tui.engine import _tensor, _vmap_levels, dtypes
from autograd_tui.engine._tensor import (
    ArgumentTypeError, Tensor, _c_type, _user_stacklevel, given_as, make, norm_dim, real_fill_value, warn_once,
)
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.record import Rule, record, record_backward_op, record_not_implemented, sum_to
from autograd_tui.engine.functions._common import (
    _R, _broadcast_error, _norm_dims, _scalar_type_name, invalid_combination, shapes_broadcast_error,
)
from autograd_tui.engine.functions.index_layout import index_result_layout
from autograd_tui.engine.functions._index_checks import saved_index_versions, saved_key, unchanged_key
from autograd_tui.engine.functions.creation import full_like, ones_like, zeros, zeros_like
from autograd_tui.engine.functions.inplace import (
    _check_no_internal_overlap, _inplace, has_internal_overlap, warn_expanded,
)
from autograd_tui.engine.functions.shapes import _view_op, storage_positions, unsqueeze

# Indexing
# ============================================================================================
def select(input: Tensor, dim: int, index: int, _report_dim: int | None = None) -> Tensor:
    # x[i] (getitem, which passes _report_dim) and x.select(d, i) word their errors differently
    shape = input._data.shape
    if not shape:
        if _report_dim is None:
            raise IndexError("select() cannot be applied to a 0-dim tensor.")
        raise IndexError("invalid index of a 0-dim tensor. Use `tensor.item()` in Python or "
                         "`tensor.item<T>()` in C++ to convert a 0-dim tensor to a number")
    d = norm_dim(dim, len(shape))
    size = shape[d]
    if not -size <= index < size:
        if _report_dim is None:
            raise IndexError(f"select(): index {index} out of range for tensor of size {list(shape)} "
                             f"at dimension {d}")
        raise IndexError(f"index {index} is out of bounds for dimension {_report_dim} with size {size}")
    i = given_as(index + size, index) if index < 0 else index
    data = input._data[(slice(None),) * d + (int(i), Ellipsis)]
    # the node's values are made only when _view_op records one (its own test)
    attrs = {"shape": input.shape, "dim": d, "index": i} if (
        _State.enabled and input._requires_grad or _State.dual_level or _State.vmap_randomness) else None
    return _view_op("select", input, data, attrs)


def slice_op(input: Tensor, dim: int, key: slice) -> Tensor:
    step = 1 if key.step is None else key.step
    if step == 0:
        raise ValueError("slice step cannot be zero")
    if step < 0:
        raise ValueError("step must be greater than zero")
    size = input.shape[dim]
    # the node shows the bounds as given (an open end as INT64_MAX)
    attrs = {"shape": input.shape, "dim": dim, "key": key, "start": _bound(key.start, 0),
             "end": _bound(key.stop, 2 ** 63 - 1), "step": step}
    start, stop, _ = slice(key.start, key.stop, step).indices(size)
    stop = builtins.max(stop, start)
    key = attrs["key"] = slice(start, stop, step)
    data = input._data[(slice(None),) * dim + (key,)]
    return _view_op("slice", input, data, attrs)


def _bound(value, default: int) -> int:
    if value is None:
        return default
    value = int(value)
    return value + 2 ** 64 if value < 0 else value


def embed(g: Tensor, shape, key, rule: str | None = None) -> Tensor:
    """Zeros of ``shape`` with ``g`` written at ``key`` (the gradient of select/slice); with
    ``rule`` (``select_backward``, ``slice_backward``) recorded as that backward op's one node."""
    if rule is not None and _State.enabled and not _State.dual_level:
        return record_backward_op(rule, (g,), {"key": key}, lambda: embed(g, shape, key))
    out = zeros(shape, dtype=g.dtype)
    return index_put(out, key, g)


def getitem(input: Tensor, key) -> Tensor:
    if key.__class__ is int and input._data.ndim:  # x[i]: what the general path below does for it
        return select(input, 0, key, 0)
    # ATen skips a slice that keeps a whole dim, except for a lone slice (x[:2]), which its
    # Python binding slices with that optimisation turned off
    skip_whole_slices = isinstance(key, tuple)
    original_key = key
    if not isinstance(key, tuple):
        key = (key,)
    key = _byte_masks_as_bool(key, warn=True)
    # A 0-d integer tensor indexes like an int (PyTorch treats it as a select; a batched one
    # inside vmap, as the index of each sample).
    key = tuple(_vmap_levels.index_value(k) if isinstance(k, Tensor) and k.ndim == 0 and not k.dtype.is_floating_point
                and not k.dtype.is_complex and k.dtype is not dtypes.bool_ and k.dtype is not dtypes.uint8
                else k for k in key)
    consumed = builtins.sum(_dims_consumed(k) for k in key)
    if consumed > input.ndim:
        # a 0-dim tensor's binding words a lone int or slice on its own; a tuple, list or
        # tensor key reaches the general "too many indices"
        lone_key = not isinstance(original_key, (tuple, list, Tensor, np.ndarray))
        if input.ndim == 0 and lone_key and isinstance(key[0], slice):
            raise IndexError("slice() cannot be applied to a 0-dim tensor.")
        if input.ndim == 0 and lone_key:
            raise IndexError("invalid index of a 0-dim tensor. Use `tensor.item()` in Python or "
                             "`tensor.item<T>()` in C++ to convert a 0-dim tensor to a number")
        raise IndexError(f"too many indices for tensor of dimension {input.ndim}")
    result, dim, touched = input, 0, False
    # PyTorch's errors name an int key by its place in the key, an index tensor's by the dims the
    # index tensors before it cover
    advanced = []
    covered = 0
    out_of_bounds = None
    for position, k in enumerate(key):
        if k is None:
            result = unsqueeze(result, dim)
            dim += 1
            touched = True
        elif k is Ellipsis:
            dim += input.ndim - consumed
        elif isinstance(k, bool):
            result = unsqueeze(result, dim)
            if not k:
                result = slice_op(result, dim, slice(0, 0, 1))
            dim += 1
            touched = True
        elif isinstance(k, (int, np.integer)):
            if dim >= result.ndim:  # past the last dim (a second "..." skipped more dims)
                _select_past_the_sizes(result, dim, int(k), position)
            result = select(result, dim, int(k), position)
            touched = True
        elif isinstance(k, slice):
            part = slice(*(_slice_int(v) for v in (k.start, k.stop, k.step)))
            if dim >= result.ndim:  # a whole slice there is skipped, any other slices a dim out of range
                if part != slice(None) or not skip_whole_slices:
                    _tensor.norm_dim(dim, result.ndim)
                dim += 1
                continue
            if not (skip_whole_slices and _keeps_the_whole_dim(part, result.shape[dim])):
                result = slice_op(result, dim, part)
                touched = True
            dim += 1
        elif k.__class__ is float:
            raise IndexError("only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are "
                             "valid indices (got float)")
        else:
            arr = k._data if isinstance(k, Tensor) else np.asarray(k)
            if arr.dtype.kind in "fc" or (arr.dtype == object):
                raise IndexError("tensors used as indices must be long, int, byte or bool tensors")
            if dim >= result.ndim and arr.dtype != np.bool_:
                raise IndexError(f"too many indices for tensor of dimension {result.ndim} (got {dim + 1})")
            if arr.dtype.kind in "iu" and arr.size:
                size = result.shape[dim]
                bad = arr[(arr >= size) | (arr < -size)]
                if bad.size and out_of_bounds is None:  # raised once the index shapes are known to broadcast
                    out_of_bounds = IndexError(f"index {int(bad.reshape(-1)[0])} is out of bounds for dimension "
                                               f"{covered} with size {size}")
            if arr.dtype == np.bool_:
                _vmap_levels.refuse_mask_index(k)
            advanced.append((dim, arr, k))
            dim += arr.ndim if arr.dtype == np.bool_ else 1
            covered += arr.ndim if arr.dtype == np.bool_ else 1
            touched = True
    if advanced:
        _check_masks(advanced, result.shape)
        _check_index_shapes(advanced)
        if out_of_bounds is not None:
            raise out_of_bounds
        np_key: list = [slice(None)] * (advanced[-1][0] + 1)
        given: list = [None] * len(np_key)
        for d, arr, k in advanced:
            np_key[d] = arr
            given[d] = k if isinstance(k, Tensor) else make(np.asarray(arr), _index_dtype(arr))
        # A bool mask spanning several dims is one key entry covering them.
        compact, indices, skip = [], [], 0
        for k, shown in zip(np_key, given):
            if skip:
                skip -= 1
                continue
            compact.append(k)
            indices.append(shown)
            if isinstance(k, np.ndarray) and k.dtype == np.bool_ and k.ndim > 1:
                skip = k.ndim - 1
        return index(result, tuple(compact), indices=tuple(indices))
    if not touched:
        return _view_op("alias", input, input._data[...])
    return result


_UINT8_INDEX_WARNING = ("indexing with dtype torch.uint8 is now deprecated, please use a dtype torch.bool instead. "
                        "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/IndexingUtils.h:37.)")


def _select_past_the_sizes(result: Tensor, dim: int, index: int, position: int) -> None:
    """An int key at a dim the tensor lacks: ATen's bounds check reads the size there past the
    last one, from its five inline size slots (zero when unused) then its five strides; a read
    further on is taken to pass, and select then finds the dim out of range."""
    strides = result.stride()
    size = 0 if dim < 5 else strides[dim - 5] if dim - 5 < result.ndim else 0 if dim < 10 else None
    if result.ndim > 5 or size is None or (size > index and size > -1 - index):
        _tensor.norm_dim(dim, result.ndim)
    raise IndexError(f"index {index} is out of bounds for dimension {position} with size {size}")


def _byte_masks_as_bool(key: tuple, warn: bool) -> tuple:
    """PyTorch reads a uint8 index tensor (or array) as a bool mask, with a deprecation warning,
    and refuses index tensors of integer types other than int32 and int64 (a NumPy array of
    any integer type is read as int64)."""
    out = []
    for k in key:
        if isinstance(k, Tensor) and k.ndim == 0 and k.dtype is dtypes.uint8:
            out.append(make(k._data.astype(np.bool_), dtypes.bool_))  # a 0-d one acts as a bool, unwarned
            continue
        if isinstance(k, Tensor) and k.ndim:
            if k.dtype is dtypes.uint8:
                k = make(k._data.astype(np.bool_), dtypes.bool_)
            elif k.dtype not in (dtypes.int64, dtypes.int32, dtypes.bool_) and not (
                    k.dtype.is_floating_point or k.dtype.is_complex):  # floats have a message of their own below
                raise IndexError("tensors used as indices must be long, int, byte or bool tensors")
            else:
                out.append(k)
                continue
        elif isinstance(k, np.ndarray) and k.ndim and k.dtype == np.uint8:
            k = k.astype(np.bool_)
        else:
            out.append(k)
            continue
        if warn:
            warnings.warn(_UINT8_INDEX_WARNING, UserWarning, stacklevel=_user_stacklevel())
        out.append(k)
    return tuple(out)


def _keeps_the_whole_dim(part: slice, size: int) -> bool:
    """A slice of step 1 from 0 to the end (after clamping): ATen's indexing returns the tensor
    itself for it, so ``x[1, :]`` is one SelectBackward0 and ``x[:, :]`` an alias (``x[:]``
    stays a SliceBackward0). ATen looks at the bounds as written: ``x[:, -4:]`` is a slice."""
    if part.step is not None and part.step != 1:
        return False  # (a step <= 0 is refused by slice_op)
    start, stop = _slice_int(part.start), _slice_int(part.stop)
    return (start is None or start == 0) and (stop is None or stop >= size)


def _slice_int(v):
    if isinstance(v, Tensor):
        return int(v.item())
    return v


def _check_masks(advanced: list, shape: tuple[int, ...]) -> None:
    """PyTorch applies the integer and slice indices first, then checks each bool mask against
    the dims it covers of what is left, naming the first dim that differs."""
    for dim, arr, _ in advanced:
        if arr.dtype != np.bool_ or not arr.ndim:
            continue
        for j, size in enumerate(arr.shape):
            if dim + j >= len(shape) or shape[dim + j] != size:
                raise IndexError(f"The shape of the mask [{', '.join(map(str, arr.shape))}] at index {j} "
                                 f"does not match the shape of the indexed tensor "
                                 f"[{', '.join(map(str, shape))}] at index {dim + j}")


def _check_index_shapes(advanced: list) -> None:
    """The index tensors must broadcast together; a bool mask counts as one index per dim it
    covers (its nonzero positions), as PyTorch expands it before checking."""
    if len(advanced) == 1 and advanced[0][1].dtype != np.bool_:
        return  # one index tensor broadcasts with itself (the common x[idx]: skip the numpy call)
    shapes: list[tuple[int, ...]] = []
    for _, arr, _ in advanced:
        if arr.dtype == np.bool_:
            shapes += [(int(arr.sum()),)] * builtins.max(arr.ndim, 1)
        else:
            shapes.append(arr.shape)
    try:
        np.broadcast_shapes(*shapes)
    except ValueError:
        shown = ", ".join("[" + ", ".join(map(str, s)) + "]" for s in shapes)
        raise IndexError("shape mismatch: indexing tensors could not be broadcast together with shapes "
                         + shown) from None


_SEQUENCE_KEY_WARNING = (
    "Using a non-tuple sequence for multidimensional indexing is deprecated and will be changed in pytorch 2.9; "
    "use x[tuple(seq)] instead of x[seq]. In pytorch 2.9 this will be interpreted as tensor index, "
    "x[torch.tensor(seq)], which will result either in an error or a different result (Triggered internally at "
    "/__w/pytorch/pytorch/torch/csrc/autograd/python_variable_indexing.cpp:{line}.)"
)


def sequence_key_as_tuple(key: Any) -> Any:
    """``x[[[0, 2]]]``, ``x[[0, None]]``: PyTorch's binding still reads a short list that holds a
    sequence, tensor, slice, None or Ellipsis as a tuple of indices (NumPy's old rule), with a
    deprecation warning; a list of plain ints stays one index tensor."""
    if key.__class__ is not list or len(key) >= 32:
        return key
    for k in key:
        if isinstance(k, (Tensor, slice, list, tuple, range, str, np.ndarray)):
            line = 349
        elif k is None or k is Ellipsis:
            line = 359
        else:
            continue
        warnings.warn(_SEQUENCE_KEY_WARNING.format(line=line), UserWarning, stacklevel=_user_stacklevel())
        return tuple(key)
    return key


def _dims_consumed(k) -> int:
    if k is None or k is Ellipsis or isinstance(k, bool):
        return 0
    if isinstance(k, Tensor) and k.dtype in (dtypes.bool_, dtypes.uint8):
        return builtins.max(k.ndim, 1) if k.ndim else 0
    if isinstance(k, np.ndarray) and (k.dtype == np.bool_ or k.dtype == np.uint8 and k.ndim):
        return k.ndim
    return 1


def index(input: Tensor, key: tuple, node: str = "IndexBackward0", indices: tuple | None = None) -> Tensor:
    """Advanced indexing (a copy, never a view). ``indices``: the index tensors as PyTorch's node
    saves them (``grad_fn._saved_indices``), None for each dim before the last one indexed."""
    picked = input._data[key]
    # PyTorch's TensorIterator lays the result out as the input: contiguous from a contiguous input (numpy's
    # fancy indexing may put the indexed dims last in memory)
    data = np.asarray(picked, order="C") if input._data.flags.c_contiguous else \
        index_result_layout(input._data, key, picked) if isinstance(key, tuple) else None
    data = np.array(picked) if data is None else data
    rule = _R["index"] if node == "IndexBackward0" else _index_rule(node)
    attrs = {"shape": input.shape, "key": key}
    if indices is not None:
        attrs["indices"] = indices
    return record(rule, (input,), make(data, input.dtype), attrs)


def _index_dtype(arr: np.ndarray):
    """The dtype of the tensor PyTorch makes of an index given as a list or a NumPy array."""
    return dtypes.bool_ if arr.dtype == np.bool_ else dtypes.int64


_index_rules: dict = {}


def _index_rule(node: str):
    rule = _index_rules.get(node)
    if rule is None:
        rule = _index_rules[node] = Rule("index", node, None, (_index_backward_as(_BACKWARD_NODES[node]),), (0,))
    return rule


# The node of each indexing op's gradient, as PyTorch's formula names it: index's gradient is an
# _index_put_impl_, gather's a scatter_add, index_select's an index_add.
_BACKWARD_NODES = {"IndexBackward0": "IndexPutImplBackward0", "GatherBackward0": "ScatterAddBackward0",
                   "IndexSelectBackward0": "IndexAddBackward0"}


def _index_backward_as(node: str):
    def formula(grad, shape, key):
        return index_backward(grad, shape, key, node)
    return formula


def index_backward(g: Tensor, shape, key, node: str = "IndexPutImplBackward0") -> Tensor:
    return index_put(zeros(shape, dtype=g.dtype), key, g, accumulate=True, node=node)


_index_put_rules: dict = {}


def index_put(base: Tensor, key, values: Tensor, accumulate: bool = False, node: str = "IndexPutBackward0",
              source: Tensor | None = None, shown: dict | None = None) -> Tensor:
    """A copy of ``base`` with ``values`` written (or added) at ``key``; differentiable in both.
    ``source``: the larger tensor ``values`` was cut from (scatter's src), where the edge goes;
    ``shown``: the arguments its node shows as ``_saved_*`` (scatter's dim and index)."""
    data = base._data.copy()
    v = values._data if isinstance(values, Tensor) else values
    if accumulate:
        np.add.at(data, key, v)
    else:
        data[key] = v
    out = make(data, base.dtype)
    rule = _index_put_rules.get((node, accumulate))
    if rule is None:
        # accumulate=True adds into self, so self's gradient passes through whole
        rule = _index_put_rules[(node, accumulate)] = Rule(
            "index_put", node, None,
            ((lambda grad: grad) if accumulate else
             (lambda grad, key, index_versions: embed_zero(grad, unchanged_key(key, index_versions))),
             lambda grad, key, vshape, index_versions: _gather_for(grad, unchanged_key(key, index_versions), vshape)),
            (0, 1), ("self", "values"))
    vshape = values.shape if isinstance(values, Tensor) else ()
    attrs = {"key": saved_key(key), "vshape": vshape, "index_versions": saved_index_versions(shown), **(shown or {})}
    return record(rule, (base, values if source is None else source), out, attrs)



def embed_zero(g: Tensor, key) -> Tensor:
    """The gradient passed to the overwritten tensor: zero where values were written."""
    mask = np.ones(g.shape, dtype=bool)
    mask[key] = False
    return g * make(mask, dtypes.bool_)


def _gather_for(g: Tensor, key, vshape) -> Tensor:
    picked = index(g, key)
    return sum_to(picked, vshape) if tuple(picked.shape) != tuple(vshape) else picked


def setitem(input: Tensor, key, value) -> None:
    """``input[key] = value``: in place, and recorded as PyTorch's CopySlices/IndexPutBackward0."""
    # one element in all (the binding drops a value's leading 1-sized dims): masked_fill_'s case
    scalar_value = not isinstance(value, Tensor) or builtins.all(n == 1 for n in value.shape)
    refuse_byte_mask_fill(key if isinstance(key, tuple) else (key,), scalar_value)
    # Check the key through getitem's rules (same IndexErrors, same shapes).
    target = getitem(input.detach(), key)
    numpy_key = _numpy_key(input, key)
    arrays = [k for k in numpy_key if isinstance(k, np.ndarray)]
    advanced = bool(arrays)
    if isinstance(value, Tensor):
        value = _value_for_setitem(value, tuple(target.shape), advanced)
        # index_put_ takes the value's dtype as it is, but a lone mask with a one-element value
        # goes to masked_fill_, which converts it
        if advanced and not (scalar_value and len(arrays) == 1 and arrays[0].dtype == np.bool_):
            check_value_dtype(input, value)
    node = "IndexPutBackward0" if advanced else "CopySlices"
    if not advanced:
        _check_no_internal_overlap(target)  # a write into a slice checks the slice, not the whole
    elif has_internal_overlap(input):
        warn_expanded("index_put_", "tensor[indices] = tensor", 976)
        mask = numpy_key[0] if len(numpy_key) == 1 else None
        if mask is not None and mask.dtype == np.bool_ and (not isinstance(value, Tensor) or value.ndim == 0):
            warn_expanded("masked_fill_", "tensor[mask] = scalar", 2450)  # a mask and a scalar: masked_fill_

    if not isinstance(value, Tensor):
        value = _setitem_number(value, input.dtype)
    split = _basic_then_advanced(input, key, value) if advanced else None
    if split is not None:
        # PyTorch's binding takes the basic part as a view first and index_puts into it: the
        # input gets CopySlices over IndexPutBackward0
        setitem(getitem(input, split[0]), split[1], value)
        return

    shown = {"indices": _indices_shown(input, key), "accumulate": False} if advanced else None

    def compute(snapshot: Tensor) -> Tensor:
        v = value if isinstance(value, Tensor) else make(np.asarray(value, dtype=input.dtype.np), input.dtype)
        if v.dtype is not input.dtype:
            v = v.to(input.dtype)
        return index_put(snapshot, numpy_key, v, node=node, shown=shown)
    view_of_leaf = input._requires_grad and _basic_part_is_a_view(input, key)  # only a leaf's error names it
    _inplace(input, compute, view_of_leaf=view_of_leaf, check_overlap=False)


def _basic_then_advanced(input: Tensor, key, value) -> tuple | None:
    """For ``input[key] = v`` with index tensors and a basic part that makes a view (an int, a
    partial slice, None), under a graph: the key of that view and the index tensors' key into it;
    else None (nothing recorded, or 0-dim and bool keys, which stay on the one-step path)."""
    if not (_State.enabled and (input._requires_grad or isinstance(value, Tensor) and value._requires_grad)):
        return None
    items = key if isinstance(key, tuple) else (key,)
    if builtins.any(isinstance(k, bool) or isinstance(k, Tensor) and k.ndim == 0 for k in items):
        return None
    if not _basic_part_is_a_view(input, key):
        return None
    basic: list = []
    into_view: list = []
    for k in items:
        if k is None:
            basic.append(None)
            into_view.append(slice(None))
        elif isinstance(k, (int, np.integer)):
            basic.append(k)
        elif k is Ellipsis or isinstance(k, slice):
            basic.append(k)
            into_view.append(k if k is Ellipsis else slice(None))
        else:
            basic += [slice(None)] * builtins.max(_dims_consumed(k), 1)
            into_view.append(k)
    return tuple(basic), tuple(into_view)


def _indices_shown(input: Tensor, key) -> tuple:
    """The index tensors of ``input[key] = v`` as IndexPutBackward0 saves them: one entry per
    indexed dim up to the last one, None for a whole dim (a mask spanning dims is one entry)."""
    items = key if isinstance(key, tuple) else (key,)
    consumed = builtins.sum(_dims_consumed(k) for k in items if k is not Ellipsis)
    shown: list = []
    for k in items:
        if k is Ellipsis:
            shown += [None] * (input.ndim - consumed)
        elif isinstance(k, slice):
            shown.append(None)
        elif k is not None and not isinstance(k, bool):
            arr = np.asarray(k._data if isinstance(k, Tensor) else k)
            shown.append(k if isinstance(k, Tensor) else make(arr, _index_dtype(arr)))
    while shown and shown[-1] is None:
        shown.pop()
    return tuple(shown)


def refuse_byte_mask_fill(key: tuple, value_is_scalar: bool) -> None:
    """A single mask index and a one-element value go to ``masked_fill_``, which takes bool masks only."""
    tensors = [k for k in key if isinstance(k, (Tensor, np.ndarray)) and k.ndim]
    if value_is_scalar and len(tensors) == 1 and (
            getattr(tensors[0], "dtype", None) in (dtypes.uint8, np.dtype(np.uint8))):
        raise RuntimeError("masked_fill_ only supports boolean masks, but got mask with dtype unsigned char")


def check_value_dtype(self: Tensor, values: Tensor) -> None:
    if values.dtype is not self.dtype:
        raise RuntimeError(f"Index put requires the source and destination dtypes match, got "
                           f"{_scalar_type_name(self.dtype)} for the destination and "
                           f"{_scalar_type_name(values.dtype)} for the source.")


def _setitem_number(value, dtype: dtypes.dtype):
    """A Python number for ``x[key] = v``: PyTorch's binding reads an int as a C long long first,
    then converts it to the tensor's type as c10 does (checked; a float16 or bfloat16 tensor
    takes it through a float tensor, so too large a value becomes inf there)."""
    if isinstance(value, int) and not isinstance(value, bool) and not -(1 << 63) <= value < (1 << 63):
        raise ValueError("Overflow when unpacking long long")
    if dtype is dtypes.float16 and isinstance(value, float):
        with np.errstate(over="ignore"):
            return np.float32(value)  # that float tensor's value (a double rounded twice on its way)
    if dtype in (dtypes.float16, dtypes.bfloat16) or dtype in dtypes.FLOAT8 \
            or not isinstance(value, (int, float, complex, np.number)):
        return value  # (float8 too: through a float tensor, cast with saturation or to inf)
    return real_fill_value(value, dtype)


def _basic_part_is_a_view(input: Tensor, key) -> bool:
    """Whether PyTorch's ``x[key] = v`` writes through a view of ``x``. Its binding applies the
    basic part of the key first (ints select, None unsqueezes, slices slice: each a view) and skips
    a slice that covers its whole dim; so ``x[mask] = 0``, ``x[:, idx] = 0`` and ``x[:] = 0`` write
    into ``x`` itself, which on a leaf names "a leaf Variable", not "a view of" one."""
    items = key if isinstance(key, tuple) else (key,)
    rest = input.ndim - builtins.sum(_dims_consumed(k) for k in items if k is not Ellipsis)
    dim = 0
    for k in items:
        if k is Ellipsis:
            dim += builtins.max(rest, 0)
            continue
        if k is None or isinstance(k, (bool, int, np.integer)):
            return True
        if isinstance(k, Tensor) and k.ndim == 0:
            return True  # a 0-dim index tensor selects (a bool one unsqueezes) like an int
        if isinstance(k, slice):
            size = input.shape[dim] if dim < input.ndim else 0
            if k.start not in (None, 0) or k.step not in (None, 1) or k.stop is not None and k.stop < size:
                return True
        dim += _dims_consumed(k)
    return False


def _value_for_setitem(value: Tensor, target: tuple, advanced: bool) -> Tensor:
    """PyTorch drops the value's leading 1-sized dims (``slicePrefix1sSize``), then expands it to
    the indexed shape: ``t[i] = net(x)`` with a (1, 1) result fills one element."""
    shape = list(value.shape)
    while shape and shape[0] == 1:
        shape.pop(0)
    def listed(sizes) -> str:
        return "[" + ", ".join(map(str, sizes)) + "]"
    extra = len(shape) - len(target)
    fits = extra <= 0 and builtins.all(v in (1, t) for v, t in zip(reversed(shape), reversed(target)))
    if not fits:
        if advanced:
            raise RuntimeError(f"shape mismatch: value tensor of shape {listed(shape)} cannot be broadcast to "
                               f"indexing result of shape {listed(target)}")
        value.detach().reshape(shape).expand(target)  # copy_ expands it: raises expand's error
    return value.view(shape) if len(shape) != value.ndim else value


def _numpy_key(input: Tensor, key):
    """The numpy key equivalent of a PyTorch key (0-d tensors as ints, tensors as arrays)."""
    if not isinstance(key, tuple):
        key = (key,)
    out: list = []
    for k in _byte_masks_as_bool(key, warn=False):
        if k is Ellipsis and builtins.any(o is Ellipsis for o in out):
            continue  # PyTorch takes a second "..." as zero dims; numpy refuses it
        if isinstance(k, Tensor):
            out.append(_vmap_levels.index_value(k) if k.ndim == 0 and k.dtype is not dtypes.bool_
                       and not k.dtype.is_complex else k._data)
        elif isinstance(k, list):
            out.append(np.asarray(k))
        else:
            out.append(k)
    return tuple(out)


def masked_fill_(self: Tensor, mask: Tensor, value) -> Tensor:
    overlap = has_internal_overlap(self)
    if overlap:  # still allowed, with a warning: only the masked places are written
        warn_expanded("masked_fill_", "tensor[mask] = scalar", 2450)
    if isinstance(mask, Tensor):
        _vmap_levels.refuse_inplace(self, mask, None)
    return _inplace(self, lambda s: masked_fill(s, mask, value, _self_first=True), check_overlap=False)


_MASKED_FILL_OVERLOADS = ("(Tensor input, Tensor mask, Tensor value)", "(Tensor input, Tensor mask, Number value)")


def masked_fill(input: Tensor, mask: Tensor, value, *, _self_first: bool = False) -> Tensor:
    if not (isinstance(input, Tensor) and isinstance(mask, Tensor) and isinstance(value, (Tensor, numbers.Number))):
        raise invalid_combination("masked_fill", (input, mask, value), {}, _MASKED_FILL_OVERLOADS)
    if isinstance(value, Tensor) and value.ndim:
        raise RuntimeError("masked_fill_ only supports a 0-dimensional value tensor, but got tensor with "
                           f"{value.ndim} dimension(s).")
    if mask.dtype is not dtypes.bool_:
        raise RuntimeError(f"masked_fill_ only supports boolean masks, but got mask with dtype {_c_type(mask.dtype)}")
    v = value.item() if isinstance(value, Tensor) else real_fill_value(value, input.dtype)
    try:
        data = np.where(mask._data, np.asarray(v, dtype=input.dtype.np), input._data)
    except ValueError:
        # the in-place op names self first; the out-of-place one broadcasts mask against self
        raise (_broadcast_error(input, mask) if _self_first else _broadcast_error(mask, input)) from None
    # a fresh row-major result whatever the input's layout, as PyTorch's out-of-place masked_fill gives
    data = np.asarray(data, dtype=input.dtype.np)
    out = make(data if data.flags.c_contiguous else np.array(data, order="C"), input.dtype)
    if isinstance(value, Tensor):  # the Tensor overload: differentiable in the value too
        return record(_R["masked_fill_tensor"], (input, value), out, {"mask": mask})
    return record(_R["masked_fill"], (input,), out, {"mask": mask})


def gather(input: Tensor, dim: int, index: Tensor, *, sparse_grad: bool = False) -> Tensor:
    if sparse_grad:
        raise NotImplementedError("gather(sparse_grad=True) is not in the embedded engine (it has no sparse "
                                  "tensors); `--backend torch` runs it.")
    nd = builtins.max(input.ndim, 1)  # PyTorch treats 0-d input and index as 1-d here
    d = norm_dim(dim, nd)
    if index.numel() == 0:  # PyTorch checks neither its dtype nor its shape
        empty = np.zeros(index.shape, dtype=np.int64)
        key = (empty,) * input.ndim if input.ndim else (empty,)
        source = input if input.ndim else input.reshape(1)
        out = make(np.zeros(index.shape, input.dtype.np), input.dtype)
        return record(_index_rule("GatherBackward0"), (source,), out,
                      {"shape": source.shape, "key": key, "dim": d, "index": index, "self": source,
                       "sparse_grad": False})
    if index.dtype not in (dtypes.int32, dtypes.int64):
        raise RuntimeError("gather(): Expected dtype int32/int64 for index")
    idx = index._data.astype(np.int64)
    if idx.size:
        ishape, sshape = idx.shape or (1,), input.shape or (1,)
        if len(ishape) != nd:
            raise RuntimeError("Index tensor must have the same number of dimensions as input tensor")
        for i in range(nd):
            if i != d and ishape[i] > sshape[i]:
                raise RuntimeError(f"Size does not match at dimension {i} expected index {list(ishape)} to be "
                                   f"no larger than self {list(sshape)} apart from dimension {d}")
        bad = idx[(idx < 0) | (idx >= sshape[d])]  # no wrap-around: negative indices are refused too
        if bad.size:
            raise RuntimeError(f"index {int(bad[0])} is out of bounds for dimension {d} with size {sshape[d]}")
    if input.ndim == 0:
        return gather(input.reshape(1), 0, index)
    grid: list = list(np.indices(idx.shape, sparse=True))
    if idx.ndim:
        grid[d] = idx
    key = tuple(grid) if idx.ndim else (idx[()],)
    data = np.array(input._data[key], order="C")  # allocated row-major, whatever the index's layout
    rule = _index_rule("GatherBackward0")
    return record(rule, (input,), make(data, input.dtype), {"shape": input.shape, "key": key, "dim": d,
                                                             "index": index, "self": input, "sparse_grad": False})


def index_select(input: Tensor, dim: int, index: Tensor) -> Tensor:
    d = norm_dim(dim, input.ndim)
    if index.dtype not in (dtypes.int64, dtypes.int32):
        raise RuntimeError("index_select(): Expected dtype int32 or int64 for index")
    if index.ndim > 1:
        raise IndexError("index_select(): Index is supposed to be a vector")
    positions = index._data.reshape(-1)  # a 0-d index picks one entry and keeps the dim
    size = input.shape[d] if input.ndim else 1
    outside = (positions < 0) | (positions >= size)  # no negative indices here, unlike x[idx]
    if outside.any():
        if input.ndim > 1 and d == 1:  # PyTorch's kernel for dim 1 has a message of its own
            raise RuntimeError(f"INDICES element is out of DATA bounds, id={positions[outside][0]} "
                               f"axis_dim={size}")
        raise IndexError("index out of range in self")
    key = (slice(None),) * d + (positions,) if input.ndim else ()
    data = np.asarray(input._data[key], order="C")  # index_select's result is always contiguous (a copy)
    return record(_index_rule("IndexSelectBackward0"), (input,), make(data, input.dtype),
                  {"shape": input.shape, "key": key, "dim": d, "index": index})


def take_along_dim(input: Tensor, indices: Tensor, dim=None) -> Tensor:
    if dim is None:  # both flattened
        return gather(input.reshape(-1), 0, indices.reshape(-1))
    if input.ndim != indices.ndim:
        raise RuntimeError(f"torch.take_along_dim(): input and indices should have the same number of dimensions, "
                           f"but got {input.ndim} dimensions for input, and {indices.ndim} dimensions for indices")
    if indices.dtype is not dtypes.int64:
        raise RuntimeError(f"torch.take_along_dim(): dtype of indices should be Long but got "
                           f"{_scalar_type_name(indices.dtype)}")
    d = norm_dim(dim, input.ndim)
    if not input.ndim:  # the dim is valid for a 0-d tensor, but the kernel asks for its size
        raise IndexError("Dimension specified as 0 but tensor has no dimensions")
    # both broadcast over every dim but ``dim``, where each keeps its own size
    mine = input.shape[:d] + indices.shape[d:d + 1] + input.shape[d + 1:]
    theirs = indices.shape[:d] + input.shape[d:d + 1] + indices.shape[d + 1:]
    try:
        indices = indices.expand(np.broadcast_shapes(mine, indices.shape))
    except ValueError:
        raise shapes_broadcast_error(mine, indices.shape) from None
    input = input.expand(np.broadcast_shapes(theirs, input.shape))
    # PyTorch 2.13 takes the indices modulo the dim's size (floor division's remainder), so an
    # out-of-range or negative index wraps around; an integer remainder by 0 is its error
    size = input.shape[d]
    if size == 0 and indices.numel():
        raise RuntimeError("ZeroDivisionError")
    if size and indices.numel() and ((indices._data < 0) | (indices._data >= size)).any():
        indices = make(np.mod(indices._data, size), indices.dtype)
    return gather(input, d, indices)


def narrow(input: Tensor, dim: int, start: int, length: int) -> Tensor:
    if input.ndim == 0:
        raise RuntimeError("narrow() cannot be applied to a 0-dim tensor.")
    if length < 0:
        raise RuntimeError("narrow(): length must be non-negative.")
    d = norm_dim(dim, input.ndim)
    size = input.shape[d]
    start = int(start)
    if start != size:  # start == size (an empty slice at the end) is valid but not a wrappable index
        if not -size <= start < size:
            raise IndexError(f"start out of range (expected to be in range of [{-size}, {size}], but got {start})")
        start = start + size if start < 0 else start
    if start > size - length:
        raise RuntimeError(f"start ({start}) + length ({length}) exceeds dimension size ({size}).")
    return slice_op(input, d, slice(start, start + length, 1))


def narrow_copy(input: Tensor, dim: int, start: int, length: int) -> Tensor:
    """``narrow`` into a new tensor; its kernel checks the bounds in its own words (a dim past the end
    trips an internal assert, a negative length is one more overflow of the end)."""
    if input.ndim == 0:
        raise RuntimeError("narrow() cannot be applied to a 0-dim tensor.")
    if dim >= input.ndim:
        raise RuntimeError("Expected dim < static_cast<int64_t>(self_sizes.size()) to be true, but got false.  "
                           "(Could this error message be improved?  If so, please report an enhancement request "
                           "to PyTorch.)")
    d = norm_dim(dim, input.ndim)
    size, start, length = input.shape[d], int(start), int(length)
    if not -size <= start <= size:
        raise IndexError(f"start out of range (expected to be in range of [{-size}, {size}], but got {start})")
    start = start + size if start < 0 else start
    if length < 0 or start > size - length:
        raise RuntimeError(f"start ({start}) + length ({length}) exceeds dimension size ({size}).")
    data = np.array(input._data[(slice(None),) * d + (slice(start, start + length),)])
    return record(_R["narrow_copy"], (input,), make(data, input.dtype),
                  {"shape": input.shape, "dim": d, "start": start, "length": length})


def flip(input: Tensor, dims) -> Tensor:
    if not isinstance(dims, (tuple, list)):
        raise ArgumentTypeError("flip(): dims must be a tuple of ints")
    dims = _norm_dims(dims, input.ndim)
    key = tuple(slice(None, None, -1) if i in dims else slice(None) for i in range(input.ndim))
    out = make(np.array(input._data[key]), input.dtype)
    return record(_R["flip"], (input,), out, {"dims": dims})


def scatter(input: Tensor, dim: int, index: Tensor, src=None, *, value=None, reduce: str | None = None) -> Tensor:
    """A copy of ``input`` with ``src`` (or one ``value``) written where ``index`` points along ``dim``."""
    if src is not None and not isinstance(src, Tensor):
        src, value = None, src  # scatter(dim, index, 1.0): the scalar overload
    if reduce is not None and isinstance(src, Tensor):
        # PyTorch warns before it checks anything (the reduce name, the index's dtype and shape)
        warn_once("The reduce argument of torch.scatter with Tensor src is deprecated and will be removed "
                  "in a future PyTorch release. Use torch.scatter_reduce instead for more reduction "
                  "options. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/"
                  "TensorAdvancedIndexing.cpp:225.)")
    if reduce is not None and reduce not in ("add", "multiply"):
        raise RuntimeError("reduce argument must be either add or multiply.")
    d, idx, key = _scatter_key(input, dim, index, src)
    if isinstance(src, Tensor):
        values = src if src.shape == idx.shape else None
        data = np.array(_src_part(src, idx)) if values is None else src._data
    else:
        v = value.item() if isinstance(value, Tensor) else value
        values, data = None, np.asarray(v, dtype=input.dtype.np)
    if input.ndim == 0 and reduce is None:  # one element, written by each index in turn: the last stays
        out = input._data.copy()
        _one_d(out)[key] = np.broadcast_to(data, idx.shape)[-1]
        if isinstance(src, Tensor):
            return record(_R["scatter_0d"], (input, src), make(out, input.dtype), {"dim": d, "index": index})
        return record(_R["scatter_value_0d"], (input,), make(out, input.dtype), {"dim": d, "index": index})
    if reduce is not None:
        out = input._data.copy()
        (np.add if reduce == "add" else np.multiply).at(_one_d(out), key, np.broadcast_to(data, idx.shape))
        # PyTorch computes it, and fails only if backward reaches it
        return record_not_implemented("scatter", (input, src), make(out, input.dtype))
    node = "ScatterBackward0" if isinstance(src, Tensor) else "ScatterBackward1"
    if values is None:
        values = make(np.asarray(data, dtype=input.dtype.np), input.dtype)
        if isinstance(src, Tensor):
            # The gradient for a src larger than index comes out index-shaped: PyTorch refuses it.
            return index_put(input, key, values, node=node, source=src, shown={"dim": d, "index": index})
    return index_put(input, key, values, node=node, shown={"dim": d, "index": index})


def scatter_(self: Tensor, dim: int, index: Tensor, src=None, *, value=None, reduce: str | None = None) -> Tensor:
    return _inplace(self, lambda s: scatter(s, dim, index, src, value=value, reduce=reduce))


def _scatter_key(input: Tensor, dim: int, index: Tensor, src) -> tuple:
    """The scatter family's checks, in PyTorch's order; the dim, the index array and the numpy
    key into ``input``. An empty index skips the shape and bounds checks, as PyTorch's does."""
    d = norm_dim(dim, builtins.max(input.ndim, 1))
    if index.numel() and index.dtype not in (dtypes.int64, dtypes.int32):
        raise RuntimeError("scatter(): Expected dtype int32/int64 for index")
    if isinstance(src, Tensor) and src.dtype is not input.dtype:
        raise RuntimeError("scatter(): Expected self.dtype to be equal to src.dtype")
    idx = index._data
    if idx.size == 0:  # writes nothing: an empty key of input's rank, shaped as the index
        empty = np.zeros(idx.shape, dtype=np.int64)
        return d, empty, (empty,) * input.ndim
    _scatter_shape_check(input, d, index, src)
    if idx.ndim == 0 and input.ndim <= 1:
        idx = idx.reshape((1,) * builtins.max(input.ndim, 1))
    if input.ndim == 0:  # as one element of a 1-d tensor: the key is into _one_d(data)
        idx = idx.reshape(-1)
    size = input.shape[d] if input.ndim else 1
    outside = (idx < 0) | (idx >= size)  # no wrap-around: a negative index is out of bounds too
    if outside.any():  # the kernel stops at the first one it meets, in the index's row-major order
        raise RuntimeError(f"index {int(idx[outside].flat[0])} is out of bounds for dimension {d} with size {size}")
    grid: list = list(np.indices(idx.shape, sparse=True))
    grid[d] = idx
    key: tuple = tuple(grid)
    return d, idx, key


def _one_d(data: np.ndarray) -> np.ndarray:
    """A 0-d array as a 1-d view of its one element (PyTorch scatters into a 0-d tensor so); others as they are."""
    return data.reshape(1) if data.ndim == 0 else data


def _scatter_shape_check(input: Tensor, d: int, index: Tensor, src) -> None:
    """PyTorch's shape checks for a non-empty index: as many dims as self; no larger than self
    (but along ``dim``) nor than src, whose sizes it reads first (so a src of fewer dims raises
    IndexError there), and as many dims as src."""
    rank = builtins.max(input.ndim, 1)
    if builtins.max(index.ndim, 1) != rank:
        raise RuntimeError("Index tensor must have the same number of dimensions as self tensor")
    ishape, sshape = index.shape or (1,), input.shape or (1,)
    wrong = builtins.any(i != d and ishape[i] > sshape[i] for i in range(rank))
    if not wrong and isinstance(src, Tensor):
        for i in range(rank):
            size = src.shape[norm_dim(i, src.ndim)] if src.ndim else 1
            if ishape[i] > size:
                wrong = True
                break
    if isinstance(src, Tensor):
        if builtins.max(src.ndim, 1) != rank:
            raise RuntimeError("Index tensor must have the same number of dimensions as src tensor")
        if wrong:
            raise RuntimeError(f"Expected index {list(index.shape)} to be no larger than self {list(input.shape)} "
                               f"apart from dimension {d} and to be no larger size than src {list(src.shape)}")
    elif wrong:
        raise RuntimeError(f"Expected index {list(index.shape)} to be no larger than self {list(input.shape)} "
                           f"apart from dimension {d}")


def _src_part(src: Tensor, idx: np.ndarray) -> np.ndarray:
    """The corner of ``src`` that ``idx`` reads (all of it when their shapes agree)."""
    if idx.size == 0:
        return np.zeros(idx.shape, src._data.dtype)
    if src.ndim == 0:  # the shape check let it through: the index has one element
        return np.broadcast_to(src._data, idx.shape)
    return src._data[tuple(slice(0, n) for n in idx.shape)]


# scatter_reduce's reductions; "max" and "min" pass forward (backward refuses them, as PyTorch).
_SCATTER_REDUCTIONS = {"sum": np.add, "mean": np.add, "prod": np.multiply, "amax": np.maximum,
                       "amin": np.minimum, "max": np.maximum, "min": np.minimum}


def scatter_add(input: Tensor, dim: int, index: Tensor, src: Tensor) -> Tensor:
    """A copy of ``input`` with ``src`` added where ``index`` points along ``dim``."""
    d, idx, key = _scatter_key(input, dim, index, src)
    out = input._data.copy()
    np.add.at(_one_d(out), key, _src_part(src, idx))
    return record(_R["scatter_add"], (input, src), make(out, input.dtype), {"dim": d, "index": index})


def scatter_reduce(input: Tensor, dim: int, index: Tensor, src: Tensor, reduce: str, *,
                   include_self: bool = True) -> Tensor:
    """``input`` with ``src`` reduced into the places ``index`` points at along ``dim``
    (``include_self=False``: those places forget ``input``'s own value first)."""
    if reduce not in _SCATTER_REDUCTIONS:
        raise RuntimeError(f"reduce argument must be either sum, prod, mean, amax or amin, got {reduce}")
    d, idx, key = _scatter_key(input, dim, index, src)
    part = _src_part(src, idx)
    out = input._data.copy()
    hit = np.zeros(out.shape, dtype=bool)
    _one_d(hit)[key] = True
    if not include_self:
        out[hit] = _reduction_identity(reduce, out.dtype)
    _SCATTER_REDUCTIONS[reduce].at(_one_d(out), key, part)
    if reduce == "mean":
        count = np.full(out.shape, 1 if include_self else 0, dtype=np.int64)
        np.add.at(_one_d(count), key, 1)
        count = np.maximum(count, 1)
        out = (out / count.astype(out.dtype) if input.dtype.is_floating_point
               else np.floor_divide(out, count).astype(out.dtype))
    attrs = {"dim": d, "index": index, "reduce": reduce, "include_self": include_self,
             "hit": make(hit, dtypes.bool_)}
    return record(_R["scatter_reduce"], (input, src), make(out, input.dtype), attrs)


def _reduction_identity(reduce: str, dtype: np.dtype):
    if reduce in ("sum", "mean"):
        return 0
    if reduce == "prod":
        return 1
    if dtype.kind == "f":
        return -np.inf if reduce in ("amax", "max") else np.inf
    info = np.iinfo(dtype)
    return info.min if reduce in ("amax", "max") else info.max


def scatter_reduce_backward(wrt: str, grad: Tensor, self: Tensor, src: Tensor, result: Tensor, dim: int,
                            index: Tensor, reduce: str, include_self: bool, hit: Tensor) -> Tensor:
    """The gradient of ``scatter_reduce`` for ``self`` or for ``src`` (``wrt``): each place's gradient
    goes to what was reduced into it, as that reduction's derivative shares it out."""
    if reduce not in ("sum", "prod", "mean", "amax", "amin"):
        raise RuntimeError(f"Expected 'reduce' to be one of 'sum', 'prod', 'mean', 'amax', 'amin' but got {reduce}.")
    # Where src is larger than index, its gradient comes out index-shaped, and PyTorch refuses it.
    if reduce == "sum":
        g = grad if wrt == "self" else grad.gather(dim, index)
    elif reduce == "mean":  # shared equally among the values averaged
        count = full_like(grad, 1 if include_self else 0).scatter_add(dim, index, ones_like(src)).clamp_min(1)
        g = grad / count if wrt == "self" else (grad / count).gather(dim, index)
    elif reduce in ("amax", "amin"):  # shared equally among the values equal to the extreme
        self_is = self.eq(result).to(self.dtype)
        src_is = src.eq(result.gather(dim, index)).to(self.dtype)
        share = grad / self_is.scatter_add(dim, index, src_is)
        g = self_is * share if wrt == "self" else src_is * share.gather(dim, index)
    elif wrt == "self":  # prod: the product of the others, even where self is 0
        ones_for_zeros = self.masked_fill(self.eq(0), 1)
        g = grad * ones_for_zeros.scatter_reduce(dim, index, src, "prod", include_self=include_self) / ones_for_zeros
    else:
        # A lone zero among the values of its place: the product of the others has no zero in it.
        zero = src.eq(0)
        zeros_at = zeros_like(self).scatter_add(dim, index, zero.to(self.dtype)).gather(dim, index)
        lone = zero & zeros_at.eq(1)
        others = self.scatter_reduce(dim, index, src.masked_fill(lone, 1), "prod", include_self=include_self)
        g = (grad * others).gather(dim, index).where(
            lone, (grad * result).gather(dim, index) / src.masked_fill(zero, 1))
    if wrt == "self":
        return g if include_self else g.masked_fill(hit, 0)
    return g


def scatter_reduce_(self: Tensor, dim: int, index: Tensor, src: Tensor, reduce: str, *,
                    include_self: bool = True) -> Tensor:
    return _inplace(self, lambda s: scatter_reduce(s, dim, index, src, reduce, include_self=include_self))


def scatter_add_(self: Tensor, dim: int, index: Tensor, src: Tensor) -> Tensor:
    return _inplace(self, lambda s: scatter_add(s, dim, index, src))



def fill_diagonal_(self: Tensor, fill_value, wrap: bool = False) -> Tensor:
    """Fill the main diagonal in place; a tall matrix with ``wrap`` starts again every N + 1 rows."""
    if self.ndim < 2:
        raise RuntimeError("dimensions must larger than 1")
    if self.ndim > 2:
        if len(set(self.shape)) != 1:
            raise RuntimeError("all dimensions of input must be of equal length")
        idx = make(np.arange(self.shape[0]), dtypes.int64)
        self[(idx,) * self.ndim] = fill_value
        return self
    height, width = self.shape
    # Each block is a diagonal view, so a tensor in a graph gets CopySlices, as in PyTorch.
    starts = range(0, height, width + 1) if wrap and height > width else (0,)
    for start in starts:
        self[start:start + width].diagonal().fill_(fill_value)
    return self


def as_strided_backward(grad: Tensor, geometry: tuple) -> Tensor:
    """The gradient of ``as_strided``: the output's gradient added into a storage-shaped buffer at
    each element's storage position (overlapping windows add up), read back at the input's
    positions (divided by how often the input itself covers a position). Engine ops: differentiable."""
    size, (in_shape, in_strides, in_offset), (out_shape, out_strides, out_offset) = geometry
    out_positions = storage_positions(out_shape, out_strides, out_offset).reshape(-1)
    in_positions = storage_positions(in_shape, in_strides, in_offset).reshape(-1)
    buffer = index_put(zeros(size, dtype=grad.dtype), (out_positions,), grad.reshape(-1), accumulate=True)
    counts = np.bincount(in_positions, minlength=size)
    if (counts > 1).any():  # the input itself overlaps (an expanded tensor)
        buffer = buffer / make(np.maximum(counts, 1).astype(grad.dtype.np), grad.dtype)
    return index(buffer, (in_positions,)).reshape(in_shape)

"""Diagonals and rearrangements: ``diag``, ``diagonal``, ``diag_embed``, ``trace``, ``roll``, ``tile``,
``repeat_interleave``, ``diff``, ``gradient``, ``fliplr``/``flipud``, ``kron``, ``tensordot``, ``meshgrid``,
``cartesian_prod``, ``block_diag``, ``rot90``; and index-driven copies: ``masked_select``, ``take``,
``index_add``, ``index_fill``, ``index_copy``, ``masked_scatter``, ``put``."""
from __future__ import annotations

import builtins
import math
import numbers
import warnings

import numpy as np
from numpy.lib.stride_tricks import as_strided

from autograd_tui.engine import _vmap_levels, dtypes
from autograd_tui.engine.complex_guard import refuse_complex
from autograd_tui.engine._tensor import (
    ArgumentTypeError, Tensor, _user_stacklevel, dim_of_nonscalar, int_list, is_dim, make, norm_dim, real_fill_value,
    warn_once,
)
from autograd_tui.engine.record import Rule, record
from autograd_tui.engine.functions._common import (
    _R, _allocate, _scalar_type_name, _type_name, check_number, iterator_output_strides, laid_out_like, list_dims,
    shapes_broadcast_error, view_strides, with_strides,
)
from autograd_tui.engine.memory_formats import element_strides
from autograd_tui.engine.functions._index_checks import (
    check_index_add, check_index_copy, check_index_fill, check_long_index, check_masked_scatter, check_put, in_bounds,
)
from autograd_tui.engine.functions.creation import _resolve_dtype
from autograd_tui.engine.functions.out import _RESIZE_WARNING
from autograd_tui.engine.functions.parser import refused
from autograd_tui.engine.functions.shapes import _view_op, _viewable, cat, stack
from autograd_tui.engine.functions.indexing import flip, index, index_put, index_select
from autograd_tui.engine.functions.linalg import mm
from autograd_tui.engine.functions.pointwise import nonzero_indices


# Diagonals
# ============================================================================================

def _diagonal_view(x: np.ndarray, offset: int, d1: int, d2: int) -> np.ndarray:
    """A writable numpy view of the diagonal (np.diagonal's is read-only), as the last axis."""
    y = np.moveaxis(x, (d1, d2), (-2, -1))
    y = y[..., :, offset:] if offset >= 0 else y[..., -offset:, :]
    n = builtins.max(builtins.min(y.shape[-2], y.shape[-1]), 0)
    return as_strided(y, shape=y.shape[:-2] + (n,), strides=y.strides[:-2] + (y.strides[-2] + y.strides[-1],))


def _diagonal_dims(ndim: int, dim1: int, dim2: int) -> tuple[int, int]:
    d1, d2 = norm_dim(dim1, ndim), norm_dim(dim2, ndim)
    if d1 == d2:
        raise RuntimeError(f"diagonal dimensions cannot be identical {dim1}, {dim2}")
    return d1, d2


def diagonal(input: Tensor, offset: int = 0, dim1: int = 0, dim2: int = 1) -> Tensor:
    """A view of the diagonal, as the last dimension."""
    d1, d2 = _diagonal_dims(input.ndim, dim1, dim2)
    data = _diagonal_view(input._data, offset, d1, d2)
    return _view_op("diagonal", input, data, {"shape": input.shape, "offset": offset, "dim1": d1, "dim2": d2})


def diagonal_backward(grad_output: Tensor, shape, offset: int, dim1: int, dim2: int) -> Tensor:
    """Zeros of ``shape`` with ``grad_output`` on the diagonal (itself differentiable)."""
    data = _allocate(tuple(shape), grad_output.dtype.np)
    _diagonal_view(data, offset, dim1, dim2)[...] = grad_output._data
    return record(_R["diagonal_backward"], (grad_output,), make(data, grad_output.dtype),
                  {"offset": offset, "dim1": dim1, "dim2": dim2})


def diag_embed(input: Tensor, offset: int = 0, dim1: int = -2, dim2: int = -1) -> Tensor:
    d1, d2 = _diagonal_dims(input.ndim + 1, dim1, dim2)
    n = (input.shape[-1] if input.ndim else 1) + builtins.abs(offset)
    shape = list(input.shape[:-1])
    for d in sorted((d1, d2)):
        shape.insert(d, n)
    data = _allocate(tuple(shape), input.dtype.np)
    _diagonal_view(data, offset, d1, d2)[...] = input._data
    return record(_R["diag_embed"], (input,), make(data, input.dtype), {"offset": offset, "dim1": d1, "dim2": d2})


def diag(input: Tensor, diagonal: int = 0) -> Tensor:
    if input.ndim == 1:
        return diag_embed(input, diagonal, 0, 1)
    if input.ndim != 2:
        raise RuntimeError(f"diag(): Supports 1D or 2D tensors. Got {input.ndim}D")
    data = _diagonal_view(input._data, diagonal, 0, 1).copy()
    return record(_R["diagonal_copy"], (input,), make(data, input.dtype),
                  {"shape": input.shape, "offset": diagonal, "dim1": 0, "dim2": 1})


def trace(input: Tensor) -> Tensor:
    if input.ndim != 2:
        raise RuntimeError(f"trace: expected a matrix, but got tensor with dim {input.ndim}")
    if input.dtype is dtypes.bool_:
        raise NotImplementedError("\"trace\" not implemented for 'Bool'")
    d = np.diagonal(input._data)
    if input.dtype.is_floating_point:
        # PyTorch adds the diagonal one by one in double, then rounds once.
        dtype = input.dtype
        data = np.cumsum(d, dtype=np.float64)[-1] if d.size else 0.0
    else:
        dtype = dtypes.int64
        data = d.sum(dtype=np.int64)
    out = make(np.asarray(data, dtype=dtype.np), dtype)
    return record(_R["trace"], (input,), out, {"shape": input.shape})


def trace_backward(grad: Tensor, shape) -> Tensor:
    # The gradient on the diagonal, zeros (positive ones) elsewhere.
    return diagonal_backward(grad.expand(builtins.min(shape[0], shape[1])), shape, 0, 0, 1)


# Rearrangements
# ============================================================================================
def roll(input: Tensor, shifts, dims=None) -> Tensor:
    shifts = int_list(shifts)
    dims = () if dims is None else int_list(dims)
    if dims and len(shifts) != len(dims):
        raise RuntimeError(f"shifts and dimensions must align. shifts: {len(shifts)}, dims:{len(dims)}")
    if not dims and len(shifts) != 1:
        raise RuntimeError(f"shifts and dimensions must align. shifts: {len(shifts)}, dims:{len(dims)}")
    dims = tuple(dim_of_nonscalar(d, input.ndim) for d in dims)
    x = input._data
    data = np.roll(x, shifts, dims) if dims else np.roll(x.reshape(-1), shifts[0]).reshape(x.shape)
    return record(_R["roll"], (input,), make(np.asarray(data, order="C"), input.dtype),
                  {"shifts": shifts, "dims": dims})


def tile(input: Tensor, dims=None) -> Tensor:
    if dims is None:  # the parser names a missing list (x.tile() would read it as empty)
        raise TypeError('tile() missing 1 required positional arguments: "dims"')
    if not isinstance(dims, (tuple, list)):
        raise TypeError(f"tile(): argument 'dims' (position 2) must be tuple of ints, not {type(dims).__name__}")
    dims = tuple(dims)
    return input.repeat((1,) * (input.ndim - len(dims)) + dims)


def repeat_interleave(input: Tensor, repeats=None, dim=None, *, output_size=None) -> Tensor:
    if repeats is None and dim is not None:  # the (repeats) overload takes no dim
        raise refused("repeat_interleave", (input,), {"dim": dim, "output_size": output_size})
    if isinstance(repeats, Tensor) and repeats.ndim > 1:
        raise RuntimeError("repeats must be 0-dim or 1-dim tensor")
    counts_tensor = input if repeats is None else repeats
    if isinstance(counts_tensor, Tensor) and counts_tensor.dtype not in (dtypes.int64, dtypes.int32):
        raise NotImplementedError(f'"repeat_interleave_cpu" not implemented for '
                                  f"'{_scalar_type_name(counts_tensor.dtype)}'")
    if repeats is None:  # repeat_interleave(repeats): the indices, each repeated
        if input.ndim != 1:
            raise RuntimeError("repeat_interleave only accept 1D vector as repeat")
        counts = input._data.reshape(-1)
        if counts.size and counts.min() < 0:
            raise RuntimeError("repeats can not be negative")
        return make(np.repeat(np.arange(counts.size, dtype=np.int64), counts), dtypes.int64)
    if dim is None:
        input, dim = input.reshape(-1), 0
    d = norm_dim(dim, builtins.max(input.ndim, 1))
    if isinstance(repeats, Tensor) and repeats.numel() != 1:
        if repeats.ndim != 1:
            raise RuntimeError("repeats must be 0-dim or 1-dim tensor")
        if repeats.shape[0] != input.shape[d]:
            raise RuntimeError("repeats must have the same size as input along dim, but got "
                               f"repeats.size(0) = {repeats.shape[0]} and input.size(0) = {input.shape[d]}")
        return index_select(input, d, repeat_interleave(repeats))
    count = int(repeats.item() if isinstance(repeats, Tensor) else repeats)
    if count < 0:
        raise RuntimeError("Repeats must be non-negative")
    if input.ndim == 0:
        input = input.reshape(1)
    shape = list(input.shape)
    wide = input.unsqueeze(d + 1).expand(tuple(shape[:d + 1] + [count] + shape[d + 1:]))
    return wide.clone().flatten(d, d + 1)


def diff(input: Tensor, n: int = 1, dim: int = -1, prepend=None, append=None) -> Tensor:
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"diff(): argument 'n' (position 2) must be int, not {type(n).__name__}")
    if input.ndim == 0:
        raise RuntimeError("diff expects input to be at least one-dimensional")
    if n < 0:
        raise RuntimeError(f"order must be non-negative but got {n}")
    d = norm_dim(dim, input.ndim)
    for extra in (prepend, append):
        if extra is not None and extra.ndim != input.ndim:
            raise RuntimeError("diff expects prepend or append to be the same dimension as input")
    if prepend is not None or append is not None:
        input = cat([t for t in (prepend, input, append) if t is not None], d)
    for _ in range(n):
        size = input.shape[d]
        if size == 0:
            break
        later, earlier = input.narrow(d, 1, size - 1), input.narrow(d, 0, size - 1)
        input = later ^ earlier if input.dtype is dtypes.bool_ else later - earlier
    return input


def gradient(input: Tensor, *, spacing=1, dim=None, edge_order: int = 1) -> tuple:
    """``torch.gradient``: central differences inside, one-sided ones of first or second order at the
    two ends, one tensor per dim (built from slices, so it is differentiable); spacing a number per
    dim, or the samples' coordinates along each dim (``_gradient_at_coordinates``)."""
    # a list holding a tensor is parsed as the TensorList overload: coordinates, every one a tensor
    coordinates = isinstance(spacing, (list, tuple)) and builtins.any(isinstance(h, Tensor) for h in spacing)
    for i, h in enumerate(spacing if coordinates else ()):
        if not isinstance(h, Tensor):
            raise TypeError(f"expected Tensor as element {i} in argument 1, but got {type(h).__name__}")
    if edge_order not in (1, 2):
        raise RuntimeError("torch.gradient only supports edge_order=1 and edge_order=2.")
    given = [dim] if isinstance(dim, int) else (None if dim is None else list(dim))
    dims = list(range(input.ndim)) if given is None else [norm_dim(d, input.ndim) for d in given]
    if len(set(dims)) != len(dims):
        repeated = next(d for d in dims if dims.count(d) > 1)
        raise RuntimeError(f"dim {repeated} appears multiple times in the list of dims")
    if isinstance(spacing, (list, tuple)):
        if len(spacing) != len(dims):
            if given is None:
                raise RuntimeError(f"torch.gradient expected spacing to be unspecified, a scalar, or a list of length "
                                   f"equal to 'self.dim() = {input.ndim}', since dim argument was not given, but got "
                                   f"a list of length {len(spacing)}")
            raise RuntimeError(f"torch.gradient expected spacing to be unspecified, a scalar or it's spacing and dim "
                               f"arguments to have the same length, but got a spacing argument of length "
                               f"{len(spacing)} and a dim argument of length {len(dims)}.")
        steps = list(spacing)
    else:
        steps = [spacing] * len(dims)
    if not coordinates:
        steps = [h.item() if isinstance(h, Tensor) else h for h in steps]
    if builtins.any(input.shape[d] < edge_order + 1 for d in dims):
        raise RuntimeError("torch.gradient expected each dimension size to be at least edge_order+1")
    if coordinates:
        return tuple(_gradient_at_coordinates(input, d, x, edge_order) for d, x in zip(dims, steps))
    results = []
    for d, h in zip(dims, steps):
        n = input.shape[d]

        def at(i: int, d: int = d) -> Tensor:
            return input.narrow(d, i, 1)

        centre = (input.narrow(d, 2, n - 2) - input.narrow(d, 0, n - 2)) / h
        if edge_order == 1:
            first, last = (at(1) - at(0)) / h, (at(n - 1) - at(n - 2)) / h
        else:
            first = (-1.5 * at(0) + 2 * at(1) - 0.5 * at(2)) / h
            last = (0.5 * at(n - 3) - 2 * at(n - 2) + 1.5 * at(n - 1)) / h
        results.append(cat([first, centre / 2, last], d))
    return tuple(results)


def _gradient_at_coordinates(input: Tensor, d: int, coords: Tensor, edge_order: int) -> Tensor:
    """ATen's unevenly spaced case: the second-order weights of the three neighbours from the
    spacings on either side, in ATen's expressions and order."""
    if coords.ndim != 1:
        raise RuntimeError("torch.gradient expected each element of spacing to have one dimension, but got an "
                           f"element with {coords.ndim} dimensions!")
    shape = [1] * input.ndim
    shape[d] = -1
    n = input.shape[d]
    dx = diff(coords)
    dx1, dx2 = dx[:-1], dx[1:]
    a = (-dx2 / (dx1 * (dx1 + dx2))).reshape(shape)
    b = ((dx2 - dx1) / (dx1 * dx2)).reshape(shape)
    c = (dx1 / (dx2 * (dx1 + dx2))).reshape(shape)
    centre = a * input.narrow(d, 0, n - 2) + b * input.narrow(d, 1, n - 2) + c * input.narrow(d, 2, n - 2)
    if edge_order == 1:
        first = (input.narrow(d, 1, 1) - input.narrow(d, 0, 1)) / dx[0]
        last = (input.narrow(d, n - 1, 1) - input.narrow(d, n - 2, 1)) / dx[-1]
    else:
        h0, h1, g1, g2 = dx[0], dx[1], dx[-1], dx[-2]
        first = (-(2.0 * h0 + h1) / (h0 * (h0 + h1)) * input.narrow(d, 0, 1)
                 + (h0 + h1) / (h0 * h1) * input.narrow(d, 1, 1)
                 + (-h0) / (h1 * (h0 + h1)) * input.narrow(d, 2, 1))
        last = (g1 / (g2 * (g1 + g2)) * input.narrow(d, n - 3, 1)
                + -(g1 + g2) / (g1 * g2) * input.narrow(d, n - 2, 1)
                + (2 * g1 + g2) / (g1 * (g1 + g2)) * input.narrow(d, n - 1, 1))
    return cat([first, centre, last], d)


def fliplr(input: Tensor) -> Tensor:
    if input.ndim < 2:
        raise RuntimeError("Input must be >= 2-d.")
    return flip(input, (1,))


def flipud(input: Tensor) -> Tensor:
    if input.ndim < 1:
        raise RuntimeError("Input must be >= 1-d.")
    return flip(input, (0,))


def _unsafe_view(input: Tensor, shape: tuple) -> Tensor:
    out = make(input._data.reshape(shape), input.dtype)
    return record(_R["unsafe_view"], (input,), out, {"shape": input.shape})


def kron(input: Tensor, other: Tensor) -> Tensor:
    n = builtins.max(input.ndim, other.ndim)
    a_shape = (1,) * (n - input.ndim) + tuple(input.shape)
    b_shape = (1,) * (n - other.ndim) + tuple(other.shape)
    a_view = tuple(v for s in a_shape for v in (s, 1))
    b_view = tuple(v for s in b_shape for v in (1, s))
    a, b = _unsafe_view(input, a_view), _unsafe_view(other, b_view)
    product = a * b
    shape = tuple(p * q for p, q in zip(a_shape, b_shape))
    # PyTorch views the product, laid out as its elementwise iterator lays it out by the inputs'
    # strides: a transposed input can leave it not viewable as the result, and PyTorch then fails
    data = product._data
    if data.size > 1:
        strides = iterator_output_strides(data.shape, [
            (view, view_strides(tuple(t.shape), element_strides(t._data), view))
            for t, view in ((input, a_view), (other, b_view))])
        if strides != element_strides(data):
            laid = with_strides(np.empty(data.size, data.dtype), data.shape, strides)
            laid[...] = data
            product._data = data = make(laid, product.dtype)._data  # (make wraps a complex array in its guard)
        if not _viewable(data, shape):
            raise RuntimeError("view size is not compatible with input tensor's size and stride (at least one "
                               "dimension spans across two contiguous subspaces). Use .reshape(...) instead.")
    return _unsafe_view(product, shape)


def tensordot(a: Tensor, b: Tensor, dims=2, out=None) -> Tensor:
    if isinstance(dims, Tensor):
        dims = dims.tolist() if dims.ndim else int(dims.item())
    if isinstance(dims, numbers.Integral):
        if dims < 0:
            raise RuntimeError(f"tensordot expects dims >= 0, but got dims={dims}")
        given_a: list = list(range(-dims, 0))
        given_b: list = list(range(dims))
    else:
        given_a, given_b = ([d] if isinstance(d, numbers.Integral) else list(d) for d in dims)
    if len(given_a) != len(given_b):
        raise RuntimeError("both dimension lists should have same length")
    dims_a = [norm_dim(d, a.ndim) for d in list_dims(given_a)]
    dims_b = [norm_dim(d, b.ndim) for d in list_dims(given_b)]
    for da, db, ra, rb in zip(dims_a, dims_b, given_a, given_b):
        if a.shape[da] != b.shape[db]:
            raise RuntimeError(f"contracted dimensions need to match, but first has size {a.shape[da]} in dim "
                               f"{ra} and second has size {b.shape[db]} in dim {rb}")
    free_a = [d for d in range(a.ndim) if d not in dims_a]
    free_b = [d for d in range(b.ndim) if d not in dims_b]
    size = math.prod(a.shape[d] for d in dims_a)
    left = a.permute(free_a + dims_a).reshape(math.prod(a.shape[d] for d in free_a), size)
    right = b.permute(dims_b + free_b).reshape(size, math.prod(b.shape[d] for d in free_b))
    result = mm(left, right).reshape(tuple(a.shape[d] for d in free_a) + tuple(b.shape[d] for d in free_b))
    if out is not None:
        if out.dtype is not result.dtype:
            raise RuntimeError(f"tensordot: Expected the output tensor to have dtype "
                               f"{_scalar_type_name(result.dtype)}, but got an output tensor with dtype "
                               f"{_scalar_type_name(out.dtype)}")
        if out.shape != result.shape:
            if out.numel():
                warnings.warn(_RESIZE_WARNING.format(old=list(out.shape), new=list(result.shape)), UserWarning,
                              stacklevel=_user_stacklevel())
            out._data = np.empty(result._data.shape, out.dtype.np)
        out.copy_(result)
        return out
    return result


def _tensor_list(tensors) -> list:
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        return list(tensors[0])
    return list(tensors)


def meshgrid(*tensors_given, indexing: str | None = None) -> tuple:
    tensors = _tensor_list(tensors_given)
    if not tensors:
        raise RuntimeError("meshgrid expects a non-empty TensorList")
    if indexing is None:
        warn_once("torch.meshgrid: in an upcoming release, it will be required to pass the indexing argument. "
                  "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:4215.)",
                  at_library=True)  # raised under torch/functional.py's meshgrid: it points there
        indexing = "ij"
    for t in tensors[1:]:
        if t.dtype is not tensors[0].dtype:
            raise RuntimeError("meshgrid expects all tensors to have the same dtype")
    if indexing not in ("ij", "xy"):
        raise RuntimeError(f'torch.meshgrid: indexing must be one of "xy" or "ij", but received: {indexing}')
    for t in tensors:
        if t.ndim > 1:
            raise RuntimeError("torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got: "
                               f"{_aten_print(t)}")
    shape = [t.numel() for t in tensors]
    order = list(range(len(tensors)))
    if indexing == "xy" and len(tensors) >= 2:
        order[0], order[1] = 1, 0  # x varies along columns: the first two dimensions swap
    grid_shape = tuple(shape[i] for i in order)
    out = []
    for k, t in enumerate(tensors):
        view = [1] * len(tensors)
        view[order.index(k)] = -1
        out.append(t.reshape(tuple(view)).expand(grid_shape))
    return tuple(out)


def _aten_matrix(values: np.ndarray, indent: str) -> str:
    """One 2-D slice as ATen prints it: one width for all values, integral values without decimals,
    others with four (in scientific form when magnitudes span more than four decades)."""
    finite = values[np.isfinite(values)]
    nonzero = np.abs(finite[finite != 0])
    top = int(math.floor(math.log10(float(nonzero.max())))) + 1 if nonzero.size else 1
    bottom = int(math.floor(math.log10(float(nonzero.min())))) + 1 if nonzero.size else 1
    if finite.size and bool(np.all(finite == np.round(finite))):
        width, text = top + 1, "{:.0f}"
    elif top - bottom > 4:
        width, text = 11, "{:.4e}"
    else:
        width, text = builtins.max(top, 1) + 6, "{:.4f}"
    rows = (" ".join(f"{text.format(v):>{width}}" for v in row) for row in values.tolist())
    return ("\n" + indent).join(rows)


def _aten_print(t: Tensor) -> str:
    """ATen's own text of a tensor, as C++ error messages print one: 2-D slices (each headed by
    its index when there are more dimensions), then the legacy type and the sizes."""
    data = t._data.astype(np.float64)
    if data.ndim <= 2:
        body = _aten_matrix(data.reshape(data.shape[0] if data.ndim == 2 else 1, -1), "")
    else:
        blocks = []
        for lead in np.ndindex(*data.shape[:-2]):
            head = "(" + ",".join(str(i + 1) for i in lead) + ",.,.) = \n"
            blocks.append(head + _aten_matrix(data[lead], " "))
        body = "\n\n".join(blocks)
    shape = ",".join(str(s) for s in t.shape)
    return f"{body}\n[ torch.{t.dtype.legacy_name}{{{shape}}} ]"


def cartesian_prod(*tensors_given) -> Tensor:
    tensors = _tensor_list(tensors_given)
    for t in tensors:
        if t.ndim != 1:
            raise RuntimeError(f"Expect a 1D vector, but got shape [{', '.join(str(s) for s in t.shape)}]")
    if len(tensors) == 1:
        return tensors[0]
    return stack([g.reshape(-1) for g in meshgrid(tensors, indexing="ij")], 1)


def block_diag(*tensors_given) -> Tensor:
    tensors = _tensor_list(tensors_given)
    blocks = []
    for k, t in enumerate(tensors):
        if t.ndim > 2:
            raise RuntimeError("torch.block_diag: Input tensors must have 2 or fewer dimensions. "
                               f"Input {k} has {t.ndim} dimensions")
        rows, cols = (1, 1) if t.ndim == 0 else (1, t.shape[0]) if t.ndim == 1 else t.shape
        blocks.append((rows, cols))
    dtype = tensors[0].dtype if tensors else dtypes.get_default_dtype()
    for t in tensors[1:]:
        dtype = dtypes.promote_types(dtype, t.dtype)
    data = np.zeros((builtins.sum(r for r, _ in blocks), builtins.sum(c for _, c in blocks)), dtype.np)
    corners, r0, c0 = [], 0, 0
    for t, (rows, cols) in zip(tensors, blocks):
        data[r0:r0 + rows, c0:c0 + cols] = t._data.reshape(rows, cols)
        corners.append((r0, c0, rows, cols, tuple(t.shape)))
        r0, c0 = r0 + rows, c0 + cols
    return record(_block_diag_rule(len(tensors)), tuple(tensors), make(data, dtype), {"corners": corners})


_block_rules: dict[int, Rule] = {}


def _block_diag_rule(n: int) -> Rule:
    """block_diag takes any number of inputs: one table entry per arity, made on demand."""
    rule = _block_rules.get(n)
    if rule is None:
        def formula_for(k):
            def formula(grad, corners):
                r0, c0, rows, cols, shape = corners[k]
                return grad[r0:r0 + rows, c0:c0 + cols].reshape(shape)
            return formula
        rule = _block_rules[n] = Rule("block_diag", "BlockDiagBackward0", None,
                                      [formula_for(k) for k in range(n)], tuple(range(n)))
    return rule



# Rotations and index-driven copies
# ============================================================================================
def rot90(input: Tensor, k: int = 1, dims=(0, 1)) -> Tensor:
    if not isinstance(dims, (tuple, list)):
        raise ArgumentTypeError("rot90(): dims must be a tuple of ints")
    dims = tuple(dims)
    if len(dims) != 2:
        raise RuntimeError(f"expected total rotation dims == 2, but got dims = {len(dims)}")
    if input.ndim < 2:
        raise RuntimeError(f"expected total dims >= 2, but got total dims = {input.ndim}")
    d0, d1 = (norm_dim(d, input.ndim) for d in list_dims(dims))
    if d0 == d1:
        raise RuntimeError(f"expected rotation dims to be different, but got dim0 = {d0} and dim1 = {d1}")
    # PyTorch's steps, whose layout shows in .stride(): a flip (laid out as the input), transposed for odd k
    x, turns = input._data, k % 4
    if turns == 0:
        data = np.array(x, order="C")
    elif turns == 2:
        data = laid_out_like(np.ascontiguousarray(np.flip(x, (d0, d1))), x)
    else:
        data = np.swapaxes(laid_out_like(np.ascontiguousarray(np.flip(x, d1 if turns == 1 else d0)), x), d0, d1)
    return record(_R["rot90"], (input,), make(data, input.dtype), {"k": k, "dims": (d0, d1)})


def masked_select(input: Tensor, mask: Tensor) -> Tensor:
    if mask.dtype is not dtypes.bool_:
        raise RuntimeError("masked_select: expected BoolTensor for mask")
    _vmap_levels.refuse_masked_select(mask)
    try:
        shape = np.broadcast_shapes(input._data.shape, mask._data.shape)
    except ValueError:
        # PyTorch expands the mask against self, so the mask is "tensor a" in its message
        raise shapes_broadcast_error(tuple(mask.shape), tuple(input.shape)) from None
    full_mask = np.broadcast_to(mask._data, shape)
    data = np.broadcast_to(input._data, shape)[full_mask]
    return record(_R["masked_select"], (input,), make(np.array(data), input.dtype),
                  {"shape": tuple(shape), "picks": full_mask, "mask": mask, "self": input})


def masked_select_backward(grad: Tensor, shape, mask: np.ndarray) -> Tensor:
    return index_put(make(np.zeros(shape, grad.dtype.np), grad.dtype), (mask,), grad)


def take(input: Tensor, index: Tensor) -> Tensor:
    check_long_index("take", index)
    flat = input._data.reshape(-1)
    idx = index._data
    if flat.size == 0 and idx.size:
        raise IndexError("take(): tried to take from an empty tensor")
    bad = (idx >= flat.size) | (idx < -flat.size)
    if bad.any():
        raise IndexError(f"out of range: tried to access index {int(idx[bad].reshape(-1)[0])} on a tensor of "
                         f"{flat.size} elements.")
    data = flat[idx]
    return record(_R["take"], (input,), make(np.array(data), input.dtype),
                  {"shape": input.shape, "picks": np.where(idx < 0, idx + flat.size, idx), "index": index,
                   "self": input})


def take_backward(grad: Tensor, shape, index: np.ndarray) -> Tensor:
    zeros = make(np.zeros(math.prod(shape), grad.dtype.np), grad.dtype)
    return index_put(zeros, (index.reshape(-1),), grad.reshape(-1), accumulate=True).reshape(tuple(shape))


def index_add(input: Tensor, dim: int, index: Tensor, source: Tensor, *, alpha=1) -> Tensor:
    d = norm_dim(dim, builtins.max(input.ndim, 1))
    check_index_add(input, d, index, source)
    idx = in_bounds(index._data.reshape(-1), d, input.shape[d] if input.ndim else 1, wrap=False)
    data = input._data.copy()
    src = source._data.astype(input.dtype.np, copy=False)
    if alpha != 1:
        src = src * input.dtype.np.type(alpha)
    view = np.moveaxis(data, d, 0) if input.ndim else data.reshape(1)
    np.add.at(view, idx, np.moveaxis(src, d, 0) if source.ndim else src)
    return record(_R["index_add"], (input, source), make(data, input.dtype),
                  {"dim": d, "index": index, "alpha": alpha, "source": source, "source_dim": source.ndim})


# Index lists and splits
# ============================================================================================
def argwhere(input: Tensor) -> Tensor:
    # functorch has no batching rule for argwhere: its fallback runs one sample at a time, as the
    # engine's vmap does, and stacks (which fails if the samples' counts differ)
    _vmap_levels.warn_fallback(input, "aten::argwhere")
    return nonzero_indices(input)


def isin(elements, test_elements, *, assume_unique: bool = False, invert: bool = False) -> Tensor:
    a = elements._data if isinstance(elements, Tensor) else np.asarray(elements)
    b = test_elements._data if isinstance(test_elements, Tensor) else np.asarray(test_elements)
    if a.dtype == np.bool_ or b.dtype == np.bool_:
        raise RuntimeError("Unsupported input type encountered for isin(): Bool")
    return make(np.isin(a, b, invert=invert), dtypes.bool_)


def _triangle_indices(row: int, col: int, offset: int, upper: bool, dtype) -> Tensor:
    out_dtype = _resolve_dtype(dtype) or dtypes.int64
    mask = np.triu(np.ones((row, col), bool), offset) if upper else np.tril(np.ones((row, col), bool), offset)
    return make(np.stack(np.nonzero(mask)).astype(out_dtype.np).reshape(2, -1), out_dtype)


def tril_indices(row: int, col: int, offset: int = 0, *, dtype=None, device=None, layout=None) -> Tensor:
    return _triangle_indices(row, col, offset, False, dtype)


def triu_indices(row: int, col: int, offset: int = 0, *, dtype=None, device=None, layout=None) -> Tensor:
    return _triangle_indices(row, col, offset, True, dtype)


def tensor_split(input: Tensor, indices_or_sections, dim: int = 0) -> tuple:
    d = norm_dim(dim, builtins.max(input.ndim, 1))
    if input.ndim == 0:
        raise RuntimeError(f"tensor_split expected at least a 1-dimensional tensor, but got a tensor with "
                           f"{input.ndim} dims")
    size = input.shape[d]
    if isinstance(indices_or_sections, Tensor):
        if indices_or_sections.dtype is not dtypes.int64:
            raise RuntimeError("tensor_split expected tensor_indices_or_sections to have dtype of long, but got "
                               f"{_scalar_type_name(indices_or_sections.dtype)}")
        indices_or_sections = (indices_or_sections.tolist() if indices_or_sections.ndim
                               else int(indices_or_sections.item()))
    if isinstance(indices_or_sections, numbers.Integral):
        n = int(indices_or_sections)
        if n <= 0:
            raise RuntimeError(f"number of sections must be larger than 0, got {n}")
        base, extra = divmod(size, n)
        bounds = [0]
        for i in range(n):
            bounds.append(bounds[-1] + base + (1 if i < extra else 0))
    else:
        bounds = [0] + [builtins.min(builtins.max(int(i) if i >= 0 else int(i) + size, 0), size)
                        for i in indices_or_sections] + [size]
    return tuple(input.narrow(d, lo, builtins.max(hi - lo, 0)) if hi >= lo else input.narrow(d, lo, 0)
                 for lo, hi in zip(bounds[:-1], bounds[1:]))


def _split_along(name: str, input: Tensor, sections, dim: int, min_dims: int) -> tuple:
    if input.ndim < min_dims:
        raise RuntimeError(f"torch.{name} requires a tensor with at least {min_dims} dimension, but got a tensor "
                           f"with {input.ndim} dimensions!")
    if not isinstance(sections, (tuple, list)):
        if not is_dim(sections):  # an int (a numpy or 0-d tensor one too) or a sequence: PyTorch's overloads
            raise ArgumentTypeError(f"{name}(): sections must be an int or a sequence of ints")
        sections = int(sections)
    if isinstance(sections, int) and (sections == 0 or input.shape[dim] % sections):
        raise RuntimeError(f"torch.{name} attempted to split along dimension {dim}, but the size of the dimension "
                           f"{input.shape[dim]} is not divisible by the split_size {sections}!")
    return tensor_split(input, sections, dim)


def hsplit(input: Tensor, sections) -> tuple:
    return _split_along("hsplit", input, sections, 1 if input.ndim > 1 else 0, 1)


def vsplit(input: Tensor, sections) -> tuple:
    return _split_along("vsplit", input, sections, 0, 2)


def dsplit(input: Tensor, sections) -> tuple:
    return _split_along("dsplit", input, sections, 2, 3)


def index_fill(input: Tensor, dim: int, index: Tensor, value) -> Tensor:
    d = norm_dim(dim, builtins.max(input.ndim, 1))
    check_index_fill(index, value)
    idx = in_bounds(index._data.reshape(-1), d, input.shape[d] if input.ndim else 1, wrap=True, error=IndexError)
    check_number(value, "index_fill", "value")
    data = input._data.copy()
    fill = value.item() if isinstance(value, Tensor) else real_fill_value(value, input.dtype)
    (np.moveaxis(data, d, 0) if input.ndim else data.reshape(1))[idx] = fill
    return record(_R["index_fill"], (input,), make(data, input.dtype), {"dim": d, "index": index})


def index_copy(input: Tensor, dim: int, index: Tensor, source: Tensor) -> Tensor:
    d = norm_dim(dim, builtins.max(input.ndim, 1))
    check_index_copy(input, d, index, source)
    idx = in_bounds(index._data.reshape(-1), d, input.shape[d] if input.ndim else 1, wrap=False, error=IndexError,
                    prefix="index_copy_(): ")
    data = input._data.copy()
    src = source._data.astype(input.dtype.np, copy=False)
    (np.moveaxis(data, d, 0) if input.ndim else data.reshape(1))[idx] = np.moveaxis(src, d, 0) if source.ndim else src
    return record(_R["index_copy"], (input, source), make(data, input.dtype), {"dim": d, "index": index})


def combinations(input: Tensor, r: int = 2, with_replacement: bool = False) -> Tensor:
    if input.ndim != 1:
        raise RuntimeError(f"Expect a 1D vector, but got shape [{', '.join(str(s) for s in input.shape)}]")
    if r < 0:
        raise RuntimeError(f"Expect a non-negative number, but got {r}")
    if r == 0:
        return make(np.zeros(0, input.dtype.np), input.dtype)
    n = input.shape[0]
    grids = meshgrid(*([input] * r), indexing="ij")
    positions = np.indices((n,) * r)
    keep = np.ones((n,) * r, bool)
    for a, b in zip(positions[:-1], positions[1:]):
        keep &= (a <= b) if with_replacement else (a < b)
    mask = make(keep, dtypes.bool_)
    return stack([masked_select(g, mask) for g in grids], 1)


def unique_consecutive(input: Tensor, return_inverse: bool = False, return_counts: bool = False,
                       dim=None) -> Tensor | tuple:
    """Each run of equal elements (or, along ``dim``, of equal slices) once, with where each input
    element went and the runs' lengths."""
    refuse_complex(input, "unique_consecutive")
    if dim is None:
        rows = input._data.reshape(-1, 1)
    else:
        if input.ndim == 0:
            raise IndexError(f"Dimension specified as {dim} but tensor has no dimensions")
        d = norm_dim(dim, input.ndim)
        if builtins.any(n == 0 for k, n in enumerate(input.shape) if k != d):
            raise RuntimeError("There are 0 sized dimensions, and they aren't selected, so unique cannot be applied")
        rows = np.moveaxis(input._data, d, 0).reshape(input.shape[d], -1 if input._data.size else 0)
    starts = np.ones(rows.shape[0], bool)
    starts[1:] = (rows[1:] != rows[:-1]).any(axis=1)  # NaN differs from itself, as in PyTorch
    kept = np.flatnonzero(starts)
    if dim is None:
        values = make(input._data.reshape(-1)[kept].copy(), input.dtype)
    else:
        values = make(np.ascontiguousarray(np.take(input._data, kept, axis=d)), input.dtype)
    record(_R["unique_consecutive"], (input,), values)
    extra = []
    if return_inverse:
        group = (np.cumsum(starts) - 1).astype(np.int64)
        extra.append(make(group.reshape(input._data.shape) if dim is None else group, dtypes.int64))
    if return_counts:
        extra.append(make(np.diff(np.append(kept, rows.shape[0])).astype(np.int64), dtypes.int64))
    return (values, *extra) if extra else values


def diagflat(input: Tensor, offset: int = 0) -> Tensor:
    return diag_embed(input.reshape(-1), offset, 0, 1)


def unfold(input: Tensor, dimension: int, size: int, step: int) -> Tensor:
    """A view of every window of ``size`` along ``dimension``, ``step`` apart, as a new last dim."""
    d = norm_dim(dimension, builtins.max(input.ndim, 1))
    length = input.shape[d] if input.ndim else 1
    if size > length:
        raise RuntimeError(f"maximum size for tensor at dimension {d} is {length} but size is {size}")
    if step <= 0:
        raise RuntimeError(f"step is {step} but must be > 0")
    data = _windows(input._data, d, size, step)
    if input.ndim == 0:
        data = data.reshape(size)  # a 0-d tensor's one window has no window dimension of its own
    return _view_op("unfold", input, data, {"shape": input.shape, "dimension": d, "size": size, "step": step})


def _windows(x: np.ndarray, d: int, size: int, step: int) -> np.ndarray:
    x = x.reshape(1) if x.ndim == 0 else x
    count = (x.shape[d] - size) // step + 1
    shape = x.shape[:d] + (count,) + x.shape[d + 1:] + (size,)
    strides = x.strides[:d] + (x.strides[d] * step,) + x.strides[d + 1:] + (x.strides[d],)
    root = x
    while isinstance(root.base, np.ndarray):
        root = root.base
    if not (root.flags.c_contiguous or root.flags.f_contiguous):
        return as_strided(x, shape=shape, strides=strides)
    # Over the owner's buffer, so storage_offset() and the storage are the base's, as for any view.
    start = x.__array_interface__["data"][0] - root.__array_interface__["data"][0]
    view = np.ndarray(shape, dtype=x.dtype, buffer=root, offset=start, strides=strides)
    if not root.flags.writeable:
        view.flags.writeable = False
    return view


def unfold_backward(grad: Tensor, shape, dim: int, size: int, step: int) -> Tensor:
    """Each window's gradient added back where the window came from (itself differentiable)."""
    data = np.zeros(tuple(shape) or (1,), grad.dtype.np)
    windows = _windows(data, dim, size, step)
    count = windows.shape[dim]
    for k in range(count):  # windows may overlap: add one window at a time
        index = (slice(None),) * dim + (slice(k * step, k * step + size),)
        data[index] += np.moveaxis(np.take(grad._data, k, axis=dim), -1, dim)
    out = make(data.reshape(tuple(shape)), grad.dtype)
    return record(_R["unfold_backward"], (grad,), out, {"dim": dim, "size": size, "step": step})


def broadcast_tensors(*tensors) -> tuple:
    # unlike meshgrid, PyTorch takes no single list here: the list itself is element 0
    for k, t in enumerate(tensors):
        if not isinstance(t, Tensor):
            raise TypeError(f"expected Tensor as element {k} in argument 0, but got {_type_name(t)}")
    shape: tuple = ()
    for t in tensors:  # folded left to right as ATen's infer_size: its error names the pair that clashes
        try:
            shape = np.broadcast_shapes(shape, t._data.shape)
        except ValueError:
            raise shapes_broadcast_error(shape, t._data.shape) from None
    # a tensor already of the broadcast shape comes back itself, as PyTorch's (no ExpandBackward0 view)
    return tuple(t if t._data.shape == shape else t.expand(shape) for t in tensors)


def unravel_index(indices, shape) -> tuple:
    if not isinstance(indices, Tensor):
        raise AttributeError(f"'{type(indices).__name__}' object has no attribute 'is_complex'")
    idx = indices._data if isinstance(indices, Tensor) else np.asarray(indices)
    shape = (shape,) if isinstance(shape, numbers.Integral) else tuple(shape)
    total = math.prod(shape)
    if ((idx < -total) | (idx >= total)).any():
        raise RuntimeError("index is out of bounds for tensor of shape " + str(list(shape)).replace(" ", ""))
    parts = np.unravel_index(np.where(idx < 0, idx + total, idx), shape)
    return tuple(make(np.asarray(p, dtype=np.int64), dtypes.int64) for p in parts)


def masked_scatter(input: Tensor, mask: Tensor, source: Tensor, *, _in_place: bool = False) -> Tensor:
    """``input`` with ``source``'s leading elements written where ``mask`` is True, in order."""
    check_masked_scatter(input, mask, source, _in_place)
    if not _in_place and tuple(np.broadcast_shapes(mask.shape, input.shape)) != input.shape:
        input = input.expand(np.broadcast_shapes(mask.shape, input.shape))  # the result takes the mask's shape
    full = np.broadcast_to(mask._data, input._data.shape)
    count = int(full.sum())
    if count > source.numel():
        raise RuntimeError("Number of elements of source < number of ones in mask")
    data = input._data.copy()
    data[full] = source._data.reshape(-1)[:count].astype(input.dtype.np)
    return record(_R["masked_scatter"], (input, source), make(data, input.dtype),
                  {"mask": full, "source_shape": source.shape})


def masked_fill_where(grad: Tensor, mask: np.ndarray) -> Tensor:
    return grad.masked_fill(make(mask, dtypes.bool_), 0)


def masked_scatter_backward(grad: Tensor, mask: np.ndarray, source_shape) -> Tensor:
    picked = index(grad, (mask,))
    missing = math.prod(source_shape) - picked.numel()
    if missing:
        picked = cat([picked, make(np.zeros(missing, grad.dtype.np), grad.dtype)], 0)
    return picked.reshape(tuple(source_shape))


def put(input: Tensor, index_: Tensor, source: Tensor, accumulate: bool = False) -> Tensor:
    check_put(input, index_, source)
    flat_size = input.numel()
    idx = index_._data.reshape(-1)
    bad = (idx >= flat_size) | (idx < -flat_size)
    if bad.any():
        raise IndexError(f"out of range: tried to access index {int(idx[bad][0])} on a tensor of {flat_size} "
                         "elements.")
    idx = np.where(idx < 0, idx + flat_size, idx)
    data = input._data.copy().reshape(-1)
    values = source._data.reshape(-1).astype(input.dtype.np)
    if accumulate:
        np.add.at(data, idx, values)
    else:
        data[idx] = values
    return record(_R["put"], (input, source), make(data.reshape(input._data.shape), input.dtype),
                  {"index": idx, "accumulate": accumulate, "source_shape": source.shape})


def put_backward_self(grad: Tensor, index: np.ndarray, accumulate: bool) -> Tensor:
    if accumulate:
        return grad
    flat = grad.reshape(-1)
    mask = np.ones(flat.shape[0], bool)
    mask[index] = False
    return (flat * make(mask, dtypes.bool_)).reshape(tuple(grad.shape))


def put_backward_source(grad: Tensor, index: np.ndarray, source_shape) -> Tensor:
    return grad.reshape(-1)[make(index, dtypes.int64)].reshape(tuple(source_shape))

"""``F.max_unpool1d`` / ``2d`` / ``3d``: put each value back where ``max_pool(return_indices=True)`` found it.

The output starts as zeros and each input value is written at its flat index within its
(sample, channel) plane, in raster order, so of two values sent to one place the later one stays,
as in PyTorch's CPU loop on one thread; an index outside the plane is reported after the loop
(the last one found). (With several threads PyTorch splits that loop, and which of two values
sent to one place stays, or which bad index is named, depends on the threads' timing; indices
from max_pool only repeat for overlapping windows, and then with the same value.)

The gradient reads the output gradient back at the same indices (a gather), which the engine
records as PyTorch's ``MaxUnpool2DBackward0`` (``MaxUnpool3DBackward0``). The 1-D form is the 2-D one on a trailing unit
dimension, as in PyTorch.
"""
from __future__ import annotations

from typing import Any, Optional

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, _scalar_name, forget_shown_warnings, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.record import RULES, record

__all__ = ["max_unpool1d", "max_unpool2d", "max_unpool3d"]


def _tuple(value: Any, n: int) -> tuple:
    if isinstance(value, (tuple, list)):
        return tuple(int(v) for v in value)
    return (int(value),) * n


def _output_size(input: Tensor, kernel: tuple, stride: tuple, padding: tuple, output_size: Any) -> Any:
    """The spatial output size: the pooled input's size unless one is given (then it is checked)."""
    n = len(kernel)
    default = [(input.shape[input.ndim - n + d] - 1) * stride[d] + kernel[d] - 2 * padding[d] for d in range(n)]
    if output_size is None:
        size = default
    else:
        if len(output_size) == n + 2:
            output_size = output_size[2:]
        if len(output_size) != n:
            raise ValueError(f"output_size should be a sequence containing {n} or {n + 2} elements, but it has a "
                             f"length of '{len(output_size)}'")
        for d in range(n):
            low, high = default[d] - stride[d], default[d] + stride[d]
            if not low < output_size[d] < high:
                raise ValueError(f'invalid output_size "{output_size}" (dim {d} must be between {low} and {high})')
        size = output_size
    # PyTorch checks the sizes with torch._check_value, whose first call changes the warning filters
    forget_shown_warnings()
    for d in range(n):
        if size[d] < 0:
            raise ValueError("max_unpooling: output_size must contain non-negative spatial dimensions, but got "
                             f"output_size[{d}]={size[d]}")
    return size


def _unpool(input: Tensor, indices: Tensor, output_size, stride: tuple) -> Tensor:
    """Max-unpooling of ``len(output_size)`` (2 or 3) spatial dims, with ATen's checks in its order."""
    n = len(output_size)
    if indices.dtype is not dtypes.int64:
        got = f" but got: {_scalar_name(indices.dtype)}" if n == 2 else ""
        raise RuntimeError(f"elements in indices should be type int64{got}")
    if input.ndim not in (n + 1, n + 2):
        raise RuntimeError(f"Input to max_unpooling{n}d should be a {n + 1}d or {n + 2}d Tensor, but got a tensor with "
                           f"{input.ndim} dimensions.")
    if tuple(input.shape) != tuple(indices.shape):
        raise RuntimeError(f"Expected shape of indices to be same as that of the input tensor ({_dims(input.shape)}) "
                           f"but got indices tensor with shape: {_dims(indices.shape)}")
    for i in range(1, input.ndim):
        if input.shape[i] <= 0:
            raise RuntimeError(f"max_unpooling{n}d_forward_out_cpu(): Expected input to have non-zero size for "
                               f"non-batch dimensions, but got {_dims(input.shape)} with dimension {i} being empty.")
    if n == 3 and min(stride) <= 0:
        raise RuntimeError(f"strides should be greater than zero, but got stride: {_dims(stride)}")
    if not input.dtype.is_floating_point:
        raise NotImplementedError(f'"max_unpool{n}d" not implemented for \'{_scalar_name(input.dtype)}\'')
    sizes = tuple(int(d) for d in output_size)
    volume = int(np.prod(sizes))
    planes = int(np.prod(input.shape[:-n]))
    values = input._data.reshape(planes, -1)
    where = indices._data.reshape(planes, -1)
    bad = (where < 0) | (where >= volume)
    if bad.any():
        plane, pos = np.nonzero(bad)
        raise RuntimeError(f"Found an invalid max index: {where[plane[-1], pos[-1]]} (output volumes are of size "
                           f"{'x'.join(str(d) for d in sizes)})")
    out = np.zeros((planes, volume), dtype=input.dtype.np)
    # Keep, for each target place, the value written last in raster order.
    keys = (np.arange(planes, dtype=np.int64)[:, None] * volume + where).reshape(-1)[::-1]
    _, last = np.unique(keys, return_index=True)
    out.reshape(-1)[keys[last]] = values.reshape(-1)[::-1][last]
    result = make(out.reshape(tuple(input.shape[:-n]) + sizes), input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES[f"max_unpool{n}d"], (input, indices), result, {})
    return result


def _dims(shape) -> str:
    return "[" + ", ".join(str(d) for d in shape) + "]"


def _geometry(input: Tensor, n: int, kernel_size, stride, padding, output_size) -> tuple[list, tuple]:
    """(spatial output size, strides) of an ``n``-d unpooling, as F.max_unpool{n}d works them out."""
    kernel = _tuple(kernel_size, n)
    strides = _tuple(stride, n) if stride is not None else kernel
    return list(_output_size(input, kernel, strides, _tuple(padding, n), output_size)), strides


def max_unpool2d(input: Tensor, indices: Tensor, kernel_size, stride=None, padding=0,
                 output_size: Optional[Any] = None) -> Tensor:
    size, strides = _geometry(input, 2, kernel_size, stride, padding, output_size)
    return _unpool(input, indices, size, strides)


def max_unpool1d(input: Tensor, indices: Tensor, kernel_size, stride=None, padding=0,
                 output_size: Optional[Any] = None) -> Tensor:
    size, strides = _geometry(input, 1, kernel_size, stride, padding, output_size)
    return _unpool(input.unsqueeze(-1), indices.unsqueeze(-1), size + [1], strides + (1,)).squeeze(-1)


def max_unpool3d(input: Tensor, indices: Tensor, kernel_size, stride=None, padding=0,
                 output_size: Optional[Any] = None) -> Tensor:
    size, strides = _geometry(input, 3, kernel_size, stride, padding, output_size)
    return _unpool(input, indices, size, strides)

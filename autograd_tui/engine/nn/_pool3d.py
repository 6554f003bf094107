"""``F.avg_pool3d``, ``F.adaptive_avg_pool3d`` and ``F.adaptive_max_pool3d``: pooling over volumes
(N, C, D, H, W), as 3-D CNN tutorials use after ``conv3d``.

Each loop is ATen's CPU kernel's: a window's elements added depth, row, column into a float
(double for float64) accumulator, then divided once; an adaptive window spans
[floor(o*S/O), ceil((o+1)*S/O)) per dim and its sum is divided by the depth, height, then width;
a whole-volume adaptive average (output 1x1x1) is a mean, as PyTorch takes it. The gradients are
numpy kernels that add each output's share in the order of the outputs, each recorded as one
backward op (``AvgPool3DBackwardBackward0``, ...) whose gradient for the incoming gradient is the
pooling itself: a second derivative (and forward mode) works, a third refuses, as for 2-D pools.
"""
from __future__ import annotations

import itertools
from typing import Any, Optional, Sequence, Union

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State, no_grad
from autograd_tui.engine.nn import _kernels as K
from autograd_tui.engine.nn._conv_pool import _ntuple, adaptive_rank_check, check_pool_sizes, shown_pool_args
from autograd_tui.engine.record import RULES, record, record_backward_op

__all__ = ["adaptive_avg_pool3d", "adaptive_max_pool3d", "avg_pool3d", "avg_pool3d_grad", "adaptive_avg_pool3d_grad",
           "adaptive_max_pool3d_grad", "avg_pool3d_grad_of_grad", "adaptive_avg_pool3d_grad_of_grad",
           "adaptive_max_pool3d_grad_of_grad"]

IntOrTriple = Union[int, Sequence[int]]


def _acc(dtype: np.dtype) -> type:
    return np.float64 if dtype == np.float64 else np.float32


def _volume_args(name: str, kernel_size: IntOrTriple, stride: Optional[IntOrTriple], padding: IntOrTriple) -> tuple:
    for value, what, allow_empty in ((kernel_size, "kernel_size", False), (stride, "stride", True),
                                     (padding, "padding", False)):
        if isinstance(value, (tuple, list)) and len(value) not in ((0, 1, 3) if allow_empty else (1, 3)):
            forms = "be omitted, a single int" if allow_empty else "be a single int"
            raise RuntimeError(f"{name}: {what} must {forms}, or a tuple of three ints")
    kernel = _ntuple(kernel_size, 3)
    strides = kernel if stride is None or (isinstance(stride, (tuple, list)) and not stride) else _ntuple(stride, 3)
    return kernel, strides, _ntuple(padding, 3)


def _volumes(input: Tensor, name: str) -> np.ndarray:
    """The input's data as (N, C, D, H, W): an unbatched volume gets a batch of one."""
    if input.ndim not in (4, 5):
        raise RuntimeError("non-empty 4D or 5D (batch mode) tensor expected for input")
    if 0 in tuple(input.shape)[input.ndim - 4:]:
        # ATen's message names dimension 0 whichever dim is empty
        raise RuntimeError(f"{name}(): Expected input's non-batch dimensions to have positive length, but input "
                           f"has a shape of {list(input.shape)} and non-batch dimension 0 has length zero!")
    return input._data[None] if input.ndim == 4 else input._data


def avg_pool3d(input: Tensor, kernel_size: IntOrTriple, stride: Optional[IntOrTriple] = None,
               padding: IntOrTriple = 0, ceil_mode: bool = False, count_include_pad: bool = True,
               divisor_override: Optional[int] = None) -> Tensor:
    kernel, strides, paddings = _volume_args("avg_pool3d", kernel_size, stride, padding)
    if divisor_override == 0:
        raise RuntimeError("divisor must be not zero")
    check_pool_sizes(kernel, strides, paddings, (1, 1, 1), "THW")
    data = _volumes(input, "avg_pool3d")
    if not (input.dtype.is_floating_point or input.dtype is dtypes.int64):
        raise NotImplementedError(f"\"avg_pool3d_out_frame\" not implemented for "
                                  f"'{_F._scalar_type_name(input.dtype)}'")
    sizes = tuple(data.shape[2:])
    if any(s + 2 * p < k for s, p, k in zip(sizes, paddings, kernel)):
        raise RuntimeError(f"input image (T: {sizes[0]} H: {sizes[1]} W: {sizes[2]}) smaller than kernel size "
                           f"(kT: {kernel[0]} kH: {kernel[1]} kW: {kernel[2]})")
    out = tuple(K.out_size(s, k, st, 2 * p, 1, ceil_mode, p) for s, k, st, p in zip(sizes, kernel, strides, paddings))
    pad = tuple((p, max(p, (o - 1) * st + k - s - p)) for p, o, st, k, s in zip(paddings, out, strides, kernel, sizes))
    view = K.windows(np.pad(data, ((0, 0), (0, 0)) + pad), kernel, strides, (1, 1, 1), out)
    acc = _acc(data.dtype)
    sums: np.ndarray = np.zeros(view.shape[:5], dtype=acc if input.dtype.is_floating_point else np.int64)
    for offset in itertools.product(*(range(k) for k in kernel)):
        sums += view[(Ellipsis,) + offset]
    declared = tuple((p, p) for p in paddings)  # the overhang ceil_mode adds is never counted
    divisor = K.avg_pool_divisor(sizes, kernel, strides, declared, out, count_include_pad, divisor_override)
    if input.dtype.is_floating_point:
        pooled = (sums / divisor.astype(acc)).astype(data.dtype, copy=False)
    else:  # int64 divides and truncates toward zero
        pooled = np.trunc(sums / divisor).astype(np.int64)
    result = make(pooled.reshape(tuple(input.shape[:-3]) + out), input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["avg_pool3d"], (input,), result,
               {"in_shape": tuple(input.shape), "pool_kernel": kernel, "pool_stride": strides, "pool_pad": pad,
                "divisor": divisor, **shown_pool_args(3, kernel_size, stride, padding), "ceil_mode": ceil_mode,
                "count_include_pad": count_include_pad, "divisor_override": divisor_override})
    return result


def avg_pool3d_backward(grad: Tensor, in_shape, kernel, stride, pad, divisor: np.ndarray) -> Tensor:
    """Each output's gradient shared equally by its window, added in the order of the outputs."""
    g = grad._data.reshape((-1,) + grad._data.shape[-4:]) if grad.ndim == 4 else grad._data
    share = (g / divisor.astype(g.dtype))[:, :, None, None, None]
    cols = np.ascontiguousarray(np.broadcast_to(share, g.shape[:2] + tuple(kernel) + g.shape[2:]))
    volume = tuple(in_shape[-3:])
    padded_shape = tuple(s + before + after for s, (before, after) in zip(volume, pad))
    padded = K.scatter_windows(cols, padded_shape, stride, (1, 1, 1), outputs_in_order=True)
    crop = tuple(slice(before, before + s) for s, (before, _) in zip(volume, pad))
    kept = padded[(slice(None), slice(None)) + crop]
    return make(np.ascontiguousarray(kept).reshape(in_shape), grad.dtype)


def _adaptive_sizes(name: str, output_size: Any, sizes: tuple) -> tuple:
    if isinstance(output_size, (tuple, list)):
        if len(output_size) != 3:
            raise RuntimeError(f"{name}: output_size must be 3")
        return tuple(sizes[i] if s is None else int(s) for i, s in enumerate(output_size))
    return (int(output_size),) * 3


def adaptive_avg_pool3d(input: Tensor, output_size: Any) -> Tensor:
    adaptive_rank_check(input, output_size, 3)
    out = _adaptive_sizes("adaptive_avg_pool3d", output_size, tuple(input.shape[-3:])) if input.ndim >= 3 \
        else (output_size,) * 3
    if out == (1, 1, 1):  # what PyTorch does too (MeanBackward1, dims -1, -2, -3), for a tensor of any rank
        return _F.mean(input, (-1, -2, -3), keepdim=True)
    if input.ndim not in (4, 5):
        raise RuntimeError(f"adaptive_avg_pool3d(): Expected 4D or 5D tensor, but got {list(input.shape)}")
    if not input.dtype.is_floating_point:
        raise NotImplementedError(f"\"adaptive_avg_pool3d_cpu\" not implemented for "
                                  f"'{_F._scalar_type_name(input.dtype)}'")
    x = input._data
    acc = _acc(x.dtype)
    data = np.empty(x.shape[:-3] + out, dtype=x.dtype)
    d, h, w = x.shape[-3:]
    for i, (d0, d1) in enumerate(K.adaptive_ranges(d, out[0])):
        for j, (h0, h1) in enumerate(K.adaptive_ranges(h, out[1])):
            for k, (w0, w1) in enumerate(K.adaptive_ranges(w, out[2])):
                total: np.ndarray = np.zeros(x.shape[:-3], dtype=acc)
                for a, b, c in itertools.product(range(d0, d1), range(h0, h1), range(w0, w1)):
                    total += x[..., a, b, c]
                data[..., i, j, k] = total / acc(d1 - d0) / acc(h1 - h0) / acc(w1 - w0)
    result = make(data, input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["adaptive_avg_pool3d"], (input,), result, {"in_shape": tuple(input.shape)})
    return result


def adaptive_avg_pool3d_backward(grad: Tensor, in_shape) -> Tensor:
    g = grad._data
    d, h, w = in_shape[-3:]
    out = np.zeros(in_shape, dtype=g.dtype)
    for i, (d0, d1) in enumerate(K.adaptive_ranges(d, g.shape[-3])):
        for j, (h0, h1) in enumerate(K.adaptive_ranges(h, g.shape[-2])):
            for k, (w0, w1) in enumerate(K.adaptive_ranges(w, g.shape[-1])):
                share = g[..., i, j, k] / g.dtype.type(d1 - d0) / g.dtype.type(h1 - h0) / g.dtype.type(w1 - w0)
                out[..., d0:d1, h0:h1, w0:w1] += share[..., None, None, None]
    return make(out, grad.dtype)


def adaptive_max_pool3d(input: Tensor, output_size: Any, return_indices: bool = False) -> Any:
    if input.ndim not in (4, 5):
        raise RuntimeError(f"adaptive_max_pool3d(): Expected 4D or 5D tensor, but got: {list(input.shape)}")
    if not input.dtype.is_floating_point:
        raise NotImplementedError(f"\"adaptive_max_pool3d_cpu\" not implemented for "
                                  f"'{_F._scalar_type_name(input.dtype)}'")
    out = _adaptive_sizes("adaptive_max_pool3d", output_size, tuple(input.shape[-3:]))
    x = input._data
    d, h, w = x.shape[-3:]
    data = np.empty(x.shape[:-3] + out, dtype=x.dtype)
    indices = np.empty(x.shape[:-3] + out, dtype=np.int64)
    for i, (d0, d1) in enumerate(K.adaptive_ranges(d, out[0])):
        for j, (h0, h1) in enumerate(K.adaptive_ranges(h, out[1])):
            for k, (w0, w1) in enumerate(K.adaptive_ranges(w, out[2])):
                window = x[..., d0:d1, h0:h1, w0:w1].reshape(x.shape[:-3] + (-1,))
                dd, hh, ww = np.meshgrid(np.arange(d0, d1), np.arange(h0, h1), np.arange(w0, w1), indexing="ij")
                flat = ((dd * h + hh) * w + ww).reshape(-1)
                nan = np.isnan(window)
                # the first largest value wins; a NaN always does (the last one, as ATen's loop keeps it)
                last_nan = window.shape[window.ndim - 1] - 1 - np.argmax(nan[..., ::-1], axis=-1)
                pick = np.where(nan.any(axis=-1), last_nan, np.argmax(window, axis=-1))
                data[..., i, j, k] = np.take_along_axis(window, pick[..., None], -1)[..., 0]
                indices[..., i, j, k] = flat[pick]
    result = make(data, input.dtype)
    index = make(indices, dtypes.int64)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["adaptive_max_pool3d"], (input,), result, {"in_shape": tuple(input.shape), "result1": index})
    return (result, index) if return_indices else result


def adaptive_max_pool3d_backward(grad: Tensor, in_shape, indices: np.ndarray) -> Tensor:
    """The gradient added at each window's chosen element (twice if two windows chose it)."""
    g = grad._data
    planes = int(np.prod(in_shape[:-3]))
    volume = int(np.prod(in_shape[-3:]))
    offset = (np.arange(planes, dtype=np.int64) * volume).reshape(in_shape[:-3] + (1, 1, 1))
    flat = (indices + offset).reshape(-1)
    summed = np.bincount(flat, weights=g.reshape(-1), minlength=planes * volume)
    return make(summed.reshape(in_shape).astype(g.dtype, copy=False), grad.dtype)


# The gradients recorded as ops of their own (see the module's docstring), and those ops' gradients
# for the incoming gradient: the pooling applied to it.
def avg_pool3d_grad(grad: Tensor, self: Tensor, in_shape, kernel, stride, pad, divisor: np.ndarray,
                    shown: Optional[dict] = None) -> Tensor:
    """``shown``: the forward's arguments as its node showed them, which PyTorch's backward node shows too."""
    return record_backward_op("avg_pool3d_backward", (grad, self),
                              {"pool_kernel": kernel, "pool_stride": stride, "pool_pad": pad, "divisor": divisor,
                               **(shown or {})},
                              lambda: avg_pool3d_backward(grad, in_shape, kernel, stride, pad, divisor))


def avg_pool3d_grad_of_grad(grad: Tensor, kernel, stride, pad, divisor: np.ndarray) -> Tensor:
    data = grad._data[None] if grad.ndim == 4 else grad._data
    view = K.windows(np.pad(data, ((0, 0), (0, 0)) + tuple(pad)), kernel, stride, (1, 1, 1), divisor.shape)
    sums = view.sum(axis=(-3, -2, -1))
    pooled = np.asarray(sums / divisor.astype(sums.dtype), dtype=grad.dtype.np)
    return make(pooled.reshape(tuple(grad.shape[:-3]) + divisor.shape), grad.dtype)


def adaptive_avg_pool3d_grad(grad: Tensor, self: Tensor, in_shape) -> Tensor:
    # PyTorch's node keeps only the output's sizes, as grad_output_sym_argsize_minus_1, _2, _3
    sizes = {f"grad_output_sym_argsize_minus_{k}": grad.shape[-k] for k in (1, 2, 3)}
    return record_backward_op("adaptive_avg_pool3d_backward", (grad, self), sizes,
                              lambda: adaptive_avg_pool3d_backward(grad, in_shape))


def adaptive_avg_pool3d_grad_of_grad(grad: Tensor, out_size: tuple) -> Tensor:
    with no_grad():
        return adaptive_avg_pool3d(grad, out_size).contiguous()


def adaptive_max_pool3d_grad(grad: Tensor, self: Tensor, in_shape, result1: Tensor) -> Tensor:
    return record_backward_op("adaptive_max_pool3d_backward", (grad, self), {"indices": result1},
                              lambda: adaptive_max_pool3d_backward(grad, in_shape, result1._data))


def adaptive_max_pool3d_grad_of_grad(grad: Tensor, indices: Tensor) -> Tensor:
    """The incoming gradient read where each window's maximum was (engine ops: differentiable)."""
    planes = tuple(indices.shape[:-3])
    return _F.gather(grad.reshape(planes + (-1,)), -1, indices.reshape(planes + (-1,))).reshape(tuple(indices.shape))

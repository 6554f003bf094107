"""``F.conv3d`` and ``F.max_pool3d``: volumes (N, C, D, H, W), as in video or medical-image tutorials.

The convolution is numpy's product over every window (``einsum`` on a strided view), recorded as
PyTorch's ``ConvolutionBackward0``; its gradients are numpy kernels too, so a second derivative
refuses (``once_differentiable``), as ``conv_transpose2d``'s does. PyTorch's CPU kernel (oneDNN)
adds in its own order: float32 results may differ from it in the last bits. The pool's gradient
is written in engine ops (a scatter-add of the upstream gradient at the chosen indices), so it
can be differentiated again. The checks and messages are ATen's, in its order.
"""
from __future__ import annotations

from typing import Any, Optional, Sequence, Union

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.nn import _kernels as K
from autograd_tui.engine.nn._conv_pool import (_check_bias_dtype, _check_channels, _check_kernel_fits,
                                               _check_pool_arity, _check_weight_dims, _max_pool_geometry,
                                               _check_weight_dtype, _conv_padding, _ntuple, _shape,
                                               check_dilation_positive, check_pool_sizes, shown_conv_args,
                                               shown_pool_args)
from autograd_tui.engine.nn._pool3d import adaptive_max_pool3d_backward, avg_pool3d
from autograd_tui.engine.record import RULES, Rule, record, record_backward_op

__all__ = ["conv3d", "conv3d_data", "conv3d_input_data", "conv3d_weight_data", "max_pool3d",
           "max_pool3d_with_indices", "lp_pool3d"]

IntOrTriple = Union[int, Sequence[int]]


def _grouped_windows(x: np.ndarray, groups: int, pad, kernel, stride, dilation, out) -> np.ndarray:
    xp = np.pad(x, ((0, 0), (0, 0)) + tuple(pad))
    view = K.windows(xp, kernel, stride, dilation, out)
    n, c = x.shape[:2]
    return view.reshape((n, groups, c // groups) + view.shape[2:])


def conv3d(input: Tensor, weight: Tensor, bias: Optional[Tensor] = None, stride: IntOrTriple = 1,
           padding: Union[IntOrTriple, str] = 0, dilation: IntOrTriple = 1, groups: int = 1) -> Tensor:
    _check_bias_dtype(input, bias)
    if input.ndim == 4:  # an unbatched volume: add the batch dim, drop it again
        return conv3d(input.unsqueeze(0), weight, bias, stride, padding, dilation, groups).squeeze(0)
    if input.ndim != 5:
        raise RuntimeError("Expected 4D (unbatched) or 5D (batched) input to conv3d, but got input of "
                           f"size: [{_shape(input)}]")
    _check_weight_dims(input, weight, 3, groups, stride=stride, padding=padding, dilation=dilation)
    stride, dilation = _ntuple(stride, 3), _ntuple(dilation, 3)
    kernel = tuple(weight.shape[2:])
    _check_channels(input, weight, bias, groups)
    pad = _conv_padding(padding, kernel, dilation, stride)
    _check_kernel_fits(input.shape[2:], pad, kernel, dilation)
    check_dilation_positive(dilation)
    _check_weight_dtype(input, weight, "slow_conv3d_cpu")
    out_size = tuple(K.out_size(s, k, st, sum(p), d)
                     for s, k, st, p, d in zip(input.shape[2:], kernel, stride, pad, dilation))
    data = conv3d_data(input._data, weight._data, stride, pad, dilation, groups, out_size)
    if bias is not None:
        data = data + bias._data.reshape(1, -1, 1, 1, 1)
    out = make(np.ascontiguousarray(data, dtype=input.dtype.np), input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["conv3d"], (input, weight, bias), out,
               {"conv_stride": stride, "conv_pad": pad, "conv_dilation": dilation, "groups": groups,
                "transposed": False,
                **shown_conv_args(3, stride, tuple(min(p) for p in pad), dilation, 0, bias)})
    return out


def conv3d_data(x: np.ndarray, w: np.ndarray, stride, pad, dilation, groups: int, out_size) -> np.ndarray:
    """The convolution's values (no bias): numpy's product over every window, ``pad`` in pairs."""
    o, cg = w.shape[:2]
    kernel = tuple(w.shape[2:])
    view = _grouped_windows(x, groups, pad, kernel, stride, dilation, out_size)
    wg = w.reshape((groups, o // groups, cg) + kernel)
    return np.einsum("ngcdhwxyz,gocxyz->ngodhw", view, wg, optimize=True).reshape((x.shape[0], o) + tuple(out_size))


def conv3d_input_data(g: np.ndarray, w: np.ndarray, in_size, stride, pad, dilation, groups: int) -> np.ndarray:
    """The adjoint of :func:`conv3d_data` for its input (``in_size``: its spatial sizes): each
    window's share of ``g`` added back where the window read the input. A transposed
    convolution's forward too."""
    n = g.shape[0]
    o, cg = w.shape[:2]
    kernel = tuple(w.shape[2:])
    gg = g.reshape((n, groups, o // groups) + tuple(g.shape[2:]))
    wg = w.reshape((groups, o // groups, cg) + kernel)
    cols = np.einsum("ngodhw,gocxyz->ngcxyzdhw", gg, wg, optimize=True).reshape(
        (n, cg * groups) + kernel + tuple(g.shape[2:]))
    size = tuple(s + sum(p) for s, p in zip(in_size, pad))
    acc = K.scatter_windows(cols, size, stride, dilation)
    crop = tuple(slice(p[0], p[0] + s) for p, s in zip(pad, in_size))
    return acc[(slice(None), slice(None)) + crop]


def conv3d_weight_data(g: np.ndarray, x: np.ndarray, w_shape, stride, pad, dilation, groups: int) -> np.ndarray:
    """The adjoint of :func:`conv3d_data` for its weight (of shape ``w_shape``)."""
    o = w_shape[0]
    kernel = tuple(w_shape[2:])
    view = _grouped_windows(x, groups, pad, kernel, stride, dilation, tuple(g.shape[2:]))
    gg = g.reshape((g.shape[0], groups, o // groups) + tuple(g.shape[2:]))
    return np.einsum("ngodhw,ngcdhwxyz->gocxyz", gg, view, optimize=True).reshape(tuple(w_shape))


def _conv3d_grad_input(grad: Tensor, input: Tensor, weight: Tensor, conv_stride, conv_pad, conv_dilation,
                       groups: int) -> Tensor:
    data = conv3d_input_data(grad._data, weight._data, input.shape[2:], conv_stride, conv_pad, conv_dilation, groups)
    return make(np.ascontiguousarray(data, dtype=grad.dtype.np), grad.dtype)


def _conv3d_grad_weight(grad: Tensor, input: Tensor, weight: Tensor, conv_stride, conv_pad, conv_dilation,
                        groups: int) -> Tensor:
    data = conv3d_weight_data(grad._data, input._data, tuple(weight.shape), conv_stride, conv_pad, conv_dilation,
                              groups)
    return make(np.ascontiguousarray(data, dtype=grad.dtype.np), grad.dtype)


RULES["conv3d"] = Rule("conv3d", "ConvolutionBackward0", None,
                       (_conv3d_grad_input, _conv3d_grad_weight, lambda grad: grad.sum((0, 2, 3, 4))),
                       (0, 1, 2), ("input", "weight", "bias"))
RULES["conv3d"].once_differentiable = True


# ============================================================================================
# max_pool3d
# ============================================================================================
def max_pool3d(input: Tensor, kernel_size: IntOrTriple, stride: Optional[IntOrTriple] = None,
               padding: IntOrTriple = 0, dilation: IntOrTriple = 1, ceil_mode: bool = False,
               return_indices: bool = False) -> Any:
    _check_pool_arity("max_pool3d", kernel_size, stride, dims=3)
    kernel = _ntuple(kernel_size, 3)
    omitted = stride is None or (isinstance(stride, (list, tuple)) and len(stride) == 0)
    strides = kernel if omitted else _ntuple(stride, 3)
    pads, dils = _ntuple(padding, 3), _ntuple(dilation, 3)
    if input.ndim not in (4, 5):
        raise RuntimeError("non-empty 4D or 5D (batch mode) tensor expected for input")
    check_pool_sizes(kernel, strides, pads, dils, names="THW")
    if 0 in tuple(input.shape[-4:]):
        # (PyTorch's message prints the zero length where it means to print the dim)
        raise RuntimeError("max_pool3d_with_indices_out_cpu_template(): Expected input's non-batch dimensions to have "
                           f"positive length, but input has a shape of [{_shape(input)}] and non-batch dimension 0 "
                           "has length zero!")
    unbatched = input.ndim == 4
    x = input.unsqueeze(0) if unbatched else input
    sizes = tuple(x.shape[2:])
    out, pad = _max_pool_geometry(x.shape[1], sizes, kernel, strides, pads, dils, ceil_mode)
    if x.dtype is dtypes.bool_:
        raise NotImplementedError("\"max_pool3d\" not implemented for 'Bool'")
    floating = x._data.dtype.kind == "f"
    fill = -np.inf if floating else np.iinfo(x._data.dtype).min
    view = K.windows(np.pad(x._data, ((0, 0), (0, 0)) + pad, constant_values=fill), kernel, strides, dils, out)
    flat = view.reshape(view.shape[:5] + (kernel[0] * kernel[1], kernel[2]))
    values, arg = K._first_maxima(flat, floating and bool(np.isnan(x._data).any()))
    a, rest = np.divmod(arg, kernel[1] * kernel[2])
    b, e = np.divmod(rest, kernel[2])
    grid = np.meshgrid(*(np.arange(o) * st - p[0] for o, st, p in zip(out, strides, pad)), indexing="ij")
    places = [g + off * d for g, off, d in zip(grid, (a, b, e), dils)]
    indices = ((places[0] * sizes[1] + places[1]) * sizes[2] + places[2]).astype(np.int64)
    if unbatched:  # ATen's kernel takes (C, D, H, W) as it is: the node sits on the input itself
        values, indices = values[0], indices[0]
    result = make(np.ascontiguousarray(values), x.dtype)
    idx = make(indices, dtypes.int64)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["max_pool3d"], (input,), result,
               {"in_shape": tuple(input.shape), "result1": idx,
                **shown_pool_args(3, kernel_size, stride, padding, dilation), "ceil_mode": ceil_mode})
    return (result, idx) if return_indices else result


def max_pool3d_with_indices(input: Tensor, kernel_size, stride=None, padding=0, dilation=1,
                            ceil_mode: bool = False, return_indices: bool = False) -> tuple:
    return max_pool3d(input, kernel_size, stride, padding, dilation, ceil_mode, return_indices=True)


def _max_pool3d_grad(grad: Tensor, self: Tensor, in_shape, result1: Tensor) -> Tensor:
    """The upstream gradient added at each window's chosen input, recorded as one backward op
    (``MaxPool3DWithIndicesBackwardBackward0``) as PyTorch's is."""
    return record_backward_op("max_pool3d_backward", (grad, self), {"indices": result1},
                              lambda: adaptive_max_pool3d_backward(grad, in_shape, result1._data))


def _max_pool3d_grad_of_grad(grad: Tensor, indices: Tensor) -> Tensor:
    """The incoming gradient read where each window's maximum was (engine ops: differentiable)."""
    planes = tuple(indices.shape[:-3])
    return _F.gather(grad.reshape(planes + (-1,)), -1, indices.reshape(planes + (-1,))).reshape(tuple(indices.shape))


RULES["max_pool3d"] = Rule("max_pool3d", "MaxPool3DWithIndicesBackward0", None, (_max_pool3d_grad,), (0,), ("self",))
RULES["max_pool3d_backward"] = Rule("max_pool3d_backward", "MaxPool3DWithIndicesBackwardBackward0", None,
                                    (_max_pool3d_grad_of_grad, lambda grad: _F.zeros_like(grad)), (0, 1),
                                    ("grad_output", "self"))


def lp_pool3d(input: Tensor, norm_type: float, kernel_size: IntOrTriple, stride: Optional[IntOrTriple] = None,
              ceil_mode: bool = False) -> Tensor:
    """Power-average pooling, composed as PyTorch composes it (so its graph and rounding are theirs)."""
    # PyTorch's _triple: a sequence as it is (two numbers fail to unpack), a number three times
    kd, kw, kh = tuple(kernel_size) if isinstance(kernel_size, (tuple, list)) else (kernel_size,) * 3
    if norm_type == float("inf"):
        return max_pool3d(input.abs(), kernel_size, stride, 0, 1, ceil_mode)
    if norm_type == -float("inf"):
        return -max_pool3d(-input.abs(), kernel_size, stride, 0, 1, ceil_mode)
    out = avg_pool3d(input.pow(norm_type), kernel_size, stride, 0, ceil_mode)
    return (_F.sign(out) * _F.relu(_F.abs(out))).mul(kd * kw * kh).pow(1.0 / norm_type)

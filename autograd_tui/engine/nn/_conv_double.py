"""Convolution's gradients as ops of their own, so that they can be differentiated again.

A convolution's input gradient is a transposed convolution of the output gradient with the
weight, its weight gradient a correlation of the input with the output gradient: both linear in
each operand. Under ``create_graph`` each is recorded as one node (PyTorch's
``ConvolutionBackwardBackward0``) whose formulas are the other two: the input gradient
differentiated for the output gradient is a convolution of the incoming gradient with the
weight, and for the weight it is the weight gradient of that incoming gradient; likewise for the
weight gradient. Gradient penalties through convolutional networks need this.

Shapes are 4-D here (conv1d runs them on a height of one); ``pad`` is the pairs of padding the
forward used.
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine import dtypes, memory_formats
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.nn import _kernels as K
from autograd_tui.engine.parity import blas, conv as parity_conv
from autograd_tui.engine.record import RULES, record, record_backward_op


def conv(input: Tensor, weight: Tensor, stride, pad, dilation, groups: int) -> Tensor:
    """A convolution of 4-D ``input`` with ``weight`` (no bias), recorded as conv2d's node."""
    n, _, h, w = input.shape
    kh, kw = weight.shape[2:]
    out_hw = (K.out_size(h, kh, stride[0], sum(pad[0]), dilation[0]),
              K.out_size(w, kw, stride[1], sum(pad[1]), dilation[1]))
    x, wd = input._data, weight._data
    channels_last = memory_formats.suggests_channels_last(x) or memory_formats.suggests_channels_last(wd)
    data = parity_conv.forward(x, wd, None, tuple(stride), pad, tuple(dilation), groups, tuple(out_hw),
                               blas.get_threads(), channels_last)
    if data is None:
        data = K.conv2d_forward(x, wd, None, stride, pad, dilation, groups, out_hw)
    out = make(np.asarray(data, dtype=input.dtype.np), input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["conv2d"], (input, weight, None), out,
               {"in_shape": tuple(input.shape), "w_shape": tuple(weight.shape), "stride": stride, "pad": pad,
                "dilation": dilation, "groups": groups})
    return out


def _attrs(stride, pad, dilation, groups: int, **shapes) -> dict:
    return {"stride": stride, "pad": pad, "dilation": dilation, "groups": groups, **shapes}


def last(input: Tensor | None, weight: Tensor | None) -> bool:
    """Whether the forward's input or weight suggests channels last (oneDNN then runs other kernels)."""
    return any(t is not None and memory_formats.suggests_channels_last(t._data) for t in (input, weight))


def input_grad(grad: Tensor, weight: Tensor, in_shape, stride, pad, dilation, groups: int,
               input: Tensor | None = None, channels_last: bool = False) -> Tensor:
    """The input gradient; ``input`` (which it does not depend on) gets an edge, as PyTorch's node
    has one: the gradient then has a graph whenever the input requires grad."""
    return record_backward_op("conv2d_backward_input", (grad, weight, input),
                              _attrs(stride, pad, dilation, groups, in_shape=tuple(in_shape)),
                              lambda: K.conv2d_backward_input(grad, weight, in_shape, stride, pad, dilation, groups,
                                                              channels_last))


def weight_grad(grad: Tensor, input: Tensor, w_shape, stride, pad, dilation, groups: int,
                channels_last: bool = False) -> Tensor:
    return record_backward_op("conv2d_backward_weight", (grad, input),
                              _attrs(stride, pad, dilation, groups, w_shape=tuple(w_shape)),
                              lambda: K.conv2d_backward_weight(grad, input, w_shape, stride, pad, dilation, groups,
                                                               channels_last))


def bias_grad(grad: Tensor, in_shape, w_shape, stride, pad, dilation, groups: int,
              channels_last: bool = False) -> Tensor:
    return record_backward_op("conv2d_backward_bias", (grad,), {"out_shape": tuple(grad.shape)},
                              lambda: K.conv2d_backward_bias(grad, in_shape, w_shape, stride, pad, dilation, groups,
                                                             channels_last))


# The table's entries for those three ops (derivatives.py registers them).
def input_grad_of_grad(grad: Tensor, weight: Tensor, stride, pad, dilation, groups: int) -> Tensor:
    return conv(grad, weight, stride, pad, dilation, groups)


def input_grad_of_weight(grad: Tensor, grad_output: Tensor, weight: Tensor, stride, pad, dilation,
                         groups: int) -> Tensor:
    return weight_grad(grad_output, grad, tuple(weight.shape), stride, pad, dilation, groups)


def weight_grad_of_grad(grad: Tensor, input: Tensor, stride, pad, dilation, groups: int) -> Tensor:
    return conv(input, grad, stride, pad, dilation, groups)


def weight_grad_of_input(grad: Tensor, grad_output: Tensor, input: Tensor, stride, pad, dilation,
                         groups: int) -> Tensor:
    return input_grad(grad_output, grad, tuple(input.shape), stride, pad, dilation, groups)


def bias_grad_of_grad(grad: Tensor, out_shape) -> Tensor:
    return grad.reshape(1, -1, 1, 1).expand(out_shape)


# Pooling's gradients as ops of their own: linear in the incoming gradient, and the input enters
# only through the window choice (max) or not at all (average), so the input's second derivative
# is zero; for the incoming gradient, the pooling itself applied to it.
def max_pool_grad(grad: Tensor, self: Tensor, in_shape, indices: np.ndarray, rule: str) -> Tensor:
    return record_backward_op(rule, (grad, self), {"indices": indices},
                              lambda: K.max_pool2d_backward(grad, in_shape, indices))


def max_pool_grad_of_grad(grad: Tensor, indices: np.ndarray) -> Tensor:
    """The incoming gradient read where each window's maximum was."""
    n, c = indices.shape[:2]
    index = make(np.ascontiguousarray(indices.reshape(n, c, -1)), dtypes.int64)
    return _F.gather(grad.reshape(n, c, -1), 2, index).reshape(tuple(indices.shape))


def avg_pool_grad(grad: Tensor, self: Tensor, in_shape, kernel, stride, pad, divisor: np.ndarray) -> Tensor:
    return record_backward_op("avg_pool2d_backward", (grad, self),
                              {"kernel": kernel, "stride": stride, "pad": pad, "divisor": divisor},
                              lambda: K.avg_pool2d_backward(grad, in_shape, kernel, stride, pad, divisor))


def avg_pool_grad_of_grad(grad: Tensor, kernel, stride, pad, divisor: np.ndarray) -> Tensor:
    """The average pooling of the incoming gradient (numpy: its own gradient is not recorded)."""
    out_hw = divisor.shape
    view = K.windows(K.pad_nchw(grad._data, pad), kernel, stride, (1, 1), out_hw)
    sums = view.sum(axis=(-2, -1))
    return make(np.asarray(sums / divisor.astype(sums.dtype), dtype=grad.dtype.np), grad.dtype)


def adaptive_avg_pool_grad(grad: Tensor, self: Tensor, in_shape) -> Tensor:
    return record_backward_op("adaptive_avg_pool2d_backward", (grad, self), None,
                              lambda: K.adaptive_avg_pool2d_backward(grad, in_shape))


def adaptive_avg_pool_grad_of_grad(grad: Tensor, grad_output: Tensor) -> Tensor:
    """The adaptive average pooling of the incoming gradient (numpy: its own gradient is not recorded)."""
    data = K.adaptive_avg_pool2d_forward(grad._data, tuple(grad_output.shape[-2:]))
    return make(np.asarray(data, dtype=grad.dtype.np), grad.dtype)


def zeros_like(grad: Tensor) -> Tensor:
    return _F.zeros_like(grad)

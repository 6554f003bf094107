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

from autograd_tui.engine import memory_formats
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State, no_grad
from autograd_tui.engine.nn import _kernels as K
from autograd_tui.engine.parity import blas, conv as parity_conv
from autograd_tui.engine.record import RULES, record, record_backward_op


def conv_attrs(in_shape: tuple, w_shape: tuple, stride, pad, dilation, groups: int, dims: int = 2,
               bias: Tensor | None = None) -> dict:
    """A convolution node's values: the 4-D geometry the engine's kernels run with (conv1d's on a
    height of one), and what PyTorch's ``ConvolutionBackward0`` shows (``_saved_stride``, ...),
    for ``dims`` spatial dims. Of an asymmetric 'same' padding PyTorch's node shows the part
    both sides share (the rest it pads separately)."""
    shown = slice(2 - dims, None)
    return {"in_shape": tuple(in_shape), "w_shape": tuple(w_shape), "conv_stride": tuple(stride),
            "conv_pad": tuple(pad), "conv_dilation": tuple(dilation), "conv_dims": dims, "groups": groups,
            "stride": tuple(stride)[shown], "padding": tuple(min(p) for p in pad)[shown],
            "dilation": tuple(dilation)[shown], "transposed": False, "output_padding": (0,) * dims,
            "bias_sym_sizes_opt": (0,) if bias is None else tuple(bias.shape)}


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
               conv_attrs(tuple(input.shape), tuple(weight.shape), stride, pad, dilation, groups))
    return out


def _attrs(stride, pad, dilation, groups: int, **shapes) -> dict:
    return {"conv_stride": stride, "conv_pad": pad, "conv_dilation": dilation, "groups": groups, **shapes}


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
def input_grad_of_grad(grad: Tensor, weight: Tensor, conv_stride, conv_pad, conv_dilation, groups: int) -> Tensor:
    return conv(grad, weight, conv_stride, conv_pad, conv_dilation, groups)


def input_grad_of_weight(grad: Tensor, grad_output: Tensor, weight: Tensor, conv_stride, conv_pad, conv_dilation,
                         groups: int) -> Tensor:
    return weight_grad(grad_output, grad, tuple(weight.shape), conv_stride, conv_pad, conv_dilation, groups)


def weight_grad_of_grad(grad: Tensor, input: Tensor, conv_stride, conv_pad, conv_dilation, groups: int) -> Tensor:
    return conv(input, grad, conv_stride, conv_pad, conv_dilation, groups)


def weight_grad_of_input(grad: Tensor, grad_output: Tensor, input: Tensor, conv_stride, conv_pad, conv_dilation,
                         groups: int) -> Tensor:
    return input_grad(grad_output, grad, tuple(input.shape), conv_stride, conv_pad, conv_dilation, groups)


def bias_grad_of_grad(grad: Tensor, out_shape) -> Tensor:
    return grad.reshape(1, -1, 1, 1).expand(out_shape)


# Convolution's backward under create_graph: one node for the three gradients, as PyTorch's
# convolution_backward is one op. Each gradient is computed as the first-order backward computes
# it (the same kernels, the same values), then the needed ones become outputs 0, 1, 2 of one
# ConvolutionBackwardBackward0 with edges to grad_output, input and weight.
_DOUBLE_SHOWN = ("in_shape", "w_shape", "conv_stride", "conv_pad", "conv_dilation", "conv_dims", "groups", "stride",
                 "padding", "dilation", "transposed", "output_padding")


def convolution_backward(grad: Tensor, values: dict, meta: list) -> list:
    rule = RULES["conv1d" if values["conv_dims"] == 1 else "conv2d"]
    if _State.dual_level:
        # forward AD over the backward: each gradient recorded as its own op, whose tangent
        # forward_ad knows how to push (one node of three outputs it has no formula for)
        return [None if m is None else formula.fn(*[grad if p == "grad" else values[p] for p in formula.params])
                for formula, m in zip(rule.formulas, meta)]
    with no_grad():
        grads = [None if m is None else
                 formula.fn(*[grad if p == "grad" else values[p] for p in formula.params])
                 for formula, m in zip(rule.formulas, meta)]
    made = [g for g in grads if g is not None]
    if made:
        record(RULES["convolution_backward"], (grad, values["input"], values["weight"]), made[0],
               {name: values[name] for name in _DOUBLE_SHOWN}, num_outputs=3)
        node = made[0].grad_fn
        if node is not None and made[0]._requires_grad:
            for nr, g in enumerate(grads):
                if g is not None:
                    g.grad_fn, g._output_nr, g._requires_grad = node, nr, True
    return grads


def _lift(t: Tensor, dims: int) -> Tensor:
    return t.unsqueeze(2) if dims == 1 else t


def _drop(t: Tensor, dims: int) -> Tensor:
    return t.squeeze(2) if dims == 1 else t


def double_grad_output(grads: list, grad_output: Tensor, input: Tensor, weight: Tensor, stride, pad, dilation,
                       groups: int, dims: int) -> Tensor | None:
    """ATen's _convolution_double_backward for grad_output: the convolution of ggI with the weight,
    plus that of the input with ggW, plus ggb spread over the output, added in that order."""
    ggI, ggW, ggb = grads
    out = None
    if ggI is not None:
        out = conv(_lift(ggI, dims), _lift(weight, dims), stride, pad, dilation, groups)
    if ggW is not None:
        term = conv(_lift(input, dims), _lift(ggW, dims), stride, pad, dilation, groups)
        out = term if out is None else out + term
    if out is not None:
        out = _drop(out, dims)
    if ggb is not None:
        spread = ggb.reshape((1, -1) + (1,) * (grad_output.ndim - 2)).expand(tuple(grad_output.shape))
        out = spread if out is None else out + spread
    return out


def double_grad_input(grads: list, grad_output: Tensor, in_shape, stride, pad, dilation, groups: int,
                      dims: int) -> Tensor | None:
    """For the input: the input gradient of grad_output through ggW (None without ggW)."""
    ggW = grads[1]
    if ggW is None:
        return None
    return _drop(input_grad(_lift(grad_output, dims), _lift(ggW, dims), in_shape, stride, pad, dilation, groups),
                 dims)


def double_grad_weight(grads: list, grad_output: Tensor, input: Tensor, w_shape, stride, pad, dilation,
                       groups: int, dims: int) -> Tensor | None:
    """For the weight: the weight gradient of grad_output against ggI (None without ggI)."""
    ggI = grads[0]
    if ggI is None:
        return None
    return _drop(weight_grad(_lift(grad_output, dims), _lift(ggI, dims), w_shape, stride, pad, dilation, groups),
                 dims)


# Pooling's gradients as ops of their own: linear in the incoming gradient, and the input enters
# only through the window choice (max) or not at all (average), so the input's second derivative
# is zero; for the incoming gradient, the pooling itself applied to it. An unbatched (C, H, W)
# input is pooled as it is, as ATen's kernels take it; the numpy kernels see a batch of one.
def _batched(shape: tuple) -> tuple:
    return (1,) * (4 - len(shape)) + tuple(shape)


def max_pool_grad(grad: Tensor, self: Tensor, in_shape, result1: Tensor, rule: str) -> Tensor:
    def compute() -> Tensor:
        indices = result1._data.reshape(_batched(result1.shape))
        g = make(grad._data.reshape(indices.shape), grad.dtype)
        out = K.max_pool2d_backward(g, _batched(in_shape), indices)
        return make(out._data.reshape(in_shape), grad.dtype)
    return record_backward_op(rule, (grad, self), {"indices": result1}, compute)


def max_pool_grad_of_grad(grad: Tensor, indices: Tensor) -> Tensor:
    """The incoming gradient read where each window's maximum was."""
    planes = tuple(indices.shape[:-2])
    return _F.gather(grad.reshape(planes + (-1,)), -1, indices.reshape(planes + (-1,))).reshape(tuple(indices.shape))


def shown_avg_pool(kernel_size, stride, padding, ceil_mode: bool, count_include_pad: bool,
                   divisor_override) -> dict:
    """What ``AvgPool2DBackwardBackward0`` shows, as the forward's node did."""
    return {"kernel_size": kernel_size, "stride": stride, "padding": padding, "ceil_mode": ceil_mode,
            "count_include_pad": count_include_pad, "divisor_override": divisor_override}


def avg_pool_grad(grad: Tensor, self: Tensor, in_shape, kernel, stride, pad, divisor: np.ndarray,
                  shown: dict) -> Tensor:
    def compute() -> Tensor:
        g = make(grad._data.reshape(_batched(grad.shape)), grad.dtype)
        out = K.avg_pool2d_backward(g, _batched(in_shape), kernel, stride, pad, divisor)
        return make(out._data.reshape(in_shape), grad.dtype)
    return record_backward_op("avg_pool2d_backward", (grad, self),
                              {"pool_kernel": kernel, "pool_stride": stride, "pool_pad": pad, "divisor": divisor,
                               **shown}, compute)


def avg_pool_grad_of_grad(grad: Tensor, kernel, stride, pad, divisor: np.ndarray) -> Tensor:
    """The average pooling of the incoming gradient (numpy: its own gradient is not recorded)."""
    out_hw = divisor.shape
    view = K.windows(K.pad_nchw(grad._data.reshape(_batched(grad.shape)), pad), kernel, stride, (1, 1), out_hw)
    sums = view.sum(axis=(-2, -1))
    pooled = np.asarray(sums / divisor.astype(sums.dtype), dtype=grad.dtype.np)
    return make(pooled.reshape(tuple(grad.shape[:-2]) + tuple(out_hw)), grad.dtype)


def adaptive_avg_pool_grad(grad: Tensor, self: Tensor, in_shape) -> Tensor:
    # PyTorch's node keeps only the output's sizes, as grad_output_sym_argsize_minus_1, _2
    sizes = {"grad_output_sym_argsize_minus_1": grad.shape[-1], "grad_output_sym_argsize_minus_2": grad.shape[-2]}
    return record_backward_op("adaptive_avg_pool2d_backward", (grad, self), sizes,
                              lambda: K.adaptive_avg_pool2d_backward(grad, in_shape))


def adaptive_avg_pool_grad_of_grad(grad: Tensor, out_hw: tuple) -> Tensor:
    """The adaptive average pooling of the incoming gradient (numpy: its own gradient is not recorded)."""
    data = K.adaptive_avg_pool2d_forward(grad._data, out_hw)
    return make(np.asarray(data, dtype=grad.dtype.np), grad.dtype)


def zeros_like(grad: Tensor) -> Tensor:
    return _F.zeros_like(grad)

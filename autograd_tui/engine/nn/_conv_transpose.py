"""``F.conv_transpose2d`` and ``F.conv_transpose1d``: the adjoint of a convolution, which PyTorch
records as the same ``ConvolutionBackward0`` node (with ``transposed=True``). As PyTorch does, the
1-D form runs the 2-D kernels on a height of one.

Its forward is a convolution's input gradient, its input gradient is a convolution, and its
weight gradient a convolution's weight gradient with the roles of input and output swapped, so
the numpy kernels of ``_kernels.py`` serve all three. The weight is ``(in, out / groups, kh, kw)``.
"""
from __future__ import annotations

from typing import Optional, Sequence, Union

import numpy as np

from autograd_tui.engine._tensor import Tensor, _scalar_name, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.nn import _kernels as K
from autograd_tui.engine.nn._conv_pool import (_pair, _shape, check_conv_params, check_dilation_positive,
                                               check_groups_of_weight, check_param_arity)
from autograd_tui.engine.record import RULES, Rule, record

__all__ = ["conv_transpose1d", "conv_transpose2d", "conv_transpose2d_grad_input", "conv_transpose2d_grad_weight"]

IntOrPair = Union[int, Sequence[int]]


def _check_channels(input: Tensor, weight: Tensor, stride, padding, output_padding, groups: int, dilation) -> None:
    """ATen's order: the options' lengths, their signs, the groups against the weight, then the channels."""
    check_param_arity(weight, input.ndim - 2, groups, stride=stride, padding=padding, dilation=dilation,
                      output_padding=output_padding)
    check_conv_params(groups, stride, padding, dilation, output_padding)
    check_groups_of_weight(weight, groups)
    if input.shape[1] != weight.shape[0]:
        raise RuntimeError(f"Given transposed=1, weight of size [{_shape(weight)}], expected input"
                           f"[{_shape(input)}] to have {weight.shape[0]} channels, but got {input.shape[1]} "
                           "channels instead")


def _forward(input: Tensor, weight: Tensor, bias: Optional[Tensor], stride, padding, output_padding, groups: int,
             dilation):
    """The 4-D result, and what its node keeps: the input's (h, w), stride, padding pairs, dilation."""
    stride, pad, out_pad, dilation = _pair(stride), _pair(padding), _pair(output_padding), _pair(dilation)
    check_dilation_positive(dilation, transposed=True)
    c_in, c_out_g, kh, kw = weight.shape
    n, c, h, w = input.shape
    if input.dtype is not weight.dtype:
        raise RuntimeError(f"expected scalar type {_scalar_name(input.dtype)} but found {_scalar_name(weight.dtype)}")
    if any(op >= s and op >= d for op, s, d in zip(out_pad, stride, dilation)):
        raise RuntimeError("output padding must be smaller than either stride or dilation, but got "
                           f"output_padding_height: {out_pad[0]} output_padding_width: {out_pad[1]} "
                           f"stride_height: {stride[0]} stride_width: {stride[1]} dilation_height: {dilation[0]} "
                           f"dilation_width: {dilation[1]}")
    out_hw = tuple((size - 1) * s - 2 * p + d * (k - 1) + op + 1
                   for size, s, p, d, k, op in zip((h, w), stride, pad, dilation, (kh, kw), out_pad))
    if min(out_hw) <= 0:
        raise RuntimeError(f"Given input size per channel: ({h} x {w}). Calculated output size per channel: "
                           f"({out_hw[0]} x {out_hw[1]}). Output size is too small")
    out_shape = (n, c_out_g * groups) + out_hw
    pads = ((pad[0], pad[0]), (pad[1], pad[1]))
    data = K.conv2d_grad_input(input, weight, out_shape, stride, pads, dilation, groups)._data
    if bias is not None:
        data = data + bias._data.reshape(1, -1, 1, 1)
    return make(np.asarray(data, input.dtype.np), input.dtype), (h, w), stride, pads, dilation


def conv_transpose2d(input: Tensor, weight: Tensor, bias: Optional[Tensor] = None, stride: IntOrPair = 1,
                     padding: IntOrPair = 0, output_padding: IntOrPair = 0, groups: int = 1,
                     dilation: IntOrPair = 1) -> Tensor:
    if input.ndim == 3:  # an unbatched image
        return conv_transpose2d(input.unsqueeze(0), weight, bias, stride, padding, output_padding, groups,
                                dilation).squeeze(0)
    if input.ndim != 4:
        raise RuntimeError("Expected 3D (unbatched) or 4D (batched) input to conv_transpose2d, but got input of "
                           f"size: [{_shape(input)}]")
    _check_channels(input, weight, stride, padding, output_padding, groups, dilation)
    out, in_hw, stride, pads, dilation = _forward(input, weight, bias, stride, padding, output_padding, groups,
                                                  dilation)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["conv_transpose2d"], (input, weight, bias), out,
               {"in_hw": in_hw, "stride": stride, "pad": pads, "dilation": dilation, "groups": groups})
    return out


def _single(value) -> tuple:
    return tuple(value) if isinstance(value, (tuple, list)) else (value,)


def conv_transpose1d(input: Tensor, weight: Tensor, bias: Optional[Tensor] = None, stride=1, padding=0,
                     output_padding=0, groups: int = 1, dilation=1) -> Tensor:
    """The 2-D kernels on a height of one; the sizes' checks and messages are the 2-D ones (PyTorch
    reports ``output_padding_height: 0`` for a 1-D call too), the shapes named are the 3-D ones."""
    if input.ndim == 2:  # an unbatched signal
        return conv_transpose1d(input.unsqueeze(0), weight, bias, stride, padding, output_padding, groups,
                                dilation).squeeze(0)
    if input.ndim != 3:
        raise RuntimeError("Expected 2D (unbatched) or 3D (batched) input to conv_transpose1d, but got input of "
                           f"size: [{_shape(input)}]")
    _check_channels(input, weight, stride, padding, output_padding, groups, dilation)
    if weight.ndim != 3:
        raise RuntimeError(f"weight should have at least three dimensions instead of {weight.ndim}"
                           if weight.ndim < 3 else
                           f"Expected 3-dimensional input for 3-dimensional weight [{_shape(weight)}], but got "
                           f"{input.ndim}-dimensional input of size [{_shape(input)}] instead")
    (s,), (p,), (op,), (d,) = (_single(v) for v in (stride, padding, output_padding, dilation))
    out4, in_hw, stride2, pads, dilation2 = _forward(
        make(input._data[:, :, None, :], input.dtype), make(weight._data[:, :, None, :], weight.dtype), bias,
        (1, s), (0, p), (0, op), groups, (1, d))
    out = make(out4._data[:, :, 0, :], input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(_RULE_1D, (input, weight, bias), out,
               {"in_hw": in_hw, "stride": stride2, "pad": pads, "dilation": dilation2, "groups": groups})
    return out


def conv_transpose2d_grad_input(grad: Tensor, weight: Tensor, in_hw, stride, pad, dilation, groups: int) -> Tensor:
    data = K.conv2d_forward(grad._data, weight._data, None, stride, pad, dilation, groups, in_hw)
    return make(np.asarray(data, grad.dtype.np), grad.dtype)


def conv_transpose2d_grad_weight(grad: Tensor, input: Tensor, w_shape, stride, pad, dilation,
                                 groups: int) -> Tensor:
    # The convolution that maps grad to input has the same weight: its weight gradient, with the
    # transposed conv's input in the place of that convolution's output gradient.
    return K.conv2d_grad_weight(input, grad, w_shape, stride, pad, dilation, groups)


def _grad_input_1d(grad: Tensor, weight: Tensor, in_hw, stride, pad, dilation, groups: int) -> Tensor:
    out = conv_transpose2d_grad_input(make(grad._data[:, :, None, :], grad.dtype),
                                      make(weight._data[:, :, None, :], weight.dtype), in_hw, stride, pad, dilation,
                                      groups)
    return make(out._data[:, :, 0, :], grad.dtype)


def _grad_weight_1d(grad: Tensor, input: Tensor, weight: Tensor, stride, pad, dilation, groups: int) -> Tensor:
    out = conv_transpose2d_grad_weight(make(grad._data[:, :, None, :], grad.dtype),
                                       make(input._data[:, :, None, :], input.dtype),
                                       weight.shape[:2] + (1,) + weight.shape[2:], stride, pad, dilation, groups)
    return make(np.asarray(out._data)[:, :, 0, :], grad.dtype)


# Its formulas run numpy kernels, as the 2-D one's do: a second derivative refuses (record.py says so).
_RULE_1D = Rule("conv_transpose1d", "ConvolutionBackward0", None,
                (_grad_input_1d, _grad_weight_1d, lambda grad: grad.sum((0, 2))), (0, 1, 2),
                ("input", "weight", "bias"))
_RULE_1D.once_differentiable = True
RULES["conv_transpose1d"] = _RULE_1D

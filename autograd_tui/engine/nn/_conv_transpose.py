"""``F.conv_transpose2d``, ``F.conv_transpose1d`` and ``F.conv_transpose3d``: the adjoint of a
convolution, which PyTorch records as the same ``ConvolutionBackward0`` node (with
``transposed=True``). As PyTorch does, the 1-D form runs the 2-D kernels on a height of one; the
3-D form runs ``conv3d``'s numpy kernels (``_conv3d.py``) in the same three roles.

Its forward is a convolution's input gradient, its input gradient is a convolution, and its
weight gradient a convolution's weight gradient with the roles of input and output swapped, so
the numpy kernels of ``_kernels.py`` serve all three. The weight is ``(in, out / groups, kh, kw)``.
"""
from __future__ import annotations

from typing import Optional, Sequence, Union

import numpy as np

from autograd_tui.engine._tensor import Tensor, _scalar_name, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.nn import _conv3d as C3
from autograd_tui.engine.nn import _kernels as K
from autograd_tui.engine.nn._conv_pool import (_ntuple, _pair, _shape, check_conv_params, check_dilation_positive,
                                               check_groups_of_weight, check_param_arity, shown_conv_args)
from autograd_tui.engine.record import RULES, Rule, record

__all__ = ["conv_transpose1d", "conv_transpose2d", "conv_transpose3d", "conv_transpose2d_grad_input",
           "conv_transpose2d_grad_weight"]

IntOrPair = Union[int, Sequence[int]]


def _check_channels(input: Tensor, weight: Tensor, bias: Optional[Tensor], stride, padding, output_padding,
                    groups: int, dilation) -> None:
    """ATen's order: the options' lengths, their signs, the groups against the weight, the channels,
    then the bias's size."""
    options = {"stride": stride, "padding": padding, "output_padding": output_padding, "dilation": dilation}
    for name, value in options.items():
        if isinstance(value, str):  # the parser's word: no 'same' or 'valid' for a transposed convolution
            raise TypeError(f"conv_transpose{input.ndim - 2}d(): argument '{name}' must be tuple of ints, not str")
    check_param_arity(weight, input.ndim - 2, groups, stride=stride, padding=padding, dilation=dilation,
                      output_padding=output_padding)
    check_conv_params(groups, stride, padding, dilation, output_padding)
    check_groups_of_weight(weight, groups)
    if input.shape[1] != weight.shape[0]:
        raise RuntimeError(f"Given transposed=1, weight of size [{_shape(weight)}], expected input"
                           f"[{_shape(input)}] to have {weight.shape[0]} channels, but got {input.shape[1]} "
                           "channels instead")
    channels = weight.shape[1] * groups
    if bias is not None and (bias.ndim != 1 or bias.shape[0] != channels):
        raise RuntimeError(f"Given transposed=1, weight of size [{_shape(weight)}], expected bias to be 1-dimensional "
                           f"with {channels} elements, but got bias of size [{_shape(bias)}] instead")


def _unbatched(input: Tensor, spatial: int) -> bool:
    """Whether ``input`` lacks the batch dim (the op then adds one and drops it again); PyTorch's
    error for any rank but those two."""
    if input.ndim == spatial + 1:
        return True
    if input.ndim != spatial + 2:
        raise RuntimeError(f"Expected {spatial + 1}D (unbatched) or {spatial + 2}D (batched) input to "
                           f"conv_transpose{spatial}d, but got input of size: [{_shape(input)}]")
    return False


_AXES = ("depth", "height", "width")


def _check_output_padding(out_pad, stride, dilation) -> None:
    """Each output padding below its stride or its dilation; the message names every axis."""
    if not any(op >= s and op >= d for op, s, d in zip(out_pad, stride, dilation)):
        return
    axes = _AXES[-len(stride):]
    words = " ".join(f"{name}_{axis}: {v}" for name, values in
                     (("output_padding", out_pad), ("stride", stride), ("dilation", dilation))
                     for axis, v in zip(axes, values))
    raise RuntimeError(f"output padding must be smaller than either stride or dilation, but got {words}")


def _output_sizes(in_sizes, kernel, stride, pad, dilation, out_pad) -> tuple:
    """(size - 1) * stride - 2 * padding + dilation * (kernel - 1) + output_padding + 1 per axis."""
    out = tuple((size - 1) * s - 2 * p + d * (k - 1) + op + 1
                for size, s, p, d, k, op in zip(in_sizes, stride, pad, dilation, kernel, out_pad))
    if min(out) <= 0:
        raise RuntimeError(f"Given input size per channel: ({' x '.join(map(str, in_sizes))}). Calculated output size "
                           f"per channel: ({' x '.join(map(str, out))}). Output size is too small")
    return out


def _forward(input: Tensor, weight: Tensor, bias: Optional[Tensor], stride, padding, output_padding, groups: int,
             dilation):
    """The 4-D result, and what its node keeps: the input's (h, w), stride, padding pairs, dilation."""
    stride, pad, out_pad, dilation = _pair(stride), _pair(padding), _pair(output_padding), _pair(dilation)
    check_dilation_positive(dilation, transposed=True)
    c_in, c_out_g, kh, kw = weight.shape
    n, c, h, w = input.shape
    if input.dtype is not weight.dtype:
        raise RuntimeError(f"expected scalar type {_scalar_name(input.dtype)} but found {_scalar_name(weight.dtype)}")
    if bias is not None and bias.dtype is not input.dtype:  # oneDNN's words, which runs the 2-D kernel
        raise RuntimeError(f"Input type ({input.type()}) and bias type ({bias.type()}) should be the same or input "
                           "should be a MKLDNN tensor and bias is a dense tensor")
    _check_output_padding(out_pad, stride, dilation)
    out_hw = _output_sizes((h, w), (kh, kw), stride, pad, dilation, out_pad)
    out_shape = (n, c_out_g * groups) + out_hw
    pads = ((pad[0], pad[0]), (pad[1], pad[1]))
    data = K.conv2d_grad_input(input, weight, out_shape, stride, pads, dilation, groups)._data
    if bias is not None:
        data = data + bias._data.reshape(1, -1, 1, 1)
    return make(np.asarray(data, input.dtype.np), input.dtype), (h, w), stride, pads, dilation


def conv_transpose2d(input: Tensor, weight: Tensor, bias: Optional[Tensor] = None, stride: IntOrPair = 1,
                     padding: IntOrPair = 0, output_padding: IntOrPair = 0, groups: int = 1,
                     dilation: IntOrPair = 1) -> Tensor:
    if _unbatched(input, 2):
        return conv_transpose2d(input.unsqueeze(0), weight, bias, stride, padding, output_padding, groups,
                                dilation).squeeze(0)
    _check_channels(input, weight, bias, stride, padding, output_padding, groups, dilation)
    shown = shown_conv_args(2, stride, padding, dilation, output_padding, bias)
    out, in_hw, stride, pads, dilation = _forward(input, weight, bias, stride, padding, output_padding, groups,
                                                  dilation)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["conv_transpose2d"], (input, weight, bias), out,
               {"in_hw": in_hw, "conv_stride": stride, "conv_pad": pads, "conv_dilation": dilation, "groups": groups,
                "transposed": True, **shown})
    return out


def _single(value) -> tuple:
    return tuple(value) if isinstance(value, (tuple, list)) else (value,)


def conv_transpose1d(input: Tensor, weight: Tensor, bias: Optional[Tensor] = None, stride=1, padding=0,
                     output_padding=0, groups: int = 1, dilation=1) -> Tensor:
    """The 2-D kernels on a height of one; the sizes' checks and messages are the 2-D ones (PyTorch
    reports ``output_padding_height: 0`` for a 1-D call too), the shapes named are the 3-D ones."""
    if _unbatched(input, 1):
        return conv_transpose1d(input.unsqueeze(0), weight, bias, stride, padding, output_padding, groups,
                                dilation).squeeze(0)
    _check_channels(input, weight, bias, stride, padding, output_padding, groups, dilation)
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
               {"in_hw": in_hw, "conv_stride": stride2, "conv_pad": pads, "conv_dilation": dilation2, "groups": groups,
                "transposed": True, **shown_conv_args(1, s, p, d, op, bias)})
    return out


def conv_transpose2d_grad_input(grad: Tensor, weight: Tensor, in_hw, stride, pad, dilation, groups: int) -> Tensor:
    data = K.conv2d_forward(grad._data, weight._data, None, stride, pad, dilation, groups, in_hw)
    return make(np.asarray(data, grad.dtype.np), grad.dtype)


def conv_transpose2d_grad_weight(grad: Tensor, input: Tensor, w_shape, stride, pad, dilation,
                                 groups: int) -> Tensor:
    # The convolution that maps grad to input has the same weight: its weight gradient, with the
    # transposed conv's input in the place of that convolution's output gradient.
    return K.conv2d_grad_weight(input, grad, w_shape, stride, pad, dilation, groups)


def _grad_input_1d(grad: Tensor, weight: Tensor, in_hw, conv_stride, conv_pad, conv_dilation, groups: int) -> Tensor:
    out = conv_transpose2d_grad_input(make(grad._data[:, :, None, :], grad.dtype),
                                      make(weight._data[:, :, None, :], weight.dtype), in_hw, conv_stride, conv_pad,
                                      conv_dilation, groups)
    return make(out._data[:, :, 0, :], grad.dtype)


def _grad_weight_1d(grad: Tensor, input: Tensor, weight: Tensor, conv_stride, conv_pad, conv_dilation,
                    groups: int) -> Tensor:
    out = conv_transpose2d_grad_weight(make(grad._data[:, :, None, :], grad.dtype),
                                       make(input._data[:, :, None, :], input.dtype),
                                       weight.shape[:2] + (1,) + weight.shape[2:], conv_stride, conv_pad,
                                       conv_dilation, groups)
    return make(np.asarray(out._data)[:, :, 0, :], grad.dtype)


# Its formulas run numpy kernels, as the 2-D one's do: a second derivative refuses (record.py says so).
_RULE_1D = Rule("conv_transpose1d", "ConvolutionBackward0", None,
                (_grad_input_1d, _grad_weight_1d, lambda grad: grad.sum((0, 2))), (0, 1, 2),
                ("input", "weight", "bias"))
_RULE_1D.once_differentiable = True
RULES["conv_transpose1d"] = _RULE_1D


def conv_transpose3d(input: Tensor, weight: Tensor, bias: Optional[Tensor] = None, stride=1, padding=0,
                     output_padding=0, groups: int = 1, dilation=1) -> Tensor:
    """The adjoint of ``conv3d``: its forward is conv3d's input gradient, its input gradient conv3d,
    its weight gradient conv3d's weight gradient with input and output swapped. The checks are
    ATen's ``slow_conv_transpose3d``'s, in its order (the sizes before the dtypes)."""
    if _unbatched(input, 3):
        return conv_transpose3d(input.unsqueeze(0), weight, bias, stride, padding, output_padding, groups,
                                dilation).squeeze(0)
    _check_channels(input, weight, bias, stride, padding, output_padding, groups, dilation)
    options = {"stride": stride, "padding": padding, "output_padding": output_padding, "dilation": dilation}
    stride, pad, out_pad, dilation = (_ntuple(value, 3, name) for name, value in options.items())
    if not all(d > 0 for d in dilation):
        raise RuntimeError("dilation should be greater than zero, but got "
                           + ", ".join(f"dilation_{axis}: {d}" for axis, d in zip(_AXES, dilation)))
    _check_output_padding(out_pad, stride, dilation)
    in_size = tuple(input.shape[2:])
    out_size = _output_sizes(in_size, weight.shape[2:], stride, pad, dilation, out_pad)
    if not (input.dtype.is_floating_point or input.dtype.is_complex):
        raise NotImplementedError("\"slow_conv_transpose3d_out_cpu\" not implemented for "
                                  f"'{_scalar_name(input.dtype)}'")
    for other in (weight, bias):
        if other is not None and other.dtype is not input.dtype:
            raise RuntimeError(f"expected scalar type {_scalar_name(input.dtype)} but found "
                               f"{_scalar_name(other.dtype)}")
    pads = tuple((p, p) for p in pad)
    # the convolution that maps this output back to the input reads an output grown by output_padding
    data = C3.conv3d_input_data(input._data, weight._data, out_size, stride, pads, dilation, groups)
    if bias is not None:
        data = data + bias._data.reshape(1, -1, 1, 1, 1)
    out = make(np.ascontiguousarray(data, dtype=input.dtype.np), input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(_RULE_3D, (input, weight, bias), out,
               {"in_size": in_size, "stride": stride, "pad": pads, "dilation": dilation, "groups": groups,
                "out_pad": out_pad})
    return out


def _grad_input_3d(grad: Tensor, weight: Tensor, in_size, stride, pad, dilation, groups: int) -> Tensor:
    data = C3.conv3d_data(grad._data, weight._data, stride, pad, dilation, groups, in_size)
    return make(np.ascontiguousarray(data, dtype=grad.dtype.np), grad.dtype)


def _grad_weight_3d(grad: Tensor, input: Tensor, weight: Tensor, stride, pad, dilation, groups: int) -> Tensor:
    # conv3d maps grad to input with this weight: its weight gradient, with input as its output's gradient
    data = C3.conv3d_weight_data(input._data, grad._data, tuple(weight.shape), stride, pad, dilation, groups)
    return make(np.ascontiguousarray(data, dtype=grad.dtype.np), grad.dtype)


def _tangent_3d(inputs: tuple, tangents: list, out: Tensor, attrs: dict) -> Tensor:
    """PyTorch's ``convolution_jvp``: the op of the input's tangent with the weight, plus the op of
    the input with the weight's tangent and the bias's tangent (a missing tangent is zeros)."""
    x, w, _ = inputs
    tx, tw, tb = tangents
    options = {"stride": attrs["stride"], "padding": tuple(p for p, _ in attrs["pad"]),
               "output_padding": attrs["out_pad"], "groups": attrs["groups"], "dilation": attrs["dilation"]}
    tx = tx if tx is not None else x.new_zeros(x.shape)
    tw = tw if tw is not None else w.new_zeros(w.shape)
    return conv_transpose3d(tx, w, None, **options) + conv_transpose3d(x, tw, tb, **options)


# Its formulas run numpy kernels, as conv3d's and the 2-D one's do: a second derivative refuses.
_RULE_3D = Rule("conv_transpose3d", "ConvolutionBackward0", None,
                (_grad_input_3d, _grad_weight_3d, lambda grad: grad.sum((0, 2, 3, 4))), (0, 1, 2),
                ("input", "weight", "bias"), jvp=_tangent_3d)
_RULE_3D.once_differentiable = True
RULES["conv_transpose3d"] = _RULE_3D

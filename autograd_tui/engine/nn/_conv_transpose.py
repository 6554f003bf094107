"""``F.conv_transpose2d``: the adjoint of a 2-D convolution, which PyTorch records as the same
``ConvolutionBackward0`` node (with ``transposed=True``).

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
from autograd_tui.engine.nn._conv_pool import _pair
from autograd_tui.engine.record import RULES, record

__all__ = ["conv_transpose2d", "conv_transpose2d_grad_input", "conv_transpose2d_grad_weight"]

IntOrPair = Union[int, Sequence[int]]


def _dims(shape) -> str:
    return ", ".join(str(d) for d in shape)


def conv_transpose2d(input: Tensor, weight: Tensor, bias: Optional[Tensor] = None, stride: IntOrPair = 1,
                     padding: IntOrPair = 0, output_padding: IntOrPair = 0, groups: int = 1,
                     dilation: IntOrPair = 1) -> Tensor:
    if input.ndim == 3:  # an unbatched image
        return conv_transpose2d(input.unsqueeze(0), weight, bias, stride, padding, output_padding, groups,
                                dilation).squeeze(0)
    if input.ndim != 4:
        raise RuntimeError("Expected 3D (unbatched) or 4D (batched) input to conv_transpose2d, but got input of "
                           f"size: [{_dims(input.shape)}]")
    stride, pad, out_pad, dilation = _pair(stride), _pair(padding), _pair(output_padding), _pair(dilation)
    c_in, c_out_g, kh, kw = weight.shape
    n, c, h, w = input.shape
    if c != c_in:
        raise RuntimeError(f"Given transposed=1, weight of size [{_dims(weight.shape)}], expected input"
                           f"[{_dims(input.shape)}] to have {c_in} channels, but got {c} channels instead")
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
    out = make(np.asarray(data, input.dtype.np), input.dtype)
    if _State.enabled or _State.dual_level:
        record(RULES["conv_transpose2d"], (input, weight, bias), out,
               {"in_hw": (h, w), "stride": stride, "pad": pads, "dilation": dilation, "groups": groups})
    return out


def conv_transpose2d_grad_input(grad: Tensor, weight: Tensor, in_hw, stride, pad, dilation, groups: int) -> Tensor:
    data = K.conv2d_forward(grad._data, weight._data, None, stride, pad, dilation, groups, in_hw)
    return make(np.asarray(data, grad.dtype.np), grad.dtype)


def conv_transpose2d_grad_weight(grad: Tensor, input: Tensor, w_shape, stride, pad, dilation,
                                 groups: int) -> Tensor:
    # The convolution that maps grad to input has the same weight: its weight gradient, with the
    # transposed conv's input in the place of that convolution's output gradient.
    return K.conv2d_grad_weight(input, grad, w_shape, stride, pad, dilation, groups)

"""Folding an eval-mode batch norm into the convolution or linear layer before it (inference
speed-ups): the norm's scale ``weight / sqrt(running_var + eps)`` multiplies the layer's weight
along its output channels, and the bias absorbs the shift. The operations run in PyTorch's order,
so the fused layer's outputs match PyTorch's to the last bit."""
from __future__ import annotations

import copy
from typing import Any, Optional

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.nn.parameter import Parameter

__all__ = ["fuse_conv_bn_eval", "fuse_conv_bn_weights", "fuse_linear_bn_eval", "fuse_linear_bn_weights"]


def _eval_pair(layer: Any, bn: Any) -> None:
    if layer.training or bn.training:
        raise AssertionError("Fusion only for eval!")


def _running_stats(bn: Any) -> None:
    if bn.running_mean is None or bn.running_var is None:
        raise AssertionError("bn.running_mean and bn.running_var must not be None")


def fuse_conv_bn_eval(conv: Any, bn: Any, transpose: bool = False) -> Any:
    _eval_pair(conv, bn)
    fused = copy.deepcopy(conv)
    _running_stats(bn)
    fused.weight, fused.bias = fuse_conv_bn_weights(fused.weight, fused.bias, bn.running_mean, bn.running_var,
                                                    bn.eps, bn.weight, bn.bias, transpose)
    return fused


def fuse_conv_bn_weights(conv_w: Tensor, conv_b: Optional[Tensor], bn_rm: Tensor, bn_rv: Tensor, bn_eps: float,
                         bn_w: Optional[Tensor], bn_b: Optional[Tensor],
                         transpose: bool = False) -> tuple[Parameter, Parameter]:
    weight_dtype = conv_w.dtype
    bias_dtype = conv_b.dtype if conv_b is not None else weight_dtype
    bias = conv_b if conv_b is not None else _F.zeros_like(bn_rm)
    scale = bn_w if bn_w is not None else _F.ones_like(bn_rm)
    shift = bn_b if bn_b is not None else _F.zeros_like(bn_rm)
    inv_std = _F.rsqrt(bn_rv + bn_eps)
    # the output channels are dim 0 of a convolution's weight, dim 1 of a transposed one's
    channels = [1, -1] if transpose else [-1, 1]
    per_channel = (scale * inv_std).reshape(channels + [1] * (conv_w.ndim - 2))
    weight = (conv_w * per_channel).to(dtype=weight_dtype)
    new_bias = ((bias - bn_rm) * inv_std * scale + shift).to(dtype=bias_dtype)
    return Parameter(weight, conv_w.requires_grad), Parameter(new_bias, bias.requires_grad)


def fuse_linear_bn_eval(linear: Any, bn: Any) -> Any:
    _eval_pair(linear, bn)
    fused = copy.deepcopy(linear)
    # the norm's features must broadcast against the linear layer's outputs
    if linear.out_features != bn.num_features and bn.num_features != 1:
        raise AssertionError("To fuse, linear.out_features == bn.num_features or bn.num_features == 1, got "
                             f"linear.out_features={linear.out_features} and bn.num_features={bn.num_features}")
    _running_stats(bn)
    fused.weight, fused.bias = fuse_linear_bn_weights(fused.weight, fused.bias, bn.running_mean, bn.running_var,
                                                      bn.eps, bn.weight, bn.bias)
    return fused


def fuse_linear_bn_weights(linear_w: Tensor, linear_b: Optional[Tensor], bn_rm: Tensor, bn_rv: Tensor,
                           bn_eps: float, bn_w: Tensor, bn_b: Tensor) -> tuple[Parameter, Parameter]:
    weight_dtype = linear_w.dtype
    bias_dtype = linear_b.dtype if linear_b is not None else weight_dtype
    bias = linear_b if linear_b is not None else _F.zeros_like(bn_rm)
    per_output = bn_w * _F.rsqrt(bn_rv + bn_eps)
    weight = linear_w * per_output.unsqueeze(-1).to(dtype=weight_dtype)
    new_bias = ((bias - bn_rm) * per_output + bn_b).to(dtype=bias_dtype)
    return Parameter(weight, linear_w.requires_grad), Parameter(new_bias, bias.requires_grad)

"""The dropout family: ``dropout`` (one Bernoulli(1 - p) draw per element, kept values scaled
by 1 / (1 - p)), channel-wise ``dropout1d/2d/3d`` (one draw per sample and channel), and alpha
dropout for SELU networks.

Alpha dropout, as ATen: dropped values go to SELU's negative saturation, then an affine map keeps
the mean and variance. A Bernoulli(1 - p) mask ``m`` drawn like dropout's,
``a = 1 / sqrt((alpha^2 p + 1)(1 - p))``, ``b = (m - 1) * alpha * a + alpha * a * p``, and the
output ``x * (m * a) + b``, each step in the tensor's precision; ``feature_alpha_dropout`` drops
whole channels.
"""
from __future__ import annotations

import math

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, make, warn_at_caller as _warn

__all__ = ["dropout", "dropout1d", "dropout2d", "dropout3d", "alpha_dropout", "feature_alpha_dropout"]

_ALPHA = 1.7580993408473766  # -SELU's scale * alpha: where SELU saturates for very negative inputs


def _check_p(p: float) -> None:
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")


def _alpha(input: Tensor, p: float, training: bool, inplace: bool, feature: bool) -> Tensor:
    _check_p(p)
    if p == 0 or not training or input.numel() == 0:
        return input
    if p == 1:
        zero = _F.zeros((), dtype=input.dtype)
        return input.mul_(zero) if inplace else input * zero
    if feature:
        if input.ndim < 2:
            raise RuntimeError("Feature dropout requires at least 2 dimensions in the input")
        noise = input.new_empty((input.shape[0], input.shape[1]) + (1,) * (input.ndim - 2))
    else:
        noise = _F.empty_like(input)
    noise.bernoulli_(1 - p)
    a = 1.0 / math.sqrt((_ALPHA * _ALPHA * p + 1) * (1 - p))
    b = noise.add(-1).mul_(_ALPHA * a).add_(_ALPHA * a * p)
    noise.mul_(a)
    return input.mul_(noise).add_(b) if inplace else (input * noise).add_(b)


def alpha_dropout(input: Tensor, p: float = 0.5, training: bool = False, inplace: bool = False) -> Tensor:
    return _alpha(input, p, training, inplace, feature=False)


def feature_alpha_dropout(input: Tensor, p: float = 0.5, training: bool = False, inplace: bool = False) -> Tensor:
    return _alpha(input, p, training, inplace, feature=True)


def _scaled_by_keep(noise: Tensor, keep: float) -> Tensor:
    """``noise.div_(1 - p)`` as PyTorch's kernel: in place for float32/float64; a half or bfloat16
    mask through div, which reads the number in float32 and rounds once (1 / 0.7 is half's 1.4287)."""
    if noise.dtype is dtypes.float16 or noise.dtype is dtypes.bfloat16:
        return _F.div(noise, keep)
    noise._data /= np.asarray(keep, dtype=noise.dtype.np)
    return noise


def dropout(input: Tensor, p: float = 0.5, training: bool = True, inplace: bool = False) -> Tensor:
    _check_p(p)
    if p == 0 or not training or input.numel() == 0:
        return input
    if p == 1:
        mask = make(np.zeros((), input.dtype.np), input.dtype)
    elif not input.dtype.is_floating_point:  # PyTorch's mask has the input's dtype; dividing it fails
        raise RuntimeError(f"result type Float can't be cast to the desired output type "
                           f"{input.dtype.legacy_name[:-6]}")
    else:
        # PyTorch's CPU dropout: a Bernoulli(1 - p) mask scaled by 1 / (1 - p), then a product.
        keep = 1 - p
        mask = _scaled_by_keep(_F.empty_like(input).bernoulli_(keep), keep)
    if inplace:
        return input.mul_(mask)
    return input * mask




def _feature_dropout(input: Tensor, p: float, training: bool, inplace: bool) -> Tensor:
    """ATen's feature dropout: one Bernoulli(1 - p) draw per (sample, channel), scaled by 1 / (1 - p)."""
    if p == 0 or not training or input.numel() == 0:
        return input
    if input.ndim < 2:
        raise RuntimeError("Feature dropout requires at least 2 dimensions in the input")
    if p == 1:
        noise = make(np.zeros((), input.dtype.np), input.dtype)
    else:
        keep = 1 - p
        noise = input.new_empty((input.shape[0], input.shape[1]) + (1,) * (input.ndim - 2))
        noise = _scaled_by_keep(noise.bernoulli_(keep), keep)
    if inplace:
        return input.mul_(noise)
    return input * noise


def dropout1d(input: Tensor, p: float = 0.5, training: bool = True, inplace: bool = False) -> Tensor:
    _check_p(p)
    if input.ndim not in (2, 3):
        raise RuntimeError(f"dropout1d: Expected 2D or 3D input, but received a {input.ndim}D input. Note that "
                           "dropout1d exists to provide channel-wise dropout on inputs with 1 spatial dimension, a "
                           "channel dimension, and an optional batch dimension (i.e. 2D or 3D inputs).")
    if input.ndim == 2:
        return _feature_dropout(input.unsqueeze(0), p, training, inplace).squeeze(0)
    return _feature_dropout(input, p, training, inplace)


def dropout2d(input: Tensor, p: float = 0.5, training: bool = True, inplace: bool = False) -> Tensor:
    _check_p(p)
    if input.ndim not in (3, 4):
        _warn(f"dropout2d: Received a {input.ndim}-D input to dropout2d, which is deprecated and will result in "
              "an error in a future release. To retain the behavior and silence this warning, please use dropout "
              "instead. Note that dropout2d exists to provide channel-wise dropout on inputs with 2 spatial "
              "dimensions, a channel dimension, and an optional batch dimension (i.e. 3D or 4D inputs).")
    if input.ndim == 3:
        _warn("dropout2d: Received a 3D input to dropout2d and assuming that channel-wise 1D dropout behavior is "
              "desired - input is interpreted as shape (N, C, L), where C is the channel dim. This behavior will "
              "change in a future release to interpret the input as one without a batch dimension, i.e. shape "
              "(C, H, W). To maintain the 1D channel-wise dropout behavior, please switch to using dropout1d "
              "instead.")
    return _feature_dropout(input, p, training, inplace)


def dropout3d(input: Tensor, p: float = 0.5, training: bool = True, inplace: bool = False) -> Tensor:
    _check_p(p)
    if input.ndim not in (4, 5):
        _warn(f"dropout3d: Received a {input.ndim}-D input to dropout3d, which is deprecated and will result in "
              "an error in a future release. To retain the behavior and silence this warning, please use dropout "
              "instead. Note that dropout3d exists to provide channel-wise dropout on inputs with 3 spatial "
              "dimensions, a channel dimension, and an optional batch dimension (i.e. 4D or 5D inputs).")
    if input.ndim == 4:
        return _feature_dropout(input.unsqueeze(0), p, training, inplace).squeeze(0)
    return _feature_dropout(input, p, training, inplace)

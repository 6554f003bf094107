"""Alpha dropout (for SELU networks): dropped values go to SELU's negative saturation, then an affine
map keeps the mean and variance; ``feature_alpha_dropout`` drops whole channels.

As ATen: a Bernoulli(1 - p) mask ``m`` drawn like dropout's, ``a = 1 / sqrt((alpha^2 p + 1)(1 - p))``,
``b = (m - 1) * alpha * a + alpha * a * p``, and the output ``x * (m * a) + b``, each step in the
tensor's precision.
"""
from __future__ import annotations

import math

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor

__all__ = ["alpha_dropout", "feature_alpha_dropout"]

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
        noise = _F.empty((input.shape[0], input.shape[1]) + (1,) * (input.ndim - 2), dtype=input.dtype)
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

"""Batch normalisation of bfloat16 and float16 inputs as ATen's reduced-type CPU kernel computes
it (contiguous input, training and eval), so the last digits agree.

The kernel works in float. Statistics of (N, C, L...) input, per channel: eight float lanes take
each sample's elements in blocks of 16 (a block's two halves in turn into the same lanes, each
square of a deviation fused into its lane), the elements after the last block go into one
float running across the samples, and the lanes, folded in halves, are added to it; the mean is
that sum divided in float, and the deviations are from that float mean. (N, C) input goes the
same way, every element in the scalar rest (unlike float32's, which takes the channels-last
kernel there).

The mean and the sum of squares are then stored in the parameters' type: the input's own
(bfloat16 for a ``.bfloat16()`` module, every later step rounded to it as ``c10::BFloat16``'s
operators round) or float32 where the parameters are float32. From them ``invstd =
1 / sqrt(var_sum / n + eps)`` in float, and the running statistics with the momentum in that
type. The output is ``x * alpha + beta`` in float, fused, with ``alpha = invstd * weight`` and
``beta = bias - mean * alpha`` (fused), rounded to the input's type. ``c10::BFloat16`` divided by
an integer converts the integer to bfloat16 first, so ``var_sum / n`` divides by 2,864 where n
is 2,870.

Measured against PyTorch 2.13 (``tools/measure_batch_norm16.py``): every output element and
running statistic of random (N, C), (N, C, L) and (N, C, H, W) inputs, training and eval, in
both types; the float32 kernel the engine used before gave about 70% of bfloat16 elements.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine.parity.batch_norm import _fold, fused

__all__ = ["contiguous"]

_F32 = np.float32
_BLOCK = 16  # reduced-type elements per vector
_LANES = 8


def _rounder(kind: np.dtype) -> Callable[[np.ndarray], np.ndarray]:
    if kind == np.float16:
        return lambda v: np.asarray(v, _F32).astype(np.float16).astype(_F32)
    return lambda v: dtypes.to_bfloat16_grid(np.asarray(v, _F32))


def contiguous(x: np.ndarray, running_mean, running_var, weight, bias, training: bool, momentum: float,
               eps: float, mixed: bool) -> tuple:
    """(mean, invstd, output, new running mean or None, new running var or None) for a contiguous
    float16 ``x`` or float32 ``x`` holding bfloat16 values; ``mixed``: the parameters (and running
    statistics) are float32."""
    data = x.astype(_F32)
    to_type = _rounder(x.dtype)
    stored = (lambda v: np.asarray(v, _F32)) if mixed else to_type  # the parameters' type
    n, c = data.shape[0], data.shape[1]
    count = data.size // c
    new_mean = new_var = None
    if training:
        mean, var_sum = _stats_channels(data.reshape(n, c, -1), stored)
        # c10::BFloat16 divided by an integer converts the integer first: 2,870 becomes 2,864
        var = stored(var_sum / stored(_F32(count)))
        invstd = stored(_F32(1) / np.sqrt(var + _F32(eps)))
        if running_mean is not None and running_var is not None:
            m = stored(_F32(momentum))
            keep = stored(_F32(1) - m)
            previous_mean, previous_var = (np.asarray(s, _F32) for s in (running_mean, running_var))
            new_mean = stored(stored(m * mean) + stored(keep * previous_mean))
            unbiased = stored(var_sum / stored(_F32(max(count - 1, 1))))
            new_var = stored(m * unbiased + stored(keep * previous_var))
    else:
        mean = np.asarray(running_mean, _F32)
        invstd = _F32(1) / np.sqrt(np.asarray(running_var, _F32) + _F32(eps))
    alpha = invstd * np.asarray(weight, _F32) if weight is not None else invstd.astype(_F32)
    beta = fused(-mean, alpha, np.asarray(bias, _F32) if bias is not None else _F32(0))
    shape = (1, c) + (1,) * (x.ndim - 2)
    out = to_type(fused(data, alpha.reshape(shape), beta.reshape(shape)))
    return mean.astype(x.dtype), invstd.astype(x.dtype), out.astype(x.dtype), new_mean, new_var


def _stats_channels(by_channel: np.ndarray, stored: Callable) -> tuple:
    """Per channel of (N, C, L): the float mean (stored in the parameters' type) and var_sum."""
    n, c, size = by_channel.shape
    count = n * size
    total = _lanes_then_rest(by_channel, squares=False)
    mean = (total / _F32(count)).astype(_F32)
    deviation_sum = _lanes_then_rest(by_channel - mean[None, :, None], squares=True)
    return stored(mean), stored(deviation_sum)


def _lanes_then_rest(values: np.ndarray, squares: bool) -> np.ndarray:
    """The kernel's per-channel reduction of (N, C, L) float32 ``values``: the elements themselves,
    or their squares fused into the sums."""
    n, c, size = values.shape
    whole = size - size % _BLOCK
    lanes = np.zeros((c, _LANES), _F32)
    rest = np.zeros(c, _F32)
    for sample in range(n):
        row = values[sample]
        for start in range(0, whole, _LANES):
            part = row[:, start:start + _LANES]
            lanes = fused(part, part, lanes) if squares else lanes + part
        for j in range(whole, size):
            element = row[:, j]
            rest = fused(element, element, rest) if squares else rest + element
    return (rest + _fold(lanes)).astype(_F32)

"""``F.interpolate(..., antialias=True)`` in modes ``bilinear`` and ``bicubic``: PIL's separable
resampling, as PyTorch's CPU kernels compute it, and its gradient.

Each axis gets, for every output position, a run of source pixels and their weights: the filter
(triangle for bilinear, Keys' cubic with a = -0.5 for bicubic) stretched by the scale when
downsampling, evaluated at each pixel's distance from the output centre, then divided by the
weights' sum. PyTorch computes them in the tensor's precision with its mixed float/double steps,
reproduced term by term here (the cubic's polynomial with fused multiply-adds, as compiled).

The forward resamples along the width first, then along the height (an axis of unchanged size is
skipped; equal shapes are a copy). Each output value is ``x0 * w0`` plus the other taps in order;
PyTorch's compiled loop computes the products of whole 16-byte vectors (4 floats, 2 doubles) first
and adds them one at a time, and fuses the remaining taps' products into their additions: the
same split is made here. When the output is one pixel wide, PyTorch's height pass writes the first
output row into every row (its loop reads the weights of row 0 throughout), and so does the engine.

The gradient is PyTorch's direct adjoint: every output pixel, in raster order, adds ``(wx * wy) *
grad`` to each source pixel of its window, fused into the addition. It is itself recorded, and its
gradient is the forward.
"""
from __future__ import annotations

import math
from typing import Optional, Sequence

import numpy as np

from autograd_tui.engine.parity.float32_math import fma

__all__ = ["antialias_forward", "antialias_backward"]

_KEYS_A = -0.5  # PIL's bicubic; the non-antialiased bicubic uses -0.75


def _scale(in_size: int, out_size: int, align_corners: bool, scale: Optional[float], t) -> np.floating:
    """ATen's ``area_pixel_compute_scale`` in the tensor's precision."""
    if align_corners:
        return t(in_size - 1) / t(out_size - 1) if out_size > 1 else t(0)
    if scale is not None and scale > 0:
        return t(1.0 / scale)
    return t(in_size) / t(out_size)


def _fused(a, b, c, t) -> np.floating:
    return t(fma(np.asarray(a, t), np.asarray(b, t), np.asarray(c, t)))


def _filter(x: np.floating, cubic: bool, t) -> np.floating:
    x = abs(x)
    if not cubic:
        return t(1.0 - float(x)) if x < 1.0 else t(0)
    a = t(_KEYS_A)
    if x < 1.0:  # ((a + 2) x - (a + 3)) x x + 1
        return _fused(t(_fused(a + t(2), x, -(a + t(3)), t) * x), x, t(1), t)
    if x < 2.0:  # ((a x - 5a) x + 8a) x - 4a
        return _fused(_fused(_fused(a, x, -t(5) * a, t), x, t(8) * a, t), x, -t(4) * a, t)
    return t(0)


def axis_taps(in_size: int, out_size: int, align_corners: bool, scale: Optional[float], cubic: bool,
              t) -> list[tuple[int, np.ndarray]]:
    """(first source index, weights) of every output position along one axis
    (``_compute_indices_min_size_weights_aa``)."""
    s = _scale(in_size, out_size, align_corners, scale, t)
    half_width = 2 if cubic else 1
    support = t(half_width * float(s)) if s >= 1.0 else t(half_width)
    most = int(math.ceil(support)) * 2 + 1
    invscale = t(1.0 / float(s)) if s >= 1.0 else t(1.0)
    taps = []
    for i in range(out_size):
        center = t(float(s) * (i + 0.5))
        first = max(int(float(center - support) + 0.5), 0)
        count = min(max(min(int(float(center + support) + 0.5), in_size) - first, 0), most)
        weights = [_filter(t((float(t(first + j) - center) + 0.5) * float(invscale)), cubic, t) for j in range(count)]
        total = t(0)
        for w in weights:
            total = t(total + w)
        if total != 0:
            weights = [t(w / total) for w in weights]
        taps.append((first, np.array(weights, dtype=t)))
    return taps


def _resample_axis(x: np.ndarray, taps: list[tuple[int, np.ndarray]], axis: int) -> np.ndarray:
    t = x.dtype.type
    data = np.moveaxis(x, axis, -1)
    out = np.empty(data.shape[:-1] + (len(taps),), dtype=x.dtype)
    per_vector = 16 // x.dtype.itemsize
    for o, (first, weights) in enumerate(taps):
        acc = data[..., first] * weights[0]
        steps = len(weights) - 1
        vectorised = steps // per_vector * per_vector
        for j in range(1, len(weights)):
            if j <= vectorised:
                acc = acc + data[..., first + j] * weights[j]
            else:
                acc = fma(data[..., first + j], np.full(acc.shape, weights[j], t), acc).astype(t)
        out[..., o] = acc
    return np.moveaxis(out, -1, axis)


def antialias_forward(x: np.ndarray, cubic: bool, out_hw: Sequence[int], align_corners: bool, scales) -> np.ndarray:
    t = x.dtype.type
    (h, w), (oh, ow) = x.shape[-2:], tuple(out_hw)
    scales = scales or (None, None)
    if (oh, ow) == (h, w):
        return x.copy()
    if ow != w:
        x = _resample_axis(x, axis_taps(w, ow, align_corners, scales[1], cubic, t), -1)
    if oh != h:
        x = _resample_axis(x, axis_taps(h, oh, align_corners, scales[0], cubic, t), -2)
        if ow == 1:  # PyTorch's height pass on a one-pixel-wide image repeats its first row
            x = np.repeat(x[..., :1, :], oh, axis=-2)
    return np.ascontiguousarray(x)


def antialias_backward(g: np.ndarray, cubic: bool, in_hw: Sequence[int], align_corners: bool, scales) -> np.ndarray:
    t = g.dtype.type
    (h, w), (oh, ow) = tuple(in_hw), g.shape[-2:]
    scales = scales or (None, None)
    rows = axis_taps(h, oh, align_corners, scales[0], cubic, t)
    cols = axis_taps(w, ow, align_corners, scales[1], cubic, t)
    grad_input = np.zeros(g.shape[:-2] + (h, w), dtype=g.dtype)
    for i, (top, wy) in enumerate(rows):
        for j, (left, wx) in enumerate(cols):
            window = (..., slice(top, top + len(wy)), slice(left, left + len(wx)))
            block = grad_input[window]
            shares = np.broadcast_to((wy[:, None] * wx[None, :]).astype(t), block.shape)
            grad_input[window] = fma(shares, np.broadcast_to(g[..., i, j, None, None], block.shape), block)
    return grad_input

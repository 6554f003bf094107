"""Batch normalisation as PyTorch's CPU kernel computes it, step by step, so the last bits agree.

Measured against PyTorch 2.13 (x86-64 wheel, 2 threads) on (N, C), (N, C, L) and (N, C, H, W)
float32 and float64 inputs, training and eval, with and without affine parameters: every output
element and every running statistic identical.

- Statistics, (N, C, *) with positions: per channel a double sum of the inputs in (sample,
  position) order; the mean rounded to the input's type; the squared float differences summed in
  double and stored in the input's type (``var_sum``).
- Statistics, (N, C) (no positions): the channels-last kernel. Each thread sums its share of the
  rows in the input's type (the square of a difference fused into the sum), then the per-thread
  sums are added in double.
- ``invstd = 1 / sqrt(var_sum / n + eps)``: the division in the input's type, the rest in double.
- Running statistics: ``m * mean + (1 - m) * running`` in the input's type; the variance's
  unbiased ``var_sum / (n - 1)`` in the input's type, multiplied by ``m`` in double.
- Output: ``x * alpha + beta`` with ``alpha = invstd * weight`` and ``beta = bias - mean * alpha``;
  both are fused multiply-adds in the kernel's build.
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine.parity.blas import get_threads


def contiguous(x: np.ndarray, running_mean, running_var, weight, bias, training: bool, momentum: float,
               eps: float) -> tuple:
    """(mean, invstd, output, new running mean or None, new running var or None) for contiguous x."""
    n, c = x.shape[0], x.shape[1]
    ftype = x.dtype.type
    rows = np.ascontiguousarray(np.moveaxis(x.reshape(n, c, -1), 1, 0)).reshape(c, -1)
    count = rows.shape[1]
    new_mean = new_var = None
    if training:
        if count == n:  # no positions: the channels-last kernel, rows shared out between threads
            mean, var_sum = _stats_rows(x.reshape(n, c))
        else:
            mean = (np.cumsum(rows, axis=1, dtype=np.float64)[:, -1] / count).astype(x.dtype)
            diff = rows - mean[:, None]
            var_sum = np.cumsum(diff * diff, axis=1, dtype=np.float64)[:, -1].astype(x.dtype)
        invstd = (1.0 / np.sqrt((var_sum / ftype(count)).astype(np.float64) + eps)).astype(x.dtype)
        if running_mean is not None and running_var is not None:
            m = ftype(momentum)
            keep = ftype(1) - m
            new_mean = m * mean + keep * running_mean.astype(x.dtype, copy=False)
            unbiased = (var_sum / ftype(max(count - 1, 1))).astype(np.float64)
            new_var = np.float64(m) * unbiased + (keep * running_var.astype(x.dtype, copy=False))
    else:
        mean = running_mean.astype(x.dtype, copy=False)
        invstd = ftype(1) / np.sqrt(running_var.astype(x.dtype, copy=False) + ftype(eps))
    alpha = invstd * weight.astype(x.dtype, copy=False) if weight is not None else invstd
    beta = fused(-mean, alpha, bias.astype(x.dtype, copy=False) if bias is not None else ftype(0))
    shape = (1, c) + (1,) * (x.ndim - 2)
    return mean, invstd, fused(x, alpha.reshape(shape), beta.reshape(shape)), new_mean, new_var


def fused(a: np.ndarray, b: np.ndarray, c) -> np.ndarray:
    """``a * b + c`` rounded once, as a fused multiply-add: float32 products are exact in double;
    in float64 the product's and the sum's rounding errors are recovered (Dekker, Knuth) and
    added back, which rounds as the fused operation does but in rare ties."""
    if a.dtype == np.float32:
        return (a.astype(np.float64) * b + np.asarray(c, np.float64)).astype(np.float32)
    a, b, c = np.broadcast_arrays(np.asarray(a, np.float64), np.asarray(b, np.float64), np.asarray(c, np.float64))
    product = a * b
    a_hi, a_lo = _halves(a)
    b_hi, b_lo = _halves(b)
    product_error = ((a_hi * b_hi - product) + a_hi * b_lo + a_lo * b_hi) + a_lo * b_lo
    total = product + c
    virtual = total - product
    sum_error = (product - (total - virtual)) + (c - virtual)
    return total + (product_error + sum_error)


def _halves(x: np.ndarray) -> tuple:
    """Veltkamp's split of doubles into two 26-bit halves whose products are exact."""
    t = 134217729.0 * x
    hi = t - (t - x)
    return hi, x - hi


def _stats_rows(x: np.ndarray) -> tuple:
    """Mean and sum of squared differences of each column of (N, C), as the channels-last kernel."""
    n, c = x.shape
    tasks = max(1, min(get_threads(), n))
    share = -(-n // tasks)
    parts = [x[t * share:(t + 1) * share] for t in range(tasks)]
    sums = [np.cumsum(p, axis=0, dtype=x.dtype)[-1] for p in parts if len(p)]
    mean = (np.sum(np.array(sums, dtype=np.float64), axis=0) / n).astype(x.dtype)
    total = np.zeros(c, np.float64)
    for p in parts:
        acc = np.zeros(c, x.dtype)
        for row in p:
            d = row - mean
            acc = fused(d, d, acc)
        total += acc
    return mean, total.astype(x.dtype)


def channels_last_like(x: np.ndarray) -> bool:
    """A 4-d or 5-d array whose channels are its innermost dim (strides N > spatial > C): the one
    layout whose batch_norm output PyTorch keeps (its "suggested memory format"); any other input,
    a transposed (N, L, C) view included, gets a contiguous output, which a later .view() sees."""
    if x.ndim not in (4, 5) or x.flags.c_contiguous:
        return False
    order = (0,) + tuple(range(2, x.ndim)) + (1,)
    strides = [x.strides[d] for d in order]
    return all(a >= b for a, b in zip(strides, strides[1:]))

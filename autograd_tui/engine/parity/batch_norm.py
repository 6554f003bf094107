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
from autograd_tui.engine.parity.float32_math import _sum_rounded_once
from autograd_tui.engine.parity.matmul import _sum_stacked
from autograd_tui.engine.parity.summation import float_sum


def contiguous(x: np.ndarray, running_mean, running_var, weight, bias, training: bool, momentum: float,
               eps: float) -> tuple:
    """(mean, invstd, output, new running mean or None, new running var or None) for contiguous x."""
    n, c = x.shape[0], x.shape[1]
    ftype = x.dtype.type
    count = x.size // c if c else 0
    new_mean = new_var = None
    if training:
        if count == n:  # no positions: the channels-last kernel, rows shared out between threads
            mean, var_sum = _stats_rows(x.reshape(n, c))
        else:
            by_channel = x.reshape(n, c, -1)
            mean = (_sums_in_order(by_channel) / count).astype(x.dtype)
            diff = np.subtract(by_channel, mean[:, None])
            if x.dtype == np.float64 and by_channel.shape[2] % 2:
                var_sum = _odd_double_var_sum(diff)
            else:
                var_sum = _sums_in_order(np.multiply(diff, diff, diff)).astype(x.dtype)
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


def _sums_in_order(by_channel: np.ndarray) -> np.ndarray:
    """Each channel's double sum of (N, C, positions) values, sample after sample and position
    after position from +0, as the kernel's loop adds them: the values widened and laid out
    (sample, position) by channel, then added row after row (``matmul._sum_stacked``: one numpy
    reduction across the channels, instead of a running sum along each channel's row). A sum
    from the first value instead of from +0 differs only where every value is -0; the final
    ``+ 0`` gives +0 there, as PyTorch (a running mean after a batch of -0s shows it). A NaN
    sum's sign may depend on which operand numpy's loop puts first: those take the running sum."""
    n, c, positions = by_channel.shape
    stacked = np.empty((n, positions, c), np.float64)
    np.copyto(stacked, by_channel.transpose(0, 2, 1))
    sums = _sum_stacked(stacked.reshape(n * positions, c))
    if np.isnan(sums).any():
        sums = np.cumsum(by_channel.transpose(1, 0, 2).reshape(c, -1), axis=1, dtype=np.float64)[:, -1]
    return np.add(sums, 0.0, sums)


def _odd_double_var_sum(diff: np.ndarray) -> np.ndarray:
    """The float64 kernel's sum of squared differences ((N, C, positions) ``diff``, an odd number
    of positions): its compiled loop takes two positions a step, squaring and adding apart, and
    fuses the square into the sum for the position left over at the end of each sample."""
    n, c, positions = diff.shape
    total = np.zeros(c)
    for sample in diff:
        rows = np.empty((positions, c))
        rows[0] = total
        np.multiply(sample[:, :-1].T, sample[:, :-1].T, out=rows[1:])
        total = fused(sample[:, -1], sample[:, -1], _sum_stacked(rows))
    return total


def strided(x: np.ndarray, running_mean, running_var, weight, bias, training: bool, momentum: float,
            eps: float, sqrt=np.sqrt) -> tuple:
    """``contiguous`` for an input in any other layout but channels-last (a transposed (N, L, C)
    view, say), which takes ATen's generic path: the mean is ``x.mean(dims)`` (its float sum
    over the reduced dims, divided by the count); per channel the squares of ``x - mean`` are
    added in double in memory order; ``invstd = 1 / sqrt(var_sum / n + eps)`` and the running
    statistics' blends (unbiased ``var_sum / (n - 1)``) in double, stored in the input's type.
    In eval mode ``invstd = 1 / sqrt(running_var + eps)`` in tensor ops of the input's type
    (``sqrt`` is the engine's ``torch.sqrt`` kernel: MKL's, not correctly rounded). The output is
    ``((x - mean) * invstd) * weight + bias`` element by element in the input's type, unfused."""
    c = x.shape[1]
    dims = (0,) + tuple(range(2, x.ndim))
    count = x.size // c
    ftype = x.dtype.type
    shape = (1, c) + (1,) * (x.ndim - 2)
    new_mean = new_var = None
    if training:
        mean = (float_sum(x, dims) / ftype(count)).astype(x.dtype)
        deviations = x.astype(np.float64) - mean.astype(np.float64).reshape(shape)
        var_sum = _serial_channel_sums(deviations * deviations, x.strides)
        invstd = (1.0 / np.sqrt(var_sum / count + eps)).astype(x.dtype)
        if running_mean is not None and running_var is not None:
            new_mean = momentum * mean.astype(np.float64) + (1 - momentum) * running_mean.astype(np.float64)
            unbiased = var_sum / max(count - 1, 1)
            new_var = momentum * unbiased + (1 - momentum) * running_var.astype(np.float64)
    else:
        mean = running_mean.astype(x.dtype, copy=False)
        invstd = ftype(1) / sqrt(running_var.astype(x.dtype, copy=False) + ftype(eps))
    y = (x - mean.reshape(shape)) * invstd.reshape(shape)
    if weight is not None:
        y = y * weight.astype(x.dtype, copy=False).reshape(shape)
    if bias is not None:
        y = y + bias.astype(x.dtype, copy=False).reshape(shape)
    return mean, invstd, y, new_mean, new_var


def _serial_channel_sums(values: np.ndarray, strides: tuple) -> np.ndarray:
    """Per channel (dim 1), ``values`` added one after another in double, in the order ATen's
    serial loop visits them: the other dims from the largest stride of the input (``strides``)
    to the smallest, as its data lies in memory."""
    dims = sorted((d for d in range(values.ndim) if d != 1), key=lambda d: -strides[d])
    rows = np.moveaxis(values, [1] + dims, list(range(values.ndim))).reshape(values.shape[1], -1)
    return np.add.accumulate(rows.astype(np.float64), axis=1)[:, -1]


def fused(a: np.ndarray, b: np.ndarray, c) -> np.ndarray:
    """``a * b + c`` rounded once, as a fused multiply-add: float32 products are exact in double;
    in float64 the product's and the sum's rounding errors are recovered (Dekker, Knuth) and
    added back, which rounds as the fused operation does but in rare ties."""
    if a.dtype == np.float32:
        wide, b64, c64 = a.astype(np.float64), np.asarray(b, np.float64), np.asarray(c, np.float64)
        if wide.shape == np.broadcast_shapes(wide.shape, b64.shape, c64.shape):
            # in place, every operand already double: a float32 operand broadcast into a double
            # product is cast in a buffered loop, five times slower on an image
            np.multiply(wide, b64, wide)
            return np.add(wide, c64, wide).astype(np.float32)
        return (wide * b64 + c64).astype(np.float32)
    a, b, c = np.broadcast_arrays(np.asarray(a, np.float64), np.asarray(b, np.float64), np.asarray(c, np.float64))
    product = a * b
    a_hi, a_lo = _halves(a)
    b_hi, b_lo = _halves(b)
    product_error = ((a_hi * b_hi - product) + a_hi * b_lo + a_lo * b_hi) + a_lo * b_lo
    total = product + c
    virtual = total - product
    sum_error = (product - (total - virtual)) + (c - virtual)
    return total + (product_error + sum_error)


def fused_column_chain(products: np.ndarray) -> np.ndarray:
    """buffer = fma(a, b, buffer) down the rows of float32 operands, from a zero buffer, given the
    exact float64 products a * b: each step is one float64 addition rounded to float32 on store, which is
    the single rounding of the FMA unless the float64 sum sat on a float32 midpoint; those
    (rare) cases are detected afterwards, all rows at once, and then the chain is redone
    with every step rounded exactly."""
    rows, n = products.shape
    states = np.empty((rows, n), np.float32)
    previous = np.zeros(n, np.float32)
    for i in range(rows):
        np.add(products[i], previous, out=states[i], casting="same_kind")
        previous = states[i]
    before = np.concatenate([np.zeros((1, n)), states[:-1].astype(np.float64)])
    if np.array_equal(_sum_rounded_once(products + before, products, before).view(np.int32),
                      states.view(np.int32)):
        return states[-1]
    buffer = np.zeros(n, np.float64)
    for i in range(rows):
        buffer = _sum_rounded_once(products[i] + buffer, products[i], buffer).astype(np.float64)
    return buffer.astype(np.float32)


def _halves(x: np.ndarray) -> tuple:
    """Veltkamp's split of doubles into two 26-bit halves whose products are exact."""
    t = 134217729.0 * x
    hi = t - (t - x)
    return hi, x - hi


_TILE = 16             # channels the few-rows kernel vectorises in one tile
_WIDE_CHANNELS = 2048  # above this many channels it tiles again


def _stats_rows(x: np.ndarray) -> tuple:
    """Mean and sum of squared differences of each column of (N, C), as the channels-last kernel.
    With no more rows than threads it reduces down the columns instead: in the input's type, each
    square fused into the sum, for at most 16 or more than 2,048 channels (or one thread); else the
    sums in double, the squares rounded apart."""
    n, c = x.shape
    threads = get_threads()
    if n <= threads:
        if threads == 1 or c <= _TILE or c > _WIDE_CHANNELS:
            mean = np.add.accumulate(x, axis=0)[-1] / x.dtype.type(n)
            return mean, _fused_sum_of_products(x - mean, x - mean)
        mean = (np.add.accumulate(x, axis=0, dtype=np.float64)[-1] / n).astype(x.dtype)
        d = x - mean
        return mean, np.add.accumulate(d * d, axis=0, dtype=np.float64)[-1].astype(x.dtype)
    tasks = max(1, min(threads, n))
    share = -(-n // tasks)
    parts = [x[t * share:(t + 1) * share] for t in range(tasks)]
    sums = [np.cumsum(p, axis=0, dtype=x.dtype)[-1] for p in parts if len(p)]
    mean = (np.sum(np.array(sums, dtype=np.float64), axis=0) / n).astype(x.dtype)
    total = np.zeros(c, np.float64)
    for p in parts:
        total += _fused_sum_of_products(p - mean, p - mean)
    return mean, total.astype(x.dtype)


def _fused_sum_of_products(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``acc = fma(a[i], b[i], acc)`` down the rows of (rows, C) arrays, from zero: float32 as one
    float64 addition per row (``fused_column_chain``), float64 a fused operation per row."""
    if a.dtype == np.float32:
        return fused_column_chain(a.astype(np.float64) * b.astype(np.float64))
    acc = np.zeros(a.shape[1], a.dtype)
    for i in range(a.shape[0]):
        acc = fused(a[i], b[i], acc)
    return acc


def _as_rows(x: np.ndarray) -> tuple[np.ndarray, tuple]:
    """A channels-last array as the (positions, C) rows its memory holds (a view), and the order of
    dims that turns those rows back into it."""
    order = (0,) + tuple(range(2, x.ndim)) + (1,)
    return x.transpose(order).reshape(-1, x.shape[1]), tuple(np.argsort(order))


def _from_rows(rows: np.ndarray, like: np.ndarray, back: tuple) -> np.ndarray:
    """``rows`` ((positions, C), C order) viewed in the channels-last layout of ``like``."""
    return rows.reshape(like.transpose((0,) + tuple(range(2, like.ndim)) + (1,)).shape).transpose(back)


def channels_last(x: np.ndarray, running_mean, running_var, weight, bias, training: bool, momentum: float,
                  eps: float) -> tuple:
    """``contiguous`` for a channels-last input: ATen's channels-last kernels are its (N, C) ones
    run on the rows of channels the memory holds, one row per position of every sample."""
    rows, back = _as_rows(x)
    mean, invstd, y, new_mean, new_var = contiguous(rows, running_mean, running_var, weight, bias, training,
                                                    momentum, eps)
    return mean, invstd, _from_rows(y, x, back), new_mean, new_var


def channels_last_is_cheap(x: np.ndarray) -> bool:
    """Whether the channels-last statistics and backward, which step through the positions in
    Python, stay within a few tens of milliseconds (larger inputs keep the plain formulas)."""
    return x.size // x.shape[1] <= _BACKWARD_STEPS


def backward_channels_last(x: np.ndarray, dy: np.ndarray, mean: np.ndarray, invstd: np.ndarray,
                           weight: np.ndarray | None, training: bool = True) -> tuple:
    """``backward`` for a channels-last input and gradient: the (N, C) kernel on their rows."""
    rows, back = _as_rows(x)
    grad_input, grad_weight, grad_bias = backward(rows, _as_rows(dy)[0], mean, invstd, weight, training)
    return _from_rows(grad_input, x, back), grad_weight, grad_bias


def channels_last_like(x: np.ndarray) -> bool:
    """A 4-d or 5-d array whose channels are its innermost dim (strides N > spatial > C): the one
    layout whose batch_norm output PyTorch keeps (its "suggested memory format"); any other input,
    a transposed (N, L, C) view included, gets a contiguous output, which a later .view() sees."""
    if x.ndim not in (4, 5) or x.flags.c_contiguous:
        return False
    order = (0,) + tuple(range(2, x.ndim)) + (1,)
    strides = [x.strides[d] for d in order]
    return all(a >= b for a, b in zip(strides, strides[1:]))


# ---------------------------------------------------------------------------------------------
# Backward in training mode, float32 (measured against PyTorch 2.13 on random (N, C) and
# (N, C, L) inputs: every element of the input's, weight's and bias's gradients identical)
# ---------------------------------------------------------------------------------------------
_BACKWARD_LANES = 8  # the backward kernels run 8-float vectors
_DOUBLE_LANES = 4    # and 4-double ones


def _fold(acc: np.ndarray) -> np.ndarray:
    """A vector's lanes added as halves: 8 -> 4 -> 2 -> 1 (float's vectorised reduction); double
    vectors have no such specialisation in ATen and add their lanes left to right."""
    if acc.dtype == np.float64:
        return np.add.accumulate(acc, axis=-1)[..., -1]
    while acc.shape[-1] > 1:
        half = acc.shape[-1] // 2
        acc = acc[..., :half] + acc[..., half:]
    return acc[..., 0]


def vector_sum(values: np.ndarray, fused_tail: tuple | None = None) -> np.ndarray:
    """Each row of ``values`` summed as ATen's vector reduction (``reduce_all``,
    ``map2_reduce_all``) does: a row shorter than a vector one element after another; otherwise
    whole vectors (8 floats, 4 doubles) added lane by lane, the rest of the row into the first
    lanes (as a fused multiply-add of ``fused_tail``'s factors when given), then the lanes folded."""
    size = values.shape[-1]
    lanes = _DOUBLE_LANES if values.dtype == np.float64 else _BACKWARD_LANES
    if size < lanes:
        return np.add.accumulate(values, axis=-1)[..., -1]
    acc = values[..., :lanes].copy()
    whole = size // lanes * lanes
    for start in range(lanes, whole, lanes):
        acc = acc + values[..., start:start + lanes]
    rest = size - whole
    if rest:
        if fused_tail is None:
            acc[..., :rest] = acc[..., :rest] + values[..., whole:]
        else:
            a, b = fused_tail
            acc[..., :rest] = fused(a[..., whole:], b[..., whole:], acc[..., :rest])
    return _fold(acc)


_BACKWARD_STEPS = 8192  # Python steps (rows, or vectors per position run) the exact backward may take


def backward_is_cheap(x: np.ndarray) -> bool:
    """Whether ``backward`` stays within a few tens of milliseconds: it steps through the rows of
    (N, C), or through each sample's positions a vector at a time. Larger inputs take the plain
    formula (the same values but in the last bits)."""
    steps = x.shape[0] if x.ndim == 2 or x.size == x.shape[0] * x.shape[1] else x.size // (x.shape[0] * x.shape[1]) // 8
    return steps <= _BACKWARD_STEPS


def backward(x: np.ndarray, dy: np.ndarray, mean: np.ndarray, invstd: np.ndarray,
             weight: np.ndarray | None, training: bool = True) -> tuple:
    """(grad_input, grad_weight, grad_bias) of batch norm on a contiguous float32 or float64 (N, C, *) input,
    in PyTorch's order of operations. In eval mode (``training`` False, ``mean`` and ``invstd``
    the running ones) the sums are the same and grad_input is ``dy * invstd * w``.

    (N, C), and (N, C, 1, ...): the channels-last kernel. Each thread takes a share of the rows and
    sums dy and the fused products (x - mean) * dy in float; the shares are added in double. grad_input is
    ``(dy - mean(dy) - (x - mean) * k) * invstd * w`` with ``k = dotp * invstd * invstd / N``: the
    product with k fused on the channels of whole vectors, separate on the rest.
    (N, C, *positions): per sample and channel a vector reduction of dy and of (x - mean) * dy
    (its tail fused), accumulated over the samples in double; every element's product with k fused.
    float64 runs the same steps on vectors of 4 doubles (``vector_sum``).
    """
    ftype = x.dtype.type
    w = np.ones(x.shape[1], ftype) if weight is None else weight.astype(ftype, copy=False)
    if x.size == x.shape[0] * x.shape[1]:
        # no positions ((N, C), or (N, C, 1, ...), which is channels-last too): the channels-last kernel
        shape = x.shape
        n, c = x.shape[0], x.shape[1]
        x, dy = x.reshape(n, c), dy.reshape(n, c)
        centred = x - mean
        tasks = max(1, min(get_threads(), n))
        share = -(-n // tasks)
        sums, dots = [], []
        for start in range(0, n, share):
            rows = slice(start, min(start + share, n))
            sums.append(np.add.accumulate(dy[rows], axis=0)[-1])
            dots.append(_fused_sum_of_products(centred[rows], dy[rows]))
        total = np.sum(np.array(sums, np.float64), axis=0).astype(ftype)
        dotp = np.sum(np.array(dots, np.float64), axis=0).astype(ftype)
        k = dotp * invstd * invstd / ftype(n)
        grad_mean = total / ftype(n)
        lanes = _DOUBLE_LANES if ftype is np.float64 else _BACKWARD_LANES
        vector = np.arange(c) < c // lanes * lanes
        fused_form = fused(-centred, k, dy - grad_mean) * invstd * w
        plain_form = ((dy - grad_mean) - centred * k) * invstd * w
        grad_input = np.where(vector, fused_form, plain_form) if training else dy * invstd * w
        return grad_input.reshape(shape), dotp * invstd, total
    n, c = x.shape[0], x.shape[1]
    flat_x, flat_dy = x.reshape(n, c, -1), dy.reshape(n, c, -1)
    count = flat_x.shape[0] * flat_x.shape[2]
    shape = (1, c, 1)
    centred = flat_x - mean.reshape(shape)
    sum64 = np.add.accumulate(vector_sum(flat_dy), axis=0, dtype=np.float64)[-1]
    products = centred * flat_dy
    dot64 = np.add.accumulate(vector_sum(products, (centred, flat_dy)), axis=0, dtype=np.float64)[-1]
    k = dot64.astype(ftype) * invstd * invstd / ftype(count)
    grad_mean = (sum64 / count).astype(ftype)
    if training:
        # the same operations as ``fused(-centred, k, dy - grad_mean) * invstd * w``, into the arrays
        # already made (a fresh array of an image batch costs more to touch than to compute)
        negated = np.negative(centred, out=products)
        grad_input = fused(negated, k.reshape(shape), np.subtract(flat_dy, grad_mean.reshape(shape), out=centred))
        np.multiply(grad_input, invstd.reshape(shape), out=grad_input)
        np.multiply(grad_input, w.reshape(shape), out=grad_input)
    else:
        grad_input = flat_dy * invstd.reshape(shape) * w.reshape(shape)
    return (grad_input.reshape(x.shape), (dot64 * invstd.astype(np.float64)).astype(ftype),
            sum64.astype(ftype))


def backward_strided(x: np.ndarray, dy: np.ndarray, mean: np.ndarray, invstd: np.ndarray,
                     weight: np.ndarray | None, training: bool = True) -> tuple:
    """``backward`` through ATen's generic kernel, which PyTorch takes when the input or the
    gradient is not contiguous (a transposed (N, L, C) input; the expanded gradient of
    ``y.sum()``), in float32 or float64. Per channel: the sum of dy (``dy.sum(dims)``, a float
    reduction); the products (x - mean) * dy in the input's type added up in double;
    ``grad_weight = dotp * invstd`` in double; ``k = dotp * invstd * invstd / count`` and
    ``grad_input = ((dy - sum / count) - (x - mean) * k) * invstd * w``, in the input's type, unfused."""
    ftype = x.dtype.type
    n, c = x.shape[0], x.shape[1]
    shape = (1, c, 1)
    flat_x, flat_dy = x.reshape(n, c, -1), np.ascontiguousarray(dy).reshape(n, c, -1)
    count = flat_x.shape[0] * flat_x.shape[2]
    centred = flat_x - mean.reshape(shape)
    total = float_sum(dy, (0,) + tuple(range(2, dy.ndim))).astype(ftype)
    dotp = _serial_channel_sums((x - mean.reshape((1, c) + (1,) * (x.ndim - 2))) * dy, x.strides)
    k = dotp.astype(ftype) * invstd * invstd / ftype(count)
    grad_mean = total / ftype(count)
    grad_input = flat_dy if not training else (flat_dy - grad_mean.reshape(shape)) - centred * k.reshape(shape)
    grad_input = grad_input * invstd.reshape(shape)
    if weight is not None:
        grad_input = grad_input * weight.astype(ftype, copy=False).reshape(shape)
    return grad_input.reshape(x.shape), (dotp * invstd.astype(np.float64)).astype(ftype), total

"""Numpy kernels behind the neural-network ops, and the gradient helpers their table entries call.

The forward kernels take and return numpy arrays. The gradient helpers (called from the
"Neural-network ops" entries at the end of ``derivatives.py``) take and return engine tensors: where a
formula reads naturally as tensor ops (batch norm, the losses) it is written that way, so
``create_graph=True`` can differentiate it again; convolution and pooling do their index
juggling in numpy and hand back plain tensors.

Images are NCHW throughout. Padding is always given as ``((top, bottom), (left, right))`` so
``padding='same'`` with an even kernel can pad one side more, as PyTorch does.
"""
from __future__ import annotations

import functools
import itertools
import weakref

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as F
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.parity import batch_norm as bn_kernel, blas, conv as parity_conv, libm
from autograd_tui.engine.functions.reductions import note_row_sums
from autograd_tui.engine.record import RULES, record

Pad2 = tuple  # ((top, bottom), (left, right))


def _tensor(data: np.ndarray, like: Tensor) -> Tensor:
    if data.dtype != like.dtype.np:
        data = data.astype(like.dtype.np)
    return make(data, like.dtype)


# ---------------------------------------------------------------------------------------------
# Sliding windows (shared by convolution and pooling)
# ---------------------------------------------------------------------------------------------
def pad_nchw(x: np.ndarray, pad: Pad2, value: float = 0.0) -> np.ndarray:
    (top, bottom), (left, right) = pad
    if not (top or bottom or left or right):
        return x
    n, c, h, w = x.shape
    out = np.full((n, c, h + top + bottom, w + left + right), value, dtype=x.dtype)
    out[:, :, top:top + h, left:left + w] = x
    return out


def windows(xp: np.ndarray, kernel: tuple, stride: tuple, dilation: tuple, out_hw: tuple) -> np.ndarray:
    """A read-only (N, C, *out, *kernel) view of every window of a padded array (NCHW or NCDHW)."""
    st = xp.strides
    dims = range(len(kernel))
    shape = xp.shape[:2] + tuple(out_hw) + tuple(kernel)
    strides = st[:2] + tuple(st[2 + i] * stride[i] for i in dims) + tuple(st[2 + i] * dilation[i] for i in dims)
    return np.lib.stride_tricks.as_strided(xp, shape, strides, writeable=False)


def scatter_windows(cols: np.ndarray, padded_hw: tuple, stride: tuple, dilation: tuple,
                    outputs_in_order: bool = False) -> np.ndarray:
    """The adjoint of :func:`windows`: add each window position's values back onto the image.

    ``cols`` is (N, C, *kernel, *out) (KH, KW, OH, OW for images); one strided add per kernel
    offset keeps it in numpy. ``outputs_in_order`` takes the kernel offsets last to first, so that
    each image element receives its shares in the order of the outputs (row by row), as ATen's
    pooling loops add them.
    """
    rank = len(stride)
    kernel, outs = cols.shape[2:2 + rank], cols.shape[2 + rank:]
    out = np.zeros(cols.shape[:2] + tuple(padded_hw), dtype=cols.dtype)
    ranges = [range(k - 1, -1, -1) if outputs_in_order else range(k) for k in kernel]
    for offsets in itertools.product(*ranges):
        places = tuple(slice(i * d, i * d + s * (o - 1) + 1, s)
                       for i, d, s, o in zip(offsets, dilation, stride, outs))
        out[(slice(None), slice(None)) + places] += cols[(slice(None), slice(None)) + offsets]
    return out


def crop(xp: np.ndarray, pad: Pad2) -> np.ndarray:
    (top, bottom), (left, right) = pad
    h, w = xp.shape[2], xp.shape[3]
    return xp[:, :, top:h - bottom, left:w - right]


def out_size(size: int, k: int, s: int, pad_total: int, d: int, ceil_mode: bool = False,
             pad_before: int = 0) -> int:
    span = size + pad_total - d * (k - 1) - 1
    if ceil_mode:
        n = -(-span // s) + 1
        # The last window must start inside the input or its left padding.
        if (n - 1) * s >= size + pad_before:
            n -= 1
        return n
    return span // s + 1


# ---------------------------------------------------------------------------------------------
# conv2d
# ---------------------------------------------------------------------------------------------
def _im2col(x: np.ndarray, kernel, stride, pad, dilation, out_hw) -> np.ndarray:
    """(C*KH*KW, N*OH*OW): every window flattened into a column (one copy).

    Batch and positions share one axis so that a whole convolution is a single 2-D matrix
    product: numpy hands 2-D products to BLAS, while stacked (3-D) ones can run many times slower.
    """
    view = windows(pad_nchw(x, pad), kernel, stride, dilation, out_hw)
    n, c = x.shape[:2]
    return view.transpose(1, 4, 5, 0, 2, 3).reshape(c * kernel[0] * kernel[1], n * out_hw[0] * out_hw[1])


def _as_rows(g: np.ndarray) -> np.ndarray:
    """An (N, O, OH, OW) gradient as the (O, N*OH*OW) matrix that matches ``_im2col``'s columns."""
    n, o = g.shape[:2]
    return g.transpose(1, 0, 2, 3).reshape(o, -1)


def conv2d_forward(x: np.ndarray, w: np.ndarray, b, stride, pad: Pad2, dilation, groups: int,
                   out_hw) -> np.ndarray:
    n = x.shape[0]
    o, cg, kh, kw = w.shape
    og = o // groups
    parts = []
    for gi in range(groups):
        xs = x if groups == 1 else x[:, gi * cg:(gi + 1) * cg]
        cols = _im2col(xs, (kh, kw), stride, pad, dilation, out_hw)
        parts.append(np.matmul(w[gi * og:(gi + 1) * og].reshape(og, cg * kh * kw), cols))  # (og, N*L)
    out = parts[0] if groups == 1 else np.concatenate(parts, axis=0)
    out = out.reshape(o, n, out_hw[0], out_hw[1])
    out = out[:, 0][None] if n == 1 else np.ascontiguousarray(out.transpose(1, 0, 2, 3))
    if b is not None:
        out += b.reshape(1, o, 1, 1)
    return out


def conv2d_grad_input(g: Tensor, weight: Tensor, in_shape, stride, pad: Pad2, dilation,
                      groups: int) -> Tensor:
    gd, w = g._data, weight._data
    n, c, h, wid = in_shape
    o, cg, kh, kw = w.shape
    og = o // groups
    oh, ow = gd.shape[2], gd.shape[3]
    padded_hw = (h + pad[0][0] + pad[0][1], wid + pad[1][0] + pad[1][1])
    out = np.empty(in_shape, dtype=gd.dtype)
    rows = _as_rows(gd)
    for gi in range(groups):
        wm = w[gi * og:(gi + 1) * og].reshape(og, cg * kh * kw)
        dcols = np.matmul(wm.T, rows[gi * og:(gi + 1) * og])  # (cg*KH*KW, N*L)
        dcols = dcols.reshape(cg, kh, kw, n, oh, ow).transpose(3, 0, 1, 2, 4, 5)
        out[:, gi * cg:(gi + 1) * cg] = crop(scatter_windows(dcols, padded_hw, stride, dilation), pad)
    return _tensor(out, g)


def conv2d_grad_weight(g: Tensor, x: Tensor, w_shape, stride, pad: Pad2, dilation, groups: int) -> Tensor:
    gd, xd = g._data, x._data
    o, cg, kh, kw = w_shape
    og = o // groups
    rows = _as_rows(gd)
    parts = []
    for gi in range(groups):
        xs = xd if groups == 1 else xd[:, gi * cg:(gi + 1) * cg]
        cols = _im2col(xs, (kh, kw), stride, pad, dilation, gd.shape[2:])
        parts.append(np.matmul(rows[gi * og:(gi + 1) * og], cols.T))  # sums over batch and positions at once
    gw = parts[0] if groups == 1 else np.concatenate(parts, axis=0)
    return _tensor(gw.reshape(w_shape), g)


def _conv_backward_known(g: Tensor, in_shape, w_shape, groups: int, stride, pad: Pad2, dilation,
                         channels_last: bool) -> tuple:
    """Which of conv2d's gradients follow PyTorch's kernel bit for bit (``parity/conv.py``); none
    under create_graph, where the gradients must stay differentiable."""
    if g.requires_grad or g._data.dtype != np.float32:
        return False, False, False
    return parity_conv.backward_known(tuple(in_shape), tuple(w_shape), groups, tuple(stride), pad,
                                      tuple(dilation), blas.get_threads(), channels_last)


def conv2d_backward_input(g: Tensor, weight: Tensor, in_shape, stride, pad: Pad2, dilation, groups: int,
                          channels_last: bool = False) -> Tensor:
    """conv2d's input gradient: PyTorch's order where measured, else one product per group."""
    if _conv_backward_known(g, in_shape, weight.shape, groups, stride, pad, dilation, channels_last)[0] \
            and weight._data.dtype == np.float32:
        if not parity_conv.uses_onednn(tuple(in_shape), tuple(weight.shape[2:]), groups, tuple(stride) != (1, 1),
                                       tuple(dilation) != (1, 1), blas.get_threads()):
            return _tensor(parity_conv.native_grad_input(g._data, weight._data, tuple(in_shape), tuple(stride), pad,
                                                         blas.get_threads()), g)
        return _tensor(parity_conv.grad_input(g._data, weight._data, tuple(in_shape), pad, channels_last,
                                              stride[0]), g)
    return conv2d_grad_input(g, weight, in_shape, stride, pad, dilation, groups)


def conv2d_backward_weight(g: Tensor, x: Tensor, w_shape, stride, pad: Pad2, dilation, groups: int,
                           channels_last: bool = False) -> Tensor:
    if _conv_backward_known(g, x.shape, w_shape, groups, stride, pad, dilation, channels_last)[1] \
            and x._data.dtype == np.float32:
        if not parity_conv.uses_onednn(tuple(x.shape), tuple(w_shape[2:]), groups, tuple(stride) != (1, 1),
                                       tuple(dilation) != (1, 1), blas.get_threads()):
            return _tensor(parity_conv.native_grad_weight(g._data, x._data, tuple(w_shape), tuple(stride), pad,
                                                          blas.get_threads()), g)
        weight, _ = parity_conv.grad_weight_bias(g._data, x._data, tuple(w_shape), tuple(stride), pad,
                                                 tuple(dilation), blas.get_threads(), channels_last)
        return _tensor(weight, g)
    return conv2d_grad_weight(g, x, w_shape, stride, pad, dilation, groups)


def conv2d_backward_bias(g: Tensor, in_shape, w_shape, stride, pad: Pad2, dilation, groups: int,
                         channels_last: bool = False) -> Tensor:
    if _conv_backward_known(g, in_shape, w_shape, groups, stride, pad, dilation, channels_last)[2]:
        ranges = parity_conv.bias_ranges(tuple(in_shape), tuple(w_shape), tuple(stride), pad, blas.get_threads(),
                                         channels_last)
        return _tensor(parity_conv.grad_bias(g._data, ranges), g)
    return g.sum((0, 2, 3))


# ---------------------------------------------------------------------------------------------
# Pooling
# ---------------------------------------------------------------------------------------------
def max_pool2d_forward(x: np.ndarray, kernel, stride, pad: Pad2, dilation, out_hw):
    """Values and PyTorch-style indices (flat positions within each input H*W plane)."""
    n, c, h, w = x.shape
    fill = -np.inf if x.dtype.kind == "f" else np.iinfo(x.dtype).min
    view = windows(pad_nchw(x, pad, fill), kernel, stride, dilation, out_hw)
    oh, ow = out_hw
    kh, kw = kernel
    values, arg = _first_maxima(view, x.dtype.kind == "f" and bool(np.isnan(x).any()))
    ki, kj = np.divmod(arg, kw)
    rows = np.arange(oh).reshape(oh, 1) * stride[0] - pad[0][0] + ki * dilation[0]
    cols = np.arange(ow).reshape(1, ow) * stride[1] - pad[1][0] + kj * dilation[1]
    return values, (rows * w + cols).astype(np.int64)


def _first_maxima(view: np.ndarray, nans: bool) -> tuple:
    """Each window's first maximum and its place in the window (kernel row * KW + column), a NaN
    winning over any number (PyTorch's rule, and ``argmax``'s): one comparison per kernel offset
    over every window at once, the choice made with bit masks (``F._select``; numpy's ``where``
    branches per element). ``argmax`` along an axis of 9 stepped window by window, its windows
    copied out first. ``nans``: whether the input has a NaN."""
    kh, kw = view.shape[-2:]
    best = view[..., 0, 0].copy()
    small = np.int16 if kh * kw < 1 << 15 else np.intp
    arg = np.zeros(best.shape, small)
    best_nan = np.isnan(best) if nans else None
    for offset in range(1, kh * kw):
        value = view[(Ellipsis,) + divmod(offset, kw)]
        better = np.greater(value, best)  # strictly: a tie keeps the earlier one
        if best_nan is not None:
            value_nan = np.isnan(value)
            better |= value_nan & ~best_nan
            best_nan |= value_nan
        best = F._select(better, value, best, best.dtype)
        # the offsets only grow: the larger of the old place and this offset where it is better
        np.maximum(arg, np.multiply(better, offset, dtype=small), out=arg)
    return best, arg.astype(np.intp)


def max_pool2d_backward(g: Tensor, in_shape, indices: np.ndarray) -> Tensor:
    n, c, h, w = in_shape
    plane = (np.arange(n * c, dtype=np.int64) * (h * w)).reshape(n, c, 1, 1)
    flat = (indices + plane).reshape(-1)
    # Overlapping windows may pick the same input twice: bincount adds them up.
    summed = np.bincount(flat, weights=g._data.reshape(-1), minlength=n * c * h * w)
    return _tensor(summed.reshape(in_shape), g)


def avg_pool_divisor(sizes, kernel, stride, pad, out, count_include_pad: bool, divisor_override):
    """How many elements each output averages over, shaped like the output's spatial dims (2-D
    and 3-D pools alike).

    ``pad`` is the declared padding, a (before, after) pair per dim: windows that ceil_mode lets
    run past it do not count the overhang, and with ``count_include_pad=False`` the padding itself
    does not count either.
    """
    if divisor_override:
        return np.full(tuple(out), divisor_override, dtype=np.float64)
    counts = []
    for size, k, s, (before, after), n in zip(sizes, kernel, stride, pad, out):
        start = np.arange(n) * s - before
        end = np.minimum(start + k, size + after)
        if not count_include_pad:
            start, end = np.maximum(start, 0), np.minimum(end, size)
        counts.append((end - start).astype(np.float64))
    return functools.reduce(np.multiply.outer, counts)


def avg_pool2d_backward(g: Tensor, in_shape, kernel, stride, pad: Pad2, divisor: np.ndarray) -> Tensor:
    """Each output's gradient shared equally by the elements of its window."""
    gd = g._data
    n, c, h, w = in_shape
    oh, ow = gd.shape[2], gd.shape[3]
    share = (gd / divisor.astype(gd.dtype))[:, :, None, None, :, :]
    cols = np.ascontiguousarray(np.broadcast_to(share, (n, c, kernel[0], kernel[1], oh, ow)))
    padded = scatter_windows(cols, (h + sum(pad[0]), w + sum(pad[1])), stride, (1, 1), outputs_in_order=True)
    return _tensor(crop(padded, pad), g)


def adaptive_ranges(size: int, out: int) -> list:
    """Each output's window [floor(o*S/O), ceil((o+1)*S/O)) along one dim of an adaptive pool."""
    return [((i * size) // out, -(-((i + 1) * size) // out)) for i in range(out)]


def _window_mean(window: np.ndarray) -> np.ndarray:
    """The mean over the last two axes as ATen's adaptive pooling loop takes it: the elements added
    row by row into a float (double for float64) accumulator, divided by the height, then the width."""
    acc = np.float64 if window.dtype == np.float64 else np.float32
    if window.shape[-2] * window.shape[-1] <= 16:  # small windows: one add per element costs less
        total = np.zeros(window.shape[:-2], dtype=acc)
        for r in range(window.shape[-2]):
            for q in range(window.shape[-1]):
                total += window[..., r, q]
    else:
        # the elements stacked on a new first axis: numpy reduces an outer axis one row after
        # another (pairwise summation applies only along the innermost), + 0 as ATen starts from 0
        stacked = np.moveaxis(window.reshape(window.shape[:-2] + (-1,)), -1, 0)
        total = np.add.reduce(np.ascontiguousarray(stacked, dtype=acc), axis=0) + acc(0)
    return (total / acc(window.shape[-2]) / acc(window.shape[-1])).astype(window.dtype)


def adaptive_avg_pool2d_forward(x: np.ndarray, out_hw) -> np.ndarray:
    h, w = x.shape[-2:]
    out = np.empty(x.shape[:-2] + tuple(out_hw), dtype=x.dtype)
    for i, (h0, h1) in enumerate(adaptive_ranges(h, out_hw[0])):
        for j, (w0, w1) in enumerate(adaptive_ranges(w, out_hw[1])):
            out[..., i, j] = _window_mean(x[..., h0:h1, w0:w1])
    return out


def adaptive_avg_pool2d_backward(g: Tensor, in_shape) -> Tensor:
    gd = g._data
    h, w = in_shape[-2:]
    out = np.zeros(in_shape, dtype=gd.dtype)
    for i, (h0, h1) in enumerate(adaptive_ranges(h, gd.shape[-2])):
        for j, (w0, w1) in enumerate(adaptive_ranges(w, gd.shape[-1])):
            # ATen divides by the window's height, then by its width
            share = gd[..., i, j] / gd.dtype.type(h1 - h0) / gd.dtype.type(w1 - w0)
            out[..., h0:h1, w0:w1] += share[..., None, None]
    return _tensor(out, g)


# ---------------------------------------------------------------------------------------------
# Batch norm (gradients in tensor ops)
# ---------------------------------------------------------------------------------------------
def _per_channel(values: np.ndarray, like: Tensor) -> Tensor:
    """A (C,) array shaped to broadcast against an (N, C, ...) tensor."""
    shape = (1, values.shape[0]) + (1,) * (like.ndim - 2)
    return make(values.reshape(shape).astype(like.dtype.np, copy=False), like.dtype)


def _reduce_dims(t: Tensor) -> tuple:
    return (0,) + tuple(range(2, t.ndim))


# The last exact backward: (weak references to its operands, its three gradients). It lives as
# long as the incoming gradient does, which is while the node's formulas run, not longer.
_BN_LAST: list = []


def _exact_batch_norm_backward(g: Tensor, x: Tensor, weight, mean: np.ndarray, invstd: np.ndarray,
                               training: bool = True):
    """PyTorch's training-mode kernels on arrays (``parity/batch_norm.backward``, float32/float64; its
    generic one for a strided input, float32 or float64), or None where they do not apply:
    another dtype or layout, or a graph being recorded (create_graph),
    which takes the composite below. The three formulas of one node share one computation."""
    if _State.enabled or x.ndim < 2 or g.dtype is not x.dtype:
        return None
    channels_last = bn_kernel.channels_last_like(x._data)
    if not x._data.flags.c_contiguous:  # ATen's generic kernel, or its channels-last one
        if x.dtype not in (dtypes.float32, dtypes.float64) or channels_last and (
                not bn_kernel.channels_last_like(g._data) or not bn_kernel.channels_last_is_cheap(x._data)):
            return None
    elif x.dtype not in (dtypes.float32, dtypes.float64) or not bn_kernel.backward_is_cheap(x._data):
        return None
    w = None if weight is None else weight._data
    operands = (g._data, x._data, mean, invstd, w)
    if _BN_LAST and _BN_LAST[2] == training and all(ref() is a for ref, a in zip(_BN_LAST[0], operands)):
        return _BN_LAST[1]
    # PyTorch's vectorised kernels need a contiguous gradient too; an expanded one (y.sum()'s)
    # goes through its generic kernel, which adds up in another order
    contiguous = x._data.flags.c_contiguous and g._data.flags.c_contiguous
    kernel = bn_kernel.backward_channels_last if channels_last else \
        bn_kernel.backward if contiguous else bn_kernel.backward_strided
    result = kernel(x._data, g._data, mean, invstd, w, training)
    _BN_LAST[:] = [tuple(_weak(a) for a in operands), result, training]
    weakref.finalize(g._data, _BN_LAST.clear)
    return result


def _weak(a: np.ndarray | None):
    return (lambda: None) if a is None else weakref.ref(a)


def _normalized(x: Tensor, mean: np.ndarray, invstd: np.ndarray, eps: float) -> tuple[Tensor, Tensor]:
    """(x - mean) * invstd and invstd; while a graph is recorded (create_graph) both are built from
    x itself, so that a second backward sees how the batch's statistics move with x."""
    if not _State.enabled:
        istd = _per_channel(invstd, x)
        return (x - _per_channel(mean, x)) * istd, istd
    dims = _reduce_dims(x)
    centred = x - x.mean(dims, keepdim=True)
    istd = ((centred * centred).mean(dims, keepdim=True) + eps).rsqrt()
    return centred * istd, istd


def batch_norm_grad_input(g: Tensor, x: Tensor, weight, mean: np.ndarray, invstd: np.ndarray,
                          training: bool, eps: float = 1e-5) -> Tensor:
    exact = _exact_batch_norm_backward(g, x, weight, mean, invstd, training)
    if exact is not None:
        return make(exact[0], x.dtype)
    if not training:  # PyTorch's dy * invstd * w (invstd from the running variance in double)
        scaled = g * _per_channel(invstd, x)
        return scaled if weight is None else scaled * weight.reshape((1, -1) + (1,) * (x.ndim - 2))
    xhat, istd = _normalized(x, mean, invstd, eps)
    scale = istd if weight is None else istd * weight.reshape((1, -1) + (1,) * (x.ndim - 2))
    dims = _reduce_dims(x)
    count = x.numel() // x.shape[1]
    mean_g = g.sum(dims, keepdim=True) / count
    mean_gx = (g * xhat).sum(dims, keepdim=True) / count
    return (g - mean_g - xhat * mean_gx) * scale


def batch_norm_grad_weight(g: Tensor, x: Tensor, mean: np.ndarray, invstd: np.ndarray,
                           weight=None, training: bool = True, eps: float = 1e-5) -> Tensor:
    exact = _exact_batch_norm_backward(g, x, weight, mean, invstd, training)
    if exact is not None:
        return make(exact[1], x.dtype)
    xhat = _normalized(x, mean, invstd, eps)[0] if training else (x - _per_channel(mean, x)) * _per_channel(invstd, x)
    return (g * xhat).sum(_reduce_dims(x))


def batch_norm_grad_bias(g: Tensor, x: Tensor | None = None, weight=None, mean=None, invstd=None,
                         training: bool = False) -> Tensor:
    if x is not None and mean is not None:
        exact = _exact_batch_norm_backward(g, x, weight, mean, invstd, training)
        if exact is not None:
            return make(exact[2], x.dtype)
    return g.sum(_reduce_dims(g))


# ---------------------------------------------------------------------------------------------
# Losses (gradients in tensor ops)
# ---------------------------------------------------------------------------------------------
def _weight_and_mean(grad: Tensor, weight, reduction: str, count: int) -> Tensor:
    """The binary cross-entropies' last steps, in PyTorch's order: the weight, then a division by
    the element count for a mean (not a product with 1/count, which rounds differently)."""
    if weight is not None:
        grad = grad * weight
    return F.div_scalar(grad, count) if reduction == "mean" else grad


def mse_grad(g: Tensor, a: Tensor, b, reduction: str, count: int) -> Tensor:
    """PyTorch's ``norm * (a - b) * g``, with ``norm`` 2/count (mean) or 2 in the tensor's dtype."""
    return (2.0 / count if reduction == "mean" else 2.0) * (a - b) * g


def nll_grad(g: Tensor, shape, picks: np.ndarray, reduction: str, total_weight: float, dtype) -> Tensor:
    """``picks`` holds -weight[target] at the target positions (zeros elsewhere).

    PyTorch writes only the positions of targets that count and leaves +0.0 everywhere else. So
    the product ``picks * g`` is masked wherever it could leave something else there: a mean over a
    total weight of 0 (every target ignored, 0 * inf), and an upstream gradient that is negative,
    zero or not finite (-0.0, NaN).
    """
    masked = (reduction == "mean" and not total_weight) or _signed_or_not_finite(g._data)
    if reduction != "none" and not _State.enabled:  # the same products, on the arrays
        scale = g._data / total_weight if reduction == "mean" else g._data
        values = np.asarray(picks.astype(dtype.np, copy=False) * scale, dtype=dtype.np)
        if masked:
            return make(np.where(_written(picks), values, dtype.np.type(0)), dtype)
        if _one_pick_per_row() is picks and scale.dtype == np.float32 and scale != 0:
            # each row holds -scale once and +0.0 elsewhere: its sum, in any order (log_softmax's
            # backward would add the rows up again). (A float32 scale, so the products are
            # exactly -scale: numpy 1 makes a float64 one of float32 / float.)
            note_row_sums(values, -float(scale))
        return make(values, dtype)
    coeff = make(picks.astype(dtype.np), dtype)
    if reduction == "none":
        grad = coeff * g.reshape(g.shape[:1] + (1,) + tuple(g.shape[1:])) if len(shape) > 1 else coeff * g
    else:
        grad = coeff * (g / total_weight) if reduction == "mean" else coeff * g
    return F.where(make(_written(picks), dtypes.bool_), grad, 0.0) if masked else grad


_one_pick_per_row = weakref.ref(np.zeros(0))  # (a dead reference to start with)


def note_one_pick_per_row(picks: np.ndarray) -> None:
    """Note ``picks`` (of nll_loss's plain batch) as holding -1 once in each row, 0 elsewhere: the
    last such array only (a training step's)."""
    global _one_pick_per_row
    _one_pick_per_row = weakref.ref(picks)


def _signed_or_not_finite(upstream: np.ndarray) -> bool:
    """Whether some upstream gradient is not a finite positive number (0 * it is not +0.0)."""
    if upstream.ndim == 0:
        value = float(upstream)
        return not 0.0 < value < float("inf")
    return not bool(((upstream > 0) & (upstream < np.inf)).all())


def _written(picks: np.ndarray) -> np.ndarray:
    """Where the targets that count are: -weight there, which is -0.0 for a weight of 0; ignored
    targets and all other positions hold +0.0."""
    return (picks != 0) | np.signbit(picks)


EPSILON = 1e-12  # PyTorch keeps BCE's gradient finite at 0 and 1 with this floor


def bce_losses(x: np.ndarray, t: np.ndarray, bfloat16: bool) -> np.ndarray:
    """Binary cross-entropy per element, for probabilities ``x`` and targets ``t``."""
    with np.errstate(divide="ignore"):
        if x.dtype in (np.float32, np.float64) and not bfloat16:
            # ATen's scalar loop: (t - 1) * max(log1p(-x), -100) - t * max(log(x), -100), the logs
            # the C library's (``parity/libm.py``); correctly rounded ones where it is not there
            x64 = x.astype(np.float64)
            log_x = libm.c_unary("log", x)
            log_1mx = libm.c_unary("log1p", -x)
            if log_x is None or log_1mx is None:
                log_x, log_1mx = np.log(x64).astype(x.dtype), np.log1p(-x64).astype(x.dtype)
            log_x = np.maximum(log_x, x.dtype.type(-100))
            log_1mx = np.maximum(log_1mx, x.dtype.type(-100))
            return (t - x.dtype.type(1)) * log_1mx - t * log_x
        log_x = np.maximum(np.log(x), -100)
        log_1mx = np.maximum(np.log1p(-x), -100)
        return -(t * log_x + (1 - t) * log_1mx)


def bce_grad_input(g: Tensor, a: Tensor, b, weight, reduction: str, count: int) -> Tensor:
    # PyTorch's order: g * (a - b) / denom, then the weight, then the mean's division
    denom = ((1 - a) * a).clamp(min=EPSILON)
    return _weight_and_mean(g * (a - b) / denom, weight, reduction, count)


def bce_grad_target(g: Tensor, a: Tensor, weight, reduction: str, count: int) -> Tensor:
    # PyTorch's form: -logit(input) * grad (no clamp at -100 here, unlike the input's gradient)
    return _weight_and_mean(-F.logit(a) * g, weight, reduction, count)


def bce_logits_grad_input(g: Tensor, a: Tensor, b, weight, pos_weight, reduction: str, count: int) -> Tensor:
    if pos_weight is None:
        grad = F.sigmoid(a) - b
    else:
        t = pos_weight * b  # PyTorch's form: (t + 1 - b) * sigmoid(a) - t
        grad = (t + 1 - b) * F.sigmoid(a) - t
    return _weight_and_mean(grad * g, weight, reduction, count)


def bce_logits_grad_target(g: Tensor, a: Tensor, weight, pos_weight, reduction: str, count: int) -> Tensor:
    grad = -a if pos_weight is None else -a + (pos_weight - 1) * softplus_neg(a)
    return _weight_and_mean(grad * g, weight, reduction, count)


def softplus_neg(a: Tensor) -> Tensor:
    """log(1 + exp(-a)), computed without overflow."""
    return F.log1p(F.exp(-F.abs(a))) + F.clamp(-a, min=0)




# ---------------------------------------------------------------------------------------------
# Constant padding (F.pad's default mode); a negative pad crops
# ---------------------------------------------------------------------------------------------
def constant_pad_nd(input: Tensor, pad: tuple, value: float) -> Tensor:
    shape = list(input.shape)
    src = [slice(None)] * input.ndim
    dst = [slice(None)] * input.ndim
    for i in range(len(pad) // 2):
        d = input.ndim - 1 - i
        before, after = pad[2 * i], pad[2 * i + 1]
        n = shape[d]
        if n + before + after < 0:
            raise RuntimeError("narrow(): length must be non-negative.")
        start, stop = max(0, -before), n - max(0, -after)
        src[d] = slice(start, max(start, stop))
        dst[d] = slice(max(0, before), max(0, before) + max(0, stop - start))
        shape[d] = n + before + after
    out = np.full(shape, value, dtype=input.dtype.np)
    out[tuple(dst)] = input._data[tuple(src)]
    result = make(out, input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["constant_pad_nd"], (input,), result, {"pad": tuple(pad)})
    return result

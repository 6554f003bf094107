"""float32 convolutions (conv2d, and conv1d as a conv2d of height one) and their gradients in the
order PyTorch 2.13's CPU kernels add their terms, measured from its outputs on random shapes.

ATen chooses between two kernels (its rule, confirmed by which model below fits):

- oneDNN when the input is float32 and there are several groups, a kernel larger than 3 in both
  dims, a batch of two or more, or more than 20480 input values, and the convolution is strided,
  dilated, has a batch of 16 or more, a kernel other than 1x1, or runs on more than one thread.
  With one group, at most 16 input channels and a kernel other than 1x1, its direct kernel adds
  each output's terms with fused multiply-adds from +0 -- kernel row, then kernel column, then
  input channel -- and adds the bias, rounded, at the end (71 of 71 shapes: strides, padding,
  dilation, rectangular kernels, conv1d, batches of 1 to 64). Its 1x1, grouped and depthwise
  kernels, and inputs of more than 16 channels (a blocked layout), add in other orders not
  identified: those keep numpy's product.
- otherwise im2col and one MKL sgemm that adds ``weight @ columns`` onto the bias (an addmm whose
  added term is the bias), in MKL's order (``parity/matmul.py``): every such case measured.
"""
from __future__ import annotations

from typing import Optional

import numpy as np

from autograd_tui.engine.parity import matmul as mkl_order
from autograd_tui.engine.parity.float32_math import VECTOR_LANES_AVX512
from autograd_tui.engine.parity.matmul import _fused
from autograd_tui.engine.parity.rounding import VECTOR_LANES

# oneDNN's and MKL's kernels were measured on an AVX512 machine; elsewhere numpy's product stays.
MEASURED_MACHINE = VECTOR_LANES == VECTOR_LANES_AVX512
MAX_WORK = 1 << 22  # multiply-adds (outputs x window terms) emulated; above, numpy's product
MAX_DIRECT_CHANNELS = 16
MAX_WEIGHT_GRAD_CHANNELS = 8  # output channels; 12 and 16 were seen to split the work otherwise
_ONEDNN_MIN_VALUES = 20480


def uses_onednn(x_shape: tuple, kernel: tuple, groups: int, strided: bool, dilated: bool, threads: int) -> bool:
    """ATen's choice of oneDNN for a float32 convolution (else its im2col + sgemm path)."""
    n = x_shape[0]
    big = groups > 1 or (kernel[0] > 3 and kernel[1] > 3) or n > 1 or int(np.prod(x_shape)) > _ONEDNN_MIN_VALUES
    return big and (strided or dilated or n >= 16 or kernel != (1, 1) or threads > 1)


def _windows(x: np.ndarray, kernel: tuple, stride: tuple, pad: tuple, dilation: tuple, out_hw: tuple) -> np.ndarray:
    """(KH, KW, C, N, OH, OW): the input value under each kernel position for every output."""
    xp = np.pad(x, ((0, 0), (0, 0), pad[0], pad[1]))
    oh, ow = out_hw
    n, c = x.shape[:2]
    out = np.empty((kernel[0], kernel[1], c, n, oh, ow), x.dtype)
    for i in range(kernel[0]):
        for j in range(kernel[1]):
            r, s = i * dilation[0], j * dilation[1]
            part = xp[:, :, r:r + stride[0] * (oh - 1) + 1:stride[0], s:s + stride[1] * (ow - 1) + 1:stride[1]]
            out[i, j] = part.transpose(1, 0, 2, 3)
    return out


def forward(x: np.ndarray, w: np.ndarray, b: Optional[np.ndarray], stride: tuple, pad: tuple, dilation: tuple,
            groups: int, out_hw: tuple, threads: int) -> Optional[np.ndarray]:
    """conv2d's (N, O, OH, OW) float32 output in PyTorch's order, or None where the kernel PyTorch
    runs is not known here (or the work is too large to emulate)."""
    if not MEASURED_MACHINE or x.dtype != np.float32 or w.dtype != np.float32 or 0 in x.shape or 0 in w.shape:
        return None
    n = x.shape[0]
    o, c, kh, kw = w.shape
    positions = n * out_hw[0] * out_hw[1]
    terms = c * kh * kw
    if positions == 0 or o * positions * terms > MAX_WORK:
        return None
    strided, dilated = stride != (1, 1), dilation != (1, 1)
    if uses_onednn(x.shape, (kh, kw), groups, strided, dilated, threads):
        if groups != 1 or (kh, kw) == (1, 1) or c > MAX_DIRECT_CHANNELS:
            return None
        cols = _windows(x, (kh, kw), stride, pad, dilation, out_hw).reshape(terms, positions)
        weights = np.ascontiguousarray(w.transpose(0, 2, 3, 1).reshape(o, terms))
        out = _fused(weights, cols)
        if b is not None:
            out = np.add(out, b[:, None], dtype=np.float32)
    else:
        if not mkl_order.covers(o, terms, positions):
            return None
        cols = _windows(x, (kh, kw), stride, pad, dilation, out_hw).transpose(2, 0, 1, 3, 4, 5)
        weights = np.ascontiguousarray(w.reshape(o, terms))
        added = None if b is None else np.ascontiguousarray(np.broadcast_to(b[:, None], (o, positions)))
        out = mkl_order.product(weights, np.ascontiguousarray(cols.reshape(terms, positions)), threads, added)
    return np.ascontiguousarray(out.reshape(o, n, out_hw[0], out_hw[1]).transpose(1, 0, 2, 3))


def balanced_parts(n: int, threads: int) -> list:
    """oneDNN's split of n items over threads: the first ones take one more when n is uneven."""
    threads = max(1, min(threads, n))
    big, small = -(-n // threads), n // threads
    count_big = n - small * threads
    bounds, start = [], 0
    for t in range(threads):
        size = big if t < count_big and big != small else small
        bounds.append((start, start + size))
        start += size
    return bounds


def backward_known(x_shape: tuple, w_shape: tuple, groups: int, stride: tuple, pad: tuple, dilation: tuple,
                   threads: int) -> tuple:
    """(input's, weight's and bias's) gradients: whether each follows oneDNN's direct kernel in the
    order measured. Measured on 127 float32 shapes with two threads: the input's gradient for every
    unstrided, undilated one padded by less than the kernel (115 of 115, and tests/data); the
    weight's and bias's also need at most 8 output channels, an input at least as large as the
    kernel and at most 64 output positions per image: bounds drawn around the shapes that matched
    (shapes outside them split the work otherwise in part, not identified)."""
    n, c, h, wd = x_shape
    o, _, kh, kw = w_shape
    if not (MEASURED_MACHINE and groups == 1 and (kh, kw) != (1, 1) and c <= MAX_DIRECT_CHANNELS
            and o <= MAX_DIRECT_CHANNELS and n >= threads and stride == (1, 1) and dilation == (1, 1)
            and max(pad[0]) < kh and max(pad[1]) < kw
            and uses_onednn(x_shape, (kh, kw), groups, False, False, threads)):
        return False, False, False
    oh, ow = h + sum(pad[0]) - kh + 1, wd + sum(pad[1]) - kw + 1
    if n * oh * ow * o * c * kh * kw > MAX_WORK:
        return False, False, False
    weights = o <= MAX_WEIGHT_GRAD_CHANNELS and h >= kh and wd >= kw and oh * ow <= 64
    return True, weights, weights


def grad_input(g: np.ndarray, w: np.ndarray, x_shape: tuple, pad: tuple) -> np.ndarray:
    """oneDNN's backward-data (unstrided, undilated): each input's terms fused-multiply-added from
    +0, kernel row, then kernel column, then output channel -- one chain of rank-one updates over
    the gradient's windows, as the forward's."""
    n, c, h, wd = x_shape
    o, _, kh, kw = w.shape
    padded = np.pad(g, ((0, 0), (0, 0), (kh - 1, kh - 1), (kw - 1, kw - 1)))  # zero terms add nothing
    cols = np.empty((kh, kw, o, n, h, wd), np.float32)
    for i in range(kh):
        for j in range(kw):
            r, s = pad[0][0] + kh - 1 - i, pad[1][0] + kw - 1 - j
            cols[i, j] = padded[:, :, r:r + h, s:s + wd].transpose(1, 0, 2, 3)
    weights = np.ascontiguousarray(w.transpose(1, 2, 3, 0).reshape(c, kh * kw * o))
    out = _fused(weights, cols.reshape(kh * kw * o, n * h * wd))
    return np.ascontiguousarray(out.reshape(c, n, h, wd).transpose(1, 0, 2, 3))


def grad_weight_bias(g: np.ndarray, x: np.ndarray, w_shape: tuple, stride: tuple, pad: tuple, dilation: tuple,
                     threads: int) -> tuple:
    """oneDNN's backward-weights: the batch split over the threads, each adding its outputs' terms
    (batch, then output row, then column) with fused multiply-adds from +0 -- the bias its plain
    sum -- and the threads' partial results then added in turn."""
    o, c, kh, kw = w_shape
    oh, ow = g.shape[2:]
    weight = bias = None
    for start, end in balanced_parts(x.shape[0], threads):
        cols = _windows(x[start:end], (kh, kw), stride, pad, dilation, (oh, ow))  # (KH, KW, C, n, OH, OW)
        cols = cols.transpose(3, 4, 5, 2, 0, 1).reshape(-1, c * kh * kw)
        rows = np.ascontiguousarray(g[start:end].transpose(1, 0, 2, 3).reshape(o, -1))
        part_w = _fused(rows, np.ascontiguousarray(cols))
        part_b = np.add.accumulate(rows, axis=1, dtype=np.float32)[:, -1] if rows.shape[1] else np.zeros(o, np.float32)
        weight = part_w if weight is None else np.add(weight, part_w, dtype=np.float32)
        bias = part_b if bias is None else np.add(bias, part_b, dtype=np.float32)
    assert weight is not None and bias is not None
    return weight.reshape(o, c, kh, kw), bias

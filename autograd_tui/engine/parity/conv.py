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
MAX_WORK = 1 << 22  # multiply-adds (outputs x window terms) emulated one BLAS call per term; above, numpy's
MAX_GEMM_WORK = 1 << 31  # ... emulated as OpenBLAS products (the first GEMM_CHAIN terms of each chain)
MAX_RANK_ONE_WORK = 1 << 27  # ... and rank-one updates (later terms; about 0.1-0.3 ns each)
GEMM_CHAIN = mkl_order._GEMM_MAX_K
MAX_DIRECT_CHANNELS = 16
MAX_BRGEMM_CHANNELS = 128  # input channels measured for oneDNN's channels-last forward (one chain)
_BLOCK = 16  # oneDNN's channel block (nChw16c) on AVX512
MAX_WEIGHT_GRAD_CHANNELS = 8  # output channels; more may be split over the threads by channel (not identified)
MAX_WEIGHT_GRAD_CHANNELS_FEW_INPUTS = 16  # with at most 2 input channels, 9 to 16 were measured split as below
FEW_INPUT_CHANNELS = 2
MAX_LARGE_MAP_CHANNELS = 8  # input channels; above, only 16 (blocked) on a small map; 12 was seen to add otherwise
_ROW_SPLIT_MIN_ROWS = 10  # oneDNN's backward-weights splits rows, not images, over threads from this height
_ROW_SPLIT_MAX_CHANNELS = 3  # ... with up to this many input channels (4 to 8 measured split by image)
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
            groups: int, out_hw: tuple, threads: int, channels_last: bool = False) -> Optional[np.ndarray]:
    """conv2d's (N, O, OH, OW) float32 output in PyTorch's order, or None where the kernel PyTorch
    runs is not known here (or the work is too large to emulate). ``channels_last``: the input or
    the weight suggests that layout (oneDNN then runs its brgemm kernel)."""
    if not MEASURED_MACHINE or x.dtype != np.float32 or w.dtype != np.float32 or 0 in x.shape or 0 in w.shape:
        return None
    n = x.shape[0]
    o, c, kh, kw = w.shape
    positions = n * out_hw[0] * out_hw[1]
    terms = c * kh * kw
    blocks = _channel_blocks(c, channels_last)
    if positions == 0 or not _affordable(o, positions, (blocks[0][1] - blocks[0][0]) * kh * kw, len(blocks)):
        return None
    strided, dilated = stride != (1, 1), dilation != (1, 1)
    if uses_onednn(x.shape, (kh, kw), groups, strided, dilated, threads):
        if groups != 1 or (kh, kw) == (1, 1) or (channels_last and c > MAX_BRGEMM_CHANNELS):
            return None
        cols = _windows(x, (kh, kw), stride, pad, dilation, out_hw)
        out = None
        for lo, hi in blocks:
            part_cols = cols[:, :, lo:hi].reshape((hi - lo) * kh * kw, positions)
            weights = np.ascontiguousarray(w[:, lo:hi].transpose(0, 2, 3, 1).reshape(o, (hi - lo) * kh * kw))
            part = _fused(weights, np.ascontiguousarray(part_cols))
            if out is None:  # the bias joins the first block's sum, the later blocks come after
                out = part if b is None else np.add(part, b[:, None], dtype=np.float32)
            else:
                out = np.add(out, part, dtype=np.float32)
        assert out is not None
    elif channels_last:  # ATen's im2col by position, (kernel row, column, channel) in each, times weight^T
        if not mkl_order.covers(positions, terms, o):
            return None
        cols = _windows(x, (kh, kw), stride, pad, dilation, out_hw).reshape(terms, positions)
        weights = np.ascontiguousarray(w.transpose(0, 2, 3, 1).reshape(o, terms))
        added = None if b is None else np.ascontiguousarray(np.broadcast_to(b[None, :], (positions, o)))
        out = mkl_order.product(np.ascontiguousarray(cols.T), weights.T, threads, added).T
    else:
        if not mkl_order.covers(o, terms, positions):
            return None
        cols = _windows(x, (kh, kw), stride, pad, dilation, out_hw).transpose(2, 0, 1, 3, 4, 5)
        weights = np.ascontiguousarray(w.reshape(o, terms))
        added = None if b is None else np.ascontiguousarray(np.broadcast_to(b[:, None], (o, positions)))
        out = mkl_order.product(weights, np.ascontiguousarray(cols.reshape(terms, positions)), threads, added)
    return np.ascontiguousarray(out.reshape(o, n, out_hw[0], out_hw[1]).transpose(1, 0, 2, 3))


def _channel_blocks(c: int, channels_last: bool) -> list:
    """The input channels oneDNN's forward adds as one chain: all of them in its brgemm kernel
    (channels last) or up to 16, else blocks of 16 (its nChw16c layout), each block's chain from +0."""
    if channels_last or c <= _BLOCK:
        return [(0, c)]
    return [(lo, min(c, lo + _BLOCK)) for lo in range(0, c, _BLOCK)]


def _affordable(rows: int, cols: int, chain: int, chains: int = 1) -> bool:
    """Whether ``chains`` chains of ``chain`` fused terms for a (rows, cols) result are cheap enough
    here: the first 192 terms of each run as one OpenBLAS product (numpy's own speed), each later
    one as a BLAS call."""
    if not mkl_order.fast_chains():
        return rows * cols * chain * chains <= MAX_WORK
    return (rows * cols * chain * chains <= MAX_GEMM_WORK
            and rows * cols * max(0, chain - GEMM_CHAIN) * chains <= MAX_RANK_ONE_WORK)


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
                   threads: int, channels_last: bool = False) -> tuple:
    """(input's, weight's and bias's) gradients: whether each follows oneDNN's direct kernel in the
    order measured. Measured on 127 float32 shapes with two threads: the input's gradient for every
    unstrided, undilated one padded by less than the kernel (115 of 115, and tests/data). The
    weight's and bias's (``grad_weight_bias``) on 227 more shapes of 1 to 16 input channels, batches
    of 2 to 64 and maps of 1x64 to 26x26 outputs, with one and two threads: they also need an input
    at least as large as the kernel, at most 8 output channels (16 with one or two input channels
    or one thread; more were seen split by channel) and at most 8 input channels, or 16 on a map of at
    most 64 positions and 9 rows (12 input channels were seen to add otherwise)."""
    n, c, h, wd = x_shape
    o, _, kh, kw = w_shape
    if not (MEASURED_MACHINE and groups == 1 and (kh, kw) != (1, 1)
            and stride == (1, 1) and dilation == (1, 1) and max(pad[0]) < kh and max(pad[1]) < kw
            and uses_onednn(x_shape, (kh, kw), groups, False, False, threads)):
        return False, False, False
    blocks = _channel_blocks(o, channels_last)
    data = _affordable(c, n * h * wd, (blocks[0][1] - blocks[0][0]) * kh * kw, len(blocks)) and (
        not channels_last or o <= MAX_BRGEMM_CHANNELS)
    oh, ow = h + sum(pad[0]) - kh + 1, wd + sum(pad[1]) - kw + 1
    if n * oh * ow * o * c * kh * kw > MAX_WORK or c > MAX_DIRECT_CHANNELS or o > MAX_DIRECT_CHANNELS \
            or n < threads or channels_last:
        return data, False, False
    channels = o <= MAX_WEIGHT_GRAD_CHANNELS or (
        o <= MAX_WEIGHT_GRAD_CHANNELS_FEW_INPUTS and (c <= FEW_INPUT_CHANNELS or threads == 1))
    small_map = oh * ow <= 64 and oh < _ROW_SPLIT_MIN_ROWS
    wide = c <= MAX_LARGE_MAP_CHANNELS or (c == MAX_DIRECT_CHANNELS and small_map)
    weights = channels and h >= kh and wd >= kw and wide
    return data, weights, weights


def thread_positions(n: int, c: int, oh: int, ow: int, threads: int) -> list:
    """Each thread's range of output positions, flattened as (image, row, column), in oneDNN's
    backward-weights: the images split over the threads, or, for maps of 10 rows or more and few
    input channels, the images' rows (a thread may then end or start inside an image)."""
    unit = ow if oh >= _ROW_SPLIT_MIN_ROWS and c <= _ROW_SPLIT_MAX_CHANNELS else oh * ow
    units = n * oh * ow // unit if unit else 0
    return [(a * unit, b * unit) for a, b in balanced_parts(units, threads)] if units else [(0, 0)]


def grad_bias(g: np.ndarray, c: int, threads: int) -> np.ndarray:
    """oneDNN's bias gradient: each thread's outputs (``thread_positions``) summed in turn, the
    threads' sums then added in turn."""
    o = g.shape[1]
    rows = g.transpose(1, 0, 2, 3).reshape(o, -1)
    total = None
    for start, end in thread_positions(g.shape[0], c, g.shape[2], g.shape[3], threads):
        part = rows[:, start:end]
        part_sum = np.add.accumulate(part, axis=1, dtype=np.float32)[:, -1] if end > start \
            else np.zeros(o, np.float32)
        total = part_sum if total is None else np.add(total, part_sum, dtype=np.float32)
    assert total is not None
    return total


def grad_input(g: np.ndarray, w: np.ndarray, x_shape: tuple, pad: tuple, channels_last: bool = False) -> np.ndarray:
    """oneDNN's backward-data (unstrided, undilated): each input's terms fused-multiply-added from
    +0, kernel row, then kernel column, then output channel -- one chain of rank-one updates over
    the gradient's windows, as the forward's; beyond 16 output channels one such chain per block of
    16 (its nChw16c layout), the blocks' sums then added in turn. Channels last (its brgemm kernel,
    a forward convolution with the kernel flipped): one chain over every output channel, kernel
    rows and columns from the last; unless padded 'same', one such chain per kernel column (from
    the last), the columns' sums then added in turn."""
    n, c, h, wd = x_shape
    o, _, kh, kw = w.shape
    padded = np.pad(g, ((0, 0), (0, 0), (kh - 1, kh - 1), (kw - 1, kw - 1)))  # zero terms add nothing
    cols = np.empty((kh, kw, o, n, h, wd), np.float32)
    for i in range(kh):
        for j in range(kw):
            r, s = pad[0][0] + kh - 1 - i, pad[1][0] + kw - 1 - j
            cols[i, j] = padded[:, :, r:r + h, s:s + wd].transpose(1, 0, 2, 3)
    if channels_last:
        cols, w = cols[::-1, ::-1], w[:, :, ::-1, ::-1]
        # padded other than 'same', its kernel adds each kernel column's chain on its own
        same = all(p == (k - 1) / 2 for k, pair in ((kh, pad[0]), (kw, pad[1])) for p in pair)
        parts = [(slice(None), (lo, hi)) for lo, hi in _channel_blocks(o, True)] if same \
            else [(slice(j, j + 1), (0, o)) for j in range(kw)]
    else:
        parts = [(slice(None), (lo, hi)) for lo, hi in _channel_blocks(o, False)]
    out = None
    for columns, (lo, hi) in parts:
        terms = cols[:, columns, lo:hi]
        count = terms.shape[0] * terms.shape[1] * terms.shape[2]
        weights = np.ascontiguousarray(w[lo:hi, :, :, columns].transpose(1, 2, 3, 0).reshape(c, count))
        part = _fused(weights, np.ascontiguousarray(terms.reshape(count, n * h * wd)))
        out = part if out is None else np.add(out, part, dtype=np.float32)
    assert out is not None
    return np.ascontiguousarray(out.reshape(c, n, h, wd).transpose(1, 0, 2, 3))


def grad_weight_bias(g: np.ndarray, x: np.ndarray, w_shape: tuple, stride: tuple, pad: tuple, dilation: tuple,
                     threads: int) -> tuple:
    """oneDNN's backward-weights: the outputs split over the threads (``thread_positions``), each
    adding its outputs' terms (batch, then output row, then column) with fused multiply-adds from
    +0 -- the bias its plain sum -- and the threads' partial results then added in turn."""
    o, c, kh, kw = w_shape
    oh, ow = g.shape[2:]
    cols = _windows(x, (kh, kw), stride, pad, dilation, (oh, ow))  # (KH, KW, C, N, OH, OW)
    cols = np.ascontiguousarray(cols.transpose(3, 4, 5, 2, 0, 1).reshape(-1, c * kh * kw))
    rows = np.ascontiguousarray(g.transpose(1, 0, 2, 3).reshape(o, -1))
    weight = None
    for start, end in thread_positions(x.shape[0], c, oh, ow, threads):
        part_w = _fused(np.ascontiguousarray(rows[:, start:end]), cols[start:end])
        weight = part_w if weight is None else np.add(weight, part_w, dtype=np.float32)
    assert weight is not None
    return weight.reshape(o, c, kh, kw), grad_bias(g, c, threads)

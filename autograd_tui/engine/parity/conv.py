"""float32 convolutions (conv2d, and conv1d as a conv2d of height one) and their gradients in the
order PyTorch 2.13's CPU kernels add their terms, measured from its outputs on random shapes.

ATen chooses between two kernels (its rule, confirmed by which model below fits):

- oneDNN when the input is float32 and there are several groups, a kernel larger than 3 in both
  dims, a batch of two or more, or more than 20480 input values, and the convolution is strided,
  dilated, has a batch of 16 or more, a kernel other than 1x1, or runs on more than one thread.
  With one group its direct kernel adds each output's terms with fused multiply-adds from +0 --
  kernel row, then kernel column, then input channel -- for each block of 16 input channels (its
  nChw16c layout), the first block's sum plus the bias, then the later blocks' sums in turn (71 of
  71 shapes: strides, padding, dilation, rectangular kernels, conv1d, batches of 1 to 64; blocks:
  the thirteenth session's table in docs/parity-float32-math.md). Channels last, its brgemm kernel:
  one chain over all channels. Unstrided 1x1: its 1x1 kernel, one chain starting from the bias.
  Grouped and depthwise kernels add in orders not identified: those keep numpy's product.
  The gradients: ``grad_input`` (backward-data), ``grad_weight_bias`` and ``_weight_plan``
  (backward-weights: which thread adds which positions), ``native_grad_*`` (ATen's own kernel).
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
MAX_NATIVE_WORK = 1 << 22  # ATen's own backward (batch of one) as MKL products emulated up to this size
NATIVE_MAX_K = 1024  # and up to this many terms a product (the lengths measured for those products)
MAX_WEIGHT_WORK = 1 << 30  # multiply-adds of a weight gradient emulated (one BLAS call per output position)
MAX_WEIGHT_CHAIN = 1 << 17  # ... and output positions (calls)
_MIN_OH_REDUCE = 9  # oneDNN's backward-weights splits rows, not images, over threads above this height
_MAX_UR_W = 28
_ONEDNN_MIN_VALUES = 20480


def uses_onednn(x_shape: tuple, kernel: tuple, groups: int, strided: bool, dilated: bool, threads: int) -> bool:
    """ATen's choice of oneDNN for a float32 convolution (else its im2col + sgemm path)."""
    n = x_shape[0]
    big = groups > 1 or (kernel[0] > 3 and kernel[1] > 3) or n > 1 or int(np.prod(x_shape)) > _ONEDNN_MIN_VALUES
    return big and (strided or dilated or n >= 16 or kernel != (1, 1) or threads > 1)


def _windows(x: np.ndarray, kernel: tuple, stride: tuple, pad: tuple, dilation: tuple, out_hw: tuple) -> np.ndarray:
    """(KH, KW, C, N, OH, OW): the input value under each kernel position for every output."""
    xp = _padded(x, pad)
    oh, ow = out_hw
    n, c = x.shape[:2]
    out = np.empty((kernel[0], kernel[1], c, n, oh, ow), x.dtype)
    for i in range(kernel[0]):
        for j in range(kernel[1]):
            r, s = i * dilation[0], j * dilation[1]
            part = xp[:, :, r:r + stride[0] * (oh - 1) + 1:stride[0], s:s + stride[1] * (ow - 1) + 1:stride[1]]
            out[i, j] = part.transpose(1, 0, 2, 3)
    return out


def _padded(x: np.ndarray, pad: tuple) -> np.ndarray:
    """(N, C, H, W) with zeros around each map (``pad``: (top, bottom), (left, right)): what
    ``np.pad`` gives, without its general machinery (a tenth of a late layer's time)."""
    (top, bottom), (left, right) = pad
    if not (top or bottom or left or right):
        return x
    n, c, h, w = x.shape
    out = np.zeros((n, c, h + top + bottom, w + left + right), x.dtype)
    out[:, :, top:top + h, left:left + w] = x
    return out


def forward(x: np.ndarray, w: np.ndarray, b: Optional[np.ndarray], stride: tuple, pad: tuple, dilation: tuple,
            groups: int, out_hw: tuple, threads: int, channels_last: bool = False) -> Optional[np.ndarray]:
    """conv2d's (N, O, OH, OW) float32 output in PyTorch's order, or None where the kernel PyTorch
    runs is not known here (or the work is too large to emulate). ``channels_last``: the input or
    the weight suggests that layout (oneDNN then runs its brgemm kernel). A strided 1x1 kernel runs
    oneDNN's direct kernel, an unstrided one its 1x1 kernel (measured on channels-first layouts)."""
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
        if groups != 1 or (channels_last and c > MAX_BRGEMM_CHANNELS) or (
                (kh, kw) == (1, 1) and (channels_last or dilated)):
            return None
        if (kh, kw) == (1, 1) and not strided:
            if pad != ((0, 0), (0, 0)):
                return None
            # its 1x1 kernel: one chain over every input channel, from the bias
            cols = x.transpose(1, 0, 2, 3).reshape(c, positions)
            weights = w.reshape(o, c)
            if b is not None:
                cols = np.concatenate([np.ones((1, positions), np.float32), cols])
                weights = np.concatenate([b[:, None], weights], axis=1)
            chain = _fused(np.ascontiguousarray(weights), np.ascontiguousarray(cols))
            return np.ascontiguousarray(chain.reshape(o, n, out_hw[0], out_hw[1]).transpose(1, 0, 2, 3))
        at_once = _blocks_at_once(x, w, b, stride, pad, dilation, out_hw, len(blocks))
        if at_once is not None:
            return at_once
        out: Optional[np.ndarray] = None
        for lo, hi in blocks:  # each block's windows built on their own: contiguous, and less memory
            part_cols = _windows(x[:, lo:hi], (kh, kw), stride, pad, dilation, out_hw)
            weights = np.ascontiguousarray(w[:, lo:hi].transpose(0, 2, 3, 1).reshape(o, (hi - lo) * kh * kw))
            part = _fused(weights, part_cols.reshape((hi - lo) * kh * kw, positions))
            if out is None:  # the bias joins the first block's sum, the later blocks come after
                out = part if b is None else np.add(part, b[:, None], dtype=np.float32)
            else:
                out = np.add(out, part, dtype=np.float32)
        assert out is not None
    elif channels_last:  # ATen's im2col by position, (kernel row, column, channel) in each, times weight^T
        if not _native_covers(positions, terms, o):
            return None
        cols = _windows(x, (kh, kw), stride, pad, dilation, out_hw).reshape(terms, positions)
        weights = np.ascontiguousarray(w.transpose(0, 2, 3, 1).reshape(o, terms))
        added = None if b is None else np.ascontiguousarray(np.broadcast_to(b[None, :], (positions, o)))
        out = mkl_order.product(np.ascontiguousarray(cols.T), weights.T, threads, added).T
    else:
        if not _native_covers(o, terms, positions):
            return None
        cols = _windows(x, (kh, kw), stride, pad, dilation, out_hw).transpose(2, 0, 1, 3, 4, 5)
        weights = np.ascontiguousarray(w.reshape(o, terms))
        added = None if b is None else np.ascontiguousarray(np.broadcast_to(b[:, None], (o, positions)))
        out = mkl_order.product(weights, np.ascontiguousarray(cols.reshape(terms, positions)), threads, added)
    return np.ascontiguousarray(out.reshape(o, n, out_hw[0], out_hw[1]).transpose(1, 0, 2, 3))


def _blocks_at_once(x: np.ndarray, w: np.ndarray, b: Optional[np.ndarray], stride: tuple, pad: tuple,
                    dilation: tuple, out_hw: tuple, count: int) -> Optional[np.ndarray]:
    """The blocked forward's (N, O, OH, OW) output for ``count`` whole blocks of 16 input
    channels in a few numpy calls: the windows of every block gathered at once, each output
    channel's weights laid out by block, (kernel row, column, channel) within it (a copy that
    moves only the 16 channels of a block), and each block's chains one OpenBLAS product added
    onto the running sums, which start from the bias (``matmul.add_chains_in_turn``: sgemm with
    beta = 1). The weights are read as rows where OpenBLAS packs that layout, else the product
    is the transposed ``windows^T @ weights^T`` with both operands column-major (a layout whose
    chains OpenBLAS adds in order as well); without sgemm, the blocks' products are stacked and
    added in turn by one reduction (row after row). None where ``_fused`` would not take one
    product (more than its 192 terms a block, a single output row or column, another BLAS) or
    where a sum is zero (its sign may differ from the block loop's: a product of OpenBLAS's is
    +0 where the chain ends at -0, which changes no sum but a zero one) or NaN (its sign follows
    the operands' order): the loop then runs."""
    n, c = x.shape[:2]
    o, _, kh, kw = w.shape
    terms, positions = _BLOCK * kh * kw, n * out_hw[0] * out_hw[1]
    if count < 2 or c != count * _BLOCK or terms > GEMM_CHAIN or o < 2 or positions < 2 \
            or not mkl_order._gemm_fuses_in_order(b_column_major=True):
        return None
    xp = _padded(x, pad)
    span = ((kh - 1) * dilation[0] + 1, (kw - 1) * dilation[1] + 1)
    view = np.lib.stride_tricks.sliding_window_view(xp, span, axis=(2, 3))  # (N, C, H', W', span)
    view = view[:, :, :(out_hw[0] - 1) * stride[0] + 1:stride[0], :(out_hw[1] - 1) * stride[1] + 1:stride[1],
                ::dilation[0], ::dilation[1]]
    # (block, kernel row, kernel column, channel, image, output row, output column): each block's
    # terms in its chain's order, as _windows lays out one block
    view = view.reshape((n, count, _BLOCK) + view.shape[2:]).transpose(1, 5, 6, 2, 0, 3, 4)
    cols = np.ascontiguousarray(view).reshape(count, terms, positions)
    weights = np.ascontiguousarray(w.reshape(o, count, _BLOCK, kh * kw).transpose(0, 1, 3, 2)).reshape(o, count, terms)
    total = _started(b, (o, positions), False)
    transposed = not mkl_order.add_chains_in_turn(weights.transpose(1, 0, 2), cols, total)  # (block, O, positions)
    if transposed:
        left, right = cols.transpose(0, 2, 1), weights.transpose(1, 2, 0)  # (block, positions, O)
        total = _started(b, (positions, o), True)
        if not mkl_order.add_chains_in_turn(left, right, total):
            parts = np.matmul(left, right)
            total = mkl_order._sum_stacked(np.concatenate([total[None], parts]))
    if not total.all() or np.isnan(total).any():
        return None
    if transposed:
        return np.ascontiguousarray(total.reshape(n, out_hw[0], out_hw[1], o).transpose(0, 3, 1, 2))
    return np.ascontiguousarray(total.reshape(o, n, out_hw[0], out_hw[1]).transpose(1, 0, 2, 3))


def _started(b: Optional[np.ndarray], shape: tuple, transposed: bool) -> np.ndarray:
    """The running sums' start: the bias along the output channels (+0 without one)."""
    total = np.zeros(shape, np.float32)
    if b is not None:
        total[...] = b if transposed else b[:, None]
    return total


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
    """(input's, weight's and bias's) gradients: whether each follows oneDNN's kernels in the order
    modelled here. The input's (``grad_input``): unstrided, undilated, padded by less than the
    kernel (every measured shape). The weight's and bias's (``grad_weight_bias``): its direct
    backward-weights kernels on one group, blocked or 1 to 3 input channels, or the AVX2 kernel
    for 4 to 15 (``_weight_plan``); every measured shape of 1 to 128 channels, batches of 1 to 64,
    maps up to 32x32, strides 1 and 2, one and two threads (tools/record_conv_cases.py and the
    thirteenth session's table in docs/parity-float32-math.md), except channels last beyond 15
    input channels (another kernel, not identified)."""
    n, c, h, wd = x_shape
    o, _, kh, kw = w_shape
    if MEASURED_MACHINE and not uses_onednn(x_shape, (kh, kw), groups, stride != (1, 1), dilation != (1, 1), threads):
        # (MKL's products measured on one and two threads; on four the weight's differed)
        native = n == 1 and groups == 1 and dilation == (1, 1) and not channels_last and threads <= 2
        oh = (h + sum(pad[0]) - kh) // stride[0] + 1
        ow = (wd + sum(pad[1]) - kw) // stride[1] + 1
        terms, positions = c * kh * kw, oh * ow
        return (native and _native_covers(terms, o, positions), native and _native_covers(o, positions, terms),
                False)
    if not (MEASURED_MACHINE and groups == 1 and (kh, kw) != (1, 1) and dilation == (1, 1)
            and uses_onednn(x_shape, (kh, kw), groups, stride != (1, 1), False, threads)):
        return False, False, False
    blocks = _channel_blocks(o, channels_last)
    data = stride == (1, 1) and max(pad[0]) < kh and max(pad[1]) < kw and _affordable(
        c, n * h * wd, (blocks[0][1] - blocks[0][0]) * kh * kw, len(blocks)) and (
        not channels_last or o <= MAX_BRGEMM_CHANNELS)
    if stride != (1, 1):
        data = _strided_data_known(x_shape, w_shape, stride, pad, threads, channels_last)
    plan = _weight_plan(x_shape, w_shape, stride, pad, threads, channels_last)
    weights = plan is not None and h >= kh and wd >= kw
    return data, weights, weights


def _native_covers(m: int, k: int, n: int) -> bool:
    return m * n * k <= MAX_NATIVE_WORK and k <= NATIVE_MAX_K


def native_grad_input(g: np.ndarray, w: np.ndarray, x_shape: tuple, stride: tuple, pad: tuple,
                      threads: int) -> np.ndarray:
    """ATen's own backward (a batch of one, no oneDNN): MKL's ``weight^T @ grad`` into columns,
    each input then the sum of its columns' values, kernel row then column, from +0."""
    _, c, h, wd = x_shape
    o, _, kh, kw = w.shape
    oh, ow = g.shape[2:]
    columns = mkl_order.product(np.ascontiguousarray(w.reshape(o, -1)).T, np.ascontiguousarray(g[0].reshape(o, -1)),
                                threads).reshape(c, kh, kw, oh, ow)
    out = np.zeros((c, h + sum(pad[0]), wd + sum(pad[1])), np.float32)
    for i in range(kh):
        for j in range(kw):
            out[:, i:i + stride[0] * (oh - 1) + 1:stride[0],
                j:j + stride[1] * (ow - 1) + 1:stride[1]] += columns[:, i, j]
    return np.ascontiguousarray(out[None, :, pad[0][0]:pad[0][0] + h, pad[1][0]:pad[1][0] + wd])


def native_grad_weight(g: np.ndarray, x: np.ndarray, w_shape: tuple, stride: tuple, pad: tuple,
                       threads: int) -> np.ndarray:
    """ATen's own backward (a batch of one): MKL's ``grad @ columns^T`` added onto a zeroed weight."""
    o, c, kh, kw = w_shape
    oh, ow = g.shape[2:]
    cols = _windows(x, (kh, kw), stride, pad, (1, 1), (oh, ow))  # (KH, KW, C, 1, OH, OW)
    columns = np.ascontiguousarray(cols.transpose(2, 0, 1, 3, 4, 5).reshape(c * kh * kw, oh * ow))
    out = mkl_order.product(np.ascontiguousarray(g[0].reshape(o, -1)), columns.T, threads,
                            np.zeros((o, c * kh * kw), np.float32))
    return out.reshape(o, c, kh, kw)


def _strided_data_known(x_shape: tuple, w_shape: tuple, stride: tuple, pad: tuple, threads: int,
                        channels_last: bool) -> bool:
    """Whether ``grad_input``'s strided order is known: square channels-first shapes, a stride of at
    most 3 and padding below the kernel; where the stride divides the width, the batch shared evenly
    between the threads (an uneven share was seen to split the width between threads that add in
    different orders)."""
    n, c, h, wd = x_shape
    o, _, kh, kw = w_shape
    s = stride[0]
    square = h == wd and kh == kw and stride[1] == s and pad[0] == pad[1] and pad[0][0] == pad[0][1]
    if channels_last or not square or s > 3 or pad[0][0] >= kh:
        return False
    return (wd % s != 0 or n % threads == 0) and _affordable(c, n * h * wd, o * kh * kw, 1)


def _weight_plan(x_shape: tuple, w_shape: tuple, stride: tuple, pad: tuple, threads: int,
                 channels_last: bool) -> Optional[tuple]:
    """How oneDNN's backward-weights splits the outputs' positions (flattened as image, row,
    column) over its threads: (the weight's ranges, the bias's ranges, the weight's piece), each
    range one thread's chain (or, with a piece, one chain per piece of that many positions, added
    in turn), the threads' partial sums then added in turn; None where its kernel is not modelled.

    With 1 to 3 or 16 and more input channels (channels last: up to 15) its AVX512 kernel: the
    threads split the batch (or, for more than 9 output rows in channels-first layouts, the batch's
    rows) against the blocks of 16 channels by a memory-cost model (``_avx512_threads``); the bias
    is summed with the weight on rows, else by oneDNN's reducer (threads on images only when they
    cannot take a block of output channels each). Channels last from 16 input channels (unstrided,
    rows up to 28): split by images, each output row its own chain. With 4 to 15 input channels in
    channels-first layout its AVX2 kernel (blocks of 8): both by its reducer over images."""
    n, c, h, wd = x_shape
    o, _, kh, kw = w_shape
    oh = (h + sum(pad[0]) - kh) // stride[0] + 1
    ow = (wd + sum(pad[1]) - kw) // stride[1] + 1
    image = oh * ow
    if n * image * o * c * kh * kw > MAX_WEIGHT_WORK or n * image > MAX_WEIGHT_CHAIN:
        return None
    avx2 = 4 <= c < _BLOCK and not channels_last
    piece = 0
    if channels_last and c >= _BLOCK:
        if stride != (1, 1) or ow > _MAX_UR_W:  # wider rows are cut in blocks, strides add otherwise
            return None
        piece = ow
    # the kernels' padding limits (else oneDNN picks another implementation)
    bottom = (oh - 1) * stride[0] + kh - h - pad[0][0]
    right = (ow - 1) * stride[1] + kw - wd - pad[1][0]
    if not (pad[0][0] <= kh // 2 and bottom <= kh // 2 and pad[1][0] < kw and right < kw
            and max(pad[1][0], right) <= _MAX_UR_W and kw <= 14):
        return None
    if avx2:
        weight_split = _reducer_threads(threads, kh * kw * 64, -(-c // 8) * -(-o // 8), n, 1 << 21)
        bias_split = _reducer_threads(threads, 8, -(-o // 8), n, 1 << 21)
        return _ranges(n, weight_split, image), _ranges(n, bias_split, image), 0
    first = c < _BLOCK
    rows = oh > _MIN_OH_REDUCE and not channels_last
    mb = _avx512_threads(n, h, wd, oh, ow, -(-o // _BLOCK), 1 if first else -(-c // _BLOCK), c if first else _BLOCK,
                         kh, kw, stride, rows, threads)
    weight = _ranges(n * oh, mb, ow) if rows else _ranges(n, mb, image)
    if rows:
        return weight, weight, 0
    bias_split = _reducer_threads(threads, _BLOCK, -(-o // _BLOCK), n, threads * 3 * 5 * 5 * 16 * 16)
    return weight, _ranges(n, bias_split, image), piece


def _ranges(units: int, threads: int, size: int) -> list:
    return [(a * size, b * size) for a, b in balanced_parts(units, threads)]


def _avx512_threads(n: int, h: int, wd: int, oh: int, ow: int, oc_blocks: int, ic_blocks: int, ic_block: int,
                    kh: int, kw: int, stride: tuple, rows: bool, threads: int) -> int:
    """How many threads oneDNN's AVX512 backward-weights puts on the batch (or its rows): the split
    of the threads between batch, output-channel blocks and input-channel blocks of least memory
    traffic, then of least work within 10% of it (its balancing, restated)."""
    ih_r, oh_r, ih_n, oh_n = (h, oh, 1, 1) if rows else (1, 1, h, oh)
    row_threads = max(1, oh_r // _MIN_OH_REDUCE)

    def memory(mb: int, ocb: int, icb: int) -> int:
        return (-(-n * ih_r // mb) * -(-ic_blocks // icb) * ic_block * ih_n * wd // stride[0] // stride[1]
                + -(-n * oh_r // mb) * -(-oc_blocks // ocb) * _BLOCK * oh_n * ow
                + 8 * -(-oc_blocks // ocb) * -(-ic_blocks // icb) * kh * kw * ic_block * _BLOCK)

    def work(mb: int, ocb: int, icb: int) -> int:
        return -(-n * oh_r // mb) * -(-oc_blocks // ocb) * -(-ic_blocks // icb)

    splits = [(mb, ocb, min(threads // mb // ocb, ic_blocks))
              for mb in range(1, min(threads, n * row_threads) + 1)
              for ocb in range(1, min(threads // mb, oc_blocks) + 1)]
    best, best_memory = (1, 1, 1), memory(1, 1, 1)
    for split in splits:
        if memory(*split) <= best_memory:
            best, best_memory = split, memory(*split)
    best_work = work(*best)
    for split in splits:
        cost = work(*split)
        if (cost <= best_work and memory(*split) < 1.1 * best_memory) or 4 * cost <= 3 * best_work:
            best, best_work = split, cost
    mb = best[0]
    if threads // 2 < mb < threads:
        mb = min(n * row_threads, threads)
    return mb


def _reducer_threads(threads: int, job_size: int, jobs: int, reduction: int, max_buffer: int) -> int:
    """How many threads oneDNN's reducer gives each group of jobs, splitting the reduction (the
    images) between them: the grouping of least work per thread (its balancer, restated)."""
    least = max(1, jobs // threads)
    most = max(1, max_buffer // (threads * job_size))
    groups = min(jobs // least, threads)
    per_group = min(threads // groups, reduction)
    bound = jobs * job_size * reduction
    for per in range(least, jobs):
        c_groups = min(jobs // per, threads)
        c_per_group = min(threads // c_groups, reduction)
        c_jobs = -(-jobs // c_groups)
        if c_per_group > 1 and c_jobs > most:
            continue
        cost = job_size * c_jobs * (-(-reduction // c_per_group) + (c_per_group != 1))
        if cost < bound:
            per_group, bound = c_per_group, cost
    return per_group


def _chains(rows: np.ndarray, cols: np.ndarray, ranges: list, piece: int = 0) -> np.ndarray:
    """Each range's fused chain of ``rows[:, r] * cols[r]`` (or its pieces' chains, added in turn),
    the partial results added in turn."""
    total = None
    for start, end in ranges:
        if piece:
            part = _chains(rows, cols, [(a, min(end, a + piece)) for a in range(start, end, piece)])
        else:
            part = _fused(np.ascontiguousarray(rows[:, start:end]), np.ascontiguousarray(cols[start:end]))
        total = part if total is None else np.add(total, part, dtype=np.float32)
    assert total is not None
    return total


def grad_bias(g: np.ndarray, ranges: list) -> np.ndarray:
    """oneDNN's bias gradient: each thread's outputs (``_weight_plan``'s ranges) summed in turn, the
    threads' sums then added in turn."""
    o = g.shape[1]
    positions = np.ascontiguousarray(g.transpose(0, 2, 3, 1)).reshape(-1, o)  # running sums row by row
    total = None
    for start, end in ranges:
        part_sum = _running_sum(positions[start:end]) if end > start else np.zeros(o, np.float32)
        total = part_sum if total is None else np.add(total, part_sum, dtype=np.float32)
    assert total is not None
    return total


def _running_sum(rows: np.ndarray) -> np.ndarray:
    """The last of the running sums of a C-contiguous (rows, O) array's rows: one reduction down
    the columns where numpy adds row after row (``matmul._sum_stacked``), which starts from -0 --
    ``-0 + x`` is x for every x, so the first row stands as the running sum starts it -- instead of
    a running sum that stores every row's partial sums. A NaN's sign may come out otherwise
    (which operand numpy's loop puts first): there the running sum is taken."""
    if rows.shape[1] >= mkl_order._WIDE:
        total = np.add.reduce(rows, axis=0, initial=-0.0)
        if not np.isnan(total).any():
            return total
    return np.add.accumulate(rows, axis=0)[-1]


def bias_ranges(x_shape: tuple, w_shape: tuple, stride: tuple, pad: tuple, threads: int,
                channels_last: bool) -> list:
    plan = _weight_plan(x_shape, w_shape, stride, pad, threads, channels_last)
    assert plan is not None
    return plan[1]


def grad_input(g: np.ndarray, w: np.ndarray, x_shape: tuple, pad: tuple, channels_last: bool = False,
               stride: int = 1) -> np.ndarray:
    """oneDNN's backward-data (unstrided, undilated): each input's terms fused-multiply-added from
    +0, kernel row, then kernel column, then output channel -- one chain of rank-one updates over
    the gradient's windows, as the forward's; beyond 16 output channels one such chain per block of
    16 (its nChw16c layout), the blocks' sums then added in turn. Channels last (its brgemm kernel,
    a forward convolution with the kernel flipped): one chain over every output channel, kernel
    rows and columns from the last; unless padded 'same', one such chain per kernel column (from
    the last), the columns' sums then added in turn. Strided (its strided brgemm kernel, on square
    shapes): one chain over kernel rows, columns and every output channel where the stride does
    not divide the width, else one such chain per kernel column, the columns' sums added in turn."""
    n, c, h, wd = x_shape
    o, _, kh, kw = w.shape
    if stride > 1:  # the gradient spread out on the stride's grid: the windows then line up as unstrided
        spread = np.zeros(g.shape[:2] + ((g.shape[2] - 1) * stride + 1, (g.shape[3] - 1) * stride + 1), g.dtype)
        spread[:, :, ::stride, ::stride] = g
        g = spread
    extra = (max(0, h - g.shape[2]), max(0, wd - g.shape[3]))
    padded = _padded(g, ((kh - 1, kh - 1 + extra[0]), (kw - 1, kw - 1 + extra[1])))  # zeros add nothing
    rows, columns = list(range(kh)), list(range(kw))
    if stride > 1:
        parts = [([j], (0, o)) for j in columns] if wd % stride == 0 else [(columns, (0, o))]
    elif channels_last:
        rows, columns = rows[::-1], columns[::-1]
        # padded other than 'same', its kernel adds each kernel column's chain on its own
        same = all(p == (k - 1) / 2 for k, pair in ((kh, pad[0]), (kw, pad[1])) for p in pair)
        parts = [(columns, block) for block in _channel_blocks(o, True)] if same \
            else [([j], (0, o)) for j in columns]
    else:
        parts = [(columns, block) for block in _channel_blocks(o, False)]
    out = None
    for part_columns, (lo, hi) in parts:  # each part's windows built on their own: less memory
        terms = np.empty((len(rows), len(part_columns), hi - lo, n, h, wd), np.float32)
        for a, i in enumerate(rows):
            for b, j in enumerate(part_columns):
                r, s = pad[0][0] + kh - 1 - i, pad[1][0] + kw - 1 - j
                terms[a, b] = padded[:, lo:hi, r:r + h, s:s + wd].transpose(1, 0, 2, 3)
        count = terms.shape[0] * terms.shape[1] * terms.shape[2]
        taps = w[lo:hi][:, :, rows][:, :, :, part_columns]
        weights = np.ascontiguousarray(taps.transpose(1, 2, 3, 0).reshape(c, count))
        part = _fused(weights, terms.reshape(count, n * h * wd))
        out = part if out is None else np.add(out, part, dtype=np.float32)
    assert out is not None
    return np.ascontiguousarray(out.reshape(c, n, h, wd).transpose(1, 0, 2, 3))


def grad_weight_bias(g: np.ndarray, x: np.ndarray, w_shape: tuple, stride: tuple, pad: tuple, dilation: tuple,
                     threads: int, channels_last: bool = False) -> tuple:
    """oneDNN's backward-weights: the outputs split over the threads (``_weight_plan``), each
    adding its outputs' terms (batch, then output row, then column) with fused multiply-adds from
    +0 -- the bias its plain sum -- and the threads' partial results then added in turn."""
    o, c, kh, kw = w_shape
    oh, ow = g.shape[2:]
    plan = _weight_plan(x.shape, w_shape, stride, pad, threads, channels_last)
    assert plan is not None
    xp = _padded(x, pad)
    span = ((kh - 1) * dilation[0] + 1, (kw - 1) * dilation[1] + 1)
    view = np.lib.stride_tricks.sliding_window_view(xp, span, axis=(2, 3))  # (N, C, H', W', span)
    view = view[:, :, :(oh - 1) * stride[0] + 1:stride[0], :(ow - 1) * stride[1] + 1:stride[1],
                ::dilation[0], ::dilation[1]]
    cols = view.transpose(0, 2, 3, 1, 4, 5).reshape(-1, c * kh * kw)  # one gather: (position, window)
    rows = np.ascontiguousarray(g.transpose(1, 0, 2, 3).reshape(o, -1))
    return _chains(rows, cols, plan[0], plan[2]).reshape(o, c, kh, kw), grad_bias(g, plan[1])

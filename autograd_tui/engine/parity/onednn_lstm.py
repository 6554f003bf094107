"""float32 ``nn.LSTM`` as PyTorch's CPU wheel runs it: oneDNN's RNN primitive, one call per layer
and direction (``MkldnnRnnLayerBackward0``), in grad mode (oneDNN's ``forward_training`` and
``backward``, its reference RNN driver on its own sgemm).

What decides the bits, measured on PyTorch 2.13 (oneDNN 3.12, AVX-512) through
``torch.ops.aten.mkldnn_rnn_layer`` and its workspace (the gates after their activations):

- ATen adds the two biases first (``b_ih + b_hh``, rounded) and passes zeros without bias.
- The input's projection of every step at once (``x @ W_ih^T``), then per step the hidden one
  added onto it; to that the bias. Each product is oneDNN's sgemm (below).
- Gates: i, f, o by oneDNN's logistic (its exp of ``-|x|``, ``e / (e + 1)``, ``1 -`` that for
  positive x), g by its tanh (32 degree-6 polynomials chosen by the exponent and first mantissa
  bit of ``|x|``, Horner in fused multiply-adds, ``x`` itself below 0x39ddb3d7, 1 from
  0x41102cb3). ``c = fma(i, g, c_prev * f)``, ``h = o * tanh(c)``.
- Backward, per step (last first): ``dh = dy + dh_next``; ``dc = dc_next + (1 - t*t) * dh * o``
  with ``t = tanh(c)``; ``do = (o - o*o) * dh * t``, ``di = (i - i*i) * dc * g``, ``df = (f -
  f*f) * dc * c_prev``, ``dg = (1 - g*g) * (i * dc)`` (each ``x - y*y`` fused), ``dc_prev = dc *
  f``; ``dh_prev`` = the gates' gradient times ``W_hh``. After the loop the input's gradient and
  both weight gradients are one product each over all steps (the hidden weights' split in two
  for a forward direction: the steps after the first, then the first with ``h0`` added on). The
  bias gradient is one running sum over steps (last first) and samples, and is both
  ``b_ih.grad`` and ``b_hh.grad``.

oneDNN's sgemm (column-major; in row-major terms ``out (r, c) = p (r, k) @ q (k, c)``, its m = c,
n = r) picks one of three kernels:

- one row (n = 1): its matrix-vector kernel, a fused chain over k from the added term (or 0);
  on two threads, from about 40,000 multiply-adds and 256 terms, the terms split in two halves,
  the second half's chain added at the end.
- one column (m = 1, ``p @ q`` with q one column): 8 lanes, lane l a fused chain over the terms
  l, l + 8, ... of each whole 16, folded as ((0+1) + (4+5)) + ((2+3) + (6+7)); then the last
  8, 4, 2, 1 terms as their own small sums; each piece added in turn to the output.
- otherwise its no-copy kernel: a fused chain over k from 0 in blocks of at most 384 terms,
  each block's sum added in turn to the output (and to the added term first).

Checked on random learner shapes (``tools/record_lstm_cases.py``, ``tests/test_onednn_lstm.py``):
every element of the output, h_n, c_n and of every gradient. Not covered: ``torch.no_grad()``
(oneDNN's ``forward_inference`` takes its brgemm kernel, whose order differs where the input
and hidden sizes are equal), machines with more than 7 threads (which may split k), other ISAs.
"""
from __future__ import annotations

from typing import Optional

import numpy as np

from autograd_tui.engine.parity.float32_math import fma
from autograd_tui.engine.parity.matmul import _fused
from autograd_tui.engine.parity.onednn_gelu import exp

_F32 = np.float32

# oneDNN's tanh: 32 polynomials of degree 6, coefficients as float32 bit patterns, degree 0 first.
_TANH = np.array([int(h, 16) for h in (
    "00000000 39bfffff 39ffffff 3a3ffffe 3a7ffffb 3abffff7 3affffeb 3b3fffdc "
    "3b7fffab 3bbfff70 3bfffeab 3c3ffdc0 3c7ffaab 3cbff701 3cffeaad 3d3fdc08 "
    "3d7faacd 3dbf7081 3dfeacc9 3e3dc7fd 3e7acbf5 3eb77a9f 3eec9a9f 3f22991f "
    "3f42f7d6 3f67b7cc 3f76ca83 3f7ebbe9 3f7fd40c 3f7fff32 3f7ffffc 3f800000 "
    "3f800000 3f800018 3f7fffe8 3f7fffda 3f7fffdc 3f7fffdc 3f7fffac 3f7fff70 "
    "3f7ffeec 3f7ffdc0 3f7ffbed 3f7ff704 3f7feff5 3f7fdbca 3f7fbfff 3f7f7041 "
    "3f7f009b 3f7dc36c 3f7c0aa8 3f7734b8 3f70a4de 3f5f1fd8 3f495493 3f18b9ec "
    "3ed706cb 3e390b06 3d90b11f 3c21a053 3aaf7fdb 37ccc1a3 355c6733 00000000 "
    "00000000 be4e0ff1 3d25b1b1 3d6b6dab 3c9fb1d5 babff06f 3c07b3f6 bb3fc1bc "
    "3a9f5921 bbbf06f2 bbb0f402 bc47db9e bc73d5e7 bca25bda bcfca780 bd40e07c "
    "bd7dab03 bdbe4a0f bdfb14a5 be36cc8d be6bd102 be9fe7c5 beba0f10 bec206a8 "
    "bea3c388 be277d62 bd8b7960 bc209f49 baad44ca b7c6eeac b663aa41 00000000 "
    "00000000 45b3ae96 c414eb20 c450e02e c3152b4e bead2f56 c2162e02 beb4bd5a "
    "c11a59a4 bed2f507 c020d32c 3dd0f506 bf2a75e2 bff950e3 bed47334 be809b8c "
    "beb64532 be961a5b be9b63ac bea0d4b2 be828a77 be378612 bdc20908 3d2d3957 "
    "3dd46e89 3db3f629 3d2c5e7b 3bd20403 3a59dfae 3770af45 372cc014 00000000 "
    "00000000 cc981a1b 4a7edd3d 4ab1007c 48fedd9c 41a557b5 477ee32a 422557f5 "
    "45ff3ce4 42a55641 446e0867 c33dc19a 42915214 43af4fad 4110fe88 c1099b75 "
    "3fc8a8dc bfbeaef5 be365aad 3f4d9652 3ddfa08f 3e34e9b8 3e2d07a6 3dc63567 "
    "3cdaeb78 bcd17537 bc92829c bb43ab99 b9b471dd b6baad5a b78bafc7 00000000 "
    "00000000 52f688d5 d0505c72 d08f98e3 ce505cc9 c7162b8a cc5061d6 c7162bdf "
    "ca50b37f c7162a3a c8422086 471a714e c5ece1f1 c70e3d90 c3eba94a 43e0c424 "
    "c21f4552 42217cc8 405e7dc4 c10dd401 3e96b602 bd1a6d2f bd393883 bd674682 "
    "bd310016 b961e269 3ba32495 3a7680d5 38b3173c 35a9deea 375c3f2a 00000000 "
    "00000000 d8995ed1 558285ea 55b2cd69 53028625 4bc9991f 5082898a 4b4999b3 "
    "4e02c07c 4ac99764 4b72c822 ca40c0e1 489413e4 49b12224 46134c4e c60c2d57 "
    "43c83910 c3c872d1 c186bc9e 42325bc3 bf2ffa4a 3d9a203c bc545a43 bae08fee "
    "3c80225d 3b1fd1df ba36b9d1 b91de544 b71f100f b408e2ed b685fec8 00000000 "
).split()], np.uint32).view(_F32).reshape(7, 32)
_TANH_INDEX_BIAS = 0x39800000
_TANH_INDEX_MASK = 0xFFC00000  # the exponent and the first mantissa bit: half a binade
_TANH_LINEAR = np.array([0x39DDB3D7], np.uint32).view(_F32)[0]  # below: tanh(x) = x
_TANH_SATURATED = np.array([0x41102CB3], np.uint32).view(_F32)[0]  # from here: 1
_ONE = _F32(1)


def sigmoid(x: np.ndarray) -> np.ndarray:
    """oneDNN's logistic of a float32 array: ``e / (e + 1)`` with e its exp of ``-|x|``,
    subtracted from 1 where x is not negative."""
    e = exp(-np.abs(x))
    s = e / (e + _ONE)
    return np.where(np.signbit(x), s, _ONE - s)


def tanh(x: np.ndarray) -> np.ndarray:
    """oneDNN's tanh of a float32 array (AVX-512 and AVX2 kernels)."""
    magnitude = np.abs(x)
    bits = magnitude.view(np.uint32)
    slot = ((bits - np.uint32(_TANH_INDEX_BIAS)) >> np.uint32(22)) & np.uint32(31)
    r = magnitude - (bits & np.uint32(_TANH_INDEX_MASK)).view(_F32)
    p = _TANH[6][slot]
    for degree in range(5, -1, -1):
        p = fma(p, r, _TANH[degree][slot])
    out = np.where(magnitude < _TANH_SATURATED, p, _ONE)
    out = np.where(magnitude < _TANH_LINEAR, magnitude, out)
    return np.where(np.signbit(x), -out, out).astype(_F32)


# ---------------------------------------------------------------------------------------------
# oneDNN's sgemm, in row-major terms: out (r, c) = start + p (r, k) @ q (k, c)
# ---------------------------------------------------------------------------------------------

def _chain(p: np.ndarray, q: np.ndarray, start: Optional[np.ndarray] = None) -> np.ndarray:
    """One fused chain per element over k, from ``start`` (one row) or +0."""
    if start is not None:  # the start as a first term: 1 * start is exact
        p = np.concatenate([np.ones((p.shape[0], 1), _F32), p], axis=1)
        q = np.concatenate([np.asarray(start, _F32).reshape(1, -1), q], axis=0)
    if p.shape[1] == 0:
        return np.zeros((p.shape[0], q.shape[1]), _F32)
    return _fused(np.ascontiguousarray(p, _F32), np.ascontiguousarray(q, _F32))


def _gemv_threads(threads: int, m: int, n: int) -> int:
    """How many threads oneDNN's matrix-vector driver uses for an (m, n) problem."""
    if threads == 1 or m * n + 288 * n < 41700:
        return 1
    if m >= 20000 and n <= 200:
        return threads
    band = n // threads
    if threads <= 12 and band < 32:
        if m * band < 2048:
            return 1
    elif threads <= 12 and m * band < 4096:
        return 1
    elif threads > 12 and band * m < 4096:
        return 1 if band == 0 else min(max(n * m // 3072, 1), threads)
    return threads


def _split(n: int, parts: int) -> list:
    """oneDNN's split of n terms over threads (the first n % parts threads take one more)."""
    width, extra = divmod(n, parts)
    bounds, at = [], 0
    for part in range(parts):
        size = width + 1 if part < extra else width
        start = part * size if part < extra else n - (parts - part) * size
        bounds.append((start, start + size))
        at = start + size
    assert at == n
    return bounds


def _gemv_n(p: np.ndarray, q: np.ndarray, start: Optional[np.ndarray], threads: int) -> np.ndarray:
    """One output row ``start + p (1, k) @ q (k, c)``: the matrix-vector kernel's chain from the
    output, its terms split over threads for short, wide problems (each part's sum added after)."""
    c, k = q.shape[1], q.shape[0]
    goal = _gemv_threads(threads, c, k)
    if goal == 1 or not (c <= goal * 500 and k >= goal * 128):
        return _chain(p, q, start)
    parts = _split(k, min(goal, threads))
    out = _chain(p[:, :parts[0][1]], q[:parts[0][1]], start)
    for lo, hi in parts[1:]:
        out = out + _chain(p[:, lo:hi], q[lo:hi])
    return out


def _folded(lanes: list) -> np.ndarray:
    """Eight lanes added as the kernel's horizontal adds do: ((0+1) + (4+5)) + ((2+3) + (6+7))."""
    return ((lanes[0] + lanes[1]) + (lanes[4] + lanes[5])) + ((lanes[2] + lanes[3]) + (lanes[6] + lanes[7]))


def _gemv_t(p: np.ndarray, q: np.ndarray, start: Optional[np.ndarray]) -> np.ndarray:
    """One output column ``start + p (r, k) @ q (k, 1)``: the dot-product kernel's 8 lanes over
    whole blocks of 16 terms, then pieces of 8, 4, 2 and 1 terms, each added to the output (the
    driver hands it at most 512 terms at a time: the row of p is strided, copied in blocks)."""
    r, k = p.shape
    out = np.zeros((r, 1), _F32) if start is None else np.array(start, _F32).reshape(r, 1)
    for lo in range(0, k, 512):
        out = _dot_block(p[:, lo:lo + 512], q[lo:lo + 512], out)
    return out


def _dot_block(p: np.ndarray, q: np.ndarray, out: np.ndarray) -> np.ndarray:
    r, k = p.shape
    whole = k // 16 * 16
    if whole:
        out = out + _folded([_chain(p[:, lane:whole:8], q[lane:whole:8]) for lane in range(8)])
    at = whole
    zero = np.zeros((r, 1), _F32)
    for size in (8, 4, 2, 1):
        if (k - whole) & size:
            products = [p[:, at + i:at + i + 1] * q[at + i] for i in range(size)] + [zero] * (8 - size)
            out = out + _folded(products)
            at += size
    return out


def _k_blocks(k: int) -> list:
    """The no-copy driver's blocks of k: whole up to 384, two halves up to 768, then 384 each."""
    blocks, at = [], 0
    while at < k:
        size = k - at
        if size >= 768:
            size = 384
        elif size > 384:
            size = (size + 1) // 2
        blocks.append((at, at + size))
        at += size
    return blocks


def sgemm(p: np.ndarray, q: np.ndarray, start: Optional[np.ndarray] = None, threads: int = 1,
          q_transposed: bool = False) -> np.ndarray:
    """``start + p @ q`` (float32 (r, k) and (k, c)) as oneDNN's sgemm adds it; ``start`` is
    the output's previous value (beta = 1), broadcast to (r, c). ``q_transposed``: oneDNN
    reads q as a transposed operand (the weight gradients), which matters for one column."""
    r, k = p.shape
    c = q.shape[1]
    if start is not None:
        start = np.broadcast_to(np.asarray(start, _F32), (r, c))
    if r == 1:
        return _gemv_n(p, q, None if start is None else start[0], threads).reshape(1, c)
    if c == 1 and not q_transposed:
        return _gemv_t(p, q, start)
    if c == 1:
        return sgemm(q.T, p.T, None if start is None else start.T, threads).T
    out = start
    for lo, hi in _k_blocks(k):
        block = _chain(p[:, lo:hi], q[lo:hi])
        out = block if out is None else out + block
    assert out is not None
    return out


# ---------------------------------------------------------------------------------------------
# One layer and direction
# ---------------------------------------------------------------------------------------------

class LayerCache:
    """What a layer's forward keeps for its backward (in processing order: reversed for a
    reverse direction)."""

    def __init__(self, order: list, inputs: np.ndarray, gates: list, hiddens: list, cells: list) -> None:
        self.order = order  # processing step -> time step
        self.inputs = inputs  # (steps * batch, input) in processing order
        self.gates = gates  # per step (batch, 4 * hidden): i, f, g, o after their activations
        self.hiddens = hiddens  # h0, then h after each step
        self.cells = cells  # c0, then c after each step


def forward(x: np.ndarray, w_ih: np.ndarray, w_hh: np.ndarray, bias: np.ndarray, h0: np.ndarray, c0: np.ndarray,
            reverse: bool, threads: int, training: bool = True) -> tuple:
    """One direction of one layer: x (T, B, I), weights as PyTorch holds them, ``bias`` =
    ``b_ih + b_hh`` (4H,), h0 and c0 (B, H). Returns (output (T, B, H), h_n, c_n, cache).
    ``training``: grad mode (else PyTorch asks for inference, see ``_inference_fuses``)."""
    steps, batch, _ = x.shape
    size = w_hh.shape[1]
    order = list(range(steps - 1, -1, -1)) if reverse else list(range(steps))
    inputs = np.ascontiguousarray(x[order].reshape(steps * batch, -1), _F32)
    w_ih_t, w_hh_t = np.ascontiguousarray(w_ih.T), np.ascontiguousarray(w_hh.T)
    fused = not training and _inference_fuses(inputs.shape[1], size, steps, batch)
    if not training:
        both = np.concatenate([w_ih_t, w_hh_t]) if fused else w_hh_t
    projected = None if fused else sgemm(inputs, w_ih_t, threads=threads)
    h, c = np.asarray(h0, _F32), np.asarray(c0, _F32)
    gates, hiddens, cells = [], [h], [c]
    output = np.empty((steps, batch, size), _F32)
    for p, t in enumerate(order):
        if training:
            assert projected is not None
            pre = sgemm(h, w_hh_t, projected[p * batch:(p + 1) * batch], threads)
        elif fused:  # one chain over the step's input, then its hidden state
            pre = _chain(np.concatenate([inputs[p * batch:(p + 1) * batch], h], axis=1), both)
        else:
            assert projected is not None
            pre = projected[p * batch:(p + 1) * batch] + _chain(h, both)
        pre = pre + bias
        i, f, o = (sigmoid(pre[:, j * size:(j + 1) * size]) for j in (0, 1, 3))
        g = tanh(pre[:, 2 * size:3 * size])
        c = fma(i, g, c * f)
        h = tanh(c) * o
        gates.append(np.concatenate([i, f, g, o], axis=1))
        hiddens.append(h)
        cells.append(c)
        output[t] = h
    return output, h, c, LayerCache(order, inputs, gates, hiddens, cells)


def _inference_fuses(input_size: int, hidden_size: int, steps: int, batch: int) -> bool:
    """Outside grad mode oneDNN runs its brgemm kernels: the input's product is merged over the
    steps for a batch of one (several steps), else done per step, and where the input and hidden
    sizes are equal one chain covers both products (else the hidden one's sum is added)."""
    return input_size == hidden_size and not (batch == 1 and steps >= 2)


def _minus_square(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``b - a * a`` rounded once (the kernel's vfnmadd)."""
    return fma(-a, a, b)


def backward(cache: LayerCache, w_ih: np.ndarray, w_hh: np.ndarray, d_output: np.ndarray, d_h: np.ndarray,
             d_c: np.ndarray, threads: int) -> tuple:
    """The layer's gradients from those of its output (T, B, H), h_n and c_n (B, H):
    (d_input, d_w_ih, d_w_hh, d_bias, d_h0, d_c0)."""
    steps = len(cache.order)
    batch, size = d_h.shape
    d_gates = [np.empty(0, _F32)] * steps
    d_bias = np.zeros(4 * size, _F32)
    d_h_next, d_c_next = np.asarray(d_h, _F32), np.asarray(d_c, _F32)
    ones = np.ones((batch, size), _F32)
    for p in range(steps - 1, -1, -1):
        gate = cache.gates[p]
        i, f, g, o = (gate[:, j * size:(j + 1) * size] for j in range(4))
        dh = d_output[cache.order[p]] + d_h_next
        t = tanh(cache.cells[p + 1])
        dc = d_c_next + (_minus_square(t, ones) * dh) * o
        d_o = (_minus_square(o, o) * dh) * t
        d_i = (_minus_square(i, i) * dc) * g
        d_f = (_minus_square(f, f) * dc) * cache.cells[p]
        d_g = _minus_square(g, ones) * (i * dc)
        d_c_next = dc * f
        d_gate = np.concatenate([d_i, d_f, d_g, d_o], axis=1)
        d_gates[p] = d_gate
        for row in d_gate:
            d_bias = d_bias + row
        d_h_next = sgemm(d_gate, w_hh, threads=threads)
    all_gates = np.concatenate(d_gates, axis=0)  # (steps * batch, 4H), processing order
    d_in = sgemm(all_gates, np.ascontiguousarray(w_ih), threads=threads).reshape(steps, batch, -1)
    d_input = np.empty_like(d_in)
    d_input[cache.order] = d_in
    d_w_ih = sgemm(np.ascontiguousarray(cache.inputs.T), all_gates, threads=threads, q_transposed=True).T
    previous = np.concatenate(cache.hiddens[:-1], axis=0)
    if cache.order[0] == 0:  # forward direction: the steps after the first, then the first onto them
        rest = None
        if steps > 1:
            rest = sgemm(np.ascontiguousarray(previous[batch:].T), all_gates[batch:], threads=threads,
                         q_transposed=True)
        d_w_hh = sgemm(np.ascontiguousarray(previous[:batch].T), all_gates[:batch], rest, threads,
                       q_transposed=True).T
    else:
        d_w_hh = sgemm(np.ascontiguousarray(previous.T), all_gates, threads=threads, q_transposed=True).T
    return d_input, np.ascontiguousarray(d_w_ih), np.ascontiguousarray(d_w_hh), d_bias, d_h_next, d_c_next

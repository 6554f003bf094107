"""float32 ``F.scaled_dot_product_attention`` as PyTorch's fused CPU kernel computes it, both ways.

PyTorch 2.13 sends 4-D float32 attention without dropout (and ``nn.MultiheadAttention`` /
``TransformerEncoderLayer`` in training, which reach it) to ATen's CPU "flash attention" kernel
(``ScaledDotProductFlashAttentionForCpuBackward0``). Its float32 steps, measured against PyTorch
on AVX512 (every element of forward and backward of random
shapes, batch 1-8, heads 1-8, sequences 1-64, head dim 4-64, with and without masks, causal):

Forward, per batch and head, the queries in blocks of 32 rows (64 from 192 rows, 256 from 768;
one block of keys up to 512), each block on one of ATen's threads with its own scratch buffer:

- ``q @ k^T`` through MKL's sgemm (``matmul.product``: the order depends on where the buffer
  and the query rows lie, so their offsets are passed), then times the scale, or with a mask
  ``fma(qk, scale, mask)`` (a boolean mask is 0 / -inf first); causal: -inf above the diagonal;
- the row's maximum; ``exp(x - max)`` by ATen's own ``exp_u20`` polynomial on whole vectors of
  16, the C library's double ``exp`` rounded to float on the rest of the row;
- the row sum: whole vectors lane by lane, the lanes folded in halves, then the rest in order;
- ``p @ v`` by MKL on the unnormalised exponentials, times ``1 / sum`` (a row with nothing to
  attend to stays 0); the log-sum-exp ``max + logf(sum)`` is kept for the backward.

Backward, per batch and head (one thread each), for each block of queries: ``sum(dO * O)`` per
row (``map2_reduce_all``: vector lanes, the leftover products added into the first lanes,
folded); ``scale * q @ k^T`` by MKL with ``alpha`` (+ mask); ``exp(x - lse)`` by SLEEF's
``expf``; then ``dV += p^T dO``, ``dP = dO v^T``, ``dS = p * (dP - sum)``, ``dQ += scale * dS k``,
``dK += scale * dS^T q``, each an MKL product with the gradients laid out as (B, L, H, D).
"""
from __future__ import annotations

from typing import Callable, Optional

import numpy as np

from autograd_tui.engine.parity import matmul
from autograd_tui.engine.parity.float32_math import _fma32, in_cache_blocks, sleef_expf, sleef_expf_nonpositive
from autograd_tui.engine.parity.libm import c_unary
from autograd_tui.engine.parity.softmax import _fold_lanes

_F32 = np.float32
_F64 = np.float64
LANES = 16  # ATen's Vectorized<float> on AVX512
KV_SPLIT = 512


def _bits(value: int) -> np.float32:
    return np.array([value], np.uint32).view(_F32)[0]


# ATen's exp_u20 (AVX512): its clamp bounds, log2(e), ln 2 and Taylor-like coefficients.
_LN_FLT_MIN = _bits(0xC2AEAC50)
_LN_FLT_MAX = _bits(0x42B17218)
_LOG2E = _bits(0x3FB8AA3B)
_LN2 = _F64(_bits(0x3F317218))
_EXP_U20_POLY = tuple(_F32(c) for c in (0.00828929059, 0.0418978221, 0.166676521, 0.499991506, 0.999999701, 1.0))


def q_split(length: int) -> int:
    """The kernel's block of query rows, chosen by the query length."""
    return 256 if length >= 768 else 64 if length >= 192 else 32


def covers(length: int, source: int, head_dim: int) -> bool:
    """Whether this shape takes the emulated path: one block of keys, every product small
    enough for ``matmul.product`` (beyond that the caller keeps its plain formula)."""
    rows = min(q_split(length), length)
    return (0 < source <= KV_SPLIT and length > 0 and head_dim > 0
            and matmul.covers(rows, head_dim, source) and matmul.covers(source, rows, head_dim))


@in_cache_blocks
def exp_u20(x: np.ndarray) -> np.ndarray:
    """ATen's ``Vectorized<float>::exp_u20`` (AVX512): n = floor(x log2(e) + 1/2) by a fused
    multiply-add, r = x - n ln 2 fused, a degree-5 polynomial in fused steps, times 2^(n-1)
    and 2; inputs below ln(FLT_MIN) give 0."""
    src = np.maximum(np.minimum(x, _LN_FLT_MAX), _LN_FLT_MIN)
    n = np.floor(_fma32(src, _LOG2E, _F32(0.5))).astype(_F32)
    # x - n ln 2 is exact in float64 (n has at most 8 bits), so one rounding is the fused one
    r = (src.astype(_F64) - n.astype(_F64) * _LN2).astype(_F32)
    poly = _fma32(r, _EXP_U20_POLY[0], _EXP_U20_POLY[1])
    for coefficient in _EXP_U20_POLY[2:]:
        poly = _fma32(r, poly, coefficient)
    exponent = n.astype(np.int32) - 1 + 127
    scale = np.where((x < _LN_FLT_MIN) | (exponent <= 0), 0, exponent << 23).astype(np.int32).view(_F32)
    with np.errstate(under="ignore"):
        return (poly * scale) * _F32(2)


def _row_exps(x: np.ndarray) -> np.ndarray:
    """``exp(x)`` of rows <= 0 as ``_exp_reduce_sum_fusion_kernel`` takes them: whole vectors by
    exp_u20, the rest by the double ``exp`` the scalar loop calls, rounded to float."""
    whole = x.shape[-1] // LANES * LANES
    out = np.empty_like(x)
    out[:, :whole] = exp_u20(x[:, :whole])
    with np.errstate(under="ignore"):
        out[:, whole:] = np.exp(x[:, whole:].astype(_F64)).astype(_F32)
    return out


def _row_sums(e: np.ndarray) -> np.ndarray:
    """Whole vectors added lane by lane, the lanes folded in halves, then the rest in order."""
    whole = e.shape[-1] // LANES * LANES
    if whole:
        acc = np.add.accumulate(e[:, :whole].reshape(e.shape[0], -1, LANES), axis=1)[:, -1]
        total = _fold_lanes(acc)
    else:
        total = np.zeros(e.shape[0], _F32)
    for j in range(whole, e.shape[-1]):
        total = total + e[:, j]
    return total


def _logf(x: np.ndarray) -> np.ndarray:
    found = c_unary("log", x)
    return np.log(x.astype(_F64)).astype(_F32) if found is None else found


def _dot_rows(g: np.ndarray, y: np.ndarray) -> np.ndarray:
    """``map2_reduce_all(x * y, +)`` over each row: shorter than a vector, the products added in
    order; else whole vectors lane by lane, the leftover products added to the first lanes,
    the lanes folded in halves."""
    products = g * y
    n = products.shape[-1]
    if n < LANES:
        return np.add.accumulate(products, axis=-1)[:, -1]
    whole = n // LANES
    acc = np.add.accumulate(products[:, :whole * LANES].reshape(-1, whole, LANES), axis=1)[:, -1]
    left = n - whole * LANES
    acc[:, :left] += products[:, whole * LANES:]
    return _fold_lanes(acc)


def _products(count: int, left: Callable[[int], np.ndarray], right: Callable[[int], np.ndarray],
              one: Callable[[int], np.ndarray], added: Optional[Callable[[int], np.ndarray]] = None,
              alpha: Optional[np.float32] = None, offset: Optional[Callable[[int], int]] = None,
              row_step: Optional[int] = None, left_offset: Optional[Callable[[int], int]] = None) -> list:
    """``one(i)``, block i's ``matmul.product`` at its own offsets, for every block. Blocks of one
    shape go in one stacked call where their kernel allows: MKL's packed kernel (whose order no
    offset changes), its in-order kernel with outputs equally far from a 16-byte boundary
    (``offset(i)``, rows ``row_step`` apart), its dot kernel with the rows of ``left`` so
    (``left_offset(i)``, rows ``row_step`` apart)."""
    groups: dict = {}
    for i in range(count):
        key = (left(i).shape, right(i).shape, 0 if offset is None else offset(i) % 4,
               0 if left_offset is None else left_offset(i) % 4)
        groups.setdefault(key, []).append(i)
    found: list = [None] * count
    for members in groups.values():
        stacked = None
        if len(members) > 1:
            lefts, rights = [left(i) for i in members], [right(i) for i in members]
            more = None if added is None else np.stack([added(i) for i in members])
            stacked = matmul.packed_stack(np.stack(lefts), np.stack(rights), more, alpha)
            if stacked is None and offset is not None:
                stacked = matmul.rows_vector_stack(lefts, rights, offset(members[0]), more, alpha, row_step)
            if stacked is None and left_offset is not None and row_step is not None and added is None:
                stacked = matmul.dots_stack(lefts, rights, left_offset(members[0]), row_step, alpha)
        for place, i in enumerate(members):
            found[i] = one(i) if stacked is None else stacked[place]
    return found


class _Plan:
    """Sizes, the work items (a batch, a head and a block of query rows each), the thread each
    runs on and where its scratch buffer starts."""

    def __init__(self, shape: tuple, source: int, items_per_head: bool, threads: int) -> None:
        self.batch, self.heads, self.length, self.dim = shape
        self.source = source
        self.rows = min(q_split(self.length), self.length)
        self.slices = -(-self.length // self.rows)
        self.items = self.batch * self.heads * (1 if items_per_head else self.slices)
        used = max(1, min(threads, self.items))
        self.chunk = -(-self.items // used)
        # MKL runs on the kernel's one thread inside ATen's parallel region; a single work item
        # runs outside it, where MKL may use every thread
        self.mkl_threads = threads if self.items == 1 else 1
        # every (batch, head, block of rows) in the kernel's order, and where its rows start
        # in a stack of all of them
        self.blocks = [(b, h, m, min(self.rows, self.length - m)) for b in range(self.batch)
                       for h in range(self.heads) for m in range(0, self.length, self.rows)]
        self.starts = np.cumsum([0] + [rows for *_, rows in self.blocks]).tolist()

    def thread(self, item: int) -> int:
        return item // self.chunk

    def stacked_mask(self, mask: Optional[np.ndarray]) -> Optional[np.ndarray]:
        """The additive mask's rows for every block, stacked as the blocks' rows are."""
        if mask is None:
            return None
        full = np.broadcast_to(mask, (self.batch, self.heads, self.length, self.source))
        return full.reshape(-1, self.source)  # blocks cover each (batch, head)'s rows in order

    def causal_above(self) -> np.ndarray:
        """For every stacked row, the keys after its query's position (causal: not attended)."""
        positions = np.tile(np.arange(self.length), self.batch * self.heads)
        return np.arange(self.source)[None, :] > positions[:, None]


def forward(q: np.ndarray, k: np.ndarray, v: np.ndarray, mask: Optional[np.ndarray], causal: bool,
            scale: float, threads: int) -> tuple[np.ndarray, np.ndarray]:
    """Output (B, H, L, D) and the float32 log-sum-exp (B, H, L). ``mask``: float32 additive,
    broadcastable to (B, H, L, S). Products one block at a time (MKL's order depends on where
    each lies), the rest over every block's rows at once."""
    plan = _Plan(q.shape, k.shape[2], False, threads)
    rows_max, source = plan.rows, plan.source
    per_thread = rows_max * source + 2 * rows_max + rows_max * plan.dim
    blocks = plan.blocks

    def query(i: int) -> np.ndarray:
        b, h, m, rows = blocks[i]
        return q[b, h, m:m + rows]

    def keys_t(i: int) -> np.ndarray:
        return k[blocks[i][0], blocks[i][1]].T

    query_rows_apart = q.strides[2] // q.itemsize
    qk = np.concatenate(_products(len(blocks), query, keys_t, lambda i: matmul.product(
        query(i), keys_t(i), plan.mkl_threads, c_offset=plan.thread(i) * per_thread),
        row_step=query_rows_apart, left_offset=lambda i: matmul._offset(query(i))))
    if causal:
        qk[plan.causal_above()] = -np.inf
    added = plan.stacked_mask(mask)
    scale32 = _F32(scale)
    qk = qk * scale32 if added is None else _fma32(qk, scale32, added)
    high = np.maximum.reduce(qk, axis=1)
    empty = np.isneginf(high)
    with np.errstate(invalid="ignore"):
        e = _row_exps(qk - high[:, None])
    e[empty] = 0
    total = _row_sums(e)
    starts = plan.starts

    def weights(i: int) -> np.ndarray:
        return e[starts[i]:starts[i + 1]]

    def values(i: int) -> np.ndarray:
        return v[blocks[i][0], blocks[i][1]]

    past_scores = rows_max * source + 2 * rows_max  # the block's output after its scores, maxima and sums
    def dst_offset(i: int) -> int:
        return plan.thread(i) * per_thread + past_scores

    dst = np.concatenate(_products(len(blocks), weights, values, lambda i: matmul.product(
        weights(i), values(i), plan.mkl_threads, c_offset=dst_offset(i)), offset=dst_offset))
    total[total == 0] = 1
    out = dst * (_F32(1) / total)[:, None]
    lse = np.where(empty, _F32(0), high) + _logf(total)
    shape = (plan.batch, plan.heads, plan.length)
    return out.reshape(shape + (plan.dim,)), lse.reshape(shape)


def backward(grad: np.ndarray, q: np.ndarray, k: np.ndarray, v: np.ndarray, out: np.ndarray, lse: np.ndarray,
             mask: Optional[np.ndarray], causal: bool, scale: float,
             threads: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The gradients of q, k and v, each (B, H, ., D) laid out as (B, ., H, D)."""
    plan = _Plan(q.shape, k.shape[2], True, threads)
    batch, heads, length, dim, source = plan.batch, plan.heads, plan.length, plan.dim, plan.source
    rows_max, blocks, starts = plan.rows, plan.blocks, plan.starts
    scale32 = _F32(scale)
    grad_rows = np.ascontiguousarray(grad.transpose(0, 2, 1, 3))  # the kernel's grad_out.contiguous()
    step = heads * dim
    per_thread = 2 * rows_max * source
    slices = plan.slices

    def buffer(index: int) -> int:  # a block's thread: one per (batch, head) here
        return plan.thread(index // slices) * per_thread

    sums = _dot_rows(grad.reshape(-1, dim), np.ascontiguousarray(out).reshape(-1, dim))

    def query(i: int) -> np.ndarray:
        b, h, m, rows = blocks[i]
        return q[b, h, m:m + rows]

    def keys(i: int) -> np.ndarray:
        return k[blocks[i][0], blocks[i][1]]

    def values_t(i: int) -> np.ndarray:
        return v[blocks[i][0], blocks[i][1]].T

    def grad_block(i: int) -> np.ndarray:
        b, h, m, rows = blocks[i]
        return grad_rows[b, m:m + rows, h]

    def go_offset(i: int) -> int:
        b, h, m, _ = blocks[i]
        return b * length * step + m * step + h * dim

    count = len(blocks)
    attn = np.concatenate(_products(count, query, lambda i: keys(i).T, lambda i: matmul.product(
        query(i), keys(i).T, plan.mkl_threads, c_offset=buffer(i), alpha=scale32), alpha=scale32,
        row_step=q.strides[2] // q.itemsize, left_offset=lambda i: matmul._offset(query(i))))
    added = plan.stacked_mask(mask)
    if added is not None:
        attn = attn + added
    with np.errstate(invalid="ignore"):
        shifted = attn - lse.reshape(-1, 1)
        # (recomputed, a score may end a rounding above its row's log-sum-exp)
        attn = sleef_expf_nonpositive(shifted) if np.maximum.reduce(shifted, axis=None) <= 0 else sleef_expf(shifted)
    if causal:
        attn[plan.causal_above()] = 0
    d_attn = np.concatenate(_products(count, grad_block, values_t, lambda i: matmul.product(
        grad_block(i), values_t(i), plan.mkl_threads, c_offset=buffer(i) + rows_max * source, a_offset=go_offset(i)),
        row_step=step, left_offset=go_offset))
    d_attn = attn * (d_attn - sums[:, None])
    d_q = np.zeros((batch, length, heads, dim), _F32)
    d_k = np.zeros((batch, source, heads, dim), _F32)
    d_v = np.zeros((batch, source, heads, dim), _F32)

    def weights(i: int) -> np.ndarray:
        return attn[starts[i]:starts[i + 1]]

    def scores(i: int) -> np.ndarray:
        return d_attn[starts[i]:starts[i + 1]]

    def add_block_products(chosen: list) -> None:
        """d_v, d_q and d_k of the chosen blocks (one per (batch, head)), added to each one's sums."""
        where = [blocks[i] for i in chosen]

        def kv_rows(grads: np.ndarray) -> Callable[[int], np.ndarray]:
            return lambda j: grads[where[j][0], :, where[j][1]]

        def kv_offset(j: int) -> int:
            return where[j][0] * source * step + where[j][1] * dim

        def q_rows(j: int) -> np.ndarray:
            b, h, m, rows = where[j]
            return d_q[b, m:m + rows, h]

        def p_t(j: int) -> np.ndarray:
            return weights(chosen[j]).T

        def ds(j: int) -> np.ndarray:
            return scores(chosen[j])

        def go(j: int) -> np.ndarray:
            return grad_block(chosen[j])

        def key_rows(j: int) -> np.ndarray:
            return keys(chosen[j])

        def query_rows(j: int) -> np.ndarray:
            return query(chosen[j])

        count = len(chosen)
        found_v = _products(count, p_t, go, lambda j: matmul.product(
            p_t(j), go(j), plan.mkl_threads, added=kv_rows(d_v)(j), c_offset=kv_offset(j), c_row_step=step),
            added=kv_rows(d_v), offset=kv_offset, row_step=step)
        found_q = _products(count, ds, key_rows, lambda j: matmul.product(
            ds(j), key_rows(j), plan.mkl_threads, added=q_rows(j), c_offset=go_offset(chosen[j]), alpha=scale32,
            c_row_step=step), added=q_rows, alpha=scale32, offset=lambda j: go_offset(chosen[j]), row_step=step)
        found_k = _products(count, lambda j: ds(j).T, query_rows, lambda j: matmul.product(
            ds(j).T, query_rows(j), plan.mkl_threads, added=kv_rows(d_k)(j), c_offset=kv_offset(j), alpha=scale32,
            c_row_step=step), added=kv_rows(d_k), alpha=scale32, offset=kv_offset, row_step=step)
        for j, (b, h, m, rows) in enumerate(where):
            d_v[b, :, h], d_q[b, m:m + rows, h], d_k[b, :, h] = found_v[j], found_q[j], found_k[j]

    # each (batch, head) adds its blocks of queries in turn into d_k and d_v: all first blocks,
    # then all second ones, ...
    for first in range(slices):
        add_block_products(list(range(first, count, slices)))
    return d_q.transpose(0, 2, 1, 3), d_k.transpose(0, 2, 1, 3), d_v.transpose(0, 2, 1, 3)

"""float32 ``F.scaled_dot_product_attention`` as PyTorch's fused CPU kernel computes it, both ways.

PyTorch 2.13 sends 4-D float32 attention without dropout (and ``nn.MultiheadAttention`` /
``TransformerEncoderLayer`` in training, which reach it) to ATen's CPU "flash attention" kernel
(``ScaledDotProductFlashAttentionForCpuBackward0``). Its float32 steps, measured against PyTorch
on AVX512 (``tools/check_flash_attention.py``: every element of forward and backward of random
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

from typing import Optional

import numpy as np

from autograd_tui.engine.parity import matmul
from autograd_tui.engine.parity.float32_math import _fma32, sleef_expf
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


class _Plan:
    """Sizes, the thread each work item runs on and where its scratch buffer starts."""

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

    def thread(self, item: int) -> int:
        return item // self.chunk


def _mask_rows(mask: Optional[np.ndarray], shape: tuple, b: int, h: int, m: int, rows: int) -> Optional[np.ndarray]:
    if mask is None:
        return None
    return np.broadcast_to(mask, shape)[b, h, m:m + rows]


def _causal(block: np.ndarray, m: int, fill) -> np.ndarray:
    rows, cols = block.shape
    above = np.arange(cols)[None, :] > (m + np.arange(rows))[:, None]
    return np.where(above, fill, block)


def forward(q: np.ndarray, k: np.ndarray, v: np.ndarray, mask: Optional[np.ndarray], causal: bool,
            scale: float, threads: int) -> tuple[np.ndarray, np.ndarray]:
    """Output (B, H, L, D), laid out in memory as (B, L, H, D) as the kernel writes it, and the
    float32 log-sum-exp (B, H, L). ``mask``: float32 additive, broadcastable to (B, H, L, S)."""
    plan = _Plan(q.shape, k.shape[2], False, threads)
    rows_max, source = plan.rows, plan.source
    out = np.empty((plan.batch, plan.length, plan.heads, plan.dim), _F32).transpose(0, 2, 1, 3)
    lse = np.empty((plan.batch, plan.heads, plan.length), _F32)
    full_shape = (plan.batch, plan.heads, plan.length, source)
    scale32 = _F32(scale)
    per_thread = rows_max * source + 2 * rows_max + rows_max * plan.dim
    for item in range(plan.items):
        b, rest = divmod(item, plan.heads * plan.slices)
        h, block = divmod(rest, plan.slices)
        m = block * rows_max
        rows = min(rows_max, plan.length - m)
        buffer = plan.thread(item) * per_thread
        qk = matmul.product(q[b, h, m:m + rows], k[b, h].T, plan.mkl_threads, c_offset=buffer)
        if causal:
            qk = _causal(qk, m, _F32(-np.inf))
        added = _mask_rows(mask, full_shape, b, h, m, rows)
        qk = qk * scale32 if added is None else _fma32(qk, scale32, added)
        high = np.maximum.reduce(qk, axis=1)
        empty = np.isneginf(high)
        with np.errstate(invalid="ignore"):
            e = _row_exps(qk - high[:, None])
        e[empty] = 0
        total = _row_sums(e)
        dst = matmul.product(e, v[b, h], plan.mkl_threads, c_offset=buffer + rows_max * source + 2 * rows_max)
        total[total == 0] = 1
        out[b, h, m:m + rows] = dst * (_F32(1) / total)[:, None]
        lse[b, h, m:m + rows] = np.where(empty, _F32(0), high) + _logf(total)
    return out, lse


def backward(grad: np.ndarray, q: np.ndarray, k: np.ndarray, v: np.ndarray, out: np.ndarray, lse: np.ndarray,
             mask: Optional[np.ndarray], causal: bool, scale: float,
             threads: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The gradients of q, k and v, each (B, H, ., D) laid out as (B, ., H, D)."""
    plan = _Plan(q.shape, k.shape[2], True, threads)
    batch, heads, length, dim, source = plan.batch, plan.heads, plan.length, plan.dim, plan.source
    rows_max = plan.rows
    full_shape = (batch, heads, length, source)
    scale32 = _F32(scale)
    grad_rows = np.ascontiguousarray(grad.transpose(0, 2, 1, 3))  # the kernel's grad_out.contiguous()
    out_rows = out.transpose(0, 2, 1, 3)
    d_q = np.zeros((batch, length, heads, dim), _F32)
    d_k = np.zeros((batch, source, heads, dim), _F32)
    d_v = np.zeros((batch, source, heads, dim), _F32)
    step = heads * dim
    per_thread = 2 * rows_max * source
    for item in range(plan.items):
        b, h = divmod(item, heads)
        buffer = plan.thread(item) * per_thread
        threads_here = plan.mkl_threads
        kv_offset = b * source * step + h * dim
        for m in range(0, length, rows_max):
            rows = min(rows_max, length - m)
            go = grad_rows[b, m:m + rows, h]
            sums = _dot_rows(go, out_rows[b, m:m + rows, h])
            attn = matmul.product(q[b, h, m:m + rows], k[b, h].T, threads_here, c_offset=buffer, alpha=scale32)
            added = _mask_rows(mask, full_shape, b, h, m, rows)
            if added is not None:
                attn = attn + added
            with np.errstate(invalid="ignore"):
                attn = sleef_expf(attn - lse[b, h, m:m + rows, None])
            if causal:
                attn = _causal(attn, m, _F32(0))
            d_v[b, :, h] = matmul.product(attn.T, go, threads_here, added=d_v[b, :, h], c_offset=kv_offset,
                                          c_row_step=step)
            d_attn = matmul.product(go, v[b, h].T, threads_here, c_offset=buffer + rows_max * source,
                                    a_offset=b * length * step + m * step + h * dim)
            d_attn = attn * (d_attn - sums[:, None])
            d_q[b, m:m + rows, h] = matmul.product(d_attn, k[b, h], threads_here, added=d_q[b, m:m + rows, h],
                                                   c_offset=b * length * step + m * step + h * dim,
                                                   alpha=scale32, c_row_step=step)
            d_k[b, :, h] = matmul.product(d_attn.T, q[b, h, m:m + rows], threads_here, added=d_k[b, :, h],
                                          c_offset=kv_offset, alpha=scale32, c_row_step=step)
    return d_q.transpose(0, 2, 1, 3), d_k.transpose(0, 2, 1, 3), d_v.transpose(0, 2, 1, 3)

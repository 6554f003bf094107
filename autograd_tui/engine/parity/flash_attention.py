"""float32 and float64 ``F.scaled_dot_product_attention`` as PyTorch's fused CPU kernel computes it.

PyTorch 2.13 sends 4-D float32 and float64 attention without dropout (and
``nn.MultiheadAttention`` / ``TransformerEncoderLayer`` in training, which reach it) to ATen's
CPU "flash attention" kernel (``ScaledDotProductFlashAttentionForCpuBackward0``). Its steps,
measured against PyTorch on AVX512 (every element of forward and backward of random shapes,
batch 1-8, heads 1-8, queries 1-300, keys 1-1800, head dim 4-64, with and without masks, causal):

Forward, per batch and head, the queries in blocks of 32 rows (64 from 192 rows, 256 from 768),
each block on one of ATen's threads with its own scratch buffer, the keys in blocks of 512:

- ``q @ k^T`` through MKL's gemm (``matmul.product``: the order depends on where the buffer
  and the query rows lie, so their offsets are passed), then times the scale, or with a mask
  ``fma(qk, scale, mask)`` (a boolean mask is 0 / -inf first); causal: -inf above the diagonal,
  and no block of keys after a block of queries' last query;
- the row's maximum with the running one; ``exp(x - max)`` by ``exp_u20`` on whole vectors
  (float32: ATen's own polynomial, 16 lanes; float64: SLEEF's ``expd``, 8 lanes), the C
  library's double ``exp`` on the rest of the row;
- the row sum: whole vectors lane by lane, the lanes folded (float32 in halves, float64 one
  after another), then the rest in order; from the second block of keys on, the running sum
  and output are first scaled by ``std::exp(old max - new max)`` (glibc), the sum by a fused
  ``change * sum + block sum``;
- ``p @ v`` by MKL on the unnormalised exponentials, onto the output (``beta = 1`` after the
  first block), then times ``1 / sum`` (a row with nothing to attend to stays 0); the
  log-sum-exp ``max + log(sum)`` (glibc) is kept for the backward.

Backward, per batch and head (one thread each), for each block of queries and each block of
keys: ``sum(dO * O)`` per row (``map2_reduce_all``: vector lanes, the leftover products added
into the first lanes, folded); ``scale * q @ k^T`` by MKL with ``alpha`` (+ mask);
``exp(x - lse)`` by SLEEF on every element; then ``dV += p^T dO``, ``dP = dO v^T``,
``dS = p * (dP - sum)``, ``dQ += scale * dS k``, ``dK += scale * dS^T q``, each an MKL product
with the gradients laid out as (B, L, H, D). float64 products go through ``matmul64``, whose
dgemm strips beside the packed tiles are not always MKL's (docs/parity-float32-math.md).
"""
from __future__ import annotations

from typing import Callable, Optional

import numpy as np

from autograd_tui.engine.parity import matmul, matmul64, sleef64
from autograd_tui.engine.parity.float32_math import (_fma32, _fma32_held, glibc_expf, in_cache_blocks, sleef_expf,
                                                     sleef_expf_nonpositive)
from autograd_tui.engine.parity.libm import c_everywhere
from autograd_tui.engine.parity.onednn_gelu import _LN_2, _LN_FLT_MAX, _LN_FLT_MIN, _LOG2_E
from autograd_tui.engine.parity.softmax import _fold_lanes, row_sums

_F32 = np.float32
_F64 = np.float64
LANES = 16  # ATen's Vectorized<float> on AVX512 (Vectorized<double>: 8)
KV_SPLIT = 512

# ATen's exp_u20 (AVX512) shares oneDNN's clamp bounds, log2(e) and ln 2; its own coefficients:
_EXP_U20_POLY = tuple(_F32(c) for c in (0.00828929059, 0.0418978221, 0.166676521, 0.499991506, 0.999999701, 1.0))
_LN2 = _F64(_LN_2)
_log = c_everywhere(np.log, "log")  # glibc's logf (log for double), as ``std::log`` calls it
_exp_c = c_everywhere(np.exp, "exp")  # glibc's expf (exp for double), as ``std::exp`` calls it


def q_split(length: int) -> int:
    """The kernel's block of query rows, chosen by the query length."""
    return 256 if length >= 768 else 64 if length >= 192 else 32


def covers(length: int, source: int, head_dim: int, dtype: type = _F32) -> bool:
    """Whether this shape takes the emulated path. float32: every product within ``matmul.MAX_K``
    terms (the blocks' products are MKL's packed kernel, or small, whatever the total work);
    float64: every block's product within ``matmul64.covers`` and numpy's BLAS fusing in order."""
    if not (length > 0 and source > 0 and head_dim > 0):
        return False
    rows, width = min(q_split(length), length), min(KV_SPLIT, source)
    if dtype is _F64:
        return (matmul64.covers(rows, head_dim, width) and matmul64.covers(width, rows, head_dim)
                and matmul64._gemm_fuses_in_order())
    return max(source, head_dim, rows) <= matmul.MAX_K


@in_cache_blocks
def exp_u20(x: np.ndarray) -> np.ndarray:
    """ATen's ``Vectorized<float>::exp_u20`` (AVX512): n = floor(x log2(e) + 1/2) by a fused
    multiply-add, r = x - n ln 2 fused, a degree-5 polynomial in fused steps, times 2^(n-1)
    and 2; inputs below ln(FLT_MIN) give 0."""
    src = np.maximum(np.minimum(x, _LN_FLT_MAX), _LN_FLT_MIN)
    n = np.floor(_fma32(src, _LOG2_E, _F32(0.5))).astype(_F32)
    # x - n ln 2 is exact in float64 (n has at most 8 bits), so one rounding is the fused one
    r = (src.astype(_F64) - n.astype(_F64) * _LN2).astype(_F32).astype(_F64)
    # the polynomial's steps held in float64 (each rounded once to a float32 value); every step
    # adds a coefficient at least 8 times its product (|r| <= ln 2 / 2), far above subnormals
    poly = _fma32_held(r, _F64(_EXP_U20_POLY[0]), _F64(_EXP_U20_POLY[1]), tiny=False)
    for coefficient in _EXP_U20_POLY[2:]:
        poly = _fma32_held(r, poly, _F64(coefficient), tiny=False)
    exponent = n.astype(np.int32) - 1 + 127
    scale = np.where((x < _LN_FLT_MIN) | (exponent <= 0), 0, exponent << 23).astype(np.int32).view(_F32)
    with np.errstate(under="ignore"):
        return (poly.astype(_F32) * scale) * _F32(2)


# ATen's fexp_u20 (Malossi et al.'s fast exponential): 2^t with t = x log2(e), the fraction's
# correction a cubic in Horner form, the float's bits made from the corrected t by truncation
_FEXP_POLY = tuple(_F32(c) for c in (-0.079204240219773236, -0.22433836478672356, 0.30354260500649682,
                                     0.00010703434948458272))
_TWO_23 = _F32(2.0 ** 23)


def fexp_u20(x: np.ndarray) -> np.ndarray:
    """ATen's ``Vectorized<float>::fexp_u20`` (AVX512), which its half-precision attention takes for
    the exponentials: t = x * log2(e) rounded, f = t - floor(t), p(f) by fused steps, then the
    int32 truncation of fma(2^23, t - p(f), 2^23 * 127) read as a float's bits (about 1e-4 relative
    error); below ln(FLT_MIN) 0, above ln(FLT_MAX) infinity."""
    t = (x * _LOG2_E).astype(_F32)
    f = (t - np.floor(t)).astype(_F32)
    poly = _fma32(f, _FEXP_POLY[0], _FEXP_POLY[1])
    poly = _fma32(f, poly, _FEXP_POLY[2])
    poly = _fma32(f, poly, _FEXP_POLY[3])
    with np.errstate(invalid="ignore", over="ignore"):
        bits = np.trunc(_fma32(_TWO_23, (t - poly).astype(_F32), _F32(2.0 ** 23 * 127)).astype(_F64))
        bits = np.clip(np.nan_to_num(bits, nan=0.0), np.iinfo(np.int32).min, np.iinfo(np.int32).max)
    out = bits.astype(np.int32).view(_F32)
    out = np.where(x < _LN_FLT_MIN, _F32(0), out)
    return np.where(x > _LN_FLT_MAX, _F32(np.inf), out).astype(_F32)


def _row_exps(x: np.ndarray, fast: bool = False) -> np.ndarray:
    """``exp(x)`` of rows <= 0 as ``_exp_reduce_sum_fusion_kernel`` takes them: whole vectors by
    ``exp_u20`` (float32: ATen's own, or ``fexp_u20`` with ``fast``; float64: SLEEF's ``expd8_u10``,
    which it calls), the rest by the double ``exp`` the scalar loop calls (rounded to float)."""
    lanes = _lanes(x)
    whole = x.shape[-1] // lanes * lanes
    if x.dtype == _F64:
        return sleef64.exp_vector_or_scalar(x, np.broadcast_to(np.arange(x.shape[-1]) < whole, x.shape))
    out = np.empty_like(x)
    out[:, :whole] = (fexp_u20 if fast else exp_u20)(x[:, :whole])
    with np.errstate(under="ignore"):
        out[:, whole:] = np.exp(x[:, whole:].astype(_F64)).astype(_F32)
    return out


def _fma(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    """``a * b + c`` rounded once (exact in either type: infinite terms too)."""
    return _fma32(a, b, c) if c.dtype == _F32 else sleef64.fma(a, b, c)


def _lanes(x: np.ndarray) -> int:
    return LANES if x.dtype == _F32 else LANES // 2


def _reduce_lanes(acc: np.ndarray) -> np.ndarray:
    """ATen's ``vec_reduce_all`` of ``+``: float32 folds the lanes in halves (its AVX512
    shuffles), double has no such form and adds lane after lane."""
    if acc.dtype == _F32:
        return _fold_lanes(acc)
    total = acc[:, 0]
    for j in range(1, acc.shape[1]):
        total = total + acc[:, j]
    return total


def _exp_row_sums(e: np.ndarray) -> np.ndarray:
    """The fusion kernel's sum: whole vectors added lane by lane, the lanes folded in halves,
    then the rest in order (unlike ``softmax.row_sums``, which adds the rest into the lanes)."""
    width = _lanes(e)
    whole = e.shape[-1] // width * width
    if whole:
        lanes = e[:, :width]
        for j in range(width, whole, width):  # (one add a vector: in order, without accumulate's copies)
            lanes = lanes + e[:, j:j + width]
        total = _reduce_lanes(lanes)
    else:
        total = np.zeros(e.shape[0], e.dtype)
    for j in range(whole, e.shape[-1]):
        total = total + e[:, j]
    return total


def _dot_rows(g: np.ndarray, y: np.ndarray) -> np.ndarray:
    """``map2_reduce_all(x * y, +)`` over each row: float32 as softmax's row sums; float64 the
    same steps (whole vectors lane by lane, the leftover products added into the first lanes;
    shorter than a vector, in order), its lanes then added one after another."""
    products = np.multiply(g, y)
    if products.dtype == _F32:
        return row_sums(products)
    lanes = _lanes(products)
    whole = products.shape[1] // lanes * lanes
    if not whole:
        return _reduce_lanes(products)
    acc = products[:, :lanes].copy()
    for j in range(lanes, whole, lanes):
        acc += products[:, j:j + lanes]
    left = products.shape[1] - whole
    acc[:, :left] += products[:, whole:]
    return _reduce_lanes(acc)


def _products(members: list, left: Callable[[int], np.ndarray], right: Callable[[int], np.ndarray],
              one: Callable[[int], np.ndarray], added: Optional[Callable[[int], np.ndarray]] = None,
              alpha: Optional[np.float32] = None, offset: Optional[Callable[[int], int]] = None,
              row_step: Optional[int] = None, left_offset: Optional[Callable[[int], int]] = None) -> list:
    """``one(i)``, block i's ``matmul.product`` at its own offsets, for every block of ``members``
    (where MKL's packed kernel does not take them all at once, ``_stacked``). Blocks of one
    shape go in one stacked call where their kernel allows: its in-order kernel with outputs
    equally far from a 16-byte boundary (``offset(i)``, rows ``row_step`` apart), its dot kernel
    with the rows of ``left`` so (``left_offset(i)``, rows ``row_step`` apart)."""
    groups: dict = {}
    for i in members:
        key = (0 if offset is None else offset(i) % 4, 0 if left_offset is None else left_offset(i) % 4)
        groups.setdefault(key, []).append(i)
    found: dict = {}
    for chosen in groups.values():
        stacked = None
        if len(chosen) > 1 and left(chosen[0]).dtype == _F32:
            lefts, rights = [left(i) for i in chosen], [right(i) for i in chosen]
            more = None if added is None else np.stack([added(i) for i in chosen])
            if offset is not None:
                stacked = matmul.rows_vector_stack(lefts, rights, offset(chosen[0]), more, alpha, row_step)
            if stacked is None and left_offset is not None and row_step is not None and added is None:
                stacked = matmul.dots_stack(lefts, rights, left_offset(chosen[0]), row_step, alpha)
        for place, i in enumerate(chosen):
            found[i] = one(i) if stacked is None else stacked[place]
    return [found[i] for i in members]


def _stacked(lefts: np.ndarray, rights: np.ndarray, members: list, each: Callable[[list], list],
             added: Optional[np.ndarray] = None, alpha: Optional[np.float32] = None) -> np.ndarray:
    """The products of the blocks ``members`` (their operands stacked: ``lefts`` (N, m, k),
    ``rights`` (N, k, n), ``added`` (N, m, n)) as MKL computes each on one thread: its packed
    kernel (m >= 4, n >= 12, whose order no offset changes) in one OpenBLAS call per block of
    k (``matmul._k_blocks``, each block's sums added in turn, as ``matmul.product``), else
    ``each(members)``, one product at its offsets each."""
    m, k = lefts.shape[1:]
    n = rights.shape[2]
    if len(members) > 1 and m >= 4 and n >= 12 and k >= 2 and lefts.dtype == _F32:
        panel = np.ascontiguousarray(rights if alpha is None else np.multiply(rights, alpha))
        sums = []
        for first, end in matmul._k_blocks(k):
            block = matmul.packed_stack(lefts[:, :, first:end], panel[:, first:end])
            if block is None:  # (a zero a tiny operand may have signed: one product at a time)
                break
            sums.append(block)
        else:
            acc = sums[0] if added is None else np.add(added, sums[0], dtype=_F32)
            for block in sums[1:]:
                acc = np.add(acc, block, dtype=_F32)
            return acc
    return np.stack(each(members))


def _repeated(x: np.ndarray, count: int) -> np.ndarray:
    """(B, H, r, c) as (B * H * count, r, c): each (batch, head)'s matrix once for each of its
    ``count`` blocks of queries, C-ordered as ``np.stack`` of the blocks' own would be."""
    batch, heads, rows, cols = x.shape
    tiled = np.broadcast_to(x[:, :, None], (batch, heads, count, rows, cols))
    return np.ascontiguousarray(tiled).reshape(-1, rows, cols)


def _product(dtype: np.dtype) -> Callable[..., np.ndarray]:
    """MKL's product of the dtype (``matmul.product``'s arguments)."""
    return matmul.product if dtype == _F32 else _product64


def _product64(a: np.ndarray, b: np.ndarray, threads: int = 1, added: Optional[np.ndarray] = None,
               c_offset: int = 0, a_offset: Optional[int] = None, alpha: Optional[np.floating] = None,
               c_row_step: Optional[int] = None) -> np.ndarray:
    """``matmul64.product`` (MKL's dgemm where measured: its packed tiles exactly; the strips of
    rows and columns beside them, which take ``a``'s alignment and the output's row step, not
    always: the float64 path's last-digit misses)."""
    found = matmul64.product(a, b, added, c_offset, alpha)
    if found is None:
        raise AssertionError("numpy's BLAS no longer fuses in order")  # (``covers`` asked it did)
    return found


class _Plan:
    """Sizes, the work items (a batch, a head and a block of query rows each), the thread each
    runs on and where its scratch buffer starts."""

    def __init__(self, shape: tuple, source: int, items_per_head: bool, threads: int) -> None:
        self.batch, self.heads, self.length, self.dim = shape
        self.source = source
        self.rows = min(q_split(self.length), self.length)
        self.kv_split = min(KV_SPLIT, source)
        self.slices = -(-self.length // self.rows)
        self.items = self.batch * self.heads * (1 if items_per_head else self.slices)
        used = max(1, min(threads, self.items))
        self.chunk = -(-self.items // used)
        # MKL runs on the kernel's one thread inside ATen's parallel region; a single work item
        # runs outside it, where MKL may use every thread
        self.mkl_threads = threads if self.items == 1 else 1
        # every (batch, head, block of rows) in the kernel's order
        self.blocks = [(b, h, m, min(self.rows, self.length - m)) for b in range(self.batch)
                       for h in range(self.heads) for m in range(0, self.length, self.rows)]
        # the blocks of one row count together: (first row, rows, blocks of each (batch, head))
        whole = self.length // self.rows
        self.groups = [(0, self.rows, whole)] + ([(whole * self.rows, self.length % self.rows, 1)]
                                                 if self.length % self.rows else [])
        self.kv_blocks = [(n, min(self.kv_split, source - n)) for n in range(0, source, self.kv_split)]

    def thread(self, item: int) -> int:
        return item // self.chunk

    def members(self, first: int, count: int) -> list:
        """The indices of the blocks of rows first, first + rows, ... (count of them) of every
        (batch, head), in the kernel's order."""
        start = first // self.rows
        return [bh * self.slices + s for bh in range(self.batch * self.heads) for s in range(start, start + count)]

    def keys_seen(self, first: int, rows: int, causal: bool) -> int:
        """How many keys a block of queries reads (causal: none after its last query)."""
        return min(first + rows, self.source) if causal else self.source

    def mask_block(self, mask: Optional[np.ndarray], n: int, width: int) -> Optional[np.ndarray]:
        """The additive mask's columns n.. of every row, (B * H * L, width)."""
        if mask is None:
            return None
        full = np.broadcast_to(mask, (self.batch, self.heads, self.length, self.source))
        return full[..., n:n + width].reshape(-1, width)

    def causal_above(self, n: int, width: int) -> np.ndarray:
        """For every row, the keys n.. after its query's position (causal: not attended)."""
        positions = np.tile(np.arange(self.length), self.batch * self.heads)
        return np.arange(n, n + width)[None, :] > positions[:, None]

    def rows_reading(self, n: int, causal: bool) -> Optional[np.ndarray]:
        """Causal: which rows' blocks read the keys from n on (None: all of them)."""
        if not causal or n == 0:
            return None
        ends = np.minimum(np.arange(self.length) // self.rows * self.rows + self.rows, self.length)
        return np.tile(ends > n, self.batch * self.heads)


def forward(q: np.ndarray, k: np.ndarray, v: np.ndarray, mask: Optional[np.ndarray], causal: bool,
            scale: float, threads: int, round_weights: Optional[Callable[[np.ndarray], np.ndarray]] = None,
            fast_exp: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Output (B, H, L, D) and the float32 log-sum-exp (B, H, L). ``mask``: float32 additive,
    broadcastable to (B, H, L, S). Each block of keys in turn (the online softmax: the running
    maximum, sum and output rescaled by ``expf`` of the maximum's change); the products by
    blocks of queries, stacked, the rest over every block's rows at once. ``round_weights``: the
    float16/bfloat16 kernel (float32 arithmetic on the inputs' values) rounds the unnormalised
    exponentials to the inputs' type before their product with v."""
    plan = _Plan(q.shape, k.shape[2], False, threads)
    batch, heads, length, dim = plan.batch, plan.heads, plan.length, plan.dim
    rows_max, blocks = plan.rows, plan.blocks
    per_thread = rows_max * plan.kv_split + 2 * rows_max + rows_max * dim
    scale32 = q.dtype.type(scale)
    query_rows_apart = q.strides[2] // q.itemsize
    past_scores = rows_max * plan.kv_split + 2 * rows_max  # the block's output after its scores, maxima and sums

    def query(i: int) -> np.ndarray:
        b, h, m, rows = blocks[i]
        return q[b, h, m:m + rows]

    def dst_offset(i: int) -> int:
        return plan.thread(i) * per_thread + past_scores

    kind = q.dtype.type
    high = np.full(batch * heads * length, -np.inf, kind)
    total = np.zeros(batch * heads * length, kind)
    dst = np.zeros((batch, heads, length, dim), kind)
    for n, width in plan.kv_blocks:
        def keys_t(i: int, n: int = n, width: int = width) -> np.ndarray:
            return k[blocks[i][0], blocks[i][1], n:n + width].T

        qk = np.empty((batch, heads, length, width), kind)
        for first, rows, count in plan.groups:
            members = plan.members(first, count)
            qk[:, :, first:first + rows * count] = _stacked(
                q[:, :, first:first + rows * count].reshape(-1, rows, dim),
                _repeated(k[:, :, n:n + width].transpose(0, 1, 3, 2), count), members,
                lambda chosen: _products(chosen, query, keys_t, lambda i: _product(q.dtype)(
                    query(i), keys_t(i), plan.mkl_threads, c_offset=plan.thread(i) * per_thread),
                    row_step=query_rows_apart, left_offset=lambda i: matmul._offset(query(i)))
            ).reshape(batch, heads, rows * count, width)
        qk = qk.reshape(-1, width)
        if causal:
            qk[plan.causal_above(n, width)] = -np.inf
        added = plan.mask_block(mask, n, width)
        qk = qk * scale32 if added is None else _fma(qk, scale32, added)
        reading = plan.rows_reading(n, causal)
        block_high = np.maximum.reduce(qk, axis=1)
        new_high = np.where(high > block_high, high, block_high)
        live = ~np.isneginf(new_high) if reading is None else ~np.isneginf(new_high) & reading
        with np.errstate(invalid="ignore"):
            e = _row_exps(qk - new_high[:, None], fast_exp)
        e[~live] = 0
        if n:  # the running sums and outputs rescaled by exp(old max - new max)
            with np.errstate(invalid="ignore"):
                change = glibc_expf(high - new_high) if kind is _F32 else _exp_c(high - new_high)
            total = np.where(live, _fma(change, total, _exp_row_sums(e)), total)
            dst = np.where(live.reshape(batch, heads, length, 1), dst * change.reshape(batch, heads, length, 1), dst)
        else:
            total = np.where(live, _exp_row_sums(e), total)
        high = np.where(live, new_high, high)
        e4 = (e if round_weights is None else round_weights(e)).reshape(batch, heads, length, width)

        def weights(i: int, e4: np.ndarray = e4) -> np.ndarray:
            b, h, m, rows = blocks[i]
            return e4[b, h, m:m + rows]

        def values(i: int, n: int = n, width: int = width) -> np.ndarray:
            return v[blocks[i][0], blocks[i][1], n:n + width]

        def earlier(i: int, dst: np.ndarray = dst) -> np.ndarray:
            b, h, m, rows = blocks[i]
            return dst[b, h, m:m + rows]

        more: Optional[Callable[[int], np.ndarray]] = None if n == 0 else earlier

        def each(chosen: list, more: Optional[Callable[[int], np.ndarray]] = more) -> list:
            return _products(chosen, weights, values, lambda i: _product(q.dtype)(
                weights(i), values(i), plan.mkl_threads, added=None if more is None else more(i),
                c_offset=dst_offset(i)), added=more, offset=dst_offset)

        new_dst = np.empty_like(dst)
        for first, rows, count in plan.groups:
            part = slice(first, first + rows * count)
            new_dst[:, :, part] = _stacked(
                e4[:, :, part].reshape(-1, rows, width), _repeated(v[:, :, n:n + width], count),
                plan.members(first, count), each,
                added=None if n == 0 else dst[:, :, part].reshape(-1, rows, dim)).reshape(batch, heads, -1, dim)
        if reading is not None:  # (causal: blocks of queries before these keys leave their output)
            new_dst = np.where(reading.reshape(batch, heads, length, 1), new_dst, dst)
        dst = new_dst
    high = np.where(np.isneginf(high), kind(0), high)
    total[total == 0] = 1
    out = dst.reshape(-1, dim) * (kind(1) / total)[:, None]
    lse = high + _log(total)
    shape = (batch, heads, length)
    return out.reshape(shape + (dim,)), lse.reshape(shape)


def backward(grad: np.ndarray, q: np.ndarray, k: np.ndarray, v: np.ndarray, out: np.ndarray, lse: np.ndarray,
             mask: Optional[np.ndarray], causal: bool, scale: float, threads: int,
             round_weights: Optional[Callable[[np.ndarray], np.ndarray]] = None, fast_exp: bool = False
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The gradients of q, k and v, each (B, H, ., D) laid out as (B, ., H, D). ``round_weights``: as
    in ``forward``, the probabilities and their gradient rounded to the inputs' type before the products."""
    plan = _Plan(q.shape, k.shape[2], True, threads)
    batch, heads, length, dim, source = plan.batch, plan.heads, plan.length, plan.dim, plan.source
    rows_max, blocks, slices = plan.rows, plan.blocks, plan.slices
    scale32 = q.dtype.type(scale)
    grad_rows = np.ascontiguousarray(grad.transpose(0, 2, 1, 3))  # the kernel's grad_out.contiguous()
    step = heads * dim
    per_thread = 2 * rows_max * plan.kv_split
    query_rows_apart = q.strides[2] // q.itemsize
    # sum(dO * O) per row: map2_reduce_all, the reduction softmax's row sums make
    sums = _dot_rows(grad.reshape(-1, dim), np.ascontiguousarray(out).reshape(-1, dim))

    def buffer(index: int) -> int:  # a block's thread: one per (batch, head) here
        return plan.thread(index // slices) * per_thread

    def query(i: int) -> np.ndarray:
        b, h, m, rows = blocks[i]
        return q[b, h, m:m + rows]

    def grad_block(i: int) -> np.ndarray:
        b, h, m, rows = blocks[i]
        return grad_rows[b, m:m + rows, h]

    def go_offset(i: int) -> int:
        b, h, m, _ = blocks[i]
        return b * length * step + m * step + h * dim

    def block_rows(x: np.ndarray, first: int, rows: int, count: int) -> np.ndarray:
        return x[:, :, first:first + rows * count].reshape(-1, rows, x.shape[-1])

    kind = q.dtype.type
    d_q = np.zeros((batch, length, heads, dim), kind)
    d_k = np.zeros((batch, source, heads, dim), kind)
    d_v = np.zeros((batch, source, heads, dim), kind)
    for n, width in plan.kv_blocks:
        def keys(i: int, n: int = n, width: int = width) -> np.ndarray:
            return k[blocks[i][0], blocks[i][1], n:n + width]

        def values_t(i: int, n: int = n, width: int = width) -> np.ndarray:
            return v[blocks[i][0], blocks[i][1], n:n + width].T

        attn = np.empty((batch, heads, length, width), kind)
        d_attn = np.empty((batch, heads, length, width), kind)
        for first, rows, count in plan.groups:
            members, part = plan.members(first, count), slice(first, first + rows * count)
            attn[:, :, part] = _stacked(
                block_rows(q, first, rows, count), _repeated(k[:, :, n:n + width].transpose(0, 1, 3, 2), count),
                members, lambda chosen: _products(chosen, query, lambda i: keys(i).T, lambda i: _product(q.dtype)(
                    query(i), keys(i).T, plan.mkl_threads, c_offset=buffer(i), alpha=scale32), alpha=scale32,
                    row_step=query_rows_apart, left_offset=lambda i: matmul._offset(query(i))),
                alpha=scale32).reshape(batch, heads, -1, width)
            d_attn[:, :, part] = _stacked(
                block_rows(grad, first, rows, count), _repeated(v[:, :, n:n + width].transpose(0, 1, 3, 2), count),
                members, lambda chosen: _products(chosen, grad_block, values_t, lambda i: _product(q.dtype)(
                    grad_block(i), values_t(i), plan.mkl_threads, c_offset=buffer(i) + rows_max * plan.kv_split,
                    a_offset=go_offset(i)), row_step=step, left_offset=go_offset)).reshape(batch, heads, -1, width)
        attn = attn.reshape(-1, width)
        added = plan.mask_block(mask, n, width)
        if added is not None:
            attn = attn + added
        with np.errstate(invalid="ignore"):
            shifted = attn - lse.reshape(-1, 1)
            # (recomputed, a score may end a rounding above its row's log-sum-exp)
            if kind is _F64:  # (vec::map takes the last part vector too: SLEEF's on every element)
                attn = sleef64.expd(shifted)
            elif fast_exp:
                attn = fexp_u20(shifted)
            elif np.maximum.reduce(shifted, axis=None) <= 0:
                attn = sleef_expf_nonpositive(shifted)
            else:
                attn = sleef_expf(shifted)
        if causal:
            attn[plan.causal_above(n, width)] = 0
        d_attn = attn * (d_attn.reshape(-1, width) - sums[:, None])
        if round_weights is not None:
            attn, d_attn = round_weights(attn), round_weights(d_attn)
        _add_block_products(plan, blocks, n, width, attn.reshape(batch, heads, length, width),
                            d_attn.reshape(batch, heads, length, width), grad, grad_block, go_offset, q, k,
                            (d_q, d_k, d_v), scale32, causal, round_weights)
    return d_q.transpose(0, 2, 1, 3), d_k.transpose(0, 2, 1, 3), d_v.transpose(0, 2, 1, 3)


def _add_block_products(plan: _Plan, blocks: list, n: int, width: int, attn: np.ndarray, d_attn: np.ndarray,
                        grad: np.ndarray, grad_block: Callable[[int], np.ndarray], go_offset: Callable[[int], int],
                        q: np.ndarray, k: np.ndarray, grads: tuple, scale32: np.float32, causal: bool,
                        stored: Optional[Callable[[np.ndarray], np.ndarray]] = None) -> None:
    """Into d_v, d_q and d_k (each (B, ., H, D)): the products of keys n.. (``width`` of them)
    with every block of queries. Each (batch, head) adds its blocks of queries in turn: all
    first blocks at once, then all second ones, ... ``stored``: half-precision gradients are
    rounded to their type after each block's product is added (the kernel's beta = 1 products
    read and write the gradient tensors themselves)."""
    d_q, d_k, d_v = grads
    batch, heads, dim, source = plan.batch, plan.heads, plan.dim, plan.source
    step = heads * dim
    keys_part = slice(n, n + width)

    def kv_offset(i: int) -> int:
        return blocks[i][0] * source * step + n * step + blocks[i][1] * dim

    def kv_rows(grads: np.ndarray) -> Callable[[int], np.ndarray]:
        return lambda i: grads[blocks[i][0], keys_part, blocks[i][1]]

    def q_rows(i: int) -> np.ndarray:
        b, h, m, rows = blocks[i]
        return d_q[b, m:m + rows, h]

    def p_t(i: int) -> np.ndarray:
        b, h, m, rows = blocks[i]
        return attn[b, h, m:m + rows].T

    def ds(i: int) -> np.ndarray:
        b, h, m, rows = blocks[i]
        return d_attn[b, h, m:m + rows]

    def key_rows(i: int) -> np.ndarray:
        return k[blocks[i][0], blocks[i][1], keys_part]

    def query_rows(i: int) -> np.ndarray:
        b, h, m, rows = blocks[i]
        return q[b, h, m:m + rows]

    def as_heads(x: np.ndarray) -> np.ndarray:  # (B, ., H, D) as (B * H, ., D)
        return x.transpose(0, 2, 1, 3).reshape(batch * heads, -1, dim)

    def back(x: np.ndarray) -> np.ndarray:  # (B * H, ., D) as (B, ., H, D)
        return x.reshape(batch, heads, -1, dim).transpose(0, 2, 1, 3)

    threads = plan.mkl_threads
    for first in range(0, plan.length, plan.rows):
        if plan.keys_seen(first, min(plan.rows, plan.length - first), causal) <= n:
            continue
        rows = min(plan.rows, plan.length - first)
        members = plan.members(first, 1)
        part = slice(first, first + rows)
        p_block = attn[:, :, part].reshape(-1, rows, width)
        ds_block = d_attn[:, :, part].reshape(-1, rows, width)
        d_v[:, keys_part] = back(_stacked(
            p_block.transpose(0, 2, 1), grad[:, :, part].reshape(-1, rows, dim), members,
            lambda chosen: _products(chosen, p_t, grad_block, lambda i: _product(q.dtype)(
                p_t(i), grad_block(i), threads, added=kv_rows(d_v)(i), c_offset=kv_offset(i), c_row_step=step),
                added=kv_rows(d_v), offset=kv_offset, row_step=step),
            added=as_heads(d_v[:, keys_part])))
        d_q[:, part] = back(_stacked(
            ds_block, k[:, :, keys_part].reshape(-1, width, dim), members,
            lambda chosen: _products(chosen, ds, key_rows, lambda i: _product(q.dtype)(
                ds(i), key_rows(i), threads, added=q_rows(i), c_offset=go_offset(i), alpha=scale32,
                c_row_step=step), added=q_rows, alpha=scale32, offset=go_offset, row_step=step),
            added=as_heads(d_q[:, part]), alpha=scale32))
        d_k[:, keys_part] = back(_stacked(
            ds_block.transpose(0, 2, 1), q[:, :, part].reshape(-1, rows, dim), members,
            lambda chosen: _products(chosen, lambda i: ds(i).T, query_rows, lambda i: _product(q.dtype)(
                ds(i).T, query_rows(i), threads, added=kv_rows(d_k)(i), c_offset=kv_offset(i), alpha=scale32,
                c_row_step=step), added=kv_rows(d_k), alpha=scale32, offset=kv_offset, row_step=step),
            added=as_heads(d_k[:, keys_part]), alpha=scale32))
        if stored is not None:
            for g, rows_of in ((d_v, keys_part), (d_q, part), (d_k, keys_part)):
                g[:, rows_of] = stored(g[:, rows_of])

"""float32 matrix products added up in the order Intel MKL adds them (PyTorch's CPU wheel).

A float32 product's last bits depend on the order of its k additions and on whether each
product is rounded before it is added (multiply, then add) or not (a fused multiply-add). MKL
picks a kernel by the shape, the operands' layout, the output's alignment and the thread count;
numpy's OpenBLAS adds in other orders, so about 40% of small products differed in some last bit.
Measured on PyTorch 2.13 (MKL 2024.2, AVX512 machine) with inputs built to reveal the order
(``tools/measure_matmul_float32.py``; ``docs/parity-float32-math.md`` has the rules and rates).

In MKL's own column-major terms PyTorch's ``C = A @ B`` (row-major) is ``C^T = B^T A^T``: MKL's
rows are PyTorch's columns. Here everything is said in PyTorch's terms, ``(m, k) @ (k, n)``:

- m >= 4 and n >= 12: every element adds its k products in order with fused multiply-adds;
  above k = 192 in blocks (``_k_blocks``), each summed on its own, then added in order.
- otherwise a small kernel, chosen by the layout (``a`` or ``b`` transposed: a ``.t()`` view):
  products rounded, then added (no fusing), in order; where ``b`` is transposed (nn.Linear's
  ``weight.t()``) as four-lane dot products instead (``_lanes``).
- n = 1 or m = 1: a matrix-vector kernel: four-lane dot products over contiguous operands,
  in order otherwise (one row times one column: in order, unless the column is a transposed
  view, as nn.Linear(k, 1)'s ``weight.t()`` on one sample).
- On two threads, m in 5..11 (not a multiple of 4) above a size: the last m % 4 rows go
  through the small kernel.
- ``addmm``'s added term: the kernels that load the output first (in order, small rows) start
  each sum from it; the packed kernel adds it to its first block of k (so after the whole
  product when k <= 192); the others add it once after the product.

Emulating the order costs numpy calls per term of k, so only small products take this path
(``MAX_WORK``); larger ones stay numpy's (OpenBLAS), as before.
"""
from __future__ import annotations

import ctypes
import math
from typing import Callable, Optional

import numpy as np

try:  # the engine's OpenBLAS; this file also runs on its own (tools/measure_matmul_float32.py)
    from autograd_tui.engine.parity import blas as _blas
except ImportError:
    _blas = None  # type: ignore[assignment]

_F32 = np.float32
_F64 = np.float64
# Above this many multiply-adds (m * n * k) a product keeps numpy's BLAS: the emulation takes
# about k numpy calls, fine for what a learner types, too slow for a real layer.
MAX_WORK = 1 << 18
# The longest k measured: within MAX_WORK every (m, k, n) tried up to k = 9216 (an MNIST net's
# flattened 64x12x12 features into a small head) matched, in every layout.
MAX_K = 1 << 14

_TIE_MASK = np.int64((1 << 29) - 1)  # float64 mantissa bits below float32's last bit
_TIE = np.int64(1 << 28)
_TINY = 2.0 ** -125  # below it a float64 sum may round twice into float32's subnormals


# ---------------------------------------------------------------------------------------------
# Chains of additions
# ---------------------------------------------------------------------------------------------

def _rounded_to_odd(p: np.ndarray, c: np.ndarray) -> np.ndarray:
    """float32 of p + c (float64 values) rounded once: the float64 sum moved to its odd
    neighbour when inexact, so that rounding it to float32 cannot round twice."""
    t = p + c
    back = t - p
    err = (p - (t - back)) + (c - back)
    bits = t.view(np.int64)
    fix = (err != 0) & ((bits & 1) == 0) & np.isfinite(t)
    step = np.where(np.signbit(err) == np.signbit(t), 1, -1).astype(np.int64)
    return np.where(fix, bits + step, bits).view(_F64).astype(_F32)


def _fused_chain(a64: np.ndarray, b64: np.ndarray) -> np.ndarray:
    """acc = fma(a[:, p], b[p, :], acc) for p = 0, 1, ..., from 0, on (m, k) and (k, n) float64
    arrays holding float32 values. A product of two floats is exact in float64, so the float64
    sum rounded to float32 is the fused result unless it sits on a float32 tie (checked at the
    end over every step, and those elements redone exactly)."""
    m, k = a64.shape
    n = b64.shape[1]
    acc32 = np.zeros((m, n), _F32)
    acc = np.zeros((m, n), _F64)
    sums = np.empty((k, m, n), _F64)
    for p in range(k):
        t = sums[p]
        np.multiply(a64[:, p:p + 1], b64[p:p + 1, :], out=t)
        np.add(t, acc, out=t)
        np.copyto(acc32, t, casting="unsafe")
        np.copyto(acc, acc32)
    suspect = (sums.view(np.int64) & _TIE_MASK) == _TIE
    if _tiny_operands(a64, b64):
        suspect |= (np.abs(sums) < _TINY) & (sums != 0)
    if suspect.any():
        i, j = np.nonzero(suspect.any(axis=0))
        exact = np.zeros(i.shape, _F64)
        for p in range(k):
            exact = _rounded_to_odd(a64[i, p] * b64[p, j], exact).astype(_F64)
        acc32[i, j] = exact
    return acc32


def _tiny_operands(a64: np.ndarray, b64: np.ndarray) -> bool:
    """Whether some operand is below 2^-50 in magnitude (and not 0). Otherwise every product is
    a multiple of 2^-146, so a sum in float32's subnormal range is exact in both formats and
    cannot round twice."""
    return bool(((a64 != 0) & (np.abs(a64) < 2.0 ** -50)).any() or ((b64 != 0) & (np.abs(b64) < 2.0 ** -50)).any())


# OpenBLAS's sgemm with a column-major ``a`` (and m, n >= 2: numpy sends m or n = 1 to gemv)
# keeps one fused multiply-add chain per element, in order of k, from +0, on its small-matrix
# kernels and its packed ones alike: measured on this machine (AVX512, OpenBLAS 0.3.31, one and two
# threads) on every shape tried with k up to 192 (one of MKL's blocks), none differing. A row-major
# ``a`` goes through kernels that add in another order (about half of shapes differ).
_GEMM_MAX_K = 192
_GEMM_PROBES = ((2, 1, 2), (3, 5, 2), (4, 7, 12), (5, 33, 70), (16, 20, 64), (17, 192, 33),
                (64, 64, 20), (33, 100, 48), (128, 16, 128))
_GEMM_CHECKED: dict = {}


def _gemm_fuses_in_order(b_column_major: bool = False) -> bool:
    """Whether numpy's BLAS gives ``_fused_chain``'s bits on probe shapes (each tile edge and
    both kernel families), with mixed magnitudes so that any other order shows; checked once
    for each layout of ``b`` (row-major, or with ``b_column_major`` column-major too).
    Another BLAS or CPU then keeps the slower exact paths."""
    if b_column_major not in _GEMM_CHECKED:
        rng = np.random.default_rng(12345)
        same = True
        for m, k, n in _GEMM_PROBES:
            scale = np.exp2(rng.integers(-12, 13, (m, k)))
            a = (rng.standard_normal((m, k)) * scale).astype(_F32)
            b = rng.standard_normal((k, n)).astype(_F32)
            got = np.matmul(np.asfortranarray(a), np.asfortranarray(b) if b_column_major else b)
            chain = _fused_chain(a.astype(_F64), b.astype(_F64))
            same = same and np.array_equal(got.view(np.uint32), chain.view(np.uint32))
        _GEMM_CHECKED[b_column_major] = same
    return bool(_GEMM_CHECKED[b_column_major])


# cblas_sgemm(order, trans_a, trans_b, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc) of numpy's
# OpenBLAS: with beta = 1 its kernels (small-matrix and packed alike) add each element's chain,
# summed from +0, to the output's value with one rounding (one fused multiply-add by 1)
_SGEMM = None if _blas is None else _blas._function(
    _blas._OPENBLAS, ("scipy_cblas_sgemm64_",),
    [ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_int64, ctypes.c_float,
     ctypes.c_void_p, ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64, ctypes.c_float, ctypes.c_void_p,
     ctypes.c_int64])
_ROW_MAJOR, _NO_TRANS, _TRANS = 101, 111, 112
_ONTO_CHECKED: dict = {}


def add_chains_in_turn(a: np.ndarray, b: np.ndarray, out: np.ndarray) -> bool:
    """``out = out + chain(a[i] @ b[i])`` for i = 0, 1, ... in place: each block's fused chain
    (``_fused_chain``: in order of k, from +0) added to the running sums with one rounding, as
    ``_sum_stacked`` of ``[out, a[0] @ b[0], a[1] @ b[1], ...]`` adds them, without the stack.
    OpenBLAS's sgemm with beta = 1 does this per block: ``a`` (blocks, m, k) column-major a block
    and ``b`` (blocks, k, n) either way (``_gemm_adds_chains_onto``, checked once a layout), or
    both row-major on products of at least ``_PACKED_WORK`` multiply-adds, which OpenBLAS packs
    whatever the layout (below, its small kernels for that layout add lanes apart), checked once a
    shape (``_packed_adds_chains_onto``). ``out``: (m, n) float32, C-contiguous; m, n >= 2,
    k <= 192. False, ``out`` untouched, where none of that holds."""
    count, m, k = a.shape
    n = b.shape[2]
    if (_SGEMM is None or a.dtype != _F32 or b.dtype != _F32 or out.dtype != _F32 or m < 2 or n < 2
            or not 1 <= k <= _GEMM_MAX_K or b.shape[:2] != (count, k) or out.shape != (m, n)
            or not (out.flags.c_contiguous and out.flags.writeable and a.flags.aligned and b.flags.aligned)
            or min(a.strides[0], b.strides[0]) < 0):
        return False
    column_lda, row_lda = _leading(a.strides, m, k), _leading(_swapped(a.strides), k, m)
    column_ldb, row_ldb = _leading(b.strides, k, n), _leading(_swapped(b.strides), n, k)
    if column_lda is not None and (row_ldb is not None or column_ldb is not None):
        b_column_major = row_ldb is None
        if _gemm_adds_chains_onto(b_column_major):
            b_layout = (_TRANS, column_ldb) if b_column_major else (_NO_TRANS, row_ldb)
            _add_in_turn(a, b, out, (_TRANS, column_lda), b_layout)
            return True
    if row_lda is not None and row_ldb is not None and m * n * k >= _PACKED_WORK and _packed_adds_chains_onto(m, n, k):
        _add_in_turn(a, b, out, (_NO_TRANS, row_lda), (_NO_TRANS, row_ldb))
        return True
    return False


# OpenBLAS 0.3's x86-64 small-matrix kernels (row-major operands: lane sums in some tiles) run up to
# 100^3 multiply-adds; above, every layout is packed and each element is one chain in order of k
_PACKED_WORK = 1 << 20
_PACKED_CHECKED: dict = {}


def _swapped(strides: tuple) -> tuple:
    return strides[:1] + strides[:0:-1]


def _leading(strides: tuple, rows: int, cols: int) -> Optional[int]:
    """The leading dimension of a stack of (rows, cols) column-major float32 matrices with these
    strides (the stack's first), or None if they are not laid out so (a dim of one: any stride)."""
    if rows > 1 and strides[1] != 4:
        return None
    if cols == 1:
        return rows
    return strides[2] // 4 if strides[2] % 4 == 0 and strides[2] >= 4 * rows else None


def _add_in_turn(a: np.ndarray, b: np.ndarray, out: np.ndarray, a_layout: tuple, b_layout: tuple) -> None:
    """sgemm with beta = 1 a block: ``a_layout``/``b_layout`` are (transposition, leading dim) in
    row-major terms (a column-major block is a transposed row-major one)."""
    count, m, k = a.shape
    n = b.shape[2]
    pa, pb, pc = a.ctypes.data, b.ctypes.data, out.ctypes.data
    for i in range(count):
        _SGEMM(_ROW_MAJOR, a_layout[0], b_layout[0], m, n, k, 1.0, pa + i * a.strides[0], a_layout[1],
               pb + i * b.strides[0], b_layout[1], 1.0, pc, n)


def _packed_adds_chains_onto(m: int, n: int, k: int) -> bool:
    """``_gemm_adds_chains_onto`` for row-major operands of this shape (OpenBLAS picks its kernel
    by the shape and the thread count), on mixed magnitudes; the chains compared on the first and
    last 16 rows and columns (a whole tile, and the edges), so that the check costs little."""
    key = (m, n, k, _blas.get_threads() if _blas is not None else 1)
    if key not in _PACKED_CHECKED:
        rng = np.random.default_rng(m * 7919 + n * 104729 + k)
        rows = np.unique(np.r_[0:min(m, 16), max(0, m - 16):m])
        cols = np.unique(np.r_[0:min(n, 16), max(0, n - 16):n])
        # values only where compared (the kernel is chosen by the shape): the rest stays 0
        a, b, out = np.zeros((1, m, k), _F32), np.zeros((1, k, n), _F32), np.zeros((m, n), _F32)
        a[0, rows] = rng.standard_normal((len(rows), k)) * np.exp2(rng.integers(-12, 13, (len(rows), k)))
        b[0][:, cols] = rng.standard_normal((k, len(cols)))
        start = (rng.standard_normal((len(rows), len(cols))) * np.exp2(rng.integers(-8, 9, (len(rows), len(cols)))))
        out[np.ix_(rows, cols)] = start
        expected = np.add(out[np.ix_(rows, cols)], _fused_chain(a[0, rows].astype(_F64), b[0][:, cols].astype(_F64)))
        _add_in_turn(a, b, out, (_NO_TRANS, k), (_NO_TRANS, n))
        _PACKED_CHECKED[key] = np.array_equal(out[np.ix_(rows, cols)].view(np.uint32), expected.view(np.uint32))
    return bool(_PACKED_CHECKED[key])


def _gemm_adds_chains_onto(b_column_major: bool) -> bool:
    """Whether sgemm with beta = 1 gives ``out + _fused_chain(a, b)`` (one float32 addition) on
    ``_gemm_fuses_in_order``'s probe shapes, onto outputs of mixed magnitudes (so that a chain
    started from the output, or the output added in another way, shows); checked once a layout."""
    if b_column_major not in _ONTO_CHECKED:
        rng = np.random.default_rng(54321)
        same = _SGEMM is not None
        for m, k, n in _GEMM_PROBES if same else ():
            if m < 2 or n < 2:
                continue
            a = (rng.standard_normal((1, m, k)) * np.exp2(rng.integers(-12, 13, (1, m, k)))).astype(_F32)
            b = rng.standard_normal((1, k, n)).astype(_F32)
            out = (rng.standard_normal((m, n)) * np.exp2(rng.integers(-8, 9, (m, n)))).astype(_F32)
            expected = np.add(out, _fused_chain(a[0].astype(_F64), b[0].astype(_F64)))
            a_cm = np.ascontiguousarray(a.transpose(0, 2, 1)).transpose(0, 2, 1)
            b_in = np.ascontiguousarray(b.transpose(0, 2, 1)).transpose(0, 2, 1) if b_column_major else b
            _add_in_turn(a_cm, b_in, out, (_TRANS, m), (_TRANS, k) if b_column_major else (_NO_TRANS, n))
            same = same and np.array_equal(out.view(np.uint32), expected.view(np.uint32))
        _ONTO_CHECKED[b_column_major] = same
    return bool(_ONTO_CHECKED[b_column_major])


def fast_chains() -> bool:
    """Whether ``_fused`` runs at BLAS speed here: OpenBLAS's product and its rank-one update both
    fuse in order (else it keeps float64 partial sums of every term, too large for big layers)."""
    return _gemm_fuses_in_order() and _blas is not None and _blas.rank_one_fuses()


def _k_blocks(k: int) -> list:
    """MKL's split of k for its packed kernel: one block up to 192, two halves up to 384
    (and one odd term), then blocks of 192 and the rest (measured)."""
    if k <= 192:
        return [(0, k)]
    size = min(192, k // 2)
    return [(q, min(k, q + size)) for q in range(0, k, size)]


def _fused(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``_fused_chain`` in one OpenBLAS product where its kernel adds the same way (``a``
    column-major, checked once: ``_gemm_fuses_in_order``; beyond its 192 terms the chain goes on
    by products that carry the running sums in, ``_carried_chains``, else by rank-one updates),
    else by its rank-one update where that fuses (one call per term of k instead of four numpy
    calls and a check)."""
    k = a.shape[1]
    if a.shape[0] >= 2 and b.shape[1] >= 2 and _gemm_fuses_in_order():
        head = min(k, _GEMM_MAX_K)
        out = np.matmul(np.asfortranarray(a[:, :head]), b[:head])
        # OpenBLAS adds its sums to a zeroed output, making a -0 +0: a chain ends at -0 only by
        # rounding a tiny negative sum to zero, which needs an operand below 2^-50
        tiny = None if out.all() else _tiny_operands(a, b)  # (asked once: it reads every operand)
        if not tiny:
            # a longer chain goes on from the product of its first terms: by products that carry
            # the running sums in, else one rank-one update a term
            if head == k or _carried_chains(a, b, out, head, tiny) or (_blas is not None and _blas.fused_rank_one_chain(
                    np.ascontiguousarray(a[:, head:].T), np.ascontiguousarray(b[head:]), out)):
                return out
    if _blas is not None:
        acc = np.zeros((a.shape[0], b.shape[1]), _F32)
        if _blas.fused_rank_one_chain(np.ascontiguousarray(a.T), np.ascontiguousarray(b), acc):
            return acc
    return _fused_chain(a.astype(_F64), b.astype(_F64))


_CARRIED = 64  # running sums carried into each product (its output columns): 1.5x the work, at BLAS speed


def _carried_chains(a: np.ndarray, b: np.ndarray, out: np.ndarray, start: int, tiny: Optional[bool] = None) -> bool:
    """Goes on with ``out``, the fused chains of the first ``start`` terms of ``a @ b``, through
    the rest of the terms in OpenBLAS products of at most 192 terms (each one chain per element
    from +0, as ``_fused`` relies on), each carrying the running sums in as its first terms: for
    g output columns, the sums' columns times the g x g identity -- each sum times 1 is itself,
    the others' times 0 add zeros, which leave a nonzero sum as it is -- then 192 - g terms.

    That is the rank-one chain's result but where a sum is -0 (a zero then comes out +0), which
    needs an operand below 2^-50 (as ``_fused``'s check), or infinite or NaN (times 0 it is NaN;
    a NaN's sign also depends on the kernel's operand order): there False, ``out`` untouched.
    The smaller side of the output is carried (a transposed product has the same chains).
    ``tiny``: ``_tiny_operands(a, b)`` where already known."""
    m, n = out.shape
    if n > m:
        done = _carried(b[start:], a[:, start:].T, np.ascontiguousarray(out.T))
        if not _carry_kept(done, a, b, tiny):
            return False
        out[...] = done.T
        return True
    done = _carried(a[:, start:].T, b[start:], out.copy())
    if not _carry_kept(done, a, b, tiny):
        return False
    out[...] = done
    return True


def _carry_kept(done: np.ndarray, a: np.ndarray, b: np.ndarray, tiny: Optional[bool]) -> bool:
    return bool(not np.isnan(done).any() and (done.all() or not (_tiny_operands(a, b) if tiny is None else tiny)))


def _carried(left_terms: np.ndarray, right_terms: np.ndarray, acc: np.ndarray) -> np.ndarray:
    """``acc`` (m, n) carried through the terms, in place: ``left_terms`` (terms, m) and
    ``right_terms`` (terms, n), each row one term's operands."""
    rest, m = left_terms.shape
    n = acc.shape[1]
    groups = -(-n // _CARRIED)
    for j0, j1 in zip(range(groups), range(1, groups + 1)):  # groups of like sizes: none of one column
        cols = slice(j0 * n // groups, j1 * n // groups)  # (a product with one would be a gemv)
        g = cols.stop - cols.start
        step = _GEMM_MAX_K - g
        count, full = -(-rest // step), rest // step
        left = np.empty((count, _GEMM_MAX_K, m), _F32)  # per product: the sums' rows, then the terms'
        right = np.empty((count, _GEMM_MAX_K, g), _F32)  # the identity, then the terms'
        left[:full, g:] = left_terms[:full * step].reshape(full, step, m)
        right[:full, g:] = right_terms[:full * step, cols].reshape(full, step, g)
        if full < count:
            left[full, g:g + rest - full * step] = left_terms[full * step:]
            right[full, g:g + rest - full * step] = right_terms[full * step:, cols]
        right[:, :g] = np.eye(g, dtype=_F32)
        sums = acc[:, cols]
        for r in range(count):
            size = g + min(step, rest - r * step)
            left[r, :g] = sums.T
            sums = np.matmul(left[r, :size].T, right[r, :size])  # (m, g); the left operand column-major
        acc[:, cols] = sums
    return acc


def _packed(a: np.ndarray, b: np.ndarray, start: Optional[np.ndarray]) -> np.ndarray:
    """MKL's packed kernel: blocks of k summed with fused multiply-adds, each added in turn to
    the output (``start``: addmm's added term, which therefore comes first)."""
    blocks = [_fused(a[:, q:e], b[q:e, :]) for q, e in _k_blocks(a.shape[1])]
    acc = blocks[0] if start is None else np.add(start, blocks[0], dtype=_F32)
    for block in blocks[1:]:
        acc = np.add(acc, block, dtype=_F32)
    return acc


def _chain(start: np.ndarray, terms: np.ndarray) -> np.ndarray:
    """``start`` then each of ``terms`` (along axis 0, one term of k per row) added in order,
    in float32 (MKL's registers start at +0, so a sum of -0 products is +0, as there).

    ``accumulate`` is in order by definition; a reduction over the leading axis of a wide
    array is too (numpy adds row after row; tests/test_parity_matmul.py checks it) and is many
    times faster. A narrow one is not: numpy sums a contiguous run pairwise."""
    if terms.shape[0] == 0:
        return start
    stacked = np.empty((terms.shape[0] + 1,) + start.shape, _F32)  # C order: the terms axis outermost
    stacked[0] = start
    stacked[1:] = terms
    return _sum_stacked(stacked)


def _sum_stacked(stacked: np.ndarray) -> np.ndarray:
    """``_chain`` of an array already holding the start in row 0 and the terms after (any dtype;
    numpy's reduction is used where it adds row after row: a C-ordered array at least 16 wide).
    Where NaNs of both signs meet, the reduction's operand order can give the other sign: there
    the running sum (the running total first, as the kernels add) is taken."""
    if stacked[0].size >= _WIDE and stacked.flags.c_contiguous:  # (another layout may be summed pairwise)
        total = np.add.reduce(stacked, axis=0)
        if not np.isnan(total).any():
            return total
    return np.add.accumulate(stacked, axis=0)[-1]


_WIDE = 16


def _products(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """(k, m, n) float32 products a[i, p] * b[p, j], each rounded once, term of k first; of stacks
    (..., m, k) and (..., k, n), (k, ..., m, n)."""
    # (with out= numpy takes a slower loop; np.moveaxis costs more than a small product)
    if a.ndim == 2 and b.ndim == 2:
        return np.multiply(a.T[:, :, None], b[:, None, :])
    return np.multiply(np.moveaxis(a, -1, 0)[..., None], np.moveaxis(b, -2, 0)[..., None, :])


def _in_order(a: np.ndarray, b: np.ndarray, start: Optional[np.ndarray] = None) -> np.ndarray:
    """Each product rounded, then added in order of k, to ``start`` (else +0)."""
    m, n = a.shape[0], b.shape[1]
    return _chain(_filled(start, m, n), _products(a, b))


def _filled(start: Optional[np.ndarray], m: int, n: int) -> np.ndarray:
    """A new (m, n) float32 array of ``start`` broadcast (+0 without it)."""
    if start is None:
        return np.zeros((m, n), _F32)
    out = np.empty((m, n), _F32)
    out[...] = start  # cheaper than np.broadcast_to(...).astype(...)
    return out


def _eight_blocks(products: np.ndarray, start: np.ndarray) -> np.ndarray:
    """(k, e) rounded products: per block of 8 terms, the first 4 added in order, the next 4
    summed apart and then added; the rest in order (MKL's scalar loop before an aligned run)."""
    k = products.shape[0]
    acc = start
    q = 0
    while q + 8 <= k:
        acc = _chain(acc, products[q:q + 4])
        acc = acc + _chain(products[q + 4], products[q + 5:q + 8])
        q += 8
    return _chain(acc, products[q:])


def _lanes(products: np.ndarray, peel: int, accumulators: int, run: int) -> np.ndarray:
    """(k, e) rounded products added as a 4-lane vector loop would, without fusing: the first
    ``peel`` terms in order, then ``run`` terms over 4 lanes (lane l takes terms peel + l,
    + 4, ...; with two accumulators 8 terms a step, added lane by lane at the end), lane 0
    starting from the peeled sum; lanes folded as (0 + 2) + (1 + 3); the remaining terms in
    order."""
    k, e = products.shape
    width = 4 * accumulators
    steps = run // width
    # every lane's sum in one pass: a row of +0 (where the registers start), the peeled terms in
    # lane 0 (+0 added to the others), then the run, width terms a row
    terms = np.zeros((1 + peel + steps, width, e), _F32)
    terms[1:1 + peel, 0] = products[:peel]
    if run:
        terms[1 + peel:] = products[peel:peel + run].reshape(steps, width, e)
    sums = _sum_stacked(terms)
    if run:
        lanes = sums[:4]
        for which in range(1, accumulators):
            lanes = lanes + sums[4 * which:4 * which + 4]
        acc = (lanes[0] + lanes[2]) + (lanes[1] + lanes[3])
    else:
        acc = sums[0]
    return _chain(acc, products[peel + run:])


def _dot_rows(rows: np.ndarray, vec: np.ndarray, offset: int = 0, vec_offset: int = 0) -> np.ndarray:
    """MKL's matrix-vector kernel over contiguous rows: each (k,) row times ``vec``. Rows go
    four at a time: 1 to 4 terms peeled (by the row stride, k for packed rows, and by where the
    rows start, ``offset`` elements past a 16-byte boundary), then four lanes. The last m % 4
    rows one by one: the terms up to the vector's next 16-byte boundary (4 if it is on one)
    peeled, then steps of 8 over two accumulators (one on every second row), the rest in order."""
    e, k = rows.shape
    products = np.multiply(rows.T, vec[:, None], dtype=_F32)  # (k, e)
    out = np.empty(e, _F32)
    whole = e // 4 * 4
    if whole:
        peel = min(k, (rows.strides[0] // rows.itemsize - 1 - offset) % 4 + 1)
        out[:whole] = _lanes(products[:, :whole], peel, 1, (k - peel) // 4 * 4)
    peel = min(k, (-vec_offset - 1) % 4 + 1)
    for r in range(whole, e):
        out[r] = _lanes(products[:, r:r + 1], peel, 1 if (r - whole) % 2 else 2, (k - peel) // 8 * 8)[0]
    return out


# ---------------------------------------------------------------------------------------------
# Kernels by layout
# ---------------------------------------------------------------------------------------------

def _small_rows_vector(a: np.ndarray, b: np.ndarray, c_offset: int, added: Optional[np.ndarray],
                       c_row_step: Optional[int] = None) -> np.ndarray:
    """b not transposed: in order, except the first elements of an output row that starts off
    a 16-byte boundary (MKL's scalar loop before its aligned vectors) when at least 4 follow.
    This kernel loads the output first: addmm's added term is where each sum starts. ``a`` and
    ``b`` may be stacks of matrices, (..., m, k) and (..., k, n), whose outputs start alike."""
    m, n = a.shape[-2], b.shape[-1]
    shape = np.broadcast_shapes(a.shape[:-2], b.shape[:-2]) + (m, n)
    start = np.zeros(shape, _F32) if added is None else np.empty(shape, _F32)
    if added is not None:
        start[...] = added
    products = _products(a, b)  # (k, ..., m, n)
    out = _chain(start, products)
    # rows r, r + period, ... start equally far from a 16-byte boundary
    step = n if c_row_step is None else c_row_step
    period = 4 // math.gcd(step, 4)
    for r in range(min(period, m)):
        peel = -(c_offset + step * r) % 4
        if peel and n - peel >= 4:
            rows = slice(r, None, period)
            picked = products[..., rows, :peel]  # (k, ..., rows, peel)
            sums = _eight_blocks(picked.reshape(picked.shape[0], -1), start[..., rows, :peel].ravel())
            out[..., rows, :peel] = sums.reshape(picked.shape[1:])
    return out


def rows_vector_stack(lefts: list, rights: list, c_offset: int, added: Optional[np.ndarray] = None,
                      alpha: Optional[np.float32] = None, c_row_step: Optional[int] = None) -> Optional[np.ndarray]:
    """``product`` of each pair of a list of (m, k) and (k, n) products (one thread) that all take
    MKL's in-order kernel for ``b`` as stored (m < 4 or n < 12; k, n >= 2), their outputs all
    ``c_offset`` elements past a 16-byte boundary (mod 4), rows ``c_row_step`` apart: one pass
    over the stack (``added``: (count, m, n)). None where another kernel applies."""
    m, k = lefts[0].shape
    n = rights[0].shape[1]
    if (m >= 4 and n >= 12) or k < 2 or n < 2 or any(_layout(b) != "N" for b in rights):
        return None
    a = np.stack(lefts)
    return _small_rows_vector(a if alpha is None else np.multiply(a, alpha), np.stack(rights), c_offset, added,
                              c_row_step)


def _small_dots(a: np.ndarray, b: np.ndarray, a_offset: int, a_row_step: Optional[int] = None) -> np.ndarray:
    """b transposed (nn.Linear's weight.t()): each element a four-lane dot product of a row of
    ``a`` and a row of the weight, peeled up to the row of ``a``'s 16-byte boundary (``a_offset``:
    where its first row starts); whole groups of 4 columns with one accumulator, the other
    columns with two. ``a`` and ``b`` may be stacks of matrices whose rows of ``a`` lie alike
    (``a_row_step`` apart in memory)."""
    m, k = a.shape[-2:]
    n = b.shape[-1]
    shape = np.broadcast_shapes(a.shape[:-2], b.shape[:-2]) + (m, n)
    if k < 4:  # no vector step: every element in order (one pass instead of one per peel)
        return _chain(np.zeros(shape, _F32), _products(a, b))
    out = np.empty(shape, _F32)
    whole = n // 4 * 4
    row_step = a.strides[-2] // a.itemsize if a_row_step is None else a_row_step
    # rows r, r + period, ... start equally far from a 16-byte boundary
    period = 4 // math.gcd(row_step, 4)
    for r in range(min(period, m)):
        rows = slice(r, None, period)
        peel = min(k, -(a_offset + row_step * r) % 4)
        products = _products(a[..., rows, :], b)  # (k, ..., rows, n)
        counts = products.shape[1:-1]
        if whole:
            part = _lanes(products[..., :whole].reshape(k, -1), peel, 1, (k - peel) // 4 * 4)
            out[..., rows, :whole] = part.reshape(counts + (whole,))
        if whole < n:
            part = _lanes(products[..., whole:].reshape(k, -1), peel, 2, (k - peel) // 8 * 8)
            out[..., rows, whole:] = part.reshape(counts + (n - whole,))
    return out


def dots_stack(lefts: list, rights: list, a_offset: int, a_row_step: int,
               alpha: Optional[np.float32] = None) -> Optional[np.ndarray]:
    """``product`` of each pair of a list of (m, k) and (k, n) products (one thread, no added term)
    that all take MKL's small dot kernel (``b`` a transposed view; m < 4 or n < 12; m, n, k >= 2),
    the rows of every ``a`` ``a_row_step`` apart and starting ``a_offset`` elements past a 16-byte
    boundary (mod 4): one pass over the stack. None where another kernel applies."""
    m, k = lefts[0].shape
    n = rights[0].shape[1]
    if ((m >= 4 and n >= 12) or k < 2 or n < 2 or m < 2 or any(_layout(b) != "T" for b in rights)
            or any(_layout(a) != "N" for a in lefts)):
        return None
    out = _small_dots(np.stack(lefts), np.stack(rights), a_offset, a_row_step)
    return out if alpha is None else np.multiply(out, alpha)


def _threads_split_rows(m: int, k: int, n: int, threads: int) -> bool:
    """On more threads MKL gives the last m % 4 rows to the small kernel, for m in 5..11 above
    a size (measured on two threads for n, k up to 2000)."""
    if threads < 2 or not 5 <= m <= 11 or m % 4 == 0 or n < 12:
        return False
    return k >= 17 or (k >= 5 and n >= 17) or (k >= 2 and n >= 101)


def _layout(x: np.ndarray) -> str:
    """'N' where PyTorch hands BLAS the rows as they are, 'T' for a transposed view, 'C' where
    it copies first (neither dim has unit stride), as addmm's layout checks decide."""
    rows, cols = x.shape
    size = x.itemsize
    s0, s1 = x.strides
    s0 //= size
    s1 //= size
    if s1 == 1 and s0 >= max(1, cols):
        return "N"
    if s0 == 1 and s1 >= max(1, rows):
        return "T"
    return "C"


def _offset(x: np.ndarray) -> int:
    """Elements from the start of the allocation x is a view of (PyTorch's storage offset)."""
    base = x
    while isinstance(base.base, np.ndarray):
        base = base.base
    # reading both addresses is the slow part: a view that spans its whole allocation with
    # non-negative strides (a fresh array, a transposed one) starts where it does
    if base is x or (x.size and min(x.strides) >= 0 and base.nbytes ==
                     sum((d - 1) * s for d, s in zip(x.shape, x.strides)) + x.itemsize):
        return 0
    return (address(x) - address(base)) // x.itemsize


def address(x: np.ndarray) -> int:
    """Where x's first element is: through ctypes for a writable contiguous array (several times
    faster than ``__array_interface__``, which builds a dict)."""
    if x.size and x.flags.writeable:
        if x.flags.c_contiguous:
            return ctypes.addressof(ctypes.c_char.from_buffer(x))  # type: ignore[arg-type]  # an ndarray is a buffer
        if x.flags.f_contiguous:
            return ctypes.addressof(ctypes.c_char.from_buffer(x.T))
    return x.__array_interface__["data"][0]


def matrix_vector(a: np.ndarray, x: np.ndarray) -> Optional[np.ndarray]:
    """``torch.mv`` of a float32 (m, k) array and a (k,) vector: MKL's sgemv, dot products over
    the rows where they are contiguous (even for m = 1, unlike a (1, k) @ (k, 1) mm), the
    matrix's columns scaled and added in order where it is transposed. None for a strided
    vector with a row-major matrix (MKL then runs 8 lanes for the last rows, not reproduced)."""
    if _layout(a) == "T":
        return _in_order(a, x[:, None])[:, 0]
    if x.strides[0] != x.itemsize and x.shape[0] > 1:
        return None
    if _layout(a) == "N":
        return _dot_rows(a, x, _offset(a), _offset(x))
    return _dot_rows(np.ascontiguousarray(a), x, 0, _offset(x))


def _after(result: np.ndarray, added: Optional[np.ndarray]) -> np.ndarray:
    return result if added is None else np.add(added, result, dtype=_F32)


def product(a: np.ndarray, b: np.ndarray, threads: int = 1, added: Optional[np.ndarray] = None,
            c_offset: int = 0, a_offset: Optional[int] = None, alpha: Optional[np.float32] = None,
            c_row_step: Optional[int] = None) -> np.ndarray:
    """``added + a @ b`` (``addmm``; ``a @ b`` without ``added``) for float32 (m, k) and (k, n)
    arrays, bit for bit as MKL's sgemm with each operand's layout as PyTorch passes it.
    ``c_offset``/``a_offset``: where the output and ``a`` start in their allocations, in
    elements (bmm's later matrices), which decides MKL's aligned loops; ``c_row_step``: the
    output's row stride in elements where its rows are not packed (n by default).

    ``alpha`` (addmm's, with ``added`` already ``beta * input``): each kernel applies it where
    MKL does (measured): the kernels that start from the output scale ``a`` (each product is
    (alpha*a)*b), the packed one scales ``b``, the dot kernels scale their sum (then add)."""
    m, k = a.shape
    n = b.shape[1]
    la, lb = _layout(a), _layout(b)
    if la == "C":
        a, la, a_offset = np.ascontiguousarray(a), "N", 0
    if lb == "C":
        b, lb = np.ascontiguousarray(b), "N"
    if added is not None:
        added = np.asarray(added, _F32)  # broadcast by each use
    if m == 0 or n == 0 or k == 0:
        return _after(np.zeros((m, n), _F32), added)
    scaled = a if alpha is None else np.multiply(a, alpha)  # (keeps a's layout)
    # Matrix-vector kernels: over contiguous rows, dot products (the added term comes after);
    # otherwise the output is loaded and each column of products added to it, in order.
    if m == 1 and n == 1 and lb != "T":  # a transposed column (nn.Linear(k, 1) on one sample): sgemv below
        return _in_order(scaled, b, added)
    if n == 1 and m > 1:
        if la == "N":
            return _after(_times(_dot_rows(a, b[:, 0], _offset(a) if a_offset is None else a_offset,
                                           _offset(b))[:, None], alpha), added)
        return _in_order(scaled, b, added)
    if m == 1:
        if lb == "T":
            return _after(_times(_dot_rows(b.T, a[0], _offset(b), _offset(a) if a_offset is None else a_offset)
                                 [None, :], alpha), added)
        return _small_rows_vector(scaled, b, c_offset, added, c_row_step)
    if k == 1:
        return _after(one_term(a, b, alpha), added)
    if m >= 4 and n >= 12:
        # the packed kernel scales b
        packed_a, panel = (scaled, b) if alpha is None else (a, np.multiply(b, alpha))
        if _threads_split_rows(m, k, n, threads):
            whole = m // 4 * 4
            if added is not None:
                added = np.broadcast_to(added, (m, n))
            head = _packed(packed_a[:whole], panel, None if added is None else added[:whole])
            if la == lb == "T":  # the last rows' kernel for two transposed operands is not known
                tail = _after(np.matmul(scaled[whole:], b), None if added is None else added[whole:])
            else:
                tail = _small(a[whole:], b, la, lb, c_offset + whole * (n if c_row_step is None else c_row_step),
                              (_offset(a) if a_offset is None else a_offset) + whole * (a.strides[0] // a.itemsize),
                              None if added is None else added[whole:], alpha, c_row_step)
            return np.concatenate([head, tail])
        return _packed(packed_a, panel, added)
    return _small(a, b, la, lb, c_offset, a_offset, added, alpha, c_row_step)


def _times(result: np.ndarray, alpha: Optional[np.float32]) -> np.ndarray:
    return result if alpha is None else np.multiply(result, alpha)


def one_term(a: np.ndarray, b: np.ndarray, alpha: Optional[np.floating]) -> np.ndarray:
    """A product over k = 1 (float32 or float64): every kernel rounds its one term once, alpha
    applied to ``a`` first, so a zero keeps the term's sign (``-0. * 1.`` gives -0.) where a sum
    started from +0. would give +0. (numpy's; PyTorch's bmm, matrix-vector products, half and
    bfloat16 do that)."""
    return np.multiply(_times(a, alpha), b)


def _small(a: np.ndarray, b: np.ndarray, la: str, lb: str, c_offset: int, a_offset: Optional[int],
           added: Optional[np.ndarray], alpha: Optional[np.float32] = None,
           c_row_step: Optional[int] = None) -> np.ndarray:
    scaled = a if alpha is None else np.multiply(a, alpha)
    if lb == "T":
        if la == "T":
            return _after(_in_order(scaled, b), added)
        return _after(_times(_small_dots(a, b, _offset(a) if a_offset is None else a_offset), alpha), added)
    return _small_rows_vector(scaled, b, c_offset, added, c_row_step)


def covers(m: int, k: int, n: int) -> bool:
    """Whether ``product`` takes this shape (small enough to emulate cheaply)."""
    return m * n * k <= MAX_WORK and k <= MAX_K


def packed_stack(a: np.ndarray, b: np.ndarray, added: Optional[np.ndarray] = None,
                 alpha: Optional[np.float32] = None) -> Optional[np.ndarray]:
    """``product`` of each of a stack of (m, k) and (k, n) products that all take MKL's packed
    kernel on one thread (m >= 4, n >= 12, k up to one block), in one OpenBLAS call over the
    stack instead of one call each (``_fused``'s chains); None where that does not apply (other
    shapes, another BLAS, a zero result that a tiny operand may have signed), for the caller to
    take ``product`` one at a time."""
    m, k = a.shape[1:]
    n = b.shape[2]
    if m < 4 or n < 12 or not 1 < k <= _GEMM_MAX_K or not _gemm_fuses_in_order():
        return None
    left = np.empty((a.shape[0], k, m), _F32).transpose(0, 2, 1)  # each matrix column-major, as _fused has it
    left[...] = a
    out = np.matmul(left, b if alpha is None else np.multiply(b, alpha))
    if not out.all():
        return None
    return out if added is None else np.add(added, out, dtype=_F32)



def scaled_matrix_vector(a: np.ndarray, x: np.ndarray, start: Optional[np.ndarray], alpha) -> Optional[np.ndarray]:
    """``addmv`` with alpha or beta other than 1 in float32 (``scaled_gemv``)."""
    return scaled_gemv(a, x, start, alpha, _in_order, matrix_vector)


def scaled_gemv(a: np.ndarray, x: np.ndarray, start: Optional[np.ndarray], alpha, in_order: Callable,
                dots_of: Callable) -> Optional[np.ndarray]:
    """``start`` (beta * input, None for beta = 0) plus alpha * (a @ x), as MKL's gemv applies
    them (measured, float32 and float64): where it runs the column kernel (a column-major
    matrix, or a single column) it adds (alpha*x[j])*a[i, j] to the output in order; its dot
    kernel (rows) scales each dot, then adds it. ``in_order(a, b, start)`` and ``dots_of(a, x)``
    are the dtype's kernels; None where the dots are not known."""
    k = a.shape[1]
    if k == 1 or _layout(a) == "T":
        return in_order(a, np.multiply(x, alpha)[:, None], None if start is None else start[:, None])[:, 0]
    dots = dots_of(a, x)
    if dots is None:
        return None
    dots = np.multiply(dots, alpha)
    return dots if start is None else np.add(start, dots)


def dot_covers(x: np.ndarray, y: np.ndarray) -> bool:
    """sdot's order is known for contiguous vectors that both start on a 16-byte boundary (a
    fresh tensor); from other starts MKL peels and rotates its lanes (not reproduced)."""
    return (x.ndim == y.ndim == 1 and x.strides == y.strides == (x.itemsize,)
            and _offset(x) % 4 == 0 and _offset(y) % 4 == 0)


def dot(x: np.ndarray, y: np.ndarray) -> np.float32:
    """``torch.dot`` of two float32 vectors as MKL's sdot adds them: products rounded; four
    accumulators of 4 lanes take 16 terms a step, then one step of 8 (two accumulators) and
    one of 4 if that many are left; single leftover terms go into lane 0 of the first; the
    accumulators are added in order, lane by lane, and the lanes folded as (0 + 2) + (1 + 3)."""
    products = np.multiply(x, y, dtype=_F32)
    k = products.shape[0]
    if k < 16:
        return _short_dot(list(products))
    whole = k // 16 * 16
    rest = k - whole
    # every term written where its lane takes it, +0 elsewhere (an accumulator is never -0, so
    # adding +0 changes nothing), in one in-order pass: a row per step of 16, of 8, of 4, and
    # one per single leftover term
    terms = np.zeros((whole // 16 + 1 + (rest >= 8) + (rest % 8 >= 4) + rest % 4, 16), _F32)
    terms[1:1 + whole // 16] = products[:whole].reshape(-1, 16)
    row, p = 1 + whole // 16, whole
    if rest >= 8:
        terms[row, :8] = products[p:p + 8]
        row, p = row + 1, p + 8
    if k - p >= 4:
        terms[row, :4] = products[p:p + 4]
        row, p = row + 1, p + 4
    terms[row:, 0] = products[p:]
    acc = np.add.reduce(terms, axis=0).reshape(4, 4)  # 16 wide: in order (see _chain)
    lanes = ((acc[0] + acc[1]) + acc[2]) + acc[3]
    return (lanes[0] + lanes[2]) + (lanes[1] + lanes[3])


def _short_dot(p: list) -> np.float32:
    """``dot``'s additions for fewer than 16 terms, on float32 scalars (cheaper than numpy calls
    on a few elements): the step of 8 fills two accumulators, the step of 4 adds to the first,
    single terms go to its lane 0. Accumulators that took nothing stay +0, and adding +0 to a
    sum that is never -0 changes nothing, so they are left out."""
    zero = _F32(0)
    first: list = [zero] * 4
    second: Optional[list] = None
    q = 0
    if len(p) >= 8:
        first = [zero + t for t in p[0:4]]
        second = [zero + t for t in p[4:8]]
        q = 8
    if len(p) - q >= 4:
        first = [a + t for a, t in zip(first, p[q:q + 4])]
        q += 4
    lane = first[0]
    for t in p[q:]:
        lane = lane + t
    first[0] = lane
    lanes = first if second is None else [a + b for a, b in zip(first, second)]
    return (lanes[0] + lanes[2]) + (lanes[1] + lanes[3])


# ATen multiplies batches whose (rows x cols x k) is below this with a plain loop of its own.
BMM_PLAIN_LOOP_BELOW = 400


def batched(a: np.ndarray, b: np.ndarray, threads: int = 1, out_offset: int = 0, added: Optional[np.ndarray] = None,
            alpha: Optional[np.float32] = None) -> np.ndarray:
    """``torch.bmm`` of float32 (B, m, k) and (B, k, n) arrays: below ``BMM_PLAIN_LOOP_BELOW``
    ATen's own loop (products rounded, added in order), else one MKL product per matrix, the
    i-th written at element out_offset + i * m * n of the output's allocation (its alignment
    decides MKL's loops). ``baddbmm``: ``added`` (beta * input, broadcast to the output) and
    ``alpha``: ATen's loop computes added + alpha * sum, MKL applies them per kernel (``product``).
    Matrix-vector shapes (m or n = 1) after the first matrix are not measured."""
    count, m, k = a.shape
    n = b.shape[2]
    if added is not None:
        added = np.broadcast_to(added, (count, m, n))
    if m * n * k < BMM_PLAIN_LOOP_BELOW:
        products = np.empty((k, count, m, n), _F32)
        np.multiply(a.transpose(2, 0, 1)[:, :, :, None], b.transpose(1, 0, 2)[:, :, None, :], out=products)
        return _after(_times(_chain(np.zeros((count, m, n), _F32), products), alpha), added)
    out = np.empty((count, m, n), _F32)
    # ATen spreads the matrices over its threads; MKL inside each then runs on one.
    threads = threads if count == 1 else 1
    a_start = _offset(a)
    step = a.strides[0] // a.itemsize
    for i in range(count):
        out[i] = product(a[i], b[i], threads, None if added is None else added[i], c_offset=out_offset + i * m * n,
                         a_offset=a_start + i * step, alpha=alpha)
    return out

"""float64 dot products and matrix-vector products added up in the order Intel MKL adds them.

PyTorch's CPU wheel sends a float64 ``torch.dot`` to MKL's ddot and a matrix-vector product
(``mv``, ``matrix @ vector``, ``mm``/``addmm`` with one row or one column, ``nn.Linear`` to one
output) to its dgemv. numpy's OpenBLAS fuses and orders differently, so most such results
differed in a last bit (a float64 ``Linear(k, 1)``: 32 of 42 forward/backward checks).
Measured on PyTorch 2.13 (MKL, AVX512 machine, one and two threads) with
``tools/measure_matmul_float64.py``; every product is rounded before it is added (no fused
multiply-add), and a vector register holds two doubles (16 bytes):

- **dot:** four accumulators of two lanes take 8 terms a step; the leftover pairs and a last
  single term go to the first accumulator (the single term to lane 0). A ``y`` that starts off
  a 16-byte boundary has its first term added to lane 0 before the steps. The accumulators are
  added in order, lane by lane, then the two lanes. From 4096 terms on two threads MKL splits
  the dot over its threads in a way not reproduced (``dot_covers``).
- **matrix-vector, contiguous rows:** rows four at a time: 1 or 2 terms peeled (by k and where
  the matrix starts), added in order into lane 0, then two lanes to the end. The last
  ``m % 4`` rows: two of them together (the first row with two accumulators taking alternate
  vector steps, the second with one; 8 terms a step), then a single row with four
  accumulators added as (0 + 1) + (2 + 3); both peel the terms before the vector's next
  16-byte boundary (2 if it is on one) and add the terms after their last whole step in order.
- **a transposed matrix** (a ``.t()`` view), and a single row times a single column unless the
  column is a transposed view: each product added in order.
- ``addmm``'s added term: after the product for the dot kernels; the in-order kernel starts
  each sum from it.
"""
from __future__ import annotations

from typing import Optional

import numpy as np

from autograd_tui.engine.parity.blas import get_threads
from autograd_tui.engine.parity.matmul import MAX_WORK, _layout, _offset, _sum_stacked, _times, one_term, scaled_gemv

_F64 = np.float64
LANES = 2  # doubles in a 16-byte register
DOT_SPLIT_ON_THREADS = 4096


def _in_order(a: np.ndarray, b: np.ndarray, added: Optional[np.ndarray]) -> np.ndarray:
    """(m, k) @ (k, n): each product rounded, then added in order of k from ``added`` (or +0)."""
    products = np.multiply(a.T[:, :, None], b[:, None, :])  # (k, m, n); with out= numpy loops slower
    if products.shape[0] == 0:  # no terms: the registers' +0, or the added term alone
        zeros = np.zeros(products.shape[1:], _F64)
        return zeros if added is None else np.add(added, zeros)
    if added is None:
        return _sum_stacked(products) + 0.0  # the registers start at +0: a sum of -0 products is +0
    products[0] += added  # added + p0 first (the same rounding either way round)
    return _sum_stacked(products)


def _vector_sums(products: np.ndarray, peel: int, run: int, accumulators: int) -> np.ndarray:
    """(k, e) products: the first ``peel`` in order into lane 0 of accumulator 0, then ``run``
    terms in vector steps of two lanes, step s into accumulator s % accumulators. Returns the
    (accumulators, 2, e) sums."""
    k, e = products.shape
    rows = run // (LANES * accumulators)
    terms = np.zeros((1 + peel + rows, accumulators, LANES, e), _F64)  # row 0: the +0 registers
    terms[1:1 + peel, 0, 0] = products[:peel]
    if run:
        terms[1 + peel:] = products[peel:peel + run].reshape(rows, accumulators, LANES, e)
    return _sum_stacked(terms)


def _then_in_order(acc: np.ndarray, rest: np.ndarray) -> np.ndarray:
    """``acc`` (e,) plus each row of ``rest`` (t, e), in order."""
    if not rest.shape[0]:
        return acc
    return np.add.accumulate(np.concatenate([acc[None], rest]), axis=0)[-1]


def _row_sums(products: np.ndarray, peel: int, run: int, accumulators: int, pairwise: bool = False) -> np.ndarray:
    sums = _vector_sums(products, peel, run, accumulators)
    if not run:
        acc = sums[0, 0]
    else:
        if pairwise:  # four accumulators: (0 + 1) + (2 + 3)
            lanes = (sums[0] + sums[1]) + (sums[2] + sums[3])
        else:
            lanes = sums[0]
            for which in range(1, accumulators):
                lanes = lanes + sums[which]
        acc = lanes[0] + lanes[1]
    return _then_in_order(acc, products[peel + run:])


def _dot_rows(a: np.ndarray, x: np.ndarray, offset: int, vec_offset: int) -> np.ndarray:
    """dgemv over contiguous rows: each (k,) row of ``a`` times ``x`` (see the module's text).
    ``offset``/``vec_offset``: where ``a`` and ``x`` start, in elements past their allocation's
    start (a 16-byte boundary)."""
    m, k = a.shape
    products = np.multiply(a.T, x[:, None])  # (k, m)
    out = np.empty(m, _F64)
    whole = m // 4 * 4
    if whole:
        peel = min(k, (k - 1 - offset) % LANES + 1)
        out[:whole] = _row_sums(products[:, :whole], peel, (k - peel) // LANES * LANES, 1)
    peel = min(k, (-vec_offset - 1) % LANES + 1)
    run = (k - peel) // 8 * 8
    paired = (m - whole) // 2 * 2
    for r in range(whole, m):
        column = products[:, r:r + 1]
        if r - whole < paired:
            out[r] = _row_sums(column, peel, run, 2 if (r - whole) % 2 == 0 else 1)[0]
        else:
            out[r] = _row_sums(column, peel, run, 4, pairwise=True)[0]
    return out


def covers(m: int, k: int, n: int) -> bool:
    """Whether ``product`` takes this shape (small enough to emulate cheaply)."""
    return m * n * k <= MAX_WORK


# MKL's packed kernel works on tiles of 4 rows by 12 columns (PyTorch's terms).
TILE_ROWS, TILE_COLS = 4, 12


def product(a: np.ndarray, b: np.ndarray, added: Optional[np.ndarray] = None,
            out_offset: int = 0, alpha: Optional[np.floating] = None) -> Optional[np.ndarray]:
    """``added + a @ b`` (``a @ b`` without ``added``) of float64 (m, k) and (k, n) arrays as
    MKL adds them with each operand's layout as PyTorch passes it; None where the order is not
    known (a BLAS that does not fuse in order). Two transposed operands are taken as a row-major
    ``a`` times a transposed ``b``: exact in the packed tiles, not in the strips around them.
    ``out_offset``: where the output starts in its allocation, in elements (bmm's later
    matrices), which decides the in-order kernel's aligned loops. ``alpha`` (addmm's, with
    ``added`` already ``beta * input``): where MKL applies it (measured): the in-order kernels
    scale ``a``, the packed tiles ``b``, the dot kernels their sums (then add)."""
    m, k = a.shape
    n = b.shape[1]
    la, lb = _layout(a), _layout(b)
    if la == "C":
        a, la = np.ascontiguousarray(a), "N"
    if lb == "C":
        b, lb = np.ascontiguousarray(b), "N"
    if m == 0 or n == 0 or k == 0:
        return _in_order(a, b, added)
    if m == 1 and lb == "T":  # (also a single output: nn.Linear(k, 1) on one sample)
        return _after(_times(_dot_rows(b.T, a[0], _offset(b), _offset(a))[None, :], alpha), added)
    if n == 1 and m > 1 and la == "N":
        return _after(_times(_dot_rows(a, b[:, 0], _offset(a), _offset(b))[:, None], alpha), added)
    if m == 1 or n == 1:
        return _in_order(_times(a, alpha), b, added)
    if k == 1 and added is None:
        return one_term(a, b, alpha)
    rows, cols = m // TILE_ROWS * TILE_ROWS, n // TILE_COLS * TILE_COLS
    tiled = rows > 0 and cols > 0
    if la == lb == "T":
        # two transposed operands: MKL's packed tiles come out as with a row-major ``a`` (every
        # measured tile element); the strips beside and below them do not (62% there)
        a, la = np.ascontiguousarray(a), "N"
    if tiled and not _gemm_fuses_in_order():
        return None
    if not tiled:
        return _small(a, b, lb, added, slice(0, m), 0, out_offset=out_offset, alpha=alpha)
    # the packed tiles scale b; a single term of k is (alpha*a)*b there too
    tiles = (_tiles(_times(a[:rows], alpha), b[:, :cols], _part(added, (m, n), slice(0, rows), slice(0, cols)))
             if k == 1 else _tiles(a[:rows], _times(b[:, :cols], alpha), _part(added, (m, n), slice(0, rows),
                                                                                 slice(0, cols))))
    if tiles is None:
        return None
    out = np.empty((m, n), _F64)
    out[:rows, :cols] = tiles
    if cols < n:  # beside the tiles
        out[:rows, cols:] = _small(a, b, lb, added, slice(0, rows), cols, out_offset=out_offset, alpha=alpha)
    if rows < m:  # below them (with a transposed weight, peeled as dgemv's rows in fours)
        out[rows:] = _small(a, b, lb, added, slice(rows, m), 0, peel=min(k, (k - 1) % LANES + 1),
                            out_offset=out_offset, alpha=alpha)
        if lb == "T" and cols < n and k != 4 and get_threads() > 1:
            # on two threads the corner below the tiles and beside them takes the kernel beside
            # the tiles, peeled to each row's 16-byte boundary (measured; k = 4 keeps the rows'
            # peel of 2, and one thread the rows' kernel)
            out[rows:, cols:] = _small(a, b, lb, added, slice(rows, m), cols, out_offset=out_offset, alpha=alpha)
    return out


def _small(a: np.ndarray, b: np.ndarray, lb: str, added: Optional[np.ndarray], rows: slice, first_col: int,
           peel: Optional[int] = None, out_offset: int = 0, alpha: Optional[np.floating] = None) -> np.ndarray:
    """The small kernels over ``rows`` and the columns from ``first_col`` of ``a @ b``: dots for a
    transposed ``b``, else the products in order from the added term."""
    m, n = a.shape[0], b.shape[1]
    term = _part(added, (m, n), rows, slice(first_col, n))
    if lb == "T":
        if a.shape[1] == 1 and alpha is not None:  # a single product: (alpha*a)*b
            return _after(_in_order(_times(a[rows], alpha), b[:, first_col:], None), term)
        return _after(_times(_small_dots(a[rows], b[:, first_col:], _offset(a[rows]), peel), alpha), term)
    a = _times(a, alpha)
    part = _in_order(a[rows], b[:, first_col:], term)
    _peeled_rows(part, a, b, added, rows, first_col, out_offset)
    return part


def _tiles(a: np.ndarray, b: np.ndarray, added: Optional[np.ndarray]) -> Optional[np.ndarray]:
    """The packed kernel: each element's chain of fused multiply-adds in order of k, starting
    from addmm's term where there is one (a single product is rounded, then the term added).
    The term goes in as the chain's first product: a column of ones before ``a`` and the term
    as ``b``'s first row, or, for a term that differs by row, an identity block (whose zero
    products add nothing; None if the term is not finite, where they would)."""
    m, k = a.shape
    n = b.shape[1]
    if added is None or k == 1:
        return _after(np.matmul(np.asfortranarray(a), b), added)
    term = np.broadcast_to(added, (m, n))
    if term.strides[0] == 0:  # one row for all: a column of ones
        lead, first = np.ones((m, 1)), term[:1]
    elif np.isfinite(term).all():
        lead, first = np.eye(m), term
    else:
        return None
    widened = np.empty((m, lead.shape[1] + k), _F64, order="F")
    widened[:, :lead.shape[1]] = lead
    widened[:, lead.shape[1]:] = a
    return np.matmul(widened, np.concatenate([first, b]))


def _peeled_rows(part: np.ndarray, a: np.ndarray, b: np.ndarray, added: Optional[np.ndarray], rows: slice,
                 first_col: int, out_offset: int = 0) -> None:
    """The in-order kernel's scalar loop, into ``part`` (``rows`` of the output from ``first_col``
    on): where such a row starts off a 16-byte boundary of the whole (m, n) output and at least
    a vector follows, its first element is added in blocks of 8 terms, the first 4 in order and
    the next 4 summed apart, then added."""
    n = b.shape[1]
    if n - first_col - 1 < LANES or (n % LANES == 0 and (out_offset + first_col) % LANES == 0):
        return
    for r in range(rows.start, rows.stop):
        if (out_offset + r * n + first_col) % LANES == 0:
            continue
        products = (a[r] * b[:, first_col]).tolist()
        acc = 0.0 if added is None else float(np.broadcast_to(added, (a.shape[0], n))[r, first_col])
        q = 0
        while q + 8 <= len(products):
            for t in products[q:q + 4]:
                acc += t
            block = products[q + 4]
            for t in products[q + 5:q + 8]:
                block += t
            acc += block
            q += 8
        for t in products[q:]:
            acc += t
        part[r - rows.start, 0] = acc


def _after(result: np.ndarray, added: Optional[np.ndarray]) -> np.ndarray:
    return result if added is None else np.add(added, result)


def _part(added: Optional[np.ndarray], shape: tuple, rows: slice, cols: slice) -> Optional[np.ndarray]:
    """The added term's values over ``rows`` and ``cols`` of the output."""
    return None if added is None else np.broadcast_to(added, shape)[rows, cols]


def _small_dots(a: np.ndarray, b: np.ndarray, a_offset: int, peel: Optional[int] = None) -> np.ndarray:
    """``b`` transposed (nn.Linear's ``weight.t()``): each element a dot of a row of ``a`` and a
    row of the weight, peeled to the row of ``a``'s 16-byte boundary (or by ``peel`` terms);
    whole groups of 4 columns with one accumulator of two lanes, the other columns as dgemv's
    single row."""
    m, k = a.shape
    n = b.shape[1]
    out = np.empty((m, n), _F64)
    whole = n // 4 * 4
    row_step = a.strides[0] // a.itemsize
    period = 1 if row_step % LANES == 0 else LANES  # rows r, r + period, ... start alike
    for r in range(min(period, m)):
        picked = slice(r, None, period)
        count = len(range(r, m, period))
        first = min(k, -(a_offset + row_step * r) % LANES) if peel is None else peel
        products = np.multiply(a[picked].T[:, :, None], b[:, None, :])  # (k, rows, n)
        if whole:
            part = products[:, :, :whole].reshape(k, -1)
            sums = _row_sums(part, first, (k - first) // LANES * LANES, 1)
            out[picked, :whole] = sums.reshape(count, whole)
        if whole < n:
            part = products[:, :, whole:].reshape(k, -1)
            sums = _row_sums(part, first, (k - first) // 8 * 8, 4, pairwise=True)
            out[picked, whole:] = sums.reshape(count, n - whole)
    return out


_GEMM_PROBES = ((4, 5, 12), (5, 20, 13))
_GEMM_CHECKED: list = []


def _gemm_fuses_in_order() -> bool:
    """Whether numpy's BLAS, given a column-major ``a``, adds each element's products in order
    of k with fused multiply-adds (OpenBLAS 0.3 on AVX512 does), checked once against an exact
    chain on probe shapes with mixed magnitudes."""
    if not _GEMM_CHECKED:
        rng = np.random.default_rng(2024)
        same = True
        for m, k, n in _GEMM_PROBES:
            a = rng.standard_normal((m, k)) * np.exp2(rng.integers(-20, 21, (m, k)))
            b = rng.standard_normal((k, n))
            same = same and np.array_equal(np.matmul(np.asfortranarray(a), b), _exact_fused_chain(a, b))
        _GEMM_CHECKED.append(same)
    return bool(_GEMM_CHECKED[0])


def _exact_fused_chain(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """acc = fma(a[i, p], b[p, j], acc) for p in order, with exact rationals (probe sizes only)."""
    from fractions import Fraction
    m, k = a.shape
    n = b.shape[1]
    out = np.empty((m, n), _F64)
    for i in range(m):
        for j in range(n):
            acc = Fraction(0)
            for p in range(k):
                acc = Fraction(float(acc + Fraction(float(a[i, p])) * Fraction(float(b[p, j]))))
            out[i, j] = float(acc)
    return out


def matrix_vector(a: np.ndarray, x: np.ndarray) -> Optional[np.ndarray]:
    """``torch.mv`` of a float64 (m, k) array and a (k,) vector; None for a strided vector with
    a row-major matrix (not measured)."""
    if _layout(a) == "T":
        return _in_order(a, x[:, None], None)[:, 0]
    if x.strides[0] != x.itemsize and x.shape[0] > 1:
        return None
    if _layout(a) == "N":
        return _dot_rows(a, x, _offset(a), _offset(x))
    return _dot_rows(np.ascontiguousarray(a), x, 0, _offset(x))



def scaled_matrix_vector(a: np.ndarray, x: np.ndarray, start: Optional[np.ndarray], alpha) -> Optional[np.ndarray]:
    """``addmv`` with alpha or beta other than 1 in float64 (``matmul.scaled_gemv``)."""
    return scaled_gemv(a, x, start, alpha, _in_order, matrix_vector)


def dot_covers(x: np.ndarray, y: np.ndarray, threads: int) -> bool:
    """Contiguous vectors, and short enough that MKL keeps the dot on one thread."""
    return (x.strides == y.strides == (x.itemsize,) and x.shape[0] <= MAX_WORK
            and (threads < 2 or x.shape[0] < DOT_SPLIT_ON_THREADS))


def dot(x: np.ndarray, y: np.ndarray) -> np.float64:
    """``torch.dot`` of two contiguous float64 vectors as MKL's ddot adds them."""
    products = np.multiply(x, y)
    k = products.shape[0]
    head = _offset(y) % LANES if k else 0  # a term added before y's 16-byte boundary
    full = (k - head) // 8
    rest = k - head - full * 8
    terms = np.zeros((1 + head + full + rest // 2 + rest % 2, 4, LANES), _F64)
    terms[1:1 + head, 0, 0] = products[:head]
    row, p = 1 + head, head
    terms[row:row + full] = products[p:p + full * 8].reshape(full, 4, LANES)
    row, p = row + full, p + full * 8
    for _ in range(rest // 2):
        terms[row, 0] = products[p:p + 2]
        row, p = row + 1, p + 2
    if rest % 2:
        terms[row, 0, 0] = products[p]
    acc = np.add.accumulate(terms, axis=0)[-1]
    lanes = ((acc[0] + acc[1]) + acc[2]) + acc[3]
    return _F64(lanes[0] + lanes[1])


# ATen multiplies batches whose (rows x cols x k) is below this with a plain loop of its own.
BMM_PLAIN_LOOP_BELOW = 400


def batched(a: np.ndarray, b: np.ndarray, out_offset: int = 0, added: Optional[np.ndarray] = None,
            alpha: Optional[np.floating] = None) -> np.ndarray:
    """``torch.bmm`` of float64 (B, m, k) and (B, k, n) arrays: below ``BMM_PLAIN_LOOP_BELOW``
    ATen's own loop (products rounded, added in order from 0), else MKL's product of each
    matrix as ``product`` computes it (numpy's where that order is not known), the i-th written
    at element out_offset + i * m * n of the output's allocation (its alignment decides MKL's
    loops). ``baddbmm``: ``added`` (beta * input) and ``alpha`` as in ``matmul.batched``."""
    count, m, k = a.shape
    n = b.shape[2]
    if added is not None:
        added = np.broadcast_to(added, (count, m, n))
    if m * n * k < BMM_PLAIN_LOOP_BELOW:
        products = np.multiply(a.transpose(2, 0, 1)[:, :, :, None], b.transpose(1, 0, 2)[:, :, None, :])
        return _after(_times(_in_order_stack(products, (count, m, n)), alpha), added)
    out = np.empty((count, m, n), _F64)
    for i in range(count):
        term = None if added is None else added[i]
        known = product(a[i], b[i], term, out_offset=out_offset + i * m * n, alpha=alpha)
        if known is None:
            known = _after(_times(np.matmul(a[i], b[i]), alpha), term)
        out[i] = known
    return out


def _in_order_stack(products: np.ndarray, shape: tuple) -> np.ndarray:
    """(k, ...) products added in order from +0."""
    stacked = np.empty((products.shape[0] + 1,) + shape, _F64)
    stacked[0] = 0.0
    stacked[1:] = products
    return _sum_stacked(stacked)

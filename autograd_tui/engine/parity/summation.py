"""Floating-point sums added up in the order PyTorch's CPU kernel adds them.

A float32 sum depends on the order of its additions. numpy sums pairwise; PyTorch sums in
vector lanes (8 floats or 4 doubles), four vectors at a time, with a cascade of partial sums.
``loss.item()`` prints every digit of a float32, so a different order shows. This module
reproduces PyTorch's order for the common cases — a sum over all elements of a contiguous
tensor, over its trailing dims (along rows), over a block of dims with kept dims after it
(down columns: a Linear layer's bias gradient) or over dims split by kept ones with the last
dim reduced (rows, then their sums one after another) — and leaves the rest to numpy. A
permuted view of a contiguous array (an NHWC image batch permuted to NCHW, a transposed matrix)
is first seen in memory order, as PyTorch's TensorIterator reorders dims by stride.

Above 32,768 elements PyTorch splits a sum of everything across its threads, so the result
depends on the thread count (``torch.get_num_threads()``, the engine's OpenBLAS count); a sum
along a dim gives each thread whole rows or columns and stays the same.
"""
from __future__ import annotations

import math

import numpy as np

from autograd_tui.engine.parity.blas import get_threads

_LANES = {np.dtype(np.float32): 8, np.dtype(np.float64): 4}
_ILP = 4          # vectors summed side by side
_LEVELS = 4       # depth of the cascade of partial sums
_PARALLEL_ABOVE = 32768


def _ceil_log2(n: int) -> int:
    return 0 if n <= 1 else (n - 1).bit_length()


def _fold(x: np.ndarray, axis: int) -> np.ndarray:
    """Sum along ``axis`` one term after another (a single accumulator's order).

    It starts from the first term instead of from 0, which changes at most the sign of a
    zero; ``_cascade`` mends that at the end. (``np.add.accumulate`` adds in the same order
    but is several times slower than this loop over the few terms a fold has.)
    """
    count = x.shape[axis]
    if count == 0:
        return np.zeros(x.shape[:axis] + x.shape[axis + 1:], x.dtype)
    trailing = math.prod(x.shape[axis + 1:])
    if trailing >= 2 and x.strides[-1] == x.itemsize and x.strides[axis] == x.itemsize * trailing:
        # numpy reduces an axis that has contiguous rows after it one row after another into
        # the output: the loop's order, in one call (tests/test_summation_order.py holds numpy to it)
        return np.add.reduce(x, axis=axis)
    before = (slice(None),) * axis
    acc = x[before + (0,)].copy()
    for k in range(1, count):
        np.add(acc, x[before + (k,)], out=acc)
    return acc


def _groups(x: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray | None]:
    """(batch, n, ...) -> the sums of the complete groups of ``size`` terms, and of the rest
    (None when there is none: a sum of nothing is 0, which the final ``+ 0`` stands for)."""
    full = x.shape[1] // size
    sums = _fold(x[:, : full * size].reshape((x.shape[0], full, size) + x.shape[2:]), 2)
    return sums, (_fold(x[:, full * size:], 1) if x.shape[1] > full * size else None)


def _added(*parts: np.ndarray | None) -> np.ndarray:
    """The parts added left to right, then ``+ 0``; a missing part (0) changes at most the sign of
    a zero, which that last ``+ 0`` settles as the kernel's accumulators, starting at +0, do."""
    present = [p for p in parts if p is not None]
    total = present[0]
    for part in present[1:]:
        total = total + part
    return total + total.dtype.type(0)


def _cascade(rows: np.ndarray) -> np.ndarray:
    """Sum ``rows`` (batch, count, ...) along axis 1 as PyTorch's cascade of partial sums does.

    Level 0 sums blocks of 2^k rows; level 1 sums 2^k block sums and hands them to level 2,
    which does the same for level 3; what is left in each level is added at the end. Each
    level is a plain chain of additions, so every level runs as a few numpy calls over all
    its groups at once (the same additions in the same order as the kernel's loop). The
    kernel's accumulators start at +0, so a zero total is +0: the final ``+ 0`` makes it so.
    """
    step = 1 << max(4, _ceil_log2(rows.shape[1]) // _LEVELS)
    if rows.shape[1] < step:  # the levels above stay 0: skip them
        return _added(_fold(rows, 1))
    blocks, acc0 = _groups(rows, step)
    if blocks.shape[1] < step:
        return _added(acc0, _fold(blocks, 1))
    level1, acc1 = _groups(blocks, step)
    level2, acc2 = _groups(level1, step)
    return _added(acc0, acc1, acc2, _fold(level2, 1))


def _row_sum(vectors: np.ndarray) -> np.ndarray:
    """(batch, count, lanes) -> (batch, lanes): four interleaved cascades, then combined."""
    batch, count, lanes = vectors.shape
    groups = count // _ILP
    partial = _cascade(vectors[:, : groups * _ILP].reshape(batch, groups, _ILP, lanes))
    for k in range(groups * _ILP, count):
        partial[:, 0] += vectors[:, k]
    for k in range(1, _ILP):
        partial[:, 0] += partial[:, k]
    return partial[:, 0]


def _short_rows_sum(x: np.ndarray, lanes: int) -> np.ndarray:
    """_lane_cascade_sum's order for rows of fewer than _ILP vectors, in a few numpy calls.

    Each row's sum is a chain of additions: the elements past the last full vector, then each
    lane's own chain (element j, j + lanes, ...). The chains run on a transposed copy, one numpy
    call per step for the whole batch. They start from their first term instead of from 0,
    which changes at most the sign of a zero result; the final ``+ 0`` mends that.
    """
    n = x.shape[1]
    rows = np.ascontiguousarray(x.T)  # (n, batch): term k of every row is one contiguous slice
    if n < lanes:  # one lane: the first _ILP elements start four partial sums, met at the end
        terms = rows if n < _ILP else rows[[0, *range(_ILP, n), *range(1, _ILP)]]
    else:
        full = n // lanes
        lane_sums = rows[:lanes]
        for k in range(1, full):
            lane_sums = lane_sums + rows[k * lanes:(k + 1) * lanes]
        terms = np.concatenate([rows[full * lanes:], lane_sums]) if n > full * lanes else lane_sums
    total = terms[0] if len(terms) == 1 else np.add.accumulate(terms, axis=0)[-1]
    return np.add(total, x.dtype.type(0))


def _last_axis_sum(x: np.ndarray) -> np.ndarray:
    """Sum each row of a 2-D contiguous array the way PyTorch does."""
    lanes = _LANES[x.dtype]
    if x.shape[1] < lanes * _ILP:
        return _short_rows_sum(x, lanes)
    return _lane_cascade_sum(x, lanes)


def _lane_cascade_sum(x: np.ndarray, lanes: int) -> np.ndarray:
    batch, n = x.shape
    if n < lanes:
        return _row_sum(x.reshape(batch, n, 1))[:, 0]
    full = n // lanes
    lane_sums = _row_sum(x[:, : full * lanes].reshape(batch, full, lanes))
    total = np.zeros(batch, dtype=x.dtype)
    for k in range(full * lanes, n):
        total += x[:, k]
    for k in range(lanes):
        total += lane_sums[:, k]
    return total


def _outer_sum(x: np.ndarray) -> np.ndarray:
    """Sum (batch, rows, cols) along the rows, each column on its own, in PyTorch's order.

    The kernel runs down the columns four vectors (or, for fewer columns than a vector, four
    columns) at a time, one cascade per column; the columns left over are summed (a vector at
    a time, then one by one) with four interleaved partial sums, as a row is.
    """
    lanes = _LANES[x.dtype]
    cols = x.shape[2]
    together = cols - cols % (_ILP * lanes if cols >= lanes else _ILP)
    if together == cols:
        return _cascade(x)
    rest = _row_sum(x[:, :, together:])
    return rest if not together else np.concatenate([_cascade(x[:, :, :together]), rest], axis=1)


def _column_sums(x: np.ndarray) -> np.ndarray:
    """``_outer_sum`` of a 2-D C-contiguous (rows, cols) array (a Linear layer's bias gradient,
    every batch) in a few numpy calls: the same additions, without the general path's layers.
    Columns that are not all cascaded alike (32 and 8 more, say) take the general path."""
    lanes = _LANES[x.dtype]
    count, cols = x.shape
    together = cols - cols % (_ILP * lanes if cols >= lanes else _ILP)
    if together == cols:
        sums = _cascade_down(x)
    elif together == 0:  # every column summed as a row is: four interleaved partial sums
        groups = count // _ILP
        partial = _cascade_down(x[: groups * _ILP].reshape(groups, _ILP * cols))
        if partial is not None:
            partial = partial.reshape(_ILP, cols)
            for k in range(groups * _ILP, count):
                partial[0] += x[k]
            return np.add.reduce(partial, axis=0)  # ((p0 + p1) + p2) + p3: rows in order
        sums = None
    else:
        sums = None
    return _outer_sum(x.reshape(1, count, cols))[0] if sums is None else sums


def _cascade_down(x: np.ndarray) -> np.ndarray | None:
    """``_cascade`` of a 2-D C-contiguous array down its columns, for fewer than two full levels
    (None above: the general path). A fold that ends the sum starts from +0 (``initial``), which
    stands for ``_added``'s final ``+ 0``: the two differ at most in the sign of a zero partial
    sum, and both make a zero total +0."""
    count, width = x.shape
    step = 1 << max(4, _ceil_log2(count) // _LEVELS)
    zero = x.dtype.type(0)
    if count < step:
        return np.add.reduce(x, axis=0, initial=zero)
    full = count // step
    if full >= step:
        return None
    blocks = np.add.reduce(x[: full * step].reshape(full, step, width), axis=1)
    if count == full * step:
        return np.add.reduce(blocks, axis=0, initial=zero)
    rest = np.add.reduce(x[full * step:], axis=0)
    total = np.add(rest, np.add.reduce(blocks, axis=0), out=rest)
    return np.add(total, zero, out=total)


def _total(flat: np.ndarray) -> np.floating:
    """The sum of a 1-D contiguous array: above 32,768 elements, one part per thread.

    PyTorch gives each of up to ``torch.get_num_threads()`` threads an equal share (rounded up)
    of at least 32,768 elements, sums each share as a row, then sums the per-thread results
    (one slot per thread, 0 where a thread had no share) with the same kernel.
    """
    count = flat.size
    tasks = min(get_threads(), -(-count // _PARALLEL_ABOVE)) if count > _PARALLEL_ABOVE else 1
    if tasks <= 1:
        return _last_axis_sum(flat.reshape(1, -1))[0]
    share = -(-count // tasks)
    slots = np.zeros((1, get_threads()), dtype=flat.dtype)
    for task in range(tasks):
        slots[0, task] = _last_axis_sum(flat[task * share:(task + 1) * share].reshape(1, -1))[0]
    return _last_axis_sum(slots)[0]


def _split_sum(x: np.ndarray, axes: tuple) -> np.ndarray | None:
    """The kept values (flat, C order) of a sum whose reduced dims are not one block of a
    contiguous array (``x.mean(dim=(0, 2))``, or every dim of a slice such as ``batch[:, c]``),
    when its last dim is reduced and contiguous; None otherwise.

    PyTorch's iterator puts the reduced dims innermost, by stride: it sums each row of the
    trailing contiguous reduced block, then adds the row sums into the zeroed output one after
    another, the other reduced dims in the order of their strides (C order for a plain view).
    """
    kept = [d for d in range(x.ndim) if x.shape[d] != 1]
    if not kept or kept[-1] not in axes or x.strides[kept[-1]] != x.itemsize or x.size > _PARALLEL_ABOVE:
        return None
    tail = [kept[-1]]
    for d in reversed(kept[:-1]):
        if d not in axes or x.strides[d] != x.strides[tail[0]] * x.shape[tail[0]]:
            break
        tail.insert(0, d)
    rest = [d for d in kept if d in axes and d not in tail]
    if any(x.strides[a] < x.strides[b] for a, b in zip(rest, rest[1:])):
        return None  # another order of strides: another order of additions
    width = math.prod(x.shape[d] for d in tail)
    outer = [d for d in kept if d not in tail]
    rows = _last_axis_sum(np.ascontiguousarray(x).reshape(-1, width))
    rows = rows.reshape([x.shape[d] for d in outer])
    moved = [outer.index(d) for d in rest]
    rows = np.moveaxis(rows, moved, list(range(len(moved)))).reshape(math.prod(x.shape[d] for d in rest), -1)
    total = np.zeros(rows.shape[1], dtype=x.dtype)
    for row in rows:
        total += row
    return total


def _is_row_slice(x: np.ndarray) -> bool:
    """A 2-D view of consecutive elements in each row, the rows further apart than their length:
    neither of its dims can merge with the other, as in its contiguous copy."""
    return (x.ndim == 2 and x.shape[0] > 1 and x.shape[1] > 1 and x.strides[1] == x.itemsize
            and x.strides[0] > x.shape[1] * x.itemsize)


def _memory_order_sum(x: np.ndarray, axis, keepdims: bool):
    """The sum of a permuted view of a contiguous array (an image batch permuted from NHWC to NCHW)
    taken with its dims in memory order, as PyTorch's TensorIterator orders them; None otherwise."""
    order = sorted(range(x.ndim), key=lambda d: -x.strides[d])
    y = x.transpose(order)
    if not y.flags.c_contiguous or order == list(range(x.ndim)):
        return None
    axes = set(range(x.ndim)) if axis is None else {a % x.ndim for a in (axis if isinstance(axis, tuple) else (axis,))}
    if len(axes) == x.ndim:  # everything: one sum of the buffer, in memory order
        total = float_sum(y.reshape(-1))
        return np.full((1,) * x.ndim, total, dtype=x.dtype) if keepdims else np.asarray(total)
    summed = float_sum(y, tuple(sorted(order.index(a) for a in axes)), keepdims=True)
    # added in memory order, but the result is laid out contiguously, as PyTorch's is
    back = np.ascontiguousarray(summed.transpose(np.argsort(order)))
    return back if keepdims else back.reshape(tuple(n for d, n in enumerate(x.shape) if d not in axes))


def numpy_sum(x: np.ndarray, axis, keepdims: bool) -> np.ndarray:
    """numpy's own sum, called as the ufunc so that an overflow's RuntimeWarning is raised in the
    engine (whose warnings are silenced) rather than in numpy's ``_methods`` module."""
    return np.add.reduce(x, axis=axis, keepdims=keepdims)  # type: ignore[call-overload]


def _complex_sum(x: np.ndarray, axis, keepdims: bool) -> np.ndarray:
    """A complex sum: PyTorch's vectors hold half as many complex numbers as floats, and it adds
    real and imaginary parts in those lanes, so a whole contiguous tensor (up to one thread's share)
    sums each part with the float cascade at half the lanes (matched against PyTorch 2.13); other
    sums are numpy's (the last bits may differ)."""
    x = np.asarray(x)  # the guard's checks are the caller's; the parts are plain floats here
    whole = axis is None or (isinstance(axis, tuple) and len(axis) == x.ndim)
    if not whole or not x.flags.c_contiguous or not 0 < x.size <= _PARALLEL_ABOVE:
        return numpy_sum(x, axis, keepdims)
    lanes = _LANES[x.real.dtype] // 2
    flat = x.reshape(-1)
    total = np.empty((), x.dtype)
    for part, target in ((flat.real, "real"), (flat.imag, "imag")):
        row = np.ascontiguousarray(part).reshape(1, -1)
        value = (_short_rows_sum(row, lanes) if row.shape[1] < lanes * _ILP else _lane_cascade_sum(row, lanes))[0]
        setattr(total, target, value)
    return total.reshape((1,) * x.ndim) if keepdims else total


def float_sum(x: np.ndarray, axis=None, keepdims: bool = False) -> np.ndarray:
    """``x.sum(axis)`` with PyTorch's order of additions where it is known, else numpy's."""
    if x.dtype == np.float16:
        # PyTorch adds float16 in float32 and rounds once at the end; numpy would round every step.
        return float_sum(x.astype(np.float32), axis, keepdims).astype(np.float16)
    if x.dtype not in _LANES:
        if x.dtype.kind == "c":
            return _complex_sum(x, axis, keepdims)
        return numpy_sum(x, axis, keepdims)
    if not x.flags.c_contiguous and x.ndim > 1 and x.size:
        if _is_row_slice(x) and (axis in (0, 1, -1, -2) or axis in ((0,), (1,), (-1,), (-2,))):
            # a slice of columns (``grad[:, 5:9]``, what cat's backward hands on): PyTorch's
            # iterator loops over it as over its contiguous copy, only the row stride differs
            return float_sum(np.ascontiguousarray(x), axis, keepdims)
        in_memory_order = _memory_order_sum(x, axis, keepdims)
        if in_memory_order is not None:
            return in_memory_order
    if (axis == (0,) or axis == 0) and x.ndim == 2 and x.shape[0] > 1 and x.shape[1] > 1 and x.flags.c_contiguous:
        # a Linear layer's bias gradient, every batch: the general case below, without its analysis
        cols = _column_sums(x)
        return cols.reshape((1, x.shape[1]) if keepdims else (x.shape[1],))
    if axis is None or (isinstance(axis, tuple) and len(axis) == x.ndim):
        if x.size and not x.flags.c_contiguous:
            split = _split_sum(x, tuple(range(x.ndim)))
            if split is not None:
                return split.reshape((1,) * x.ndim) if keepdims else split.reshape(())
        if x.size == 0 or not x.flags.c_contiguous:
            return numpy_sum(x, axis, keepdims)
        total = _total(x.reshape(-1))
        return np.full((1,) * x.ndim, total, dtype=x.dtype) if keepdims else np.asarray(total)
    axes = tuple(a % x.ndim for a in (axis if isinstance(axis, tuple) else (axis,)))
    # PyTorch first drops dims of size 1 and merges neighbouring ones: reducing the trailing
    # dims of a contiguous tensor (after dropping) is one sum along rows, as over its last dim.
    kept = [d for d in range(x.ndim) if x.shape[d] != 1]
    reduced = [d for d in kept if d in axes]
    width = math.prod(x.shape[d] for d in reduced) if reduced else 1
    if reduced and reduced == kept[len(kept) - len(reduced):] and x.flags.c_contiguous and x.size:
        # Many rows are shared out between threads whole; a single one is a sum of everything.
        rows = _last_axis_sum(x.reshape(-1, width)) if x.size > width else np.asarray([_total(x.reshape(-1))])
        shape = tuple(1 if d in axes else n for d, n in enumerate(x.shape))
        rows = rows.reshape(shape)
        return rows if keepdims else rows.reshape(tuple(n for d, n in enumerate(x.shape) if d not in axes))
    if (reduced and x.flags.c_contiguous and x.size
            and reduced == kept[kept.index(reduced[0]):kept.index(reduced[0]) + len(reduced)]):
        # The reduced dims are one block with kept dims after it: a sum down the columns.
        after = math.prod(x.shape[d] for d in kept if d > reduced[-1])
        cols = _outer_sum(x.reshape(-1, width, after))
        shape = tuple(1 if d in axes else n for d, n in enumerate(x.shape))
        return cols.reshape(shape) if keepdims else cols.reshape(
            tuple(n for d, n in enumerate(x.shape) if d not in axes))
    split = _split_sum(x, axes) if x.size else None  # an empty sum is zeros in any order
    if split is not None:
        shape = tuple(1 if d in axes else n for d, n in enumerate(x.shape))
        return split.reshape(shape) if keepdims else split.reshape(
            tuple(n for d, n in enumerate(x.shape) if d not in axes))
    return numpy_sum(x, axis, keepdims)

"""libstdc++'s ``std::sort``, ``std::nth_element`` and ``std::partial_sort``, step by step.

PyTorch's CPU ``sort`` (without ``stable=True``) and ``topk`` hand (value, index) pairs to these
algorithms, which are not stable: which index comes first among equal values (ties, and NaNs
among themselves) is whatever their swaps leave. Only that order needs them; without ties any
correct sort gives the same result, so callers use numpy then (``has_ties``).

Each function works in place on a list of pairs, with ``less`` the strict order PyTorch passes.
The steps follow GCC's ``bits/stl_algo.h`` and ``bits/stl_heap.h``: introsort (median of three
moved to the front, Hoare partition, runs of at most 16 left to a final insertion sort, heapsort
when the depth limit ``2 * floor(log2 n)`` runs out), introselect (down to 3 elements) and the
heap operations.
"""
from __future__ import annotations

from typing import Any, Callable

import numpy as np

Less = Callable[[Any, Any], bool]
_THRESHOLD = 16


# Rows are emulated in Python up to this many elements in all (about 0.2 s); beyond, numpy's
# stable order stands (it differs from PyTorch's only in which index of a tie comes first).
_MAX_ELEMENTS = 20000


def _tied_rows(rows: np.ndarray) -> np.ndarray:
    """(rows,) True where the row holds two values neither less than the other (equal numbers,
    +0 and -0, two NaNs)."""
    ordered = np.sort(rows, axis=-1)
    same = ordered[:, 1:] == ordered[:, :-1]
    if ordered.dtype.kind in "fc":
        same |= np.isnan(ordered[:, 1:]) & np.isnan(ordered[:, :-1])
    return same.any(axis=1)


def _nan(v: Any) -> bool:
    return v != v


def _ascending(x: tuple, y: tuple) -> bool:  # ATen's KeyValueCompAsc: NaN after every number
    return (not _nan(x[0]) and _nan(y[0])) or x[0] < y[0]


def _descending(x: tuple, y: tuple) -> bool:  # KeyValueCompDesc: NaN before every number
    return (_nan(x[0]) and not _nan(y[0])) or x[0] > y[0]


def _smallest(x: tuple, y: tuple) -> bool:  # topk's order for largest=False: NaN last
    return y[0] > x[0] or (_nan(y[0]) and not _nan(x[0]))


def _by_rows(x: np.ndarray, axis: int, order: np.ndarray, width: int, rows_to_redo, redo) -> np.ndarray:
    """``order`` (along ``axis`` of ``x``, ``width`` long) with the chosen rows recomputed."""
    rows = np.moveaxis(x, axis, -1).reshape(-1, x.shape[axis])
    chosen = np.flatnonzero(rows_to_redo(rows))
    if not chosen.size:
        return order
    moved = np.moveaxis(order, axis, -1)
    out = moved.reshape(-1, width).copy()
    n = rows.shape[1]
    for r in chosen:
        pairs = list(zip(rows[r].tolist(), range(n)))
        redo(pairs)
        out[r] = [i for _, i in pairs[:width]]
    return np.moveaxis(out.reshape(moved.shape), -1, axis)


def sort_order(x: np.ndarray, axis: int, descending: bool, stable_order: np.ndarray) -> np.ndarray:
    """The indices of PyTorch's ``sort(stable=False)`` along ``axis``, given numpy's stable ones:
    the same unless a row longer than 16 (below that, the insertion sort is stable) has ties."""
    if x.shape[axis] <= _THRESHOLD or x.size > _MAX_ELEMENTS:
        return stable_order
    less = _descending if descending else _ascending
    return _by_rows(x, axis, stable_order, x.shape[axis], _tied_rows, lambda pairs: sort(pairs, less))


def topk_order(x: np.ndarray, axis: int, k: int, largest: bool, sorted: bool,  # noqa: A002
               stable_order: np.ndarray) -> np.ndarray:
    """The indices of PyTorch's ``topk`` along ``axis``, given the first ``k`` of numpy's stable
    order: ATen's ``partial_sort`` when ``64 k <= n``, else ``nth_element`` and (``sorted``) a
    ``sort`` of the first ``k - 1``. Rows with ties are redone, and every row without ``sorted``."""
    n = x.shape[axis]
    if k == 0 or n < 2 or x.size > _MAX_ELEMENTS:
        return stable_order
    less = _descending if largest else _smallest
    # topk's own comparator for largest=True is KeyValueCompDesc's, the same order

    def redo(pairs: list) -> None:
        if k * 64 <= n:
            partial_sort(pairs, k, less)
        else:
            nth_element(pairs, k - 1, less)
            if sorted:
                sort(pairs, less, 0, k - 1)

    def chosen(rows: np.ndarray) -> np.ndarray:
        return np.ones(rows.shape[0], bool) if not sorted else _tied_rows(rows)

    return _by_rows(x, axis, stable_order, k, chosen, redo)


def _lg(n: int) -> int:
    return n.bit_length() - 1


def _move_median_to_first(a: list, result: int, x: int, y: int, z: int, less: Less) -> None:
    if less(a[x], a[y]):
        pick = y if less(a[y], a[z]) else z if less(a[x], a[z]) else x
    else:
        pick = x if less(a[x], a[z]) else z if less(a[y], a[z]) else y
    a[result], a[pick] = a[pick], a[result]


def _partition_pivot(a: list, first: int, last: int, less: Less) -> int:
    _move_median_to_first(a, first, first + 1, first + (last - first) // 2, last - 1, less)
    lo, hi, pivot = first + 1, last, a[first]
    while True:
        while less(a[lo], pivot):
            lo += 1
        hi -= 1
        while less(pivot, a[hi]):
            hi -= 1
        if not lo < hi:
            return lo
        a[lo], a[hi] = a[hi], a[lo]
        lo += 1


def _insertion_sort(a: list, first: int, last: int, less: Less) -> None:
    for i in range(first + 1, last):
        value = a[i]
        if less(value, a[first]):
            a[first + 1:i + 1] = a[first:i]
            a[first] = value
            continue
        j = i
        while less(value, a[j - 1]):
            a[j] = a[j - 1]
            j -= 1
        a[j] = value


# heaps: a[first:first + length], the root at first, ordered so that no child is "greater"

def _push_heap(a: list, first: int, hole: int, top: int, value: Any, less: Less) -> None:
    parent = (hole - 1) // 2
    while hole > top and less(a[first + parent], value):
        a[first + hole] = a[first + parent]
        hole = parent
        parent = (hole - 1) // 2
    a[first + hole] = value


def _adjust_heap(a: list, first: int, hole: int, length: int, value: Any, less: Less) -> None:
    top, child = hole, hole
    while child < (length - 1) // 2:
        child = 2 * (child + 1)
        if less(a[first + child], a[first + child - 1]):
            child -= 1
        a[first + hole] = a[first + child]
        hole = child
    if length % 2 == 0 and child == (length - 2) // 2:
        child = 2 * (child + 1)
        a[first + hole] = a[first + child - 1]
        hole = child - 1
    _push_heap(a, first, hole, top, value, less)


def _make_heap(a: list, first: int, last: int, less: Less) -> None:
    length = last - first
    if length < 2:
        return
    for parent in range((length - 2) // 2, -1, -1):
        _adjust_heap(a, first, parent, length, a[first + parent], less)


def _pop_heap(a: list, first: int, last: int, result: int, less: Less) -> None:
    value = a[result]
    a[result] = a[first]
    _adjust_heap(a, first, 0, last - first, value, less)


def _heap_select(a: list, first: int, middle: int, last: int, less: Less) -> None:
    _make_heap(a, first, middle, less)
    for i in range(middle, last):
        if less(a[i], a[first]):
            _pop_heap(a, first, middle, i, less)


def _sort_heap(a: list, first: int, last: int, less: Less) -> None:
    while last - first > 1:
        last -= 1
        _pop_heap(a, first, last, last, less)


def partial_sort(a: list, middle: int, less: Less, first: int = 0, last: int | None = None) -> None:
    last = len(a) if last is None else last
    _heap_select(a, first, middle, last, less)
    _sort_heap(a, first, middle, less)


def sort(a: list, less: Less, first: int = 0, last: int | None = None) -> None:
    """``std::sort(a + first, a + last, less)``."""
    last = len(a) if last is None else last
    if last - first < 2:
        return

    def introsort(lo: int, hi: int, depth: int) -> None:
        while hi - lo > _THRESHOLD:
            if depth == 0:
                partial_sort(a, hi, less, lo, hi)
                return
            depth -= 1
            cut = _partition_pivot(a, lo, hi, less)
            introsort(cut, hi, depth)
            hi = cut

    introsort(first, last, 2 * _lg(last - first))
    if last - first > _THRESHOLD:  # the guarded and unguarded insertion sorts move alike
        _insertion_sort(a, first, first + _THRESHOLD, less)
        for i in range(first + _THRESHOLD, last):
            value, j = a[i], i
            while less(value, a[j - 1]):
                a[j] = a[j - 1]
                j -= 1
            a[j] = value
    else:
        _insertion_sort(a, first, last, less)


def nth_element(a: list, nth: int, less: Less) -> None:
    """``std::nth_element(a, a + nth, a + len(a), less)``."""
    first, last = 0, len(a)
    if first == last or nth == last:
        return
    depth = 2 * _lg(last - first)
    while last - first > 3:
        if depth == 0:
            _heap_select(a, first, nth + 1, last, less)
            a[first], a[nth] = a[nth], a[first]
            return
        depth -= 1
        cut = _partition_pivot(a, first, last, less)
        if cut <= nth:
            first = cut
        else:
            last = cut
    _insertion_sort(a, first, last, less)

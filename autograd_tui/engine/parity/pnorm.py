"""Vector norms (``norm``, ``linalg.vector_norm``, ``dist``, ``F.normalize``, ``clip_grad_norm_``)
for every finite p but 0, in the order PyTorch's CPU kernel reduces.

ATen's reduction iterator first drops the dims of size 1, puts the reduced dims innermost in
order of their strides (memory order) and merges neighbours that are one run of memory. When
every output's reduced elements are then one contiguous run and p is 2 (float32, float64,
bfloat16), ATen takes its vectorised kernel (``norm2.py``). Otherwise (other p, other layouts,
float16) each output is one running sum in that order, in the accumulation type (float for
float16, bfloat16 and float32; double for float64), starting from 0: ``acc + x*x`` with a
rounded product for p = 2, ``acc + |x|`` for p = 1, ``acc + pow(|x|, p)`` otherwise, and the
root ``pow(sum, 1/p)`` with ``1/p`` rounded to the accumulation type; ``pow`` is the C library's
(glibc's ``powf`` is not correctly rounded: numpy's power differed from it for 21% of float32
and 5% of float64 inputs). Only a reduction to a single number of at least 32,768 elements, with
more than one thread, is cut into one contiguous chunk per thread, each summed the same way and
the chunks' sums then added in thread order. With several outputs the threads share out the
outputs instead.

Measured against PyTorch 2.13 (``tools/measure_norms.py``): every output of random shapes up to
three dims, reducing any set of dims, contiguous or transposed, p = 1, 2, 3, 1.5 and 0.5, in
float32, float64, float16 and bfloat16. numpy's sums matched 0-7% of float32 and float64
2-norms over several non-trailing dims (``dim=(0, 2)``) and 3-7% of float64 3-norms down a
middle dim.
"""
from __future__ import annotations

import math
from typing import Optional

import numpy as np

from autograd_tui.engine.parity import libm, norm2

_GRAIN = 32768  # the element count under which PyTorch's reductions stay on one thread


def vector_norm(x: np.ndarray, ord: float, dims: Optional[tuple], keepdim: bool, threads: int,
                bfloat16: bool = False) -> np.ndarray:
    """``sum(|x|**ord) ** (1/ord)`` over ``dims`` (all when None; ``()`` none), for a finite
    ``ord`` other than 0, rounded as PyTorch rounds it. ``bfloat16``: ``x`` is float32 holding
    bfloat16 values (the result is rounded to bfloat16 by the caller, as is float16's)."""
    acc = np.float64 if x.dtype == np.float64 else np.float32
    reduced = tuple(range(x.ndim)) if dims is None else tuple(sorted({d % x.ndim for d in dims}))
    kept = [d for d in range(x.ndim) if d not in reduced]
    order, contiguous_run = _visiting_order(x, reduced)
    outputs, count = math.prod(x.shape[d] for d in kept), math.prod(x.shape[d] for d in reduced)
    if ord == 2 and contiguous_run and x.dtype in (np.float32, np.float64):
        rows = np.ascontiguousarray(np.transpose(x, kept + order).reshape(outputs, count))
        sums = norm2.squares_in_lanes(rows, bfloat16)
    else:
        # one column per output, its elements down the column: numpy adds the rows in turn
        columns = np.abs(np.transpose(x, order + kept).reshape(count, outputs)).astype(acc)
        terms = columns * columns if ord == 2 else columns if ord == 1 else libm.c_pow(columns, ord)
        sums = _running_sums(terms, threads)
    root = np.sqrt(sums) if ord == 2 else sums if ord == 1 else libm.c_pow(sums, acc(1) / acc(ord))
    out = root.reshape(tuple(x.shape[d] for d in kept))
    if keepdim:
        out = out.reshape(tuple(1 if d in reduced else n for d, n in enumerate(x.shape)))
    return out


def _visiting_order(x: np.ndarray, reduced: tuple) -> tuple[list, bool]:
    """The reduced dims from the outermost to the innermost in the order ATen's iterator visits
    them (memory order), and whether each output's elements are one contiguous run in memory."""
    strides = x.strides
    outer_first = sorted(reduced, key=lambda d: (-abs(strides[d]), d))
    inner_first = [d for d in reversed(outer_first) if x.shape[d] != 1]
    run = bool(inner_first) and strides[inner_first[0]] == x.itemsize and all(
        strides[inner] * x.shape[inner] == strides[outer] for inner, outer in zip(inner_first, inner_first[1:]))
    return outer_first, run


def _running_sums(columns: np.ndarray, threads: int) -> np.ndarray:
    """Each column of ``columns`` summed from the top (a single long column in one chunk per
    thread)."""
    count, outputs = columns.shape
    if count == 0:
        return np.zeros(outputs, columns.dtype)
    if outputs != 1:
        # a C-contiguous (count, outputs) array reduced over axis 0: numpy adds row after row,
        # each column on its own (its pairwise sum is only along the innermost axis)
        return np.add.reduce(np.ascontiguousarray(columns), axis=0)
    workers = min(threads, -(-count // _GRAIN)) if count >= _GRAIN else 1
    chunk = -(-count // workers)
    total = np.zeros(1, columns.dtype)
    for start in range(0, count, chunk):
        # add.accumulate is strictly sequential, unlike add.reduce
        total = total + np.add.accumulate(columns[start:start + chunk, 0])[-1]
    return total

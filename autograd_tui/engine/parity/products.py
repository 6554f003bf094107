"""Floating-point products (``prod``) multiplied in the order PyTorch's CPU kernel multiplies them.

ATen reduces ``prod`` with its generic vectorised reduction (``binary_kernel_reduce_vec``), whose
order depends on the layout, as TensorIterator sees it (dims ordered by stride, adjacent ones that
continue each other merged):

- the reduced elements contiguous in memory (a row, or a whole contiguous tensor): four
  vectors of 8 floats (4 doubles) take the first 32 (16) elements, then each following whole
  block of that size lane by lane; the four vectors are multiplied as (v0 * v1) * (v2 * v3), its
  lanes one after another into the output, then the elements left over one after another;
  several contiguous runs (a row-sliced tensor reduced whole) each go the same way into the
  running output;
- otherwise (down columns, a strided dim): one factor after another, in index order;
- a reduction of everything of 32,768 elements or more on several threads: the iteration cut
  into one equal chunk per thread, each reduced as above, the chunks' results multiplied in order.

Measured against PyTorch 2.13 (float32, float64; 1 and 2 threads; contiguous, transposed, sliced
and strided views; rows of 1 to 300 elements and up to 10^5): every result equal. numpy's own
``multiply.reduce`` multiplies contiguous runs in its own vector order (44% of float32 rows of
32 to 70 elements differed in the last bit).

float16 and bfloat16 take the same loop with vectors of 16 elements, every product rounded to
the type (ATen's ``Vectorized<Half>`` multiplies in float and rounds back): every measured row,
column and whole product (``tools/measure_prod16.py``), where numpy's float16 order differed for
about 7% of rows and a bfloat16 running product for 20% of rows.
"""
from __future__ import annotations

import math
from typing import Optional

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine.parity.blas import get_threads

__all__ = ["applies", "prod"]

_LANES = {np.dtype(np.float32): 8, np.dtype(np.float64): 4, np.dtype(np.float16): 16}
_BFLOAT16_LANES = 16  # held as float32, every product rounded to bfloat16
_VECTORS = 4
_PARALLEL_GRAIN = 32768


def applies(x: np.ndarray) -> bool:
    return x.dtype in _LANES


def _lanes(x: np.ndarray, bf16: bool) -> int:
    return _BFLOAT16_LANES if bf16 else _LANES[x.dtype]


def _times(a: np.ndarray, b: np.ndarray, bf16: bool) -> np.ndarray:
    product = a * b
    return dtypes.to_bfloat16_grid(product) if bf16 else product


def _sequential(x: np.ndarray, axis: int, bf16: bool = False) -> np.ndarray:
    """The product along ``axis``, one factor after another (``accumulate`` keeps that order)."""
    if x.shape[axis] == 0:
        return np.ones(x.shape[:axis] + x.shape[axis + 1:], x.dtype)
    if bf16:
        factors = np.moveaxis(x, axis, 0)
        out = factors[0]
        for factor in factors[1:]:
            out = _times(out, factor, bf16)
        return out
    return np.take(np.multiply.accumulate(x, axis=axis), -1, axis=axis)


def _runs(rows: np.ndarray, start: Optional[np.ndarray] = None, bf16: bool = False) -> np.ndarray:
    """Each row of ``rows`` (m, n), contiguous in memory, reduced by the vector loop, multiplied
    into ``start`` (1 when None)."""
    m, n = rows.shape
    lanes = _lanes(rows, bf16)
    width = lanes * _VECTORS
    count = n // width
    out = np.ones(m, rows.dtype) if start is None else start
    if count:
        blocks = rows[:, :count * width].reshape(m, count, _VECTORS, lanes)
        acc = _sequential(blocks, 1, bf16) if count > 1 else blocks[:, 0]
        folded = _times(_times(acc[:, 0], acc[:, 1], bf16), _times(acc[:, 2], acc[:, 3], bf16), bf16)
        out = _times(out, _sequential(folded, 1, bf16), bf16)
    if count * width < n:
        out = _sequential(np.concatenate([out[:, None], rows[:, count * width:]], axis=1), 1, bf16)
    return out


def _memory_order(x: np.ndarray) -> np.ndarray:
    """``x`` as TensorIterator walks it: dims by decreasing stride, then those that continue each
    other merged; returned 2-d (outer, inner run)."""
    dims = sorted((d for d in range(x.ndim) if x.shape[d] > 1), key=lambda d: -abs(x.strides[d]))
    view = np.transpose(x, dims + [d for d in range(x.ndim) if x.shape[d] <= 1]) if dims else x.reshape(-1)
    view = view.reshape(view.shape[:len(dims)]) if dims else view.reshape(-1)
    shape, strides = list(view.shape), list(view.strides)
    while len(shape) > 1 and strides[-2] == strides[-1] * shape[-1]:
        shape[-2:] = [shape[-2] * shape[-1]]
        strides[-2:] = [strides[-1]]
    inner = shape[-1] if shape else 1
    return view.reshape(-1, inner) if len(shape) > 1 else view.reshape(1, inner)


def _product_of_everything(x: np.ndarray, threads: int, bf16: bool) -> np.ndarray:
    rows = _memory_order(x)
    contiguous = rows.strides[-1] == rows.itemsize or rows.shape[-1] <= 1
    n = rows.size
    if threads > 1 and n >= _PARALLEL_GRAIN:
        tasks = min(threads, -(-n // _PARALLEL_GRAIN))
        chunk = -(-n // tasks)
    else:
        chunk = n
    result = np.ones(1, x.dtype)
    run = rows.shape[-1]
    for begin in range(0, max(n, 1), max(chunk, 1)):
        end = min(n, begin + chunk)
        out = np.ones(1, x.dtype)
        if not contiguous or run < _lanes(x, bf16) * _VECTORS:
            flat = rows.reshape(-1)[begin:end] if rows.flags.c_contiguous else rows.reshape(-1)[begin:end].copy()
            out = _sequential(np.concatenate([out, flat]), 0, bf16).reshape(1)
        else:
            position = begin
            while position < end:  # the pieces of the runs inside this chunk, in order
                row, column = divmod(position, run)
                stop = min(end, (row + 1) * run)
                out = _runs(rows[row:row + 1, column:column + stop - position], out, bf16)
                position = stop
        result = _times(result, out, bf16)
    return result.reshape(())


def prod(x: np.ndarray, axis: Optional[int] = None, keepdims: bool = False, bfloat16: bool = False) -> np.ndarray:
    """``x.prod()`` / ``x.prod(axis)`` of a float32, float64 or float16 array in PyTorch's order,
    laid out row-major (``bfloat16``: float32 holding bfloat16 values, every product rounded)."""
    if x.size == 0:  # ones (a product of nothing), in numpy's shape
        return np.asarray(np.multiply.reduce(x, axis=axis, keepdims=keepdims))  # type: ignore[call-overload]
    if axis is None:
        out = _product_of_everything(x, get_threads(), bfloat16)
        return out.reshape((1,) * x.ndim) if keepdims else out
    moved = np.moveaxis(x, axis, -1)
    if math.prod(moved.shape[:-1]) == 1:  # one output: the reduction of everything (threads)
        data = _product_of_everything(x, get_threads(), bfloat16).reshape(moved.shape[:-1])
    elif moved.shape[-1] > 1 and moved.strides[-1] == x.itemsize:
        rows = moved.reshape(-1, moved.shape[-1])  # a copy only where the kept dims do not merge
        data = _runs(rows, bf16=bfloat16).reshape(moved.shape[:-1])
    else:
        data = _sequential(moved, moved.ndim - 1, bfloat16)
    data = data if data.flags.c_contiguous else np.ascontiguousarray(data)  # (which makes 0-d 1-d)
    return np.expand_dims(data, axis) if keepdims else data

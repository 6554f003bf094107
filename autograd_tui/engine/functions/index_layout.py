"""The memory layout of an advanced-indexing result, as PyTorch's TensorIterator allocates it.

``x[:, idx]`` is computed by ATen's ``index`` kernel over a TensorIterator whose operands are the
input, restrided so that its indexed dims read the index tensors' shape with stride 0, and the
index tensors, broadcast. The iterator orders the dims by those operands' strides
(``reorder_dimensions``: an insertion sort in which a comparison involving a broadcast dim is
skipped) and allocates the result contiguous in that order. So a result from a transposed or
strided input is laid out as its input, not as numpy's fancy indexing lays it out.
"""
from __future__ import annotations

from typing import Optional

import numpy as np

from autograd_tui.engine.functions._common import _aten_dim_sort

__all__ = ["index_result_layout"]


def _iteration_strides(input: np.ndarray, key: tuple) -> Optional[tuple[tuple, list[tuple]]]:
    """The iteration shape's operands' strides (input restrided, then each index), or None for a
    key this does not cover (anything but full slices and integer index arrays)."""
    arrays = [k for k in key if isinstance(k, np.ndarray)]
    if not arrays or any(a.dtype.kind not in "iu" for a in arrays):
        return None
    if any(not isinstance(k, np.ndarray) and k != slice(None) for k in key):
        return None
    key = key + (slice(None),) * (input.ndim - len(key))
    strides = [s // input.itemsize for s in input.strides]
    shape = list(input.shape)
    dims = [d for d, k in enumerate(key) if isinstance(k, np.ndarray)]
    if dims != list(range(dims[0], dims[-1] + 1)):
        # not adjacent: ATen moves the indexed dims to the front first (transposeToFront)
        order = dims + [d for d in range(input.ndim) if d not in dims]
        shape, strides = [shape[d] for d in order], [strides[d] for d in order]
        key = tuple(key[d] for d in order)
        dims = list(range(len(dims)))
    index_shape = np.broadcast_shapes(*(a.shape for a in arrays))
    before, after = dims[0], input.ndim - dims[-1] - 1
    full = tuple(shape[:before]) + tuple(index_shape) + tuple(shape[dims[-1] + 1:])
    src = tuple(strides[:before]) + (0,) * len(index_shape) + tuple(strides[dims[-1] + 1:])
    operands = [src]
    for a in arrays:
        own = np.broadcast_to(a, index_shape)
        own_strides = [s // a.itemsize for s in own.strides]
        operands.append((0,) * before + tuple(own_strides) + (0,) * after)
    # a dim of size 1 orders nowhere: its stride reads as broadcast (0)
    return full, [tuple(0 if n == 1 else st for st, n in zip(strides_, full)) for strides_ in operands]


def _reordered(shape: tuple, operands: list[tuple]) -> list[int]:
    """TensorIterator's ``reorder_dimensions``: the dims, fastest first (each comparison asks the
    operands in turn; one with a broadcast dim among the two cannot tell)."""
    def should_swap(dim0: int, dim1: int) -> int:
        for strides in operands:
            s0, s1 = strides[dim0], strides[dim1]
            if s0 == 0 or s1 == 0:
                continue
            if s0 != s1:
                return 1 if s0 > s1 else -1
            if shape[dim0] > shape[dim1]:
                return 1
        return 0

    return _aten_dim_sort(len(shape), should_swap)


def index_result_layout(input: np.ndarray, key: tuple, picked: np.ndarray) -> Optional[np.ndarray]:
    """``picked`` (``input[key]``) laid out as PyTorch's result is, or None where this does not
    apply (the caller keeps its own layout). A result with a dim of size 1 is left out: where
    such a dim goes in PyTorch's order was not pinned down (it is not where the sort above puts it)."""
    found = _iteration_strides(input, key)
    if found is None or found[0] != picked.shape or picked.ndim < 2 or 1 in picked.shape:
        return None
    perm = _reordered(*found)
    slowest_first = perm[::-1]
    laid = np.ascontiguousarray(picked.transpose(slowest_first))
    return laid.transpose(np.argsort(slowest_first))

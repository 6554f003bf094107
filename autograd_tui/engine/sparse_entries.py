"""Picking a sparse COO tensor's entries by index, on its arrays (``sparse_tensor.py`` wraps the results).

``select`` (``t[i]``) keeps the entries at one index of a sparse dim and drops that dim (a dense dim
is refused); ``index_select`` takes the entries at each given index and renumbers them, in the order
ATen's ``index_select_sparse_cpu`` visits them (a dense dim: the values' slices). Both refuse autograd
(the engine lacks it). Also the coalescing that sums repeated indices in ATen's order.
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import make
from autograd_tui.engine.functions import sort

__all__ = ["CSR_BETA_WARNING", "ENGINE_LACKS", "coalesced_entries", "index_select_entries", "linear_index",
           "select_entries", "sparse_product"]

# PyTorch's notice on its first CSR tensor (a product of two COO tensors makes one inside)
CSR_BETA_WARNING = ("Sparse CSR tensor support is in beta state. If you miss a functionality in the sparse tensor "
                    "support, please submit a feature request to https://github.com/pytorch/pytorch/issues. "
                    "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/SparseCsrTensorImpl.cpp:49.)")
# (sparse_tensor.py raises it too)
ENGINE_LACKS = ("{what} on a sparse tensor is not in the embedded engine; real PyTorch has it (run with "
                 "--backend torch).")


def _refuse(sparse_dim: int, dim: int, differentiable: bool, name: str) -> None:
    if differentiable:
        raise NotImplementedError(ENGINE_LACKS.format(what=f"{name}() with autograd"))
    if dim >= sparse_dim:
        raise NotImplementedError(ENGINE_LACKS.format(what=f"{name}() of a dense dim"))


def select_entries(ix: np.ndarray, vv: np.ndarray, shape: tuple, dim: int, index: int, shown_dim: int,
                   differentiable: bool) -> tuple[np.ndarray | None, np.ndarray, tuple]:
    """The indices (None once no sparse dim is left: then the values summed), values and shape of
    ``t.select(dim, index)``."""
    size = shape[dim]
    if not -size <= index < size:
        raise IndexError(f"index {index} is out of bounds for dimension {shown_dim} with size {size}")
    _refuse(ix.shape[0], dim, differentiable, "select")
    picked = ix[dim] == index % size
    values = vv[picked]
    if ix.shape[0] == 1:
        return None, np.array(values.sum(0), dtype=values.dtype), shape[1:]
    return np.delete(ix, dim, 0)[:, picked], values, shape[:dim] + shape[dim + 1:]


def index_select_entries(ix: np.ndarray, vv: np.ndarray, shape: tuple, dim: int, wanted: np.ndarray,
                         differentiable: bool) -> tuple[np.ndarray, np.ndarray, tuple]:
    """The indices, values and shape of ``t.index_select(dim, index)``."""
    size = shape[dim]
    bad = wanted[(wanted < -size) | (wanted >= size)]
    if bad.size:
        raise IndexError(f"index_select(): index contains {int(bad[0])} that is out of range for tensor of size "
                         f"[{', '.join(str(n) for n in shape)}] at dimension {dim}")
    _refuse(ix.shape[0], 0, differentiable, "index_select")
    picks = np.where(wanted < 0, wanted + size, wanted)
    new_shape = shape[:dim] + (picks.size,) + shape[dim + 1:]
    if dim >= ix.shape[0]:  # a dense dim: the values' slices
        return ix.copy(), np.take(vv, picks, axis=dim - ix.shape[0] + 1), new_shape
    # ATen's index_select_sparse_cpu: one entry per (position in the index, stored entry at that
    # coordinate), ordered by position then entry while the index is no longer than nnz, otherwise
    # by entry then position
    coords = ix[dim]
    outer, inner = (picks, coords) if picks.size <= coords.size else (coords, picks)
    order = np.argsort(inner, kind="stable")
    lo, hi = np.searchsorted(inner[order], outer, "left"), np.searchsorted(inner[order], outer, "right")
    first = np.repeat(np.arange(outer.size), hi - lo)
    second = order[np.concatenate([np.arange(a, b) for a, b in zip(lo, hi)]) if outer.size else np.zeros(0, int)]
    positions, entries = (first, second) if picks.size <= coords.size else (second, first)
    out = ix[:, entries].copy()
    out[dim] = positions
    return out, vv[entries].copy(), new_shape


def sparse_product(ix1: np.ndarray, vv1: np.ndarray, ix2: np.ndarray, vv2: np.ndarray,
                   shape: tuple) -> tuple[np.ndarray, np.ndarray]:
    """The coalesced indices and values of two coalesced sparse matrices' product: row by row, each
    entry (i, k) of the first times row k of the second, added in that order (ATen's sparse_matmul);
    an entry some product reaches stays, even if it sums to zero."""
    rows, cols, products = [], [], []
    for (i, k), a in zip(ix1.T.tolist(), vv1):
        hit = ix2[0] == k
        rows.append(np.full(int(hit.sum()), i))
        cols.append(ix2[1][hit])
        products.append(a * vv2[hit])
    if not rows:
        return np.zeros((2, 0), np.int64), np.zeros(0, vv1.dtype)
    r, c, v = np.concatenate(rows), np.concatenate(cols), np.concatenate(products)
    dense = np.zeros(shape, vv1.dtype)
    np.add.at(dense, (r, c), v)
    reached = np.zeros(shape, bool)
    reached[r, c] = True
    out = np.array(np.nonzero(reached), np.int64)
    return out, dense[reached]


def linear_index(ix: np.ndarray, shape: tuple) -> np.ndarray:
    """Each entry's index into the flattened sparse dims."""
    lin = np.zeros(ix.shape[1], np.int64)
    for d in range(ix.shape[0]):
        lin = lin * shape[d] + ix[d]
    return lin


def coalesced_entries(ix: np.ndarray, vv: np.ndarray, shape: tuple) -> tuple[np.ndarray, np.ndarray]:
    """Indices sorted and unique, the values of a repeated index summed in the order ATen's coalesce
    visits them: the permutation of its (unstable) ``sort`` of the linearised indices."""
    if ix.shape[1] == 0:
        return ix.copy(), vv.copy()
    lin = linear_index(ix, shape)
    order = sort(make(lin.astype(np.int64), dtypes.int64)).indices._data
    ordered = lin[order]
    first = np.r_[True, ordered[1:] != ordered[:-1]]
    values = vv[order]
    out = values[first].copy()
    np.add.at(out, (np.cumsum(first) - 1)[~first], values[~first])
    return ix[:, order[first]], out

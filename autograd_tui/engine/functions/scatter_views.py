"""``torch.slice_scatter``, ``select_scatter`` and ``diagonal_scatter``: a copy of ``input`` with
``src`` written into one of its views (``input[:, 0:4:2]``, ``input.select(dim, index)``,
``input.diagonal(...)``), the out-of-place form of writing into that view.

As ATen's, each clones ``input``, takes the view of the clone (its checks: dims, step, index)
and checks that ``src`` has the view's size before copying it in (cast to ``input``'s dtype). The
gradient reaching the result goes to ``src`` through the same view, and to ``input`` everywhere else.
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine._tensor import Tensor, make, norm_dim
from autograd_tui.engine.functions._common import _R
from autograd_tui.engine.grad_mode import no_grad
from autograd_tui.engine.record import record

__all__ = ["slice_scatter", "select_scatter", "diagonal_scatter"]


def _sizes(shape) -> str:
    return "[" + ", ".join(str(s) for s in shape) + "]"


def _written(input: Tensor, src: Tensor, view_shape, place) -> np.ndarray:
    if tuple(src.shape) != tuple(view_shape):
        raise RuntimeError("expected src to have a size equal to the slice of self. "
                           f"src size = {_sizes(src.shape)}, slice size = {_sizes(view_shape)}")
    data = input._data.copy()
    place(data, src._data.astype(input.dtype.np, copy=False))
    return data


def _bounds(size: int, start: int | None, end: int | None) -> tuple[int, int]:
    """ATen's slice bounds: None for the ends, negatives counted from the end, then clamped."""
    start = 0 if start is None else start + size if start < 0 else start
    end = size if end is None else end + size if end < 0 else end
    start = min(max(start, 0), size)
    return start, min(max(end, start), size)


def slice_scatter(input: Tensor, src: Tensor, dim: int = 0, start: int | None = None, end: int | None = None,
                  step: int = 1) -> Tensor:
    d = norm_dim(dim, input.ndim)
    if step <= 0:
        raise RuntimeError("slice step must be positive")
    first, last = _bounds(input.shape[d], start, end)
    where = (slice(None),) * d + (slice(first, last, step),)
    view_shape = input.shape[:d] + ((last - first + step - 1) // step,) + input.shape[d + 1:]

    def place(data: np.ndarray, values: np.ndarray) -> None:
        data[where] = values
    out = make(_written(input, src, view_shape, place), input.dtype)
    return record(_R["slice_scatter"], (input, src), out, {"dim": d, "start": first, "end": last, "step": step})


def select_scatter(input: Tensor, src: Tensor, dim: int, index: int) -> Tensor:
    with no_grad():
        view_shape = input.select(dim, index).shape  # select's own errors (dim, index out of range)
    d = norm_dim(dim, input.ndim)
    at = index + input.shape[d] if index < 0 else index

    def place(data: np.ndarray, values: np.ndarray) -> None:
        data[(slice(None),) * d + (at,)] = values
    out = make(_written(input, src, view_shape, place), input.dtype)
    return record(_R["select_scatter"], (input, src), out, {"dim": d, "index": at})


def diagonal_scatter(input: Tensor, src: Tensor, offset: int = 0, dim1: int = 0, dim2: int = 1) -> Tensor:
    with no_grad():
        view_shape = input.diagonal(offset, dim1, dim2).shape  # diagonal's own errors
    d1, d2 = norm_dim(dim1, input.ndim), norm_dim(dim2, input.ndim)
    length = view_shape[-1]
    rows = np.arange(length) + max(-offset, 0)
    columns = np.arange(length) + max(offset, 0)

    def place(data: np.ndarray, values: np.ndarray) -> None:
        np.moveaxis(data, (d1, d2), (-2, -1))[..., rows, columns] = values  # the diagonal is src's last dim
    out = make(_written(input, src, view_shape, place), input.dtype)
    return record(_R["diagonal_scatter"], (input, src), out, {"offset": offset, "dim1": d1, "dim2": d2})

"""``torch.histogramdd``: the histogram of N-dimensional points (the rows of the input's last dim).

As ATen's kernel: with bin counts, each dimension's edges are ``linspace`` over its range (given,
or the points' min and max, widened by 0.5 each way when they meet), and a point's bin is first
guessed by linear interpolation, in the input's own type, then settled by ``upper_bound`` among the
neighbouring edges; with edge tensors, by ``upper_bound`` among all of them (the tensors come back
as given). Points outside the edges (NaN too) are left out; the last bin holds its right edge.
Counts and weights add up in the input's type, in point order; ``density`` divides by the total
and then by each dimension's bin widths, each step rounded to that type, as ATen's ops are.
"""
from __future__ import annotations

import builtins
import functools
import math
from typing import Any

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, _c_type, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.record import Rule, record_outputs
from autograd_tui.engine.functions._common import _R, _scalar_type_name
from autograd_tui.engine.functions._structseq import result
from autograd_tui.engine.functions.creation import linspace
from autograd_tui.engine.functions import reductions

__all__ = ["histogram", "histogramdd"]

_PREFIX = "torch.histogramdd: "


def histogramdd(input: Tensor, bins: Any, range: Any = None, weight: Tensor | None = None,  # noqa: A002
                density: bool = False) -> Any:
    """``torch.histogramdd(input, bins, range=None, weight=None, density=False)``."""
    if input.dim() < 2:
        raise RuntimeError(_PREFIX + "input tensor should have at least 2 dimensions")
    n_dims = input.shape[-1]
    by_edges = isinstance(bins, (list, tuple)) and bool(bins) and all(isinstance(b, Tensor) for b in bins)
    if by_edges:
        if len(bins) != n_dims:
            raise RuntimeError(_PREFIX + f"expected {n_dims} sequences of bin edges for a {n_dims}-dimensional "
                               f"histogram but got {len(bins)}")
        _check_dtype(input)
        edges = [_checked_edges(input, b, d) for d, b in enumerate(bins)]
    else:
        if range is not None and len(range) != 2 * n_dims:
            raise RuntimeError(_PREFIX + f"for a {n_dims}-dimensional histogram range should have {2 * n_dims} "
                               f"elements, but got {len(range)}")
        _check_dtype(input)
        counts = [int(bins)] * n_dims if isinstance(bins, int) else [int(b) for b in bins]
        if len(counts) != n_dims:
            raise RuntimeError("histogramdd: The size of bins must be equal to the innermost dimension of the input.")
        for d, count in enumerate(counts):
            _check_edge_count(count + 1, d)
        edges = [linspace(lo, hi, count + 1, dtype=input.dtype)._data
                 for count, (lo, hi) in zip(counts, _outer_edges(input, range, n_dims))]
    if weight is not None:
        _check_weight(input, weight)
    points = input._data.reshape(-1, n_dims)
    keep = np.ones(points.shape[0], dtype=bool)
    for d in builtins.range(n_dims):
        values = points[:, d]
        keep &= (values >= edges[d][0]) & (values <= edges[d][-1])
    positions = [_bin_of(points[keep, d], edges[d], by_edges) for d in builtins.range(n_dims)]
    shape = tuple(e.size - 1 for e in edges)
    flat = np.ravel_multi_index(positions, shape) if positions else np.zeros(0, np.int64)
    dtype = input.dtype
    if weight is None:
        hist = np.bincount(flat, minlength=math.prod(shape)).astype(dtype.np)
    else:
        hist = np.zeros(math.prod(shape), dtype.np)
        np.add.at(hist, flat, weight._data.reshape(-1)[keep])  # added in point order, in the input's type
    hist = hist.reshape(shape)
    if density:
        hist = hist / hist.sum(dtype=dtype.np)
        for d, e in enumerate(edges):
            hist = hist / np.diff(e).reshape(tuple(-1 if k == d else 1 for k in builtins.range(n_dims)))
    parts = {"hist": make(np.ascontiguousarray(hist, dtype=dtype.np), dtype)}
    if by_edges:
        record_outputs(_edges_rule(1 + len(bins)), (input, *bins), parts)
        edge_tensors = tuple(bins)
    else:  # (ATen computes the edges first: forward mode's refusal names their op)
        edge_tensors = tuple(make(e, dtype) for e in edges)
        for t in edge_tensors:
            record_outputs(_R["histogramdd_bin_edges"], (input,), {"edges": t})
        record_outputs(_R["histogramdd_from_bin_cts"], (input,), parts)
    return result("histogramdd", ("hist", "bin_edges"), parts["hist"], edge_tensors)


def _check_dtype(input: Tensor) -> None:
    if input.dtype not in (dtypes.float32, dtypes.float64):
        raise NotImplementedError(f"\"histogramdd\" not implemented for '{_scalar_type_name(input.dtype)}'")


def _check_edge_count(n_edges: int, dim: int) -> None:
    if n_edges <= 0:
        raise RuntimeError(_PREFIX + f"bins tensor should have at least 1 element, but got {n_edges} elements in "
                           f"the bins tensor for dimension {dim}")
    if n_edges == 1:
        raise RuntimeError(f"torch.histogram(): bins must be > 0, but got 0 for dimension {dim}")


def _checked_edges(input: Tensor, edges: Tensor, dim: int) -> np.ndarray:
    names = [_c_type(t.dtype) for t in (input, edges)]  # the C++ type names ATen's message prints
    if names[0] != names[1]:
        raise RuntimeError(_PREFIX + f"input tensor and bins tensors should have the same dtype, but got input with "
                           f"dtype {names[0]} and bins for dimension {dim} with dtype {names[1]}")
    if edges.dim() != 1:
        raise RuntimeError(_PREFIX + f"bins tensor should have one dimension, but got {edges.dim()} dimensions in "
                           f"the bins tensor for dimension {dim}")
    _check_edge_count(edges.numel(), dim)
    return edges._data


def _check_weight(input: Tensor, weight: Tensor) -> None:
    if tuple(weight.shape) != tuple(input.shape[:-1]):
        raise RuntimeError(_PREFIX + "if weight tensor is provided it should have the same shape as the input tensor "
                           f"excluding its innermost dimension, but got input with shape {list(input.shape)} and "
                           f"weight with shape {list(weight.shape)}")
    if weight.dtype is not input.dtype:
        names = [_c_type(t.dtype) for t in (input, weight)]
        raise RuntimeError(_PREFIX + "if weight tensor is provided, input tensor and weight tensor should have the "
                           f"same dtype, but got input({names[0]}), and weight({names[1]})")


def _outer_edges(input: Tensor, range: Any, n_dims: int) -> list[tuple[float, float]]:  # noqa: A002
    """Each dimension's first and last edge, as ATen's select_outer_bin_edges."""
    points = input._data.reshape(-1, n_dims)
    pairs = []
    for d in builtins.range(n_dims):
        if range is not None:
            lo, hi = float(range[2 * d]), float(range[2 * d + 1])
        elif points.shape[0]:
            column = points[:, d]
            lo, hi = (math.nan, math.nan) if np.isnan(column).any() else (float(column.min()), float(column.max()))
        else:
            lo, hi = 0.0, 1.0
        if not (math.isfinite(lo) and math.isfinite(hi)):
            raise RuntimeError(_PREFIX + f"dimension {d}'s range [{_c_number(lo)}, {_c_number(hi)}] is not finite")
        if lo > hi:
            raise RuntimeError(_PREFIX + f"min should not exceed max, but got min {_c_number(lo)} max "
                               f"{_c_number(hi)} for dimension {d}")
        pairs.append((lo - 0.5, hi + 0.5) if lo == hi else (lo, hi))
    return pairs


def _c_number(value: float) -> str:
    """A double as C++'s stream prints it (%g: 6 significant digits, nan, inf)."""
    return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf") if math.isinf(value) else f"{value:g}"


def _bin_of(values: np.ndarray, edges: np.ndarray, by_edges: bool) -> np.ndarray:
    """Each (in-range) value's bin: upper_bound among all edges, or among the neighbours of the
    bin linear interpolation guesses; the last edge closes the last bin."""
    last = edges.size - 1
    if by_edges:
        pos = np.searchsorted(edges, values, side="right") - 1
    else:
        scalar = edges.dtype.type
        guess = ((values - edges[0]) * scalar(last) / (edges[-1] - edges[0])).astype(np.int64)
        low = np.maximum(guess - 1, 0)
        high = np.minimum(guess + 2, edges.size)
        pos = low.copy()
        for step in builtins.range(3):
            k = low + step
            inside = k < high
            pos += inside & (edges[np.minimum(k, last)] <= values)
        pos -= 1
    return np.where(pos == last, pos - 1, pos)


_EDGES_RULES: dict[int, Rule] = {}


def _refuse_from_bin_tensors(grad: Tensor) -> Tensor:
    """ATen's ``not_implemented`` formula in each mode's words (as derivative_helpers' for table entries)."""
    if _State.tangent_pass:
        raise NotImplementedError("Trying to use forward AD with aten::_histogramdd_from_bin_tensors that does not "
                                  "support it.")
    raise RuntimeError("derivative for aten::_histogramdd_from_bin_tensors is not implemented")


def _edges_rule(n_inputs: int) -> Rule:
    """_histogramdd_from_bin_tensors takes the input and one tensor per dimension: a rule per
    arity, made on first use (as cat's), each input refusing any gradient."""
    if n_inputs not in _EDGES_RULES:
        _EDGES_RULES[n_inputs] = Rule("histogramdd_from_bin_tensors", "NotImplemented", None,
                                      [_refuse_from_bin_tensors] * n_inputs, tuple(range(n_inputs)),
                                      ("self",) + ("bins",) * (n_inputs - 1))
    return _EDGES_RULES[n_inputs]


@functools.wraps(reductions.histogram)
def histogram(input: Tensor, bins: Any = 100, *, range: Any = None, weight: Tensor | None = None,  # noqa: A002
              density: bool = False) -> Any:
    """``torch.histogram``: histogramdd of the input's values as 1-D points, its weight checked as there."""
    if weight is not None and isinstance(input, Tensor) and isinstance(weight, Tensor):
        _check_weight(input.reshape(-1, 1), weight.reshape(-1))
    return reductions.histogram(input, bins, range=range, weight=weight, density=density)

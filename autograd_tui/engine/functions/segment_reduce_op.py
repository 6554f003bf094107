"""``torch.segment_reduce``: consecutive segments of ``data`` along ``axis`` (given by ``lengths`` or
``offsets``) folded into one value each, by a sum, a product, a mean, a maximum or a minimum.

As ATen's CPU kernel, each segment starts from ``initial`` (else the reduction's identity: 0, 1, -inf,
inf) and takes its values one after another in ``data``'s type, so a float32 sum has PyTorch's bits
(no pairwise summation); a mean divides once at the end, an empty one is ``initial`` or NaN. The
gradient is ATen's ``_segment_reduce_backward`` kernel, with its quirks: a maximum shared by several
values splits only a positive gradient between them, a product divides ``grad * result`` by the
value unless the value is 0 or NaN, where the others' product is taken instead; under
``create_graph`` that gradient gets a ``NotImplemented`` node, as PyTorch has no derivative for it.
"""
from __future__ import annotations

from typing import Any, Optional

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, _scalar_name, make
from autograd_tui.engine.functions._common import norm_dim
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.record import RULES, no_forward_ad, record, record_not_implemented

__all__ = ["segment_reduce", "segment_reduce_grad"]

_NAMES = {"sum": "sum", "prod": "prod", "mean": "mean", "max": "max", "amax": "max", "min": "min", "amin": "min"}
_FLOATS = (dtypes.float32, dtypes.float64, dtypes.float16, dtypes.bfloat16)


def _bounds(lengths: Optional[Tensor], offsets: Optional[Tensor], data: Tensor, axis: int,
            unsafe: bool) -> np.ndarray:
    """Each segment's (start, end) along ``axis``, shaped ``(batch dims..., segments, 2)``."""
    given = offsets if offsets is not None else lengths
    assert given is not None  # (segment_reduce checked that one is given)
    name = "offsets" if offsets is not None else "lengths"
    if data.ndim < given.ndim:
        raise RuntimeError(f"Expected data.dim() >= {name}_value.dim() to be true, but got false.  (Could this "
                           "error message be improved?  If so, please report an enhancement request to PyTorch.)")
    if axis != given.ndim - 1:
        raise RuntimeError(f"segment_reduce(): Expected axis to be the last dimension of {name} but got {axis}.")
    values = np.asarray(given._data)
    if offsets is None and not unsafe:
        if values.size and values.min() < 0:
            raise RuntimeError("lengths contains negative value!")
        if not (values.sum(-1) == data.shape[axis]).all():
            raise RuntimeError("segment_reduce(): Expected all rows of lengths along axis to sum to "
                               "data.size(lengths.dim()-1) when !unsafe.")
    if given.dtype not in (dtypes.int64, dtypes.int32):
        kernel = "_segment_reduce_offsets_cpu_kernel1" if offsets is not None else "_segment_reduce_lengths_cpu_kernel1"
        raise NotImplementedError(f"\"{kernel}\" not implemented for '{_scalar_name(given.dtype)}'")
    if data.dtype not in _FLOATS:
        raise NotImplementedError(f"\"_segment_reduce_cpu\" not implemented for '{_scalar_name(data.dtype)}'")
    values = values.astype(np.int64)
    if offsets is None:
        ends = np.cumsum(values, -1)
        return np.stack([ends - values, ends], -1)
    return np.stack([values[..., :-1], values[..., 1:]], -1)


def segment_reduce(data: Tensor, reduce: str, *, lengths: Optional[Tensor] = None, indices: Optional[Tensor] = None,
                   offsets: Optional[Tensor] = None, axis: int = 0, unsafe: bool = False,
                   initial: Any = None) -> Tensor:
    axis = norm_dim(axis, max(data.ndim, 1))
    if indices is not None:
        raise RuntimeError("segment_reduce(): indices based reduction is not supported yet.")
    if lengths is None and offsets is None:
        raise RuntimeError("segment_reduce(): Either lengths or offsets must be defined.")
    if reduce not in _NAMES:
        raise RuntimeError(f"reduce argument must be either sum, prod, mean, amax or amin, got {reduce}")
    kind = _NAMES[reduce]
    bounds = _bounds(lengths, offsets, data, axis, unsafe)
    if _State.dual_level and data._tangent() is not None:
        raise no_forward_ad("segment_reduce")  # PyTorch has no forward-mode formula for it either
    src = np.asarray(data._data)
    np_type = src.dtype.type
    start = {"sum": 0.0, "mean": 0.0, "prod": 1.0, "max": -np.inf, "min": np.inf}[kind] if initial is None else initial
    step = {"sum": np.add, "mean": np.add, "prod": np.multiply, "max": np.maximum, "min": np.minimum}[kind]
    out = np.empty(bounds.shape[:-1] + src.shape[axis + 1:], src.dtype)
    with np.errstate(all="ignore"):
        for where in np.ndindex(*bounds.shape[:-1]):
            lo, hi = (int(b) for b in bounds[where])
            acc = np.full(src.shape[axis + 1:], start, src.dtype)
            rows = src[where[:-1]]
            for j in range(lo, min(hi, src.shape[axis])):  # one value after another, in the data's type
                acc = step(acc, rows[j]).astype(src.dtype)
            if kind == "mean":
                acc = (acc / np_type(hi - lo)).astype(src.dtype) if hi > lo else (
                    acc if initial is not None else np.full_like(acc, np.nan))
            out[where] = acc
    result = make(out, data.dtype)
    if data._requires_grad and (_State.enabled or _State.dual_level or _State.vmap_randomness):
        record(RULES["segment_reduce"], (data,), result,
               {"reduce": kind, "bounds": bounds, "axis": axis, "initial": initial})
    return result


def segment_reduce_grad(grad: Tensor, result: Tensor, data: Tensor, reduce: str, bounds: np.ndarray, axis: int,
                        initial: Any) -> Tensor:
    """ATen's ``_segment_reduce_backward`` CPU kernel: the gradient of ``data``."""
    g, out, src = np.asarray(grad._data), np.asarray(result._data), np.asarray(data._data)
    np_type = src.dtype.type
    grad_in = np.zeros_like(src)
    with np.errstate(all="ignore"):
        for where in np.ndindex(*bounds.shape[:-1]):
            lo, hi = (int(b) for b in bounds[where])
            hi = min(hi, src.shape[axis])
            if hi <= lo:
                continue
            rows, target, gv, ov = src[where[:-1]], grad_in[where[:-1]], g[where], out[where]
            if reduce == "sum":
                target[lo:hi] = gv
            elif reduce == "mean":
                target[lo:hi] = (gv / np_type(hi - lo)).astype(src.dtype)
            elif reduce in ("max", "min"):
                hit = np.isnan(rows[lo:hi]) | (rows[lo:hi] == ov)
                target[lo:hi] = np.where(hit, gv, 0)
                counter = hit.sum(0)
                shared = (counter >= 2) & (target[lo:hi] > 0)  # (only a positive gradient is split)
                target[lo:hi] = np.where(shared, target[lo:hi] / np.maximum(counter, 1).astype(src.dtype),
                                         target[lo:hi])
            else:
                grad_val = (gv * ov).astype(src.dtype)
                for j in range(lo, hi):
                    value = rows[j]
                    others = np.full(value.shape, 1.0 if initial is None else initial, src.dtype)
                    for k in range(lo, hi):
                        if k != j:
                            others = (others * rows[k]).astype(src.dtype)
                    explicit = np.isnan(value) | (value == 0)
                    target[j] = np.where(explicit, gv * others, grad_val / value).astype(src.dtype)
    # PyTorch has no derivative for _segment_reduce_backward: under create_graph its node refuses
    return record_not_implemented("_segment_reduce_backward", (grad, result, data), make(grad_in, data.dtype))

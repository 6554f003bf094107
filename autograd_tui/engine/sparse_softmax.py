"""``torch.sparse.softmax`` / ``torch.sparse.log_softmax``: a softmax over the stored values only.

As ATen's ``cpu_sparse_coo_softmax``: the input is coalesced; the entries that share every sparse index
but ``dim``'s form a pool (all entries for a dense ``dim``: then it is the dense softmax of the values);
each pool takes its maximum, sums ``exp(v - max)`` in index order, in float64 (ATen's accumulate type,
the C library's ``exp``), and multiplies each exp, stored in the values' type, by the sum's reciprocal
(log: subtracts ``max + log(sum)`` from each value). The result
has the coalesced input's indices. The gradient (``SparseSoftmaxBackward0``) reads the arriving
gradient at those indices: ``out * (g - sum(g * out))`` per pool (log: ``g - exp(out) * sum(g)``).
"""
from __future__ import annotations

from typing import Any

import numpy as np

from autograd_tui.engine import _tensor
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State, no_grad
from autograd_tui.engine.parity import libm
from autograd_tui.engine.record import RULES, record
from autograd_tui.engine.sparse_tensor import SparseTensor, _dense_array, new, refuse_forward_ad

__all__ = ["sparse_softmax", "sparse_softmax_grad"]

_ENGINE_LACKS = ("torch.sparse.{name} of a dense tensor is not in the embedded engine; real PyTorch has it "
                 "(run with --backend torch).")


def _pools(ix: np.ndarray, dim: int) -> list[np.ndarray]:
    """The entries (positions in the coalesced order) sharing every sparse index but ``dim``'s."""
    if dim >= ix.shape[0]:
        return [np.arange(ix.shape[1])]
    rest = np.delete(ix, dim, 0)
    if rest.shape[0] == 0:
        return [np.arange(ix.shape[1])]
    _, which = np.unique(rest.T, axis=0, return_inverse=True)
    which = which.reshape(-1)
    return [np.flatnonzero(which == k) for k in range(int(which.max()) + 1)] if which.size else []


def _exp(a: np.ndarray) -> np.ndarray:
    out = libm.c_unary("exp", a)
    return out if out is not None else np.exp(a)


def _log(a: np.ndarray) -> np.ndarray:
    out = libm.c_unary("log", np.asarray(a))
    return out if out is not None else np.log(a)


def sparse_softmax(input: Tensor, dim: int, dtype: Any = None, *, log: bool = False) -> Tensor:
    name = "log_softmax" if log else "softmax"
    if not isinstance(input, SparseTensor):
        raise NotImplementedError(_ENGINE_LACKS.format(name=name))
    refuse_forward_ad(input)
    d = _tensor.norm_dim(dim, input.ndim)
    source = input if dtype is None else input.to(dtype)
    if not source.dtype.is_floating_point:
        raise NotImplementedError(f"\"{name}\" not implemented for '{_tensor._scalar_name(source.dtype)}'")
    coalesced = source.coalesce()
    ix, vv = coalesced._ix, np.asarray(coalesced._vv)
    values = np.empty_like(vv)
    sparse_dim = ix.shape[0]
    if d >= sparse_dim:  # a dense dim: the dense softmax of the values along it
        with no_grad():
            dense = make(vv, coalesced.dtype)
            dense = dense.log_softmax(d - sparse_dim + 1) if log else dense.softmax(d - sparse_dim + 1)
        values = np.asarray(dense._data)
    with np.errstate(all="ignore"):
        for pool in _pools(ix, d) if d < sparse_dim else ():
            rows = vv[pool].astype(np.float64)  # (ATen's accumulate type)
            top = np.maximum.reduce(rows, 0)
            shifted = _exp(rows - top)
            total = np.zeros_like(top)
            for row in shifted:  # in index order, as the scalar loop adds
                total = total + row
            if log:
                values[pool] = rows - (top + _log(total))
            else:  # each exp stored in the values' type, then times the sum's reciprocal
                values[pool] = shifted.astype(vv.dtype).astype(np.float64) * (1.0 / total)
    out = new(ix, values, input.shape, coalesced.dtype, True)
    if input._requires_grad and (_State.enabled or _State.dual_level or _State.vmap_randomness):
        # (the result as an engine attribute: a sparse tensor is no saved tensor here)
        record(RULES["sparse_log_softmax" if log else "sparse_softmax"], (input,), out,
               {"dim": d, "log": log, "sparse_result": out})
    return out


def sparse_softmax_grad(grad: Tensor, result: Tensor, dim: int, log: bool) -> Tensor:
    """The input's gradient: sparse, at the result's indices."""
    out = np.asarray(result._vv)
    g = np.asarray(_dense_array(grad)[tuple(result._ix)], dtype=out.dtype)
    grad_in = np.empty_like(out)
    sparse_dim = result._ix.shape[0]
    for pool in _pools(result._ix, dim):
        axis = 0 if dim < sparse_dim else dim - sparse_dim + 1
        keep = dim >= sparse_dim
        if log:
            grad_in[pool] = g[pool] - np.exp(out[pool]) * g[pool].sum(axis, keepdims=keep)
        else:
            grad_in[pool] = out[pool] * (g[pool] - (g[pool] * out[pool]).sum(axis, keepdims=keep))
    return new(result._ix, grad_in, result.shape, result.dtype, True)

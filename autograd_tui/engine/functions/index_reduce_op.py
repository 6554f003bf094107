"""``torch.index_reduce`` / ``Tensor.index_reduce_``: the slices of ``source`` folded into ``self``
along ``dim`` at ``index`` by a product, a mean, a maximum or a minimum (PyTorch marks it beta and
warns once). ``include_self=False`` starts each indexed slice from the reduction's identity.

The kernel reduces one source slice after another in the index's order (numpy's unbuffered
``ufunc.at``), as ATen's CPU loop does, so a float32 product or sum has PyTorch's bits; a mean
divides by the count once at the end (floor division for integers). The gradient is PyTorch's
``index_reduce_backward``, written in engine ops so that it can be differentiated again; where
PyTorch cannot (a product with more than one zero meeting at one place) its ``Error`` node says so.
"""
from __future__ import annotations

import builtins

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, _scalar_name, make, warn_once
from autograd_tui.engine.complex_guard import refuse_complex
from autograd_tui.engine.functions._common import norm_dim
from autograd_tui.engine.functions._index_checks import check_index_add
from autograd_tui.engine.graph import Node
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.record import RULES, no_forward_ad, record

__all__ = ["index_reduce", "index_reduce_grad_self", "index_reduce_grad_source"]

_REDUCTIONS = ("prod", "mean", "amax", "amin")
_BETA = ("index_reduce() is in beta and the API may change at any time. (Triggered internally at "
         "/__w/pytorch/pytorch/aten/src/ATen/native/TensorAdvancedIndexing.cpp:1523.)")


def _identity(reduce: str, dtype: np.dtype):
    """What an indexed slice starts from when ``include_self=False``."""
    if reduce == "prod":
        return 1
    if reduce == "mean":
        return 0
    if dtype.kind == "f":
        return -np.inf if reduce == "amax" else np.inf
    if dtype.kind == "b":
        return reduce == "amin"
    info = np.iinfo(dtype)
    return info.min if reduce == "amax" else info.max


def index_reduce(input: Tensor, dim: int, index: Tensor, source: Tensor, reduce: str, *,
                 include_self: bool = True) -> Tensor:
    if reduce not in _REDUCTIONS:
        raise RuntimeError(f"index_reduce(): Expected reduce to be one of prod, mean, amax or amin but got {reduce}.")
    d = norm_dim(dim, builtins.max(input.ndim, 1))
    check_index_add(input, d, index, source, "index_reduce")
    if _State.dual_level and (input._tangent() is not None or source._tangent() is not None):
        raise no_forward_ad("index_reduce")  # PyTorch has no forward-mode formula for it either
    warn_once(_BETA)
    idx = index._data.reshape(-1).astype(np.int64)
    size = input.shape[d] if input.ndim else 1
    if ((idx < 0) | (idx >= size)).any():
        raise IndexError("index out of range in self")
    if input.dtype.is_complex:
        if reduce in ("amax", "amin"):
            raise NotImplementedError(f"\"{'maximum' if reduce == 'amax' else 'minimum'}_cpu\" not implemented for "
                                      f"'{_scalar_name(input.dtype)}'")
        refuse_complex(input, "index_reduce")
    if reduce == "mean" and input.dtype is dtypes.bool_:
        raise NotImplementedError("\"div_floor_cpu\" not implemented for 'Bool'")
    data = input._data.copy()
    view = np.moveaxis(data, d, 0) if input.ndim else data.reshape(1)
    src = np.moveaxis(source._data, d, 0) if source.ndim else source._data.reshape((1,) + view.shape[1:])
    if not include_self:
        view[idx] = _identity(reduce, data.dtype)
    ufunc = {"prod": np.multiply, "mean": np.add, "amax": np.maximum, "amin": np.minimum}[reduce]
    ufunc.at(view, idx, src)
    if reduce == "mean":
        counts = np.full(view.shape[:1], 1 if include_self else 0, np.int64)
        np.add.at(counts, idx, 1)
        counts = np.maximum(counts, 1).reshape((-1,) + (1,) * (view.ndim - 1))
        if data.dtype.kind == "f":
            view[...] = view / counts.astype(data.dtype)
        else:
            view[...] = np.floor_divide(view, counts.astype(data.dtype))
    out = make(data, input.dtype)
    return record(RULES["index_reduce"], (input, source), out,
                  {"dim": d, "index": index, "reduce": reduce, "include_self": include_self})


def index_reduce_grad_self(grad: Tensor, self: Tensor, source: Tensor, result: Tensor, dim: int, index: Tensor,
                           reduce: str, include_self: bool) -> Tensor:
    """``self``'s half of PyTorch's ``index_reduce_backward``."""
    if reduce == "prod":
        masked_self = self.masked_fill(self == 0, 1)
        masked_self_result = masked_self.index_reduce(dim, index, source, reduce, include_self=include_self)
        grad_self = grad * masked_self_result / masked_self
    elif reduce == "mean":
        grad_self = grad / _mean_counts(grad, dim, index, source, include_self)
    else:
        self_is_result = self.eq(result).to(self.dtype)
        source_is_result = source.eq(result.index_select(dim, index)).to(self.dtype)
        grad_self = self_is_result * (grad / self_is_result.index_add(dim, index, source_is_result))
    return grad_self if include_self else grad_self.index_fill(dim, index, 0)


def index_reduce_grad_source(grad: Tensor, self: Tensor, source: Tensor, result: Tensor, dim: int, index: Tensor,
                             reduce: str, include_self: bool) -> Tensor:
    """``source``'s half of PyTorch's ``index_reduce_backward``."""
    if reduce == "prod":
        src_zero = source.eq(0)
        src_num_zeros = self.new_zeros(self.shape).index_add(dim, index, src_zero.to(self.dtype)).index_select(
            dim, index)
        src_single_zero = src_zero & (src_num_zeros == 1)
        # where a slot's only zero sits, the product of the others (grad * result / source would give 0)
        masked_src_result = self.index_reduce(dim, index, source.masked_fill(src_single_zero, 1), reduce,
                                              include_self=include_self)
        grad_src = ((grad * masked_src_result).index_select(dim, index)).where(
            src_single_zero, (grad * result).index_select(dim, index) / source.masked_fill(src_zero, 1))
        if bool((src_num_zeros > 1).any()):
            return _delayed_error(grad_src, "index_reduce(): Double backward is unsupported for source when >1 zeros "
                                            "in source are scattered to the same position in self")
        return grad_src
    if reduce == "mean":
        return grad.index_select(dim, index) / _mean_counts(grad, dim, index, source, include_self).index_select(
            dim, index)
    value = result.index_select(dim, index)
    self_is_result = self.eq(result).to(self.dtype)
    source_is_result = source.eq(value).to(self.dtype)
    grad_distributed = grad / self_is_result.index_add(dim, index, source_is_result)
    return source_is_result * grad_distributed.index_select(dim, index)


def _mean_counts(grad: Tensor, dim: int, index: Tensor, source: Tensor, include_self: bool) -> Tensor:
    """How many values each place of the mean averaged (at least 1)."""
    counts = (grad.new_ones(grad.shape) if include_self else grad.new_zeros(grad.shape)).index_add(
        dim, index, source.new_ones(source.shape))
    return counts.masked_fill(counts == 0, 1)


class _DelayedErrorNode(Node):
    """PyTorch's ``DelayedError``: a first derivative that is fine, whose own gradient refuses."""

    __slots__ = ("_message",)
    _message: str
    next_functions: tuple

    def name(self) -> str:
        return "torch::autograd::DelayedError"

    def apply(self, grads: list, create_graph: bool) -> list:
        raise RuntimeError(self._message)


_DelayedErrorNode.__name__ = _DelayedErrorNode.__qualname__ = "Error"


def _delayed_error(value: Tensor, message: str) -> Tensor:
    if not (_State.enabled and value._requires_grad):
        return value
    out = value.detach()
    node = _DelayedErrorNode()
    node._message = message
    node.next_functions = (value._edge(),)
    out.grad_fn, out._requires_grad = node, True
    return out

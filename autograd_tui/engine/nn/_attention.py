"""``F.scaled_dot_product_attention``: ``softmax(q k^T * scale + mask) v``, on PyTorch's two CPU paths.

4-D inputs without dropout go, in PyTorch, to its fused "flash" kernel, whose one node is
``ScaledDotProductFlashAttentionForCpuBackward0``; here that node's gradients are the attention's
formulas written in engine ops (so they can be differentiated again). Other inputs take PyTorch's
explicit path, whose graph we record step by step: the scale split as sqrt(scale) on q and on k^T
(``MulBackward1``), the product, the additive mask, ``_safe_softmax`` (rows with nothing to attend
to give zeros, not NaN: ``SafeSoftmaxBackward0``), dropout, and the product with v. The fused
kernel's float32 values (its blocked, online softmax) are not reproduced bit for bit.
"""
from __future__ import annotations

import math
from typing import Optional

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State, no_grad
from autograd_tui.engine.record import Rule, record

__all__ = ["scaled_dot_product_attention", "safe_softmax", "RULES"]


def safe_softmax(input: Tensor, dim: int) -> Tensor:
    with no_grad(), np.errstate(invalid="ignore"):  # a row of -inf: NaN here, replaced by zeros below
        data = _F.softmax(input, dim)._data
    empty = np.all(np.isneginf(input._data), axis=dim, keepdims=True)
    out = make(np.where(empty, input.dtype.np.type(0), data).astype(input.dtype.np), input.dtype)
    if _State.enabled or _State.dual_level:
        record(RULES["safe_softmax"], (input,), out, {"dim": dim % input.ndim})
    return out


def _additive_mask(attn_mask: Optional[Tensor], is_causal: bool, length: int, source: int, dtype) -> Optional[Tensor]:
    if is_causal:
        attn_mask = _F.ones((length, source), dtype=dtypes.bool_).tril()
    if attn_mask is None or attn_mask.dtype.is_floating_point:
        return attn_mask
    # A boolean mask says where attention is allowed: the others get -inf.
    return _F.zeros(tuple(attn_mask.shape), dtype=dtype).masked_fill(attn_mask.logical_not(), float("-inf"))


def _mul_scalar(t: Tensor, value: float) -> Tensor:
    out = make(np.asarray(t._data * t.dtype.np.type(value), t.dtype.np), t.dtype)
    if _State.enabled or _State.dual_level:
        record(_F.RULES["mul_scalar"], (t,), out, {"other": value})
    return out


def _attention_grads(grad: Tensor, query: Tensor, key: Tensor, value: Tensor, mask, scale: float):
    scores = _F.matmul(query, key.transpose(-2, -1)) * scale
    if mask is not None:
        scores = scores + mask
    probs = safe_softmax(scores, -1)
    d_value = _F.matmul(probs.transpose(-2, -1), grad)
    d_probs = _F.matmul(grad, value.transpose(-2, -1))
    d_scores = probs * (d_probs - (d_probs * probs).sum(-1, keepdim=True))
    d_query = _F.matmul(d_scores, key) * scale
    d_key = _F.matmul(d_scores.transpose(-2, -1), query) * scale
    return d_query, d_key, d_value


def scaled_dot_product_attention(query: Tensor, key: Tensor, value: Tensor, attn_mask: Optional[Tensor] = None,
                                 dropout_p: float = 0.0, is_causal: bool = False, scale: Optional[float] = None,
                                 enable_gqa: bool = False) -> Tensor:
    from autograd_tui.engine.nn.functional import dropout  # noqa: PLC0415 - functional imports this module
    length, source = query.size(-2), key.size(-2)
    factor = 1 / math.sqrt(query.size(-1)) if scale is None else float(scale)
    mask = _additive_mask(attn_mask, is_causal, length, source, query.dtype)
    if query.dim() == 4 and dropout_p == 0.0:
        with no_grad():
            scores = _F.matmul(query, key.transpose(-2, -1)) * factor
            if mask is not None:
                scores = scores + mask
            data = _F.matmul(safe_softmax(scores, -1), value)._data
        # The fused kernel lays its output out in memory as the query is laid out (a query made
        # by transposing heads gives an output whose permute back is already contiguous).
        order = sorted(range(4), key=lambda axis: -query._data.strides[axis])
        out = make(np.ascontiguousarray(data.transpose(order)).transpose(np.argsort(order)), query.dtype)
        if _State.enabled or _State.dual_level:
            record(RULES["sdpa_flash"], (query, key, value), out, {"mask": mask, "scale": factor})
        return out
    root = math.sqrt(factor)
    scores = _F.matmul(_mul_scalar(query, root), _mul_scalar(key.transpose(-2, -1), root))
    if mask is not None:
        scores = scores + mask
    probs = safe_softmax(scores, -1)
    if dropout_p > 0.0:
        probs = dropout(probs, dropout_p)
    return _F.matmul(probs, value)


RULES = {
    "safe_softmax": Rule("safe_softmax", "SafeSoftmaxBackward0", None,
                         (lambda grad, result, dim: _F.softmax_backward(grad, result, dim),), (0,), ("self",)),
    "sdpa_flash": Rule(
        "sdpa_flash", "ScaledDotProductFlashAttentionForCpuBackward0", None,
        (lambda grad, query, key, value, mask, scale: _attention_grads(grad, query, key, value, mask, scale)[0],
         lambda grad, query, key, value, mask, scale: _attention_grads(grad, query, key, value, mask, scale)[1],
         lambda grad, query, key, value, mask, scale: _attention_grads(grad, query, key, value, mask, scale)[2]),
        (0, 1, 2), ("query", "key", "value")),
}

"""``F.scaled_dot_product_attention``: ``softmax(q k^T * scale + mask) v``, on PyTorch's two CPU paths.

4-D inputs without dropout go, in PyTorch, to its fused "flash" kernel, whose one node is
``ScaledDotProductFlashAttentionForCpuBackward0``: in float32 its values and gradients are the
kernel's own (``parity/flash_attention.py``), elsewhere (and under ``create_graph``) the
attention's formulas written in engine ops (so they can be differentiated again). Other inputs
(dropout, a mask that requires grad, value's head size unlike the query's, batches that broadcast,
an empty sequence, a last dim that is not contiguous) take PyTorch's explicit path, whose graph
we record step by step: the scale split as sqrt(scale) on q and on k^T (``MulBackward1``), the
product, the additive mask, ``_safe_softmax`` (rows with nothing to attend to give zeros, not
NaN: ``SafeSoftmaxBackward0``), dropout, and the product with v.
"""
from __future__ import annotations

import math
from typing import Optional

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, _c_type, make
from autograd_tui.engine.grad_mode import _State, no_grad
from autograd_tui.engine.parity import blas, flash_attention
from autograd_tui.engine.parity.rounding import VECTOR_LANES
from autograd_tui.engine.record import Rule, record

__all__ = ["scaled_dot_product_attention", "safe_softmax", "RULES"]


def safe_softmax(input: Tensor, dim: int) -> Tensor:
    with no_grad(), np.errstate(invalid="ignore"):  # a row of -inf: NaN here, replaced by zeros below
        data = _F.softmax(input, dim)._data
    empty = np.all(np.isneginf(input._data), axis=dim, keepdims=True)
    out = make(np.where(empty, input.dtype.np.type(0), data).astype(input.dtype.np), input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
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
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(_F.RULES["mul_scalar"], (t,), out, {"other": value})
    return out


def _attention_grads(grad: Tensor, query: Tensor, key: Tensor, value: Tensor, mask, scale: float, cache: dict):
    if cache.get("grad") is grad:
        return cache["grads"]
    found = _kernel_grads(grad, query, key, value, cache) if "lse" in cache and not _State.enabled else None
    if found is None:
        found = _formula_grads(grad, query, key, value, mask, scale)
    cache["grad"], cache["grads"] = grad, found
    return found


def _kernel_grads(grad: Tensor, query: Tensor, key: Tensor, value: Tensor, cache: dict):
    if grad.dtype is not query.dtype or tuple(grad.shape) != tuple(query.shape):
        return None
    kind = query.dtype
    if kind in (dtypes.float16, dtypes.bfloat16):  # float32 arithmetic, as the forward
        g, q, k, v = (np.asarray(t._data, np.float32) for t in (grad, query, key, value))
        grads = flash_attention.backward(g, q, k, v, cache["out"], cache["lse"], cache["mask"], cache["causal"],
                                         cache["scale"], cache["threads"], round_weights=_rounder(kind))
        return tuple(make(np.asarray(_rounder(kind)(g), kind.np), kind) for g in grads)
    grads = flash_attention.backward(grad._data, query._data, key._data, value._data, cache["out"], cache["lse"],
                                     cache["mask"], cache["causal"], cache["scale"], cache["threads"])
    return tuple(make(g, kind) for g in grads)


def _formula_grads(grad: Tensor, query: Tensor, key: Tensor, value: Tensor, mask, scale: float):
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
    if (attn_mask is not None and attn_mask.dtype is not dtypes.bool_ and attn_mask.dtype is not query.dtype
            and query.dtype.is_floating_point):
        raise RuntimeError("Expected attn_mask dtype to be bool or float or to match query dtype, but got "
                           f"attn_mask.dtype: {_c_type(attn_mask.dtype)} and  query.dtype: {_c_type(query.dtype)} "
                           "instead.")
    mask = _additive_mask(attn_mask, is_causal, length, source, query.dtype)
    if _takes_fused_kernel(query, key, value, attn_mask, dropout_p):
        cache: dict = {}
        data = _kernel_forward(query, key, value, None if is_causal else mask, is_causal, factor, cache)
        if data is None:
            with no_grad():
                scores = _F.matmul(query, key.transpose(-2, -1)) * factor
                if mask is not None:
                    scores = scores + mask
                data = _F.matmul(safe_softmax(scores, -1), value)._data
        # The fused kernel lays its output out in memory as the query is laid out (a query made
        # by transposing heads gives an output whose permute back is already contiguous).
        order = sorted(range(4), key=lambda axis: -query._data.strides[axis])
        out = make(np.ascontiguousarray(data.transpose(order)).transpose(np.argsort(order)), query.dtype)
        if _State.enabled or _State.dual_level or _State.vmap_randomness:
            record(RULES["sdpa_flash"], (query, key, value), out, {"mask": mask, "scale": factor, "cache": cache})
        return out
    root = math.sqrt(factor)
    scores = _F.matmul(_mul_scalar(query, root), _mul_scalar(key.transpose(-2, -1), root))
    if mask is not None:
        scores = scores + mask
    probs = safe_softmax(scores, -1)
    if dropout_p > 0.0:
        probs = dropout(probs, dropout_p)
    return _F.matmul(probs, value)


def _takes_fused_kernel(query: Tensor, key: Tensor, value: Tensor, attn_mask: Optional[Tensor],
                        dropout_p: float) -> bool:
    """Whether PyTorch's CPU dispatch picks the flash kernel (measured on 2.13): 4-D inputs of one
    batch and head count, one head size, non-empty sequences, contiguous last dims, no dropout,
    no mask that requires grad."""
    if query.dim() != 4 or key.dim() != 4 or value.dim() != 4 or dropout_p != 0.0:
        return False
    if attn_mask is not None and attn_mask.requires_grad:
        return False
    if not query.shape[0] == key.shape[0] == value.shape[0] or not query.shape[1] == key.shape[1] == value.shape[1]:
        return False
    if not query.shape[3] == key.shape[3] == value.shape[3] or query.shape[2] == 0 or key.shape[2] == 0:
        return False
    return all(t.shape[3] == 1 or t._data.strides[3] == t._data.itemsize for t in (query, key, value))


def _kernel_forward(query: Tensor, key: Tensor, value: Tensor, mask: Optional[Tensor], causal: bool,
                    scale: float, cache: dict) -> Optional[np.ndarray]:
    """The flash kernel's float32 or float64 output (``parity/flash_attention.py``), keeping in
    ``cache`` what its backward reads; None where it is not emulated (other dtypes, machines, sizes)."""
    kind = query.dtype
    reduced = kind in (dtypes.float16, dtypes.bfloat16)
    if (VECTOR_LANES != flash_attention.LANES or kind not in (dtypes.float32, dtypes.float64) and not reduced
            or any(t.dtype is not kind for t in (key, value))
            or not flash_attention.covers(query.shape[2], key.shape[2], query.shape[3],
                                          np.float32 if reduced else kind.np.type)):
        return None
    mask_data = None if mask is None else mask._data
    threads = blas.get_threads()
    if reduced:  # float32 arithmetic on the values; ATen's fast exp, the exponentials rounded before p @ v
        q, k, v = (np.asarray(t._data, np.float32) for t in (query, key, value))
        mask_data = None if mask_data is None else np.asarray(mask_data, np.float32)
        out, lse = flash_attention.forward(q, k, v, mask_data, causal, scale, threads, round_weights=_rounder(kind),
                                           fast_exp=True)
        out = _rounder(kind)(out)
        cache.update(out=out, lse=lse, mask=mask_data, causal=causal, scale=scale, threads=threads)
        return np.asarray(out, kind.np)
    out, lse = flash_attention.forward(query._data, key._data, value._data, mask_data, causal, scale, threads)
    cache.update(out=out, lse=lse, mask=mask_data, causal=causal, scale=scale, threads=threads)
    return out


def _rounder(kind: dtypes.dtype):
    """float32 values rounded to float16 or bfloat16 (kept as float32)."""
    if kind is dtypes.float16:
        return lambda x: x.astype(np.float16).astype(np.float32)
    return dtypes.to_bfloat16_grid


RULES = {
    "safe_softmax": Rule("safe_softmax", "SafeSoftmaxBackward0", None,
                         (lambda grad, result, dim: _F.softmax_backward(grad, result, dim),), (0,), ("self",)),
    "sdpa_flash": Rule(
        "sdpa_flash", "ScaledDotProductFlashAttentionForCpuBackward0", None,
        (lambda grad, query, key, value, mask, scale, cache: _attention_grads(grad, query, key, value, mask, scale,
                                                                              cache)[0],
         lambda grad, query, key, value, mask, scale, cache: _attention_grads(grad, query, key, value, mask, scale,
                                                                              cache)[1],
         lambda grad, query, key, value, mask, scale, cache: _attention_grads(grad, query, key, value, mask, scale,
                                                                              cache)[2]),
        (0, 1, 2), ("query", "key", "value")),
}

"""``nn.MultiheadAttention``: PyTorch's module, its seeded initialisation and its forward.

The forward is ``F.multi_head_attention_forward``'s explicit path, the one PyTorch takes whenever
gradients flow: one packed input projection, ``softmax(q k^T / sqrt(d) + mask) v`` per head with
``bmm``/``baddbmm``, the output projection, and the weights averaged over the heads. With
``need_weights=False`` it hands the heads, as a 4-D batch, to ``F.scaled_dot_product_attention``
(its fused kernel), and so does the engine.
"""
from __future__ import annotations

import math
import warnings
from typing import Any, Optional

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, forget_shown_warnings
from autograd_tui.engine.nn import functional as F
from autograd_tui.engine.nn import init
from autograd_tui.engine.nn.modules.linear import Linear
from autograd_tui.engine.nn.modules.module import Module
from autograd_tui.engine.nn.parameter import Parameter

__all__ = ["MultiheadAttention", "NonDynamicallyQuantizableLinear"]



class NonDynamicallyQuantizableLinear(Linear):
    pass


def _as_float_mask(mask: Optional[Tensor], dtype) -> Optional[Tensor]:
    """A boolean mask (True: not allowed to attend) as the additive mask PyTorch builds from it."""
    if mask is None or mask.dtype.is_floating_point:
        return mask
    return _F.zeros(tuple(mask.shape), dtype=dtype).masked_fill(mask, float("-inf"))


def _canonical_mask(mask: Optional[Tensor], name: str, other: Optional[Tensor], other_name: str,
                    dtype) -> Optional[Tensor]:
    """Checks a mask's dtype against its partner's, as PyTorch's modules do on entry, and makes it additive.

    The warning points at the caller's line (an engine module, as PyTorch's points at its own), so
    each module that checks keeps a warning place of its own.
    """
    if mask is None:
        return None
    if mask.dtype is not dtypes.bool_ and not mask.dtype.is_floating_point:
        raise AssertionError(f"only bool and floating types of {name} are supported")
    if other is not None and other.dtype is not mask.dtype:
        warnings.warn(f"Support for mismatched {name} and {other_name} is deprecated. Use same type for both "
                      "instead.", UserWarning, stacklevel=2)
    return _as_float_mask(mask, dtype)


def _in_projection(query: Tensor, key: Tensor, value: Tensor, weight: Tensor, bias: Optional[Tensor]):
    embed = query.size(-1)
    if key is value and query is key:
        proj = F.linear(query, weight, bias)
        proj = proj.unflatten(-1, (3, embed)).unsqueeze(0).transpose(0, -2).squeeze(-2).contiguous()
        return proj[0], proj[1], proj[2]
    if key is value:
        w_q, w_kv = weight.split([embed, embed * 2])
        b_q, b_kv = (None, None) if bias is None else bias.split([embed, embed * 2])
        kv = F.linear(key, w_kv, b_kv).unflatten(-1, (2, embed)).unsqueeze(0).transpose(0, -2).squeeze(-2)
        kv = kv.contiguous()
        return F.linear(query, w_q, b_q), kv[0], kv[1]
    w_q, w_k, w_v = weight.chunk(3)
    b_q, b_k, b_v = (None, None, None) if bias is None else bias.chunk(3)
    return F.linear(query, w_q, b_q), F.linear(key, w_k, b_k), F.linear(value, w_v, b_v)


class MultiheadAttention(Module):
    def __init__(self, embed_dim: int, num_heads: int, dropout: float = 0.0, bias: bool = True,
                 add_bias_kv: bool = False, add_zero_attn: bool = False, kdim: Optional[int] = None,
                 vdim: Optional[int] = None, batch_first: bool = False, device: Any = None, dtype: Any = None) -> None:
        if embed_dim <= 0 or num_heads <= 0:
            raise ValueError(f"embed_dim and num_heads must be greater than 0, got embed_dim={embed_dim} and "
                             f"num_heads={num_heads} instead")
        super().__init__()
        self.embed_dim = embed_dim
        self.kdim = kdim if kdim is not None else embed_dim
        self.vdim = vdim if vdim is not None else embed_dim
        self._qkv_same_embed_dim = self.kdim == embed_dim and self.vdim == embed_dim
        self.num_heads = num_heads
        self.dropout = dropout
        self.batch_first = batch_first
        self.head_dim = embed_dim // num_heads
        if self.head_dim * num_heads != embed_dim:
            raise AssertionError("embed_dim must be divisible by num_heads")
        kw = {"dtype": dtype, "device": device}
        if not self._qkv_same_embed_dim:
            self.q_proj_weight = Parameter(_F.empty((embed_dim, embed_dim), **kw))
            self.k_proj_weight = Parameter(_F.empty((embed_dim, self.kdim), **kw))
            self.v_proj_weight = Parameter(_F.empty((embed_dim, self.vdim), **kw))
            self.register_parameter("in_proj_weight", None)
        else:
            self.in_proj_weight = Parameter(_F.empty((3 * embed_dim, embed_dim), **kw))
            self.register_parameter("q_proj_weight", None)
            self.register_parameter("k_proj_weight", None)
            self.register_parameter("v_proj_weight", None)
        if bias:
            self.in_proj_bias = Parameter(_F.empty(3 * embed_dim, **kw))
        else:
            self.register_parameter("in_proj_bias", None)
        # Built (and randomly initialised) before the projections below, as in PyTorch: same draws.
        self.out_proj = NonDynamicallyQuantizableLinear(embed_dim, embed_dim, bias=bias, **kw)
        self.bias_k: Optional[Parameter]
        self.bias_v: Optional[Parameter]
        if add_bias_kv:  # one more key and value, learned, appended to every sequence
            self.bias_k = Parameter(_F.empty((1, 1, embed_dim), **kw))
            self.bias_v = Parameter(_F.empty((1, 1, embed_dim), **kw))
        else:
            self.bias_k = self.bias_v = None
        self.add_zero_attn = add_zero_attn
        self._reset_parameters()

    def _reset_parameters(self) -> None:
        if self._qkv_same_embed_dim:
            init.xavier_uniform_(self.in_proj_weight)
        else:
            init.xavier_uniform_(self.q_proj_weight)
            init.xavier_uniform_(self.k_proj_weight)
            init.xavier_uniform_(self.v_proj_weight)
        if self.in_proj_bias is not None:
            init.constant_(self.in_proj_bias, 0.0)
            init.constant_(self.out_proj.bias, 0.0)
        if self.bias_k is not None:
            init.xavier_normal_(self.bias_k)
        if self.bias_v is not None:
            init.xavier_normal_(self.bias_v)

    def forward(self, query: Tensor, key: Tensor, value: Tensor, key_padding_mask: Optional[Tensor] = None,
                need_weights: bool = True, attn_mask: Optional[Tensor] = None, average_attn_weights: bool = True,
                is_causal: bool = False) -> tuple[Tensor, Optional[Tensor]]:
        key_padding_mask = _canonical_mask(key_padding_mask, "key_padding_mask", attn_mask, "attn_mask", query.dtype)
        attn_mask = _canonical_mask(attn_mask, "attn_mask", None, "", query.dtype)
        if is_causal and attn_mask is None:
            raise RuntimeError("Need attn_mask if specifying the is_causal hint. You may use the Transformer module "
                               "method `generate_square_subsequent_mask` to create this mask.")
        # The hint is used only where PyTorch uses it: on the fused path, with no padding mask to merge.
        causal = is_causal and key_padding_mask is None and not need_weights
        if causal:
            attn_mask = None
        batched = query.dim() == 3
        if batched and self.batch_first:
            if key is value:
                if query is key:
                    query = key = value = query.transpose(1, 0)
                else:
                    query, key = (x.transpose(1, 0) for x in (query, key))
                    value = key
            else:
                query, key, value = (x.transpose(1, 0) for x in (query, key, value))
        out, weights = self._attend(query, key, value, key_padding_mask, need_weights, attn_mask,
                                    average_attn_weights, causal)
        if batched and self.batch_first:
            return out.transpose(1, 0), weights
        return out, weights

    def _attend(self, query: Tensor, key: Tensor, value: Tensor, key_padding_mask: Optional[Tensor],
                need_weights: bool, attn_mask: Optional[Tensor], average: bool,
                causal: bool = False) -> tuple[Tensor, Optional[Tensor]]:
        batched = _shape_check(query, key, value, key_padding_mask, attn_mask, self.num_heads)
        if not batched:
            query, key, value = query.unsqueeze(1), key.unsqueeze(1), value.unsqueeze(1)
            if key_padding_mask is not None:
                key_padding_mask = key_padding_mask.unsqueeze(0)
        tgt_len, bsz, embed_dim = query.shape
        if embed_dim != self.embed_dim:
            raise AssertionError(f"was expecting embedding dimension of {self.embed_dim}, but got {embed_dim}")
        if not self._qkv_same_embed_dim and key.shape[:2] != value.shape[:2]:
            raise AssertionError(f"key's sequence and batch dims {key.shape[:2]} do not match value's "
                                 f"{value.shape[:2]}")
        if self._qkv_same_embed_dim and key.shape != value.shape:
            raise AssertionError(f"key shape {key.shape} does not match value shape {value.shape}")
        heads, head_dim = self.num_heads, self.head_dim
        if self._qkv_same_embed_dim:
            q, k, v = _in_projection(query, key, value, self.in_proj_weight, self.in_proj_bias)
        else:
            b_q, b_k, b_v = (None, None, None) if self.in_proj_bias is None else self.in_proj_bias.chunk(3)
            q, k, v = (F.linear(query, self.q_proj_weight, b_q), F.linear(key, self.k_proj_weight, b_k),
                       F.linear(value, self.v_proj_weight, b_v))
        if attn_mask is not None:
            if attn_mask.dim() == 2:
                if tuple(attn_mask.shape) != (tgt_len, key.shape[0]):
                    raise RuntimeError(f"The shape of the 2D attn_mask is {attn_mask.shape}, but should be "
                                       f"{(tgt_len, key.shape[0])}.")
                attn_mask = attn_mask.unsqueeze(0)
            elif attn_mask.dim() == 3:
                if tuple(attn_mask.shape) != (bsz * heads, tgt_len, key.shape[0]):
                    raise RuntimeError(f"The shape of the 3D attn_mask is {attn_mask.shape}, but should be "
                                       f"{(bsz * heads, tgt_len, key.shape[0])}.")
            else:
                raise RuntimeError(f"attn_mask's dimension {attn_mask.dim()} is not supported")
        if self.bias_k is not None and self.bias_v is not None:
            k = _F.cat([k, self.bias_k.repeat(1, bsz, 1)])
            v = _F.cat([v, self.bias_v.repeat(1, bsz, 1)])
            attn_mask, key_padding_mask = _one_more_key(attn_mask, key_padding_mask)
        q = q.view(tgt_len, bsz * heads, head_dim).transpose(0, 1)
        k = k.view(k.shape[0], bsz * heads, head_dim).transpose(0, 1)
        v = v.view(v.shape[0], bsz * heads, head_dim).transpose(0, 1)
        if self.add_zero_attn:  # a key and value of zeros, that a query may attend to instead
            zeros = _F.zeros((bsz * heads, 1, head_dim), dtype=k.dtype)
            k, v = _F.cat([k, zeros], dim=1), _F.cat([v, zeros.to(v.dtype)], dim=1)
            attn_mask, key_padding_mask = _one_more_key(attn_mask, key_padding_mask)
        src_len = k.size(1)
        if key_padding_mask is not None:
            # PyTorch checks this shape with torch._check, whose first call changes the warning filters
            forget_shown_warnings()
            if key_padding_mask.shape[0] != bsz:
                raise AssertionError(f"Expected key_padded_mask.shape[0] to be {bsz}, but got "
                                     f"{key_padding_mask.shape[0]}")
            if key_padding_mask.shape[1] != src_len:
                raise AssertionError(f"Expected key_padded_mask.shape[1] to be {src_len}, but got "
                                     f"{key_padding_mask.shape[1]}")
            padding = key_padding_mask.view(bsz, 1, 1, src_len).expand(-1, heads, -1, -1)
            padding = padding.reshape(bsz * heads, 1, src_len)
            attn_mask = padding if attn_mask is None else attn_mask + padding
        dropout_p = self.dropout if self.training else 0.0
        if not need_weights:
            # PyTorch's fused path: the heads as a 4-D batch for scaled_dot_product_attention.
            if attn_mask is not None:
                if attn_mask.size(0) == 1 and attn_mask.dim() == 3:
                    attn_mask = attn_mask.unsqueeze(0)
                else:
                    attn_mask = attn_mask.view(bsz, heads, -1, src_len)
            fused = F.scaled_dot_product_attention(q.view(bsz, heads, tgt_len, head_dim),
                                                   k.view(bsz, heads, src_len, head_dim),
                                                   v.view(bsz, heads, src_len, head_dim), attn_mask, dropout_p,
                                                   is_causal=causal)
            out = fused.permute(2, 0, 1, 3).contiguous().view(bsz * tgt_len, embed_dim)
            out = F.linear(out, self.out_proj.weight, self.out_proj.bias).view(tgt_len, bsz, embed_dim)
            return (out if batched else out.squeeze(1)), None
        q_scaled = q * math.sqrt(1.0 / float(head_dim))
        if attn_mask is not None:
            scores = _F.baddbmm(attn_mask, q_scaled, k.transpose(-2, -1))
        else:
            scores = _F.bmm(q_scaled, k.transpose(-2, -1))
        weights = F.softmax(scores, dim=-1)
        if dropout_p > 0.0:
            weights = F.dropout(weights, p=dropout_p)
        out = _F.bmm(weights, v)
        out = out.transpose(0, 1).reshape(tgt_len * bsz, embed_dim)
        out = F.linear(out, self.out_proj.weight, self.out_proj.bias)
        out = out.view(tgt_len, bsz, out.size(1))
        if not batched:
            out = out.squeeze(1)
        weights = weights.view(bsz, heads, tgt_len, src_len)
        if average:
            weights = weights.mean(dim=1)
        if not batched:
            weights = weights.squeeze(0)
        return out, weights


def _one_more_key(attn_mask: Optional[Tensor], key_padding_mask: Optional[Tensor]) -> tuple:
    """The masks with a column for a key added at the end, which nothing masks."""
    return tuple(None if m is None else F.pad(m, (0, 1)) for m in (attn_mask, key_padding_mask))


NonDynamicallyQuantizableLinear.__module__ = "torch.nn.modules.linear"
MultiheadAttention.__module__ = "torch.nn.modules.activation"


def _shape_check(query: Tensor, key: Tensor, value: Tensor, key_padding_mask: Optional[Tensor],
                 attn_mask: Optional[Tensor], num_heads: int) -> bool:
    """Whether the call is batched, after the ranks checks of PyTorch's multi_head_attention_forward."""
    if query.dim() not in (2, 3):
        raise AssertionError(f"query should be unbatched 2D or batched 3D tensor but received {query.dim()}-D query "
                             "tensor")
    batched = query.dim() == 3
    rank, which = (3, "batched (3-D)") if batched else (2, "unbatched (2-D)")
    if key.dim() != rank or value.dim() != rank:
        raise AssertionError(f"For {which} `query`, expected `key` and `value` to be {rank}-D but found {key.dim()}-D "
                             f"and {value.dim()}-D tensors respectively")
    if key_padding_mask is not None and key_padding_mask.dim() != rank - 1:
        raise AssertionError(f"For {which} `query`, expected `key_padding_mask` to be `None` or {rank - 1}-D but "
                             f"found {key_padding_mask.dim()}-D tensor instead")
    if attn_mask is not None:
        if attn_mask.dim() not in (2, 3):
            raise AssertionError(f"For {which} `query`, expected `attn_mask` to be `None`, 2-D or 3-D but found "
                                 f"{attn_mask.dim()}-D tensor instead")
        if not batched and attn_mask.dim() == 3:
            expected = (num_heads, query.shape[0], key.shape[0])
            if tuple(attn_mask.shape) != expected:
                raise AssertionError(f"Expected `attn_mask` shape to be {expected} but got {attn_mask.shape}")
    return batched

"""Losses PyTorch composes from other ops (in ATen or in ``torch.nn.functional``): multi-label soft
margin, Gaussian and Poisson negative log-likelihood, hinge embedding, KL divergence. Each is
written with the same ops in the same order, so values, rounding and the graph's nodes are
PyTorch's. Soft margin is an ATen kernel with a node of its own (``SoftMarginLossBackward0``),
computed here in its steps' order.
Inside torch.func's transforms, binary cross-entropy with logits is functorch's composite of it.
"""
from __future__ import annotations

import math
from typing import Callable, Optional, Union, cast

import numpy as np

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.functions import special as _special
from autograd_tui.engine.grad_mode import _State, is_grad_enabled, no_grad
from autograd_tui.engine.nn import _activations
from autograd_tui.engine.record import RULES, record

__all__ = ["multilabel_soft_margin_loss", "gaussian_nll_loss", "poisson_nll_loss", "hinge_embedding_loss",
           "soft_margin_loss", "soft_margin_loss_grad", "bce_with_logits_under_transforms", "kl_div",
           "triplet_margin_with_distance_loss"]


def triplet_margin_with_distance_loss(anchor: Tensor, positive: Tensor, negative: Tensor,
                                      distance_function: Callable[[Tensor, Tensor], Tensor], margin: float,
                                      swap: bool, reduction: str) -> Tensor:
    """``torch.nn.functional``'s composite, checks and steps in its order: reduction, margin, ranks;
    then ``clamp_min(margin + d(a, p) - d(a, n), 0)``, swap taking the smaller of d(a, n) and d(p, n)."""
    if reduction not in ("mean", "sum", "none"):
        raise ValueError(f"{reduction} is not a valid value for reduction")
    if margin <= 0:
        raise ValueError(f"margin must be greater than 0, got {margin}")
    dims = (anchor.ndim, positive.ndim, negative.ndim)
    if len(set(dims)) != 1:
        raise RuntimeError("The anchor, positive, and negative tensors are expected to have the same number of "
                           f"dimensions, but got: anchor {dims[0]}D, positive {dims[1]}D, and negative {dims[2]}D "
                           "inputs")
    dist_pos = distance_function(anchor, positive)
    dist_neg = distance_function(anchor, negative)
    if swap:
        dist_neg = _F.minimum(dist_neg, distance_function(positive, negative))
    return _reduce(_F.clamp_min(margin + dist_pos - dist_neg, 0), reduction)


def _reduce(loss: Tensor, reduction: str) -> Tensor:
    if reduction == "none":
        return loss
    return loss.sum() if reduction == "sum" else loss.mean()


def multilabel_soft_margin_loss(input: Tensor, target: Tensor, weight: Optional[Tensor], reduction: str) -> Tensor:
    loss = -(target * _activations.logsigmoid(input) + (1 - target) * _activations.logsigmoid(-input))
    if weight is not None:
        loss = loss * weight
    class_dim = input.dim() - 1
    loss = loss.sum(dim=class_dim) / input.size(class_dim)  # one value per sample
    if reduction not in ("none", "mean", "sum"):
        raise ValueError(reduction + " is not valid")
    return _reduce(loss, reduction)


def gaussian_nll_loss(input: Tensor, target: Tensor, var: Union[Tensor, float], full: bool = False,
                      eps: float = 1e-6, reduction: str = "mean") -> Tensor:
    if isinstance(var, float):
        if var < 0:
            raise ValueError("var has negative entry/entries")
        variance = var * _F.ones_like(input)
    else:
        variance = cast(Tensor, var)
        if bool(_F.any(variance < 0)):
            raise ValueError("var has negative entry/entries")
    if variance.size() != input.size():
        # one value per sample (homoscedastic): var lacks the last dim, or has one dim of size 1
        if input.size()[:-1] == variance.size():
            variance = variance.unsqueeze(-1)
        elif not (input.ndim == variance.ndim
                  and sum(y for x, y in zip(input.size(), variance.size()) if x != y) == 1):
            raise ValueError("var is of incorrect size")
    if reduction not in ("none", "mean", "sum"):
        raise ValueError(reduction + " is not valid")
    variance = variance.clone()
    with no_grad():
        variance.clamp_(min=eps)
    loss = 0.5 * (_F.log(variance) + (input - target) ** 2 / variance)
    if full:
        loss += 0.5 * math.log(2 * math.pi)
    return _reduce(loss, reduction)


def poisson_nll_loss(input: Tensor, target: Tensor, log_input: bool, full: bool, eps: float, reduction: str) -> Tensor:
    if reduction not in ("none", "mean", "sum"):
        raise ValueError(reduction + " is not a valid value for reduction")
    if log_input:
        loss = _F.exp(input) - target * input
    else:
        loss = input - target * _F.log(input + eps)
    if full:
        stirling = target * _F.log(target) - target + 0.5 * _F.log(2 * math.pi * target)
        loss += stirling.masked_fill(target <= 1, 0)
    return _reduce(loss, reduction)


def hinge_embedding_loss(input: Tensor, target: Tensor, margin: float, reduction: str) -> Tensor:
    zeros = _F.zeros_like(input)
    margin_clamp = (margin - input).clamp_min_(0)
    # comparisons of tensors are tensors (typed bool only because Python's __ne__ says so)
    not_one, not_minus_one = cast(Tensor, target != 1), cast(Tensor, target != -1)
    output = _F.where(not_one, margin_clamp, zeros) + _F.where(not_minus_one, input, zeros)
    return _reduce(output, reduction)


def soft_margin_loss(input: Tensor, target: Tensor, reduction: str) -> Tensor:
    if target.requires_grad and is_grad_enabled():
        raise RuntimeError("The function 'soft_margin_loss' is not differentiable with respect to argument 'target'. "
                           "This input cannot have requires_grad True.")
    with no_grad():
        output = _F.log1p(_F.exp(-input * target))  # ATen: neg, mul, exp, log1p in place
        output = _reduce(output, reduction)
    if _State.enabled and input.requires_grad:
        norm = 1.0 / input.numel() if reduction == "mean" else 1.0
        record(RULES["soft_margin_loss"], (input, target), output, {"norm": norm, "reduction": reduction})
    return output


def soft_margin_loss_grad(grad: Tensor, self: Tensor, target: Tensor, norm: float) -> Tensor:
    # ATen's backward: -norm * target * z / (1 + z) * grad, z = exp(-target * input), in this order
    z = _F.exp(-target * self)
    return (target * z).mul(-norm).div(z + 1).mul(grad)


def bce_with_logits_under_transforms(input: Tensor, target: Tensor, weight: Optional[Tensor],
                                     pos_weight: Optional[Tensor], reduction: str) -> Tensor:
    """Inside torch.func's transforms (grad, jvp, vmap, ...) PyTorch replaces the fused loss with
    functorch's own composite, ``(1 - t) * x + max(-x, 0) + log(exp(-max) + exp(-x - max))`` (the
    log term times ``(pw - 1) * t + 1`` with a pos_weight), op by op: its value, gradients and
    tangents are those of these ops."""
    # Each op in the order the C++ builds it: that order is the backward's order of additions.
    max_val = _F.clamp_min(-input, 0)
    if pos_weight is None:
        loss = (1 - target) * input + max_val
        return _weighted_reduce(loss + _F.log(_F.exp(-max_val) + _F.exp(-input - max_val)), weight, reduction)
    log_weight = (pos_weight - 1) * target + 1
    loss = (1 - target) * input
    log_term = _F.log(_F.exp(-max_val) + _F.exp(-input - max_val)) + max_val
    return _weighted_reduce(loss + log_weight * log_term, weight, reduction)


def _weighted_reduce(loss: Tensor, weight: Optional[Tensor], reduction: str) -> Tensor:
    return _reduce(loss if weight is None else loss * weight, reduction)


def kl_div(input: Tensor, target: Tensor, reduction: str, log_target: bool) -> Tensor:
    """KL divergence with ``input`` in log space (reduction already checked by F.kl_div)."""
    if not all(t.dtype.is_floating_point or t.dtype.is_complex for t in (input, target)):
        raise RuntimeError("kl_div: Integral inputs not supported.")
    if log_target:
        loss = _F.exp(target) * (target - input)
    else:
        # ATen's C++ builds the product first (GCC evaluates an operator's arguments right to
        # left): its node is the older one, so the target's gradient adds xlogy's two terms first
        product = target * input
        loss = _xlogy_self(target) - product
    if reduction == "none":
        return loss
    if reduction == "mean":
        return _F.mean(loss)
    total = _F.sum(loss)
    return total / input.shape[0] if reduction == "batchmean" and input.ndim != 0 else total


def _xlogy_self(t: Tensor) -> Tensor:
    """t * log(t), 0 where t is 0 (ATen's xlogy(t, t), the C library's log)."""
    if t.requires_grad or _State.dual_level or _State.vmap_randomness:
        return _F.xlogy(t, t)  # the graph PyTorch records (XlogyBackward0), and the target's tangent
    return make(np.asarray(_special.xlogy_array(t._data, t._data), dtype=t.dtype.np), t.dtype)


def _cosine_similarity_rows(x1: Tensor, x2: Tensor, dim: int) -> Tensor:
    """cos(x1, x2) along ``dim`` with 1e-12 added to each squared length, so that a zero vector gives
    0 rather than NaN. The dot product is built first: the backward visits the nodes newest first,
    and that order decides how input1's three gradient terms are summed, so it shows in the last bit."""
    dot = (x1 * x2).sum(dim)
    lengths_squared = ((x1 * x1).sum(dim) + 1e-12) * ((x2 * x2).sum(dim) + 1e-12)
    return dot / lengths_squared.sqrt_()


def cosine_embedding_loss(input1: Tensor, input2: Tensor, target: Tensor, margin: float, reduction: str,
                          pairs_dim: int) -> Tensor:
    """The checked call's body: per pair 1 - cos (target 1), max(0, cos - margin) (target -1), else 0."""
    cos = _cosine_similarity_rows(input1, input2, pairs_dim)
    nothing = _F.zeros_like(cos)
    pull, push = 1 - cos, (cos - margin).clamp_min_(0)
    per_pair = (_F.where(cast(Tensor, target == 1), pull, nothing)
                + _F.where(cast(Tensor, target == -1), push, nothing))
    if reduction == "none":
        return per_pair
    return per_pair.sum() if reduction == "sum" else per_pair.mean()

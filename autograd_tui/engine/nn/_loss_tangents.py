"""Forward-mode tangents of the losses, as PyTorch 2.13 computes them.

derivatives.yaml gives each loss kernel a ``result:`` formula of its own: the backward formula run
with the input's tangent as incoming gradient and no reduction, plus the target's term, then the
loss's reduction of that sum (``apply_loss_reduction``: ``mean()`` or ``sum()`` of the unreduced
tangent). The double-vjp of ``autograd/forward_ad.py`` would divide each element by the count
first and add in another order: other last digits for about half of all mean and sum losses.
``nll_loss``'s formula is the loss itself on the tangent (``nll_loss_forward(self_t, ...)``).

A tangent that is not there is PyTorch's zero tensor: where the formula has no test for it (the
loss kernels, ``binary_cross_entropy_target_backward``) it is a tensor of zeros, whose term adds
a signed zero; the logits' two terms return early on it, so it adds nothing.
Each formula is ``f(inputs, tangents, out, attrs)``, the signature of ``Rule.jvp``.
"""
from __future__ import annotations

import functools
from typing import Any, Callable

import numpy as np

from autograd_tui.engine import functions as F
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.nn import _activations, _double_backward, _kernels


def reduced(unreduced: Tensor, reduction: str) -> Tensor:
    """ATen's ``apply_loss_reduction``: the mean or the sum of the unreduced tangent."""
    if reduction == "mean":
        return F.mean(unreduced)
    return F.sum(unreduced) if reduction == "sum" else unreduced


def _or_zeros(tangent: Tensor | None, like: Tensor) -> Tensor:
    return F.zeros_like(like) if tangent is None else tangent


def mse_loss(inputs: tuple, tangents: list, out: Tensor, attrs: dict) -> Tensor:
    """mse_loss_backward(self_t, self, target) + mse_loss_backward(target_t, target, self), reduced."""
    a, b = inputs
    count = attrs["count"]
    both = (_double_backward.mse_backward(_or_zeros(tangents[0], a), a, b, "none", count)
            + _double_backward.mse_backward(_or_zeros(tangents[1], b), b, a, "none", count))
    return reduced(both, attrs["reduction"])


def pointwise_loss(backward: Callable, decomposed: Callable, inputs: tuple, tangents: list, param: float,
                   reduction: str) -> Tensor:
    """derivatives.yaml's ``result:`` of smooth_l1_loss and huber_loss: the unreduced backward
    with self_t plus the one with target_t (zeros where a tangent is missing), then reduced; under
    vmap, functorch's ``decomposed`` form of the backward kernel."""
    a, b = inputs
    a_t, b_t = _or_zeros(tangents[0], a), _or_zeros(tangents[1], b)
    if batched():
        both = decomposed(a_t, a, b, param) + decomposed(b_t, b, a, param)
    else:
        both = backward(a_t, a, b, param, 1.0, "none") + backward(b_t, b, a, param, 1.0, "none")
    return reduced(both, reduction)


def smooth_l1_decomposed(grad: Tensor, self: Tensor, target: Tensor, beta: float) -> Tensor:
    """torch._decomp's smooth_l1_loss_backward, unreduced (norm 1)."""
    x = self - target
    norm_grad = grad * 1.0
    return F.where(F.abs(x) < beta, norm_grad * x / beta, norm_grad * F.sign(x))


def huber_decomposed(grad: Tensor, self: Tensor, target: Tensor, delta: float) -> Tensor:
    """torch._decomp's huber_loss_backward, unreduced (norm 1)."""
    x = self - target
    return F.where(x < -delta, -1.0 * grad * delta,
                   F.where(x > delta, 1.0 * grad * delta, 1.0 * x * grad))


def binary_cross_entropy(inputs: tuple, tangents: list, out: Tensor, attrs: dict) -> Tensor:
    """binary_cross_entropy_backward(self_t, ...) + binary_cross_entropy_target_backward(target_t,
    ...), both unreduced and weighted, then reduced."""
    x, y = inputs
    weight, count = attrs["weight"], attrs["count"]
    both = (_kernels.bce_grad_input(_or_zeros(tangents[0], x), x, y, weight, "none", count)
            + _kernels.bce_grad_target(_or_zeros(tangents[1], y), x, weight, "none", count))
    return reduced(both, attrs["reduction"])


def binary_cross_entropy_with_logits(inputs: tuple, tangents: list, out: Tensor, attrs: dict) -> Tensor:
    """The logits' backward with self_t plus its target backward with target_t, then reduced."""
    x, y = inputs
    x_t, y_t = tangents
    weight, pos_weight = attrs["weight"], attrs["pos_weight"]
    terms = []
    if x_t is not None:
        terms.append(_kernels.bce_logits_grad_input(x_t, x, y, weight, pos_weight, "none", attrs["count"]))
    if y_t is not None:
        terms.append(logits_target_term(y_t, x, weight, pos_weight))
    return reduced(terms[0] if len(terms) == 1 else terms[0] + terms[1], attrs["reduction"])


def logits_target_term(y_t: Tensor, x: Tensor, weight: Any, pos_weight: Any) -> Tensor:
    """binary_cross_entropy_with_logits_target_backward, unreduced: -x * t, or with a pos_weight
    (log_sigmoid(-x) - log_sigmoid(x) * pos_weight) * t; then the weight."""
    if pos_weight is None:
        term = -x * y_t
    else:
        term = (_activations.logsigmoid(-x) - _activations.logsigmoid(x) * pos_weight) * y_t
    return term if weight is None else term * weight


def nll_attrs(attrs: dict, input: Tensor, target: Tensor, weight: Tensor | None, ignore_index: int,
              reduction: str, nll_loss: Callable) -> dict:
    """What nll_loss's node saves besides, as PyTorch's: target, weight, ignore_index and
    total_weight, the forward's second output (a tensor of the input's dtype, 0 without a
    reduction). Inside a forward-AD level, nll_loss's tangent is the loss of its input's tangent
    (derivatives.yaml: ``nll_loss_forward(self_t, ...)``): ``nll_loss`` is bound for it."""
    total = attrs["weight_total"] if reduction != "none" else 0.0
    attrs.update(target=target, weight=weight, ignore_index=ignore_index,
                 total_weight=make(np.asarray(total, dtype=input.dtype.np), input.dtype))
    if _State.dual_level:
        attrs["same_op"] = functools.partial(nll_loss, target=target, weight=weight, ignore_index=ignore_index,
                                             reduction=reduction)
    return attrs


def batched() -> bool:
    """Whether PyTorch would run these formulas on batched tangents (vmap, jacfwd): functorch then
    replaces the loss kernels by the Python decompositions it registers for its batched key."""
    return "vmap" in _State.transforms or "jacfwd" in _State.transforms


def nll_loss(inputs: tuple, tangents: list, out: Tensor, attrs: dict) -> Tensor | None:
    """nll_loss_forward(self_t, target, weight, reduction, ignore_index): the loss, with its own
    cascade of sums, of the tangent (``same_op``, bound by nll_loss when a level is active); on
    batched tangents, the decomposition: weighted, gathered, then a plain sum (and a division by
    the summed gathered weights)."""
    if batched() and tangents[0].ndim <= 2:
        return _nll_decomposed(tangents[0], attrs["target"], attrs["weight"], attrs["reduction"],
                               attrs["ignore_index"])
    same_op = attrs.get("same_op")
    return None if same_op is None else same_op(tangents[0])


def _nll_decomposed(t: Tensor, target: Tensor, weight: Tensor | None, reduction: str, ignore_index: int) -> Tensor:
    class_dim = 1 if t.ndim > 1 else 0
    w = None
    if weight is not None:
        w = weight.view([weight.shape[0] if d == class_dim else 1 for d in range(t.ndim)]) if t.ndim > 1 else weight
        t = t * w
    kept = F.ne(target, ignore_index)
    safe = F.where(kept, target, F.zeros_like(target)).unsqueeze(class_dim)
    result = F.where(kept, -F.gather(t, class_dim, safe).squeeze(class_dim), F.zeros_like(kept, dtype=t.dtype))
    if reduction == "none":
        return result
    if reduction == "sum":
        return F.sum(result)
    if w is None:
        total = F.sum(kept).to(t.dtype)
    else:
        picked = F.gather(w.expand(t.shape), class_dim, safe).squeeze(class_dim)
        total = F.sum(F.where(kept, picked, F.zeros_like(picked)))
    return F.sum(result) / total

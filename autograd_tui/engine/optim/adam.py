"""``torch.optim.Adam`` (and the decoupled weight decay that ``AdamW`` switches on)."""
from __future__ import annotations


from typing import Any, Callable, Iterable, Optional

import numpy as np

from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.optim.optimizer import (Optimizer, addcmul, advance_step, check_tensor_lr, fma, lerp, lr_of,
                                                 scalar_step, sqrt, write_, zeros_like_param)

__all__ = ["Adam"]


def check_betas(lr: float, eps: float, betas: tuple, weight_decay: float) -> None:
    """The argument checks Adam's family shares, in PyTorch's order and words."""
    check_tensor_lr(lr)
    if not 0.0 <= lr:
        raise ValueError(f"Invalid learning rate: {lr}")
    if not 0.0 <= eps:
        raise ValueError(f"Invalid epsilon value: {eps}")
    if not 0.0 <= betas[0] < 1.0:
        raise ValueError(f"Invalid beta parameter at index 0: {betas[0]}")
    if not 0.0 <= betas[1] < 1.0:
        raise ValueError(f"Invalid beta parameter at index 1: {betas[1]}")
    if not 0.0 <= weight_decay:
        raise ValueError(f"Invalid weight_decay value: {weight_decay}")


def _adam_betas(betas: Any, foreach: Optional[bool], capturable: bool) -> tuple:
    """Adam's own further checks of ``betas`` (both floats, or both 1-element tensors), and the tuple it keeps."""
    if not (all(isinstance(b, float) for b in betas[:2]) or all(isinstance(b, Tensor) for b in betas[:2])):
        raise ValueError("betas must be either both floats or both Tensors")
    for i, beta in enumerate(betas[:2]):
        if isinstance(beta, Tensor):
            if not capturable and foreach:
                raise ValueError(f"betas[{i}] as a Tensor is not supported for capturable=False and foreach=True")
            if beta.numel() != 1:
                raise ValueError(f"Tensor betas[{i}] must be 1-element")
    return tuple(b.squeeze() if isinstance(b, Tensor) and b.dim() != 0 else b for b in betas)


class Adam(Optimizer):
    def __init__(self, params: Iterable, lr: float = 1e-3, betas: tuple = (0.9, 0.999), eps: float = 1e-8,
                 weight_decay: float = 0, amsgrad: bool = False, *, foreach: Optional[bool] = None,
                 maximize: bool = False, capturable: bool = False, differentiable: bool = False,
                 fused: Optional[bool] = None, decoupled_weight_decay: bool = False) -> None:
        if isinstance(lr, Tensor) and foreach and not capturable:
            raise ValueError("lr as a Tensor is not supported for capturable=False and foreach=True")
        check_betas(lr, eps, betas, weight_decay)
        betas = _adam_betas(betas, foreach, capturable)
        defaults = dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, amsgrad=amsgrad,
                        maximize=maximize, foreach=foreach, capturable=capturable,
                        differentiable=differentiable, fused=fused,
                        decoupled_weight_decay=decoupled_weight_decay)
        super().__init__(params, defaults)

    def step(self, closure: Optional[Callable] = None) -> Any:
        return self._run_step(closure, self._update_group)

    def _init_state(self, p: Tensor, group: dict) -> dict:
        state = {"step": scalar_step(), "exp_avg": zeros_like_param(p), "exp_avg_sq": zeros_like_param(p)}
        if group["amsgrad"]:
            state["max_exp_avg_sq"] = zeros_like_param(p)
        return state

    def _update_group(self, group: dict) -> None:
        lr, (beta1, beta2), eps = lr_of(group), group["betas"], group["eps"]
        weight_decay, amsgrad = group["weight_decay"], group["amsgrad"]
        decoupled = group["decoupled_weight_decay"]
        for p, grad, state in self._params_with_grad(group):
            f = p._data.dtype.type  # scalars enter the float32 arithmetic as float32, as in PyTorch
            step = advance_step(state)
            if weight_decay != 0:
                if decoupled:
                    write_(p, p._data * f(float(1 - lr * weight_decay)))
                else:
                    grad = fma(f(weight_decay), p._data, grad)  # grad.add(param, alpha=wd), fused
            exp_avg, exp_avg_sq = state["exp_avg"], state["exp_avg_sq"]
            write_(exp_avg, lerp(exp_avg._data, grad, 1 - beta1))  # exp_avg.lerp_(grad, 1 - beta1)
            # exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
            write_(exp_avg_sq, addcmul(exp_avg_sq._data * f(beta2), grad, grad, 1 - beta2))
            bias_correction1 = 1 - beta1 ** step
            bias_correction2 = 1 - beta2 ** step
            step_size = lr / bias_correction1
            bias_correction2_sqrt = bias_correction2 ** 0.5
            if amsgrad:
                write_(state["max_exp_avg_sq"], np.maximum(state["max_exp_avg_sq"]._data, exp_avg_sq._data))
                second = state["max_exp_avg_sq"]._data
            else:
                second = exp_avg_sq._data
            denom = sqrt(second, p.dtype) / f(bias_correction2_sqrt) + f(eps)
            write_(p, p._data + f(-float(step_size)) * exp_avg._data / denom)


Adam.__module__ = "torch.optim.adam"


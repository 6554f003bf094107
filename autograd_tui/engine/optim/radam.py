"""``torch.optim.RAdam``: Adam whose adaptive step is switched on only once its variance is tractable."""
from __future__ import annotations

from typing import Any, Callable, Iterable, Optional

import numpy as np

from autograd_tui.engine.parity import blas
from autograd_tui.engine.optim.adam import check_betas
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.optim import reduced
from autograd_tui.engine.optim.optimizer import (Optimizer, addcmul, advance_step, check_step_options, fma, lerp, lr_of,
                                                 scalar_step, sqrt, write_, zeros_like_param)

__all__ = ["RAdam"]


class RAdam(Optimizer):
    _reduced_update = staticmethod(reduced.radam)  # float16 and bfloat16 parameters, not fused

    def __init__(self, params: Iterable, lr: float = 1e-3, betas: tuple = (0.9, 0.999), eps: float = 1e-8,
                 weight_decay: float = 0, decoupled_weight_decay: bool = False, *, foreach: Optional[bool] = None,
                 maximize: bool = False, capturable: bool = False, differentiable: bool = False) -> None:
        check_betas(lr, eps, betas, weight_decay)
        defaults = dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, maximize=maximize,
                        foreach=foreach, capturable=capturable, decoupled_weight_decay=decoupled_weight_decay,
                        differentiable=differentiable)
        super().__init__(params, defaults)

    def step(self, closure: Optional[Callable] = None) -> Any:
        return self._run_step(closure, self._update_group)

    def _init_state(self, p: Tensor, group: dict) -> dict:
        return {"step": scalar_step(), "exp_avg": zeros_like_param(p), "exp_avg_sq": zeros_like_param(p)}

    def _update_group(self, group: dict) -> None:
        # PyTorch's single-tensor RAdam (the CPU path), with its float32 order of operations.
        lr, (beta1, beta2), eps = lr_of(group), group["betas"], group["eps"]
        weight_decay, decoupled = group["weight_decay"], group["decoupled_weight_decay"]
        check_step_options(group)
        for p, grad, state in self._params_with_grad(group):
            f = p._data.dtype.type
            step = advance_step(state)
            if weight_decay != 0:
                if decoupled:
                    write_(p, p._data * f(float(1 - lr * weight_decay)))
                else:
                    grad = blas.add_scaled(grad, p._data, weight_decay)
            exp_avg, exp_avg_sq = state["exp_avg"], state["exp_avg_sq"]
            write_(exp_avg, lerp(exp_avg._data, grad, 1 - beta1))
            write_(exp_avg_sq, addcmul(exp_avg_sq._data * f(beta2), grad, grad, 1 - beta2))
            bias_correction1 = 1 - beta1 ** step
            bias_correction2 = 1 - beta2 ** step
            rho_inf = 2 / (1 - beta2) - 1
            rho_t = rho_inf - 2 * step * (beta2 ** step) / bias_correction2
            if group["foreach"]:
                rect = ((rho_t - 4) * (rho_t - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho_t)) ** 0.5 \
                    if rho_t > 5 else 0
                _foreach_update(p, exp_avg._data, exp_avg_sq._data, float(lr), eps, rect, bias_correction1,
                                bias_correction2)
                continue
            update = exp_avg._data / f(bias_correction1) * f(float(lr))
            if rho_t > 5.0:
                # ``scalar / tensor`` is ``tensor.reciprocal() * scalar`` in PyTorch.
                adaptive = f(1) / (sqrt(exp_avg_sq._data, p.dtype) + f(eps)) * f(bias_correction2 ** 0.5)
                rect = ((rho_t - 4) * (rho_t - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho_t)) ** 0.5
                update = update * adaptive * f(rect)
            write_(p, p._data - update)


def _foreach_update(p: Tensor, exp_avg: np.ndarray, exp_avg_sq: np.ndarray, lr: float, eps: float, rect: float,
                    bias_correction1: float, bias_correction2: float) -> None:
    """_multi_tensor_radam's update: one factor per element, 1 / ((sqrt(v) + eps) / c) + u, with
    c = -sqrt(bias_correction2) * lr * rect / bias_correction1 (-0.0 unrectified, making the first
    term -0.0) and u = -lr / bias_correction1 only while unrectified; then param + exp_avg * factor."""
    f = p._data.dtype.type
    scale = (bias_correction2 ** 0.5) * (lr * rect / bias_correction1) * -1
    unrectified_step = (lr * (0 if rect > 0 else 1.0) / bias_correction1) * -1
    with np.errstate(divide="ignore"):
        factor = f(1) / ((sqrt(exp_avg_sq, p.dtype) + f(eps)) / f(scale)) + f(unrectified_step)
    write_(p, fma(exp_avg, factor, p._data))


RAdam.__module__ = "torch.optim.radam"

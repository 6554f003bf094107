"""``torch.optim.NAdam``: Adam with Nesterov momentum and a decaying momentum schedule."""
from __future__ import annotations

from typing import Any, Callable, Iterable, Optional


from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.parity import blas
from autograd_tui.engine.optim.adam import check_betas
from autograd_tui.engine.optim import reduced
from autograd_tui.engine.optim.optimizer import (Optimizer, addcmul, advance_step, check_step_options, lerp, lr_of,
                                                 scalar_state, scalar_step, sqrt, write_, zeros_like_param)

__all__ = ["NAdam"]


class NAdam(Optimizer):
    _reduced_update = staticmethod(reduced.nadam)  # float16 and bfloat16 parameters, not fused

    def __init__(self, params: Iterable, lr: float = 2e-3, betas: tuple = (0.9, 0.999), eps: float = 1e-8,
                 weight_decay: float = 0, momentum_decay: float = 4e-3, decoupled_weight_decay: bool = False, *,
                 foreach: Optional[bool] = None, maximize: bool = False, capturable: bool = False,
                 differentiable: bool = False) -> None:
        check_betas(lr, eps, betas, weight_decay)
        if not 0.0 <= momentum_decay:
            raise ValueError(f"Invalid momentum_decay value: {momentum_decay}")
        defaults = dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, momentum_decay=momentum_decay,
                        decoupled_weight_decay=decoupled_weight_decay, maximize=maximize, foreach=foreach,
                        capturable=capturable, differentiable=differentiable)
        super().__init__(params, defaults)

    def step(self, closure: Optional[Callable] = None) -> Any:
        return self._run_step(closure, self._update_group)

    def _init_state(self, p: Tensor, group: dict) -> dict:
        return {"step": scalar_step(), "mu_product": scalar_state(1.0),
                "exp_avg": zeros_like_param(p), "exp_avg_sq": zeros_like_param(p)}

    def _update_group(self, group: dict) -> None:
        # PyTorch's single-tensor NAdam (the CPU path), with its float32 order of operations.
        lr, (beta1, beta2), eps = lr_of(group), group["betas"], group["eps"]
        weight_decay, momentum_decay = group["weight_decay"], group["momentum_decay"]
        decoupled = group["decoupled_weight_decay"]
        if group["capturable"]:
            raise AssertionError("If capturable=True, params, mu_products and state_steps must be on supported "
                                 "devices: ['cuda', 'xpu', 'hpu', 'privateuseone', 'xla'].")
        check_step_options(group)
        for p, grad, state in self._params_with_grad(group):
            f = p._data.dtype.type
            mu_product = state["mu_product"]
            step = advance_step(state)
            bias_correction2 = 1 - beta2 ** step
            if weight_decay != 0:
                if decoupled:
                    write_(p, p._data * f(float(1 - lr * weight_decay)))
                else:
                    grad = blas.add_scaled(grad, p._data, weight_decay)
            mu = beta1 * (1.0 - 0.5 * (0.96 ** (step * momentum_decay)))
            mu_next = beta1 * (1.0 - 0.5 * (0.96 ** ((step + 1) * momentum_decay)))
            # float32, or float64 once a checkpoint of float64 parameters was loaded (as in PyTorch)
            write_(mu_product, mu_product._data * mu_product._data.dtype.type(mu))
            exp_avg, exp_avg_sq = state["exp_avg"], state["exp_avg_sq"]
            write_(exp_avg, lerp(exp_avg._data, grad, 1 - beta1))
            write_(exp_avg_sq, addcmul(exp_avg_sq._data * f(beta2), grad, grad, 1 - beta2))
            if group["foreach"]:  # _multi_tensor_nadam: sqrt(v) / sqrt(bias_correction2)
                denom = sqrt(exp_avg_sq._data, p.dtype) / f(bias_correction2 ** 0.5) + f(eps)
            else:
                denom = sqrt(exp_avg_sq._data / f(bias_correction2), p.dtype) + f(eps)
            product = float(mu_product._data)
            product_next = product * mu_next
            p_new = p._data + f(float(-lr * (1.0 - mu) / (1.0 - product))) * grad / denom
            write_(p, p_new + f(float((-lr * mu_next) / (1.0 - product_next))) * exp_avg._data / denom)


NAdam.__module__ = "torch.optim.nadam"

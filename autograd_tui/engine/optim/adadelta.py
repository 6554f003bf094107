"""``torch.optim.Adadelta``: steps sized by running averages of squared gradients and of squared steps."""
from __future__ import annotations

from typing import Any, Callable, Iterable, Optional


from autograd_tui.engine.parity import blas
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.optim import reduced
from autograd_tui.engine.optim.optimizer import (Optimizer, add_, addcmul, advance_step, check_step_options,
                                                 check_tensor_lr, lr_of, scalar_step, sqrt, write_, zeros_like_param)

__all__ = ["Adadelta"]


class Adadelta(Optimizer):
    _reduced_update = staticmethod(reduced.adadelta)  # float16 and bfloat16 parameters, not fused

    def __init__(self, params: Iterable, lr: float = 1.0, rho: float = 0.9, eps: float = 1e-6,
                 weight_decay: float = 0, foreach: Optional[bool] = None, *, capturable: bool = False,
                 maximize: bool = False, differentiable: bool = False) -> None:
        check_tensor_lr(lr)
        if not 0.0 <= lr:
            raise ValueError(f"Invalid learning rate: {lr}")
        if not 0.0 <= rho <= 1.0:
            raise ValueError(f"Invalid rho value: {rho}")
        if not 0.0 <= eps:
            raise ValueError(f"Invalid epsilon value: {eps}")
        if not 0.0 <= weight_decay:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        defaults = dict(lr=lr, rho=rho, eps=eps, weight_decay=weight_decay, maximize=maximize,
                        capturable=capturable, foreach=foreach, differentiable=differentiable)
        super().__init__(params, defaults)

    def step(self, closure: Optional[Callable] = None) -> Any:
        return self._run_step(closure, self._update_group)

    def _init_state(self, p: Tensor, group: dict) -> dict:
        return {"step": scalar_step(), "square_avg": zeros_like_param(p), "acc_delta": zeros_like_param(p)}

    def _update_group(self, group: dict) -> None:
        # PyTorch's single-tensor Adadelta (the CPU path), with its float32 order of operations.
        rho, eps = group["rho"], group["eps"]
        lr = float(lr_of(group))  # a tensor lr enters add_ as its value, like a number
        weight_decay = group["weight_decay"]
        check_step_options(group, supports_xla=False, foreach_refuses_first=True)
        for p, grad, state in self._params_with_grad(group):
            f = p._data.dtype.type
            advance_step(state)
            if weight_decay != 0:
                grad = blas.add_scaled(grad, p._data, weight_decay)
            square_avg, acc_delta = state["square_avg"], state["acc_delta"]
            write_(square_avg, addcmul(square_avg._data * f(rho), grad, grad, 1 - rho))
            std = sqrt(square_avg._data + f(eps), p.dtype)
            delta = sqrt(acc_delta._data + f(eps), p.dtype) / std * grad
            write_(acc_delta, addcmul(acc_delta._data * f(rho), delta, delta, 1 - rho))
            add_(p, delta, -lr)


Adadelta.__module__ = "torch.optim.adadelta"

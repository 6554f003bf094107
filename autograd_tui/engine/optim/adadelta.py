"""``torch.optim.Adadelta``: steps sized by running averages of squared gradients and of squared steps."""
from __future__ import annotations

from typing import Any, Callable, Iterable, Optional

import numpy as np

from autograd_tui.engine.parity import blas
from autograd_tui.engine.optim.optimizer import (Optimizer, addcmul, check_step_options, scalar_step, sqrt, write_,
                                                  zeros_like_param)

__all__ = ["Adadelta"]


class Adadelta(Optimizer):
    def __init__(self, params: Iterable, lr: float = 1.0, rho: float = 0.9, eps: float = 1e-6,
                 weight_decay: float = 0, foreach: Optional[bool] = None, *, capturable: bool = False,
                 maximize: bool = False, differentiable: bool = False) -> None:
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

    def _update_group(self, group: dict) -> None:
        # PyTorch's single-tensor Adadelta (the CPU path), with its float32 order of operations.
        lr, rho, eps = group["lr"], group["rho"], group["eps"]
        weight_decay, maximize = group["weight_decay"], group["maximize"]
        check_step_options(group)
        for p in group["params"]:
            if p._grad is None:
                continue
            state = self.state[p]
            if not state:
                state["step"] = scalar_step()
                state["square_avg"] = zeros_like_param(p)
                state["acc_delta"] = zeros_like_param(p)
            f = p._data.dtype.type
            write_(state["step"], state["step"]._data + np.float32(1))
            grad = p._grad._data
            if maximize:
                grad = -grad
            if weight_decay != 0:
                grad = blas.add_scaled(grad, p._data, weight_decay)
            square_avg, acc_delta = state["square_avg"], state["acc_delta"]
            write_(square_avg, addcmul(square_avg._data * f(rho), grad, grad, 1 - rho))
            std = sqrt(square_avg._data + f(eps), p.dtype)
            delta = sqrt(acc_delta._data + f(eps), p.dtype) / std * grad
            write_(acc_delta, addcmul(acc_delta._data * f(rho), delta, delta, 1 - rho))
            if p._data.flags.writeable:
                blas.axpy(-lr, delta, p._data)
                p._bump_version()
            else:
                write_(p, blas.add_scaled(p._data, delta, -lr))


Adadelta.__module__ = "torch.optim.adadelta"

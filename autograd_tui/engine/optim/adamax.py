"""``torch.optim.Adamax``: Adam with the second moment replaced by a running infinity norm."""
from __future__ import annotations

from typing import Any, Callable, Iterable, Optional

import numpy as np

from autograd_tui.engine.parity import blas
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.optim.adam import check_betas
from autograd_tui.engine.optim import reduced
from autograd_tui.engine.optim.optimizer import (Optimizer, advance_step, check_step_options, lerp, lr_of, scalar_step,
                                                 write_, zeros_like_param)

__all__ = ["Adamax"]


class Adamax(Optimizer):
    _reduced_update = staticmethod(reduced.adamax)  # float16 and bfloat16 parameters, not fused

    def __init__(self, params: Iterable, lr: float = 2e-3, betas: tuple = (0.9, 0.999), eps: float = 1e-8,
                 weight_decay: float = 0, foreach: Optional[bool] = None, *, maximize: bool = False,
                 differentiable: bool = False, capturable: bool = False) -> None:
        check_betas(lr, eps, betas, weight_decay)
        defaults = dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, foreach=foreach,
                        maximize=maximize, differentiable=differentiable, capturable=capturable)
        super().__init__(params, defaults)

    def step(self, closure: Optional[Callable] = None) -> Any:
        return self._run_step(closure, self._update_group)

    def _init_state(self, p: Tensor, group: dict) -> dict:
        return {"step": scalar_step(), "exp_avg": zeros_like_param(p), "exp_inf": zeros_like_param(p)}

    def _update_group(self, group: dict) -> None:
        # PyTorch's single-tensor Adamax (the CPU path), with its float32 order of operations.
        lr, (beta1, beta2), eps = lr_of(group), group["betas"], group["eps"]
        weight_decay = group["weight_decay"]
        check_step_options(group, foreach_refuses_first=True)
        for p, grad, state in self._params_with_grad(group):
            f = p._data.dtype.type
            step = advance_step(state)
            if weight_decay != 0:
                grad = blas.add_scaled(grad, p._data, weight_decay)
            exp_avg, exp_inf = state["exp_avg"], state["exp_inf"]
            write_(exp_avg, lerp(exp_avg._data, grad, 1 - beta1))
            write_(exp_inf, np.maximum(exp_inf._data * f(beta2), np.abs(grad) + f(eps)))
            clr = lr / (1 - beta1 ** step)
            write_(p, p._data + f(-float(clr)) * exp_avg._data / exp_inf._data)


Adamax.__module__ = "torch.optim.adamax"

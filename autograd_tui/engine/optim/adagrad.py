"""``torch.optim.Adagrad``: per-element steps shrinking with the sum of squared gradients."""
from __future__ import annotations

from typing import Any, Callable, Iterable, Optional

import numpy as np

from autograd_tui.engine.parity import blas
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.optim import fused_reduced, reduced
from autograd_tui.engine.optim.optimizer import (Optimizer, addcmul, advance_step, amp_scaling, check_fused,
                                                 check_fused_layout, check_step_options, check_tensor_lr, fma,
                                                 fused_grad, lr_of, memory_flat, scalar_step, sqrt, write_)

__all__ = ["Adagrad"]


class Adagrad(Optimizer):
    _reduced_update = staticmethod(reduced.adagrad)  # float16 and bfloat16 parameters, not fused

    def __init__(self, params: Iterable, lr: float = 1e-2, lr_decay: float = 0, weight_decay: float = 0,
                 initial_accumulator_value: float = 0, eps: float = 1e-10, foreach: Optional[bool] = None, *,
                 maximize: bool = False, differentiable: bool = False, fused: Optional[bool] = None) -> None:
        check_tensor_lr(lr)
        if not 0.0 <= lr:
            raise ValueError(f"Invalid learning rate: {lr}")
        if not 0.0 <= lr_decay:
            raise ValueError(f"Invalid lr_decay value: {lr_decay}")
        if not 0.0 <= weight_decay:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        if not 0.0 <= initial_accumulator_value:
            raise ValueError(f"Invalid initial_accumulator_value value: {initial_accumulator_value}")
        if not 0.0 <= eps:
            raise ValueError(f"Invalid epsilon value: {eps}")
        defaults = dict(lr=lr, lr_decay=lr_decay, eps=eps, weight_decay=weight_decay,
                        initial_accumulator_value=initial_accumulator_value, foreach=foreach, maximize=maximize,
                        differentiable=differentiable, fused=fused)
        super().__init__(params, defaults)
        check_fused(fused, foreach, differentiable)
        if fused:
            self._step_supports_amp_scaling = True  # a GradScaler leaves unscaling to the kernel
        # Adagrad fills its state when it is built, not at the first step.
        for group in self.param_groups:
            for p in group["params"]:
                state = self.state[p]
                state["step"] = scalar_step(group["fused"])
                # torch.full_like(p, value, memory_format=torch.preserve_format)
                state["sum"] = make(np.full_like(p._data, initial_accumulator_value, dtype=p.dtype.np), p.dtype)

    def step(self, closure: Optional[Callable] = None) -> Any:
        return self._run_step(closure, self._update_group)

    def _update_group(self, group: dict) -> None:
        lr, lr_decay, eps = lr_of(group), group["lr_decay"], group["eps"]
        weight_decay = group["weight_decay"]
        check_step_options(group, foreach_refuses_first=True)
        grad_scale, found_inf = amp_scaling(self)
        for p, grad, state in self._params_with_grad(group):
            f = p._data.dtype.type
            if group["fused"]:
                check_fused_layout("Adagrad", p)
                if found_inf:  # the kernel returns at once; the step count goes up and back down
                    continue
                if fused_reduced.is_reduced(p):
                    step = advance_step(state)
                    g = fused_reduced.fused_grad(p, grad_scale, group["maximize"])
                    clr = float(lr) / (1 + (step - 1) * lr_decay)
                    fused_reduced.adagrad_step(p, state["sum"], g, clr, eps, weight_decay)
                else:
                    _fused_update(p, fused_grad(p, grad_scale, group["maximize"]), state, float(lr), lr_decay,
                                  weight_decay, eps)
                continue
            step = advance_step(state)
            if weight_decay != 0:
                grad = blas.add_scaled(grad, p._data, weight_decay)
            clr = lr / (1 + (step - 1) * lr_decay)
            state_sum = state["sum"]
            write_(state_sum, addcmul(state_sum._data, grad, grad, 1))
            std = sqrt(state_sum._data, p.dtype) + f(eps)
            write_(p, p._data + f(-float(clr)) * grad / std)


def _fused_update(p: Tensor, grad: np.ndarray, state: dict, lr: float, lr_decay: float, weight_decay: float,
                  eps: float) -> None:
    """PyTorch's fused CPU Adagrad over the buffers in memory order: ``sum += g * g`` and the weight
    decay as fused multiply-adds, ``param - clr * g / std`` in that order (every element alike, the
    vector loop and the scalar tail; measured on the oracle, float32 and float64)."""
    step = advance_step(state)
    state_sum = state["sum"]
    for t in (p, state_sum):
        if not t._data.flags.writeable:
            t._data = np.array(t._data)  # what write_ does with such an array
    f, param, total = p._data.dtype.type, memory_flat(p._data), memory_flat(state_sum._data)
    if weight_decay != 0:
        grad = fma(param, f(weight_decay), grad)
    np.copyto(total, fma(grad, grad, total))
    clr = lr / (1 + (step - 1) * lr_decay)
    np.copyto(param, param - f(clr) * grad / (np.sqrt(total) + f(eps)))
    p._bump_version()
    state_sum._bump_version()


Adagrad.__module__ = "torch.optim.adagrad"

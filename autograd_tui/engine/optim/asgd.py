"""``torch.optim.ASGD``: SGD with a decaying step that also keeps a running average of the weights."""
from __future__ import annotations

from typing import Any, Callable, Iterable, Optional


from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.parity import blas
from autograd_tui.engine.optim import reduced
from autograd_tui.engine.optim.optimizer import (Optimizer, advance_step, check_step_options, check_tensor_lr, fma,
                                                 lr_of,
                                                 scalar_state, scalar_step, write_, zeros_like_param)

__all__ = ["ASGD"]


class ASGD(Optimizer):
    _reduced_update = staticmethod(reduced.asgd)  # float16 and bfloat16 parameters, not fused

    def __init__(self, params: Iterable, lr: float = 1e-2, lambd: float = 1e-4, alpha: float = 0.75,
                 t0: float = 1e6, weight_decay: float = 0, foreach: Optional[bool] = None, maximize: bool = False,
                 differentiable: bool = False, capturable: bool = False) -> None:
        check_tensor_lr(lr)
        if not 0.0 <= lr:
            raise ValueError(f"Invalid learning rate: {lr}")
        if not 0.0 <= weight_decay:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        defaults = dict(lr=lr, lambd=lambd, alpha=alpha, t0=t0, weight_decay=weight_decay, foreach=foreach,
                        maximize=maximize, differentiable=differentiable, capturable=capturable)
        super().__init__(params, defaults)

    def step(self, closure: Optional[Callable] = None) -> Any:
        return self._run_step(closure, self._update_group)

    def _init_state(self, p: Tensor, group: dict) -> dict:
        return {"step": scalar_step(), "eta": scalar_state(float(lr_of(group))), "mu": scalar_state(1.0),
                "ax": zeros_like_param(p)}

    def _update_group(self, group: dict) -> None:
        # PyTorch's single-tensor ASGD (the CPU path), with its float32 order of operations.
        lr, lambd, alpha, t0 = lr_of(group), group["lambd"], group["alpha"], group["t0"]
        weight_decay = group["weight_decay"]
        if group["capturable"]:
            raise AssertionError("If capturable=True, params, mus, etas, and state_steps must be on supported devices: "
                                 "['cuda', 'xpu', 'hpu', 'privateuseone', 'xla'].")
        check_step_options(group)
        for p, grad, state in self._params_with_grad(group):
            f = p._data.dtype.type
            eta, mu, ax = state["eta"], state["mu"], state["ax"]
            step = advance_step(state)
            if weight_decay != 0:
                grad = blas.add_scaled(grad, p._data, weight_decay)
            mu_value = mu._data.astype(p._data.dtype)
            if group["foreach"]:
                # _multi_tensor_asgd: param - eta * (grad + lambd * param), ax += (param - ax) * mu even
                # while mu is 1, and the new eta from the float32 step tensor, in tensor arithmetic
                step_of = blas.add_scaled(grad, p._data, lambd)
                write_(p, fma(-step_of, eta._data.astype(p._data.dtype), p._data))
                write_(ax, fma(p._data - ax._data, mu_value, ax._data))
                write_(eta, (lr / ((1 + lambd * lr * state["step"]) ** alpha))._data)
            else:
                eta_value = float(eta._data)
                write_(p, p._data * f(1 - lambd * eta_value))
                write_(p, blas.add_scaled(p._data, grad, -eta_value))
                write_(ax, ax._data + (p._data - ax._data) * mu_value if float(mu._data) != 1 else p._data)
                # torch.as_tensor(value): the default dtype, then copied into eta's
                write_(eta, scalar_state(float(lr / ((1 + lambd * lr * step) ** alpha)))._data)
            write_(mu, scalar_state(1 / max(1, step - t0))._data)


ASGD.__module__ = "torch.optim.asgd"

"""``torch.optim.RMSprop``: steps scaled by a running root-mean-square of the gradients."""
from __future__ import annotations

from typing import Any, Callable, Iterable, Optional


from autograd_tui.engine.parity import blas
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.optim import reduced
from autograd_tui.engine.optim.optimizer import (Optimizer, add_, addcmul, advance_step, check_step_options,
                                                 check_tensor_lr, lerp, lr_of, scalar_step, sqrt, write_,
                                                 zeros_like_param)

__all__ = ["RMSprop"]


class RMSprop(Optimizer):
    _reduced_update = staticmethod(reduced.rmsprop)  # float16 and bfloat16 parameters, not fused

    def __init__(self, params: Iterable, lr: float = 1e-2, alpha: float = 0.99, eps: float = 1e-8,
                 weight_decay: float = 0, momentum: float = 0, centered: bool = False, capturable: bool = False,
                 foreach: Optional[bool] = None, maximize: bool = False, differentiable: bool = False) -> None:
        check_tensor_lr(lr)
        if not 0.0 <= lr:
            raise ValueError(f"Invalid learning rate: {lr}")
        if not 0.0 <= eps:
            raise ValueError(f"Invalid epsilon value: {eps}")
        if not 0.0 <= momentum:
            raise ValueError(f"Invalid momentum value: {momentum}")
        if not 0.0 <= weight_decay:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        if not 0.0 <= alpha:
            raise ValueError(f"Invalid alpha value: {alpha}")
        defaults = dict(lr=lr, momentum=momentum, alpha=alpha, eps=eps, centered=centered,
                        weight_decay=weight_decay, capturable=capturable, foreach=foreach, maximize=maximize,
                        differentiable=differentiable)
        super().__init__(params, defaults)

    def step(self, closure: Optional[Callable] = None) -> Any:
        return self._run_step(closure, self._update_group)

    def _init_state(self, p: Tensor, group: dict) -> dict:
        state = {"step": scalar_step(), "square_avg": zeros_like_param(p)}
        if group["momentum"] > 0:
            state["momentum_buffer"] = zeros_like_param(p)
        if group["centered"]:
            state["grad_avg"] = zeros_like_param(p)
        return state

    def _update_group(self, group: dict) -> None:
        # PyTorch's single-tensor RMSprop, with its float32 order of operations.
        alpha, eps = group["alpha"], group["eps"]
        lr = float(lr_of(group))  # a tensor lr enters add_/addcdiv_ as its value, like a number
        weight_decay, momentum, centered = group["weight_decay"], group["momentum"], group["centered"]
        if group["differentiable"] and not group["foreach"]:
            check_step_options(group, records_step=True)
            self._update_group_recorded(group)
            return
        check_step_options(group)
        for p, grad, state in self._params_with_grad(group):
            f = p._data.dtype.type
            advance_step(state)
            if weight_decay != 0:
                grad = blas.add_scaled(grad, p._data, weight_decay)
            square_avg = state["square_avg"]
            write_(square_avg, addcmul(square_avg._data * f(alpha), grad, grad, 1 - alpha))
            if centered:
                grad_avg = state["grad_avg"]
                write_(grad_avg, lerp(grad_avg._data, grad, 1 - alpha))
                avg = sqrt(addcmul(square_avg._data, grad_avg._data, grad_avg._data, -1), p.dtype)
            else:
                avg = sqrt(square_avg._data, p.dtype)
            avg = avg + f(eps)
            if momentum > 0:
                buf = state["momentum_buffer"]
                write_(buf, buf._data * f(momentum) + grad / avg)
                add_(p, buf._data, -lr)
            else:
                write_(p, p._data + f(-lr) * grad / avg)


    def _update_group_recorded(self, group: dict) -> None:
        """``differentiable=True``: PyTorch's single-tensor RMSprop as tensor ops under grad mode, so
        autograd records the update (the step then runs through a parameter that is no leaf)."""
        alpha, eps, lr = group["alpha"], group["eps"], group["lr"]
        if isinstance(lr, Tensor) and lr.dim() != 0:
            lr = lr.squeeze()  # PyTorch's _to_scalar
        weight_decay, momentum, centered = group["weight_decay"], group["momentum"], group["centered"]
        for p in group["params"]:
            if p.grad is None:
                continue
            state = self.state.get(p)
            if not state:
                state = self.state[p] = self._init_state(p, group)
            grad = -p.grad if group["maximize"] else p.grad
            state["step"] += 1
            if weight_decay != 0:
                grad = grad.add(p, alpha=weight_decay)
            square_avg = state["square_avg"]
            square_avg.mul_(alpha).addcmul_(grad, grad, value=1 - alpha)
            if centered:
                grad_avg = state["grad_avg"]
                grad_avg.lerp_(grad, 1 - alpha)
                avg = square_avg.addcmul(grad_avg, grad_avg, value=-1).sqrt_()
            else:
                avg = square_avg.sqrt()
            avg = avg.add(eps)
            if momentum > 0:
                buf = state["momentum_buffer"]
                buf.mul_(momentum).addcdiv_(grad, avg)
                p.add_(buf, alpha=-lr)
            else:
                p.addcdiv_(grad, avg, value=-lr)


RMSprop.__module__ = "torch.optim.rmsprop"

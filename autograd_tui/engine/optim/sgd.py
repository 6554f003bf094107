"""``torch.optim.SGD``: stochastic gradient descent with momentum, dampening, weight decay and Nesterov."""
from __future__ import annotations

from typing import Any, Callable, Iterable, Optional

import numpy as np

from autograd_tui.engine.parity import blas
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.optim import reduced
from autograd_tui.engine.optim.optimizer import (_DIFFERENTIABLE, Optimizer, add_, amp_scaling, check_fused,
                                                 check_fused_layout, check_step_options, check_tensor_lr,
                                                 fma, fused_grad, fused_scalar_tail, lr_of, memory_flat)

__all__ = ["SGD"]


class SGD(Optimizer):
    _reduced_update = staticmethod(reduced.sgd)  # float16 and bfloat16 parameters, not fused

    def __init__(self, params: Iterable, lr: float = 1e-3, momentum: float = 0, dampening: float = 0,
                 weight_decay: float = 0, nesterov: bool = False, *, maximize: bool = False,
                 foreach: Optional[bool] = None, differentiable: bool = False,
                 fused: Optional[bool] = None) -> None:
        check_tensor_lr(lr)
        if lr < 0.0:
            raise ValueError(f"Invalid learning rate: {lr}")
        if momentum < 0.0:
            raise ValueError(f"Invalid momentum value: {momentum}")
        if weight_decay < 0.0:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        defaults = dict(lr=lr, momentum=momentum, dampening=dampening, weight_decay=weight_decay,
                        nesterov=nesterov, maximize=maximize, foreach=foreach,
                        differentiable=differentiable, fused=fused)
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError("Nesterov momentum requires a momentum and zero dampening")
        super().__init__(params, defaults)
        check_fused(fused, foreach, differentiable)
        if fused:
            self._step_supports_amp_scaling = True  # a GradScaler leaves unscaling to the kernel

    def step(self, closure: Optional[Callable] = None) -> Any:
        return self._run_step(closure, self._update_group)

    def _init_state(self, p: Tensor, group: dict) -> Optional[dict]:
        # Only momentum needs state, and its buffer starts as a copy of the first gradient.
        return {} if group["momentum"] != 0 else None

    def _update_group(self, group: dict) -> None:
        if group["differentiable"]:
            if group["foreach"]:  # PyTorch records its foreach ops here; the engine does not run them
                raise NotImplementedError(_DIFFERENTIABLE)
            check_step_options(group, records_step=True)
            self._update_group_recorded(group)
            return
        check_step_options(group)
        if group["fused"]:
            self._update_group_fused(group)
            return
        # PyTorch's single-tensor SGD, step for step; its add_(x, alpha=a) is a fused
        # multiply-add, so blas.axpy (and add_, which uses it) here.
        momentum, dampening = group["momentum"], group["dampening"]
        lr = float(lr_of(group))  # a tensor lr enters add_ as its value, like a number
        weight_decay, nesterov = group["weight_decay"], group["nesterov"]
        # saxpby's factors, checked once for the group rather than for every parameter
        factors = blas.axpby_factors(momentum, 1 - dampening) if momentum != 0 else None
        for p, grad, state in self._params_with_grad(group):
            if weight_decay != 0:
                grad = blas.add_scaled(grad, p._data, weight_decay)  # grad.add(p, alpha=weight_decay)
            if momentum != 0:
                buf = state.get("momentum_buffer")
                if buf is None:
                    buf = state["momentum_buffer"] = make(np.array(grad, dtype=p._data.dtype), p.dtype)
                else:
                    # buf.mul_(momentum).add_(grad, alpha=1 - dampening), in place like PyTorch's.
                    b = buf._data
                    if factors is None or not blas.scale_then_axpy(momentum, 1 - dampening, grad, b, factors):
                        np.multiply(b, b.dtype.type(momentum), out=b)
                        blas.axpy(1 - dampening, grad, b)
                    buf._bump_version()
                grad = blas.add_scaled(grad, buf._data, momentum) if nesterov else buf._data
            add_(p, grad, -lr)

    def _update_group_recorded(self, group: dict) -> None:
        """``differentiable=True``: PyTorch's single-tensor SGD as tensor ops, with grad mode on, so
        autograd records the update (a hyperparameter that requires grad gets its gradient)."""
        momentum, dampening, nesterov = group["momentum"], group["dampening"], group["nesterov"]
        weight_decay, lr = group["weight_decay"], group["lr"]
        if isinstance(lr, Tensor) and lr.dim() != 0:
            lr = lr.squeeze()  # PyTorch's _to_scalar
        for p in group["params"]:
            if p.grad is None:
                continue
            grad = -p.grad if group["maximize"] else p.grad
            if weight_decay != 0:
                if isinstance(weight_decay, Tensor) and weight_decay.requires_grad:
                    grad = grad.addcmul_(p.clone(), weight_decay)
                else:
                    grad = grad.add(p, alpha=weight_decay)
            if momentum != 0:
                state = self.state[p]
                buf = state.get("momentum_buffer")
                if buf is None:
                    buf = state["momentum_buffer"] = grad.detach().clone()
                else:
                    buf.mul_(momentum).add_(grad, alpha=1 - dampening)
                grad = grad.add(buf, alpha=momentum) if nesterov else buf
            if isinstance(lr, Tensor) and lr.requires_grad:
                p.addcmul_(grad, lr, value=-1)
            else:
                p.add_(grad, alpha=-lr)

    def _update_group_fused(self, group: dict) -> None:
        """PyTorch's fused CPU kernel: each step one multiply-add, on the flat buffers."""
        momentum, dampening = group["momentum"], group["dampening"]
        lr, weight_decay, nesterov = float(lr_of(group)), group["weight_decay"], group["nesterov"]
        grad_scale, found_inf = amp_scaling(self)
        with_grad = list(self._params_with_grad(group))
        if not with_grad:
            return
        if momentum != 0:
            missing = [state.get("momentum_buffer") is None for _, _, state in with_grad]
            if any(missing) and not all(missing):
                # only a first step (no buffer anywhere) makes buffers: the kernel gets None for this one
                raise TypeError(f"expected Tensor as element {missing.index(True)} in argument 2, but got NoneType")
        if found_inf:  # the kernel returns at once
            if momentum != 0 and all(missing):
                # PyTorch's first step makes the buffers with torch.empty_like and leaves them unwritten
                raise NotImplementedError(
                    "SGD(fused=True, momentum=...) whose first step a GradScaler skips keeps uninitialized "
                    "momentum buffers in PyTorch; the embedded engine does not copy them. Real PyTorch runs it "
                    "(run with --backend torch).")
            return
        for p, grad, state in with_grad:  # grad: in the gradient's layout
            check_fused_layout("SGD", p)
            if not p._data.flags.writeable:
                p._data = np.array(p._data)  # what write_ does with such an array
            # each buffer in memory order, element i of one with element i of the others
            f, data = p._data.dtype.type, memory_flat(p._data)
            g = fused_grad(p, grad_scale, group["maximize"])
            if weight_decay != 0:
                g = fma(data, f(weight_decay), g)
            if momentum != 0:
                buf = state.get("momentum_buffer")
                if buf is None:  # torch.empty_like(grad), the kernel's first step copying into it
                    buf = state["momentum_buffer"] = make(np.empty_like(grad, dtype=p._data.dtype), p.dtype)
                    np.copyto(memory_flat(buf._data), g)
                else:
                    b = memory_flat(buf._data)
                    new = fma(f(1 - dampening), g, b * f(momentum))
                    last = slice(len(g) - fused_scalar_tail(data), None)
                    new[last] = fma(b[last], f(momentum), g[last] * f(1 - dampening))
                    np.copyto(b, new)
                    buf._bump_version()
                b = memory_flat(buf._data)
                g = fma(b, f(momentum), g) if nesterov else b
            np.copyto(data, fma(g, f(-lr), data))
            p._bump_version()


SGD.__module__ = "torch.optim.sgd"

"""``torch.optim.Adam`` (and the decoupled weight decay that ``AdamW`` switches on)."""
from __future__ import annotations


from typing import Any, Callable, Iterable, Optional

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.optim import fused_reduced
from autograd_tui.engine.optim import reduced
from autograd_tui.engine.optim.optimizer import (Optimizer, addcmul, advance_step, amp_scaling, check_fused,
                                                 check_fused_layout, check_step_options, check_tensor_lr, fma,
                                                 fused_grad, fused_scalar_tail, lerp, lr_of, memory_flat,
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
    _reduced_update = staticmethod(reduced.adam)  # float16 and bfloat16 parameters, not fused

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
        check_fused(fused, foreach, differentiable)
        if fused:
            self._step_supports_amp_scaling = True  # a GradScaler leaves unscaling to the kernel

    def step(self, closure: Optional[Callable] = None) -> Any:
        return self._run_step(closure, self._update_group)

    def _init_state(self, p: Tensor, group: dict) -> dict:
        state = {"step": scalar_step(group["fused"]), "exp_avg": zeros_like_param(p), "exp_avg_sq": zeros_like_param(p)}
        if group["amsgrad"]:
            state["max_exp_avg_sq"] = zeros_like_param(p)
        return state

    def _update_group(self, group: dict) -> None:
        if group["differentiable"] and not group["foreach"]:
            check_step_options(group, records_step=True)
            self._update_group_recorded(group)
            return
        lr, (beta1, beta2), eps = lr_of(group), group["betas"], group["eps"]
        weight_decay, amsgrad = group["weight_decay"], group["amsgrad"]
        decoupled = group["decoupled_weight_decay"]
        if group["fused"]:
            lr = float(lr)  # the CPU kernel reads a tensor lr's value as a double
        check_step_options(group)
        grad_scale, found_inf = amp_scaling(self)
        for p, grad, state in self._params_with_grad(group):
            f = p._data.dtype.type  # scalars enter the float32 arithmetic as float32, as in PyTorch
            if group["fused"]:
                check_fused_layout(type(self).__name__, p)
                if found_inf:  # the kernel returns at once; the step count goes up and back down
                    continue
                if not fused_reduced.is_reduced(p):
                    grad = fused_grad(p, grad_scale, group["maximize"])
            step = advance_step(state)
            reduced = group["fused"] and fused_reduced.is_reduced(p)
            if weight_decay != 0 and decoupled and not reduced:
                write_(p, p._data * f(float(1 - lr * weight_decay)))
            bias_correction1 = 1 - beta1 ** step
            bias_correction2 = 1 - beta2 ** step
            step_size = lr / bias_correction1
            bias_correction2_sqrt = bias_correction2 ** 0.5
            tensors = [p, state["exp_avg"], state["exp_avg_sq"]] + ([state["max_exp_avg_sq"]] if amsgrad else [])
            if reduced:  # float16/bfloat16: float32 arithmetic on loaded copies, each store rounded
                floats = [fused_reduced.as_float(t) for t in tensors]
                if weight_decay != 0 and decoupled:
                    floats[0] = floats[0] * np.float32(1 - lr * weight_decay)
                _Update(np.float32, dtypes.float32, 0 if decoupled else weight_decay, beta1, beta2, eps, step_size,
                        bias_correction2_sqrt, 0)(  # no tail of its own: every element as in the vectors
                    fused_reduced.fused_grad(p, grad_scale, group["maximize"]), *floats)
                for t, value in zip(tensors, floats):
                    fused_reduced.store(t, value)
                continue
            for t in tensors:
                if not t._data.flags.writeable:
                    t._data = np.array(t._data)  # what write_ does with such an array
            arrays = [t._data for t in tensors]
            fused = group["fused"]
            step_of = _Update(f, p.dtype, 0 if decoupled else weight_decay, beta1, beta2, eps,
                              step_size, bias_correction2_sqrt, fused_scalar_tail(p._data) if fused else None)
            if fused:  # the kernel runs over each buffer in memory order, element i of each with the others'
                step_of(*(memory_flat(a) for a in [grad, *arrays]))
            else:
                _in_blocks(step_of, grad, arrays)
            for t in tensors:
                t._bump_version()

    def _update_group_recorded(self, group: dict) -> None:
        """``differentiable=True``: PyTorch's single-tensor Adam (its differentiable branch) as tensor
        ops with grad mode on, so autograd records the update and the moments."""
        lr, (beta1, beta2), eps = group["lr"], group["betas"], group["eps"]
        if isinstance(lr, Tensor) and lr.dim() != 0:
            lr = lr.squeeze()  # PyTorch's _to_scalar
        weight_decay = group["weight_decay"]
        for p in group["params"]:
            if p.grad is None:
                continue
            if p.is_complex():
                raise NotImplementedError(_DIFFERENTIABLE_COMPLEX)
            state = self.state[p]
            if not state:
                state.update(self._init_state(p, group))
            step_t = state["step"]
            if step_t.requires_grad:
                raise RuntimeError("`requires_grad` is not supported for `step` in differentiable mode")
            grad = -p.grad if group["maximize"] else p.grad
            step_t += 1
            if weight_decay != 0:
                if group["decoupled_weight_decay"]:
                    p.mul_(1 - lr * weight_decay)
                elif isinstance(weight_decay, Tensor) and weight_decay.requires_grad:
                    grad = grad.addcmul_(p.clone(), weight_decay)
                else:
                    grad = grad.add(p, alpha=weight_decay)
            exp_avg, exp_avg_sq = state["exp_avg"], state["exp_avg_sq"]
            exp_avg.lerp_(grad, 1 - (beta1.to(p.dtype) if isinstance(beta1, Tensor) else beta1))
            if isinstance(beta2, Tensor) and beta2.requires_grad:
                exp_avg_sq.lerp_(grad.square(), weight=1 - beta2)
            else:
                exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=float(1 - beta2))
            bias_correction1 = 1 - beta1 ** _step_for(beta1, step_t)
            bias_correction2 = 1 - beta2 ** _step_for(beta2, step_t)
            step_size_neg = (lr / bias_correction1).neg()
            bias_correction2_sqrt = bias_correction2.sqrt()
            second = exp_avg_sq
            if group["amsgrad"]:
                second = state["max_exp_avg_sq"]
                second.copy_(second.clone().maximum(exp_avg_sq))
            denom = (second.sqrt() / (bias_correction2_sqrt * step_size_neg)).add_(eps / step_size_neg)
            p.addcdiv_(exp_avg.clone(), denom)


_DIFFERENTIABLE_COMPLEX = ("Adam(differentiable=True) on complex parameters is not in the embedded engine; real "
                           "PyTorch has it (run with --backend torch).")


def _step_for(beta: Any, step_t: Tensor) -> Tensor:
    """The exponent of a bias correction: a clone of the step when a beta that requires grad is raised
    to it (PyTorch's differentiable branch), the step itself otherwise."""
    return step_t.clone() if isinstance(beta, Tensor) and beta.requires_grad else step_t


class _Update:
    """One Adam step on numpy arrays (or slices of them: every operation is element-wise),
    written in place, in PyTorch's single-tensor order of float32 operations."""

    def __init__(self, f, dtype, weight_decay, beta1, beta2, eps, step_size, bias_correction2_sqrt,
                 scalar_tail: Optional[int] = None) -> None:
        self.f, self.dtype, self.weight_decay = f, dtype, weight_decay
        self.beta1, self.beta2, self.eps = beta1, beta2, eps
        self.step_size, self.bias_correction2_sqrt = step_size, bias_correction2_sqrt
        # fused=True: how many trailing elements the kernel's scalar loop updates (None: single-tensor Adam)
        self.scalar_tail = scalar_tail

    def __call__(self, grad: np.ndarray, param: np.ndarray, exp_avg: np.ndarray, exp_avg_sq: np.ndarray,
                 max_exp_avg_sq: np.ndarray | None = None) -> None:
        f = self.f
        if self.weight_decay != 0:
            grad = fma(f(self.weight_decay), param, grad)  # grad.add(param, alpha=wd), fused
        np.copyto(exp_avg, lerp(exp_avg, grad, 1 - self.beta1), casting="unsafe")  # exp_avg.lerp_(grad, 1 - beta1)
        # exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
        second_moment = addcmul(exp_avg_sq * f(self.beta2), grad, grad, 1 - self.beta2)
        if self.scalar_tail:  # there the compiler fused the other product: fma(v, beta2, (1 - beta2) * g * g)
            last = slice(len(grad) - self.scalar_tail, None)
            second_moment[last] = fma(exp_avg_sq[last], f(self.beta2), f(1 - self.beta2) * grad[last] * grad[last])
        np.copyto(exp_avg_sq, second_moment, casting="unsafe")
        second = exp_avg_sq
        if max_exp_avg_sq is not None:
            np.copyto(max_exp_avg_sq, np.maximum(max_exp_avg_sq, exp_avg_sq), casting="unsafe")
            second = max_exp_avg_sq
        # the fused kernel's square roots are the correctly rounded ones (vector and scalar alike)
        root = np.sqrt(second) if self.scalar_tail is not None else sqrt(second, self.dtype)
        denom = root / f(self.bias_correction2_sqrt) + f(self.eps)
        np.copyto(param, param + f(-float(self.step_size)) * exp_avg / denom, casting="unsafe")


_BLOCK = 1 << 14  # elements per pass: temporaries stay in the cache (fresh megabytes cost page faults)


def _in_blocks(update: _Update, grad: np.ndarray, arrays: list) -> None:
    """``update(grad, *arrays)`` over the whole arrays, or block by block when they are large
    and laid out alike (C order, the same shape): the same values, 3-4 times faster."""
    shape = grad.shape
    if grad.size <= 2 * _BLOCK or not all(a.flags.c_contiguous and a.shape == shape for a in [grad, *arrays]):
        update(grad, *arrays)
        return
    flat = [a.reshape(-1) for a in [grad, *arrays]]
    for first in range(0, grad.size, _BLOCK):
        block = slice(first, first + _BLOCK)
        update(*(a[block] for a in flat))


Adam.__module__ = "torch.optim.adam"


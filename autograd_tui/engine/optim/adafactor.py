"""``torch.optim.Adafactor``: Adam-like steps whose second moment of a matrix gradient is kept as
a row factor and a column factor (their outer product over the rows' mean stands in for it)."""
from __future__ import annotations

from typing import Any, Callable, Iterable, Optional

from autograd_tui.engine import dtypes, functions
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.optim import reduced
from autograd_tui.engine.optim.optimizer import Optimizer, advance_step, lr_of, scalar_step, zeros_like_param

__all__ = ["Adafactor"]


class Adafactor(Optimizer):
    def __init__(self, params: Iterable, lr: Any = 1e-2, beta2_decay: float = -0.8, eps: tuple = (None, 1e-3),
                 d: float = 1.0, weight_decay: float = 0.0, *, foreach: Optional[bool] = None,
                 maximize: bool = False) -> None:
        if isinstance(lr, Tensor) and lr.numel() != 1:
            raise ValueError("Tensor lr must be 1-element")
        if not 0.0 <= lr:
            raise ValueError(f"Learning rate should be >= 0 but is: {lr}")
        if not 0.0 >= beta2_decay:
            raise ValueError(f"beta2_decay should be <= 0 but is: {beta2_decay}")
        if eps[0] is not None and not 0.0 <= eps[0]:
            raise ValueError(f"epsilon1 should be >= 0 but is: {eps[0]}")
        if not 0.0 <= eps[1]:
            raise ValueError(f"epsilon2 should be >= 0 but is: {eps[1]}")
        if not 1.0 <= d:
            raise ValueError(f"Clipping threshold d should be >= 1 but is: {d}")
        if not 0.0 <= weight_decay:
            raise ValueError(f"weight_decay should be >= 0 but is: {weight_decay}")
        defaults = dict(lr=lr, beta2_decay=beta2_decay, eps=eps, d=d, weight_decay=weight_decay, foreach=foreach,
                        maximize=maximize)
        super().__init__(params, defaults)

    def step(self, closure: Optional[Callable] = None) -> Any:
        return self._run_step(closure, self._update_group)

    def _init_state(self, p: Tensor, group: dict) -> dict:
        grad = p._grad
        assert grad is not None  # state is made at a parameter's first update, which has a gradient
        if grad.ndim <= 1:
            return {"step": scalar_step(), "variance": zeros_like_param(p)}
        rows, cols = list(grad.shape), list(grad.shape)
        rows[-1], cols[-2] = 1, 1
        return {"step": scalar_step(), "row_var": grad.new_zeros(rows), "col_var": grad.new_zeros(cols)}

    def _steps_bfloat16(self, group: dict) -> bool:
        return True  # its update is tensor ops, which round each result to bfloat16 as PyTorch's do

    def _update_group(self, group: dict) -> None:
        # PyTorch's single-tensor Adafactor (the CPU default) or, under foreach=True, its multi-tensor
        # one, step for step in tensor ops, so every norm, lerp and rsqrt rounds as the engine's own
        # kernels (which follow PyTorch's) do, in float16 and bfloat16 too.
        lr, beta2_decay, (eps1, eps2) = lr_of(group), group["beta2_decay"], group["eps"]
        d, weight_decay, foreach = group["d"], group["weight_decay"], group["foreach"]
        for p, grad_data, state in self._params_with_grad(group):
            grad = make(grad_data, p.dtype)
            if eps1 is None:  # the first parameter's type sets it for the group
                eps1 = dtypes.finfo(p.dtype).eps
            step = advance_step(state)
            one_minus_beta2_t = step ** beta2_decay
            # A tensor lr stays a 0-d float32 tensor (PyTorch's _to_scalar): alpha, the weight decay
            # factor and the step size then round in float32 where it takes part.
            rho_t = min(lr, 1 / (step ** 0.5))
            alpha = max(eps2, p.norm(2).item() / (p.numel() ** 0.5)) * rho_t
            if weight_decay != 0:
                reduced.scale_(p, 1 - lr * weight_decay, group)
            if grad.ndim > 1:
                row_var, col_var = state["row_var"], state["col_var"]
                for var, dim in ((row_var, -1), (col_var, -2)):
                    norm = functions.norm(grad, dim=dim, keepdim=True)
                    mean = norm.mul_(norm) if foreach else norm.square_()
                    var.lerp_(mean.div_(grad.size(dim)), one_minus_beta2_t)
                estimate = row_var @ col_var
                estimate.div_(row_var.mean(dim=-2, keepdim=True).clamp_(min=eps1))
            else:
                variance = state["variance"]
                variance.lerp_(grad * grad, one_minus_beta2_t)
                estimate = variance.clone()
            update = estimate.clamp_(min=eps1 * eps1).rsqrt_()
            update.mul_(grad)
            denom = max(1.0, update.norm(2).item() / ((update.numel() ** 0.5) * d))
            scale = -alpha / denom
            if foreach:  # _foreach_mul_(updates, alphas), then _foreach_add_(params, updates): two roundings
                p.add_(reduced.scale_(update, scale, group))
            else:
                p.add_(update, alpha=scale.item() if isinstance(scale, Tensor) else scale)


Adafactor.__module__ = "torch.optim"

"""``torch.optim.Rprop``: per-element step sizes grown or shrunk by the sign of successive gradients."""
from __future__ import annotations

from typing import Any, Callable, Iterable, Optional

import numpy as np

from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.optim import reduced
from autograd_tui.engine.optim.optimizer import (Optimizer, advance_step, check_step_options, check_tensor_lr,
                                                 scalar_step, write_, zeros_like_param)

__all__ = ["Rprop"]


def _sign(x: np.ndarray) -> np.ndarray:
    """``torch.sign``: NaN gives 0 (numpy's sign keeps NaN)."""
    return ((x > 0).astype(x.dtype) - (x < 0).astype(x.dtype))


class Rprop(Optimizer):
    _reduced_update = staticmethod(reduced.rprop)  # float16 and bfloat16 parameters, not fused

    def __init__(self, params: Iterable, lr: float = 1e-2, etas: tuple = (0.5, 1.2), step_sizes: tuple = (1e-6, 50),
                 *, capturable: bool = False, foreach: Optional[bool] = None, maximize: bool = False,
                 differentiable: bool = False) -> None:
        check_tensor_lr(lr)
        if not 0.0 <= lr:
            raise ValueError(f"Invalid learning rate: {lr}")
        if not 0.0 < etas[0] < 1.0 < etas[1]:
            raise ValueError(f"Invalid eta values: {etas[0]}, {etas[1]}")
        defaults = dict(lr=lr, etas=etas, step_sizes=step_sizes, foreach=foreach, maximize=maximize,
                        differentiable=differentiable, capturable=capturable)
        super().__init__(params, defaults)

    def step(self, closure: Optional[Callable] = None) -> Any:
        return self._run_step(closure, self._update_group)

    def _init_state(self, p: Tensor, group: dict) -> dict:
        lr = group["lr"]
        if isinstance(lr, Tensor) and lr.requires_grad:
            # PyTorch fills step_size with full_like(grad, lr), which takes no tensor that requires grad.
            raise TypeError("full_like(): argument 'fill_value' (position 2) must be Number, not Tensor")
        return {"step": scalar_step(), "prev": zeros_like_param(p),
                "step_size": make(np.full(p._data.shape, float(lr), dtype=p.dtype.np), p.dtype)}

    def _update_group(self, group: dict) -> None:
        # PyTorch's single-tensor Rprop (the CPU path), with its float32 order of operations.
        (etaminus, etaplus), (step_size_min, step_size_max) = group["etas"], group["step_sizes"]
        check_step_options(group)
        for p, grad, state in self._params_with_grad(group):
            f = p._data.dtype.type
            advance_step(state)
            prev, step_size = state["prev"], state["step_size"]
            sign = _sign(grad * prev._data)
            factor = np.where(sign > 0, f(etaplus), np.where(sign < 0, f(etaminus), f(1)))
            factor = factor.astype(p._data.dtype, copy=False)
            # clamp_(min, max): max(min(x, hi), lo) with NaN kept, as ATen's clamp does
            sized = step_size._data * factor
            write_(step_size, np.where(np.isnan(sized), sized, np.minimum(np.maximum(sized, f(step_size_min)),
                                                                           f(step_size_max))))
            grad = np.where(factor == f(etaminus), f(0), grad).astype(p._data.dtype, copy=False)
            write_(p, p._data - _sign(grad) * step_size._data)
            write_(prev, grad)


Rprop.__module__ = "torch.optim.rprop"

"""``torch.optim.SparseAdam``: Adam for parameters whose gradients are sparse (``nn.Embedding(sparse=True)``).

Built and checked as PyTorch's (its options, its repr, its state dict); its step refuses a dense
gradient as PyTorch's does and updates only the rows a sparse gradient names (``sparse_steps.py``).
"""
from __future__ import annotations

from typing import Any, Callable, Iterable, Optional

from autograd_tui.engine.functions import zeros_like
from autograd_tui.engine.optim.optimizer import Optimizer
from autograd_tui.engine.optim.sparse_steps import sparse_adam_step

__all__ = ["SparseAdam"]


class SparseAdam(Optimizer):
    def __init__(self, params: Iterable, lr: float = 1e-3, betas: tuple = (0.9, 0.999), eps: float = 1e-8,
                 maximize: bool = False) -> None:
        if not 0.0 < lr:
            raise ValueError(f"Invalid learning rate: {lr}")
        if not 0.0 < eps:
            raise ValueError(f"Invalid epsilon value: {eps}")
        if not 0.0 <= betas[0] < 1.0:
            raise ValueError(f"Invalid beta parameter at index 0: {betas[0]}")
        if not 0.0 <= betas[1] < 1.0:
            raise ValueError(f"Invalid beta parameter at index 1: {betas[1]}")
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, maximize=maximize))
        complex_params = [[i, j] for i, group in enumerate(self.param_groups)
                          for j, p in enumerate(group["params"]) if p.is_complex()]
        if complex_params:
            raise ValueError(f"Complex params at indices {complex_params}: SparseAdam does not support complex "
                             "parameters")

    def step(self, closure: Optional[Callable] = None) -> Any:
        return self._run_step(closure, self._update_group)

    def _update_group(self, group: dict) -> None:
        for p in group["params"]:
            if p.grad is None:
                continue
            if not p.grad.is_sparse:
                raise RuntimeError("SparseAdam does not support dense gradients, please consider Adam instead")
            state = self.state[p]
            if not state:
                state.update(step=0, exp_avg=zeros_like(p), exp_avg_sq=zeros_like(p))
            state["step"] += 1
            sparse_adam_step(p, state, group)


SparseAdam.__module__ = "torch.optim.sparse_adam"

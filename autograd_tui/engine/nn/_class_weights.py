"""The checks of a per-class ``weight`` given to ``nll_loss`` (and so ``cross_entropy`` with class
indices), in ATen's order: its size before the scores' dtype is dispatched, its dtype after (the
kernel reads it as the scores' type, so a Long or float64 weight with float32 scores is refused)."""
from __future__ import annotations

from typing import Optional

from autograd_tui.engine._tensor import Tensor, _scalar_name

__all__ = ["check_weight_size", "check_weight_dtype"]


def check_weight_size(input: Tensor, weight: Optional[Tensor], n_classes: int) -> None:
    if weight is None or (weight.ndim == 1 and weight.numel() == n_classes):
        return
    if input.ndim == 4:  # nll_loss2d's own wording
        raise RuntimeError("weight tensor should be defined either for all or no classes")
    raise RuntimeError(f"weight tensor should be defined either for all {n_classes} classes or no classes but got "
                       f"weight tensor of shape: [{', '.join(str(d) for d in weight.shape)}]")


def check_weight_dtype(input: Tensor, weight: Optional[Tensor]) -> None:
    if weight is not None and weight.dtype is not input.dtype:
        raise RuntimeError(f"expected scalar type {_scalar_name(input.dtype)} but found {_scalar_name(weight.dtype)}")

"""The checks of a per-class ``weight`` given to ``nll_loss`` (and so ``cross_entropy`` with class
indices), in ATen's order: its size before the scores' dtype is dispatched, its dtype after (the
kernel reads it as the scores' type, so a Long or float64 weight with float32 scores is refused); and
the checks of their class-index target."""
from __future__ import annotations

from typing import Optional

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, _scalar_name

__all__ = ["check_weight_size", "check_weight_dtype", "check_class_target", "check_target_dtype"]


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


def check_class_target(input: Tensor, target: Tensor) -> None:
    """PyTorch's checks in its order: the batch sizes, the target's rank, then the dtype."""
    dims, target_dims = input._data.ndim, target._data.ndim  # (every loss call: no property calls)
    if dims >= 2 and (target_dims == 0 or target._data.shape[0] != input._data.shape[0]):
        n = target.shape[0] if target_dims else 0  # (ATen reads a 0-d target's missing size as 0)
        raise ValueError(f"Expected input batch_size ({input.shape[0]}) to match target batch_size ({n}).")
    if dims == 2 and target_dims >= 2:
        raise RuntimeError("0D or 1D target tensor expected, multi-target not supported")
    if dims == 4 and target_dims != 3:  # nll_loss2d's own check, before the dtype's
        raise RuntimeError(f"only batches of spatial targets supported (3D tensors) but got targets of dimension: "
                           f"{target_dims}")
    check_target_dtype(target)


def check_target_dtype(target: Tensor) -> None:
    if target.dtype not in (dtypes.int64, dtypes.uint8):
        raise RuntimeError(f"expected target dtype to be Long or Byte, but got {_scalar_name(target.dtype)}")

"""``nn.LayerNorm``: normalise each sample over its last dims, then scale and shift."""
from __future__ import annotations

import numbers
from typing import Any, Sequence, Union, cast

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.nn import functional as F
from autograd_tui.engine.nn import init
from autograd_tui.engine.nn.modules.module import Module
from autograd_tui.engine.nn.parameter import Parameter

__all__ = ["LayerNorm"]


class LayerNorm(Module):
    def __init__(self, normalized_shape: Union[int, Sequence[int]], eps: float = 1e-5,
                 elementwise_affine: bool = True, bias: bool = True, device: Any = None, dtype: Any = None) -> None:
        super().__init__()
        if isinstance(normalized_shape, numbers.Integral):
            normalized_shape = (cast(int, normalized_shape),)
        # mypy does not count int as a numbers.Integral, so it cannot narrow the union here.
        self.normalized_shape = tuple(cast(Sequence[int], normalized_shape))
        self.eps = eps
        self.elementwise_affine = elementwise_affine
        if self.elementwise_affine:
            self.weight = Parameter(_F.empty(self.normalized_shape, dtype=dtype, device=device))
            if bias:
                self.bias = Parameter(_F.empty(self.normalized_shape, dtype=dtype, device=device))
            else:
                self.register_parameter("bias", None)
        else:
            self.register_parameter("weight", None)
            self.register_parameter("bias", None)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        if self.elementwise_affine:
            init.ones_(self.weight)
            if self.bias is not None:
                init.zeros_(self.bias)

    def forward(self, input: Tensor) -> Tensor:
        return F.layer_norm(input, self.normalized_shape, self.weight, self.bias, self.eps)

    def extra_repr(self) -> str:
        return (f"{self.normalized_shape}, eps={self.eps}, elementwise_affine={self.elementwise_affine}, "
                f"bias={self.bias is not None}")


LayerNorm.__module__ = "torch.nn.modules.normalization"

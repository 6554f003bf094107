"""The padding layers: ``nn.ReflectionPad2d``, ``nn.ReplicationPad1d``, ``nn.ZeroPad2d``, ... (all ``F.pad``)."""
from __future__ import annotations

from typing import Union

from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.nn import functional as F
from autograd_tui.engine.nn.modules.module import Module

__all__ = [f"{kind}Pad{k}d" for kind in ("Reflection", "Replication", "Zero", "Constant", "Circular")
           for k in (1, 2, 3)]


def _ntuple(padding, n: int) -> tuple:
    # PyTorch's _pair / _quadruple / _ntuple(6): a sequence is kept as given, a number repeated.
    try:
        return tuple(padding)
    except TypeError:
        return (padding,) * n


class _PadNd(Module):
    mode = "constant"
    dims = 1

    def __init__(self, padding) -> None:
        super().__init__()
        self.padding = _ntuple(padding, 2 * self.dims)

    def forward(self, input: Tensor) -> Tensor:
        return F.pad(input, self.padding, self.mode)

    def extra_repr(self) -> str:
        return f"{self.padding}"


class _CircularPadNd(_PadNd):
    mode = "circular"

    def forward(self, input: Tensor) -> Tensor:
        if input.dim() not in (self.dims + 1, self.dims + 2):
            raise ValueError(f"expected {self.dims + 1}D or {self.dims + 2}D input (got {input.dim()}D input)")
        return F.pad(input, self.padding, "circular")


class _ConstantPadNd(_PadNd):
    def __init__(self, padding, value: float) -> None:
        super().__init__(padding)
        self.value = value

    def forward(self, input: Tensor) -> Tensor:
        return F.pad(input, self.padding, "constant", self.value)

    def extra_repr(self) -> str:
        return f"padding={self.padding}, value={self.value}"


class _ZeroPadNd(_ConstantPadNd):
    def __init__(self, padding) -> None:
        super().__init__(padding, 0.0)

    def extra_repr(self) -> str:
        return f"{self.padding}"


def _layer(name: str, base: Union[type, tuple], mode: str, dims: int) -> type:
    bases = base if isinstance(base, tuple) else (base,)
    cls = type(name, bases, {"mode": mode, "dims": dims} if mode else {"dims": dims})
    cls.__module__ = "torch.nn.modules.padding"
    return cls


ReflectionPad1d, ReflectionPad2d, ReflectionPad3d = (_layer(f"ReflectionPad{k}d", _PadNd, "reflect", k)
                                                     for k in (1, 2, 3))
ReplicationPad1d, ReplicationPad2d, ReplicationPad3d = (_layer(f"ReplicationPad{k}d", _PadNd, "replicate", k)
                                                        for k in (1, 2, 3))
CircularPad1d, CircularPad2d, CircularPad3d = (_layer(f"CircularPad{k}d", _CircularPadNd, "", k) for k in (1, 2, 3))
ConstantPad1d, ConstantPad2d, ConstantPad3d = (_layer(f"ConstantPad{k}d", _ConstantPadNd, "", k) for k in (1, 2, 3))
# a ZeroPad2d is a ConstantPad2d, as in PyTorch
ZeroPad1d, ZeroPad2d, ZeroPad3d = (_layer(f"ZeroPad{k}d", (_ZeroPadNd, constant), "", k)
                                   for k, constant in zip((1, 2, 3), (ConstantPad1d, ConstantPad2d, ConstantPad3d)))

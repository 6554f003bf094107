"""Lazy layers: ``nn.LazyConv1d``/``LazyConv2d`` and ``nn.LazyBatchNorm1d``/``LazyBatchNorm2d``
read their input channels from the first batch, initialise exactly as the eager layer would
(same random draws), then become that layer, as in PyTorch."""
from __future__ import annotations

from typing import Any

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.grad_mode import no_grad
from autograd_tui.engine.nn.modules.batchnorm import BatchNorm1d, BatchNorm2d
from autograd_tui.engine.nn.modules.conv import Conv1d, Conv2d
from autograd_tui.engine.nn.parameter import UninitializedParameter

__all__ = ["LazyConv1d", "LazyConv2d", "LazyBatchNorm1d", "LazyBatchNorm2d"]


class _LazyMixin:
    """What every lazy layer shares: it waits for its first input, then becomes ``cls_to_become``."""

    cls_to_become: type
    _parameters: dict

    def has_uninitialized_params(self) -> bool:
        return any(isinstance(p, UninitializedParameter) for p in self._parameters.values())

    def _materialize(self, input: Tensor) -> None:
        raise NotImplementedError

    def _pending(self) -> bool:
        return self.has_uninitialized_params()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self._pending():
            with no_grad():
                self._materialize(args[0])
        self.__class__ = self.cls_to_become  # type: ignore[assignment]  # becomes the eager layer
        return self.__call__(*args, **kwargs)


class _LazyConv(_LazyMixin):
    _spatial = 2

    def _lazy_init(self, base: type, out_channels: int, kernel_size: Any, bias: bool, **kwargs: Any) -> None:
        base.__init__(self, 0, 0, kernel_size, bias=False, **kwargs)
        self.weight = UninitializedParameter()
        self.out_channels = out_channels
        if bias:
            self.bias = UninitializedParameter()

    def reset_parameters(self) -> None:
        if not self.has_uninitialized_params() and self.in_channels != 0:  # type: ignore[attr-defined]
            self.cls_to_become.reset_parameters(self)

    def _materialize(self, input: Tensor) -> None:
        batched, unbatched = self._spatial + 2, self._spatial + 1
        if input.dim() not in (unbatched, batched):
            raise RuntimeError(f"Expected {unbatched}D (unbatched) or {batched}D (batched) input to "
                               f"{type(self).__name__}, but got input of size: {input.shape}")
        self.in_channels = input.shape[1] if input.dim() == batched else input.shape[0]
        self.weight.materialize((self.out_channels, self.in_channels // self.groups)  # type: ignore[attr-defined]
                                + tuple(self.kernel_size))  # type: ignore[attr-defined]
        if self.bias is not None:  # type: ignore[attr-defined]
            self.bias.materialize((self.out_channels,))  # type: ignore[attr-defined]
        self.reset_parameters()


class LazyConv2d(_LazyConv, Conv2d):
    cls_to_become = Conv2d

    def __init__(self, out_channels: int, kernel_size: Any, stride: Any = 1, padding: Any = 0, dilation: Any = 1,
                 groups: int = 1, bias: bool = True, padding_mode: str = "zeros", device: Any = None,
                 dtype: Any = None) -> None:
        self._lazy_init(Conv2d, out_channels, kernel_size, bias, stride=stride, padding=padding, dilation=dilation,
                        groups=groups, padding_mode=padding_mode)


class LazyConv1d(_LazyConv, Conv1d):
    cls_to_become = Conv1d
    _spatial = 1

    def __init__(self, out_channels: int, kernel_size: Any, stride: Any = 1, padding: Any = 0, dilation: Any = 1,
                 groups: int = 1, bias: bool = True, padding_mode: str = "zeros", device: Any = None,
                 dtype: Any = None) -> None:
        self._lazy_init(Conv1d, out_channels, kernel_size, bias, stride=stride, padding=padding, dilation=dilation,
                        groups=groups, padding_mode=padding_mode)


class _LazyBatchNorm(_LazyMixin):
    def _lazy_init(self, base: type, eps: float, momentum: Any, affine: bool, track_running_stats: bool) -> None:
        base.__init__(self, 0, eps, momentum, False, False)
        self.affine = affine
        self.track_running_stats = track_running_stats
        if affine:
            self.weight = UninitializedParameter()
            self.bias = UninitializedParameter()
        if track_running_stats:
            self.register_buffer("running_mean", _F.zeros(0))
            self.register_buffer("running_var", _F.ones(0))
            self.register_buffer("num_batches_tracked", _F.tensor(0))

    def _pending(self) -> bool:
        return self.num_features == 0  # type: ignore[attr-defined]  # buffers wait too, even without affine

    def reset_parameters(self) -> None:
        if not self.has_uninitialized_params() and self.num_features != 0:  # type: ignore[attr-defined]
            self.cls_to_become.reset_parameters(self)

    def _materialize(self, input: Tensor) -> None:
        self.num_features = input.shape[1]
        if self.affine:  # type: ignore[attr-defined]
            self.weight.materialize((self.num_features,))  # type: ignore[attr-defined]
            self.bias.materialize((self.num_features,))  # type: ignore[attr-defined]
        if self.track_running_stats:  # type: ignore[attr-defined]
            self.running_mean = _F.zeros(self.num_features)
            self.running_var = _F.ones(self.num_features)
        self.reset_parameters()


class LazyBatchNorm1d(_LazyBatchNorm, BatchNorm1d):
    cls_to_become = BatchNorm1d

    def __init__(self, eps: float = 1e-5, momentum: Any = 0.1, affine: bool = True, track_running_stats: bool = True,
                 device: Any = None, dtype: Any = None) -> None:
        self._lazy_init(BatchNorm1d, eps, momentum, affine, track_running_stats)


class LazyBatchNorm2d(_LazyBatchNorm, BatchNorm2d):
    cls_to_become = BatchNorm2d

    def __init__(self, eps: float = 1e-5, momentum: Any = 0.1, affine: bool = True, track_running_stats: bool = True,
                 device: Any = None, dtype: Any = None) -> None:
        self._lazy_init(BatchNorm2d, eps, momentum, affine, track_running_stats)


for _cls in (LazyConv1d, LazyConv2d):
    _cls.__module__ = "torch.nn.modules.conv"
for _cls in (LazyBatchNorm1d, LazyBatchNorm2d):
    _cls.__module__ = "torch.nn.modules.batchnorm"

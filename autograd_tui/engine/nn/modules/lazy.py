"""Lazy layers: ``nn.LazyConv1d``/``LazyConv2d`` and ``nn.LazyBatchNorm1d``/``LazyBatchNorm2d``
read their input channels from the first batch, initialise exactly as the eager layer would
(same random draws), then become that layer, as in PyTorch."""
from __future__ import annotations

from typing import Any

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.grad_mode import no_grad
from autograd_tui.engine.nn.modules.batchnorm import BatchNorm1d, BatchNorm2d, _BatchNorm
from autograd_tui.engine.nn.modules.conv import Conv1d, Conv2d, _ConvNd
from autograd_tui.engine.nn.modules.module import Module
from autograd_tui.engine.nn.parameter import UninitializedParameter

__all__ = ["LazyConv1d", "LazyConv2d", "LazyBatchNorm1d", "LazyBatchNorm2d"]


def _has_uninitialized_params(module: Module) -> bool:
    return any(isinstance(p, UninitializedParameter) for p in module._parameters.values())


def _lazy_conv_init(conv: _ConvNd, out_channels: int, bias: bool) -> None:
    """After the eager __init__ ran with no channels: parameters without a shape yet."""
    conv.weight = UninitializedParameter()
    conv.out_channels = out_channels
    if bias:
        conv.bias = UninitializedParameter()


def _materialize_conv(conv: _ConvNd, input: Tensor, spatial: int) -> None:
    batched, unbatched = spatial + 2, spatial + 1
    if input.dim() not in (unbatched, batched):
        raise RuntimeError(f"Expected {unbatched}D (unbatched) or {batched}D (batched) input to "
                           f"{type(conv).__name__}, but got input of size: {input.shape}")
    with no_grad():
        conv.in_channels = input.shape[1] if input.dim() == batched else input.shape[0]
        conv.weight.materialize((conv.out_channels, conv.in_channels // conv.groups) + tuple(conv.kernel_size))
        if conv.bias is not None:
            conv.bias.materialize((conv.out_channels,))
        conv.reset_parameters()


class LazyConv2d(Conv2d):
    cls_to_become: type = Conv2d

    def __init__(self, out_channels: int, kernel_size: Any, stride: Any = 1, padding: Any = 0, dilation: Any = 1,
                 groups: int = 1, bias: bool = True, padding_mode: str = "zeros", device: Any = None,
                 dtype: Any = None) -> None:
        Conv2d.__init__(self, 0, 0, kernel_size, stride, padding, dilation, groups, False, padding_mode)
        _lazy_conv_init(self, out_channels, bias)

    def reset_parameters(self) -> None:
        if not _has_uninitialized_params(self) and self.in_channels != 0:
            Conv2d.reset_parameters(self)

    def forward(self, input: Tensor) -> Tensor:
        if _has_uninitialized_params(self):
            _materialize_conv(self, input, 2)
        self.__class__ = self.cls_to_become  # becomes a Conv2d, as in PyTorch
        return self.forward(input)


class LazyConv1d(Conv1d):
    cls_to_become: type = Conv1d

    def __init__(self, out_channels: int, kernel_size: Any, stride: Any = 1, padding: Any = 0, dilation: Any = 1,
                 groups: int = 1, bias: bool = True, padding_mode: str = "zeros", device: Any = None,
                 dtype: Any = None) -> None:
        Conv1d.__init__(self, 0, 0, kernel_size, stride, padding, dilation, groups, False, padding_mode)
        _lazy_conv_init(self, out_channels, bias)

    def reset_parameters(self) -> None:
        if not _has_uninitialized_params(self) and self.in_channels != 0:
            Conv1d.reset_parameters(self)

    def forward(self, input: Tensor) -> Tensor:
        if _has_uninitialized_params(self):
            _materialize_conv(self, input, 1)
        self.__class__ = self.cls_to_become  # becomes a Conv1d
        return self.forward(input)


def _lazy_batch_norm_init(bn: _BatchNorm, affine: bool, track_running_stats: bool) -> None:
    """After the eager __init__ ran with no features: parameters and buffers without a shape yet."""
    bn.affine = affine
    bn.track_running_stats = track_running_stats
    if affine:
        bn.weight = UninitializedParameter()
        bn.bias = UninitializedParameter()
    if track_running_stats:
        bn.register_buffer("running_mean", _F.zeros(0))
        bn.register_buffer("running_var", _F.ones(0))
        bn.register_buffer("num_batches_tracked", _F.tensor(0))
    # The running statistics are PyTorch's uninitialised buffers: load_state_dict gives them a shape.
    bn._lazy_buffers = {"running_mean", "running_var"} if track_running_stats else set()


def _is_lazy_batch_norm(bn: _BatchNorm) -> bool:
    """PyTorch's has_uninitialized_params, buffers included (a load may have initialised all)."""
    return _has_uninitialized_params(bn) or bool(bn.__dict__.get("_lazy_buffers"))


def _materialize_batch_norm(bn: _BatchNorm, input: Tensor) -> None:
    with no_grad():
        bn.num_features = input.shape[1]
        if bn.affine:
            bn.weight.materialize((bn.num_features,))
            bn.bias.materialize((bn.num_features,))
        if bn.track_running_stats:
            bn.running_mean = _F.zeros(bn.num_features)
            bn.running_var = _F.ones(bn.num_features)
        bn._lazy_buffers = set()
        bn.reset_parameters()


class LazyBatchNorm1d(BatchNorm1d):
    cls_to_become: type = BatchNorm1d

    def __init__(self, eps: float = 1e-5, momentum: Any = 0.1, affine: bool = True, track_running_stats: bool = True,
                 device: Any = None, dtype: Any = None) -> None:
        BatchNorm1d.__init__(self, 0, eps, momentum, False, False)
        _lazy_batch_norm_init(self, affine, track_running_stats)

    def reset_parameters(self) -> None:
        if not _has_uninitialized_params(self) and self.num_features != 0:
            BatchNorm1d.reset_parameters(self)

    def forward(self, input: Tensor) -> Tensor:
        if _is_lazy_batch_norm(self):
            _materialize_batch_norm(self, input)
        self.__class__ = self.cls_to_become  # becomes a BatchNorm1d
        return self.forward(input)


class LazyBatchNorm2d(BatchNorm2d):
    cls_to_become: type = BatchNorm2d

    def __init__(self, eps: float = 1e-5, momentum: Any = 0.1, affine: bool = True, track_running_stats: bool = True,
                 device: Any = None, dtype: Any = None) -> None:
        BatchNorm2d.__init__(self, 0, eps, momentum, False, False)
        _lazy_batch_norm_init(self, affine, track_running_stats)

    def reset_parameters(self) -> None:
        if not _has_uninitialized_params(self) and self.num_features != 0:
            BatchNorm2d.reset_parameters(self)

    def forward(self, input: Tensor) -> Tensor:
        if _is_lazy_batch_norm(self):
            _materialize_batch_norm(self, input)
        self.__class__ = self.cls_to_become  # becomes a BatchNorm2d
        return self.forward(input)


LazyConv1d.__module__ = LazyConv2d.__module__ = "torch.nn.modules.conv"
LazyBatchNorm1d.__module__ = LazyBatchNorm2d.__module__ = "torch.nn.modules.batchnorm"

"""Lazy layers: ``nn.LazyConv1d``/``2d``/``3d``, ``nn.LazyConvTranspose1d``/``2d``/``3d``,
``nn.LazyBatchNorm1d``/``2d``/``3d`` and
``nn.LazyInstanceNorm1d``/``2d``/``3d`` read their input channels from the first batch, initialise
exactly as the eager layer would (same random draws), then become that layer, as in PyTorch
(whose class hierarchy they keep: a LazyBatchNorm1d is no BatchNorm1d until its first call)."""
from __future__ import annotations

from typing import Any, Optional

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.grad_mode import no_grad
from autograd_tui.engine.nn.modules.batchnorm import BatchNorm1d, BatchNorm2d, BatchNorm3d, _BatchNorm, _NormBase
from autograd_tui.engine.nn.modules.conv import (Conv1d, Conv2d, Conv3d, ConvTranspose1d, ConvTranspose2d,
                                                  ConvTranspose3d, _ConvNd, _ConvTransposeNd)
from autograd_tui.engine.nn.modules.instancenorm import InstanceNorm1d, InstanceNorm2d, InstanceNorm3d, _InstanceNorm
from autograd_tui.engine.nn.modules.module import Module
from autograd_tui.engine.nn.parameter import UninitializedParameter

__all__ = ["LazyModuleMixin", "LazyConv1d", "LazyConv2d", "LazyConv3d", "LazyConvTranspose1d", "LazyConvTranspose2d",
           "LazyConvTranspose3d", "LazyBatchNorm1d", "LazyBatchNorm2d",
           "LazyBatchNorm3d", "LazyInstanceNorm1d", "LazyInstanceNorm2d", "LazyInstanceNorm3d"]


def _has_uninitialized_params(module: Module) -> bool:
    return any(isinstance(p, UninitializedParameter) for p in module._parameters.values())


class LazyModuleMixin:
    """A layer whose shapes wait for its first input: that call gives its parameters their shapes,
    then the layer becomes ``cls_to_become`` (the eager layer) and runs as it."""

    cls_to_become: Optional[type] = None

    def has_uninitialized_params(self) -> bool:
        """Parameters without a shape yet, or (a lazy norm's) running statistics without one."""
        return _has_uninitialized_params(self) or bool(self.__dict__.get("_lazy_buffers"))  # type: ignore[arg-type]

    def initialize_parameters(self, input: Tensor) -> None:
        raise NotImplementedError

    def forward(self, input: Tensor, *args: Any, **kwargs: Any) -> Tensor:
        if self.has_uninitialized_params():
            self.initialize_parameters(input)
        self.__class__ = self.cls_to_become  # type: ignore[assignment]
        return self.forward(input, *args, **kwargs)


def _lazy_conv_init(conv: _ConvNd, out_channels: int, bias: bool) -> None:
    """After the eager __init__ ran with no channels: parameters without a shape yet."""
    conv.weight = UninitializedParameter()
    conv.out_channels = out_channels
    if bias:
        conv.bias = UninitializedParameter()


class _LazyConvXdMixin(LazyModuleMixin):
    """What the lazy convolutions share: the eager layer's __init__ with no channels, then the
    weight's shape from the input's channels."""

    def __init__(self, out_channels: int, kernel_size: Any, stride: Any = 1, padding: Any = 0, dilation: Any = 1,
                 groups: int = 1, bias: bool = True, padding_mode: str = "zeros", device: Any = None,
                 dtype: Any = None) -> None:
        _ConvNd.__init__(self, 0, 0, kernel_size, stride, padding, dilation, groups, False,  # type: ignore[arg-type]
                         padding_mode)
        _lazy_conv_init(self, out_channels, bias)  # type: ignore[arg-type]

    def reset_parameters(self) -> None:
        if not _has_uninitialized_params(self) and self.in_channels != 0:  # type: ignore[attr-defined, arg-type]
            super().reset_parameters()  # type: ignore[misc]

    def initialize_parameters(self, input: Tensor) -> None:
        conv: Any = self
        batched = len(conv.kernel_size) + 2
        unbatched = batched - 1
        if input.dim() not in (unbatched, batched):
            raise RuntimeError(f"Expected {unbatched}D (unbatched) or {batched}D (batched) input to "
                               f"{type(conv).__name__}, but got input of size: {input.shape}")
        with no_grad():
            conv.in_channels = input.shape[1] if input.dim() == batched else input.shape[0]
            if conv.in_channels % conv.groups != 0:
                raise ValueError("in_channels must be divisible by groups")
            shape = ((conv.in_channels, conv.out_channels // conv.groups) if conv.transposed else
                     (conv.out_channels, conv.in_channels // conv.groups))
            conv.weight.materialize(shape + tuple(conv.kernel_size))
            if conv.bias is not None:
                conv.bias.materialize((conv.out_channels,))
            conv.reset_parameters()


class LazyConv2d(_LazyConvXdMixin, Conv2d):
    cls_to_become: type = Conv2d


class LazyConv1d(_LazyConvXdMixin, Conv1d):
    cls_to_become: type = Conv1d


class LazyConv3d(_LazyConvXdMixin, Conv3d):
    cls_to_become: type = Conv3d


def _lazy_transpose_init(self: Any, out_channels: int, kernel_size: Any, stride: Any = 1, padding: Any = 0,
                         output_padding: Any = 0, groups: int = 1, bias: bool = True, dilation: Any = 1,
                         padding_mode: str = "zeros", device: Any = None, dtype: Any = None) -> None:
    """A lazy transposed convolution's arguments (``output_padding``, then groups before dilation)."""
    _ConvTransposeNd.__init__(self, 0, 0, kernel_size, stride, padding, output_padding, groups, False, dilation,
                              padding_mode)
    _lazy_conv_init(self, out_channels, bias)


class LazyConvTranspose1d(_LazyConvXdMixin, ConvTranspose1d):
    cls_to_become: type = ConvTranspose1d
    __init__ = _lazy_transpose_init


class LazyConvTranspose2d(_LazyConvXdMixin, ConvTranspose2d):
    cls_to_become: type = ConvTranspose2d
    __init__ = _lazy_transpose_init


class LazyConvTranspose3d(_LazyConvXdMixin, ConvTranspose3d):
    cls_to_become: type = ConvTranspose3d
    __init__ = _lazy_transpose_init


class _LazyNormBase(LazyModuleMixin, _NormBase):
    """What the lazy batch norms share: no features until the first batch, whose channels give
    the parameters and running statistics their length."""

    def __init__(self, eps: float = 1e-5, momentum: Any = 0.1, affine: bool = True, track_running_stats: bool = True,
                 device: Any = None, dtype: Any = None, *, bias: bool = True) -> None:
        _NormBase.__init__(self, 0, eps, momentum, False, False)
        self.affine = affine
        self.track_running_stats = track_running_stats
        if affine:
            self.weight = UninitializedParameter()
            if bias:  # bias=False: a weight only, as BatchNorm's
                self.bias = UninitializedParameter()
        if track_running_stats:
            self.register_buffer("running_mean", _F.zeros(0))
            self.register_buffer("running_var", _F.ones(0))
            self.register_buffer("num_batches_tracked", _F.tensor(0))
        # The running statistics are PyTorch's uninitialised buffers: load_state_dict gives them a shape.
        self._lazy_buffers = {"running_mean", "running_var"} if track_running_stats else set()

    def reset_parameters(self) -> None:
        if not _has_uninitialized_params(self) and self.num_features != 0:
            super().reset_parameters()

    def initialize_parameters(self, input: Tensor) -> None:
        with no_grad():
            self.num_features = input.shape[1]
            if self.affine:
                self.weight.materialize((self.num_features,))
                if self.bias is not None:
                    self.bias.materialize((self.num_features,))
            if self.track_running_stats:
                self.running_mean = _F.zeros(self.num_features)
                self.running_var = _F.ones(self.num_features)
            self._lazy_buffers = set()
            self.reset_parameters()


class LazyBatchNorm1d(_LazyNormBase, _BatchNorm):
    cls_to_become: type = BatchNorm1d
    _check_input_dim = BatchNorm1d._check_input_dim


class LazyBatchNorm2d(_LazyNormBase, _BatchNorm):
    cls_to_become: type = BatchNorm2d
    _check_input_dim = BatchNorm2d._check_input_dim


class LazyBatchNorm3d(_LazyNormBase, _BatchNorm):
    cls_to_become: type = BatchNorm3d
    _check_input_dim = BatchNorm3d._check_input_dim


class LazyInstanceNorm1d(_LazyNormBase, _InstanceNorm):
    cls_to_become: type = InstanceNorm1d
    _dims = InstanceNorm1d._dims


class LazyInstanceNorm2d(_LazyNormBase, _InstanceNorm):
    cls_to_become: type = InstanceNorm2d
    _dims = InstanceNorm2d._dims


class LazyInstanceNorm3d(_LazyNormBase, _InstanceNorm):
    cls_to_become: type = InstanceNorm3d
    _dims = InstanceNorm3d._dims


LazyModuleMixin.__module__ = "torch.nn.modules.lazy"
_MODULE_OF: dict[str, tuple[type, ...]] = {
    "torch.nn.modules.conv": (_LazyConvXdMixin, LazyConv1d, LazyConv2d, LazyConv3d, LazyConvTranspose1d,
                              LazyConvTranspose2d, LazyConvTranspose3d),
    "torch.nn.modules.batchnorm": (_LazyNormBase, LazyBatchNorm1d, LazyBatchNorm2d, LazyBatchNorm3d),
    "torch.nn.modules.instancenorm": (LazyInstanceNorm1d, LazyInstanceNorm2d, LazyInstanceNorm3d),
}
for _module, _classes in _MODULE_OF.items():
    for _cls in _classes:
        _cls.__module__ = _module

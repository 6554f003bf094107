"""``nn.Conv1d``, ``nn.Conv2d``, ``nn.Conv3d``, ``nn.ConvTranspose1d``, ``nn.ConvTranspose2d`` and
``nn.ConvTranspose3d``."""
from __future__ import annotations

import math
from typing import Any, Union, cast

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.nn import functional as F
from autograd_tui.engine.nn import init
from autograd_tui.engine.nn.modules.module import Module
from autograd_tui.engine.nn.parameter import Parameter

__all__ = ["Conv2d", "Conv1d", "Conv3d", "ConvTranspose2d", "ConvTranspose1d", "ConvTranspose3d"]

# PyTorch's messages print these sets: built in its order, they iterate as its own do in this process
# (a set's order follows the interpreter's string hashes)
_PADDING_MODES = {"zeros", "reflect", "replicate", "circular"}
_PADDING_STRINGS = {"same", "valid"}


class _ConvNd(Module):
    """What every convolution layer shares (PyTorch's ``_ConvNd``): Conv1d is not a Conv2d, as
    ``isinstance`` tests in learners' init functions rely on."""

    _spatial = 2  # how many dims a number given for a size option stands for

    @classmethod
    def _tuple(cls, value: Any) -> tuple[Any, ...]:
        """How a size option is stored: (k, k) in a 2-D layer, (k,) in a 1-D one; as given, never
        converted (a float kernel size fails where PyTorch's does, in the weight's ``torch.empty``)."""
        return tuple(value) if isinstance(value, (tuple, list)) else (value,) * cls._spatial

    def __init__(self, in_channels: int, out_channels: int, kernel_size, stride=1,
                 padding: Union[int, tuple, str] = 0, dilation=1, groups: int = 1, bias: bool = True,
                 padding_mode: str = "zeros", device: Any = None, dtype: Any = None) -> None:
        super().__init__()
        if groups <= 0:
            raise ValueError("groups must be a positive integer")
        if in_channels % groups != 0:
            raise ValueError("in_channels must be divisible by groups")
        if out_channels % groups != 0:
            raise ValueError("out_channels must be divisible by groups")
        kernel_size, stride, dilation = self._tuple(kernel_size), self._tuple(stride), self._tuple(dilation)
        if isinstance(padding, str):
            if padding not in _PADDING_STRINGS:
                raise ValueError(f"Invalid padding string {padding!r}, should be one of {_PADDING_STRINGS}")
            if padding == "same" and any(s != 1 for s in stride):
                raise ValueError("padding='same' is not supported for strided convolutions")
        else:
            padding = self._tuple(padding)
        if padding_mode not in _PADDING_MODES:
            raise ValueError(f"padding_mode must be one of {_PADDING_MODES}, but got padding_mode='{padding_mode}'")
        self.in_channels = in_channels
        self.out_channels = out_channels
        self.kernel_size = kernel_size
        self.stride = stride
        self.padding = padding
        self.dilation = dilation
        self.transposed = False
        self.output_padding = (0,) * len(kernel_size)
        self.groups = groups
        self.padding_mode = padding_mode
        # F.pad's argument for the other padding modes: the last dim first, each side given
        self._reversed_padding_repeated_twice: Union[list, tuple]
        if isinstance(padding, str):
            pads = [0, 0] * len(kernel_size)
            if padding == "same":
                for i, (d, k) in enumerate(zip(reversed(dilation), reversed(kernel_size))):
                    total = d * (k - 1)
                    pads[2 * i:2 * i + 2] = [total // 2, total - total // 2]
            self._reversed_padding_repeated_twice = pads
        else:
            self._reversed_padding_repeated_twice = tuple(p for p in reversed(padding) for _ in range(2))
        self.weight = Parameter(_F.empty(self._weight_shape(in_channels, out_channels, groups) + kernel_size,
                                         dtype=dtype, device=device))
        if bias:
            self.bias = Parameter(_F.empty(out_channels, dtype=dtype, device=device))
        else:
            self.register_parameter("bias", None)
        self.reset_parameters()

    @staticmethod
    def _weight_shape(in_channels: int, out_channels: int, groups: int) -> tuple[int, int]:
        return (out_channels, in_channels // groups)

    def reset_parameters(self) -> None:
        init.kaiming_uniform_(self.weight, a=math.sqrt(5))
        if self.bias is not None:
            fan_in, _ = init._calculate_fan_in_and_fan_out(self.weight)
            if fan_in != 0:
                bound = 1 / math.sqrt(fan_in)
                init.uniform_(self.bias, -bound, bound)

    def forward(self, input: Tensor) -> Tensor:
        if self.padding_mode != "zeros":
            # as PyTorch: pad with the mode first, then convolve without padding
            padded = F.pad(input, self._reversed_padding_repeated_twice, mode=self.padding_mode)
            zero = (0,) * len(self.kernel_size)
            return self._convolve(padded, self.weight, self.bias, self.stride, zero, self.dilation, self.groups)
        return self._convolve(input, self.weight, self.bias, self.stride, self.padding, self.dilation, self.groups)

    _convolve: Any = None  # the functional form, set by each subclass

    def extra_repr(self) -> str:
        s = f"{self.in_channels}, {self.out_channels}, kernel_size={self.kernel_size}, stride={self.stride}"
        if self.padding != (0,) * len(self.padding):
            s += f", padding={self.padding}"
        if self.dilation != (1,) * len(self.dilation):
            s += f", dilation={self.dilation}"
        if self.output_padding != (0,) * len(self.output_padding):
            s += f", output_padding={self.output_padding}"
        if self.groups != 1:
            s += f", groups={self.groups}"
        if self.bias is None:
            s += ", bias=False"
        if self.padding_mode != "zeros":
            s += f", padding_mode={self.padding_mode}"
        return s


class Conv2d(_ConvNd):
    """A 2-D convolution over NCHW images (cross-correlation, as in PyTorch)."""

    _convolve = staticmethod(F.conv2d)


class Conv1d(_ConvNd):
    """A 1-D convolution over (N, C, L) signals."""

    _spatial = 1
    _convolve = staticmethod(F.conv1d)


class Conv3d(_ConvNd):
    """A 3-D convolution over (N, C, D, H, W) volumes."""

    _spatial = 3
    _convolve = staticmethod(F.conv3d)


class _ConvTransposeNd(_ConvNd):
    """The adjoint of a convolution ("deconvolution"); its weight is (in, out / groups, *kernel)."""

    def __init__(self, in_channels: int, out_channels: int, kernel_size, stride=1, padding=0, output_padding=0,
                 groups: int = 1, bias: bool = True, dilation=1, padding_mode: str = "zeros", device: Any = None,
                 dtype: Any = None) -> None:
        if padding_mode != "zeros":
            raise ValueError(f'Only "zeros" padding mode is supported for {type(self).__name__}')
        # Same initialisation as a convolution, on the transposed shape: its fan-in is out/groups * k*k.
        super().__init__(in_channels, out_channels, kernel_size, stride, 0 if isinstance(padding, str) else padding,
                         dilation, groups, bias, padding_mode, device, dtype)
        if isinstance(padding, str):  # PyTorch keeps a string's characters here, and fails only when called
            self.padding = tuple(padding)
        self.transposed = True
        self.output_padding = self._tuple(output_padding)

    @staticmethod
    def _weight_shape(in_channels: int, out_channels: int, groups: int) -> tuple[int, int]:
        return (in_channels, out_channels // groups)

    def _output_padding(self, input: Tensor, output_size) -> tuple:
        if output_size is None:
            return self.output_padding
        spatial = len(self.kernel_size)
        batch_dims = 2 if input.dim() == spatial + 2 else 1
        output_size = list(output_size)
        if len(output_size) == batch_dims + spatial:
            output_size = output_size[batch_dims:]
        if len(output_size) != spatial:
            raise ValueError(f"ConvTranspose{spatial}D: for {input.dim()}D input, output_size must have {spatial} "
                             f"or {batch_dims + spatial} elements (got {len(output_size)})")
        min_sizes = [(input.size(d + batch_dims) - 1) * self.stride[d] - 2 * self.padding[d]
                     + self.dilation[d] * (self.kernel_size[d] - 1) + 1 for d in range(spatial)]
        max_sizes = [low + self.stride[d] - 1 for d, low in enumerate(min_sizes)]
        for size, low, high in zip(output_size, min_sizes, max_sizes):
            if size < low or size > high:
                raise ValueError(f"requested an output size of {output_size}, but valid sizes range from {min_sizes} "
                                 f"to {max_sizes} (for an input of {input.size()[2:]})")
        return tuple(size - low for size, low in zip(output_size, min_sizes))

    def forward(self, input: Tensor, output_size=None) -> Tensor:
        output_padding = self._output_padding(input, output_size)
        return self._transpose(input, self.weight, self.bias, self.stride, cast(Any, self.padding), output_padding,
                               self.groups, self.dilation)

    _transpose: Any = None  # the functional form, set by each subclass


class ConvTranspose2d(_ConvTransposeNd):
    """The adjoint of a 2-D convolution; its weight is (in, out / groups, kh, kw)."""

    _transpose = staticmethod(F.conv_transpose2d)


class ConvTranspose1d(_ConvTransposeNd):
    """The adjoint of a 1-D convolution; its weight is (in, out / groups, k)."""

    _spatial = 1
    _transpose = staticmethod(F.conv_transpose1d)


class ConvTranspose3d(_ConvTransposeNd):
    """The adjoint of a 3-D convolution; its weight is (in, out / groups, kd, kh, kw)."""

    _spatial = 3
    _transpose = staticmethod(F.conv_transpose3d)


for _cls in (_ConvNd, Conv2d, Conv1d, Conv3d, _ConvTransposeNd, ConvTranspose2d, ConvTranspose1d, ConvTranspose3d):
    _cls.__module__ = "torch.nn.modules.conv"

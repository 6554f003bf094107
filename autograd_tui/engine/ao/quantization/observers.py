"""``torch.ao.quantization``'s ``MinMaxObserver`` (the running min and max of what passes through it,
and the scale and zero point they give) and ``QuantStub``/``DeQuantStub`` (identities until a model is
converted): plain tensor arithmetic, in PyTorch 2.13's order (``torch/ao/quantization/observer.py``)."""
from __future__ import annotations

import warnings
from typing import Any

from autograd_tui.engine import dtypes, functions as F, missing
from autograd_tui.engine._tensor import AT_LIBRARY, Tensor
from autograd_tui.engine.nn.modules.module import Module
from autograd_tui.engine.quantized import per_tensor_affine, per_tensor_symmetric

_REDUCE_RANGE = ("Please use quant_min and quant_max to specify the range for observers.                     "
                 "reduce_range will be deprecated in a future release of PyTorch.")
_NOT_RUN = "must run observer before calling calculate_qparams. Returning default values."


def _default_range(dtype: dtypes.dtype, reduce_range: bool) -> tuple[int, int]:
    if dtype in (dtypes.qint8, dtypes.int8):
        return (-64, 63) if reduce_range else (-128, 127)
    if dtype in (dtypes.quint8, dtypes.uint8):
        return (0, 127) if reduce_range else (0, 255)
    if dtype in (dtypes.qint32, dtypes.int32):
        return -(2 ** 31), 2 ** 31 - 1
    raise missing.not_in_engine(f"MinMaxObserver(dtype={dtype})")


class MinMaxObserver(Module):
    """Records the smallest and largest value seen (buffers ``min_val``, ``max_val``) and turns them
    into a scale and zero point for ``dtype`` (affine, or symmetric around 0)."""

    def __init__(self, dtype: Any = dtypes.quint8, qscheme: Any = per_tensor_affine, reduce_range: bool = False,
                 quant_min: int | None = None, quant_max: int | None = None, factory_kwargs: Any = None,
                 eps: float = 1.1920928955078125e-07, is_dynamic: bool = False, **kwargs: Any) -> None:
        if qscheme not in (per_tensor_affine, per_tensor_symmetric):
            raise NotImplementedError("MinMaxObserver's qscheme only support torch.per_tensor_symmetric "
                                      "                    and torch.per_tensor_affine.")
        if is_dynamic or factory_kwargs is not None or kwargs:
            raise missing.not_in_engine("MinMaxObserver with is_dynamic, factory_kwargs or other keywords")
        super().__init__()
        self.dtype, self.qscheme, self.reduce_range = dtype, qscheme, reduce_range
        if reduce_range:
            warnings.warn(_REDUCE_RANGE, stacklevel=AT_LIBRARY)  # PyTorch's own observer.py warns
        self.has_customized_qrange = quant_min is not None and quant_max is not None
        limits = (quant_min, quant_max) if quant_min is not None and quant_max is not None else \
            _default_range(dtype, reduce_range)
        self.quant_min: int = limits[0]
        self.quant_max: int = limits[1]
        self.register_buffer("eps", F.tensor([eps]))
        self.register_buffer("min_val", F.tensor(float("inf")))
        self.register_buffer("max_val", F.tensor(float("-inf")))

    def forward(self, x_orig: Tensor) -> Tensor:
        if x_orig.numel() == 0:
            return x_orig
        x = x_orig.detach().to(self.min_val.dtype)
        low, high = F.aminmax(x)
        self.min_val.copy_(F.min(low, self.min_val))
        self.max_val.copy_(F.max(high, self.max_val))
        return x_orig

    def calculate_qparams(self) -> tuple[Tensor, Tensor]:
        min_val, max_val = self.min_val, self.max_val
        if min_val.item() == float("inf") and max_val.item() == float("-inf"):
            warnings.warn(_NOT_RUN, stacklevel=AT_LIBRARY)  # PyTorch's own observer.py warns
            return F.tensor([1.0]), F.tensor([0])
        min_val_neg = F.min(min_val, F.zeros_like(min_val))
        max_val_pos = F.max(max_val, F.zeros_like(max_val))
        quant_min, quant_max = self.quant_min, self.quant_max
        zero_point = F.zeros(min_val_neg.size(), dtype=dtypes.int64)
        if self.qscheme is per_tensor_symmetric:
            max_val_pos = F.max(-min_val_neg, max_val_pos)
            scale = F.max(max_val_pos / (float(quant_max - quant_min) / 2), self.eps)
            if self.dtype in (dtypes.quint8, dtypes.uint8):
                middle = (quant_min + quant_max) // 2 if self.has_customized_qrange else 128
                zero_point = F.full(zero_point.size(), middle, dtype=dtypes.int64)
        else:
            scale = F.max((max_val_pos - min_val_neg) / float(quant_max - quant_min), self.eps)
            zero_point = F.clamp(quant_min - F.round(min_val_neg / scale).to(dtypes.int32), quant_min, quant_max)
        if scale.dim() == 0:
            scale = F.tensor([float(scale)], dtype=scale.dtype)
        if zero_point.dim() == 0:
            zero_point = F.tensor([int(zero_point)], dtype=zero_point.dtype)
        return scale, zero_point

    def extra_repr(self) -> str:
        return f"min_val={self.min_val}, max_val={self.max_val}"


class QuantStub(Module):
    """Where a model's float input would be quantized once converted: until then, the identity."""

    def __init__(self, qconfig: Any = None) -> None:
        super().__init__()
        if qconfig is not None:
            self.qconfig = qconfig

    def forward(self, x: Tensor) -> Tensor:
        return x


class DeQuantStub(QuantStub):
    """Where a converted model's output would be dequantized: until then, the identity."""


for _cls in (MinMaxObserver, QuantStub, DeQuantStub):
    _cls.__module__ = "torch.ao.quantization.observer" if _cls is MinMaxObserver else "torch.ao.quantization.stubs"
del _cls

"""``DynamicQuantizedLinear``, what ``quantize_dynamic`` puts in place of an ``nn.Linear``, computing
as PyTorch 2.13's fbgemm kernel does on x86 (measured against it, bit for bit on 60 random layers
and inputs; no MKL in it):

- the weight: PyTorch's default dynamic qconfig observes it per tensor, symmetric
  (``scale = max(|min|, |max|) / 127.5`` in float32, at least float32's eps; zero point 0), and
  quantizes it to qint8 (``quantized.quantize_per_tensor``);
- each call: the input's range (0 included) gives a scale and zero point for 7-bit unsigned values
  (``reduce_range``: ATen's ``ChooseQuantizationParams``), the input is quantized with them, the
  integers multiplied exactly, and ``float(acc - zero_point * column sums) * (scale_x * scale_w) + bias``
  computed with one rounding (fbgemm's fused multiply-add), in float32.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from autograd_tui.engine import dtypes, missing
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.nn.modules.module import Module
from autograd_tui.engine.quantized import QuantizedTensor, quantize_per_tensor

DEPRECATION_WARNING = (
    "torch.ao.quantization is deprecated and will be removed in 2.10. \n"
    "For migrations of users: \n"
    "1. Eager mode quantization (torch.ao.quantization.quantize, torch.ao.quantization.quantize_dynamic), please "
    "migrate to use torchao eager mode quantize_ API instead \n"
    "2. FX graph mode quantization (torch.ao.quantization.quantize_fx.prepare_fx,"
    "torch.ao.quantization.quantize_fx.convert_fx, please migrate to use torchao pt2e quantization API instead "
    "(prepare_pt2e, convert_pt2e) \n"
    "3. pt2e quantization has been migrated to torchao (https://github.com/pytorch/ao/tree/main/torchao/quantization/"
    "pt2e) \n"
    "see https://github.com/pytorch/ao/issues/2259 for more details")
_SMALL_SCALE = float(np.float32(6.1e-5))


def choose_qparams(low: float, high: float, qmin: int, qmax: int) -> tuple[float, int]:
    """ATen's ``ChooseQuantizationParams`` (no sparsity kept, no power-of-two scale): the scale and
    zero point that map ``[low, high]`` (widened to hold 0) onto ``[qmin, qmax]``."""
    low, high = min(low, 0.0), max(high, 0.0)
    scale = (high - low) / (qmax - qmin)  # in double, then kept as float
    if np.float32(scale) == 0 or np.isinf(np.float32(1.0) / np.float32(scale)):
        scale = 0.1
    scale = float(np.float32(scale))
    if scale < _SMALL_SCALE:
        original, scale = scale, _SMALL_SCALE
        if low == 0.0:
            high = scale * (qmax - qmin)
        elif high == 0.0:
            low = -scale * (qmax - qmin)
        else:
            amplifier = np.float32(scale) / np.float32(original)
            low, high = float(np.float32(low) * amplifier), float(np.float32(high) * amplifier)
    from_low, from_high = qmin - low / scale, qmax - high / scale
    low_error, high_error = abs(qmin) - abs(low / scale), abs(qmax) - abs(high / scale)
    initial = from_low if low_error < high_error else from_high
    zero_point = qmin if initial < qmin else qmax if initial > qmax else int(np.rint(initial))
    return scale, zero_point


class DynamicQuantizedLinear(Module):
    """``torch.ao.nn.quantized.dynamic.Linear``: a qint8 weight and a float bias, no parameters."""

    _version = 4

    def __init__(self, in_features: int, out_features: int, weight: QuantizedTensor, bias: Tensor | None) -> None:
        super().__init__()
        self.in_features, self.out_features = in_features, out_features
        self.scale, self.zero_point = 1.0, 0
        self.__dict__["_quantized"] = (weight, bias)  # kept out of parameters(), as PyTorch's packed params

    @classmethod
    def from_float(cls, mod: Module) -> "DynamicQuantizedLinear":
        w = mod.weight.detach()._data.astype(np.float32)
        largest = max(-min(float(w.min()), 0.0), max(float(w.max()), 0.0))
        scale = max(np.float32(largest) / np.float32(127.5), np.float32(np.finfo(np.float32).eps))
        weight = quantize_per_tensor(make(w, dtypes.float32), float(scale), 0, dtypes.qint8)
        return cls(mod.in_features, mod.out_features, weight, mod.bias)

    def weight(self) -> QuantizedTensor:
        return self._quantized[0]

    def bias(self) -> Tensor | None:
        return self._quantized[1]

    def _get_name(self) -> str:
        return "DynamicQuantizedLinear"

    def extra_repr(self) -> str:
        return (f"in_features={self.in_features}, out_features={self.out_features}, dtype=torch.qint8, "
                "qscheme=torch.per_tensor_affine")

    def forward(self, x: Tensor) -> Tensor:
        if x.dtype is not dtypes.float32 or x.shape[-1] != self.in_features:
            if x.dtype is dtypes.float32:
                raise RuntimeError(f"The number of rows in the packB should be equal to K: {x.shape[-1]}")
            raise missing.not_in_engine(f"a dynamically quantized Linear on a {x.dtype} input")
        if x._requires_grad and _State.enabled:
            raise missing.not_in_engine("a dynamically quantized Linear on an input that requires grad")
        weight, bias = self._quantized
        rows = x._data.reshape(-1, self.in_features)
        scale, zero_point = choose_qparams(float(rows.min()), float(rows.max()), 0, 127) if rows.size else (1.0, 0)
        inverse = np.float32(1.0) / np.float32(scale)
        qx = np.clip(np.rint((rows.astype(np.float64) * np.float64(inverse) + zero_point).astype(np.float32)), 0, 255)
        qw = weight._data.astype(np.int64)
        acc = qx.astype(np.int64) @ qw.T - zero_point * qw.sum(axis=1)
        multiplier = np.float32(scale) * np.float32(weight._scale)
        shift = bias._data.astype(np.float64) if bias is not None else 0.0
        out = (acc.astype(np.float32).astype(np.float64) * np.float64(multiplier) + shift).astype(np.float32)
        return make(out.reshape(*x.shape[:-1], self.out_features), dtypes.float32)

    def _save_to_state_dict(self, destination: dict, prefix: str, keep_vars: bool) -> None:
        raise missing.not_in_engine("state_dict() of a dynamically quantized Linear (its packed parameters)")

    def _apply(self, fn: Any, *args: Any, **kwargs: Any) -> "DynamicQuantizedLinear":
        return self  # no parameters or buffers of its own: .to(), .float() leave it


DynamicQuantizedLinear.__module__ = "torch.ao.nn.quantized.dynamic.modules.linear"
DynamicQuantizedLinear.__name__ = DynamicQuantizedLinear.__qualname__ = "Linear"

"""``torch.fake_quantize_per_tensor_affine`` and ``torch.fake_quantize_per_channel_affine``: quantize
and dequantize in one step, as quantization-aware training simulates integer weights.

Each element becomes ``(clamp(rint(x * (1 / scale)) + zero_point, quant_min, quant_max) - zero_point) * scale``.
As ATen's CPU kernels compute it: ``scale`` is taken as a float32 and ``1 / scale`` in float32; the
product with the input is in the input's type (float32 for the half types), rounded half to even, and
the zero point added in that type; the clamp (NaN goes to ``quant_min``, as C's ``fmax`` drops it) is
in double and the product with ``scale`` is rounded to float32 (for float64 inputs too), then to the
input's type. A float zero point (per channel only) is added before rounding, and the product is not
rounded to float32 first. The gradient passes
unchanged where the rounded value was inside ``[quant_min, quant_max]`` and is zero elsewhere (the
``mask`` the node saves): the straight-through estimator.
"""
from __future__ import annotations

from typing import Union

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, make, norm_dim
from autograd_tui.engine.grad_mode import _State, is_grad_enabled
from autograd_tui.engine.record import record
from autograd_tui.engine.functions._common import _R

_FLOAT_TYPES = ("float32", "float64", "float16", "bfloat16")
_RANGE = "`quant_min` should be less than or         equal to `quant_max`."
_ZERO_POINT_RANGE = "`zero_point` must be between `quant_min` and `quant_max`."


def _check_input(input: Tensor, kernel: str) -> None:
    if input.dtype.name not in _FLOAT_TYPES:
        raise NotImplementedError(f'"{kernel}" not implemented for \'{dtypes._SCALAR_NAME[input.dtype.name]}\'')


def _quantize(x: np.ndarray, dtype: dtypes.dtype, scale: np.ndarray, zero_point: np.ndarray,
              quant_min: int, quant_max: int) -> tuple[np.ndarray, np.ndarray]:
    """The output values (in the input's numpy type) and the mask; ``scale`` and ``zero_point``
    broadcast against ``x`` (one value, or one per channel)."""
    work = np.float64 if dtype.name == "float64" else np.float32
    scale32 = scale.astype(np.float32)
    inverse = (np.float32(1.0) / scale32).astype(work)
    with np.errstate(all="ignore"):
        if zero_point.dtype.kind == "f":  # a float zero point (per channel) is added before rounding
            rounded = np.rint(x.astype(work) * inverse + zero_point.astype(work))
        else:
            rounded = np.rint(x.astype(work) * inverse) + zero_point.astype(work)
        clamped = np.fmin(np.fmax(rounded.astype(np.float64), float(quant_min)), float(quant_max))
        out = (clamped - zero_point.astype(np.float64)) * scale32.astype(np.float64)
    mask = (rounded >= quant_min) & (rounded <= quant_max)
    if zero_point.dtype.kind != "f":  # the integer zero point's kernel rounds the product to float32 first
        out = out.astype(np.float32)
    return out.astype(dtype.np), mask


def _result(input: Tensor, values: np.ndarray, mask: np.ndarray, rule: str) -> Tensor:
    out = make(values, input.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(_R[rule], (input,), out, {"mask": make(mask, dtypes.bool_)})
    return out


def _refuse_gradient_for(function: str, **params: Tensor) -> None:
    """The quantization parameters get no gradient: PyTorch refuses them when they require one."""
    if not is_grad_enabled():
        return
    for name, value in params.items():
        if value.requires_grad:
            raise RuntimeError(f"The function '{function}' is not differentiable with respect to argument '{name}'. "
                               "This input cannot have requires_grad True.")


def _number(value: Tensor) -> float:
    if value.numel() != 1:
        raise RuntimeError(f"a Tensor with {value.numel()} elements cannot be converted to Scalar")
    return value.item()


def fake_quantize_per_tensor_affine(input: Tensor, scale: Union[Tensor, float], zero_point: Union[Tensor, int],
                                    quant_min: int, quant_max: int) -> Tensor:
    if quant_min > quant_max:
        raise RuntimeError(_RANGE)
    scale_value: float
    zero_value: int
    if isinstance(scale, Tensor) and isinstance(zero_point, Tensor):
        # the overload that takes the quantization parameters as tensors: no range check of the zero point
        _refuse_gradient_for("_fake_quantize_per_tensor_affine_cachemask_tensor_qparams", scale=scale,
                             zero_point=zero_point)
        scale_value, zero_value = _number(scale), int(_number(zero_point))
        rule = "fake_quantize_per_tensor_affine_tensor_qparams"
    else:
        scale_value, zero_value = float(scale), int(zero_point)
        if not quant_min <= zero_value <= quant_max:
            raise RuntimeError(_ZERO_POINT_RANGE)
        rule = "fake_quantize_per_tensor_affine"
    _check_input(input, "fake_quantize_tensor_cachemask_kernel_type_handling")
    values, mask = _quantize(input._data, input.dtype, np.asarray(scale_value), np.asarray(zero_value, np.int64),
                             quant_min, quant_max)
    return _result(input, values, mask, rule)


def fake_quantize_per_channel_affine(input: Tensor, scale: Tensor, zero_point: Tensor, axis: int,
                                     quant_min: int, quant_max: int) -> Tensor:
    if scale.dtype.name not in ("float32", "bfloat16"):
        raise RuntimeError(f"Scale must be Float or BFloat16, found {dtypes._SCALAR_NAME[scale.dtype.name]}")
    if zero_point.dtype.name not in ("int32", "float32", "float16"):
        raise RuntimeError("Zero-point must be Int32, Float or Half, found "
                           f"{dtypes._SCALAR_NAME[zero_point.dtype.name]}")
    if scale.dim() != 1:
        raise RuntimeError("scale should be a 1-D tensor")
    if zero_point.dim() != 1:
        raise RuntimeError("zero point should be a 1-D tensor")
    if scale.numel() != zero_point.numel():
        raise RuntimeError("scale and zero-point need to have the same dimensions")
    if scale.numel() != input.shape[norm_dim(axis, input.dim())]:
        raise RuntimeError("dimensions of scale and zero-point are not consistent with input tensor")
    if quant_min > quant_max:
        raise RuntimeError(_RANGE)
    zeros = zero_point._data
    if zeros.size and not (int(zeros.min()) >= quant_min and int(zeros.max()) <= quant_max):
        raise RuntimeError(_ZERO_POINT_RANGE)
    if not 0 <= axis <= input.dim():
        raise RuntimeError("`axis` must be between 0 and number of dimensions of input")
    _check_input(input, "fake_quantize_channel_cachemask_cpu_type_handling")
    _refuse_gradient_for("fake_quantize_per_channel_affine_cachemask", scale=scale, zero_point=zero_point)
    along = (-1,) + (1,) * (input.dim() - 1 - axis)
    values, mask = _quantize(input._data, input.dtype, scale._data.reshape(along), zeros.reshape(along),
                             quant_min, quant_max)
    return _result(input, values, mask, "fake_quantize_per_channel_affine")


__all__ = ["fake_quantize_per_tensor_affine", "fake_quantize_per_channel_affine"]

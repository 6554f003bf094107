"""The activation functions of ``torch.nn.functional`` beyond ReLU, sigmoid and tanh.

Each forward computes with numpy in the input's dtype, the way PyTorch's CPU kernel does where
that is known to give its exact bits (SiLU, the hard* family, ELU's positive side), and
records the node PyTorch shows through the "Activations" entries of ``derivatives.py``, whose
gradient formulas call the helpers at the bottom of this file.
"""
from __future__ import annotations

import math
import warnings
from typing import Callable

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, _user_stacklevel, make
from autograd_tui.engine.functions.special import erf_array
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.parity import aten_erf, blas, float32_math, libm, onednn_gelu, sleef32, sleef64
from autograd_tui.engine.parity.rounding import VECTOR_LANES
from autograd_tui.engine.record import RULES, record, record_backward_op

__all__ = ["gelu", "silu", "elu", "celu", "selu", "mish", "rrelu", "hardtanh", "relu6", "hardsigmoid",
           "hardswish", "logsigmoid", "softsign", "tanhshrink", "softshrink", "hardshrink",
           "threshold", "glu", "prelu", "softmin"]

SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946
_SQRT_HALF = math.sqrt(0.5)
_SQRT_2_OVER_PI = math.sqrt(2.0 / math.pi)


# For complex input PyTorch has silu, unfold and fold (the engine not yet), and names other kernels.
_COMPLEX_KERNELS = {"silu_cpu": None, "im2col_out_cpu": None, "col2im_out_cpu": None,
                    "log_sigmoid_forward_cpu": "log_sigmoid_cpu", "rrelu_with_noise_out_cpu": "leaky_relu_cpu"}


def _floating(input: Tensor, kernel: str) -> None:
    if not input.dtype.is_floating_point:
        if input.dtype.is_complex and kernel in _COMPLEX_KERNELS:
            renamed = _COMPLEX_KERNELS[kernel]
            if renamed is None:
                raise NotImplementedError(f"{kernel[:-4].replace('_out', '')} of complex tensors is not available "
                                          "in the embedded engine yet; `--backend torch` runs it")
            kernel = renamed
        raise NotImplementedError(f'"{kernel}" not implemented for \'{input.dtype.legacy_name[:-6]}\'')


def in_input_layout(data: np.ndarray, x: np.ndarray) -> np.ndarray:
    """``data`` (an elementwise result of ``x``) in ``x``'s memory order: ATen's loop writes a new
    result so (channels_last stays channels_last, a transposed input gives a transposed result),
    while the kernels computed by masks here return C order."""
    if x.flags.c_contiguous or not data.flags.c_contiguous or data.ndim < 2:
        return data
    laid = np.empty_like(x, dtype=data.dtype, order="K")
    if laid.strides == data.strides:
        return data
    laid[...] = data
    return laid


def _unary(rule: str, input: Tensor, values: Callable[[np.ndarray], np.ndarray], attrs: dict,
           inplace: bool = False, inplace_rule: str | None = None, keep_layout: bool = True) -> Tensor:
    """``values`` applied to the input's array, recorded as ``rule`` (or, in place, ``inplace_rule``);
    the result in the input's memory order unless ``keep_layout`` is False (C order)."""
    def compute(x: Tensor) -> Tensor:
        with np.errstate(all="ignore"):
            # ATen computes float16 in float32 and rounds once (as bfloat16, held as float32 here)
            arg = x._data.astype(np.float32) if x._data.dtype == np.float16 else x._data
            data = np.asarray(values(arg), dtype=x.dtype.np)
        if keep_layout:
            data = in_input_layout(data, x._data)
        elif not data.flags.c_contiguous:
            data = np.copy(data, order="C")
        out = make(data, x.dtype)
        name = inplace_rule if inplace and inplace_rule else rule
        return record(RULES[name], (x,), out, attrs) if (_State.enabled or _State.dual_level
                                                         or _State.vmap_randomness) else out
    return _F._inplace(input, compute) if inplace else compute(input)


# ---------------------------------------------------------------------------------------------
# Forward functions
# ---------------------------------------------------------------------------------------------

def gelu(input: Tensor, approximate: str = "none") -> Tensor:
    if not isinstance(approximate, str):
        raise TypeError(f"gelu(): argument 'approximate' must be str, not {_F._type_name(approximate)}")
    if approximate not in ("none", "tanh"):
        raise RuntimeError("approximate argument must be either none or tanh.")
    _floating(input, "GeluKernelImpl")
    is_half = input.dtype is dtypes.float16  # computed in float32 by ATen's kernel, never oneDNN's

    def values(x: np.ndarray) -> np.ndarray:
        if (approximate == "none" and x.dtype == np.float32 and x.size > 1 and x.flags.c_contiguous
                and VECTOR_LANES == 16 and not is_half):
            return onednn_gelu.gelu(x)  # PyTorch hands this case to oneDNN (parity/onednn_gelu.py)
        if approximate == "tanh" and x.dtype == np.float32 and VECTOR_LANES:
            return _vector_or_scalar_values(x, _gelu_tanh_form, sleef32.tanhf, _c_function("tanh"))
        if x.dtype == np.float32 and VECTOR_LANES:
            # ATen's own kernel (a strided or one-element input): its vector erf, the C library's
            # erff on the rest of each run
            return _vector_or_scalar_values(x, _gelu_erf_form, aten_erf.vector_erf, _c_erff)
        x64 = x.astype(np.float64)
        if approximate == "tanh":
            return 0.5 * x64 * (1.0 + np.tanh(_SQRT_2_OVER_PI * (x64 + 0.044715 * x64 ** 3)))
        half = x * x.dtype.type(0.5)
        return half * (x.dtype.type(1) + erf_array(x * x.dtype.type(_SQRT_HALF)).astype(x.dtype))
    return _unary("gelu", input, values, {"approximate": approximate})


_GELU_BETA = np.float32(_SQRT_2_OVER_PI)
_GELU_KAPPA = np.float32(0.044715)


def _c_erff(v: np.ndarray) -> np.ndarray:
    """The C library's erff per element (ATen's scalar form); erf rounded once without it."""
    values = libm.c_unary("erf", v)
    return values if values is not None else erf_array(v).astype(np.float32)


def _gelu_erf_form(x: np.ndarray, erff: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """ATen's float kernel: x * 0.5 * (1 + erf(x * sqrt(1/2))), each step a float operation."""
    return (x * np.float32(0.5)) * (_ONE32 + erff(x * np.float32(_SQRT_HALF)))


def _gelu_tanh_form(x: np.ndarray, tanhf: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """ATen's float kernel: 0.5 * x * (1 + tanh(beta * (x + kappa * x**3))), each step a float
    operation, x + kappa * x**3 one fused multiply-add (in both its vector and scalar forms)."""
    inner = _GELU_BETA * float32_math.fma(_GELU_KAPPA, (x * x) * x, x)
    return (np.float32(0.5) * x) * (np.float32(1) + tanhf(inner))


def _silu_values(x: np.ndarray) -> np.ndarray:
    if x.dtype == np.float32 and VECTOR_LANES:
        # ATen's kernel x / (1 + exp(-x)): SLEEF's expf on whole vector blocks, the C library's
        # on the rest, exactly as for sigmoid
        one = np.float32(1)
        mask = float32_math.vector_path_mask(x, num_threads=blas.get_threads(), lanes=VECTOR_LANES)
        out = np.empty(x.shape, np.float32)
        out[mask] = x[mask] / (one + float32_math.sleef_expf(-x[mask]))
        out[~mask] = x[~mask] / (one + float32_math.glibc_expf(-x[~mask]))
        return out
    if x.dtype == np.float64 and VECTOR_LANES and x.size:
        # the same loop in double: SLEEF's exp on whole vector blocks (of half as many lanes), the
        # C library's (correctly rounded in practice) on the rest
        mask = float32_math.vector_path_mask(x, num_threads=blas.get_threads(), lanes=VECTOR_LANES // 2)
        return x / (1 + sleef64.exp_vector_or_scalar(-x, mask))
    return x / (1 + np.exp(-x))


def silu(input: Tensor, inplace: bool = False) -> Tensor:
    _floating(input, "silu_cpu")
    return _unary("silu", input, _silu_values, {}, inplace)


def leaky_relu(input: Tensor, negative_slope: float = 0.01, inplace: bool = False) -> Tensor:
    _F.check_number(negative_slope, "leaky_relu_" if inplace else "leaky_relu", "negative_slope", 2)
    _floating(input, "leaky_relu_cpu")
    def values(x: np.ndarray) -> np.ndarray:
        return np.where(x > 0, x, x * np.asarray(negative_slope, x.dtype))
    # in place, PyTorch's node saves the result (LeakyReluBackward1)
    return _unary("leaky_relu", input, values, {"negative_slope": negative_slope}, inplace, "leaky_relu_result")


def leaky_relu_(input: Tensor, negative_slope: float = 0.01) -> Tensor:
    return leaky_relu(input, negative_slope, inplace=True)


def _elu(input: Tensor, alpha: float, scale: float, input_scale: float, inplace: bool, rule: str) -> Tensor:
    _floating(input, "elu_cpu")

    def values(x: np.ndarray) -> np.ndarray:
        t = x.dtype.type
        # ATen's kernel: expm1(x * input_scale) * (alpha * scale), each factor in the dtype
        negcoef, in_scale = t(alpha) * t(scale), t(input_scale)
        if x.dtype == np.float32 and VECTOR_LANES:
            # SLEEF's expm1f on vector blocks, the C library's on the rest of each run
            return _vector_or_scalar_values(
                x, lambda v, expm1f: np.where(v > 0, v * t(scale), expm1f(v * in_scale) * negcoef),
                sleef32.expm1f, _c_function("expm1"))
        negative = np.expm1((x * in_scale).astype(np.float64)).astype(x.dtype) * negcoef
        return np.where(x > 0, x * t(scale), negative)
    # what PyTorch's nodes save: CELU only its alpha; ELU and SELU the scales as given (ints when 1)
    attrs = {"alpha": alpha} if rule == "celu" else {"alpha": alpha, "scale": scale, "input_scale": input_scale}
    return _unary(rule, input, values, attrs, inplace, rule + "_result")  # in place: from the output


def elu(input: Tensor, alpha: float = 1.0, inplace: bool = False) -> Tensor:
    _F.check_number(alpha, "elu_" if inplace else "elu", "alpha", 2)
    return _elu(input, alpha, 1, 1, inplace, "elu")


def selu(input: Tensor, inplace: bool = False) -> Tensor:
    return _elu(input, SELU_ALPHA, SELU_SCALE, 1, inplace, "elu")


def selu_(input: Tensor) -> Tensor:
    return selu(input, inplace=True)


def celu_(input: Tensor, alpha: float = 1.0) -> Tensor:
    return celu(input, alpha, inplace=True)


def celu(input: Tensor, alpha: float = 1.0, inplace: bool = False) -> Tensor:
    _F.check_number(alpha, "celu_" if inplace else "celu", "alpha", 2)
    if alpha == 0:
        raise RuntimeError("ZeroDivisionError")
    return _elu(input, alpha, 1.0, 1.0 / alpha, inplace, "celu")


def mish(input: Tensor, inplace: bool = False) -> Tensor:
    _floating(input, "mish_cpu")

    def values(x: np.ndarray) -> np.ndarray:
        if x.dtype == np.float32 and VECTOR_LANES:
            # ATen's kernel x * tanh(log1p(exp(x))), no threshold: SLEEF's functions on vector
            # blocks, the C library's on the rest of each run
            return _vector_or_scalar_values(
                x, lambda v, expf, log1pf, tanhf: v * tanhf(log1pf(expf(v))),
                float32_math.sleef_expf, sleef32.log1pf, sleef32.tanhf,
                float32_math.glibc_expf, _c_log1pf, _c_function("tanh"))
        x64 = x.astype(np.float64)
        return x64 * np.tanh(np.logaddexp(0.0, x64))
    return _unary("mish", input, values, {}, inplace)


def rrelu(input: Tensor, lower: float = 1.0 / 8, upper: float = 1.0 / 3, training: bool = False,
          inplace: bool = False) -> Tensor:
    return _rrelu(input, lower, upper, training, inplace, None)


def _rrelu(input: Tensor, lower: float, upper: float, training: bool, inplace: bool, generator) -> Tensor:
    """Randomized leaky ReLU. In training each non-positive element draws its own slope from
    U(lower, upper) (ATen's loop: one double draw per such element, in memory order), else the
    slope is their mean."""
    _F.check_numbers("rrelu_" if inplace else "rrelu", lower=lower, upper=upper)
    _floating(input, "rrelu_with_noise_out_cpu")

    def compute(x: Tensor) -> Tensor:
        data = x._data
        noise = np.zeros(data.shape, data.dtype)  # PyTorch leaves it unwritten out of training
        if training:
            r = _F._generator(generator).uniform_doubles(int(np.count_nonzero(data <= 0)), lower, upper)
            flat = np.ascontiguousarray(data).reshape(-1)
            noise_flat = np.ones(flat.shape, data.dtype)
            noise_flat[flat <= 0] = r.astype(data.dtype)
            noise = noise_flat.reshape(data.shape)
            with np.errstate(all="ignore"):
                values = np.where(data <= 0, data * noise, data).astype(data.dtype)
        else:
            slope = (lower + upper) / 2
            values = np.where(data > 0, data, data * np.asarray(slope, data.dtype))
        # out of place ATen's rrelu writes a fresh C-order result whatever the input's layout
        out = make(np.array(values, dtype=data.dtype, order="C"), x.dtype)
        name = "rrelu_with_noise_result" if inplace else "rrelu_with_noise"
        if _State.enabled or _State.dual_level or _State.vmap_randomness:
            return record(RULES[name], (x,), out, {"noise": make(noise, x.dtype), "lower": lower, "upper": upper,
                                                   "training": training})
        return out
    return _F._inplace(input, compute) if inplace else compute(input)


def rrelu_(input: Tensor, lower: float = 1.0 / 8, upper: float = 1.0 / 3, training: bool = False,
           generator=None) -> Tensor:
    """F.rrelu_ is ATen's torch.rrelu_, which takes a generator; F.rrelu (Python) does not."""
    return _rrelu(input, lower, upper, training, True, generator)


def rrelu_grad(grad: Tensor, self: Tensor, noise: Tensor, lower: float, upper: float, training: bool) -> Tensor:
    """rrelu_with_noise_backward: ``grad * noise`` after a training draw, else leaky_relu's
    backward with the mean slope."""
    def compute() -> Tensor:
        if training and upper - lower > 1e-6:
            return grad * noise
        return _F.where(self > 0, grad, grad * ((lower + upper) / 2))
    return record_backward_op("rrelu_with_noise_backward", (grad, self),
                              {"noise": noise, "lower": lower, "upper": upper, "training": training}, compute)


def hardtanh(input: Tensor, min_val: float = -1.0, max_val: float = 1.0, inplace: bool = False) -> Tensor:
    if input.dtype == dtypes.bool_:
        raise RuntimeError("Bool inputs not supported for hardtanh")
    if min_val > max_val:
        raise ValueError("min_val cannot be greater than max_val")

    def values(x: np.ndarray) -> np.ndarray:
        if x.dtype.kind in "iu":
            lo, hi = int(min_val), int(max_val)
        else:
            lo, hi = x.dtype.type(min_val), x.dtype.type(max_val)
        return np.minimum(np.maximum(x, lo), hi)
    return _unary("hardtanh", input, values, {"min_val": min_val, "max_val": max_val}, inplace)


def relu6(input: Tensor, inplace: bool = False) -> Tensor:
    return hardtanh(input, 0.0, 6.0, inplace)


def hardsigmoid(input: Tensor, inplace: bool = False) -> Tensor:
    _floating(input, "hardsigmoid_cpu")

    def values(x: np.ndarray) -> np.ndarray:
        t = x.dtype.type
        return np.minimum(np.maximum(x + t(3), t(0)), t(6)) / t(6)
    return _unary("hardsigmoid", input, values, {}, inplace)


def hardswish(input: Tensor, inplace: bool = False) -> Tensor:
    _floating(input, "hardswish_cpu")

    def values(x: np.ndarray) -> np.ndarray:
        t = x.dtype.type
        return x * np.minimum(np.maximum(x + t(3), t(0)), t(6)) / t(6)
    return _unary("hardswish", input, values, {}, inplace)


def logsigmoid(input: Tensor) -> Tensor:
    _floating(input, "log_sigmoid_cpu")
    return _unary("logsigmoid", input, logsigmoid_values, {}, keep_layout=False)  # ATen's buffer kernel: C order


def logsigmoid_values(x: np.ndarray) -> np.ndarray:
    """ATen's min(x, 0) - log1p(exp(-|x|)), with exp(-|x|) in the tensor's precision: in float32
    it underflows to 0 for x > 103, which makes logsigmoid(120.) +0. (a float64 log would give -0.)."""
    if x.dtype == np.float32 and VECTOR_LANES:
        # ATen's kernel runs its vector form on every element (the tail as a partial vector):
        # min(x, 0) - log1p(z), z = exp(-|x|), both SLEEF's
        z = _exp_neg_abs(x)
        return np.minimum(x, np.float32(0)) - sleef32.log1pf(z)
    small = np.exp(-np.abs(x.astype(np.float64))).astype(x.dtype)
    return np.minimum(x, x.dtype.type(0)).astype(np.float64) - np.log1p(small.astype(np.float64))


def _exp_neg_abs(x: np.ndarray) -> np.ndarray:
    """exp(-|x|) of a float32 array as ATen's log_sigmoid kernel takes it (its saved buffer):
    SLEEF's expf for every element, a short tail included (measured on sizes 1..40)."""
    with np.errstate(over="ignore", invalid="ignore"):
        return np.asarray(float32_math.sleef_expf(-np.abs(x)), np.float32)


def softsign(input: Tensor) -> Tensor:
    return input / (input.abs() + 1)


def tanhshrink(input: Tensor) -> Tensor:
    return input - input.tanh()


def softshrink(input: Tensor, lambd: float = 0.5) -> Tensor:
    _F.check_number(lambd, "softshrink", "lambd", 2)
    if lambd < 0:
        raise RuntimeError(f"lambda must be greater or equal to 0, but found to be {lambd}.")

    def values(x: np.ndarray) -> np.ndarray:
        t = x.dtype.type
        # The middle is 0 where ATen's kernel runs a whole vector (one vector a block here, not
        # two) and x * 0 on the scalar rest: -0.0 for a negative x there. NaN stays NaN.
        middle = x * t(0)
        if VECTOR_LANES and x.dtype in (np.float32, np.float64) and x.size:
            floats_per_vector = VECTOR_LANES if x.dtype == np.float32 else VECTOR_LANES // 2
            vector = float32_math.vector_path_mask(x, num_threads=blas.get_threads(), lanes=floats_per_vector // 2)
            middle = np.where(vector & (middle == 0), t(0), middle)
        return np.where(x > t(lambd), x - t(lambd), np.where(x < t(-lambd), x + t(lambd), middle))
    return _unary("softshrink", input, values, {"lambd": lambd})


def hardshrink(input: Tensor, lambd: float = 0.5) -> Tensor:
    _F.check_number(lambd, "hardshrink", "lambd", 2)

    def values(x: np.ndarray) -> np.ndarray:
        return np.where((x >= -lambd) & (x <= lambd), x.dtype.type(0), x)
    return _unary("hardshrink", input, values, {"lambd": lambd})


def threshold(input: Tensor, threshold: float, value: float, inplace: bool = False) -> Tensor:
    _F.check_numbers("threshold_" if inplace else "threshold", threshold=threshold, value=value)

    def values(x: np.ndarray) -> np.ndarray:
        return np.where(x <= threshold, x.dtype.type(value), x)
    return _unary("threshold", input, values, {"threshold": threshold}, inplace, "threshold_")


_threshold = threshold  # (the in-place form's own argument is named threshold too)


def threshold_(input: Tensor, threshold: float, value: float) -> Tensor:
    return _threshold(input, threshold, value, inplace=True)


def _glu_values(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """ATen's kernel a * (1 / (1 + exp(-b))) over the two halves (views, whose layout decides
    which elements its loop takes in whole vectors): SLEEF's exp there, the C library's on the
    rest, every step rounded in the input's type."""
    if a.dtype in (np.float32, np.float64) and VECTOR_LANES and a.size:
        lanes = VECTOR_LANES if a.dtype == np.float32 else VECTOR_LANES // 2
        vector = float32_math.vector_path_mask(a, b, num_threads=blas.get_threads(), lanes=lanes)
        if a.dtype == np.float32:
            e = np.empty(a.shape, np.float32)
            e[vector] = float32_math.sleef_expf(-b[vector])
            e[~vector] = float32_math.glibc_expf(-b[~vector])
        else:
            e = sleef64.exp_vector_or_scalar(-b, vector)
        one = a.dtype.type(1)
        return in_input_layout(a * (one / (one + e)), a)
    sig = 1 / (1 + np.exp(-b.astype(np.float64)))
    return (a * sig.astype(a.dtype)).astype(a.dtype)


def glu(input: Tensor, dim: int = -1) -> Tensor:
    if dim.__class__ is not int:
        dim = _F.index_dim(dim)
    if input.ndim == 0:
        raise RuntimeError("glu does not support scalars because halving size must be even")
    d = _F.norm_dim(dim, input.ndim)
    if input.shape[d] % 2:
        raise RuntimeError(f"Halving dimension must be even, but dimension {d} is size {input.shape[d]}")
    half = input.shape[d] // 2
    a = input._data[(slice(None),) * d + (slice(0, half),)]
    b = input._data[(slice(None),) * d + (slice(half, 2 * half),)]
    with np.errstate(all="ignore"):
        data = _glu_values(a, b)
    out = make(data, input.dtype)
    return record(RULES["glu"], (input,), out, {"dim": d}) if (_State.enabled or _State.dual_level
                                                               or _State.vmap_randomness) else out


def prelu(input: Tensor, weight: Tensor) -> Tensor:
    if input.dtype is not weight.dtype:  # checked before the kernel's dtype: an int input beside a float weight
        raise RuntimeError(f"prelu: Type promoting not supported. Got {_F._scalar_type_name(input.dtype)} and "
                           f"{_F._scalar_type_name(weight.dtype)}")
    _floating(input, "prelu_cpu")
    if weight.numel() != 1:
        if input.ndim == 0:
            raise RuntimeError("Not allow zero-dim input tensor.")
        channels = input.shape[1] if input.ndim >= 2 else 1
        if weight.numel() != channels:
            raise RuntimeError(f"Mismatch of parameter numbers and input channel size. Found parameter "
                               f"numbers = {weight.numel()} and channel size = {channels}.")
    w = _channel_weight(weight._data, input.ndim, weight.numel())
    data = np.where(input._data > 0, input._data, input._data * w).astype(input.dtype.np)
    out = make(data, input.dtype)
    return record(RULES["prelu"], (input, weight), out) if (_State.enabled or _State.dual_level
                                                            or _State.vmap_randomness) else out


def softmin(input: Tensor, dim: int | None = None, _stacklevel: int = 3, dtype=None) -> Tensor:
    if dim is None:
        dim = _F.implicit_softmax_dim("softmin", input.ndim, _stacklevel)
    try:
        return _F.softmax(-input, dim, dtype=dtype)
    except _F.ArgumentTypeError:
        raise _F.refused("softmax", (input, dim), {} if dtype is None else {"dtype": dtype}, method=True) from None


def gumbel_softmax(logits: Tensor, tau: float = 1, hard: bool = False, eps: float = 1e-10, dim: int = -1) -> Tensor:
    """A softmax over ``(logits + g) / tau``, g Gumbel noise drawn as ``-log(Exponential(1))`` (the
    same draws as PyTorch's). ``hard=True`` returns the one-hot argmax with the soft sample's
    gradient: ``y_hard - y_soft.detach() + y_soft``."""
    if eps != 1e-10:
        warnings.warn("`eps` parameter is deprecated and has no effect.", UserWarning, stacklevel=_user_stacklevel())
    gumbels = -_F.empty_like(logits).exponential_().log()
    y_soft = ((logits + gumbels) / tau).softmax(dim)
    if not hard:
        return y_soft
    index = y_soft.max(dim, keepdim=True)[1]
    y_hard = _F.zeros_like(logits).scatter_(dim, index, 1.0)
    return y_hard - y_soft.detach() + y_soft


# ---------------------------------------------------------------------------------------------
# Gradient helpers (the formulas of derivatives.py), in tensor ops
# ---------------------------------------------------------------------------------------------

def _channel_weight(w: np.ndarray, ndim: int, count: int) -> np.ndarray:
    """PReLU's weight shaped to broadcast over dim 1 (or a single number)."""
    if count == 1 or ndim < 2:
        return w.reshape(()) if count == 1 else w
    return w.reshape((1, count) + (1,) * (ndim - 2))


def gelu_grad(grad: Tensor, self: Tensor, approximate: str) -> Tensor:
    return record_backward_op("gelu_backward", (grad, self), {"approximate": approximate},
                              lambda: _gelu_grad(grad, self, approximate))


def _gelu_grad(grad: Tensor, self: Tensor, approximate: str) -> Tensor:
    x = self._data
    if (approximate == "none" and _kernel_on_arrays(grad, self) and x.size > 1 and x.flags.c_contiguous
            and VECTOR_LANES == 16):
        # the forward's oneDNN kernel has its own backward (parity/onednn_gelu.py)
        return make((grad._data * onednn_gelu.gelu_derivative(x)).astype(np.float32), self.dtype)
    if approximate == "tanh" and _kernel_on_arrays(grad, self):
        return _vector_or_scalar(self, grad, _gelu_tanh_grad_form, (sleef32.tanhf,), (_c_function("tanh"),))
    if _kernel_on_arrays(grad, self):
        return _vector_or_scalar(self, grad, _gelu_erf_grad_form,
                                 (aten_erf.vector_erf, float32_math.sleef_expf, float32_math.fma),
                                 (_c_erff, float32_math.glibc_expf, _product_then_sum))
    if approximate == "tanh":
        inner = (self + self * self * self * 0.044715) * _SQRT_2_OVER_PI
        t = _F.tanh(inner)
        d_inner = (self * self * (3 * 0.044715) + 1) * _SQRT_2_OVER_PI
        return grad * ((t + 1) * 0.5 + self * 0.5 * (1 - t * t) * d_inner)
    cdf = (_F.erf(self * _SQRT_HALF) + 1) * 0.5
    pdf = _F.exp(self * self * -0.5) * (1 / math.sqrt(2 * math.pi))
    return grad * (cdf + self * pdf)


_GELU_PDF_SCALE = np.float32(2 / math.sqrt(math.pi) * _SQRT_HALF * 0.5)  # 1 / sqrt(2 pi)


def _product_then_sum(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    return a * b + c


def _gelu_erf_grad_form(x: np.ndarray, dy: np.ndarray, erff: Callable[[np.ndarray], np.ndarray],
                        expf: Callable[[np.ndarray], np.ndarray],
                        multiply_add: Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]) -> np.ndarray:
    """ATen's float kernel: dy * (cdf + x * pdf) with cdf = 0.5 * (1 + erf(x * sqrt(1/2))) and
    pdf = (1 / sqrt(2 pi)) * exp(x * x * -0.5), each step a float operation but cdf + x * pdf,
    one fused multiply-add in the vector form and two roundings in the scalar one (measured)."""
    half = np.float32(0.5)
    cdf = half * (_ONE32 + erff(x * np.float32(_SQRT_HALF)))
    pdf = _GELU_PDF_SCALE * expf((x * x) * np.float32(-0.5))
    return dy * multiply_add(x, pdf, cdf)


_GELU_3_KAPPA = np.float32(3) * _GELU_KAPPA


def _gelu_tanh_grad_form(x: np.ndarray, dy: np.ndarray, tanhf: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """ATen's float kernel: with t = tanh(inner) as in the forward, dy * (0.5 (1 + t)
    + ((0.5 x) (1 - t*t)) (beta (1 + 3 kappa x*x))), 1 - t*t and 1 + 3 kappa x*x each one fused
    multiply-add, the last addition not fused (measured)."""
    half = np.float32(0.5)
    x_sq = x * x
    t = tanhf(_GELU_BETA * float32_math.fma(_GELU_KAPPA, x_sq * x, x))
    tanh_derivative = float32_math.fma(-t, t, np.full(x.shape, _ONE32))
    inner_derivative = _GELU_BETA * float32_math.fma(_GELU_3_KAPPA, x_sq, np.full(x.shape, _ONE32))
    return dy * (half * (_ONE32 + t) + ((half * x) * tanh_derivative) * inner_derivative)


def _kernel_on_arrays(grad: Tensor, self: Tensor) -> bool:
    """Whether a float32 gradient may follow ATen's kernel on plain arrays: no graph to record
    (create_graph needs the differentiable composite below), float32 operands, a machine whose
    vector width we know (the vector and scalar forms round differently)."""
    return (not _State.enabled and self._data.dtype == np.float32 and grad.dtype is self.dtype
            and bool(VECTOR_LANES))


def _vector_or_scalar(self: Tensor, grad: Tensor, form: Callable[..., np.ndarray],
                      vector: tuple = (float32_math.sleef_expf,),
                      scalar: tuple = (float32_math.glibc_expf,)) -> Tensor:
    """``form(x, dy, *kernels)`` per element as ATen's loop takes it: ``vector`` (SLEEF's expf
    unless told) on whole vector blocks, ``scalar`` (the C library's) on the rest
    (``vector_path_mask``)."""
    x = self._data
    dy = np.broadcast_to(grad._data, x.shape)
    # the loop's operands in ATen's order (gradient, input): the gradient's layout orders the
    # dims, and a run goes on only where both continue in memory (a sliced or transposed input
    # next to a fresh gradient runs shorter, or all scalar)
    lanes = VECTOR_LANES if x.dtype == np.float32 else VECTOR_LANES // 2
    mask = float32_math.vector_path_mask(dy, x, num_threads=blas.get_threads(), lanes=lanes)
    out = np.empty(x.shape, x.dtype)
    with np.errstate(all="ignore"):
        if mask.any():
            out[mask] = form(x[mask], dy[mask], *vector)
        if not mask.all():
            out[~mask] = form(x[~mask], dy[~mask], *scalar)
    return make(out, self.dtype)


_ONE32 = np.float32(1)


def _silu_grad_form(x: np.ndarray, dy: np.ndarray, expf: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    # s = 1 / (1 + exp(-x)); dy * s * (1 + x * (1 - s)), the compiler fusing x * (1 - s) + 1
    s = _ONE32 / (_ONE32 + expf(-x))
    return dy * s * float32_math.fma(x, _ONE32 - s, np.full(x.shape, _ONE32))


def _c_exp(x: np.ndarray) -> np.ndarray:
    return sleef64.exp_vector_or_scalar(x, np.zeros(x.shape, bool))


def _silu_grad_form64(x: np.ndarray, dy: np.ndarray, expd: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    s = 1.0 / (1.0 + expd(-x))
    return dy * s * sleef64.fma(x, 1.0 - s, 1.0)


def silu_grad(grad: Tensor, self: Tensor) -> Tensor:
    if _kernel_on_arrays(grad, self):
        return _vector_or_scalar(self, grad, _silu_grad_form)
    if (not _State.enabled and self._data.dtype == np.float64 and grad.dtype is self.dtype
            and VECTOR_LANES):
        return _vector_or_scalar(self, grad, _silu_grad_form64, (sleef64.expd,), (_c_exp,))
    s = _F.sigmoid(self)
    return grad * s * _F.add_scalar(self * (1 - s), 1)


def _elu_branches(v: np.ndarray, negative: np.ndarray, positive: np.ndarray,
                  expf: Callable[[np.ndarray], np.ndarray], vector_nan: bool) -> np.ndarray:
    """ELU's gradient branch per element: the vector form keeps the positive branch where v > 0,
    the scalar form takes the negative one where v <= 0, so a NaN takes the exp branch (NaN) on
    vector blocks and the positive one (dy * scale) on the scalar rest, as measured."""
    if vector_nan and expf is float32_math.sleef_expf:
        return np.where(v > 0, positive, negative)
    return np.where(v <= 0, negative, positive)


def elu_grad(grad: Tensor, self: Tensor, alpha: float, scale: float, input_scale: float) -> Tensor:
    return record_backward_op("elu_backward", (grad, self), _elu_attrs(alpha, scale, input_scale, False),
                              lambda: _elu_grad(grad, self, alpha, scale, input_scale))


def _elu_attrs(alpha: float, scale: float, input_scale: float, is_result: bool) -> dict:
    return {"alpha": alpha, "scale": scale, "input_scale": input_scale, "is_result": is_result}


def _elu_grad(grad: Tensor, self: Tensor, alpha: float, scale: float, input_scale: float) -> Tensor:
    if _kernel_on_arrays(grad, self):
        # ATen's kernel: x <= 0 ? dy * input_scale * (alpha * scale) * exp(x * input_scale)
        # : dy * scale, every constant a float and alpha * scale rounded in float
        negcoef = np.float32(alpha) * np.float32(scale)
        in_scale, pos = np.float32(input_scale), np.float32(scale)
        vector_nan = grad.dtype is dtypes.float32  # measured on float32 (bfloat16's loop is another)

        def form(x: np.ndarray, dy: np.ndarray, expf: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
            return _elu_branches(x, dy * in_scale * negcoef * expf(x * in_scale), dy * pos, expf, vector_nan)
        return _vector_or_scalar(self, grad, form)
    negative = grad * (input_scale * alpha * scale) * _F.exp(self * input_scale)
    return _F.where(self > 0, grad * scale, negative)


def softplus_values(x: np.ndarray, beta: float, threshold: float) -> np.ndarray:
    """softplus of an array. float32 as ATen's kernel: z = x * beta in float, then x where
    z > threshold, else log1p(exp(z)) / beta: SLEEF's expf and log1pf on vector blocks, the C
    library's expf and log1pf on the rest of each run (every measured element)."""
    if x.dtype == np.float32 and VECTOR_LANES:
        b, limit = np.float32(beta), np.float32(threshold)

        def form(v: np.ndarray, expf: Callable[[np.ndarray], np.ndarray],
                 log1pf: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
            z = v * b
            return np.where(z > limit, v, log1pf(expf(np.minimum(z, limit))) / b)
        return _vector_or_scalar_values(x, form, float32_math.sleef_expf, sleef32.log1pf,
                                        float32_math.glibc_expf, _c_log1pf)
    x64 = x.astype(np.float64)
    z = x64 * beta
    with np.errstate(over="ignore"):
        return np.where(z > threshold, x64, np.log1p(np.exp(np.minimum(z, threshold))) / beta)


def _c_function(name: str) -> Callable[[np.ndarray], np.ndarray]:
    """The C library's float32 ``name`` per element (ATen's scalar form); correctly rounded where
    the library is missing or the array too large to call it element by element."""
    def apply(v: np.ndarray) -> np.ndarray:
        values = libm.c_unary(name, v)
        if values is not None:
            return values
        return np.asarray(getattr(np, name)(v.astype(np.float64)), np.float32)
    return apply


_c_log1pf = _c_function("log1p")


def _vector_or_scalar_values(x: np.ndarray, form: Callable[..., np.ndarray], *kernels) -> np.ndarray:
    """``form(v, *functions)`` on the elements ATen's loop takes in whole vectors (SLEEF's
    functions, ``kernels`` first half) and on the rest of each run (the C library's, second
    half), from ``x``'s layout (``float32_math.vector_path_mask``)."""
    half = len(kernels) // 2
    mask = float32_math.vector_path_mask(x, num_threads=blas.get_threads(), lanes=VECTOR_LANES)
    out = np.empty(x.shape, np.float32)
    with np.errstate(all="ignore"):
        if mask.any():
            out[mask] = form(x[mask], *kernels[:half])
        if not mask.all():
            out[~mask] = form(x[~mask], *kernels[half:])
    return out


def softplus_grad(grad: Tensor, self: Tensor, beta: float, threshold: float) -> Tensor:
    return record_backward_op("softplus_backward", (grad, self), {"beta": beta, "threshold": threshold},
                              lambda: _softplus_grad(grad, self, beta, threshold))


def _softplus_grad(grad: Tensor, self: Tensor, beta: float, threshold: float) -> Tensor:
    if _kernel_on_arrays(grad, self):
        # ATen's kernel: z = exp(x * beta); x * beta > threshold ? dy : dy * z / (z + 1)
        b, limit = np.float32(beta), np.float32(threshold)

        def form(x: np.ndarray, dy: np.ndarray, expf: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
            z = expf(x * b)
            return np.where(x * b > limit, dy, dy * z / (z + _ONE32))
        return _vector_or_scalar(self, grad, form)
    z = self * beta
    return _F.where(z > threshold, grad, grad * _F.sigmoid(z))


def elu_grad_from_result(grad: Tensor, result: Tensor, alpha: float, scale: float, input_scale: float) -> Tensor:
    return record_backward_op("elu_backward", (grad, result), _elu_attrs(alpha, scale, input_scale, True),
                              lambda: _elu_grad_from_result(grad, result, alpha, scale, input_scale))


def _elu_grad_from_result(grad: Tensor, result: Tensor, alpha: float, scale: float, input_scale: float) -> Tensor:
    if _kernel_on_arrays(grad, result):
        # ATen's kernel from the output y: y <= 0 ? dy * input_scale * (y + alpha * scale)
        # : dy * scale, alpha * scale rounded in float (no exp: one form for every element)
        negcoef = np.float32(alpha) * np.float32(scale)
        in_scale, pos = np.float32(input_scale), np.float32(scale)
        vector_nan = grad.dtype is dtypes.float32  # measured on float32 (bfloat16's loop is another)

        def form(y: np.ndarray, dy: np.ndarray, expf: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
            return _elu_branches(y, dy * in_scale * (y + negcoef), dy * pos, expf, vector_nan)
        return _vector_or_scalar(result, grad, form)
    return _F.where(result > 0, grad * scale, grad * input_scale * (result + alpha * scale))


def leaky_relu_grad(grad: Tensor, self: Tensor, negative_slope: float) -> Tensor:
    """leaky_relu_backward: ``grad`` where the input (or, in place, the result) is positive, else
    ``grad * negative_slope``."""
    return record_backward_op("leaky_relu_backward", (grad, self), {"negative_slope": negative_slope},
                              lambda: _F.where(self > 0, grad, grad * negative_slope))


def leaky_relu_grad_from_result(grad: Tensor, result: Tensor, negative_slope: float) -> Tensor:
    if negative_slope < 0:  # the result's sign no longer tells where the input was negative
        raise RuntimeError(
            "In-place leakyReLu backward calculation is triggered with a negative slope which is not supported. "
            "This is caused by calling in-place forward function with a negative slope, please call out-of-place "
            "version instead. File an issue at https://github.com/pytorch/pytorch if you do require supporting "
            "in-place leakRelu backward calculation with negative slope")
    return leaky_relu_grad(grad, result, negative_slope)


def _mish_grad_form(x: np.ndarray, dy: np.ndarray, expf: Callable[[np.ndarray], np.ndarray],
                    log1pf: Callable[[np.ndarray], np.ndarray], tanhf: Callable[[np.ndarray], np.ndarray]
                    ) -> np.ndarray:
    """ATen's float kernel: s = 1 / (1 + exp(-x)), t = tanh(log1p(exp(x))),
    dy * (t + (x * s) * (1 - t*t)) with 1 - t*t and the outer sum each one fused multiply-add."""
    s = _ONE32 / (_ONE32 + expf(-x))
    t = tanhf(log1pf(expf(x)))
    return dy * float32_math.fma(x * s, float32_math.fma(-t, t, np.full(x.shape, _ONE32)), t)


def mish_grad(grad: Tensor, self: Tensor) -> Tensor:
    if _kernel_on_arrays(grad, self):
        return _vector_or_scalar(self, grad, _mish_grad_form,
                                 (float32_math.sleef_expf, sleef32.log1pf, sleef32.tanhf),
                                 (float32_math.glibc_expf, _c_log1pf, _c_function("tanh")))
    t = _F.tanh(_softplus(self))
    return grad * (t + self * _F.sigmoid(self) * (1 - t * t))


def _softplus(x: Tensor) -> Tensor:
    return _F.where(x > 20, x, _F.log1p(_F.exp(_F.where(x > 20, x * 0, x))))


def hardtanh_grad(grad: Tensor, self: Tensor, min_val: float, max_val: float) -> Tensor:
    return record_backward_op("hardtanh_backward", (grad, self), {"min_val": min_val, "max_val": max_val},
                              lambda: _F.where((self <= min_val) | (self >= max_val), 0.0, grad))  # +0, as ATen


def shrink_grad(grad: Tensor, self: Tensor, lambd: float, rule: str) -> Tensor:
    """softshrink's and hardshrink's backward: 0 on [-lambd, lambd], ``grad`` elsewhere."""
    return record_backward_op(rule, (grad, self), {"lambd": lambd},
                              lambda: _F.where((self >= -lambd) & (self <= lambd), 0.0, grad))


# ATen's hardsigmoid backward multiplies by a float one sixth, in float64 tensors too
_ONE_SIXTH_AS_FLOAT = float(np.float32(1 / 6))


def hardsigmoid_grad(grad: Tensor, self: Tensor) -> Tensor:
    def compute() -> Tensor:
        return _F.where((self > -3) & (self < 3), grad * _ONE_SIXTH_AS_FLOAT, 0.0)
    if _State.tangent_pass:  # forward mode differentiates it for the incoming gradient only
        return compute()
    # PyTorch has no derivative of hardsigmoid_backward: under create_graph its node
    # (NotImplemented) refuses
    return record_backward_op("hardsigmoid_backward", (grad, self), None, compute)


def _hardswish_grad_form(x: np.ndarray, dy: np.ndarray, vector: bool) -> np.ndarray:
    """ATen's kernel: 0 up to -3, dy * (x / 3 + 0.5) below 3, dy from 3 on; a NaN input takes
    the middle branch (NaN) in the vector form and the last (dy) in the scalar one."""
    three = np.float32(3)
    middle = dy * (x / three + np.float32(0.5))
    upper = x >= three if vector else ~(x < three)
    return np.where(x <= -three, np.float32(0), np.where(upper, dy, middle))


def hardswish_grad(grad: Tensor, self: Tensor) -> Tensor:
    return record_backward_op("hardswish_backward", (grad, self), None, lambda: _hardswish_grad(grad, self))


def _hardswish_grad(grad: Tensor, self: Tensor) -> Tensor:
    if _kernel_on_arrays(grad, self):
        return _vector_or_scalar(self, grad, _hardswish_grad_form, (True,), (False,))
    # PyTorch's kernel: 0 up to -3 included, the full gradient from 3 on
    middle = grad * (self / 3 + 0.5)
    return _F.where(self <= -3, 0.0, _F.where(self < 3, middle, grad))


def logsigmoid_grad(grad: Tensor, self: Tensor) -> Tensor:
    return record_backward_op("log_sigmoid_backward", (grad, self), None, lambda: _logsigmoid_grad(grad, self))


def _logsigmoid_grad(grad: Tensor, self: Tensor) -> Tensor:
    x = self._data
    if _State.enabled or x.dtype != np.float32 or not VECTOR_LANES or grad.dtype is not self.dtype:
        return grad * _F.sigmoid(-self)  # with a graph (create_graph) or outside the float32 kernel
    # ATen's kernel: z = exp(-|x|) saved by the forward (SLEEF's expf), then
    # (x < 0 ? 1 - z / (1 + z) : z / (1 + z)) * grad, rounded per step
    z = _exp_neg_abs(x)
    with np.errstate(over="ignore", invalid="ignore"):
        share = z / (np.float32(1) + z)
        data = np.where(x < 0, np.float32(1) - share, share) * grad._data
    return make(np.asarray(data, np.float32), self.dtype)


def glu_grad(grad: Tensor, self: Tensor, dim: int) -> Tensor:
    """glu_backward as ATen's kernel forms it: ``s * grad`` for the first half,
    ``(1 - s) * s * a * grad`` for the second, ``s`` the sigmoid of the second half."""
    def compute() -> Tensor:
        a, b = _F.chunk(self, 2, dim)
        s = _F.sigmoid(b)
        return _F.cat([s * grad, (1 - s) * s * a * grad], dim)
    return record_backward_op("glu_backward", (grad, self), {"dim": dim}, compute)


def prelu_grad_input(grad: Tensor, self: Tensor, weight: Tensor) -> Tensor:
    w = weight.reshape(_channel_weight(weight._data, self.ndim, weight.numel()).shape)
    return record_backward_op("prelu_backward", (grad, self, weight), None,
                              lambda: _F.where(self > 0, grad, grad * w))


def prelu_grad_weight(grad: Tensor, self: Tensor, weight: Tensor) -> Tensor:
    return _to_weight(_F.where(self > 0, 0.0, grad * self), self, weight)


def prelu_grad_weight_of(grad: Tensor, grad_output: Tensor, self: Tensor, weight: Tensor) -> Tensor:
    """The weight's share of the input gradient's derivative: ``grad * grad_output`` where the
    input is not positive, summed to the weight's shape."""
    return _to_weight(_F.where(self > 0, 0.0, grad * grad_output), self, weight)


def _to_weight(contribution: Tensor, self: Tensor, weight: Tensor) -> Tensor:
    if weight.numel() == 1:
        return contribution.sum().reshape(tuple(weight.shape))
    dims = tuple(d for d in range(self.ndim) if d != 1) if self.ndim >= 2 else ()
    return (contribution.sum(dims) if dims else contribution).reshape(tuple(weight.shape))

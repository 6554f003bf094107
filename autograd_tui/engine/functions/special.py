"""The error function and its relatives (``erf``, ``erfc``, ``erfinv``) and ``logit``, evaluated in
float64 and rounded once as the other unary ops (numpy has no erf of its own); and the composite
element-wise ops that have nodes of their own (``addcmul``, ``addcdiv``, ``hypot``, ``logaddexp``,
``deg2rad``, ``rad2deg``, ``exp2``, ``sgn``)."""
from __future__ import annotations

import math
import warnings
from typing import Any, Callable

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine.grad_mode import _State, requires_grad_flag
from autograd_tui.engine.complex_guard import plain, refuse_complex
from autograd_tui.engine._tensor import Tensor, _scalar_name, _user_stacklevel, make
from autograd_tui.engine.parity import libm
from autograd_tui.engine.record import no_forward_ad, record, record_not_implemented
from autograd_tui.engine.functions._structseq import result
from autograd_tui.engine.functions._common import (
    _R, _broadcast_error, _scalar_type_name, check_number, invalid_combination, laid_out_like, operands_broadcast_error,
)
from autograd_tui.engine.functions.creation import tensor
from autograd_tui.engine.functions.out import _RESIZE_WARNING
from autograd_tui.engine.functions.pointwise import (OVERLOADS, _check_overloads, _operand, _require_tensor,
                                                     _result_dtype, _unary, is_operand)
from autograd_tui.engine.parity import aten_erf, blas, float32_math, sleef32, sleef32_binary, sleef64
from autograd_tui.engine.parity.rounding import VECTOR_LANES
from autograd_tui.engine.functions.special_kernels import MISSING, scalar_overloads_error
from autograd_tui.engine.parity.zeta import zeta_array

_erf = np.frompyfunc(math.erf, 1, 1)
_erfc = np.frompyfunc(math.erfc, 1, 1)


def erf_array(a: np.ndarray) -> np.ndarray:
    return np.asarray(_erf(a.astype(np.float64)), dtype=np.float64)


def erfc_array(a: np.ndarray) -> np.ndarray:
    return np.asarray(_erfc(a.astype(np.float64)), dtype=np.float64)


def erfinv_array(a: np.ndarray) -> np.ndarray:
    """The inverse of erf in float64: a rough start, then Newton steps on erf (erfc in the tails,
    where 1 - erf loses the digits)."""
    x = np.asarray(a, dtype=np.float64)
    out = np.full(x.shape, np.nan)
    out[x == 1] = np.inf
    out[x == -1] = -np.inf
    inside = np.abs(x) < 1
    v = x[inside]
    if v.size:
        w = -np.log((1 - v) * (1 + v))
        y = np.sign(v) * np.sqrt(np.maximum(w - np.log(np.maximum(w, 1e-300)) * 0.5 - 0.5 * np.log(np.pi / 2), 0))
        y = np.where(np.abs(v) < 0.7, v * np.sqrt(np.pi) / 2 * (1 + np.pi * v * v / 12), y)
        tail = np.abs(v) > 0.5
        one_minus = 1 - np.abs(v)  # exact: |v| is a float32 or float64 number in [0.5, 1)
        for _ in range(60):
            slope = 2 / np.sqrt(np.pi) * np.exp(-y * y)
            miss = np.where(tail, np.sign(v) * (one_minus - erfc_array(np.abs(y))), erf_array(y) - v)
            with np.errstate(all="ignore"):
                step = np.where(slope > 0, miss / slope, 0.0)
            y = y - step
            if np.all(np.abs(step) <= 1e-17 * np.maximum(np.abs(y), 1e-300)):
                break
        out[inside] = y
    return out


def _float_unary(name: str, forward_input: Tensor, attrs=None, forward=None) -> Tensor:
    with np.errstate(all="ignore"):
        return _unary(_R[name], forward_input, attrs=attrs, forward=forward)


def erf(input: Tensor) -> Tensor:
    reduced = input.__class__ is Tensor and input.dtype in (dtypes.bfloat16, dtypes.float16)
    return _float_unary("erf", input, forward=aten_erf.erf_of_reduced if reduced else None)


def erfc(input: Tensor) -> Tensor:
    return _float_unary("erfc", input)


def erfinv(input: Tensor) -> Tensor:
    return _float_unary("erfinv", input)


def _float32_or_float64_kernel(input: Tensor, kernel: str) -> None:
    """ATen dispatches these kernels on float32 and float64 only: half types are refused."""
    if isinstance(input, Tensor) and input.dtype in (dtypes.float16, dtypes.bfloat16):
        raise NotImplementedError(f"\"{kernel}\" not implemented for '{_scalar_name(input.dtype)}'")


def log_ndtr(input: Tensor) -> Tensor:
    """log of the standard normal CDF (``torch.special.log_ndtr``); see ``parity/ndtr.py``."""
    _float32_or_float64_kernel(input, "log_ndtr_cpu")
    return _float_unary("special_log_ndtr", input)


def ndtri(input: Tensor) -> Tensor:
    """The inverse of the standard normal CDF (``torch.special.ndtri``); see ``parity/ndtr.py``."""
    _float32_or_float64_kernel(input, "ndtri_cpu")
    return _float_unary("special_ndtri", input)


def zeta(input, other=MISSING, **unknown) -> Tensor:
    """``torch.special.zeta(x, q)``, the Hurwitz zeta function (``parity/zeta.py``). A Python number
    on either side is PyTorch's Scalar overload, with a node of its own (Backward1 / Backward2)."""
    if unknown or other is MISSING or (not isinstance(input, Tensor) and not isinstance(other, Tensor)):
        raise scalar_overloads_error("special_zeta", "input", "other", (input,) if other is MISSING else (input, other),
                                     unknown)
    if _State.dual_level and any(isinstance(t, Tensor) and t._tangent() is not None for t in (input, other)):
        raise no_forward_ad("special_zeta")  # PyTorch has no forward-mode formula for either argument
    dtype = _result_dtype(input, other)
    if dtype.is_complex or dtype in (dtypes.float16, dtypes.bfloat16):
        raise NotImplementedError(f"\"zeta_cpu\" not implemented for '{_scalar_name(dtype)}'")
    if not dtype.is_floating_point:
        dtype = dtypes.get_default_dtype()
    x = input._data if isinstance(input, Tensor) else np.asarray(input)
    q = other._data if isinstance(other, Tensor) else np.asarray(other)
    try:
        shape = np.broadcast_shapes(x.shape, q.shape)
    except ValueError:
        raise _broadcast_error(input, other) from None
    data = zeta_array(np.broadcast_to(x.astype(dtype.np), shape), np.broadcast_to(q.astype(dtype.np), shape))
    rule = "special_zeta" if isinstance(input, Tensor) and isinstance(other, Tensor) else \
        "special_zeta_scalar_other" if isinstance(input, Tensor) else "special_zeta_scalar_self"
    return record(_R[rule], (input, other), make(np.asarray(data, dtype.np).reshape(shape), dtype))


def entr(input: Tensor) -> Tensor:
    return _float_unary("entr", input)


def entr_array(a: np.ndarray) -> np.ndarray:
    """-x * log(x), 0 at x == 0 and -inf below: the log rounded once (the kernel calls libm's log
    element by element, which is correctly rounded), then the product in the tensor's precision,
    so entr(1) is -0. as in PyTorch."""
    log_a = np.log(np.where(a > 0, a, 1).astype(np.float64)).astype(a.dtype)
    out = np.where(a > 0, -a * log_a, np.where(a == 0, a.dtype.type(0), a.dtype.type(-np.inf)))
    return np.where(np.isnan(a), a, out).astype(a.dtype)


def logit(input: Tensor, eps: float | None = None) -> Tensor:
    return _float_unary("logit", input, {"eps": None if eps is None else float(eps)})


def logit_array(a: np.ndarray, eps: float | None) -> np.ndarray:
    """log(x / (1 - x)): the quotient in the tensor's precision, then the log. For float32 ATen
    takes MKL's log (``float32_math.log``, as ``torch.log``) when the input is one run in memory
    (any order of dims), else SLEEF's logf on vector blocks and the C library's on the rest."""
    t = a.dtype.type
    if eps is not None:  # ATen's x < lo ? lo : (x > hi ? hi : x): with eps > 0.5 (lo > hi) not a clip
        lo, hi = t(eps), t(1) - t(eps)
        a = np.where(a < lo, lo, np.where(a > hi, hi, a)).astype(a.dtype)
    z = a / (t(1) - a)
    if a.dtype != np.float32:
        return np.log(z)
    if not VECTOR_LANES:
        return np.log(z.astype(np.float64)).astype(a.dtype)
    if _one_run(a):
        return float32_math.log(z)
    vector = float32_math.vector_path_mask(a, num_threads=blas.get_threads(), lanes=VECTOR_LANES)
    out = np.empty(a.shape, np.float32)
    out[vector] = sleef32_binary.logf(z[vector])
    if not vector.all():
        scalar = libm.c_unary("log", z[~vector])
        out[~vector] = scalar if scalar is not None else np.log(z[~vector].astype(np.float64))
    return out


def _one_run(a: np.ndarray) -> bool:
    """Whether the elements of ``a`` fill one block of memory with no gaps, in some dim order."""
    expected = a.itemsize
    for stride, size in sorted((abs(st), sz) for st, sz in zip(a.strides, a.shape) if sz > 1):
        if stride != expected:
            return False
        expected *= size
    return True


def logit_backward(grad: Tensor, self: Tensor, eps: float | None) -> Tensor:
    if eps is None:
        outside = (self < 0) | (self > 1)
        return (grad / (self * (1 - self))).masked_fill(outside, math.nan)
    outside = (self < eps) | (self > 1 - eps)
    return (grad / (self * (1 - self))).masked_fill(outside, 0.0)



# Composite pointwise ops with nodes of their own
# ============================================================================================
_PI_OVER_180 = 0.017453292519943295
_180_OVER_PI = 57.29577951308232


def deg2rad(input: Tensor) -> Tensor:
    return _float_unary("deg2rad", input)


def rad2deg(input: Tensor) -> Tensor:
    return _float_unary("rad2deg", input)


def exp2(input: Tensor) -> Tensor:
    return _float_unary("exp2", input)


def sgn(input: Tensor) -> Tensor:
    with np.errstate(all="ignore"):
        return _unary(_R["sgn"], input, keep_int=True)


def scale_by(constant: float) -> Callable[[np.ndarray], np.ndarray]:
    """``x * constant`` with the constant rounded to the tensor's type first, as a scalar operand is."""
    def forward(a: np.ndarray) -> np.ndarray:
        return a * a.dtype.type(constant)
    return forward


def sign(a: np.ndarray) -> np.ndarray:
    """``sign`` as ATen computes it, ``(0 < x) - (x < 0)``: NaN has sign 0 (NumPy's sign keeps NaN)."""
    if a.dtype.kind != "f":
        return np.sign(a)
    return np.where(np.isnan(a), a.dtype.type(0), np.sign(a))


_FLOAT_ONLY = ("hypot", "logaddexp", "logaddexp2")


def _binary_float(name: str, input: Tensor, other: Tensor, keep_int: bool = False,
                  node_rule: str | None = None) -> Tensor:
    _require_tensor(other, name, "other")
    dtype = _result_dtype(input, other)
    if name in _FLOAT_ONLY and not dtype.is_floating_point:
        raise NotImplementedError(f'"{name}_cpu" not implemented for \'{_scalar_name(dtype)}\'')
    if not dtype.is_floating_point and not keep_int:
        dtype = dtypes.get_default_dtype()
    x, y = _operand(input, dtype), _operand(other, dtype)
    try:
        with np.errstate(all="ignore"):
            data = _R[name].forward(x, y)
    except ValueError:
        raise _broadcast_error(input, other) from None
    return record(_R[node_rule or name], (input, other), make(np.asarray(data, dtype=dtype.np), dtype))


def hypot(input: Tensor, other: Tensor) -> Tensor:
    return _binary_float("hypot", input, other)


def logaddexp(input: Tensor, other: Tensor) -> Tensor:
    return _binary_float("logaddexp", input, other)


def logaddexp_array(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """max + log1p(exp(-|a - b|)), equal infinities kept as they are."""
    if np.asarray(a).dtype == np.float32 and np.asarray(b).dtype == np.float32 and VECTOR_LANES:
        return _logaddexp_float32(np.asarray(a), np.asarray(b))
    a64, b64 = np.asarray(a, np.float64), np.asarray(b, np.float64)
    big = np.maximum(a64, b64)
    with np.errstate(all="ignore"):
        out = big + np.log1p(np.exp(-np.abs(a64 - b64)))
    out = np.where(np.isinf(a64) & (a64 == b64), a64, out)
    return out.astype(np.result_type(a, b))


_INV_LN2_FLOAT = np.float32(1 / math.log(2))


def _logaddexp_float32(a: np.ndarray, b: np.ndarray, base2: bool = False) -> np.ndarray:
    """ATen's float loop: max(a, b) + log1p(exp(-|a - b|)) (base 2: fma(log1p(exp2(-|a - b|)),
    1/ln 2, max)) with SLEEF's exp and log1p on whole vector blocks, the C library's on the rest
    of each run (which elements: both operands' layouts, ``vector_path_mask``)."""
    shape = np.broadcast_shapes(a.shape, b.shape)
    a, b = np.broadcast_to(a, shape), np.broadcast_to(b, shape)
    vector = float32_math.vector_path_mask(a, b, num_threads=blas.get_threads(), lanes=VECTOR_LANES)
    out = np.empty(shape, np.float32)
    with np.errstate(all="ignore"):
        for where, on_vectors in ((vector, True), (~vector, False)):
            if not where.any():
                continue
            x, y = a[where], b[where]
            z = -np.abs(x - y)
            if on_vectors:
                logs = sleef32.log1pf(sleef32.exp2f(z) if base2 else float32_math.sleef_expf(z))
            else:
                e = _c_or_rounded("exp2", z) if base2 else float32_math.glibc_expf(z)
                logs = _c_or_rounded("log1p", e)
            big = np.maximum(x, y)
            total = float32_math.fma(logs, _INV_LN2_FLOAT, big) if base2 else big + logs
            out[where] = np.where(np.isinf(x) & (x == y), x, total)
    return out


def _c_or_rounded(name: str, v: np.ndarray) -> np.ndarray:
    """The C library's float ``name`` per element; correctly rounded where it cannot be called."""
    values = libm.c_unary(name, v)
    return values if values is not None else getattr(np, name)(v.astype(np.float64)).astype(np.float32)


def _pointwise3_dtype(*tensors: Tensor) -> dtypes.dtype:
    """The result type of addcmul's and addcdiv's three tensors: a 0-d one (a tensor ``eta``) does
    not raise dimensioned ones of its category (float16 with a float32 scalar tensor stays float16)."""
    dims = [t.dtype for t in tensors if t._data.ndim]
    zero_dims = [t.dtype for t in tensors if not t._data.ndim]
    return dtypes.result_type(dims, zero_dims, ())


def _cast_operand(t: Tensor, dtype: dtypes.dtype) -> np.ndarray:
    """``t``'s elements cast to the common type before the kernel reads them (rounded to it)."""
    if t.dtype is dtype:
        return t._data
    data = t._data.astype(dtype.np)
    return dtypes.to_bfloat16_grid(data) if dtype is dtypes.bfloat16 else data


def addcmul(input: Tensor, tensor1: Tensor, tensor2: Tensor, *, value=1) -> Tensor:
    """input + value * tensor1 * tensor2: PyTorch's kernel rounds value * tensor1, then fuses the
    second product with the addition."""
    check_number(value, "addcmul", "value", only_number=True)
    dtype = _pointwise3_dtype(input, tensor1, tensor2)
    # float16 and bfloat16 run the float32 loop (make rounds the result)
    work = np.float32 if dtype is dtypes.float16 else dtype.np
    a, b, c = (_cast_operand(t, dtype).astype(work, copy=False) for t in (input, tensor1, tensor2))
    scaled = b * a.dtype.type(value) if value != 1 else b
    try:
        if dtype in (dtypes.float32, dtypes.bfloat16, dtypes.float16):
            data = (scaled.astype(np.float64) * c + a).astype(np.float32)
        elif dtype is dtypes.float64:
            data = sleef64.fma(scaled, c, a)
        else:
            data = a + scaled * c
    except ValueError:
        raise operands_broadcast_error(input, tensor1, tensor2) from None
    out = make(np.asarray(data, dtype=dtype.np), dtype)
    return record(_R["addcmul"], (input, tensor1, tensor2), out, {"value": value})


def addcdiv(input: Tensor, tensor1: Tensor, tensor2: Tensor, *, value=1) -> Tensor:
    """input + (value * tensor1) / tensor2, each step rounded, as PyTorch's kernel evaluates it."""
    check_number(value, "addcdiv", "value", only_number=True)
    if not tensor1.dtype.is_floating_point and not tensor2.dtype.is_floating_point:
        raise RuntimeError("Integer division with addcdiv is no longer supported, and in a future  release addcdiv "
                           "will perform a true division of tensor1 and tensor2. The historic addcdiv behavior can "
                           "be implemented as (input + value * torch.trunc(tensor1 / tensor2)).to(input.dtype) for "
                           "integer inputs and as (input + value * tensor1 / tensor2) for float inputs. The future "
                           "addcdiv behavior is just the latter implementation: (input + value * tensor1 / tensor2), "
                           "for all dtypes.")
    dtype = _pointwise3_dtype(input, tensor1, tensor2)
    # float16 runs the float32 loop, rounded once at the end (make rounds), as bfloat16 does
    work = np.float32 if dtype is dtypes.float16 else dtype.np
    a, b, c = (_cast_operand(t, dtype).astype(work, copy=False) for t in (input, tensor1, tensor2))
    try:
        with np.errstate(all="ignore"):
            data = a + (b * a.dtype.type(value) if value != 1 else b) / c
    except ValueError:
        raise operands_broadcast_error(input, tensor1, tensor2) from None
    out = make(np.asarray(data, dtype=dtype.np), dtype)
    return record(_R["addcdiv"], (input, tensor1, tensor2), out, {"value": value})


def signbit(input: Tensor) -> Tensor:
    return make(np.signbit(input._data), dtypes.bool_)


def fmax(input: Tensor, other: Tensor) -> Tensor:
    return _binary_float("fmax", input, other, keep_int=True)


def fmin(input: Tensor, other: Tensor) -> Tensor:
    return _binary_float("fmin", input, other, keep_int=True)


def xlogy(input, other) -> Tensor:
    if not isinstance(input, Tensor):  # xlogy(2, y): the Scalar overload, XlogyBackward1
        dtype = other.dtype if other.dtype.is_floating_point else dtypes.get_default_dtype()
        data = xlogy_array(np.asarray(input, dtype.np), other._data.astype(dtype.np))
        return record(_R["xlogy_scalar_self"], (input, other), make(np.asarray(data, dtype.np), dtype))
    if not isinstance(other, Tensor):  # xlogy(x, 2): the Scalar overload, XlogyBackward2
        other = make(np.asarray(other, input.dtype.np if input.dtype.is_floating_point else np.float32),
                     input.dtype if input.dtype.is_floating_point else dtypes.float32)
        return _binary_float("xlogy", input, other, node_rule="xlogy_scalar_other")
    return _binary_float("xlogy", input, other)


def xlogy_array(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """0 where x == 0 (unless y is NaN), else x * log(y): ATen's scalar loop calls the C library's
    log (logf for float32: not always correctly rounded, 0.7% of inputs differ), then the product."""
    dtype = np.result_type(x, y)
    y_typed = np.broadcast_to(np.asarray(y, dtype), np.broadcast_shapes(np.shape(x), np.shape(y)))
    with np.errstate(divide="ignore", invalid="ignore"):
        log_y = libm.c_unary("log", y_typed) if dtype.type in (np.float32, np.float64) else None
        if log_y is None:
            log_y = np.log(np.asarray(y, np.float64)).astype(dtype)
    out = np.asarray(x, dtype) * log_y
    return np.where((np.asarray(x) == 0) & ~np.isnan(y), dtype.type(0), out).astype(dtype)


def xlog1py(input, other) -> Tensor:
    """``torch.special.xlog1py``: x * log1p(y), 0 where x == 0 (unless y is NaN). A Python number on
    either side is PyTorch's Scalar overload, with a node of its own (Backward1 / Backward2)."""
    if not isinstance(input, Tensor):
        _require_tensor(other, "special_xlog1py", "other")
        dtype = other.dtype if other.dtype.is_floating_point else dtypes.get_default_dtype()
        data = xlog1py_array(np.asarray(input, dtype.np), other._data.astype(dtype.np))
        return record(_R["xlog1py_scalar_self"], (input, other), make(np.asarray(data, dtype.np), dtype))
    if not isinstance(other, Tensor) and is_operand(other):
        dtype = input.dtype if input.dtype.is_floating_point else dtypes.get_default_dtype()
        data = xlog1py_array(input._data.astype(dtype.np), np.asarray(other, dtype.np))
        return record(_R["xlog1py_scalar_other"], (input, other), make(np.asarray(data, dtype.np), dtype))
    return _binary_float("xlog1py", input, other)


def xlog1py_array(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """ATen's scalar loop: NaN where y is NaN, 0 where x == 0, else x * log1p(y), the C library's
    log1p (log1pf for float32) rounded in the tensor's type, then the product."""
    dtype = np.result_type(x, y)
    x, y = np.broadcast_arrays(np.asarray(x, dtype), np.asarray(y, dtype))
    with np.errstate(all="ignore"):
        log1p_y = libm.c_unary("log1p", np.ascontiguousarray(y))
        if log1p_y is None:
            log1p_y = np.log1p(y.astype(np.float64)).astype(dtype)
        out = x * log1p_y
    return np.where((x == 0) & ~np.isnan(y), dtype.type(0), out).astype(dtype)


def sinc(input: Tensor) -> Tensor:
    return _float_unary("sinc", input)


def sinc_array(a: np.ndarray) -> np.ndarray:
    """sin(pi x) / (pi x) as PyTorch's kernel: pi x in the tensor's precision (so sinc(1) is not 0
    in float32), the sine rounded once, then the quotient."""
    t = a.dtype.type
    x = a * t(np.pi)
    sine = np.sin(x.astype(np.float64)).astype(a.dtype)
    with np.errstate(all="ignore"):
        return np.where(a == 0, t(1), sine / x)


def sinc_backward(grad: Tensor, self: Tensor) -> Tensor:
    x = self * math.pi
    slope = (x * x.cos() - x.sin()) / (x * self)
    return slope.masked_fill(self == 0, 0.0) * grad


def float_power(input, exponent) -> Tensor:
    """pow computed in double, whatever the inputs' dtypes (each tensor is copied to float64)."""
    _check_overloads("float_power", "pow", (input, exponent))
    if not isinstance(input, Tensor) and not isinstance(exponent, Tensor):  # two numbers: no overload takes them
        raise invalid_combination("float_power", (input, exponent), {}, OVERLOADS["pow"])
    refuse_complex(input, "float_power")
    refuse_complex(exponent, "float_power")
    base = input.to(dtypes.float64) if isinstance(input, Tensor) else input
    power = exponent.to(dtypes.float64) if isinstance(exponent, Tensor) else exponent
    if isinstance(base, Tensor):
        return base.pow(power)
    return power.__rpow__(base)


def copysign(input: Tensor, other) -> Tensor:
    if isinstance(other, Tensor):
        return _binary_float("copysign", input, other)
    dtype = input.dtype if input.dtype.is_floating_point else dtypes.get_default_dtype()
    data = np.copysign(input._data.astype(dtype.np), dtype.np.type(other))
    return record(_R["copysign_scalar"], (input,), make(np.asarray(data, dtype.np), dtype), {"other": other})


def copysign_backward(grad: Tensor, self: Tensor, result: Tensor) -> Tensor:
    # d|x|·sign(other)/dx: sign(x)·sign(other) = result / self where self is not zero, else 0.
    ratio = (result / self).masked_fill(self == 0, 0.0)
    return grad * ratio


def logaddexp2(input: Tensor, other: Tensor) -> Tensor:
    return _binary_float("logaddexp2", input, other)


def logaddexp2_array(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    if np.asarray(a).dtype == np.float32 and np.asarray(b).dtype == np.float32 and VECTOR_LANES:
        return _logaddexp_float32(np.asarray(a), np.asarray(b), base2=True)
    a64, b64 = np.asarray(a, np.float64), np.asarray(b, np.float64)
    with np.errstate(all="ignore"):
        out = np.maximum(a64, b64) + np.log2(1 + np.exp2(-np.abs(a64 - b64)))
    out = np.where(np.isinf(a64) & (a64 == b64), a64, out)
    return out.astype(np.result_type(a, b))


def heaviside(input: Tensor, values: Tensor, *, _op: str = "heaviside") -> Tensor:
    if not isinstance(values, Tensor):
        raise TypeError(f"heaviside(): argument 'values' (position 2) must be Tensor, not {type(values).__name__}")
    if input.dtype is not values.dtype:
        raise RuntimeError("heaviside is not yet implemented for tensors with different dtypes.")
    x = input._data
    data = np.where(x == 0, values._data, (x > 0).astype(x.dtype))
    out = make(np.asarray(np.broadcast_to(data, np.broadcast_shapes(x.shape, values._data.shape)), x.dtype),
               input.dtype)
    # PyTorch gives it a node whose backward only raises (``_op``: heaviside_ names itself)
    return record_not_implemented(_op, (input, values), out)


def logical_xor(input: Tensor, other: Tensor) -> Tensor:
    if not isinstance(other, Tensor):  # a number is refused (the parser words it)
        raise TypeError(f"logical_xor(): argument 'other' must be Tensor, not {type(other).__name__}")
    return make(np.logical_xor(input._data, other._data), dtypes.bool_)


def isposinf(input: Tensor) -> Tensor:
    refuse_complex(input, "isposinf")
    return make(np.isposinf(input._data) if input.dtype.is_floating_point
                else np.zeros(input._data.shape, bool), dtypes.bool_)


def isneginf(input: Tensor) -> Tensor:
    refuse_complex(input, "isneginf")
    return make(np.isneginf(input._data) if input.dtype.is_floating_point
                else np.zeros(input._data.shape, bool), dtypes.bool_)


def isreal(input: Tensor) -> Tensor:
    if input.dtype.is_complex:  # the elements without an imaginary part
        return make(plain(input._data).imag == 0, dtypes.bool_)
    return make(laid_out_like(np.ones(input._data.shape, bool), input._data), dtypes.bool_)  # ones_like's layout


def positive(input: Tensor) -> Tensor:
    if input.dtype is dtypes.bool_:
        raise RuntimeError("The `+` operator, on a bool tensor is not supported.")
    return input


def fix(input: Tensor) -> Tensor:
    return input.trunc()


def real(input: Tensor) -> Tensor:
    return input  # a real tensor is its own real part (PyTorch returns the same tensor)


def imag(input: Tensor) -> Tensor:
    raise RuntimeError("imag is not implemented for tensors with non-complex dtypes.")


def conj(input: Tensor) -> Tensor:
    return input


def scalar_tensor(s, *, dtype=None, device=None, requires_grad: bool = False) -> Tensor:
    requires_grad = requires_grad_flag(requires_grad, "scalar_tensor")
    return tensor(float(s) if dtype is None else s, dtype=dtype or dtypes.get_default_dtype(),
                  requires_grad=requires_grad)


# Integer and floating-point bit arithmetic
# ============================================================================================
def _integer_pair(name: str, input: Tensor, other) -> tuple:
    b = other if isinstance(other, Tensor) else tensor(other)
    dtype = _result_dtype(input, other)
    if dtype.is_floating_point or dtype is dtypes.bool_:
        raise NotImplementedError(f'"{name}_cpu" not implemented for \'{_scalar_name(dtype)}\'')
    return input._data.astype(dtype.np), b._data.astype(dtype.np), dtype


def gcd(input: Tensor, other: Tensor) -> Tensor:
    a, b, dtype = _integer_pair("gcd", input, other)
    return make(np.asarray(np.gcd(a, b), dtype.np), dtype)


def lcm(input: Tensor, other: Tensor) -> Tensor:
    a, b, dtype = _integer_pair("lcm", input, other)
    return make(np.asarray(np.lcm(a, b), dtype.np), dtype)


def ldexp(input: Tensor, other: Tensor) -> Tensor:
    shape = _broadcast_shape(input, other)
    if input.dtype.is_floating_point and not (other.dtype.is_floating_point or other.dtype.is_complex) \
            and input._data.size and shape != input._data.shape:
        # ATen writes a floating input times integer powers of two into an output shaped like the
        # input, so a broadcast that grows the input warns as a resized out= does
        warnings.warn(_RESIZE_WARNING.format(old=list(input._data.shape), new=list(shape)), UserWarning,
                      stacklevel=_user_stacklevel())
    return ldexp_values(input, other)


def ldexp_values(input: Tensor, other: Tensor) -> Tensor:
    """``ldexp`` without the functional form's resize warning (``ldexp_`` has its own shape check)."""
    _broadcast_shape(input, other)
    if input.dtype.is_floating_point and other.dtype == dtypes.bool_:
        raise NotImplementedError('"ldexp_cpu_exp" not implemented for \'Bool\'')
    dtype = _result_dtype(input, other)
    if not dtype.is_floating_point:
        dtype = dtypes.get_default_dtype()
    x = input._data.astype(dtype.np)
    data = x * np.power(dtype.np.type(2), other._data.astype(dtype.np))
    return record(_R["ldexp"], (input, other), make(np.asarray(data, dtype.np), dtype))


def _broadcast_shape(input: Tensor, other: Tensor) -> tuple:
    try:
        return tuple(np.broadcast_shapes(input._data.shape, other._data.shape))
    except ValueError:
        raise _broadcast_error(input, other) from None


def frexp(input: Tensor) -> Any:
    if not input.dtype.is_floating_point:
        raise RuntimeError("torch.frexp() only supports floating-point dtypes")
    mantissa, exponent = np.frexp(input._data)
    exponents = make(np.asarray(exponent, np.int32), dtypes.int32)
    mantissas = record(_R["frexp"], (input,), make(np.asarray(mantissa, input.dtype.np), input.dtype),
                       {"exponent": exponents})
    return result("frexp", ("mantissa", "exponent"), mantissas, exponents)


def nextafter(input: Tensor, other: Tensor) -> Tensor:
    dtype = _result_dtype(input, other)
    if not dtype.is_floating_point:
        raise NotImplementedError(f'"nextafter_cpu" not implemented for \'{_scalar_type_name(dtype)}\'')
    a, b = input._data.astype(dtype.np), other._data.astype(dtype.np)
    data = _bfloat16_nextafter(a, b) if dtype is dtypes.bfloat16 else np.nextafter(a, b)
    return record(_R["nextafter"], (input, other), make(np.asarray(data, dtype.np), dtype))


def _bfloat16_nextafter(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """One step on bfloat16's own grid (c10's musl-style loop on its 16 bits): the engine holds
    bfloat16 values as float32, whose nextafter would step 2**16 times too finely."""
    a, b = np.broadcast_arrays(a, b)
    from_bits = (a.view(np.uint32) >> 16).astype(np.int32)
    to_bits = (b.view(np.uint32) >> 16).astype(np.int32)
    sign = 0x8000
    abs_from, abs_to = from_bits & ~sign, to_bits & ~sign
    away = (abs_from > abs_to) | ((from_bits ^ to_bits) & sign != 0)
    stepped = np.where(away, from_bits - 1, from_bits + 1)
    stepped = np.where(abs_from == 0, (to_bits & sign) | 1, stepped)
    out = (stepped.astype(np.uint32) << 16).view(np.float32)
    with np.errstate(invalid="ignore"):
        out = np.where(from_bits == to_bits, a, out)
        out = np.where((abs_from == 0) & (abs_to == 0), b, out)
        return np.where(np.isnan(a) | np.isnan(b), a + b, out)


def vdot(input: Tensor, other: Tensor) -> Tensor:
    if input.dtype.is_complex and input.dtype is other.dtype:  # the first vector conjugated
        data = np.asarray(np.vdot(plain(input._data), plain(other._data)))
        return record(_R["vdot"], (input, other), make(data, input.dtype))
    return record(_R["vdot"], (input, other), make(input.dot(other).detach()._data, input.dtype))

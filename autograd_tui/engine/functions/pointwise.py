"""Type promotion and element-wise operations: arithmetic, comparisons, unary math, ``where`` (clamp: clamping.py)."""
from __future__ import annotations

from typing import Any

import numbers

import numpy as np

from autograd_tui.engine import _vmap_levels, dtypes
from autograd_tui.engine.complex_guard import refusal_of
from autograd_tui.engine._tensor import Tensor, _c_type, check_int_fits, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.record import batch_like, record, record_backward_op, record_not_implemented
from autograd_tui.engine.parity import blas, float32_math, float64_math
from autograd_tui.engine.parity import rounding, sleef32_binary, sleef64
from autograd_tui.engine.parity.rounding import via_float64
from autograd_tui.engine.functions.pointwise_overloads import OVERLOADS
from autograd_tui.engine.functions.reduced_float import (
    BFLOAT16_SCALAR_RULES as _BFLOAT16_SCALAR_RULES, HALF_OPMATH_SCALAR_RULES as _HALF_OPMATH_SCALAR_RULES,
    bfloat16_divisor as _bfloat16_divisor, half_alpha_op as _half_alpha_op, in_bfloat16 as _in_bfloat16,
)
from autograd_tui.engine.functions._common import (
    _R, _broadcast_error, _scalar_type_name, _type_name, check_number, invalid_combination, laid_out_like,
    shapes_broadcast_error, wrap)
from autograd_tui.engine.functions.creation import tensor
from autograd_tui.engine.functions._complex_kernels import complex_power, complex_unary

# Type promotion for element-wise ops
# ============================================================================================
def _result_dtype(a, b) -> dtypes.dtype:
    """PyTorch's result_type for two operands (tensors or Python numbers)."""
    ta, tb = isinstance(a, Tensor), isinstance(b, Tensor)
    if ta and tb:
        da, db = a.dtype, b.dtype
        if da is db:
            return da
        a0, b0 = a._data.ndim == 0, b._data.ndim == 0
        if a0 == b0:
            return dtypes.promote_types(da, db)
        dim, zero = (db, da) if a0 else (da, db)
        return dtypes.result_type((dim,), (zero,), ())
    t, n = (a, b) if ta else (b, a)
    if t.dtype.is_floating_point and not isinstance(n, bool) and isinstance(n, (int, float)):
        return t.dtype  # the common case: float tensor and a Python number
    if isinstance(n, Tensor):
        return n.dtype
    nd = _number_dtype(n)
    if t._data.ndim == 0:
        return dtypes.result_type((), (t.dtype,), (nd,))
    return dtypes.result_type((t.dtype,), (), (nd,))


def _number_dtype(n) -> dtypes.dtype:
    if isinstance(n, bool):
        return dtypes.bool_
    if isinstance(n, np.bool_):  # not a Python bool: PyTorch's parser reads numpy's as a float
        return dtypes.get_default_dtype()
    if isinstance(n, (numbers.Integral,)):
        return dtypes.int64
    if isinstance(n, numbers.Real):
        return dtypes.get_default_dtype()
    if isinstance(n, numbers.Complex):
        return dtypes.default_complex()
    raise TypeError(f"unsupported operand type: '{type(n).__name__}'")


def _operand(x, dtype: dtypes.dtype):
    """The numpy value of an operand, in the computation dtype."""
    if isinstance(x, Tensor):
        data = x._data
        return data if data.dtype == dtype.np else data.astype(dtype.np)
    if isinstance(x, (np.generic,)):
        x = x.item()
    if dtype.is_floating_point:
        return float(x) if not isinstance(x, bool) else float(x)
    if dtype.is_complex:
        return complex(x)
    if dtype is dtypes.bool_:
        return bool(x)
    return _wrapped_int(int(x), dtype)


def _wrapped_int(v: int, dtype: dtypes.dtype):
    """A Python integer in an integer tensor's dtype: PyTorch casts it with wrap-around
    (uint8 + 300 adds 44, uint8 == 257 compares with 1), where numpy refuses it."""
    info = np.iinfo(dtype.np)
    if info.min <= v <= info.max:
        return v
    if not -2**63 <= v < 2**64:
        raise OverflowError("int too big to convert")  # past 64 bits PyTorch's reader gives up
    return np.array(v, np.uint64 if v >= 2**63 else np.int64).astype(dtype.np)


_NUMBERS = (bool, int, float, complex, np.number, np.bool_)
# what PyTorch's parser takes as a Tensor or a Number; Tensor last: isinstance tries the plain
# types first, and an exact match is quick where a class with a metaclass is not
_OPERANDS = (*_NUMBERS, Tensor)


def _check_operand(x, name: str, arg: str = "other", position: int = 2) -> None:
    """PyTorch's argument parser takes a Tensor or a Python number here (not a list, an array,
    None): anything else is its TypeError. The function form counts ``input`` as position 1,
    a method (``Tensor.add``) counts ``other`` as 1: see ``methods.py``."""
    if not isinstance(x, _OPERANDS):
        raise TypeError(f"{name}(): argument '{arg}' (position {position}) must be Tensor, not {_type_name(x)}")


def _binary(rule, a, b, dtype=None):
    """The shared path of + - * / and friends: promote, compute, record."""
    if dtype is None and b.__class__ in (float, int) and a.dtype.is_floating_point:
        # The common case (a float tensor and a Python number) needs no promotion or casts;
        # numpy keeps the array's float dtype for a plain Python number.
        dtype, x, y = a.dtype, a._data, b
        if dtype is dtypes.bfloat16 and rule.name in _BFLOAT16_SCALAR_RULES:
            y = _in_bfloat16(y)
        elif dtype is dtypes.float16 and rule.name in _HALF_OPMATH_SCALAR_RULES:
            x, y = x.astype(np.float32), np.float32(y)
    elif dtype is None and b.__class__ is Tensor and a.__class__ is Tensor and a.dtype is b.dtype:
        dtype, x, y = a.dtype, a._data, b._data  # two tensors of one dtype: nothing to promote
        if dtype is dtypes.float16 and rule.name in _HALF_OPMATH_SCALAR_RULES and not b.ndim and a.ndim:
            x, y = x.astype(np.float32), np.float32(y)  # a 0-d operand is read as a number: in float32
    else:
        if dtype is None:
            dtype = _result_dtype(a, b)
        if (dtype is dtypes.float16 and rule.name in _HALF_OPMATH_SCALAR_RULES and a.__class__ is Tensor
                and a.dtype is dtype and (b.__class__ in (float, int) or b.__class__ is Tensor and not b.ndim
                                          and b.dtype.is_floating_point and a.ndim)):
            # a number, or a 0-d tensor (read as one): in float32
            x, y = a._data.astype(np.float32), np.float32(b._data if b.__class__ is Tensor else b)
        else:
            x, y = _operand(a, dtype), _operand(b, dtype)
    try:
        data = rule.forward(x, y)
    except ValueError:
        raise _broadcast_error(a, b) from None
    if data.__class__ is not np.ndarray or data.dtype != dtype.np:
        data = np.asarray(data, dtype=dtype.np)
    if data.ndim > 1 and data.flags.c_contiguous:
        data = laid_out_as_leading_operand(data, x, y)
    out = make(data, dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(rule, (a, b), out)
    elif _State.inference:
        out.__dict__["_inference"] = True
    return out


def laid_out_as_leading_operand(data: np.ndarray, x, y) -> np.ndarray:
    """PyTorch lays a result out as its first operand of the result's full shape (a channels-last
    or transposed one), where numpy may have written it row-major."""
    y_full = y.__class__ is np.ndarray and y.shape == data.shape
    if x.__class__ is np.ndarray and x.shape == data.shape:
        # equal strides: the common row-major case (a size-1 dim may carry another stride);
        # both operands contiguous: so is PyTorch's result, whatever size-1 strides say
        if x.strides == data.strides or x.flags.c_contiguous and y_full and y.flags.c_contiguous:
            return data
        return laid_out_like(data, x)
    return laid_out_like(data, y) if y_full and y.strides != data.strides else data


def _refuse_operands(input, other, name: str) -> None:
    """Raises PyTorch's TypeError for the first of two operands that is not a Tensor or a number
    (the callers test both with one ``isinstance`` each first: this is on every op's path)."""
    _check_operand(input, name, "input", 1)
    _check_operand(other, name)


def _refuse_two_numbers(name: str, input, other) -> None:
    """pow, remainder and fmod take no two Python numbers (add, sub, mul and div do)."""
    if not isinstance(input, Tensor) and not isinstance(other, Tensor) and isinstance(input, _OPERANDS) \
            and isinstance(other, _OPERANDS):
        raise invalid_combination(name, (input, other), {}, OVERLOADS[name])


def is_operand(x) -> bool:
    """Whether PyTorch's parser takes ``x`` as a Tensor or a Number argument."""
    return isinstance(x, _OPERANDS)


def _check_overloads(name: str, table: str, args: tuple, kwargs: dict | None = None) -> None:
    for a in args:
        if not isinstance(a, _OPERANDS):
            raise invalid_combination(name, args, kwargs or {}, OVERLOADS[table])


def add(input, other, *, alpha=1) -> Tensor:
    if not (isinstance(other, _OPERANDS) and isinstance(input, _OPERANDS)):
        _refuse_operands(input, other, "add")
    if not isinstance(input, Tensor):
        if isinstance(other, Tensor):
            input, other = other, input  # torch.add(2, t): numbers are commutative here
        else:  # torch.add(5, 5): the parser makes a tensor of the first number
            input = tensor(input)
    if not isinstance(alpha, Tensor) and alpha == 1:  # (a tensor alpha is checked, never compared)
        return _binary(_R["add"], input, other)
    check_number(alpha, "add", "alpha", only_number=True)
    if not isinstance(other, Tensor):  # a number times alpha is just another number
        return _binary(_R["add"], input, other * alpha)
    return _alpha_op("add_alpha", input, other, alpha, _result_dtype(input, other))


def _alpha_op(name, a, b, alpha, dtype):
    alpha = alpha.item() if isinstance(alpha, Tensor) else alpha  # a 0-d tensor enters as a Scalar
    x, y = _operand(a, dtype), _operand(b, dtype)
    try:
        if dtype is dtypes.bfloat16:
            data = blas.add_scaled_bfloat16(x, y, alpha if name == "add_alpha" else -alpha)
        elif dtype is dtypes.float16:
            data = _half_alpha_op(name, x, y, alpha)
        else:
            data = np.asarray(_R[name].forward(x, y, alpha), dtype=dtype.np)
    except ValueError:
        raise _broadcast_error(a, b) from None
    out = make(data, dtype)
    return record(_R[name], (a, b), out, {"alpha": alpha})


def _number_as_tensor(input, other):
    """PyTorch's parser takes a Python number for ``input`` in add/sub/mul/div/floor_divide and their
    aliases (a tensor made of it: torch.div(2, 3) is tensor(0.6667)); the others refuse it."""
    return tensor(input) if not isinstance(input, Tensor) and isinstance(input, _OPERANDS) else input


def sub(input, other, *, alpha=1) -> Tensor:
    if not (isinstance(other, _OPERANDS) and isinstance(input, _OPERANDS)):
        _refuse_operands(input, other, "sub")
    if not isinstance(input, Tensor) and not isinstance(other, Tensor):
        input = _number_as_tensor(input, other)
    _check_bool_sub(input, other)
    if isinstance(alpha, Tensor) or alpha != 1:
        check_number(alpha, "sub", "alpha", only_number=True)
        if not isinstance(other, Tensor):
            return _binary(_R["sub"], input, other * alpha)
        return _alpha_op("sub_alpha", input, other, alpha, _result_dtype(input, other))
    return _binary(_R["sub"], input, other)


def sub_operands_known(input: Tensor, other) -> Tensor:
    """``input - other`` from the operator (see ``mul_operands_known``); bool operands still refused."""
    if input.dtype is dtypes.bool_ or other.__class__ is Tensor and other.dtype is dtypes.bool_:
        _check_bool_sub(input, other)
    return _binary(_R["sub"], input, other)


def subtract(input, other, *, alpha=1) -> Tensor:
    _check_overloads("subtract", "subtract", (input, other), {"alpha": alpha} if alpha != 1 else None)
    return sub(input, other, alpha=alpha)


def _check_bool_sub(a, b) -> None:
    da = a.dtype if isinstance(a, Tensor) else _number_dtype(a)
    db = b.dtype if isinstance(b, Tensor) else _number_dtype(b)
    if da is dtypes.bool_ and db is dtypes.bool_:
        raise RuntimeError("Subtraction, the `-` operator, with two bool tensors is not supported. "
                           "Use the `^` or `logical_xor()` operator instead.")
    if da is dtypes.bool_ or db is dtypes.bool_:
        raise RuntimeError("Subtraction, the `-` operator, with a bool tensor is not supported. "
                           "If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.")


def rsub(input: Tensor, other, alpha=1) -> Tensor:
    """``other - input``: RsubBackward1 for a Python number ``other``, RsubBackward0 for a tensor."""
    _check_bool_sub(input, other)
    if isinstance(other, Tensor):
        return _binary(_R["rsub_tensor"], input, other)
    dtype = _result_dtype(input, other)
    number = _in_bfloat16(other) if dtype is dtypes.bfloat16 else _operand(other, dtype)
    data = np.asarray(number - alpha * _operand(input, dtype), dtype=dtype.np)
    return record(_R["rsub"], (input,), make(data, dtype), {"alpha": alpha})


def mul(input, other) -> Tensor:
    if not (isinstance(other, _OPERANDS) and isinstance(input, _OPERANDS)):
        _refuse_operands(input, other, "mul")
    if not isinstance(input, Tensor):
        input, other = (other, input) if isinstance(other, Tensor) else (_number_as_tensor(input, other), other)
    return _binary(_R["mul"], input, other)


def mul_operands_known(input: Tensor, other) -> Tensor:
    """``input * other`` from the operator, which has checked ``other`` (a Tensor or a Python
    int or float) and whose ``input`` is the tensor: nothing left to check or swap."""
    return _binary(_R["mul"], input, other)


def multiply(input, other) -> Tensor:
    _check_overloads("multiply", "multiply", (input, other))
    return mul(input, other)


_NO_MODE: Any = object()  # rounding_mode left out (an explicit None picks PyTorch's other overload)


def div(input, other, *, rounding_mode=_NO_MODE) -> Tensor:
    if rounding_mode is not _NO_MODE and rounding_mode is not None:
        _check_overloads("div", "div_rounding", (input, other), {"rounding_mode": rounding_mode})
    if not (isinstance(other, _OPERANDS) and isinstance(input, _OPERANDS)):
        _refuse_operands(input, other, "div")
    input = _number_as_tensor(input, other)   # torch.div(1, t): DivBackward0, 1 / t rounded once
    if rounding_mode is not _NO_MODE:
        return _div_mode(input, other, rounding_mode)
    return _binary(_R["div"], input, other, _true_div_dtype(input, other))


def _div_mode(input: Tensor, other, rounding_mode) -> Tensor:
    """div with a rounding_mode argument (PyTorch's div.Tensor_mode, node DivBackward2).

    floor is Python's floor division (fmod-based, as numpy's: 1.0 // 0.1 is 9, where floor(1.0 / 0.1)
    is 10); trunc rounds the true quotient toward zero; an explicit None is the true quotient.
    """
    if rounding_mode is None:
        dtype = _true_div_dtype(input, other)
        data = _operand(input, dtype) / _operand(other, dtype)
    elif rounding_mode == "floor":
        out = _integer_division(np.floor_divide, input, other)
        dtype, data = out.dtype, out._data
    elif rounding_mode == "trunc":
        dtype = _result_dtype(input, other)
        if dtype is dtypes.bool_:
            raise NotImplementedError("\"div_trunc_cpu\" not implemented for 'Bool'")
        a, b = _operand(input, dtype), _operand(other, dtype)
        if dtype.is_floating_point:
            data = np.trunc(a / b)
        else:
            if np.any(np.asarray(b) == 0):
                raise RuntimeError("ZeroDivisionError")
            data = np.floor_divide(a, b)
            data = data + ((np.remainder(a, b) != 0) & ((np.asarray(a) < 0) != (np.asarray(b) < 0)))
    else:
        raise RuntimeError("div expected rounding_mode to be one of None, 'trunc', or 'floor' but found "
                           f"'{rounding_mode}'")
    out = make(np.asarray(data, dtype=dtype.np), dtype)
    if not dtype.is_floating_point:
        return out
    return record(_R["div_mode"], (input, other), out, {"rounding_mode": rounding_mode})


def divide(input, other, *, rounding_mode=_NO_MODE) -> Tensor:
    _check_overloads("divide", "divide", (input, other),
                     {"rounding_mode": rounding_mode} if rounding_mode not in (None, _NO_MODE) else None)
    return div(input, other, rounding_mode=rounding_mode)


def true_divide(input, other) -> Tensor:
    _check_overloads("true_divide", "true_divide", (input, other))
    return div(input, other)


def _true_div_dtype(a, b) -> dtypes.dtype:
    dtype = _result_dtype(a, b)
    if dtype.is_floating_point:
        return dtype
    return dtype if dtype.is_complex else dtypes.get_default_dtype()


def _integer_division(np_fn, input, other) -> Tensor:
    """A division-like op, with PyTorch's error for an integer divisor of zero."""
    dtype = _result_dtype(input, other)
    if dtype is dtypes.bool_:  # no bool kernel: floor division, remainder and fmod of bools are refused
        kernel = {np.floor_divide: "div_floor_cpu", np.fmod: "fmod_cpu"}.get(np_fn, "remainder_cpu")
        raise NotImplementedError(f"\"{kernel}\" not implemented for 'Bool'")
    if not dtype.is_floating_point and np.any(np.asarray(_as_data(other)) == 0):
        raise RuntimeError("ZeroDivisionError")
    return wrap(np_fn(_operand(input, dtype), _operand(other, dtype)), dtype)


def floor_divide(input, other) -> Tensor:
    if not isinstance(input, Tensor) and not isinstance(other, Tensor):
        input = _number_as_tensor(input, other)
    if isinstance(input, Tensor) and input.dtype is dtypes.float16 and other.__class__ is float:
        # a float16 tensor by a number: in float32, the number read in float32, rounded once
        out = wrap(np.floor_divide(input._data.astype(np.float32), np.float32(other)).astype(np.float16),
                   dtypes.float16)
        return record_not_implemented("floor_divide", (input,), out)
    out = _integer_division(np.floor_divide, input, other)
    # PyTorch has no derivative for floor_divide: a float result that depends on a tensor requiring
    # grad gets a NotImplemented node, and backward through it fails
    if out.dtype.is_floating_point:
        return record_not_implemented("floor_divide", (input, other), out)
    return out


def remainder(input, other) -> Tensor:
    """Python's %: the result takes the sign of the divisor."""
    _refuse_two_numbers("remainder", input, other)
    out = _integer_division(_remainder, input, _bfloat16_divisor(input, other))
    return _record_division(out, "remainder", input, other)


def _record_division(out: Tensor, name: str, input, other) -> Tensor:
    """``fmod`` and ``remainder`` are differentiable: by the dividend always, by a tensor divisor too."""
    if not out.dtype.is_floating_point:
        return out
    if not isinstance(input, Tensor):  # a number divided by a tensor: PyTorch has no formula
        return record_not_implemented(name, (other,), out)
    return record(_R[name] if isinstance(other, Tensor) else _R[name + "_scalar"], (input, other), out)


def _remainder(a, b):
    # PyTorch's kernel: fmod, then the divisor added when the signs differ; an exact zero keeps
    # the dividend's sign (2 % -2 is 0., where numpy's mod gives -0.).
    if np.result_type(a, b).kind != "f":
        return np.mod(a, b)
    mod = np.fmod(a, b)
    return np.where((mod != 0) & ((np.asarray(b) < 0) != (mod < 0)), mod + b, mod)


def fmod(input, other) -> Tensor:
    """C's fmod: the result takes the sign of the dividend."""
    _refuse_two_numbers("fmod", input, other)
    out = _integer_division(np.fmod, input, _bfloat16_divisor(input, other))
    return _record_division(out, "fmod", input, other)


def pow(input, exponent) -> Tensor:  # noqa: A001 - torch.pow
    if not (isinstance(exponent, _OPERANDS) and isinstance(input, _OPERANDS)):
        raise invalid_combination("pow", (input, exponent), {}, OVERLOADS["pow"])
    _refuse_two_numbers("pow", input, exponent)
    if isinstance(exponent, Tensor) and exponent.dtype is dtypes.bool_ and (
            input.__class__ is bool or isinstance(input, Tensor) and input.dtype is dtypes.bool_):
        raise NotImplementedError('"pow" not implemented for \'Bool\'')  # a bool result: no kernel
    if isinstance(input, Tensor) and exponent.__class__ is not float:
        check_int_fits(exponent, input.dtype)
    if not isinstance(input, Tensor):
        base = input
        dtype = _result_dtype(exponent, base)
        if not dtype.is_floating_point and isinstance(base, float):
            dtype = dtypes.get_default_dtype()
        if _integral(dtype):
            return make(_integer_power(_operand(base, dtype), _operand(exponent, dtype)), dtype)
        # the kernel reads the number in the result's type (0.95 ** t uses float32's 0.95)
        applied = _operand(base, dtype)
        if dtype.is_floating_point and dtype is not dtypes.float64:
            applied = _in_bfloat16(applied) if dtype is dtypes.bfloat16 else float(dtype.np.type(applied))
        data = np.asarray(_R["rpow"].forward(_operand(exponent, dtype), applied), dtype=dtype.np)
        return record(_R["rpow"], (exponent,), make(data, dtype), {"self": base})
    if isinstance(exponent, Tensor):
        dtype = _result_dtype(input, exponent)
        if _integral(dtype):  # integers never require grad: no node to record
            try:
                return make(_integer_power(_operand(input, dtype), _operand(exponent, dtype)), dtype)
            except ValueError:
                raise _broadcast_error(input, exponent) from None
        return _binary(_R["pow_tensor"], input, exponent, dtype)
    if isinstance(exponent, np.generic):
        exponent = exponent.item()
    return pow_by_number(input, exponent)


def pow_by_number(input: Tensor, exponent) -> Tensor:
    """``input ** exponent`` for a Python number exponent (the operator calls it directly)."""
    if input.dtype.is_floating_point and exponent.__class__ in (int, float):
        dtype, x = input.dtype, input._data  # the common case, without the general promotion
    else:
        dtype = _result_dtype(input, exponent)
        _check_int_pow(input, exponent, dtype)
        x = _operand(input, dtype)
    # the forward kernel reads a float exponent in the tensor's type; the node saves it as given
    applied = exponent
    if exponent.__class__ is float and dtype in (dtypes.bfloat16, dtypes.float16):
        applied = _in_bfloat16(exponent) if dtype is dtypes.bfloat16 else float(np.float16(exponent))
    if dtype is dtypes.bfloat16 and applied == 3:  # two multiplications, each rounded to bfloat16
        data = dtypes.to_bfloat16_grid(dtypes.to_bfloat16_grid(x * x) * x)
    else:
        data = _power_by_scalar(x, applied, dtype)
    if data.__class__ is not np.ndarray or data.dtype != dtype.np:
        data = np.asarray(data, dtype=dtype.np)
    out = make(data, dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(_R["pow"], (input,), out, {"exponent": exponent})
    return out


def _power_by_scalar(x: np.ndarray, exponent, dtype: dtypes.dtype) -> np.ndarray:
    """x ** exponent the way PyTorch's kernel does it: common exponents by multiplication."""
    if not dtype.is_floating_point:
        if dtype.is_complex:
            return complex_power(x, exponent)
        return np.power(x, _operand(exponent, dtype))
    if dtype is dtypes.float16:  # computed in float, rounded to half once (x ** 3 is not two half products)
        if exponent == 0.5:  # SLEEF's powf, not float32's sqrt (which may land on a half midpoint)
            with np.errstate(all="ignore"):
                return sleef32_binary.powf(x.astype(np.float32), np.float32(0.5)).astype(np.float16)
        return _power_by_scalar(x.astype(np.float32), exponent, dtypes.float32).astype(np.float16)
    if exponent.__class__ is not bool:
        if exponent == 2:
            return x * x
        if exponent == 3:
            return x * x * x
        if exponent == 0.5:
            return rounding.sqrt(x)
        if exponent == 1:
            return x.copy()
        one = x.dtype.type(1)
        if exponent == -1:
            return one / x
        if exponent == -2:
            return one / (x * x)
        if exponent == -0.5:
            return one / np.sqrt(x)
    if x.dtype == np.float32 and exponent.__class__ is float and rounding.VECTOR_LANES:
        # ATen's float loop: whole vector blocks call SLEEF's powf with the exponent rounded to
        # float (x ** 1.7 uses float32's 1.7), the rest the C library's pow in double with the
        # exponent as given
        x64 = x.astype(np.float64)
        out = np.empty(x.shape, np.float32)
        threads = blas.get_threads()
        e32 = np.float32(exponent)
        with np.errstate(all="ignore"):
            if x.flags.c_contiguous and (threads == 1 or x.size <= float32_math.PARALLEL_GRAIN):
                # one run in memory order: the whole blocks first, the tail after them
                flat, flat64 = out.reshape(-1), x64.reshape(-1)
                blocks = x.size // (2 * rounding.VECTOR_LANES) * (2 * rounding.VECTOR_LANES)
                if blocks:
                    flat[:blocks] = sleef32_binary.powf(x.reshape(-1)[:blocks], e32)
                flat[blocks:] = np.power(flat64[blocks:], exponent)
                return out
            vector = float32_math.vector_path_mask(x, num_threads=threads, lanes=rounding.VECTOR_LANES)
            out[vector] = sleef32_binary.powf(x[vector], e32)
            out[~vector] = np.power(x64[~vector], exponent)
        return out
    return via_float64(lambda a: rounding.power(a, float(exponent)))(x)


def _integral(dtype: dtypes.dtype) -> bool:
    return not dtype.is_floating_point and dtype is not dtypes.bool_


def _integer_power(base: np.ndarray, exponent: np.ndarray) -> np.ndarray:
    """PyTorch's integer pow with a tensor exponent: a negative exponent gives 1 for a base of 1,
    +-1 for -1 (by the exponent's parity) and 0 otherwise, where numpy refuses. (A number exponent
    that is negative is refused, by _check_int_pow.)"""
    base, exponent = np.broadcast_arrays(base, exponent)
    negative = exponent < 0
    out = np.power(base, np.where(negative, 0, exponent))
    if negative.any():
        odd = (exponent % 2) != 0
        out = np.where(negative, np.where(base == 1, 1, np.where(base == -1, np.where(odd, -1, 1), 0)), out)
    return out.astype(base.dtype, copy=False)


def _check_int_pow(base, exponent, dtype) -> None:
    if not dtype.is_floating_point and not dtype.is_complex:
        e = exponent._data if isinstance(exponent, Tensor) else exponent
        if np.any(np.asarray(e) < 0):
            raise RuntimeError("Integers to negative integer powers are not allowed.")


def square(input: Tensor) -> Tensor:
    return pow(input, 2)


def neg(input: Tensor) -> Tensor:
    if input.dtype is dtypes.bool_:
        raise RuntimeError("Negation, the `-` operator, on a bool tensor is not supported. If you are "
                           "trying to invert a mask, use the `~` or `logical_not()` operator instead.")
    return _unary(_R["neg"], input, keep_int=True)


negative = neg


def _compare(fn, a, b, name: str) -> Tensor:
    if not (isinstance(b, _OPERANDS) and isinstance(a, _OPERANDS)):
        raise invalid_combination(name, (a, b), {}, OVERLOADS["compare"])
    dtype = _result_dtype(a, b)
    try:
        data = fn(_operand(a, dtype), _operand(b, dtype))
    except ValueError:
        raise _broadcast_error(a, b) from None
    return batch_like((a, b), make(np.asarray(data), dtypes.bool_))


def eq(input, other) -> Tensor:
    return _compare(np.equal, input, other, "eq")


def ne(input, other) -> Tensor:
    return _compare(np.not_equal, input, other, "ne")


def lt(input, other) -> Tensor:
    return _compare(np.less, input, other, "lt")


def le(input, other) -> Tensor:
    return _compare(np.less_equal, input, other, "le")


def gt(input, other) -> Tensor:
    return _compare(np.greater, input, other, "gt")


def ge(input, other) -> Tensor:
    return _compare(np.greater_equal, input, other, "ge")


greater, greater_equal, less, less_equal, not_equal = gt, ge, lt, le, ne


def _logical(fn, kernel: str, a, b) -> Tensor:
    dtype = _result_dtype(a, b)
    if dtype.is_floating_point:
        raise NotImplementedError(f'"{kernel}_cpu" not implemented for \'{_scalar_type_name(dtype)}\'')
    try:
        return batch_like((a, b), wrap(fn(_operand(a, dtype), _operand(b, dtype)), dtype))
    except ValueError:
        raise _broadcast_error(a, b) from None


def bitwise_and(a, b) -> Tensor:
    return _logical(np.bitwise_and, "bitwise_and", a, b)


def bitwise_or(a, b) -> Tensor:
    return _logical(np.bitwise_or, "bitwise_or", a, b)


def bitwise_xor(a, b) -> Tensor:
    return _logical(np.bitwise_xor, "bitwise_xor", a, b)


def _shift(a, b, left: bool) -> Tensor:
    """``a << b`` / ``a >> b`` on integers; a shift by a negative count or by the width or more
    gives 0 (or -1 for a negative number shifted right), as PyTorch's kernels do."""
    dtype = _result_dtype(a, b)
    if dtype.is_floating_point or dtype is dtypes.bool_:
        kernel = "lshift" if left else "rshift"
        raise NotImplementedError(f'"{kernel}_cpu" not implemented for \'{_scalar_type_name(dtype)}\'')
    try:
        x, count = np.broadcast_arrays(_operand(a, dtype), _operand(b, dtype))
    except ValueError:
        raise _broadcast_error(a, b) from None
    count = count.astype(np.int64)
    outside = (count < 0) | (count >= x.dtype.itemsize * 8)
    count = np.where(outside, 0, count).astype(x.dtype)
    if left:
        data = np.where(outside, 0, np.left_shift(x, count))
    else:
        data = np.where(outside, np.where(x < 0, -1, 0), np.right_shift(x, count))
    return wrap(np.asarray(data, dtype=dtype.np), dtype)


def bitwise_left_shift(a, b) -> Tensor:
    return _shift(a, b, True)


def bitwise_right_shift(a, b) -> Tensor:
    return _shift(a, b, False)


def logical_not(a: Tensor) -> Tensor:
    return batch_like((a,), make(np.logical_not(a._data), dtypes.bool_))


def logical_and(input: Tensor, other: Tensor) -> Tensor:
    _require_tensor(other, "logical_and", "other")  # a number is refused (the parser words it)
    return batch_like((input, other), make(np.logical_and(input._data, other._data), dtypes.bool_))


def logical_or(input: Tensor, other: Tensor) -> Tensor:
    _require_tensor(other, "logical_or", "other")
    return batch_like((input, other), make(np.logical_or(input._data, other._data), dtypes.bool_))


def bitwise_not(a: Tensor) -> Tensor:
    if a.dtype.is_floating_point:
        raise NotImplementedError(f"\"bitwise_not_cpu\" not implemented for '{_scalar_type_name(a.dtype)}'")
    return make(np.invert(a._data), a.dtype)


def _as_data(x):
    return x._data if isinstance(x, Tensor) else x


# ============================================================================================
# Unary math
# ============================================================================================
_BOOL_KERNELS = {"abs": "abs_cpu", "floor": "floor_vml_cpu", "ceil": "ceil_vml_cpu", "trunc": "trunc_vml_cpu",
                 "round": "round_vml_cpu"}


def _check_bool_unary(name: str) -> None:
    """The integer-keeping unary ops PyTorch has no bool kernel for."""
    if name == "relu":
        raise RuntimeError("Boolean inputs not supported for relu")
    if name in _BOOL_KERNELS:
        raise NotImplementedError(f"\"{_BOOL_KERNELS[name]}\" not implemented for 'Bool'")


def _unary(rule, input: Tensor, keep_int: bool = False, attrs=None, forward=None) -> Tensor:  # forward: dtype's kernel
    if not isinstance(input, Tensor):
        raise TypeError(f"{rule.name}(): argument 'input' (position 1) must be Tensor, not {_type_name(input)}")
    dtype = input.dtype
    x = input._data
    if not dtype.is_floating_point:
        if dtype.is_complex:
            if not keep_int:
                return complex_unary(rule.name, input)
        elif dtype is dtypes.bool_ and keep_int:
            _check_bool_unary(rule.name)
            if rule.name in ("sign", "sgn"):  # the sign of a bool is itself
                return make(x.copy(), dtype)
        elif not keep_int:
            dtype = dtypes.get_default_dtype()
            x = x.astype(dtype.np)
    data = (forward or rule.forward)(x) if attrs is None else rule.forward(x, **attrs)  # (forward only without attrs)
    if data.__class__ is not np.ndarray or data.dtype != dtype.np:
        data = np.asarray(data, dtype=dtype.np)
    if x.ndim > 1 and not x.flags.c_contiguous and data.flags.c_contiguous:
        data = laid_out_like(data, x)  # a kernel that wrote row-major: PyTorch's result keeps the layout
    out = make(data, dtype)
    if _State.enabled and input._requires_grad or _State.dual_level or _State.vmap_randomness:
        record(rule, (input,), out, attrs)
    elif _State.inference:
        out.__dict__["_inference"] = True
    return out


def _unary_fn(name, keep_int=False):
    def fn(input: Tensor) -> Tensor:
        with np.errstate(all="ignore"):
            return _unary(_R[name], input, keep_int)
    fn.__name__ = fn.__qualname__ = name  # TypeErrors about its arguments name it as PyTorch does
    return fn


exp = _unary_fn("exp")
log = _unary_fn("log")
sin = _unary_fn("sin")
cos = _unary_fn("cos")
tanh = _unary_fn("tanh")
sigmoid = _unary_fn("sigmoid")
sqrt = _unary_fn("sqrt")
reciprocal = _unary_fn("reciprocal")
abs = _unary_fn("abs", keep_int=True)  # noqa: A001 - torch.abs
absolute = abs
sign = _unary_fn("sign", keep_int=True)


def relu(input: Tensor) -> Tensor:
    return _unary(_R["relu"], input, keep_int=True)


# Piecewise-constant ops (zero gradient, still recorded as PyTorch records them) and frac.
floor = _unary_fn("floor", keep_int=True)
ceil = _unary_fn("ceil", keep_int=True)
trunc = _unary_fn("trunc", keep_int=True)
_frac = _unary_fn("frac")


def frac(input: Tensor) -> Tensor:
    if isinstance(input, Tensor) and not input.dtype.is_floating_point:  # no integer kernel in PyTorch
        raise NotImplementedError(f"\"frac_cpu\" not implemented for '{_scalar_type_name(input.dtype)}'")
    return _frac(input)
log1p = _unary_fn("log1p")


def rsqrt(input: Tensor) -> Tensor:
    # bfloat16's scalar loop rounds the root to bfloat16 (its arrays are float32: the kernel is told)
    bfloat16 = isinstance(input, Tensor) and input.dtype is dtypes.bfloat16
    with np.errstate(all="ignore"):
        return _unary(_R["rsqrt"], input, forward=rounding.rsqrt_bfloat16 if bfloat16 else None)


expm1 = _unary_fn("expm1")
log2 = _unary_fn("log2")
log10 = _unary_fn("log10")


def round(input: Tensor, *, decimals=None) -> Tensor:  # noqa: A001
    if decimals is None:
        return _unary(_R["round"], input, keep_int=True)
    # Passing decimals (even 0) is PyTorch's other overload, with its own node (RoundBackward1).
    if not input.dtype.is_floating_point:
        kernel = "round_vml_cpu" if decimals == 0 else "round_cpu"
        raise NotImplementedError(f"\"{kernel}\" not implemented for '{_scalar_type_name(input.dtype)}'")
    with np.errstate(all="ignore"):
        return _unary(_R["round_decimals"], input, attrs={"decimals": decimals})


tan = _unary_fn("tan")
asin = arcsin = _unary_fn("asin")
acos = arccos = _unary_fn("acos")
atan = arctan = _unary_fn("atan")
sinh = _unary_fn("sinh")
cosh = _unary_fn("cosh")
asinh = arcsinh = _unary_fn("asinh")
acosh = arccosh = _unary_fn("acosh")
atanh = arctanh = _unary_fn("atanh")


def atan2(input: Tensor, other: Tensor) -> Tensor:
    _require_tensor(other, "atan2", "other")
    with np.errstate(all="ignore"):
        return _binary(_R["atan2"], input, other, _true_div_dtype(input, other))


arctan2 = atan2


def maximum(input: Tensor, other: Tensor) -> Tensor:
    _require_tensor(other, "maximum", "other")
    return _binary(_R["maximum"], input, other)


def minimum(input: Tensor, other: Tensor) -> Tensor:
    _require_tensor(other, "minimum", "other")
    return _binary(_R["minimum"], input, other)


def _require_tensor(x, fn: str, arg: str, pos: int = 1) -> None:
    if not isinstance(x, Tensor):
        raise TypeError(f"{fn}(): argument '{arg}' (position {pos + 1}) must be Tensor, not {_type_name(x)}")


def _where_broadcast_error(*operands) -> RuntimeError:
    """PyTorch's error when where's operands do not broadcast: its iterator folds their shapes in
    order (condition, input, other) and names the first pair that clashes."""
    shape: tuple = ()
    for x in operands:
        s = tuple(x.shape) if isinstance(x, Tensor) else ()
        try:
            shape = tuple(np.broadcast_shapes(shape, s))
        except ValueError:
            return shapes_broadcast_error(shape, s)
    return _broadcast_error(operands[1], operands[2])


_NOT_GIVEN = object()  # where(cond, x): the parser names only the arguments given


def where(condition: Tensor, input=_NOT_GIVEN, other=_NOT_GIVEN) -> Tensor:
    if input is _NOT_GIVEN and other is _NOT_GIVEN:
        _vmap_levels.refuse_dynamic_shape(condition, "where")
        return nonzero(condition, as_tuple=True)
    if condition.dtype is not dtypes.bool_:
        raise RuntimeError(f"where expected condition to be a boolean tensor, but got a tensor with "
                           f"dtype {_scalar_type_name(condition.dtype)}")
    if not (isinstance(other, _OPERANDS) and isinstance(input, _OPERANDS)):
        given = tuple(a for a in (condition, input, other) if a is not _NOT_GIVEN)
        raise invalid_combination("where", given, {}, OVERLOADS["where"])
    if isinstance(input, Tensor) or isinstance(other, Tensor):
        dtype = _result_dtype(input, other)
    else:
        dtype = dtypes.promote_types(_number_dtype(input), _number_dtype(other))
    input, other = check_int_fits(input, dtype), check_int_fits(other, dtype)
    x, y = _operand(input, dtype), _operand(other, dtype)
    try:
        data = _select(condition._data, x, y, dtype.np)
    except ValueError:
        raise _where_broadcast_error(condition, input, other) from None
    out = make(data, dtype)
    return record(_R["where"], (condition, input, other), out) if (_State.enabled or _State.dual_level
                                                                   or _State.vmap_randomness) else out


# ATen's formulas multiply, divide or add a plain number with the Scalar overloads, which
# PyTorch shows as MulBackward1, DivBackward1, AddBackward1 (a Python `*` records the Tensor
# overload, MulBackward0): the same values, recorded under the Scalar overload's node.
# (Without a graph to build, as in every first-order backward, the plain operation directly.)
def mul_scalar(input: Tensor, other: float) -> Tensor:
    if not _State.enabled or _State.dual_level or _State.vmap_randomness:
        return input * other
    return record_backward_op("mul_scalar", (input,), {"other": other}, lambda: input * other)


def div_scalar(input: Tensor, other: float) -> Tensor:
    if not _State.enabled or _State.dual_level or _State.vmap_randomness:
        return input / other
    return record_backward_op("div_scalar", (input,), {"other": other}, lambda: input / other)


def add_scalar(input: Tensor, other: float) -> Tensor:
    if not _State.enabled or _State.dual_level or _State.vmap_randomness:
        return input + other
    return record_backward_op("add_scalar", (input,), {"other": other}, lambda: input + other)


# The backward ops of relu, tanh and sigmoid are ops of their own, as in PyTorch: under
# create_graph they are recorded with their own nodes (ThresholdBackwardBackward0, ...), and
# differentiating them again runs the same kernels PyTorch runs, to the last bit.
def threshold_backward(grad_output: Tensor, input: Tensor, threshold) -> Tensor:
    """``grad_output`` where ``input > threshold``, else 0: relu's backward."""
    dtype = grad_output.dtype
    out = make(_select(input._data <= threshold, 0.0, grad_output._data, dtype.np), dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        return record(_R["threshold_backward"], (grad_output, input), out, {"threshold": threshold})
    return out


def tanh_backward(grad_output: Tensor, output: Tensor) -> Tensor:
    """``grad * (1 - out * out)``: tanh's backward from its output. In float32 and float64
    PyTorch's kernel forms ``1 - out * out`` as one fused multiply-add."""
    if output.dtype is dtypes.float32:
        data = float32_math.tanh_backward(grad_output._data, output._data)
    elif output.dtype is dtypes.float64:
        data = float64_math.tanh_backward(grad_output._data, output._data)
    else:
        o = output._data.astype(np.float32) if output.dtype is dtypes.float16 else output._data  # float16: in float
        data = grad_output._data * (1 - o * o)
    out = make(np.asarray(data, dtype=output.dtype.np), output.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        return record(_R["tanh_backward"], (grad_output, output), out)
    return out


def sigmoid_backward(grad_output: Tensor, output: Tensor) -> Tensor:
    """``grad * (1 - out) * out``, in PyTorch's order of operations."""
    o = output._data  # float16 rounds each product to float16 here (unlike tanh's backward; measured)
    data = grad_output._data * (1 - o) * o
    out = make(np.asarray(data, dtype=output.dtype.np), output.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        return record(_R["sigmoid_backward"], (grad_output, output), out)
    return out


_SAME_SIZE_INT = {1: np.int8, 2: np.int16, 4: np.int32, 8: np.int64}
_ONE_INT8 = np.array(1, np.int8)  # a 0-d array operand costs less than a numpy scalar


def _select(condition: np.ndarray, x, y, dtype: np.dtype) -> np.ndarray:
    """``np.where(condition, x, y)`` in ``dtype``.

    numpy's where branches on every element, which costs ~4 µs per 1,000 unpredictable
    conditions (relu's backward on a layer's activations). Past a few thousand elements the same
    choice is made with bit masks: ``x ^ ((x ^ y) & ~mask)`` on the values' bits.
    """
    if condition.size < 4096 or dtype.kind not in "fiub":
        return np.asarray(np.where(condition, x, y), dtype=dtype)
    bits = _SAME_SIZE_INT[dtype.itemsize]
    xb = np.asarray(x, dtype=dtype).view(bits)
    yb = np.asarray(y, dtype=dtype).view(bits)
    # 0 where the condition holds, all ones (-1) where it does not; one byte per element, widened
    # to the values' size inside the next ufunc (-1 stays all ones).
    keep_y = np.subtract(condition.view(np.int8), _ONE_INT8)
    if xb.ndim == 0 and xb == 0:  # where(c, 0, y), as relu's backward: y's bits, masked
        return np.bitwise_and(yb, keep_y, dtype=bits).view(dtype)
    result = np.bitwise_xor(xb, yb)
    shape = np.broadcast_shapes(condition.shape, result.shape)
    result = np.bitwise_and(result, keep_y, out=result if result.shape == shape else None, dtype=bits)
    np.bitwise_xor(result, xb, out=result)
    return result.view(dtype)


def nonzero(input: Tensor, *, as_tuple: bool = False) -> Any:
    _vmap_levels.refuse_dynamic_shape(input, "nonzero")
    return nonzero_indices(input, as_tuple)


def nonzero_indices(input: Tensor, as_tuple: bool = False) -> Any:
    data = input._data
    idx = np.nonzero(data.reshape(1) if data.ndim == 0 else data)  # a 0-d tensor as one element
    if as_tuple:
        return tuple(make(i.astype(np.int64), dtypes.int64) for i in idx)
    # PyTorch fills one row per dim, then hands back its transpose: strides (1, n), not contiguous
    rows = np.stack(idx).astype(np.int64) if data.ndim else np.empty((0, len(idx[0])), np.int64)
    return make(rows.T, dtypes.int64)


def lerp_values(start: np.ndarray, end: np.ndarray, weight) -> np.ndarray:
    """PyTorch's lerp kernel: ``fma(w, end - start, start)`` for |w| < 0.5, else
    ``fma(w - 1, end - start, end)``; the fused float32 step is exact in float64, rounded once."""
    diff = end - start
    small = np.abs(weight) < 0.5
    coeff = np.where(small, weight, weight - 1)
    base = np.where(small, start, end)
    if diff.dtype == np.float32:
        return (coeff.astype(np.float64) * diff.astype(np.float64) + base).astype(np.float32)
    if diff.dtype == np.float64:
        return sleef64.fma(coeff, diff, base)  # one rounding, as the kernel's fused step
    return coeff * diff + base


def _check_lerp_dtype(x, name: str, dtype: dtypes.dtype) -> None:
    if isinstance(x, Tensor) and x.dtype is not dtype:
        raise RuntimeError(f"expected dtype {_c_type(dtype)} for `{name}` but got dtype {_c_type(x.dtype)}")


def lerp(input: Tensor, end: Tensor, weight) -> Tensor:
    _check_lerp_dtype(end, "end", input.dtype)  # before the kernel: an int64 lerp towards a float end says so
    if not input.dtype.is_floating_point:
        if input.dtype.is_complex:
            raise refusal_of("lerp", input.dtype.np)
        kernel = "lerp_kernel_tensor" if isinstance(weight, Tensor) else "lerp_kernel_scalar"
        raise NotImplementedError(f'"{kernel}" not implemented for \'{_scalar_type_name(input.dtype)}\'')
    _check_lerp_dtype(weight, "weight", input.dtype)
    t = np.float32 if input.dtype is dtypes.float16 else input.dtype.np.type  # float16: in float32, one rounding
    w = weight._data.astype(t, copy=False) if isinstance(weight, Tensor) else t(weight)
    try:
        data = lerp_values(input._data.astype(t, copy=False), end._data.astype(t, copy=False), w)
    except ValueError:
        raise _broadcast_error(input, end) from None
    out = make(np.asarray(data, dtype=input.dtype.np), input.dtype)
    if isinstance(weight, Tensor):
        return record(_R["lerp_tensor"], (input, end, weight), out)
    return record(_R["lerp_scalar"], (input, end), out, {"weight": weight})

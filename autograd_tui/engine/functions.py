"""The tensor operations behind ``torch.*`` and the ``Tensor`` methods.

Each function checks its arguments the way PyTorch does (same errors), picks the result dtype
with PyTorch's promotion rules, computes on numpy arrays, and calls ``record.record`` so the
result carries the right ``grad_fn``.
"""
from __future__ import annotations

import builtins
import math
import numbers
import warnings
from collections import namedtuple

import numpy as np

from autograd_tui.engine import _tensor, dtypes, generator as gen, graph
from autograd_tui.engine._tensor import Size, Tensor, _user_stacklevel, infer_array, make, norm_dim, strided, warn_once
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.record import RULES, Rule, record, sum_to
from autograd_tui.engine.rounding import via_float64
from autograd_tui.engine.summation import float_sum

_R = RULES


def wrap(data, dtype: dtypes.dtype) -> Tensor:
    """A tensor around a numpy result, making sure it is an ndarray of the right dtype."""
    if data.__class__ is not np.ndarray:
        data = np.asarray(data)
    if data.dtype != dtype.np:
        data = data.astype(dtype.np)
    return make(data, dtype)


def _scalar_type_name(d: dtypes.dtype) -> str:
    return _tensor._scalar_name(d)


def _norm_dims(dim, ndim: int) -> tuple:
    if isinstance(dim, (list, tuple)):
        return tuple(sorted(norm_dim(d, ndim) for d in dim))
    return (norm_dim(dim, ndim),)


def _shape_arg(args) -> tuple:
    """zeros(2, 3), zeros((2, 3)), zeros([2, 3]) and zeros(torch.Size([2, 3])) all mean (2, 3)."""
    if len(args) == 1 and isinstance(args[0], (tuple, list, Size)):
        args = args[0]
    shape = []
    for a in args:
        if isinstance(a, Tensor):
            a = a.item()
        if not isinstance(a, numbers.Integral):
            raise TypeError(f"{type(a).__name__!r} object cannot be interpreted as an integer")
        shape.append(int(a))
    for d in shape:
        if d < 0:
            raise RuntimeError(f"Trying to create tensor with negative dimension {d}: {shape}")
    return tuple(shape)


def _allocate(shape: tuple, np_dtype, fill=None) -> np.ndarray:
    """np.zeros/np.full, turning an impossible size into PyTorch's allocation error."""
    try:
        if fill is None:
            return np.zeros(shape, np_dtype)
        return np.full(shape, fill, np_dtype)
    except (MemoryError, ValueError) as exc:
        if isinstance(exc, ValueError) and "too big" not in str(exc) and "maximum" not in str(exc):
            raise
        raise _allocation_error(shape, np_dtype) from None


def _allocation_error(shape: tuple, np_dtype) -> RuntimeError:
    nbytes = np.dtype(np_dtype).itemsize * math.prod(shape)
    return RuntimeError(
        "[enforce fail at alloc_cpu.cpp:127] err == 0. DefaultCPUAllocator: can't allocate memory: "
        f"you tried to allocate {nbytes} bytes. Error code 12 (Cannot allocate memory)")


def _filled(fill, shape: tuple, np_dtype) -> np.ndarray:
    """``fill()`` (random numbers, a range), with PyTorch's error when memory runs out."""
    try:
        return fill()
    except MemoryError:
        raise _allocation_error(shape, np_dtype) from None


def _finish_creation(t: Tensor, requires_grad: bool) -> Tensor:
    if requires_grad:
        if not t.dtype.is_floating_point:
            raise RuntimeError("Only Tensors of floating point and complex dtype can require gradients")
        t._requires_grad = True
    return t


def _check_device(device) -> None:
    if device is not None:
        _tensor.device(device)


# ============================================================================================
# Creation
# ============================================================================================
def _resolve_dtype(dtype) -> dtypes.dtype | None:
    if dtype is None or isinstance(dtype, dtypes.dtype):
        return dtype
    if dtype is float:
        return dtypes.float64
    if dtype is int:
        return dtypes.int64
    if dtype is bool:
        return dtypes.bool_
    return dtypes.from_numpy_dtype(dtype)


def tensor(data, *, dtype=None, device=None, requires_grad: bool = False, pin_memory: bool = False) -> Tensor:
    _check_device(device)
    if isinstance(data, Tensor):
        warnings.warn(
            "To copy construct from a tensor, it is recommended to use sourceTensor.detach().clone() "
            "or sourceTensor.detach().clone().requires_grad_(True), rather than "
            "torch.tensor(sourceTensor).", UserWarning, stacklevel=_user_stacklevel())
    arr, inferred = infer_array(data)
    dtype = _resolve_dtype(dtype) or inferred
    t = make(np.array(arr, dtype=dtype.np, copy=True), dtype)
    return _finish_creation(t, requires_grad)


def as_tensor(data, dtype=None, device=None) -> Tensor:
    _check_device(device)
    dtype = _resolve_dtype(dtype)
    if isinstance(data, Tensor):
        return data if dtype is None or dtype is data.dtype else data.to(dtype)
    if isinstance(data, np.ndarray):
        d = dtypes.from_numpy_dtype(data.dtype)
        if dtype is None or dtype is d:
            return make(data, d)
    arr, inferred = infer_array(data)
    dtype = dtype or inferred
    return make(np.asarray(arr, dtype=dtype.np), dtype)


def from_numpy(array: np.ndarray) -> Tensor:
    if not isinstance(array, np.ndarray):
        raise TypeError(f"expected np.ndarray (got {type(array).__name__})")
    return make(array, dtypes.from_numpy_dtype(array.dtype))


def _creation(shape, dtype, fill, requires_grad, device=None) -> Tensor:
    _check_device(device)
    dtype = _resolve_dtype(dtype) or dtypes.get_default_dtype()
    t = make(_allocate(shape, dtype.np, fill), dtype)
    return _finish_creation(t, requires_grad)


def zeros(*size, out=None, dtype=None, layout=None, device=None, requires_grad=False, pin_memory=False) -> Tensor:
    return _creation(_shape_arg(size), dtype, None, requires_grad, device)


def ones(*size, out=None, dtype=None, layout=None, device=None, requires_grad=False, pin_memory=False) -> Tensor:
    return _creation(_shape_arg(size), dtype, 1, requires_grad, device)


def empty(*size, out=None, dtype=None, layout=None, device=None, requires_grad=False, pin_memory=False,
          memory_format=None) -> Tensor:
    return _creation(_shape_arg(size), dtype, None, requires_grad, device)


def full(size, fill_value, *, out=None, dtype=None, layout=None, device=None, requires_grad=False) -> Tensor:
    if dtype is None:
        dtype = dtypes.scalar_dtype(fill_value.item() if isinstance(fill_value, Tensor) else fill_value)
    return _creation(_shape_arg((size,)), dtype, fill_value, requires_grad, device)


def eye(n: int, m: int | None = None, *, dtype=None, device=None, requires_grad=False, out=None) -> Tensor:
    dtype = _resolve_dtype(dtype) or dtypes.get_default_dtype()
    t = make(np.eye(n, n if m is None else m, dtype=dtype.np), dtype)
    return _finish_creation(t, requires_grad)


def arange(start, end=None, step=1, *, out=None, dtype=None, device=None, requires_grad=False) -> Tensor:
    if end is None:
        start, end = 0, start
    values = [v.item() if isinstance(v, Tensor) else v for v in (start, end, step)]
    start, end, step = values
    if step == 0:
        raise RuntimeError("step must be nonzero")
    if dtype is None:
        dtype = dtypes.int64 if builtins.all(isinstance(v, numbers.Integral) for v in values) else dtypes.get_default_dtype()
    dtype = _resolve_dtype(dtype)
    n = math.ceil((end - start) / step)
    if n < 0 or (step > 0 and start > end) or (step < 0 and start < end):
        raise RuntimeError("upper bound and larger bound inconsistent with step sign")
    if dtype.is_floating_point:
        data = _filled(lambda: (start + step * np.arange(n, dtype=np.float64)).astype(dtype.np),
                       (n,), dtype.np)
    else:
        data = _filled(lambda: np.arange(start, start + n * step, step, dtype=np.int64)[:n].astype(dtype.np),
                       (n,), dtype.np)
    return _finish_creation(make(data, dtype), requires_grad)


def linspace(start, end, steps: int, *, out=None, dtype=None, device=None, requires_grad=False) -> Tensor:
    dtype = _resolve_dtype(dtype) or dtypes.get_default_dtype()
    start, end = (v.item() if isinstance(v, Tensor) else v for v in (start, end))
    if steps < 0:
        raise RuntimeError("number of steps must be non-negative")
    if steps == 1:
        data = np.array([start], dtype=np.float64)
    elif dtype.is_floating_point:
        # PyTorch fills the first half from the start and the second half from the end,
        # in the tensor's own precision.
        # The step is rounded to the dtype; each value is then one fused multiply-add,
        # emulated in float64 and rounded once.
        t = dtype.np.type
        lo, hi = float(t(start)), float(t(end))
        step = float((t(hi) - t(lo)) / t(steps - 1))
        i = np.arange(steps, dtype=np.float64)
        half = steps // 2
        data = np.where(i < half, lo + step * i, hi - step * (steps - 1 - i))
    else:
        step = (end - start) / (steps - 1)
        i = np.arange(steps, dtype=np.float64)
        half = steps // 2
        data = np.where(i < half, start + step * i, end - step * (steps - i - 1))
    return _finish_creation(make(data.astype(dtype.np), dtype), requires_grad)


def _like(t: Tensor, fill, dtype, requires_grad) -> Tensor:
    dtype = _resolve_dtype(dtype) or t.dtype
    return _finish_creation(make(_allocate(t._data.shape, dtype.np, fill), dtype), requires_grad)


def zeros_like(t: Tensor, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None) -> Tensor:
    return _like(t, None, dtype, requires_grad)


def ones_like(t: Tensor, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None) -> Tensor:
    return _like(t, 1, dtype, requires_grad)


def empty_like(t: Tensor, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None) -> Tensor:
    return _like(t, None, dtype, requires_grad)


def full_like(t: Tensor, fill_value, *, dtype=None, layout=None, device=None, requires_grad=False,
              memory_format=None) -> Tensor:
    return _like(t, fill_value, dtype, requires_grad)


# ----- random ---------------------------------------------------------------------------------
def _generator(generator=None):
    return generator if generator is not None else gen.default_generator


def manual_seed(seed: int):
    return _generator().manual_seed(int(seed))


def seed() -> int:
    return _generator().seed()


def initial_seed() -> int:
    return _generator().initial_seed()


def get_rng_state() -> Tensor:
    state = _generator().get_state()
    return make(np.frombuffer(state, dtype=np.uint8).copy(), dtypes.uint8)


def set_rng_state(state: Tensor) -> None:
    _generator().set_state(bytes(state._data.astype(np.uint8)))


def _float_dtype(dtype) -> dtypes.dtype:
    dtype = _resolve_dtype(dtype) or dtypes.get_default_dtype()
    if not dtype.is_floating_point:
        raise RuntimeError(f'"check_uniform_bounds" not implemented for \'{_scalar_type_name(dtype)}\'')
    return dtype


def rand(*size, generator=None, out=None, dtype=None, layout=None, device=None, requires_grad=False,
         pin_memory=False) -> Tensor:
    dtype = _float_dtype(dtype)
    shape = _shape_arg(size)
    data = _filled(lambda: _generator(generator).rand(shape, dtype.np), shape, dtype.np)
    return _finish_creation(wrap(data, dtype), requires_grad)


def randn(*size, generator=None, out=None, dtype=None, layout=None, device=None, requires_grad=False,
          pin_memory=False) -> Tensor:
    dtype = _resolve_dtype(dtype) or dtypes.get_default_dtype()
    shape = _shape_arg(size)
    data = _filled(lambda: _generator(generator).randn(shape, dtype.np), shape, dtype.np)
    return _finish_creation(wrap(data, dtype), requires_grad)


def randint(*args, size=None, generator=None, dtype=None, device=None, requires_grad=False, out=None) -> Tensor:
    args = list(args)
    if size is None:
        size = args.pop()
    low, high = (0, args[0]) if len(args) == 1 else (args[0], args[1])
    if low >= high:
        raise RuntimeError(f"random_ expects 'from' to be less than 'to', but got from={low} >= to={high}")
    dtype = _resolve_dtype(dtype) or dtypes.int64
    shape = _shape_arg((size,))
    data = _filled(lambda: _generator(generator).randint(int(low), int(high), shape, dtype.np),
                   shape, dtype.np)
    return _finish_creation(wrap(data, dtype), requires_grad)


def randperm(n: int, *, generator=None, dtype=None, device=None, requires_grad=False) -> Tensor:
    dtype = _resolve_dtype(dtype) or dtypes.int64
    return wrap(_generator(generator).randperm(int(n)), dtype)


def rand_like(t: Tensor, *, dtype=None, requires_grad=False, **kwargs) -> Tensor:
    return rand(t.shape, dtype=dtype or t.dtype, requires_grad=requires_grad)


def randn_like(t: Tensor, *, dtype=None, requires_grad=False, **kwargs) -> Tensor:
    return randn(t.shape, dtype=dtype or t.dtype, requires_grad=requires_grad)


def randint_like(t: Tensor, low, high=None, *, dtype=None, requires_grad=False, **kwargs) -> Tensor:
    if high is None:
        low, high = 0, low
    return randint(low, high, t.shape, dtype=dtype or t.dtype, requires_grad=requires_grad)


def normal(mean=0.0, std=1.0, size=None, *, generator=None, out=None, dtype=None, requires_grad=False) -> Tensor:
    if isinstance(mean, Tensor) or isinstance(std, Tensor):
        m = mean if isinstance(mean, Tensor) else full_like(std, mean)
        s = std if isinstance(std, Tensor) else full_like(mean, std)
        noise = randn(broadcast_shapes(m.shape, s.shape), dtype=m.dtype, generator=generator)
        return m.detach() + noise * s.detach()
    dtype = _float_dtype(dtype)
    data = _generator(generator).normal(_shape_arg((size,)), float(mean), float(std), dtype.np)
    return _finish_creation(wrap(data, dtype), requires_grad)


def bernoulli(input: Tensor, p=None, *, generator=None) -> Tensor:
    probs = input._data if p is None else p
    data = _generator(generator).bernoulli(probs, input._data.shape, input.dtype.np)
    return wrap(data, input.dtype)


def multinomial(input: Tensor, num_samples: int, replacement: bool = False, *, generator=None) -> Tensor:
    raise NotImplementedError("torch.multinomial is not available in the embedded engine yet")


# ============================================================================================
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
    if isinstance(n, (bool, np.bool_)):
        return dtypes.bool_
    if isinstance(n, (numbers.Integral,)):
        return dtypes.int64
    if isinstance(n, numbers.Real):
        return dtypes.get_default_dtype()
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
    if dtype is dtypes.bool_:
        return bool(x)
    return int(x)


def broadcast_shapes(*shapes) -> Size:
    ndim = builtins.max((len(s) for s in shapes), default=0)
    out = [1] * ndim
    for s in shapes:
        for i in range(1, len(s) + 1):
            d = s[-i]
            if out[-i] == 1:
                out[-i] = d
            elif d != 1 and d != out[-i]:
                raise RuntimeError("Shape mismatch: objects cannot be broadcast to a single shape.  "
                                   "Mismatch is between arg 0 and arg 1.")
    return Size(out)


def _broadcast_error(a, b) -> RuntimeError:
    sa = a.shape if isinstance(a, Tensor) else ()
    sb = b.shape if isinstance(b, Tensor) else ()
    n = builtins.max(len(sa), len(sb))
    for i in range(n - 1, -1, -1):
        ia, ib = i - (n - len(sa)), i - (n - len(sb))
        da = sa[ia] if ia >= 0 else 1
        db = sb[ib] if ib >= 0 else 1
        if da != db and da != 1 and db != 1:
            return RuntimeError(f"The size of tensor a ({da}) must match the size of tensor b ({db}) "
                                f"at non-singleton dimension {i}")
    return RuntimeError("shape mismatch")


def _check_operand(x, name: str):
    if isinstance(x, (Tensor, bool, int, float, np.number, np.bool_)):
        return
    raise TypeError(f"{name}(): argument 'other' (position 1) must be Tensor, not {type(x).__name__}")


def _binary(rule, a, b, dtype=None):
    """The shared path of + - * / and friends: promote, compute, record."""
    if dtype is None and b.__class__ in (float, int) and a.dtype.is_floating_point:
        # The common case (a float tensor and a Python number) needs no promotion or casts;
        # numpy keeps the array's float dtype for a plain Python number.
        dtype, x, y = a.dtype, a._data, b
    else:
        if dtype is None:
            dtype = _result_dtype(a, b)
        x, y = _operand(a, dtype), _operand(b, dtype)
    try:
        data = rule.forward(x, y)
    except ValueError:
        raise _broadcast_error(a, b) from None
    if data.__class__ is not np.ndarray or data.dtype != dtype.np:
        data = np.asarray(data, dtype=dtype.np)
    out = make(data, dtype)
    if _State.enabled:
        record(rule, (a, b), out)
    elif _State.inference:
        out.__dict__["_inference"] = True
    return out


def _to_tensor_operand(x):
    if isinstance(x, (list, tuple)):
        return tensor(x)
    return x


def add(input, other, *, alpha=1, out=None) -> Tensor:
    input, other = _to_tensor_operand(input), _to_tensor_operand(other)
    if not isinstance(input, Tensor):
        input, other = other, input  # torch.add(2, t): numbers are commutative here
    _check_operand(other, "add")
    if alpha == 1:
        return _binary(_R["add"], input, other)
    if not isinstance(other, Tensor):  # a number times alpha is just another number
        return _binary(_R["add"], input, other * alpha)
    return _alpha_op("add_alpha", input, other, alpha, _result_dtype(input, other))


def _alpha_op(name, a, b, alpha, dtype):
    x, y = _operand(a, dtype), _operand(b, dtype)
    try:
        data = np.asarray(_R[name].forward(x, y, alpha), dtype=dtype.np)
    except ValueError:
        raise _broadcast_error(a, b) from None
    out = make(data, dtype)
    return record(_R[name], (a, b), out, {"alpha": alpha})


def sub(input, other, *, alpha=1, out=None) -> Tensor:  # also torch.subtract
    _check_bool_sub(input, other)
    if alpha != 1:
        if not isinstance(other, Tensor):
            return _binary(_R["sub"], input, other * alpha)
        return _alpha_op("sub_alpha", input, other, alpha, _result_dtype(input, other))
    return _binary(_R["sub"], input, other)


subtract = sub


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
    data = np.asarray(_operand(other, dtype) - alpha * _operand(input, dtype), dtype=dtype.np)
    return record(_R["rsub"], (input,), make(data, dtype), {"other": other})


def mul(input, other, *, out=None) -> Tensor:
    if not isinstance(input, Tensor):
        input, other = other, input
    return _binary(_R["mul"], input, other)


multiply = mul


def div(input, other, *, rounding_mode=None, out=None) -> Tensor:
    if rounding_mode is not None:
        q = _binary(_R["div"], input, other, _true_div_dtype(input, other))
        q = floor(q) if rounding_mode == "floor" else trunc(q)
        dtype = _result_dtype(input, other)
        return q.detach().to(dtype) if not dtype.is_floating_point else q
    if not isinstance(input, Tensor):
        return reciprocal(other) * input
    return _binary(_R["div"], input, other, _true_div_dtype(input, other))


divide = true_divide = div


def _true_div_dtype(a, b) -> dtypes.dtype:
    dtype = _result_dtype(a, b)
    return dtype if dtype.is_floating_point else dtypes.get_default_dtype()


def _integer_division(np_fn, input, other) -> Tensor:
    """A division-like op, with PyTorch's error for an integer divisor of zero."""
    dtype = _result_dtype(input, other)
    if not dtype.is_floating_point and np.any(np.asarray(_as_data(other)) == 0):
        raise RuntimeError("ZeroDivisionError")
    return wrap(np_fn(_operand(input, dtype), _operand(other, dtype)), dtype)


def floor_divide(input, other) -> Tensor:
    return _integer_division(np.floor_divide, input, other)


def remainder(input, other) -> Tensor:
    """Python's %: the result takes the sign of the divisor."""
    return _integer_division(np.mod, input, other)


def fmod(input, other) -> Tensor:
    """C's fmod: the result takes the sign of the dividend."""
    return _integer_division(np.fmod, input, other)


def pow(input, exponent, *, out=None) -> Tensor:  # noqa: A001 - torch.pow
    if not isinstance(input, Tensor):
        base = input
        dtype = _result_dtype(exponent, base)
        if not dtype.is_floating_point and isinstance(base, float):
            dtype = dtypes.get_default_dtype()
        data = np.asarray(_R["rpow"].forward(_operand(exponent, dtype), _operand(base, dtype)), dtype=dtype.np)
        return record(_R["rpow"], (exponent,), make(data, dtype), {"base": base})
    if isinstance(exponent, Tensor):
        dtype = _result_dtype(input, exponent)
        _check_int_pow(input, exponent, dtype)
        return _binary(_R["pow_tensor"], input, exponent, dtype)
    if isinstance(exponent, np.generic):
        exponent = exponent.item()
    if input.dtype.is_floating_point and exponent.__class__ in (int, float):
        dtype, x = input.dtype, input._data  # the common case, without the general promotion
    else:
        dtype = _result_dtype(input, exponent)
        _check_int_pow(input, exponent, dtype)
        x = _operand(input, dtype)
    data = _power_by_scalar(x, exponent, dtype)
    out = make(np.asarray(data, dtype=dtype.np), dtype)
    if _State.enabled:
        record(_R["pow"], (input,), out, {"exponent": exponent})
    return out


def _power_by_scalar(x: np.ndarray, exponent, dtype: dtypes.dtype) -> np.ndarray:
    """x ** exponent the way PyTorch's kernel does it: common exponents by multiplication."""
    if not dtype.is_floating_point:
        return np.power(x, _operand(exponent, dtype))
    if exponent.__class__ is not bool:
        if exponent == 2:
            return x * x
        if exponent == 3:
            return x * x * x
        if exponent == 0.5:
            return np.sqrt(x)
        if exponent == 1:
            return x.copy()
        one = x.dtype.type(1)
        if exponent == -1:
            return one / x
        if exponent == -2:
            return one / (x * x)
        if exponent == -0.5:
            return one / np.sqrt(x)
    return via_float64(lambda a: np.power(a, float(exponent)))(x)


def _check_int_pow(base, exponent, dtype) -> None:
    if not dtype.is_floating_point:
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


def _compare(fn, a, b) -> Tensor:
    dtype = _result_dtype(a, b)
    try:
        data = fn(_operand(a, dtype), _operand(b, dtype))
    except ValueError:
        raise _broadcast_error(a, b) from None
    return make(np.asarray(data), dtypes.bool_)


def eq(a, b) -> Tensor:
    return _compare(np.equal, a, b)


def ne(a, b) -> Tensor:
    return _compare(np.not_equal, a, b)


def lt(a, b) -> Tensor:
    return _compare(np.less, a, b)


def le(a, b) -> Tensor:
    return _compare(np.less_equal, a, b)


def gt(a, b) -> Tensor:
    return _compare(np.greater, a, b)


def ge(a, b) -> Tensor:
    return _compare(np.greater_equal, a, b)


greater, greater_equal, less, less_equal, not_equal = gt, ge, lt, le, ne


def _logical(fn, a, b) -> Tensor:
    dtype = _result_dtype(a, b)
    if dtype.is_floating_point:
        raise RuntimeError(f'"bitwise_and_cpu" not implemented for \'{_scalar_type_name(dtype)}\'')
    return wrap(fn(_operand(a, dtype), _operand(b, dtype)), dtype)


def bitwise_and(a, b) -> Tensor:
    return _logical(np.bitwise_and, a, b)


def bitwise_or(a, b) -> Tensor:
    return _logical(np.bitwise_or, a, b)


def bitwise_xor(a, b) -> Tensor:
    return _logical(np.bitwise_xor, a, b)


def logical_not(a: Tensor) -> Tensor:
    return make(np.logical_not(a._data), dtypes.bool_)


def logical_and(a: Tensor, b: Tensor) -> Tensor:
    return make(np.logical_and(a._data, _as_data(b)), dtypes.bool_)


def logical_or(a: Tensor, b: Tensor) -> Tensor:
    return make(np.logical_or(a._data, _as_data(b)), dtypes.bool_)


def bitwise_not(a: Tensor) -> Tensor:
    if a.dtype.is_floating_point:
        raise RuntimeError("\"bitwise_not_cpu\" not implemented for 'Float'")
    return make(np.invert(a._data), a.dtype)


def _as_data(x):
    return x._data if isinstance(x, Tensor) else x


# ============================================================================================
# Unary math
# ============================================================================================
def _unary(rule, input: Tensor, keep_int: bool = False, attrs=None) -> Tensor:
    if not isinstance(input, Tensor):
        raise TypeError(f"{rule.name}(): argument 'input' (position 1) must be Tensor, not {type(input).__name__}")
    dtype = input.dtype
    x = input._data
    if not keep_int and not dtype.is_floating_point:
        dtype = dtypes.get_default_dtype()
        x = x.astype(dtype.np)
    data = rule.forward(x) if attrs is None else rule.forward(x, **attrs)
    if data.__class__ is not np.ndarray or data.dtype != dtype.np:
        data = np.asarray(data, dtype=dtype.np)
    out = make(data, dtype)
    if _State.enabled and input._requires_grad:
        record(rule, (input,), out, attrs)
    elif _State.inference:
        out.__dict__["_inference"] = True
    return out


def _unary_fn(name, keep_int=False):
    def fn(input: Tensor, *, out=None) -> Tensor:
        with np.errstate(all="ignore"):
            return _unary(_R[name], input, keep_int)
    fn.__name__ = name
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


def relu(input: Tensor, inplace: bool = False) -> Tensor:
    if inplace:
        return _inplace(input, lambda s: _unary(_R["relu"], s, keep_int=True))
    return _unary(_R["relu"], input, keep_int=True)


# Piecewise-constant ops (zero gradient, still recorded as PyTorch records them) and frac.
floor = _unary_fn("floor", keep_int=True)
ceil = _unary_fn("ceil", keep_int=True)
trunc = _unary_fn("trunc", keep_int=True)
frac = _unary_fn("frac")
log1p = _unary_fn("log1p")
rsqrt = _unary_fn("rsqrt")


def round(input: Tensor, *, decimals: int = 0) -> Tensor:  # noqa: A001
    if decimals == 0:
        return _unary(_R["round"], input, keep_int=True)
    return wrap(np.round(input._data, decimals), input.dtype)


def expm1(input: Tensor) -> Tensor:
    return exp(input) - 1


def log2(input: Tensor) -> Tensor:
    return log(input) / math.log(2)


def log10(input: Tensor) -> Tensor:
    return log(input) / math.log(10)


def tan(input: Tensor) -> Tensor:
    return sin(input) / cos(input)


def clamp(input: Tensor, min=None, max=None, *, out=None) -> Tensor:  # noqa: A002
    if min is None and max is None:
        raise RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None")
    if isinstance(min, Tensor) or isinstance(max, Tensor):
        out_t = input
        if min is not None:
            out_t = maximum(out_t, min if isinstance(min, Tensor) else full_like(input, min))
        if max is not None:
            out_t = minimum(out_t, max if isinstance(max, Tensor) else full_like(input, max))
        return out_t
    dtype = input.dtype
    if not dtype.is_floating_point and (isinstance(min, float) or isinstance(max, float)):
        dtype = dtypes.get_default_dtype()
    x = input._data.astype(dtype.np, copy=False)
    data = np.clip(x, min, max).astype(dtype.np, copy=False)
    out_t = make(np.asarray(data), dtype)
    return record(_R["clamp"], (input,), out_t, {"min": min, "max": max}) if _State.enabled else out_t


clip = clamp


def clamp_min(input: Tensor, min) -> Tensor:  # noqa: A002
    return clamp(input, min=min)


def clamp_max(input: Tensor, max) -> Tensor:  # noqa: A002
    return clamp(input, max=max)


def clamp_mask(a: Tensor, lo, hi) -> Tensor:
    mask = np.ones(a._data.shape, dtype=bool)
    if lo is not None:
        mask &= a._data >= lo
    if hi is not None:
        mask &= a._data <= hi
    return make(mask, dtypes.bool_)


def maximum(input: Tensor, other: Tensor) -> Tensor:
    _require_tensor(other, "maximum", "other")
    return _binary(_R["maximum"], input, other)


def minimum(input: Tensor, other: Tensor) -> Tensor:
    _require_tensor(other, "minimum", "other")
    return _binary(_R["minimum"], input, other)


def _require_tensor(x, fn: str, arg: str, pos: int = 1) -> None:
    if not isinstance(x, Tensor):
        raise TypeError(f"{fn}(): argument '{arg}' (position {pos + 1}) must be Tensor, not {type(x).__name__}")


def where(condition: Tensor, input=None, other=None) -> Tensor:
    if input is None and other is None:
        return nonzero(condition, as_tuple=True)
    if condition.dtype is not dtypes.bool_:
        raise RuntimeError(f"where expected condition to be a boolean tensor, but got a tensor with "
                           f"dtype {_scalar_type_name(condition.dtype)}")
    if isinstance(input, Tensor) or isinstance(other, Tensor):
        dtype = _result_dtype(input, other)
    else:
        dtype = dtypes.promote_types(_number_dtype(input), _number_dtype(other))
    x, y = _operand(input, dtype), _operand(other, dtype)
    try:
        data = _select(condition._data, x, y, dtype.np)
    except ValueError:
        raise _broadcast_error(input, other) from None
    out = make(data, dtype)
    return record(_R["where"], (condition, input, other), out) if _State.enabled else out


def threshold_backward(grad_output: Tensor, input: Tensor, threshold) -> Tensor:
    """``grad_output`` where ``input > threshold``, else 0: relu's backward, as PyTorch names it.

    One op instead of a comparison and a ``where``; under create_graph it is that composite, so
    that it can be differentiated again.
    """
    if _State.enabled:
        return where(input <= threshold, 0.0, grad_output)
    dtype = grad_output.dtype
    return make(_select(input._data <= threshold, 0.0, grad_output._data, dtype.np), dtype)


_SAME_SIZE_INT = {1: np.int8, 2: np.int16, 4: np.int32, 8: np.int64}


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
    keep_y = np.subtract(condition.view(np.int8), np.int8(1), dtype=np.int8)
    if xb.ndim == 0 and xb == 0:  # where(c, 0, y), as relu's backward: y's bits, masked
        return np.bitwise_and(yb, keep_y, dtype=bits).view(dtype)
    result = np.bitwise_xor(xb, yb)
    shape = np.broadcast_shapes(condition.shape, result.shape)
    result = np.bitwise_and(result, keep_y, out=result if result.shape == shape else None, dtype=bits)
    np.bitwise_xor(result, xb, out=result)
    return result.view(dtype)


def nonzero(input: Tensor, *, as_tuple: bool = False):
    idx = np.nonzero(input._data)
    if as_tuple:
        return tuple(make(i.astype(np.int64), dtypes.int64) for i in idx)
    return make(np.stack(idx, axis=1).astype(np.int64), dtypes.int64)


def lerp(input: Tensor, end: Tensor, weight) -> Tensor:
    return input + weight * (end - input)


# ============================================================================================
# Reductions
# ============================================================================================
def _reduced_dtype(t: Tensor, dtype) -> dtypes.dtype:
    if dtype is not None:
        return _resolve_dtype(dtype)
    return t.dtype if t.dtype.is_floating_point else dtypes.int64


def sum(input: Tensor, dim=None, keepdim: bool = False, *, dtype=None) -> Tensor:  # noqa: A001
    out_dtype = _reduced_dtype(input, dtype)
    x = input._data if input._data.dtype == out_dtype.np else input._data.astype(out_dtype.np)
    if dim is None:
        out = make(np.asarray(float_sum(x), dtype=out_dtype.np), out_dtype)
        return record(_R["sum"], (input,), out, {"shape": input.shape}) if _State.enabled else out
    dims = _norm_dims(dim, input.ndim)
    data = np.asarray(float_sum(x, dims, keepdim), dtype=out_dtype.np)
    out = make(data, out_dtype)
    if _State.enabled:
        record(_R["sum_dim"], (input,), out, {"shape": input.shape, "dim": dims, "keepdim": keepdim})
    return out


def mean(input: Tensor, dim=None, keepdim: bool = False, *, dtype=None) -> Tensor:
    out_dtype = _resolve_dtype(dtype) or input.dtype
    if not out_dtype.is_floating_point:
        raise RuntimeError("mean(): could not infer output dtype. Input dtype must be either a floating "
                           f"point or complex dtype. Got: {_scalar_type_name(out_dtype)}")
    x = input._data.astype(out_dtype.np, copy=False)
    # PyTorch's mean is its sum divided by the count, in the tensor's precision.
    if dim is None:
        data = float_sum(x) / x.dtype.type(x.size) if x.size else x.dtype.type(np.nan)
        out = make(np.asarray(data, dtype=out_dtype.np), out_dtype)
        return record(_R["mean"], (input,), out, {"shape": input.shape, "numel": builtins.max(x.size, 1)})
    dims = _norm_dims(dim, input.ndim)
    count = math.prod(input._data.shape[d] for d in dims)
    data = np.asarray(float_sum(x, dims, keepdim) / x.dtype.type(count) if count else
                      np.full(np.sum(x, axis=dims, keepdims=keepdim).shape, np.nan), dtype=out_dtype.np)
    return record(_R["mean_dim"], (input,), make(data, out_dtype),
                  {"shape": input.shape, "dim": dims, "keepdim": keepdim, "count": count})


def prod(input: Tensor, dim=None, keepdim: bool = False, *, dtype=None) -> Tensor:
    out_dtype = _reduced_dtype(input, dtype)
    x = input._data.astype(out_dtype.np, copy=False)
    if dim is None:
        return record(_R["prod"], (input,), wrap(x.prod(), out_dtype))
    d = norm_dim(dim, input.ndim)
    return record(_R["prod_dim"], (input,), wrap(x.prod(axis=d, keepdims=keepdim), out_dtype),
                  {"dim": d, "keepdim": keepdim})


def _correction(unbiased, correction) -> int:
    if correction is not None:
        return correction
    return 1 if unbiased in (None, True) else 0


def _var_args(input, dim, unbiased, keepdim, correction):
    if isinstance(dim, bool):  # var(unbiased) positional form
        unbiased, dim = dim, None
    dims = None if dim is None else _norm_dims(dim, input.ndim)
    return dims, _correction(unbiased, correction), keepdim


def var(input: Tensor, dim=None, unbiased=None, keepdim: bool = False, *, correction=None) -> Tensor:
    dims, corr, keepdim = _var_args(input, dim, unbiased, keepdim, correction)
    _check_float_reduction(input, "var")
    _warn_dof(input, dims, corr, "var")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # numpy's own dof warning; PyTorch's was given above
        # PyTorch accumulates float32 variance in double precision.
        data = np.var(input._data.astype(np.float64), axis=dims, ddof=corr, keepdims=keepdim)
    return record(_R["var"], (input,), wrap(data, input.dtype), {"dim": dims, "correction": corr, "keepdim": keepdim})


def std(input: Tensor, dim=None, unbiased=None, keepdim: bool = False, *, correction=None) -> Tensor:
    dims, corr, keepdim = _var_args(input, dim, unbiased, keepdim, correction)
    _check_float_reduction(input, "std")
    _warn_dof(input, dims, corr, "std")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        data = np.std(input._data.astype(np.float64), axis=dims, ddof=corr, keepdims=keepdim)
    return record(_R["std"], (input,), wrap(data, input.dtype), {"dim": dims, "correction": corr, "keepdim": keepdim})


def _warn_dof(input: Tensor, dims, correction: int, name: str) -> None:
    n = input.numel() if dims is None else math.prod(input.shape[d] for d in dims)
    if n - correction <= 0:
        warnings.warn(f"{name}(): degrees of freedom is <= 0. Correction should be strictly less than the "
                      "reduction factor (input numel divided by output numel). (Triggered internally at "
                      "/__w/pytorch/pytorch/aten/src/ATen/native/ReduceOps.cpp:1861.)", UserWarning,
                      stacklevel=_user_stacklevel())


def _check_float_reduction(t: Tensor, name: str) -> None:
    if not t.dtype.is_floating_point:
        raise RuntimeError("std and var only support floating point and complex dtypes")


def var_backward(g, a, dims, correction, keepdim):
    n = a.numel() if dims is None else math.prod(a.shape[d] for d in dims)
    g = unsqueeze_dims(g, dims, keepdim, a.shape)
    mean_a = a.mean() if dims is None else a.mean(dims, keepdim=True)
    return g * (2.0 / (n - correction)) * (a - mean_a)


def std_backward(g, a, out, dims, correction, keepdim):
    n = a.numel() if dims is None else math.prod(a.shape[d] for d in dims)
    g = unsqueeze_dims(g, dims, keepdim, a.shape)
    out = unsqueeze_dims(out, dims, keepdim, a.shape)
    mean_a = a.mean() if dims is None else a.mean(dims, keepdim=True)
    return g * (a - mean_a) / (out * (n - correction))


def prod_backward(g, a, out, dim, keepdim):
    if dim is None:
        if np.count_nonzero(a._data) == a.numel():
            return g * out / a
        # With zeros, each element's gradient is the product of all the others.
        flat = a.reshape(-1)
        others = stack([cat([flat[:i], flat[i + 1:]]).prod() for i in range(flat.numel())])
        return (g * others).reshape(a.shape)
    g = unsqueeze_dims(g, (dim,), keepdim, a.shape)
    out = unsqueeze_dims(out, (dim,), keepdim, a.shape)
    return g * out / a


def _value_index_reduction(name, np_arg, input, dim, keepdim):
    d = norm_dim(dim, input.ndim)
    if input.ndim and input._data.shape[d] == 0:
        raise IndexError(f"{name}(): Expected reduction dim {d} to have non-zero size.")
    idx = np_arg(input._data, axis=d) if input.ndim else np.zeros((), np.int64)
    idx = np.expand_dims(idx, d) if input.ndim else idx
    values = np.take_along_axis(input._data, idx, axis=d) if input.ndim else input._data.copy()
    if not keepdim and input.ndim:
        idx, values = np.squeeze(idx, d), np.squeeze(values, d)
    v = make(np.asarray(values), input.dtype)
    i = make(np.asarray(idx, dtype=np.int64), dtypes.int64)
    record(_R[f"{name}_dim"], (input,), v, {"shape": input.shape, "dim": d, "keepdim": keepdim, "indices": i})
    return _return_type(name)(v, i)


_return_types: dict = {}


def _return_type(name: str):
    """``torch.return_types.max`` and friends: a named pair printed the way PyTorch prints it."""
    cls = _return_types.get(name)
    if cls is None:
        base = namedtuple(name, ["values", "indices"])

        def __repr__(self) -> str:
            return f"torch.return_types.{name}(\nvalues={self.values!r},\nindices={self.indices!r})"
        cls = _return_types[name] = type(name, (base,), {"__repr__": __repr__, "__str__": __repr__,
                                                          "__module__": "torch.return_types"})
    return cls


def max(input: Tensor, dim=None, keepdim: bool = False, *, out=None):  # noqa: A001
    if isinstance(dim, Tensor):
        return maximum(input, dim)
    if dim is None:
        _check_nonempty(input, "max")
        return record(_R["max_all"], (input,), wrap(input._data.max(), input.dtype))
    return _value_index_reduction("max", np.argmax, input, dim, keepdim)


def min(input: Tensor, dim=None, keepdim: bool = False, *, out=None):  # noqa: A001
    if isinstance(dim, Tensor):
        return minimum(input, dim)
    if dim is None:
        _check_nonempty(input, "min")
        return record(_R["min_all"], (input,), wrap(input._data.min(), input.dtype))
    return _value_index_reduction("min", np.argmin, input, dim, keepdim)


def _check_nonempty(t: Tensor, name: str) -> None:
    if t.numel() == 0:
        raise RuntimeError(f"{name}(): Expected reduction dim to be specified for input.numel() == 0. "
                           "Specify the reduction dim with the 'dim' argument.")


def _extreme(name: str, np_fn, input: Tensor, dim, keepdim: bool) -> Tensor:
    dims = tuple(range(input.ndim)) if dim in ((), [], None) else _norm_dims(dim, input.ndim)
    data = np_fn(input._data, axis=dims, keepdims=keepdim)
    return record(_R[name], (input,), wrap(data, input.dtype), {"dim": dims, "keepdim": keepdim})


def amax(input: Tensor, dim=(), keepdim: bool = False) -> Tensor:
    return _extreme("amax", np.max, input, dim, keepdim)


def amin(input: Tensor, dim=(), keepdim: bool = False) -> Tensor:
    return _extreme("amin", np.min, input, dim, keepdim)


def extreme_backward(g, a, out, dims, keepdim):
    """Share the gradient evenly among the elements equal to the max (or min) of their slice."""
    g = unsqueeze_dims(g, dims, keepdim)
    out = unsqueeze_dims(out, dims, keepdim)
    mask = (a == out)
    return g * mask / mask.sum(dims, keepdim=True)


def _arg_extreme(np_fn, input: Tensor, dim, keepdim: bool) -> Tensor:
    if dim is None:
        return make(np.asarray(np_fn(input._data), dtype=np.int64), dtypes.int64)
    d = norm_dim(dim, input.ndim)
    idx = np_fn(input._data, axis=d)
    return make(np.asarray(np.expand_dims(idx, d) if keepdim else idx, dtype=np.int64), dtypes.int64)


def argmax(input: Tensor, dim=None, keepdim: bool = False) -> Tensor:
    return _arg_extreme(np.argmax, input, dim, keepdim)


def argmin(input: Tensor, dim=None, keepdim: bool = False) -> Tensor:
    return _arg_extreme(np.argmin, input, dim, keepdim)


def evenly_distribute(g, a, out):
    mask = (a == out)
    return mask * (g / mask.sum())


def scatter_back(g, shape, dim, keepdim, indices):
    """The gradient of a value-selecting reduction (max/min over a dim, sort)."""
    if not keepdim and len(shape) > 0:
        g = g.unsqueeze(dim)
        indices = indices.unsqueeze(dim)
    return _scatter_into_zeros(g, shape, dim, indices)


def _scatter_into_zeros(g, shape, dim, indices):
    out = zeros(shape, dtype=g.dtype)
    if len(shape) == 0:
        return g + out
    grid = list(np.indices(indices._data.shape, sparse=True))
    grid[dim] = indices._data
    key = tuple(grid)
    return index_put(out, key, g)


def sort(input: Tensor, dim: int = -1, descending: bool = False, stable: bool = False):
    d = norm_dim(dim, input.ndim)
    if input.ndim == 0:
        idx = np.zeros((), np.int64)
        values = input._data.copy()
    else:
        key = -input._data if descending and input.dtype is not dtypes.bool_ else input._data
        if descending and input.dtype is dtypes.bool_:
            key = ~input._data
        idx = np.argsort(key, axis=d, kind="stable")
        values = np.take_along_axis(input._data, idx, axis=d)
    v = make(np.asarray(values), input.dtype)
    i = make(np.asarray(idx, dtype=np.int64), dtypes.int64)
    record(_R["sort"], (input,), v, {"shape": input.shape, "dim": d, "indices": i})
    return _return_type("sort")(v, i)


def argsort(input: Tensor, dim: int = -1, descending: bool = False, stable: bool = False) -> Tensor:
    return sort(input, dim, descending).indices


def topk(input: Tensor, k: int, dim: int = -1, largest: bool = True, sorted: bool = True):  # noqa: A002
    values, indices = sort(input, dim, descending=largest)
    d = norm_dim(dim, input.ndim)
    return _return_type("topk")(values.narrow(d, 0, k), indices.narrow(d, 0, k))


def _softmax_dim(dim, ndim, name):
    if dim is None:
        warnings.warn(f"Implicit dimension choice for {name} has been deprecated. Change the call to "
                      "include dim=X as an argument.", UserWarning, stacklevel=_user_stacklevel())
        dim = 0 if ndim in (0, 1, 3) else 1
    return norm_dim(dim, ndim)


def softmax(input: Tensor, dim=None, dtype=None, _stacklevel: int = 3) -> Tensor:
    if dtype is not None:
        input = input.to(dtype)
    d = _softmax_dim(dim, input.ndim, "softmax")
    x = input._data if input.dtype.is_floating_point else input._data.astype(np.float32)
    if x.ndim:
        e = _R["exp"].forward(x - _max_along(x, d))
        data = e * (x.dtype.type(1) / e.sum(axis=d, keepdims=True))  # as PyTorch: times 1/sum
    else:
        data = np.ones_like(x)
    return record(_R["softmax"], (input,), wrap(data, input.dtype), {"dim": d})


def log_softmax(input: Tensor, dim=None, dtype=None, _stacklevel: int = 3) -> Tensor:
    if dtype is not None:
        input = input.to(dtype)
    d = _softmax_dim(dim, input.ndim, "log_softmax")
    x = input._data
    if x.ndim == 0:
        data = np.zeros_like(x)
    else:
        shifted = x - _max_along(x, d)
        data = shifted - _R["log"].forward(np.add.reduce(_R["exp"].forward(shifted), axis=d, keepdims=True))
    return record(_R["log_softmax"], (input,), wrap(data, input.dtype), {"dim": d})


def _max_along(x: np.ndarray, d: int) -> np.ndarray:
    """``x.max(d, keepdims=True)``. numpy reduces a short last axis row by row (10 µs for a batch
    of 128 rows of 10 classes); a transposed copy reduced across rows takes a fifth of that."""
    if d == x.ndim - 1 and x.ndim == 2 and x.shape[1] <= 64 and x.shape[0] >= 16:
        return np.maximum.reduce(np.ascontiguousarray(x.T), axis=0)[:, None]
    return np.maximum.reduce(x, axis=d, keepdims=True)


def log_softmax_backward(grad_output: Tensor, output: Tensor, dim: int) -> Tensor:
    """``g - exp(out) * g.sum(dim)``: log_softmax's backward from its output, as PyTorch writes it.

    Without create_graph it runs on the arrays, the same operations in the same order.
    """
    if _State.enabled or grad_output.dtype is not output.dtype or not output.dtype.is_floating_point:
        return grad_output - exp(output) * grad_output.sum(dim, keepdim=True)
    g = grad_output._data
    return make(g - _R["exp"].forward(output._data) * float_sum(g, (dim,), True), output.dtype)


def logsumexp(input: Tensor, dim, keepdim: bool = False) -> Tensor:
    dims = _norm_dims(dim, input.ndim)
    x = input._data
    m = x.max(axis=dims, keepdims=True)
    data = np.log(np.exp(x - m).sum(axis=dims, keepdims=True)) + m
    if not keepdim:
        data = np.squeeze(data, axis=dims)
    return record(_R["logsumexp"], (input,), wrap(data, input.dtype), {"dim": dims, "keepdim": keepdim})


def cumsum(input: Tensor, dim: int, *, dtype=None) -> Tensor:
    if dtype is not None:
        input = input.to(dtype)
    d = norm_dim(dim, input.ndim)
    out_dtype = input.dtype if input.dtype.is_floating_point else dtypes.int64
    data = np.cumsum(input._data, axis=d, dtype=out_dtype.np) if input.ndim else input._data.astype(out_dtype.np)
    return record(_R["cumsum"], (input,), wrap(data, out_dtype), {"dim": d})


def norm(input: Tensor, p="fro", dim=None, keepdim: bool = False, dtype=None) -> Tensor:
    if p in (1, 1.0):
        return sum(abs(input)) if dim is None else sum(abs(input), dim, keepdim=keepdim)
    if p not in ("fro", 2, 2.0, None):
        raise NotImplementedError(f"norm with p={p!r} is not available in the embedded engine")
    dims = None if dim is None else _norm_dims(dim, input.ndim)
    x = input._data
    data = np.sqrt((x * x).sum(axis=dims, keepdims=keepdim if dims is not None else False))
    return record(_R["norm"], (input,), wrap(data, input.dtype), {"dim": dims, "keepdim": keepdim})


def norm_backward(g, a, out, dims, keepdim):
    g = unsqueeze_dims(g, dims, keepdim)
    out = unsqueeze_dims(out, dims, keepdim)
    return g * a / out.masked_fill(out == 0, float("inf"))


def all(input: Tensor, dim=None, keepdim: bool = False) -> Tensor:  # noqa: A001
    data = np.all(input._data) if dim is None else np.all(input._data, axis=norm_dim(dim, input.ndim), keepdims=keepdim)
    return make(np.asarray(data), dtypes.bool_)


def any(input: Tensor, dim=None, keepdim: bool = False) -> Tensor:  # noqa: A001
    data = np.any(input._data) if dim is None else np.any(input._data, axis=norm_dim(dim, input.ndim), keepdims=keepdim)
    return make(np.asarray(data), dtypes.bool_)


def count_nonzero(input: Tensor, dim=None) -> Tensor:
    return make(np.asarray(np.count_nonzero(input._data, axis=dim), dtype=np.int64), dtypes.int64)


# ============================================================================================
# Matrix products
# ============================================================================================
def _check_same_dtype(a: Tensor, b: Tensor, what: str = "self and mat2") -> None:
    if a.dtype is not b.dtype:
        raise RuntimeError(f"expected m1 and m2 to have the same dtype, but got: "
                           f"{_c_type(a.dtype)} != {_c_type(b.dtype)}")


def _c_type(d) -> str:
    return _tensor._c_type(d)


def mm(input: Tensor, mat2: Tensor) -> Tensor:
    if input.ndim != 2:
        raise RuntimeError("self must be a matrix")
    if mat2.ndim != 2:
        raise RuntimeError("mat2 must be a matrix")
    if input.shape[1] != mat2.shape[0]:
        raise RuntimeError(f"mat1 and mat2 shapes cannot be multiplied ({input.shape[0]}x{input.shape[1]} "
                           f"and {mat2.shape[0]}x{mat2.shape[1]})")
    _check_same_dtype(input, mat2)
    out = make(np.matmul(input._data, mat2._data), input.dtype)
    if not _State.enabled:
        return out
    return record(_R["mm"], (input, mat2), out,
                  {"a_cols": _column_major(input._data), "b_cols": _column_major(mat2._data)})


def _column_major(data: np.ndarray) -> bool:
    # PyTorch's test in mm_mat1_backward/mm_mat2_backward (strides in elements there, bytes here).
    return data.strides[0] == data.itemsize and data.strides[1] == data.shape[0] * data.itemsize


def mm_in_layout(a: Tensor, b: Tensor, column_major: bool) -> Tensor:
    """``a @ b`` for a matrix product's gradient, column-major when its input was, as PyTorch
    lays it out: nn.Linear's weight gradient then arrives as the weight is stored, and
    AccumulateGrad can keep it without a copy."""
    if not _State.enabled:  # a first-order backward records nothing: numpy directly
        product = np.matmul(b._data.T, a._data.T).T if column_major else np.matmul(a._data, b._data)
        return make(product, a.dtype)
    return b.t().mm(a.t()).t() if column_major else a.mm(b)


def scaled(t: Tensor, factor) -> Tensor:
    return t if factor == 1 else t * factor


def mv(input: Tensor, vec: Tensor) -> Tensor:
    if input.ndim != 2 or vec.ndim != 1 or input.shape[1] != vec.shape[0]:
        raise RuntimeError(f"size mismatch, got input ({input.shape[0] if input.ndim else 0}), mat "
                           f"({'x'.join(str(d) for d in input.shape)}), vec ({vec.shape[0] if vec.ndim else 0})")
    _check_same_dtype(input, vec)
    return record(_R["mv"], (input, vec), make(np.matmul(input._data, vec._data), input.dtype))


def dot(input: Tensor, other: Tensor) -> Tensor:
    if input.ndim != 1 or other.ndim != 1:
        raise RuntimeError(f"1D tensors expected, but got {input.ndim}D and {other.ndim}D tensors")
    if input.shape[0] != other.shape[0]:
        raise RuntimeError(f"inconsistent tensor size, expected tensor [{input.shape[0]}] and src "
                           f"[{other.shape[0]}] to have the same number of elements, but got "
                           f"{input.shape[0]} and {other.shape[0]} elements respectively")
    if input.dtype is not other.dtype:
        raise RuntimeError(f"dot : expected both vectors to have same dtype, but found "
                           f"{_scalar_type_name(input.dtype)} and {_scalar_type_name(other.dtype)}")
    return record(_R["dot"], (input, other), wrap(np.dot(input._data, other._data), input.dtype))


inner = dot


def bmm(input: Tensor, mat2: Tensor) -> Tensor:
    if input.ndim != 3 or mat2.ndim != 3:
        raise RuntimeError("batch1 must be a 3D tensor")
    if input.shape[0] != mat2.shape[0] or input.shape[2] != mat2.shape[1]:
        raise RuntimeError(f"Expected size for first two dimensions of batch2 tensor to be: "
                           f"[{input.shape[0]}, {input.shape[2]}] but got: [{mat2.shape[0]}, {mat2.shape[1]}].")
    return record(_R["bmm"], (input, mat2), make(np.matmul(input._data, mat2._data), input.dtype))


def addmm(input: Tensor, mat1: Tensor, mat2: Tensor, *, beta=1, alpha=1) -> Tensor:
    if mat1.dtype is not mat2.dtype:
        raise RuntimeError(f"mat1 and mat2 must have the same dtype, but got {_scalar_type_name(mat1.dtype)} "
                           f"and {_scalar_type_name(mat2.dtype)}")
    if mat1.ndim == 2 and mat2.ndim == 2 and mat1.shape[1] != mat2.shape[0]:
        raise RuntimeError(f"mat1 and mat2 shapes cannot be multiplied ({mat1.shape[0]}x{mat1.shape[1]} "
                           f"and {mat2.shape[0]}x{mat2.shape[1]})")
    out_shape = (mat1._data.shape[0], mat2._data.shape[1])
    added = input._data.shape
    if added != out_shape and (len(added) > 2 or builtins.any(a not in (1, o) for a, o in zip(added[::-1], out_shape[::-1]))):
        expand(input.detach(), out_shape)  # the added term must broadcast: this raises PyTorch's error
    data = _R["addmm"].forward(input._data, mat1._data, mat2._data, beta, alpha)
    out = make(np.asarray(data, dtype=mat1.dtype.np), mat1.dtype)
    if not _State.enabled:
        return out
    return record(_R["addmm"], (input, mat1, mat2), out,
                  {"beta": beta, "alpha": alpha, "b_cols": _column_major(mat1._data),
                   "c_cols": _column_major(mat2._data)})


def matmul(input: Tensor, other: Tensor) -> Tensor:
    _require_tensor(other, "matmul", "other")
    da, db = input.ndim, other.ndim
    if da == 0 or db == 0:
        raise RuntimeError(f"both arguments to matmul need to be at least 1D, but they are {da}D and {db}D")
    if da == 1 and db == 1:
        return dot(input, other)
    if da == 2 and db == 2:
        return mm(input, other)
    if da == 2 and db == 1:
        return mv(input, other)
    if da == 1 and db == 2:
        out = mm(input.unsqueeze(0), other)
        return _view_op("squeeze_mm", out, out._data.reshape(out.shape[1:]), {"shape": out.shape})
    return _batched_matmul(input, other)


def _batched_matmul(a: Tensor, b: Tensor) -> Tensor:
    if a.shape[-1] != (b.shape[-2] if b.ndim > 1 else b.shape[0]):
        k = b.shape[-2] if b.ndim > 1 else b.shape[0]
        raise RuntimeError(f"Expected size for first two dimensions of batch2 tensor to be: "
                           f"[{math.prod(a.shape[:-2]) if a.ndim > 2 else 1}, {a.shape[-1]}] but got: "
                           f"[{math.prod(b.shape[:-2]) if b.ndim > 2 else 1}, {k}].")
    _check_same_dtype(a, b)
    out = make(np.matmul(a._data, b._data), a.dtype)
    return record(_MATMUL_RULE, (a, b), out)


def matmul_backward_a(g, a, b):
    if b.ndim == 1:
        ga = g.unsqueeze(-1) * b
    else:
        gg = g.unsqueeze(-2) if a.ndim == 1 else g
        ga = gg @ b.transpose(-1, -2)
        if a.ndim == 1:
            ga = ga.squeeze(-2)
    return ga


def matmul_backward_b(g, a, b):
    if a.ndim == 1:
        gb = a.unsqueeze(-1) * g.unsqueeze(-2) if b.ndim > 1 else a * g
    else:
        gg = g.unsqueeze(-1) if b.ndim == 1 else g
        gb = a.transpose(-1, -2) @ gg
        if b.ndim == 1:
            gb = gb.squeeze(-1)
    return gb


_MATMUL_RULE = Rule("matmul", "UnsafeViewBackward0", np.matmul,
                        (lambda g, a, b: matmul_backward_a(g, a, b), lambda g, a, b: matmul_backward_b(g, a, b)),
                        (0, 1))


def outer(input: Tensor, vec2: Tensor) -> Tensor:
    return input.unsqueeze(1) * vec2


ger = outer


# ============================================================================================
# Shapes and views
# ============================================================================================
def _view_op(rule_name: str, input: Tensor, data: np.ndarray, attrs=None) -> Tensor:
    """A result that shares memory with ``input`` (and its version counter)."""
    out = make(data, input.dtype)
    if _shares_memory(data, input._data):
        out._vc = input._shared_vc()
        out._base = input if input._base is None else input._base
    if _State.enabled and input._requires_grad:
        record(_R[rule_name], (input,), out, attrs)
    return out


def _shares_memory(data: np.ndarray, source: np.ndarray) -> bool:
    if not (data.size and source.size):
        return True
    base = data.base
    if base is None:  # it owns its memory: numpy made a copy
        return False
    if base is source or (base is source.base and base is not None):
        return True
    return np.shares_memory(data, source)


def _infer_shape(shape, numel: int) -> tuple:
    shape = list(shape)
    infer = [i for i, d in enumerate(shape) if d == -1]
    if len(infer) > 1:
        raise RuntimeError("only one dimension can be inferred")
    for d in shape:
        if d < -1:
            raise RuntimeError(f"invalid shape dimension {d}")
    known = math.prod(d for d in shape if d != -1)
    if infer:
        if known == 0 or numel % known:
            raise RuntimeError(f"shape '[{', '.join(str(d) for d in shape)}]' is invalid for input of size {numel}")
        shape[infer[0]] = numel // known
    elif known != numel:
        raise RuntimeError(f"shape '[{', '.join(str(d) for d in shape)}]' is invalid for input of size {numel}")
    return tuple(shape)


def view(input: Tensor, *shape) -> Tensor:
    if len(shape) == 1 and isinstance(shape[0], dtypes.dtype):
        return make(input._data.view(shape[0].np), shape[0])
    target = _infer_shape(_shape_arg_allow_neg(shape), input.numel())
    if not input.is_contiguous() and not _viewable(input._data, target):
        raise RuntimeError("view size is not compatible with input tensor's size and stride (at least one "
                           "dimension spans across two contiguous subspaces). Use .reshape(...) instead.")
    data = input._data.reshape(target)
    return _view_op("view", input, data, {"shape": input.shape})


def _viewable(data: np.ndarray, shape: tuple) -> bool:
    try:
        v = data.view()
        v.shape = shape  # numpy refuses exactly when a copy would be needed
        return True
    except (AttributeError, ValueError):
        return False


def _shape_arg_allow_neg(args) -> tuple:
    if len(args) == 1 and isinstance(args[0], (tuple, list, Size)):
        args = args[0]
    return tuple(int(a) for a in args)


def reshape(input: Tensor, *shape) -> Tensor:
    target = _infer_shape(_shape_arg_allow_neg(shape), input.numel())
    if input.is_contiguous() or _viewable(input._data, target):
        return _view_op("view", input, input._data.reshape(target), {"shape": input.shape})
    copied = clone(input)
    out = make(copied._data.reshape(target), input.dtype)
    return record(_R["unsafe_view"], (copied,), out, {"shape": input.shape})


def view_as(input: Tensor, other: Tensor) -> Tensor:
    return view(input, other.shape)


def reshape_as(input: Tensor, other: Tensor) -> Tensor:
    return reshape(input, other.shape)


def flatten(input: Tensor, start_dim: int = 0, end_dim: int = -1) -> Tensor:
    if input.ndim == 0:
        return reshape(input, 1)
    s, e = norm_dim(start_dim, input.ndim), norm_dim(end_dim, input.ndim)
    if s > e:
        raise RuntimeError("flatten() has invalid args: start_dim cannot come after end_dim")
    if s == e:
        return input
    shape = input.shape[:s] + (math.prod(input.shape[s:e + 1]),) + input.shape[e + 1:]
    return reshape(input, shape)


def unflatten(input: Tensor, dim: int, sizes) -> Tensor:
    d = norm_dim(dim, input.ndim)
    return reshape(input, tuple(input.shape[:d]) + tuple(sizes) + tuple(input.shape[d + 1:]))


def t(input: Tensor) -> Tensor:
    if input.ndim > 2:
        raise RuntimeError(f"t() expects a tensor with <= 2 dimensions, but self is {input.ndim}D")
    return _view_op("t", input, input._data.T)


def transpose(input: Tensor, dim0: int, dim1: int) -> Tensor:
    n = input.ndim
    d0, d1 = norm_dim(dim0, n), norm_dim(dim1, n)
    return _view_op("transpose", input, np.swapaxes(input._data, d0, d1) if n else input._data[...],
                    {"dim0": d0, "dim1": d1})


swapaxes = swapdims = transpose


def permute(input: Tensor, *dims) -> Tensor:
    if len(dims) == 1 and isinstance(dims[0], (tuple, list, Size)):
        dims = tuple(dims[0])
    if len(dims) != input.ndim:
        raise RuntimeError("permute(sparse_coo): number of dimensions in the tensor input does not match "
                           "the length of the desired ordering of dimensions i.e. input.dim() = "
                           f"{input.ndim} is not equal to len(dims) = {len(dims)}")
    dims = tuple(norm_dim(d, input.ndim) for d in dims)
    if len(set(dims)) != len(dims):
        raise RuntimeError("permute(): duplicate dims are not allowed.")
    return _view_op("permute", input, np.transpose(input._data, dims), {"dims": dims})


def inverse_permutation(dims) -> tuple:
    inv = [0] * len(dims)
    for i, d in enumerate(dims):
        inv[d] = i
    return tuple(inv)


def numpy_T(input: Tensor) -> Tensor:
    if input.ndim == 0:
        warn_once("Tensor.T is deprecated on 0-D tensors. This function is the identity in these "
                  "cases. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/"
                  "TensorShape.cpp:4321.)")
    elif input.ndim != 2:
        warn_once(
            "The use of `x.T` on tensors of dimension other than 2 to reverse their shape is deprecated "
            "and it will throw an error in a future release. Consider `x.mT` to transpose batches of "
            "matrices or `x.permute(*torch.arange(x.ndim - 1, -1, -1))` to reverse the dimensions of a "
            "tensor. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:4314.)")
    return permute(input, tuple(range(input.ndim - 1, -1, -1)))


def mT(input: Tensor) -> Tensor:
    if input.ndim < 2:
        raise RuntimeError(f"tensor.mT is only supported on matrices or batches of matrices. Got {input.ndim}-D tensor.")
    return transpose(input, -2, -1)


def squeeze(input: Tensor, dim=None) -> Tensor:
    shape = input.shape
    if dim is None:
        new = tuple(d for d in shape if d != 1)
        return _view_op("squeeze", input, input._data.reshape(new), {"shape": shape})
    if isinstance(dim, (tuple, list)):
        dims = {norm_dim(d, input.ndim) for d in dim}
        new = tuple(d for i, d in enumerate(shape) if not (i in dims and d == 1))
        return _view_op("squeeze_dims", input, input._data.reshape(new), {"shape": shape})
    d = norm_dim(dim, input.ndim)
    new = tuple(s for i, s in enumerate(shape) if not (i == d and s == 1))
    return _view_op("squeeze_dim", input, input._data.reshape(new), {"shape": shape})


def unsqueeze(input: Tensor, dim: int) -> Tensor:
    d = norm_dim(dim, input.ndim + 1)
    return _view_op("unsqueeze", input, np.expand_dims(input._data, d), {"dim": d})


def unsqueeze_dims(g: Tensor, dims, keepdim: bool, shape=None) -> Tensor:
    """Put back the reduced dims of a gradient (keepdim=False reductions) as size-1 dims."""
    if keepdim or dims is None:
        return g
    for d in sorted(dims):
        g = g.unsqueeze(d)
    return g


def expand(input: Tensor, *sizes) -> Tensor:
    sizes = _shape_arg_allow_neg(sizes)
    if len(sizes) < input.ndim:
        raise RuntimeError(f"expand(torch.FloatTensor{{[{', '.join(str(d) for d in input.shape)}]}}, "
                           f"size=[{', '.join(str(d) for d in sizes)}]): the number of sizes provided "
                           f"({len(sizes)}) must be greater or equal to the number of dimensions in the "
                           f"tensor ({input.ndim})")
    lead = len(sizes) - input.ndim
    target = []
    for i, s in enumerate(sizes):
        if i < lead:
            if s == -1:
                raise RuntimeError(f"The expanded size of the tensor (-1) isn't allowed in a leading, "
                                   f"non-existing dimension {i}")
            target.append(s)
            continue
        cur = input.shape[i - lead]
        if s == -1:
            s = cur
        if cur != s and cur != 1:
            raise RuntimeError(
                f"The expanded size of the tensor ({s}) must match the existing size ({cur}) at "
                f"non-singleton dimension {i}.  Target sizes: [{', '.join(str(d) for d in sizes)}].  "
                f"Tensor sizes: [{', '.join(str(d) for d in input.shape)}]")
        target.append(s)
    target = tuple(target)
    data = np.broadcast_to(input._data, target)
    return _view_op("expand", input, data, {"shape": input.shape})


def expand_as(input: Tensor, other: Tensor) -> Tensor:
    return expand(input, other.shape)


def broadcast_to(input: Tensor, shape) -> Tensor:
    return expand(input, shape)


def contiguous(input: Tensor, memory_format=None) -> Tensor:
    if input.is_contiguous():
        return input
    return clone(input)


def clone(input: Tensor, *, memory_format=None) -> Tensor:
    out = make(np.array(input._data, order="C", copy=True), input.dtype)
    return record(_R["clone"], (input,), out) if _State.enabled else out


def cat(tensors, dim: int = 0, *, out=None) -> Tensor:
    tensors = list(tensors)
    if not tensors:
        raise ValueError("torch.cat(): expected a non-empty list of Tensors")
    live = [x for x in tensors if not (x.ndim == 1 and x.shape[0] == 0)] or tensors
    ref = live[0]
    d = norm_dim(dim, ref.ndim)
    for k, x in enumerate(live):
        if x.ndim != ref.ndim:
            raise RuntimeError(f"Tensors must have same number of dimensions: got {ref.ndim} and {x.ndim}")
        for i in range(ref.ndim):
            if i != d and x.shape[i] != ref.shape[i]:
                number = next(j for j, y in enumerate(tensors) if y is x)
                raise RuntimeError(f"Sizes of tensors must match except in dimension {d}. Expected size "
                                   f"{ref.shape[i]} but got size {x.shape[i]} for tensor number {number} in the list.")
    dtype = ref.dtype
    for x in live[1:]:
        dtype = dtypes.promote_types(dtype, x.dtype)
    data = np.concatenate([x._data.astype(dtype.np, copy=False) for x in live], axis=d)
    sizes = [x.shape[d] for x in live]
    return record(_multi_rule("cat", "CatBackward0", len(live), _cat_formula),
                  tuple(live), make(data, dtype), {"dim": d, "sizes": sizes})


concat = concatenate = cat


def stack(tensors, dim: int = 0, *, out=None) -> Tensor:
    tensors = list(tensors)
    if not tensors:
        raise RuntimeError("stack expects a non-empty TensorList")
    for k, x in enumerate(tensors):
        if x.shape != tensors[0].shape:
            raise RuntimeError(f"stack expects each tensor to be equal size, but got "
                               f"[{', '.join(str(s) for s in tensors[0].shape)}] at entry 0 and "
                               f"[{', '.join(str(s) for s in x.shape)}] at entry {k}")
    d = norm_dim(dim, tensors[0].ndim + 1)
    dtype = tensors[0].dtype
    for x in tensors[1:]:
        dtype = dtypes.promote_types(dtype, x.dtype)
    data = np.stack([x._data.astype(dtype.np, copy=False) for x in tensors], axis=d)
    return record(_multi_rule("stack", "StackBackward0", len(tensors), _stack_formula),
                  tuple(tensors), make(data, dtype), {"dim": d})


hstack = lambda tensors: cat(tensors, 1 if tensors[0].ndim > 1 else 0)  # noqa: E731
vstack = lambda tensors: cat([x.reshape(1, -1) if x.ndim == 1 else x for x in tensors], 0)  # noqa: E731

_multi_rules: dict = {}


def _multi_rule(name, node, n, formula_for):
    """cat and stack take any number of inputs: one table entry per arity, made on demand."""
    key = (name, n)
    rule = _multi_rules.get(key)
    if rule is None:
        rule = _multi_rules[key] = Rule(name, node, None, [formula_for(k) for k in range(n)], tuple(range(n)))
    return rule


def _cat_formula(k):
    def grad(g, dim, sizes):
        start = builtins.sum(sizes[:k])
        return g.narrow(dim, start, sizes[k])
    return grad


def _stack_formula(k):
    def grad(g, dim):
        return g.select(dim, k)
    return grad


def narrow(input: Tensor, dim: int, start: int, length: int) -> Tensor:
    d = norm_dim(dim, input.ndim)
    return slice_op(input, d, slice(start, start + length, 1))


def unbind(input: Tensor, dim: int = 0):
    d = norm_dim(dim, input.ndim)
    n = input.shape[d]
    outs = []
    node = None
    for i in range(n):
        data = input._data[(slice(None),) * d + (i, ...)]  # a view, as PyTorch's unbind gives
        out = make(data, input.dtype)
        out._vc = input._shared_vc()
        out._base = input if input._base is None else input._base
        outs.append(out)
    if _State.enabled and input._requires_grad and outs:
        record(_R["unbind"], (input,), outs[0], {"shape": input.shape, "dim": d}, num_outputs=n)
        node = outs[0].grad_fn
        for i, out in enumerate(outs[1:], 1):
            out.grad_fn, out._output_nr, out._requires_grad = node, i, True
    return tuple(outs)


def stack_grads(grads, shape, dim):
    parts = [g if g is not None else zeros(tuple(s for i, s in enumerate(shape) if i != dim), dtype=_first(grads).dtype)
             for g in grads]
    return stack(parts, dim)


def cat_grads(grads, shape, dim, sizes):
    ref = _first(grads)
    parts = []
    for g, n in zip(grads, sizes):
        if g is None:
            s = list(shape)
            s[dim] = n
            g = zeros(tuple(s), dtype=ref.dtype)
        parts.append(g)
    return cat(parts, dim)


def _first(grads):
    return next(g for g in grads if g is not None)


def split(input: Tensor, split_size_or_sections, dim: int = 0):
    d = norm_dim(dim, input.ndim)
    n = input.shape[d]
    if isinstance(split_size_or_sections, int):
        step = split_size_or_sections
        sizes = [builtins.min(step, n - i) for i in range(0, n, step)] or [0]
    else:
        sizes = list(split_size_or_sections)
        if builtins.sum(sizes) != n:
            raise RuntimeError(f"split_with_sizes expects split_sizes to sum exactly to {n} (input tensor's "
                               f"size at dimension {d}), but got split_sizes={sizes}")
    outs = []
    start = 0
    for size in sizes:
        key = (slice(None),) * d + (slice(start, start + size),)
        out = make(input._data[key], input.dtype)
        out._vc = input._shared_vc()
        out._base = input if input._base is None else input._base
        outs.append(out)
        start += size
    if _State.enabled and input._requires_grad:
        name = "SplitBackward0" if isinstance(split_size_or_sections, int) else "SplitWithSizesBackward0"
        rule = _split_rules.get(name) or _split_rules.setdefault(
            name, Rule("split", name, None, (_R["split"].formulas[0].fn,), (0,)))
        record(rule, (input,), outs[0], {"shape": input.shape, "dim": d, "sizes": sizes}, num_outputs=len(outs))
        for i, out in enumerate(outs[1:], 1):
            out.grad_fn, out._output_nr, out._requires_grad = outs[0].grad_fn, i, True
    return tuple(outs)


_split_rules: dict = {}


def chunk(input: Tensor, chunks: int, dim: int = 0):
    n = input.shape[norm_dim(dim, input.ndim)]
    size = -(-n // chunks)
    return split(input, builtins.max(size, 1), dim)


def repeat(input: Tensor, *sizes) -> Tensor:
    sizes = _shape_arg(sizes)
    if len(sizes) < input.ndim:
        raise RuntimeError("Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor")
    x = input.reshape((1,) * (len(sizes) - input.ndim) + tuple(input.shape))
    # repeat == expand on an interleaved shape, then reshape: keeps it differentiable.
    inter, target = [], []
    for r, s in zip(sizes, x.shape):
        inter += [r, s]
        target.append(r * s)
    y = x.reshape(tuple(v for s in x.shape for v in (1, s))).expand(tuple(inter))
    return y.reshape(tuple(target))


def flip(input: Tensor, dims) -> Tensor:
    dims = _norm_dims(dims, input.ndim)
    key = tuple(slice(None, None, -1) if i in dims else slice(None) for i in range(input.ndim))
    return index(input, key, node="FlipBackward0")


def tril(input: Tensor, diagonal: int = 0) -> Tensor:
    mask = make(np.tril(np.ones(input.shape[-2:], dtype=bool), diagonal), dtypes.bool_)
    return where(mask, input, zeros_like(input))


def triu(input: Tensor, diagonal: int = 0) -> Tensor:
    mask = make(np.triu(np.ones(input.shape[-2:], dtype=bool), diagonal), dtypes.bool_)
    return where(mask, input, zeros_like(input))


# ============================================================================================
# Indexing
# ============================================================================================
def select(input: Tensor, dim: int, index: int, _report_dim: int | None = None) -> Tensor:
    if input.ndim == 0:
        raise IndexError("invalid index of a 0-dim tensor. Use `tensor.item()` in Python or "
                         "`tensor.item<T>()` in C++ to convert a 0-dim tensor to a number")
    d = norm_dim(dim, input.ndim)
    size = input.shape[d]
    if not -size <= index < size:
        shown = d if _report_dim is None else _report_dim  # getitem reports the original dim
        raise IndexError(f"index {index} is out of bounds for dimension {shown} with size {size}")
    i = index + size if index < 0 else index
    data = input._data[(slice(None),) * d + (i, Ellipsis)]
    return _view_op("select", input, data, {"shape": input.shape, "dim": d, "index": i})


def slice_op(input: Tensor, dim: int, key: slice) -> Tensor:
    step = 1 if key.step is None else key.step
    if step <= 0:
        raise ValueError("step must be greater than zero")
    size = input.shape[dim]
    start, stop, _ = slice(key.start, key.stop, step).indices(size)
    stop = builtins.max(stop, start)
    key = slice(start, stop, step)
    data = input._data[(slice(None),) * dim + (key,)]
    return _view_op("slice", input, data, {"shape": input.shape, "dim": dim, "key": key})


def embed(g: Tensor, shape, key) -> Tensor:
    """Zeros of ``shape`` with ``g`` written at ``key`` (the gradient of select/slice)."""
    out = zeros(shape, dtype=g.dtype)
    return index_put(out, key, g)


def getitem(input: Tensor, key) -> Tensor:
    if not isinstance(key, tuple):
        key = (key,)
    # A 0-d integer tensor indexes like an int (PyTorch treats it as a select).
    key = tuple(int(k.item()) if isinstance(k, Tensor) and k.ndim == 0 and not k.dtype.is_floating_point
                and k.dtype is not dtypes.bool_ else k for k in key)
    consumed = builtins.sum(_dims_consumed(k) for k in key)
    if consumed > input.ndim:
        if input.ndim == 0:
            raise IndexError("invalid index of a 0-dim tensor. Use `tensor.item()` in Python or "
                             "`tensor.item<T>()` in C++ to convert a 0-dim tensor to a number")
        raise IndexError(f"too many indices for tensor of dimension {input.ndim}")
    result, dim, touched = input, 0, False
    orig = 0  # the dim of the original tensor that k indexes, for error messages
    advanced = []
    for k in key:
        orig_here = orig
        orig += _dims_consumed(k) if k is not Ellipsis else input.ndim - consumed
        if k is None:
            result = unsqueeze(result, dim)
            dim += 1
            touched = True
        elif k is Ellipsis:
            dim += input.ndim - consumed
        elif isinstance(k, bool):
            result = unsqueeze(result, dim)
            if not k:
                result = slice_op(result, dim, slice(0, 0, 1))
            dim += 1
            touched = True
        elif isinstance(k, (int, np.integer)):
            result = select(result, dim, int(k), orig_here)
            touched = True
        elif isinstance(k, slice):
            result = slice_op(result, dim, slice(*(_slice_int(v) for v in (k.start, k.stop, k.step))))
            dim += 1
            touched = True
        else:
            arr = k._data if isinstance(k, Tensor) else np.asarray(k)
            if arr.dtype.kind == "f" or (arr.dtype == object):
                raise IndexError("tensors used as indices must be long, int, byte or bool tensors")
            if arr.dtype.kind in "iu" and arr.size:
                size = result.shape[dim]
                bad = arr[(arr >= size) | (arr < -size)]
                if bad.size:
                    raise IndexError(f"index {int(bad.reshape(-1)[0])} is out of bounds for dimension {orig_here} with size {size}")
            if arr.dtype == np.bool_ and arr.ndim:
                expected = tuple(result.shape[dim:dim + arr.ndim])
                if tuple(arr.shape) != expected:
                    raise IndexError(f"The shape of the mask [{', '.join(map(str, arr.shape))}] at index {dim} "
                                     f"does not match the shape of the indexed tensor "
                                     f"[{', '.join(map(str, result.shape[dim:dim + arr.ndim]))}] at index {dim}")
            advanced.append((dim, arr))
            dim += arr.ndim if arr.dtype == np.bool_ else 1
            touched = True
    if advanced:
        np_key = [slice(None)] * (advanced[-1][0] + 1)
        for d, arr in advanced:
            np_key[d] = arr
        # A bool mask spanning several dims is one key entry covering them.
        compact, skip = [], 0
        for i, k in enumerate(np_key):
            if skip:
                skip -= 1
                continue
            compact.append(k)
            if isinstance(k, np.ndarray) and k.dtype == np.bool_ and k.ndim > 1:
                skip = k.ndim - 1
        return index(result, tuple(compact))
    if not touched:
        return _view_op("alias", input, input._data[...])
    return result


def _slice_int(v):
    if isinstance(v, Tensor):
        return int(v.item())
    return v


def _dims_consumed(k) -> int:
    if k is None or k is Ellipsis or isinstance(k, bool):
        return 0
    if isinstance(k, Tensor) and k.dtype is dtypes.bool_:
        return builtins.max(k.ndim, 1) if k.ndim else 0
    if isinstance(k, np.ndarray) and k.dtype == np.bool_:
        return k.ndim
    return 1


def index(input: Tensor, key: tuple, node: str = "IndexBackward0") -> Tensor:
    """Advanced indexing (a copy, never a view)."""
    data = np.array(input._data[key])
    rule = _R["index"] if node == "IndexBackward0" else _index_rule(node)
    return record(rule, (input,), make(data, input.dtype), {"shape": input.shape, "key": key})


_index_rules: dict = {}


def _index_rule(node: str):
    rule = _index_rules.get(node)
    if rule is None:
        rule = _index_rules[node] = Rule("index", node, None, (_R["index"].formulas[0].fn,), (0,))
    return rule


def index_backward(g: Tensor, shape, key) -> Tensor:
    return index_put(zeros(shape, dtype=g.dtype), key, g, accumulate=True)


_index_put_rules: dict = {}


def index_put(base: Tensor, key, values: Tensor, accumulate: bool = False, node: str = "IndexPutBackward0") -> Tensor:
    """A copy of ``base`` with ``values`` written (or added) at ``key``; differentiable in both."""
    data = base._data.copy()
    v = values._data if isinstance(values, Tensor) else values
    if accumulate:
        np.add.at(data, key, v)
    else:
        data[key] = v
    out = make(data, base.dtype)
    rule = _index_put_rules.get(node)
    if rule is None:
        rule = _index_put_rules[node] = Rule(
            "index_put", node, None,
            (lambda g, key: embed_zero(g, key), lambda g, key, vshape: _gather_for(g, key, vshape)), (0, 1))
    vshape = values.shape if isinstance(values, Tensor) else ()
    return record(rule, (base, values), out, {"key": key, "vshape": vshape})


def embed_zero(g: Tensor, key) -> Tensor:
    """The gradient passed to the overwritten tensor: zero where values were written."""
    mask = np.ones(g.shape, dtype=bool)
    mask[key] = False
    return g * make(mask, dtypes.bool_)


def _gather_for(g: Tensor, key, vshape) -> Tensor:
    picked = index(g, key)
    return sum_to(picked, vshape) if tuple(picked.shape) != tuple(vshape) else picked


def setitem(input: Tensor, key, value) -> None:
    """``input[key] = value``: in place, and recorded as PyTorch's CopySlices/IndexPutBackward0."""
    # Check the key through getitem's rules (same IndexErrors, same shapes).
    target = getitem(input.detach(), key)
    if isinstance(value, Tensor):
        try:
            np.broadcast_shapes(value.shape, target.shape)
        except ValueError:
            raise RuntimeError(f"shape mismatch: value tensor of shape [{', '.join(map(str, value.shape))}] "
                               f"cannot be broadcast to indexing result of shape "
                               f"[{', '.join(map(str, target.shape))}]") from None
    numpy_key = _numpy_key(input, key)
    advanced = builtins.any(isinstance(k, np.ndarray) for k in numpy_key)
    node = "IndexPutBackward0" if advanced else "CopySlices"

    def compute(snapshot: Tensor) -> Tensor:
        v = value if isinstance(value, Tensor) else make(np.asarray(value, dtype=input.dtype.np), input.dtype)
        if v.dtype is not input.dtype:
            v = v.to(input.dtype)
        return index_put(snapshot, numpy_key, v, node=node)
    _inplace(input, compute, view_of_leaf=True)


def _numpy_key(input: Tensor, key):
    """The numpy key equivalent of a PyTorch key (0-d tensors as ints, tensors as arrays)."""
    if not isinstance(key, tuple):
        key = (key,)
    out = []
    for k in key:
        if isinstance(k, Tensor):
            out.append(int(k.item()) if k.ndim == 0 and k.dtype is not dtypes.bool_ else k._data)
        elif isinstance(k, list):
            out.append(np.asarray(k))
        else:
            out.append(k)
    return tuple(out)


def masked_fill(input: Tensor, mask: Tensor, value) -> Tensor:
    v = value.item() if isinstance(value, Tensor) else value
    try:
        data = np.where(mask._data, np.asarray(v, dtype=input.dtype.np), input._data)
    except ValueError:
        raise _broadcast_error(input, mask) from None
    return record(_R["masked_fill"], (input,), make(np.asarray(data, dtype=input.dtype.np), input.dtype), {"mask": mask})


def gather(input: Tensor, dim: int, index: Tensor) -> Tensor:
    d = norm_dim(dim, input.ndim)
    grid = list(np.indices(index._data.shape, sparse=True))
    grid[d] = index._data
    key = tuple(grid)
    data = np.array(input._data[key])
    rule = _index_rule("GatherBackward0")
    return record(rule, (input,), make(data, input.dtype), {"shape": input.shape, "key": key})


def index_select(input: Tensor, dim: int, index: Tensor) -> Tensor:
    d = norm_dim(dim, input.ndim)
    key = (slice(None),) * d + (index._data,)
    return _indexed(input, key, "IndexSelectBackward0")


def _indexed(input, key, node):
    data = np.array(input._data[key])
    return record(_index_rule(node), (input,), make(data, input.dtype), {"shape": input.shape, "key": key})


def take_along_dim(input: Tensor, indices: Tensor, dim: int) -> Tensor:
    return gather(input, dim, indices)


# ============================================================================================
# In-place operations
# ============================================================================================
def _inplace(self: Tensor, compute, view_of_leaf: bool = False) -> Tensor:
    """Run ``compute`` out of place, then write its result into ``self``.

    The old value is kept in a snapshot that the new node can save, so the graph stays right;
    the write bumps ``self``'s version so nodes that saved ``self`` notice.
    """
    if _State.inference_used and not _State.inference and self.is_inference():
        # PyTorch writes the values first and complains afterwards; so do we.
        _write_into(self, compute(self))
        raise RuntimeError("Inplace update to inference tensor outside InferenceMode is not allowed."
                           "You can make a clone to get a normal tensor before doing inplace update."
                           "See https://github.com/pytorch/rfcs/pull/17 for more details.")
    if _State.enabled and self._requires_grad and self.grad_fn is None:
        if view_of_leaf or self._base is not None:
            raise RuntimeError("a view of a leaf Variable that requires grad is being used in an in-place operation.")
        raise RuntimeError("a leaf Variable that requires grad is being used in an in-place operation.")
    if _State.enabled and self._base is not None and self._base._requires_grad and self._base.grad_fn is None:
        raise RuntimeError("a view of a leaf Variable that requires grad is being used in an in-place operation.")
    if _State.enabled:
        snapshot = make(self._data.copy(), self.dtype)
        snapshot.grad_fn, snapshot._output_nr = self.grad_fn, self._output_nr
        snapshot._requires_grad = self._requires_grad
        snapshot._accumulator = self._accumulator
        result = compute(snapshot)
    else:
        result = compute(self)
    _write_into(self, result)
    if _State.enabled and result._requires_grad:
        self.grad_fn, self._output_nr, self._requires_grad = result.grad_fn, result._output_nr, True
    self._bump_version()
    return self


def _write_into(self: Tensor, result: Tensor) -> None:
    if result.dtype is not self.dtype:
        if not _can_cast(result.dtype, self.dtype):
            raise RuntimeError(f"result type {_scalar_type_name(result.dtype)} can't be cast to the desired "
                               f"output type {_scalar_type_name(self.dtype)}")
    data = result._data
    if data.shape != self._data.shape:
        try:
            data = np.broadcast_to(data, self._data.shape)
        except ValueError:
            raise RuntimeError(f"output with shape [{', '.join(map(str, self.shape))}] doesn't match the "
                               f"broadcast shape [{', '.join(map(str, result.shape))}]") from None
    if self._data.flags.writeable:
        np.copyto(self._data, data, casting="unsafe")
    else:
        self._data = np.array(data, dtype=self.dtype.np)


def _can_cast(src: dtypes.dtype, dst: dtypes.dtype) -> bool:
    return dtypes.category(src) <= dtypes.category(dst)


def _inplace_binary(fn):
    def method(self: Tensor, other, *args, **kwargs) -> Tensor:
        return _inplace(self, lambda s: fn(s, other, *args, **kwargs))
    return method


def _inplace_unary(fn):
    def method(self: Tensor, *args, **kwargs) -> Tensor:
        return _inplace(self, lambda s: fn(s, *args, **kwargs))
    return method


def zero_(self: Tensor) -> Tensor:
    return fill_(self, 0)


def fill_(self: Tensor, value) -> Tensor:
    v = value.item() if isinstance(value, Tensor) else value

    def compute(s: Tensor) -> Tensor:
        out = make(np.full(s._data.shape, v, dtype=s.dtype.np), s.dtype)
        return record(_R["fill"], (s,), out) if _State.enabled and s._requires_grad else out
    return _inplace(self, compute)


def copy_(self: Tensor, src: Tensor, non_blocking: bool = False) -> Tensor:
    def compute(s: Tensor) -> Tensor:
        data = np.broadcast_to(src._data if isinstance(src, Tensor) else np.asarray(src), s._data.shape)
        out = make(np.array(data, dtype=s.dtype.np), s.dtype)
        return record(_R["copy"], (s, src), out) if _State.enabled else out
    return _inplace(self, compute)


def _sampler(name):
    def method(self: Tensor, *args, generator=None, **kwargs) -> Tensor:
        gen = _generator(generator)
        shape = self._data.shape
        if name == "uniform_":
            low, high = (list(args) + [kwargs.get("from", 0.0), kwargs.get("to", 1.0)])[:2] if args else \
                (kwargs.get("from", kwargs.get("a", 0.0)), kwargs.get("to", kwargs.get("b", 1.0)))
            data = gen.uniform(shape, float(low), float(high), self.dtype.np)
        elif name == "normal_":
            mean, std_ = (list(args) + [kwargs.get("mean", 0.0), kwargs.get("std", 1.0)])[:2] if args else \
                (kwargs.get("mean", 0.0), kwargs.get("std", 1.0))
            data = gen.normal(shape, float(mean), float(std_), self.dtype.np)
        elif name == "bernoulli_":
            p = args[0] if args else kwargs.get("p", 0.5)
            data = gen.bernoulli(p._data if isinstance(p, Tensor) else p, shape, self.dtype.np)
        else:  # random_
            low, high = (0, args[0]) if len(args) == 1 else args
            data = gen.randint(int(low), int(high), shape, self.dtype.np)
        return _inplace(self, lambda s: wrap(np.asarray(data, dtype=s.dtype.np), s.dtype))
    return method


# ============================================================================================
# Conversions
# ============================================================================================
def to(input: Tensor, *args, dtype=None, device=None, copy: bool = False, non_blocking: bool = False,
       memory_format=None) -> Tensor:
    for a in args:
        if isinstance(a, dtypes.dtype):
            dtype = a
        elif isinstance(a, Tensor):
            dtype = a.dtype
        elif isinstance(a, (str, _tensor.device)):
            _tensor.device(a)
    dtype = _resolve_dtype(dtype)
    if device is not None:
        _tensor.device(device)
    if dtype is None or dtype is input.dtype:
        return clone(input) if copy else input
    with np.errstate(all="ignore"):
        data = input._data.astype(dtype.np)
    out = make(data, dtype)
    if _State.enabled and input._requires_grad and dtype.is_floating_point:
        record(_R["to_copy"], (input,), out)
    return out


# ============================================================================================
# Comparisons of whole tensors
# ============================================================================================
def allclose(input: Tensor, other: Tensor, rtol: float = 1e-05, atol: float = 1e-08, equal_nan: bool = False) -> bool:
    _same_dtype_check(input, other, "allclose")
    return bool(np.allclose(input._data, other._data, rtol=rtol, atol=atol, equal_nan=equal_nan))


def isclose(input: Tensor, other: Tensor, rtol: float = 1e-05, atol: float = 1e-08, equal_nan: bool = False) -> Tensor:
    _same_dtype_check(input, other, "isclose")
    return make(np.isclose(input._data, _as_data(other), rtol=rtol, atol=atol, equal_nan=equal_nan), dtypes.bool_)


def _same_dtype_check(a, b, name):
    if isinstance(b, Tensor) and a.dtype is not b.dtype:
        raise RuntimeError(f"{_scalar_type_name(a.dtype)} did not match {_scalar_type_name(b.dtype)}")


def equal(input: Tensor, other: Tensor) -> bool:
    return input.shape == other.shape and bool(np.array_equal(input._data, other._data))


def is_tensor(obj) -> bool:
    return isinstance(obj, Tensor)


def is_floating_point(t: Tensor) -> bool:
    return t.dtype.is_floating_point


def numel(t: Tensor) -> int:
    return t.numel()


def isnan(t: Tensor) -> Tensor:
    return make(np.isnan(t._data) if t.dtype.is_floating_point else np.zeros(t.shape, bool), dtypes.bool_)


def isinf(t: Tensor) -> Tensor:
    return make(np.isinf(t._data) if t.dtype.is_floating_point else np.zeros(t.shape, bool), dtypes.bool_)


def isfinite(t: Tensor) -> Tensor:
    return make(np.isfinite(t._data) if t.dtype.is_floating_point else np.ones(t.shape, bool), dtypes.bool_)


def result_type(a, b) -> dtypes.dtype:
    return _result_dtype(a, b)


def can_cast(from_, to_) -> bool:
    return _can_cast(from_, to_)


def promote_types(a, b) -> dtypes.dtype:
    return dtypes.promote_types(a, b)


# ============================================================================================
# The autograd entry points
# ============================================================================================
def _make_root_grads(tensors, grad_tensors):
    roots = []
    for i, t in enumerate(tensors):
        g = grad_tensors[i] if grad_tensors is not None and i < len(grad_tensors) else None
        if g is None:
            if t._requires_grad:
                if t.numel() != 1:
                    raise RuntimeError("grad can be implicitly created only for scalar outputs")
                if not t.dtype.is_floating_point:
                    raise RuntimeError(f"grad can be implicitly created only for real scalar outputs but got {t.dtype}")
                g = make(np.ones(t._data.shape, dtype=t.dtype.np), t.dtype)
        else:
            if not isinstance(g, Tensor):
                g = tensor(g, dtype=t.dtype)
            if g.shape != t.shape:
                raise RuntimeError(f"Mismatch in shape: grad_output[{i}] has a shape of {g.shape} and "
                                   f"output[{i}] has a shape of {t.shape}.")
            if g.dtype is not t.dtype:
                g = g.to(t.dtype)  # PyTorch casts the given gradient to the output's dtype
        if not t._requires_grad:
            raise RuntimeError(f"element {i} of tensors does not require grad and does not have a grad_fn")
        node, nr = t._edge()
        roots.append((node, nr, g))
    return roots


def autograd_backward(tensors, grad_tensors=None, retain_graph=None, create_graph=False, grad_variables=None,
                      inputs=None) -> None:
    if isinstance(tensors, Tensor):
        tensors = (tensors,)
    if isinstance(grad_tensors, Tensor):
        grad_tensors = (grad_tensors,)
    if retain_graph is None:
        retain_graph = create_graph
    roots = _make_root_grads(tuple(tensors), grad_tensors)
    if create_graph:
        warn_once(
            "Using backward() with create_graph=True will create a reference cycle between the parameter "
            "and its gradient which can cause a memory leak. We recommend using autograd.grad when "
            "creating the graph to avoid this. If you have to use this function, make sure to reset the "
            ".grad fields of your parameters to None after use to break the cycle and avoid the leak. "
            "(Triggered internally at /__w/pytorch/pytorch/torch/csrc/autograd/engine.cpp:1307.)")
    if inputs is not None:
        inputs = (inputs,) if isinstance(inputs, Tensor) else tuple(inputs)
        grads = _grad(roots, inputs, retain_graph, create_graph, allow_unused=True)
        for t, g in zip(inputs, grads):
            if g is not None:
                if t._grad is None:
                    t._grad = g if create_graph else g._detached_copy()
                else:
                    t._grad = t._grad + g
        return
    graph.execute(roots, retain_graph=retain_graph, create_graph=create_graph)


def autograd_grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False,
                  only_inputs=True, allow_unused=None, is_grads_batched=False, materialize_grads=False):
    single_input = isinstance(inputs, Tensor)
    outputs = (outputs,) if isinstance(outputs, Tensor) else tuple(outputs)
    inputs = (inputs,) if single_input else tuple(inputs)
    if isinstance(grad_outputs, Tensor):
        grad_outputs = (grad_outputs,)
    if retain_graph is None:
        retain_graph = create_graph
    if allow_unused is None:
        allow_unused = materialize_grads
    roots = _make_root_grads(outputs, grad_outputs)  # PyTorch checks the outputs first
    for t in inputs:
        if not t._requires_grad:
            raise RuntimeError("One of the differentiated Tensors does not require grad")
    grads = _grad(roots, inputs, retain_graph, create_graph, allow_unused)
    if materialize_grads:
        grads = tuple(zeros_like(t) if g is None else g for t, g in zip(inputs, grads))
    return grads


def copy_for_grad(g: Tensor) -> Tensor:
    """The first ``.grad`` under create_graph: a recorded copy, as PyTorch's CopyBackwards."""
    out = make(g._data.copy(), g.dtype)
    placeholder = make(g._data, g.dtype)
    return record(_R["copy"], (placeholder, g), out)


def _grad(roots, inputs, retain_graph, create_graph, allow_unused):
    capture = {}
    for k, t in enumerate(inputs):
        if t.grad_fn is not None:
            capture[(t.grad_fn, t._output_nr)] = k
        else:
            capture[t._edge()] = k
    captured = graph.execute(roots, retain_graph=retain_graph, create_graph=create_graph, capture=capture)
    result = []
    for k, t in enumerate(inputs):
        g = captured.get(k)
        if g is None and not allow_unused:
            raise RuntimeError(f"The differentiated Tensor at index {k} appears to not have been used in "
                               "the graph. Set allow_unused=True if this is the desired behavior.")
        if g is not None and not create_graph:
            g = g.detach()
        result.append(g)
    return tuple(result)



"""``clamp`` / ``clip`` with number or tensor bounds (and ``nan_to_num``): PyTorch's promotion,
its argument errors and the gradients' masks."""
from __future__ import annotations

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine.complex_guard import refuse_complex
from autograd_tui.engine._tensor import Tensor, check_int_fits, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.record import record
from autograd_tui.engine.functions._common import _R, _broadcast_error, check_number
from autograd_tui.engine.functions.creation import full_like
from autograd_tui.engine.functions.pointwise import (
    _result_dtype, _unary, where)


def clamp(input: Tensor, min=None, max=None, *, _rule: str = "clamp", _method: bool = False) -> Tensor:  # noqa: A002
    for bound in (min, max):
        if bound is not None:
            check_number(bound, "clamp", "min")  # the public entry words it as PyTorch's parser
    if min is None and max is None:
        raise RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None")
    if isinstance(min, Tensor) or isinstance(max, Tensor):
        if min is None or max is None or (isinstance(min, Tensor) and isinstance(max, Tensor)):
            return _clamp_tensor(input, min, max)
        bound = min if isinstance(min, Tensor) else max
        if bound.ndim:
            raise _clamp_arguments_error(min, max, _method)
        # A 0-d tensor beside a number is read as a number (the Scalar overload).
        min, max = (v.item() if isinstance(v, Tensor) else v for v in (min, max))
    dtype = input.dtype
    if dtype.is_complex:
        refuse_complex(input, "clamp")
    if not dtype.is_floating_point and (isinstance(min, float) or isinstance(max, float)):
        dtype = dtypes.get_default_dtype()
    elif dtype is dtypes.bool_:
        # bool bounds only: no bool kernel; an integer bound promotes the result to int64
        if all(v is None or isinstance(v, (bool, np.bool_)) for v in (min, max)):
            kernel = "clamp_scalar_cpu" if min is not None and max is not None else \
                "clamp_min_scalar_cpu" if min is not None else "clamp_max_scalar_cpu"
            raise NotImplementedError(f"\"{kernel}\" not implemented for 'Bool'")
        dtype = dtypes.int64
    min, max = check_int_fits(min, dtype), check_int_fits(max, dtype)
    x = input._data.astype(dtype.np, copy=False)
    data = np.clip(x, min, max).astype(dtype.np, copy=False)
    out_t = make(np.asarray(data), dtype)
    if not (_State.enabled or _State.dual_level or _State.vmap_randomness):
        return out_t
    if _rule == "clamp":
        return record(_R["clamp"], (input,), out_t, {"min": min, "max": max})
    return record(_R[_rule], (input,), out_t, {"min": min} if _rule == "clamp_min" else {"max": max})


clip = clamp


def nan_to_num(input: Tensor, nan: float | None = 0.0, posinf: float | None = None,
               neginf: float | None = None) -> Tensor:
    if nan is None:  # PyTorch's nan is optional too: None is its default, 0
        nan = 0.0
    if not input.dtype.is_floating_point:
        return make(input._data.copy(), input.dtype)
    out = _unary(_R["nan_to_num"], input, False, {"nan": nan, "posinf": posinf, "neginf": neginf})
    return out


def clamp_min(input: Tensor, min) -> Tensor:  # noqa: A002
    return clamp(input, min=min, _rule="clamp_min")


def clamp_max(input: Tensor, max) -> Tensor:  # noqa: A002
    return clamp(input, max=max, _rule="clamp_max")


def _clamp_arguments_error(min, max, method: bool) -> TypeError:  # noqa: A002
    """PyTorch's argument parser refusing a tensor bound beside a number (positional form)."""
    got = ", ".join(type(v).__name__ for v in (min, max))
    if not method:
        return _worded(f"clamp() received an invalid combination of arguments - got (Tensor, {got}), but expected "
                       "one of:\n * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor out = None)\n"
                       " * (Tensor input, Number min = None, Number max = None, *, Tensor out = None)\n")
    marked = ", ".join(f"!{type(v).__name__}!" for v in (min, max))
    why = f"      didn't match because some of the arguments have invalid types: ({marked})\n"
    return _worded(f"clamp() received an invalid combination of arguments - got ({got}), but expected one of:\n"
                   f" * (Tensor min = None, Tensor max = None)\n{why}"
                   f" * (Number min = None, Number max = None)\n{why}")


def _worded(message: str) -> TypeError:
    """A TypeError the public entry keeps as it is: the parser's quirk of marking a tensor that fits
    its slot (which the table of signatures would not reproduce)."""
    error = TypeError(message)
    error.parser_worded = True  # type: ignore[attr-defined]
    return error


def _clamp_tensor(input: Tensor, min, max) -> Tensor:  # noqa: A002
    """clamp with tensor bounds (a number beside a tensor is a tensor of the input's dtype): one
    ClampBackward0 node, whose bounds get gradients too."""
    lo = min if isinstance(min, Tensor) or min is None else full_like(input, min)
    hi = max if isinstance(max, Tensor) or max is None else full_like(input, max)
    dtype = input.dtype
    for bound in (lo, hi):
        if bound is not None:
            dtype = dtypes.promote_types(dtype, _result_dtype(input, bound))
    x = input._data.astype(dtype.np, copy=False)
    try:
        if lo is not None:
            x = np.maximum(x, lo._data.astype(dtype.np, copy=False))
        if hi is not None:
            x = np.minimum(x, hi._data.astype(dtype.np, copy=False))
    except ValueError:
        raise _broadcast_error(input, lo if lo is not None else hi) from None
    return record(_R["clamp_tensor"], (input, lo, hi), make(np.asarray(x, dtype=dtype.np), dtype))


def clamp_tensor_backward(grad: Tensor, self: Tensor, min, max) -> Tensor:  # noqa: A002
    if min is None:
        return where(self <= max, grad, 0.0)
    inside = self >= min
    return where(inside if max is None else inside.logical_and(self <= max), grad, 0.0)


def clamp_bound_backward(grad: Tensor, self: Tensor, min, max, which: str) -> Tensor:  # noqa: A002
    if min is not None and max is not None:
        if which == "min":
            return where((self < min).logical_and(min < max), grad, 0.0)
        return where((self > max).logical_or(max < min), grad, 0.0)
    return where(self < min, grad, 0.0) if which == "min" else where(self > max, grad, 0.0)


def clamp_mask(a: Tensor, lo, hi) -> Tensor:
    mask = np.ones(a._data.shape, dtype=bool)
    if lo is not None:
        mask &= a._data >= lo
    if hi is not None:
        mask &= a._data <= hi
    return make(mask, dtypes.bool_)

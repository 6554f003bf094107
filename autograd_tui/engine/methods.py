"""Tensor methods and operators, each one a thin call into ``functions``.

Kept apart from the Tensor class so that the class reads as "what a tensor is" and this file
as "what you can do with one".
"""
from __future__ import annotations

import functools
import importlib
import numbers
import types
import warnings
from typing import cast

import numpy as np

from autograd_tui.engine import _class_view
from autograd_tui.engine import _method_docs, _vmap_levels, dtypes, missing, old_linalg, public_names
from autograd_tui.engine import functions as F
from autograd_tui.engine import csr_matrices, sparse_tensor
from autograd_tui.engine._python_apply import apply_python
from autograd_tui.engine._tensor import NO_DIM, Size, Tensor, is_dim, run_on_meta, use_device
from autograd_tui.engine._tensor import device as _device
from autograd_tui.engine.functions._common import dims_innermost_first
from autograd_tui.engine.functions.index_put_op import index_put_op
from autograd_tui.engine.functions.creation import check_dtype_argument, tensor_copy_of
from autograd_tui.engine.functions.indexing import sequence_key_as_tuple
from autograd_tui.engine.functions.special import ldexp_values
from autograd_tui.engine.grad_mode import _State, requires_grad_flag
from autograd_tui.engine.legacy_types import tensor_new
from autograd_tui.engine._method_views import _BuiltinMethodDescriptor, _renamed, class_view


def _nn_functional(name: str):  # torch.nn.functional's op (loaded on first use: start-up time)
    return getattr(importlib.import_module("autograd_tui.engine.nn.functional"), name)


def _reflected(fn):
    return lambda self, other: fn(other, self)


def _is_operand(x) -> bool:
    return isinstance(x, (Tensor, int, float, bool, complex, np.number, np.bool_))


_MISSING = object()


def _odd_operator_call(fn, self, other, rest: tuple, keywords: dict, alpha=None):
    """An operator method called with other than one operand (``x.__add__()``, ``x.__mul__(y, dim=0)``):
    PyTorch's operators turn any TypeError of their parser into NotImplemented; ``alpha`` (add's and
    sub's name and function) also takes the deprecated alpha-first overload (``x.__add__(2, y)``)."""
    if alpha is not None and len(rest) == 1 and not keywords and F.is_operand(other) \
            and not isinstance(other, Tensor) and F.is_operand(rest[0]):
        operand, scale = F.alpha_first(alpha[0], True, other, rest[0])
        return alpha[1](self, operand, alpha=scale)
    if other is _MISSING or rest:
        return NotImplemented
    try:
        return (alpha[1] if alpha is not None else fn)(self, other, **keywords)
    except TypeError:
        return NotImplemented


def _binary_dunder(fn, operands_known=None, alpha=None):
    """An operator method; ``operands_known`` (if given) is the op without its operand checks,
    for the hot path, where ``other`` is a Tensor or a Python int or float."""
    known = operands_known or fn

    def method(self, other=_MISSING, *rest, **keywords):
        if rest or keywords or other is _MISSING:
            return _odd_operator_call(fn, self, other, rest, keywords, alpha)
        if other.__class__ is Tensor or other.__class__ is float or other.__class__ is int:
            return known(self, other)  # the hot path: no further checks
        if not _is_operand(other):
            return NotImplemented  # a list too: Python's own TypeError, as PyTorch's operators give
        return fn(self, other)
    return method


def _sub(a, b):
    return F.sub(a, b)


def _pow_dunder(self, other=_MISSING, *rest, **keywords):
    if rest or keywords or other is _MISSING:
        return _odd_operator_call(F.pow, self, other, rest, keywords)
    if (other.__class__ is float or other.__class__ is int) and self.dtype.is_floating_point:
        return F.pow_by_number(self, other)  # the hot path: x ** 2 (integer tensors: pow's checks)
    if not _is_operand(other):
        return NotImplemented
    return F.pow(self, other)


def _rsub(self, other=_MISSING, *rest, **keywords):
    if rest or keywords or other is _MISSING:
        return _odd_operator_call(F.rsub, self, other, rest, keywords)
    if not _is_operand(other):
        return NotImplemented
    return F.rsub(self, other)


def _rtruediv(self, other=_MISSING, *rest, **keywords):
    if rest or keywords or other is _MISSING:
        return _odd_operator_call(_reflected(F.div), self, other, rest, keywords)
    if not _is_operand(other):
        return NotImplemented
    return F.reciprocal(self) * other


def _rpow(self, other=_MISSING, *rest, **keywords):
    if rest or keywords or other is _MISSING:
        return _odd_operator_call(_reflected(F.pow), self, other, rest, keywords)
    if not _is_operand(other):
        return NotImplemented
    return F.pow(other, self)


def _matmul(self, other=_MISSING, *rest, **keywords):
    if rest or keywords or other is _MISSING:
        return _odd_operator_call(F.matmul, self, other, rest, keywords)
    if not isinstance(other, Tensor):
        return NotImplemented
    return F.matmul(self, other)


def _rmatmul(self, other=_MISSING, *rest, **keywords):
    if rest or keywords or other is _MISSING:
        return _odd_operator_call(_reflected(F.matmul), self, other, rest, keywords)
    if not isinstance(other, Tensor):
        return NotImplemented
    return F.matmul(other, self)


# A tensor compared with anything else (a list included) is simply not equal, as in PyTorch.
def _eq(self, other=_MISSING, *rest, **keywords):
    if rest or keywords or other is _MISSING:
        return _odd_operator_call(F.eq, self, other, rest, keywords)
    if other.__class__ is np.ndarray:
        # PyTorch's == alone reads an array as a tensor (from_numpy's rules and errors); an array it
        # cannot read leaves the comparison to Python, as any other operand does
        try:
            other = F.from_numpy(other)
        except TypeError:
            return NotImplemented
    elif not _is_operand(other):
        return NotImplemented  # Python then compares identities: False
    return F.eq(self, other)


def _inplace_dunder(fn, alpha=None):
    """``t += x``: an operand PyTorch cannot take (a list, an ndarray) gives Python's fallback to
    ``t + x``, so an ndarray makes a new tensor through numpy, as under PyTorch."""
    def method(self, other=_MISSING, *rest, **keywords):
        if rest or keywords or other is _MISSING:
            return _odd_operator_call(fn, self, other, rest, keywords, alpha)
        if other.__class__ is not Tensor and not _is_operand(other):
            return NotImplemented
        return fn(self, other)
    return method


def _array_wrap(self, array):
    """How numpy hands a ufunc's result back when a tensor was an operand (``t * ndarray``,
    ``np.exp(t)``): as a tensor sharing the result's memory. One parameter, as PyTorch's has,
    so numpy 2 warns about the missing context arguments at the learner's line, as it does there."""
    if array.dtype == np.bool_:
        array = array.astype(np.uint8)  # PyTorch's wrapper still gives comparisons as uint8
    return F.from_numpy(array)


def _ne(self, other=_MISSING, *rest, **keywords):
    if rest or keywords or other is _MISSING:
        return _odd_operator_call(F.ne, self, other, rest, keywords)
    if not _is_operand(other):
        return NotImplemented  # Python then compares identities: True
    return F.ne(self, other)


def _max_method(self, *args, **kwargs):
    return F.max_min("max", self, args, kwargs, method=True)


def _min_method(self, *args, **kwargs):
    return F.max_min("min", self, args, kwargs, method=True)


def _on_given_device(device, build, *args):
    """A new_* method's tensor goes on ``device`` when one is given (PyTorch's error for a device
    the engine cannot reach, a meta tensor for 'meta'); else where ``self`` is (meta.py routes a
    meta ``self``)."""
    if device is not None and not _State.meta and use_device(device):
        return run_on_meta(build, *args)
    return build(*args)


def _new_tensor(self, data, dtype=None, device=None, requires_grad=False):
    requires_grad = requires_grad_flag(requires_grad, "new_tensor", none_allowed=False)
    check_dtype_argument(dtype, "new_tensor")
    return _on_given_device(device, tensor_copy_of, data, dtype or self.dtype, requires_grad, "tensor.new_tensor")


def _new_like(fill, name: str):
    def method(self, *size, dtype=None, device=None, requires_grad=False, **given):
        if given.keys() == {"size"} and not size:
            size = (given.pop("size"),)
        if given:
            raise TypeError(f"{name}() got an unexpected keyword argument '{next(iter(given))}'")
        if not size:
            raise TypeError(f'{name}() missing 1 required positional arguments: "size"')
        requires_grad = requires_grad_flag(requires_grad, name)
        check_dtype_argument(dtype, name)
        return _vmap_levels.batch_like(self, _on_given_device(device, F._creation, F._shape_arg(size),
                                                               dtype or self.dtype, fill, requires_grad, device))
    return method


def _new_full(self, size, fill_value, dtype=None, device=None, requires_grad=False):
    if not isinstance(size, (tuple, list, Size)):
        raise TypeError(f"new_full(): argument 'size' (position 1) must be tuple of ints, not {type(size).__name__}")
    requires_grad = requires_grad_flag(requires_grad, "new_full")
    check_dtype_argument(dtype, "new_full")
    return _vmap_levels.batch_like(self, _on_given_device(device, F._creation, F._shape_arg((size,)),
                                                           dtype or self.dtype, fill_value, requires_grad, device))


def _new_empty_strided(self, size, stride, *, dtype=None, layout=None, device=None, requires_grad=False,
                       pin_memory=False):
    return F.strided_empty(size, stride, dtype or self.dtype, requires_grad, device, pin_memory, "new_empty_strided")


_SQUEEZE_OVERLOADS = ("()", "(int dim)", "(tuple of ints dim)")


def _squeeze_method(name: str, fn):
    """``Tensor.squeeze(0, 2)``: the method (not ``torch.squeeze``) also takes its dims one by one.
    (It wraps ``fn`` so that the parser layer reads ``fn``'s names: ``axis=`` is still ``dim=``.)"""
    @functools.wraps(fn)
    def method(self, *dims, **kwargs):
        if len(dims) < 2:
            return fn(self, *dims, **kwargs)
        if kwargs or isinstance(dims[0], (tuple, list)):
            raise F.invalid_combination(name, dims, kwargs, _SQUEEZE_OVERLOADS)
        for position, d in enumerate(dims, 1):
            if not is_dim(d):
                raise TypeError(f"{name}(): argument 'dim' failed to unpack the object at pos {position} with error "
                                f"\"type must be tuple of ints,but got {type(d).__name__}\"")
        return fn(self, dims)
    return method


def _sum_method(self, dim=NO_DIM, keepdim=False, dtype=None):
    return F.sum(self, dim, keepdim, dtype=dtype)


def _mean_method(self, dim=NO_DIM, keepdim=False, dtype=None):
    return F.mean(self, dim, keepdim, dtype=dtype)


_REDUCTION_OVERLOADS = ("(*, torch.dtype dtype = None)",
                        "(tuple of ints dim, bool keepdim = False, *, torch.dtype dtype = None)")
_REDUCTION_KEYWORDS = frozenset(("dim", "axis", "keepdim", "keepdims", "dtype"))


def _reduction_method(name: str, fn):
    """``t.sum`` / ``t.mean`` with PyTorch's parser errors for keywords it lacks: ``np.sum(t)``
    calls ``t.sum(axis=None, dtype=None, out=None)``."""
    inner = F.parsed(fn, name, method=True)

    def method(self, *args, **kwargs):
        if kwargs.keys() - _REDUCTION_KEYWORDS:
            raise F.call_error(name, True, (self, *args), kwargs) or _reduction_call_error(name, args, kwargs)
        if not args and ("keepdim" in kwargs or "keepdims" in kwargs) and "dim" not in kwargs and "axis" not in kwargs:
            raise F.invalid_combination(name, args, kwargs, _REDUCTION_OVERLOADS)  # keepdim= needs a dim
        return inner(self, *args, **kwargs)
    method.__name__ = method.__qualname__ = name
    method._parsed = True  # type: ignore[attr-defined]  # (inner is)
    return method


def _reduction_call_error(name: str, args: tuple, kwargs: dict) -> TypeError:
    # The parser names one overload's problem when only that one could take this many arguments
    # (the dim overload takes 1 to 3), else lists them all; its check of keywords knows no numpy alias.
    given = len(args) + len(kwargs)
    if not 1 < given <= 3:
        return F.invalid_combination(name, args, kwargs, _REDUCTION_OVERLOADS)
    if not args and "dim" not in kwargs and "axis" not in kwargs:
        return TypeError(f'{name}() missing 1 required positional arguments: "dim"')
    extra = next(k for k in kwargs if k not in ("dim", "keepdim", "dtype"))
    return TypeError(f"{name}() got an unexpected keyword argument '{extra}'")


def _compare_inplace(fn, name: str):
    """``x.eq_(y)``: the comparison written into ``x`` as 0 or 1 in x's own dtype; its node (as
    PyTorch's EqBackward0/1) passes no gradient on."""
    def method(self, other):
        rule = F.RULES[f"{name}_tensor_inplace" if isinstance(other, Tensor) else f"{name}_scalar_inplace"]

        def compute(s):
            result = fn(s.detach(), other.detach() if isinstance(other, Tensor) else other)
            return F.record(rule, (s, other), F.make(result._data.astype(s.dtype.np), s.dtype))
        return F._inplace(self, compute)
    return method


def _refused_inplace(fn, name: str):
    """``x.asinh_()``: the value written in place, under a node whose backward refuses (PyTorch's)."""
    def method(self):
        def compute(s):
            result = fn(s.detach())
            return F.record(F.RULES[f"{name}_inplace"], (s,), F.make(result._data, result.dtype))
        return F._inplace(self, compute)
    return method


def _float_power_inplace(self, exponent):
    if isinstance(exponent, Tensor):  # vmap's refusal of a batched exponent comes first
        _vmap_levels.refuse_inplace(self, exponent, "float_power")
    if self.dtype is not dtypes.float64:  # the result is always float64, and must fit back into self
        raise RuntimeError(f"the base given to float_power_ has dtype {F._scalar_type_name(self.dtype)} but the "
                           "operation's result requires dtype Double")
    return F._inplace(self, lambda s: F.float_power(s, exponent), name="float_power")


def _added_product_inplace(fn):
    def method(self, a, b, *, beta=1, alpha=1):
        return F._inplace(self, lambda s: fn(s, a, b, beta=beta, alpha=alpha), name=fn.__name__)
    return method


def _pos(self):
    if self.dtype is dtypes.bool_:
        raise RuntimeError("The `+` operator, on a bool tensor is not supported.")
    return self


def _abs_dunder(self):
    return F.abs(self)


def _invert(self):
    if self.dtype.name == "bool":
        return F.logical_not(self)
    if self.dtype.is_floating_point:
        raise TypeError("~ (operator.invert) is only implemented on integer and Boolean-type tensors")
    return F.bitwise_not(self)


def _inplace_bitwise(fn):
    """``a ^= b`` and ``a.bitwise_xor_(b)``: PyTorch refuses a result it cannot cast back before
    it looks for a kernel."""
    def method(self, other):
        result_dtype = F._result_dtype(self, other)
        if not F._can_cast(result_dtype, self.dtype):
            raise RuntimeError(f"result type {F._scalar_type_name(result_dtype)} can't be cast to the desired "
                               f"output type {F._scalar_type_name(self.dtype)}")
        return F._inplace(self, lambda s: fn(s, other))
    return method


def _dim_order(self, *, ambiguity_check: bool = False) -> tuple:
    """The dims from outermost to innermost in memory (broadcast dims and equal strides of equal
    sizes stay where they are)."""
    return tuple(reversed(dims_innermost_first(self.shape, self.stride())))


def _pin_memory(self, device=None):
    raise RuntimeError("Cannot access accelerator device when none is available.")


def _index_method(self, key):
    return F.getitem(self, sequence_key_as_tuple(key))


def _setitem(self, key, value):
    F.setitem(self, sequence_key_as_tuple(key), value)


def _prod_method(self, *args, **kwargs):
    return F.prod(self, *args, _method=True, **kwargs)


def _clamp_method(self, min=None, max=None):  # noqa: A002
    return F.clamp(self, min, max, _method=True)


# A method's operand, checked as PyTorch's parser checks it there: ``other`` is position 1 (the
# function form counts ``input`` first), and the overloads listed are the method's own.
_METHOD_OVERLOADS = {
    "compare": ("(Tensor other)", "(Number other)"),
    "pow": ("(Tensor exponent)", "(Number exponent)"),
    "subtract": ("(Tensor other, *, Number alpha = 1)", "(Number other, Number alpha = 1)"),
    "divide": ("(Tensor other)", "(Tensor other, *, str rounding_mode)", "(Number other)",
               "(Number other, *, str rounding_mode)"),
    "div_rounding": ("(Tensor other)", "(Tensor other, *, str rounding_mode)", "(Number other, *, str rounding_mode)"),
    "where": ("(Tensor condition, Tensor other)", "(Tensor condition, Number other)"),
    "masked_fill": ("(Tensor mask, Tensor value)", "(Tensor mask, Number value)"),
}


_ALPHA_FIRST = frozenset(("add", "add_", "sub", "sub_", "subtract", "subtract_"))


def _checked(fn, name: str, overloads: str | None = None, *, keyword: str = "other", tensor_only: bool = False):
    """``fn`` as the method ``name``: an operand (first argument, or the keyword ``keyword``) that
    is neither a Tensor nor a number (``tensor_only``: not a Tensor) raises PyTorch's TypeError,
    one argument's or the list of ``overloads`` when there are several. The call goes on as made."""
    def method(self, *args, **kwargs):
        if len(args) == 2 and not kwargs and name in _ALPHA_FIRST and F.is_operand(args[0]) \
                and not isinstance(args[0], Tensor) and (isinstance(args[1], Tensor) or F.is_operand(args[1])):
            if name.startswith("subtract"):  # its own overload (Number other, Number alpha)
                if not isinstance(args[1], Tensor):
                    return fn(self, args[0], alpha=args[1])
            else:  # x.add_(-lr, grad): PyTorch's deprecated overload, alpha first
                other, alpha = F.alpha_first(name, True, *args)
                return fn(self, other, alpha=alpha)
        if len(args) > 1 or not args and not kwargs and overloads:
            # PyTorch's parser counts the operand alone: x.pow(x, 2), a slip for torch.pow(x, 2)
            table = overloads or ("div_rounding" if name in ("div", "div_") else None)
            if table is None:
                raise TypeError(f"{name}() takes 1 positional argument but {len(args)} were given")
            raise F.invalid_combination(name, args, kwargs, _METHOD_OVERLOADS[table])
        operand = args[0] if args else kwargs.get(keyword, _MISSING)
        if operand is not _MISSING and not (isinstance(operand, Tensor) or not tensor_only and F.is_operand(operand)):
            table = "div_rounding" if overloads is None and "rounding_mode" in kwargs else overloads
            if table is None:
                where = " (position 1)" if args else ""
                raise TypeError(f"{name}(): argument '{keyword}'{where} must be Tensor, not {F._type_name(operand)}")
            raise F.invalid_combination(name, args, kwargs, _METHOD_OVERLOADS[table])
        return fn(self, *args, **kwargs)
    method.__name__ = method.__qualname__ = name
    return method


def _k_first(fn, name: str):
    def method(self, *args, **kwargs):
        if args:
            F.check_int(args[0], name, "k", 1)
        elif "k" in kwargs:
            F.check_int(kwargs["k"], name, "k", None)
        return fn(self, *args, **kwargs)
    method.__name__ = method.__qualname__ = name
    return method


_OTHER_NOT_GIVEN = object()  # x.where(cond), x.masked_fill(mask): the parser names only what was given


def _masked_fill_checked(fn, name: str):
    """``fn`` as the method ``name``: a mask that is not a Tensor, or a value neither a Tensor nor a
    number (a str, None, a list), raises PyTorch's invalid-combination TypeError."""
    def method(self, mask, value=_OTHER_NOT_GIVEN):
        if not isinstance(mask, Tensor) or not isinstance(value, (Tensor, numbers.Number)):  # complex too
            given = (mask,) if value is _OTHER_NOT_GIVEN else (mask, value)  # x.masked_fill(m): the same error
            raise F.invalid_combination(name, given, {}, _METHOD_OVERLOADS["masked_fill"])
        return fn(self, mask, value)
    method.__name__ = method.__qualname__ = name
    return method


def _varargs_dims(fn):
    """``x.permute(1, 0)`` as ``x.permute((1, 0))``: the parser reads the positional arguments as
    the list when a method's one positional parameter is a list of ints."""
    def method(self, *dims, **kwargs):
        if len(dims) > 1 or dims and not isinstance(dims[0], (tuple, list, F.Size)):
            return fn(self, dims, **kwargs)
        return fn(self, *dims, **kwargs)
    method.__name__ = method.__qualname__ = fn.__name__
    return method


def _where_method(self, condition, other=_OTHER_NOT_GIVEN):
    if other is _OTHER_NOT_GIVEN or not F.is_operand(other):  # x.where(cond) too: the parser's error
        given = (condition,) if other is _OTHER_NOT_GIVEN else (condition, other)
        raise F.invalid_combination("where", given, {}, _METHOD_OVERLOADS["where"])
    return F.where(condition, self, other)


def _add_inplace(self, other, *, alpha=1):
    F.check_number(alpha, "add_", "alpha", only_number=True)
    return F._inplace(self, lambda s: F.add(s, other, alpha=alpha), name="add")


def _sub_inplace(self, other, *, alpha=1):
    F.check_number(alpha, "sub_", "alpha", only_number=True)
    return F._inplace(self, lambda s: F.sub(s, other, alpha=alpha))


def _apply_(self, fn):
    return apply_python(self, "apply_", fn)


def _map_(self, other, fn):
    if not isinstance(other, Tensor):
        raise TypeError(f"map_(): argument 'other' (position 1) must be Tensor, not {type(other).__name__}")
    if other.dtype is not self.dtype and not self._requires_grad:
        raise TypeError(f"map_: expected torch.{self.dtype.legacy_name} for 'other' "
                        f"(got torch.{other.dtype.legacy_name})")
    return apply_python(self, "map_", fn, other.expand(self.shape) if other.shape != self.shape else other)


def _mT(self):
    return F.mT(self)


def _T(self):
    return F.numpy_T(self)


def _addcmul_(self, t1, t2, value=1):
    F.check_number(value, "addcmul_", "value", only_number=True)
    return F._inplace(self, lambda s: F.addcmul(s, t1, t2, value=value), name="addcmul")


def _addcdiv_(self, t1, t2, value=1):
    F.check_number(value, "addcdiv_", "value", only_number=True)
    return F._inplace(self, lambda s: F.addcdiv(s, t1, t2, value=value), name="addcdiv")


def _lerp_(self, end, weight):
    overload = "lerp.Tensor" if isinstance(weight, Tensor) else "lerp.Scalar"
    return F._inplace(self, lambda s: F.lerp(s, end, weight), name=overload)


def _backward(self, gradient=None, retain_graph=None, create_graph=False, inputs=None) -> None:
    # As in PyTorch, a gradient that is not a tensor is read as a sequence of gradients.
    F.autograd_backward((self,), gradient, retain_graph, create_graph, inputs=inputs)


# a mistyped keyword (loss.backward(retain=True)) is reported by this function itself: PyTorch's name
_backward.__name__, _backward.__qualname__ = "backward", "Tensor.backward"


def _tile_method(self, *dims, **kwargs):
    # x.tile(2, 2) and x.tile((2, 2)) both work, as x.repeat does.
    if not dims:  # tile's own parser messages (missing, or dims=...)
        return F.tile(self, **kwargs)
    return F.tile(self, dims[0] if len(dims) == 1 and isinstance(dims[0], (tuple, list)) else dims, **kwargs)


def _is_nonzero(self) -> bool:
    if self.numel() == 0:
        raise RuntimeError("Boolean value of Tensor with no values is ambiguous")
    if self.numel() > 1:
        raise RuntimeError("Boolean value of Tensor with more than one value is ambiguous")
    return bool(self._data.reshape(-1)[0])


def _sum_to_size(self, *size):
    if not size:  # PyTorch's parser wants a size (it is no reduction over everything)
        raise TypeError('sum_to_size() missing 1 required positional arguments: "size"')
    shape = F._shape_arg(size)
    if len(shape) > self.ndim or any(n != m and n != 1 for n, m in zip(shape[::-1], self.shape[::-1])):
        raise RuntimeError(f"size {{{list(shape)}}} is not expandable to size {{{list(self.shape)}}}.")
    return F.sum_to(self, shape)


def _is_pinned(self, device=None):
    """Never pinned (there is no accelerator); a device given is read as PyTorch reads it, deprecated."""
    if device is not None:
        if isinstance(device, str):
            device = _device(device)
        elif not isinstance(device, _device):  # an index names an accelerator
            raise RuntimeError("Device index must not be negative" if device < 0 else
                               "Cannot access accelerator device when none is available.")
        warnings.warn("The argument 'device' of Tensor.is_pinned() is deprecated. Please do not pass this argument. "
                      "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/Memory.cpp:31.)",
                      DeprecationWarning, stacklevel=2)
    return False


def _size_method(self, dim=None):
    return Tensor.size(self, dim)


METHODS = {
    # Operators.
    "__add__": _binary_dunder(F.add, alpha=("add", F.add)), "__radd__": _binary_dunder(F.add, alpha=("add", F.add)),
    "__iadd__": lambda self, other: _add_inplace(self, other),
    "__sub__": _binary_dunder(_sub, F.sub_operands_known, alpha=("sub", F.sub)), "__rsub__": _rsub,
    "__isub__": lambda self, other: _sub_inplace(self, other),
    "__mul__": _binary_dunder(F.mul, F.mul_operands_known), "__rmul__": _binary_dunder(F.mul, F.mul_operands_known),
    "__imul__": F._inplace_binary(F.mul),
    "__truediv__": _binary_dunder(F.div), "__rtruediv__": _rtruediv,
    "__itruediv__": F._inplace_binary(F.div),
    "__floordiv__": _binary_dunder(F.floor_divide), "__rfloordiv__": _binary_dunder(_reflected(F.floor_divide)),
    "__mod__": _binary_dunder(F.remainder), "__rmod__": _binary_dunder(_reflected(F.remainder)),
    "__pow__": _pow_dunder, "__rpow__": _rpow, "__ipow__": F._inplace_binary(F.pow),
    "__matmul__": _matmul, "__rmatmul__": _rmatmul,
    "__neg__": F.neg, "__pos__": _pos, "__abs__": _abs_dunder, "__invert__": _invert,
    "__eq__": _eq, "__ne__": _ne,
    "__lt__": _binary_dunder(F.lt), "__le__": _binary_dunder(F.le),
    "__gt__": _binary_dunder(F.gt), "__ge__": _binary_dunder(F.ge),
    "__and__": _binary_dunder(F.bitwise_and), "__or__": _binary_dunder(F.bitwise_or),
    "__xor__": _binary_dunder(F.bitwise_xor),
    "__rand__": _binary_dunder(F.bitwise_and), "__ror__": _binary_dunder(F.bitwise_or),
    "__rxor__": _binary_dunder(F.bitwise_xor),
    "__iand__": _inplace_bitwise(F.bitwise_and), "__ior__": _inplace_bitwise(F.bitwise_or),
    "__ixor__": _inplace_bitwise(F.bitwise_xor),
    "__lshift__": _binary_dunder(F.bitwise_left_shift), "__rshift__": _binary_dunder(F.bitwise_right_shift),
    "__rlshift__": _binary_dunder(_reflected(F.bitwise_left_shift)),
    "__rrshift__": _binary_dunder(_reflected(F.bitwise_right_shift)),
    "__ilshift__": _inplace_bitwise(F.bitwise_left_shift), "__irshift__": _inplace_bitwise(F.bitwise_right_shift),
    "__array_wrap__": _array_wrap, "__getitem__": _index_method, "__setitem__": _setitem,
    # Arithmetic and math.
    "add": _checked(F.add, "add"), "sub": _checked(F.sub, "sub"), "subtract": _checked(F.sub, "subtract", "subtract"),
    "mul": _checked(F.mul, "mul"), "multiply": _checked(F.mul, "multiply", "compare"), "div": _checked(F.div, "div"),
    "divide": _checked(F.div, "divide", "divide"), "true_divide": _checked(F.div, "true_divide", "compare"),
    "pow": _checked(F.pow, "pow", "pow", keyword="exponent"), "neg": F.neg, "negative": F.neg,
    "exp": F.exp, "log": F.log, "sin": F.sin, "cos": F.cos, "tan": F.tan, "tanh": F.tanh,
    "sigmoid": F.sigmoid, "relu": F.relu, "sqrt": F.sqrt, "rsqrt": F.rsqrt, "abs": F.abs,
    "absolute": F.abs, "reciprocal": F.reciprocal, "square": F.square, "sign": F.sign,
    "clamp": _clamp_method, "clip": _clamp_method, "clamp_min": F.clamp_min, "clamp_max": F.clamp_max,
    "log1p": F.log1p, "expm1": F.expm1, "log2": F.log2, "log10": F.log10,
    "floor": F.floor, "ceil": F.ceil, "round": F.round, "trunc": F.trunc, "frac": F.frac,
    "asin": F.asin, "acos": F.acos, "atan": F.atan, "sinh": F.sinh, "cosh": F.cosh,
    "asinh": F.asinh, "acosh": F.acosh, "atanh": F.atanh, "atan2": _checked(F.atan2, "atan2", tensor_only=True),
    "arcsin": F.asin, "arccos": F.acos, "arctan": F.atan, "arctan2": _checked(F.atan2, "arctan2", tensor_only=True),
    "arcsinh": F.asinh, "arccosh": F.acosh, "arctanh": F.atanh,
    "nan_to_num": F.nan_to_num,
    "maximum": _checked(F.maximum, "maximum", tensor_only=True),
    "minimum": _checked(F.minimum, "minimum", tensor_only=True), "where": _where_method,
    **{name: _checked(getattr(F, name), name, "compare") for name in ("eq", "ne", "lt", "le", "gt", "ge")},
    "logical_not": F.logical_not, "logical_and": F.logical_and, "logical_or": F.logical_or,
    "bitwise_and": F.bitwise_and, "bitwise_or": F.bitwise_or, "bitwise_xor": F.bitwise_xor,
    "bitwise_not": F.bitwise_not, "bitwise_left_shift": F.bitwise_left_shift,
    "bitwise_right_shift": F.bitwise_right_shift,
    "lerp": F.lerp, "outer": F.outer,
    # Reductions.
    "sum": _reduction_method("sum", _sum_method), "mean": _reduction_method("mean", _mean_method),
    "prod": _prod_method, "std": F.std, "var": F.var,
    "max": _max_method, "min": _min_method, "amax": F.amax, "amin": F.amin, "argmax": F.argmax, "argmin": F.argmin,
    "sort": F.sort, "argsort": F.argsort, "topk": _k_first(F.topk, "topk"), "softmax": F.softmax,
    "log_softmax": F.log_softmax, "logsumexp": F.logsumexp, "cumsum": F.cumsum, "norm": F.norm,
    "det": F.det, "inverse": F.inv, "matrix_power": F.matrix_power_method, "matrix_exp": F.matrix_exp,
    "svd": F.svd, "slogdet": F.torch_slogdet, "pinverse": F.pinverse, "qr": F.qr,
    "cholesky": F.torch_cholesky, "logdet": F.logdet, "cholesky_solve": F.cholesky_solve,
    "cholesky_inverse": F.cholesky_inverse,
    "cross": F.cross, "unique": F.unique, "bincount": F.bincount, "histc": F.histc,
    "all": F.all, "any": F.any, "count_nonzero": F.count_nonzero, "nonzero": F.nonzero,
    # Matrix products.
    "matmul": F.matmul, "mm": F.mm, "mv": F.mv, "dot": F.dot, "inner": F.inner, "bmm": F.bmm,
    "addmm": F.addmm,
    # Shapes.
    "view": F.view, "view_as": F.view_as, "reshape": F.reshape, "reshape_as": F.reshape_as,
    "t": F.t, "transpose": F.transpose, "swapaxes": F.transpose, "swapdims": F.transpose,
    "permute": _varargs_dims(F.permute), "adjoint": F.adjoint, "flatten": F.flatten, "unflatten": F.unflatten,
    "squeeze": _squeeze_method("squeeze", F.squeeze),
    "unsqueeze": F.unsqueeze, "expand": F.expand, "expand_as": F.expand_as,
    "broadcast_to": F.broadcast_to, "contiguous": F.contiguous, "clone": F.clone,
    "unbind": F.unbind, "split": F.split, "chunk": F.chunk, "narrow": F.narrow, "select": F.select,
    "narrow_copy": F.narrow_copy, "unsafe_split": F.unsafe_split,
    "unsafe_split_with_sizes": F.unsafe_split_with_sizes, "unsafe_chunk": F.unsafe_chunk,
    "repeat": F.repeat, "flip": _varargs_dims(F.flip), "tril": F.tril, "triu": F.triu,
    "gather": F.gather, "scatter": F.scatter, "scatter_": F.scatter_, "index_select": F.index_select,
    "scatter_add": F.scatter_add, "scatter_add_": F.scatter_add_, "scatter_reduce": F.scatter_reduce,
    "scatter_reduce_": F.scatter_reduce_,
    "masked_fill": _masked_fill_checked(F.masked_fill, "masked_fill"),
    "isnan": F.isnan, "isinf": F.isinf, "isfinite": F.isfinite,
    # Comparisons of whole tensors.
    "allclose": F.allclose, "isclose": F.isclose, "equal": F.equal,
    # New tensors.
    "new_tensor": _new_tensor, "new_zeros": _new_like(None, "new_zeros"), "new_ones": _new_like(1, "new_ones"),
    "new": tensor_new,
    "new_empty": _new_like(None, "new_empty"), "new_full": _new_full, "new_empty_strided": _new_empty_strided,
    # In place.
    "zero_": F.zero_, "fill_": F.fill_, "copy_": F.copy_, "fill_diagonal_": F.fill_diagonal_,
    "add_": _checked(_add_inplace, "add_"), "sub_": _checked(_sub_inplace, "sub_"),
    "subtract_": _checked(_sub_inplace, "subtract_", "subtract"),
    "mul_": _checked(F._inplace_binary(F.mul), "mul_"), "div_": _checked(F._inplace_binary(F.div), "div_"),
    # the aliases PyTorch also has in place
    "multiply_": F._inplace_binary(F.mul), "divide_": F._inplace_binary(F.div),
    "true_divide_": F._inplace_binary(F.div), "negative_": F._inplace_unary(F.neg),
    "absolute_": F.abs_, "tril_": F._inplace_unary(F.tril), "triu_": F._inplace_unary(F.triu),
    "cumsum_": F._inplace_unary(F.cumsum),
    "pow_": _checked(F._inplace_binary(F.pow), "pow_", "pow", keyword="exponent"),
    "clamp_": F.inplace_clamp(F.clamp), "clip_": F.inplace_clamp(F.clamp),
    "exp_": F._inplace_unary(F.exp), "log_": F._inplace_unary(F.log), "neg_": F._inplace_unary(F.neg),
    "abs_": F.abs_, "sqrt_": F._inplace_unary(F.sqrt), "relu_": F._inplace_unary(F.relu),
    "sigmoid_": F._inplace_unary(F.sigmoid), "tanh_": F._inplace_unary(F.tanh),
    "sin_": F._inplace_unary(F.sin), "cos_": F._inplace_unary(F.cos),
    "reciprocal_": F._inplace_unary(F.reciprocal), "square_": F._inplace_unary(F.square),
    "asin_": F._inplace_unary(F.asin), "acos_": F._inplace_unary(F.acos), "atan_": F._inplace_unary(F.atan),
    "sinh_": F._inplace_unary(F.sinh), "cosh_": F._inplace_unary(F.cosh), "asinh_": _refused_inplace(F.asinh, "asinh"),
    "acosh_": _refused_inplace(F.acosh, "acosh"), "atanh_": _refused_inplace(F.atanh, "atanh"),
    "atan2_": F._inplace_binary(F.atan2),
    "tan_": F._inplace_unary(F.tan), "log2_": F._inplace_unary(F.log2), "log10_": F._inplace_unary(F.log10),
    "log1p_": F._inplace_unary(F.log1p), "expm1_": F._inplace_unary(F.expm1), "rsqrt_": F._inplace_unary(F.rsqrt),
    "floor_": F._inplace_unary(F.floor), "ceil_": F._inplace_unary(F.ceil), "round_": F._inplace_unary(F.round),
    "trunc_": F._inplace_unary(F.trunc), "frac_": F._inplace_unary(F.frac), "sign_": F._inplace_unary(F.sign),
    "nan_to_num_": F._inplace_unary(F.nan_to_num), "clamp_min_": F.inplace_clamp(F.clamp_min),
    "clamp_max_": F.inplace_clamp(F.clamp_max), "remainder_": F._inplace_binary(F.remainder),
    "fmod_": F._inplace_binary(F.fmod), "floor_divide_": F._inplace_binary(F.floor_divide),
    "unsqueeze_": F.unsqueeze_,
    "squeeze_": _squeeze_method("squeeze_", F.squeeze_),
    "transpose_": F.transpose_, "swapdims_": F.transpose_, "swapaxes_": F.transpose_,
    "t_": F.t_, "resize_": F.resize_, "resize_as_": F.resize_as_, "dim_order": _dim_order,
    "as_strided": F.as_strided,
    "masked_fill_": _masked_fill_checked(F.masked_fill_, "masked_fill_"),
    "bitwise_and_": _inplace_bitwise(F.bitwise_and), "bitwise_or_": _inplace_bitwise(F.bitwise_or),
    "bitwise_xor_": _inplace_bitwise(F.bitwise_xor), "bitwise_not_": F._inplace_unary(F.bitwise_not),
    "bitwise_left_shift_": _inplace_bitwise(F.bitwise_left_shift),
    "bitwise_right_shift_": _inplace_bitwise(F.bitwise_right_shift),
    "addcmul_": _addcmul_, "addcdiv_": _addcdiv_, "lerp_": _lerp_, "apply_": _apply_, "map_": _map_,
    "uniform_": F._sampler("uniform_"), "normal_": F._sampler("normal_"),
    "bernoulli_": F._sampler("bernoulli_"), "random_": F._sampler("random_"),
    "exponential_": F._sampler("exponential_"), "geometric_": F._sampler("geometric_"),
    "log_normal_": F._sampler("log_normal_"), "cauchy_": F._sampler("cauchy_"),
    "bernoulli": F.bernoulli, "multinomial": F.multinomial,
    # Conversions and autograd.
    "to": F.to, "backward": _backward, "pin_memory": _pin_memory, "is_pinned": _is_pinned,
    "_copy_for_grad": F.copy_for_grad,  # AccumulateGrad's first .grad under create_graph (CopyBackwards)
    # Diagonals, rearrangements, order statistics, special functions.
    "diag": F.diag, "diagonal": F.diagonal, "diag_embed": F.diag_embed, "trace": F.trace, "roll": F.roll,
    "tile": _tile_method, "repeat_interleave": F.repeat_interleave, "fliplr": F.fliplr, "flipud": F.flipud,
    "kron": F.kron, "ger": F.ger, "cumprod": F.cumprod, "renorm": F.renorm,
    "renorm_": F._inplace_unary(F.renorm), "nansum": F.nansum, "nanmean": F.nanmean,
    "median": F.median, "nanmedian": F.nanmedian, "quantile": F.quantile, "nanquantile": F.nanquantile,
    "mode": F.mode, "kthvalue": _k_first(F.kthvalue, "kthvalue"),
    "addcmul": F.addcmul, "addcdiv": F.addcdiv, "hypot": F.hypot, "logaddexp": F.logaddexp,
    "deg2rad": F.deg2rad, "rad2deg": F.rad2deg, "exp2": F.exp2, "sgn": F.sgn,
    "rot90": F.rot90, "masked_select": F.masked_select, "take": F.take, "index_add": F.index_add,
    "index_add_": lambda self, dim, index, source, *, alpha=1: F._inplace(
        self, lambda s: F.index_add(s, dim, index, source, alpha=alpha)),
    "index_reduce": F.index_reduce,
    "index_reduce_": lambda self, dim, index, source, reduce, *, include_self=True: F._inplace(
        self, lambda s: F.index_reduce(s, dim, index, source, reduce, include_self=include_self)),
    "aminmax": F.aminmax, "cummax": F.cummax, "cummin": F.cummin, "logcumsumexp": F.logcumsumexp,
    "signbit": F.signbit, "fmax": F.fmax, "fmin": F.fmin, "xlogy": F.xlogy, "sinc": F.sinc, "argwhere": F.argwhere,
    "tensor_split": F.tensor_split, "hsplit": F.hsplit, "vsplit": F.vsplit, "dsplit": F.dsplit, "dist": F.dist,
    "msort": F.msort, "floor_divide": F.floor_divide, "fmod": F.fmod, "remainder": F.remainder,
    "greater": F.gt, "greater_equal": F.ge, "less": F.lt, "less_equal": F.le, "not_equal": F.ne,
    "histogram": F.histogram, "take_along_dim": F.take_along_dim, "index_fill": F.index_fill,
    "index_copy": F.index_copy, "slice_scatter": F.slice_scatter, "select_scatter": F.select_scatter,
    "diagonal_scatter": F.diagonal_scatter,
    "float_power": _checked(F.float_power, "float_power", "pow", keyword="exponent"),
    "unique_consecutive": F.unique_consecutive, "cov": F.cov, "corrcoef": F.corrcoef,
    "addmv": F.addmv, "addr": F.addr, "baddbmm": F.baddbmm, "addbmm": F.addbmm,
    "addmm_": _added_product_inplace(F.addmm), "addmv_": _added_product_inplace(F.addmv),
    "addr_": _added_product_inplace(F.addr), "baddbmm_": _added_product_inplace(F.baddbmm),
    "addbmm_": _added_product_inplace(F.addbmm),
    **{f"{name}_": _checked(_compare_inplace(getattr(F, name), name), f"{name}_", "compare")
       for name in ("eq", "ne", "lt", "le", "gt", "ge")},
    **{f"{alias}_": _checked(_compare_inplace(getattr(F, name), name), f"{alias}_", "compare")
       for alias, name in (("greater", "gt"), ("greater_equal", "ge"), ("less", "lt"), ("less_equal", "le"),
                           ("not_equal", "ne"))},
    "heaviside_": lambda self, values: F._inplace(self, lambda s: F.heaviside(s, values, _op="heaviside_")),
    "float_power_": _checked(_float_power_inplace, "float_power_", "pow", keyword="exponent"),
    **{f"{name}_": F._inplace_binary(getattr(F, name))
       for name in ("hypot", "copysign", "xlogy", "nextafter", "gcd", "lcm",
                    "logical_and", "logical_or", "logical_xor")},
    **{f"{name}_": F._inplace_unary(getattr(F, name))
       for name in ("deg2rad", "rad2deg", "exp2", "sgn", "sinc", "logical_not", "cumprod")},
    "copysign": F.copysign, "logaddexp2": F.logaddexp2, "heaviside": F.heaviside, "logical_xor": F.logical_xor,
    "isposinf": F.isposinf, "isneginf": F.isneginf, "isreal": F.isreal, "diagflat": F.diagflat, "unfold": F.unfold,
    "fix": F.trunc, "positive": F.positive, "sum_to_size": _sum_to_size,
    "hardshrink": lambda self, lambd=0.5: _nn_functional("hardshrink")(self, lambd),
    "prelu": lambda self, weight: _nn_functional("prelu")(self, weight),
    # (loaded with nn on first use: start-up time)
    "stft": lambda self, *args, **kwargs: importlib.import_module("autograd_tui.engine.spectral").stft(
        self, *args, **kwargs),
    "istft": lambda self, *args, **kwargs: importlib.import_module("autograd_tui.engine.spectral").istft(
        self, *args, **kwargs),
    "split_with_sizes": F.split_with_sizes,
    "char": lambda self: self.to(dtypes.int8), "is_signed": lambda self: self.dtype.is_signed,
    "is_nonzero": _is_nonzero, "get_device": lambda self: -1,
    "is_same_size": lambda self, other: self.shape == other.shape,
    "gcd": F.gcd, "lcm": F.lcm, "ldexp": F.ldexp, "ldexp_": F._inplace_binary(ldexp_values), "frexp": F.frexp,
    "nextafter": F.nextafter, "vdot": F.vdot, "masked_scatter": F.masked_scatter, "put": F.put,
    "index_put": index_put_op,
    "masked_scatter_": lambda self, mask, source: F._inplace(
        self, lambda s: F.masked_scatter(s, mask, source, _in_place=True), name="masked_scatter"),
    "put_": lambda self, index, source, accumulate=False: F._inplace(
        self, lambda s: F.put(s, index, source, accumulate)),
    "index_put_": lambda self, indices, values, accumulate=False: F._inplace(
        self, lambda s: index_put_op(s, indices, values, accumulate, _name="index_put_"), name="index_put_"),
    "is_conj": F.is_conj, "is_neg": lambda self: False,  # (no negative bit here)
    "conj": F.conj, "resolve_conj": F.resolve_conj, "resolve_neg": lambda self: self, "conj_physical": F.conj_physical,
    "angle": F.angle, "cfloat": lambda self: F.to(self, dtypes.complex64),
    "cdouble": lambda self: F.to(self, dtypes.complex128),
    "index_fill_": lambda self, dim, index, value: F._inplace(self, lambda s: F.index_fill(s, dim, index, value)),
    "index_copy_": lambda self, dim, index, source: F._inplace(self, lambda s: F.index_copy(s, dim, index, source)),
    "diff": F.diff, "ravel": F.ravel, "movedim": F.movedim, "moveaxis": F.movedim,
    "erf": F.erf, "erfc": F.erfc, "erfinv": F.erfinv, "logit": F.logit,
    "erf_": F._inplace_unary(F.erf), "erfc_": F._inplace_unary(F.erfc), "erfinv_": F._inplace_unary(F.erfinv),
    "logit_": lambda self, eps=None: F._inplace(self, lambda s: F.logit(s, eps)),
    "lgamma": F.lgamma, "digamma": F.digamma, "polygamma": F.polygamma_method, "mvlgamma": F.mvlgamma,
    "lgamma_": F._inplace_unary(F.lgamma), "digamma_": F._inplace_unary(F.digamma),
    "polygamma_": lambda self, n: F._inplace(self, lambda s: F.polygamma_inplace_result(s, n)),
    "mvlgamma_": lambda self, p: F._inplace(self, lambda s: F.mvlgamma(s, p)),
    "i0": F.i0, "i0_": F._inplace_unary(F.i0),
}



def _to_dense(self: Tensor, dtype: object = None, *, masked_grad: object = None) -> Tensor:
    return self  # a dense tensor's to_dense() is the tensor itself, as in PyTorch


def _sparse_dim(self: Tensor) -> int:
    return 0  # a dense tensor's dims are all dense ones


def _dense_dim(self: Tensor) -> int:
    return self.ndim


def _sparse_only(name: str) -> types.FunctionType:
    def method(self: Tensor) -> None:
        raise sparse_tensor.refusal("strided:" + name)  # PyTorch's words for a dense tensor
    method.__name__ = name
    return cast(types.FunctionType, method)


METHODS.update({"to_sparse": sparse_tensor.to_sparse, "to_sparse_csr": csr_matrices.to_sparse_csr,
                "to_dense": _to_dense, "sparse_dim": _sparse_dim, "dense_dim": _dense_dim,
                **{name: _sparse_only(name) for name in ("coalesce", "indices", "values", "_indices", "_values",
                                                         "is_coalesced", "_nnz")}})

PROPERTIES = {"T": _T, "mT": _mT, "mH": F.mH, "H": F.matrix_H, "is_cpu": lambda self: not self._on_meta,
              "is_meta": lambda self: self._on_meta,
              "itemsize": lambda self: self.dtype.itemsize, "real": F.real, "imag": F.imag,
              "nbytes": lambda self: self.dtype.itemsize * self.numel()}
# Every tensor here is a dense, strided CPU (or meta) tensor: the other backends' and layouts' flags are False.
PROPERTIES.update(dict.fromkeys(
    ("is_mps", "is_xpu", "is_ipu", "is_maia", "is_mtia", "is_vulkan", "is_xla", "is_mkldnn",
     "is_quantized", "is_nested", "is_sparse_csr"), lambda self: False))


# the methods defined on the class that PyTorch binds without its parser (Tensor.dim() takes no arguments)
_WITHOUT_PARSER = ("data_ptr", "detach", "detach_", "dim", "element_size", "is_complex", "is_floating_point",
                   "is_inference", "item", "ndimension", "nelement", "numel", "retain_grad", "storage_offset", "tolist",
                   "untyped_storage")
_CLASS_PARSED = ("requires_grad_", "size", "stride", "type", "type_as", "lu_solve", "triangular_solve")
_CLASS_CONVERSIONS = ("float", "double", "half", "bfloat16", "int", "long", "short", "byte", "char", "bool",
                      "contiguous", "is_contiguous")
# Methods PyTorch writes in Python (torch/_tensor.py): shown as <bound method Tensor.backward of ...>.
PYTHON_LEVEL = ("backward", "split", "norm", "unique", "unique_consecutive", "unflatten")


# The in-place operators give way to Python's fallback (t = t + x) for operands they cannot take.
for _name in ("__iadd__", "__isub__", "__imul__", "__itruediv__", "__ipow__", "__iand__", "__ior__", "__ixor__",
              "__ilshift__", "__irshift__"):
    METHODS[_name] = _inplace_dunder(METHODS[_name], {"__iadd__": ("add_", _add_inplace),
                                                      "__isub__": ("sub_", _sub_inplace)}.get(_name))

# numpy's names for PyTorch's in-place ops, the same methods
for _alias, _name in (("arccos_", "acos_"), ("arcsin_", "asin_"), ("arctan_", "atan_"), ("arccosh_", "acosh_"),
                      ("arcsinh_", "asinh_"), ("arctanh_", "atanh_"), ("arctan2_", "atan2_"), ("fix_", "trunc_")):
    METHODS[_alias] = METHODS[_name]


def install() -> None:
    _class_view.CLASS_VIEW[0] = class_view
    for name, fn in METHODS.items():
        setattr(Tensor, name, F.parsed(fn, name, method=True))
    for name in _CLASS_CONVERSIONS:  # defined on the class itself: their parser errors (x.float(None))
        setattr(Tensor, name, F.parsed(Tensor.__dict__[name], name, method=True))
    for name, fn in PROPERTIES.items():
        setattr(Tensor, name, property(fn))
    for name in PYTHON_LEVEL:
        setattr(Tensor, name, _renamed(Tensor.__dict__[name], name))
    for name, fn in old_linalg.METHODS.items():  # x.symeig(): PyTorch 2.x's stubs that raise
        fn.__name__, fn.__qualname__ = name, f"Tensor.{name}"
        setattr(Tensor, name, fn)
    for name, text in _method_docs.DOCS.items():  # help(t.size); each method here is the engine's own copy
        target = Tensor.__dict__[name]
        (target.fn if isinstance(target, _BuiltinMethodDescriptor) else target).__doc__ = text
    for name, value in list(vars(Tensor).items()):  # x.clamp names Tensor.clamp, never an engine helper
        if isinstance(value, types.FunctionType) and value.__qualname__ != "Tensor." + name:
            named = public_names.renamed(value, name)
            named.__qualname__ = "Tensor." + name
            setattr(Tensor, name, named)
    for name in _WITHOUT_PARSER + _CLASS_PARSED:  # the parser's words (Python's for a builtin without it)
        setattr(Tensor, name, F.parsed(Tensor.__dict__[name], name, method=True))
    python_methods = missing.tensor_python_methods()
    for name, value in list(vars(Tensor).items()):  # PyTorch's C methods look like builtins once bound
        if isinstance(value, types.FunctionType) and name[0] != "_" and name not in python_methods:
            setattr(Tensor, name, _BuiltinMethodDescriptor(value, name))

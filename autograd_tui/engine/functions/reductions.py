"""Reductions: ``sum``, ``mean``, ``prod``, ``var``/``std``, ``max``/``min``, ``sort``, ``softmax``, ``norm``."""
from __future__ import annotations

from typing import Any

import builtins
import math
import warnings
import weakref

import numpy as np

from autograd_tui.engine import _vmap_levels, dtypes
from autograd_tui.engine.complex_guard import plain as _plain, refuse_complex
from autograd_tui.engine._given_dims import DefaultNumber, every_dim
from autograd_tui.engine._tensor import (AT_LIBRARY, NO_DIM, Tensor, _c_type, _user_stacklevel, given_dims, is_dim,
                                          make, norm_dim)
from autograd_tui.engine.grad_mode import _State, no_grad
from autograd_tui.engine.record import batch_like, record, record_outputs
from autograd_tui.engine.parity.rounding import exp_correctly_rounded
from autograd_tui.engine.parity import blas, moments, pnorm, products, softmax_dims, std_algorithms
from autograd_tui.engine.parity import softmax as softmax_kernels
from autograd_tui.engine.parity import softmax64
from autograd_tui.engine.parity.summation import float_sum, numpy_sum
from autograd_tui.engine.functions._structseq import result
from autograd_tui.engine.functions._common import (
    _R, _axes, _reduction_dims, _scalar_type_name, _type_name, check_int, invalid_combination, laid_out_like, wrap,
)
from autograd_tui.engine.functions.creation import _resolve_dtype, check_dtype_argument, zeros, zeros_like
from autograd_tui.engine.functions.norm_dtype import checked_norm_dtype
from autograd_tui.engine.functions.pointwise import (
    _unary, laid_out_as_leading_operand, maximum, minimum, mul_scalar, where,
)
from autograd_tui.engine.functions.shapes import cat, unsqueeze_dims
from autograd_tui.engine.functions.indexing import index_put
from autograd_tui.engine.functions.parser import parser_error

# Reductions
# ============================================================================================
def laid_out(data) -> np.ndarray:
    """A reduction's result in row-major order, as PyTorch allocates it: numpy's follows the input's
    memory order, so a permuted input gave a result whose ``.stride()`` and ``.view()`` differed."""
    array = np.asarray(data)
    return array if array.flags.c_contiguous else np.ascontiguousarray(array)  # (0-d stays 0-d)


def _reduced_dtype(t: Tensor, dtype) -> dtypes.dtype:
    resolved = _resolve_dtype(dtype)
    if resolved is not None:
        return resolved
    if t.dtype.is_floating_point:
        return t.dtype
    return t.dtype if t.dtype.is_complex else dtypes.int64


def sum(input: Tensor, dim=NO_DIM, keepdim: bool = False, *, dtype=None) -> Tensor:  # noqa: A001
    if not isinstance(input, Tensor):
        raise TypeError(f"sum(): argument 'input' (position 1) must be Tensor, not {type(input).__name__}")
    if dtype is not None:
        check_dtype_argument(dtype, "sum")
    out_dtype = _reduced_dtype(input, dtype)
    x = input._data if input._data.dtype == out_dtype.np else input._data.astype(out_dtype.np)
    if dim is NO_DIM:  # sum(): the overload without a dim (SumBackward0)
        out = make(np.asarray(float_sum(x), dtype=out_dtype.np), out_dtype)
        return record(_R["sum"], (input,), out, {"shape": input.shape}) if (_State.enabled or _State.dual_level
                                                                            or _State.vmap_randomness) else out
    dims = _reduction_dims(dim, input.ndim)
    if dims is None:  # dim=None or (): every dim, by the dim overload (SumBackward1, _saved_dim as given)
        dims = every_dim(input.ndim, dim)
        data = np.asarray(float_sum(x, dims, True) if keepdim and input.ndim else float_sum(x), dtype=out_dtype.np)
    else:
        data = np.asarray(float_sum(x, dims, keepdim), dtype=out_dtype.np)
    out = make(data, out_dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(_R["sum_dim"], (input,), out, {"shape": input.shape, "dim": dims, "keepdim": keepdim})
    return out


def mean(input: Tensor, dim=NO_DIM, keepdim: bool = False, *, dtype=None) -> Tensor:
    if dtype is not None:
        check_dtype_argument(dtype, "mean")
    out_dtype = _resolve_dtype(dtype) or input.dtype
    if not out_dtype.is_floating_point and not out_dtype.is_complex:
        which = "Input" if dtype is None else "Optional"  # the dtype asked for, when one was
        raise RuntimeError(f"mean(): could not infer output dtype. {which} dtype must be either a floating "
                           f"point or complex dtype. Got: {_scalar_type_name(out_dtype)}")
    x = input._data.astype(out_dtype.np, copy=False)
    if x.dtype == np.float16:
        # float16 is summed and divided in float32, then rounded once (a mean of 60000s is 60000).
        x = x.astype(np.float32)
    # PyTorch's mean is its sum divided by the count, in the tensor's precision.
    if dim is NO_DIM:  # mean(): the overload without a dim (MeanBackward0)
        data = float_sum(x) / x.dtype.type(x.size) if x.size else x.dtype.type(np.nan)
        out = make(np.asarray(data, dtype=out_dtype.np), out_dtype)
        return record(_R["mean"], (input,), out, {"shape": input.shape, "numel": builtins.max(x.size, 1)})
    dims = _reduction_dims(dim, input.ndim)
    if dims is None:  # dim=None or (): every dim (MeanBackward1, _saved_dim as given)
        dims = every_dim(input.ndim, dim)
        if not keepdim:
            data = float_sum(x) / x.dtype.type(x.size) if x.size else x.dtype.type(np.nan)
            out = make(np.asarray(data, dtype=out_dtype.np), out_dtype)
            return record(_R["mean_dim"], (input,), out, {"shape": input.shape, "dim": dims, "keepdim": keepdim,
                                                         "count": builtins.max(x.size, 1)})
    count = math.prod(input._data.shape[d] for d in dims)
    data = np.asarray(float_sum(x, dims, keepdim) / x.dtype.type(count) if count else
                      np.full(np.sum(x, axis=dims, keepdims=keepdim).shape, np.nan), dtype=out_dtype.np)
    return record(_R["mean_dim"], (input,), make(data, out_dtype),
                  {"shape": input.shape, "dim": dims, "keepdim": keepdim, "count": count})


_PROD_OVERLOADS = {
    False: ("(Tensor input, *, torch.dtype dtype = None)",
            "(Tensor input, int dim, bool keepdim = False, *, torch.dtype dtype = None, Tensor out = None)"),
    True: ("(*, torch.dtype dtype = None)", "(int dim, bool keepdim = False, *, torch.dtype dtype = None)"),
}


def prod(input: Tensor, *args: Any, _method: bool = False, **kwargs: Any) -> Tensor:
    """``torch.prod`` / ``Tensor.prod``: one dim only (no tuple of dims, unlike sum), so another
    dim is the argument parser's TypeError, which lists the overloads of the form called."""
    for numpy_name, torch_name in (("axis", "dim"), ("keepdims", "keepdim")):  # NumPy's names, as the parser takes
        if numpy_name in kwargs:
            if torch_name in kwargs:
                raise TypeError(f"prod() got an unexpected keyword argument '{numpy_name}'")
            kwargs[torch_name] = kwargs.pop(numpy_name)
    dim = args[0] if args else kwargs.get("dim", 0)
    if not is_dim(dim) or not args and "dim" not in kwargs and "keepdim" in kwargs:  # keepdim= needs a dim
        raise invalid_combination("prod", args if _method else (input, *args), kwargs, _PROD_OVERLOADS[_method])
    return _prod(input, *args, **kwargs)


def _prod(input: Tensor, dim=None, keepdim: bool = False, *, dtype=None) -> Tensor:
    out_dtype = _reduced_dtype(input, dtype)
    x = input._data.astype(out_dtype.np, copy=False)
    if dim is None:
        # the ufunc itself, so that an overflow's warning is the engine's (silenced), not numpy's
        data = products.prod(x, bfloat16=out_dtype is dtypes.bfloat16) if products.applies(x) else \
            np.multiply.reduce(x, axis=None)
        return record(_R["prod"], (input,), wrap(data, out_dtype))
    d = norm_dim(dim, input.ndim)
    if products.applies(x) and x.ndim:
        # PyTorch's order of the factors (bfloat16's running products rounded to it)
        data = products.prod(x, d, keepdim, out_dtype is dtypes.bfloat16)
    else:
        data = np.multiply.reduce(x, axis=d, keepdims=keepdim)  # type: ignore[call-overload]
    return record(_R["prod_dim"], (input,), wrap(laid_out(data), out_dtype), {"dim": d, "keepdim": keepdim})


def _correction(unbiased, correction) -> int:
    if correction is not None:
        return correction
    return 1 if unbiased in (None, True) else 0


def _var_args(input, dim, unbiased, keepdim, correction):
    if isinstance(dim, bool):  # var(unbiased) positional form
        unbiased, dim = dim, None
    corr = _correction(unbiased, correction)
    if dim is NO_DIM:
        dim = None
        if unbiased is None and correction is None:
            corr = DefaultNumber(corr)  # var(): PyTorch's node shows the correction it was not given, None
    dims = _reduction_dims(dim, input.ndim)
    if dims is None and keepdim and input.ndim:  # every dim, kept
        dims = every_dim(input.ndim, dim)
    return dims, corr, keepdim


def _variance64(data: np.ndarray, dims, correction: int, keepdim: bool, welford: bool = False) -> np.ndarray:
    """``np.var(data, ddof=correction)`` in double precision (PyTorch accumulates float32 variance in
    double), step by step as numpy takes it: numpy's own version warns from its module when the
    degrees of freedom run out, and silencing that with ``catch_warnings`` would make Python forget
    which warnings it has shown (PyTorch's dof warning, shown once per line, came back every call).
    ``welford``: var_mean/std_mean's kernel, Welford's update even for one output."""
    exact = data.dtype in (np.float32, np.float64) and data.size
    reduced = tuple(range(data.ndim)) if dims is None else tuple(dims)
    count = data.size if dims is None else math.prod(data.shape[d] for d in dims)
    if exact and not welford and count == data.size:
        # one output: ATen's own mean, then a running sum of the squared deviations
        own_mean = float_sum(data) / data.dtype.type(data.size)
        value = moments.one_output(data, float(own_mean), correction)
        shape = tuple(1 if d in reduced else n for d, n in enumerate(data.shape)) if keepdim and dims is not None \
            else tuple(n for d, n in enumerate(data.shape) if d not in reduced) if dims is not None else ()
        return np.full(shape, value)
    x = data.astype(np.float64)
    mean = numpy_sum(x, dims, True) / count
    deviations = x - mean
    plain = numpy_sum(deviations * deviations, dims, keepdim) / builtins.max(count - correction, 0)
    if exact:
        # Welford's update per output, which ATen runs; float32 results only where it can show
        only = (moments.float32_uncertain(plain, mean.reshape(plain.shape), count).reshape(-1)
                if data.dtype == np.float32 else None)
        if only is None or only.any():
            welford_values = moments.per_output(data, reduced, correction, only)
            if welford_values is not None:
                plain = np.array(plain, dtype=np.float64)
                if only is None:
                    plain = welford_values.reshape(plain.shape)
                else:
                    plain.reshape(-1)[only] = welford_values
    return plain


def var(input: Tensor, dim=NO_DIM, unbiased=None, keepdim: bool = False, *, correction=None) -> Tensor:
    if input.dtype.is_complex:
        return _complex_spread(input, dim, unbiased, keepdim, correction, "var")
    dims, corr, keepdim = _var_args(input, dim, unbiased, keepdim, correction)
    _check_float_reduction(input, "var")
    _warn_dof(input, dims, corr, "var")
    data = laid_out(_variance64(input._data, dims, corr, keepdim))
    return record(_R["var"], (input,), wrap(data, input.dtype), {"dim": dims, "correction": corr, "keepdim": keepdim})


def std(input: Tensor, dim=NO_DIM, unbiased=None, keepdim: bool = False, *, correction=None) -> Tensor:
    if input.dtype.is_complex:
        return _complex_spread(input, dim, unbiased, keepdim, correction, "std")
    dims, corr, keepdim = _var_args(input, dim, unbiased, keepdim, correction)
    _check_float_reduction(input, "std")
    _warn_dof(input, dims, corr, "std")
    data = laid_out(np.sqrt(_variance64(input._data, dims, corr, keepdim)))
    return record(_R["std"], (input,), wrap(data, input.dtype), {"dim": dims, "correction": corr, "keepdim": keepdim})


def _complex_spread(input: Tensor, dim, unbiased, keepdim: bool, correction, name: str) -> Tensor:
    """var or std of complex values, the mean of |x - mean|^2 (real): the real part's variance plus the
    imaginary part's. The node is VarBackward0 / StdBackward0, whose formulas hold for complex input."""
    with no_grad():
        spread = var(input.real, dim, unbiased, keepdim, correction=correction) + \
            var(input.imag, dim, unbiased, keepdim, correction=correction)
        if name == "std":
            spread = spread.sqrt()
    dims, corr, keepdim = _var_args(input, dim, unbiased, keepdim, correction)
    return record(_R[name], (input,), make(spread._data, spread.dtype), {"dim": dims, "correction": corr,
                                                                         "keepdim": keepdim})


def _warn_dof(input: Tensor, dims, correction: int, name: str) -> None:
    # ATen's reduction factor: input numel over output numel (at least 1), 0 for any empty input
    kept = 1 if dims is None else math.prod(n for d, n in enumerate(input.shape) if d not in dims)
    n = input.numel() // builtins.max(kept, 1)
    if n - correction <= 0:
        warnings.warn(f"{name}(): degrees of freedom is <= 0. Correction should be strictly less than the "
                      "reduction factor (input numel divided by output numel). (Triggered internally at "
                      "/__w/pytorch/pytorch/aten/src/ATen/native/ReduceOps.cpp:1861.)", UserWarning,
                      stacklevel=_user_stacklevel())


def _check_float_reduction(t: Tensor, name: str) -> None:
    if not t.dtype.is_floating_point:
        refuse_complex(t, name)
        raise RuntimeError("std and var only support floating point and complex dtypes")


def var_backward(g, a, dims, correction, keepdim) -> Tensor:
    n = a.numel() if dims is None else math.prod(a.shape[d] for d in dims)
    g = unsqueeze_dims(g, dims, keepdim, a.shape)
    mean_a = a.mean() if dims is None else a.mean(dims, keepdim=True)
    dof = n - correction
    # a C++ double division: 2 / 0 is inf (one element's var and std: nan, as PyTorch's)
    return mul_scalar(g, 2.0 / dof if dof != 0 else math.inf) * (a - mean_a)


def std_backward(g, a, out, dims, correction, keepdim) -> Tensor:
    # PyTorch's order: the variance's gradient of grad / (2 std), 0 where std is 0
    return var_backward((g / mul_scalar(out, 2)).masked_fill(out == 0, 0), a, dims, correction, keepdim)


def _product_of_others(a: Tensor, dim: int) -> Tensor:
    """Each element's product of the others along ``dim``, without dividing (zeros allowed): the
    products before it times the products after it, as two exclusive running products."""
    n = a.shape[dim]
    ones = zeros_like(a.narrow(dim, 0, 1)) + 1
    before = cat([ones, a.narrow(dim, 0, n - 1)], dim).cumprod(dim)
    after = cat([ones, a.narrow(dim, 1, n - 1).flip(dim)], dim).cumprod(dim).flip(dim)
    return before * after


def prod_backward(g, a, out, dim, keepdim) -> Tensor:
    # PyTorch's order: grad * (result / input) while no element is 0; otherwise the products of
    # the others (over everything: 0 everywhere once two elements are 0)
    zeros = a.numel() - np.count_nonzero(a._data)
    if dim is None:
        if zeros == 0:
            return g * (out / a)
        if zeros > 1:
            return zeros_like(a)
        return (g * _product_of_others(a.reshape(-1), 0)).reshape(a.shape)
    g = unsqueeze_dims(g, (dim,), keepdim, a.shape)
    if zeros == 0:
        return g * (unsqueeze_dims(out, (dim,), keepdim, a.shape) / a)
    return g * _product_of_others(a, dim)


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
    return _pair(name, v, i)


def _pair(name: str, values: Tensor, indices: Tensor) -> Any:
    """``torch.return_types.max`` and friends: a (values, indices) pair."""
    return result(name, ("values", "indices"), values, indices)


def max(input: Tensor, *args, **kwargs) -> Any:  # noqa: A001
    return max_min("max", input, args, kwargs, method=False)


def min(input: Tensor, *args, **kwargs) -> Any:  # noqa: A001
    return max_min("min", input, args, kwargs, method=False)


_MAX_MIN_FUNCTION = ("(Tensor input, *, Tensor out = None)", "(Tensor input, Tensor other, *, Tensor out = None)",
                     "(Tensor input, int dim, bool keepdim = False, *, tuple of Tensors out = None)")
_MAX_MIN_METHOD = ("()", "(Tensor other)", "(int dim, bool keepdim = False)")


def _is_dim(value) -> bool:
    if isinstance(value, Tensor):  # a one-element integer tensor reads as an int
        return value.numel() == 1 and not value.dtype.is_floating_point and value.dtype is not dtypes.bool_
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def max_min(name: str, input: Tensor, args: tuple, kwargs: dict, method: bool) -> Any:
    """``max`` / ``min`` in all three overloads (all elements, against ``other``, along ``dim``),
    with PyTorch's argument-parser errors for any other combination."""
    if not isinstance(input, Tensor):
        raise TypeError(f"{name}(): argument 'input' (position 1) must be Tensor, not {_type_name(input)}")
    if not method and "out" in kwargs and kwargs["out"] is None:  # every function overload takes out=None
        kwargs = {k: v for k, v in kwargs.items() if k != "out"}
    given = {_NUMPY_NAMES.get(k, k): v for k, v in kwargs.items()}  # x.max(axis=1, keepdims=True) too
    if len(given) != len(kwargs):
        raise _max_min_error(name, input, args, kwargs, method)
    if not args and not given:
        if input.numel() == 0:
            _check_nonempty(input, name)
        rule = _R[f"{name}_all"]
        data = input._data.max() if name == "max" else input._data.min()
        return record(rule, (input,), wrap(data, input.dtype))
    if len(args) == 1 and not given and isinstance(args[0], Tensor) or not args and set(given) == {"other"} \
            and isinstance(given["other"], Tensor):
        other = args[0] if args else given["other"]
        return maximum(input, other) if name == "max" else minimum(input, other)
    if input.dtype.is_complex:
        raise RuntimeError(f"{name}(): does not support complex input")
    slots = dict(zip(("dim", "keepdim"), args))
    if len(args) <= 2 and not set(slots) & set(given) and set(given) <= {"dim", "keepdim"}:
        slots.update(given)
        dim, keepdim = slots.get("dim", _MISSING), slots.get("keepdim", False)
        if dim is not _MISSING and _is_dim(dim) and isinstance(keepdim, (bool, np.bool_)):
            dim = int(dim.item()) if isinstance(dim, Tensor) else int(dim)
            return _value_index_reduction(name, np.argmax if name == "max" else np.argmin, input, dim, bool(keepdim))
    raise _max_min_error(name, input, args, kwargs, method)


_MISSING = object()
_NUMPY_NAMES = {"axis": "dim", "keepdims": "keepdim"}
_NUMPY_ALIASES = {torch_name: numpy_name for numpy_name, torch_name in _NUMPY_NAMES.items()}


def _max_min_error(name: str, input: Tensor, args: tuple, kwargs: dict, method: bool) -> TypeError:
    count = len(args) + len(kwargs)
    if method and count == 2:
        # only (int dim, bool keepdim) takes two arguments: the parser names the one that does not fit
        for position, (arg, kind) in enumerate(zip(("dim", "keepdim"), ("int", "bool")), start=1):
            if position <= len(args):
                value, where = args[position - 1], f" (position {position})"
            elif arg in kwargs or _NUMPY_ALIASES[arg] in kwargs:  # np.max(t) passes axis=None, out=None
                value, where = kwargs.get(arg, kwargs.get(_NUMPY_ALIASES[arg])), ""
            else:
                break
            fits = _is_dim(value) if kind == "int" else isinstance(value, (bool, np.bool_))
            if not fits:
                return TypeError(f"{name}(): argument '{arg}'{where} must be {kind}, not {_type_name(value)}")
    # one overload that takes this many arguments: its own parse error (``max() takes from 2 to 3
    # positional arguments but 4 were given``), else the list of overloads
    signatures, full = (_MAX_MIN_METHOD, args) if method else (_MAX_MIN_FUNCTION, (input, *args))
    return parser_error(name, signatures, full, kwargs) or invalid_combination(name, full, kwargs, signatures)


def _check_nonempty(t: Tensor, name: str) -> None:
    if t.numel() == 0:
        raise RuntimeError(f"{name}(): Expected reduction dim to be specified for input.numel() == 0. "
                           "Specify the reduction dim with the 'dim' argument.")


def _extreme(name: str, np_fn, input: Tensor, dim, keepdim: bool) -> Tensor:
    whole = dim is None or isinstance(dim, (tuple, list)) and not dim
    dims = every_dim(input.ndim, ()) if whole else _axes(dim, input.ndim)
    if not input._data.size:  # no identity to start from: PyTorch's errors, not numpy's
        if whole:
            raise RuntimeError(f"{name}(): Expected reduction dim to be specified for input.numel() == 0. "
                               "Specify the reduction dim with the 'dim' argument.")
        for d in given_dims(dims):  # ATen names the dim as given
            if input.shape[d] == 0:
                raise IndexError(f"{name}(): Expected reduction dim {d} to have non-zero size.")
    data = laid_out(np_fn(input._data, axis=dims, keepdims=keepdim))
    return record(_R[name], (input,), wrap(data, input.dtype), {"dim": dims, "keepdim": keepdim})


def amax(input: Tensor, dim=(), keepdim: bool = False) -> Tensor:
    return _extreme("amax", np.max, input, dim, keepdim)


def amin(input: Tensor, dim=(), keepdim: bool = False) -> Tensor:
    return _extreme("amin", np.min, input, dim, keepdim)


def extreme_backward(g, a, out, dims, keepdim) -> Tensor:
    """Share the gradient evenly among the elements equal to the max (or min) of their slice."""
    g = unsqueeze_dims(g, dims, keepdim)
    out = unsqueeze_dims(out, dims, keepdim)
    mask = (a == out)
    return g * mask / mask.sum(dims, keepdim=True)


def _arg_extreme(np_fn, input: Tensor, dim, keepdim: bool) -> Tensor:
    name = np_fn.__name__
    if dim is None:  # over all elements; keepdim keeps every dim, at size 1
        if input.numel() == 0:
            raise IndexError(f"{name}(): Expected reduction dim to be specified for input.numel() == 0.")
        idx = np.asarray(np_fn(input._data), dtype=np.int64)
        return make(idx.reshape((1,) * input.ndim) if keepdim else idx, dtypes.int64)
    d = norm_dim(dim, input.ndim)
    if input.ndim == 0:
        return make(np.asarray(0, dtype=np.int64), dtypes.int64)
    if input.shape[d] == 0 and input.numel() == 0:
        raise IndexError(f"{name}(): Expected reduction dim {d} to have non-zero size.")
    idx = np_fn(input._data, axis=d)
    return make(np.asarray(np.expand_dims(idx, d) if keepdim else idx, dtype=np.int64), dtypes.int64)


def argmax(input: Tensor, dim=None, keepdim: bool = False) -> Tensor:
    if input.dtype is dtypes.bool_:
        raise RuntimeError("argmax(): does not support bool input")
    return batch_like((input,), _arg_extreme(np.argmax, input, dim, keepdim))


def argmin(input: Tensor, dim=None, keepdim: bool = False) -> Tensor:
    if input.dtype is dtypes.bool_:
        raise RuntimeError("argmin(): does not support bool input")
    return batch_like((input,), _arg_extreme(np.argmin, input, dim, keepdim))


def evenly_distribute(g, a, out) -> Tensor:
    """The gradient of max()/min()/median(): shared by the elements equal to the result (the NaNs,
    when it is NaN), zero elsewhere (a positive zero, as PyTorch's masked_fill of zeros gives)."""
    mask = a.isnan() if bool(np.isnan(out._data).any()) else (a == out)
    return where(mask, g / mask.sum(), 0.0)


def scatter_back(g, shape, dim, keepdim, indices) -> Tensor:
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


def _sorted_order(input: Tensor, d: int, descending: bool) -> np.ndarray:
    if input.ndim == 0:
        return np.zeros((), np.int64)
    key = input._data
    if descending:
        # ~x reverses the order of every integer and bool dtype without overflow (-x wraps uint8
        # and the lowest int64)
        key = -key if input.dtype.is_floating_point else ~key
    if descending and input.dtype.is_floating_point and np.isnan(key).any():
        return np.lexsort((key, ~np.isnan(key)), axis=d)  # PyTorch's descending order: NaN first
    return np.argsort(key, axis=d, kind="stable")


# Whether ``stable`` was given at all: PyTorch's sort.stable overload (any value, None too) records
# SortBackward1, the plain one SortBackward0.
_STABLE_NOT_GIVEN: Any = object()


def sort(input: Tensor, dim: int = -1, descending: bool = False, stable: Any = _STABLE_NOT_GIVEN) -> Any:
    rule = _R["sort"] if stable is _STABLE_NOT_GIVEN else _R["sort_stable"]
    stable = stable is not _STABLE_NOT_GIVEN and bool(stable)
    d = norm_dim(dim, input.ndim)
    idx = _sorted_order(input, d, descending)
    if not stable and input.ndim:  # C++'s std::sort: its own order among ties
        idx = std_algorithms.sort_order(input._data, d, descending, idx)
    values = input._data.copy() if input.ndim == 0 else np.take_along_axis(input._data, idx, axis=d)
    # both laid out as the input (a transposed input gives transposed results), as PyTorch's are
    v = make(laid_out_like(np.asarray(values), input._data), input.dtype)
    i = make(laid_out_like(np.asarray(idx, dtype=np.int64), input._data), dtypes.int64)
    record(rule, (input,), v, {"shape": input.shape, "dim": d, "indices": i})
    return _pair("sort", v, i)


def argsort(input: Tensor, dim: int = -1, descending: bool = False, stable: bool = False) -> Tensor:
    return sort(input, dim, descending, stable).indices


def topk(input: Tensor, k: int, dim: int = -1, largest: bool = True, sorted: bool = True) -> Any:  # noqa: A002
    refuse_complex(input, "topk")
    check_int(k, "topk", "k", 2)
    k = int(k)
    d = norm_dim(dim, builtins.max(input.ndim, 1))
    if not 0 <= k <= (input.shape[d] if input.ndim else 1):
        raise RuntimeError("selected index k out of range")
    if input.dtype is dtypes.bool_:
        raise RuntimeError("topk does not support bool dtypes on CPU")
    idx = _sorted_order(input, d, largest)
    if input.ndim == 0:
        values = input._data.copy()
    else:
        idx = std_algorithms.topk_order(input._data, d, k, largest, sorted, np.take(idx, np.arange(k), axis=d))
        values = np.take_along_axis(input._data, idx, axis=d)
    v = make(np.asarray(values), input.dtype)
    i = make(np.asarray(idx, dtype=np.int64), dtypes.int64)
    # Its own node (TopkBackward0), as PyTorch's: not a slice of a sort.
    record(_R["topk"], (input,), v, {"shape": input.shape, "dim": d, "indices": i})
    return _pair("topk", v, i)


def implicit_softmax_dim(name: str, ndim: int, stacklevel: int = 3) -> int:
    """nn.functional's dim for softmax and its kin called without one (with PyTorch's warning).
    ``stacklevel``: the functional's ``_stacklevel``; 3 points at its caller, the 5 that nn.Softmax
    and its kin pass points inside PyTorch's module.py, shown without a place."""
    warnings.warn(f"Implicit dimension choice for {name} has been deprecated. Change the call to "
                  "include dim=X as an argument.", UserWarning,
                  stacklevel=_user_stacklevel() if stacklevel == 3 else AT_LIBRARY)
    return 0 if ndim in (0, 1, 3) else 1


def _check_softmax_dtype(name: str, input: Tensor, d: int) -> None:
    """PyTorch's softmax kernels exist for floating dtypes only (an empty input never reaches them)."""
    if not input.dtype.is_floating_point and input.numel():
        kernel = "lastdim_kernel_impl" if input.ndim == 0 or d == input.ndim - 1 else "kernel_impl"
        raise NotImplementedError(f'"{name}_{kernel}" not implemented for \'{_scalar_type_name(input.dtype)}\'')


def softmax(input: Tensor, dim: int, dtype=None) -> Tensor:
    if dtype is not None:
        input = input.to(dtype)
    d = norm_dim(dim, input.ndim)
    _check_softmax_dtype("softmax", input, d)
    x = input._data
    reduced = input.dtype is dtypes.bfloat16 or input.dtype is dtypes.float16
    if reduced:  # ATen's kernels for these compute in float32 (wrap rounds the result)
        x = x.astype(np.float32, copy=False)
    if not x.size:  # PyTorch returns before choosing a kernel
        data = x.copy()
    elif reduced and softmax_kernels.applies(x, d):
        data = softmax_kernels.softmax_reduced(x)
    elif reduced and softmax_dims.applies(x, d):
        data = softmax_dims.softmax_reduced(x, d, blas.get_threads(), _rounding_to(input.dtype))
    elif softmax_kernels.applies(x, d):
        data = softmax_kernels.softmax(x)
    elif softmax64.applies(x, d):
        data = softmax64.softmax(x)
    elif softmax_dims.applies(x, d):
        data = softmax_dims.softmax(x, d, blas.get_threads())
    elif x.ndim:
        e = exp_correctly_rounded(x - _max_along(x, d))
        data = e * (x.dtype.type(1) / e.sum(axis=d, keepdims=True))  # as PyTorch: times 1/sum
    else:
        data = np.ones_like(x)
    return record(_R["softmax"], (input,), wrap(data, input.dtype), {"dim": d})


def log_softmax(input: Tensor, dim: int, dtype=None) -> Tensor:
    if dtype is not None:
        input = input.to(dtype)
    d = norm_dim(dim, input.ndim)
    _check_softmax_dtype("log_softmax", input, d)
    x = input._data
    if not x.size:
        data = x.copy()
    elif x.ndim == 0:
        data = np.zeros_like(x)
    elif input.dtype is dtypes.bfloat16 or input.dtype is dtypes.float16:
        data = _log_softmax_reduced(x, d, input.dtype)
    elif softmax_kernels.applies(x, d):
        data = softmax_kernels.log_softmax(x)
    elif softmax64.applies(x, d):
        data = softmax64.log_softmax(x)
    elif softmax_dims.applies(x, d):
        data = softmax_dims.log_softmax(x, d)
    else:
        shifted = x - _max_along(x, d)
        data = shifted - _R["log"].forward(np.add.reduce(exp_correctly_rounded(shifted), axis=d, keepdims=True))
    return record(_R["log_softmax"], (input,), wrap(data, input.dtype), {"dim": d})


def _rounding_to(dtype: dtypes.dtype):
    """float32 values rounded to bfloat16 or float16, kept as float32."""
    if dtype is dtypes.bfloat16:
        return dtypes.to_bfloat16_grid
    return lambda a: np.asarray(a, np.float32).astype(np.float16).astype(np.float32)


def _log_softmax_reduced(x: np.ndarray, d: int, dtype: dtypes.dtype) -> np.ndarray:
    """PyTorch's kernels for bfloat16 and float16, which compute in float32 (``make`` rounds the
    result): ``parity/softmax.py`` along the last dim, ``parity/softmax_dims.py`` along another;
    without a measured vector width, ``x - max - low(log(low(sum)))`` or ``x - (max + log(sum))``."""
    x = x.astype(np.float32, copy=False)
    if softmax_kernels.applies(x, d):
        return softmax_kernels.log_softmax_reduced(x, _rounding_to(dtype))
    if softmax_dims.applies(x, d):
        return softmax_dims.log_softmax_reduced(x, d)
    top = _max_along(x, d)
    total = np.add.reduce(np.exp((x - top).astype(np.float64)), axis=d, keepdims=True)
    if d == x.ndim - 1:
        return (x - top) - _rounding_to(dtype)(np.log(_rounding_to(dtype)(total)))
    return x - (top + np.log(total)).astype(np.float32)


def _max_along(x: np.ndarray, d: int) -> np.ndarray:
    """``x.max(d, keepdims=True)``. numpy reduces a short last axis row by row (10 µs for a batch
    of 128 rows of 10 classes); a transposed copy reduced across rows takes a fifth of that."""
    if d == x.ndim - 1 and x.ndim == 2 and x.shape[1] <= 64 and x.shape[0] >= 16:
        return np.maximum.reduce(np.ascontiguousarray(x.T), axis=0)[:, None]
    return np.maximum.reduce(x, axis=d, keepdims=True)


def _kernel_values(composite: Tensor, grad_output: Tensor, output: Tensor, dim: int, kernel,
                   other_dim_kernel) -> Tensor:
    """Under create_graph the composite's graph, holding the values PyTorch's kernel computes
    (its backward kernel is itself differentiable, so its values do not depend on the mode)."""
    g = grad_output._data
    if grad_output.dtype is output.dtype and g.shape == output._data.shape == composite._data.shape:
        if softmax_kernels.applies(g, dim):
            composite._data = kernel(g, output._data)
        elif softmax64.applies(g, dim):
            composite._data = getattr(softmax64, kernel.__name__)(g, output._data)
        elif softmax_dims.applies(g, dim):
            composite._data = other_dim_kernel(g, output._data, dim)
    return composite


# A float32 gradient whose every row adds up to one known value, as its maker noted it (nll_loss's
# gradient of a plain batch: one nonzero per row): (a weak reference to the array, the value,
# _State.gradients_exposed then). Valid while nothing but the engine's formulas can have changed the
# array in place: no hook, custom Function or new pass since (each bumps the count).
_KNOWN_ROW_SUMS: tuple = (lambda: None, 0.0, -1)


def note_row_sums(g: np.ndarray, value: float) -> None:
    """Note that every row (last dim) of the fresh float32 gradient ``g``, which only the engine
    holds yet, adds up to ``value`` in any order (one nonzero per row, +0.0 elsewhere)."""
    global _KNOWN_ROW_SUMS
    _KNOWN_ROW_SUMS = (weakref.ref(g), value, _State.gradients_exposed)


def _known_row_sum(g: np.ndarray) -> float | None:
    ref, value, exposed = _KNOWN_ROW_SUMS
    return value if ref() is g and exposed == _State.gradients_exposed else None


def log_softmax_backward(grad_output: Tensor, output: Tensor, dim: int) -> Tensor:
    """``g - exp(out) * g.sum(dim)``: log_softmax's backward from its output, as PyTorch writes it.

    Without create_graph it runs on the arrays: in float32 along the last dim PyTorch's kernel
    (``parity/softmax.py``; the row sums taken as noted when known), else the same operations in
    the same order.
    """
    if _State.enabled or grad_output.dtype is not output.dtype or not output.dtype.is_floating_point:
        with np.errstate(all="ignore"):
            exp_output = _unary(_R["softmax_exp"], output)
        composite = grad_output - exp_output * grad_output.sum(dim, keepdim=True)
        return _kernel_values(composite, grad_output, output, dim, softmax_kernels.log_softmax_backward,
                              softmax_dims.log_softmax_backward)
    g = grad_output._data
    if softmax_kernels.applies(g, dim) and g.shape == output._data.shape:
        return make(softmax_kernels.log_softmax_backward(g, output._data, _known_row_sum(g)), output.dtype)
    if softmax64.applies(g, dim) and g.shape == output._data.shape:
        return make(softmax64.log_softmax_backward(g, output._data), output.dtype)
    if softmax_dims.applies(g, dim) and g.shape == output._data.shape:
        return make(softmax_dims.log_softmax_backward(g, output._data, dim), output.dtype)
    return make(g - exp_correctly_rounded(output._data) * float_sum(g, (dim,), True), output.dtype)


def softmax_backward(grad_output: Tensor, output: Tensor, dim: int) -> Tensor:
    """``out * (g - (g * out).sum(dim))``: softmax's backward from its output; in float32 along
    the last dim with PyTorch's kernel's values (``parity/softmax.py``)."""
    g = grad_output._data
    if (not _State.enabled and grad_output.dtype is output.dtype and g.shape == output._data.shape
            and softmax_kernels.applies(g, dim)):
        return make(softmax_kernels.softmax_backward(g, output._data), output.dtype)
    if (not _State.enabled and grad_output.dtype is output.dtype and g.shape == output._data.shape
            and softmax64.applies(g, dim)):
        return make(softmax64.softmax_backward(g, output._data), output.dtype)
    if (not _State.enabled and grad_output.dtype is output.dtype and g.shape == output._data.shape
            and softmax_dims.applies(g, dim)):
        return make(softmax_dims.softmax_backward(g, output._data, dim), output.dtype)
    composite = output * (grad_output - (grad_output * output).sum(dim, keepdim=True))
    return _kernel_values(composite, grad_output, output, dim, softmax_kernels.softmax_backward,
                          softmax_dims.softmax_backward)


def logsumexp(input: Tensor, dim, keepdim: bool = False) -> Tensor:
    refuse_complex(input, "logsumexp")
    if not input.dtype.is_floating_point:  # integers and bools are read in the default float type
        input = input.to(dtypes.get_default_dtype())
    if isinstance(dim, (tuple, list)) and not dim:  # every dim: ATen's composite then fails to write [] unless kept
        if not keepdim and input.ndim:
            ones = ", ".join(["1"] * input.ndim)
            raise RuntimeError(f"output with shape [] doesn't match the broadcast shape [{ones}]")
        dims: tuple = tuple(range(input.ndim))
    else:
        dims = _axes(dim, input.ndim)
    x = input._data
    # an empty reduction is log(0) = -inf, as the composite gives
    m = x.max(axis=dims, keepdims=True) if x.size else np.full_like(np.sum(x, axis=dims, keepdims=True), -np.inf)
    if input.dtype is dtypes.bfloat16:  # ATen's composite, every step a bfloat16 tensor
        grid = dtypes.to_bfloat16_grid
        terms = grid(np.exp(grid(x - m).astype(np.float64)))
        data = grid(np.log(grid(terms.sum(axis=dims, keepdims=True, dtype=np.float64)))) + m
    else:  # ATen's composite: exp_, sum and log_ are its own kernels, whose last bits we share
        with np.errstate(all="ignore"):
            shift = np.where(np.isinf(m), np.zeros_like(m), m)  # an infinite max shifts by 0
            shifted = x - shift
            if shifted.ndim > 1 and not x.flags.c_contiguous:  # laid out as x (PyTorch's self - maxes)
                shifted = laid_out_as_leading_operand(shifted, x, shift)
            terms = np.asarray(_R["exp"].forward(shifted), x.dtype)
            if terms.strides != shifted.strides:
                terms = laid_out_like(terms, shifted)
            total = float_sum(terms, dims, True)
            data = np.asarray(_R["log"].forward(np.asarray(total, x.dtype)), x.dtype) + shift
    if not keepdim:
        data = np.squeeze(data, axis=dims)
    return record(_R["logsumexp"], (input,), wrap(data, input.dtype), {"dim": dims, "keepdim": keepdim})


# PyTorch's CPU cumulative loops accumulate float in double (half in float), rounding each
# partial result once.
_ACCUMULATE = {np.dtype(np.float32): np.float64, np.dtype(np.float16): np.float32,
               np.dtype(np.complex64): np.complex128}


def cumulative(np_fn, x: np.ndarray, axis: int, out: dtypes.dtype) -> np.ndarray:
    """``np.cumsum``/``np.cumprod`` along ``axis`` with PyTorch's accumulation type."""
    if x.ndim == 0:
        return x.astype(out.np)
    acc = _ACCUMULATE.get(np.dtype(out.np), out.np)
    return laid_out(np_fn(_plain(x), axis=axis, dtype=acc).astype(out.np, copy=False))


def norm(input: Tensor, p="fro", dim=None, keepdim: bool = False, dtype=None) -> Tensor:
    if p is None or (p == "fro" and (dim is None or isinstance(dim, int) or len(dim) <= 2)):
        p = 2
    if isinstance(p, str):
        # as PyTorch: the nuclear norm, or linalg.matrix_norm refusing what it cannot take
        from autograd_tui.engine import linalg  # start-up: linalg is loaded on first use
        return linalg.matrix_norm(input, p, tuple(range(input.ndim)) if dim is None else dim, keepdim, dtype=dtype)
    return vector_norm(input, p, dim, keepdim, dtype=dtype)


def vector_norm(input: Tensor, ord=2, dim=None, keepdim: bool = False, *, dtype=None) -> Tensor:
    """``torch.linalg.vector_norm``: (sum |x|^ord)^(1/ord), and the max/min/count for inf/-inf/0."""
    return _vector_norm(input, ord, dim, keepdim, dtype, "norm")


def aten_norm(input: Tensor, p: float, dim: int | tuple, keepdim: bool = False) -> Tensor:
    """ATen's own ``at::norm``, which composites such as ``pairwise_distance`` call: the same
    values as ``vector_norm``, shown as ``NormBackward1``."""
    return _vector_norm(input, p, dim, keepdim, None, "norm_aten")


def _vector_norm(input: Tensor, ord, dim, keepdim: bool, dtype, rule: str) -> Tensor:
    if dtype is not None:
        dtype = checked_norm_dtype(input, dtype, "linalg.vector_norm")
        if input.dtype.is_floating_point or input.dtype.is_complex:  # an integral input is refused below
            input = input.to(dtype)
    if not input.dtype.is_floating_point:
        if input.dtype.is_complex:  # the norm of the magnitudes
            return _vector_norm(input.abs(), ord, dim, keepdim, None, rule)
        raise RuntimeError(f"linalg.vector_norm: Expected a floating point or complex tensor as input. "
                           f"Got {_scalar_type_name(input.dtype)}")
    shown_ord = ord if ord.__class__ in (int, float) else float(ord)  # _saved_ord: 2 as given, 2.0 too
    ord = float(ord)
    dims = _reduction_dims(dim, input.ndim)
    if not input.numel() and (ord < 0 or ord == math.inf):
        _refuse_empty_norm(input, ord, dims)
    x = np.abs(input._data)
    keep = keepdim if dims is not None else False
    reduced = input.shape if dims is None else [input.shape[d] for d in dims]
    if (dims is None or dims) and builtins.all(size == 1 for size in reduced):
        # ATen's shortcut when every reduced dim has one element: |x| (x != 0 for ord 0) without
        # powers or roots, so 1e30 stays 1e30 and 7 stays 7. (Not on a 0-d tensor given a dim.)
        data = (x != 0).astype(x.dtype) if ord == 0 else x
        if not keep:
            data = data.reshape(() if dims is None else tuple(n for d, n in enumerate(input.shape) if d not in dims))
    elif ord == math.inf:
        data = x.max(axis=dims, keepdims=keep)
    elif ord == -math.inf:
        data = x.min(axis=dims, keepdims=keep)
    elif ord == 0:
        data = (x != 0).sum(axis=dims, keepdims=keep)
    else:  # in ATen's order of operations (parity/pnorm.py)
        data = pnorm.vector_norm(input._data, ord, dims, keep, blas.get_threads(), input.dtype is dtypes.bfloat16)
    if keepdim and dims is None:
        data = np.reshape(data, (1,) * input.ndim)
    out = wrap(laid_out(data), input.dtype)
    return record(_R[rule], (input,), out, {"ord": shown_ord, "dim": dims, "keepdim": keepdim})


def _refuse_empty_norm(input: Tensor, ord: float, dims: tuple | None) -> None:
    """A max, min or negative-power norm over nothing has no value: ATen's errors, naming the first
    empty dim as it was given (its message lacks a space there)."""
    shown = "inf" if ord == math.inf else "-inf" if ord == -math.inf else f"{ord:g}"
    if not dims:
        raise RuntimeError(f"linalg.vector_norm cannot compute the {shown} norm on an empty tensor because the "
                           "operation does not have an identity")
    for d in given_dims(dims):
        if input.shape[d] == 0:
            raise RuntimeError(f"linalg.vector_norm cannot compute the {shown} norm on the dimension {d}because this "
                               "dimension is empty and the operation does not have an identity")


def norm_backward(g, a, out, ord, dims, keepdim) -> Tensor:
    ord = float(ord)  # (saved as given: 2 or 2.0; the formulas take ATen's double)
    g = unsqueeze_dims(g, dims, keepdim)
    out = unsqueeze_dims(out, dims, keepdim)
    if ord == 0:
        return zeros_like(a)
    if ord == 1:
        return g * a.sign()
    # each formula in PyTorch's order of operations, which decides the gradient's last bits
    if ord == 2:
        return g * (a / out).masked_fill(out == 0, 0)
    if math.isinf(ord):
        ties = (a.abs() == out).to(a.dtype)
        count = ties.sum() if dims is None else ties.sum(dims, keepdim=True)
        return a.sign() * ((g / count) * ties)
    if ord < 1:
        scaled = a.sign() * (a.abs() ** (ord - 1)).masked_fill(a == 0, 0)
        return scaled * g * out ** (1 - ord)
    scaled = a.sign() * a.abs() ** (ord - 1) if ord < 2 else a * a.abs() ** (ord - 2)
    return scaled * (g / out ** (ord - 1)).masked_fill(out == 0, 0)


def all(input: Tensor, dim=None, keepdim: bool = False) -> Tensor:  # noqa: A001
    axis = None if dim is None else _axes(dim, input.ndim)
    data = np.all(_plain(input._data), axis=axis, keepdims=keepdim)  # complex: either part nonzero
    return batch_like((input,), make(laid_out(data), dtypes.bool_))


def any(input: Tensor, dim=None, keepdim: bool = False) -> Tensor:  # noqa: A001
    axis = None if dim is None else _axes(dim, input.ndim)
    data = np.any(_plain(input._data), axis=axis, keepdims=keepdim)
    return batch_like((input,), make(laid_out(data), dtypes.bool_))


def count_nonzero(input: Tensor, dim=None) -> Tensor:
    axis = None if dim is None else _axes(dim, input.ndim)
    return make(laid_out(np.asarray(np.count_nonzero(input._data, axis=axis), dtype=np.int64)), dtypes.int64)


# Counting: unique, bincount, histc, histogram
# ============================================================================================
def unique(input: Tensor, sorted: bool = True, return_inverse: bool = False,  # noqa: A002
           return_counts: bool = False, dim=None) -> Any:
    """The distinct values, sorted (as PyTorch's CPU kernel always sorts), with inverse and counts."""
    refuse_complex(input, "unique")
    _vmap_levels.refuse_dynamic_shape(input, "_unique2" if dim is None else "unique_dim")
    if dim is None:
        # each NaN is its own value, as PyTorch compares them (numpy merges them by default)
        values, inverse, counts = np.unique(input._data, return_inverse=True, return_counts=True, equal_nan=False)
        inverse = inverse.reshape(input._data.shape)
    else:
        d = norm_dim(dim, input.ndim)
        if builtins.any(n == 0 for k, n in enumerate(input.shape) if k != d):
            raise RuntimeError("There are 0 sized dimensions, and they aren't selected, so unique cannot be applied")
        values, inverse, counts = np.unique(input._data, return_inverse=True, return_counts=True, axis=d)
        inverse = inverse.reshape(-1)
    result = [make(np.ascontiguousarray(values), input.dtype)]
    record(_R["unique" if dim is None else "unique_dim"], (input,), result[0])
    if return_inverse:
        result.append(make(inverse.astype(np.int64), dtypes.int64))
    if return_counts:
        result.append(make(counts.astype(np.int64), dtypes.int64))
    return result[0] if len(result) == 1 else tuple(result)


def bincount(input: Tensor, weights=None, minlength: int = 0) -> Tensor:
    _vmap_levels.warn_fallback(input, "aten::bincount")  # (no batching rule: functorch's slow path warns)
    # PyTorch's kernel is dispatched on integral dtypes only: floats and bool fail before any check
    if input.dtype.is_floating_point or input.dtype is dtypes.bool_:
        raise NotImplementedError(f'"bincount_cpu" not implemented for \'{_scalar_type_name(input.dtype)}\'')
    if input.ndim != 1 or (input.numel() and int(input._data.min()) < 0):
        raise RuntimeError("bincount only supports 1-d non-negative integral inputs.")
    if minlength < 0:
        raise RuntimeError("minlength should be >= 0")
    if weights is not None and (weights.ndim != 1 or weights.shape[0] != input.shape[0]):
        raise RuntimeError("weights should be 1-d and have the same length as input")
    if weights is None or not input.numel():  # an empty input gives int64 zeros even with weights
        return make(np.bincount(input._data, minlength=minlength).astype(np.int64), dtypes.int64)
    size = builtins.max(minlength, int(input._data.max()) + 1 if input.numel() else 0)
    if weights.dtype is dtypes.float32:
        # PyTorch adds float32 weights into a float32 bin one input at a time, in order (so does np.add.at)
        sums = np.zeros(size, np.float32)
        np.add.at(sums, input._data, weights._data)
        return record(_R["bincount"], (input, weights), make(sums, dtypes.float32))  # a node refusing any gradient
    wide = np.bincount(input._data, weights=weights._data.astype(np.float64), minlength=size)  # others: in float64
    return record(_R["bincount"], (input, weights), make(wide, dtypes.float64))


def _histogram_counts(x: np.ndarray, bins: int, lo: float, hi: float, weight=None):
    """PyTorch's binning: a first guess from the position in [lo, hi], corrected against the edges."""
    edges = np.linspace(lo, hi, bins + 1).astype(x.dtype)
    flat = x.reshape(-1)
    inside = (flat >= edges[0]) & (flat <= edges[-1])
    values = flat[inside]
    pos = ((values - x.dtype.type(lo)) * x.dtype.type(bins) / (x.dtype.type(hi) - x.dtype.type(lo))).astype(np.int64)
    pos = np.clip(pos, 0, bins - 1)
    pos = np.where((values < edges[pos]) & (pos > 0), pos - 1, pos)
    pos = np.where((pos < bins - 1) & (values >= edges[np.minimum(pos + 1, bins)]), pos + 1, pos)
    w = None if weight is None else weight.reshape(-1)[inside]
    return np.bincount(pos, weights=w, minlength=bins)[:bins], edges


def _check_bins(bins) -> None:
    if int(bins) <= 0:
        raise RuntimeError(f"torch.histogram(): bins must be > 0, but got {int(bins)} for dimension 0")


def histc(input: Tensor, bins: int = 100, min=0, max=0) -> Tensor:  # noqa: A002
    _check_bins(bins)
    if not input.dtype.is_floating_point:  # bool fails first in the linspace of the bin edges
        kernel = "linspace_cpu" if input.dtype is dtypes.bool_ else "histogram_cpu"
        raise NotImplementedError(f"\"{kernel}\" not implemented for '{_scalar_type_name(input.dtype)}'")
    lo, hi = float(min), float(max)
    if lo > hi:
        raise RuntimeError("torch.histc: max must be larger than min")
    if lo == hi and input.numel():
        lo, hi = float(input._data.min()), float(input._data.max())
    if lo == hi:
        lo, hi = lo - 1, hi + 1
    counts, _ = _histogram_counts(input._data, int(bins), lo, hi)
    return wrap(counts, input.dtype)


def histogram(input: Tensor, bins=100, *, range=None, weight=None, density: bool = False) -> Any:  # noqa: A002
    if not input.dtype.is_floating_point:
        raise NotImplementedError(f"\"histogramdd\" not implemented for '{_scalar_type_name(input.dtype)}'")
    if isinstance(bins, Tensor):
        counts, edges = _histogram_edge_counts(input, bins, weight)
    else:
        counts, edges = _histogram_even_counts(input, bins, range, weight)
    hist = counts.astype(np.float64)
    if density:
        hist = hist / (hist.sum() * np.diff(edges.astype(np.float64)))
    parts = {"hist": wrap(hist, input.dtype), "bin_edges": make(edges, input.dtype)}
    record_outputs(_R["histogram"], (input,), parts)  # PyTorch's node refuses any gradient
    return result("histogram", ("hist", "bin_edges"), *parts.values())


def _histogram_edge_counts(input: Tensor, bins: Tensor, weight) -> tuple:
    """Counts per bin of explicit edges as ATen's histogramdd: upper_bound among the edges, the
    last edge closing the last bin, values outside [first, last] edge left out."""
    names = [_c_type(t.dtype) for t in (input, bins)]  # the C++ type names ATen's message prints
    if names[0] != names[1] or bins.dim() != 1:
        raise RuntimeError("torch.histogramdd: " + (f"bins tensor should have one dimension, but got {bins.dim()} "
                           "dimensions in the bins tensor for dimension 0" if names[0] == names[1] else "input tensor "
                           f"and bins tensors should have the same dtype, but got input with dtype {names[0]} and "
                           f"bins for dimension 0 with dtype {names[1]}"))
    _check_bins(bins.numel() - 1)
    edges, values = bins._data.copy(), input._data.reshape(-1)
    inside = (values >= edges[0]) & (values <= edges[-1])
    pos = np.minimum(np.searchsorted(edges, values[inside], side="right") - 1, edges.size - 2)
    w = None if weight is None else weight._data.astype(np.float64).reshape(-1)[inside]
    return np.bincount(pos, weights=w, minlength=edges.size - 1)[:edges.size - 1], edges


def _histogram_even_counts(input: Tensor, bins, range, weight) -> tuple:  # noqa: A002
    _check_bins(bins)
    if range is None:
        lo, hi = (float(input._data.min()), float(input._data.max())) if input.numel() else (0.0, 1.0)
    else:
        lo, hi = float(range[0]), float(range[1])
    if lo == hi:
        lo, hi = lo - 0.5, hi + 0.5
    return _histogram_counts(input._data, int(bins), lo, hi,
                             None if weight is None else weight._data.astype(np.float64))



"""``out=``: the result written into a tensor the caller gave, with PyTorch's resize, cast and autograd rules."""
from __future__ import annotations

import functools
import warnings
from typing import Any, Callable

import numpy as np

from autograd_tui.engine import _vmap_levels, dtypes
from autograd_tui.engine._tensor import Tensor, _c_type, _scalar_name, _user_stacklevel
from autograd_tui.engine.functions import _structseq
from autograd_tui.engine.functions._common import number_bounds, shapes_broadcast_error
from autograd_tui.engine.functions.parser import FUNCTIONS, call_error
from autograd_tui.engine.grad_mode import _State, no_grad

_RESIZE_WARNING = (
    "An output with one or more elements was resized since it had shape {old}, which does not match the "
    "required output shape {new}. This behavior is deprecated, and in a future PyTorch release outputs will "
    "not be resized unless they have zero elements. You can explicitly reuse an out tensor t by resizing it, "
    "inplace, to zero elements with t.resize_(0). (Triggered internally at "
    "/__w/pytorch/pytorch/aten/src/ATen/native/Resize.cpp:30.)")


def _requires_grad(args: Any) -> bool:
    for a in args:
        if isinstance(a, Tensor) and a._requires_grad:
            return True
        if isinstance(a, (list, tuple)) and _requires_grad(a):
            return True
    return False


def write_out(name: str, result: Tensor, out: Any, warn: bool = True) -> Tensor:
    """Copy ``result`` into ``out``: cast only where PyTorch may, resize (warning if it had elements,
    except for a factory function, whose out= PyTorch resizes quietly)."""
    if not isinstance(out, Tensor):
        raise TypeError(f"{name}(): argument 'out' must be Tensor, not {type(out).__name__}")
    if dtypes.category(result.dtype) > dtypes.category(out.dtype):
        if name in _CONCATENATIONS:  # cat's own check, a TypeError
            raise TypeError("torch.cat(): input types can't be cast to the desired output type "
                            f"{_scalar_name(out.dtype)}")
        raise RuntimeError(f"result type {_scalar_name(result.dtype)} can't be cast to the desired output type "
                           f"{_scalar_name(out.dtype)}")
    if out._data.shape != result._data.shape:
        if out._data.size and warn:
            warnings.warn(_RESIZE_WARNING.format(old=list(out._data.shape), new=list(result._data.shape)),
                          UserWarning, stacklevel=_user_stacklevel())
        out._data = np.empty(result._data.shape, out.dtype.np)
    np.copyto(out._data, result._data, casting="unsafe")
    out._bump_version()
    return out


_GER_DEPRECATED = ("torch.ger is deprecated and will be removed in a future PyTorch release. Use torch.outer "
                   "instead. (Triggered internally at "
                   "/__w/pytorch/pytorch/aten/src/ATen/native/LinearAlgebra.cpp:1270.)")


# cat's kernel refuses an out= that shares any memory with an input (the stacks run cat)
_CONCATENATIONS = frozenset(("cat", "concat", "concatenate", "hstack", "vstack", "row_stack", "stack"))


def _stack_resizes_out_first(args: tuple, kwargs: dict, out: Tensor) -> None:
    """PyTorch's stack_out resizes ``out`` to the result's shape before it checks the inputs, so an
    input that ``out`` aliases changes shape first (and the size check then names it)."""
    tensors = _tensor_args(args[:1] + tuple(v for k, v in kwargs.items() if k == "tensors"))
    if not tensors or not any(np.shares_memory(t._data, out._data) for t in tensors):
        return
    first = tensors[0]
    dim = args[1] if len(args) > 1 else kwargs.get("dim", 0)
    if not isinstance(dim, int) or not -first.ndim - 1 <= dim <= first.ndim:
        return
    dim = dim + first.ndim + 1 if dim < 0 else dim
    shape = tuple(first.shape[:dim]) + (len(tensors),) + tuple(first.shape[dim:])
    if tuple(out.shape) != shape and out.numel():
        warnings.warn(_RESIZE_WARNING.format(old=list(out.shape), new=list(shape)), UserWarning,
                      stacklevel=_user_stacklevel())
        kept = out._data.reshape(-1)[:int(np.prod(shape))]
        grown = np.zeros(shape, out.dtype.np)
        grown.reshape(-1)[:kept.size] = kept
        out._data = grown

_PARTIAL_OVERLAP = ("unsupported operation: some elements of the input tensor and the written-to tensor refer to "
                    "a single memory location. Please clone() the tensor before performing the operation.")


def _tensor_args(args: Any) -> list[Tensor]:
    found: list[Tensor] = []
    for a in args:
        if isinstance(a, Tensor):
            found.append(a)
        elif isinstance(a, (list, tuple)):
            found.extend(_tensor_args(a))
    return found


def _same_memory(a: np.ndarray, b: np.ndarray) -> bool:
    return (a.__array_interface__["data"][0] == b.__array_interface__["data"][0]
            and a.shape == b.shape and a.strides == b.strides)


def check_out_aliasing(out: Tensor, inputs: list[Tensor], result_shape: tuple, *, any_overlap: bool) -> None:
    """The checks of PyTorch's element-wise iterator when ``out`` is also an input: an input that only
    partly overlaps ``out`` is refused; ``out`` being an input itself is never resized. ``any_overlap``
    (cat's rule) refuses every input sharing memory with ``out``."""
    for t in inputs:
        if any_overlap:
            if np.shares_memory(t._data, out._data):
                if tuple(out.shape) != tuple(result_shape) and out._data.size:  # cat resizes before it checks
                    warnings.warn(_RESIZE_WARNING.format(old=list(out.shape), new=list(result_shape)),
                                  UserWarning, stacklevel=_user_stacklevel())
                raise RuntimeError(_PARTIAL_OVERLAP)
        elif t is out:
            if tuple(out.shape) != tuple(result_shape):
                raise RuntimeError(f"output with shape {list(out.shape)} doesn't match the broadcast shape "
                                   f"{list(result_shape)}")
        elif not _same_memory(t._data, out._data) and np.shares_memory(t._data, out._data):
            raise RuntimeError(_PARTIAL_OVERLAP)


def with_out(fn: Callable, *, creation: bool = False, elementwise: bool = False, public_name: str = "") -> Callable:
    """``fn`` accepting ``out=``; a creation function takes its dtype from ``out`` unless given one; an
    element-wise one (or cat) checks ``out`` against its inputs' memory first, as PyTorch's iterator does."""
    name = fn.__name__

    exact = _EXACT_OUT_DTYPE.get(name)

    @functools.wraps(fn)
    def call(*args: Any, out: Any = None, **kwargs: Any) -> Any:
        if out is None:
            return fn(*args, **kwargs)
        if _State.vmap_randomness is not None:
            _vmap_levels.refuse_out(name, (*args, *kwargs.values(), out))
        if creation and kwargs.get("dtype") is None and isinstance(out, Tensor) and not _tensor_args(args):
            kwargs["dtype"] = out.dtype
        elif not creation:
            _refuse_out_overload(name, args, kwargs, out)
            if name == "nanmean" and isinstance(out, Tensor) and args and isinstance(args[0], Tensor):
                _check_nanmean_out(args[0], kwargs.get("dtype"), out)
            if name in _DTYPE_FROM_OUT and isinstance(out, Tensor) and args and isinstance(args[0], Tensor):
                # their meta functions compute in dtype=, else in out's dtype, and want out to hold it
                if kwargs.get("dtype") is None:
                    if name != "mean":  # (mean's out= of another dtype takes a cast of its own result)
                        kwargs["dtype"] = out.dtype
                elif kwargs["dtype"] is not out.dtype:
                    raise RuntimeError(_expected_out(kwargs["dtype"], out.dtype))
        # an op PyTorch registers no derivative for (its function says so) takes out= under grad too
        grad_on = _State.enabled and not getattr(fn, "no_derivative", False)
        if name in _OUT_DTYPE_FIRST and isinstance(out, Tensor) and args and isinstance(args[0], Tensor) \
                and out.dtype is not args[0].dtype and call_error(name, False, args, kwargs) is None:
            raise RuntimeError(_OUT_DTYPE_FIRST[name](args[0].dtype, out.dtype))
        if public_name == "ger" and call_error("ger", False, args, kwargs) is None:
            # ger's out= variant is the deprecated one: it warns once parsed, before the kernel's checks
            warnings.warn(_GER_DEPRECATED, UserWarning, stacklevel=_user_stacklevel())
        elif name == "normal" and isinstance(out, Tensor) and _tensor_args(args + tuple(kwargs.values())):
            args, kwargs = _normal_into(out, args, kwargs)
        elif name == "dot" and isinstance(out, Tensor) and out.numel() and out.ndim:  # dot resizes out first
            warnings.warn(_RESIZE_WARNING.format(old=list(out.shape), new=[]), UserWarning,
                          stacklevel=_user_stacklevel())
            out._data = np.empty((), out.dtype.np)
        elif name == "ldexp" and len(args) == 2 and all(isinstance(a, Tensor) for a in args):
            args = _ldexp_input_grown(*args)
        elif name == "stack" and isinstance(out, Tensor):
            _stack_resizes_out_first(args, kwargs, out)
        with no_grad():
            try:
                result = fn(*args, **kwargs)
            except TypeError as raised:  # the parser's refusal comes first, and names out= among the arguments
                raise _with_out_named(raised, public_name or name, args, kwargs, out) from None
            except Exception:
                _refuse_autograd(grad_on, name, args, kwargs)  # the autograd check comes before the kernel's errors
                raise
            _refuse_autograd(grad_on, name, args, kwargs)
            if exact is not None and isinstance(out, Tensor) and isinstance(args[0], Tensor) \
                    and out.dtype is not args[0].dtype:
                raise RuntimeError(exact(args[0].dtype, out.dtype))
            if name == "searchsorted" and isinstance(out, Tensor) and out.dtype is not result.dtype:
                raise RuntimeError("torch.searchsorted(): output tensor's dtype is wrong, it can only be Int(int32) or "
                                   "Long(int64) depending on whether out_int32 flag is True, but we got output "
                                   f"tensor's dtype {_scalar_name(out.dtype)} and out_int32 flag is "
                                   f"{bool(kwargs.get('out_int32'))}")
            if name in _LONG_OUT and isinstance(out, Tensor) and out.dtype is not dtypes.int64:
                raise RuntimeError(_LONG_OUT[name](out.dtype))
            if name in _CLAMPS and isinstance(out, Tensor) and out.dtype is not result.dtype \
                    and number_bounds(args[1:] + tuple(kwargs.values())):
                raise RuntimeError(_found_words(result.dtype, out.dtype))  # no cast: its kernel wants one dtype
            if name in _PRODUCTS and isinstance(out, Tensor) and out.shape == result.shape:
                inputs = _tensor_args(args + tuple(kwargs.values()))
                if any(np.shares_memory(t._data, out._data) for t in inputs):
                    result = _product_into_input(name, fn, args, kwargs, out, result)
        if elementwise and isinstance(out, Tensor):
            check_out_aliasing(out, _tensor_args(args + tuple(kwargs.values())), tuple(result.shape),
                               any_overlap=name in _CONCATENATIONS)
        return write_out(name, result, out, warn=not creation or name == "arange")
    return call


def _check_nanmean_out(input: Tensor, dtype: Any, out: Tensor) -> None:
    """nanmean's out= variant: its own check of the input's type, then nansum's of dtype= against out."""
    if not (input.dtype.is_floating_point or input.dtype.is_complex):
        raise RuntimeError("nanmean(): integral types and 'Bool' are not supported for nanmean, even for empty "
                           "tensors.")
    if dtype is not None and dtype is not out.dtype:
        raise RuntimeError(f"nansum: provided dtype must match dtype of result. Got {_scalar_name(out.dtype)} and "
                           f"{_scalar_name(dtype)}.")


def _normal_into(out: Tensor, args: tuple, kwargs: dict) -> tuple[tuple, dict]:
    """``torch.normal`` with a tensor mean or std and ``out=``: ATen's kernel broadcasts a tensor mean
    with ``out`` itself (a float std has no shape of its own), or takes the shape of std, or of
    mean and std together; ``out`` is resized to it, with the usual warning when it had elements.
    The arguments come back with a tensor mean expanded to that shape, so the draws fill all of it."""
    mean = args[0] if args else kwargs.get("mean", 0.0)
    std = args[1] if len(args) > 1 else kwargs.get("std", 1.0)
    if isinstance(mean, Tensor) and not isinstance(std, Tensor):
        try:
            shape = tuple(np.broadcast_shapes(tuple(mean.shape), tuple(out.shape)))
        except ValueError:
            raise shapes_broadcast_error(tuple(mean.shape), tuple(out.shape)) from None
    elif isinstance(mean, Tensor):
        shape = tuple(np.broadcast_shapes(tuple(mean.shape), tuple(std.shape)))
    else:
        shape = tuple(std.shape)
    if tuple(out.shape) != shape and out.numel():
        warnings.warn(_RESIZE_WARNING.format(old=list(out.shape), new=list(shape)), UserWarning,
                      stacklevel=_user_stacklevel())
    if isinstance(mean, Tensor) and tuple(mean.shape) != shape:
        if args:
            args = (mean.expand(shape), *args[1:])
        else:
            kwargs = {**kwargs, "mean": mean.expand(shape)}
    return args, kwargs


def _refuse_out_overload(name: str, args: tuple, kwargs: dict, out: Any) -> None:
    """The parser's error for a call whose overload has no out= (``torch.sum(x, out=y)`` needs a dim,
    ``torch.median(x, out=t)`` too); a call refused without out= as well is left to the op's own words."""
    if name not in FUNCTIONS:
        return
    refused = call_error(name, False, args, {**kwargs, "out": out})
    if refused is not None and call_error(name, False, args, kwargs) is None:
        raise refused


def _ldexp_input_grown(input: Tensor, other: Tensor) -> tuple:
    """ldexp's input expanded to the broadcast shape: the resize warning of an input that broadcasting
    grows is the functional form's alone (out= has its own)."""
    try:
        shape = np.broadcast_shapes(input._data.shape, other._data.shape)
    except ValueError:
        return input, other  # the op raises PyTorch's error
    return input.expand(shape), other


def _with_out_named(raised: TypeError, name: str, args: tuple, kwargs: dict, out: Any) -> TypeError:
    """The parser's refusal counts out= among the arguments: in its listing of the overloads (``got (Tensor,
    Tensor, out=Tensor)``), and in which overloads take that many arguments (a single one names the argument)."""
    return call_error(name, False, args, {**kwargs, "out": out}) or raised


def _refuse_autograd(grad_on: bool, name: str, args: tuple, kwargs: dict) -> None:
    if grad_on and name not in _NOT_DIFFERENTIABLE and _requires_grad(args + tuple(kwargs.values())):
        raise RuntimeError(f"{_KERNEL_NAMES.get(name, name)}(): functions with out=... arguments don't support "
                           "automatic differentiation, but one of the arguments requires grad.")


def _found_words(want: dtypes.dtype, got: dtypes.dtype) -> str:
    return f"Found dtype {_scalar_name(got)} but expected {_scalar_name(want)}"


# Ops whose out= must have the input's dtype exactly (not just one it casts to), in each kernel's words.
_EXACT_OUT_DTYPE: dict[str, Callable[[dtypes.dtype, dtypes.dtype], str]] = {
    **dict.fromkeys(("frac", "fix", "sgn", "conj_physical"), _found_words),
    **dict.fromkeys(("tril", "triu", "msort", "norm", "renorm"), lambda want, got: _expected_out(want, got)),
    "nan_to_num": lambda want, got: (f"nan_to_num: dtype of out: {_scalar_name(got)} should be same as input: "
                                     f"{_scalar_name(want)}"),
    "logcumsumexp": lambda want, got: f"expected scalar_type {_scalar_name(want)} but found {_scalar_name(got)}",
    "gather": lambda want, got: _expected_out(want, got),
    "index_select": lambda want, got: "index_select(): self and result must have the same scalar type",
    "histc": lambda want, got: ("torch.histogram: input tensor and hist tensor should have the same dtype, but got "
                                f"input {_c_type(want)} and hist {_c_type(got)}"),
}
# Reductions whose out= gives the dtype they compute in when dtype= is not given (ATen's meta functions).
_DTYPE_FROM_OUT = frozenset(("cumsum", "cumprod", "sum", "prod", "nansum", "mean"))
# Ops that check their out='s dtype against the input's before anything else.
_OUT_DTYPE_FIRST: dict[str, Callable[[dtypes.dtype, dtypes.dtype], str]] = {
    "cross": lambda want, got: _expected_out(want, got),
    "heaviside": lambda want, got: "heaviside is not yet implemented for tensors with different dtypes.",
}
# Index results: an out= of another dtype than int64 is refused, in each kernel's words.
_LONG_OUT: dict[str, Callable[[dtypes.dtype], str]] = {
    **dict.fromkeys(("argmax", "argmin"),
                    lambda got: f"Expected out tensor to have dtype long int, but got {_c_type(got)} instead"),
    "nonzero": lambda got: ("nonzero: Expected out tensor to have scalar type Long but got scalar type"
                            f"{_scalar_name(got)}"),
}
_CLAMPS = frozenset(("clamp", "clip", "clamp_min", "clamp_max"))
# Ops without a derivative: their out= is allowed whatever requires grad (PyTorch checks only differentiable ones).
_NOT_DIFFERENTIABLE = frozenset((
    "argmax", "argmin", "eq", "ne", "ge", "gt", "le", "lt", "greater", "greater_equal", "less", "less_equal",
    "not_equal", "logical_and", "logical_or", "logical_xor", "logical_not", "searchsorted", "bucketize", "histc",
    "nonzero"))
# The kernel an alias or a composite runs, which names itself in the out=/autograd refusal.
_KERNEL_NAMES = {"arccos": "acos", "arccosh": "acosh", "arcsin": "asin", "arcsinh": "asinh", "arctan": "atan",
                 "arctanh": "atanh", "fix": "trunc", "msort": "sort", "diff": "sub", "norm": "linalg_vector_norm"}


# Matrix products (and sum) whose out= may be one of their inputs (m = torch.mm(m, m, out=m)).
_PRODUCTS = frozenset(("mm", "matmul", "mv", "addmm", "bmm", "sum"))
_NAIVE_BMM_WORK = 400  # ATen's bmm runs its own in-place loop below this many multiply-adds per matrix


def _product_into_input(name: str, fn: Callable, args: tuple, kwargs: dict, out: Tensor, result: Tensor) -> Tensor:
    """What PyTorch computes when ``out`` is an input of a matrix product. Its gemm path first makes
    ``out`` ready (zeros, or addmm's ``input`` copied in) and then multiplies what the inputs hold
    by then (a sum likewise adds into zeros); its small-batch bmm loop writes each element before it
    reads the next. Other overlaps depend on how its kernel walks memory: refused, not guessed."""
    batched = result.ndim == 3
    if not out._data.flags.c_contiguous or (batched and result.shape[1] * result.shape[2] * args[0].shape[-1]
                                             >= _NAIVE_BMM_WORK):
        raise NotImplementedError(f"{name}() with out= sharing memory with an input in this layout is not reproduced "
                                  "by the embedded engine; `--backend torch` runs it (or pass a new tensor as out=).")
    if batched:
        a, b = args[0]._data, args[1]._data
        acc_type = np.float32 if out._data.dtype in (np.float16, np.float32) else out._data.dtype
        for k in np.ndindex(*result.shape):  # b, i, j in order: each entry written before the next is read
            out._data[k] = np.sum(a[k[0], k[1], :].astype(acc_type) * b[k[0], :, k[2]].astype(acc_type),
                                  dtype=acc_type)
        return out
    beta = kwargs.get("beta", 1) if name == "addmm" else 0
    if beta == 0:
        out._data[...] = 0
    else:
        np.copyto(out._data, np.broadcast_to(args[0]._data, out._data.shape), casting="unsafe")
    return fn(*args, **kwargs)


def _expected_out(want: dtypes.dtype, got: dtypes.dtype) -> str:
    return f"Expected out tensor to have dtype {_c_type(want)}, but got {_c_type(got)} instead"


def _median_words(which: int, want: dtypes.dtype, got: dtypes.dtype) -> str:
    if which == 0:
        return (f"Expected tensor for 'values' to have the same type as tensor for argument #2 'self'; but type "
                f"torch.{got.legacy_name} does not equal torch.{want.legacy_name} "
                "(while checking arguments for median)")
    return (f"Expected tensor for argument #1 'indices' to have scalar type Long; but got torch.{got.legacy_name} "
            "instead (while checking arguments for median)")


# The ops whose out= is a tuple (values, indices): each kernel's own words for an out of the wrong dtype
# (``which``: 0 for values, 1 for indices), and whether it warns when it resizes an out with elements.
_TUPLE_OUT: dict[str, tuple[Callable[[int, dtypes.dtype, dtypes.dtype], str], bool]] = {
    **dict.fromkeys(("sort", "max", "min", "topk"), (lambda which, want, got: _expected_out(want, got), True)),
    "kthvalue": (lambda which, want, got: ("output values must be of same type as input", "output indices must be "
                                           "of scalar type Long")[which], True),
    "mode": (lambda which, want, got: f"expected scalar type '{_scalar_name(want)}' but got '{_scalar_name(got)}' "
             f"for {('values', 'indices')[which]} output", True),
    **dict.fromkeys(("median", "nanmedian"), (_median_words, True)),
    **dict.fromkeys(("cummax", "cummin"), (lambda which, want, got: f"expected scalar_type {_scalar_name(want)} but "
                                           f"found {_scalar_name(got)}", True)),
    "histogram": (lambda which, want, got: f"torch.histogram: input tensor and {('hist', 'bin_edges')[which]} tensor "
                  f"should have the same dtype, but got input {_c_type(want)} and {('hist', 'bin_edges')[which]} "
                  f"{_c_type(got)}" + ("", " for dimension 0")[which], True),
}


def with_tuple_out(fn: Callable) -> Callable:
    """``fn`` (an op with a (values, indices) result) accepting ``out=`` as a tuple of two tensors, as
    PyTorch's does: each checked for its dtype, resized, written, and returned as ``torch.return_types.<name>_out``.
    The overloads with a single result (``max(x, out=t)``, ``max(x, y, out=t)``) take one tensor."""
    name = fn.__name__
    words, warns = _TUPLE_OUT[name]

    @functools.wraps(fn)
    def call(*args: Any, **as_written: Any) -> Any:
        kwargs = dict(as_written)  # (as_written keeps out= where the caller put it, for the parser's listing)
        out = kwargs.pop("out", None)
        if out is None:
            return fn(*args, **kwargs)
        _refuse_out_overload(name, args, kwargs, out)
        if _State.enabled and _requires_grad(args + tuple(kwargs.values())):
            raise RuntimeError(f"{name}(): functions with out=... arguments don't support automatic "
                               "differentiation, but one of the arguments requires grad.")
        elif name == "ldexp" and len(args) == 2 and all(isinstance(a, Tensor) for a in args):
            args = _ldexp_input_grown(*args)
        elif name == "stack" and isinstance(out, Tensor):
            _stack_resizes_out_first(args, kwargs, out)
        with no_grad():
            try:
                result = fn(*args, **kwargs)
            except TypeError as raised:  # the parser's refusal names out= among the arguments
                if name in ("max", "min") and "invalid combination of arguments" in str(raised):
                    fn(*args, **as_written)  # their own parser errors, out= listed with the rest
                raise _with_out_named(raised, name, args, kwargs, out) from None
        if not isinstance(result, tuple) and isinstance(out, Tensor):
            return write_out(name, result, out)
        if not isinstance(result, tuple) or not isinstance(out, (tuple, list)):
            if name in ("max", "min"):
                fn(*args, out=out, **kwargs)  # raises the parser's error for this overload and out
            raise _out_refused(name, args, kwargs, out)
        if len(out) != len(result):
            raise TypeError(f"expected tuple of {len(result)} elements but got {len(out)}")
        for given in out:
            if not isinstance(given, Tensor):
                raise TypeError(f"{name}(): argument 'out' must be tuple of Tensors, not {type(given).__name__}")
        kept = name in ("kthvalue", "mode")  # kernels that resize an out with the reduced dim kept first
        for which, (part, given) in enumerate(zip(result, out)):
            if given.dtype is not part.dtype:
                raise RuntimeError(words(which, part.dtype, given.dtype))
            if name == "kthvalue":  # resizes each out as soon as its dtype is checked
                _warn_kept_dim_resize(name, args, kwargs, given)
        # (histogram's kernel makes its bin_edges out ready before its hist out: their resize warnings come so)
        for part, given in (zip(result[::-1], out[::-1]) if name == "histogram" else zip(result, out)):
            if name == "mode":
                _warn_kept_dim_resize(name, args, kwargs, given)
            write_out(name, part, given, warn=warns and not kept)
        fields = type(result).__match_args__  # type: ignore[attr-defined]  # a structseq's field names
        return _structseq.result(f"{name}_out", fields, *out)
    return call


def _warn_kept_dim_resize(name: str, args: tuple, kwargs: dict, out: Tensor) -> None:
    """kthvalue's and mode's resize warning: the kernel first gives an out that lacks the reduced dim that
    dim back (``unsqueeze_``), then resizes it to the input's shape with that dim 1, and says so in those shapes."""
    input = args[0]
    first = 2 if name == "kthvalue" else 1  # where dim stands: kthvalue(input, k, dim, keepdim), mode(input, dim, ...)
    dim = args[first] if len(args) > first else kwargs.get("dim", -1)
    keepdim = args[first + 1] if len(args) > first + 1 else kwargs.get("keepdim", False)
    if not input.ndim or not out._data.size:
        return
    d = dim % input.ndim
    new = list(input.shape)
    new[d] = 1
    old = list(out.shape)
    if not keepdim and out.ndim == input.ndim - 1:
        old.insert(d, 1)
    if old != new:
        warnings.warn(_RESIZE_WARNING.format(old=old, new=new), UserWarning, stacklevel=_user_stacklevel())


def _out_refused(name: str, args: tuple, kwargs: dict, out: Any) -> TypeError:
    """The parser's error for an ``out=`` of the wrong kind (a tensor where the overload wants two)."""
    error = call_error(name, False, args, {**kwargs, "out": out})
    return error or TypeError(f"{name}(): argument 'out' must be tuple of Tensors, not {type(out).__name__}")

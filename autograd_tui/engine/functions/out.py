"""``out=``: the result written into a tensor the caller gave, with PyTorch's resize, cast and autograd rules."""
from __future__ import annotations

import functools
import warnings
from typing import Any, Callable

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, _scalar_name, _user_stacklevel
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


def with_out(fn: Callable, *, creation: bool = False, elementwise: bool = False) -> Callable:
    """``fn`` accepting ``out=``; a creation function takes its dtype from ``out`` unless given one; an
    element-wise one (or cat) checks ``out`` against its inputs' memory first, as PyTorch's iterator does."""
    name = fn.__name__

    @functools.wraps(fn)
    def call(*args: Any, out: Any = None, **kwargs: Any) -> Any:
        if out is None:
            return fn(*args, **kwargs)
        if _State.enabled and _requires_grad(args + tuple(kwargs.values())):
            raise RuntimeError(f"{name}(): functions with out=... arguments don't support automatic "
                               "differentiation, but one of the arguments requires grad.")
        if creation and kwargs.get("dtype") is None and isinstance(out, Tensor):
            kwargs["dtype"] = out.dtype
        with no_grad():
            result = fn(*args, **kwargs)
            if name in _PRODUCTS and isinstance(out, Tensor) and out.shape == result.shape:
                inputs = _tensor_args(args + tuple(kwargs.values()))
                if any(np.shares_memory(t._data, out._data) for t in inputs):
                    result = _product_into_input(name, fn, args, kwargs, out, result)
        if elementwise and isinstance(out, Tensor):
            check_out_aliasing(out, _tensor_args(args + tuple(kwargs.values())), tuple(result.shape),
                               any_overlap=name in ("cat", "concat", "concatenate"))
        return write_out(name, result, out, warn=not creation or name == "arange")
    return call


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


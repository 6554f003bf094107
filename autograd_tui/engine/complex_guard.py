"""The values of a complex tensor, guarded: numpy math on them only where it is PyTorch's math.

The engine's ops were written for real types. A complex tensor's array is a ``GuardedComplex``
(``_tensor.make`` wraps it), which lets numpy move its data (views, copies, concatenation) and
run the few ufuncs whose complex meaning is PyTorch's (``+ - *``, equality, conjugation), and
raises for any other numpy call. So an op not written for complex input fails with a clear error
naming it (or PyTorch's own refusal) instead of returning numpy's answer: a comparison
that orders complex numbers, an ``abs`` kept complex, an imaginary part dropped by a cast.
The ops written for complex (``functions/complex.py``) work on ``plain(array)``.
"""
from __future__ import annotations

import sys
from typing import Any

import numpy as np

# Ufuncs whose complex result is the one PyTorch's complex kernels give.
_SAFE_UFUNCS = frozenset(("add", "subtract", "multiply", "negative", "positive", "conjugate", "equal", "not_equal",
                          "isnan", "isfinite", "isinf", "divide", "true_divide", "reciprocal"))

# numpy functions that only move, select or compare whole values.
_SAFE_FUNCTIONS = frozenset((
    "concatenate", "stack", "reshape", "transpose", "moveaxis", "swapaxes", "broadcast_to", "broadcast_arrays",
    "copyto", "ascontiguousarray", "expand_dims", "squeeze", "flip", "roll", "take", "take_along_axis",
    "put_along_axis", "tile", "repeat", "split", "array_split", "empty_like", "zeros_like", "ones_like",
    "copy", "ravel", "atleast_1d", "atleast_2d", "shape", "ndim", "size", "may_share_memory",
    "shares_memory", "array_equal", "diagonal", "tril", "triu", "where", "nonzero", "count_nonzero",
    "result_type", "can_cast", "unravel_index", "iscomplexobj", "isrealobj", "real", "imag", "conj",
    "conjugate", "atleast_3d", "pad", "full_like", "column_stack", "hstack", "vstack", "dstack",
    "delete", "insert", "append", "select", "compress", "choose", "isclose", "allclose",
))

# PyTorch's own refusals of complex input, by op name ({t}: ComplexFloat or ComplexDouble).
_NOT_FOR = "\"{k}\" not implemented for '{{t}}'"
_REFUSALS: dict[str, tuple[type[Exception], str]] = {
    **{op: (NotImplementedError, _NOT_FOR.format(k=kernel)) for op, kernel in (
        ("lt", "lt_cpu"), ("less", "lt_cpu"), ("le", "le_cpu"), ("less_equal", "le_cpu"), ("gt", "gt_cpu"),
        ("greater", "gt_cpu"), ("ge", "ge_cpu"), ("greater_equal", "ge_cpu"), ("max", "max_all"),
        ("min", "min_all"), ("amax", "max_values_cpu"), ("amin", "min_values_cpu"), ("aminmax", "aminmax_cpu"),
        ("cummax", "cummax_cpu"), ("cummin", "cummin_cpu"), ("median", "median_cpu"), ("nanmedian", "median_cpu"),
        ("mode", "mode_cpu"), ("kthvalue", "kthvalue_cpu"), ("round", "round_vml_cpu"), ("frac", "frac_cpu"),
        ("copysign", "copysign_cpu"), ("remainder", "remainder_cpu"), ("fmod", "fmod_cpu"),
        ("floor_divide", "div_floor_cpu"), ("erf", "erf_vml_cpu"), ("erfc", "erfc_vml_cpu"),
        ("erfinv", "erfinv_vml_cpu"), ("lgamma", "lgamma_vml_cpu"), ("digamma", "digamma"), ("logit", "logit_cpu"),
        ("special_log_ndtr", "log_ndtr_cpu"), ("special_ndtri", "ndtri_cpu"),
        ("xlogy", "xlogy_cpu"), ("unique", "unique"), ("unique_consecutive", "unique"),
        ("bincount", "bincount_cpu"), ("histc", "aminmax_cpu"), ("bitwise_not", "bitwise_not_cpu"),
        ("bitwise_and", "bitwise_and_cpu"), ("bitwise_or", "bitwise_or_cpu"), ("bitwise_xor", "bitwise_xor_cpu"),
        ("softmax", "softmax_lastdim_kernel_impl"), ("log_softmax", "log_softmax_lastdim_kernel_impl"),
        ("hardshrink", "hardshrink_cpu"), ("arange", "arange_cpu"))},
    **{op: (NotImplementedError, "clamp is not supported for complex types")
       for op in ("clamp", "clamp_min", "clamp_max", "relu", "clip")},
    **{op: (NotImplementedError, f"{op} is not supported for complex inputs") for op in ("floor", "ceil", "trunc")},
    "fix": (NotImplementedError, "trunc is not supported for complex inputs"),
    "sign": (NotImplementedError, "Unlike NumPy, torch.sign is not intended to support complex numbers. Please use "
                                  "torch.sgn instead."),
    "signbit": (NotImplementedError, "signbit is not implemented for complex tensors."),
    **{op: (RuntimeError, f"{op} does not support complex inputs.") for op in ("isneginf", "isposinf")},
    **{op: (RuntimeError, f"{op} is not supported for complex tensors.") for op in ("deg2rad", "rad2deg")},
    **{op: (RuntimeError, " Sort does not support complex dtypes on CPU") for op in ("sort", "argsort", "msort")},
    "topk": (RuntimeError, " topk does not support complex dtypes on CPU"),
    "maximum": (RuntimeError, "maximum not implemented for complex tensors."),
    "minimum": (RuntimeError, "minimum not implemented for complex tensors."),
    "argmax": (RuntimeError, "argmax(): does not support complex input"),
    "argmin": (RuntimeError, "argmin(): does not support complex input"),
    **{op: (RuntimeError, "nansum on CPU does not support complex inputs") for op in ("nansum", "nanmean")},
    **{op: (RuntimeError, "quantile() input tensor must be either float or double dtype")
       for op in ("quantile", "nanquantile")},
    "frexp": (RuntimeError, "torch.frexp() only supports floating-point dtypes"),
}
# Ops whose real code would take complex values without a numpy call the guard sees: the
# method and function tables check these names first (methods.py, the engine's __init__).
REFUSED_BEFORE_RUNNING = frozenset(("clamp", "clamp_min", "clamp_max", "clip", "topk", "cummax", "cummin",
                                    "isneginf", "isposinf", "unique_consecutive", "unique", "mode", "kthvalue",
                                    "arange"))

# Frames of wrappers and shared helpers, which do not name the op (``name`` may be a local there).
_GENERIC_FRAMES = frozenset(("method", "wrapper", "fn", "call", "_unary", "_binary", "max_min", "_compare",
                             "_float_unary", "inner", "op"))

_SCALAR_NAMES = {np.dtype(np.complex64): "ComplexFloat", np.dtype(np.complex128): "ComplexDouble"}


class GuardedComplex(np.ndarray):
    """A complex ndarray that refuses numpy math not known to match PyTorch's."""

    def __array_ufunc__(self, ufunc: np.ufunc, method: str, *inputs: Any, **kwargs: Any) -> Any:
        allowed = ufunc.__name__ in _SAFE_UFUNCS if method == "__call__" else \
            ufunc is np.add and method in ("reduce", "accumulate")  # sum, mean, cumsum: numpy's order
        if kwargs.get("dtype") is not None and np.dtype(kwargs["dtype"]).kind != "c":
            allowed = False  # a real accumulator would drop the imaginary parts
        if not allowed:
            raise refusal(self.dtype, f"numpy.{ufunc.__name__}")
        inputs = tuple(plain(x) for x in inputs)
        if ufunc is np.multiply and method == "__call__" and not kwargs:
            return _guarded(_multiply(*inputs))
        if "out" in kwargs:
            kwargs["out"] = tuple(plain(x) for x in kwargs["out"])
        return _guarded(getattr(ufunc, method)(*inputs, **kwargs))

    def __array_function__(self, func: Any, types: Any, args: Any, kwargs: Any) -> Any:
        if func.__name__ not in _SAFE_FUNCTIONS:
            raise refusal(self.dtype, f"numpy.{func.__name__}")
        if hasattr(func, "_implementation"):
            return _guarded(func._implementation(*_plain_all(args), **_plain_all(kwargs)))
        return _guarded(super().__array_function__(func, types, args, kwargs))

    def astype(self, dtype: Any, *args: Any, **kwargs: Any) -> Any:
        if np.dtype(dtype).kind != "c":  # a real type would drop the imaginary part
            raise refusal(self.dtype, "astype")
        return guard(plain(self).astype(dtype, *args, **kwargs))

    def __reduce__(self) -> Any:  # pickled as a plain array (torch.save)
        return plain(self).__reduce__()


def _multiply(a: Any, b: Any, lanes: int = 0) -> np.ndarray:
    """(a + bi)(c + di) as PyTorch's CPU kernel computes it, bit for bit (checked against PyTorch 2.13):
    whole vector blocks (8 complex64 or 4 complex128 numbers) take four rounded products, then
    ac - bd and ad + bc; the elements after the last block go through the scalar loop, which the
    compiler fused: fma(a, c, -bd) and fma(a, d, bc), for complex64 in pairs with a lone last
    element as in the blocks. numpy's own loop fuses differently. ``lanes``: another kernel's block.
    """
    kind = np.result_type(a, b)
    x, y = np.asarray(a), np.asarray(b)
    part = np.dtype(kind).type(0).real.dtype
    xr, xi, yr, yi = (v.astype(part, copy=False) for v in (x.real, x.imag, y.real, y.imag))
    out = np.empty(np.broadcast_shapes(x.shape, y.shape), kind)
    out.real = xr * yr - xi * yi
    out.imag = xr * yi + xi * yr
    if x.shape != y.shape and x.ndim and y.ndim:
        return out  # a broadcast: PyTorch's loop order there is not modelled (its last bits may differ)
    n = out.size
    lanes = lanes or (8 if part == np.float32 else 4)
    start = n // lanes * lanes
    stop = start + (n - start) // 2 * 2 if part == np.float32 else n
    if stop > start:
        flat = out.reshape(-1)
        xr, xi, yr, yi = (np.broadcast_to(v, out.shape).reshape(-1)[start:stop] for v in (xr, xi, yr, yi))
        flat.real[start:stop] = _fma(xr, yr, -(xi * yi))
        flat.imag[start:stop] = _fma(xr, yi, xi * yr)
    return out


square_lanes = {np.dtype(np.float32): 16, np.dtype(np.float64): 8}


def square(x: np.ndarray) -> np.ndarray:
    """``x ** 2`` of a complex array: pow's kernel multiplies as ``*`` does, in larger blocks."""
    return _multiply(x, x, square_lanes[x.real.dtype])


def _fma(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    """a * b + c rounded once."""
    if a.dtype == np.float32:  # the float32 product is exact in double
        return (a.astype(np.float64) * b + c).astype(np.float32)
    # double: the product's exact error (Dekker's split), then the sums without losing it
    p = a * b
    ah, bh = a * 134217729.0, b * 134217729.0
    ah, bh = ah - (ah - a), bh - (bh - b)
    al, bl = a - ah, b - bh
    e = ((ah * bh - p) + ah * bl + al * bh) + al * bl
    s = p + c
    v = s - p
    return s + (((p - (s - v)) + (c - v)) + e)


def _guarded(result: Any) -> Any:
    """A numpy result handed back still guarded where it holds complex values (so the next call is
    checked too); tuples of results likewise."""
    if isinstance(result, np.ndarray):
        return result.view(GuardedComplex) if result.dtype.kind == "c" and result.__class__ is np.ndarray else result
    if isinstance(result, tuple):
        return tuple(_guarded(r) for r in result)
    if isinstance(result, list):
        return [_guarded(r) for r in result]
    return result


def plain(x: Any) -> Any:
    """The same memory as an ordinary ndarray (anything else as it is)."""
    return x.view(np.ndarray) if isinstance(x, GuardedComplex) else x


def _plain_all(x: Any) -> Any:
    if isinstance(x, GuardedComplex):
        return x.view(np.ndarray)
    if isinstance(x, (list, tuple)):
        return type(x)(_plain_all(v) for v in x)
    if isinstance(x, dict):
        return {k: _plain_all(v) for k, v in x.items()}
    return x


def guard(data: np.ndarray) -> np.ndarray:
    """``data`` (complex) as a guarded array on the same memory."""
    if data.__class__ is GuardedComplex:
        return data
    return np.asarray(data).view(GuardedComplex)


def refusal(np_dtype: np.dtype, numpy_name: str) -> Exception:
    """The error for complex input reaching real-only code: PyTorch's refusal when PyTorch refuses
    the op, else a NotImplementedError naming the op (read from the engine frames on the stack)."""
    return refusal_of(_engine_op() or numpy_name, np_dtype)


def refusal_of(op: str, np_dtype: np.dtype) -> Exception:
    kind, text = _REFUSALS.get(op, (None, ""))
    if kind is not None:
        return kind(text.format(t=_SCALAR_NAMES.get(np.dtype(np_dtype), "ComplexFloat")))
    return NotImplementedError(f"{op} of complex tensors is not available in the embedded engine yet; "
                               "`--backend torch` runs it")


def _engine_op() -> str | None:
    """The public op being run: the outermost op-named frame in the engine's functions or nn modules."""
    frame: Any = sys._getframe(2)
    found = None
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.startswith(("autograd_tui.engine.functions", "autograd_tui.engine.nn.functional",
                              "autograd_tui.engine.linalg", "autograd_tui.engine.special")):
            name = frame.f_code.co_name
            if name in _GENERIC_FRAMES:
                local = frame.f_locals.get("name") or getattr(frame.f_locals.get("rule"), "name", None)
                name = local if isinstance(local, str) else None
            elif name.startswith("<"):
                name = None
            if name:
                found = name.strip("_")
        elif found is not None and not module.startswith("autograd_tui.engine"):
            break
        frame = frame.f_back
    return found


def refuse_complex(t: Any, op: str) -> None:
    """PyTorch's refusal of a complex tensor, for an op whose real code would take it unseen."""
    if getattr(getattr(t, "dtype", None), "is_complex", False):
        raise refusal_of(op, t.dtype.np)

"""``torch.special``'s Bessel functions and orthogonal polynomials (values: ``parity/cephes_bessel.py``
and ``parity/orthogonal_polys.py``).

PyTorch registers no derivative for any of them: their results never require grad (a backward
through one finds no ``grad_fn``), so nothing is recorded. Integer and bool inputs are computed in
the default float type; float16, bfloat16 and complex inputs are refused with the kernel's name,
as ATen's CPU dispatch (float32 and float64 only) refuses them.
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, _scalar_name, make
from autograd_tui.engine.functions._common import _type_name, invalid_combination, shapes_broadcast_error
from autograd_tui.engine.functions.pointwise import _result_dtype
from autograd_tui.engine.parity.cephes_bessel import KERNELS
from autograd_tui.engine.parity.orthogonal_polys import POLYNOMIALS, evaluate

__all__ = ["bessel_function", "polynomial"]

# the argument's name in the parser's messages (PyTorch names some of them x)
_ARGUMENT = {"scaled_modified_bessel_k0": "x", "scaled_modified_bessel_k1": "x", "spherical_bessel_j0": "x",
             "airy_ai": "x"}


def _computed_type(dtype: dtypes.dtype, name: str) -> dtypes.dtype:
    if dtype in (dtypes.float32, dtypes.float64):
        return dtype
    if dtype.is_floating_point or dtype.is_complex:
        raise NotImplementedError(f"\"{name}_cpu\" not implemented for '{_scalar_name(dtype)}'")
    return dtypes.get_default_dtype()


def bessel_function(name: str, input: Tensor) -> Tensor:
    """``torch.special.<name>`` of one tensor."""
    if not isinstance(input, Tensor):
        raise TypeError(f"special_{name}(): argument '{_ARGUMENT.get(name, 'input')}' (position 1) must be Tensor, "
                        f"not {_type_name(input)}")
    dtype = _computed_type(input.dtype, name)
    with np.errstate(all="ignore"):
        data = KERNELS[name](np.asarray(input._data, dtype.np))
    return make(np.asarray(data, dtype.np).reshape(input.shape), dtype)


def scalar_overloads_error(name: str, first: str, second: str, args: tuple, unknown: dict) -> TypeError:
    """The parser's refusal of a binary ``torch.special`` function's call (two numbers, or a
    keyword it does not take): its three overloads, a Python number on either side."""
    return invalid_combination(name, args, unknown, (f"(Tensor {first}, Tensor {second}, *, Tensor out = None)",
                                                     f"(Number {first if first != 'input' else 'self'}, Tensor "
                                                     f"{second}, *, Tensor out = None)",
                                                     f"(Tensor {first}, Number {second}, *, Tensor out = None)"))


MISSING = object()  # an argument not given (the parser lists its overloads, as for a wrong keyword)


def polynomial(name: str, x, n=MISSING, **unknown) -> Tensor:
    """``torch.special.<name>(x, n)``: x and n tensors, or one of them a Python number."""
    if unknown or n is MISSING or (not isinstance(x, Tensor) and not isinstance(n, Tensor)):
        raise scalar_overloads_error(f"special_{name}", "x", "n", (x,) if n is MISSING else (x, n), unknown)
    dtype = _computed_type(_result_dtype(x, n), name)
    xs = x._data if isinstance(x, Tensor) else np.asarray(x)
    ns = n._data if isinstance(n, Tensor) else np.asarray(n)
    try:
        shape = np.broadcast_shapes(xs.shape, ns.shape)
    except ValueError:
        raise shapes_broadcast_error(xs.shape, ns.shape) from None
    xs = np.array(np.broadcast_to(xs.astype(dtype.np), shape))
    ns = np.broadcast_to(ns.astype(dtype.np), shape)
    return make(evaluate(name, xs, ns).reshape(shape), dtype)


NAMES = tuple(KERNELS) + tuple(POLYNOMIALS)

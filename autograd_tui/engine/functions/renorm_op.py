"""``torch.renorm`` (and ``Tensor.renorm``/``renorm_``): each slice along ``dim`` whose p-norm
exceeds ``maxnorm`` is scaled down to it.

As ATen's kernel: the norm of each slice is ``linalg.vector_norm`` over the other dims, the scale
``maxnorm / (norm + 1e-7)`` (1 where the norm is within bounds) is computed in the input's type
(float32 for half types, then rounded to them), and the input is multiplied by it. The gradient is
PyTorch's ``renorm_backward``, computed in the CPU accumulation type (double for float32).
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, make, norm_dim
from autograd_tui.engine.complex_guard import refuse_complex
from autograd_tui.engine.grad_mode import no_grad
from autograd_tui.engine.record import record
from autograd_tui.engine.functions._common import _R
from autograd_tui.engine.functions.pointwise import where
from autograd_tui.engine.functions.reductions import norm_backward, sum as _sum, vector_norm

_EPS = 1e-7
_HALF_TYPES = (dtypes.float16, dtypes.bfloat16)

def _other_dims(ndim: int, dim: int) -> tuple[int, ...]:
    return tuple(d for d in range(ndim) if d != dim)

def _check(input: Tensor, p, dim: int, maxnorm) -> int:
    if isinstance(p, complex):
        raise RuntimeError("renorm: p must be real-valued")
    if not p > 0:
        raise RuntimeError("renorm: non-positive-norm not supported")
    if isinstance(maxnorm, complex):
        raise RuntimeError("renorm: maxnorm must be real-valued")
    if not maxnorm >= 0:
        raise RuntimeError(f"renorm: expected maxnorm to be >= 0 but got {_shown(maxnorm)}")
    if input.ndim <= 1:
        raise RuntimeError(f"renorm: input needs at least 2 dimensions, got {input.ndim} dimensions")
    return norm_dim(dim, input.ndim)

def _shown(value) -> str:
    """A double as c10 prints it (``-1``, ``-0.5``)."""
    value = float(value)
    return str(int(value)) if value.is_integer() else repr(value)

def _number(value):
    """A Scalar argument as a Python number (a one-element tensor gives its value)."""
    if isinstance(value, Tensor):
        return value.item()
    return value

def renorm(input: Tensor, p, dim: int, maxnorm) -> Tensor:
    p, maxnorm = _number(p), _number(maxnorm)
    d = _check(input, p, dim, maxnorm)
    refuse_complex(input, "renorm")
    half = input.dtype in _HALF_TYPES
    with no_grad():
        norm = vector_norm(input, float(p), _other_dims(input.ndim, d), True,
                           dtype=dtypes.float32 if half else None)
    values = norm._data
    limit = values.dtype.type(maxnorm)
    scale = np.where(values > limit, limit / (values + values.dtype.type(_EPS)), values.dtype.type(1))
    factor = make(scale.astype(input.dtype.np), input.dtype)
    with no_grad():
        out = input * factor
    return record(_R["renorm"], (input,), make(out._data, input.dtype),
                  {"p": p, "dim": d, "maxnorm": maxnorm})

def renorm_backward(grad: Tensor, self: Tensor, p, dim: int, maxnorm) -> Tensor:
    """PyTorch's formula, with the norm and the sums in double (float for half types)."""
    dims = _other_dims(self.ndim, dim)
    accumulate = dtypes.float32 if self.dtype in _HALF_TYPES else dtypes.float64
    norm = vector_norm(self, float(p), dims, True, dtype=accumulate)
    grad_output = _sum(self * grad, dims, keepdim=True, dtype=accumulate)
    nb = norm_backward(grad_output, self, norm, float(p), dims, True)
    invnorm = (norm + _EPS).reciprocal()
    grad_norm = maxnorm * invnorm * (grad - invnorm * nb)
    return where(norm > maxnorm, grad_norm.to(grad.dtype), grad)

__all__ = ["renorm", "renorm_backward"]

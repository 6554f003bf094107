"""The modified Bessel functions of the first kind: ``torch.i0`` and ``torch.special.i0``,
``i0e``, ``i1``, ``i1e`` (values: ``parity/bessel.py``).

Their gradients are PyTorch's formulas in tensor ops, so they can be differentiated again:
d i0 = i1; d i0e = i1e - sgn(x) i0e; d i1 = i0 - i1 / x and d i1e = i0e - i1e (sgn(x) + 1 / x),
both 1/2 where |x| is below the dtype's epsilon, since the quotient is 0/0 there.
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.functions._common import _R, _type_name
from autograd_tui.engine.functions.pointwise import _unary, where
from autograd_tui.engine.functions.special import sgn

__all__ = ["i0", "special_i0", "special_i0e", "special_i1", "special_i1e", "i0e_backward", "i1_backward",
           "i1e_backward"]


def _bessel(name: str, public: str, input: Tensor) -> Tensor:
    if not isinstance(input, Tensor):
        raise TypeError(f"{public}(): argument 'input' (position 1) must be Tensor, not {_type_name(input)}")
    with np.errstate(all="ignore"):
        return _unary(_R[name], input)


def i0(input: Tensor) -> Tensor:
    return _bessel("i0", "i0", input)


def special_i0(input: Tensor) -> Tensor:
    return _bessel("i0", "special_i0", input)


def special_i0e(input: Tensor) -> Tensor:
    return _bessel("special_i0e", "special_i0e", input)


def special_i1(input: Tensor) -> Tensor:
    return _bessel("special_i1", "special_i1", input)


def special_i1e(input: Tensor) -> Tensor:
    return _bessel("special_i1e", "special_i1e", input)


def _not_tiny(self: Tensor) -> tuple[Tensor, Tensor]:
    """Where |x| exceeds the dtype's epsilon, and x with the others replaced by epsilon."""
    eps = float(np.finfo(self._data.dtype).eps)
    not_tiny = self.abs() > eps
    return not_tiny, where(not_tiny, self, eps)


def i1_backward(grad: Tensor, self: Tensor, result: Tensor) -> Tensor:
    not_tiny, safe = _not_tiny(self)
    return grad * where(not_tiny, i0(safe) - result * safe.reciprocal(), 0.5)


def i1e_backward(grad: Tensor, self: Tensor, result: Tensor) -> Tensor:
    not_tiny, safe = _not_tiny(self)
    return grad * where(not_tiny, special_i0e(safe) - result * (sgn(safe) + safe.reciprocal()), 0.5)


def i0e_backward(grad: Tensor, self: Tensor, result: Tensor) -> Tensor:
    return grad * (special_i1e(self) - sgn(self) * result)

"""Helpers the derivative table's entries name: forwards that pick ATen's float32 loop or apply
MKL's alpha and beta (addmm), the backward ops it records (cdist), and the refusals PyTorch
words for formulas it does not have (``derivatives.py`` reads them by name)."""
from __future__ import annotations

from typing import Callable

import numpy as np

from autograd_tui.engine import functions as F
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.record import record_backward_op
from autograd_tui.engine.parity import rounding, sleef32_binary
from autograd_tui.engine.parity.rounding import via_float64


def float32_binary(float32_fn: Callable, forward: Callable) -> Callable:
    """``float32_fn`` (ATen's float32 loop of two operands, reproduced) where both operands are
    float32 on a machine whose kernels were measured, ``forward`` otherwise."""
    if not rounding.VECTOR_LANES:
        return forward

    def apply(a, b):
        if getattr(a, "dtype", None) == np.float32 and getattr(b, "dtype", None) == np.float32:
            return float32_fn(a, b)
        return forward(a, b)
    return apply


def _rpow(exponent: np.ndarray, base) -> np.ndarray:
    """``base ** tensor``: ATen wraps the number in a tensor and runs pow's two-operand loop."""
    if exponent.dtype == np.float32 and rounding.VECTOR_LANES:
        return sleef32_binary.pow_float32(np.broadcast_to(np.float32(base), exponent.shape), exponent)
    return via_float64(lambda e: rounding.power(base, e))(exponent)


def _refuse(message: str, op: str = "hardsigmoid_backward"):
    if _State.tangent_pass:  # forward mode through it: PyTorch has no formula either
        raise NotImplementedError(f"Trying to use forward AD with {op} that does not support it "
                                  "because it has not been implemented yet.")
    raise RuntimeError(message)


def _derivative_not_implemented(name: str) -> Callable:
    """A formula that refuses as PyTorch's nodes for ops without a derivative (``unique``) do."""
    def refuse(grad):
        if _State.tangent_pass:
            raise NotImplementedError(f"Trying to use forward AD with {name} that does not support it because it "
                                      "has not been implemented yet.")
        raise NotImplementedError(f"the derivative for '{name}' is not implemented.")
    return refuse


def _not_implemented(op: str):
    """ATen's ``not_implemented`` formula: refused in both modes, in each mode's own words."""
    if _State.tangent_pass:
        raise NotImplementedError(f"Trying to use forward AD with aten::{op} that does not support it.")
    raise RuntimeError(f"derivative for aten::{op} is not implemented")


def _no_inplace_derivative(name: str) -> Callable:
    def formula(grad):
        raise NotImplementedError(f"the derivative for 'inplace version of {name}' is not implemented.")
    return formula


def _pdist_backward_refuses(grad):
    raise NotImplementedError("the derivative for '_pdist_backward' is not implemented.")


def _cdist_backward(grad, x1, x2, result, p: float):
    # PyTorch's _cdist_backward op, which it cannot differentiate: under create_graph its node
    # (CdistBackwardBackward0) refuses at backward
    return record_backward_op("cdist_backward", (grad, x1, x2, result), {"p": p},
                              lambda: F.cdist_backward(grad, x1, x2, result, p))


def _cdist_backward_refuses(grad):
    raise NotImplementedError("the derivative for '_cdist_backward' is not implemented.")


def _addmm(bias, m1, m2, beta, alpha):
    if (beta, alpha) == (1, 1):
        return F.product_data(m1, m2, bias)
    # MKL scales the output by beta first (not read at all for beta = 0), then each kernel
    # applies alpha its own way (parity/matmul.py)
    kind = m1.dtype.type
    added = None if beta == 0 else np.multiply(np.asarray(bias, m1.dtype), kind(beta))
    return F.product_data(m1, m2, added, alpha=None if alpha == 1 else kind(alpha))


def _rpow_exponent(grad, exponent, result, self):
    """PowBackward2's formula (a number ``self`` to a tensor's power, saved as PyTorch names it:
    ``_saved_self``): grad * result * log(self); with self 0, ATen's pow_backward_exponent gives 0
    where the exponent is >= 0, not 0 * -inf = nan."""
    base = self
    if base != 0 or exponent.dtype.is_complex:
        return grad * F.mul_scalar(result, float(np.log(base)))
    return grad * F.where(exponent >= 0, F.zeros_like(result), result * float("-inf"))


def _atan2_reciprocal(self, other):
    """1 / (self**2 + other**2) in atan2's gradient, 0 where that sum is 0 (at the origin, or
    where it underflows), as PyTorch's atan2_backward masks it (0, not 0 * inf)."""
    squares = self * self + other * other
    return F.reciprocal(squares).masked_fill(squares == 0, 0)

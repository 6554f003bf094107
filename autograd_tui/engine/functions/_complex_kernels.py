"""The complex forms of pointwise ops: powers by a number and the unary functions PyTorch has
for complex tensors (``pointwise.py`` hands complex input here)."""
from __future__ import annotations

from typing import Any

import numpy as np

from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.complex_guard import plain, refusal_of, square as complex_square
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.record import record
from autograd_tui.engine.functions._common import _R


def complex_power(x: np.ndarray, exponent) -> np.ndarray:
    """A complex ``x ** exponent`` as PyTorch computes it: the common exponents by multiplication
    and division, the others as exp(exponent * log(x)) in the tensor's precision."""
    x = plain(x)
    if exponent.__class__ is not bool:
        if exponent == 2:
            return complex_square(x)
        if exponent == 3:
            return x * x * x
        if exponent == 0.5:
            return np.sqrt(x)
        if exponent == 1:
            return x.copy()
        if exponent == -1:
            return 1 / x
        if exponent == -2:
            return 1 / (x * x)
    with np.errstate(all="ignore"):
        return np.where(x == 0, 0, np.exp(x.dtype.type(exponent) * np.log(np.where(x == 0, 1, x)))).astype(x.dtype)


# The unary ops the engine has for complex tensors: numpy's complex functions in the tensor's
# precision (PyTorch's kernels may differ in the last bits), each with a complex rule
# (derivatives.py: the real rules' formulas with the conjugates a complex input needs).
_COMPLEX_UNARY: dict[str, Any] = {
    "exp": np.exp, "log": np.log, "sqrt": np.sqrt, "sin": np.sin, "cos": np.cos, "tanh": np.tanh,
    "reciprocal": lambda x: 1 / x, "sigmoid": lambda x: 1 / (1 + np.exp(-x)),
}


def complex_unary(name: str, input: Tensor) -> Tensor:
    kernel = _COMPLEX_UNARY.get(name)
    if kernel is None:
        raise refusal_of(name, input.dtype.np)
    with np.errstate(all="ignore"):
        data = np.asarray(kernel(plain(input._data)), input.dtype.np)
    out = make(data, input.dtype)
    if _State.enabled and input._requires_grad or _State.dual_level or _State.vmap_randomness:
        record(_R[name + "_complex"], (input,), out)
    return out

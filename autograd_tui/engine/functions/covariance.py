"""``cov`` (with frequency and importance weights) and ``corrcoef``: PyTorch's composites, op for op,
so the values, dtypes and gradients are those of the same sequence of ops."""
from __future__ import annotations

import warnings
from typing import Optional

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, _user_stacklevel, make
from autograd_tui.engine.complex_guard import refuse_complex
from autograd_tui.engine.functions._common import _scalar_type_name

__all__ = ["cov", "corrcoef"]

_DOF_WARNING = ("cov(): degrees of freedom is <= 0. Correction should be strictly less than the number of "
                "observations. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/"
                "Correlation.cpp:129.)")


def _checked_weights(kind: str, w: Tensor, observations: int) -> None:
    """The checks ATen makes of ``fweights`` (integers) or ``aweights`` (floating point), in its order."""
    if w.ndim > 1:
        raise RuntimeError(f"cov(): expected {kind} to have one or fewer dimensions but got {kind} with "
                           f"{w.ndim} dimensions")
    integral = kind == "fweights"
    right_kind = (not w.dtype.is_floating_point and not w.dtype.is_complex and w.dtype != dtypes.bool_) \
        if integral else w.dtype.is_floating_point
    if not right_kind:
        wanted = "integral" if integral else "floating point"
        raise RuntimeError(f"cov(): expected {kind} to have {wanted} dtype but got {kind} with "
                           f"{_scalar_type_name(w.dtype)} dtype")
    if w.numel() != observations:
        raise RuntimeError(f"cov(): expected {kind} to have the same numel as there are observations in the input "
                           f"but got {w.numel()} != {observations}")
    if observations and not bool((w._data >= 0).all()):
        raise RuntimeError(f"cov(): {kind} cannot be negative")


def cov(input: Tensor, *, correction: int = 1, fweights: Optional[Tensor] = None,
        aweights: Optional[Tensor] = None) -> Tensor:
    refuse_complex(input, "cov")
    if input.ndim > 2:
        raise RuntimeError(f"cov(): expected input to have two or fewer dimensions but got an input with "
                           f"{input.ndim} dimensions")
    if input.dtype == dtypes.bool_:
        raise RuntimeError("cov(): bool dtype is not supported for input")
    if input.ndim < 2:
        input = input.view(1, -1)
    observations = input.shape[1]
    # w: the product of the frequency and the importance weights, when either is given
    w: Optional[Tensor] = None
    if fweights is not None:
        _checked_weights("fweights", fweights, observations)
        w = fweights
    if aweights is not None:
        _checked_weights("aweights", aweights, observations)
        w = aweights if w is None else w * aweights
    if w is None:
        w_sum = make(np.asarray(observations, np.int64), dtypes.int64)
    else:
        w_sum = w.sum()
        if not bool(w_sum._data != 0):
            raise RuntimeError("cov(): weights sum to zero, can't be normalized")
    average = (input if w is None else input * w).sum(1) / w_sum
    if w is not None and aweights is not None and correction != 0:
        norm_factor = w_sum - correction * (w * aweights).sum() / w_sum
    else:
        norm_factor = w_sum - correction
    if bool(norm_factor._data <= 0):
        warnings.warn(_DOF_WARNING, UserWarning, stacklevel=_user_stacklevel())
        norm_factor = norm_factor.detach() * 0
    centred = input - average.unsqueeze(1)
    product = centred.mm((centred if w is None else centred * w).t())
    return (product / norm_factor).squeeze()


def corrcoef(input: Tensor) -> Tensor:
    c = cov(input)
    if c.ndim == 0:
        return c / c
    stddev = c.diagonal().sqrt()
    c = c / stddev.view(-1, 1)
    c = c / stddev.view(1, -1)
    return c.clip(-1, 1)

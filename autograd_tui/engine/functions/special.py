"""The error function and its relatives (``erf``, ``erfc``, ``erfinv``) and ``logit``: evaluated in
float64 and rounded once, as the other unary ops (numpy has no erf of its own)."""
from __future__ import annotations

import math

import numpy as np

from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.functions._common import _R
from autograd_tui.engine.functions.pointwise import _unary

_erf = np.frompyfunc(math.erf, 1, 1)
_erfc = np.frompyfunc(math.erfc, 1, 1)


def erf_array(a: np.ndarray) -> np.ndarray:
    return np.asarray(_erf(a.astype(np.float64)), dtype=np.float64)


def erfc_array(a: np.ndarray) -> np.ndarray:
    return np.asarray(_erfc(a.astype(np.float64)), dtype=np.float64)


def erfinv_array(a: np.ndarray) -> np.ndarray:
    """The inverse of erf in float64: a rough start, then Newton steps on erf (erfc in the tails,
    where 1 - erf loses the digits)."""
    x = np.asarray(a, dtype=np.float64)
    out = np.full(x.shape, np.nan)
    out[x == 1] = np.inf
    out[x == -1] = -np.inf
    inside = np.abs(x) < 1
    v = x[inside]
    if v.size:
        w = -np.log((1 - v) * (1 + v))
        y = np.sign(v) * np.sqrt(np.maximum(w - np.log(np.maximum(w, 1e-300)) * 0.5 - 0.5 * np.log(np.pi / 2), 0))
        y = np.where(np.abs(v) < 0.7, v * np.sqrt(np.pi) / 2 * (1 + np.pi * v * v / 12), y)
        tail = np.abs(v) > 0.5
        one_minus = 1 - np.abs(v)  # exact: |v| is a float32 or float64 number in [0.5, 1)
        for _ in range(60):
            slope = 2 / np.sqrt(np.pi) * np.exp(-y * y)
            miss = np.where(tail, np.sign(v) * (one_minus - erfc_array(np.abs(y))), erf_array(y) - v)
            with np.errstate(all="ignore"):
                step = np.where(slope > 0, miss / slope, 0.0)
            y = y - step
            if np.all(np.abs(step) <= 1e-17 * np.maximum(np.abs(y), 1e-300)):
                break
        out[inside] = y
    return out


def _float_unary(name: str, forward_input: Tensor, attrs=None) -> Tensor:
    with np.errstate(all="ignore"):
        return _unary(_R[name], forward_input, attrs=attrs)


def erf(input: Tensor) -> Tensor:
    return _float_unary("erf", input)


def erfc(input: Tensor) -> Tensor:
    return _float_unary("erfc", input)


def erfinv(input: Tensor) -> Tensor:
    return _float_unary("erfinv", input)


def logit(input: Tensor, eps: float | None = None) -> Tensor:
    return _float_unary("logit", input, {"eps": None if eps is None else float(eps)})


def logit_array(a: np.ndarray, eps: float | None) -> np.ndarray:
    """log(x / (1 - x)): the quotient in the tensor's precision, then the log rounded once."""
    t = a.dtype.type
    if eps is not None:
        a = np.clip(a, t(eps), t(1) - t(eps))
    z = a / (t(1) - a)
    return np.log(z.astype(np.float64)).astype(a.dtype) if a.dtype == np.float32 else np.log(z)


def logit_backward(grad: Tensor, self: Tensor, eps: float | None) -> Tensor:
    if eps is None:
        outside = (self < 0) | (self > 1)
        return (grad / (self * (1 - self))).masked_fill(outside, math.nan)
    outside = (self < eps) | (self > 1 - eps)
    return (grad / (self * (1 - self))).masked_fill(outside, 0.0)


"""Float32 math evaluated in float64 and rounded once, so printed digits match PyTorch's.

numpy's own float32 kernels (exp, log, sin, ...) differ from PyTorch's in the last bit for about
a third of inputs; a correctly rounded result agrees with PyTorch about 99% of the time.
"""
from __future__ import annotations

from typing import Callable

import numpy as np


def via_float64(fn) -> Callable:
    """Evaluate float32 math in float64, then round once.

    numpy's own float32 kernels differ from PyTorch's in the last bit for a third of inputs,
    which shows in printed digits; a correctly rounded result agrees with PyTorch ~99% of the time.
    """
    def forward(a):
        if a.dtype == np.float32:
            return fn(a.astype(np.float64)).astype(np.float32)
        return fn(a)
    return forward


def via_float64_2(fn) -> Callable:
    """The two-operand form of via_float64 (for tensor ** tensor)."""
    def forward(a, b):
        if getattr(a, "dtype", None) == np.float32:
            return fn(np.asarray(a, np.float64), np.asarray(b, np.float64)).astype(np.float32)
        return fn(a, b)
    return forward


def sigmoid(a) -> np.ndarray:
    # PyTorch: 1 / (1 + exp(-x)) in the tensor's precision, with an accurate exp.
    e = via_float64(np.exp)(-a)
    return a.dtype.type(1) / (a.dtype.type(1) + e)

"""Rounding a float64 value to float32 where that is safely the answer of a kernel that is
not correctly rounded, and telling where it is not.

A faithful float32 kernel (SLEEF's 1-ulp functions, say) returns one of the two floats around
the exact value. It can return the farther one only where the exact value lies close to the
midpoint between them: within its error beyond half an ulp. So where a float64 value of the
function (numpy's, a few float64 ulps = ~2^-27 float32 ulps from exact) lies farther than a
measured margin from every float32 midpoint, rounding it to float32 gives the kernel's result;
only the elements within the margin need the kernel's step-by-step emulation.
``tools/measure_sleef32_midpoints.py`` measures that margin per kernel.
"""
from __future__ import annotations

from typing import Union

import numpy as np

__all__ = ["distance", "near_midpoint"]

_BELOW_FLOAT32_ULP = np.int64((1 << 29) - 1)  # a float64's mantissa bits below float32's last bit
_HALF_ULP = 1 << 28  # in those bits: a float32 midpoint
_SMALLEST_NORMAL = 2.0 ** -126
_LARGEST = float(np.finfo(np.float32).max)


def distance(y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For float64 ``y``: the distance of each value from the nearest float32 midpoint in float32
    ulps (0 on a midpoint, 0.5 on a float32), and where that measure holds (finite values in
    float32's normal range; elsewhere float32's grid is another)."""
    y = np.asarray(y, np.float64)
    low_bits = y.view(np.int64) & _BELOW_FLOAT32_ULP
    magnitude = np.abs(y)
    ordinary = (magnitude >= _SMALLEST_NORMAL) & (magnitude <= _LARGEST)
    return np.abs(low_bits - _HALF_ULP) / float(1 << 29), ordinary


def near_midpoint(y: np.ndarray, margin_bits: Union[int, np.ndarray]) -> np.ndarray:
    """Where float64 ``y`` lies within ``margin_bits`` float64 ulps (2^-29 float32 ulps each, one
    for all or one per element, below 2^28) of a float32 midpoint: one subtraction, one mask and
    one comparison. Only meaningful where ``y`` is in float32's normal range (the caller checks
    its inputs)."""
    shifted = y.view(np.int64) - (np.int64(_HALF_ULP) - margin_bits)
    shifted &= _BELOW_FLOAT32_ULP
    return shifted <= 2 * np.asarray(margin_bits, np.int64)

"""ATen's own float32 erf, ``Vectorized<float>::erf``: GELU's kernel uses it on whole vectors,
and ``torch.erf`` of float16 and bfloat16 tensors everywhere (MKL's erf serves float32 only).

It is the approximation 7.1.26 of Abramowitz and Stegun (absolute error about 1e-7, so not erf's
correctly rounded value): t = 1 / (1 + p|x|),
erf(x) = sign(x) (1 - t (a1 + t (a2 + t (a3 + t (a4 + t a5)))) exp(-x*x)), every step a float
operation or one fused multiply-add, exp SLEEF's expf. Measured equal to PyTorch 2.13 on 2 * 10**5
float16 and bfloat16 inputs after the final rounding.
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine.parity import float32_math

_ONE32 = np.float32(1)
_ERF_P = np.float32(0.3275911)
_ERF_A = tuple(np.float32(c) for c in (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429))


def vector_erf(v: np.ndarray) -> np.ndarray:
    """erf of a float32 array as ``Vectorized<float>::erf`` computes it."""
    one = np.full(v.shape, _ONE32)
    t = _ONE32 / float32_math.fma(_ERF_P, np.abs(v), one)
    a1, a2, a3, a4, a5 = _ERF_A
    r = float32_math.fma(float32_math.fma(float32_math.fma(float32_math.fma(
        a5, t, np.full(v.shape, a4)), t, np.full(v.shape, a3)), t, np.full(v.shape, a2)), t, np.full(v.shape, a1))
    rest = float32_math.fma(-float32_math.sleef_expf(-(v * v)) * t, r, one)
    return np.where(np.signbit(v), -rest, rest)


def erf_of_reduced(a: np.ndarray) -> np.ndarray:
    """erf of float16 or bfloat16 values (any float array), in float32; the caller rounds."""
    return vector_erf(np.asarray(a, np.float32))

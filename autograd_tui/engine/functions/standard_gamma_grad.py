"""The gradient of a standard gamma draw with respect to its concentration (``torch._standard_gamma_grad``):
implicit reparameterisation, d x / d alpha = -(d F / d alpha) / (d F / d x) at the drawn x, F the
gamma CDF. As ATen's CPU kernel approximates it, in double and rounded once to the tensor's type:

* x < 0.8: the CDF's series in x (six terms) and its derivative in alpha;
* alpha > 8: Rice's saddle-point expansion (a polynomial near the mode, 0.9 alpha <= x <= 1.1 alpha);
* otherwise: a rational function of log(x / alpha) and log(alpha) fitted to the exact gradient.

A NaN from the series (x = 0, an overflowing power) becomes 0, as ATen's.
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.record import record
from autograd_tui.engine.functions._common import _R
from autograd_tui.engine.functions.gamma import digamma_array

__all__ = ["standard_gamma_grad", "standard_gamma_grad_array"]

# coefficients of the rational approximation, rows: constant, u and u^2 terms; columns: p's v^0..v^3, q's v^0..v^3
_RATIONAL = np.array([
    [0.16009398, -0.094634809, 0.025146376, -0.0030648343, 1, 0.32668115, 0.10406089, 0.0014179084],
    [0.53487893, 0.1298071, 0.065735949, -0.0015649758, 0.16639465, 0.020070113, -0.0035938915, -0.00058392623],
    [0.040121004, -0.0065914022, -0.0026286047, -0.0013441777, 0.017050642, -0.0021309326, 0.00085092367,
     -1.5247877e-07],
])


# ATen writes these bounds as float literals (0.8f, 0.9f, 1.1f), compared with and multiplied by doubles
_SMALL_X, _NEAR_LOW, _NEAR_HIGH = (float(np.float32(b)) for b in (0.8, 0.9, 1.1))


def _small_x(alpha: np.ndarray, x: np.ndarray) -> np.ndarray:
    numer = np.ones_like(x)
    denom = alpha.copy()
    series1 = numer / denom
    series2 = numer / (denom * denom)
    for i in range(1, 6):
        numer = numer * (-x / i)
        denom = denom + 1
        series1 = series1 + numer / denom
        series2 = series2 + numer / (denom * denom)
    pow_x_alpha = np.power(x, alpha)
    pdf = np.power(x, alpha - 1) * np.exp(-x)
    cdf = pow_x_alpha * series1
    cdf_alpha = (np.log(x) - digamma_array(alpha)) * cdf - pow_x_alpha * series2
    result = -cdf_alpha / pdf
    return np.where(np.isnan(result), 0.0, result)


def _large_alpha(alpha: np.ndarray, x: np.ndarray) -> np.ndarray:
    near_mode = (_NEAR_LOW * alpha <= x) & (x <= _NEAR_HIGH * alpha)
    numer_1 = 1 + 24 * alpha * (1 + 12 * alpha)
    numer_2 = 1440 * (alpha * alpha) + 6 * x * (53 - 120 * x) - 65 * x * x / alpha + alpha * (107 + 3600 * x)
    polynomial = numer_1 * numer_2 / (1244160 * (alpha * alpha) * (alpha * alpha))
    denom = np.sqrt(8 * alpha)
    term2 = denom / (alpha - x)
    term3 = np.power(x - alpha - alpha * np.log(x / alpha), -1.5)
    term23 = np.where(x < alpha, term2 - term3, term2 + term3)
    term1 = np.log(x / alpha) * term23 - np.sqrt(2 / alpha) * (alpha + x) / ((alpha - x) * (alpha - x))
    stirling = 1 + 1 / (12 * alpha) * (1 + 1 / (24 * alpha))
    saddle = -stirling * (x * term1) / denom
    return np.where(near_mode, polynomial, saddle)


def _rational(alpha: np.ndarray, x: np.ndarray) -> np.ndarray:
    u = np.log(x / alpha)[..., None]
    v = np.log(alpha)
    c = _RATIONAL[0] + u * (_RATIONAL[1] + u * _RATIONAL[2])
    p = c[..., 0] + v * (c[..., 1] + v * (c[..., 2] + v * c[..., 3]))
    q = c[..., 4] + v * (c[..., 5] + v * (c[..., 6] + v * c[..., 7]))
    return np.exp(p / q)


def standard_gamma_grad_array(alpha: np.ndarray, x: np.ndarray) -> np.ndarray:
    """d x / d alpha for draws ``x`` of Gamma(alpha, 1), in ``alpha``'s type."""
    a = np.asarray(alpha, np.float64)
    v = np.asarray(x, np.float64)
    with np.errstate(all="ignore"):
        out = np.where(v < _SMALL_X, _small_x(a, v), np.where(a > 8.0, _large_alpha(a, v), _rational(a, v)))
    return out.astype(np.asarray(alpha).dtype)


def standard_gamma_grad(self: Tensor, output: Tensor) -> Tensor:
    """``torch._standard_gamma_grad(self, output)``: its node refuses a further derivative, as PyTorch's."""
    result = make(standard_gamma_grad_array(self._data, output._data), self.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(_R["standard_gamma_grad"], (self, output), result)
    return result

"""The reparameterized gradients of gamma and Dirichlet draws: ``torch._standard_gamma_grad`` and
``torch._dirichlet_grad``, ATen's CPU loops element by element.

A draw x ~ Gamma(alpha) moves with alpha as -(d/dalpha cdf(x; alpha)) / pdf(x; alpha); ATen
approximates that by a Taylor series for x < 0.8, a saddle-point expansion for alpha > 8 and a
bivariate rational fit otherwise, all in double precision, the result rounded once to the tensor's
dtype. The Dirichlet (and Beta) gradient is the Beta one, -(d/dalpha cdf) / pdf / (1 - x), with series
near 0 and 1 computed in the tensor's own dtype (float32 for float32 tensors: the same float
operations and the C library's ``logf``/``powf``), a saddle-point expansion when both shape parameters
exceed 6 and a rational correction to an analytic guess otherwise (in double). The constants, branch
points and orders of operations are ATen's (``ATen/native/Distributions.h``), so each value carries
PyTorch's bits; ``math`` calls the same C library functions as ATen's double code.

Neither is differentiable again: PyTorch has no derivative for them either.
"""
from __future__ import annotations

import math
from typing import Any, Callable

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.parity import libm
from autograd_tui.engine.record import RULES as _R, record

__all__ = ["dirichlet_grad", "standard_gamma_grad"]

_F32 = np.float32
_PSI_10 = 2.25175258906672110764
_DIGAMMA_ASYMPTOTIC = (8.33333333333333333333E-2, -2.10927960927960927961E-2, 7.57575757575757575758E-3,
                       -4.16666666666666666667E-3, 3.96825396825396825397E-3, -8.33333333333333333333E-3,
                       8.33333333333333333333E-2)


def _log_of(kind: type) -> Callable[[Any], Any]:
    """log in ``kind``'s own precision: the C library's logf for float32, log for double."""
    if kind is _F32:
        logf = libm.scalar_function("log", np.float32)
        return (lambda v: _F32(logf(float(v)))) if logf is not None else (lambda v: _F32(np.log(_F32(v))))
    return math.log


def _powf(base: Any, exponent: Any) -> Any:
    """The C library's powf (numpy's float32 power where no C library loads)."""
    value = libm.c_binary("pow", np.array([base], _F32), np.array([exponent], _F32))
    return _F32(value[0]) if value is not None else _F32(np.power(_F32(base), _F32(exponent)))


def _digamma_one(x: Any, kind: type) -> Any:
    """ATen's digamma_one for a positive ``x`` of type ``kind`` (np.float32, or float for double):
    the recurrence in ``kind``, the sum and the asymptotic series in double, the result in ``kind``."""
    if x == 0:
        return kind(math.inf)
    result = 0.0
    while x < 10:  # push x up to 10: x and 1 / x in x's type, their sum in double
        result -= float(kind(1) / x)
        x = x + kind(1)
    if x == 10:
        return kind(result + _PSI_10)
    y = 0.0
    if float(x) < float(_F32(1.0e17)):
        z = 1.0 / float(x * x)
        poly = 0.0
        for coefficient in _DIGAMMA_ASYMPTOTIC:
            poly = poly * z + coefficient
        y = z * poly
    return kind(result + float(_log_of(kind)(x)) - float(kind(0.5) / x) - y)


_GAMMA_RATIONAL = (
    (0.16009398, -0.094634809, 0.025146376, -0.0030648343, 1, 0.32668115, 0.10406089, 0.0014179084),
    (0.53487893, 0.1298071, 0.065735949, -0.0015649758, 0.16639465, 0.020070113, -0.0035938915, -0.00058392623),
    (0.040121004, -0.0065914022, -0.0026286047, -0.0013441777, 0.017050642, -0.0021309326, 0.00085092367,
     -1.5247877e-07),
)


def _standard_gamma_grad_one(alpha: float, x: float) -> float:
    """ATen's standard_gamma_grad_one in double."""
    if x < float(_F32(0.8)):  # Taylor series in x
        numer, denom = 1.0, alpha
        series1, series2 = numer / denom, numer / (denom * denom)
        for i in range(1, 6):
            numer *= -x / float(i)
            denom += 1
            series1 += numer / denom
            series2 += numer / (denom * denom)
        pow_x_alpha = math.pow(x, alpha)
        gamma_pdf = math.pow(x, alpha - 1) * math.exp(-x)
        gamma_cdf = pow_x_alpha * series1
        gamma_cdf_alpha = (math.log(x) - _digamma_one(alpha, float)) * gamma_cdf - pow_x_alpha * series2
        result = -gamma_cdf_alpha / gamma_pdf
        return 0.0 if math.isnan(result) else result
    if alpha > 8.0:  # Rice's saddle-point expansion
        if float(_F32(0.9)) * alpha <= x <= float(_F32(1.1)) * alpha:
            numer_1 = 1 + 24 * alpha * (1 + 12 * alpha)
            numer_2 = (1440 * (alpha * alpha) + 6 * x * (53 - 120 * x) - 65 * x * x / alpha
                       + alpha * (107 + 3600 * x))
            denom = 1244160 * (alpha * alpha) * (alpha * alpha)
            return numer_1 * numer_2 / denom
        denom = math.sqrt(8 * alpha)
        term2 = denom / (alpha - x)
        term3 = math.pow(x - alpha - alpha * math.log(x / alpha), -1.5)
        term23 = term2 - term3 if x < alpha else term2 + term3
        term1 = math.log(x / alpha) * term23 - math.sqrt(2 / alpha) * (alpha + x) / ((alpha - x) * (alpha - x))
        stirling = 1 + 1 / (12 * alpha) * (1 + 1 / (24 * alpha))
        numer = x * term1
        return -stirling * numer / denom
    u, v = math.log(x / alpha), math.log(alpha)
    c0, c1, c2 = _GAMMA_RATIONAL
    coef_v = [c0[i] + u * (c1[i] + u * c2[i]) for i in range(8)]
    p = coef_v[0] + v * (coef_v[1] + v * (coef_v[2] + v * coef_v[3]))
    q = coef_v[4] + v * (coef_v[5] + v * (coef_v[6] + v * coef_v[7]))
    return math.exp(p / q)


def _beta_grad_alpha_small(x: Any, alpha: Any, beta: Any, kind: type) -> Any:
    """For x near 0: a Taylor series, in ``kind``."""
    factor = _digamma_one(alpha, kind) - _digamma_one(alpha + beta, kind) - _log_of(kind)(x)
    numer = kind(1)
    series = numer / alpha * (factor + kind(1) / alpha)
    for i in range(1, 11):
        casted_i = kind(i)
        numer *= (casted_i - beta) * x / casted_i
        denom = alpha + casted_i
        series += numer / denom * (factor + kind(1) / denom)
    power = _powf(kind(1) - x, -beta) if kind is _F32 else math.pow(1 - x, -beta)
    result = x * power * series
    return kind(0) if math.isnan(result) else result


def _beta_grad_beta_small(x: Any, alpha: Any, beta: Any, kind: type) -> Any:
    """For x near 0, the gradient in the second shape parameter: a Taylor series, in ``kind``."""
    factor = _digamma_one(alpha + beta, kind) - _digamma_one(beta, kind)
    numer, betas, dbetas, series = kind(1), kind(1), kind(0), factor / alpha
    for i in range(1, 9):
        casted_i = kind(i)
        numer *= -x / casted_i
        dbetas = dbetas * (beta - casted_i) + betas
        betas = betas * (beta - casted_i)
        series += numer / (alpha + casted_i) * (dbetas + factor * betas)
    power = _powf(kind(1) - x, kind(1) - beta) if kind is _F32 else math.pow(1 - x, 1 - beta)
    result = -power * series
    return kind(0) if math.isnan(result) else result


def _beta_grad_alpha_mid(x: float, alpha: float, beta: float) -> float:
    """Both shape parameters large: Rice's saddle-point expansion, in double."""
    total = alpha + beta
    mean = alpha / total
    std = math.sqrt(alpha * beta / (total + 1)) / total
    if mean - 0.1 * std <= x <= mean + 0.1 * std:  # near the mean, where the expansion is singular
        poly = 47 * x * (beta * beta) * (beta * beta) + alpha * (
            (43 + 20 * (16 + 27 * beta) * x) * (beta * beta) * beta + alpha * (
                3 * (59 + 180 * beta - 90 * x) * (beta * beta) + alpha * (
                    (453 + 1620 * beta * (1 - x) - 455 * x) * beta + alpha * (8 * (1 - x) * (135 * beta - 11)))))
        prefactor_num = (1 + 12 * alpha) * (1 + 12 * beta) / (total * total)
        prefactor_den = 12960 * alpha * alpha * alpha * beta * beta * (1 + 12 * total)
        return prefactor_num / (1 - x) * poly / prefactor_den
    prefactor = -x / math.sqrt(2 * alpha * beta / total)
    stirling = ((1 + 1 / (12 * alpha) + 1 / (288 * alpha * alpha)) * (1 + 1 / (12 * beta) + 1 / (288 * beta * beta))
                / (1 + 1 / (12 * total) + 1 / (288 * total * total)))
    term1_num = 2 * (alpha * alpha) * (x - 1) + alpha * beta * (x - 1) - x * (beta * beta)
    axbx = alpha * (x - 1) + beta * x
    term1_den = math.sqrt(2 * alpha / beta) * math.pow(total, 1.5) * axbx * axbx
    term1 = term1_num / term1_den
    term2 = 0.5 * math.log(alpha / (total * x))
    term3 = math.sqrt(8 * alpha * beta / total) / (beta * x + alpha * (x - 1))
    term4_base = beta * math.log(beta / (total * (1 - x))) + alpha * math.log(alpha / (total * x))
    term4 = math.pow(term4_base, -1.5)
    term1234 = term1 + term2 * (term3 + (term4 if x < mean else -term4))
    return stirling * prefactor * term1234


_DIRICHLET_RATIONAL = (
    (((1.003668233, -0.01061107488, -0.0657888334, 0.01201642863),
      (0.6336835991, -0.3557432599, 0.05486251648, -0.001465281033),
      (-0.03276231906, 0.004474107445, 0.002429354597, -0.0001557569013)),
     ((0.221950385, -0.3187676331, 0.01799915743, 0.01074823814),
      (-0.2951249643, 0.06219954479, 0.01535556598, 0.001550077057),
      (0.02155310298, 0.004170831599, 0.001292462449, 6.976601077e-05)),
     ((-0.05980841433, 0.008441916499, 0.01085618172, 0.002319392565),
      (0.02911413504, 0.01400243777, -0.002721828457, 0.000751041181),
      (0.005900514878, -0.001936558688, -9.495446725e-06, 5.385558597e-05))),
    (((1, -0.02924021934, -0.04438342661, 0.007285809825),
      (0.6357567472, -0.3473456711, 0.05454656494, -0.002407477521),
      (-0.03301322327, 0.004845219414, 0.00231480583, -0.0002307248149)),
     ((0.5925320577, -0.1757678135, 0.01505928619, 0.000564515273),
      (0.1014815858, -0.06589186703, 0.01272886114, -0.0007316646956),
      (-0.007258481865, 0.001096195486, 0.0003934994223, -4.12701925e-05)),
     ((0.06469649321, -0.0236701437, 0.002902096474, -5.896963079e-05),
      (0.001925008108, -0.002869809258, 0.0008000589141, -6.063713228e-05),
      (-0.0003477407336, 6.959756487e-05, 1.097287507e-05, -1.650964693e-06))),
)


def _dirichlet_grad_one(x: Any, alpha: Any, total: Any, kind: type) -> Any:
    """ATen's dirichlet_grad_one: -(d/dalpha cdf(x; alpha, total - alpha)) / pdf / (1 - x)."""
    beta = total - alpha
    boundary = total * x * (kind(1) - x)
    if x <= 0.5 and boundary < 2.5:  # x close to 0
        return _beta_grad_alpha_small(x, alpha, beta, kind)
    if x >= 0.5 and boundary < 0.75:  # x close to 1
        return -_beta_grad_beta_small(kind(1) - x, beta, alpha, kind)
    x_, alpha_, total_ = float(x), float(alpha), float(total)
    beta_ = total_ - alpha_
    if alpha > 6 and beta > 6:
        return _beta_grad_alpha_mid(x_, alpha_, beta_)
    u = math.log(x_)
    a = math.log(alpha_) - u
    b = math.log(total_) - a
    pow_u, pow_a = (1.0, u, u * u), (1.0, a, a * a)
    p = q = 0.0
    for i in range(3):
        for j in range(3):
            ua = pow_u[i] * pow_a[j]
            cp, cq = _DIRICHLET_RATIONAL[0][i][j], _DIRICHLET_RATIONAL[1][i][j]
            p += ua * (cp[0] + b * (cp[1] + b * (cp[2] + b * cp[3])))
            q += ua * (cq[0] + b * (cq[1] + b * (cq[2] + b * cq[3])))
    # (the digammas in the tensor's type, of the double values rounded back to it)
    approx = x_ * float(_digamma_one(kind(total_), kind) - _digamma_one(kind(alpha_), kind)) / beta_
    return p / q * approx


def _kind(dtype: dtypes.dtype) -> type:
    if dtype not in (dtypes.float32, dtypes.float64):
        raise NotImplementedError(f"the gradient of a gamma draw of dtype {dtype} is not available in the embedded "
                                  "engine; `--backend torch` runs it.")
    return _F32 if dtype is dtypes.float32 else float


def standard_gamma_grad(self: Tensor, output: Tensor) -> Tensor:
    """``torch._standard_gamma_grad(alpha, x)``: d x / d alpha for draws x of Gamma(alpha, 1)."""
    _kind(self.dtype)  # float32 or float64 only
    alphas, draws = np.broadcast_arrays(self._data, output._data)
    values = [_standard_gamma_grad_one(float(a), float(x)) for a, x in zip(alphas.reshape(-1), draws.reshape(-1))]
    out = make(np.asarray(values, np.float64).astype(self.dtype.np).reshape(alphas.shape), self.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(_R["_standard_gamma_grad"], (self, output), out)
    return out


def dirichlet_grad(x: Tensor, alpha: Tensor, total: Tensor) -> Tensor:
    """``torch._dirichlet_grad(x, alpha, total)``: the Beta(alpha, total - alpha) draw's gradient."""
    kind = _kind(x.dtype)
    xs, alphas, totals = np.broadcast_arrays(x._data, alpha._data, total._data)
    values = [_dirichlet_grad_one(kind(v), kind(a), kind(t), kind)
              for v, a, t in zip(xs.reshape(-1), alphas.reshape(-1), totals.reshape(-1))]
    out = make(np.asarray([float(v) for v in values], np.float64).astype(x.dtype.np).reshape(xs.shape), x.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(_R["_dirichlet_grad"], (x, alpha, total), out)
    return out

"""``VonMises(loc, concentration)``: a distribution of angles.

Draws follow Best and Fisher's rejection method in float64 whatever the parameters' dtype (rounds of
three ``rand`` draws per entry until every entry is accepted), so a seeded script consumes PyTorch's
generator exactly as PyTorch does. The Bessel function in ``log_prob`` and ``variance`` is the
polynomial approximation PyTorch evaluates with tensor ops (Abramowitz and Stegun 9.8.1-9.8.4), in the
same order of operations, so its float32 results carry PyTorch's bits.
"""
from __future__ import annotations

import math
from typing import Any, Sequence, Union

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Size, Tensor
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.distribution import Distribution, broadcast_all, lazy_property
from autograd_tui.engine.grad_mode import no_grad

__all__ = ["VonMises"]

Number = Union[int, float]

# Polynomial coefficients of I0 and I1, lowest power first: for x < 3.75 in (x / 3.75)^2, and for
# larger x in 3.75 / x (then scaled by exp(x) / sqrt(x)).
_SMALL_ARGUMENT = (
    (1.0, 3.5156229, 3.0899424, 1.2067492, 0.2659732, 0.360768e-1, 0.45813e-2),
    (0.5, 0.87890594, 0.51498869, 0.15084934, 0.2658733e-1, 0.301532e-2, 0.32411e-3),
)
_LARGE_ARGUMENT = (
    (0.39894228, 0.1328592e-1, 0.225319e-2, -0.157565e-2, 0.916281e-2, -0.2057706e-1, 0.2635537e-1,
     -0.1647633e-1, 0.392377e-2),
    (0.39894228, -0.3988024e-1, -0.362018e-2, 0.163801e-2, -0.1031555e-1, 0.2282967e-1, -0.2895312e-1,
     0.1787654e-1, -0.420059e-2),
)


def _horner(y: Tensor, coefficients: Sequence[float]) -> Any:
    """sum c_i y^i, from the highest power down (a Python number plus a tensor at each step)."""
    result: Any = coefficients[-1]
    for c in reversed(coefficients[:-1]):
        result = c + y * result
    return result


def _log_bessel_i(x: Tensor, order: int) -> Tensor:
    """log I_order(x) for x > 0 and order 0 or 1: both approximations computed, one kept per entry."""
    y = x / 3.75
    small = _horner(y * y, _SMALL_ARGUMENT[order])
    if order == 1:
        small = x.abs() * small
    large = x - 0.5 * x.log() + _horner(3.75 / x, _LARGE_ARGUMENT[order]).log()
    return _F.where(x < 3.75, small.log(), large)


def _rejection_sample(loc: Tensor, concentration: Tensor, proposal_r: Tensor, x: Tensor) -> Tensor:
    """Rounds of proposals until each entry has accepted one; an accepted entry keeps its first angle."""
    done = _F.zeros(x.shape, dtype=dtypes.bool_)
    while not done.all():
        u1, u2, u3 = _F.rand((3,) + tuple(x.shape), dtype=loc.dtype).unbind()
        z = _F.cos(math.pi * u1)
        f = (1 + proposal_r * z) / (proposal_r + z)
        c = concentration * (proposal_r - f)
        accept = ((c * (2 - c) - u2) > 0) | ((c / u2).log() + 1 - c >= 0)
        if accept.any():
            x = _F.where(accept, (u3 - 0.5).sign() * f.acos(), x)
            done = done | accept
    return (x + math.pi + loc) % (2 * math.pi) - math.pi  # the angle moved to [-pi, pi)


class VonMises(Distribution):
    arg_constraints = {"loc": constraints.real, "concentration": constraints.positive}
    support = constraints.real
    has_rsample = False

    def __init__(self, loc: Union[Tensor, Number], concentration: Union[Tensor, Number],
                 validate_args: Any = None) -> None:
        self.loc, self.concentration = broadcast_all(loc, concentration)
        super().__init__(self.loc.shape, Size(), validate_args)

    def log_prob(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        log_prob = self.concentration * _F.cos(value - self.loc)
        return log_prob - math.log(2 * math.pi) - _log_bessel_i(self.concentration, 0)

    # The sampler's float64 copies of the parameters, made once
    @lazy_property
    def _loc(self) -> Tensor:
        return self.loc.to(dtypes.float64)

    @lazy_property
    def _concentration(self) -> Tensor:
        return self.concentration.to(dtypes.float64)

    @lazy_property
    def _proposal_r(self) -> Tensor:
        kappa = self._concentration
        tau = 1 + (1 + 4 * kappa ** 2).sqrt()
        rho = (tau - (2 * tau).sqrt()) / (2 * kappa)
        # below 1e-5 the exact form loses every digit: its expansion to second order instead
        return _F.where(kappa < 1e-5, 1 / kappa + kappa, (1 + rho ** 2) / (2 * rho))

    def sample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        with no_grad():
            x = _F.empty(self._extended_shape(sample_shape), dtype=dtypes.float64)
            return _rejection_sample(self._loc, self._concentration, self._proposal_r, x).to(self.loc.dtype)

    def expand(self, batch_shape: Sequence[int], _instance: Any = None) -> "VonMises":
        # a new distribution over the expanded parameters (its float64 copies made again when used)
        return type(self)(self.loc.expand(batch_shape), self.concentration.expand(batch_shape),
                          validate_args=self.__dict__.get("_validate_args"))

    @property
    def mean(self) -> Tensor:
        return self.loc  # the circular mean

    @property
    def mode(self) -> Tensor:
        return self.loc

    @lazy_property
    def variance(self) -> Tensor:
        # the circular variance, 1 - I1(k) / I0(k)
        ratio = (_log_bessel_i(self.concentration, 1) - _log_bessel_i(self.concentration, 0)).exp()
        return 1 - ratio


VonMises.__module__ = "torch.distributions.von_mises"

"""``GeneralizedPareto(loc, scale, concentration)``: sampled by its inverse cdf from ``torch.rand``, as
PyTorch writes it (concentration 0 is the exponential case), so samples, log_prob and gradients
are PyTorch's."""
from __future__ import annotations

import math
from typing import Any, Sequence, Union

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Size, Tensor
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.distribution import Distribution, broadcast_all

__all__ = ["GeneralizedPareto"]


class GeneralizedPareto(Distribution):
    arg_constraints = {"loc": constraints.real, "scale": constraints.positive, "concentration": constraints.real}
    has_rsample = True

    def __init__(self, loc: Union[Tensor, float], scale: Union[Tensor, float], concentration: Union[Tensor, float],
                 validate_args: Any = None) -> None:
        self.loc, self.scale, self.concentration = broadcast_all(loc, scale, concentration)
        plain_numbers = all(isinstance(v, (int, float)) for v in (loc, scale, concentration))
        batch_shape = Size() if plain_numbers else self.loc.size()
        super().__init__(batch_shape, validate_args=validate_args)

    def expand(self, batch_shape: Sequence[int], _instance: Any = None) -> "GeneralizedPareto":
        new = self._get_checked_instance(GeneralizedPareto, _instance)
        batch_shape = Size(tuple(batch_shape))
        new.loc = self.loc.expand(batch_shape)
        new.scale = self.scale.expand(batch_shape)
        new.concentration = self.concentration.expand(batch_shape)
        Distribution.__init__(new, batch_shape, validate_args=False)
        new._validate_args = self._validate_args
        return new

    def rsample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        shape = self._extended_shape(sample_shape)
        u = _F.rand(shape, dtype=self.loc.dtype)
        return self.icdf(u)

    def _safe_concentration(self) -> tuple[Tensor, Tensor]:
        """(where the concentration is 0, the concentration with those places set to 1)."""
        eq_zero = _F.isclose(self.concentration, _F.tensor(0.0))
        return eq_zero, _F.where(eq_zero, _F.ones_like(self.concentration), self.concentration)

    def log_prob(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        z = self._z(value)
        eq_zero, safe_conc = self._safe_concentration()
        y = 1 / safe_conc + _F.ones_like(z)
        where_nonzero = _F.where(y == 0, y, y * _F.log1p(safe_conc * z))
        log_scale = math.log(self.scale) if isinstance(self.scale, (int, float)) else self.scale.log()
        return -log_scale - _F.where(eq_zero, z, where_nonzero)

    def log_survival_function(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        z = self._z(value)
        eq_zero, safe_conc = self._safe_concentration()
        where_nonzero = -_F.log1p(safe_conc * z) / safe_conc
        return _F.where(eq_zero, -z, where_nonzero)

    def log_cdf(self, value: Tensor) -> Tensor:
        return _F.log1p(-_F.exp(self.log_survival_function(value)))

    def cdf(self, value: Tensor) -> Tensor:
        return _F.exp(self.log_cdf(value))

    def icdf(self, value: Tensor) -> Tensor:
        loc, scale, concentration = self.loc, self.scale, self.concentration
        eq_zero = _F.isclose(concentration, _F.zeros_like(concentration))
        safe_conc = _F.where(eq_zero, _F.ones_like(concentration), concentration)
        logu = _F.log1p(-value)
        where_nonzero = loc + scale / safe_conc * _F.expm1(-safe_conc * logu)
        where_zero = loc - scale * logu
        return _F.where(eq_zero, where_zero, where_nonzero)

    def _z(self, x: Tensor) -> Tensor:
        return (x - self.loc) / self.scale

    @property
    def mean(self) -> Tensor:
        valid = self.concentration < 1
        safe_conc = _F.where(valid, self.concentration, 0.5)
        result = self.loc + self.scale / (1 - safe_conc)
        return _F.where(valid, result, math.nan)

    @property
    def variance(self) -> Tensor:
        valid = self.concentration < 0.5
        safe_conc = _F.where(valid, self.concentration, 0.25)
        result = self.scale ** 2 / ((1 - safe_conc) ** 2 * (1 - 2 * safe_conc))
        return _F.where(valid, result, math.nan)

    def entropy(self) -> Tensor:
        ans = _F.log(self.scale) + self.concentration + 1
        return _F.broadcast_to(ans, self._batch_shape)

    @property
    def mode(self) -> Tensor:
        return self.loc

    @constraints.dependent_property(is_discrete=False, event_dim=0)
    def support(self) -> Any:
        lower = self.loc
        upper = _F.where(self.concentration < 0, lower - self.scale / self.concentration, math.inf)
        return constraints.interval(lower, upper)


GeneralizedPareto.__module__ = "torch.distributions.generalized_pareto"

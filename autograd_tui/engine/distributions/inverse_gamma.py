"""``InverseGamma(concentration, rate)``: 1/X for X ~ Gamma(concentration, rate)."""
from __future__ import annotations

import math
from typing import Any, Union

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.gamma import Gamma
from autograd_tui.engine.distributions.transformed_distribution import TransformedDistribution
from autograd_tui.engine.distributions.transforms import PowerTransform

__all__ = ["InverseGamma"]


class InverseGamma(TransformedDistribution):
    arg_constraints = {"concentration": constraints.positive, "rate": constraints.positive}
    support = constraints.positive
    has_rsample = True
    base_dist: Gamma

    def __init__(self, concentration: Union[Tensor, float], rate: Union[Tensor, float],
                 validate_args: Any = None) -> None:
        base = Gamma(concentration, rate, validate_args=validate_args)
        minus_one = -_F.ones((), dtype=base.rate.dtype)
        super().__init__(base, PowerTransform(minus_one), validate_args=validate_args)

    @property
    def concentration(self) -> Tensor:
        return self.base_dist.concentration

    @property
    def rate(self) -> Tensor:
        return self.base_dist.rate

    @property
    def mean(self) -> Tensor:
        result = self.rate / (self.concentration - 1)
        return _F.where(self.concentration > 1, result, math.inf)

    @property
    def mode(self) -> Tensor:
        return self.rate / (self.concentration + 1)

    @property
    def variance(self) -> Tensor:
        result = self.rate.square() / ((self.concentration - 1).square() * (self.concentration - 2))
        return _F.where(self.concentration > 2, result, math.inf)

    def entropy(self) -> Tensor:
        return (self.concentration + self.rate.log() + self.concentration.lgamma()
                - (1 + self.concentration) * self.concentration.digamma())


InverseGamma.__module__ = "torch.distributions.inverse_gamma"

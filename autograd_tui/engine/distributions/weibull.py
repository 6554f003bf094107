"""``Weibull(scale, concentration)``: a unit exponential draw raised to 1/concentration, times scale."""
from __future__ import annotations

from typing import Any, Union

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.distribution import broadcast_all
from autograd_tui.engine.distributions.exponential import Exponential
from autograd_tui.engine.distributions.gumbel import EULER_CONSTANT
from autograd_tui.engine.distributions.transformed_distribution import TransformedDistribution
from autograd_tui.engine.distributions.transforms import AffineTransform, PowerTransform

__all__ = ["Weibull"]


class Weibull(TransformedDistribution):
    arg_constraints = {"scale": constraints.positive, "concentration": constraints.positive}
    support = constraints.positive

    def __init__(self, scale: Union[Tensor, float], concentration: Union[Tensor, float],
                 validate_args: Any = None) -> None:
        self.scale, self.concentration = broadcast_all(scale, concentration)
        self.concentration_reciprocal = self.concentration.reciprocal()
        base = Exponential(_F.ones_like(self.scale), validate_args=validate_args)
        transforms = [PowerTransform(exponent=self.concentration_reciprocal), AffineTransform(loc=0, scale=self.scale)]
        super().__init__(base, transforms, validate_args=validate_args)

    @property
    def mean(self) -> Tensor:
        return self.scale * _F.exp(_F.lgamma(1 + self.concentration_reciprocal))

    @property
    def mode(self) -> Tensor:
        return self.scale * ((self.concentration - 1) / self.concentration) ** self.concentration.reciprocal()

    @property
    def variance(self) -> Tensor:
        return self.scale.pow(2) * (_F.exp(_F.lgamma(1 + 2 * self.concentration_reciprocal))
                                    - _F.exp(2 * _F.lgamma(1 + self.concentration_reciprocal)))

    def entropy(self) -> Tensor:
        return (EULER_CONSTANT * (1 - self.concentration_reciprocal)
                + _F.log(self.scale * self.concentration_reciprocal) + 1)


Weibull.__module__ = "torch.distributions.weibull"

"""``LogNormal(loc, scale)``: exp of a Normal, as a TransformedDistribution through ExpTransform."""
from __future__ import annotations

from typing import Any

from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.normal import Normal
from autograd_tui.engine.distributions.transformed_distribution import TransformedDistribution
from autograd_tui.engine.distributions.transforms import ExpTransform

__all__ = ["LogNormal"]


class LogNormal(TransformedDistribution):
    arg_constraints = {"loc": constraints.real, "scale": constraints.positive}
    support = constraints.positive
    has_rsample = True
    base_dist: Normal

    def __init__(self, loc: Any, scale: Any, validate_args: Any = None) -> None:
        super().__init__(Normal(loc, scale, validate_args=validate_args), ExpTransform(), validate_args=validate_args)

    @property
    def loc(self) -> Tensor:
        return self.base_dist.loc

    @property
    def scale(self) -> Tensor:
        return self.base_dist.scale

    @property
    def mean(self) -> Tensor:
        return (self.loc + self.scale.pow(2) / 2).exp()

    @property
    def mode(self) -> Tensor:
        return (self.loc - self.scale.square()).exp()

    @property
    def variance(self) -> Tensor:
        scale_sq = self.scale.pow(2)
        return scale_sq.expm1() * (2 * self.loc + scale_sq).exp()

    def entropy(self) -> Tensor:
        return self.base_dist.entropy() + self.loc


LogNormal.__module__ = "torch.distributions.log_normal"

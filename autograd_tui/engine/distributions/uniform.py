"""``Uniform(low, high)``: constant density on ``[low, high)``."""
from __future__ import annotations

import math
from typing import Any, Sequence, Union

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Size, Tensor
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.distribution import Distribution, broadcast_all

__all__ = ["Uniform"]

Number = Union[int, float]


class Uniform(Distribution):
    has_rsample = True

    @property
    def arg_constraints(self) -> dict:
        return {"low": constraints.less_than(self.high), "high": constraints.greater_than(self.low)}

    def __init__(self, low: Union[Tensor, Number], high: Union[Tensor, Number], validate_args: Any = None) -> None:
        self.low, self.high = broadcast_all(low, high)
        if not isinstance(low, Tensor) and not isinstance(high, Tensor):
            batch_shape = Size()
        else:
            batch_shape = self.low.size()
        super().__init__(batch_shape, validate_args=validate_args)

    @property
    def mean(self) -> Tensor:
        return (self.high + self.low) / 2

    @property
    def mode(self) -> Tensor:
        return math.nan * self.high

    @property
    def stddev(self) -> Tensor:
        return (self.high - self.low) / 12 ** 0.5

    @property
    def variance(self) -> Tensor:
        return (self.high - self.low).pow(2) / 12

    @property
    def support(self) -> constraints.Constraint:
        return constraints.interval(self.low, self.high)

    def rsample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        shape = self._extended_shape(sample_shape)
        rand = _F.rand(shape, dtype=self.low.dtype)
        return self.low + rand * (self.high - self.low)

    def log_prob(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        lb = self.low.le(value).type_as(self.low)
        ub = self.high.gt(value).type_as(self.low)
        return _F.log(lb.mul(ub)) - _F.log(self.high - self.low)

    def cdf(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        result = (value - self.low) / (self.high - self.low)
        return result.clamp(min=0, max=1)

    def icdf(self, value: Tensor) -> Tensor:
        return value * (self.high - self.low) + self.low

    def entropy(self) -> Tensor:
        return _F.log(self.high - self.low)


Uniform.__module__ = "torch.distributions.uniform"

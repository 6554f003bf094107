"""``Laplace(loc, scale)``: the double exponential, sampled (with a gradient) by inverting its CDF at
one uniform in (eps - 1, 1) per element, as PyTorch draws it."""
from __future__ import annotations

from typing import Any, Sequence, Union

import numpy as np

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Size, Tensor
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.distribution import Distribution, broadcast_all

__all__ = ["Laplace"]

Number = Union[int, float]


class Laplace(Distribution):
    arg_constraints = {"loc": constraints.real, "scale": constraints.positive}
    support = constraints.real
    has_rsample = True

    def __init__(self, loc: Union[Tensor, Number], scale: Union[Tensor, Number], validate_args: Any = None) -> None:
        self.loc, self.scale = broadcast_all(loc, scale)
        scalar = not isinstance(loc, Tensor) and not isinstance(scale, Tensor)
        super().__init__(Size() if scalar else self.loc.size(), validate_args=validate_args)

    @property
    def mean(self) -> Tensor:
        return self.loc

    @property
    def mode(self) -> Tensor:
        return self.loc

    @property
    def variance(self) -> Tensor:
        return 2 * self.scale.pow(2)

    @property
    def stddev(self) -> Tensor:
        return (2 ** 0.5) * self.scale

    def rsample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        shape = self._extended_shape(sample_shape)
        eps = float(np.finfo(self.loc.dtype.np).eps)
        u = _F.empty(shape, dtype=self.loc.dtype).uniform_(eps - 1, 1)
        return self.loc - self.scale * u.sign() * _F.log1p(-u.abs())

    def log_prob(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        return -_F.log(2 * self.scale) - _F.abs(value - self.loc) / self.scale

    def cdf(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        return 0.5 - 0.5 * (value - self.loc).sign() * _F.expm1(-(value - self.loc).abs() / self.scale)

    def icdf(self, value: Tensor) -> Tensor:
        term = value - 0.5
        return self.loc - self.scale * term.sign() * _F.log1p(-2 * term.abs())

    def entropy(self) -> Tensor:
        return 1 + _F.log(2 * self.scale)


Laplace.__module__ = "torch.distributions.laplace"

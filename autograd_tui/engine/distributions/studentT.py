"""``StudentT(df, loc, scale)``: a normal draw over the root of a chi-squared one, in that order of
draws (PyTorch's)."""
from __future__ import annotations

import math
from typing import Any, Sequence, Union

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Size, Tensor
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.chi2 import Chi2
from autograd_tui.engine.distributions.distribution import Distribution, broadcast_all

__all__ = ["StudentT"]

Number = Union[int, float]


class StudentT(Distribution):
    arg_constraints = {"df": constraints.positive, "loc": constraints.real, "scale": constraints.positive}
    support = constraints.real
    has_rsample = True

    def __init__(self, df: Union[Tensor, Number], loc: Union[Tensor, Number] = 0.0,
                 scale: Union[Tensor, Number] = 1.0, validate_args: Any = None) -> None:
        self.df, self.loc, self.scale = broadcast_all(df, loc, scale)
        self._chi2 = Chi2(self.df)
        super().__init__(self.df.size(), validate_args=validate_args)

    @property
    def mean(self) -> Tensor:
        m = self.loc.clone()
        m[self.df <= 1] = math.nan
        return m

    @property
    def mode(self) -> Tensor:
        return self.loc

    @property
    def variance(self) -> Tensor:
        m = self.df.clone()
        finite = self.df > 2
        m[finite] = self.scale[finite].pow(2) * self.df[finite] / (self.df[finite] - 2)
        m[(self.df <= 2) & (self.df > 1)] = math.inf
        m[self.df <= 1] = math.nan
        return m

    def rsample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        shape = self._extended_shape(sample_shape)
        x = _F.empty(shape, dtype=self.df.dtype).normal_()
        z = self._chi2.rsample(sample_shape)
        y = x * _F.rsqrt(z / self.df)
        return self.loc + self.scale * y

    def log_prob(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        y = (value - self.loc) / self.scale
        z = (self.scale.log() + 0.5 * self.df.log() + 0.5 * math.log(math.pi)
             + _F.lgamma(0.5 * self.df) - _F.lgamma(0.5 * (self.df + 1.0)))
        return -0.5 * (self.df + 1.0) * _F.log1p(y ** 2.0 / self.df) - z

    def entropy(self) -> Tensor:
        lbeta = _F.lgamma(0.5 * self.df) + math.lgamma(0.5) - _F.lgamma(0.5 * (self.df + 1))
        return (self.scale.log()
                + 0.5 * (self.df + 1) * (_F.digamma(0.5 * (self.df + 1)) - _F.digamma(0.5 * self.df))
                + 0.5 * self.df.log() + lbeta)


StudentT.__module__ = "torch.distributions.studentT"

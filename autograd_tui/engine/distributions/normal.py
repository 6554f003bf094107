"""``Normal(loc, scale)``: the Gaussian, with reparameterised sampling."""
from __future__ import annotations as _annotations

import math
from typing import Any as _Any, Sequence as _Sequence, Union as _Union

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Size as _Size, Tensor
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.exp_family import ExponentialFamily as _ExponentialFamily
from autograd_tui.engine.distributions.distribution import batch_shape_of as _batch_shape_of, broadcast_all
from autograd_tui.engine.grad_mode import no_grad as _no_grad

__all__ = ["Normal"]

_Number = _Union[int, float]


class Normal(_ExponentialFamily):
    arg_constraints = {"loc": constraints.real, "scale": constraints.positive}
    support = constraints.real
    has_rsample = True

    def __init__(self, loc: _Union[Tensor, _Number], scale: _Union[Tensor, _Number],
                 validate_args: _Any = None) -> None:
        self.loc, self.scale = broadcast_all(loc, scale)
        super().__init__(_batch_shape_of(self.loc, loc, scale), validate_args=validate_args)

    @property
    def mean(self) -> Tensor:
        return self.loc

    @property
    def mode(self) -> Tensor:
        return self.loc

    @property
    def stddev(self) -> Tensor:
        return self.scale

    @property
    def variance(self) -> Tensor:
        return self.stddev.pow(2)

    def sample(self, sample_shape: _Sequence[int] = _Size()) -> Tensor:
        shape = self._extended_shape(sample_shape)
        with _no_grad():
            return _F.normal(self.loc.expand(shape), self.scale.expand(shape))

    def rsample(self, sample_shape: _Sequence[int] = _Size()) -> Tensor:
        shape = self._extended_shape(sample_shape)
        eps = _F.empty(shape, dtype=self.loc.dtype).normal_()
        return self.loc + eps * self.scale

    def log_prob(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        var = self.scale ** 2
        log_scale = self.scale.log()
        return -((value - self.loc) ** 2) / (2 * var) - log_scale - math.log(math.sqrt(2 * math.pi))

    def entropy(self) -> Tensor:
        return 0.5 + 0.5 * math.log(2 * math.pi) + _F.log(self.scale)

    def cdf(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        return 0.5 * (1 + _F.erf((value - self.loc) * self.scale.reciprocal() / math.sqrt(2)))

    def icdf(self, value: Tensor) -> Tensor:
        return self.loc + self.scale * _F.erfinv(2 * value - 1) * math.sqrt(2)


Normal.__module__ = "torch.distributions.normal"

"""``Exponential(rate)`` and ``Poisson(rate)``, drawn with the engine's exponential_ and poisson
(PyTorch's CPU draws)."""
from __future__ import annotations

from typing import Any, Sequence, Union

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Size, Tensor
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.exp_family import ExponentialFamily
from autograd_tui.engine.distributions.distribution import broadcast_all
from autograd_tui.engine.grad_mode import no_grad

__all__ = ["Exponential", "Poisson"]

Number = Union[int, float]


class Exponential(ExponentialFamily):
    arg_constraints = {"rate": constraints.positive}
    support = constraints.nonnegative
    has_rsample = True

    def __init__(self, rate: Union[Tensor, Number], validate_args: Any = None) -> None:
        (self.rate,) = broadcast_all(rate)
        super().__init__(Size() if not isinstance(rate, Tensor) else self.rate.size(), validate_args=validate_args)

    @property
    def mean(self) -> Tensor:
        return self.rate.reciprocal()

    @property
    def mode(self) -> Tensor:
        return _F.zeros_like(self.rate)

    @property
    def stddev(self) -> Tensor:
        return self.rate.reciprocal()

    @property
    def variance(self) -> Tensor:
        return self.rate.pow(-2)

    def rsample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        shape = self._extended_shape(sample_shape)
        # a unit-rate draw scaled afterwards, so the gradient reaches the rate
        return _F.empty(shape, dtype=self.rate.dtype).exponential_() / self.rate

    def log_prob(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        return self.rate.log() - self.rate * value

    def cdf(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        return 1 - _F.exp(-self.rate * value)

    def icdf(self, value: Tensor) -> Tensor:
        return -_F.log1p(-value) / self.rate

    def entropy(self) -> Tensor:
        return 1.0 - _F.log(self.rate)


class Poisson(ExponentialFamily):
    arg_constraints = {"rate": constraints.nonnegative}
    support = constraints.nonnegative_integer

    def __init__(self, rate: Union[Tensor, Number], validate_args: Any = None) -> None:
        (self.rate,) = broadcast_all(rate)
        super().__init__(Size() if not isinstance(rate, Tensor) else self.rate.size(), validate_args=validate_args)

    @property
    def mean(self) -> Tensor:
        return self.rate

    @property
    def mode(self) -> Tensor:
        return self.rate.floor()

    @property
    def variance(self) -> Tensor:
        return self.rate

    def sample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        shape = self._extended_shape(sample_shape)
        with no_grad():
            return _F.poisson(self.rate.expand(shape))

    def log_prob(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        rate, value = broadcast_all(self.rate, value)
        return value.xlogy(rate) - rate - (value + 1).lgamma()


Exponential.__module__ = "torch.distributions.exponential"
Poisson.__module__ = "torch.distributions.poisson"

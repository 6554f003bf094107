"""``Kumaraswamy(concentration1, concentration0)``: a uniform draw through ``u -> (1 - u^(1/b))^(1/a)``,
composed of PyTorch's transforms in PyTorch's order, so samples, log_prob and gradients are theirs."""
from __future__ import annotations

from typing import Any, Union

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.distribution import broadcast_all
from autograd_tui.engine.distributions.gumbel import EULER_CONSTANT
from autograd_tui.engine.distributions.transformed_distribution import TransformedDistribution
from autograd_tui.engine.distributions.transforms import AffineTransform, PowerTransform
from autograd_tui.engine.distributions.uniform import Uniform

__all__ = ["Kumaraswamy"]


def _moments(a: Tensor, b: Tensor, n: int) -> Tensor:
    """The n-th moment, b B(1 + n/a, b), through lgamma."""
    arg1 = 1 + n / a
    log_value = _F.lgamma(arg1) + _F.lgamma(b) - _F.lgamma(arg1 + b)
    return b * _F.exp(log_value)


class Kumaraswamy(TransformedDistribution):
    arg_constraints = {"concentration1": constraints.positive, "concentration0": constraints.positive}
    support = constraints.unit_interval
    has_rsample = True

    def __init__(self, concentration1: Union[Tensor, float], concentration0: Union[Tensor, float],
                 validate_args: Any = None) -> None:
        self.concentration1, self.concentration0 = broadcast_all(concentration1, concentration0)
        base = Uniform(_F.full_like(self.concentration0, 0), _F.full_like(self.concentration0, 1),
                       validate_args=validate_args)
        transforms = [PowerTransform(exponent=self.concentration0.reciprocal()), AffineTransform(loc=1.0, scale=-1.0),
                      PowerTransform(exponent=self.concentration1.reciprocal())]
        super().__init__(base, transforms, validate_args=validate_args)

    @property
    def mean(self) -> Tensor:
        return _moments(self.concentration1, self.concentration0, 1)

    @property
    def mode(self) -> Tensor:
        # in log space, for stability
        log_mode = (self.concentration0.reciprocal() * (-self.concentration0).log1p()
                    - (-self.concentration0 * self.concentration1).log1p())
        log_mode[(self.concentration0 < 1) | (self.concentration1 < 1)] = float("nan")
        return log_mode.exp()

    @property
    def variance(self) -> Tensor:
        return _moments(self.concentration1, self.concentration0, 2) - _F.pow(self.mean, 2)

    def entropy(self) -> Tensor:
        t1 = 1 - self.concentration1.reciprocal()
        t0 = 1 - self.concentration0.reciprocal()
        h0 = _F.digamma(self.concentration0 + 1) + EULER_CONSTANT
        return t0 + t1 * h0 - _F.log(self.concentration1) - _F.log(self.concentration0)


Kumaraswamy.__module__ = "torch.distributions.kumaraswamy"

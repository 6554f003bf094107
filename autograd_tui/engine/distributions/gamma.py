"""``Gamma(concentration, rate)``, sampled with PyTorch's own draws (``_sampling.standard_gamma``)."""
from __future__ import annotations

from typing import Any, Sequence, Union

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Size, Tensor
from autograd_tui.engine.distributions import _sampling, constraints
from autograd_tui.engine.distributions.exp_family import ExponentialFamily
from autograd_tui.engine.distributions.distribution import broadcast_all
from autograd_tui.engine.grad_mode import is_grad_enabled

__all__ = ["Gamma", "no_reparameterized_gradient"]

Number = Union[int, float]


def no_reparameterized_gradient(name: str, *params: Tensor) -> None:
    """rsample's gradient through a Dirichlet draw (ATen's _dirichlet_grad) is not in the engine."""
    if is_grad_enabled() and any(p.requires_grad for p in params):
        raise NotImplementedError(f"{name}.rsample() with parameters that require grad (the gradient of a gamma draw) "
                                  "is not available in the embedded engine; `--backend torch` runs it.")


class Gamma(ExponentialFamily):
    arg_constraints = {"concentration": constraints.positive, "rate": constraints.positive}
    support = constraints.nonnegative
    has_rsample = True

    def __init__(self, concentration: Union[Tensor, Number], rate: Union[Tensor, Number],
                 validate_args: Any = None) -> None:
        self.concentration, self.rate = broadcast_all(concentration, rate)
        numbers = not isinstance(concentration, Tensor) and not isinstance(rate, Tensor)
        super().__init__(Size() if numbers else self.concentration.size(), validate_args=validate_args)

    @property
    def mean(self) -> Tensor:
        return self.concentration / self.rate

    @property
    def mode(self) -> Tensor:
        return ((self.concentration - 1) / self.rate).clamp(min=0)

    @property
    def variance(self) -> Tensor:
        return self.concentration / self.rate.pow(2)

    def rsample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        shape = self._extended_shape(sample_shape)
        value = _sampling.standard_gamma(self.concentration.expand(shape)) / self.rate.expand(shape)
        value.detach().clamp_(min=dtypes.finfo(value.dtype).tiny)  # in place, outside the graph
        return value

    def log_prob(self, value: Tensor) -> Tensor:
        value = _F.as_tensor(value, dtype=self.rate.dtype)
        if self._validate_args:
            self._validate_sample(value)
        return (_F.xlogy(self.concentration, self.rate) + _F.xlogy(self.concentration - 1, value)
                - self.rate * value - _F.lgamma(self.concentration))

    def entropy(self) -> Tensor:
        return (self.concentration - _F.log(self.rate) + _F.lgamma(self.concentration)
                + (1.0 - self.concentration) * _F.digamma(self.concentration))


Gamma.__module__ = "torch.distributions.gamma"

"""``RelaxedBernoulli(temperature, probs=... | logits=...)``: the concrete relaxation of a coin
flip, a value in (0, 1) that tends to 0 or 1 as the temperature falls; reparameterised, so
``rsample`` keeps the graph. It is ``LogitRelaxedBernoulli`` (logistic noise added to the
logits, divided by the temperature) pushed through a sigmoid, as PyTorch builds it.
"""
from __future__ import annotations

from typing import Any, Optional, Sequence, Union

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Size, Tensor
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.bernoulli import clamp_probs, logits_to_probs, probs_to_logits
from autograd_tui.engine.distributions.distribution import Distribution, broadcast_all, lazy_property
from autograd_tui.engine.distributions.transformed_distribution import TransformedDistribution
from autograd_tui.engine.distributions.transforms import SigmoidTransform

__all__ = ["LogitRelaxedBernoulli", "RelaxedBernoulli"]

Number = Union[int, float]


class LogitRelaxedBernoulli(Distribution):
    arg_constraints = {"probs": constraints.unit_interval, "logits": constraints.real}
    support = constraints.real

    def __init__(self, temperature: Any, probs: Optional[Union[Tensor, Number]] = None,
                 logits: Optional[Union[Tensor, Number]] = None, validate_args: Any = None) -> None:
        self.temperature = temperature
        if (probs is None) == (logits is None):
            raise ValueError("Either `probs` or `logits` must be specified, but not both.")
        given = probs if probs is not None else logits
        (param,) = broadcast_all(given)
        if probs is not None:
            self.probs = param
        else:
            self.logits = param
        self._param = param
        super().__init__(Size() if not isinstance(given, Tensor) else param.size(), validate_args=validate_args)

    @lazy_property
    def logits(self) -> Tensor:
        return probs_to_logits(self.probs, is_binary=True)

    @lazy_property
    def probs(self) -> Tensor:
        return logits_to_probs(self.logits, is_binary=True)

    @property
    def param_shape(self) -> Size:
        return self._param.size()

    def rsample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        shape = self._extended_shape(sample_shape)
        probs = clamp_probs(self.probs.expand(shape))
        uniforms = clamp_probs(_F.rand(shape, dtype=probs.dtype))
        # logistic noise plus the logits, both written as log-odds
        return (uniforms.log() - (-uniforms).log1p() + probs.log() - (-probs).log1p()) / self.temperature

    def log_prob(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        logits, value = broadcast_all(self.logits, value)
        diff = logits - value.mul(self.temperature)
        return self.temperature.log() + diff - 2 * diff.exp().log1p()


class RelaxedBernoulli(TransformedDistribution):
    arg_constraints = {"probs": constraints.unit_interval, "logits": constraints.real}
    support = constraints.unit_interval
    has_rsample = True
    base_dist: LogitRelaxedBernoulli

    def __init__(self, temperature: Any, probs: Optional[Union[Tensor, Number]] = None,
                 logits: Optional[Union[Tensor, Number]] = None, validate_args: Any = None) -> None:
        super().__init__(LogitRelaxedBernoulli(temperature, probs, logits), SigmoidTransform(),
                         validate_args=validate_args)

    @property
    def temperature(self) -> Any:
        return self.base_dist.temperature

    @property
    def logits(self) -> Tensor:
        return self.base_dist.logits

    @property
    def probs(self) -> Tensor:
        return self.base_dist.probs


LogitRelaxedBernoulli.__module__ = RelaxedBernoulli.__module__ = "torch.distributions.relaxed_bernoulli"

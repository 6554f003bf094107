"""``RelaxedBernoulli(temperature, probs | logits)`` (the binary Concrete / Gumbel-sigmoid): a
logistic draw over the temperature, squashed by a sigmoid."""
from __future__ import annotations

from typing import Any, Optional, Sequence, Union

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Size, Tensor
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.bernoulli import BinaryProbs, clamp_probs
from autograd_tui.engine.distributions.distribution import Distribution, broadcast_all
from autograd_tui.engine.distributions.transformed_distribution import TransformedDistribution
from autograd_tui.engine.distributions.transforms import SigmoidTransform

__all__ = ["LogitRelaxedBernoulli", "RelaxedBernoulli", "RelaxedParameters"]

Number = Union[int, float]


class LogitRelaxedBernoulli(BinaryProbs, Distribution):
    _kept_by_expand = ("temperature",)
    arg_constraints = {"probs": constraints.unit_interval, "logits": constraints.real}
    support = constraints.real

    def __init__(self, temperature: Tensor, probs: Optional[Union[Tensor, Number]] = None,
                 logits: Optional[Union[Tensor, Number]] = None, validate_args: Any = None) -> None:
        self.temperature = temperature
        if (probs is None) == (logits is None):
            raise ValueError("Either `probs` or `logits` must be specified, but not both.")
        if probs is not None:
            (self.probs,) = broadcast_all(probs)
        else:
            (self.logits,) = broadcast_all(logits)
        given = probs if probs is not None else logits
        self._param = self.probs if probs is not None else self.logits
        super().__init__(self._param.size() if isinstance(given, Tensor) else Size(), validate_args=validate_args)

    @property
    def param_shape(self) -> Size:
        return self._param.size()

    def rsample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        shape = self._extended_shape(sample_shape)
        probs = clamp_probs(self.probs.expand(shape))
        uniforms = clamp_probs(_F.rand(shape, dtype=probs.dtype))
        return (uniforms.log() - (-uniforms).log1p() + probs.log() - (-probs).log1p()) / self.temperature

    def log_prob(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        logits, value = broadcast_all(self.logits, value)
        diff = logits - value.mul(self.temperature)
        return self.temperature.log() + diff - 2 * diff.exp().log1p()


class RelaxedParameters:
    """A relaxed distribution's temperature, logits and probs: its base distribution's."""

    base_dist: Any

    @property
    def temperature(self) -> Tensor:
        return self.base_dist.temperature

    @property
    def logits(self) -> Tensor:
        return self.base_dist.logits

    @property
    def probs(self) -> Tensor:
        return self.base_dist.probs


class RelaxedBernoulli(RelaxedParameters, TransformedDistribution):
    arg_constraints = {"probs": constraints.unit_interval, "logits": constraints.real}
    support = constraints.unit_interval
    has_rsample = True
    base_dist: LogitRelaxedBernoulli

    def __init__(self, temperature: Tensor, probs: Optional[Union[Tensor, Number]] = None,
                 logits: Optional[Union[Tensor, Number]] = None, validate_args: Any = None) -> None:
        base = LogitRelaxedBernoulli(temperature, probs, logits)
        super().__init__(base, SigmoidTransform(), validate_args=validate_args)


LogitRelaxedBernoulli.__module__ = RelaxedBernoulli.__module__ = "torch.distributions.relaxed_bernoulli"

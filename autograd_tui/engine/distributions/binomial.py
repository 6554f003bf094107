"""``Binomial(total_count=1, probs=... | logits=...)``: successes in ``total_count`` independent trials."""
from __future__ import annotations

from typing import Any, Optional, Sequence, Union

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Size, Tensor
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.bernoulli import BinaryProbs
from autograd_tui.engine.distributions.distribution import Distribution, broadcast_all
from autograd_tui.engine.grad_mode import no_grad

__all__ = ["Binomial"]

Number = Union[int, float]


class Binomial(BinaryProbs, Distribution):
    arg_constraints = {"total_count": constraints.nonnegative_integer, "probs": constraints.unit_interval,
                       "logits": constraints.real}
    has_enumerate_support = True

    def __init__(self, total_count: Union[Tensor, Number] = 1, probs: Optional[Union[Tensor, Number]] = None,
                 logits: Optional[Union[Tensor, Number]] = None, validate_args: Any = None) -> None:
        if (probs is None) == (logits is None):
            raise ValueError("Either `probs` or `logits` must be specified, but not both.")
        if probs is not None:
            count, self.probs = broadcast_all(total_count, probs)
            self._param = self.probs
        else:
            count, self.logits = broadcast_all(total_count, logits)
            self._param = self.logits
        self.total_count = count.type_as(self._param)  # an int count takes the parameter's type
        super().__init__(self._param.size(), validate_args=validate_args)

    @constraints.dependent_property(is_discrete=True, event_dim=0)
    def support(self) -> constraints.Constraint:
        return constraints.integer_interval(0, self.total_count)

    @property
    def mean(self) -> Tensor:
        return self.total_count * self.probs

    @property
    def mode(self) -> Tensor:
        return ((self.total_count + 1) * self.probs).floor().clamp(max=self.total_count)

    @property
    def variance(self) -> Tensor:
        return self.total_count * self.probs * (1 - self.probs)

    @property
    def param_shape(self) -> Size:
        return self._param.size()

    def sample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        shape = self._extended_shape(sample_shape)
        with no_grad():
            return _F.binomial(self.total_count.expand(shape), self.probs.expand(shape))

    def log_prob(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        n = self.total_count
        # k log p + (n - k) log(1 - p) written with the logit t: k t - n (max(t, 0) + log1p(exp(-|t|))),
        # finite for any t; max(t, 0) as the average of two clamps, as PyTorch takes it.
        t = self.logits
        positive = (t.clamp(min=0) + t - t.clamp(max=0)) / 2
        normaliser = n * positive + n * _F.log1p(_F.exp(-_F.abs(t))) - _F.lgamma(n + 1)
        # subtracted in PyTorch's order (log k!, then log (n - k)!, then the normaliser): float32 rounds each step
        return value * t - _F.lgamma(value + 1) - _F.lgamma(n - value + 1) - normaliser

    def _homogeneous_count(self, what: str) -> int:
        top = int(self.total_count.max())
        if not bool(self.total_count.min() == top):
            raise NotImplementedError(f"Inhomogeneous total count not supported by `{what}`.")
        return top

    def entropy(self) -> Tensor:
        self._homogeneous_count("entropy")
        log_p = self.log_prob(self.enumerate_support(False))
        return -(_F.exp(log_p) * log_p).sum(0)

    def enumerate_support(self, expand: bool = True) -> Tensor:
        top = self._homogeneous_count("enumerate_support")
        values = _F.arange(1 + top, dtype=self._param.dtype)
        values = values.view((-1,) + (1,) * len(self._batch_shape))
        if expand:
            values = values.expand((-1,) + tuple(self._batch_shape))
        return values


Binomial.__module__ = "torch.distributions.binomial"

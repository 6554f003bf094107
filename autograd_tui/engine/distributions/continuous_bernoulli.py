"""``ContinuousBernoulli(probs=... | logits=...)``: a density on [0, 1] proportional to
``probs**x * (1 - probs)**(1 - x)`` (Loaiza-Ganem and Cunningham, 2019).

Its normalizing constant, mean and variance divide by ``2 * probs - 1``, which vanishes at 1/2: inside
``lims`` (0.499 to 0.501 by default) PyTorch uses Taylor expansions around 1/2 instead, and feeds the
exact formulas a harmless ``probs`` there (``_cut_probs``) so that their unused branch stays finite
for gradients. Draws are the inverse cdf of ``rand`` draws, so ``rsample`` is differentiable.
"""
from __future__ import annotations

import math
from typing import Any, Optional, Sequence, Union

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Size, Tensor
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.bernoulli import clamp_probs, logits_to_probs, probs_to_logits
from autograd_tui.engine.distributions.distribution import broadcast_all, lazy_property
from autograd_tui.engine.distributions.exp_family import ExponentialFamily
from autograd_tui.engine.grad_mode import no_grad
from autograd_tui.engine.nn import functional as F

__all__ = ["ContinuousBernoulli"]

Number = Union[int, float]


class ContinuousBernoulli(ExponentialFamily):
    arg_constraints = {"probs": constraints.unit_interval, "logits": constraints.real}
    support = constraints.unit_interval
    _mean_carrier_measure = 0
    has_rsample = True

    def __init__(self, probs: Optional[Union[Tensor, Number]] = None, logits: Optional[Union[Tensor, Number]] = None,
                 lims: tuple = (0.499, 0.501), validate_args: Any = None) -> None:
        if (probs is None) == (logits is None):
            raise ValueError("Either `probs` or `logits` must be specified, but not both.")
        if probs is not None:
            is_scalar = not isinstance(probs, Tensor)
            (self.probs,) = broadcast_all(probs)
            # checked before the clamp below would hide a value outside [0, 1]
            if validate_args is not None and not self.arg_constraints["probs"].check(self.probs).all():
                raise ValueError("The parameter probs has invalid values")
            self.probs = clamp_probs(self.probs)
        else:
            is_scalar = not isinstance(logits, Tensor)
            (self.logits,) = broadcast_all(logits)
        self._param = self.probs if probs is not None else self.logits
        self._lims = lims
        super().__init__(Size() if is_scalar else self._param.size(), validate_args=validate_args)

    def expand(self, batch_shape: Sequence[int], _instance: Any = None) -> "ContinuousBernoulli":
        new = self._get_checked_instance(ContinuousBernoulli, _instance)
        new._lims = self._lims
        batch_shape = Size(tuple(batch_shape))
        if "probs" in self.__dict__:
            new.probs = self.probs.expand(batch_shape)
            new._param = new.probs
        if "logits" in self.__dict__:
            new.logits = self.logits.expand(batch_shape)
            new._param = new.logits
        ExponentialFamily.__init__(new, batch_shape, validate_args=False)
        new._validate_args = self._validate_args
        return new

    def _new(self, *args: Any, **kwargs: Any) -> Tensor:
        return self._param.new(*args, **kwargs)

    def _outside_unstable_region(self) -> Tensor:
        return _F.maximum(_F.le(self.probs, self._lims[0]), _F.gt(self.probs, self._lims[1]))

    def _cut_probs(self) -> Tensor:
        return _F.where(self._outside_unstable_region(), self.probs, self._lims[0] * _F.ones_like(self.probs))

    def _cont_bern_log_norm(self) -> Tensor:
        """The log normalizing constant, as a function of ``probs``."""
        cut_probs = self._cut_probs()
        below_half = _F.where(_F.le(cut_probs, 0.5), cut_probs, _F.zeros_like(cut_probs))
        above_half = _F.where(_F.ge(cut_probs, 0.5), cut_probs, _F.ones_like(cut_probs))
        log_norm = _F.log(_F.abs(_F.log1p(-cut_probs) - _F.log(cut_probs))) - _F.where(
            _F.le(cut_probs, 0.5), _F.log1p(-2.0 * below_half), _F.log(2.0 * above_half - 1.0))
        x = _F.pow(self.probs - 0.5, 2)
        taylor = math.log(2.0) + (4.0 / 3.0 + 104.0 / 45.0 * x) * x
        return _F.where(self._outside_unstable_region(), log_norm, taylor)

    @property
    def mean(self) -> Tensor:
        cut_probs = self._cut_probs()
        mus = cut_probs / (2.0 * cut_probs - 1.0) + 1.0 / (_F.log1p(-cut_probs) - _F.log(cut_probs))
        x = self.probs - 0.5
        taylor = 0.5 + (1.0 / 3.0 + 16.0 / 45.0 * _F.pow(x, 2)) * x
        return _F.where(self._outside_unstable_region(), mus, taylor)

    @property
    def stddev(self) -> Tensor:
        return _F.sqrt(self.variance)

    @property
    def variance(self) -> Tensor:
        cut_probs = self._cut_probs()
        exact = cut_probs * (cut_probs - 1.0) / _F.pow(1.0 - 2.0 * cut_probs, 2) + 1.0 / _F.pow(
            _F.log1p(-cut_probs) - _F.log(cut_probs), 2)
        x = _F.pow(self.probs - 0.5, 2)
        taylor = 1.0 / 12.0 - (1.0 / 15.0 - 128.0 / 945.0 * x) * x
        return _F.where(self._outside_unstable_region(), exact, taylor)

    @lazy_property
    def logits(self) -> Tensor:
        return probs_to_logits(self.probs, is_binary=True)

    @lazy_property
    def probs(self) -> Tensor:
        return clamp_probs(logits_to_probs(self.logits, is_binary=True))

    @property
    def param_shape(self) -> Size:
        return self._param.size()

    def sample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        u = _F.rand(self._extended_shape(sample_shape), dtype=self.probs.dtype)
        with no_grad():
            return self.icdf(u)

    def rsample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        return self.icdf(_F.rand(self._extended_shape(sample_shape), dtype=self.probs.dtype))

    def log_prob(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        logits, value = broadcast_all(self.logits, value)
        return -F.binary_cross_entropy_with_logits(logits, value, reduction="none") + self._cont_bern_log_norm()

    def cdf(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        cut_probs = self._cut_probs()
        cdfs = (_F.pow(cut_probs, value) * _F.pow(1.0 - cut_probs, 1.0 - value) + cut_probs - 1.0) / (
            2.0 * cut_probs - 1.0)
        unbounded = _F.where(self._outside_unstable_region(), cdfs, value)
        return _F.where(_F.le(value, 0.0), _F.zeros_like(value),
                        _F.where(_F.ge(value, 1.0), _F.ones_like(value), unbounded))

    def icdf(self, value: Tensor) -> Tensor:
        cut_probs = self._cut_probs()
        exact = (_F.log1p(-cut_probs + value * (2.0 * cut_probs - 1.0)) - _F.log1p(-cut_probs)) / (
            _F.log(cut_probs) - _F.log1p(-cut_probs))
        return _F.where(self._outside_unstable_region(), exact, value)

    def entropy(self) -> Tensor:
        log_probs0 = _F.log1p(-self.probs)
        log_probs1 = _F.log(self.probs)
        return self.mean * (log_probs0 - log_probs1) - self._cont_bern_log_norm() - log_probs0

    @property
    def _natural_params(self) -> tuple:
        return (self.logits,)

    def _log_normalizer(self, x: Tensor) -> Tensor:  # type: ignore[override]
        """The log normalizing constant, as a function of the natural parameter."""
        outside = _F.maximum(_F.le(x, self._lims[0] - 0.5), _F.gt(x, self._lims[1] - 0.5))
        cut = _F.where(outside, x, (self._lims[0] - 0.5) * _F.ones_like(x))
        log_norm = _F.log(_F.abs(_F.expm1(cut))) - _F.log(_F.abs(cut))
        taylor = 0.5 * x + _F.pow(x, 2) / 24.0 - _F.pow(x, 4) / 2880.0
        return _F.where(outside, log_norm, taylor)


ContinuousBernoulli.__module__ = "torch.distributions.continuous_bernoulli"

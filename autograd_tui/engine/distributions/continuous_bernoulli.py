"""``ContinuousBernoulli(probs=... | logits=...)``: the density ``C(p) p^x (1 - p)^(1 - x)`` on [0, 1]
(Loaiza-Ganem and Cunningham, 2019), the likelihood of a VAE's pixels in [0, 1].

``C(p)`` is ``2 artanh(1 - 2p) / (1 - 2p)``, which is 0/0 at p = 1/2: inside the region ``lims``
around it (default (0.499, 0.501)) PyTorch evaluates the closed forms at ``lims[0]`` and returns a
Taylor polynomial in ``p - 1/2`` instead; the engine does the same, op for op, so that float32
rounds alike. ``probs`` is clamped to ``[eps, 1 - eps]`` (the given one and the one computed from
``logits``).
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
            (given,) = broadcast_all(probs)
            # checked before the clamp below would hide a value outside [0, 1]
            if validate_args is not None and not self.arg_constraints["probs"].check(given).all():
                raise ValueError("The parameter probs has invalid values")
            self.probs = clamp_probs(given)
        else:
            is_scalar = not isinstance(logits, Tensor)
            (self.logits,) = broadcast_all(logits)
        self._param = self.probs if probs is not None else self.logits
        self._lims = lims
        super().__init__(Size() if is_scalar else self._param.size(), validate_args=validate_args)

    @lazy_property
    def logits(self) -> Tensor:
        return probs_to_logits(self.probs, is_binary=True)

    @lazy_property
    def probs(self) -> Tensor:
        return clamp_probs(logits_to_probs(self.logits, is_binary=True))

    @property
    def param_shape(self) -> Size:
        return self._param.size()

    # -- the region around p = 1/2 where the closed forms are replaced by Taylor polynomials
    def _outside_unstable_region(self) -> Tensor:
        low, high = self._lims
        return _F.maximum(_F.le(self.probs, low), _F.gt(self.probs, high))

    def _cut_probs(self) -> Tensor:
        """``probs`` outside the region, ``lims[0]`` inside it (where the closed forms are not used)."""
        return _F.where(self._outside_unstable_region(), self.probs, self._lims[0] * _F.ones_like(self.probs))

    def _log_odds_gap(self, cut: Tensor) -> Tensor:
        return _F.log1p(-cut) - _F.log(cut)

    def _cont_bern_log_norm(self) -> Tensor:
        """log C(p)."""
        cut = self._cut_probs()
        below_half = _F.where(_F.le(cut, 0.5), cut, _F.zeros_like(cut))
        above_half = _F.where(_F.ge(cut, 0.5), cut, _F.ones_like(cut))
        log_one_minus_2p = _F.where(_F.le(cut, 0.5), _F.log1p(-2.0 * below_half), _F.log(2.0 * above_half - 1.0))
        closed = _F.log(_F.abs(self._log_odds_gap(cut))) - log_one_minus_2p
        x = _F.pow(self.probs - 0.5, 2)
        taylor = math.log(2.0) + (4.0 / 3.0 + 104.0 / 45.0 * x) * x
        return _F.where(self._outside_unstable_region(), closed, taylor)

    @property
    def mean(self) -> Tensor:
        cut = self._cut_probs()
        closed = cut / (2.0 * cut - 1.0) + 1.0 / self._log_odds_gap(cut)
        x = self.probs - 0.5
        taylor = 0.5 + (1.0 / 3.0 + 16.0 / 45.0 * _F.pow(x, 2)) * x
        return _F.where(self._outside_unstable_region(), closed, taylor)

    @property
    def variance(self) -> Tensor:
        cut = self._cut_probs()
        closed = cut * (cut - 1.0) / _F.pow(1.0 - 2.0 * cut, 2) + 1.0 / _F.pow(self._log_odds_gap(cut), 2)
        x = _F.pow(self.probs - 0.5, 2)
        taylor = 1.0 / 12.0 - (1.0 / 15.0 - 128.0 / 945.0 * x) * x
        return _F.where(self._outside_unstable_region(), closed, taylor)

    @property
    def stddev(self) -> Tensor:
        return _F.sqrt(self.variance)

    def sample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        u = _F.rand(self._extended_shape(sample_shape), dtype=self.probs.dtype)
        with no_grad():
            return self.icdf(u)

    def rsample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        u = _F.rand(self._extended_shape(sample_shape), dtype=self.probs.dtype)
        return self.icdf(u)

    def log_prob(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        logits, value = broadcast_all(self.logits, value)
        return -F.binary_cross_entropy_with_logits(logits, value, reduction="none") + self._cont_bern_log_norm()

    def cdf(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        cut = self._cut_probs()
        closed = (_F.pow(cut, value) * _F.pow(1.0 - cut, 1.0 - value) + cut - 1.0) / (2.0 * cut - 1.0)
        inside = _F.where(self._outside_unstable_region(), closed, value)
        return _F.where(_F.le(value, 0.0), _F.zeros_like(value),
                        _F.where(_F.ge(value, 1.0), _F.ones_like(value), inside))

    def icdf(self, value: Tensor) -> Tensor:
        cut = self._cut_probs()
        closed = ((_F.log1p(-cut + value * (2.0 * cut - 1.0)) - _F.log1p(-cut))
                  / (_F.log(cut) - _F.log1p(-cut)))
        return _F.where(self._outside_unstable_region(), closed, value)

    def entropy(self) -> Tensor:
        log_q = _F.log1p(-self.probs)
        log_p = _F.log(self.probs)
        return self.mean * (log_q - log_p) - self._cont_bern_log_norm() - log_q

    @property
    def _natural_params(self) -> tuple:
        return (self.logits,)

    def _log_normalizer(self, x: Tensor) -> Tensor:  # type: ignore[override]  # one natural parameter
        """log C as a function of the natural parameter (the logit), with its own Taylor region around 0."""
        low, high = self._lims[0] - 0.5, self._lims[1] - 0.5
        outside = _F.maximum(_F.le(x, low), _F.gt(x, high))
        cut = _F.where(outside, x, low * _F.ones_like(x))
        closed = _F.log(_F.abs(_F.expm1(cut))) - _F.log(_F.abs(cut))
        taylor = 0.5 * x + _F.pow(x, 2) / 24.0 - _F.pow(x, 4) / 2880.0
        return _F.where(outside, closed, taylor)


ContinuousBernoulli.__module__ = "torch.distributions.continuous_bernoulli"

"""KL divergences to and from ``ContinuousBernoulli``, PyTorch's formulas (registered into ``kl``'s table
on import). A family whose support reaches outside [0, 1] is infinitely far from it; a Uniform is too,
unless its interval lies strictly inside [0, 1] (and, the other way round, strictly covers it)."""
from __future__ import annotations

import math

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.distributions.beta import Beta
from autograd_tui.engine.distributions.continuous_bernoulli import ContinuousBernoulli
from autograd_tui.engine.distributions.exponential import Exponential
from autograd_tui.engine.distributions.gamma import Gamma
from autograd_tui.engine.distributions.gumbel import Gumbel
from autograd_tui.engine.distributions.kl import register_kl
from autograd_tui.engine.distributions.kl_mixed import _infinite_from
from autograd_tui.engine.distributions.laplace import Laplace
from autograd_tui.engine.distributions.normal import Normal
from autograd_tui.engine.distributions.pareto import Pareto
from autograd_tui.engine.distributions.uniform import Uniform

__all__: list[str] = []

_infinite_from("probs", (ContinuousBernoulli, Pareto))
_infinite_from("rate", (Exponential, ContinuousBernoulli))
_infinite_from("concentration", (Gamma, ContinuousBernoulli))
_infinite_from("loc", (Gumbel, ContinuousBernoulli), (Laplace, ContinuousBernoulli), (Normal, ContinuousBernoulli))
_infinite_from("scale", (Pareto, ContinuousBernoulli))


@register_kl(ContinuousBernoulli, ContinuousBernoulli)
def _kl_continuous_bernoulli_continuous_bernoulli(p: ContinuousBernoulli, q: ContinuousBernoulli) -> Tensor:
    t1 = p.mean * (p.logits - q.logits)
    t2 = p._cont_bern_log_norm() + _F.log1p(-p.probs)
    t3 = -q._cont_bern_log_norm() - _F.log1p(-q.probs)
    return t1 + t2 + t3


@register_kl(Beta, ContinuousBernoulli)
def _kl_beta_continuous_bernoulli(p: Beta, q: ContinuousBernoulli) -> Tensor:
    # q's log density is linear in x: the cross-entropy needs only p's mean
    return -p.entropy() - p.mean * q.logits - _F.log1p(-q.probs) - q._cont_bern_log_norm()


@register_kl(ContinuousBernoulli, Exponential)
def _kl_continuous_bernoulli_exponential(p: ContinuousBernoulli, q: Exponential) -> Tensor:
    return -p.entropy() - _F.log(q.rate) + q.rate * p.mean


@register_kl(ContinuousBernoulli, Normal)
def _kl_continuous_bernoulli_normal(p: ContinuousBernoulli, q: Normal) -> Tensor:
    t1 = -p.entropy()
    t2 = 0.5 * (math.log(2.0 * math.pi) + _F.square(q.loc / q.scale)) + _F.log(q.scale)
    t3 = (p.variance + _F.square(p.mean) - 2.0 * q.loc * p.mean) / (2.0 * _F.square(q.scale))
    return t1 + t2 + t3


@register_kl(ContinuousBernoulli, Uniform)
def _kl_continuous_bernoulli_uniform(p: ContinuousBernoulli, q: Uniform) -> Tensor:
    result = -p.entropy() + (q.high - q.low).log()
    misses = _F.maximum(_F.ge(q.low, p.support.lower_bound), _F.le(q.high, p.support.upper_bound))
    return _F.where(misses, _F.ones_like(result) * math.inf, result)


@register_kl(Uniform, ContinuousBernoulli)
def _kl_uniform_continuous_bernoulli(p: Uniform, q: ContinuousBernoulli) -> Tensor:
    result = -p.entropy() - p.mean * q.logits - _F.log1p(-q.probs) - q._cont_bern_log_norm()
    misses = _F.maximum(_F.ge(p.high, q.support.upper_bound), _F.le(p.low, q.support.lower_bound))
    return _F.where(misses, _F.ones_like(result) * math.inf, result)

"""``kl_divergence(p, q)`` and ``register_kl``: one registry of KL formulas keyed by a pair of
distribution types, looked up by subclass as PyTorch does (``Chi2`` uses Gamma's formula), so a
learner's own ``@register_kl`` pairs take part too. Pairs within a family are here, pairs of two
families in ``kl_mixed`` (loaded with the package)."""
from __future__ import annotations

import math
import warnings
from typing import Any, Callable

import numpy as np

from autograd_tui.engine import functions as _F
from autograd_tui.engine import missing as _missing
from autograd_tui.engine._tensor import Tensor, _user_stacklevel
from autograd_tui.engine.distributions.bernoulli import Bernoulli
from autograd_tui.engine.distributions.beta import Beta
from autograd_tui.engine.distributions.binomial import Binomial
from autograd_tui.engine.distributions.categorical import Categorical
from autograd_tui.engine.distributions.cauchy import Cauchy
from autograd_tui.engine.distributions.dirichlet import Dirichlet
from autograd_tui.engine.distributions.distribution import Distribution
from autograd_tui.engine.distributions.exp_family import ExponentialFamily
from autograd_tui.engine.distributions.exponential import Exponential, Poisson
from autograd_tui.engine.distributions.gamma import Gamma
from autograd_tui.engine.distributions.geometric import Geometric
from autograd_tui.engine.distributions.gumbel import EULER_CONSTANT, Gumbel
from autograd_tui.engine.distributions.half_normal import HalfNormal
from autograd_tui.engine.distributions.independent import Independent, sum_rightmost
from autograd_tui.engine.distributions.laplace import Laplace
from autograd_tui.engine.distributions.multivariate_normal import MultivariateNormal, mahalanobis
from autograd_tui.engine.distributions.normal import Normal
from autograd_tui.engine.distributions.one_hot_categorical import OneHotCategorical
from autograd_tui.engine.distributions.pareto import Pareto
from autograd_tui.engine.distributions.transformed_distribution import TransformedDistribution
from autograd_tui.engine.distributions.uniform import Uniform
from autograd_tui.engine.linalg import solve_triangular
from autograd_tui.engine.nn import functional as F

__all__ = ["kl_divergence", "register_kl"]

KLFormula = Callable[[Any, Any], Tensor]
_REGISTRY: dict[tuple[type, type], KLFormula] = {}
_CHOSEN: dict[tuple[type, type], Any] = {}  # the formula found for each pair of exact types

def register_kl(type_p: type, type_q: type) -> Callable[[KLFormula], KLFormula]:
    """Decorator: ``fun(p, q)`` is KL(p || q) for ``p`` of ``type_p`` and ``q`` of ``type_q`` (or subclasses)."""
    if not isinstance(type_p, type) and issubclass(type_p, Distribution):
        raise TypeError(f"Expected type_p to be a Distribution subclass but got {type_p}")
    if not isinstance(type_q, type) and issubclass(type_q, Distribution):
        raise TypeError(f"Expected type_q to be a Distribution subclass but got {type_q}")

    def decorator(fun: KLFormula) -> KLFormula:
        _REGISTRY[type_p, type_q] = fun
        _CHOSEN.clear()
        return fun
    return decorator


def _more_specific(a: tuple, b: tuple) -> bool:
    """Whether the pair ``a`` comes before ``b``: compared type by type, the first that differs decides."""
    for x, y in zip(a, b):
        if not issubclass(x, y):
            return False
        if x is not y:
            break
    return True


def _most_specific(pairs: list) -> tuple:
    best = pairs[0]
    for pair in pairs[1:]:
        if _more_specific(pair, best) and pair != best:
            best = pair
    return best


def _dispatch(type_p: type, type_q: type) -> Any:
    matches = [(p, q) for p, q in _REGISTRY if issubclass(type_p, p) and issubclass(type_q, q)]
    if not matches:
        return NotImplemented
    left_p, left_q = _most_specific(matches)
    right_q, right_p = _most_specific([(q, p) for p, q in matches])
    left, right = _REGISTRY[left_p, left_q], _REGISTRY[right_p, right_q]
    if left is not right:
        warnings.warn(f"Ambiguous kl_divergence({type_p.__name__}, {type_q.__name__}). "
                      f"Please register_kl({left_p.__name__}, {right_q.__name__})", RuntimeWarning,
                      stacklevel=_user_stacklevel())
    return left


def kl_divergence(p: Distribution, q: Distribution) -> Tensor:
    key = (type(p), type(q))
    if key not in _CHOSEN:
        _CHOSEN[key] = _dispatch(*key)
    fun = _CHOSEN[key]
    if fun is NotImplemented:
        raise NotImplementedError(f"No KL(p || q) is implemented for p type {p.__class__.__name__} and q type "
                                  f"{q.__class__.__name__}")
    return fun(p, q)


def event_shape_mismatch(which: str) -> str:
    """PyTorch's message, whose source line continuation leaves a run of spaces in it."""
    return f"KL-divergence between two {which} with" + " " * 26 + "different event shapes cannot be computed"


def _infinite_like(tensor: Tensor) -> Tensor:
    return _F.full_like(tensor, math.inf)


@register_kl(ExponentialFamily, ExponentialFamily)
def _kl_expfamily_expfamily(p: ExponentialFamily, q: ExponentialFamily) -> Tensor:
    if type(p) is not type(q):
        raise NotImplementedError("The cross KL-divergence between different exponential families cannot "
                                  + " " * 28 + "be computed using Bregman divergences")
    # PyTorch's Bregman divergence needs the natural parameters, which the engine's families lack
    raise _missing.not_in_engine(f"kl_divergence({type(p).__name__}, {type(q).__name__})")


@register_kl(Normal, Normal)
def _kl_normal_normal(p: Normal, q: Normal) -> Tensor:
    var_ratio = (p.scale / q.scale).pow(2)
    t1 = ((p.loc - q.loc) / q.scale).pow(2)
    return 0.5 * (var_ratio + t1 - 1 - var_ratio.log())


@register_kl(MultivariateNormal, MultivariateNormal)
def _kl_mvn_mvn(p: MultivariateNormal, q: MultivariateNormal) -> Tensor:
    """log det L_q - log det L_p + (|L_q^-1 L_p|_F^2 + |L_q^-1 (mu_q - mu_p)|^2 - n) / 2."""
    if p.event_shape != q.event_shape:
        raise ValueError(event_shape_mismatch("Multivariate Normals"))
    lp, lq = p._unbroadcasted_scale_tril, q._unbroadcasted_scale_tril
    log_det_gap = (lq.diagonal(dim1=-2, dim2=-1).log().sum(-1)
                   - lp.diagonal(dim1=-2, dim2=-1).log().sum(-1))
    n = p.event_shape[0]
    batch = tuple(np.broadcast_shapes(tuple(lq.shape[:-2]), tuple(lp.shape[:-2])))
    ratio = solve_triangular(lq.expand(batch + (n, n)), lp.expand(batch + (n, n)), upper=False)
    trace = ratio.reshape(batch + (n * n,)).pow(2).sum(-1)
    return log_det_gap + 0.5 * (trace + mahalanobis(lq, q.loc - p.loc) - n)


@register_kl(Bernoulli, Bernoulli)
def _kl_bernoulli_bernoulli(p: Bernoulli, q: Bernoulli) -> Tensor:
    t1 = p.probs * (F.softplus(-q.logits) - F.softplus(-p.logits))
    t1[q.probs == 0] = math.inf
    t1[p.probs == 0] = 0
    t2 = (1 - p.probs) * (F.softplus(q.logits) - F.softplus(p.logits))
    t2[q.probs == 1] = math.inf
    t2[p.probs == 1] = 0
    return t1 + t2


@register_kl(Categorical, Categorical)
def _kl_categorical_categorical(p: Categorical, q: Categorical) -> Tensor:
    t = p.probs * (p.logits - q.logits)
    t[(q.probs == 0).expand_as(t)] = math.inf
    t[(p.probs == 0).expand_as(t)] = 0
    return t.sum(-1)


@register_kl(OneHotCategorical, OneHotCategorical)
def _kl_onehot_onehot(p: OneHotCategorical, q: OneHotCategorical) -> Tensor:
    return _kl_categorical_categorical(p._categorical, q._categorical)


@register_kl(Independent, Independent)
def _kl_independent_independent(p: Independent, q: Independent) -> Tensor:
    if p.reinterpreted_batch_ndims != q.reinterpreted_batch_ndims:
        raise NotImplementedError
    return sum_rightmost(kl_divergence(p.base_dist, q.base_dist), p.reinterpreted_batch_ndims)


@register_kl(TransformedDistribution, TransformedDistribution)
def _kl_transformed_transformed(p: TransformedDistribution, q: TransformedDistribution) -> Tensor:
    if p.transforms != q.transforms or p.event_shape != q.event_shape:
        raise NotImplementedError
    return kl_divergence(p.base_dist, q.base_dist)


@register_kl(HalfNormal, HalfNormal)
def _kl_halfnormal_halfnormal(p: HalfNormal, q: HalfNormal) -> Tensor:
    return _kl_normal_normal(p.base_dist, q.base_dist)


@register_kl(Beta, Beta)
def _kl_beta_beta(p: Beta, q: Beta) -> Tensor:
    sum_p = p.concentration1 + p.concentration0
    sum_q = q.concentration1 + q.concentration0
    t1 = q.concentration1.lgamma() + q.concentration0.lgamma() + sum_p.lgamma()
    t2 = p.concentration1.lgamma() + p.concentration0.lgamma() + sum_q.lgamma()
    t3 = (p.concentration1 - q.concentration1) * _F.digamma(p.concentration1)
    t4 = (p.concentration0 - q.concentration0) * _F.digamma(p.concentration0)
    t5 = (sum_q - sum_p) * _F.digamma(sum_p)
    return t1 - t2 + t3 + t4 + t5


@register_kl(Binomial, Binomial)
def _kl_binomial_binomial(p: Binomial, q: Binomial) -> Tensor:
    if (p.total_count < q.total_count).any():
        raise NotImplementedError("KL between Binomials where q.total_count > p.total_count is not implemented")
    kl = p.total_count * (p.probs * (p.logits - q.logits) + (-p.probs).log1p() - (-q.probs).log1p())
    more = p.total_count > q.total_count
    kl[more] = _infinite_like(kl[more])
    return kl


@register_kl(Dirichlet, Dirichlet)
def _kl_dirichlet_dirichlet(p: Dirichlet, q: Dirichlet) -> Tensor:
    sum_p = p.concentration.sum(-1)
    sum_q = q.concentration.sum(-1)
    t1 = sum_p.lgamma() - sum_q.lgamma()
    t2 = (p.concentration.lgamma() - q.concentration.lgamma()).sum(-1)
    t3 = p.concentration - q.concentration
    t4 = p.concentration.digamma() - sum_p.digamma().unsqueeze(-1)
    return t1 - t2 + (t3 * t4).sum(-1)


@register_kl(Exponential, Exponential)
def _kl_exponential_exponential(p: Exponential, q: Exponential) -> Tensor:
    rate_ratio = q.rate / p.rate
    return -rate_ratio.log() + rate_ratio - 1


@register_kl(Gamma, Gamma)
def _kl_gamma_gamma(p: Gamma, q: Gamma) -> Tensor:
    t1 = q.concentration * (p.rate / q.rate).log()
    t2 = _F.lgamma(q.concentration) - _F.lgamma(p.concentration)
    t3 = (p.concentration - q.concentration) * _F.digamma(p.concentration)
    t4 = (q.rate - p.rate) * (p.concentration / p.rate)
    return t1 + t2 + t3 + t4


@register_kl(Gumbel, Gumbel)
def _kl_gumbel_gumbel(p: Gumbel, q: Gumbel) -> Tensor:
    ct1 = p.scale / q.scale
    ct2 = q.loc / q.scale
    ct3 = p.loc / q.scale
    t1 = -ct1.log() - ct2 + ct3
    t2 = ct1 * EULER_CONSTANT
    t3 = _F.exp(ct2 + (1 + ct1).lgamma() - ct3)
    return t1 + t2 + t3 - (1 + EULER_CONSTANT)


@register_kl(Geometric, Geometric)
def _kl_geometric_geometric(p: Geometric, q: Geometric) -> Tensor:
    return -p.entropy() - _F.log1p(-q.probs) / p.probs - q.logits


@register_kl(Laplace, Laplace)
def _kl_laplace_laplace(p: Laplace, q: Laplace) -> Tensor:
    scale_ratio = p.scale / q.scale
    loc_abs_diff = (p.loc - q.loc).abs()
    t1 = -scale_ratio.log()
    t2 = loc_abs_diff / q.scale
    t3 = scale_ratio * _F.exp(-loc_abs_diff / p.scale)
    return t1 + t2 + t3 - 1


@register_kl(Normal, Laplace)
def _kl_normal_laplace(p: Normal, q: Laplace) -> Tensor:
    loc_diff = p.loc - q.loc
    scale_ratio = p.scale / q.scale
    loc_diff_scale_ratio = loc_diff / p.scale
    t1 = _F.log(scale_ratio)
    t2 = math.sqrt(2 / math.pi) * p.scale * _F.exp(-0.5 * loc_diff_scale_ratio.pow(2))
    t3 = loc_diff * _F.erf(math.sqrt(0.5) * loc_diff_scale_ratio)
    return -t1 + (t2 + t3) / q.scale - 0.5 * (1 + math.log(0.5 * math.pi))


@register_kl(Pareto, Pareto)
def _kl_pareto_pareto(p: Pareto, q: Pareto) -> Tensor:
    scale_ratio = p.scale / q.scale
    alpha_ratio = q.alpha / p.alpha
    t1 = q.alpha * scale_ratio.log()
    t2 = -alpha_ratio.log()
    result = t1 + t2 + alpha_ratio - 1
    result[p.support.lower_bound < q.support.lower_bound] = math.inf
    return result


@register_kl(Poisson, Poisson)
def _kl_poisson_poisson(p: Poisson, q: Poisson) -> Tensor:
    return p.rate * (p.rate.log() - q.rate.log()) - (p.rate - q.rate)


@register_kl(Uniform, Uniform)
def _kl_uniform_uniform(p: Uniform, q: Uniform) -> Tensor:
    result = ((q.high - q.low) / (p.high - p.low)).log()
    result[(q.low > p.low) | (q.high < p.high)] = math.inf
    return result


@register_kl(Uniform, Normal)
def _kl_uniform_normal(p: Uniform, q: Normal) -> Tensor:
    common_term = p.high - p.low
    t1 = (math.sqrt(math.pi * 2) * q.scale / common_term).log()
    t2 = common_term.pow(2) / 12
    t3 = ((p.high + p.low - 2 * q.loc) / 2).pow(2)
    return t1 + 0.5 * (t2 + t3) / q.scale.pow(2)


@register_kl(Cauchy, Cauchy)
def _kl_cauchy_cauchy(p: Cauchy, q: Cauchy) -> Tensor:
    t1 = ((p.scale + q.scale).pow(2) + (p.loc - q.loc).pow(2)).log()
    t2 = (4 * p.scale * q.scale).log()
    return t1 - t2


kl_divergence.__module__ = register_kl.__module__ = "torch.distributions.kl"

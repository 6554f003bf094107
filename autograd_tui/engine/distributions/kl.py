"""``kl_divergence(p, q)`` for the pairs of distributions the engine has."""
from __future__ import annotations

from typing import Any, Callable

import numpy as np

from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.distributions.bernoulli import Bernoulli
from autograd_tui.engine.distributions.categorical import Categorical
from autograd_tui.engine.distributions.distribution import Distribution
from autograd_tui.engine.distributions.geometric import Geometric
from autograd_tui.engine.distributions.independent import Independent, sum_rightmost
from autograd_tui.engine.distributions.laplace import Laplace
from autograd_tui.engine.distributions.multivariate_normal import MultivariateNormal, mahalanobis
from autograd_tui.engine.distributions.normal import Normal
from autograd_tui.engine.linalg import solve_triangular
from autograd_tui.engine.nn import functional as F

__all__ = ["kl_divergence"]


def _kl_normal_normal(p: Normal, q: Normal) -> Tensor:
    var_ratio = (p.scale / q.scale).pow(2)
    t1 = ((p.loc - q.loc) / q.scale).pow(2)
    return 0.5 * (var_ratio + t1 - 1 - var_ratio.log())


def _kl_mvn_mvn(p: MultivariateNormal, q: MultivariateNormal) -> Tensor:
    """log det L_q - log det L_p + (|L_q^-1 L_p|_F^2 + |L_q^-1 (mu_q - mu_p)|^2 - n) / 2."""
    if p.event_shape != q.event_shape:
        raise ValueError("KL-divergence between two Multivariate Normals with different event shapes cannot be "
                         "computed")
    lp, lq = p._unbroadcasted_scale_tril, q._unbroadcasted_scale_tril
    log_det_gap = (lq.diagonal(dim1=-2, dim2=-1).log().sum(-1)
                   - lp.diagonal(dim1=-2, dim2=-1).log().sum(-1))
    n = p.event_shape[0]
    batch = tuple(np.broadcast_shapes(tuple(lq.shape[:-2]), tuple(lp.shape[:-2])))
    ratio = solve_triangular(lq.expand(batch + (n, n)), lp.expand(batch + (n, n)), upper=False)
    trace = ratio.reshape(batch + (n * n,)).pow(2).sum(-1)
    return log_det_gap + 0.5 * (trace + mahalanobis(lq, q.loc - p.loc) - n)


def _kl_bernoulli_bernoulli(p: Bernoulli, q: Bernoulli) -> Tensor:
    t1 = p.probs * (F.softplus(-q.logits) - F.softplus(-p.logits))
    t1[q.probs == 0] = float("inf")
    t1[p.probs == 0] = 0
    t2 = (1 - p.probs) * (F.softplus(q.logits) - F.softplus(p.logits))
    t2[q.probs == 1] = float("inf")
    t2[p.probs == 1] = 0
    return t1 + t2


def _kl_categorical_categorical(p: Categorical, q: Categorical) -> Tensor:
    t = p.probs * (p.logits - q.logits)
    t[(q.probs == 0).expand_as(t)] = float("inf")
    t[(p.probs == 0).expand_as(t)] = 0
    return t.sum(-1)


def _kl_geometric_geometric(p: Geometric, q: Geometric) -> Tensor:
    return -p.entropy() - (-q.probs).log1p() / p.probs - q.logits


def _kl_laplace_laplace(p: Laplace, q: Laplace) -> Tensor:
    scale_ratio = p.scale / q.scale
    loc_gap = (p.loc - q.loc).abs()
    return -scale_ratio.log() + loc_gap / q.scale + scale_ratio * (-loc_gap / p.scale).exp() - 1


def _kl_independent_independent(p: Independent, q: Independent) -> Tensor:
    if p.reinterpreted_batch_ndims != q.reinterpreted_batch_ndims:
        raise NotImplementedError
    return sum_rightmost(kl_divergence(p.base_dist, q.base_dist), p.reinterpreted_batch_ndims)


# Keyed by the exact pair of types; each function takes that pair.
_KL: dict[tuple[type, type], Callable[[Any, Any], Tensor]] = {
    (Normal, Normal): _kl_normal_normal, (Bernoulli, Bernoulli): _kl_bernoulli_bernoulli,
    (MultivariateNormal, MultivariateNormal): _kl_mvn_mvn,
    (Categorical, Categorical): _kl_categorical_categorical, (Independent, Independent): _kl_independent_independent,
    (Geometric, Geometric): _kl_geometric_geometric, (Laplace, Laplace): _kl_laplace_laplace}


def kl_divergence(p: Distribution, q: Distribution) -> Tensor:
    fn = _KL.get((type(p), type(q)))
    if fn is None:
        raise NotImplementedError(f"No KL(p || q) is implemented for p type {p.__class__.__name__} and q type "
                                  f"{q.__class__.__name__}")
    return fn(p, q)


kl_divergence.__module__ = "torch.distributions.kl"

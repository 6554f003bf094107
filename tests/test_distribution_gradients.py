"""Gradients of the distributions' log_prob, entropy, rsample and kl_divergence against central
finite differences in float64 (the scheme of ``test_nn_gradients``)."""
from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

import autograd_tui.engine as torch
from autograd_tui.engine import distributions as D
from test_nn_gradients import SETTINGS, check_gradients, seeds


def _positive(rng, shape):
    return rng.random(shape) + 0.5


@SETTINGS
@given(seed=seeds)
def test_normal_log_prob_and_entropy(seed):
    rng = np.random.default_rng(seed)
    arrays = [rng.standard_normal(4), _positive(rng, 4), rng.standard_normal(4)]
    check_gradients(lambda loc, scale, x: D.Normal(loc, scale).log_prob(x), arrays, rng, second_order=True)
    check_gradients(lambda scale: D.Normal(0.0, scale).entropy(), [_positive(rng, 3)], rng)


@SETTINGS
@given(seed=seeds)
def test_normal_cdf_and_icdf(seed):
    rng = np.random.default_rng(seed)
    check_gradients(lambda loc, scale, x: D.Normal(loc, scale).cdf(x),
                    [rng.standard_normal(4), _positive(rng, 4), rng.standard_normal(4)], rng)
    check_gradients(lambda loc, scale, q: D.Normal(loc, scale).icdf(q),
                    [rng.standard_normal(3), _positive(rng, 3), rng.random(3) * 0.8 + 0.1], rng)
    x = torch.tensor(rng.standard_normal(5))
    # near x = 0, cdf(x) is about 0.5: the round trip keeps the absolute error of a double there (1e-16),
    # not a relative one
    np.testing.assert_allclose(D.Normal(0.0, 1.0).icdf(D.Normal(0.0, 1.0).cdf(x)).numpy(), x.numpy(), rtol=1e-9,
                               atol=1e-15)


@SETTINGS
@given(seed=seeds)
def test_normal_rsample_is_differentiable_in_its_parameters(seed):
    rng = np.random.default_rng(seed)

    def fn(loc, scale):
        torch.manual_seed(seed)  # the same noise at every evaluation
        return D.Normal(loc, scale).rsample((3,))
    check_gradients(fn, [rng.standard_normal(2), _positive(rng, 2)], rng)


@SETTINGS
@given(seed=seeds)
def test_uniform_rsample_and_log_prob(seed):
    rng = np.random.default_rng(seed)
    low, width = rng.standard_normal(3), _positive(rng, 3)

    def fn(low, high):
        torch.manual_seed(seed)
        return D.Uniform(low, high).rsample((2,))
    check_gradients(fn, [low, low + width], rng)
    check_gradients(lambda lo, hi: D.Uniform(lo, hi).entropy(), [low, low + width], rng)


@SETTINGS
@given(seed=seeds)
def test_bernoulli_log_prob_and_entropy(seed):
    rng = np.random.default_rng(seed)
    value = torch.tensor(rng.integers(0, 2, 5).astype(np.float64))
    check_gradients(lambda logits: D.Bernoulli(logits=logits).log_prob(value), [rng.standard_normal(5) * 2], rng)
    check_gradients(lambda logits: D.Bernoulli(logits=logits).entropy(), [rng.standard_normal(5) * 2], rng)
    probs = rng.random(5) * 0.8 + 0.1
    check_gradients(lambda p: D.Bernoulli(probs=p).log_prob(value), [probs], rng)


@SETTINGS
@given(seed=seeds, batched=st.booleans())
def test_categorical_log_prob_and_entropy(seed, batched):
    rng = np.random.default_rng(seed)
    shape = (2, 4) if batched else (4,)
    value = torch.tensor(rng.integers(0, 4, shape[:-1]))
    check_gradients(lambda logits: D.Categorical(logits=logits).log_prob(value), [rng.standard_normal(shape)], rng)
    check_gradients(lambda logits: D.Categorical(logits=logits).entropy(), [rng.standard_normal(shape)], rng)
    check_gradients(lambda p: D.Categorical(probs=p).log_prob(value), [rng.random(shape) + 0.1], rng)


@SETTINGS
@given(seed=seeds)
def test_kl_normal_normal(seed):
    rng = np.random.default_rng(seed)
    arrays = [rng.standard_normal(3), _positive(rng, 3), rng.standard_normal(3), _positive(rng, 3)]
    check_gradients(lambda m1, s1, m2, s2: D.kl_divergence(D.Normal(m1, s1), D.Normal(m2, s2)), arrays, rng)


def test_categorical_sample_frequencies_follow_the_probabilities():
    torch.manual_seed(0)
    draws = D.Categorical(torch.tensor([0.1, 0.2, 0.7])).sample((20000,)).numpy()
    freq = np.bincount(draws, minlength=3) / draws.size
    np.testing.assert_allclose(freq, [0.1, 0.2, 0.7], atol=0.015)


def _lower_factor(rng, n):
    return np.tril(rng.standard_normal((n, n)) * 0.3) + np.eye(n) * 1.5


@SETTINGS
@given(seed=seeds)
def test_multivariate_normal_log_prob_entropy_kl(seed):
    rng = np.random.default_rng(seed)
    mvn = D.MultivariateNormal
    check_gradients(lambda loc, tril, x: mvn(loc, scale_tril=tril.tril()).log_prob(x),
                    [rng.standard_normal(3), _lower_factor(rng, 3), rng.standard_normal((2, 3))], rng)
    check_gradients(lambda tril: mvn(torch.zeros(3, dtype=torch.float64), scale_tril=tril.tril()).entropy(),
                    [_lower_factor(rng, 3)], rng)
    check_gradients(lambda a, b: D.kl_divergence(mvn(a, a.outer(a) + torch.eye(2, dtype=torch.float64)),
                                                 mvn(b, scale_tril=torch.eye(2, dtype=torch.float64) * 2)),
                    [rng.standard_normal(2), rng.standard_normal(2)], rng)


@SETTINGS
@given(seed=seeds)
def test_location_scale_families_log_prob_entropy_and_rsample(seed):
    rng = np.random.default_rng(seed)
    loc, scale = rng.standard_normal(3), _positive(rng, 3)
    x = rng.standard_normal(3) * 0.5 + 0.1  # off the Laplace kink at x = loc with probability one
    for family in (D.Laplace, D.Cauchy, D.Gumbel):
        _check_location_scale(family, seed, loc, scale, x, rng, reparameterised=family is not D.Gumbel)


def _check_location_scale(family, seed, loc, scale, x, rng, reparameterised):
    check_gradients(lambda m, s, v: family(m, s).log_prob(v), [loc, scale, x], rng)
    check_gradients(lambda s: family(0.0, s).entropy(), [scale], rng)
    if reparameterised:
        def draw(m, s):
            torch.manual_seed(seed)  # the same noise at every evaluation
            return family(m, s).rsample((2,))
        check_gradients(draw, [loc, scale], rng)
        check_gradients(lambda m, s, v: family(m, s).cdf(v), [loc, scale, x], rng)


@SETTINGS
@given(seed=seeds)
def test_folded_and_heavy_tailed_log_probs(seed):
    rng = np.random.default_rng(seed)
    scale, x = _positive(rng, 3), _positive(rng, 3)
    check_gradients(lambda s, v: D.HalfNormal(s).log_prob(v), [scale, x], rng)
    check_gradients(lambda s, v: D.HalfCauchy(s).log_prob(v), [scale, x], rng)
    df = _positive(rng, 3) * 4
    check_gradients(lambda d, m, s, v: D.StudentT(d, m, s).log_prob(v),
                    [df, rng.standard_normal(3), scale, rng.standard_normal(3)], rng)
    check_gradients(lambda d: D.StudentT(d).entropy(), [df], rng)
    check_gradients(lambda d, v: D.Chi2(d).log_prob(v), [df, x], rng)
    check_gradients(lambda s, c, v: D.Weibull(s, c).log_prob(v), [scale, _positive(rng, 3), x], rng)
    check_gradients(lambda s, a: D.Pareto(s, a).log_prob(s + 1.0), [scale, _positive(rng, 3)], rng)
    counts = torch.tensor([0.0, 2.0, 5.0], dtype=torch.float64)
    check_gradients(lambda n, lg: D.NegativeBinomial(n, logits=lg).log_prob(counts), [df, rng.standard_normal(3)], rng)
    check_gradients(lambda c, r, v: D.InverseGamma(c, r).log_prob(v), [df, scale, x], rng)


@SETTINGS
@given(seed=seeds)
def test_relaxed_and_mixture_log_probs(seed):
    rng = np.random.default_rng(seed)
    logits = rng.standard_normal((2, 3))
    value = torch.tensor(rng.dirichlet(np.ones(3), 2))
    temperature = torch.tensor(0.7, dtype=torch.float64)
    check_gradients(lambda lg: D.RelaxedOneHotCategorical(temperature, logits=lg).log_prob(value), [logits], rng)
    unit = torch.tensor(rng.random(2) * 0.8 + 0.1)
    check_gradients(lambda lg: D.RelaxedBernoulli(temperature, logits=lg).log_prob(unit), [rng.standard_normal(2)], rng)
    check_gradients(lambda lg: D.Geometric(logits=lg).log_prob(torch.tensor([0.0, 3.0])), [rng.standard_normal(2)], rng)

    def mixture(mix_logits, means, scales):
        return D.MixtureSameFamily(D.Categorical(logits=mix_logits), D.Normal(means, scales)).log_prob(unit)
    check_gradients(mixture, [rng.standard_normal(3), rng.standard_normal(3), _positive(rng, 3)], rng)


@SETTINGS
@given(seed=seeds)
def test_transforms_log_abs_det_jacobian_and_new_kl_pairs(seed):
    rng = np.random.default_rng(seed)
    tanh = D.TanhTransform()
    check_gradients(lambda x: tanh.log_abs_det_jacobian(x, tanh(x)), [rng.standard_normal(4)], rng)
    compose = D.ComposeTransform([D.AffineTransform(0.5, 2.0), D.ExpTransform()])
    check_gradients(lambda x: compose.log_abs_det_jacobian(x, compose(x)), [rng.standard_normal(4)], rng)
    a, b = _positive(rng, 3), _positive(rng, 3)
    check_gradients(lambda p, q: D.kl_divergence(D.Laplace(0.0, p), D.Laplace(0.5, q)), [a, b], rng)
    check_gradients(lambda p, q: D.kl_divergence(D.Gamma(p, q), D.Gamma(q, p)), [a, b], rng)
    check_gradients(lambda p, q: D.kl_divergence(D.Beta(p, q), D.Beta(q, p)), [a, b], rng)
    # pairs of two families (kl_mixed.py)
    check_gradients(lambda p, q: D.kl_divergence(D.Gamma(p, q), D.Normal(q, p)), [a, b], rng)
    check_gradients(lambda p, q: D.kl_divergence(D.Uniform(p - 1.0, p), D.Gumbel(q, p)), [a, b], rng)
    check_gradients(lambda p, q: D.kl_divergence(D.Laplace(p, q), D.Normal(q, p)), [a, b], rng)


@SETTINGS
@given(seed=seeds)
def test_low_rank_gaussian_log_prob_entropy_and_kl(seed):
    rng = np.random.default_rng(seed)
    value = torch.tensor(rng.standard_normal(4))
    check_gradients(lambda m, w, d: D.LowRankMultivariateNormal(m, w, d).log_prob(value),
                    [rng.standard_normal(4), rng.standard_normal((4, 2)), _positive(rng, 4)], rng)
    check_gradients(lambda w, d: D.LowRankMultivariateNormal(torch.zeros(4, dtype=torch.float64), w, d).entropy(),
                    [rng.standard_normal((4, 2)), _positive(rng, 4)], rng)
    full = D.MultivariateNormal(torch.zeros(4, dtype=torch.float64), torch.eye(4, dtype=torch.float64) * 2)
    check_gradients(lambda w, d: D.kl_divergence(D.LowRankMultivariateNormal(torch.ones(4, dtype=torch.float64), w, d),
                                                 full), [rng.standard_normal((4, 1)), _positive(rng, 4)], rng)


@SETTINGS
@given(seed=seeds)
def test_one_hot_categorical_log_prob_and_entropy(seed):
    rng = np.random.default_rng(seed)
    value = torch.nn.functional.one_hot(torch.tensor(rng.integers(0, 4, 2)), 4).double()
    check_gradients(lambda logits: D.OneHotCategorical(logits=logits).log_prob(value), [rng.standard_normal((2, 4))],
                    rng)
    check_gradients(lambda p: D.OneHotCategorical(p).entropy(), [rng.random(4) + 0.1], rng)

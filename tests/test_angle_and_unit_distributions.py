"""VonMises, ContinuousBernoulli, LogisticNormal (StickBreakingTransform), LKJCholesky, Wishart, biject_to and the
reparameterized gamma/Dirichlet/Beta draws: gradients against central finite differences in float64 (or the
implicit derivative through the cdf), and what the draws must satisfy whatever the seed."""
from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import autograd_tui.engine as torch
from autograd_tui.engine import distributions as D
from test_nn_gradients import SETTINGS, check_gradients, seeds


@SETTINGS
@given(seed=seeds)
def test_von_mises_log_prob_gradients_on_both_sides_of_the_bessel_switch(seed):
    rng = np.random.default_rng(seed)
    # concentrations below and above 3.75, where log I0 changes approximation
    kappa = np.concatenate([rng.random(2) * 3.0 + 0.2, rng.random(2) * 20.0 + 4.0])
    arrays = [rng.standard_normal(4), kappa, rng.standard_normal(4) * 3.0]
    check_gradients(lambda loc, k, x: D.VonMises(loc, k).log_prob(x), arrays, rng, second_order=True)
    check_gradients(lambda k: D.VonMises(torch.zeros(4, dtype=torch.float64), k).variance, [kappa], rng)


@SETTINGS
@given(seed=seeds, loc=st.floats(-3.0, 3.0), kappa=st.floats(1e-7, 60.0))
def test_von_mises_draws_are_angles_around_loc(seed, loc, kappa):
    torch.manual_seed(seed)
    x = D.VonMises(torch.tensor(loc), torch.tensor(kappa)).sample((400,))
    assert x.dtype == torch.float32 and bool(((x >= -math.pi) & (x <= math.pi)).all())
    if kappa > 20.0:  # concentrated: the circular mean is loc, the spread about 1 / sqrt(kappa)
        mean = math.atan2(float(x.sin().mean()), float(x.cos().mean()))
        assert abs(math.remainder(mean - loc, 2 * math.pi)) < 0.1


def test_von_mises_log_prob_integrates_to_one():
    for kappa in (0.3, 3.7, 3.8, 12.0):
        grid = torch.linspace(-math.pi, math.pi, 20001, dtype=torch.float64)
        density = D.VonMises(torch.tensor(0.4, dtype=torch.float64),
                             torch.tensor(kappa, dtype=torch.float64)).log_prob(grid).exp()
        # the polynomial approximation of I0 is good to about 1e-7 relative
        assert abs(float(torch.trapezoid(density, grid)) - 1.0) < 1e-6


def _probs_away_from_the_taylor_switch(rng, n):
    """probs in (0.05, 0.95), off 0.499 and 0.501 where the formulas change (a jump of ~1e-9)."""
    probs = rng.random(n) * 0.9 + 0.05
    return np.where(np.abs(probs - 0.5) < 0.01, probs + 0.02, probs)


@SETTINGS
@given(seed=seeds)
def test_continuous_bernoulli_log_prob_entropy_and_cdf_gradients(seed):
    rng = np.random.default_rng(seed)
    probs, x = _probs_away_from_the_taylor_switch(rng, 4), rng.random(4) * 0.9 + 0.05
    check_gradients(lambda p, v: D.ContinuousBernoulli(p).log_prob(v), [probs, x], rng, second_order=True)
    check_gradients(lambda p: D.ContinuousBernoulli(p).entropy(), [probs], rng)
    check_gradients(lambda p, v: D.ContinuousBernoulli(p).cdf(v), [probs, x], rng)
    check_gradients(lambda logits: D.ContinuousBernoulli(logits=logits).mean, [rng.standard_normal(4) * 3], rng)
    # inside the Taylor region too: mean and variance are smooth across it
    near_half = 0.5 + (rng.random(3) - 0.5) * 0.0015
    check_gradients(lambda p: D.ContinuousBernoulli(p).variance, [near_half], rng)


@SETTINGS
@given(seed=seeds)
def test_continuous_bernoulli_rsample_is_its_icdf_and_differentiable(seed):
    rng = np.random.default_rng(seed)
    probs = _probs_away_from_the_taylor_switch(rng, 3)

    def draws(p):
        torch.manual_seed(seed)  # the same uniforms at every evaluation
        return D.ContinuousBernoulli(p).rsample((2,))
    check_gradients(draws, [probs], rng)
    dist = D.ContinuousBernoulli(torch.tensor(probs))
    x = draws(torch.tensor(probs))
    torch.manual_seed(seed)
    u = torch.rand(2, 3, dtype=torch.float64)
    np.testing.assert_allclose(dist.cdf(x).numpy(), u.numpy(), atol=1e-9)  # cdf undoes the icdf
    assert bool(((x >= 0) & (x <= 1)).all())


def test_continuous_bernoulli_density_integrates_to_one_and_kl_to_itself_is_zero():
    grid = torch.linspace(0, 1, 20001, dtype=torch.float64)
    for probs in (0.02, 0.3, 0.4995, 0.5, 0.7, 0.98):
        dist = D.ContinuousBernoulli(torch.tensor(probs, dtype=torch.float64))
        assert abs(float(torch.trapezoid(dist.log_prob(grid).exp(), grid)) - 1.0) < 1e-6
        assert abs(float(torch.trapezoid(grid * dist.log_prob(grid).exp(), grid)) - float(dist.mean)) < 1e-6
        assert abs(float(D.kl_divergence(dist, dist))) < 1e-12


@SETTINGS
@given(seed=seeds)
def test_logistic_normal_rsample_and_log_prob_gradients(seed):
    rng = np.random.default_rng(seed)
    loc, scale = rng.standard_normal((2, 3)), rng.random((2, 3)) + 0.3

    def draws(loc, scale):
        torch.manual_seed(seed)
        return D.LogisticNormal(loc, scale).rsample((2,))
    check_gradients(draws, [loc, scale], rng)
    value = D.LogisticNormal(torch.tensor(loc), torch.tensor(scale)).sample()
    # (finite differences step off the simplex: not validated)
    check_gradients(lambda loc, scale, y: D.LogisticNormal(loc, scale, validate_args=False).log_prob(y),
                    [loc, scale, value.numpy()], rng, second_order=True)


@SETTINGS
@given(seed=seeds, size=st.integers(1, 5))
def test_stick_breaking_maps_onto_the_simplex_and_back(seed, size):
    rng = np.random.default_rng(seed)
    transform = D.StickBreakingTransform()
    x = torch.tensor(rng.standard_normal((3, size)) * 2)
    y = transform(x)
    assert tuple(y.shape) == (3, size + 1) and bool((y > 0).all())
    np.testing.assert_allclose(y.sum(-1).numpy(), 1.0, rtol=1e-12)
    np.testing.assert_allclose(transform.inv(y).numpy(), x.numpy(), atol=1e-9)
    # the log-Jacobian is that of x -> y[:-1] (y's last entry is 1 minus the rest)
    jacobian = torch.autograd.functional.jacobian(lambda v: transform(v)[:-1], x[0])
    expected = float(torch.linalg.slogdet(jacobian)[1])
    assert abs(float(transform.log_abs_det_jacobian(x[0], y[0])) - expected) < 1e-9


@SETTINGS
@given(seed=seeds, dim=st.integers(2, 5))
def test_lkj_cholesky_draws_factor_correlation_matrices(seed, dim):
    torch.manual_seed(seed)
    concentration = torch.tensor([0.3, 1.0, 4.0], dtype=torch.float64)
    factors = D.LKJCholesky(dim, concentration).sample((2,))
    assert tuple(factors.shape) == (2, 3, dim, dim)
    assert bool(D.constraints.corr_cholesky.check(factors).all())
    correlations = factors @ factors.mT
    np.testing.assert_allclose(correlations.diagonal(dim1=-2, dim2=-1).numpy(), 1.0, rtol=1e-12)
    rng = np.random.default_rng(seed)
    check_gradients(lambda c: D.LKJCholesky(dim, c).log_prob(factors), [rng.random(3) * 3 + 0.2], rng,
                    second_order=True)


def test_lkj_cholesky_density_of_two_by_two_factors_integrates_to_one():
    r = torch.linspace(-1 + 1e-9, 1 - 1e-9, 200001, dtype=torch.float64)
    factors = torch.zeros(r.shape[0], 2, 2, dtype=torch.float64)
    factors[:, 0, 0], factors[:, 1, 0], factors[:, 1, 1] = 1.0, r, (1 - r * r).sqrt()
    for concentration in (1.0, 2.5, 7.0):  # (densities below 1 are infinite at the ends of r)
        density = D.LKJCholesky(2, concentration, validate_args=False).log_prob(factors).exp()
        assert abs(float(torch.trapezoid(density, r)) - 1.0) < 1e-6


@SETTINGS
@given(seed=seeds, dim=st.integers(2, 5))
def test_corr_cholesky_transform_round_trip_and_log_jacobian(seed, dim):
    rng = np.random.default_rng(seed)
    transform = D.biject_to(D.constraints.corr_cholesky)
    x = torch.tensor(rng.standard_normal(dim * (dim - 1) // 2))
    factor = transform(x)
    assert bool(D.constraints.corr_cholesky.check(factor))
    np.testing.assert_allclose(transform.inv(factor).numpy(), x.numpy(), atol=1e-9)
    # of x -> the entries below the diagonal, in row order
    below = torch.tril_indices(dim, dim, -1)
    jacobian = torch.autograd.functional.jacobian(lambda v: transform(v)[below[0], below[1]], x)
    expected = float(torch.linalg.slogdet(jacobian)[1])
    assert abs(float(transform.log_abs_det_jacobian(x, factor)) - expected) < 1e-8
    check_gradients(lambda v: transform.log_abs_det_jacobian(v, transform(v)), [x.numpy()], rng)


@SETTINGS
@given(seed=seeds)
def test_every_registered_constraint_maps_reals_inside_it(seed):
    rng = np.random.default_rng(seed)
    x = torch.tensor(rng.standard_normal((2, 3)) * 3)
    square = torch.tensor(rng.standard_normal((2, 3, 3)))
    cases = [(D.constraints.positive, x), (D.constraints.greater_than(-2.5), x), (D.constraints.less_than(4.0), x),
             (D.constraints.interval(-1.0, 2.0), x), (D.constraints.unit_interval, x), (D.constraints.simplex, x),
             (D.constraints.independent(D.constraints.positive, 1), x), (D.constraints.real, x),
             (D.constraints.lower_cholesky, square), (D.constraints.positive_definite, square)]
    for constraint, value in cases:
        for registry in (D.biject_to, D.transform_to):
            try:
                transform = registry(constraint)
            except NotImplementedError:
                assert registry is D.biject_to and constraint in (D.constraints.lower_cholesky,
                                                                  D.constraints.positive_definite)
                continue
            y = transform(value)
            assert bool(constraint.check(y).all()), (constraint, registry)
            if transform.bijective:
                np.testing.assert_allclose(transform.inv(y).numpy(), value.numpy(), rtol=1e-7, atol=1e-7)


def _beta_cdf(x: float, a: float, b: float) -> float:
    """The regularized incomplete beta function I_x(a, b), by Gauss-Legendre quadrature (a, b >= 1)."""
    nodes, weights = np.polynomial.legendre.leggauss(400)
    t = (nodes + 1) * x / 2
    log_density = (a - 1) * np.log(t) + (b - 1) * np.log1p(-t) - (math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b))
    return float(np.sum(weights * np.exp(log_density)) * x / 2)


@pytest.mark.parametrize("a, b", [(1.5, 2.0), (3.0, 40.0), (40.0, 3.0), (9.0, 12.0), (2.5, 1.2), (1.1, 7.0)])
def test_beta_draws_move_with_their_parameters_at_a_fixed_cdf_value(a, b):
    # Beta's rsample is a Dirichlet draw's first entry, differentiated by ATen's _dirichlet_grad
    torch.manual_seed(int(a * 10 + b))
    alpha = torch.tensor(a, dtype=torch.float64, requires_grad=True)
    beta = torch.tensor(b, dtype=torch.float64, requires_grad=True)
    draws = D.Beta(alpha, beta).rsample((6,))
    assert type(draws.grad_fn).__name__ == "SelectBackward0"
    grads_a, grads_b = [], []
    for i in range(6):
        ga, gb = torch.autograd.grad(draws[i], (alpha, beta), retain_graph=True)
        grads_a.append(float(ga))
        grads_b.append(float(gb))
    for x, ga, gb in zip(draws.tolist(), grads_a, grads_b):
        pdf = math.exp((a - 1) * math.log(x) + (b - 1) * math.log1p(-x)
                       - (math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)))
        h = 1e-5
        d_a = (_beta_cdf(x, a + h, b) - _beta_cdf(x, a - h, b)) / (2 * h)
        d_b = (_beta_cdf(x, a, b + h) - _beta_cdf(x, a, b - h)) / (2 * h)
        assert ga == pytest.approx(-d_a / pdf, rel=5e-3, abs=1e-6)
        assert gb == pytest.approx(-d_b / pdf, rel=5e-3, abs=1e-6)


def test_dirichlet_draws_gradient_keeps_the_simplex():
    torch.manual_seed(0)
    concentration = torch.tensor([[0.5, 2.0, 7.0], [3.0, 3.0, 30.0]], dtype=torch.float64, requires_grad=True)
    draws = D.Dirichlet(concentration).rsample((5,))
    assert type(draws.grad_fn).__name__ == "_DirichletBackward"
    # the entries always sum to one, so their summed gradient is zero
    grad, = torch.autograd.grad(draws.sum(), concentration)
    np.testing.assert_allclose(grad.numpy(), 0.0, atol=1e-12)



@SETTINGS
@given(seed=seeds)
def test_wishart_log_prob_and_entropy_gradients_and_draws(seed):
    rng = np.random.default_rng(seed)
    factor = np.tril(rng.standard_normal((3, 3)) * 0.5, -1) + np.diag(rng.random(3) + 0.5)
    df = rng.random(2) * 4 + 3.0
    torch.manual_seed(seed)
    dist = D.Wishart(torch.tensor(df), scale_tril=torch.tensor(factor))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # PyTorch's "Singular sample detected." for every draw
        value = dist.sample()
    assert tuple(value.shape) == (2, 3, 3) and bool(D.constraints.positive_definite.check(value).all())
    check_gradients(lambda nu, tril: D.Wishart(nu, scale_tril=tril.tril(), validate_args=False).log_prob(value),
                    [df, factor], rng)
    check_gradients(lambda nu, tril: D.Wishart(nu, scale_tril=tril.tril(), validate_args=False).entropy(),
                    [df, factor], rng)

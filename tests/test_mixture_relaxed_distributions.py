"""``MixtureSameFamily`` and ``RelaxedBernoulli``: their log-densities and reparameterised samples
are differentiable (gradcheck in float64), and they are the densities they claim to be."""
from __future__ import annotations

import math

import autograd_tui.engine as torch
from autograd_tui.engine.distributions import Categorical, Independent, MixtureSameFamily, Normal, RelaxedBernoulli
from autograd_tui.engine.distributions.relaxed_bernoulli import LogitRelaxedBernoulli

D = torch.float64


def test_mixture_log_prob_is_differentiable_in_every_parameter():
    x = torch.tensor([-0.7, 0.2, 1.9], dtype=D)

    def log_prob(logits, loc, log_scale):
        mixture = MixtureSameFamily(Categorical(logits=logits), Normal(loc, log_scale.exp()))
        return mixture.log_prob(x)
    params = (torch.tensor([0.3, -0.2], dtype=D, requires_grad=True),
              torch.tensor([-1.0, 1.5], dtype=D, requires_grad=True),
              torch.tensor([0.1, -0.4], dtype=D, requires_grad=True))
    assert torch.autograd.gradcheck(log_prob, params)
    assert torch.autograd.gradgradcheck(log_prob, params)


def test_mixture_density_is_the_weighted_sum_of_the_components():
    weights = torch.tensor([0.25, 0.75], dtype=D)
    loc, scale = torch.tensor([[0.0, 1.0], [2.0, -1.0]], dtype=D), torch.tensor([[1.0, 0.5], [2.0, 1.5]], dtype=D)
    mixture = MixtureSameFamily(Categorical(probs=weights), Independent(Normal(loc, scale), 1))
    x = torch.tensor([[0.5, 0.5], [1.0, -2.0]], dtype=D)
    by_hand = torch.stack([sum(w * Independent(Normal(loc[k], scale[k]), 1).log_prob(row).exp()
                               for k, w in enumerate(weights)) for row in x]).log()
    assert torch.allclose(mixture.log_prob(x), by_hand)
    samples = mixture.sample((4000,))
    assert samples.shape == (4000, 2)
    assert torch.allclose(samples.mean(0), mixture.mean, atol=0.15)


def test_relaxed_bernoulli_rsample_and_log_prob_are_differentiable():
    def sample(logits):
        torch.manual_seed(3)
        return RelaxedBernoulli(torch.tensor(0.7, dtype=D), logits=logits).rsample((5,))

    def log_prob(logits, temperature):
        return RelaxedBernoulli(temperature, logits=logits).log_prob(torch.tensor([0.2, 0.9], dtype=D))
    logits = torch.tensor([0.4, -1.1], dtype=D, requires_grad=True)
    assert torch.autograd.gradcheck(sample, (logits,))
    assert torch.autograd.gradcheck(log_prob, (logits, torch.tensor(0.6, dtype=D, requires_grad=True)))


def test_relaxed_bernoulli_density_integrates_to_one_and_is_the_logit_density_pushed_through_a_sigmoid():
    d = RelaxedBernoulli(torch.tensor(0.8, dtype=D), probs=torch.tensor(0.3, dtype=D))
    y = torch.linspace(1e-4, 1 - 1e-4, 20001, dtype=D)
    total = torch.trapezoid(d.log_prob(y).exp(), y).item()
    assert math.isclose(total, 1.0, abs_tol=2e-3)
    base = LogitRelaxedBernoulli(torch.tensor(0.8, dtype=D), probs=torch.tensor(0.3, dtype=D))
    x = torch.logit(y[::1000])
    jacobian = torch.log(y[::1000] * (1 - y[::1000]))
    assert torch.allclose(d.log_prob(y[::1000]), base.log_prob(x) - jacobian)

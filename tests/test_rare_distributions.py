"""Kumaraswamy, FisherSnedecor and GeneralizedPareto: gradients with respect to their parameters
against finite differences (float64), and Kumaraswamy's cdf against its closed form."""
from __future__ import annotations

import pytest

import autograd_tui.engine as torch
from autograd_tui.engine.distributions import FisherSnedecor, GeneralizedPareto, Kumaraswamy


def test_kumaraswamy_gradients_match_finite_differences():
    a = torch.tensor([0.7, 1.5, 3.0], dtype=torch.float64, requires_grad=True)
    b = torch.tensor([2.0, 0.9, 1.3], dtype=torch.float64, requires_grad=True)
    x = torch.tensor([0.2, 0.5, 0.9], dtype=torch.float64)

    def draws(a, b):
        torch.manual_seed(1)
        return Kumaraswamy(a, b).rsample((2,))
    assert torch.autograd.gradcheck(draws, (a, b))
    assert torch.autograd.gradcheck(lambda a, b: Kumaraswamy(a, b).log_prob(x), (a, b))
    assert torch.autograd.gradcheck(lambda a, b: Kumaraswamy(a, b).entropy(), (a, b))


def test_kumaraswamy_cdf_is_its_closed_form():
    a, b = torch.tensor([0.7, 2.5], dtype=torch.float64), torch.tensor([1.8, 3.0], dtype=torch.float64)
    x = torch.tensor([0.3, 0.6], dtype=torch.float64)
    expected = 1 - (1 - x ** a) ** b
    assert torch.allclose(Kumaraswamy(a, b).cdf(x), expected, rtol=1e-12, atol=0)


def test_fisher_snedecor_log_prob_gradients_match_finite_differences():
    df1 = torch.tensor([1.5, 4.0], dtype=torch.float64, requires_grad=True)
    df2 = torch.tensor([3.0, 9.0], dtype=torch.float64, requires_grad=True)
    x = torch.tensor([0.4, 2.5], dtype=torch.float64)
    assert torch.autograd.gradcheck(lambda a, b: FisherSnedecor(a, b).log_prob(x), (df1, df2))
    assert torch.autograd.gradcheck(lambda a, b: FisherSnedecor(a, b).variance, (df1 + 4, df2 + 4))


def test_generalized_pareto_gradients_match_finite_differences():
    loc = torch.tensor([0.0, 1.0], dtype=torch.float64, requires_grad=True)
    scale = torch.tensor([1.0, 0.5], dtype=torch.float64, requires_grad=True)
    conc = torch.tensor([0.3, -0.2], dtype=torch.float64, requires_grad=True)
    x = torch.tensor([0.7, 1.4], dtype=torch.float64)

    def draws(*params):
        torch.manual_seed(2)
        return GeneralizedPareto(*params).rsample((3,))
    assert torch.autograd.gradcheck(draws, (loc, scale, conc))
    assert torch.autograd.gradcheck(lambda *p: GeneralizedPareto(*p).icdf(x / 2), (loc, scale, conc))
    # log_prob and cdf compare the concentration with a float32 zero (isclose), which refuses float64
    # parameters in PyTorch as in the engine
    with pytest.raises(RuntimeError, match="Double did not match Float"):
        GeneralizedPareto(loc, scale, conc).log_prob(x)

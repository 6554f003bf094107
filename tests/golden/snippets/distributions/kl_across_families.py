# kl_divergence between every pair of a dozen families: formulas, infinities and refusals
import torch
from torch.distributions import (Bernoulli, Beta, Binomial, Chi2, Exponential, Gamma, Gumbel, Laplace, Normal, Pareto,
                                 Poisson, Uniform)
from torch.distributions.kl import kl_divergence

torch.manual_seed(12)
a, b = torch.rand(3) + 0.5, torch.rand(3) + 2.5
u = torch.rand(3) * 0.4
families = {"Beta": lambda: Beta(a, b), "Exponential": lambda: Exponential(a), "Gamma": lambda: Gamma(a, b),
            "Gumbel": lambda: Gumbel(a, b), "Laplace": lambda: Laplace(a, b), "Normal": lambda: Normal(a, b),
            "Pareto": lambda: Pareto(a, b), "Uniform": lambda: Uniform(u, u + 0.5), "Uniform+1": lambda: Uniform(u + 1, u + 2),
            "Poisson": lambda: Poisson(a), "Bernoulli": lambda: Bernoulli(a / 2), "Binomial": lambda: Binomial(4, probs=a / 2),
            "Chi2": lambda: Chi2(b)}
for p_name, make_p in families.items():
    for q_name, make_q in families.items():
        try:
            print(p_name, q_name, kl_divergence(make_p(), make_q()))
        except NotImplementedError as e:
            print(p_name, q_name, "NotImplementedError:", str(e)[:70])

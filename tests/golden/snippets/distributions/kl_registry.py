# kl_divergence across families, subclass lookup (Chi2 is a Gamma) and register_kl
import torch
from torch.distributions import Beta, Chi2, Exponential, Gamma, Laplace, Normal, Poisson, Uniform, Pareto, Dirichlet
from torch.distributions.kl import kl_divergence, register_kl

torch.manual_seed(8)
a, b = torch.rand(3) + 0.5, torch.rand(3) + 0.5
pairs = [(Beta(a, b), Beta(b, a)), (Gamma(a, b), Gamma(b, a)), (Chi2(a), Chi2(b)), (Exponential(a), Exponential(b)),
         (Laplace(a, b), Laplace(b, a)), (Normal(a, b), Laplace(b, a)), (Poisson(a), Poisson(b)),
         (Pareto(a, b), Pareto(b, a)), (Uniform(a - 1, a), Uniform(a - 2, a + 1)), (Uniform(a - 1, a), Uniform(a, a + 1)),
         (Uniform(a - 1, a), Normal(b, a)), (Dirichlet(torch.tensor([1.0, 2.0, 3.0])), Dirichlet(torch.ones(3) * 2))]
for p, q in pairs:
    print(type(p).__name__, type(q).__name__, kl_divergence(p, q))


class TemperedNormal(Normal):
    pass


@register_kl(TemperedNormal, Normal)
def _kl_tempered(p, q):
    return torch.zeros(())


print(kl_divergence(TemperedNormal(0.0, 1.0), Normal(1.0, 2.0)), kl_divergence(Normal(0.0, 1.0), TemperedNormal(1.0, 2.0)))
try:
    kl_divergence(Poisson(a), Normal(a, b))
except NotImplementedError as e:
    print(e)

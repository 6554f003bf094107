# Poisson, Gamma and Beta distributions: means and variances, checked against sample moments.
import torch
from torch.distributions import Poisson, Gamma, Beta

torch.manual_seed(30)
for d in (Poisson(torch.tensor(3.5)), Gamma(torch.tensor(2.0), torch.tensor(0.5)),
          Beta(torch.tensor(2.0), torch.tensor(5.0))):
    s = d.sample((4000,))
    print(type(d).__name__, d.mean, d.variance, s.mean(), s.var())
p = Poisson(torch.tensor([1.0, 4.0]))
print(p.log_prob(torch.tensor([[0.0, 2.0], [3.0, 4.0]])))
print(Gamma(torch.tensor(3.0), torch.tensor(1.0)).log_prob(torch.tensor(2.0)))
print(Beta(torch.tensor(0.5), torch.tensor(0.5)).log_prob(torch.tensor([0.1, 0.5])))
print(Beta(torch.tensor(2.0), torch.tensor(2.0)).entropy())

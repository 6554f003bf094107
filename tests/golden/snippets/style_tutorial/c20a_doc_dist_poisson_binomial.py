# Poisson, Binomial, Geometric and Laplace: log_prob, mean, variance
import torch
from torch.distributions import Binomial, Geometric, Laplace, Poisson

torch.manual_seed(0)
p = Poisson(torch.tensor([4.0]))
print(p.sample(), p.log_prob(torch.tensor([2.0])))
b = Binomial(100, torch.tensor([0, .2, .8, 1]))
print(b.sample())
print(b.mean, b.variance)
g = Geometric(torch.tensor([0.3]))
print(g.log_prob(torch.tensor([2.0])), g.mean)
la = Laplace(torch.tensor([0.0]), torch.tensor([1.0]))
print(la.sample(), la.cdf(torch.tensor([0.5])), la.entropy())

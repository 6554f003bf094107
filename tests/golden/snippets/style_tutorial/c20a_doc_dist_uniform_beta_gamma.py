# Uniform, Exponential, Beta and Gamma distributions
import torch
from torch.distributions import Beta, Exponential, Gamma, Uniform

torch.manual_seed(0)
u = Uniform(torch.tensor([0.0]), torch.tensor([5.0]))
print(u.sample(), u.log_prob(torch.tensor([2.0])), u.entropy())
e = Exponential(torch.tensor([1.0]))
print(e.sample(), e.mean, e.log_prob(torch.tensor([0.5])))
b = Beta(torch.tensor([0.5]), torch.tensor([0.5]))
print(b.log_prob(torch.tensor([0.25])), b.mean)
g = Gamma(torch.tensor([1.0]), torch.tensor([1.0]))
print(g.log_prob(torch.tensor([2.0])), g.variance)
print(u, e, b, g, sep="\n")

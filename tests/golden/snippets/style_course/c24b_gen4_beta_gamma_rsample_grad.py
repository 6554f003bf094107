# reparameterised Beta and Gamma samples carry gradients to their parameters
import torch
from torch.distributions import Beta, Gamma

torch.manual_seed(121)
a = torch.tensor([2.0, 0.5], requires_grad=True)
b = torch.tensor([1.0, 3.0], requires_grad=True)
s = Beta(a, b).rsample()
print(s.shape, s.requires_grad, bool(((s > 0) & (s < 1)).all()))
s.sum().backward()
print(a.grad.shape, b.grad is not None)
g = Gamma(torch.tensor(2.0), torch.tensor(1.0))
print(g.mean, g.variance, g.has_rsample)
print(g.log_prob(torch.tensor(1.0)))

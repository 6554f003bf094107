# Quiz C1: which distributions let gradients flow through samples?
import torch
from torch.distributions import Normal, Bernoulli, Uniform

torch.manual_seed(7)
mu = torch.tensor(0.5, requires_grad=True)
s = Normal(mu, 1.0).rsample()
print(s.grad_fn is not None, Normal(mu, 1.0).has_rsample, Bernoulli(0.3).has_rsample)
s.backward()
print(mu.grad)
try:
    Bernoulli(torch.tensor(0.3)).rsample()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Uniform(0.0, 2.0).has_rsample, Normal(mu, 1.0).sample().requires_grad)

# Gradients of the analytic KL to a standard normal with respect to mu and sigma
import torch
from torch.distributions import Normal, kl_divergence

mu = torch.tensor([0.0, 1.0, -2.0], requires_grad=True)
sigma = torch.tensor([1.0, 0.5, 2.0], requires_grad=True)
kl = kl_divergence(Normal(mu, sigma), Normal(0.0, 1.0)).sum()
kl.backward()
print(kl)
print(mu.grad, sigma.grad)
print(sigma.detach() - 1 / sigma.detach())

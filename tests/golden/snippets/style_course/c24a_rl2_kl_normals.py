# KL between Gaussian policies, both directions and batched
import torch
from torch.distributions import Normal, kl_divergence

p = Normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.5]))
q = Normal(torch.tensor([0.5, 1.0]), torch.tensor([1.0, 1.0]))
print(kl_divergence(p, q))
print(kl_divergence(q, p))
print(torch.distributions.kl.kl_divergence(p, p))
mu = torch.zeros(2, requires_grad=True)
kl = kl_divergence(Normal(mu, torch.ones(2)), q).sum()
kl.backward()
print(mu.grad)
try:
    kl_divergence(p, torch.distributions.Categorical(logits=torch.zeros(2)))
except NotImplementedError as e:
    print(type(e).__name__)

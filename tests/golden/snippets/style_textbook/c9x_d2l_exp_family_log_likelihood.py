# Probability: Bernoulli and Gaussian log-likelihoods by hand against torch.distributions.
import math
import torch
from torch.distributions import Bernoulli, Normal

torch.manual_seed(0)
p = torch.tensor(0.3)
x = torch.bernoulli(torch.full((20,), 0.3))
print(x)
ll_hand = (x * torch.log(p) + (1 - x) * torch.log(1 - p)).sum()
print(ll_hand, Bernoulli(p).log_prob(x).sum())
p_hat = x.mean()
print("MLE:", p_hat.item())
mu, sigma = torch.tensor(1.0), torch.tensor(2.0)
z = torch.normal(1.0, 2.0, size=(10,))
ll = (-0.5 * ((z - mu) / sigma) ** 2 - torch.log(sigma) - 0.5 * math.log(2 * math.pi)).sum()
print(ll, Normal(mu, sigma).log_prob(z).sum())
print(z.mean(), z.std(unbiased=False))
ps = torch.linspace(0.05, 0.95, 19)
lls = torch.stack([Bernoulli(q).log_prob(x).sum() for q in ps])
print(ps[lls.argmax()], lls.max())
print(torch.logsumexp(lls, 0))

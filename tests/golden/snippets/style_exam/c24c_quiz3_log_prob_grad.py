# Quiz C2: gradient of a Gaussian log-likelihood w.r.t. its mean
import torch
from torch.distributions import Normal

mu = torch.tensor(1.0, requires_grad=True)
data = torch.tensor([0.0, 2.0, 4.0])
nll = -Normal(mu, 2.0).log_prob(data).sum()
nll.backward()
print(round(nll.item(), 4), mu.grad)
print(((mu.detach() - data) / 4).sum())

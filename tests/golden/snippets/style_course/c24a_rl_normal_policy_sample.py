# Continuous-action policy: a diagonal Gaussian with learned mean and log-std
import torch
from torch.distributions import Normal

torch.manual_seed(1)
mu = torch.tensor([0.2, -0.4], requires_grad=True)
log_sigma = torch.tensor([-0.5, 0.0], requires_grad=True)
pi = Normal(mu, log_sigma.exp())
print(pi)
act = pi.sample()
print(act.requires_grad)
logp = pi.log_prob(act).sum(-1)
print(logp.shape, round(logp.item(), 4))
logp.backward()
print(mu.grad)
print(log_sigma.grad)
print(pi.entropy())
print(pi.mean, pi.stddev)

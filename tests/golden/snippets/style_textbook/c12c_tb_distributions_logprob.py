# Probability chapter: sampling and log-probabilities with torch.distributions.
import torch
from torch import distributions as D

torch.manual_seed(0)
n = D.Normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.5]))
print(n.sample())
print(n.log_prob(torch.tensor([0.5, 0.5])))
print(n.entropy())
c = D.Categorical(probs=torch.tensor([0.1, 0.2, 0.7]))
s = c.sample((10,))
print(s)
print(c.log_prob(torch.tensor([0, 2])))
print(torch.bincount(c.sample((1000,)), minlength=3))
b = D.Bernoulli(logits=torch.tensor([-1.0, 0.0, 2.0]))
print(b.probs, b.mean, b.variance)
u = D.Uniform(0.0, 2.0)
print(u.log_prob(torch.tensor(1.0)), u.cdf(torch.tensor(0.5)))
m = D.MultivariateNormal(torch.zeros(2), torch.tensor([[1.0, 0.5], [0.5, 2.0]]))
print(m.log_prob(torch.tensor([0.3, -0.2])))
print(D.kl_divergence(D.Normal(0.0, 1.0), D.Normal(1.0, 2.0)))

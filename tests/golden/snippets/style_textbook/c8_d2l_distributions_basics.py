# Random variables with torch.distributions: Normal log_prob/cdf, Bernoulli and Categorical samples, entropy.
import math
import torch
from torch.distributions import Normal, Bernoulli, Categorical, Uniform

torch.manual_seed(0)
p = Normal(torch.tensor(0.0), torch.tensor(1.0))
x = torch.tensor([-1.0, 0.0, 2.0])
print(p.log_prob(x), p.log_prob(x).exp())
print(1 / math.sqrt(2 * math.pi))
print(p.cdf(x), p.icdf(torch.tensor(0.975)))
print(p.sample((3,)), p.mean, p.stddev)
coin = Bernoulli(probs=torch.tensor(0.3))
flips = coin.sample((10,))
print(flips, flips.mean())
cat = Categorical(probs=torch.tensor([0.1, 0.2, 0.7]))
draws = cat.sample((1000,))
print(torch.bincount(draws) / 1000)
print(cat.entropy(), -(cat.probs * cat.probs.log()).sum())
print(Categorical(logits=torch.tensor([1.0, 1.0])).probs)
u = Uniform(0.0, 2.0)
print(u.sample((2, 2)), u.mean, u.variance)
print(p)
print(cat)

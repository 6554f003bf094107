# Probability chapter: binomial pmf from lgamma (log of n choose k) vs torch.distributions.Binomial.
import math
import torch
from torch.distributions import Binomial

n, p = 10, 0.3
k = torch.arange(0, n + 1, dtype=torch.float64)
log_choose = torch.lgamma(torch.tensor(n + 1.0, dtype=torch.float64)) - torch.lgamma(k + 1) - torch.lgamma(n - k + 1)
pmf = torch.exp(log_choose + k * math.log(p) + (n - k) * math.log(1 - p))
print(pmf)
print(pmf.sum())
dist = Binomial(total_count=n, probs=torch.tensor(p, dtype=torch.float64))
print(dist.log_prob(k).exp())
print((dist.log_prob(k).exp() - pmf).abs().max() < 1e-12)
print(dist.mean, dist.variance)
print([math.comb(n, int(i)) for i in k[:4]])
print((k * pmf).sum(), ((k - 3) ** 2 * pmf).sum())
torch.manual_seed(84)
print(dist.sample((8,)))

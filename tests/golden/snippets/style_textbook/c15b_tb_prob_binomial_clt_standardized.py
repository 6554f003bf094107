# Law of large numbers and the central limit theorem with Binomial draws, standardized.
import math
import torch
from torch.distributions import Binomial, Normal

torch.manual_seed(41)
n, p = 50, 0.3
draws = Binomial(total_count=n, probs=torch.tensor(p)).sample((5000,))
z = (draws - n * p) / math.sqrt(n * p * (1 - p))
print(draws.mean(), draws.var(), z.mean(), z.std())
print(((z > -1) & (z < 1)).float().mean(), Normal(0.0, 1.0).cdf(torch.tensor(1.0)) * 2 - 1)
running = draws.cumsum(0) / torch.arange(1, 5001)
print(running[[9, 99, 999, 4999]])
